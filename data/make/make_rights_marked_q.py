#!/usr/bin/env python3
"""Marked rights set Q: 80 hand-written scenarios (40 PEXA, 40 Conexus), each rendered twice (160 emails).

Half of the scenarios ask the receiving firm to act on one or more UK GDPR rights (each request sentence is
marked inline as [[right|sentence]] and becomes a `request_sentences` mark); the other half are look-alikes
(rights []): business-record instructions, process questions, complaints about handling, account/debt requests
and GDPR mentions that ask for no right under the labelling guide. Every row gets train_labels ["rights"].

Each scenario is rendered in two different envelopes drawn from the seeded rng: plain, HTML, a reply quoting the
firm's earlier message, letter-edit typos outside the marks, or a short / subject-only version. Sender names,
addresses, greetings, sign-offs and reference numbers are invented and drawn per rendering.

Usage:  .venv/bin/python data/make/make_rights_marked_q.py   (writes data/labelled/rights_marked_q.jsonl)
Stdlib only.
"""
import collections
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (FIRM_NAMES, MARK_RIGHTS, RIGHTS, finish_marked_record, marked_record_errors,  # noqa: E402
                           rights_marks_of, run_generator, short_labels, strip_marks, typos_outside_marks)

SEED = 20270128
PREFIX = "rmq"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "labelled", "rights_marked_q.jsonl")

L = short_labels

# ---------------------------------------------------------------------------------------------
# writers: ("person",) | ("staff", firm, domain, title) | ("rep", organisation, domain, title)
PERSON = ("person",)


def staff(firm, domain, title):
    return ("staff", firm, domain, title)


def rep(org, domain, title):
    return ("rep", org, domain, title)


# the firm's earlier message for the reply envelope: (display name, address, text with {ref})
PEXA_ACK = ("PEXA Support", "support@pexa.co.uk",
            "Thank you for contacting PEXA Support. Your message has been logged under reference PX-{ref} and a "
            "member of the team will come back to you as soon as possible.\n\nKind regards\nPEXA Support")
CONEXUS_ACK = ("Conexus", "customerservices@conexus.co.uk",
               "Thank you for your email, which has been added to your account notes under reference CX-{ref}. "
               "We aim to reply within 5 working days.\n\nConexus Customer Services")


def S(sid, mailbox, writer, reg, subject, body, lab, note, *, g=None, quote=None, short=None, footer=None):
    """One scenario. body/subject may hold [[right|sentence]] marks and the placeholders {NAME}, {FIRST}, {SUR},
    {CX}, {WS}; short is an optional (subject, body) short or subject-only version; g fixes the writer's gender."""
    return {"sid": f"{PREFIX}-s{sid:03d}", "mailbox": mailbox, "writer": writer, "reg": reg, "subject": subject,
            "body": body, "labels": lab, "note": note, "g": g, "quote": quote, "short": short, "footer": footer}


