"""Did the sender type their answers inside the mail they reply to? People answering a firm's letter point by point
often write only "Please see my answers below in red" on top and put the answers inside the quoted original (Outlook
users in coloured text, others under each point). The heads read the sender's own text, so what those answers say (a
complaint, a rights request, a breach report) is not read; the quote is not the sender's to read as theirs, since it
is mostly the firm's own letter. Such mail goes to a person (trial IA), and the heads read the carried mail with
the sender's words (trial IA3: `Sections.answers_inside`, `Sections.labelled_text`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # textprep imports this module to read the announcement
    from classifiers.textprep import Sections

# How the answers are set apart: a colour or a typeface.
_MARKING = r"red|blue|green|purple|orange|pink|yellow|bold|italics?|capitals|caps|upper ?case|colou?r|highlighted"
_NOUN = (
    r"answers?|responses?|replies|comments?|notes?|remarks?|thoughts|corrections?|observations|annotations|input"
)
# Where the answers are: inside the mail below, or beside each of its points.
_WHERE = (
    rf"below|underneath|inline|in-line|in line|in (?:{_MARKING})|between (?:the|your) lines|throughout|"
    r"(?:next to|under|beneath|after|against|alongside|beside|below) (?:each|every|all|the|your) (?:of (?:your|the) )?"
    r"(?:points?|questions?|items?|paragraphs?|sections?|ones?|lines?)|"
    r"(?:with)?in (?:the body of )?(?:the|your) (?:original )?(?:text|e-?mail|letter|message)"
)
_ANNOUNCEMENT = re.compile(
    "|".join((
        # "My answers are below in red", "our comments inline", "see my responses next to each point"
        rf"\b(?:my|our)\s+(?:own\s+|inline\s+|full\s+|detailed\s+)?(?:{_NOUN})\b[^.\n]{{0,40}}?\b(?:{_WHERE})\b",
        # "I have answered your questions below", "I've added my comments under each point"
        rf"\b(?:i|we)(?:'ve|\s+have)?\s+(?:answered|replied|responded|commented|annotated|marked up|"
        rf"(?:added|put|written|typed|inserted|made)\s+(?:my|our)\s+(?:{_NOUN}))\b[^.\n]{{0,60}}?\b(?:{_WHERE})\b",
        # "Answers in red below", "Comments inline", "inline responses"
        rf"(?:^|[.:;!?]\s*)(?:{_NOUN})\s+(?:are\s+|is\s+)?(?:{_WHERE})\b",
        rf"\b(?:inline|in-line)\s+(?:{_NOUN})\b",
        # "See in red", "see below in blue", "(marked) in red against each point"
        rf"\bsee\b[^.\n]{{0,20}}?\bin (?:{_MARKING})\b",
        rf"\b(?:below|underneath|inline)\s+in\s+(?:{_MARKING})\b",
        rf"\bin (?:{_MARKING})\s+(?:below|underneath|inline)\b",
        r"\bmarked (?:with )?my initials\b",
    )),
    re.I | re.M,
)


def answers_announced(own_text: str) -> str:
    """The words in which the sender says they answered inside the mail below (at most 60 characters), else ""."""
    m = _ANNOUNCEMENT.search(own_text)
    return " ".join(m.group(0).lstrip(".:;!? ").split())[:60] if m else ""


def inline_answers_reason(sections: Sections) -> str | None:
    """Why a person must read the mail: the sender says they answered inside the quoted or forwarded mail it
    carries; else None."""
    if not sections.answers_inside:
        return None
    return f"the sender says they answered inside the quoted mail ('{sections.answers_inside}'): a person must read it"


# Room for a greeting, "thanks" and a name on top. A sender who wrote a message of their own there (a satisfied
# reply above the firm's complaint response, which restates the complaint) did not leave it in the quote (trial IU2).
FEW_WORDS_ON_TOP = 10


def unannounced_answers_text(sections: Sections, sender: str) -> str | None:
    """What to read for answers typed inside the quote with nothing said on top (trials IU2, IU3): the sender's own
    text with the first level of the quote, when they wrote next to nothing (under FEW_WORDS_ON_TOP words),
    announced no answers inside (IA's case) and the quote is someone else's mail; else None. A quote of the
    sender's own mail (a thank-you above their old complaint) cannot hold answers to it."""
    if sections.answers_inside or len(sections.new.split()) >= FEW_WORDS_ON_TOP:
        return None
    writer, first_quote = sections.first_quote
    if not first_quote:
        return None
    address = sender.strip().lower()
    if address and address in writer.lower():
        return None
    return "\n".join(p for p in (sections.own_subject, sections.new, first_quote) if p)


UNANNOUNCED_ANSWERS_REASON = (
    "the sender wrote little above the quoted mail, which reads as a complaint with it: they may have answered inside "
    "it; a person must read it"
)
