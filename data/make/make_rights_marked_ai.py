#!/usr/bin/env python3
"""Rights-marked evaluation set "ai": 60 hand-written scenarios (30 pexa, 30 conexus), each rendered twice.

45 scenarios ask the receiving firm to act on one to three UK GDPR rights (every request sentence written inline
as [[right|sentence]] and kept verbatim as a request_sentences mark); 15 are look-alikes with rights [] ("access"
to a website, "delete" a duplicate workspace, "stop phoning her", a right asked of another firm, a copy of a credit
agreement, a creditor's report to correct ...). Labels follow the labelling guide; each scenario's note gives the
rule used. Every person, address and reference number is invented.

Output: data/trials/rights_marked_ai.jsonl (stdlib only; deterministic for SEED).
"""
import os
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (MARK_RIGHTS, RIGHTS, finish_marked_record, letter_edit,  # noqa: E402
                           marked_record_errors, rights_marks_of, run_generator, short_labels, strip_marks,
                           typos_outside_marks)

SEED = 20271003
PREFIX = "rmai"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "rights_marked_ai.jsonl")

L = short_labels

# ---------------------------------------------------------------------------------------------
# people and envelopes

FEMALE = ["Amelia", "Sarah", "Priya", "Joanne", "Chloe", "Niamh", "Fatima", "Helen", "Grace", "Olivia", "Rachel",
          "Aisha", "Bethany", "Claire", "Emma", "Kirsty", "Lucy", "Megan", "Nadia", "Rebecca", "Sian", "Tamsin",
          "Yasmin", "Zoe", "Hannah", "Katarzyna", "Deborah", "Imogen", "Leanne", "Mariam"]
MALE = ["James", "Oliver", "Tom", "Daniel", "Mohammed", "Gareth", "Liam", "Connor", "Imran", "Paul", "Stephen",
        "Ben", "Callum", "David", "Ewan", "Harry", "Jamal", "Kieran", "Marcus", "Neil", "Owen", "Rhys", "Simon",
        "Tariq", "Wayne", "Adam", "Graham", "Luke", "Michael", "Piotr"]
SURNAMES = ["Ashworth", "Bennett", "Chaudhry", "Doherty", "Ellis", "Fairclough", "Garside", "Hussain", "Iqbal",
            "Jenkins", "Kowalski", "Lawson", "McAllister", "Nwosu", "Okafor", "Pritchard", "Quinlan", "Rowntree",
            "Sandhu", "Thornton", "Underwood", "Varley", "Whitfield", "Yates", "Atherton", "Barraclough",
            "Cartwright", "Dunmore", "Entwistle", "Fenwick", "Gallagher", "Holroyd", "Kaur", "Lindley", "Mensah",
            "Norcross", "Osei", "Penhale", "Ridley", "Stanworth", "Tennant", "Wainwright", "Brennan", "Castell"]
PERSONAL_DOMAINS = ["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.co.uk", "btinternet.com", "icloud.com",
                    "proton.me", "sky.com", "live.co.uk"]

GREETINGS = {
    "pexa": ["Hello,", "Hi,", "Dear Sir or Madam,", "Good morning,", "Good afternoon,", "To whom it may concern,",
             "Dear PEXA team,", "Dear PEXA,", "Hello PEXA,", ""],
    "conexus": ["Hello,", "Hi,", "Dear Sir or Madam,", "Dear Sir/Madam,", "Good morning,", "To whom it may concern,",
                "Dear Conexus,", "Dear Conexus team,", "Hi there,", ""],
}
SIGNOFFS = ["Kind regards,", "Regards,", "Many thanks,", "Thanks,", "Best wishes,", "Yours faithfully,",
            "Yours sincerely,", "Thank you,", "Best,", ""]
QUOTE_FROM = {"pexa": ["PEXA Support <support@pexa.co.uk>", "PEXA Customer Care <customercare@pexa.co.uk>",
                       "PEXA Service Desk <servicedesk@pexa.co.uk>"],
              "conexus": ["Conexus <complaints@conexus-services.com>",
                          "Conexus Customer Services <customerservices@conexus-services.com>",
                          "Conexus Data Protection <dataprotection@conexus-services.com>"]}
QUOTE_TEXT = {
    "pexa": [
        "Thank you for contacting PEXA. Your message has been logged under reference {ref} and a member of our "
        "team will be in touch within five business days.\n\nPEXA Customer Support",
        "Hello,\n\nThanks for getting in touch. I've passed your message to the relevant team (case {ref}) and "
        "they will reply to you directly.\n\nKind regards\nPEXA Service Desk",
        "Good afternoon,\n\nWe have received your email and opened case {ref}. Please quote this number in any "
        "further correspondence.\n\nRegards\nPEXA Customer Care",
    ],
    "conexus": [
        "Thank you for your email. We have recorded it under case number {ref} and will respond as soon as "
        "possible.\n\nConexus Customer Services",
        "Dear Customer,\n\nWe acknowledge receipt of your correspondence (our reference {ref}). A member of the "
        "team will review it and write to you shortly.\n\nYours sincerely\nConexus",
        "Hello,\n\nThank you for contacting Conexus. Your message has been passed to the appropriate team under "
        "reference {ref}.\n\nKind regards\nConexus Customer Services",
    ],
}
DATES = ["2 March 2026", "17 March 2026", "8 April 2026", "23 April 2026", "5 May 2026", "19 May 2026",
         "27 May 2026", "3 June 2026", "11 June 2026", "24 June 2026"]

MPS = ["Alison Kerridge", "Mark Delaney", "Sunita Bhatt", "Robert Haines", "Joanna Pell", "Victor Amadi"]

ENV_WEIGHTS = [("plain", 3), ("html", 2), ("reply", 2), ("html_reply", 1), ("typo", 2), ("typo_reply", 1),
               ("short", 4), ("subject", 6)]


# ---------------------------------------------------------------------------------------------
# the scenarios


def S(n, mailbox, role, sender, subject, body, labels, note, *, short=None, subj=None, quote=None, sig="",
      gender=None, client_gender=None, client_same_last=False):
    """One scenario. sender: ("personal",) or ("org", domain); body/short/subj are marked texts with {TOKENS}."""
    return {"n": n, "mailbox": mailbox, "role": role, "sender": sender, "subject": subject, "body": body,
            "labels": labels, "note": note, "short": short, "subj": subj, "quote": quote, "sig": sig,
            "gender": gender, "client_gender": client_gender, "client_same_last": client_same_last}


P, C = "pexa", "conexus"
PERS = ("personal",)