SCENARIOS = [
    # ============================== PEXA: rights ==============================
    S(1, "pexa", PERSON, "plain", "Our purchase of 9 Wren Court - what do you hold on us?",
      "My partner Jo and I bought 9 Wren Court, Harrogate, last month and our conveyancer told us the completion "
      "went through your platform. I had never heard of PEXA before that, so I'm curious what ended up with you.\n\n"
      "[[access|Could you send me a copy of the personal information you hold about me from that purchase?]] If Jo "
      "needs to ask separately for hers, just say and she will.\n\n"
      "The move went smoothly, so this is only for our own files.",
      L(r="access"),
      "A neutral request for a copy of the personal information held about the writer is access; no "
      "dissatisfaction, so not a complaint."),
    S(2, "pexa", PERSON, "hasty", "name spelt wrong",
      "got the settlement notice for the flat sale (Flat 3, 41 Cavendish Rd) and my surname is spelt wrong on it, "
      "two letters swapped round. [[rectification|can you fix the spelling of my surname on your records please]] - "
      "the sale itself is all fine, just dont want it wrong on anything official.",
      L(r="rectification"),
      "Asking the firm to correct the spelling of the writer's own name in its records is rectification; the sale "
      "is fine, so no complaint."),
    S(3, "pexa", staff("Hollybank Conveyancing", "hollybankconveyancing.co.uk", "Senior Conveyancer"), "staff",
      "My user profile - new surname and a copy of my details",
      "I got married in April and have changed my surname. My firm's administrator has updated our internal "
      "systems but says only PEXA can change the name on my personal user profile, as it is tied to my identity "
      "check.\n\n"
      "[[rectification|Please change the surname on my user profile to {SUR}; my previous surname was Dalby.]] I "
      "can send the marriage certificate if you need it.\n\n"
      "[[access|While you are at it, I would also like a copy of the personal details you hold on me as a user, "
      "including the identity check record and my login history.]] This is for my own records, nothing is wrong.",
      L(r="rectification,access"),
      "A user writing as herself: updating the name on her own profile is rectification and a copy of her own "
      "user data is access; staff are not third_party and nothing is wrong, so no complaint.", g="f"),
    S(4, "pexa", PERSON, "hasty", "remove me please",
      "Left Heathcote Bank in Feb and don't use PEXA any more. [[erasure|Please delete my user account and the "
      "personal details you have on me.]] If there is anything you legally have to keep tell me what.",
      L(r="erasure"),
      "'Delete my user account and personal details' is erasure; Heathcote Bank is only the former employer and "
      "there is no complaint.",
      short=("[[erasure|Please delete my PEXA user account and personal details]]", "")),
    S(5, "pexa", PERSON, "plain", "Why am I getting emails from you?",
      "Since my remortgage went through in January I've had three emails from PEXA about 'making your next move "
      "easier' with links to partner offers. I have no account with you and never signed up to anything. My broker "
      "dealt with the remortgage, not me.\n\n"
      "[[informed|I want to know where you got my email address and what you think gives you the right to use it "
      "for this.]] [[objection|I object to my details being used to send me promotions of any kind.]]\n\n"
      "I'd like a reply, not just another newsletter.",
      L(c=True, pd=True, r="informed,objection", cat="personal_data"),
      "Unexpected use of the writer's email for promotions with a reply demanded is an implicit personal-data complaint "
      "against PEXA itself; 'where did you get it and on what basis' = informed, 'I object to promotions' = "
      "objection."),
    S(6, "pexa", staff("Redgate Property Lawyers", "redgatelaw.co.uk", "Associate Solicitor"), "staff",
      "Account suspended by your system - need a person to look at it",
      "On Monday morning I logged in from a hotel while at a family funeral and your platform suspended my user "
      "account within seconds, with the message 'Unusual sign-in pattern - account locked by automated risk "
      "check'. Support told me the lock clears itself after 72 hours and nobody can override it.\n\n"
      "I had two completions booked for Tuesday that a colleague had to pick up at the last minute. I do not think "
      "it is acceptable that a machine can shut me out of my work for three days with no way to appeal.\n\n"
      "[[automated_decision|I want a member of your staff, not the risk check, to review the lock and decide "
      "whether my account should be restored.]] Please reply today if at all possible.",
      L(c=True, r="automated_decision", cat="process"),
      "Dissatisfaction with a rule that lets an automated check lock users out with no appeal is an implicit "
      "process complaint; asking for a person instead of the automated check to decide is automated_decision."),
    S(7, "pexa", PERSON, "plain", "Request for my father's information - Mr Ronald {SUR}",
      "I am writing for my father, Ronald {SUR}, who is 88 and sold his bungalow at 2 Mill Rise, Ludlow, in the "
      "spring. I hold a registered Lasting Power of Attorney for his property and financial affairs and have "
      "attached a copy.\n\n"
      "Dad is trying to put his paperwork in order for the executors of his late sister's estate. [[access|Please "
      "send me a copy of all the personal information PEXA holds about my father, including anything recorded in "
      "the workspace for his sale.]]\n\n"
      "There is no problem with the sale itself. Post is better than email for Dad, but either is fine for me.",
      L(r="access", tp=True),
      "An attorney asking for a copy of everything held about his father is access made on someone else's behalf "
      "(third_party); no dissatisfaction, so no complaint.", g="m"),
    S(8, "pexa", PERSON, "formal", "Sale of 17 Orchard Row - please pause use of my details",
      "I am one of the two registered owners of 17 Orchard Row, Taunton. My former husband and I are in dispute "
      "over whether the sale should go ahead, and the court has been asked to decide. I understand from my "
      "solicitor that a workspace has already been opened for the sale and contains my name, address and bank "
      "details.\n\n"
      "I have not agreed to the sale. [[restriction|Until the court has decided, please do not use or share my "
      "personal details in that workspace for anything other than keeping them stored.]]\n\n"
      "My solicitor is aware I am writing to you directly.",
      L(r="restriction"),
      "Asking that her data be kept but not used or shared until a dispute is decided is restriction; it is a "
      "neutral request, not a complaint.", g="f"),
    S(9, "pexa", staff("Fenwick Lowe LLP", "fenwicklowe.co.uk", "Paralegal"), "staff", "Export of my training record",
      "I've completed about a dozen of your e-learning modules over the past two years and the certificates sit on "
      "my user profile. I keep a CPD log in an app that imports spreadsheets, and I'd rather not type it all in by "
      "hand.\n\n"
      "[[portability|Could you send me my training history and certificate details as a CSV or Excel file so I "
      "can import it into the CPD app?]]\n\n"
      "No rush on this.",
      L(r="portability"),
      "Her own training data in a machine-readable file to load into another app is portability; writing as "
      "herself, not a complaint.", g="f"),
    S(10, "pexa", PERSON, "esl", "Question about my information",
      "I receive email from PEXA with my name and the address of my new flat, it says the mortgage money is ready. "
      "I am not customer of PEXA, my bank is Thames Valley Mortgages. [[informed|Please explain me how you have my "
      "information, who give it to you and for what reason you are using it.]] I want only to understand, is not "
      "a problem.",
      L(r="informed"),
      "Asking where the firm got her data and why it uses it is informed (an explanation, not a copy); she says "
      "it is not a problem, so no complaint, and the lender is only named.", g="f"),
    S(11, "pexa", rep("Amberley Whitfield Solicitors", "amberleywhitfield.co.uk", "Solicitor"), "formal",
      "Our client Ms Dena Farrow - 22 Larch Avenue, Chelmsford",
      "We act for Ms Dena Farrow, the registered proprietor of 22 Larch Avenue, Chelmsford, and enclose her signed "
      "authority.\n\n"
      "Ms Farrow has learned that a sale of her property has been started on your platform by a firm she has never "
      "instructed. The police have been informed and we have written to the firm concerned separately. We are not "
      "at this stage raising any criticism of PEXA.\n\n"
      "On our client's behalf: [[access|please provide a copy of all personal data relating to Ms Farrow that is "
      "held on your platform, including the workspace entries and any identity documents uploaded.]] "
      "[[restriction|Pending the outcome of the fraud investigation, please restrict the processing of her data "
      "so that it is kept but not used or shared further.]]\n\n"
      "We would be grateful for your acknowledgement.",
      L(r="access,restriction", tp=True),
      "A solicitor acting for the owner (third_party) asks for a copy of her data (access) and for it to be kept "
      "but not used pending an investigation (restriction); PEXA is expressly not criticised, so no complaint."),
    S(12, "pexa", staff("Whitcombe Lane Law", "whitcombelane.co.uk", "Conveyancing Executive"), "staff",
      "Training quiz scores used to label me",
      "Last week I received an automated email from your training platform telling me I had been placed in a "
      "'remedial' group because of my answers on two quizzes, and the next modules on my profile are now locked "
      "until I finish the remedial course. Nobody told me the quizzes would be scored and used like this; they "
      "were presented as practice.\n\n"
      "[[objection|I object to my quiz results being used to profile or grade me.]] Please unlock the modules and "
      "confirm this will not happen again.",
      L(c=True, pd=True, r="objection", cat="personal_data"),
      "Her quiz answers were used in a way she did not expect and she wants it undone: implicit personal-data "
      "complaint; 'I object to my results being used to profile me' is objection.", g="f"),
    S(13, "pexa", staff("Kingsmere Legal", "kingsmerelegal.co.uk", "Licensed Conveyancer"), "staff",
      "Identity check failed again - what is it based on?",
      "My firm added me as a new user a fortnight ago, but the identity check when I first log in keeps failing "
      "with 'We could not verify your identity'. It has happened four times now, with my driving licence and then "
      "my passport. I have been a licensed conveyancer for eleven years and cannot settle anything until this is "
      "sorted.\n\n"
      "[[informed|Please tell me what information about me the check is using and where it gets it from.]] "
      "[[automated_decision|If the result is produced automatically, I want a person at PEXA to look at my "
      "documents and make the decision instead.]]\n\n"
      "I would appreciate an answer this week.",
      L(c=True, r="informed,automated_decision", cat="onboarding"),
      "Blocked at the new-user identity check with an answer demanded: implicit onboarding complaint; what data "
      "the check uses and its source = informed, a person instead of the automatic result = automated_decision."),
    S(14, "pexa", PERSON, "hasty", "texts at 6am",
      "I keep getting text alerts from PEXA about my sale, the latest at 6.04 this morning. I gave my mobile number "
      "to my estate agent and my solicitor, never to you, and I don't want it sitting on your system.\n\n"
      "[[erasure|Take my mobile number off your system completely please.]] My solicitor can tell me anything I "
      "need to know. Not impressed.",
      L(c=True, pd=True, r="erasure", cat="personal_data"),
      "Unexpected use of a number he never gave PEXA, with a demand: implicit personal-data complaint about PEXA's "
      "own texts; 'take my number off your system' is erasure, not a mere 'stop texting me'.",
      short=("texts", "[[erasure|Take my mobile number off your system please.]] I never gave it to you and your "
                      "texts are waking me at 6am."), g="m"),
    S(15, "pexa", PERSON, "hasty", "copy of my data - ex Beacon user",
      "I was a completions officer at Beacon Home Finance until March and had a PEXA login through them. I'm now "
      "in an employment tribunal with them and my rep says I should get my own data from everyone who holds it. "
      "[[access|Please send me a copy of everything you hold on me - profile, login records, anything with my name "
      "on it.]] email is fine.",
      L(r="access"),
      "A copy of everything held about the writer is access; the dispute is with his former employer, not PEXA, "
      "so no complaint.", g="m"),
    S(16, "pexa", PERSON, "plain", "Complaint - wrong date of birth held for me",
      "I wish to complain about an error on your platform that nearly cost us our purchase.\n\n"
      "When our lender ran its final checks on Thursday, the buyer details shown in the PEXA workspace had my date "
      "of birth as 14/07/1986. It is 17/04/1986. The lender's system flagged a mismatch and held the funds until "
      "Friday afternoon, by which time the sellers were threatening to pull out. My conveyancer has shown me that "
      "they entered it correctly and that the wrong date appeared after your platform matched me against an "
      "identity record.\n\n"
      "[[rectification|Please correct my date of birth in your records and confirm in writing that it has been "
      "done.]] I also expect an apology and a contribution towards the extra day's removal costs.",
      L(c=True, ex=True, pd=True, r="rectification", cat="personal_data"),
      "An explicit complaint about inaccurate personal data that PEXA's own matching produced (the conveyancer is "
      "cleared, so the firm stays null); 'correct my date of birth' is rectification."),
    S(17, "pexa", rep("Greyholme Advocacy Trust", "greyholmeadvocacy.org.uk", "Independent Advocate"), "formal",
      "On behalf of Mrs Edna Pryce - sale of 5 Bell Lane",
      "I am an independent advocate supporting Mrs Edna Pryce, who is 91 and selling her home at 5 Bell Lane, "
      "Kendal, to move into sheltered housing. Mrs Pryce has signed the attached form authorising me to act for "
      "her in this.\n\n"
      "Mrs Pryce received a letter mentioning PEXA and was worried that her details had been passed to a company "
      "she had never dealt with. [[informed|Could you please explain, in plain terms, what information about her "
      "you use, where it came from and what you use it for?]] [[objection|She also objects to her information "
      "being used for anything beyond completing the sale, such as research, surveys or promotional contact.]]\n\n"
      "Thank you for your help; a reply by post to Mrs Pryce with a copy to me would be ideal.",
      L(r="informed,objection", tp=True),
      "An advocate writing for a client (third_party) asks for an explanation of source and purpose (informed) "
      "and objects to further uses (objection); worried but not dissatisfied with PEXA, so no complaint."),
    S(18, "pexa", PERSON, "plain", "Old user account - please delete",
      "I retired from conveyancing at Greyfriars Law in December. I've noticed that my name and old work email "
      "still come up as a contact on workspaces that friends at the firm are using, which I assume is because my "
      "user account was never closed.\n\n"
      "[[erasure|Please delete my user account and my personal details from the platform.]] [[restriction|Until "
      "that has been done, please stop my name being shown as a contact on any workspace.]]\n\n"
      "No harm done, I'd just like to be tidied away properly.",
      L(r="erasure,restriction"),
      "Delete my user account = erasure; stop showing my name until that is done = restriction; 'no harm done' "
      "makes it a neutral request, and Greyfriars is only the former employer."),
    S(19, "pexa", PERSON, "plain", "My sale and your market reports",
      "My conveyancer mentioned that PEXA publishes property market reports using information from completed "
      "sales. I sold my house at 30 Beech Grove, Stroud, in May.\n\n"
      "[[objection|I object to my name, my address or the details of my sale being used in any reports, "
      "statistics or research you produce.]] I'm happy for you to keep whatever you need for the legal side of "
      "the sale.",
      L(r="objection"),
      "Objecting to his data being used for reports and research is objection; a calm request, not a "
      "complaint.", g="m"),
    S(20, "pexa", staff("Marsh & Penrose Conveyancing", "marshpenrose.co.uk", "Conveyancing Assistant"), "staff",
      "Complaint about my subject access request",
      "I asked on 2 February for a copy of the personal data PEXA holds about me as a user. What came back last "
      "week was a one-page summary of my profile and nothing else - no login history, no notes from the three "
      "support calls I made, and no record of the identity check.\n\n"
      "This is a complaint about how my request has been handled: it is incomplete and took almost the full month "
      "to arrive. [[access|Please send me the rest of my personal data, including the login history, support call "
      "notes and identity check record.]]",
      L(c=True, ex=True, pd=True, r="access", cat="personal_data"),
      "An explicit complaint that her access request was answered incompletely (a rights request badly handled, "
      "personal_data); re-asking for the missing data is access; her employer is not the subject.",
      quote=("PEXA Privacy Team", "privacy@pexa.co.uk",
             "Please find attached a summary of the personal data we hold for your user account (our ref "
             "DP-{ref}).\n\nPEXA Privacy Team"), g="f"),

    # ============================== Conexus: rights ==============================
    S(21, "conexus", PERSON, "plain", "Copy of my call recordings and notes - {CX}",
      "I've been on a payment plan with you since last year for my old Northline Energy account, reference {CX}. "
      "I'm seeing a debt adviser next month and she has asked me to bring everything I can.\n\n"
      "[[access|Please send me a copy of all the information you hold about me, including the notes on my account "
      "and recordings of my phone calls with your staff.]]\n\n"
      "A download link or a USB stick by post are both fine.",
      L(r="access"),
      "A copy of all information held, notes and call recordings is access; the writer only mentions her "
      "adviser, so not third_party, and there is no complaint.",
      short=("recordings", "[[access|Please send me copies of my call recordings and the notes on my account.]] "
                           "Ref {CX}.")),
    S(22, "conexus", PERSON, "web", "Website enquiry: change of details",
      "Account reference: {CX}\nName: {NAME}\nEnquiry type: My details\nMessage: [[rectification|My date of birth "
      "on your letters is wrong, it should be 03/09/1979 not 09/03/1979, please correct it on my account.]] "
      "[[rectification|Also the postcode has a missing letter, it should be LS6 2QT.]] Thank you",
      L(r="rectification"),
      "Correcting one's own date of birth and postcode is rectification (both sentences); a routine web-form "
      "request, not a complaint."),
    S(23, "conexus", PERSON, "plain", "Mr Peter {SUR} - account {CX}",
      "I am the support worker and appointee for Peter {SUR}, who has a learning disability and lives in "
      "supported accommodation. His appointeeship letter from the DWP is attached, with a note from Peter saying "
      "he wants me to deal with this.\n\n"
      "Over the past month Peter has had several calls from your office. He gets very anxious on the phone and "
      "agrees to things he doesn't understand, and one caller told him he might 'end up in court'. He was in tears "
      "when I arrived on Tuesday. He now believes he has agreed to pay £60 a week, which is most of his income.\n\n"
      "Please deal with me, not Peter, from now on. [[access|I would like a copy of all the information you hold "
      "about Peter, including the recordings of those calls.]] [[restriction|While the account is being looked "
      "into, please do not use or share his details for anything except keeping them on file.]]",
      L(c=True, r="access,restriction", tp=True, cat="collection_conduct"),
      "A carer writing for a vulnerable man (third_party) about pressuring calls: implicit collection_conduct "
      "complaint; copy of data and recordings = access, keep-but-don't-use = restriction; personal_data stays "
      "false because the grievance is the calls."),
    S(24, "conexus", PERSON, "hasty", "How do you know where I work??",
      "Your letter yesterday said you had 'confirmed my employment at Hallam Logistics' and could apply to the "
      "court to take payments from my wages. I have never told Conexus or Pennant Mobile where I work. "
      "[[informed|Who gave you that and what makes you think you can use it?]]\n\n"
      "[[objection|And I object to you running checks and building a profile on me to decide how to chase me.]] "
      "I'm on a plan already and paying.\n\n"
      "Expect a proper answer.",
      L(c=True, pd=True, r="informed,objection", cat="personal_data"),
      "Angry about data obtained without his knowledge, answer demanded: implicit personal-data complaint; source "
      "and basis = informed, objecting to profiling = objection; Pennant is only the creditor.", g="m"),
    S(25, "conexus", PERSON, "formal", "Request to erase personal data - former account {CX}",
      "In March, Sterling Credit Loans wrote to confirm that they had written off the balance of my loan and "
      "closed the account, and your own letter of 2 April said you had returned the account to them. I therefore "
      "no longer have any dealings with Conexus.\n\n"
      "[[erasure|I request that you erase all personal data you hold about me, unless you are required by law to "
      "keep any of it, in which case please tell me what is kept and for how long.]]\n\n"
      "I should be grateful for written confirmation once this has been done.",
      L(r="erasure"),
      "A formal request to erase all personal data once the account has gone is erasure; no dissatisfaction, so "
      "no complaint."),
    S(26, "conexus", PERSON, "plain", "Payment plan tool said no",
      "I tried to set up a payment plan on your website last night for account {CX}. I filled in my income and "
      "outgoings and after a few seconds it said my offer of £35 a month 'does not meet the required level' and "
      "gave me a minimum of £90, which I can't manage.\n\n"
      "[[automated_decision|Rather than go round in circles with the tool, could a person in your team look at my "
      "figures and make the decision on my offer?]] I'm happy to send bank statements if that helps.",
      L(r="automated_decision"),
      "Asking for a person to decide instead of the online tool's automatic result is automated_decision; the "
      "tone is a request, with no negative judgement, so not a complaint."),
    S(27, "conexus", rep("Northgate Money Advice", "northgatemoneyadvice.org.uk", "Money Adviser"), "plain",
      "Client Ms Kerry Atwal - {CX} - payment data",
      "I'm a money adviser at Northgate Money Advice and act for Ms Kerry Atwal (authority attached). We're "
      "putting together a debt management plan and our case system can import transaction files.\n\n"
      "[[portability|On Ms Atwal's behalf, please send her personal data and payment history on this account in a "
      "machine-readable format, CSV preferred, so that we can load it straight into our system.]]",
      L(r="portability", tp=True),
      "A money adviser for a client (third_party) asks for her data in CSV to load into another system: "
      "portability; neutral, no complaint."),
    S(28, "conexus", PERSON, "esl", "information about me",
      "I am receiving letters from Conexus for a water bill from Lumen Water, from my old house in Derby. I moved "
      "to Leicester two years ago and I never gave you my new address.\n\n"
      "[[informed|Please tell me from where you get my new address and why you use it.]] [[access|Also I want a "
      "copy of all informations you have about me.]] I am not refusing to pay, I want to understand first.",
      L(r="informed,access"),
      "Where the address came from and why it is used = informed; a copy of all information = access; calm and "
      "not refusing to pay, so a request rather than a complaint."),
    S(29, "conexus", PERSON, "plain", "Formal complaint - letters to my old address",
      "I am making a formal complaint. I moved out of 14 Dovecote Close in August and phoned you the same week with "
      "my new address. You have carried on writing to Dovecote Close, and on Saturday the new tenant messaged me a "
      "photo of your latest letter, which she had opened, showing my name, the balance and the name of the "
      "creditor.\n\n"
      "[[rectification|Update my address on your system to 3 Peel Street, Barnsley S70 1RT.]] [[restriction|Do "
      "not send anything to the Dovecote Close address again until this has all been sorted.]]\n\n"
      "I want a written explanation of why my new address was ignored.",
      L(c=True, ex=True, pd=True, br=True, r="rectification,restriction", cat="personal_data"),
      "Explicit complaint: a letter to an outdated address was opened by a stranger (breach); update my address = "
      "rectification, stop using the old one meanwhile = restriction."),
    S(30, "conexus", PERSON, "plain", "Dad's account {CX} - call recording",
      "I'm writing on behalf of my father, Kenneth {SUR}, who is hard of hearing. He's signed the authority form "
      "your colleague sent and I've attached it.\n\n"
      "Dad spoke to your office on 11 June about his old Pennant Mobile bill and came off the phone not sure what "
      "had been agreed. [[access|Could you send us the recording of that call and a copy of the notes on his "
      "account so we can see what was said?]]\n\n"
      "Dad's happy to pay what he owes; we just want to be sure we've understood.",
      L(r="access", tp=True),
      "A son asking on his father's behalf (third_party) for a call recording and account notes is access; no "
      "dissatisfaction, so no complaint.", g="m"),
    S(31, "conexus", PERSON, "plain", "Loan leaflet in with my statement",
      "My quarterly statement arrived today with a leaflet for 'Clearpath Loans - consolidate your debts today', "
      "with my name printed on it. I'm in debt already, which you know, and the last thing I need is someone "
      "pushing another loan at me.\n\n"
      "[[objection|I object to you using my details to send me adverts for other companies' products, whether by "
      "post, text or email.]] Please confirm you have noted this on my account.",
      L(c=True, pd=True, r="objection", cat="personal_data"),
      "Unwanted marketing using her details, with a confirmation demanded, is an implicit personal-data "
      "complaint; objecting to marketing is objection.", g="f"),
    S(32, "conexus", PERSON, "hasty", "court letter after one late payment",
      "My payment was ONE day late because of the bank holiday and I got a 'notice of intended legal action' "
      "letter the next morning. Phoned and the lady said it goes out automatically when a payment is missed, "
      "nothing she could do. 18 months of paying on time and a computer decides to threaten me with court.\n\n"
      "[[automated_decision|I want someone to actually look at my account and decide this, not the system.]] And "
      "I want the letter withdrawn.",
      L(c=True, r="automated_decision", cat="collection_conduct"),
      "An automatic legal-action letter after one late payment is an implicit collection_conduct complaint; "
      "demanding a person rather than the system decide is automated_decision.",
      short=("auto court letter", "one day late and your system sends me a court threat. [[automated_decision|I "
                                  "want a person to look at my account, not the computer.]]")),
    S(33, "conexus", PERSON, "plain", "Payment history in a spreadsheet please - {CX}",
      "I've started a debt management plan with a new provider, which will take over paying you from next month. "
      "Their online portal asks for a file of my past payments to each creditor.\n\n"
      "[[portability|Please email me my payment history and account details as a CSV file that I can upload to "
      "their portal.]]",
      L(r="portability"),
      "His payment data as a CSV to upload to another provider's system is portability; a neutral request.", g="m"),
    S(34, "conexus", PERSON, "plain", "This debt is not mine - wrong person",
      "I have had two letters from you about a council tax debt of £1,140 for 8 Fairfield Road, Westbury. I have "
      "never lived at that address. I think you have confused me with someone with the same name - my middle name "
      "and date of birth are different from the ones in your letter.\n\n"
      "This is really worrying me, as the letter mentions enforcement agents. [[informed|Please explain how you "
      "came to link me to this account and where my address came from.]] [[restriction|Until you have checked, "
      "please don't use my details on this account or pass them to anyone else, including the council.]]",
      L(c=True, pd=True, r="informed,restriction", cat="personal_data"),
      "Being matched to someone else's debt by Conexus's own tracing is a personal-data complaint (inaccurate "
      "data, firm null); source of the link and address = informed, don't use until checked = restriction."),
    S(35, "conexus", rep("Brookfield Debt Advice Service", "brookfielddebtadvice.org.uk", "Debt Caseworker"),
      "formal", "Client: Mr Jamal Osei - {CX}",
      "I act for Mr Jamal Osei, whose signed authority is attached, in relation to the above account.\n\n"
      "Mr Osei has read in your privacy notice that you use scoring models to predict customers' likelihood of "
      "paying and to set collection strategies. [[objection|On his behalf, I write to object to his data being "
      "used for this kind of profiling.]] [[automated_decision|Mr Osei also asks that any decision about his "
      "repayment proposal is made by a member of your staff rather than by an automated system.]]\n\n"
      "His income and expenditure statement will follow under separate cover.",
      L(r="objection,automated_decision", tp=True),
      "A caseworker for a client (third_party) objects to profiling (objection) and asks for a human decision "
      "(automated_decision); no dissatisfaction, so no complaint."),
    S(36, "conexus", PERSON, "plain", "Please delete a note about my health",
      "Last year, when I was behind on my payments, I told one of your agents that I was being treated for "
      "depression, and she said she would put a note on my account. That was helpful at the time, but the "
      "account was settled in full in January and I'm much better now.\n\n"
      "[[erasure|Please delete the note about my mental health, and any other health information, from your "
      "records.]]\n\n"
      "Thanks for how that was handled back then.",
      L(r="erasure"),
      "Deleting her health information from the records is erasure of personal data (not an attachment); "
      "appreciative, so no complaint.", g="f"),
    S(37, "conexus", PERSON, "plain", "Re: Subject access request - {CX}",
      "It is now six weeks since I asked for a copy of my data, and apart from your acknowledgement I have had "
      "nothing. The law gives you a month. I have phoned twice and been told it is 'with the data team'.\n\n"
      "I am now complaining about the delay. [[access|Please send the copy of my personal data, including my call "
      "recordings, within seven days.]] Otherwise I will be going to the Information Commissioner.",
      L(c=True, ex=True, pd=True, r="access", cat="delay"),
      "A chaser about an overdue access request: an explicit 'still waiting' complaint (category delay) about a "
      "rights request badly handled (personal_data); re-asking for the copy is access.",
      quote=("Conexus Data Protection", "dpo@conexus.co.uk",
             "Thank you for your subject access request, which we received today. We will respond within one "
             "calendar month (our ref DSAR-{ref}).\n\nConexus Data Protection")),
    S(38, "conexus", PERSON, "plain", "My husband's address - {CX}",
      "I'm writing for my husband, Alan {SUR}, who had a stroke in the spring and now lives at Larkfield Care "
      "Home, 2 Station Lane, Whitby YO21 1AB. I have power of attorney (copy attached) and deal with all his "
      "post.\n\n"
      "[[rectification|Please change the address on his account to the care home, marked for my attention.]] "
      "Letters are still going to our old house, which we have now sold.",
      L(r="rectification", tp=True),
      "An attorney asks for her husband's address to be updated: rectification on someone else's behalf "
      "(third_party); a routine request, not a complaint.", g="f"),
    S(39, "conexus", PERSON, "plain", "Wrong income on my plan assessment",
      "When I did the income and expenditure form on your site, I typed my monthly take-home pay as £1,450, but "
      "the summary letter you sent back shows £14,500. I think that's why the plan tool says I can afford £600 a "
      "month.\n\n"
      "[[rectification|Please correct my income on the account to £1,450 a month.]] [[automated_decision|Once it "
      "is corrected, I would like someone from your team to work out the plan with me rather than putting it "
      "through the online tool again.]]",
      L(r="rectification,automated_decision"),
      "Correcting a wrong figure about his own income is rectification and a person instead of the online tool is "
      "automated_decision; a calm request, not a complaint.", g="m"),
    S(40, "conexus", PERSON, "hasty", "account closed - send my history then delete",
      "Paid off the last of the Lumen Water debt on Friday, got your closure letter, thanks. [[portability|Before "
      "you delete anything, email me my payment history as a spreadsheet file I can load into my budgeting app.]] "
      "[[erasure|After that please delete my details, I don't want to be on any debt company's system.]]",
      L(r="portability,erasure"),
      "A spreadsheet of his payments to load into an app = portability, then delete my details = erasure; thanks "
      "for a closed account, so no complaint.",
      short=("[[portability,erasure|Email me my payment history as a spreadsheet for my budgeting app, then delete "
             "my details]]", ""), g="m"),

    # ============================== PEXA: look-alikes ==============================
    S(41, "pexa", staff("Kestrel Building Society", "kestrelbs.co.uk", "Completions Administrator"), "staff",
      "Duplicate workspace created in error",
      "I created two workspaces for the same redemption this morning - {WS}1 and {WS}2 - after the screen froze "
      "and I pressed submit again. Could you please delete the second one and remove the draft documents I "
      "uploaded to it? We'll carry on using the first.\n\n"
      "Nothing else needed.",
      L(),
      "Deleting a duplicate workspace and its draft documents is an instruction about business records, not "
      "erasure of anyone's personal data; neutral service request."),
    S(42, "pexa", staff("Ridley Shaw Solicitors", "ridleyshaw.co.uk", "Practice Manager"), "staff",
      "Change of firm details",
      "We moved offices on 1 March. Please update our firm's details on the platform as follows:\n\n"
      "Registered office: Suite 4, Calder House, 10 Wharf Street, Halifax HX1 1PN\nMain phone: 01422 555 019\n"
      "Billing contact: Sunil Varma (accounts@ridleyshaw.co.uk) in place of Margaret Hewitt\n\n"
      "Could you also correct the SRA number on our profile? The last two digits are the wrong way round; it "
      "should be 604817.\n\n"
      "Let me know if you need this on headed paper.",
      L(),
      "Updating and correcting a firm's own registered details is a business-record change, not rectification of "
      "an individual's personal data; routine request."),
    S(43, "pexa", staff("Thames Valley Mortgages", "tvmortgages.co.uk", "Settlement Reporting Analyst"), "staff",
      "Settlement report export still broken",
      "For the second week running the daily settlement report export is failing. The CSV downloads with half the "
      "columns empty and the amounts shifted one column to the right, so our reconciliation job rejects it every "
      "morning and my team is re-keying figures by hand.\n\n"
      "I raised this last Tuesday and was told it would be fixed in the next release. It hasn't been. Please fix "
      "the export and, in the meantime, send us yesterday's and today's reports in a format that actually works.",
      L(c=True, cat="platform_defect"),
      "A broken CSV export of a business report, with a fix demanded, is an implicit platform_defect complaint; "
      "asking for the report in a working format is not portability of personal data."),
    S(44, "pexa", staff("Ashcombe Legal", "ashcombelegal.co.uk", "Head of Conveyancing"), "staff",
      "Leaver - please remove user and reassign workspaces",
      "Our conveyancer Beth Lawson left the firm on Friday. Please remove her as a user under our subscription and "
      "reassign her eleven open workspaces to me. Please also stop the platform sending her the daily task emails "
      "- they are going to an inbox nobody is watching now.\n\n"
      "I've attached the leaver form signed by our managing partner.",
      L(),
      "A firm administering its own subscription (removing a leaver's user, reassigning workspaces, stopping "
      "task emails) is account administration, not erasure or objection by a data subject; not third_party."),
    S(45, "pexa", PERSON, "plain", "What do you need from me?",
      "We are buying our first home and our conveyancer said completion will happen on PEXA. Do you need anything "
      "from me directly, like ID or bank details, or does everything go through the conveyancer? And is there a "
      "fee I have to pay to you?\n\n"
      "We just want to be prepared.",
      L(),
      "A question about what the firm needs and its fees, not about what personal data is held or how it is "
      "used, so not informed; neutral enquiry."),
    S(46, "pexa", staff("Brandon Hale Solicitors", "brandonhale.co.uk", "Partner"), "staff",
      "Your decision on our fee refund request",
      "In April we asked for a refund of three workspace fees for transactions that fell through before "
      "settlement. Your billing team has now replied refusing all three, with no reason beyond 'the fees are not "
      "refundable in these circumstances'. That isn't what your fee schedule says about abandoned workspaces.\n\n"
      "Please have someone senior look at this again and explain how the decision was reached, with reference to "
      "the fee schedule.",
      L(c=True, cat="fees_charges"),
      "Disputing a refused fee refund is an implicit fees_charges complaint; asking a senior person to review a "
      "human billing decision and explain it is neither automated_decision nor informed."),
    S(47, "pexa", PERSON, "hasty", "when do i get my money",
      "Sold my flat yesterday through my solicitor, they say it all went through PEXA. How long until the money "
      "actually lands in my account and do I need to do anything? The email says 'settled' but nothing in my bank "
      "yet.",
      L(),
      "A status and timescale question about sale funds, with no dissatisfaction and no question about personal "
      "data, is a neutral enquiry.",
      short=("funds?", "sold yesterday via PEXA, when does the money land? nothing in my bank yet")),
    S(48, "pexa", staff("Heathcote Bank", "heathcotebank.co.uk", "Compliance Officer"), "formal",
      "Retention of settled workspace documents",
      "As part of our annual file review we are updating our own retention schedule for completed remortgages. "
      "Could you confirm how long documents in a settled workspace remain available to participant firms, and "
      "whether we can retrieve a workspace's documents after that period if an auditor asks for them?\n\n"
      "If there is a published policy on this, a link would be enough.",
      L(),
      "A participant firm's question about how long its business documents stay retrievable is a process "
      "question, not a data subject asking how their own data is used."),
    S(49, "pexa", PERSON, "plain", "You discussed my remortgage with my ex-husband",
      "My ex-husband phoned your support line on Monday pretending to be helping me and was told that my "
      "remortgage had settled, the date it settled and the name of my new lender. We separated last year and I "
      "have a non-molestation order against him. He does not live with me and has no right to any of this.\n\n"
      "I am shaken and very angry. I want to know what you are going to do about it, and I expect a written "
      "apology.",
      L(c=True, pd=True, br=True, cat="personal_data"),
      "Disclosure of her details to her ex-husband is a breach and an implicit personal-data complaint against "
      "PEXA's own staff; asking what will be done and for an apology requests no data right.", g="f"),
    S(50, "pexa", staff("Westmoor Conveyancing", "westmoorconveyancing.co.uk", "Licensed Conveyancer"), "staff",
      "Complaint - shown as inactive for three days",
      "I'm making a complaint about my user profile being shown as 'Inactive' to other firms from Monday to "
      "Wednesday last week, after what your support team called a migration issue. Two estate agents who check "
      "the participant list told clients I had left the firm, and I lost at least two new instructions as a "
      "result.\n\n"
      "Support corrected the status on Wednesday afternoon, so I'm not asking for anything to be changed now. I "
      "do want an apology and for PEXA to consider compensating me for the lost work.",
      L(c=True, ex=True, pd=True, cat="personal_data"),
      "An explicit complaint about inaccurate personal data that has already been corrected: personal_data=true "
      "but no rectification is asked for, only an apology and compensation, so rights=[]."),
    S(51, "pexa", staff("Oakley Brand Conveyancing", "oakleybrand.co.uk", "Conveyancing Assistant"), "staff",
      "Your webinar invitation exposed everyone's email",
      "This morning's invitation to the 'Discharges in practice' webinar went out with every recipient's address "
      "in the CC line - I count more than 300, including my work address and, oddly, my personal Gmail, which I "
      "only gave you for password resets. I've already had two reply-all messages and one obvious phishing "
      "email.\n\n"
      "This is careless. I expect you to tell everyone affected what happened and to confirm what you're doing to "
      "stop it happening again.",
      L(c=True, pd=True, br=True, cat="personal_data"),
      "Addresses exposed to 300 recipients is a breach and an implicit personal-data complaint; asking PEXA to "
      "notify those affected and prevent a repeat is a remedy, not a data right."),
    S(52, "pexa", PERSON, "plain", "Your helpline wouldn't tell me anything",
      "I rang your helpline yesterday because the workspace for the sale of my flat showed 'settlement failed'. "
      "The man I spoke to said he couldn't discuss anything 'because of data protection', wouldn't say who could, "
      "and ended the call when I asked to speak to a manager. I wasn't asking for anyone's data, I just wanted to "
      "know whether the sale had gone through.\n\n"
      "I'd like a call back from someone who will actually help, and I think the way I was spoken to should be "
      "looked at.",
      L(c=True, cat="service_quality"),
      "An unhelpful call that hid behind 'data protection' is an implicit service_quality complaint; the writer "
      "asks for a call back, not for any data right."),
    S(53, "pexa", staff("Finch Partners LLP", "finchpartners.co.uk", "Conveyancing Paralegal"), "hasty",
      "Locked out AGAIN - need access restored",
      "Third time this week my login has been locked after the two-factor code fails to arrive. Each time I wait "
      "forty minutes for support to reset it, and today I missed the cut-off for a lodgement because of it.\n\n"
      "Please restore my access now and find out why the codes aren't coming through.",
      L(c=True, cat="platform_defect"),
      "'Restore my access' means a platform login, not the right of access; failing two-factor codes with harm "
      "done is an implicit platform_defect complaint.",
      short=("locked out again", "2FA codes not arriving, 3rd lockout this week and I missed a lodgement cut-off. "
                                 "Restore my access and fix it please.")),
    S(54, "pexa", staff("Calloway Home Loans", "callowayhomeloans.co.uk", "Operations Manager"), "staff",
      "Closing our subscription",
      "We are winding down our buy-to-let lending and will no longer need the platform after 30 September. Please "
      "close our subscription from that date, stop the monthly direct debit, and send a final invoice for any "
      "fees up to then.\n\n"
      "Please also export a list of any of our workspaces still open so we can make sure nothing is left behind.",
      L(),
      "Closing a firm's subscription, stopping a direct debit and exporting a list of its open workspaces are "
      "account and business-record requests, not erasure or portability."),
    S(55, "pexa", staff("Hartwell Gray LLP", "hartwellgray.co.uk", "Accounts Supervisor"), "staff",
      "Late payment charge on invoice INV-204417",
      "We've been charged a £75 late payment fee on invoice INV-204417. The invoice was paid by BACS on the due "
      "date - the remittance is attached - and your own portal shows it as received on the 14th. This is the "
      "second month running this has happened.\n\n"
      "Please remove the charge and correct the account so it stops being flagged as overdue.",
      L(c=True, cat="fees_charges"),
      "A wrongly added late fee with its removal demanded is an implicit fees_charges complaint; correcting a "
      "firm's billing account is not rectification of personal data."),
    S(56, "pexa", PERSON, "plain", "My conveyancer won't talk to my wife",
      "We're buying 12 Ferndown Close, Exeter, with Marsh and Penrose acting for us. When my wife rang them on "
      "Tuesday to ask about the completion date, the receptionist refused to speak to her because she is 'not the "
      "named client' - we are buying jointly and both names are on every document - and was rude about it when "
      "she pointed that out.\n\n"
      "We just want someone to tell us what's happening. Can you get them to call us?",
      L(c=True, firm="mpc", cat="service_quality"),
      "A buyer's complaint purely about how his participant conveyancer treated his wife goes to that firm "
      "(mpc, service_quality); a 'not the named client' refusal asks for no data right.", g="m"),
    S(57, "pexa", staff("Brightgate Compliance Ltd", "brightgatecompliance.co.uk", "Business Development Manager"),
      "staff", "GDPR audit support for your complaints team",
      "I'm getting in touch because we help financial services and property businesses prepare for data "
      "protection audits. With the Data Use and Access Act changes to subject access and complaint handling now "
      "in force, many firms are reviewing how their complaints inboxes deal with personal data.\n\n"
      "Would someone on your team have 20 minutes for a call in the next couple of weeks? I can send over a short "
      "case study first if that's helpful.",
      L(),
      "A supplier's sales approach that mentions GDPR and subject access asks for no right and is not a "
      "complaint; a person wrote it, so it is not auto-generated."),
    S(58, "pexa", staff("Pemberton Rusk Solicitors", "pembertonrusk.co.uk", "Data Protection Officer"), "formal",
      "Data processing agreement and sub-processor list",
      "We are carrying out our annual supplier due diligence and need to update our file for PEXA.\n\n"
      "Could you send us a copy of the current data processing terms that apply to our subscription, your list of "
      "sub-processors, and confirmation of where workspace data is hosted? Our last copies date from 2023.",
      L(),
      "A firm's DPO asking for contract documents for supplier due diligence is a business document request, not "
      "a data subject's access or informed request."),
    S(59, "pexa", staff("Orchard Lane Solicitors", "orchardlanesolicitors.co.uk", "Post-Completion Assistant"),
      "staff", "RE: Discharge not showing - workspace {WS}",
      "Still no reply on this. It's been nine working days since I first asked why the discharge for workspace "
      "{WS} hasn't shown as lodged, and our client's lender is now writing to her about arrears on a mortgage that "
      "was repaid. Please can someone give me an answer today.",
      L(c=True, cat="delay"),
      "A nine-working-day chaser is an implicit delay complaint; the UK GDPR wording is only the sender's email "
      "disclaimer, and OLS is the sender, not the subject.",
      footer="This email and any attachments are confidential and intended solely for the addressee. Orchard Lane "
             "Solicitors processes personal data in accordance with the UK GDPR and the Data Protection Act 2018; "
             "see our privacy notice at orchardlanesolicitors.co.uk/privacy. If you have received this email in "
             "error, please delete it and notify the sender."),
    S(60, "pexa", PERSON, "plain", "Is this email from you genuine?",
      "I've had an email that says it's from PEXA, asking me to confirm my bank details 'for your upcoming "
      "completion'. My bank's privacy policy does say they share details with settlement providers, so I "
      "understand you might have my name, but I'm wary because of all the scams about. I haven't clicked the "
      "link.\n\n"
      "Is this genuine, and should I be sending my bank details to you at all? I can forward it if that helps.",
      L(),
      "Checking whether an email is a scam, with a privacy policy mentioned, asks neither where the data came "
      "from nor for a copy: no right, and no complaint."),

    # ============================== Conexus: look-alikes ==============================
    S(61, "conexus", staff("Lumen Water", "lumenwater.co.uk", "Credit Control Team Leader"), "staff",
      "Recall of accounts - March placement",
      "Please remove the 42 accounts listed on the attached sheet from collection with immediate effect - they "
      "have been recalled after a billing review on our side. Please also delete the 9 duplicate records at the "
      "bottom of the sheet, which were sent to you twice in the March placement file, and put the remaining "
      "accounts in that batch on hold until we confirm the corrected balances next week.\n\n"
      "Please confirm once done.",
      L(),
      "A creditor client's instructions to recall, de-duplicate and hold a batch of accounts are business "
      "instructions, not erasure or restriction requests by data subjects."),
    S(62, "conexus", staff("Northline Energy", "northline-energy.co.uk", "Collections Partnership Manager"), "staff",
      "Balance corrections and monthly report",
      "Fourteen of the balances in last week's placement file were wrong because our system included a closing "
      "charge that has since been waived. The corrected figures are on the attached spreadsheet; please update "
      "those accounts to match.\n\n"
      "Could you also export the March collections report for our portfolio as a CSV instead of a PDF? Our "
      "finance team wants to load it into their own reconciliation tool.",
      L(),
      "A creditor correcting balances and asking for a business report as CSV is neither rectification nor "
      "portability; neutral client instructions."),
    S(63, "conexus", PERSON, "hasty", "wrong file sent",
      "Sorry, the payslip I sent an hour ago for my income and expenditure form was last year's. Please delete "
      "that attachment and use the one on this email instead, it's the March one. Ref {CX}.",
      L(),
      "Deleting a wrongly sent attachment and using the replacement is document handling, which the guide does "
      "not count as erasure; neutral.",
      short=("Please delete the payslip I sent earlier - wrong month, right one attached", "")),
    S(64, "conexus", staff("Pennant Mobile", "pennantmobile.co.uk", "Debt Recovery Analyst"), "staff",
      "February performance report - wrong figures",
      "The February performance report you sent us on Friday has the wrong totals: it shows £212,400 collected on "
      "our portfolio, but the payments file for the same month adds up to £198,950. Our finance director has "
      "already used your figure in a board paper, which we now have to withdraw.\n\n"
      "Please check the report, send a corrected version, and explain how the totals were produced so we can trust "
      "March's.",
      L(c=True, cat="inaccurate_information"),
      "A creditor client dissatisfied with a wrong business report is an implicit inaccurate_information "
      "complaint; correcting a report and explaining its totals involve no personal data right."),
    S(65, "conexus", PERSON, "plain", "Setting up a plan - what do you need?",
      "I've had your letter about my old Pennant Mobile bill (ref {CX}) and I'd like to set up a payment plan. "
      "What information do you need from me - do I have to send payslips or bank statements? How long does it "
      "take for a plan to be agreed, and is any interest or fee added while it's being set up?",
      L(),
      "Asking what the firm needs, how long it takes and whether fees apply is a process enquiry, not a question "
      "about how the writer's data is used."),
    S(66, "conexus", PERSON, "plain", "How did you decide £80 a month?",
      "When I spoke to your agent on Tuesday I went through all my bills with her and showed I have about £40 a "
      "month spare. She still said the minimum you would accept is £80 a month and that she had 'no discretion'. "
      "I don't understand how that figure was reached when it's double what I can pay.\n\n"
      "Please explain how you worked out £80 and look at it again properly. I want to pay but I can't pay money I "
      "don't have.",
      L(c=True, cat="collection_conduct"),
      "Pressure to pay an unaffordable amount is an implicit collection_conduct complaint; asking how an agent's "
      "figure was reached is about a case decision, not automated_decision or informed."),
    S(67, "conexus", PERSON, "plain", "Helping my mum with her account",
      "My mum, Irene {SUR}, has asked me to help her with the letters she's been getting from you about an old "
      "council tax bill. She is 76 and finds phone calls hard.\n\n"
      "What do you need from us so that you can talk to me about her account? Is a signed letter from her enough, "
      "or do you need a power of attorney?",
      L(tp=True),
      "A daughter writing for her mother (third_party) asks what authority the firm needs: a process question, "
      "with no right and no dissatisfaction.", g="f"),
    S(68, "conexus", PERSON, "plain", "Your final response - I don't accept it",
      "I've received your final response to my complaint about the charges added to my account. It says my "
      "complaint is 'not upheld' but doesn't say why, and it doesn't mention the two phone calls where your staff "
      "told me the charges would be taken off.\n\n"
      "Please explain how you reached that decision, including whether anyone listened to those calls, and look at "
      "it again. Otherwise I will take it to the Ombudsman.",
      L(c=True, ex=True, cat="fees_charges"),
      "Rejecting the outcome of a complaint about added charges is an explicit fees_charges complaint; asking "
      "whether anyone listened to the calls is not a request for the recordings, so no access."),
    S(69, "conexus", PERSON, "plain", "voicemail on our family phone",
      "One of your staff left a voicemail on our home landline on Thursday saying who he was, that he was calling "
      "about my 'outstanding balance with Northline Energy of £860', and asking me to ring back. My 15-year-old "
      "son played it back before I got home and is now worried we are going to lose the house.\n\n"
      "That should never have been left on a shared phone. Don't leave messages on the landline again, and I want "
      "an apology.",
      L(c=True, pd=True, br=True, cat="personal_data"),
      "Debt details left on a shared landline and heard by her son is a breach and an implicit personal-data "
      "complaint; 'don't leave messages again' is a conduct remedy, not objection or restriction.", g="f"),
    S(70, "conexus", PERSON, "hasty", "complaint - calls to my work",
      "This is a complaint. I've had three calls from you at my workplace this week, one of them put through by "
      "our receptionist. I told your colleague in March that I can't take calls at work and I'm on a plan that I "
      "haven't missed.\n\n"
      "Stop calling me at work. Email or letters to my home address only from now on.",
      L(c=True, ex=True, cat="collection_conduct"),
      "Explicit collection_conduct complaint about calls at work; 'stop calling me at work, email only' is a "
      "conduct remedy, not objection or restriction.",
      short=("stop calling my work", "Complaint: 3 calls at my job this week after I told you not to. Email or "
                                     "letters only.")),
    S(71, "conexus", PERSON, "plain", "Still using my old name",
      "Your letter of 3 May was addressed to me in my married name, Mrs {FIRST} Keel. I divorced in 2022, went "
      "back to my own name, and sent you a copy of the deed poll when I set up my payment plan. Seeing that name on "
      "the envelope was upsetting.\n\n"
      "I rang this morning and your agent changed it while I was on the phone, so that part is done. What I want "
      "is an apology and an assurance that the old name won't creep back in from the creditor's next file.",
      L(c=True, pd=True, cat="personal_data"),
      "An implicit complaint about inaccurate personal data already corrected by phone: personal_data=true, but "
      "she asks only for an apology and an assurance, so no rectification.", g="f"),
    S(72, "conexus", rep("Eastbridge Money Advice Centre", "eastbridgemoneyadvice.org.uk", "Debt Adviser"), "formal",
      "Complaint - client Ms Aylin Demir - {CX}",
      "I wrote to you on 4 March enclosing Ms Demir's signed consent for us to act for her, and your system "
      "acknowledged it. Since then you have written to Ms Demir directly three times and phoned her twice, asking "
      "her for an income and expenditure statement we had already sent you. One caller told her that her consent "
      "form 'wasn't valid under GDPR' without saying why.\n\n"
      "Please treat this as a complaint. We need you to confirm that all contact will come through us and explain "
      "why our authority was ignored.",
      L(c=True, ex=True, tp=True, cat="collection_conduct"),
      "A money adviser's explicit complaint for a client (third_party) that her authority was ignored: "
      "collection_conduct; GDPR is only quoted, and 'contact through us' is a conduct remedy, not a right."),
    S(73, "conexus", PERSON, "plain", "Statement of account please - {CX}",
      "Could you send me a statement showing every payment I've made since the account came to you, and what the "
      "balance is now? I think I'm close to clearing it and want to check before I make the last payment. Post or "
      "email is fine.",
      L(),
      "A statement of payments and balance is an account request (section 4), not a copy of all personal data "
      "held, so not access; neutral."),
    S(74, "conexus", PERSON, "plain", "I paid this in full in March",
      "I paid the settlement figure of £640 in full on 18 March - your own letter of 20 March confirms it and I've "
      "attached it. Today I had a text saying I'm in arrears and to call urgently.\n\n"
      "Please update your records to show the account is settled, stop the texts, and confirm in writing that "
      "nothing negative has been reported to the credit agencies.",
      L(c=True, cat="debt_dispute"),
      "A paid debt still pursued is an implicit debt_dispute complaint; updating the account to settled is a debt "
      "correction the guide does not treat as rectification, and 'stop the texts' is a conduct remedy."),
    S(75, "conexus", PERSON, "hasty", "Can you put my account on hold?",
      "I've just booked an appointment with a debt adviser for next Wednesday. Can you put my account ({CX}) on "
      "hold for 30 days while I get advice, so no letters or calls come in the meantime? I'll be in touch once "
      "I've seen them.",
      L(),
      "A 30-day collection hold while getting advice is an account request, not restriction of processing; "
      "neutral.",
      short=("Please hold my account for 30 days - seeing a debt adviser next week", "")),
    S(76, "conexus", PERSON, "plain", "Phone calls - please read",
      "I work nights in a care home and sleep during the day. Your calls start at 9am and come two or three times a "
      "day, even though I told the last person I spoke to about my shifts. I'm exhausted.\n\n"
      "From now on contact me by email only, at this address, and please don't ring my mobile at all. I'm not "
      "avoiding you - I've answered every letter.",
      L(c=True, cat="collection_conduct"),
      "Repeated daytime calls to a night worker is an implicit collection_conduct complaint; 'email only, don't "
      "ring me' is a contact preference and conduct remedy, not objection or restriction."),
    S(77, "conexus", staff("Conexus", "conexus.co.uk", "Collections Agent"), "staff",
      "Quick question - forwarding a customer's letter to the creditor",
      "A customer has sent in a letter disputing her Lumen Water bill, with copies of her tenancy agreement and a "
      "utility bill from her new address. Before I forward the whole pack to Lumen for them to review, can I check "
      "whether that's OK under data protection, or should I take out anything that isn't needed for the "
      "dispute?\n\n"
      "I've not sent anything yet.",
      L(),
      "A staff member's data protection question about forwarding a customer's documents asks for no right on "
      "anyone's behalf; not a complaint and not third_party."),
    S(78, "conexus", PERSON, "plain", "Change of payment date - {CX}",
      "Please can my monthly payment date move from the 1st to the 28th from next month? My pay date has changed. "
      "Everything else stays the same.",
      L(),
      "Moving a payment date is an account request; the UK GDPR wording is only the employer's email "
      "disclaimer.",
      footer="CONFIDENTIALITY: This email and any attachments are intended only for the named recipient and may "
             "contain personal data protected under the UK GDPR. If you are not the intended recipient, please "
             "notify the sender and delete it. Harrow Fields Academy Trust processes personal data in line with "
             "its privacy notice."),
    S(79, "conexus", staff("Sterling Credit Loans", "sterlingcredit.co.uk", "Vendor Risk Manager"), "formal",
      "Annual supplier review - data protection evidence",
      "As part of our annual review of collection agencies, please could you send us by the end of the month: your "
      "current Cyber Essentials Plus certificate, the latest version of the privacy notice printed on customer "
      "letters, and confirmation that the data processing terms signed in 2024 are still current.",
      L(),
      "A creditor client's supplier-review request for certificates and a privacy notice is a business document "
      "request, not a data subject's right."),
    S(80, "conexus", PERSON, "plain", "Complaint about your agent refusing to speak to my husband",
      "I'd like to complain about a call on Monday. My husband rang you for me because I was in hospital, with my "
      "permission and with me on speaker for the first minute to say so. Your agent said that 'under GDPR' she "
      "could not speak to anyone but me, then ended the call while I was still on the line. As a result my "
      "payment was missed and I've now had an arrears letter.\n\n"
      "Please look into how this was handled, remove the arrears marker and let me know.",
      L(c=True, ex=True, cat="service_quality"),
      "An explicit service_quality complaint about an agent using 'GDPR' to refuse an authorised caller; removing "
      "an arrears marker is an account correction, not a data right.", g="f"),
]

