"""Issue 9 in a real browser (Playwright + Debian Chromium): logging a phone complaint, and redress
above a handler's limit approved by a team leader before the final response can go."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from urllib.parse import urlparse

import pytest
from sqlalchemy import select

from tests.web.conftest import SCREENSHOTS, _add_case, login
from triage.calendar import LONDON
from triage.db import unit_of_work
from triage.models import AuditEvent, Case, Deadline, Letter


@pytest.fixture(autouse=True)
def _intake_classifier(web_env, shipped_classifier):
    # The manual intake classifies with the same shipped model the register was built with.
    web_env.app.state.web.classifier = shipped_classifier


def logout(page) -> None:
    page.click(".logout button[type=submit]")
    page.wait_for_load_state()


def test_log_a_phone_complaint(page, web_env):
    received_local = (datetime.now(timezone.utc) - timedelta(days=1)).astimezone(LONDON).replace(hour=14, minute=5, second=0, microsecond=0)
    login(page, web_env.base_url, "harry")
    page.click("#nav-log")
    page.wait_for_load_state()
    assert urlparse(page.url).path == "/log"
    page.check("input[name=channel][value=phone]")
    page.fill("#received_at", received_local.strftime("%Y-%m-%dT%H:%M"))
    page.fill("#name", "Brenda Phone\r\nBcc: someone@example.org")
    page.fill("#email", "brenda.phone@example.org")
    page.fill("#phone", "0113 496 0101")
    page.fill(
        "#summary",
        "She phoned to make a formal complaint: the completion on her purchase was delayed by two days because of an "
        "error on our platform and nobody called her back as promised. She wants an explanation and her costs refunded.",
    )
    page.screenshot(path=str(SCREENSHOTS / "log-complaint.png"), full_page=True)
    page.click("#log-form button[type=submit]")
    page.wait_for_load_state()
    assert "Complaint logged as" in page.locator(".flash").inner_text()
    reference = urlparse(page.url).path.rsplit("/", 1)[1]
    assert page.locator("#case-channel").inner_text() == "phone"
    assert "logged by harry" in page.locator("#case-channel-fact").inner_text()
    assert page.locator(".deadlines tr").count() > 1
    assert "acknowledgement" in page.locator(".letter").first.inner_text()
    page.screenshot(path=str(SCREENSHOTS / "logged-phone-complaint.png"), full_page=True)
    with unit_of_work(web_env.factory) as session:
        case = session.scalar(select(Case).where(Case.reference == reference))
        assert (case.channel, case.logged_by, case.complainant_address) == ("phone", "harry", "brenda.phone@example.org")
        assert case.received_at.replace(tzinfo=case.received_at.tzinfo or timezone.utc) == received_local.astimezone(timezone.utc)
        # The name was folded to one line: no injected header survived.
        assert "\n" not in case.complainant_name and "Bcc" not in " ".join(h[0] for h in case.messages[0].headers)
        deadlines = session.scalars(select(Deadline).where(Deadline.case_id == case.id)).all()
        assert {d.step for d in deadlines} >= {"acknowledge_by", "final_response_by"}
        assert [(l.kind, l.to_address) for l in case.letters] == [("acknowledgement", "brenda.phone@example.org")]
        assert session.scalar(select(AuditEvent).where(AuditEvent.case_id == case.id, AuditEvent.event == "complaint_logged")).actor == "harry"


def test_redress_above_the_handlers_limit_is_approved_by_a_team_leader(page, web_env):
    with unit_of_work(web_env.factory) as session:
        _add_case(session, "RED-B1", profile="pexa", needs_review=False, due_in=timedelta(days=20), subject="Completion delayed")
    login(page, web_env.base_url, "harry")
    page.goto(f"{web_env.base_url}/cases/RED-B1")
    page.select_option("#outcome-form select[name=outcome]", "upheld")
    page.fill("#outcome-form input[name=redress_amount]", "600")
    page.uncheck("#outcome-form input[name=resolve]")
    page.click("#outcome-form button[type=submit]")
    page.wait_for_load_state()
    assert page.locator("#redress-status").inner_text() == "awaiting_approval"
    assert page.locator("#redress-approve-form").count() == 0  # £600 is above a handler's £250
    page.fill("#final-response-form textarea[name=outcome_summary]", "You told us your completion was delayed.")
    page.fill("#final-response-form textarea[name=reasons]", "Our platform delayed the completion by two days.")
    page.click("#final-response-form button[type=submit]")
    page.wait_for_load_state()
    with unit_of_work(web_env.factory) as session:
        letter = session.scalar(select(Letter).join(Case).where(Case.reference == "RED-B1", Letter.kind == "final_response"))
        assert letter.status == "held" and "REDRESS ACCEPTANCE FORM" in letter.body_text
        letter_id = letter.id
    logout(page)

    login(page, web_env.base_url, "tina")
    page.goto(f"{web_env.base_url}/")
    row = page.locator("#queue tr[data-reference='RED-B1']")
    assert "redress approval" in row.inner_text()
    page.goto(f"{web_env.base_url}/cases/RED-B1")
    assert page.locator(f"#letter-{letter_id} .approve-letter").count() == 0
    assert "Held until the redress is approved" in page.locator(f"#letter-{letter_id}").inner_text()
    page.click("#redress-approve-form button[type=submit]")
    page.wait_for_load_state()
    assert page.locator("#redress-status").inner_text() == "approved"
    page.click(f"#letter-{letter_id} .approve-letter button")
    page.wait_for_load_state()
    assert page.locator(f"#letter-{letter_id} .letter-status").inner_text() == "queued"
    page.screenshot(path=str(SCREENSHOTS / "redress-approved.png"), full_page=True)
    with unit_of_work(web_env.factory) as session:
        case = session.scalar(select(Case).where(Case.reference == "RED-B1"))
        assert (case.redress_status, case.redress_approved_by, case.redress_amount) == ("approved", "tina", 600.0)
        trail = [(e.event, e.actor) for e in session.scalars(select(AuditEvent).where(AuditEvent.case_id == case.id).order_by(AuditEvent.id))]
        assert trail == [
            ("outcome_recorded", "harry"), ("redress_approval_requested", "harry"), ("letter_queued", "harry"),
            ("redress_approved", "tina"), ("letter_approved", "tina"),
        ]
