"""Issue 9 in the review services: complaints by phone and post through the normal intake, third-party
authority, and redress with approval limits, acceptance and payment (no browser)."""

from __future__ import annotations

import email
import email.policy
import re
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from mail.types import RawMessage
from tests.conftest import deliver, make_settings
from tests.web.conftest import PASSWORD, _add_case
from triage import review
from triage.db import unit_of_work
from triage.errors import ConfigError
from triage.intake import store_raw
from triage.manual_intake import (
    IntakeFormError,
    ManualComplaint,
    ManualIntake,
    Upload,
    build_complaint,
    check_upload,
    compose_message,
)
from triage.models import AuditEvent, Case, Classification, Deadline, InboundMessage, Letter
from triage.policy import RedressSettings, _redress, load_profile
from triage.postal import POST_PREFIX, logged_contact
from triage.users import create_user

SUMMARY = (
    "I want to make a formal complaint. I have phoned your office five times in three weeks about the wrong "
    "completion statement on my purchase and nobody has called me back. I expect the statement corrected and "
    "a written explanation."
)
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


@pytest.fixture
def pipeline(tmp_path, shipped_classifier):
    from triage.bootstrap import bootstrap

    app = bootstrap(make_settings(tmp_path), classifier=shipped_classifier)
    with unit_of_work(app.factory) as session:
        create_user(session, "harry", "handler", PASSWORD)
        create_user(session, "tina", "team_leader", PASSWORD)
        create_user(session, "anna", "analyst", PASSWORD)
    yield app
    app.close()


def _intake(app) -> ManualIntake:
    return ManualIntake(app.factory, app.store, app.processor, to_address="complaints@firm.example")


def _deadlines(session, reference: str) -> list[tuple[str, datetime, str]]:
    case = session.scalar(select(Case).where(Case.reference == reference))
    return [(d.step, d.due_at.replace(tzinfo=d.due_at.tzinfo or timezone.utc), d.status) for d in session.scalars(select(Deadline).where(Deadline.case_id == case.id).order_by(Deadline.step))]


def test_a_phone_complaint_runs_the_same_clocks_as_the_same_complaint_by_email(pipeline):
    received = datetime(2026, 11, 16, 9, 12, tzinfo=timezone.utc)  # a Monday morning, typed in later
    # The same complaint by email, delivered at the same moment.
    raw = (
        b"From: Margaret Ellis <m.ellis@example.org>\r\nTo: complaints@firm.example\r\n"
        b"Subject: Complaint received by telephone from Margaret Ellis\r\nMessage-ID: <same-by-email@example.org>\r\n"
        b"Date: Mon, 16 Nov 2026 09:12:00 +0000\r\n\r\n" + SUMMARY.encode() + b"\r\n"
    )
    stored = store_raw(RawMessage("maildir:test", "email-1", raw, internal_date=received), pipeline.factory, pipeline.store)
    by_email = pipeline.processor.process(stored.message_id)
    assert by_email.case_kind == "complaint"

    complaint = ManualComplaint("phone", received, "Margaret Ellis", SUMMARY, email="m.ellis@example.org", phone="0113 496 0000", nonce="phone-1")
    logged = _intake(pipeline).log(complaint, "harry")
    assert logged.reference and logged.reference != by_email.case_reference

    with unit_of_work(pipeline.factory) as session:
        phone_case = session.scalar(select(Case).where(Case.reference == logged.reference))
        email_case = session.scalar(select(Case).where(Case.reference == by_email.case_reference))
        # Clocks run from when the call was received, not from when it was typed in.
        assert phone_case.received_at.replace(tzinfo=timezone.utc) == received
        assert (phone_case.channel, phone_case.logged_by) == ("phone", "harry")
        assert email_case.channel == "email" and email_case.logged_by is None
        assert phone_case.kind == email_case.kind == "complaint"
        assert _deadlines(session, logged.reference) == _deadlines(session, by_email.case_reference)
        assert len(_deadlines(session, logged.reference)) >= 4
        phone_letters = [(l.kind, l.status, l.to_address) for l in phone_case.letters]
        email_letters = [(l.kind, l.status, l.to_address) for l in email_case.letters]
        assert phone_letters == email_letters == [("acknowledgement", "queued", "m.ellis@example.org")]
        # The message went through the normal intake: a raw message on the "phone" mailbox.
        message = session.scalar(select(InboundMessage).where(InboundMessage.case_id == phone_case.id))
        assert (message.mailbox, message.status) == ("phone", "processed")
        assert message.source_key == "phone:phone-1"
        logged_event = session.scalar(select(AuditEvent).where(AuditEvent.case_id == phone_case.id, AuditEvent.event == "complaint_logged"))
        assert logged_event.actor == "harry" and logged_event.detail["channel"] == "phone"
        assert logged_event.detail["received_at"] == received.isoformat()
    # Submitting the same form again logs nothing new.
    again = _intake(pipeline).log(complaint, "harry")
    assert again.reference == logged.reference and not again.new
    with unit_of_work(pipeline.factory) as session:
        assert session.scalar(select(Case).where(Case.channel == "phone").offset(1)) is None


