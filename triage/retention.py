"""Retention and erasure: what the register may forget, when, and the forgetting itself.

Two duties pull in opposite directions. DISP 1.9.1R makes a firm keep complaint records for at
least three years from receipt (a profile may keep them longer: `retention_years`), and a legal hold
or an open case must keep everything. UK GDPR's storage limitation and the right to erasure make it
forget everything else. The decision is a pure function (`decide`) over a case's facts; `plan_*`
reads the register, and `apply_plan` purges:

- the raw message files (only when no remaining register row still needs the same bytes),
- the parsed text, HTML, headers and attachment names of each message,
- the letters' addresses, subjects and bodies, the classifier's evidence snippets,
- the case's personal fields (address, name, subject, intake details, vulnerability, authority).

What stays is a statistical stub (reference, kind, dates, category, outcome, redress amount) so
that the MI and the FCA return still add up. Every purge writes an audit event without personal
data (an erased address is recorded only as its SHA-256).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from triage.models import AuditEvent, Case, CaseStatus, InboundMessage, Letter
from triage.rawstore import RawStore

logger = logging.getLogger(__name__)

PURGED = "[purged]"
# A case in one of these states owes nothing more; any other state is open.
CLOSED_STATUSES = frozenset({CaseStatus.RESOLVED.value, CaseStatus.FORWARDED.value, CaseStatus.NO_ACTION.value})


@dataclass(frozen=True)
class RetentionRules:
    """How long each kind of record is kept. `regulated_years` covers complaints, rights requests
    and breaches (the profile's `retention_years`); the day counts cover mail that owed nothing."""

    regulated_years: int = 3
    no_action_days: int = 365
    auto_mail_days: int = 90


@dataclass(frozen=True)
class CaseFacts:
    """What the retention decision needs to know about one case."""

    reference: str
    status: str
    received_at: datetime
    legal_hold: bool = False
    erased: bool = False


@dataclass(frozen=True)
class Decision:
    purge: bool
    reason: str
    keep_until: datetime | None = None


@dataclass(frozen=True)
class PlanItem:
    """One case (or one case-less message) and what retention or erasure does with it."""

    reference: str | None
    message_ids: tuple[int, ...]
    purge: bool
    reason: str
    keep_until: datetime | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "reference": self.reference,
            "messages": len(self.message_ids),
            "action": "purge" if self.purge else "keep",
            "reason": self.reason,
            "keep_until": self.keep_until.isoformat() if self.keep_until else None,
        }


@dataclass(frozen=True)
class Plan:
    kind: str  # "retention" or "erasure"
    items: tuple[PlanItem, ...] = ()
    subject_sha256: str | None = None  # erasure: whose data (hashed, never the address itself)

    @property
    def to_purge(self) -> tuple[PlanItem, ...]:
        return tuple(item for item in self.items if item.purge)

    def summary(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "purge_cases": sum(1 for i in self.to_purge if i.reference),
            "purge_messages": sum(len(i.message_ids) for i in self.to_purge),
            "keep": sum(1 for i in self.items if not i.purge),
            "items": [item.to_json() for item in self.items],
        }


@dataclass
class PurgeResult:
    cases: int = 0
    messages: int = 0
    letters: int = 0
    files_deleted: int = 0
    file_errors: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "cases": self.cases,
            "messages": self.messages,
            "letters": self.letters,
            "files_deleted": self.files_deleted,
            "file_errors": self.file_errors,
        }


def _aware(moment: datetime) -> datetime:
    # SQLite hands back naive datetimes; the register stores UTC.
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def add_years(moment: datetime, years: int) -> datetime:
    """The same calendar day `years` later (29 February becomes 28 February)."""
    try:
        return moment.replace(year=moment.year + years)
    except ValueError:
        return moment.replace(year=moment.year + years, day=28)


def regulated(status: str) -> bool:
    return status != CaseStatus.NO_ACTION.value


def _must_keep(facts: CaseFacts, hold_reason: str, open_reason: str) -> Decision | None:
    """What keeps a case whatever its age: already purged, a legal hold, an open case."""
    if facts.erased:
        return Decision(False, "already purged")
    if facts.legal_hold:
        return Decision(False, hold_reason)
    if facts.status not in CLOSED_STATUSES:
        return Decision(False, open_reason)
    return None


