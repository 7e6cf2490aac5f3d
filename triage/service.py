"""The service loop: fetch -> store raw -> process -> move on the server -> send the outbox.

One message is one unit of work. The loop never holds a database session while it waits for
mail, survives source errors with backoff, and stops cleanly on SIGTERM/SIGINT after finishing
the message in hand.
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from mail.errors import SourceError
from mail.types import MailSource, RawMessage
from triage.db import unit_of_work
from triage.errors import StorageError
from triage.intake import store_raw
from triage.models import AuditEvent, Case, InboundMessage, MailboxState, MessageStatus
from triage.outbox import Outbox, SendReport
from triage.processing import Outcome, Processor
from triage.rawstore import RawStore
from triage.scheduler import Scheduler, TickReport

logger = logging.getLogger(__name__)


@dataclass
class CycleReport:
    outcomes: list[Outcome] = field(default_factory=list)
    already_held: int = 0
    storage_errors: int = 0
    send: SendReport = field(default_factory=SendReport)
    ticks: TickReport = field(default_factory=TickReport)


class Service:
    """Wires a source, the register, the processor and the outbox into one loop."""

    def __init__(
        self,
        factory: sessionmaker[Session],
        store: RawStore,
        source: MailSource,
        processor: Processor,
        outbox: Outbox,
        scheduler: Scheduler | None = None,
        poll_seconds: float = 60,
        batch_size: int = 50,
        failure_alert_after: int = 5,
        quiet_hours: Callable[[datetime, datetime], float] | None = None,
        quiet_alert_after: float = 8,
        now: Callable[[], datetime] = lambda: datetime.now(timezone.utc),
    ) -> None:
        self.factory = factory
        self.store = store
        self.source = source
        self.processor = processor
        self.outbox = outbox
        self.scheduler = scheduler
        self.poll_seconds = poll_seconds
        self.batch_size = batch_size
        self.failure_alert_after = failure_alert_after
        # Business hours between two moments (the profile's calendar): a silent mailbox is an alert.
        self.quiet_hours = quiet_hours
        self.quiet_alert_after = quiet_alert_after
        self.now = now
        self.stopping = threading.Event()

    # -- one pass -----------------------------------------------------------------------------

    def run_once(self) -> CycleReport:
        """Process what is waiting now, send what is due, and return what happened."""
        report = CycleReport()
        report.outcomes.extend(self.processor.process_many(self.processor.pending()))
        batch: list[tuple[RawMessage, int]] = []
        try:
            for raw in self.source.fetch():
                stored = self._store(raw, report)
                if stored is not None:
                    batch.append(stored)
                if len(batch) >= self.batch_size or self.stopping.is_set():
                    self._finish(batch, report)
                    batch = []
                if self.stopping.is_set():
                    break
        except SourceError as exc:
            self._finish(batch, report)
            self._record_poll(ok=False, error=str(exc))
            raise
        self._finish(batch, report)
        self._record_poll(ok=True, error=None, saw_mail=bool(report.outcomes or report.already_held))
        if self.scheduler is not None:
            report.ticks = self.scheduler.tick()
        report.send = self.outbox.send_due(stop=self.stopping.is_set)
        return report

    def _store(self, raw: RawMessage, report: CycleReport) -> tuple[RawMessage, int] | None:
        try:
            stored = store_raw(raw, self.factory, self.store)
        except StorageError as exc:
            # Nothing committed and the message stays in the source: no loss, a clear error.
            logger.error("could not store a message from %s: %s", self.source.name, exc)
            report.storage_errors += 1
            with unit_of_work(self.factory) as session:
                session.add(AuditEvent(event="storage_failed", rule="intake", detail={"mailbox": raw.mailbox, "key": raw.key, "error": str(exc)}))
            return None
        if not stored.new and stored.status != MessageStatus.STORED.value:
            report.already_held += 1
        return raw, stored.message_id

    def _finish(self, batch: list[tuple[RawMessage, int]], report: CycleReport) -> None:
        """Process a batch of stored messages, then (and only then) move each on the server."""
        if not batch:
            return
        pending = {message_id for message_id in self.processor.pending()}
        to_process = [message_id for _, message_id in batch if message_id in pending]
        outcomes = {o.message_id: o for o in self.processor.process_many(to_process)}
        report.outcomes.extend(outcomes[i] for i in to_process if i in outcomes)
        for raw, message_id in batch:
            outcome = outcomes.get(message_id)
            quarantine = outcome.quarantine_reason if outcome is not None else self._quarantine_reason(message_id)
            try:
                if quarantine:
                    self.source.quarantine(raw, quarantine)
                else:
                    self.source.mark_processed(raw)
            except SourceError as exc:
                logger.warning("message #%s stored but not moved on the server: %s", message_id, exc)

    def _quarantine_reason(self, message_id: int) -> str | None:
        with unit_of_work(self.factory) as session:
            row = session.get(InboundMessage, message_id)
            if row is None:
                return None
            if row.status == MessageStatus.FAILED.value:
                return f"processing failed: {row.error or ''}"[:300]
            case = session.get(Case, row.case_id) if row.case_id else None
            if case is not None and case.kind == "unreadable":
                return "; ".join(case.review_reasons) or "unreadable"
        return None

    def _record_poll(self, ok: bool, error: str | None, saw_mail: bool = False) -> None:
        with unit_of_work(self.factory) as session:
            state = session.get(MailboxState, self.source.name)
            if state is None:
                state = MailboxState(mailbox=self.source.name, consecutive_failures=0)
                session.add(state)
            state.last_poll_at = self.now()
            if ok:
                state.consecutive_failures = 0
                state.last_error = None
                if saw_mail:
                    state.last_mail_at = self.now()
                else:
                    self._check_quiet(session, state)
            else:
                state.consecutive_failures = (state.consecutive_failures or 0) + 1
                state.last_error = (error or "")[:2000]
                if state.consecutive_failures == self.failure_alert_after:
                    logger.error("mailbox %s failed %d times in a row: %s", self.source.name, state.consecutive_failures, error)
                    session.add(AuditEvent(event="mailbox_alert", rule="liveness", detail={"mailbox": self.source.name, "failures": state.consecutive_failures, "error": (error or "")[:500]}))

    def _check_quiet(self, session: Session, state: MailboxState) -> None:
        """Alert once when no mail has arrived for `quiet_alert_after` business hours."""
        if self.quiet_hours is None or self.quiet_alert_after <= 0:
            return
        since = state.last_mail_at
        if since is None:
            first = session.scalar(select(func.min(AuditEvent.at)).where(AuditEvent.event == "message_stored"))
            since = first
        if since is None:
            return
        since = since if since.tzinfo else since.replace(tzinfo=timezone.utc)
        quiet = self.quiet_hours(since, self.now())
        if quiet < self.quiet_alert_after:
            return
        already = session.scalar(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.event == "mailbox_quiet_alert", AuditEvent.at >= since)
        )
        if already:
            return
        logger.error("mailbox %s: no mail for %.0f business hours", self.source.name, quiet)
        session.add(AuditEvent(event="mailbox_quiet_alert", rule="liveness", detail={"mailbox": self.source.name, "business_hours": round(quiet, 1)}))

    # -- the loop ------------------------------------------------------------------------------

    def run_forever(self) -> None:
        """Poll until `stop()`; back off exponentially (with jitter) while the source fails."""
        failures = 0
        while not self.stopping.is_set():
            try:
                self.run_once()
                failures = 0
            except SourceError as exc:
                failures += 1
                delay = min(300.0, 2.0**failures) * random.uniform(0.5, 1.5)
                logger.warning("mailbox unavailable (%s); retrying in %.0fs", exc, delay)
                self.stopping.wait(delay)
                continue
            if self.stopping.is_set():
                break
            self.source.wait_for_mail(self.poll_seconds)

    def stop(self) -> None:
        self.stopping.set()
        stop_source = getattr(self.source, "stop", None)
        if stop_source is not None:
            stop_source()
