"""The final response that offers redress, and its acceptance form (PEXA s.6).

"Where redress or a goodwill gesture is to be made, the final response letter will include an
acceptance form for the complainant to confirm their acceptance of our offer prior to payment. This
acceptance form will also confirm that any compensation is paid in full and final settlement."

`draft_final_response` writes the final response letter for a case, always HELD for a person: a
final response is approved before it goes, and while the redress waits for approval above the
handler's limit (`redress_status == "awaiting_approval"`) `review.approve_letter` refuses it. When
the profile's `[redress] acceptance_form` is true and redress is offered, the acceptance form
(`redress_acceptance_form.txt.j2` of the profile's template set) is appended to the letter.

The approval limits themselves (`[redress] approval_limits`) are applied in `triage.review`.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from triage.calendar import as_london
from triage.errors import TriageError
from triage.letters import environment, one_line, template_search_path
from triage.models import AuditEvent, Letter, LetterStatus
from triage.policy import Profile
from triage.review import REDRESS_OFFERED, ReviewError, get_case

ACCEPTANCE_FORM_TEMPLATE = "redress_acceptance_form.txt.j2"
FORM_SEPARATOR = "\n\n" + "-" * 66 + "\n\n"
# The register's outcome -> the final_response template's variant.
LETTER_OUTCOME = {"upheld": "accept", "partially_upheld": "accept", "not_upheld": "reject"}


def money(amount: float) -> str:
    return f"{amount:,.2f}"


def redress_offer_text(amount: float) -> str:
    return f"We will pay you £{money(amount)} in full and final settlement of your complaint."


def render_acceptance_form(
    profile: Profile, *, reference: str, complainant_name: str, amount: float, redress_offer: str, letter_date: date
) -> str:
    env = environment(template_search_path(profile))
    return env.get_template(ACCEPTANCE_FORM_TEMPLATE).render(
        firm=profile.firm,
        reference=one_line(reference),
        complainant_name=one_line(complainant_name),
        amount=money(amount),
        redress_offer=one_line(redress_offer),
        letter_date=letter_date,
    )


def _with_form_html(body_html: str | None, form_text: str) -> str | None:
    if body_html is None:
        return None
    block = '<hr>\n<h2>Acceptance form</h2>\n<pre style="white-space: pre-wrap">' + html.escape(form_text) + "</pre>\n"
    if "</body>" in body_html:
        return body_html.replace("</body>", block + "</body>", 1)
    return body_html + block


def draft_final_response(
    session: Session,
    reference: str,
    actor: str,
    *,
    profile: Profile,
    renderer: Callable[[Any], Any],
    domain: str,
    outcome_summary: str,
    reasons: str,
    now: datetime | None = None,
) -> Letter:
    """Write the case's final response letter (held), with the acceptance form when redress is offered."""
    from triage.postal import postal_address_of, postal_to_address
    from triage.outbox import LetterRequest, queue_letter

    now = now or datetime.now(timezone.utc)
    case = get_case(session, reference)
    if not case.outcome:
        raise ReviewError("record the outcome before writing the final response")
    outcome_summary = (outcome_summary or "").replace("\x00", "").strip()[:5000]
    reasons = (reasons or "").replace("\x00", "").strip()[:10000]
    if not outcome_summary or not reasons:
        raise ReviewError("the final response needs a summary of the complaint and the reasons for the decision")
    pending = session.scalar(
        select(Letter.id).where(
            Letter.case_id == case.id, Letter.kind == "final_response", Letter.status.in_([LetterStatus.HELD.value, LetterStatus.QUEUED.value, LetterStatus.SENDING.value])
        )
    )
    if pending is not None:
        raise ReviewError(f"{reference} already has a final response waiting (letter {pending}); edit that one")
    amount = float(case.redress_amount or 0)
    offering = amount > 0 and case.redress_status in REDRESS_OFFERED
    variant = LETTER_OUTCOME.get(case.outcome, "reject")
    if offering and variant == "reject":
        variant = "redress"  # not upheld, but a goodwill payment
    offer = redress_offer_text(amount) if offering else ""
    with_form = bool(offering and profile.redress.acceptance_form)
    extra: dict[str, Any] = {
        "outcome": variant,
        "outcome_summary": outcome_summary,
        "reasons": reasons,
        "redress_offer": offer,
        "acceptance_form": with_form,
    }
    postal = postal_address_of(session, case)
    if case.complainant_address:
        to_address = case.complainant_address
    elif postal:
        to_address = postal_to_address(postal)
    else:
        raise ReviewError(f"{reference} has no email or postal address to send the final response to")
    if postal:
        extra["complainant_address"] = postal
    first_id = case.messages[0].message_id if case.messages else None
    request = LetterRequest(
        kind="final_response",
        to_address=to_address,
        case=case,
        in_reply_to=first_id if case.complainant_address else None,
        references=(first_id,) if first_id and case.complainant_address else (),
        auto_reply=False,
        extra=extra,
    )
    try:
        letter = queue_letter(session, request, hold=True, rule="review_final_response", domain=domain, renderer=renderer)
    except TriageError as exc:
        raise ReviewError(f"final response could not be written: {exc}") from exc
    if with_form:
        form = render_acceptance_form(
            profile, reference=case.reference, complainant_name=case.complainant_name or "", amount=amount, redress_offer=offer,
            letter_date=as_london(now).date(),
        )
        letter.body_text = letter.body_text.rstrip("\n") + FORM_SEPARATOR + form
        letter.body_html = _with_form_html(letter.body_html, form)
    session.add(
        AuditEvent(
            case_id=case.id, letter_id=letter.id, event="letter_queued", rule="review_final_response", actor=actor,
            detail={"kind": "final_response", "held": True, "variant": variant, "redress": amount if offering else None, "acceptance_form": with_form,
                    "redress_status": case.redress_status},
        )
    )
    return letter
