"""Deadlines on the register and the scheduler tick: due steps produce letters and escalations once."""

from __future__ import annotations

import email
import email.policy
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from tests.conftest import deliver, make_settings
from tests.triage.test_pipeline import COMPLAINT
from triage.bootstrap import bootstrap
from triage.db import unit_of_work
from triage.models import AuditEvent, Case, Deadline, Letter
from triage.scheduler import CaseState, step_action

RIGHTS = (
    b"From: Sam Okoro <sam.okoro@example.net>\r\nTo: complaints@firm.example\r\nSubject: Subject access request\r\n"
    b"Message-ID: <sar-1@example.net>\r\n\r\nUnder the UK GDPR I am making a subject access request. Please send me a\r\n"
    b"copy of all the personal data you hold about me.\r\n\r\nSam Okoro\r\n"
)


class Clock:
    def __init__(self) -> None:
        self.now = datetime.now(timezone.utc)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock():
    return Clock()


def make_app(tmp_path, clock, classifier, profile="conexus"):
    settings = make_settings(tmp_path, policy={"profile": profile})
    return bootstrap(settings, classifier=classifier, now=clock), settings


def deadlines(app) -> dict[str, Deadline]:
    with unit_of_work(app.factory) as session:
        return {d.step: d for d in session.scalars(select(Deadline))}


def letters(app) -> list[Letter]:
    with unit_of_work(app.factory) as session:
        return list(session.scalars(select(Letter).order_by(Letter.id)))


def test_a_new_complaint_gets_every_clock_of_its_profile(tmp_path, clock, shipped_classifier):
    app, settings = make_app(tmp_path, clock, shipped_classifier, "conexus")
    deliver(settings.path("mailbox", "path"), "m1", COMPLAINT)
    app.service().run_once()
    steps = deadlines(app)
    assert {"acknowledge_by", "summary_resolution_by", "final_response_by"} <= set(steps)
    # The acknowledgement went out in seconds, which meets the 24-hour step.
    assert steps["acknowledge_by"].status == "met" and steps["acknowledge_by"].met_at is not None
    assert steps["final_response_by"].status == "pending"
    final_due = steps["final_response_by"].due_at
    if final_due.tzinfo is None:
        final_due = final_due.replace(tzinfo=timezone.utc)
    assert timedelta(weeks=8) - timedelta(days=1) <= final_due - clock.now <= timedelta(weeks=8) + timedelta(days=1)


def test_due_steps_fire_once_across_ticks_and_restarts(tmp_path, clock, shipped_classifier):
    app, settings = make_app(tmp_path, clock, shipped_classifier, "pexa")
    deliver(settings.path("mailbox", "path"), "m1", COMPLAINT)
    app.service().run_once()
    clock.advance(days=40)  # past 3 business days and 4 weeks, before 8 weeks
    first = app.scheduler.tick()
    assert first.fired >= 2  # team-leader escalation and the 4-week holding letter
    steps = deadlines(app)
    assert steps["escalate_team_leader_by"].status in ("due", "missed")
    assert steps["summary_resolution_by"].status == "skipped"  # the case was not resolved
    holding = [l for l in letters(app) if l.kind == "holding"]
    assert len(holding) == 1 and holding[0].status == "held"  # pexa letters wait for approval
    again = app.scheduler.tick()
    assert again.fired == 0 and again.letters == 0
    app.close()
    restarted, _ = make_app(tmp_path, clock, shipped_classifier, "pexa")
    assert restarted.scheduler.tick().fired == 0
    assert len([l for l in letters(restarted) if l.kind == "holding"]) == 1
    with unit_of_work(restarted.factory) as session:
        case = session.scalars(select(Case)).one()
        assert case.needs_review and any("escalate_team_leader_by" in r for r in case.review_reasons)
        escalations = session.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.event == "complaint.escalated_team_leader"))
        assert escalations == 1
    restarted.close()


def test_eight_week_step_puts_the_case_in_front_of_a_person(tmp_path, clock, shipped_classifier):
    app, settings = make_app(tmp_path, clock, shipped_classifier, "conexus")
    deliver(settings.path("mailbox", "path"), "m1", COMPLAINT)
    app.service().run_once()
    clock.advance(weeks=8, days=2)
    app.scheduler.tick()
    step = deadlines(app)["final_response_by"]
    assert step.status == "missed" and step.missed
    with unit_of_work(app.factory) as session:
        case = session.scalars(select(Case)).one()
        # The holding response needs a reason and a date only a person can give.
        assert case.needs_review and any("final_response_by" in r for r in case.review_reasons)


def test_rights_request_runs_on_the_one_month_clock(tmp_path, clock, shipped_classifier):
    app, settings = make_app(tmp_path, clock, shipped_classifier, "conexus")
    deliver(settings.path("mailbox", "path"), "sar", RIGHTS)
    report = app.service().run_once()
    (outcome,) = report.outcomes
    assert outcome.case_kind == "rights_request", outcome
    steps = deadlines(app)
    assert {"respond_by", "extended_respond_by"} <= set(steps)
    respond = steps["respond_by"].due_at
    respond = respond if respond.tzinfo else respond.replace(tzinfo=timezone.utc)
    assert timedelta(days=27) <= respond - clock.now <= timedelta(days=35)
    (ack,) = letters(app)
    assert ack.kind == "rights_acknowledgement" and ack.status == "sent"
    clock.advance(days=40)
    app.scheduler.tick()
    steps = deadlines(app)
    assert steps["respond_by"].status == "missed"
    assert steps["extended_respond_by"].status == "pending"  # only if the period was extended


