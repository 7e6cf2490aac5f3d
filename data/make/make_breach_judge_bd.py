#!/usr/bin/env python3
"""Breach-recognition evaluation set BD (stdlib only): 60 hand-written scenarios, each rendered twice.

* 26 scenarios describe a personal data breach (data lost, sent or disclosed to the wrong person, or exposed) by the
  receiving firm, a participant firm or creditor, or someone else, mostly told in plain words;
* 20 look-alikes that are not breaches by the labelling guide (inaccurate data shown only to the writer, unexpected
  use or sharing with a proper party, fears, do-not-contact requests, "breach" in another sense, weak security
  checks, phishing reports);
* 14 ordinary mails of the two mailboxes.

Every sentence that asks for a UK GDPR right is marked inline as [[right|sentence]] and becomes a request_sentences
mark. Each scenario is rendered twice with envelopes drawn from the generator's own rng (sender, greeting, sign-off,
HTML, a quoted earlier reply from the firm, letter-swap typos outside the marks, short or subject-only versions).

Usage: .venv/bin/python data/make/make_breach_judge_bd.py  -> data/trials/breach_judge_bd.jsonl
"""
import collections
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from labelled_mail import (MARK_RIGHTS, RIGHTS, finish_marked_record, letter_edit, marked_record_errors,  # noqa: E402
                           new_text, rights_marks_of, run_generator, short_labels, strip_marks,
                           typos_outside_marks)

SEED = 20270822
PREFIX = "bjbd"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "breach_judge_bd.jsonl")

# ---------------------------------------------------------------------------------------------
# people and envelopes (all invented)

FIRST = ["Amelia", "Rohan", "Bethany", "Tariq", "Morven", "Lewis", "Chidinma", "Hollie", "Piotr", "Yasmin",
         "Fergus", "Leanne", "Sanjay", "Eilidh", "Dominic", "Grace", "Kwame", "Niamh", "Stuart", "Farah",
         "Gethin", "Rosalind", "Dmitri", "Tamsin", "Owain", "Precious", "Callista", "Hamza", "Ingrid", "Declan"]
LAST = ["Pemberton", "Achebe", "Lindgren", "Moorcroft", "Castellano", "Rafferty", "Duckworth", "Sandhu",
        "Halvorsen", "Tregarthen", "Mbeki", "Oyelaran", "Fairbairn", "Kowalski", "Whitlock", "Ashdown",
        "Belasco", "Crathorne", "Dunmore", "Esterhuizen", "Gallacher", "Hebblethwaite", "Iqbal", "Jessop",
        "Kinsella", "Lovatt", "Marchetti", "Nettleford", "Quarrie", "Rudkin"]
PERSONAL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "icloud.com", "hotmail.co.uk",
                    "sky.com", "talktalk.net", "proton.me", "virginmedia.com"]
STAFF_TITLES = ["Conveyancing Executive", "Senior Paralegal", "Partner", "Compliance Officer", "Head of Risk",
                "Practice Manager"]
LENDER_TITLES = ["Completions Manager", "Operations Manager", "Settlements Team Leader", "Mortgage Servicing Lead",
                 "Head of Risk"]
LENDER_DOMAINS = ("kestrelbs.co.uk", "beaconhomefinance.co.uk", "heathcotebank.co.uk", "tvmortgages.co.uk")
CREDITOR_TITLES = ["Collections Partner Manager", "Recoveries Team Leader", "Debt Operations Manager",
                   "Agency Relationship Manager"]

GREET = {"pexa": ["Hello,", "Hi PEXA team,", "Dear Sir or Madam,", "Good morning,", "Hi,", ""],
         "conexus": ["Dear Conexus,", "Hello,", "To whom it may concern,", "Hi,", "Dear Sir/Madam,", ""]}
SIGN = ["Regards,\n{name}", "Thanks,\n{first}", "Kind regards,\n{name}", "{name}", "Many thanks\n{name}",
        "Yours faithfully,\n{name}", "Best wishes,\n{first}"]

FIRM_FROM = {"pexa": "PEXA Support <support@pexa.co.uk>", "conexus": "Conexus <customer.services@conexus.co.uk>"}
QUOTES = {
    "pexa": [
        "Thank you for contacting PEXA Support.\n\nYour message has been logged as case {ref}. A member of our team "
        "will be in touch within two business days.\n\nKind regards\nPEXA Support",
        "Hi,\n\nThanks for getting in touch. We've passed your query to the relevant team under case {ref} and will "
        "update you as soon as we can.\n\nPEXA Customer Care",
        "Hello,\n\nThank you for your call earlier. As discussed, I have opened case {ref} so we can follow this "
        "up.\n\nBest regards\nPEXA Support Desk",
    ],
    "conexus": [
        "Dear Customer,\n\nThank you for your email. It has been added to your account and given reference {ref}. "
        "We aim to respond within 5 working days.\n\nYours sincerely\nCustomer Services\nConexus",
        "Hello,\n\nThanks for contacting Conexus. Your message is logged under {ref}. If you need to speak to us "
        "sooner, our lines are open 8am to 8pm Monday to Friday.\n\nConexus Customer Services",
        "Dear Customer,\n\nWe have received your message and a member of our team will review your account "
        "(reference {ref}).\n\nKind regards\nConexus",
    ],
}
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

FIRMS = {  # directory firms used as senders: (name as they sign, domain)
    "kbs": ("Kestrel Building Society", "kestrelbs.co.uk"),
    "ols": ("Orchard Lane Solicitors", "orchardlanesolicitors.co.uk"),
    "bhf": ("Beacon Home Finance", "beaconhomefinance.co.uk"),
    "hcb": ("Heathcote Bank", "heathcotebank.co.uk"),
    "tvm": ("Thames Valley Mortgages", "tvmortgages.co.uk"),
    "gfl": ("Greyfriars Law LLP", "greyfriarslaw.co.uk"),
    "nte": ("Northline Energy", "northline-energy.co.uk"),
    "pmt": ("Pennant Mobile", "pennantmobile.co.uk"),
    "scl": ("Sterling Credit Loans", "sterlingcredit.co.uk"),
}

# ---------------------------------------------------------------------------------------------
# scenarios

SCEN = []


def S(kind, mb, who, subj, body, lab, note, q=False, short=None):
    """One scenario: kind breach/lookalike/ordinary, mailbox, sender spec, subject (str or list), marked body,
    labels, note, whether a quoted earlier firm reply fits, and an optional short (subject, body) version."""
    SCEN.append({"id": f"{PREFIX}-s{len(SCEN) + 1:03d}", "kind": kind, "mb": mb, "who": who, "subj": subj,
                 "body": body, "lab": lab, "note": note, "q": q, "short": short})


L = short_labels
C = ("c",)  # a private person writing from a personal address


def staff(fid):
    return ("s",) + FIRMS[fid]


# ============================== PEXA: breaches (13) ==============================

S("breach", "pexa", staff("gfl"),
  ["Wrong matter's figures in our settlement pack - {ref}", "Settlement pack {ref} contains another buyer's details"],
  "We downloaded the settlement pack for workspace {ref} this morning to check it before tomorrow. Pages 1 to 6 are "
  "ours. Pages 7 and 8 belong to somebody else's transaction altogether: a buyer called Mrs Irene Scholes, a flat in "
  "Gateshead, the loan amount and the sort code and account number her balance is going to.\n\n"
  "None of our fee earners has any business seeing that, and it makes me wonder where pages 7 and 8 of our own "
  "clients' pack have ended up.\n\n"
  "I need to know today how this happened, whether our clients' figures have gone to another firm in the same way, "
  "and who is telling Mrs Scholes's conveyancer. We have saved the file in a restricted folder and will not "
  "circulate it; tell us whether you want it back.",
  L(c=True, pd=True, br=True, cat="personal_data"),
  "A settlement pack generated by PEXA put another buyer's bank details in front of the wrong firm, and the firm "
  "wants answers: implicit complaint, personal_data and breach, staff for their own firm so not third_party.",
  q=True,
  short=("Another buyer's bank details in our settlement pack {ref}",
         "Pages 7 and 8 of the pack you generated for {ref} are a different buyer's transaction, with her sort code "
         "and account number. How did this happen and where are our clients' pages? Please call me today."))

