"""The trained model in plain arrays, for scoring only: numpy and scipy.sparse, no scikit-learn.

`TriageModel.compile()` (classifiers.model) returns a `CompiledTriageModel`: the word TF-IDF vocabulary
and idf with the vectorizer's exact text handling (lower-case, token pattern, n-gram range, sublinear tf,
L2 rows), the hashed char n-gram block (`classifiers.features.char_tfidf`), the cue block, and every head
as coefficients and intercepts: the complaint head's calibrated folds (each fold's sigmoid or isotonic
map, averaged as `CalibratedClassifierCV.predict_proba` does), the category head (softmax for a
multiclass `LogisticRegression`), the binary, rights and pruned sentence-level rights heads and the
other-firm head (its own TF-IDF). It offers the methods `ModelClassifier` calls on a model and returns
the same scores (tests/classifiers/test_compiled_model.py checks every score to 1e-6 on the labelled
data). The service scores with it: scikit-learn and scipy.stats (60-90 MB) are imported only where a
model is read and compiled (`triage.bootstrap.load_model`, in a short-lived child process).

The arithmetic copies scikit-learn 1.9's (`TfidfVectorizer.transform`, `LinearClassifierMixin.
decision_function`, `_predict_proba_lr`, `extmath.softmax`, `_CalibratedClassifier.predict_proba`):
same dtypes, same order of operations, so the scores agree to rounding.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np
from scipy import sparse

from classifiers.concepts import with_concepts
from classifiers.features import char_lookup, char_tfidf, cue_matrix
from classifiers.rights_frames import WHOLE_SENTENCE

RIGHTS_TEXT_CHARS = 2000  # rights are looked for in the first 2,000 characters (as the rights cues)
RIGHTS_SENTENCE_GATE = 0.02  # message-level right score from which a message is also scored sentence by sentence


def rights_sentences(text: str) -> list[str]:
    """The sentences (or lines) of a message's labelled text that could hold a rights request (>= 2 words)."""
    parts = [p for p in WHOLE_SENTENCE.split(text[:RIGHTS_TEXT_CHARS]) if len(p.split()) >= 2]
    return parts or [text[:RIGHTS_TEXT_CHARS]]


def _expit(z: np.ndarray) -> np.ndarray:
    """1 / (1 + exp(-z)) element by element with the C library's exp, as scipy.special.expit computes it:
    numpy's vectorised exp can differ in the last bit, and the scores should be the very same numbers."""
    flat = np.asarray(z, dtype=np.float64).ravel().tolist()
    out = np.empty(len(flat))
    exp = math.exp
    for i, v in enumerate(flat):
        try:
            out[i] = 1.0 / (1.0 + exp(-v))
        except OverflowError:  # exp(-v) beyond the float range: the probability is 0
            out[i] = 0.0
    return out.reshape(np.shape(z))


