"""A complaint sent through a firm's web form: the form software relays it from a no-reply address, a person wrote it.

End to end on the embedded default (Maildir in, SQLite register, file outbox out), with the shipped model.
"""

from __future__ import annotations

import email
import email.policy

from sqlalchemy import select

from tests.conftest import deliver
from triage.db import unit_of_work
from triage.models import AuditEvent, Case, InboundMessage, Letter
from triage.reports import build_report
from triage.reports.compute import london_month_of

FORM_BODY = (
    b"You have a new submission from the Make a complaint form on conexus-debt.example.\r\n\r\n"
    b"Name: Amy Osei\r\nEmail: amy.osei@example.org\r\nPhone: 07700 900123\r\nAccount number: CX-88123\r\n"
    b"Reason for contact: Payments\r\n\r\nMessage:\r\nYou have taken two payments from my account this month "
    b"when we agreed one. I am now overdrawn and have been charged by my bank. I want the second payment refunded "
    b"and the bank charge paid.\r\n\r\n--\r\nThis email was sent by the contact form on conexus-debt.example\r\n"
)


def form_mail(message_id: str, extra_headers: bytes = b"", body: bytes = FORM_BODY) -> bytes:
    return (
        b"From: Conexus website <noreply@conexus-debt.example>\r\nTo: complaints@firm.example\r\n"
        b"Subject: New submission from Make a complaint\r\nMessage-ID: <" + message_id.encode() + b">\r\n"
        b"Date: Mon, 16 Nov 2026 09:12:00 +0000\r\n" + extra_headers + b"\r\n" + body
    )


def run(app, settings, raw: bytes):
    deliver(settings.path("mailbox", "path"), "m1", raw)
    report = app.service().run_once()
    with unit_of_work(app.factory) as session:
        message = session.scalars(select(InboundMessage)).one()
        case = session.get(Case, message.case_id) if message.case_id else None
        letters = list(session.scalars(select(Letter).order_by(Letter.id)))
        events = list(session.scalars(select(AuditEvent).where(AuditEvent.event == "web_form_relay")))
        session.expunge_all()
    return report, message, case, letters, events


def sent_to(settings) -> list[str]:
    folder = settings.path("outbox", "path") / "new"
    return [str(email.message_from_bytes(p.read_bytes(), policy=email.policy.default)["To"]) for p in sorted(folder.glob("*"))]


def test_a_complaint_through_the_web_form_is_a_case_acknowledged_at_the_reply_to_address(app, settings):
    report, message, case, letters, events = run(app, settings, form_mail("form-1@conexus-debt.example", b"Reply-To: Amy Osei <amy.osei@example.org>\r\n"))
    assert message.from_address == "noreply@conexus-debt.example"  # the register keeps what arrived
    assert message.auto_kind in ("", None)
    assert case is not None and case.reference.startswith("CMP-")
    assert case.complainant_address == "amy.osei@example.org" and case.complainant_name == "Amy Osei"
    assert [letter.kind for letter in letters] == ["acknowledgement"]
    assert sent_to(settings) == ["amy.osei@example.org"] and report.send.sent == 1
    assert [event.detail for event in events] == [{"letters_to": "reply-to"}]
    # Managers see the web form as a channel of its own, and the bot read its details as it reads an email's.
    assert case.channel == "web_form"
    with unit_of_work(app.factory) as session:
        report = build_report(session, london_month_of(case.received_at), profile_name="conexus")
    assert report["sections"]["breakdown"]["received_by_channel"] == {"web_form": 1}
    assert report["sections"]["intake"]["details_assessed"] == 1


def test_without_a_reply_to_the_letters_go_to_the_address_typed_in_the_form(app, settings):
    _, _, case, letters, events = run(app, settings, form_mail("form-2@conexus-debt.example"))
    assert case is not None and case.complainant_address == "amy.osei@example.org"
    assert [letter.to_address for letter in letters] == ["amy.osei@example.org"]
    assert [event.detail for event in events] == [{"letters_to": "web form"}]


def test_a_form_with_no_address_to_answer_goes_to_a_person(app, settings):
    body = FORM_BODY.replace(b"Email: amy.osei@example.org\r\n", b"")
    _, _, case, letters, events = run(app, settings, form_mail("form-3@conexus-debt.example", body=body))
    assert case is not None and case.needs_review
    assert any("no reply address" in reason for reason in case.review_reasons)
    assert letters == [] and sent_to(settings) == []
    assert [event.detail for event in events] == [{"letters_to": "no address"}]


def test_a_form_relay_that_says_a_machine_sent_it_is_never_answered_but_a_person_reads_it(app, settings):
    _, message, case, letters, _ = run(
        app, settings, form_mail("form-4@conexus-debt.example", b"Reply-To: amy.osei@example.org\r\nAuto-Submitted: auto-generated\r\n")
    )
    assert message.auto_kind  # RFC 3834: no automatic answer to mail marked machine-made
    assert letters == [] and sent_to(settings) == []
    assert case is not None and case.needs_review and any("web form" in reason for reason in case.review_reasons)


def test_a_no_reply_notice_that_is_not_a_form_is_still_machine_mail(app, settings):
    notice = (
        b"Your statement for November is ready. Log in to your account to view it.\r\n\r\n"
        b"Please do not reply to this email.\r\n"
    )
    _, message, case, letters, _ = run(app, settings, form_mail("notice-1@conexus-debt.example", b"Reply-To: help@conexus-debt.example\r\n", notice))
    assert message.auto_kind and case is None and letters == []


def test_a_form_set_to_send_as_the_mailbox_itself_is_filed_and_its_letter_held_for_a_person(app, settings):
    own = str(settings.get("outbox", "from_address"))
    raw = form_mail("form-5@conexus-debt.example", b"Reply-To: amy.osei@example.org\r\n").replace(
        b"From: Conexus website <noreply@conexus-debt.example>", b"From: Complaints <" + own.encode() + b">"
    )
    _, message, case, letters, _ = run(app, settings, raw)
    assert message.from_address == own
    assert case is not None and case.needs_review and case.complainant_address == "amy.osei@example.org"
    assert any("our own address" in reason for reason in case.review_reasons)
    assert [(letter.kind, letter.status) for letter in letters] == [("acknowledgement", "held")]
    assert sent_to(settings) == []


def test_contact_form_7s_default_mail_is_answered_at_the_address_the_person_typed(app, settings):
    # Contact Form 7 sends as wordpress@<the site>; its default template carries the submitter as "From: name <addr>".
    body = (
        b"From: Amy Osei <amy.osei@example.org>\r\nSubject: Two payments taken\r\n\r\nMessage Body:\r\n"
        b"You have taken two payments from my account this month when we agreed one. I am now overdrawn and want the "
        b"second payment refunded.\r\n\r\n-- \r\nThis e-mail was sent from a contact form on Conexus "
        b"(https://conexus-debt.example)\r\n"
    )
    raw = form_mail("cf7-1@conexus-debt.example", body=body).replace(
        b"From: Conexus website <noreply@conexus-debt.example>", b"From: Conexus <wordpress@conexus-debt.example>"
    )
    _, message, case, letters, events = run(app, settings, raw)
    assert message.from_address == "wordpress@conexus-debt.example"
    assert case is not None and case.complainant_address == "amy.osei@example.org" and case.complainant_name == "Amy Osei"
    assert [letter.to_address for letter in letters] == ["amy.osei@example.org"]
    assert [event.detail for event in events] == [{"letters_to": "web form"}]
