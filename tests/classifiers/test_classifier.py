"""The classifiers as the pipeline sees them: protocol, batch = single, guide rules, consistency."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from classifiers import load_classifier
from classifiers.classifier import RulesClassifier
from classifiers.types import CATEGORIES, RIGHTS, EmailText, Triage, TriageClassifier

RULES = RulesClassifier([])


def check_consistency(t: Triage) -> None:
    """The labelling guide's consistency checks (§2), which every output must obey."""
    assert 0.0 <= t.complaint_score <= 1.0
    assert t.category in CATEGORIES and set(t.rights) <= set(RIGHTS)
    if not t.complaint:
        assert not t.explicit and not t.personal_data and t.about_other_firm is None and t.category == "none"
    else:
        assert t.category != "none"
    if t.auto_generated:
        assert not t.complaint and t.rights == () and not t.breach and not t.third_party and t.about_other_firm is None
    if t.complaint and t.breach:
        assert t.personal_data
    if t.category == "personal_data":
        assert t.personal_data
    json.dumps(t.to_json())


def test_rules_baseline_implements_protocol():
    assert isinstance(RULES.version, str)
    clf: TriageClassifier = RULES
    assert clf.classify_many([]) == []


def test_batch_equals_single():
    emails = [
        EmailText(subject="fee", body="You charged me twice again. Refund it."),
        EmailText(subject="question", body="How long does lodgement take?"),
        EmailText(subject="Automatic reply: x", body="I am out of the office until Monday."),
    ]
    batch = RULES.classify_many(emails)
    assert [b.to_json() for b in batch] == [RULES.classify(e).to_json() for e in emails]


def test_only_new_text_counts():
    quoted = EmailText(
        subject="Re: your complaint",
        body="Thank you, the refund arrived and everything is sorted now.\n\nOn Mon, 3 Mar 2025, Team <t@x.co.uk> wrote:\n"
             "> Further to your formal complaint about the fee we have upheld your complaint.",
    )
    t = RULES.classify(quoted)
    assert not t.complaint and not t.explicit


def test_denial_is_not_explicit():
    t = RULES.classify(EmailText(body="This isn't a complaint, but please update my address and send me a copy of my data."))
    assert not t.explicit
    assert {"access", "rectification"} <= set(t.rights)


def test_auto_generated_clears_everything():
    t = RULES.classify(EmailText(subject="Automatic reply: complaint", body="I am on annual leave until Tuesday.",
                                 headers={"auto-submitted": "auto-replied"}))
    assert t.auto_generated and not t.complaint and t.reasons
    check_consistency(t)


def test_evidence_quotes_the_text():
    t = RULES.classify(EmailText(body="I want to complain: you sent my letter to the wrong address and my neighbour read it."))
    assert t.complaint and t.breach and t.personal_data
    assert any("complain" in e.lower() for e in t.evidence)


def test_guide_examples_consistent_with_shipped_or_baseline(guide):
    from classifiers.data import load_labelled
    from classifiers import DEFAULT_MODEL_DIR

    examples = load_labelled([guide], origin="guide")
    clf = load_classifier(DEFAULT_MODEL_DIR, [])
    out = clf.classify_many([e.email for e in examples])
    for t in out:
        check_consistency(t)
    auto_ok = sum(ex.labels["auto_generated"] == t.auto_generated for ex, t in zip(examples, out))
    assert auto_ok == len(examples)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    subject=st.text(max_size=60),
    body=st.text(max_size=400),
    html=st.one_of(st.none(), st.text(max_size=200).map(lambda s: f"<p>{s}</p>")),
    header=st.sampled_from([{}, {"auto-submitted": "auto-replied"}, {"precedence": "bulk"}, {"auto-submitted": "no"}]),
)
def test_any_input_gives_a_consistent_verdict(subject, body, html, header):
    t = RULES.classify(EmailText(subject=subject, body=body, html=html, headers=header))
    check_consistency(t)


def test_pathological_inputs_complete():
    """Huge or odd bodies (no '@', one long word, deep HTML) are processed in bounded work."""
    for email in (
        EmailText(body="A" * 300_000),
        EmailText(body="x." * 100_000 + "@"),
        EmailText(html="<div>" * 20_000 + "text"),
        EmailText(body="> " * 50_000),
    ):
        check_consistency(RULES.classify(email))


def test_the_review_band_scales_with_a_low_threshold():
    """A model with a low complaint threshold must not send the whole mailbox to review: the band is in
    log-odds, so around 0.08 it covers roughly 0.04-0.15, not everything from 0 to 0.16."""
    from classifiers.classifier import near_threshold

    band = {"review_log_odds_band": 0.7}
    assert near_threshold(0.05, 0.08, band) and near_threshold(0.14, 0.08, band)
    assert not near_threshold(0.01, 0.08, band) and not near_threshold(0.2, 0.08, band)
    # the same band is wider in probability around a higher threshold
    assert near_threshold(0.6, 0.5, band) and not near_threshold(0.7, 0.5, band)
    # a model card with only the older probability-width band keeps its behaviour
    assert near_threshold(0.01, 0.08, {"review_band": 0.08}) and not near_threshold(0.2, 0.08, {"review_band": 0.08})


