"""Review services: what a person decides about a case, written to the register with an audit trail.

Every function works in the caller's transaction (the web app opens one per request) and writes
an `AuditEvent` naming the actor. Label verdicts are stored as `ReviewLabel` rows: they are the
training labels the retraining loop adds to the data, so a confirmation is stored as well as a
correction.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from classifiers.types import CATEGORIES, RIGHTS, Firm
from triage.errors import TriageError
from triage.models import (
    AuditEvent,
    Case,
    CaseStatus,
    Classification,
    InboundMessage,
    Letter,
    LetterStatus,
    ReviewLabel,
    User,
)

# The labels a reviewer confirms or corrects; the names match `Triage` and the Case columns.
BOOL_LABELS = ("complaint", "explicit", "personal_data", "breach", "third_party", "auto_generated")
LABELS = (*BOOL_LABELS, "rights", "category", "about_other_firm")
OUTCOMES = ("upheld", "not_upheld", "partially_upheld")
ROOT_CAUSES = tuple(c for c in CATEGORIES if c != "none")
MAX_REDRESS = 10_000_000.0


class ReviewError(TriageError, ValueError):
    """The request cannot be applied (unknown case, wrong letter status, bad value)."""


class NotFound(ReviewError):
    """No such case, letter or user."""


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _audit(session: Session, actor: str, event: str, case: Case | None = None, letter: Letter | None = None, **detail: Any) -> None:
    session.add(
        AuditEvent(
            case_id=case.id if case is not None else (letter.case_id if letter is not None else None),
            letter_id=letter.id if letter is not None else None,
            event=event,
            rule="review",
            actor=actor,
            detail=detail,
        )
    )


def get_case(session: Session, reference: str) -> Case:
    if not reference or "\x00" in reference:
        raise NotFound("no such case")
    case = session.scalar(select(Case).where(Case.reference == reference))
    if case is None:
        raise NotFound(f"no case {reference}")
    return case


def get_letter(session: Session, letter_id: int) -> Letter:
    letter = session.get(Letter, letter_id)
    if letter is None:
        raise NotFound(f"no letter {letter_id}")
    return letter


def latest_classification(session: Session, case: Case) -> Classification | None:
    return session.scalar(select(Classification).where(Classification.case_id == case.id).order_by(Classification.id.desc()).limit(1))


# -- values --------------------------------------------------------------------------------------


def parse_label_value(label: str, raw: Any, firm_ids: set[str] | None = None) -> Any:
    """A reviewer's value for `label`, checked against the vocabulary. Raises ReviewError."""
    if label in BOOL_LABELS:
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()
        if text in ("1", "true", "yes", "on"):
            return True
        if text in ("0", "false", "no", "off", ""):
            return False
        raise ReviewError(f"{label}: expected yes or no")
    if label == "rights":
        items = raw if isinstance(raw, (list, tuple)) else [p for p in str(raw or "").replace(";", ",").split(",")]
        values = sorted({str(i).strip() for i in items if str(i).strip()})
        unknown = [v for v in values if v not in RIGHTS]
        if unknown:
            raise ReviewError(f"rights: unknown right {unknown[0]!r}")
        return values
    if label == "category":
        value = str(raw or "").strip() or "none"
        if value not in CATEGORIES:
            raise ReviewError(f"category: unknown category {value!r}")
        return value
    if label == "about_other_firm":
        value = str(raw or "").strip()
        if not value:
            return None
        if firm_ids is not None and value not in firm_ids:
            raise ReviewError(f"about_other_firm: unknown firm {value!r}")
        return value
    raise ReviewError(f"unknown label {label!r}")


def _model_value(label: str, labels: Mapping[str, Any] | None) -> Any:
    if not labels or label not in labels:
        return None
    value = labels[label]
    if label == "rights":
        return sorted(value or [])
    return value


# -- labels --------------------------------------------------------------------------------------


