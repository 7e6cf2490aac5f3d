"""Mail loops through real servers: every letter the service sends goes to an aiosmtpd server whose
"remote side" answers by delivering mail into the complaints mailbox on Dovecot, which the running
service reads again. The loop protection (RFC 3834 headers, our loop header and Message-ID domain,
list headers, our own address) must stop a loop at once; where the other side hides every sign, the
per-recipient rate limit must stop it within `max_letters_per_recipient`.

(The Maildir-only case of our own letter coming back is in tests/triage/test_pipeline.py; header
recognition itself in tests/mail/test_automail.py.)
"""

from __future__ import annotations

import email
import email.policy
import itertools
import threading
import time
from collections.abc import Callable
from email.message import EmailMessage

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import func, select

from tests.conftest import make_settings
from tests.faults.service import PASSWORD_ENV, mail
from tests.faults.test_faults import Running, count, wait_until
from tests.servers import free_port
from triage.bootstrap import bootstrap
from triage.db import unit_of_work
from triage.models import Case, InboundMessage, Letter

LIMIT = 3  # max_letters_per_recipient for these tests
COMPLAINT_TEXT = (
    "I want to make a formal complaint. Your staff ignored my letters about my account for weeks. "
    "This is unacceptable and I expect an answer.\n"
)


class LoopingServer:
    """aiosmtpd server standing for the outside world: each accepted letter may be answered by mail
    delivered (IMAP APPEND, as an MTA would) into the complaints INBOX."""

    def __init__(self, account, respond: Callable[[EmailMessage, bytes, int], bytes | None]) -> None:
        self.account = account
        self.respond = respond
        self.received: list[tuple[list[str], bytes]] = []
        self.answers = 0
        self.lock = threading.Lock()
        self.counter = itertools.count(1)
        self.controller = Controller(self, hostname="127.0.0.1", port=free_port())

    async def handle_DATA(self, server, session, envelope):  # noqa: ANN001, N802 - aiosmtpd hook
        data = bytes(envelope.original_content or envelope.content)
        with self.lock:
            self.received.append((list(envelope.rcpt_tos), data))
        letter = email.message_from_bytes(data, policy=email.policy.default)
        answer = self.respond(letter, data, next(self.counter))
        if answer is not None:
            self.account.append([answer])
            self.answers += 1
        return "250 Message accepted for delivery"

    def outbox_settings(self) -> dict[str, object]:
        return {"kind": "smtp", "host": "127.0.0.1", "port": self.controller.port, "security": "none", "timeout_seconds": 10}

    def to(self, address: str) -> int:
        return sum(1 for rcpts, _ in self.received if address in rcpts)


def reply(letter: EmailMessage, n: int, *, sender: str, subject: str, body: str, headers: dict[str, str] | None = None,
          thread: bool = True) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "complaints@firm.example"
    msg["Subject"] = subject
    msg["Message-ID"] = f"<loop-{n}-{time.monotonic_ns()}@remote.example>"
    if thread:
        msg["In-Reply-To"] = letter["Message-ID"]
        msg["References"] = letter["Message-ID"]
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body)
    return msg.as_bytes(policy=email.policy.SMTP)


def rfc3834_autoresponder(letter: EmailMessage, _data: bytes, n: int) -> bytes:
    """A well-behaved vacation responder: answers everything, but says it is a machine."""
    return reply(letter, n, sender="Jo Bloggs <customer1@example.org>", subject=f"Auto: {letter['Subject']}",
                 body="I am away until Monday and will read your message on my return.",
                 headers={"Auto-Submitted": "auto-replied (vacation)", "Precedence": "auto_reply"})


def exchange_out_of_office(letter: EmailMessage, _data: bytes, n: int) -> bytes:
    return reply(letter, n, sender="Jo Bloggs <customer1@example.org>", subject=f"Automatic reply: {letter['Subject']}",
                 body="I am out of the office. For urgent complaints call the office.",
                 headers={"X-Auto-Response-Suppress": "All", "X-MS-Exchange-Inbox-Rules-Loop": "customer1@example.org"})


def forwarding_rule(_letter: EmailMessage, data: bytes, _n: int) -> bytes:
    """The complainant's mailbox forwards everything back to us, byte for byte (our own letter)."""
    return data


def mailing_list(letter: EmailMessage, data: bytes, n: int) -> bytes:
    """Our letter went to a list address: the list redistributes it to its members, us included."""
    original = email.message_from_bytes(data, policy=email.policy.compat32)
    del original["From"]
    original["From"] = "Complaints Team via Customer Forum <forum@lists.example>"
    original["List-Id"] = "Customer Forum <forum.lists.example>"
    original["List-Unsubscribe"] = "<mailto:forum-leave@lists.example>"
    original["Precedence"] = "list"
    original["Sender"] = "forum-bounces@lists.example"
    return original.as_bytes()


def header_stripping_autoresponder(letter: EmailMessage, _data: bytes, n: int) -> bytes:
    """The worst case: a robot that answers every letter with a fresh complaint-like message, no
    machine headers, no threading headers, no reference in the subject."""
    return reply(letter, n, sender="Jo Bloggs <customer1@example.org>", subject="Formal complaint about my account",
                 body=COMPLAINT_TEXT, thread=False)


