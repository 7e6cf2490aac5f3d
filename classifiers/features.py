"""Feature extraction and the complaint pipeline, following scikit-learn estimator conventions.

`build_pipeline(**params)` returns the production complaint pipeline (TF-IDF word n-grams + character
n-grams + handcrafted cue counts -> calibrated logistic regression); step names make every parameter
tunable (`features__word__ngram_range`, `clf__estimator__C`). `CueFeatures` is a stateless transformer
over the cue lexicon in `classifiers.cues`.

Importing this module does not import scikit-learn: the classifier imports it to score messages, and a
service scoring with a compiled model (`classifiers.compiled`) never needs sklearn (about 60-90 MB). The
estimator classes `CueFeatures` and `CharHashFeatures` (sklearn subclasses) are defined on first access
(a module `__getattr__`), which is what reading a saved model or training does; their arithmetic lives in
the plain functions `cue_matrix` and `char_tfidf`, shared with the compiled model.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np
from scipy import sparse

from classifiers import cues

CUE_NAMES = (
    "complain_word", "negated_complaint", "explicit", "dissatisfaction", "demand", "praise", "question",
    "personal_data", "breach", "third_party", "rights", "exclaim", "caps", "length",
)
# Cues read only the start of the text: they are cheap signals, and regex cost grows with length
# (the grievance is stated at the top). Rights are looked for further down (RIGHTS_CHARS): a formal
# request letter may state the request after a long preamble.
CUE_CHARS = 1200
RIGHTS_CHARS = 2000
WORD_TOKEN_PATTERN = r"(?u)\b\w[\w']*\b"  # the word TF-IDF's tokens (words with inner apostrophes)


# log1p of the small counts, as numpy computes it: the same floats without a numpy call per value.
_LOG1P = tuple(float(np.log1p(n)) for n in range(256))


def _log1p(n: int) -> float:
    return _LOG1P[n] if n < len(_LOG1P) else float(np.log1p(n))


@lru_cache(maxsize=8192)
def cue_vector(text: str) -> tuple[float, ...]:
    """Counts of each cue in `text` (log-scaled), in CUE_NAMES order (cached: rules reuse them)."""
    n_rights = len(cues.find_rights(text[:RIGHTS_CHARS]))
    text = text[:CUE_CHARS]
    tokens = text.split()
    words = max(1, len(tokens))
    caps = sum(len(w) > 3 for w in filter(str.isupper, tokens)) / words  # (few words are upper case)
    raw = [
        cues.count(cues.COMPLAIN_WORD, text),
        cues.count(cues.NEGATED_COMPLAINT, text),
        cues.count(cues.EXPLICIT, text),
        cues.count(cues.DISSATISFACTION, text),
        cues.count(cues.DEMAND, text),
        cues.count(cues.PRAISE, text),
        cues.count(cues.QUESTION, text),
        cues.count(cues.PERSONAL_DATA, text),
        cues.count(cues.BREACH, text),
        cues.count(cues.THIRD_PARTY, text),
        n_rights,
        text.count("!"),
    ]
    vec = [_log1p(x) for x in raw] + [caps * 5.0, _log1p(words) / 5.0]
    return tuple(vec)


def cue_matrix(texts: Sequence[str], scale: float = 1.0) -> sparse.csr_matrix:
    """The cue block of the feature space: one `cue_vector` row per text, times `scale`."""
    rows = [cue_vector(str(t)) for t in texts]
    return sparse.csr_matrix(np.asarray(rows, dtype=np.float64).reshape(len(rows), len(CUE_NAMES)) * scale)


class _CueFeatures:
    """Handcrafted wording cues as a dense-to-sparse block; `scale` weights the block in a union."""

    def __init__(self, scale: float = 1.0):
        self.scale = scale

    def fit(self, X, y=None):  # noqa: N803 - sklearn naming
        self.n_features_out_ = len(CUE_NAMES)
        return self

    def transform(self, X):  # noqa: N803
        return cue_matrix(X, self.scale)

    def get_feature_names_out(self, input_features=None):
        return np.asarray([f"cue_{n}" for n in CUE_NAMES], dtype=object)


CHAR_CHARS = 1000


def char_preprocess(text: str) -> str:
    """Character n-grams see only the start of the text (lower-cased): misspellings and text-speak
    matter most in short messages, and n-gram extraction is the most expensive step per message."""
    return text[:CHAR_CHARS].lower()


_MUL = np.uint64(1000003)
_MIX = np.uint64(0x9E3779B97F4A7C15)


def char_hashes(text: str, ngram_range: tuple[int, int] = (3, 5), max_chars: int = CHAR_CHARS, n_bits: int = 20) -> np.ndarray:
    """Hashed character n-grams inside word boundaries ("char_wb": each word padded with one space,
    no n-gram spans two words), computed with array arithmetic instead of one Python string per n-gram.

    Deterministic (no per-process hash salt): bucket = multiplicative hash of the code points, folded to
    `n_bits` bits; n-grams of different lengths are hashed apart.
    """
    return char_hashes_many([text], ngram_range, max_chars, n_bits)[0]


def char_hashes_many(texts: Sequence[str], ngram_range: tuple[int, int] = (3, 5), max_chars: int = CHAR_CHARS,
                     n_bits: int = 20) -> tuple[np.ndarray, np.ndarray]:
    """`char_hashes` of many texts at once: (all hashes, the index of the text each came from).

    The padded texts are hashed as one array (a few numpy calls per batch, not per message). Every text
    starts and ends with a padding space, so an n-gram that crosses from one text into the next holds a
    space strictly inside and is dropped like any n-gram that spans two words: each text gets exactly
    its own n-grams.
    """
    padded = []
    for text in texts:
        words = text[:max_chars].lower().split()
        padded.append(" " + "  ".join(words) + " " if words else "")
    lengths = np.fromiter(map(len, padded), dtype=np.int64, count=len(padded))
    joined = "".join(padded)
    if not joined:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    codes = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    spaces = np.concatenate(([0], np.cumsum(codes == 32)))
    ends = np.cumsum(lengths)  # text i covers [ends[i] - lengths[i], ends[i])
    parts, owners = [], []
    # h[k] = hash of the n-gram starting at k: n*MUL^n + sum_j codes[k+j]*MUL^(n-1-j) (mod 2^64), built
    # up one length at a time: hash_n = hash_(n-1) * MUL + MUL^n + codes[k+n-1] (same values, fewer passes).
    h = np.zeros(len(codes), dtype=np.uint64)
    mul_n = 1
    for n in range(1, ngram_range[1] + 1):
        m = len(codes) - n + 1
        if m <= 0:
            break
        mul_n = mul_n * int(_MUL) % 2**64  # Python int: numpy warns on scalar overflow
        h = h[:m] * _MUL + np.uint64(mul_n) + codes[n - 1 : n - 1 + m]
        if n < ngram_range[0]:
            continue
        inner = spaces[n - 1 : n - 1 + m] - spaces[1 : 1 + m]  # spaces strictly inside the n-gram
        starts = np.flatnonzero(inner == 0)
        parts.append(h[starts])
        owners.append(np.searchsorted(ends, starts, side="right"))
    if not parts:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    h = np.concatenate(parts) * _MIX
    return (h >> np.uint64(64 - n_bits)).astype(np.int64), np.concatenate(owners).astype(np.int64)


def char_lookup(buckets: np.ndarray, n_bits: int) -> np.ndarray:
    """Bucket id -> column (-1: bucket not kept), as one array over all 2**n_bits buckets."""
    lut = np.full(1 << n_bits, -1, dtype=np.int32)
    lut[buckets] = np.arange(len(buckets), dtype=np.int32)
    return lut


def char_tfidf(texts: Sequence[str], lut: np.ndarray, idf: np.ndarray, ngram_range: tuple[int, int],
               max_chars: int, n_bits: int) -> sparse.csr_matrix:
    """The hashed char n-gram block: sublinear tf x idf of the kept buckets (`lut`, `idf`), L2 rows (float32)."""
    texts = [str(t) for t in texts]
    n_cols = len(idf)
    hashes, rows = char_hashes_many(texts, tuple(ngram_range), max_chars, n_bits)
    if len(hashes) == 0:
        return sparse.csr_matrix((len(texts), n_cols), dtype=np.float32)
    cols = lut[hashes]
    keep = cols >= 0
    key, counts = np.unique(rows[keep] * n_cols + cols[keep], return_counts=True)
    r, c = key // n_cols, key % n_cols
    data = ((1.0 + np.log(counts)) * idf[c]).astype(np.float32)
    M = sparse.csr_matrix((data, (r, c)), shape=(len(texts), n_cols), dtype=np.float32)
    norms = np.sqrt(np.asarray(M.multiply(M).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags((1.0 / norms).astype(np.float32)) @ M)


class _CharHashFeatures:
    """TF-IDF over hashed char_wb n-grams, keeping the `max_features` buckets with the highest document
    frequency (>= `min_df`). Same role as a char TfidfVectorizer (sublinear tf, smooth idf, L2 rows) at
    a fraction of the cost per message; the model stores only the kept bucket ids and their idf."""

    def __init__(self, ngram_range: tuple[int, int] = (3, 5), max_features: int = 20000, min_df: int = 3,
                 max_chars: int = CHAR_CHARS, n_bits: int = 20):
        self.ngram_range = ngram_range
        self.max_features = max_features
        self.min_df = min_df
        self.max_chars = max_chars
        self.n_bits = n_bits

    def _hashes(self, X) -> list[np.ndarray]:  # noqa: N803
        return [char_hashes(str(t), tuple(self.ngram_range), self.max_chars, self.n_bits) for t in X]

    def fit(self, X, y=None):  # noqa: N803
        docs = self._hashes(X)
        df = np.zeros(1 << self.n_bits, dtype=np.int64)
        for h in docs:
            df[np.unique(h)] += 1
        cand = np.flatnonzero(df >= self.min_df)
        order = np.lexsort((cand, -df[cand]))[: self.max_features]  # most frequent first, ties by id
        self.buckets_ = np.sort(cand[order]).astype(np.int64)
        n = len(docs)
        self.idf_ = (np.log((1 + n) / (1 + df[self.buckets_])) + 1.0).astype(np.float32)
        self.n_features_out_ = len(self.buckets_)
        self.__dict__.pop("_lut", None)
        return self

    def _lookup(self) -> np.ndarray:
        lut = self.__dict__.get("_lut")
        if lut is None:
            lut = self._lut = char_lookup(self.buckets_, self.n_bits)
        return lut

    def transform(self, X):  # noqa: N803
        return char_tfidf(X, self._lookup(), self.idf_, tuple(self.ngram_range), self.max_chars, self.n_bits)

    def get_feature_names_out(self, input_features=None):
        return np.asarray([f"charh_{b}" for b in self.buckets_], dtype=object)

    def __getstate__(self):
        state = super().__getstate__()
        state.pop("_lut", None)  # rebuilt on first use; never stored in the model file
        return state


_DEFINE_LOCK = threading.Lock()


def _estimators() -> tuple[type, type]:
    """(CueFeatures, CharHashFeatures): the sklearn estimator classes, defined once, on first use.

    They keep the names and module of the classes saved in model files (`classifiers.features.CueFeatures`),
    so skops and pickle find them through the module `__getattr__` below.
    """
    with _DEFINE_LOCK:
        if "CharHashFeatures" not in globals():
            from sklearn.base import BaseEstimator, TransformerMixin

            for name, impl in (("CueFeatures", _CueFeatures), ("CharHashFeatures", _CharHashFeatures)):
                cls = type(name, (impl, BaseEstimator, TransformerMixin), {"__module__": __name__, "__doc__": impl.__doc__})
                cls.__qualname__ = name
                globals()[name] = cls
    return globals()["CueFeatures"], globals()["CharHashFeatures"]


def __getattr__(name: str) -> Any:
    if name in ("CueFeatures", "CharHashFeatures"):
        return dict(zip(("CueFeatures", "CharHashFeatures"), _estimators()))[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def build_features(
    word_ngram_range: tuple[int, int] = (1, 2),
    char_ngram_range: tuple[int, int] = (3, 5),
    word_max_features: int = 20000,
    char_max_features: int = 20000,
    min_df: int = 2,
    cue_scale: float = 1.0,
):
    """The feature union: word TF-IDF, hashed char n-grams, cues (a sklearn `FeatureUnion`)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import FeatureUnion

    cue_features, char_hash_features = _estimators()
    return FeatureUnion(
        [
            (
                "word",
                TfidfVectorizer(
                    ngram_range=word_ngram_range, min_df=min_df, max_features=word_max_features,
                    sublinear_tf=True, lowercase=True, token_pattern=WORD_TOKEN_PATTERN, dtype=np.float32,
                ),
            ),
            ("char", char_hash_features(ngram_range=char_ngram_range, max_features=char_max_features, min_df=min_df + 1)),
            ("cues", cue_features(scale=cue_scale)),
        ]
    )


def build_pipeline(
    C: float = 4.0,
    calibration: str = "sigmoid",
    cv: int = 3,
    class_weight: str | None = "balanced",
    **feature_params,
):
    """The complaint pipeline: features -> calibrated logistic regression (predict_proba is calibrated)."""
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold
    from sklearn.pipeline import Pipeline

    lr = LogisticRegression(C=C, class_weight=class_weight, max_iter=3000, solver="liblinear")
    return Pipeline(
        [
            ("features", build_features(**feature_params)),
            # shuffled folds, as in TriageModel: a user's file may be sorted by source or label
            ("clf", CalibratedClassifierCV(lr, method=calibration, cv=StratifiedKFold(cv, shuffle=True, random_state=0))),
        ]
    )