S("breach", "pexa", C,
  ["Your feedback email - everyone's addresses on show", "Settlement survey sent to 40 people at once"],
  "I completed on my house purchase a fortnight ago and this morning got your 'Tell us about your settlement' "
  "email. It wasn't sent to me alone. The To line has forty-odd other people in it, full names and personal email "
  "addresses, and judging by some of them (one is literally 'sarahsnewhome') they have all just bought a house.\n\n"
  "Anyone on that list can now see who else has just moved, and two people have already hit reply-all. I'm not "
  "impressed that a company that handles people's house money can't send a survey properly.\n\n"
  "Please tell me what you are doing about it. [[erasure|And please delete my email address from whatever list "
  "that survey came from.]]",
  L(c=True, pd=True, br=True, r="erasure", cat="personal_data"),
  "Recipients' names and emails exposed in a survey's To line is a disclosure to the wrong people (breach) and she "
  "wants action: implicit complaint, personal_data; 'delete my email address from your list' is erasure.",
  short=("Survey sent with 40 people's email addresses visible",
         "Your settlement survey went out with everyone's name and personal email in the To line, mine included. "
         "Explain please. [[erasure|Delete my email address from your survey list.]]"))

S("breach", "pexa", C,
  "Complaint about Orchard Lane - my passport sent to a stranger",
  "I'm buying 9 Tamsin Court through Orchard Lane Solicitors, who I understand use your system. On Monday I had a "
  "phone call from a man I've never met who said Orchard Lane had emailed him my passport, my driving licence and "
  "three months of my bank statements. He is another of their clients, buying somewhere in Stockport, and the "
  "paralegal must have picked the wrong name.\n\n"
  "He was decent about it and says he's deleted everything, but I have no way of knowing that. I've had to cancel "
  "my bank card as a precaution.\n\n"
  "I want to complain about Orchard Lane. I've rung them twice and the paralegal's phone just rings out. Please make "
  "sure this reaches somebody senior there, as I don't know who else to go to.",
  L(c=True, ex=True, pd=True, br=True, cat="personal_data", firm="ols"),
  "A consumer's explicit complaint that her own solicitors emailed her identity documents to another client: "
  "breach by a participant firm, so about_other_firm=ols with personal_data and category personal_data.",
  short=("Orchard Lane sent my passport and bank statements to another client - complaint", ""))

S("breach", "pexa", staff("kbs"),
  ["Document received in error via workspace {ref}", "Mortgage offer sent to us by mistake - {ref}"],
  "Just a heads-up. A mortgage offer for a borrower who isn't ours (a Mr Devinder Gill, property in Luton) came "
  "through to our team inbox this afternoon as an attachment on a workspace message for {ref}. As far as we can "
  "tell it was meant for another lender in the same chain.\n\n"
  "We've deleted it and haven't forwarded it anywhere. No reply is needed from our side; I'm only letting you know "
  "so whoever owns it can be told and you can look at how it was routed.",
  L(br=True),
  "Another borrower's mortgage offer reached the wrong lender (breach), but the writer is calm and wants no reply: "
  "not a complaint, so personal_data=false and category none.",
  q=True,
  short=("Mr Gill's mortgage offer came to us by mistake",
         "A mortgage offer for a Mr Gill (not our borrower) came to us on workspace {ref}. Deleted, not forwarded. "
         "Just so you know, no reply needed."))

S("breach", "pexa", ("s", "Hartwell Dunne LLP", "hartwelldunne.co.uk"),
  "URGENT - wrong firm invited to workspace {ref}",
  "I've made a mistake and need your help quickly. When setting up workspace {ref} this morning I invited Kestrel "
  "Building Society as the incoming lender. It should have been a different lender with a similar name in the "
  "dropdown. Kestrel now has the workspace in their list and can see our clients' names, the property address, the "
  "price and the completion date.\n\n"
  "Please can you remove Kestrel's access to the workspace straight away, or tell me how to do it myself, since I "
  "can't see an option now the invitation has been accepted. I'll let our clients and our risk partner know.",
  L(br=True),
  "The writer's own firm exposed its clients' details to the wrong lender (breach) and asks for help, with no "
  "dissatisfaction with PEXA: a service request, not a complaint; 'access' is workspace access, not a right.")

S("breach", "pexa", C,
  ["Thames Valley sent my redemption figures to my ex", "TVM - my details sent to my ex-husband"],
  "I'm selling the house I used to share with my ex-husband and PEXA is being used for the completion. I asked "
  "Thames Valley Mortgages in writing back in January to use only this email address for me, because we're "
  "separated and things are not friendly.\n\n"
  "Yesterday my ex rang to say he'd received my redemption statement, my mortgage account history and my new "
  "address from TVM, sent to his email. That address is the one thing I didn't want him to have.\n\n"
  "I want TVM to explain how this happened and what they're going to do, and I've had no luck on their phone line. "
  "[[rectification|If PEXA holds any contact details for me from the sale, please correct them so that this email "
  "address is the only one.]]",
  L(c=True, pd=True, br=True, r="rectification", cat="personal_data", firm="tvm"),
  "Her lender sent her account and new address to her ex-husband (breach by a participant firm), so the complaint "
  "is forwarded to tvm; correcting the contact details PEXA holds is rectification asked of PEXA.")

S("breach", "pexa", C,
  "My father's purchase papers found on a train",
  "I'm writing for my father, Mr Albert Finch, who is 84 and buying a bungalow in Topsham with Marsh & Penrose "
  "Conveyancing acting for him. He doesn't use email, so I deal with his correspondence.\n\n"
  "On Saturday a woman phoned him. She had found a cardboard folder on the Exeter to Exmouth train with the Marsh & "
  "Penrose logo on it, and inside were his contract, his bank statements, a copy of his pension letter and a note of "
  "his date of birth. She got his number from one of the letters. She has kindly posted it back, but she has "
  "obviously read it, and we have no idea who else did.\n\n"
  "Dad is very shaken. We would like Marsh & Penrose to explain why his file was on a train and whether anything is "
  "missing from it. Please pass this to them, as we understand it is their responsibility, not yours.",
  L(c=True, pd=True, br=True, tp=True, cat="personal_data", firm="mpc"),
  "A son writes for his father (third_party) about his conveyancer losing his file on a train, read by a stranger: "
  "breach by a participant firm, about_other_firm=mpc, personal_data.")

S("breach", "pexa", staff("hcb"),
  "Complaint - another lender's borrowers shown during support call",
  "I'd like to raise a formal complaint about a support session on Thursday.\n\n"
  "Your adviser shared their screen to walk two of our team through a lodgement error. Before opening our workspace "
  "they had a list open that was plainly another lender's pipeline: around thirty borrower names with property "
  "addresses and loan amounts. It stayed on screen for about a minute while they searched for our case, and one of "
  "my colleagues was taking notes, so some of it is in our notes until we purge them.\n\n"
  "Our data protection officer wants a written account of what the adviser had open, confirmation that the other "
  "lender has been told, and what you will do so that support staff close other customers' data before sharing a "
  "screen.",
  L(c=True, ex=True, pd=True, br=True, cat="personal_data"),
  "Another lender's borrowers were shown to the wrong firm on a screen share (breach); Heathcote calls it a formal "
  "complaint about PEXA's own staff, so explicit, personal_data, about_other_firm=null.",
  q=True)

S("breach", "pexa", C,
  ["Someone else has my completion email", "Your email about my house went to a stranger"],
  "On Friday a complete stranger forwarded me an email that PEXA had sent to him. It was the notification that my "
  "purchase had settled: my full name, the address of my new home and the date I'd be getting the keys. He found me "
  "because my name is unusual and he looked me up online. He says his email address is one letter different from "
  "mine.\n\n"
  "So a man I don't know knows exactly where my new house is and when it will be empty. I want to know who typed my "
  "address wrong and how many other emails about me have gone to him.\n\n"
  "[[access|Please send me a copy of all the personal information you hold about me, including the email addresses "
  "you have been sending my details to.]]",
  L(c=True, pd=True, br=True, r="access", cat="personal_data"),
  "PEXA's notification went to a stranger's mistyped address (breach) and she demands answers: implicit complaint, "
  "personal_data; a copy of everything held about her is access.",
  short=("Your settlement email about me went to a stranger",
         "A man I don't know forwarded me your settlement email about my purchase: my name, new address, key date. "
         "His address is one letter off mine. Explain please. [[access|Send me a copy of all the personal "
         "information you hold about me.]]"))

