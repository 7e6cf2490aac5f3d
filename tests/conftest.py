"""Shared fixtures: settings on a temporary register, Maildir and file outbox; the shipped model."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from triage.config import REPO_ROOT, Settings, load_settings

CORPORA = Path(os.environ.get("TRIAGE_CORPORA", REPO_ROOT.parent / "shared" / "corpora"))
IN_CI = os.environ.get("CI", "").lower() == "true"


def need_corpus(*parts: str) -> Path:
    """The corpus path, or a skip (a failure under CI=true, where the corpus must be present)."""
    path = CORPORA.joinpath(*parts)
    if not path.exists():
        if IN_CI:
            pytest.fail(f"corpus {path} is missing under CI=true")
        pytest.skip(f"corpus {path} not present (set TRIAGE_CORPORA or place ../shared/corpora)")
    return path


def make_settings(tmp_path: Path, **sections: dict) -> Settings:
    overrides = {
        "database": {"url": f"sqlite:///{tmp_path / 'register.db'}"},
        "storage": {"raw_path": str(tmp_path / "messages")},
        "mailbox": {"path": str(tmp_path / "inbox"), "poll_seconds": 1},
        "outbox": {"path": str(tmp_path / "outbox"), "from_address": "complaints@firm.example"},
        "policy": {"firms": str(REPO_ROOT / "data" / "firms.csv")},
        "models": {"path": str(REPO_ROOT / "data" / "models" / "current")},
    }
    for name, values in sections.items():
        overrides.setdefault(name, {}).update(values)
    return load_settings(config_path=None, environ={}, overrides=overrides)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path)


@pytest.fixture(scope="session")
def shipped_classifier():
    from classifiers import load_classifier
    from classifiers.directory import read_firms

    firms = read_firms(REPO_ROOT / "data" / "firms.csv")
    model = REPO_ROOT / "data" / "models" / "current"
    return load_classifier(model if model.exists() else None, firms)


def deliver(maildir: Path, name: str, data: bytes, order: int | None = None) -> Path:
    """Put one message into a Maildir's new/ as an MTA would (tmp, then rename).

    `order` fixes the delivery order: the file's time is set to a few hours ago plus `order`
    seconds (the delivery time is when a case's clocks start)."""
    for sub in ("tmp", "new", "cur"):
        (maildir / sub).mkdir(parents=True, exist_ok=True)
    tmp = maildir / "tmp" / name
    tmp.write_bytes(data)
    target = maildir / "new" / name
    os.replace(tmp, target)
    if order is not None:
        mtime = time.time() - 3 * 3600 + order
        os.utime(target, (mtime, mtime))
    return target
