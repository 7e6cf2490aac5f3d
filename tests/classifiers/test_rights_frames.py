"""Everyday rights requests found as request frames (classifiers.rights_frames), and the look-alikes the
labelling guide keeps out. The sentences are written for this test, not taken from the labelled data."""

import pytest

from classifiers.rights_frames import find_frames, merge, sentences


@pytest.mark.parametrize(
    ("text", "right"),
    [
        ("Could you take my mobile number off your system please, the account is paid.", "erasure"),
        ("I left the firm in May. Please delete my user account and the details on it.", "erasure"),
        ("If you still have my CV on file, could you delete it please?", "erasure"),
        ("The date of birth you hold for me is wrong, it's 1984 not 1948. Can you correct it?", "rectification"),
        ("my surname is spelt wrong on every letter. please fix it", "rectification"),
        ("Please update my phone number to the one below.", "rectification"),
        ("what have you actually got on me? pls send me a copy", "access"),
        ("I'd like the recordings of my calls with your agent in March.", "access"),
        ("who gave you my details", "informed"),
        ("How did you get my work email address?", "informed"),
        ("Do you sell my information to anyone?", "informed"),
        ("I don't want my details used for surveys or marketing any more.", "objection"),
        ("Please take me off your research panel.", "objection"),
        ("Until the balance is confirmed, please don't report this account to the credit reference agencies.", "restriction"),
        ("Please hide my bank details from the other side until this is sorted.", "restriction"),
        ("Can you send my data as a CSV file so I can load it into my new system?", "portability"),
        ("Your online form rejected my plan in seconds. I want a real person to look at it.", "automated_decision"),
    ],
)
def test_an_everyday_request_names_its_right(text, right):
    assert right in find_frames(text)


@pytest.mark.parametrize(
    "text",
    [
        "Please delete the attachment I sent by mistake and use the one below.",  # not the writer's data
        "I can't access my online account since the update.",  # access to a portal
        "Please stop calling me at work.",  # a conduct remedy, not an objection
        "Please remove the £40 fee from my account and refund it.",  # a charge, not data
        "Can you change the completion date to Friday?",  # not personal data
        "You have the right to request erasure of your personal data and to object to its processing.",  # a notice
        "To stop receiving these emails, click unsubscribe.",  # a newsletter footer asks nothing
        "My payment will be late this month, sorry.",
        "Please do not delete it yet, I need it for the ombudsman.",
    ],
)
def test_look_alikes_ask_for_no_right(text):
    assert find_frames(text) == {}


def test_items_listed_under_a_request_are_requests():
    text = "Mrs Khan would like:\n- her phone number updated to 07700 900123;\n- her data not used for marketing."
    found = find_frames(text)
    assert {"rectification", "objection"} <= set(found)


def test_the_lexicon_keeps_its_evidence_and_frames_add_the_rest():
    merged = merge({"access": "subject access request"}, [("access", "send me a copy"), ("erasure", "delete my data")])
    assert merged == {"access": "subject access request", "erasure": "delete my data"}


def test_sentences_split_on_ends_lines_and_dashes():
    assert sentences("Hi. Who has seen it?\nDelete it - now please") == ["Hi.", "Who has seen it?", "Delete it", "now please"]


def test_the_word_gate_changes_no_result_on_the_labelled_mail():
    """The trigger-word gate is only a shortcut: every labelled message gives the same frames without it."""
    from pathlib import Path

    from classifiers.data import load_labelled
    from classifiers.features import RIGHTS_CHARS
    from classifiers.textprep import prepare_sections

    rows = load_labelled(sorted((Path(__file__).resolve().parents[2] / "data" / "labelled").glob("*.jsonl")))
    texts = [prepare_sections(r.email).model_text()[:RIGHTS_CHARS] for r in rows]
    assert len(texts) > 3000
    differing = [t[:80] for t in texts if find_frames(t) != find_frames(t, gated=False)]
    assert differing == []
    assert sum(1 for t in texts if find_frames(t)) > 300  # the frames do find rights in this data


def test_the_word_gate_holds_for_letters_case_insensitive_matching_equates():
    """The patterns match case-insensitively, which also equates the dotted and dotless i with i and the long
    s with s: the word gate reads words the same way, so it skips nothing the patterns would find."""
    texts = [
        "İ WANT TO KNOW HOW MANY LETTERS HAVE GONE THERE, AND İ WANT MY ADDRESS FİXED TODAY.",
        "Could you get ıt rıght on your ſyſtem pleaſe, ıt'ſ a bıt embarraſſıng.",
        "And untıl ıt'ſ ſorted, don't report thıſ balance to Experıan or anyone elſe",
        "PLEASE DELETE ALL THE DATA YOU HOLD ABOUT ME.",
    ]
    for text in texts:
        assert find_frames(text) == find_frames(text, gated=False) != {}, text


