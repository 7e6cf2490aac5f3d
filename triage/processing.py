"""Step two: parse a stored message, classify it, decide, and write the case, letters and audit.

All writes for one message happen in one transaction, so the outbox rows exist exactly when the
decision that caused them does. An unexpected error rolls that transaction back and marks the
message FAILED in a fresh one, with the reason, for a person (Mailman's shunt queue): the raw
bytes are already safe, nothing is lost and the service carries on.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import multiprocessing
import os
import re
import traceback
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session, sessionmaker

from classifiers.data import email_text_from_parsed
from classifiers.details import is_document
from classifiers.pattern_words import read_every_gate
from classifiers.textprep import message_sections
from classifiers.types import Firm, Triage, TriageClassifier
from mail.automail import detect_auto_mail
from mail.parse import parse_message, serious_defects
from mail.types import AutoMailVerdict, ParsedEmail
from triage.complainant import Complainant, complainant, person_behind_form, relayed_by_form
from triage.db import scrub_nul, unit_of_work
from triage.errors import TriageError
from triage.intake_details import IntakeConfig, IntakeReading, add_new_case_events, assess_new_case, read_message, record_reply
from triage.models import (
    AuditEvent,
    Case,
    CaseStatus,
    Classification,
    InboundMessage,
    Letter,
    LetterStatus,
    MessageStatus,
    WEB_FORM_CHANNEL,
)
from triage.outbox import LetterRequest, queue_letter
from triage.postal import LOGGED_CHANNELS, is_postal, postal_letter, postal_lines
from triage.rawstore import RawStore
from triage.references import allocate_reference
from triage.rules import Decision, Facts, decide

logger = logging.getLogger(__name__)

REFERENCE_TAG = re.compile(r"\[([A-Z]{3}-\d{4}-\d{6})\]")


@dataclass(frozen=True)
class ProcessingConfig:
    """What processing needs from the settings, resolved once in bootstrap."""

    profile: str
    own_addresses: tuple[str, ...]
    own_domains: tuple[str, ...]
    loop_id: str
    firm_confidence: float = 0.8
    max_letters_per_recipient: int = 5
    rate_window: timedelta = timedelta(hours=1)
    forwarding_enabled: bool = True
    internal_address: str = ""
    # The profile's [intake]: details, vulnerability, third-party authority (None: not assessed).
    intake: IntakeConfig | None = None


@dataclass(frozen=True)
class Prepared:
    """A message already read, parsed and (maybe) classified outside its transaction; `intake` is its
    intake NLP (details, vulnerability, authority), read beforehand when it may open or join a case;
    `auto` what its headers say about a machine writing it (looked at once, for both uses).
    The bytes are not kept: nothing after parsing needs them (they are on disk)."""

    parsed: ParsedEmail
    triage: Triage | None
    intake: IntakeReading | None = None
    auto: AutoMailVerdict | None = None


@dataclass(frozen=True)
class LoggedComplaint:
    """A complaint a handler logged from a phone call or a letter (triage.manual_intake).

    The handler has decided it is a complaint, so it opens one whatever the classifier says (its
    doubt goes to the review reasons), with the channel and the handler on the case, all in the
    same transaction as the clocks and the acknowledgement."""

    channel: str
    actor: str


@dataclass(frozen=True)
class Outcome:
    """What happened to one message, for the CLI table and the tests."""

    message_id: int
    status: str
    case_reference: str | None = None
    case_kind: str | None = None
    found: tuple[str, ...] = ()
    done: tuple[str, ...] = ()
    quarantine_reason: str | None = None
    hits: tuple[dict[str, str], ...] = field(default_factory=tuple)


def _aware(moment: datetime) -> datetime:
    """SQLite hands datetimes back naive; the register stores UTC."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=timezone.utc)


def _logged_postal_address(row: InboundMessage, parsed: ParsedEmail) -> tuple[str, ...]:
    """The postal address a handler logged; only our own logging form (mailboxes "phone" and
    "post") writes that header: on mail from outside it means nothing."""
    return postal_lines(parsed.headers) if row.mailbox in LOGGED_CHANNELS else ()


# A sender's own text shorter than this (words of two or more letters, own subject included) over attached
# documents is a cover note: what they have to say is in the documents.
COVER_NOTE_WORDS = 15


def documents_behind_cover_note(parsed: ParsedEmail) -> int:
    """How many documents (not signature logos or mail-client debris) a message carries under a cover note of
    fewer than COVER_NOTE_WORDS words of the sender's own; 0 when it has none, or says more itself."""
    documents = sum(1 for a in parsed.attachments if is_document(a.filename))
    if not documents:
        return 0
    own_words = message_sections(parsed.text, parsed.html, parsed.subject).own_words
    return documents if own_words < COVER_NOTE_WORDS else 0


def combine_auto(triage: Triage, verdict: AutoMailVerdict) -> Triage:
    """Headers that prove a machine wrote the message win over the text model (labelling guide
    §1: auto-generated mail carries no other label)."""
    if not verdict.auto:
        return triage
    return replace(
        triage,
        complaint=False,
        explicit=False,
        personal_data=False,
        breach=False,
        rights=(),
        about_other_firm=None,
        third_party=False,
        auto_generated=True,
        category="none",
        needs_review=False,
        reasons=tuple(verdict.reasons) + tuple(triage.reasons),
    )


def write_events(session: Session, events: list[AuditEvent], case: Case | None = None) -> None:
    """Insert audit events (built, not added to the session) with one statement, and empty `events`.

    The ORM sends SQLite one INSERT per object; a decision writes three or four events. Rows with the
    same keys go as one executemany (one multi-row INSERT on PostgreSQL), in the order given. An event
    built before its case was flushed (`case_id` None) gets the id of `case`, the case of its message."""
    _insert_events(session, [(events, case)])
    events.clear()


def _insert_events(session: Session, batches: Iterable[tuple[list[AuditEvent], Case | None]]) -> None:
    """One INSERT for the events of several (events, their case) batches, in order; nothing for none."""
    rows = [row for events, case in batches for row in _event_rows(events, case)]
    if rows:  # (an empty list would insert one row of defaults)
        session.execute(insert(AuditEvent), rows)


