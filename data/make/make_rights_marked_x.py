#!/usr/bin/env python3
"""Marked rights evaluation set X: 60 hand-written scenarios (30 pexa, 30 conexus), each rendered twice.

45 scenarios ask the receiving firm to act on one or more UK GDPR rights (every request sentence marked inline as
[[right|sentence]]); 15 are look-alikes (rights []) that use the tempting words (access, delete, copy, correct,
"until ... corrected", "no right to") without asking the receiving firm for a right. Every scenario is labelled by
the labelling guide and carries a one-sentence note giving the rule used.

Each rendering draws its own envelope from the seeded rng: sender name and address (personal or firm address),
greeting and sign-off, HTML or plain body, sometimes a quoted earlier message from the firm below the new text,
sometimes one or two letter-swap typos outside the marked sentences, and for some scenarios a short or
subject-only version.

Usage:  .venv/bin/python data/make/make_rights_marked_x.py      (stdlib only; output is byte-identical per run)
"""
import os
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (MARK_RIGHTS, RIGHTS, finish_marked_record, marked_record_errors,  # noqa: E402
                           rights_marks_of, run_generator, short_labels, strip_marks, typos_outside_marks)

SEED = 20270318
PREFIX = "rmx"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "rights_marked_x.jsonl")

# ---------------------------------------------------------------------------------------------
# people and firms (all invented, apart from the directory firms of data/firms.csv)

FIRST = ["Aoife", "Ben", "Chidi", "Deborah", "Eilidh", "Farah", "Gavin", "Hannah", "Imran", "Jasmine", "Kieran",
         "Lucy", "Marek", "Nadia", "Owen", "Priti", "Quentin", "Rosa", "Sanjay", "Tamsin", "Usman", "Vicky",
         "Wesley", "Yasmin", "Zoe", "Alasdair", "Bronwen", "Callum", "Delroy", "Esther", "Femi", "Georgia",
         "Harriet", "Ifeoma", "Joel", "Katarzyna", "Leon", "Maryam", "Niall", "Olivia", "Parminder", "Rhiannon",
         "Stuart", "Tomasz", "Wendy", "Amara", "Declan", "Lorna", "Martin", "Shona"]
LAST = ["Ackroyd", "Bellingham", "Chowdhury", "Dalgleish", "Ekwueme", "Fairbairn", "Gillespie", "Hartigan",
        "Iqbal", "Jarvis", "Kowalski", "Lindsay", "Mahmood", "Nwosu", "Oldroyd", "Pritchard", "Quinlan",
        "Rafferty", "Sandhu", "Thornbury", "Underwood", "Varma", "Whitlock", "Yardley", "Abernethy", "Brennan",
        "Cartwright", "Dunmore", "Egan", "Fitzgerald", "Grewal", "Holloway", "Kennedy", "Lockhart", "Mensforth",
        "Nicholls", "Osborne", "Pennington", "Ramsden", "Sutcliffe", "Tremayne", "Wainwright", "Adeyemi",
        "Beresford", "Costello", "Devlin", "Fenton", "Garside", "Harrower", "Kaur"]
MAIL_DOMAINS = ["gmail.com", "outlook.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "icloud.com",
                "sky.com", "proton.me", "virginmedia.com", "live.co.uk"]

LAW = [("Greyfriars Law LLP", "greyfriarslaw.co.uk"), ("Orchard Lane Solicitors", "orchardlanesolicitors.co.uk"),
       ("Marsh & Penrose Conveyancing", "marshpenrose.co.uk"), ("Fenwick Lowe Solicitors", "fenwicklowe.co.uk"),
       ("Ashdown Property Lawyers", "ashdownproperty.co.uk"), ("Kilbride & Shaw", "kilbrideshaw.co.uk"),
       ("Northbank Conveyancing", "northbankconveyancing.co.uk")]
LAW_NOT_OLS = [f for f in LAW if f[0] != "Orchard Lane Solicitors"]
LENDER = [("Kestrel Building Society", "kestrelbs.co.uk"), ("Beacon Home Finance", "beaconhomefinance.co.uk"),
          ("Heathcote Bank", "heathcotebank.co.uk"), ("Thames Valley Mortgages", "tvmortgages.co.uk")]
SOLICITORS = [("Bramwell Hart Solicitors", "bramwellhart.co.uk"), ("Osei & Partners", "oseipartners.co.uk"),
              ("Linton Carver LLP", "lintoncarver.co.uk"), ("Calloway Reed Solicitors", "callowayreed.co.uk")]

CONVEYANCER_ROLES = ["Senior Conveyancer", "Licensed Conveyancer", "Property Paralegal", "Associate Solicitor",
                     "Conveyancing Executive"]
LENDER_ROLES = ["Completions Officer", "Mortgage Operations Manager", "Settlements Team Leader",
                "Billing and Accounts Manager"]


def person():
    return {"kind": "person"}


def staff(firms, roles):
    return {"kind": "staff", "firms": firms, "roles": roles}


def org(name, domain, roles):
    return {"kind": "staff", "firms": [(name, domain)], "roles": roles}


# ---------------------------------------------------------------------------------------------
# the firms' earlier messages, quoted below some replies ({ref} is filled by finish_marked_record)

QUOTE_DATES = ["2 April 2026", "9 April 2026", "15 April 2026", "22 April 2026", "29 April 2026", "6 May 2026",
               "13 May 2026"]
QUOTES = {
    "pexa": [
        ("PEXA Customer Support <support@pexa.co.uk>",
         "Thank you for contacting PEXA Customer Support. Your message has been logged under case number PX-{ref} "
         "and a member of the team will be in touch.\n\nPlease quote this number if you contact us again.\n\n"
         "PEXA Customer Support"),
        ("PEXA Support Desk <support@pexa.co.uk>",
         "Hi,\n\nThanks for your message. I've passed it to the relevant team and opened case {ref} so we can keep "
         "track of it. If there's anything you'd like to add in the meantime, just reply to this email.\n\n"
         "Best regards\nPEXA Support Desk"),
        ("PEXA Customer Resolution <resolution@pexa.co.uk>",
         "Hello,\n\nWe have received your email and will respond within five business days. Your reference is "
         "PX-{ref}.\n\nKind regards,\nPEXA Customer Resolution"),
    ],
    "conexus": [
        ("Conexus Customer Services <customerservices@conexus.co.uk>",
         "Thank you for contacting Conexus. We have received your email and added it to your account under reference "
         "{ref}. A member of our team will reply within 5 working days.\n\nConexus Customer Services"),
        ("Conexus <noreply@conexus.co.uk>",
         "Dear Customer,\n\nThank you for your recent correspondence. Please note your case reference {ref}. If you "
         "need to add anything, reply to this email and keep the reference in the subject line.\n\n"
         "Yours sincerely,\nConexus"),
        ("Conexus Customer Contact <contact@conexus.co.uk>",
         "Hello,\n\nThanks for getting in touch. We've noted your message (ref {ref}) and will be in contact "
         "shortly.\n\nRegards\nConexus Customer Contact Team"),
    ],
}

GREETINGS = {
    "pexa": ["Hello,", "Hi,", "Dear Sir or Madam,", "Dear PEXA team,", "Good morning,", "To whom it may concern,",
             "Hi there,", ""],
    "conexus": ["Hello,", "Dear Sir or Madam,", "Dear Conexus,", "Good afternoon,", "To whom it may concern,",
                "Hi,", ""],
}
FORMAL_GREETINGS = ("Dear Sir or Madam,", "To whom it may concern,")
THANKS_END = re.compile(r"\n(Thanks|Thank you|Many thanks)[^\n]{0,40}$")
THANKS_SIGNOFF = re.compile(r"(Thanks|Thank you|Many thanks)")
SIGNOFFS = ["Kind regards,\n{name}", "Regards,\n{name}", "Thanks,\n{first}", "Many thanks\n{name}", "{name}",
            "Best wishes,\n{first}", "Yours faithfully,\n{name}", "Thank you,\n{name}"]


# ---------------------------------------------------------------------------------------------
# scenarios: mailbox, sender, subject, body (marked), labels, note; optional short version
# (subject, body; body "" = subject only) and a scenario-specific quote (head, text with {ref}).
# Tokens «first», «last», «lastlow» and «miss» are replaced with the rendering's sender name.

S = []


def sc(mb, who, subject, body, lab, note, short=None, quote=None):
    S.append({"mb": mb, "who": who, "subject": subject, "body": body.strip("\n"), "lab": lab, "note": note,
              "short": short, "quote": quote})


