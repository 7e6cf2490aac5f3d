#!/usr/bin/env python3
"""Judge set A for web-form relays (stdlib only): mail that a firm's web form relays to the complaints mailbox,
the machine mail that looks like it, and ordinary email controls.

60 scenarios (30 per mailbox), each rendered twice with different envelopes (120 emails):
* group F (34): a form relay. The From address is the web site's or the form service's; the body is the form
  software's layout (plain "Label: value" lines, a Gravity-Forms-style or two-column HTML table, or Contact-Form-7
  style <p><strong>Label:</strong> value</p> lines) around the submitter's own words. A form relay carries a
  person's words, so it is never auto_generated; every other label follows what the submitter wrote.
* group N (14): machine mail: form receipts with no submitter's text, plugin admin alerts, portal
  notifications, a form service's billing mail and newsletter. auto_generated=true and nothing else.
* group C (12): controls: the same kinds of people writing ordinary email themselves.

`explicit` on a form relay: true exactly when the submitter calls it a complaint, in their own free text or by
choosing "Complaint" as the topic. The form's own title, field labels and the subject the software writes do not
count. record_errors' generic check looks for "complain" anywhere in the subject and body; for records where that
disagrees with the submitter's words, `wfa_errors` drops only that one check and applies the submitter-words check.

Usage:  python data/make/make_web_form_judge_a.py
Writes data/trials/web_form_judge_a.jsonl.
"""
import collections
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (RIGHTS, escape_html, html_with_quote, new_text, quote_lines,  # noqa: E402
                           record_errors, run_generator, short_labels)

SEED = 20280209
PREFIX = "wfa"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "web_form_judge_a.jsonl")

FIRM = {
    "pexa": {"name": "PEXA", "domain": "pexa.co.uk", "portal": "hub.pexa.co.uk", "portal_name": "PEXA Hub"},
    "conexus": {"name": "Conexus", "domain": "conexus.co.uk", "portal": "myaccount.conexus.co.uk",
                "portal_name": "Conexus Online"},
}

# form kinds -> titles the form software may carry (drawn per rendering)
TITLES = {
    "contact": ("Contact us", "Get in touch", "Website enquiry"),
    "complaint": ("Make a complaint", "Complaint form", "Complaints and feedback"),
    "data": ("Data request", "Your data rights", "Data protection request"),
    "feedback": ("Feedback", "Tell us what you think", "Feedback form"),
    "payments": ("Payments", "Manage my payments", "Payment arrangements"),
    "support": ("Support request", "Technical support", "Help centre contact"),
}
TOPIC_LABELS = {
    "contact": ("Reason for contact", "Enquiry type", "Topic", "What is your enquiry about?"),
    "complaint": ("What is it about?", "Nature of complaint", "Complaint category"),
    "data": ("Request type", "Topic", "What would you like to do?"),
    "feedback": ("Feedback type", "Topic"),
    "payments": ("What do you need?", "Payment topic"),
    "support": ("Issue type", "Product area", "Topic"),
}
TEXT_LABELS = {
    "contact": ("Message", "Comments", "Details of your enquiry", "How can we help?", "Your message"),
    "complaint": ("Please describe what happened", "Details", "Tell us what went wrong"),
    "data": ("Details of your request", "Message", "Please give as much detail as you can"),
    "feedback": ("Your feedback", "Comments", "Message"),
    "payments": ("Details", "Message", "Anything else we should know?"),
    "support": ("Describe the problem", "Message", "Details of your enquiry"),
}
EXTRA_LABELS = ("What would you like us to do?", "Desired outcome", "How would you like this resolved?")
REF_LABELS = {"pexa": ("Workspace or invoice number", "Reference (if any)", "Invoice or workspace number"),
              "conexus": ("Account reference", "Your reference number", "Conexus account number")}

# envelope kinds of group F: (short name, sender kind, layout, reply-to header?)
ENV_KINDS = {
    "cf7": ("firm", "html_p", True),       # WordPress + Contact Form 7 on the firm's site
    "grav": ("firm", "html_table", True),  # Gravity Forms on the firm's site (label row / value row)
    "elem": ("firm", "plain", False),      # Elementor form on the firm's site
    "portal": ("firm", "plain", False),    # the firm's own customer portal contact form
    "site": ("firm", "plain", False),      # the firm's in-house form mailer
    "jot": ("service", "html_table", True),  # FormCourier (hosted form service, two-column table)
    "hub": ("service", "plain", True),       # Webform Hub (hosted form service, labels above values)
    "quill": ("service", "html_p", True),    # Quillpost Forms (hosted form service, paragraphs)
}

GROUP = {}         # source -> "F" / "N" / "C"
ENV_INFO = {}      # env name -> (sender kind, layout)
PERSON_WORDS = {}  # (source, env) -> the submitter's own words (free texts + the topic they chose)
OVERRIDDEN = []    # (source, env) where the generic explicit check was replaced


# ---------------------------------------------------------------------------------------------
# scenario tables

F_SCEN = []
N_SCEN = []
C_SCEN = []


def F(sid, mb, form, topic, person, text, lab, note, envs, extra=None):
    """A form-relay scenario. person: name, email, optional phone/org/ref/address."""
    F_SCEN.append(dict(sid=sid, mb=mb, form=form, topic=topic, person=person, text=text, extra=extra,
                       lab=lab, note=note, envs=envs))


def C(sid, mb, sender, addrs, subject, text, lab, note, quote=None, mobile=False):
    """A control: an ordinary email a person wrote (env A plain from addrs[0], env B HTML from addrs[1])."""
    C_SCEN.append(dict(sid=sid, mb=mb, sender=sender, addrs=addrs, subject=subject, text=text, lab=lab,
                       note=note, quote=quote, mobile=mobile))


def N(sid, mb, note, a, b):
    """Machine mail: two renderings a and b, each dict(env, from, subject, headers, body, html)."""
    N_SCEN.append(dict(sid=sid, mb=mb, note=note, renders=(a, b)))


def P(name, email, **kw):
    d = dict(name=name, email=email)
    d.update(kw)
    return d


AUTO = short_labels(auto=True)
NOT = short_labels()

# ----- PEXA, group F ---------------------------------------------------------------------------------------------

F("wfa-s001", "pexa", "support", "Settlements",
  P("Joanna Pike", "j.pike@hallamstreetlegal.co.uk", phone="0114 496 0387", org="Hallam Street Legal",
    ref="WS 52-30917"),
  "Workspace 52-30917 (sale of 8 Linnet Way) failed to settle at 12:40 today with the message \"Financial "
  "settlement unable to proceed - contact support\". Nothing on our side had changed since lock. This is the "
  "second one this fortnight - 52-29844 went the same way on 19 February.\n\nOur clients had the removal van "
  "outside and the buyer's solicitors are now asking who pays for an extra night's storage. Please tell us what "
  "actually went wrong and ring me before 4pm, because we have to re-book for tomorrow and I am not confident it "
  "won't happen again.",
  short_labels(c=True, cat="platform_defect"),
  "A firm's conveyancer reports a second failed settlement, the cost it caused and demands an explanation and a "
  "call, so the relayed submission is an implicit complaint about a platform fault (a person's words, not machine "
  "mail).",
  ("cf7", "jot"))

F("wfa-s002", "pexa", "complaint", "Billing",
  P("Marcus Ellery", "accounts.payable@ravensworthmortgages.co.uk", phone="01904 558 210",
    org="Ravensworth Mortgages", ref="INV-PX-77310"),
  "Our February invoice INV-PX-77310 charges us for 14 workspaces that were abandoned before lodgement, including "
  "six where the other side withdrew on the day they were opened. Your fee schedule says abandoned workspaces are "
  "not billed unless financial settlement was booked, and it wasn't booked on any of them. Our accounts team will "
  "not pay the invoice as it stands.",
  short_labels(c=True, cat="fees_charges"),
  "Being billed against the firm's own fee schedule with a demand for a corrected invoice is an implicit "
  "complaint about fees; 'complaint' appears only in the form's title, field label or the software's subject, "
  "which the submitter did not write, so explicit=false.",
  ("grav", "site"),
  extra="Reissue the invoice with a credit note for the 14 workspaces before month end.")

F("wfa-s003", "pexa", "feedback", "Training",
  P("Kirsty Abernethy", "kirsty@abernethyconveyancing.co.uk"),
  "Just did the Lodgement Essentials webinar with Priyanka - really clear, the best session I've done on PEXA. "
  "Thank you!",
  NOT,
  "Praise for a training session with nothing asked for is not a complaint, and the relay is a person's words, so "
  "not auto_generated either.",
  ("quill", "elem"))

F("wfa-s004", "pexa", "data", "Copy of my data",
  P("Daniel Okoro", "danokoro.home@gmail.com", phone="07700 900 218"),
  "I left Thornbury & Vale Conveyancing in December and my user account was closed then. Please send me a copy of "
  "the personal data you hold about me, including my user profile, the audit log entries recorded under my name "
  "and the identity documents I uploaded when I was verified.",
  short_labels(r="access"),
  "A neutral request for a copy of his personal data is the access right without any dissatisfaction, so not a "
  "complaint.",
  ("hub", "cf7"))

