"""Intake details, vulnerability and third-party authority through the real pipeline (issue 9).

Maildir in, the register, the file outbox out (as tests/triage/test_pipeline.py), with the conexus profile,
whose procedure (step 1) asks for name, address, telephone, account reference, full details, what the
complainant wants and copies of documents. British formats; telephone numbers from Ofcom's drama ranges
(07700 900xxx, 0113 496 0xxx); every person is fictional.
"""

from __future__ import annotations

import argparse
import email
import email.policy
import json
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.conftest import deliver, make_settings
from triage.bootstrap import bootstrap
from triage.config import REPO_ROOT
from triage.db import unit_of_work
from triage.intake_details import (
    AUTHORITY_RULE,
    IntakeConfig,
    authority_hold_reason,
    intake_text,
    still_missing,
)
from triage.models import AuditEvent, Case, Letter, LetterStatus
from triage.outbox import LetterRequest, queue_letter
from triage.register_view import iter_case_records

MISSING = (
    b"From: Gareth Pryce <gareth.pryce@example.org>\r\nTo: complaints@firm.example\r\n"
    b"Subject: Complaint about your phone calls\r\nMessage-ID: <gp-1@example.org>\r\n"
    b"Date: Mon, 16 Nov 2026 09:12:00 +0000\r\n\r\n"
    b"Hello,\r\n\r\nI want to make a complaint about the way your agents have been phoning me. I have had calls\r\n"
    b"every day this week, sometimes three times a day, even after I told your colleague on Monday that I am\r\n"
    b"already paying the debt through a payment plan. This is harassment and I am very unhappy about it.\r\n\r\n"
    b"Gareth Pryce\r\n"
)

COMPLETE_BODY = (
    b"Dear Compliance and Risk Manager,\r\n\r\n"
    b"I wish to make a formal complaint about the fees added to my account CX-4417729. On 3 November 2026 you\r\n"
    b"added a \xc2\xa360 collection charge that was never agreed with the original creditor, and your letter of 10 November\r\n"
    b"says I now owe \xc2\xa31,245.60. I have attached the original agreement and your letter.\r\n\r\n"
    b"I would like you to remove the \xc2\xa360 charge and send me a corrected statement.\r\n\r\n"
    b"Yours faithfully,\r\n\r\nHelen Marsh\r\n27 Kirkstall Road\r\nLeeds\r\nLS4 2AZ\r\nTel: 0113 496 0471\r\n"
)

COMPLETE = (
    b"From: Helen Marsh <helen.marsh@example.net>\r\nTo: complaints@firm.example\r\n"
    b"Subject: Formal complaint about charges on my account\r\nMessage-ID: <hm-1@example.net>\r\n"
    b"Date: Mon, 16 Nov 2026 10:02:00 +0000\r\nMIME-Version: 1.0\r\n"
    b'Content-Type: multipart/mixed; boundary="zz"\r\n\r\n--zz\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n'
    + COMPLETE_BODY
    + b'\r\n--zz\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename="credit-agreement.pdf"\r\n'
    b"Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n"
    b'--zz\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename="letter-10-november.pdf"\r\n'
    b"Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n--zz--\r\n"
)

VULNERABLE = (
    b"From: Brenda Lowe <brenda.lowe@example.org>\r\nTo: complaints@firm.example\r\n"
    b"Subject: Your letters about bailiffs\r\nMessage-ID: <bl-1@example.org>\r\n"
    b"Date: Mon, 16 Nov 2026 11:30:00 +0000\r\n\r\n"
    b"I am writing to complain about the letters you keep sending me threatening bailiffs. My husband died in\r\n"
    b"August and since then I have been in and out of hospital having chemotherapy. I told your staff all of\r\n"
    b"this on the phone in September and nobody has taken any notice. The letters are making me ill with worry.\r\n"
    b"Please stop the letters and put my account on hold.\r\n\r\nBrenda Lowe\r\n"
)

