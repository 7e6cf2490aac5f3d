"""Machine-generated mail: header rules (RFC 3834, bounces, lists) and text-only out-of-office."""

from __future__ import annotations

import pytest

from classifiers import autogen
from classifiers.textprep import prepare_sections
from classifiers.types import EmailText


def score(headers=None, sender="", subject="", body="Hello"):
    e = EmailText(subject=subject, body=body, sender=sender, headers=headers or {})
    return autogen.detect(e.headers, e.sender, e.subject, prepare_sections(e))


@pytest.mark.parametrize(
    "headers",
    [
        {"auto-submitted": "auto-replied"},
        {"precedence": "bulk"},
        {"precedence": "auto_reply"},
        {"x-autoreply": "yes"},
        {"x-autorespond": "yes"},
        {"x-auto-response-suppress": "All"},
        {"list-id": "<news.example.org>"},
        {"list-unsubscribe": "<mailto:u@example.org>"},
        {"return-path": "<>"},
        {"x-failed-recipients": "a@b.c"},
        {"content-type": "multipart/report; report-type=delivery-status"},
    ],
)
def test_headers_mark_auto_generated(headers):
    s, reasons = score(headers)
    assert s >= 0.9 and reasons


def test_auto_submitted_no_is_human():
    s, _ = score({"auto-submitted": "no"}, body="The fee is wrong, please refund it.")
    assert s < 0.5


@pytest.mark.parametrize("sender", ["MAILER-DAEMON@mx.example.com", "Mail Delivery Subsystem <postmaster@example.com>"])
def test_bounce_senders(sender):
    assert score(sender=sender)[0] >= 0.9


@pytest.mark.parametrize("subject", ["Undeliverable: your complaint", "Automatic reply: Fee", "Out of Office: back Monday"])
def test_automatic_subjects(subject):
    assert score(subject=subject)[0] >= 0.7


def test_out_of_office_text_without_headers():
    body = "Thank you for your email. I am out of the office until Monday 14 April with no access to email."
    s, reasons = score(body=body)
    assert s >= 0.7 and any("out-of-office" in r for r in reasons)


def test_person_mentioning_holiday_in_a_complaint_is_not_auto():
    body = (
        "I was charged twice while I was away. I have written three times and nobody has replied. "
        "I want the duplicate fee refunded and an explanation of why this keeps happening."
    )
    assert score(body=body)[0] < 0.5