def test_a_postal_complaint_with_a_scanned_letter_and_no_email(pipeline):
    now = datetime.now(timezone.utc)
    form = {
        "channel": "post", "received_at": "", "name": "Arthur Dent", "email": "",
        "postal_address": "155 Country Lane\r\nCottington\r\nCT1 1AA", "phone": "", "summary": SUMMARY, "nonce": "post-1",
    }
    complaint = build_complaint(form, Upload("C:\\scans\\letter from Arthur.pdf", "application/x-whatever", PDF), now)
    assert complaint.letter.filename == "letter from Arthur.pdf" and complaint.letter.content_type == "application/pdf"
    logged = _intake(pipeline).log(complaint, "harry")
    assert logged.letters == ("acknowledgement",)
    with unit_of_work(pipeline.factory) as session:
        case = session.scalar(select(Case).where(Case.reference == logged.reference))
        assert (case.channel, case.logged_by, case.complainant_address, case.complainant_name) == ("post", "harry", None, "Arthur Dent")
        message = session.scalar(select(InboundMessage).where(InboundMessage.case_id == case.id))
        assert message.mailbox == "post"
        assert [(a["filename"], a["content_type"], a["size"]) for a in message.attachments] == [("letter from Arthur.pdf", "application/pdf", len(PDF))]
        assert pipeline.store.get(message.raw_sha256).count(b"Content-Disposition: attachment") == 1
        # The acknowledgement waits, held, for a person to print and post it, with the address on it.
        (letter,) = case.letters
        assert letter.status == "held" and letter.to_address.startswith(POST_PREFIX) and "CT1 1AA" in letter.to_address
        assert "155 Country Lane\nCottington\nCT1 1AA" in letter.body_text and "Dear Arthur Dent," in letter.body_text
        assert case.needs_review and any("printed and posted" in r for r in case.review_reasons)
        assert _deadlines(session, case.reference)
        letter_id = letter.id
    with unit_of_work(pipeline.factory) as session:
        with pytest.raises(review.ReviewError, match="post"):
            review.approve_letter(session, letter_id, "tina")
    with unit_of_work(pipeline.factory) as session:
        review.mark_letter_posted(session, letter_id, "tina")
    with unit_of_work(pipeline.factory) as session:
        letter = session.get(Letter, letter_id)
        case = letter.case
        assert letter.status == "sent" and letter.sent_at is not None and case.acknowledged_at is not None
        ack = session.scalar(select(Deadline).where(Deadline.case_id == case.id, Deadline.step == "acknowledge_by"))
        assert ack.status == "met"
        assert session.scalar(select(AuditEvent).where(AuditEvent.letter_id == letter_id, AuditEvent.event == "letter_posted")).actor == "tina"


