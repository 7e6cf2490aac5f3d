"""The shipped model on its held-out test split: minimum sane figures (not the targets; see docs)."""

from __future__ import annotations

import pytest

from classifiers import DEFAULT_MODEL_DIR
from classifiers.directory import read_firms
from classifiers.training import evaluate_model
from classifiers.types import EmailText

from .conftest import REPO, require


@pytest.fixture(scope="module")
def test_metrics(corpora):
    if not (DEFAULT_MODEL_DIR / "model.skops").is_file():
        pytest.skip("no shipped model in data/models/current")
    data = sorted((REPO / "data" / "labelled").glob("*.jsonl"))
    if not data:
        require(REPO / "data" / "labelled" / "pexa.jsonl")
    firms = read_firms(REPO / "data" / "firms.csv")
    return evaluate_model(DEFAULT_MODEL_DIR, data, corpora_dir=corpora, firms=firms, split="test")


@pytest.fixture(scope="module")
def clf():
    """The shipped classifier, loaded once for the tests that classify hand-written mail."""
    from classifiers import load_classifier

    if not (DEFAULT_MODEL_DIR / "model.skops").is_file():
        pytest.skip("no shipped model in data/models/current")
    return load_classifier(DEFAULT_MODEL_DIR, read_firms(REPO / "data" / "firms.csv"))


def test_complaint_on_held_out_split(test_metrics):
    c = test_metrics["complaint"]
    assert c["n"] > 200
    assert c["recall"] >= 0.90 and c["precision"] >= 0.85 and c["auc"] >= 0.95


def test_real_corpora_held_out(test_metrics):
    assert test_metrics["cfpb_recall"]["value"] >= 0.90
    assert test_metrics["enron_false_positive_rate"]["value"] <= 0.10


def test_other_labels_sane(test_metrics):
    assert test_metrics["auto_generated"]["f1"] >= 0.85
    assert test_metrics["rights"]["micro_f1"] >= 0.6
    assert test_metrics["firm_routing"]["accuracy"] >= 0.8
    assert test_metrics["firm_routing"]["false_forward_rate"] <= 0.05


def test_shipped_model_file_is_small_and_trusted():
    """The shipped model stays under 5 MB (repository hygiene) and declares only allow-listed types."""
    from classifiers.store import MODEL_FILE, TRUSTED_TYPES, untrusted_types

    path = DEFAULT_MODEL_DIR / MODEL_FILE
    if not path.is_file():
        pytest.skip("no shipped model in data/models/current")
    assert path.stat().st_size < 5 * 1024 * 1024
    assert set(untrusted_types(path)) <= TRUSTED_TYPES


def test_shipped_model_finds_rights_and_breach_in_plain_requests(clf):
    request, breach, lookalike = clf.classify_many([
        EmailText(subject="My data", body="Please send me a copy of the personal data you hold about me, and then delete it.",
                  mailbox="conexus"),
        EmailText(subject="Wrong person", body="Your letter about my arrears was delivered to my neighbour and she opened it. "
                  "I am furious and want to know how this happened.", mailbox="conexus"),
        EmailText(subject="Draft", body="Could you delete the draft contract I uploaded by mistake? The signed copy is fine.",
                  mailbox="pexa"),
    ])
    assert {"access", "erasure"} <= set(request.rights) and not request.complaint
    assert breach.breach and breach.complaint and breach.personal_data
    assert lookalike.rights == () and not lookalike.breach and not lookalike.complaint


def test_shipped_model_reads_what_a_bare_outlook_forward_carries(clf):
    """A colleague forwards mail to the complaints mailbox from Outlook with no comment: the request or the
    thank-you it carries decides, as for any other forward (an empty text would score about the complaint head's
    intercept, a complaint with no evidence)."""
    block = ("-----Original Message-----\nFrom: Tom Reeve <tom.reeve@example.com>\nSent: 04 March 2026 16:02\n"
             "To: Collections <collections@conexus.example>\nSubject: {subject}\n\n{text}\n\nTom Reeve")
    request, thanks = clf.classify_many([
        EmailText(subject="FW: my data", body=block.format(subject="my data", text=(
            "Please send me a copy of all the personal data you hold about me, and stop phoning my work number.")),
            mailbox="conexus"),
        EmailText(subject="FW: payment plan", body=block.format(subject="payment plan", text=(
            "Thank you for setting up the payment plan so quickly, the first payment went out today.")),
            mailbox="conexus"),
    ])
    assert "access" in request.rights and request.evidence
    assert not thanks.complaint


