"""A reply whose sender typed the answers inside the firm's quoted letter, end to end on the embedded default
(Maildir in, SQLite register, file outbox out) with the shipped model: the complaint in the answers opens a case and
is acknowledged, and a person is asked to read the answers (trials IA, IM2 and IA3)."""

from __future__ import annotations

from sqlalchemy import select

from tests.conftest import deliver
from triage.db import unit_of_work
from triage.models import Case, InboundMessage, Letter

FIRM_LETTER = (
    b"-----Original Message-----\r\nFrom: Conexus Collections <letters@conexus-debt.example>\r\n"
    b"Sent: 3 November 2026 10:14\r\nTo: amy.osei@example.org\r\nSubject: Your account CX-88123\r\n\r\n"
    b"Dear Ms Osei,\r\n\r\nWe have reviewed your account and the late fee of 45 pounds was applied correctly.\r\n"
    b"That is wrong. I paid on time, I have the bank statement, and I want the fee refunded.\r\n\r\n"
    b"Please confirm your phone number.\r\n07700 900123\r\n\r\nConexus Collections\r\n"
)


def reply(top: bytes) -> bytes:
    return (
        b"From: Amy Osei <amy.osei@example.org>\r\nTo: complaints@firm.example\r\nSubject: RE: Your account CX-88123\r\n"
        b"Message-ID: <reply-1@example.org>\r\nDate: Mon, 16 Nov 2026 09:12:00 +0000\r\n\r\n" + top + b"\r\n\r\n" + FIRM_LETTER
    )


def test_answers_inside_the_quoted_letter_open_an_acknowledged_case_a_person_reads(app, settings):
    deliver(settings.path("mailbox", "path"), "m1", reply(b"See my answers below in red."))
    app.service().run_once()
    with unit_of_work(app.factory) as session:
        message = session.scalars(select(InboundMessage)).one()
        case = session.get(Case, message.case_id)
        letters = list(session.scalars(select(Letter)))
        assert case is not None and case.complaint and case.needs_review
        assert any("answered inside the quoted mail" in reason for reason in case.review_reasons)
        assert [letter.kind for letter in letters] == ["acknowledgement"]
        assert letters[0].to_address == "amy.osei@example.org"


def test_answers_inside_the_quoted_letter_with_nothing_said_on_top_wait_for_a_person(app, settings):
    """Only "Hi," on top: the model reads a greeting, so no complaint is registered by it; the quoted letter, read
    with it, reads as one, so the message waits in the review queue with the reason rather than being filed as
    needing no action (trial IU2). Nothing is sent before a person has read it."""
    deliver(settings.path("mailbox", "path"), "m1", reply(b"Hi,"))
    app.service().run_once()
    with unit_of_work(app.factory) as session:
        message = session.scalars(select(InboundMessage)).one()
        case = session.get(Case, message.case_id)
        assert case is not None and case.needs_review
        assert any("may have answered inside it" in reason for reason in case.review_reasons)
        assert list(session.scalars(select(Letter))) == []
