"""Step one for every message: store the raw bytes and the register row, and commit. Nothing else.

Only after `store_raw` returns may the caller touch the mailbox (move or quarantine); a crash
at any point before leaves the message where it was, to be offered again and recognised.
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from mail.types import RawMessage
from triage.db import unit_of_work
from triage.models import AuditEvent, InboundMessage, MessageStatus
from triage.rawstore import RawStore

logger = logging.getLogger(__name__)

_SEPARATOR = re.compile(rb"\r?\n\r?\n")


def body_sha256(raw: bytes) -> str:
    """Hash of the body section with line ends normalised: the same letter delivered twice
    carries different Received headers but the same body."""
    parts = _SEPARATOR.split(raw, 1)
    body = parts[1] if len(parts) == 2 else b""
    return hashlib.sha256(body.replace(b"\r\n", b"\n").rstrip(b"\n")).hexdigest()


_MESSAGE_ID = re.compile(rb"^message-id:[ \t]*(<[^<>\s]+>)", re.I | re.M)


def header_message_id(raw: bytes) -> str | None:
    head = _SEPARATOR.split(raw, 1)[0]
    found = _MESSAGE_ID.search(head)
    return found.group(1).decode("ascii", "replace")[:998] if found else None


@dataclass(frozen=True)
class Stored:
    message_id: int  # register id of the inbound message
    new: bool  # False when the register already held this (mailbox, key)
    status: str


def store_raw(raw: RawMessage, factory: sessionmaker[Session], store: RawStore) -> Stored:
    """Write the bytes, add the InboundMessage row, commit. Idempotent per (mailbox, key).

    Raises StorageError when the bytes cannot be written (nothing is committed then, and the
    message stays in the source).
    """
    # The bytes go to disk first (content-addressed, so writing a message we already hold is a
    # no-op); the row that points at them is committed after.
    digest = store.put(raw.data)
    row = InboundMessage(
        mailbox=raw.mailbox,
        source_key=raw.key,
        uidvalidity=raw.uidvalidity,
        uid=raw.uid,
        raw_sha256=digest,
        raw_size=raw.size if raw.size is not None else len(raw.data),
        truncated=raw.too_large,
        body_sha256=body_sha256(raw.data),
        message_id=header_message_id(raw.data),
        status=MessageStatus.STORED.value,
    )
    if raw.internal_date is not None:
        row.received_at = raw.internal_date
    try:
        with unit_of_work(factory) as session:
            existing = session.scalar(
                select(InboundMessage).where(InboundMessage.mailbox == raw.mailbox, InboundMessage.source_key == raw.key)
            )
            if existing is not None:
                # Already held (the bytes written above were the same file, content-addressed).
                return Stored(existing.id, False, existing.status)
            session.add(row)
            session.flush()
            session.add(
                AuditEvent(
                    message_id=row.id,
                    event="message_stored",
                    rule="intake",
                    detail={"mailbox": raw.mailbox, "key": raw.key, "sha256": digest, "size": row.raw_size},
                )
            )
            stored = Stored(row.id, True, row.status)
    except IntegrityError:
        # Another instance stored the same (mailbox, key) a moment ago: theirs is the record.
        with unit_of_work(factory) as session:
            existing = session.scalar(
                select(InboundMessage).where(InboundMessage.mailbox == raw.mailbox, InboundMessage.source_key == raw.key)
            )
            if existing is None:
                raise
            return Stored(existing.id, False, existing.status)
    logger.info("stored message #%s from %s (%d bytes)", stored.message_id, raw.mailbox, row.raw_size)
    return stored
