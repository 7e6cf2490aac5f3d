"""The decision rules, as pure functions of the facts."""

from dataclasses import replace

from classifiers.types import FormContact, Triage
from triage.rules import Facts, decide, describe_rules

COMPLAINT = Triage(complaint=True, complaint_score=0.95, explicit=False, category="delay")
NOTHING = Triage(complaint=False, complaint_score=0.05)
BASE = Facts(reply_address="jo@example.com", subject="s", auto_kind="", auto_reasons=(), triage=COMPLAINT)


def kinds(decision):
    return [letter.kind for letter in decision.letters]


def rules_hit(decision):
    return [hit.rule for hit in decision.hits]


def test_new_complaint_is_acknowledged_once():
    decision = decide(BASE)
    assert decision.open_case and decision.case_kind == "complaint"
    assert kinds(decision) == ["acknowledgement"]
    assert rules_hit(decision) == ["classify", "acknowledge"]


def test_personal_data_complaint_and_breach():
    triage = replace(COMPLAINT, personal_data=True, breach=True, category="personal_data")
    decision = decide(replace(BASE, triage=triage))
    assert decision.case_kind == "data_protection_complaint"
    assert kinds(decision) == ["acknowledgement", "breach_alert"]


def test_rights_request_without_complaint():
    decision = decide(replace(BASE, triage=replace(NOTHING, rights=("access", "erasure"))))
    assert decision.case_kind == "rights_request"
    assert kinds(decision) == ["rights_acknowledgement"]


def test_enquiry_opens_no_action_case_without_letters():
    decision = decide(replace(BASE, triage=NOTHING))
    assert decision.case_kind == "enquiry" and decision.letters == ()


def test_auto_mail_is_never_answered_even_if_text_sounds_like_a_complaint():
    decision = decide(replace(BASE, auto_kind="out_of_office", auto_reasons=("Auto-Submitted: auto-replied",)))
    assert decision.letters == () and not decision.open_case
    assert decision.acknowledge_suppressed.startswith("auto-generated")


def test_auto_reply_on_a_case_is_filed_there():
    decision = decide(replace(BASE, auto_kind="out_of_office", thread_case="CMP-2026-000007"))
    assert decision.attach_to_case == "CMP-2026-000007" and decision.letters == ()


def test_duplicate_stops_everything():
    decision = decide(replace(BASE, duplicate_of=12))
    assert decision.duplicate_of == 12 and decision.letters == () and not decision.open_case


def test_unreadable_goes_to_a_person():
    decision = decide(replace(BASE, triage=None, serious_defects=("unparsable message: X",)))
    assert decision.case_kind == "unreadable" and decision.needs_review and decision.letters == ()


def test_too_large_goes_to_a_person():
    decision = decide(replace(BASE, too_large=True))
    assert decision.case_kind == "unreadable" and "too large" in decision.review_reasons[0]


def test_parse_problems_flag_but_still_acknowledge():
    decision = decide(replace(BASE, serious_defects=("unknown charset 'x'",)))
    assert decision.needs_review and kinds(decision) == ["acknowledgement"]


def test_reply_on_existing_case_does_not_open_another():
    decision = decide(replace(BASE, thread_case="CMP-2026-000003"))
    assert decision.attach_to_case == "CMP-2026-000003" and not decision.open_case and decision.letters == ()
    assert decision.needs_review  # a complaint in a reply is for the handler to read


def test_no_sender_address_means_no_letter_but_a_person():
    decision = decide(replace(BASE, reply_address=None))
    assert decision.letters == () and decision.needs_review


def test_rate_limit_holds_the_acknowledgement():
    decision = decide(replace(BASE, recent_letters_to_writer=5, max_letters_per_recipient=5))
    (letter,) = decision.letters
    assert letter.hold and decision.needs_review


def test_our_own_address_is_not_answered():
    decision = decide(replace(BASE, own_address=True))
    assert decision.letters == ()


