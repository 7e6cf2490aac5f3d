"""Deadline arithmetic: pure functions of (received, calendar, step clock). No database, no clock reads.

Every result is an aware datetime in Europe/London. The clocks a profile step can use:

| clock         | amount means  | due at                                                                      | rule |
|---------------|---------------|-----------------------------------------------------------------------------|------|
| `hours`       | elapsed hours | received + N real hours (DST-safe: computed in UTC)                          | R29  |
| `business_days` | N           | close of business on the Nth business day *after* the day of receipt         | R8   |
| `weeks`       | N             | end of the day N*7 calendar days after the day of receipt (no roll-forward)  | R13  |
| `days_rolled` | N             | end of day N calendar days after receipt, rolled to the next working day     | R28  |
| `ico_months`  | N             | ICO method: corresponding date N months on (day of receipt is day one; no such date -> last day of that month; weekend/bank holiday -> next working day), end of day | R22, R23 |
| `months`      | N             | corresponding date N months on (last day of month if none), end of day, no roll | R15 |

Rights-request clock events (R24, R25): `rights_deadlines` restarts from identity verification (or fee)
and adds the days paused for clarification before the roll-forward.
"""

from __future__ import annotations

import calendar as _stdlib_calendar
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import TYPE_CHECKING

from triage.calendar import BusinessCalendar, as_london

if TYPE_CHECKING:
    from triage.policy import Profile

CLOCKS = ("hours", "business_days", "weeks", "days_rolled", "ico_months", "months")
KINDS = ("complaint", "rights_request", "data_protection_complaint", "breach")
# Step names every profile must define for each kind (the pipeline relies on them).
REQUIRED_STEPS: dict[str, tuple[str, ...]] = {
    "complaint": ("acknowledge_by", "summary_resolution_by", "final_response_by"),
    "rights_request": ("respond_by", "extended_respond_by"),
    "data_protection_complaint": ("acknowledge_by",),
    "breach": ("notify_regulator_by",),
}