def test_a_logged_complaint_opens_a_complaint_even_when_the_classifier_doubts_it(pipeline):
    # A handler's note of a call reads like an enquiry; the handler decided it is a complaint.
    note = "Mr Patel rang about the completion date on his purchase and asked us to call him back on Thursday."
    received = datetime.now(timezone.utc) - timedelta(hours=3)
    complaint = ManualComplaint("phone", received, "Ravi Patel", note, email="r.patel@example.org", nonce="phone-doubt")
    logged = _intake(pipeline).log(complaint, "harry")
    with unit_of_work(pipeline.factory) as session:
        case = session.scalar(select(Case).where(Case.reference == logged.reference))
        assert case.kind == "complaint" and case.complaint
        assert (case.channel, case.logged_by) == ("phone", "harry")
        assert {"acknowledge_by", "final_response_by"} <= {step for step, _, _ in _deadlines(session, case.reference)}
        assert [(l.kind, l.to_address) for l in case.letters] == [("acknowledgement", "r.patel@example.org")]
        # The classifier's doubt is shown to a person, who confirms the labels; it delays nothing.
        classification = session.scalar(select(Classification).where(Classification.case_id == case.id))
        if not classification.labels["complaint"]:
            assert case.needs_review and any("did not find one" in r for r in case.review_reasons)


def test_later_letters_for_a_postal_complaint_are_held_for_post(pipeline):
    from triage.scheduler import Scheduler

    now = datetime.now(timezone.utc)
    form = {"channel": "post", "received_at": "", "name": "Arthur Dent", "email": "", "postal_address": "155 Country Lane, Cottington, CT1 1AA",
            "phone": "", "summary": SUMMARY, "nonce": "post-later"}
    logged = _intake(pipeline).log(build_complaint(form, None, now), "harry")
    running = pipeline.scheduler
    later = Scheduler(pipeline.factory, running.profile, running.firms, running.renderer, running.domain, hold_letters=False,
                      now=lambda: now + timedelta(days=40))  # past the 4-week holding letter, before 8 weeks
    later.tick()
    with unit_of_work(pipeline.factory) as session:
        case = session.scalar(select(Case).where(Case.reference == logged.reference))
        holding = [l for l in case.letters if l.kind == "holding"]
        assert len(holding) == 1, [(l.kind, l.status) for l in case.letters]
        # Held whatever the profile says about approval: a person prints and posts it.
        assert holding[0].status == "held" and holding[0].to_address.startswith(POST_PREFIX) and "CT1 1AA" in holding[0].body_text


