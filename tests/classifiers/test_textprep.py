"""Text preparation: new text vs quoted/forwarded history, signatures, disclaimers, HTML."""

from __future__ import annotations

import pytest

from classifiers.textprep import (
    html_to_text,
    make_nlp,
    message_sections,
    normalise,
    prepare_docs,
    prepare_sections,
    split_sections,
)
from classifiers.types import EmailText


def sections(body: str, subject: str = ""):
    return split_sections(normalise(body), subject)


def test_on_wrote_quote_is_context_not_new_text():
    s = sections("Thanks, that's fine now.\n\nOn Mon, 3 Mar 2025 at 10:00, Team <t@x.co.uk> wrote:\n> I want to complain about the fee")
    assert s.new == "Thanks, that's fine now."
    assert "complain about the fee" in s.quoted
    assert "complain" not in s.labelled_text()


def test_two_line_on_wrote_header():
    s = sections("Still nothing.\n\nOn Tue, 4 Mar 2025, Customer Resolution Team <c@x.co.uk>\nwrote:\nold text")
    assert s.new == "Still nothing."
    assert "old text" in s.quoted


FIRM_LETTER = "On 3 Mar 2026, Conexus Complaints <complaints@conexus.example> wrote:\n> Dear Mr Khan,\n> we have closed your case.\n"


def test_a_reply_written_under_a_marked_quote_is_the_senders_text():
    s = sections(FIRM_LETTER + "\nThis is still wrong. You are still phoning me at work and I want it to stop.")
    assert s.new == "This is still wrong. You are still phoning me at work and I want it to stop."
    assert "closed your case" in s.quoted and "closed" not in s.labelled_text()


@pytest.mark.parametrize(
    ("body", "new"),
    [
        # answers between the quoted questions, after a blank line
        ("On 3 Mar 2026, Team <t@x.example> wrote:\n> Which account is it?\n\nThe joint one.\n\n"
         "> When did the payment leave?\n\nLast Tuesday, and you still have not applied it.",
         "The joint one.\n\nLast Tuesday, and you still have not applied it."),
        # answers typed straight under a short quoted question (no wrapped quote line: too short to wrap)
        ("On 3 Mar 2026, Team <t@x.example> wrote:\n> Which account is it?\nThe joint one, and you took it twice.\n"
         "> When did the payment leave?\nLast Tuesday.",
         "The joint one, and you took it twice.\nLast Tuesday."),
    ],
    ids=["between_questions", "straight_under_short_questions"],
)
def test_answers_to_quoted_questions_are_the_senders_text(body, new):
    s = sections(body)
    assert s.new == new
    assert "Which account" in s.quoted and "When did the payment" in s.quoted


def test_a_long_quoted_line_wrapped_without_its_mark_stays_quoted():
    body = ("Still wrong.\n\n" + FIRM_LETTER.rstrip("\n")
            + " We have reviewed the calls you mentioned and we\nconsider the matter resolved.\n> Regards")
    s = sections(body)
    assert s.new == "Still wrong."
    assert "consider the matter resolved" in s.quoted


def test_an_answer_after_a_closed_html_quote_is_the_senders():
    html = ('<div class="moz-cite-prefix">On 03/03/2026 10:14, Team wrote:<br></div>'
            '<blockquote type="cite">Which account is it?<br></blockquote>The joint one, and you took it twice.<br>')
    s = message_sections("", html, "Re: your account")
    assert s.new == "The joint one, and you took it twice."
    assert s.quoted == "Which account is it?"


def test_an_unmarked_quote_after_on_wrote_still_runs_to_the_end():
    s = sections("Thanks.\n\nOn 3 Mar 2026, Team wrote:\nDear Mr Khan, we have closed your case.\n\nRegards")
    assert s.new == "Thanks."
    assert "closed your case" in s.quoted


def test_gt_quoted_lines_and_original_message_block():
    s = sections("New words here.\n> quoted one\n> quoted two\n\n-----Original Message-----\nFrom: a\nolder text")
    assert s.new == "New words here."
    assert "quoted one" in s.quoted and "older text" in s.quoted


def test_outlook_header_block_is_quoted():
    body = "Please see below, third time asking.\n\nFrom: Support <support@x.co.uk>\nSent: 07 April 2025 15:31\nTo: me\nSubject: Re: fee\n\nDear customer"
    s = sections(body)
    assert s.new == "Please see below, third time asking."
    assert "Dear customer" in s.quoted


