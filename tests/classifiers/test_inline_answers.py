"""A reply whose answers the sender typed inside the quoted mail goes to a person: the heads read only the sender's
own text on top, which says no more than "see my answers below" (trial IA)."""

from __future__ import annotations

import pytest

from classifiers.inline_answers import inline_answers_reason, unannounced_answers_text
from classifiers.textprep import message_sections

FIRM_LETTER = (
    "From: Conexus Collections <letters@conexus.example>\nSent: 3 March 2026 10:14\nTo: amy.osei@example.org\n"
    "Subject: Your account CX-88123\n\nDear Ms Osei,\n\n1. Please confirm your monthly income.\n"
    "I HAVE SENT IT TWICE ALREADY AND YOUR STAFF LOST IT.\n\n2. Please confirm your address.\n"
    "12 Elm Road, as I told you in January.\n\nConexus Collections"
)


def sections(top: str, carried: str = FIRM_LETTER, subject: str = "RE: Your account CX-88123"):
    return message_sections(f"{top}\n\n{carried}" if carried else top, None, subject)


@pytest.mark.parametrize("top", [
    "Please see my answers below in red.",
    "Hi, my responses are next to each of your points.",
    "I have answered your questions below.",
    "Comments inline.",
    "See in blue.",
    "Answers in capitals below - Amy",
])
def test_answers_announced_on_top_of_the_quoted_mail_need_a_person(top):
    reason = inline_answers_reason(sections(top))
    assert reason is not None and "answered inside the quoted mail" in reason


@pytest.mark.parametrize("top", [
    "Please see my previous email below.",
    "See below.",
    "Please see the email below from my bank.",
    "My bank details are below: sort code 12-34-56.",
    "I still have not had the refund you promised. Please sort it out this week.",
])
def test_an_ordinary_reply_or_forward_is_read_as_before(top):
    assert inline_answers_reason(sections(top)) is None


def test_without_quoted_or_forwarded_mail_there_is_nothing_inside_to_read():
    # "My comments below" over the sender's own paragraphs: everything they wrote is already read.
    assert inline_answers_reason(sections("My comments are below.\n\nYou charged me twice.", carried="")) is None


def test_announced_answers_are_read_with_the_quote_when_the_sender_wrote_little_else():
    # Trial IA3: the sender says the answers are inside; unmarked, they can only be read with the quote around them.
    short = sections("Please see my answers below in red.")
    assert "as I told you in January" in short.labelled_text() and short.answers_inside
    long_top = sections("Please see my answers below in red. " + "I have paid every month since January without fail. " * 5)
    assert long_top.answers_inside and "as I told you in January" not in long_top.labelled_text()  # said enough on top
    plain = sections("Thanks for the update.")
    assert not plain.answers_inside and "as I told you in January" not in plain.labelled_text()


# The same letter with the answers typed unmarked (no capitals, no initials): nothing sets them apart from the quote.
UNMARKED_LETTER = FIRM_LETTER.replace("I HAVE SENT IT TWICE ALREADY AND YOUR STAFF LOST IT.", "Sent it twice, your staff lost it.")


def test_the_first_quote_level_is_the_mail_answered_and_ends_where_older_mail_begins():
    # The sender's answers can sit only in the mail they answer; below it is older mail (their own first complaint,
    # which a thank-you must not revive).
    outlook = sections("Hi", carried=UNMARKED_LETTER + (
        "\n\nFrom: Amy Osei <amy.osei@example.org>\nSent: 1 March 2026 09:00\nTo: letters@conexus.example\n"
        "Subject: Complaint\n\nYou have lost my documents again."))
    writer, text = outlook.first_quote
    assert writer == "From: Conexus Collections <letters@conexus.example>"
    assert "your staff lost it" in text and "lost my documents again" not in text
    marked = sections("Thanks", carried=(
        "On 3 March 2026, Conexus Collections <letters@conexus.example> wrote:\n> Dear Ms Osei,\n"
        "> Please confirm your address.\n>\n> On 1 March 2026, Amy Osei <amy.osei@example.org> wrote:\n"
        ">> You have lost my documents again."))
    writer, text = marked.first_quote
    assert "letters@conexus.example" in writer
    assert "confirm your address" in text and "lost my documents" not in text


def test_unannounced_answers_are_read_with_the_quote_only_under_next_to_nothing_on_top():
    # Trial IU2: nothing on top but a greeting, someone else's mail quoted: the quote is read with it (for a flag).
    text = unannounced_answers_text(sections("Hi,\nAmy", carried=UNMARKED_LETTER), "amy.osei@example.org")
    assert text is not None and "your staff lost it" in text and "Hi" in text
    said_enough = "Thanks, that all makes sense now and the money is back with us. No further action needed."
    assert unannounced_answers_text(sections(said_enough), "amy.osei@example.org") is None
    assert unannounced_answers_text(sections("See my answers below in red."), "amy.osei@example.org") is None  # IA
    assert unannounced_answers_text(sections("Hi", carried=""), "amy.osei@example.org") is None  # no quote
    own_mail = "On 1 March 2026, Amy Osei <amy.osei@example.org> wrote:\n> You have lost my documents again."
    assert unannounced_answers_text(sections("Thanks", carried=own_mail), "amy.osei@example.org") is None
    assert unannounced_answers_text(sections("Thanks", carried=own_mail), "someone.else@example.org") is not None
