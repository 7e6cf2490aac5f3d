"""Typed values that cross the boundary between the classifiers and the rest of the bot.

The classifiers are a pure library: text and headers in, labels out. Nothing here touches a
database, a mail server or the settings file.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

RIGHTS = (
    "access",
    "rectification",
    "erasure",
    "restriction",
    "portability",
    "objection",
    "automated_decision",
    "informed",
)

CATEGORIES = (
    "platform_defect",
    "process",
    "wait_time",
    "service_quality",
    "inaccurate_information",
    "delay",
    "training",
    "onboarding",
    "usability",
    "personal_data",
    "debt_dispute",
    "collection_conduct",
    "fees_charges",
    "other",
    "none",
)


@dataclass(frozen=True)
class EmailText:
    """One message as the classifiers see it.

    `body` is the plain-text body (may be empty), `html` the HTML body when the message had one.
    `headers` maps lower-cased header names to their decoded values (first occurrence wins).
    `mailbox` names the policy profile whose mailbox received it ("pexa", "conexus"), or "".
    """

    subject: str = ""
    body: str = ""
    html: str | None = None
    sender: str = ""
    sender_name: str = ""
    headers: Mapping[str, str] = field(default_factory=dict)
    mailbox: str = ""


@dataclass(frozen=True)
class Firm:
    """One row of the firm directory (data/firms.csv)."""

    firm_id: str
    name: str
    aliases: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    complaints_email: str = ""
    department: str = ""
    phone: str = ""
    address: str = ""


@dataclass(frozen=True)
class FormContact:
    """The submitter's details in a web form's submission (the form software, not the person, sent the mail, often
    from a no-reply address): what the form's email and name fields hold, empty where it has none."""

    email: str = ""
    name: str = ""


@dataclass(frozen=True)
class Triage:
    """The classifiers' verdict on one message; field names are the `classify` JSON contract."""

    complaint: bool
    complaint_score: float
    explicit: bool = False
    personal_data: bool = False
    breach: bool = False
    rights: tuple[str, ...] = ()
    about_other_firm: str | None = None
    third_party: bool = False
    auto_generated: bool = False
    category: str = "none"
    needs_review: bool = False
    evidence: tuple[str, ...] = ()
    model_version: str = ""
    # Every calibrated score the model produced (label -> 0..1), for the register and review UI.
    scores: Mapping[str, float] = field(default_factory=dict)
    # Confidence of the firm match (0..1); low values are routed to a person, never guessed.
    firm_score: float = 0.0
    # Why auto_generated / needs_review were set, in words a person can read.
    reasons: tuple[str, ...] = ()
    # Set when the message is a web form's submission relayed by the form software (a person's message, whose
    # sender address is the software's): the contact details the person typed into the form.
    web_form: FormContact | None = None

    def to_json(self) -> dict[str, Any]:
        """The public `classify` fields, JSON-ready."""
        return {
            "complaint": self.complaint,
            "complaint_score": round(float(self.complaint_score), 4),
            "explicit": self.explicit,
            "personal_data": self.personal_data,
            "breach": self.breach,
            "rights": list(self.rights),
            "about_other_firm": self.about_other_firm,
            "third_party": self.third_party,
            "auto_generated": self.auto_generated,
            "category": self.category,
            "needs_review": self.needs_review,
            "evidence": list(self.evidence),
        }


class TriageClassifier(Protocol):
    """What the pipeline needs from a classifier."""

    version: str

    def classify(self, email: EmailText) -> Triage: ...

    def classify_many(self, emails: Sequence[EmailText]) -> list[Triage]: ...