def _decide_with_right_score(body: str, right: str, score: float):
    """decide() on a real analysis of `body`, with the learned heads' scores set by hand (threshold 0.4)."""
    from classifiers.classifier import decide

    analysis = RULES._engine.analyse([EmailText(subject="my account", body=body)])[0]
    scores = {"complaint": 0.01, **{f"right:{r}": 0.001 for r in RIGHTS}, f"right:{right}": score}
    thresholds = {"complaint": 0.5, "review_log_odds_band": 0.7, "right_model": 0.4}
    return decide(analysis, scores, thresholds, "test")


def test_a_right_scored_just_below_its_threshold_goes_to_a_person():
    """A missed rights request starts a clock nobody watches: a head score in the review band below the
    threshold, with no request wording found, flags the message and names the right, without labelling it."""
    body = "I would rather you no longer kept anything on me once this is over with."
    near = _decide_with_right_score(body, "erasure", 0.33)
    assert near.rights == () and near.needs_review
    assert any("possible erasure request" in r for r in near.reasons)
    far = _decide_with_right_score(body, "erasure", 0.05)
    assert far.rights == () and not far.needs_review


def test_a_right_found_by_the_model_alone_near_its_threshold_goes_to_a_person():
    body = "I would rather you no longer kept anything on me once this is over with."
    near = _decide_with_right_score(body, "erasure", 0.45)
    assert near.rights == ("erasure",) and near.needs_review
    assert any("erasure found by the model alone" in r for r in near.reasons)
    sure = _decide_with_right_score(body, "erasure", 0.9)
    assert sure.rights == ("erasure",) and not sure.needs_review


def test_a_right_found_by_its_wording_is_not_sent_to_review_for_its_score():
    """The rules' finding stands on the quoted wording (evidence); a low head score does not make it unsure."""
    body = "Please delete all the personal data you hold about me."
    t = _decide_with_right_score(body, "erasure", 0.33)
    assert "erasure" in t.rights and not any("erasure" in r for r in t.reasons)


def test_the_complaint_band_reaches_further_below_the_threshold_than_above():
    """A complaint scored under the threshold is missed silently, one over it costs a letter: calm complaints
    score 0.01-0.06 at a threshold of 0.08, so the band under it is twice as wide (in log-odds) as the one above."""
    from classifiers.classifier import complaint_near_threshold, decide

    band = {"review_log_odds_band": 0.7}
    assert complaint_near_threshold(0.025, 0.08, band) and complaint_near_threshold(0.14, 0.08, band)
    assert not complaint_near_threshold(0.015, 0.08, band) and not complaint_near_threshold(0.2, 0.08, band)
    # a card can set its own width under the threshold
    assert not complaint_near_threshold(0.025, 0.08, {**band, "review_log_odds_below": 0.7})

    analysis = RULES._engine.analyse([EmailText(subject="direct debit", body="The direct debit came out twice this month.")])[0]
    flagged = decide(analysis, {"complaint": 0.03}, {"complaint": 0.08, **band}, "test")
    assert not flagged.complaint and flagged.needs_review
    assert any("complaint score 0.03 near the threshold" in r for r in flagged.reasons)
    assert not decide(analysis, {"complaint": 0.01}, {"complaint": 0.08, **band}, "test").needs_review


def _decide_with_auto_score(body: str, auto: float, complaint: float = 0.01, card: bool = True):
    """decide() on a real analysis of `body` with the auto_generated head's score set by hand (threshold 0.8)."""
    from classifiers.classifier import decide

    analysis = RULES._engine.analyse([EmailText(subject="Re: your letter", body=body)])[0]
    scores = {"complaint": complaint, "auto_generated": auto, **{f"right:{r}": 0.001 for r in RIGHTS}}
    thresholds = {"complaint": 0.5, "review_log_odds_band": 0.7, "right_model": 0.4, **({"auto_generated_model": 0.8} if card else {})}
    return decide(analysis, scores, thresholds, "test"), analysis


def test_the_auto_head_calls_machine_mail_the_rules_miss_and_a_person_sees_it():
    body = "Our offices are shut for the bank holiday weekend and reopen on Tuesday at nine, when messages are answered."
    t, analysis = _decide_with_auto_score(body, 0.93)
    assert analysis.auto_score < 0.7  # the rules alone do not call it machine mail
    assert t.auto_generated and not t.complaint and t.rights == () and t.needs_review
    assert any("machine-made by the model alone (0.93" in r for r in t.reasons)
    check_consistency(t)
    below, _ = _decide_with_auto_score(body, 0.75)
    assert not below.auto_generated
    # a card without the head's threshold (every model before it) decides by the rules alone
    old, _ = _decide_with_auto_score(body, 0.99, card=False)
    assert not old.auto_generated


