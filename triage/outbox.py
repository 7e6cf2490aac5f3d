"""The transactional outbox: letters are rows first, then sent exactly once.

A letter row is written in the same transaction as the decision that caused it, with its
Message-ID fixed. A sender *claims* a row (status QUEUED -> SENDING, an atomic compare-and-set,
committed), sends, and marks it SENT. A crash between claim and mark leaves a SENDING row; when
its lease runs out the sender asks the transport whether that Message-ID was delivered: yes ->
SENT, no -> QUEUED again, unknown -> HELD for a person. A letter is therefore never sent twice.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from typing import Any, Protocol

from sqlalchemy import bindparam, func, insert, or_, select, update
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.util import identity_key

from classifiers.types import Firm
from mail.compose import Letter as ComposedLetter
from mail.compose import compose, new_message_id
from mail.errors import PermanentSendError, TemporarySendError
from mail.types import Sender
from triage.db import unit_of_work
from triage.intake_details import AUTHORITY_RULE, authority_hold_reason
from triage.faults import fault_point
from triage.models import AuditEvent, Case, Deadline, InboundMessage, Letter, LetterStatus
from triage.postal import POST_PREFIX
from triage.rawstore import RawStore

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class LetterRequest:
    """What the decision asks for; rendering turns it into subject and bodies."""

    kind: str
    to_address: str
    case: Case
    firm: Firm | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    auto_reply: bool = True
    attach_message_id: int | None = None
    # Letter-specific values a person supplied (outcome, delay reason, ...), passed to the template.
    extra: dict[str, Any] | None = None


class Rendered(Protocol):
    subject: str
    text: str
    html: str | None


# Any of these meets a step that asks for an acknowledgement.
ACKNOWLEDGEMENT_LETTERS = ("acknowledgement", "rights_acknowledgement", "acknowledgement_letter")


def mark_letter_deadlines_met(session: Session, letter: Letter, at: datetime) -> None:
    """A sent letter meets the pending steps that were waiting for it (same transaction as SENT)."""
    _mark_deadlines_met(session, letter.case_id, letter.kind, at)


def _case_fields_met_by(kind: str) -> tuple[str, ...]:
    """The case's timestamps a letter of `kind` sets when it is sent (each only while still empty)."""
    fields: list[str] = []
    # The MI's "time to acknowledge" and the forwarding record come from here.
    if kind in ACKNOWLEDGEMENT_LETTERS + ("forward_notice",):
        fields.append("acknowledged_at")
    if kind == "forward_to_firm":
        fields.append("forwarded_at")
    if kind in ("final_response", "deadlock", "forward_notice"):
        fields.append("final_response_at")
    return tuple(fields)


def _deadline_met(kind: str, letters: Any, due_at: datetime, at: datetime) -> tuple[str, bool] | None:
    """(status, missed) of a pending step once a letter of `kind` is sent `at`; None when it does not wait for it."""
    names = set(letters or ())
    acknowledges = kind in ACKNOWLEDGEMENT_LETTERS and names & set(ACKNOWLEDGEMENT_LETTERS)
    if kind in names or acknowledges:
        due = due_at if due_at.tzinfo else due_at.replace(tzinfo=timezone.utc)
        late = at > due
        return ("missed" if late else "met"), late
    return None


_OPEN_STEPS = ("pending", "fired", "missed")
_cases = Case.__table__
_deadlines = Deadline.__table__
_OPEN_DEADLINES = select(_deadlines.c.id, _deadlines.c.letters, _deadlines.c.due_at).where(
    _deadlines.c.case_id == bindparam("b_case_id"), _deadlines.c.status.in_(_OPEN_STEPS)
)
_MEET_DEADLINE = (
    update(_deadlines)
    .where(_deadlines.c.id == bindparam("b_id"))
    .values(status=bindparam("b_status"), missed=bindparam("b_missed"), met_at=bindparam("b_met_at"))
)


@lru_cache(maxsize=None)
def _set_case_times(fields: tuple[str, ...]) -> Any:
    """UPDATE cases SET field = COALESCE(field, :b_at), ... WHERE id = :b_case_id AND (field IS NULL OR ...)."""
    columns = [_cases.c[name] for name in fields]
    return (
        update(_cases)
        .where(_cases.c.id == bindparam("b_case_id"), or_(*(column.is_(None) for column in columns)))
        .values({column.name: func.coalesce(column, bindparam("b_at", type_=column.type)) for column in columns})
    )