def test_shipped_model_reads_a_reply_written_under_the_firms_quoted_letter(clf):
    """A customer answers below our own letter, quoted with ">" marks (bottom-posting): the words under the quote
    are theirs and decide; our quoted letter does not (before trial BP2 the reply was filed as quote and never read)."""
    letter = ("On 3 Mar 2026, at 10:14, Conexus Collections <collections@conexus.example> wrote:\n"
              "> Dear Ms Osei,\n> Thank you for your payment of 40.00. Your balance is now 310.00.\n"
              "> Kind regards,\n> Collections team\n\n{reply}\n")
    unhappy, content = clf.classify_many([
        EmailText(subject="Re: your account", mailbox="conexus", body=letter.format(reply=(
            "That is wrong. I paid 80 not 40 and you have taken the money twice from my bank. I want it refunded "
            "and I want to know why your agent rang my mother about my debt."))),
        EmailText(subject="Re: your account", mailbox="conexus", body=letter.format(reply=(
            "Thanks, that matches my records. I will pay the same amount next month."))),
    ])
    assert unhappy.complaint and unhappy.evidence
    assert not content.complaint


def test_shipped_model_reads_answers_typed_under_quoted_questions(clf):
    """Thunderbird and Apple Mail put an inline answer straight after the closed quote, and plain-text writers type
    it on the line under the quoted question: the answers are the sender's and decide (before trial HQ both were
    taken for wrapped quoted lines and never read)."""
    grievance = ("You took the same payment twice from my bank and I am now overdrawn. "
                 "I want the second payment refunded and an explanation")
    html = ('<div class="moz-cite-prefix">On 03/03/2026 10:14, Conexus Collections wrote:<br></div>'
            '<blockquote type="cite">Which account is the payment from?<br></blockquote>The joint one. '
            + grievance + '.<br><blockquote type="cite">Can we call you this week?<br></blockquote>Yes, after 5pm.<br>')
    plain = ("On 3 Mar 2026, Conexus Collections <collections@conexus.example> wrote:\n"
             "> Which account is the payment from?\nThe joint one. " + grievance + ".\n"
             "> Can we call you this week?\nYes, after 5pm.\n")
    in_html, in_plain = clf.classify_many([
        EmailText(subject="Re: your payment", body="", html=html, mailbox="conexus"),
        EmailText(subject="Re: your payment", body=plain, mailbox="conexus"),
    ])
    assert in_html.complaint and in_html.evidence
    assert in_plain.complaint and in_plain.evidence


def test_shipped_model_reads_a_postscript_after_the_signature(clf):
    """What a person adds after the sign-off and signature ("PS ...") is theirs and decides (before trial PS it was
    filed with the signature and never read)."""
    body = ("Hello,\n\nI will make this month's payment on the 15th rather than the 1st.\n\nKind regards,\nAmy Osei\n"
            "Office Manager | Elm Dental Practice\n0113 496 0000\n\nP.S. {ps}")
    request, plain = clf.classify_many([
        EmailText(subject="Payment date", mailbox="conexus", body=body.format(
            ps="Please also send me a copy of all the personal data you hold about me.")),
        EmailText(subject="Payment date", mailbox="conexus", body=body.format(ps="Have a good weekend.")),
    ])
    assert "access" in request.rights
    assert plain.rights == () and not plain.complaint