S("breach", "pexa", staff("ols"),
  "Client ID documents missing from workspace {ref}",
  "On the 2nd our client uploaded her passport, a utility bill and her proof of funds to workspace {ref}. We checked "
  "they were there. Today your support desk tells us that 'following the storage migration' those files no longer "
  "exist and there is no backup of them.\n\n"
  "That means going back to a nervous first-time buyer two days before exchange, asking for everything again, and "
  "telling her we don't know what happened to her passport copy. 'They no longer exist' isn't good enough. We need "
  "to know whether the files were deleted or are sitting somewhere we can't see, who could get at them, and when "
  "you will give us a proper explanation.",
  L(c=True, pd=True, br=True, cat="personal_data"),
  "A client's identity documents were lost from the platform, and loss counts as a breach; the firm wants an "
  "explanation: implicit complaint, personal_data, staff for own firm (ols is the complainant, not the subject).",
  q=True,
  short=("Client passport and proof of funds lost from workspace {ref}",
         "Support says the ID files in {ref} vanished in your storage migration with no backup. Where are they and "
         "who can see them? We need an answer before exchange."))

S("breach", "pexa", C,
  ["I think this email was meant for someone with my name", "Settlement email sent to the wrong person"],
  "I've received an email from PEXA this morning inviting me to 'review the settlement statement' for a property in "
  "Hull, with the sale price, the seller's name and a link. I'm not buying or selling anything. I think it must be "
  "meant for someone who shares my name, since the surname is the same but the middle initial isn't mine.\n\n"
  "I haven't clicked the link and I've deleted it. I don't need a reply, I just thought you should know it went "
  "astray.",
  L(br=True),
  "A member of the public received someone else's settlement details (breach) but is calm and wants no reply: not "
  "a complaint, personal_data=false, category none.",
  short=("Settlement email for a Hull property sent to me by mistake - deleted, no reply needed", ""))

S("breach", "pexa", C,
  ["Fake bank details email - Greyfriars", "Greyfriars Law - someone got into their email"],
  "I'm buying a flat in Leith with Greyfriars Law. Yesterday I got an email that looked exactly like it came from my "
  "solicitor there, quoting my completion date, the exact balance I had to pay and the flat address, asking me to "
  "send the money to a 'new client account'. I rang Greyfriars and they admitted one of their staff's mailboxes had "
  "been got into last week and they'd 'been meaning to let affected clients know'.\n\n"
  "I nearly sent £41,000 to a fraudster. Nobody from Greyfriars has told me what else was in that mailbox: my "
  "passport, my payslips, my mum's gifted deposit letter. I'm told you pass on concerns about the firms on your "
  "system. I want Greyfriars to tell me in writing exactly what was taken and what they are doing about it.",
  L(c=True, pd=True, br=True, cat="personal_data", firm="gfl"),
  "Her solicitors' mailbox was broken into and her purchase details reached a fraudster (breach by a participant "
  "firm); PEXA is not blamed, so about_other_firm=gfl, personal_data, implicit.")

S("breach", "pexa", ("s", "Ashby Lyle Conveyancing", "ashbylyle.co.uk"),
  "Home addresses of our staff visible to every PEXA user",
  "Since last week's update the participant directory shows, for each of our conveyancers, the mobile number and "
  "home address they gave your onboarding team for identity checks. Any user at any firm on the platform can search "
  "for them. One of our team has had a client of another firm turn up at her house.\n\n"
  "Those details were given for verification only, never for display. Please explain how they ended up in the "
  "directory and how many people have looked at them. Under GDPR I expect you to tell the people affected. "
  "[[restriction|Until it is fixed, please stop showing any home addresses or personal mobile numbers for our staff "
  "in the directory.]]",
  L(c=True, pd=True, br=True, r="restriction", cat="personal_data"),
  "Verification-only home addresses exposed to every platform user is an exposure (breach), not merely unexpected "
  "use; implicit complaint with personal_data; 'stop showing it until fixed' is restriction.",
  q=True)

# ============================== PEXA: look-alikes (10) ==============================

S("lookalike", "pexa", ("s", "Fenwick Rowe Solicitors", "fenwickrowe.co.uk"),
  "Spelling of my name on my user profile",
  "Could you help with a small thing? My PEXA user profile has my surname as '{last_wrong}' when it is '{last}'. It "
  "only shows on my own settings page as far as I can tell, and nothing has gone wrong because of it. "
  "[[rectification|Please could you correct the surname on my profile to {last}?]] I can't edit that field "
  "myself.\n\nThanks in advance.",
  L(r="rectification"),
  "A polite request to correct a misspelt name seen only by the writer: inaccurate data, no disclosure, so "
  "breach=false, not a complaint; 'correct my surname' is rectification.",
  q=True,
  short=("Please correct my surname on my PEXA profile",
         "[[rectification|Please correct my surname on my user profile to {last}.]] It currently has a letter "
         "wrong. Thanks."))

S("lookalike", "pexa", staff("tvm"),
  "Question about the new auto-fill for borrower contact details",
  "Before we switch on the contact auto-fill in next month's release, our team has a question. Where a borrower has "
  "moved since the loan was taken out, will the platform pull their old email address from the previous workspace? "
  "We're worried that completion confirmations might end up going to an old address, or to an ex-partner's inbox "
  "on a joint mortgage.\n\n"
  "Nothing has gone wrong so far. We'd just like to understand how the feature picks an address, and whether we can "
  "turn it off for particular cases, before we decide whether to use it.",
  L(),
  "A fear that confirmations might go to the wrong inbox, with nothing sent: breach=false, and a neutral question "
  "is an enquiry, not a complaint.",
  q=True)

S("lookalike", "pexa", C,
  ["Why am I getting your newsletters?", "Emails from PEXA I never signed up for"],
  "I sold my house in June through my solicitor and have never had an account with PEXA or signed up to anything "
  "from you. Since then I've had four emails from you about 'smarter settlements' and a webinar for property "
  "professionals, addressed to me by name.\n\n"
  "I assume my solicitor's firm put my email into your system for the sale and you've decided to use it for your "
  "mailing list. That isn't what I gave it for and I'm annoyed. [[informed|Please tell me where you got my email "
  "address from and what you think gives you the right to send me marketing.]] [[objection|I object to my details "
  "being used for any marketing by you.]]",
  L(c=True, pd=True, r="informed,objection", cat="personal_data"),
  "Marketing sent to the writer from data given for a sale is unexpected use, not disclosure to anyone else: "
  "personal_data without breach; source and basis = informed, objecting to marketing = objection.",
  short=("Stop the marketing - I never signed up",
         "[[objection|I object to you using my email address for marketing.]] [[informed|Where did you get it from, "
         "and on what basis are you using it?]] I only sold a house through a solicitor."))

S("lookalike", "pexa", staff("bhf"),
  "Formal complaint - outage on 30 September and our service agreement",
  "I am writing to make a formal complaint about the platform outage on the last day of September. Between 11:40 "
  "and 15:10 none of our settlements could be signed, and eleven completions slipped to the next day, with our "
  "customers paying extra interest and removal costs.\n\n"
  "Your service level agreement with us promises 99.8% availability in business hours and a status notice within "
  "15 minutes. We had neither: the status page said 'all systems operational' until 13:00. In our view that is a "
  "clear breach of the agreement.\n\n"
  "We expect a root cause report, confirmation of the service credits due under schedule 3, and a contribution to "
  "our customers' costs.",
  L(c=True, ex=True, cat="platform_defect"),
  "'Breach of the agreement' is a contract breach, not a data breach; Beacon's formal complaint is about PEXA's "
  "outage, so explicit, platform_defect, about_other_firm=null.",
  q=True)

