"""Turn a `LetterRequest` into subject and bodies with the policy profile's Jinja2 letters.

The register's case is translated into the profile's `LetterContext`; nothing outside
`triage.letters` knows what a template needs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timezone
from typing import Any

from classifiers.types import Firm
from triage.calendar import as_london
from triage.intake_details import authority_received
from triage.letters import ForwardedFirm, LetterContext, RenderedLetter, render_letter
from triage.outbox import LetterRequest
from triage.policy import Profile


def forwarded_firm(firm: Firm | None) -> ForwardedFirm | None:
    if firm is None:
        return None
    address = tuple(part.strip() for part in firm.address.split(",") if part.strip())
    return ForwardedFirm(name=firm.name, department=firm.department, email=firm.complaints_email, phone=firm.phone, address=address)


def context_for(request: LetterRequest, now: datetime, extra: dict[str, Any] | None = None) -> LetterContext:
    """The letter context of a case at `now` (the letter date)."""
    case = request.case
    received = case.received_at if case.received_at.tzinfo else case.received_at.replace(tzinfo=timezone.utc)
    deadlines = {}
    for deadline in case.deadlines:
        due = deadline.due_at if deadline.due_at.tzinfo else deadline.due_at.replace(tzinfo=timezone.utc)
        deadlines[deadline.step] = due
    values: dict[str, Any] = dict(
        reference=case.reference,
        received=received,
        complainant_name=case.complainant_name or "",
        original_subject=case.subject or "",
        deadlines=deadlines,
        forwarded_firm=forwarded_firm(request.firm),
        forward_reason=(
            f"your complaint is about the service you received from {request.firm.name}, which only they can investigate"
            if request.firm
            else ""
        ),
        rights=tuple(case.rights or ()),
        personal_data=bool(case.personal_data),
        letter_date=as_london(now).date(),
        breach_summary=f"Case {case.reference} describes a possible personal data breach; see the register." if case.breach else "",
        # Intake: an acknowledgement asks only for what is still missing, and a third party who wrote
        # without the customer's authority is asked for it (docs/intake-register.md).
        details_missing=tuple(str(k) for k in (case.details_missing or ())),
        authority_pending=(case.authority_status or "") == "pending",
        authority_received=(case.authority_status or "") == "pending" and authority_received(case),
    )
    values.update(extra or {})
    return LetterContext(**values)


def make_renderer(
    profile: Profile,
    template_dirs: Sequence[str] = (),
    now: Callable[[], datetime] = lambda: datetime.now(timezone.utc),
) -> Callable[[LetterRequest], RenderedLetter]:
    """A renderer bound to one profile. Raises `LetterError` when a letter lacks what it needs."""

    def render(request: LetterRequest) -> RenderedLetter:
        return render_letter(profile, request.kind, context_for(request, now(), request.extra), template_dirs)

    return render
