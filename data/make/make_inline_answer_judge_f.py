#!/usr/bin/env python3
"""Inline-answer replies, judge set F (stdlib only): 60 scenarios x 2 envelopes = 120 labelled emails.

A firm (PEXA or Conexus) writes to someone: questions, a list of points, a complaint response, a request for
documents, a statement of findings. The reply is written by the customer (or their representative):

* group A (iaf-A..): answers typed INSIDE the quoted original, and a few words on top saying so;
* group U (iaf-U..): the same, but nothing on top except perhaps a greeting or a sign-off;
* group C (iaf-C..): controls: an ordinary message above an untouched quote (or a forward), including
  "see below" that points at something else, and numbered answers above the quote.

Labels follow the labelling guide, reading the whole message: what the sender typed inside the quote is the
sender's text; the firm's own quoted words are not. `explicit` is decided on the sender's own words only
(subject they typed, top text, inline answers). labelled_mail.record_errors looks for "complain" in the subject
plus the body above the quote, which is wrong for these layouts, so `errors` below replaces that one check by
a check on the sender's own words (recorded per record while rendering) and keeps every other check.

Usage: python data/make/make_inline_answer_judge_f.py  (writes data/trials/inline_answer_judge_f.jsonl)
"""
import collections
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import escape_html, record_errors, run_generator, short_labels  # noqa: E402

SEED = 20280712
PREFIX = "iaf"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "inline_answer_judge_f.jsonl")

# the sender's own words per (source, env), filled by render(), read by errors()
OWN = {}
# records whose explicit label the stock check would have judged differently (filled by errors())
OVERRIDDEN = set()

LAYOUTS = ("outlook", "onwrote_gt", "onwrote_nogt", "html_bq", "html_div")
MARKINGS = ("colour", "caps", "initials", "none")
# envelope = (layout, marking); colour needs HTML
ENVELOPES = (
    ("outlook", "caps"), ("outlook", "initials"), ("outlook", "none"),
    ("onwrote_gt", "none"), ("onwrote_gt", "initials"), ("onwrote_gt", "caps"),
    ("onwrote_nogt", "caps"), ("onwrote_nogt", "initials"), ("onwrote_nogt", "none"),
    ("html_bq", "colour"), ("html_bq", "initials"), ("html_bq", "caps"),
    ("html_div", "colour"), ("html_div", "caps"), ("html_div", "none"),
)
COLOURS = (("#C00000", "red"), ("blue", "blue"), ("#0070C0", "blue"), ("#7030A0", "purple"), ("red", "red"),
           ("#00B050", "green"))

FIRMS = {
    "pexa": [("Hannah Oduya", "h.oduya@pexa.co.uk", "Customer Resolution Team, PEXA"),
             ("Marcus Leight", "m.leight@pexa.co.uk", "Customer Support, PEXA"),
             ("Ellie Brannock", "e.brannock@pexa.co.uk", "Onboarding, PEXA"),
             ("Samir Qadri", "s.qadri@pexa.co.uk", "Data Protection Office, PEXA"),
             ("Fern Whitcombe", "f.whitcombe@pexa.co.uk", "Training Team, PEXA"),
             ("Owen Tallis", "o.tallis@pexa.co.uk", "Billing, PEXA")],
    "conexus": [("Dean Fenwick", "d.fenwick@conexus.co.uk", "Compliance and Risk, Conexus"),
                ("Alisha Morrow", "a.morrow@conexus.co.uk", "Customer Accounts, Conexus"),
                ("Gareth Pym", "g.pym@conexus.co.uk", "Customer Support, Conexus"),
                ("Leona Birch", "l.birch@conexus.co.uk", "Data Protection Team, Conexus"),
                ("Callum Ravel", "c.ravel@conexus.co.uk", "Client Services, Conexus")],
}


class Scn:
    """One scenario. firm: index into FIRMS[mailbox]. senders: two (display name, address, salutation,
    initials, first name). paras: the quoted mail's paragraphs ({salute} fills the greeting).
    answers: {paragraph index: the sender's answer}. top: for A a template with {how} and {first}; for U
    a list of two tops (empty, greeting or sign-off); for C the message above the quote (same in both copies).
    kind (C only): reply | own (quote is the sender's own earlier mail) | fwd (a forward of someone's mail).
    subj: the subject the sender typed (else "RE: " + the quoted subject)."""

    def __init__(self, sid, mailbox, lab, note, senders, firm, date, qsubj, paras, answers=None, top="",
                 kind="reply", subj=None, qfrom=None):
        self.sid, self.mailbox, self.lab, self.note = sid, mailbox, lab, note
        self.senders, self.firm, self.date, self.qsubj = senders, firm, date, qsubj
        self.paras, self.answers, self.top = paras, answers or {}, top
        self.kind, self.subj, self.qfrom = kind, subj, qfrom
        self.group = sid.split("-")[1][0]


def P(name, addr, salute, ini=None, first=None):
    ini = ini or "".join(w[0] for w in name.split()[:2]).upper()
    return (name, addr, salute, ini, first or name.split()[0])


SCENARIOS = []


def add(*a, **k):
    SCENARIOS.append(Scn(*a, **k))


# =============================================================================================
# Group A: answers inside the quote, and a word on top saying so
# =============================================================================================

add("iaf-A01", "pexa", short_labels(c=True, cat="platform_defect"),
    "Inline answers describe a third failed settlement, costs and a demand for an explanation and a fee credit: "
    "implicit complaint about the platform failing (platform_defect).",
    [P("Rhiannon Vaughan", "r.vaughan@tregarronlaw.co.uk", "Rhiannon"),
     P("Ashok Mehta", "a.mehta@tregarronlaw.co.uk", "Ashok")],
    1, (2025, 3, 11, 9, 42), "Workspace PX-448213 - settlement on 10 March",
    ["Dear {salute},",
     "Thank you for calling the support line yesterday. So that we can look into what happened with the "
     "settlement for 17 Alder Rise, please could you answer the questions below.",
     "1. At roughly what time did the workspace move to 'settlement in progress'?",
     "2. Did you see an error message on screen, and if so what did it say?",
     "3. Has this happened on any other workspace in the last month?",
     "4. Is there anything else you would like us to take into account?",
     "Kind regards,\nMarcus Leight\nCustomer Support, PEXA"],
    {2: "About 1.50pm. It sat there spinning until 4.05pm and then went back to 'unsuccessful'.",
     3: "No error at all. The status page was green the whole afternoon.",
     4: "Yes, twice: PX-447590 on 24 Feb and PX-447981 on 3 March. Same pattern both times.",
     5: "Our buyers paid for an extra night in a hotel and a second day of removals, which we covered. I want a "
        "proper explanation of the fault and a credit of the three workspace fees, and I would like a call back "
        "from someone senior this week."},
    "Hi Marcus,\n\nI've put our answers under each of your questions{how}.\n\n{first}")

add("iaf-A02", "pexa", short_labels(c=True, ex=True, cat="fees_charges"),
    "The lender rebuts each finding of PEXA's complaint response inline and says in an answer that the complaint "
    "is not resolved: explicit (her own word, inside the quote), fees_charges for a fee billed twice.",
    [P("Clare Denholm", "clare.denholm@ashgroveloans.co.uk", "Ms Denholm"),
     P("Peter Sallis", "p.sallis@ashgroveloans.co.uk", "Mr Sallis")],
    0, (2025, 4, 2, 15, 5), "Our findings - invoice INV-2025-03-1187",
    ["Dear {salute},",
     "We have now reviewed the points you raised about invoice INV-2025-03-1187. Our findings are set out below.",
     "Finding 1: Each workspace fee on the invoice relates to a separate workspace. We could not identify any "
     "workspace that was charged twice.",
     "Finding 2: The workspace for 9 Fennel Street was opened twice by your organisation, which is why two fees "
     "were applied.",
     "Finding 3: We are therefore unable to offer a refund on this occasion.",
     "If you disagree with our findings, please let us know within eight weeks.",
     "Yours sincerely,\nHannah Oduya\nCustomer Resolution Team, PEXA"],
    {2: "This is wrong. Lines 14 and 22 of the invoice carry the same workspace number, PX-446012.",
     3: "The second workspace was created by your system when the first one froze on 5 March. Your own support "
        "ticket SR-90217 says so. We did not open it.",
     4: "Then my complaint is not resolved. Please refund the duplicate fee of £61.20 and reissue the invoice."},
    "My comments are against each finding{how}.")

add("iaf-A03", "conexus", short_labels(c=True, cat="collection_conduct", tp=True, r="access"),
    "A money adviser answers Conexus's questions inline for her client: calls during Breathing Space, wants "
    "them stopped and copies of the call recordings: implicit complaint (collection_conduct), third party, access.",
    [P("Nadia Fairweather", "n.fairweather@riversidemoneyhelp.org.uk", "Ms Fairweather"),
     P("Owain Pritchard", "owain.p@riversidemoneyhelp.org.uk", "Mr Pritchard")],
    1, (2025, 5, 6, 11, 20), "Your client Mr L. Corbin - account CX-3391847",
    ["Dear {salute},",
     "Thank you for your letter of authority for Mr Corbin. Before we can update the account we need a little "
     "more information.",
     "a) Is Mr Corbin currently in a Breathing Space or mental health crisis moratorium? If so, please give the "
     "start date.",
     "b) Has Mr Corbin had any contact from us since you took on his case?",
     "c) Would you like all future correspondence to come to you?",
     "Kind regards,\nAlisha Morrow\nCustomer Accounts, Conexus"],
    {2: "Yes. Standard Breathing Space from 14 April, reference BS-0077251. You were notified through the "
        "Insolvency Service the same day.",
     3: "Yes, and this is the problem. Your agents rang him on 22 and 29 April and once this month. He is "
        "very anxious and these calls should not have happened. Please stop them now and send me copies of "
        "the recordings of all three calls.",
     4: "Yes please, everything to me from now on."},
    "Dear Ms Morrow\n\nReplies to your questions are in the body of your email{how}. I'd be grateful for a "
    "response to (b) in particular.\n\n{first}\nRiverside Money Help")

# =============================================================================================
# Group U: the same, nothing on top
# =============================================================================================

add("iaf-U01", "pexa", short_labels(c=True, cat="platform_defect"),
    "No text on top; the inline answers say the platform dropped the title number so the Land Registry "
    "raised a requisition, and ask for it to be fixed and explained: implicit complaint, platform_defect.",
    [P("Gwen Harrop", "gwen.harrop@harropandlees.co.uk", "Gwen"),
     P("Tariq Aziz", "t.aziz@harropandlees.co.uk", "Tariq")],
    1, (2025, 2, 19, 14, 30), "Lodgement query - workspace PX-445377",
    ["Hi {salute},",
     "Thanks for getting in touch about the requisition on 5 Kiln Lane. A few questions so we can check it:",
     "- Which form was the requisition raised against?",
     "- Did the title number show correctly on the lodgement summary before you submitted?",
     "- Have you already replied to HM Land Registry?",
     "Best wishes,\nMarcus Leight\nCustomer Support, PEXA"],
    {2: "The TR1. HMLR say the title number field was blank.",
     3: "It did on screen. The PDF your system sent has the field blank, so somewhere between the two it was "
        "lost. That has now cost us a week and the buyer's lender is asking why.",
     4: "Not yet, as it is your fault not ours. I need you to confirm in writing what went wrong and get it "
        "fixed before we lodge anything else."},
    ["", ""])

add("iaf-C01", "conexus", short_labels(c=True, ex=True, cat="collection_conduct"),
    "Ordinary top-posted reply above Conexus's untouched letter: the sender formally complains about the number "
    "of calls: explicit, collection_conduct.",
    [P("Bernard Ayles", "bernie.ayles@homepost.net", "Mr Ayles"),
     P("Janet Ruddock", "janet.ruddock@kingfishermail.co.uk", "Mrs Ruddock")],
    2, (2025, 6, 3, 10, 0), "Your account CX-3402261",
    ["Dear {salute},",
     "We have been unable to reach you by telephone about the balance of £1,214.60 on this account.",
     "Please call us on 0300 555 0142 or reply to this email so that we can discuss a way forward.",
     "Yours sincerely,\nGareth Pym\nCustomer Support, Conexus"],
    top="You have been unable to reach me because I have asked your staff three times not to ring me at work. "
        "Yesterday I had five calls before lunch, two of them while I was with a customer.\n\nI want to make a "
        "formal complaint about this. Write to me by email only and confirm that the calls will stop.\n\n{first}")

