"""Policy profiles: a firm's complaints procedure as data (TOML), loaded, validated and checked against the rules.

`load_profile("pexa")` reads `triage/policies/pexa.toml`; `load_profile("/etc/firm/ours.toml")` reads a
firm's edited copy. The profile keeps each seed's promises as configured steps (clock, letter,
escalation, register event). Where a promise is weaker than, or out of date against, the rules in
`research/regulations.md` (Part C), `Profile.warnings` names the rule; the caller logs them at
start-up. Letters never repeat the out-of-date promise as if it were the rule.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from triage.calendar import BusinessCalendar, make_calendar, normalise_region
from triage.deadlines import CLOCKS, KINDS, REQUIRED_STEPS
from triage.errors import ConfigError

POLICY_DIR = Path(__file__).resolve().parent / "policies"

LETTER_KINDS = (
    "acknowledgement",
    "summary_resolution",
    "acknowledgement_letter",
    "holding",
    "eight_week",
    "final_response",
    "deadlock",
    "rights_acknowledgement",
    "forward_to_firm",
    "forward_notice",
    "breach_alert",
)
APPLIES_WHEN = ("always", "if_resolved", "unless_resolved", "if_forwarded", "unless_final", "if_extended")
# Letters after which the FOS six-month referral clock runs (DISP 2.8.2R: final response or SRC).
FOS_CLOCK_LETTERS = ("final_response", "deadlock", "summary_resolution", "forward_notice")


@dataclass(frozen=True)
class ConfigWarning:
    """A difference between the profile and the rules; `rule` is the regulations.md rule number (R1-R38)."""

    code: str
    rule: str
    message: str
    severity: str = "warning"  # "warning" or "info"
    step: str | None = None

    def __str__(self) -> str:
        where = f" (step {self.step})" if self.step else ""
        return f"{self.code} [{self.rule}]{where}: {self.message}"


@dataclass(frozen=True)
class Step:
    """One configured step: when it falls due, what it sends, who it escalates to, what the register records."""

    name: str
    clock: str
    amount: int
    letters: tuple[str, ...] = ()
    escalate_to: str = ""
    event: str = ""
    purpose: str = ""
    applies_when: str = "always"
    description: str = ""
    source: str = ""
    after_letters: tuple[str, ...] = ()

    @property
    def letter(self) -> str | None:
        """The main letter this step sends (None for internal-only steps)."""
        return self.letters[0] if self.letters else None


@dataclass(frozen=True)
class Body:
    """An external body the complainant may go to (FOS, ICO, CSA...)."""

    name: str
    handles: str = ""
    contact: str = ""
    notes: str = ""


@dataclass(frozen=True)
class FirmIdentity:
    """Who the letters come from. All of it is profile configuration, none of it code."""

    name: str
    legal_name: str = ""
    address: tuple[str, ...] = ()
    department: str = ""
    contact_role: str = ""
    complaints_email: str = ""
    complaints_phone: str = ""
    website: str = ""
    complaints_procedure_url: str = ""
    complaints_procedure_summary: str = ""
    regulator_references: tuple[tuple[str, str], ...] = ()
    fca_firm_reference: str = ""
    reports_fca_complaints_return: bool = False
    fca_return_frequency: str = "unknown"
    letters_need_approval: bool = True
    retention_years: int = 3
    signatory: str = ""
    company_details: str = ""
    other_bodies: tuple[Body, ...] = ()


@dataclass(frozen=True)
class LetterSettings:
    """Where the templates are and the fixed references they print."""

    template_set: str = ""
    template_dirs: tuple[str, ...] = ()
    fos_website: str = "https://www.financial-ombudsman.org.uk"
    fos_leaflet_title: str = "your complaint and the ombudsman"
    fos_phone: str = ""  # e.g. set in the profile after checking the FOS website
    ico_website: str = "https://ico.org.uk/make-a-complaint/"
    eight_week_statement: bool = True


# What an acknowledgement may ask the complainant for (classifiers.details.CaseDetails.missing keys).
DETAIL_KEYS = ("name", "address", "phone", "account_reference", "details", "remedy", "documents")
DETAILS_STORAGE = ("plain", "minimised", "encrypted")


@dataclass(frozen=True)
class IntakeSettings:
    """`[intake]`: what the firm asks a complainant for, how to find its references, how details are kept."""

    required_details: tuple[str, ...] = ("name", "details")
    reference_patterns: tuple[str, ...] = ()  # regexes of the firm's account / matter reference formats
    details_storage: str = "plain"  # plain | minimised | encrypted (docs/intake-register.md)
    vulnerability_priority: int = 10  # added to the case priority when vulnerability indicators are found


@dataclass(frozen=True)
class RedressSettings:
    """`[redress]` (PEXA s.6): who may offer how much without approval, and the acceptance form.

    `approval_limits` maps a review-app role to the most (GBP) it may offer on its own; an offer above
    the actor's limit waits for a user whose limit covers it. Roles in `unlimited_roles` have no limit.
    """

    approval_limits: Mapping[str, float] = field(default_factory=lambda: {"handler": 250.0, "team_leader": 1000.0})
    unlimited_roles: tuple[str, ...] = ("admin",)
    acceptance_form: bool = False

    def limit_for(self, role: str | None) -> float | None:
        """The most `role` may approve (None: no limit; 0: may not approve any redress)."""
        if role in self.unlimited_roles:
            return None
        return float(self.approval_limits.get(role or "", 0.0))


def _redress(raw: Mapping[str, Any]) -> RedressSettings:
    """Parse `[redress]`; a bad key or limit is a ConfigError naming it."""
    _unknown(raw, {"approval_limits", "unlimited_roles", "acceptance_form"}, "redress")
    default = RedressSettings()
    limits_raw = raw.get("approval_limits", dict(default.approval_limits))
    if not isinstance(limits_raw, Mapping):
        raise ConfigError("redress.approval_limits must be a table of role = amount")
    limits: dict[str, float] = {}
    for role, amount in limits_raw.items():
        if isinstance(amount, bool) or not isinstance(amount, (int, float)) or amount < 0:
            raise ConfigError(f"redress.approval_limits.{role} must be an amount, 0 or more")
        limits[str(role)] = float(amount)
    acceptance = raw.get("acceptance_form", default.acceptance_form)
    if not isinstance(acceptance, bool):
        raise ConfigError("redress.acceptance_form must be true or false")
    return RedressSettings(
        approval_limits=limits,
        unlimited_roles=_str_tuple(raw.get("unlimited_roles", list(default.unlimited_roles)), "redress.unlimited_roles"),
        acceptance_form=acceptance,
    )


@dataclass(frozen=True)
class Profile:
    """A loaded, validated policy profile."""

    name: str
    description: str
    path: Path
    firm: FirmIdentity
    calendar_settings: Mapping[str, Any]
    steps: Mapping[str, tuple[Step, ...]]
    after_letter: tuple[Step, ...]
    letters: LetterSettings
    seed_promises: Mapping[str, Any]
    warnings: tuple[ConfigWarning, ...] = ()
    intake: IntakeSettings = IntakeSettings()
    redress: RedressSettings = RedressSettings()

    def steps_for(self, kind: str) -> tuple[Step, ...]:
        """Steps of one case kind; unknown kinds are an error, not an empty schedule."""
        if kind not in self.steps:
            raise ConfigError(f"profile {self.name!r} has no steps for kind {kind!r} (known: {', '.join(self.steps)})")
        return self.steps[kind]

    def step(self, kind: str, name: str) -> Step:
        for step in self.steps_for(kind):
            if step.name == name:
                return step
        raise KeyError(f"{self.name}: no step {name!r} for {kind}")

    def calendar(self, region: str | None = None) -> BusinessCalendar:
        """The business-day calendar of the profile (optionally for another region); cached."""
        settings = dict(self.calendar_settings)
        if region:
            settings["region"] = normalise_region(region)
        return _cached_calendar(tuple(sorted(settings.items())))

    @property
    def region(self) -> str:
        return str(self.calendar_settings["region"])


@lru_cache(maxsize=64)
def _cached_calendar(settings: tuple[tuple[str, Any], ...]) -> BusinessCalendar:
    return make_calendar(**dict(settings))


# --------------------------------------------------------------------------------------------
# Loading
# --------------------------------------------------------------------------------------------


def available_profiles() -> list[str]:
    """Names of the profiles shipped in `triage/policies/`."""
    return sorted(p.stem for p in POLICY_DIR.glob("*.toml"))


def resolve_profile_path(name_or_path: str | Path) -> Path:
    """A shipped profile name (`pexa`) or a path to a firm's own TOML file."""
    text = str(name_or_path)
    candidate = Path(text).expanduser()
    if text.endswith(".toml") or "/" in text or "\\" in text:
        if not candidate.is_file():
            raise ConfigError(f"policy profile file {text!r} does not exist")
        return candidate.resolve()
    shipped = POLICY_DIR / f"{text}.toml"
    if not shipped.is_file():
        raise ConfigError(f"unknown policy profile {text!r}; shipped profiles: {', '.join(available_profiles())}")
    return shipped