def test_shipped_model_reads_an_outlook_reply_in_another_language(clf):
    """Outlook set to Polish or Spanish heads the firm's quoted letter "Od: / Wysłano: / Do: / Temat:" or "De: /
    Enviado: / Para: / Asunto:", with no ">" marks: the letter is context, the words above it decide (before trial
    LH2 the firm's letter was read as the sender's words)."""
    letter = ("We are sorry you have had cause to complain. We have upheld your complaint about the wrong balance, "
              "refunded the charges and corrected the personal data we hold. If you remain unhappy you may refer "
              "your complaint to the Financial Ombudsman Service.")
    polish = ("Thank you, all good now. I can pay on Friday as agreed.\n\nOd: Conexus Complaints <complaints@conexus.example>\n"
              "Wysłano: poniedziałek, 3 marca 2026 10:14\nDo: Anna Nowak <anna.nowak@example.pl>\nTemat: Your complaint\n\n"
              "Dear Ms Nowak,\n\n" + letter + "\n\nConexus Complaints Team")
    spanish = ("Thank you, all good now. I can pay on Friday as agreed.\n\nDe: Conexus Complaints <complaints@conexus.example>\n"
               "Enviado: lunes, 3 de marzo de 2026 10:14\nPara: Luis Garcia <luis.garcia@example.es>\nAsunto: Your complaint\n\n"
               "Dear Mr Garcia,\n\n" + letter + "\n\nConexus Complaints Team")
    for reply in clf.classify_many([
        EmailText(subject="Odp: Your complaint", body=polish, mailbox="conexus"),
        EmailText(subject="RE: Your complaint", body=spanish, mailbox="conexus"),
    ]):
        assert not reply.complaint and reply.rights == ()


def test_shipped_model_sends_mail_in_another_language_to_a_person(clf):
    """The heads are English: a rights request in Polish or a complaint in Ukrainian is flagged for a person with the
    reason, whatever the heads make of it (before trial UR2 nothing sent it to a person)."""
    polish, ukrainian, english = clf.classify_many([
        EmailText(subject="Wniosek o dane", mailbox="conexus", body=(
            "Dzień dobry, proszę o przesłanie kopii wszystkich moich danych osobowych, które Państwo przechowują, "
            "oraz informacji, skąd je Państwo uzyskali. Z poważaniem, Anna Nowak")),
        EmailText(subject="Скарга", mailbox="conexus", body=(
            "Добрий день, ви зняли з мого рахунку два платежі цього місяця, хоча ми домовилися про один. "
            "Прошу повернути другий платіж і пояснити, чому це сталося. Олена Коваль")),
        EmailText(subject="Payments", mailbox="conexus", body="You took two payments this month and I want the second one back."),
    ])
    for reply in (polish, ukrainian):
        assert reply.needs_review and any("does not look like English" in reason for reason in reply.reasons)
    assert not any("does not look like English" in reason for reason in english.reasons)


def _conexus_letter(fee_answer: str, phone_answer: str = "07700 900123") -> str:
    """The firm's letter, quoted under an Outlook reply block, with the sender's answers typed under two of its
    points (the fee, the phone number)."""
    return (
        "-----Original Message-----\nFrom: Conexus Collections <letters@conexus.example>\nSent: 3 March 2026 10:14\n"
        "To: amy.osei@example.org\nSubject: Your account CX-88123\n\nDear Ms Osei,\n\nWe have reviewed your account and "
        f"the late fee of 45 pounds was applied correctly.\n{fee_answer}\n\nPlease confirm your phone number.\n"
        f"{phone_answer}\n\nConexus Collections"
    )


def test_shipped_model_sends_answers_typed_inside_the_quoted_letter_to_a_person(clf):
    """The complaint is inside the firm's quoted letter, where the heads do not read the sender's words; the note on
    top says so, and the reply is flagged for a person with the reason (before trial IA nothing sent it to one)."""
    letter = _conexus_letter("NO IT WAS NOT. I PAID ON TIME AND I HAVE THE BANK STATEMENT. TAKE THE FEE OFF.")
    announced, plain = clf.classify_many([
        EmailText(subject="RE: Your account CX-88123", mailbox="conexus", body="Please see my answers in capitals below.\n\n" + letter),
        EmailText(subject="RE: Your account CX-88123", mailbox="conexus", body="Thanks for the update.\n\n" + letter),
    ])
    assert announced.needs_review and any("answered inside the quoted mail" in reason for reason in announced.reasons)
    assert not any("answered inside the quoted mail" in reason for reason in plain.reasons)


