"""An analyst's grouped cross-validation of the whole model: every message measured once, by a model that did not
train on its scenario, with every label's figures."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from classifiers.crossval import assign_folds, cross_validate_model
from classifiers.errors import TrainingDataError

from .test_cli import parser

REPO = Path(__file__).resolve().parents[2]


def test_each_scenario_sits_in_one_fold_and_folds_are_even():
    groups = [f"scenario-{i}" for i in range(23) for _ in range(3)]  # three emails per scenario
    folds = assign_folds(groups, 4)
    assert set(folds) == set(groups) and set(folds.values()) == {0, 1, 2, 3}
    sizes = Counter(folds.values())
    assert max(sizes.values()) - min(sizes.values()) <= 1
    assert folds == assign_folds(reversed(groups), 4)  # the order of the rows does not matter
    assert folds != assign_folds(groups, 4, seed=1)


@pytest.fixture(scope="module")
def small_file(tmp_path_factory) -> Path:
    """A slice of our conexus mail: whole scenarios, enough of each label for the heads to train."""
    rows = [json.loads(line) for line in (REPO / "data" / "labelled" / "conexus.jsonl").read_text().splitlines() if line.strip()]
    keep = sorted({r["source"] for r in rows})[:160]
    path = tmp_path_factory.mktemp("cv") / "mine.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows if r["source"] in keep) + "\n")
    return path


def test_cross_validation_measures_every_message_once_with_every_label(small_file, tmp_path, capsys):
    rows = [json.loads(line) for line in small_file.read_text().splitlines()]
    out = tmp_path / "rows.jsonl"
    args = parser().parse_args(["evaluate", "--data", str(small_file), "--cross-validate", "2", "--full-model",
                                "--predictions", str(out)])
    assert args.func(args) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["n"] == len(rows)
    cv = result["cross_validation"]
    assert cv["folds"] == 2 and cv["groups"] == len({r["source"] for r in rows})
    assert sum(f["n"] for f in cv["per_fold"]) == len(rows)
    assert sum(f["groups"] for f in cv["per_fold"]) == cv["groups"]  # no scenario measured in two folds
    assert {"complaint", "rights", "breach", "firm_routing"} <= set(result)
    assert 0.0 < result["complaint"]["recall"] <= 1.0 and "micro_f1_ci95" in result["rights"]
    written = [json.loads(line) for line in out.read_text().splitlines()]
    assert sorted(w["id"] for w in written) == sorted(f"labelled:mine:{r['id']}" for r in rows)
    # each fold's line gives that fold's own figures: recount them from the written out-of-fold answers
    fold_of = assign_folds((f"labelled:mine:{r['source']}" for r in rows), 2)
    source = {f"labelled:mine:{r['id']}": f"labelled:mine:{r['source']}" for r in rows}
    for line in cv["per_fold"]:
        mine = [w for w in written if fold_of[source[w["id"]]] == line["fold"]]
        found = sum(1 for w in mine if w["gold"]["complaint"] and w["predicted"]["complaint"])
        assert line["complaint_recall"] == round(found / sum(1 for w in mine if w["gold"]["complaint"]), 4)
        pairs = [(set(w["gold"]["rights"]), set(w["predicted"]["rights"])) for w in mine]
        tp, fp, fn = (sum(len(x) for x in parts) for parts in zip(*((g & p, p - g, g - p) for g, p in pairs)))
        assert line["rights_micro_f1"] == round(2 * tp / (2 * tp + fp + fn), 4)


def test_full_model_without_folds_is_refused(small_file, capsys):
    args = parser().parse_args(["evaluate", "--data", str(small_file), "--full-model"])
    assert args.func(args) == 2
    assert "--cross-validate" in capsys.readouterr().err


def test_too_few_scenarios_for_the_folds_is_a_clear_error(tmp_path):
    path = tmp_path / "tiny.jsonl"
    row = {"id": "a", "source": "s1", "subject": "x", "body": "I want to complain.", "labels": {"complaint": True}}
    path.write_text(json.dumps(row) + "\n")
    with pytest.raises(TrainingDataError, match="too few"):
        cross_validate_model([path], 3)
    with pytest.raises(TrainingDataError, match="k >= 2"):
        cross_validate_model([path], 1)