class WordTfidf:
    """A fitted word `TfidfVectorizer` (analyzer 'word', no stop words, no accent stripping) as arrays."""

    def __init__(self, terms: np.ndarray, idf: np.ndarray, token_pattern: str, ngram_range: tuple[int, int],
                 lowercase: bool, sublinear_tf: bool, norm: str | None, dtype: Any):
        self.terms = [str(t) for t in terms]  # (a list: a fixed-width str array of n-grams is 3x bigger)
        self.idf = idf
        self.token_pattern = token_pattern
        self.ngram_range = (int(ngram_range[0]), int(ngram_range[1]))
        self.lowercase = bool(lowercase)
        self.sublinear_tf = bool(sublinear_tf)
        self.norm = norm
        self.dtype = np.dtype(dtype)

    @classmethod
    def from_vectorizer(cls, vec: Any, terms: np.ndarray | None = None) -> "WordTfidf":
        p = vec.get_params()
        unsupported = {
            "analyzer": p["analyzer"] != "word", "stop_words": p["stop_words"] is not None,
            "strip_accents": p["strip_accents"] is not None, "preprocessor": p["preprocessor"] is not None,
            "tokenizer": p["tokenizer"] is not None, "binary": bool(p["binary"]), "use_idf": not p["use_idf"],
            "norm": p["norm"] not in ("l2", None), "input": p["input"] != "content",
        }
        bad = [k for k, v in unsupported.items() if v]
        if bad:
            raise ValueError(f"cannot compile a TfidfVectorizer with these settings: {bad}")
        if re.compile(p["token_pattern"]).groups > 1:
            raise ValueError("cannot compile a token pattern with more than one group")
        if terms is None:
            terms = vec.get_feature_names_out()
        return cls(terms, np.asarray(vec._tfidf.idf_), p["token_pattern"], p["ngram_range"], p["lowercase"],
                   p["sublinear_tf"], p["norm"], p["dtype"])

    def _vocabulary(self) -> dict[str, int]:
        vocab = self.__dict__.get("_vocab")
        if vocab is None:
            vocab = self._vocab = {t: i for i, t in enumerate(self.terms)}
        return vocab

    def _analyze(self, doc: str) -> list[str]:
        # CountVectorizer.build_analyzer for analyzer='word': lower-case, findall, then word n-grams.
        if self.lowercase:
            doc = doc.lower()
        pattern = self.__dict__.get("_pattern")
        if pattern is None:
            pattern = self._pattern = re.compile(self.token_pattern)
        tokens = pattern.findall(doc)
        min_n, max_n = self.ngram_range
        if max_n == 1:
            return tokens
        original = tokens
        if min_n == 1:
            tokens = list(original)
            min_n += 1
        else:
            tokens = []
        n_original = len(original)
        for n in range(min_n, min(max_n + 1, n_original + 1)):
            for i in range(n_original - n + 1):
                tokens.append(" ".join(original[i : i + n]))
        return tokens

    def transform(self, texts: Sequence[str]) -> sparse.csr_matrix:
        vocab = self._vocabulary()
        indices: list[int] = []
        values: list[int] = []
        indptr = [0]
        for doc in texts:
            counter: dict[int, int] = {}
            for feature in self._analyze(doc):
                idx = vocab.get(feature)
                if idx is not None:
                    counter[idx] = counter.get(idx, 0) + 1
            indices.extend(counter.keys())
            values.extend(counter.values())
            indptr.append(len(indices))
        X = sparse.csr_matrix(
            (np.asarray(values, dtype=np.intc), np.asarray(indices, dtype=np.int32), np.asarray(indptr, dtype=np.int32)),
            shape=(len(indptr) - 1, len(self.terms)), dtype=self.dtype,
        )
        X.sort_indices()
        if self.sublinear_tf:
            np.log(X.data, X.data)
            X.data += 1.0
        X.data *= self.idf[X.indices]
        if self.norm == "l2":
            # sklearn's _inplace_csr_row_normalize_l2: squares summed in double, rows of zeros left alone.
            sq = (X.data * X.data).astype(np.float64)
            sums = np.zeros(X.shape[0])
            nonempty = np.diff(X.indptr) > 0
            if nonempty.any():
                sums[nonempty] = np.add.reduceat(sq, X.indptr[:-1][nonempty])
            norms = np.sqrt(sums)
            norms[norms == 0.0] = 1.0
            X.data = (X.data / np.repeat(norms, np.diff(X.indptr))).astype(self.dtype)
        return X

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state.pop("_vocab", None)  # rebuilt on first use
        state.pop("_pattern", None)
        return state