def test_shipped_model_reads_answers_marked_inside_the_quoted_letter(clf):
    """Nothing on top, the answers typed inside the firm's quoted letter after the sender's initials: the complaint
    is read (before trial IM2 the model read an empty reply); a thank-you quoting an old complaint in capitals is not
    one."""
    letter = _conexus_letter("[AO] It was not. I paid on time, I have the bank statement, and I want the fee refunded.",
                             "[AO] 07700 900123")
    thanks = (
        "Thanks Amy, I'm happy with the outcome and the apology. Nothing more needed from me.\n\n-----Original "
        "Message-----\nFrom: Amy Foster <customerrelations@conexus.example>\nSent: 18 October 2026 11:04\n"
        "Subject: Your recent complaint\n\nDear Mr Kane, we are sorry you received calls at work.\n\n"
        "> I AM COMPLAINING ABOUT THE CALLS TO MY OFFICE. THIS IS THE FOURTH TIME."
    )
    answered, thank_you = clf.classify_many([
        EmailText(subject="RE: Your account CX-88123", mailbox="conexus", body="Hi,\n\n" + letter),
        EmailText(subject="Re: Your recent complaint", mailbox="conexus", body=thanks),
    ])
    assert answered.complaint
    assert not thank_you.complaint


def test_shipped_model_sends_unannounced_answers_inside_the_quoted_letter_to_a_person(clf):
    """Nothing on top but a greeting, the unmarked answers typed inside the firm's quoted letter: the heads read the
    greeting, so the reply goes to a person because the quote reads as a complaint with it (trial IU2). A satisfied
    reply of its own above the firm's complaint response, and a thank-you above the sender's own old complaint, do
    not."""
    letter = _conexus_letter("That is wrong. I paid on time, I have the bank statement, and I want the fee refunded.")
    response = (
        "-----Original Message-----\nFrom: Conexus Complaints <complaints@conexus.example>\nSent: 3 March 2026\n"
        "Subject: Your complaint\n\nDear Ms Osei, thank you for your complaint about the late fee of 45 pounds, which "
        "you told us was applied although you paid on time. We have upheld your complaint and removed the fee."
    )
    own_complaint = (
        "On 1 March 2026, Amy Osei <amy.osei@example.org> wrote:\n> You charged me a late fee although I paid on "
        "time. This is the third time. I want it refunded and an apology."
    )
    answered, satisfied, thanks_own = clf.classify_many([
        EmailText(subject="RE: Your account CX-88123", mailbox="conexus", sender="amy.osei@example.org", body="Hi,\n\n" + letter),
        EmailText(subject="RE: Your complaint", mailbox="conexus", sender="amy.osei@example.org", body=(
            "Thanks, that all makes sense now and the fee is off my statement. Nothing more needed.\n\n" + response)),
        EmailText(subject="Re: Late fee", mailbox="conexus", sender="amy.osei@example.org", body="Thanks\n\n" + own_complaint),
    ])
    assert answered.needs_review and any("may have answered inside it" in reason for reason in answered.reasons)
    for reply in (satisfied, thanks_own):
        assert not any("may have answered inside it" in reason for reason in reply.reasons)


