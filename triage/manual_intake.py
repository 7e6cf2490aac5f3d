"""Complaints by phone or post (PEXA s.6/s.11): a handler logs them, and they enter the register
exactly as email does.

The form becomes an RFC 822 message (the scanned letter, if any, attached). It is stored through
the normal intake (`store_raw`: bytes first, then the `inbound_messages` row, mailbox "phone" or
"post", a unique source key) and run through the same `Processor` as the mailbox: the same
classification, rules, deadline rows and acknowledgement. The clocks run from the time the call or
letter was *received* (the message's delivery time), not from when it was typed in. Afterwards the
case records the channel and the handler (`channel`, `logged_by`) and an audit event names them.

A complainant with no email address gets the acknowledgement as a held letter marked "print and
post" (`to_address` starting "post:"): a person prints it, posts it and marks it posted in the
review app, which meets the acknowledgement deadline like a sent email.

Form values never reach a header unchecked: names and addresses are folded to one line (CR, LF and
other control characters removed), the email address must be a plain addr-spec, and the summary
goes in the body only. Uploaded files are size-limited, type-checked by their first bytes, stored
content-addressed with the message, and offered only as downloads.
"""

from __future__ import annotations

import email.policy
import hashlib
import re
import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mail.types import RawMessage
from triage.calendar import LONDON
from triage.db import unit_of_work
from triage.errors import TriageError
from triage.intake import body_sha256, store_raw
from triage.models import AuditEvent, Case, InboundMessage, Letter, MessageStatus
from triage.postal import LOGGED_CHANNELS, PHONE_HEADER, POSTAL_HEADER, address_lines, is_postal, one_line

CHANNELS = LOGGED_CHANNELS
CHANNEL_WORDS = {"phone": "telephone", "post": "post"}
MAX_UPLOAD_BYTES = 10 * 1024 * 1024
MAX_SUMMARY_CHARS = 20_000
# Our synthetic Message-IDs must not be on our own domain (that would look like our letter coming back).
MESSAGE_ID_DOMAIN = "manual-intake.invalid"

# Scans and photos of letters, signed forms and authorities: recognised by their first bytes.
ALLOWED_UPLOADS: dict[str, tuple[bytes, ...]] = {
    "application/pdf": (b"%PDF-",),
    "image/png": (b"\x89PNG\r\n\x1a\n",),
    "image/jpeg": (b"\xff\xd8\xff",),
    "image/tiff": (b"II*\x00", b"MM\x00*"),
    "image/gif": (b"GIF87a", b"GIF89a"),
}

_ADDR_SPEC = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)+$")
_PHONE = re.compile(r"^[0-9+() .-]{6,30}$")


class IntakeFormError(TriageError, ValueError):
    """The form cannot be logged as it is (the message says which field)."""


def clean_text(value: object, limit: int) -> str:
    """Multi-line text (the summary): NUL and other controls removed except newlines and tabs."""
    text = str(value or "").replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", "", text)
    return text.strip()[:limit]


def check_email(value: object) -> str:
    address = one_line(value, 320)
    if not address:
        return ""
    if len(address) > 254 or not _ADDR_SPEC.match(address):
        raise IntakeFormError("the email address is not valid (name@example.org)")
    return address


@dataclass(frozen=True)
class Upload:
    """A file a person uploaded: checked by `check_upload` before use."""

    filename: str
    content_type: str
    data: bytes


def safe_filename(name: str, fallback: str) -> str:
    base = re.split(r"[\\/]", str(name or ""))[-1]
    base = one_line(base, 100).strip(". ")
    base = re.sub(r"[^A-Za-z0-9 ._()-]", "_", base)
    return base or fallback


def check_upload(upload: Upload | None, *, max_bytes: int = MAX_UPLOAD_BYTES, fallback: str = "document") -> Upload | None:
    """None for no file; otherwise the upload with a safe name and a type proven by its first bytes."""
    if upload is None or (not upload.data and not upload.filename):
        return None
    if not upload.data:
        raise IntakeFormError("the uploaded file is empty")
    if len(upload.data) > max_bytes:
        raise IntakeFormError(f"the uploaded file is larger than {max_bytes // (1024 * 1024)} MB")
    kind = next((ctype for ctype, magics in ALLOWED_UPLOADS.items() if upload.data.startswith(magics)), None)
    if kind is None:
        raise IntakeFormError("upload a PDF or an image (PNG, JPEG, TIFF or GIF) of the letter or form")
    extension = {"application/pdf": ".pdf", "image/png": ".png", "image/jpeg": ".jpg", "image/tiff": ".tif", "image/gif": ".gif"}[kind]
    name = safe_filename(upload.filename, fallback)
    if not name.lower().endswith(extension) and not (kind == "image/jpeg" and name.lower().endswith(".jpeg")):
        name = name.rsplit(".", 1)[0] + extension if "." in name else name + extension
    return Upload(name, kind, upload.data)


