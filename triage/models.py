"""The complaints register: SQLAlchemy 2.0 typed models (SQLite by default, PostgreSQL in production).

Schema changes go through Alembic (`triage/migrations`); `triage.db.upgrade` applies them.
"""

from __future__ import annotations

import enum
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class MessageStatus(str, enum.Enum):
    STORED = "stored"  # raw bytes durable, nothing else done yet
    PROCESSED = "processed"  # parsed, classified, decided
    DUPLICATE = "duplicate"  # same Message-ID and body as an earlier message
    FAILED = "failed"  # an internal error; a person must look (the raw bytes are safe)


class CaseStatus(str, enum.Enum):
    OPEN = "open"
    NEEDS_REVIEW = "needs_review"
    FORWARDED = "forwarded"
    RESOLVED = "resolved"
    NO_ACTION = "no_action"  # not a complaint or request: registered, nothing owed


class LetterStatus(str, enum.Enum):
    QUEUED = "queued"
    HELD = "held"  # waits for staff approval or a loop limit
    SENDING = "sending"  # claimed by a sender; Message-ID fixed before the attempt
    SENT = "sent"
    FAILED = "failed"  # permanent failure: a person must look
    SUPPRESSED = "suppressed"  # never to be sent (loop protection, cancelled)


class InboundMessage(Base):
    """One message exactly as received: where it came from, where its bytes are, what parsing saw."""

    __tablename__ = "inbound_messages"
    __table_args__ = (
        UniqueConstraint("mailbox", "source_key", name="uq_inbound_source"),
        Index("ix_inbound_dedupe", "message_id", "body_sha256"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mailbox: Mapped[str] = mapped_column(String(500))
    source_key: Mapped[str] = mapped_column(String(300))
    uidvalidity: Mapped[int | None] = mapped_column(BigInteger)
    uid: Mapped[int | None] = mapped_column(BigInteger)
    raw_sha256: Mapped[str] = mapped_column(String(64), index=True)
    raw_size: Mapped[int] = mapped_column(BigInteger)
    truncated: Mapped[bool] = mapped_column(Boolean, default=False)  # source refused the full body
    body_sha256: Mapped[str | None] = mapped_column(String(64))
    message_id: Mapped[str | None] = mapped_column(String(998))
    from_address: Mapped[str | None] = mapped_column(String(320))
    from_name: Mapped[str] = mapped_column(String(300), default="")
    subject: Mapped[str] = mapped_column(Text, default="")
    sent_date: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    headers: Mapped[list[Any]] = mapped_column(JSON, default=list)
    text: Mapped[str] = mapped_column(Text, default="")
    html: Mapped[str | None] = mapped_column(Text)
    attachments: Mapped[list[Any]] = mapped_column(JSON, default=list)
    parse_problems: Mapped[list[Any]] = mapped_column(JSON, default=list)
    parser: Mapped[str] = mapped_column(String(20), default="")
    in_reply_to: Mapped[str | None] = mapped_column(String(998))
    auto_kind: Mapped[str] = mapped_column(String(30), default="")
    status: Mapped[str] = mapped_column(String(20), default=MessageStatus.STORED.value, index=True)
    error: Mapped[str | None] = mapped_column(Text)
    duplicate_of_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_messages.id"))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    # Set when retention purged the raw bytes (the register row and its facts stay).
    raw_purged_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    case: Mapped[Case | None] = relationship(back_populates="messages", foreign_keys=[case_id])


# Case.channel of a complaint the firm's web form relayed (triage.complainant): read by the bot like email.
WEB_FORM_CHANNEL = "web_form"


class Case(Base):
    """A register entry: one complaint, request or piece of mail the firm must account for."""

    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(String(40), unique=True)
    kind: Mapped[str] = mapped_column(String(40), index=True)
    status: Mapped[str] = mapped_column(String(20), index=True)
    needs_review: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    review_reasons: Mapped[list[Any]] = mapped_column(JSON, default=list)
    profile: Mapped[str] = mapped_column(String(40), default="")
    complainant_address: Mapped[str | None] = mapped_column(String(320))
    complainant_name: Mapped[str] = mapped_column(String(300), default="")
    subject: Mapped[str] = mapped_column(Text, default="")
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    complaint: Mapped[bool] = mapped_column(Boolean, default=False)
    explicit: Mapped[bool] = mapped_column(Boolean, default=False)
    personal_data: Mapped[bool] = mapped_column(Boolean, default=False)
    breach: Mapped[bool] = mapped_column(Boolean, default=False)
    rights: Mapped[list[Any]] = mapped_column(JSON, default=list)
    third_party: Mapped[bool] = mapped_column(Boolean, default=False)
    auto_generated: Mapped[bool] = mapped_column(Boolean, default=False)
    about_other_firm: Mapped[str | None] = mapped_column(String(80))
    category: Mapped[str] = mapped_column(String(40), default="none")
    rule_hits: Mapped[list[Any]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    final_response_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    rights_extended: Mapped[bool] = mapped_column(Boolean, default=False)
    # How the complaint reached us: email or web_form (the bot; WEB_FORM_CHANNEL), phone or post (logged by a handler).
    channel: Mapped[str] = mapped_column(String(20), default="email")
    handler: Mapped[str | None] = mapped_column(String(100), index=True)
    acknowledged_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # The outcome staff record (MI: upheld %, redress, root cause).
    outcome: Mapped[str | None] = mapped_column(String(30))  # upheld, not_upheld, partially_upheld
    redress_amount: Mapped[float | None] = mapped_column(Float)
    root_cause: Mapped[str | None] = mapped_column(String(40))
    forwarded_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # Intake details found in the mail (references, phones, postcodes, address, remedy, documents),
    # stored plain, minimised or encrypted as the profile says; `details_missing` is what the
    # acknowledgement asked for and has not been supplied yet.
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    details_missing: Mapped[list[Any]] = mapped_column(JSON, default=list)
    # Vulnerability indicators raise the queue priority and inform the handler; never used to
    # deny or delay anything.
    vulnerable: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    vulnerability: Mapped[list[Any]] = mapped_column(JSON, default=list)
    priority: Mapped[int] = mapped_column(Integer, default=0, index=True)
    # Third-party complaints: not_needed | pending | recorded. Nothing is disclosed to the third
    # party until the customer's authority is recorded.
    authority_status: Mapped[str] = mapped_column(String(20), default="not_needed")
    authority_detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    authority_recorded_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    authority_recorded_by: Mapped[str | None] = mapped_column(String(100))
    # Redress: none | offered | awaiting_approval | approved | accepted | declined | paid.
    redress_status: Mapped[str] = mapped_column(String(20), default="none")
    redress_offered_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    redress_approved_by: Mapped[str | None] = mapped_column(String(100))
    redress_approved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    redress_accepted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    redress_paid_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # Who logged a phone or post complaint in the review app.
    logged_by: Mapped[str | None] = mapped_column(String(100))
    # Retention: a legal hold keeps everything; `erased_at` marks a person's data erased on request.
    legal_hold: Mapped[bool] = mapped_column(Boolean, default=False)
    erased_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    messages: Mapped[list[InboundMessage]] = relationship(
        back_populates="case", foreign_keys="InboundMessage.case_id", order_by="InboundMessage.id"
    )
    letters: Mapped[list[Letter]] = relationship(back_populates="case", order_by="Letter.id")
    deadlines: Mapped[list[Deadline]] = relationship(back_populates="case", order_by="Deadline.due_at")
    classifications: Mapped[list[Classification]] = relationship(back_populates="case", order_by="Classification.id")


class Classification(Base):
    """What a model said about one message: kept for every message, with the model's version."""

    __tablename__ = "classifications"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("inbound_messages.id"), index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    model_version: Mapped[str] = mapped_column(String(100))
    labels: Mapped[dict[str, Any]] = mapped_column(JSON)
    scores: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    evidence: Mapped[list[Any]] = mapped_column(JSON, default=list)
    complaint_score: Mapped[float] = mapped_column(Float, default=0.0)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    case: Mapped[Case | None] = relationship(back_populates="classifications")


class Deadline(Base):
    """One clock on a case (acknowledge_by, final_response_by, ...), met or missed."""

    __tablename__ = "deadlines"
    __table_args__ = (UniqueConstraint("case_id", "step", name="uq_deadline_step"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    step: Mapped[str] = mapped_column(String(80))
    clock_kind: Mapped[str] = mapped_column(String(40), default="")  # complaint, rights_request, breach, ...
    due_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    letters: Mapped[list[Any]] = mapped_column(JSON, default=list)
    escalate_to: Mapped[str] = mapped_column(String(200), default="")
    event: Mapped[str] = mapped_column(String(80), default="")
    applies_when: Mapped[str] = mapped_column(String(40), default="")
    # pending -> met (done in time) | missed (done late or not at all) | skipped (did not apply)
    status: Mapped[str] = mapped_column(String(20), default="pending", index=True)
    met_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    fired_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    missed: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")

    case: Mapped[Case] = relationship(back_populates="deadlines")


class Letter(Base):
    """An outbox row: written in the same transaction as the decision, then sent exactly once."""

    __tablename__ = "letters"
    __table_args__ = (Index("ix_letters_due", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(60))
    rule: Mapped[str] = mapped_column(String(80), default="")
    to_address: Mapped[str] = mapped_column(String(320))
    subject: Mapped[str] = mapped_column(Text)
    body_text: Mapped[str] = mapped_column(Text)
    body_html: Mapped[str | None] = mapped_column(Text)
    # Fixed when the row is written, so a resend after a crash is the same letter.
    message_id: Mapped[str] = mapped_column(String(300), unique=True)
    in_reply_to: Mapped[str | None] = mapped_column(String(998))
    references: Mapped[list[Any]] = mapped_column(JSON, default=list)
    auto_reply: Mapped[bool] = mapped_column(Boolean, default=True)
    attach_message_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_messages.id"))
    status: Mapped[str] = mapped_column(String(20), default=LetterStatus.QUEUED.value, index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    claimed_by: Mapped[str | None] = mapped_column(String(100))
    claimed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    case: Mapped[Case | None] = relationship(back_populates="letters")


class AuditEvent(Base):
    """Append-only history: every event, the rule (or person) that caused it, and when."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    message_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_messages.id"))
    letter_id: Mapped[int | None] = mapped_column(ForeignKey("letters.id"))
    event: Mapped[str] = mapped_column(String(60), index=True)
    rule: Mapped[str] = mapped_column(String(80), default="")
    actor: Mapped[str] = mapped_column(String(100), default="bot")
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class MailboxState(Base):
    """Per-mailbox bookkeeping: UIDVALIDITY, last poll, consecutive failures (health command)."""

    __tablename__ = "mailbox_state"

    mailbox: Mapped[str] = mapped_column(String(500), primary_key=True)
    uidvalidity: Mapped[int | None] = mapped_column(BigInteger)
    last_poll_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_mail_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    consecutive_failures: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    # A lease so that of several instances only one polls this mailbox at a time; another
    # instance takes over once `lease_until` has passed (the holder renews it while it works).
    lease_owner: Mapped[str | None] = mapped_column(String(100))
    lease_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class ReferenceCounter(Base):
    """Allocates human case references (CMP-2026-000042) without gaps between instances."""

    __tablename__ = "reference_counters"

    prefix: Mapped[str] = mapped_column(String(20), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, default=0)


class User(Base):
    """A member of staff who signs in to the review app (roles: handler, team_leader, analyst, admin)."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(300))
    api_token_hash: Mapped[str | None] = mapped_column(String(300))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ReviewLabel(Base):
    """A person's verdict on one label of one message: confirmed or corrected. These rows are
    the training labels the analysts' retraining loop adds to the data."""

    __tablename__ = "review_labels"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("inbound_messages.id"), index=True)
    label: Mapped[str] = mapped_column(String(40))  # complaint, rights, about_other_firm, category, ...
    model_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    reviewed_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    corrected: Mapped[bool] = mapped_column(Boolean, default=False)
    author: Mapped[str] = mapped_column(String(100))
    model_version: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)


@event.listens_for(Session, "before_flush")
def _audit_is_append_only(session: Session, _flush_context: Any, _instances: Any) -> None:
    """Refuse any change to an audit row once written (the register's history cannot be rewritten)."""
    for obj in list(session.dirty) + list(session.deleted):
        if isinstance(obj, AuditEvent):
            raise PermissionError("audit events are append-only")
