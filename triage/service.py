"""The service loop: fetch -> store raw -> process -> move on the server -> send the outbox.

Messages go through in batches (up to `batch_size` messages or `batch_bytes` bytes of one fetch):
the batch's raw bytes are written durably, then its register rows are committed in one transaction,
then it is parsed, classified and decided (`Processor.begin_many` / `decide_begun`: a transaction per
50 messages, a message that fails rolled back alone and shunted), and only then moved on the server.
A batch is handed to the worker processes as soon as it is stored, and decided after the batch
before it: the workers prepare one batch while the service decides the previous one. A crash
leaves each message either uncommitted and still in the mailbox, or committed (and recognised when
it is offered again). The loop never holds a database session while it waits for mail, survives
source errors with backoff, and stops cleanly on SIGTERM/SIGINT after finishing the batch in hand.

Several instances may share one mailbox and one register. Only the holder of the mailbox's lease
(`mailbox_state.lease_owner` / `lease_until`, taken and renewed with a compare-and-set UPDATE)
fetches and processes; the others keep running the scheduler and the outbox, whose rows are claimed
one by one, and take the lease over when its holder stops renewing it.
"""

from __future__ import annotations

import logging
import os
import random
import socket
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import func, or_, select, update
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from mail.errors import SourceError
from mail.types import MailSource, RawMessage
from triage.db import unit_of_work
from triage.intake import Stored, store_many
from triage.models import AuditEvent, Case, InboundMessage, MailboxState, MessageStatus
from triage.outbox import Outbox, SendReport
from triage.processing import BegunBatch, Outcome, Processor
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