@dataclass(frozen=True)
class ManualComplaint:
    """What the handler typed: who complained, how, when, and what about."""

    channel: str
    received_at: datetime
    name: str
    summary: str
    email: str = ""
    postal_address: tuple[str, ...] = ()
    phone: str = ""
    letter: Upload | None = None
    # The form's one-time token: submitting the same form twice logs one complaint.
    nonce: str = ""


def parse_received(value: str, now: datetime) -> datetime:
    """'2026-11-16T09:12' (an HTML datetime-local, Europe/London) as an aware UTC datetime; empty = now."""
    value = (value or "").strip()
    if not value:
        return now
    try:
        local = datetime.fromisoformat(value)
    except ValueError as exc:
        raise IntakeFormError("the date and time received must look like 2026-11-16 09:12") from exc
    if local.tzinfo is None:
        local = local.replace(tzinfo=LONDON)
    return local.astimezone(timezone.utc)


def build_complaint(form: dict[str, Any], letter: Upload | None, now: datetime) -> ManualComplaint:
    """Validate the form (IntakeFormError names the field)."""
    channel = str(form.get("channel", "")).strip()
    if channel not in CHANNELS:
        raise IntakeFormError("choose how the complaint was received: phone or post")
    received = parse_received(str(form.get("received_at", "")), now)
    if received > now + timedelta(minutes=5):
        raise IntakeFormError("the date and time received cannot be in the future")
    if received < now - timedelta(days=366):
        raise IntakeFormError("the date and time received is more than a year ago: check it")
    name = one_line(form.get("name"), 200)
    if not name:
        raise IntakeFormError("enter the complainant's name")
    email_address = check_email(form.get("email"))
    postal = address_lines(form.get("postal_address"))
    phone = one_line(form.get("phone"), 40)
    if phone and not _PHONE.match(phone):
        raise IntakeFormError("the phone number may contain only digits, spaces, + ( ) . and -")
    if not (email_address or postal or phone):
        raise IntakeFormError("enter at least one way to reach the complainant: email, postal address or phone")
    summary = clean_text(form.get("summary"), MAX_SUMMARY_CHARS)
    if len(summary) < 10:
        raise IntakeFormError("summarise the complaint (what happened, what the complainant wants)")
    # A phone complaint may come with a document too (sent in afterwards); it is kept the same way.
    checked = check_upload(letter, fallback=f"{channel}-letter")
    nonce = re.sub(r"[^A-Za-z0-9_-]", "", str(form.get("nonce", "")))[:64] or uuid.uuid4().hex
    return ManualComplaint(channel, received, name, summary, email_address, postal, phone, checked, nonce)


def compose_message(complaint: ManualComplaint, actor: str, to_address: str) -> bytes:
    """The complaint as an RFC 822 message. Header values are single-line and checked."""
    msg = EmailMessage(policy=email.policy.SMTP)
    name = one_line(complaint.name, 200)
    if complaint.email:
        msg["From"] = Address(display_name=name, addr_spec=check_email(complaint.email))
    else:
        msg["From"] = Address(display_name=name)
    msg["To"] = to_address or "complaints@invalid"
    word = CHANNEL_WORDS[complaint.channel]
    msg["Subject"] = f"Complaint received by {word} from {name}".replace("[", "(").replace("]", ")")
    msg["Date"] = format_datetime(complaint.received_at.astimezone(LONDON))
    msg["Message-ID"] = f"<{complaint.channel}-{complaint.nonce}@{MESSAGE_ID_DOMAIN}>"
    msg["X-Triage-Channel"] = complaint.channel
    msg["X-Triage-Logged-By"] = one_line(actor, 100)
    if complaint.postal_address:
        msg[POSTAL_HEADER] = ", ".join(one_line(line, 120) for line in complaint.postal_address)
    if complaint.phone:
        msg[PHONE_HEADER] = one_line(complaint.phone, 40)
    received_local = complaint.received_at.astimezone(LONDON)
    record = [
        f"Received by {word} on {received_local:%A %d %B %Y at %H:%M} (Europe/London); logged by {one_line(actor, 100)}.",
        f"Complainant: {name}",
    ]
    if complaint.email:
        record.append(f"Email: {complaint.email}")
    if complaint.phone:
        record.append(f"Telephone: {complaint.phone}")
    if complaint.postal_address:
        record.append("Postal address: " + ", ".join(complaint.postal_address))
    if complaint.letter is not None:
        record.append(f"Scanned letter attached: {complaint.letter.filename}")
    # The summary comes first (it is what the classifier should read); the record follows the
    # signature separator.
    msg.set_content(complaint.summary + "\n\n-- \n" + "\n".join(record) + "\n")
    if complaint.letter is not None:
        maintype, subtype = complaint.letter.content_type.split("/", 1)
        msg.add_attachment(complaint.letter.data, maintype=maintype, subtype=subtype, filename=complaint.letter.filename)
    return msg.as_bytes()


