"""Two models on the same rows: the analyst sees which messages changed and whether a gain is more than noise."""

from __future__ import annotations

import pytest

from classifiers.comparison import compare_predictions
from classifiers.data import Example
from classifiers.intervals import f1_from_counts, group_bootstrap_interval
from classifiers.types import EmailText, Triage


def _example(group: str, rights: list[str], complaint: bool | None = None) -> Example:
    labels: dict = {"rights": rights}
    if complaint is not None:
        labels["complaint"] = complaint
    return Example(id=group, group=group, origin="labelled", email=EmailText(body="text"), labels=labels)


def _verdict(rights: list[str], complaint: bool = False) -> Triage:
    return Triage(complaint=complaint, complaint_score=float(complaint), rights=rights)


def _forty_scenarios(fixed: int) -> tuple[list[Example], list[Triage], list[Triage]]:
    """40 scenarios of one access request each, two emails per scenario: the baseline finds 28 and misses 12;
    the candidate also finds `fixed` of those 12."""
    examples, baseline, candidate = [], [], []
    for s in range(40):
        for _ in range(2):
            examples.append(_example(f"s{s}", ["access"]))
            baseline.append(_verdict(["access"] if s < 28 else []))
            candidate.append(_verdict(["access"] if s < 28 + fixed else []))
    return examples, baseline, candidate


def test_a_consistent_gain_clears_zero_though_the_two_models_intervals_overlap():
    examples, baseline, candidate = _forty_scenarios(fixed=8)
    out = compare_predictions(examples, baseline, candidate)["rights"]
    assert out["baseline_micro_f1"] == pytest.approx(2 * 56 / (2 * 56 + 24), abs=1e-4)
    assert out["candidate_micro_f1"] == pytest.approx(2 * 72 / (2 * 72 + 8), abs=1e-4)
    assert out["delta"] == pytest.approx(out["candidate_micro_f1"] - out["baseline_micro_f1"], abs=1e-4)
    assert 0 < out["delta_ci95"]["low"] <= out["delta"] <= out["delta_ci95"]["high"]
    assert out["delta_ci95"]["groups"] == 40
    # Measured apart, the two models' intervals overlap: only the paired draw can tell that the gain is real.
    groups = [ex.group for ex in examples]
    apart = [group_bootstrap_interval(groups, [[len(set(p.rights) & {"access"}), 0, 1 - len(p.rights)] for p in preds], f1_from_counts)
             for preds in (baseline, candidate)]
    assert apart[0]["high"] > apart[1]["low"]
    assert out["messages_changed"] == 16 and out["true_rights_gained"] == 16
    assert out["false_rights_added"] == out["true_rights_lost"] == out["false_rights_removed"] == 0
    assert out["per_right"]["access"] == {"baseline": {"tp": 56, "fp": 0, "fn": 24}, "candidate": {"tp": 72, "fp": 0, "fn": 8}}


def test_the_same_answers_give_a_zero_difference_and_no_change():
    examples, baseline, _ = _forty_scenarios(fixed=0)
    out = compare_predictions(examples, baseline, baseline)["rights"]
    assert out["delta"] == 0 and out["delta_ci95"]["low"] == out["delta_ci95"]["high"] == 0
    assert out["messages_changed"] == 0


def test_a_gain_in_one_scenario_is_not_called_certain():
    examples, baseline, candidate = _forty_scenarios(fixed=1)
    out = compare_predictions(examples, baseline, candidate)["rights"]
    assert out["delta"] > 0 and out["delta_ci95"]["low"] <= 0


def test_trades_between_rights_and_complaint_decisions_are_counted_each_way():
    examples = [_example("a", ["erasure"], complaint=True), _example("b", [], complaint=False),
                _example("c", ["objection"], complaint=True), _example("d", [], complaint=False)]
    baseline = [_verdict([], complaint=True), _verdict(["informed"], complaint=True),
                _verdict(["objection"], complaint=False), _verdict([], complaint=False)]
    candidate = [_verdict(["erasure"], complaint=False), _verdict([], complaint=False),
                 _verdict(["objection", "access"], complaint=True), _verdict([], complaint=True)]
    out = compare_predictions(examples, baseline, candidate)
    rights = out["rights"]
    assert (rights["true_rights_gained"], rights["false_rights_added"], rights["true_rights_lost"], rights["false_rights_removed"]) == (1, 1, 0, 1)
    assert rights["messages_changed"] == 3
    complaint = out["complaint"]
    assert (complaint["positives"], complaint["negatives"]) == (2, 2)
    assert (complaint["found_now"], complaint["missed_now"]) == (1, 1)
    assert (complaint["false_alarms_added"], complaint["false_alarms_removed"]) == (1, 1)
    assert complaint["baseline_recall"] == complaint["candidate_recall"] == 0.5 and complaint["recall_delta"] == 0
    assert "breach" not in out  # no row defines it


def test_predictions_that_do_not_line_up_are_refused():
    examples, baseline, candidate = _forty_scenarios(fixed=2)
    with pytest.raises(ValueError):
        compare_predictions(examples, baseline, candidate[:-1])


def test_pairing_reuses_the_current_answers_on_the_same_rows_and_asks_the_current_model_otherwise(tmp_path):
    from classifiers.comparison import pair_measurements

    request = Example(id="r1", group="g1", origin="labelled", labels={"rights": ["access"]},
                      email=EmailText(body="Please send me a copy of all the personal data you hold about me."))
    candidate = {"_examples": [request], "_preds": [_verdict(["access"])]}
    # Same rows: the current model's recorded answers are used (here: a miss it recorded).
    same = pair_measurements({"_examples": [request], "_preds": [_verdict([])], "model_version": "v-current"}, candidate, tmp_path)
    assert same["baseline_version"] == "v-current"
    assert same["rights"]["true_rights_gained"] == 1
    # Other rows (another seed's split): the current model, here the keyword rules of a directory without a model,
    # answers the candidate's rows itself, and finds the plain access request.
    other = Example(id="r2", group="g2", origin="labelled", email=EmailText(body="x"), labels={"rights": []})
    moved = pair_measurements({"_examples": [other], "_preds": [_verdict([])], "model_version": "v-current"}, candidate, tmp_path)
    assert moved["baseline_version"] != "v-current"
    assert moved["rights"]["true_rights_gained"] == 0 and moved["rights"]["baseline_micro_f1"] == 1.0