S("lookalike", "pexa", ("s", "Coldwell Pike Solicitors", "coldwellpike.co.uk"),
  "Your support line's identity check",
  "I rang your support line on Tuesday to reset a colleague's two-factor device. The only check before the agent "
  "went ahead was my name and the name of my firm, both of which are on our website. Nobody asked for a PIN, a "
  "call-back to the registered number or anything else.\n\n"
  "As it happens it was a genuine request and no harm was done. But with the sums going through settlements, anyone "
  "could ring up pretending to be us and take over a user. I'd like to know why the check is so thin and whether "
  "you'll change it, and I'd appreciate a reply from someone who can decide that.",
  L(c=True, cat="process"),
  "A security check the writer found too easy, with nothing disclosed: breach=false and personal_data=false; "
  "dissatisfaction with the rule itself plus a reply wanted is an implicit complaint, category process.",
  q=True)

S("lookalike", "pexa", ("s", "Brightwater Legal", "brightwaterlegal.co.uk"),
  ["Is this email really from you? (login re-verification)", "Suspicious 'PEXA Security' email"],
  "Two people in our office received an email this morning, apparently from 'PEXA Security', saying our accounts "
  "would be suspended unless we re-verified our login through a link. The sender address ends in '.co' rather than "
  "your usual domain and the link goes to a site I don't recognise.\n\n"
  "Nobody clicked it or entered anything. I've attached a screenshot rather than forwarding the email itself. Can "
  "you confirm it isn't genuine, and let us know if you'd like anything else from us to report it?",
  L(),
  "A phishing email reported with nothing entered or disclosed: breach=false; a neutral question, not a "
  "complaint.",
  q=True,
  short=("Phishing? 'PEXA Security' re-verify your login email - nobody clicked", ""))

S("lookalike", "pexa", C,
  "Why does my lender know things before I do?",
  "My conveyancer hadn't even rung me to confirm we'd settled when Kestrel, my new lender, texted to say 'Welcome "
  "home, your mortgage funds were released at 11:52'. When I asked Kestrel how they knew, they said they could see "
  "it 'in PEXA'.\n\n"
  "I understand they are lending me the money, but I had no idea a platform I'd never heard of was passing updates "
  "about my purchase to them as they happen, and nobody asked me. [[informed|Can you explain what information about "
  "me you hold, where it comes from and who you share it with?]]",
  L(c=True, pd=True, r="informed", cat="personal_data"),
  "Updates shared with her own lender, a party to the transaction, is sharing she did not expect, not disclosure "
  "to a wrong person: personal_data, breach=false; the firm is PEXA itself; source and recipients = informed.")

S("lookalike", "pexa", ("s", "Pryor Fenn LLP", "pryorfenn.co.uk"),
  "Orchard Lane - breach of undertaking on {ref}",
  "We acted for the buyer in workspace {ref}, which settled seven weeks ago. Orchard Lane Solicitors acted for the "
  "seller and gave the usual undertaking to redeem the seller's existing charge and send us the discharge. The "
  "charge is still on the register, and Orchard Lane have not answered our last three letters or a call to their "
  "client care partner.\n\n"
  "That is a breach of their undertaking and it is holding up our client's registration. We understand you can't "
  "sort out the redemption yourselves, but please pass this to whoever deals with participant conduct and let us "
  "know you have done so.",
  L(c=True, cat="delay", firm="ols"),
  "'Breach of undertaking' is a professional undertaking, not data; the grievance is purely Orchard Lane's late "
  "redemption, so an implicit complaint to forward (about_other_firm=ols), category delay.")

S("lookalike", "pexa", C,
  ["Who will see my bank details?", "Question before my sale settles"],
  "My solicitor has explained that my sale will settle through PEXA next month and that she will enter my bank "
  "account details so the proceeds can be paid to me. I'm a bit nervous after reading about conveyancing fraud.\n\n"
  "Nothing has happened, I'm just careful. [[informed|Could you tell me who on the platform will be able to see my "
  "account details, and how long you keep them after completion?]] Thanks very much.",
  L(r="informed"),
  "A worry about who might see her bank details, with nothing disclosed: breach=false, no dissatisfaction so not a "
  "complaint; who sees the data and how long it is kept = informed.",
  short=("Who sees my bank details in PEXA?",
         "[[informed|Before my sale settles next month, can you tell me who on your platform will be able to see my "
         "bank details and how long you keep them?]]"))

S("lookalike", "pexa", C,
  "Wrong name on my completion paperwork",
  "Marsh and Penrose are handling my sale, and the settlement statement they've just sent me from your system has "
  "me under my old surname, Quayle. I married four years ago and gave them my married name, {last}, and my marriage "
  "certificate at the very start.\n\n"
  "Only I have seen it, but if it goes to the Land Registry like that it will be a mess to sort out. I'd like Marsh "
  "and Penrose to get this right without me chasing them again, so please let them know. "
  "[[rectification|If your system has my name stored from them, please correct it to my married name too.]]",
  L(c=True, pd=True, r="rectification", cat="personal_data", firm="mpc"),
  "An old surname on paperwork sent only to the writer is inaccurate data, not a breach; the complaint is about "
  "her conveyancer (mpc), personal_data; correcting PEXA's copy of her name is rectification.")

# ============================== PEXA: ordinary (7) ==============================

S("ordinary", "pexa", staff("hcb"),
  "Invoice {inv} - breakdown of lines",
  "Our accounts team has asked for a breakdown of invoice {inv}. It shows 212 workspace fees for August and we'd "
  "like to reconcile those against our own completions list. Is there a report in the platform that lists each "
  "workspace with its fee, or could you send one over as a spreadsheet? No rush, any time this month is fine.",
  L(),
  "A neutral request for an invoice breakdown is an enquiry: no complaint, no breach, no right.",
  q=True)

S("ordinary", "pexa", staff("ols"),
  "Complaint - signing error stopped settlement of {ref}",
  "Our settlement on {ref} failed yesterday afternoon. Every time our authorised signer tried to sign the settlement "
  "schedule the platform returned 'Error 502 - signing service unavailable', from 13:05 until after the 14:00 "
  "cut-off. Your status page showed nothing. Our client had to spend another night in a hotel with two children, "
  "and the removal lorry was paid to sit on the drive.\n\n"
  "I'm making a complaint about this. Please tell us what went wrong and whether you'll cover the hotel and removal "
  "costs, which come to £640.",
  L(c=True, ex=True, cat="platform_defect"),
  "A signing error that stopped a settlement, called a complaint: explicit, platform_defect; OLS is the "
  "complainant so about_other_firm=null.",
  q=True)

S("ordinary", "pexa", ("s", "Lockhart Ames Solicitors", "lockhartames.co.uk"),
  "Still no joining link for Settlement Essentials",
  "This is the third session I've booked for our two new trainees and, for the third time, the joining link hasn't "
  "arrived. Yesterday they sat at their desks for forty minutes waiting. The booking page says 'confirmed' every "
  "time.\n\n"
  "They can't be given live matters until they've done the course. Please get them onto a session that actually "
  "happens and let me know what went wrong with the last three.",
  L(c=True, cat="training"),
  "Three training sessions without a joining link, with action demanded: implicit complaint, category training.",
  q=True)

S("ordinary", "pexa", C,
  ["Heathcote haven't released my mortgage money", "Completion stuck - Heathcote Bank"],
  "We were supposed to complete on Friday. Our solicitor says everything is ready in the settlement workspace except "
  "Heathcote Bank, who haven't released the mortgage funds and won't say why. It's now Wednesday. We've had to move "
  "in with my parents and our buyer is threatening to pull out.\n\n"
  "I know you run the platform and this isn't your doing, but please pass this to Heathcote so someone there "
  "actually deals with it.",
  L(c=True, cat="delay", firm="hcb"),
  "A borrower's grievance is purely the lender's late release of funds: complaint to forward, about_other_firm=hcb, "
  "category delay.")

S("ordinary", "pexa", ("s", "Marlow Keene Solicitors", "marlowkeene.co.uk"),
  "Registration still pending after five weeks",
  "We applied to join PEXA on the first working day of last month. Since then we have sent our practising "
  "certificates twice, answered the same verification questions by email and by phone, and been told twice that the "
  "application is 'with the team'. Every firm we deal with is moving to the platform and we're starting to lose "
  "instructions because we can't settle on it.\n\n"
  "Please tell us what is actually outstanding and when our registration will be finished.",
  L(c=True, cat="onboarding"),
  "A stalled registration with harm and a demand for an answer: implicit complaint, category onboarding.",
  q=True)

