"""Letters that go by post: a complaint logged from a phone call or a letter may have no email
address, only a postal one. Such a letter is written like any other, addressed "post: <address>",
held, printed and posted by a person, and marked posted in the review app (which counts as sent).

The postal address and phone number a handler logged travel in headers of the complaint's
synthetic message (see triage.manual_intake), so they are kept with the raw message. They are
trusted only on a message of a logged channel (`logged_headers`): anyone can write them into an email.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from triage.letters import one_line as single_line
from triage.models import Case, InboundMessage, Letter

# `Letter.to_address` of a letter to print and post; the outbox never sends one (it stays held).
POST_PREFIX = "post:"
POSTAL_HEADER = "X-Complainant-Postal-Address"
PHONE_HEADER = "X-Complainant-Phone"
# The intake "mailboxes" of complaints a handler logged; only their messages carry trusted headers.
LOGGED_CHANNELS = ("phone", "post")

def one_line(value: object, limit: int = 300) -> str:
    """A form value as one line (letters.one_line: control characters become one space), cut to `limit`."""
    return single_line(value or "")[:limit]


def address_lines(value: object) -> tuple[str, ...]:
    """A postal address typed on several lines (or with commas) as clean lines."""
    raw = str(value or "").replace("\r\n", "\n").replace("\r", "\n")
    parts = [one_line(p, 120) for chunk in raw.split("\n") for p in chunk.split(",")]
    return tuple(p for p in parts if p)[:10]


def _header(headers, name: str) -> str | None:
    """The first value of header `name` in a stored header list; None if absent."""
    for key, value in headers or ():
        if str(key).lower() == name.lower():
            return str(value)
    return None


def postal_lines(headers) -> tuple[str, ...]:
    """The postal address in a message's headers (as the logging form wrote it), as lines; () if none.
    Trust it only on a message that came in on a logged channel (`logged_headers`)."""
    value = _header(headers, POSTAL_HEADER)
    return address_lines(value) if value is not None else ()


def logged_headers(message: InboundMessage | None):
    """The headers of a complaint a handler logged (a message on a LOGGED_CHANNELS mailbox); () for any
    other message, whose sender could have written a postal-address or phone header themselves."""
    if message is None or message.mailbox not in LOGGED_CHANNELS:
        return ()
    return message.headers or ()


def logged_contact(message: InboundMessage | None) -> dict[str, str]:
    """The postal address (one line) and phone a handler logged with `message`, for the review page;
    {} unless it came in on a logged channel."""
    headers = logged_headers(message)
    found: dict[str, str] = {}
    lines = postal_lines(headers)
    if lines:
        found["postal_address"] = ", ".join(lines)
    phone = _header(headers, PHONE_HEADER)
    if phone:
        found["phone"] = phone
    return found


def postal_address_of(session: Session, case: Case) -> tuple[str, ...]:
    """The postal address a handler logged for the case (from its first message's headers)."""
    message = session.scalar(select(InboundMessage).where(InboundMessage.case_id == case.id).order_by(InboundMessage.id).limit(1))
    return postal_lines(logged_headers(message))


def is_postal(letter: Letter) -> bool:
    return (letter.to_address or "").startswith(POST_PREFIX)


def postal_to_address(lines: tuple[str, ...]) -> str:
    return (POST_PREFIX + " " + ", ".join(lines))[:320] if lines else POST_PREFIX + " address unknown"


def postal_letter(lines: tuple[str, ...]) -> tuple[str, dict[str, Any]]:
    """A letter's `to_address` ("post: ...") and the `LetterRequest.extra` that prints the address block.
    Queue such a letter held; `review.mark_letter_posted` records it as sent once printed and posted."""
    return postal_to_address(lines), {"complainant_address": lines}


def postal_target(session: Session, case: Case) -> tuple[str, dict[str, Any]] | None:
    """For a case with no email address but a logged postal address: its `postal_letter`; else None."""
    if case.complainant_address:
        return None
    lines = postal_address_of(session, case)
    return postal_letter(lines) if lines else None