def test_shipped_model_sends_a_right_typed_inside_the_quoted_letter_to_a_person(clf):
    """Nothing on top but a greeting, and a request typed inside the firm's quoted letter: the rights rules do not
    read the quote as the sender's, so no right is found; the reply goes to a person with the right named (trial
    IU3). Plain answers inside the same letter do not."""
    asks = _conexus_letter("Fine, I will pay it. But please delete all the personal data you hold about me once the "
                           "account is closed.", "Please do not use this number for marketing.")
    plain = _conexus_letter("Understood, thank you for checking.", "07700 900123")
    asked, answered = clf.classify_many([
        EmailText(subject="RE: Your account CX-88123", mailbox="conexus", sender="amy.osei@example.org", body="Hi,\n\n" + asks),
        EmailText(subject="RE: Your account CX-88123", mailbox="conexus", sender="amy.osei@example.org", body="Hi,\n\n" + plain),
    ])
    assert "erasure" not in asked.rights  # the quote is not read as the sender's
    assert asked.needs_review and any("asks for" in reason and "erasure" in reason for reason in asked.reasons)
    assert not any("asks for" in reason for reason in answered.reasons)


def test_shipped_model_reads_announced_answers_typed_unmarked_inside_the_quoted_letter(clf):
    """"See my answers below in red": in the plain text the red is gone and the answers carry no mark, so the quote is
    read with them (trial IA3); the reply is also flagged for a person (trial IA)."""
    letter = _conexus_letter("That is wrong. I paid on time, I have the bank statement, and I want the fee refunded.")
    reply = clf.classify(EmailText(subject="RE: Your account CX-88123", mailbox="conexus", body="See my answers below in red.\n\n" + letter))
    assert reply.complaint and reply.needs_review
    # The evidence staff see quotes the answers, not the note on top (before IA3: 'answers', 'red').
    assert any(word in phrase for phrase in reply.evidence for word in ("wrong", "want", "fee"))


def test_shipped_model_does_not_clear_a_right_for_a_footer_at_the_end(clf):
    """A person's access request whose firm's signature ends with a bulk-mail line ("You are receiving this email
    because you are a client ... To unsubscribe ...") is theirs: the footer alone is weak evidence and gives way to a
    right the rules found, as it does to a complaint (trial FG); before, the mail was machine mail and the right was
    cleared. A newsletter that mentions the right to a copy of one's data is still machine mail."""
    request, newsletter = clf.classify_many([
        EmailText(subject="Data request", mailbox="conexus", sender="jo@smithco.example", body=(
            "Hello,\n\nPlease send me a copy of all the personal data you hold about me, including call recordings.\n\n"
            "Kind regards\nJo Smith\nSmith & Co Accountants\n\nYou are receiving this email because you are a client of "
            "Smith & Co. To unsubscribe from our updates, click here.")),
        EmailText(subject="Spring news", mailbox="conexus", sender="news@smithco.example", body=(
            "SMITH & CO NEWS - SPRING EDITION\n\nTax year end is coming: book your review now.\n\nYou have the right to "
            "ask for a copy of your data at any time.\n\nYou are receiving this email because you subscribed to our "
            "newsletter. To unsubscribe, click here.")),
    ])
    assert not request.auto_generated and "access" in request.rights and request.needs_review
    assert newsletter.auto_generated and not newsletter.rights


def test_shipped_model_does_not_clear_a_sure_complaint_for_away_wording_in_its_text(clf):
    """"I'm away until Monday but I want this complaint logged now": out-of-office wording in the text alone, with no
    header, sender or subject behind it, gives way when the complaint head is sure (trial TM2), and a person is asked
    to look; before, the complaint was machine mail (no case, no acknowledgement). Still machine mail: an out-of-office
    reply that says where complaints go; the same complaint text under an Auto-Submitted header; and an automatic
    acknowledgement that calls itself automatic, however complaint-like its words (trial TM failed on those)."""
    complaint_text = (
        "I'm away until Monday but I want this complaint logged now: you have charged me twice for the same payment "
        "this month and nobody has answered my calls. I want the second payment refunded."
    )
    complaint, away_reply, header_backed, acknowledgement = clf.classify_many([
        EmailText(subject="Account 55120", mailbox="conexus", sender="dan.moss@example.net",
                  body=f"Hello,\n\n{complaint_text}\n\nDan Moss"),
        EmailText(subject="Re: your complaint", mailbox="conexus", sender="a.price@example.org", body=(
            "I am out of the office until Monday 14 December with no access to email. For complaints please write to "
            "complaints@example.org; I will respond on my return.\n\nAnne Price")),
        EmailText(subject="Re: your complaint", mailbox="conexus", sender="a.price@example.org",
                  headers={"Auto-Submitted": "auto-replied"}, body=complaint_text),
        EmailText(subject="Re: Account 55120", mailbox="conexus", sender="complaints@greenfield-energy.example", body=(
            "This is an automated response. We have received your complaint about the double charge on your account "
            "and the calls that went unanswered. We are sorry you are unhappy. We aim to send you our final response "
            "within eight weeks.")),
    ])
    assert complaint.complaint and not complaint.auto_generated and complaint.needs_review
    assert any(r.startswith("some machine-generated signs") for r in complaint.reasons)
    for machine_mail in (away_reply, header_backed, acknowledgement):
        assert machine_mail.auto_generated and not machine_mail.complaint