# ---------------------------------------------------------------------------------------------
# envelopes

FIRST_F = ["Amira", "Bethany", "Chloe", "Danielle", "Eleni", "Fiona", "Grace", "Hannah", "Imogen", "Joanne",
           "Kirsty", "Leanne", "Mariam", "Nadia", "Olivia", "Paula", "Rachel", "Sinead", "Tasha", "Ursula",
           "Vanessa", "Wendy", "Yasmin", "Zofia", "Agnieszka", "Bronwen", "Carys", "Deepa"]
FIRST_M = ["Aaron", "Bilal", "Callum", "Darren", "Emeka", "Frazer", "Gareth", "Harvey", "Idris", "Jonah",
           "Kieran", "Liam", "Marek", "Neil", "Owen", "Pradeep", "Rory", "Stuart", "Tomasz", "Umar", "Vikram",
           "Wesley", "Yusuf", "Zane", "Alistair", "Brendan", "Craig", "Dominic"]
SURNAMES = ["Ashworth", "Bhatti", "Carmody", "Dunstan", "Eze", "Fairbairn", "Gorski", "Haddon", "Iqbal", "Jessop",
            "Kowalczyk", "Lomax", "McAleese", "Norcott", "Oyelaran", "Pritchard", "Quigley", "Rasheed", "Staniforth",
            "Tremayne", "Underhill", "Varga", "Whitlock", "Yates", "Ainsley", "Brannigan", "Cheung", "Delaney",
            "Ellwood", "Fitzgerald", "Gallacher", "Hussey", "Kettle", "Lindqvist", "Mahmood", "Nkemelu", "Pemberton",
            "Rowntree", "Sadler", "Thornbury"]