THIRD_PARTY = (
    b"From: Claire Whitley <claire.whitley@example.com>\r\nTo: complaints@firm.example\r\n"
    b"Subject: Complaint on behalf of my mother\r\nMessage-ID: <cw-1@example.com>\r\n"
    b"Date: Mon, 16 Nov 2026 14:05:00 +0000\r\n\r\n"
    b"Dear Sir or Madam,\r\n\r\nI am writing on behalf of my mother, Mrs Joan Whitley, to complain about how your\r\n"
    b"collectors have spoken to her. She has been phoned repeatedly and told she will be taken to court if she\r\n"
    b"does not pay by Friday. She is very upset and confused by the calls and I want them to stop.\r\n\r\n"
    b"Kind regards,\r\nClaire Whitley\r\n07700 900615\r\n"
)

AUTHORITY_ATTACHED = (
    b"From: Daniel Okafor <d.okafor@advice-centre.example>\r\nTo: complaints@firm.example\r\n"
    b"Subject: Complaint for my client Mr Tom Ashby\r\nMessage-ID: <do-1@advice-centre.example>\r\n"
    b"Date: Mon, 16 Nov 2026 15:20:00 +0000\r\nMIME-Version: 1.0\r\n"
    b'Content-Type: multipart/mixed; boundary="aa"\r\n\r\n--aa\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n'
    b"Dear Sir or Madam,\r\n\r\nI am a debt adviser at Harbour Money Advice and I act on behalf of my client, Mr Tom Ashby.\r\n"
    b"Mr Ashby has been charged \xc2\xa3120 in fees since he agreed a payment plan with you in October, and he\r\n"
    b"would like you to refund them. His signed letter of authority is attached.\r\n\r\n"
    b"Yours faithfully,\r\nDaniel Okafor\r\nMoney Adviser\r\n0113 496 0233\r\n"
    b'\r\n--aa\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename="signed-letter-of-authority.pdf"\r\n'
    b"Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n--aa--\r\n"
)


@pytest.fixture
def settings(tmp_path):
    return make_settings(tmp_path, policy={"profile": "conexus"})


def inbox(settings) -> Path:
    return settings.path("mailbox", "path")


def sent_letters(settings) -> list[email.message.EmailMessage]:
    folder = settings.path("outbox", "path") / "new"
    files = sorted(folder.glob("*")) if folder.exists() else []
    return [email.message_from_bytes(p.read_bytes(), policy=email.policy.default) for p in files]


def text_of(message: email.message.EmailMessage) -> str:
    return message.get_body(("plain",)).get_content()


def one_case(app) -> dict:
    (record,) = list(iter_case_records(app.factory))
    return record


def events(app, name: str) -> list[AuditEvent]:
    with unit_of_work(app.factory) as session:
        rows = session.scalars(select(AuditEvent).where(AuditEvent.event == name).order_by(AuditEvent.id)).all()
        for row in rows:
            session.expunge(row)
        return list(rows)


# -- details and the acknowledgement ------------------------------------------------------------------------


def test_the_acknowledgement_asks_only_for_what_is_missing(app, settings):
    deliver(inbox(settings), "gp", MISSING)
    (outcome,) = app.service().run_once().outcomes
    assert outcome.case_kind == "complaint"
    (ack,) = sent_letters(settings)
    text = text_of(ack)
    assert ack["To"] == "gareth.pryce@example.org"
    assert "It will help us to look into your complaint if you can also send us:" in text
    asked = [line[2:] for line in text.splitlines() if line.startswith("- ")]
    assert asked == [
        "your postal address",
        "a contact telephone number",
        "your account or reference number",
        "what you would like us to do to put things right",
        "copies of any documents you feel might be relevant, such as letters or statements",
    ]
    # What the mail gave (the name, full details of the concern) is not in the list asked for.
    assert "We will not wait for these details before we start looking into your complaint." in text
    html = ack.get_body(("html",)).get_content()
    assert "<li>your postal address</li>" in html
    record = one_case(app)
    assert record["details_missing"] == ["address", "phone", "account_reference", "remedy", "documents"]
    assert record["details_complete"] is False
    assert record["details"]["name"] == "Gareth Pryce"
    assert record["vulnerable"] is False and record["priority"] == 0
    assert record["authority"]["status"] == "not_needed"
    (recorded,) = events(app, "intake_recorded")
    assert recorded.rule == "intake" and recorded.detail["missing"] == record["details_missing"]
    assert "Gareth" not in json.dumps(recorded.detail)  # the audit holds item names, not the details


