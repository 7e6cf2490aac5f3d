#!/usr/bin/env python3
"""Marked rights set Y: 60 hand-written scenarios (30 PEXA, 30 Conexus), each rendered twice, for evaluation.

45 scenarios ask the receiving firm to act on one or more UK GDPR rights (each request sentence written inline
as [[right|sentence]] or [[right1,right2|sentence]] and kept verbatim as a request_sentences mark); 15 are
look-alikes with rights [] (access to a portal, deleting a document, a firm's own data export, "keep me informed",
a firm's user administration, a Consumer Credit Act copy of the agreement, a creditor recalling accounts, a balance
confirmation, "a real person to ring me"), 9 of them complaints. Every label follows the labelling guide;
each scenario's `note` gives the rule used.

Each rendering draws its own envelope from the generator's rng: sender name and address, greeting and sign-off,
reference numbers, and one of plain / html / reply (a quoted earlier message from the firm below the new text) /
html_reply / typo (letter-edit typos outside the marks) / typo_reply / short (a short or subject-only version,
for the scenarios that have one). The two renderings of a scenario always use different envelopes.

Usage:  .venv/bin/python data/make/make_rights_marked_y.py   (stdlib only; writes data/trials/rights_marked_y.jsonl)
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from labelled_mail import (FIRM_NAMES, MARK_RIGHTS, RIGHTS, finish_marked_record,  # noqa: E402
                           marked_record_errors, rights_marks_of, run_generator, short_labels, strip_marks,
                           typos_outside_marks)

SEED = 20270325
PREFIX = "rmy"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "rights_marked_y.jsonl")

# ---------------------------------------------------------------------------------------------------------------
# envelope material (all invented)

FIRST = ["Amara", "Bethan", "Catriona", "Eamon", "Farah", "Gareth", "Hollie", "Imran", "Joanna", "Kwame",
         "Lorna", "Mateusz", "Niamh", "Oliver", "Priya", "Quentin", "Rosalind", "Samir", "Tamsin", "Umar",
         "Vera", "Wesley", "Yasmin", "Zoltan", "Aled", "Bronwen", "Conor", "Esther", "Fergus", "Gemma",
         "Harvey", "Ifeoma", "Jude", "Keeley", "Leon", "Marisa", "Nathaniel", "Orla", "Pavel", "Ruth"]
LAST = ["Abernethy", "Baptiste", "Carrick", "Dunleavy", "Egerton", "Fairclough", "Garside", "Hollings",
        "Iqbal", "Jarvis", "Kinsella", "Lockhart", "Mwangi", "Nairn", "Osei", "Prendergast", "Quigley",
        "Rashid", "Sandford", "Thorne", "Underwood", "Varga", "Whitmore", "Yeoman", "Zielinski", "Ashworth",
        "Brannigan", "Chaudhry", "Devereux", "Ellery", "Fitzgerald", "Gilchrist", "Holloway", "Jamieson",
        "Kowalczyk", "Llewellyn", "Moorcroft", "Northcott", "Okonjo", "Penhale"]
MAIL_DOMAINS = ["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.co.uk", "btinternet.com", "icloud.com",
                "sky.com", "virginmedia.com", "protonmail.com", "talktalk.net"]

GREET = {
    "formal": {"pexa": ["Dear Sir or Madam,", "Dear PEXA team,", "To whom it may concern,",
                        "Dear PEXA Customer Support,"],
               "conexus": ["Dear Sir or Madam,", "Dear Conexus,", "To whom it may concern,",
                           "Dear Customer Services Team,"]},
    "neutral": {"pexa": ["Hello,", "Good morning,", "Good afternoon,", "Hi,", "Dear PEXA team,", "Hello PEXA,"],
                "conexus": ["Hello,", "Good morning,", "Good afternoon,", "Hi,", "Dear Conexus team,",
                            "Hello Conexus,"]},
    "casual": {"pexa": ["Hi", "Hi there,", "Hello", ""], "conexus": ["Hi", "Hi there,", "Hello", ""]},
}
SIGNOFF = {
    "formal": ["Yours faithfully,", "Yours sincerely,", "Kind regards,", "Regards,"],
    "neutral": ["Kind regards,", "Many thanks,", "Thanks,", "Best wishes,", "Regards,", "Thank you,"],
    "casual": ["Thanks", "Cheers", "Thanks,", "ta", ""],
}
QUOTES = {
    "pexa": [
        ("PEXA Support", "support@pexa.co.uk",
         "Hello,\n\nThank you for contacting PEXA Customer Support. Your enquiry has been logged under case "
         "number {ref} and a member of the team will be in touch within five business days.\n\n"
         "Kind regards\nPEXA Customer Support"),
        ("PEXA Support", "support@pexa.co.uk",
         "Hi,\n\nThanks for getting in touch. I've passed your message to the relevant team and will come back "
         "to you as soon as I hear from them. Your reference is {ref}.\n\nBest regards\nMorgan\nPEXA Support"),
        ("PEXA Privacy", "privacy@pexa.co.uk",
         "Dear customer,\n\nWe acknowledge receipt of your email, which has been given the reference {ref}. "
         "Messages concerning personal data are passed to our privacy team.\n\nPEXA Privacy Team"),
    ],
    "conexus": [
        ("Conexus", "customerservices@conexus.co.uk",
         "Dear Customer,\n\nThank you for your email. It has been logged under reference {ref} and passed to the "
         "appropriate team.\n\nYours sincerely\nCustomer Services\nConexus"),
        ("Conexus", "customerservices@conexus.co.uk",
         "Hello,\n\nThank you for contacting Conexus. We aim to reply to all emails within five working days. "
         "Please quote {ref} in any further correspondence.\n\nConexus Customer Contact Team"),
        ("Conexus Data Protection", "dataprotection@conexus.co.uk",
         "Dear Sir/Madam,\n\nThank you for your message, reference {ref}. We will review it and respond as soon "
         "as possible.\n\nData Protection Team\nConexus"),
    ],
}
MONTHS = ["Jan", "Feb", "Mar"]

ENV_WEIGHTS = [("plain", 3), ("html", 2), ("reply", 2), ("html_reply", 1), ("typo", 2), ("typo_reply", 1)]

# ---------------------------------------------------------------------------------------------------------------
# scenarios


def P(*paras):
    return "\n\n".join(paras)


def S(n, mailbox, who, reg, subject, body, lab, note, short=None, reply=True, greet=True, sig="", hyphen=False):
    """One scenario. who: "person" or (org name, domain, job title). reg: formal / neutral / casual.
    short: (subject, body) of a short version (body "" = subject-only). sig: extra signature lines."""
    return {"source": f"rmy-s{n:03d}", "mailbox": mailbox, "who": who, "reg": reg, "subject": subject,
            "body": body, "labels": lab, "note": note, "short": short, "reply": reply, "greet": greet, "sig": sig,
            "hyphen": hyphen}


L = short_labels

SCENARIOS = [
    # ------------------------------------------------------------------ PEXA: rights, no complaint
    S(1, "pexa", ("Fenwick Hale Conveyancing", "fenwickhale.co.uk", "Licensed Conveyancer"), "neutral",
      "Name change on my PEXA user profile",
      P("I got married over the summer and now use my married surname at work as well. My CLC licence and our "
        "firm's records have been updated, but my PEXA user profile, the name on my signing certificate and the "
        "name shown against my actions in workspaces all still say {first} {oldlast}.",
        "[[rectification|Please could you update my user profile so that my surname reads {last} instead of "
        "{oldlast}.]] I can send a copy of the marriage certificate and my updated licence if you need them.",
        "Nothing urgent, but it would be good to have it done before our next run of completions at the end of "
        "the month."),
      L(r="rectification"),
      "A routine request to update her own surname on her user profile is rectification; no dissatisfaction, so "
      "complaint=false and category none."),
    S(2, "pexa", "person", "formal",
      "Request for my personal data - former PEXA user",
      P("Until March I worked in the mortgage completions team at Calder Valley Building Society and used PEXA "
        "daily under their subscription. I have since left, and I am in a dispute with my former employer about a "
        "January settlement they say I authorised.",
        "[[access|Please send me a copy of all the personal data PEXA holds about me, including my user profile, "
        "the audit log entries recorded against my user ID between October and March, and any recordings or notes "
        "of my calls to your support desk.]]",
        "[[informed|I would also like to know where the details in my user profile came from, whether they were "
        "entered by my employer or by PEXA, and who else you have shared them with.]]",
        "My user ID on the platform was {uid}. I can provide identification if required."),
      L(r="access,informed"),
      "A neutral request for a copy of his data (access) plus where it came from and who received it (informed); "
      "the dispute is with his former employer, not PEXA, so complaint=false."),
    S(3, "pexa", "person", "neutral",
      "Settlement figures for my accountant",
      P("The sale of my rental flat at 14 Tannery Row completed through PEXA on 19 February, with Greyfriars Law "
        "acting for me. My accountant's software can import transaction data, and she has asked whether I can get "
        "the completion figures as a file rather than a PDF.",
        "[[portability|Could you send me the data about my part in that settlement (sale price, the amounts paid "
        "out on my behalf and the date the funds were released) as a CSV or Excel file she can import into her tax "
        "software?]]",
        "If this has to come from Greyfriars rather than from you, just say and I'll ask them. Thanks for your "
        "help."),
      L(r="portability"),
      "Asking for his own settlement data in a machine-readable file to load into another system is portability; "
      "Greyfriars is only his conveyancer and nothing is wrong, so complaint=false."),
    S(4, "pexa", "person", "neutral",
      "Photos from the Leeds roadshow and your mailing list",
      P("I came to the PEXA roadshow in Leeds last October when I was a paralegal. I've since left conveyancing "
        "and retrained as a teacher.",
        "A photo of me at the Q&A session is still on your LinkedIn page and in the event brochure on your "
        "website, and I still get your monthly 'Settlement Insider' emails at this address.",
        "[[erasure|Please take down the photographs I appear in and delete my details from your event and "
        "mailing lists.]] [[objection|I also object to my name or image being used in any of your promotional "
        "material from now on.]]",
        "Thanks very much, and no hard feelings - it was a good day."),
      L(r="erasure,objection"),
      "Friendly request with no grievance: delete photos and list entries = erasure, no further promotional use "
      "of her name or image = objection; complaint=false."),
    S(5, "pexa", "person", "neutral",
      "Spelling of my name on the remortgage",
      P("I'm remortgaging with Thames Valley Mortgages and completion is booked for next Thursday through PEXA. "
        "My solicitor showed me the parties screen and my surname is spelt '{last_typo}' instead of '{last}'.",
        "[[rectification|Please correct my surname in your records so it matches my passport: {last}.]]",
        "[[restriction|Until that has been corrected, please don't send anything to the Land Registry or the bank "
        "with the wrong spelling on it.]]",
        "My solicitor knows I'm writing to you."),
      L(r="rectification,restriction"),
      "A calm service request: correct the misspelt surname (rectification) and do not use the wrong version "
      "until then (restriction); no dissatisfaction expressed, so complaint=false and Thames Valley is only the "
      "lender."),
    S(6, "pexa", "person", "formal",
      "Application for Customer Support Analyst vacancy - ref {jobref}",
      P("Last week I applied for the Customer Support Analyst vacancy in your Manchester office. The "
        "confirmation email says applications are 'screened by our recruitment software' and that only "
        "shortlisted candidates will be contacted.",
        "My CV has a two-year gap while I cared for a relative, and I am concerned that an automated filter "
        "will reject it on that basis without anyone reading my covering letter.",
        "[[automated_decision|I would like my application to be assessed by a member of your recruitment team "
        "rather than decided by the software alone.]]",
        "I realise this is the complaints address, but it is the only one I could find on your website. Thank "
        "you for your time."),
      L(r="automated_decision"),
      "Asking for a person rather than software to decide her application is automated_decision; she voices a "
      "worry, not a grievance, and 'complaints address' is not her calling this a complaint, so complaint=false.",
      reply=False),
    S(7, "pexa", "person", "casual",
      "Text message from PEXA - how do you have my number?",
      P("I'm buying a house and yesterday got a text saying my settlement in workspace {ws} is scheduled for "
        "12:00 on Friday. I've never signed up to anything called PEXA so at first I thought it was a scam, but "
        "my conveyancer says it's genuine and it's the system they use.",
        "[[informed|Could you explain where you got my mobile number, what you use it for and whether it is "
        "passed on to anyone else?]]",
        "Just want to understand it before Friday."),
      L(r="informed"),
      "A neutral question about the source, purpose and recipients of his number is the right to be informed; "
      "there is no grievance or demand, so complaint=false.",
      short=("How did PEXA get my mobile number?",
             "[[informed|Got a text about workspace {ws} - where did you get my number and what do you use it "
             "for?]]")),
    # ------------------------------------------------------------------ PEXA: rights with a complaint
    S(8, "pexa", ("Ashdown Pryce LLP", "ashdownpryce.co.uk", "Associate Solicitor"), "neutral",
      "Date of birth wrong on my verification record - signing keeps failing",
      P("For the last week I haven't been able to sign anything in PEXA. Every time I apply my digital "
        "signature the identity check fails with 'Details do not match verified record'. Your support desk told "
        "me on Tuesday that the record you hold has my date of birth as 11/07/1986, when it is 07/11/1986 - day "
        "and month have been swapped.",
        "Because of this a colleague has had to sign two completions in my place, and a third had to be moved to "
        "next week, which the clients were not pleased about.",
        "[[rectification|Please correct my date of birth on your verification record to 7 November 1986.]] "
        "[[access|I would also like a copy of everything held on that record so I can check nothing else has been "
        "entered wrongly.]]",
        "I need this fixed by Monday, along with an explanation of how it happened."),
      L(c=True, pd=True, r="access,rectification", cat="personal_data"),
      "Wrong personal data held about her is blocking her work and she demands a fix and an explanation: implicit "
      "complaint about inaccurate data (personal_data, no breach); correct it = rectification, copy of the "
      "record = access."),
    S(9, "pexa", "person", "formal",
      "Formal complaint - emails to a closed account",
      P("I retired from practice in 2024 and on three occasions since (April 2024, January 2025 and last month) "
        "I have asked PEXA to close my user account and stop writing to me. I am still receiving 'your "
        "certificate is about to expire' reminders and webinar invitations at this personal address, which I "
        "only ever gave you as a backup contact.",
        "I am making a formal complaint about the way these requests have been ignored.",
        "[[erasure|Delete my user account and all the personal details you hold about me, and confirm in writing "
        "when it has been done.]]",
        "If anything genuinely has to be kept for legal reasons, tell me what it is and for how long."),
      L(c=True, ex=True, pd=True, r="erasure", cat="personal_data"),
      "An ignored erasure request is a badly handled data-rights request, so personal_data=true and category "
      "personal_data; 'formal complaint' makes it explicit; no disclosure, so breach=false.",
      short=("Formal complaint - still emailing me after three requests",
             "[[erasure|Please delete my user account and all my details - I retired two years ago.]] This is the "
             "fourth time of asking and I want to complain about being ignored.")),
    S(10, "pexa", ("Brennan Kerr Solicitors", "brennankerr.co.uk", "Conveyancing Executive"), "neutral",
      "Recording of my call to support on 2 March",
      P("On 2 March I phoned your support line before a 2pm settlement because the lender's funds were showing "
        "as 'pending'. The adviser told me the settlement would still go through automatically if the funds "
        "cleared by 3pm and there was nothing more for me to do. That was wrong. The settlement failed at the "
        "cut-off, our client's purchase did not complete that day and the chain collapsed overnight.",
        "My firm now says the mistake was mine. I know what I was told.",
        "[[access|Please send me the recording of that call and any notes your adviser made against my name.]] I "
        "also expect an explanation of why your support desk gave out that information."),
      L(c=True, r="access", cat="inaccurate_information"),
      "The grievance is wrong advice from PEXA support that caused a failed settlement (implicit, "
      "inaccurate_information); the call recording is requested as evidence (access) but the grievance is not "
      "data handling, so personal_data=false."),
    S(11, "pexa", ("Redcliffe Mutual", "redcliffemutual.co.uk", "Settlement Officer"), "neutral",
      "Individual performance league table",
      P("Our team manager showed us a PEXA report this week that ranks each settlement officer by name on "
        "'late actions', 'rework rate' and 'time to sign'. I'm at the bottom of it, mostly because I take the "
        "complicated shared-ownership cases nobody else wants.",
        "Nobody told us PEXA was scoring individual users, and having my name at the bottom of a chart that has "
        "gone round senior management is humiliating.",
        "[[informed|I want to know what information about me goes into these scores, on what legal basis you "
        "produce them and who receives them.]] [[objection|I object to my activity on the platform being used to "
        "profile me in this way.]]",
        "I'd appreciate a proper answer rather than a standard reply."),
      L(c=True, pd=True, r="objection,informed", cat="personal_data"),
      "Her data used unexpectedly to score and rank her, with a reply demanded: implicit personal-data complaint "
      "(no breach, the report went to her own employer); basis and recipients = informed, 'I object to being "
      "profiled' = objection."),
    S(12, "pexa", ("Westgate Conveyancing", "westgateconveyancing.co.uk", "Senior Conveyancer"), "neutral",
      "My account was suspended automatically while I was abroad",
      P("On Monday I logged in from Portugal to check one workspace while on leave. Within minutes my account "
        "was suspended with the message 'Unusual activity - access suspended by risk engine', and it took your "
        "team until Thursday afternoon to restore it. Two settlements I was responsible for had to be rebooked "
        "and one client lost a removals deposit.",
        "Nobody looked at this before I was shut out, and there is no way to tell the system you are simply on "
        "holiday.",
        "[[automated_decision|I want the suspension decision reviewed by a member of staff, and a note put on my "
        "account so the system cannot suspend me automatically like this again.]] [[informed|Please also tell me "
        "what information about me the risk engine uses and where it gets it from.]]"),
      L(c=True, r="automated_decision,informed", cat="process"),
      "The grievance is the rule that suspends users automatically with no human check (implicit, process); a "
      "human review = automated_decision and what data the engine uses and its source = informed; personal_data "
      "stays false because the grievance is the suspension, not data handling."),
    S(13, "pexa", "person", "neutral",
      "Second chaser - export of my user data",
      P("I wrote to you on 9 January and again on 6 February asking for an export of my user data before I "
        "close my practice at the end of March. I have had an automated acknowledgement and nothing else, and it "
        "is now over two months.",
        "To repeat the request:",
        "[[portability|Please send my user profile, signing history and training records as a CSV or JSON file "
        "so I can keep them in my own practice records system.]]",
        "[[erasure|Once I have confirmed receipt, delete my account and personal details.]]",
        "I don't understand why something this simple has taken so long, and I would like to know why my earlier "
        "emails were not answered."),
      L(c=True, pd=True, r="portability,erasure", cat="personal_data"),
      "A chaser about an ignored data-rights request: the specific theme (a rights request badly handled, "
      "personal_data) beats the generic delay; machine-readable export = portability, then delete = erasure."),
    S(14, "pexa", "person", "neutral",
      "Our purchase - Marsh and Penrose not responding",
      P("We are buying 3 Kiln Lane with Marsh and Penrose acting for us. Three weeks ago they told us everything "
        "was ready in the PEXA workspace and we would complete within days. Since then nobody there has returned "
        "a single call or email, our mortgage offer runs out on the 28th and our landlord needs the flat back.",
        "I know you aren't our solicitors, but please pass this on to whoever can get them to act.",
        "[[access|Separately, please send me a copy of the personal information PEXA holds about me for this "
        "purchase, including what is recorded about me in the workspace.]]"),
      L(c=True, r="access", cat="delay", firm="mpc"),
      "A buyer's complaint purely about her own conveyancer's silence goes to that firm (about_other_firm=mpc, "
      "delay); the copy of her data is asked of PEXA itself, so access still counts."),
    S(15, "pexa", "person", "neutral",
      "Why is PEXA sending me insurance offers?",
      P("We completed on our new home last month and since then I've had two emails from PEXA with offers from "
        "'our home insurance partner, Hearthside Cover'. I never signed up to anything with PEXA - my conveyancer "
        "dealt with all of that - and I certainly didn't agree to be marketed to.",
        "It feels like my details from the purchase have been turned into a sales lead, and I'm not happy about "
        "it.",
        "[[informed|Tell me where my details came from and on what basis you think you can use them for "
        "marketing.]]",
        "[[objection|I object to any further use of my details for marketing, by you or your partners.]]",
        "[[erasure|Please delete my email address and phone number from whatever list this came from.]]"),
      L(c=True, pd=True, r="informed,objection,erasure", cat="personal_data"),
      "A consumer unhappy that PEXA itself used her purchase details for marketing: implicit personal-data "
      "complaint with no participant firm blamed (firm null); source and basis = informed, object to marketing = "
      "objection, delete from the list = erasure."),
    S(16, "pexa", ("Harcourt Vine Solicitors", "harcourtvine.co.uk", "Property Paralegal"), "formal",
      "Complaint - my details visible in your public webinar recording",
      P("I am writing to make a formal complaint. The recording of your 'Getting ready for digital settlement' "
        "webinar on YouTube uses screenshots from a live workspace. Fourteen minutes in, my full name, direct "
        "line and mobile number are clearly visible. A client spotted it and sent me the link; the video has had "
        "more than 2,000 views.",
        "Nobody asked whether my details could be used, and I had no idea the screenshots came from real "
        "matters.",
        "[[erasure|Remove the video and delete every copy of the screenshots that show my details.]] "
        "[[restriction|Until that is done, do not use the recording or those slides in any further sessions, on "
        "the website or anywhere else.]]",
        "I expect a reply within five working days explaining how this happened."),
      L(c=True, ex=True, pd=True, br=True, r="erasure,restriction", cat="personal_data"),
      "Her contact details exposed in a public video is a breach (personal_data, breach, category personal_data) "
      "and she says 'formal complaint'; delete the copies = erasure, stop using them meanwhile = restriction."),
    S(17, "pexa", "person", "neutral",
      "Address for my father, Mr Leonard Ashby",
      P("I hold a registered lasting power of attorney for property and financial affairs for my father, "
        "Leonard Ashby, who moved into a care home in January. His house at 22 Moor Lane is being sold through "
        "PEXA, with Greyfriars Law acting for him.",
        "Letters about identity checks are still going to Moor Lane, which is empty.",
        "[[rectification|Please update his address in your records to Elmhurst House Care Home, 40 Spring Road, "
        "Norwich NR3 4JP.]] If you can copy me in on anything you send him, that would help too.",
        "I can send a copy of the LPA if you need it. Thank you."),
      L(r="rectification", tp=True),
      "An attorney writing for her father (third_party) asks, without any grievance, for his address to be "
      "updated = rectification; complaint=false."),
    S(18, "pexa", ("Okoro Lund Employment Law", "okorolund.co.uk", "Solicitor"), "formal",
      "Our client Ms Dana Whitlock - subject access and preservation of records",
      P("We act for Ms Dana Whitlock, a former settlement officer at Pellbridge Building Society, in connection "
        "with an employment claim against the society. Her signed authority is attached.",
        "[[access|On our client's behalf we request a copy of all personal data PEXA holds about her, including "
        "her user profile, login history and every audit log entry recorded against her user ID from 1 June 2025 "
        "to 31 January 2026.]]",
        "[[restriction|Our client disputes the accuracy of some of those audit entries and needs them for her "
        "claim, so we ask you to restrict processing of those records: please do not alter, delete or release "
        "them to anyone other than this firm while the matter is ongoing.]]",
        "Please send the material to this office by secure email. We look forward to your acknowledgement."),
      L(r="access,restriction", tp=True),
      "A solicitor acting for a former user (third_party) makes a neutral request: a copy of her data = access, "
      "keep contested records unaltered and unused for her legal claim = restriction; the dispute is with her "
      "employer, so complaint=false."),
    S(19, "pexa", ("Carnbrook Bank", "carnbrookbank.co.uk", "Completions Team Leader"), "neutral",
      "Complaint: signing certificate renewal refused by the system",
      P("Please treat this as a complaint. My signing certificate came up for renewal this month and the online "
        "renewal has rejected me four times with 'Identity match failed'. My surname is hyphenated and as far as "
        "I can tell your check cannot match it against my passport, which has not changed in the six years I have "
        "used PEXA.",
        "Until the certificate is renewed I can't authorise payments, so two colleagues are covering my "
        "settlements.",
        "[[automated_decision|I want a person to check my documents and make the renewal decision, instead of the "
        "automated check that keeps refusing me.]]",
        "Please reply to me directly rather than through the general support queue."),
      L(c=True, ex=True, r="automated_decision", cat="platform_defect"),
      "The automated identity check fails on a correct hyphenated name, so the system fails (platform_defect, "
      "explicit); asking for a person to decide instead = automated_decision; personal_data=false because the "
      "record itself is right.",
      hyphen=True),
    S(20, "pexa", ("Safer Homes Advocacy", "saferhomes.org.uk", "Independent Domestic Violence Adviser"), "formal",
      "Information given to my client's former partner",
      P("I am an independent domestic violence adviser supporting Ms Rachel Tennant, whose written consent is "
        "attached. She is selling the home she used to share with her former partner, and the sale is in a PEXA "
        "workspace.",
        "On 4 March her former partner phoned your support line and was told the completion date and the amount "
        "due to be paid out to her. He is not a party to the sale and there is a court order restricting his "
        "contact with her. My client is now frightened that he will turn up on the day.",
        "[[access|Please provide Ms Tennant with a copy of the recording and notes of that call.]] "
        "[[rectification|His mobile number also appears to have been added to her contact record, so please "
        "correct her record so that it shows only her own number.]]",
        "We need to know urgently what else was disclosed and what you will do to stop this happening again."),
      L(c=True, pd=True, br=True, r="access,rectification", tp=True, cat="personal_data"),
      "An adviser writing for a client (third_party) reports PEXA disclosing her details to someone not entitled "
      "to them: implicit complaint, breach and personal_data; the recording = access and fixing her contact "
      "record = rectification; only PEXA is blamed, so firm null."),
    S(21, "pexa", ("Holm Ridley LLP", "holmridley.co.uk", "Trainee Solicitor"), "neutral",
      "Complaint about marketing calls to my personal mobile",
      P("I gave PEXA my personal mobile number last year only because it was needed for two-factor login codes. "
        "Since January I have had four calls and several texts from your events team promoting conferences and a "
        "'partner showcase', the latest at 8pm on a Sunday.",
        "I want to complain about my number being used for something it was never given for.",
        "[[objection|I object to my mobile number, or any of my details, being used for marketing of any kind.]] "
        "It should only be used for login codes.",
        "Please confirm that this has been actioned."),
      L(c=True, ex=True, pd=True, r="objection", cat="personal_data"),
      "Data used for a purpose it was not given for (marketing) is a personal-data complaint, explicit ('I want "
      "to complain'); objecting to marketing use = objection; nothing disclosed, so breach=false."),
    S(22, "pexa", "person", "casual",
      "Closing my PEXA account",
      P("I left Harlow and Finch Conveyancing at Christmas and I'm travelling for a year, so I won't need my "
        "PEXA login any more. The platform was fine, this is just tidying up.",
        "[[erasure|Please delete my user account and the personal details attached to it.]] If there's anything "
        "you're legally obliged to keep, no problem, just let me know what."),
      L(r="erasure"),
      "A housekeeping request with no grievance: delete my account and details = erasure; complaint=false.",
      short=("[[erasure|Please delete my PEXA user account, I have left the profession]]", "")),
    # ------------------------------------------------------------------ PEXA look-alikes (rights [])
    S(23, "pexa", ("Dunmore Lending", "dunmorelending.co.uk", "Settlements Manager"), "neutral",
      "Still can't access PEXA after password reset",
      P("Since your password reset on Tuesday none of our six settlement officers can access the platform. The "
        "login page accepts the new password and then loops back to the sign-in screen. We have cleared caches "
        "and tried three browsers and two networks.",
        "We have eleven settlements booked this week. Three have already been moved and our borrowers are asking "
        "why. This is the second lock-out this quarter.",
        "Please get someone technical to call me today and tell us what has gone wrong. A copy of the error from "
        "the browser console is attached."),
      L(c=True, cat="platform_defect"),
      "'Access' here means logging in to the platform and 'a copy' is an error log, so rights=[]; a repeated "
      "lock-out with harm and a demand is an implicit platform_defect complaint.",
      reply=True),
    S(24, "pexa", ("Pryor Stannard Solicitors", "pryorstannard.co.uk", "Partner"), "neutral",
      "Deleting a document from a workspace",
      P("One of my team uploaded an old draft of the transfer deed to workspace {ws} this morning. I cannot work "
        "out how to delete it: the bin icon is greyed out, the help article refers to a 'Manage documents' menu "
        "that doesn't exist on our screen, and the chat assistant just sends me back to the same article.",
        "This should be a thirty-second job and it has taken most of my morning. Can somebody either remove the "
        "document for us or tell me exactly how to do it, and fix the help page?"),
      L(c=True, cat="usability"),
      "Deleting a draft deed is not erasure of anyone's personal data, so rights=[]; the system works but is "
      "confusing to use, with a fix asked for: implicit usability complaint."),
    S(25, "pexa", ("Allerton Building Society", "allertonbs.co.uk", "Finance Systems Analyst"), "neutral",
      "CSV export of our settlement history",
      P("Our finance team moves to a new reconciliation system in April. Could you export all of our firm's "
        "settlement and fee data for the last two financial years - workspace numbers, settlement dates, amounts "
        "and PEXA fees invoiced - in CSV format so we can load it into the new system?",
        "If there's a self-service report that does this, a pointer would be fine."),
      L(),
      "A firm asking for its own business records as CSV is not a data subject's portability request, so "
      "rights=[]; a neutral service request, complaint=false."),
    S(26, "pexa", ("Marlowe Property Law", "marlowepropertylaw.co.uk", "Practice Manager"), "formal",
      "Complaint - charged for a workspace we deleted",
      P("I wish to complain about this month's invoice. We were charged the full workspace fee for {ws}, which we "
        "opened by mistake on 3 February and deleted within ten minutes without inviting anyone or doing anything "
        "in it. Your fee schedule says abandoned workspaces are not charged.",
        "Please remove the charge, send us a corrected invoice and confirm that this will not happen again."),
      L(c=True, ex=True, cat="fees_charges"),
      "'Deleted' a workspace and 'corrected invoice' concern a fee, not anyone's personal data, so rights=[]; the "
      "firm says 'I wish to complain' about a charge: explicit fees_charges."),
    S(27, "pexa", "person", "casual",
      "Can we be kept informed on completion day?",
      P("We're first-time buyers and our completion is set for Friday through PEXA. Our solicitor says the money "
        "moves through your system.",
        "Is there any way for us to be kept informed during the day - a text or email when the funds have gone "
        "and when the keys can be released? We'd like to plan the van. If that's something only our solicitor "
        "can do, no problem."),
      L(),
      "'Kept informed' about progress on the day is a service question, not a request for an explanation of how "
      "their data is processed, so rights=[]; complaint=false."),
    S(28, "pexa", "person", "neutral",
      "Heathcote keep losing my mortgage deed",
      P("I'm remortgaging with Heathcote Bank and the completion in PEXA is held up because Heathcote say they "
        "haven't received my signed mortgage deed. This is the third time I've signed and returned it, and each "
        "time they ask me to update the form and start again.",
        "I've been told the platform only shows what the bank puts in, so I'm writing to you in the hope someone "
        "can get this in front of the right person at Heathcote. I'm fed up, and I'm paying a higher rate every "
        "week this drags on.",
        "Please pass this to them and let me know who is dealing with it."),
      L(c=True, cat="service_quality", firm="hcb"),
      "A borrower's grievance purely about her lender losing documents goes to that firm (about_other_firm=hcb, "
      "service_quality); 'update the form' is the bank's paperwork, not a right asked of PEXA, so rights=[]."),
    S(29, "pexa", ("Kellaway Solicitors", "kellaway.co.uk", "Subscription Administrator"), "neutral",
      "Remove user - Tomasz Nowicki",
      P("Tomasz Nowicki left our firm on Friday. Please remove his user access to our subscription with "
        "immediate effect and delete his login so he can no longer see any of our workspaces. His outstanding "
        "tasks have been reassigned to Amira Haddad.",
        "I'm the administrator for our subscription; let me know if you need anything else from me."),
      L(),
      "A firm's administrator deactivating a leaver is user administration for the firm, not the leaver's own "
      "erasure request, so rights=[] and third_party=false; complaint=false."),
    S(30, "pexa", ("Sefton Legal", "seftonlegal.co.uk", "Conveyancer"), "neutral",
      "Complaint - 50 minutes on hold to unlock my account",
      P("I'd like to register a complaint about your support line. My account locked after three wrong "
        "passcodes this morning and the only way to unlock it is by phone. I was on hold for 50 minutes, was cut "
        "off once, and when I finally got through it took two minutes to sort.",
        "Someone should be picking up. Please call me back and explain what you are doing about the waiting "
        "times."),
      L(c=True, ex=True, cat="wait_time"),
      "Waiting on hold to reach someone is wait_time and 'register a complaint' makes it explicit; unlocking an "
      "account is not a data right, so rights=[].",
      short=("Complaint: 50 mins on hold just to unlock my account, nobody picks up", "")),
    # ------------------------------------------------------------------ Conexus: rights, no complaint
    S(31, "conexus", "person", "neutral",
      "Payment history for my new debt management provider - {acct}",
      P("I've just moved my debt management plan from Stepwise Debt Solutions to a new provider, ClearPath Money "
        "Plans, and they've asked for a full payment history from each creditor so they can set up their "
        "records.",
        "[[portability|Could you email me the payment history on this account as a spreadsheet or CSV file that "
        "I can forward to ClearPath to load into their system?]]",
        "My plan payments to you will carry on as normal."),
      L(r="portability"),
      "Her own payment data in a machine-readable file for another provider's system = portability; no "
      "grievance, so complaint=false."),
    S(32, "conexus", "person", "casual",
      "New phone number and email",
      P("Just to let you know my details have changed. My mobile is now {phone} and my email is the one I'm "
        "writing from.",
        "[[rectification|Please update account {acct} with the new number and email, and correct my year of "
        "birth while you're at it - your last letter had 1991 but it's 1993.]]",
        "Payments stay the same."),
      L(r="rectification"),
      "Updating contact details and correcting a wrong year of birth = rectification; a routine update with no "
      "dissatisfaction, complaint=false.",
      short=("change of number", "[[rectification|Please update my mobile on account {acct} to {phone}.]]")),
    # ------------------------------------------------------------------ Conexus: rights with a complaint
    S(33, "conexus", "person", "formal",
      "Formal complaint - letters about someone else's debt",
      P("For two months letters from Conexus have been arriving at my home addressed to 'Mr D {last}' about an "
        "overdue Pennant Mobile account. I am {first} {last}, I have never had a Pennant account, and nobody "
        "with the initial D has ever lived here. When I rang on 2 March I was asked to confirm my date of birth "
        "'for security', which I refused to do.",
        "The letters show the balance and the other man's account number, so you are sending his details to a "
        "stranger, and you have apparently linked my address and surname to a debt that has nothing to do with "
        "me. I want to complain formally about this.",
        "[[informed|Tell me where you obtained my address and what information led you to connect it with this "
        "account.]] [[erasure|Then delete any record that links me or my address to it.]]"),
      L(c=True, ex=True, pd=True, br=True, r="informed,erasure", cat="personal_data"),
      "Another debtor's details sent to the wrong person (breach) and the writer's own address wrongly linked to "
      "a debt (personal_data), formally complained of; the source of the link = informed, delete the link = "
      "erasure; Pennant is only the creditor named."),
    S(34, "conexus", "person", "neutral",
      "Balance wrong - stop reporting it",
      P("Your statement says I owe £1,284.60 on account {acct}. It should be £884.60. I paid £400 by bank "
        "transfer on 17 January and have sent your team the bank statement twice, but the payment still isn't "
        "showing.",
        "My credit file now shows the higher balance and I'm applying for a tenancy next month.",
        "[[restriction|Until you have checked the payment and confirmed the right balance, please stop reporting "
        "this account to the credit reference agencies.]]",
        "I'd like a written answer about the missing £400."),
      L(c=True, r="restriction", cat="debt_dispute"),
      "Challenging the amount owed is a debt_dispute (implicit); stop reporting it while the balance is checked "
      "= restriction; the grievance is the debt, not data handling, so personal_data=false."),
    S(35, "conexus", ("Harbour Insolvency Partners", "harbourinsolvency.co.uk", "Case Administrator"), "formal",
      "Mr Darren Pike - IVA proposal - {acct}",
      P("We are instructed by Mr Darren Pike to prepare a proposal for an Individual Voluntary Arrangement. His "
        "signed letter of authority is attached.",
        "[[portability|Please provide Mr Pike's full transaction history on this account as a CSV or Excel file so "
        "that it can be imported into our case management system.]] [[access|We also request, on his behalf, a "
        "copy of the personal data you hold about him, including account notes and recordings of calls since the "
        "account was passed to you.]]",
        "Please also confirm the current balance. We would be grateful for a reply within 14 days."),
      L(r="portability,access", tp=True),
      "An insolvency firm acting for the debtor (third_party) makes a neutral request: data in a file to import "
      "= portability, copy of notes and recordings = access; complaint=false."),
    S(36, "conexus", "person", "casual",
      "Online plan rejected in seconds",
      P("I tried to set up a payment plan on your website tonight. I put in all my income and outgoings honestly, "
        "which leaves me £35 a month, and offered that. Within about five seconds the site said my offer was 'not "
        "acceptable' and the minimum is £120 a month. I'm on Universal Credit with two kids. I can't pay £120 and "
        "nobody looked at what I put in.",
        "[[automated_decision|I want a real person to look at my income and outgoings and decide the plan, not "
        "the computer.]]",
        "Please ring me after 3pm. My reference is {acct}."),
      L(c=True, r="automated_decision", cat="collection_conduct"),
      "Being pressed by an automatic refusal into an unaffordable payment is how the debt is pursued "
      "(collection_conduct, implicit); a person to decide instead of the computer = automated_decision."),
    S(37, "conexus", "person", "neutral",
      "Customer Insight Programme - please leave me out",
      P("I received a letter inviting me to take part in your 'Customer Insight Programme', which says you "
        "analyse customers' payment behaviour and circumstances to 'develop better collection strategies'.",
        "I'm happy to keep paying the agreed £20 a month and I've no issue with how my account is handled. "
        "[[objection|But I object to my information being used for research, analysis or profiling for that "
        "programme or anything like it, beyond what you need to run my account.]]",
        "Account {acct}."),
      L(r="objection"),
      "Objecting to analysis and profiling beyond running the account = objection; he says he has no issue with "
      "the handling, so complaint=false."),
    S(38, "conexus", "person", "neutral",
      "How do you know where I work?",
      P("Your letter dated 28 February says 'we understand you are employed by Farrow Logistics and may be in a "
        "position to increase your payments'. I only started at Farrow in January. I haven't told you, my "
        "creditor or anyone connected with this debt where I work.",
        "I find it very unsettling that a debt collector knows this, and I'm worried about what else you have "
        "found out and whether you will contact my employer.",
        "[[informed|Explain where you got this information, who gave it to you and why you think you are "
        "entitled to use it.]]"),
      L(c=True, pd=True, r="informed", cat="personal_data"),
      "Personal data obtained without his knowledge and used, with an explanation demanded: implicit "
      "personal-data complaint, no breach; source and basis = informed."),
    S(39, "conexus", ("Riverside Money Advice", "riversidemoneyadvice.org.uk", "Money Adviser"), "formal",
      "Complaint - Ms Janice Obi - incorrect income on file - {acct}",
      P("I am a money adviser at Riverside Money Advice and act for Ms Janice Obi, whose authority you already "
        "hold.",
        "I wish to complain on her behalf. Ms Obi's plan was set at £95 a month because your records show her "
        "monthly income as £2,140. That figure is wrong; it appears to be her former partner's income from a "
        "joint application years ago. Her actual income is £1,190 a month, as shown on the income and "
        "expenditure statement I sent on 10 February, which has apparently not been used.",
        "[[rectification|Please correct her income on your records to £1,190 a month in line with the statement "
        "I sent.]]",
        "[[restriction|Until that is done, please do not use the incorrect figure in any affordability assessment "
        "or decision on her account.]]",
        "[[access|Please also send me a copy of the income and expenditure information you currently hold for her "
        "and the notes showing where the £2,140 figure came from.]]",
        "I look forward to your response."),
      L(c=True, ex=True, pd=True, r="rectification,restriction,access", tp=True, cat="personal_data"),
      "A money adviser (third_party) formally complains that the client's own record holds a wrong income "
      "figure: inaccurate personal data, so personal_data and category personal_data; correct = rectification, "
      "don't use meanwhile = restriction, copy of what is held = access."),
    S(40, "conexus", "person", "neutral",
      "Please delete my old account details",
      P("I paid off the balance on my account with you ({acct}, originally a Sterling Credit Loans debt) in full "
        "in July 2019 and received your closure letter. It is now more than seven years since then.",
        "[[erasure|As the matter is long finished, please delete the personal data you still hold about me and "
        "confirm once you have done so.]]"),
      L(r="erasure"),
      "A neutral request to delete data about a long-closed account = erasure; complaint=false.",
      short=("[[erasure|Please delete my data, account paid off in full in 2019]]", "")),
    S(41, "conexus", "person", "neutral",
      "I am not your customer - remove my number",
      P("In January I answered my partner's phone once when one of your agents rang him. Since then your agents "
        "have called my own mobile four times asking me to 'pass on a message' about his account, and one asked "
        "whether I contribute to the household bills.",
        "The debt is his, not mine, and I never gave you my number. I assume someone took it from that call.",
        "[[erasure|Remove my name and mobile number from his account and from your systems.]] [[objection|I "
        "object to you using my details for anything connected with his debt.]]",
        "Please confirm in writing when this has been done."),
      L(c=True, pd=True, r="erasure,objection", cat="personal_data"),
      "Her number obtained and used without her giving it: implicit personal-data complaint in her own name (not "
      "third_party); removing her details = erasure and objecting to any processing for his debt = objection, "
      "which goes beyond a 'stop calling' conduct remedy."),
    S(42, "conexus", "person", "neutral",
      "Letter about possible court action - {acct}",
      P("I received your letter saying my account 'has been identified by our systems as suitable for litigation "
        "review'. I do want to deal with this debt. I missed the last two payments because I was in hospital, "
        "which your system won't know about.",
        "[[automated_decision|Before anything is decided about court action, I'd like a member of your staff, not "
        "an automated system, to review my account and my circumstances.]]",
        "I can send a discharge letter from the hospital. My number is {phone}; mornings are best."),
      L(r="automated_decision"),
      "A calm request that staff rather than a system decide on court action = automated_decision; no "
      "dissatisfaction is expressed, so complaint=false."),
    S(43, "conexus", ("Pemberton Achebe Solicitors", "pembertonachebe.co.uk", "Solicitor"), "formal",
      "Formal complaint - disclosure at our client's workplace - Mrs Helen Carver",
      P("We act for Mrs Helen Carver (authority enclosed) and write to make a formal complaint on her behalf.",
        "On 11 March one of your agents telephoned Mrs Carver's workplace, a GP surgery, and left a message with "
        "the receptionist that she should 'call Conexus about her overdue Northline Energy account'. The "
        "receptionist is our client's neighbour. Mrs Carver had never given you that number and was paying under "
        "an agreed plan.",
        "[[access|We request a copy of all personal data you hold about Mrs Carver, including call recordings and "
        "contact logs from 1 January to date.]] [[informed|Please also state where you obtained her workplace "
        "number and on what basis you considered it appropriate to use it.]]",
        "We expect your final response within eight weeks and reserve our client's position."),
      L(c=True, ex=True, pd=True, br=True, r="access,informed", tp=True, cat="personal_data"),
      "Solicitors for the debtor (third_party) formally complain that her debt was disclosed to a colleague: "
      "breach, personal_data, category personal_data; copy of data = access, source and basis of the number = "
      "informed; Northline is only the creditor named."),
    S(44, "conexus", "person", "neutral",
      "Copies of call recordings - {acct}",
      P("[[access|Please could you send me copies of the recordings of my phone calls with Conexus since last "
        "September, and the notes your staff made on my account over that time.]]",
        "I'm seeing a debt adviser next month and want to have everything in one place. A download link would be "
        "easiest."),
      L(r="access"),
      "Copies of his own call recordings and notes = access; preparation for advice, no grievance, so "
      "complaint=false.",
      short=("call recordings",
             "[[access|Can you send me copies of my call recordings since September and the notes on my "
             "account please.]] Ref {acct}.")),
    S(45, "conexus", "person", "casual",
      "STILL writing to my old address",
      P("I moved out of 41 Cobden Street in November and gave your agent my new address on the phone on 2 "
        "December. Your letters are STILL going to Cobden Street, where my ex still lives. He has opened at least "
        "two of them and has been texting me about 'my debts', which is exactly what I was trying to avoid.",
        "[[rectification|Put my new address on the account: Flat 2, 18 Marsh Road, Hull HU3 2LP.]] "
        "[[restriction|And stop using the Cobden Street address for anything at all, starting today.]]",
        "I want to know why it wasn't changed when I told you, and I want it in writing."),
      L(c=True, pd=True, br=True, r="rectification,restriction", cat="personal_data"),
      "Letters sent to an old address and read by her ex is a disclosure (breach, personal_data) she is angry "
      "about: implicit complaint; new address = rectification, stop using the old one = restriction.",
      short=("old address!!",
             "[[restriction|Stop sending letters to 41 Cobden Street, my ex lives there and he is opening them.]] "
             "[[rectification|My address is Flat 2, 18 Marsh Road, Hull HU3 2LP.]] I told you in December. "
             "Sort it out.")),
    S(46, "conexus", "person", "neutral",
      "What I was told on the phone is not what your letter says",
      P("On 20 February I rang and agreed with your agent, Karl, that I would pay £25 a month from March. He "
        "said that was fine and a letter would confirm it. The letter came yesterday and says I agreed to £60 a "
        "month and that paying less will 'break' the arrangement.",
        "I did not agree to £60 and I can't afford it.",
        "[[access|Send me the recording of the call on 20 February so I can show what was agreed.]] I'll keep "
        "paying the £25 we agreed in the meantime, and I expect a reply."),
      L(c=True, r="access", cat="inaccurate_information"),
      "A letter that misstates the agreed arrangement is wrong information from the firm (implicit, "
      "inaccurate_information); the recording is asked for as evidence = access, but the grievance is not data "
      "handling, so personal_data=false."),
    S(47, "conexus", "person", "neutral",
      "Note on my account calling me abusive",
      P("When I rang on 6 March to ask why my payment hadn't been applied, the agent read out a note from an "
        "earlier call saying I had been 'abusive and refused to pay'. I have never been abusive to anyone at "
        "Conexus and I have never refused to pay; in that call I offered £20 a month, which was turned down.",
        "Every agent I speak to reads that note and it is affecting how I'm treated.",
        "[[rectification|Correct the note on my file so it records that I offered £20 a month and was not "
        "abusive.]]",
        "I'd like a reply telling me when that has been done."),
      L(c=True, pd=True, r="rectification", cat="personal_data"),
      "An inaccurate note on his own record that harms how he is treated: implicit personal-data complaint (no "
      "disclosure, breach=false); correct the note = rectification."),
    S(48, "conexus", "person", "neutral",
      "Complaint about the loan offer in your letter",
      P("Your latest letter about my Beacon Home Finance debt came with a leaflet saying I have been "
        "'pre-selected' for a consolidation loan from Brightwell Lending 'based on your payment profile with us'. "
        "I am trying to get out of debt, not into more of it, and I want to complain about a debt collector using "
        "my situation to sell me loans.",
        "[[informed|What information about me was used to pre-select me, and has any of it been given to "
        "Brightwell Lending?]] [[objection|I object to my data being used to profile me for marketing or to "
        "target me with offers of credit.]]",
        "I expect a full reply."),
      L(c=True, ex=True, pd=True, r="informed,objection", cat="personal_data"),
      "Explicit complaint about his data being used for profiling and marketing (personal_data, category "
      "personal_data); what data and which recipients = informed, object to marketing profiling = objection; "
      "Beacon is only the creditor."),
    S(49, "conexus", "person", "neutral",
      "My mother's account - registered LPA ignored again",
      P("I am my mother's attorney under a registered lasting power of attorney. I sent you a certified copy on "
        "3 January and again on 29 January and have twice been told on the phone that it is 'on file'. Yet every "
        "time I call about her account, {acct}, I'm told nobody can discuss it with me, and letters still go only "
        "to her. She has advanced dementia and cannot deal with them.",
        "[[access|Please send me a copy of the personal data you hold about my mother, Mrs Irene Fairbairn, "
        "including the notes of my previous calls.]] [[portability|I would also like her payment history as a "
        "spreadsheet file so I can add it to the records I keep for the Office of the Public Guardian.]]",
        "And please make sure the LPA is actually recorded this time."),
      L(c=True, r="access,portability", tp=True, cat="service_quality"),
      "An attorney (third_party) unhappy that staff keep ignoring her registered LPA: implicit service_quality "
      "complaint; copy of her mother's data = access, payment history as a spreadsheet for her own records = "
      "portability; personal_data=false because the grievance is how she is served."),
    S(50, "conexus", "person", "neutral",
      "Account returned to Northline - your records",
      P("Northline Energy have written to say my account has been recalled from Conexus and is now handled by "
        "them directly, and I've agreed a plan with them.",
        "[[erasure|As you are no longer collecting it, please delete the personal data you hold about me in "
        "connection with this account.]] [[restriction|If you are legally required to keep any of it, please "
        "restrict it to that purpose and don't use it to contact me.]]",
        "Former account {acct}."),
      L(r="erasure,restriction"),
      "A neutral request after the account was recalled: delete = erasure, keep only what law requires and use "
      "it for nothing else = restriction; complaint=false."),
    S(51, "conexus", ("Office of Ruth Calloway MP", "parliament.uk", "Caseworker to Ruth Calloway MP"), "formal",
      "Constituent: Mr Owen Pritchard - ref {acct}",
      P("I am writing on behalf of my constituent, Mr Owen Pritchard, who has given his consent for me to raise "
        "this with you.",
        "Mr Pritchard tells me that his account was moved to your 'enforcement pathway' automatically after a "
        "single missed payment in February, which happened because his bank account was frozen in error for a "
        "week. He has since received a letter warning of a doorstep visit. He is 74, lives alone and has found "
        "this extremely distressing.",
        "[[automated_decision|He asks that a member of your staff, rather than an automated system, reviews the "
        "decision to escalate his account.]] [[restriction|Until that review is complete, he asks that you do not "
        "use the automated assessment to take any further step against him.]]",
        "I would be grateful for a reply to this office."),
      L(c=True, r="automated_decision,restriction", tp=True, cat="collection_conduct"),
      "An MP's office writing for a vulnerable constituent (third_party) about automatic escalation towards a "
      "doorstep visit: implicit collection_conduct complaint; a human review = automated_decision, no further "
      "use of the automated assessment meanwhile = restriction."),
    S(52, "conexus", "person", "neutral",
      "Complaint - your online account showed me someone else's payments",
      P("When I logged in to the Conexus customer portal last night, the payment history screen showed another "
        "customer's name, address and a list of their payments. I logged out and back in and it showed mine "
        "again, but I took a screenshot, which I can send.",
        "I'm making a complaint because if I can see someone else's details, someone else can presumably see "
        "mine. I don't trust the portal any more.",
        "[[portability|Please email me my own payment history as a CSV file so I have my own copy.]] "
        "[[erasure|Then close and delete my online account; I'll pay by standing order and deal with you by "
        "post.]]"),
      L(c=True, ex=True, pd=True, br=True, r="portability,erasure", cat="personal_data"),
      "Another customer's data exposed in the portal is a breach and the explicit complaint is about data "
      "security (personal_data); payment history as CSV = portability, delete the online account = erasure."),
    S(53, "conexus", ("Eastfield Advice Centre", "eastfieldadvice.org.uk", "Debt Caseworker"), "formal",
      "Our client Ms Beatrice Lowe - data request - {acct}",
      P("We are helping Ms Beatrice Lowe with her finances; her signed authority is attached. Ms Lowe has "
        "recently divorced, reverted to her previous surname and moved house.",
        "[[rectification|Please update your records to her current name, Ms Beatrice Lowe, and her new address, "
        "12 Quarry Bank, Sheffield S6 2RT.]]",
        "[[access|Please send us a copy of all the personal data you hold about her.]]",
        "[[informed|Please also tell us which organisations you have shared her details with since the account "
        "was passed to you, and for what purpose.]]",
        "Thank you for your help."),
      L(r="rectification,access,informed", tp=True),
      "An adviser (third_party) makes a routine request: new name and address = rectification, a copy = access, "
      "who it was shared with and why = informed; no grievance, so complaint=false."),
    # ------------------------------------------------------------------ Conexus look-alikes (rights [])
    S(54, "conexus", "person", "neutral",
      "Request for copy of credit agreement - {acct}",
      P("I have received your letter about the Sterling Credit Loans account ending {last4}. Before I deal with "
        "this I would like to see the paperwork. Please send me a true copy of the executed credit agreement and "
        "a statement of account under section 78 of the Consumer Credit Act 1974. I understand a £1 fee may "
        "apply; please tell me how to pay it.",
        "I'm not disputing anything at this stage, I just want to see what I signed."),
      L(),
      "A Consumer Credit Act request for a copy of the agreement and statement is a consumer-credit request, "
      "not a UK GDPR request for a copy of the data held, so rights=[]; no grievance, complaint=false."),
    S(55, "conexus", "person", "neutral",
      "Stop phoning my work",
      P("Your agents have now rung the switchboard at my work three times this week asking for me by name, and "
        "my manager has started asking questions. I have a plan in place and I've never missed a payment, so I "
        "don't understand why this is happening.",
        "Stop phoning my workplace. You have my mobile and my email. I want someone to explain why these calls "
        "are being made."),
      L(c=True, cat="collection_conduct"),
      "'Stop phoning my workplace' is a conduct remedy, not objection, and nothing was disclosed, so rights=[] "
      "and breach=false; unwanted calls with an explanation demanded = implicit collection_conduct."),
    S(56, "conexus", ("Pennant Mobile", "pennantmobile.co.uk", "Collections Partner Manager"), "neutral",
      "Recall of accounts placed in error - batch PM-0312",
      P("Our placement file of 12 March (batch PM-0312) included 38 accounts that should not have been sent for "
        "collection; they are customers on our hardship scheme. The list is attached.",
        "Please recall these accounts, stop all activity on them and delete the customer records from your "
        "systems once you have confirmed the recall, in line with our data processing agreement.",
        "Sorry for the extra work. Please confirm when done."),
      L(),
      "A creditor client instructing its agency to recall and delete placed accounts is a business instruction, "
      "not a data subject's own erasure request, so rights=[] and third_party=false; complaint=false."),
    S(57, "conexus", "person", "neutral",
      "Northline bill for after I moved out",
      P("The balance you're collecting for Northline Energy is for electricity at 6 Fernlea Close from 1 "
        "September to 30 November. I moved out on 31 August and gave Northline a final meter reading and my "
        "forwarding address; I have their email confirming it. New tenants lived there for those three months.",
        "I tried to access my Northline online account to get the confirmation again but it has been closed. I "
        "kept a screenshot of their email though.",
        "Northline need to cancel this bill and charge the right people. Please send this back to them and hold "
        "off chasing me in the meantime."),
      L(c=True, cat="debt_dispute", firm="nte"),
      "The bill itself is wrong and only the creditor can fix it, so about_other_firm=nte and debt_dispute; "
      "'access' is to an online account, so rights=[]."),
    S(58, "conexus", ("Northgate Debt Advice", "northgatedebtadvice.org.uk", "Debt Adviser"), "neutral",
      "Balance confirmation for DRO - Mr Sanjay Mehta - {acct}",
      P("I'm helping Mr Sanjay Mehta apply for a Debt Relief Order; his authority is attached.",
        "Could you confirm the current balance on his account, whether any interest or charges are still being "
        "added, and the name of the original creditor? We need this for the DRO application, which we hope to "
        "submit by the end of the month. Please also put the account on hold for 30 days while we do so.",
        "Many thanks."),
      L(tp=True),
      "A representative (third_party) asking for a balance confirmation and a collection hold is routine account "
      "servicing, not a copy of the data held or a restriction, so rights=[]; complaint=false."),
    S(59, "conexus", "person", "casual",
      "complaint - 45 minutes on hold to change my payment date",
      P("I rang today to move my payment date from the 1st to the 15th because my pay date has changed. I was on "
        "hold 45 minutes, got cut off, rang back and was told the wait was 'over 30 minutes'. I want to complain "
        "about this. There's no way to change it online either.",
        "Please change the date to the 15th and ring me back about why it takes this long to get through."),
      L(c=True, ex=True, cat="wait_time"),
      "Held in a phone queue = wait_time, and 'I want to complain' makes it explicit; changing a payment date is "
      "not rectification of inaccurate data, so rights=[].",
      short=("complaint - 45 mins on hold just to change my payment date, nobody answers", "")),
    S(60, "conexus", "person", "casual",
      "talk to a real person please",
      P("every time i reply to ur texts i get another automatic text back saying 'we did not understand your "
        "response'. tried 4 times now. i just want a real person to ring me about my payments not a robot. not "
        "good enough",
        "my number is {phone}"),
      L(c=True, cat="service_quality"),
      "Wanting a human to talk to rather than automated texts is about how she is served, not a decision made "
      "about her, so rights=[] (not automated_decision); frustration plus 'ring me' = implicit service_quality.",
      greet=False, reply=False),
]


# ---------------------------------------------------------------------------------------------------------------
# rendering


def digits(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def swap_typo(word, rng):
    """word with two neighbouring inner letters swapped (always a different spelling)."""
    for _ in range(20):
        i = rng.randrange(1, len(word) - 2)
        w = word[:i] + word[i + 1] + word[i] + word[i + 2:]
        if w != word:
            return w
    return word[:-1] + word[-1] * 2


def sender(rng, sc):
    first = rng.choice(FIRST)
    last = rng.choice(LAST)
    if sc["hyphen"]:
        last = last + "-" + rng.choice([x for x in LAST if x != last])
    oldlast = rng.choice([x for x in LAST if x != last])
    lo_f, lo_l = first.lower(), last.lower().replace("-", "")
    if sc["who"] == "person":
        style = rng.randrange(6)
        local = [f"{lo_f}.{lo_l}", f"{lo_f}{lo_l}{digits(rng, 2)}", f"{lo_f[0]}.{lo_l}", f"{lo_f}_{lo_l}",
                 f"{lo_f}{lo_l[0]}{digits(rng, 3)}", f"{lo_l}.{lo_f}"][style]
        addr = f"{local}@{rng.choice(MAIL_DOMAINS)}"
    else:
        org, domain, _title = sc["who"]
        local = [f"{lo_f}.{lo_l}", f"{lo_f[0]}{lo_l}", f"{lo_f}"][rng.randrange(3)]
        addr = f"{local}@{domain}"
    return first, last, oldlast, f"{first} {last} <{addr}>"


def fill(text, ctx):
    return re.sub(r"\{(\w+)\}", lambda m: ctx[m.group(1)], text)


def pick_envs(rng, sc):
    """Two different envelopes for the scenario: one is always `short` when the scenario has a short version."""
    pool = [(e, w) for e, w in ENV_WEIGHTS if sc["reply"] or "reply" not in e]

    def draw(exclude):
        items = [(e, w) for e, w in pool if e not in exclude]
        x = rng.random() * sum(w for _, w in items)
        for e, w in items:
            x -= w
            if x < 0:
                return e
        return items[-1][0]

    if sc["short"]:
        other = draw(())
        return ["short", other] if rng.random() < 0.5 else [other, "short"]
    a = draw(())
    return [a, draw((a,))]


def render(rng, sc, env):
    mb = sc["mailbox"]
    first, last, oldlast, frm = sender(rng, sc)
    ctx = {"first": first, "last": last, "full": f"{first} {last}", "oldlast": oldlast,
           "last_typo": swap_typo(last, rng), "acct": f"C{rng.choice('2345678')}{digits(rng, 7)}",
           "ws": f"{rng.randrange(10, 99)}-{digits(rng, 6)}", "uid": f"u{digits(rng, 6)}",
           "phone": f"07{digits(rng, 3)} {digits(rng, 6)}", "last4": digits(rng, 4),
           "jobref": f"REC-{digits(rng, 4)}"}
    reg = sc["reg"]
    if env == "short":
        subj_m, core = sc["short"]
        if core:
            body_m = core + "\n\n" + first
        else:
            body_m = ""
    else:
        subj_m, core = sc["subject"], sc["body"]
        greeting = rng.choice(GREET[reg][mb]) if sc["greet"] else ""
        signoff = rng.choice(SIGNOFF[reg])
        if sc["who"] == "person":
            name = first if reg == "casual" and rng.random() < 0.5 else f"{first} {last}"
            sig = name
        else:
            sig = f"{first} {last}\n{sc['who'][2]}\n{sc['who'][0]}"
        if sc["sig"]:
            sig += "\n" + sc["sig"]
        parts = ([greeting] if greeting else []) + [core] + [(signoff + "\n" if signoff else "") + sig]
        body_m = "\n\n".join(parts)
    subj_m, body_m = fill(subj_m, ctx), fill(body_m, ctx)
    if env.startswith("typo"):
        body_m = typos_outside_marks(body_m, rng, MARK_RIGHTS, 0.35)
    subject_marks, body_marks = rights_marks_of(subj_m), rights_marks_of(body_m)
    marked = {r for r, _ in subject_marks + body_marks}
    assert marked == set(sc["labels"]["rights"]), (sc["source"], env, marked)
    quote = None
    if "reply" in env:
        qname, qaddr, qtext = rng.choice(QUOTES[mb])
        day, month = rng.randrange(1, 29), rng.choice(MONTHS)
        date = f"{day} {month} 2027, at {rng.randrange(8, 18):02d}:{rng.randrange(60):02d}"
        quote = (f"On {date}, {qname} <{qaddr}> wrote:", qtext)
    return finish_marked_record(
        rng, mailbox=mb, sender=frm, subject=strip_marks(subj_m, MARK_RIGHTS),
        body=strip_marks(body_m, MARK_RIGHTS), html=env.startswith("html"), quote=quote,
        subject_marks=subject_marks, body_marks=body_marks, labels=sc["labels"], note=sc["note"],
        source=sc["source"], env=env)


def build(rng):
    records = []
    for sc in SCENARIOS:
        for env in pick_envs(rng, sc):
            records.append(render(rng, sc, env))
    return records


def summary(records, env_counts):
    labs = [r["labels"] for r in records]
    scen = {}
    for r in records:
        scen[r["source"]] = r
    sl = [r["labels"] for r in scen.values()]
    lines = [f"wrote {OUT}: {len(records)} emails from {len(scen)} scenarios "
             f"(pexa {sum(r['mailbox'] == 'pexa' for r in records)}, "
             f"conexus {sum(r['mailbox'] == 'conexus' for r in records)})"]
    lines.append("per right (emails / scenarios): " + ", ".join(
        f"{x} {sum(x in l['rights'] for l in labs)}/{sum(x in l['rights'] for l in sl)}" for x in RIGHTS))
    lines.append(f"scenarios with rights {sum(bool(l['rights']) for l in sl)} "
                 f"(2+ rights {sum(len(l['rights']) > 1 for l in sl)}), look-alikes "
                 f"{sum(not l['rights'] for l in sl)} ({sum(not l['rights'] and l['complaint'] for l in sl)} "
                 f"complaints)")
    lines.append(f"complaints {sum(l['complaint'] for l in labs)} emails / {sum(l['complaint'] for l in sl)} "
                 f"scenarios (explicit {sum(l['explicit'] for l in sl)}); third party "
                 f"{sum(l['third_party'] for l in labs)} / {sum(l['third_party'] for l in sl)}; breach "
                 f"{sum(l['breach'] for l in sl)} scenarios; personal_data {sum(l['personal_data'] for l in sl)}")
    lines.append("envelopes: " + ", ".join(f"{k} {v}" for k, v in sorted(env_counts.items())))
    return "\n".join(lines)


def main():
    assert len(SCENARIOS) == 60 and len({s["source"] for s in SCENARIOS}) == 60
    assert all(s["mailbox"] in FIRM_NAMES for s in SCENARIOS)
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=marked_record_errors)


if __name__ == "__main__":
    sys.exit(main())