PERSONAL_DOMAINS = ["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.co.uk", "btinternet.com", "icloud.com",
                    "proton.me", "live.co.uk", "sky.com", "virginmedia.com"]

GREET = {
    "plain": ["Hello,", "Hi,", "Good morning,", "Hello there,", "Dear {FIRM} team,", "Hi there,"],
    "hasty": ["", "", "Hi", "hi,", "Hello"],
    "formal": ["Dear Sir or Madam,", "Dear Sirs,", "To whom it may concern,", "Dear {FIRM},"],
    "esl": ["Dear Sir/Madam,", "Hello,", "Good day,", "Dear {FIRM},"],
    "staff": ["Hi team,", "Hello,", "Good afternoon,", "Hi,", "Morning,"],
    "web": [""],
}
SIGN = {
    "plain": ["Thanks,", "Kind regards,", "Many thanks,", "Best wishes,", "Regards,", "Thank you,"],
    "hasty": ["", "Thanks", "ta", "Cheers", "thx"],
    "formal": ["Yours faithfully,", "Yours sincerely,"],
    "esl": ["Thank you,", "Best regards,", "Regards,", "With thanks,"],
    "staff": ["Thanks,", "Kind regards,", "Many thanks,", "Best,", "Regards,"],
    "web": [""],
}
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
# envelope kinds and their weights; "short" is used for scenarios that have a short version
KINDS = [("plain", 3), ("html", 2), ("reply", 2), ("html_reply", 1), ("typos", 2), ("typos_reply", 1)]


