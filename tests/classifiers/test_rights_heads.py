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


def test_marked_sentences_replace_the_cues_for_that_message():
    # The cues find no erasure in "Bin the lot, I mean everything on file under my name." (no cue word); a person
    # marked it, so it is the positive and the message's other sentences are negatives, not unknown.
    text = "Hello there. I closed the account in May. Bin the lot, I mean everything on file under my name."
    sents, owner, targets = sentence_targets(
        [text, text], [["erasure"], ["erasure"]],
        [{"erasure": ["Bin the lot,  I mean everything on file under my name"]}, None],
    )
    assert sents[:3] == ["Hello there.", "I closed the account in May.", "Bin the lot, I mean everything on file under my name."]
    assert targets["erasure"].tolist()[:3] == [0, 0, 1]
    # without marks the same message has no cue-located positive: every sentence is unknown
    assert targets["erasure"].tolist()[3:] == [-1, -1, -1]
    assert targets["access"].tolist() == [0] * 6


def test_marks_that_match_no_sentence_fall_back_to_the_cues():
    sents, owner, targets = sentence_targets(
        ["Hello there. Please delete all my personal data."], [["erasure"]], [{"erasure": ["text that was in the quoted reply"]}]
    )
    assert targets["erasure"].tolist() == [-1, 1]


def test_load_labelled_reads_marks_for_labelled_rights_only(tmp_path):
    from classifiers.data import load_labelled

    row = {"id": "m1", "source": "s1", "mailbox": "pexa", "from": "a@b.example", "subject": "data", "body": "Bin the lot. Tell me who you sold it to.",
           "html": False, "labels": {"complaint": False, "rights": ["erasure"]},
           "request_sentences": [{"right": "erasure", "text": "Bin the lot."}, {"right": "access", "text": "Tell me who you sold it to."}]}
    path = tmp_path / "marked.jsonl"
    path.write_text(__import__("json").dumps(row) + "\n", encoding="utf-8")
    (ex,) = load_labelled([path])
    # access is not among the row's rights, so its mark is not a training target
    assert ex.labels["request_sentences"] == {"erasure": ["Bin the lot."]}


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


def test_a_row_scoped_to_rights_trains_and_measures_only_rights(tmp_path):
    import json

    from classifiers.data import load_labelled

    labels = {"complaint": True, "explicit": False, "personal_data": True, "breach": True, "rights": ["erasure"],
              "about_other_firm": None, "third_party": False, "auto_generated": False, "category": "personal_data"}
    row = {"id": "m1", "source": "s1", "mailbox": "conexus", "from": "a@b.example", "subject": "data", "html": False,
           "body": "You sent my statement to my neighbour. Bin everything you hold on me.", "labels": labels,
           "request_sentences": [{"right": "erasure", "text": "Bin everything you hold on me."}]}
    path = tmp_path / "scoped.jsonl"
    path.write_text(json.dumps(dict(row, train_labels=["rights"])) + "\n" + json.dumps(dict(row, id="m2")) + "\n", encoding="utf-8")
    scoped, whole = load_labelled([path])
    # the complaint, breach and category heads never see the scoped row; the rights heads and their marks do
    assert scoped.labels == {"rights": ["erasure"], "request_sentences": {"erasure": ["Bin everything you hold on me."]}}
    assert whole.labels["complaint"] is True and whole.labels["breach"] is True and whole.labels["category"] == "personal_data"
