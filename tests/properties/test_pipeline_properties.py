"""Hostile mail through the whole pipeline (Maildir in, register, letters out): every message is
stored byte for byte and finished, nothing is written outside the service's folders, attachment
names in the register are safe to show and download, and no value from the message can add a
header or a recipient to our acknowledgement."""

from __future__ import annotations

import email
import email.policy
import itertools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from sqlalchemy import func, select

from tests.conftest import deliver, make_settings
from tests.mail.conftest import smtp_server  # noqa: F401 - pytest fixture (a real aiosmtpd server)
from tests.properties.strategies import hostile_message
from tests.properties.test_parse_properties import LETTER_HEADERS, nested
from triage.bootstrap import bootstrap
from triage.db import unit_of_work
from triage.models import InboundMessage, Letter
from triage.rawstore import RawStore

_counter = itertools.count(1)
ALLOWED_TOP = {"messages", "inbox", "outbox", "register.db", "register.db-wal", "register.db-shm", "register.db-journal"}


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory, shipped_classifier):
    root = tmp_path_factory.mktemp("hostile")
    settings_ = make_settings(root)
    app = bootstrap(settings_, classifier=shipped_classifier)
    yield app, settings_, root
    app.close()


def assert_letter_is_ours(data: bytes, to: str) -> None:
    head = data.split(b"\r\n\r\n", 1)[0]
    assert b"\n" not in head.replace(b"\r\n", b""), head
    letter = email.message_from_bytes(data, policy=email.policy.default)
    names = [k.lower() for k in letter.keys()]
    assert set(names) <= LETTER_HEADERS and len(names) == len(set(names)), names
    assert letter["To"] == to and letter["Bcc"] is None and letter["Cc"] is None


def assert_safe_name(name: str) -> None:
    assert name and name not in (".", "..") and not name.startswith(".")
    assert "/" not in name and "\\" not in name and len(name) <= 200
    assert not any(ord(c) < 32 or ord(c) == 127 for c in name), repr(name)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture])
@given(data=hostile_message(marker="pwned-hostile-marker", sender="placeholder@example.org"))
def test_hostile_mail_is_kept_finished_and_never_injects(pipeline, data):
    app, settings_, root = pipeline
    n = next(_counter)
    sender = f"sender{n}@example.org"  # one letter per sender: the rate limit stays out of the way
    raw = data.replace(b"placeholder@example.org", sender.encode()).replace(b"pwned-hostile-marker@", f"m{n}@".encode())
    inbox = settings_.path("mailbox", "path")
    outbox = settings_.path("outbox", "path") / "new"
    letters_before = set(outbox.iterdir()) if outbox.exists() else set()
    with unit_of_work(app.factory) as session:
        before = session.scalar(select(func.max(InboundMessage.id))) or 0
    deliver(inbox, f"h{n}", raw)
    report = app.service().run_once()
    assert report.storage_errors == 0
    with unit_of_work(app.factory) as session:
        (row,) = session.scalars(select(InboundMessage).where(InboundMessage.id > before)).all()
        assert RawStore(settings_.path("storage", "raw_path")).get(row.raw_sha256) == raw  # byte for byte
        assert row.status in ("processed", "duplicate"), (row.status, row.error)
        for attachment in row.attachments:
            assert_safe_name(attachment["filename"])
        letters = session.scalars(select(Letter).where(Letter.case_id == row.case_id)).all() if row.case_id else []
        # A letter goes to the one sender the From header names (a From line cut by a raw line
        # break names whatever is left of it, or nobody: then a person gets the case, no letter).
        assert all(letter.to_address == row.from_address for letter in letters)
        sender = row.from_address
    assert not list((inbox / "new").iterdir()) and not list((inbox / "cur").iterdir())
    for path in set(outbox.iterdir()) - letters_before:
        assert_letter_is_ours(path.read_bytes(), sender)
    # Nothing outside the service's own folders, whatever the attachment names said.
    assert {p.name for p in root.iterdir()} <= ALLOWED_TOP
    assert not list(Path("/tmp").glob("pwned-hostile-marker*")) and not Path("/etc/pwned-hostile-marker").exists()


@pytest.fixture
def smtp_pipeline(tmp_path, smtp_server, shipped_classifier):  # noqa: F811
    settings_ = make_settings(tmp_path, outbox=smtp_server.outbox_settings())
    app = bootstrap(settings_, classifier=shipped_classifier)
    yield app, settings_
    app.close()


def test_an_encoded_line_break_in_the_message_id_cannot_add_a_bcc_to_our_acknowledgement(smtp_pipeline, smtp_server):  # noqa: F811
    app, settings_ = smtp_pipeline
    raw = (
        b"From: Jo Bloggs <jo@example.org>\r\nTo: complaints@firm.example\r\n"
        b"Subject: Formal complaint =?utf-8?q?=0D=0ABcc:_victim@evil.example?=\r\n"
        b"Message-ID: <=?utf-8?q?x=0D=0ABcc:_victim@evil.example=0D=0A=0D=0AClick_http://evil.example?=>\r\n"
        b"References: <=?utf-8?q?y=0D=0ACc:_victim2@evil.example?=>\r\n\r\n"
        b"I want to make a formal complaint. Your staff ignored my letters for weeks. This is unacceptable.\r\n"
    )
    deliver(settings_.path("mailbox", "path"), "inject", raw)
    report = app.service().run_once()
    assert report.send.sent == 1
    (received,) = smtp_server.messages
    assert received.recipients == ["jo@example.org"]
    assert_letter_is_ours(received.data, "jo@example.org")
    letter = email.message_from_bytes(received.data, policy=email.policy.default)
    assert "Click" not in letter.get_body(("plain",)).get_content()


def test_ten_thousand_recipients_get_one_acknowledgement_to_the_sender(smtp_pipeline, smtp_server):  # noqa: F811
    app, settings_ = smtp_pipeline
    everyone = ", ".join(f"person{i}@example.org" for i in range(10_000)).encode()
    raw = (
        b"From: Jo Bloggs <jo@example.org>\r\nTo: " + everyone + b"\r\nCc: " + everyone + b"\r\n"
        b"Subject: Formal complaint about my account\r\nMessage-ID: <tenk@example.org>\r\n\r\n"
        b"I want to make a formal complaint. Your staff ignored my letters for weeks. This is unacceptable.\r\n"
    )
    deliver(settings_.path("mailbox", "path"), "tenk", raw)
    report = app.service().run_once()
    assert len(report.outcomes) == 1 and report.send.sent == 1
    (received,) = smtp_server.messages
    assert received.recipients == ["jo@example.org"]
    assert_letter_is_ours(received.data, "jo@example.org")
    with unit_of_work(app.factory) as session:
        row = session.scalars(select(InboundMessage)).one()
        assert RawStore(settings_.path("storage", "raw_path")).get(row.raw_sha256) == raw


def test_nesting_too_deep_to_parse_is_kept_quarantined_and_shown_to_a_person(smtp_pipeline, smtp_server):  # noqa: F811
    app, settings_ = smtp_pipeline
    raw = nested(3000)
    inbox = settings_.path("mailbox", "path")
    deliver(inbox, "deep", raw)
    (outcome,) = app.service().run_once().outcomes
    assert outcome.status == "processed" and outcome.case_kind == "unreadable" and outcome.quarantine_reason
    assert (inbox / ".Quarantine" / "cur" / "deep").read_bytes() == raw
    assert smtp_server.messages == []
    with unit_of_work(app.factory) as session:
        row = session.scalars(select(InboundMessage)).one()
        assert RawStore(settings_.path("storage", "raw_path")).get(row.raw_sha256) == raw