def weighted(rng, items):
    total = sum(w for _, w in items)
    x = rng.randrange(total)
    for k, w in items:
        if x < w:
            return k
        x -= w
    raise AssertionError


def choose_envs(rng, sc):
    # a web-form message is never a reply to the firm's earlier email
    kinds = [kw for kw in KINDS if not (sc["reg"] == "web" and kw[0].endswith("reply"))]
    if sc["short"]:
        order = [weighted(rng, kinds), "short"]
        return order if rng.random() < 0.5 else order[::-1]
    first = weighted(rng, kinds)
    second = weighted(rng, [kw for kw in kinds if kw[0] != first])
    return [first, second]


def draw_person(rng, g):
    gender = g or ("f" if rng.random() < 0.5 else "m")
    first = rng.choice(FIRST_F if gender == "f" else FIRST_M)
    last = rng.choice(SURNAMES)
    return first, last


def address(rng, first, last, writer):
    f, l = first.lower(), last.lower()
    if writer[0] == "person":
        style = rng.randrange(5)
        local = [f"{f}.{l}", f"{f}{l}{rng.randrange(10, 99)}", f"{f[0]}{l}", f"{l}.{f}", f"{f}_{l[0]}{rng.randrange(70, 99)}"][style]
        return f"{local}@{rng.choice(PERSONAL_DOMAINS)}"
    local = [f"{f}.{l}", f"{f[0]}.{l}", f"{f}{l[0]}"][rng.randrange(3)]
    return f"{local}@{writer[2]}"


