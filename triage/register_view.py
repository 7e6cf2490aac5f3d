"""Read-only views of the register for the CLI (`cases --format jsonl`) and the demo table."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from triage.db import unit_of_work
from triage.models import Case


def case_record(case: Case) -> dict[str, Any]:
    """One case as a JSON-ready dict: reference, status, labels, deadlines, letters."""
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
            }
            for letter in case.letters
        ],
        "messages": [m.id for m in case.messages],
        "rule_hits": list(case.rule_hits),
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
