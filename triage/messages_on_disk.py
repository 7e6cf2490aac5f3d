"""Read messages for `classify`: .eml files, folders of them (recursive), Maildirs and mbox files."""

from __future__ import annotations

import mailbox
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

_HEADER_LINE = re.compile(rb"^[A-Za-z][A-Za-z0-9-]*:[ \t]")


def looks_like_mail(path: Path) -> bool:
    """True for .eml/.msg files and extension-less files that start with a header line."""
    if path.name.startswith(".") or path.suffix.lower() in (".csv", ".md", ".txt", ".json", ".jsonl", ".py"):
        return path.suffix.lower() == ".eml"
    if path.suffix.lower() == ".eml":
        return True
    try:
        with open(path, "rb") as handle:
            head = handle.read(1024)
    except OSError:
        return False
    return bool(_HEADER_LINE.match(head)) or head.startswith(b"From ")


def is_maildir(path: Path) -> bool:
    return all((path / sub).is_dir() for sub in ("cur", "new", "tmp"))


def is_mbox(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(5) == b"From "
    except OSError:
        return False


def iter_messages(paths: Iterable[Path]) -> Iterator[tuple[str, bytes]]:
    """Yield (source label, raw bytes) for every message found under `paths`, in a stable order."""
    for path in paths:
        if path.is_dir() and is_maildir(path):
            box = mailbox.Maildir(str(path), factory=None, create=False)
            for key in sorted(box.keys()):
                with box.get_file(key) as handle:
                    yield f"{path}#{key}", handle.read()
        elif path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if looks_like_mail(child):
                    yield str(child), child.read_bytes()
        elif path.is_file() and path.suffix.lower() != ".eml" and is_mbox(path):
            box = mailbox.mbox(str(path), create=False)
            for index, key in enumerate(box.keys()):
                yield f"{path}#{index}", box.get_bytes(key)
        elif path.is_file():
            yield str(path), path.read_bytes()
        else:
            raise FileNotFoundError(f"no such file or folder: {path}")
