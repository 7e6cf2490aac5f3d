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
