"""The bank-holiday table file read by triage.calendar (issue 8, peak RSS) is the `holidays` package's:
same dates and names for every region and preloaded year, the library still answers other years, and
the service's calendars do not import `holidays` at all."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, datetime, timedelta

import holidays
import pytest

from triage.calendar import (
    LONDON,
    PRELOADED_YEARS,
    REGIONS,
    _preloaded_holidays,
    make_calendar,
)
from triage.config import REPO_ROOT


@pytest.mark.parametrize("region", REGIONS)
def test_the_table_is_the_holidays_packages_for_every_preloaded_year(region):
    # If this fails after a `holidays` upgrade, the library changed a date or name: rewrite the file with
    # `python -m triage.calendar` (and read the diff: a new one-off bank holiday is the usual reason).
    library = holidays.country_holidays("GB", subdiv=region, years=PRELOADED_YEARS)
    assert _preloaded_holidays(region) == dict(library)


@pytest.mark.parametrize("region", REGIONS)
def test_holiday_name_is_the_librarys_on_every_day_2020_to_2035(region):
    calendar = make_calendar(region)
    library = holidays.country_holidays("GB", subdiv=region, years=range(2020, 2036))
    day = date(2020, 1, 1)
    while day.year < 2036:
        assert calendar.holiday_name(day) == library.get(day), day
        day += timedelta(days=1)


@pytest.mark.parametrize("region", REGIONS)
@pytest.mark.parametrize("year", [1990, 2006, 2014, 2061, 2100])
def test_years_outside_the_table_come_from_the_library(region, year):
    calendar = make_calendar(region)
    library = holidays.country_holidays("GB", subdiv=region, years=year)
    assert library  # the year has holidays to compare
    for day in (date(year, 1, 1) + timedelta(days=n) for n in range(366 if year % 4 == 0 else 365)):
        assert calendar.holiday_name(day) == library.get(day), day


def test_a_datetime_is_looked_up_as_its_date():
    calendar = make_calendar("ENG")
    assert calendar.holiday_name(datetime(2026, 4, 6, 9, 0)) == "Easter Monday"
    assert calendar.holiday_name(datetime(2070, 12, 25, 9, 0, tzinfo=LONDON)) == "Christmas Day"


def test_overrides_still_win_over_the_table():
    assert make_calendar("SCT", removed_holidays=["2026-06-15"]).holiday_name(date(2026, 6, 15)) is None
    assert make_calendar("SCT").holiday_name(date(2026, 6, 15)) == "Scotland's participation in the FIFA World Cup final"
    assert make_calendar("WLS", extra_holidays=["2030-01-07"]).holiday_name(date(2030, 1, 7)) == (
        "Additional bank holiday (configured)"
    )


def test_the_service_calendars_do_not_import_holidays():
    # A fresh interpreter: this test process imported `holidays` above.
    code = """
import json, sys
from datetime import datetime, timezone
from triage.policy import load_profile
from triage.deadlines import compute_deadlines
from triage.calendar import REGIONS, make_calendar
profile = load_profile("pexa")
for region in REGIONS:
    compute_deadlines(profile, "complaint", datetime(2026, 12, 24, 18, tzinfo=timezone.utc), profile.calendar(region))
    make_calendar(region).add_business_days(datetime(2060, 11, 1).date(), 20)
before = "holidays" in sys.modules
make_calendar("ENG").holiday_name(datetime(2070, 1, 1).date())
print(json.dumps([before, "holidays" in sys.modules]))
"""
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, check=True)
    assert json.loads(out.stdout.strip().splitlines()[-1]) == [False, True]