def test_form_values_cannot_inject_headers():
    now = datetime.now(timezone.utc)
    form = {
        "channel": "phone", "name": "Eve\r\nBcc: victim@example.org\r\nSubject: pwned", "email": "eve@example.org",
        "phone": "0113 496 0000", "summary": "Bad service.\r\nBcc: other@example.org\r\n\r\nI want my fees back please.",
        "postal_address": "1 Road\r\nX-Injected: yes",
    }
    complaint = build_complaint(form, None, now)
    raw = compose_message(complaint, "harry\r\nX-Evil: 1", "complaints@firm.example")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert msg.get_all("Bcc") is None and msg.get_all("X-Injected") is None and msg.get_all("X-Evil") is None
    assert len(msg.get_all("Subject")) == 1 and len(msg.get_all("From")) == 1
    assert msg["From"].addresses[0].addr_spec == "eve@example.org"
    head = raw.split(b"\r\n\r\n", 1)[0].decode()
    assert all(not re.match(r"(?i)^(bcc|x-injected|x-evil):", line) for line in head.splitlines())
    # The summary keeps its lines, in the body only.
    assert "Bcc: other@example.org" in msg.get_body(("plain",)).get_content()
    for bad in ({**form, "email": "a@b.c\r\nBcc: x@y.z"}, {**form, "email": "not an address"}, {**form, "channel": "fax"},
                {**form, "received_at": (now + timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M")}, {**form, "summary": ""}):
        with pytest.raises(IntakeFormError):
            build_complaint(bad, None, now)


def test_uploads_are_checked_by_content_and_size():
    assert check_upload(None) is None
    assert check_upload(Upload("", "", b"")) is None
    with pytest.raises(IntakeFormError):
        check_upload(Upload("letter.pdf", "application/pdf", b"MZ\x90\x00 not a pdf"))
    with pytest.raises(IntakeFormError):
        check_upload(Upload("letter.pdf", "application/pdf", PDF + b"x" * 100), max_bytes=50)
    checked = check_upload(Upload("../../etc/passwd.html", "text/html", b"\x89PNG\r\n\x1a\n...."))
    assert checked.filename == "passwd.png" and checked.content_type == "image/png"


def test_third_party_authority_pending_then_recorded(pipeline):
    with unit_of_work(pipeline.factory) as session:
        case = _add_case(session, "AUTH-1", profile="pexa", needs_review=True, due_in=timedelta(days=3), subject="Complaint on behalf of my mother")
        case.third_party = True
        case.authority_status = "pending"
        case.authority_detail = {"third_party": "daughter", "evidence": "on behalf of my mother"}
        session.flush()
        # The intake's rule: an acknowledgement may go (it discloses nothing); a holding letter may not.
        ack = Letter(case_id=case.id, kind="acknowledgement", to_address=case.complainant_address, subject="s", body_text="t", message_id="<auth-0@x>", status="held")
        held = Letter(case_id=case.id, kind="holding", to_address=case.complainant_address, subject="s", body_text="t", message_id="<auth-1@x>", status="held")
        session.add_all([ack, held])
        session.flush()
        letter_id, ack_id = held.id, ack.id
    with unit_of_work(pipeline.factory) as session:
        with pytest.raises(review.ReviewError, match="authority"):
            review.approve_letter(session, letter_id, "tina")
        assert review.approve_letter(session, ack_id, "tina").status == "queued"
    with unit_of_work(pipeline.factory) as session:
        with pytest.raises(review.ReviewError):
            review.record_authority(session, "AUTH-1", "harry", authorised_by="", method="signed_form")
        with pytest.raises(review.ReviewError):
            review.record_authority(session, "AUTH-1", "harry", authorised_by="Mrs Ellis", method="a nod")
    with unit_of_work(pipeline.factory) as session:
        review.record_authority(session, "AUTH-1", "harry", authorised_by="Mrs Joan Ellis", method="signed_form", note="form dated 18 Nov")
    with unit_of_work(pipeline.factory) as session:
        case = session.scalar(select(Case).where(Case.reference == "AUTH-1"))
        assert (case.authority_status, case.authority_recorded_by) == ("recorded", "harry") and case.authority_recorded_at
        assert case.authority_detail["evidence"] == "on behalf of my mother"  # the detector's view is kept
        assert case.authority_detail["recorded"]["authorised_by"] == "Mrs Joan Ellis"
        event = session.scalar(select(AuditEvent).where(AuditEvent.case_id == case.id, AuditEvent.event == "authority_recorded"))
        assert event.actor == "harry" and event.detail["previous"] == "pending" and event.detail["held_letters"] == [letter_id]
        with pytest.raises(review.ReviewError, match="already"):
            review.record_authority(session, "AUTH-1", "harry", authorised_by="x", method="signed_form")
    with unit_of_work(pipeline.factory) as session:
        assert review.approve_letter(session, letter_id, "tina").status == "queued"


def test_redress_above_the_handlers_limit_needs_a_team_leader_then_acceptance_and_payment(pipeline):
    profile = load_profile("pexa")
    renderer = pipeline.processor.renderer
    domain = pipeline.settings.message_id_domain
    with unit_of_work(pipeline.factory) as session:
        _add_case(session, "RED-1", profile="pexa", needs_review=False, due_in=timedelta(days=20), subject="Delay at completion")
    with unit_of_work(pipeline.factory) as session:
        case = review.record_outcome(session, "RED-1", "harry", "upheld", 600, "delay", resolve=False, redress=profile.redress)
        assert case.redress_status == "awaiting_approval" and case.needs_review
        from triage.redress import draft_final_response

        letter = draft_final_response(
            session, "RED-1", "harry", profile=profile, renderer=renderer, domain=domain,
            outcome_summary="You told us your completion was delayed.", reasons="We found that our system delayed the completion by a day.",
        )
        assert letter.status == "held" and letter.kind == "final_response"
        assert "REDRESS ACCEPTANCE FORM" in letter.body_text and "£600.00" in letter.body_text
        assert "full and final settlement" in letter.body_text and "Acceptance form" in letter.body_html
        letter_id = letter.id
    # The final response stays held until the redress is approved.
    with unit_of_work(pipeline.factory) as session:
        with pytest.raises(review.ReviewError, match="awaiting approval"):
            review.approve_letter(session, letter_id, "tina")
        with pytest.raises(review.ReviewError, match="approval limit"):
            review.approve_redress(session, "RED-1", "harry", redress=profile.redress)
        with pytest.raises(review.ReviewError, match="approval limit"):
            review.approve_redress(session, "RED-1", "anna", redress=profile.redress)
        with pytest.raises(review.ReviewError):
            review.record_redress_accepted(session, "RED-1", "harry", how="signed_form")
    with unit_of_work(pipeline.factory) as session:
        case = review.approve_redress(session, "RED-1", "tina", redress=profile.redress)
        assert (case.redress_status, case.redress_approved_by) == ("approved", "tina") and case.redress_approved_at
        assert not any(r.startswith("redress of") for r in case.review_reasons)
    with unit_of_work(pipeline.factory) as session:
        assert review.approve_letter(session, letter_id, "tina").status == "queued"
        # PEXA: payment only after acceptance of the form.
        with pytest.raises(review.ReviewError):
            review.record_redress_paid(session, "RED-1", "harry", paid_on=date.today(), payment_reference="BACS 123", redress=profile.redress)
    with unit_of_work(pipeline.factory) as session:
        review.record_redress_accepted(session, "RED-1", "harry", how="signed_form", received=date.today(), note="signed form received")
    with unit_of_work(pipeline.factory) as session:
        with pytest.raises(review.ReviewError, match="payment reference"):
            review.record_redress_paid(session, "RED-1", "harry", paid_on=date.today(), payment_reference=" ", redress=profile.redress)
        case = review.record_redress_paid(session, "RED-1", "harry", paid_on=date.today(), payment_reference="BACS 123", redress=profile.redress)
        assert case.redress_status == "paid" and case.redress_paid_at and case.redress_accepted_at
        with pytest.raises(review.ReviewError):
            review.record_outcome(session, "RED-1", "harry", "upheld", 50, None, resolve=False, redress=profile.redress)
    with unit_of_work(pipeline.factory) as session:
        case = session.scalar(select(Case).where(Case.reference == "RED-1"))
        trail = [(e.event, e.actor) for e in session.scalars(select(AuditEvent).where(AuditEvent.case_id == case.id).order_by(AuditEvent.id))]
        assert trail == [
            ("outcome_recorded", "harry"), ("redress_approval_requested", "harry"), ("letter_queued", "harry"),
            ("redress_approved", "tina"), ("letter_approved", "tina"), ("redress_accepted", "harry"), ("redress_paid", "harry"),
        ]
        paid = session.scalar(select(AuditEvent).where(AuditEvent.case_id == case.id, AuditEvent.event == "redress_paid"))
        assert paid.detail["payment_reference"] == "BACS 123" and paid.detail["amount"] == 600.0


def test_redress_within_the_limit_is_offered_at_once(pipeline):
    limits = RedressSettings(approval_limits={"handler": 250, "team_leader": 1000}, unlimited_roles=("admin",), acceptance_form=False)
    with unit_of_work(pipeline.factory) as session:
        _add_case(session, "RED-2", profile="pexa", needs_review=False, due_in=timedelta(days=20), subject="Small delay")
        _add_case(session, "RED-3", profile="pexa", needs_review=False, due_in=timedelta(days=20), subject="Big problem")
    with unit_of_work(pipeline.factory) as session:
        case = review.record_outcome(session, "RED-2", "harry", "partially_upheld", 250, None, resolve=False, redress=limits)
        assert (case.redress_status, case.redress_approved_by, case.needs_review) == ("offered", "harry", False)
        # Without an acceptance form, a standing offer can be paid.
        review.record_redress_paid(session, "RED-2", "harry", paid_on=None, payment_reference="CHQ 9", redress=limits)
        case = review.record_outcome(session, "RED-3", "tina", "upheld", 5000, None, resolve=False, redress=limits)
        assert case.redress_status == "awaiting_approval"
        with pytest.raises(review.ReviewError):
            review.approve_redress(session, "RED-3", "tina", redress=limits)
        assert review.approve_redress(session, "RED-3", "boss", role="admin", redress=limits).redress_status == "approved"


def test_redress_profile_section():
    pexa, conexus = load_profile("pexa").redress, load_profile("conexus").redress
    assert pexa.acceptance_form is True and conexus.acceptance_form is False
    assert (pexa.limit_for("handler"), pexa.limit_for("team_leader"), pexa.limit_for("admin"), pexa.limit_for("analyst")) == (250.0, 1000.0, None, 0.0)
    for bad in ({"approval_limits": {"handler": -1}}, {"approval_limits": {"handler": "lots"}}, {"acceptance_form": "yes"}, {"limits": {}}):
        with pytest.raises(ConfigError):
            _redress(bad)


def test_vulnerable_cases_come_first_among_those_needing_review(pipeline):
    from triage.web.app import queue_query

    with unit_of_work(pipeline.factory) as session:
        _add_case(session, "VUL-A", profile="vultest", needs_review=True, due_in=timedelta(hours=1), subject="review, due soon")
        vulnerable = _add_case(session, "VUL-B", profile="vultest", needs_review=True, due_in=timedelta(days=9), subject="review, vulnerable")
        vulnerable.vulnerable, vulnerable.priority = True, 10
        vulnerable.vulnerability = [{"indicator": "bereavement", "evidence": "my husband died last month"}]
        _add_case(session, "VUL-C", profile="vultest", needs_review=False, due_in=timedelta(hours=2), subject="open")
    with unit_of_work(pipeline.factory) as session:
        rows, _ = queue_query(session, now=datetime.now(timezone.utc), profile="vultest")
        assert [r["reference"] for r in rows] == ["VUL-B", "VUL-A", "VUL-C"]
        assert rows[0]["vulnerable"] and rows[0]["priority"] == 10


def test_log_form_over_http_needs_csrf_and_shows_the_case(tmp_path, shipped_classifier):
    from fastapi.testclient import TestClient

    from triage.web.app import create_app

    app = create_app(make_settings(tmp_path))
    app.state.web.classifier = shipped_classifier
    with unit_of_work(app.state.web.factory) as session:
        create_user(session, "harry", "handler", PASSWORD)
        create_user(session, "anna", "analyst", PASSWORD)

    def login(client: TestClient, username: str) -> str:
        page = client.get("/login").text
        token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
        assert client.post("/login", data={"username": username, "password": PASSWORD, "csrf_token": token, "next": "/"}, follow_redirects=False).status_code == 303
        return re.search(r'name="csrf_token" value="([^"]+)"', client.get("/log").text).group(1) if username == "harry" else token

    fields = {"channel": "post", "received_at": "2026-11-20T10:30", "name": "Ford Prefect", "email": "", "postal_address": "1 Road\nGuildford\nGU1 1AA",
              "phone": "", "summary": SUMMARY, "nonce": "http-1"}
    with TestClient(app) as client:
        csrf = login(client, "harry")
        assert client.post("/log", data=fields, files={"letter": ("scan.pdf", PDF, "application/pdf")}, follow_redirects=False).status_code == 403
        bad = client.post("/log", data={**fields, "csrf_token": csrf}, files={"letter": ("scan.pdf", b"MZ evil", "application/pdf")}, follow_redirects=False)
        assert bad.status_code == 422 and "PDF or an image" in bad.text and "Ford Prefect" in bad.text
        response = client.post("/log", data={**fields, "csrf_token": csrf}, files={"letter": ("scan.pdf", PDF, "application/pdf")}, follow_redirects=False)
        assert response.status_code == 303, response.text
        location = response.headers["location"]
        page = client.get(location).text
        assert "print and post" in page and "scan.pdf" in page and "logged by harry" in page
        assert '<dd id="case-postal">1 Road, Guildford, GU1 1AA</dd>' in page and "(no email address)" in page
        reference = location.rsplit("/", 1)[1]
        with unit_of_work(app.state.web.factory) as session:
            case = session.scalar(select(Case).where(Case.reference == reference))
            assert case.received_at.replace(tzinfo=timezone.utc) == datetime(2026, 11, 20, 10, 30, tzinfo=timezone.utc)  # GMT in November
            message_id = case.messages[0].id
        download = client.get(f"{location}/messages/{message_id}/attachments/0")
        assert download.status_code == 200 and download.content == PDF
        assert download.headers["content-type"] == "application/octet-stream" and download.headers["content-disposition"].startswith("attachment")
    with TestClient(app) as client:
        login(client, "anna")
        assert client.get("/log").status_code == 403
    app.state.engine.dispose()


def test_a_logged_summary_without_a_complaint_goes_to_a_person(pipeline):
    complaint = ManualComplaint("phone", datetime.now(timezone.utc) - timedelta(hours=1), "Colin Caller", "Please send me a copy of the brochure about your platform.",
                                email="colin@example.org", nonce="phone-enquiry")
    logged = _intake(pipeline).log(complaint, "harry")
    with unit_of_work(pipeline.factory) as session:
        case = session.scalar(select(Case).where(Case.reference == logged.reference))
        assert case.channel == "phone" and case.logged_by == "harry"
        if case.kind not in ("complaint", "data_protection_complaint"):
            assert case.needs_review and any("confirm the labels" in r for r in case.review_reasons)


def test_authority_with_a_document_over_http(tmp_path):
    from fastapi.testclient import TestClient

    from triage.web.app import create_app

    app = create_app(make_settings(tmp_path))
    with unit_of_work(app.state.web.factory) as session:
        case = _add_case(session, "AUTH-H", profile="pexa", needs_review=True, due_in=timedelta(days=3), subject="On behalf of my father")
        case.authority_status = "pending"
        case.authority_detail = {"detector": {"third_party": True, "relationship": "son"}, "note": "no authority supplied"}
        case.vulnerable, case.priority = True, 10
        case.vulnerability = [{"kind": "bereavement", "evidence": "since my mother died", "source": "message:1"}]
        case.details = {"phones": ["+441134960000"], "account_references": ["PEXA123456"], "name": None}
        case.details_missing = ["address"]
        create_user(session, "harry", "handler", PASSWORD)
    with TestClient(app) as client:
        page = client.get("/login").text
        token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
        client.post("/login", data={"username": "harry", "password": PASSWORD, "csrf_token": token, "next": "/"})
        page = client.get("/cases/AUTH-H").text
        assert "Nothing goes to the third party until the customer" in page and 'id="authority-form"' in page
        assert "never to deny or delay" in page and "bereavement" in page and "since my mother died" in page
        assert "PEXA123456" in page and 'id="details-missing">address<' in page and "relationship: son" in page
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
        form = {"authorised_by": "Mr Peter Ellis", "method": "power_of_attorney", "note": "LPA registered 2024"}
        assert client.post("/cases/AUTH-H/authority", data=form, files={"document": ("lpa.pdf", PDF, "application/pdf")}).status_code == 403
        bad = client.post("/cases/AUTH-H/authority", data={**form, "csrf_token": csrf}, files={"document": ("lpa.pdf", b"<html>", "application/pdf")})
        assert "PDF or an image" in bad.text
        ok = client.post("/cases/AUTH-H/authority", data={**form, "csrf_token": csrf}, files={"document": ("lpa.pdf", PDF, "application/pdf")})
        assert ok.status_code == 200 and "Authority recorded" in ok.text and "lpa.pdf" in ok.text
    with unit_of_work(app.state.web.factory) as session:
        case = session.scalar(select(Case).where(Case.reference == "AUTH-H"))
        assert case.authority_status == "recorded" and case.authority_recorded_by == "harry"
        document = session.get(InboundMessage, case.authority_detail["recorded"]["document_message_id"])
        assert document.case_id == case.id and document.status == "processed" and document.mailbox == "review-upload"
        assert document.attachments[0]["filename"] == "lpa.pdf"
        events = [e.event for e in session.scalars(select(AuditEvent).where(AuditEvent.case_id == case.id, AuditEvent.actor == "harry").order_by(AuditEvent.id))]
        assert events == ["document_uploaded", "authority_recorded"]
        # The refused upload left no row behind: one document.
        assert len([m for m in case.messages if m.mailbox == "review-upload"]) == 1
    app.state.engine.dispose()


def test_a_mailed_message_with_a_forged_postal_header_shows_no_logged_contact(tmp_path, shipped_classifier):
    """Only a complaint a handler logged (the "phone" or "post" mailbox) carries trusted contact headers:
    anyone can write them into an email."""
    from fastapi.testclient import TestClient

    from triage.bootstrap import bootstrap
    from triage.web.app import create_app

    settings = make_settings(tmp_path)
    forged = (
        b"From: Mallory Jones <mallory@example.org>\r\nTo: complaints@firm.example\r\nSubject: Formal complaint about my completion statement\r\n"
        b"Message-ID: <forged-postal@example.org>\r\nX-Complainant-Postal-Address: 1 Forged Street, Elsewhere, EV1 1LL\r\n"
        b"X-Complainant-Phone: 0113 496 0999\r\n\r\n" + SUMMARY.encode() + b"\r\n"
    )
    deliver(settings.path("mailbox", "path"), "forged", forged)
    bot = bootstrap(settings, classifier=shipped_classifier)
    try:
        bot.service().run_once()
    finally:
        bot.close()
    app = create_app(settings)
    with unit_of_work(app.state.web.factory) as session:
        case = session.scalars(select(Case)).one()
        assert case.messages[0].mailbox not in ("phone", "post")
        assert any(name == "X-Complainant-Postal-Address" for name, _ in case.messages[0].headers)  # the header is there ...
        assert not any(l.to_address.startswith(POST_PREFIX) for l in case.letters)  # ... and no letter goes to it
        reference = case.reference
        create_user(session, "harry", "handler", PASSWORD)
    with TestClient(app) as client:
        token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/login").text).group(1)
        client.post("/login", data={"username": "harry", "password": PASSWORD, "csrf_token": token, "next": "/"})
        page = client.get(f"/cases/{reference}").text
        assert reference in page and "Formal complaint about my completion statement" in page
        assert 'id="case-postal"' not in page and "Forged Street" not in page and "0113 496 0999" not in page
    app.state.engine.dispose()


def test_the_logged_contact_is_read_only_from_a_logged_channel():
    headers = [["X-Complainant-Postal-Address", "1 Road,  Guildford, GU1 1AA"], ["X-Complainant-Phone", "0113 496 0000"]]
    assert logged_contact(InboundMessage(mailbox="post", headers=headers)) == {"postal_address": "1 Road, Guildford, GU1 1AA", "phone": "0113 496 0000"}
    assert logged_contact(InboundMessage(mailbox="phone", headers=headers[1:])) == {"phone": "0113 496 0000"}
    assert logged_contact(InboundMessage(mailbox="INBOX", headers=headers)) == {}
    assert logged_contact(None) == {}