OUTLOOK_BLOCK = (
    "-----Original Message-----\nFrom: Priya Shah <priya.shah@example.com>\nSent: 02 March 2026 09:14\n"
    "To: Accounts <accounts@bank.example>\nSubject: my account\n\nPlease send me a copy of all the personal data you hold about me."
)


def test_an_outlook_forward_is_read_as_a_forward():
    """Outlook puts the same mark over a forward and a reply; only the subject tells them apart. A bare "FW:"
    is judged on what it carries, not on an empty text."""
    for subject in ("FW: my account", "Fwd: my account", "WG: my account", "TR: my account", "Fw:my account"):
        s = sections(OUTLOOK_BLOCK, subject)
        assert "copy of all the personal data" in s.forwarded, subject
        assert s.forward_only and "copy of all the personal data" in s.labelled_text(), subject
        assert s.forwarded_from == "Priya Shah <priya.shah@example.com>"


def test_an_outlook_forward_without_the_original_message_line_is_a_forward():
    body = "FYI\n\n________________________________\n" + OUTLOOK_BLOCK.split("\n", 1)[1]
    s = sections(body, "FW: my account")
    assert s.new == "FYI"
    assert "copy of all the personal data" in s.labelled_text()


def test_an_outlook_reply_keeps_its_mark_as_a_quote():
    for subject in ("RE: my account", "RE: FW: my account", "my account", ""):
        s = sections("Thanks, all sorted.\n\n" + OUTLOOK_BLOCK, subject)
        assert s.new == "Thanks, all sorted.", subject
        assert "copy of all the personal data" in s.quoted and not s.forwarded, subject
        assert "personal data" not in s.labelled_text(), subject


def test_forwarded_block_is_kept_and_used_when_little_new_text():
    body = "Can you look at this please\n\n---------- Forwarded message ---------\nFrom: Redemptions <r@lender.co.uk>\nSubject: statement\n\nThe amount is wrong"
    s = sections(body)
    assert "The amount is wrong" in s.forwarded
    assert s.forward_only
    assert "The amount is wrong" in s.labelled_text()


def test_signatures_are_set_aside():
    s = sections("I have been on hold for an hour.\n\n-- \nJane Doe\nHead of Ops")
    assert s.new == "I have been on hold for an hour."
    assert "Jane Doe" in s.signature
    s2 = sections("ring me back pls\n\nSent from my iPhone")
    assert s2.new == "ring me back pls" and "iPhone" in s2.signature


def test_sign_off_and_name_block():
    s = sections("The invoice is wrong again. Please fix it.\n\nKind regards,\nGareth Lyle\nFinance Operations Manager\nBeacon Home Finance")
    assert s.new == "The invoice is wrong again. Please fix it."
    assert "Finance Operations Manager" in s.signature


def test_disclaimer_is_set_aside():
    body = (
        "Quick question about lodgement times.\n\nThis email and any attachments are confidential and may contain personal data. "
        "If you are not the intended recipient please notify the sender and delete this email."
    )
    s = sections(body)
    assert "personal data" not in s.new
    assert "intended recipient" in s.disclaimer


def test_html_to_text_skips_style_and_marks_blockquotes():
    markup = "<html><head><style>p{color:red}</style></head><body><p>Hello <b>team</b>,</p><p>Fee charged twice.</p><blockquote>older message</blockquote></body></html>"
    text = html_to_text(markup)
    assert "color" not in text
    assert "Fee charged twice." in text
    assert "> older message" in text
    s = prepare_sections(EmailText(html=markup))
    assert "older message" in s.quoted and "Fee charged twice." in s.new


def test_normalise_masks_and_quotes():
    assert normalise("On XX/XX/XXXX I paid {$100.00} \u2019ok\u2019") == "On I paid $100.00 'ok'"


def test_spacy_component_marks_new_and_context_spans():
    nlp = make_nlp()
    assert "triage_email_sections" in nlp.pipe_names
    (doc,) = prepare_docs(nlp, [EmailText(subject="fee", body="Wrong fee.\n\n> quoted part")])
    assert doc.spans["new"][0].text.startswith("fee")
    assert "quoted part" in doc.spans["context"][0].text


def test_normalise_spaces_blank_lines_and_invisible_characters():
    assert normalise("a \t b\u00a0\u00a0c\td e\u2003f") == "a b c d e f"  # runs and lone tabs: one space
    assert normalise("line one  \r\n\r\n\r\n\r\nline\u200b two\u00ad\r\nend\u2014ok") == "line one\n\nline two\nend-ok"
    assert normalise("xx and Xx and XXX/XX") == "and and"  # masks: two or more X's, as whole words
    assert normalise("taxx boxX") == "taxx boxX"