class LinearHead:
    """A fitted `LogisticRegression`'s `coef_` / `intercept_` / `classes_` and its `predict_proba`."""

    def __init__(self, coef: Any, intercept: np.ndarray, classes: Sequence[Any]):
        self.coef = coef  # dense ndarray, or a sparse matrix for a pruned (sparsified) head
        self.intercept = np.asarray(intercept)
        self.classes = list(classes)

    @classmethod
    def from_estimator(cls, est: Any) -> "LinearHead":
        coef = est.coef_
        coef = coef.copy() if sparse.issparse(coef) else np.asarray(coef).copy()
        return cls(coef, np.asarray(est.intercept_).copy(), list(est.classes_))

    def decision_function(self, X: Any) -> np.ndarray:
        coef_t = self.coef.T
        scores = X @ coef_t
        if sparse.issparse(scores):
            scores = scores.toarray()
        scores = np.asarray(scores) + self.intercept
        return scores.reshape(-1) if scores.ndim > 1 and scores.shape[1] == 1 else scores

    def predict_proba(self, X: Any) -> np.ndarray:
        z = self.decision_function(X)
        if len(self.classes) <= 2:
            p = _expit(z)
            return np.stack([1 - p, p], axis=1)
        z = np.array(z, copy=True)  # multinomial LogisticRegression: softmax (extmath.softmax)
        z -= np.max(z, axis=1).reshape(-1, 1)
        np.exp(z, out=z)
        z /= np.sum(z, axis=1).reshape(-1, 1)
        return z

    def positive(self, X: Any) -> np.ndarray:
        return self.predict_proba(X)[:, 1]


class CalibratedHead:
    """A binary `CalibratedClassifierCV` (sigmoid or isotonic): per fold, the fold's LR decision mapped by
    its calibrator; the positive-class probabilities of the folds averaged."""

    def __init__(self, folds: list[tuple[LinearHead, str, dict[str, Any]]]):
        self.folds = folds

    @classmethod
    def from_estimator(cls, cal: Any) -> "CalibratedHead":
        if len(cal.classes_) != 2:
            raise ValueError("only a binary calibrated head can be compiled")
        folds = []
        for c in cal.calibrated_classifiers_:
            if c.method not in ("sigmoid", "isotonic") or len(c.calibrators) != 1:
                raise ValueError(f"cannot compile calibration method {c.method!r}")
            if not hasattr(c.estimator, "coef_") or list(c.estimator.classes_) != list(c.classes):
                raise ValueError("a calibrated fold must be a linear model over the same two classes")
            k = c.calibrators[0]
            if c.method == "sigmoid":
                params = {"a": k.a_, "b": k.b_}
            else:
                if k.out_of_bounds != "clip":
                    raise ValueError("only an isotonic calibrator with out_of_bounds='clip' can be compiled")
                params = {"x": np.asarray(k.X_thresholds_), "y": np.asarray(k.y_thresholds_), "lo": k.X_min_, "hi": k.X_max_}
            folds.append((LinearHead.from_estimator(c.estimator), c.method, params))
        return cls(folds)

    def positive(self, X: Any) -> np.ndarray:
        mean = np.zeros(X.shape[0])
        for head, method, params in self.folds:
            t = head.decision_function(X)
            if method == "sigmoid":
                p = _expit(-(params["a"] * t + params["b"]))
            else:
                x = params["x"]
                t = np.clip(np.asarray(t, dtype=x.dtype), params["lo"], params["hi"])
                p = (np.full(t.shape, params["y"][0]) if len(x) == 1 else np.interp(t, x, params["y"])).astype(t.dtype)
            mean += p
        mean /= len(self.folds)
        return mean