SCENARIOS = [
    # ------------------------------------------------------------------ PEXA: rights
    S(1, P, "settlement officer at a non-directory lender", ("org", "redcliffemutual.co.uk"),
      "User profile still in my old surname",
      "I got married in March and my surname changed from {OLD} to {LAST}. Our user administrator updated my name "
      "in our own systems straight away and raised it with your support desk on 4 April and again on 29 April, but "
      "your platform still shows me as {FIRST} {OLD} on every workspace, including on the settlement notices that "
      "go to other participants.\n\nIt is embarrassing to keep explaining to solicitors that the person on the "
      "notice and the person on the phone are the same, and one firm held up a completion last week while they "
      "checked I was authorised.\n\n[[rectification|Please change the name on my user profile to {FIRST} {LAST}.]] "
      "[[restriction|Until that is done, please stop showing my old surname on any new workspace notices.]]\n\n"
      "Could someone let me know when this will be sorted? Two requests through the support desk have gone nowhere.",
      L(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
      "An outdated name shown to other participants after two ignored requests, with a fix expected, is an implicit "
      "complaint about inaccurate personal data (personal_data); 'change my name' = rectification and 'stop showing "
      "the old surname until it is done' = restriction.",
      short="My surname changed to {LAST} in March and your platform still shows {FIRST} {OLD} on settlement "
            "notices, after two requests through support. [[rectification|Please change the name on my user "
            "profile to {FIRST} {LAST}.]] [[restriction|Until then, please stop showing the old surname on new "
            "workspaces.]]",
      sig="Settlement Officer\nRedcliffe Mutual"),
    S(2, P, "former user who left a directory lender", PERS,
      "Leaving the platform - my data",
      "Until the end of last month I was a post-completion officer at Heathcote Bank with my own PEXA login. I've "
      "now moved to a role outside conveyancing, so I won't need the account again.\n\nI'd be grateful if you "
      "could deal with three things for me:\n\n[[access|First, please send me a copy of the personal data you hold "
      "about me, including my user profile and the activity log linked to my login.]]\n[[portability|Second, "
      "please provide my training and accreditation records as a CSV or JSON file so that I can upload them to my "
      "new employer's learning platform.]]\n[[erasure|Once both have been sent, please delete my user account and "
      "my personal details.]]\n\nIf you need to keep anything for regulatory reasons, just tell me what and for how "
      "long. Everything worked well while I used it; this is purely tidying up.",
      L(r="access,portability,erasure"),
      "A neutral housekeeping request with no dissatisfaction is not a complaint: a copy of the data = access, "
      "training records as CSV/JSON to load elsewhere = portability, delete the account = erasure; Heathcote is only "
      "the former employer."),
    S(3, P, "home buyer surprised by a survey from PEXA", PERS,
      "Why are you emailing me?",
      "I'm buying a flat and last night I got an email from PEXA asking me to 'rate my settlement experience' and "
      "to tick a box to receive 'property insights'. I had never heard of your company, never gave you my email "
      "address and certainly never agreed to be surveyed by you.\n\nMy solicitor says the platform is something "
      "they use behind the scenes, which is fine, but that doesn't explain why you think you can contact me "
      "directly.\n\n[[informed|I want to know where you got my email address from and what you are using it "
      "for.]] [[objection|I also object to my details being used for surveys, marketing or anything else that "
      "isn't strictly needed to complete my purchase.]]\n\nPlease reply to this address.",
      L(c=True, pd=True, r="informed,objection", cat="personal_data"),
      "A buyer annoyed that PEXA itself used her email address unexpectedly, demanding a reply, is an implicit "
      "personal-data complaint about PEXA's own conduct (no participant firm blamed, so firm null); source and "
      "purpose = informed, objecting to surveys and marketing = objection.",
      gender="f"),
    S(4, P, "partner of a small conveyancing practice refused at onboarding", ("org", "tallisconveyancing.co.uk"),
      "Registration refused by your system with no reason",
      "We are a two-partner conveyancing practice in Harrogate and applied to join PEXA on 12 May because two of "
      "our regular lenders now insist on digital settlement. The online identity check on my co-partner and me "
      "came back 'Declined - risk threshold' within a few minutes. There is no appeal button, the chat assistant "
      "just repeats that the decision is final, and nobody has phoned or written.\n\nWe have been in practice for "
      "eleven years and both hold full licences, so we cannot see what the check could have found. In the meantime "
      "we have had to refer a remortgage to another firm.\n\n[[automated_decision|I would like a member of your "
      "onboarding team, not the automated check, to reconsider our application and the documents we "
      "uploaded.]]\n\nPlease let me know who will be looking at it and when.",
      L(c=True, r="automated_decision", cat="onboarding"),
      "Being refused at registration with business lost and a reply expected is an implicit onboarding complaint; "
      "asking for a person rather than the automated check to decide = automated_decision, and personal_data stays "
      "false because the grievance is the refusal, not the handling of data.",
      sig="Partner\nTallis Conveyancing"),
    S(5, P, "conveyancing assistant in an employment dispute", PERS,
      "Request for my login records",
      "I am a conveyancing assistant at a firm that uses PEXA. My employer has started a disciplinary process and "
      "says that I signed off a settlement on 19 February while I was on leave. I believe someone else used a "
      "shared computer while my session was open, and I need the records to show this.\n\n[[access|Please send me "
      "a copy of the personal data you hold about me, in particular the login history, IP addresses and audit "
      "trail entries recorded against my user ID between 1 February and 31 March.]]\n\nMy user ID is {UID} and my "
      "registered email is this one. I am happy to provide ID if you need it. I have a meeting with HR on the 28th, "
      "so anything before then would be a great help.",
      L(r="access"),
      "A neutral request for a copy of her own login and audit records is access; the dispute is with her employer, "
      "not PEXA, and a deadline is urgency rather than dissatisfaction, so complaint=false.",
      short="I need a copy of my PEXA login records for a disciplinary meeting with my employer on the 28th. "
            "[[access|Please send me a copy of the personal data you hold about me, including the login history and "
            "audit trail entries for user ID {UID} from 1 February to 31 March.]]"),
    S(6, P, "seller whose surname is misspelt on a settlement statement", PERS,
      "Spelling of my name on your records",
      "My solicitors, Marsh & Penrose, forwarded me a settlement statement for the sale of my house, and they tell "
      "me the statement is produced from your platform. It gives my name as {FIRST} {MISSPELL}, but my surname is "
      "spelt {LAST}. [[rectification|Could you please correct the spelling of my surname in your records for "
      "workspace {WS}?]] I've let my solicitors know as well.\n\nMany thanks, and there's no rush before "
      "completion next month.",
      L(r="rectification"),
      "A polite request to correct a misspelt surname is rectification with no dissatisfaction, so not a "
      "complaint; Marsh & Penrose are only mentioned as her solicitors.",
      subj="Workspace {WS}: [[rectification|please correct my surname to {LAST} in your records]]"),
    S(7, P, "son with power of attorney for an elderly seller", PERS,
      "My father's details - {CLIENT}",
      "I help my father, {CLIENT}, with his correspondence; he is 84 and I hold a lasting power of attorney for his "
      "property and financial affairs. He is selling his bungalow and has had several emails from your platform "
      "about verifying his identity and signing in to the workspace, which confused him a great deal.\n\nHis "
      "solicitors have explained what the platform does, and the sale itself is going fine. [[access|Could you "
      "please send me a copy of the personal information PEXA holds about my father?]] I would like to check which "
      "email address and phone number you have for him, as I think some of the messages went to an old "
      "account.\n\nI can send a copy of the power of attorney if that helps.",
      L(tp=True, r="access"),
      "An attorney son asking for a copy of his father's data writes on someone else's behalf (third_party) and "
      "makes an access request; confusion without a grievance or remedy is not a complaint.",
      gender="m", client_gender="m", client_same_last=True),
    S(8, P, "senior associate whose account was suspended by automated screening", ("org", "brightwaterlegal.co.uk"),
      "Formal complaint - account suspended by your risk screening",
      "I am making a formal complaint about the suspension of my PEXA user account on Tuesday morning.\n\nAt 9.14 I "
      "logged in from the office as normal, and by 9.20 my account was locked with a message saying it had been "
      "'suspended following automated risk screening'. I was the signatory on three completions that day. A "
      "colleague had to take them over at no notice and one still missed the afternoon deadline, leaving our "
      "clients sitting in a removal van.\n\nYour support desk told me the screening had flagged a 'behavioural "
      "anomaly' and that they could not override it until the security team had reviewed it, which took until "
      "Thursday. Nobody warned me and nobody has said what the anomaly was.\n\n[[automated_decision|I want a person "
      "at PEXA, not the screening system, to review that decision.]] [[informed|I also want to be told what "
      "information about me the screening uses and how it decided I was a risk.]]\n\nI expect a written response "
      "that also deals with our clients' costs for the missed completion.",
      L(c=True, ex=True, r="automated_decision,informed", cat="process"),
      "An explicit complaint whose grievance is the rule that lets automated screening suspend a signatory with no "
      "warning or human override (process); a person to review = automated_decision, what data the screening "
      "uses = informed, and personal_data stays false because the grievance is the suspension rule.",
      sig="Senior Associate\nBrightwater Legal"),
    S(9, P, "trainee signatory with a wrong assessment result", ("org", "oakhurstlaw.co.uk"),
      "Assessment result wrong on my training record",
      "I sat the Settlement Essentials assessment on 8 May and the screen at the end said I had passed with 88%. "
      "Two days later my training record changed to 'Not passed - resit required', and my firm's administrator "
      "has now been told I cannot be given signing rights until I resit.\n\nI have a screenshot of the pass "
      "screen. This is holding up my move into the completions team and frankly it's embarrassing to be told I "
      "failed something I passed.\n\n[[rectification|Please correct my training record to show the pass.]] "
      "[[restriction|Until you have checked it, please don't show the fail result to my firm's "
      "administrators.]]\n\nI'd like an answer by the end of next week.",
      L(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
      "A wrong result on her own training record is inaccurate personal data, so the implicit complaint is "
      "categorised personal_data rather than training; correct it = rectification, don't show it until checked = "
      "restriction.",
      short="My training record says 'Not passed' for the Settlement Essentials assessment I passed with 88% on "
            "8 May, and it's blocking my signing rights. [[rectification|Please correct my training record to show "
            "the pass.]] [[restriction|Until it's checked, please don't show the fail result to my firm's "
            "administrators.]]",
      sig="Conveyancing Executive\nOakhurst Property Lawyers"),
    S(10, P, "former user receiving marketing at a personal address", PERS,
      "Marketing emails to my personal address",
      "I left Greyfriars Law in January and have not used PEXA since. This month I've had four emails from your "
      "marketing team at my personal address, inviting me to webinars and a 'Digital Conveyancing Summit'. The only "
      "place you could have got this address is the sign-up form for a single training session two years ago, "
      "which was for work.\n\nI never signed up to marketing, it's intrusive, and I'd rather not keep getting "
      "these. [[objection|I object to PEXA using my personal details for marketing in any form.]] Please confirm "
      "that this has been actioned.",
      L(c=True, pd=True, r="objection", cat="personal_data"),
      "Unwanted marketing to an address given for another purpose, with confirmation demanded, is an implicit "
      "complaint about unexpected use of personal data; 'I object to ... marketing' = objection, and Greyfriars is "
      "only her former employer.",
      short="I left Greyfriars Law in January and your marketing team keeps emailing my personal address, which I "
            "only ever gave for a training session. It's intrusive. [[objection|I object to PEXA using my personal "
            "details for marketing in any form.]]"),
    S(11, P, "remortgaging borrower blaming a directory lender", PERS,
      "Remortgage mess - Heathcote figures",
      "My remortgage away from Heathcote was supposed to complete last Friday. Heathcote's redemption statement, "
      "which my conveyancer uploaded to the workspace, was £2,340 lower than what Heathcote then said I owed on the "
      "day, so the funds were short and completion failed. Heathcote told me it was 'a system figure' and that I "
      "need to pay the difference plus another month's interest.\n\nI understand from my conveyancer that you only "
      "run the platform and didn't produce the figure, so please pass this to whoever at Heathcote deals with these "
      "things. I want them to explain the wrong statement and cover the extra interest.\n\n[[access|Separately, "
      "please send me a copy of the personal data PEXA holds about me in connection with this remortgage.]]",
      L(c=True, r="access", cat="inaccurate_information", firm="hcb"),
      "A borrower's complaint purely about Heathcote's wrong redemption statement is forwarded (hcb, "
      "inaccurate_information), but the copy of his data he asks PEXA itself for is still an access request of the "
      "receiving firm."),
    S(12, P, "litigation solicitor acting for a former buyer", ("org", "carrowfinch.co.uk"),
      "Subject access request on behalf of our client {CLIENT}",
      "We act for {CLIENT} of 14 Wyvern Close, Taunton, in a professional negligence claim against the "
      "conveyancers who handled her purchase in 2024. Her signed authority is attached.\n\n[[access|Under Article "
      "15 UK GDPR, please provide a copy of all personal data PEXA holds about our client, including workspace "
      "records, notifications sent to her and any audit trail entries that identify her.]] [[portability|Where "
      "the data is held electronically, please supply it in a structured, machine-readable format such as CSV so "
      "that it can be loaded into our document review system.]]\n\nPlease correspond with the writer, quoting our "
      "reference {OURREF}.",
      L(tp=True, r="access,portability"),
      "A solicitor writing for a client (third_party) with formal requests and no grievance against PEXA is not a "
      "complaint; a copy of all data = access, a machine-readable file to load into another system = "
      "portability.",
      client_gender="f", sig="Associate\nCarrow & Finch LLP"),
    S(13, P, "licensed conveyancer renewing her licence", PERS,
      "Export of my training history",
      "I'm a licensed conveyancer and I'm renewing my licence next month. The regulator's new CPD portal lets me "
      "upload records in bulk from a spreadsheet. [[portability|Please could you send me my PEXA training and "
      "accreditation records in a machine-readable file, ideally CSV, so that I can import them into the "
      "portal?]] The PDF certificates on my dashboard are fine for my own file, but the portal won't read them.",
      L(r="portability"),
      "Asking for her own records in a machine-readable file to import into another system is portability; a "
      "neutral request, so complaint=false.",
      subj="[[portability|Please send my PEXA training records as a CSV file so I can import them into the CPD "
           "portal]]"),
    S(14, P, "buyer whose digital identity check failed", PERS,
      "Identity check - can a person look at it?",
      "My solicitors have asked me to complete the digital identity check on your platform for my purchase. I have "
      "tried twice, and both times it has said 'We could not verify you'. I think the problem is that my passport "
      "is in my previous name and my bank account is in my current one.\n\nMy solicitors say they can verify me in "
      "person if needed, so this isn't urgent. [[automated_decision|But if the result is an automatic decision by "
      "your system, I would like someone at PEXA to review it rather than leaving it at that.]] I'm happy to send "
      "a copy of my marriage certificate.",
      L(r="automated_decision"),
      "A calm request, with no grievance, for a person to review an automatic verification result is "
      "automated_decision without a complaint.",
      short="Your identity check has said 'We could not verify you' twice, probably because my passport is in my "
            "previous name. [[automated_decision|If that is an automatic decision by your system, I would like "
            "someone at PEXA to review it.]]"),
    S(15, P, "new user whose passport scan was emailed to another firm", ("org", "lindenrowsolicitors.co.uk"),
      "Complaint - my passport sent to another firm",
      "I want to make a complaint about how my identity documents were handled.\n\nWhen I joined PEXA as a new "
      "user in April I uploaded a scan of my passport and a utility bill for the user verification. Yesterday a "
      "solicitor at a completely different firm rang me to say that your support team had emailed her my passport "
      "scan, attached to a reply that was obviously meant for me. She has deleted it, but I have no idea who else "
      "may have received it.\n\nI need to know how this happened and what you are doing about it. [[erasure|Now "
      "that my verification is complete, please delete the copies of my passport and utility bill from your "
      "systems entirely.]]\n\nPlease treat this as urgent.",
      L(c=True, ex=True, pd=True, br=True, r="erasure", cat="personal_data"),
      "An explicit complaint about a passport scan emailed to the wrong firm (breach, personal_data); 'delete the "
      "copies ... from your systems' = erasure, while the recipient's 'deleted it' is not a request.",
      sig="Solicitor\nLinden Row Solicitors"),
    S(16, P, "solicitor whose profile shows another user's activity", ("org", "hartleymoss.co.uk"),
      "Wrong activity and status on my profile",
      "Since your update last weekend my user profile seems to have picked up another user's history. My activity "
      "log now shows sign-offs on dates when I was on holiday, and my accreditation level is shown as 'Trainee' "
      "although I have been a signatory for six years.\n\nThis is a real problem: our compliance team relies on "
      "that log to show who did what, and I have a file review next week.\n\n[[restriction|Please stop using my "
      "profile's activity log and accreditation level for anything, including sign-off checks, until you have "
      "sorted this out.]] [[rectification|Then correct my profile so that it shows only my own actions and my "
      "actual accreditation.]] [[access|I would also like a copy of all the activity records currently "
      "attributed to my user ID, so that I can check them against my files.]]\n\nA call back today would be "
      "appreciated.",
      L(c=True, pd=True, r="restriction,rectification,access", cat="personal_data"),
      "Wrong activity and status on her own profile, with a fix demanded, is an implicit complaint about "
      "inaccurate personal data (personal_data, no disclosure so no breach); stop using it meanwhile = "
      "restriction, correct it = rectification, a copy of the records = access.",
      sig="Partner\nHartley Moss LLP"),
    S(17, P, "lender employee objecting to benchmarking", ("org", "kestrelbs.co.uk"),
      "Objection to use of my usage data",
      "I've read the updated PEXA privacy notice that was circulated to users last week. It says that individual "
      "users' activity data, including the timings of logins and task completion, may be used for 'product "
      "analytics and participant benchmarking'.\n\nI'm happy for my data to be used to run the platform and to "
      "keep an audit trail, but [[objection|I object to my personal activity data being used for benchmarking or "
      "product analytics.]] [[restriction|While you consider my objection, please stop processing my data for "
      "those purposes.]]\n\nThis is a personal request rather than one from Kestrel.",
      L(r="objection,restriction"),
      "A neutral objection to one purpose of processing (objection) plus a request to pause that processing while "
      "it is considered (restriction); no dissatisfaction, and Kestrel is only her employer."),
    S(18, P, "roundtable attendee photographed for social media", PERS,
      "Photos of me on your LinkedIn page",
      "I attended your lenders' roundtable in Manchester on 6 June. Today a colleague sent me a link to PEXA's "
      "LinkedIn page, where there are three photos of me from the event, one of them a close-up of me "
      "mid-sentence, with my name and employer in the caption. Nobody asked whether I minded being photographed, "
      "let alone published, and I would have said no.\n\n[[erasure|Please take the photos down and delete every "
      "copy you hold of the images of me.]] I'd also like an apology.",
      L(c=True, pd=True, r="erasure", cat="personal_data"),
      "Her photos published without asking, with removal and an apology demanded, is an implicit complaint about "
      "unexpected use of personal data; a deliberate publication is unexpected use, not a breach, and 'delete "
      "every copy' = erasure.",
      short="Three photos of me from your Manchester roundtable are on PEXA's LinkedIn page with my name and "
            "employer, and nobody asked me. [[erasure|Please take them down and delete every copy you hold of the "
            "images of me.]]"),
    S(19, P, "lender employee profiled by a performance report", ("org", "tvmortgages.co.uk"),
      "Complaint about the new user performance reports",
      "I wish to complain about the 'User Performance' report that PEXA introduced for lender subscribers in "
      "May.\n\nMy manager showed me my report last week in a one-to-one. It ranks me against named colleagues on "
      "'settlement exceptions per user' and lists every rejected lodgement against my name, including two that "
      "were caused by the solicitor's figures and not by me. None of us were told that PEXA was building individual "
      "performance profiles from our activity, and it is now being used in our appraisals.\n\n[[access|Please send "
      "me a copy of all the data about me that feeds into this report.]] [[objection|I object to PEXA using my "
      "activity data to profile my individual performance for my employer.]]\n\nI look forward to your response.",
      L(c=True, ex=True, pd=True, r="access,objection", cat="personal_data"),
      "An explicit complaint about PEXA profiling staff from their activity without telling them (unexpected use: "
      "personal_data); a copy of the data = access, 'I object to ... profile' = objection; Thames Valley Mortgages "
      "is only the employer.",
      sig="Completions Specialist\nThames Valley Mortgages"),
    S(20, P, "buyer leaving the buyer portal after a failed purchase", PERS,
      "Moving my documents out of the buyer portal",
      "My purchase fell through last month and I'm starting again with a different firm of solicitors, who don't "
      "use the PEXA buyer portal. While the first purchase was going on I uploaded my ID, proof of deposit and bank "
      "statements to the portal, and answered the source-of-funds questionnaire there.\n\n[[portability|Please "
      "could you send me the information I gave you through the portal, including the questionnaire answers, in a "
      "machine-readable format such as JSON or CSV so that my new solicitors can import it into their case "
      "system?]] [[erasure|After that, please delete my portal account and the documents I uploaded, as I won't "
      "need them on your side any more.]]",
      L(r="portability,erasure"),
      "A neutral request: data she provided, in JSON or CSV to import into another firm's system = portability, "
      "then delete the account and uploads = erasure; no dissatisfaction, so not a complaint."),
    S(21, P, "MP's caseworker for a seller whose sale fell through", ("mp",),
      "Constituent: {CLIENT} - personal data after an aborted sale",
      "I am writing on behalf of my constituent, {CLIENT}, who has contacted this office in some distress.\n\n"
      "{CLIENT_FIRST}'s sale of her flat in Kettering fell through in January when her buyer withdrew, and she has "
      "since taken the flat off the market. However, she continues to receive automated emails from PEXA reminding "
      "her to 'complete her workspace tasks', the most recent on 2 May, and she is worried that her bank details "
      "and identity documents are still sitting on a system she no longer has any reason to be on.\n\n"
      "[[informed|She would like to know why PEXA is still holding her information, for what purpose, and for how "
      "long it will be kept.]] [[erasure|She also asks that her personal data be deleted unless there is a legal "
      "reason to keep it.]]\n\nI would be grateful for a reply that I can pass on to her.",
      L(c=True, pd=True, tp=True, r="informed,erasure", cat="personal_data"),
      "An MP's office (third_party) reporting a constituent's distress at PEXA's continued emails and retention "
      "of her data, with a reply expected, is an implicit personal-data complaint about PEXA's own conduct "
      "(firm null); why and how long = informed, delete = erasure.",
      client_gender="f"),
    S(22, P, "job applicant rejected by automated screening", PERS,
      "Implementation Analyst application - rejected automatically?",
      "I applied for the Implementation Analyst vacancy on your careers page on Sunday evening and received a "
      "rejection at 11.52 that same night, about four minutes after submitting. I meet every requirement in the "
      "advert and have six years' experience on conveyancing software, so it's hard to believe anyone actually "
      "read my application.\n\nIt feels like I've been filtered out by software on some keyword I can't even "
      "guess at, which isn't fair on applicants.\n\n[[automated_decision|If the decision was made automatically, "
      "I'm asking for my application to be reconsidered by a person.]] [[access|Please also send me a copy of the "
      "personal data you hold about me from the application, including any scores or notes.]]",
      L(c=True, r="automated_decision,access", cat="process"),
      "An applicant calling automated CV screening unfair and asking for reconsideration is an implicit complaint "
      "about the procedure itself (process); a person to decide = automated_decision, a copy of his application "
      "data and scores = access, and the grievance is the screening, not data handling."),
    # ------------------------------------------------------------------ PEXA: look-alikes
    S(23, P, "law firm whose users cannot log in", ("org", "penningtonward.co.uk"),
      "Still can't access the platform",
      "Since your maintenance window on Saturday night, four of our six users get 'Session could not be "
      "established' when they try to log in, and the other two are thrown out every twenty minutes or so. We have "
      "five completions booked this week and have had to ask the other side to run two of them from their "
      "end.\n\nThis is the third working day. We need someone to fix the access problem and tell us what went "
      "wrong.\n\nAlso, please delete the screenshot I attached to yesterday's email, which was from the wrong "
      "screen; the correct one is attached to this message.",
      L(c=True, cat="platform_defect"),
      "Login failures for three days with a fix demanded are an implicit platform_defect complaint; 'access' to "
      "the platform and 'delete the screenshot' are not data-rights requests, so rights=[].",
      short="Third working day that four of our six users can't log in after Saturday's maintenance, and we have "
            "completions booked. Please fix the access problem and tell us what went wrong.",
      sig="Practice Manager\nPennington Ward Solicitors"),
    S(24, P, "buyer whose own solicitors ignored her data request", PERS,
      "Orchard Lane won't give me my file",
      "I'm emailing you because Orchard Lane Solicitors acted on my purchase through your platform last year and "
      "I can't get anywhere with them.\n\nOn 3 March I asked Orchard Lane in writing for a copy of all the "
      "personal data they hold about me, including their file notes, because I want to see what they told my "
      "lender about my deposit. They acknowledged it and have now gone silent for over two months, despite three "
      "reminders.\n\nI know you are not my solicitors, but surely you can tell them to reply. I'd like someone to "
      "take this up with them.",
      L(c=True, pd=True, firm="ols", cat="personal_data"),
      "A consumer's complaint purely about OLS ignoring her data request is forwarded (ols, personal_data for a "
      "badly handled rights request), but the request was made of OLS, not PEXA, so rights=[]."),
    S(25, P, "lender processor asking to remove a duplicate workspace", ("org", "bhf.co.uk"),
      "Duplicate workspace - please remove",
      "One of our team created the same remortgage workspace twice this morning, {WS} and {WS2}. Could you please "
      "delete the duplicate, {WS2}, so that the conveyancer doesn't invite the borrower into the wrong one? "
      "Nothing has been signed in it yet.\n\nAlso, can you confirm whether our new starter needs a separate access "
      "request for the lodgement screens, or whether the standard user role covers it?",
      L(),
      "Routine service requests from lender staff: deleting a duplicate workspace and 'access' to screens are not "
      "data rights, and there is no dissatisfaction, so complaint=false and rights=[].",
      short="Please could you delete duplicate workspace {WS2}? It was opened by mistake alongside {WS} and nothing "
            "has been signed in it.",
      sig="Mortgage Processor\nBeacon Home Finance"),
    S(26, P, "conveyancing firm billed a late fee after an ignored address change", ("org", "quaysideconveyancing.co.uk"),
      "Complaint: late payment fee after you ignored our change of address",
      "I am writing to complain about this month's statement.\n\nWe moved offices in February and sent PEXA our "
      "new registered address on the form your billing team asked us to use. Your invoices for March and April "
      "still went to the old building, we didn't receive them, and this month's statement adds a £150 late payment "
      "fee on top.\n\nPlease correct the billing address on our account, remove the late payment fee and send "
      "duplicate copies of both invoices to this address. We have paid both in full today.",
      L(c=True, ex=True, cat="fees_charges"),
      "An explicit complaint about a late fee caused by billing to an old office (fees_charges); correcting a "
      "firm's billing address is company data, not a person's rectification right, so rights=[].",
      sig="Finance Manager\nQuayside Conveyancing Ltd"),
    S(27, P, "bank employee changing a report recipient", ("org", "heathcotebank.co.uk"),
      "Daily reconciliation report - change of recipient",
      "I've moved from the completions team to mortgage servicing, so I no longer need the daily settlement "
      "reconciliation report that your system sends to this address at 6am. Could you please remove me from the "
      "distribution list and add my replacement, Priya Sandhu, at priya.sandhu@heathcotebank.co.uk instead?\n\n"
      "Nothing wrong with the report itself; it's just not my job any more.",
      L(),
      "Changing who receives an operational report is a routine service request, not an objection to processing, "
      "and there is no dissatisfaction: complaint=false, rights=[].",
      subj="Please take me off the daily reconciliation report list - moved teams"),
    S(28, P, "lender user refused help by the support desk", ("org", "kestrelbs.co.uk"),
      "Complaint about your support desk",
      "I'd like to raise a complaint about a call with your support desk this afternoon.\n\nWe are the lender on "
      "workspace {WS}. Settlement is tomorrow and I rang to ask why the lodgement status was showing an amber "
      "warning. The agent refused to tell me anything, saying that 'for data protection reasons' she could only "
      "speak to the conveyancer. We are a party to the workspace and can see the same screens; we just needed "
      "someone to explain the warning. When I asked to speak to a supervisor she ended the call.\n\nPlease can "
      "someone who understands the workspace permissions call me back before 10am tomorrow, and I'd like the call "
      "reviewed.",
      L(c=True, ex=True, cat="service_quality"),
      "An explicit complaint about unhelpful support (service_quality); 'data protection' is only the agent's "
      "excuse and reviewing the call is not a request for a copy, so personal_data=false and rights=[].",
      sig="Completions Team Leader\nKestrel Building Society"),
    S(29, P, "solicitor wanting the archived audit trail for a file", ("org", "whitlockrowe.co.uk"),
      "Copy of audit trail for an archived workspace",
      "We are closing our file for a purchase that completed through workspace {WS} in March. Our file review "
      "checklist needs a copy of the full audit trail and the final settlement statement. The workspace is now "
      "archived and I can no longer see the download button. Could you send copies to me, or tell me how to "
      "retrieve them from the archive?",
      L(),
      "A firm asking for transaction records for its file is a routine service request, not a person's access "
      "request for their own data: complaint=false, rights=[].",
      sig="Solicitor\nWhitlock & Rowe"),
    S(30, P, "buyer whose lender misdirected her mortgage offer", PERS,
      "Kestrel sent my mortgage documents to a stranger",
      "I'm buying a house and my lender is Kestrel Building Society. On Monday a woman I've never met phoned me to "
      "say she had received my mortgage offer in the post, with my salary, my bank details and my new address on "
      "it. Kestrel say it was 'an isolated error' and that's all they'll tell me.\n\nMy solicitor says your "
      "platform is used for the completion, so I'm letting you know. I want Kestrel to explain how this happened "
      "and what they are doing to protect me, and I want to know the documents have been destroyed.",
      L(c=True, pd=True, br=True, firm="kbs", cat="personal_data"),
      "A consumer's complaint purely about Kestrel posting her offer to a stranger is forwarded (kbs, breach, "
      "personal_data); everything she asks for is asked of Kestrel, not PEXA, so rights=[]."),
    # ------------------------------------------------------------------ Conexus: rights
    S(31, C, "debtor disputing a payment arrangement", PERS,
      "I never agreed to £150 a month",
      "Your letter of 9 May says that I 'agreed a payment arrangement of £150 per month' on the phone on 2 May for "
      "my Northline Energy account ({ACCT}). I did not. I told your agent I could manage £40 a month at most and "
      "that I'd need to speak to my partner first. She kept saying the minimum was £150 and I ended the call "
      "because I was getting upset.\n\nNow I'm being told that if I miss the first £150 the arrangement will be "
      "'broken' and the account will go back to full collection. That is not what happened and it isn't fair.\n\n"
      "[[access|Please send me a copy of the recording of that call and any notes your agent made about it.]] I "
      "also want the arrangement cancelled until we've sorted this out.",
      L(c=True, r="access", cat="collection_conduct"),
      "Being pressed into and held to an unaffordable arrangement is an implicit collection_conduct complaint; the "
      "call recording and notes = access, which does not make the grievance a data one, and Northline is only the "
      "creditor.",
      short="Your letter says I agreed £150 a month on 2 May for {ACCT}. I didn't, I said £40 at most, and it isn't "
            "fair to hold me to it. [[access|Please send me a copy of the recording of that call and any notes "
            "your agent made about it.]]"),
    S(32, C, "money adviser preparing a financial statement", ("org", "brookvalemoneyadvice.org.uk"),
      "Client {CLIENT} - {ACCT}",
      "I am a money adviser at Brookvale Money Advice and I am working with your customer {CLIENT} on a full "
      "financial statement. Her signed authority to act is attached.\n\nTwo things, please:\n[[access|1. Please send "
      "us a copy of the personal data you hold about {CLIENT}, including the account history, contact notes and "
      "any letters sent since the account was passed to you.]]\n[[rectification|2. Her address on your last letter "
      "is missing the flat number; please update it to Flat 3, 27 Caldwell Road, Swindon SN2 6PJ.]]\n\nEmail to "
      "this address is fine.",
      L(tp=True, r="access,rectification"),
      "A money adviser acting for a client (third_party) with routine requests and no grievance: a copy of the "
      "data = access, update the address = rectification; complaint=false.",
      client_gender="f", sig="Money Adviser\nBrookvale Money Advice"),
    S(33, C, "son confused with his father on the debt", PERS,
      "You've mixed me up with my dad",
      "My father and I have the same name, {NAME}, and lived at the same address until 2021. Since March I've been "
      "getting letters from you addressed to me about a Sterling Credit loan that is his, not mine. Your last "
      "letter has my date of birth on it but his account number. I rang twice and was told both times it would be "
      "'looked into'.\n\nI am applying for a mortgage and I'm worried this is being linked to me somewhere.\n\n"
      "[[rectification|Please correct your records so that my details are not attached to my father's "
      "account.]] [[restriction|Until that is done, please do not use my details, including my date of birth and "
      "phone number, in connection with that account.]]\n\nI would like written confirmation once it is sorted.",
      L(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
      "His details wrongly attached to his father's undisputed loan is inaccurate personal data (personal_data, "
      "not debt_dispute, since the debt itself is not challenged); correct = rectification, don't use my details "
      "meanwhile = restriction; Sterling is only the creditor.",
      gender="m"),
    S(34, C, "consumer who found a Conexus search on her credit file", PERS,
      "Search on my credit file",
      "I checked my credit file this week and found a 'debt collection search' by Conexus dated 22 April. I have "
      "never had an account with you. I assume it relates to the Pennant Mobile balance I'm paying off directly "
      "with Pennant, who told me it had been recalled from your agency in January.\n\nI'm not happy that a "
      "company I have no dealings with is searching my credit file. [[informed|Please tell me why you searched my "
      "file, where you got my details and what you did with the results.]] [[objection|I object to any further "
      "searches or other use of my personal data by Conexus.]]\n\nI expect a reply within the month.",
      L(c=True, pd=True, r="informed,objection", cat="personal_data"),
      "A credit search she did not expect, with a reply demanded, is an implicit complaint about unexpected use of "
      "personal data; why, where from and what for = informed, 'I object to any further ... use' = objection; "
      "Pennant is only named."),
    S(35, C, "debtor whose offer the website rejects automatically", PERS,
      "Payment offer rejected by your website",
      "I've tried three times to use your online 'make an offer' page for my council tax arrears with Westbury "
      "Council ({ACCT}). Every time I enter £25 a month it says 'Offer not accepted. Minimum payment £82'. My only "
      "income is Universal Credit and I've filled in the budget section honestly, which shows £31 a month left "
      "after bills.\n\nThe web chat says the decision is made automatically and can't be changed. So I'm stuck "
      "being told to pay money I don't have, with no way of speaking to anyone about it.\n\n"
      "[[automated_decision|I'd like a real person to look at my income and outgoings and decide on my offer "
      "instead of the website.]]",
      L(c=True, r="automated_decision", cat="process"),
      "The grievance is the rule that an automatic minimum cannot be overridden by anyone (process), an implicit "
      "complaint; a real person to decide instead of the website = automated_decision; Westbury is only the "
      "creditor.",
      short="Your website rejects my £25 a month offer for {ACCT} automatically, and I only have £31 left after "
            "bills. Nobody will talk to me about it. [[automated_decision|I'd like a real person to decide on my "
            "offer instead of the website.]]"),
    S(36, C, "solicitor making formal requests for a client", ("org", "haleokafor.co.uk"),
      "Our client: {CLIENT} - your ref {ACCT}",
      "We are instructed by {CLIENT} in connection with the Beacon Home Finance account you are collecting under "
      "the above reference. Our client disputes that the balance is owed and has raised this with Beacon directly. "
      "A signed form of authority is enclosed.\n\n[[access|Please provide a copy of all personal data you hold "
      "about our client, including call recordings, contact notes and correspondence.]] [[informed|Please also "
      "confirm the source of the personal data you hold, the purposes for which you are processing it and the "
      "lawful basis you rely on.]] [[restriction|Pending Beacon's answer on the disputed balance, we ask that you "
      "restrict the processing of our client's data to storage only.]]\n\nWe look forward to hearing from you "
      "within the statutory period.",
      L(tp=True, r="access,informed,restriction"),
      "A solicitor (third_party) making formal requests while the balance is disputed with Beacon, expressing no "
      "dissatisfaction with Conexus, is not a complaint; copy = access, source/purpose/basis = informed, storage "
      "only pending the dispute = restriction.",
      sig="Solicitor\nHale & Okafor Solicitors"),
    S(37, C, "former debtor with a settled account", PERS,
      "Account {ACCT} settled - data deletion",
      "I paid off the balance on my Lumen Water account through you in full on 30 April and received your letter "
      "confirming the account is closed. Thank you for sorting out the plan so quickly last year.\n\n"
      "[[erasure|As the account is now settled, please delete the personal data you hold about me, other than "
      "anything you are legally required to keep.]] Could you let me know once that's done?",
      L(r="erasure"),
      "A courteous request to delete data after the account is settled is erasure without a complaint.",
      subj="{ACCT} paid in full - [[erasure|please delete my personal data now the account is closed]]"),
    S(38, C, "debtor moving onto a debt management plan", PERS,
      "Payment history as a spreadsheet please",
      "I'm moving onto a debt management plan with ClearPath Debt Solutions next month and they'd like a full "
      "history of my payments on the Sterling Credit account you collect ({ACCT}). [[portability|Could you email "
      "me my payment history as a CSV or Excel file, so that ClearPath can load it straight into their "
      "system?]] A PDF statement won't work for them, apparently.",
      L(r="portability"),
      "Asking for his payment history as CSV/Excel to load into another provider's system is portability; a "
      "neutral request, and he writes for himself, so complaint=false and third_party=false.",
      short="[[portability|Could you email me my payment history on {ACCT} as a CSV or Excel file, so that my debt "
            "management company can load it into their system?]]"),
    S(39, C, "wife writing for her hospitalised husband", PERS,
      "Formal complaint - you phoned my husband's employer",
      "I am writing on behalf of my husband, {CLIENT}, who is currently in hospital and has asked me to deal with "
      "his post and this account ({ACCT}). His written consent is attached.\n\nI wish to make a formal complaint. "
      "On 14 May one of your agents rang the switchboard at his workplace, asked for him by name and, when told he "
      "was off sick, told the receptionist she was 'calling about an outstanding debt' and asked her to pass on a "
      "message. The receptionist then mentioned it to his line manager. He is mortified and frightened for his "
      "job.\n\nHe never gave you his employer's details. [[informed|We want to know where you got the name and "
      "number of his employer and on what basis you used them.]] [[erasure|We also want his employer's details "
      "deleted from your records immediately.]]\n\nI expect a full written response.",
      L(c=True, ex=True, pd=True, br=True, tp=True, r="informed,erasure", cat="personal_data"),
      "An explicit third-party complaint whose main grievance is the debt disclosed to a receptionist (breach) "
      "using employer details he never gave (personal_data); source and basis = informed, delete the employer "
      "details = erasure.",
      gender="f", client_gender="m", client_same_last=True),
    S(40, C, "customer disputing a water bill", PERS,
      "Lumen bill is wrong - {ACCT}",
      "Your letter says I owe Lumen Water £1,186.40. That figure is based on an estimated reading from 2023 that "
      "Lumen never corrected, even though I sent them a photo of the meter twice. The real usage is about a third "
      "of that. Lumen's own customer services admitted on the phone that the estimate 'looked high' but they still "
      "passed it to you.\n\nI don't blame your staff, who have been polite, but I am not paying a bill that Lumen "
      "got wrong. Please send this back to Lumen and get them to re-bill me on the actual reading.\n\n"
      "[[access|I'd also like a copy of all the personal data you hold about me on this account, including what "
      "Lumen sent you when they passed it over.]]",
      L(c=True, r="access", cat="debt_dispute", firm="lwt"),
      "The root cause is Lumen's own wrong bill, which only Lumen can fix (lwt, debt_dispute), while the copy of "
      "his data asked of Conexus is an access request of the receiving firm."),
    S(41, C, "debtor whose details reached a debt-help firm", PERS,
      "Calls from a debt management company",
      "Two days after I spoke to your agent about my Pennant Mobile balance, I started getting calls from a company "
      "called Debt Relief Direct, who knew the name of the creditor, the exact balance and that I'd said I was "
      "struggling. When I asked, they said they were 'a partner of Conexus'.\n\nAt no point did your agent ask "
      "whether I wanted to be referred to anyone. I feel like my situation has been sold on.\n\n[[objection|I "
      "object to Conexus passing my details to any partner or third party for marketing or referrals.]] Please "
      "make sure it stops and tell me what you are going to do about it.",
      L(c=True, pd=True, r="objection", cat="personal_data"),
      "Data shared with a referral partner without his agreement is data shared unexpectedly (personal_data, not "
      "a breach, since it went where Conexus meant it to); 'I object to Conexus passing my details' = objection.",
      short="Since I spoke to your agent, a company called Debt Relief Direct keeps calling me and knows my Pennant "
            "balance; they say they're your partner. I never agreed to that. [[objection|I object to Conexus "
            "passing my details to any partner or third party for marketing or referrals.]]"),
    S(42, C, "debtor selected for a doorstep visit by an automated review", PERS,
      "Letter about a home visit",
      "Today I got a letter saying that 'following an automated review of your account, it has been selected for "
      "a field visit by one of our agents'. I've been paying £20 a month on the Northline Energy balance ({ACCT}) "
      "since January and haven't missed a payment. I live alone and the thought of someone turning up at the door "
      "has really shaken me.\n\nNobody has spoken to me about this, and the letter makes clear that no person "
      "looked at my account. [[automated_decision|I want a person at Conexus to review the decision to send "
      "someone to my home.]] Please cancel the visit in the meantime.",
      L(c=True, r="automated_decision", cat="collection_conduct"),
      "A doorstep visit threatened against a paying customer is an implicit collection_conduct complaint; a "
      "person to review the automated selection = automated_decision; personal_data stays false.",
      short="Your letter says an automated review has selected my account {ACCT} for a field visit, though I've "
            "paid every month since January. It has really shaken me. [[automated_decision|I want a person at "
            "Conexus to review the decision to send someone to my home.]]"),
    S(43, C, "debt adviser raising wrongly keyed income figures", ("org", "fairhavenadvice.org.uk"),
      "Complaint on behalf of {CLIENT} - {ACCT}",
      "I am raising a complaint on behalf of my client, {CLIENT}, whose signed authority you already hold.\n\nOn "
      "7 May I sent your team a full income and expenditure statement for {CLIENT_FIRST}, showing a surplus of £18 "
      "a month. Your letter of 20 May refers to 'your declared surplus of £180' and asks her to increase her "
      "payments accordingly. It appears the figure was keyed in wrongly, and she has been very anxious since the "
      "letter arrived.\n\n[[rectification|Please correct the income and expenditure figures on her account to "
      "match the statement I sent.]] Please also confirm that the payment request in the letter of 20 May is "
      "withdrawn.",
      L(c=True, ex=True, pd=True, tp=True, r="rectification", cat="personal_data"),
      "An explicit complaint by an adviser (third_party) whose root cause is wrongly recorded financial details "
      "(inaccurate personal data, so personal_data); correct the figures = rectification.",
      client_gender="f", sig="Debt Adviser\nFairhaven Advice Centre"),
    S(44, C, "brother writing for a debtor now working abroad", PERS,
      "For my brother {CLIENT} - address change",
      "Good day. I write for my brother {CLIENT}, account {ACCT}. He is working in Gdańsk since February and his "
      "English is not so good, so he ask me to write. He have signed the paper for me to speak for him, I attach "
      "it.\n\n[[rectification|Please change his address in your system to ul. Długa 14/6, 80-827 Gdańsk, "
      "Poland.]] [[restriction|Until it is changed, please not use the old address in Luton for letters, because "
      "other people live there now.]]\n\nHe want to continue to pay £30 each month like before. Thank you very "
      "much.",
      L(tp=True, r="rectification,restriction"),
      "A brother writing with signed authority (third_party) and no grievance: change the address = "
      "rectification, don't use the old one meanwhile = restriction; complaint=false.",
      gender="m", client_gender="m", client_same_last=True),
    S(45, C, "debtor misnamed after a deed poll", PERS,
      "My name and title",
      "I changed my name by deed poll last year and updated it with Pennant Mobile, the creditor on this account. "
      "Pennant's letters now use my correct name. Yours still address me as 'Mr {DEAD} {LAST}', even though I sent "
      "you a copy of the deed poll in February and your agent on the phone said it had been 'noted'.\n\nEvery "
      "letter from you is a reminder of something I've put behind me, and it is upsetting every time.\n\n"
      "[[rectification|Please update your records so that my name is {FIRST} {LAST} and my title is Ms.]] "
      "[[erasure|I also want my previous name deleted from your records, unless you can tell me a legal reason you "
      "need to keep it.]]",
      L(c=True, pd=True, r="rectification,erasure", cat="personal_data"),
      "An outdated name and title kept after the deed poll was sent, causing distress, is an implicit complaint "
      "about inaccurate personal data; update name and title = rectification, delete the previous name = "
      "erasure.",
      gender="f"),
    S(46, C, "debtor asking about voice analytics", PERS,
      "Question about call recording and voice analytics",
      "When I rang last week to make a payment, the recorded message said calls may be 'analysed using voice "
      "analytics to improve our service and assess customer circumstances'. I'm fine with calls being recorded for "
      "quality and for your records.\n\n[[informed|Could you explain what the voice analytics actually does with my "
      "calls, what it assesses about me, and what the results are used for?]] [[objection|In the meantime, I "
      "object to my calls being put through the voice analytics.]]\n\nMy account is {ACCT}.",
      L(r="informed,objection"),
      "Polite questions with no grievance: what the analytics does and what for = informed, and 'I object to my "
      "calls being put through' it = objection; complaint=false.",
      short="[[informed|Could you explain what your voice analytics does with my calls and what the results are "
            "used for?]] [[objection|Until then, I object to my calls on {ACCT} being put through it.]]"),
    S(47, C, "customer disputing a mobile contract balance", PERS,
      "Pennant Mobile balance - disputed",
      "Your letter of 12 May asks me to pay £412.77 to Pennant Mobile. I cancelled that contract within the 14-day "
      "cooling-off period in 2024, returned the handset by recorded delivery and have Pennant's returns receipt. "
      "The balance is for eleven months of line rental on a contract I didn't have. I have complained to Pennant "
      "again and sent them the receipt.\n\nThis needs to go back to Pennant, as they're the ones who billed me "
      "wrongly. [[restriction|While the balance is disputed, please do not use my details to report this debt to "
      "credit reference agencies or for anything other than holding the account.]]\n\nAccount {ACCT}.",
      L(c=True, ex=True, r="restriction", cat="debt_dispute", firm="pmt"),
      "A balance that only Pennant can correct is forwarded (pmt, debt_dispute), explicit because he calls his "
      "grievance a complaint; asking Conexus to hold the data only while it is disputed = restriction."),
    S(48, C, "debtor who has moved house", PERS,
      "Change of details - {ACCT}",
      "I've moved house and changed phone, so please could you update my details. [[rectification|My new address "
      "is 8 Fernlea Court, Ashby Road, Loughborough LE11 3QF and my new mobile is 07700 900418.]] [[erasure|Please "
      "delete my old landline number, 01632 960771, from your records altogether, as it now belongs to someone "
      "else.]]\n\nMy payments will carry on as normal by standing order.",
      L(r="rectification,erasure"),
      "A routine change of details: the new address and mobile = rectification, deleting the old number = "
      "erasure; no dissatisfaction, so complaint=false.",
      short="New details for {ACCT}. [[rectification|My new address is 8 Fernlea Court, Ashby Road, Loughborough "
            "LE11 3QF and my new mobile is 07700 900418.]] [[erasure|Please delete my old landline number, "
            "01632 960771, from your records.]]"),
    S(49, C, "debtor traced to a refuge address", PERS,
      "Letter to my new address",
      "I moved to this address in March after leaving an abusive relationship. Only my family, my GP and my "
      "employer have it. On Saturday I received a letter from you about an old Beacon Home Finance loan, addressed "
      "here, saying my details were 'obtained via a trace'.\n\nI am frightened. If you could find me this easily, "
      "so could he. [[informed|I need to know who gave you this address, what information they passed to you and "
      "what you are doing with it.]]\n\nPlease email me from now on rather than writing.",
      L(c=True, pd=True, r="informed", cat="personal_data"),
      "Distress at Conexus obtaining an address she had kept private is an implicit complaint about data obtained "
      "unexpectedly (personal_data, no disclosure so no breach); who gave it and what it is used for = informed; "
      "Beacon is only the creditor.",
      gender="f"),
    S(50, C, "MP's caseworker chasing an unanswered data request", ("mp",),
      "Constituent {CLIENT} - outstanding data request",
      "I am writing on behalf of my constituent, {CLIENT}, of Halesowen, who has asked for this office's help.\n\n"
      "On 11 March {CLIENT_FIRST} asked Conexus in writing for a copy of the personal information you hold about "
      "her, in connection with a Northline Energy account. She received an acknowledgement on 14 March and has "
      "heard nothing since, despite two further letters. This is well beyond the one month allowed.\n\n"
      "[[access|Please now send her a copy of her personal data without further delay.]] I would also be grateful "
      "to know why it has taken so long.",
      L(c=True, pd=True, tp=True, r="access", cat="personal_data"),
      "An MP's office (third_party) pressing an access request that Conexus has ignored for months is an implicit "
      "complaint about a badly handled data-rights request, categorised personal_data (the specific theme) rather "
      "than delay; the renewed request = access.",
      client_gender="f"),
    S(51, C, "partially sighted debtor refused an electronic copy", PERS,
      "Complaint about my data request",
      "I'm complaining about how my request has been handled.\n\nOn 2 May I asked for my account history in a "
      "spreadsheet format. Yesterday your data team rang and said they 'only release information by post, as "
      "printed copies', and that they 'don't do spreadsheets'. I've told them twice that I'm partially sighted and "
      "use a screen reader; paper is useless to me.\n\n[[portability|Please send my payment and account history by "
      "email as a CSV or Excel file, so that I can open it with my screen reader and load it into my budgeting "
      "app.]]\n\nI'd like a written explanation of why my request was refused.",
      L(c=True, ex=True, pd=True, r="portability", cat="personal_data"),
      "An explicit complaint that a data request was refused in the format needed (badly handled rights request: "
      "personal_data); a CSV/Excel file to load into an app = portability."),
    S(52, C, "debtor with a hardship application in automated triage", PERS,
      "My hardship application",
      "Last week I sent in your hardship form for my council tax arrears with Westbury ({ACCT}), with my medical "
      "letters. The confirmation email said the form would be 'assessed by our automated vulnerability triage' and "
      "that I'd hear within ten days.\n\nI haven't heard yet, which is fine. [[automated_decision|But given my "
      "circumstances, I'd prefer a member of staff to make the decision on my application rather than the "
      "automated triage.]] [[access|Could you also send me a copy of the notes and any score the triage records "
      "about me?]]",
      L(r="automated_decision,access"),
      "A calm request before any decision: a member of staff instead of automated triage = automated_decision, a "
      "copy of the notes and score = access; no dissatisfaction, so complaint=false."),
    S(53, C, "debtor wanting a CSV for a budgeting app", PERS,
      "transactions file",
      "I use a budgeting app that imports bank style files and I want to add my Sterling loan to it "
      "({ACCT}). [[portability|can you email me all my payments as a csv file so I can upload it into the app]]. "
      "thanks",
      L(r="portability"),
      "A casual request for a CSV of his payments to upload into another app is portability with no grievance.",
      subj="[[portability|csv of my payments on {ACCT} please, to upload into my budgeting app]]"),
    # ------------------------------------------------------------------ Conexus: look-alikes
    S(54, C, "tenancy support worker for an anxious debtor", ("org", "riversidesupport.org.uk"),
      "Calls to my client {CLIENT}",
      "I am a tenancy support worker with Riverside Housing Support and I work with {CLIENT}, who has given me "
      "permission to contact you (her consent form is attached). {CLIENT_FIRST} has severe anxiety. Your office "
      "has been phoning her up to four times a day about her Lumen Water arrears ({ACCT}), including twice after "
      "8pm last Thursday, and she has stopped answering her phone altogether, which means she is missing calls from "
      "her GP.\n\nPlease stop phoning her. She is happy to deal with you in writing, or through me, and she wants "
      "to agree a small monthly payment. Could you confirm that the calls will stop?",
      L(c=True, tp=True, cat="collection_conduct"),
      "A support worker (third_party) objecting to call frequency with a vulnerable client is an implicit "
      "collection_conduct complaint; 'stop phoning her' is a conduct remedy, not objection, so rights=[].",
      client_gender="f", sig="Tenancy Support Worker\nRiverside Housing Support"),
    S(55, C, "debtor unable to use the payments website", PERS,
      "Can't access my account online to pay",
      "For the last four days I haven't been able to access my account on your payments website. I put in my "
      "reference and date of birth and get 'Error 502 - service unavailable'. My payment is due on Friday and I "
      "don't want to be marked as missing it through no fault of mine. I've tried two browsers and my phone.\n\n"
      "Please fix the website or tell me another way to pay that doesn't mean sitting on hold for 40 minutes, and "
      "confirm I won't be penalised if the payment is late.",
      L(c=True, cat="platform_defect"),
      "A payments website failing for four days, with a fix demanded, is an implicit platform_defect complaint; "
      "'access my account online' means the website, not the right of access, so rights=[].",
      short="Four days now I can't access my account on your payments website, just 'Error 502'. Payment's due "
            "Friday. Please fix it and confirm I won't be penalised."),
    S(56, C, "debtor asking for the credit agreement before paying", PERS,
      "Copy of agreement and statement please",
      "I've received your letter about the Sterling Credit loan ({ACCT}). Before I set up any payments, could you "
      "send me a copy of the signed credit agreement and a statement showing how the balance of £2,614 is made up, "
      "including any interest and charges? I'd like to check it against my own records.",
      L(),
      "Asking for the signed credit agreement and a statement of account is a consumer-credit document request, "
      "not a request for a copy of his personal data, and there is no grievance: complaint=false, rights=[].",
      subj="{ACCT} - copy of the signed credit agreement and a statement of account please"),
    S(57, C, "creditor client's collections manager", ("org", "northline-energy.co.uk"),
      "Errors in the May remittance report",
      "Your May remittance report for our placed accounts has at least 37 rows where the balance shown is the "
      "original placement balance rather than the current one, and three accounts marked 'paid in full' that our "
      "system shows as still open. This is the second month running, and our finance team spent two days "
      "reconciling it by hand.\n\nPlease correct the report and re-send it by Friday, and let me know what has "
      "changed in your process so that June's report is right.",
      L(c=True, cat="inaccurate_information"),
      "A creditor client dissatisfied with wrong figures in Conexus's report is an implicit "
      "inaccurate_information complaint; correcting a business report is not a data subject's rectification, so "
      "rights=[].",
      sig="Collections Manager\nNorthline Energy"),
    S(58, C, "householder receiving letters for a previous tenant", PERS,
      "Letters for someone who doesn't live here",
      "I've had two letters from you this month addressed to a {OTHERNAME}. I've lived at this address since 2022 "
      "and don't know anyone by that name; I think they were the tenant before me. I haven't opened them, and I've "
      "written 'not known at this address' on the envelopes and put them back in the post.\n\nJust letting you "
      "know so you can update your records and save yourselves the postage. No need to reply.",
      L(),
      "A stranger's 'update your records' about someone else is neither the writer's own right nor made on the "
      "data subject's behalf, the letters were unopened (no breach) and no reply is wanted: complaint=false, "
      "rights=[].",
      short="Two letters from you this month for {OTHERNAME}, who doesn't live here; returned unopened. Just so you "
            "can update your records, no need to reply."),
    S(59, C, "older debtor spoken to rudely", PERS,
      "Complaint about the way I was spoken to",
      "I want to complain about a phone call on Tuesday at about 2.15pm. I rang to ask for the balance on my "
      "Northline account ({ACCT}) so I could pay it off in one go. The man I spoke to sighed when I asked him to "
      "repeat the figure, called me 'love' three times and told me to 'write it down this time'. I'm 71, not "
      "stupid.\n\nI would like someone senior to listen to that call and I expect an apology. I still want the "
      "settlement figure too.",
      L(c=True, ex=True, cat="service_quality"),
      "An explicit complaint about a rude agent when she rang for a figure (service_quality); asking a manager to "
      "listen to the call is a review, not a request for a copy, so rights=[]."),
    S(60, C, "former debtor thanking Conexus for a completed deletion", PERS,
      "Your data request",
      "Thank you for confirming this, and for dealing with it so quickly. That's everything I needed, so please "
      "close the matter.",
      L(),
      "A thank-you confirming a fulfilled erasure request asks for nothing new; the right appears only in the "
      "quoted reply, so complaint=false and rights=[].",
      quote=("Dear customer,\n\nFurther to your request, we confirm that the personal data we held about you under "
             "reference {ref} has now been deleted, except for the records we must keep for six years for "
             "regulatory reasons, as explained in our earlier letter.\n\nConexus Data Protection Team")),
]


# ---------------------------------------------------------------------------------------------
# rendering

TOKEN = re.compile(r"\{([A-Z_0-9]+)\}")


def pick_name(rng, gender):
    g = gender or ("f" if rng.random() < 0.5 else "m")
    return rng.choice(FEMALE if g == "f" else MALE), rng.choice(SURNAMES)


def personal_address(rng, first, last):
    f, l_ = first.lower(), last.lower()
    form = rng.randrange(5)
    local = [f"{f}.{l_}", f"{f}{l_}{rng.randrange(10, 99)}", f"{f[0]}{l_}", f"{l_}.{f[0]}", f"{f}_{l_[:4]}"][form]
    return f"{local}@{rng.choice(PERSONAL_DOMAINS)}"


def tokens_for(rng, sc):
    first, last = pick_name(rng, sc["gender"])
    old = rng.choice([s for s in SURNAMES if s != last])
    cfirst, clast = pick_name(rng, sc["client_gender"])
    if sc["client_same_last"]:
        clast = last
    mis_i = rng.randrange(1, len(last) - 2)
    t = {
        "FIRST": first, "LAST": last, "NAME": f"{first} {last}", "OLD": old,
        "MISSPELL": letter_edit(last, mis_i, "swap") if last[mis_i] != last[mis_i + 1] else letter_edit(last, mis_i, "drop"),
        "DEAD": rng.choice(MALE),
        "CLIENT_FIRST": cfirst,
        "CLIENT": f"{rng.choice(['Mrs', 'Ms', 'Miss']) if sc['client_gender'] == 'f' else 'Mr'} {cfirst} {clast}"
        if sc["client_gender"] else f"{cfirst} {clast}",
        "MP": rng.choice(MPS),
        "ACCT": f"CX-{rng.randrange(1000000, 9999999)}",
        "WS": f"WS-{rng.randrange(100000, 999999)}",
        "WS2": f"WS-{rng.randrange(100000, 999999)}",
        "UID": f"U{rng.randrange(200000, 899999)}",
        "OURREF": f"{rng.choice(['LIT', 'PN', 'CF'])}/{rng.randrange(1000, 9999)}/{rng.randrange(1, 99):02d}",
        "OTHERNAME": (f"Mr {rng.choice(MALE)}" if rng.random() < 0.5 else f"Ms {rng.choice(FEMALE)}")
        + f" {rng.choice(SURNAMES)}",
    }
    if sc["sender"][0] == "personal":
        addr = personal_address(rng, first, last)
        sender = f"{first} {last} <{addr}>"
    elif sc["sender"][0] == "mp":
        addr = f"{first.lower()}.{last.lower()}@parliament.uk"
        sender = f"{first} {last} (Office of {t['MP']} MP) <{addr}>"
    else:
        addr = f"{first.lower()}.{last.lower()}@{sc['sender'][1]}"
        if rng.random() < 0.3:
            addr = f"{first[0].lower()}{last.lower()}@{sc['sender'][1]}"
        sender = f"{first} {last} <{addr}>"
    return t, sender


def fill(text, t):
    return TOKEN.sub(lambda m: t[m.group(1)], text)


def draw_envs(rng, sc):
    if sc["quote"] is not None:
        opts = [("reply", 2), ("html_reply", 1), ("typo_reply", 1)]
    else:
        opts = [(e, w) for e, w in ENV_WEIGHTS
                if (e != "short" or sc["short"]) and (e != "subject" or sc["subj"])]
    envs = []
    for _ in range(2):
        pool = [(e, w) for e, w in opts if e not in envs]
        x = rng.random() * sum(w for _, w in pool)
        for e, w in pool:
            x -= w
            if x < 0:
                break
        envs.append(e)
    return envs


def render(rng, sc, env, t, sender):
    mailbox = sc["mailbox"]
    source = f"rmai-s{sc['n']:03d}"
    sig = fill(sc["sig"], t) if sc["sig"] else ""
    if env == "subject":
        marked_subject = fill(sc["subj"], t)
        subject = strip_marks(marked_subject, MARK_RIGHTS)
        return finish_marked_record(rng, mailbox=mailbox, sender=sender, subject=subject, body="", html=False,
                                    quote=None, subject_marks=rights_marks_of(marked_subject), body_marks=[],
                                    labels=sc["labels"], note=sc["note"], source=source, env=env)
    subject = fill(sc["subject"], t)
    if env == "short":
        core = fill(sc["short"], t)
        greet = rng.choice(["", "", "Hi,", "Hello,"])
        sign = rng.choice(["", t["FIRST"], t["NAME"], "Thanks\n" + t["FIRST"]])
        if rng.random() < 0.4:
            subject = rng.choice(["Quick one", subject, subject.split(" - ")[0]])
    else:
        core = fill(sc["body"], t)
        greet = rng.choice(GREETINGS[mailbox])
        so = rng.choice(SIGNOFFS)
        sign = (so + "\n" if so else "") + t["NAME"] + ("\n" + sig if sig else "")
        if sc["sender"][0] == "mp":
            sign = (so + "\n" if so else "") + t["NAME"] + f"\nCaseworker to {t['MP']} MP"
        if sc["sender"][0] == "personal" and rng.random() < 0.15:
            sign += "\n\nSent from my iPhone"
    marked = "\n\n".join(p for p in (greet, core, sign) if p)
    if env.startswith("typo"):
        marked = typos_outside_marks(marked, rng, MARK_RIGHTS, 0.3)
    body = strip_marks(marked, MARK_RIGHTS)
    quote = None
    if env.endswith("reply"):
        who = QUOTE_FROM[mailbox][2] if sc["quote"] is not None else rng.choice(QUOTE_FROM[mailbox])
        head = f"On {rng.choice(DATES)}, {who} wrote:"
        text = sc["quote"] if sc["quote"] is not None else rng.choice(QUOTE_TEXT[mailbox])
        quote = (head, text)
    html = env.startswith("html")
    return finish_marked_record(rng, mailbox=mailbox, sender=sender, subject=subject, body=body, html=html,
                                quote=quote, subject_marks=[], body_marks=rights_marks_of(marked),
                                labels=sc["labels"], note=sc["note"], source=source, env=env)


def check_scenarios():
    """Each scenario's marked texts carry exactly its labelled rights; 30 per mailbox; look-alikes unmarked."""
    assert len(SCENARIOS) == 60 and len({s["n"] for s in SCENARIOS}) == 60
    assert Counter(s["mailbox"] for s in SCENARIOS) == {"pexa": 30, "conexus": 30}
    for s in SCENARIOS:
        want = set(s["labels"]["rights"])
        for key in ("body", "short", "subj"):
            if s[key]:
                got = {r for r, _ in rights_marks_of(s[key])}
                assert got == want, (s["n"], key, got, want)
                assert "\n" not in "".join(t for _, t in rights_marks_of(s[key])), (s["n"], key)


def build(rng):
    check_scenarios()
    records = []
    for sc in SCENARIOS:
        envs = draw_envs(rng, sc)
        senders = set()
        for env in envs:
            while True:
                t, sender = tokens_for(rng, sc)
                if sender not in senders:
                    break
            senders.add(sender)
            records.append(render(rng, sc, env, t, sender))
    return records


def summary(records, env_counts):
    srcs = {}
    for r in records:
        srcs.setdefault(r["source"], r["labels"])
    lines = [f"wrote {os.path.relpath(OUT, ROOT)}: {len(records)} emails from {len(srcs)} scenarios"]
    for r in RIGHTS:
        lines.append(f"  {r}: {sum(r in x['labels']['rights'] for x in records)} emails, "
                     f"{sum(r in lab['rights'] for lab in srcs.values())} scenarios")
    look = [lab for lab in srcs.values() if not lab["rights"]]
    lines.append(f"  look-alike scenarios: {len(look)} ({sum(lab['complaint'] for lab in look)} complaints)")
    lines.append(f"  complaint scenarios: {sum(lab['complaint'] for lab in srcs.values())}, explicit "
                 f"{sum(lab['explicit'] for lab in srcs.values())}; third party: "
                 f"{sum(lab['third_party'] for lab in srcs.values())}")
    lines.append(f"  multi-right scenarios: {sum(len(lab['rights']) > 1 for lab in srcs.values())}")
    lines.append(f"  envelopes: {dict(sorted(env_counts.items()))}")
    return "\n".join(lines)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=marked_record_errors)


if __name__ == "__main__":
    sys.exit(main())