add("iaf-A04", "pexa", short_labels(br=True),
    "The conveyancer confirms inline that PEXA's email carried another firm's client's statement, says it is "
    "deleted and asks for nothing more: a breach report without dissatisfaction or a demand, so breach only.",
    [P("Imogen Sharrow", "i.sharrow@coldbrookconveyancing.co.uk", "Imogen"),
     P("Declan Ferris", "d.ferris@coldbrookconveyancing.co.uk", "Declan")],
    3, (2025, 1, 28, 16, 12), "Email sent to you in error on 27 January",
    ["Dear {salute},",
     "We believe that an email sent to you yesterday afternoon by our support team may have included an "
     "attachment that was meant for another participant. To help us assess this, please answer the following.",
     "1. Did you receive an attachment named 'Settlement statement - 31 Quarry Way'?",
     "2. If so, what information could you see in it?",
     "3. Has it been forwarded to anyone, and have you now deleted it?",
     "Thank you for your help.\nSamir Qadri\nData Protection Office, PEXA"],
    {2: "Yes, at 15:46.",
     3: "The buyers' names (a Mr and Mrs Okonjo), their new address, the purchase price and the sort code and "
        "account number the balance was being paid from.",
     4: "Not forwarded. Deleted from the inbox and from deleted items this morning. No need to come back to us "
        "on it, these things happen."},
    "Samir, answered in line{how}. Regards, {first}")

add("iaf-A05", "pexa", short_labels(),
    "Feedback form answered inline: praise ('no complaints'), a date preference and a neutral suggestion; "
    "nothing is wrong and nothing is demanded, so not a complaint.",
    [P("Lorna Pettifer", "lorna.pettifer@hightowerlegal.co.uk", "Lorna"),
     P("Graham Iddon", "g.iddon@hightowerlegal.co.uk", "Graham")],
    4, (2025, 3, 20, 12, 0), "How was your workspace essentials session?",
    ["Hi {salute},",
     "Thanks for joining Tuesday's workspace essentials session. We'd really value a few lines of feedback.",
     "How did you find the trainer and the pace of the session?",
     "Was there anything you expected to be covered that wasn't?",
     "Would your team like a follow-up session on lodgement, and which days suit you?",
     "Many thanks,\nFern Whitcombe\nTraining Team, PEXA"],
    {2: "Excellent. Priya explained the funds screens better than anyone has before. No complaints at all.",
     3: "Maybe a couple of minutes on what to do when a participant drops out of the workspace, but that's a "
        "nice-to-have.",
     4: "Yes please. Wednesdays or Thursdays after 2pm are best for us, up to six people."},
    "Feedback typed straight into your email{how} - hope that's OK!\n\n{first}")

add("iaf-A06", "pexa", short_labels(c=True, firm="ols", cat="delay"),
    "A home buyer answers PEXA's questions inline: her own solicitors (OLS) have not replied for weeks and "
    "exchange has slipped; PEXA is not blamed, so a consumer complaint to forward to ols (delay).",
    [P("Kirsty Abernethy", "kirsty.abernethy@larkmail.co.uk", "Ms Abernethy"),
     P("Joel Abernethy", "joel.abernethy@larkmail.co.uk", "Mr Abernethy")],
    0, (2025, 5, 14, 10, 35), "Your email about your purchase",
    ["Dear {salute},",
     "Thank you for your email. PEXA provides the platform that conveyancers and lenders use to complete "
     "property transactions, and we cannot see details of individual purchases. If you are unhappy with the "
     "firm acting for you, we can pass your concerns on to them. Please let us know:",
     "- the name of the firm acting for you;",
     "- when you last heard from them;",
     "- what you would like to happen next.",
     "Yours sincerely,\nHannah Oduya\nCustomer Resolution Team, PEXA"],
    {2: "Orchard Lane in Stockport. The person handling it is a Mr Deakin.",
     3: "4 April. Since then I have emailed six times and left voicemails and nobody has come back to me. We were "
        "meant to exchange on 2 May and the seller's agent now says they will put the house back on the market.",
     4: "Please pass this to them and make sure someone there replies to me this week with a date for exchange."},
    "Hello, thank you for getting back to me. I've answered the three things you asked for{how}.\n\nKind "
    "regards\n{first}")

add("iaf-A07", "pexa", short_labels(r="portability,erasure"),
    "A retiring conveyancer answers PEXA's account-closure questions inline: export my matter history as CSV for "
    "the new system, then delete the account; no dissatisfaction, so portability and erasure without a complaint.",
    [P("Maurice Tennant", "maurice@tennantconveyancing.co.uk", "Mr Tennant", "MT"),
     P("Yvonne Tennant", "yvonne@tennantconveyancing.co.uk", "Mrs Tennant", "YT")],
    3, (2025, 7, 1, 9, 5), "Closing your PEXA subscriber account",
    ["Dear {salute},",
     "We understand that your practice is closing at the end of July. Before we close your subscriber account, "
     "please confirm:",
     "1. The date from which you would like the account closed.",
     "2. Whether you need anything from the account before it is closed.",
     "3. What you would like us to do with the user profiles and the personal data we hold about you and your "
     "staff once the account is closed.",
     "Kind regards,\nSamir Qadri\nData Protection Office, PEXA"],
    {2: "31 July please.",
     3: "Yes. The practice that is taking over our files, Mercer Holt, uses a different case system. Please send "
        "me my user and matter history as a CSV file (or anything machine-readable) so they can import it.",
     4: "Once the export has been sent, delete my account and my personal data, and the two staff profiles."},
    "Thanks for your email. I have replied within it{how}.\n\n{first}")

add("iaf-A08", "pexa", short_labels(c=True, ex=True, cat="usability"),
    "Inline comments say the redesigned lodgement screens work but cause repeated staff errors, and the top "
    "text asks for it to be escalated as a complaint: explicit, usability (the system works but is hard to use).",
    [P("Harriet Moyo", "h.moyo@brinkworthlaw.co.uk", "Harriet"),
     P("Colin Draycott", "c.draycott@brinkworthlaw.co.uk", "Colin")],
    1, (2025, 6, 18, 13, 50), "Your feedback on the new lodgement screens",
    ["Hi {salute},",
     "Thanks for your feedback on the new lodgement screens, which went live on 2 June. To pass this on to the "
     "product team, could you tell us:",
     "Which screen your team finds hardest to use?",
     "What goes wrong when they use it?",
     "Whether anything would help in the meantime, such as a short guide?",
     "Best regards,\nMarcus Leight\nCustomer Support, PEXA"],
    {2: "The document review page. The 'confirm and lodge' button is now hidden under a collapsed panel at the "
        "bottom, and the panel closes again every time you tick a document.",
     3: "Three of my team have lodged with the wrong document version in the last fortnight because the list "
        "re-sorts itself after each tick. Each one has taken a morning to unpick with HMLR.",
     4: "A guide won't fix a layout that trips people up. I want a date for the panel and the sorting to be "
        "changed, and a reply from the product team, not another survey."},
    "Colin has asked me to raise this as a complaint rather than just feedback, so please escalate it. My "
    "answers are under your questions{how}.\n\n{first}")

