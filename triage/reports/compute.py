"""Monthly complaints MI computed from the register: pure functions, no writes, no personal data.

`build_report(session, "2026-10")` reads only the columns it needs (kinds, flags, labels, times,
outcomes, amounts, deadline steps, review-label verdicts, and the intake flags: vulnerable, third party,
authority status and the keys of the details still missing). It never selects a name, an address, a
subject or message text, so nothing personal can reach the output. Every figure is documented in
docs/reports.md.

Months are calendar months in Europe/London: October 2026 runs from 2026-09-30 23:00 UTC (BST) to
2026-11-01 00:00 UTC (GMT). The register stores UTC; a naive datetime read back (SQLite) is UTC.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from triage.errors import TriageError
from triage.models import WEB_FORM_CHANNEL, Case, Deadline, ReviewLabel

LONDON = ZoneInfo("Europe/London")
COMPLAINT_KINDS = ("complaint", "data_protection_complaint")
OUTCOMES = ("upheld", "partially_upheld", "not_upheld")
DEADLINE_STATES = ("met", "missed", "fired_on_time", "skipped", "overdue", "pending")
# The steps the MI names (issue 7); every other step found in the register is reported too.
HEADLINE_STEPS = (
    "complaint/acknowledge_by",
    "complaint/summary_resolution_by",
    "complaint/final_response_by",
    "rights_request/respond_by",
    "breach/notify_regulator_by",
)
UNRECORDED = "unrecorded"
MONTH_RE = re.compile(r"^(\d{4})-(\d{2})$")


class ReportError(TriageError):
    """The report cannot be made as asked (a malformed month, for example)."""


# -- time ----------------------------------------------------------------------------------------


def parse_month(month: str) -> tuple[int, int]:
    match = MONTH_RE.match(str(month).strip())
    if not match:
        raise ReportError(f"month must be YYYY-MM, not {month!r}")
    year, mon = int(match.group(1)), int(match.group(2))
    if not 1 <= mon <= 12 or year < 1970:
        raise ReportError(f"month must be YYYY-MM, not {month!r}")
    return year, mon


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def month_key(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def month_bounds(month: str) -> tuple[datetime, datetime]:
    """[start, end) of a London calendar month, as aware UTC datetimes."""
    year, mon = parse_month(month)
    ny, nm = shift_month(year, mon, 1)
    start = datetime(year, mon, 1, tzinfo=LONDON).astimezone(timezone.utc)
    end = datetime(ny, nm, 1, tzinfo=LONDON).astimezone(timezone.utc)
    return start, end


def as_utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc)


def london_month_of(value: datetime) -> str:
    local = as_utc(value).astimezone(LONDON)  # type: ignore[union-attr]
    return month_key(local.year, local.month)


def within(value: datetime | None, start: datetime, end: datetime) -> bool:
    return value is not None and start <= value < end


# -- statistics ----------------------------------------------------------------------------------


def percentile(values: Sequence[float], q: float) -> float | None:
    """Linear interpolation between closest ranks (numpy's default); None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    if len(ordered) == 1:
        return float(ordered[0])
    position = (len(ordered) - 1) * q / 100.0
    low = math.floor(position)
    high = math.ceil(position)
    fraction = position - low
    return float(ordered[low] + (ordered[high] - ordered[low]) * fraction)


def summarise(values: Sequence[float]) -> dict[str, Any]:
    med = percentile(values, 50)
    p90 = percentile(values, 90)
    return {
        "count": len(values),
        "median": None if med is None else round(med, 2),
        "p90": None if p90 is None else round(p90, 2),
    }


def pct(part: int | float, whole: int | float) -> float | None:
    return None if not whole else round(100.0 * part / whole, 1)


# -- register rows (no personal columns) ---------------------------------------------------------


@dataclass(frozen=True)
class CaseRow:
    id: int
    kind: str
    status: str
    needs_review: bool
    reviewed_flagged: bool
    personal_data: bool
    breach: bool
    rights: tuple[str, ...]
    about_other_firm: str | None
    category: str
    channel: str
    received_at: datetime
    acknowledged_at: datetime | None
    forwarded_at: datetime | None
    closed_at: datetime | None
    outcome: str | None
    redress_amount: float | None
    root_cause: str | None
    # Intake (issue 9): flags and the keys of what is still missing; never the details themselves.
    vulnerable: bool = False
    third_party: bool = False
    authority_status: str = "not_needed"
    details_missing: tuple[str, ...] = ()
    # Redress (pexa s.6): where the offer stands, and when it was accepted and paid.
    redress_status: str = "none"
    redress_offered_at: datetime | None = None
    redress_accepted_at: datetime | None = None
    redress_paid_at: datetime | None = None

    @property
    def is_complaint(self) -> bool:
        return self.kind in COMPLAINT_KINDS

    @property
    def forwarded(self) -> bool:
        return self.status == "forwarded" or self.forwarded_at is not None


@dataclass(frozen=True)
class DeadlineRow:
    case_id: int
    step: str
    clock_kind: str
    due_at: datetime
    status: str
    missed: bool

    @property
    def key(self) -> str:
        return f"{self.clock_kind or 'case'}/{self.step}"


@dataclass(frozen=True)
class LabelRow:
    label: str
    corrected: bool
    model_version: str
    created_at: datetime


def _right_name(item: Any) -> str:
    if isinstance(item, dict):
        return str(item.get("right") or item.get("name") or item.get("label") or "unknown")
    return str(item)


def load_cases(session: Session) -> list[CaseRow]:
    columns = (
        Case.id, Case.kind, Case.status, Case.needs_review, Case.review_reasons, Case.personal_data, Case.breach,
        Case.rights, Case.about_other_firm, Case.category, Case.channel, Case.received_at, Case.acknowledged_at,
        Case.forwarded_at, Case.resolved_at, Case.final_response_at, Case.outcome, Case.redress_amount, Case.root_cause,
        Case.vulnerable, Case.third_party, Case.authority_status, Case.details_missing,
        Case.redress_status, Case.redress_offered_at, Case.redress_accepted_at, Case.redress_paid_at,
    )
    rows = []
    for r in session.execute(select(*columns).order_by(Case.id)):
        closed = as_utc(r.resolved_at)
        if closed is None and r.status == "resolved":
            closed = as_utc(r.final_response_at)
        rows.append(
            CaseRow(
                id=r.id,
                kind=r.kind,
                status=r.status,
                needs_review=bool(r.needs_review),
                reviewed_flagged=bool(r.needs_review) or r.status == "needs_review" or bool(r.review_reasons),
                personal_data=bool(r.personal_data),
                breach=bool(r.breach),
                rights=tuple(_right_name(x) for x in (r.rights or ())),
                about_other_firm=r.about_other_firm,
                category=r.category or "none",
                channel=r.channel or "email",
                received_at=as_utc(r.received_at),  # type: ignore[arg-type]
                acknowledged_at=as_utc(r.acknowledged_at),
                forwarded_at=as_utc(r.forwarded_at),
                closed_at=closed,
                outcome=r.outcome,
                redress_amount=r.redress_amount,
                root_cause=r.root_cause,
                vulnerable=bool(r.vulnerable),
                third_party=bool(r.third_party),
                authority_status=r.authority_status or "not_needed",
                details_missing=tuple(str(k) for k in (r.details_missing or ()) if isinstance(k, str)),
                redress_status=r.redress_status or "none",
                redress_offered_at=as_utc(r.redress_offered_at),
                redress_accepted_at=as_utc(r.redress_accepted_at),
                redress_paid_at=as_utc(r.redress_paid_at),
            )
        )
    return rows


def load_deadlines(session: Session, start: datetime, end: datetime) -> list[DeadlineRow]:
    columns = (Deadline.case_id, Deadline.step, Deadline.clock_kind, Deadline.due_at, Deadline.status, Deadline.missed)
    out = []
    for r in session.execute(select(*columns).order_by(Deadline.id)):
        due = as_utc(r.due_at)
        if within(due, start, end):
            out.append(DeadlineRow(r.case_id, r.step, r.clock_kind or "", due, r.status, bool(r.missed)))  # type: ignore[arg-type]
    return out


def load_labels(session: Session, start: datetime, end: datetime) -> list[LabelRow]:
    columns = (ReviewLabel.label, ReviewLabel.corrected, ReviewLabel.model_version, ReviewLabel.created_at)
    out = []
    for r in session.execute(select(*columns).order_by(ReviewLabel.id)):
        created = as_utc(r.created_at)
        if within(created, start, end):
            out.append(LabelRow(r.label, bool(r.corrected), r.model_version or "", created))  # type: ignore[arg-type]
    return out


# -- the figures ---------------------------------------------------------------------------------


def _outstanding_at(cases: Iterable[CaseRow], end: datetime) -> int:
    """Complaints received before `end` and not closed before it; forwarded ones are not ours to close."""
    n = 0
    for c in cases:
        if not c.is_complaint or c.received_at >= end:
            continue
        if c.forwarded and (c.forwarded_at is None or c.forwarded_at < end):
            continue
        if c.closed_at is not None and c.closed_at < end:
            continue
        n += 1
    return n


def _sorted_counter(counter: Counter[str]) -> dict[str, int]:
    return {k: counter[k] for k in sorted(counter, key=lambda k: (-counter[k], k))}


def _volumes(cases: list[CaseRow], start: datetime, end: datetime) -> dict[str, Any]:
    received = [c for c in cases if c.is_complaint and within(c.received_at, start, end)]
    resolved = [c for c in cases if c.is_complaint and within(c.closed_at, start, end)]
    outcomes = Counter(c.outcome if c.outcome in OUTCOMES else UNRECORDED for c in resolved)
    justified = outcomes["upheld"] + outcomes["partially_upheld"]
    return {
        "received": len(received),
        "received_complaint": sum(1 for c in received if c.kind == "complaint"),
        "received_data_protection_complaint": sum(1 for c in received if c.kind == "data_protection_complaint"),
        "received_forwarded": sum(1 for c in received if c.forwarded),
        "resolved": len(resolved),
        "upheld": outcomes["upheld"],
        "partially_upheld": outcomes["partially_upheld"],
        "not_upheld": outcomes["not_upheld"],
        "outcome_unrecorded": outcomes[UNRECORDED],
        "justified": justified,
        "upheld_pct": pct(justified, len(resolved)),
        "outstanding_at_month_end": _outstanding_at(cases, end),
    }


def _trend(cases: list[CaseRow], month: str, months: int) -> dict[str, dict[str, Any]]:
    year, mon = parse_month(month)
    trend: dict[str, dict[str, Any]] = {"received": {}, "resolved": {}, "justified": {}, "upheld_pct": {}, "outstanding": {}}
    for back in range(months - 1, -1, -1):
        key = month_key(*shift_month(year, mon, -back))
        start, end = month_bounds(key)
        v = _volumes(cases, start, end)
        trend["received"][key] = v["received"]
        trend["resolved"][key] = v["resolved"]
        trend["justified"][key] = v["justified"]
        trend["upheld_pct"][key] = v["upheld_pct"]
        trend["outstanding"][key] = v["outstanding_at_month_end"]
    return trend


def _deadline_state(d: DeadlineRow, now: datetime) -> str:
    if d.missed or d.status == "missed":
        return "missed"
    if d.status == "met":
        return "met"
    if d.status in ("fired", "due"):
        return "fired_on_time"
    if d.status == "skipped":
        return "skipped"
    return "overdue" if d.due_at < now else "pending"


def _deadlines(rows: list[DeadlineRow], now: datetime) -> dict[str, dict[str, Any]]:
    keys = list(HEADLINE_STEPS) + sorted({d.key for d in rows} - set(HEADLINE_STEPS))
    table: dict[str, dict[str, Any]] = {k: dict.fromkeys(DEADLINE_STATES, 0) for k in keys}
    for d in rows:
        table[d.key][_deadline_state(d, now)] += 1
    for counts in table.values():
        decided = counts["met"] + counts["missed"]
        counts["met_pct"] = pct(counts["met"], decided)
    return table


def build_report(
    session: Session,
    month: str,
    *,
    reports_fca_return: bool = False,
    profile_name: str = "",
    now: datetime | None = None,
    trend_months: int = 12,
) -> dict[str, Any]:
    """The MI for `month` (YYYY-MM, Europe/London) as {"meta": ..., "sections": {section: {metric: value}}}.

    A value is a number, None, or a flat {key: number} mapping; writers rely on that shape."""
    start, end = month_bounds(month)
    now = as_utc(now) or datetime.now(timezone.utc)
    cases = load_cases(session)
    deadlines = load_deadlines(session, start, end)
    labels = load_labels(session, start, end)

    in_month = [c for c in cases if within(c.received_at, start, end)]
    received = [c for c in in_month if c.is_complaint]
    resolved = [c for c in cases if c.is_complaint and within(c.closed_at, start, end)]
    volumes = _volumes(cases, start, end)

    sections: dict[str, dict[str, Any]] = {}
    sections["volumes"] = volumes
    sections["trend"] = _trend(cases, month, trend_months)
    sections["breakdown"] = {
        "received_by_category": _sorted_counter(Counter(c.category for c in received)),
        "received_by_channel": _sorted_counter(Counter(c.channel for c in received)),
        "resolved_by_root_cause": _sorted_counter(Counter(c.root_cause or UNRECORDED for c in resolved)),
        "resolved_by_outcome": {k: volumes[k] for k in ("upheld", "partially_upheld", "not_upheld")}
        | {UNRECORDED: volumes["outcome_unrecorded"]},
        "all_cases_by_kind": _sorted_counter(Counter(c.kind for c in in_month)),
    }

    ack_hours = [
        (c.acknowledged_at - c.received_at).total_seconds() / 3600.0
        for c in received
        if c.acknowledged_at is not None and c.acknowledged_at >= c.received_at
    ]
    resolve_days = [
        (c.closed_at - c.received_at).total_seconds() / 86400.0  # type: ignore[operator]
        for c in resolved
        if c.closed_at >= c.received_at  # type: ignore[operator]
    ]
    sections["timeliness"] = {
        "acknowledge_hours": summarise(ack_hours),
        "not_acknowledged": sum(1 for c in received if c.acknowledged_at is None and not c.forwarded),
        "resolve_days": summarise(resolve_days),
    }
    sections["deadlines"] = _deadlines(deadlines, now)

    forwarded = [
        c for c in cases if c.is_complaint and c.forwarded and within(c.forwarded_at or c.received_at, start, end)
    ]
    sections["forwarded"] = {
        "total": len(forwarded),
        "by_firm": _sorted_counter(Counter(c.about_other_firm or "unknown" for c in forwarded)),
    }

    rights_cases = [c for c in in_month if c.kind == "rights_request"]
    right_counts: Counter[str] = Counter()
    for c in rights_cases:
        right_counts.update(set(c.rights) or {"unspecified"})
    sections["rights_requests"] = {"total": len(rights_cases), "by_right": _sorted_counter(right_counts)}

    breaches = [c for c in in_month if c.kind == "breach"]
    notify = sections["deadlines"].get("breach/notify_regulator_by", {})
    sections["data_protection"] = {
        "personal_data_complaints": sum(1 for c in in_month if c.kind == "data_protection_complaint"),
        "cases_mentioning_personal_data": sum(1 for c in in_month if c.personal_data),
        "breaches": len(breaches),
        "breach_notifications_met": notify.get("met", 0),
        "breach_notifications_missed": notify.get("missed", 0),
    }

    paid = [c.redress_amount for c in resolved if c.redress_amount is not None and c.redress_amount > 0]
    sections["redress"] = {
        "count": len(paid),
        "sum": round(sum(paid), 2),
        "mean": round(sum(paid) / len(paid), 2) if paid else None,
        "by_outcome": {
            k: round(sum(c.redress_amount or 0.0 for c in resolved if c.outcome == k and (c.redress_amount or 0) > 0), 2)
            for k in OUTCOMES
        },
        **_redress_progress(cases, start, end),
    }

    assessed = [c for c in in_month if c.kind != "unprocessed"]
    flagged = sum(1 for c in assessed if c.reviewed_flagged)
    corrected = sum(1 for lab in labels if lab.corrected)
    per_label: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for lab in labels:
        per_label[lab.label][0] += 1
        per_label[lab.label][1] += int(lab.corrected)
    sections["classifier"] = {
        "cases_classified": len(assessed),
        "cases_flagged_for_review": flagged,
        "review_rate_pct": pct(flagged, len(assessed)),
        "labels_reviewed": len(labels),
        "labels_corrected": corrected,
        "correction_rate_pct": pct(corrected, len(labels)),
        "correction_rate_pct_by_label": {k: pct(v[1], v[0]) for k, v in sorted(per_label.items())},
        "labels_reviewed_by_model_version": _sorted_counter(Counter(lab.model_version or "unknown" for lab in labels)),
    }

    sections["intake"] = _intake(cases, in_month, received)

    if reports_fca_return:
        sections["fca_return"] = _fca_return(cases, start, end)

    empty = not in_month and not resolved and not deadlines and not labels
    if empty:
        message = f"No complaints, requests or breaches were received or resolved in {month}, and no deadline fell due."
        outstanding = volumes["outstanding_at_month_end"]
        if outstanding:
            message += f" {outstanding} complaint(s) received earlier were still outstanding at the end of the month."
    else:
        message = ""
    meta = {
        "month": month,
        "timezone": "Europe/London",
        "period_start_utc": start.isoformat(),
        "period_end_utc": end.isoformat(),
        "generated_at_utc": now.replace(microsecond=0).isoformat(),
        "profile": profile_name,
        "fca_return_included": bool(reports_fca_return),
        "empty": empty,
        "message": message,
    }
    return {"meta": meta, "sections": sections}


# The order the acknowledgement asks for details in (triage.letters.DETAIL_LABELS).
DETAIL_KEYS = ("name", "address", "phone", "account_reference", "details", "remedy", "documents")


def _intake(cases: list[CaseRow], in_month: list[CaseRow], received: list[CaseRow]) -> dict[str, Any]:
    """Vulnerability, third-party authority and details completeness (docs/reports.md `intake`)."""
    read_by_bot = [c for c in received if c.channel in ("email", WEB_FORM_CHANNEL)]  # mail the intake read
    complete = [c for c in read_by_bot if not c.details_missing]
    missing: Counter[str] = Counter()
    for c in read_by_bot:
        missing.update(set(c.details_missing))
    vulnerable = [c for c in received if c.vulnerable]
    return {
        "vulnerable_complaints": len(vulnerable),
        "vulnerable_pct": pct(len(vulnerable), len(received)),
        "vulnerable_cases": sum(1 for c in in_month if c.vulnerable),
        "vulnerable_open": sum(1 for c in cases if c.vulnerable and c.is_complaint and c.closed_at is None and not c.forwarded),
        "third_party_complaints": sum(1 for c in received if c.third_party),
        "authority_pending": sum(1 for c in in_month if c.authority_status == "pending"),
        "authority_recorded": sum(1 for c in in_month if c.authority_status == "recorded"),
        "authority_pending_in_register": sum(1 for c in cases if c.authority_status == "pending"),
        "details_assessed": len(read_by_bot),
        "details_complete": len(complete),
        "details_complete_pct": pct(len(complete), len(read_by_bot)),
        "details_missing_by_item": {k: missing[k] for k in DETAIL_KEYS if missing[k]}
        | {k: missing[k] for k in sorted(missing) if k not in DETAIL_KEYS},
    }


REDRESS_STAGES = ("awaiting_approval", "offered", "approved", "accepted", "declined", "paid")


def _redress_progress(cases: list[CaseRow], start: datetime, end: datetime) -> dict[str, Any]:
    """Offers made, accepted and paid in the month, and where the offers in the register stand now
    (when the report is made: the register keeps no history of a case's redress status)."""
    paid = [c for c in cases if within(c.redress_paid_at, start, end)]
    standing = Counter(c.redress_status for c in cases if c.redress_status in REDRESS_STAGES)
    return {
        "offered_in_month": sum(1 for c in cases if within(c.redress_offered_at, start, end)),
        "accepted_in_month": sum(1 for c in cases if within(c.redress_accepted_at, start, end)),
        "paid_in_month": len(paid),
        "paid_in_month_sum": round(sum(c.redress_amount or 0.0 for c in paid), 2),
        # Offers still waiting for a person: above a limit (approval), or for the complainant's acceptance
        # form, or accepted and not yet paid.
        "in_register_by_status": {k: standing[k] for k in REDRESS_STAGES if standing[k]},
    }


def _fca_return(cases: list[CaseRow], start: datetime, end: datetime) -> dict[str, Any]:
    """DISP 1.10 counts for the month (the return itself covers six or twelve months: add the months up).

    Complaints forwarded in full to another firm (DISP 1.7) are left out: the receiving firm reports them."""
    ours = [c for c in cases if c.is_complaint and not c.forwarded]
    opened = [c for c in ours if within(c.received_at, start, end)]
    closed = [c for c in ours if within(c.closed_at, start, end)]
    upheld = [c for c in closed if c.outcome in ("upheld", "partially_upheld")]
    bands: Counter[str] = Counter()
    for c in closed:
        days = (c.closed_at - c.received_at).days  # type: ignore[operator]
        bands["under_72_hours" if days < 3 else "under_8_weeks" if days < 56 else "8_weeks_or_more"] += 1
    categories = sorted({c.category for c in opened} | {c.category for c in closed})
    return {
        "opened": len(opened),
        "closed": len(closed),
        "upheld": len(upheld),
        "upheld_pct": pct(len(upheld), len(closed)),
        "outstanding_at_period_end": _outstanding_at(ours, end),
        "redress_paid": round(sum(c.redress_amount or 0.0 for c in closed if (c.redress_amount or 0) > 0), 2),
        "closed_by_time": {k: bands[k] for k in ("under_72_hours", "under_8_weeks", "8_weeks_or_more")},
        "opened_by_category": {k: sum(1 for c in opened if c.category == k) for k in categories},
        "closed_by_category": {k: sum(1 for c in closed if c.category == k) for k in categories},
        "upheld_by_category": {k: sum(1 for c in upheld if c.category == k) for k in categories},
    }
