"""Outgoing letters carry RFC 3834 headers, threading, one recipient and no injected headers."""

import email
import email.policy

import pytest

from mail.compose import Letter, compose


def _letter(**changes):
    values = dict(
        from_address="complaints@firm.example",
        from_name="Complaints Team",
        to=["jo@example.com"],
        subject="[CMP-2026-000001] We have received your complaint",
        text="Dear Jo,\n\nThank you.",
        message_id="<acknowledgement.1@firm.example>",
        in_reply_to="<orig@example.com>",
        references=["<first@example.com>"],
    )
    values.update(changes)
    return Letter(**values)


def test_acknowledgement_headers():
    msg = email.message_from_bytes(compose(_letter(html="<p>Dear Jo</p>")), policy=email.policy.default)
    assert msg["Auto-Submitted"] == "auto-replied"
    assert msg["In-Reply-To"] == "<orig@example.com>"
    assert msg["References"] == "<first@example.com> <orig@example.com>"
    assert msg["Message-ID"] == "<acknowledgement.1@firm.example>"
    assert msg["To"] == "jo@example.com"
    assert msg["X-Triage-Loop"]
    assert "CMP-2026-000001" in msg["Subject"]
    assert msg.get_body(("plain",)).get_content().startswith("Dear Jo")
    assert "Dear Jo" in msg.get_body(("html",)).get_content()


def test_crlf_in_subject_cannot_add_headers():
    raw = compose(_letter(subject="Hello\r\nBcc: victim@example.com"))
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert msg["Bcc"] is None
    assert "victim" in msg["Subject"]


def test_bad_recipient_is_refused():
    with pytest.raises(ValueError):
        compose(_letter(to=["not an address"]))


def test_original_attached_as_message_rfc822():
    original = b"From: jo@example.com\r\nSubject: about my lender\r\nMessage-ID: <o@x>\r\n\r\nThey lost my deeds.\r\n"
    msg = email.message_from_bytes(compose(_letter(attach_original=original, auto_reply=False)), policy=email.policy.default)
    parts = [p for p in msg.iter_attachments()]
    assert parts and parts[0].get_content_type() == "message/rfc822"
    assert b"They lost my deeds." in parts[0].as_bytes()
    assert msg["Auto-Submitted"] == "auto-generated"
