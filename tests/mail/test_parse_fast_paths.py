"""The cheaper forms in mail/parse.py give exactly what the plainer forms they replaced gave."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from mail.parse import (
    _HTML_BLANKS,
    _address_list,
    _looks_misdecoded,
    _stdlib_parse,
    html_to_text,
    parse_message,
)

MANY = settings(max_examples=500, deadline=None)


def looks_misdecoded_before(text: str) -> bool:
    return "\ufffd" in text or bool(re.search(r"Ã[\x80-\xbf]|â€", text))


@MANY
@given(st.text(alphabet="aÃâ€\x80\x9f\xbf\xc0\ufffd \n", max_size=40))
def test_looks_misdecoded_as_before(text):
    assert _looks_misdecoded(text) == looks_misdecoded_before(text)


def test_looks_misdecoded_examples():
    assert _looks_misdecoded("Caf\u00c3\u00a9") and _looks_misdecoded("it\u00e2\u20acs") and _looks_misdecoded("\ufffd")
    assert not _looks_misdecoded("Caf\u00e9 \u00c3 \u00e2") and not _looks_misdecoded("")


@MANY
@given(st.text(alphabet=" \t\xa0a\n<>", max_size=40))
def test_html_blanks_as_before(text):
    assert _HTML_BLANKS.sub(" ", text) == re.sub(r"[ \t\xa0]+", " ", text)


def test_html_to_text_collapses_blanks():
    assert html_to_text("<p>a \t\xa0 b&nbsp;c\td e</p>") == "a b c d e"


@MANY
@given(st.binary(max_size=12).map(lambda b: bytes(c if c % 3 else 0x20 for c in b)) | st.sampled_from(
    [b"", b" ", b"\r\n", b"\t\x0b\x0c\r\n ", b"\x1c", b"\x85", b"\xa0", b" a "]
))
def test_empty_message_check_as_before(raw):
    assert ("empty message" in parse_message(raw).defects) == (not raw.strip())


def test_absent_address_header_is_empty():
    msg = _stdlib_parse(b"From: a@example.org\r\nTo: b@example.org\r\n\r\nx")
    assert _address_list(msg, "Cc") == () and _address_list(msg, "To") == ("b@example.org",)


def test_subject_is_the_first_subject_header():
    raw = b"From: a@example.org\r\nSubject: first\r\nsubject: second\r\nMessage-ID: <a@b>\r\n\r\nx"
    assert parse_message(raw).subject == "first"