add("iaf-A09", "pexa", short_labels(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
    "Inline answers say her PEXA profile wrongly shows her as suspended and ask for it to be corrected and "
    "hidden until then: implicit complaint about inaccurate personal data, rectification and restriction.",
    [P("Bethan Lloyd-Ashe", "bethan.lloydashe@morvenlegal.co.uk", "Ms Lloyd-Ashe", "BLA"),
     P("Sunita Kaur", "s.kaur@morvenlegal.co.uk", "Ms Kaur", "SK")],
    3, (2025, 4, 23, 11, 15), "Your request about your user profile",
    ["Dear {salute},",
     "We have received your message about your user profile. So that we can deal with it, please confirm:",
     "1) The name and subscriber number of the firm you currently work for.",
     "2) What is shown on your profile that you believe is wrong.",
     "3) What you would like us to do.",
     "Yours sincerely,\nSamir Qadri\nData Protection Office, PEXA"],
    {2: "Morven Legal LLP, subscriber 30-118-442. I moved here from my old firm in February.",
     3: "My profile says 'User suspended - compliance review'. I have never been suspended or reviewed; my old "
        "firm simply closed my login when I left. Two lenders have now asked me about it and one refused to "
        "join a workspace with me on it.",
     4: "Correct it so that it shows my current firm and active status, and until that is done stop showing the "
        "suspended wording to anyone. I'd also like to know how it got there."},
    "Please find my answers to your three points below{how}.\n\n{first}")

add("iaf-A10", "pexa", short_labels(c=True, tp=True, firm="unknown", cat="service_quality"),
    "A son answers for his elderly mother: her conveyancer (Fenwright & Co, not in the directory) is rude and "
    "unhelpful; PEXA is not blamed: third party, about_other_firm unknown, service_quality.",
    [P("Stuart Gillow", "stuart.gillow@northmail.co.uk", "Mr Gillow"),
     P("Neil Gillow", "neil.gillow@beaconsfieldhome.net", "Mr Gillow", "NG")],
    0, (2025, 2, 10, 15, 40), "Your mother's sale - how we can help",
    ["Dear {salute},",
     "Thank you for contacting PEXA on behalf of your mother, Mrs Edith Gillow. PEXA does not act for buyers or "
     "sellers, but we can pass a complaint to the firm acting for her. It would help if you could tell us:",
     "- the firm that is acting for your mother;",
     "- what has gone wrong;",
     "- whether your mother is happy for you to act for her.",
     "Kind regards,\nHannah Oduya\nCustomer Resolution Team, PEXA"],
    {2: "Fenwright & Co, Bolton.",
     3: "Mum is 86 and partially sighted. When she rang to ask why the completion date had moved, the fee-earner "
        "told her she was 'wasting his time' and put the phone down. Letters come in tiny print although we asked "
        "for large print twice. She was in tears.",
     4: "Yes, she has asked me to deal with this and has signed an authority, which I can send. We want an apology "
        "and someone else at the firm to take over her file."},
    "Hi Ms Oduya, I have written my mother's answers into your email{how}.\n\nBest wishes\n{first} Gillow")

add("iaf-A11", "pexa", short_labels(c=True, ex=True, cat="fees_charges"),
    "A Kestrel finance officer disputes PEXA's own late-payment charge inline and calls it a complaint in one "
    "answer: explicit (inside the quote), fees_charges; Kestrel is the complainant, not the subject (null).",
    [P("Tessa Marlow", "tessa.marlow@kestrelbs.co.uk", "Tessa"),
     P("Ravi Chandran", "ravi.chandran@kestrelbs.co.uk", "Ravi")],
    5, (2025, 8, 5, 10, 10), "Statement of account - July 2025",
    ["Hello {salute},",
     "Please find below a summary of your July statement.",
     "Workspace fees (142 workspaces): £8,710.28",
     "Late payment charge on June invoice: £250.00",
     "Balance brought forward: £0.00",
     "If you have any questions about your statement, just reply to this email.",
     "Kind regards,\nOwen Tallis\nBilling, PEXA"],
    {3: "We paid the June invoice on 2 July, two days before the due date, BACS reference KBS-PX-0702. This charge "
        "should not be there. Please treat this as a formal complaint about the charge and remove it.",
     5: "Also, this is the second month running we have had to chase a charge like this. I need confirmation it "
        "has been reversed before we pay July."},
    "Owen - see my notes against the lines of your statement{how}.\n\n{first}\nFinance, Kestrel Building "
    "Society")

add("iaf-A12", "pexa", short_labels(c=True, cat="wait_time"),
    "Inline answers describe 70 minutes on hold and a dropped call on the support line and ask for a call-back "
    "arrangement: implicit complaint about waiting to reach someone (wait_time).",
    [P("Femi Adeyemi", "f.adeyemi@stonebridgesolicitors.co.uk", "Femi"),
     P("Lucy Hebden", "l.hebden@stonebridgesolicitors.co.uk", "Lucy")],
    1, (2025, 9, 9, 8, 55), "Support call on 8 September",
    ["Hi {salute},",
     "We're sorry to hear you had trouble getting through to us yesterday. To help us look into it:",
     "What time did you call, and which option did you choose?",
     "How long were you waiting before the call ended?",
     "Did you try the live chat as well?",
     "Thanks,\nMarcus Leight\nCustomer Support, PEXA"],
    {2: "11.20am, option 2 for settlement.",
     3: "Seventy minutes. Then the line went dead and when I rang back the message said the queue was full. We had "
        "a completion that afternoon with funds stuck.",
     4: "Yes, it said 'no agents available'. I want to know how you will make sure settlement calls are answered "
        "on completion days, and a direct number we can use when funds are stuck."},
    "Marcus, your questions are answered below{how}. {first}")

add("iaf-A13", "pexa", short_labels(r="objection,informed"),
    "Inline answers object to marketing use of his data and ask where the mobile number came from and on what "
    "basis it is used; the tone is neutral and nothing is said to be wrong, so rights only, not a complaint.",
    [P("Robert Quigley", "rob.quigley@quigleyproperty.co.uk", "Mr Quigley"),
     P("Anjali Bose", "anjali.bose@quigleyproperty.co.uk", "Ms Bose")],
    3, (2025, 10, 14, 14, 25), "Your marketing preferences",
    ["Dear {salute},",
     "We are updating our records ahead of the launch of our new insights newsletter. Please let us know:",
     "1. Whether you are happy for us to use your contact details to send you product news and event invitations.",
     "2. Whether you would like to receive these by email, by text message, or both.",
     "3. Whether there is anything else you would like to know about how we use your information.",
     "Kind regards,\nSamir Qadri\nData Protection Office, PEXA"],
    {2: "No. I object to my details being used for marketing of any kind. Service emails about my workspaces are "
        "fine.",
     3: "Neither, see above.",
     4: "Yes: the mobile number on my profile is a personal one that I don't remember giving you. Could you tell "
        "me where you got it from, what you use it for, and the legal basis?"},
    "Hi, my replies are next to each of your points{how}. Thanks, {first}")

add("iaf-A14", "pexa", short_labels(c=True, firm="hcb", cat="inaccurate_information"),
    "A seller answers inline: Heathcote Bank's redemption figure was wrong and he was overcharged; PEXA is not "
    "blamed, so a consumer complaint to forward to hcb (inaccurate_information).",
    [P("Dominic Farrant", "dom.farrant@castlemail.co.uk", "Mr Farrant"),
     P("Abigail Farrant", "abi.farrant@castlemail.co.uk", "Mrs Farrant")],
    0, (2025, 6, 25, 16, 0), "Your sale of 8 Merrow Gardens",
    ["Dear {salute},",
     "Thank you for your email. We understand you are unhappy with the amount taken to repay your mortgage. PEXA "
     "settles the figures entered by the participants, so we may need to pass your concerns to your lender. "
     "Could you tell us:",
     "- who your mortgage was with;",
     "- what figure you were quoted and what was taken;",
     "- whether you have raised this with the lender yourself.",
     "Yours sincerely,\nHannah Oduya\nCustomer Resolution Team, PEXA"],
    {2: "Heathcote Bank.",
     3: "Their redemption statement dated 2 June said £142,318.40. On completion £145,918.40 was taken, exactly "
        "£3,600 more. Their second statement, which we only saw afterwards, had an early repayment charge that "
        "their own adviser told us in writing had expired in March.",
     4: "Only by phone. They said it would be 'looked into'. Please forward this to them; we want the £3,600 back "
        "and a corrected statement."},
    "Good afternoon - answers added to your email{how}.\n{first} Farrant")

add("iaf-A15", "pexa", short_labels(c=True, ex=True, cat="delay"),
    "A chaser typed into PEXA's holding letter: six weeks with no outcome; the sender says 'my complaint' in an "
    "inline answer: explicit (inside the quote), delay.",
    [P("Oliver Brandreth", "o.brandreth@pellinghamlaw.co.uk", "Mr Brandreth"),
     P("Meera Joshi", "m.joshi@pellinghamlaw.co.uk", "Ms Joshi")],
    0, (2025, 3, 5, 9, 30), "Reference CR-20917 - update",
    ["Dear {salute},",
     "We are still looking into the matter you raised on 3 February about the settlement for 44 Lindley Road.",
     "We need a little more time because we are waiting for information from our banking partner. We expect to "
     "write to you again by 19 February.",
     "If you have anything to add in the meantime, please reply to this email.",
     "Yours sincerely,\nHannah Oduya\nCustomer Resolution Team, PEXA"],
    {2: "19 February came and went. It is now 17 March and I have had nothing since this letter, which itself "
        "arrived a month after my complaint.",
     3: "Yes: I want a final answer by the end of this week, or a named person who will give me one."},
    "Adding my reply in your letter{how} so you can see the dates you gave.\n{first}")

add("iaf-A16", "pexa", short_labels(c=True, r="automated_decision", cat="onboarding"),
    "A sole practitioner answers the onboarding team's document request inline: documents sent three times and "
    "the application rejected automatically; he wants a person to review it: implicit complaint (onboarding), "
    "automated_decision.",
    [P("Kwame Asante", "kwame@asantelaw.co.uk", "Mr Asante"),
     P("Felicity Royle", "felicity@royleconveyancing.co.uk", "Ms Royle")],
    2, (2025, 7, 22, 12, 40), "Your application to join PEXA - documents needed",
    ["Dear {salute},",
     "Thank you for applying to become a PEXA subscriber. To complete our checks we need the following:",
     "1. A certified copy of your photo ID.",
     "2. Your current professional indemnity insurance certificate.",
     "3. A bank statement for your client account dated within the last three months.",
     "Please upload these to the onboarding portal. Applications without all three documents are declined "
     "automatically after 14 days.",
     "Kind regards,\nEllie Brannock\nOnboarding, PEXA"],
    {2: "Uploaded on 2 July, 9 July and 16 July.",
     3: "Uploaded with the ID each time.",
     4: "Uploaded each time. The portal shows all three as 'received'.",
     5: "Yesterday I got an automatic email saying the application was declined for 'incomplete documents'. "
        "That is plainly wrong. I want a member of your team, not the portal, to look at my application and "
        "decide it, and I want to know why it failed three times."},
    "Please see my replies{how}, alongside each item you asked for.\n\n{first}")

add("iaf-A17", "conexus", short_labels(r="rectification"),
    "Income and expenditure questions answered inline, plan accepted, plus a new address to update: a "
    "rectification request with no dissatisfaction, not a complaint.",
    [P("Shona McBride", "shona.mcbride@thistlepost.co.uk", "Ms McBride"),
     P("Kieran Doyle", "kieran.doyle@thistlepost.co.uk", "Mr Doyle")],
    1, (2025, 4, 8, 14, 0), "Setting up your payment plan - account CX-3378814",
    ["Dear {salute},",
     "Thank you for speaking to us today. To set up the plan we discussed, please confirm the following.",
     "1. Your total monthly income after tax.",
     "2. Your monthly rent or mortgage payment.",
     "3. The amount you can afford to pay each month, and the date you would like payments to start.",
     "4. That your address and phone number on our records are still correct.",
     "Yours sincerely,\nAlisha Morrow\nCustomer Accounts, Conexus"],
    {2: "£1,640.",
     3: "£695 rent.",
     4: "£40 a month from 1 May, by standing order. Thanks for being so reasonable about it on the phone.",
     5: "Phone is right. The address isn't: I moved last month. Please update it to Flat 3, 19 Carron Street, "
        "Falkirk FK1 1QN."},
    "Hi Alisha, thanks for today. My answers are below{how}.\n{first}")

add("iaf-A18", "conexus", short_labels(c=True, ex=True, cat="collection_conduct"),
    "The debtor rebuts Conexus's final-response findings point by point inline (calls several times a day, "
    "threats of bailiffs) and says he does not accept the outcome of his complaint: explicit inside the quote, "
    "collection_conduct.",
    [P("Terence Okoro", "terry.okoro@brightline.net", "Mr Okoro"),
     P("Marian Stroud", "marian.stroud@brightline.net", "Mrs Stroud")],
    0, (2025, 5, 20, 17, 10), "Final response - reference CXC-55102",
    ["Dear {salute},",
     "We have completed our investigation into the concerns you raised on 1 April. We have listened to the calls "
     "on your account and reviewed our contact notes.",
     "Our records show that we made contact attempts within the limits set by our contact policy.",
     "Our agent explained the options available if the balance remained unpaid. We did not find that any "
     "inappropriate language was used.",
     "We therefore do not uphold your concerns. If you are unhappy with this response you may refer the matter to "
     "the Financial Ombudsman Service within six months.",
     "Yours sincerely,\nDean Fenwick\nCompliance and Risk, Conexus"],
    {2: "Your 'limits' meant four calls on 24 March, five on 25 March and three on the 26th, including two at 8.40pm. "
        "I have the call log on my phone and will send screenshots.",
     3: "He told me 'the bailiffs will be round by Friday and your neighbours will see'. You cannot send bailiffs "
        "on this debt. Listen to the call of 25 March again.",
     4: "I do not accept this as the end of my complaint. I want the call of 25 March reviewed by someone else and "
        "an apology, and until then contact me in writing only."},
    "I've gone through your letter and written my response to each paragraph{how}.\n\n{first}")

add("iaf-A19", "conexus", short_labels(c=True, cat="debt_dispute"),
    "Inline answers to Conexus's request for proof: the loan was paid off to the creditor in full, yet Conexus "
    "still chases it; the grievance is Conexus pursuing a paid debt (null, as lg-26), debt_dispute, implicit.",
    [P("Priyanka Shah", "priyanka.shah@quaymail.co.uk", "Ms Shah"),
     P("Aaron Whitfield", "aaron.whitfield@quaymail.co.uk", "Mr Whitfield")],
    1, (2025, 6, 11, 11, 45), "Account CX-3409930 - Sterling Credit Loans",
    ["Dear {salute},",
     "You told our agent that this balance has already been paid. So that we can check this with our client, "
     "Sterling Credit Loans, please provide:",
     "a) the date and amount of the payment;",
     "b) how the payment was made;",
     "c) any settlement letter you received.",
     "Until we have this information the account will remain open.",
     "Kind regards,\nAlisha Morrow\nCustomer Accounts, Conexus"],
    {2: "£2,186.33 on 14 January, the full settlement figure they gave me.",
     3: "Bank transfer from my Nationwide account, reference SCL-7714028. Statement attached.",
     4: "Yes, 'paid in full' letter dated 20 January, attached. I sent you both of these in February too.",
     5: "I've had three letters and a text from you since then telling me I owe £2,186.33. Close the account, "
        "confirm it in writing and stop contacting me about a loan that is paid."},
    "Please see your own email for the information you asked for{how}.\n{first}")

add("iaf-A20", "conexus", short_labels(c=True, pd=True, br=True, cat="personal_data"),
    "Inline answers say Conexus's letter went to the wrong house number and the neighbour opened and read it: "
    "implicit complaint about a disclosure, breach and personal_data.",
    [P("Carys Pugh", "carys.pugh@valleymail.co.uk", "Ms Pugh"),
     P("Leon Marsh", "leon.marsh@valleymail.co.uk", "Mr Marsh")],
    1, (2025, 7, 15, 10, 25), "Please confirm your details - account CX-3415572",
    ["Dear {salute},",
     "As part of a routine review of your account, please confirm the following details:",
     "1. Your full postal address.",
     "2. Whether you have received our letter dated 1 July.",
     "3. Your preferred way for us to contact you.",
     "Kind regards,\nAlisha Morrow\nCustomer Accounts, Conexus"],
    {2: "41 Heol Tawe, Ystalyfera SA9 2HE. Forty-one. It has always been 41.",
     3: "No, because you sent it to 14. The man at number 14 opened it, read it, and brought it round saying "
        "he 'didn't know I was in that much trouble'. The whole street will know by now.",
     4: "Email only. I want to know how my address got changed, what else has gone to the wrong house, and what "
        "you are going to do about it."},
    "Answers are in the email below{how}. I'm very upset about number 2.\n{first}")

add("iaf-A21", "conexus", short_labels(c=True, firm="lwt", cat="debt_dispute"),
    "Inline answers say the water bill is for months after she moved out, because the creditor ('Lumen') kept "
    "billing the empty house; only the creditor can correct its bill, so lwt, debt_dispute, implicit.",
    [P("Hollie Grimshaw", "hollie.grimshaw@peakpost.co.uk", "Ms Grimshaw"),
     P("Daniel Oyelaran", "dan.oyelaran@peakpost.co.uk", "Mr Oyelaran")],
    2, (2025, 8, 19, 9, 15), "Lumen account - balance £612.48",
    ["Dear {salute},",
     "We are collecting a balance of £612.48 on behalf of our client for water supplied to 6 Brook Terrace, Belper.",
     "If you dispute this balance, please tell us:",
     "- the date you left the property;",
     "- whether you gave a final meter reading;",
     "- your forwarding address at the time.",
     "Kind regards,\nGareth Pym\nCustomer Support, Conexus"],
    {3: "30 September 2022. The new tenants moved in on 3 October.",
     4: "Yes, I phoned Lumen with the reading (04417) and they gave me a closing reference, LW-CL-88213.",
     5: "The one I'm at now. Lumen sent me a final bill of £38 which I paid, and then kept billing the house in my "
        "name for another year. The £612 is all after I left. Please send this back to Lumen so they correct "
        "their account."},
    "Hello, I have filled in the answers in your message{how}. Thanks {first}")

add("iaf-A22", "conexus", short_labels(c=True, tp=True, r="informed", cat="collection_conduct"),
    "A daughter with power of attorney answers for her father with dementia: a doorstep agent pressed him into "
    "a payment; she also asks where his mobile number came from: third party, collection_conduct, informed "
    "(the data question sits alongside a conduct grievance, so personal_data stays false).",
    [P("Rosalind Achterberg", "ros.achterberg@fenlandmail.co.uk", "Mrs Achterberg", "RA"),
     P("Gail Penhaligon", "gail.penhaligon@fenlandmail.co.uk", "Mrs Penhaligon", "GP")],
    0, (2025, 9, 2, 15, 20), "Mr Walter Pryce - account CX-3422718",
    ["Dear {salute},",
     "Thank you for your call. We are sorry to hear about your father's health. To review his account we need to "
     "know:",
     "1. Whether you hold a lasting power of attorney for your father, and whether it is registered.",
     "2. What happened during our field agent's visit on 26 August.",
     "3. What outcome you are looking for.",
     "Yours sincerely,\nDean Fenwick\nCompliance and Risk, Conexus"],
    {2: "Yes, registered in 2023. Copy attached.",
     3: "Your agent stayed over an hour, kept telling Dad he would 'lose everything', and got him to pay £300 by "
        "card on the doorstep. Dad has dementia and did not know who he was. His carer found him shaking.",
     4: "The £300 refunded, no more visits, all contact through me. And please explain how you got Dad's mobile "
        "number, which he only gave to his GP and to me, and what you use it for."},
    "Dear Mr Fenwick\n\nI've typed my father's answers into your email{how}.\n\n{first}")

add("iaf-A23", "conexus", short_labels(c=True, cat="delay"),
    "A creditor client's staff member answers Conexus's reconciliation questions inline: remittance reports late "
    "every month, wants them on time: implicit complaint about Conexus (delay); she writes for her own firm, so "
    "not third party and null.",
    [P("Jasmine Teague", "jasmine.teague@northline-energy.co.uk", "Jasmine"),
     P("Arjun Nair", "arjun.nair@northline-energy.co.uk", "Arjun")],
    4, (2025, 10, 7, 16, 45), "Remittance reconciliation - September",
    ["Hi {salute},",
     "We're reviewing how we send monthly remittance reports to clients. Could you help with a few points?",
     "When did you receive the September remittance report?",
     "Did it match the payments you saw arrive?",
     "Is the current format working for your team?",
     "Thanks,\nCallum Ravel\nClient Services, Conexus"],
    {2: "On 17 October. The agreement says the 5th. August's came on the 15th and July's on the 20th.",
     3: "We can't tell yet, because it came so late that our month-end had closed. We've had to hold 400 accounts "
        "open as unreconciled.",
     4: "The format is fine. The lateness isn't. I need the reports by the 5th as agreed, and an explanation of why "
        "they have been late three months running."},
    "Callum, I've put our answers against your questions{how}.\n{first}\nNorthline Energy - Debt Recovery")

add("iaf-A24", "conexus", short_labels(c=True, cat="fees_charges"),
    "The debtor disputes a trace fee added to the balance in Conexus's statement, line by line inline: implicit "
    "complaint about a fee Conexus added, fees_charges.",
    [P("Mohammed Rashid", "m.rashid@pennineweb.co.uk", "Mr Rashid"),
     P("Sandra Kowalczyk", "sandra.k@pennineweb.co.uk", "Ms Kowalczyk")],
    1, (2025, 11, 4, 10, 5), "Statement of your account CX-3430027",
    ["Dear {salute},",
     "As requested, here is a breakdown of your balance.",
     "Balance transferred from our client: £433.10",
     "Trace fee (locating your current address): £45.00",
     "Payments received: £60.00",
     "Balance outstanding: £418.10",
     "Kind regards,\nAlisha Morrow\nCustomer Accounts, Conexus"],
    {3: "I have lived at the same address for eleven years, the one your client has always had. There was nothing "
        "to trace. Take this off.",
     5: "Should be £373.10 without the fee. Please send a corrected statement and confirm the £45 is removed."},
    "I've written my comments against the lines of your breakdown{how}.\n\n{first}")

add("iaf-A25", "conexus", short_labels(c=True, r="automated_decision", cat="process"),
    "Inline answers say the online plan tool rejected her offer automatically although the figures show it is "
    "all she can afford; she wants a person to decide: implicit complaint, automated_decision; the automatic "
    "affordability rule itself is the grievance (process).",
    [P("Louise Hennessy", "louise.hennessy@coastline.net", "Ms Hennessy"),
     P("Patrick Dunne", "patrick.dunne@coastline.net", "Mr Dunne")],
    2, (2025, 5, 27, 13, 35), "Your online payment offer",
    ["Dear {salute},",
     "Our online plan tool was unable to accept the offer you made on 24 May. Offers are assessed automatically "
     "against your income and expenditure.",
     "Please let us know:",
     "1. Whether you would like to make a higher offer.",
     "2. Whether your circumstances have changed since you completed your budget.",
     "Kind regards,\nGareth Pym\nCustomer Support, Conexus"],
    {3: "No. £15 a month is what's left after rent, food and my daughter's nursery. Your own tool shows £16 spare.",
     4: "No change. I'm on maternity pay until January.",
     1: "I don't want a computer deciding this. Please have one of your staff look at my budget and make the "
        "decision, and tell me why the tool refuses offers below £25 when people can't afford more."},
    "Hi, I've replied inside your email{how}.\n\nThanks\n{first}")

add("iaf-A26", "conexus", short_labels(c=True, pd=True, r="objection,erasure", cat="personal_data"),
    "Inline answers to a preferences email: marketing texts kept coming after the account was cleared; he "
    "objects to marketing and wants his data deleted: implicit complaint about data use, objection and erasure.",
    [P("Gareth Llewellyn", "g.llewellyn@cambrianmail.co.uk", "Mr Llewellyn"),
     P("Yusuf Demir", "yusuf.demir@cambrianmail.co.uk", "Mr Demir")],
    3, (2025, 6, 30, 9, 0), "Keeping in touch",
    ["Dear {salute},",
     "Your account with us was closed on 14 March after the balance was repaid. We would like to keep in touch.",
     "- Would you like to hear about our partners' debt advice and credit products?",
     "- How would you prefer to be contacted?",
     "- Is there anything you would like us to change about how we contact you?",
     "Kind regards,\nLeona Birch\nData Protection Team, Conexus"],
    {2: "No. And I don't know why you're asking now, when I've had eleven texts advertising 'credit rebuilder' "
        "loans since March without ever agreeing to them.",
     3: "Not at all.",
     4: "Yes. I object to you using my details for any marketing, and I want my data deleted now that the account "
        "is closed. Please confirm both in writing."},
    "Your questions are answered below{how}. This needs a proper reply.\n{first}")

add("iaf-A27", "conexus", short_labels(),
    "Survey after a resolved complaint answered inline with thanks and praise; nothing is still wrong and nothing "
    "is asked for, so not a complaint even though the quoted survey talks about the complaint.",
    [P("Ivy Chamberlain", "ivy.chamberlain@meadowpost.co.uk", "Mrs Chamberlain"),
     P("Kenneth Oduro", "ken.oduro@meadowpost.co.uk", "Mr Oduro")],
    0, (2025, 7, 29, 11, 30), "How did we handle your complaint?",
    ["Dear {salute},",
     "We recently closed the complaint you raised about your account. We would be grateful if you could tell us:",
     "1. Were you kept informed while we looked into your concerns?",
     "2. Was our final response clear?",
     "3. Is there anything we could have done better?",
     "Yours sincerely,\nDean Fenwick\nCompliance and Risk, Conexus"],
    {2: "Yes, Sam rang me every week as promised.",
     3: "Very clear. The refund came through on Friday.",
     4: "Nothing really, it was all sorted quickly. Thank you."},
    "Happy to help - I've answered each question in your email{how}.\n\n{first}")

add("iaf-A28", "conexus", short_labels(c=True, pd=True, r="portability", cat="personal_data"),
    "Inline answers say the CSV he asked for came as scanned PDFs five weeks late; he repeats the request: "
    "implicit complaint about a badly handled data-rights request, portability, personal_data.",
    [P("Stefan Albu", "stefan.albu@ridgewaymail.co.uk", "Mr Albu"),
     P("Norah Quinlan", "norah.quinlan@ridgewaymail.co.uk", "Ms Quinlan")],
    3, (2025, 8, 26, 14, 50), "Your data request - DPR-7719",
    ["Dear {salute},",
     "We sent you the information you requested on 21 August. To close your request, please confirm:",
     "1. That you have received it.",
     "2. Whether it was in the format you needed.",
     "3. Whether you need anything further.",
     "Kind regards,\nLeona Birch\nData Protection Team, Conexus"],
    {2: "Received on the 23rd, five weeks after I asked.",
     3: "No. I asked for my payment history in CSV so my budgeting software can import it. You sent 40 pages of "
        "scanned PDF, some of them crooked and half unreadable.",
     4: "Yes: the transaction history as a CSV or other machine-readable file, by email, as I asked in July."},
    "Replies in line{how} - please don't close this yet.\n{first}")

add("iaf-A29", "conexus", short_labels(c=True, firm="wbc", cat="debt_dispute"),
    "Inline answers say the council-tax arrears arise because Westbury Council billed the wrong band and ignored "
    "her appeal; only the council can fix the bill: wbc, debt_dispute, implicit.",
    [P("Margaret Ellery", "margaret.ellery@downsmail.co.uk", "Mrs Ellery"),
     P("Philip Ellery", "philip.ellery@downsmail.co.uk", "Mr Ellery")],
    2, (2025, 9, 23, 10, 40), "Council tax arrears - account CX-3426650",
    ["Dear {salute},",
     "We have been instructed by Westbury Council to collect council tax arrears of £1,087.20 for 2023/24 and "
     "2024/25.",
     "If you believe this amount is wrong, please tell us why, and send any letters you have from the council.",
     "If you agree the amount, please call us to discuss how you will pay.",
     "Kind regards,\nGareth Pym\nCustomer Support, Conexus"],
    {2: "It is wrong. The council put our bungalow in band E after the extension, but the Valuation Office letter "
        "of May 2023 (copy attached) says band D. The arrears are the difference between D and E.",
     3: "We have paid every band D instalment. I wrote to the council twice and got no answer. Please send this "
        "back to them so they correct the bill."},
    "Dear Mr Pym, I've set out our position inside your letter{how}.\n{first} Ellery")

add("iaf-A30", "conexus", short_labels(c=True, ex=True, cat="wait_time"),
    "The top says the answers are her complaint; the answers describe 40-minute holds and calls cut off on the "
    "payments line: explicit, wait_time.",
    [P("Tanya Brookes", "tanya.brookes@severnmail.co.uk", "Ms Brookes"),
     P("Warren Hales", "warren.hales@severnmail.co.uk", "Mr Hales")],
    2, (2025, 10, 21, 12, 15), "We tried to call you",
    ["Dear {salute},",
     "We tried to call you today about your missed payment. Please call us back.",
     "Can you tell us the best time to reach you?",
     "If you have had trouble getting through to us, please let us know when you called.",
     "Kind regards,\nGareth Pym\nCustomer Support, Conexus"],
    {2: "Any weekday after 5.30pm, as I have told you before.",
     3: "Monday 40 minutes on hold then cut off. Tuesday 35 minutes, same. Wednesday I gave up after 50. That is "
        "why the payment was missed, I was trying to pay it. I want the missed-payment marker taken off and a "
        "way to pay that doesn't mean an hour on hold."},
    "This is a complaint - you'll find it written into your own email{how}.\n{first}")

add("iaf-U02", "pexa", short_labels(),
    "Nothing on top but a greeting; the inline answers give numbers and dates for a training booking and praise "
    "the last session: a service request, not a complaint.",
    [P("Naomi Birtles", "n.birtles@wharfsidelegal.co.uk", "Naomi"),
     P("Hamish Crerar", "h.crerar@wharfsidelegal.co.uk", "Hamish")],
    4, (2025, 2, 4, 10, 0), "Booking your team's refresher training",
    ["Hi {salute},",
     "Following your request, we'd be glad to run a refresher for your team. Could you let me know:",
     "1. How many people will attend?",
     "2. Would you prefer online or at your office?",
     "3. Which dates in March work for you?",
     "Best wishes,\nFern Whitcombe\nTraining Team, PEXA"],
    {2: "Nine, possibly ten.", 3: "Online is easiest, the last online one was really good.",
     4: "Any Tuesday or the morning of 20 March."},
    ["Hi Fern,", ""])

add("iaf-U03", "pexa", short_labels(c=True, ex=True, pd=True, br=True, cat="personal_data"),
    "No words on top; the inline answers confirm receiving another client's ID and bank statement from PEXA, "
    "the second time, and say 'I want to complain formally': explicit (inside the quote), breach, personal_data.",
    [P("Josephine Larkin", "j.larkin@eastgatelaw.co.uk", "Ms Larkin"),
     P("Idris Mansoor", "i.mansoor@eastgatelaw.co.uk", "Mr Mansoor")],
    3, (2025, 4, 15, 9, 10), "Documents received in error - 14 April",
    ["Dear {salute},",
     "We have been told that documents uploaded by another participant may have appeared in one of your firm's "
     "workspaces. Please could you confirm:",
     "1. Which documents you can see that do not belong to your matter.",
     "2. Whether anyone outside your firm has seen them.",
     "3. Whether you have any other concerns.",
     "Yours sincerely,\nSamir Qadri\nData Protection Office, PEXA"],
    {2: "A passport scan and three months of bank statements for a Ms R. Delacourt, who is nothing to do with us. "
        "They sat in our workspace for 18 Rowan Court for two days.",
     3: "Not as far as we know. Our client could see the workspace summary though.",
     4: "Yes. This is the second time this year, after the misfiled redemption statement in January. I want to "
        "complain formally about this and I want to know what you are changing so it doesn't happen again."},
    ["", "Regards\n{first}"])

add("iaf-U04", "pexa", short_labels(c=True, firm="bhf", cat="fees_charges"),
    "Only a sign-off on top; the inline answers say the borrower's lender, Beacon Home Finance, added an admin "
    "fee on completion day that was not in the offer; PEXA is not blamed: bhf, fees_charges, implicit.",
    [P("Thomas Whitlock", "tom.whitlock@ambermail.co.uk", "Mr Whitlock", "TW", "Tom"),
     P("Esther Whitlock", "esther.whitlock@ambermail.co.uk", "Mrs Whitlock")],
    0, (2025, 3, 27, 14, 15), "Your remortgage completion",
    ["Dear {salute},",
     "Thank you for contacting us. To pass your concerns to the right firm, please tell us:",
     "- which lender your new mortgage is with;",
     "- what charge you are unhappy about and how much it was;",
     "- what you would like the lender to do.",
     "Yours sincerely,\nHannah Oduya\nCustomer Resolution Team, PEXA"],
    {2: "Beacon Home Finance.",
     3: "A £295 'completion administration fee' taken from the advance on the day. It is not in the mortgage "
        "offer or the illustration, I have checked both.",
     4: "Refund the £295 and explain why it was added without warning."},
    ["Regards, {first}", ""])

add("iaf-U05", "pexa", short_labels(r="access"),
    "No top text; the inline answers ask for a copy of all the personal data PEXA holds on her, including support "
    "call recordings; said calmly with no grievance: access, not a complaint.",
    [P("Alison Parfitt", "alison.parfitt@tidewaterlaw.co.uk", "Ms Parfitt"),
     P("Cheryl Mbeki", "cheryl.mbeki@tidewaterlaw.co.uk", "Ms Mbeki")],
    3, (2025, 5, 12, 11, 0), "Your information request - a few questions",
    ["Dear {salute},",
     "Thank you for your message. So that we can deal with your request, please tell us:",
     "1. What information you are asking for.",
     "2. The period it should cover.",
     "3. How you would like to receive it.",
     "Kind regards,\nSamir Qadri\nData Protection Office, PEXA"],
    {2: "A copy of all the personal data you hold about me as a user, including recordings of my calls to the "
        "support desk.",
     3: "Since my account was opened, around 2021.", 4: "By email, encrypted if possible."},
    ["", ""])

add("iaf-U06", "pexa", short_labels(c=True, cat="onboarding"),
    "Only a greeting on top; the inline answers say identity verification for a new participant has failed four "
    "times and the firm cannot start; they want it sorted: implicit complaint, onboarding.",
    [P("Rupert Eccles", "r.eccles@millbankconvey.co.uk", "Mr Eccles"),
     P("Hina Farooq", "h.farooq@millbankconvey.co.uk", "Ms Farooq")],
    2, (2025, 8, 12, 15, 30), "Identity verification for your new user",
    ["Dear {salute},",
     "We understand that the identity check for your new user has not completed. Please let us know:",
     "1. The name of the user.",
     "2. What message they see when the check fails.",
     "3. How many times they have tried.",
     "Kind regards,\nEllie Brannock\nOnboarding, PEXA"],
    {2: "Efa Gruffydd.",
     3: "'We could not verify your document.' Her driving licence is in Welsh and English and the app seems to "
        "choke on it.",
     4: "Four times in a week, and she has been sitting idle since 4 August because she cannot get on the "
        "platform. I need someone to verify her manually this week, we are paying her to do nothing."},
    ["Hello,", ""])

add("iaf-U07", "pexa", short_labels(c=True, cat="training"),
    "Nothing but 'Thanks' on top; the inline answers say the training session was cancelled twice at short notice "
    "and the recorded videos show old screens; they want a confirmed date: implicit complaint, training.",
    [P("Beatrice Onslow", "b.onslow@kilnerlaw.co.uk", "Beatrice"),
     P("Rashid Haq", "r.haq@kilnerlaw.co.uk", "Rashid")],
    4, (2025, 11, 18, 10, 20), "Rescheduling your onboarding training",
    ["Hi {salute},",
     "I'm sorry that your training session had to be moved. Before I rebook it:",
     "- Which dates would suit your team?",
     "- Have your new starters been able to use the recorded videos in the meantime?",
     "Kind regards,\nFern Whitcombe\nTraining Team, PEXA"],
    {2: "This is the second cancellation, both the day before, and I'd already cleared six diaries twice. Give me "
        "a date you will actually keep.",
     3: "They tried. The videos show the old screens from last year so they were more confused afterwards. Can "
        "they be updated?"},
    ["", "Thanks"])

add("iaf-U08", "conexus", short_labels(tp=True, r="rectification"),
    "A money adviser answers Conexus's questions for his client inline and asks for the client's misspelt "
    "surname to be corrected; calm, no grievance: third party, rectification, not a complaint.",
    [P("Desmond Ackah", "d.ackah@citydebtline.org.uk", "Mr Ackah"),
     P("Fiona Lambie", "f.lambie@citydebtline.org.uk", "Ms Lambie")],
    1, (2025, 3, 18, 13, 0), "Your client - account CX-3381095",
    ["Dear {salute},",
     "Thank you for confirming you are helping our customer. Please let us know:",
     "1. Your client's full name and date of birth, so we can match our records.",
     "2. When you expect to send a financial statement.",
     "3. Whether we should hold the account while you do.",
     "Yours sincerely,\nAlisha Morrow\nCustomer Accounts, Conexus"],
    {2: "Mrs Hanna Wojciechowska, 12/08/1979. Your letters spell her surname 'Wojciekowska'; please correct it on "
        "the account.",
     3: "Within 14 days.",
     4: "Yes please, 30 days."},
    ["", "Kind regards\n{first}"])

add("iaf-U09", "conexus", short_labels(c=True, cat="debt_dispute"),
    "No top text; the debtor rebuts Conexus's complaint response inline (the payment was made and is on his "
    "statement). 'Complaint' appears only in the firm's subject line and letter, not in his own words: implicit, "
    "debt_dispute.",
    [P("Craig Tolley", "craig.tolley@ironbridgemail.co.uk", "Mr Tolley"),
     P("Ruth Abiodun", "ruth.abiodun@ironbridgemail.co.uk", "Ms Abiodun")],
    0, (2025, 4, 29, 16, 20), "Response to your complaint - CXC-55290",
    ["Dear {salute},",
     "We have now looked into your complaint that your payment of £150 on 3 March was not applied to your "
     "account.",
     "We have checked our bank records and we have no trace of a payment on that date. The balance of £890.00 "
     "therefore remains correct.",
     "If you have evidence of the payment, please send it to us.",
     "Yours sincerely,\nDean Fenwick\nCompliance and Risk, Conexus"],
    {2: "It went out of my Halifax account on 3 March to your sort code 40-11-62, reference CX-3384410. It is on "
        "my statement and has not come back.",
     3: "Attached. The balance should be £740. Put the £150 on and send me a corrected balance."},
    ["", ""])

add("iaf-U10", "conexus", short_labels(c=True, pd=True, br=True, cat="personal_data"),
    "No top text; the inline answers say an agent told the debtor's 15-year-old son about the debt on the phone: "
    "implicit complaint about a disclosure, breach, personal_data.",
    [P("Lisa Cartwright", "lisa.cartwright@oakfieldmail.co.uk", "Ms Cartwright"),
     P("Dean Whitmore", "dean.whitmore@oakfieldmail.co.uk", "Mr Whitmore")],
    2, (2025, 6, 17, 17, 0), "Your telephone number",
    ["Dear {salute},",
     "We have been unable to reach you on your mobile. Please let us know:",
     "- the best number to contact you on;",
     "- whether we may leave messages with other people at that number.",
     "Kind regards,\nGareth Pym\nCustomer Support, Conexus"],
    {2: "My mobile, which you have. Not the landline.",
     3: "No! On Thursday your caller rang the landline, my 15-year-old answered, and he was told I owed £2,300 to "
        "a loan company and that it was 'serious'. He was upset all evening. Who gave you the right to tell him? I "
        "want an explanation and an apology."},
    ["Lisa", ""])

add("iaf-U11", "conexus", short_labels(c=True, firm="pmt", cat="debt_dispute"),
    "Only a greeting on top; the inline answers say the balance is an early-termination charge Pennant imposed "
    "after failing to provide signal; only the creditor can fix that charge: pmt, debt_dispute, implicit.",
    [P("Jordan Baptiste", "jordan.baptiste@stormmail.co.uk", "Mr Baptiste"),
     P("Aimee Carver", "aimee.carver@stormmail.co.uk", "Ms Carver")],
    1, (2025, 7, 8, 12, 10), "Pennant Mobile account - balance £384.00",
    ["Dear {salute},",
     "We are collecting £384.00 on behalf of Pennant Mobile. If you do not agree with the balance, please tell us:",
     "1. Why you think it is wrong.",
     "2. Whether you raised this with Pennant Mobile before the account was passed to us.",
     "Kind regards,\nAlisha Morrow\nCustomer Accounts, Conexus"],
    {2: "It is an 'early termination charge'. I ended the contract because there was no signal in my flat for "
        "four months, which Pennant's own engineer confirmed.",
     3: "Yes, three times. They promised to waive it and then sold it on to you. Please send it back to them to "
        "cancel."},
    ["Hi,", ""])

add("iaf-U12", "conexus", short_labels(r="erasure"),
    "No top text; the inline answers to a closure letter ask Conexus to delete his details now the balance is "
    "paid; polite and satisfied: erasure, not a complaint.",
    [P("Anthony Braddock", "tony.braddock@westhillmail.co.uk", "Mr Braddock", "AB", "Tony"),
     P("Gemma Ruskin", "gemma.ruskin@westhillmail.co.uk", "Ms Ruskin")],
    1, (2025, 9, 16, 9, 45), "Your account is now settled",
    ["Dear {salute},",
     "We are pleased to confirm that your account CX-3399018 has been settled in full.",
     "Do you need a paid-in-full letter for your records?",
     "Is there anything else we can help with?",
     "Kind regards,\nAlisha Morrow\nCustomer Accounts, Conexus"],
    {2: "Yes please, by post.",
     3: "Once the letter is sent, please delete my personal details from your systems. Thanks for your help over "
        "the last year."},
    ["", "Cheers, {first}"])

add("iaf-U13", "conexus", short_labels(c=True, ex=True, cat="collection_conduct"),
    "No top text; the inline answers describe a field agent at the door at 8.45pm shouting, and say 'I am making "
    "a complaint about your agent': explicit (inside the quote), collection_conduct.",
    [P("Fatima Begum", "fatima.begum@lanternmail.co.uk", "Ms Begum"),
     P("Victor Nwosu", "victor.nwosu@lanternmail.co.uk", "Mr Nwosu")],
    0, (2025, 10, 28, 11, 0), "Field visit on 27 October",
    ["Dear {salute},",
     "Our field agent visited your address yesterday evening. We would like to understand your account of the "
     "visit.",
     "1. What time did the agent arrive?",
     "2. Did the agent show identification?",
     "3. How would you describe the agent's manner?",
     "Yours sincerely,\nDean Fenwick\nCompliance and Risk, Conexus"],
    {2: "8.45pm. My children were in bed.",
     3: "He held something up to the window for a second, that's all.",
     4: "He banged on the door and shouted my name and the amount through the letterbox. I am making a complaint "
        "about your agent. I don't want him or anyone else at my door again."},
    ["", ""])

add("iaf-U14", "conexus", short_labels(c=True, tp=True, cat="delay"),
    "Only a greeting on top; a son answers for his mother inline: the power of attorney was sent seven weeks ago "
    "and nothing has happened since; he wants it registered and confirmed: third party, delay, implicit.",
    [P("Martin Oakes", "martin.oakes@harbourmail.co.uk", "Mr Oakes"),
     P("Elaine Oakes", "elaine.oakes@harbourmail.co.uk", "Mrs Oakes")],
    1, (2025, 11, 25, 15, 0), "Mrs Doreen Oakes - account CX-3436621",
    ["Dear {salute},",
     "We understand you would like to manage your mother's account. Please tell us:",
     "a) whether you have sent us a copy of the power of attorney;",
     "b) when it was sent and how;",
     "c) the address we should write to.",
     "Yours sincerely,\nAlisha Morrow\nCustomer Accounts, Conexus"],
    {2: "Yes.",
     3: "Recorded delivery on 6 October, signed for on the 8th. This is the third time someone from your office "
        "has asked me the same question, and Mum is still getting letters she can't cope with.",
     4: "Mine, 12 Ferry Lane, Bideford EX39 2QF. Please register the attorney now and confirm when it's done."},
    ["Morning,", ""])

add("iaf-C02", "pexa", short_labels(c=True, cat="inaccurate_information"),
    "Control: top-posted; 'see below' points to PEXA's own untouched email giving a wrong cut-off time, which "
    "made the settlement miss; costs demanded: implicit complaint, inaccurate_information.",
    [P("Connor Healey", "c.healey@arkwrightlaw.co.uk", "Connor"),
     P("Mei Lin Cho", "meilin.cho@arkwrightlaw.co.uk", "Mei Lin", "MLC", "Mei Lin")],
    1, (2025, 2, 26, 11, 5), "Re: Settlement cut-off today",
    ["Hi {salute},",
     "Thanks for your call. Today's cut-off for financial settlement is 3.30pm, so you have plenty of time to "
     "get the workspace signed.",
     "Best,\nMarcus Leight\nCustomer Support, PEXA"],
    top="See below. Your colleague told us in writing the cut-off was 3.30pm. It was 2pm. We signed at 2.40pm, "
        "the settlement did not go through, and our client has had to pay a day's interest on her bridging loan "
        "(£186.40) and her removal firm's extra day.\n\nPlease explain how this happened and confirm you will "
        "reimburse these costs.\n\n{first}")

add("iaf-C03", "pexa", short_labels(c=True, cat="delay"),
    "Control: 'see my email below' points to the sender's own earlier enquiry, quoted untouched; he has had no "
    "answer for three weeks: a still-waiting chaser, implicit complaint, delay.",
    [P("Gordon Fairlie", "g.fairlie@lochsidelaw.co.uk", "Gordon"),
     P("Hazel Purdie", "h.purdie@lochsidelaw.co.uk", "Hazel")],
    5, (2025, 5, 2, 9, 20), "Query about subscription invoice numbering",
    ["Hello,",
     "Could you tell me why our April subscription invoice has a different numbering format from the previous "
     "ones? Our accounts system rejects it when we try to import it.",
     "Many thanks,\nFinance Team"],
    kind="own", subj="Re: Query about subscription invoice numbering - 3rd request",
    top="Please see my email below, sent on 2 May. This is the third time I have sent it and I have not had so "
        "much as an acknowledgement. Our April invoice is still sitting unpaid because of it.\n\nI need an answer "
        "this week.\n\n{first}")

add("iaf-C04", "pexa", short_labels(),
    "Control: the firm's questions are answered in a numbered list above the untouched quote; routine information "
    "for a workspace migration, no grievance: not a complaint.",
    [P("Evelyn Marchetti", "e.marchetti@portwaylegal.co.uk", "Evelyn"),
     P("Sanjay Pillai", "s.pillai@portwaylegal.co.uk", "Sanjay")],
    1, (2025, 6, 6, 14, 0), "Moving your users to the new permissions model",
    ["Hi {salute},",
     "Next month we are moving all subscribers to the new user permissions model. Before we do, please tell us:",
     "1. How many active users your firm has.",
     "2. Who should be your administrator.",
     "3. Whether any users should be removed.",
     "Thanks,\nMarcus Leight\nCustomer Support, PEXA"],
    top="Hi Marcus,\n\n1. 14 active users.\n2. Me, with Sanjay Pillai as backup.\n3. Yes, remove Carl Westwood, who "
        "left in May.\n\nThanks for the notice, all straightforward from our side.\n\n{first}")

add("iaf-C05", "pexa", short_labels(c=True, cat="usability"),
    "Control: a forward of a colleague's email with a comment on top; the colleague's message is context; the "
    "sender says the new funds screen is confusing and has caused errors, and asks PEXA to respond: implicit "
    "complaint, usability.",
    [P("Natalie Rowe", "n.rowe@calderbanklaw.co.uk", "Natalie"),
     P("Edward Lusk", "e.lusk@calderbanklaw.co.uk", "Edward")],
    1, (2025, 7, 10, 16, 35), "funds screen again",
    ["Hi,",
     "Nearly sent the deposit to the wrong line again on the new funds screen. The 'payee' and 'source' columns "
     "look identical now. Can you chase PEXA?",
     "Liam"],
    kind="fwd", qfrom=("Liam Garside", "l.garside@calderbanklaw.co.uk"),
    top="Forwarding this from one of my team. It's the fourth near-miss since the funds screen changed, and last "
        "week one payment did go to the wrong line and took two days to recover. The screen works, but the "
        "columns are so alike that people get it wrong.\n\nPlease can someone get back to me about changing the "
        "layout.\n\n{first}")

add("iaf-C06", "pexa", short_labels(),
    "Control: 'bank details below' points to the sender's own text, giving details for a refund PEXA has "
    "already agreed; thanks and a routine request, not a complaint.",
    [P("Rosemary Kettle", "r.kettle@saltmarshlaw.co.uk", "Rosemary"),
     P("Ibrahim Sesay", "i.sesay@saltmarshlaw.co.uk", "Ibrahim")],
    5, (2025, 8, 28, 10, 15), "Refund of duplicate workspace fee",
    ["Hi {salute},",
     "I'm pleased to confirm that we will refund the duplicate workspace fee of £61.20. Please send us the bank "
     "details you would like the refund paid to.",
     "Kind regards,\nOwen Tallis\nBilling, PEXA"],
    top="Thanks Owen, much appreciated. Bank details are below.\n\nAccount name: Saltmarsh Law LLP Office "
        "Account\nSort code: 30-94-57\nAccount number: 41178203\n\nKind regards\n{first}")

add("iaf-C07", "pexa", short_labels(r="access,rectification"),
    "Control: top-posted list 'below' is the sender's own list of requests: a copy of her data and a corrected "
    "surname after marriage; calm, no grievance: access and rectification, not a complaint.",
    [P("Charlotte Beaumont", "c.beaumont@greenlinelegal.co.uk", "Charlotte"),
     P("Adaeze Okafor", "a.okafor@greenlinelegal.co.uk", "Adaeze")],
    3, (2025, 9, 30, 12, 30), "Your recent message",
    ["Dear {salute},",
     "Thank you for your message. Could you tell us exactly what you would like us to do with your user "
     "information?",
     "Kind regards,\nSamir Qadri\nData Protection Office, PEXA"],
    top="Hi Samir,\n\nSorry, I wasn't very clear. What I need is listed below:\n\n- a copy of the personal "
        "information you hold about me as a user;\n- my surname changed from Beaumont to Beaumont-Reyes on my "
        "profile and certificates (I married in August).\n\nThanks!\n{first}")

add("iaf-C08", "pexa", short_labels(c=True, ex=True, firm="gfl", cat="delay"),
    "Control: a home buyer top-posts above PEXA's untouched letter, calling it a complaint about her solicitors, "
    "Greyfriars Law, who have not sent completion funds; PEXA is not blamed: explicit, gfl, delay.",
    [P("Morag Sinclair", "morag.sinclair@firthmail.co.uk", "Ms Sinclair"),
     P("Euan Sinclair", "euan.sinclair@firthmail.co.uk", "Mr Sinclair")],
    0, (2025, 10, 9, 15, 50), "Your purchase of 2 Lindores Wynd",
    ["Dear {salute},",
     "PEXA provides the platform for completing property transactions, but we do not act for buyers. If you are "
     "unhappy with your solicitors, please tell us who they are and we will pass your complaint on.",
     "Yours sincerely,\nHannah Oduya\nCustomer Resolution Team, PEXA"],
    top="Thank you. My complaint is about Greyfriars Law in Edinburgh. We were due to complete on 3 October and "
        "they still have not sent the funds. Nobody there will tell us why, and we are living out of boxes at my "
        "mother's.\n\nPlease pass this on and ask them to contact me urgently.\n\n{first} Sinclair")

add("iaf-C09", "pexa", short_labels(c=True, ex=True, cat="fees_charges"),
    "Control: a Marsh & Penrose partner top-posts a formal complaint about a fee increase applied without "
    "notice, above PEXA's untouched billing email; the directory firm is the complainant: explicit, null, "
    "fees_charges.",
    [P("Lydia Penrose", "l.penrose@marshpenrose.co.uk", "Lydia"),
     P("Hugo Marsh", "h.marsh@marshpenrose.co.uk", "Hugo")],
    5, (2025, 11, 3, 9, 0), "Your November invoice",
    ["Hello {salute},",
     "Your November invoice is attached. Payment is due within 30 days.",
     "Kind regards,\nOwen Tallis\nBilling, PEXA"],
    top="Owen,\n\nThis invoice charges £74.50 per workspace instead of £61.20. We were never told about an "
        "increase. I wish to make a formal complaint: please reissue the invoice at the agreed rate and explain "
        "where this change was notified.\n\n{first}\nMarsh & Penrose Conveyancing")

add("iaf-C10", "conexus", short_labels(r="restriction"),
    "Control: numbered answers above Conexus's untouched questions, plus a calm request not to use the old "
    "address while it is checked: restriction, not a complaint.",
    [P("Wendy Calloway", "wendy.calloway@brookmail.co.uk", "Mrs Calloway"),
     P("Simon Petrie", "simon.petrie@brookmail.co.uk", "Mr Petrie")],
    1, (2025, 3, 4, 10, 30), "Updating your account details - CX-3376641",
    ["Dear {salute},",
     "Please help us keep your account up to date by answering the following:",
     "1. Your current address.",
     "2. Your preferred contact number.",
     "3. The best time to call.",
     "Kind regards,\nAlisha Morrow\nCustomer Accounts, Conexus"],
    top="Hello,\n\n1. 27 Orchard Close, Tewkesbury GL20 5RS (from 1 February).\n2. 07700 900 418.\n3. Evenings "
        "after 6.\n\nWhile you check the new address, please don't use the old one at all, for letters or "
        "tracing. Someone else lives there now.\n\nThank you\n{first}")

add("iaf-C11", "conexus", short_labels(c=True, pd=True, br=True, cat="personal_data"),
    "Control: a forward of the sender's sister's email with a comment on top: Conexus's letter about his debt "
    "went to her house and she opened it; he wants to know how and what will be done: implicit complaint, "
    "breach, personal_data (he writes for himself, not third party).",
    [P("Owen Maddox", "owen.maddox@hillcrestmail.co.uk", "Mr Maddox"),
     P("Ryan Maddox", "ryan.maddox@hillcrestmail.co.uk", "Mr Maddox")],
    2, (2025, 5, 8, 19, 40), "letter for you",
    ["Hi,",
     "A letter came here today from a company called Conexus with your name on it. I opened it by mistake, sorry, "
     "it says you owe £1,760 to a catalogue company. Didn't know you'd moved anything to my address?",
     "Sal x"],
    kind="fwd", qfrom=("Sally Maddox", "sally.maddox@hillcrestmail.co.uk"),
    top="Forwarding my sister's email. I have never lived at her address or given it to you. Your letter with my "
        "debt on it went there and now my family knows my business.\n\nI want to know how you got her address "
        "and how you'll make sure it doesn't happen again.\n\n{first}")

add("iaf-C12", "conexus", short_labels(c=True, firm="nte", cat="debt_dispute"),
    "Control: 'see the chain below' points to a forwarded exchange with Northline Energy, which admits an "
    "estimated bill was wrong; the balance comes from the creditor's bill, which only it can fix: nte, "
    "debt_dispute, implicit.",
    [P("Deborah Kingsley", "deb.kingsley@tynemail.co.uk", "Ms Kingsley"),
     P("Lewis Kingsley", "lewis.kingsley@tynemail.co.uk", "Mr Kingsley")],
    0, (2025, 6, 24, 12, 0), "Your account 55128840",
    ["Dear customer,",
     "Thank you for your call. We agree that the bill of 14 February was based on an estimated reading and we "
     "will look at the account again once we have your actual reading.",
     "Northline Energy Customer Service"],
    kind="fwd", qfrom=("Northline Energy", "customerservice@northline-energy.co.uk"),
    top="See the chain below from Northline. They admit the February bill was an estimate; my actual reading was "
        "far lower and they never issued a corrected bill before passing the account to you. The £930 you're "
        "chasing is that estimate.\n\nPlease pass this back to Northline so they correct it.\n\n{first}")

add("iaf-C13", "conexus", short_labels(),
    "Control: a top-posted thank-you above Conexus's untouched letter confirming the closed complaint and a "
    "refund; nothing outstanding, so not a complaint (guide rule 5).",
    [P("Harold Bywater", "harold.bywater@vale-mail.co.uk", "Mr Bywater"),
     P("Sheila Bywater", "sheila.bywater@vale-mail.co.uk", "Mrs Bywater")],
    0, (2025, 8, 14, 14, 30), "Final response - reference CXC-55741",
    ["Dear {salute},",
     "We have upheld your complaint about the fee added to your account. We have removed the £45 fee and refunded "
     "the £15 you paid towards it. We apologise for the inconvenience.",
     "Yours sincerely,\nDean Fenwick\nCompliance and Risk, Conexus"],
    top="Dear Mr Fenwick,\n\nThank you, the refund has arrived and the balance is now right. I'm grateful for how "
        "quickly this was dealt with.\n\nKind regards\n{first} Bywater")

add("iaf-C14", "conexus", short_labels(tp=True, r="access"),
    "Control: a money adviser top-posts above Conexus's untouched letter asking for a copy of all data held on "
    "his client and a hold while he prepares a budget; routine, no grievance: third party, access, not a "
    "complaint.",
    [P("Nathan Osei", "n.osei@southgatecab.org.uk", "Mr Osei"),
     P("Harriet Lowe", "h.lowe@southgatecab.org.uk", "Ms Lowe")],
    1, (2025, 9, 10, 11, 25), "Ms Jade Fletcher - account CX-3420193",
    ["Dear {salute},",
     "Thank you for your letter. We have noted that you are helping Ms Fletcher. Please let us know how you would "
     "like to proceed.",
     "Yours sincerely,\nAlisha Morrow\nCustomer Accounts, Conexus"],
    top="Dear Ms Morrow\n\nThank you. On behalf of Ms Fletcher (authority already with you), please send me a copy "
        "of all the personal data you hold about her, including notes of calls. Please also hold the account for "
        "30 days while we complete a budget.\n\nKind regards\n{first}\nSouthgate Citizens Advice")

add("iaf-C15", "conexus", short_labels(c=True, cat="debt_dispute"),
    "Control: 'my payments are listed below' points to the sender's own list above the untouched statement; "
    "payments missing from the balance, correction demanded: implicit complaint, debt_dispute.",
    [P("Kelly Varga", "kelly.varga@summitmail.co.uk", "Ms Varga"),
     P("Ahmed Siddiqui", "ahmed.siddiqui@summitmail.co.uk", "Mr Siddiqui")],
    1, (2025, 10, 16, 15, 15), "Your balance - CX-3428872",
    ["Dear {salute},",
     "Your current balance is £1,120.00. Please contact us to discuss payment.",
     "Kind regards,\nAlisha Morrow\nCustomer Accounts, Conexus"],
    top="That balance is wrong. It hasn't moved since June, but I have paid you every month. My payments are "
        "listed below:\n\n14 July £40\n14 August £40\n14 September £40\n14 October £40\n\nThat is £160 you haven't "
        "taken off. Correct the balance and tell me where the money went.\n\n{first}")

add("iaf-C16", "conexus", short_labels(c=True, cat="wait_time"),
    "Control: 'the number below' points to the phone number in Conexus's untouched letter; she has spent over "
    "half an hour on hold four times: implicit complaint, wait_time.",
    [P("Joanna Freel", "joanna.freel@lakesmail.co.uk", "Ms Freel"),
     P("Ross McAteer", "ross.mcateer@lakesmail.co.uk", "Mr McAteer")],
    2, (2025, 11, 20, 10, 50), "Please call us - CX-3434507",
    ["Dear {salute},",
     "Please call us on 0300 555 0199 to discuss your account.",
     "Kind regards,\nGareth Pym\nCustomer Support, Conexus"],
    top="I have rung the number below four times this week and each time been on hold for over half an hour "
        "before giving up. I can't keep doing that on my lunch break.\n\nPlease call me on 07700 900 653 after 5pm "
        "instead, or tell me how else I can reach someone.\n\n{first}")

# ---- MORE SCENARIOS ABOVE ----

# =============================================================================================
# rendering
# =============================================================================================

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def dt(date):
    return datetime.datetime(*date)


def sent_outlook(d):
    h = d.hour % 12 or 12
    return f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year} {h}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def sent_outlook_uk(d):
    return f"{d.day:02d} {MONTHS[d.month - 1]} {d.year} {d.hour:02d}:{d.minute:02d}"


