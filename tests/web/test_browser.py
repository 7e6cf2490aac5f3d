"""The review app in a real browser (Playwright + Debian Chromium) against uvicorn on 127.0.0.1."""

from __future__ import annotations

from urllib.parse import urlparse

from sqlalchemy import select

from tests.web.conftest import PASSWORD, SCREENSHOTS, login
from triage.db import unit_of_work
from triage.models import AuditEvent, Case, Letter, ReviewLabel


def test_login_required_then_login_lands_on_queue(page, web_env):
    page.goto(f"{web_env.base_url}/")
    assert "/login" in page.url
    page.fill("input[name=username]", "tina")
    page.fill("input[name=password]", "not the password")
    page.click("button[type=submit]")
    assert page.locator(".flash-error").inner_text() == "Wrong username or password."
    page.fill("input[name=username]", "tina")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_load_state()
    assert urlparse(page.url).path == "/"
    assert page.locator("h1").inner_text() == "Queue"
    assert "tina (team_leader)" in page.locator(".who").inner_text()
    cookie = next(c for c in page.context.cookies() if c["name"] == "triage_session")
    assert cookie["httpOnly"] is True
    assert cookie["sameSite"] == "Strict"


def test_queue_order_and_filters(page, web_env):
    login(page, web_env.base_url)
    page.goto(f"{web_env.base_url}/?profile=ordertest")
    order = page.locator("#queue tbody tr").evaluate_all("rows => rows.map(r => r.dataset.reference)")
    # needs review first (nearest deadline first within), then nearest pending deadline, none last
    assert order == ["ORD-D", "ORD-B", "ORD-F", "ORD-C", "ORD-A", "ORD-E"]
    assert page.locator("#count-matched").inner_text() == "6"
    page.goto(f"{web_env.base_url}/?profile=ordertest&overdue=1")
    assert page.locator("#queue tbody tr").evaluate_all("rows => rows.map(r => r.dataset.reference)") == ["ORD-F"]
    page.goto(f"{web_env.base_url}/")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "queue.png"), full_page=True)


def test_correct_a_label_writes_review_labels(page, web_env):
    login(page, web_env.base_url)
    page.goto(f"{web_env.base_url}/cases/LBL-1")
    assert page.locator("mark").first.inner_text().lower() == "unhappy with the delay"
    page.select_option("#label-explicit", "yes")
    page.select_option("#label-category", "delay")
    page.check("input[name=rights][value=access]")
    page.click("#labels-form button[type=submit]")
    page.wait_for_load_state()
    assert "Labels recorded." in page.locator(".flash").inner_text()
    with unit_of_work(web_env.factory) as session:
        case = session.scalar(select(Case).where(Case.reference == "LBL-1"))
        rows = {r.label: r for r in session.scalars(select(ReviewLabel).where(ReviewLabel.case_id == case.id))}
        assert rows["explicit"].corrected and rows["explicit"].reviewed_value is True and rows["explicit"].model_value is False
        assert rows["category"].corrected and rows["category"].reviewed_value == "delay"
        assert rows["rights"].reviewed_value == ["access"]
        assert not rows["complaint"].corrected and rows["complaint"].reviewed_value is True
        assert all(r.author == "tina" and r.model_version == "test-model" for r in rows.values())
        assert case.explicit is True and case.category == "delay" and not case.needs_review and case.status == "open"
        assert session.scalar(select(AuditEvent).where(AuditEvent.case_id == case.id, AuditEvent.event == "labels_reviewed")).actor == "tina"


def test_case_page_of_real_mail_and_screenshot(page, web_env):
    login(page, web_env.base_url)
    reference = web_env.refs["complaint"]
    page.goto(f"{web_env.base_url}/cases/{reference}")
    assert "formal complaint" in page.locator(".thread").inner_text().lower()
    assert page.locator(".deadlines tr").count() > 1
    assert "acknowledgement" in page.locator(".letter").first.inner_text()
    page.screenshot(path=str(SCREENSHOTS / "case.png"), full_page=True)