def test_every_frame_needs_a_word_so_sentences_without_one_are_passed_over():
    # The quick sentence test only helps while every frame's gate needs some word; were one not to,
    # every sentence would be searched (correct, but the speed-up gone): a new frame should say why.
    from classifiers import rights_frames

    assert rights_frames._FRAMES_NEED_WORDS
    assert not rights_frames._may_hold_a_frame(frozenset({"weather", "lovely"}))


# -- guidance text names rights without asking for them ----------------------------------------------------

GUIDANCE = ("You can ask an organisation that holds data about you to delete that data and, in some circumstances, "
            "it must then do so. This is known as the right to erasure.")


def test_guidance_that_only_names_a_right_asks_for_nothing():
    from classifiers.rights_frames import find_rights, named_without_asking

    for text in (GUIDANCE, "The right to rectification as laid down in Art. 16 GDPR guarantees you the ability to "
                           "request rectification from the company."):
        found = find_rights(text)
        assert found and named_without_asking(text, found) == frozenset(found)


def test_requests_are_never_taken_for_guidance():
    from classifiers.rights_frames import find_rights, named_without_asking

    for text in (
        "I want you to delete my data under my right to erasure.",  # a person: first person
        "Our client asks you to delete all data you hold on her; you can find her authority attached (right to erasure).",
        GUIDANCE + " Please delete the data held on account 4411.",  # guidance pasted above a request
        "Customer wants a copy of all the data held on her (SAR), see below.",  # relayed: not guidance
    ):
        found = find_rights(text)
        assert found and named_without_asking(text, found) == frozenset(), text


def test_a_text_that_asks_for_nothing_names_rights_without_requesting_them():
    from classifiers.rights_frames import find_rights, named_without_asking

    told = "Thanks. Just to confirm I received the copy of my data yesterday."
    found = find_rights(told)
    assert found and named_without_asking(told, found) == frozenset(found)
    # the same facts with an ask, in any person, or a question, are left to the rules
    for text in ("I have not received the copy of my data I asked for. Please send it.",
                 "She has asked for a copy of her data.", "Did you send the copy of my data?"):
        found = find_rights(text)
        assert found and named_without_asking(text, found) == frozenset(), text


def test_the_classifier_finds_no_right_in_guidance_but_finds_the_request(directory):
    from classifiers.classifier import RulesClassifier
    from classifiers.types import EmailText

    clf = RulesClassifier(directory)
    guidance, request = clf.classify_many([
        EmailText(subject="Your data rights", body=GUIDANCE),
        EmailText(subject="Delete my data", body="Hello, I would like you to delete my data. It is my right to erasure."),
    ])
    assert guidance.rights == () and request.rights == ("erasure",)


def test_a_copy_in_a_machine_readable_format_is_portability_not_also_access():
    from classifiers.rights_frames import copy_is_portability, find_rights

    csv = "Please send me my data - my user details and workspaces - as a CSV so I can move to another provider."
    both = "Please send me a copy of all the data you hold on me. Also export my transactions as a CSV file."
    assert set(find_rights(csv)) >= {"access", "portability"} and copy_is_portability(csv, find_rights(csv)) == {"access"}
    assert copy_is_portability(both, find_rights(both)) == frozenset()  # a copy asked for on its own is access too
    assert copy_is_portability("Please send me a copy of my data.", find_rights("Please send me a copy of my data.")) == frozenset()


def test_look_alikes_of_the_erase_and_correct_frames():
    from classifiers.rights_frames import find_frames

    # asking to keep, a replacement, the last message, money: not erasure / rectification
    assert "erasure" not in find_frames("I would ask that you do not delete my user account records while the dispute is open.")
    assert "erasure" not in find_frames("Please don't delete my file, my solicitor needs it.")
    assert "erasure" not in find_frames("Please remove the old number and put my new mobile number on your records.")
    assert "erasure" not in find_frames("Please delete my last email, I sent it before I had finished typing.")
    assert "rectification" not in find_frames("Please correct the balance on my account and send me a new statement.")
    # the requests themselves still are
    assert "erasure" in find_frames("Please delete my personal data.")
    assert "erasure" in find_frames("Please don't keep my data, delete my details.")  # one erase verb, not negated
    assert "rectification" in find_frames("Please correct my address on your records.")
    # money named, but a data field said to be wrong: still a correction of data
    assert "rectification" in find_frames("Please correct the balance letter, my surname is misspelt on it.")