def _deadline(letters=(), applies_when="", due_in=timedelta(0)):
    return Deadline(step="s", due_at=datetime(2026, 3, 2, 12, tzinfo=timezone.utc) + due_in, letters=list(letters), applies_when=applies_when)


STATE = CaseState(resolved=False, forwarded=False, final_sent=False, rights_extended=False, letters_sent=frozenset())
NOW = datetime(2026, 3, 2, 12, 30, tzinfo=timezone.utc)
LEAD = timedelta(hours=4)


@pytest.mark.parametrize(
    ("deadline", "state", "expected"),
    [
        (_deadline(["holding"], due_in=timedelta(days=2)), STATE, "wait"),
        (_deadline(["holding"], due_in=timedelta(hours=2)), STATE, "fire"),  # letters go out early
        (_deadline([], due_in=timedelta(hours=2)), STATE, "wait"),  # escalations at the due time
        (_deadline(["holding"], "unless_final"), CaseState(False, False, True, False, frozenset({"final_response"})), "skipped"),
        (_deadline(["summary_resolution"], "if_resolved"), STATE, "skipped"),
        (_deadline(["summary_resolution"], "if_resolved"), CaseState(True, False, False, False, frozenset()), "met"),
        (_deadline(["acknowledgement_letter"], "unless_resolved"), CaseState(False, False, False, False, frozenset({"acknowledgement"})), "met"),
        (_deadline(["forward_to_firm", "forward_notice"], "if_forwarded"), CaseState(False, True, False, False, frozenset()), "met"),
        (_deadline([], "if_extended"), STATE, "skipped"),
        (_deadline([]), STATE, "fire"),
    ],
)
def test_step_action_table(deadline, state, expected):
    assert step_action(deadline, state, NOW, LEAD).status == expected


def test_forwarded_complaint_reaches_the_firm_with_the_original_attached(tmp_path, clock, shipped_classifier):
    app, settings = make_app(tmp_path, clock, shipped_classifier, "pexa")
    consumer = (
        b"From: Olivia Grant <olivia.grant@example.com>\r\nTo: complaints@firm.example\r\n"
        b"Subject: Complaint about Kestrel Building Society\r\nMessage-ID: <consumer-1@example.com>\r\n\r\n"
        b"I am a customer of Kestrel Building Society, my mortgage lender. Kestrel Building Society took three weeks\r\n"
        b"to send the redemption figure to my solicitor and my sale nearly fell through. Their staff never returned\r\n"
        b"my calls. I want Kestrel Building Society to explain and to pay the extra interest I was charged.\r\n"
    )
    deliver(settings.path("mailbox", "path"), "c1", consumer)
    (outcome,) = app.service().run_once().outcomes
    with unit_of_work(app.factory) as session:
        case = session.scalars(select(Case)).one()
        sent = {l.kind: l for l in session.scalars(select(Letter))}
    if case.about_other_firm != "kbs" or case.needs_review:
        pytest.fail(f"the model did not route a plain consumer complaint about a directory firm: {outcome}")
    assert case.status == "forwarded"
    assert sent["forward_to_firm"].to_address == "complaints@kestrelbs.co.uk"
    assert sent["forward_notice"].to_address == "olivia.grant@example.com"
    files = sorted((settings.path("outbox", "path") / "new").iterdir())
    parsed = [email.message_from_bytes(f.read_bytes(), policy=email.policy.default) for f in files]
    to_firm = next(m for m in parsed if m["To"] == "complaints@kestrelbs.co.uk")
    attached = [p for p in to_firm.iter_attachments() if p.get_content_type() == "message/rfc822"]
    assert attached and b"redemption figure" in attached[0].as_bytes()
    notice = next(m for m in parsed if m["To"] == "olivia.grant@example.com").get_body(("plain",)).get_content()
    assert "Kestrel Building Society" in notice and "Financial Ombudsman Service" in notice
    assert "0345 600 7712" not in notice  # kbs's phone is 0300 123 4410; the notice names the right firm
    assert "0300 123 4410" in notice or "complaints@kestrelbs.co.uk" in notice


def test_a_silent_mailbox_raises_one_alert(tmp_path, clock, shipped_classifier):
    app, settings = make_app(tmp_path, clock, shipped_classifier, "pexa")
    deliver(settings.path("mailbox", "path"), "m1", COMPLAINT)
    service = app.service()
    service.run_once()
    service.run_once()  # an hour of quiet is normal
    with unit_of_work(app.factory) as session:
        assert session.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.event == "mailbox_quiet_alert")) == 0
    clock.advance(days=7)  # a week without mail holds several business days, bank holidays or not
    service.run_once()
    service.run_once()
    with unit_of_work(app.factory) as session:
        alerts = session.scalars(select(AuditEvent).where(AuditEvent.event == "mailbox_quiet_alert")).all()
    assert len(alerts) == 1 and alerts[0].detail["business_hours"] >= 8
    # New mail resets the watch.
    deliver(settings.path("mailbox", "path"), "m2", COMPLAINT.replace(b"complaint-1@", b"complaint-2@"))
    service.run_once()
    app.close()
