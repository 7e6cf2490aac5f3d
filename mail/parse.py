"""Turn raw message bytes into a `ParsedEmail`: mail-parser first, the stdlib parser as fallback.

Nothing here raises on bad input. A message that neither parser can read still yields a
`ParsedEmail` whose `parser` is ``"none"`` and whose `defects` say why, so the caller can open a
case for a person; the raw bytes are kept by the caller in any case.
"""

from __future__ import annotations

import base64
import binascii
import email
import email.feedparser
import email.header
import email.policy
import email.utils
import hashlib
import html as html_lib
import logging
import re
from datetime import datetime
from email.message import Message
from typing import Any

from mail.types import Attachment, ParsedEmail

logger = logging.getLogger(__name__)
# mail-parser warns once per part it does not handle; our defects list says it instead.
logging.getLogger("mailparser").setLevel(logging.ERROR)

# Charsets that mail clients declare but Python does not know, mapped to what they mean.
# (FreeScout keeps a similar map; LookupError on these is common in real mail.)
CHARSET_ALIASES = {
    "unicode-1-1-utf-7": "utf-7",
    "x-unknown": "latin-1",
    "unknown-8bit": "latin-1",
    "x-user-defined": "latin-1",
    "ansi_x3.4-1968": "ascii",
    "iso-8859-8-i": "iso-8859-8",
    "ks_c_5601-1987": "euc-kr",
    "x-mac-roman": "mac-roman",
    "macintosh": "mac-roman",
    "cp-850": "cp850",
    "windows-874": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "default": "latin-1",
    "us": "ascii",
}

MAX_HEADER_VALUE = 10_000  # a header longer than this is truncated in the parsed view, never in the raw
MAX_BODY_CHARS = 2_000_000  # bodies beyond this are cut in the parsed view and the cut is recorded

# Compiled once: `re.sub(pattern_string, ...)` looks its pattern up in re's cache on every call, and
# _clean alone runs a few dozen times per message.
_LINE_BREAKS = re.compile(r"[\r\n\x00]+")
_MESSAGE_ID = re.compile(r"<[^<>\s]+>")
_PATH_SEPARATORS = re.compile(r"[\\/]")
_CONTROL_CHARS = re.compile(r"[\x00-\x1f\x7f]")
_MOJIBAKE = re.compile(r"Ã[\x80-\xbf]|â€")
_HTML_BLANKS = re.compile(r"[ \t\xa0]{2,}|[\t\xa0]")


def _clean(value: Any) -> str:
    text = "" if value is None else str(value)
    # Header values we copy anywhere must never carry line breaks (header injection).
    text = _LINE_BREAKS.sub(" ", text).strip()
    return text[:MAX_HEADER_VALUE]


def decode_payload(payload: bytes, charset: str | None) -> tuple[str, str | None]:
    """Decode `payload` with `charset`, falling back through aliases; returns (text, defect)."""
    name = (charset or "").strip().strip('"').lower() or "utf-8"
    name = CHARSET_ALIASES.get(name, name)
    try:
        return payload.decode(name), None
    except LookupError:
        defect = f"unknown charset {name!r}"
    except UnicodeDecodeError:
        defect = f"body not valid {name}"
    for fallback in ("utf-8", "cp1252"):
        try:
            return payload.decode(fallback), defect + f"; decoded as {fallback}"
        except UnicodeDecodeError:
            continue
    return payload.decode("latin-1"), defect + "; decoded as latin-1"


def _address_list(msg: Message, name: str) -> tuple[str, ...]:
    values = msg.get_all(name, failobj=[])
    if not values:  # getaddresses([]) is [] (most messages have no Cc or Reply-To)
        return ()
    try:
        pairs = email.utils.getaddresses([str(v) for v in values])
    except Exception:  # the stdlib can raise on hostile address lists
        return ()
    return tuple(_clean(addr).lower() for _, addr in pairs if addr and "@" in addr)


