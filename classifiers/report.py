"""An HTML evaluation report: precision-recall curves and confusion matrices as matplotlib PNGs."""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np


def _plt():
    import matplotlib

    matplotlib.use("Agg")  # no display; files only
    import matplotlib.pyplot as plt

    return plt


def _pr_curve(path: Path, y: np.ndarray, s: np.ndarray, thr: float, title: str) -> None:
    from sklearn.metrics import precision_recall_curve

    plt = _plt()
    prec, rec, thrs = precision_recall_curve(y, s)
    fig, ax = plt.subplots(figsize=(5, 4))
    ax.plot(rec, prec, lw=2)
    if len(thrs):
        j = int(np.argmin(np.abs(thrs - thr)))
        ax.scatter([rec[j]], [prec[j]], color="red", zorder=3, label=f"threshold {thr:.2f}")
        ax.legend(loc="lower left")
    ax.set_xlabel("recall")
    ax.set_ylabel("precision")
    ax.set_xlim(0, 1.01)
    ax.set_ylim(0, 1.01)
    ax.set_title(title)
    fig.tight_layout()
    fig.savefig(path, dpi=90)
    plt.close(fig)


def _confusion(path: Path, gold: Sequence[str], pred: Sequence[str], labels: Sequence[str], title: str) -> None:
    from sklearn.metrics import confusion_matrix

    plt = _plt()
    cm = confusion_matrix(gold, pred, labels=list(labels))
    size = max(4, 0.45 * len(labels) + 2)
    fig, ax = plt.subplots(figsize=(size, size))
    ax.imshow(cm, cmap="Blues")
    ax.set_xticks(range(len(labels)), labels, rotation=60, ha="right", fontsize=8)
    ax.set_yticks(range(len(labels)), labels, fontsize=8)
    for i in range(len(labels)):
        for j in range(len(labels)):
            if cm[i, j]:
                ax.text(j, i, str(cm[i, j]), ha="center", va="center", fontsize=7, color="black")
    ax.set_xlabel("predicted")
    ax.set_ylabel("gold")
    ax.set_title(title)
    fig.tight_layout()
    fig.savefig(path, dpi=90)
    plt.close(fig)


# (label, figure key, interval key) of the figures the targets name that carry a 95 % interval
_INTERVAL_FIGURES = (
    ("complaint recall", ("complaint", "recall"), ("complaint", "recall_ci95")),
    ("implicit-complaint recall", ("implicit_complaint_recall", "recall"), ("implicit_complaint_recall", "recall_ci95")),
    ("rights micro-F1", ("rights", "micro_f1"), ("rights", "micro_f1_ci95")),
    ("breach recall", ("breach", "recall"), ("breach", "recall_ci95")),
)


def _dig(result: dict[str, Any], keys: tuple[str, str]) -> Any:
    inner = result.get(keys[0])
    return inner.get(keys[1]) if isinstance(inner, dict) else None


def _interval_table(result: dict[str, Any]) -> str:
    """The target figures with their intervals and how many source groups (scenarios) they rest on."""
    rows = []
    for label, figure_key, interval_key in _INTERVAL_FIGURES:
        figure, ci = _dig(result, figure_key), _dig(result, interval_key)
        if figure is None:
            continue
        span = f"{ci['low']:.3f} to {ci['high']:.3f}" if isinstance(ci, dict) else "too few groups"
        groups = ci["groups"] if isinstance(ci, dict) else ""
        rows.append(f"<tr><td>{html.escape(label)}</td><td>{figure:.3f}</td><td>{span}</td><td>{groups}</td></tr>")
    if not rows:
        return ""
    return ("<h2>Target figures</h2><table border='1' cellpadding='4'><tr><th>figure</th><th>value</th>"
            "<th>95 % interval</th><th>source groups</th></tr>" + "".join(rows) + "</table>"
            "<p>Intervals resample whole source groups: the variants of one scenario count once.</p>")


def _page(out: Path, images: list[tuple[str, str]], result: dict[str, Any]) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    body = ["<!doctype html><meta charset='utf-8'><title>Classifier evaluation</title>",
            "<style>body{font-family:sans-serif;max-width:1100px;margin:2em auto}img{margin:1em;border:1px solid #ccc}</style>",
            "<h1>Classifier evaluation</h1>", _interval_table(result)]
    for title, name in images:
        body.append(f"<figure style='display:inline-block'><img src='{html.escape(name)}' alt='{html.escape(title)}'><figcaption>{html.escape(title)}</figcaption></figure>")
    body.append("<h2>Metrics</h2><pre>" + html.escape(json.dumps(result, indent=2, default=str)) + "</pre>")
    page = out / "index.html"
    page.write_text("\n".join(body), encoding="utf-8")
    return page


def write_binary_report(out: Path, y: np.ndarray, scores: np.ndarray, thr: float, result: dict[str, Any]) -> Path:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    images = []
    if len(set(np.asarray(y).tolist())) == 2:
        _pr_curve(out / "pr_complaint.png", np.asarray(y), np.asarray(scores), thr, "complaint")
        images.append(("complaint precision-recall", "pr_complaint.png"))
    pred = ["complaint" if s >= thr else "not" for s in scores]
    gold = ["complaint" if v else "not" for v in y]
    _confusion(out / "cm_complaint.png", gold, pred, ["complaint", "not"], "complaint")
    images.append(("complaint confusion matrix", "cm_complaint.png"))
    return _page(out, images, result)


def write_report(out: Path, examples: Sequence[Any], preds: Sequence[Any], result: dict[str, Any]) -> Path:
    """Report for a labelled evaluation: complaint PR curve + confusion matrices for the main labels."""
    from classifiers.types import CATEGORIES

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    images: list[tuple[str, str]] = []
    pairs = [(ex, t) for ex, t in zip(examples, preds) if "complaint" in ex.labels]
    if pairs:
        y = np.array([int(ex.labels["complaint"]) for ex, _ in pairs])
        s = np.array([t.complaint_score for _, t in pairs])
        thr = float(result.get("threshold", 0.5))
        if len(set(y.tolist())) == 2:
            _pr_curve(out / "pr_complaint.png", y, s, thr, "complaint")
            images.append(("complaint precision-recall", "pr_complaint.png"))
        _confusion(out / "cm_complaint.png", ["complaint" if v else "not" for v in y],
                   ["complaint" if t.complaint else "not" for _, t in pairs], ["complaint", "not"], "complaint")
        images.append(("complaint confusion matrix", "cm_complaint.png"))
    for label in ("auto_generated", "personal_data", "breach", "third_party"):
        lp = [(ex, t) for ex, t in zip(examples, preds) if label in ex.labels]
        if lp and any(ex.labels[label] for ex, _ in lp):
            _confusion(out / f"cm_{label}.png", [str(bool(ex.labels[label])) for ex, _ in lp],
                       [str(bool(getattr(t, label))) for _, t in lp], ["True", "False"], label)
            images.append((f"{label} confusion matrix", f"cm_{label}.png"))
    cp = [(ex, t) for ex, t in zip(examples, preds) if ex.labels.get("category")]
    if cp:
        _confusion(out / "cm_category.png", [ex.labels["category"] for ex, _ in cp], [t.category for _, t in cp],
                   list(CATEGORIES), "category")
        images.append(("category confusion matrix", "cm_category.png"))
    return _page(out, images, result)
