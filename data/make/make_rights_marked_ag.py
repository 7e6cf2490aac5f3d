#!/usr/bin/env python3
"""Rights-marked evaluation set AG: 60 scenarios (30 PEXA, 30 Conexus), each rendered twice.

45 scenarios ask the receiving firm to act on one to three UK GDPR rights (every request sentence is marked
inline as [[right|sentence]] and becomes a `request_sentences` entry); 15 are look-alikes with rights [] (tempting
words such as "access", "delete", "object", "a person to look at it", "correct", "CSV", "hold", "a copy" used about
something that is not a data right of the receiving firm). Labels follow /work/shared/labelling/labelling-guide.md.

Every person, address and reference is invented. Stdlib only; deterministic for SEED.

Usage: .venv/bin/python data/make/make_rights_marked_ag.py   (writes data/trials/rights_marked_ag.jsonl)
"""
import collections
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (MARK_RIGHTS, RIGHTS, finish_marked_record, marked_record_errors,  # noqa: E402
                           rights_marks_of, run_generator, short_labels, strip_marks, typos_outside_marks)

SEED = 20270701
PREFIX = "rmag"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "rights_marked_ag.jsonl")

# ---------------------------------------------------------------------------------------------
# people and organisations (all invented; directory firms appear only as employers or creditors named in passing)

FIRST = ["Amelia", "Tomasz", "Priyanka", "Declan", "Hannah", "Olusegun", "Bethan", "Callum", "Aisha", "Gareth",
         "Magdalena", "Rory", "Sunita", "Euan", "Chloe", "Kwame", "Niamh", "Stuart", "Farah", "Jonah", "Imogen",
         "Ravi", "Lowri", "Mehmet", "Orla", "Dominic", "Yasmin", "Alasdair", "Keira", "Tariq", "Harriet", "Wiktor",
         "Shona", "Emeka", "Rosalind", "Bilal", "Ffion", "Marcus", "Leanne", "Anil", "Catriona", "Joel", "Zainab",
         "Fraser", "Ingrid", "Kofi", "Philippa", "Nathaniel", "Eilidh", "Hamza"]
LAST = ["Whitcombe", "Adeyemi", "Kowalski", "Fairbairn", "Choudhury", "McAllister", "Penrose", "Ostrowska",
        "Trelawney", "Bassi", "Lindgren", "Hollings", "Okafor", "Drummond", "Varga", "Pemberton", "Nakamura",
        "Harcourt", "Sadiq", "Gallacher", "Rowntree", "Mistry", "Kerrigan", "Thistlewood", "Abernethy", "Delacroix",
        "Moorcroft", "Quayle", "Rahman", "Stannard", "Ellwood", "Brannigan", "Osei", "Lachlan", "Wainwright",
        "Petrovic", "Hesketh", "Ansari", "Carmody", "Tillotson", "Blackwood", "Ferreira", "Mackintosh", "Iqbal",
        "Dunmore", "Szabo", "Greenhalgh", "Rutherford", "Achebe", "Llewellyn"]
FEMALE = ["Amelia", "Priyanka", "Hannah", "Bethan", "Aisha", "Magdalena", "Sunita", "Chloe", "Niamh", "Farah",
          "Imogen", "Lowri", "Orla", "Yasmin", "Keira", "Harriet", "Shona", "Rosalind", "Ffion", "Leanne", "Catriona",
          "Zainab", "Ingrid", "Philippa", "Eilidh"]
MALE = [f for f in FIRST if f not in FEMALE]
MAIL = ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "icloud.com", "proton.me", "hotmail.co.uk"]

LAW_ORGS = [("Halden & Frost LLP", "haldenfrost.co.uk"), ("Northgate Conveyancing Ltd", "northgateconveyancing.co.uk"),
            ("Marsh & Penrose Conveyancing", "marshpenrose.co.uk"), ("Greyfriars Law LLP", "greyfriarslaw.co.uk"),
            ("Tamsin Rowe Property Law", "tamsinrowelaw.co.uk"), ("Cobbold Ashe Solicitors", "cobboldashe.co.uk"),
            ("Orchard Lane Solicitors", "orchardlanesolicitors.co.uk")]
LENDER_ORGS = [("Heathcote Bank", "heathcotebank.co.uk"), ("Thames Valley Mortgages", "tvmortgages.co.uk"),
               ("Brightwater Mortgages", "brightwatermortgages.co.uk"), ("Kestrel Building Society", "kestrelbs.co.uk"),
               ("Fenmoor Building Society", "fenmoorbs.co.uk")]
ADVICE_ORGS = [("Harbourside Money Advice", "harboursidemoneyadvice.org.uk"),
               ("StepForward Debt Advice Trust", "stepforwardtrust.org.uk"),
               ("Valley Community Advice Centre", "valleyadvice.org.uk")]
SUPPORT_ORGS = [("Mindbridge Mental Health Support", "mindbridge-support.org.uk"),
                ("Lanyard Housing & Wellbeing", "lanyardwellbeing.org.uk")]
SOLICITOR_ORGS = [("Wexcombe Legal LLP", "wexcombelegal.co.uk"), ("Brightman Carr Solicitors", "brightmancarr.co.uk"),
                  ("Ashby Quill Law", "ashbyquill.co.uk")]
MPS = ["Dame Helen Ashworth", "Robert Kilbride", "Sarah Mensah-Clarke", "Owain Pritchard"]
ORG_POOLS = {"law": LAW_ORGS, "lender": LENDER_ORGS, "any": LAW_ORGS + LENDER_ORGS, "advice": ADVICE_ORGS,
             "support": SUPPORT_ORGS, "solicitor": SOLICITOR_ORGS, "creditor": [("Northline Energy", "northline-energy.co.uk")]}

# ---------------------------------------------------------------------------------------------
# the firm's earlier message for the reply envelope: (header line, text with the {ref} placeholder)

QUOTE_DATES = ["3 Feb 2026", "17 Feb 2026", "9 Mar 2026", "24 Mar 2026", "8 Apr 2026", "21 Apr 2026", "6 May 2026",
               "19 May 2026"]
GENERIC_QUOTES = {
    "pexa": [
        ("PEXA Customer Support <support@pexa.co.uk>",
         "Hello,\n\nThank you for contacting PEXA. So that we can help, please reply to this email with the details "
         "of your request and any workspace or user reference.\n\nCase reference: {ref}\n\nKind regards\n"
         "PEXA Customer Support"),
        ("PEXA Service Desk <servicedesk@pexa.co.uk>",
         "Hi,\n\nWe tried to call you back about your message today but could not get through. Could you put the "
         "details in writing in reply to this email?\n\nTicket {ref}\n\nPEXA Service Desk"),
    ],
    "conexus": [
        ("Conexus <customerservice@conexus-services.com>",
         "Dear Customer,\n\nThank you for contacting Conexus. To help us deal with your enquiry, please reply to this "
         "email setting out what you need and quoting your account reference.\n\nOur reference: {ref}\n\n"
         "Conexus Customer Services"),
        ("Conexus Contact Centre <contact@conexus-services.com>",
         "Thank you for your call today. As discussed, please send us the details by email so that we can look "
         "into this for you.\n\nRef {ref}\n\nKind regards\nConexus Contact Centre"),
    ],
}

GREET = {"pexa": ["Hello,", "Hi,", "Dear Sir or Madam,", "Dear PEXA team,", "Good morning,", "Hi there,",
                  "To whom it may concern,", ""],
         "conexus": ["Hello,", "Dear Sir or Madam,", "Dear Conexus,", "Hi,", "To whom it may concern,",
                     "Good afternoon,", ""]}
DP_GREET = ["Dear Data Protection Officer,", "Dear Data Protection Team,"]
CASUAL_GREET = ["", "hi", "Hello"]
SIGN_PERSONAL = ["Regards,\n{first} {last}", "Kind regards,\n{first} {last}", "Thanks,\n{first}",
                 "Many thanks\n{first} {last}", "Best wishes,\n{first}", "{first} {last}", "Yours faithfully,\n{first} {last}"]
SIGN_CASUAL = ["{first}", "", "{first} {last}"]
SIGN_ORG = ["Kind regards,\n{first} {last}\n{title}\n{org}", "Regards,\n{first} {last} | {title} | {org}",
            "Many thanks,\n{first}\n\n{first} {last}\n{title}, {org}"]
