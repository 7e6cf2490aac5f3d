"""Profiles: loading by name or path, validation, step metadata, and the Part C configuration warnings."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from triage.deadlines import REQUIRED_STEPS
from triage.errors import ConfigError
from triage.policy import LETTER_KINDS, POLICY_DIR, available_profiles, load_profile


def codes(profile) -> dict[str, str]:
    return {w.code: w.rule for w in profile.warnings}


def test_shipped_profiles() -> None:
    assert {"conexus", "pexa"} <= set(available_profiles())


@pytest.mark.parametrize("name", ["conexus", "pexa"])
def test_every_step_is_configured(name: str) -> None:
    profile = load_profile(name)
    for kind, required in REQUIRED_STEPS.items():
        names = [s.name for s in profile.steps_for(kind)]
        assert set(required) <= set(names)
        for step in profile.steps_for(kind):
            assert step.event, f"{kind}.{step.name} has no register event"
            assert step.source, f"{kind}.{step.name} does not say where it comes from"
            assert all(letter in LETTER_KINDS for letter in step.letters)
    assert profile.region in {"ENG", "SCT", "NIR", "WLS"}


def test_conexus_steps_keep_the_seed_promises() -> None:
    p = load_profile("conexus")
    assert p.step("complaint", "acknowledge_by").clock == "hours" and p.step("complaint", "acknowledge_by").amount == 24
    assert p.step("complaint", "acknowledge_by").letter == "acknowledgement"
    assert p.step("complaint", "resolve_next_day_by").amount == 1
    assert p.step("complaint", "acknowledgement_letter_by").letter == "acknowledgement_letter"
    assert p.step("complaint", "final_response_by").letter == "eight_week"
    assert [s.name for s in p.after_letter] == ["fos_referral_expires", "dissatisfaction_window_ends"]
    assert p.firm.retention_years == 3
    assert p.firm.complaints_email == "complaints@conexus-services.com"


def test_pexa_steps_keep_the_seed_promises() -> None:
    p = load_profile("pexa")
    assert [s.name for s in p.steps_for("complaint")] == [
        "summary_resolution_by", "escalate_team_leader_by", "acknowledge_by", "holding_letter_by", "final_response_by", "forward_by",
    ]
    assert p.step("complaint", "acknowledge_by").letter == "acknowledgement_letter"
    assert p.step("complaint", "acknowledge_by").applies_when == "unless_resolved"
    assert p.step("complaint", "escalate_team_leader_by").escalate_to.startswith("Team Leader")
    assert p.step("complaint", "holding_letter_by").letter == "holding"
    assert p.step("complaint", "final_response_by").escalate_to == "UK Executive Committee member"
    assert p.step("complaint", "forward_by").letters == ("forward_to_firm", "forward_notice")
    assert p.firm.retention_years == 6
    assert p.firm.legal_name == "Digital Completion UK Limited"


def test_conexus_warnings_name_the_rules() -> None:
    got = codes(load_profile("conexus"))
    assert got["EARLY_RESOLUTION_THRESHOLD"] == "R8"       # Part C(a)2: next business day
    assert got["ACK_LETTER_REDUNDANT"] == "R6"             # Part C(a)2: 5 working days
    assert got["RESOLVE_WITHIN_8_WEEKS"] == "R13"          # Part C(a)3
    assert got["DISSATISFACTION_WINDOW"] == "R15"          # Part C(a)4
    assert got["OTHER_BODY_TIME_LIMIT"] == "R32"           # Part C(a)5: ICO/CSA 6 months
    assert got["FCA_RETURN_FREQUENCY"] == "R19"            # Part C(a)7
    assert "ACK_NOT_PROMPT" not in got                     # 24 hours is prompt (Part C(a)1)
    bodies = [w.message for w in load_profile("conexus").warnings if w.code == "OTHER_BODY_TIME_LIMIT"]
    assert any("ICO" in m for m in bodies) and any("CSA" in m for m in bodies)
    assert not any("FOS" in m.split("limit for complaints to the ")[1][:4] for m in bodies)


def test_pexa_warnings_name_the_rules() -> None:
    got = codes(load_profile("pexa"))
    assert got["ACK_NOT_PROMPT"] == "R6"                   # Part C(b)2: 5 business days
    assert got["EIGHT_WEEK_UPDATE"] == "R13"               # Part C(b)5
    assert got["HOLDING_4_WEEKS"] == "R14"                 # Part C(b)4
    assert got["FORWARD_NOTICE_WORDING"] == "R17"          # Part C(b)7
    assert got["RETENTION_JUSTIFY"] == "R18"               # Part C(b)8
    assert got["BREACH_PROCESSOR"] == "R29"                # Part C(b)9
    assert got["DISP_SCOPE"] == "R1"                       # Part C(b) applicability caveat
    assert "EARLY_RESOLUTION_THRESHOLD" not in got         # 3rd business day matches DISP 1.5


def test_warnings_render_for_logging() -> None:
    warning = next(w for w in load_profile("pexa").warnings if w.code == "ACK_NOT_PROMPT")
    assert str(warning).startswith("ACK_NOT_PROMPT [R6] (step acknowledge_by): ")


def _copy(tmp_path: Path, name: str = "pexa") -> Path:
    path = tmp_path / "ourfirm.toml"
    shutil.copy(POLICY_DIR / f"{name}.toml", path)
    return path


def test_a_firm_copy_loads_by_path(tmp_path: Path) -> None:
    path = _copy(tmp_path)
    text = path.read_text().replace('name = "pexa"', 'name = "ourfirm"').replace('region = "ENG"', 'region = "SCT"')
    text = text.replace("retention_years = 6", "retention_years = 3")
    path.write_text(text)
    profile = load_profile(str(path))
    assert profile.name == "ourfirm" and profile.region == "SCT"
    assert "RETENTION_JUSTIFY" not in codes(profile)


def test_fixing_the_seed_removes_the_warning(tmp_path: Path) -> None:
    path = _copy(tmp_path, "conexus")
    text = path.read_text().replace("dissatisfaction_window_weeks = 8", "").replace(", ico = 6, csa = 6", "")
    path.write_text(text)
    got = codes(load_profile(path))
    assert "DISSATISFACTION_WINDOW" not in got and "OTHER_BODY_TIME_LIMIT" not in got


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('region = "ENG"', 'region = "UK"', "region"),
        ('region = "ENG"', "", "calendar.region"),
        ('letter = "holding"', 'letter = "postcard"', "unknown letter"),
        ('clock = "weeks"', 'clock = "fortnights"', "clock"),
        ('name = "acknowledge_by"\nclock = "business_days"', 'name = "ack"\nclock = "business_days"', "acknowledge_by"),
        ('close_of_business = "17:00"', 'close_of_business = "5pm"', "close_of_business"),
        ("extra_holidays = []", 'extra_holidays = ["next tuesday"]', "extra_holidays"),
        ("retention_years = 6", "retention_yeers = 6", "unknown keys retention_yeers"),
        ('template_set = "pexa"', 'template_sett = "pexa"', "letters: unknown keys"),
        ('breach_role = "both"', 'breach_rol = "both"', "seed_promises: unknown keys"),
    ],
)
def test_invalid_profiles_are_config_errors(tmp_path: Path, old: str, new: str, message: str) -> None:
    path = _copy(tmp_path)
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))
    with pytest.raises(ConfigError, match=message):
        load_profile(path)


def test_unknown_profile_name() -> None:
    with pytest.raises(ConfigError, match="unknown policy profile"):
        load_profile("nosuchfirm")
    with pytest.raises(ConfigError, match="does not exist"):
        load_profile("/nonexistent/firm.toml")