def on_line(d, name, addr, style):
    if style == 0:
        return f"On {DAYS[d.weekday()][:3]}, {d.day} {MONTHS[d.month - 1][:3]} {d.year} at {d.hour:02d}:{d.minute:02d}, {name} <{addr}> wrote:"
    if style == 1:
        return f"On {d.day} {MONTHS[d.month - 1]} {d.year}, at {d.hour:02d}:{d.minute:02d}, {name} <{addr}> wrote:"
    return f"On {d.day:02d}/{d.month:02d}/{d.year} {d.hour:02d}:{d.minute:02d}, {name} wrote:"


def how_words(marking, ini, colname, rng):
    if marking == "colour":
        return f" in {colname}"
    if marking == "caps":
        return (" in capitals", " in caps", " in upper case")[rng.randrange(3)]
    if marking == "initials":
        return (f", marked {ini}", f" after my initials ({ini})", f", each one starting {ini}")[rng.randrange(3)]
    return ""


def mark_plain(text, marking, ini, style):
    if marking == "caps":
        return text.upper()
    if marking == "initials":
        return (f"[{ini}] ", f"{ini}: ", f"{ini} - ")[style] + text
    return text


def h(s):
    return escape_html(s).replace("\n", "<br>\n")


def quote_header_plain(layout, sub, d, qname, qaddr, toname, toaddr, subj, on_style):
    if layout == "outlook":
        if sub == 0:
            return (f"-----Original Message-----\nFrom: {qname} <{qaddr}>\nSent: {sent_outlook_uk(d)}\n"
                    f"To: {toname} <{toaddr}>\nSubject: {subj}\n")
        return (f"________________________________\nFrom: {qname} <{qaddr}>\nSent: {sent_outlook(d)}\n"
                f"To: {toname} <{toaddr}>\nSubject: {subj}\n")
    return on_line(d, qname, qaddr, on_style)


