"""Rights heads: sentence-level training rows, sentence scoring (gated), grouped out-of-fold threshold."""

from __future__ import annotations

import numpy as np

from classifiers import training
from classifiers.model import RIGHTS_SENTENCE_GATE, TriageModel, rights_sentences, sentence_targets

ERASE = [
    "Hello, I closed my account last year. Please delete all my personal data. Thanks, Ann",
    "Dear team, I moved house recently. I want you to erase everything you hold about me. Regards",
    "Hi, please delete my personal data and confirm when done.",
    "To whom it may concern. Please erase my personal data under Article 17. Yours, B",
    "I no longer use your service. Kindly delete all my personal data.",
    "Good morning. Erase everything you hold about me, please. Bob",
]
OTHER = [
    "Could you tell me how long lodgement normally takes?",
    "Thanks for your help yesterday, all sorted.",
    "Please find attached the signed form for the workspace.",
    "What are your opening hours over the bank holiday?",
    "Meeting moved to 3pm, see you there.",
    "The fee on my statement is wrong, please look into it.",
    "Please delete the draft I uploaded by mistake, the new one is attached.",
    "Can you send me the course dates for next month?",
]


def test_rights_sentences_split_and_fallback():
    assert rights_sentences("Hi. Please delete my data. Thanks!\nBob Smith") == ["Please delete my data.", "Bob Smith"]
    assert rights_sentences("ok") == ["ok"]  # a message with no sentence of >= 2 words is scored whole
    assert all(len(s) <= 2000 for s in rights_sentences("word " * 2000))


def test_sentence_targets_positive_only_where_the_cue_is():
    sents, owner, targets = sentence_targets(
        ["Hello there. Please delete all my personal data.", "Meeting moved to 3pm, see you there."],
        [["erasure"], []],
    )
    assert owner == [0, 0, 1]
    # the greeting of the erasure message is unknown (-1), the request sentence positive, the other mail negative
    assert targets["erasure"].tolist() == [-1, 1, 0]
    assert targets["access"].tolist() == [0, 0, 0]


def _fit():
    X = ERASE + OTHER
    labels = [{"complaint": i % 3 == 0, "rights": ["erasure"] if i < len(ERASE) else []} for i in range(len(X))]
    return X, labels, TriageModel(calibration_cv=2, min_positives=2, word_max_features=500, char_max_features=500).fit(X, labels)


def test_sentence_heads_fitted_and_scores_stay_probabilities():
    X, labels, m = _fit()
    assert "erasure" in m.rights_heads_ and "erasure" in m.rights_sentence_heads_
    s = m.predict_scores(X)
    assert np.all((0 <= s["right:erasure"]) & (s["right:erasure"] <= 1))
    assert s["right:erasure"][: len(ERASE)].mean() > s["right:erasure"][len(ERASE):].mean()
    # messages below the gate keep their message-level score exactly
    base = m.scores_from_matrix(m.transform_texts(X))["right:erasure"]
    low = base < RIGHTS_SENTENCE_GATE
    assert np.allclose(s["right:erasure"][low], base[low])
    # a model without sentence heads (saved before they existed) scores as before
    del m.rights_sentence_heads_
    assert np.allclose(m.predict_scores(X)["right:erasure"], base)


def test_rights_oof_scores_grouped_and_threshold_choice():
    X, labels, m = _fit()
    groups = [f"g{i % 5}" for i in range(len(X))]
    gold, scores = m.rights_oof_scores(X, labels, None, groups)
    assert len(gold) == len(X) and set(scores) == set(m.rights_heads_)
    assert all(len(v) == len(X) for v in scores.values())
    t, info = training.choose_rights_threshold(gold, scores)
    assert 0.2 <= t <= 0.95 and "rule" in info


def test_choose_rights_threshold_lowest_precise_enough():
    gold = [["erasure"], ["erasure"], [], [], []]
    scores = {"erasure": np.array([0.9, 0.5, 0.45, 0.1, 0.2])}
    t, info = training.choose_rights_threshold(gold, scores)
    # 0.45 is a false positive: the lowest threshold with precision >= 0.9 is just above it
    assert t == 0.5 and info["oof_micro_precision"] == 1.0 and info["oof_micro_recall"] == 1.0
    t, info = training.choose_rights_threshold([], {})
    assert t == training.DEFAULT_THRESHOLDS["right_model"]


def test_compacted_model_scores_like_the_fitted_one():
    X, labels, m = _fit()
    before = m.predict_scores(X)["right:erasure"]
    m.compact()
    assert np.allclose(m.predict_scores(X)["right:erasure"], before, atol=1e-4)