SIGN_MP = ["Yours sincerely,\n{first} {last}\nCaseworker to {mp} MP\nHouse of Commons, London SW1A 0AA"]

# ---------------------------------------------------------------------------------------------
# scenarios


def S(sid, mb, role, subj, body, lab, note, org=None, title=None, short=None, subj_only=None, quote=None,
      dp=False, casual=False, cg="f", sg=None):
    return {"cg": cg, "sg": sg, "sid": sid, "mb": mb, "role": role, "subj": subj, "body": body, "lab": lab, "note": note, "org": org,
            "title": title, "short": short, "subj_only": subj_only, "quote": quote, "dp": dp, "casual": casual}


L = short_labels
SCENARIOS = [
    # ------------------------------------------------------------------ PEXA, rights
    S(1, "pexa", "consumer", "What information does PEXA hold about me?",
      "I'm buying a flat in Leyton and my conveyancer mentioned that completion will go through PEXA. I had never "
      "heard of you until last week, and today I got an email from your platform addressed to me by name with the "
      "property address in it.\n\nI'm not unhappy about anything, I'd just like to understand who has my details. "
      "[[informed|Could you explain where you got my name, email address and the property details, and what you use "
      "them for?]] [[access|I would also like a copy of the personal data you hold about me.]]\n\nMy conveyancer's "
      "reference for the purchase is {myref}, if that helps you find me.",
      L(r="informed,access"),
      "A neutral question with no dissatisfaction is not a complaint; asking where the data came from and what it is "
      "used for is informed, and asking for a copy of it is access."),
    S(2, "pexa", "staff", "Account suspended by your system - I need it reviewed",
      "I'm a licensed conveyancer at {org}. On Monday I logged in from a hotel in Lisbon to approve one settlement "
      "while on leave, and my user account was suspended within minutes. The message said my activity had been "
      "'flagged by automated risk monitoring' and that the suspension stands unless I re-verify in person at our "
      "office, which I can't do until next week.\n\nNobody at PEXA looked at this before I was locked out, and the "
      "settlement had to be handed to a colleague at the last minute. That is unreasonable for a user with nine years "
      "of clean history on the platform.\n\n[[automated_decision|I want a member of your staff, not the monitoring "
      "system, to review the suspension and decide whether it stands.]] [[informed|Please also tell me what "
      "information about me the monitoring uses to make that call and where it comes from.]]\n\nA reply by Thursday "
      "would be appreciated.",
      L(c=True, r="automated_decision,informed", cat="process"),
      "The automatic suspension rule itself is the grievance (implicit complaint, process, personal_data false as in "
      "lg-07); a person to review the system's decision is automated_decision and what data it uses and from where is "
      "informed.", org="law", title="Licensed Conveyancer"),
    S(3, "pexa", "consumer", "Still getting your emails two years after leaving",
      "I left conveyancing in 2024 and my PEXA user account was closed by my old firm at the time. I am still "
      "receiving your product newsletters and webinar invitations at my personal address, four of them this month "
      "alone. I've clicked unsubscribe twice and it hasn't made any difference.\n\nI don't see why you still have my "
      "details at all. [[objection|I object to my personal details being used for any marketing or promotional "
      "emails.]] [[erasure|Please delete my email address and anything else you still hold about me, since I no "
      "longer have any connection with the platform.]]\n\nI'd like confirmation once it's done.",
      L(c=True, pd=True, r="objection,erasure", cat="personal_data"),
      "Marketing that continues after leaving and after unsubscribing is unexpected use of personal data with a fix "
      "demanded (implicit complaint, personal_data); objecting to marketing is objection and deleting the details is "
      "erasure.",
      short="Unsubscribed twice and I'm still getting your webinar emails two years after my user account was closed. "
            "[[objection|I object to my details being used for marketing.]] [[erasure|Delete my email address and "
            "whatever else you hold on me.]]"),
    S(4, "pexa", "staff", "Wrong result on my training record",
      "I completed the Settlement Essentials assessment on 14 January and the screen at the end said I had passed with "
      "86%. Your training portal now shows the module as 'Failed - retake required' against my name, and my team "
      "leader at {org} has been sent that result in the monthly compliance report. I've had to explain myself to her "
      "and I'm now being told I can't be given settlement permissions.\n\nI have a screenshot of the pass screen, "
      "which I can send. [[rectification|Please correct my training record to show the pass.]] "
      "[[restriction|Until that is done, please stop including my result in the reports that go to my employer.]]\n\n"
      "Can someone let me know when this has been sorted?",
      L(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
      "Her own record is wrong and is being shown to her employer, with a fix expected: implicit complaint with "
      "category personal_data (the wrong thing is her own record, lg-19), breach false; correct = rectification, stop "
      "reporting it meanwhile = restriction.", org="lender", title="Completions Officer"),
    S(5, "pexa", "staff", "Closing my PEXA subscription - export of my details",
      "I am retiring at the end of next month and closing my practice, so my subscription will not be renewed. I have "
      "agreed to do some consultancy work for another firm that uses a different case management and training "
      "system.\n\n[[portability|Please send me the profile details and training history held on my user account as a "
      "CSV or JSON file, so that I can upload them to their system rather than retyping everything.]]\n\nThank you for "
      "your help over the years; it has been a very smooth service.",
      L(r="portability"),
      "Praise plus a neutral request, so not a complaint; a machine-readable file of his own data to load into "
      "another system is portability.", org="law", title="Principal"),
    S(6, "pexa", "solicitor", "Request for personal data on behalf of our client, {client}",
      "We act for {client} in a dispute with her former conveyancer about the sale of 41 Clarendon Road, which "
      "completed on your platform last October. A form of authority signed by Ms {clientlast} is attached.\n\n"
      "[[access|On her behalf, please provide a copy of all personal data PEXA holds about her, including the workspace "
      "audit trail entries and any notifications sent to her.]]\n\nThis is not a matter we are raising against PEXA; we "
      "simply need the record. Please send the response to this address.",
      L(r="access", tp=True),
      "A solicitor writing for a client is third_party; the request for a copy of her data is access and counts "
      "though made by a representative; the dispute is with another firm and nothing is raised against PEXA, so no "
      "complaint.", org="solicitor", title="Associate Solicitor"),
    S(7, "pexa", "consumer", "Why are you emailing me a survey?",
      "I sold my mum's old house in March and gave my email address to my conveyancer and nobody else. This week I "
      "got a 'How was your settlement experience?' survey from PEXA, followed by two reminders. I have no relationship "
      "with you and never agreed to hear from you.\n\nI find this intrusive and I'd like answers. [[informed|Where "
      "exactly did you get my email address, and on what legal basis are you using it to send me surveys?]] "
      "[[objection|I object to my details being used for surveys, research or anything of that kind.]] "
      "[[erasure|Once you have answered, please delete my email address from your records.]]",
      L(c=True, pd=True, r="informed,objection,erasure", cat="personal_data"),
      "A consumer unhappy with PEXA's own unexpected use of her email (not with her conveyancer), so an implicit "
      "personal_data complaint for PEXA with about_other_firm null; source and basis = informed, object to surveys = "
      "objection, delete = erasure."),
    S(8, "pexa", "staff", "Onboarding stuck - your system has my date of birth wrong",
      "We applied to join the platform on 2 February. Our application has failed the director identity check three "
      "times, and your onboarding team has finally told me why: the record you created for me has my date of birth as "
      "17/03/1981 instead of 17/08/1981, so it never matches my passport.\n\nThat's six weeks lost, and we've had to "
      "refer two remortgage clients elsewhere because their lender will only settle through PEXA. "
      "[[rectification|Please correct my date of birth on your records to 17 August 1981.]] After that I need the "
      "check run again and someone to confirm when we can start.",
      L(c=True, pd=True, r="rectification", cat="onboarding"),
      "Blocked from joining with harm and a demand: implicit complaint whose main theme is onboarding (specific theme "
      "wins), with personal_data true because PEXA holds his date of birth wrongly; correcting it is rectification.",
      org="law", title="Director"),
    S(9, "pexa", "staff", "Please do not delete my user data",
      "I was a completions officer at {org} until 28 February, when my employment ended. I understand the firm has "
      "asked for my PEXA user account to be closed, which is fine. I am, however, bringing an employment tribunal "
      "claim, and the record of what I did on the platform will be important evidence.\n\n[[restriction|Please keep the "
      "data linked to my user account, including the audit trail of my actions, and do not delete it while my claim "
      "is ongoing.]] [[access|I would also like a copy of that personal data, including my login history and the "
      "audit trail entries in my name since 1 September last year.]]\n\nI'm happy to provide ID if needed. Thank you.",
      L(r="restriction,access"),
      "No dissatisfaction with PEXA, so no complaint; keeping data that would otherwise be deleted because he needs it "
      "for a legal claim is restriction, and a copy of it is access; the former employer is only named.",
      org="lender", title="Completions Officer"),
    S(10, "pexa", "staff", "My face and name in your webinar recording",
      "I joined your 'Remortgages on PEXA' webinar on 22 April as an attendee. I asked a question on camera because "
      "the host invited us to, and nobody said the session was being recorded for anything. It is now in the "
      "on-demand library on your training portal, where any PEXA user can watch it, and my name and face are in it "
      "for about four minutes, including me saying which firm I work for.\n\nI'm really uncomfortable with this; a "
      "colleague at another firm sent me the link. [[erasure|Please delete the recording of me, or edit me out of the "
      "video and any copies you keep.]] I would like to know when it has been done.",
      L(c=True, pd=True, r="erasure", cat="personal_data"),
      "Distress at an unannounced use of her image with a fix expected: implicit personal_data complaint; it is "
      "processing she was not told about rather than a lost or misdirected record, so breach false; delete me from "
      "the recording = erasure.", org="law", title="Paralegal"),
    S(11, "pexa", "staff", "Identity check for new participant - can a person do it?",
      "I am setting up as a sole practitioner and will be applying to join PEXA next week. I had reconstructive "
      "surgery on my jaw last year and my face no longer looks much like my passport photo, which was taken in 2019. "
      "Two banking apps have already rejected me at the automated selfie stage.\n\n[[automated_decision|Before I "
      "start, could you arrange for a member of your onboarding team to verify my identity, instead of the automated "
      "face-matching check deciding it?]] I can come to an office or join a video call with my documents.\n\nThanks "
      "very much.",
      L(r="automated_decision"),
      "Asked before anything has gone wrong at PEXA, so not a complaint; a person instead of the automated check "
      "deciding is automated_decision.", org="law", title="Solicitor",
      short="[[automated_decision|Could a member of your onboarding team verify my identity instead of the automated "
            "face-matching check deciding it?]] Surgery last year means I no longer look like my passport photo. I "
            "apply next week."),
    S(12, "pexa", "staff", "Complaint about a support call on 9 May",
      "I want to make a formal complaint about how I was spoken to by your support desk on 9 May at about 3.40pm. I "
      "rang because a settlement for one of our borrowers was stuck at 'awaiting lodgement'. The agent cut across me "
      "repeatedly, told me I 'clearly hadn't read the guides', and ended the call while I was still talking. I was "
      "left to sort out the settlement with no help and the borrower's completion slipped to the next day.\n\n"
      "[[access|Please send me a copy of the recording of that call, and of any notes made about me on your system "
      "afterwards.]] I'd also like an apology and an explanation of what training your support staff are given.",
      L(c=True, ex=True, r="access", cat="service_quality"),
      "Explicit complaint about a rude agent (service_quality); the call recording and notes about her are an access "
      "request, but the grievance is not data handling, so personal_data false (lg-29).",
      org="lender", title="Settlements Team Leader"),
    S(13, "pexa", "staff", "My personal mobile is showing on every workspace",
      "When I registered I put my personal mobile number in the 'recovery contact' field, because the form said it was "
      "for account security. I've now found out it is displayed in the participant panel of every workspace I'm on, "
      "so other firms' staff can see it, and I've had two calls from a lender's agent on a Sunday.\n\nThat's not what "
      "I gave it to you for. [[erasure|Please delete my personal mobile number from your systems; my office number is "
      "already on the profile.]] [[restriction|Until it's deleted, please make sure it isn't shown to any other "
      "user.]]\n\nPlease let me know today what you're doing about it.",
      L(c=True, pd=True, r="erasure,restriction", cat="personal_data"),
      "A number given for one purpose used for another, with a demand: implicit personal_data complaint; shown to "
      "platform users by design rather than lost or sent to the wrong person, so breach false; delete = erasure, "
      "hide it until then = restriction.", org="law", title="Conveyancing Executive"),
    S(14, "pexa", "staff", "Training certificates and spelling of my name",
      "Two small things, please.\n\n[[rectification|My surname is spelt '{last}' but your training records have it "
      "as '{lastbad}'; please correct it.]]\n\n[[portability|After that, could you send my completed course records in "
      "a machine-readable format such as CSV, so I can import them into the CPD tracker my firm uses?]] The PDF "
      "certificates are fine for framing but our tracker can't read them.\n\nMany thanks.",
      L(r="rectification,portability"),
      "Two friendly requests with no dissatisfaction: correcting her misspelt name is rectification and a CSV of her "
      "records for another system is portability.", org="law", title="Trainee Solicitor"),
    S(15, "pexa", "staff", "Enhanced monitoring status on renewal",
      "At renewal last week your system told me my subscription would move to 'enhanced monitoring' following an "
      "automated assessment. As I'm a sole practitioner, that assessment is really about me personally. I assume "
      "there is a simple explanation and I'm happy to provide anything you need.\n\n[[automated_decision|I would like "
      "the assessment to be looked at by a person rather than left to the automated scoring.]] "
      "[[restriction|While that review is pending, please don't show the 'enhanced monitoring' status to lenders on "
      "my workspaces.]]\n\nThank you.",
      L(r="automated_decision,restriction"),
      "Calm and cooperative, no dissatisfaction expressed, so not a complaint; a person rather than the scoring to "
      "assess her is automated_decision and not showing the status while it is reviewed is restriction.",
      org="law", title="Sole Practitioner"),
    S(16, "pexa", "staff", "Use of my name and photo in your brochure",
      "A client has just shown me your new lender brochure, which has my photograph, my name and a quote attributed to "
      "me on page 6 under 'What our participants say'. I spoke to one of your account managers informally at a "
      "conference two years ago; I never agreed to be quoted, let alone photographed for marketing.\n\nI'm frankly "
      "annoyed that nobody thought to ask. [[objection|I object to my name, image and words being used in any of your "
      "marketing material, printed or online.]] Please tell me what you will do about the copies already printed.",
      L(c=True, pd=True, r="objection", cat="personal_data"),
      "Annoyance at an unexpected marketing use of his name and image with a response demanded: implicit personal_data "
      "complaint, no breach; objecting to that marketing use is objection.", org="law", title="Partner"),
    S(17, "pexa", "staff", "Change of surname on my user profile",
      "I got married in June and have changed my surname from {oldlast} to {last}. [[rectification|Please update my "
      "name on my PEXA user profile and on my training certificates to {first} {last}.]] My login email will stay the "
      "same for now. I've attached a copy of the marriage certificate in case you need it.\n\nThanks!",
      L(r="rectification"),
      "A routine update with no dissatisfaction: updating her own name is rectification.",
      org="any", title="Mortgage Administrator",
      subj_only="[[rectification|Please update my surname on my PEXA user profile to {last}]]"),
    S(18, "pexa", "consumer", "I received someone else's settlement notice",
      "This morning I received an email from your platform headed 'Settlement confirmed', but it isn't about my "
      "purchase. It gives another buyer's full name, the address of a house in Harrogate and the settlement amount. I "
      "haven't forwarded it to anyone and I'll delete it once you confirm that's what you want.\n\nI don't need "
      "anything done about it for myself, but it did make me wonder how my own details are handled. "
      "[[informed|Can you tell me what kind of personal data of mine PEXA has, where it came from and what it is used "
      "for?]]",
      L(br=True, r="informed"),
      "Reporting a misdirected notice without dissatisfaction is not a complaint but breach is true (lg-32); asking "
      "what data is held, where from and why is informed; deleting the stray email is not erasure."),
    S(19, "pexa", "relative", "Data request for my wife, {client}",
      "I'm writing on behalf of my wife, {client}, who is working in Singapore until the summer and has asked me to "
      "deal with this. She has signed the attached authority letter and a copy of her passport is included.\n\nOur "
      "remortgage completed on your platform in January. [[access|Please send a copy of any personal data PEXA holds "
      "about {clientfirst}, including what was recorded in the workspace and any emails sent to her.]]\n\nNothing is "
      "wrong as far as we know; our accountant just wants a complete set of paperwork. You can reply to me at this "
      "address.",
      L(r="access", tp=True),
      "A husband writing for his wife is third_party; a copy of her data is access; no dissatisfaction, so no "
      "complaint.", sg="m"),
    S(20, "pexa", "staff", "Question about the new 'user insights' dashboard",
      "Our operations manager at {org} mentioned that PEXA is piloting a dashboard that scores individual users on "
      "speed and error rates, and that our team is in the pilot. Nothing has happened as a result, but I'd like to "
      "understand it before it does.\n\n[[informed|Could you tell me what data about my own activity feeds into the "
      "scores, how long it is kept and what the legal basis is for processing it?]] [[objection|I also object to my "
      "activity being used to build an individual performance profile of me for the dashboard.]]\n\nThanks for your "
      "help.",
      L(r="informed,objection"),
      "Questions before anything has gone wrong, so not a complaint; what data, how long and on what basis is "
      "informed, objecting to being profiled is objection.", org="lender", title="Post-Completion Officer"),
    S(21, "pexa", "staff", "Formal complaint - my passport copy sent to my old firm",
      "I moved from {oldorg} to {org} in March and updated my PEXA profile on my first day. Despite that, on 2 May "
      "your onboarding team emailed my old firm's general inbox a message containing a scan of my passport and my home "
      "address, asking them to 'confirm the attached user details'. A former colleague forwarded it to me. That inbox "
      "is read by at least six people.\n\nI am making a complaint about this. [[rectification|Please correct whatever "
      "record still links me to my old firm and its email address.]] [[erasure|Then delete the copy of my passport you "
      "hold, since my identity was verified years ago and there is no reason to keep it.]] I also want to know whether "
      "you have reported this.",
      L(c=True, ex=True, pd=True, br=True, r="rectification,erasure", cat="personal_data"),
      "Her passport and home address were sent to the wrong inbox: explicit complaint, personal_data and breach; "
      "fixing the stale link is rectification and deleting the passport copy is erasure; her firms are only "
      "employers.", org="law", title="Conveyancer"),
    S(22, "pexa", "staff", "Export of my trainer records",
      "I've been one of your accredited peer trainers at {org} for three years and I'm leaving for a role at a lender "
      "that doesn't use PEXA. [[portability|Please could you export my trainer profile, the list of sessions I "
      "delivered and my feedback scores as a CSV or Excel file, so I can load them into my new employer's learning "
      "system?]]\n\nNo rush, any time before the 30th is fine.",
      L(r="portability"),
      "A neutral request: her own records in a machine-readable file to load into another system is portability.",
      org="any", title="Accredited Trainer",
      short="[[portability|Could you export my trainer profile and session history as a CSV so I can load it into my "
            "new employer's learning system?]] I leave on the 30th."),
    # ------------------------------------------------------------------ PEXA, look-alikes
    S(23, "pexa", "staff", "Training portal access for two new starters",
      "Two new paralegals joined us on Monday, {n1} and {n2}. Their user accounts were created by our administrator, "
      "but neither of them can access the training portal; they get 'No licence assigned' after logging in. Could "
      "you please check their licences and give them access so they can book onto the induction course? Everything "
      "else is working fine.\n\nThanks in advance.",
      L(),
      "A routine service request: 'access' to the training portal is not the right of access (lg-03), and no "
      "dissatisfaction is expressed.", org="law", title="Office Manager"),
    S(24, "pexa", "staff", "Duplicate workspace created in error",
      "One of our team created the same remortgage workspace twice this morning (refs {ws} and {ws2}). Please could "
      "you delete the second one, and also remove the redemption statement attachment from it, which was uploaded to "
      "the wrong matter. No other participant has been invited to that workspace, so it hasn't been shared with "
      "anyone. Just tidying up.\n\nThanks",
      L(),
      "Deleting a duplicate workspace and an attachment is housekeeping, not erasure of personal data; nothing was "
      "disclosed, so no breach, and no dissatisfaction, so no complaint.", org="lender", title="Remortgage Processor"),
    S(25, "pexa", "staff", "Complaint - settlement statement showing wrong figures",
      "I'm raising a complaint about workspace {ws}. After your release on Saturday the settlement statement started "
      "showing the deposit twice, so the balance due from the purchaser's lender was £18,250 short. Our cashier only "
      "spotted it because the figure didn't match our ledger; if she hadn't, the settlement would have failed on the "
      "day.\n\nPlease correct the figures in the workspace, confirm whether other workspaces are affected, and tell us "
      "what changed in the release. We need an answer before completion on Friday.",
      L(c=True, ex=True, cat="platform_defect"),
      "An explicit complaint about a system fault (platform_defect); 'correct the figures' concerns transaction "
      "amounts, not anyone's personal record, so no rectification.", org="law", title="Head of Residential Property"),
    S(26, "pexa", "consumer", "Orchard Lane not sending my documents",
      "I bought a house in March through Orchard Lane Solicitors, who I believe use your system. Since completion I've "
      "asked them four times for a copy of my file and the completion statement, and they haven't replied to any of "
      "my emails or calls. I need the documents for my mortgage broker by the end of the month.\n\nCan you please "
      "chase Orchard Lane and make them send me a copy of my file? I don't know who else to contact.",
      L(c=True, cat="delay", firm="ols"),
      "A consumer's grievance purely about her participant firm's silence is a complaint to forward (ols, delay); the "
      "copy she wants is asked of Orchard Lane, not of PEXA, so rights stay empty."),
    S(27, "pexa", "staff", "Monthly settlement report as CSV?",
      "Our finance team currently downloads the monthly settlement report as a PDF and retypes the totals into our "
      "accounts system. Is there a way to export it as a CSV or Excel file instead so it can be imported directly? If "
      "it needs to be switched on for our subscription, please let me know what to do.",
      L(),
      "A neutral enquiry about a business report: a CSV of firm-level settlement totals is not portability of "
      "personal data.", org="lender", title="Finance Business Partner"),
    S(28, "pexa", "staff", "New lodgement fee - we object",
      "We received notice on 1 July that a £4.50 'lodgement assurance' fee will be added to every workspace from next "
      "month. We object to this strongly. Nothing about the lodgement service has changed, and it was introduced with "
      "four weeks' notice when our fees to clients are already fixed for the quarter. For a firm of our size that's "
      "around £2,600 a year.\n\nPlease explain the basis for the charge and confirm whether existing workspaces will be "
      "exempt. We'd like a response before it takes effect.",
      L(c=True, cat="fees_charges"),
      "Objecting to a fee with an explanation demanded is an implicit fees_charges complaint; 'object' here is about "
      "a charge, not the right to object to processing.", org="law", title="Practice Manager"),
    S(29, "pexa", "staff", "URGENT: settlement rejected by your automatic checks",
      "Our settlement on workspace {ws} was rejected at 11:02 today by your automatic funds reconciliation with the "
      "message 'Source funds mismatch'. The funds are in the settlement account to the penny; we've checked with the "
      "bank twice. The buyers are sitting outside the property with a removal van.\n\nWe need a person at PEXA to look "
      "at this transaction now and release it manually. Please call me on {phone} as soon as you read this. This is "
      "the second time in a month the checks have rejected a balanced settlement.",
      L(c=True, cat="platform_defect"),
      "A failing automated check on a transaction is an implicit platform_defect complaint; wanting a person to "
      "release a settlement is not automated_decision, which concerns decisions about an individual.",
      org="law", title="Senior Conveyancer"),
    S(30, "pexa", "staff", "Change of registered office",
      "Please note that {org} moved its registered office on 1 September. The new address is Unit 4, Millbrook "
      "Business Park, Leeds LS12 6QT. Could you update the address on our subscription account and on future "
      "invoices? Our VAT number and bank details are unchanged.\n\nThank you.",
      L(),
      "Updating a firm's office address is account administration, not rectification of a person's data; no "
      "complaint.", org="any", title="Accounts Assistant"),
    # ------------------------------------------------------------------ Conexus, rights
    S(31, "conexus", "debtor", "Complaint about a phone call on 11 March - account {acct}",
      "I want to complain about the agent I spoke to on 11 March. He told me that if I didn't pay £300 that day a "
      "bailiff would be at my door by the weekend and my car would be taken. I've since been told by a debt adviser "
      "that this isn't how it works for this kind of debt at all. I was so frightened that I borrowed the money from "
      "my sister.\n\n[[access|Please send me a copy of the recording of that call and all the notes on my account.]] I "
      "want an explanation, and I want the £300 treated as a payment made under pressure.",
      L(c=True, ex=True, r="access", cat="collection_conduct"),
      "An explicit complaint about threats used to get a payment (collection_conduct); the recording and notes are "
      "access, and personal_data stays false because the grievance is not data handling."),
    S(32, "conexus", "debtor", "you sent my letters to my ex's house AGAIN",
      "I rang you in January to say I'd moved out of 23 Fenwick Close and gave you my new address. Your letter dated 4 "
      "April still went to Fenwick Close, where my ex-partner lives, and he opened it and now knows exactly how much I "
      "owe and who to. He's already used it against me in our child arrangements dispute.\n\nThis should never have "
      "happened after I told you. [[rectification|Update my address to the one I gave you in January: Flat 2, 88 "
      "Stanhope Road.]] [[erasure|And delete the Fenwick Close address from my account completely so it can't happen "
      "again.]] I want a written answer.",
      L(c=True, pd=True, br=True, r="rectification,erasure", cat="personal_data"),
      "Debt details sent to an old address and read by the ex-partner: implicit complaint, personal_data and breach; "
      "update the address = rectification, delete the old one = erasure."),
    S(33, "conexus", "adviser", "Client {client} - account {acct} - payment history and reporting",
      "I am a money adviser at {org} and act for {client}, whose signed authority is attached. We are preparing a "
      "debt relief application and need an accurate record of the payments she has made to you.\n\n"
      "[[portability|Please send her full payment history in CSV or Excel format so that we can import it into our "
      "case management software.]] {clientfirst} believes two payments made in 2025 are missing from your last "
      "statement. [[restriction|While we check that, please do not use the disputed balance or pass it on to the "
      "credit reference agencies.]]\n\nThank you for your help.",
      L(r="portability,restriction", tp=True),
      "A money adviser acting for a client (third_party) with a neutral request: machine-readable history for other "
      "software = portability, not using contested data while it is checked = restriction.",
      org="advice", title="Money Adviser"),
    S(34, "conexus", "debtor", "Complaint - credit file still shows a default I settled",
      "I settled account {acct} in full on 30 September last year and I have your letter confirming it. My credit "
      "file, checked yesterday because I'm applying for a mortgage, still shows Conexus reporting the account as "
      "'defaulted - outstanding £1,142'. My broker says the lender won't proceed with it there.\n\nThis is a formal "
      "complaint. [[rectification|Correct what you report to the credit reference agencies so it shows the account as "
      "settled.]] [[restriction|Until the correction has gone through, stop reporting any balance on this account.]] "
      "I need written confirmation I can give my broker this week.",
      L(c=True, ex=True, pd=True, r="rectification,restriction", cat="personal_data"),
      "Explicit complaint about an inaccurate record Conexus reports about her (personal_data, her own record), no "
      "disclosure to a wrong person; correct = rectification, stop reporting meanwhile = restriction."),
    S(35, "conexus", "debtor", "Letter before action - who decided this?",
      "I've had a 'notice of intended legal proceedings' on account {acct}. I have been paying £25 a month without "
      "missing once since 2024. When I rang, the agent said accounts are 'selected for litigation by the scoring "
      "model' and he couldn't override it or tell me why mine was picked.\n\nI don't think a computer should be "
      "deciding to take someone to court who is keeping to an arrangement. [[automated_decision|I want a person at "
      "Conexus to review my account and make that decision properly.]] [[objection|I also object to you profiling me "
      "with that scoring model.]]\n\nPlease put the court action on hold until I hear back.",
      L(c=True, r="automated_decision,objection", cat="collection_conduct"),
      "Threatened litigation despite keeping to a plan is an implicit collection_conduct complaint; a person to make "
      "the decision = automated_decision, objecting to the profiling = objection; the grievance is the escalation, "
      "so personal_data false."),
    S(36, "conexus", "debtor", "Payment history file for my accountant",
      "I'm self-employed and my accountant is putting together my figures for the year. She's asked for my payments "
      "on account {acct} as a spreadsheet she can import rather than a printed statement. [[portability|Could you "
      "email me my payment history as a CSV file, please?]] Dates and amounts are all she needs.",
      L(r="portability"),
      "A neutral request for his own payment data as a CSV to import elsewhere: portability, no complaint.",
      short="[[portability|Can you email my payment history as a CSV file so my accountant can import it?]] "
            "Account {acct}."),
    S(37, "conexus", "debtor", "Account {acct} closed - deleting my data",
      "My account with you was paid off in full in 2023 and I received your closure letter. I'd now like to tidy "
      "things up.\n\n[[erasure|Please delete the personal data you hold about me.]] [[informed|If there is anything "
      "you are required to keep, please tell me what it is, why you need it and how long you'll keep it for.]]\n\n"
      "Thank you, and thanks again to the staff who helped me set up the plan at the time.",
      L(r="erasure,informed"),
      "A courteous request with thanks and no grievance: delete my data = erasure, what is kept, why and for how long "
      "= informed.", dp=True),
    S(38, "conexus", "debtor", "your online plan thing refused me in 10 seconds",
      "i filled in the whole income and spending form on your website last night, took me an hour with all my bank "
      "statements. offered £40 a month which is all i can afford with two kids. it came back in about 10 seconds "
      "saying 'offer not acceptable, minimum payment £95' and nothing else. no phone number, no explanation.\n\n"
      "[[automated_decision|i want a real person to look at my figures and decide, not the website.]] i cant pay £95 "
      "and i dont want this going to court because of a computer",
      L(c=True, r="automated_decision", cat="collection_conduct"),
      "An affordable offer refused by the website with distress and a demand: implicit complaint about how the debt "
      "is pursued (collection_conduct); a real person to decide instead of the website = automated_decision.",
      casual=True),
    S(39, "conexus", "mp", "Constituent: {client} - letters addressed to her late mother",
      "I am writing on behalf of {mp} MP about a constituent, {client}, who has asked for help and has given her "
      "consent for this to be raised with you.\n\nMrs {clientlast}'s mother died in 2022 and never lived at my "
      "constituent's address. Since February your company has sent four letters in her mother's name to my "
      "constituent's home about an account with a mobile phone company. My constituent finds this distressing and "
      "does not understand how her address became connected with her mother's account.\n\n[[informed|Please explain "
      "where Conexus obtained my constituent's address, and on what basis it is being used for this account.]] "
      "[[erasure|She also asks that her address and any other details about her be removed from the account.]]\n\nI "
      "would be grateful for a reply within 14 days.",
      L(c=True, pd=True, r="informed,erasure", tp=True, cat="personal_data"),
      "An MP's office writing for a constituent (third_party) about her address being used unexpectedly, with distress "
      "and a reply expected: implicit personal_data complaint; source and basis = informed, remove her details = "
      "erasure."),
    S(40, "conexus", "debtor", "Complaint - your agent discussed my debt with my 15 year old son",
      "On Tuesday afternoon my son, who is 15, answered our landline. Your agent asked for me by name, and when my son "
      "said I was at work he told him I owed £2,300 on a catalogue account and that it was 'getting serious'. My son "
      "was upset and I had to explain the whole thing to him that evening.\n\nI want to complain in the strongest "
      "terms. You had no right to discuss my finances with a child. [[access|Send me the recording of that call and a "
      "copy of whatever your agent wrote on my account about it.]] I also want to know what is being done about this "
      "agent.",
      L(c=True, ex=True, pd=True, br=True, r="access", cat="personal_data"),
      "The disclosure of her debt to her son is the main grievance (no intimidation theme as in lg-33), so an explicit "
      "complaint with personal_data, breach and category personal_data; the recording and notes = access."),
    S(41, "conexus", "debtor", "Information about my health on account {acct}",
      "When I set up my payment plan last month I told your adviser that I'm having chemotherapy and may miss a "
      "payment during treatment. She was kind and said it would be noted. I'd just like to understand what happens to "
      "that now.\n\n[[informed|Could you explain what you have recorded about my health, why you keep it and who can "
      "see it?]] [[restriction|I'd prefer it isn't passed on to the company I originally owed, or to anyone else "
      "outside Conexus, unless I agree.]]\n\nMany thanks for your help so far.",
      L(r="informed,restriction"),
      "No dissatisfaction, so not a complaint; what is recorded, why and who sees it = informed, not passing it on = "
      "restriction (as lg-37)."),
    S(42, "conexus", "debtor", "Paid you off in full - why am I getting offers?",
      "I cleared account {acct} in November. Since then I've had three texts and an email from Conexus offering me a "
      "place on your 'credit rebuild programme'. I never asked for this and I certainly didn't expect a debt "
      "collector to be marketing to me after I'd paid.\n\n[[objection|I object to you using my details for marketing "
      "of any kind.]] [[erasure|Delete my phone number and email address from your systems.]] [[restriction|If you "
      "say you have to keep anything, then until that's settled you are not to use it for anything except the closed "
      "account.]] Reply to confirm.",
      L(c=True, pd=True, r="objection,erasure,restriction", cat="personal_data"),
      "Unwanted marketing after the account closed is unexpected use of data with a demand: implicit personal_data "
      "complaint; object to marketing = objection, delete = erasure, use only for the closed account meanwhile = "
      "restriction."),
    S(43, "conexus", "solicitor", "Our client {client} - mistaken identity - account {acct}",
      "We act for {client} of Holm Lane, Kendal, and write with his authority.\n\nOur client has received three "
      "letters from you about a Sterling Credit loan taken out in 2021. He has never had any account with Sterling "
      "Credit. The date of birth on your letters is not his, and the previous address you quote is in Croydon, where "
      "he has never lived. It appears you have linked him to a different person with the same name.\n\nThis is a "
      "formal complaint on our client's behalf. [[rectification|Please correct your records so that our client is not "
      "linked to this account.]] [[restriction|Until that has been done, please stop using his details for any "
      "collection activity.]] [[informed|Please also tell us where you obtained his current address and what led you "
      "to connect him with this debt.]]\n\nWe look forward to hearing from you within 14 days.",
      L(c=True, ex=True, pd=True, r="rectification,restriction,informed", tp=True, cat="debt_dispute"),
      "A solicitor (third_party) challenging a debt the client does not owe: explicit debt_dispute complaint with "
      "personal_data true for the wrong data linked to him; Conexus's own tracing is the cause, so firm null though "
      "Sterling Credit is named; correct/stop using/where from = rectification, restriction, informed.",
      org="solicitor", title="Solicitor", cg="m"),
    S(44, "conexus", "debtor", "Re: data request - still nothing after six weeks",
      "On 3 February I asked for a copy of my personal data and my payment history as a CSV. Your acknowledgement said "
      "I'd hear within a month. It has now been six weeks and I've had nothing, not even an update, and two emails to "
      "this address have gone unanswered.\n\nI'm asking again. [[access|Send me a copy of all the personal data you "
      "hold about me, including call recordings.]] [[portability|Send my payment history as a CSV file so I can load "
      "it into my budgeting app.]] I expect this within seven days.",
      L(c=True, pd=True, r="access,portability", cat="delay"),
      "A 'still waiting' chaser is an implicit delay complaint (rule 6) and, being about an ignored data-rights "
      "request, personal_data true; the renewed requests are access and portability.",
      quote=("4 Feb 2026", "Conexus Data Protection <dataprotection@conexus-services.com>",
             "Dear customer,\n\nThank you for your request, which we received on 3 February. We will respond within "
             "one calendar month.\n\nReference: DP-{ref}\n\nConexus Data Protection Team")),
    S(45, "conexus", "consumer", "Stop using my number for someone else's account",
      "My mobile keeps getting calls and texts from you asking for {other}. He is my ex-partner; we split up two years "
      "ago and I have no idea where he lives now. I'm not named on his debt and I never gave you this number. It's got "
      "to the point where I dread my phone ringing at work.\n\n[[erasure|Please remove my mobile number from your "
      "records.]] And please confirm in writing that I won't be contacted about this again.",
      L(c=True, pd=True, r="erasure", cat="personal_data"),
      "Her number used for someone else's debt is unexpected use of her data, with distress and a demand: implicit "
      "personal_data complaint; remove my number = erasure, while 'don't contact me again' is a conduct remedy.",
      short="Your calls and texts for {other} keep coming to my mobile. He's my ex, I'm not on his debt and I never "
            "gave you this number. [[erasure|Please remove my mobile number from your records.]]"),
    S(46, "conexus", "debtor", "Letter about my old Pennant Mobile account",
      "I've received your letter dated 12 May saying you now collect my old Pennant Mobile balance and that 'based on "
      "our assessment' the minimum I can pay is £60 a month. I'm not disputing that I owe something and I want to "
      "sort it.\n\n[[informed|Before I reply, could you tell me what information you used for that assessment and "
      "where you got it from?]] [[automated_decision|If the £60 figure was worked out by a computer without anyone "
      "looking at it, I'd like a member of staff to decide my payment amount instead.]]\n\nThanks.",
      L(r="informed,automated_decision"),
      "Questions before engaging, no dissatisfaction, so not a complaint and the creditor is only named; what "
      "information and from where = informed, a member of staff instead of the computer = automated_decision."),
    S(47, "conexus", "debtor", "New contact details",
      "[[rectification|Please can you update my contact details on account {acct}.]] My new mobile number is {phone} "
      "and my email is this address. [[restriction|Please don't send anything to my old email, which is a shared "
      "family account I no longer use, or to the old number, even while the change is going through.]] Thank you.",
      L(r="rectification,restriction"),
      "A routine update: new contact details = rectification, not using the old ones meanwhile = restriction; no "
      "complaint.",
      short="[[rectification|Please update my mobile on account {acct} to {phone}.]] [[restriction|Don't use the old "
            "number or my old email for anything in the meantime.]]"),
    S(48, "conexus", "support", "{client} - account {acct} - inaccurate notes and pressure to pay",
      "I support {client} through {org}, and she has asked me to write. {clientfirst} has bipolar disorder and was in "
      "hospital for most of March, which your company was told on 4 March.\n\nWhen she called you on 2 April to "
      "explain why she had missed payments, she was told your notes say she 'refused to engage' and 'refused to pay'. "
      "She did neither. Your agent then pressed her to agree to a lump sum of £500 within seven days, which she can't "
      "afford, and she has been very unwell since.\n\n[[rectification|Please correct the notes on her account so that "
      "they record what actually happened, including her hospital stay.]] Please also withdraw the £500 demand and let "
      "us agree an affordable arrangement. I'd like a response within 10 working days.",
      L(c=True, pd=True, r="rectification", tp=True, cat="collection_conduct"),
      "A support worker writing for a vulnerable client (third_party): the main grievance is pressure on a vulnerable "
      "customer (collection_conduct), with personal_data true for the inaccurate notes; correcting them = "
      "rectification.", org="support", title="Support Worker"),
    S(49, "conexus", "debtor", "Subject access request - account {acct}",
      "[[access|Under Article 15 of the UK GDPR, please provide a copy of all personal data you hold about me, "
      "including account notes, letters, emails and call recordings.]]\n\nMy date of birth is {dob} and my address is "
      "the one on your letters. Email is my preferred format.",
      L(r="access"),
      "A plain subject access request with no grievance: access, no complaint.", dp=True,
      subj_only="[[access|Subject access request: please send me a copy of all the personal data you hold about "
                "me]] - {acct}"),
    S(50, "conexus", "debtor", "Complaint about my subject access response",
      "Your response to my subject access request arrived on 16 April. It contains my letters and a statement, but no "
      "call recordings and no account notes, even though I specifically asked for both and I know I've had at least "
      "eight calls with your staff since last summer. The covering letter doesn't say anything has been left out or "
      "why.\n\nI'm making a complaint about the way my request has been handled. [[access|Please send the missing call "
      "recordings and account notes.]] If you are refusing to provide them, tell me why in writing.",
      L(c=True, ex=True, pd=True, r="access", cat="personal_data"),
      "An explicit complaint that a data-rights request was handled badly (personal_data, as lg-36); asking again for "
      "the missing recordings and notes = access.", dp=True,
      quote=("14 Apr 2026", "Conexus Data Protection <dataprotection@conexus-services.com>",
             "Dear customer,\n\nPlease find attached the information you requested under Article 15. Our reference "
             "is DP-{ref}.\n\nConexus Data Protection Team")),
    S(51, "conexus", "debtor", "Marketing preferences",
      "I'm happy with how my payment plan is going and I don't need anything changed. I noticed your privacy notice "
      "says you may send details of 'products that could help you'. [[objection|I object to my personal data being "
      "used for marketing of any kind, by email, text or post.]] Account reference {acct}.",
      L(r="objection"),
      "A satisfied customer pre-empting marketing: objection, no complaint.",
      subj_only="[[objection|I object to my data being used for marketing]] - ref {acct}"),
    S(52, "conexus", "debtor", "Voice analysis on my calls??",
      "A friend who works in a call centre told me a lot of collection agencies run 'voice analytics' on calls, and "
      "when I asked your agent yesterday whether you do, she said yes, 'to help assess customers'. Nobody told me my "
      "voice was being analysed and I'm not happy about it at all.\n\n[[informed|What exactly does the voice analysis "
      "record about me, what is it used for and on what legal basis?]] [[objection|I object to my calls being "
      "analysed in this way.]] [[automated_decision|If any decision about my account has been made using it, I want "
      "that decision reviewed by a person.]]\n\nPlease reply in writing.",
      L(c=True, pd=True, r="informed,objection,automated_decision", cat="personal_data"),
      "Unhappy about processing he was never told of, with a written reply demanded: implicit personal_data complaint; "
      "what/why/basis = informed, object to the analysis = objection, a person to review decisions = "
      "automated_decision."),
    S(53, "conexus", "relative", "My father {client} - account {acct} - payment records",
      "I hold a Lasting Power of Attorney for property and financial affairs for my father, {client}, who moved into "
      "a care home in January; a certified copy is attached. I now have to keep accounts of his finances for the "
      "Office of the Public Guardian.\n\n[[portability|Please send Dad's payment history on this account as a CSV file "
      "so I can import it into the spreadsheet I keep for the Public Guardian.]] He pays £15 a month by standing "
      "order and there is no problem with the arrangement.\n\nThank you.",
      L(r="portability", tp=True),
      "An attorney writing for her father (third_party) with a neutral request: his payment data as a CSV to import "
      "elsewhere = portability; no complaint.", cg="m"),
    # ------------------------------------------------------------------ Conexus, look-alikes
    S(54, "conexus", "debtor", "Calls to my workplace",
      "Your people have now rung the reception at my work three times this week asking to be put through to me about "
      "account {acct}. The receptionist asked me in front of other staff what 'Conexus' was. I have a payment plan and "
      "I've never missed a payment, so there's no reason for any of this.\n\nStop calling my work. Use my mobile, "
      "which you already have, and explain why this happened.",
      L(c=True, cat="collection_conduct"),
      "Unwanted calls to a workplace with a demand: implicit collection_conduct complaint; 'stop calling my work' is a "
      "conduct remedy, not objection, and no debt detail was disclosed, so no breach.",
      short="Three calls to my work reception this week about {acct} when I'm up to date on my plan. Stop calling my "
            "work and tell me why this happened."),
    S(55, "conexus", "debtor", "Request for copy contract - {acct}",
      "I've received your letter about an account with Northline Energy. I don't remember the details of this "
      "contract and want to check them before agreeing anything. Please send me a copy of the signed contract and a "
      "statement showing how the balance was built up. I'm not refusing to pay, I just want to see what I signed up "
      "to.",
      L(),
      "Asking for the contract and a balance breakdown to check the debt is a neutral enquiry, and proof of the debt "
      "rather than a copy of the personal data held, so no access right and no complaint."),
    S(56, "conexus", "adviser", "{client} - request for 30-day hold",
      "{org} is now helping {client} (account {acct}); her signed authority is attached. We are completing a full "
      "financial statement with her and expect to propose an arrangement within four weeks.\n\nPlease put the account "
      "on hold for 30 days, freeze interest and charges if you can, and send all correspondence to us in the "
      "meantime. Thank you for your help.",
      L(tp=True),
      "A money adviser (third_party) asking for a collections hold: a breathing-space style hold on collection is "
      "not restriction of processing, and no dissatisfaction, so no complaint.", org="advice", title="Debt Adviser"),
    S(57, "conexus", "debtor", "cant get past your automated phone line",
      "been trying since monday to speak to someone about my plan. your phone line just goes round in circles, press 1 "
      "press 3 enter your reference, then 'all our advisors are busy' and it hangs up. 40 mins yesterday for nothing. "
      "i need a person to ring me back on {phone} before my payment date on friday",
      L(c=True, cat="wait_time"),
      "Unable to reach anyone through the phone system, with a callback demanded: implicit wait_time complaint; "
      "'I need a person' is about reaching staff, not a decision about him, so no automated_decision.", casual=True,
      subj_only="been on hold 40 mins again and your phone line hung up on me, need a person to ring me back"),
    S(58, "conexus", "debtor", "Pennant Mobile billed me after I cancelled",
      "You've written to me about £412 that Pennant Mobile say I owe. I cancelled that contract in writing in August "
      "2024 and moved to another network, and Pennant kept billing me for another six months for a line I wasn't "
      "using. That's what this 'debt' is.\n\nThe problem is with Pennant, not you, but I've got nowhere with them. "
      "Please get them to correct their records and send me a copy of my cancellation and final bill. I'm not paying "
      "for a phone line I didn't have.",
      L(c=True, cat="debt_dispute", firm="pmt"),
      "Only the creditor can fix its own billing after cancellation, so a debt_dispute complaint about pmt; the "
      "correction and copies are asked of Pennant, not Conexus's own data, so rights stay empty."),
    S(59, "conexus", "creditor", "Complaint - monthly remittance files unusable again",
      "I manage our collections partners at Northline Energy. For the third month running, the remittance CSV your "
      "team sent us on the 5th has had columns out of order and dates in two formats, so our system rejected it and "
      "my team spent two days reconciling 1,900 payments by hand.\n\nPlease treat this as a formal complaint. We need "
      "a corrected file for June by Friday, an explanation of what keeps going wrong, and a named contact who will "
      "check the file before it's sent.",
      L(c=True, ex=True, cat="service_quality"),
      "A creditor client's explicit complaint about careless file handling (service_quality); a corrected CSV of "
      "business remittance data is not portability, and the firm is the sender, so about_other_firm null.",
      org="creditor", title="Collections Partner Manager"),
    S(60, "conexus", "debtor", "£45 charge added to my balance",
      "My balance went up from £610 to £655 this month with the note 'admin fee - returned payment'. The payment "
      "didn't bounce: my bank took your direct debit a day later because of the bank holiday, and the money went out "
      "the next morning. I've got the bank statement to show it.\n\nPlease delete the £45 fee from my account and send "
      "me an updated statement. It isn't fair to charge me for a bank holiday.",
      L(c=True, cat="fees_charges"),
      "A fee added on top of the debt, with removal demanded: implicit fees_charges complaint; 'delete the fee' is "
      "not erasure of personal data.",
      short="You've added a £45 'returned payment' fee but my payment only went out a day late because of the bank "
            "holiday. Please delete the fee and send me a corrected statement."),
]

# ---------------------------------------------------------------------------------------------
# rendering

BASE_ENVS = ["plain", "html", "reply", "reply_html", "typo", "typo_reply"]


def pick_envs(rng, sc):
    first = None
    if sc["subj_only"]:
        first = "subject_only"
    elif sc["short"] and rng.random() < 0.75:
        first = "short"
    pool = list(BASE_ENVS)
    if first:
        return [first, pool[rng.randrange(len(pool))]]
    return rng.sample(pool, 2)


def clean(s):
    return "".join(ch for ch in s.lower() if ch.isalpha())


def personal_address(rng, first, last):
    f, la = clean(first), clean(last)
    forms = [f"{f}.{la}", f"{f[0]}{la}{rng.randrange(10, 99)}", f"{la}.{f}", f"{f}{la[0]}{rng.randrange(70, 99)}",
             f"{f}_{la}", f"{f}.{la}{rng.randrange(1, 9)}"]
    return forms[rng.randrange(len(forms))] + "@" + MAIL[rng.randrange(len(MAIL))]


def swap_inner(word):
    for i in range(1, len(word) - 2):
        if word[i] != word[i + 1]:
            return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    return word + "e"


def fill(text, vals):
    for k, v in vals.items():
        text = text.replace("{" + k + "}", v)
    return text


def render(rng, sc, env):
    mb = sc["mb"]
    spool_ = {"m": MALE, "f": FEMALE}.get(sc["sg"], FIRST)
    first, last = spool_[rng.randrange(len(spool_))], LAST[rng.randrange(len(LAST))]
    org_kind = sc["org"] or {"adviser": "advice", "solicitor": "solicitor", "support": "support"}.get(sc["role"])
    org, dom = ORG_POOLS[org_kind][rng.randrange(len(ORG_POOLS[org_kind]))] if org_kind else ("", "")
    oldorg = org
    if org_kind and len(ORG_POOLS[org_kind]) > 1:
        while oldorg == org:
            oldorg = ORG_POOLS[org_kind][rng.randrange(len(ORG_POOLS[org_kind]))][0]
    cpool = FEMALE if sc["cg"] == "f" else MALE
    cfirst = cpool[rng.randrange(len(cpool))]
    clast = last if (sc["role"] == "relative" and rng.random() < 0.75) else LAST[rng.randrange(len(LAST))]
    oldlast = LAST[rng.randrange(len(LAST))]
    if oldlast == last:
        oldlast = LAST[(LAST.index(last) + 7) % len(LAST)]
    ofirst, olast = MALE[rng.randrange(len(MALE))], LAST[rng.randrange(len(LAST))]
    vals = {
        "first": first, "last": last, "lastbad": swap_inner(last), "oldlast": oldlast, "org": org, "oldorg": oldorg,
        "client": f"{cfirst} {clast}", "clientfirst": cfirst, "clientlast": clast,
        "acct": f"CX-{rng.randrange(1000000, 9999999)}", "ws": str(rng.randrange(30000000, 39999999)),
        "ws2": str(rng.randrange(30000000, 39999999)), "myref": f"{clean(last)[:3].upper()}/{rng.randrange(1000, 9999)}",
        "phone": f"07{rng.randrange(100, 999)} {rng.randrange(100000, 999999)}",
        "dob": f"{rng.randrange(1, 28):02d}/{rng.randrange(1, 12):02d}/{rng.randrange(1955, 2000)}",
        "n1": f"{FIRST[rng.randrange(len(FIRST))]} {LAST[rng.randrange(len(LAST))]}",
        "n2": f"{FIRST[rng.randrange(len(FIRST))]} {LAST[rng.randrange(len(LAST))]}",
        "other": f"{ofirst} {olast}", "mp": MPS[rng.randrange(len(MPS))], "title": sc["title"] or "",
    }
    # sender
    if sc["role"] == "mp":
        addr = f"{clean(first)}.{clean(last)}.office@parliament.uk"
    elif dom:
        forms = [f"{clean(first)}.{clean(last)}", f"{clean(first)[0]}{clean(last)}", f"{clean(first)}{clean(last)[0]}"]
        addr = forms[rng.randrange(len(forms))] + "@" + dom
    else:
        addr = personal_address(rng, first, last)
    sender = f"{first} {last} <{addr}>"
    # greeting and sign-off
    if sc["role"] == "mp":
        greet, sign = "Dear Sir or Madam,", SIGN_MP[0]
    elif sc["casual"]:
        greet, sign = CASUAL_GREET[rng.randrange(3)], SIGN_CASUAL[rng.randrange(3)]
    else:
        gpool = GREET[mb] + (DP_GREET if sc["dp"] else [])
        greet = gpool[rng.randrange(len(gpool))]
        spool = SIGN_ORG if org and sc["role"] in ("staff", "adviser", "solicitor", "support", "creditor") \
            else SIGN_PERSONAL
        sign = spool[rng.randrange(len(spool))]
    sign = fill(sign, vals)
    subject = fill(sc["subj"], vals)
    html = env in ("html", "reply_html")
    quote = None
    if env in ("reply", "reply_html", "typo_reply"):
        if sc["quote"]:
            qdate, head, qtext = sc["quote"]
        else:
            head, qtext = GENERIC_QUOTES[mb][rng.randrange(len(GENERIC_QUOTES[mb]))]
            qdate = QUOTE_DATES[rng.randrange(len(QUOTE_DATES))]
        quote = (f"On {qdate}, {head} wrote:", qtext)
    if env == "subject_only":
        marked_subject = fill(sc["subj_only"], vals)
        subject_marks = rights_marks_of(marked_subject)
        subject = strip_marks(marked_subject, MARK_RIGHTS)
        return finish_marked_record(rng, mailbox=mb, sender=sender, subject=subject, body="", html=False, quote=None,
                                    subject_marks=subject_marks, body_marks=[], labels=sc["lab"], note=sc["note"],
                                    source=f"rmag-s{sc['sid']:03d}", env=env)
    core = fill(sc["short"] if env == "short" else sc["body"], vals)
    if env in ("typo", "typo_reply"):
        core = typos_outside_marks(core, rng, MARK_RIGHTS, 0.35)
    if env == "short":
        parts = [core, first if not sc["casual"] else ""]
    else:
        parts = [greet, core, sign]
    marked = "\n\n".join(p for p in parts if p)
    body_marks = rights_marks_of(marked)
    body = strip_marks(marked, MARK_RIGHTS)
    return finish_marked_record(rng, mailbox=mb, sender=sender, subject=subject, body=body, html=html, quote=quote,
                                subject_marks=[], body_marks=body_marks, labels=sc["lab"], note=sc["note"],
                                source=f"rmag-s{sc['sid']:03d}", env=env)


def build(rng):
    records = []
    for sc in SCENARIOS:
        for env in pick_envs(rng, sc):
            records.append(render(rng, sc, env))
    return records


def summary(records, env_count):
    scen = {}
    for r in records:
        scen.setdefault(r["source"], r)
    lines = [f"wrote {OUT}: {len(records)} emails from {len(scen)} scenarios",
             f"mailboxes (emails): {dict(collections.Counter(r['mailbox'] for r in records))}"]
    for r_ in RIGHTS:
        e = sum(r_ in r["labels"]["rights"] for r in records)
        s = sum(r_ in r["labels"]["rights"] for r in scen.values())
        lines.append(f"  {r_}: {e} emails, {s} scenarios")
    multi = sum(len(r["labels"]["rights"]) >= 2 for r in scen.values())
    look = [r for r in scen.values() if not r["labels"]["rights"]]
    lines.append(f"scenarios with rights: {len(scen) - len(look)} ({multi} with two or three); "
                 f"look-alikes: {len(look)} ({sum(r['labels']['complaint'] for r in look)} complaints)")
    lines.append(f"complaints: {sum(r['labels']['complaint'] for r in records)} emails, "
                 f"{sum(r['labels']['complaint'] for r in scen.values())} scenarios; explicit "
                 f"{sum(r['labels']['explicit'] for r in scen.values())} scenarios")
    lines.append(f"third party: {sum(r['labels']['third_party'] for r in records)} emails, "
                 f"{sum(r['labels']['third_party'] for r in scen.values())} scenarios")
    lines.append(f"envelopes: {dict(sorted(env_count.items()))}")
    return "\n".join(lines)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=marked_record_errors)


if __name__ == "__main__":
    sys.exit(main())