def render(s, env, sender, rng):
    """One record of scenario s in envelope env = (layout, marking)."""
    layout, marking = env
    name, addr, salute, ini, first = sender
    fname, faddr, _team = FIRMS[s.mailbox][s.firm]
    qname, qaddr = s.qfrom or (fname, faddr)
    toname, toaddr = (name, addr)
    if s.kind == "own":  # the quote is the sender's own earlier mail to the firm
        qname, qaddr, toname, toaddr = name, addr, fname, faddr
    d = dt(s.date)
    paras = [p.format(salute=salute) for p in s.paras]
    col, colname = COLOURS[rng.randrange(len(COLOURS))]
    init_style = rng.randrange(3)
    sub = rng.randrange(2)
    on_style = rng.randrange(3)
    if s.group == "A":
        top = s.top.format(how=how_words(marking, ini, colname, rng), first=first)
    elif s.group == "U":
        top = s.top[0 if env == s._envs[0] else 1].format(first=first)
    else:
        top = s.top.format(first=first)
    answers = s.answers if s.group != "C" else {}
    re_word = ("RE: ", "Re: ")[layout.startswith("onwrote") or layout == "html_bq"]
    if s.kind == "fwd":
        re_word = ("FW: ", "Fwd: ")[layout.startswith("onwrote") or layout == "html_bq"]
    subject = s.subj if s.subj is not None else re_word + s.qsubj
    own = (s.subj or "") + "\n" + top + "\n" + "\n".join(answers[k] for k in sorted(answers))
    html = layout.startswith("html")
    if not html:
        body = plain_body(s, layout, marking, top, paras, answers, d, qname, qaddr, toname, toaddr, ini, init_style,
                          sub, on_style)
    else:
        body = html_body(s, layout, marking, top, paras, answers, d, qname, qaddr, toname, toaddr, ini, init_style,
                         col, on_style)
    env_name = f"{FWD_NAMES[layout] if s.kind == 'fwd' else layout}-{marking if s.group != 'C' else 'top'}"
    OWN[(s.sid, env_name)] = own
    return {"id": None, "mailbox": s.mailbox, "from": f"{name} <{addr}>", "subject": subject, "headers": {},
            "body": body, "html": html, "labels": dict(s.lab, rights=list(s.lab["rights"])), "note": s.note,
            "source": s.sid, "train_labels": ["complaint"], "_env": env_name}


