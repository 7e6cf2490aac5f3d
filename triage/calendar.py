"""Business-day calendar for one part of the UK: bank holidays, close of business, Europe/London time.

The FCA "business day" (Glossary G120, regulations.md R20) is any day other than a Saturday, Sunday,
Christmas Day, Good Friday or a bank holiday *in that part of the United Kingdom*. So a calendar is
always for one subdivision: ENG, SCT, NIR or WLS. The `holidays` package with no subdivision gives
only the holidays common to all four nations (no Easter Monday in 2026), which is never what we want
(R21), so it is refused here.

One-off bank holidays announced after the installed `holidays` release are added with `extra_holidays`;
`removed_holidays` takes a date out (e.g. a moved holiday the library still lists).

Memory (issue 8, peak RSS): `import holidays` costs ~9 MB and building any country's calendar imports
every country module (~7 MB more; importing only `holidays.countries.united_kingdom` does the same, as
the package's `__init__` loads them all). So the bank holidays of PRELOADED_YEARS are read from
`bank_holidays.json`, which `holidays` itself wrote (`python -m triage.calendar`), and the library is
imported only when a date outside those years is asked about. A test compares the file with the installed
`holidays` for every region and year, so an upgrade that changes a date or name fails it: rewrite the file.

Import this module as `triage.calendar`, never as a top-level `calendar` (it would shadow the stdlib).
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

from triage.errors import ConfigError

LONDON = ZoneInfo("Europe/London")
REGIONS = ("ENG", "SCT", "NIR", "WLS")
_ALIASES = {
    "ENG": "ENG", "ENGLAND": "ENG", "E&W": "ENG", "ENGLAND AND WALES": "ENG",
    "SCT": "SCT", "SCOTLAND": "SCT",
    "NIR": "NIR", "NORTHERN IRELAND": "NIR", "NI": "NIR",
    "WLS": "WLS", "WALES": "WLS",
}
END_OF_DAY = time(23, 59, 59)
# Years served from the table built here; others come from `holidays`, imported on demand and
# queried under a lock (it mutates itself as it adds a year).
PRELOADED_YEARS = range(2015, 2061)

# The bank holidays of PRELOADED_YEARS, written by `holidays` itself (`write_table`), so the service need not
# import it; `tests/policy/test_calendar_table.py` fails when the installed `holidays` disagrees with the file.
TABLE_PATH = Path(__file__).with_name("bank_holidays.json")


def library_table(region: str, years: range = PRELOADED_YEARS) -> dict[date, str]:
    """{date: name} from the `holidays` package, as the table file holds it."""
    return dict(_library_holidays(region, years).items())


def write_table(path: Path = TABLE_PATH) -> None:
    """(Re)write the table from the installed `holidays`: `python -m triage.calendar` after an upgrade."""
    table = {region: {d.isoformat(): name for d, name in sorted(library_table(region).items())} for region in REGIONS}
    path.write_text(json.dumps({"years": [PRELOADED_YEARS.start, PRELOADED_YEARS.stop - 1], "regions": table}, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


@cache
def _preloaded_holidays(region: str) -> dict[date, str]:
    """The region's table for PRELOADED_YEARS, read once per process (read-only after)."""
    stored = json.loads(TABLE_PATH.read_text(encoding="utf-8"))["regions"][region]
    return {date.fromisoformat(day): name for day, name in stored.items()}


def _library_holidays(region: str, years: range | None = None):  # -> holidays.HolidayBase
    """The `holidays` package's calendar for `region`; imported only for years outside PRELOADED_YEARS
    (and to write the table)."""
    import holidays

    return holidays.country_holidays("GB", subdiv=region, years=years)


def normalise_region(region: str | None) -> str:
    """ENG, SCT, NIR or WLS; anything else (including the UK-wide default) is a configuration error."""
    key = (region or "").strip().upper()
    if key not in _ALIASES:
        raise ConfigError(
            f"calendar region {region!r} is not one of {', '.join(REGIONS)}; the UK-wide holiday list "
            "omits regional bank holidays (regulations.md R21), so a region must be chosen"
        )
    return _ALIASES[key]


def parse_time(value: str | time) -> time:
    """'17:00' or '17:30:00' -> time."""
    if isinstance(value, time):
        return value
    try:
        return time.fromisoformat(str(value).strip())
    except ValueError as exc:
        raise ConfigError(f"close_of_business {value!r} is not a time like '17:00'") from exc


