#!/usr/bin/env python3
"""Breach training set A (stdlib only): 60 hand-written scenarios, each rendered twice -> 120 emails.

Teaches the guide's `breach` label (personal data lost, sent or disclosed to the wrong person, or exposed) as
people describe it in their own words, against look-alikes (inaccurate data, unexpected but not mistaken use or
sharing, fears, contact instructions, "breach" of a contract or promise, weak security checks, phishing) and
ordinary mail of the two mailboxes. Every label of every scenario follows the labelling guide; each scenario's
`note` gives the rule used. Sentences that ask for a data right are marked inline as [[right|sentence]].

Output: data/labelled/breach_train_a.jsonl (every row trains only the breach label).
Run:    python data/make/make_breach_train_a.py
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from labelled_mail import (MARK_RIGHTS, RIGHTS, finish_marked_record, marked_record_errors,  # noqa: E402
                           rights_marks_of, run_generator, short_labels, strip_marks, typos_outside_marks)

SEED = 20270801
PREFIX = "btra"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "labelled", "breach_train_a.jsonl")

L = short_labels


def person(gender=None):
    """A private writer; gender "f" or "m" only where the text needs it (an ex-wife, a new title)."""
    return ("person", gender, None, None)


def staff(org, domain, title):
    return ("staff", org, domain, title)


SCENARIOS = []


def S(n, kind, mailbox, role, subject, body, labels, note, short=None, quote=None, force_quote=False):
    SCENARIOS.append({"source": f"btra-s{n:03d}", "kind": kind, "mailbox": mailbox, "role": role,
                      "subject": subject, "body": body, "labels": labels, "note": note, "short": short,
                      "quote": quote, "force_quote": force_quote})


PEXA_SUPPORT = "PEXA Support <support@pexa.co.uk>"
PEXA_BILLING = "PEXA Billing <billing@pexa.co.uk>"
PEXA_ONBOARD = "PEXA Onboarding <onboarding@pexa.co.uk>"
PEXA_ACCOUNTS = "PEXA Relationship Team <accounts@pexa.co.uk>"
CX_CARE = "Conexus <help@conexus.co.uk>"
CX_CLIENTS = "Conexus Client Services <clients@conexus.co.uk>"
CX_CR = "Conexus <cr@conexus.co.uk>"

# =============================================================================================
# PEXA: personal data breaches (13)

S(1, "breach", "pexa", staff("Greyfriars Law LLP", "greyfriarslaw.co.uk", "Conveyancing Executive"),
  "Workspace notification for a matter that isn't ours",
  "This morning one of our fee earners received a PEXA email about workspace WS-4471902, inviting us to accept a "
  "role on a remortgage in Dundee. We have no connection to that matter. The email listed both borrowers by full "
  "name, the property address and the redemption amount, and the attached summary had their dates of birth.\n\n"
  "We checked with the firm named on the workspace and they say they never entered our details, so it looks as "
  "though your system picked the wrong participant. We haven't opened anything beyond the first page and the "
  "message has been deleted.\n\n"
  "I need to know how your system sent another firm's client details to us, whether our own clients' details could "
  "be going astray in the same way, and what you are doing about it. Please reply to me directly rather than to "
  "the general inbox.",
  L(c=True, pd=True, br=True, cat="personal_data"),
  "PEXA's system sent other people's details to a firm with no role on the matter, a disclosure to the wrong "
  "recipient (breach, personal_data, category personal_data); the firm writes for itself and demands answers "
  "without the word complaint, so an implicit complaint, not third party.",
  quote=(PEXA_SUPPORT, "Thank you for contacting PEXA Support.\n\nYour enquiry has been logged as {ref}. "
                       "An agent will be in touch shortly.\n\nPEXA Support"))

S(2, "breach", "pexa", person(),
  "Someone else has my completion statement",
  "I'm buying a flat on Marlowe Street and my solicitors are Orchard Lane. Yesterday a woman I've never met rang "
  "me to say she'd been emailed my completion statement by them. She has the same surname as me and is also a "
  "client there. The statement has my bank account number and sort code, the price, my mortgage amount and my "
  "current address.\n\n"
  "I rang Orchard Lane and the person I spoke to said it was 'an admin slip' and that they'd asked the woman to "
  "delete it. That's it. Nobody has explained what they are going to do, and I'm now worried about fraud with my "
  "account details out there two weeks before we complete.\n\n"
  "Your name is on all the paperwork so I'm hoping you can get some answers from them. I want a proper "
  "explanation in writing and to know what they're doing to protect my account.",
  L(c=True, pd=True, br=True, cat="personal_data", firm="ols"),
  "A buyer's grievance is purely about her own law firm (Orchard Lane) emailing her statement to another client, a "
  "disclosure to the wrong person: a complaint to forward with about_other_firm=ols, breach and personal_data, "
  "category personal_data.")

S(3, "breach", "pexa", staff("Ashdown Clarke Solicitors", "ashdownclarke.co.uk", "Senior Paralegal"),
  "FYI - wrong ID document uploaded to workspace WS-3318026",
  "Just so you're aware: on workspace WS-3318026 the other side's conveyancers uploaded a document labelled "
  "'Buyer ID' this afternoon, but it is a scan of a passport and a utility bill for a person who has nothing to do "
  "with our transaction. We spotted it within a few minutes.\n\n"
  "We've already phoned the firm concerned and they have removed it and are dealing with it at their end. We've "
  "deleted the copy we downloaded. There's nothing we need from you and no need to reply; I'm only letting you "
  "know in case it shows up in your audit logs.",
  L(br=True),
  "Another participant firm exposed a stranger's identity documents in a shared workspace (breach=true), but the "
  "writer only informs PEXA and wants no reply, so complaint=false and personal_data=false.",
  short=("FYI - wrong passport scan on WS-3318026",
         "Heads up: the other side on WS-3318026 uploaded a passport scan for someone unconnected with the deal. "
         "They've taken it down and we've deleted our copy. No reply needed."))

S(4, "breach", "pexa", staff("Pellham & Rowe LLP", "pellhamrowe.co.uk", "Trainee Solicitor"),
  "Live client details shown in yesterday's webinar",
  "I attended the 'Advanced Settlement' webinar on Tuesday. About twenty minutes in, the presenter switched to what "
  "was plainly a real workspace rather than the demo one: we could all see a seller's name, the address in "
  "Harrogate, the mortgage account number and the settlement figures for several minutes. There were over sixty "
  "people from different firms on the call, and the session was recorded.\n\n"
  "I'm surprised this could happen when GDPR training is supposed to be universal. I'd like to know whether the "
  "recording has been sent out or posted anywhere, and if so that it's taken down and edited, and whether the "
  "seller and their conveyancer are being told. Please let me know what you're doing about it.",
  L(c=True, pd=True, br=True, cat="personal_data"),
  "A real client's details were exposed to sixty webinar attendees and recorded (breach, personal_data); the writer "
  "wants action and answers, an implicit complaint whose main grievance is the exposure, so personal_data rather "
  "than training.")

S(5, "breach", "pexa", person(),
  "Email sent to me by mistake",
  "I've had an email from PEXA this evening saying 'Your settlement is complete' with the address 14 Rowan Way, "
  "Kettering and a figure of £212,500. I'm not buying or selling anything and I don't know who lives there. I "
  "think someone must have typed my email address in by mistake, as it's quite similar to a common name.\n\n"
  "I've deleted it. I don't need anything back from you, but you might want to check whose address should be on "
  "that file.",
  L(br=True),
  "A stranger received someone else's settlement email (breach=true) and wants nothing back, so it is not a "
  "complaint and personal_data stays false.",
  short=("PEXA 'settlement complete' email for 14 Rowan Way came to me by mistake - deleted it, no reply needed",
         ""))

S(6, "breach", "pexa", staff("Thames Valley Mortgages", "tvmortgages.co.uk", "Operations Manager"),
  "Formal complaint - another subscriber's invoice in our billing pack",
  "Our May billing pack from PEXA arrived today and, alongside our own invoice, it contained the invoice and "
  "transaction listing of a different subscriber. The listing runs to four pages and gives borrower names, "
  "property addresses and settlement dates for around forty matters that are nothing to do with us.\n\n"
  "We have not shared the document and have restricted it internally. However, we regard this as a data breach on "
  "your part and I am making a formal complaint. Please confirm how this happened; whether our own transaction "
  "listing has been sent to another subscriber in the same way; whether you have informed the other subscriber; "
  "and what changes you are making to your billing run.",
  L(c=True, ex=True, pd=True, br=True, cat="personal_data"),
  "PEXA sent another subscriber's listing of borrower details to the wrong customer (breach, personal_data); the "
  "lender complains explicitly on its own account, so about_other_firm=null and not third party.",
  quote=(PEXA_BILLING, "Dear Customer,\n\nPlease find attached your billing pack for May (statement {ref}).\n\n"
                       "PEXA Billing"))

S(7, "breach", "pexa", person(),
  "My father's documents - stolen laptop at Marsh & Penrose",
  "I'm writing for my father, Mr Leonard Askew, who is 84 and selling his bungalow in Topsham. He has asked me to "
  "deal with this as his hearing makes phone calls very hard.\n\n"
  "On Friday his conveyancer at Marsh & Penrose told him, almost in passing, that a laptop with 'some client files' "
  "on it had been stolen from an employee's car. When I pressed them, they admitted Dad's file was on it, "
  "including copies of his passport, his bank statements and his signed authority forms. They have put nothing in "
  "writing, and they couldn't tell me whether the laptop was encrypted.\n\n"
  "We'd like this taken up with the firm so that we get a written account and know what they're doing to protect "
  "him. Separately, as the platform is involved in his sale: [[access|please send me a copy of the personal "
  "information PEXA itself holds about my father; his signed authority for me to act is attached.]]",
  L(c=True, pd=True, br=True, r="access", tp=True, cat="personal_data", firm="mpc"),
  "A son writes for his father (third party) about documents lost with a stolen laptop at the father's "
  "conveyancer, a participant firm (breach, personal_data, about_other_firm=mpc); the separate request for a copy "
  "of PEXA's own data about the father is access.")

S(8, "breach", "pexa", staff("Bramwell Legal", "bramwell-legal.co.uk", "Licensed Conveyancer"),
  "Your survey email showed everyone's address",
  "Yesterday's 'Tell us about your settlement experience' email from PEXA went out with every recipient in the To "
  "line. I count well over 150 names and work email addresses of conveyancers at other firms, and they can all "
  "see mine.\n\n"
  "I've already had two unsolicited sales emails this morning from a search company that was clearly on the same "
  "list. This is sloppy and I'd like an explanation of how it happened and what you're doing to stop it "
  "recurring.\n\n"
  "[[objection|I also object to my details being used for any further surveys or marketing emails from PEXA.]]",
  L(c=True, pd=True, br=True, r="objection", cat="personal_data"),
  "A bulk email with all recipients visible disclosed every user's name and address to the others (breach, "
  "personal_data) in an implicit complaint; objecting to further survey and marketing use is the objection right.",
  quote=(PEXA_SUPPORT, "Hello,\n\nWe'd love to hear about your recent settlements. The survey takes five minutes "
                       "(ref {ref}).\n\nThe PEXA team"))

S(9, "breach", "pexa", person(),
  "Mortgage offer opened by the people in my old flat",
  "Kestrel sent my mortgage offer to the flat I moved out of eight months ago, even though I gave them my new "
  "address when I applied and it's on the application they approved. The new tenants opened it. It has my salary, "
  "my date of birth, the loan amount and the address of the house I'm buying. One of them posted it on to me with "
  "a note saying 'congratulations on the new place', which I found unsettling.\n\n"
  "My solicitor says PEXA is the system being used for the purchase so I'm writing here as well. I want Kestrel to "
  "explain how this happened and confirm what else has gone to that flat.",
  L(c=True, pd=True, br=True, cat="personal_data", firm="kbs"),
  "The lender (Kestrel) posted a borrower's offer to an old address where strangers opened it, a disclosure to the "
  "wrong people (breach, personal_data); the grievance is purely the lender's, so about_other_firm=kbs.")

S(10, "breach", "pexa", staff("Beacon Home Finance", "beaconhomefinance.co.uk", "Redemptions Team Leader"),
  "Incorrect redemption statement uploaded - WS-5520417",
  "This is to let you know that at 11:20 today one of my team uploaded the wrong redemption statement to workspace "
  "WS-5520417. It belongs to a different Beacon borrower and shows that borrower's name, account number and "
  "balance. The document was visible to the buyer's conveyancer for roughly forty minutes before we withdrew it. "
  "We've logged it internally and our own team is handling contact with the borrower.\n\n"
  "So that we can complete our record, could you let us know from your audit trail whether the document was opened "
  "or downloaded by anyone outside Beacon while it was there? Thank you for your help.",
  L(br=True),
  "The participant lender reports its own upload of another borrower's statement to the other side (breach=true) "
  "and only asks for audit information: a service request, not a complaint, so personal_data=false.")

S(11, "breach", "pexa", staff("Orchard Lane Solicitors", "orchardlanesolicitors.co.uk", "Practice Manager"),
  "Client's settlement details sent to a former employee",
  "On Monday your support team emailed a settlement query about our client Mrs Petra Vance, including her sale "
  "proceeds and the bank account they are going to, to the personal Gmail address of Joel, a paralegal who left us "
  "in March. We only found out because Joel, to his credit, forwarded it to us and told us.\n\n"
  "We removed Joel as a user the week he left and we have never given you his personal address, so I don't "
  "understand where your team found it. I want to complain about this formally. Please explain where the address "
  "came from, why it was used for a client matter, and what you'll do to make sure it doesn't happen again.",
  L(c=True, ex=True, pd=True, br=True, cat="personal_data"),
  "PEXA support sent a client's financial details to a former employee's private address (breach, personal_data); "
  "OLS complains formally on its own account, so explicit, about_other_firm=null and not third party.")

S(12, "breach", "pexa", person("m"),
  "Text about my sale went to my ex-wife",
  "My ex-wife rang me last night asking why she'd had a text about 'your sale of 6 Ferndale Close completing "
  "today' with the amount due to me. We divorced four years ago. The mobile number must be an old one from a "
  "purchase we made together in 2016, because I've never given PEXA her number and my conveyancer has my current "
  "one.\n\n"
  "It's exactly the kind of thing I didn't want her to know and it has caused a lot of trouble. I want to know how "
  "an old number ended up being used. [[rectification|Please change the mobile number on my record to 07700 900418 "
  "and take her number off it.]] [[access|I would also like a copy of all the personal data PEXA holds about "
  "me.]]",
  L(c=True, pd=True, br=True, r="rectification,access", cat="personal_data"),
  "PEXA texted a seller's sale details to an out-of-date number now used by his ex-wife, a disclosure to the wrong "
  "person (breach, personal_data); correcting the number is rectification and a copy of his data is access.")

S(13, "breach", "pexa", staff("Calder Vale Law", "caldervalelaw.co.uk", "Managing Partner"),
  "Complaint - partners' ID documents lost during registration",
  "As part of our registration as a new subscriber, we sent certified copies of both partners' passports and "
  "driving licences, with proof of address, by special delivery on 7 April. Your onboarding team confirmed by "
  "email on 9 April that they had been received. On Friday we were told the pack cannot be found and asked to send "
  "everything again.\n\n"
  "Nobody has been able to tell us where the documents went, who might have them, or whether they were ever "
  "logged. These are identity documents for two individuals and I am not willing simply to post another set. I "
  "wish to complain about the loss and want a written explanation of what searches have been made and what you "
  "are going to do now.",
  L(c=True, ex=True, pd=True, br=True, cat="personal_data"),
  "PEXA lost identity documents it had confirmed receiving: data lost, so breach and personal_data; it arose in "
  "onboarding but the main grievance is the loss, so category personal_data; the writer says complain (explicit).",
  quote=(PEXA_ONBOARD, "Dear Applicant,\n\nWe confirm receipt of your registration documents. Your application "
                       "reference is {ref}.\n\nPEXA Onboarding"))

# =============================================================================================
# PEXA: look-alikes, not breaches (10)

S(14, "lookalike", "pexa", staff("Hartwell Conveyancing", "hartwellconveyancing.co.uk", "Conveyancer"),
  "My name is still wrong on my account",
  "My user profile spells my surname with a letter missing at the end, and the practising number under my name is "
  "my old one from before I requalified. It only shows on my own account page, not on workspaces, but I need it "
  "right because it is what appears on the certificate when I complete your courses.\n\n"
  "This is the third time I've raised it through the help form and each time I get an automatic reply and nothing "
  "changes. [[rectification|Please correct my surname and practising number on my profile.]] I'd like someone to "
  "confirm when it has been done.",
  L(c=True, pd=True, r="rectification", cat="personal_data"),
  "Inaccurate personal data shown only on the writer's own profile and repeatedly not fixed: an implicit complaint "
  "with personal_data=true but breach=false, since nobody else saw it; 'please correct' is rectification.",
  quote=(PEXA_SUPPORT, "Thank you for your message. Your request {ref} has been received and will be reviewed."
                       "\n\nPEXA Support"))

S(15, "lookalike", "pexa", staff("Heathcote Bank", "heathcotebank.co.uk", "Head of Mortgage Operations"),
  "Fee increase mid-term",
  "We were told last week that the per-settlement fee rises from £8.50 to £11.00 from 1 July. Our subscription "
  "agreement runs to March next year and fixes the fee schedule for the term, with changes only at renewal. "
  "Applying the increase now would be a breach of that agreement.\n\n"
  "Please confirm that Heathcote will continue to be billed at the agreed rate until renewal, and explain why the "
  "notice was sent to us at all.",
  L(c=True, cat="fees_charges"),
  "'Breach' means breach of contract over a fee rise, not a data breach (breach=false); the lender objects and wants "
  "confirmation, an implicit fees_charges complaint with about_other_firm=null as Heathcote is the sender.",
  quote=(PEXA_BILLING, "Dear Subscriber,\n\nFrom 1 July the per-settlement fee will be £11.00. Notice {ref}."
                       "\n\nPEXA Billing"))

S(16, "lookalike", "pexa", staff("Pellham & Rowe LLP", "pellhamrowe.co.uk", "Head of Conveyancing"),
  "Suggestion: confirm step before sharing documents",
  "This isn't a complaint, more a worry. When we add a document to a workspace, the share box auto-fills "
  "participant names after two letters, and on busy days I can see someone picking the wrong firm and sending a "
  "client's ID or bank details where they shouldn't go. Nothing has gone wrong so far, but it feels like a matter of "
  "time.\n\n"
  "Would you consider adding a 'you are sharing with...' confirmation before the document is released? Happy to "
  "discuss if it helps.",
  L(),
  "A worry that documents might one day go to the wrong firm describes no disclosure (breach=false); the writer "
  "denies a complaint and makes a suggestion, so complaint=false.")

S(17, "lookalike", "pexa", staff("Greyfriars Law LLP", "greyfriarslaw.co.uk", "IT and Risk Manager"),
  "Phishing email using PEXA branding",
  "Three of our conveyancers received an email this morning from 'pexa-settlements-secure.com', styled with your "
  "logo, asking them to 'reconfirm the firm's trust account details before Friday's settlements' via a link. None "
  "of them clicked it and we have blocked the domain on our mail filter.\n\n"
  "The headers and a copy are attached in case you want to warn other subscribers or have the site taken down. "
  "Could you confirm PEXA would never ask for account details this way, so we can tell our staff?",
  L(),
  "A phishing email reported where nobody clicked: no data was lost or disclosed (breach=false), and a neutral "
  "report with a question is not a complaint.")

S(18, "lookalike", "pexa", staff("Moss & Linden", "mosslinden.co.uk", "Principal"),
  "Your 2FA reset check is far too easy",
  "I phoned your helpdesk on Wednesday after getting a new phone and needed my two-factor authentication reset. "
  "The only things I was asked were my name, my firm and my office postcode, all of which are on our website. Ten "
  "minutes later I was back in with full rights to move client money.\n\n"
  "Nothing has gone wrong as far as I know, but anyone with a search engine could have done what I did. I'd like an "
  "explanation of why the check is so thin and what PEXA is going to change, because as it stands I don't feel my "
  "account or my clients' funds are protected.",
  L(c=True, cat="process"),
  "The writer objects to a weak identity check and wants it changed, an implicit complaint where the procedure "
  "itself is the problem (process); no data was lost or disclosed, so breach=false, and the grievance is account "
  "security rather than handling of personal data (personal_data=false).")

S(19, "lookalike", "pexa", person(),
  "Why do the seller's solicitors have my phone number?",
  "The seller's solicitors phoned me on my mobile yesterday to ask whether we could bring completion forward. I've "
  "never given them my number or dealt with them directly; everything goes through my own conveyancer. When I "
  "asked, they said they could see my details 'in PEXA', along with the name of my mortgage lender.\n\n"
  "I'm not happy that my contact details are being handed to the other side without anyone telling me. "
  "[[informed|Please explain what information about me is shared with other firms in a workspace, why, and on what "
  "legal basis.]]",
  L(c=True, pd=True, r="informed", cat="personal_data"),
  "The buyer's details were shared within her own transaction in a way she did not expect, not sent to a wrong "
  "person, so personal_data=true and breach=false; she blames the platform's sharing, not a participant firm "
  "(about_other_firm=null); asking what is shared and on what basis is informed.")

S(20, "lookalike", "pexa", person(),
  "Please stop the training reminders",
  "I left conveyancing last year and now work in a completely different field, but I'm still getting your monthly "
  "'CPD reminder' emails at this address. Could you stop sending them to me, please? Nothing else is needed. "
  "Thanks.",
  L(),
  "A polite request to stop reminder emails is a contact preference, like 'stop calling me', not the objection "
  "right; nothing was disclosed (breach=false) and there is no grievance, so not a complaint.",
  short=("Stop CPD reminders please",
         "I left conveyancing last year - please stop sending the monthly CPD reminders to this address. Thanks."))

S(21, "lookalike", "pexa", staff("Hartwell Conveyancing", "hartwellconveyancing.co.uk", "Director"),
  "Account manager calls - three months of nothing",
  "When we moved all our settlements onto PEXA last year, it was agreed in writing that we'd have a monthly call "
  "with a named account manager. There hasn't been one since February, our account manager has changed twice "
  "without notice, and my last two emails to the relationship team went unanswered.\n\n"
  "Frankly it feels like a breach of what was promised when we signed up. I'd like a call this week from someone "
  "senior and a clear answer on whether the arrangement still stands.",
  L(c=True, cat="service_quality"),
  "'Breach' refers to a broken service arrangement, not personal data (breach=false); dissatisfaction plus a "
  "demand for a call make an implicit complaint about how the firm is served (service_quality).",
  quote=(PEXA_ACCOUNTS, "Hi,\n\nYour new account manager will be in touch to book your next review (ref {ref})."
                        "\n\nRelationship Team"))

S(22, "lookalike", "pexa", staff("Ingram Property Law", "ingrampropertylaw.co.uk", "Sole Practitioner"),
  "Has PEXA passed my details to a search provider?",
  "Since I registered as a user in January I've had repeated calls and emails from a search company whose script "
  "opens with 'as a PEXA subscriber...'. My direct line and this email address were only ever given to you for "
  "registration.\n\n"
  "I don't know if you've sold or shared your user list, but I didn't agree to it and I'm fed up with the calls. "
  "[[informed|Please tell me whether you share users' contact details with other companies, which companies, and "
  "for what purpose.]] I'd like a reply rather than a link to your privacy policy.",
  L(c=True, pd=True, r="informed", cat="personal_data"),
  "The user suspects PEXA shared his details with a company for marketing: unexpected use or sharing "
  "(personal_data=true), not a mistaken disclosure to a wrong person, so breach=false; questions on recipients and "
  "purpose are the right to be informed.")

S(23, "lookalike", "pexa", person(),
  "Is this text from you?",
  "I'm due to complete on my house purchase next Thursday and have just had a text saying it's from PEXA, telling me "
  "the 'settlement account has changed' and giving new bank details for my deposit. It just says 'Hi' and nothing "
  "else about me. I haven't paid anything and I've forwarded it to my solicitor.\n\n"
  "Can you confirm whether PEXA ever contacts buyers about bank details by text? I assume it's a scam but want to "
  "be sure.",
  L(),
  "A suspected scam text reported with a question: nothing was lost or disclosed (breach=false), and a neutral "
  "enquiry is not a complaint.")

# =============================================================================================
# PEXA: ordinary mail (7)

S(24, "ordinary", "pexa", staff("Fenwick Rudd Solicitors", "fenwickrudd.co.uk", "Partner"),
  "Settlement failed again - WS-6028815",
  "For the second time this fortnight a settlement has failed at the lodgement step with 'Error 503 - service "
  "unavailable', leaving our buyers sitting in a removal van until after 4pm. The funds were all in place and the "
  "workspace showed green until the moment it failed.\n\n"
  "Our clients have incurred removal overtime of £640 and we had to pay the sellers' late completion interest. I "
  "want to know what went wrong on your side and how you propose to cover these costs.",
  L(c=True, cat="platform_defect"),
  "A repeated platform failure with costs and a demand for explanation and reimbursement: implicit complaint, "
  "platform_defect; no personal data involved.",
  quote=(PEXA_SUPPORT, "Service notice: some settlements may be delayed this afternoon. Incident {ref} is being "
                       "investigated.\n\nPEXA Support"))

S(25, "ordinary", "pexa", staff("Kestrel Building Society", "kestrelbs.co.uk", "Finance Assistant"),
  "Copy invoice for April",
  "Could you send a copy of invoice INV-88204 for April? Our accounts payable team can't find the original and need "
  "it to close the month. A PDF to this address is fine. Many thanks.",
  L(),
  "A routine request for a copy invoice: a service request with no dissatisfaction, not a complaint; Kestrel is "
  "only the sender.",
  short=("Copy of April invoice INV-88204 please (PDF to this address)", ""))

S(26, "ordinary", "pexa", staff("Moss & Linden", "mosslinden.co.uk", "Conveyancing Assistant"),
  "Still no reply - complaint about support ticket",
  "I raised ticket SUP-771940 on 14 May about a workspace we can't close. It's now 23 May, the ticket still says "
  "'open - awaiting agent', and my two follow-up emails have been ignored. I want to complain about how long this "
  "is taking. Please get someone to deal with the ticket today and let me know why nobody has responded.",
  L(c=True, ex=True, cat="delay"),
  "A chaser about an unanswered ticket that names itself a complaint: explicit, category delay.",
  quote=(PEXA_SUPPORT, "Thank you for contacting PEXA Support. Your ticket {ref} is open and will be picked up by "
                       "the next available agent.\n\nPEXA Support"))

S(27, "ordinary", "pexa", person("f"),
  "Our conveyancer is ignoring us and was rude",
  "We're buying through Fairbridge Conveyancing and our case handler has been dismissive from day one. When my "
  "husband rang on Thursday to ask why the searches weren't back, she told him she 'didn't have time for "
  "hand-holding' and hung up. We've also had two different answers on whether our deposit has been received.\n\n"
  "I understand PEXA is the system they use, so I'm hoping you can pass this on to someone who can sort it out. We "
  "want an apology and a handler who'll actually talk to us.",
  L(c=True, cat="service_quality", firm="unknown"),
  "A buyer's grievance is purely about her non-directory conveyancer's rude handling: a complaint to forward with "
  "about_other_firm='unknown', category service_quality.")

S(28, "ordinary", "pexa", staff("Rowan Quay Legal", "rowanquaylegal.co.uk", "Office Manager"),
  "How long does subscriber verification take?",
  "We submitted our registration pack last Tuesday and the portal shows 'verification in progress'. We're planning "
  "our first settlement for the end of next month. Can you give me a rough idea how long verification usually "
  "takes and whether there's anything else we should send now to avoid holding it up?",
  L(),
  "A neutral question about onboarding timescales: an enquiry, not a complaint.",
  quote=(PEXA_ONBOARD, "Thank you for registering with PEXA. Your application {ref} is now with our verification "
                       "team.\n\nPEXA Onboarding"))

S(29, "ordinary", "pexa", staff("Quill & Barton Solicitors", "quillbarton.co.uk", "Conveyancing Assistant"),
  "New upload screen is a nightmare",
  "Since the upload screen changed last week, every document has to be tagged from a drop-down of 40-odd types with "
  "no search, and if you choose the wrong one the only way to fix it is to delete the document and start again. "
  "It's adding twenty minutes to every file and two of us have already tagged completion statements as 'Other' by "
  "mistake.\n\n"
  "It works, but it's badly designed. Please can someone look at adding a search to the list and an edit option, "
  "and let me know if that's planned.",
  L(c=True, cat="usability"),
  "The screen works but is slow and error-prone to use, and the writer asks for changes and a reply: an implicit "
  "complaint, category usability.")

S(30, "ordinary", "pexa", staff("Beacon Home Finance", "beaconhomefinance.co.uk", "Accounts Payable Officer"),
  "Credit note received - thank you",
  "Thanks for sorting out the duplicated workspace fees so quickly. The credit note has come through and our finance "
  "team has matched it to the two invoices. That's everything settled from our side.",
  L(),
  "A thank-you confirming a settled matter, with the earlier complaint only in the quoted reply: not a complaint "
  "(guide rule 5).",
  quote=(PEXA_BILLING, "Dear Customer,\n\nFurther to your complaint about duplicated workspace fees, we have issued "
                       "credit note CN-{ref}, which will appear on your next statement.\n\nPEXA Billing"),
  force_quote=True)

# =============================================================================================
# Conexus: personal data breaches (13)

S(31, "breach", "conexus", person(),
  "Someone else got my payment plan email",
  "A man I've never heard of emailed me yesterday to say he'd received a message from Conexus meant for me. He "
  "forwarded it: it's my payment plan confirmation with my full name, home address, the Pennant balance and my "
  "monthly payment date. His email address is one letter different from mine.\n\n"
  "I set the plan up by phone and spelt my email out twice. I'm embarrassed that a stranger knows all this about "
  "me. I want to know how it happened and whether anything else has gone to him, and I want that in writing.",
  L(c=True, pd=True, br=True, cat="personal_data"),
  "Conexus emailed a debtor's plan details to a stranger with a similar address, a disclosure to the wrong person "
  "(breach, personal_data) in an implicit complaint; Pennant is named only as the creditor (about_other_firm=null).",
  quote=(CX_CARE, "Thank you for setting up your payment plan. Your reference is {ref}.\n\nConexus Customer "
                  "Services"))

S(32, "breach", "conexus", staff("Calloway Joinery Ltd", "callowayjoinery.co.uk", "Office Manager"),
  "Voicemail left on our reception line",
  "One of your agents left a voicemail on our company's main reception number yesterday afternoon asking for one of "
  "our joiners by name and giving the amount he owes and the name of the creditor. Our receptionist played it on "
  "speaker as she does with all messages, so a couple of people in the office heard it.\n\n"
  "We've deleted the message and I've had a quiet word with him so he knows. I'm not after a reply; I just thought "
  "you should be aware so you can use his own number in future.",
  L(br=True),
  "An employee's debt details were played to colleagues from a voicemail on the employer's shared line, a "
  "disclosure (breach=true); the office manager reports it calmly without wanting a reply and is not writing for "
  "the joiner, so not a complaint and third_party=false.")

S(33, "breach", "conexus", staff("Hearth Money Advice", "hearthmoneyadvice.org.uk", "Debt Adviser"),
  "Formal complaint - client's financial statement sent to another agency (Ms R. Tully, CX-6620184)",
  "I act for Ms Rosalind Tully under the authority you acknowledged on 28 April. On 12 May I sent you her income "
  "and expenditure statement so that you could consider a reduced payment. Yesterday a colleague at Hearthside "
  "Advice Centre, a separate charity in another town, called me to say your team had emailed the statement to them, "
  "along with your covering letter naming Ms Tully and her account.\n\n"
  "The statement lists her benefits, her rent arrears and her children's ages. I am making a formal complaint on Ms "
  "Tully's behalf. Please explain how this happened and what you are doing to recover the email. [[access|Ms Tully "
  "also asks for a copy of all the personal data Conexus holds about her, including call notes.]]",
  L(c=True, ex=True, pd=True, br=True, r="access", tp=True, cat="personal_data"),
  "An adviser writes for her client (third party) about Conexus emailing the client's financial statement to the "
  "wrong organisation (breach, personal_data, explicit); the copy of all data held is access on the client's "
  "behalf.",
  quote=(CX_CARE, "We confirm that we have noted your authority to act for our customer (reference {ref})."
                  "\n\nConexus Customer Services"))

S(34, "breach", "conexus", person(),
  "You discussed my account with my son",
  "My 17-year-old son answered the house phone on Saturday. Your agent asked for me by surname only, and when my son "
  "said 'speaking', went straight into my account: the amount, that it was 'overdue for collection' and that I'd "
  "missed two payments. My son had no idea about any of this and was upset.\n\n"
  "Surely you should check a date of birth or something before talking about someone's debt. I want an explanation "
  "and an assurance that your staff will only discuss my account with me.",
  L(c=True, pd=True, br=True, cat="personal_data"),
  "The agent disclosed a debt to the debtor's son after a surname-only check, a disclosure to the wrong person "
  "(breach, personal_data); the main grievance is the disclosure, so category personal_data rather than "
  "collection_conduct.",
  short=("You told my son about my debt",
         "Your agent went through my account with my 17-year-old son on Saturday after asking for me by surname "
         "only. I want to know why, and I want it not to happen again."))

S(35, "breach", "conexus", person(),
  "Pennant sent my bill to my ex's house",
  "I left my old address in October after a relationship ended and I told Pennant Mobile my new address the same "
  "week. They carried on sending my bills there, including the final one with my new phone number, my account "
  "balance and the date it was passed to you. My ex opened it and is now using the new number to contact me, which "
  "is exactly what I was trying to avoid.\n\n"
  "I know you're collecting for them, but this is their doing and I want it raised with them so they explain why "
  "they ignored my change of address. [[rectification|Please also make sure your file has my current address, 9 "
  "Partridge Close, Wakefield WF2 7LN.]]",
  L(c=True, pd=True, br=True, r="rectification", cat="personal_data", firm="pmt"),
  "The creditor (Pennant Mobile) kept posting to an old address where the debtor's ex read her details (breach, "
  "personal_data); only the creditor can fix its own mailing, so about_other_firm=pmt; asking Conexus to hold the "
  "current address is rectification.")

S(36, "breach", "conexus", person(),
  "Mum's letter - amount showing through the envelope",
  "I help my mother, Mrs Irene Dobson, with her post since her stroke; her neighbour collects it for her when I'm "
  "away. Your latest letter to Mum was folded so that 'FINAL NOTICE - BALANCE £2,340.16' showed through the address "
  "window. Her neighbour brought it round and asked, quite kindly, whether Mum was in trouble with money.\n\n"
  "Mum is mortified. She's been paying what she can and didn't want anyone to know. Please explain why your letters "
  "are folded that way, make sure it doesn't happen again, and let me know what you'll do to put this right. I have "
  "Mum's written consent to deal with you, which I can send again.",
  L(c=True, pd=True, br=True, tp=True, cat="personal_data"),
  "A daughter writes for her mother (third party): the balance showing through the envelope window was seen by the "
  "neighbour, an exposure of debt details (breach, personal_data) in an implicit complaint.")

S(37, "breach", "conexus", person(),
  "You've lost my bank statements",
  "On 3 March I posted you three months of bank statements and my last two payslips for your affordability review. "
  "Your letter of 11 March confirmed you had them. Today your agent told me there is 'nothing on file' and I'll need "
  "to send them again.\n\n"
  "Those documents have my account numbers, my employer, my salary and every payment I've made for three months. I "
  "want to know where they've gone and who might have them, and I won't be sending another set until someone tells "
  "me. [[access|Please send me a copy of everything you hold on my account, including the notes of my calls.]]",
  L(c=True, pd=True, br=True, r="access", cat="personal_data"),
  "Documents Conexus had confirmed receiving are now lost: data lost, so breach and personal_data in an implicit "
  "complaint; a copy of everything held is access.",
  quote=(CX_CARE, "We confirm receipt of the documents you sent for your affordability review (reference {ref})."
                  "\n\nConexus Customer Services"))

S(38, "breach", "conexus", staff("Lumen Water", "lumenwater.co.uk", "Collections Partner Manager"),
  "Complaint: other clients' accounts in our returns file",
  "Our weekly returns file from Conexus, received on Monday, contained 14 account records that are not Lumen Water "
  "customers. They appear to belong to another of your clients and include full names, addresses, phone numbers and "
  "balances.\n\n"
  "We have quarantined the file and will delete it once you confirm. This is a data breach on your side affecting "
  "other people, and I want to raise a formal complaint about the control failure. Please confirm in writing how "
  "the records came to be in our file, whether any of our customers' records have gone to another client, and what "
  "you're changing in your file process.",
  L(c=True, ex=True, pd=True, br=True, cat="personal_data"),
  "Conexus sent other clients' debtor records to the wrong creditor client (breach, personal_data); Lumen Water "
  "complains explicitly as the sender, so about_other_firm=null and not third party.",
  quote=(CX_CLIENTS, "Please find this week's returns file attached (batch {ref}).\n\nClient Services"))

S(39, "breach", "conexus", person(),
  "This debt isn't mine - my details were stolen",
  "Your letter says I owe Sterling Credit £1,870 on a loan taken out in January. I have never had a loan with "
  "Sterling. Last December the online furniture shop Harlow & Pine wrote to tell me hackers had taken customer "
  "names, addresses, dates of birth and card details, mine included, and I reported it to Action Fraud at the time "
  "(reference NFRC24120087).\n\n"
  "Someone has obviously used my stolen details to take out this loan. Please stop chasing me for it while it's "
  "investigated, and confirm in writing that you accept it isn't mine.",
  L(c=True, pd=True, br=True, cat="debt_dispute"),
  "The message describes his data stolen in a retailer's hack, a breach by someone else (breach=true, so "
  "personal_data=true on this complaint), but the main grievance is being chased for a debt that is not his "
  "(debt_dispute); Sterling Credit is named only as creditor and Conexus is doing the chasing, so "
  "about_other_firm=null.")

S(40, "breach", "conexus", person(),
  "Another person's letter was in my envelope",
  "Your letter about my account arrived today, and folded behind it was a second letter for a Mr A. Sandhu at an "
  "address in Luton, with his balance and reference number. I assume they went through the machine together.\n\n"
  "I've put his letter in an envelope and posted it back to your Freepost address. I'm not worried about mine, I "
  "just thought you'd want to know so you can let him know. Nothing else needed.",
  L(br=True),
  "Another debtor's letter was sent to the writer, a disclosure to the wrong person (breach=true); she reports it "
  "calmly and wants nothing back, so complaint=false and personal_data=false.",
  short=("Mr A. Sandhu's letter came in my envelope - posted it back to you, no need to reply", ""))

S(41, "breach", "conexus", staff("Thornbury Whitlock Solicitors", "thornburywhitlock.co.uk", "Solicitor"),
  "Our client Mr Dean Farrow - disclosure to his employer - ref CX-4471193",
  "We act for Mr Dean Farrow. On 2 June one of your tracing agents telephoned Mr Farrow's employer, Ridgeway "
  "Logistics, ostensibly to confirm that he worked there. In the course of that call your agent told the HR "
  "officer that Mr Farrow had 'an outstanding debt of £4,200 with Heathcote Bank which he is refusing to pay'. "
  "That statement was untrue as to the refusal and in any event had no business being made to his employer.\n\n"
  "Our client has since been called into a meeting with his manager. This is a clear failure of your data "
  "protection obligations and of basic collection standards. Please treat this letter as a formal complaint on his "
  "behalf. [[access|Please send us a copy of the call recording and of all personal data you hold on Mr "
  "Farrow.]] We also require confirmation that no further contact will be made with his employer.",
  L(c=True, ex=True, pd=True, br=True, r="access", tp=True, cat="personal_data"),
  "A solicitor writes for his client (third party, explicit): the tracing agent told the employer about the debt, "
  "a disclosure to the wrong person (breach, personal_data) and the main grievance, so category personal_data; "
  "the call recording and a copy of the data are access; Heathcote is only the creditor.")

S(42, "breach", "conexus", person(),
  "I can see someone else's account on your website",
  "When I logged in to make my payment tonight, the account page showed a Mrs Bernadette Quill instead of me: her "
  "address in Swindon, her balance with Northline Energy, her phone number and her last six payments. I logged out "
  "and back in and it happened again.\n\n"
  "If I can see hers, someone can presumably see mine. I want to know what's gone wrong and whether my details have "
  "been shown to anyone else. [[restriction|Until you can tell me it's fixed, please stop showing my details on the "
  "online account at all.]]",
  L(c=True, pd=True, br=True, r="restriction", cat="personal_data"),
  "The portal exposed another customer's account to the writer (breach, personal_data) and she wants answers, an "
  "implicit complaint; 'stop showing my details until it is fixed' is restriction.")

S(43, "breach", "conexus", person("m"),
  "Complaint - my wife's statement sent to my work email",
  "I'm writing on behalf of my wife, Mrs Carla Mendes, with her agreement; she has account CX-5093327 with you. On "
  "Tuesday a statement of her account arrived in my work inbox, not hers. Our company's email filter flagged it for "
  "the word 'arrears' and it was reviewed by someone in our IT team before it reached me, so a colleague has now "
  "read my wife's balance and payment history.\n\n"
  "Neither of us has ever given you my work address. We want to complain about this and we'd like to know what you "
  "are doing about it, given that GDPR is supposed to stop exactly this sort of thing. [[informed|Please tell us "
  "where you obtained my work email address and why it was used for her account.]]",
  L(c=True, ex=True, pd=True, br=True, r="informed", tp=True, cat="personal_data"),
  "A husband writes for his wife (third party): her statement went to his work inbox and was read by a colleague "
  "(breach, personal_data, explicit); asking where the address came from and why it was used is informed.")

# =============================================================================================
# Conexus: look-alikes, not breaches (10)

S(44, "lookalike", "conexus", person(),
  "I'm not dead",
  "Today I opened a letter from you addressed to 'The Executors of the late' followed by my name, at my own "
  "address, asking for details of my estate. I am very much alive and still paying £25 a month as agreed. It gave me "
  "a real shock.\n\n"
  "I don't know where you got the idea I had died, but it needs putting right. [[rectification|Please correct your "
  "records to show that I am alive and still the account holder.]] And I'd like an explanation of how this "
  "happened.",
  L(c=True, pd=True, r="rectification", cat="personal_data"),
  "Inaccurate data (recorded as deceased) in a letter to the writer's own address: personal_data=true but "
  "breach=false, as nothing went to anyone else; correcting the record is rectification.")

S(45, "lookalike", "conexus", person(),
  "I have NOT broken my arrangement",
  "Your letter of 4 June says I am 'in breach of my payment arrangement' and that the full balance of £1,120 is now "
  "due. I've paid £40 on the 1st of every month since November by standing order, and my bank statement shows "
  "June's payment leaving on the 1st as usual.\n\n"
  "Please check your records, confirm the arrangement is still in place and withdraw the demand for the full "
  "balance. I don't want this affecting my credit file.",
  L(c=True, cat="debt_dispute"),
  "'Breach of my payment arrangement' is not about personal data (breach=false); the debtor disputes that payments "
  "were missed and the full balance demanded, an implicit debt_dispute complaint.",
  quote=(CX_CARE, "Our records show that your payment arrangement has not been kept. The full balance is now "
                  "due (reference {ref}).\n\nConexus"))

S(46, "lookalike", "conexus", person(),
  "Change of address from 30 June",
  "I'm moving out of my rented flat at the end of the month. [[rectification|Please update my address to 27 Heron "
  "Walk, Stockton TS18 2PQ from 30 June.]] I'm a bit worried that letters will keep going to the old flat, because "
  "the landlord's agent opens everything that arrives there. Could you confirm once it's changed? Thanks for your "
  "help.",
  L(r="rectification"),
  "A fear that letters might reach the old flat describes nothing disclosed (breach=false); a calm change of "
  "address is rectification without a complaint.")

S(47, "lookalike", "conexus", person(),
  "Please don't call my mum",
  "I've just realised that when I opened my account with Northline years ago I put my mum's landline down as a "
  "second contact. She's 79 and gets anxious about calls. She knows nothing about my account and I'd rather keep it "
  "that way. Could you make sure nobody rings her about it? My mobile is the best way to reach me, and I do answer "
  "it. Thank you.",
  L(),
  "A request not to contact a relative is a contact instruction, not a data right, and nothing has been disclosed "
  "(her mother knows nothing): not a complaint, breach=false.")

S(48, "lookalike", "conexus", person(),
  "Security checks on your phone line",
  "Not a problem as such, just feedback. When I rang on Monday to change my payment date, the only security question "
  "was my postcode. I was fine with that on the day, but it struck me that quite a few people know my postcode. "
  "Might be worth asking for something a bit less obvious as well, like date of birth or part of the reference. No "
  "need to get back to me.",
  L(),
  "Feedback that a phone security question is too easy, with no data given to anyone else and no reply wanted: "
  "breach=false and not a complaint.")

S(49, "lookalike", "conexus", person(),
  "Text with a payment link - is it you?",
  "I got a text this morning from 'CONEXUS-PAY' saying my account is 'suspended pending payment' and giving a link "
  "to a site called conexus-settle.net. I've never had a text from you before and I haven't clicked it. My "
  "reference doesn't appear anywhere in the message.\n\n"
  "Can you tell me whether this is from you and, if not, how to report it? I pay by standing order and don't want "
  "to pay twice or get scammed.",
  L(),
  "A suspected phishing text where nothing was clicked or disclosed (breach=false); a neutral question, not a "
  "complaint.")

S(50, "lookalike", "conexus", person(),
  "Why have you searched my credit file?",
  "I checked my credit report this week and found a search by Conexus dated 19 May. I've been on a payment plan with "
  "you for a year and have never missed a payment, so I don't understand why you needed to look at my credit file, "
  "and nobody told me you would.\n\n"
  "[[informed|Please explain why you carried out this search, what you used the results for, and what gives you the "
  "right to do it.]] [[objection|I object to any further searches of my credit file while I keep to my plan.]]",
  L(c=True, pd=True, r="informed,objection", cat="personal_data"),
  "A credit search the debtor did not expect is unexpected use of her data (personal_data=true) with nothing "
  "disclosed to a wrong person (breach=false); why and on what basis is informed, refusing further searches is "
  "objection.")

S(51, "lookalike", "conexus", person(),
  "Heathcote handed my details over without telling me",
  "I had no idea my Heathcote Bank overdraft had been passed to a collection agency until your letter arrived. "
  "Heathcote never wrote to say they were doing this, and I'm angry that they've given my address, phone number and "
  "account history to another company behind my back while I was still talking to them about a repayment plan.\n\n"
  "I'm taking it up with them, but I want it on record with you too. [[access|Please send me a copy of all the "
  "information Heathcote passed to you about me.]]",
  L(c=True, pd=True, r="access", cat="personal_data", firm="hcb"),
  "The creditor passing the account to Conexus without notice is unexpected sharing with a legitimate recipient, "
  "not a disclosure to a wrong person (breach=false, personal_data=true); only Heathcote can answer for it, so "
  "about_other_firm=hcb; a copy of what was passed is access.")

S(52, "lookalike", "conexus", person(),
  "Promised call back never came",
  "On Tuesday your agent Darren promised he'd ring me back by Wednesday lunchtime with a settlement figure, once he'd "
  "spoken to his manager. It's now Friday afternoon and I've heard nothing. I've turned down overtime to be by the "
  "phone.\n\n"
  "I'd call that a breach of a clear promise. Please have someone ring me on Monday morning with the figure, as I've "
  "got the money ready now.",
  L(c=True, cat="delay"),
  "'Breach' of a promised callback is not a data breach; the overdue callback and figure are a still-waiting "
  "grievance with a demand, an implicit complaint about delay.",
  quote=(CX_CARE, "Further to your call today, an agent will contact you with a settlement figure (reference "
                  "{ref}).\n\nConexus"))

S(53, "lookalike", "conexus", person("f"),
  "Wrong name and title on your letters",
  "I changed my name by deed poll two years ago and sent the creditor a copy at the time. Your letters still come "
  "addressed to 'Mr' and my old first name. They come to my own flat and nobody else opens my post, so it's not that "
  "anyone else has seen them, but seeing that name every month is upsetting and it's not who I am.\n\n"
  "[[rectification|Please correct my title to Ms and change my first name to the one on the attached deed poll.]] "
  "I'd like a reply confirming it has been changed.",
  L(c=True, pd=True, r="rectification", cat="personal_data"),
  "An out-of-date name and title shown only to the writer, in letters to her own flat: inaccurate data "
  "(personal_data=true, implicit complaint) but not a breach, as nobody else saw them; 'please correct' is "
  "rectification.")

# =============================================================================================
# Conexus: ordinary mail (7)

S(54, "ordinary", "conexus", person(),
  "55 mins on hold then the line went dead",
  "I rang your helpline at 9.05 this morning to set up a payment, was on hold for 55 minutes and then the call was "
  "cut off. Tried again at lunch and the message said to call back later. I want to pay, but I can't get through. "
  "Please ring me on the number on my account today.",
  L(c=True, cat="wait_time"),
  "Waiting on hold and being cut off, with a demand for a call back: an implicit complaint, category wait_time.",
  short=("On hold 55 mins then cut off. Still cant pay. Ring me back today pls", ""))

S(55, "ordinary", "conexus", person(),
  "Northline Energy bill is wrong",
  "You're chasing me for £612 on behalf of Northline Energy. That bill was worked out from estimated readings for a "
  "flat I moved out of in August 2024; I gave them a final reading and a photo of the meter on the day I left. They "
  "never used it. I've asked Northline three times to rebill and they keep telling me to 'speak to the agency'.\n\n"
  "The bill itself is wrong and only Northline can fix it. Please send this back to them and stop the collection "
  "until they've corrected the bill.",
  L(c=True, cat="debt_dispute", firm="nte"),
  "The root cause is the creditor's own estimated billing, which only Northline can correct: debt_dispute with "
  "about_other_firm=nte.",
  quote=(CX_CARE, "We are writing on behalf of our client regarding your outstanding balance (reference {ref})."
                  "\n\nConexus"))

S(56, "ordinary", "conexus", staff("Parkside Debt Advice", "parksidedebtadvice.org.uk", "Debt Adviser"),
  "Complaint on behalf of Mr Tomasz Wrobel - excessive calls",
  "I'm a debt adviser supporting Mr Tomasz Wrobel (signed authority enclosed). Mr Wrobel has told your agents that "
  "he has bipolar disorder and that frequent calls make him unwell. His call log shows 19 calls from your numbers "
  "between 1 and 14 June, including three on a Sunday.\n\n"
  "I'm making a complaint on his behalf about the volume of contact. Please limit contact to written "
  "correspondence via me, confirm that his circumstances have been noted, and tell me how you will put this right.",
  L(c=True, ex=True, tp=True, cat="collection_conduct"),
  "An adviser complains explicitly for a vulnerable client (third party) about call volume: collection_conduct; "
  "limiting contact is a conduct remedy, not a data right, and nothing was disclosed.")

S(57, "ordinary", "conexus", person(),
  "Settling my account in full",
  "I've come into some money and would like to clear my account. Could you tell me the full balance as of today and "
  "whether there's any discount for settling in one payment? Please also let me know the best way to pay, as I'd "
  "rather not do it over the phone.",
  L(),
  "A neutral request for a settlement figure: an enquiry, not a complaint.",
  short=("Full settlement figure?",
         "Can you tell me today's balance and whether there's a discount for paying it all in one go? Thanks"))

S(58, "ordinary", "conexus", person(),
  "Complaint about a £45 'trace fee'",
  "My latest statement shows a £45 'trace fee' added on 2 May. I've lived at the same address for nine years, "
  "answered every letter and have been paying you monthly since January, so there was nothing to trace. I'm making "
  "a complaint about this charge and want it removed from my balance, with a corrected statement sent to me.",
  L(c=True, ex=True, cat="fees_charges"),
  "A fee added by Conexus on top of the debt, named as a complaint: explicit, fees_charges.",
  quote=(CX_CARE, "Please find your latest statement attached (reference {ref}).\n\nConexus"))

S(59, "ordinary", "conexus", person(),
  "Still waiting for a final response",
  "I complained on 14 April about the way your agent spoke to me on the phone. You acknowledged it the next day "
  "(your email is below) and said I'd have a final response within eight weeks. It's now more than nine weeks and "
  "I've had nothing. When will I get a reply?",
  L(c=True, ex=True, cat="delay"),
  "A chaser for an overdue final response in which the writer says he complained: explicit, category delay.",
  quote=(CX_CR, "Thank you for contacting us. We have logged your complaint under reference {ref} and will send "
                "you our final response within eight weeks.\n\nCustomer Relations"),
  force_quote=True)

S(60, "ordinary", "conexus", staff("Sterling Credit Loans", "sterlingcredit.co.uk", "Recoveries Analyst"),
  "Remittance report - extra column?",
  "Quick question about the monthly remittance report. Would it be possible to add a column showing the date each "
  "payment was received, alongside the date it was remitted to us? It would save our reconciliation team a lot of "
  "time. If it needs a change request, let me know what you need from us.",
  L(),
  "A creditor client's neutral request about a report format: not a complaint.",
  quote=(CX_CLIENTS, "Please find attached the monthly remittance report (batch {ref}).\n\nClient Services"))

# =============================================================================================
# envelopes

FIRST_F = ["Aisha", "Caroline", "Eleanor", "Grace", "Imogen", "Kirsty", "Megan", "Olwen", "Rhiannon", "Tessa",
           "Vanessa", "Yasmin", "Zoe", "Deborah", "Fiona", "Hannah", "Joanne", "Lucy", "Nadia", "Priya", "Shona"]
FIRST_M = ["Ben", "Dev", "Farhan", "Harry", "Jamal", "Liam", "Nikhil", "Patrick", "Samir", "Umar", "Wesley",
           "Callum", "Ewan", "Gareth", "Ibrahim", "Karl", "Marcus", "Owen", "Rory", "Tom", "Victor"]
FIRST = ["Aisha", "Ben", "Caroline", "Dev", "Eleanor", "Farhan", "Grace", "Harry", "Imogen", "Jamal", "Kirsty",
         "Liam", "Megan", "Nikhil", "Olwen", "Patrick", "Rhiannon", "Samir", "Tessa", "Umar", "Vanessa", "Wesley",
         "Yasmin", "Zoe", "Callum", "Deborah", "Ewan", "Fiona", "Gareth", "Hannah", "Ibrahim", "Joanne", "Karl",
         "Lucy", "Marcus", "Nadia", "Owen", "Priya", "Rory", "Shona", "Tom", "Ursula", "Victor", "Wendy", "Adele",
         "Bryn", "Chloe", "Declan", "Esther", "Frank"]
LAST = ["Whitfield", "Osei", "Pritchard", "Nair", "Hollingworth", "Begum", "Carver", "Doyle", "McAllister",
        "Kowalczyk", "Fenton", "Adeyemi", "Lister", "Rahman", "Thornton", "Evans", "Gallagher", "Haworth", "Iqbal",
        "Jarvis", "Kerr", "Lambert", "Moreno", "Norris", "Oduya", "Pearce", "Quinlan", "Ridley", "Sutcliffe",
        "Tan", "Underwood", "Varga", "Walsh", "Yates", "Ashworth", "Blackwood", "Chowdhury", "Dunmore", "Ellison",
        "Fairclough"]
WEBMAIL = ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "hotmail.co.uk", "icloud.com", "sky.com",
           "proton.me", "live.co.uk", "virginmedia.com"]
GREET = {"pexa": ["Dear PEXA,", "Hello,", "Hi,", "Dear Sir or Madam,", "To the PEXA team,", "Good morning,", ""],
         "conexus": ["Dear Conexus,", "Hello,", "Hi,", "Dear Sir/Madam,", "To whom it may concern,",
                     "Good afternoon,", ""]}
CLOSE = ["Regards,", "Kind regards,", "Thanks,", "Many thanks,", "Best wishes,", "Yours faithfully,", "Thank you,",
         ""]
DATES = ["Mon, 12 May 2025 at 09:14", "Tue, 3 Jun 2025 at 16:40", "Wed, 21 May 2025 at 11:02",
         "Thu, 5 Jun 2025 at 08:55", "Fri, 16 May 2025 at 14:27", "Mon, 9 Jun 2025 at 10:31",
         "Tue, 27 May 2025 at 13:08"]
QUOTE_ENVS = ["quote", "html_quote", "quote_typo"]
BASE_ENVS = ["plain", "html", "typo"]


def sender_of(rng, role, avoid):
    """(display name, first name, address); draws the name, then the address pattern (person) or nothing more."""
    kind, org, domain, title = role
    pool = {"f": FIRST_F, "m": FIRST_M}.get(org, FIRST) if kind == "person" else FIRST
    while True:
        first, last = rng.choice(pool), rng.choice(LAST)
        if f"{first} {last}" not in avoid:
            break
    if kind == "staff":
        addr = f"{first.lower()}.{last.lower()}@{domain}"
    else:
        pattern = rng.randrange(4)
        local = [f"{first.lower()}.{last.lower()}", f"{first.lower()}{last.lower()}{rng.randrange(10, 99)}",
                 f"{first[0].lower()}{last.lower()}", f"{last.lower()}.{first[0].lower()}"][pattern]
        addr = f"{local}@{rng.choice(WEBMAIL)}"
    return f"{first} {last}", first, addr


def signature(rng, role, name, first):
    kind, org, domain, title = role
    if kind == "staff":
        if rng.random() < 0.5:
            return f"{name}\n{title}\n{org}"
        return f"{name} | {title} | {org}"
    return name if rng.random() < 0.6 else first


def render(rng, s, env, avoid):
    mailbox, role = s["mailbox"], s["role"]
    name, first, addr = sender_of(rng, role, avoid)
    if env in ("short", "subject_only"):
        subj, text = s["short"]
        full = f"{text}\n\n{first}" if text else ""
    else:
        subj, text = s["subject"], s["body"]
        greet = rng.choice(GREET[mailbox])
        close = rng.choice(CLOSE)
        sig = signature(rng, role, name, first)
        parts = ([greet] if greet else []) + [text] + ["\n".join(x for x in (close, sig) if x)]
        full = "\n\n".join(parts)
    if "typo" in env:
        full = typos_outside_marks(full, rng, MARK_RIGHTS, 0.3)
    quote = None
    if "quote" in env:
        firm_sender, qtext = s["quote"]
        quote = (f"On {rng.choice(DATES)}, {firm_sender} wrote:", qtext)
    rec = finish_marked_record(
        rng, mailbox=mailbox, sender=f"{name} <{addr}>", subject=strip_marks(subj, MARK_RIGHTS),
        body=strip_marks(full, MARK_RIGHTS), html=env.startswith("html"), quote=quote,
        subject_marks=rights_marks_of(subj), body_marks=rights_marks_of(full), labels=s["labels"], note=s["note"],
        source=s["source"], env=env)
    return rec, name


BREACH_WORDS = re.compile(r"breach|data protection|gdpr", re.I)


def check_mix():
    kinds = {}
    for s in SCENARIOS:
        kinds.setdefault((s["mailbox"], s["kind"]), []).append(s)
        assert (s["kind"] == "breach") == s["labels"]["breach"], s["source"]
        marked = {r for r, _ in rights_marks_of(s["subject"] + "\n" + s["body"])}
        assert marked == set(s["labels"]["rights"]), s["source"]
        if s["short"]:
            assert {r for r, _ in rights_marks_of(s["short"][0] + "\n" + s["short"][1])} == marked, s["source"]
    assert len(SCENARIOS) == 60 and len({s["source"] for s in SCENARIOS}) == 60
    for mb in ("pexa", "conexus"):
        assert [len(kinds[(mb, k)]) for k in ("breach", "lookalike", "ordinary")] == [13, 10, 7], mb
    worded = [s["source"] for s in SCENARIOS if s["kind"] == "breach"
              and BREACH_WORDS.search(" ".join([s["subject"], s["body"]] + list(s["short"] or ())))]
    assert len(worded) <= 6, worded


def build(rng):
    check_mix()
    records = []
    for s in SCENARIOS:
        base = BASE_ENVS + (QUOTE_ENVS if s["quote"] else [])
        if s["force_quote"]:
            base = QUOTE_ENVS
        if s["short"]:
            envs = ["subject_only" if not s["short"][1] else "short", rng.choice(base)]
        else:
            envs = rng.sample(base, 2)
        used = set()
        for env in envs:
            rec, name = render(rng, s, env, used)
            used.add(name)
            records.append(rec)
    return records


def summary(records, env_count):
    kind = {s["source"]: s["kind"] for s in SCENARIOS}
    labs = [(r["source"], r["labels"]) for r in records]

    def both(pred):
        return sum(1 for _, l in labs if pred(l)), len({src for src, l in labs if pred(l)})

    lines = [f"wrote {len(records)} emails from {len({r['source'] for r in records})} scenarios to "
             f"{os.path.relpath(OUT, ROOT)}",
             "mailboxes: " + ", ".join(f"{m} {sum(r['mailbox'] == m for r in records)}" for m in ("pexa", "conexus"))]
    for k in ("breach", "lookalike", "ordinary"):
        n = [src for src, _ in labs if kind[src] == k]
        lines.append(f"{k}: {len(n)} emails, {len(set(n))} scenarios")
    for name, pred in [("breach=true", lambda l: l["breach"]), ("complaint", lambda l: l["complaint"]),
                       ("explicit", lambda l: l["explicit"]), ("personal_data", lambda l: l["personal_data"]),
                       ("third_party", lambda l: l["third_party"]),
                       ("breach non-complaint", lambda l: l["breach"] and not l["complaint"]),
                       ("about_other_firm set", lambda l: l["about_other_firm"] is not None)]:
        e, sc = both(pred)
        lines.append(f"{name}: {e} emails, {sc} scenarios")
    for r in RIGHTS:
        e, sc = both(lambda l, r=r: r in l["rights"])
        if e:
            lines.append(f"right {r}: {e} emails, {sc} scenarios")
    lines.append("envelopes: " + ", ".join(f"{k} {v}" for k, v in sorted(env_count.items())))
    return "\n".join(lines)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=marked_record_errors,
                         train_labels=["breach"])


if __name__ == "__main__":
    sys.exit(main())