S("ordinary", "pexa", staff("gfl"),
  ["Thanks - workspace {ref} sorted", "Thank you for last night"],
  "Just a quick note to say thank you to Oren on your support desk, who stayed on the phone with us until the "
  "lodgement for {ref} went through yesterday evening. The client completed on time and is very happy. Nothing "
  "further needed from you.",
  L(),
  "Thanks for a resolved matter with nothing outstanding: not a complaint.",
  q=True)

S("ordinary", "pexa", C,
  "Copy of my data - former user",
  "I worked as a conveyancer at a firm that used PEXA until I left the profession in the spring, and I had a user "
  "account in my own name. [[access|Please send me a copy of the personal data you hold about me, including my user "
  "profile, my login history and any identity documents I supplied when I registered.]] I'm happy to confirm my "
  "identity however you need. Thank you.",
  L(r="access"),
  "A neutral request for a copy of her own data: access, without dissatisfaction, so not a complaint and no "
  "breach.")

# ============================== Conexus: breaches (13) ==============================

S("breach", "conexus", C,
  ["you emailed my statement to somebody else", "Statement sent to a stranger - ref {ref}"],
  "I got a message on Facebook last night from a woman I've never heard of. She said she'd had an email from Conexus "
  "with my name on it, a statement of my account showing what I owe to Pennant Mobile and every payment I've made "
  "since March. Her email address is nearly the same as mine but with a 7 instead of a 1 at the end.\n\n"
  "I rang you this morning and the person on the phone just said 'we'll update the email'. That's not the point. A "
  "stranger has my account history and knows I'm in debt. I want a proper explanation of how it happened and what "
  "you're doing about it, and I want to know if anything else has gone to her.",
  L(c=True, pd=True, br=True, cat="personal_data"),
  "Conexus emailed her statement to a stranger (breach) and she demands an explanation: implicit complaint, "
  "personal_data; Pennant is only the creditor, so about_other_firm=null.",
  q=True,
  short=("Stranger got my statement from you",
         "A woman I don't know has been sent my Conexus statement with my Pennant balance and payments. Her email is "
         "one digit off mine. How did this happen and what else has she had?"))

S("breach", "conexus", C,
  ["Calls to my work - complaint", "Complaint: you told my workplace about my debt"],
  "I've told your agents twice, once on the phone on the 4th and once in writing, that I can't take calls at work. "
  "Yesterday someone from Conexus rang the main switchboard at my workplace, and when the receptionist asked what it "
  "was regarding, they told her it was about an outstanding debt with Sterling Credit and asked her to get me to "
  "call back urgently.\n\n"
  "The receptionist is a friend of my manager. By lunchtime half the office knew. I am on a payment plan with you "
  "and have never missed a payment.\n\n"
  "I want to complain about this. I want an apology, an explanation of why my instructions were ignored, and "
  "confirmation that nobody will phone my workplace again.",
  L(c=True, ex=True, pd=True, br=True, cat="collection_conduct"),
  "The main grievance is calling his workplace against instructions (collection_conduct), but telling the "
  "receptionist about the debt is a disclosure, so breach and personal_data; 'don't phone my work' is a conduct "
  "remedy, not objection.",
  q=True)

S("breach", "conexus", C,
  "Texts for someone else",
  "I got a new mobile number about a month ago, and today I had a text from you addressed to a Ms Shona Keir saying "
  "her balance of £1,284.50 with Northline Energy is overdue and giving a link to pay. I'm not her and I've no idea "
  "who she is. I'd guess she had this number before me.\n\n"
  "I don't want anything from you and there's no need to reply. I just thought you'd want to stop sending her "
  "details to this number.",
  L(br=True),
  "Someone else's debt details sent to the wrong phone is a breach, but the finder is calm and wants no reply: not a "
  "complaint, personal_data=false.",
  short=("Your texts about Shona Keir's Northline balance are coming to my number - not her, no need to reply", ""))

S("breach", "conexus", ("a", "Calder Valley Money Advice", "caldervalleymoneyadvice.org.uk"),
  "Client's budget sent to the wrong agency - your ref {ref}",
  "I act for Mrs Janice Oduya (your ref {ref}) under a signed authority you hold. On the 9th I sent you her income "
  "and expenditure statement, which includes her health conditions, her benefits and her children's names and "
  "ages.\n\n"
  "This morning a debt adviser at a different charity in Leeds phoned me. Conexus had emailed my client's statement "
  "to her, apparently as part of a reply about one of her own clients. She has deleted it, but it should never have "
  "left your hands.\n\n"
  "Please treat this as a formal complaint on Mrs Oduya's behalf. This is a serious data breach involving "
  "information about her health and her children. We want to know how it happened, what you will do to stop it "
  "happening again, and whether you will offer her any redress. [[access|Mrs Oduya also asks for a copy of all the "
  "personal data you hold about her, including call recordings and notes.]]",
  L(c=True, ex=True, pd=True, br=True, r="access", tp=True, cat="personal_data"),
  "A money adviser's formal complaint for her client (third_party) that Conexus sent the client's budget to another "
  "charity: breach, personal_data; the copy of all data asked for the client is access.",
  q=True)

S("breach", "conexus", C,
  "Northline sent my new address to my old flat",
  "You are collecting a Northline Energy debt from me. I moved out of my old flat in a hurry last year to get away "
  "from my ex-partner, and Northline have had my new address since then because they've been sending my final bill "
  "there.\n\n"
  "Last week my ex sent me a photo of a Northline letter that had arrived at the old flat. It was the final bill, "
  "with my new address printed at the top as the 'correspondence address'. He now knows where I live. I've had to "
  "speak to the police.\n\n"
  "I know this was Northline's doing and not yours, and I've got nowhere with their phone line. Please make sure "
  "they are told and that someone there looks at what they did. [[restriction|In the meantime please do not share my "
  "address with anyone, Northline included, until they have explained how this happened.]]",
  L(c=True, pd=True, br=True, r="restriction", cat="personal_data", firm="nte"),
  "The creditor's letter exposed her new address to her ex-partner (breach by the creditor, only it can fix the "
  "root cause): about_other_firm=nte, personal_data; 'don't pass my address on meanwhile' is restriction.")

S("breach", "conexus", C,
  "Letters to my husband - what shows through the window",
  "I'm writing for my husband, Mr Callum Rennie, who has asked me to deal with this as he is in hospital. We live in "
  "a block of flats where all the post is left on a shelf in the entrance hall.\n\n"
  "Your letters come in a window envelope, and the way they are folded, the window shows not just his name and "
  "address but the line underneath: 'ARREARS NOW DUE: £2,940.17 - FINAL NOTICE'. Anyone picking up their post can "
  "read it, and our neighbours clearly have. Someone has even written 'pay your debts' on the last one.\n\n"
  "We would like you to change how you fold or print these letters and to tell us what you are going to do. Please "
  "reply to me, as he has authorised me to deal with this.",
  L(c=True, pd=True, br=True, tp=True, cat="personal_data"),
  "A wife writes for her husband (third_party): his arrears are readable through the envelope window by neighbours, "
  "an exposure, so breach and personal_data in an implicit complaint.",
  q=True)

S("breach", "conexus", C,
  ["Message you left on our home phone", "The voicemail on our landline"],
  "On Tuesday someone from your office left a message on our landline. The answerphone plays out loud in the hall, "
  "and my 15-year-old son heard the whole thing: my full name, that I owe £3,600 to Beacon Home Finance, and that "
  "'further action' would be taken if I didn't call back that day.\n\n"
  "He was upset and thought we were going to lose the house. I had to explain something to him that I would have "
  "chosen to tell him myself, in my own time.\n\n"
  "I want to know why you thought it was acceptable to leave those details on a home phone. [[access|Please send me "
  "a copy of the notes on my account and the recording of that voicemail.]]",
  L(c=True, pd=True, br=True, r="access", cat="personal_data"),
  "Debt details left on a household answerphone and heard by her son is a disclosure (breach); implicit complaint "
  "about data handling; a copy of notes and the recording is access; Beacon is only the creditor.",
  q=True)

