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
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from classifiers.types import CATEGORIES, RIGHTS, Firm
from triage.errors import TriageError
from triage.intake_details import authority_hold_reason  # noqa: F401  (the one rule; the web app asks it through review)
from triage.policy import RedressSettings
from triage.postal import is_postal, one_line
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
AUTHORITY_METHODS = {
    "signed_form": "signed authority form",
    "power_of_attorney": "power of attorney",
    "verbal_verified": "verbal authority, identity verified",
}
ACCEPTANCE_METHODS = {"signed_form": "signed acceptance form", "reply": "written reply", "phone": "by telephone (recorded)"}
# Redress states (`Case.redress_status`): an offer stands (the complainant may accept it); an offer is
# made (standing, or waiting for approval above the offering handler's limit); the redress is settled
# (accepted or paid: its amount no longer changes).
REDRESS_STANDING = ("offered", "approved")
REDRESS_OFFERED = (*REDRESS_STANDING, "awaiting_approval")
REDRESS_SETTLED = ("accepted", "paid")
# The start of the review reason a redress awaiting approval puts on the case (`_approval_reason`),
# by which it is found again when the approval or a withdrawal settles it.
APPROVAL_REASON_START = "redress of £"
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
    if is_postal(letter):
        raise ReviewError(f"letter {letter_id} goes by post: print it, post it and mark it posted")
    _check_releasable(letter)
    letter.status = LetterStatus.QUEUED.value
    letter.next_attempt_at = None
    _audit(session, actor, "letter_approved", letter=letter, kind=letter.kind)
    return letter


def _check_releasable(letter: Letter) -> None:
    """A final response waits for redress approval; nothing goes to a third party before authority."""
    case = letter.case
    if case is None:
        return
    if letter.kind == "final_response" and case.redress_status == "awaiting_approval":
        raise ReviewError(f"the redress on {case.reference} is awaiting approval: the final response stays held until it is approved")
    reason = authority_hold_reason(case.authority_status, letter.kind)
    if reason:
        raise ReviewError(f"{case.reference}: {reason}; record the customer's authority first")


def mark_letter_posted(session: Session, letter_id: int, actor: str, *, now: datetime | None = None) -> Letter:
    """A held letter for post was printed and posted: it counts as sent (deadlines it meets are met)."""
    from triage.outbox import mark_letter_deadlines_met

    letter = get_letter(session, letter_id)
    if not is_postal(letter):
        raise ReviewError(f"letter {letter_id} is not a letter for post")
    if letter.status != LetterStatus.HELD.value:
        raise ReviewError(f"letter {letter_id} is {letter.status}, not held")
    _check_releasable(letter)
    now = now or _now()
    letter.status = LetterStatus.SENT.value
    letter.sent_at = now
    mark_letter_deadlines_met(session, letter, now)
    _audit(session, actor, "letter_posted", letter=letter, kind=letter.kind)
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
    redress: RedressSettings | None = None,
    role: str | None = None,
) -> Case:
    """The outcome (upheld, not_upheld, partially_upheld), redress and root cause; optionally resolve.

    A redress amount above zero is an offer (`offer_redress`): within the actor's limit it stands
    at once, above it the case waits for approval. `redress` is the profile's `[redress]`
    (defaults when not given); `role` defaults to the actor's role in the users table.
    """
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
    previous_amount = case.redress_amount
    if case.redress_status in REDRESS_SETTLED and redress_amount != previous_amount:
        raise ReviewError(f"the redress on {reference} was already {case.redress_status}; it cannot be changed")
    case.outcome = outcome
    case.redress_amount = redress_amount
    case.root_cause = root_cause
    offered = False
    if redress_amount:
        unchanged = redress_amount == previous_amount and case.redress_status in REDRESS_OFFERED
        if case.redress_status not in REDRESS_SETTLED and not unchanged:
            offer_redress(session, reference, actor, redress_amount, redress=redress, role=role, now=now, audit=False)
            offered = True
    _audit(
        session, actor, "outcome_recorded", case, outcome=outcome, redress_amount=redress_amount, root_cause=root_cause,
        redress_status=case.redress_status,
    )
    if offered and case.redress_status == "awaiting_approval":
        role = role or user_role(session, actor)
        _audit(session, actor, "redress_approval_requested", case, amount=redress_amount, role=role, limit=redress_limit(redress, role))
    if not redress_amount and case.redress_status in REDRESS_OFFERED:
        _withdraw_redress(session, case, actor)
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


# -- third-party authority (PEXA s.9) --------------------------------------------------------------


