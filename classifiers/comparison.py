"""Two models on the same rows: what the candidate decides differently, and whether its gain is more than noise.

An analyst who retrains has two questions the per-model figures cannot answer. Which messages does the new model
decide differently (a right found now, a complaint missed now)? And is the gain larger than what a different draw of
the same scenarios would show anyway? Both models answer identical rows, so the difference is paired:
`compare_predictions` resamples whole source groups once per draw and recomputes both figures from that draw (a paired
cluster bootstrap, see classifiers.intervals). That is much tighter than two separate intervals, because most
scenarios are answered alike by both models and cancel out.

The interval is of the difference (candidate minus baseline). If it lies wholly above 0, the gain holds across the
scenarios these rows hold; that says nothing of scenarios they do not hold. Tuning on the same rows until the
interval clears 0 would make it meaningless.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from classifiers.data import Example
from classifiers.intervals import f1_from_counts, group_bootstrap_interval, recall_from_counts
from classifiers.training import rights_tally
from classifiers.types import RIGHTS, Firm, Triage

#: Binary labels whose found and missed messages the comparison counts (recall first: a miss is the costly error).
BINARY_LABELS = ("complaint", "breach")


def _difference(statistic: Callable[[np.ndarray], np.ndarray], width: int) -> Callable[[np.ndarray], np.ndarray]:
    """The statistic of the candidate's columns minus that of the baseline's: each row of counts is
    [baseline counts..., candidate counts...], `width` columns each."""

    def delta(counts: np.ndarray) -> np.ndarray:
        return statistic(counts[:, width:]) - statistic(counts[:, :width])

    return delta


def _rights(examples: Sequence[Example], baseline: Sequence[Triage], candidate: Sequence[Triage], seed: int) -> dict[str, Any] | None:
    groups, before_rows, before_per = rights_tally(examples, baseline)
    _, after_rows, after_per = rights_tally(examples, candidate)
    if not groups:
        return None
    counts = [old + new for old, new in zip(before_rows, after_rows)]  # [baseline tp, fp, fn, candidate tp, fp, fn]
    changed = gained = added = lost = removed = 0
    for ex, a, b in zip(examples, baseline, candidate):
        if not isinstance(ex.labels.get("rights"), list):
            continue
        gold, old, new = set(ex.labels["rights"]), set(a.rights), set(b.rights)
        changed += old != new
        gained += len((new - old) & gold)
        added += len((new - old) - gold)
        lost += len((old - new) & gold)
        removed += len((old - new) - gold)
    total = np.asarray(counts).sum(axis=0)
    # rounded first, so that the printed delta is the difference of the printed figures
    before, after = round(float(f1_from_counts(total[:3])), 4), round(float(f1_from_counts(total[3:])), 4)
    keys = ("tp", "fp", "fn")
    return {
        "n": len(groups),
        "baseline_micro_f1": before,
        "candidate_micro_f1": after,
        "delta": round(after - before, 4),
        "delta_ci95": group_bootstrap_interval(groups, counts, _difference(f1_from_counts, 3), seed=seed),
        "messages_changed": changed,
        "true_rights_gained": gained,
        "false_rights_added": added,
        "true_rights_lost": lost,
        "false_rights_removed": removed,
        "per_right": {
            r: {"baseline": dict(zip(keys, before_per[r])), "candidate": dict(zip(keys, after_per[r]))}
            for r in RIGHTS if any(before_per[r]) or any(after_per[r])
        },
    }


def _binary(label: str, examples: Sequence[Example], baseline: Sequence[Triage], candidate: Sequence[Triage], seed: int) -> dict[str, Any] | None:
    groups: list[str] = []
    hits: list[list[int]] = []  # [baseline found, positive, candidate found, positive] per gold positive
    found_now = missed_now = alarms_added = alarms_removed = negatives = 0
    for ex, a, b in zip(examples, baseline, candidate):
        if label not in ex.labels:
            continue
        old, new = bool(getattr(a, label)), bool(getattr(b, label))
        if ex.labels[label]:
            groups.append(ex.group)
            hits.append([int(old), 1, int(new), 1])
            found_now += new and not old
            missed_now += old and not new
        else:
            negatives += 1
            alarms_added += new and not old
            alarms_removed += old and not new
    if not groups and not negatives:
        return None
    total = np.asarray(hits).sum(axis=0) if hits else np.zeros(4)
    before, after = round(float(recall_from_counts(total[:2])), 4), round(float(recall_from_counts(total[2:])), 4)
    return {
        "positives": len(groups),
        "negatives": negatives,
        "baseline_recall": before if groups else None,
        "candidate_recall": after if groups else None,
        "recall_delta": round(after - before, 4) if groups else None,
        "recall_delta_ci95": group_bootstrap_interval(groups, hits, _difference(recall_from_counts, 2), seed=seed) if groups else None,
        "found_now": found_now,
        "missed_now": missed_now,
        "false_alarms_added": alarms_added,
        "false_alarms_removed": alarms_removed,
    }


def compare_predictions(
    examples: Sequence[Example], baseline: Sequence[Triage], candidate: Sequence[Triage], *, seed: int = 0,
) -> dict[str, Any]:
    """Candidate minus baseline on identical rows: rights micro-F1 and the recall of each binary label, each with a
    paired 95 % interval over source groups, and counts of the messages decided differently."""
    if not len(examples) == len(baseline) == len(candidate):
        raise ValueError("examples and both models' predictions differ in length")
    out: dict[str, Any] = {"n": len(examples)}
    rights = _rights(examples, baseline, candidate, seed)
    if rights is not None:
        out["rights"] = rights
    for label in BINARY_LABELS:
        figures = _binary(label, examples, baseline, candidate, seed)
        if figures is not None:
            out[label] = figures
    return out


def compare_with_baseline(
    examples: Sequence[Example], candidate: Sequence[Triage], baseline_dir: str | Path, firms: Sequence[Firm] = (),
) -> dict[str, Any]:
    """Load the baseline model (the keyword rules when the directory holds no model file, as `evaluate --model`
    does), let it answer the rows the candidate answered, and compare."""
    from classifiers import load_classifier

    clf = load_classifier(Path(baseline_dir), firms)
    baseline = clf.classify_many([ex.email for ex in examples])
    return {"baseline_version": clf.version, **compare_predictions(examples, baseline, candidate)}


def pair_measurements(
    current: dict[str, Any], candidate: dict[str, Any], baseline_dir: str | Path, firms: Sequence[Firm] = (),
) -> dict[str, Any]:
    """The paired view of two `evaluate_model(..., return_predictions=True)` results. When both models were measured
    on the same rows (the same seed, so the same split) the current model's answers are reused; otherwise the current
    model answers the candidate's rows (`compare_with_baseline`)."""
    examples, preds = candidate["_examples"], candidate["_preds"]
    if [ex.id for ex in current["_examples"]] == [ex.id for ex in examples]:
        return {"baseline_version": current["model_version"], **compare_predictions(examples, current["_preds"], preds)}
    return compare_with_baseline(examples, preds, baseline_dir, firms)
