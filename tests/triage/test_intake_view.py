"""What the review page shows of a case's intake details, in each storage mode, with and without the key."""

from __future__ import annotations

import logging

from cryptography.fernet import Fernet

from classifiers.details import CaseDetails
from triage.intake_details import DetailsCipher, IntakeConfig, store_details
from triage.intake_view import case_intake_view, needs_key
from triage.models import Case

DETAILS = CaseDetails(name="Gareth Pryce", phones=("+447700900482",), account_references=("CX-4417729",))
RECORDED = {"authorised_by": "Mrs Ann Pryce", "method": "signed_form"}


def encrypted() -> IntakeConfig:
    return IntakeConfig(details_storage="encrypted", cipher=DetailsCipher(Fernet.generate_key()))


def sealed_case(config: IntakeConfig) -> Case:
    assert config.cipher is not None
    return Case(
        reference="CMP-2026-000001",
        details=store_details(DETAILS, config),
        vulnerability=[{"kind": "bereavement", "evidence_sealed": config.cipher.seal("since my mother died"), "source": "message:1"}],
        authority_detail={
            "detector": {"third_party": True, "sealed": config.cipher.seal({"authorising_name": "Ann Pryce"})},
            "note": "no authority supplied",
            "recorded": RECORDED,
        },
    )


def test_plain_details_are_shown_as_stored_and_need_no_key():
    plain = IntakeConfig()
    case = Case(
        reference="CMP-2026-000002",
        details=store_details(DETAILS, plain),
        vulnerability=[{"kind": "illness", "evidence": "I am in hospital", "source": "message:1"}],
        authority_detail={"detector": {"third_party": True, "authorising_name": "Ann Pryce"}, "recorded": RECORDED},
    )
    assert not needs_key(case)
    view = case_intake_view(case, None)
    assert view.details == DETAILS.to_json()
    assert view.vulnerability == case.vulnerability
    assert view.authority == {"detector": {"third_party": True, "authorising_name": "Ann Pryce"}}  # not what a person recorded


def test_sealed_details_are_opened_with_the_key():
    config = encrypted()
    case = sealed_case(config)
    assert needs_key(case)
    view = case_intake_view(case, config)
    assert view.details == DETAILS.to_json()
    assert view.vulnerability == [{"kind": "bereavement", "evidence": "since my mother died", "source": "message:1"}]
    assert view.authority == {"detector": {"third_party": True, "authorising_name": "Ann Pryce"}, "note": "no authority supplied"}
    assert "evidence_sealed" in case.vulnerability[0] and "sealed" in case.authority_detail["detector"]  # the case is not changed


def test_without_the_key_the_sealed_values_say_so():
    case = sealed_case(encrypted())
    for config in (None, IntakeConfig(details_storage="encrypted")):
        view = case_intake_view(case, config)
        assert view.details == {"encrypted": "the details key is not loaded", "present": case.details["present"]}
        assert view.vulnerability[0]["evidence"] == "(encrypted)"
        assert view.authority["detector"] == {"third_party": True, "personal details": "(encrypted)"}


def test_a_wrong_key_is_logged_and_the_view_still_comes_back(caplog):
    case = sealed_case(encrypted())
    with caplog.at_level(logging.WARNING, logger="triage.intake_view"):
        view = case_intake_view(case, encrypted())
    assert "could not be opened: InvalidToken" in caplog.text and "Gareth" not in caplog.text
    assert view.details == case.details  # left as stored, and no personal detail in the clear
    assert "Gareth" not in repr(view)