def test_the_auto_head_never_clears_a_complaint_or_a_rights_request():
    """A person's complaint or request called machine mail would get no acknowledgement and start no clock:
    the head alone never overrides the complaint head or a right the rules found in the wording."""
    complaint, _ = _decide_with_auto_score("You have charged me twice again and nobody answers the phone.", 0.97, complaint=0.9)
    assert complaint.complaint and not complaint.auto_generated
    request, analysis = _decide_with_auto_score("Please delete all the personal data you hold about me.", 0.97)
    assert "erasure" in analysis.rights
    assert not request.auto_generated and "erasure" in request.rights


def test_choose_auto_threshold_is_the_lowest_precise_enough_or_off():
    import numpy as np

    from classifiers import training

    gold = np.array([1] * 20 + [0] * 20)
    scores = np.array([0.9] * 19 + [0.4] + [0.6] * 2 + [0.1] * 18)  # two non-machine rows at 0.6
    t, info = training.choose_auto_threshold(gold, scores)
    assert t == 0.65 and info["oof_precision"] == 1.0 and info["oof_recall"] == 0.95
    # nothing precise enough: the head stays off
    t, info = training.choose_auto_threshold(np.array([1, 0, 0, 0]), np.array([0.9, 0.9, 0.9, 0.1]))
    assert t is None and "head off" in info["note"]
    assert training.choose_auto_threshold(np.zeros(0, dtype=int), np.zeros(0))[0] is None


def test_the_auto_head_leaves_mail_a_person_forwarded_to_the_rules():
    """A person forwarding a system notice or a chain, or pasting raw headers, wrote the message: the head's
    "machine-made wording" is the forwarded text's, so only the rules may call it machine mail."""
    notice = "This message is for all portal users: the system will be unavailable on Saturday and back on Monday."
    forwarded = "FYI, see below.\n\n---------- Forwarded message ---------\nFrom: IT Service Desk <it@example.org>\n\n" + notice
    pasted = "Is this one of yours?\n\nReturn-Path: <alerts@example.org>\nReceived: from mx1.example.org\n\n" + notice
    replied = "Noted.\n\n-----Original Message-----\nFrom: IT Service Desk\nSent: 3 March 2026 09:12\n\n" + notice
    for body in (forwarded, pasted, replied):
        t, analysis = _decide_with_auto_score(body, 0.97)
        assert analysis.auto_score < 0.7 and not t.auto_generated, body[:30]
    plain, _ = _decide_with_auto_score(notice, 0.97)
    assert plain.auto_generated


def test_the_auto_head_does_not_act_alone_on_a_short_note():
    """On real mail the head's calls on short texts were mostly people's short notes (trial RM): below
    AUTO_HEAD_MIN_WORDS words of the sender's own, only the rules may call a message machine mail."""
    from classifiers.classifier import AUTO_HEAD_MIN_WORDS

    note = "Hello, I'm just testing the new address. Regards, Bob"
    t, analysis = _decide_with_auto_score(note, 0.97)
    assert analysis.sections.own_words < AUTO_HEAD_MIN_WORDS
    assert not t.auto_generated
    notice = "Our offices are shut for the bank holiday weekend and reopen on Tuesday at nine, when messages are answered."
    t, analysis = _decide_with_auto_score(notice, 0.97)
    assert analysis.sections.own_words >= AUTO_HEAD_MIN_WORDS and t.auto_generated


def test_a_list_footer_at_the_end_never_clears_a_persons_complaint():
    """Trial RM2: a person complaining about a newsletter keeps its footer below their sign-off. The footer is
    machine-mail evidence only when the complaint head does not call the message a complaint."""
    body = (
        "I have asked you three times to stop these daily market emails and they still arrive. I am fed up, and I want "
        "to know why my request was ignored.\n\n-- \nPat Jones\n\nSent from the Energy Daily mailing list. To "
        "unsubscribe from this newsletter, reply with REMOVE."
    )
    complaint, analysis = _decide_with_auto_score(body, 0.0, complaint=0.9)
    assert analysis.auto_score >= 0.7 and any("list-footer wording at the end" in r for r in analysis.auto_reasons)
    assert complaint.complaint and not complaint.auto_generated and complaint.needs_review
    assert any("some machine-generated signs" in r for r in complaint.reasons)
    # the same text with no complaint in it is list mail
    quiet, _ = _decide_with_auto_score(body, 0.0, complaint=0.05)
    assert quiet.auto_generated and not quiet.complaint
