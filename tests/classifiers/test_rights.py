"""Rights detection per right, and the look-alikes that are not rights (labelling guide §4.3, §4.14)."""

from __future__ import annotations

import pytest

from classifiers.cues import find_rights

CASES = {
    "access": "Please send me a copy of all the personal data you hold about me.",
    "rectification": "Please correct my record, it shows the wrong address.",
    "erasure": "Please delete my personal data and close my account.",
    "restriction": "Please stop using the old address until it is confirmed.",
    "portability": "Send my transaction history as a CSV file so I can load it into another system.",
    "objection": "I object to my data being used for marketing.",
    "automated_decision": "I want a person, not the system, to review this decision.",
    "informed": "Where did you get my phone number and on what basis are you using it?",
}


@pytest.mark.parametrize("right,text", sorted(CASES.items()))
def test_each_right(right, text):
    assert right in find_rights(text)


@pytest.mark.parametrize(
    "text",
    [
        "Please delete the spreadsheet I attached yesterday, it was an old draft.",
        "I can't get access to the training portal.",
        "Stop calling me at work.",
        "Thanks for the update on the completion date.",
    ],
)
def test_look_alikes_are_not_rights(text):
    assert find_rights(text) == {}


def test_several_rights_in_one_message():
    text = "Please export my data as a CSV and then delete my account."
    assert {"portability", "erasure"} <= set(find_rights(text))


@pytest.mark.parametrize(
    "text",
    [
        "Why do you keep my details, and for how long will you hold them?",
        "What do you use my personal details for, and do you share them with any marketing partners?",
        "Could you tell me whether you use credit scoring or profiling to decide my payment plan?",
    ],
)
def test_informed_purpose_and_retention_questions(text):
    assert "informed" in find_rights(text)


def test_breach_cue_for_details_displayed_to_others():
    from classifiers.cues import BREACH, PERSONAL_DATA, lower

    text = "Your report now shows my personal mobile number to every other firm. I didn't agree to it being displayed."
    assert BREACH.search(lower(text))
    # wrong information about a date or figure is not, by itself, about personal data
    assert not PERSONAL_DATA.search(lower("Your agent gave me wrong information about the completion date."))


def test_model_card_data_files_are_repo_relative(tmp_path):
    from pathlib import Path

    from classifiers.training import _repo_relative

    root = Path(__file__).resolve().parents[2]
    assert _repo_relative(root / "data" / "labelled" / "pexa.jsonl") == "data/labelled/pexa.jsonl"
    outside = tmp_path / "mine.jsonl"
    assert _repo_relative(outside) == str(outside)


@pytest.mark.parametrize(
    "right,text",
    [
        ("access", "can u send me whatever info u have got on me"),
        ("access", "Please send me the notes from my calls with your agents."),
        ("erasure", "I want to be forgotten by your company, remove everything about me."),
        ("erasure", "Please wipe my details off your database."),
        ("restriction", "Freeze the use of my data pending your review."),
        ("portability", "Could I have my payment history in Excel format so I can move it to the new adviser?"),
        ("objection", "I don't want my data used for marketing, stop sending me adverts."),
        ("objection", "Kindly do not use my personal datas for the marketing."),
        ("automated_decision", "Please don't let the computer decide; I want someone to look at my application."),
        ("informed", "Which companies have you passed my details to, and what is the source of my data?"),
        ("rectification", "The phone number you have is wrong, please put this right on your file."),
    ],
)
def test_varied_wording_of_each_right(right, text):
    assert right in find_rights(text)


@pytest.mark.parametrize(
    "text",
    [
        "I object to the re-lodgement fee on our last invoice, please remove it.",  # a fee, not data use
        "We object to the proposed change to the settlement cut-off time.",
        "We were invoiced for an urgent manual intervention that was meant to be free.",
        "Please could you export the completion statement as a PDF for our file?",
    ],
)
def test_more_look_alikes_are_not_rights(text):
    assert find_rights(text) == {}


def test_delete_all_the_data_you_hold_is_erasure_not_access():
    found = find_rights("Please erase the personal data you hold about me and confirm when it's done.")
    assert "erasure" in found and "access" not in found


@pytest.mark.parametrize(
    "text",
    [
        "A letter meant for me was delivered to number 41 and they opened it.",
        "Your text about my debt was sent to my ex-husband's phone.",
        "Your email was cc'd to about forty people, so we can all see each other's addresses.",
        "When I logged in I could see another buyer's bank details in the folder.",
    ],
)
def test_breach_wording(text):
    from classifiers.cues import BREACH, lower

    assert BREACH.search(lower(text))


def test_breach_look_alikes():
    from classifiers.cues import BREACH, lower

    for text in ("The other side says there has been a breach of contract.", "We run data protection training."):
        assert not BREACH.search(lower(text))


# Everyday wordings of each right (ICO guidance: a request need not name the right or the law).
EVERYDAY = [
    ("objection", "I no longer want to receive marketing from you."),
    ("objection", "Unsubscribe me from all your marketing please."),
    ("objection", "I withdraw my consent to marketing."),
    ("objection", "I don't want any more promotional texts from you."),
    ("objection", "Can you stop emailing me offers, I never signed up for them."),
    ("objection", "I do not want to be contacted for marketing purposes."),
    ("erasure", "Please get rid of all the data you have about me."),
    ("erasure", "I want you to delete everything you hold about me."),
    ("erasure", "I want my personal data removed from your records."),
    ("rectification", "You have spelled my name wrong, it is Smyth not Smith."),
    ("rectification", "Your records show the wrong address for me."),
    ("informed", "What are you doing with my personal data?"),
    ("informed", "Why do you have my phone number?"),
    ("informed", "Please send me your privacy notice."),
    ("informed", "I want to know what you use my information for."),
    ("restriction", "Don't delete my data but stop using it."),
    ("portability", "Can you transfer my data directly to my new provider?"),
]


@pytest.mark.parametrize("right,text", EVERYDAY)
def test_everyday_wordings(right, text):
    assert right in find_rights(text)


@pytest.mark.parametrize(
    "text,right,not_right",
    [
        ("Please get rid of all the data you have about me.", "erasure", "access"),  # deleting, not a copy
        ("Don't delete my data but stop using it.", "restriction", "erasure"),  # keep it, stop using it
    ],
)
def test_words_before_a_hit_decide_the_right(text, right, not_right):
    found = find_rights(text)
    assert right in found and not_right not in found


@pytest.mark.parametrize(
    "text",
    [
        "Please stop sending letters to my old address.",
        "I want to close my account.",
        "Please correct the invoice amount.",
        "I object to the fee you charged.",
        "Can you send me a copy of the contract?",
    ],
)
def test_everyday_look_alikes_are_not_rights(text):
    assert find_rights(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "I think this email was sent to me in error, it has someone's mortgage details in it.",
        "I received this letter from your team by mistake.",
        "It was intended for another customer and shows her balance.",
        "Our client's bank details were visible to three other firms in the workspace.",
        "In my envelope was a second letter for another customer with his account number.",
        "Someone else is getting my debt texts.",
        "The screenshot was sent to a completely different law firm.",
    ],
)
def test_misdirected_mail_reported_by_the_recipient_is_breach_wording(text):
    from classifiers.cues import BREACH, lower

    assert BREACH.search(lower(text))


def test_breach_wording_look_alikes_stay_out():
    from classifiers.cues import BREACH, lower

    for text in ("Sorry, I sent my complaint to you in error; please ignore it.", "The fee was charged in error, please refund it."):
        assert not BREACH.search(lower(text))
