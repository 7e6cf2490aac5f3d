"""Intake details, vulnerability and third-party authority on a case (issue 9).

From the text a complainant wrote (never the text they quote: that is usually our own letter, with our
address and telephone number), the attachments and the policy profile's `[intake]` section, this module
works out:

* `details`: account references, phones, postcodes, addresses, name, remedy, documents
  (`classifiers.details.extract_details`), kept as the profile's `details_storage` says (plain,
  minimised or encrypted, see docs/intake-register.md), and `details_missing`: what the profile's
  `required_details` asks for and the mail did not give. The acknowledgement asks for exactly that.
* `vulnerable` / `vulnerability` / `priority`: indicators of vulnerability
  (`classifiers.vulnerability.detect_vulnerability`) with their evidence; they raise the case's
  queue priority (the profile's `vulnerability_priority`, 10 by default) and never deny or delay anything.
* `third_party` / `authority_status` / `authority_detail`: someone writing for the customer (the
  classifier's `third_party` label or `classifiers.authority.detect_authority`). The status is
  "pending" until a person records the customer's authority in the review app, even when the writer
  says a signed authority is attached: a person must look at the document. While it is pending, no
  letter other than an acknowledgement (which asks for the authority and discloses nothing) goes to
  the third party: `authority_hold_reason` holds them.

Everything except `IntakeConfig.from_profile` (which may read the environment for the key),
`apply_new_case` and `apply_reply` (which change a `Case` in the caller's transaction) is a pure function.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from triage.errors import ConfigError

if TYPE_CHECKING:  # imported lazily at run time: the NLP modules load spaCy on first use
    from classifiers.authority import AuthorityVerdict
    from classifiers.details import CaseDetails
    from classifiers.vulnerability import VulnerabilityVerdict
    from triage.config import Settings
    from triage.models import Case
    from triage.policy import Profile

logger = logging.getLogger(__name__)

# Case kinds whose acknowledgement asks for missing details; the others record details only.
ASKS_FOR_DETAILS = ("complaint", "data_protection_complaint")
# Case kinds the intake looks at at all (unreadable and unprocessed mail has no text to read).
INTAKE_KINDS = ("complaint", "data_protection_complaint", "rights_request", "breach", "enquiry")
# Kinds where a third party needs the customer's authority before anything is discussed.
AUTHORITY_KINDS = ("complaint", "data_protection_complaint", "rights_request")

AUTHORITY_NOT_NEEDED = "not_needed"
AUTHORITY_PENDING = "pending"
AUTHORITY_RECORDED = "recorded"
# The only letters a third party may receive while authority is pending: they acknowledge, ask for the
# signed authority and say that nothing will be discussed until we have it.
LETTERS_BEFORE_AUTHORITY = ("acknowledgement", "acknowledgement_letter", "rights_acknowledgement")
# Letters that never go to the complainant's address (the other firm, the DPO).
NOT_TO_COMPLAINANT = ("forward_to_firm", "breach_alert")
AUTHORITY_RULE = "authority_pending"

ENCRYPTED_MARKER = "fernet"


# -- configuration -----------------------------------------------------------------------------------


class DetailsCipher:
    """Fernet (AES-128-CBC + HMAC-SHA256, from the `cryptography` package) over JSON values."""

    def __init__(self, key: str | bytes) -> None:
        from cryptography.fernet import Fernet

        try:
            self._fernet = Fernet(key.encode("ascii") if isinstance(key, str) else key)
        except (ValueError, TypeError) as exc:
            raise ConfigError("the intake details key is not a valid Fernet key (32 url-safe base64-encoded bytes)") from exc

    def seal(self, value: Any) -> str:
        return self._fernet.encrypt(json.dumps(value, sort_keys=True).encode("utf-8")).decode("ascii")

    def open(self, token: str) -> Any:
        """The value sealed in `token`; `cryptography.fernet.InvalidToken` for a wrong key or a forged token."""
        return json.loads(self._fernet.decrypt(token.encode("ascii")).decode("utf-8"))


@dataclass(frozen=True)
class IntakeConfig:
    """The profile's `[intake]` section, resolved once at start-up (with the key when encrypting)."""

    required_details: tuple[str, ...] = ("name", "details")
    reference_patterns: tuple[str, ...] = ()
    details_storage: str = "plain"
    vulnerability_priority: int = 10
    cipher: DetailsCipher | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_profile(cls, profile: Profile, settings: Settings | None = None, environ: Mapping[str, str] | None = None) -> IntakeConfig:
        """Refuses (ConfigError) a profile that asks for encryption when the key is not there."""
        intake = profile.intake
        cipher = None
        if intake.details_storage == "encrypted":
            variable = ""
            if settings is not None:
                variable = str(settings.values.get("storage", {}).get("details_key_env") or "")
            if not variable:
                raise ConfigError(
                    f"policy {profile.name}: [intake] details_storage = \"encrypted\" needs [storage] details_key_env, "
                    "the environment variable holding the Fernet key"
                )
            key = (os.environ if environ is None else environ).get(variable, "")
            if not key:
                raise ConfigError(
                    f"policy {profile.name}: [intake] details_storage = \"encrypted\" but the environment variable {variable} "
                    "(named by [storage] details_key_env) is not set; refusing to start without the key"
                )
            cipher = DetailsCipher(key)
        return cls(
            required_details=tuple(intake.required_details),
            reference_patterns=tuple(intake.reference_patterns),
            details_storage=intake.details_storage,
            vulnerability_priority=int(intake.vulnerability_priority),
            cipher=cipher,
        )


