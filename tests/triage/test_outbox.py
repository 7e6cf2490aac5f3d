"""The outbox sends each letter exactly once: through a real SMTP server, across crashes, on failures."""

from __future__ import annotations

import email
import email.policy
import socket
from datetime import datetime, timedelta, timezone

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import select, update

from tests.conftest import deliver, make_settings
from tests.triage.test_pipeline import COMPLAINT
from triage.bootstrap import bootstrap
from triage.db import unit_of_work
from triage.intake import store_raw
from triage.models import Letter, LetterStatus


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Recorder:
    """An aiosmtpd handler that keeps what it accepts, or answers with a chosen failure."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], bytes]] = []
        self.reply: str | None = None

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's hook name)
        if self.reply:
            return self.reply
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content or envelope.content))
        return "250 Message accepted for delivery"


@pytest.fixture
def smtp_server():
    recorder = Recorder()
    controller = Controller(recorder, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield controller, recorder
    controller.stop()


@pytest.fixture
def smtp_app(tmp_path, smtp_server, shipped_classifier):
    controller, _ = smtp_server
    settings = make_settings(
        tmp_path,
        outbox={"kind": "smtp", "host": "127.0.0.1", "port": controller.port, "security": "none", "retry_base_seconds": 0},
    )
    app = bootstrap(settings, classifier=shipped_classifier)
    yield app, settings
    app.close()


def letters(app) -> list[Letter]:
    with unit_of_work(app.factory) as session:
        return list(session.scalars(select(Letter).order_by(Letter.id)))


def test_acknowledgement_goes_through_a_real_smtp_server(smtp_app, smtp_server):
    app, settings = smtp_app
    _, recorder = smtp_server
    deliver(settings.path("mailbox", "path"), "m1", COMPLAINT)
    report = app.service().run_once()
    assert report.send.sent == 1
    ((mail_from, rcpts, data),) = recorder.messages
    assert mail_from == "complaints@firm.example" and rcpts == ["m.ellis@example.org"]
    msg = email.message_from_bytes(data, policy=email.policy.default)
    assert msg["Auto-Submitted"] == "auto-replied" and msg["In-Reply-To"] == "<complaint-1@example.org>"
    (letter,) = letters(app)
    assert letter.status == "sent" and msg["Message-ID"] == letter.message_id
    # A second pass sends nothing more.
    assert app.service().run_once().send.sent == 0 and len(recorder.messages) == 1


def test_temporary_failure_is_retried_then_delivered(smtp_app, smtp_server):
    app, settings = smtp_app
    _, recorder = smtp_server
    recorder.reply = "451 4.3.0 Try again later"
    deliver(settings.path("mailbox", "path"), "m1", COMPLAINT)
    report = app.service().run_once()
    assert report.send.retried == 1 and recorder.messages == []
    (letter,) = letters(app)
    assert letter.status == "queued" and "451" in (letter.last_error or "")
    recorder.reply = None
    with unit_of_work(app.factory) as session:
        session.execute(update(Letter).values(next_attempt_at=datetime.now(timezone.utc) - timedelta(seconds=1)))
    assert app.outbox.send_due().sent == 1
    assert len(recorder.messages) == 1 and letters(app)[0].attempts == 2


def test_permanent_failure_waits_for_a_person(smtp_app, smtp_server):
    app, settings = smtp_app
    _, recorder = smtp_server
    recorder.reply = "550 5.1.1 No such user"
    deliver(settings.path("mailbox", "path"), "m1", COMPLAINT)
    report = app.service().run_once()
    assert report.send.failed == 1
    (letter,) = letters(app)
    assert letter.status == "failed" and "550" in (letter.last_error or "")
    recorder.reply = None
    assert app.outbox.send_due().sent == 0 and recorder.messages == []


def _crash_after_claim(app) -> Letter:
    """Leave the letter as a sender that died between claim and mark would: SENDING, lease expired."""
    (letter,) = letters(app)
    with unit_of_work(app.factory) as session:
        session.execute(
            update(Letter)
            .where(Letter.id == letter.id)
            .values(status=LetterStatus.SENDING.value, claimed_at=datetime.now(timezone.utc) - timedelta(hours=1), attempts=1)
        )
    return letter


def test_crash_between_smtp_send_and_mark_never_sends_twice(smtp_app, smtp_server):
    app, settings = smtp_app
    _, recorder = smtp_server
    deliver(settings.path("mailbox", "path"), "m1", COMPLAINT)
    app.service().run_once()
    assert len(recorder.messages) == 1
    _crash_after_claim(app)  # the server has it; the register does not know
    report = app.outbox.send_due()
    assert report.recovered == 1 and report.sent == 0
    (letter,) = letters(app)
    # SMTP cannot tell whether it was delivered: a person decides, the bot does not resend.
    assert letter.status == "held" and "interrupted" in letter.last_error
    assert len(recorder.messages) == 1


def test_crash_window_with_the_file_outbox_is_settled_automatically(settings, shipped_classifier):
    app = bootstrap(settings, classifier=shipped_classifier)
    deliver(settings.path("mailbox", "path"), "m1", COMPLAINT)
    app.service().run_once()
    _crash_after_claim(app)
    report = app.outbox.send_due()
    assert report.recovered == 1 and report.sent == 0
    assert letters(app)[0].status == "sent"  # the Maildir outbox holds it: delivered
    assert len(list((settings.path("outbox", "path") / "new").iterdir())) == 1
    app.close()


def test_crash_after_claim_before_send_is_sent_once(settings, shipped_classifier):
    app = bootstrap(settings, classifier=shipped_classifier)
    deliver(settings.path("mailbox", "path"), "m1", COMPLAINT)
    stored = store_raw(next(app.service().source.fetch()), app.factory, app.store)
    app.processor.process(stored.message_id)
    _crash_after_claim(app)  # claimed, died before the file was written
    report = app.outbox.send_due()
    assert report.recovered == 1 and report.sent == 1
    assert len(list((settings.path("outbox", "path") / "new").iterdir())) == 1
    app.close()


def test_forwarding_goes_out_through_smtp(smtp_app, smtp_server):
    app, settings = smtp_app
    _, recorder = smtp_server
    consumer = (
        b"From: Olivia Grant <olivia.grant@example.com>\r\nTo: complaints@firm.example\r\n"
        b"Subject: Complaint about Kestrel Building Society\r\nMessage-ID: <consumer-2@example.com>\r\n\r\n"
        b"I am a customer of Kestrel Building Society, my mortgage lender. Kestrel Building Society took three weeks\r\n"
        b"to send the redemption figure to my solicitor and my sale nearly fell through. Their staff never returned\r\n"
        b"my calls. I want Kestrel Building Society to explain and to pay the extra interest I was charged.\r\n"
    )
    deliver(settings.path("mailbox", "path"), "c1", consumer)
    app.service().run_once()
    recipients = sorted(rcpt for _, rcpts, _ in recorder.messages for rcpt in rcpts)
    assert recipients == ["complaints@kestrelbs.co.uk", "olivia.grant@example.com"]
    to_firm = next(data for _, rcpts, data in recorder.messages if rcpts == ["complaints@kestrelbs.co.uk"])
    msg = email.message_from_bytes(to_firm, policy=email.policy.default)
    assert any(p.get_content_type() == "message/rfc822" for p in msg.iter_attachments())


def test_a_letter_that_cannot_be_composed_waits_for_a_person_and_the_others_still_go(settings, shipped_classifier):
    # A Message-ID the email package cannot fold (it raises IndexError, e.g. from a broken configured
    # domain) must not stop the outbox: that letter fails with the reason, the next is sent.
    app = bootstrap(settings, classifier=shipped_classifier)
    try:
        for n in (1, 2):
            deliver(settings.path("mailbox", "path"), f"m{n}", COMPLAINT.replace(b"<complaint-1@example.org>", b"<complaint-%d@example.org>" % n), order=n)
        source = app.service().source
        for raw in list(source.fetch()):
            app.processor.process(store_raw(raw, app.factory, app.store).message_id)
        first, second = letters(app)
        with unit_of_work(app.factory) as session:
            session.execute(update(Letter).where(Letter.id == first.id).values(message_id="<[>"))
        report = app.outbox.send_due()
        assert report.failed == 1 and report.sent == 1
        first, second = letters(app)
        assert first.status == LetterStatus.FAILED.value and "could not compose" in (first.last_error or "")
        assert second.status == LetterStatus.SENT.value
    finally:
        app.close()
