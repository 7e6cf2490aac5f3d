"""Answers a sender marks inside the quoted letter (initials, an answer label, capitals) are read as theirs; the
firm's words and older mail quoted inside it are not (trials IM and IM2)."""

from __future__ import annotations

import pytest

from classifiers.answer_marks import is_marked_answer
from classifiers.textprep import message_sections


@pytest.mark.parametrize("line", [
    "[JT] No, I never agreed to this fee.",
    "JT: you took the payment twice",
    "AO - wrong amount again",
    "Answer: I paid it on 3 March",
    "My reply: please delete my old address",
    "NO I DID NOT AGREE TO THIS FEE",
    "I HAVE SENT MY PAYSLIPS TWICE ALREADY",
])
def test_lines_the_sender_marked_as_answers(line):
    assert is_marked_answer(line)


@pytest.mark.parametrize("line", [
    "NB: payments are due on the first of the month",
    "RE: your account",
    "IF YOU CANNOT PAY, PLEASE CONTACT US",  # a firm's notice in capitals speaks as "we" and "you"
    "IMPORTANT INFORMATION ABOUT YOUR ACCOUNT",
    "Please confirm your monthly income.",
    "Yes that is right",  # unmarked: cannot be told from the quote in plain text
])
def test_the_firms_words_and_unmarked_lines_are_not(line):
    assert not is_marked_answer(line)


OUTLOOK_LETTER = (
    "-----Original Message-----\nFrom: Conexus Collections <letters@conexus.example>\nSent: 3 March 2026 10:14\n"
    "To: amy.osei@example.org\nSubject: Your account CX-88123\n\nDear Ms Osei,\n\n"
    "1. Please confirm your monthly income.\n[AO] I HAVE SENT IT TWICE AND YOUR STAFF LOST IT BOTH TIMES.\n\n"
    "2. The fee of 45 pounds was applied correctly.\nAO: it was not, I paid on time, take it off.\n\nConexus Collections"
)


def test_marked_answers_inside_an_outlook_quote_are_the_senders_text():
    sections = message_sections("Hi,\n\nThanks\nAmy\n\n" + OUTLOOK_LETTER, None, "RE: Your account CX-88123")
    assert "I HAVE SENT IT TWICE" in sections.new and "take it off" in sections.new
    assert "Please confirm your monthly income." in sections.quoted and "Please confirm" not in sections.new


def test_older_mail_quoted_inside_the_letter_is_not_the_senders_answer():
    # A thank-you quoting the firm's reply, which quotes the customer's old complaint in capitals.
    letter = (
        "Thanks Amy, I'm happy with the outcome. Nothing more needed.\n\n-----Original Message-----\n"
        "From: Amy Foster <customerrelations@conexus.example>\nSent: 18 October 2026 11:04\n"
        "Subject: Your recent complaint\n\nDear Mr Kane, we are sorry you received calls at work.\n\n"
        "> I AM COMPLAINING ABOUT THE CALLS TO MY OFFICE. THIS IS THE FOURTH TIME."
    )
    sections = message_sections(letter, None, "Re: Your recent complaint")
    assert "COMPLAINING" not in sections.new and "COMPLAINING" in sections.quoted
    nested = "Thanks, all sorted.\n\nOn 3 March 2026, Conexus wrote:\n> We have closed your complaint.\n>> I AM FURIOUS ABOUT MY BALANCE"
    assert "FURIOUS" not in message_sections(nested, None, "Re: Your complaint").new