def quote_head(rng, name, addr):
    d = datetime.date(2026, 1, 1) + datetime.timedelta(days=rng.randrange(0, 330))
    head = (f"On {DAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year} at {rng.randrange(8, 18):02d}:"
            f"{rng.randrange(60):02d}, {name} <{addr}> wrote:")
    assert len(head) - len("On  wrote:") <= 80, head
    return head


def render(rng, sc, env):
    mailbox = sc["mailbox"]
    firm = FIRM_NAMES[mailbox]
    writer = sc["writer"]
    first, last = draw_person(rng, sc["g"])
    name = f"{first} {last}"
    sender = f"{name} <{address(rng, first, last, writer)}>"
    cx = f"CX-{rng.randrange(1000000, 9999999)}"
    ws = f"{rng.randrange(20, 99)}-{rng.randrange(10000, 99999)}"

    def fill(t):
        return (t.replace("{NAME}", name).replace("{FIRST}", first).replace("{SUR}", last)
                .replace("{CX}", cx).replace("{WS}", ws).replace("{FIRM}", firm))

    reg = sc["reg"]
    if env == "short":
        subject_m, body_m = (fill(x) for x in sc["short"])
        full_m = body_m + (f"\n\n{first}" if body_m and rng.random() < 0.6 else "")
    else:
        subject_m, body_m = fill(sc["subject"]), fill(sc["body"])
        if env.startswith("typos"):
            body_m = typos_outside_marks(body_m, rng, MARK_RIGHTS, 0.35)
        greet = fill(rng.choice(GREET[reg]))
        sign = rng.choice(SIGN[reg])
        if writer[0] == "staff":
            sig = f"{name}\n{writer[3]}\n{writer[1]}" if rng.random() < 0.6 else f"{name} | {writer[3]} | {writer[1]}"
        elif writer[0] == "rep":
            sig = f"{name}\n{writer[3]}\n{writer[1]}"
        elif reg == "hasty":
            sig = rng.choice([first, name, first[0]])
        elif reg == "web":
            sig = ""
        else:
            sig = name
        parts = [greet] if greet else []
        parts.append(body_m)
        closing = "\n".join(x for x in (sign, sig) if x)
        if closing:
            parts.append(closing)
        if reg == "hasty" and writer[0] == "person" and rng.random() < 0.3:
            parts.append("Sent from my phone")
        if sc["footer"]:
            parts.append(sc["footer"])
        full_m = "\n\n".join(parts)
    html = env in ("html", "html_reply")
    quote = None
    headers = {}
    if env.endswith("reply"):
        qname, qaddr, qtext = sc["quote"] or (PEXA_ACK if mailbox == "pexa" else CONEXUS_ACK)
        quote = (quote_head(rng, qname, qaddr), qtext)
        headers["in-reply-to"] = f"<{rng.getrandbits(48):012x}@{qaddr.split('@')[1]}>"
    subject_marks = rights_marks_of(subject_m)
    body_marks = rights_marks_of(full_m)
    marked = sorted({r for r, _ in subject_marks + body_marks})
    assert marked == sorted(sc["labels"]["rights"]), (sc["sid"], env, marked)
    return finish_marked_record(
        rng, mailbox=mailbox, sender=sender, subject=strip_marks(subject_m, MARK_RIGHTS),
        body=strip_marks(full_m, MARK_RIGHTS), html=html, quote=quote, subject_marks=subject_marks,
        body_marks=body_marks, labels=sc["labels"], note=sc["note"], source=sc["sid"], env=env, headers=headers)


