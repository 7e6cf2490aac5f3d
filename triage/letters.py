"""Letters: render a profile's Jinja2 templates (text and HTML alternatives) for one case.

Templates are looked up, first match wins, in: the `template_dirs` argument, the profile's
`letters.template_dirs` (relative to the profile file), `templates/letters/<template_set>/`, then
`templates/letters/common/`. Each letter kind has `<kind>.subject.txt`, `<kind>.txt` and `<kind>.html`.
Undefined variables are errors (`StrictUndefined`); HTML is autoescaped, text is not.

The subject is always `[<case reference>] <subject template>`, on one line: CR, LF and other control
characters from anything that came from an email (names, subjects) are replaced, so a sender cannot
inject headers.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined, select_autoescape

from triage.calendar import LONDON, as_london
from triage.errors import TriageError
from triage.policy import LETTER_KINDS, FirmIdentity

if TYPE_CHECKING:
    from triage.policy import Profile

TEMPLATE_ROOT = Path(__file__).resolve().parent / "templates" / "letters"
OUTCOMES = ("accept", "redress", "reject")

# DISP 1 Annex 3R (1), byte-exact from research/regulations.md Part B1 (enclosing quotation marks removed).
# Only variant (1) ("does not consent to waive the six-month time limit") is available in full; variant (2)
# is truncated in the copy consulted, so a firm needing it must supply it in its own template directory.
ANNEX_3R_NOT_WAIVED = (
    "You have the right to refer your complaint to the Financial Ombudsman Service, free of charge \u2013 "
    "but you must do so within six months of the date of this letter.\n"
    "\n"
    "If you do not refer your complaint in time, the Ombudsman will not have our permission to consider your "
    "complaint and so will only be able to do so in very limited circumstances. For example, if the Ombudsman "
    "believes that the delay was as a result of exceptional circumstances."
)

RIGHT_LABELS = {
    "access": "a copy of your personal data (right of access)",
    "rectification": "correction of your personal data (right to rectification)",
    "erasure": "deletion of your personal data (right to erasure)",
    "restriction": "restriction of the use of your personal data",
    "portability": "a portable copy of your personal data (right to data portability)",
    "objection": "an objection to our use of your personal data (right to object)",
    "automated_decision": "a review of an automated decision about you",
    "informed": "information about how we use your personal data",
}

# What an acknowledgement asks for, in plain words (keys of `[intake] required_details`). The
# order here is the order the letter lists them in.
DETAIL_LABELS = {
    "name": "your full name",
    "address": "your postal address",
    "phone": "a contact telephone number",
    "account_reference": "your account or reference number",
    "details": "full details of your concern or complaint: what happened and when",
    "remedy": "what you would like us to do to put things right",
    "documents": "copies of any documents you feel might be relevant, such as letters or statements",
}
# The same, to someone writing for the customer. Name, address and contact details are asked for
# in the authority paragraph, so they are not listed twice.
DETAIL_LABELS_THIRD_PARTY = {
    "account_reference": "their account or reference number",
    "details": "full details of the concern or complaint: what happened and when",
    "remedy": "what they would like us to do to put things right",
    "documents": "copies of any documents that might be relevant, such as letters or statements",
}

_CONTROL = re.compile(r"[\x00-\x1f\x7f\u0085\u2028\u2029]+")


def one_line(value: object) -> str:
    """Any value as a single line: control characters (CR, LF, tab, NUL...) become one space."""
    return " ".join(_CONTROL.sub(" ", str(value)).split())


@dataclass(frozen=True)
class ForwardedFirm:
    """The firm a complaint was forwarded to (DISP 1.7: the complainant gets its contact details)."""

    name: str
    department: str = ""
    email: str = ""
    phone: str = ""
    address: tuple[str, ...] = ()


@dataclass(frozen=True)
class LetterContext:
    """Everything a letter may print about one case. Values from an email are untrusted text."""

    reference: str
    received: datetime
    complainant_name: str = ""
    complainant_address: tuple[str, ...] = ()
    original_subject: str = ""
    deadlines: Mapping[str, datetime] = field(default_factory=dict)
    forwarded_firm: ForwardedFirm | None = None
    forward_reason: str = ""
    rights: tuple[str, ...] = ()
    personal_data: bool = False
    # Final responses (final_response, deadlock, forward_notice) and holding responses.
    outcome: str = ""  # accept | redress | reject
    outcome_summary: str = ""
    reasons: str = ""
    redress_offer: str = ""
    acceptance_form: bool = False
    delay_reason: str = ""
    expected_response_date: date | None = None
    letter_date: date | None = None  # defaults to the received date's day for samples; set it when sending
    breach_summary: str = ""
    firm: FirmIdentity | None = None  # defaults to the profile's firm identity
    # Intake (acknowledgements): the details still missing (DETAIL_LABELS keys), and a third party who
    # wrote without the customer's authority (the letter asks for it and discloses nothing).
    details_missing: tuple[str, ...] = ()
    authority_pending: bool = False
    authority_received: bool = False  # they say the authority is attached: we check it, still disclose nothing


@dataclass(frozen=True)
class RenderedLetter:
    subject: str
    text: str
    html: str


class LetterError(TriageError, ValueError):
    """A letter cannot be rendered from this context (unknown kind, missing outcome...)."""


# ------------------------------------------------------------------------------------------------
# Formatting helpers (also Jinja2 filters)
# ------------------------------------------------------------------------------------------------


def long_date(value: date | datetime) -> str:
    """'Thursday 8 January 2026' (Europe/London day for datetimes)."""
    day = as_london(value).date() if isinstance(value, datetime) else value
    return f"{day:%A} {day.day} {day:%B %Y}"


def long_datetime(value: datetime) -> str:
    """'5pm on Thursday 8 January 2026' / '11:59pm on ...' in Europe/London."""
    local = as_london(value)
    hour = local.hour % 12 or 12
    clock = f"{hour}{local:%p}".lower() if local.minute == 0 else f"{hour}:{local:%M}{local:%p}".lower()
    return f"{clock} on {long_date(local)}"


def _rights_labels(rights: Sequence[str]) -> list[str]:
    return [RIGHT_LABELS.get(r, one_line(r)) for r in rights]


def missing_labels(missing: Sequence[str], third_party: bool = False) -> list[str]:
    """The missing details in plain words, in the letter's order; unknown keys are left out."""
    wanted = set(missing)
    labels = DETAIL_LABELS_THIRD_PARTY if third_party else DETAIL_LABELS
    return [label for key, label in labels.items() if key in wanted]


