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
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

from mail.automail import LOOP_HEADER

_LINEBREAKS = re.compile(r"[\r\n]+")


def one_line(value: str) -> str:
    """Strip CR/LF from anything copied into a header (header injection)."""
    return _LINEBREAKS.sub(" ", value or "").strip()


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
    if not recipients or any("@" not in a or " " in a for a in recipients):
        raise ValueError("letter needs at least one valid recipient address")
    msg = EmailMessage()
    sender = one_line(letter.from_address)
    msg["From"] = f"{one_line(letter.from_name)} <{sender}>" if letter.from_name else sender
    msg["To"] = ", ".join(recipients)
    msg["Subject"] = one_line(letter.subject)
    msg["Date"] = format_datetime(letter.date or datetime.now(timezone.utc))
    msg["Message-ID"] = one_line(letter.message_id)
    if letter.in_reply_to:
        msg["In-Reply-To"] = one_line(letter.in_reply_to)
    refs = [one_line(r) for r in letter.references if one_line(r)]
    if letter.in_reply_to and one_line(letter.in_reply_to) not in refs:
        refs.append(one_line(letter.in_reply_to))
    if refs:
        msg["References"] = " ".join(refs[-20:])
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
    return msg.as_bytes(policy=SMTP)