def _event_rows(events: Iterable[AuditEvent], case: Case | None) -> list[dict[str, object]]:
    case_id = case.id if case is not None else None
    return [
        {"case_id": e.case_id if e.case_id is not None else case_id, "message_id": e.message_id, "letter_id": e.letter_id, "event": e.event,
         "rule": e.rule or "", "actor": e.actor or "bot", "detail": e.detail if e.detail is not None else {}}
        for e in events
    ]


class _Writes:
    """The rows a decision writes with Core statements (classifications, audit events), and, for a chunk
    decided in one go (`deferred`), what is not flushed yet.

    One message (`deferred` False): written at the end of the message, inside its savepoint. A chunk
    (`deferred` True, `Processor._decide_chunk`): the chunk's new cases, inbound rows, deadlines and
    counters are flushed once and these rows inserted once, at the end of the chunk, or earlier when a
    later message of the chunk needs them in the database (a letter, which names its case; a look-up
    that could find an earlier message of the chunk, see `Processor._facts` and `_thread_case`). Rows
    are written in the order their messages were decided, so the register (ids, audit history) is as
    if each message had been written on its own."""

    def __init__(self, deferred: bool) -> None:
        self.deferred = deferred
        self.events: list[tuple[list[AuditEvent], Case | None]] = []
        self.classifications: list[tuple[dict[str, object], Case | None]] = []
        # Of the messages decided but not flushed: (Message-ID, body hash), Message-IDs, case references.
        self.keys: set[tuple[str, str]] = set()
        self.message_ids: set[str] = set()
        self.references: set[str] = set()
        # Duplicate detection for a chunk (`Processor._originals`): the first processed message with each
        # (Message-ID, body hash) of the chunk, in the register when the chunk began and in the chunk since,
        # for the Message-IDs looked up then (`looked_up`; a Message-ID found only by the parser is not).
        self.originals: dict[tuple[str, str], int] = {}
        self.looked_up: set[str] = set()

    def decided(self, row: InboundMessage, reference: str | None) -> None:
        """Remember what a later look-up of the chunk could find of this message once flushed."""
        if row.message_id:
            self.message_ids.add(row.message_id)
            if row.body_sha256:
                key = (row.message_id, row.body_sha256)
                self.keys.add(key)
                if row.status != MessageStatus.STORED.value and row.id < self.originals.get(key, row.id + 1):
                    self.originals[key] = row.id
        if reference:
            self.references.add(reference)

    def flush(self, session: Session) -> None:
        session.flush()
        self.keys.clear()
        self.message_ids.clear()
        self.references.clear()

    def write(self, session: Session) -> None:
        """Flush, then insert the rows held back (their cases have ids now), in order."""
        self.flush(session)
        if self.classifications:
            session.execute(
                insert(Classification),
                [dict(values, case_id=case.id if case is not None else None) for values, case in self.classifications],
            )
            self.classifications.clear()
        batches, self.events = self.events, []
        _insert_events(session, batches)


_CHUNK_WRITES = "triage.processing.chunk_writes"


#: Below this many messages to classify, a batch's NLP runs in this process (forking costs about 0.1 s).
NLP_PARALLEL_MIN = 200
#: One message of a batch to prepare: register id, the bytes the caller still holds (or None: read
#: them from the store), their stored sha256, whether the source truncated them.
_Item = tuple[int, "bytes | None", str, bool]
#: The processor whose workers are being forked: they inherit it (with its loaded model) at the fork.
_NLP_PROCESSOR: Processor | None = None
#: Bytes bigger than this are not sent to a worker: it reads the stored copy (already durable on disk).
SEND_TO_WORKER_MAX_BYTES = 1024 * 1024
#: A slice not back from the workers after this long is given up (a worker killed mid-task, by the
#: kernel's OOM killer say, loses its task and the pool would wait for ever): the rest of the batch
#: is prepared here. A slice is 50 messages of a batch of at most 32 MB: seconds, not minutes.
SLICE_TIMEOUT_SECONDS = 600.0


def _locked_rows(session: Session, chunk: list[int]) -> Sequence[InboundMessage]:
    """A chunk's rows in one statement, locked (PostgreSQL) as each message's was when it was decided
    alone; the caller keeps them referenced, so that each message finds its row in the session."""
    return session.scalars(select(InboundMessage).where(InboundMessage.id.in_(chunk)).with_for_update()).all()


def _prepare_slice(items: list[_Item]) -> list[Prepared | None]:
    """One task of a worker process: `Processor._prepare` of a slice of a batch (the items and the
    results are pickled; the processor was inherited at the fork)."""
    assert _NLP_PROCESSOR is not None
    return _NLP_PROCESSOR._prepare(items)


@dataclass
class BegunBatch:
    """A batch handed to the workers (`Processor.begin_many`), to be decided (`Processor.decide_begun`)."""

    message_ids: list[int]
    stream: Iterator[Prepared | None]


def _in_order(message_ids: list[int], rows: Mapping[int, object], results: Iterator[Prepared | None]) -> Iterator[Prepared | None]:
    """For each of `message_ids`: the next of `results` when it was prepared (in `rows`), else None."""
    for message_id in message_ids:
        yield next(results) if message_id in rows else None


#: How much the NLP workers yield to the service process (`os.nice`). The service alone decides and
#: writes, one batch after another, so it is the critical path; the workers prepare ahead (a batch is
#: handed to them before the one before it is decided). At equal priority the kernel shares the two
#: cores evenly between the three processes and the service waits for its turn; niced, the workers take
#: what the service leaves, which on an idle machine is still a core and more. (They yield to any other
#: process at normal priority too, a PostgreSQL server on the same host say: when the service waits for
#: them, they still get the CPU it leaves.)
WORKER_NICENESS = 5


def _lower_priority() -> None:
    try:
        os.nice(WORKER_NICENESS)
    except OSError:  # not permitted here: the workers run at the service's priority
        pass


def _portable(items: list[_Item]) -> list[_Item]:
    return [(i, held if held is None or len(held) <= SEND_TO_WORKER_MAX_BYTES else None, sha, cut) for i, held, sha, cut in items]


#: Work to do while the service waits for its workers: called with a test of whether the awaited
#: result has come, it should return soon after that test turns true.
WhileWaiting = Callable[[Callable[[], bool]], object]