def build(rng):
    assert len({sc["sid"] for sc in SCENARIOS}) == len(SCENARIOS) == 80
    records = []
    for sc in SCENARIOS:
        for env in choose_envs(rng, sc):
            records.append(render(rng, sc, env))
    return records


def summary(records, env_counts):
    scen = {}
    for r in records:
        scen[r["source"]] = r["labels"]
    lines = [f"wrote {len(records)} records ({len(scen)} scenarios) to {os.path.relpath(OUT, ROOT)}"]
    lines.append("mailboxes (emails): " + str(dict(sorted(collections.Counter(r["mailbox"] for r in records).items()))))
    for right in RIGHTS:
        e = sum(right in r["labels"]["rights"] for r in records)
        s = sum(right in lab["rights"] for lab in scen.values())
        lines.append(f"  {right}: {e} emails, {s} scenarios")
    rs = [lab for lab in scen.values() if lab["rights"]]
    lines.append(f"rights scenarios: {len(rs)} (two rights: {sum(len(lab['rights']) == 2 for lab in rs)}, "
                 f"complaints: {sum(lab['complaint'] for lab in rs)}, third party: {sum(lab['third_party'] for lab in rs)})")
    la = [lab for lab in scen.values() if not lab["rights"]]
    lines.append(f"look-alike scenarios: {len(la)} (complaints: {sum(lab['complaint'] for lab in la)}, "
                 f"third party: {sum(lab['third_party'] for lab in la)})")
    lines.append(f"complaint emails: {sum(r['labels']['complaint'] for r in records)}; third-party emails: "
                 f"{sum(r['labels']['third_party'] for r in records)}")
    lines.append("envelopes: " + str(dict(sorted(env_counts.items()))))
    return "\n".join(lines)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=marked_record_errors, train_labels=["complaint"])


if __name__ == "__main__":
    sys.exit(main())