def test_a_privacy_notice_in_a_signature_is_set_aside_but_a_request_in_its_words_is_kept():
    notice = (
        "PRIVACY NOTICE: We collect and use personal data in accordance with the UK GDPR and the Data Protection Act "
        "2018. You have the right to request access to, rectification or erasure of your personal data, to object to or "
        "restrict its processing, and to data portability. For details of how we process personal data, see our "
        "privacy notice on our website."
    )
    s = sections(f"Please find attached our signed renewal for 2027.\n\n{notice}\n\nRegards,\nTobias Ashdown")
    assert "rectification" not in s.new and "signed renewal" in s.new
    assert "rectification" in s.disclaimer
    footer = "We process your personal data in line with our privacy policy, available on our website www.example.co.uk."
    assert "privacy policy" in sections(f"Can you confirm the start date?\n\n{footer}").disclaimer
    # the same words in a person's own request stay in the new text
    request = (
        "I know I have the right to request access to my personal data under the UK GDPR. Please send me a copy of "
        "everything you hold about me, and tell me how you process my personal data."
    )
    s = sections(f"Hello,\n\n{request}\n\nThanks,\nAnn")
    assert "Please send me a copy" in s.new and not s.disclaimer
    firm_voice_question = "Privacy: you have the right to object, so why do I still get your marketing texts every week?"
    assert "marketing texts" in sections(firm_voice_question).new
    curt = "Privacy: delete everything held on this account and confirm in writing within the month."
    assert "delete everything" in sections(f"Account 4471.\n\n{curt}").new


def test_a_postscript_after_the_sign_off_is_the_senders_text():
    s = sections("Please update my address to 4 Elm Road.\n\nKind regards,\nAmy Osei\nAccounts | Smith & Co\n\n"
                 "P.S. I also want you to delete my old phone number.\n\nPPS - and stop calling my mother.")
    assert "delete my old phone number" in s.new and "stop calling my mother" in s.new
    assert s.signature == "Kind regards,\nAmy Osei\nAccounts | Smith & Co"


def test_a_postscript_under_a_signature_delimiter_is_the_senders_text():
    s = sections("Please update my address.\n\n-- \nAmy Osei\n07700 900123\n\nps: send me a copy of my data")
    assert "send me a copy of my data" in s.new
    assert "07700 900123" in s.signature and "copy of my data" not in s.signature


def test_a_signature_paragraph_that_only_begins_like_ps_stays_signature():
    s = sections("Please update my address.\n\nRegards,\nAmy Osei\n\nPsychology Department\nPSA Holdings Ltd")
    assert s.new == "Please update my address."
    assert "Psychology Department" in s.signature


def test_a_polish_outlook_reply_keeps_the_firms_letter_out_of_the_senders_text():
    body = ("I paid twice and want one back.\n\nOd: Conexus Collections <c@conexus.example>\n"
            "Wysłano: poniedziałek, 3 marca 2026 10:14\nDo: Anna Nowak\nTemat: Your complaint\n\n"
            "Dear Ms Nowak, we have received your complaint.")
    s = split_sections(body, "Odp: Your complaint")
    assert s.new == "I paid twice and want one back."
    assert "received your complaint" in s.quoted and s.own_subject == ""


def test_localized_attribution_lines_and_forward_marks_are_recognised():
    spanish = split_sections("Thanks, Friday is fine.\n\nEl lun, 3 mar 2026 a las 10:14, Conexus (<c@x.example>) "
                             "escribió:\nDear Mr Garcia, we have received your complaint.", "RE: payment")
    assert spanish.new == "Thanks, Friday is fine." and "received your complaint" in spanish.quoted
    polish = split_sections("Thanks.\n\nW dniu pon., 3.03.2026 o 10:14 Conexus <c@x.example>\nnapisał(a):\nDear Ms Nowak",
                            "Odp: payment")
    assert polish.new == "Thanks." and polish.quoted == "Dear Ms Nowak"
    romanian = split_sections("\n-----Mesaj original-----\nDe la: Ion Popescu <ion@example.ro>\nTrimis: luni, 3 martie\n"
                              "Către: collections@x.example\nSubiect: payment\n\nYou took two payments.", "Fwd: payment")
    assert romanian.forward_only and "You took two payments." in romanian.forwarded


def test_short_foreign_field_names_alone_do_not_make_a_header_block():
    s = split_sections("De: mi parte, I think you charged me twice.\nA: the joint account\nPara: everyone", "Payments")
    assert "charged me twice" in s.new and s.quoted == "" and s.forwarded == ""