F("wfa-s005", "pexa", "contact", "Buying or selling a home",
  P("Harriet Nwosu", "harriet.nwosu@outlook.com", phone="07700 900 641", address="Flat 2, 11 Quarry Hill, Exeter"),
  "I am buying 19 Foundry Mews and my solicitors are Marsh and Penrose in Exeter. I have phoned and emailed my "
  "conveyancer there nine times in three weeks and nobody answers. Our exchange date has already slipped once and "
  "the seller is now threatening to pull out.\n\nI know you only run the settlement system but I don't know who "
  "else to go to. I want to make a complaint about them and I need someone to make them respond.",
  short_labels(c=True, ex=True, cat="delay", firm="mpc"),
  "A home buyer's complaint, in her own words, purely about her conveyancer Marsh & Penrose not responding must be "
  "forwarded to that participant firm: explicit, about_other_firm=mpc, category delay.",
  ("jot", "elem"))

F("wfa-s006", "pexa", "contact", "Fees",
  P("Wojciech Kaminski", "w.kaminski77@wp.pl", phone="07700 900 553"),
  "Hello, I sell my house in Leicester with Brindley Carr solicitors. On there final bill is \"electronic "
  "settlement fee 150 pounds\" which never was told me before and in the quote it was not there. They say is a "
  "PEXA cost but I read on your website the fee is paid by the firm, not by me? I want they remove it or explain "
  "me why. Please can you help to get answer from them.",
  short_labels(c=True, cat="fees_charges", firm="unknown"),
  "A seller's grievance is the charge his own solicitors (not in the directory) added to his bill, and PEXA is "
  "not blamed, so it is a complaint to forward: about_other_firm=unknown, fees_charges, implicit.",
  ("elem", "quill"))

F("wfa-s007", "pexa", "support", "Complaint",
  P("Sophie Tranter", "s.tranter@orchardlanesolicitors.co.uk", phone="0161 496 0274",
    org="Orchard Lane Solicitors", ref="WS 52-31102"),
  "Yesterday afternoon your support team emailed us a completion statement for workspace 52-31102. It is not our "
  "matter: it shows another firm's clients' names, their new address and the size of their mortgage. We have not "
  "passed it on and have deleted it.\n\nWe need to know how this happened and what you are doing to stop our own "
  "clients' details going out the same way.",
  short_labels(c=True, ex=True, pd=True, br=True, cat="personal_data"),
  "PEXA support sent clients' data to the wrong firm, a breach the sender wants explained, so a personal-data "
  "complaint; explicit only because she chose 'Complaint' as the topic, and OLS is the sender, not the subject.",
  ("portal", "grav"))

F("wfa-s008", "pexa", "contact", "Data protection",
  P("Kenneth Adjei", "k.adjei@fairleyhomeslegal.co.uk", org="Fairley Homes Legal"),
  "Heads up: the notification email for workspace 52-30556 had a passport scan attached belonging to someone who "
  "is not a party to our matter. We've deleted it. No reply needed.",
  short_labels(br=True),
  "An exposed passport scan is a breach (breach=true) reported helpfully with no reply expected, so not a "
  "complaint and personal_data=false; 'deleted it' is not erasure.",
  ("site", "hub"))