S("breach", "conexus", staff("pmt"),
  "Last night's returns file contained other clients' accounts",
  "Our overnight returns file from you (batch dated yesterday) had 1,912 rows. About 340 of them are not Pennant "
  "accounts at all. They look like energy and water customers, with names, addresses, dates of birth, balances and "
  "in some cases notes about vulnerability.\n\n"
  "We've quarantined the file and limited it to two people in our team. I need to know by the end of today how this "
  "happened, whether our customers' records have gone into another client's file in the same way, and what you want "
  "us to do with the rows that aren't ours. Our DPO will need your incident reference.",
  L(c=True, pd=True, br=True, cat="personal_data"),
  "A creditor client received other clients' customer records from Conexus (breach) and demands answers: implicit "
  "complaint about Conexus, personal_data; Pennant is the complainant, so about_other_firm=null.",
  q=True)

S("breach", "conexus", C,
  "Your payment page showed me someone else's account",
  "When I logged in to make my monthly payment this evening, the page that came up was for another customer: a "
  "man's name, an address in Swindon, his balance and his last few payments. I logged out and back in and it was my "
  "own account again.\n\n"
  "I didn't do anything with it and I haven't kept a screenshot. I'm not after anything and you don't need to get "
  "back to me; I just think someone should know before it happens to somebody less honest.",
  L(br=True),
  "Another customer's account shown to the writer is an exposure (breach), reported calmly with no reply wanted: "
  "not a complaint, personal_data=false.",
  q=True,
  short=("Logged in and saw another customer's account",
         "Tonight your payment page showed me someone else's name, address in Swindon and balance. Logged out "
         "straight away. No need to reply, just flagging it."))

S("breach", "conexus", C,
  "How did my ex get into my account?",
  "My ex-husband knew things last weekend that he could only have got from you: that I'm paying £45 a month, that I "
  "missed September, and my new phone number. When I asked, he laughed and said he'd 'rung up and answered the "
  "questions'. He knows my date of birth, my postcode and my mother's maiden name, because of course he does, we "
  "were married for twelve years.\n\n"
  "So your staff gave my account details to a man I'm separated from because he could answer three questions anyone "
  "in my family could answer. I want to know how that was allowed to happen, what you're going to do about it, and "
  "how I stop it happening again.",
  L(c=True, pd=True, br=True, cat="personal_data"),
  "Unlike a mere worry about easy security questions, her account details were actually given to her ex-husband "
  "(breach); angry with demands, so an implicit complaint with personal_data.",
  q=True)

S("breach", "conexus", ("mp", "Tobias Wrenfield"),
  "Constituent: Mr Dariusz Nowak - your ref {ref}",
  "I am writing on behalf of Mr Dariusz Nowak of 14 Harrow Close, who has asked Mr Tobias Wrenfield MP for "
  "help.\n\n"
  "Mr Nowak left his job at a warehouse in Swindon eighteen months ago. Last month Conexus sent a letter about his "
  "account to that warehouse, addressed to him care of the company. The office manager opened it, and details of "
  "his debt were then discussed among staff he still socialises with. He has had no contact with the company since "
  "he left and cannot understand where the address came from.\n\n"
  "Mr Nowak is very distressed. He would like an explanation of how his former employer's address came to be used, "
  "an apology, and an assurance that letters will go only to his home. He is also concerned about his data "
  "protection rights and whether this should be reported. I would be grateful for a reply to this office.",
  L(c=True, pd=True, br=True, tp=True, cat="personal_data"),
  "An MP's office (third_party): a debt letter sent to a former employer and read there is a disclosure (breach); "
  "explanation and apology wanted, implicit complaint, personal_data; no specific right is asked.")

S("breach", "conexus", C,
  ["My payslips and bank statements - you've lost them", "Documents you signed for and now can't find"],
  "Three weeks ago, at your agent's request, I posted copies of my last three payslips and three months of bank "
  "statements so you could look at a reduced payment plan. I sent them recorded delivery and the tracking shows they "
  "were signed for at your Preston office on the 12th by 'K. LEE'.\n\n"
  "Your agent now says there is 'no record' of them and I need to send them again. Those papers have my national "
  "insurance number, my bank account number and every shop I've spent money in. Where are they? I want them found, "
  "or an explanation of what's happened to them, before I post anything else to you.",
  L(c=True, pd=True, br=True, cat="personal_data"),
  "Documents signed for and then lost by Conexus is a loss of personal data (breach); dissatisfaction and demands "
  "make an implicit complaint with personal_data.",
  q=True,
  short=("Where are the payslips and bank statements you signed for?",
         "Recorded delivery shows you signed for my payslips and bank statements on the 12th. Now you say you have "
         "no record of them. Find them or tell me what's happened to them."))

S("breach", "conexus", staff("scl"),
  "Placement file sent to you in error - 12 accounts",
  "This morning's placement file to you (Sterling Credit, batch ending 0417) included twelve accounts that were "
  "meant for a different collection agency. The file had the customers' names, addresses, phone numbers and "
  "balances.\n\n"
  "This was our mistake, not yours. Please don't contact any of those twelve customers or load them onto your "
  "system; I'll send a corrected file this afternoon with the twelve account numbers so you can pull them out. Could "
  "someone confirm once that's done?",
  L(br=True),
  "The creditor sent customers' data to the wrong agency (breach by the creditor) and asks for routine handling: "
  "not a complaint; a client's instruction about misdirected records is not a data-subject right.")

# ============================== Conexus: look-alikes (10) ==============================

S("lookalike", "conexus", C,
  "Please contact me, not my mum",
  "One of your team rang my mum's landline on Monday looking for me. She says he was polite and didn't say what it "
  "was about beyond 'a personal matter', so no harm done, and I'm not upset about it.\n\n"
  "For the future, though, please contact me directly and don't ring her number. She's 79 and it worries her when "
  "people call asking for me. My ref is {ref} if it helps.",
  L(),
  "A calm request not to ring her mother, with nothing disclosed: breach=false, not a complaint, and 'don't ring "
  "her' is a conduct request, not objection.",
  q=True)

S("lookalike", "conexus", C,
  ["Your letter says I breached my arrangement - I didn't", "Arrangement NOT broken - ref {ref}"],
  "Your letter dated the 18th says I am 'in breach of the payment arrangement' on account {ref} and that the full "
  "balance is now due. I have paid £60 on the 3rd of every month since April, including this month, and your own "
  "online account page shows every one of those payments as received.\n\n"
  "The letter has really frightened my wife. Please withdraw it in writing and confirm the arrangement is still in "
  "place.",
  L(c=True, cat="collection_conduct"),
  "'Breach of the payment arrangement' is not a data breach; a wrong demand for the full balance despite a kept "
  "plan is how the debt is pursued: implicit complaint, collection_conduct.",
  q=True)

S("lookalike", "conexus", C,
  "Broken promises from your call centre",
  "On the 2nd your agent Dean promised me three things: a call back within 48 hours, the plan we discussed in "
  "writing, and that he'd put the account on hold while I got advice. None of it happened. Instead I got a demand "
  "letter on the 9th. My daughter says it's a breach of what I was promised, and I agree.\n\n"
  "I'd like someone senior to ring me, and for the hold Dean promised to be put on properly.",
  L(c=True, cat="service_quality"),
  "'Breach of what I was promised' means broken promises by an agent: implicit complaint about how he was served, "
  "service_quality; nothing about data.",
  q=True)

S("lookalike", "conexus", C,
  ["Wrong date of birth and name on my letters", "Please fix my details - ref {ref}"],
  "Every letter you send me has my surname as '{last_wrong}' and my date of birth as 14/07/1986. My name is {last} "
  "and I was born on 17/04/1986. I've told your phone team twice and it's still wrong on the letter that came this "
  "morning.\n\n"
  "I'm worried it'll get mixed up with someone else's account or affect my credit file. [[rectification|Please "
  "correct my name and date of birth on your records and confirm in writing when it's done.]]",
  L(c=True, pd=True, r="rectification", cat="personal_data"),
  "Inaccurate data sent only to the writer is not a breach; repeated failure to fix it is an implicit complaint "
  "with personal_data; 'correct my name and date of birth' is rectification.",
  q=True,
  short=("Name and DOB still wrong on your letters",
         "[[rectification|Please correct my surname to {last} and my date of birth to 17/04/1986 on your "
         "records.]] Third time of asking."))