def test_approve_a_held_letter(page, web_env):
    login(page, web_env.base_url)
    page.goto(f"{web_env.base_url}/cases/HELD-1")
    letter = page.locator(f"#letter-{web_env.held_letter_id}")
    assert letter.locator(".letter-status").inner_text() == "held"
    letter.locator("input[name=subject]").fill("We have your complaint HELD-1")
    letter.locator(".edit-letter button").click()
    page.wait_for_load_state()
    page.locator(f"#letter-{web_env.held_letter_id} .approve-letter button").click()
    page.wait_for_load_state()
    assert page.locator(f"#letter-{web_env.held_letter_id} .letter-status").inner_text() == "queued"
    with unit_of_work(web_env.factory) as session:
        row = session.get(Letter, web_env.held_letter_id)
        assert row.status == "queued" and row.subject == "We have your complaint HELD-1" and row.body_html is None
        events = [e.event for e in session.scalars(select(AuditEvent).where(AuditEvent.letter_id == row.id, AuditEvent.actor == "tina"))]
        assert events == ["letter_edited", "letter_approved"]


def test_analyst_cannot_approve(page, web_env):
    login(page, web_env.base_url, "anna")
    page.goto(f"{web_env.base_url}/cases/HELD-1")
    assert page.locator(".approve-letter").count() == 0
    assert page.locator("#outcome-form").count() == 0
    assert page.locator("#labels-form").count() == 1


def test_record_outcome_and_reopen(page, web_env):
    login(page, web_env.base_url)
    page.goto(f"{web_env.base_url}/cases/OUT-1")
    page.select_option("#outcome-form select[name=outcome]", "partially_upheld")
    page.fill("#outcome-form input[name=redress_amount]", "£150.50")
    page.select_option("#outcome-form select[name=root_cause]", "delay")
    page.click("#outcome-form button[type=submit]")
    page.wait_for_load_state()
    assert page.locator("#case-status").inner_text() == "resolved"
    assert "partially_upheld" in page.locator("#case-outcome").inner_text()
    with unit_of_work(web_env.factory) as session:
        case = session.scalar(select(Case).where(Case.reference == "OUT-1"))
        assert (case.outcome, case.redress_amount, case.root_cause, case.status) == ("partially_upheld", 150.5, "delay", "resolved")
        assert case.resolved_at is not None
    page.fill("#reopen-form input[name=reason]", "customer sent new evidence")
    page.click("#reopen-form button[type=submit]")
    page.wait_for_load_state()
    assert page.locator("#case-status").inner_text() == "open"
    with unit_of_work(web_env.factory) as session:
        case = session.scalar(select(Case).where(Case.reference == "OUT-1"))
        events = [e.event for e in session.scalars(select(AuditEvent).where(AuditEvent.case_id == case.id, AuditEvent.actor == "tina").order_by(AuditEvent.id))]
        assert events == ["outcome_recorded", "case_resolved", "case_reopened"] and case.resolved_at is None


def test_hostile_email_renders_inert(page, web_env):
    requests: list[str] = []
    dialogs: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.on("popup", lambda popup: dialogs.append("popup " + popup.url))
    login(page, web_env.base_url)
    reference = web_env.refs["hostile"]
    page.goto(f"{web_env.base_url}/cases/{reference}")
    frame_element = page.locator("iframe.mailframe").first
    assert frame_element.get_attribute("sandbox") == ""
    frame = frame_element.content_frame
    assert "formal complaint about the fees" in frame.locator("body").inner_text()
    # Give any deferred payload (onload, autofocus, refresh) time to fire.
    page.wait_for_timeout(800)
    # Clicking the javascript: link must do nothing either.
    frame.locator("a", has_text="click here").click(timeout=2000) if frame.locator("a", has_text="click here").count() else None
    page.wait_for_timeout(300)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    frame_html = frame.locator("html").inner_html()
    for marker in ("<script", "onerror", "onload", "javascript:", "expression(", "evil.example", "<svg", "<iframe", "<object", "<embed", "<form", "srcset", "background"):
        assert marker not in frame_html.lower(), marker
    assert dialogs == []
    hosts = {urlparse(url).hostname for url in requests if not url.startswith(("data:", "about:"))}
    assert hosts == {"127.0.0.1"}, requests
    csp = page.evaluate("() => document.querySelector('iframe.mailframe').srcdoc")
    assert "default-src 'none'" in csp
    # The subject and sender name are text, not markup.
    assert "<script>window.__pwned='subject'</script>" in page.locator(".subject").inner_text()
