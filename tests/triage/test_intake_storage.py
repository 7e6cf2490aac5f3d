"""How intake details are kept: plain, minimised or encrypted (the profile's `[intake] details_storage`).

A firm's copy of the conexus profile is loaded by path with only `details_storage` changed. Fictional
people, Ofcom drama numbers.
"""

from __future__ import annotations

import json

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import select

from tests.conftest import deliver, make_settings
from tests.triage.test_intake_details import (
    COMPLETE,
    MISSING,
    THIRD_PARTY,
    VULNERABLE,
    sent_letters,
    text_of,
)
from triage.bootstrap import bootstrap
from triage.config import REPO_ROOT
from triage.db import unit_of_work
from triage.errors import ConfigError
from triage.intake_details import IntakeConfig, load_details, open_sealed
from triage.models import AuditEvent, Case
from triage.policy import load_profile
from triage.register_view import iter_case_records

KEY_VARIABLE = "TRIAGE_TEST_INTAKE_DETAILS_KEY"


def profile_copy(tmp_path, storage: str):
    text = (REPO_ROOT / "triage" / "policies" / "conexus.toml").read_text(encoding="utf-8")
    text = text.replace('details_storage = "plain"', f'details_storage = "{storage}"', 1)
    text = text.replace('name = "conexus"', 'name = "conexus-copy"', 1)
    path = tmp_path / f"conexus-{storage}.toml"
    path.write_text(text, encoding="utf-8")
    return path


def settings_for(tmp_path, storage: str):
    return make_settings(tmp_path, policy={"profile": str(profile_copy(tmp_path, storage))}, storage={"details_key_env": KEY_VARIABLE})


def only_record(app) -> dict:
    (record,) = list(iter_case_records(app.factory))
    return record


def test_minimised_details_keep_what_a_handler_needs_to_know_is_there(tmp_path, shipped_classifier):
    settings = settings_for(tmp_path, "minimised")
    app = bootstrap(settings, classifier=shipped_classifier)
    try:
        deliver(settings.path("mailbox", "path"), "hm", COMPLETE)
        app.service().run_once()
        record = only_record(app)
        details = record["details"]
        assert details["minimised"] is True
        (reference,) = details["account_references"]
        assert reference.endswith("7729") and reference.startswith("*")  # the last 4 characters
        (phone,) = details["phones"]
        assert phone.endswith("471") and set(phone[:-3]) == {"*"}  # the last 3 digits
        assert details["postcodes"] == ["LS4"] and details["addresses"] == ["LS4"]
        assert details["name"] == "H. M." and details["evidence"] == []
        assert record["details_missing"] == []  # what is missing does not depend on the storage mode
        dumped = json.dumps(record)
        for secret in ("Helen Marsh", "Kirkstall", "0113 496 0471", "+441134960471", "CX-4417729"):
            assert secret not in dumped.replace(record["subject"], ""), secret
    finally:
        app.close()


def test_minimised_vulnerability_keeps_the_kind_not_the_words(tmp_path, shipped_classifier):
    settings = settings_for(tmp_path, "minimised")
    app = bootstrap(settings, classifier=shipped_classifier)
    try:
        deliver(settings.path("mailbox", "path"), "bl", VULNERABLE)
        app.service().run_once()
        record = only_record(app)
        assert record["vulnerable"] and record["priority"] == 10
        assert {v["kind"] for v in record["vulnerability"]} >= {"bereavement", "illness"}
        assert all(v["evidence"] == "" for v in record["vulnerability"])
    finally:
        app.close()


def test_encryption_without_the_key_refuses_to_start(tmp_path, shipped_classifier, monkeypatch):
    monkeypatch.delenv(KEY_VARIABLE, raising=False)
    settings = settings_for(tmp_path, "encrypted")
    with pytest.raises(ConfigError, match=KEY_VARIABLE):
        bootstrap(settings, classifier=shipped_classifier)
    monkeypatch.setenv(KEY_VARIABLE, "not-a-fernet-key")
    with pytest.raises(ConfigError, match="not a valid Fernet key"):
        bootstrap(settings, classifier=shipped_classifier)
    no_variable = make_settings(tmp_path, policy={"profile": str(profile_copy(tmp_path, "encrypted"))}, storage={"details_key_env": ""})
    with pytest.raises(ConfigError, match="details_key_env"):
        bootstrap(no_variable, classifier=shipped_classifier)


