"""Retention and erasure on a register the real pipeline filled: what is purged, what is kept and why."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from tests.conftest import deliver
from tests.triage.test_pipeline import COMPLAINT, OUT_OF_OFFICE
from triage.bootstrap import bootstrap
from triage.cli import main
from triage.db import unit_of_work
from triage.models import AuditEvent, Case, InboundMessage, Letter
from triage.rawstore import RawStore
from triage.retention import CaseFacts, RetentionRules, add_years, decide, decide_erasure
from triage.review import resolve_case

ENQUIRY = (
    b"From: Margaret Ellis <m.ellis@example.org>\r\nTo: complaints@firm.example\r\n"
    b"Subject: Opening hours\r\nMessage-ID: <enquiry-1@example.org>\r\n"
    b"Date: Mon, 16 Nov 2026 10:00:00 +0000\r\n\r\n"
    b"Hello, could you tell me what time your office opens on Saturdays? Many thanks, Margaret\r\n"
)


@pytest.fixture
def filled(settings, shipped_classifier, tmp_path, monkeypatch):
    """A register with a resolved complaint, an enquiry and an out-of-office reply; returns the
    complaint's reference, the enquiry's reference and the time the mail arrived."""
    inbox = settings.path("mailbox", "path")
    deliver(inbox, "c", COMPLAINT, order=1)
    deliver(inbox, "e", ENQUIRY, order=2)
    deliver(inbox, "o", OUT_OF_OFFICE, order=3)
    app = bootstrap(settings, classifier=shipped_classifier)
    try:
        app.service().run_once()
        with unit_of_work(app.factory) as session:
            cases = {c.kind: c for c in session.scalars(select(Case))}
            complaint = next(c for c in cases.values() if c.complaint)
            enquiry = next(c for c in cases.values() if c.status == "no_action")
            resolve_case(session, complaint.reference, "handler")
            references = (complaint.reference, enquiry.reference)
            received = max(m.received_at for m in session.scalars(select(InboundMessage)))
    finally:
        app.close()
    # The CLI reads the same register through a settings file.
    config = tmp_path / "triage.toml"
    lines = []
    for section, values in settings.values.items():
        lines.append(f"[{section}]")
        for key, value in values.items():
            lines.append(f"{key} = {json.dumps(value)}")
    config.write_text("\n".join(lines) + "\n")
    received = received if received.tzinfo else received.replace(tzinfo=timezone.utc)
    return references, received, config


def cli(capsys, *args: str) -> dict:
    code = main(list(args))
    out = capsys.readouterr().out
    assert code == 0, out
    return json.loads(out)


def by_reference(report: dict) -> dict:
    return {item["reference"]: item for item in report["items"] if item["reference"]}


def test_nothing_is_purged_early_and_the_reasons_are_given(filled, capsys):
    (complaint, enquiry), received, config = filled
    report = cli(capsys, "retention", "--config", str(config), "--now", (received + timedelta(days=1)).isoformat())
    assert not report["applied"] and report["purge_messages"] == 0
    items = by_reference(report)
    assert items[complaint]["action"] == "keep" and "DISP 1.9.1R" in items[complaint]["reason"]
    assert items[enquiry]["action"] == "keep"


def test_retention_purges_what_owed_nothing_first_and_complaints_after_their_years(filled, capsys, settings):
    (complaint, enquiry), received, config = filled
    store = RawStore(settings.path("storage", "raw_path"))
    later = (received + timedelta(days=400)).isoformat()
    dry = cli(capsys, "retention", "--config", str(config), "--now", later)
    assert by_reference(dry)[enquiry]["action"] == "purge"
    assert by_reference(dry)[complaint]["action"] == "keep"
    assert dry["purge_messages"] == 2  # the enquiry and the out-of-office reply
    applied = cli(capsys, "retention", "--apply", "--config", str(config), "--now", later)
    assert applied["purged"]["messages"] == 2 and applied["purged"]["files_deleted"] == 2

    app = bootstrap(settings, migrate=False, classifier=object())  # type: ignore[arg-type]
    try:
        with unit_of_work(app.factory) as session:
            rows = {m.message_id: m for m in session.scalars(select(InboundMessage))}
            assert rows["<enquiry-1@example.org>"].text == "" and not store.exists(rows["<enquiry-1@example.org>"].raw_sha256)
            kept = rows["<complaint-1@example.org>"]
            assert kept.raw_purged_at is None and store.get(kept.raw_sha256) == COMPLAINT
            stub = session.scalars(select(Case).where(Case.reference == enquiry)).one()
            assert stub.complainant_address is None and stub.subject == "[purged]" and stub.kind
            assert session.scalars(select(AuditEvent).where(AuditEvent.event == "retention_purged")).first() is not None
    finally:
        app.close()

    # Past the profile's years (pexa keeps six) the resolved complaint goes too, letters included.
    much_later = (received + timedelta(days=366 * 7)).isoformat()
    final = cli(capsys, "retention", "--apply", "--config", str(config), "--now", much_later)
    assert by_reference(final)[complaint]["action"] == "purge"
    app = bootstrap(settings, migrate=False, classifier=object())  # type: ignore[arg-type]
    try:
        with unit_of_work(app.factory) as session:
            case = session.scalars(select(Case).where(Case.reference == complaint)).one()
            assert case.erased_at is not None and case.category  # the MI stub stays
            letters = session.scalars(select(Letter).where(Letter.case_id == case.id)).all()
            assert letters and all(letter.body_text == "" and "ellis" not in letter.to_address for letter in letters)
    finally:
        app.close()
    assert not any(store.root.rglob("*.eml"))


def test_a_legal_hold_keeps_a_case_beyond_its_period(filled, capsys):
    (complaint, _), received, config = filled
    cli(capsys, "legal-hold", complaint, "--reason", "litigation", "--config", str(config))
    report = cli(capsys, "retention", "--apply", "--config", str(config), "--now", (received + timedelta(days=366 * 7)).isoformat())
    assert by_reference(report)[complaint] | {"keep_until": None} == {
        "reference": complaint, "messages": 1, "action": "keep", "reason": "legal hold", "keep_until": None,
    }


def test_erasure_takes_what_may_go_and_says_why_the_complaint_stays(filled, capsys, settings):
    (complaint, enquiry), received, config = filled
    report = cli(capsys, "erase", "--address", "M.Ellis@example.org", "--apply", "--config", str(config),
                 "--now", (received + timedelta(days=2)).isoformat())
    items = by_reference(report)
    assert items[enquiry]["action"] == "purge"
    assert items[complaint]["action"] == "keep" and "Art. 17(3)(b)" in items[complaint]["reason"]
    app = bootstrap(settings, migrate=False, classifier=object())  # type: ignore[arg-type]
    try:
        with unit_of_work(app.factory) as session:
            events = session.scalars(select(AuditEvent).where(AuditEvent.event == "erased")).all()
            assert events and all("example.org" not in json.dumps(e.detail) for e in events)
            assert session.scalars(select(Case).where(Case.reference == complaint)).one().complainant_address
    finally:
        app.close()


def test_a_file_shared_by_two_copies_goes_only_with_the_last_of_them(settings, shipped_classifier, tmp_path, capsys):
    inbox = settings.path("mailbox", "path")
    deliver(inbox, "a", ENQUIRY, order=1)
    deliver(inbox, "b", ENQUIRY, order=2)  # the same bytes again: one file, two register rows
    app = bootstrap(settings, classifier=shipped_classifier)
    try:
        app.service().run_once()
        with unit_of_work(app.factory) as session:
            rows = session.scalars(select(InboundMessage)).all()
            assert len(rows) == 2 and len({r.raw_sha256 for r in rows}) == 1
            from triage.retention import apply_plan, plan_retention

            rules = RetentionRules(no_action_days=30)
            plan = plan_retention(session, rules, datetime.now(timezone.utc) + timedelta(days=31))
            result, doomed = apply_plan(session, app.store, plan, "test", datetime.now(timezone.utc))
            assert result.messages == 2 and doomed == [rows[0].raw_sha256]
            # Crash here: the rows are scrubbed and committed, the file is not deleted yet.
        from triage.retention import leftover_files

        with unit_of_work(app.factory) as session:
            assert leftover_files(session, app.store) == [rows[0].raw_sha256]
    finally:
        app.close()


NOW = datetime(2030, 1, 1, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("facts", "purge", "reason"),
    [
        (CaseFacts("CMP-1", "open", NOW - timedelta(days=4000)), False, "open case"),
        (CaseFacts("CMP-2", "resolved", NOW - timedelta(days=4000), legal_hold=True), False, "legal hold"),
        (CaseFacts("CMP-3", "resolved", NOW - timedelta(days=365 * 2)), False, "DISP"),
        (CaseFacts("CMP-4", "resolved", NOW - timedelta(days=365 * 3 + 1)), True, "retention period over"),
        (CaseFacts("ENQ-5", "no_action", NOW - timedelta(days=366)), True, "owed nothing"),
        (CaseFacts("ENQ-6", "no_action", NOW - timedelta(days=300)), False, "owed nothing"),
    ],
)
def test_retention_decision(facts, purge, reason):
    decision = decide(facts, RetentionRules(regulated_years=3, no_action_days=365), NOW)
    assert decision.purge is purge and reason in decision.reason


def test_erasure_decision_keeps_regulated_records_until_their_date():
    received = datetime(2028, 2, 29, tzinfo=timezone.utc)
    decision = decide_erasure(CaseFacts("CMP-1", "resolved", received), RetentionRules(regulated_years=3), NOW)
    assert not decision.purge and decision.keep_until == add_years(received, 3) == datetime(2031, 2, 28, tzinfo=timezone.utc)
    assert decide_erasure(CaseFacts("ENQ-1", "no_action", received), RetentionRules(), NOW).purge