@lru_cache(maxsize=32)
def environment(search_path: tuple[str, ...]) -> Environment:
    env = Environment(
        loader=ChoiceLoader([FileSystemLoader(p) for p in search_path]),
        undefined=StrictUndefined,
        autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=False, default=False),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["long_date"] = long_date
    env.filters["long_datetime"] = long_datetime
    env.filters["one_line"] = one_line
    return env


def template_search_path(profile: Profile, template_dirs: Sequence[str | Path] = ()) -> tuple[str, ...]:
    """Directories searched for templates, first match wins."""
    own = [Path(d) for d in template_dirs]
    configured = [(profile.path.parent / d) for d in profile.letters.template_dirs]
    builtin = [TEMPLATE_ROOT / profile.letters.template_set, TEMPLATE_ROOT / "common"]
    return tuple(str(p.resolve()) for p in own + configured + builtin if p.is_dir())


def build_variables(profile: Profile, kind: str, context: LetterContext) -> dict[str, Any]:
    """The variables a template sees."""
    firm = context.firm or profile.firm
    name = one_line(context.complainant_name)
    letter_date = context.letter_date or as_london(context.received).date()
    return {
        "kind": kind,
        "profile": profile,
        "firm": firm,
        "settings": profile.letters,
        "reference": one_line(context.reference),
        "complainant_name": name,
        "greeting": _greeting(kind, name, context),
        "complainant_address": [one_line(line) for line in context.complainant_address if one_line(line)],
        "recipient_address": _recipient_address(kind, name, context),
        "show_date": kind != "breach_alert",
        "original_subject": one_line(context.original_subject),
        "received": as_london(context.received),
        "deadlines": {k: as_london(v) for k, v in context.deadlines.items()},
        "forwarded_firm": context.forwarded_firm,
        "forward_reason": context.forward_reason,
        "rights": _rights_labels(context.rights),
        "personal_data": context.personal_data,
        "outcome": context.outcome,
        "outcome_summary": context.outcome_summary,
        "reasons": context.reasons,
        "redress_offer": context.redress_offer,
        "acceptance_form": context.acceptance_form,
        "delay_reason": context.delay_reason,
        "expected_response_date": context.expected_response_date,
        "letter_date": letter_date,
        "breach_summary": context.breach_summary,
        "details_missing": missing_labels(context.details_missing, third_party=context.authority_pending),
        "authority_pending": bool(context.authority_pending),
        "authority_received": bool(context.authority_received),
        "annex3r": ANNEX_3R_NOT_WAIVED,
        "annex3r_paragraphs": ANNEX_3R_NOT_WAIVED.split("\n\n"),
        "seed_promises": profile.seed_promises,
        "dissatisfaction_window_weeks": profile.seed_promises.get("dissatisfaction_window_weeks"),
    }


