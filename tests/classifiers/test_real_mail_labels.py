"""Machine-mail labels of real mail (data/corpus_labels): well formed, tied to the corpus files they label, and
measured by `evaluate` beside the other corpus figures."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from classifiers.errors import TrainingDataError
from classifiers.real_mail import (
    KINDS, MACHINE_MAIL_LABELS_DIR, MachineMailLabel, load_labelled_real_mail, machine_mail_metrics, read_machine_mail_labels,
)
from classifiers.training import evaluate_model
from classifiers.types import Triage

BOUNCE = (
    b"From: Mail Delivery System <MAILER-DAEMON@mx.example.org>\r\nTo: complaints@firm.example\r\n"
    b"Subject: Undelivered Mail Returned to Sender\r\nAuto-Submitted: auto-replied\r\n"
    b"Content-Type: text/plain\r\n\r\nThis is the mail system at host mx.example.org. Your message could not be "
    b"delivered to one or more recipients.\r\n"
)
PERSON = (
    b"From: Jo Bloggs <jo@example.com>\r\nTo: complaints@firm.example\r\nSubject: my account\r\n"
    b"Content-Type: text/plain\r\n\r\nCould you tell me when my next statement is due? Many thanks, Jo\r\n"
)


def _row(path: str, raw: bytes, auto: bool, kind: str, forwarded: bool = False) -> dict:
    return {"corpus": "mime", "path": path, "sha256": hashlib.sha256(raw).hexdigest(), "auto_generated": auto,
            "kind": kind, "person_forwarded_machine_mail": forwarded, "why": "test row"}


def _corpus(tmp_path: Path, messages: dict[str, bytes], rows: list[dict]) -> tuple[Path, Path]:
    corpora, labels = tmp_path / "corpora", tmp_path / "labels"
    for rel, raw in messages.items():
        (corpora / "mime" / rel).parent.mkdir(parents=True, exist_ok=True)
        (corpora / "mime" / rel).write_bytes(raw)
    labels.mkdir()
    (labels / "machine_mail_test.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return corpora, labels


def _one_question(tmp_path: Path) -> Path:
    """A labelled file of one row in our schema (evaluate needs some labelled rows beside the real mail)."""
    data = tmp_path / "one.jsonl"
    data.write_text(json.dumps({
        "id": "one-1", "mailbox": "pexa", "from": "Jo <jo@example.com>", "subject": "statement", "headers": {},
        "body": "When is my next statement due?", "html": False, "note": "a question", "source": "one",
        "labels": {"complaint": False, "explicit": False, "personal_data": False, "breach": False, "rights": [],
                   "about_other_firm": None, "third_party": False, "auto_generated": False, "category": "none"},
    }) + "\n", encoding="utf-8")
    return data


def test_the_shipped_label_files_are_well_formed_and_match_their_corpus_files(corpora):
    labels = read_machine_mail_labels(MACHINE_MAIL_LABELS_DIR)
    if not labels:
        pytest.skip("no machine-mail labels in data/corpus_labels")
    assert len({(lab.corpus, lab.path) for lab in labels}) == len(labels), "a message is labelled twice"
    for lab in labels:
        raw = (corpora / lab.corpus / lab.path).read_bytes()
        assert hashlib.sha256(raw).hexdigest() == lab.sha256, lab.path
    assert {lab.kind for lab in labels} <= set(KINDS)


def test_a_malformed_label_row_names_its_file_and_line(tmp_path):
    rows = [_row("a/1.eml", PERSON, False, "person"), {**_row("a/2.eml", BOUNCE, False, "bounce_or_dsn")}]
    _, labels = _corpus(tmp_path, {}, rows)
    with pytest.raises(TrainingDataError, match=r"machine_mail_test.jsonl:2: auto_generated=False disagrees"):
        read_machine_mail_labels(labels)


def test_the_figures_count_machine_mail_found_and_a_persons_mail_called_machine_mail():
    labels = [
        MachineMailLabel("mime", "r/1", "x", True, "bounce_or_dsn", False),
        MachineMailLabel("mime", "r/2", "x", True, "out_of_office", False),
        MachineMailLabel("enron", "u/f/3.", "x", False, "person", True),
        MachineMailLabel("enron", "u/f/4.", "x", False, "person", False),
    ]
    called = [True, False, True, False]
    preds = [Triage(complaint=False, complaint_score=0.0, auto_generated=a) for a in called]
    m = machine_mail_metrics(labels, preds)
    assert (m["tp"], m["fp"], m["fn"]) == (1, 1, 1) and m["precision"] == 0.5 and m["recall"] == 0.5
    assert m["by_corpus"]["mime"]["recall"] == 0.5 and m["by_corpus"]["enron"]["fp"] == 1
    assert m["called_machine_mail_by_kind"] == {"out_of_office": "0 of 1", "bounce_or_dsn": "1 of 1", "person": "1 of 2"}
    assert m["person_forwarding_machine_mail_called_machine_mail"] == "1 of 1"
    spam = machine_mail_metrics(labels + [MachineMailLabel("mime", "r/5", "x", True, "spam_bulk", False)], preds + preds[:1])
    assert spam["tp"] == 2 and spam["without_spam"]["tp"] == 1 and spam["without_spam"]["n"] == 4


def test_a_label_whose_file_changed_is_set_aside_not_measured(tmp_path):
    rows = [_row("a/bounce.eml", BOUNCE, True, "bounce_or_dsn"), _row("a/person.eml", PERSON, False, "person")]
    corpora, labels = _corpus(tmp_path, {"a/bounce.eml": BOUNCE, "a/person.eml": PERSON + b"edited\r\n"}, rows)
    pairs, stale = load_labelled_real_mail(corpora, read_machine_mail_labels(labels))
    assert [lab.path for lab, _ in pairs] == ["a/bounce.eml"] and stale == 1
    assert pairs[0][1].subject == "Undelivered Mail Returned to Sender"


def test_evaluate_reports_machine_mail_on_labelled_real_mail(tmp_path):
    rows = [_row("a/bounce.eml", BOUNCE, True, "bounce_or_dsn"), _row("a/person.eml", PERSON, False, "person")]
    corpora, labels = _corpus(tmp_path, {"a/bounce.eml": BOUNCE, "a/person.eml": PERSON}, rows)
    data = _one_question(tmp_path)
    # an empty model directory: the keyword-rules classifier, which reads the Auto-Submitted header
    result = evaluate_model(tmp_path / "no-model", [data], corpora_dir=corpora, include_guide=False, split="all", machine_mail_labels=labels)
    real = result["real_mail_auto_generated"]
    assert (real["n"], real["tp"], real["fp"], real["fn"]) == (2, 1, 0, 0)
    assert real["called_machine_mail_by_kind"] == {"bounce_or_dsn": "1 of 1", "person": "0 of 1"}
    # without corpora there is nothing to measure
    assert "real_mail_auto_generated" not in evaluate_model(tmp_path / "no-model", [data], include_guide=False, split="all", machine_mail_labels=labels)


def test_a_part_in_a_charset_python_does_not_know_is_read_as_text_the_same_every_time():
    """A real newsletter declares "x-mac-cyrillic": the stdlib cannot decode it, and the corpus reader's old
    fallback read the repr of the part objects, memory addresses included, so its verdict changed from run to run.
    The corpus reader is now the bot's own parser (`mail.parse`), which must read it the same way every time."""
    from classifiers.data import parse_rfc822

    raw = (
        b"From: News <news@example.org>\r\nSubject: Issue 11\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/alternative; boundary="b1"\r\n\r\n--b1\r\n'
        b'Content-Type: text/plain; charset="x-unknown-charset"\r\n\r\nACADEMIC NEWSLETTER 11\r\nView in browser.\r\n'
        b'--b1\r\nContent-Type: text/html; charset="x-mac-cyrillic"\r\n\r\n<p>ACADEMIC NEWSLETTER 11</p>\r\n--b1--\r\n'
    )
    first, second = parse_rfc822(raw), parse_rfc822(raw)
    assert first == second
    assert first.body.startswith("ACADEMIC NEWSLETTER 11") and "object at 0x" not in first.body
    assert first.html is not None and "<p>ACADEMIC NEWSLETTER 11</p>" in first.html


