#!/usr/bin/env python3
"""Rights-marked evaluation set AE: 60 scenarios (30 PEXA, 30 Conexus), each rendered twice (120 emails).

45 scenarios ask the receiving firm to act on one to three UK GDPR rights, every request sentence written inline
as [[right|sentence]] (or [[right1,right2|sentence]]) and turned into a request_sentences mark; 15 scenarios are
look-alikes with rights [] (nine of them complaints). Labels follow the labelling guide; each scenario's note gives
the rule applied. Every person, address and reference number is invented.

Usage:  python data/make/make_rights_marked_ae.py      (writes data/trials/rights_marked_ae.jsonl)
Stdlib only; the output is byte-identical on every run (one random.Random(SEED)).
"""
import collections
import datetime
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (MARK_RIGHTS, escape_html, finish_marked_record, marked_record_errors,  # noqa: E402
                           rights_marks_of, run_generator, short_labels, strip_marks, typos_outside_marks)

SEED = 20270603
PREFIX = "rmae"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "rights_marked_ae.jsonl")

# ---------------------------------------------------------------------------------------------
# envelopes

FIRST_F = ("Aisha", "Bethan", "Chloe", "Deborah", "Eleni", "Fiona", "Grace", "Hannah", "Imogen", "Joanne",
           "Kirsty", "Leanne", "Mei", "Nadia", "Olivia", "Priya", "Rosalind", "Sinead", "Tamsin", "Yasmin",
           "Zoe", "Marta", "Chidinma", "Harriet")
FIRST_M = ("Adam", "Bilal", "Callum", "Declan", "Euan", "Farid", "Gareth", "Harvey", "Ibrahim", "Jonah",
           "Kieran", "Lewis", "Marcus", "Niall", "Owain", "Piotr", "Rory", "Stuart", "Tobias", "Vikram",
           "Wesley", "Kofi", "Ravi", "Ellis")
LAST = ("Abernethy", "Baxendale", "Chowdhury", "Delaney", "Egan", "Fairclough", "Gillespie", "Hargreaves",
        "Iqbal", "Jarvis", "Kowalski", "Lamb", "McAllister", "Nwosu", "Osei", "Pritchard", "Quigley", "Rahman",
        "Sandhu", "Thornton", "Underwood", "Varga", "Whitfield", "Yates", "Zielinski", "Brennan", "Mistry",
        "Okonkwo", "Pearce", "Tait", "Haldane", "Ferreira")
PERSONAL_DOMAINS = ("gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "icloud.com",
                    "proton.me", "sky.com", "talktalk.net", "live.co.uk")

GREET = {
    "formal": {"pexa": ("Dear Sir or Madam,", "Dear PEXA team,", "To whom it may concern,", "Dear colleagues,"),
               "conexus": ("Dear Sir or Madam,", "Dear Conexus,", "To whom it may concern,", "Dear Sirs,")},
    "plain": {"pexa": ("Hello,", "Hi,", "Good morning,", "Hello PEXA team,", "Hi there,"),
              "conexus": ("Hello,", "Hi,", "Good afternoon,", "Hello Conexus,", "Hi there,")},
    "casual": {"pexa": ("Hi,", "Hiya,", ""), "conexus": ("Hi,", "Hiya,", "", "hello")},
}
CLOSE = {
    "formal": ("Yours faithfully,", "Yours sincerely,", "Kind regards,"),
    "plain": ("Kind regards,", "Regards,", "Thanks,", "Many thanks,", "Best wishes,", "Thank you,"),
    "casual": ("Thanks", "Cheers,", "ta", ""),
}
QUOTE_FROM = {
    "pexa": ("PEXA Customer Support <support@pexa.co.uk>", "PEXA Support <helpdesk@pexa.co.uk>"),
    "conexus": ("Conexus Care <care@conexus-services.com>", "Conexus <enquiries@conexus-services.com>"),
}
GENERIC_QUOTES = {
    "pexa": (
        "Thank you for contacting PEXA Customer Support. Your enquiry has been logged under case PX-{ref} and one "
        "of the team will come back to you.\n\nKind regards\nPEXA Customer Support",
        "Hello,\n\nThanks for your message. We have passed it to the relevant team (case PX-{ref}) and will update "
        "you as soon as we can.\n\nPEXA Support",
    ),
    "conexus": (
        "Thank you for your email, which has been added to your account notes under reference CX-{ref}. A member "
        "of our team will reply as soon as possible.\n\nConexus Customer Care",
        "Dear customer,\n\nWe confirm receipt of your correspondence (ref CX-{ref}). Please allow up to 5 working "
        "days for a full reply.\n\nCustomer Care Team\nConexus",
    ),
}
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May")
DOW = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


# ---------------------------------------------------------------------------------------------
# scenarios

SCENARIOS = []


def sc(mb, subject, body, lab, note, *, reg="plain", who="person", gender=None, first=None, last=None,
       short=None, quote=None, force_reply=False, auto_headers=None):
    """One scenario. body/subject hold [[right|sentence]] marks and {greet} {close} {name} slots; who is "person"
    (a personal address) or a firm domain; short is an optional (subject, body) short or subject-only version."""
    SCENARIOS.append(dict(sid=f"rmae-s{len(SCENARIOS) + 1:03d}", mb=mb, subject=subject, body=body, lab=lab,
                          note=note, reg=reg, who=who, gender=gender, first=first, last=last, short=short,
                          quote=quote, force_reply=force_reply, auto_headers=auto_headers))


L = short_labels

# ============================ PEXA: rights scenarios ============================

sc("pexa", "Request for my personal data - PEXA user account",
   "{greet}\n\nI'm a conveyancer at Brackley & Co and have held a PEXA user account since 2024. [[access|Under "
   "Article 15 of the UK GDPR, please send me a copy of all the personal data you hold about me, including my "
   "login and audit history and any notes your support team has made about me.]]\n\nThis is for my own records "
   "ahead of a change of role; nothing has gone wrong. An emailed PDF or zip file is fine.\n\n{close}\n{name}",
   L(r="access"),
   "A neutral request for a copy of everything held about her is an access request without dissatisfaction: "
   "complaint=false, category none, rights=[access].",
   who="brackleyandco.co.uk",
   short=("Copy of my PEXA user data please",
          "[[access|Please send me a copy of all the personal data PEXA holds on me as a user, including audit "
          "logs.]]\n{name}"))