# -- which text is read ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class IntakeText:
    """What the complainant wrote (`own`: own subject, new text, signature, a forwarded complaint when
    they added little of their own), and the quoted / forwarded context (`context`)."""

    own: str
    context: str = ""
    attachment_names: tuple[str, ...] = ()
    sender_name: str = ""


def intake_text(subject: str, body: str, html: str | None = None, attachment_names: Sequence[str] = (), sender_name: str = "") -> IntakeText:
    """Split one message the way the classifiers do (classifiers.textprep) and keep the writer's own words."""
    from classifiers.textprep import message_sections

    sections = message_sections(body or "", html, subject or "")
    own_parts = [sections.own_subject, sections.new, sections.signature]
    if sections.forward_only:
        own_parts.append(sections.forwarded)
    context_parts = [sections.quoted] + ([] if sections.forward_only else [sections.forwarded])
    return IntakeText(
        own="\n\n".join(p for p in own_parts if p).strip(),
        context="\n\n".join(p for p in context_parts if p).strip(),
        attachment_names=tuple(n for n in attachment_names if n),
        sender_name=sender_name or "",
    )


# -- assessment (pure) ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Assessment:
    """What one message says about intake: details, what is missing, vulnerability, authority."""

    details: CaseDetails
    missing: tuple[str, ...]
    vulnerability: VulnerabilityVerdict
    authority: AuthorityVerdict
    third_party: bool
    authority_status: str
    classifier_third_party: bool = False


def extract(text: IntakeText, config: IntakeConfig, *, source: str = "", with_context_references: bool = True) -> CaseDetails:
    """The details in the writer's own words; account references also from quoted / forwarded text
    (they match the firm's own formats), never phones or addresses from it (ours would be taken)."""
    own = _own_details(text, config, source)
    return _with_context_references(own, text, config) if with_context_references else own


def _own_details(text: IntakeText, config: IntakeConfig, source: str) -> CaseDetails:
    from classifiers.details import extract_details

    return extract_details(
        text.own,
        reference_patterns=config.reference_patterns,
        attachment_names=text.attachment_names,
        sender_name=text.sender_name,
        source=source,
    )


def _with_context_references(own: CaseDetails, text: IntakeText, config: IntakeConfig) -> CaseDetails:
    """`own` plus the account references of the quoted / forwarded text (nothing else is read there)."""
    from classifiers.details import CaseDetails, find_account_references

    if not text.context:
        return own
    references = find_account_references(text.context, config.reference_patterns)
    return own.merge(CaseDetails(account_references=references)) if references else own


def assess(text: IntakeText, config: IntakeConfig, *, case_kind: str, classifier_third_party: bool = False, source: str = "") -> Assessment:
    """Details, missing items, vulnerability and authority for a new case of `case_kind`."""
    return assess_reading(read(text, config, source=source), config, case_kind=case_kind, classifier_third_party=classifier_third_party)


