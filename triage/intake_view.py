"""What a person reviewing a case sees of its intake details: `Case.details`, the vulnerability evidence
and the third-party authority view, opened with the details key when the profile stores them encrypted.

Without the key a sealed value reads "(encrypted)" and the rest is shown; a value that cannot be opened
(a wrong or rotated key) is logged and left as stored: the review page is never lost over a detail.
Minimised details need nothing: they are stored as they are shown.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from triage.intake_details import IntakeConfig, is_encrypted, load_details, open_sealed
from triage.models import Case

logger = logging.getLogger(__name__)

SEALED_EVIDENCE = "evidence_sealed"  # a vulnerability row's evidence quote, encrypted
SEALED_AUTHORITY = "sealed"  # the authority detector's personal details, encrypted


@dataclass(frozen=True)
class IntakeView:
    """The case's intake details as far as they can be opened (plain values, for display)."""

    details: dict[str, Any]
    vulnerability: list[Any]
    authority: dict[str, Any]  # `Case.authority_detail` without what a person recorded


def needs_key(case: Case) -> bool:
    """Whether any of the case's intake details are stored encrypted (so opening them needs the key)."""
    detector = (case.authority_detail or {}).get("detector")
    return (
        is_encrypted(case.details)
        or any(isinstance(row, dict) and SEALED_EVIDENCE in row for row in (case.vulnerability or []))
        or (isinstance(detector, dict) and SEALED_AUTHORITY in detector)
    )


def case_intake_view(case: Case, config: IntakeConfig | None) -> IntakeView:
    """The case's intake details opened with `config`'s key (None, or a config without a key: the sealed
    values read "(encrypted)"). Never raises over a value that cannot be opened."""
    details: dict[str, Any] = dict(case.details or {})
    vulnerability = [dict(v) if isinstance(v, dict) else v for v in (case.vulnerability or [])]
    authority = {k: v for k, v in (case.authority_detail or {}).items() if k != "recorded"}
    keyed = config if config is not None and config.cipher is not None else None
    try:
        if is_encrypted(details):
            details = load_details(details, keyed).to_json() if keyed is not None else {"encrypted": "the details key is not loaded", "present": details.get("present")}
        for row in vulnerability:
            if isinstance(row, dict) and SEALED_EVIDENCE in row:
                row["evidence"] = open_sealed(row.pop(SEALED_EVIDENCE), keyed) if keyed is not None else "(encrypted)"
        detector = dict(authority.get("detector") or {})
        if SEALED_AUTHORITY in detector:
            sealed = detector.pop(SEALED_AUTHORITY)
            detector.update(open_sealed(sealed, keyed) if keyed is not None else {"personal details": "(encrypted)"})
            authority["detector"] = detector
    except Exception as exc:  # never lose the page over a detail
        logger.warning("intake details of %s could not be opened: %s", case.reference, type(exc).__name__)
    return IntakeView(details, vulnerability, authority)
