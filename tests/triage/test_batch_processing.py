"""The batch path of processing (issue 8, "Measure"): the intake NLP read before the transaction, one
write of the inbound row and the case, references counted on within a transaction, big messages parsed
once. Each is checked against what the one-message path (or the old code) gives."""

from __future__ import annotations

import email
import email.policy
import hashlib
import random
import re

import pytest
from sqlalchemy import event, select

from tests.conftest import deliver, make_settings
from tests.triage.test_intake_details import COMPLETE, MISSING, THIRD_PARTY, VULNERABLE, inbox
from tests.triage.test_intake_details import settings as settings  # noqa: F401
from triage.bootstrap import bootstrap
from triage.db import unit_of_work
from triage.intake import body_sha256, header_message_id
from triage.models import AuditEvent, Case, InboundMessage, ReferenceCounter
from triage.register_view import iter_case_records

SAMPLES = {"missing": MISSING, "complete": COMPLETE, "vulnerable": VULNERABLE, "third_party": THIRD_PARTY}
KEYS = ("reference", "kind", "details", "details_missing", "vulnerable", "vulnerability", "priority", "authority", "needs_review", "review_reasons")


def _records(app) -> dict[str, dict]:
    with unit_of_work(app.factory) as session:
        subjects = {c.reference: c.subject for c in session.scalars(select(Case))}
    return {subjects[r["reference"]]: {k: r.get(k) for k in KEYS if k != "reference"} for r in iter_case_records(app.factory)}


def _normalise(record: dict) -> str:
    # The evidence names the message it came from ("message:<id>"): ids differ between the two runs.
    return re.sub(r"message:\d+", "message:N", repr(record))


def test_the_batch_reads_intake_before_the_transaction_and_stores_what_the_single_path_stores(settings, shipped_classifier, tmp_path):  # noqa: F811
    alone: dict[str, dict] = {}
    for name, raw in SAMPLES.items():  # one message per run: the in-transaction path
        single = make_settings(tmp_path / name, policy={"profile": "conexus"})
        application = bootstrap(single, classifier=shipped_classifier)
        try:
            deliver(single.path("mailbox", "path"), name, raw)
            (outcome,) = application.service().run_once().outcomes
            assert outcome.case_kind is not None
            alone.update(_records(application))
        finally:
            application.close()

    application = bootstrap(settings, classifier=shipped_classifier)
    try:
        for order, (name, raw) in enumerate(SAMPLES.items()):
            deliver(inbox(settings), name, raw, order=order)
        processor = application.processor
        seen: list[int] = []
        original = processor._process_in

        def spy(session, message_id, prepared=None, *args, **kwargs):
            if prepared is not None and prepared.intake is not None and prepared.intake.error is None:
                seen.append(message_id)  # read before its transaction (the decision only stores it)
            return original(session, message_id, prepared, *args, **kwargs)

        processor._process_in = spy
        outcomes = application.service().run_once().outcomes
        assert len(outcomes) == 4 and len(seen) == 4  # all four were read before their transaction
        together = _records(application)
        with unit_of_work(application.factory) as session:
            events = session.scalars(select(AuditEvent.event).where(AuditEvent.event.in_(("intake_recorded", "vulnerability_flagged")))).all()
    finally:
        application.close()
    assert sorted(events).count("intake_recorded") == 4 and "vulnerability_flagged" in events
    assert set(together) == set(alone)
    for subject in alone:
        assert _normalise(together[subject]) == _normalise(alone[subject]), subject


def test_a_failing_intake_in_the_batch_still_registers_and_acknowledges(app, settings, monkeypatch):  # noqa: F811
    import classifiers.vulnerability

    def broken(text):  # noqa: ANN001, ANN202
        raise RuntimeError("detector exploded")

    monkeypatch.setattr(classifiers.vulnerability, "detect_vulnerability", broken)
    deliver(inbox(settings), "gp", MISSING, order=1)
    deliver(inbox(settings), "hm", COMPLETE, order=2)
    outcomes = app.service().run_once().outcomes
    assert [o.case_kind for o in outcomes] == ["complaint", "complaint"]
    for record in iter_case_records(app.factory):
        assert record["needs_review"]
        assert any("intake details could not be assessed (RuntimeError)" in r for r in record["review_reasons"])
    with unit_of_work(app.factory) as session:
        details = session.scalars(select(AuditEvent.detail).where(AuditEvent.event == "intake_recorded")).all()
    assert details == [{"error": "RuntimeError"}, {"error": "RuntimeError"}]


def test_the_batch_nlp_in_worker_processes_gives_what_one_process_gives(app, monkeypatch):
    from mail.parse import parse_message
    from triage import intake_details, processing

    processor = app.processor
    raws = list(SAMPLES.values()) * 30  # 120: three tasks of decide_chunk
    items = [(i, raw, hashlib.sha256(raw).hexdigest(), False) for i, raw in enumerate(raws, 1)]
    monkeypatch.setattr(processing, "_workers_wanted", lambda: 1)
    here = list(processor._prepare_items(items))
    monkeypatch.setattr(processing, "_workers_wanted", lambda: 2)
    monkeypatch.setattr(processing, "NLP_PARALLEL_MIN", 2)
    forked = list(processor._prepare_items(items))
    assert forked == here
    assert all(item.triage is not None and item.intake is not None and item.intake.error is None for item in here)
    # Parsed in the worker as here, with the headers' auto-mail verdict.
    parsed = parse_message(raws[0])
    assert here[0].parsed == parsed and here[0].auto == processor._auto_mail(parsed)
    config = processor.config.intake
    text = intake_details._message_text(parsed)
    assert here[0].intake.details == intake_details.extract(text, config, source="message:1")