def test_the_predictions_file_lists_the_real_mail_measured_without_its_text(tmp_path):
    """An analyst's --predictions file: the labelled rows, then each real message measured for machine mail, by id,
    with its gold kind and the verdict; no message text."""
    import argparse

    from classifiers.cli import _write_extras

    rows = [_row("a/bounce.eml", BOUNCE, True, "bounce_or_dsn"), _row("a/person.eml", PERSON, False, "person")]
    corpora, labels = _corpus(tmp_path, {"a/bounce.eml": BOUNCE, "a/person.eml": PERSON}, rows)
    data = _one_question(tmp_path)
    result = evaluate_model(tmp_path / "no-model", [data], corpora_dir=corpora, include_guide=False, split="all",
                            machine_mail_labels=labels, return_predictions=True)
    out = tmp_path / "rows.jsonl"
    _write_extras(argparse.Namespace(predictions=str(out), report=None), result)
    written = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in written] == ["labelled:one:one-1", "mime:a/bounce.eml", "mime:a/person.eml"]
    bounce = written[1]
    assert bounce["origin"] == "real_mime" and bounce["gold"] == {"auto_generated": True, "kind": "bounce_or_dsn"}
    assert bounce["predicted"]["auto_generated"] is True
    assert "Undelivered" not in out.read_text(encoding="utf-8") and "statement" not in out.read_text(encoding="utf-8")