# ============================== PEXA: rights of PEXA (23) ==============================

sc("pexa", person(), "Request for a copy of my personal data", """
I worked as a paralegal in Heathcote Bank's property team until last autumn and had a PEXA login under their subscription, registered to my old work email address.

I'm now with a different employer and have been asked to evidence my conveyancing experience. [[access|Please could you send me a copy of the personal data PEXA holds about me, including my user profile, my login history and any audit-trail entries recorded against my name.]] A PDF by email would be ideal.

I can confirm my identity in whatever way suits you.
""", short_labels(r="access"),
   "A neutral request for a copy of her own data is access; with no dissatisfaction it is not a complaint, and "
   "Heathcote Bank is only her former employer.")

sc("pexa", person(), "Text message from PEXA - who are you?", """
I'm selling my flat and yesterday I got a text from PEXA telling me that settlement is scheduled for 2pm on Friday. I had never heard of PEXA before that, though I gather from your website that my solicitors use you.

Nothing is wrong and the sale is going fine; I'm just careful about who has my phone number. [[informed|Could you tell me where you got my name and mobile number from, what you use them for, and who else on your system can see them?]] [[informed|I'd also like to know how long you will keep my details once the sale has gone through.]]

Thanks very much.
""", short_labels(r="informed"),
   "Curious questions about the source, purpose, visibility and retention of her details are the right to be "
   "informed; she reports nothing wrong, so complaint=false and category none.",
   short=("Question about a PEXA text message",
          "Hi, I got a settlement text from PEXA yesterday. [[informed|Could you tell me where you got my mobile "
          "number and what you use it for?]] Nothing wrong with the sale, I'm just curious. Thanks"))

sc("pexa", staff(LAW, CONVEYANCER_ROLES), "Name change on my user profile", """
I got married last month and have changed my surname from «old» to «last». [[rectification|Please update my PEXA user profile and the name on my signing certificate to my married name, «first» «last».]] My work email address stays as it is, and I've attached a copy of the marriage certificate in case you need it.

Our next settlement isn't until the 28th, so there's no great rush.
""", short_labels(r="rectification"),
   "Asking for her name to be updated on her profile is rectification, a routine request with no dissatisfaction, "
   "so complaint=false; she writes about her own record, not for her firm.",
   short=("[[rectification|Please update my PEXA user profile to my married surname, «last»]]", ""))

sc("pexa", person(), "Complaint - marketing emails I unsubscribed from", """
I'm writing to complain about the marketing emails I keep receiving from PEXA.

I attended one of your free webinars for conveyancers in January, using my personal email address. Since then I have had a newsletter or 'exclusive offer' roughly every week. I clicked unsubscribe on 3 March and again on 19 March, and the emails are still arriving - three more this month alone.

[[objection|I object to PEXA using my details for any kind of marketing from now on.]] [[erasure|I also want my name and email address deleted from your marketing and events lists entirely, as I have no further need to hear from you.]]

Please confirm in writing once this has been done, and explain why the unsubscribe link did not work.
""", short_labels(c=True, ex=True, pd=True, r="objection,erasure", cat="personal_data"),
   "Explicit complaint that his details are still used for marketing after opting out (personal_data, no "
   "disclosure so no breach); objecting to marketing = objection and 'deleted from your lists' = erasure.")

sc("pexa", staff(LAW, CONVEYANCER_ROLES), "Training records in a usable format", """
I'm a licensed conveyancer and have completed eleven PEXA training modules over the past two years. I keep my continuing competence record in a CPD app that can import spreadsheets.

[[portability|Could you send me my training records (course names, completion dates and scores) as a CSV or Excel file so that I can import them straight into that app?]] The certificates in the training portal are separate PDFs, one per course, and re-typing them all would take an age.

Thanks in advance.
""", short_labels(r="portability"),
   "Asking for his own training records in a machine-readable file to load into another app is portability; a "
   "routine request with no dissatisfaction, so not a complaint.")

sc("pexa", staff(LAW, CONVEYANCER_ROLES), "Account suspended by your system - completion missed", """
On Monday evening I logged in from my hotel in Lisbon to check a workspace before a Tuesday completion. On Tuesday morning I found my account suspended, with an on-screen message saying my access had been 'restricted following an automated security assessment'. No one called or emailed me first.

Because I couldn't sign, the completion had to move to Wednesday and my client lost her removal van booking, which cost her £240. Support reinstated me yesterday afternoon but could not tell me why it happened or whether it will happen again the next time I travel.

[[automated_decision|I want a member of your security team, not the system, to look at what happened and decide whether my account should ever have been suspended.]] [[informed|Please also tell me what information about me the assessment used to make that decision.]]

I'd appreciate a proper reply, and I expect PEXA to reimburse my client's £240.
""", short_labels(c=True, r="automated_decision,informed", cat="process"),
   "Implicit complaint about an automatic suspension rule that cost a completion (category process: the rule itself "
   "is the grievance); a person to decide = automated_decision, what information was used = informed; "
   "personal_data stays false because the grievance is the suspension, not data handling.")

sc("pexa", person(), "My name is wrong on the transfer - registration held up", """
We completed on our house purchase on 6 February through Greyfriars Law, who used PEXA for the settlement. Seven weeks on, the Land Registry still hasn't registered us, because the transfer lodged through your system spells my surname '«miss»' instead of '«last»' and they have raised a requisition.

Greyfriars tell me the name came from PEXA's system and is nothing to do with them. Meanwhile we can't remortgage because the title isn't in the right names, and I'm going round in circles.

[[access|Please send me a copy of all the personal data PEXA holds about me in connection with this purchase, so that I can see what was entered and when.]] [[rectification|Please also correct the spelling of my surname on your records so that the right version goes to the Land Registry.]]

I'd like a reply from someone who can actually sort this out with Greyfriars.
""", short_labels(c=True, pd=True, r="access,rectification", cat="personal_data", firm="gfl"),
   "A buyer's complaint about his conveyancing goes to the participant firm serving him (Greyfriars Law, gfl) even "
   "though he blames the platform too; his own name recorded wrongly makes it personal_data, and the copy and the "
   "correction asked of PEXA still count as access and rectification.")