class _Awaited:
    """The next result of a pool's `imap`, taken without blocking when it is already there. A worker's
    failure seen by `ready` (which others call) is raised by `take`, in the batch's own path."""

    _NOTHING = object()

    def __init__(self, results: Any) -> None:
        self.results = results
        self.outcome: Any = self._NOTHING  # (True, result) or (False, exception)

    def ready(self) -> bool:
        if self.outcome is self._NOTHING:
            try:
                self.outcome = (True, self.results.next(timeout=0))
            except multiprocessing.TimeoutError:
                return False
            except Exception as exc:  # noqa: BLE001 - kept for take()
                self.outcome = (False, exc)
        return True

    def take(self) -> Any:
        if self.outcome is self._NOTHING:
            return self.results.next(timeout=SLICE_TIMEOUT_SECONDS)  # TimeoutError: given up, done here
        succeeded, value = self.outcome
        if not succeeded:
            raise value
        return value


def _next_result(results: Any, while_waiting: WhileWaiting | None) -> Any:
    """The next result of `results` (an `imap` iterator); when it is not there yet, `while_waiting`
    runs first. A failure there is logged and never stops the batch: what it did not do is done later."""
    awaited = _Awaited(results)
    if while_waiting is not None and not awaited.ready():
        try:
            while_waiting(awaited.ready)
        except Exception:  # noqa: BLE001
            logger.warning("work done while waiting for the batch's workers failed; left for later", exc_info=True)
    return awaited.take()


def _workers_wanted() -> int:
    """Worker processes for the batch's NLP (classification and intake): the classifier's rule (TRIAGE_CLASSIFY_WORKERS,
    else up to 2, and none in a process running other threads, which must not fork)."""
    from classifiers.classifier import workers_wanted  # (imported with the model the service loaded)

    return workers_wanted()


def describe_triage(triage: Triage | None, auto_kind: str) -> tuple[str, ...]:
    """Short words for what the classifiers found (the demo table, the case list)."""
    if triage is None:
        return ("unreadable",)
    if auto_kind:
        return (f"auto:{auto_kind}",)
    found: list[str] = []
    if triage.complaint:
        found.append("explicit complaint" if triage.explicit else "implicit complaint")
    if triage.personal_data:
        found.append("personal data")
    if triage.breach:
        found.append("breach")
    found.extend(f"right:{r}" for r in triage.rights)
    if triage.about_other_firm:
        found.append(f"about:{triage.about_other_firm}")
    if triage.third_party:
        found.append("third party")
    if triage.complaint and triage.category not in ("none", ""):
        found.append(f"category:{triage.category}")
    return tuple(found) or ("no complaint",)


