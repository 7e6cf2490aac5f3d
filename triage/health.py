"""`health`: is the bot doing its job? Register reachable, mailbox polled lately, outbox moving."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import func, select

from triage.config import Settings
from triage.db import make_engine, make_session_factory, unit_of_work
from triage.models import InboundMessage, Letter, LetterStatus, MailboxState, MessageStatus


def _aware(value: datetime | None) -> datetime | None:
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value


def check_health(settings: Settings, now: datetime | None = None) -> dict[str, Any]:
    """A JSON-ready report; `healthy` is False on any problem listed in `problems`."""
    now = now or datetime.now(timezone.utc)
    problems: list[str] = []
    report: dict[str, Any] = {"healthy": False, "problems": problems}
    try:
        engine = make_engine(settings.database_url)
        factory = make_session_factory(engine)
        with unit_of_work(factory) as session:
            states = session.scalars(select(MailboxState)).all()
            report["mailboxes"] = [
                {
                    "mailbox": s.mailbox,
                    "last_poll_at": s.last_poll_at,
                    "last_mail_at": s.last_mail_at,
                    "consecutive_failures": s.consecutive_failures,
                    "last_error": s.last_error,
                }
                for s in states
            ]
            report["backlog"] = session.scalar(select(func.count()).where(InboundMessage.status == MessageStatus.STORED.value))
            report["failed_messages"] = session.scalar(select(func.count()).where(InboundMessage.status == MessageStatus.FAILED.value))
            counts = dict(session.execute(select(Letter.status, func.count()).group_by(Letter.status)).all())
            report["outbox"] = counts
        engine.dispose()
    except Exception as exc:  # the health check reports; it must not crash
        problems.append(f"register unreachable: {type(exc).__name__}: {exc}")
        return report
    poll_limit = timedelta(seconds=max(300, 5 * int(settings.get("mailbox", "poll_seconds"))))
    alert_after = int(settings.values.get("service", {}).get("failure_alert_after", 5))
    if not report["mailboxes"]:
        problems.append("the mailbox has never been polled")
    for state in report["mailboxes"]:
        last = _aware(state["last_poll_at"])
        if last is None or now - last > poll_limit:
            problems.append(f"{state['mailbox']}: no poll for more than {int(poll_limit.total_seconds())}s")
        if (state["consecutive_failures"] or 0) >= alert_after:
            problems.append(f"{state['mailbox']}: {state['consecutive_failures']} consecutive failures")
    if report["failed_messages"]:
        problems.append(f"{report['failed_messages']} message(s) failed processing and wait for a person")
    if report["outbox"].get(LetterStatus.FAILED.value):
        problems.append(f"{report['outbox'][LetterStatus.FAILED.value]} letter(s) failed permanently")
    report["healthy"] = not problems
    return report