@dataclass(frozen=True)
class IntakeReading:
    """Everything the NLP reads from one message, before anyone knows what the message will become
    (a new case of some kind, a reply on a case, nothing): computed outside the register's
    transaction, on a whole batch at once (`triage.processing.Processor._prepare_stream`), then applied
    inside it by `assess_new_case` or `record_reply`. Pure data (picklable), so it can be computed in
    worker processes.

    `details` are the writer's own details plus account references from quoted / forwarded text (a
    new case); `own_details` the writer's own only (a reply). `error` names the exception when the
    NLP failed on this message (the case then goes to a person, as when it fails in place)."""

    details: CaseDetails | None = None
    own_details: CaseDetails | None = None
    vulnerability: VulnerabilityVerdict | None = None
    authority: AuthorityVerdict | None = None
    error: str | None = None


def read(text: IntakeText, config: IntakeConfig, *, source: str = "") -> IntakeReading:
    """The NLP of one message, independent of the case kind (pure; raises what the NLP raises)."""
    from classifiers.authority import detect_authority
    from classifiers.vulnerability import detect_vulnerability

    own = _own_details(text, config, source)
    return IntakeReading(
        details=_with_context_references(own, text, config),
        own_details=own,
        vulnerability=detect_vulnerability(text.own),
        authority=detect_authority(text.own, text.attachment_names),
    )


def assess_reading(reading: IntakeReading, config: IntakeConfig, *, case_kind: str, classifier_third_party: bool = False) -> Assessment:
    """The kind-dependent part of `assess`: what is missing, whether authority is pending."""
    if reading.error is not None or reading.details is None or reading.vulnerability is None or reading.authority is None:
        raise IntakeReadError(reading.error or "IntakeReadError")
    details = reading.details
    missing = tuple(details.missing(config.required_details)) if case_kind in ASKS_FOR_DETAILS else ()
    third_party = bool(classifier_third_party or reading.authority.third_party)
    status = AUTHORITY_PENDING if third_party and case_kind in AUTHORITY_KINDS else AUTHORITY_NOT_NEEDED
    return Assessment(details, missing, reading.vulnerability, reading.authority, third_party, status, bool(classifier_third_party))


class IntakeReadError(Exception):
    """The NLP failed on a message when its batch was read; carries the original exception's name."""

    @property
    def name(self) -> str:
        return str(self.args[0]) if self.args else type(self).__name__


def read_message(parsed: Any, config: IntakeConfig, *, source: str = "") -> IntakeReading:
    """`read` of a parsed message, never raising: an NLP failure is kept in `error`."""
    try:
        return read(_message_text(parsed), config, source=source)
    except Exception as exc:  # noqa: BLE001 - applied later as "could not be assessed"
        logger.warning("%s: intake details not read", source or "message", exc_info=True)
        return IntakeReading(error=type(exc).__name__)


def still_missing(previous: Sequence[str], supplied: CaseDetails) -> tuple[str, ...]:
    """The items of `previous` that `supplied` (a reply's details) does not give, in order.

    Only what was missing can be filled: this works the same whatever the storage mode of the case."""
    if not previous:
        return ()
    gaps = set(supplied.missing(tuple(previous)))
    return tuple(k for k in previous if k in gaps)


# -- storage (pure) ---------------------------------------------------------------------------------------------


def _require_cipher(config: IntakeConfig) -> DetailsCipher:
    if config.cipher is None:
        raise ConfigError("intake details are to be encrypted but no key was loaded")
    return config.cipher


def store_details(details: CaseDetails, config: IntakeConfig) -> dict[str, Any]:
    """The JSON kept in `Case.details` for this profile's storage mode."""
    from classifiers.details import FIELD_KEYS, minimise

    if config.details_storage == "minimised":
        return minimise(details).to_json()
    if config.details_storage == "encrypted":
        present = [k for k in FIELD_KEYS if details.has(k)]
        return {"encrypted": ENCRYPTED_MARKER, "present": present, "token": _require_cipher(config).seal(details.to_json())}
    return details.to_json()


def is_encrypted(stored: Mapping[str, Any] | None) -> bool:
    return bool(stored) and stored.get("encrypted") == ENCRYPTED_MARKER  # type: ignore[union-attr]


def load_details(stored: Mapping[str, Any] | None, config: IntakeConfig | None = None) -> CaseDetails:
    """`Case.details` back as CaseDetails (decrypted with the configured key). Raises
    `cryptography.fernet.InvalidToken` for a wrong key and ConfigError when no key is loaded."""
    from classifiers.details import CaseDetails

    if not stored:
        return CaseDetails()
    if is_encrypted(stored):
        if config is None:
            raise ConfigError("these intake details are encrypted: a key is needed to read them")
        return CaseDetails.from_json(_require_cipher(config).open(str(stored["token"])))
    return CaseDetails.from_json(stored)