def combine_sentence_scores(
    texts: Sequence[str], s: dict[str, Any], sentence_heads: Mapping[str, Any],
    transform: Callable[[list[str]], Any], positive: Callable[[Any, Any], np.ndarray],
) -> dict[str, Any]:
    """Each right's message-level score in `s` becomes the mean of itself and the best sentence score, for the
    messages whose message-level score for some right reaches RIGHTS_SENTENCE_GATE (about 3 % of ordinary
    business mail and consumer complaints; the others keep their very low scores, and the out-of-fold
    threshold choice applies the same gate). Shared by the scikit-learn model and its compiled form:
    `transform(sentences)` gives their feature rows and `positive(head, rows)` a head's probabilities."""
    keys = [f"right:{r}" for r in sentence_heads if f"right:{r}" in s]
    if not keys or not len(texts):
        return s
    top = np.max(np.vstack([np.asarray(s[k], dtype=float) for k in keys]), axis=0)
    rows = np.flatnonzero(top >= RIGHTS_SENTENCE_GATE)
    if not len(rows):
        return s
    per = [rights_sentences(str(texts[i])) for i in rows]
    flat = [x for p in per for x in p]
    bounds = np.cumsum([0] + [len(p) for p in per])
    S = transform(flat)
    for right, head in sentence_heads.items():
        key = f"right:{right}"
        if key not in s:
            continue
        best = np.maximum.reduceat(positive(head, S), bounds[:-1])
        combined = np.array(s[key], dtype=float, copy=True)
        combined[rows] = (combined[rows] + best) / 2.0
        s[key] = combined
    return s


class ScoringMixin:
    """The scoring calls both model forms answer the same way (`TriageModel` with scikit-learn estimators, and
    `CompiledTriageModel` with plain arrays). A form provides `transform_texts`, `scores_from_matrix`,
    `rights_scores`, `_other_firm_probabilities(views)` (None when it has no other-firm head) and
    `_top_term_weights()` (each word n-gram's complaint weight, and the n-grams)."""

    def other_firm_scores(self, views: Sequence[str | None]) -> list[float | None]:
        """Probability that each complaint is purely about another firm (None: no firm in it / no head)."""
        out: list[float | None] = [None] * len(views)
        idx = [i for i, v in enumerate(views) if v is not None]
        if not idx:
            return out
        probs = self._other_firm_probabilities([views[i] for i in idx])  # type: ignore[attr-defined]
        if probs is None:
            return out
        for i, p in zip(idx, probs):
            out[i] = float(p)
        return out

    def predict_scores(self, X: Sequence[str]) -> dict[str, Any]:
        texts = [str(t) for t in X]
        return self.rights_scores(texts, self.scores_from_matrix(self.transform_texts(texts)))  # type: ignore[attr-defined]

    def predict_proba(self, X: Sequence[str]) -> np.ndarray:
        p = self.predict_scores(X)["complaint"]
        return np.column_stack([1 - p, p])

    def predict(self, X: Sequence[str]) -> np.ndarray:
        return (self.predict_proba(X)[:, 1] >= 0.5).astype(int)

    def top_terms(self, M: Any, rows: Sequence[int], k: int = 3) -> list[list[str]]:
        """The word n-grams that pushed each row towards 'complaint' most (for evidence)."""
        coef, names = self._top_term_weights()  # type: ignore[attr-defined]
        out = []
        Mw = M[:, : len(names)].tocsr()
        for r in rows:
            lo, hi = Mw.indptr[r], Mw.indptr[r + 1]
            idx = Mw.indices[lo:hi]
            contrib = Mw.data[lo:hi] * coef[idx]
            order = np.argsort(-contrib)[:k]
            out.append([str(names[idx[j]]) for j in order if contrib[j] > 0])
        return out