def test_a_right_named_only_in_a_sentence_that_asks_nothing_needs_the_head():
    from classifiers.rights_frames import find_rights, named_not_asked

    for text in (
        "The data protection module in your Academy still explains the right to erasure using EU guidance. Could you fix the module?",
        "Please keep my address hidden. If you have received this email in error please delete it and tell the sender. "
        "Any personal data in this email is processed lawfully.",
        "I have attached a spreadsheet listing the workspace numbers and my details. Please refund the charges.",
    ):
        found = find_rights(text)
        assert found and named_not_asked(text, found) == frozenset(found), text
    for text in ("I am writing under my right to erasure. Please delete everything you hold about me.",
                 # the writer's own words, not a right's name: left to the rules
                 "I complained in March about letters in my maiden name. I was told it was fixed. I'd like it corrected once and for all.",
                 "Under Article 15 I want a copy of all the personal data you hold about me."):
        found = find_rights(text)
        assert found and named_not_asked(text, found) == frozenset(), text


def test_a_request_after_a_leading_condition_and_more_ways_to_ask_for_restriction():
    from classifiers.rights_frames import find_frames

    for text in (
        "Until the dispute is answered, stop reporting this account to the credit reference agencies.",
        "While that is being looked into, I would ask that my details are not visible to other participants.",
        "Pending the outcome, please put my details on hold.",
        "In the meantime please make sure my bank details aren't shown to anyone else on the workspace.",
    ):
        assert "restriction" in find_frames(text), text
    assert "erasure" in find_frames("Once my account is closed, delete my personal data.")
    # a condition alone asks nothing
    assert find_frames("Until the dispute is answered, my details are on your system.") == {}


@pytest.mark.parametrize(
    ("text", "right"),
    [
        # formal letters (solicitors, MPs' offices, a client firm's DPO) ask in the subjunctive and name data by
        # what it is about, not as "my data"
        ("We request that the scanned passport and any copy of it held on your platform be destroyed.", "erasure"),
        ("I therefore ask you to erase the personal data concerning me that was collected for the abandoned sale.", "erasure"),
        ("Please remove the work telephone number 020 7946 0000 from the account; it is not mine.", "erasure"),
        ("I should be grateful if you would delete the photographs taken during the inspection visit.", "erasure"),
        ("Kindly amend your records so that the borrower's surname reads Okonkwo-Reid.", "rectification"),
        ("Please correct the debtor's date of birth on your file to 4 May 1971.", "rectification"),
        ("Please replace the postal address on my profile with the one given below.", "rectification"),
        ("Please confirm the source from which her name and mobile number were obtained.", "informed"),
        ("We should be grateful if you would confirm whether her details have been shared with any debt purchaser.", "informed"),
        ("I should like to know which staff are able to see the information about my health.", "informed"),
        ("Our client objects to any further use of her photograph in your marketing brochure.", "objection"),
        ("I object to my telephone calls being recorded and used for staff training.", "objection"),
        ("We ask that the processing of our client's data be restricted to storage until the dispute is decided.", "restriction"),
        ("Pending your review, he asks that his records be withheld from the credit reference agencies.", "restriction"),
        ("Please provide a copy of the transcript of my call on 3 March.", "access"),
    ],
)
def test_a_formal_request_names_its_right(text, right):
    assert right in find_frames(text)


@pytest.mark.parametrize(
    ("text", "right"),
    [
        ("We ask that interest and charges are frozen while this offer is considered.", "restriction"),  # money, not data
        ("We ask that the account is suspended while the breathing space lasts.", "restriction"),  # collection hold
        ("Please update your records and send any further letters to the address below.", "rectification"),  # where to write
        ("Please confirm the source of funds for the deposit and provide the details requested.", "informed"),  # AML check
        ("Please confirm whether the completion monies have been transferred to the seller's solicitors.", "informed"),
        ("I ask that the duplicate fee be removed from my statement.", "erasure"),  # a charge
        ("I object to the use of enforcement agents on this account.", "objection"),  # collection conduct
    ],
)
def test_formal_look_alikes_ask_for_no_right(text, right):
    assert right not in find_frames(text)