def test_a_complete_complaint_is_recorded_and_nothing_is_asked(app, settings):
    deliver(inbox(settings), "hm", COMPLETE)
    app.service().run_once()
    (ack,) = sent_letters(settings)
    text = text_of(ack)
    assert "It will help us" not in text and "signed authority" not in text
    record = one_case(app)
    details = record["details"]
    assert record["details_missing"] == [] and record["details_complete"] is True
    assert details["account_references"] == ["CX-4417729"]  # the profile's account format
    assert details["phones"] == ["+441134960471"]
    assert details["postcodes"] == ["LS4 2AZ"]
    assert details["addresses"] == ["27 Kirkstall Road, Leeds, LS4 2AZ"]
    assert details["name"] == "Helen Marsh"
    assert details["remedy"].startswith("I would like you to remove the \u00a360 charge")
    assert details["documents"] == ["credit-agreement.pdf", "letter-10-november.pdf"]
    assert {e["field"] for e in details["evidence"]} >= {"account_reference", "phone", "address", "remedy", "document"}


def test_a_reply_that_fills_the_gap_updates_the_case_and_the_jsonl(app, settings):
    deliver(inbox(settings), "gp", MISSING, order=1)
    app.service().run_once()
    (ack,) = sent_letters(settings)
    before = one_case(app)
    assert "phone" in before["details_missing"]
    reply = (
        b"From: Gareth Pryce <gareth.pryce@example.org>\r\nTo: complaints@firm.example\r\n"
        b"Subject: Re: " + ack["Subject"].encode() + b"\r\nMessage-ID: <gp-2@example.org>\r\n"
        b"In-Reply-To: " + ack["Message-ID"].encode() + b"\r\nReferences: <gp-1@example.org> " + ack["Message-ID"].encode() + b"\r\n"
        b"Date: Tue, 17 Nov 2026 08:40:00 +0000\r\n\r\n"
        b"Thank you. My account reference is CX-5520194 and you can reach me on 07700 900482.\r\n"
        b"My address is 9 Harrow Lane, Bradford BD7 3QT.\r\n\r\nGareth Pryce\r\n\r\n"
        b"On Mon, 16 Nov 2026 at 09:13, Complaints Team <complaints@firm.example> wrote:\r\n"
        + b"".join(b"> " + line.encode() + b"\r\n" for line in text_of(ack).splitlines())
    )
    deliver(inbox(settings), "gp-reply", reply, order=2)
    (outcome,) = app.service().run_once().outcomes
    assert outcome.case_reference == before["reference"]  # threaded onto the case, no new case
    after = one_case(app)
    assert after["details_missing"] == ["remedy", "documents"]
    details = after["details"]
    assert details["account_references"] == ["CX-5520194"]
    assert details["phones"] == ["+447700900482"]
    assert details["addresses"] == ["9 Harrow Lane, Bradford BD7 3QT"]
    assert details["name"] == "Gareth Pryce"  # known values are kept
    # Nothing from the quoted acknowledgement (our own letter) became the complainant's.
    assert all("conexus" not in a.lower() for a in details["addresses"])
    (supplied,) = events(app, "details_supplied")
    assert supplied.detail == {"supplied": ["address", "phone", "account_reference"], "still_missing": ["remedy", "documents"]}
    assert len(sent_letters(settings)) == 1  # the reply is filed, not acknowledged again


def test_an_auto_reply_on_the_thread_supplies_nothing(app, settings):
    deliver(inbox(settings), "gp", MISSING, order=1)
    app.service().run_once()
    (ack,) = sent_letters(settings)
    auto = (
        b"From: Gareth Pryce <gareth.pryce@example.org>\r\nTo: complaints@firm.example\r\n"
        b"Subject: Automatic reply: " + ack["Subject"].encode() + b"\r\nMessage-ID: <gp-ooo@example.org>\r\n"
        b"In-Reply-To: " + ack["Message-ID"].encode() + b"\r\nAuto-Submitted: auto-replied\r\n\r\n"
        b"I am away until Monday. For anything urgent call 07700 900999. My address is 1 Test Road, York YO1 7HH.\r\n"
    )
    deliver(inbox(settings), "ooo", auto, order=2)
    app.service().run_once()
    record = one_case(app)
    assert record["details_missing"] == ["address", "phone", "account_reference", "remedy", "documents"]
    assert events(app, "details_supplied") == []