class Processor:
    """Parses, classifies and decides one stored message at a time."""

    def __init__(
        self,
        factory: sessionmaker[Session],
        store: RawStore,
        classifier: TriageClassifier,
        firms: Sequence[Firm],
        config: ProcessingConfig,
        renderer: Callable[..., object],
        now: Callable[[], datetime] = lambda: datetime.now(timezone.utc),
        planner: Callable[[Case], list] | None = None,
    ) -> None:
        self.factory = factory
        self.store = store
        self.classifier = classifier
        self.firms = {f.firm_id: f for f in firms}
        self.config = config
        self.renderer = renderer
        self.now = now
        # Turns a new case into its Deadline rows (the policy profile's clocks).
        self.planner = planner
        self._pool: Any = None  # forked NLP workers kept for a cycle (`workers_kept`)
        self._keep_pool = False

    @contextlib.contextmanager
    def workers_kept(self) -> Iterator[None]:
        """Within this block the big batches share one pool of forked workers, forked at the first of
        them and closed at the end. Workers warm up as they go (the lexicons' trimmed patterns, spaCy's
        vocabulary: about 1.5 CPU seconds over their first thousand messages), so a backlog's batches
        are prepared by warm workers rather than by fresh ones every batch."""
        self._keep_pool = True
        try:
            yield
        finally:
            self._keep_pool = False
            self._close_pool()

    def _worker_pool(self) -> Any:
        """The kept pool, or a new one (None: work here). A new pool is forked only from a process
        running a single thread (`_workers_wanted`); a kept pool is reused even though its own
        helper threads now run here, since reusing it forks nothing."""
        if self._pool is not None:
            return self._pool
        workers = _workers_wanted()
        if workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
            return None
        global _NLP_PROCESSOR
        _NLP_PROCESSOR = self  # (left set: a worker the pool forks again to replace a dead one needs it too)
        read_every_gate()  # read once here, inherited by every worker of every pool
        self._pool = multiprocessing.get_context("fork").Pool(workers, initializer=_lower_priority)
        return self._pool

    def _close_pool(self, broken: bool = False) -> None:
        pool, self._pool = self._pool, None
        if pool is None:
            return
        if broken:
            pool.terminate()
        else:
            pool.close()
        pool.join()

    # -- public -----------------------------------------------------------------------------

    def process(self, message_id: int, prepared: Prepared | None = None, logged: LoggedComplaint | None = None) -> Outcome:
        """Process one stored message; never raises for a message's own faults."""
        try:
            return self._process(message_id, prepared, logged)
        except Exception as exc:  # shunt, don't drop: the raw bytes are safe on disk
            logger.error("processing message #%s failed: %s", message_id, type(exc).__name__, exc_info=True)
            summary = "".join(traceback.format_exception_only(type(exc), exc)).strip()[:2000]
            with unit_of_work(self.factory) as session:
                row = session.get(InboundMessage, message_id)
                if row is not None:
                    row.status = MessageStatus.FAILED.value
                    row.error = summary
                    try:  # so a person sees who wrote and about what; parsing itself never raises
                        self._record_parse(row, parse_message(self.store.get(row.raw_sha256)))
                    except Exception:
                        logger.warning("could not re-read failed message #%s", message_id)
                    if row.case_id is None:
                        # A case puts the message in the review queue; nothing was sent for it.
                        self._new_case(
                            session,
                            row,
                            "unprocessed",
                            CaseStatus.NEEDS_REVIEW.value,
                            [f"processing failed: {summary[:300]}"],
                            [{"rule": "shunt", "detail": summary[:300], "message": row.id}],
                        )
                    session.add(AuditEvent(message_id=message_id, event="processing_failed", rule="shunt", detail={"error": summary}))
            return Outcome(message_id, MessageStatus.FAILED.value, quarantine_reason=f"internal error: {summary}")

    def process_many(
        self, message_ids: Sequence[int], in_memory: Mapping[int, bytes] | None = None, while_waiting: WhileWaiting | None = None
    ) -> list[Outcome]:
        """Process several stored messages: parsed, classified and read by the intake NLP in slices
        of `decide_chunk` (the model is much faster on a batch; big batches in forked workers,
        `_prepare_stream`), then decided and written `decide_chunk` messages per transaction as their
        slices arrive.

        `in_memory`: bytes the caller still holds for some of the messages (the batch it has just
        stored); used instead of reading the stored copy again when their sha256 is the stored one.
        `while_waiting`: other work (the service sends the letters already committed) done here when
        the next slice is not back from the workers yet, outside any transaction; it is given a test
        of whether the slice has come and should return soon after it has (see `WhileWaiting`)."""
        return self.decide_begun(self.begin_many(message_ids, in_memory, while_waiting))

    def begin_many(
        self, message_ids: Sequence[int], in_memory: Mapping[int, bytes] | None = None, while_waiting: WhileWaiting | None = None
    ) -> BegunBatch:
        """The first half of `process_many`: the batch's rows are read and its preparation is handed to
        the workers now; `decide_begun` decides it later. The service begins a batch before it decides
        the one before, so the workers prepare it while the service is busy with the earlier batch's
        decisions and with storing (`Service._poll`). Batches must be decided in the order begun."""
        message_ids = list(message_ids)
        return BegunBatch(message_ids, self._prepare_stream(message_ids, in_memory, while_waiting))

    def decide_begun(self, begun: BegunBatch) -> list[Outcome]:
        """The second half of `process_many`: decide and write a begun batch (see `process_many`)."""
        return self._decide_many(begun.message_ids, begun.stream)

    def _prepare_stream(
        self, message_ids: list[int], in_memory: Mapping[int, bytes] | None, while_waiting: WhileWaiting | None = None
    ) -> Iterator[Prepared | None]:
        """For each of `message_ids`, in order: the message parsed, classified and read (`Prepared`),
        or None when it is not waiting to be processed or its stored bytes cannot be read (left to
        `process()`, which shunts it with the reason). The rows are read, and the work handed to the
        workers, when this is called; the iterator only collects."""
        rows: dict[int, tuple[str, bool]] = {}
        with unit_of_work(self.factory) as session:
            for start in range(0, len(message_ids), 500):
                for message_id, sha, truncated in session.execute(
                    select(InboundMessage.id, InboundMessage.raw_sha256, InboundMessage.truncated).where(
                        InboundMessage.id.in_(message_ids[start : start + 500]), InboundMessage.status == MessageStatus.STORED.value
                    )
                ):
                    rows[message_id] = (sha, bool(truncated))
        items: list[_Item] = [
            (message_id, in_memory.get(message_id) if in_memory else None, *rows[message_id]) for message_id in message_ids if message_id in rows
        ]
        return _in_order(message_ids, rows, self._prepare_items(items, while_waiting))

    def _prepare_items(self, items: list[_Item], while_waiting: WhileWaiting | None = None) -> Iterator[Prepared | None]:
        """`_prepare` of each item, in order, `decide_chunk` at a time as they are done: in forked worker
        processes for a big batch (handed to them now; the first slices are decided while the next are
        prepared on the other core; `while_waiting` runs when the next is not there yet), else here."""
        bounds = [(start, min(start + self.decide_chunk, len(items))) for start in range(0, len(items), self.decide_chunk)]
        pool = results = None
        try:
            pool = self._worker_pool() if len(items) >= NLP_PARALLEL_MIN else None
            if pool is not None:
                results = pool.imap(_prepare_slice, [_portable(items[lo:hi]) for lo, hi in bounds])
        except Exception:  # no fork here, a result would not pickle
            logger.warning("batch preparation in worker processes failed; continuing in-process", exc_info=True)
            if pool is not None:
                self._close_pool(broken=True)
            pool = results = None
        return self._collect(items, bounds, pool, results, while_waiting)

    def _collect(
        self, items: list[_Item], bounds: list[tuple[int, int]], pool: Any, results: Any, while_waiting: WhileWaiting | None
    ) -> Iterator[Prepared | None]:
        """The results of `_prepare_items`: the workers' slices as they come, and what they did not
        prepare (no pool, a worker failed, the pool was closed since) prepared here."""
        done = 0
        try:
            if results is not None:
                for _ in bounds:
                    if self._pool is not pool:
                        break  # closed since (an earlier batch's workers failed): its tasks are gone
                    part = _next_result(results, while_waiting)
                    done += len(part)
                    yield from part
        except Exception:  # a worker failed or was killed, a result would not pickle
            logger.warning("batch preparation in worker processes failed; continuing in-process", exc_info=True)
        finally:
            # (The consumer may never ask past the last item: this runs when the generator is closed.)
            if pool is not None and self._pool is pool and (not self._keep_pool or done < len(items)):
                # Not kept, or failed or left half-way: unfinished tasks would hold up the next batch's.
                self._close_pool(broken=True)
        for lo in range(done, len(items), self.decide_chunk):
            yield from self._prepare(items[lo : lo + self.decide_chunk])

    def _prepare(self, items: list[_Item]) -> list[Prepared | None]:
        """Parse some stored messages (with their auto-mail verdicts), then classify and read those that
        can be (`_nlp`). None for a message whose stored bytes cannot be read."""
        out: list[Prepared | None] = []
        to_classify: list[int] = []
        for message_id, held, sha, truncated in items:
            if held is not None and hashlib.sha256(held).hexdigest() == sha:
                raw = held
            else:
                try:
                    raw = self.store.get(sha)
                except Exception:  # left to process(), which shunts with the reason
                    out.append(None)
                    continue
            parsed = parse_message(raw)
            del raw  # a slice of big messages must not stay in memory until it is decided
            if parsed.parser != "none" and not truncated:
                to_classify.append(len(out))
            out.append(Prepared(parsed, None, auto=self._auto_mail(parsed)))
        results = self._nlp([(items[i][0], out[i]) for i in to_classify])  # type: ignore[misc]
        for i, (triage, reading) in zip(to_classify, results):
            out[i] = replace(out[i], triage=triage, intake=reading)  # type: ignore[type-var]
        return out

    def _nlp(self, items: list[tuple[int, Prepared]]) -> list[tuple[Triage | None, IntakeReading | None]]:
        """Classification and, for the messages that may open or join a case, the intake NLP (details,
        vulnerability, authority) of some parsed messages. Skipped for the intake: unclassified mail,
        machine-written mail and mail from our own address (the rules give those no case, or file them
        without reading them); one that does need it after all is read inside its transaction."""
        try:
            triages: list[Triage | None] = list(self.classifier.classify_many([email_text_from_parsed(p.parsed, self.config.profile) for _, p in items]))
        except Exception:
            logger.warning("batch classification failed; classifying one by one", exc_info=True)
            triages = [None] * len(items)
        intake = self.config.intake
        out: list[tuple[Triage | None, IntakeReading | None]] = []
        for (message_id, item), triage in zip(items, triages):
            reading = None
            if intake is not None and self._may_need_intake(item, triage):
                reading = read_message(item.parsed, intake, source=f"message:{message_id}")
            out.append((triage, reading))
        return out

    def _may_need_intake(self, item: Prepared, triage: Triage | None) -> bool:
        if triage is None or triage.auto_generated:
            return False
        if (item.parsed.from_address or "").lower() in self.config.own_addresses:
            return False
        return not person_behind_form(item.auto or self._auto_mail(item.parsed), triage).auto

    #: Messages decided per transaction: one commit for many, while other writers (the review app,
    #: another instance's outbox) wait for the register's locks only a fraction of a second.
    decide_chunk = 50

    def _decide_many(self, message_ids: list[int], stream: Iterable[Prepared | None]) -> list[Outcome]:
        """Decide and write `decide_chunk` messages per transaction (one commit, not one per message).
        `stream`: for each of `message_ids`, in order, the message prepared (`_prepare_stream`) or None;
        each chunk waits for its own, outside its transaction.

        A chunk is first decided in one go (`_decide_chunk`: no savepoints, its rows flushed together).
        If anything in it fails, nothing of it is written and it is decided again with a savepoint per
        message (`_decide_chunk_with_savepoints`): a message that fails there is rolled back alone and
        then goes through `process()` on its own after the commit (which shunts it if it fails again);
        if that chunk cannot commit either, each of its messages goes through `process()`."""
        stream = iter(stream)
        if len(message_ids) <= 1:
            return [self.process(message_id, next(stream, None)) for message_id in message_ids]
        done: dict[int, Outcome] = {}
        prepared: dict[int, Prepared] = {}
        for start in range(0, len(message_ids), self.decide_chunk):
            chunk = message_ids[start : start + self.decide_chunk]
            for message_id in chunk:
                item = next(stream, None)
                if item is not None:
                    prepared[message_id] = item
            decided = self._decide_chunk(chunk, prepared)
            if decided is None:
                decided = self._decide_chunk_with_savepoints(chunk, prepared)
            done.update(decided)
            for message_id in decided:
                prepared.pop(message_id, None)  # what is decided need not stay in memory
        return [done[i] if i in done else self.process(i, prepared.get(i)) for i in message_ids]

    def _decide_chunk(self, chunk: list[int], prepared: dict[int, Prepared]) -> dict[int, Outcome] | None:
        """Decide a chunk in one transaction without savepoints, its writes held back and flushed
        together (`_Writes`); None, with nothing written, when any of it fails."""
        decided: dict[int, Outcome] = {}
        try:
            with unit_of_work(self.factory) as session, session.no_autoflush:
                rows = _locked_rows(session, chunk)
                writes = session.info[_CHUNK_WRITES] = _Writes(deferred=True)
                writes.looked_up, writes.originals = self._originals(session, rows)
                for message_id in chunk:
                    if message_id not in decided:  # (an id twice in a batch: decided once)
                        decided[message_id] = self._process_in(session, message_id, prepared.get(message_id), locked=True)
                writes.write(session)
                del rows
        except Exception:  # noqa: BLE001 - decided again, a savepoint per message
            logger.info("a message of a processing batch failed; deciding the batch again with a savepoint per message", exc_info=True)
            return None
        return decided

    def _decide_chunk_with_savepoints(self, chunk: list[int], prepared: dict[int, Prepared]) -> dict[int, Outcome]:
        """Decide a chunk in one transaction, a savepoint per message; a message that fails is left
        out (the caller sends it through `process()`); an empty result when the chunk cannot commit."""
        decided: dict[int, Outcome] = {}
        try:
            with unit_of_work(self.factory) as session:
                rows = _locked_rows(session, chunk)
                for message_id in chunk:
                    if message_id in decided:
                        continue
                    try:
                        with session.begin_nested():
                            decided[message_id] = self._process_in(session, message_id, prepared.get(message_id), locked=True)
                    except Exception:  # noqa: BLE001 - retried alone below, with the shunt
                        decided.pop(message_id, None)
                        logger.info("message #%s failed inside its batch; retrying it alone", message_id)
                del rows
        except Exception:  # noqa: BLE001 - nothing of the chunk was committed
            logger.warning("a processing batch could not be committed; processing one by one", exc_info=True)
            decided = {}
        return decided

    def pending(self) -> list[int]:
        """Messages stored but not yet processed (e.g. left by a crash)."""
        with unit_of_work(self.factory) as session:
            return list(
                session.scalars(
                    select(InboundMessage.id).where(InboundMessage.status == MessageStatus.STORED.value).order_by(InboundMessage.id)
                )
            )

    # -- steps --------------------------------------------------------------------------------

    def _process(self, message_id: int, prepared: Prepared | None = None, logged: LoggedComplaint | None = None) -> Outcome:
        with unit_of_work(self.factory) as session:
            return self._process_in(session, message_id, prepared, logged)

    def _process_in(
        self, session: Session, message_id: int, prepared: Prepared | None = None, logged: LoggedComplaint | None = None, locked: bool = False
    ) -> Outcome:
        # Locked (PostgreSQL): should two instances ever reach one message, the second waits and
        # then sees it processed. `locked`: the caller has already read and locked the row.
        row = session.get(InboundMessage, message_id) if locked else session.get(InboundMessage, message_id, with_for_update=True)
        if row is None:
            raise LookupError(f"no inbound message #{message_id}")
        if row.status != MessageStatus.STORED.value:
            case = session.get(Case, row.case_id) if row.case_id else None
            return Outcome(message_id, row.status, case.reference if case else None, case.kind if case else None)
        parsed = prepared.parsed if prepared is not None else parse_message(self.store.get(row.raw_sha256))
        # No flush until the decision is written: the row is then updated once, not three times.
        # (The queries below never read this row's own pending changes.) In a chunk decided in one
        # go, not until the chunk is written (`_Writes`).
        chunk: _Writes | None = session.info.get(_CHUNK_WRITES)
        writes = chunk if chunk is not None else _Writes(deferred=False)
        with session.no_autoflush:
            outcome = self._decide_in(session, row, parsed, prepared, logged, writes)
            if chunk is None:
                writes.write(session)
            else:
                chunk.decided(row, outcome.case_reference)
        return outcome

    def _decide_in(
        self,
        session: Session,
        row: InboundMessage,
        parsed: ParsedEmail,
        prepared: Prepared | None,
        logged: LoggedComplaint | None,
        writes: _Writes,
    ) -> Outcome:
        self._record_parse(row, parsed)
        verdict = prepared.auto if prepared is not None and prepared.auto is not None else self._auto_mail(parsed)
        triage: Triage | None = None
        if parsed.parser != "none" and not row.truncated:
            found = prepared.triage if prepared is not None and prepared.triage is not None else None
            if found is None:
                found = self.classifier.classify(email_text_from_parsed(parsed, self.config.profile))
            verdict = person_behind_form(verdict, found)  # a web form's relay is a person's message
            triage = found if logged is not None else combine_auto(found, verdict)
        doubt: list[str] = []
        if logged is not None:
            # A person heard or read the complaint: nothing about it is machine-written.
            verdict = AutoMailVerdict(False)
            if triage is not None and not triage.complaint:
                doubt.append(
                    f"logged as a complaint by {logged.actor}, but the classifier did not find one "
                    f"(score {triage.complaint_score:.2f}): check the labels (the clocks run from the time received)"
                )
                triage = replace(triage, complaint=True, auto_generated=False, category=triage.category if triage.category != "none" else "other")
        auto_kind = verdict.kind if verdict.auto else ("auto_reply" if triage is not None and triage.auto_generated else "")
        auto_reasons = verdict.reasons if verdict.auto else (triage.reasons if triage else ())
        row.auto_kind = auto_kind
        writer = complainant(parsed, triage, self.config.own_addresses)  # who letters about this message go to
        facts = self._facts(session, row, parsed, triage, auto_kind, auto_reasons, writer, writes)
        decision = decide(facts)
        outcome = self._apply(session, row, parsed, triage, writer, facts, decision, prepared.intake if prepared is not None else None, writes)
        if logged is not None:
            session.flush()
            self._record_logged(session, row, logged, doubt)
        return outcome

    def _auto_mail(self, parsed: ParsedEmail) -> AutoMailVerdict:
        """What the headers say about a machine writing the message (auto-replies, lists, our own loop)."""
        return detect_auto_mail(
            parsed.header_map(), parsed.from_address, parsed.subject, own_domains=self.config.own_domains, loop_id=self.config.loop_id
        )

    def _record_logged(self, session: Session, row: InboundMessage, logged: LoggedComplaint, doubt: list[str]) -> None:
        case = session.get(Case, row.case_id) if row.case_id else None
        if case is None or case.logged_by:
            return
        first = session.scalar(select(func.min(InboundMessage.id)).where(InboundMessage.case_id == case.id))
        if first != row.id:  # filed on an existing case: that case keeps its own channel
            return
        case.channel = logged.channel
        case.logged_by = logged.actor
        postal = [letter.kind for letter in session.scalars(select(Letter).where(Letter.case_id == case.id)) if is_postal(letter)]
        reasons = list(case.review_reasons or []) + doubt + [f"{kind} to be printed and posted (no email address)" for kind in postal]
        if doubt or postal:
            case.needs_review = True
        case.review_reasons = reasons
        session.add(
            AuditEvent(
                case_id=case.id,
                message_id=row.id,
                event="complaint_logged",
                rule="manual_intake",
                actor=logged.actor,
                detail={"channel": logged.channel, "received_at": _aware(case.received_at).isoformat(), "postal_letters": postal},
            )
        )

    def _record_parse(self, row: InboundMessage, parsed: ParsedEmail) -> None:
        row.from_address = parsed.from_address
        row.from_name = parsed.from_name[:300]
        row.subject = parsed.subject
        row.sent_date = parsed.date
        row.headers = [list(h) for h in parsed.headers[:500]]
        row.text = parsed.text
        row.html = parsed.html
        row.attachments = [
            {"filename": a.filename, "content_type": a.content_type, "size": a.size, "sha256": a.sha256} for a in parsed.attachments
        ]
        problems = list(parsed.defects)
        if row.truncated:
            problems.append(f"message of {row.raw_size} bytes is over the size limit; only its headers were downloaded")
        row.parse_problems = problems
        row.parser = parsed.parser
        row.in_reply_to = parsed.in_reply_to
        if parsed.message_id and not row.message_id:
            row.message_id = parsed.message_id

    def _originals(self, session: Session, rows: Sequence[InboundMessage]) -> tuple[set[str], dict[tuple[str, str], int]]:
        """The duplicate look-up of `_facts` for a chunk's rows at once (one statement instead of one per
        message): the rows' Message-IDs, and for each (Message-ID, body hash) with one of them, the
        smallest id of a message with both that is not waiting to be processed. The chunk's own
        messages are added as they are decided (`_Writes.decided`)."""
        message_ids = sorted({row.message_id for row in rows if row.message_id and row.body_sha256})
        found: dict[tuple[str, str], int] = {}
        for start in range(0, len(message_ids), 500):
            for row_id, message_id, body in session.execute(
                select(InboundMessage.id, InboundMessage.message_id, InboundMessage.body_sha256).where(
                    InboundMessage.message_id.in_(message_ids[start : start + 500]),
                    InboundMessage.status != MessageStatus.STORED.value,
                )
            ):
                key = (message_id, body)
                if body and row_id < found.get(key, row_id + 1):
                    found[key] = row_id
        return set(message_ids), found

    def _facts(
        self,
        session: Session,
        row: InboundMessage,
        parsed: ParsedEmail,
        triage: Triage | None,
        auto_kind: str,
        auto_reasons: tuple[str, ...],
        writer: Complainant,
        writes: _Writes | None = None,
    ) -> Facts:
        duplicate_of = None
        key = (row.message_id, row.body_sha256) if row.message_id and row.body_sha256 else None
        if key is not None and writes is not None and row.message_id in writes.looked_up:
            duplicate_of = writes.originals.get(key)  # looked up for the whole chunk (`_originals`)
            if duplicate_of is not None and key in writes.keys:
                writes.flush(session)  # the original is an earlier message of this chunk: its case id is needed
        elif key is not None:
            if writes is not None and key in writes.keys:
                writes.flush(session)  # an earlier message of this chunk may be the original
            duplicate_of = session.scalar(
                select(InboundMessage.id)
                .where(
                    InboundMessage.message_id == row.message_id,
                    InboundMessage.body_sha256 == row.body_sha256,
                    InboundMessage.id != row.id,
                    InboundMessage.status != MessageStatus.STORED.value,
                )
                .order_by(InboundMessage.id)
                .limit(1)
            )
        sender = (parsed.from_address or "").lower()
        letters_to = (writer.address or "").lower()
        firm = self.firms.get(triage.about_other_firm or "") if triage else None
        recent = 0
        # Only the acknowledgement of a complaint or rights request is rate-limited (rule_acknowledge).
        if letters_to and triage is not None and (triage.complaint or triage.rights):
            since = self.now() - self.config.rate_window
            recent = session.scalar(
                select(func.count(Letter.id)).where(
                    func.lower(Letter.to_address) == letters_to,
                    Letter.created_at >= since,
                    Letter.status.in_([LetterStatus.QUEUED.value, LetterStatus.SENDING.value, LetterStatus.SENT.value]),
                )
            ) or 0
        return Facts(
            reply_address=writer.address,
            subject=parsed.subject,
            auto_kind=auto_kind,
            auto_reasons=tuple(auto_reasons),
            triage=triage,
            serious_defects=serious_defects(parsed),
            too_large=row.truncated,
            duplicate_of=duplicate_of,
            thread_case=self._thread_case(session, parsed, writes),
            firm_known=bool(firm and firm.complaints_email),
            firm_confident=bool(triage and triage.firm_score >= self.config.firm_confidence),
            own_address=sender in self.config.own_addresses,
            recent_letters_to_writer=recent,
            max_letters_per_recipient=self.config.max_letters_per_recipient,
            forwarding_enabled=self.config.forwarding_enabled,
            postal_address=bool(_logged_postal_address(row, parsed)),
            documents_behind_cover_note=documents_behind_cover_note(parsed),
        )

    def _thread_case(self, session: Session, parsed: ParsedEmail, writes: _Writes | None = None) -> str | None:
        """The case this message answers: by our letters' Message-IDs, earlier mail, or a subject tag."""
        ids = [i for i in (parsed.in_reply_to, *parsed.references) if i]
        tag = REFERENCE_TAG.search(parsed.subject or "")
        if writes is not None and (writes.message_ids.intersection(ids) or (tag is not None and tag.group(1) in writes.references)):
            writes.flush(session)  # it may answer an earlier message of this chunk (letters are flushed when queued)
        if ids:
            case_id = session.scalar(select(Letter.case_id).where(Letter.message_id.in_(ids), Letter.case_id.is_not(None)).limit(1))
            if case_id is None:
                case_id = session.scalar(
                    select(InboundMessage.case_id)
                    .where(InboundMessage.message_id.in_(ids), InboundMessage.case_id.is_not(None))
                    .limit(1)
                )
            if case_id is not None:
                return session.scalar(select(Case.reference).where(Case.id == case_id))
        if tag:
            return session.scalar(select(Case.reference).where(Case.reference == tag.group(1)))
        return None

    def _apply(
        self,
        session: Session,
        row: InboundMessage,
        parsed: ParsedEmail,
        triage: Triage | None,
        writer: Complainant,
        facts: Facts,
        decision: Decision,
        reading: IntakeReading | None,
        writes: _Writes,
    ) -> Outcome:
        hits = tuple(h.to_json() for h in decision.hits)
        found = describe_triage(triage, facts.auto_kind)
        done: list[str] = []
        case: Case | None = None
        events: list[AuditEvent] = []  # written together (write_events), in this order
        wrote_events = False
        row.status = MessageStatus.PROCESSED.value
        if decision.duplicate_of is not None:
            row.status = MessageStatus.DUPLICATE.value
            row.duplicate_of_id = decision.duplicate_of
            original = session.get(InboundMessage, decision.duplicate_of)
            row.case_id = original.case_id if original else None
            case = session.get(Case, row.case_id) if row.case_id else None
            done.append("duplicate: nothing new")
        elif decision.attach_to_case:
            case = session.scalar(select(Case).where(Case.reference == decision.attach_to_case))
            if case is not None:
                row.case_id = case.id
                case.rule_hits = list(case.rule_hits) + [dict(h, message=row.id) for h in hits]
                if decision.needs_review:
                    case.needs_review = True
                    case.review_reasons = list(case.review_reasons) + list(decision.review_reasons)
                if self.config.intake is not None and not facts.auto_kind:
                    # A reply that supplies what the acknowledgement asked for fills the gap (details_supplied).
                    record_reply(events, case, row, parsed, self.config.intake, reading=reading)
                done.append(f"filed on {case.reference}")
        elif decision.open_case:
            case = self._open_case(session, row, parsed, triage, writer, decision, hits, events, reading, flush=not writes.deferred)
            done.append(f"opened {case.reference}")
        if triage is not None:
            # Inserted with `writes` (its case_id once the case has one).
            writes.classifications.append(
                (
                    {
                        "message_id": row.id,
                        "model_version": scrub_nul(triage.model_version or getattr(self.classifier, "version", "")),
                        "labels": triage.to_json(),
                        "scores": dict(triage.scores),
                        "evidence": list(triage.evidence),
                        "complaint_score": float(triage.complaint_score),
                    },
                    case,
                )
            )
        if decision.acknowledge_suppressed:
            done.append(f"not acknowledged ({decision.acknowledge_suppressed})")
        for planned in decision.letters:
            if case is None:
                continue
            request = self._letter_request(planned.kind, planned.recipient, case, row, parsed, writer)
            if request is None:
                case.needs_review = True
                case.review_reasons = list(case.review_reasons) + [f"{planned.kind}: no address to send it to"]
                continue
            if writes.deferred:
                writes.write(session)  # the letter names its case: the chunk so far goes in first, in order
            write_events(session, events, case)  # before the letter's own events (letter_held), as they happened
            wrote_events = True
            try:
                with session.begin_nested():
                    letter = queue_letter(session, request, hold=planned.hold, rule=planned.rule, domain=self.config.own_domains[0], renderer=self.renderer)
            except TriageError as exc:
                # A letter that cannot be written from what we know is a task for a person, not a crash.
                case.needs_review = True
                case.review_reasons = list(case.review_reasons) + [f"{planned.kind} not written: {exc}"]
                done.append(f"{planned.kind} needs a person")
                continue
            held = letter.status == LetterStatus.HELD.value  # planned, or by rule authority_pending
            done.append(f"{planned.kind} {'held' if held else 'queued'}")
            events.append(AuditEvent(case_id=case.id, letter_id=letter.id, event="letter_queued", rule=planned.rule, detail={"kind": planned.kind, "held": held}))
        if decision.forward and case is not None:
            case.status = CaseStatus.FORWARDED.value
        events.append(
            AuditEvent(
                case_id=case.id if case else None,
                message_id=row.id,
                event="message_processed",
                rule=hits[-1]["rule"] if hits else "",
                detail={"status": row.status, "hits": list(hits), "auto_kind": facts.auto_kind},
            )
        )
        if writes.deferred and not wrote_events:
            writes.events.append((events, case))  # written with the chunk, once its cases have ids
        else:
            write_events(session, events, case)
        quarantine = None
        if decision.case_kind == "unreadable" and decision.open_case:
            quarantine = "; ".join(decision.review_reasons) or "unreadable"
        return Outcome(
            message_id=row.id,
            status=row.status,
            case_reference=case.reference if case else None,
            case_kind=case.kind if case else None,
            found=found,
            done=tuple(done) or ("nothing to do",),
            quarantine_reason=quarantine,
            hits=hits,
        )

    def _new_case(
        self,
        session: Session,
        row: InboundMessage,
        kind: str,
        status: str,
        reasons: list[str],
        hits: list[dict[str, object]],
        flush: bool = True,
        writer: Complainant | None = None,
    ) -> Case:
        """A register case for `row` (its parsed sender and subject are already on the row); `writer`: who wrote it,
        when not the sender (a web form's relay)."""
        received = _aware(row.received_at or self.now())
        writer = writer or Complainant(row.from_address, row.from_name or "", "sender")
        case = Case(
            reference=allocate_reference(session, kind, received.year),
            kind=kind,
            status=status,
            needs_review=bool(reasons) or status == CaseStatus.NEEDS_REVIEW.value,
            review_reasons=reasons,
            profile=self.config.profile,
            complainant_address=writer.address,
            complainant_name=(writer.name or "")[:300],
            subject=row.subject or "",
            received_at=received,
            rule_hits=hits,
        )
        session.add(case)
        row.case = case  # the flush that inserts the case sets row.case_id in the same UPDATE of the row
        if flush:
            session.flush()
        return case

    def _open_case(
        self,
        session: Session,
        row: InboundMessage,
        parsed: ParsedEmail,
        triage: Triage | None,
        writer: Complainant,
        decision: Decision,
        hits: tuple[dict[str, str], ...],
        events: list[AuditEvent],
        reading: IntakeReading | None = None,
        flush: bool = True,
    ) -> Case:
        """A new case for `row`, its deadlines and its audit events (appended to `events`). `flush`
        False (a chunk decided in one go): the case gets its id when the chunk is flushed, and the
        events built here (case_id None) get it when they are written (`write_events`)."""
        kind = decision.case_kind
        status = CaseStatus.OPEN.value
        if kind == "enquiry":
            status = CaseStatus.NO_ACTION.value
        if decision.needs_review:
            status = CaseStatus.NEEDS_REVIEW.value
        case = self._new_case(
            session, row, kind, status, list(decision.review_reasons), [dict(h, message=row.id) for h in hits], flush=False, writer=writer
        )
        if triage is not None:
            case.complaint = triage.complaint
            case.explicit = triage.explicit
            case.personal_data = triage.personal_data
            case.breach = triage.breach
            case.rights = list(triage.rights)
            case.third_party = triage.third_party
            case.auto_generated = triage.auto_generated
            case.about_other_firm = triage.about_other_firm
            case.category = triage.category
        intake = None
        if self.config.intake is not None:
            # Details and what is missing, vulnerability (priority), third-party authority: before any
            # letter, and before the case is written (so it is written once).
            intake = assess_new_case(case, row, parsed, triage, self.config.intake, reading=reading)
        if flush:
            session.flush()  # one flush: the reference counter, the case, and the row (parse fields, status, case)
        if self.planner is not None:
            deadlines = self.planner(case)
            for deadline in deadlines:
                deadline.case = case  # its case_id at the flush, and in case.deadlines for the letters
            session.add_all(deadlines)  # inserted with the rest of the message, at the next flush
        events.append(AuditEvent(case_id=case.id, message_id=row.id, event="case_opened", rule="classify", detail={"kind": kind, "reference": case.reference}))
        if relayed_by_form(triage):
            case.channel = WEB_FORM_CHANNEL  # for MI: complaints received through the firm's web forms
            # Why the letters go to an address other than the sender's (the form software's): for a person to check.
            events.append(AuditEvent(case_id=case.id, message_id=row.id, event="web_form_relay", rule="classify", detail={"letters_to": writer.source or "no address"}))
        if intake is not None:
            add_new_case_events(events, case, row, intake)
        return case

    def _letter_request(
        self, kind: str, recipient: str, case: Case, row: InboundMessage, parsed: ParsedEmail, writer: Complainant
    ) -> LetterRequest | None:
        firm = self.firms.get(case.about_other_firm or "") if case.about_other_firm else None
        extra: dict = {}
        if recipient == "complainant":
            to = writer.address
            lines = () if to else _logged_postal_address(row, parsed)
            if lines:  # logged from a letter or call: no email, a postal address
                to, extra = postal_letter(lines)
        elif recipient == "firm":
            to = firm.complaints_email if firm else None
        else:
            to = self.config.internal_address or None
        if not to:
            return None
        return LetterRequest(
            kind=kind,
            to_address=to,
            case=case,
            firm=firm,
            in_reply_to=parsed.message_id if recipient == "complainant" else None,
            references=tuple(parsed.references) + ((parsed.message_id,) if parsed.message_id else ()),
            auto_reply=recipient == "complainant",
            attach_message_id=row.id if kind == "forward_to_firm" else None,
            extra=extra,
        )