def test_a_new_case_writes_the_inbound_row_and_the_case_once(app, settings):  # noqa: F811
    for order, (name, raw) in enumerate(SAMPLES.items()):
        deliver(inbox(settings), name, raw, order=order)
    statements: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany):  # noqa: ANN001, ANN202
        statements.append(statement.split("(")[0].strip())

    event.listen(app.engine, "before_cursor_execute", record)
    try:
        app.service().run_once()
    finally:
        event.remove(app.engine, "before_cursor_execute", record)
    updates_of_rows = [s for s in statements if s.startswith("UPDATE inbound_messages")]
    updates_of_cases = [s for s in statements if s.startswith("UPDATE cases")]
    counters = [s for s in statements if s.startswith("SELECT reference_counters")]
    assert len(updates_of_rows) == 4  # once per message: parse fields, status and case together
    assert len(updates_of_cases) <= 4  # only the acknowledgement's bookkeeping, no second write of the intake
    assert len(counters) == 1  # the counter is read once per transaction and counted on
    with unit_of_work(app.factory) as session:
        references = sorted(session.scalars(select(Case.reference)))
        (counter,) = session.scalars(select(ReferenceCounter)).all()
        assert all(row.case_id for row in session.scalars(select(InboundMessage)))
    assert references == [f"CMP-{references[0][4:8]}-{n:06d}" for n in range(1, 5)]
    assert counter.last_value == 4


def test_a_rolled_back_savepoint_does_not_reuse_or_skip_a_reference(app, settings):  # noqa: F811
    from triage.references import allocate_reference

    with unit_of_work(app.factory) as session:
        assert allocate_reference(session, "complaint", 2026) == "CMP-2026-000001"
        session.flush()
        with pytest.raises(RuntimeError):
            with session.begin_nested():
                assert allocate_reference(session, "complaint", 2026) == "CMP-2026-000002"
                session.flush()
                raise RuntimeError("this message fails")
        assert allocate_reference(session, "complaint", 2026) == "CMP-2026-000002"
        assert allocate_reference(session, "enquiry", 2026) == "ENQ-2026-000001"
    with unit_of_work(app.factory) as session:
        assert allocate_reference(session, "complaint", 2026) == "CMP-2026-000003"  # a new transaction reads it again


# -- the intake hashes and the parser, in pieces --------------------------------------------------------------------


def _old_body_sha256(raw: bytes) -> str:
    parts = re.compile(rb"\r?\n\r?\n").split(raw, 1)
    body = parts[1] if len(parts) == 2 else b""
    return hashlib.sha256(body.replace(b"\r\n", b"\n").rstrip(b"\n")).hexdigest()


def test_body_hash_in_pieces_is_the_hash_of_the_whole(monkeypatch):
    import triage.intake

    monkeypatch.setattr(triage.intake, "_HASH_CHUNK", 5)
    rnd = random.Random(8)
    alphabet = [b"\r", b"\n", b"x", b"\r\n", b"\n\n", b"\r\n\r\n", b"Message-ID: <a@b>"]
    for _ in range(20000):
        raw = b"".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 24)))
        assert body_sha256(raw) == _old_body_sha256(raw), raw
    assert header_message_id(b"Message-ID: <a@b>\r\n\r\nMessage-ID: <c@d>\r\n") == "<a@b>"
    assert header_message_id(b"Subject: x\r\n\r\nMessage-ID: <c@d>\r\n") is None


def test_a_big_attachment_is_parsed_once_with_its_hash(monkeypatch):
    import mailparser

    from mail import parse

    payload = random.Random(3).randbytes(3 * 1024 * 1024)
    message = email.message.EmailMessage()
    message["From"] = "Pat Doe <pat.doe@example.org>"
    message["Subject"] = "complaint, statements attached"
    message["Message-ID"] = "<big@example.org>"
    message.set_content("I want to complain about the charges. The statements are attached.\n")
    message.add_attachment(payload, maintype="application", subtype="pdf", filename="statements.pdf")
    raw = bytes(message)

    calls: list[str] = []
    real = email.message_from_bytes
    monkeypatch.setattr(mailparser, "parse_from_bytes", lambda *a, **k: calls.append("mail-parser parsed again"))
    monkeypatch.setattr(email, "message_from_bytes", lambda *a, **k: calls.append("stdlib parsed again") or real(*a, **k))
    parsed = parse.parse_message(raw)
    assert calls == []
    assert parsed.parser == "mail-parser"
    (attachment,) = parsed.attachments
    assert attachment.filename == "statements.pdf" and attachment.size == len(payload)
    assert attachment.sha256 == hashlib.sha256(payload).hexdigest()
    # The Message fed in pieces is the Message parsed at once.
    assert parse._stdlib_parse(raw).as_bytes() == real(raw, policy=email.policy.compat32).as_bytes()