# -- vulnerability ---------------------------------------------------------------------------------------------


def test_vulnerability_raises_priority_with_its_evidence(app, settings):
    deliver(inbox(settings), "bl", VULNERABLE)
    app.service().run_once()
    record = one_case(app)
    assert record["vulnerable"] is True
    assert record["priority"] == 10  # the profile's vulnerability_priority
    kinds = {v["kind"] for v in record["vulnerability"]}
    assert {"bereavement", "illness"} <= kinds
    evidence = " | ".join(v["evidence"] for v in record["vulnerability"])
    assert "husband died" in evidence and "chemotherapy" in evidence
    assert all(v["source"].startswith("message:") for v in record["vulnerability"])
    (flag,) = events(app, "vulnerability_flagged")
    assert set(flag.detail["indicators"]) == kinds and flag.detail["priority"] == 10
    assert "chemotherapy" not in json.dumps(flag.detail)  # kinds in the audit, never the words
    # The acknowledgement is sent as for anyone else: the flag never delays or changes it.
    (ack,) = sent_letters(settings)
    assert "chemotherapy" not in text_of(ack) and "vulnerab" not in text_of(ack).lower()


# -- third parties -----------------------------------------------------------------------------------------------


def test_third_party_without_authority_is_asked_for_it_and_other_letters_are_held(app, settings):
    deliver(inbox(settings), "cw", THIRD_PARTY)
    app.service().run_once()
    (ack,) = sent_letters(settings)
    text = text_of(ack)
    assert ack["To"] == "claire.whitley@example.com"
    assert "You have written to us on behalf of someone else." in text
    assert "we need their signed authority for you to act for them" in text
    assert "Until we have it, we cannot discuss their personal details with you" in text
    assert "- their account or reference number" in text and "- your postal address" not in text
    record = one_case(app)
    assert record["labels"]["third_party"] is True
    authority = record["authority"]
    assert authority["status"] == "pending" and authority["third_party"] is True
    assert authority["detail"]["detector"]["third_party"] is True
    assert authority["detail"]["detector"]["representative_kind"] == "relative"
    assert record["needs_review"] and any("authority" in r for r in record["review_reasons"])

    # Any other letter to the third party is written HELD, with the reason: the named rule authority_pending.
    with unit_of_work(app.factory) as session:
        case = session.scalars(select(Case)).one()
        request = LetterRequest(kind="holding", to_address=case.complainant_address, case=case, auto_reply=False,
                                extra={"delay_reason": "We are checking your mother's payment history."})
        letter = queue_letter(session, request, hold=False, rule="review", domain="firm.example", renderer=app.processor.renderer)
        assert letter.status == LetterStatus.HELD.value
        assert "no disclosure before authority" in letter.last_error
        assert any("holding held" in r for r in case.review_reasons)
    (held,) = events(app, "letter_held")
    assert held.rule == AUTHORITY_RULE and held.detail["kind"] == "holding"
    report = app.outbox.send_due()
    assert report.sent == 0 and len(sent_letters(settings)) == 1
    record = one_case(app)
    (holding,) = [entry for entry in record["letters"] if entry["kind"] == "holding"]
    assert holding["status"] == "held" and "authority" in holding["held_reason"]


def test_the_outbox_holds_a_queued_letter_to_a_pending_third_party_unless_a_person_approved_it(app, settings):
    deliver(inbox(settings), "cw", THIRD_PARTY)
    app.service().run_once()
    with unit_of_work(app.factory) as session:
        case = session.scalars(select(Case)).one()
        # Queued before the authority rule could see it (e.g. written before the case was marked third party).
        for n in (1, 2):
            session.add(Letter(case_id=case.id, kind="final_response", to_address=case.complainant_address, subject=f"[x] final {n}",
                               body_text="Our final response.", message_id=f"<final-{n}@firm.example>", status=LetterStatus.QUEUED.value))
        session.flush()
        approved = session.scalars(select(Letter).where(Letter.message_id == "<final-2@firm.example>")).one()
        session.add(AuditEvent(case_id=case.id, letter_id=approved.id, event="letter_approved", rule="review", actor="team.leader"))
    report = app.outbox.send_due()
    assert report.held == 1 and report.sent == 1
    with unit_of_work(app.factory) as session:
        statuses = {l.message_id: l.status for l in session.scalars(select(Letter).where(Letter.kind == "final_response"))}
    assert statuses == {"<final-1@firm.example>": "held", "<final-2@firm.example>": "sent"}