def decide(facts: CaseFacts, rules: RetentionRules, now: datetime) -> Decision:
    """Retention for one case: purge only a closed case, not on hold, whose period has run out."""
    kept = _must_keep(facts, "legal hold", "open case")
    if kept is not None:
        return kept
    received = _aware(facts.received_at)
    if regulated(facts.status):
        keep_until = add_years(received, rules.regulated_years)
        basis = f"complaint record kept {rules.regulated_years} years from receipt (DISP 1.9.1R / profile)"
    else:
        keep_until = received + timedelta(days=rules.no_action_days)
        basis = f"mail that owed nothing kept {rules.no_action_days} days"
    if now < keep_until:
        return Decision(False, basis, keep_until)
    return Decision(True, f"retention period over: {basis}", keep_until)


def decide_erasure(facts: CaseFacts, rules: RetentionRules, now: datetime) -> Decision:
    """Erasure on request (UK GDPR Art. 17): granted unless the record must be kept.

    Art. 17(3)(b) and (e): a complaint record the firm must keep under DISP 1.9.1R, an open case and
    a legal hold are kept (the person is told why and until when); anything else is erased now."""
    kept = _must_keep(facts, "legal hold (Art. 17(3)(e))", "open case: erase once it is closed, restrict processing meanwhile")
    if kept is not None:
        return kept
    if regulated(facts.status):
        keep_until = add_years(_aware(facts.received_at), rules.regulated_years)
        if now < keep_until:
            return Decision(
                False,
                f"complaint record the firm must keep (DISP 1.9.1R; Art. 17(3)(b)) for {rules.regulated_years} years from receipt",
                keep_until,
            )
    return Decision(True, "erased on request (UK GDPR Art. 17)")


def address_digest(address: str) -> str:
    return hashlib.sha256(address.strip().lower().encode("utf-8")).hexdigest()


# -- planning (reads the register) ---------------------------------------------------------------


def _facts(case: Case) -> CaseFacts:
    return CaseFacts(
        reference=case.reference,
        status=case.status,
        received_at=case.received_at,
        legal_hold=bool(case.legal_hold),
        erased=case.erased_at is not None,
    )


def _case_message_ids(session: Session, case_ids: Sequence[int]) -> dict[int, list[int]]:
    """Each case's messages, including duplicates of them that carry no case of their own."""
    by_case: dict[int, list[int]] = {cid: [] for cid in case_ids}
    if not case_ids:
        return by_case
    rows = session.execute(
        select(InboundMessage.id, InboundMessage.case_id).where(InboundMessage.case_id.in_(case_ids))
    ).all()
    owner: dict[int, int] = {}
    for message_id, case_id in rows:
        by_case[case_id].append(message_id)
        owner[message_id] = case_id
    if owner:
        dupes = session.execute(
            select(InboundMessage.id, InboundMessage.duplicate_of_id).where(
                InboundMessage.case_id.is_(None), InboundMessage.duplicate_of_id.in_(list(owner))
            )
        ).all()
        for message_id, original in dupes:
            by_case[owner[original]].append(message_id)
    return by_case


def plan_retention(session: Session, rules: RetentionRules, now: datetime) -> Plan:
    items: list[PlanItem] = []
    cases = session.scalars(select(Case).where(Case.erased_at.is_(None)).order_by(Case.id)).all()
    messages = _case_message_ids(session, [c.id for c in cases])
    for case in cases:
        decision = decide(_facts(case), rules, now)
        items.append(PlanItem(case.reference, tuple(messages[case.id]), decision.purge, decision.reason, decision.keep_until))
    # Mail that never became a case (auto-replies, bounces, newsletters, our own letters back).
    loose = session.execute(
        select(InboundMessage.id, InboundMessage.received_at, InboundMessage.auto_kind, InboundMessage.status).where(
            InboundMessage.case_id.is_(None),
            InboundMessage.duplicate_of_id.is_(None),
            InboundMessage.raw_purged_at.is_(None),
        )
    ).all()
    for message_id, received_at, auto_kind, status in loose:
        if status in ("stored", "failed"):
            continue  # not yet processed, or waiting for a person: never purged unseen
        days = rules.auto_mail_days if auto_kind else rules.no_action_days
        keep_until = _aware(received_at) + timedelta(days=days)
        reason = f"{'machine-written mail' if auto_kind else 'mail with no case'} kept {days} days"
        items.append(PlanItem(None, (message_id,), now >= keep_until, reason, keep_until))
    return Plan("retention", tuple(items))