F("wfa-s009", "pexa", "data", "Correct my details",
  P("Alison Greaves", "alison.greaves@parkgateconveyancing.co.uk", phone="01484 660 932",
    org="Parkgate Conveyancing"),
  "My PEXA user profile still shows me as \"Supervised - trainee\" although I qualified as a licensed conveyancer "
  "in January. Because of it I can't be added as the approving user on workspaces, and my team leader has had to "
  "re-assign three matters this week, which is embarrassing in front of clients.\n\nPlease correct my status, and "
  "until it is corrected please stop showing the trainee flag to the other participants in the workspaces I am on.",
  short_labels(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
  "Inaccurate data on her own profile that is harming her, with a demand to fix it, is an implicit personal-data "
  "complaint: 'correct my status' = rectification, 'stop showing it until corrected' = restriction.",
  ("quill", "portal"))

F("wfa-s010", "pexa", "contact", "Registration",
  P("Rohan Mistry", "rohan.mistry@elmsteadfinance.co.uk", phone="020 7946 0518", org="Elmstead Finance"),
  "We submitted our subscriber application on 12 January. Since then we have sent the same certified documents "
  "twice because your team said they had not arrived, and we chased on 3 February and 17 February without any "
  "answer. We have a pipeline of completions waiting and are paying another provider in the meantime. Please give "
  "us a date for a decision and the name of someone who owns our application.",
  short_labels(c=True, cat="onboarding"),
  "A new participant's stalled application with lost documents, cost and a demand for a decision date is an "
  "implicit complaint; the specific theme onboarding beats delay.",
  ("grav", "jot"))

F("wfa-s011", "pexa", "contact", "Account admin",
  P("Bethan Rowlands", "bethan@rowlandsproperty.law", org="Rowlands Property Law"),
  "How do I add a new user to our firm's subscription? Our admin has left and nobody else has the rights.",
  NOT,
  "A routine how-to question about adding a user is an enquiry, not a complaint.",
  ("cf7", "hub"))

F("wfa-s012", "pexa", "feedback", "Training",
  P("Beatriz Lloyd-Ramos", "beatriz.lr@kingsmeadlaw.co.uk", org="Kingsmead Law"),
  "I want to complain about the \"Refinance workspaces\" e-learning module. Half of the screenshots are from the "
  "old interface, the quiz marks correct answers as wrong (questions 6 and 9) and I had to take it three times to "
  "pass, which now shows against my CPD record. Please fix the module and reset my attempts.",
  short_labels(c=True, ex=True, cat="training"),
  "The submitter writes 'I want to complain' about faulty training material and wants it fixed: explicit "
  "complaint, category training.",
  ("jot", "site"))

F("wfa-s013", "pexa", "complaint", "Using the platform",
  P("Nadia Kovac", "n.kovac@savapartners.co.uk", org="Sava & Partners"),
  "Since the new upload screen we must to drag every document seperately and the file name dissapears after "
  "upload, so we dont know which one is the contract and which is the TR1. Yesterday my colleague uploaded wrong "
  "document because of this and we had to ask the other side to reject it. Please make it show the names again "
  "or tell us better way, it is taking us double time.",
  short_labels(c=True, cat="usability"),
  "A redesigned screen that works but is error-prone, with a request to change it, is an implicit usability "
  "complaint (non-native English); 'complaint' is only in the form's wording, so explicit=false.",
  ("elem", "grav"))

F("wfa-s014", "pexa", "contact", "Buying or selling a home",
  P("Imogen Hart", "imogen.hart@btinternet.com", phone="07700 900 377"),
  "I'm writing for my father, Mr Leonard Hart, who is selling his bungalow at 4 Cedar Rise, Dunbar. His "
  "conveyancer at Greyfriars Law has been short with him on the phone twice, told him to \"read the documents "
  "properly\" and rang off when he asked about the completion date. He is 84 and partially sighted and is now too "
  "anxious to call them. Their client care email address bounces.\n\nPlease pass this to the right person there "
  "and let me know who will deal with it.",
  short_labels(c=True, tp=True, cat="service_quality", firm="gfl"),
  "A daughter writing for her father (third_party) about how his conveyancer, Greyfriars Law, treated him: a "
  "consumer complaint purely about a participant firm, about_other_firm=gfl, service_quality, implicit.",
  ("hub", "quill"))

F("wfa-s015", "pexa", "data", "Marketing preferences",
  P("Colm Brennan", "colm.brennan@harlowmutual.co.uk", org="Harlow Mutual"),
  "I'm a PEXA user through my employer. Could you tell me what you use the details in my user profile for beyond "
  "running workspaces, where my mobile number came from (I don't remember entering it) and what your legal basis "
  "is for holding it? I also object to my details being used for marketing or product research - service emails "
  "are fine.",
  short_labels(r="informed,objection"),
  "Calm questions about purpose, source and basis (informed) and an objection to marketing use, with no "
  "grievance or remedy sought, are rights without a complaint.",
  ("site", "cf7"))

F("wfa-s016", "pexa", "support", "Urgent - settlement today",
  P("Tariq Mahmood", "tariq@mahmoodandco.legal", phone="07700 900 412", org="Mahmood & Co"),
  "Been on hold to your support line 4 times this morning, 35+ mins each time, and settlement is at 2pm. Call me "
  "back on 07700 900412 NOW please.",
  short_labels(c=True, cat="wait_time"),
  "Repeated long holds on the support line with a demand for a call back is an implicit complaint about waiting "
  "to reach someone: wait_time.",
  ("portal", "jot"))

F("wfa-s017", "pexa", "contact", "Product help",
  P("Gemma Sutcliffe", "g.sutcliffe@wetherbymoss.co.uk", phone="01937 580 114", org="Wetherby Moss LLP",
    ref="WS 52-30873"),
  "Your help article \"Changing the settlement date after lock\" says we can move the date ourselves up to 24 "
  "hours before settlement. We did exactly that on workspace 52-30873 and it voided the signed lodgement "
  "documents, so both sides had to re-sign and our client missed her completion slot. Your support desk now tells "
  "us the article has been wrong for months.\n\nPlease correct it and refund the fee we were charged for "
  "re-creating the workspace.",
  short_labels(c=True, cat="inaccurate_information"),
  "Wrong guidance in PEXA's help article caused the missed completion, and the firm wants it corrected and a fee "
  "refunded: implicit complaint, the specific cause inaccurate_information.",
  ("quill", "grav"))


# ----- Conexus, group F ------------------------------------------------------------------------------------------

F("wfa-s018", "conexus", "payments", "Change my payment date",
  P("Leanne Foulds", "leanne.foulds@hotmail.co.uk", ref="CX-4471628"),
  "Please change my payment date from the 1st to the 15th of each month, my pay day has moved. Thanks",
  NOT,
  "A routine request to move the payment date is a service request with no dissatisfaction, not a complaint.",
  ("portal", "quill"))

F("wfa-s019", "conexus", "complaint", "Phone calls",
  P("Dean Whitlock", "deanwhitlock84@gmail.com", phone="07700 900 829", ref="CX-7310458"),
  "Your staff have rung me every day since 20 February, sometimes three times a day, and that includes my work "
  "number, which I asked on the very first call not to use. My manager has now asked me what it is about. I am "
  "already paying 40 pounds a month by standing order as we agreed, so I don't understand why this is "
  "happening.",
  short_labels(c=True, cat="collection_conduct"),
  "Daily calls to his work number after he asked them to stop, while paying as agreed, with a demand to stop and "
  "explain, is an implicit complaint about collection conduct ('stop calling' is a conduct remedy, not "
  "objection); 'complaint' is only the form's wording, so explicit=false.",
  ("grav", "hub"),
  extra="Stop calling my work number today and explain why it carried on after I asked.")

F("wfa-s020", "conexus", "contact", "I am a debt adviser",
  P("Femi Adeyemi", "femi.adeyemi@hollybankadvice.org.uk", phone="0113 496 0725", org="Hollybank Debt Advice",
    ref="CX-6628014"),
  "I act for Mr Aaron Feeney (your ref CX-6628014) under a signed letter of authority that you already hold. He "
  "entered a Breathing Space moratorium on 4 February and you acknowledged it in writing on 6 February. Since then "
  "he has received two arrears letters and a text offering a \"limited time discount\" if he settles this "
  "month.\n\nPlease treat this as a formal complaint. Stop all contact with Mr Feeney for the rest of the "
  "moratorium and confirm in writing what you will do to make sure it does not happen again.",
  short_labels(c=True, ex=True, tp=True, cat="collection_conduct"),
  "A debt adviser writing for his client (third_party) calls it a formal complaint about contact during Breathing "
  "Space: explicit, collection_conduct.",
  ("jot", "cf7"))

F("wfa-s021", "conexus", "contact", "Dispute a balance",
  P("Karen Oyelaran", "karen.oyelaran@yahoo.co.uk", phone="07700 900 160", ref="CX-5591207",
    address="27 Whitmore Street, Gateshead NE8 4QT"),
  "You are collecting 612.40 for Northline Energy for a flat I moved out of last July. I gave Northline a closing "
  "meter reading and a photo of the meter on the day I left, but their final bill is built on estimated readings "
  "running up to October. I've told Northline twice and they just send me back to you.\n\nPlease put the account "
  "on hold, and stop reporting this balance to the credit reference agencies until Northline has checked the "
  "reading.",
  short_labels(c=True, r="restriction", cat="debt_dispute", firm="nte"),
  "The root cause is the creditor's own bill, built on estimates after she left, which only Northline Energy can "
  "correct (about_other_firm=nte, debt_dispute); 'stop reporting it until checked' is restriction.",
  ("site", "jot"))

F("wfa-s022", "conexus", "contact", "Other",
  P("Ionut Dragomir", "ionut.dragomir91@gmail.com", phone="07700 900 904"),
  "Hello. I receive letter from you about 289 pound for Calderbrook Broadband. I cancel this contract in the 14 "
  "days cooling period in May and I have the email from them to confirm the cancel. They still send the bill and "
  "now it is with you. This is not my debt, they must cancel it. What I must do? Please answer me.",
  short_labels(c=True, cat="debt_dispute", firm="unknown"),
  "A debt the creditor (not in the directory) should have cancelled is challenged and only the creditor can fix "
  "it, so an implicit complaint with about_other_firm=unknown, debt_dispute (non-native English).",
  ("elem", "grav"))

F("wfa-s023", "conexus", "data", "Subject access request",
  P("Rosalind Achterberg", "r.achterberg@fastmail.com", ref="CX-4820036",
    address="9 Pennine View, Huddersfield HD3 2LS"),
  "Under Article 15 of the UK GDPR please send me copies of all the personal data you hold about me on account "
  "CX-4820036, including notes of calls, call recordings and any information the creditor passed to you. Email to "
  "the address above is fine.",
  short_labels(r="access"),
  "A plain subject access request with no dissatisfaction: rights=access, not a complaint.",
  ("quill", "site"))

F("wfa-s024", "conexus", "data", "My personal information",
  P("Tamsin Clegg", "tamsin.clegg@icloud.com", ref="CX-3960215"),
  "I have started getting emails from you at my work address with \"settle and save\" offers. I never gave you "
  "that address and I don't want debt emails landing in my work inbox where our IT team can see them.\n\nWhere did "
  "you get it and who gave it to you? Delete my work address from your records and only use this personal email.",
  short_labels(c=True, pd=True, r="informed,erasure", cat="personal_data"),
  "Her data was obtained and used unexpectedly and she is unhappy about it, so an implicit personal-data "
  "complaint: 'where did you get it' = informed, 'delete my work address' = erasure.",
  ("cf7", "elem"))

F("wfa-s025", "conexus", "contact", "Complaint",
  P("Benedict Ashworth", "ben.ashworth@virginmedia.com", phone="07700 900 298", ref="CX-3307719"),
  "On Friday a woman I have never met messaged me on Facebook to say she had been emailed my payment plan and an "
  "arrears letter by you - I assume because her name is close to mine. She sent me a screenshot. It shows my "
  "address and how much I owe.\n\nI need to know how many other people this went to and what you are doing about "
  "it.",
  short_labels(c=True, ex=True, pd=True, br=True, cat="personal_data"),
  "His letters were emailed to a stranger (a breach) and he demands answers, so a personal-data complaint; "
  "explicit only because he chose 'Complaint' as the reason for contact.",
  ("hub", "portal"))

F("wfa-s026", "conexus", "contact", "General enquiry",
  P("Megan Lister", "meglister@gmail.com"),
  "I got an email from you this morning with a payment receipt for a J. Okonkwo, account CX-2218835. That's not "
  "me. Thought you should know.",
  short_labels(br=True),
  "Someone else's receipt reached the wrong person, so breach=true, but the sender only reports it and wants "
  "nothing, so not a complaint (personal_data=false).",
  ("grav", "quill"))

F("wfa-s027", "conexus", "payments", "Payment plan",
  P("Lydia Marchetti", "lydia.marchetti@outlook.com", phone="07700 900 671", ref="CX-6904471"),
  "I tried to set up a plan on your website and offered 60 pounds a month, which is what my budget from StepFree "
  "(the debt charity) says I can afford. The system turned it down straight away and said the minimum is 185. "
  "Nobody looked at my income or outgoings. I can't pay 185, I have two children.\n\nI want a real person to look "
  "at my budget and decide, not the computer.",
  short_labels(c=True, r="automated_decision", cat="process"),
  "She is unhappy that an automatic minimum rejected her affordable offer and wants a person to decide: an "
  "implicit complaint whose grievance is the rule itself (process), with rights=automated_decision.",
  ("portal", "cf7"))

F("wfa-s028", "conexus", "data", "Data portability",
  P("Gareth Pryce-Lewis", "gpl@pryce-lewis.me.uk", ref="CX-1187302"),
  "My account with you was paid off in January. I'm moving my finances into a budgeting service and would like my "
  "full payment history and account details in a machine-readable file (CSV is ideal) that I can import there. "
  "Nothing wrong - I just need the data.",
  short_labels(r="portability"),
  "A machine-readable export to load into another service is portability, asked for without dissatisfaction, so "
  "not a complaint.",
  ("jot", "hub"))

F("wfa-s029", "conexus", "contact", "Payments",
  P("Shannon Kerr", "shannonkerr_x@hotmail.com", phone="07700 900 736", ref="CX-5560381"),
  "tried ringing 3 days in a row, rings out after 20 mins every time and webchat says closed at 2pm?? want to "
  "set up plan b4 the 28th so call me pls 07700 900736",
  short_labels(c=True, cat="wait_time"),
  "Three days of unanswered calls and a closed webchat, with a demand for a call back, is an implicit complaint "
  "about reaching the firm: wait_time (text-speak).",
  ("elem", "site"))

F("wfa-s030", "conexus", "contact", "Someone else's account",
  P("Hamza Siddiqui", "hamza.siddiqui@gmail.com", phone="07700 900 514", ref="CX-5127760"),
  "My mother, Mrs Rukhsana Siddiqui, is 79 and has early-stage dementia; I hold lasting power of attorney for her "
  "finances (a copy went to you by post on 2 March). On Tuesday one of your agents kept her on the phone for "
  "forty minutes and got her to agree to pay 150 pounds a month out of her pension, which leaves her short for "
  "her rent. She was in tears when I visited.\n\nPlease cancel that arrangement, contact me and not her from now "
  "on, and tell me what checks your staff are supposed to make when someone is obviously confused.",
  short_labels(c=True, tp=True, cat="collection_conduct"),
  "A son with power of attorney writes for his vulnerable mother (third_party) about an agent pressing her into "
  "an unaffordable plan: implicit complaint, collection_conduct.",
  ("quill", "grav"))

F("wfa-s031", "conexus", "feedback", "Complaint",
  P("Shauna Delaney", "shauna.delaney@sky.com"),
  "Just wanted to say a big thank you to Oliver who helped me on the phone today. He was patient and explained "
  "everything, and I feel so much better about it now.",
  NOT,
  "Pure thanks with nothing wrong and nothing asked is not a complaint even though she picked 'Complaint' from "
  "the feedback-type list, which a complaints officer would read as a mis-chosen option.",
  ("site", "jot"))

F("wfa-s032", "conexus", "contact", "Fees and charges",
  P("Neil Oduya", "neil.oduya@gmail.com", phone="07700 900 447", ref="CX-8840192"),
  "I want to complain about the 75 pound \"administration charge\" that appeared on my balance last month. Nobody "
  "told me you would add charges, it isn't in any letter I have had, and the original debt was only 420. Please "
  "remove it and send me an updated statement.",
  short_labels(c=True, ex=True, cat="fees_charges"),
  "He writes 'I want to complain' about a charge Conexus added on top of the debt: explicit, fees_charges, "
  "Conexus's own conduct so no other firm.",
  ("hub", "elem"))

F("wfa-s033", "conexus", "contact", "My account",
  P("Ruth Ogilvie", "ruth.ogilvie@btinternet.com", ref="CX-7751032"),
  "Can you tell me what my balance is now and whether I can pay the whole amount by bank transfer?",
  NOT,
  "A neutral balance and payment-method question is an enquiry, not a complaint.",
  ("cf7", "portal"))

F("wfa-s034", "conexus", "contact", "Chasing a reply",
  P("Martina Esposito", "martina.esposito@libero.it", phone="07700 900 362", ref="CX-2903384"),
  "This is the third time I have filled in this form. On 2 February I asked for a settlement figure so I can clear "
  "the account with my redundancy money, and on 16 February I asked again. No reply to either - just another "
  "letter saying I am in arrears. Please send me the figure this week.",
  short_labels(c=True, cat="delay"),
  "A third request with no reply to two earlier ones is a 'still waiting' chaser: implicit complaint, category "
  "delay.",
  ("grav", "quill"))


# ----- group N: machine mail that looks like a form relay ------------------------------------------------------


def H(*paras):
    """A small HTML body: one <p> per paragraph (already escaped where needed)."""
    return "\n".join(["<html><body>"] + [f"<p>{x}</p>" for x in paras] + ["</body></html>"])


N("wfa-s035", "pexa",
  "A form's receipt ('we have received your enquiry', a WEB reference) carries no submitter's text, so it is "
  "machine mail: auto_generated=true and nothing else.",
  dict(env="n-firm-plain", **{"from": "PEXA <noreply@pexa.co.uk>"}, subject="We've received your enquiry (WEB-48213)",
       headers={"auto-submitted": "auto-replied"}, html=False,
       body="Thank you for contacting PEXA.\n\nWe have received your enquiry and it has been given the reference "
            "WEB-48213. A member of our team will reply within two business days.\n\nPlease do not reply to this "
            "email - this mailbox is not monitored.\n\nPEXA\nhttps://www.pexa.co.uk"),
  dict(env="n-service-html", **{"from": "FormCourier <notifications@formcourier.net>"},
       subject="Thank you - your submission to PEXA", headers={}, html=True,
       body=H("<strong>Thanks, we've got it.</strong>",
              "Your submission to <em>Contact us</em> on www.pexa.co.uk was received on 11 March 2026 at 16:02. "
              "Your reference is WEB-48213.",
              "Someone from the team will be in touch soon.",
              '<span style="font-size:11px;color:#888">Powered by FormCourier</span>')))

N("wfa-s036", "pexa",
  "A form plugin's admin alert that only points to the dashboard carries no submission text; 'complaint' is the "
  "form's name, so auto_generated=true and not a complaint.",
  dict(env="n-firm-plain", **{"from": "PEXA Website <wordpress@pexa.co.uk>"},
       subject="[PEXA] New entry: Make a complaint (#1187)", headers={}, html=False,
       body="A new entry was submitted to the form \"Make a complaint\".\n\nEntry ID: 1187\nSubmitted: 9 March 2026 "
            "14:37\n\nView it in your dashboard: https://www.pexa.co.uk/wp-admin/admin.php?page=gf_entries&id=4&"
            "lid=1187\n\nYou are receiving this notification because you are set as the admin email for this form."),
  dict(env="n-service-html", **{"from": "Webform Hub <no-reply@webformhub.io>"},
       subject="Complaint form: 1 new response", headers={"x-mailer": "Webform Hub Notifier"}, html=True,
       body=H("Hello,",
              "Your form <strong>Complaint form</strong> (pexa.co.uk) received 1 new response today.",
              "Response content is hidden in notifications for this form. "
              '<a href="https://app.webformhub.io/f/3b1c2/responses">Open responses</a>',
              '<span style="font-size:11px">Webform Hub &middot; Notification settings</span>')))

N("wfa-s037", "pexa",
  "A portal password-reset notification is system mail: auto_generated=true and nothing else.",
  dict(env="n-firm-plain", **{"from": "PEXA Hub <no-reply@hub.pexa.co.uk>"}, subject="Reset your PEXA Hub password",
       headers={"auto-submitted": "auto-generated"}, html=False,
       body="Hello Customer Resolution Team,\n\nWe received a request to reset the password for the PEXA Hub user "
            "complaints.team. Use the link below within 30 minutes:\n\nhttps://hub.pexa.co.uk/reset?t=8f3a21c9d7\n\n"
            "If you did not ask for this, you can ignore this email and your password will not change.\n\n"
            "PEXA Hub security"),
  dict(env="n-firm-html", **{"from": "PEXA Hub <security@hub.pexa.co.uk>"},
       subject="Your PEXA Hub password was changed", headers={}, html=True,
       body=H("Hello,",
              "The password for the PEXA Hub user <strong>complaints.team</strong> was changed on 4 March 2026 at "
              "08:51.",
              "If this was not you, contact the Service Desk straight away.",
              "This is an automated message.")))

N("wfa-s038", "pexa",
  "A workspace 'document uploaded' notification is system mail even though it names a directory firm: "
  "auto_generated=true and nothing else.",
  dict(env="n-firm-plain", **{"from": "PEXA Notifications <notifications@pexa.co.uk>"},
       subject="Document uploaded to workspace 52-31877", headers={"precedence": "list"}, html=False,
       body="A document has been uploaded to workspace 52-31877 (14 Marlowe Gardens).\n\nDocument: Transfer (TR1)\n"
            "Uploaded by: Orchard Lane Solicitors\nTime: 6 March 2026 11:20\n\nSign in to PEXA to view the "
            "workspace.\n\nYou receive this because you are subscribed to workspace activity alerts."),
  dict(env="n-firm-html", **{"from": "PEXA Notifications <alerts@pexa.co.uk>"},
       subject="Workspace 52-31877: new document", headers={"auto-submitted": "auto-generated"}, html=True,
       body=H("<strong>New document in workspace 52-31877</strong>",
              "Transfer (TR1) uploaded by Orchard Lane Solicitors on 6 March 2026 at 11:20.",
              '<a href="https://app.pexa.co.uk/workspaces/52-31877">Open workspace</a>',
              '<span style="font-size:11px">Manage alert preferences in your profile.</span>')))

N("wfa-s039", "pexa",
  "A form service's invoice and payment-failure mail is billing system mail: auto_generated=true and nothing "
  "else.",
  dict(env="n-service-plain", **{"from": "FormCourier Billing <billing@formcourier.net>"},
       subject="Your FormCourier invoice FC-2026-03-1184", headers={}, html=False,
       body="Hi PEXA web team,\n\nYour invoice FC-2026-03-1184 for the Business plan (March 2026) is now available.\n\n"
            "Amount: GBP 79.00\nPaid with: card ending 4417\n\nDownload it from Billing in your account: "
            "https://app.formcourier.net/billing\n\nThanks for using FormCourier."),
  dict(env="n-service-html", **{"from": "Quillpost <billing@quillpost.app>"},
       subject="Action needed: your Quillpost payment failed", headers={"auto-submitted": "auto-generated"},
       html=True,
       body=H("We couldn't take payment for your Quillpost Team plan.",
              "Please update your card by 20 March 2026 to keep your forms on www.pexa.co.uk accepting "
              "submissions.",
              '<a href="https://quillpost.app/account/billing">Update payment details</a>')))

N("wfa-s040", "pexa",
  "A form service's newsletter is bulk mail even though it discusses complaint forms and personal data: "
  "auto_generated=true and nothing else.",
  dict(env="n-service-html", **{"from": "FormCourier News <news@formcourier.net>"},
       subject="New: complaint-form templates and GDPR request handling", html=True,
       headers={"precedence": "bulk", "list-unsubscribe": "<https://formcourier.net/unsubscribe?u=77c1>",
                "list-id": "FormCourier product news <news.formcourier.net>"},
       body=H("<strong>What's new in FormCourier this month</strong>",
              "Ready-made complaint-form templates for regulated firms, automatic redaction of personal data in "
              "notification emails, and a new data-request workflow with deadline reminders.",
              'Read the release notes on our blog. <a href="https://formcourier.net/unsubscribe?u=77c1">'
              "Unsubscribe</a>")),
  dict(env="n-service-plain", **{"from": "Webform Hub <newsletter@webformhub.io>"},
       subject="Webform Hub Digest: 5 ways to get fewer angry complaints", html=False,
       headers={"list-unsubscribe": "<mailto:leave@webformhub.io>"},
       body="WEBFORM HUB DIGEST - MARCH\n\n1. Why a clear 'Make a complaint' form cuts complaint volumes\n2. Spam "
            "filtering for contact forms\n3. Storing personal data: our new UK data centre\n\nRead more at "
            "https://webformhub.io/blog\n\nYou are receiving this because you have a Webform Hub account. "
            "Unsubscribe: https://webformhub.io/leave"))

N("wfa-s041", "pexa",
  "An admin alert that shows only the submitter's name and the topic they picked ('Complaint') while hiding the "
  "message carries no words the person wrote, so it is machine mail: auto_generated=true (the complaint itself "
  "is read and labelled from the dashboard entry).",
  dict(env="n-firm-plain", **{"from": "PEXA Website <website@pexa.co.uk>"},
       subject="New form entry from Terence Bowyer", headers={}, html=False,
       body="New entry on Contact us\n\nFrom: Terence Bowyer\nEnquiry type: Complaint\nMessage: [hidden - message "
            "fields are not included in email notifications]\n\nView the full entry: https://www.pexa.co.uk/"
            "wp-admin/admin.php?page=entries&entry=5522"),
  dict(env="n-service-html", **{"from": "FormCourier <notifications@formcourier.net>"},
       subject="Contact us: new entry #5522", headers={}, html=True,
       body=H("<strong>New entry #5522</strong> on <em>Contact us</em> (www.pexa.co.uk)",
              "Name: Terence Bowyer<br>Enquiry type: Complaint",
              "This form is set to privacy mode, so answers are not sent by email. "
              '<a href="https://app.formcourier.net/entries/5522">View entry</a>')))

N("wfa-s042", "conexus",
  "A portal 'payment received' notification is system mail: auto_generated=true and nothing else.",
  dict(env="n-firm-plain", **{"from": "Conexus Online <no-reply@myaccount.conexus.co.uk>"},
       subject="Payment received - thank you", headers={"auto-submitted": "auto-generated"}, html=False,
       body="We've received your payment of 45.00 to account CX-61****2 on 2 March 2026.\n\nYour next payment of "
            "45.00 is due on 2 April 2026.\n\nThis is an automated message from Conexus Online. Please do not reply."),
  dict(env="n-firm-html", **{"from": "Conexus Payments <payments@conexus.co.uk>"},
       subject="Your payment receipt CX-PAY-208811", headers={}, html=True,
       body=H("<strong>Payment receipt</strong>",
              "Amount: 45.00<br>Account: CX-61****2<br>Date: 2 March 2026<br>Receipt: CX-PAY-208811",
              "Thank you for your payment.",
              '<span style="font-size:11px">Automated message - replies to this address are not read.</span>')))

N("wfa-s043", "conexus",
  "A form receipt with a reference and no submitter's text is an autoresponder: auto_generated=true and nothing "
  "else.",
  dict(env="n-firm-html", **{"from": "Conexus <noreply@conexus.co.uk>"},
       subject="Thanks for getting in touch (ref WEB-30917)", headers={"auto-submitted": "auto-replied"}, html=True,
       body=H("Thank you for getting in touch with Conexus.",
              "We have received your enquiry. Your reference is <strong>WEB-30917</strong>.",
              "We aim to reply within 5 working days. If you are in financial difficulty, free advice is available "
              "from the organisations listed at www.conexus.co.uk/help.")),
  dict(env="n-service-plain", **{"from": "Webform Hub <no-reply@webformhub.io>"},
       subject="Your message to Conexus has been sent", headers={}, html=False,
       body="Your message has been sent.\n\nForm: Get in touch (conexus.co.uk)\nReference: WEB-30917\nReceived: 17 "
            "February 2026 at 19:44\n\nThe organisation will reply to the email address you gave.\n\n--\nSent by "
            "Webform Hub"))

N("wfa-s044", "conexus",
  "A Gravity-Forms-style admin alert with no submission fields is machine mail; 'complaint' is only the form's "
  "name, so auto_generated=true and not a complaint.",
  dict(env="n-firm-html", **{"from": "Conexus Website <noreply@conexus.co.uk>"},
       subject="New submission from Complaint form", headers={}, html=True,
       body=H("Entry #2291 has been submitted to <strong>Complaint form</strong>.",
              "This notification has no fields selected. Log in to view the entry: "
              "https://www.conexus.co.uk/wp-admin/admin.php?page=gf_entries&amp;view=entry&amp;id=2&amp;lid=2291")),
  dict(env="n-firm-plain", **{"from": "Website Forms <forms@conexus.co.uk>"},
       subject="Complaint form submission - entry 2291", headers={"x-mailer": "Conexus Forms 2.3"}, html=False,
       body="Complaint form\n==============\nA submission was received on 23 February 2026 at 21:08 (entry 2291).\n\n"
            "For data protection reasons the submission is stored in the case system only.\nOpen the case queue: "
            "https://cases.conexus.co.uk/queue/web"))

N("wfa-s045", "conexus",
  "A form service's usage warning is account system mail: auto_generated=true and nothing else.",
  dict(env="n-service-html", **{"from": "Quillpost <hello@quillpost.app>"},
       subject="You've used 90% of this month's submissions", headers={"auto-submitted": "auto-generated"},
       html=True,
       body=H("Your Quillpost account for <strong>www.conexus.co.uk</strong> has used 900 of 1,000 submissions "
              "this month.",
              "When you reach the limit, new submissions will be held until 1 April 2026.",
              '<a href="https://quillpost.app/account/plan">Upgrade your plan</a>')),
  dict(env="n-service-plain", **{"from": "FormCourier <notifications@formcourier.net>"},
       subject="Heads up: your form is close to its monthly limit", headers={}, html=False,
       body="Hi Conexus web team,\n\nYour form \"Contact us\" has received 480 of its 500 monthly submissions.\n\n"
            "Upgrade: https://app.formcourier.net/billing/upgrade\n\nFormCourier"))

N("wfa-s046", "conexus",
  "A portal sign-in alert / one-time passcode is security system mail: auto_generated=true and nothing else.",
  dict(env="n-firm-plain", **{"from": "Conexus Online <security@myaccount.conexus.co.uk>"},
       subject="New sign-in to Conexus Online", headers={}, html=False,
       body="A new sign-in to the staff account complaints-desk was detected.\n\nWhen: 5 March 2026 07:58\nDevice: "
            "Windows - Edge\nLocation: Leeds, UK (approximate)\n\nIf this was you, there's nothing to do. If not, "
            "reset your password at https://myaccount.conexus.co.uk/security"),
  dict(env="n-firm-html", **{"from": "Conexus Online <no-reply@myaccount.conexus.co.uk>"},
       subject="Your Conexus Online passcode", headers={"auto-submitted": "auto-generated"}, html=True,
       body=H("Your one-time passcode is <strong>482 913</strong>.",
              "It expires in 10 minutes. Never share this code with anyone, including Conexus staff.")))

N("wfa-s047", "conexus",
  "A portal 'customer uploaded a document' notification carries no words from the customer: auto_generated=true "
  "and nothing else.",
  dict(env="n-firm-plain", **{"from": "Conexus Online <no-reply@myaccount.conexus.co.uk>"},
       subject="Document uploaded: income and expenditure form (CX-5540917)", headers={}, html=False,
       body="A customer has uploaded a document.\n\nAccount: CX-5540917\nDocument type: Income and expenditure "
            "form\nFile: I&E_March.pdf (214 KB)\nUploaded: 12 March 2026 20:16\n\nReview it in the document queue."),
  dict(env="n-firm-html", **{"from": "Conexus Case System <casesystem@conexus.co.uk>"},
       subject="[Case queue] New upload on CX-5540917", headers={"precedence": "bulk"}, html=True,
       body=H("<strong>New customer upload</strong>",
              "Account CX-5540917 &middot; Income and expenditure form &middot; 12 March 2026 20:16",
              '<a href="https://cases.conexus.co.uk/documents?acct=CX-5540917">Open in case system</a>')))

N("wfa-s048", "conexus",
  "A form service's maintenance and product mailing is bulk mail even though it mentions complaint forms: "
  "auto_generated=true and nothing else.",
  dict(env="n-service-plain", **{"from": "Webform Hub Status <status@webformhub.io>"},
       subject="Scheduled maintenance on 21 March - form notifications may be delayed",
       headers={"precedence": "bulk", "list-id": "Webform Hub status <status.webformhub.io>"}, html=False,
       body="Scheduled maintenance\n\nOn Saturday 21 March 2026 from 01:00 to 03:00 GMT, email notifications for new "
            "submissions (including complaint and contact forms) may be delayed by up to an hour. No submissions "
            "will be lost.\n\nStatus page: https://status.webformhub.io\nYou are subscribed to status updates. "
            "Unsubscribe: https://webformhub.io/leave?list=status"),
  dict(env="n-service-html", **{"from": "Quillpost <news@quillpost.app>"},
       subject="Quillpost March update: file uploads and spam protection",
       headers={"list-unsubscribe": "<https://quillpost.app/unsubscribe?u=e20f>"}, html=True,
       body=H("<strong>Quillpost March update</strong>",
              "Customers can now attach files to any form, and our new spam filter blocks 98% of bot "
              "submissions to contact and complaint forms.",
              '<a href="https://quillpost.app/unsubscribe?u=e20f">Unsubscribe</a>')))

# ----- group C: the same people writing ordinary email themselves ---------------------------------------------

C("wfa-s049", "pexa", "Adrian Colquhoun", ("a.colquhoun@colquhounlegal.co.uk", "adrian.colquhoun@gmail.com"),
  "Formal complaint - sale proceeds held on workspace 52-29190",
  "Dear PEXA,\n\nI am writing to make a formal complaint. On 24 February the sale proceeds on workspace 52-29190 "
  "sat as \"reconciliation pending\" for two working days after settlement, so our client could not complete her "
  "onward purchase on the day and had to take a bridging loan overnight.\n\nPlease explain the hold-up and confirm "
  "that you will cover the bridging interest, which was 186.40.\n\nAdrian Colquhoun\nPartner, Colquhoun Legal",
  short_labels(c=True, ex=True, cat="delay"),
  "A partner writes 'formal complaint' about late release of sale proceeds with a demand for costs: explicit, "
  "category delay (the cause is not stated as a fault).")

C("wfa-s050", "pexa", "Owain Pritchard-Lee", ("owain.pl@outlook.com", "owain.pritchardlee@icloud.com"),
  "Kestrel mortgage money late on completion day",
  "Hello,\n\nWe completed on 27 Hawthorn Road yesterday but our mortgage money from Kestrel reached our solicitor "
  "six hours late, so we got the keys at 7pm and had to pay the removal firm for an extra half day. Kestrel keep "
  "telling us they sent it on time, but the solicitor has the timings. Please can you make sure Kestrel deal with "
  "this and pay the removal costs.\n\nOwain",
  short_labels(c=True, cat="delay", firm="kbs"),
  "A borrower's grievance is purely his lender Kestrel's late funds, so a complaint to forward to that "
  "participant firm: about_other_firm=kbs, delay, implicit.",
  mobile=True)

C("wfa-s051", "pexa", "Fiona Leitch", ("fiona.leitch@harlowmutual.co.uk", "f.leitch@harlowmutual.co.uk"),
  "Fee schedule 2026/27",
  "Hi,\n\nCould you send me the 2026/27 fee schedule for lenders, and confirm the date the new per-workspace price "
  "starts? Our finance team is setting next year's budget.\n\nMany thanks,\nFiona Leitch\nMortgage Operations, "
  "Harlow Mutual",
  NOT,
  "A neutral request for a fee schedule is an enquiry, not a complaint.")

C("wfa-s052", "pexa", "Howard Bisset", ("h.bisset@ravensworthmortgages.co.uk", "howard.bisset@ravensworthmortgages.co.uk"),
  "Re: Your complaint CR-20417 - credit note issued",
  "Thanks Chloe - the credit note arrived this morning and the March invoice matches now. All sorted from our "
  "side.\n\nHoward",
  NOT,
  "Thanks for a resolved matter; the complaint wording is only in the subject the firm wrote and the quoted "
  "reply, and nothing is still wrong, so not a complaint.",
  quote=("On 10 March 2026, at 15:12, PEXA Customer Resolution wrote:",
         "Dear Mr Bisset,\n\nFurther to your complaint about duplicate workspace fees, we have issued credit note "
         "CN-5518 and corrected your March invoice.\n\nKind regards,\nChloe Ward"))

C("wfa-s053", "pexa", "Rhiannon Ebbrell", ("r.ebbrell@teifiproperty.co.uk", "rhiannon.ebbrell@gmail.com"),
  "Name change on my user profile",
  "Hello,\n\nI got married last month - please update the surname on my PEXA user profile from Hughes to Ebbrell. "
  "My email address and firm stay the same. I can send a copy of the certificate if you need it.\n\nThank you,\n"
  "Rhiannon Ebbrell\nTeifi Property Lawyers",
  short_labels(r="rectification"),
  "Asking PEXA to update her name on her own record is rectification, made without dissatisfaction, so not a "
  "complaint.")

C("wfa-s054", "pexa", "Graham Oyelowo", ("graham.oyelowo@castlegateconveyancing.co.uk", "g.oyelowo@castlegate.law"),
  "Your weekly activity report has other firms' clients in it",
  "Morning,\n\nThe weekly Workspace Activity report that came to our firm today lists eleven workspaces that are "
  "not ours, with the buyers' names and the property addresses. It looks as if subscriber IDs have been mixed up. "
  "Please tell us who has received our report and what you are doing to fix this before next week's run.\n\n"
  "Graham Oyelowo\nCompliance Manager, Castlegate Conveyancing",
  short_labels(c=True, pd=True, br=True, cat="personal_data"),
  "PEXA sent other firms' clients' data to the wrong firm and the sender demands answers and a fix, so an "
  "implicit personal-data complaint with breach=true.")

C("wfa-s055", "conexus", "Chantelle Moyo", ("chantelle.moyo@gmail.com", "c.moyo1990@yahoo.com"),
  "Complaint about your letter of 20 February - ref CX-4118305",
  "To whom it may concern,\n\nYour letter dated 20 February says \"enforcement agents may attend your property\" "
  "over a 340 pound phone debt. There is no court order and I know you cannot send bailiffs for this. The letter "
  "terrified my partner, who is pregnant.\n\nI am complaining about this misleading threat. I want a written "
  "apology and your confirmation that you will not send letters like this again.\n\nChantelle Moyo",
  short_labels(c=True, ex=True, cat="collection_conduct"),
  "She writes 'I am complaining' about a misleading bailiff threat in a collection letter: explicit, "
  "collection_conduct.")

C("wfa-s056", "conexus", "Oluwaseun Bankole", ("o.bankole@riversidemoneyhelp.org.uk", "seun.bankole@riversidemoneyhelp.org.uk"),
  "New client: Ms Lena Fairbank - your ref CX-2290654",
  "Dear Sir or Madam,\n\nWe have been instructed by Ms Lena Fairbank (your ref CX-2290654); her signed authority "
  "is attached. Please hold the account for 30 days while we complete a financial statement with her, and send "
  "us the current balance.\n\nKind regards,\nOluwaseun Bankole\nMoney Adviser, Riverside Money Help",
  short_labels(tp=True),
  "A money adviser writing for a client is third_party, but a routine hold request with no dissatisfaction is "
  "not a complaint.")

C("wfa-s057", "conexus", "Dylan Mackintosh", ("dylan.mackintosh@hotmail.com", "dmackintosh@live.co.uk"),
  "payment date CX-6093184",
  "Hi, can you move my monthly payment to the 28th from next month? Work has changed my pay date. Same amount. "
  "Cheers, Dylan",
  NOT,
  "A payment-date change is a routine service request, not a complaint.",
  mobile=True)

C("wfa-s058", "conexus", "Bronwen Tickell", ("bronwen.tickell@gmail.com", "b.tickell@btinternet.com"),
  "Pennant Mobile account CX-7027715",
  "Hello,\n\nYou have written to me about 318 pounds for Pennant Mobile. I cancelled that contract last August, "
  "sent the handset back by recorded delivery and have the Pennant confirmation email, but they carried on "
  "billing me for five months. The money isn't owed. Please send this back to Pennant and ask them to close it.\n\n"
  "Bronwen Tickell",
  short_labels(c=True, cat="debt_dispute", firm="pmt"),
  "The root cause is the creditor Pennant Mobile billing after cancellation, which only Pennant can fix: "
  "implicit complaint, about_other_firm=pmt, debt_dispute.")

C("wfa-s059", "conexus", "Ashok Varma", ("ashok.varma@gmail.com", "a.varma@outlook.com"),
  "Your letter about an old catalogue account",
  "Hello,\n\nI have a letter from you about an old catalogue account. Before I deal with it, please tell me who "
  "passed my details to you, when, and what you are allowed to use them for.\n\nThanks,\nAshok Varma",
  short_labels(r="informed"),
  "Neutral questions about the source, timing and purpose of processing are the informed right without "
  "dissatisfaction, so not a complaint.")

C("wfa-s060", "conexus", "Joanne Haddow", ("joanne.haddow@sky.com", "jo.haddow@gmail.com"),
  "Re: Your payment plan - CX-3348290",
  "Thank you for setting up the plan, that's a weight off. But the statement that came with your letter still "
  "shows the 40 pound charge you told me on the phone would be taken off, so the balance is wrong. Can you remove "
  "it and send me a corrected statement please.\n\nJoanne",
  short_labels(c=True, cat="fees_charges"),
  "Thanks come with a charge still wrongly on the balance and a request to fix it, so a continuing implicit "
  "complaint categorised by what is still wrong: fees_charges.",
  quote=("On 3 March 2026, at 10:05, Conexus Customer Services wrote:",
         "Dear Ms Haddow,\n\nThank you for speaking with us. We have set up your payment plan of 30 a month "
         "starting on 15 March.\n\nConexus Customer Services"))


# ---------------------------------------------------------------------------------------------
# rendering


def stamp(rng):
    """A submission date and time between 13 and 31 March 2026 (after every date the texts mention)."""
    day = rng.randrange(13, 32)
    hh, mm = rng.randrange(7, 22), rng.randrange(0, 60)
    return f"{day} March 2026", f"{hh:02d}:{mm:02d}", day, 3


def ip(rng):
    return f"{rng.choice((81, 86, 92, 109, 146, 176, 185, 212))}.{rng.randrange(1, 255)}.{rng.randrange(1, 255)}." \
           f"{rng.randrange(1, 255)}"


def field_rows(sc, kind, rng):
    """[(label, value, is_free_text)] of a submission, labels as this form writes them."""
    p, form = sc["person"], sc["form"]
    rows = []
    first, _, last = p["name"].partition(" ")
    if kind in ("grav", "jot"):
        rows += [("First name", first, False), ("Last name", last, False)]
    elif kind == "cf7":
        rows.append(("Your name", p["name"], False))
    else:
        rows.append((rng.choice(("Name", "Full name")), p["name"], False))
    rows.append(("Your email" if kind == "cf7" else rng.choice(("Email", "Email address")), p["email"], False))
    if p.get("phone"):
        rows.append((rng.choice(("Phone", "Telephone", "Contact number")), p["phone"], False))
    if p.get("org"):
        rows.append((rng.choice(("Organisation", "Firm name", "Company")), p["org"], False))
    if p.get("address"):
        rows.append(("Address", p["address"], False))
    if p.get("ref"):
        rows.append((rng.choice(REF_LABELS[sc["mb"]]), p["ref"], False))
    if sc["topic"]:
        rows.append((rng.choice(TOPIC_LABELS[form]), sc["topic"], False))
    rows.append((rng.choice(TEXT_LABELS[form]), sc["text"], True))
    if sc["extra"]:
        rows.append((rng.choice(EXTRA_LABELS), sc["extra"], True))
    return rows


def html_text(s):
    return escape_html(s).replace("\n", "<br>")


def render_f(sc, kind, rng):
    firm = FIRM[sc["mb"]]
    fname, dom = firm["name"], firm["domain"]
    title = rng.choice(TITLES[sc["form"]])
    rows = field_rows(sc, kind, rng)
    date, time, day, month = stamp(rng)
    addr = ip(rng)
    entry = rng.randrange(1200, 9800)
    slug = title.lower().replace(" ", "-")
    sender_kind, layout, reply = ENV_KINDS[kind]
    headers = {"reply-to": f"{sc['person']['name']} <{sc['person']['email']}>"} if reply else {}
    if kind == "cf7":
        sender = f"{fname} <wordpress@{dom}>"
        subject = f'{fname} "{title}"'
        paras = [f"<p><strong>{escape_html(lab)}:</strong>{'<br>' if free else ' '}{html_text(val)}</p>"
                 for lab, val, free in rows]
        body = "\n".join(["<html><body>"] + paras + [
            f"<p>-- <br>This e-mail was sent from a contact form on {fname} (https://www.{dom})</p>",
            "</body></html>"])
    elif kind == "quill":
        sender = "Quillpost Forms <forms@quillpost.app>"
        subject = f"Form submission: {title}"
        paras = [f"<p><strong>{escape_html(lab)}:</strong>{'<br>' if free else ' '}{html_text(val)}</p>"
                 for lab, val, free in rows]
        body = "\n".join([
            "<html><body>",
            f"<p>Someone just submitted <em>{escape_html(title)}</em> on www.{dom}.</p>"] + paras + [
            f"<hr><p style=\"color:#777;font-size:11px\">Submitted {date} {time} &middot; IP {addr} &middot; "
            f"Quillpost Forms &middot; <a href=\"https://quillpost.app/forms/{entry:x}\">View in Quillpost</a></p>",
            "</body></html>"])
    elif kind == "grav":
        sender = f"{fname} Website <noreply@{dom}>"
        subject = f"New submission from {title}"
        font = '<font style="font-family: sans-serif; font-size:12px;">'
        trs = []
        for lab, val, _ in rows:
            trs.append(f'<tr bgcolor="#EAF2FA"><td colspan="2">{font}<strong>{escape_html(lab)}</strong></font>'
                       f'</td></tr>')
            trs.append(f'<tr bgcolor="#FFFFFF"><td width="20">&nbsp;</td><td>{font}{html_text(val)}</font></td></tr>')
        body = "\n".join([
            "<html><body>",
            '<table width="99%" border="0" cellpadding="1" cellspacing="0" bgcolor="#EAEAEA"><tr><td>',
            '<table width="100%" border="0" cellpadding="5" cellspacing="0" bgcolor="#FFFFFF">'] + trs + [
            "</table>", "</td></tr></table>",
            f"<p style=\"font-size:11px\">Entry {entry} &middot; Submitted on {date} {time} &middot; "
            f"https://www.{dom}/{slug}/</p>",
            "</body></html>"])
    elif kind == "jot":
        sender = "FormCourier <notifications@formcourier.net>"
        subject = f"New {title} entry #{entry}"
        trs = [f'<tr><td style="font-weight:bold;background:#f3f3f7;width:35%">{escape_html(lab)}</td>'
               f'<td>{html_text(val)}</td></tr>' for lab, val, _ in rows]
        body = "\n".join([
            "<html><body>",
            f"<h2 style=\"font-family:Arial\">{escape_html(title)}</h2>",
            f"<p>You have a new submission (entry #{entry}), received {date} at {time}.</p>",
            '<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;font-family:Arial">'
        ] + trs + [
            "</table>",
            f"<p style=\"color:#888;font-size:11px\">You are receiving this because you are a notification recipient "
            f"for this form. Manage notifications: https://app.formcourier.net/forms/{entry * 7:x}/settings</p>",
            "</body></html>"])
    elif kind == "elem":
        sender = f"{fname} <website@{dom}>"
        subject = f'New message from "{fname}"'
        lines = [f"{lab}: {val}" for lab, val, _ in rows]
        body = "\n".join(lines + [
            "", "---", "",
            f"Date: {date}", f"Time: {time}", f"Page URL: https://www.{dom}/{slug}/",
            "User Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/121.0 Safari/537.36",
            f"Remote IP: {addr}", "Powered by: Elementor"])
    elif kind == "hub":
        sender = "Webform Hub <no-reply@webformhub.io>"
        subject = f"New response to {title}"
        blocks = [f"{lab}\n{val}" for lab, val, _ in rows]
        body = "\n\n".join([
            "You have a new submission",
            f"Form: {title} ({dom})\nSubmitted: {date} at {time} (GMT)"] + blocks + [
            f"--\nIP address: {addr}\nSent by Webform Hub. Manage this form at https://app.webformhub.io/f/"
            f"{entry * 13:x}"])
    elif kind == "portal":
        sender = f"{firm['portal_name']} <no-reply@{firm['portal']}>"
        subject = f"[{fname}] Contact form: {sc['topic'] or title}"
        headers = {"auto-submitted": "auto-generated"}
        lines = [f"{lab}: {val}" if not free else f"\n{lab}:\n{val}" for lab, val, free in rows]
        body = "\n".join([
            f"A message has been submitted through the secure contact form on {firm['portal_name']}.", ""] + lines + [
            "",
            f"Submitted on {day:02d}/{month:02d}/2026 {time} from a signed-in session.",
            "This is an automated notification. Do not reply to this email; respond to the customer from the case "
            "system or using the details above."])
    elif kind == "site":
        sender = f"Website Forms <forms@{dom}>"
        subject = "Website enquiry" if sc["form"] == "contact" else f"{title} submission"
        lines = [f"{lab}: {val}" if not free else f"\n{lab}:\n{val}" for lab, val, free in rows]
        body = "\n".join([title, "=" * len(title)] + lines + [
            "",
            f"Submitted on {date} {time}", f"IP address: {addr}",
            f"Sent from the form at https://www.{dom}/{slug}/"])
    else:
        raise ValueError(kind)
    env = f"f-{kind}"
    ENV_INFO[env] = (sender_kind, layout)
    words = [sc["text"]] + ([sc["extra"]] if sc["extra"] else []) + ([sc["topic"]] if sc["topic"] else [])
    rec = {"id": None, "mailbox": sc["mb"], "from": sender, "subject": subject, "headers": headers,
           "body": body, "html": layout != "plain", "labels": dict(sc["lab"], rights=list(sc["lab"]["rights"])),
           "note": sc["note"], "source": sc["sid"], "train_labels": ["complaint"], "_env": env}
    # the submitter's words must be in the new text of the rendering
    nt = new_text(rec)
    for w in words:
        shown = html_text(w) if rec["html"] else w
        assert shown in rec["body"], (sc["sid"], kind, w[:40])
        assert (w.split("\n")[0] if not rec["html"] else escape_html(w.split("\n")[0])) in (
            nt if not rec["html"] else rec["body"]), (sc["sid"], kind)
    if rec["html"]:
        assert "<blockquote>" not in body
    else:
        assert new_text(rec) == subject + "\n" + body, (sc["sid"], kind)
    PERSON_WORDS[(sc["sid"], env)] = "\n".join(words)
    return rec


def render_c(sc, which, rng):
    name, addr = sc["sender"], sc["addrs"][which]
    text = sc["text"]
    quote = None
    if sc["quote"]:
        head, q = sc["quote"]
        quote = head + "\n" + quote_lines(q)
    if which == 0:
        body = text + ("\n\nSent from my iPhone" if sc["mobile"] else "")
        if quote:
            body += "\n\n" + quote
        html, env = False, "c-plain"
    else:
        body = html_with_quote(text, quote)
        html, env = True, "c-html"
    ENV_INFO[env] = ("person", "plain" if not html else "html_mail")
    return {"id": None, "mailbox": sc["mb"], "from": f"{name} <{addr}>", "subject": sc["subject"], "headers": {},
            "body": body, "html": html, "labels": dict(sc["lab"], rights=list(sc["lab"]["rights"])),
            "note": sc["note"], "source": sc["sid"], "train_labels": ["complaint"], "_env": env}


def render_n(sc, r):
    env = r["env"]
    ENV_INFO[env] = (env.split("-")[1], "html_auto" if r["html"] else "plain_auto")
    return {"id": None, "mailbox": sc["mb"], "from": r["from"], "subject": r["subject"],
            "headers": dict(r.get("headers", {})), "body": r["body"], "html": r["html"],
            "labels": dict(AUTO, rights=[]), "note": sc["note"], "source": sc["sid"],
            "train_labels": ["complaint"], "_env": env}


def build(rng):
    recs = []
    for sc in F_SCEN:
        GROUP[sc["sid"]] = "F"
        a, b = sc["envs"]
        assert a != b
        recs.append(render_f(sc, a, rng))
        recs.append(render_f(sc, b, rng))
    for sc in N_SCEN:
        GROUP[sc["sid"]] = "N"
        assert sc["renders"][0]["env"] != sc["renders"][1]["env"] or \
            sc["renders"][0]["from"] != sc["renders"][1]["from"]
        for r in sc["renders"]:
            recs.append(render_n(sc, r))
    for sc in C_SCEN:
        GROUP[sc["sid"]] = "C"
        recs.append(render_c(sc, 0, rng))
        recs.append(render_c(sc, 1, rng))
    sids = [sc["sid"] for sc in F_SCEN + N_SCEN + C_SCEN]
    assert len(sids) == len(set(sids))
    return recs


def wfa_errors(rec):
    """record_errors, except that on a form relay `explicit` is checked against the submitter's own words (free
    texts and the topic they chose) instead of "complain" anywhere in the subject and body: where the two checks
    disagree, only the generic explicit check is dropped."""
    errs = record_errors(rec)
    key = (rec["source"], rec["_env"])
    lab = rec["labels"]
    if key in PERSON_WORDS:
        if lab["auto_generated"]:
            errs.append("a form relay carries a person's words: never auto_generated")
        if lab["complaint"]:
            own = "complain" in PERSON_WORDS[key].lower()
            generic = "complain" in new_text(rec).lower()
            if own != generic:
                errs = [e for e in errs if not e.startswith("explicit=")]
                OVERRIDDEN.append(key)
            if own != lab["explicit"]:
                errs.append(f"explicit={lab['explicit']} but the submitter's words say 'complain'={own}")
    if GROUP.get(rec["source"]) == "N" and not lab["auto_generated"]:
        errs.append("group N must be auto_generated")
    if GROUP.get(rec["source"]) in ("F", "C") and lab["auto_generated"]:
        errs.append("groups F and C are a person's words")
    return errs


def summary(records, env_counts):
    n = len(records)
    srcs = collections.OrderedDict()
    for r in records:
        srcs.setdefault(r["source"], r)
    labs = [r["labels"] for r in records]
    out = [f"wrote {OUT}: {n} emails, {len(srcs)} scenarios "
           f"(pexa {sum(r['mailbox'] == 'pexa' for r in records)}, conexus "
           f"{sum(r['mailbox'] == 'conexus' for r in records)} emails)"]
    comp = [lab for lab in labs if lab["complaint"]]
    out.append(f"complaints {len(comp)} ({sum(lab['explicit'] for lab in comp)} explicit); breach "
               f"{sum(lab['breach'] for lab in labs)}; auto_generated {sum(lab['auto_generated'] for lab in labs)}; "
               f"third_party {sum(lab['third_party'] for lab in labs)}; personal_data "
               f"{sum(lab['personal_data'] for lab in labs)}; html {sum(r['html'] for r in records)}")
    out.append("rights: " + ", ".join(f"{x} {sum(x in lab['rights'] for lab in labs)}" for x in RIGHTS))
    out.append("firms: " + ", ".join(f"{k} {v}" for k, v in sorted(collections.Counter(
        str(lab["about_other_firm"]) for lab in labs).items())))
    out.append("categories: " + ", ".join(f"{k} {v}" for k, v in sorted(collections.Counter(
        lab["category"] for lab in labs).items())))
    for g in ("F", "N", "C"):
        rs = [r for r in records if GROUP[r["source"]] == g]
        out.append(f"group {g}: {len({r['source'] for r in rs})} scenarios, {len(rs)} emails, complaints "
                   f"{sum(r['labels']['complaint'] for r in rs)} (explicit {sum(r['labels']['explicit'] for r in rs)})"
                   f", auto {sum(r['labels']['auto_generated'] for r in rs)}, breach "
                   f"{sum(r['labels']['breach'] for r in rs)}, with rights {sum(bool(r['labels']['rights']) for r in rs)}")
    lay, snd = collections.Counter(), collections.Counter()
    for env, c in env_counts.items():
        kind, layout = ENV_INFO[env]
        if env.startswith("f-"):
            lay[layout] += c
            snd[kind] += c
    out.append("group F layouts: " + ", ".join(f"{k} {v}" for k, v in sorted(lay.items())))
    out.append("group F sender kinds: " + ", ".join(f"{k} {v}" for k, v in sorted(snd.items())))
    out.append("envelopes: " + ", ".join(f"{k} {v}" for k, v in sorted(env_counts.items())))
    out.append(f"records whose generic explicit check was replaced by the submitter-words check: {len(OVERRIDDEN)} "
               f"({', '.join(sorted({s for s, _ in OVERRIDDEN}))})")
    return "\n".join(out)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=wfa_errors)


if __name__ == "__main__":
    sys.exit(main())