def store_vulnerability(verdict: VulnerabilityVerdict, config: IntakeConfig, *, source: str = "") -> list[dict[str, Any]]:
    """`Case.vulnerability` rows: the indicator kind always; the evidence quote as the storage mode allows
    (plain: as written; minimised: left out, the message holds it; encrypted: sealed)."""
    rows: list[dict[str, Any]] = []
    for kind, evidence in verdict.indicators:
        row: dict[str, Any] = {"kind": str(kind), "source": source}
        if config.details_storage == "plain":
            row["evidence"] = str(evidence)
        elif config.details_storage == "encrypted":
            row["evidence_sealed"] = _require_cipher(config).seal(str(evidence))
        else:
            row["evidence"] = ""
        rows.append(row)
    return rows


_AUTHORITY_PERSONAL = ("authorising_name", "authorising_contact", "evidence", "authority_documents")


def store_authority(verdict: AuthorityVerdict, config: IntakeConfig, *, classifier_third_party: bool, source: str = "") -> dict[str, Any]:
    """`Case.authority_detail`: the detector's view (for the person who records the authority), with the
    authorising customer's name and contact protected as the storage mode says."""
    view = dict(verdict.to_json())
    if config.details_storage != "plain":
        personal = {k: view.pop(k) for k in _AUTHORITY_PERSONAL if k in view}
        if config.details_storage == "encrypted":
            view["sealed"] = _require_cipher(config).seal(personal)
        else:
            view["authorising_name_given"] = bool(personal.get("authorising_name"))
            view["authorising_contact_given"] = bool(personal.get("authorising_contact"))
    return {
        "detector": view,
        "classifier_third_party": bool(classifier_third_party),
        "source": source,
        "note": (
            "authority document said to be attached: a person must check it and record the authority"
            if verdict.authority_included
            else "no authority supplied: the acknowledgement asks for the customer's signed authority"
        ),
    }


def open_sealed(value: str, config: IntakeConfig) -> Any:
    """A sealed evidence quote or authority block, for the review app (needs the key)."""
    return _require_cipher(config).open(value)


# -- the named rule: no disclosure to a third party before authority --------------------------------------------


def authority_hold_reason(authority_status: str | None, kind: str) -> str | None:
    """Why a letter of `kind` must be held on a case whose authority is `authority_status`; None to let it go.

    While the customer's authority is pending, the third party (the complainant address) receives only
    the acknowledgements, which ask for the authority and disclose nothing. Letters that never go to the
    complainant (forward_to_firm to the responsible firm, the internal breach alert) are not affected."""
    if (authority_status or "") != AUTHORITY_PENDING:
        return None
    if kind in LETTERS_BEFORE_AUTHORITY or kind in NOT_TO_COMPLAINANT:
        return None
    return f"{kind} held: written to a third party whose authority to act for the customer is not recorded (no disclosure before authority)"


# -- changing a case (in the caller's transaction) ---------------------------------------------------------------


def apply_new_case(case: Case, assessment: Assessment, config: IntakeConfig, *, source: str = "") -> dict[str, Any]:
    """Store an assessment on a new case; returns the audit detail (keys and kinds only, no personal data)."""
    case.details = store_details(assessment.details, config)
    case.details_missing = list(assessment.missing)
    verdict = assessment.vulnerability
    case.vulnerable = bool(verdict.vulnerable)
    case.vulnerability = store_vulnerability(verdict, config, source=source) if verdict.vulnerable else []
    base = int(case.priority or 0)
    case.priority = base + (config.vulnerability_priority if verdict.vulnerable else 0)
    case.third_party = bool(case.third_party or assessment.third_party)
    case.authority_status = assessment.authority_status
    if assessment.third_party:
        case.authority_detail = store_authority(assessment.authority, config, classifier_third_party=assessment.classifier_third_party, source=source)
    if case.authority_status == AUTHORITY_PENDING:
        _add_review_reason(case, "third party without recorded authority: check and record the customer's authority before disclosing anything")
    return {
        "missing": list(assessment.missing),
        "present": _present(assessment.details),
        "vulnerable": case.vulnerable,
        "indicators": sorted({str(k) for k, _ in verdict.indicators}),
        "priority": case.priority,
        "third_party": case.third_party,
        "authority_status": case.authority_status,
        "authority_included": bool(getattr(assessment.authority, "authority_included", False)),
    }