def load_profile(name_or_path: str | Path) -> Profile:
    """Load, validate and check a profile. Configuration warnings are in `profile.warnings`.

    Raises `ConfigError` (naming the key) when the profile cannot be used at all.
    """
    path = resolve_profile_path(name_or_path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
    profile = _build(data, path)
    return replace(profile, warnings=tuple(check_profile(profile)))


def _req(table: Mapping[str, Any], key: str, where: str, kind: type | tuple[type, ...] = str) -> Any:
    if key not in table:
        raise ConfigError(f"{where}.{key} is required")
    value = table[key]
    if not isinstance(value, kind):
        raise ConfigError(f"{where}.{key} has the wrong type ({type(value).__name__})")
    return value


def _str_tuple(value: Any, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,) if value else ()
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise ConfigError(f"{where} must be a string or a list of strings")


def _step(raw: Mapping[str, Any], where: str) -> Step:
    name = _req(raw, "name", where)
    where = f"{where}[{name}]"
    clock = _req(raw, "clock", where)
    if clock not in CLOCKS:
        raise ConfigError(f"{where}.clock {clock!r} is not one of {', '.join(CLOCKS)}")
    amount = _req(raw, "amount", where, int)
    if amount < 0:
        raise ConfigError(f"{where}.amount must not be negative")
    letters = _str_tuple(raw.get("letters", raw.get("letter", [])), f"{where}.letters")
    for letter in letters:
        if letter not in LETTER_KINDS:
            raise ConfigError(f"{where}: unknown letter {letter!r} (known: {', '.join(LETTER_KINDS)})")
    applies = raw.get("applies_when", "always")
    if applies not in APPLIES_WHEN:
        raise ConfigError(f"{where}.applies_when {applies!r} is not one of {', '.join(APPLIES_WHEN)}")
    after = _str_tuple(raw.get("after_letters", []), f"{where}.after_letters")
    known = set(raw) - {
        "name", "clock", "amount", "letter", "letters", "escalate_to", "event", "purpose",
        "applies_when", "description", "source", "after_letters",
    }
    if known:
        raise ConfigError(f"{where}: unknown keys {', '.join(sorted(known))}")
    return Step(
        name=name,
        clock=clock,
        amount=amount,
        letters=letters,
        escalate_to=str(raw.get("escalate_to", "")),
        event=str(raw.get("event", "")),
        purpose=str(raw.get("purpose", "")),
        applies_when=applies,
        description=str(raw.get("description", "")).strip(),
        source=str(raw.get("source", "")).strip(),
        after_letters=after,
    )


def _firm(raw: Mapping[str, Any]) -> FirmIdentity:
    name = _req(raw, "name", "firm")
    refs = tuple((str(r.get("body", "")), str(r.get("reference", ""))) for r in raw.get("regulator_references", []))
    bodies = tuple(
        Body(name=str(b["name"]), handles=str(b.get("handles", "")), contact=str(b.get("contact", "")), notes=str(b.get("notes", "")).strip())
        for b in raw.get("other_bodies", [])
    )
    retention = raw.get("retention_years", 3)
    if not isinstance(retention, int) or retention < 0:
        raise ConfigError("firm.retention_years must be a whole number of years")
    return FirmIdentity(
        name=name,
        legal_name=str(raw.get("legal_name", "")),
        address=_str_tuple(raw.get("address", []), "firm.address"),
        department=str(raw.get("department", "")),
        contact_role=str(raw.get("contact_role", "")),
        complaints_email=str(raw.get("complaints_email", "")),
        complaints_phone=str(raw.get("complaints_phone", "")),
        website=str(raw.get("website", "")),
        complaints_procedure_url=str(raw.get("complaints_procedure_url", "")),
        complaints_procedure_summary=str(raw.get("complaints_procedure_summary", "")).strip(),
        regulator_references=refs,
        fca_firm_reference=str(raw.get("fca_firm_reference", "")),
        reports_fca_complaints_return=bool(raw.get("reports_fca_complaints_return", False)),
        fca_return_frequency=str(raw.get("fca_return_frequency", "unknown")),
        letters_need_approval=bool(raw.get("letters_need_approval", True)),
        retention_years=retention,
        signatory=str(raw.get("signatory", "")),
        company_details=str(raw.get("company_details", "")).strip(),
        other_bodies=bodies,
    )


TOP_LEVEL_KEYS = {"name", "description", "firm", "calendar", "letters", "seed_promises", "steps", "after_letter", "intake", "redress"}
CALENDAR_KEYS = {"region", "close_of_business", "extra_holidays", "removed_holidays", "after_close_is_next_day"}
SEED_PROMISE_KEYS = {
    "resolve_within_weeks", "dissatisfaction_window_weeks", "other_bodies_time_limit_months",
    "eight_week_letter", "forward_notice_fos_wording", "breach_role",
}


def _unknown(table: Mapping[str, Any], known: set[str] | frozenset[str], where: str) -> None:
    extra = set(table) - set(known)
    if extra:
        raise ConfigError(f"{where}: unknown keys {', '.join(sorted(extra))} (known: {', '.join(sorted(known))})")


def _intake(raw: Mapping[str, Any]) -> IntakeSettings:
    """Parse `[intake]`; a bad key, detail name, storage mode or regex is a ConfigError naming it."""
    _unknown(raw, set(IntakeSettings.__dataclass_fields__), "intake")
    default = IntakeSettings()
    required = _str_tuple(raw.get("required_details", list(default.required_details)), "intake.required_details")
    unknown = [k for k in required if k not in DETAIL_KEYS]
    if unknown:
        raise ConfigError(f"intake.required_details: unknown {', '.join(unknown)} (known: {', '.join(DETAIL_KEYS)})")
    patterns = _str_tuple(raw.get("reference_patterns", []), "intake.reference_patterns")
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ConfigError(f"intake.reference_patterns: {pattern!r} is not a valid regular expression: {exc}") from exc
    storage = raw.get("details_storage", default.details_storage)
    if storage not in DETAILS_STORAGE:
        raise ConfigError(f"intake.details_storage {storage!r} is not one of {', '.join(DETAILS_STORAGE)}")
    priority = raw.get("vulnerability_priority", default.vulnerability_priority)
    if not isinstance(priority, int) or isinstance(priority, bool) or priority < 0:
        raise ConfigError("intake.vulnerability_priority must be a whole number, 0 or more")
    return IntakeSettings(
        required_details=tuple(dict.fromkeys(required)), reference_patterns=patterns, details_storage=storage, vulnerability_priority=priority
    )


def _build(data: Mapping[str, Any], path: Path) -> Profile:
    _unknown(data, TOP_LEVEL_KEYS, "profile")
    _unknown(data.get("firm", {}), set(FirmIdentity.__dataclass_fields__), "firm")
    _unknown(data.get("calendar", {}), CALENDAR_KEYS, "calendar")
    _unknown(data.get("letters", {}), set(LetterSettings.__dataclass_fields__), "letters")
    _unknown(data.get("seed_promises", {}), SEED_PROMISE_KEYS, "seed_promises")
    name = str(data.get("name") or path.stem)
    cal_raw = dict(data.get("calendar", {}))
    if "region" not in cal_raw:
        raise ConfigError("calendar.region is required (ENG, SCT, NIR or WLS)")
    cal = {
        "region": normalise_region(cal_raw["region"]),
        "close_of_business": str(cal_raw.get("close_of_business", "17:00")),
        "extra_holidays": tuple(str(d) for d in cal_raw.get("extra_holidays", [])),
        "removed_holidays": tuple(str(d) for d in cal_raw.get("removed_holidays", [])),
        "after_close_is_next_day": bool(cal_raw.get("after_close_is_next_day", False)),
    }
    make_calendar(**cal)  # validate now, not on first use
    steps_raw = data.get("steps", {})
    steps: dict[str, tuple[Step, ...]] = {}
    for kind, raw_steps in steps_raw.items():
        if kind not in KINDS:
            raise ConfigError(f"steps.{kind}: unknown case kind (known: {', '.join(KINDS)})")
        parsed = tuple(_step(raw, f"steps.{kind}") for raw in raw_steps)
        names = [s.name for s in parsed]
        if len(set(names)) != len(names):
            raise ConfigError(f"steps.{kind}: duplicate step names")
        steps[kind] = parsed
    for kind, required in REQUIRED_STEPS.items():
        have = {s.name for s in steps.get(kind, ())}
        missing = [n for n in required if n not in have]
        if missing:
            raise ConfigError(f"steps.{kind}: required steps missing: {', '.join(missing)}")
    after = tuple(_step(raw, "after_letter") for raw in data.get("after_letter", []))
    letters_raw = dict(data.get("letters", {}))
    letters = LetterSettings(
        template_set=str(letters_raw.pop("template_set", name)),
        template_dirs=_str_tuple(letters_raw.pop("template_dirs", []), "letters.template_dirs"),
        **letters_raw,
    )
    return Profile(
        name=name,
        description=str(data.get("description", "")).strip(),
        path=path,
        firm=_firm(_req(data, "firm", "profile", dict)),
        calendar_settings=cal,
        steps=steps,
        after_letter=after,
        letters=letters,
        seed_promises=dict(data.get("seed_promises", {})),
        intake=_intake(data.get("intake", {})),
        redress=_redress(data.get("redress", {})),
    )


# --------------------------------------------------------------------------------------------
# Checks against regulations.md (Part C differences)
# --------------------------------------------------------------------------------------------


def _steps_with(profile: Profile, kind: str, **match: Any) -> list[Step]:
    return [s for s in profile.steps.get(kind, ()) if all(getattr(s, k) == v for k, v in match.items())]


def check_profile(profile: Profile) -> list[ConfigWarning]:
    """Every difference between the profile and the rules, each naming its rule."""
    out: list[ConfigWarning] = []
    promises = profile.seed_promises
    firm = profile.firm

    # R6: the DISP 1.6.1R acknowledgement must be prompt.
    for step in _steps_with(profile, "complaint", name="acknowledge_by"):
        slow = (step.clock == "hours" and step.amount > 24) or (step.clock == "business_days" and step.amount > 1) or step.clock in ("weeks", "months", "ico_months", "days_rolled")
        if slow:
            out.append(ConfigWarning(
                "ACK_NOT_PROMPT", "R6",
                f"the complaint acknowledgement is due {step.amount} {step.clock.replace('_', ' ')} after receipt; "
                "DISP 1.6.1R requires a prompt written acknowledgement. The bot can acknowledge on the first "
                "processing run; consider sending the acknowledgement immediately.",
                step=step.name,
            ))
    prompt_ack = any(s.name == "acknowledge_by" and s.clock == "hours" and s.amount <= 24 for s in profile.steps.get("complaint", ()))
    for step in _steps_with(profile, "complaint", name="acknowledgement_letter_by"):
        if prompt_ack:
            out.append(ConfigWarning(
                "ACK_LETTER_REDUNDANT", "R6",
                f"the seed's acknowledgement letter within {step.amount} working days appears nowhere in current DISP; "
                "with the prompt acknowledgement it is redundant but harmless, and the prompt acknowledgement must "
                "not be withheld while early resolution is tried.",
                severity="info", step=step.name,
            ))

    # R8/R9: early resolution threshold is close of business on the 3rd business day, with an SRC.
    for step in _steps_with(profile, "complaint", purpose="early_resolution"):
        if not (step.clock == "business_days" and step.amount == 3):
            out.append(ConfigWarning(
                "EARLY_RESOLUTION_THRESHOLD", "R8",
                f"the seed's early-resolution target ({step.amount} {step.clock.replace('_', ' ')}) is the pre-2016 DISP 1.5 "
                "'next business day' threshold; the current threshold is close of business on the third business day "
                "after the day of receipt, and an early resolution needs a summary resolution communication (R9). "
                "The target is kept; summary_resolution_by carries the DISP 1.5 deadline.",
                step=step.name,
            ))
    src = [s for s in profile.steps.get("complaint", ()) if "summary_resolution" in s.letters]
    if not src:
        out.append(ConfigWarning("NO_SUMMARY_RESOLUTION", "R9", "no complaint step sends the summary_resolution letter (DISP 1.5.4R)."))
    for step in _steps_with(profile, "complaint", name="summary_resolution_by"):
        if not (step.clock == "business_days" and step.amount == 3):
            out.append(ConfigWarning("SUMMARY_RESOLUTION_CLOCK", "R8", "summary_resolution_by must be close of business on the 3rd business day after receipt.", step=step.name))

    # R13: by the end of 8 weeks, a final response or a holding response with FOS rights.
    for step in _steps_with(profile, "complaint", name="final_response_by"):
        late = not (step.clock == "weeks" and step.amount <= 8) and not (step.clock in ("business_days", "hours"))
        if late:
            out.append(ConfigWarning("FINAL_RESPONSE_LATE", "R13", "final_response_by is later than the end of 8 weeks after receipt (DISP 1.6.2R).", step=step.name))
        if not set(step.letters) & {"eight_week", "final_response"}:
            out.append(ConfigWarning("EIGHT_WEEK_LETTER", "R13", "final_response_by must send the eight_week (final-or-holding with FOS rights) or final_response letter.", step=step.name))
    if promises.get("resolve_within_weeks"):
        out.append(ConfigWarning(
            "RESOLVE_WITHIN_8_WEEKS", "R13",
            f"the seed says the firm will 'resolve within {promises['resolve_within_weeks']} weeks'; DISP 1.6.2R requires, by "
            "the end of 8 weeks, either a final response or a holding response saying the complainant may now refer "
            "to the FOS. Letters state the DISP commitment, not 'resolve within 8 weeks'.",
        ))
    if promises.get("eight_week_letter") == "update":
        out.append(ConfigWarning(
            "EIGHT_WEEK_UPDATE", "R13",
            "the seed's 8-week 'update on progress' is not enough: if no final response has been sent by the end of "
            "week 8, the DISP 1.6.2R(2) holding response (why, expected date, may now refer to the FOS, leaflet and "
            "website) is mandatory. The eight_week letter carries those elements.",
        ))

    # R14: the 4-week holding letter is good practice, not a rule.
    for step in profile.steps.get("complaint", ()):
        if "holding" in step.letters:
            out.append(ConfigWarning(
                "HOLDING_4_WEEKS", "R14",
                "the 4-week holding letter is not required by current DISP (the 4-week rule was removed); it is kept "
                "as good practice and to keep the complainant informed (DISP 1.6.1R(2)).",
                severity="info", step=step.name,
            ))

    # R15/R16: 8 weeks to express dissatisfaction is not a limit; the FOS limit is six months from the letter.
    weeks = promises.get("dissatisfaction_window_weeks")
    if weeks:
        out.append(ConfigWarning(
            "DISSATISFACTION_WINDOW", "R15",
            f"the seed gives the complainant '{weeks} weeks to express any dissatisfaction' after the final response; "
            "DISP sets no such limit. The complainant has six months from the date of the final response to refer to "
            "the FOS (DISP 2.8.2R, Annex 3R). The window is kept as an internal re-review period and letters say it "
            "does not shorten the FOS time limit (the two-stage rules, R16, were not verified).",
        ))
    fos_steps = [s for s in profile.after_letter if s.name == "fos_referral_expires"]
    if not fos_steps:
        out.append(ConfigWarning("NO_FOS_EXPIRY", "R15", "no after_letter step fos_referral_expires (six months from the final response or SRC)."))
    for step in fos_steps:
        if not (step.clock == "months" and step.amount == 6):
            out.append(ConfigWarning("FOS_EXPIRY_CLOCK", "R15", "fos_referral_expires must be six months from the date of the letter.", step=step.name))

    # R32: no 6-month limit for the ICO or the CSA.
    limits = promises.get("other_bodies_time_limit_months", {}) or {}
    for body, months in limits.items():
        if body.upper() != "FOS":
            out.append(ConfigWarning(
                "OTHER_BODY_TIME_LIMIT", "R32",
                f"the seed states a {months}-month limit for complaints to the {body.upper()}; the six-month limit is an FOS "
                "rule only (DISP 2.8.2R). No such limit was found for the ICO or the CSA, so letters state none for them.",
            ))

    # R17: forwarding notice wording.
    if promises.get("forward_notice_fos_wording"):
        out.append(ConfigWarning(
            "FORWARD_NOTICE_WORDING", "R17",
            f"the seed's forwarding notice says the complainant '{promises['forward_notice_fos_wording']}' refer to the FOS; "
            "the notice is a final response under DISP 1.7, so the forward_notice letter uses the FOS referral rights "
            "and the DISP 1 Annex 3R wording instead.",
        ))

    # R18: retention.
    if firm.retention_years < 3:
        out.append(ConfigWarning("RETENTION_TOO_SHORT", "R18", f"retention of {firm.retention_years} years is below the DISP 1.9.1R minimum of 3 years from receipt."))
    elif firm.retention_years > 3:
        out.append(ConfigWarning(
            "RETENTION_JUSTIFY", "R18",
            f"retention of {firm.retention_years} years exceeds the DISP 1.9.1R minimum of 3 years; permissible, but UK GDPR "
            "storage limitation needs a documented justification (e.g. the 6-year limitation period).",
            severity="info",
        ))

    # R19: reporting frequency.
    if firm.reports_fca_complaints_return and firm.fca_return_frequency not in ("annual", "half_yearly"):
        out.append(ConfigWarning(
            "FCA_RETURN_FREQUENCY", "R19",
            "the firm reports the FCA complaints return but firm.fca_return_frequency is not set to 'annual' or "
            "'half_yearly'; check the firm's permissions and revenue (DISP 1.10.1R).",
        ))

    # R1 / Part C(b): DISP applies to FCA respondents.
    if not firm.fca_firm_reference:
        out.append(ConfigWarning(
            "DISP_SCOPE", "R1",
            "firm.fca_firm_reference is empty: if the firm is not FCA-authorised, DISP applies only by contract or "
            "voluntary adoption, and business customers may not be eligible complainants (DISP 2.7, not researched). "
            "The DISP steps still run as configured.",
            severity="info",
        ))

    # R29: breach notification.
    role = promises.get("breach_role")
    for step in _steps_with(profile, "breach", name="notify_regulator_by"):
        if not (step.clock == "hours" and step.amount <= 72):
            out.append(ConfigWarning("BREACH_LATE", "R29", "notify_regulator_by must be at most 72 elapsed hours from awareness.", step=step.name))
        if role in ("processor", "both"):
            out.append(ConfigWarning(
                "BREACH_PROCESSOR", "R29",
                "the firm acts (also) as processor: as processor it must notify the controller without undue delay "
                "(Art 33(2)), not the ICO; the 72-hour ICO deadline is the controller's duty, 'where feasible' and only "
                "where the breach is likely to result in a risk; later notices need reasons for the delay.",
                step=step.name,
            ))

    # Firm identity needed by letters (R7: complaints procedure summary; contact details).
    missing = [k for k in ("address", "complaints_email", "complaints_phone", "website", "complaints_procedure_summary") if not getattr(firm, k)]
    if missing:
        out.append(ConfigWarning(
            "FIRM_IDENTITY_INCOMPLETE", "R7",
            f"firm identity fields not configured: {', '.join(missing)}; letters omit them. Fill them in before going live.",
        ))
    return out
