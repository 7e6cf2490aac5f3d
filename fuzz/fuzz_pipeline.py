"""atheris fuzz target: one message through the whole pipeline (Maildir in, SQLite register, file
outbox), with the keyword-rules baseline classifier so each input takes milliseconds.

Run (see docs/reliability.md): ``make fuzz`` or
``.venv/bin/python fuzz/fuzz_pipeline.py -max_total_time=60 var/fuzz/pipeline data/demo_inbox``.
A crash is an uncaught exception or a broken promise: the message not stored byte for byte, an
internal failure (status "failed"), the message left in the inbox, or a letter whose header holds
anything but our own headers and one recipient.
"""

from __future__ import annotations

import email
import email.policy
import itertools
import logging
import os
import sys
import tempfile
from pathlib import Path

import atheris

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

with atheris.instrument_imports(include=["mail", "triage.intake", "triage.processing", "triage.rules", "triage.outbox"]):
    from sqlalchemy import func, select

    from triage.bootstrap import bootstrap
    from triage.config import load_settings
    from triage.db import unit_of_work
    from triage.models import InboundMessage

LETTER_HEADERS = {
    "from", "to", "subject", "date", "message-id", "in-reply-to", "references", "auto-submitted", "precedence",
    "x-auto-response-suppress", "x-triage-loop", "mime-version", "content-type", "content-transfer-encoding",
}
ROOT = Path(tempfile.mkdtemp(prefix="triage-fuzz-"))
logging.disable(logging.CRITICAL)
SETTINGS = load_settings(
    config_path=None,
    environ={},
    overrides={
        "database": {"url": f"sqlite:///{ROOT / 'register.db'}"},
        "storage": {"raw_path": str(ROOT / "messages")},
        "mailbox": {"path": str(ROOT / "inbox")},
        "outbox": {"path": str(ROOT / "outbox"), "from_address": "complaints@firm.example", "max_letters_per_recipient": 1000},
        "policy": {"firms": str(REPO / "data" / "firms.csv")},
        "models": {"path": str(ROOT / "no-model")},
    },
)
APP = bootstrap(SETTINGS)
INBOX = SETTINGS.path("mailbox", "path")
OUTBOX = SETTINGS.path("outbox", "path") / "new"
COUNTER = itertools.count()
for sub in ("tmp", "new", "cur"):
    (INBOX / sub).mkdir(parents=True, exist_ok=True)


def test_one_input(data: bytes) -> None:
    name = f"f{next(COUNTER)}"
    with unit_of_work(APP.factory) as session:
        before = session.scalar(select(func.max(InboundMessage.id))) or 0
    letters_before = set(os.listdir(OUTBOX)) if OUTBOX.exists() else set()
    (INBOX / "tmp" / name).write_bytes(data)
    os.replace(INBOX / "tmp" / name, INBOX / "new" / name)
    report = APP.service().run_once()
    if report.storage_errors:
        raise AssertionError("storage error")
    with unit_of_work(APP.factory) as session:
        rows = session.scalars(select(InboundMessage).where(InboundMessage.id > before)).all()
        if len(rows) != 1:
            raise AssertionError(f"{len(rows)} register rows for one message")
        row = rows[0]
        if APP.store.get(row.raw_sha256) != data:
            raise AssertionError("stored bytes differ")
        if row.status not in ("processed", "duplicate"):
            raise AssertionError(f"message ended {row.status}: {row.error}")
    if os.listdir(INBOX / "new") or os.listdir(INBOX / "cur"):
        raise AssertionError("message left in the inbox")
    for letter_name in set(os.listdir(OUTBOX)) - letters_before if OUTBOX.exists() else ():
        raw = (OUTBOX / letter_name).read_bytes()
        head = raw.split(b"\r\n\r\n", 1)[0]
        if b"\n" in head.replace(b"\r\n", b""):
            raise AssertionError("bare line break in a letter header")
        letter = email.message_from_bytes(raw, policy=email.policy.default)
        names = [k.lower() for k in letter.keys()]
        if not set(names) <= LETTER_HEADERS or len(names) != len(set(names)) or letter["Bcc"] or letter["Cc"]:
            raise AssertionError(f"letter headers {names}")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