@dataclass(frozen=True)
class ReplyUpdate:
    """What a reply on an existing case changed (the audit detail of `details_supplied`)."""

    supplied: tuple[str, ...] = ()
    still_missing: tuple[str, ...] = ()
    new_indicators: tuple[str, ...] = ()
    authority_document: bool = False
    problems: tuple[str, ...] = ()

    @property
    def changed(self) -> bool:
        return bool(self.supplied or self.new_indicators or self.authority_document)


def apply_reply(case: Case, reading: IntakeReading, config: IntakeConfig, *, source: str = "") -> ReplyUpdate:
    """Merge a reply into the case from its `reading` (`read`): new details (a gap filled or not), new
    vulnerability indicators (which only ever raise the priority), an authority document sent by the
    third party (still pending: a person records it)."""
    if reading.error is not None or reading.own_details is None or reading.vulnerability is None or reading.authority is None:
        raise IntakeReadError(reading.error or "IntakeReadError")
    problems: list[str] = []
    supplied_details = reading.own_details
    try:
        known = load_details(case.details, config)
        case.details = store_details(known.merge(supplied_details), config)
    except Exception as exc:  # noqa: BLE001 - a wrong key must not lose the reply: it is in the register, a person looks
        logger.warning("case %s: stored intake details could not be read (%s)", case.reference, type(exc).__name__)
        problems.append(f"intake details could not be read ({type(exc).__name__}); the reply's details were not merged")
    previous = tuple(str(k) for k in (case.details_missing or ()))
    remaining = still_missing(previous, supplied_details)
    supplied = tuple(k for k in previous if k not in remaining)
    case.details_missing = list(remaining)

    verdict = reading.vulnerability
    new_kinds: tuple[str, ...] = ()
    if verdict.vulnerable:
        known_kinds = {str(v.get("kind")) for v in (case.vulnerability or ()) if isinstance(v, dict)}
        rows = [r for r in store_vulnerability(verdict, config, source=source) if r["kind"] not in known_kinds]
        new_kinds = tuple(dict.fromkeys(r["kind"] for r in rows))
        if rows:
            case.vulnerability = list(case.vulnerability or ()) + rows
        if not case.vulnerable:
            case.vulnerable = True
            case.priority = int(case.priority or 0) + config.vulnerability_priority

    authority_document = False
    if (case.authority_status or "") == AUTHORITY_PENDING:
        if reading.authority.authority_included:
            authority_document = True
            detail = dict(case.authority_detail or {})
            detail["documents_received"] = list(detail.get("documents_received", [])) + [source]
            case.authority_detail = detail
            _add_review_reason(case, "the third party sent the customer's authority: check it and record it")
    for problem in problems:
        _add_review_reason(case, problem)
    return ReplyUpdate(supplied, remaining, new_kinds, authority_document, tuple(problems))


def _present(details: CaseDetails) -> list[str]:
    from classifiers.details import FIELD_KEYS

    return [k for k in FIELD_KEYS if details.has(k)]


def _add_review_reason(case: Case, reason: str) -> None:
    reasons = list(case.review_reasons or ())
    if reason not in reasons:
        case.review_reasons = reasons + [reason]
    case.needs_review = True


def authority_received(case: Case) -> bool:
    """The third party says the customer's authority is attached or enclosed (a person must still check it)."""
    detail = case.authority_detail or {}
    detector = detail.get("detector") or {}
    return bool(detector.get("authority_included") or detail.get("documents_received"))


def details_complete(case: Case) -> bool:
    """Nothing the acknowledgement asked for is still missing."""
    return not (case.details_missing or ())



# -- the pipeline's hooks (triage.processing) ---------------------------------------------------------------------


def _message_text(parsed: Any) -> IntakeText:
    names = tuple(a.filename for a in (parsed.attachments or ()) if getattr(a, "filename", None))
    return intake_text(parsed.subject or "", parsed.text or "", parsed.html, names, parsed.from_name or "")


