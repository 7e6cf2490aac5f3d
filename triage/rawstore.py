"""Content-addressed storage of raw message bytes: `<root>/ab/cd/<sha256>.eml`, written atomically.

The bytes are written to a temporary file, fsynced and renamed, and the folder fsynced, before the
register row that points at them is committed; so a crash leaves either nothing or a complete
file (an orphan file is harmless and is reused when the message comes again).
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from triage.errors import StorageError
from triage.faults import fault_point


class RawStore:
    """Stores and reads raw messages by their sha256."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256[2:4] / f"{sha256}.eml"

    def put(self, data: bytes) -> str:
        """Store `data` durably; returns its sha256. Raises StorageError (e.g. disk full)."""
        digest = hashlib.sha256(data).hexdigest()
        target = self.path_for(digest)
        if target.exists() and target.stat().st_size == len(data):
            return digest
        tmp_name = None
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp_name = tempfile.mkstemp(prefix=".incoming-", dir=target.parent)
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            fault_point("rawstore.before_rename")
            os.replace(tmp_name, target)
            tmp_name = None
            dir_fd = os.open(target.parent, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
        except OSError as exc:
            raise StorageError(f"could not store raw message {digest[:12]}: {exc.strerror or exc}") from exc
        finally:
            if tmp_name is not None:
                try:
                    os.unlink(tmp_name)
                except OSError:
                    pass
        return digest

    def put_many(self, items: list[bytes], threads: int = 16) -> list[str | StorageError]:
        """`put` for a batch: the digest of each item, or its StorageError (the others still stored).

        Each file is still written, fsynced and renamed, and its folder fsynced, before this
        returns: the same promise as `put`. The fsyncs run on a few threads because the file system
        then commits them together in one journal commit (on ext4 one fsync at a time manages about
        120 files/s, 16 at a time about 3,000/s). The threads end before this returns (a process
        with stray threads must not fork; the classifier forks its workers)."""
        if len(items) <= 1 or threads <= 1:
            return [self._put_or_error(data) for data in items]
        with ThreadPoolExecutor(max_workers=min(threads, len(items)), thread_name_prefix="rawstore") as pool:
            return list(pool.map(self._put_or_error, items))

    def _put_or_error(self, data: bytes) -> str | StorageError:
        try:
            return self.put(data)
        except StorageError as exc:
            return exc

    def get(self, sha256: str) -> bytes:
        with open(self.path_for(sha256), "rb") as handle:
            return handle.read()

    def exists(self, sha256: str) -> bool:
        return self.path_for(sha256).exists()
