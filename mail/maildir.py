"""The embedded mail transports: a local Maildir as the inbound source and a Maildir as the outbox.

Inbound: messages wait in the Maildir's ``new/`` and ``cur/``; once the register holds one it is
moved (same key, one `rename`) into the Maildir++ subfolder ``.Processed`` or ``.Quarantine``,
mirroring what the IMAP source does with server folders. Outbound: each letter is one file whose
name is derived from its Message-ID, written to ``tmp/`` then renamed into ``new/``; a second
delivery of the same letter finds the file and does nothing, which makes the file outbox
exactly-once on its own.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import threading
import time
from collections.abc import Iterator, Sequence
from datetime import datetime, timezone
from pathlib import Path

from mail.errors import PermanentSendError, SourceError
from mail.types import RawMessage

logger = logging.getLogger(__name__)


def ensure_maildir(path: Path) -> Path:
    """Create `path` as a Maildir (tmp/new/cur) if needed and return it."""
    for sub in ("tmp", "new", "cur"):
        (path / sub).mkdir(parents=True, exist_ok=True)
    return path


def _key_of(filename: str) -> str:
    # Maildir file names may carry ":2,FLAGS"; the key is the part before it.
    return filename.split(":", 1)[0]


class MaildirSource:
    """Reads a local Maildir; see the module docstring for where processed mail goes."""

    def __init__(
        self,
        path: str | Path,
        processed_folder: str = "Processed",
        quarantine_folder: str = "Quarantine",
        max_message_bytes: int = 50 * 1024 * 1024,
    ) -> None:
        self.path = Path(path).resolve()
        self.name = f"maildir:{self.path}"
        self.processed = self.path / f".{processed_folder}"
        self.quarantine_dir = self.path / f".{quarantine_folder}"
        self.max_message_bytes = max_message_bytes
        self._stop = threading.Event()
        # Where fetch() found each key: a move then needs no directory scan (a scan per message
        # made a 10,000-message backlog quadratic).
        self._seen: dict[str, Path] = {}
        ensure_maildir(self.path)

    def _waiting(self) -> list[Path]:
        files: list[Path] = []
        for sub in ("new", "cur"):
            folder = self.path / sub
            try:
                files.extend(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
            except FileNotFoundError:
                continue
        # Oldest first: a complaint's clock starts when it arrived.
        return sorted(files, key=lambda p: (p.stat().st_mtime, p.name))

    def fetch(self) -> Iterator[RawMessage]:
        try:
            waiting = self._waiting()
        except OSError as exc:
            raise SourceError(f"cannot list Maildir {self.path}: {exc}") from exc
        for file in waiting:
            try:
                size = file.stat().st_size
                too_large = size > self.max_message_bytes
                with open(file, "rb") as handle:
                    data = handle.read(65536) if too_large else handle.read()
                if too_large:
                    # Keep only the header section; the full file stays in the Maildir.
                    data = data.split(b"\n\n", 1)[0] + b"\n\n"
                mtime = datetime.fromtimestamp(file.stat().st_mtime, tz=timezone.utc)
            except FileNotFoundError:
                continue  # moved away by another process between listing and reading
            except OSError as exc:
                raise SourceError(f"cannot read {file.name}: {exc}") from exc
            self._seen[_key_of(file.name)] = file
            yield RawMessage(
                mailbox=self.name,
                key=_key_of(file.name),
                data=data,
                internal_date=mtime,
                size=size,
                too_large=too_large,
            )

    def _locate(self, key: str) -> Path | None:
        for sub in ("new", "cur"):
            for file in (self.path / sub).glob(f"{glob_escape(key)}*"):
                if _key_of(file.name) == key:
                    return file
        return None

    def _move(self, message: RawMessage, target: Path) -> None:
        ensure_maildir(target)
        source = self._seen.pop(message.key, None)
        if source is not None:
            try:
                os.replace(source, target / "cur" / source.name)
                return
            except FileNotFoundError:
                pass  # renamed meanwhile (flags changed by a mail client): look for it
        source = self._locate(message.key)
        if source is None:
            return  # already moved (a crash after the move, before we noticed)
        os.replace(source, target / "cur" / source.name)

    def mark_processed(self, message: RawMessage) -> None:
        self._move(message, self.processed)

    def quarantine(self, message: RawMessage, reason: str) -> None:
        logger.info("quarantined maildir message %s: %s", message.key, reason)
        self._move(message, self.quarantine_dir)

    def wait_for_mail(self, timeout: float) -> None:
        """Sleep until something lands in new/ or `timeout` passes (checked every half second)."""
        deadline = time.monotonic() + timeout
        new = self.path / "new"
        before = self._fingerprint(new)
        while time.monotonic() < deadline and not self._stop.is_set():
            self._stop.wait(min(0.5, max(0.0, deadline - time.monotonic())))
            if self._fingerprint(new) != before:
                return

    @staticmethod
    def _fingerprint(folder: Path) -> tuple[int, int]:
        try:
            stat = folder.stat()
            return (stat.st_mtime_ns, len(os.listdir(folder)))
        except OSError:
            return (0, 0)

    def stop(self) -> None:
        self._stop.set()

    def close(self) -> None:
        self._stop.set()


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


# A long Message-ID is folded onto the next line by the email package ("Message-ID:\r\n <...>").
_MESSAGE_ID = re.compile(rb"^Message-ID:[ \t]*(?:\r?\n[ \t]+)?(<[^>\r\n]+>)", re.I | re.M)


class MaildirSender:
    """Delivers letters into a local Maildir (the embedded outbox, `var/outbox`)."""

    def __init__(self, path: str | Path) -> None:
        self.path = ensure_maildir(Path(path))

    def send(self, message: bytes, envelope_from: str, recipients: Sequence[str]) -> None:
        for address in [envelope_from, *recipients]:
            if "\r" in address or "\n" in address:
                raise PermanentSendError("address contains a line break (header injection refused)")
        if not recipients:
            raise PermanentSendError("letter has no recipient")
        head = message.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
        found = _MESSAGE_ID.search(head)
        digest = hashlib.sha256(found.group(1) if found else message).hexdigest()[:32]
        name = f"letter-{digest}"
        final = self.path / "new" / name
        if self._holds(name):
            logger.info("letter %s already in the outbox; not written twice", name)
            return
        tmp = self.path / "tmp" / f"{name}.{os.getpid()}"
        with open(tmp, "wb") as handle:
            handle.write(message)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, final)

    def already_sent(self, message_id: str) -> bool:
        """Whether the letter with `message_id` is in the outbox (used after a crash mid-send)."""
        return self._holds(f"letter-{hashlib.sha256(message_id.encode()).hexdigest()[:32]}")

    def _holds(self, name: str) -> bool:
        """Whether a letter file of this name is in new/, or in cur/ (where a mail reader renames it with flags)."""
        return (self.path / "new" / name).exists() or any((self.path / "cur").glob(name + "*"))

    def close(self) -> None:
        return None
