"""Human case references: `CMP-2026-000042` (complaints), `DSR-` (rights requests), `BRE-`, `ENQ-`, `REV-`."""

from __future__ import annotations

from sqlalchemy import inspect, select
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
    """Next reference for `kind` in `year`; the counter row is locked until the transaction ends.

    The counter is read (and locked) once per transaction and kept in `session.info`: the next case of
    the same transaction counts on from it without reading it again. The new value is written with the
    caller's next flush (the one that inserts the case). A counter changed in a savepoint that was
    rolled back is expired by the ORM and read (and locked) again."""
    prefix = PREFIXES.get(kind, "REV")
    # Only within one (outer) transaction: after a commit or rollback the lock is gone.
    transaction = session.get_transaction()
    cached = session.info.get(_CACHE_KEY)
    if cached is None or cached[0] is not transaction:
        cached = session.info[_CACHE_KEY] = (transaction, {})
    cache: dict[tuple[str, int], ReferenceCounter] = cached[1]
    counter = cache.get((prefix, year))
    if counter is not None:
        state = inspect(counter)
        if state.expired or not state.persistent and not state.pending:
            counter = None
    if counter is None:
        counter = session.scalar(
            select(ReferenceCounter)
            .where(ReferenceCounter.prefix == prefix, ReferenceCounter.year == year)
            .with_for_update()
        )
        if counter is None:
            counter = ReferenceCounter(prefix=prefix, year=year, last_value=0)
            session.add(counter)
        cache[(prefix, year)] = counter
    counter.last_value += 1
    return f"{prefix}-{year}-{counter.last_value:06d}"


_CACHE_KEY = "triage.references.counters"
