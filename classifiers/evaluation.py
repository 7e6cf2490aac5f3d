"""Evaluation on a user's own data: K-fold cross-validation of the production complaint pipeline, and
measuring a saved model on a plain `text` + 0/1 label JSONL file.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.metrics import accuracy_score, f1_score, precision_recall_fscore_support, roc_auc_score
from sklearn.model_selection import StratifiedGroupKFold, StratifiedKFold

from classifiers.data import load_labelled, load_user_jsonl
from classifiers.errors import TrainingDataError
from classifiers.features import build_pipeline
from classifiers.textprep import prepare_sections
from classifiers.types import EmailText


# The predicted labels a predictions file holds: no evidence phrases or reasons, which quote the message.
PREDICTED_FIELDS = ("complaint", "complaint_score", "explicit", "personal_data", "breach", "rights", "about_other_firm",
                    "third_party", "auto_generated", "category", "needs_review")


def prediction_rows(examples: Sequence[Any], preds: Sequence[Any]) -> list[dict[str, Any]]:
    """One row per evaluated message for an analyst's error analysis: its id, origin, the labels its source defines
    (`gold`) and the model's labels (`predicted`, `PREDICTED_FIELDS` only) and scores. No message text: the file is
    safe to share beside the metrics, and the id finds the message in its own file."""
    rows = []
    for ex, triage in zip(examples, preds):
        out = triage.to_json()
        rows.append({
            "id": ex.id, "origin": ex.origin,
            "gold": {k: v for k, v in ex.labels.items() if k != "request_sentences"},
            "predicted": {k: out[k] for k in PREDICTED_FIELDS if k in out},
            "scores": {k: round(float(v), 4) for k, v in dict(triage.scores).items() if isinstance(v, (int, float))},
        })
    return rows


def binary_metrics(y: Sequence[int], pred: Sequence[int], score: Sequence[float] | None = None) -> dict[str, Any]:
    y = np.asarray(y)
    pred = np.asarray(pred)
    p, r, f, _ = precision_recall_fscore_support(y, pred, average="binary", zero_division=0)
    out: dict[str, Any] = {
        "n": int(len(y)), "positives": int(y.sum()), "precision": round(float(p), 4), "recall": round(float(r), 4),
        "f1": round(float(f), 4), "macro_f1": round(float(f1_score(y, pred, average="macro", zero_division=0)), 4),
        "accuracy": round(float(accuracy_score(y, pred)), 4),
    }
    if score is not None and len(set(y.tolist())) == 2:
        out["auc"] = round(float(roc_auc_score(y, score)), 4)
    return out


def _read_texts(path: Path, text_field: str, label_field: str) -> tuple[list[str], list[int], list[str] | None]:
    """Plain `text`+label JSONL, or a labelled file in our schema (subject + body, labels.complaint).

    Schema files also return their `source` groups, so near-duplicate variants stay in one fold.
    """
    try:
        texts, ys = load_user_jsonl(path, text_field, label_field)
        return [prepare_sections(EmailText(body=x)).model_text() for x in texts], ys, None
    except TrainingDataError:
        rows = load_labelled([path])
        rows = [r for r in rows if "complaint" in r.labels]
        if not rows:
            raise
        return (
            [prepare_sections(r.email).model_text() for r in rows], [int(r.labels["complaint"]) for r in rows],
            [r.group for r in rows],
        )


def cross_validate(
    data: Sequence[str | Path], k: int, text_field: str = "text", label_field: str = "label", seed: int = 0,
    report_dir: Path | None = None, **pipeline_params: Any,
) -> dict[str, Any]:
    """Train `build_pipeline()` on K stratified folds of the user's data; report each fold and the mean."""
    texts: list[str] = []
    ys: list[int] = []
    groups: list[str] = []
    grouped = True
    for n, path in enumerate(data):
        t, y, g = _read_texts(Path(path), text_field, label_field)
        texts += t
        ys += y
        grouped = grouped and g is not None
        groups += g if g is not None else [f"{n}:{i}" for i in range(len(t))]
    y_arr = np.asarray(ys)
    if k < 2 or np.bincount(y_arr, minlength=2).min() < k:
        raise TrainingDataError(f"cross-validation needs k >= 2 and at least k examples of each class (k={k})")
    folds = []
    all_scores = np.zeros(len(texts))
    thr = 0.5
    splitter = (
        StratifiedGroupKFold(n_splits=k, shuffle=True, random_state=seed).split(texts, y_arr, groups)
        if grouped else StratifiedKFold(n_splits=k, shuffle=True, random_state=seed).split(texts, y_arr)
    )
    for train_idx, test_idx in splitter:
        pipe = build_pipeline(**pipeline_params).fit([texts[i] for i in train_idx], y_arr[train_idx])
        s = pipe.predict_proba([texts[i] for i in test_idx])[:, 1]
        all_scores[test_idx] = s
        folds.append(binary_metrics(y_arr[test_idx], (s >= thr).astype(int), s))
    keys = ("precision", "recall", "f1", "macro_f1", "accuracy", "auc")
    mean = {key: round(float(np.mean([f[key] for f in folds if key in f])), 4) for key in keys if any(key in f for f in folds)}
    result = {"cross_validate": k, "n": len(texts), "grouped_by_source": grouped, "threshold": thr, "complaint": mean, "folds": folds}
    if report_dir is not None:
        from classifiers.report import write_binary_report

        write_binary_report(report_dir, y_arr, all_scores, thr, result)
    return result


def evaluate_plain(
    model_dir: Path, data: Sequence[str | Path], text_field: str = "text", label_field: str = "label",
    report_dir: Path | None = None,
) -> dict[str, Any]:
    """Measure a saved model's complaint decision on a plain text + 0/1 label JSONL."""
    from classifiers import load_classifier

    texts: list[str] = []
    ys: list[int] = []
    for path in data:
        t, y = load_user_jsonl(Path(path), text_field, label_field)
        texts += t
        ys += y
    clf = load_classifier(Path(model_dir), [])  # the keyword rules when the directory holds no model file
    preds = clf.classify_many([EmailText(body=t) for t in texts])
    scores = np.array([p.complaint_score for p in preds])
    pred = np.array([int(p.complaint) for p in preds])
    result = {"model_version": clf.version, "complaint": binary_metrics(ys, pred, scores)}
    if report_dir is not None:
        from classifiers.report import write_binary_report

        write_binary_report(report_dir, np.asarray(ys), scores, float(getattr(clf, "thresholds", {}).get("complaint", 0.5)), result)
    return result
