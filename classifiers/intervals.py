"""Confidence intervals for evaluation figures, by resampling whole source groups.

Our test rows are not independent: one scenario is written as three or four emails (a full letter, a
subject-only text, an HTML copy, a reply quoting it), and all of them share a split because the split is by
source group. A figure over 400 rows may rest on two dozen scenarios, so an interval that resamples rows
would be far too narrow. `group_bootstrap_interval` resamples groups instead (the cluster bootstrap): each
resample draws as many groups as there are, with replacement, and recomputes the figure from the drawn
groups' summed counts.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence

import numpy as np

RESAMPLES = 2000
LEVEL = 0.95
_Z95 = 1.959963984540054
_CHUNK = 250  # resamples per matrix product: bounds memory at _CHUNK x groups weights


def f1_from_counts(counts: np.ndarray) -> np.ndarray:
    """F1 from (..., 3) arrays of [tp, fp, fn]; 0 where there is nothing to count."""
    tp, fp, fn = counts[..., 0], counts[..., 1], counts[..., 2]
    den = 2 * tp + fp + fn
    return np.divide(2 * tp, den, out=np.zeros_like(den, dtype=float), where=den > 0)


def recall_from_counts(counts: np.ndarray) -> np.ndarray:
    """Recall from (..., 2) arrays of [hits, positives]; 0 where there are no positives."""
    hit, pos = counts[..., 0], counts[..., 1]
    return np.divide(hit, pos, out=np.zeros_like(pos, dtype=float), where=pos > 0)


def group_bootstrap_interval(
    groups: Sequence[Hashable],
    counts: Sequence[Sequence[float]],
    statistic: Callable[[np.ndarray], np.ndarray],
    *,
    resamples: int = RESAMPLES,
    level: float = LEVEL,
    seed: int = 0,
) -> dict[str, float | int] | None:
    """Percentile interval of `statistic` over group resamples.

    `counts` holds one row of additive counts per example (e.g. [tp, fp, fn]); rows of a group are summed
    first. `statistic` maps an (n, k) array of summed counts to n figures. Groups whose counts are all zero
    (nothing to count, e.g. a message with no gold and no predicted right) still take part in the draw, as
    they do in the point figure. Returns None with fewer than two groups that count anything: no interval
    can be said. Deterministic for a given seed.
    """
    if len(groups) != len(counts):
        raise ValueError("groups and counts differ in length")
    if not groups:
        return None
    index: dict[Hashable, int] = {}
    rows = np.asarray(counts, dtype=float)
    if rows.ndim != 2:
        raise ValueError("counts must be one row of counts per example")
    per_group = np.zeros((len(set(groups)), rows.shape[1]))
    for g, row in zip(groups, rows):
        per_group[index.setdefault(g, len(index))] += row
    informative = int(np.count_nonzero(per_group.any(axis=1)))
    if informative < 2:
        return None
    n = len(per_group)
    rng = np.random.default_rng(seed)
    figures: list[np.ndarray] = []
    for start in range(0, resamples, _CHUNK):
        size = min(_CHUNK, resamples - start)
        weights = rng.multinomial(n, np.full(n, 1.0 / n), size=size)  # how often each group is drawn
        figures.append(statistic(weights @ per_group))
    values = np.concatenate(figures)
    tail = (1.0 - level) / 2.0
    low, high = np.quantile(values, [tail, 1.0 - tail])
    return {"low": round(float(low), 4), "high": round(float(high), 4), "level": level, "groups": informative,
            "resamples": resamples, "method": "group bootstrap"}


def wilson_interval(successes: float, trials: int) -> tuple[float, float]:
    """The 95 % Wilson score interval of a proportion (sensible at 0 and 1, unlike the normal one)."""
    if trials <= 0:
        raise ValueError("no trials")
    p = successes / trials
    z2 = _Z95 * _Z95
    centre = (p + z2 / (2 * trials)) / (1 + z2 / trials)
    half = _Z95 * np.sqrt(p * (1 - p) / trials + z2 / (4 * trials * trials)) / (1 + z2 / trials)
    return max(0.0, float(centre - half)), min(1.0, float(centre + half))


def group_recall_interval(groups: Sequence[Hashable], found: Sequence[bool], *, seed: int = 0) -> dict[str, float | int] | None:
    """95 % interval of a recall over gold positives (`found` per positive), resampling source groups.

    When every positive was found (or none was), every resample gives the same figure and the bootstrap
    interval collapses to a point, which would claim a certainty six positives cannot give. Then the interval
    is Wilson's with the number of groups as the sample size: as if each scenario were one observation, the
    cautious reading when its variants are near copies.
    """
    counts = [[int(hit), 1] for hit in found]
    out = group_bootstrap_interval(groups, counts, recall_from_counts, seed=seed)
    if out is None or out["low"] != out["high"]:
        return out
    low, high = wilson_interval(out["low"] * out["groups"], int(out["groups"]))
    return {"low": round(low, 4), "high": round(high, 4), "level": LEVEL, "groups": out["groups"],
            "method": "Wilson, one observation per group"}