def test_encrypted_details_are_sealed_in_the_register_and_a_reply_still_fills_the_gap(tmp_path, shipped_classifier, monkeypatch):
    key = Fernet.generate_key().decode()
    monkeypatch.setenv(KEY_VARIABLE, key)
    settings = settings_for(tmp_path, "encrypted")
    app = bootstrap(settings, classifier=shipped_classifier)
    try:
        inbox = settings.path("mailbox", "path")
        deliver(inbox, "gp", MISSING, order=1)
        app.service().run_once()
        record = only_record(app)
        stored = record["details"]
        assert stored["encrypted"] == "fernet" and set(stored) == {"encrypted", "present", "token"}
        assert "name" in stored["present"] and "Gareth" not in json.dumps(stored)
        assert record["details_missing"] == ["address", "phone", "account_reference", "remedy", "documents"]
        config = IntakeConfig.from_profile(load_profile(profile_copy(tmp_path, "encrypted")), settings)
        assert load_details(stored, config).name == "Gareth Pryce"

        (ack,) = sent_letters(settings)
        reply = (
            b"From: Gareth Pryce <gareth.pryce@example.org>\r\nTo: complaints@firm.example\r\n"
            b"Subject: Re: " + ack["Subject"].encode() + b"\r\nMessage-ID: <gp-2@example.org>\r\n"
            b"In-Reply-To: " + ack["Message-ID"].encode() + b"\r\n\r\n"
            b"You can call me on 07700 900482. Gareth Pryce\r\n"
        )
        deliver(inbox, "gp-2", reply, order=2)
        app.service().run_once()
        record = only_record(app)
        assert record["details_missing"] == ["address", "account_reference", "remedy", "documents"]
        details = load_details(record["details"], config)
        assert details.phones == ("+447700900482",) and details.name == "Gareth Pryce"
        assert "+447700900482" not in json.dumps(record)
    finally:
        app.close()


def test_encrypted_third_party_detail_and_evidence_are_sealed(tmp_path, shipped_classifier, monkeypatch):
    monkeypatch.setenv(KEY_VARIABLE, Fernet.generate_key().decode())
    settings = settings_for(tmp_path, "encrypted")
    app = bootstrap(settings, classifier=shipped_classifier)
    try:
        deliver(settings.path("mailbox", "path"), "cw", THIRD_PARTY)
        app.service().run_once()
        record = only_record(app)
        detector = record["authority"]["detail"]["detector"]
        assert record["authority"]["status"] == "pending" and "evidence" not in detector and "sealed" in detector
        config = IntakeConfig.from_profile(load_profile(profile_copy(tmp_path, "encrypted")), settings)
        assert "evidence" in open_sealed(detector["sealed"], config)
        (ack,) = sent_letters(settings)
        assert "we need their signed authority" in text_of(ack)  # the letter does not depend on the storage mode
    finally:
        app.close()


def test_a_changed_key_does_not_lose_the_reply(tmp_path, shipped_classifier, monkeypatch):
    monkeypatch.setenv(KEY_VARIABLE, Fernet.generate_key().decode())
    settings = settings_for(tmp_path, "encrypted")
    app = bootstrap(settings, classifier=shipped_classifier)
    inbox = settings.path("mailbox", "path")
    try:
        deliver(inbox, "gp", MISSING, order=1)
        app.service().run_once()
        (ack,) = sent_letters(settings)
    finally:
        app.close()
    monkeypatch.setenv(KEY_VARIABLE, Fernet.generate_key().decode())  # the operator rotated the key wrongly
    app = bootstrap(settings, classifier=shipped_classifier)
    try:
        reply = (
            b"From: Gareth Pryce <gareth.pryce@example.org>\r\nTo: complaints@firm.example\r\n"
            b"Subject: Re: " + ack["Subject"].encode() + b"\r\nMessage-ID: <gp-3@example.org>\r\n"
            b"In-Reply-To: " + ack["Message-ID"].encode() + b"\r\n\r\nMy number is 07700 900482.\r\n"
        )
        deliver(inbox, "gp-3", reply, order=2)
        (outcome,) = app.service().run_once().outcomes
        assert outcome.status == "processed"
        record = only_record(app)
        assert "phone" not in record["details_missing"]
        assert any("could not be read" in r for r in record["review_reasons"]) and record["needs_review"]
        with unit_of_work(app.factory) as session:
            case = session.scalars(select(Case)).one()
            assert session.scalars(select(AuditEvent).where(AuditEvent.case_id == case.id, AuditEvent.event == "details_supplied")).one()
    finally:
        app.close()