def _greeting(kind: str, name: str, context: LetterContext) -> str:
    """'Dear <name>,' or a neutral greeting; the forwarded firm's department; the internal team."""
    if kind == "breach_alert":
        return "To the data protection and complaints team,"
    if kind == "forward_to_firm" and context.forwarded_firm is not None:
        department = one_line(context.forwarded_firm.department)
        return f"Dear {department} team," if department else "Dear Sir or Madam,"
    return f"Dear {name}," if name else "Dear Sir or Madam,"


def _recipient_address(kind: str, name: str, context: LetterContext) -> list[str]:
    """The address block: the forwarded firm's for `forward_to_firm`, none for internal alerts."""
    if kind == "breach_alert":
        return []
    if kind == "forward_to_firm":
        firm = context.forwarded_firm
        if firm is None or not firm.address:
            return []
        lines = [firm.name, firm.department, *firm.address]
    else:
        if not context.complainant_address:
            return []
        lines = [name, *context.complainant_address]
    return [one_line(line) for line in lines if one_line(line)]


def _check(kind: str, context: LetterContext) -> None:
    if kind not in LETTER_KINDS:
        raise LetterError(f"unknown letter kind {kind!r} (known: {', '.join(LETTER_KINDS)})")
    if kind == "final_response" and context.outcome not in OUTCOMES:
        raise LetterError(f"final_response needs outcome one of {', '.join(OUTCOMES)}, not {context.outcome!r}")
    if kind in ("forward_to_firm", "forward_notice") and context.forwarded_firm is None:
        raise LetterError(f"{kind} needs forwarded_firm")
    if kind == "eight_week" and (context.expected_response_date is None or not context.delay_reason.strip()):
        raise LetterError("eight_week (DISP 1.6.2R(2)) needs delay_reason and expected_response_date")
    if not one_line(context.reference):
        raise LetterError("a letter needs the case reference")


def render_letter(
    profile: Profile, kind: str, context: LetterContext, template_dirs: Sequence[str | Path] = ()
) -> RenderedLetter:
    """Render one letter: `[REF] subject` (one line), plain text, HTML."""
    _check(kind, context)
    env = environment(template_search_path(profile, template_dirs))
    variables = build_variables(profile, kind, context)
    subject_body = one_line(env.get_template(f"{kind}.subject.txt").render(variables))
    subject = f"[{variables['reference']}] {subject_body}"
    text = env.get_template(f"{kind}.txt").render(variables)
    html = env.get_template(f"{kind}.html").render(variables)
    return RenderedLetter(subject=subject, text=text, html=html)


# ------------------------------------------------------------------------------------------------
# Sample contexts (CLI `letter` command, golden tests)
# ------------------------------------------------------------------------------------------------

