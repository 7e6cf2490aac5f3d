"""Extra hard negatives for the complaint head come only from training rows of business mail."""

from __future__ import annotations

from classifiers.data import Example
from classifiers.training import PASSAGE_MAX_WORDS, PASSAGE_MIN_WORDS, business_passages
from classifiers.types import EmailText

PARA = "The gas desk will move the weekly book review to Thursday so the London team can join the call. " * 3


def _enron(i: int, body: str) -> Example:
    return Example(id=f"enron:u/{i}", group="enron:u", origin="enron", email=EmailText(subject="Schedule", body=body),
                   labels={"complaint": False})


def test_passages_are_non_complaints_cut_from_long_mail_and_quotes():
    long_mail = "\n\n".join([PARA] * 8)
    reply = "Fine by me.\n\n-----Original Message-----\nFrom: A\nSent: Monday\n\n" + "\n\n".join([PARA] * 2)
    out = business_passages([_enron(1, long_mail), _enron(2, reply)])
    assert out, "long mail and quoted blocks give passages"
    for ex in out:
        words = len(ex.email.body.split())
        assert PASSAGE_MIN_WORDS <= words <= PASSAGE_MAX_WORDS + len(PARA.split())
        assert ex.labels["complaint"] is False and ex.labels["rights"] == [] and ex.labels["breach"] is False
        assert ex.group == "enron:u"  # same split group as the message it came from
    assert len({ex.email.body for ex in out}) == len(out)  # no duplicates


def test_only_the_named_origin_gives_passages():
    complaint = Example(id="cfpb:1", group="cfpb:x", origin="cfpb", email=EmailText(body="\n\n".join([PARA] * 8)),
                        labels={"complaint": True})
    short = _enron(3, "See you at 3pm.")
    assert business_passages([complaint, short]) == []