def as_london(moment: datetime) -> datetime:
    """An aware datetime in Europe/London; naive datetimes are refused (we never guess a zone)."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"datetime {moment.isoformat()} has no time zone; pass an aware datetime")
    return moment.astimezone(LONDON)


@dataclass(frozen=True)
class BusinessCalendar:
    """Bank holidays of one UK nation plus overrides, and the firm's close of business."""

    region: str = "ENG"
    close_of_business: time = time(17, 0)
    extra_holidays: frozenset[date] = field(default_factory=frozenset)
    removed_holidays: frozenset[date] = field(default_factory=frozenset)
    # Conservative option (not current DISP, R8): mail received after close counts as received next business day.
    after_close_is_next_day: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "region", normalise_region(self.region))
        object.__setattr__(self, "close_of_business", parse_time(self.close_of_business))
        object.__setattr__(self, "extra_holidays", frozenset(self.extra_holidays))
        object.__setattr__(self, "removed_holidays", frozenset(self.removed_holidays))
        object.__setattr__(self, "_preloaded", _preloaded_holidays(self.region))
        object.__setattr__(self, "_holidays", None)  # the `holidays` calendar, made on first use
        object.__setattr__(self, "_lock", threading.Lock())

    # -- days -----------------------------------------------------------------------------------
    def holiday_name(self, day: date) -> str | None:
        """The bank holiday on `day` in this region, or None."""
        if day in self.removed_holidays:
            return None
        if day in self.extra_holidays:
            return "Additional bank holiday (configured)"
        if day.year in PRELOADED_YEARS:
            # holidays' get() takes a datetime as its date; a dict needs the date itself.
            return self._preloaded.get(day.date() if isinstance(day, datetime) else day)  # type: ignore[attr-defined]
        with self._lock:  # type: ignore[attr-defined]
            if self._holidays is None:  # type: ignore[attr-defined]
                object.__setattr__(self, "_holidays", _library_holidays(self.region))
            return self._holidays.get(day)  # type: ignore[attr-defined]

    def is_business_day(self, day: date) -> bool:
        """Not a Saturday, Sunday or bank holiday in this region (Christmas and Good Friday are holidays)."""
        return day.weekday() < 5 and self.holiday_name(day) is None

    def next_business_day(self, day: date, *, inclusive: bool = True) -> date:
        """`day` itself if it is a business day (inclusive), else the next one."""
        current = day if inclusive else day + timedelta(days=1)
        while not self.is_business_day(current):
            current += timedelta(days=1)
        return current

    def add_business_days(self, day: date, count: int) -> date:
        """The `count`-th business day *after* `day` (`day` itself never counts, R8)."""
        if count < 0:
            raise ValueError("count must be zero or more")
        current = day
        for _ in range(count):
            current = self.next_business_day(current, inclusive=False)
        return current

    def business_days_between(self, start: date, end: date) -> int:
        """Business days d with start < d <= end."""
        count, current = 0, start
        while current < end:
            current += timedelta(days=1)
            count += self.is_business_day(current)
        return count

    # -- moments --------------------------------------------------------------------------------
    def receipt_day(self, received: datetime) -> date:
        """The local day a message counts as received on (see `after_close_is_next_day`)."""
        local = as_london(received)
        if self.after_close_is_next_day and (
            not self.is_business_day(local.date()) or local.timetz().replace(tzinfo=None) >= self.close_of_business
        ):
            return self.next_business_day(local.date(), inclusive=False)
        return local.date()

    def close_of(self, day: date) -> datetime:
        """Close of business on `day`, Europe/London (DST-correct)."""
        return datetime.combine(day, self.close_of_business, tzinfo=LONDON)

    @staticmethod
    def end_of(day: date) -> datetime:
        """23:59:59 on `day`, Europe/London."""
        return datetime.combine(day, END_OF_DAY, tzinfo=LONDON)


def make_calendar(
    region: str = "ENG",
    close_of_business: str | time = "17:00",
    extra_holidays: tuple[date | str, ...] | list[date | str] = (),
    removed_holidays: tuple[date | str, ...] | list[date | str] = (),
    after_close_is_next_day: bool = False,
) -> BusinessCalendar:
    """Build a calendar from configuration values (ISO date strings accepted)."""

    def dates(values: tuple[date | str, ...] | list[date | str], key: str) -> frozenset[date]:
        out = set()
        for value in values:
            try:
                out.add(value if isinstance(value, date) else date.fromisoformat(str(value)))
            except ValueError as exc:
                raise ConfigError(f"calendar.{key}: {value!r} is not an ISO date") from exc
        return frozenset(out)

    return BusinessCalendar(
        region=region,
        close_of_business=parse_time(close_of_business),
        extra_holidays=dates(extra_holidays, "extra_holidays"),
        removed_holidays=dates(removed_holidays, "removed_holidays"),
        after_close_is_next_day=after_close_is_next_day,
    )


if __name__ == "__main__":  # python -m triage.calendar: rewrite bank_holidays.json from the installed holidays
    write_table()
    print(f"wrote {TABLE_PATH}")