class CompiledTriageModel(ScoringMixin):
    """A fitted `TriageModel` for scoring: `predict_scores`, `transform_texts`, `scores_from_matrix`,
    `rights_scores`, `other_firm_scores`, `top_terms`, `predict_proba`, `predict` as on the model."""

    def __init__(self, model: Any):
        names = [name for name, _ in model.features_.transformer_list]
        if names != ["word", "char", "cues"] or model.features_.transformer_weights:
            raise ValueError(f"cannot compile the feature union {names}")
        parts = dict(model.features_.transformer_list)
        word, char, cue = parts["word"], parts["char"], parts["cues"]
        terms = getattr(model, "vocab_terms_", {}).get("word")
        self.word = WordTfidf.from_vectorizer(word, None if hasattr(word, "vocabulary_") else terms)
        self.char_buckets = np.asarray(char.buckets_).copy()
        self.char_idf = np.asarray(char.idf_).copy()
        self.char_ngram_range = (int(char.ngram_range[0]), int(char.ngram_range[1]))
        self.char_max_chars = int(char.max_chars)
        self.char_n_bits = int(char.n_bits)
        self.cue_scale = cue.scale
        self.complaint = CalibratedHead.from_estimator(model.complaint_head_)
        self.category = None if model.category_head_ is None else LinearHead.from_estimator(model.category_head_)
        self.binary = {k: LinearHead.from_estimator(h) for k, h in model.binary_heads_.items()}
        self.rights = {k: LinearHead.from_estimator(h) for k, h in model.rights_heads_.items()}
        self.sentence = {k: LinearHead.from_estimator(h) for k, h in getattr(model, "rights_sentence_heads_", {}).items()}
        self.sentence_concept_scale = float(getattr(model, "sentence_concept_scale_", 0.0))
        head = getattr(model, "other_firm_head_", None)
        if head is None:
            self.other_firm = None
        else:
            steps = list(head.named_steps)
            if steps != ["tfidf", "clf"]:
                raise ValueError(f"cannot compile the other-firm pipeline {steps}")
            self.other_firm = (WordTfidf.from_vectorizer(head.named_steps["tfidf"]), LinearHead.from_estimator(head.named_steps["clf"]))
        # top_terms: the mean complaint coefficient of each word n-gram, zero for uninformative terms
        # (TriageModel._top_term_weights decides this once per model; here once, when compiling).
        coef, _ = model._top_term_weights()
        self.term_coef = np.asarray(coef, dtype=np.float64)
        self.classes_ = np.array([0, 1])

    # -- features ------------------------------------------------------------------------------

    def _char_lut(self) -> np.ndarray:
        lut = self.__dict__.get("_lut")
        if lut is None:
            lut = self._lut = char_lookup(self.char_buckets, self.char_n_bits)
        return lut

    def transform_texts(self, X: Sequence[str]) -> sparse.csr_matrix:
        texts = [str(t) for t in X]
        blocks = [
            self.word.transform(texts),
            char_tfidf(texts, self._char_lut(), self.char_idf, self.char_ngram_range, self.char_max_chars, self.char_n_bits),
            cue_matrix(texts, self.cue_scale),
        ]
        return sparse.hstack(blocks).tocsr()  # as FeatureUnion

    def transform_sentences(self, sentences: Sequence[str]) -> sparse.csr_matrix:
        """As `TriageModel.transform_sentences`: the shared features plus the concept block, if trained with it."""
        return with_concepts(self.transform_texts(sentences), sentences, getattr(self, "sentence_concept_scale", 0.0))

    # -- scores --------------------------------------------------------------------------------

    def scores_from_matrix(self, M: Any) -> dict[str, Any]:
        out: dict[str, Any] = {"complaint": self.complaint.positive(M)}
        if self.category is not None:
            out["category"] = (list(self.category.classes), self.category.predict_proba(M))
        for name, head in self.binary.items():
            out[name] = head.positive(M)
        for right, head in self.rights.items():
            out[f"right:{right}"] = head.positive(M)
        return out

    def rights_scores(self, texts: Sequence[str], s: dict[str, Any], heads: Mapping[str, Any] | None = None,
                      sentence_heads: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """As `TriageModel.rights_scores`: each gated right's score becomes the mean of its message-level
        score and its best sentence score."""
        sentence_heads = self.sentence if sentence_heads is None else sentence_heads
        return combine_sentence_scores(texts, s, sentence_heads, self.transform_sentences, lambda head, S: head.positive(S))

    def _other_firm_probabilities(self, views: list[str]) -> np.ndarray | None:
        if self.other_firm is None:
            return None
        tfidf, clf = self.other_firm
        return clf.positive(tfidf.transform(views))

    def _top_term_weights(self) -> tuple[np.ndarray, np.ndarray]:
        return self.term_coef, self.word.terms

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state.pop("_lut", None)  # 4 MB, rebuilt on first use: never sent or stored
        return state