def test_a_web_form_marked_machine_made_opens_a_case_for_a_person_and_sends_nothing():
    form = replace(COMPLAINT, web_form=FormContact(email="amy@example.org"), auto_generated=True, complaint=False)
    decision = decide(replace(BASE, auto_kind="auto_reply", auto_reasons=("Auto-Submitted: auto-generated",), triage=form))
    assert decision.open_case and decision.needs_review and decision.letters == ()
    bounce = decide(replace(BASE, auto_kind="bounce", auto_reasons=("bounce subject",), triage=form))
    assert not bounce.open_case and bounce.letters == ()


def test_a_web_form_sent_as_our_own_address_is_filed_for_a_person_with_its_letters_held():
    form = replace(COMPLAINT, web_form=FormContact(email="amy@example.org", name="Amy Osei"))
    decision = decide(replace(BASE, own_address=True, reply_address="amy@example.org", triage=form))
    assert decision.open_case and decision.needs_review
    assert [(letter.kind, letter.hold) for letter in decision.letters] == [("acknowledgement", True)]


def test_confident_firm_match_is_forwarded_with_notice():
    triage = replace(COMPLAINT, about_other_firm="kbs", firm_score=0.95)
    decision = decide(replace(BASE, triage=triage, firm_known=True, firm_confident=True))
    assert decision.forward and kinds(decision) == ["forward_to_firm", "forward_notice"]


def test_uncertain_or_unknown_firm_waits_for_a_person():
    for facts in (
        replace(BASE, triage=replace(COMPLAINT, about_other_firm="kbs", firm_score=0.5), firm_known=True, firm_confident=False),
        replace(BASE, triage=replace(COMPLAINT, about_other_firm="unknown")),
        replace(BASE, triage=replace(COMPLAINT, about_other_firm="kbs", firm_score=0.95, needs_review=True), firm_known=True, firm_confident=True),
    ):
        decision = decide(facts)
        assert not decision.forward and decision.needs_review
        assert kinds(decision) == ["acknowledgement"]  # the complainant still hears from us


def test_every_rule_is_documented():
    docs = describe_rules()
    assert [d.name for d in docs][:3] == ["duplicate", "unreadable", "auto_mail"]
    assert all(d.doc for d in docs)


def test_no_email_address_but_a_logged_postal_address_is_acknowledged_by_post():
    by_post = decide(replace(BASE, reply_address=None, postal_address=True))
    assert [(l.kind, l.recipient, l.hold) for l in by_post.letters] == [("acknowledgement", "complainant", True)]
    assert by_post.acknowledge_suppressed == ""
    nowhere = decide(replace(BASE, reply_address=None))
    assert nowhere.letters == () and nowhere.needs_review and nowhere.acknowledge_suppressed == "no sender address"


def test_the_review_reason_names_every_doubt_of_the_classifier():
    """A person reviewing an enquiry must see that it may be a rights request (a one-month clock), even when the
    classifier had other doubts before it."""
    doubtful = replace(NOTHING, needs_review=True, reasons=(
        "complaint score 0.05 near the threshold 0.08", "'complain' wording ('complaint') but complaint score below threshold",
        "possible erasure request (model score 0.33, threshold 0.40)",
    ))
    decision = decide(replace(BASE, triage=doubtful))
    assert decision.needs_review and decision.case_kind == "enquiry"
    assert any("possible erasure request" in reason for reason in decision.review_reasons)


def test_a_short_note_over_attached_documents_goes_to_a_person_and_is_still_acknowledged():
    """The message is in the documents (a scanned letter, a PDF), which no classifier reads: a complaint or a
    rights request inside them would otherwise go unseen."""
    decision = decide(replace(BASE, documents_behind_cover_note=2))
    assert decision.needs_review and "documents" in rules_hit(decision)
    assert any("2 attached documents" in r and "a person must read them" in r for r in decision.review_reasons)
    assert kinds(decision) == ["acknowledgement"]
    enquiry = decide(replace(BASE, triage=NOTHING, documents_behind_cover_note=1))
    assert enquiry.needs_review and any("1 attached document:" in r for r in enquiry.review_reasons)
    assert "documents" not in rules_hit(decide(BASE))