def add_months(day: date, months: int) -> date:
    """The corresponding date `months` later; the last day of that month if there is none (31 Jan + 1 -> 28 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    last = _stdlib_calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last))


def step_due(clock: str, amount: int, received: datetime, calendar: BusinessCalendar, *, paused_days: int = 0) -> datetime:
    """When a step with this clock falls due for something received at `received`."""
    local = as_london(received)
    if clock == "hours":
        utc = local.astimezone(timezone.utc) + timedelta(hours=amount)
        return as_london(utc)
    day = calendar.receipt_day(received) if clock == "business_days" else local.date()
    if clock == "business_days":
        return calendar.close_of(calendar.add_business_days(day, amount))
    if clock == "weeks":
        return calendar.end_of(day + timedelta(days=7 * amount + paused_days))
    if clock == "days_rolled":
        return calendar.end_of(calendar.next_business_day(day + timedelta(days=amount + paused_days)))
    if clock == "ico_months":
        return calendar.end_of(calendar.next_business_day(add_months(day, amount) + timedelta(days=paused_days)))
    if clock == "months":
        return calendar.end_of(add_months(day, amount) + timedelta(days=paused_days))
    raise ValueError(f"unknown clock {clock!r}; expected one of {', '.join(CLOCKS)}")


def _calendar(profile: Profile, calendar: BusinessCalendar | None) -> BusinessCalendar:
    return calendar if calendar is not None else profile.calendar()


def compute_deadlines(
    profile: Profile, kind: str, received: datetime, calendar: BusinessCalendar | None = None
) -> dict[str, datetime]:
    """Every step of `kind` in `profile`, due times in Europe/London, in the profile's order.

    `received` must be aware. `calendar` defaults to the profile's own (its configured region).
    The result includes steps that only apply conditionally (see `Step.applies_when`); the caller
    decides which to schedule.
    """
    cal = _calendar(profile, calendar)
    return {step.name: step_due(step.clock, step.amount, received, cal) for step in profile.steps_for(kind)}


def rights_deadlines(
    profile: Profile,
    received: datetime,
    calendar: BusinessCalendar | None = None,
    *,
    identity_verified_at: datetime | None = None,
    fee_received_at: datetime | None = None,
    clarification_pauses: Iterable[tuple[datetime, datetime]] = (),
) -> dict[str, datetime]:
    """Rights-request deadlines with the clock events applied.

    The clock starts at the latest of receipt, identity verification and fee (R24, Art 12A "relevant
    time"). Each (asked, answered) clarification pause adds the calendar days from the day asked to
    the day answered (R25); the roll-forward to a working day happens after the pause is added.
    """
    cal = _calendar(profile, calendar)
    start = max(m for m in (received, identity_verified_at, fee_received_at) if m is not None)
    paused = sum(paused_days(asked, answered) for asked, answered in clarification_pauses)
    return {
        step.name: step_due(step.clock, step.amount, start, cal, paused_days=paused)
        for step in profile.steps_for("rights_request")
    }


def paused_days(asked: datetime, answered: datetime) -> int:
    """Calendar days from the day clarification was asked to the day it arrived (never negative)."""
    return max(0, (as_london(answered).date() - as_london(asked).date()).days)


def restart_on_identity_verification(
    profile: Profile, received: datetime, verified_at: datetime, calendar: BusinessCalendar | None = None
) -> dict[str, datetime]:
    """Rights deadlines recomputed from the day the requested ID arrived (R24)."""
    return rights_deadlines(profile, received, calendar, identity_verified_at=verified_at)


def pause_for_clarification(
    profile: Profile,
    received: datetime,
    asked: datetime,
    answered: datetime,
    calendar: BusinessCalendar | None = None,
    *,
    identity_verified_at: datetime | None = None,
) -> dict[str, datetime]:
    """Rights deadlines with one clarification pause (R25)."""
    return rights_deadlines(
        profile, received, calendar, identity_verified_at=identity_verified_at, clarification_pauses=[(asked, answered)]
    )


def letter_deadlines(
    profile: Profile, letter_kind: str, letter_date: datetime, calendar: BusinessCalendar | None = None
) -> dict[str, datetime]:
    """Clocks that start from a letter we send (e.g. `fos_referral_expires` six months from a final response)."""
    cal = _calendar(profile, calendar)
    return {
        step.name: step_due(step.clock, step.amount, letter_date, cal)
        for step in profile.after_letter
        if letter_kind in step.after_letters
    }


def fos_referral_expiry(letter_date: datetime | date, months: int = 6) -> datetime:
    """Last day to refer to the FOS: six months from the date of the letter (DISP 2.8.2R, Annex 3R, R15)."""
    day = as_london(letter_date).date() if isinstance(letter_date, datetime) else letter_date
    return BusinessCalendar.end_of(add_months(day, months))


@dataclass(frozen=True)
class PlannedStep:
    """One step of a case with its due time: what the scheduler stores (cf. `triage.models.Deadline`)."""

    name: str
    due_at: datetime
    letters: tuple[str, ...]
    escalate_to: str
    event: str
    applies_when: str

    @property
    def letter_kind(self) -> str | None:
        return self.letters[0] if self.letters else None


def plan_steps(
    profile: Profile, kind: str, received: datetime, calendar: BusinessCalendar | None = None
) -> list[PlannedStep]:
    """`compute_deadlines` plus each step's letters, escalation, register event and condition."""
    due = compute_deadlines(profile, kind, received, calendar)
    return [
        PlannedStep(s.name, due[s.name], s.letters, s.escalate_to, s.event, s.applies_when)
        for s in profile.steps_for(kind)
    ]


def isoformat(deadlines: Mapping[str, datetime]) -> dict[str, str]:
    """JSON-ready copy: ISO-8601 strings with offsets."""
    return {name: value.isoformat() for name, value in deadlines.items()}
