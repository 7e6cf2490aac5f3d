"""The intervals an analyst reads beside a figure: they must count scenarios, not copies of one scenario."""

from __future__ import annotations

import pytest

from classifiers.data import Example
from classifiers.intervals import f1_from_counts, group_bootstrap_interval, group_recall_interval, wilson_interval
from classifiers.training import metrics
from classifiers.types import EmailText, Triage

# 20 scenarios: 16 answered right (1 tp), 4 wrong (1 fp, 1 fn): F1 = 32 / 40 = 0.8
SCENARIOS = [[1, 0, 0]] * 16 + [[0, 1, 1]] * 4


def _interval(copies: int, groups_per_copy: bool) -> dict:
    groups, counts = [], []
    for s, row in enumerate(SCENARIOS):
        for c in range(copies):
            groups.append(f"s{s}:{c}" if groups_per_copy else f"s{s}")
            counts.append(row)
    return group_bootstrap_interval(groups, counts, f1_from_counts)


def test_copies_of_a_scenario_do_not_narrow_the_interval():
    one = _interval(1, groups_per_copy=False)
    four_same_group = _interval(4, groups_per_copy=False)
    four_as_if_independent = _interval(4, groups_per_copy=True)
    assert (four_same_group["low"], four_same_group["high"]) == (one["low"], one["high"])
    assert four_same_group["groups"] == 20
    # counting each copy as evidence would claim a much tighter figure than 20 scenarios can support
    assert four_as_if_independent["high"] - four_as_if_independent["low"] < 0.75 * (one["high"] - one["low"])


def test_interval_holds_the_figure_and_is_repeatable():
    a = _interval(1, groups_per_copy=False)
    assert a["low"] < 0.8 < a["high"]
    assert a == _interval(1, groups_per_copy=False)
    assert a["level"] == 0.95 and a["method"] == "group bootstrap"


def test_more_scenarios_give_a_narrower_interval():
    small = group_bootstrap_interval([f"g{i}" for i in range(20)], SCENARIOS, f1_from_counts)
    large = group_bootstrap_interval([f"g{i}" for i in range(200)], SCENARIOS * 10, f1_from_counts)
    assert large["high"] - large["low"] < small["high"] - small["low"]


def test_no_interval_from_a_single_counting_group():
    # groups with nothing to count (no gold and no predicted right) are not evidence either way
    assert group_bootstrap_interval(["a", "b", "c"], [[1, 0, 0], [0, 0, 0], [0, 0, 0]], f1_from_counts) is None
    assert group_bootstrap_interval([], [], f1_from_counts) is None
    with pytest.raises(ValueError):
        group_bootstrap_interval(["a"], [[1, 0, 0], [1, 0, 0]], f1_from_counts)


def test_a_perfect_recall_on_few_scenarios_is_not_called_certain():
    # 6 breaches, 2 emails each from 3 scenarios, all found: the bootstrap alone would say [1, 1]
    few = group_recall_interval(["a", "a", "b", "b", "c", "c"], [True] * 6)
    many = group_recall_interval([f"g{i}" for i in range(60)], [True] * 60)
    assert few["high"] == 1.0 and few["low"] < 0.5 and few["groups"] == 3
    assert few["method"].startswith("Wilson")
    assert few["low"] < many["low"] < 1.0
    assert group_recall_interval(["a", "b", "c"], [False] * 3)["high"] < 0.6


def test_wilson_interval_matches_the_textbook_figure():
    # 8 of 10: Wilson 95 % is [0.490, 0.943]
    low, high = wilson_interval(8, 10)
    assert low == pytest.approx(0.490, abs=0.001) and high == pytest.approx(0.943, abs=0.001)


def test_metrics_report_the_rights_interval_by_source_group():
    examples, preds = [], []
    for s in range(12):
        wrong = s < 3
        for variant in range(3):  # each scenario written three ways, as our files do
            examples.append(Example(id=f"x{s}-{variant}", group=f"scenario{s}", origin="labelled", email=EmailText(body="..."),
                                    labels={"complaint": True, "rights": ["access"]}))
            preds.append(Triage(complaint=True, complaint_score=0.9, rights=("erasure",) if wrong else ("access",)))
    m = metrics(examples, preds)
    ci = m["rights"]["micro_f1_ci95"]
    assert ci["groups"] == 12
    assert ci["low"] < m["rights"]["micro_f1"] < ci["high"]
    assert m["complaint"]["recall_ci95"]["groups"] == 12
