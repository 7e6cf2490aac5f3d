"""The rights corpus gives one label per letter; our guide-based labels list every right a letter asks for."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from classifiers.data import CORPUS_RIGHTS_PATH, load_rights, read_corpus_rights, text_sha256
from classifiers.errors import TrainingDataError
from classifiers.types import RIGHTS

ACCESS_LETTER = ("I am hereby requesting access according to Article 15. Please provide a copy of all personal data "
                 "concerning me and tell me the purposes of the processing and the source of the data.")
ERASURE_LETTER = "Please erase all personal data concerning me."


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpora" / "rights"
    folder.mkdir(parents=True)
    rows = [
        {"text": ACCESS_LETTER, "label": "access"},
        {"text": ERASURE_LETTER, "label": "erasure"},
        {"text": "You can ask an organisation for a copy of your data.", "label": "hard_negative_informational"},
    ]
    (folder / "letters.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return tmp_path / "corpora"


def _rights(examples) -> dict[str, list[str]]:
    return {ex.id: ex.labels["rights"] for ex in examples}


def test_our_labels_replace_the_corpus_label_for_the_same_text(tmp_path):
    corpora = _corpus(tmp_path)
    relabels = {("letters", 0): (text_sha256(ACCESS_LETTER), ["access", "informed"])}
    got = _rights(load_rights(corpora, relabels))
    assert got["rights:letters:0"] == ["access", "informed"]
    assert got["rights:letters:1"] == ["erasure"]  # no label of ours: the corpus label stands
    assert got["rights:letters:2"] == []


def test_a_changed_corpus_text_falls_back_to_the_corpus_label(tmp_path):
    corpora = _corpus(tmp_path)
    relabels = {("letters", 0): (text_sha256(ACCESS_LETTER + " (edited)"), ["access", "informed"])}
    assert _rights(load_rights(corpora, relabels))["rights:letters:0"] == ["access"]


def test_the_labels_file_is_read_and_checked(tmp_path):
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"file": "letters", "line": 0, "sha256": "ab", "rights": ["access", "informed"]}) + "\n")
    assert read_corpus_rights(good) == {("letters", 0): ("ab", ["access", "informed"])}
    assert read_corpus_rights(tmp_path / "missing.jsonl") == {}
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"file": "letters", "line": 0, "sha256": "ab", "rights": ["access", "deletion"]}) + "\n")
    with pytest.raises(TrainingDataError, match="deletion"):
        read_corpus_rights(bad)


def test_the_shipped_labels_name_known_rights_and_keep_the_corpus_right():
    """Each of our labels still holds the one right the corpus names for that letter (we add, never drop)."""
    from classifiers.data import _RIGHT_OF as corpus_right  # the corpus label -> right the loader gives

    rows = [json.loads(line) for line in CORPUS_RIGHTS_PATH.read_text(encoding="utf-8").splitlines()]
    assert rows, "data/corpus_rights.jsonl is empty"
    for row in rows:
        assert set(row["rights"]) <= set(RIGHTS)
        if row["corpus_label"] in corpus_right:
            assert corpus_right[row["corpus_label"]] in row["rights"], row
    assert len(read_corpus_rights()) == len(rows)  # one label per (file, line)


def test_the_real_article_15_letters_ask_for_more_than_a_copy():
    from classifiers.data import DEFAULT_CORPORA

    if not (DEFAULT_CORPORA / "rights").is_dir():
        pytest.skip(f"the rights corpus is not at {DEFAULT_CORPORA / 'rights'} (../shared/corpora)")
    letters = [ex for ex in load_rights(DEFAULT_CORPORA) if "Article 15" in ex.email.body and "copy" in ex.email.body
               and ex.labels.get("rights")]
    assert letters, "the corpus holds Article 15 access letters"
    for ex in letters:
        assert {"access", "informed"} <= set(ex.labels["rights"]), ex.id  # copy + purposes / recipients / source


def test_the_model_card_names_the_labels_the_rights_corpus_was_read_with():
    from classifiers.training import _data_sources

    sources = _data_sources({"rights": 181, "cfpb": 10})
    assert sources["rights"]["labels"].startswith("data/corpus_rights.jsonl (sha256 ")
    assert sources["rights"]["examples"] == 181 and "datenanfragen" in sources["rights"]["licence"]
    assert "labels" not in sources["cfpb"]
