"""Grouped K-fold cross-validation of the whole production model on an analyst's labelled files.

`evaluate --cross-validate K --full-model`: every label the model gives (complaint, rights, breach, routing, ...)
measured on the analyst's own mail, each message predicted by a model that never saw its source group. Each
fold trains exactly as `train` does (`training.train_model`: its own train/dev split of the fold's rows, the
thresholds it chooses, the labelling guide's examples and, when asked, the public corpora), so the figures are
those a firm would get by training on its mail and meeting mail like the held-out fold. The folds hold out whole
source groups: the variants of one scenario never sit on both sides.
"""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from classifiers.data import Example
from classifiers.errors import TrainingDataError
from classifiers.types import Firm, Triage


def assign_folds(groups: Iterable[str], k: int, seed: int = 0) -> dict[str, int]:
    """Each source group's fold: groups in a seeded hash order, dealt out in turn (fold sizes differ by at most
    one group)."""
    ordered = sorted(set(groups), key=lambda g: hashlib.sha256(f"{seed}:{g}".encode()).hexdigest())
    return {group: i % k for i, group in enumerate(ordered)}


def _fold_summary(fold: int, examples: Sequence[Example], preds: Sequence[Triage]) -> dict[str, Any]:
    """One fold's point figures. Not `training.metrics`: its group-bootstrap intervals (thousands of resamples per
    figure) would be computed for every fold and thrown away; the pooled result carries the intervals."""
    import numpy as np

    from classifiers.intervals import f1_from_counts
    from classifiers.training import metrics_simple, rights_tally

    m = metrics_simple(list(zip(examples, preds)))
    out: dict[str, Any] = {"fold": fold, "n": len(examples), "groups": len({ex.group for ex in examples})}
    if "complaint" in m:
        out["complaint_recall"] = m["complaint"]["recall"]
        out["complaint_precision"] = m["complaint"]["precision"]
    _, counts, _ = rights_tally(examples, preds)
    if counts:
        out["rights_micro_f1"] = round(float(f1_from_counts(np.array(counts).sum(axis=0))), 4)
    return out


def cross_validate_model(
    data_paths: Sequence[str | Path],
    k: int,
    *,
    corpora_dir: str | Path | None = None,
    firms: Sequence[Firm] = (),
    seed: int = 0,
    progress: Callable[[str], None] | None = None,
    return_predictions: bool = False,
) -> dict[str, Any]:
    """Out-of-fold metrics of the production model on `data_paths` (files in our schema), one JSON-ready dict:
    `training.metrics` over every row's out-of-fold prediction, plus `cross_validation` (folds and per-fold
    figures). Corpora, when given, join every fold's training and are never measured. With `return_predictions`
    also `_examples` and `_preds` (the measured rows and their out-of-fold answers, for a report)."""
    from classifiers import load_classifier
    from classifiers.training import gather, metrics, train_model

    if k < 2:
        raise TrainingDataError(f"cross-validation needs k >= 2 (k={k})")
    paths = [Path(p) for p in data_paths]
    # What `train` reads: the guide's examples, the files, the corpora. Only the files' rows are folded and measured.
    examples = gather(paths, Path(corpora_dir) if corpora_dir is not None else None, progress)
    rows = [ex for ex in examples if ex.origin == "labelled"]
    always = [ex for ex in examples if ex.origin != "labelled"]
    folds = assign_folds((ex.group for ex in rows), k, seed)
    if len(folds) < k:
        raise TrainingDataError(f"{len(folds)} source groups in the data: too few for {k} folds")
    measured: list[Example] = []
    preds: list[Triage] = []
    per_fold: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="triage-cv-") as tmp:
        for fold in range(k):
            held = [ex for ex in rows if folds[ex.group] == fold]
            train = [ex for ex in rows if folds[ex.group] != fold]
            if progress:
                progress(f"fold {fold + 1} of {k}: training on {len(train)} rows, measuring {len(held)}")
            out = Path(tmp) / f"fold{fold}"
            train_model(paths, out, firms=firms, seed=seed, examples=train + always)
            fold_preds = load_classifier(out, firms).classify_many([ex.email for ex in held])
            per_fold.append(_fold_summary(fold, held, fold_preds))
            measured += held
            preds += fold_preds
    result = metrics(measured, preds)
    result["cross_validation"] = {
        "folds": k, "grouped_by": "source", "seed": seed, "groups": len(folds),
        "model": "the production model, trained per fold as `train` trains it",
        "corpora_in_training": corpora_dir is not None,
        "per_fold": per_fold,
    }
    if return_predictions:
        result["_examples"] = measured
        result["_preds"] = preds
    return result
