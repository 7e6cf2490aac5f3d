"""Hypothesis strategies for hostile mail: broken MIME, bad encodings, huge headers, deep nesting,
path-traversal attachment names and CRLF injection in the header values we copy into letters."""

from __future__ import annotations

import base64
import quopri

from hypothesis import strategies as st

INJECTIONS = (
    "\r\nBcc: victim@evil.example",
    "\nBcc: victim@evil.example",
    "\rCc: victim@evil.example",
    "\r\n\r\nInjected body",
    "=?utf-8?q?hello=0D=0ABcc:_victim@evil.example?=",
    "=?utf-8?b?" + base64.b64encode(b"x\r\nBcc: victim@evil.example").decode() + "?=",
    "=?iso-8859-1?q?=0ATo:_victim@evil.example?=",
    "\x00Bcc: victim@evil.example",
    "\u2028Bcc: victim@evil.example",
    "\x85Bcc: victim@evil.example",
    "<=?utf-8?q?x=0D=0ABcc:_victim@evil.example?=>",
    "<x=?utf-8?q?=0D=0A=0D=0AInjected_body?=@evil.example>",
    '=?utf-8?q?=22=0D=0ABcc:_victim@evil.example=22?= <x@evil.example>',
)

TRAVERSAL_NAMES = (
    "../../../../tmp/{marker}",
    "..\\..\\..\\Windows\\System32\\{marker}.dll",
    "/etc/{marker}",
    "C:\\{marker}.exe",
    "....//....//{marker}",
    "..",
    ".",
    "",
    "con",
    "{marker}\x00.pdf",
    "{marker}\r\nContent-Type: text/html",
    "%2e%2e%2f%2e%2e%2f{marker}",
    ".htaccess",
    "a" * 5000 + ".pdf",
    "\u202egnp.exe",
)

CHARSETS = ("utf-8", "us-ascii", "iso-8859-1", "windows-1252", "utf-7", "x-unknown", "bogus-charset-42", "", "utf-16", "gb2312")
ENCODINGS = ("7bit", "8bit", "binary", "base64", "quoted-printable", "x-uuencode", "nonsense")

header_text = st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=120),
    st.sampled_from(INJECTIONS),
    st.builds(lambda a, i, b: a + i + b, st.text(max_size=20), st.sampled_from(INJECTIONS), st.text(max_size=20)),
)


def _encode(payload: bytes, encoding: str) -> bytes:
    if encoding == "base64":
        return base64.encodebytes(payload)
    if encoding == "quoted-printable":
        return quopri.encodestring(payload)
    return payload


@st.composite
def leaf_part(draw, marker: str) -> bytes:
    """A text part or an attachment, with a random charset and transfer encoding (maybe a lie)."""
    charset = draw(st.sampled_from(CHARSETS))
    encoding = draw(st.sampled_from(ENCODINGS))
    payload = draw(st.one_of(st.binary(max_size=300), st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass"))))
    if draw(st.booleans()):  # claims one encoding, carries garbage
        body = payload
    else:
        body = _encode(payload, encoding)
    if draw(st.booleans()):
        name = draw(st.sampled_from(TRAVERSAL_NAMES)).format(marker=marker)
        style = draw(st.sampled_from(("plain", "rfc2231", "encoded-word", "content-type-name")))
        if style == "rfc2231":
            from urllib.parse import quote

            disposition = f"attachment; filename*=utf-8''{quote(name, safe='')}"
        elif style == "encoded-word":
            disposition = f'attachment; filename="=?utf-8?b?{base64.b64encode(name.encode()).decode()}?="'
        else:
            disposition = f'attachment; filename="{name}"'
        head = "Content-Type: application/octet-stream" + (f'; name="{name}"' if style == "content-type-name" else "")
        head += f"\r\nContent-Disposition: {disposition}"
    else:
        head = f"Content-Type: text/{draw(st.sampled_from(('plain', 'html')))}; charset={charset}"
    head += f"\r\nContent-Transfer-Encoding: {encoding}"
    return head.encode("utf-8", "surrogateescape") + b"\r\n\r\n" + body


@st.composite
def mime_body(draw, marker: str, depth: int = 0) -> bytes:
    """A (possibly nested, possibly broken) MIME entity: headers + body."""
    if depth >= 6 or draw(st.integers(0, 3)) == 0:
        return draw(leaf_part(marker))
    boundary = draw(st.sampled_from(("b", "==x==", "a" * 70, "", "weird boundary; x", "--")) ) + str(depth)
    used = boundary if draw(st.integers(0, 4)) else draw(st.sampled_from(("other", "", boundary + "x")))
    parts = draw(st.lists(mime_body(marker, depth + 1), min_size=0, max_size=3))
    closed = draw(st.booleans())
    out = f'Content-Type: multipart/{draw(st.sampled_from(("mixed", "alternative", "related", "report")))}; boundary="{boundary}"\r\n\r\n'.encode()
    for part in parts:
        out += f"--{used}\r\n".encode() + part + b"\r\n"
    if closed:
        out += f"--{used}--\r\n".encode()
    return out


@st.composite
def hostile_message(draw, marker: str = "pwned", sender: str = "jo@example.org") -> bytes:
    """A whole message: hostile Subject and From display name, random extra headers, hostile body."""
    subject = draw(header_text)
    display = draw(header_text)
    raw_display = display.replace("\\", "\\\\").replace('"', '\\"')
    headers = [
        f'From: "{raw_display}" <{sender}>',
        "To: complaints@firm.example",
        f"Subject: I want to complain {subject}",
        f"Message-ID: <{marker}@example.org>",
        "MIME-Version: 1.0",
    ]
    extra = draw(st.lists(st.tuples(st.sampled_from(("X-Junk", "Received", "Comments", "Keywords", "Reply-To")), header_text), max_size=5))
    headers += [f"{name}: {value}" for name, value in extra]
    if draw(st.integers(0, 9)) == 0:
        headers.append("X-Huge: " + "h" * draw(st.integers(1000, 200_000)))
    head = "\r\n".join(headers).encode("utf-8", "surrogateescape")
    body = draw(mime_body(marker))
    complaint = b"\r\n\r\nI want to make a formal complaint about my account; nobody answers my letters.\r\n"
    return head + b"\r\n" + body + complaint