sc("pexa", person(), "Audit trail shows me doing something I didn't do", """
My firm's compliance team is investigating a withdrawn lodgement on workspace 44-20917, and the PEXA audit trail they downloaded says I was the user who withdrew it at 16:52 on 11 March. I was not in the office that afternoon - I was at a hospital appointment, which my diary and the building's door records confirm - and I have never withdrawn a lodgement in my life.

This entry has now gone into an internal disciplinary file with my name on it. [[rectification|Please investigate and correct the audit trail so that it shows who actually withdrew the lodgement.]] [[restriction|Until that is done, please do not provide that entry, or any report built on it, to anyone else at my firm or outside it.]]

I need a written answer I can show my employer, and soon.
""", short_labels(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
   "Inaccurate data about her in the audit trail is harming her and she wants a reply: implicit personal_data "
   "complaint without breach; 'correct the audit trail' = rectification and 'do not provide it until corrected' = "
   "restriction.")

sc("pexa", staff(LAW + LENDER, None), "Product analytics - opting out", """
I was reading the updated PEXA privacy notice this week and noticed that user activity on the platform (clicks, time spent on each screen, the features we use) is analysed to build 'usage profiles' for product development and for targeting in-app messages.

I have no issue with the platform itself and I understand you need logs for security. [[objection|However, I object to my own activity being used to build a profile of me for product research or for targeting messages at me.]] Could you let me know once that has been switched off for my user account?

Many thanks.
""", short_labels(r="objection"),
   "Objecting to profiling of her platform activity is objection; she is not dissatisfied with the service, so "
   "complaint=false and category none.",
   short=("Opt out of usage profiling",
          "[[objection|I object to my platform activity being used to build a usage profile of me for product "
          "research or targeted in-app messages.]] Please confirm when it's switched off for my account. Thanks"))

sc("pexa", staff(LAW + LENDER, None), "Call to my personal mobile from your events team", """
Last Thursday evening, at about 7.30pm, someone from PEXA's events team rang my personal mobile to invite me to a 'partner breakfast'. I have never given that number to PEXA. My user profile has my office landline and work email only, and I keep my mobile private because of a past harassment issue.

I'm unsettled by this and I want answers. [[informed|Please tell me where PEXA got my personal mobile number, on what basis you think you can use it, and who else it has been passed to.]] [[access|I also want a copy of all the personal data PEXA holds about me, including any notes your events or sales teams have made.]]

Please reply in writing rather than ringing the number.
""", short_labels(c=True, pd=True, r="informed,access", cat="personal_data"),
   "Her unhappiness that PEXA obtained and used a private number she never gave is an implicit personal_data "
   "complaint (no disclosure described, so no breach); source and basis = informed, a copy of everything held = "
   "access.")

sc("pexa", person(), "Withdrawing my application - please delete documents", """
In April I started an application to register my small conveyancing practice as a PEXA subscriber and uploaded my passport, a utility bill and my practising certificate for the identity checks. I've since decided to merge my practice into a larger firm that already uses PEXA, so I won't be going ahead.

[[erasure|Please delete my application and the identity documents I uploaded, and confirm when that has been done.]]

Thank you for your help during the process - your onboarding team were very patient with me.
""", short_labels(r="erasure"),
   "A withdrawn applicant asking for her application and ID documents to be deleted is erasure; she is satisfied, "
   "so complaint=false.",
   short=("[[erasure|Please delete my withdrawn subscriber application and the ID documents I uploaded]]", ""))

sc("pexa", person(), "My mother's sale - money not received", """
I hold a lasting power of attorney for my mother, Mrs Dorothy Fenwick, who is 86 and has just sold her bungalow to move into a care home. On 21 March she received an email from PEXA saying that settlement had completed and the funds had been disbursed. Nine days later the money has still not reached her bank account, and her solicitors, Marsh & Penrose, keep saying they are 'chasing it internally' without giving me a date. The care home deposit is now overdue.

I understand from the solicitors that the payment is their responsibility, but I also want to see exactly what your system sent and when. [[access|As her attorney, I'm asking for a copy of all the personal data PEXA holds about my mother, including the notifications sent to her and the settlement details recorded against her name.]]

I'd be grateful if someone could come back to me quickly - this is causing real worry for both of us.
""", short_labels(c=True, r="access", cat="delay", firm="mpc", tp=True),
   "An attorney daughter (third_party) complains that the seller's solicitors Marsh & Penrose have not paid out the "
   "sale money, so it is forwarded to mpc with category delay; her request for a copy of her mother's data held by "
   "PEXA is access.")

sc("pexa", person(), "Application for the Customer Support Analyst role", """
I applied last week for the Customer Support Analyst vacancy in your Manchester office and received an email within an hour saying I had not been shortlisted. Your careers page explains that the first sift is carried out by an automated screening tool.

I'm not looking to make a fuss, and I realise you'll have had a lot of applicants. [[automated_decision|I'd simply like a member of your recruitment team to look at my application and make the shortlisting decision themselves, rather than leaving it to the screening tool.]] I have six years' experience on a lender's completions helpdesk, which I suspect the tool missed because of how my CV is laid out.

Thank you for considering this.
""", short_labels(r="automated_decision"),
   "A job applicant politely asking for a person instead of the screening tool to decide is automated_decision; "
   "no dissatisfaction is expressed, so complaint=false.")

sc("pexa", person(), "Please don't delete my account data yet", """
I left my firm at the end of last month and your email says my user account and its history will be deleted after 90 days of inactivity.

I'm in a dispute with my former employer about work I did on several workspaces last year, and my solicitor has advised me that the record of my activity on the platform may be needed as evidence. [[restriction|Please don't delete my account data when the 90 days run out; keep it stored, but don't use it for anything else until the dispute is over.]] My solicitor expects it to be settled by the autumn, and I'll let you know as soon as it is.

Thanks for your help.
""", short_labels(r="restriction"),
   "Asking PEXA to keep his data for a legal claim but not use it is restriction (the opposite of erasure); a "
   "courteous request, not a complaint.",
   quote=("On 2 May 2026, PEXA Notifications <no-reply@pexa.co.uk> wrote:",
          "Your PEXA user account has been inactive since your firm removed your access. In line with our retention "
          "policy, the account and its history will be deleted after 90 days of inactivity.\n\nReference: {ref}\n\n"
          "This is an automated message."))

sc("pexa", person(), "Why are you emailing me?", """
I remortgaged with my bank two weeks ago and this morning received a 'How did your settlement go?' survey from PEXA, addressed to me by name at my personal email address. I have never had any dealings with PEXA. I didn't choose you, I didn't sign up to anything, and nobody told me my email address would be handed to a company I'd never heard of.

[[informed|I want to know who gave you my email address, what else you were given, and on what legal basis you think you can use it to contact me.]] [[objection|I object to you using my details to send me surveys, marketing or anything else that isn't strictly needed for the remortgage.]]

I expect a reply, and an explanation.
""", short_labels(c=True, pd=True, r="informed,objection", cat="personal_data"),
   "A borrower's grievance about PEXA's own use of her email for a survey is PEXA's to answer (about_other_firm "
   "null): implicit personal_data complaint about unexpected use; source and basis = informed, objecting to surveys "
   "and marketing = objection.")

sc("pexa", staff(SOLICITORS, ["Solicitor", "Associate", "Trainee Solicitor"]),
   "Subject access request - our client Mr Tobias Grant", """
We act for Mr Tobias Grant of 9 Larkspur Close, Chelmsford, who sold a property at 22 Mill Lane, Maldon in November last year through a firm that settled the sale on PEXA. Mr Grant's signed authority for us to act is attached, together with a copy of his passport.

[[access|On his behalf, please provide a copy of all personal data PEXA holds about Mr Grant, including workspace records and notifications sent to him.]] [[informed|Please also tell us which participant firms his data has been shared with through the platform and for what purposes.]]

Please send the response to this email address. We look forward to hearing from you within the statutory one-month period.
""", short_labels(r="access,informed", tp=True),
   "A solicitor acting for a client (third_party) makes a neutral subject access request: the copy = access and "
   "who it was shared with and why = informed; no dissatisfaction, so not a complaint.")

sc("pexa", staff(LAW_NOT_OLS, CONVEYANCER_ROLES),
   "Formal complaint - I am still receiving Orchard Lane's client notifications", """
This is a formal complaint. I left Orchard Lane Solicitors in January and now work for a different firm, but PEXA still lists me as a contact on Orchard Lane's workspaces. Since then I have received at least fourteen settlement notifications at my new work address containing the names, addresses and loan amounts of Orchard Lane's clients. I have no business seeing any of this and I've deleted each one, but they keep coming. I reported it to your support desk on 4 February and nothing changed.

[[rectification|Please correct my user profile so that it shows my current firm and not Orchard Lane.]] [[erasure|Please also remove my name and email address from every Orchard Lane workspace contact list on the platform.]]

I'd like written confirmation, and an explanation of why my first report was ignored.
""", short_labels(c=True, ex=True, pd=True, br=True, r="rectification,erasure", cat="personal_data"),
   "Explicit complaint that PEXA keeps sending other firms' client data to her (breach, personal_data); Orchard Lane "
   "is only named, PEXA is blamed (firm null); 'correct my profile' = rectification, 'remove my name and email "
   "from the lists' = erasure, while deleting the emails she received is not.")

sc("pexa", staff(LAW, CONVEYANCER_ROLES), "Registration refused by automated ID check", """
I moved to a new firm in March and had to register as a new PEXA user. My registration has been refused twice. Each time the message says the electronic identity check 'could not verify your details', and the help page says the decision is made automatically using credit reference data.

I have lived at the same address for nine years and have never had a problem with an identity check anywhere else. Meanwhile I can't sign in any workspaces and my colleagues are having to cover my completions.

[[automated_decision|Please have a member of your onboarding team review my registration and make the decision themselves.]] [[access|I'd also like a copy of the information the identity check returned about me, so I can see whether something in it is wrong.]]

I'd be grateful for a reply this week.
""", short_labels(c=True, r="automated_decision,access", cat="onboarding"),
   "Being blocked from registering, with a reply expected, is an implicit onboarding complaint; a person to decide = "
   "automated_decision and a copy of the check results = access, with personal_data false because the grievance "
   "is the refusal.")

sc("pexa", person(), "CCTV footage from your car park", """
I park in the shared car park behind your office on Lower Quay Street. On Tuesday 7 April, between about 1pm and 3pm, someone scraped the side of my car and drove off without leaving a note. I noticed that the camera on the corner of your building points across the bays.

[[access|Could you please send me a copy of any footage from that afternoon showing me and my car, a blue Skoda Fabia?]] [[informed|I'd also like to know how long you keep the recordings, so that I know whether it's worth the police asking for them as well.]]

Thank you - I appreciate this isn't really your problem.
""", short_labels(r="access,informed"),
   "A member of the public asking for a copy of camera footage of herself is access, and how long recordings are "
   "kept is informed; she is not dissatisfied with PEXA, so complaint=false.")

sc("pexa", person(), "Complaint about my photo on your LinkedIn page", """
I want to complain about a photograph of me that PEXA has posted on its LinkedIn page and in the Events section of its website. It was taken at your training day in Leeds on 12 March. Nobody asked whether I minded being photographed, there was no sign saying photos would be taken, and I would not have agreed to it being published - I keep a very low profile online for personal reasons.

[[erasure|Please delete the photograph from LinkedIn, from your website and from any other copies you hold.]]

I would also like an explanation of how this was allowed to happen.
""", short_labels(c=True, ex=True, pd=True, r="erasure", cat="personal_data"),
   "Explicit complaint about her image being published without consent (unexpected use: personal_data, no breach "
   "as nothing went to a wrong recipient); 'delete the photograph' = erasure.",
   short=("Complaint: photo of me on your LinkedIn",
          "You posted a photo of me from the Leeds training day without asking. [[erasure|Please delete it from "
          "LinkedIn, your website and any other copies.]]"))

sc("pexa", person(), "Wrong email address for my wife on our sale", """
My wife and I are selling our house and our conveyancer is using PEXA for the settlement. My wife, Mrs Leona «last», is working in Singapore until June, so I'm dealing with the paperwork for both of us while she's away; her signed note authorising me is attached.

Her settlement notifications are going to an old Hotmail address that she closed two years ago. [[rectification|Please update her email address on your records to leona.«lastlow»@outlook.com so that she gets the notifications directly.]]

Thank you.
""", short_labels(r="rectification", tp=True),
   "A husband writing for his wife (third_party) asks for her email address to be updated: rectification, made "
   "routinely, so complaint=false.")

sc("pexa", staff(LAW + LENDER, None), "Question about risk scoring of users", """
At a recent industry event one of your product managers mentioned that PEXA now scores each user's login and signing behaviour to decide automatically when to ask for extra verification or to hold a transaction for review.

I support sensible fraud controls, so please don't read this as criticism. [[automated_decision|But if the system ever decides to block or hold something I've signed, I want that decision to be taken by a person rather than left to the score.]] [[objection|I also object to my behaviour data being used for any profiling beyond what fraud prevention actually needs, such as product research or benchmarking users against each other.]]
""", short_labels(r="automated_decision,objection"),
   "Asked before anything has gone wrong, so not a complaint: a person instead of the score to decide = "
   "automated_decision, objecting to wider profiling = objection.")

sc("pexa", person(), "Still being billed after closing my practice", """
I closed my sole practice on 31 December and gave PEXA written notice in November, which your accounts team acknowledged. I have nevertheless been charged the monthly subscription for January, February and March, £95 each time, by direct debit. I've now cancelled the mandate with my bank, but I want the £285 refunded.

While I'm writing, I'd like to tidy up my data too. [[access|Please send me a copy of the personal data you hold about me as a user.]] [[portability|Please provide my user profile and my personal activity log as CSV files, so that I can load them into the archive system I'm using for the closed practice.]] [[erasure|Once I've received those, please delete my user account and personal details.]]

I'd like the refund dealt with first, please.
""", short_labels(c=True, r="access,portability,erasure", cat="fees_charges"),
   "Subscription charged after notice is an implicit fees_charges complaint; the copy, CSV export for another system "
   "and deletion are access, portability and erasure, requested alongside a non-data grievance so personal_data "
   "stays false.")

# ============================== PEXA: look-alikes (7) ==============================

sc("pexa", staff(LAW, CONVEYANCER_ROLES), "Can't access any of my workspaces since this morning", """
Since your change to the sign-in page this morning I can't access any of my workspaces. The new two-step code arrives by text, I enter it, and the screen goes straight back to the login page. I've tried three browsers and cleared the cache. Two colleagues in our office have the same problem.

I have a completion booked for 2pm today and another tomorrow morning. This is the second sign-in failure this month and it's not good enough. Please get someone to fix it, or ring me urgently on the office number.
""", short_labels(c=True, cat="platform_defect"),
   "A login failure blocking completions, with a fix demanded, is an implicit platform_defect complaint; 'access' "
   "means system access, not the data right, so rights=[].",
   short=("URGENT - locked out of all workspaces",
          "Since this morning's sign-in change I can't access any workspace - the code just loops back to the "
          "login page. Completion at 2pm. Fix this or call me now."))

sc("pexa", person(), "My conveyancer sent my passport to a stranger", """
I'm buying a flat and my conveyancer is Hartwell & Bligh, who I understand use PEXA for completion. On Friday a man I've never met rang me to say he had received an email from Hartwell & Bligh with my passport scan, two months of bank statements and my mortgage offer attached. It was meant for me but went to him - he has the same surname.

I've told Hartwell & Bligh to get the documents deleted and to send me a copy of exactly what was sent, but all I've had back is an apology from a trainee. I don't know who else to tell. Can PEXA do anything about a firm that uses your system behaving like this? I want someone to take it seriously.
""", short_labels(c=True, pd=True, br=True, cat="personal_data", firm="unknown"),
   "A buyer's complaint about her own conveyancer's data breach is forwarded to that firm, which is not in the "
   "directory (unknown); the deletion and copy were asked of Hartwell & Bligh, not PEXA, so rights=[].")

sc("pexa", staff(LENDER, ["Billing and Accounts Manager", "Finance Operations Lead", "Completions Manager"]),
   "Complaint - March invoice charged twice", """
I'm raising a complaint on behalf of our completions team about the March platform invoice. We've been sent two invoices with different numbers (INV-558210 and INV-558244) for exactly the same 61 workspaces, and both were collected by direct debit on 2 April.

Please delete the duplicate invoice from our account so that it stops showing as a second charge on our statement, refund the £1,830 collected under it, and confirm the correction in writing. This is the second billing error this year.
""", short_labels(c=True, ex=True, cat="fees_charges"),
   "A lender's explicit complaint about a duplicate platform charge is fees_charges; 'delete the duplicate invoice' "
   "is not erasure, and staff writing for their own firm are not third_party.")

sc("pexa", staff(LAW, ["Practice Manager", "IT and Systems Manager", "Head of Residential Property"]),
   "Exporting our matter data - moving case management systems", """
We are moving to a new case management system in June and would like to bring our settlement history across. Could PEXA provide an export of all our firm's workspaces from the last six years - workspace numbers, property addresses, settlement dates, amounts and the other participating firms - as a CSV file, so that our new supplier can load it into their system? If there is a standard report that does this, a pointer to it would be just as good.

No problems at all with the platform, we're just tidying up before the migration.
""", short_labels(),
   "A subscriber firm asking for its own business records as a CSV for a system migration is a service request, "
   "not a data subject's portability right, so rights=[] and it is not a complaint.")

sc("pexa", staff(LAW, ["Practice Manager", "Training and Compliance Manager"]),
   "Out-of-date data protection module in your training portal", """
Our four new paralegals completed the PEXA 'Data handling in workspaces' e-learning module last week as part of their induction. Two of them have since come to me puzzled, because the module tells them that clients must pay £10 to make a subject access request, that firms have 40 days to respond, and it refers throughout to the Data Protection Act 1998. All of that has been out of date for years.

We rely on your materials being right, and I've now had to re-train all four of them myself. Please update the module, let me know when it's fixed, and tell me whether the certificates they received are still valid.
""", short_labels(c=True, cat="training"),
   "Wrong content in PEXA's training materials with a fix demanded is an implicit training complaint; the module "
   "merely discusses subject access requests and nobody asks PEXA to act on a right, so rights=[].")

sc("pexa", person(), "Re: Your subject access request", """
Thanks very much for sending the copy of my data so quickly. I've been through the file and everything I was looking for is there, including the login history I needed.

There's nothing else I need from you, so please treat the request as closed.
""", short_labels(),
   "A thank-you confirming that a subject access request was fulfilled asks for nothing new, so rights=[] and "
   "complaint=false; the request itself lives only in the quoted history.",
   quote=("On 14 April 2026, PEXA Data Protection <privacy@pexa.co.uk> wrote:",
          "Hello,\n\nFurther to your subject access request (reference {ref}), please find attached a copy of the "
          "personal data PEXA holds about you.\n\nIf you have any questions, or wish to exercise any of your other "
          "rights, please reply to this email.\n\nPEXA Data Protection Team"))

sc("pexa", staff(LAW, ["Practice Manager", "Office Manager", "Head of Conveyancing"]), "Remove a leaver's user account", """
Jonah Pryce left our firm on Friday. Please delete his PEXA user account and remove him as a signatory on our subscription with immediate effect. He has no open workspaces, and his matters have been reassigned to Carys Moore, who is already set up as a user.

Thanks for your help.
""", short_labels(),
   "A practice manager asking for a departed colleague's user account to be closed is routine subscription "
   "administration for the firm, not a data subject's erasure request, so rights=[] and not a complaint.",
   short=("Leaver - please remove user",
          "Jonah Pryce left on Friday; please delete his user account and take him off our signatory list. Thanks"))

# ============================== Conexus: rights of Conexus (22) ==============================

MONEY_ADVICE_ROLES = ["Debt Adviser", "Money Adviser", "Senior Debt Caseworker"]

sc("conexus", org("Harbourside Money Advice", "harboursidemoneyadvice.org.uk", MONEY_ADVICE_ROLES),
   "Complaint on behalf of our client - ref CX-5520914", """
I am a debt adviser at Harbourside Money Advice and act for Mr Kofi Mensah, whose signed authority is attached. I am writing to make a complaint on his behalf about a telephone call he received from one of your agents on 9 March.

Mr Mensah told your agent that he receives Universal Credit and had a full budget appointment with us booked for the following week. Despite this, the agent told him that his account would be 'passed to solicitors today' unless he agreed to pay £150 a month, and he agreed because he was frightened. He cannot afford that sum, and his first payment has left him short for food and electricity.

[[access|Please provide a copy of the recording of the 9 March call, together with all account notes and any other personal data you hold about Mr Mensah.]] Please also cancel the £150 arrangement and hold the account for 30 days while we complete his budget.
""", short_labels(c=True, ex=True, r="access", cat="collection_conduct", tp=True),
   "A money adviser's explicit complaint (third_party) about pressure during a call is collection_conduct; the call "
   "recording and data copy are access, while 'hold the account' is a collection remedy, not restriction.")

sc("conexus", person(), "Change of contact details - account CX-3107462", """
Please note my new contact details for the account above. [[rectification|Please update my mobile number to 07700 900418 and my email address to the one I'm writing from.]]

[[restriction|Until you've confirmed the update, please don't use my old number for anything at all, as it now belongs to my 15-year-old daughter.]]

I'm happy with the current payment arrangement and will keep paying on the 1st of each month.
""", short_labels(r="rectification,restriction"),
   "Routine change of details with no dissatisfaction: 'update my number' = rectification and 'don't use the old "
   "one until confirmed' = restriction; complaint=false.",
   short=("New mobile - CX-3107462",
          "[[rectification|Please update my mobile to 07700 900418.]] [[restriction|Don't use my old number for "
          "anything until that's done - it's my daughter's now.]]"))

sc("conexus", person(), "I am not the person you are looking for", """
For the third time since January I've had a letter from you addressed to me by name about an unpaid Pennant Mobile account ending 4471. I have never had a Pennant Mobile account. I phoned in February and was told the letters would stop; they haven't. I'm starting to worry either that someone has used my identity or that you've simply matched me to a stranger with a similar name.

[[informed|I want to know where you got my name and address, and why you decided that I am the person who owes this money.]] [[erasure|Once you've confirmed I'm not the account holder, delete my details from your records so this can't happen again.]]

Please reply in writing.
""", short_labels(c=True, pd=True, r="informed,erasure", cat="personal_data"),
   "Being wrongly traced and chased is an implicit complaint about Conexus's use of his data (personal_data; "
   "Pennant is only the named creditor); where the data came from = informed, delete my details = erasure.")

sc("conexus", person(), "Payment history as a spreadsheet please", """
I've been paying £40 a month towards my Lumen Water arrears through you since 2023, and I'm now using a budgeting app to get on top of my finances. The app can import a spreadsheet of past payments.

[[portability|Could you send me my full payment history on this account as a CSV or Excel file, so that I can import it into the app?]] Email is fine. My reference is CX-8802193.

Thanks very much.
""", short_labels(r="portability"),
   "His payment history as a CSV to import into another app is portability; a friendly request, not a complaint.",
   short=("CSV of my payments?",
          "[[portability|Can you email me my payment history for CX-8802193 as a CSV file so I can import it into "
          "my budgeting app?]] Thanks"))

sc("conexus", person(), "You have been looking at my Facebook?", """
Your letter of 2 April says your investigations team has confirmed my employment 'using publicly available online sources', and it names the care home where I work. The only place that information appears is my personal Facebook page, which I've now locked down.

I find it creepy that a debt collector has been going through my social media and my photos. [[objection|I object to Conexus using social media or any other online searches to gather information about me.]] [[erasure|Delete whatever you collected from my Facebook page, including any screenshots.]]

I want a reply telling me what you've done about this.
""", short_labels(c=True, pd=True, r="objection,erasure", cat="personal_data"),
   "Dissatisfaction that Conexus gathered data from her social media is an implicit personal_data complaint about "
   "data obtained unexpectedly; objecting to online searches = objection, delete what was collected = erasure.")

sc("conexus", person(), "Payment offer rejected by your website", """
I tried to set up a payment plan of £25 a month on your website for my Beacon Home Finance balance. I filled in the income and expenditure form honestly, and within seconds the site said my offer 'does not meet our affordability criteria' and told me to pay £110 a month or call. I have been calling for two days and can't get through before the lines close.

£25 is genuinely what I can afford after rent and bills - I'm on a zero-hours contract. [[automated_decision|I'd like a real person to look at my income and expenditure and decide on my offer, instead of the website.]] In the meantime I'm worried the account will be escalated because no plan is in place.
""", short_labels(c=True, r="automated_decision", cat="process"),
   "Implicit complaint that an automatic affordability rule rejected an affordable offer (the rule itself is the "
   "grievance: process); a person to decide instead of the website = automated_decision; Beacon is only the "
   "creditor.")

sc("conexus", org("Office of Helen Atherley MP", "parliament.uk", ["Caseworker", "Senior Caseworker"]),
   "Constituent enquiry - Ms Rosalind Achebe, ref CX-6190334", """
I am writing on behalf of Ms Atherley's constituent, Ms Rosalind Achebe of 14 Tennyson Road, Wolverhampton, who has given her written consent (enclosed) for this office to act for her.

Ms Achebe has received letters from Conexus about a Westbury Council Tax account. She does not dispute that there may be a balance, but she has not lived in Westbury for many years and would like to understand the position before she seeks advice. [[access|Please send this office a copy of the personal data Conexus holds about Ms Achebe in relation to this account.]] [[informed|Please also explain where Conexus obtained her current address and on what basis it is processing her information.]]

Thank you for your assistance.
""", short_labels(r="access,informed", tp=True),
   "An MP's office acting for a constituent (third_party) neutrally asks for a copy of her data (access) and the "
   "source and basis of processing (informed); no dissatisfaction, so not a complaint.")

sc("conexus", person(), "Fraud - I do not owe this Pennant account", """
I told you on 3 March, by phone and then in writing, that the Pennant Mobile contract you're chasing me for was taken out fraudulently in my name. I gave you the Action Fraud crime reference (NFRC260301772), and Pennant have confirmed to me that they have opened a fraud investigation. Despite all of that I've had two more demand letters from you this month, the latest threatening to report a default.

[[restriction|Until Pennant's fraud investigation is finished, I want you to stop using my personal details on this account, including passing anything to credit reference agencies.]] Please confirm in writing that the account is on hold and that nothing will be reported.
""", short_labels(c=True, r="restriction", cat="debt_dispute"),
   "Being chased for a debt she says is not hers after telling Conexus is an implicit debt_dispute complaint about "
   "Conexus's own pursuit (firm null, as in lg-26); 'stop using my details until the investigation is finished' = "
   "restriction, asked alongside a non-data grievance so personal_data=false.")

sc("conexus", person(), "Complaint - false note on my account", """
I want to make a complaint about a note on my account. When I spoke to your agent on 18 February I explained that my ex-partner had a gambling problem, which is part of why we fell behind. I have since learned from Sterling Credit Loans that your records say I have a gambling addiction, and that this was passed on to them when they asked for an update. It is completely untrue and it has already affected how Sterling treat me.

[[rectification|Please correct the note so that it accurately records what I told your agent.]] [[restriction|Until that has been done, do not share the note with Sterling Credit Loans or anyone else.]] [[access|I also want a copy of all the notes on my account and the recording of that call.]]

I expect a written apology.
""", short_labels(c=True, ex=True, pd=True, r="rectification,restriction,access", cat="personal_data"),
   "Explicit complaint about an inaccurate note on her record (personal_data; sent to the creditor, not a wrong "
   "recipient, so no breach): correct it = rectification, do not share until corrected = restriction, copy of "
   "notes and recording = access.")

sc("conexus", person(), "Settled account - records and deletion", """
My account with you (ref CX-2271850, originally a Heathcote Bank overdraft) was settled in full in 2019 and I have the closure letter. I'm now sorting out my household records.

[[portability|Please send me the payment history for the account as a spreadsheet file so that I can import it into the accounting software I use for my household finances.]] [[erasure|After that, please delete my personal data, unless there's a legal reason you must keep some of it, in which case just let me know what and for how long.]]

Thanks.
""", short_labels(r="portability,erasure"),
   "A neutral housekeeping request: a spreadsheet to import into other software = portability, then delete my data "
   "= erasure (the 'tell me what you must keep' clause belongs to the erasure request); not a complaint.")

sc("conexus", org("Northgate Community Advice", "northgateadvice.org.uk", MONEY_ADVICE_ROLES),
   "Client payment offer - please refer to a person, ref CX-9043381", """
I'm a money adviser with Northgate Community Advice and I'm helping Ms Bethan Lloyd with her budget; her signed authority is attached. Ms Lloyd works shifts through an agency, so her income changes a lot from month to month.

We understand that payment offers made through your online portal are assessed automatically against a standard threshold. [[automated_decision|Rather than putting her offer through the automated assessment, please have one of your staff decide on it, taking into account the attached income and expenditure statement.]] She is offering £30 a month for the next six months, with a review after that.

Thank you for your help.
""", short_labels(r="automated_decision", tp=True),
   "A money adviser (third_party) asks in advance for a member of staff rather than the automated assessment to "
   "decide her client's offer: automated_decision, with no dissatisfaction, so not a complaint.")

sc("conexus", person(), "What did you look at on my credit file?", """
Your latest letter says that 'a recent check of your credit file indicates you are able to make higher payments'. Nobody asked me whether you could look at my credit file, and I'm struggling to see how anything on it says I can pay more - I'm on statutory sick pay.

[[informed|I want you to tell me exactly what you looked at on my credit file, which agency it came from, and on what basis you think you're entitled to search it and use it to set my payments.]] Until I get an answer I'm not increasing anything.
""", short_labels(c=True, pd=True, r="informed", cat="personal_data"),
   "Unhappiness that Conexus searched and used his credit file without telling him is an implicit personal_data "
   "complaint (unexpected use, no breach); what was used, its source and the basis = informed.",
   short=("credit file check??",
          "[[informed|What did you look at on my credit file, where did it come from, and what gives you the right "
          "to search it?]] Nobody asked me, and I'm on sick pay - I am not increasing my payments."))

sc("conexus", staff(SOLICITORS, ["Solicitor", "Associate", "Partner"]),
   "Our client Mr Idris Haddad - account CX-4418827", """
We act for Mr Idris Haddad in relation to the Sterling Credit Loans account that you are collecting. Our client's complaint concerns the balance itself: Sterling Credit Loans added £1,140 of default and 'recovery' charges to a loan of £2,600 after he missed two payments during a hospital stay, and he disputes those charges in full. We have written separately to Sterling Credit Loans.

We ask that you place the account on hold while Sterling Credit Loans consider the matter. [[access|Under Article 15 UK GDPR, please also provide us with a copy of all personal data Conexus holds about Mr Haddad, including the account history you received from Sterling Credit Loans.]]

Our client's signed authority is enclosed.
""", short_labels(c=True, ex=True, r="access", cat="debt_dispute", firm="scl", tp=True),
   "A solicitor (third_party) calls the client's grievance a complaint about the creditor's own charges that make up "
   "the debt, which only Sterling Credit Loans can fix (scl, debt_dispute); the Article 15 copy asked of Conexus is "
   "access, 'place on hold' is not restriction.")

sc("conexus", org("Tolworth Debt Support", "tolworthdebtsupport.org.uk", ["Volunteer Adviser", "Debt Adviser"]),
   "Request for client's data - Mrs Grace Ong, ref CX-7316025", """
I'm a volunteer adviser at Tolworth Debt Support, a registered charity, and I'm helping Mrs Grace Ong prepare a debt relief order application. Her signed consent form is attached.

[[portability|Please send us Mrs Ong's transaction history on this account as a CSV file, so that it can be imported into the debt advice software we use to prepare her application.]] [[access|We would also be grateful for copies of the letters you have sent her over the last twelve months, as she hasn't kept them.]]

There is no urgency beyond the usual timescales.
""", short_labels(r="portability,access", tp=True),
   "A charity adviser (third_party) neutrally asks for the client's transaction history as CSV for other software "
   "(portability) and copies of letters sent to her (access); not a complaint.")

sc("conexus", person(), "You sent my details to my ex-husband's house AGAIN", """
I moved out of 3 Hawthorn Court in Tamworth in 2024 when I separated from my husband. I gave you my new address over the phone last October and again in writing in January. On Saturday my ex-husband rang me to taunt me about my 'debts', because another of your letters, with my balance and payment history, had arrived at his house and he had opened it.

This is a man I have a non-molestation order against. I cannot believe you have let this happen twice. [[rectification|Correct my address on your system to the one I gave you in January.]] [[erasure|I want the Hawthorn Court address deleted from my file altogether, so that it can never be used again.]]

I want to know what you are going to do about this, and I want an answer this week.
""", short_labels(c=True, pd=True, br=True, r="rectification,erasure", cat="personal_data"),
   "Her debt details sent to and read by her ex-husband is a breach inside an implicit personal_data complaint; "
   "'correct my address' = rectification, 'delete the old address' = erasure.")

sc("conexus", person(), "Call recordings and speech analytics", """
Your privacy notice says that calls are recorded and analysed with speech analytics software that scores customers' tone and wording to predict their likelihood of paying and to flag possible vulnerability.

I'm happy for my calls to be recorded for training and for the record. [[objection|However, I object to my calls being analysed by that software to score or profile me.]] Please confirm that my account has been excluded from it. I have no other issues with how my account is being handled.
""", short_labels(r="objection"),
   "Objecting to his calls being scored by analytics software is objection to profiling; he has no grievance, so "
   "complaint=false.",
   short=("Speech analytics opt-out",
          "[[objection|I object to my calls being analysed by your speech analytics software to score or profile "
          "me.]] Recording them is fine. Please confirm."))

sc("conexus", org("Harbourside Money Advice", "harboursidemoneyadvice.org.uk", MONEY_ADVICE_ROLES),
   "Formal complaint - incorrect income and expenditure for Mr Paul Sadler", """
I am the debt adviser for Mr Paul Sadler (authority attached) and this is a formal complaint about the income and expenditure figures recorded on his account.

The statement we sent you on 6 January showed a monthly surplus of £32. Your letter of 20 February tells Mr Sadler that 'based on the information you have provided, your surplus is £320' and asks him to increase his payments tenfold. It appears a digit was mistyped when our statement was entered. Mr Sadler has been very distressed by this.

[[rectification|Please correct the income and expenditure record on his account to match the statement we sent.]] [[restriction|Until it has been corrected, please do not use those figures to set payments or make any other decision about the account.]]
""", short_labels(c=True, ex=True, pd=True, r="rectification,restriction", tp=True, cat="personal_data"),
   "An adviser's explicit complaint (third_party) whose root cause is the client's own financial record held "
   "wrongly is personal_data (lg-19); correct it = rectification, do not use it until corrected = restriction.")

sc("conexus", person(), "Why did a debt management company call me about my Conexus account?", """
Yesterday a company called ClearPath Debt Solutions rang me and said they were calling 'in partnership with Conexus' about my Northline Energy balance. They knew the amount to the penny and my account reference. I had never heard of them and I didn't give them my number.

[[informed|Tell me exactly what information you gave ClearPath, when you gave it, and what gives you the right to share it.]] [[objection|I object to my details being passed to any other company for marketing or to sell me their services.]]

I'm not happy about this and I expect a proper response.
""", short_labels(c=True, pd=True, r="informed,objection", cat="personal_data"),
   "Data shared unexpectedly with a marketing partner is an implicit personal_data complaint (a deliberate share, "
   "not a misdirection, so breach=false); what was shared and on what basis = informed, objecting to marketing "
   "shares = objection.")

sc("conexus", person(), "Complaint - calls to my phone about my brother's debt", """
I am making a complaint about the calls I keep getting from Conexus about my brother's account. I am not the account holder and I am not responsible for his debts. Your agents have rung my mobile eleven times in the past three weeks, including twice while I was at work, and one of them told me the amount he owes, which I had no need or wish to know.

You probably have my number from an old form where he put me down as his emergency contact. Stop calling me. [[erasure|Delete my number and any other details you hold about me from his account.]]
""", short_labels(c=True, ex=True, pd=True, br=True, r="erasure", cat="collection_conduct"),
   "An explicit complaint about repeated calls to a non-debtor is collection_conduct; telling her the brother's "
   "balance is a disclosure (breach, so personal_data); 'stop calling me' is a conduct remedy while 'delete my "
   "number' = erasure.",
   short=("Complaint - stop calling me about my brother's debt",
          "I'm not the account holder. Eleven calls in three weeks, and one of your agents told me what he owes. "
          "[[erasure|Delete my number and any other details you hold about me.]]"))

sc("conexus", person(), "Re: Your subject access request", """
The pack you posted in response to my request arrived on Saturday, and the first twelve pages are someone else's account - a Mr R. Whitcombe in Swindon, with his address, balance, payment history and call notes. My own data starts on page 13 and stops in 2022.

I've put his pages in an envelope to post back to you, but I'm appalled that this could happen, and it makes me wonder where my own information has been sent. [[access|Please send me a complete copy of my own data, all of it this time, including everything after 2022.]] [[portability|Send the payment history as a spreadsheet file as well, so that I can upload it to my bank's budgeting tool.]]
""", short_labels(c=True, pd=True, br=True, r="access,portability", cat="personal_data"),
   "A badly handled subject access request that also disclosed another customer's data is an implicit personal_data "
   "complaint with breach; re-asking for a full copy = access and a spreadsheet for another tool = portability.",
   quote=("On 28 March 2026, Conexus Data Protection <dpo@conexus.co.uk> wrote:",
          "Please find enclosed, by post, the information you requested under reference {ref}.\n\n"
          "Conexus Data Protection Team"))

sc("conexus", person(), "Dad's account - 'automatically selected' for legal action", """
I'm writing for my father, Mr Gerald Ashby, who is 81 and has asked me to deal with this for him (he has signed the attached authority). He has paid £20 a month towards a Northline Energy debt through you for over two years without missing a payment.

Last week he received a letter saying his account had been 'automatically selected for referral to our litigation partner following a review by our account prioritisation model'. He was terrified he was about to be taken to court over a debt he is already paying. [[automated_decision|I want a person at Conexus to review that decision properly, not the model.]] [[informed|Please also explain what information about my father the model used and why it picked his account.]]

He should never have been sent a letter like that.
""", short_labels(c=True, r="automated_decision,informed", tp=True, cat="collection_conduct"),
   "A son writing for his father (third_party) about a frightening litigation threat is an implicit "
   "collection_conduct complaint; a person to review the model's decision = automated_decision, what data it used = "
   "informed.")

sc("conexus", person(), "Date of birth on my account - ref CX-1184906", """
I phoned last Tuesday to say that the date of birth on my account is wrong: you have 14/07/1986 and it should be 14/07/1968. The agent changed it while I was on the line but said the change has to be checked by another team before it takes effect, which can take up to three weeks.

[[restriction|Until the correction has been confirmed, please don't pass my details to credit reference agencies or use that date of birth to match me to any other records.]] I'm sure it was just a typing slip and I'm not unhappy with anything else. Thank you.
""", short_labels(r="restriction"),
   "The correction was already made on the call, so the only request here is not to use the data until it is "
   "confirmed: restriction; calm and satisfied, so not a complaint.")

# ============================== Conexus: look-alikes (8) ==============================

sc("conexus", person(), "Stop ringing me at work", """
Your people have now rung my work landline three times this week. The last call was put through by our receptionist, who asked me afterwards why a debt collector was after me. I've been paying £30 a month by standing order since January without missing a payment, so I don't understand why you need to call at all.

Stop calling me at work. If you need to contact me, write to my home address or email me here. I want to be told why this has been happening.
""", short_labels(c=True, cat="collection_conduct"),
   "Unwanted calls to a paying customer's workplace with a demand to stop is an implicit collection_conduct "
   "complaint; 'stop calling me' is a conduct remedy and 'tell me why' asks about the calls, not the processing, so "
   "rights=[].",
   short=("Stop calling me at work - third call this week and I pay every month", ""))

sc("conexus", person(), "Northline bill is wrong - estimated readings", """
You're chasing me for £612 on behalf of Northline Energy. That bill is based on estimated readings for a flat I moved out of on 30 September - the real final bill should have been about £90. I gave Northline my closing meter reading and a photo of the meter when I left.

I've asked Northline three times for a copy of my meter reading history and a corrected final bill, and they have sent neither. I'm not paying £612 for gas I didn't use. Please send this back to Northline and stop chasing me until they've corrected their bill.
""", short_labels(c=True, cat="debt_dispute", firm="nte"),
   "The grievance is the creditor's own estimated bill, which only Northline Energy can fix (nte, debt_dispute); "
   "the copy was asked of Northline, and 'stop chasing until corrected' is a collection hold, so rights=[].")

sc("conexus", person(), "Formal complaint - my statement was emailed to a stranger", """
I'm making a formal complaint. This morning a woman I have never met messaged me on Facebook to say she had received an email from Conexus containing my name, my address, my account balance and my payment plan. She found me by searching my name, and she sent me a screenshot, so there's no doubt about it.

I'm mortified. I want an explanation of how this happened, an apology in writing, and compensation for the distress. I also want to know that she has been asked to get rid of the email.
""", short_labels(c=True, ex=True, pd=True, br=True, cat="personal_data"),
   "Her statement emailed to a stranger is an explicit personal_data complaint with breach; an explanation of the "
   "incident and asking the recipient to get rid of the email are remedies for the breach, not the right to be "
   "informed or erasure, so rights=[].")

sc("conexus", org("Harbourside Money Advice", "harboursidemoneyadvice.org.uk", MONEY_ADVICE_ROLES),
   "Breathing Space - client Mr Dean Foley, ref CX-5067219", """
Please note that my client, Mr Dean Foley, entered a standard Breathing Space on 16 April; the Insolvency Service reference is BS-2604-118273 and notice should reach you through the usual channel as well. His signed authority for us to act is attached.

Please put the account on hold for the duration of the moratorium - no contact with Mr Foley, no interest or charges and no further action - and direct any correspondence about the account to me. I'll be in touch once his debt plan is in place.
""", short_labels(tp=True),
   "A money adviser (third_party) gives routine notice of a Breathing Space; putting the account on hold and "
   "stopping contact are moratorium steps, not restriction, so rights=[] and it is not a complaint.")

sc("conexus", person(), "£60 'collection fee' - complaint", """
I'm complaining about the £60 collection fee that has appeared on my balance this month. I agreed a payment plan with your colleague in February and I have paid every instalment on time. You have no right to add a fee to an account that is up to date, and nobody mentioned any fee when the plan was set up.

Your last message offered me a copy of my personal data. I don't want a copy of anything; I want the £60 taken off and a corrected balance sent to me.
""", short_labels(c=True, ex=True, cat="fees_charges"),
   "An explicit complaint about a fee added by Conexus is fees_charges; 'no right', the declined copy and 'a "
   "corrected balance' are not requests to act on a data right, so rights=[].",
   quote=("On 4 April 2026, Conexus Customer Services <customerservices@conexus.co.uk> wrote:",
          "Thank you for your call. As discussed, your balance now includes a collection fee of £60.00 (reference "
          "{ref}).\n\nYou can ask for a copy of the personal data we hold about you at any time by writing to our "
          "Data Protection Officer."))

sc("conexus", person(), "Request for a copy of my credit agreement - ref CX-3390147", """
I'm writing about the Sterling Credit Loans account that you are collecting. Under section 77 of the Consumer Credit Act 1974, please provide a true copy of the credit agreement and a statement of account showing how the balance has been calculated. I understand a fee of £1 may apply and I'm happy to pay it.

I'm not disputing anything at this stage; I'd just like to see the paperwork before I agree a payment plan.
""", short_labels(),
   "A Consumer Credit Act request for a copy of the agreement and a statement is a statutory account request, not a "
   "UK GDPR access request for his personal data, so rights=[]; neutral, so not a complaint.",
   short=("s.77 request - copy agreement please",
          "Please send a true copy of the credit agreement for my Sterling Credit Loans account (ref CX-3390147) and "
          "a statement of account. Happy to pay the £1 fee."))

sc("conexus", person(), "Your payment website keeps rejecting my login", """
For the past week your online account page has refused my login every time, saying my details are 'not recognised', even after I reset the password twice. Because I couldn't access my account I couldn't make my usual payment on the 15th, and now I've had a letter saying I've missed a payment.

I have always paid on time. Please fix the website, confirm that the missed payment won't count against me and that my plan is still in place.
""", short_labels(c=True, cat="platform_defect"),
   "A failing payment portal that caused a missed payment is an implicit platform_defect complaint; 'access my "
   "account' means the website, so rights=[].")

sc("conexus", org("Sterling Credit Loans", "sterlingcredit.co.uk", ["Recoveries Officer", "Collections Team Leader"]),
   "Balance updates for two placed accounts", """
Two of the customers we placed with you in February have since paid us directly, so the balances on your system are now out of date:

- our ref SCL-7741092: customer paid £450 on 3 April, new balance £1,215.60
- our ref SCL-7740318: settled in full on 8 April, please close and return

Please correct the balances on your system and confirm once done, so that the customers aren't chased for amounts they've already paid.
""", short_labels(),
   "A creditor client instructing its agent to update account balances is account administration, not a data "
   "subject's rectification request, so rights=[]; no dissatisfaction, so not a complaint.")


# ---------------------------------------------------------------------------------------------
# rendering


def misspell(word):
    """The surname with two inner letters swapped (or, if they are the same, one letter doubled)."""
    for i in range(1, len(word) - 1):
        if word[i] != word[i + 1]:
            return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    return word[:2] + word[1:]


def draw_sender(rng, who):
    """(display name, address, first, last, signature lines) for a sender spec."""
    first, last = rng.choice(FIRST), rng.choice(LAST)
    if who["kind"] == "person":
        style = rng.randrange(5)
        fl, ll = first.lower(), last.lower()
        local = [f"{fl}.{ll}", f"{fl}{ll}{rng.randrange(10, 99)}", f"{fl[0]}.{ll}", f"{ll}.{fl}",
                 f"{fl}_{ll[:4]}{rng.randrange(1, 9)}"][style]
        return f"{first} {last}", f"{local}@{rng.choice(MAIL_DOMAINS)}", first, last, ""
    firm, domain = rng.choice(who["firms"])
    roles = who["roles"] or (LENDER_ROLES if (firm, domain) in LENDER else CONVEYANCER_ROLES)
    role = rng.choice(roles)
    local = [f"{first.lower()}.{last.lower()}", f"{first[0].lower()}.{last.lower()}",
             f"{first.lower()}{last[0].lower()}"][rng.randrange(3)]
    sig = rng.choice([f"\n{role}\n{firm}", f"\n{role} | {firm}", f"\n{role}, {firm}"])
    return f"{first} {last}", f"{local}@{domain}", first, last, sig


def fill(text, first, last, old):
    return (text.replace("«first»", first).replace("«lastlow»", last.lower()).replace("«last»", last)
            .replace("«miss»", misspell(last)).replace("«old»", old))


def draw_env(rng, s, forced_quote):
    """(form, html, quote, typo): form full, short or subject_only."""
    form = "full"
    if s["short"] is not None and rng.random() < 0.45:
        form = "subject_only" if not s["short"][1] else "short"
    html = form != "subject_only" and rng.random() < 0.3
    quote = forced_quote or (form == "full" and rng.random() < 0.3)
    typo = form == "full" and rng.random() < 0.35
    return form, html, quote, typo


def render(rng, s, n, env, previous_sender):
    form, html, use_quote, typo = env
    while True:
        name, addr, first, last, sig = draw_sender(rng, s["who"])
        if previous_sender is None or first != previous_sender[0].split()[0]:
            break
    old = rng.choice([x for x in LAST if x != last])
    if form == "full":
        subject, core = s["subject"], s["body"]
    else:
        subject, core = s["short"]
    subject, core = fill(subject, first, last, old), fill(core, first, last, old)
    if typo:
        core = typos_outside_marks(core, rng, MARK_RIGHTS, 0.3)
    mb = s["mb"]
    if form == "full":
        greeting = rng.choice(GREETINGS[mb])
        signoffs = [x for x in SIGNOFFS
                    if not (x.startswith("Yours faithfully") and greeting not in FORMAL_GREETINGS)
                    and not (THANKS_END.search(core) and THANKS_SIGNOFF.match(x))]
        signoff = rng.choice(signoffs).format(name=name, first=first) + sig
        body = (greeting + "\n\n" if greeting else "") + core + "\n\n" + signoff
    elif form == "short":
        body = core + rng.choice(["", "\n\n" + first, "\n\n" + name, "\n\nSent from my phone"])
    else:
        body = ""
    quote = None
    if use_quote:
        if s["quote"] is not None:
            quote = s["quote"]
        else:
            who, text = rng.choice(QUOTES[mb])
            quote = (f"On {rng.choice(QUOTE_DATES)}, {who} wrote:", text)
    env_name = form + ("/html" if html else "") + ("+quote" if quote else "") + ("+typo" if typo else "")
    return finish_marked_record(
        rng, mailbox=mb, sender=f"{name} <{addr}>", subject=strip_marks(subject, MARK_RIGHTS),
        body=strip_marks(body, MARK_RIGHTS), html=html, quote=quote,
        subject_marks=rights_marks_of(subject), body_marks=rights_marks_of(body), labels=s["lab"],
        note=s["note"], source=f"{PREFIX}-s{n:03d}", env=env_name), (name, addr)


def check_scenarios():
    """Every scenario's marked rights (in each form) equal its labelled rights; look-alikes carry no marks."""
    for n, s in enumerate(S, 1):
        want = set(s["lab"]["rights"])
        forms = [(s["subject"], s["body"])] + ([s["short"]] if s["short"] else [])
        for subj, body in forms:
            got = {r for r, _ in rights_marks_of(subj) + rights_marks_of(body)}
            assert got == want, (n, got, want)


def build(rng):
    check_scenarios()
    records = []
    for n, s in enumerate(S, 1):
        env1 = draw_env(rng, s, s["quote"] is not None and s["subject"].startswith("Re:"))
        rec1, sender1 = render(rng, s, n, env1, None)
        env2 = draw_env(rng, s, False)
        for _ in range(20):
            if env2 != env1:
                break
            env2 = draw_env(rng, s, False)
        rec2, _ = render(rng, s, n, env2, sender1)
        records += [rec1, rec2]
    return records


def summary(records, env_counts):
    by_source = {}
    for r in records:
        by_source.setdefault(r["source"], r["labels"])
    labs = list(by_source.values())
    lines = [f"wrote {os.path.relpath(OUT, ROOT)}: {len(records)} emails, {len(by_source)} scenarios "
             f"(pexa {sum(r['mailbox'] == 'pexa' for r in records)} emails, "
             f"conexus {sum(r['mailbox'] == 'conexus' for r in records)} emails)"]
    for right in RIGHTS:
        lines.append(f"  {right:<20} emails {sum(right in r['labels']['rights'] for r in records):>3}   "
                     f"scenarios {sum(right in l['rights'] for l in labs):>3}")
    multi = sum(len(l["rights"]) > 1 for l in labs)
    lines.append(f"  scenarios with rights {sum(bool(l['rights']) for l in labs)} ({multi} with two or three), "
                 f"look-alikes {sum(not l['rights'] for l in labs)} "
                 f"({sum(not l['rights'] and l['complaint'] for l in labs)} complaints)")
    lines.append(f"  complaints: {sum(l['complaint'] for l in labs)} scenarios "
                 f"({sum(l['complaint'] and l['explicit'] for l in labs)} explicit); "
                 f"third party: {sum(l['third_party'] for l in labs)} scenarios; "
                 f"about_other_firm: {dict(Counter(l['about_other_firm'] for l in labs if l['about_other_firm']))}")
    lines.append("  envelopes: " + ", ".join(f"{k} {v}" for k, v in sorted(env_counts.items())))
    return "\n".join(lines)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=marked_record_errors)


if __name__ == "__main__":
    sys.exit(main())