sc("pexa", "Wrong name and firm on my participant profile",
   "{greet}\n\nI got married in March and changed my surname, and in April I moved from Fenwick Legal to Albright "
   "Property Lawyers. Our admin updated my details in May, but the participant list on live workspaces still "
   "shows my maiden name and my old firm, and last week a lender's case handler rang Fenwick looking for me, which "
   "was embarrassing for everyone.\n\n[[rectification|Please correct my name and firm on every record where they "
   "are still wrong.]] [[restriction|Until that has been done, please stop displaying my old details to other "
   "participants.]]\n\nI'd be grateful for a reply by Friday saying when it will be fixed.\n\n{close}\n{name}",
   L(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
   "Out-of-date personal data shown to other users, causing embarrassment, with a reply expected: implicit "
   "complaint, personal_data (inaccurate record, nothing disclosed to the wrong person so no breach); 'correct my "
   "name' = rectification, 'stop displaying until done' = restriction.",
   gender="f", last="Kaczmarek", who="albrightproperty.co.uk")

sc("pexa", "Registration refused by the system - no explanation",
   "{greet}\n\nI run a two-person practice, Ambrose Tenant Law, and applied to become a PEXA participant on 6 May. "
   "Within minutes the identity stage returned \"Unable to verify applicant\" and the application closed. I have a "
   "valid passport, a current practising certificate and have lived at the same address for eleven years, so I "
   "cannot see what the check found wrong.\n\n[[automated_decision|I want the decision reviewed by a member of "
   "your onboarding team rather than re-run through the same automated check.]] [[informed|I'd also like to know "
   "what information about me the check relied on and which outside agency supplied it.]]\n\nEvery week this "
   "drags on I'm referring remortgage clients elsewhere. Please come back to me with a timescale.\n\n{close}\n"
   "{name}\nAmbrose Tenant Law",
   L(c=True, r="automated_decision,informed", cat="onboarding"),
   "Blocked from joining with harm and a reply expected: implicit complaint, onboarding; a person instead of the "
   "automated check = automated_decision, what data was used and its source = informed; the grievance is the "
   "refusal, so personal_data=false.",
   who="ambrosetenantlaw.co.uk",
   short=("Refused by your ID check in minutes, no reason given",
          "I'm losing remortgage work over this. [[automated_decision|Please have someone in onboarding review my "
          "application by hand.]] [[informed|And tell me what data about me the check used and where it came "
          "from.]]\n{name}\nAmbrose Tenant Law"))

sc("pexa", "Complaint - PEXA marketing to my personal email",
   "{greet}\n\nI want to make a complaint about marketing emails from PEXA. I left Heathcote Bank's mortgage "
   "completions team fourteen months ago and have nothing to do with conveyancing now, yet since January I have "
   "had your \"Settlement Insights\" mailings and two event invitations at my personal address, which I never "
   "gave you.\n\n[[informed|Please explain how you obtained this address and on what basis you have been using "
   "it.]] [[objection|I object to any further use of my details for marketing.]] [[erasure|Once you have "
   "answered, delete everything you hold on me that you are not legally required to keep.]]\n\n{close}\n{name}",
   L(c=True, ex=True, pd=True, r="informed,objection,erasure", cat="personal_data"),
   "Explicit complaint about unexpected marketing use of a personal address: personal_data, no breach (nothing "
   "disclosed to others); source and basis = informed, objecting to marketing = objection, delete = erasure. "
   "Heathcote is only her former employer.",
   reg="formal")

sc("pexa", "What does PEXA hold about me? (house purchase)",
   "{greet}\n\nMy solicitor tells me our purchase of 14 Mallard Close will complete through PEXA next month. I've "
   "never dealt with you directly, so I'd like to understand your part before then. [[informed|Could you tell me "
   "what personal information about me you receive, who sends it to you, what you use it for and how long you "
   "keep it?]]\n\nA link to the relevant part of your privacy notice would be fine if it covers all of that."
   "\n\n{close}\n{name}",
   L(r="informed"),
   "A buyer's neutral questions about source, purpose and retention of her data = informed; no dissatisfaction, "
   "so complaint=false and no firm to forward to.")

sc("pexa", "Export of my training records before I leave",
   "{greet}\n\nI'm leaving Greyfriars Law at the end of the month to join a practice in Perth that doesn't use "
   "PEXA. [[portability|Please send me my PEXA Academy course completions and assessment results as a CSV or JSON "
   "file so I can load them into my new firm's CPD tracker.]] [[access|Separately, I'd like a copy of any other "
   "personal data you hold about me as a user, such as notes from support calls.]]\n\nNo issues with the service, "
   "I just want my records in order.\n\n{close}\n{name}",
   L(r="portability,access"),
   "Housekeeping request without dissatisfaction: machine-readable file to load elsewhere = portability, a copy of "
   "the rest = access; Greyfriars is only the employer, complaint=false.",
   who="greyfriarslaw.co.uk")

sc("pexa", "Account locked and marked as a security risk",
   "{greet}\n\nOn Monday I logged in from home while on call for a Friday completion and my account was locked "
   "straight away. My firm's administrator can now see a \"security risk - suspicious activity\" label against my "
   "name, and she has been told that PEXA's monitoring sets these automatically. I have done nothing wrong; I used "
   "the laptop I always use, on my home broadband.\n\n[[automated_decision|I'd like a person at PEXA to look at "
   "the alert and decide it, not the monitoring system.]] [[restriction|Until that review is done, please stop "
   "showing the security-risk label to anyone at my firm.]]\n\nBeing treated as a suspected fraudster in front of "
   "my own employer is upsetting. Please let me know what happens next.\n\n{close}\n{name}",
   L(c=True, pd=True, r="automated_decision,restriction", cat="personal_data"),
   "A wrong automated risk label about her shown to her employer is inaccurate personal data with a reply "
   "expected: implicit complaint, personal_data, no breach (her own firm's admin is an intended viewer); human "
   "review = automated_decision, stop showing until reviewed = restriction.",
   reg="casual")

sc("pexa", "Customer survey - please leave me out",
   "{greet}\n\nAfter our sale completed I had an email from you inviting me to a \"customer experience\" survey "
   "and saying my answers might be used in PEXA case studies. That's fine in principle, I just don't want to take "
   "part. [[objection|I object to my details being used for surveys, research or any kind of marketing from now "
   "on.]]\n\nThanks for the smooth completion, by the way.\n\n{close}\n{name}",
   L(r="objection"),
   "A polite objection to use of her details for research and marketing, with praise and no grievance: "
   "rights=[objection], complaint=false.")

sc("pexa", "Webinar recording with my face in it",
   "{greet}\n\nI attended the \"Discharges and multiple lenders\" webinar on 22 April. Nobody said it was being "
   "recorded, and I have now found it in the on-demand library of PEXA Academy, with my camera feed and full name "
   "on screen during the Q&A for about six minutes. I asked a fairly basic question and a lender contact has "
   "already mentioned seeing it.\n\n[[erasure|Please delete the recording of me, or the whole recording if you "
   "cannot edit me out.]] I'd like someone to confirm when it has gone.\n\n{close}\n{name}",
   L(c=True, pd=True, r="erasure", cat="personal_data"),
   "Her image used in a way she was not told about, with a remedy demanded: implicit complaint about unexpected "
   "use of personal data (personal_data, category personal_data); deliberate publication to subscribers is "
   "unexpected use, not a mistaken disclosure, so breach=false; delete = erasure.",
   who="fenchurchconveyancing.co.uk", gender="f")

sc("pexa", "Data held about my father - Mr Vernon Ashdown",
   "{greet}\n\nI act for my father, Vernon Ashdown, under a lasting power of attorney (copy attached). He sold his "
   "bungalow at 3 Pelham Rise, Lowestoft, in February and the sale went through your platform.\n\nHe is now being "
   "assessed for care funding and the council wants evidence of the sale proceeds and dates. [[access|Please send "
   "me a copy of the personal data PEXA holds about him in connection with that sale.]] I have already asked his "
   "solicitors for their file; this is just for whatever sits with you.\n\n{close}\n{name}",
   L(r="access", tp=True),
   "An attorney asks on her father's behalf for a copy of his data: access, third_party=true; no dissatisfaction, "
   "so complaint=false. The request to the solicitors is to another firm and adds nothing.",
   gender="f", last="Ashdown", reg="formal")

sc("pexa", "Formal complaint: my mobile number shown in the participant directory",
   "{greet}\n\nThis is a formal complaint. When I phoned your support desk in March to reset my two-factor device I "
   "gave my personal mobile so the engineer could call me back. It has since appeared as my contact number in the "
   "participant directory, where every firm on the platform can see it. I've had three calls this week from "
   "conveyancers I don't know, one at 9pm.\n\n[[erasure|Please remove my personal mobile number from your systems "
   "altogether, apart from the two-factor record if it has to stay.]] I expect an apology and to hear what you will "
   "do to stop this happening to anyone else.\n\n{close}\n{name}\nThames Valley Mortgages",
   L(c=True, ex=True, pd=True, br=True, r="erasure", cat="personal_data"),
   "Explicit complaint that a number given to support was exposed to every participant: personal_data and "
   "breach; 'remove my number from your systems' = erasure. The apology and prevention are complaint remedies, "
   "not a right; TVM is only her employer.",
   who="tvmortgages.co.uk", reg="formal")

sc("pexa", "Someone else's activity recorded under my name",
   "{greet}\n\nThere are two of us called Sam Whitlock on the platform: me at Pellow Conveyancing in Truro and "
   "another user at a firm in Leeds. The audit history on at least four of my workspaces shows me signing "
   "documents on days I was on leave, and your support team has confirmed that the other user's actions are being "
   "linked to my user record. A lender has queried one of those signatures with my supervising partner.\n\n"
   "[[rectification|Please fix the audit records so that each action is attributed to the right Sam Whitlock.]] "
   "I need written confirmation that I can show my partner.\n\n{close}\n{name}",
   L(c=True, pd=True, r="rectification", cat="personal_data"),
   "Inaccurate records attributed to him, causing harm, with a fix demanded: implicit complaint, personal_data, "
   "no breach; 'attribute each action to the right person' = rectification.",
   first="Sam", last="Whitlock", who="pellowconveyancing.co.uk")

sc("pexa", "Opting out of activity profiling",
   "{greet}\n\nYour updated privacy notice says PEXA analyses how individual users move through the platform to "
   "\"personalise in-app prompts and product recommendations\". [[objection|I object to my usage being profiled "
   "for that purpose.]] I'm happy for you to keep whatever you need to run the service and for security.\n\nCould "
   "you confirm once my account is excluded?\n\n{close}\n{name}",
   L(r="objection"),
   "Objecting to profiling, with no grievance about anything that has happened: rights=[objection], "
   "complaint=false.",
   who="carrickbanks.co.uk",
   short=("Objection to profiling",
          "[[objection|I object to PEXA profiling my platform usage for personalised prompts and "
          "recommendations.]] Please confirm.\n{name}"))

sc("pexa", "Withdrawn application - please delete my documents",
   "{greet}\n\nI applied to join PEXA as a sole practitioner in January but have since decided to join an existing "
   "firm, so I withdrew the application on 3 March (your ref ONB-55817). [[erasure|As I will never be a "
   "participant, please delete the copies of my passport and utility bill and the selfie video I uploaded, along "
   "with the rest of my application data.]]\n\nIf anything has to be kept for a set period, just let me know what "
   "and for how long.\n\n{close}\n{name}",
   L(r="erasure"),
   "A withdrawn applicant asks for his ID documents and application data to be deleted, calmly: erasure, "
   "complaint=false; asking what must be kept is part of the erasure request, as in the guide.",
   gender="m")

sc("pexa", "Why has PEXA got my home address?",
   "{greet}\n\nI'm a paralegal at Marsh & Penrose and my PEXA account was set up by our office with the office "
   "address only. On Saturday a PEXA Academy welcome pack arrived at my home, addressed to me by name. I have never "
   "given PEXA my home address, and I am careful about who has it for personal reasons.\n\n[[informed|I want to "
   "know where you got my home address from and what you are using it for.]] Please reply in writing rather than "
   "calling me.\n\n{close}\n{name}",
   L(c=True, pd=True, r="informed", cat="personal_data"),
   "Alarm at PEXA holding and using a home address she never gave it, with a written reply demanded: implicit "
   "complaint about unexpectedly obtained data (personal_data, no breach); source and purpose = informed. Marsh & "
   "Penrose is only her employer.",
   gender="f", who="marshpenrose.co.uk")

sc("pexa", "Failed assessment - marked by computer, settlement rights frozen",
   "{greet}\n\nI sat the Financial Settlement assessment on PEXA Academy last Thursday and was told I had failed "
   "with 68% against a pass mark of 70%. Two of the answers marked wrong match your own course notes word for "
   "word, and my settlement permissions are held back until I pass, which means a colleague has to release every "
   "payment on my files.\n\n[[automated_decision|The marking is automatic, so I am asking for my answers to be "
   "reviewed by one of your trainers rather than by the system.]] Please let me know when that can happen.\n\n"
   "{close}\n{name}",
   L(c=True, r="automated_decision", cat="training"),
   "Dissatisfaction with an assessment outcome that blocks his work, review expected: implicit complaint, training "
   "(specific theme); human review of an automated marking = automated_decision; not a data-handling grievance.",
   who="lyttonwardlaw.co.uk", gender="m")

sc("pexa", "Our client Ms Farah Qureshi - request for personal data",
   "{greet}\n\nWe act for Ms Farah Qureshi, who was a PEXA user while employed by Kestrel Building Society until "
   "December. She is in an employment dispute with her former employer, and her signed authority is attached.\n\n"
   "[[access|On her behalf, please provide a copy of the personal data PEXA holds about her, including login "
   "records and recordings of her calls with your support desk between July and December last year.]] "
   "[[restriction|Please also keep that data and do not delete or anonymise it under your normal retention "
   "schedule while the request and the dispute are ongoing.]]\n\nPlease send the response to this address.\n\n"
   "{close}\n{name}\nAssociate, Linfield Hart LLP",
   L(r="access,restriction", tp=True),
   "A solicitor's request for a client: a copy of her data = access; keeping it from deletion because it is needed "
   "for a legal claim = restriction; third_party=true, complaint=false; Kestrel is only the former employer.",
   who="linfieldhart.co.uk", reg="formal")

sc("pexa", "Complaint about my home address in the participant directory",
   "{greet}\n\nI closed my sole practice, Rushton Conveyancing, last autumn and now work at Lowther Street Legal. "
   "When the practice was registered I gave my home address as the registered office, and your participant "
   "directory still lists that home address against my name. I asked for it to be changed in a support chat in "
   "January and nothing happened, so I am now making a complaint.\n\n[[rectification|Please update my entry to "
   "Lowther Street Legal, 19 Lowther Street, Carlisle CA3 8XT.]] [[erasure|Please then delete my home address "
   "from your records, since it no longer has any business purpose.]]\n\n{close}\n{name}",
   L(c=True, ex=True, pd=True, r="rectification,erasure", cat="personal_data"),
   "Explicit complaint that out-of-date personal data is still shown after an ignored request: personal_data, "
   "category personal_data; update the entry = rectification, delete the home address = erasure; a directory "
   "entry he supplied himself is not a breach.",
   who="lowtherstreetlegal.co.uk", gender="m",
   short=("Complaint - home address still in participant directory",
          "Asked in January, still not done. [[rectification|Please update my entry to Lowther Street Legal, 19 "
          "Lowther Street, Carlisle CA3 8XT.]] [[erasure|Then delete my home address from your records.]]\n"
          "{name}"))

sc("pexa", "Orchard Lane not answering - and a data request",
   "{greet}\n\nMy purchase of 27 Tannery Court was meant to complete on 30 May. Orchard Lane Solicitors, who act "
   "for me, have not returned a single call in nine days, and the seller's agent says the date will be lost if we "
   "don't exchange this week. I'm told the matter is in a PEXA workspace, but nobody at OLS will tell me what is "
   "happening in it.\n\nI realise you may need to pass the first part on to them. [[access|Separately, please send "
   "me a copy of the personal data about me that PEXA holds in connection with this purchase.]]\n\n{close}\n"
   "{name}",
   L(c=True, r="access", cat="delay", firm="ols"),
   "A buyer's complaint purely about his own solicitors' silence goes to them (about_other_firm=ols, delay); the "
   "copy of his data is asked of PEXA itself, so rights=[access]; the grievance is not about data, "
   "personal_data=false.",
   gender="m")

sc("pexa", "Use of my mobile number",
   "{greet}\n\nI'm a new user at Beacon Home Finance and the registration form asked for my mobile number. "
   "[[informed|Before I finish, can you tell me what you will use the number for, whether anyone outside PEXA "
   "receives it, and how long it is kept?]] [[objection|If it is used for anything beyond two-factor codes and "
   "urgent service messages, I object to that use.]]\n\nThanks,\n{name}",
   L(r="informed,objection"),
   "Questions before anything has gone wrong: purpose, recipients and retention = informed; a conditional "
   "objection to other uses = objection; complaint=false, Beacon only the employer.",
   who="beaconhomefinance.co.uk", reg="casual")

sc("pexa", "Sale data in a spreadsheet format",
   "{greet}\n\nI sold two buy-to-let flats this spring, both settled through PEXA. My accountant uses software that "
   "imports CSV files. [[portability|Could you send me the personal data you hold about me for those two sales in a "
   "machine-readable format such as CSV, so that I can load it straight into that software?]]\n\nIf it's easier "
   "to send it to the accountant direct, her address is k.mbeki@lorneaccounts.co.uk.\n\n{close}\n{name}",
   L(r="portability"),
   "His own data in CSV to load into other software (or sent to his accountant) = portability; a neutral request, "
   "complaint=false.",
   gender="m")

sc("pexa", "Data export request - seven weeks",
   "{greet}\n\nIt is now seven weeks since I asked for my completion history and profile data as a CSV file, and "
   "five weeks since your privacy team acknowledged it. I have had nothing since, despite two follow-up emails. I "
   "start at my new firm on Monday and needed this for my induction there.\n\n[[portability|Please send the CSV "
   "export of my user profile and completion history this week.]] I'd also like to hear why the one-month "
   "deadline was missed.\n\n{close}\n{name}",
   L(c=True, pd=True, r="portability", cat="delay"),
   "A 'still waiting' chaser is a delay complaint (rule 6) and the ignored rights request makes it personal_data "
   "(rule 12); re-asking for the CSV export = portability.",
   quote=("PEXA Privacy <privacy@pexa.co.uk>",
          "Thank you for your request for an export of your user data. We will respond within one calendar month."
          "\n\nReference DP-{ref}\nPEXA Privacy Team"))

# ============================ PEXA: look-alikes ============================

sc("pexa", "Locked out mid-settlement - need access restored now",
   "{greet}\n\nOur settlement on workspace 42-77105 failed at 11:40 today because the platform logged out both of "
   "our authorised signatories and then refused their passwords, even after resets. Your status page showed "
   "nothing wrong. The buyers are sitting in a removal van outside the property.\n\nPlease restore access for both "
   "signatories immediately and ring me on 0117 496 0385. We will also want an explanation of what went wrong and "
   "who will cover the buyers' extra costs.\n\n{name}\nCompletions Manager, Tolland & Reeve",
   L(c=True, cat="platform_defect"),
   "A failed settlement caused by the platform, with remedies demanded: implicit complaint, platform_defect. "
   "'Restore access' means logins, not the right of access, so rights=[].",
   who="tollandreeve.co.uk", reg="casual")

sc("pexa", "Complaint - May invoice charges workspaces twice",
   "{greet}\n\nI wish to raise a complaint about invoice INV-2027-05-3381. Nineteen workspaces appear twice, once "
   "dated the day they were created and again on the day they settled, so we have been charged £1,127.10 more than "
   "we should have been.\n\nPlease correct the invoice, delete the duplicate lines and issue a credit note before "
   "our payment run on the 20th. I'd also like to know whether earlier invoices have the same problem.\n\n"
   "{close}\n{name}\nAccounts Payable, Heathcote Bank",
   L(c=True, ex=True, cat="fees_charges"),
   "Explicit complaint about double platform fees: fees_charges. 'Correct' and 'delete' refer to invoice lines, "
   "not personal data, so rights=[]; Heathcote is the complainant, not the subject.",
   who="heathcotebank.co.uk", reg="formal")

sc("pexa", "Remortgage funds from Kestrel still not released",
   "{greet}\n\nI'm remortgaging with Kestrel Building Society and completion was fixed for 12 June. My old lender "
   "has now charged me another month's interest because Kestrel still had not released the funds by the 19th, and "
   "each time I call them I'm told the file is \"with the settlements team\".\n\nMy conveyancer says the workspace "
   "on your platform was ready on time and it is Kestrel holding things up. I've already sent Kestrel a subject "
   "access request for my file so I can see what went on. Can you make sure this reaches someone there who will "
   "actually deal with it?\n\n{close}\n{name}",
   L(c=True, cat="delay", firm="kbs"),
   "A borrower's complaint purely about her lender's late funds is forwarded: about_other_firm=kbs, delay. The "
   "subject access request was made to Kestrel, not to PEXA, so rights=[].",
   gender="f")

sc("pexa", "Delete button on the parties screen",
   "{greet}\n\nThird time this month one of my team has wiped a party's details from a workspace by accident. On the "
   "new parties screen the \"Delete party\" button sits right next to \"Save\", in the same colour, and there is no "
   "confirmation step. Re-keying the buyer's details, ID references and all, takes twenty minutes each time, and "
   "the lender sees a party removed and re-added in the audit history, which prompts questions.\n\nCan someone "
   "tell me whether a confirmation step is coming, and when? Until then we're working round it with sticky notes "
   "on monitors.\n\n{name}\nSenior Conveyancer, Ashby Dunne LLP",
   L(c=True, cat="usability"),
   "A screen that works as designed but invites mistakes, 'third time this month', answer expected: implicit "
   "complaint, usability. 'Delete' is a button and the party data is the firm's own entry, so rights=[].",
   who="ashbydunne.co.uk", reg="casual")

sc("pexa", "Leaver - please remove user",
   "{greet}\n\nHarriet Lomax left us on Friday. Please deactivate her PEXA login, remove her from our firm's user "
   "list and transfer her open workspaces to Dominic Farrow, who has the same permissions.\n\n{close}\n{name}\n"
   "Practice Manager, Greenhalgh Property Law",
   L(),
   "A subscriber's routine user administration for a leaver, not a data subject exercising a right: a service "
   "request, complaint=false, rights=[]; staff writing for their own firm are not third_party.",
   who="greenhalghlaw.co.uk",
   short=("Leaver: please deactivate Harriet Lomax and move her workspaces to Dominic Farrow", "{name}"))

sc("pexa", "Bulk export of workspace documents?",
   "{greet}\n\nWe are moving to a new case management system in the autumn. Is there a way to export the documents "
   "and settlement statements from our completed workspaces in bulk, ideally with a CSV index, so we can attach "
   "them to matters in the new system? If not, is it on the roadmap?\n\n{close}\n{name}\nIT and Systems Lead, "
   "Carrow Bridge Solicitors",
   L(),
   "A firm's question about exporting its own matter documents is a product enquiry, not portability of a "
   "person's data: complaint=false, rights=[].",
   who="carrowbridge.co.uk")

sc("pexa", "Re: Your data export request",
   "Thank you for your message. I am on annual leave until Monday 7 July and will not be checking email. For "
   "urgent completion matters please call the office on 01603 496 0211 or email completions@carrowbridge.co.uk."
   "\n\n{name}",
   L(auto=True),
   "An out-of-office reply quoting PEXA's answer to a data request is auto-generated (rule 7): every other label "
   "empty, rights=[] even though the quote is about portability.",
   who="carrowbridge.co.uk", reg="none", force_reply=True,
   quote=("PEXA Privacy <privacy@pexa.co.uk>",
          "Dear colleague,\n\nWe have now prepared the CSV export of your user profile and training records that you "
          "requested under data portability. You can download it from the secure link below for the next 14 days."
          "\n\nReference DP-{ref}\nPEXA Privacy Team"),
   auto_headers={"auto-submitted": "auto-replied", "x-autoreply": "yes"})

sc("pexa", "Registration - same documents requested a third time",
   "{greet}\n\nWe applied to join the platform on 2 April. Since then your onboarding team has asked for certified "
   "copies of our two partners' passports three times, each time saying the previous copies \"did not meet the "
   "certification standard\" without saying what was wrong with them. I object to having to send them yet again "
   "without an explanation.\n\nWe have three completions lined up for July that depend on being live. Could "
   "someone senior call me this week and tell me what is actually outstanding?\n\n{close}\n{name}\nPartner, "
   "Halloran Pike Solicitors",
   L(c=True, cat="onboarding"),
   "Onboarding stalled by repeated document requests, call demanded: implicit complaint, onboarding. 'I object to "
   "having to send them' objects to a procedure, not to processing of data, so rights=[].",
   who="halloranpike.co.uk", reg="formal")

# ============================ Conexus: rights scenarios ============================

sc("conexus", "Subject access request - account CX-5520917",
   "{greet}\n\n[[access|Please treat this as a subject access request and send me a copy of all the personal data "
   "you hold about me, including your account notes and any recordings of phone calls with me since the account "
   "was passed to you.]]\n\nMy details: 41 Wren Gardens, Barnsley S70 4JQ, date of birth 12/08/1985. Email is the "
   "best way to send it.\n\n{close}\n{name}",
   L(r="access"),
   "A plain subject access request with no dissatisfaction: rights=[access], complaint=false.",
   reg="formal",
   short=("SAR: [[access|please send me a copy of all personal data you hold on me]] (CX-5520917)", ""))

sc("conexus", "Letters addressed to my executors - I am alive",
   "{greet}\n\nMy husband Trevor died in January and I rang you in February to say so, because the Northline "
   "Energy account was in both our names. Since then every letter has been addressed to \"The Executors of the "
   "late Mrs M. Ellery\". I am Mrs Ellery, and I am very much alive. Opening those letters while grieving has been "
   "awful.\n\n[[rectification|Put my record right so it shows Trevor as deceased, not me.]] [[access|Then send me "
   "a copy of the notes from my February call so I can see what was written down.]]\n\nI expect a reply, not "
   "another letter to my executors.\n\n{name}",
   L(c=True, pd=True, r="rectification,access", cat="personal_data"),
   "Her own record wrongly marks her as deceased, causing distress, reply expected: implicit complaint, "
   "personal_data (inaccurate data, no disclosure); 'put my record right' = rectification, a copy of the call "
   "notes = access; Northline is merely the creditor.",
   first="Margaret", last="Ellery")

sc("conexus", "Client Ms Janice Odukoya - ref CX-3307715 - data request",
   "{greet}\n\nI am a money adviser at Ferrybridge Citizens Advice and act for Ms Janice Odukoya; her signed consent "
   "form is attached. We are preparing a debt relief order application.\n\n[[portability|Please send her full "
   "payment history on this account as a CSV or spreadsheet file that we can import into our casework system.]] "
   "[[informed|Please also tell us where you obtained her current address and mobile number, and on what basis "
   "you hold them.]]\n\n{close}\n{name}\nMoney Adviser, Ferrybridge Citizens Advice",
   L(r="portability,informed", tp=True),
   "An adviser's neutral request for a client: a file to import into other software = portability, source and "
   "basis of the contact details = informed; third_party=true, complaint=false.",
   who="ferrybridgeca.org.uk", reg="formal")

sc("conexus", "Complaint - how did your agent find my new address?",
   "{greet}\n\nI am complaining about a visit to my new flat on Tuesday by one of your field agents. I moved in six "
   "weeks ago, have told no creditor my address, and I'm not on the electoral roll here yet. Your agent knew my "
   "name, my new address and the name of my employer.\n\n[[informed|I want to know exactly where you obtained this "
   "information and under what lawful basis you are processing it.]] [[objection|I also object to you running "
   "tracing or profiling checks on me, as I have been paying the Sterling Credit balance by standing order since "
   "last year.]]\n\n{close}\n{name}",
   L(c=True, ex=True, pd=True, r="informed,objection", cat="personal_data"),
   "Explicit complaint about data obtained unexpectedly by tracing: personal_data, no breach; source and lawful "
   "basis = informed, objecting to tracing and profiling = objection; Sterling Credit is only the creditor.")

sc("conexus", "My account passed to solicitors by your system?",
   "{greet}\n\nYesterday I got a letter saying my account (CX-8841206) \"has been selected for referral to our "
   "litigation partners\" because of my \"account risk score\". I have missed one payment in fourteen months, "
   "when I was in hospital, and I told your agent at the time. Nobody has spoken to me since, and the letter says "
   "the referral was generated by your account review system.\n\n[[automated_decision|I want a member of staff to "
   "review my account and make that decision themselves, taking into account what I told you about my hospital "
   "stay.]] Until then I'm worried sick about court action.\n\n{name}",
   L(c=True, r="automated_decision", cat="collection_conduct"),
   "Distress at an automated escalation towards court, review demanded: implicit complaint about how the debt is "
   "pursued (collection_conduct); a staff decision instead of the system = automated_decision; personal_data=false.",
   reg="casual")

sc("conexus", "Account settled - please delete my details",
   "{greet}\n\nMy Pennant Mobile balance was cleared in full on 2 April and you sent me a settlement letter, "
   "reference CX-2280454. [[erasure|As the account is now closed, please erase my personal data, including my phone "
   "numbers and email address, apart from anything you are legally obliged to keep.]]\n\nThanks for being "
   "straightforward to deal with.\n\n{close}\n{name}",
   L(r="erasure"),
   "An erasure request after settlement, with thanks and no grievance: rights=[erasure], complaint=false.")

sc("conexus", "Northline debt already paid - stop until checked",
   "{greet}\n\nYou have written to say I owe £412.60 to Northline Energy for my old flat at 8 Carr Lane. I paid that "
   "final bill in full in November; my bank statement showing the payment to Northline is attached. Despite that, "
   "your letter threatens \"further action\" within 14 days.\n\n[[restriction|While you check this with Northline, "
   "please stop using my details for any collection activity or reporting on this account.]] Then please confirm "
   "the account is closed.\n\n{close}\n{name}",
   L(c=True, r="restriction", cat="debt_dispute"),
   "A paid debt still pursued by Conexus: implicit complaint, debt_dispute, about_other_firm null (Conexus's own "
   "pursuit, as in the guide); 'stop using my details until checked' = restriction; not a data grievance.",
   quote=None)

sc("conexus", "Payment history as a file",
   "{greet}\n\nI use a budgeting app and I'm trying to get all my regular payments into it. [[portability|Could you "
   "email me my payment history on account CX-6192073 in a machine-readable format, CSV ideally, so I can import it "
   "into the app?]]\n\n{close}\n{name}",
   L(r="portability"),
   "His payment history in CSV to import into an app = portability; neutral, complaint=false.",
   reg="casual", gender="m",
   short=("CX-6192073",
          "[[portability|can you send my payment history as a CSV file so i can load it into my budgeting app]] "
          "ta\n{name}"))

sc("conexus", "My mother's letters going to her old house - Mrs Irene Blackwood",
   "{greet}\n\nI'm writing for my mother, Irene Blackwood (account CX-4017763). She moved into Fairhaven Care Home in "
   "January and I told your team in writing on 14 January, with her new address and a copy of my power of "
   "attorney. The new owners of her old house have just handed me a pile of your letters, opened, which set out "
   "her debt and her payment arrangement.\n\n[[rectification|Please change her address on your records to Fairhaven "
   "Care Home, 2 Abbey Lane, Whitstable CT5 1QP, and copy me in on everything.]] [[access|I also want copies of "
   "every letter you have sent her since 1 January so I know exactly what the new owners have read.]]\n\nThis "
   "should never have happened.\n\n{close}\n{name}",
   L(c=True, pd=True, br=True, r="rectification,access", tp=True, cat="personal_data"),
   "A son with power of attorney (third_party) complains that her debt details were read by strangers: "
   "personal_data and breach; 'change her address on your records' = rectification, copies of the letters = "
   "access.",
   gender="m", last="Blackwood")

sc("conexus", "Marketing preferences",
   "{greet}\n\nI'm happy with the payment plan on my account and intend to keep to it. I noticed your letter "
   "mentions \"offers from carefully selected partners\". [[objection|I object to my details being used or shared "
   "for any marketing, by you or by partners.]]\n\n{close}\n{name}",
   L(r="objection"),
   "An objection to marketing from a content customer: rights=[objection], complaint=false.",
   short=("Marketing",
          "[[objection|Please note I object to my details being used or shared for marketing by you or your "
          "partners.]]\n{name}"))

sc("conexus", "Payment plan refused - I want to complain",
   "{greet}\n\nI want to complain about the online affordability check. I entered my income and outgoings honestly, "
   "offered £45 a month, and within seconds the site said my offer \"does not meet the affordability threshold\" "
   "and that the minimum is £140. I cannot pay £140; I'm on Universal Credit with two children.\n\n[[informed|Tell "
   "me what information you used to reach that figure, including anything from credit reference agencies.]] "
   "[[automated_decision|And I want the plan looked at by a person who can actually see my circumstances, not the "
   "computer.]]\n\n{name}",
   L(c=True, ex=True, r="informed,automated_decision", cat="collection_conduct"),
   "Explicit complaint that an automated check demands unaffordable payments: collection_conduct (treatment of a "
   "struggling debtor); what data was used and from where = informed, a person to decide = automated_decision; "
   "the grievance is affordability, not data handling, so personal_data=false.",
   gender="f", reg="casual")

sc("conexus", "Constituent: Mr Dariusz Nowak, ref CX-7730148",
   "{greet}\n\nI am a caseworker in the office of Helen Marsh MP, writing on behalf of our constituent Mr Dariusz "
   "Nowak, who has given his written consent (attached).\n\nMr Nowak tells us that the income and expenditure "
   "figures on your file show a monthly income of £2,900. His actual take-home pay is £1,640; the higher figure "
   "appears to include his partner's wages, and she is not party to the debt. Your collectors have relied on that "
   "figure to insist on payments he cannot manage.\n\n[[rectification|Please correct the income recorded for Mr "
   "Nowak.]] [[restriction|Until it is corrected, please do not use the existing income and expenditure figures to "
   "set or demand payments.]] [[access|Mr Nowak would also like a copy of the personal data you hold about him, "
   "including the income and expenditure record itself.]]\n\nWe would be grateful for a response to this office."
   "\n\n{close}\n{name}\nCaseworker, Office of Helen Marsh MP",
   L(c=True, pd=True, r="rectification,restriction,access", tp=True, cat="personal_data"),
   "An MP's office (third_party) complains that a wrong figure in his own record drives unaffordable demands: "
   "the root cause is inaccurate personal data (personal_data category, rule 16 via lg-19); correct = "
   "rectification, don't use until corrected = restriction, a copy = access.",
   who="helenmarsh-mp.org.uk", reg="formal")

sc("conexus", "Emails to my work address",
   "{greet}\n\nTwo emails about my account have now arrived at my work email address, which I have never given you. "
   "The account is an old Lumen Water one from years ago and all your letters until now came to my home.\n\n"
   "[[informed|Tell me where you got my work email and why you think you can use it.]] [[restriction|Until you have "
   "answered, do not use that address for anything; post only, please.]]\n\n{name}",
   L(c=True, pd=True, r="informed,restriction", cat="personal_data"),
   "Unhappy that Conexus obtained and used an address he never gave: implicit complaint, personal_data, no "
   "breach (nobody else is said to have read it); source and basis = informed, stop using it meanwhile = "
   "restriction; Lumen is merely the creditor.",
   gender="m")

sc("conexus", "Change of address and phone number - CX-9045521",
   "{greet}\n\nPlease note that I have moved. [[rectification|Please update my address to Flat 4, 62 Clement Road, "
   "Ipswich IP4 2LT and my mobile number to 07700 900 382.]] Everything else on the account stays the same and I "
   "will keep paying by standing order on the 1st.\n\n{close}\n{name}",
   L(r="rectification"),
   "A routine request to update contact details = rectification; no dissatisfaction, complaint=false.",
   short=("New address: [[rectification|please update my address to Flat 4, 62 Clement Road, Ipswich IP4 2LT]]",
          "Ref CX-9045521\n{name}"))

sc("conexus", "Pennant Mobile contract was not mine",
   "{greet}\n\nYour letter says I owe £967 on a Pennant Mobile contract opened in 2025. I have never had a Pennant "
   "contract. My identity was stolen that year; I have a police crime reference (CR/2025/118404) and a protective "
   "registration with the fraud prevention service, and I have reported this account to Pennant's fraud team, who "
   "told me on the phone they would look into it.\n\n[[restriction|Please stop using my details for collection on "
   "this account while Pennant investigates.]] [[erasure|When it is confirmed as fraud, delete the personal data you "
   "hold about me in connection with it.]]\n\n{close}\n{name}",
   L(c=True, r="restriction,erasure", cat="debt_dispute", firm="pmt"),
   "The debt is disputed as a fraudulent Pennant account that only Pennant can confirm and recall (rule 10 test): "
   "debt_dispute, about_other_firm=pmt; the restriction and erasure requests are addressed to Conexus and count.",
   reg="formal")

sc("conexus", "Complaint - you discussed my debt with my flatmate",
   "{greet}\n\nThis is a complaint about a call on 9 May. My flatmate answered my mobile while I was in the shower "
   "and your agent told him I was \"seriously behind\" on a Heathcote Bank loan and asked him to make sure I rang "
   "back today. He had no idea I had any debt, and I never gave permission to discuss my account with anyone.\n\n"
   "[[access|Send me the recording of that call, and of any other calls on my account this year.]] I expect an "
   "apology and an explanation of how your agent checked who he was speaking to.\n\n{name}",
   L(c=True, ex=True, pd=True, br=True, r="access", cat="personal_data"),
   "Explicit complaint that the agent disclosed her debt to a flatmate: personal_data and breach, category "
   "personal_data; the call recordings = access; the explanation asked for is about the agent's conduct, not the "
   "processing, so not informed.",
   gender="f",
   short=("Complaint: your agent told my flatmate about my debt on 9 May",
          "[[access|Send me the recording of that call.]]\n{name}"))

sc("conexus", "Questions about my data",
   "{greet}\n\nMy Westbury council tax arrears were passed to you last month and I have agreed a plan with your "
   "team, which I'm happy with. [[informed|Could you tell me what personal information the council passed to you, "
   "what you use it for, who you share it with and how long you will keep it after the arrears are cleared?]]\n\n"
   "{close}\n{name}",
   L(r="informed"),
   "Neutral questions on source, purpose, recipients and retention = informed; complaint=false.")

sc("conexus", "Open banking - you are still pulling my data",
   "{greet}\n\nIn February I connected my bank account through your open banking link so your system could assess a "
   "payment plan. It offered me £60 a month, which I accepted. I have now had an email saying my plan \"has been "
   "reviewed automatically using your latest transaction data\" and is going up to £95. I never agreed to ongoing "
   "access, only to a one-off check.\n\n[[objection|I object to you continuing to use my bank transaction data to "
   "review my plan.]] [[automated_decision|Any change to my payments should be decided by a person I can speak to, "
   "not your system.]]\n\nPlease confirm the plan stays at £60 while this is sorted out.\n\n{close}\n{name}",
   L(c=True, pd=True, r="objection,automated_decision", cat="personal_data"),
   "The main grievance is continued use of bank data beyond the one-off check he agreed to: personal_data, "
   "category personal_data, no breach; objecting to that use = objection, a person to decide changes = "
   "automated_decision.",
   reg="plain")

sc("conexus", "Mr Kwame Asante - CX-5108832",
   "{greet}\n\nI'm a debt caseworker with StepAhead Money Advice, a registered charity, acting for Mr Kwame Asante "
   "with his signed authority (attached).\n\n[[access|Please send us a copy of all the personal data you hold about "
   "Mr Asante, including contact notes and letters.]] [[portability|Could the transaction history also come as a "
   "CSV file, so we can load it into our budgeting tool rather than retyping it?]]\n\nMany thanks for your help.\n"
   "{name}\nStepAhead Money Advice",
   L(r="access,portability", tp=True),
   "A charity caseworker's neutral request for a client: a copy = access, CSV to load into a tool = portability; "
   "third_party=true, complaint=false.",
   who="stepaheadmoney.org.uk")

sc("conexus", "Lumen bill based on estimates - meter photos attached",
   "{greet}\n\nThe £1,130 you are collecting for Lumen Water is made up almost entirely of estimated bills. Lumen "
   "estimated my usage for two years without reading the meter, and the photos attached show the real reading is a "
   "fraction of what they billed. I've raised it with Lumen and they have opened a case (ref LW-90317).\n\n"
   "[[restriction|Until Lumen sends you a corrected balance, please don't use my details for any further collection "
   "activity on this account.]]\n\n{close}\n{name}",
   L(c=True, r="restriction", cat="debt_dispute", firm="lwt"),
   "The root cause is the creditor's own estimated billing, which only Lumen can fix: debt_dispute, "
   "about_other_firm=lwt; 'don't use my details until the balance is corrected' = restriction asked of Conexus.")

sc("conexus", "I am not Daniel's account holder - remove my number",
   "{greet}\n\nMy brother Daniel lived with me for a few months last year and has an account with you. Your agent "
   "told me on Monday that my mobile is listed on his account as his \"home contact\", which is why I keep getting "
   "messages asking me to get him to call you. He moved out in October and I never agreed to be his contact.\n\n"
   "[[erasure|Delete my mobile number and anything else about me from his account.]] I'd like confirmation that it "
   "has been done.\n\n{close}\n{name}",
   L(c=True, pd=True, r="erasure", cat="personal_data"),
   "She objects to her own number being held on her brother's account without agreement: implicit complaint "
   "about her data held and used unexpectedly (personal_data); delete it = erasure. She writes for herself, so "
   "third_party=false; no breach (nothing of hers disclosed).",
   gender="f")

sc("conexus", "A few data protection questions",
   "{greet}\n\nI'm not unhappy with how my account is being handled; I just like to know where I stand.\n\n"
   "[[access|Please send me a copy of the personal data you hold on me.]] [[informed|Please also explain what you "
   "use it for and where each part of it came from.]] [[automated_decision|If any decisions about my account, such "
   "as whether to accept a payment offer, are made automatically, I would like them made by a member of staff "
   "instead.]]\n\n{close}\n{name}",
   L(r="access,informed,automated_decision"),
   "Three rights asked without dissatisfaction: a copy = access, purpose and source = informed, staff instead of "
   "automation = automated_decision; complaint=false.")

sc("conexus", "Who else have you given my details to?",
   "{greet}\n\nLast week I had a letter from a company called Clearway Consolidation Loans saying they had \"been "
   "introduced to me by Conexus\" and offering to refinance my debts. I never agreed to you passing my name and "
   "address to a lender, and I am already struggling.\n\n[[informed|I want a list of every organisation you have "
   "shared my details with, and the reason for each.]] [[objection|I object to my data being passed to anyone for "
   "marketing.]]\n\n{name}",
   L(c=True, pd=True, r="informed,objection", cat="personal_data"),
   "Data shared for marketing without his agreement: implicit complaint, personal_data; a deliberate (if "
   "unexpected) sharing, not a mistaken disclosure, so breach=false; recipients and reasons = informed, objecting "
   "to marketing = objection.",
   reg="casual")

# ============================ Conexus: look-alikes ============================

sc("conexus", "calls at work",
   "{greet}\n\nYour people have rung my work landline four times this week. I work on a hospital reception desk and "
   "my colleagues pick up those calls. I've told your agents twice that I'm paying £30 a month by standing order "
   "and I'm up to date.\n\nStop calling me at work. If you need me, write to my home address. I want to hear back "
   "that this has been put on my account.\n\n{name}",
   L(c=True, cat="collection_conduct"),
   "Repeated calls to a workplace, with a remedy demanded: implicit complaint, collection_conduct. 'Stop calling "
   "me at work' is a conduct remedy, not objection, so rights=[].",
   reg="casual",
   short=("stop ringing me at work - 4 calls this week and I'm paying £30 a month, confirm it's on my account",
          ""))

sc("conexus", "Prove I owe this",
   "{greet}\n\nI don't recognise the Sterling Credit loan your letter says I owe £2,340 on. I have never borrowed "
   "from Sterling Credit, and your letter gives no account number from them, no start date, nothing.\n\nBefore I "
   "pay a penny I want proof: the original signed agreement with my signature on it and a statement showing how "
   "you get to £2,340. Until then I don't accept this debt.\n\n{name}",
   L(c=True, cat="debt_dispute"),
   "He disputes a debt Conexus is pursuing without evidence: debt_dispute, about_other_firm null (Conexus can "
   "produce the proof). A signed agreement and a balance statement are proof of the debt, not a copy of his "
   "personal data, so rights=[].",
   reg="casual", gender="m")

sc("conexus", "Trace fee added - Mr Callum Brierley CX-2264519",
   "{greet}\n\nI'm a money adviser with Holmfirth Debt Advice Service and act for Mr Callum Brierley, authority "
   "attached. His latest statement shows a £60 \"trace fee\" added in May. Mr Brierley has lived at the same "
   "address for nine years and it is the address on your own letters to him, so there was nothing to trace.\n\n"
   "Please remove the fee and send an updated balance to us. We'd also like to know why it was applied.\n\n"
   "{close}\n{name}\nMoney Adviser",
   L(c=True, tp=True, cat="fees_charges"),
   "An adviser (third_party) challenges a fee added on top of the debt: implicit complaint, fees_charges. Asking "
   "why a fee was applied is not the right to be informed, so rights=[].",
   who="holmfirthdebtadvice.org.uk", reg="formal")

sc("conexus", "Letter about my debt sent to my old flat",
   "{greet}\n\nI gave your team my new address on 3 March and your letter of 10 March even confirmed the change. "
   "Yesterday the people who now live at my old flat messaged me to say they had opened a letter from you about my "
   "arrears, by mistake they said, and read the amount.\n\nI want an apology and a clear explanation of why a letter "
   "went to an address you already knew was wrong.\n\n{name}",
   L(c=True, pd=True, br=True, cat="personal_data"),
   "Arrears details sent to the wrong address and read: implicit complaint, personal_data and breach. Her record "
   "already holds the right address and she asks only for an apology and explanation, so rights=[].",
   gender="f")

sc("conexus", "Re: Your subject access request - CX-6630291",
   "{greet}\n\nThank you, the bundle arrived this morning and the call recordings play fine. That is everything I "
   "needed, so you can close the request.\n\n{close}\n{name}",
   L(),
   "A thank-you confirming a completed access request: no dissatisfaction and no new request, so complaint=false "
   "and rights=[]; the access request exists only in the quoted reply.",
   force_reply=True,
   quote=("Conexus DPO <dpo@conexus-services.com>",
          "Dear customer,\n\nFurther to your subject access request, please find attached a copy of the personal "
          "data we hold about you, including account notes and three call recordings. Your reference is "
          "DSAR-{ref}.\n\nData Protection Team\nConexus"))

sc("conexus", "Placement file 14 June - corrections",
   "{greet}\n\nTwo corrections to the placement file we sent on 14 June. Account NE-0048821 was included by mistake, "
   "as the customer has since paid Northline direct, so please delete that record from the batch and return it to "
   "us. For NE-0051730 the balance should read £218.40, not £281.40; please update it before any letters go out."
   "\n\n{close}\n{name}\nCollections Partner Manager, Northline Energy",
   L(),
   "A creditor client's instructions about its placement file: 'delete the record' and 'update the balance' are "
   "business corrections, not a data subject's rights, so rights=[]; no complaint.",
   who="northline-energy.co.uk")

sc("conexus", "Setting up a plan",
   "{greet}\n\nI've had your letter about the Pennant Mobile balance. What information do you need from me to set up "
   "a monthly plan, and can I get access to your online portal to do it myself? My reference is CX-7319006.\n\n"
   "{close}\n{name}",
   L(),
   "A neutral service question: 'what information do you need from me' and portal 'access' are not the rights to "
   "be informed or of access; complaint=false, rights=[].",
   reg="plain",
   short=("how do I set up a plan online? what info do you need from me - ref CX-7319006", ""))


# ---------------------------------------------------------------------------------------------
# rendering


def person(rng, s):
    g = s["gender"] or ("f" if rng.random() < 0.5 else "m")
    first = s["first"] or rng.choice(FIRST_F if g == "f" else FIRST_M)
    last = s["last"] or rng.choice(LAST)
    return first, last


def address(rng, s, first, last):
    f, l_ = first.lower(), last.lower()
    if s["who"] != "person":
        local = rng.choice((f"{f}.{l_}", f"{f[0]}{l_}", f"{f}{l_[0]}", f"{f}.{l_}"))
        return f"{local}@{s['who']}"
    local = rng.choice((f"{f}.{l_}", f"{f}{l_}{rng.randrange(10, 99)}", f"{f[0]}.{l_}", f"{l_}.{f}",
                        f"{f}_{l_}{rng.randrange(1, 9)}"))
    return f"{local}@{rng.choice(PERSONAL_DOMAINS)}"


def fill(text, greet, close, name):
    text = text.replace("{greet}\n\n", (greet + "\n\n") if greet else "")
    text = text.replace("{close}\n", (close + "\n") if close else "")
    return text.replace("{name}", name)


def quote_header(rng, who):
    day = datetime.date(2027, rng.randrange(1, 6), rng.randrange(1, 29))
    head = (f"On {DOW[day.weekday()]} {day.day} {MONTHS[day.month - 1]} 2027 at {rng.randrange(8, 18):02d}:"
            f"{rng.randrange(0, 60):02d}, {who} wrote:")
    assert len(escape_html(head)) <= 90, head  # "On " + at most 80 + " wrote:" even when HTML-escaped
    return head


def render(rng, s, env):
    first, last = person(rng, s)
    name = f"{first} {last}"
    sender = f"{name} <{address(rng, s, first, last)}>"
    reg = s["reg"]
    if reg == "none":
        greet = close = ""
    else:
        greet = rng.choice(GREET[reg][s["mb"]])
        close = rng.choice(CLOSE[reg])
    if env == "short":
        subject_m, body_m = s["short"]
        body_m = body_m.replace("{name}", name)
    else:
        subject_m = s["subject"]
        body_m = fill(s["body"], greet, close, name)
    if env.startswith("typo"):
        body_m = typos_outside_marks(body_m, rng, MARK_RIGHTS, 0.35)
    quote = None
    if env in ("reply", "reply_html", "typo_reply"):
        if s["quote"]:
            who, qtext = s["quote"]
        else:
            who = rng.choice(QUOTE_FROM[s["mb"]])
            qtext = rng.choice(GENERIC_QUOTES[s["mb"]])
        quote = (quote_header(rng, who), qtext)
    headers = None
    if s["auto_headers"] and env in ("reply", "typo_reply"):
        headers = s["auto_headers"]
    return finish_marked_record(
        rng, mailbox=s["mb"], sender=sender, subject=strip_marks(subject_m, MARK_RIGHTS),
        body=strip_marks(body_m, MARK_RIGHTS), html=env in ("html", "reply_html"), quote=quote,
        subject_marks=rights_marks_of(subject_m), body_marks=rights_marks_of(body_m), labels=s["lab"],
        note=s["note"], source=s["sid"], env=env, headers=headers)


ENVS = ("plain", "html", "reply", "reply_html", "typo", "typo_reply")


def envelopes(rng, s):
    if s["force_reply"]:
        return [rng.choice(("reply", "typo_reply")), "reply_html"]
    if s["short"] and rng.random() < 0.75:
        return [rng.choice(ENVS), "short"]
    return rng.sample(ENVS, 2)


def build(rng):
    records = []
    for s in SCENARIOS:
        for env in envelopes(rng, s):
            records.append(render(rng, s, env))
    return records


def summary(records, env_counts):
    n_sc = len({r["source"] for r in records})
    by_sc = {r["source"]: r["labels"] for r in records}
    lines = [f"wrote {len(records)} records ({n_sc} scenarios) to {os.path.relpath(OUT, ROOT)}"]
    lines.append("mailboxes (emails): " + str(dict(collections.Counter(r["mailbox"] for r in records))))
    for right in ("access", "rectification", "erasure", "restriction", "portability", "objection",
                  "automated_decision", "informed"):
        e = sum(right in r["labels"]["rights"] for r in records)
        sc_ = sum(right in lab["rights"] for lab in by_sc.values())
        lines.append(f"  {right}: {e} emails, {sc_} scenarios")
    look = [lab for lab in by_sc.values() if not lab["rights"]]
    lines.append(f"look-alikes: {len(look)} scenarios ({sum(lab['complaint'] for lab in look)} complaints)")
    lines.append(f"complaints: {sum(lab['complaint'] for lab in by_sc.values())} scenarios; third party: "
                 f"{sum(lab['third_party'] for lab in by_sc.values())} scenarios; multi-right: "
                 f"{sum(len(lab['rights']) > 1 for lab in by_sc.values())} scenarios")
    lines.append("envelopes: " + ", ".join(f"{k} {v}" for k, v in sorted(env_counts.items())))
    return "\n".join(lines)


def main():
    assert len(SCENARIOS) == 60 and len({s["sid"] for s in SCENARIOS}) == 60
    for s in SCENARIOS:
        for text in (s["subject"] + s["body"],) + ((s["short"][0] + s["short"][1],) if s["short"] else ()):
            marked = {r for r, _ in rights_marks_of(text)}
            assert marked == set(s["lab"]["rights"]), (s["sid"], marked)
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=marked_record_errors)


if __name__ == "__main__":
    sys.exit(main())
