"""Letters: golden renderings of every letter of every profile, Annex 3R byte-exact, escaping, header safety.

Regenerate the golden files after an intended template change with:
    TRIAGE_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/policy/test_letters.py
and review the diff before committing.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest

from tests.policy.annex3r import extract_annex3r_1, regulations_path
from triage.letters import (
    ANNEX_3R_NOT_WAIVED,
    SAMPLE_VARIANTS,
    ForwardedFirm,
    LetterContext,
    LetterError,
    render_letter,
    sample_context,
)
from triage.policy import LETTER_KINDS, load_profile

HERE = Path(__file__).resolve().parent
GOLDEN = HERE / "golden"
UPDATE = os.environ.get("TRIAGE_UPDATE_GOLDEN", "") not in ("", "0")
PROFILES = {name: load_profile(name) for name in ("conexus", "pexa")}
CASES = [
    (name, kind, variant)
    for name in PROFILES
    for kind in LETTER_KINDS
    for variant in SAMPLE_VARIANTS.get(kind, ("",))
]
FINAL_RESPONSES = ("final_response", "deadlock", "summary_resolution", "forward_notice")


def _render(name: str, kind: str, variant: str = ""):
    profile = PROFILES[name]
    return render_letter(profile, kind, sample_context(profile, kind, variant))


@pytest.mark.parametrize(("name", "kind", "variant"), CASES, ids=[f"{n}-{k}{'-' + v if v else ''}" for n, k, v in CASES])
def test_golden(name: str, kind: str, variant: str) -> None:
    letter = _render(name, kind, variant)
    stem = GOLDEN / name / (kind + (f"-{variant}" if variant else ""))
    parts = {".subject.txt": letter.subject + "\n", ".txt": letter.text, ".html": letter.html}
    for suffix, content in parts.items():
        path = stem.with_name(stem.name + suffix)
        if UPDATE:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(content, encoding="utf-8")
            continue
        assert path.exists(), f"{path} missing: run with TRIAGE_UPDATE_GOLDEN=1 and review"
        assert content == path.read_text(encoding="utf-8"), f"{path} differs: review, then TRIAGE_UPDATE_GOLDEN=1"


def test_annex3r_wording_is_byte_exact() -> None:
    stored = (HERE / "fixtures" / "disp1_annex3r_1.txt").read_bytes()
    assert ANNEX_3R_NOT_WAIVED.encode("utf-8") == stored
    source = regulations_path()
    if source.exists():
        assert extract_annex3r_1(source.read_text(encoding="utf-8")).encode("utf-8") == stored


@pytest.mark.parametrize("name", list(PROFILES))
@pytest.mark.parametrize("kind", FINAL_RESPONSES)
def test_final_responses_carry_annex3r_and_fos(name: str, kind: str) -> None:
    letter = _render(name, kind)
    assert ANNEX_3R_NOT_WAIVED in letter.text
    for para in ANNEX_3R_NOT_WAIVED.split("\n\n"):
        assert f"<p>{para}</p>" in letter.html
    assert "https://www.financial-ombudsman.org.uk" in letter.text
    if kind != "summary_resolution":
        assert "your complaint and the ombudsman" in letter.text  # the FOS leaflet (DISP 1.6.2R(1)(d))
        assert "may now refer" in letter.text


@pytest.mark.parametrize("outcome", ["accept", "redress", "reject"])
def test_final_response_variants(outcome: str) -> None:
    text = _render("pexa", "final_response", outcome).text
    expected = {"accept": "We uphold your complaint.", "redress": "but we would like to offer you redress", "reject": "We do not uphold your complaint."}
    assert expected[outcome] in text
    assert ("acceptance form" in text) == (outcome != "reject")
    assert "https://www.pexa.co.uk" in text  # the firm's website


def test_final_response_needs_an_outcome() -> None:
    profile = PROFILES["pexa"]
    with pytest.raises(LetterError):
        render_letter(profile, "final_response", replace(sample_context(profile, "final_response"), outcome=""))
    with pytest.raises(LetterError):
        render_letter(profile, "nonsense", sample_context(profile, "acknowledgement"))


@pytest.mark.parametrize("name", list(PROFILES))
def test_acknowledgement_contents(name: str) -> None:
    profile = PROFILES[name]
    letter = _render(name, "acknowledgement")
    assert letter.subject == "[CMP-2026-000042] We have received your complaint"
    assert "written response within 8 weeks" in letter.text                  # R6 (2026 statement)
    assert "Monday 2 March 2026" in letter.text                              # the final_response_by date
    assert profile.firm.complaints_procedure_summary.splitlines()[0] in letter.text  # R7
    assert "Financial Ombudsman Service" in letter.text and "CMP-2026-000042" in letter.text


def test_pexa_acknowledgement_letter_has_the_handling_process() -> None:
    text = _render("pexa", "acknowledgement_letter").text
    assert "complaint handling process" in text and "Team Leader" in text and "4 weeks" in text


def test_eight_week_letter_is_a_disp_holding_response() -> None:
    for name in PROFILES:
        text = _render(name, "eight_week").text
        assert "Why we cannot give a final response yet" in text
        assert "Friday 20 March 2026" in text
        assert "You may now refer your complaint to the Financial Ombudsman Service" in text
        assert "your complaint and the ombudsman" in text


def test_forward_notice_contents() -> None:
    text = _render("pexa", "forward_notice").text
    for needle in ("Example Lender plc", "Customer Relations", "complaints@lender.example", "0300 000 0000", "Why we have forwarded", "Financial Ombudsman Service"):
        assert needle in text
    assert "may or may not" not in text
    profile = PROFILES["pexa"]
    dp = replace(sample_context(profile, "forward_notice"), personal_data=True)
    assert "Information Commissioner" in render_letter(profile, "forward_notice", dp).text


@pytest.mark.parametrize("name", list(PROFILES))
def test_letters_never_state_the_outdated_seed_rules(name: str) -> None:
    for _, kind, variant in [c for c in CASES if c[0] == name]:
        text = _render(name, kind, variant).text.lower()
        assert "resolve your complaint within 8 weeks" not in text
        assert "8 weeks to express" not in text
        assert "may or may not" not in text
        for body in ("information commissioner", "credit services association"):
            for line in text.splitlines():
                if body in line and "six months" in line:
                    assert "financial ombudsman" in line, f"{kind}: a time limit next to {body}: {line}"


def test_conexus_review_window_does_not_shorten_fos_limit() -> None:
    text = _render("conexus", "final_response").text
    assert "within 8 weeks of the date of this letter" in text
    assert "does not change the time limit for referring your complaint to the Financial Ombudsman Service" in text
    assert "Credit Services Association" in text and "signed complaint form" in text


def test_neutral_greeting_and_header_injection() -> None:
    profile = PROFILES["conexus"]
    ctx = replace(
        sample_context(profile, "acknowledgement"),
        complainant_name="",
        reference="CMP-2026-000042\r\nBcc: victim@example.com",
        original_subject="Help\r\nBcc: evil@example.com\nX-Injected: 1",
    )
    letter = render_letter(profile, "acknowledgement", ctx)
    assert "\r" not in letter.subject and "\n" not in letter.subject
    assert letter.subject.startswith("[CMP-2026-000042 Bcc: victim@example.com] ")
    assert "\nDear Sir or Madam,\n" in letter.text and "Dear ," not in letter.text
    assert "Help Bcc: evil@example.com X-Injected: 1" in letter.text
    forwarded = replace(
        sample_context(profile, "forward_notice"),
        forwarded_firm=ForwardedFirm(name="Evil\r\nBcc: x@example.com Ltd"),
    )
    subject = render_letter(profile, "forward_notice", forwarded).subject
    assert "\n" not in subject and "\r" not in subject


def test_html_is_escaped_and_text_is_not() -> None:
    profile = PROFILES["pexa"]
    ctx = replace(sample_context(profile, "acknowledgement"), complainant_name="<script>alert(1)</script> & Co", original_subject="a < b")
    letter = render_letter(profile, "acknowledgement", ctx)
    assert "<script>" not in letter.html and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co" in letter.html
    assert "Dear <script>alert(1)</script> & Co," in letter.text
    assert "a < b" in letter.text and "a &lt; b" in letter.html


def test_firm_template_directory_is_searched_first(tmp_path: Path) -> None:
    profile = PROFILES["pexa"]
    (tmp_path / "acknowledgement.subject.txt").write_text("Thanks from {{ firm.name }}")
    (tmp_path / "acknowledgement.txt").write_text("{{ greeting }} {{ reference }} custom\n")
    letter = render_letter(profile, "acknowledgement", sample_context(profile, "acknowledgement"), template_dirs=[tmp_path])
    assert letter.subject == "[CMP-2026-000042] Thanks from PEXA"
    assert letter.text == "Dear Alex Example, CMP-2026-000042 custom\n"
    assert "<html" in letter.html  # not overridden: the shipped HTML part


def test_undefined_variables_are_errors(tmp_path: Path) -> None:
    from jinja2 import UndefinedError

    profile = PROFILES["pexa"]
    (tmp_path / "holding.txt").write_text("{{ no_such_variable }}")
    with pytest.raises(UndefinedError):
        render_letter(profile, "holding", sample_context(profile, "holding"), template_dirs=[tmp_path])


def test_context_without_optional_fields() -> None:
    """A minimal context renders every complainant letter that needs no outcome."""
    for profile in PROFILES.values():
        base = LetterContext(reference="CMP-2026-000001", received=sample_context(profile, "acknowledgement").received)
        for kind in ("acknowledgement", "acknowledgement_letter", "holding", "rights_acknowledgement", "breach_alert"):
            letter = render_letter(profile, kind, base)
            assert letter.subject.startswith("[CMP-2026-000001] ")


def test_profile_template_sets_are_searched_before_common() -> None:
    assert "Complaint timeline" in _render("pexa", "acknowledgement_letter").text
    assert "Complaint timeline" not in _render("conexus", "acknowledgement_letter").text
    assert "Help & Advice page" in _render("conexus", "final_response").text
    assert "Help &amp; Advice page" in _render("conexus", "final_response").html


def test_firm_identity_in_the_context_wins() -> None:
    from triage.policy import FirmIdentity

    profile = PROFILES["pexa"]
    ctx = replace(sample_context(profile, "acknowledgement"), firm=FirmIdentity(name="Other Firm Ltd", complaints_email="c@other.example"))
    text = render_letter(profile, "acknowledgement", ctx).text
    assert "Thank you for contacting Other Firm Ltd" in text and "c@other.example" in text


def test_address_blocks() -> None:
    assert _render("pexa", "forward_to_firm").text.startswith("Example Lender plc\nCustomer Relations\nPO Box 1\n")
    assert _render("pexa", "final_response", "accept").text.startswith("Alex Example\n1 Sample Street\n")
    assert _render("pexa", "breach_alert").text.startswith("To the data protection and complaints team,\n")