S("lookalike", "conexus", C,
  "Is this text from you?",
  "I've had a text today saying 'CONEXUS: Final reminder, your account will be passed to enforcement agents unless "
  "settled today' with a link to a website I don't recognise. I do have an account with you (ref {ref}) but I'm on a "
  "plan and up to date. The text didn't have my name or any details in it.\n\n"
  "I haven't clicked anything. Could you tell me if it's genuine? If it's a scam you may want to warn people.",
  L(),
  "A suspected scam text with no personal details and nothing disclosed: breach=false; a neutral question, not a "
  "complaint.",
  q=True,
  short=("Scam text pretending to be Conexus? Haven't clicked the link", ""))

S("lookalike", "conexus", C,
  "Security checks on your phone line",
  "This isn't a complaint, just something I noticed. When I rang about my account on Thursday, the only thing I was "
  "asked before the agent went through my balance and payments was my surname and postcode. My neighbours know both "
  "of those.\n\n"
  "It might be worth asking for something only the account holder would know. Thanks for sorting my query on the "
  "day, by the way.",
  L(),
  "A security check the writer found too easy, with only the writer told anything: breach=false; 'complaint' only "
  "in a denial and no response expected, so not a complaint.",
  q=True)

S("lookalike", "conexus", C,
  ["You messaged me on Facebook?", "Private message from 'Conexus Recoveries'"],
  "This morning I had a Facebook message from an account called 'Conexus Recoveries' asking me to get in touch "
  "about an outstanding balance, using my first name. I've never given you my Facebook, and I was shocked to find "
  "you'd gone looking through my social media. It was a private message to me, so as far as I know nobody else saw "
  "it.\n\n"
  "[[informed|I want to know where you found my profile, what else you've collected about me from social media, and "
  "what gives you the right to do this.]]",
  L(c=True, pd=True, r="informed", cat="personal_data"),
  "Data obtained and used unexpectedly in a private message to the writer, not disclosed to anyone: personal_data "
  "without breach; source, what was collected and the basis = informed.",
  q=True)

S("lookalike", "conexus", C,
  "New address - and a request about post",
  "I'm moving into a shared house on Saturday. [[rectification|Please update my address on account {ref} to 23 "
  "Larchfield Road, Preston PR1 8TN from the 6th.]]\n\n"
  "I'd rather my housemates didn't see letters from a debt collector lying on the mat, so if there's any way of "
  "having everything by email instead, I'd prefer that. Nothing's gone wrong, I'm just trying to head it off.",
  L(r="rectification"),
  "A fear that housemates might see letters, with nothing disclosed: breach=false, not a complaint; 'update my "
  "address' is rectification.",
  q=True)

S("lookalike", "conexus", C,
  "Why did Lumen get my budget?",
  "When I set up my plan with you in May I gave your agent a full budget: my wages, my rent, my childcare costs, my "
  "other debts. Yesterday a woman from Lumen Water rang me and mentioned my childcare costs and that I 'have a loan "
  "with Sterling'. She could only have got that from you.\n\n"
  "I get that you collect for Lumen, but I gave you those figures to work out what I could afford, not so they "
  "could be passed round. [[informed|Please tell me exactly what you have shared with Lumen Water and on what "
  "basis.]]",
  L(c=True, pd=True, r="informed", cat="personal_data"),
  "Sharing his budget with the creditor Conexus collects for is unexpected sharing with a proper party, not "
  "disclosure to a wrong person: personal_data, breach=false; what was shared and on what basis = informed.",
  q=True)

S("lookalike", "conexus", staff("nte"),
  "Remittance reports - breach of our agreement",
  "For the third month running your remittance report has reached us after the 10th. Clause 7.2 of our collection "
  "agreement requires it by the 5th working day, and we can't reconcile our ledgers or report to our board without "
  "it. August's still hasn't arrived.\n\n"
  "We consider this a breach of the agreement. Please send August's report today and tell us what you are changing "
  "so that it arrives on time from next month.",
  L(c=True, cat="delay"),
  "'Breach of the agreement' is contractual; a creditor client's grievance about late reports is an implicit "
  "complaint about Conexus (about_other_firm=null), category delay.",
  q=True)

# ============================== Conexus: ordinary (7) ==============================

S("ordinary", "conexus", C,
  "1 hr 10 on hold then the line went dead, 2nd time this week - just trying to pay {ref}",
  "Please ring me back on the number on my account. I've got the money ready and can't get through.",
  L(c=True, cat="wait_time"),
  "Long hold and a dropped call with a call-back demanded: implicit complaint about reaching someone, wait_time.",
  short=("1 hr 10 on hold then cut off AGAIN, just trying to pay {ref} - ring me back", ""))

S("ordinary", "conexus", C,
  ["Pennant bill for a phone I sent back", "Not paying for a returned handset - ref {ref}"],
  "You've written to me about £486 owed to Pennant Mobile. This is for a handset I returned within the 14 days in "
  "February. I have the Royal Mail receipt and an email from Pennant confirming they received it, but they kept "
  "billing me for the contract anyway and then passed it to you.\n\n"
  "I'm not paying for a phone I don't have. Please send this back to Pennant and get them to cancel it.",
  L(c=True, cat="debt_dispute", firm="pmt"),
  "The debt exists only because the creditor kept billing after the return; only Pennant can fix it, so "
  "about_other_firm=pmt, debt_dispute.",
  q=True)

S("ordinary", "conexus", C,
  "Setting up a payment plan - ref {ref}",
  "I got your letter about my Westbury council tax arrears. I can't pay it in one go but I can manage £35 a month "
  "from the end of this month. Can you set that up, and let me know if you need a budget from me first?",
  L(),
  "A routine request to set up a plan, with no dissatisfaction: not a complaint.",
  q=True)

S("ordinary", "conexus", ("a", "Hollybank Debt Advice", "hollybankdebtadvice.org.uk"),
  "Client {ref} - request to hold for 30 days",
  "I'm now advising Mr Ellis Thorne (your ref {ref}); his signed authority is attached. We're putting together a full "
  "financial statement and looking at a debt management plan. Could you please put the account on hold for 30 days "
  "and send any correspondence to me in the meantime? I'll be in touch with a proposal before then.",
  L(tp=True),
  "A money adviser's routine hold request for a client: third_party, but no dissatisfaction, so not a complaint.",
  q=True)

S("ordinary", "conexus", C,
  "Complaint about the £45 charge",
  "My balance went up from £612.40 to £657.40 this month, and your agent says it's an 'account administration fee' "
  "Conexus added because I paid late. I paid two days late once, after telling you in advance that my wages were "
  "delayed. Nobody told me there was a fee for that.\n\n"
  "This is a formal complaint. I want the £45 taken off and an explanation of where this fee is in anything I agreed "
  "to.",
  L(c=True, ex=True, cat="fees_charges"),
  "A fee Conexus itself added, called a formal complaint: explicit, fees_charges.",
  q=True)

S("ordinary", "conexus", C,
  "Thank you - account closed",
  "Just wanted to say thanks to Marcia for sorting out the final settlement figure last week. I got the letter "
  "confirming the account is closed with nothing owing, and it's a weight off. No need to reply.",
  L(),
  "Thanks for a resolved matter with nothing outstanding: not a complaint.",
  q=True)

S("ordinary", "conexus", C,
  ["Still no answer to my complaint from July", "Re my complaint - over ten weeks now"],
  "I sent in my complaint about the calls to my mobile on 21 July. You acknowledged it and said you'd reply within "
  "eight weeks. It's now been over ten weeks and I've heard nothing, not even a holding letter.\n\n"
  "Please give me your final response this week. [[access|I'd also like a copy of all the call recordings and "
  "account notes you hold about me.]]",
  L(c=True, ex=True, r="access", cat="delay"),
  "A chaser for an overdue complaint response is a complaint about delay, explicit because he calls it his "
  "complaint; the copy of recordings and notes is access, but the grievance is not data handling, so "
  "personal_data=false.",
  q=True)

KIND = {s["id"]: s["kind"] for s in SCEN}
BREACH_WORDS = re.compile(r"breach|data protection|gdpr", re.I)

# ---------------------------------------------------------------------------------------------
# rendering


def person(rng):
    return rng.choice(FIRST), rng.choice(LAST)


