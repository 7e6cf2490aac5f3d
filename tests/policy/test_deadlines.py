"""Deadline vectors: bank holidays per nation, month ends, DST, and the regulations.md worked examples."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from triage.calendar import LONDON, BusinessCalendar, make_calendar, normalise_region
from triage.deadlines import (
    add_months,
    compute_deadlines,
    fos_referral_expiry,
    letter_deadlines,
    pause_for_clarification,
    restart_on_identity_verification,
    rights_deadlines,
    step_due,
)
from triage.errors import ConfigError
from triage.policy import load_profile

CONEXUS = load_profile("conexus")
PEXA = load_profile("pexa")


def at(y: int, m: int, d: int, hh: int = 10, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=LONDON)


def cob(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, 17, 0, tzinfo=LONDON)


def eod(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, 23, 59, 59, tzinfo=LONDON)


# --- DISP 1.5: close of business on the 3rd business day after the day of receipt (R8) ---------------
SUMMARY_RESOLUTION = [
    # region, received, due, why
    ("ENG", at(2026, 1, 5), cob(2026, 1, 8), "R8 example: Mon -> Thu"),
    ("ENG", at(2026, 1, 9), cob(2026, 1, 14), "R8 example: Fri -> Wed"),
    ("ENG", at(2026, 1, 10), cob(2026, 1, 14), "R8 example: Sat -> Wed"),
    ("ENG", at(2026, 4, 2), cob(2026, 4, 9), "R8 example: Good Friday and Easter Monday skipped"),
    ("ENG", at(2026, 12, 23), cob(2026, 12, 30), "R8 example: Christmas, Boxing Day substitute 28 Dec"),
    ("WLS", at(2026, 4, 2), cob(2026, 4, 9), "Wales has Easter Monday like England"),
    ("SCT", at(2026, 4, 2), cob(2026, 4, 8), "no Easter Monday in Scotland"),
    ("NIR", at(2026, 4, 2), cob(2026, 4, 9), "Easter Monday in Northern Ireland"),
    ("ENG", at(2026, 11, 27), cob(2026, 12, 2), "St Andrew's Day is not an English holiday"),
    ("SCT", at(2026, 11, 27), cob(2026, 12, 3), "St Andrew's Day (Mon 30 Nov 2026) in Scotland"),
    ("SCT", at(2026, 12, 31), cob(2027, 1, 7), "1 Jan, 2 Jan (Sat) -> 4 Jan observed in Scotland"),
    ("ENG", at(2026, 12, 31), cob(2027, 1, 6), "England has only 1 Jan"),
    ("ENG", at(2026, 3, 16), cob(2026, 3, 19), "St Patrick's Day is not an English holiday"),
    ("NIR", at(2026, 3, 16), cob(2026, 3, 20), "St Patrick's Day (Tue 17 Mar) in Northern Ireland"),
    ("ENG", at(2026, 7, 10), cob(2026, 7, 15), "12 July is not an English holiday"),
    ("NIR", at(2026, 7, 10), cob(2026, 7, 16), "12 July 2026 is a Sunday: Mon 13 Jul observed in NI"),
    ("ENG", at(2027, 12, 23), cob(2027, 12, 30), "2027: Christmas and Boxing Day substitutes 27 and 28 Dec"),
    ("ENG", at(2026, 3, 27), cob(2026, 4, 1), "DST starts 29 Mar: close of business is 17:00 BST"),
    ("ENG", at(2026, 10, 23), cob(2026, 10, 28), "DST ends 25 Oct: close of business is 17:00 GMT"),
]


@pytest.mark.parametrize(("region", "received", "due", "why"), SUMMARY_RESOLUTION, ids=[v[3] for v in SUMMARY_RESOLUTION])
def test_summary_resolution_by(region: str, received: datetime, due: datetime, why: str) -> None:
    for profile in (CONEXUS, PEXA):
        got = compute_deadlines(profile, "complaint", received, profile.calendar(region))["summary_resolution_by"]
        assert got == due, why
        assert got.utcoffset() == due.utcoffset()


def test_close_of_business_offsets_follow_dst() -> None:
    assert compute_deadlines(PEXA, "complaint", at(2026, 3, 27))["summary_resolution_by"].isoformat() == "2026-04-01T17:00:00+01:00"
    assert compute_deadlines(PEXA, "complaint", at(2026, 10, 23))["summary_resolution_by"].isoformat() == "2026-10-28T17:00:00+00:00"


# --- One calendar month, the ICO way (R22) and the extension (R23) ------------------------------------
RIGHTS = [
    (at(2025, 9, 3), eod(2025, 10, 3), "ICO example 3 Sep -> 3 Oct"),
    (at(2026, 1, 31), eod(2026, 3, 2), "no 31 Feb -> 28 Feb, a Saturday -> Mon 2 Mar"),
    (at(2026, 1, 30), eod(2026, 3, 2), "30 Jan: same roll-forward"),
    (at(2026, 3, 31), eod(2026, 4, 30), "no 31 Apr"),
    (at(2026, 8, 31), eod(2026, 9, 30), "no 31 Sep"),
    (at(2026, 3, 3), eod(2026, 4, 7), "Good Friday, weekend, Easter Monday"),
    (at(2026, 11, 26), eod(2026, 12, 29), "26 Dec Sat, 27 Sun, 28 Boxing Day substitute"),
    (at(2028, 1, 31), eod(2028, 2, 29), "leap year: 29 Feb 2028 is a Tuesday"),
    (at(2026, 8, 1, 23, 30), eod(2026, 9, 1), "day of receipt is day one (1 Aug -> 1 Sep), late evening BST"),
]


@pytest.mark.parametrize(("received", "due", "why"), RIGHTS, ids=[v[2] for v in RIGHTS])
def test_rights_respond_by(received: datetime, due: datetime, why: str) -> None:
    for profile in (CONEXUS, PEXA):
        assert compute_deadlines(profile, "rights_request", received)["respond_by"] == due, why


def test_rights_respond_by_scotland_has_no_easter_monday() -> None:
    got = compute_deadlines(PEXA, "rights_request", at(2026, 3, 3), PEXA.calendar("SCT"))["respond_by"]
    assert got == eod(2026, 4, 6)


def test_extended_respond_by_three_months_from_start() -> None:
    # R23 example: 25 Jul 2026 -> 25 Oct 2026 (Sunday) -> Mon 26 Oct 2026.
    assert compute_deadlines(PEXA, "rights_request", at(2026, 7, 25))["extended_respond_by"] == eod(2026, 10, 26)


def test_identity_verification_restarts_the_clock() -> None:
    got = restart_on_identity_verification(PEXA, at(2026, 6, 1), at(2026, 6, 10, 15))
    assert got["respond_by"] == eod(2026, 7, 10)
    assert got["extended_respond_by"] == eod(2026, 9, 10)


def test_identity_before_receipt_does_not_move_the_clock_back() -> None:
    got = rights_deadlines(PEXA, at(2026, 6, 10), identity_verified_at=at(2026, 6, 1))
    assert got["respond_by"] == eod(2026, 7, 10)


def test_clarification_pause_adds_the_days_before_rolling() -> None:
    # 3 Sep 2025 -> 3 Oct 2025; paused 10 -> 15 Sep (5 days) -> Wed 8 Oct 2025.
    got = pause_for_clarification(PEXA, at(2025, 9, 3), at(2025, 9, 10), at(2025, 9, 15))
    assert got["respond_by"] == eod(2025, 10, 8)
    # 31 Jan 2026 base date 28 Feb (Sat); paused 2 days -> Mon 2 Mar (the roll happens after the pause).
    got = pause_for_clarification(PEXA, at(2026, 1, 31), at(2026, 2, 2), at(2026, 2, 4))
    assert got["respond_by"] == eod(2026, 3, 2)
    # Two pauses add up.
    got = rights_deadlines(PEXA, at(2025, 9, 3), clarification_pauses=[(at(2025, 9, 4), at(2025, 9, 6)), (at(2025, 9, 10), at(2025, 9, 11))])
    assert got["respond_by"] == eod(2025, 10, 6)


# --- DPA s.164A (R28), breach (R29), 8 weeks (R13), hours and DST --------------------------------------
def test_data_protection_complaint_acknowledge_by() -> None:
    # R28 example: Fri 19 Jun 2026 -> 19 Jul is a Sunday -> Mon 20 Jul 2026.
    for profile in (CONEXUS, PEXA):
        assert compute_deadlines(profile, "data_protection_complaint", at(2026, 6, 19))["acknowledge_by"] == eod(2026, 7, 20)


def test_breach_72_elapsed_hours() -> None:
    # R29 example: aware Thu 2 Apr 2026 16:00 -> Sun 5 Apr 2026 16:00 (weekend and Easter included).
    for profile in (CONEXUS, PEXA):
        assert compute_deadlines(profile, "breach", at(2026, 4, 2, 16))["notify_regulator_by"] == at(2026, 4, 5, 16)


def test_breach_hours_are_elapsed_across_dst() -> None:
    # Clocks go forward 29 Mar 2026 01:00 GMT: 72 real hours from Sat 28 Mar 12:00 GMT is Tue 31 Mar 13:00 BST.
    got = compute_deadlines(PEXA, "breach", at(2026, 3, 28, 12))["notify_regulator_by"]
    assert got.isoformat() == "2026-03-31T13:00:00+01:00"
    # Clocks go back 25 Oct 2026 02:00 BST: 24 real hours from Sat 24 Oct 10:00 BST is Sun 25 Oct 09:00 GMT.
    got = compute_deadlines(CONEXUS, "complaint", at(2026, 10, 24, 10))["acknowledge_by"]
    assert got.isoformat() == "2026-10-25T09:00:00+00:00"


def test_utc_input_is_converted_to_london() -> None:
    received = datetime(2026, 6, 30, 23, 30, tzinfo=__import__("datetime").timezone.utc)  # 00:30 BST on 1 Jul
    got = compute_deadlines(PEXA, "rights_request", received)["respond_by"]
    assert got == eod(2026, 8, 3)  # 1 Aug 2026 is a Saturday -> Mon 3 Aug


def test_eight_weeks_no_roll_forward() -> None:
    # R13 examples: Mon 5 Jan 2026 -> end of Mon 2 Mar; Sat 10 Jan -> Sat 7 Mar.
    assert compute_deadlines(PEXA, "complaint", at(2026, 1, 5))["final_response_by"] == eod(2026, 3, 2)
    assert compute_deadlines(CONEXUS, "complaint", at(2026, 1, 10))["final_response_by"] == eod(2026, 3, 7)
    # Across the DST change: offset of the due day, not of the receipt day.
    assert compute_deadlines(PEXA, "complaint", at(2026, 3, 5))["final_response_by"].isoformat() == "2026-04-30T23:59:59+01:00"


def test_pexa_complaint_steps() -> None:
    got = compute_deadlines(PEXA, "complaint", at(2026, 1, 5))
    assert got == {
        "summary_resolution_by": cob(2026, 1, 8),
        "escalate_team_leader_by": cob(2026, 1, 8),
        "acknowledge_by": cob(2026, 1, 12),
        "holding_letter_by": eod(2026, 2, 2),
        "final_response_by": eod(2026, 3, 2),
        "forward_by": cob(2026, 1, 8),
    }


def test_conexus_complaint_steps() -> None:
    got = compute_deadlines(CONEXUS, "complaint", at(2026, 1, 9, 16))
    assert got == {
        "acknowledge_by": at(2026, 1, 10, 16),
        "resolve_next_day_by": cob(2026, 1, 12),
        "summary_resolution_by": cob(2026, 1, 14),
        "acknowledgement_letter_by": cob(2026, 1, 16),
        "final_response_by": eod(2026, 3, 6),
    }


# --- FOS expiry from the letter date (R15) ----------------------------------------------------------
@pytest.mark.parametrize(
    ("letter", "expires"),
    [(date(2026, 2, 16), eod(2026, 8, 16)), (date(2026, 8, 31), eod(2027, 2, 28)), (date(2027, 8, 31), eod(2028, 2, 29))],
)
def test_fos_referral_expiry(letter: date, expires: datetime) -> None:
    assert fos_referral_expiry(letter) == expires
    assert letter_deadlines(PEXA, "final_response", datetime.combine(letter, time(11), LONDON))["fos_referral_expires"] == expires


def test_letter_deadlines_per_profile() -> None:
    sent = at(2026, 2, 16, 11)
    assert set(letter_deadlines(CONEXUS, "final_response", sent)) == {"fos_referral_expires", "dissatisfaction_window_ends"}
    assert letter_deadlines(CONEXUS, "final_response", sent)["dissatisfaction_window_ends"] == eod(2026, 4, 13)
    assert set(letter_deadlines(PEXA, "deadlock", sent)) == {"fos_referral_expires"}
    assert letter_deadlines(PEXA, "holding", sent) == {}


# --- Calendar configuration --------------------------------------------------------------------------
@pytest.mark.parametrize("region", ["", "UK", "GB", None, "XYZ"])
def test_uk_wide_or_unknown_region_is_refused(region: str | None) -> None:
    with pytest.raises(ConfigError):
        normalise_region(region)
    with pytest.raises(ConfigError):
        make_calendar(region=region or "")


def test_region_aliases() -> None:
    assert normalise_region("scotland") == "SCT"
    assert normalise_region("Northern Ireland") == "NIR"


def test_override_list_adds_and_removes_bank_holidays() -> None:
    extra = make_calendar("ENG", extra_holidays=["2026-01-07"])
    assert step_due("business_days", 3, at(2026, 1, 5), extra) == cob(2026, 1, 9)
    removed = make_calendar("ENG", removed_holidays=["2026-04-06"])
    assert step_due("business_days", 3, at(2026, 4, 2), removed) == cob(2026, 4, 8)


def test_configurable_close_of_business() -> None:
    cal = make_calendar("ENG", close_of_business="17:30")
    assert step_due("business_days", 3, at(2026, 1, 5), cal) == datetime(2026, 1, 8, 17, 30, tzinfo=LONDON)


def test_after_close_option_is_off_by_default_and_conservative_when_on() -> None:
    assert step_due("business_days", 3, at(2026, 1, 5, 18), make_calendar("ENG")) == cob(2026, 1, 8)
    assert step_due("business_days", 3, at(2026, 1, 5, 18), make_calendar("ENG", after_close_is_next_day=True)) == cob(2026, 1, 9)


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValueError):
        compute_deadlines(PEXA, "complaint", datetime(2026, 1, 5, 10))


def test_unknown_kind_is_an_error() -> None:
    with pytest.raises(ConfigError):
        compute_deadlines(PEXA, "enquiry", at(2026, 1, 5))


def test_calendar_basics() -> None:
    cal = BusinessCalendar("ENG")
    assert not cal.is_business_day(date(2026, 12, 25))
    assert not cal.is_business_day(date(2026, 12, 28))
    assert cal.holiday_name(date(2026, 4, 3)) == "Good Friday"
    assert cal.business_days_between(date(2026, 4, 2), date(2026, 4, 9)) == 3
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)


def test_plan_steps_carries_the_step_metadata() -> None:
    from triage.deadlines import plan_steps

    plan = {p.name: p for p in plan_steps(PEXA, "complaint", at(2026, 1, 5))}
    assert plan["forward_by"].letters == ("forward_to_firm", "forward_notice")
    assert plan["forward_by"].applies_when == "if_forwarded"
    assert plan["escalate_team_leader_by"].letter_kind is None
    assert plan["escalate_team_leader_by"].escalate_to.startswith("Team Leader")
    assert plan["acknowledge_by"].event == "complaint.acknowledged"
    assert plan["final_response_by"].due_at == eod(2026, 3, 2)
