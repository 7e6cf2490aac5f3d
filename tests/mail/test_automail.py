"""Auto-generated mail is recognised from its headers (RFC 3834 and peers' rules)."""

import pytest

from mail.automail import detect_auto_mail

HUMAN = {"from": "jo@example.com", "subject": "My account"}


@pytest.mark.parametrize(
    ("headers", "sender", "subject", "kind"),
    [
        ({"Auto-Submitted": "auto-replied"}, "jo@example.com", "Re: hello", "auto_reply"),
        ({"Auto-Submitted": "auto-replied (vacation)"}, "jo@example.com", "Away", "out_of_office"),
        ({"X-Auto-Response-Suppress": "All", "X-MS-Exchange-Inbox-Rules-Loop": "jo@example.com"}, "jo@example.com", "Automatic reply: x", "out_of_office"),
        ({"Precedence": "bulk", "List-Unsubscribe": "<mailto:u@news.example>"}, "news@news.example", "November news", "list"),
        ({"Content-Type": "multipart/report; report-type=delivery-status; boundary=x"}, "mailer-daemon@mx.example", "Undeliverable: hi", "bounce"),
        ({"Return-Path": "<>"}, "postmaster@mx.example", "Delivery Status Notification (Failure)", "bounce"),
        ({"X-Autoreply": "yes"}, "jo@example.com", "Re: hi", "auto_reply"),
        ({"Content-Type": "multipart/report; report-type=disposition-notification; boundary=y"}, "jo@example.com", "Read: your letter", "notification"),
        ({}, "noreply@portal.example", "Your statement is ready", "notification"),
        ({"X-Triage-Loop": "triage-bot; firm.example"}, "jo@example.com", "Re: [CMP-2026-000001]", "loop"),
    ],
)
def test_machine_mail_is_recognised(headers, sender, subject, kind):
    verdict = detect_auto_mail(headers, sender, subject, own_domains=("firm.example",), loop_id="x")
    assert verdict.auto
    assert verdict.kind == kind
    assert verdict.reasons


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Auto-Submitted": "no"},  # RFC 3834: "no" means a person wrote it
        {"X-Mailer": "Outlook"},
        {"Precedence": "first-class"},
    ],
)
def test_person_written_mail_is_not_flagged(headers):
    verdict = detect_auto_mail(headers, HUMAN["from"], HUMAN["subject"])
    assert not verdict.auto
    assert verdict.reasons == ()


def test_our_own_message_id_domain_is_a_loop():
    verdict = detect_auto_mail({"Message-ID": "<acknowledgement.1@firm.example>"}, "x@y.example", "Re: x", own_domains=("firm.example",))
    assert verdict.auto and verdict.kind == "loop"
