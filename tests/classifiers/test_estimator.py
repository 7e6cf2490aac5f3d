"""scikit-learn contract: build_pipeline(**params), fit returns self, clone and get/set_params work."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.exceptions import NotFittedError

from classifiers import build_pipeline
from classifiers.features import CueFeatures
from classifiers.model import TriageModel

POS = [
    "This is the third time you have charged me twice, I want a refund now.",
    "I have been on hold for an hour again and nobody calls me back. Unacceptable.",
    "Your agent was rude and I want to make a formal complaint.",
    "Still no reply after eight weeks, this is not good enough, please respond.",
    "You sent my letter to the wrong address, I am furious, explain how this happened.",
    "The fee is wrong and you keep ignoring my emails. Fix it.",
]
NEG = [
    "Could you tell me how long lodgement normally takes?",
    "Thanks for your help yesterday, all sorted.",
    "Please find attached the signed form for the workspace.",
    "What are your opening hours over the bank holiday?",
    "Can I update the email address on my account to the one below?",
    "Meeting moved to 3pm, see you there.",
]
X = POS + NEG
Y = [1] * len(POS) + [0] * len(NEG)


def test_build_pipeline_fit_returns_self_and_predicts_probabilities():
    pipe = build_pipeline(cv=2, min_df=1)
    assert pipe.fit(X, Y) is pipe
    proba = pipe.predict_proba(["you charged me twice again, refund me"])
    assert proba.shape == (1, 2) and np.allclose(proba.sum(axis=1), 1)


def test_params_are_tunable_and_clone_is_unfitted():
    pipe = build_pipeline(C=1.0, cv=2, min_df=1)
    pipe.set_params(clf__estimator__C=2.0, features__word__ngram_range=(1, 1))
    assert pipe.get_params()["clf__estimator__C"] == 2.0
    fresh = clone(pipe)
    assert fresh.get_params()["features__word__ngram_range"] == (1, 1)
    assert not hasattr(fresh.named_steps["clf"], "calibrated_classifiers_")


def test_cue_features_contract():
    cf = CueFeatures(scale=2.0)
    assert cf.fit(X) is cf and cf.n_features_out_ == len(cf.get_feature_names_out())
    assert cf.transform(X).shape == (len(X), cf.n_features_out_)
    assert clone(cf).get_params() == {"scale": 2.0}


def test_triage_model_contract():
    m = TriageModel(calibration_cv=2, min_positives=2, word_max_features=500, char_max_features=500)
    with pytest.raises(NotFittedError):
        m.predict_scores(["x"])
    labels = [{"complaint": bool(y), "category": "fees_charges" if i % 2 else "delay", "breach": i == 4,
               "third_party": False} for i, y in enumerate(Y)]
    assert m.fit(X, labels) is m
    assert hasattr(m, "features_") and hasattr(m, "complaint_head_")
    s = m.predict_scores(["you charged me twice"])
    assert 0.0 <= s["complaint"][0] <= 1.0
    assert set(m.predict(X)) <= {0, 1}
    c = clone(m)
    assert c.get_params() == m.get_params() and not hasattr(c, "features_")
    # plain 0/1 labels work too (sklearn style)
    assert TriageModel(calibration_cv=2, word_max_features=500, char_max_features=500).fit(X, Y).predict_proba(X).shape == (len(X), 2)


def test_every_calibration_fold_learns_from_every_source():
    """Training rows arrive in blocks by source (labelled files, then each corpus). Unshuffled folds held out a
    whole block, so one fold's model never saw a source and scored its wording as if it meant nothing."""
    sources = {"a": ("xylophone kazoo", "kettle"), "b": ("quokka wombat", "teapot"), "c": ("fjord glacier", "saucepan")}
    X, y = [], []
    for pos, neg in sources.values():
        for _ in range(10):
            X += [f"{pos} {pos} broken refund", f"{neg} ordinary note"]
            y += [1, 0]
    m = TriageModel(calibration_cv=3, hard_negative_weight=1.0, word_max_features=200, char_max_features=200).fit(X, y)
    M = m.transform_texts(["fjord glacier fjord glacier"])
    pull = [float(c.estimator.decision_function(M)[0] - c.estimator.intercept_[0]) for c in m.complaint_head_.calibrated_classifiers_]
    assert len(pull) == 3 and min(pull) > 0.5 * max(pull) > 0  # (unshuffled: one fold's pull was ~2 % of the others')
    assert m.complaint_head_.cv == 3  # the saved head keeps a fold count, not a splitter object


def test_breach_threshold_is_chosen_recall_first_down_to_a_precision_floor():
    from classifiers.training import _best_threshold, recall_first_threshold

    gold = np.array([True, True, True, True, False, False, False, False])
    probs = np.array([0.9, 0.8, 0.7, 0.12, 0.15, 0.11, 0.04, 0.03])
    grid = [0.05, 0.1, 0.15, 0.2, 0.5]
    # F1 keeps 0.2 (3 of 4 breaches, no false flag); recall first goes down to 0.1, where all four are found at
    # precision 4/6, above the floor (0.05 finds no more, so the higher threshold is kept).
    assert _best_threshold(probs, gold, grid)[1] == 0.2
    assert recall_first_threshold(probs, gold, grid, 0.6) == 0.1
    # a floor above 4/6 leaves 3 of 4 found, at the highest threshold that finds them
    assert recall_first_threshold(probs, gold, grid, 0.7) == 0.5
    # the rule's hits count: with the rule finding the 0.12 breach, 0.5 already finds every one
    rule = np.array([False, False, False, True, False, False, False, False])
    assert recall_first_threshold(probs, gold, grid, 0.6, rule) == 0.5
    # nothing precise enough: no choice (the caller keeps its own)
    assert recall_first_threshold(probs, ~gold, grid, 0.9) is None


def test_third_party_is_tuned_on_business_mail_too_but_breach_on_labelled_mail_only():
    from classifiers.data import Example
    from classifiers.training import tuning_rows
    from classifiers.types import EmailText

    def row(origin, **labels):
        return Example(id=origin, group=origin, origin=origin, email=EmailText(body="x"), labels=labels)

    dev = [
        row("labelled", third_party=True, breach=False),
        row("enron", third_party=False, breach=False),  # "on behalf of Jeff": where the third-party rule goes wrong
        row("cfpb", complaint=True),  # defines neither
        row("labelled", third_party=False, breach=True, auto_generated=True),  # machine mail: never tuned on
    ]
    assert tuning_rows(dev, "third_party") == [0, 1]
    assert tuning_rows(dev, "breach") == [0]
