"""Third-party complaints (PEXA §9): who writes for whom, and whether the customer's authority came with it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from classifiers import AuthorityVerdict, detect_authority
from classifiers.authority import evaluate_authority

DATA = Path(__file__).resolve().parents[2] / "data" / "labelled" / "authority.jsonl"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Dear Sir or Madam,\n\nI am writing on behalf of my constituent, Mrs Hazel Dunmore, about calls to her workplace.\n\n"
         "Yours sincerely,\nOffice of Tom Archer MP", "mp"),
        ("Dear Sirs,\n\nWe act for Mr Lee Carver in relation to account CX-8802715.\n\nYours faithfully,\nBrant & Hollis LLP", "solicitor"),
        ("I'm a money adviser at a local advice centre working with Mr Rafiq Azam. Please hold the account for 30 days.", "debt_adviser"),
        ("I'm a support worker with a housing charity and I'm supporting Ms Jade Coyle with her post.", "charity"),
        ("I hold a registered lasting power of attorney for my brother, Mr Alan Bannister.", "attorney"),
        ("I'm writing on behalf of my mum, who is 82 and gets very confused on the phone.", "relative"),
        ("I'm writing for my father, Mr Ronald Pike, who is not on email.", "relative"),
        ("I'm writing on behalf of Mr Gareth Price, my neighbour, who doesn't have email.", "other"),
        ("As executor I am handling the sale of my late mother's house and the funds have not arrived.", "other"),
    ],
)
def test_third_party_and_kind(text, kind):
    v = detect_authority(text)
    assert v.third_party and v.representative_kind == kind, v
    assert v.evidence


@pytest.mark.parametrize(
    "text",
    [
        "I am writing on my own behalf about the letters I keep receiving. I don't owe this money.",
        "I dispute this debt and my solicitor says you have no right to add interest. Our solicitors will be in touch.",
        "On behalf of the whole team at Kestrel Building Society, thank you for resolving the fee issue.",
        "If this isn't sorted I will be writing to my MP and the Financial Ombudsman.",
        "I am copying my MP into this email. Your agent was rude and I want an apology.",
        "Our client's completion failed because your system was down. As a firm we want compensation for our time.",
        "We are Orchard Lane Solicitors and we are complaining on behalf of the firm about Tuesday's outage.",
        "My money adviser at StepChange told me to write to you and ask for a statement.",
        "My daughter helped me write this email. I want to complain about the charges on my account.",
        "Please send me the form of authority so that my son can talk to you about my account in future.",
    ],
)
def test_not_third_party(text):
    v = detect_authority(text)
    assert not v.third_party, v.evidence
    assert not v.authority_included and v.representative_kind is None


def test_authority_attached_by_file_name_ignoring_logos():
    v = detect_authority("We act for Ms Tanya Hobbs. Please see attached.", ["image001.png", "Letter of Authority - Hobbs.pdf"])
    assert v.third_party and v.authority_included
    assert v.authority_documents == ("Letter of Authority - Hobbs.pdf",)
    assert v.authorising_name == "Ms Tanya Hobbs"
    assert not detect_authority("We act for Ms Tanya Hobbs.", ["image001.png", "statement.pdf"]).authority_included


@pytest.mark.parametrize(
    "text",
    [
        "Please treat this as a formal complaint on behalf of our client Mr Lee Carver (authority attached).",
        "I'm writing on behalf of my brother, Liam Dixon. His signed authority is attached.",
        "I hold lasting power of attorney for my mother Margaret Kemp (certificate attached).",
        "I write on behalf of our constituent Mr Harjit Bains. His consent is enclosed.",
        "I'm writing for my dad, Brian Pike. He's signed the third party form which I've attached.",
        "Dear Sirs,\n\nWe act for Mr Pavel Novak. Please find enclosed our client's signed letter of authority.",
    ],
)
def test_authority_enclosed_by_wording(text):
    v = detect_authority(text)
    assert v.third_party and v.authority_included, v


@pytest.mark.parametrize(
    "text",
    [
        "I'm a debt adviser supporting Ms Carla Benn. I'll send a signed authority when I next see her.",
        "We have been instructed by Mrs Patricia Neale. Please confirm what authority you require from her.",
        "I am a parliamentary caseworker for Ellen Hart MP. I will send her signed authority once I have it.",
        "Our letter of authority for Mr Craig Tonks was sent to you on 1 August; you still write to him directly.",
        "I'm writing on behalf of my mum, who is 82. Can you send me a consent form for her to sign?",
    ],
)
def test_promised_or_requested_authority_is_not_included(text):
    v = detect_authority(text)
    assert not v.authority_included, v.evidence


def test_name_contact_and_explicit_consent_count_as_authority():
    v = detect_authority("I'm writing for my father, Mr Ronald Pike, who is not on email. He can be reached on 0161 496 0123 "
                         "and has given his consent for me to deal with this complaint.\n\nThanks\nAnn Pike")
    assert v.third_party and v.representative_kind == "relative"
    assert v.authorising_name == "Mr Ronald Pike" and v.authorising_contact == "0161 496 0123"
    assert v.consent_stated and v.authority_included and v.name_and_contact_given


def test_address_as_contact():
    v = detect_authority("I am writing on behalf of Mrs Irene Shaw, 9 Kiln Row, Halifax HX1 2QP. "
                         "She has given her written consent for me to act for her.")
    assert v.authorising_contact == "9 Kiln Row, Halifax HX1 2QP" and v.authority_included


def test_consent_without_contact_details_is_not_enough():
    v = detect_authority("I am writing on behalf of my constituent Ms Hazel Dunn, who has given her consent. "
                         "Your agents visited her three times.\n\nWith thanks,\nLinda Farrow\n020 7946 0123")
    assert v.third_party and v.consent_stated
    assert v.authorising_name == "Ms Hazel Dunn"
    assert v.authorising_contact is None  # the number in the sign-off is the caseworker's own
    assert not v.authority_included and not v.name_and_contact_given


def test_to_json_round_trip():
    v = detect_authority("We act for Mr Lee Carver (authority attached).", ["LOA.pdf"])
    j = v.to_json()
    assert j["third_party"] and j["representative_kind"] == "solicitor" and j["authority_included"]
    assert AuthorityVerdict.from_json(json.loads(json.dumps(j))) == v


def test_labelled_file_and_held_out_floor():
    rows = [json.loads(line) for line in DATA.open(encoding="utf-8")]
    assert len(rows) >= 100
    assert sum(r["third_party"] for r in rows) >= 40 and sum(not r["third_party"] for r in rows) >= 40
    for r in rows:
        assert r["third_party"] or (r["representative_kind"] is None and not r["authority_included"])
    m = evaluate_authority([r for r in rows if r["split"] == "test"])
    assert m["third_party"]["precision"] >= 0.9 and m["third_party"]["recall"] >= 0.8
    assert m["authority_included"]["precision"] >= 0.9


def test_every_prefiltered_pattern_match_holds_one_of_its_needed_strings():
    """The words picked by hand (and those derived from the patterns) must stay in every match, also
    after someone edits a lexicon: checked on every labelled text."""
    import classifiers.authority as a
    from classifiers.cues import lower
    from classifiers.pattern_words import may_match

    paths = sorted(DATA.parent.glob("*.jsonl"))
    checked = 0
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            text = str(json.loads(line).get("text", ""))[: a.MAX_SCAN_CHARS].replace("\u2019", "'").replace("\u00a0", " ").replace("\r\n", "\n")
            low = lower(text)
            for m in a._NOT_REP.finditer(low):
                assert may_match(a._NOT_REP_NEEDS, m.group(0)), m.group(0)
            scrub = a._blank(a._NOT_REP, low)
            for (kind, _, rx), needed in zip(a._REP_RX, a._REP_GATES):
                for m in rx.finditer(scrub):
                    checked += 1
                    assert may_match(needed, m.group(0)), (kind, m.group(0))
            for rx, needed in ((a._ENCLOSED, a._ENCLOSED_NEEDS), (a._CONSENT, a._CONSENT_NEEDS)):
                for m in rx.finditer(low):
                    checked += 1
                    assert may_match(needed, m.group(0)), m.group(0)
    assert checked > 100