def plain_body(s, layout, marking, top, paras, answers, d, qname, qaddr, toname, toaddr, ini, st, sub, on_style):
    if s.kind == "fwd":
        if layout == "outlook":
            head = (f"________________________________\nFrom: {qname} <{qaddr}>\nSent: {sent_outlook(d)}\n"
                    f"To: {toname} <{toaddr}>\nSubject: {s.qsubj}\n")
        else:
            head = (f"---------- Forwarded message ---------\nFrom: {qname} <{qaddr}>\n"
                    f"Date: {on_line(d, '', '', 1)[3:].split(',')[0]}\nSubject: {s.qsubj}\nTo: <{toaddr}>\n")
        return top + "\n\n" + head + "\n" + "\n\n".join(paras)
    head = quote_header_plain(layout, sub, d, qname, qaddr, toname, toaddr, s.qsubj, on_style)
    parts = []
    for i, p in enumerate(paras):
        if layout == "onwrote_gt":
            parts.append("\n".join(("> " + ln) if ln else ">" for ln in p.split("\n")))
            if i < len(paras) - 1 and i not in answers:
                parts.append(">")
        else:
            parts.append(p)
        if i in answers:
            parts.append("\n" + mark_plain(answers[i], marking, ini, st) + "\n")
    if layout == "onwrote_gt":
        quoted = "\n".join(parts)
    else:
        quoted = "\n\n".join(x.strip("\n") for x in parts)
    sep = "\n\n" if layout != "onwrote_gt" else "\n"
    if layout == "outlook":
        body = head + "\n" + quoted
    else:
        body = head + sep + quoted
    return (top + "\n\n" + body) if top.strip() else body


