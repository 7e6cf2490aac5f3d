"""`make demo`: the embedded default end to end (SQLite + a local Maildir + a file outbox).

The first run delivers `data/demo_inbox/*.eml` into `var/inbox` (a Maildir) and processes it;
every later run finds nothing new and prints the same register table.
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from pathlib import Path

from sqlalchemy import select

from triage.bootstrap import bootstrap
from triage.config import REPO_ROOT, Settings
from triage.db import unit_of_work
from triage.models import WEB_FORM_CHANNEL, Case, Classification, InboundMessage, Letter, MessageStatus

DEMO_INBOX = REPO_ROOT / "data" / "demo_inbox"


def deliver_demo_mail(inbox_source: Path, maildir: Path) -> int:
    """Copy the demo .eml files into the Maildir's new/ once (a marker file remembers it)."""
    marker = maildir / ".demo-delivered"
    if marker.exists():
        return 0
    for sub in ("tmp", "new", "cur"):
        (maildir / sub).mkdir(parents=True, exist_ok=True)
    files = sorted(inbox_source.glob("*.eml"))
    # Delivered "just now", one second apart, so the order is stable and the clocks start today.
    base_time = int(time.time()) - len(files)
    for index, file in enumerate(files):
        target = maildir / "new" / f"demo-{file.stem}"
        tmp = maildir / "tmp" / target.name
        shutil.copyfile(file, tmp)
        os.replace(tmp, target)
        os.utime(target, (base_time + index, base_time + index))
    marker.write_text(f"{len(files)} demo messages delivered\n")
    return len(files)


def _found(message: InboundMessage, labels: dict | None) -> str:
    if message.auto_kind:
        return f"auto-generated ({message.auto_kind})"
    if message.status == MessageStatus.FAILED.value:
        return "processing failed"
    if labels is None:
        return "unreadable"
    parts = []
    if labels.get("complaint"):
        parts.append("complaint" + (" (explicit)" if labels.get("explicit") else " (implicit)"))
    if labels.get("personal_data"):
        parts.append("personal data")
    if labels.get("breach"):
        parts.append("BREACH")
    if labels.get("rights"):
        parts.append("rights: " + ",".join(labels["rights"]))
    if labels.get("about_other_firm"):
        parts.append(f"about {labels['about_other_firm']}")
    if labels.get("third_party"):
        parts.append("third party")
    if labels.get("needs_review"):
        parts.append("unsure")
    return "; ".join(parts) or "no complaint"


def _done(message: InboundMessage, case: Case | None, letters: list[Letter]) -> str:
    if message.status == MessageStatus.DUPLICATE.value:
        return f"duplicate of #{message.duplicate_of_id}; nothing new"
    if message.status == MessageStatus.FAILED.value:
        return "quarantined; waits for a person"
    if case is None:
        return "registered; not answered" if message.auto_kind else "registered"
    parts = [case.reference]
    if case.needs_review:
        parts.append("to review")
    if case.status == "forwarded":
        parts.append("forwarded")
    parts.extend(f"{letter.kind} {letter.status}" for letter in letters)
    return "; ".join(parts)


def register_table(app_factory, mailbox: str) -> list[tuple[str, str, str, str]]:
    rows = []
    with unit_of_work(app_factory) as session:
        messages = session.scalars(select(InboundMessage).where(InboundMessage.mailbox == mailbox).order_by(InboundMessage.id)).all()
        for message in messages:
            labels = session.scalar(select(Classification.labels).where(Classification.message_id == message.id))
            case = session.get(Case, message.case_id) if message.case_id else None
            letters = []
            if case is not None and message.status != MessageStatus.DUPLICATE.value:
                first = session.scalar(select(InboundMessage.id).where(InboundMessage.case_id == case.id).order_by(InboundMessage.id))
                if first == message.id:
                    letters = list(session.scalars(select(Letter).where(Letter.case_id == case.id).order_by(Letter.id)))
            sender = message.from_address or (message.from_name or "(no address)")
            if case is not None and case.channel == WEB_FORM_CHANNEL and case.complainant_address:
                sender = f"{case.complainant_address} (web form)"  # the person, not the form software's address
            rows.append((sender, message.subject or "(no subject)", _found(message, labels), _done(message, case, letters)))
    return rows


def print_table(rows: list[tuple[str, str, str, str]], out=sys.stdout) -> None:
    widths = (30, 38, 34, 44)
    header = ("sender", "subject", "found", "done")

    def cut(text: str, width: int) -> str:
        text = " ".join(text.split())
        return text if len(text) <= width else text[: width - 1] + "…"

    def line(cells: tuple[str, ...]) -> str:
        return "  ".join(cut(c, w).ljust(w) for c, w in zip(cells, widths)).rstrip()

    out.write(line(header) + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for row in rows:
        out.write(line(row) + "\n")


def run_demo(settings: Settings, inbox: Path | None = None) -> int:
    if settings.get("mailbox", "kind") != "maildir" or settings.get("outbox", "kind") != "maildir":
        print("The demo runs on the embedded default (Maildir in, Maildir out); use a config without imap/smtp.", file=sys.stderr)
        return 2
    maildir = settings.path("mailbox", "path")
    delivered = deliver_demo_mail(inbox or DEMO_INBOX, maildir)
    app = bootstrap(settings)
    service = app.service()
    try:
        report = service.run_once()
        rows = register_table(app.factory, service.source.name)
    finally:
        service.source.close()
        app.close()
    print_table(rows)
    outbox = settings.path("outbox", "path")
    print()
    print(f"this run: {delivered} demo messages delivered, {len(report.outcomes)} processed, "
          f"{report.already_held} already in the register, {report.send.sent} letters sent")
    print(f"register: {settings.database_url}   raw messages: {settings.path('storage', 'raw_path')}/")
    print(f"letters:  {outbox}/new/ ({len(list((outbox / 'new').glob('*'))) if (outbox / 'new').exists() else 0} files)")
    print("see every case: triage-bot cases --format jsonl   (or: .venv/bin/python run_bot.py cases)")
    return 0