# An address we would write to: one "@", something on each side, and none of the characters that
# only a broken header leaves in an address (a From line cut by a stray line break, say).
PLAUSIBLE_ADDRESS = re.compile(r"[^\s@<>()\[\]\\,;:\"\x00-\x1f\x7f-\x9f]+@[^\s@<>()\[\]\\,;:\"\x00-\x1f\x7f-\x9f]+")


def _first_address(msg: Message, name: str) -> tuple[str, str | None]:
    raw = msg.get(name)
    if raw is None:
        return "", None
    try:
        display, addr = email.utils.parseaddr(str(raw))
    except Exception:
        return _clean(raw), None
    addr = _clean(addr).lower()
    if not addr or not PLAUSIBLE_ADDRESS.fullmatch(addr):
        return _clean(display or raw), None
    return _clean(display), addr


def _parse_date(msg: Message) -> datetime | None:
    raw = msg.get("Date")
    if not raw:
        return None
    try:
        return email.utils.parsedate_to_datetime(str(raw))
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _message_ids(value: str | None) -> tuple[str, ...]:
    return tuple(_MESSAGE_ID.findall(value or ""))


def _headers(msg: Message) -> tuple[tuple[str, str], ...]:
    items: list[tuple[str, str]] = []
    for key, value in msg.raw_items() if hasattr(msg, "raw_items") else msg.items():
        try:
            text = str(msg.policy.header_fetch_parse(key, value)) if hasattr(msg, "policy") else str(value)
        except Exception:
            text = str(value)
        items.append((_clean(key), _clean(_decode_words(text))))
    return tuple(items)


def _decode_words(value: str) -> str:
    """RFC 2047 encoded words decoded ("=?utf-8?q?Caf=C3=A9?=" -> "Café"). The compat32 policy the parser shares
    with mail-parser returns header values as they were sent, so without this a non-ASCII subject or postal address
    would reach the classifier, the register and letters in its encoded form."""
    if "=?" not in value:
        return value
    try:
        return str(email.header.make_header(email.header.decode_header(value)))
    except Exception:  # an unknown charset or a broken encoded word: keep what was sent
        return value


def _safe_filename(name: str | None) -> str:
    """A display-safe attachment name: no path parts, no control characters."""
    base = _PATH_SEPARATORS.split(_clean(name or ""))[-1]
    base = _CONTROL_CHARS.sub("", base).strip(" .")
    return base[:200] or "attachment"


def html_to_text(markup: str) -> str:
    """A plain rendering of HTML for parsed text (the classifiers do their own, richer one)."""
    markup = re.sub(r"(?is)<(script|style|head)[^>]*>.*?</\1>", " ", markup)
    markup = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>|</li>|</h\d>", "\n", markup)
    text = re.sub(r"<[^>]+>", " ", markup)
    text = html_lib.unescape(text)
    # Every run of spaces, tabs and no-break spaces becomes one space. A lone space already is one:
    # matching only longer runs and lone tabs or no-break spaces gives the same text without
    # rewriting each ordinary space between two words.
    text = _HTML_BLANKS.sub(" ", text)
    return re.sub(r"\n\s*\n\s*\n+", "\n\n", text).strip()


_FEED_CHUNK = 8192  # what email.parser.Parser.parse feeds at a time


def _stdlib_parse(raw: bytes) -> Message:
    """`email.message_from_bytes(raw, policy=compat32)`, fed in the same 8 KiB pieces it feeds, but
    without first decoding the whole message into one string and copying that into a StringIO (which
    holds 4 bytes per character): for a 25 MB message that saved about 125 MB at the peak. The
    resulting Message is the same object tree, part for part."""
    parser = email.feedparser.BytesFeedParser(policy=email.policy.compat32)
    for start in range(0, len(raw), _FEED_CHUNK):
        parser.feed(raw[start : start + _FEED_CHUNK])
    return parser.close()


