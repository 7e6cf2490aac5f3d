"""Recognise a web-form submission relayed to the mailbox by the form software.

A firm's "Contact us" or "Make a complaint" form emails each submission from the web site's or the form service's
address (often a no-reply one) under the form's own subject and boilerplate, but what the fields hold was written
by a person: by the labelling guide it is not machine mail ("anything a person wrote"). The form is recognised
from its field lines: at least three fields a contact form asks for ("Label: value", or the label alone on its line
with the value under it, as table-based forms render), one of them a free-text field holding a few words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.utils import parseaddr

from classifiers.types import FormContact

# Fields where the person picks a topic from the form's list: read with the person's words, not set apart.
_CHOICE_FIELD = (
    r"(?:reason|topic|category|type|nature)(?: (?:for|of) (?:contact|enquiry|your enquiry|complaint|request))?|"
    r"enquiry type|type of enquiry|department|product|service"
)
# Fields contact, complaint and data-request forms ask for (a fixed vocabulary: an ordinary letter has few such
# "Label:" lines, a forwarded mail's header block has From/Sent/To, which are not here).
_FIELD = (
    r"(?:your |full |first |last |given |family )?name|surname|forename|title|"
    r"(?:your )?e-?mail(?: address)?|(?:your |contact |mobile |telephone |phone )?(?:phone|telephone|mobile|number)"
    r"(?: number)?|(?:postal |home |your )?address|post ?code|zip|town|city|country|"
    r"(?:account|reference|customer|policy|loan|case|matter|agreement|client)(?: number| no\.?| ref(?:erence)?)?|"
    r"company|firm|organi[sz]ation|date of birth|dob|preferred (?:contact )?(?:method|time)|"
    rf"{_CHOICE_FIELD}|submitted(?: on| at)?|ip(?: address)?|page(?: url)?|source|form|consent|subject|"
    r"contact e-?mail(?: address)?|"
    # Questions as labels, and Contact Form 7's default "From: name <address>" (trial WF4; see
    # _header_like_field_is_a_field).
    r"what(?: is|'s) your (?:full name|name|e-?mail(?: address)?|(?:phone|telephone|mobile|contact) number|post ?code|"
    r"(?:postal |home )?address)|from"
)
_FREE_TEXT = (
    r"(?:your )?message|comments?|(?:your )?enquiry|(?:your )?query|question|details(?: of (?:your|the) [a-z ]{3,20})?|"
    r"description|how can we help(?: you)?|(?:your )?complaint(?: details)?|what happened|tell us more|"
    r"additional (?:information|details|comments)|feedback|(?:your )?request|what would you like us to do|"
    # Default labels of common form software and question labels (trial WF4).
    r"message body|comments? or (?:message|questions?)|your comments?|enquiry details|tell us about [a-z' ]{3,40}|"
    r"what (?:is|was) (?:your|the) (?:complaint|enquiry|query|question|problem|issue)(?: about)?|"
    r"please (?:describe|give details|tell us)[a-z' ]{0,40}|reason for your complaint"
)
_FIELD_LINE = re.compile(
    rf"^\s*\**\s*(?P<free>{_FREE_TEXT})?(?(free)|(?:{_FIELD}))\s*\**\s*(?:[:?]\s*\**\s*(?P<value>.*)|(?P<alone>))$", re.I
)
_EMAIL_FIELD = re.compile(r"^(?:(?:your |contact |what(?: is|'s) your )?e-?mail(?: address)?|from)$", re.I)
_NAME_FIELD = re.compile(r"^(?:your |full |what(?: is|'s) your (?:full )?)?name$", re.I)
_HEADER_LINE = re.compile(r"^\s*\**(?:sent|date|to|cc)\s*\**\s*:", re.I)
_FIRST_NAME_FIELD = re.compile(r"^(?:(?:first|given) name|forename)$", re.I)
_LAST_NAME_FIELD = re.compile(r"^(?:(?:last|family) name|surname)$", re.I)
_ADDRESS = re.compile(r"[^\s@<>()\[\],;:\"']+@[^\s@<>()\[\],;:\"']+\.[a-z]{2,}", re.I)
_MIN_FIELDS = 3
_MIN_FREE_WORDS = 3


_CHOICE = re.compile(rf"^\W*(?:{_CHOICE_FIELD}|subject)\b", re.I)


@dataclass(frozen=True)
class FormSubmission:
    """A relayed form: the numbers of the lines that hold the submitter's contact details (name, email, phone,
    address, reference numbers, and the form's own submitted/IP/page/consent fields). The heads set only those apart,
    as a signature's contact lines are; every other line (free texts, the topic chosen, the person's own sentences,
    the form's wording) is read, because people also paste a form's fields into letters of their own (trial WF2)."""

    contact_lines: frozenset[int]
    contact: FormContact


def _field(line: str) -> tuple[bool, str, str] | None:
    """(is a free-text field, its label, the value on the same line) for a field line, else None."""
    m = _FIELD_LINE.match(line)
    if not m:
        return None
    # "Name Amy" is not a field line (the pattern wants a colon or question mark, or nothing after the label);
    # "Name:" or "Name" alone on its line (value below) is.
    value = (m.group("value") or "").strip()
    label = line[: m.start("value")] if m.group("value") is not None else line
    return bool(m.group("free")), label.strip(" *:?\t"), value


def read_form(text: str) -> FormSubmission | None:
    """The submission in `text` when it reads as a web form's (enough field lines, a person's free text), else None."""
    lines = [line.strip() for line in text.split("\n")]
    fields = 0
    free_words = 0
    contact: set[int] = set()
    details: dict[str, str] = {}  # the first value of each contact field the pipeline may write to
    i = 0
    while i < len(lines):
        found = _field(lines[i]) if lines[i] else None
        if found is not None and not _header_like_field_is_a_field(lines, i, found[1], found[2]):
            found = None
        if found is None:
            i += 1
            continue
        free, label, value = found
        j = i + 1
        below: list[str] = []
        while j < len(lines) and lines[j] and _field(lines[j]) is None:
            below.append(lines[j])  # the value under a label, or a free text's further lines
            j += 1
        if not value and not below and j < len(lines) and not lines[j] and free:
            k = j + 1  # "Message:", a blank line, then the text (plain-text forms)
            while k < len(lines) and lines[k] and _field(lines[k]) is None:
                below.append(lines[k])
                k += 1
            j = k
        answer = "\n".join(x for x in [value, *below] if x)
        if answer:
            fields += 1
            if free:
                free_words = max(free_words, len(answer.split()))
            elif not _CHOICE.match(label):
                contact.update(range(i, j))
                _note_contact(details, label, answer)
        i = j
    if fields < _MIN_FIELDS or free_words < _MIN_FREE_WORDS:
        return None
    name = details.get("name") or " ".join(x for x in (details.get("first", ""), details.get("last", "")) if x)
    return FormSubmission(frozenset(contact), FormContact(email=details.get("email", ""), name=name[:120]))


def _header_like_field_is_a_field(lines: list[str], i: int, label: str, value: str) -> bool:
    """Contact Form 7's default "From: name <address>" and "Subject:" are form fields; a forwarded or quoted mail's
    header block ("From:" followed by "Sent:", "Date:", "To:" or "Cc:"; a "Subject:" near one of those) never is."""
    if label.lower() == "from":
        return bool(_ADDRESS.search(value)) and not any(_HEADER_LINE.match(x) for x in lines[i + 1 : i + 4])
    if label.lower() == "subject":
        return not any(_HEADER_LINE.match(x) for x in lines[max(0, i - 3) : i] + lines[i + 1 : i + 4])
    return True


def _note_contact(details: dict[str, str], label: str, answer: str) -> None:
    """Keep the submitter's email address and name from a contact field, the first of each kind."""
    first_line = answer.split("\n", 1)[0].strip()
    if _EMAIL_FIELD.match(label):
        address = _ADDRESS.search(answer)
        if address:
            details.setdefault("email", address.group(0).lower())
        display_name = parseaddr(first_line)[0] if label.lower() == "from" and "<" in first_line else ""
        if display_name:  # Contact Form 7's "From: Amy Osei <amy@example.org>"
            details.setdefault("name", display_name)
    elif _NAME_FIELD.match(label):
        details.setdefault("name", first_line)
    elif _FIRST_NAME_FIELD.match(label):
        details.setdefault("first", first_line)
    elif _LAST_NAME_FIELD.match(label):
        details.setdefault("last", first_line)
