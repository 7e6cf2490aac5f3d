"""Properties of the clocks over many receipt moments and every UK nation (hypothesis)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from triage.calendar import LONDON, make_calendar
from triage.deadlines import add_months, step_due

CALENDARS = {region: make_calendar(region) for region in ("ENG", "SCT", "NIR", "WLS")}
moments = st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2029, 12, 31), timezones=st.just(timezone.utc))
regions = st.sampled_from(sorted(CALENDARS))


@settings(max_examples=300, deadline=None)
@given(received=moments, region=regions, n=st.integers(min_value=0, max_value=10))
def test_business_days_lands_on_close_of_a_business_day_after_receipt(received: datetime, region: str, n: int) -> None:
    cal = CALENDARS[region]
    due = step_due("business_days", n, received, cal)
    day = received.astimezone(LONDON).date()
    assert due.tzinfo is not None and due.astimezone(LONDON).time() == cal.close_of_business
    assert cal.business_days_between(day, due.date()) == n
    if n:
        assert cal.is_business_day(due.date()) and due.date() > day


@settings(max_examples=300, deadline=None)
@given(received=moments, region=regions, months=st.integers(min_value=1, max_value=3))
def test_ico_months_is_the_first_working_day_on_or_after_the_corresponding_date(received: datetime, region: str, months: int) -> None:
    cal = CALENDARS[region]
    due = step_due("ico_months", months, received, cal).date()
    corresponding = add_months(received.astimezone(LONDON).date(), months)
    assert due >= corresponding and cal.is_business_day(due)
    day = corresponding
    while day < due:
        assert not cal.is_business_day(day)
        day += timedelta(days=1)


@settings(max_examples=300, deadline=None)
@given(received=moments, hours=st.integers(min_value=1, max_value=200))
def test_hours_are_elapsed_hours(received: datetime, hours: int) -> None:
    due = step_due("hours", hours, received, CALENDARS["ENG"])
    assert due - received == timedelta(hours=hours)
    assert due.tzinfo is LONDON or str(due.tzinfo) == "Europe/London"


@settings(max_examples=200, deadline=None)
@given(a=moments, b=moments, region=regions)
def test_clocks_never_go_backwards(a: datetime, b: datetime, region: str) -> None:
    cal = CALENDARS[region]
    early, late = sorted((a, b))
    for clock, amount in (("business_days", 3), ("weeks", 8), ("ico_months", 1), ("days_rolled", 30), ("months", 6)):
        assert step_due(clock, amount, early, cal) <= step_due(clock, amount, late, cal)
