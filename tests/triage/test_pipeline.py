"""End to end on the embedded default: a Maildir in, the register, and the file outbox out."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.conftest import deliver, make_settings
from triage.bootstrap import bootstrap
from triage.db import unit_of_work
from triage.intake import store_raw
from triage.models import AuditEvent, Case, InboundMessage, Letter, MessageStatus
from triage.rawstore import RawStore

COMPLAINT = (
    b"From: Margaret Ellis <m.ellis@example.org>\r\nTo: complaints@firm.example\r\n"
    b"Subject: Formal complaint about my account\r\nMessage-ID: <complaint-1@example.org>\r\n"
    b"Date: Mon, 16 Nov 2026 09:12:00 +0000\r\n\r\n"
    b"I wish to make a formal complaint. I have phoned your office five times in three weeks about the\r\n"
    b"wrong balance on my account and nobody has called me back. This is unacceptable and I expect a\r\n"
    b"written explanation and the balance corrected.\r\n\r\nMargaret Ellis\r\n"
)

OUT_OF_OFFICE = (
    b"From: Tom Hart <tom.hart@lender.example>\r\nTo: complaints@firm.example\r\n"
    b"Subject: Automatic reply: I am very unhappy with your service\r\nMessage-ID: <ooo-1@lender.example>\r\n"
    b"Auto-Submitted: auto-replied\r\nX-Auto-Response-Suppress: All\r\n\r\n"
    b"I am out of the office until Monday. This is a complaint about nothing; I will reply on my return.\r\n"
)

BOUNCE = (
    b"From: Mail Delivery System <MAILER-DAEMON@mx.example>\r\nTo: complaints@firm.example\r\n"
    b"Subject: Undelivered Mail Returned to Sender\r\nMessage-ID: <bounce-1@mx.example>\r\n"
    b"Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n"
    b"--b\r\nContent-Type: text/plain\r\n\r\nI am unhappy to tell you your complaint letter could not be delivered.\r\n"
    b"--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example\r\n\r\n"
    b"Final-Recipient: rfc822; nobody@example.org\r\nAction: failed\r\nStatus: 5.1.1\r\n--b--\r\n"
)

NEWSLETTER = (
    b"From: Industry News <news@bulletin.example>\r\nTo: complaints@firm.example\r\n"
    b"Subject: Complaints statistics for Q3: complaints up 12%\r\nMessage-ID: <news-1@bulletin.example>\r\n"
    b"Precedence: bulk\r\nList-Unsubscribe: <mailto:unsubscribe@bulletin.example>\r\n\r\n"
    b"Customers complained about delays and poor service more than ever this quarter.\r\n"
)


def inbox(settings) -> Path:
    return settings.path("mailbox", "path")


def outbox_files(settings) -> list[bytes]:
    folder = settings.path("outbox", "path") / "new"
    return [p.read_bytes() for p in sorted(folder.glob("*"))] if folder.exists() else []


def count(app, model, *where) -> int:
    with unit_of_work(app.factory) as session:
        return session.scalar(select(func.count()).select_from(model).where(*where)) or 0


def test_complaint_is_registered_and_acknowledged(app, settings):
    deliver(inbox(settings), "m1", COMPLAINT)
    report = app.service().run_once()
    (outcome,) = report.outcomes
    assert outcome.case_reference and outcome.case_reference.startswith("CMP-")
    assert report.send.sent == 1
    (letter,) = outbox_files(settings)
    msg = email.message_from_bytes(letter, policy=email.policy.default)
    assert msg["To"] == "m.ellis@example.org"
    assert msg["Auto-Submitted"] == "auto-replied"
    assert msg["In-Reply-To"] == "<complaint-1@example.org>"
    assert outcome.case_reference in msg["Subject"]
    # The raw message is kept byte for byte, content-addressed.
    with unit_of_work(app.factory) as session:
        row = session.scalars(select(InboundMessage)).one()
        assert RawStore(settings.path("storage", "raw_path")).get(row.raw_sha256) == COMPLAINT
        case = session.scalars(select(Case)).one()
        assert case.complaint and [h["rule"] for h in case.rule_hits][:1] == ["classify"]
        events = [e.event for e in session.scalars(select(AuditEvent).order_by(AuditEvent.id))]
    assert events[:2] == ["message_stored", "case_opened"]
    assert "letter_sent" in events
    # The message left the inbox for the processed folder only after it was stored.
    assert not list((inbox(settings) / "new").iterdir())
    assert len(list((inbox(settings) / ".Processed" / "cur").iterdir())) == 1


def test_processing_the_same_mailbox_twice_creates_nothing_new(app, settings):
    deliver(inbox(settings), "m1", COMPLAINT)
    app.service().run_once()
    before = (count(app, Case), count(app, Letter), count(app, InboundMessage))
    # Put the processed message back, as a person dragging it into the inbox again would.
    for file in (inbox(settings) / ".Processed" / "cur").iterdir():
        file.rename(inbox(settings) / "cur" / file.name)
    report = app.service().run_once()
    assert report.outcomes == [] and report.already_held == 1
    assert (count(app, Case), count(app, Letter), count(app, InboundMessage)) == before
    assert len(outbox_files(settings)) == 1


def test_identical_message_delivered_twice_becomes_one_case(app, settings):
    deliver(inbox(settings), "copy-a", COMPLAINT, order=1)
    deliver(inbox(settings), "copy-b", b"Received: by relay.example; Mon, 16 Nov 2026\r\n" + COMPLAINT, order=2)
    report = app.service().run_once()
    assert [o.status for o in report.outcomes] == ["processed", "duplicate"]
    assert count(app, Case) == 1 and count(app, Letter) == 1
    assert count(app, InboundMessage) == 2  # both copies are kept; the second points at the first


@pytest.mark.parametrize("raw", [OUT_OF_OFFICE, BOUNCE, NEWSLETTER], ids=["out-of-office", "bounce", "newsletter"])
def test_auto_mail_is_stored_and_classified_but_never_acknowledged(app, settings, raw):
    deliver(inbox(settings), "auto", raw)
    report = app.service().run_once()
    (outcome,) = report.outcomes
    assert outcome.found[0].startswith("auto:")
    assert count(app, Letter) == 0 and outbox_files(settings) == []
    with unit_of_work(app.factory) as session:
        row = session.scalars(select(InboundMessage)).one()
        assert row.auto_kind and row.status == MessageStatus.PROCESSED.value
        assert session.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.event == "message_processed")) == 1


def test_our_own_letter_coming_back_is_not_answered(app, settings):
    deliver(inbox(settings), "m1", COMPLAINT)
    app.service().run_once()
    (letter,) = outbox_files(settings)
    # The acknowledgement comes back into the complaints mailbox (a forwarding rule, say).
    deliver(inbox(settings), "echo", letter)
    app.service().run_once()
    assert count(app, Letter) == 1


def test_reply_to_our_letter_joins_the_case(app, settings):
    deliver(inbox(settings), "m1", COMPLAINT)
    app.service().run_once()
    with unit_of_work(app.factory) as session:
        letter = session.scalars(select(Letter)).one()
        reference = session.scalars(select(Case.reference)).one()
    reply = (
        b"From: Margaret Ellis <m.ellis@example.org>\r\nTo: complaints@firm.example\r\n"
        b"Subject: Re: [" + reference.encode() + b"] We have received your complaint\r\n"
        b"Message-ID: <reply-1@example.org>\r\nIn-Reply-To: " + letter.message_id.encode() + b"\r\n\r\n"
        b"Thank you, my account number is 4471 2290.\r\n"
    )
    deliver(inbox(settings), "m2", reply)
    (outcome,) = app.service().run_once().outcomes
    assert outcome.case_reference == reference
    assert count(app, Case) == 1 and count(app, Letter) == 1


@pytest.mark.parametrize(
    ("name", "raw", "reason"),
    [
        ("broken-mime", b"From: someone\r\nSubject: help\r\nContent-Type: multipart/mixed\r\n\r\n--x\r\nfoo", "boundary"),
        ("empty", b"From: a@example.org\r\nSubject: \r\nMessage-ID: <e@x>\r\n\r\n", "empty body"),
        ("binary-junk", b"\x00\xff" * 50, "From header has no address"),
    ],
    ids=["broken-mime", "empty", "binary-junk"],
)
def test_bad_input_is_stored_and_flagged_for_a_person(app, settings, name, raw, reason):
    deliver(inbox(settings), name, raw)
    report = app.service().run_once()
    (outcome,) = report.outcomes
    assert outcome.status == "processed"
    with unit_of_work(app.factory) as session:
        case = session.scalars(select(Case)).one()
        assert case.needs_review
        assert any(reason in r for r in case.review_reasons), case.review_reasons
        row = session.scalars(select(InboundMessage)).one()
        assert RawStore(settings.path("storage", "raw_path")).get(row.raw_sha256) == raw


def test_oversized_message_is_quarantined_with_its_headers(tmp_path, shipped_classifier):
    settings = make_settings(tmp_path, mailbox={"max_message_bytes": 10_000})
    app = bootstrap(settings, classifier=shipped_classifier)
    big = COMPLAINT.replace(b"Margaret Ellis\r\n", b"x" * 20_000 + b"\r\n")
    deliver(inbox(settings), "big", big)
    (outcome,) = app.service().run_once().outcomes
    assert outcome.case_kind == "unreadable" and outcome.quarantine_reason
    assert (inbox(settings) / ".Quarantine" / "cur" / "big").exists()
    with unit_of_work(app.factory) as session:
        row = session.scalars(select(InboundMessage)).one()
        assert row.truncated and row.raw_size == len(big) and row.subject == "Formal complaint about my account"
    app.close()


def test_storage_failure_loses_nothing(tmp_path, shipped_classifier):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the raw store should be")
    settings = make_settings(tmp_path, storage={"raw_path": str(blocker / "messages")})
    app = bootstrap(settings, classifier=shipped_classifier)
    deliver(inbox(settings), "m1", COMPLAINT)
    report = app.service().run_once()
    assert report.storage_errors == 1 and report.outcomes == []
    assert (inbox(settings) / "new" / "m1").exists()  # still in the mailbox, to be retried
    assert count(app, InboundMessage) == 0
    assert count(app, AuditEvent, AuditEvent.event == "storage_failed") == 1
    app.close()


def test_crash_after_storing_is_finished_on_restart(app, settings):
    deliver(inbox(settings), "m1", COMPLAINT)
    # The first run stored the message and died before processing it.
    (raw,) = list(app.service().source.fetch())
    stored = store_raw(raw, app.factory, app.store)
    assert stored.new and stored.status == "stored"
    report = app.service().run_once()
    assert len(report.outcomes) == 1 and report.outcomes[0].case_reference
    assert count(app, Case) == 1 and count(app, Letter) == 1
    assert not (inbox(settings) / "new" / "m1").exists()


def test_an_internal_error_is_shunted_and_the_service_goes_on(tmp_path, settings):
    class Exploding:
        version = "boom"

        def classify(self, email_text):
            if "boom" in email_text.subject:
                raise RuntimeError("model exploded")
            from classifiers.types import Triage

            return Triage(complaint=False, complaint_score=0.0)

        def classify_many(self, items):
            return [self.classify(i) for i in items]

    app = bootstrap(settings, classifier=Exploding())
    deliver(inbox(settings), "a", COMPLAINT.replace(b"Formal complaint", b"boom"), order=1)
    deliver(inbox(settings), "b", NEWSLETTER, order=2)
    report = app.service().run_once()
    assert [o.status for o in report.outcomes] == ["failed", "processed"]
    assert (inbox(settings) / ".Quarantine" / "cur" / "a").exists()
    with unit_of_work(app.factory) as session:
        failed = session.scalars(select(InboundMessage).where(InboundMessage.status == "failed")).one()
        assert "model exploded" in failed.error
        assert failed.subject == "boom about my account"  # a person can see what it was
        case = session.get(Case, failed.case_id)
        assert case.needs_review and case.kind == "unprocessed" and "model exploded" in case.review_reasons[0]
    app.close()


def test_audit_history_cannot_be_rewritten(app, settings):
    deliver(inbox(settings), "m1", COMPLAINT)
    app.service().run_once()
    with pytest.raises(PermissionError):
        with unit_of_work(app.factory) as session:
            event = session.scalars(select(AuditEvent)).first()
            event.event = "tampered"


def test_a_25_mb_attachment_is_kept_and_the_complaint_still_answered(app, settings):
    import base64

    payload = base64.encodebytes(bytes(range(256)) * (25 * 4096))
    head, body = COMPLAINT.split(b"\r\n\r\n", 1)
    raw = (
        head.replace(b"Message-ID: <complaint-1@example.org>", b"Message-ID: <big-1@example.org>")
        + b'\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="bb"\r\n\r\n--bb\r\nContent-Type: text/plain\r\n\r\n'
        + body
        + b'\r\n--bb\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename="statements.pdf"\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\n" + payload + b"\r\n--bb--\r\n"
    )
    assert len(raw) > 25 * 1024 * 1024
    deliver(inbox(settings), "big", raw)
    (outcome,) = app.service().run_once().outcomes
    assert outcome.case_kind == "complaint" and "acknowledgement queued" in outcome.done
    with unit_of_work(app.factory) as session:
        row = session.scalars(select(InboundMessage)).one()
        assert row.raw_size == len(raw)
        assert row.attachments[0]["filename"] == "statements.pdf" and row.attachments[0]["size"] == 25 * 1024 * 1024


def test_no_message_id_still_gets_a_case_and_an_acknowledgement(app, settings):
    raw = COMPLAINT.replace(b"Message-ID: <complaint-1@example.org>\r\n", b"")
    deliver(inbox(settings), "noid", raw)
    (outcome,) = app.service().run_once().outcomes
    assert outcome.case_reference.startswith("CMP-")
    (letter,) = outbox_files(settings)
    msg = email.message_from_bytes(letter, policy=email.policy.default)
    assert msg["In-Reply-To"] is None and msg["To"] == "m.ellis@example.org"
    with unit_of_work(app.factory) as session:
        assert "no Message-ID" in session.scalars(select(InboundMessage)).one().parse_problems


def _with_attachment(message_id: bytes, subject: bytes, body: bytes, filename: bytes, ctype: bytes) -> bytes:
    return (
        b"From: Margaret Ellis <m.ellis@example.org>\r\nTo: complaints@firm.example\r\nSubject: " + subject
        + b"\r\nMessage-ID: <" + message_id + b">\r\nMIME-Version: 1.0\r\n"
        + b'Content-Type: multipart/mixed; boundary="bb"\r\n\r\n--bb\r\nContent-Type: text/plain\r\n\r\n' + body
        + b"\r\n--bb\r\nContent-Type: " + ctype + b'\r\nContent-Disposition: attachment; filename="' + filename
        + b'"\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQKJcfsj6IK\r\n--bb--\r\n'
    )


def test_a_letter_sent_as_an_attachment_under_a_short_note_goes_to_a_person(app, settings):
    """An empty email with a scanned letter: the message is in the PDF, which no classifier reads."""
    deliver(inbox(settings), "scan", _with_attachment(b"scan-1@example.org", b"Letter attached", b"\r\n", b"letter.pdf", b"application/pdf"))
    # a complaint written out in the email, with its evidence attached, and a short note with only a signature logo
    deliver(inbox(settings), "full", _with_attachment(b"full-1@example.org", b"Formal complaint about my account",
                                                      COMPLAINT.split(b"\r\n\r\n", 1)[1], b"statement.pdf", b"application/pdf"))
    deliver(inbox(settings), "logo", _with_attachment(b"logo-1@example.org", b"Thanks", b"Thank you, received.\r\n", b"image001.png", b"image/png"))
    app.service().run_once()
    with unit_of_work(app.factory) as session:
        reasons = {c.subject: list(c.review_reasons or ()) for c in session.scalars(select(Case))}
        flagged = {c.subject for c in session.scalars(select(Case)) if c.needs_review}
    assert set(reasons) == {"Letter attached", "Formal complaint about my account", "Thanks"}
    assert "Letter attached" in flagged
    assert any("1 attached document: the message is in it, and a person must read it" in r for r in reasons["Letter attached"])
    for subject in ("Formal complaint about my account", "Thanks"):
        assert not any("attached document" in r for r in reasons[subject]), subject