def record_new_case(
    session: Any, case: Case, row: Any, parsed: Any, triage: Any, config: IntakeConfig, reading: IntakeReading | None = None
) -> dict[str, Any] | None:
    """Assess the first message of a new case and store the result on it, with an `intake_recorded`
    audit event. `reading` is the NLP of the message done beforehand, outside the transaction (the
    batch path); without it the message is read here. A failure of the NLP never stops the complaint
    being registered and acknowledged: the case goes to a person with the reason instead."""
    detail = assess_new_case(case, row, parsed, triage, config, reading)
    if detail is not None:
        events: list[Any] = []
        add_new_case_events(events, case, row, detail)
        session.add_all(events)
    return detail


def assess_new_case(case: Case, row: Any, parsed: Any, triage: Any, config: IntakeConfig, reading: IntakeReading | None = None) -> dict[str, Any] | None:
    """The first half of `record_new_case`: the assessment stored on the case (which need not have
    been inserted yet: the case is written once, with it); returns the audit detail, None when the
    case kind has no intake."""
    if case.kind not in INTAKE_KINDS or parsed is None:
        return None
    source = f"message:{row.id}"
    classifier_third_party = bool(triage is not None and triage.third_party)
    try:
        if reading is not None:
            assessment = assess_reading(reading, config, case_kind=case.kind, classifier_third_party=classifier_third_party)
        else:
            assessment = assess(_message_text(parsed), config, case_kind=case.kind, classifier_third_party=classifier_third_party, source=source)
        detail = apply_new_case(case, assessment, config, source=source)
    except Exception as exc:  # the NLP must never stop a complaint being registered
        name = exc.name if isinstance(exc, IntakeReadError) else type(exc).__name__
        logger.warning("case %s: intake details not assessed (%s)", case.reference, name, exc_info=not isinstance(exc, IntakeReadError))
        _add_review_reason(case, f"intake details could not be assessed ({name}); check the message")
        detail = {"error": name}
    return detail


def add_new_case_events(events: list[Any], case: Case, row: Any, detail: dict[str, Any]) -> None:
    """The second half of `record_new_case`: `intake_recorded` (and `vulnerability_flagged`) for a case
    that has its id, appended to `events` (the caller writes them with the rest of the decision's)."""
    from triage.models import AuditEvent

    events.append(AuditEvent(case_id=case.id, message_id=row.id, event="intake_recorded", rule="intake", detail=detail))
    if case.vulnerable:
        events.append(
            AuditEvent(case_id=case.id, message_id=row.id, event="vulnerability_flagged", rule="intake",
                       detail={"indicators": detail.get("indicators", []), "priority": case.priority})
        )


def record_reply(events: list[Any], case: Case, row: Any, parsed: Any, config: IntakeConfig, reading: IntakeReading | None = None) -> ReplyUpdate | None:
    """Merge a reply filed on `case` (thread match): `details_supplied` when it fills a gap,
    `vulnerability_flagged` for new indicators, `authority_document_received` for an authority, appended
    to `events` (the caller writes them). `reading`: the message's NLP done beforehand (the batch path)."""
    from triage.models import AuditEvent

    if case.kind not in INTAKE_KINDS or parsed is None:
        return None
    source = f"message:{row.id}"
    try:
        if reading is None:  # not read with its batch: read here
            reading = read(_message_text(parsed), config, source=source)
        update = apply_reply(case, reading, config, source=source)
    except Exception as exc:  # a reply is filed whatever its text
        name = exc.name if isinstance(exc, IntakeReadError) else type(exc).__name__
        logger.warning("case %s: reply not merged into the intake details (%s)", case.reference, name, exc_info=not isinstance(exc, IntakeReadError))
        _add_review_reason(case, f"a reply's details could not be read ({name}); check the message")
        return None
    if update.supplied:
        events.append(
            AuditEvent(case_id=case.id, message_id=row.id, event="details_supplied", rule="intake",
                       detail={"supplied": list(update.supplied), "still_missing": list(update.still_missing)})
        )
    if update.new_indicators:
        events.append(
            AuditEvent(case_id=case.id, message_id=row.id, event="vulnerability_flagged", rule="intake",
                       detail={"indicators": list(update.new_indicators), "priority": case.priority})
        )
    if update.authority_document:
        events.append(AuditEvent(case_id=case.id, message_id=row.id, event="authority_document_received", rule="intake", detail={"status": case.authority_status}))
    return update
