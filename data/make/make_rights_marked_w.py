#!/usr/bin/env python3
"""Rights-marked evaluation set W: 60 hand-written scenarios (30 per mailbox), each rendered twice.

45 scenarios ask the receiving firm (PEXA or Conexus) to act on one or more UK GDPR rights, with or without a
complaint; 15 are look-alikes (rights []) whose wording resembles a rights request ("delete", "access", "object",
"update", "restrict", "informed", a CSV export, a copy of a document) but asks for no data-protection right of the
receiving firm. Every sentence that asks for a right is marked inline as [[right|sentence]] (or [[r1,r2|sentence]])
and becomes a request_sentences mark.

Each scenario is rendered twice with different envelopes drawn from the seeded rng: sender name and address,
greeting and sign-off, plain or HTML body, an optional quoted earlier reply from the firm, optional letter-swap
typos outside the marks, and for a few scenarios a short or subject-only version.

Usage: cd /work/main && .venv/bin/python data/make/make_rights_marked_w.py
Writes data/trials/rights_marked_w.jsonl (deterministic: SEED). Stdlib only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from labelled_mail import (MARK_RIGHTS, RIGHTS, FIRM_NAMES, finish_marked_record, marked_record_errors,  # noqa: E402
                           rights_marks_of, run_generator, short_labels, strip_marks, typos_outside_marks)

SEED = 20270311
PREFIX = "rmw"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "rights_marked_w.jsonl")

L = short_labels

# ---------------------------------------------------------------------------------------------
# sender pools (all invented)

FIRST_F = ["Aisha", "Bethan", "Caroline", "Dionne", "Eleanor", "Farah", "Gemma", "Harriet", "Imogen", "Joanna",
           "Kirsty", "Lucy", "Mairead", "Nadia", "Olivia", "Priyanka", "Rosalind", "Shona", "Tamsin", "Ursula",
           "Vanessa", "Wendy", "Yasmin", "Zofia", "Agnieszka", "Chidinma", "Mei", "Sinead"]
FIRST_M = ["Adebayo", "Brendan", "Callum", "Declan", "Euan", "Faisal", "Gareth", "Hamish", "Ibrahim", "Jonah",
           "Kieran", "Lewis", "Marek", "Nikhil", "Owen", "Piotr", "Rhodri", "Stuart", "Tobias", "Vikram",
           "Wesley", "Yusuf", "Alasdair", "Conor", "Dominic", "Emeka", "Fraser", "Tariq"]
SURNAMES = ["Abernethy", "Baxendale", "Chowdhury", "Dunmore", "Ellwood", "Fairclough", "Gilchrist", "Hargreaves",
            "Iqbal", "Jarvis", "Kavanagh", "Lockhart", "McAllister", "Nwosu", "Oyelaran", "Pritchard", "Quayle",
            "Rasmussen", "Sandhu", "Thornbury", "Uddin", "Varga", "Whitlock", "Yardley", "Zielinski", "Ashworth",
            "Brennan", "Coutts", "Delaney", "Egan", "Fenwick", "Goddard", "Halloran", "Kowalski", "Mistry",
            "Ogunleye", "Penrice", "Rowntree", "Szabo", "Trelawney"]
PERSONAL_DOMAINS = ["gmail.com", "outlook.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "icloud.com",
                    "proton.me", "sky.com", "virginmedia.com", "talktalk.net"]

GREET = {
    "pexa": ["Dear PEXA team,", "Hello,", "Hi,", "Dear Sir or Madam,", "Good morning,", "To whom it may concern,",
             "Dear PEXA,", "Hello PEXA team,", "Good afternoon,"],
    "conexus": ["Dear Conexus,", "Dear Sir/Madam,", "Hello,", "Hi,", "To whom it may concern,", "Good morning,",
                "Dear Sir or Madam,", "Hi there,", "Dear team,"],
}
GREET_DP = ["Dear Data Protection Officer,", "Dear Data Protection team,", "FAO Data Protection Officer"]
SIGNOFF = ["Regards,", "Kind regards,", "Many thanks,", "Thanks,", "Yours faithfully,", "Best wishes,",
           "Yours sincerely,", "Thank you,", "Best regards,"]
# after a body whose last line already thanks the reader
SIGNOFF_AFTER_THANKS = ["Regards,", "Kind regards,", "Best wishes,", "Yours sincerely,", "Best regards,"]

# the firm's earlier reply, for the quoted-reply envelope ({ref} is filled in by finish_marked_record)
QUOTES = {
    "pexa": [
        ("PEXA Customer Support",
         "Thank you for contacting PEXA Support. We have logged your message under reference {ref} and a member of "
         "the team will be in touch within two business days.\n\nKind regards\nPEXA Customer Support"),
        ("PEXA Customer Experience",
         "Hello,\n\nThanks for getting in touch. We have passed your message to the relevant team (ref {ref}). If "
         "you have anything to add, simply reply to this email.\n\nPEXA Customer Experience"),
        ("PEXA Privacy Team",
         "Thank you for your email to the PEXA privacy team. It has been recorded under reference {ref}. We may "
         "need to confirm your identity before we can act on it.\n\nPEXA Privacy Team"),
    ],
    "conexus": [
        ("Conexus Customer Services",
         "Thank you for contacting Conexus. Your case reference is {ref}. We aim to reply to all emails within five "
         "working days.\n\nConexus Customer Services"),
        ("Conexus Customer Services",
         "Dear Customer,\n\nWe have received your email and added it to your account notes (ref {ref}). Please keep "
         "up any agreed payments while we look into this.\n\nConexus Customer Services"),
        ("Conexus Data Protection",
         "Thank you for your message to our Data Protection team, reference {ref}. Please note that we may ask you "
         "for proof of identity.\n\nConexus Data Protection"),
    ],
}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


# ---------------------------------------------------------------------------------------------
# scenarios


def S(sid, mailbox, who, subject, body, labels, note, short=None, subj_only=None, gender=None, dp=False,
      names=None, tail=None, bare=False):
    """One scenario. who: ("consumer",) or ("staff"|"rep", org, domain, title). body and subject carry the
    inline [[right|sentence]] marks; short (a marked short body, subject kept) and subj_only (a marked subject
    with an empty body) are optional alternative renderings. dp: the writer may address the data protection
    officer. names: the (first, surname) pairs the sender must be drawn from when the text names the writer;
    tail: text after the signature (a disclaimer); bare: no greeting and only a first name at the end (a
    hurried writer)."""
    return {"sid": f"rmw-s{sid:03d}", "mailbox": mailbox, "who": who, "subject": subject, "body": body,
            "labels": labels, "note": note, "short": short, "subj_only": subj_only, "gender": gender, "dp": dp,
            "names": names, "tail": tail, "bare": bare}


C = ("consumer",)

SCENARIOS = [
    # ============================== PEXA: rights ==============================
    S(1, "pexa", C, "Request for my login and activity records",
      "I am a licensed conveyancer and have had a PEXA user account through my employer since 2024. My firm has "
      "started a disciplinary process and says the platform shows I approved a settlement figure on 9 January from "
      "my login. I do not believe I was even in the office that afternoon.\n\n"
      "[[access|Please send me a copy of the personal data you hold about me as a user, including my login history, "
      "the IP addresses recorded against my account and the activity log for January.]]\n\n"
      "I am not raising any issue with PEXA itself, I simply need to see the records for myself. Please send "
      "everything to this personal address rather than my work one.",
      L(r="access"),
      "A user asking for a copy of her own login and activity data with no grievance against PEXA is an access "
      "request on a non-complaint.", dp=True),
    S(2, "pexa", C, "Wrong details in my identity check",
      "My lender asked me to complete the PEXA identity check for my remortgage. The confirmation screen shows my "
      "surname as Gallaher instead of Gallagher and my date of birth as 14/07/1986 when it is 17/04/1986. The check "
      "then failed and I have been told the remortgage cannot complete until it passes, which means another month "
      "on my lender's standard variable rate.\n\n"
      "I entered my details correctly, so I don't understand where these came from. "
      "[[rectification|Please correct my name and date of birth on your system.]] "
      "[[restriction|Until that is done, please don't run any further checks or pass those wrong details on to "
      "anyone.]]\n\nI'd like to hear back by the end of the week.",
      L(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
      "Wrong personal details held by PEXA that are costing the writer money, with a reply expected, is an implicit "
      "personal_data complaint; 'correct my name and date of birth' = rectification, 'don't use them until fixed' "
      "= restriction."),
    S(3, "pexa", C, "Still getting your emails",
      "I retired from conveyancing at the end of last year and my platform login was closed by my old firm. Since "
      "then I have had your 'What's new on PEXA' emails every fortnight at my home address. I pressed unsubscribe in "
      "February and again in April and they keep arriving.\n\n"
      "[[objection|I object to you using my details for any kind of marketing.]] "
      "[[erasure|As I no longer have any connection with the platform, please delete my personal details from your "
      "systems altogether.]]\n\nPlease confirm when this has been done.",
      L(c=True, pd=True, r="objection,erasure", cat="personal_data"),
      "Marketing that continues after two unsubscribes is unexpected use of personal data with a confirmation "
      "expected: implicit personal_data complaint; objecting to marketing = objection, 'delete my details' = "
      "erasure."),
    S(4, "pexa", C, "Why does PEXA have my details?",
      "We completed on our house purchase last week (all fine, no problems at all) and the completion email from "
      "our solicitor mentioned that the funds moved through PEXA. I had never heard of PEXA before.\n\n"
      "[[informed|Could you tell me what personal information you hold about me, where it came from and what you "
      "use it for?]] "
      "[[access|I would also like a copy of whatever you hold about me.]]\n\n"
      "Just curious really, no rush.",
      L(r="informed,access"),
      "A curious buyer with nothing wrong asks for an explanation of the processing (informed) and separately for a "
      "copy of the data (access); no dissatisfaction, so not a complaint.",
      short="Bought a house last week and your name was on the completion email. "
            "[[informed|What info do you hold on me, where did you get it and what is it used for?]] "
            "[[access|And can I have a copy of it please?]]"),
    S(5, "pexa", ("staff", "Hartfield Moss Solicitors", "hartfieldmoss.co.uk", "Senior Conveyancer"),
      "Account locked by your fraud system - need a person to look at it",
      "My user account was locked at 10.40 this morning with the message 'Security review - activity pattern "
      "flagged'. As far as I can tell nobody at PEXA looked at anything; the lock appeared seconds after I logged "
      "in from our new branch office. I have four settlements booked for Friday and cannot open any of the "
      "workspaces.\n\n"
      "[[automated_decision|I want a member of your staff, not the system, to review the lock and decide whether "
      "it should stay.]] "
      "[[informed|I would also like to know what information about me your system used to flag my account.]]\n\n"
      "Please call me today on the number below.",
      L(c=True, r="automated_decision,informed", cat="process"),
      "An automatic account lock that blocks her work, with a call demanded, is an implicit complaint about the "
      "rule itself (process); asking for a human review = automated_decision, asking what data was used = "
      "informed; personal_data stays false because the grievance is the lock, not the data handling."),
    S(6, "pexa", C, "Orchard Lane not answering - and my data",
      "I am selling my flat through Orchard Lane Solicitors. We were meant to exchange three weeks ago and they have "
      "not answered a single email or call since. My buyer is threatening to pull out. I only found your address on "
      "a letter they sent me, so I hope you can chase them.\n\n"
      "Separately, the letter says my details have been entered on your platform. "
      "[[access|Please send me a copy of all the personal data PEXA itself holds about me.]]\n\nThank you.",
      L(c=True, r="access", firm="ols", cat="delay"),
      "The grievance is purely the seller's own law firm (Orchard Lane) not progressing the sale, so it is a "
      "complaint to forward (ols, delay); the access request is addressed to PEXA itself, so rights=[access].",
      gender=None),
    S(7, "pexa", C, "On behalf of my father, Mr Desmond Ryle",
      "I hold a registered Lasting Power of Attorney for my father, Desmond Ryle, who is 86 and is selling his "
      "bungalow at 3 Kiln Lane, Ashby. A copy of the LPA is attached. His conveyancer has told me the sale will "
      "go through your platform.\n\n"
      "[[access|Please send me a copy of the personal information PEXA holds about Dad.]] "
      "[[rectification|The email address on the paperwork is an old one he has not used for years, so please "
      "update it to mine, shown above.]]\n\nMany thanks for your help.",
      L(r="access,rectification", tp=True),
      "An attorney writing for her father (third_party) asks for a copy of his data (access) and to update his "
      "contact email (rectification); a polite request with no dissatisfaction is not a complaint."),
    S(8, "pexa", C, "Formal complaint - my data export request",
      "On 3 February I asked for my user profile and my training and CPD records in CSV format so I could import "
      "them into my new firm's learning system. I had an automated acknowledgement and nothing since. That is now "
      "six weeks.\n\n"
      "I want to make a formal complaint about how this request has been handled. "
      "[[portability|Please send my profile and training records as a CSV or JSON file within seven days.]]\n\n"
      "If I don't hear back I will take this to the ICO.",
      L(c=True, ex=True, pd=True, r="portability", cat="personal_data"),
      "She calls it a formal complaint about a data request left unanswered for six weeks (personal_data, category "
      "personal_data); re-asking for her records as CSV/JSON to import elsewhere = portability.", dp=True),
    S(9, "pexa", C, "Invitation to your 'Property Week' drinks",
      "I received an invitation from PEXA to a networking evening at my personal email address. I am a retired "
      "teacher. I have never used your platform, never worked in property and never given you this address.\n\n"
      "[[informed|Where did you get my email address, and on what basis are you using it?]] "
      "[[objection|I object to receiving marketing of any kind from you.]] "
      "[[erasure|Once you have answered, delete my details.]]\n\n"
      "Frankly it is unsettling to be contacted like this.",
      L(c=True, pd=True, r="informed,objection,erasure", cat="personal_data"),
      "A stranger unsettled that PEXA obtained and used her address expects answers: implicit personal_data "
      "complaint; source and basis = informed, no marketing = objection, delete = erasure."),
    S(10, "pexa", ("staff", "Pryce Loxley LLP", "pryceloxley.co.uk", "Partner, Residential Property"),
      "Complaint about your support desk - call on 11 March",
      "I wish to complain about the way one of your support agents spoke to me on 11 March at around 3.15pm. I "
      "called because a settlement had stalled and, rather than help, the agent told me twice that the problem "
      "was 'obviously on your side', talked over me and ended the call while I was still speaking. That is no way "
      "to treat a subscriber of eight years.\n\n"
      "[[access|Please send me a copy of the recording of that call and any notes your team made about me "
      "afterwards.]]\n\n"
      "I expect an apology and an explanation of what you will do about this.",
      L(c=True, ex=True, r="access", cat="service_quality"),
      "An explicit complaint about an agent's manner is service_quality; asking for the call recording and notes "
      "about him is access, but personal_data stays false because the grievance is the rudeness, not data "
      "handling."),
    S(11, "pexa", C, "Confidential - my address on the platform",
      "I am buying a flat and completion is expected next month. I am a survivor of domestic abuse and my ex-partner "
      "works for a firm of solicitors in the same town. I am worried he could see my new address if his firm is "
      "ever involved in a related workspace.\n\n"
      "[[informed|Could you explain who can see a buyer's name and address in a workspace and how long you keep "
      "it?]] "
      "[[restriction|Please limit the use of my details to what is strictly needed for my completion and do not "
      "show my new address to anyone else in the meantime.]]\n\n"
      "My solicitor knows I am writing to you. Thank you for your understanding.",
      L(r="informed,restriction"),
      "A worried but not dissatisfied buyer asks how her data is shared (informed) and for its use to be limited "
      "(restriction); nothing has gone wrong yet, so not a complaint."),
    S(12, "pexa", ("staff", "Calloway Byrne Property Lawyers", "callowaybyrne.co.uk", "Licensed Conveyancer"),
      "My licence number is wrong on my profile",
      "For the past fortnight, two lenders have refused to accept me as the acting conveyancer because my profile "
      "shows CLC licence number 1042871 when mine is 1047281. I have checked with the CLC and their register is "
      "correct, so the mistake is in your system. It is embarrassing to keep explaining this to lenders and I have "
      "had to hand two files to a colleague.\n\n"
      "[[rectification|Please correct the licence number on my user profile to 1047281.]]\n\n"
      "Please let me know when it is fixed and how this happened.",
      L(c=True, pd=True, r="rectification", cat="personal_data"),
      "Inaccurate personal data held by PEXA that is harming her work, with a fix and explanation demanded: "
      "implicit personal_data complaint; 'correct the licence number on my profile' = rectification."),
    S(13, "pexa", C, "Use of my data for market reports",
      "I read in a property newsletter that PEXA publishes 'market insight' reports built from completed "
      "transactions. I completed my sale through a PEXA workspace in January.\n\n"
      "[[informed|Can you tell me whether my transaction is included in that analysis and what information about "
      "me goes into it?]] "
      "[[objection|If it is, I object to my personal data being used for those reports or any other analytics.]]\n\n"
      "Thanks in advance.",
      L(r="informed,objection"),
      "A neutral question before anything has gone wrong: what data is used for analytics = informed, and objecting "
      "to that use = objection; no dissatisfaction, so not a complaint."),
    S(14, "pexa", ("staff", "Calder Mutual Building Society", "caldermutual.co.uk", "Mortgage Completions Officer"),
      "My photo in your case study",
      "I have just found my name, job title and photograph in a 'customer success' case study on your website and "
      "in the slides from your spring webinar. I was photographed at a training day last year, but nobody asked "
      "whether the picture could be published and I would never have agreed to it.\n\n"
      "[[erasure|Please remove my photograph and name from the case study, the slides and the webinar recording.]] "
      "[[objection|I object to my image being used in any of your promotional material.]]\n\n"
      "I'd appreciate confirmation that this has been done.",
      L(c=True, pd=True, r="erasure,objection", cat="personal_data"),
      "A staff member writing for herself about her photo being used without consent (unexpected use) wants it "
      "removed: implicit personal_data complaint; remove = erasure, no promotional use = objection; she is not "
      "writing for her employer, and nothing was disclosed in error, so breach=false."),
    S(15, "pexa", C, "Data request - former user",
      "I used PEXA as a paralegal at a firm in Leeds until last summer and I am now training as a solicitor "
      "elsewhere. Two requests, and to be clear I have no issue with the platform:\n\n"
      "1. [[portability|Please send my user profile and my training and certification records in a "
      "machine-readable format such as CSV, so I can upload them to my new employer's training system.]]\n"
      "2. [[access|Please also send me a copy of the notes held on my account about the period when it was "
      "suspended last March.]]\n\nThank you.",
      L(r="portability,access"),
      "A former user with no grievance asks for her records in CSV to reuse elsewhere (portability) and for a "
      "copy of the account notes (access): rights request, not a complaint."),
    S(16, "pexa", ("staff", "Ingleby Forsyth Solicitors", "inglebyforsyth.co.uk", "Conveyancing Executive"),
      "Your 'user efficiency score'",
      "At my appraisal last week my manager showed me a PEXA dashboard that gives each of us an 'efficiency score' "
      "and used it to say I was underperforming. Nobody ever told us PEXA rates individual users, and the score "
      "doesn't account for the fact that I handle the complicated shared-ownership files.\n\n"
      "[[informed|Please explain what data about me goes into the score and where it comes from.]] "
      "[[objection|I object to being profiled in this way.]] "
      "[[automated_decision|If the score is used to decide anything about my account or permissions, I want a "
      "person to make that decision, not the system.]]\n\n"
      "I would appreciate a proper answer, as this has already affected my review.",
      L(c=True, pd=True, r="informed,objection,automated_decision", cat="personal_data"),
      "Being scored individually without being told, with harm at appraisal and an answer expected, is an implicit "
      "complaint about unexpected use of personal data; what goes into it = informed, profiling objected to = "
      "objection, a person not the system = automated_decision. She writes for herself, not her firm."),
    S(17, "pexa", ("rep", "Office of Helen Marchbank MP", "parliament-mail.org.uk", "Senior Caseworker"),
      "Constituent: Mr Rory Pellow - emails about other people's purchases",
      "I am writing on behalf of my constituent, Mr Rory Pellow, who has given his written consent. Since "
      "January Mr Pellow has received more than a dozen PEXA workspace notifications at his personal email address "
      "about a house purchase in Swindon that has nothing to do with him. They show the buyers' names, the "
      "property address and the settlement date. He has replied to two of them and the emails have continued.\n\n"
      "Mr Pellow has never used your platform. "
      "[[informed|He would like to know how his email address came to be on your system and what it is used "
      "for.]] "
      "[[erasure|He asks that his email address be deleted from your records.]]\n\n"
      "I would be grateful for a response to this office.",
      L(c=True, pd=True, br=True, r="informed,erasure", tp=True, cat="personal_data"),
      "An MP's office writes for a constituent (third_party) who keeps receiving other people's transaction "
      "details: a breach with a response expected, so an implicit personal_data complaint; how his address got "
      "there = informed, delete it = erasure."),
    S(18, "pexa", C, "Name change before completion",
      "I got married in March and my surname has changed from Okonjo to Fairbairn. My conveyancer has updated "
      "their file, but the invitation to verify my identity that came from PEXA yesterday still uses my old "
      "name.\n\n"
      "[[rectification|Please update my name on your records to Adaeze Fairbairn before completion.]] I can send "
      "a copy of the marriage certificate if you need it.\n\nThanks very much.",
      L(r="rectification"),
      "A routine request to update her own name with no dissatisfaction: rectification on a non-complaint.",
      names=[("Adaeze", "Fairbairn"), ("Adaeze", "Okonjo")]),
    S(19, "pexa", C, "Subject access request",
      "I bought a house through a PEXA workspace last autumn. I have no concerns about the purchase; I am making "
      "requests to every organisation involved so I have a complete picture of my records.\n\n"
      "[[access|Under Article 15 of the UK GDPR, please provide a copy of all personal data you hold about me, "
      "including any record of which users viewed my details in the workspace.]]\n\n"
      "My completion date was 28 October and the property is 41 Marlpit Road, Kettering.",
      L(r="access"),
      "A formal Article 15 request with no grievance: access on a non-complaint."),
    S(20, "pexa", C, "Please close my account",
      "I was a user at Greyfriars Law until I left in January and I have moved out of property law. There is "
      "nothing wrong, I just don't want to leave an account behind.\n\n"
      "[[erasure|Please delete my PEXA user account and the personal details attached to it.]]\n\n"
      "If you must keep anything for legal reasons, let me know what and for how long.",
      L(r="erasure"),
      "A leaver's neutral request to delete her account and details: erasure, not a complaint; Greyfriars is only "
      "her former employer.",
      short="Left Greyfriars in January. [[erasure|Please delete my PEXA user account and the personal details on "
            "it.]] Thanks."),
    S(21, "pexa", ("staff", "Westcombe Lyle Solicitors", "westcombelyle.co.uk", "Associate Solicitor"),
      "Fraud alert note on my profile",
      "Last month your security team put a 'suspicious activity - under review' note on my user profile after a "
      "phishing email was sent from a spoofed address using my name. I have given your team everything they asked "
      "for. In the meantime my firm's administrator and at least one other firm's users can see the note, and I "
      "have been asked about it by a client's lender. It suggests I did something wrong, which I didn't.\n\n"
      "[[restriction|While your review continues, please stop showing that note to anyone outside your security "
      "team and do not use it for any other purpose.]]\n\nI'd like a reply this week.",
      L(c=True, pd=True, r="restriction", cat="personal_data"),
      "A misleading note on her profile shown to other users, with a reply expected: implicit personal_data "
      "complaint (data shown as a platform feature, not sent to the wrong person, so breach=false); stop using it "
      "while the review runs = restriction."),
    S(22, "pexa", C, "Identity check - can a person do it?",
      "My solicitor's letter says my identity will be checked 'automatically through the PEXA platform' before "
      "my sale completes. I'd rather that didn't happen without a human involved, as my passport and my bank use "
      "slightly different versions of my name.\n\n"
      "[[automated_decision|Can a member of staff carry out or review the check instead of it being decided "
      "automatically?]] "
      "[[informed|And what information about me will the check use, and where does it come from?]]\n\n"
      "Nothing has gone wrong, I'm just trying to avoid problems.",
      L(r="automated_decision,informed"),
      "A pre-emptive question with no dissatisfaction: asking for a person to decide = automated_decision, what "
      "data and where from = informed; not a complaint."),

    # ============================== PEXA: look-alikes ==============================
    S(23, "pexa", ("staff", "Tilbury Hirst Solicitors", "tilburyhirst.co.uk", "Head of Conveyancing"),
      "Duplicate workspaces - again",
      "For the second time this month your platform has created two identical workspaces when my team pressed "
      "'create' once. Both invited the other side, the lender accepted the wrong one, and we spent most of "
      "yesterday morning untangling it while the buyers waited.\n\n"
      "Please delete the duplicate workspace for 19 Hawthorn Rise (the one ending 5512), tell us why this keeps "
      "happening and confirm it has been fixed. I need a response by Friday.",
      L(c=True, cat="platform_defect"),
      "A repeated system fault with a fix and explanation demanded is an implicit platform_defect complaint; "
      "'delete the duplicate workspace' is about a workspace, not personal data, so rights=[]."),
    S(24, "pexa", ("staff", "Redmayne Ashcroft LLP", "redmayneashcroft.co.uk", "Practice Manager"),
      "Complaint - access removed after subscription migration",
      "I am writing to complain about last weekend's subscription migration. Since Monday, six of our nine users "
      "have no access to any workspace created before the migration, including three settling this week. Your "
      "helpdesk has logged it twice and nobody has come back to us.\n\n"
      "Please restore their access today and send us a written explanation of what went wrong. We will also want "
      "a copy of the workspace audit log for the three live matters so we can show our clients what happened.",
      L(c=True, ex=True, cat="platform_defect"),
      "An explicit complaint about a migration that broke users' access (platform_defect); 'access' to workspaces "
      "and a copy of a workspace audit log are system and matter records, not a request for anyone's personal data, "
      "so rights=[]."),
    S(25, "pexa", C, "Marsh & Penrose ignoring my request",
      "I bought my house through Marsh and Penrose last year. In February I asked them for a copy of all the "
      "personal data they hold on me, because I think they shared my bank details with a surveyor without asking. "
      "They have not replied to two letters and an email.\n\n"
      "I found your address on their completion statement. Please can you make them respond? I don't know who "
      "else to ask.",
      L(c=True, pd=True, firm="mpc", cat="personal_data"),
      "A consumer's grievance is purely her conveyancer's handling of her data request, so it is forwarded (mpc) "
      "with personal_data=true; the access request was made to Marsh & Penrose, not to PEXA, so rights=[]."),
    S(26, "pexa", ("staff", "Calder Mutual Building Society", "caldermutual.co.uk", "Operations Analyst"),
      "Monthly CSV export broken",
      "The 'export workspaces to CSV' report we pull on the first of each month has come out wrong since the "
      "March release: the settlement amount and settlement date columns are swapped for about half the rows and "
      "some rows are missing completely. We use the file for our month-end reconciliation and this month it took "
      "two people a full day to rebuild it by hand.\n\n"
      "Please fix the export and let us know when it will be working again.",
      L(c=True, cat="platform_defect"),
      "A faulty report that cost the lender time, with a fix asked for, is an implicit platform_defect complaint; "
      "a CSV of the lender's own workspaces is business data, not portability, so rights=[]."),
    S(27, "pexa", ("staff", "Penhallow Deakin Solicitors", "penhallowdeakin.co.uk", "Office Manager"),
      "User permissions - J Carver",
      "Please could you restrict the permissions on Jamie Carver's account so that he can view and prepare "
      "workspaces but can no longer sign or authorise settlement? He has moved from a fee-earner role to "
      "our post room team from Monday.\n\n"
      "Also, please update our registered office address on the participant record to 2 Chantry Court, Truro "
      "TR1 2AB.\n\nThanks.",
      L(),
      "A firm administrator's routine request to restrict a user's permissions and update the firm's address is "
      "account administration, not restriction or rectification of personal data; no dissatisfaction, so not a "
      "complaint."),
    S(28, "pexa", ("staff", "Bramhall Quinn Conveyancing", "bramhallquinn.co.uk", "Director"),
      "Keeping informed about the new lodgement screens",
      "We're looking forward to the new lodgement screens you mentioned in the last webinar. Could you keep me "
      "informed of the release date and any training you plan to run beforehand? I'd also like to make sure the "
      "two new starters on our team are on the invitation list.\n\n"
      "No problems at our end, the platform has been running smoothly.",
      L(),
      "'Keep me informed' about a release is a routine request, not the right to be informed about processing; "
      "praise and no grievance, so not a complaint."),
    S(29, "pexa", ("staff", "Heathcote Bank", "heathcotebank.co.uk", "Completions Team Leader"),
      "Workspace opened in error",
      "One of our team opened a workspace this morning for the wrong property (ref ending 2209). Could you erase "
      "that draft workspace, or let us know how to withdraw it ourselves? Nothing has been shared with the other "
      "side yet.\n\n"
      "Please also delete the PDF I attached to my previous email; it was the wrong version of our checklist.\n\n"
      "Thanks for your help.",
      L(),
      "'Erase the draft workspace' and 'delete the PDF' refer to a workspace and an attachment, not personal data; "
      "a neutral service request, so rights=[] and not a complaint."),
    S(30, "pexa", C, "Can I get access to the PEXA workspace to follow my purchase?",
      "My solicitor said my purchase is being done in PEXA. Is there a way for me to get access to the workspace so "
      "I can see how things are progressing, or is it only for the professionals?\n\nThanks.",
      L(),
      "Asking for access to a workspace to follow progress is access to a system, not a copy of personal data; a "
      "neutral question, so not a complaint.",
      subj_only="Can I get access to the PEXA workspace to follow my house purchase?"),

    # ============================== Conexus: rights ==============================
    S(31, "conexus", C, "Copy of my information - account CX-3318204",
      "I have had a lot of letters and calls from you about an old Pennant Mobile contract and I am trying to get "
      "my finances in order with a debt adviser.\n\n"
      "[[access|Please send me a copy of all the personal information you hold about me, including your notes and "
      "any recordings of phone calls.]]\n\n"
      "Email is fine. My date of birth is 22/09/1990 if you need it to find me.",
      L(r="access"),
      "A neutral request for a copy of all data held, notes and recordings included, is access; no dissatisfaction "
      "is expressed, so not a complaint.",
      short="Account CX-3318204. [[access|Please send me a copy of all the information you hold on me, including "
            "call recordings.]]"),
    S(32, "conexus", C, "Stop using my married name",
      "I divorced in 2023 and went back to my maiden name, Tregunna. I told you this on the phone in November and "
      "again in January, and sent a copy of the decree absolute. Your latest letter is still addressed to "
      "'Mrs K Hollister', and it went to my new address, where I live with my new partner. It is upsetting to "
      "keep seeing that name.\n\n"
      "[[rectification|Please correct the name on my account to Ms Kerenza Tregunna.]]\n\n"
      "Account ref CX-5502917. I would like confirmation in writing that this has been done.",
      L(c=True, pd=True, r="rectification", cat="personal_data"),
      "Her name held wrongly after two corrections, causing distress, with written confirmation expected: implicit "
      "personal_data complaint; 'correct the name on my account' = rectification.",
      names=[("Kerenza", "Tregunna")]),
    S(33, "conexus", ("rep", "Riverside Money Advice", "riversidemoneyadvice.org.uk", "Money Adviser"),
      "Client Mr Kwame Asante - CX-7720451 - payment history",
      "I act for Mr Kwame Asante, whose signed authority is attached. We are preparing a debt relief order "
      "application and I need his full payment record on this account.\n\n"
      "[[portability|Please send Mr Asante's payment history in a machine-readable format (CSV or Excel) so that "
      "I can import it into our budgeting software.]]\n\n"
      "Many thanks for your help.",
      L(r="portability", tp=True),
      "A money adviser writing for her client (third_party) asks for his payment data in CSV to load into "
      "software: portability; routine and polite, so not a complaint."),
    S(34, "conexus", C, "Your online plan tool turned me down in seconds",
      "I tried to set up a plan for £40 a month using your website. Within a few seconds it said my offer was "
      "'below the acceptable threshold' and told me to call. I have a budget sheet from StepChange showing £40 is "
      "all I can afford. The same evening I got a text pushing me to pay the balance in full.\n\n"
      "[[automated_decision|I want a real person to look at my budget and decide on my offer, not the "
      "computer.]] "
      "[[objection|I also object to you using my details to score or profile how likely I am to pay.]]\n\n"
      "Please get back to me this week. Ref CX-6029884.",
      L(c=True, r="automated_decision,objection", cat="process"),
      "An affordable offer refused automatically, with a reply expected, is an implicit complaint about the "
      "threshold rule (process); a person to decide = automated_decision, no scoring/profiling = objection; "
      "personal_data stays false because the grievance is the refusal."),
    S(35, "conexus", C, "Complaint - letters to my old address",
      "I am making a complaint. I moved out of 27 Hatter's Row in September and gave you my new address by phone "
      "on 2 October, and the call handler read it back to me. You kept writing to Hatter's Row anyway, and the new "
      "tenants opened two of your letters, which show my balance and the name of the creditor. One of them "
      "brought it round to my mum's house.\n\n"
      "[[rectification|Please make sure my address is updated to 5 Linnet Close, Wakefield WF2 8TQ.]] "
      "[[access|I also want a copy of every letter you have sent me since September and the recording of my "
      "2 October call.]]",
      L(c=True, ex=True, pd=True, br=True, r="rectification,access", cat="personal_data"),
      "An explicit complaint that letters with debt details went to the old address and were read by others (a "
      "breach, so personal_data true); update the address = rectification, copies of letters and the call "
      "recording = access."),
    S(36, "conexus", C, "My wife's account - wrong date of birth",
      "I am writing for my wife, Mrs Halima Begum, who is in hospital at the moment. Her signed authority for me "
      "to deal with this is attached. Your letter of 6 May gives her date of birth as 1961; she was born in 1971. "
      "Because of this your tracing agent contacted her aunt, who has the same name and lives in Oldham, and "
      "asked her about the debt. The family is now asking questions and my wife is very distressed.\n\n"
      "[[rectification|Please correct her date of birth on your records to 12/08/1971.]] "
      "[[restriction|Until that is done, please do not use her details for any further tracing.]]\n\n"
      "I expect a reply explaining how this happened.",
      L(c=True, pd=True, br=True, r="rectification,restriction", tp=True, cat="personal_data"),
      "A husband with written authority (third_party) reports a wrong date of birth that led to the debt being "
      "discussed with a relative (disclosure, so breach); implicit personal_data complaint; correct the date = "
      "rectification, no tracing meanwhile = restriction.", gender="m"),
    S(37, "conexus", C, "Why do you still have my details?",
      "I cleared my Sterling Credit loan with you in full in 2022 and have the settlement letter to prove it. This "
      "week I had an email from you asking me to 'update my contact preferences'. I have had nothing to do with you "
      "for three years and I don't want my details sitting on your system.\n\n"
      "[[erasure|Delete my personal data now that the account is closed.]]\n\n"
      "And please confirm you've done it.",
      L(c=True, pd=True, r="erasure", cat="personal_data"),
      "Being contacted years after a settled account, with deletion demanded and confirmation expected, is an "
      "implicit complaint about data kept and used unexpectedly; 'delete my personal data' = erasure.",
      short="Paid you off in 2022 and you're still emailing me. [[erasure|Delete my personal data, the account is "
            "closed.]] Confirm when done."),
    S(38, "conexus", C, "What did Pennant pass to you?",
      "Your letter says Pennant Mobile has transferred my old account to you for collection. I accept I owe the "
      "money and I'll be in touch about a plan.\n\n"
      "[[informed|Before that, could you tell me what information about me Pennant gave you, what you use it for "
      "and whether you share it with anyone else?]]\n\n"
      "Thanks. Ref CX-8841063.",
      L(r="informed"),
      "A neutral question about what data was received, its purpose and sharing is the right to be informed; the "
      "debt is accepted and nothing is disputed, so not a complaint."),
    S(39, "conexus", ("rep", "Kingsmead Citizens Advice", "kingsmeadca.org.uk", "Debt Caseworker"),
      "Client Ms Grace Ndlovu - Northline Energy - CX-2290176",
      "I am acting for Ms Grace Ndlovu, whose authority is enclosed. The Northline Energy bill you are collecting "
      "was based on estimated readings for a meter that was removed in 2024, and Northline has since accepted that "
      "the final bill needs to be recalculated. Ms Ndlovu should not be paying a figure the supplier itself says is "
      "wrong, and she has been very worried by the letters.\n\n"
      "Please put this right with Northline. "
      "[[restriction|In the meantime, please restrict the use of her data on this account to simply holding it "
      "until Northline issues the corrected bill.]]",
      L(c=True, r="restriction", tp=True, firm="nte", cat="debt_dispute"),
      "A caseworker (third_party) disputes a bill only the creditor can correct, so the complaint belongs to "
      "Northline (nte, debt_dispute); 'restrict the use of her data until corrected' is asked of Conexus = "
      "restriction; personal_data false because the grievance is the bill."),
    S(40, "conexus", C, "texts offering 'debt solutions'",
      "keep getting texts from you offering 'debt solutions from our trusted partners' with links to some IVA "
      "company. i never signed up for anything like this, i only have the one account with you which i pay every "
      "month. it feels like you have sold my number\n\n"
      "[[objection|i object to my number being used for marketing by you or anyone else]]\n"
      "[[informed|and i want to know who you have shared my details with]]\n\n"
      "ref CX-4417390",
      L(c=True, pd=True, r="objection,informed", cat="personal_data"),
      "Unwanted marketing texts and suspected sharing of his number, with an answer demanded: implicit "
      "personal_data complaint (no disclosure confirmed, so breach=false); object to marketing = objection, who "
      "it was shared with = informed.",
      bare=True,
      short="Stop the 'debt solutions' texts. [[objection|I object to my number being used for marketing.]] "
            "[[informed|Who have you shared my details with?]] CX-4417390"),
    S(41, "conexus", C, "Account settled - my records",
      "I made the final payment on my Beacon Home Finance account last Friday and your letter confirms a nil "
      "balance. Thank you for being patient with me over the last two years.\n\n"
      "[[portability|Please send me my full payment history as a CSV file so that I can add it to my mortgage "
      "broker's application system.]] "
      "[[erasure|Once that has gone, please delete my personal data except anything you are legally required to "
      "keep.]]\n\nAccount CX-1167532.",
      L(r="portability,erasure"),
      "A grateful customer with a settled account asks for a CSV to load into a broker's system (portability) and "
      "then deletion (erasure); thanks and no grievance, so not a complaint."),
    S(42, "conexus", C, "Complaint - hardship freeze refused by your system",
      "I want to complain about how my request for a hardship freeze was dealt with. I filled in your online form "
      "on Sunday night explaining that I have been signed off work with cancer treatment, and within a minute I had "
      "an email saying I 'do not meet the criteria'. No one has spoken to me. I was not even asked for my fit note.\n\n"
      "[[automated_decision|I want my request reviewed and decided by a person who has actually read what I "
      "wrote.]]\n\n"
      "Ref CX-9903318.",
      L(c=True, ex=True, r="automated_decision", cat="process"),
      "An explicit complaint that a hardship request was refused automatically (the procedure itself, so process); "
      "a person to review the decision = automated_decision; personal_data false because the grievance is the "
      "refusal, not the data."),
    S(43, "conexus", ("rep", "Fairhaven Debt Advice Trust", "fairhavendebt.org.uk", "Specialist Debt Adviser"),
      "Data subject access request - Mr Lukas Brandt - CX-6650248",
      "We act for Mr Lukas Brandt, whose signed form of authority is attached, and are reviewing all his debts "
      "before proposing a repayment plan.\n\n"
      "[[access|Please provide copies of all personal data held about Mr Brandt, including account notes, call "
      "recordings and correspondence.]] "
      "[[informed|Please also confirm the source of the data, the purposes for which it is processed and any third "
      "parties it has been shared with.]]\n\n"
      "Please send the response to this office.",
      L(r="access,informed", tp=True),
      "A debt adviser writing for a client (third_party) asks for copies (access) and an explanation of source, "
      "purpose and recipients (informed); routine, so not a complaint."),
    S(44, "conexus", C, "You told my workplace about my debt",
      "On Tuesday one of your agents phoned my office switchboard and, when the receptionist asked what it was "
      "about, told her it was about 'an overdue balance with Conexus'. She passed the message to my manager. I have "
      "been humiliated in front of people I work with. I have never given you my work number.\n\n"
      "I want an explanation and an apology. "
      "[[access|Send me a copy of the recording of that call.]] "
      "[[erasure|Then delete my work number from your records.]]\n\n"
      "Account CX-3073961.",
      L(c=True, pd=True, br=True, r="access,erasure", cat="personal_data"),
      "The debt was disclosed to a receptionist and a manager (breach), the main grievance is that disclosure, with "
      "an apology demanded: implicit personal_data complaint; the call recording = access, delete the work number "
      "= erasure."),
    S(45, "conexus", C, "How do you know about my benefits?",
      "Your letter of 14 June says my 'income appears to include Universal Credit and a part-time salary' and that "
      "I can afford more than my £25 a month. I never told you any of that. It feels like you've been digging into "
      "my private life.\n\n"
      "[[informed|Where did you get this information and what gives you the right to use it?]] "
      "[[access|Send me a copy of whatever report or data you obtained about my income.]] "
      "[[objection|I also object to you profiling my finances this way.]]\n\n"
      "I expect a full answer. CX-5268014.",
      L(c=True, pd=True, r="informed,access,objection", cat="personal_data"),
      "Data about his income obtained and used unexpectedly, with a full answer expected: implicit personal_data "
      "complaint; source and basis = informed, a copy of the report = access, objecting to profiling = objection."),
    S(46, "conexus", C, "New address for account CX-4815530",
      "I moved house last month. [[rectification|Please update the address on my account to Flat 3, 18 Cobden "
      "Street, Preston PR1 4LH.]] My phone number and email are the same.\n\nThanks.",
      L(r="rectification"),
      "A routine request to update her own address, with no dissatisfaction, is rectification on a non-complaint.",
      subj_only="[[rectification|Please update my address to Flat 3, 18 Cobden Street, Preston PR1 4LH - CX-4815530]]"),
    S(47, "conexus", C, "I am not Jason Mercer's account holder",
      "I split up with Jason Mercer in 2021. Since March I have had three letters from you at my address about his "
      "Westbury council tax arrears, and the last one was addressed to me as 'joint liable party'. I was never on "
      "that council tax account and I have never lived at the property it relates to. Your agent on the phone told "
      "me my name came up when they 'matched' his records.\n\n"
      "[[erasure|Please remove my details from his account entirely.]] "
      "[[restriction|Until you have done that, do not use my name or address in connection with his debt for "
      "anything.]]\n\n"
      "I need this sorted, it is causing problems with my new partner.",
      L(c=True, pd=True, r="erasure,restriction", cat="personal_data"),
      "Her details wrongly linked to an ex-partner's debt by Conexus's own matching is the handling of her data "
      "(personal_data, null firm because only Conexus linked her); remove her details = erasure, don't use them "
      "meanwhile = restriction."),
    S(48, "conexus", C, "Email address and payment history",
      "Two small things on account CX-2047719:\n\n"
      "- [[rectification|Your records have my email as d.oakes@hotmial.co.uk, so please correct it to "
      "d.oakes@hotmail.co.uk.]]\n"
      "- [[portability|Could you send my payment history as a CSV file so I can load it into my budgeting app?]]\n\n"
      "Everything else is fine, thanks.",
      L(r="rectification,portability"),
      "Correcting a misspelt email address = rectification, a CSV for a budgeting app = portability; nothing is "
      "wrong beyond a typo and no grievance is expressed, so not a complaint.",
      names=[("Dominic", "Oakes"), ("Deborah", "Oakes"), ("Daniel", "Oakes")]),
    S(49, "conexus", C, "'Litigation review' letter - question",
      "I received a letter saying my account has been 'selected for litigation review by our account assessment "
      "model'. I am on a payment plan and have not missed anything, so I assume this is a standard letter, but I'd "
      "like to understand it.\n\n"
      "[[informed|What information about me does the model use and where does it come from?]] "
      "[[automated_decision|If any decision about court action is going to be made by the model, I ask that a "
      "person makes it instead.]]\n\n"
      "Ref CX-7380125. Thank you.",
      L(r="informed,automated_decision"),
      "A calm question asking to understand the letter, with no dissatisfaction expressed: what data the model uses "
      "= informed, a person rather than the model = automated_decision; not a complaint."),
    S(50, "conexus", ("rep", "Office of Daniel Okereke MP", "parliament-mail.org.uk", "Caseworker"),
      "Constituent Mrs Beryl Haddon - CX-1934472 - unanswered request",
      "I am writing on behalf of my constituent, Mrs Beryl Haddon, who has provided written consent. On 10 January "
      "Mrs Haddon wrote to Conexus asking for a copy of her personal data. She has received no reply, not even an "
      "acknowledgement, despite two reminders. It is now well past the one-month deadline.\n\n"
      "Mrs Haddon wishes to complain about this delay. "
      "[[access|She asks again for a copy of all the personal data Conexus holds about her, including call "
      "recordings.]]\n\n"
      "I would be grateful for a reply to this office within 14 days.",
      L(c=True, ex=True, pd=True, r="access", tp=True, cat="personal_data"),
      "An MP's office (third_party) makes an explicit complaint about an ignored access request, so personal_data "
      "and category personal_data; re-requesting a copy of the data = access."),
    S(51, "conexus", C, "Customer research calls",
      "I've had two calls this month from someone doing 'customer research on behalf of Conexus'. I'm happy with "
      "how my account is being handled and I'll keep paying as agreed.\n\n"
      "[[objection|I object to my details being used for research or survey calls.]]\n\nThanks.",
      L(r="objection"),
      "Satisfied customer objecting to a secondary use of her data (research calls): objection, and not a complaint.",
      subj_only="[[objection|I object to my details being used for your customer research calls]]"),
    S(52, "conexus", C, "Lumen Water account - please hold my data",
      "I have raised a dispute directly with Lumen Water about the final bill on my old flat, and they have "
      "confirmed they are looking into it. This isn't a complaint about Conexus; your staff have been polite.\n\n"
      "[[restriction|While Lumen reviews the bill, please restrict processing of my data on this account to "
      "storage only.]] I will let you know the outcome.\n\nRef CX-6128840.",
      L(r="restriction"),
      "He says it isn't a complaint and raised the dispute with the creditor himself; asking Conexus to hold his "
      "data in storage only is restriction; no grievance with Conexus, so complaint=false."),
    S(53, "conexus", ("rep", "Ambrose Kettle Solicitors", "ambrosekettle.co.uk", "Solicitor"),
      "Formal complaint - our client Ms Sofia Marchetti - CX-8857261",
      "We act for Ms Sofia Marchetti (authority enclosed). Since April Conexus has written to and telephoned our "
      "client about a Sterling Credit loan taken out in the name of a different Sofia Marchetti, born in 1979 and "
      "living in Luton. Our client was born in 1994 and has never lived in Luton. She told your agent this on 2 May "
      "and the calls have continued.\n\n"
      "This letter is a formal complaint on her behalf. "
      "[[informed|Please explain how our client's details came to be linked to this account and where they were "
      "obtained.]] "
      "[[erasure|Please then erase her personal data from the account.]] "
      "We also require written confirmation that no further contact will be made with her about it.",
      L(c=True, ex=True, pd=True, r="informed,erasure", tp=True, cat="debt_dispute"),
      "A solicitor's formal complaint (third_party) that Conexus is pursuing the wrong person: the debt is not owed "
      "(debt_dispute, null firm as the mismatch is Conexus's), with her data obtained and used wrongly "
      "(personal_data); how her details were linked = informed, erase them = erasure; 'no further contact' is a "
      "conduct remedy."),

    # ============================== Conexus: look-alikes ==============================
    S(54, "conexus", C, "I object to being chased for this",
      "I object to being chased for this account. I paid the full balance of £612.40 to you by bank transfer on "
      "14 March, I have the receipt from my bank, and your own letter of 20 March said the account was closed. Now "
      "I've had a new letter saying I owe £612.40 and threatening further action.\n\n"
      "Please correct your records to show a nil balance and confirm in writing that the account is settled. "
      "CX-4093372.",
      L(c=True, cat="debt_dispute"),
      "A paid debt still pursued by Conexus is an implicit debt_dispute complaint; 'I object to being chased' is "
      "not the right to object, and correcting the balance is fixing the debt (as in the guide's fee-correction "
      "example), not rectification, so rights=[]."),
    S(55, "conexus", C, "calls",
      "thats 5 calls today and 4 yesterday. i told your man on monday i get paid on the 28th and will ring you "
      "then. stop calling me at work and stop calling my mum's house, she's 80. this is harassment\n\nCX-5519026",
      L(c=True, cat="collection_conduct"),
      "Too many calls, at work and to a relative, with a demand to stop, is an implicit collection_conduct "
      "complaint; 'stop calling me' is a conduct remedy, not objection, so rights=[].", bare=True,
      short="5 calls today, 4 yesterday. stop calling me at work and stop ringing my mum. CX-5519026"),
    S(56, "conexus", C, "Complaint - 'breach of arrangement' fee",
      "I want to make a complaint about the £35 'breach of arrangement' fee you have added to my account. My "
      "payment is due on the 1st; the 1st was a bank holiday Monday and the money left my account on the Tuesday. "
      "That is not a breach of anything. I have paid on time for 19 months.\n\n"
      "Please remove the fee and send me an updated statement. Ref CX-2876603.",
      L(c=True, ex=True, cat="fees_charges"),
      "An explicit complaint about a fee added to the account is fees_charges; 'breach' means the arrangement, not "
      "a data breach, and an updated statement is account servicing, so breach=false and rights=[]."),
    S(57, "conexus", C, "£60 charge on my balance",
      "My balance went up by £60 this month and the statement just says 'collection cost'. Where did this charge "
      "come from, what is it for and on what basis can you add it? Nobody told me about any charges when I agreed "
      "the plan. I want it explained and taken off.\n\nAccount CX-9120458.",
      L(c=True, cat="fees_charges"),
      "Asking where a charge came from and on what basis sounds like the right to be informed but is about a fee, "
      "not personal data: implicit fees_charges complaint, rights=[]."),
    S(58, "conexus", ("rep", "Eastbrook Money Advice Service", "eastbrookmoneyadvice.org.uk", "Money Adviser"),
      "Client Mr Tomasz Wrobel - authority refused",
      "This is the third time Conexus has refused to speak to me about Mr Wrobel's account because our authority "
      "form is 'not on your template'. It is a standard signed letter of authority that every other creditor "
      "accepts. Meanwhile Mr Wrobel cannot get access to any information through me and is getting calls he "
      "cannot cope with.\n\n"
      "Please accept the attached authority, update me on the account balance, and explain why your process "
      "requires your own form.",
      L(c=True, tp=True, cat="process"),
      "A money adviser (third_party) objects to the rule requiring Conexus's own authority form, with an "
      "explanation demanded: implicit process complaint; 'update me on the balance' and 'access to information' "
      "through an adviser are account servicing, not data rights, so rights=[]."),
    S(59, "conexus", C, "Change of payment date",
      "I've changed jobs and now get paid on the 15th rather than the 28th. Could you change my payment date to "
      "the 15th from next month? Please update the plan so I don't get a missed-payment letter by mistake.\n\n"
      "Thanks for your help. CX-7731150.",
      L(),
      "Moving a payment date is a routine service request; 'update the plan' is not rectification of inaccurate "
      "data; no dissatisfaction, so not a complaint."),
    S(60, "conexus", ("rep", "Harbourside Debt Advice", "harboursidedebt.org.uk", "Debt Adviser"),
      "Client Ms Leah Dorrington - 30 day hold - CX-3645087",
      "I have been instructed by Ms Leah Dorrington (authority attached) and we are preparing a full financial "
      "statement. Please place a 30-day hold on all collection activity on her account while we do this. I will "
      "send a payment offer before the hold ends.",
      L(tp=True),
      "A money adviser (third_party) asking for a standard collections hold is a service request, not restriction "
      "of processing; 'personal data' and 'delete' sit only in the disclaimer; no grievance, so not a complaint.",
      tail="This email may contain personal data and is intended only for the addressee. If you have received it "
           "in error, please delete it and notify the sender."),
]

# ---------------------------------------------------------------------------------------------
# rendering

ENV_POOL = ["plain", "plain", "html", "reply", "reply", "typos", "typos", "html_reply", "reply_typos"]


def make_sender(rng, sc):
    """(display name, address, signature lines) for one rendering: draws gender, first name, surname and the
    address pattern."""
    if sc["names"]:
        first, last = rng.choice(sc["names"])
    else:
        g = sc["gender"] or rng.choice("fm")
        first = rng.choice(FIRST_F if g == "f" else FIRST_M)
        last = rng.choice(SURNAMES)
    who = sc["who"]
    if who[0] == "consumer":
        pat = rng.randrange(5)
        local = [f"{first}.{last}", f"{first}{last}{rng.randrange(60, 99)}", f"{first[0]}.{last}",
                 f"{last}.{first}", f"{first}_{last[0]}"][pat].lower()
        addr = f"{local}@{rng.choice(PERSONAL_DOMAINS)}"
        sig = [rng.choice([f"{first} {last}", first, f"{first[0]}. {last}", f"{first} {last}"])]
    else:
        _, org, domain, title = who
        local = [f"{first}.{last}", f"{first[0]}{last}", f"{first}"][rng.randrange(3)].lower()
        addr = f"{local}@{domain}"
        sig = [f"{first} {last}", title, org]
        if rng.random() < 0.4:
            sig.append(f"Tel: 0{rng.randrange(1000, 2000)} {rng.randrange(100000, 999999)}")
    display = rng.choice([f"{first} {last}", f"{first} {last}", f"{last}, {first}"]) \
        if who[0] != "consumer" else rng.choice([f"{first} {last}", f"{first} {last}", f"{first[0]} {last}"])
    return f"{display} <{addr}>", sig


def render(rng, sc, env):
    """One record of scenario sc in envelope env."""
    sender, sig = make_sender(rng, sc)
    mailbox = sc["mailbox"]
    subject_m = sc["subject"]
    if env == "subject_only":
        subject_m, body = sc["subj_only"], ""
    elif env == "short":
        body = sc["short"] + "\n\n" + sig[0].split(" ")[0]
    else:
        core = sc["body"]
        if "typos" in env:
            core = typos_outside_marks(core, rng, MARK_RIGHTS, 0.35)
        if sc["bare"]:
            body = core + "\n\n" + sig[0].split(" ")[0]
        else:
            greet = rng.choice(GREET_DP if sc["dp"] and rng.random() < 0.5 else GREET[mailbox])
            thanked = "thank" in core.rstrip().rsplit("\n", 1)[-1].lower()
            signoff = rng.choice(SIGNOFF_AFTER_THANKS if thanked else SIGNOFF)
            body = greet + "\n\n" + core + "\n\n" + signoff + "\n" + "\n".join(sig)
        if sc["tail"]:
            body += "\n\n" + sc["tail"]
    quote = None
    if "reply" in env:
        # the privacy / data protection team's acknowledgement (the last one) only above a rights request
        pool = QUOTES[mailbox] if sc["labels"]["rights"] else QUOTES[mailbox][:-1]
        team, text = rng.choice(pool)
        quote = (f"On {rng.randrange(1, 28)} {rng.choice(MONTHS)} 2027, at {rng.randrange(8, 18)}:"
                 f"{rng.randrange(0, 60):02d}, {team} wrote:", text)
    subject_marks = rights_marks_of(subject_m)
    body_marks = rights_marks_of(body)
    marked = {r for r, _ in subject_marks + body_marks}
    assert marked == set(sc["labels"]["rights"]), (sc["sid"], env, marked)
    return finish_marked_record(
        rng, mailbox=mailbox, sender=sender, subject=strip_marks(subject_m, MARK_RIGHTS),
        body=strip_marks(body, MARK_RIGHTS), html="html" in env, quote=quote, subject_marks=subject_marks,
        body_marks=body_marks, labels=sc["labels"], note=sc["note"], source=sc["sid"], env=env)


def envelopes(rng, sc):
    """The two envelope names of a scenario: a short or subject-only version when it has one, otherwise two
    different draws from ENV_POOL."""
    first = "subject_only" if sc["subj_only"] else "short" if sc["short"] else rng.choice(ENV_POOL)
    second = rng.choice(ENV_POOL)
    while second == first:
        second = rng.choice(ENV_POOL)
    return [first, second]


def build(rng):
    assert len({s["sid"] for s in SCENARIOS}) == len(SCENARIOS) == 60
    records = []
    for sc in SCENARIOS:
        assert all(r in RIGHTS for r in sc["labels"]["rights"])
        for env in envelopes(rng, sc):
            records.append(render(rng, sc, env))
    return records


def summary(records, env_count):
    scen = {s["sid"]: s for s in SCENARIOS}
    lines = [f"wrote {os.path.relpath(OUT, ROOT)}: {len(records)} emails from {len(scen)} scenarios "
             f"({sum(s['mailbox'] == 'pexa' for s in SCENARIOS)} {FIRM_NAMES['pexa']}, "
             f"{sum(s['mailbox'] == 'conexus' for s in SCENARIOS)} {FIRM_NAMES['conexus']})"]
    for r in RIGHTS:
        e = sum(r in rec["labels"]["rights"] for rec in records)
        s = sum(r in sc["labels"]["rights"] for sc in SCENARIOS)
        lines.append(f"  {r}: {e} emails, {s} scenarios")
    look = [s for s in SCENARIOS if not s["labels"]["rights"]]
    lines.append(f"  look-alikes (rights []): {len(look)} scenarios, {sum(s['labels']['complaint'] for s in look)} "
                 f"of them complaints")
    lines.append(f"  multi-right scenarios: {sum(len(s['labels']['rights']) > 1 for s in SCENARIOS)}; "
                 f"complaints: {sum(s['labels']['complaint'] for s in SCENARIOS)} scenarios; "
                 f"third party: {sum(s['labels']['third_party'] for s in SCENARIOS)} scenarios")
    lines.append("  envelopes: " + ", ".join(f"{k} {v}" for k, v in sorted(env_count.items())))
    return "\n".join(lines)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=marked_record_errors)


if __name__ == "__main__":
    sys.exit(main())
