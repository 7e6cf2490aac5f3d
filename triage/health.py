"""`health`: is the bot doing its job? Register reachable, mailbox polled lately, outbox moving."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import func, select

from triage.calendar import as_london
from triage.config import Settings
from triage.policy import load_profile
from triage.db import make_engine, make_session_factory, unit_of_work
from triage.models import InboundMessage, Letter, LetterStatus, MailboxState, MessageStatus


def _aware(value: datetime | None) -> datetime | None:
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value


OPENING_HOUR = 9  # business hours, for the "no mail lately" alert: 09:00 to close of business


def business_hours_between(start: datetime, end: datetime, calendar: Any) -> float:
    """Working hours (09:00 to the calendar's close of business, business days only) in [start, end)."""
    start, end = as_london(start), as_london(end)
    total = 0.0
    day = start.date()
    while day <= end.date():
        if calendar.is_business_day(day):
            opening = as_london(calendar.close_of(day)).replace(hour=OPENING_HOUR, minute=0, second=0, microsecond=0)
            closing = as_london(calendar.close_of(day))
            lo, hi = max(start, opening), min(end, closing)
            if hi > lo:
                total += (hi - lo).total_seconds() / 3600
        day += timedelta(days=1)
    return total


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
    quiet_limit = float(settings.values.get("service", {}).get("no_mail_alert_business_hours", 8))
    try:
        calendar = load_profile(str(settings.get("policy", "profile"))).calendar(str(settings.get("policy", "region")))
    except Exception:  # a broken profile is reported by the service itself; health still answers
        calendar = None
    for state in report["mailboxes"]:
        last_mail = _aware(state["last_mail_at"]) or _aware(state["last_poll_at"])
        if calendar is not None and last_mail is not None and quiet_limit > 0:
            quiet = business_hours_between(last_mail, now, calendar)
            state["quiet_business_hours"] = round(quiet, 1)
            if quiet >= quiet_limit:
                problems.append(f"{state['mailbox']}: no mail for {quiet:.0f} business hours (limit {quiet_limit:.0f})")
    if report["failed_messages"]:
        problems.append(f"{report['failed_messages']} message(s) failed processing and wait for a person")
    if report["outbox"].get(LetterStatus.FAILED.value):
        problems.append(f"{report['outbox'][LetterStatus.FAILED.value]} letter(s) failed permanently")
    report["healthy"] = not problems
    return report