SAMPLE_RECEIVED = datetime(2026, 1, 5, 9, 30, tzinfo=LONDON)
# Acknowledgement variants: "missing_details" asks for what the complaint left out (conexus step 1),
# "third_party" asks a representative for the customer's signed authority, "third_party_authority_sent"
# thanks them for an authority they say is attached (checked by a person before anything is disclosed).
ACK_VARIANTS = ("", "missing_details", "third_party")
SAMPLE_VARIANTS: dict[str, tuple[str, ...]] = {
    "final_response": OUTCOMES,
    "acknowledgement": ACK_VARIANTS + ("third_party_authority_sent",),
    "acknowledgement_letter": ACK_VARIANTS,
    "rights_acknowledgement": ("", "third_party"),
}


def sample_context(profile: Profile, kind: str, variant: str = "") -> LetterContext:
    """A fixed, realistic context for reviewing `kind` (deterministic: golden tests rely on it)."""
    from triage.deadlines import compute_deadlines

    case_kind = {"rights_acknowledgement": "rights_request", "breach_alert": "breach"}.get(kind, "complaint")
    prefix = {"rights_request": "DSR", "breach": "BRE"}.get(case_kind, "CMP")
    deadlines = compute_deadlines(profile, case_kind, SAMPLE_RECEIVED)
    base = LetterContext(
        reference=f"{prefix}-2026-000042",
        received=SAMPLE_RECEIVED,
        complainant_name="Alex Example",
        complainant_address=("1 Sample Street", "Leeds", "LS1 1AA"),
        original_subject="Problem with my account",
        deadlines=deadlines,
        letter_date=date(2026, 1, 5),
    )
    if kind in ("forward_to_firm", "forward_notice"):
        base = replace(
            base,
            forwarded_firm=ForwardedFirm(
                name="Example Lender plc",
                department="Customer Relations",
                email="complaints@lender.example",
                phone="0300 000 0000",
                address=("PO Box 1", "Exampletown", "EX1 1EX"),
            ),
            forward_reason="Your complaint is about the interest charged on your mortgage, which is a matter for your lender.",
            letter_date=date(2026, 1, 7),
        )
    if kind == "holding":
        base = replace(base, delay_reason="We are still gathering information from the teams involved.", letter_date=date(2026, 2, 2))
    if kind == "eight_week":
        base = replace(
            base,
            delay_reason="We are waiting for records from a third party that we need to complete our investigation.",
            expected_response_date=date(2026, 3, 20),
            letter_date=date(2026, 3, 2),
        )
    if kind in ("final_response", "deadlock"):
        outcome = variant or ("reject" if kind == "deadlock" else "accept")
        base = replace(
            base,
            outcome=outcome,
            outcome_summary="You told us that a payment you made on 2 December 2025 was not applied to your account.",
            reasons={
                "accept": "We found that the payment was received but allocated to the wrong account. We have corrected this.",
                "redress": "We have not found an error in how the payment was applied, but we accept that our explanation was unclear.",
                "reject": "Our records show the payment was applied on the day it was received, and the statement you refer to was issued before it reached us.",
            }[outcome],
            redress_offer="" if outcome == "reject" else "We will pay you \u00a350 for the inconvenience caused.",
            acceptance_form=outcome != "reject" and profile.name == "pexa",
            letter_date=date(2026, 2, 16),
        )
    if kind == "summary_resolution":
        base = replace(base, outcome_summary="We explained the charges on your statement and you told us you were happy with our explanation.", letter_date=date(2026, 1, 7))
    if kind == "rights_acknowledgement":
        base = replace(base, rights=("access",), personal_data=True, original_subject="Please send me copies of my data")
    if kind in ("acknowledgement", "acknowledgement_letter", "rights_acknowledgement") and variant:
        known = SAMPLE_VARIANTS.get(kind, ())
        if variant not in known:
            raise LetterError(f"unknown {kind} sample variant {variant!r} (known: {', '.join(v for v in known if v)})")
        if variant == "missing_details":
            base = replace(base, details_missing=("address", "phone", "account_reference", "remedy", "documents"))
        else:
            base = replace(
                base,
                authority_pending=True,
                authority_received=variant == "third_party_authority_sent",
                details_missing=("account_reference",),
                complainant_name="Sam Advocate",
            )
    if kind == "breach_alert":
        base = replace(base, breach_summary="A customer reports receiving a letter addressed to someone else.", personal_data=True, complainant_name="", original_subject="I received someone else's letter")
    return base