def wrong_spelling(last):
    """The surname with two inner letters swapped (or one doubled when they are the same)."""
    i = len(last) // 2
    if last[i] != last[i + 1]:
        return letter_edit(last, i, "swap")
    return letter_edit(last, i, "double")


def sender(rng, who, first, last):
    """(from header, signature lines) for a sender spec."""
    name = f"{first} {last}"
    if who[0] == "c":
        dom = rng.choice(PERSONAL_DOMAINS)
        form = rng.randrange(4)
        local = [f"{first}.{last}".lower(), f"{first[0]}{last}{rng.randint(1, 99)}".lower(),
                 f"{first}{last}{rng.randint(60, 99)}".lower(), f"{last}.{first[0]}".lower()][form]
        return f"{name} <{local}@{dom}>", ""
    if who[0] == "s":
        _, firm, dom = who
        local = rng.choice([f"{first}.{last}", f"{first[0]}.{last}", f"{first}{last[0]}"]).lower()
        titles = CREDITOR_TITLES if dom in ("northline-energy.co.uk", "pennantmobile.co.uk",
                                            "sterlingcredit.co.uk") else (
            LENDER_TITLES if dom in LENDER_DOMAINS else STAFF_TITLES)
        return f"{name} <{local}@{dom}>", f"{rng.choice(titles)}\n{firm}"
    if who[0] == "a":
        _, org, dom = who
        return f"{name} <{first.lower()}.{last.lower()}@{dom}>", f"Money Adviser\n{org}"
    _, mp = who
    return (f"{name} (Office of {mp} MP) <{first.lower()}.{last.lower()}@parliament.uk>",
            f"Caseworker\nOffice of {mp} MP\nHouse of Commons, London SW1A 0AA")


def make_ref(rng, mb):
    if mb == "pexa":
        return rng.choice(["WS-{}", "PX{}", "{}"]).format(rng.randrange(1000000, 9999999))
    return rng.choice(["CX{}", "CX-{}", "{}"]).format(rng.randrange(1000000, 9999999))


def quote_header(rng, mb):
    head = (f"On {rng.choice(DAYS)}, {rng.randint(1, 28)} {rng.choice(MONTHS)} 2027 at "
            f"{rng.randint(8, 17):02d}:{rng.randrange(60):02d}, {FIRM_FROM[mb]} wrote:")
    assert len(head) - len("On  wrote:") <= 80, head
    return head


ENV_WEIGHTS = [("plain", 3.0), ("html", 2.0), ("typo", 2.0), ("reply", 2.0), ("html_reply", 1.0),
               ("typo_reply", 1.0), ("short", 2.5)]


def pick_envs(rng, s):
    opts = [(e, w) for e, w in ENV_WEIGHTS
            if ("reply" not in e or s["q"]) and (e != "short" or s["short"])]
    chosen = []
    while len(chosen) < 2:
        total = sum(w for e, w in opts if e not in chosen)
        x = rng.random() * total
        for e, w in opts:
            if e in chosen:
                continue
            x -= w
            if x <= 0:
                chosen.append(e)
                break
        else:
            chosen.append([e for e, _ in opts if e not in chosen][-1])
    return chosen


def render(rng, s, env, first, last):
    mb = s["mb"]
    frm, sig_extra = sender(rng, s["who"], first, last)
    vals = {"ref": make_ref(rng, mb), "first": first, "last": last, "name": f"{first} {last}",
            "last_wrong": wrong_spelling(last), "inv": f"INV-{rng.randrange(100000, 999999)}"}
    if env == "short":
        subj_t, body_t = s["short"]
    else:
        subj_t = s["subj"] if isinstance(s["subj"], str) else rng.choice(s["subj"])
        body_t = s["body"]
    subj_t, body_t = subj_t.format(**vals), body_t.format(**vals)
    if env.startswith("typo"):
        body_t = typos_outside_marks(body_t, rng, MARK_RIGHTS, 0.35)
    if env == "short":
        if body_t and rng.random() < 0.5:
            body_t += "\n\n" + first
        body = body_t
    else:
        greet = rng.choice(GREET[mb])
        sign = rng.choice(SIGN).format(name=vals["name"], first=first)
        if sig_extra:
            sign += "\n" + sig_extra
        body = (greet + "\n\n" if greet else "") + body_t + "\n\n" + sign
    html = env in ("html", "html_reply")
    quote = None
    headers = {}
    if env.endswith("reply"):
        quote = (quote_header(rng, mb), rng.choice(QUOTES[mb]))
        dom = "pexa.co.uk" if mb == "pexa" else "conexus.co.uk"
        headers = {"in-reply-to": f"<{rng.randrange(16 ** 12):012x}.case@{dom}>"}
    rec = finish_marked_record(
        rng, mailbox=mb, sender=frm, subject=strip_marks(subj_t, MARK_RIGHTS), body=strip_marks(body, MARK_RIGHTS),
        html=html, quote=quote, subject_marks=rights_marks_of(subj_t), body_marks=rights_marks_of(body),
        labels=s["lab"], note=s["note"], source=s["id"], env=env, headers=headers)
    return rec


def check_scenario(s):
    """The scenario's own promises: marked rights equal labelled rights in every version."""
    lab = s["lab"]
    versions = [(s["subj"] if isinstance(s["subj"], str) else " ".join(s["subj"]), s["body"])]
    if s["short"]:
        versions.append(s["short"])
    for subj, body in versions:
        marked = sorted({r for r, _ in rights_marks_of(subj) + rights_marks_of(body)})
        assert marked == sorted(lab["rights"]), (s["id"], marked, lab["rights"])
    assert (lab["breach"] is True) == (s["kind"] == "breach"), s["id"]


def build(rng):
    assert len(SCEN) == 60 and sum(s["mb"] == "pexa" for s in SCEN) == 30
    kinds = collections.Counter(s["kind"] for s in SCEN)
    assert kinds == {"breach": 26, "lookalike": 20, "ordinary": 14}, kinds
    records = []
    for s in SCEN:
        check_scenario(s)
        envs = pick_envs(rng, s)
        people = []
        for env in envs:
            while True:
                p = person(rng)
                if p not in people:
                    break
            people.append(p)
            records.append(render(rng, s, env, *p))
    return records


def summary(records, env_counts):
    by_src = collections.defaultdict(list)
    for r in records:
        by_src[r["source"]].append(r)
    lab = {src: rs[0]["labels"] for src, rs in by_src.items()}
    kinds = collections.Counter(KIND[src] for src in by_src)
    lines = [f"wrote {os.path.relpath(OUT, ROOT)}: {len(records)} emails, {len(by_src)} scenarios "
             f"(breach {kinds['breach']}, look-alikes {kinds['lookalike']}, ordinary {kinds['ordinary']})"]
    lines.append("mailboxes (emails): " + str(dict(collections.Counter(r["mailbox"] for r in records))))
    per = []
    for right in RIGHTS:
        n_s = sum(right in lab[s]["rights"] for s in by_src)
        n_e = sum(right in r["labels"]["rights"] for r in records)
        if n_s:
            per.append(f"{right} {n_e}/{n_s}")
    lines.append("rights (emails/scenarios): " + ", ".join(per))
    for key in ("complaint", "explicit", "personal_data", "breach", "third_party"):
        lines.append(f"{key}: {sum(r['labels'][key] for r in records)} emails, "
                     f"{sum(lab[s][key] for s in by_src)} scenarios")
    br_nc = sum(lab[s]["breach"] and not lab[s]["complaint"] for s in by_src)
    lines.append(f"breach scenarios without complaint: {br_nc}")
    worded = sorted(s for s in by_src if KIND[s] == "breach"
                    and any(BREACH_WORDS.search(new_text(r)) for r in by_src[s]))
    lines.append(f"breach scenarios using breach/data protection/GDPR: {len(worded)} {worded}")
    lines.append("firms: " + str(dict(collections.Counter(str(lab[s]["about_other_firm"]) for s in by_src))))
    lines.append("categories: " + str(dict(collections.Counter(lab[s]["category"] for s in by_src))))
    lines.append("envelopes: " + ", ".join(f"{k} {v}" for k, v in sorted(env_counts.items())))
    return "\n".join(lines)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=marked_record_errors)


if __name__ == "__main__":
    sys.exit(main())
