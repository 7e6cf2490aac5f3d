"""Precision, recall and F1 from counts: the one arithmetic every hand-counted evaluation here shares (the
authority and details extractors, machine mail on real mail); learned heads use scikit-learn's metrics."""

from __future__ import annotations


def prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    """Precision, recall and F1 (rounded to 4 places, 0.0 where undefined) with the counts behind them."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}
