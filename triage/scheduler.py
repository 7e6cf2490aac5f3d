"""Deadlines on the register and the scheduler tick that turns due steps into letters and escalations.

When a case opens, every step of its clocks (from the policy profile) becomes a `Deadline` row.
The tick takes pending rows that are due (letter steps a little early, so the letter is out by the
deadline), decides with the pure `step_action`, and writes the letters, the escalation event and
the new status in one transaction per step: a step fires exactly once, across restarts and
between several instances (rows are locked with SKIP LOCKED where the database has it).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from classifiers.types import Firm
from triage.db import unit_of_work
from triage.deadlines import plan_steps
from triage.errors import TriageError
from triage.faults import fault_point
from triage.models import AuditEvent, Case, CaseStatus, Deadline, Letter, LetterStatus
from triage.outbox import ACKNOWLEDGEMENT_LETTERS, LetterRequest, queue_letter
from triage.policy import Profile
from triage.postal import postal_target

logger = logging.getLogger(__name__)

# Secondary clocks a case can carry besides its own kind (a personal-data complaint is also a
# complaint; a complaint can describe a breach).
FINAL_LETTERS = ("final_response", "deadlock")


def clocks_for(kind: str, breach: bool) -> list[str]:
    """Which profile clocks apply to a case: its own kind first, then the secondary ones."""
    clocks = {
        "complaint": ["complaint"],
        "data_protection_complaint": ["complaint", "data_protection_complaint"],
        "rights_request": ["rights_request"],
        "breach": ["breach"],
    }.get(kind, [])
    if breach and "breach" not in clocks:
        clocks.append("breach")
    return clocks


def plan_case_deadlines(profile: Profile, case: Case, region: str | None) -> list[Deadline]:
    """Deadline rows for a new case (the caller adds them in the decision's transaction)."""
    received = case.received_at if case.received_at.tzinfo else case.received_at.replace(tzinfo=timezone.utc)
    rows: list[Deadline] = []
    seen: set[str] = set()
    for index, clock in enumerate(clocks_for(case.kind, case.breach)):
        for step in plan_steps(profile, clock, received, profile.calendar(region)):
            name = step.name if index == 0 else f"{clock}.{step.name}"
            if name in seen:
                continue
            seen.add(name)
            rows.append(
                Deadline(
                    case_id=case.id,
                    step=name,
                    clock_kind=clock,
                    due_at=step.due_at,
                    letters=list(step.letters),
                    escalate_to=step.escalate_to,
                    event=step.event,
                    applies_when=step.applies_when,
                    status="pending",
                )
            )
    return rows


@dataclass(frozen=True)
class CaseState:
    """What `step_action` may know about a case."""

    resolved: bool
    forwarded: bool
    final_sent: bool
    rights_extended: bool
    letters_sent: frozenset[str]


@dataclass(frozen=True)
class StepAction:
    status: str  # "met", "skipped", "fire", "wait"
    reason: str
    letters: tuple[str, ...] = ()
    late: bool = False


def step_action(deadline: Deadline, state: CaseState, now: datetime, lead: timedelta) -> StepAction:
    """Decide what a pending step needs now. Pure: the tick applies the answer."""
    due = deadline.due_at if deadline.due_at.tzinfo else deadline.due_at.replace(tzinfo=timezone.utc)
    letters = tuple(deadline.letters or ())
    fire_at = due - lead if letters else due
    condition = deadline.applies_when or ""
    # Steps already satisfied by what happened on the case.
    if letters and all(kind in state.letters_sent for kind in letters):
        return StepAction("met", "its letters were sent")
    if any(kind in ACKNOWLEDGEMENT_LETTERS for kind in letters) and state.letters_sent & set(ACKNOWLEDGEMENT_LETTERS):
        return StepAction("met", "the case was acknowledged")
    if now < fire_at:
        return StepAction("wait", "not due yet")
    if condition == "if_resolved" and not state.resolved:
        return StepAction("skipped", "the case was not resolved in this window")
    if condition == "unless_resolved" and state.resolved:
        return StepAction("skipped", "the case was resolved")
    if condition == "unless_final" and (state.final_sent or state.resolved):
        return StepAction("skipped", "a final response was sent")
    if condition == "if_forwarded":
        return StepAction("met" if state.forwarded else "skipped", "forwarded at intake" if state.forwarded else "not forwarded")
    if condition == "if_extended" and not state.rights_extended:
        return StepAction("skipped", "the response period was not extended")
    if condition == "if_resolved":
        return StepAction("met", "resolved within the window")
    return StepAction("fire", "due", letters=letters, late=now > due)


def _state(session: Session, case: Case) -> CaseState:
    sent = frozenset(
        session.scalars(
            select(Letter.kind).where(
                Letter.case_id == case.id, Letter.status.in_([LetterStatus.SENT.value, LetterStatus.QUEUED.value, LetterStatus.SENDING.value])
            )
        ).all()
    )
    return CaseState(
        resolved=case.status == CaseStatus.RESOLVED.value,
        forwarded=case.status == CaseStatus.FORWARDED.value,
        final_sent=bool(sent & set(FINAL_LETTERS)) or case.final_response_at is not None,
        rights_extended=bool(case.rights_extended),
        letters_sent=sent,
    )


@dataclass
class TickReport:
    fired: int = 0
    met: int = 0
    skipped: int = 0
    missed: int = 0
    letters: int = 0


class Scheduler:
    """Runs due steps exactly once."""

    def __init__(
        self,
        factory: sessionmaker[Session],
        profile: Profile,
        firms: dict[str, Firm],
        renderer: Callable[[LetterRequest], object],
        domain: str,
        hold_letters: bool,
        lead: timedelta = timedelta(hours=4),
        now: Callable[[], datetime] = lambda: datetime.now(timezone.utc),
    ) -> None:
        self.factory = factory
        self.profile = profile
        self.firms = firms
        self.renderer = renderer
        self.domain = domain
        self.hold_letters = hold_letters
        self.lead = lead
        self.now = now

    def tick(self, limit: int = 200) -> TickReport:
        report = TickReport()
        horizon = self.now() + self.lead
        with unit_of_work(self.factory) as session:
            ids = list(
                session.scalars(
                    select(Deadline.id).where(Deadline.status == "pending", Deadline.due_at <= horizon).order_by(Deadline.due_at).limit(limit)
                )
            )
        for deadline_id in ids:
            self._run_step(deadline_id, report)
        return report

    def _run_step(self, deadline_id: int, report: TickReport) -> None:
        now = self.now()
        with unit_of_work(self.factory) as session:
            deadline = session.scalar(
                select(Deadline).where(Deadline.id == deadline_id, Deadline.status == "pending").with_for_update(skip_locked=True)
            )
            if deadline is None:
                return  # done by another instance meanwhile
            case = session.get(Case, deadline.case_id)
            assert case is not None
            action = step_action(deadline, _state(session, case), now, self.lead)
            if action.status == "wait":
                return
            deadline.fired_at = now
            if action.status in ("met", "skipped"):
                deadline.status = action.status
                deadline.met_at = now if action.status == "met" else None
                deadline.note = action.reason
                setattr(report, action.status, getattr(report, action.status) + 1)
                session.add(AuditEvent(case_id=case.id, event=f"deadline_{action.status}", rule=f"deadline:{deadline.step}", detail={"reason": action.reason}))
                return
            report.fired += 1
            queued = 0
            problems: list[str] = []
            for kind in action.letters:
                try:
                    self._queue(session, case, kind)
                    queued += 1
                except TriageError as exc:
                    problems.append(f"{kind}: {exc}")
            report.letters += queued
            deadline.status = "missed" if action.late else ("fired" if action.letters else "due")
            deadline.missed = action.late
            deadline.note = "; ".join(problems) or action.reason
            if action.late:
                report.missed += 1
            if problems or not action.letters:
                # A step a person must complete (a response, a notification): put the case in front of them.
                case.needs_review = True
                reason = f"{deadline.step} due {deadline.due_at:%Y-%m-%d %H:%M}" + (f" ({deadline.escalate_to})" if deadline.escalate_to else "")
                if problems:
                    reason += ": letter needs a person: " + "; ".join(problems)
                case.review_reasons = list(case.review_reasons) + [reason]
            session.add(
                AuditEvent(
                    case_id=case.id,
                    event=deadline.event or "deadline_due",
                    rule=f"deadline:{deadline.step}",
                    detail={"escalate_to": deadline.escalate_to, "letters_queued": queued, "late": action.late, "problems": problems},
                )
            )
            fault_point("scheduler.step")
            if deadline.escalate_to:
                logger.info("case %s escalated to %s (%s)", case.reference, deadline.escalate_to, deadline.step)

    def _queue(self, session: Session, case: Case, kind: str) -> None:
        recipient = case.complainant_address
        firm = self.firms.get(case.about_other_firm or "")
        if kind == "forward_to_firm":
            recipient = firm.complaints_email if firm else None
        extra: dict = {}
        if not recipient and kind != "forward_to_firm":
            # A complaint logged from a phone call or letter with no email address: the letter is
            # written all the same, to be printed and posted (queue_letter holds it; review marks it posted).
            postal = postal_target(session, case)
            if postal is not None:
                recipient, extra = postal
        if not recipient:
            raise TriageError("no address to send it to")
        request = LetterRequest(kind=kind, to_address=recipient, case=case, firm=firm, auto_reply=False, extra=extra)
        letter = queue_letter(session, request, hold=self.hold_letters, rule="scheduler", domain=self.domain, renderer=self.renderer)
        held = letter.status == LetterStatus.HELD.value  # by the profile, by post, or by rule authority_pending
        session.add(
            AuditEvent(case_id=case.id, letter_id=letter.id, event="letter_queued", rule="scheduler", detail={"kind": kind, "held": held, "post": bool(extra)})
        )