def plan_erasure(session: Session, address: str, rules: RetentionRules, now: datetime) -> Plan:
    wanted = address.strip().lower()
    items: list[PlanItem] = []
    cases = session.scalars(
        select(Case).where(func.lower(Case.complainant_address) == wanted).order_by(Case.id)
    ).all()
    messages = _case_message_ids(session, [c.id for c in cases])
    for case in cases:
        decision = decide_erasure(_facts(case), rules, now)
        items.append(PlanItem(case.reference, tuple(messages[case.id]), decision.purge, decision.reason, decision.keep_until))
    loose = session.scalars(
        select(InboundMessage.id).where(
            InboundMessage.case_id.is_(None),
            func.lower(InboundMessage.from_address) == wanted,
            InboundMessage.raw_purged_at.is_(None),
        )
    ).all()
    if loose:
        items.append(PlanItem(None, tuple(loose), True, "mail with no case: erased on request (UK GDPR Art. 17)"))
    return Plan("erasure", tuple(items), subject_sha256=address_digest(address))


# -- applying (writes the register, then deletes files) ------------------------------------------


def _scrub_message(row: InboundMessage, now: datetime) -> None:
    row.raw_purged_at = now
    row.text = ""
    row.html = None
    row.headers = []
    row.attachments = []
    row.subject = PURGED
    row.from_name = ""
    row.from_address = None


def _scrub_case(case: Case, erased: bool, now: datetime) -> None:
    case.complainant_address = None
    case.complainant_name = ""
    case.subject = PURGED
    case.details = {}
    case.details_missing = []
    case.vulnerability = []
    case.authority_detail = {}
    case.erased_at = now  # also set by retention: the stub is what is left either way
    if erased:
        case.review_reasons = []


def _scrub_letter(letter: Letter) -> None:
    letter.to_address = PURGED
    letter.subject = PURGED
    letter.body_text = ""
    letter.body_html = None


def apply_plan(session: Session, store: RawStore, plan: Plan, actor: str, now: datetime) -> tuple[PurgeResult, list[str]]:
    """Scrub the register rows of every purge item (in the caller's transaction) and return the
    raw files that may now be deleted; call `delete_files` after the commit, so a crash never
    leaves a row pointing at a missing file it still needs."""
    result = PurgeResult()
    event = "erased" if plan.kind == "erasure" else "retention_purged"
    digests: set[str] = set()
    for item in plan.to_purge:
        case = session.scalars(select(Case).where(Case.reference == item.reference)).one() if item.reference else None
        rows = session.scalars(select(InboundMessage).where(InboundMessage.id.in_(item.message_ids))).all()
        for row in rows:
            if row.raw_purged_at is None:
                digests.add(row.raw_sha256)
                _scrub_message(row, now)
                result.messages += 1
        if case is not None:
            for letter in case.letters:
                _scrub_letter(letter)
                result.letters += 1
            for classification in case.classifications:
                classification.evidence = []
            _scrub_case(case, plan.kind == "erasure", now)
            result.cases += 1
        detail: dict[str, Any] = {"messages": len(rows), "reason": item.reason}
        if plan.subject_sha256:
            detail["subject_sha256"] = plan.subject_sha256
        session.add(
            AuditEvent(
                at=now,
                case_id=case.id if case is not None else None,
                message_id=None if case is not None or not rows else rows[0].id,
                event=event,
                rule=plan.kind,
                actor=actor,
                detail=detail,
            )
        )
    session.flush()
    return result, sorted(_unreferenced(session, digests))


def _unreferenced(session: Session, digests: Iterable[str]) -> set[str]:
    """The digests no unpurged message still points at (content addressing shares files)."""
    wanted = set(digests)
    if not wanted:
        return set()
    still_needed = set(
        session.scalars(
            select(InboundMessage.raw_sha256).where(
                InboundMessage.raw_sha256.in_(wanted), InboundMessage.raw_purged_at.is_(None)
            )
        ).all()
    )
    return wanted - still_needed


def leftover_files(session: Session, store: RawStore) -> list[str]:
    """Files of purged messages still on disk (a crash between commit and delete): safe to delete."""
    purged = set(
        session.scalars(select(InboundMessage.raw_sha256).where(InboundMessage.raw_purged_at.is_not(None))).all()
    )
    return sorted(d for d in _unreferenced(session, purged) if store.exists(d))


def delete_files(store: RawStore, digests: Iterable[str], result: PurgeResult) -> None:
    for digest in digests:
        path = store.path_for(digest)
        try:
            path.unlink()
            result.files_deleted += 1
        except FileNotFoundError:
            pass
        except OSError as exc:
            # Logged by digest only; the next run finds the file again through `leftover_files`.
            logger.error("retention: could not delete raw file %s: %s", digest[:12], exc.strerror or exc)
            result.file_errors.append(digest)