def record_authority(
    session: Session,
    reference: str,
    actor: str,
    *,
    authorised_by: str,
    method: str,
    note: str = "",
    document_message_id: int | None = None,
    now: datetime | None = None,
) -> Case:
    """Record the customer's authority for a third-party complaint (who authorised it, and how).

    `authority_status` becomes "recorded"; letters held while it was pending can then be approved.
    """
    case = get_case(session, reference)
    authorised_by = one_line(authorised_by, 200)
    if not authorised_by:
        raise ReviewError("name the customer who gave the authority")
    if method not in AUTHORITY_METHODS:
        raise ReviewError(f"the authority must be one of: {', '.join(AUTHORITY_METHODS.values())}")
    if case.authority_status == "recorded":
        raise ReviewError(f"the authority on {reference} is already recorded")
    now = now or _now()
    previous = case.authority_status
    detail = dict(case.authority_detail or {})
    detail["recorded"] = {
        "authorised_by": authorised_by,
        "method": method,
        "note": one_line(note, 500),
        "document_message_id": document_message_id,
        "by": actor,
        "at": now.isoformat(),
    }
    case.authority_detail = detail
    case.authority_status = "recorded"
    case.authority_recorded_at = now
    case.authority_recorded_by = actor
    held = [l.id for l in case.letters if l.status == LetterStatus.HELD.value]
    _audit(
        session, actor, "authority_recorded", case, previous=previous, authorised_by=authorised_by, method=method,
        document_message_id=document_message_id, held_letters=held,
    )
    return case


# -- redress (PEXA s.6) ------------------------------------------------------------------------------


def user_role(session: Session, username: str) -> str | None:
    if not username or "\x00" in username:
        return None
    user = session.scalar(select(User).where(User.username == username))
    return user.role if user is not None and user.active else None


def redress_limit(redress: RedressSettings | None, role: str | None) -> float | None:
    """The most `role` may offer or approve alone (None: no limit)."""
    return (redress or RedressSettings()).limit_for(role)


def _within(limit: float | None, amount: float) -> bool:
    return limit is None or amount <= limit + 1e-9


def _approval_reason(case: Case) -> str:
    return f"{APPROVAL_REASON_START}{case.redress_amount:,.2f} awaits approval above the offering handler's limit"


def _without_approval_reason(case: Case) -> list[str]:
    """The case's review reasons less the one a redress awaiting approval added."""
    return [r for r in (case.review_reasons or []) if not r.startswith(APPROVAL_REASON_START)]


def _withdraw_redress(session: Session, case: Case, actor: str) -> None:
    previous = case.redress_status
    case.redress_status = "none"
    case.redress_offered_at = None
    case.redress_approved_by = None
    case.redress_approved_at = None
    case.review_reasons = _without_approval_reason(case)
    _audit(session, actor, "redress_withdrawn", case, previous=previous)


def offer_redress(
    session: Session,
    reference: str,
    actor: str,
    amount: float,
    *,
    redress: RedressSettings | None = None,
    role: str | None = None,
    now: datetime | None = None,
    audit: bool = True,
) -> Case:
    """Offer redress: within the actor's limit it stands ("offered"); above it it waits for a user
    whose limit covers it ("awaiting_approval": the case goes to the review queue and the final
    response stays held)."""
    case = get_case(session, reference)
    amount = float(amount)
    if not math.isfinite(amount) or amount <= 0 or amount > MAX_REDRESS:
        raise ReviewError("redress must be an amount above zero")
    if case.redress_status in REDRESS_SETTLED:
        raise ReviewError(f"the redress on {reference} was already {case.redress_status}")
    amount = round(amount, 2)
    role = role or user_role(session, actor)
    limit = redress_limit(redress, role)
    now = now or _now()
    case.redress_amount = amount
    reasons = _without_approval_reason(case)
    if _within(limit, amount):
        case.redress_status = "offered"
        case.redress_offered_at = now
        case.redress_approved_by = actor
        case.redress_approved_at = now
        case.review_reasons = reasons
        if audit:
            _audit(session, actor, "redress_offered", case, amount=amount, role=role, limit=limit, within_limit=True)
    else:
        case.redress_status = "awaiting_approval"
        case.redress_offered_at = None
        case.redress_approved_by = None
        case.redress_approved_at = None
        case.needs_review = True
        case.review_reasons = reasons + [_approval_reason(case)]
        for letter in case.letters:
            if letter.kind == "final_response" and letter.status == LetterStatus.QUEUED.value:
                letter.status = LetterStatus.HELD.value
                _audit(session, actor, "letter_held", letter=letter, kind=letter.kind, reason="redress awaiting approval")
        if audit:
            _audit(session, actor, "redress_approval_requested", case, amount=amount, role=role, limit=limit)
    return case