def _walk_bodies(msg: Message, defects: list[str]) -> tuple[list[str], list[str], list[Attachment]]:
    """Text parts, HTML parts and attachments, decoded part by part with their own charsets."""
    texts: list[str] = []
    htmls: list[str] = []
    attachments: list[Attachment] = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        content_type = (part.get_content_type() or "text/plain").lower()
        # str(): a header holding raw 8-bit bytes comes back as an email.header.Header, not a str.
        disposition = str(part.get("Content-Disposition") or "").lower()
        filename = part.get_filename()
        try:
            payload = part.get_payload(decode=True)
        except Exception as exc:  # binascii errors inside broken base64
            defects.append(f"undecodable part {content_type}: {type(exc).__name__}")
            payload = None
        if payload is None:
            payload = b""
        if isinstance(payload, str):
            payload = payload.encode("utf-8", "surrogateescape")
        is_attachment = bool(filename) or "attachment" in disposition
        if content_type in ("text/plain", "text/html") and not is_attachment:
            text, defect = decode_payload(payload, part.get_content_charset())
            if defect:
                defects.append(defect)
            (htmls if content_type == "text/html" else texts).append(text)
        elif content_type == "message/rfc822" and not is_attachment:
            continue  # walk() descends into it; its text parts are collected above
        else:
            attachments.append(
                Attachment(
                    filename=_safe_filename(filename or f"part.{content_type.split('/')[-1]}"),
                    content_type=_clean(content_type),
                    size=len(payload),
                    sha256=hashlib.sha256(payload).hexdigest(),
                )
            )
    return texts, htmls, attachments


def _mailparser_bodies(msg: Message) -> tuple[str, str | None, list[Attachment], list[str]]:
    """Bodies and attachments through mail-parser. Raises on any failure (caller falls back).

    mail-parser reads the Message the stdlib parser already built (`mailparser.parse_from_bytes`
    builds the very same one with `email.message_from_bytes`, then reads it): one parse of the
    message, not two. It does not change the Message it reads."""
    import mailparser  # the only module that imports mail-parser

    parsed = mailparser.MailParser(msg)
    text = "\n".join(part for part in parsed.text_plain if part)
    html = "\n".join(part for part in parsed.text_html if part) or None
    if not text and not html:
        # Parts of a type mail-parser does not handle (e.g. a multipart with no boundary) still
        # hold what the sender wrote.
        text = "\n".join(part for part in getattr(parsed, "text_not_managed", []) if isinstance(part, str))
    attachments: list[Attachment] = []
    for item in parsed.attachments:
        payload = item.get("payload") or ""
        if item.get("binary"):
            try:
                data = base64.b64decode(payload)
            except (binascii.Error, ValueError):
                data = payload.encode("utf-8", "replace")
        else:
            data = payload.encode("utf-8", "replace")
        attachments.append(
            Attachment(
                filename=_safe_filename(item.get("filename")),
                content_type=_clean(item.get("mail_content_type") or "application/octet-stream"),
                size=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
            )
        )
    # mail-parser keeps the categories in a set: sorted, so the same message gives the same list in
    # every process (set order follows the hash seed).
    defects = sorted(str(cat) for cat in (parsed.defects_categories or ()))
    return text, html, attachments, defects


def _looks_misdecoded(text: str) -> bool:
    # U+FFFD or classic UTF-8-read-as-latin-1 pairs mean mail-parser guessed a charset wrong.
    # The pattern matches only text that holds "â€" or an "Ã": the substring tests (fast scans)
    # give the same answer and spare the regex scan of every long body that has neither.
    if "\ufffd" in text or "â€" in text:
        return True
    return "Ã" in text and _MOJIBAKE.search(text) is not None