def misconfigured_list(letter: EmailMessage, _data: bytes, n: int) -> bytes:
    """A list server that strips everything and rewrites the subject (no List-* headers either)."""
    return reply(letter, n, sender="Customer Forum <forum@lists.example>", subject="Formal complaint about my account",
                 body=COMPLAINT_TEXT, thread=False)


@pytest.fixture
def loop_app(tmp_path, imap_account, monkeypatch, shipped_classifier):
    apps = []

    def make(respond):
        server = LoopingServer(imap_account, respond)
        server.controller.start()
        monkeypatch.setenv(PASSWORD_ENV, imap_account.password)
        mailbox = dict(imap_account.mailbox_settings(PASSWORD_ENV), connect_attempts=2, backoff_base_seconds=0.05)
        outbox = dict(server.outbox_settings(), from_address="complaints@firm.example", max_letters_per_recipient=LIMIT)
        settings = make_settings(tmp_path, mailbox=mailbox, outbox=outbox)
        app = bootstrap(settings, classifier=shipped_classifier)
        apps.append((app, server))
        return app, server

    yield make
    for app, server in apps:
        server.controller.stop()
        app.close()


def settle(app, account, inbound: int) -> None:
    """Wait until `inbound` messages are in the register, all processed, and the INBOX is empty."""
    wait_until(
        lambda: count(app, InboundMessage) >= inbound
        and count(app, InboundMessage, InboundMessage.status == "stored") == 0
        and count(app, Letter, Letter.status.in_(["queued", "sending"])) == 0
        and not account.uids("INBOX"),
        what=f"{inbound} messages to be processed and the outbox to be empty",
    )


@pytest.mark.parametrize(
    "respond",
    [rfc3834_autoresponder, exchange_out_of_office, forwarding_rule],
    ids=["rfc3834-autoresponder", "exchange-out-of-office", "own-letter-forwarded-back"],
)
def test_a_loop_with_machine_signs_stops_after_the_first_letter(loop_app, imap_account, respond):
    app, server = loop_app(respond)
    imap_account.append([mail(1, "complaint", sender="Jo Bloggs <customer1@example.org>")])
    running = Running(app)
    try:
        settle(app, imap_account, inbound=2)  # the complaint and the one answer to our acknowledgement
    finally:
        running.stop()
    assert server.answers == 1 and len(server.received) == 1  # one letter out, one answer back, then silence
    report = app.service().run_once()  # nothing is left to do
    assert report.outcomes == [] and report.send.sent == 0 and len(server.received) == 1
    with unit_of_work(app.factory) as session:
        echo = session.scalars(select(InboundMessage).order_by(InboundMessage.id.desc())).first()
        assert echo.auto_kind  # recognised as machine mail
        assert session.scalar(select(func.count()).select_from(Case)) == 1


def test_a_mailing_list_redistributing_our_letter_gets_no_answer(loop_app, imap_account):
    app, server = loop_app(mailing_list)
    complaint = mail(1, "complaint", sender="Customer Forum member <forum@lists.example>")
    imap_account.append([complaint])  # a complaint posted with the list's address as sender
    running = Running(app)
    try:
        settle(app, imap_account, inbound=2)
    finally:
        running.stop()
    assert server.to("forum@lists.example") == 1 and server.answers == 1
    with unit_of_work(app.factory) as session:
        copy = session.scalars(select(InboundMessage).order_by(InboundMessage.id.desc())).first()
        assert copy.auto_kind in ("list", "loop")


@pytest.mark.parametrize(
    ("respond", "address"),
    [(header_stripping_autoresponder, "customer1@example.org"), (misconfigured_list, "forum@lists.example")],
    ids=["header-stripping-autoresponder", "list-without-list-headers"],
)
def test_a_loop_without_any_machine_sign_is_stopped_by_the_rate_limit(loop_app, imap_account, respond, address):
    app, server = loop_app(respond)
    imap_account.append([mail(1, "complaint", sender=f"Someone <{address}>")])
    running = Running(app)
    try:
        # Each answer looks like a new complaint and is acknowledged, until the limit holds the next
        # acknowledgement for a person: LIMIT letters, LIMIT answers, one held letter, silence.
        wait_until(lambda: count(app, Letter, Letter.status == "held") >= 1, what="the rate limit to hold a letter")
        settle(app, imap_account, inbound=LIMIT + 1)
    finally:
        running.stop()
    assert server.to(address) == LIMIT and server.answers == LIMIT
    report = app.service().run_once()
    assert report.send.sent == 0 and server.to(address) == LIMIT
    with unit_of_work(app.factory) as session:
        held = session.scalars(select(Letter).where(Letter.status == "held")).all()
        assert len(held) == 1 and held[0].rule == "rate_limit"
        case = session.get(Case, held[0].case_id)
        assert case.needs_review and any("rate window" in r for r in case.review_reasons)
        assert session.scalar(select(func.count()).select_from(InboundMessage)) == LIMIT + 1
