"""Who wrote a message and where letters to them go, including mail that a firm's web form relays.

A "Contact us" or "Make a complaint" form emails each submission from the web site's or the form service's
address (often a no-reply one); the person who wrote it is in the Reply-To header the form software sets, or only in
the form's email field. Their complaint is a person's message (the labelling guide: anything a person wrote), and
the acknowledgement must reach them, not the form software.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from classifiers.types import Triage
from mail.automail import AUTOMATED_SENDER, is_automated_address
from mail.parse import PLAUSIBLE_ADDRESS
from mail.types import AutoMailVerdict, ParsedEmail


@dataclass(frozen=True)
class Complainant:
    """The writer of a message as the register records them and letters address them."""

    address: str | None
    name: str
    # Where the address came from: "sender" (From), "reply-to" or "web form" (a form relay's), "" (none found).
    source: str


def relayed_by_form(triage: Triage | None) -> bool:
    """Whether the classifiers read the message as a web form's submission (`Triage.web_form`)."""
    return triage is not None and triage.web_form is not None


def person_behind_form(verdict: AutoMailVerdict, triage: Triage | None) -> AutoMailVerdict:
    """A web form's relay whose only machine sign is the form software's no-reply sender is not machine mail: a
    person filled the form in. Any other sign (Auto-Submitted, a bounce, list headers, our own loop) still decides."""
    if verdict.auto and relayed_by_form(triage) and all(r.startswith(AUTOMATED_SENDER) for r in verdict.reasons):
        return AutoMailVerdict(False)
    return verdict


def _writable(address: str, own_addresses: Collection[str]) -> bool:
    return bool(PLAUSIBLE_ADDRESS.fullmatch(address)) and not is_automated_address(address) and address not in own_addresses


def complainant(parsed: ParsedEmail, triage: Triage | None, own_addresses: Collection[str] = ()) -> Complainant:
    """The sender, or for a web form's relay the person who filled the form in: the Reply-To address the form
    software set, else the address typed in the form's email field, else a From address a person could read. None
    when there is no such address: a person then acknowledges by another channel."""
    sender = (parsed.from_address or "").lower() or None
    if not relayed_by_form(triage):
        return Complainant(parsed.from_address, parsed.from_name, "sender" if parsed.from_address else "")
    form = triage.web_form  # type: ignore[union-attr]  (relayed_by_form checked it)
    name = form.name or ""
    for address in parsed.reply_to:
        if address != sender and _writable(address, own_addresses):
            return Complainant(address, name, "reply-to")
    if form.email and _writable(form.email, own_addresses):
        return Complainant(form.email, name, "web form")
    if sender and _writable(sender, own_addresses):
        return Complainant(parsed.from_address, name or parsed.from_name, "sender")
    return Complainant(None, name, "")
