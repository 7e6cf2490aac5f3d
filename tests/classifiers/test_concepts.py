"""The concept block of the rights sentence heads: words mapped to meaning classes, so that a head which
learned a request in some words also knows it in others."""

from __future__ import annotations

import numpy as np

from classifiers.concepts import N_CONCEPT_FEATURES, concept_columns, concept_feature_names, concept_matrix
from classifiers.model import TriageModel
from tests.classifiers.test_rights_heads import ERASE, OTHER

NAMES = concept_feature_names()


def _named(sentence: str) -> set[str]:
    return {NAMES[c] for c in concept_columns(sentence)}


def test_different_words_for_one_request_share_its_structure():
    a = _named("Please replace my mobile with the office switchboard.")
    b = _named("Kindly amend the postcode on my record")
    for feature in ("concept_ask", "concept_fix", "concept_mine", "concept_data", "concept_data+fix", "concept_ask+fix"):
        assert feature in a and feature in b
    assert "concept_data+fix" not in _named("Meeting moved to 3pm, see you there.")
    assert "concept_question" in _named("Which firms received the data?")


def test_rows_are_normalised_and_empty_sentences_are_zero():
    M = concept_matrix(["Please delete my data.", "", "zzz qqq"], scale=2.0)
    assert M.shape == (3, N_CONCEPT_FEATURES) and len(NAMES) == N_CONCEPT_FEATURES
    norms = np.sqrt(np.asarray(M.multiply(M).sum(axis=1)).ravel())
    assert np.allclose(norms, [2.0, 0.0, 0.0])


def _sentence_score(model: TriageModel, sentence: str) -> float:
    return float(model.rights_sentence_heads_["erasure"].predict_proba(model.transform_sentences([sentence]))[0, 1])


def test_a_sentence_head_knows_a_request_in_words_it_never_saw():
    X = ERASE + OTHER
    labels = [{"complaint": i % 3 == 0, "rights": ["erasure"] if i < len(ERASE) else []} for i in range(len(X))]
    params = dict(calibration_cv=2, min_positives=2, word_max_features=500, char_max_features=500)
    with_block = TriageModel(sentence_concepts=1.0, **params).fit(X, labels)
    without = TriageModel(**params).fit(X, labels)  # the default: off
    # requests in words the training requests never used (bar "me", "please", "you"): the block gives the head
    # the structure (ask + delete + data + mine) it learned from "delete"/"erase" + "personal data"
    for unseen in ("Kindly wipe out the records you keep on me.", "Please get rid of the file you hold on me."):
        assert _sentence_score(with_block, unseen) > 2 * _sentence_score(without, unseen)
    # and a sentence that is no request stays low with the block
    assert _sentence_score(with_block, "Meeting moved to 3pm, see you there.") < 0.5


def test_a_model_saved_without_the_block_scores_sentences_as_before():
    X = ERASE + OTHER
    labels = [{"complaint": i % 3 == 0, "rights": ["erasure"] if i < len(ERASE) else []} for i in range(len(X))]
    m = TriageModel(sentence_concepts=0.0, calibration_cv=2, min_positives=2, word_max_features=500, char_max_features=500).fit(X, labels)
    del m.sentence_concept_scale_  # as in a model file written before the block existed
    assert m.transform_sentences(X).shape == m.transform_texts(X).shape
    assert np.allclose(m.transform_sentences(X).toarray(), m.transform_texts(X).toarray())


def test_train_with_the_block_on_real_mail_and_both_model_forms_score_alike(tmp_path):
    """`run_bot.py train --sentence-concepts 1` on a labelled file: the card records it, the saved model's sentence
    heads use the block, and the compiled form (what the service scores with) gives the same rights scores."""
    import argparse

    from classifiers.cli import register
    from classifiers.store import load_model
    from triage.config import REPO_ROOT

    parser = argparse.ArgumentParser()
    register(parser.add_subparsers(dest="command"))
    out = tmp_path / "model"
    args = parser.parse_args(["train", "--data", str(REPO_ROOT / "data/labelled/rights_pexa_everyday.jsonl"),
                              "--corpora", str(tmp_path / "no-corpora"), "--out", str(out), "--sentence-concepts", "1"])
    assert args.func(args) == 0
    model, card = load_model(out)
    assert card["params"]["sentence_concepts"] == 1.0 and model.sentence_concept_scale_ == 1.0 and model.rights_sentence_heads_
    compiled = model.compile()
    texts = ["Hello. Could you kindly swap the mobile number on my profile for my office line? Thanks",
             "Please wipe the records you keep on me and close my login.", "Meeting moved to 3pm."] * 2
    a, b = model.predict_scores(texts), compiled.predict_scores(texts)
    for key in (k for k in a if k.startswith("right:")):
        assert np.allclose(a[key], b[key], atol=1e-4)
    assert compiled.transform_sentences(texts).shape[1] == model.transform_texts(texts).shape[1] + N_CONCEPT_FEATURES
