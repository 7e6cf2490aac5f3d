"""Read-only views of the register for the CLI (`cases --format jsonl`) and the demo table."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from triage.db import unit_of_work
from triage.models import Case


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def case_record(case: Case) -> dict[str, Any]:
    """One case as a JSON-ready dict: reference, status, labels, intake, deadlines, letters.

    `details` is printed as stored (plain, minimised, or sealed when the profile encrypts it; the key
    is never used here); `details_missing` is what the acknowledgement asked for and is still missing."""
    return {
        "reference": case.reference,
        "kind": case.kind,
        "status": case.status,
        "needs_review": case.needs_review,
        "review_reasons": list(case.review_reasons),
        "profile": case.profile,
        "received_at": case.received_at.isoformat() if case.received_at else None,
        "subject": case.subject,
        "labels": {
            "complaint": case.complaint,
            "explicit": case.explicit,
            "personal_data": case.personal_data,
            "breach": case.breach,
            "rights": list(case.rights),
            "about_other_firm": case.about_other_firm,
            "third_party": case.third_party,
            "auto_generated": case.auto_generated,
            "category": case.category,
        },
        "deadlines": {
            d.step: {
                "due": d.due_at.isoformat(),
                "status": d.status,
                "letters": list(d.letters or []),
                "met_at": d.met_at.isoformat() if d.met_at else None,
                "missed": d.missed,
            }
            for d in case.deadlines
        },
        "letters": [
            {
                "kind": letter.kind,
                "status": letter.status,
                "to": letter.to_address,
                "message_id": letter.message_id,
                "sent_at": letter.sent_at.isoformat() if letter.sent_at else None,
                "held_reason": letter.last_error if letter.status == "held" else None,
            }
            for letter in case.letters
        ],
        "messages": [m.id for m in case.messages],
        "rule_hits": list(case.rule_hits),
        "channel": case.channel,
        "handler": case.handler,
        "logged_by": case.logged_by,
        "priority": case.priority or 0,
        "details": dict(case.details or {}),
        "details_missing": list(case.details_missing or []),
        "details_complete": not (case.details_missing or []),
        "vulnerable": bool(case.vulnerable),
        "vulnerability": list(case.vulnerability or []),
        "authority": {
            "third_party": bool(case.third_party),
            "status": case.authority_status or "not_needed",
            "detail": dict(case.authority_detail or {}),
            "recorded_at": _iso(case.authority_recorded_at),
            "recorded_by": case.authority_recorded_by,
        },
        "redress": {
            "status": case.redress_status or "none",
            "amount": case.redress_amount,
            "offered_at": _iso(case.redress_offered_at),
            "approved_by": case.redress_approved_by,
            "approved_at": _iso(case.redress_approved_at),
            "accepted_at": _iso(case.redress_accepted_at),
            "paid_at": _iso(case.redress_paid_at),
        },
    }


def iter_case_records(factory: sessionmaker[Session]) -> Iterator[dict[str, Any]]:
    with unit_of_work(factory) as session:
        cases = session.scalars(
            select(Case)
            .options(selectinload(Case.letters), selectinload(Case.deadlines), selectinload(Case.messages))
            .order_by(Case.id)
        ).all()
        records = [case_record(c) for c in cases]
    yield from records
