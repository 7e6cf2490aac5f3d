"""Compose outgoing letters as RFC 5322 bytes with the loop-protection headers of RFC 3834.

Every letter carries a Message-ID on our own domain (decided before sending, so a resend after a
crash is recognisable), our loop header, and for replies `Auto-Submitted: auto-replied` with
In-Reply-To/References so the complainant's client threads it and other robots stay quiet.
"""

from __future__ import annotations

import email
import email.policy
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

from mail.automail import LOOP_HEADER
from mail.parse import PLAUSIBLE_ADDRESS

# Every character `str.splitlines()` breaks on (the email package refuses or folds at them), and NUL.
_LINEBREAKS = re.compile("[\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\x00]+")


def one_line(value: str) -> str:
    """Strip line breaks from anything copied into a header (header injection)."""
    return _LINEBREAKS.sub(" ", value or "").strip()


def _set(msg: EmailMessage, name: str, value: str) -> None:
    """Set a header from a value that may be hostile. Line breaks are removed, and an RFC 2047
    encoded word that the email package would decode into a line break (``=?utf-8?q?=0D=0ABcc:...?=``
    in a Message-ID we copy into In-Reply-To: header injection) is defused by breaking its ``=?``."""
    msg[name] = _defused(value)


def _defused(value: str) -> str:
    # We never write encoded words by hand (the email package encodes what needs it), so a literal
    # "=?" can only be someone else's; breaking it keeps the package from decoding it.
    return one_line(value).replace("=?", "=_?")


def _check_head(data: bytes, names: set[str]) -> None:
    """Defence in depth: every line of the letter's header is one we set or a continuation line."""
    for line in data.split(b"\r\n\r\n", 1)[0].split(b"\r\n"):
        name = line.split(b":", 1)[0].decode("ascii", "replace").lower()
        if b"\r" in line or b"\n" in line or (line[:1] not in (b" ", b"\t") and name not in names):
            raise ValueError("the composed letter failed the header check (header injection?)")


def new_message_id(domain: str, prefix: str = "triage") -> str:
    return f"<{prefix}.{uuid.uuid4().hex}@{one_line(domain) or 'localhost'}>"


@dataclass(frozen=True)
class OutgoingAttachment:
    filename: str
    content_type: str
    data: bytes


@dataclass(frozen=True)
class Letter:
    """A letter ready to be serialised."""

    from_address: str
    to: Sequence[str]
    subject: str
    text: str
    message_id: str
    html: str | None = None
    from_name: str = ""
    in_reply_to: str | None = None
    references: Sequence[str] = ()
    auto_reply: bool = True
    loop_id: str = "triage-bot"
    date: datetime | None = None
    attachments: Sequence[OutgoingAttachment] = field(default_factory=tuple)
    attach_original: bytes | None = None  # forwarded message, attached as message/rfc822


def compose(letter: Letter) -> bytes:
    """Serialise `letter` with CRLF line ends. Raises ValueError on an unusable address."""
    recipients = [one_line(a) for a in letter.to if one_line(a)]
    if not recipients or not all(PLAUSIBLE_ADDRESS.fullmatch(a) for a in recipients):
        raise ValueError("letter needs at least one valid recipient address")
    msg = EmailMessage()
    sender = one_line(letter.from_address)
    if one_line(letter.from_name):  # an Address object: the display name is quoted, never parsed
        msg["From"] = Address(display_name=_defused(letter.from_name), addr_spec=sender)
    else:
        _set(msg, "From", sender)
    _set(msg, "To", ", ".join(recipients))
    _set(msg, "Subject", letter.subject)
    msg["Date"] = format_datetime(letter.date or datetime.now(timezone.utc))
    _set(msg, "Message-ID", letter.message_id)
    if one_line(letter.in_reply_to or ""):
        _set(msg, "In-Reply-To", letter.in_reply_to or "")
    refs = [one_line(r) for r in letter.references if one_line(r)]
    if one_line(letter.in_reply_to or "") and one_line(letter.in_reply_to or "") not in refs:
        refs.append(one_line(letter.in_reply_to or ""))
    if refs:
        _set(msg, "References", " ".join(refs[-20:]))
    if letter.auto_reply:
        # RFC 3834 §5; the other three are what Exchange and older robots honour (peers.md §c3).
        msg["Auto-Submitted"] = "auto-replied"
        msg["Precedence"] = "auto_reply"
        msg["X-Auto-Response-Suppress"] = "All"
    else:
        msg["Auto-Submitted"] = "auto-generated"
    msg[LOOP_HEADER] = one_line(letter.loop_id)
    msg.set_content(letter.text)
    if letter.html:
        msg.add_alternative(letter.html, subtype="html")
    for attachment in letter.attachments:
        maintype, _, subtype = attachment.content_type.partition("/")
        msg.add_attachment(
            attachment.data, maintype=maintype, subtype=subtype or "octet-stream", filename=one_line(attachment.filename)
        )
    if letter.attach_original is not None:
        # Attached byte for byte as message/rfc822, so the receiving firm sees the original.
        # (RFC 2046 §5.2.1 forbids base64 for message/rfc822, so the original goes in as a message.)
        original = email.message_from_bytes(letter.attach_original, policy=email.policy.compat32)
        msg.add_attachment(original, filename="original.eml")
    data = msg.as_bytes(policy=SMTP)
    _check_head(data, {key.lower() for key in msg.keys()})
    return data
