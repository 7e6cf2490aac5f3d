"""Case details from complaint emails: references, UK phones, postcodes, addresses, name, remedy, documents.

All people, addresses and numbers are invented; phone numbers are in Ofcom's drama ranges.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from classifiers import CaseDetails, extract_details, minimise
from classifiers.details import FIELD_KEYS, find_phones, find_postcodes, is_document, is_uk_postcode, normalise_phone

CONEXUS_REFS = (r"\bCX-\d{7}\b",)

FULL_COMPLAINT = """Dear Sir or Madam,

I am writing about account CX-4418207. Your agent rang me four times on Saturday, including once at
8.40pm, after I had asked in writing for contact by letter only. I found the calls intimidating.

I want you to stop the calls, apologise and confirm in writing that my contact preference is recorded.

Kind regards,
Jane Whitfield
14 Acacia Avenue
Headingley
Leeds
LS6 3AB
Tel: 07700 900123
"""


def test_full_conexus_step_one_email_has_everything_but_documents():
    d = extract_details(FULL_COMPLAINT, reference_patterns=CONEXUS_REFS)
    assert d.account_references == ("CX-4418207",)
    assert d.phones == ("+447700900123",)
    assert d.postcodes == ("LS6 3AB",)
    assert d.addresses == ("14 Acacia Avenue, Headingley, Leeds, LS6 3AB",)
    assert d.name == "Jane Whitfield"
    assert d.remedy.startswith("I want you to stop the calls")
    assert d.details and "intimidating" in d.details
    assert d.missing(FIELD_KEYS) == ("documents",)


@pytest.mark.parametrize(
    ("raw", "e164"),
    [
        ("020 7946 0958", "+442079460958"),
        ("07700 900123", "+447700900123"),
        ("07700-900-123", "+447700900123"),
        ("+44 (0)161 496 0000", "+441614960000"),
        ("+44 7700 900456", "+447700900456"),
        ("0044 20 7946 0001", "+442079460001"),
        ("(0113) 496 0555", "+441134960555"),
        ("0808 157 0192", "+448081570192"),
    ],
)
def test_uk_phone_formats_are_normalised(raw, e164):
    text = f"Please call me on {raw} after 5pm."
    assert [p for p, _, _ in find_phones(text)] == [e164]
    assert normalise_phone(raw) == e164


@pytest.mark.parametrize(
    "text",
    [
        "My sort code is 12-34-56 and the account number 12345678.",
        "You took £1,234.56 on 01/02/2026 and another £934.56 on 15.03.2026.",
        "Order no. 07700900123 never arrived.",
        "Invoice number 02079460958 is wrong.",
        "The reference on the letter is 0161496000012345.",
        "I paid 3 instalments of 120 between 2024 and 2025.",
        "Workspace 38-11720 failed again.",
        "Call 0700 000 0000 or 0406 123 4567.",
    ],
)
def test_not_phone_numbers(text):
    assert find_phones(text) == []


def test_bank_details_are_not_an_account_reference():
    d = extract_details("I paid from my bank account, sort code 12-34-56, account number 12345678, on 01/02/2026.")
    assert d.account_references == ()
    assert d.phones == ()


@pytest.mark.parametrize("pc", ["SW1A 1AA", "M1 1AE", "EH1 2NG", "BT1 5GS", "GIR 0AA", "sw1a1aa", "ls6 3ab", "W1A 0AX", "CR2 6XH", "DN55 1PT"])
def test_valid_postcodes(pc):
    assert is_uk_postcode(pc)


@pytest.mark.parametrize("pc", ["QQ1 1AA", "SW1A 1AC", "M1 1IE", "12345", "LS6", "EH1 2N", "VV1 1AA", "AB1 CDE"])
def test_invalid_postcodes(pc):
    assert not is_uk_postcode(pc)


def test_postcodes_found_in_text_any_case_with_or_without_space():
    found = [p for p, _, _ in find_postcodes("Old address ended in m1 1ae, new one is EH12NG; parcels go to BT1 5GS.")]
    assert found == ["M1 1AE", "EH1 2NG", "BT1 5GS"]


def test_inline_address_in_a_sentence():
    d = extract_details("Hello, my name is Priya Sharma-Patel and I now live at 3 Mill Lane, Bolton BL1 2AB. Please update your records.")
    assert d.name == "Priya Sharma-Patel"
    assert d.addresses == ("3 Mill Lane, Bolton BL1 2AB",)
    assert d.remedy == "Please update your records."


def test_bare_postcode_is_not_an_address():
    d = extract_details("Postcode: SW1A 1AA")
    assert d.postcodes == ("SW1A 1AA",)
    assert d.addresses == ()
    assert d.missing(["address"]) == ("address",)


def test_name_stated_or_signed():
    assert extract_details("My name is Tom O'Neill and I rang you yesterday.").name == "Tom O'Neill"
    assert extract_details("Thanks for nothing.\n\nYours sincerely,\nMrs Ada Okafor").name == "Ada Okafor"
    assert extract_details("Still no reply.\n\nRegards,\nCustomer Services Team").name is None


def test_sender_display_name_is_a_fallback_only():
    d = extract_details("Still waiting for my refund, please sort it.", sender_name="Whitfield, Jane")
    assert d.name == "Jane Whitfield"
    d2 = extract_details("Still waiting.\n\nKind regards,\nTom Price", sender_name="Jane Whitfield")
    assert d2.name == "Tom Price"
    assert extract_details("hello", sender_name="PEXA Support Team").name is None


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("The fee was never agreed. I would like the £60 refunded to my card.", "I would like the £60 refunded"),
        ("Your letter was wrong. Please refund the £25 charge and correct my balance.", "Please refund the £25 charge"),
        ("I expect a full apology and an explanation within 14 days.", "I expect a full apology"),
        ("I want to complain. I want you to remove the default from my credit file.", "I want you to remove the default"),
    ],
)
def test_remedy_sentence(text, starts):
    assert extract_details(text).remedy.startswith(starts)


def test_no_remedy_in_an_update_or_in_a_wish_to_complain():
    assert extract_details("I would like to complain about your agent. He was rude on the phone.").remedy is None
    assert extract_details("Please find attached my bank statement. Please note I have moved.").remedy is None


def test_case_reference_kept_apart_and_generic_labelled_references():
    d = extract_details("Your ref: CMP-2026-000123. Our ref: JS/4471/26. Policy number PL-88213-B.")
    assert d.case_references == ("CMP-2026-000123",)
    assert "JS/4471/26" in d.account_references and "PL-88213-B" in d.account_references
    assert d.missing(["account_reference"]) == ()
    only_ours = extract_details("Re: CMP-2026-000123 - still waiting")
    assert only_ours.missing(["account_reference"]) == ("account_reference",)


def test_documents_skip_signature_logos():
    d = extract_details("See attached.", attachment_names=["image001.png", "Outlook-ab12cd.png", "Final demand 2026-03.pdf",
                                                            "company-logo.jpg", "photo of letter.jpg", "smime.p7s"])
    assert d.documents == ("Final demand 2026-03.pdf", "photo of letter.jpg")
    assert is_document("statement.xlsx") and not is_document("image002.jpg")


def test_reply_fills_the_gap_without_losing_what_was_known():
    first = extract_details(FULL_COMPLAINT.replace("Tel: 07700 900123\n", ""), reference_patterns=CONEXUS_REFS)
    assert first.missing(["name", "address", "phone", "account_reference"]) == ("phone",)
    reply = extract_details("Hi, my mobile is 07700 900987. I've also attached the letter.\n\nJane",
                            attachment_names=["letter.pdf"], source="reply-2")
    merged = first.merge(reply)
    assert merged.phones == ("+447700900987",)
    assert merged.name == "Jane Whitfield"  # the known full name is kept
    assert merged.account_references == ("CX-4418207",)
    assert merged.documents == ("letter.pdf",)
    assert merged.missing(FIELD_KEYS) == ()
    assert any(e.source == "reply-2" and e.field == "phone" for e in merged.evidence)


def test_merge_does_not_duplicate():
    a = extract_details("Call me on 07700 900123, account CX-4418207.", reference_patterns=CONEXUS_REFS)
    b = extract_details("My number is +44 7700 900123 and ref cx-4418207", reference_patterns=(r"(?i)\bCX-\d{7}\b",))
    assert a.merge(b).phones == ("+447700900123",)
    assert len(a.merge(b).account_references) == 1


def test_missing_rejects_unknown_keys():
    with pytest.raises(ValueError):
        CaseDetails().missing(["telephone"])


def test_json_round_trip():
    d = extract_details(FULL_COMPLAINT, reference_patterns=CONEXUS_REFS, attachment_names=["a.pdf"])
    again = CaseDetails.from_json(json.loads(json.dumps(d.to_json())))
    assert again == d


def test_minimise_masks_and_keeps_answers_to_missing():
    d = extract_details(FULL_COMPLAINT, reference_patterns=CONEXUS_REFS, attachment_names=["Jane Whitfield passport.pdf"])
    m = minimise(d)
    assert m.minimised and m.evidence == ()
    assert m.phones == ("********123",)
    assert m.addresses == ("LS6",) and m.postcodes == ("LS6",)
    assert m.account_references == ("******8207",)
    assert m.name == "J. W."
    assert len(m.documents) == 1 and re.fullmatch(r"document-[0-9a-f]{8}\.pdf", m.documents[0])
    assert "Whitfield" not in json.dumps(m.to_json())
    assert m.missing(FIELD_KEYS) == d.missing(FIELD_KEYS) == ()
    assert minimise(m) == m


def test_signed_name_without_closing_line_and_with_title_block():
    assert extract_details("I want the default removed.\nJ. Kerrigan").name == "J. Kerrigan"
    assert extract_details("Please credit it.\n\nRegards,\nSian Lloyd | Practice Manager | Bryn & Co\nDirect dial 029 2018 0456").name == "Sian Lloyd"
    assert extract_details("Where is my money?\n\nSeamus O'Neill\n07700 900777").name == "Seamus O'Neill"


def test_evaluate_details_on_labelled_rows():
    from classifiers.details import evaluate_details

    rows = [{"id": "x", "text": "Call me on 07700 900123.\n\nKind regards,\nJane Whitfield", "attachments": [],
             "gold": {"name": ["Jane Whitfield"], "phones": ["+447700900123"], "remedy": True}}]
    m = evaluate_details(rows)
    assert m["phones"]["f1"] == 1.0 and m["name"]["accuracy"] == 1.0 and m["remedy"]["recall"] == 1.0


def test_profile_pattern_with_group():
    d = extract_details("Workspace no 38-11720 failed at 2pm.", reference_patterns=(r"\bworkspace (?:no )?(\d{2}-\d{5})\b",))
    assert "38-11720" in d.account_references
    assert d.phones == ()


def test_evidence_offsets_index_the_text_as_passed_in():
    text = "Hello\r\nCall me on 07700 900123 about CX-4418207\r\n\r\nKind regards,\r\nJane Smith"
    d = extract_details(text, reference_patterns=CONEXUS_REFS, source="msg-1")
    spans = {e.field: text[e.start:e.end] for e in d.evidence}
    assert spans["phone"] == "07700 900123" and spans["account_reference"] == "CX-4418207" and spans["name"] == "Jane Smith"
    assert all(e.source == "msg-1" for e in d.evidence)


def test_blank_and_missing_text():
    d = extract_details("")
    assert d == CaseDetails()
    assert d.missing(FIELD_KEYS) == FIELD_KEYS


def test_merging_a_reply_into_minimised_details_stays_minimised():
    stored = minimise(extract_details(FULL_COMPLAINT.replace("Tel: 07700 900123\n", ""), reference_patterns=CONEXUS_REFS))
    reply = extract_details("My number is 07700 900987, account CX-4418207.", reference_patterns=CONEXUS_REFS)
    merged = CaseDetails.from_json(stored.to_json()).merge(reply)
    assert merged.minimised and merged.phones == ("********987",)
    assert merged.account_references == ("******8207",)
    assert merged.missing(["phone", "account_reference", "name"]) == ()


def test_account_references_alone_are_those_extract_details_finds():
    from classifiers.details import find_account_references

    patterns = (r"\bCX-\d{7}\b", r"\bCX-COMP-\d{5}\b", r"\bPX-C-\d{5}\b", r"\b\d{2}-\d{5}\b")
    labelled = Path(__file__).resolve().parents[2] / "data" / "labelled"
    found = 0
    for path in sorted(labelled.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                text = str(json.loads(line).get("text", ""))
                references = find_account_references(text, patterns)
                assert references == extract_details(text, reference_patterns=patterns).account_references
                found += bool(references)
    assert found > 50


def test_the_name_matcher_is_skipped_only_where_it_cannot_match():
    """A text without "name", "names", "called" or "this is" as words is not tokenised for the stated-
    name patterns; on every labelled text the matcher finds the same with and without that test."""
    import classifiers.details as d

    labelled = Path(__file__).resolve().parents[2] / "data" / "labelled"
    skipped = 0
    for path in sorted(labelled.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            text = str(json.loads(line).get("text", ""))[:6000]
            if d._NAME_MATCH_NEEDS.search(text):
                continue
            skipped += 1
            assert list(d._name_matcher()(d.get_nlp().make_doc(text))) == []
    assert skipped > 100
