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
from typing import Any, Protocol

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session, sessionmaker

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
    if letter.case_id is None:
        return
    case = session.get(Case, letter.case_id)
    if case is not None:
        # The MI's "time to acknowledge" and the forwarding record come from here.
        if letter.kind in ACKNOWLEDGEMENT_LETTERS + ("forward_notice",) and case.acknowledged_at is None:
            case.acknowledged_at = at
        if letter.kind == "forward_to_firm" and case.forwarded_at is None:
            case.forwarded_at = at
        if letter.kind in ("final_response", "deadlock", "forward_notice") and case.final_response_at is None:
            case.final_response_at = at
    pending = session.scalars(select(Deadline).where(Deadline.case_id == letter.case_id, Deadline.status.in_(["pending", "fired", "missed"]))).all()
    for deadline in pending:
        letters = set(deadline.letters or ())
        acknowledges = letter.kind in ACKNOWLEDGEMENT_LETTERS and letters & set(ACKNOWLEDGEMENT_LETTERS)
        if letter.kind in letters or acknowledges:
            due = deadline.due_at if deadline.due_at.tzinfo else deadline.due_at.replace(tzinfo=timezone.utc)
            late = at > due
            deadline.status = "missed" if late else "met"
            deadline.missed = late
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


def authority_block(session: Session, letter: Letter) -> str | None:
    """Send-time backstop of rule `authority_pending`: the reason to hold a claimed letter, or None.

    A letter a person approved after it was held is theirs to send (they checked it discloses nothing)."""
    if letter.case_id is None:
        return None
    case = session.get(Case, letter.case_id)
    reason = authority_hold_reason(case.authority_status if case is not None else None, letter.kind)
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

    def compose_bytes(self, letter: Letter) -> bytes:
        attach = None
        if letter.attach_message_id is not None:
            with unit_of_work(self.factory) as session:
                original = session.get(InboundMessage, letter.attach_message_id)
                if original is not None:
                    attach = self.store.get(original.raw_sha256)
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
        waits for its workers need not)."""
        report = SendReport(recovered=self.recover_interrupted() if recover else 0)
        seen: set[int] = set()
        while not stop():
            batch = [i for i in self.due(limit) if i not in seen]
            if not batch:
                break
            for letter_id in batch:
                seen.add(letter_id)  # a letter retried later in this pass waits for the next pass
                if stop():
                    break
                letter = self._claim_and_check(letter_id, report)
                if letter is None:
                    continue  # another instance took it, or it is held
                fault_point("outbox.claimed")
                self._send_one(letter, report)
        return report

    def _claim_and_check(self, letter_id: int, report: SendReport) -> Letter | None:
        """Claim a queued letter (compare-and-set) and read it, in one transaction; None when another
        instance took it first, or when the send-time authority check holds it (then it is HELD, not
        SENDING, when this commits). The claim is committed before anything is handed to the sender."""
        now = self.now()
        with unit_of_work(self.factory) as session:
            claimed = session.execute(
                update(Letter)
                .where(Letter.id == letter_id, Letter.status == LetterStatus.QUEUED.value)
                .values(
                    status=LetterStatus.SENDING.value,
                    claimed_by=self.policy.instance_id,
                    claimed_at=now,
                    attempts=Letter.attempts + 1,
                )
                .execution_options(synchronize_session=False)
            ).rowcount
            if claimed != 1:
                return None
            letter = session.get(Letter, letter_id, populate_existing=True)
            assert letter is not None
            blocked = authority_block(session, letter)
            if blocked:
                _mark_held(session, letter, blocked)
                report.held += 1
                return None
            session.expunge(letter)
        return letter

    def _send_one(self, letter: Letter, report: SendReport) -> None:
        letter_id = letter.id
        try:
            data = self.compose_bytes(letter)
            self.sender.send(data, self.policy.from_address, [letter.to_address])
        except TemporarySendError as exc:
            self._after_failure(letter_id, str(exc), permanent=False, report=report)
            return
        except (PermanentSendError, ValueError) as exc:
            self._after_failure(letter_id, str(exc), permanent=True, report=report)
            return
        fault_point("outbox.sent")
        with unit_of_work(self.factory) as session:
            row = session.get(Letter, letter_id)
            assert row is not None
            row.status = LetterStatus.SENT.value
            row.sent_at = self.now()
            row.last_error = None
            mark_letter_deadlines_met(session, row, row.sent_at)
            session.add(AuditEvent(case_id=row.case_id, letter_id=row.id, event="letter_sent", rule="outbox", detail={"kind": row.kind, "attempt": row.attempts}))
        report.sent += 1

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