def _in_session(session: Session, model: type[Any], ident: Any) -> Any:
    """The instance of `model` with primary key `ident` if this session already holds it, else None (no SQL)."""
    return session.identity_map.get(identity_key(model, ident))


def _mark_deadlines_met(session: Session, case_id: int | None, kind: str, at: datetime, *, loaded: bool = True) -> None:
    """`mark_letter_deadlines_met` for a letter of `kind` on case `case_id`. `loaded=False`: the caller's
    session has loaded no deadline of the case (the outbox's own mark), so they are read and written
    without the ORM; otherwise through it, so that the session's objects stay current."""
    if case_id is None:
        return
    fields = _case_fields_met_by(kind)
    if fields:
        case = _in_session(session, Case, case_id)
        if case is not None:
            for name in fields:
                if getattr(case, name) is None:
                    setattr(case, name, at)
        else:
            # Not loaded: one UPDATE instead of reading the whole case. Each field is set only while empty
            # (COALESCE), and the row is written only when one of them is empty, as the ORM would.
            session.execute(_set_case_times(fields), {"b_case_id": case_id, "b_at": at})
    if not loaded:
        connection = session.connection()
        met = []
        for row in connection.execute(_OPEN_DEADLINES, {"b_case_id": case_id}):
            outcome = _deadline_met(kind, row.letters, row.due_at, at)
            if outcome is not None:
                met.append({"b_id": row.id, "b_status": outcome[0], "b_missed": outcome[1], "b_met_at": at})
        if met:
            connection.execute(_MEET_DEADLINE, met)
        return
    pending = session.scalars(select(Deadline).where(Deadline.case_id == case_id, Deadline.status.in_(_OPEN_STEPS))).all()
    for deadline in pending:
        outcome = _deadline_met(kind, deadline.letters, deadline.due_at, at)
        if outcome is not None:
            deadline.status, deadline.missed = outcome
            deadline.met_at = at


def queue_letter(
    session: Session,
    request: LetterRequest,
    *,
    hold: bool,
    rule: str,
    domain: str,
    renderer: Callable[[LetterRequest], Any],
) -> Letter:
    """Render and add the outbox row (in the caller's transaction).

    Rule `authority_pending`: while a third party's authority is not recorded, a letter to them other than
    an acknowledgement is written HELD, with the reason on the case (nothing disclosed before authority).
    A letter that goes by post ("post: <address>") is always written HELD: a person prints and posts it."""
    held_for = authority_hold_reason(getattr(request.case, "authority_status", None), request.kind)
    hold = hold or bool(held_for) or request.to_address.startswith(POST_PREFIX)
    rendered = renderer(request)
    letter = Letter(
        case_id=request.case.id,
        kind=request.kind,
        rule=rule,
        to_address=request.to_address,
        subject=rendered.subject,
        body_text=rendered.text,
        body_html=rendered.html,
        message_id=new_message_id(domain, prefix=request.kind.replace("_", "-")),
        in_reply_to=request.in_reply_to,
        references=list(request.references[-20:]),
        auto_reply=request.auto_reply,
        attach_message_id=request.attach_message_id,
        status=LetterStatus.HELD.value if hold else LetterStatus.QUEUED.value,
    )
    session.add(letter)
    session.flush()
    if held_for:
        _mark_held(session, letter, held_for)
        reasons = list(request.case.review_reasons or ())
        if held_for not in reasons:
            request.case.review_reasons = reasons + [held_for]
        request.case.needs_review = True
    fault_point("outbox.queue")
    return letter


def _mark_held(session: Session, letter: Letter, reason: str) -> None:
    """Rule `authority_pending` holds `letter` (when written, or when claimed to be sent): HELD, the reason
    on the letter, and the audit event."""
    letter.status = LetterStatus.HELD.value
    letter.last_error = reason
    session.add(AuditEvent(case_id=letter.case_id, letter_id=letter.id, event="letter_held", rule=AUTHORITY_RULE, detail={"kind": letter.kind, "reason": reason}))


_AUTHORITY_STATUS = select(_cases.c.authority_status).where(_cases.c.id == bindparam("b_id"))


