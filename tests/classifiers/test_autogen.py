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


NEWS_ITEM = (
    "Grid operators met on Tuesday to review the winter capacity plan. Prices for the coming quarter rose "
    "slightly on the regional exchanges, and two new interconnectors were approved for construction.\n\n"
)


def test_a_list_footer_at_the_end_of_a_long_newsletter_is_found():
    """Bulk mail puts "to unsubscribe" at its end, past the first 3,000 characters a shorter search reads
    (trial RM: real newsletters in the Enron and MIME corpora)."""
    footer = "You are subscribed as reader@example.com. To unsubscribe from this newsletter, reply with REMOVE."
    long_issue = "ENERGY DAILY - Issue 86\n\n" + NEWS_ITEM * 20 + footer
    assert len(long_issue) > 3500
    s, reasons = score(body=long_issue)
    assert s >= 0.7 and any("to unsubscribe" in r for r in reasons)
    # the same issue cut short of its footer is not recognised by the rules: the footer is what was found
    assert score(body="ENERGY DAILY - Issue 86\n\n" + NEWS_ITEM * 20)[0] < 0.7


def test_a_footer_in_mail_a_person_quotes_is_not_the_persons():
    body = (
        "Could you take me off this list please? I never signed up for it and it arrives every day.\n\n"
        "On Mon, 2 Mar 2026, Energy Daily <news@example.org> wrote:\n> " + NEWS_ITEM.strip() + "\n"
        "> To unsubscribe from this newsletter, reply with REMOVE.\n"
    )
    assert score(body=body)[0] < 0.5
