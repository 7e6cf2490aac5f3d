"""Parsing hostile mail never raises, never leaks a line break into a header value we might copy, and
never yields an attachment name that could leave a folder; composing a letter from hostile values
never adds a header."""

from __future__ import annotations

import email
import email.policy

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mail.compose import Letter, compose
from mail.parse import MAX_BODY_CHARS, MAX_HEADER_VALUE, parse_message
from mail.types import ParsedEmail
from tests.properties.strategies import header_text, hostile_message, mime_body

FAST = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
LETTER_HEADERS = {
    "from", "to", "subject", "date", "message-id", "in-reply-to", "references", "auto-submitted", "precedence",
    "x-auto-response-suppress", "x-triage-loop", "mime-version", "content-type", "content-transfer-encoding",
}


def assert_safe(parsed: ParsedEmail) -> None:
    assert isinstance(parsed, ParsedEmail)
    for value in (parsed.subject, parsed.from_name, parsed.from_address or "", parsed.message_id or "", parsed.in_reply_to or ""):
        assert not set(value) & {"\r", "\n", "\x00"}, value
        assert len(value) <= MAX_HEADER_VALUE
    for name, value in parsed.headers:
        assert not set(name + value) & {"\r", "\n", "\x00"}
    for address in (*parsed.to, *parsed.cc, *parsed.reply_to):
        assert "@" in address and not set(address) & {"\r", "\n", "\x00"}
    for attachment in parsed.attachments:
        name = attachment.filename
        assert name and name not in (".", "..") and not name.startswith(".")
        assert "/" not in name and "\\" not in name and len(name) <= 200
        assert not any(ord(c) < 32 or ord(c) == 127 for c in name), repr(name)
    assert len(parsed.text) <= MAX_BODY_CHARS


@FAST
@given(st.binary(max_size=4000))
def test_arbitrary_bytes_never_raise(raw):
    assert_safe(parse_message(raw))


@FAST
@given(hostile_message())
def test_hostile_mime_is_parsed_safely(raw):
    assert_safe(parse_message(raw))


@FAST
@given(mime_body("x"), st.integers(0, 40))
def test_truncated_mime_is_parsed_safely(body, cut):
    raw = b"From: jo@example.org\r\nSubject: cut\r\nMIME-Version: 1.0\r\n" + body
    assert_safe(parse_message(raw[: max(0, len(raw) - cut)]))


def nested(depth: int) -> bytes:
    body = b"Content-Type: text/plain\r\n\r\nI wish to complain.\r\n"
    for i in range(depth):
        boundary = b"b%d" % i
        body = b'Content-Type: multipart/mixed; boundary="' + boundary + b'"\r\n\r\n--' + boundary + b"\r\n" + body + b"\r\n--" + boundary + b"--\r\n"
    return b"From: jo@example.org\r\nSubject: deep\r\nMessage-ID: <deep@example.org>\r\nMIME-Version: 1.0\r\n" + body


@settings(max_examples=15, deadline=None)
@given(st.integers(1, 400))
def test_deep_nesting_is_read(depth):
    parsed = parse_message(nested(depth))
    assert_safe(parsed)
    assert "I wish to complain." in parsed.text


def test_nesting_deeper_than_the_parser_can_go_is_flagged_not_raised():
    parsed = parse_message(nested(3000))
    assert_safe(parsed)
    assert parsed.parser == "none" and any("unparsable" in d for d in parsed.defects)


def test_ten_thousand_recipients_and_a_huge_header():
    recipients = ", ".join(f"person{i}@example.org" for i in range(10_000))
    raw = (
        f"From: jo@example.org\r\nTo: {recipients}\r\nCc: {recipients}\r\nSubject: {'s' * 1_000_000}\r\n"
        "Message-ID: <many@example.org>\r\n\r\nI want to complain.\r\n"
    ).encode()
    parsed = parse_message(raw)
    assert_safe(parsed)
    assert len(parsed.to) == 10_000 and parsed.from_address == "jo@example.org"
    assert len(parsed.subject) == MAX_HEADER_VALUE


@FAST
@given(subject=header_text, name=header_text, reference=header_text)
def test_a_letter_composed_from_hostile_values_has_exactly_our_headers(subject, name, reference):
    raw = compose(
        Letter(
            from_address="complaints@firm.example", from_name=name, to=["jo@example.org"], subject=subject,
            text=f"Dear {name},\n\n{subject}", message_id="<ack.1@firm.example>", in_reply_to=reference or None,
            references=[reference],
        )
    )
    head = raw.split(b"\r\n\r\n", 1)[0]
    assert b"\n" not in head.replace(b"\r\n", b"")  # every line ends CRLF; no bare LF or CR smuggled in
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    names = [k.lower() for k in msg.keys()]
    assert set(names) <= LETTER_HEADERS, names
    assert len(names) == len(set(names))  # no header twice
    assert msg["To"] == "jo@example.org" and msg["Bcc"] is None and msg["Cc"] is None


def test_a_from_line_cut_by_a_line_break_names_no_sender():
    raw = b'From: "<a@b>\r\nBcc: victim@evil.example" <jo@example.org>\r\nSubject: hi\r\nMessage-ID: <c@x>\r\n\r\nI complain.\r\n'
    parsed = parse_message(raw)
    assert parsed.from_address is None and "From header has no address" in parsed.defects
