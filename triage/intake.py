"""Step one for every message: store the raw bytes and the register row, and commit. Nothing else.

Only after `store_raw` returns may the caller touch the mailbox (move or quarantine); a crash
at any point before leaves the message where it was, to be offered again and recognised.
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from mail.types import RawMessage
from triage.db import scrub_nul, unit_of_work
from triage.errors import StorageError
from triage.faults import fault_point
from triage.models import AuditEvent, InboundMessage, MessageStatus, utcnow
from triage.rawstore import RawStore

logger = logging.getLogger(__name__)

_SEPARATOR = re.compile(rb"\r?\n\r?\n")


def body_sha256(raw: bytes) -> str:
    """Hash of the body section with line ends normalised: the same letter delivered twice
    carries different Received headers but the same body.

    The hash of `body.replace(b"\r\n", b"\n").rstrip(b"\n")`, computed in pieces: a big message is
    not copied two or three times over to hash it."""
    found = _SEPARATOR.search(raw)
    if found is None:
        return hashlib.sha256(b"").hexdigest()
    body = memoryview(raw)[found.end() :]
    # The trailing line ends go (CR LF pairs never overlap, so stripping them from the end of the raw
    # body is the same as stripping LFs from the end of the normalised one).
    end = len(body)
    while end and body[end - 1] == 0x0A:
        end -= 2 if end >= 2 and body[end - 2] == 0x0D else 1
    digest = hashlib.sha256()
    start = 0
    while start < end:
        stop = min(start + _HASH_CHUNK, end)
        if stop < end and body[stop - 1] == 0x0D and body[stop] == 0x0A:
            stop += 1  # never split a CR LF pair between two pieces
        digest.update(bytes(body[start:stop]).replace(b"\r\n", b"\n"))
        start = stop
    return digest.hexdigest()


_HASH_CHUNK = 1 << 20
_MESSAGE_ID = re.compile(rb"^message-id:[ \t]*(<[^<>\s]+>)", re.I | re.M)


def header_message_id(raw: bytes) -> str | None:
    found = _SEPARATOR.search(raw)
    head = raw[: found.start()] if found is not None else raw
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
    fault_point("intake.begin")
    digest = store.put(raw.data)
    row = _new_row(raw, digest)
    try:
        with unit_of_work(factory) as session:
            existing = _existing(session, raw)
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
            existing = _existing(session, raw)
            if existing is None:
                raise
            return Stored(existing.id, False, existing.status)
    fault_point("intake.committed")
    logger.info("stored message #%s from %s (%d bytes)", stored.message_id, raw.mailbox, row.raw_size)
    return stored


def store_many(raws: list[RawMessage], factory: sessionmaker[Session], store: RawStore) -> list[Stored | StorageError]:
    """`store_raw` for a batch from one fetch: all bytes first (durable, fsynced together), then the
    rows of the whole batch in ONE transaction. Returns, per message in order, its `Stored` or the
    StorageError that kept it out (nothing of that message is committed; it stays in the source).

    A crash before the commit leaves every message of the batch uncommitted (and still in the
    mailbox, which is only touched after this returns); after it, every one is committed. When the
    batch transaction meets a row another instance inserted meanwhile, it falls back to
    `store_raw` one message at a time, which settles such races."""
    if not raws:
        return []
    for _ in raws:
        fault_point("intake.begin")
    digests = store.put_many([raw.data for raw in raws])
    results: list[Stored | StorageError | None] = [d if isinstance(d, StorageError) else None for d in digests]
    todo = [(i, raw, digest) for i, (raw, digest) in enumerate(zip(raws, digests)) if isinstance(digest, str)]
    new_ids: list[int] = []
    try:
        with unit_of_work(factory) as session:
            held: dict[tuple[str, str], tuple[int, str]] = {}
            for mailbox in {raw.mailbox for _, raw, _ in todo}:
                keys = [raw.key for _, raw, _ in todo if raw.mailbox == mailbox]
                for start in range(0, len(keys), 500):
                    for key, row_id, status in session.execute(
                        select(InboundMessage.source_key, InboundMessage.id, InboundMessage.status).where(
                            InboundMessage.mailbox == mailbox, InboundMessage.source_key.in_(keys[start : start + 500])
                        )
                    ):
                        held[(mailbox, key)] = (row_id, status)
            scrub = session.get_bind().dialect.name == "postgresql"
            rows: list[tuple[int, RawMessage, dict[str, Any]]] = []
            in_batch: dict[tuple[str, str], tuple[str, str]] = {}  # (mailbox, key) -> as written
            repeats: list[tuple[int, tuple[str, str]]] = []  # the same key twice in one batch
            for i, raw, digest in todo:
                if (raw.mailbox, raw.key) in held:
                    row_id, status = held[(raw.mailbox, raw.key)]
                    results[i] = Stored(row_id, False, status)
                elif (raw.mailbox, raw.key) in in_batch:
                    repeats.append((i, in_batch[(raw.mailbox, raw.key)]))
                else:
                    values = _row_values(raw, digest, scrub)
                    in_batch[(raw.mailbox, raw.key)] = (values["mailbox"], values["source_key"])
                    rows.append((i, raw, values))
            ids: dict[tuple[str, str], int] = {}
            if rows:
                # One INSERT for the batch's rows (RETURNING their ids, matched by their unique
                # (mailbox, key)), and one for their audit events.
                for row_id, mailbox, key in session.execute(
                    insert(InboundMessage).returning(InboundMessage.id, InboundMessage.mailbox, InboundMessage.source_key),
                    [values for _, _, values in rows],
                ):
                    ids[(mailbox, key)] = row_id
                session.execute(
                    insert(AuditEvent),
                    [
                        {
                            "case_id": None,
                            "message_id": ids[(values["mailbox"], values["source_key"])],
                            "letter_id": None,
                            "event": "message_stored",
                            "rule": "intake",
                            "actor": "bot",
                            "detail": {"mailbox": raw.mailbox, "key": raw.key, "sha256": values["raw_sha256"], "size": values["raw_size"]},
                        }
                        for _, raw, values in rows
                    ],
                )
            for i, _, values in rows:
                row_id = ids[(values["mailbox"], values["source_key"])]
                results[i] = Stored(row_id, True, MessageStatus.STORED.value)
                new_ids.append(row_id)
            for i, key in repeats:
                results[i] = Stored(ids[key], False, MessageStatus.STORED.value)
    except IntegrityError:
        # Another instance stored one of these a moment ago: settle each message on its own.
        results = [d if isinstance(d, StorageError) else None for d in digests]
        new_ids = []
        for i, raw, _ in todo:
            try:
                results[i] = store_raw(raw, factory, store)
            except StorageError as exc:
                results[i] = exc
        return [r for r in results if r is not None]
    for _ in new_ids:
        fault_point("intake.committed")
    if new_ids:
        logger.info("stored %d message(s) #%s..#%s from %s", len(new_ids), min(new_ids), max(new_ids), raws[0].mailbox)
    return [r for r in results if r is not None]


def _existing(session: Session, raw: RawMessage) -> InboundMessage | None:
    """The register's row for this (mailbox, key), if it already holds one."""
    return session.scalar(select(InboundMessage).where(InboundMessage.mailbox == raw.mailbox, InboundMessage.source_key == raw.key))


def _row_values(raw: RawMessage, digest: str, scrub: bool) -> dict[str, Any]:
    """The columns of a new inbound row (`_new_row`, and the Core INSERT of `store_many`: every row of a
    batch with the same keys, one executemany); `scrub`: strings cleaned of NUL, as the ORM's flush
    does for PostgreSQL (`triage.db.scrub_nul`)."""
    values: dict[str, Any] = {
        "mailbox": raw.mailbox,
        "source_key": raw.key,
        "uidvalidity": raw.uidvalidity,
        "uid": raw.uid,
        "raw_sha256": digest,
        "raw_size": raw.size if raw.size is not None else len(raw.data),
        "truncated": raw.too_large,
        "body_sha256": body_sha256(raw.data),
        "message_id": header_message_id(raw.data),
        "status": MessageStatus.STORED.value,
        "received_at": raw.internal_date if raw.internal_date is not None else utcnow(),
    }
    return {key: scrub_nul(value) for key, value in values.items()} if scrub else values


def _new_row(raw: RawMessage, digest: str) -> InboundMessage:
    return InboundMessage(**_row_values(raw, digest, scrub=False))  # (the ORM's flush scrubs for PostgreSQL)
