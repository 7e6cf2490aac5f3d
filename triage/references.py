"""Human case references: `CMP-2026-000042` (complaints), `DSR-` (rights requests), `BRE-`, `ENQ-`, `REV-`."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from triage.models import ReferenceCounter

PREFIXES = {
    "complaint": "CMP",
    "data_protection_complaint": "CMP",
    "rights_request": "DSR",
    "breach": "BRE",
    "enquiry": "ENQ",
    "unreadable": "REV",
    "unprocessed": "REV",
}


def allocate_reference(session: Session, kind: str, year: int) -> str:
    """Next reference for `kind` in `year`; the counter row is locked until the transaction ends."""
    prefix = PREFIXES.get(kind, "REV")
    counter = session.scalar(
        select(ReferenceCounter)
        .where(ReferenceCounter.prefix == prefix, ReferenceCounter.year == year)
        .with_for_update()
    )
    if counter is None:
        counter = ReferenceCounter(prefix=prefix, year=year, last_value=0)
        session.add(counter)
    counter.last_value += 1
    session.flush()
    return f"{prefix}-{year}-{counter.last_value:06d}"