def parse_message(raw: bytes) -> ParsedEmail:
    """Parse `raw` into a ParsedEmail. Never raises; problems are listed in `defects`."""
    defects: list[str] = []
    if not raw or raw.isspace():  # = `not raw.strip()`, without copying the whole message
        defects.append("empty message")
    try:
        msg = _stdlib_parse(raw)
    except Exception as exc:  # the stdlib parser is lenient; this is for the truly hopeless
        logger.warning("stdlib parser failed: %s", type(exc).__name__)
        return _unparsable(raw, f"unparsable message: {type(exc).__name__}")

    defects.extend(type(d).__name__ for d in msg.defects)
    parser = "mail-parser"
    try:
        text, html, attachments, mp_defects = _mailparser_bodies(msg)
        defects.extend(d for d in mp_defects if d not in defects)
        if _looks_misdecoded(text) or (html and _looks_misdecoded(html)):
            raise ValueError("mis-decoded text")
    except Exception as exc:
        # mail-parser raises on some charsets (LookupError) and mis-decodes others; the stdlib
        # walk decodes each part with its own charset and our alias table.
        logger.info("mail-parser fallback: %s", type(exc).__name__)
        defects.append(f"mail-parser failed ({type(exc).__name__}); stdlib parser used")
        parser = "stdlib"
        try:
            texts, htmls, attachments = _walk_bodies(msg, defects)
        except Exception as walk_exc:
            return _unparsable(raw, f"no parser could read the body: {type(walk_exc).__name__}")
        text = "\n".join(texts)
        html = "\n".join(htmls) or None

    if len(text) > MAX_BODY_CHARS:
        defects.append(f"text body cut to {MAX_BODY_CHARS} characters")
        text = text[:MAX_BODY_CHARS]
    if html and len(html) > MAX_BODY_CHARS:
        defects.append(f"html body cut to {MAX_BODY_CHARS} characters")
        html = html[:MAX_BODY_CHARS]
    if not text.strip() and html:
        text = html_to_text(html)

    content_type = (msg.get_content_type() or "").lower()
    if content_type.startswith("multipart/") and not msg.is_multipart():
        defects.append("multipart without a usable boundary")

    headers = _headers(msg)
    from_name, from_address = _first_address(msg, "From")
    if from_address is None:
        defects.append("From header has no address")
    message_id = _message_ids(_clean(msg.get("Message-ID")))
    if not message_id:
        defects.append("no Message-ID")
    subject = _clean(next((v for k, v in headers if k.lower() == "subject"), ""))  # the first Subject
    if not text.strip() and not (html or "").strip() and not attachments:
        defects.append("empty body")
    in_reply_to = _message_ids(_clean(msg.get("In-Reply-To")))
    return ParsedEmail(
        message_id=message_id[0] if message_id else None,
        from_name=from_name,
        from_address=from_address,
        to=_address_list(msg, "To"),
        cc=_address_list(msg, "Cc"),
        reply_to=_address_list(msg, "Reply-To"),
        subject=subject,
        date=_parse_date(msg),
        text=text,
        html=html,
        headers=headers,
        in_reply_to=in_reply_to[0] if in_reply_to else None,
        references=_message_ids(_clean(msg.get("References")))[:100],
        attachments=tuple(attachments),
        defects=tuple(dict.fromkeys(defects)),
        parser=parser,
    )


def _unparsable(raw: bytes, reason: str) -> ParsedEmail:
    return ParsedEmail(
        message_id=None,
        from_name="",
        from_address=None,
        to=(),
        cc=(),
        reply_to=(),
        subject="",
        date=None,
        text="",
        html=None,
        headers=(),
        in_reply_to=None,
        references=(),
        attachments=(),
        defects=(reason,),
        parser="none",
    )


# Defects that mean a person should look at the message before the bot trusts its reading.
SERIOUS_DEFECT_MARKERS = (
    "unparsable",
    "no parser",
    "multipart without",
    "StartBoundaryNotFoundDefect",
    "CloseBoundaryNotFoundDefect",
    "MultipartInvariantViolationDefect",
    "MissingHeaderBodySeparatorDefect",
    "undecodable part",
    "unknown charset",
    "empty message",
    "empty body",
    "From header has no address",
    "cut to",
)


def serious_defects(parsed: ParsedEmail) -> tuple[str, ...]:
    """The defects that should put the message in front of a person, with their wording."""
    return tuple(d for d in parsed.defects if any(m in d for m in SERIOUS_DEFECT_MARKERS))
