"""Feature extraction and the complaint pipeline, following scikit-learn estimator conventions.

`build_pipeline(**params)` returns the production complaint pipeline (TF-IDF word n-grams + character
n-grams + handcrafted cue counts -> calibrated logistic regression); step names make every parameter
tunable (`features__word__ngram_range`, `clf__estimator__C`). `CueFeatures` is a stateless transformer
over the cue lexicon in `classifiers.cues`.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline

from classifiers import cues

CUE_NAMES = (
    "complain_word", "negated_complaint", "explicit", "dissatisfaction", "demand", "praise", "question",
    "personal_data", "breach", "third_party", "rights", "exclaim", "caps", "length",
)
# Cues read only the start of the text: they are cheap signals, and regex cost grows with length.
CUE_CHARS = 2000


@lru_cache(maxsize=8192)
def cue_vector(text: str) -> tuple[float, ...]:
    """Counts of each cue in `text` (log-scaled), in CUE_NAMES order (cached: rules reuse them)."""
    text = text[:CUE_CHARS]
    words = max(1, len(text.split()))
    caps = sum(1 for w in text.split() if len(w) > 3 and w.isupper()) / words
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
        len(cues.find_rights(text)),
        text.count("!"),
    ]
    vec = [float(np.log1p(x)) for x in raw] + [caps * 5.0, float(np.log1p(words)) / 5.0]
    return tuple(vec)


class CueFeatures(BaseEstimator, TransformerMixin):
    """Handcrafted wording cues as a dense-to-sparse block; `scale` weights the block in a union."""

    def __init__(self, scale: float = 1.0):
        self.scale = scale

    def fit(self, X, y=None):  # noqa: N803 - sklearn naming
        self.n_features_out_ = len(CUE_NAMES)
        return self

    def transform(self, X):  # noqa: N803
        rows = [cue_vector(str(t)) for t in X]
        return sparse.csr_matrix(np.asarray(rows, dtype=np.float64).reshape(len(rows), len(CUE_NAMES)) * self.scale)

    def get_feature_names_out(self, input_features=None):
        return np.asarray([f"cue_{n}" for n in CUE_NAMES], dtype=object)


CHAR_CHARS = 1000


def char_preprocess(text: str) -> str:
    """Character n-grams see only the start of the text (lower-cased): misspellings and text-speak
    matter most in short messages, and n-gram extraction is the most expensive step per message."""
    return text[:CHAR_CHARS].lower()


def build_features(
    word_ngram_range: tuple[int, int] = (1, 2),
    char_ngram_range: tuple[int, int] = (3, 5),
    word_max_features: int = 60000,
    char_max_features: int = 60000,
    min_df: int = 2,
    cue_scale: float = 1.0,
) -> FeatureUnion:
    return FeatureUnion(
        [
            (
                "word",
                TfidfVectorizer(
                    ngram_range=word_ngram_range, min_df=min_df, max_features=word_max_features,
                    sublinear_tf=True, lowercase=True, token_pattern=r"(?u)\b\w[\w']*\b", dtype=np.float32,
                ),
            ),
            (
                "char",
                TfidfVectorizer(
                    analyzer="char_wb", ngram_range=char_ngram_range, min_df=min_df + 1, preprocessor=char_preprocess,
                    max_features=char_max_features, sublinear_tf=True, lowercase=True, dtype=np.float32,
                ),
            ),
            ("cues", CueFeatures(scale=cue_scale)),
        ]
    )


def build_pipeline(
    C: float = 4.0,
    calibration: str = "sigmoid",
    cv: int = 3,
    class_weight: str | None = "balanced",
    **feature_params,
) -> Pipeline:
    """The complaint pipeline: features -> calibrated logistic regression (predict_proba is calibrated)."""
    lr = LogisticRegression(C=C, class_weight=class_weight, max_iter=3000, solver="liblinear")
    return Pipeline(
        [
            ("features", build_features(**feature_params)),
            ("clf", CalibratedClassifierCV(lr, method=calibration, cv=cv)),
        ]
    )