def html_paras(text, tag="div"):
    return "".join(f"<{tag}>{h(p)}</{tag}>\n<{tag}><br></{tag}>\n" for p in text.split("\n\n") if p.strip())


def html_answer(text, marking, ini, st, col, layout):
    t = mark_plain(text, marking, ini, st)
    if marking == "colour":
        if layout == "html_div":
            return f'<p class="MsoNormal"><span style="color:{col}">{h(t)}</span></p>'
        return f'<div><font color="{col}">{h(t)}</font></div>'
    if layout == "html_div":
        return f'<p class="MsoNormal"><b>{h(t)}</b></p>' if marking == "none" and False else \
            f'<p class="MsoNormal">{h(t)}</p>'
    return f"<div>{h(t)}</div>"


def html_body(s, layout, marking, top, paras, answers, d, qname, qaddr, toname, toaddr, ini, st, col, on_style):
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>']
    if layout == "html_bq":
        out.append('<body><div dir="ltr">')
        out.append(html_paras(top) if top.strip() else "<div><br></div>\n")
        out.append("</div>")
        if s.kind == "fwd":
            out.append('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message '
                       f'---------<br>From: <b class="gmail_sendername">{h(qname)}</b> &lt;{h(qaddr)}&gt;<br>'
                       f'Date: {h(on_line(d, "", "", 1)[3:].split(",")[0])}<br>Subject: {h(s.qsubj)}<br>To: '
                       f'&lt;{h(toaddr)}&gt;<br></div><br><br>')
            out.append("".join(f"<div>{h(p)}</div><div><br></div>\n" for p in paras))
            out.append("</div></body></html>")
            return "\n".join(out)
        out.append(f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                   f'{h(on_line(d, qname, qaddr, on_style))}<br></div>')
        bq = ('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
              'rgb(204,204,204);padding-left:1ex">')
        inside = marking == "colour"
        cur = [bq]
        for i, p in enumerate(paras):
            cur.append(f"<div>{h(p)}</div><div><br></div>")
            if i in answers:
                a = html_answer(answers[i], marking, ini, st, col, layout)
                if inside:
                    cur.append(a + "<div><br></div>")
                else:
                    cur.append("</blockquote>")
                    cur.append(a + "<div><br></div>")
                    if i < len(paras) - 1:
                        cur.append(bq)
        if cur[-1] != "</blockquote>" and not (cur[-1].endswith("<div><br></div>") and not inside and
                                               cur[-2] == "</blockquote>"):
            cur.append("</blockquote>")
        out.append("\n".join(cur))
        out.append("</div></body></html>")
        return "\n".join(out)
    # Outlook
    out.append('<body lang="EN-GB" link="#0563C1" vlink="#954F72"><div class="WordSection1">')
    if top.strip():
        out.append("".join(f'<p class="MsoNormal">{h(p)}</p>\n<p class="MsoNormal">&nbsp;</p>\n'
                           for p in top.split("\n\n") if p.strip()))
    else:
        out.append('<p class="MsoNormal">&nbsp;</p>')
    word = "Sent" if s.kind != "fwd" else "Sent"
    out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
               f'<p class="MsoNormal"><b>From:</b> {h(qname)} &lt;{h(qaddr)}&gt; <br><b>{word}:</b> '
               f'{h(sent_outlook_uk(d))}<br><b>To:</b> {h(toname)} &lt;{h(toaddr)}&gt;<br><b>Subject:</b> '
               f'{h(s.qsubj)}</p></div>\n<p class="MsoNormal">&nbsp;</p>')
    for i, p in enumerate(paras):
        out.append(f'<p class="MsoNormal">{h(p)}</p>\n<p class="MsoNormal">&nbsp;</p>')
        if i in answers:
            out.append(html_answer(answers[i], marking, ini, st, col, layout) + '\n<p class="MsoNormal">&nbsp;</p>')
    out.append("</div></body></html>")
    return "\n".join(out)