def authority_block(session: Session, letter: Letter) -> str | None:
    """Send-time backstop of rule `authority_pending`: the reason to hold a claimed letter, or None.

    A letter a person approved after it was held is theirs to send (they checked it discloses nothing)."""
    if letter.case_id is None:
        return None
    case = _in_session(session, Case, letter.case_id)
    if case is not None:
        status = case.authority_status
    else:  # only the one column, not the whole case (None when there is no such case, as before)
        status = session.scalar(_AUTHORITY_STATUS, {"b_id": letter.case_id})
    reason = authority_hold_reason(status, letter.kind)
    if reason is None:
        return None
    approved = session.scalar(
        select(AuditEvent.id).where(AuditEvent.letter_id == letter.id, AuditEvent.event == "letter_approved").limit(1)
    )
    return None if approved is not None else reason


@dataclass(frozen=True)
class SendPolicy:
    from_address: str
    from_name: str
    loop_id: str
    instance_id: str
    max_attempts: int = 8
    retry_base: timedelta = timedelta(seconds=60)
    lease: timedelta = timedelta(seconds=120)


@dataclass
class SendReport:
    sent: int = 0
    retried: int = 0
    failed: int = 0
    recovered: int = 0
    held: int = 0

    def add(self, other: SendReport) -> None:
        """Count `other`'s letters in this report too (several passes of one cycle)."""
        for name in ("sent", "retried", "failed", "recovered", "held"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def _utc(value: datetime | None) -> datetime | None:
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value


_ORIGINAL_SHA256 = select(InboundMessage.raw_sha256).where(InboundMessage.id == bindparam("b_id"))
_letters = Letter.__table__
_MARK_SENT = (
    update(_letters)
    .where(_letters.c.id == bindparam("b_id"))
    .values(status=LetterStatus.SENT.value, sent_at=bindparam("b_sent_at"), last_error=None)
)
_INSERT_AUDIT_EVENT = insert(AuditEvent.__table__)  # the columns not given (at, actor) take their defaults, as with the ORM


class Outbox:
    """Claims due letters and hands them to a Sender."""

    def __init__(
        self,
        factory: sessionmaker[Session],
        sender: Sender,
        store: RawStore,
        policy: SendPolicy,
        now: Callable[[], datetime] = lambda: datetime.now(timezone.utc),
    ) -> None:
        self.factory = factory
        self.sender = sender
        self.store = store
        self.policy = policy
        self.now = now

    def compose_bytes(self, letter: Letter, original_sha256: str | None = None) -> bytes:
        """The letter's bytes. `original_sha256`: the stored copy of the message to attach, when the caller
        already read it (else it is looked up here)."""
        attach = None
        if letter.attach_message_id is not None:
            if original_sha256 is None:
                with unit_of_work(self.factory) as session:
                    original_sha256 = session.scalar(_ORIGINAL_SHA256, {"b_id": letter.attach_message_id})
            if original_sha256 is not None:
                attach = self.store.get(original_sha256)
        return compose(
            ComposedLetter(
                from_address=self.policy.from_address,
                from_name=self.policy.from_name,
                to=[letter.to_address],
                subject=letter.subject,
                text=letter.body_text,
                html=letter.body_html,
                message_id=letter.message_id,
                in_reply_to=letter.in_reply_to,
                references=list(letter.references or []),
                auto_reply=letter.auto_reply,
                loop_id=self.policy.loop_id,
                date=_utc(letter.created_at),
                attach_original=attach,
            )
        )

    def recover_interrupted(self) -> int:
        """Settle SENDING rows whose lease ran out (their sender died mid-send)."""
        cutoff = self.now() - self.policy.lease
        settled = 0
        with unit_of_work(self.factory) as session:
            stale = session.scalars(
                select(Letter).where(Letter.status == LetterStatus.SENDING.value, Letter.claimed_at <= cutoff).with_for_update(skip_locked=True)
            ).all()
            for letter in stale:
                delivered = self._already_sent(letter.message_id)
                if delivered is True:
                    letter.status, letter.sent_at = LetterStatus.SENT.value, self.now()
                    mark_letter_deadlines_met(session, letter, letter.sent_at)
                    outcome = "delivered before the interruption"
                elif delivered is False:
                    letter.status = LetterStatus.QUEUED.value
                    outcome = "not delivered; queued again"
                else:
                    letter.status = LetterStatus.HELD.value
                    letter.last_error = "sending was interrupted and delivery cannot be confirmed; check before releasing"
                    outcome = "delivery unknown; held for a person"
                session.add(AuditEvent(case_id=letter.case_id, letter_id=letter.id, event="letter_recovered", rule="outbox", detail={"outcome": outcome}))
                settled += 1
        return settled

    def _already_sent(self, message_id: str) -> bool | None:
        check = getattr(self.sender, "already_sent", None)
        if check is None:
            return None
        try:
            return check(message_id)
        except Exception:  # a failing check must not decide; a person will
            logger.warning("could not check delivery of a letter", exc_info=True)
            return None

    def due(self, limit: int = 100) -> list[int]:
        now = self.now()
        with unit_of_work(self.factory) as session:
            return list(
                session.scalars(
                    select(Letter.id)
                    .where(
                        Letter.status == LetterStatus.QUEUED.value,
                        or_(Letter.next_attempt_at.is_(None), Letter.next_attempt_at <= now),
                    )
                    .order_by(Letter.id)
                    .limit(limit)
                )
            )

    def send_due(self, limit: int = 100, stop: Callable[[], bool] = lambda: False, recover: bool = True) -> SendReport:
        """Send the due letters, `limit` claimed at a time, until none is due or `stop()`. `recover`:
        settle interrupted sends first (the cycle's pass does; a pass squeezed in while the service
        waits for its workers need not).

        A sent letter is marked SENT in the transaction that claims the next one (one commit per letter,
        not two), or on its own when no other letter follows (end of the pass, `stop()`, or an error:
        the mark is written before the error goes on). Either way it is committed before the next letter
        is handed to the sender, so a crash leaves at most one letter in doubt (SENDING, settled by
        `recover_interrupted`), as before."""
        report = SendReport(recovered=self.recover_interrupted() if recover else 0)
        seen: set[int] = set()
        unmarked: Letter | None = None  # sent, not yet marked SENT
        try:
            while not stop():
                batch = [i for i in self.due(limit) if i not in seen]
                if not batch:
                    break
                for letter_id in batch:
                    seen.add(letter_id)  # a letter retried later in this pass waits for the next pass
                    if stop():
                        break
                    sent, unmarked = unmarked, None
                    claimed = self._claim_and_check(letter_id, report, sent=sent)
                    if claimed is None:
                        continue  # another instance took it, or it is held
                    letter, original_sha256 = claimed
                    fault_point("outbox.claimed")
                    if self._send_one(letter, report, original_sha256):
                        unmarked = letter
        except BaseException:
            if unmarked is not None:
                self._mark_sent_before_raising(unmarked, report)
            raise
        if unmarked is not None:
            self._mark_sent_alone(unmarked, report)
        return report

    def _claim_and_check(self, letter_id: int, report: SendReport, sent: Letter | None = None) -> tuple[Letter, str | None] | None:
        """Claim a queued letter (compare-and-set) and read it, in one transaction; None when another
        instance took it first, or when the send-time authority check holds it (then it is HELD, not
        SENDING, when this commits). The claim is committed before anything is handed to the sender.
        `sent`: the letter sent before this one, marked SENT in the same transaction (if that transaction
        fails, it is marked on its own before the error goes on). Returns the letter and the stored
        copy's sha256 of the message it attaches (None when it attaches none)."""
        try:
            with unit_of_work(self.factory) as session:
                if sent is not None:
                    self._mark_sent(session, sent)
                claimed = self._claim(session, letter_id)
        except BaseException:
            if sent is not None:
                self._mark_sent_before_raising(sent, report)
            raise
        if sent is not None:
            report.sent += 1
        if isinstance(claimed, str):
            report.held += 1
            return None
        return claimed

    def _claim(self, session: Session, letter_id: int) -> tuple[Letter, str | None] | str | None:
        """The claim itself, in the caller's transaction: the letter and its attachment's sha256, None
        when it is not (or no longer) queued, or the reason when the authority check held it."""
        claim = (
            update(Letter)
            .where(Letter.id == letter_id, Letter.status == LetterStatus.QUEUED.value)
            .values(status=LetterStatus.SENDING.value, claimed_by=self.policy.instance_id, claimed_at=self.now(), attempts=Letter.attempts + 1)
            .execution_options(synchronize_session=False)
        )
        letter: Letter | None
        if session.get_bind().dialect.update_returning:
            # The compare-and-set and the read in one statement: the row comes back only when it was claimed.
            letter = session.scalars(claim.returning(Letter)).first()
        elif session.execute(claim).rowcount == 1:
            letter = session.get(Letter, letter_id, populate_existing=True)
        else:
            letter = None
        if letter is None:
            return None
        blocked = authority_block(session, letter)
        if blocked:
            _mark_held(session, letter, blocked)
            return blocked
        original_sha256 = None
        if letter.attach_message_id is not None:
            original_sha256 = session.scalar(_ORIGINAL_SHA256, {"b_id": letter.attach_message_id})
        session.expunge(letter)  # the caller reads it after the commit
        return letter, original_sha256

    def _send_one(self, letter: Letter, report: SendReport, original_sha256: str | None = None) -> bool:
        """Compose and hand `letter` to the sender; True when the sender took it (the caller marks it
        SENT), False when a failure was recorded (retry or failed)."""
        letter_id = letter.id
        try:
            data = self.compose_bytes(letter, original_sha256)
        except OSError as exc:  # the stored original could not be read: try again later
            self._after_failure(letter_id, f"could not read the message to attach: {exc}", permanent=False, report=report)
            return False
        except Exception as exc:  # noqa: BLE001 - a letter that cannot be written waits for a person; the others go on
            self._after_failure(letter_id, f"could not compose the letter: {type(exc).__name__}: {exc}", permanent=True, report=report)
            return False
        try:
            self.sender.send(data, self.policy.from_address, [letter.to_address])
        except TemporarySendError as exc:
            self._after_failure(letter_id, str(exc), permanent=False, report=report)
            return False
        except (PermanentSendError, ValueError) as exc:
            self._after_failure(letter_id, str(exc), permanent=True, report=report)
            return False
        fault_point("outbox.sent")
        return True

    def _mark_sent(self, session: Session, letter: Letter) -> None:
        """Record `letter` (as claimed) as sent, first thing in the caller's transaction: SENT, the deadlines it
        meets, the audit event (written without the ORM: this transaction has loaded nothing they could go stale in)."""
        sent_at = self.now()
        connection = session.connection()
        connection.execute(_MARK_SENT, {"b_id": letter.id, "b_sent_at": sent_at})
        _mark_deadlines_met(session, letter.case_id, letter.kind, sent_at, loaded=False)
        connection.execute(
            _INSERT_AUDIT_EVENT,
            {"case_id": letter.case_id, "letter_id": letter.id, "event": "letter_sent", "rule": "outbox", "detail": {"kind": letter.kind, "attempt": letter.attempts}},
        )

    def _mark_sent_alone(self, letter: Letter, report: SendReport) -> None:
        with unit_of_work(self.factory) as session:
            self._mark_sent(session, letter)
        report.sent += 1

    def _mark_sent_before_raising(self, letter: Letter, report: SendReport) -> None:
        """`_mark_sent_alone` while an error is on its way out: a failure here is logged, not raised (the error in
        hand is the one to report, and the letter's lease settles it)."""
        try:
            self._mark_sent_alone(letter, report)
        except Exception:
            logger.warning("could not record letter #%s as sent; it is settled when its lease runs out", letter.id, exc_info=True)

    def _after_failure(self, letter_id: int, error: str, *, permanent: bool, report: SendReport) -> None:
        with unit_of_work(self.factory) as session:
            row = session.get(Letter, letter_id)
            assert row is not None
            row.last_error = error[:2000]
            if permanent or row.attempts >= self.policy.max_attempts:
                row.status = LetterStatus.FAILED.value
                event = "letter_failed"
                report.failed += 1
                logger.error("letter #%s failed permanently after %s attempt(s)", row.id, row.attempts)
            else:
                # Exponential backoff with jitter, so a recovering server is not hit by a burst.
                delay = self.policy.retry_base * (2 ** (row.attempts - 1)) * random.uniform(0.8, 1.2)
                row.status = LetterStatus.QUEUED.value
                row.next_attempt_at = self.now() + delay
                event = "letter_retry"
                report.retried += 1
            session.add(AuditEvent(case_id=row.case_id, letter_id=row.id, event=event, rule="outbox", detail={"error": error[:500], "attempts": row.attempts}))