def record_labels(
    session: Session,
    reference: str,
    actor: str,
    verdicts: Mapping[str, Any],
    *,
    firm_ids: set[str] | None = None,
    finish_review: bool = True,
) -> list[ReviewLabel]:
    """Confirm or correct labels of a case's latest classified message.

    `verdicts` maps label -> the reviewer's value; each is stored as a ReviewLabel (corrected when
    it differs from the model). The case's own columns take the reviewed values. With
    `finish_review`, the case leaves the review queue.
    """
    case = get_case(session, reference)
    if not verdicts:
        raise ReviewError("no labels given")
    unknown = [k for k in verdicts if k not in LABELS]
    if unknown:
        raise ReviewError(f"unknown label {unknown[0]!r}")
    classification = latest_classification(session, case)
    if classification is not None:
        message_id = classification.message_id
        model_labels: Mapping[str, Any] | None = classification.labels
        model_version = classification.model_version
    else:
        message_id = session.scalar(select(InboundMessage.id).where(InboundMessage.case_id == case.id).order_by(InboundMessage.id).limit(1))
        if message_id is None:
            raise ReviewError(f"{reference} has no message to label")
        model_labels, model_version = None, ""
    rows: list[ReviewLabel] = []
    changed: dict[str, Any] = {}
    for label in LABELS:
        if label not in verdicts:
            continue
        value = parse_label_value(label, verdicts[label], firm_ids)
        model_value = _model_value(label, model_labels)
        corrected = model_value != value
        row = ReviewLabel(
            case_id=case.id,
            message_id=message_id,
            label=label,
            model_value=model_value,
            reviewed_value=value,
            corrected=corrected,
            author=actor,
            model_version=model_version,
        )
        session.add(row)
        rows.append(row)
        if getattr(case, label) != value:
            changed[label] = value
        setattr(case, label, value)
    if finish_review:
        case.needs_review = False
        if case.status == CaseStatus.NEEDS_REVIEW.value:
            case.status = CaseStatus.OPEN.value
    session.flush()
    _audit(
        session,
        actor,
        "labels_reviewed",
        case,
        message_id=message_id,
        confirmed=[r.label for r in rows if not r.corrected],
        corrected={r.label: r.reviewed_value for r in rows if r.corrected},
        changed=changed,
    )
    return rows


# -- the firm before a forward -------------------------------------------------------------------


@dataclass(frozen=True)
class ForwardContext:
    """What confirming a firm needs to write the forward: the directory, a renderer, our domain."""

    firms: Mapping[str, Firm]
    renderer: Callable[[Any], Any]
    domain: str


def confirm_firm(session: Session, reference: str, actor: str, firm_id: str | None, ctx: ForwardContext) -> list[Letter]:
    """Confirm or change the firm a complaint is about, then queue the forward and the notice.

    An empty `firm_id` records that the complaint is not about another firm (nothing is sent).
    """
    from triage.outbox import LetterRequest, queue_letter

    case = get_case(session, reference)
    firm_id = (firm_id or "").strip() or None
    firm = ctx.firms.get(firm_id) if firm_id else None
    if firm_id and firm is None:
        raise ReviewError(f"unknown firm {firm_id!r}")
    if firm is not None and not firm.complaints_email:
        raise ReviewError(f"{firm.name} has no complaints address in the directory")
    existing = session.scalars(
        select(Letter).where(Letter.case_id == case.id, Letter.kind == "forward_to_firm", Letter.status != LetterStatus.SUPPRESSED.value)
    ).all()
    if firm is not None and existing:
        raise ReviewError(f"{reference} has already been forwarded")
    previous = case.about_other_firm
    record_labels(session, reference, actor, {"about_other_firm": firm_id}, firm_ids=set(ctx.firms), finish_review=False)
    letters: list[Letter] = []
    if firm is not None:
        first = session.scalar(select(InboundMessage).where(InboundMessage.case_id == case.id).order_by(InboundMessage.id).limit(1))
        requests = [
            LetterRequest(
                kind="forward_to_firm",
                to_address=firm.complaints_email,
                case=case,
                firm=firm,
                auto_reply=False,
                attach_message_id=first.id if first else None,
                references=((first.message_id,) if first and first.message_id else ()),
            )
        ]
        if case.complainant_address:
            requests.append(
                LetterRequest(
                    kind="forward_notice",
                    to_address=case.complainant_address,
                    case=case,
                    firm=firm,
                    in_reply_to=first.message_id if first else None,
                    references=((first.message_id,) if first and first.message_id else ()),
                )
            )
        for request in requests:
            try:
                letter = queue_letter(session, request, hold=False, rule="review_forward", domain=ctx.domain, renderer=ctx.renderer)
            except TriageError as exc:
                raise ReviewError(f"{request.kind} could not be written: {exc}") from exc
            letters.append(letter)
            _audit(session, actor, "letter_queued", case, letter, kind=letter.kind, held=False)
        case.status = CaseStatus.FORWARDED.value
    case.needs_review = False
    if case.status == CaseStatus.NEEDS_REVIEW.value:
        case.status = CaseStatus.OPEN.value
    _audit(session, actor, "firm_confirmed", case, previous=previous, firm=firm_id, forwarded=bool(letters))
    return letters


# -- letters -------------------------------------------------------------------------------------


