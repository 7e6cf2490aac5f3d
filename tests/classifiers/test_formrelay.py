"""A web form's submission relayed to the mailbox: the person's words are read, the form's labels set apart."""

from __future__ import annotations

from classifiers.autogen import detect
from classifiers.formrelay import read_form
from classifiers.textprep import html_to_text, split_sections

PLAIN_FORM = (
    "New submission from the Contact Us form\n\nName: Amy Osei\nEmail: amy.osei@example.com\nPhone: 07700 900123\n"
    "Account number: CX-88123\nReason for contact: Payments\n\nMessage:\nYou have taken two payments this month and I am "
    "now overdrawn. I want the second one refunded.\n\n--\nThis email was sent from the contact form on conexus.example"
)


def test_a_plain_text_form_sets_apart_only_the_contact_fields():
    sections = split_sections(PLAIN_FORM, "Contact form: Payments")
    assert sections.form_relay
    assert "Reason for contact: Payments" in sections.new and "I want the second one refunded." in sections.new
    assert "amy.osei@example.com" not in sections.new and "07700 900123" not in sections.new
    assert "amy.osei@example.com" in sections.signature and "CX-88123" in sections.signature


def test_a_form_with_labels_above_their_values_is_read():
    form = read_form("Name\nAmy Osei\nEmail\namy@example.com\nHow can we help?\nYou took two payments and I want one back.")
    assert form is not None and form.contact_lines == {0, 1, 2, 3}


def test_a_letter_that_pastes_a_forms_fields_keeps_the_persons_own_paragraphs():
    letter = (
        "I tried your contact form twice and it failed, so here is what I typed.\n\nName: Amy Osei\n"
        "Email: amy@example.com\nAccount number: CX-88123\nMessage: Please send me a copy of all the data you hold on me.\n\n"
        "On top of that I want you to stop phoning my employer.\n\nAmy Osei"
    )
    sections = split_sections(letter, "Data request")
    assert sections.form_relay
    assert "stop phoning my employer" in sections.new and "I tried your contact form" in sections.new
    assert "copy of all the data" in sections.new and "CX-88123" not in sections.new


def test_letters_forwards_and_notices_without_a_persons_free_text_are_not_forms():
    letter = "Dear Sir,\n\nMy name: Amy. I write about my account.\nAddress: 4 Elm Road\n\nYou took two payments.\n\nAmy"
    forward = "From: Amy <a@x.example>\nSent: Monday\nTo: Conexus\nSubject: payments\n\nYou took two payments, refund one."
    receipt = "Thank you, we have received your enquiry.\nReference: WEB-4821\nSubmitted: 3 March 2026\nTopic: Payments"
    assert read_form(letter) is None and read_form(forward) is None and read_form(receipt) is None


def test_a_relayed_form_is_a_persons_message_despite_the_no_reply_sender():
    sections = split_sections(PLAIN_FORM, "Contact form: Payments")
    assert sections.form_relay and sections.new.endswith("I want the second one refunded.")
    assert "Amy Osei" in sections.signature
    score, reasons = detect({}, "noreply@conexus.example", "Contact form: Payments", sections)
    assert score == 0.0 and reasons == []
    # A strong header still decides: the form software said a machine sent it.
    score, _ = detect({"auto-submitted": "auto-generated"}, "noreply@conexus.example", "Contact form", sections)
    assert score >= 0.9


def test_a_plain_notice_from_a_no_reply_address_is_still_machine_mail():
    sections = split_sections("Your password was changed on 3 March 2026. If this was not you, contact us.", "Password changed")
    assert not sections.form_relay
    score, _ = detect({}, "noreply@conexus.example", "Password changed", sections)
    assert score >= 0.7


def test_a_two_cell_html_form_row_reads_label_colon_value():
    html = ("<table><tr><td><b>Name</b></td><td>Amy Osei</td></tr><tr><td><b>Message</b></td><td>You took two payments."
            "<br>I want one back.</td></tr></table>")
    assert html_to_text(html).split("\n")[1:4] == ["Name: Amy Osei", "Message: You took two payments.", "I want one back."]


def test_other_table_rows_read_as_before():
    html = '<table><tr><td><img src="logo.png"></td><td><p>Our news</p></td></tr><tr><td>a</td><td>b</td><td>c</td></tr></table>'
    assert [line for line in html_to_text(html).split("\n") if line] == ["Our news", "abc"]


def test_the_submitters_email_and_name_are_kept_for_the_reply():
    form = read_form("First name: Amy\nSurname: Osei\nEmail address: Amy.Osei@Example.com\nMessage: You took two payments, refund one.")
    assert form is not None and form.contact.email == "amy.osei@example.com" and form.contact.name == "Amy Osei"
    sections = split_sections(PLAIN_FORM, "Contact form: Payments")
    assert sections.web_form is not None and sections.web_form.email == "amy.osei@example.com"
    assert sections.web_form.name == "Amy Osei"


def test_a_form_without_an_email_field_gives_no_address():
    form = read_form("Name: Amy Osei\nPhone: 07700 900123\nMessage: You took two payments, refund one.")
    assert form is not None and form.contact.email == "" and form.contact.name == "Amy Osei"


CF7_DEFAULT = (
    "From: Amy Osei <amy.osei@example.org>\nSubject: Payments\n\nMessage Body:\nYou have taken two payments this month "
    "when we agreed one. Refund the second.\n\n-- \nThis e-mail was sent from a contact form on Conexus (https://conexus.example)"
)


def test_contact_form_7s_default_mail_is_a_form_with_the_submitter_in_its_from_line():
    sections = split_sections(CF7_DEFAULT, "Conexus \"Payments\"")
    assert sections.form_relay and "Refund the second." in sections.new and "Subject: Payments" in sections.new
    assert sections.web_form is not None and sections.web_form.email == "amy.osei@example.org"
    assert sections.web_form.name == "Amy Osei" and "amy.osei@example.org" not in sections.new


def test_question_labels_and_wpforms_labels_are_read():
    form = read_form("What is your name?\nAmy Osei\nWhat is your email address?\namy@example.org\n"
                     "Comment or Message\nYou took two payments and I want one back.")
    assert form is not None and form.contact.email == "amy@example.org" and form.contact.name == "Amy Osei"


def test_a_forwarded_mails_header_block_is_not_a_forms_from_field():
    forward = ("From: Conexus Collections <letters@conexus.example>\nSent: 3 March 2026 10:14\nTo: amy@example.org\n"
               "Subject: Your account\n\nAccount number: CX-88123\nDetails: Your payment of 30 pounds is overdue now.")
    assert read_form(forward) is None