def test_an_authority_said_to_be_attached_stays_pending_until_a_person_records_it(app, settings):
    deliver(inbox(settings), "do", AUTHORITY_ATTACHED)
    app.service().run_once()
    (ack,) = sent_letters(settings)
    text = text_of(ack)
    assert "told us that their signed authority for you to act for them is enclosed. We will check it and record it." in text
    assert "we cannot discuss their personal details with you" in text
    assert "we need their signed authority" not in text
    record = one_case(app)
    assert record["authority"]["status"] == "pending"
    detector = record["authority"]["detail"]["detector"]
    assert detector["authority_included"] is True and detector["representative_kind"] == "debt_adviser"
    assert "signed-letter-of-authority.pdf" in detector["authority_documents"]


def test_cases_jsonl_command_prints_the_new_fields(app, settings, tmp_path, capsys):
    from triage.cli import cmd_cases

    deliver(inbox(settings), "bl", VULNERABLE)
    app.service().run_once()
    config = tmp_path / "triage.toml"
    config.write_text(
        f'[database]\nurl = "{settings.database_url}"\n[storage]\nraw_path = "{settings.path("storage", "raw_path")}"\n'
        f'[mailbox]\npath = "{inbox(settings)}"\n[outbox]\npath = "{settings.path("outbox", "path")}"\n'
        f'[policy]\nprofile = "conexus"\nfirms = "{REPO_ROOT / "data" / "firms.csv"}"\n'
        f'[models]\npath = "{REPO_ROOT / "data" / "models" / "current"}"\n'
    )
    assert cmd_cases(argparse.Namespace(config=str(config), format="jsonl")) == 0
    (line,) = capsys.readouterr().out.splitlines()
    record = json.loads(line)
    for key in ("priority", "channel", "details", "details_missing", "details_complete", "vulnerable", "vulnerability", "authority", "redress"):
        assert key in record, key
    assert record["vulnerable"] is True and record["priority"] == 10 and record["channel"] == "email"
    assert record["redress"]["status"] == "none" and record["authority"]["recorded_by"] is None


# -- the pure pieces -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "kind", "held"),
    [
        ("pending", "acknowledgement", False),
        ("pending", "acknowledgement_letter", False),
        ("pending", "rights_acknowledgement", False),
        ("pending", "forward_to_firm", False),  # goes to the responsible firm, not the third party
        ("pending", "breach_alert", False),  # internal
        ("pending", "forward_notice", True),
        ("pending", "holding", True),
        ("pending", "eight_week", True),
        ("pending", "final_response", True),
        ("pending", "deadlock", True),
        ("pending", "summary_resolution", True),
        ("recorded", "final_response", False),
        ("not_needed", "final_response", False),
        (None, "holding", False),
    ],
)
def test_authority_hold_rule(status, kind, held):
    assert (authority_hold_reason(status, kind) is not None) is held


def test_only_what_was_missing_can_be_filled():
    from classifiers.details import CaseDetails

    reply = CaseDetails(phones=("+447700900482",), account_references=("CX-5520194",))
    assert still_missing(("address", "phone", "account_reference", "remedy"), reply) == ("address", "remedy")
    assert still_missing((), reply) == ()


def test_quoted_text_is_not_the_writers_own():
    text = intake_text(
        "Re: [CMP-2026-000001] We have received your complaint",
        "My phone number is 07700 900482.\n\nOn Mon, 16 Nov 2026 at 09:13, Complaints Team wrote:\n"
        "> Conexus, 1 Sample Street, Leeds LS1 1AA\n> Telephone: 0113 496 0000\n",
    )
    assert "07700 900482" in text.own and "0113 496 0000" not in text.own
    assert "0113 496 0000" in text.context
    assert "CMP-2026-000001" not in text.own  # a reply subject is inherited context


