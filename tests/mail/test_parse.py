"""Parsing: mail-parser first, stdlib fallback, and bad input flagged, never raised."""

from __future__ import annotations

import base64

from mail.parse import decode_payload, parse_message, serious_defects


def test_plain_message_fields():
    raw = (
        b"From: Jane Doe <Jane.Doe@Example.com>\r\nTo: complaints@firm.example, other@firm.example\r\n"
        b"Subject: Where is my refund?\r\nMessage-ID: <abc@example.com>\r\nIn-Reply-To: <prev@firm.example>\r\n"
        b"References: <first@firm.example> <prev@firm.example>\r\nDate: Mon, 16 Nov 2026 09:12:00 +0000\r\n\r\n"
        b"Still nothing after three weeks.\r\n"
    )
    parsed = parse_message(raw)
    assert parsed.from_address == "jane.doe@example.com"
    assert parsed.from_name == "Jane Doe"
    assert parsed.to == ("complaints@firm.example", "other@firm.example")
    assert parsed.message_id == "<abc@example.com>"
    assert parsed.in_reply_to == "<prev@firm.example>"
    assert parsed.references == ("<first@firm.example>", "<prev@firm.example>")
    assert "three weeks" in parsed.text
    assert parsed.date is not None and parsed.date.day == 16
    assert serious_defects(parsed) == ()


def test_unknown_charset_falls_back_and_is_recorded():
    raw = (
        b"From: a@example.com\nSubject: charges\nMessage-ID: <c@x>\n"
        b'Content-Type: text/plain; charset="x-no-such-charset"\nContent-Transfer-Encoding: 8bit\n\n'
        b"You charged me \xa3120 twice\n"
    )
    parsed = parse_message(raw)
    assert "charged me" in parsed.text
    assert "120 twice" in parsed.text
    assert any("charset" in d for d in parsed.defects)


def test_windows_1252_pound_sign_is_decoded():
    raw = (
        b"From: a@example.com\nSubject: fee\nMessage-ID: <d@x>\n"
        b"Content-Type: text/plain; charset=windows-1252\nContent-Transfer-Encoding: 8bit\n\n"
        b"A \x80 5 fee and a \xa3 10 fee\n"
    )
    parsed = parse_message(raw)
    assert "\u20ac 5" in parsed.text and "\xa3 10" in parsed.text


def test_mislabelled_utf8_as_latin1_uses_the_stdlib_parts():
    body = "Caf\u00e9 owner, \u00a3250 taken".encode("utf-8")
    raw = b"From: a@example.com\nSubject: x\nMessage-ID: <e@x>\nContent-Type: text/plain; charset=utf-8\n\n" + body
    parsed = parse_message(raw)
    assert "\u00a3250" in parsed.text


def test_broken_mime_is_flagged_not_raised():
    raw = b"From: someone\nSubject: broken\nContent-Type: multipart/mixed\n\n--x\nfoo"
    parsed = parse_message(raw)
    assert parsed.from_address is None
    problems = serious_defects(parsed)
    assert any("From header has no address" in p for p in problems)
    assert any("boundary" in p.lower() or "Multipart" in p for p in problems)


def test_no_message_id_and_empty_body():
    parsed = parse_message(b"From: a@example.com\nSubject: \n\n")
    assert parsed.message_id is None
    assert "no Message-ID" in parsed.defects
    assert "empty body" in serious_defects(parsed)


def test_garbage_bytes_never_raise():
    for raw in (b"", b"\x00\xff\xfe" * 100, b"::::\n\n\n", b"Content-Type: multipart/mixed; boundary=\"\"\n\n--\n--\n"):
        parsed = parse_message(raw)
        assert parsed.defects  # something is recorded for a person


def test_html_only_message_gets_text():
    raw = (
        b"From: a@example.com\nSubject: html\nMessage-ID: <h@x>\nContent-Type: text/html; charset=utf-8\n\n"
        b"<html><body><p>Your app <b>lost</b> my documents.</p><script>alert(1)</script></body></html>"
    )
    parsed = parse_message(raw)
    assert parsed.html and "<b>lost</b>" in parsed.html
    assert "lost my documents" in " ".join(parsed.text.split())
    assert "alert" not in parsed.text