def test_shipped_model_does_not_clear_a_persons_request_for_an_absence_they_mention(clf):
    """"Please update my address ... I'm away until Monday 12 January for the move": a request about the writer's own
    data gives way over wording people write of themselves (trial AR2), and a person is asked to look; before, the
    mail was machine mail and the rectification was cleared. An out-of-office reply that tells the reader where subject
    access requests go asks nothing of us and stays machine mail (trial AR, which let any right win, failed on those),
    also when it speaks of "our clients' data" (a represented person is one client: review of AR2)."""
    request, away_reply, firms_reply = clf.classify_many([
        EmailText(subject="New address - CX-5520913", mailbox="conexus", sender="ruth.okafor@example.net", body=(
            "Dear Conexus,\n\nPlease update my address on account CX-5520913 to 14 Mill Lane, Stroud GL5 3AB.\n\n"
            "I'm away until Monday 12 January for the move and will reply on my return if you need anything else. My "
            "payments carry on as normal.\n\nKind regards,\nRuth Okafor")),
        EmailText(subject="Re: Account CX-5520913", mailbox="conexus", sender="j.hale@hale-advice.example", body=(
            "I'm away until Monday 12 January and will reply on my return. For subject access requests please write to "
            "our data protection officer at dpo@hale-advice.example.\n\nJames Hale")),
        EmailText(subject="Re: Completion - 12 Elm Road", mailbox="pexa", sender="s.kaur@kaurlaw.example", body=(
            "I'm away until Monday 12 January and will reply on my return. For subject access requests about our "
            "clients' data please write to dpo@kaurlaw.example.\n\nSimran Kaur")),
    ])
    assert not request.auto_generated and "rectification" in request.rights and request.needs_review
    for machine_mail in (away_reply, firms_reply):
        assert machine_mail.auto_generated and not machine_mail.rights


def test_shipped_model_does_not_take_a_quoted_notice_line_for_the_senders_own(clf):
    """A person quoting the automatic receipt they got ('All I got back was "This is a receipt for your payment. This
    email was sent automatically."') writes about it: the quoted line is not machine-mail evidence (trial QG), as
    quoted automatic-message wording already was not (trials AU2, AU3); before, the query was machine mail. An
    out-of-office reply that quotes the subject it answers is still machine mail."""
    query, away_reply = clf.classify_many([
        EmailText(subject="Payment on 3 March", mailbox="conexus", sender="tom.reyes@example.net", body=(
            "Hello,\n\nI paid £60 by card on 3 March. All I got back was \"This is a receipt for your payment. This "
            "email was sent automatically.\" but the reference on it is CX-4410982 and my account is CX-4410928. "
            "Could you check the payment went on the right account?\n\nThanks,\nTom Reyes")),
        EmailText(subject="Re: Payment query", mailbox="conexus", sender="m.shaw@example.org", body=(
            "I am out of the office until Monday 9 March. Your message \"Payment query\" will be read on my return."
            "\n\nMaria Shaw")),
    ])
    assert not query.auto_generated
    assert away_reply.auto_generated and not away_reply.complaint