def test_the_profile_intake_section_is_validated(tmp_path):
    from triage.errors import ConfigError
    from triage.policy import load_profile

    base = (REPO_ROOT / "triage" / "policies" / "conexus.toml").read_text(encoding="utf-8")
    conexus = load_profile("conexus")
    assert conexus.intake.required_details == ("name", "address", "phone", "account_reference", "details", "remedy", "documents")
    assert load_profile("pexa").intake.required_details == ("name", "details")
    for bad, message in [
        ('required_details = ["name", "shoe_size"]', "shoe_size"),
        ('details_storage = "rot13"', "details_storage"),
        ("reference_patterns = ['(unclosed']", "reference_patterns"),
        ("colour = 'blue'", "intake: unknown keys colour"),
    ]:
        path = tmp_path / "bad.toml"
        key = bad.split(" =")[0]
        lines = [line for line in base.splitlines() if not line.startswith(key + " ")]
        text = "\n".join(lines).replace("[intake]\n", f"[intake]\n{bad}\n")
        path.write_text(text, encoding="utf-8")
        with pytest.raises(ConfigError, match=message):
            load_profile(path)


def test_default_intake_config_is_plain_without_a_key():
    from triage.policy import load_profile

    config = IntakeConfig.from_profile(load_profile("conexus"), environ={})
    assert config.details_storage == "plain" and config.cipher is None
    assert replace(config, vulnerability_priority=5).vulnerability_priority == 5


def test_the_scheduler_holding_letter_to_a_third_party_is_held_for_authority(tmp_path, shipped_classifier):
    """pexa: the acknowledgement goes to the third party (it asks for the authority); the scheduler's
    4-week holding letter is held by rule authority_pending until a person records the authority."""
    from datetime import datetime, timedelta, timezone

    class Clock:
        now = datetime.now(timezone.utc)

        def __call__(self):
            return self.now

    clock = Clock()
    settings = make_settings(tmp_path, policy={"profile": "pexa"})
    app = bootstrap(settings, classifier=shipped_classifier, now=clock)
    try:
        deliver(inbox(settings), "cw", THIRD_PARTY)
        app.service().run_once()
        clock.now += timedelta(days=29)
        app.scheduler.tick()
        with unit_of_work(app.factory) as session:
            by_kind = {l.kind: (l.status, l.last_error, l.body_text) for l in session.scalars(select(Letter))}
            held_events = session.scalars(select(AuditEvent).where(AuditEvent.event == "letter_held", AuditEvent.rule == AUTHORITY_RULE)).all()
            held_kinds = [e.detail["kind"] for e in held_events]
        status, reason, body = by_kind["acknowledgement"]  # sent at once; it met pexa's acknowledge_by step
        assert status == "sent" and reason is None and "we need their signed authority" in body
        status, reason, _ = by_kind["holding"]
        assert status == "held" and "no disclosure before authority" in reason
        assert held_kinds == ["holding"]
    finally:
        app.close()


def test_a_failing_intake_never_stops_the_acknowledgement(app, settings, monkeypatch):
    import classifiers.vulnerability

    def broken(text):
        raise RuntimeError("detector exploded")

    monkeypatch.setattr(classifiers.vulnerability, "detect_vulnerability", broken)
    deliver(inbox(settings), "gp", MISSING)
    (outcome,) = app.service().run_once().outcomes
    assert outcome.status == "processed" and outcome.case_kind == "complaint"
    (ack,) = sent_letters(settings)
    assert "It will help us" not in text_of(ack)  # nothing known to be missing: nothing asked
    record = one_case(app)
    assert record["needs_review"] and any("intake details could not be assessed" in r for r in record["review_reasons"])
    (recorded,) = events(app, "intake_recorded")
    assert recorded.detail == {"error": "RuntimeError"}


def test_every_layer_knows_the_same_detail_keys():
    from classifiers.details import FIELD_KEYS
    from triage.letters import DETAIL_LABELS, DETAIL_LABELS_THIRD_PARTY
    from triage.policy import DETAIL_KEYS
    from triage.reports.compute import DETAIL_KEYS as REPORT_KEYS

    assert DETAIL_KEYS == FIELD_KEYS == tuple(DETAIL_LABELS) == REPORT_KEYS
    assert set(DETAIL_LABELS_THIRD_PARTY) <= set(DETAIL_KEYS)