def approve_letter(session: Session, letter_id: int, actor: str) -> Letter:
    """A held letter goes to the outbox queue (sent on the next run)."""
    letter = get_letter(session, letter_id)
    if letter.status != LetterStatus.HELD.value:
        raise ReviewError(f"letter {letter_id} is {letter.status}, not held")
    letter.status = LetterStatus.QUEUED.value
    letter.next_attempt_at = None
    _audit(session, actor, "letter_approved", letter=letter, kind=letter.kind)
    return letter


def hold_letter(session: Session, letter_id: int, actor: str) -> Letter:
    """A queued letter is held for a person (not sent until approved)."""
    letter = get_letter(session, letter_id)
    if letter.status != LetterStatus.QUEUED.value:
        raise ReviewError(f"letter {letter_id} is {letter.status}, not queued")
    letter.status = LetterStatus.HELD.value
    _audit(session, actor, "letter_held", letter=letter, kind=letter.kind)
    return letter


def edit_letter(session: Session, letter_id: int, actor: str, subject: str, body_text: str) -> Letter:
    """Change a held letter's subject and text. The HTML alternative is dropped: it no longer matches."""
    letter = get_letter(session, letter_id)
    if letter.status != LetterStatus.HELD.value:
        raise ReviewError(f"letter {letter_id} is {letter.status}; only a held letter can be edited")
    subject = " ".join((subject or "").replace("\x00", "").split())
    body_text = (body_text or "").replace("\x00", "")
    if not subject or len(subject) > 998:
        raise ReviewError("the subject must be 1-998 characters on one line")
    if not (body_text or "").strip():
        raise ReviewError("the letter text must not be empty")
    before = {"subject": letter.subject, "text_chars": len(letter.body_text or "")}
    letter.subject = subject
    letter.body_text = body_text.replace("\r\n", "\n")
    letter.body_html = None
    _audit(session, actor, "letter_edited", letter=letter, kind=letter.kind, before=before, text_chars=len(letter.body_text))
    return letter


# -- handler, outcome, resolve -------------------------------------------------------------------


def assign_handler(session: Session, reference: str, actor: str, handler: str | None) -> Case:
    case = get_case(session, reference)
    handler = (handler or "").strip() or None
    if handler is not None and "\x00" in handler:
        raise ReviewError("no such user")
    if handler is not None:
        user = session.scalar(select(User).where(User.username == handler))
        if user is None or not user.active:
            raise ReviewError(f"no active user {handler!r}")
    previous = case.handler
    case.handler = handler
    _audit(session, actor, "handler_assigned", case, previous=previous, handler=handler)
    return case


def record_outcome(
    session: Session,
    reference: str,
    actor: str,
    outcome: str,
    redress_amount: float | None = None,
    root_cause: str | None = None,
    *,
    resolve: bool = True,
    now: datetime | None = None,
) -> Case:
    """The outcome (upheld, not_upheld, partially_upheld), redress and root cause; optionally resolve."""
    case = get_case(session, reference)
    if outcome not in OUTCOMES:
        raise ReviewError(f"outcome must be one of {', '.join(OUTCOMES)}")
    if redress_amount is not None:
        redress_amount = float(redress_amount)
        if not math.isfinite(redress_amount) or redress_amount < 0 or redress_amount > MAX_REDRESS:
            raise ReviewError("redress must be a non-negative amount")
        redress_amount = round(redress_amount, 2)
    root_cause = (root_cause or "").strip() or None
    if root_cause is not None and root_cause not in ROOT_CAUSES:
        raise ReviewError(f"unknown root cause {root_cause!r}")
    case.outcome = outcome
    case.redress_amount = redress_amount
    case.root_cause = root_cause
    _audit(session, actor, "outcome_recorded", case, outcome=outcome, redress_amount=redress_amount, root_cause=root_cause)
    if resolve:
        resolve_case(session, reference, actor, now=now)
    return case


def resolve_case(session: Session, reference: str, actor: str, *, now: datetime | None = None) -> Case:
    case = get_case(session, reference)
    if case.status == CaseStatus.RESOLVED.value:
        raise ReviewError(f"{reference} is already resolved")
    previous = case.status
    case.status = CaseStatus.RESOLVED.value
    case.resolved_at = now or _now()
    case.needs_review = False
    _audit(session, actor, "case_resolved", case, previous=previous)
    return case


def reopen_case(session: Session, reference: str, actor: str, reason: str = "") -> Case:
    case = get_case(session, reference)
    if case.status != CaseStatus.RESOLVED.value:
        raise ReviewError(f"{reference} is not resolved")
    case.status = CaseStatus.OPEN.value
    case.resolved_at = None
    _audit(session, actor, "case_reopened", case, reason=(reason or "").replace("\x00", "")[:500])
    return case
