"""The evaluation figures an analyst reads: what the review queue still catches of the model's misses."""

from __future__ import annotations

from classifiers.data import Example
from classifiers.training import metrics
from classifiers.types import EmailText, Triage


def _ex(i: int, complaint: bool, rights: list[str]) -> Example:
    return Example(id=f"x{i}", group=f"g{i}", origin="labelled", email=EmailText(body="..."),
                   labels={"complaint": complaint, "rights": rights})


def test_misses_that_still_reach_a_person_are_counted():
    examples = [
        _ex(0, True, ["erasure"]),   # complaint missed, erasure missed, flagged for review
        _ex(1, True, ["access"]),    # complaint missed, access missed, not flagged: nobody sees these
        _ex(2, False, []),           # a false objection, flagged
        _ex(3, True, ["informed"]),  # all found
    ]
    preds = [
        Triage(complaint=False, complaint_score=0.05, rights=(), needs_review=True),
        Triage(complaint=False, complaint_score=0.01, rights=()),
        Triage(complaint=False, complaint_score=0.01, rights=("objection",), needs_review=True),
        Triage(complaint=True, complaint_score=0.9, rights=("informed",)),
    ]
    m = metrics(examples, preds)
    assert m["complaint"]["missed"] == 2 and m["complaint"]["missed_flagged_for_review"] == 1
    assert m["rights"]["micro_recall"] == round(1 / 3, 4)
    assert m["rights"]["missed_flagged_for_review"] == 1 and m["rights"]["false_flagged_for_review"] == 1