FWD_NAMES = {"outlook": "fwd_outlook_plain", "onwrote_gt": "fwd_gmail_plain", "onwrote_nogt": "fwd_gmail_plain",
             "html_bq": "fwd_gmail_html", "html_div": "fwd_outlook_html"}


def pair_up(seq, family):
    """Consecutive pairs of seq, swapping elements forward so that the two of a pair differ in family()."""
    seq = list(seq)
    for i in range(0, len(seq) - 1, 2):
        if family(seq[i]) == family(seq[i + 1]):
            for j in range(i + 2, len(seq)):
                if family(seq[j]) != family(seq[i]):
                    seq[i + 1], seq[j] = seq[j], seq[i + 1]
                    break
    return [seq[i:i + 2] for i in range(0, len(seq) - 1, 2)]


def assign_envelopes(rng):
    """Balanced envelopes: group A and U cycle through ENVELOPES, group C through the five layouts; each scenario
    gets two envelopes of different layouts (forwards: of different forward styles)."""
    inline = [x for x in SCENARIOS if x.group != "C"]
    seq = list(ENVELOPES) * (2 * len(inline) // len(ENVELOPES) + 1)
    seq = seq[:2 * len(inline)]
    rng.shuffle(seq)
    for x, pair in zip(inline, pair_up(seq, lambda e: e[0])):
        x._envs = pair
    ctrl = [x for x in SCENARIOS if x.group == "C"]
    seq = [(lay, "none") for lay in LAYOUTS] * (2 * len(ctrl) // len(LAYOUTS) + 1)
    seq = seq[:2 * len(ctrl)]
    rng.shuffle(seq)
    fam = lambda e: e[0]  # noqa: E731
    pairs = pair_up(seq, fam)
    for x, pair in zip(ctrl, pairs):
        x._envs = pair
    for x in ctrl:
        if x.kind == "fwd" and FWD_NAMES[x._envs[0][0]] == FWD_NAMES[x._envs[1][0]]:
            x._envs = [x._envs[0], ("html_div" if x._envs[0][0] != "html_div" else "outlook", "none")]


META = []


def build(rng):
    assign_envelopes(rng)
    records = []
    for s in SCENARIOS:
        for k, env in enumerate(s._envs):
            rec = render(s, env, s.senders[k], rng)
            META.append((s.sid, s.group, s.kind, rec["_env"].rsplit("-", 1)[0], env[1] if s.group != "C" else "-"))
            records.append(rec)
    return records


def errors(rec):
    """record_errors, with its explicit check replaced by one on the sender's own words (see module doc)."""
    errs = record_errors(rec)
    stock = [e for e in errs if e.startswith("explicit=")]
    errs = [e for e in errs if not e.startswith("explicit=")]
    lab = rec["labels"]
    own = OWN[(rec["source"], rec["_env"])]
    if lab["complaint"]:
        has = "complain" in own.lower()
        if has != lab["explicit"]:
            errs.append(f"explicit={lab['explicit']} but 'complain' in the sender's own words={has}")
        if stock:
            OVERRIDDEN.add(rec["id"])
    return errs


def summary(records, env_count):
    n = len(records)
    labs = [r["labels"] for r in records]
    grp = collections.Counter(r["source"].split("-")[1][0] for r in records)
    lines = [f"wrote {n} records, {len({r['source'] for r in records})} scenarios to {os.path.relpath(OUT, ROOT)}",
             f"groups: {dict(sorted(grp.items()))}",
             f"mailboxes: {dict(collections.Counter(r['mailbox'] for r in records))}",
             f"complaints: {sum(l['complaint'] for l in labs)} (explicit {sum(l['explicit'] for l in labs)})",
             "complaints per group: " + str({g: sum(r['labels']['complaint'] for r in records
                                                     if r['source'].split('-')[1][0] == g) for g in 'AUC'}),
             f"personal_data {sum(l['personal_data'] for l in labs)}, breach {sum(l['breach'] for l in labs)}, "
             f"third_party {sum(l['third_party'] for l in labs)}, auto_generated {sum(l['auto_generated'] for l in labs)}",
             "rights: " + str(dict(collections.Counter(x for l in labs for x in l["rights"]))),
             "firms: " + str(dict(collections.Counter(str(l["about_other_firm"]) for l in labs))),
             "categories: " + str(dict(collections.Counter(l["category"] for l in labs))),
             f"explicit check overridden (stock check would disagree): {len(OVERRIDDEN)}",
             "envelopes: " + str(dict(sorted(env_count.items()))),
             "layout per group: " + str(dict(sorted(collections.Counter((m[1], m[3]) for m in META).items()))),
             "layout overall: " + str(dict(sorted(collections.Counter(m[3] for m in META).items()))),
             "marking per group: " + str(dict(sorted(collections.Counter((m[1], m[4]) for m in META).items())))]
    return "\n".join(lines)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=errors)


if __name__ == "__main__":
    sys.exit(main())
