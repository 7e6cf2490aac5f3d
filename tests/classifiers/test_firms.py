"""Firm matching is driven by the directory passed in: full name, alias, misspelling, domain, unknown, none."""

from __future__ import annotations

from classifiers.classifier import RulesClassifier, _Engine, other_firm_score
from classifiers.types import EmailText


def mentions(directory, body, sender="jo@gmail.com", subject=""):
    (a,) = _Engine(directory).analyse([EmailText(subject=subject, body=body, sender=sender)])
    return a


def ids(a, where=None):
    return {m.firm_id for m in a.mentions if where is None or m.where == where}


def test_full_name(directory):
    assert ids(mentions(directory, "My lender Granite Ridge Lending added a fee.")) == {"grl"}


def test_alias_and_acronym(directory):
    assert ids(mentions(directory, "Saltmarsh keep sending estimated bills.")) == {"sfe"}
    assert ids(mentions(directory, "GRL added a fee at the last minute.")) == {"grl"}


def test_lowercase_common_word_is_not_a_firm(directory):
    assert ids(mentions(directory, "we walked along the saltmarsh")) == set()


def test_misspelt_name(directory):
    a = mentions(directory, "My solicitors are Milbrook and Wier and they never reply.")
    fuzzy = [m for m in a.mentions if m.kind == "fuzzy"]
    assert fuzzy and fuzzy[0].firm_id == "mwl" and fuzzy[0].score < 0.9


def test_domain_only_in_forwarded_text(directory):
    body = (
        "Can you look at this, it is wrong\n\n---------- Forwarded message ---------\n"
        "From: Redemptions <redemptions@graniteridge.co.uk>\nSubject: statement\n\nPlease find your statement."
    )
    assert "grl" in ids(mentions(directory, body))


def test_sender_domain_is_employer_not_subject(directory):
    a = mentions(directory, "Your platform failed three settlements this month, explain why.", sender="ops@graniteridge.co.uk")
    assert ids(a, "sender") == {"grl"} and ids(a, "new") == set()
    assert other_firm_score(a)[0] == 0.0


def test_unknown_firm_name(directory):
    a = mentions(directory, "Her conveyancers are Hollis & Penrose and they are rude. Please pass this on.")
    assert a.unknown_orgs and "Hollis & Penrose" in a.unknown_orgs[0]


def test_no_firm(directory):
    a = mentions(directory, "I was on hold for 55 minutes and then cut off. Ring me back.")
    assert not a.mentions and not a.unknown_orgs


def test_routing_with_the_rules_classifier(directory):
    clf = RulesClassifier(directory)
    t = clf.classify(
        EmailText(body="My solicitors are Millbrook & Weir. I've rung them 9 times and nothing back, the sale is slipping. "
                       "Please make them get back to me, this is not acceptable.", sender="jo@gmail.com")
    )
    assert t.complaint and t.about_other_firm == "mwl"
    t2 = clf.classify(EmailText(body="Your agent keeps calling me at work about the Saltmarsh debt. This is harassment, stop it.",
                                sender="jo@gmail.com"))
    assert t2.about_other_firm is None