def approve_redress(
    session: Session,
    reference: str,
    actor: str,
    *,
    redress: RedressSettings | None = None,
    role: str | None = None,
    now: datetime | None = None,
) -> Case:
    """A user whose limit covers the amount approves a redress offer that waits for approval."""
    case = get_case(session, reference)
    if case.redress_status != "awaiting_approval":
        raise ReviewError(f"the redress on {reference} is {case.redress_status}, not awaiting approval")
    role = role or user_role(session, actor)
    limit = redress_limit(redress, role)
    amount = float(case.redress_amount or 0)
    if not _within(limit, amount):
        raise ReviewError(f"£{amount:,.2f} is above your approval limit (£{(limit or 0):,.2f} for {role or 'your role'})")
    now = now or _now()
    case.redress_status = "approved"
    case.redress_approved_by = actor
    case.redress_approved_at = now
    case.redress_offered_at = now
    reasons = _without_approval_reason(case)
    case.review_reasons = reasons
    if not reasons and case.status != CaseStatus.NEEDS_REVIEW.value:
        case.needs_review = False
    _audit(session, actor, "redress_approved", case, amount=amount, role=role, limit=limit)
    return case


def _moment(value: datetime | date | None, now: datetime) -> datetime:
    if value is None:
        return now
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
    from triage.calendar import LONDON

    # A date only: midday in London, or now when that is today and midday has not come yet.
    at = datetime.combine(value, time(12, 0), tzinfo=LONDON).astimezone(timezone.utc)
    return now if at > now and value == now.astimezone(LONDON).date() else at


def record_redress_accepted(
    session: Session,
    reference: str,
    actor: str,
    *,
    how: str,
    received: datetime | date | None = None,
    note: str = "",
    document_message_id: int | None = None,
    now: datetime | None = None,
) -> Case:
    """The complainant accepted the offer (the signed acceptance form, or a reply)."""
    case = get_case(session, reference)
    if case.redress_status not in REDRESS_STANDING:
        raise ReviewError(f"the redress on {reference} is {case.redress_status}: there is no standing offer to accept")
    if how not in ACCEPTANCE_METHODS:
        raise ReviewError(f"acceptance must be one of: {', '.join(ACCEPTANCE_METHODS.values())}")
    now = now or _now()
    at = _moment(received, now)
    if at > now:
        raise ReviewError("the acceptance cannot be dated in the future")
    case.redress_status = "accepted"
    case.redress_accepted_at = at
    _audit(session, actor, "redress_accepted", case, how=how, received=at.isoformat(), note=one_line(note, 500), document_message_id=document_message_id)
    return case


def record_redress_declined(session: Session, reference: str, actor: str, *, note: str = "") -> Case:
    case = get_case(session, reference)
    if case.redress_status not in REDRESS_STANDING:
        raise ReviewError(f"the redress on {reference} is {case.redress_status}: there is no standing offer to decline")
    case.redress_status = "declined"
    _audit(session, actor, "redress_declined", case, note=one_line(note, 500))
    return case


def record_redress_paid(
    session: Session,
    reference: str,
    actor: str,
    *,
    paid_on: datetime | date | None,
    payment_reference: str,
    redress: RedressSettings | None = None,
    now: datetime | None = None,
) -> Case:
    """The redress was paid (date and payment reference). With an acceptance form, only after acceptance."""
    case = get_case(session, reference)
    settings = redress or RedressSettings()
    allowed = ("accepted",) if settings.acceptance_form else ("accepted", *REDRESS_STANDING)
    if case.redress_status not in allowed:
        raise ReviewError(f"the redress on {reference} is {case.redress_status}; it is paid only after it was " + " or ".join(allowed))
    payment_reference = one_line(payment_reference, 100)
    if not payment_reference:
        raise ReviewError("give the payment reference (the bank or cheque reference)")
    now = now or _now()
    at = _moment(paid_on, now)
    if at > now + timedelta(days=1):
        raise ReviewError("the payment date cannot be in the future")
    case.redress_status = "paid"
    case.redress_paid_at = at
    _audit(session, actor, "redress_paid", case, amount=case.redress_amount, paid_on=at.date().isoformat(), payment_reference=payment_reference)
    return case