def test_large_attachment_is_described_not_inlined():
    payload = base64.encodebytes(b"\x00" * (25 * 1024 * 1024))
    raw = (
        b"From: a@example.com\nSubject: scans\nMessage-ID: <big@x>\nMIME-Version: 1.0\n"
        b'Content-Type: multipart/mixed; boundary="b1"\n\n--b1\nContent-Type: text/plain\n\nSee attached.\n'
        b'--b1\nContent-Type: application/pdf\nContent-Disposition: attachment; filename="../../etc/passwd.pdf"\n'
        b"Content-Transfer-Encoding: base64\n\n" + payload + b"\n--b1--\n"
    )
    parsed = parse_message(raw)
    assert "See attached" in parsed.text
    (attachment,) = parsed.attachments
    assert attachment.size == 25 * 1024 * 1024
    assert attachment.filename == "passwd.pdf"  # no path parts survive


def test_header_injection_is_neutralised():
    raw = b"From: a@example.com\nSubject: =?utf-8?q?hello=0D=0ABcc:_victim@example.com?=\nMessage-ID: <i@x>\n\nhi"
    parsed = parse_message(raw)
    assert "\r" not in parsed.subject and "\n" not in parsed.subject


def test_decode_payload_reports_what_it_did():
    text, defect = decode_payload(b"caf\xe9", "utf-8")
    assert text == "caf\xe9" and defect and "cp1252" in defect
    text, defect = decode_payload("naïve".encode("latin-1"), "latin-1")
    assert text == "naïve" and defect is None


def test_encoded_words_in_headers_are_decoded_to_one_line():
    """A non-ASCII subject or postal address reaches the register decoded; an encoded CRLF stays one line."""
    raw = (
        b"From: a@example.org\r\nMessage-ID: <x@example.org>\r\n"
        b"Subject: Plainte =?utf-8?q?=C3=A9lev=C3=A9e?=\r\n"
        b"X-Triage-Postal-Address: =?utf-8?q?Caf=C3=A9?= Rouge, 1 High St, Leeds\r\n"
        b"X-Note: =?utf-8?b?SGVsbG8NCkJjYzogeEB5Lnp6?=\r\n"
        b"X-Broken: =?x-unknown?q?abc?=\r\n\r\nhello\r\n"
    )
    parsed = parse_message(raw)
    headers = dict(parsed.headers)
    assert parsed.subject == "Plainte élevée"
    assert headers["X-Triage-Postal-Address"] == "Café Rouge, 1 High St, Leeds"
    assert "\r" not in headers["X-Note"] and "\n" not in headers["X-Note"]
    assert headers["X-Broken"] == "=?x-unknown?q?abc?="  # an unknown charset is kept as sent, not dropped


BAD_HEADERS = (
    b"From: <<broken@@example.org\r\nTo: complaints@firm.example\r\nSubject: defects\r\n"
    b"Message-ID: <defects@example.org>\r\nDate: not a date at all\r\nReceived: garbage without any shape\r\n\r\n"
    b"Please look at my account.\r\n"
)


def test_defects_are_listed_in_the_same_order_in_every_process():
    # mail-parser keeps its defect categories in a set, whose order follows the hash seed.
    import json
    import subprocess
    import sys

    script = "import sys, json; from mail.parse import parse_message; print(json.dumps(parse_message(sys.stdin.buffer.read()).defects))"
    runs = set()
    for seed in ("0", "1", "2", "3"):
        out = subprocess.run(
            [sys.executable, "-c", script], input=BAD_HEADERS, capture_output=True, check=True, env={**__import__("os").environ, "PYTHONHASHSEED": seed}
        ).stdout
        runs.add(tuple(json.loads(out)))
    assert len(runs) == 1
    (defects,) = runs
    assert len([d for d in defects if d.endswith("HeaderDefect")]) >= 2  # more than one category to order


def test_an_eight_bit_content_disposition_does_not_stop_the_fallback_walk():
    # An unknown charset sends the message to the stdlib walk; a Content-Disposition holding raw
    # 8-bit bytes comes back from the stdlib as a Header object there, not a str.
    raw = (
        b"From: a@example.org\r\nTo: complaints@firm.example\r\nSubject: statement\r\nMessage-ID: <8bit@example.org>\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=XX\r\n\r\n"
        b"--XX\r\nContent-Type: text/plain; charset=x-no-such-charset\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        b"The charge of \xa3120 is wrong.\r\n"
        b"--XX\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=\"r\xe9sum\xe9.pdf\"\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n" + base64.b64encode(b"%PDF-1.4 data") + b"\r\n--XX--\r\n"
    )
    parsed = parse_message(raw)
    assert parsed.parser == "stdlib"
    assert "is wrong" in parsed.text
    assert [a.size for a in parsed.attachments] == [len(b"%PDF-1.4 data")]