@dataclass
class _BegunIntake:
    """A batch of one fetch, stored and handed to the workers (`Service._intake`), not decided yet."""

    stored: list[tuple[RawMessage, int]]  # every message stored, with its register id
    to_process: list[int]  # those not processed before (the others are only moved on the server)
    work: BegunBatch


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
        batch_size: int = 500,
        failure_alert_after: int = 5,
        quiet_hours: Callable[[datetime, datetime], float] | None = None,
        quiet_alert_after: float = 8,
        now: Callable[[], datetime] = lambda: datetime.now(timezone.utc),
        batch_bytes: int = 32 * 1024 * 1024,
        lease_seconds: float | None = None,
        lease_owner: str | None = None,
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
        # A batch is cut at `batch_size` messages or `batch_bytes` bytes, whichever comes first
        # (a few big messages must not pile up in memory).
        self.batch_bytes = batch_bytes
        # The lease outlives one wait for mail plus a batch; the holder renews it before and after
        # every batch. A holder that dies is replaced once it runs out (at once when it was a
        # process on this host that no longer exists).
        self.lease = timedelta(seconds=lease_seconds if lease_seconds is not None else max(60.0, 2 * poll_seconds + 60))
        self.lease_owner = (lease_owner or f"{socket.gethostname()[:60]}/{os.getpid()}/{uuid.uuid4().hex[:8]}")[:100]
        self.holds_lease = False
        self._lease_logged: bool | None = None

    # -- one pass -----------------------------------------------------------------------------

    def run_once(self, release_lease: bool = True) -> CycleReport:
        """Process what is waiting now, send what is due, and return what happened.

        Mail is fetched and processed only under the mailbox lease; without it (another instance
        polls this mailbox) the cycle only runs the scheduler and the outbox. `release_lease`
        hands the lease back at the end (a one-shot run); the loop keeps it between cycles."""
        report = CycleReport()
        try:
            if self.acquire_lease():
                with self.processor.workers_kept():  # one warm pool of NLP workers for the cycle's batches
                    self._poll(report)
            if self.scheduler is not None:
                report.ticks = self.scheduler.tick()
            report.send.add(self.outbox.send_due(stop=self.stopping.is_set))
        finally:
            if release_lease:
                self.release_lease()
        return report

    def _poll(self, report: CycleReport) -> None:
        # Stored but unprocessed messages first (left by a crash), in batches, renewing the lease.
        pending = self.processor.pending()
        for start in range(0, len(pending), self.batch_size):
            if start and not self.acquire_lease():
                return
            report.outcomes.extend(self.processor.process_many(pending[start : start + self.batch_size], while_waiting=self._sender_for(report)))
        batch: list[RawMessage] = []
        size = 0
        begun: _BegunIntake | None = None  # the batch stored and handed to the workers, not decided yet
        try:
            for raw in self.source.fetch():
                batch.append(raw)
                size += len(raw.data)
                if len(batch) >= self.batch_size or size >= self.batch_bytes or self.stopping.is_set():
                    begun = self._intake(batch, report, begun)
                    batch, size = [], 0
                    if not self.acquire_lease():
                        logger.warning("lost the lease on %s; another instance polls it now", self.source.name)
                        break
                if self.stopping.is_set():
                    break
        except SourceError as exc:
            self._finish(self._intake(batch, report, begun), report)
            self._record_poll(ok=False, error=str(exc))
            raise
        self._finish(self._intake(batch, report, begun), report)
        self._record_poll(ok=True, error=None, saw_mail=bool(report.outcomes or report.already_held))

    def _intake(self, raws: list[RawMessage], report: CycleReport, earlier: _BegunIntake | None = None) -> _BegunIntake | None:
        """Store a batch (bytes, then rows, committed) and hand it to the workers; then finish the
        `earlier` batch (decide it, move it on the server). Returns this batch, begun, for the caller
        to finish after the next one is stored: so the workers prepare a batch while the service
        stores the next and decides the one before, rather than wait for both. A crash in between
        leaves the begun batch stored and unprocessed: it is processed first on restart (`pending`)."""
        stored: list[tuple[RawMessage, int]] = []
        unprocessed: set[int] = set()
        for raw, result in zip(raws, store_many(raws, self.factory, self.store)):
            if isinstance(result, Stored):
                if result.status == MessageStatus.STORED.value:
                    unprocessed.add(result.message_id)
                elif not result.new:
                    report.already_held += 1
                stored.append((raw, result.message_id))
                continue
            # Nothing committed and the message stays in the source: no loss, a clear error.
            logger.error("could not store a message from %s: %s", self.source.name, result)
            report.storage_errors += 1
            with unit_of_work(self.factory) as session:
                session.add(AuditEvent(event="storage_failed", rule="intake", detail={"mailbox": raw.mailbox, "key": raw.key, "error": str(result)}))
        begun = None
        if stored:
            to_process = [message_id for _, message_id in stored if message_id in unprocessed]
            # The bytes of this batch are still in memory: parsed from there, not read back from the store.
            in_memory = {message_id: raw.data for raw, message_id in stored if message_id in unprocessed}
            begun = _BegunIntake(stored, to_process, self.processor.begin_many(to_process, in_memory, while_waiting=self._sender_for(report)))
        self._finish(earlier, report)
        return begun

    def _finish(self, begun: _BegunIntake | None, report: CycleReport) -> None:
        """Decide the messages of a begun batch that were not processed yet (their status when stored,
        which only this lease holder changes), then (and only then) move each on the server."""
        if begun is None:
            return
        outcomes = {o.message_id: o for o in self.processor.decide_begun(begun.work)}
        report.outcomes.extend(outcomes[i] for i in begun.to_process if i in outcomes)
        processed: list[RawMessage] = []
        for raw, message_id in begun.stored:
            outcome = outcomes.get(message_id)
            quarantine = outcome.quarantine_reason if outcome is not None else self._quarantine_reason(message_id)
            if not quarantine:
                processed.append(raw)
                continue
            try:
                self.source.quarantine(raw, quarantine)
            except SourceError as exc:
                logger.warning("message #%s stored but not moved on the server: %s", message_id, exc)
        self._mark_processed(processed)

    def _sender_for(self, report: CycleReport) -> Callable[[Callable[[], bool]], None]:
        """What the service does while its workers prepare the next slice of a batch: send the letters
        already committed (earlier slices' acknowledgements), until the slice is back. The cores the
        workers leave idle carry the outbox, and a big backlog's first letters leave in seconds rather
        than after the whole batch. Each letter is claimed and sent exactly as in the cycle's own pass."""

        def send_meanwhile(slice_ready: Callable[[], bool]) -> None:
            report.send.add(self.outbox.send_due(stop=lambda: slice_ready() or self.stopping.is_set(), recover=False))

        return send_meanwhile

    def _mark_processed(self, raws: list[RawMessage]) -> None:
        move_many = getattr(self.source, "mark_processed_many", None)
        if move_many is not None and len(raws) > 1:
            try:
                move_many(raws)  # one round trip for the batch (IMAP UID MOVE of a UID set)
                return
            except SourceError as exc:
                logger.warning("batch move failed (%s); moving one by one", exc)
        for raw in raws:
            try:
                self.source.mark_processed(raw)
            except SourceError as exc:
                logger.warning("message %s stored but not moved on the server: %s", raw.key, exc)

    # -- the mailbox lease -----------------------------------------------------------------------

    def acquire_lease(self) -> bool:
        """Take or renew this mailbox's lease (compare-and-set); False while another instance holds it."""
        now = self.now()
        until = now + self.lease
        name = self.source.name
        mine_or_free = or_(
            MailboxState.lease_owner == self.lease_owner,
            MailboxState.lease_owner.is_(None),
            MailboxState.lease_until.is_(None),
            MailboxState.lease_until < now,
        )
        with unit_of_work(self.factory) as session:
            taken = session.execute(
                update(MailboxState).where(MailboxState.mailbox == name, mine_or_free).values(lease_owner=self.lease_owner, lease_until=until)
            ).rowcount
            holder = None
            if taken != 1:
                holder = session.execute(select(MailboxState.lease_owner).where(MailboxState.mailbox == name)).first()
        if taken == 1:
            return self._now_holding(True)
        if holder is None:
            try:
                with unit_of_work(self.factory) as session:
                    session.add(MailboxState(mailbox=name, consecutive_failures=0, lease_owner=self.lease_owner, lease_until=until))
                return self._now_holding(True)
            except IntegrityError:
                return self._now_holding(False)  # another instance created the row first; it holds the lease
        owner = holder[0]
        if owner and _dead_local_owner(owner):
            # The holder was a process on this host that has gone (killed, crashed): no need to wait
            # for its lease to run out. Compare-and-set on its name, so only one successor wins.
            with unit_of_work(self.factory) as session:
                taken = session.execute(
                    update(MailboxState)
                    .where(MailboxState.mailbox == name, MailboxState.lease_owner == owner)
                    .values(lease_owner=self.lease_owner, lease_until=until)
                ).rowcount
            if taken == 1:
                logger.info("took over the lease on %s from %s (no longer running)", name, owner)
                return self._now_holding(True)
        return self._now_holding(False)

    def _now_holding(self, held: bool) -> bool:
        if held != self._lease_logged:
            logger.info("%s the lease on %s", "holding" if held else "waiting for", self.source.name)
            self._lease_logged = held
        self.holds_lease = held
        return held

    def release_lease(self) -> None:
        """Hand the lease back (clean stop, end of a one-shot run), so another instance need not wait."""
        if not self.holds_lease:
            return
        self.holds_lease = False
        try:
            with unit_of_work(self.factory) as session:
                session.execute(
                    update(MailboxState)
                    .where(MailboxState.mailbox == self.source.name, MailboxState.lease_owner == self.lease_owner)
                    .values(lease_owner=None, lease_until=None)
                )
        except Exception:  # noqa: BLE001 - it runs out on its own
            logger.warning("could not release the lease on %s", self.source.name, exc_info=True)

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
        """Poll until `stop()`; back off exponentially (with jitter) while the source fails.

        The lease is kept between cycles and handed back on a clean stop. Without it, the loop
        sleeps `poll_seconds` (no connection to the mailbox) and tries again."""
        failures = 0
        try:
            while not self.stopping.is_set():
                try:
                    self.run_once(release_lease=False)
                    failures = 0
                except SourceError as exc:
                    failures += 1
                    delay = min(300.0, 2.0**failures) * random.uniform(0.5, 1.5)
                    logger.warning("mailbox unavailable (%s); retrying in %.0fs", exc, delay)
                    self.stopping.wait(delay)
                    continue
                except OperationalError as exc:
                    # The register is locked past its busy timeout or unreachable. Nothing is lost
                    # (mail leaves the mailbox only after its row is committed): wait and try again.
                    failures += 1
                    delay = min(300.0, 2.0**failures) * random.uniform(0.5, 1.5)
                    logger.error("register unavailable (%s); retrying in %.0fs", str(exc.orig or exc)[:300], delay)
                    self.stopping.wait(delay)
                    continue
                if self.stopping.is_set():
                    break
                if self.holds_lease:
                    self.source.wait_for_mail(self.poll_seconds)
                else:
                    self.stopping.wait(self.poll_seconds)
        finally:
            self.release_lease()

    def stop(self) -> None:
        self.stopping.set()
        stop_source = getattr(self.source, "stop", None)
        if stop_source is not None:
            stop_source()


def _dead_local_owner(owner: str) -> bool:
    """Whether a lease owner ("host/pid/nonce") names a process on this host that no longer runs."""
    host, _, rest = owner.partition("/")
    pid_text = rest.partition("/")[0]
    if host != socket.gethostname()[:60] or not pid_text.isdigit() or int(pid_text) == os.getpid():
        return False
    if not Path("/proc/self/stat").exists():
        try:
            os.kill(int(pid_text), 0)
        except ProcessLookupError:
            return True
        except OSError:
            return False
        return False
    stat = Path(f"/proc/{pid_text}/stat")
    try:
        state = stat.read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return True
    except (OSError, IndexError):
        return False
    return state in ("Z", "X")  # a zombie (killed, not yet reaped by its parent) holds nothing