@dataclass(frozen=True)
class Logged:
    reference: str | None
    message_id: int
    new: bool
    status: str
    letters: tuple[str, ...] = ()


class ManualIntake:
    """Logs phone and post complaints through the normal intake and Processor."""

    def __init__(self, factory, store, processor, *, to_address: str = "", now: Callable[[], datetime] = lambda: datetime.now(timezone.utc)) -> None:
        self.factory = factory
        self.store = store
        self.processor = processor
        self.to_address = to_address
        self.now = now

    def log(self, complaint: ManualComplaint, actor: str) -> Logged:
        """Store the complaint as a message and process it as a logged complaint: case, channel,
        handler, clocks and acknowledgement (held for post when there is no email) in one
        transaction. Logging the same form twice (same nonce) returns the first result."""
        from triage.processing import LoggedComplaint

        raw = compose_message(complaint, actor, self.to_address)
        stored = store_raw(
            RawMessage(mailbox=complaint.channel, key=f"{complaint.channel}:{complaint.nonce}", data=raw, internal_date=complaint.received_at),
            self.factory,
            self.store,
        )
        outcome = self.processor.process(stored.message_id, logged=LoggedComplaint(complaint.channel, one_line(actor, 100)))
        with unit_of_work(self.factory) as session:
            row = session.get(InboundMessage, stored.message_id)
            case = session.get(Case, row.case_id) if row is not None and row.case_id else None
            if case is None:
                return Logged(None, stored.message_id, stored.new, outcome.status)
            postal = tuple(letter.kind for letter in session.scalars(select(Letter).where(Letter.case_id == case.id).order_by(Letter.id)) if is_postal(letter))
            return Logged(case.reference, stored.message_id, stored.new, outcome.status, postal)


def store_document(session: Session, store, case: Case, actor: str, upload: Upload, purpose: str) -> InboundMessage:
    """Keep an uploaded document (an authority, a signed acceptance form) on the case.

    The file is wrapped in a small message and written content-addressed like any raw message,
    then a register row is added already `processed` (so the mail service never mistakes it for
    new mail), in the caller's transaction. It appears in the case's thread as a download.
    """
    purpose = one_line(purpose, 80) or "document"
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = Address(display_name=one_line(actor, 100))
    msg["Subject"] = f"{purpose} uploaded by {one_line(actor, 100)}"
    msg["Date"] = format_datetime(datetime.now(timezone.utc))
    msg["Message-ID"] = f"<upload-{uuid.uuid4().hex}@{MESSAGE_ID_DOMAIN}>"
    msg.set_content(f"{purpose} uploaded to {case.reference} by {one_line(actor, 100)}.\n")
    maintype, subtype = upload.content_type.split("/", 1)
    msg.add_attachment(upload.data, maintype=maintype, subtype=subtype, filename=upload.filename)
    raw = msg.as_bytes()
    digest = store.put(raw)
    row = InboundMessage(
        mailbox="review-upload",
        source_key=f"upload:{secrets.token_hex(16)}",
        raw_sha256=digest,
        raw_size=len(raw),
        body_sha256=body_sha256(raw),
        message_id=str(msg["Message-ID"]),
        from_name=one_line(actor, 100),
        subject=str(msg["Subject"]),
        text=f"{purpose} uploaded by {one_line(actor, 100)}.",
        attachments=[{"filename": upload.filename, "content_type": upload.content_type, "size": len(upload.data), "sha256": hashlib.sha256(upload.data).hexdigest()}],
        parser="upload",
        status=MessageStatus.PROCESSED.value,
        case_id=case.id,
    )
    session.add(row)
    session.flush()
    session.add(AuditEvent(case_id=case.id, message_id=row.id, event="document_uploaded", rule="review", actor=actor, detail={"purpose": purpose, "filename": upload.filename, "size": len(upload.data)}))
    return row
