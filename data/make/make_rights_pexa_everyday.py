#!/usr/bin/env python3
"""Build data/labelled/rights_pexa_everyday.jsonl: UK GDPR rights requests, personal-data breach
reports and their look-alikes for the PEXA complaints@ mailbox, written in everyday and formal words.

Written independently of the other labelled sets (no text, template or label taken from them).
Every scenario core below is a whole email written by hand; labels and the one-sentence note follow
/work/shared/labelling/labelling-guide.md (decision order of section 1, borderline rules of section 4).
Each core is expanded into 2-3 variants by envelopes that do not change the labels: greeting and
sign-off, a signature block (firm, SRA number, disclaimer), a neutral quoted PEXA Support reply
("On ..., PEXA Support wrote:" with "> " lines, or an Outlook "-----Original Message-----" block),
an HTML-only body, the short version as the subject with an empty body, hasty lower-case mobile
mail with "Sent from my iPhone", and typos. People, firms, addresses and references are invented.

Stdlib only, deterministic (fixed seed). Run from the repo root:
    python3 data/make/make_rights_pexa_everyday.py
    python3 data/make/validate.py data/labelled/rights_pexa_everyday.jsonl
`source` is the scenario id (rpe-<kind>-<nn>); split train/dev/test by source.
"""
import html as htmlmod
import json
import os
import random
import re
import sys

from labelled_mail import LETTER_EDITS, RIGHTS, label_errors, labels, letter_edit, quote_lines

SEED = 20261206
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "labelled", "rights_pexa_everyday.jsonl")
PEXA_FIRM_IDS = ("kbs", "ols", "bhf", "hcb", "mpc", "tvm", "gfl")  # participants a PEXA complaint can be about

# --------------------------------------------------------------------------------------------
# labels


def L(c=False, e=False, pd=False, b=False, r="", firm=None, tp=False, auto=False, cat=None):
    rights = [x for x in r.split()] if r else []
    for x in rights:
        assert x in RIGHTS, x
    return labels(c, e, pd, b, rights, firm, tp, auto, cat if cat else ("none" if not c else "?"))


SCEN = []


def sc(kind, role, subject, body, labels, note, short=None, name=None, org=None, quote=None,
       headers=None, fixed=False):
    """One hand-written scenario. role: consumer | firm | lender | former | applicant | stranger |
    rep (writes for someone else) | auto. short: one-line version for the subject-only envelope.
    quote: fixed history always appended below the new text. fixed: no greeting/sign-off added."""
    SCEN.append(dict(kind=kind, role=role, subject=subject, body=body.strip("\n"), labels=labels,
                     note=note, short=short, name=name, org=org, quote=quote, headers=headers,
                     fixed=fixed))


# --------------------------------------------------------------------------------------------
# people and organisations (invented)

FIRST = ["Amara", "Bethan", "Callum", "Deepa", "Eamon", "Fiona", "Gareth", "Hana", "Imran", "Joanne",
         "Kieran", "Lowri", "Marek", "Nadia", "Owain", "Precious", "Rory", "Sunita", "Tobias", "Una",
         "Vikram", "Wendy", "Yusuf", "Zara", "Alistair", "Bronwen", "Colm", "Delyth", "Femi", "Gemma",
         "Harriet", "Ifeoma", "Jonah", "Kirsty", "Leon", "Morag", "Niall", "Olena", "Piotr", "Rosalind"]
LAST = ["Abernethy", "Baptiste", "Crowther", "Dhillon", "Ellery", "Fairbairn", "Gosling", "Hendry",
        "Iqbal", "Jowett", "Kavanagh", "Lindgren", "McCart", "Nwosu", "Oyelaran", "Pennock", "Quayle",
        "Rushworth", "Sandhu", "Tregear", "Umeh", "Varley", "Whitlock", "Yeo", "Zielinski", "Ashdown",
        "Blackmore", "Coutts", "Darnell", "Emsley", "Fanshawe", "Greaves", "Hollins", "Ibbotson"]
MAILHOSTS = ["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.co.uk", "btinternet.com", "icloud.com",
             "sky.com", "live.co.uk"]
LAWFIRMS = [("Hartwell Moss LLP", "hartwellmoss.co.uk"), ("Cardew & Fry Solicitors", "cardewfry.co.uk"),
            ("Linnet Conveyancing Ltd", "linnetconveyancing.co.uk"), ("Penrice Law", "penricelaw.co.uk"),
            ("Ashby Rowe Solicitors", "ashbyrowe.co.uk"), ("Dunmore Property Lawyers", "dunmorelaw.co.uk"),
            ("Brightwater Conveyancing", "brightwaterconvey.co.uk"), ("Fenwick Aldous LLP", "fenwickaldous.com"),
            ("Sallow & Co Solicitors", "sallowco.co.uk"), ("Tarrant Hale Legal", "tarranthale.co.uk")]
LENDERS = [("Morwen Mutual Building Society", "morwenmutual.co.uk"), ("Calder Bank plc", "calderbank.co.uk"),
           ("Harbourside Homeloans", "harbourside-homeloans.co.uk")]
TITLES = ["Conveyancing Executive", "Senior Associate", "Practice Manager", "Partner", "Completions Lead",
          "Licensed Conveyancer", "Compliance Officer for Legal Practice", "Head of Residential Property"]
LENDER_TITLES = ["Completions Team Leader", "Mortgage Operations Manager", "Data Protection Lead",
                 "Redemptions Officer"]
STREETS = ["Alder Rise", "Copper Beech Road", "Wharf Lane", "St Aidan's Close", "Furnace Street",
           "Heron Way", "Lime Kiln Row", "Dovecote Gardens", "Bramble Walk", "Quarry Hill"]
TOWNS = [("Kettering", "NN16"), ("Lancaster", "LA1"), ("Truro", "TR1"), ("Wrexham", "LL11"),
         ("Stafford", "ST16"), ("Ipswich", "IP4"), ("Darlington", "DL3"), ("Perth", "PH2")]

DISCLAIMERS = [
    "This email and any attachments are confidential and may contain personal data or legally privileged "
    "information. If you have received it in error, please tell the sender and delete it from your system; "
    "do not copy, use or disclose it. We process personal data in line with our privacy notice, available on "
    "our website.",
    "CONFIDENTIALITY: this message is intended only for the addressee. If you are not the intended recipient "
    "please notify us immediately and delete this email. Our bank details will never change by email - always "
    "call us on a number you trust before sending money.",
    "Authorised and regulated by the Solicitors Regulation Authority. Information about how we use personal "
    "data is set out in our Privacy Notice. If this email has reached you by mistake, please delete it and let "
    "us know.",
    "This message may contain confidential information and personal data protected by the UK GDPR and the Data "
    "Protection Act 2018. Unauthorised use is prohibited. If received in error, please delete it.",
]

QUOTES = [
    "Thank you for contacting PEXA Support. Your reference is SUP-{n}. One of the team will pick this up and "
    "reply as soon as possible.",
    "Hi,\n\nThanks for getting in touch. So we can look into this, could you confirm the workspace number and "
    "the name of the participant firm acting for you?\n\nKind regards\nPEXA Support",
    "Hello,\n\nPlease note that the platform will be unavailable for planned maintenance on Saturday between "
    "06:00 and 09:00. Settlements booked for Monday are not affected.\n\nPEXA Support",
    "Thanks for your message. We've passed this to the right team and they will be in touch directly.\n\n"
    "PEXA Customer Support | Ref SUP-{n}",
    "Hi there,\n\nWe have updated your ticket SUP-{n}. If you have any more details, just reply to this email "
    "and they will be added to the ticket.\n\nThanks\nPEXA Support",
]

GREET = ["Hi,", "Hello,", "Dear PEXA team,", "Good morning,", "Dear Sir or Madam,", "Hi there,",
         "Good afternoon,", "Dear PEXA,", "To whom it may concern,"]
SIGNOFF = ["Thanks,", "Many thanks,", "Kind regards,", "Regards,", "Best wishes,", "Thank you,",
           "Yours faithfully,", "Cheers,", "Best,"]
MOBILE = ["Sent from my iPhone", "Sent from my Samsung Galaxy smartphone.", "Get Outlook for iOS",
          "Sent from Outlook for Android", "Sent from my iPad"]
MONTHS = ["Sep", "Oct", "Nov", "Dec"]

# ============================================================================================
# 1. RIGHTS REQUESTS WITHOUT A COMPLAINT (complaint=false, category none)

N_NOC = "No dissatisfaction, so not a complaint (rule 1/14); "

sc("acc", "consumer", "What do you have on me?", """
My solicitors used your system when we bought 14 Alder Rise in Kettering back in March. I'd like to know what data you've actually got about me and the house purchase, and I'd like a copy of it please.

I'm not sure who holds what between you and the solicitors, so just send whatever you have. Email is fine.
""", L(r="access"), N_NOC + "'what data you've got about me ... a copy of it' = access.",
   short="what data have you got about me and my house purchase? pls send me a copy")

sc("acc", "consumer", "Subject access request - Article 15 UK GDPR", """
I am writing to make a subject access request under Article 15 of the UK GDPR.

I sold 3 Mallow Court, Harrogate HG2 7QB in August 2026 and understand that PEXA processed my details in connection with the settlement of that sale. Please provide a copy of all personal data you hold about me, including any audit or system logs showing who viewed my information and any messages in which I am named.

A copy of my driving licence is attached for identification. I look forward to receiving your response within one calendar month.
""", L(r="access"), N_NOC + "a formal Article 15 request for a copy of all personal data = access.",
   short="Subject access request (Art 15 UK GDPR) - sale of 3 Mallow Court, Harrogate")

sc("acc", "firm", "DSAR - my own user account", """
I'm a paralegal at {org} and have been a PEXA user since 2024. This is a personal request, not one for the firm.

I'd like a copy of everything PEXA holds about me as a user: my profile, my login history, the ID check you ran when my account was set up, and any notes your support team has made about me. Please send it to my personal email address rather than my work one, which is on my LinkedIn if you need it - or just reply here and I'll give it to you.
""", L(r="access"), N_NOC + "a user's own DSAR for her profile, logins and notes = access; she writes for herself, not third_party.")

sc("acc", "applicant", "Interview feedback / my data", """
I applied for the Customer Success Analyst role in September and was turned down after the second interview, which is fine.

Could you send me copies of what you hold about me from the process - the interview notes, any scoring sheets and any emails between the panel that mention me? I'm just trying to learn from it for the next one.
""", L(r="access"), N_NOC + "a job applicant asking for copies of her interview notes and scores = access.",
   short="Can I have a copy of my interview notes and scores please")

sc("acc", "rep", "Information about my father - Kenneth Haworth", """
My dad, Kenneth Haworth, sold his bungalow at 9 Heron Way, Lancaster last month and his solicitors used your system to move the money. He is 84 and has asked me to help him sort his paperwork out; I hold a lasting power of attorney for his property and financial affairs (copy attached).

Could you please send us copies of whatever personal information you hold about him, including the bank details you have recorded for him, so we can check everything is in order? Letters to his address are fine but email to me is easier.
""", L(r="access", tp=True), N_NOC + "a daughter with LPA asks for copies of her father's data: access, third_party (rule 15).")

sc("acc", "former", "request for my records", """
hi, i used to work at a conveyancing firm and had a pexa login till last year. the firm has since closed down. a new employer is asking me for evidence of the completions i handled. can i get a copy of the data you hold on me - my user record and whatever activity history is linked to my name. happy to prove who i am
""", L(r="access"), N_NOC + "former user asks for a copy of the data held on her and her activity = access.", fixed=False)

sc("rec", "consumer", "Surname spelt wrong", """
My surname is spelt wrong on the settlement statement. It's Featherstone-Ricci (with a hyphen and two Cs), not "Featherstone Rici".

Could you get it fixed on your side please, so it's right before anything goes to the Land Registry? We're due to complete on Friday. My solicitor knows I'm emailing you.
""", L(r="rectification"), N_NOC + "'my surname is wrong ... fix it' is a neutral correction of her own record = rectification.",
   short="my surname is wrong on the settlement statement - Featherstone-Ricci not Rici - pls fix", name="Imogen Featherstone-Ricci")

sc("rec", "firm", "Name change on my user profile", """
I got married in October and my name is now Priya Lockwood (previously Priya Nandra). My PEXA user profile, and the name that appears against my digital signature in workspaces, still say Nandra.

Please update my record to Lockwood. My work email address has also changed to the new one I'm writing from; the old address will be switched off at the end of the month.
""", L(r="rectification"), N_NOC + "a user asks for her own name and email on her profile to be updated = rectification.",
   name="Priya Lockwood")

sc("rec", "consumer", "Request for rectification - Article 16 UK GDPR", """
I request the rectification of inaccurate personal data under Article 16 of the UK GDPR.

The identity record created for me in connection with my remortgage (workspace 40-118274) gives my date of birth as 12/03/1986. The correct date is 21/03/1986. My passport was provided to my conveyancer and shows the correct date.

Please correct the record and confirm in writing once this has been done.
""", L(r="rectification"), N_NOC + "formal Article 16 request to correct a date of birth, no grievance = rectification.")

sc("rec", "consumer", "Change of address on our sale", """
We moved out of 22 Tamar Way before completion and the correspondence address my solicitor showed me on the workspace summary is still the old house. New address is 5 Osier Lane, Bideford EX39 2PL. Could you correct it please so nothing else goes to Tamar Way?
""", L(r="rectification"), N_NOC + "'correct it' for her own correspondence address = rectification.",
   short="Please change my address from 22 Tamar Way to 5 Osier Lane Bideford EX39 2PL")

sc("era", "consumer", "take my details off", """
I got an email from you this week saying "you have a new workspace invitation". I sold my flat over two years ago and that's all done and dusted. I'm not a solicitor and I don't need an account with you.

Please take my details off your system. Thanks.
""", L(r="erasure"), N_NOC + "'take my details off your system' from a former seller = erasure.",
   short="please take my details off your system, sale finished 2 years ago")

sc("era", "former", "Request for erasure (right to be forgotten)", """
Under Article 17 of the UK GDPR (the "right to be forgotten") I request the erasure of all personal data PEXA holds about me.

I was a registered user through {org} until I ceased practice in June 2026 and I no longer have any need for an account. If there is any data you are legally obliged to keep, please tell me which records and for how long, and erase everything else.
""", L(r="erasure"), N_NOC + "formal right-to-be-forgotten request from a former user = erasure.")

sc("era", "applicant", "Withdrawing my application", """
I've accepted a role elsewhere so I'd like to withdraw from the Implementation Consultant process. Please could you delete my CV, cover letter and the notes from my phone screen - I don't want to be kept on file for future roles either.
""", L(r="erasure"), N_NOC + "applicant asks for her CV and notes to be deleted and not kept on file = erasure.",
   short="Withdrawing my application - please delete my CV and details")

sc("era", "former", "Delete my account - I've retired", """
Retired from practice at the end of November and won't be needing my PEXA login again. Please close my account and delete my personal details. No need to keep anything on my behalf.
""", L(r="erasure"), N_NOC + "a retired user asks for his account and personal details to be deleted = erasure.",
   short="Retired - please delete my PEXA account and personal details")

sc("res", "consumer", "Please hold off using my details", """
My ID check for our purchase came back flagged because your record has my date of birth as 1988 instead of 1986. My solicitor has already asked you to correct it and says it's in hand.

Until it's sorted, please don't use my details for anything else or pass them to anyone. I'd rather nothing happens with them until they're right.
""", L(r="restriction"), N_NOC + "'don't use my details for anything else until this is sorted' = restriction; the correction was asked for by his solicitor, not in this message, so no rectification.",
   short="please don't use my details for anything else until the DOB mix-up is sorted")

sc("res", "consumer", "Article 18 - restriction of processing", """
I contest the accuracy of the personal data recorded about me in connection with the sale of 31 Furnace Street, Stafford, in particular the bank account details attributed to me, which I do not recognise.

My conveyancer will send you the correct information. In the meantime I request that you restrict the processing of my personal data under Article 18(1)(a) of the UK GDPR, so that it is stored but not otherwise used until its accuracy has been verified.
""", L(r="restriction"), N_NOC + "formal Article 18 request to store but not use data while accuracy is checked = restriction.")

sc("res", "former", "Please keep but do not use my login history", """
I'm in an employment tribunal claim against my former firm, who were PEXA subscribers. My login and activity history on the platform may be relevant evidence.

Please do not delete it, but equally please don't use it or share it with anyone, including my former firm, until the case is over. My solicitor may be in touch separately about disclosure.
""", L(r="restriction"), N_NOC + "'keep it but don't use or share it' pending a legal claim = restriction (Art 18(1)(c)), not erasure.")

sc("por", "firm", "our matter history as a file?", """
I run a one-woman conveyancing practice and I'm moving to a new case management system in January. Can I get our firm's matter history - the workspaces I've run, the parties and dates, my own user details - as a file we can load into the new system? CSV or Excel is fine, whatever your export does.
""", L(r="portability"), N_NOC + "a sole practitioner wants her records as a loadable file for another system = portability (her practice and her own data are the same person here).",
   short="can I get my matter history as a CSV to load into my new case management system?")

sc("por", "former", "PEXA Academy training records", """
I've moved to a new firm that tracks CPD in its own learning system. Could you send me my PEXA Academy training records - courses completed, dates, scores and certificates - in a format I can upload, e.g. CSV or JSON? Thanks in advance.
""", L(r="portability"), N_NOC + "own training records in CSV/JSON to upload elsewhere = portability.")

sc("por", "consumer", "Article 20 data portability request", """
Pursuant to Article 20 of the UK GDPR I request that the personal data I have provided to PEXA in connection with my purchase of 6 Copper Beech Road, Wrexham (identity documents, contact details and bank account information) be provided to me in a structured, commonly used and machine-readable format.

Where technically feasible, I would also ask that it be transmitted directly to my new conveyancer, whose details I will provide on request.
""", L(r="portability"), N_NOC + "formal Article 20 request for data in a machine-readable format and direct transmission = portability.")

sc("obj", "firm", "no more newsletters or profiling please", """
No more newsletters or profiling please. I get the "market insights" emails every fortnight and I've just read in your privacy notice that you use user activity to tailor what you send. I'd rather you didn't use my details for either. Ta.
""", L(r="objection"), N_NOC + "'no more newsletters or profiling' = objection to marketing and profiling.",
   short="no more newsletters or profiling please")

sc("obj", "consumer", "Objection to processing - Article 21", """
I object, under Article 21 of the UK GDPR, to the processing of my personal data for the purposes of product analytics, benchmarking and the preparation of market reports, which your privacy notice says is carried out on the basis of legitimate interests.

My circumstances are that I work in the property sector and do not wish details of my own house purchase to be used in any analysis. Please confirm that this processing has stopped.
""", L(r="objection"), N_NOC + "a formal Article 21 objection to analytics/benchmarking on legitimate interests = objection.")

sc("obj", "consumer", "Don't use our purchase in your reports", """
A friend showed me one of your house price reports and it had the road we bought on last month. I don't want our purchase or our details used in that sort of thing. Can you make sure you stop using them for reports like that? Happy for you to keep what you need for the actual sale obviously.
""", L(r="objection"), N_NOC + "asking that their purchase no longer be used in market reports, not deleted = objection.")

sc("obj", "firm", "Marketing", """
Please stop using my details for marketing. I'm happy to get operational emails about workspaces and settlements, but I don't want invites to sales webinars, partner offers or the Christmas hamper draw.
""", L(r="objection"), N_NOC + "stop using my details for marketing, operational emails still welcome = objection.",
   short="Please stop using my details for marketing - operational emails only")

sc("adm", "applicant", "Onboarding - I want a person to decide", """
I'm about to apply to join PEXA as a sole practitioner. A colleague told me your system does the identity and firm checks automatically and can just reject you.

I don't want a computer deciding whether my firm gets onboarded. When I submit, please can a member of staff look at my application and make the decision?
""", L(r="automated_decision"), N_NOC + "'I don't want a computer deciding ... a member of staff' = automated_decision, asked before anything went wrong.",
   short="I don't want a computer deciding whether my firm gets onboarded - please have a person review")

sc("adm", "applicant", "Automated screening of my application", """
Your careers page says applications are "screened using an automated tool". I have applied for the Legal Operations Specialist role (ref LOS-2611) and I would like my application to be reviewed by a person rather than by software, please.
""", L(r="automated_decision"), N_NOC + "an applicant asks for a human instead of automated screening = automated_decision.")

sc("adm", "consumer", "identity checks", """
My solicitor said PEXA's system gives each buyer an "identity confidence" score and can flag you. We're buying next month. If anything about us gets flagged, I'd like a real person to look at it and decide, not an algorithm. Can you note that on our file?
""", L(r="automated_decision"), N_NOC + "'a real person to decide, not an algorithm' = automated_decision.")

sc("inf", "consumer", "why is my name on your system?", """
I'd never heard of PEXA until I got a text yesterday saying my "settlement workspace is ready". My husband thinks it's something to do with our solicitors, which is probably right, but I'd like to understand it.

Why is my name on your system at all? Where did you get my mobile number from, and what are you using it for?
""", L(r="informed"), N_NOC + "where the data came from and what it is used for, asked calmly = informed.",
   short="why is my name on your system at all? where did you get my number?")

sc("inf", "consumer", "Who else can see my bank details?", """
Quick question before we complete. My solicitor has put my bank details into the workspace so the sale money can come to me. Who else can see them? Just my solicitor, or the buyer's side as well? And how long do you keep them once it's all finished?
""", L(r="informed"), N_NOC + "who can see my bank details and how long they are kept = informed (recipients, retention).",
   short="who else can see my bank details in the workspace?")

sc("inf", "consumer", "Information about processing (Articles 13-15)", """
Further to my purchase of 2 Quarry Hill, Darlington, please confirm the following in respect of my personal data: the purposes for which PEXA processes it; the lawful basis for each purpose; the categories of recipients to whom it has been or will be disclosed; the period for which it will be retained; and the source of any data not collected from me directly.
""", L(r="informed"), N_NOC + "an explanation of purposes, basis, recipients, retention and source, not a copy = informed.")

sc("inf", "applicant", "How long do you keep applications?", """
I applied for the graduate scheme last week. Out of interest, how long do you keep applications for, who gets to see them, and are they shared with any recruitment agency? Thanks!
""", L(r="informed"), N_NOC + "retention, who sees it and sharing, asked about her own application = informed.")

sc("inf", "firm", "Login data - who do you share it with?", """
As a user I'd like to know whether PEXA passes my personal login and activity data to anyone else - HM Land Registry, lenders, or the firm I work for - and if so, what exactly they get. I couldn't find a clear answer in the privacy notice.
""", L(r="informed"), N_NOC + "a user asks who receives his own login data and what = informed.")

sc("mul", "consumer", "why do you have my details", """
Why is my name on your system at all? I've never signed up to anything with you. I'm guessing it's from the house sale we did with our solicitors in 2024, but that's long finished.

Can you tell me where you got my details and then take them off? I don't see why you'd still need them.
""", L(r="informed erasure"), N_NOC + "where the data came from = informed, 'take them off' = erasure.",
   short="why is my name on your system at all - where did you get it and pls take my details off")

sc("mul", "former", "Copy then delete please", """
I left {org} in September. Before my PEXA account is closed I'd like a copy of the personal data you have about me (profile, logins, anything support wrote about me). Once I've got that, please delete the account and my details.
""", L(r="access erasure"), N_NOC + "a copy first = access, then delete the account = erasure.")

sc("mul", "consumer", "Data subject requests under Articles 15, 16 and 21 UK GDPR", """
I am the seller in workspace 40-207731. I make the following requests under the UK GDPR:

1. Article 15: a copy of all personal data PEXA holds about me.
2. Article 16: correction of my title, which is recorded as "Mrs" and should be "Dr".
3. Article 21: I object to any use of my data for marketing, profiling or statistical reporting.

Please respond within the statutory period.
""", L(r="access rectification objection"), N_NOC + "Articles 15, 16 and 21 requested neutrally = access, rectification, objection.")

sc("mul", "rep", "Our client Mrs Dora Quilliam - data protection requests", """
We act for Mrs Dora Quilliam, who sold 17 Bramble Walk, Ipswich through a workspace on your platform in October. Mrs Quilliam has asked us to make the following requests on her behalf (signed authority attached):

(a) a copy of the personal data you hold about her;
(b) correction of her first name, which appears in the workspace as "Doris";
(c) that you do not use or disclose her previous address at 3 St Aidan's Close for any purpose while the correction is made.

Please reply to us directly.
""", L(r="access rectification restriction", tp=True), N_NOC + "solicitor writing for the client: copy = access, correct name = rectification, don't use old address meanwhile = restriction; third_party (rule 15).")

sc("mul", "consumer", "what are you doing with our info", """
What are you actually doing with our info? We bought through Sallow & Co and your name keeps coming up in emails. If it's only for the sale that's fine, but if you're using it for marketing or selling it on, I want that stopped.
""", L(r="informed objection"), N_NOC + "what the data is used for = informed; stop any marketing use = objection.")

sc("mul", "applicant", "Assessment centre result", """
I took your online assessment for the Support Analyst role and received an automated rejection within 20 minutes. Could you send me my answers and the score the system gave me, and have someone on the team look at my application properly rather than the test deciding on its own?
""", L(r="access automated_decision"), N_NOC + "copy of answers and score = access; a person to review instead of the test = automated_decision; polite, so not a complaint.")

sc("mul", "former", "Moving to another platform", """
I'm leaving conveyancing for a compliance role and won't be using PEXA again. Please export my personal data - profile, certificates and training history - as JSON or CSV so I can keep it, and then delete my account. If anything has to be kept, tell me what.
""", L(r="portability erasure"), N_NOC + "export as JSON/CSV = portability, then delete = erasure.")

sc("mul", "consumer", "bank details after completion", """
Completed on Tuesday, thanks. Who has been able to see my bank details during all this? And now it's finished, can you remove them from your system - I don't see why you'd need them any more.
""", L(r="informed erasure"), N_NOC + "who could see my bank details = informed; remove them now = erasure; completion went fine, no grievance.",
   short="who can see my bank details and can you remove them now we've completed")

sc("mul", "rep", "Request on behalf of my mother", """
My mother, Mrs Glenys Pryce, bought a flat in Wrexham in July using Penrice Law as her conveyancer. She doesn't use email so I'm writing for her, with her permission (she is copied in by post).

She would like to know what information PEXA holds about her and to have a copy. She'd also like it noted that she does not want to receive any marketing from you at all.
""", L(r="access objection", tp=True), N_NOC + "a son writing for his mother: a copy = access, no marketing = objection; third_party.")

sc("acc", "consumer", "", """
hi can u send me all the info u hold about me. bought a house in truro in june, solicitor used pexa. thanks
""", L(r="access"), N_NOC + "a copy of all info held = access; subject line empty, right only in the body.", fixed=True)

# ============================================================================================
# 2. RIGHTS WITH A COMPLAINT

PDH = "Complaint about data handling (rule 12): "

sc("cpd", "consumer", "Re: Request for a copy of my data", """
I sent the email below six weeks ago and have heard nothing at all, not even an acknowledgement. I was told these requests have to be answered within a month.

Please send me the copy of my data I asked for, and tell me why it's taken this long.
""", L(c=True, pd=True, r="access", cat="personal_data"),
   PDH + "an ignored access request chased after six weeks, remedy demanded: implicit complaint, personal_data, access still wanted.",
   quote="On 19 Oct 2026, {name} <{addr}> wrote:\n> Hello, I bought a house through Linnet Conveyancing in the summer and PEXA was used for the\n> settlement. Please can you send me a copy of the personal information you hold about me?\n> Thanks")

sc("cpd", "former", "Formal complaint - erasure request ignored", """
I wish to make a formal complaint.

On 2 September I asked you to delete my account and personal data as I had left the profession. You confirmed receipt. Three months later I am still receiving your emails addressed to me by name, including marketing for your "Settle Smarter" webinars.

I want my data deleted now, the marketing stopped immediately, and an explanation of why my request was not actioned.
""", L(c=True, e=True, pd=True, r="erasure objection", cat="personal_data"),
   PDH + "'formal complaint' about an ignored erasure request: explicit, personal_data; delete = erasure, stop the marketing = objection.")

sc("cpd", "firm", "Re: Your data export", """
I asked for my user data in a format I could load into our new practice system. What you've sent is a 40-page PDF of screenshots. I can't import that into anything and I'm not retyping it.

Please send it again as CSV or JSON like I asked, and tell me why it came as a PDF.
""", L(c=True, pd=True, r="portability", cat="personal_data"),
   PDH + "a portability request answered in an unusable format, fix demanded: implicit complaint, personal_data, portability.",
   short="asked for my data as CSV, you sent a 40 page PDF - please resend in the format I asked for")

sc("cpd", "consumer", "STILL the wrong surname", """
This is the second time I've asked. My surname is Okonkwo-Baird, not Okonkwo Bard. I told your support team on the 3rd and was told it would be "updated within 24 hours". It hasn't been, and now my solicitor tells me the lender queried the mismatch and our completion nearly slipped.

Correct it today please, and confirm when it's done.
""", L(c=True, pd=True, r="rectification", cat="personal_data"),
   PDH + "inaccurate name still held after being reported, with harm and a demand: implicit complaint, personal_data, rectification.",
   name="Chidi Okonkwo-Baird")

sc("cpd", "firm", "third time asking - stop the marketing", """
Third time asking. I told you in August and again in October that I don't want your marketing emails. This morning another one: "Your exclusive partner offer". It's like talking to a wall.

Stop using my details for marketing and confirm in writing that it's done.
""", L(c=True, pd=True, r="objection", cat="personal_data"),
   PDH + "marketing continued after two objections, confirmation demanded: implicit complaint, personal_data, objection.",
   short="third time asking - stop sending me marketing")

sc("cpd", "stranger", "How did you get my personal mobile?", """
I am not a PEXA user and never have been, yet today I got a call on my personal mobile from someone at your company asking if I wanted a demo for "my firm". I don't have a firm. I'm a retired teacher.

I want to know where you got my number, what else you hold about me, and on what basis you think you can ring me. I expect an answer.
""", L(c=True, pd=True, r="informed", cat="personal_data"),
   PDH + "data obtained and used unexpectedly, answer demanded: implicit complaint, personal_data; source and basis = informed.")

sc("cpd", "firm", "Account suspended by your system - wrong person", """
My user account was suspended on Monday with a message saying my identity "could not be confirmed against watch-list data". It turns out your automated check has matched me to a different Daniel Mercer with a different date of birth. Nobody at PEXA looked at it before I was locked out of three live matters.

I want a person to review the decision, the wrong match removed from my record, and my access restored today.
""", L(c=True, pd=True, r="automated_decision rectification", cat="personal_data"),
   PDH + "an automated decision based on someone else's data: person to review = automated_decision, wrong match removed = rectification; main grievance is inaccurate data.",
   name="Daniel Mercer")

sc("cpd", "rep", "My father's data request - no reply", """
In September my father, Mr Arthur Blenkinsop (81), wrote to you by post asking for a copy of the information you hold about him from the sale of his house. He has had no reply and has become quite anxious about it, thinking something has gone wrong with the money.

I am his son and am writing with his agreement. Please send him the copy he asked for and explain why his letter was not answered.
""", L(c=True, pd=True, r="access", tp=True, cat="personal_data"),
   PDH + "a son writes for his father about an unanswered access request: implicit complaint, personal_data, access, third_party.")

sc("cpd", "consumer", "Complaint - incomplete subject access response", """
I am writing to complain about your response to my subject access request, reference DPR-5512.

You sent my profile and the settlement statement but nothing else. I know from my conveyancer that I spoke to your support line twice and that there were emails about a verification problem with my account. None of this was included, and no explanation was given for leaving it out.

Please provide the call recordings, the emails and the support notes within 14 days, or tell me on what grounds you are withholding them.
""", L(c=True, e=True, pd=True, r="access", cat="personal_data"),
   PDH + "'complain' about an incomplete SAR response: explicit, personal_data, access still requested.")

sc("cpd", "consumer", "You sent my details to the lender anyway", """
On the 4th I asked you in writing not to use my details for anything while the mix-up over my ID was being sorted out. Yesterday my broker told me my flagged ID record had been sent to the lender, who has now put my mortgage offer on hold.

Why was my request ignored? I want an explanation and I want you to tell the lender the flag was a mistake.
""", L(c=True, pd=True, r="", cat="personal_data"),
   PDH + "a restriction request ignored and the data used anyway: personal_data complaint; no new right asked here (the restriction was in the earlier email), and sending it to the lender in the transaction is unexpected use, not disclosure to a wrong person, so breach=false.")

sc("cpd", "consumer", "Surveys", """
After we completed I started getting "how did we do?" surveys from PEXA, and now one asking me to rate my solicitor. I never agreed to any of this and I find it a bit creepy that a company I didn't choose is chasing me for feedback.

Please tell me what you're doing with my email address and stop sending these.
""", L(c=True, pd=True, r="informed objection", cat="personal_data"),
   PDH + "unexpected use of her email for surveys, reply demanded: implicit complaint, personal_data; what it's used for = informed, stop = objection.")

sc("cpd", "firm", "your emails call me Mr", """
Every notification from your platform starts "Dear Mr Hollins". I'm a woman. I raised this with support in the summer and it's still happening, and clients who get copied into workspace messages see it too. It's embarrassing.

Please correct my title and make sure it's changed everywhere it appears.
""", L(c=True, pd=True, r="rectification", cat="personal_data"),
   PDH + "wrong title held and shown after a previous report, fix demanded: implicit complaint, personal_data, rectification.")

sc("cnd", "firm", "Failed settlement on 28 Heron Way - costs", """
I'm writing about the settlement on 28 Heron Way, Lancaster (workspace 40-219980), which was booked for 12.30 on Friday and didn't complete until Monday afternoon.

Your platform showed "settlement in progress" for over three hours and then rolled back with no explanation. Our buyers had to stay in a hotel for three nights with their two children, and the removal firm charged for a second day. The sellers' onward purchase also fell through for the weekend. Your support line told us at 4.45pm that "the engineers were looking at it" and that was the last we heard.

While I'm writing, and separately from the above: I'd like a copy of the personal data PEXA holds about me as a user. I'm doing this with every system I use as part of a personal review, so please treat it as a normal request.

Back to the settlement: I want a written explanation of what went wrong, confirmation it has been fixed, and a proposal for covering our clients' costs, which come to £1,860.
""", L(c=True, r="access", cat="platform_defect"),
   "Failed settlement with costs and demands = implicit complaint (platform_defect); the access request buried in the middle counts (rule 14) but is not the grievance, so personal_data=false (rule 12).")

sc("cnd", "applicant", "Rejected again by your onboarding system", """
This is the third time my firm's application has been rejected within minutes with "verification failed - ref 55120". I've uploaded my SRA certificate, passport and a bank statement each time. There's no phone number to call and your help page just says to try again.

I need someone at PEXA, a human being, to look at my application and tell me what's wrong. I'm losing work because lenders insist on your platform.
""", L(c=True, r="automated_decision", cat="onboarding"),
   "Blocked onboarding with harm and a demand = implicit complaint (onboarding, rule 16a); 'a human being to look at it' = automated_decision; the grievance is the refusal, not data handling, so personal_data=false.")

sc("cnd", "lender", "Duplicate platform fees - November invoice", """
Our November invoice charges the per-workspace fee twice on 23 remortgage workspaces. That is £1,035 we should not have been billed and it's the second month running this has happened. Please issue a credit note and explain how it happened.

On a separate point, please stop sending me the marketing newsletter and don't use my details for your product research panels. I only want operational mail.
""", L(c=True, r="objection", cat="fees_charges"),
   "Double-billed fees with a credit note demanded = implicit complaint (fees_charges); 'don't use my details for marketing/research' = objection, but the grievance is the fee, so personal_data=false.")

sc("cnd", "firm", "Training cancelled again", """
The Settlement Essentials session I booked has been cancelled for the third time, the last one at 8am on the day. I've rearranged client meetings for it every time. I've given up.

Please refund the course fee and delete my Academy account and the details on it - I'll get the training somewhere else.
""", L(c=True, r="erasure", cat="training"),
   "Repeated cancellations with a refund demanded = implicit complaint (training); 'delete my Academy account and details' = erasure; not a data-handling grievance, personal_data=false.",
   short="third cancelled training session - refund me and delete my Academy account")

sc("cnd", "firm", "On hold for 50 minutes to change my name", """
I have now spent 50 minutes on hold, twice, just to get my surname changed on my user profile after my divorce. The first call was cut off when I finally got through.

My name is Jo Kearsley, not Jo Finnigan. Please just change it, and please look at how long people are kept waiting on your line.
""", L(c=True, r="rectification", cat="wait_time"),
   "The grievance is waiting on the phone line (wait_time, rule 16b); 'change my surname' = rectification, but the data was never wrong in a way complained of, so personal_data=false.",
   name="Jo Kearsley")

sc("cnd", "consumer", "Completion delayed - and my data", """
We were meant to complete on 20 November and it still hasn't happened because Marsh & Penrose haven't sent the signed transfer back. They don't answer the phone and every email gets "we'll chase it". We're paying rent and storage on top of everything.

Can you get them to sort it out? Also, separately, I'd like a copy of whatever personal data PEXA holds about me for this purchase.
""", L(c=True, r="access", firm="mpc", cat="delay"),
   "A buyer's complaint purely about her own conveyancer's delay goes to that firm (rules 9-10, about_other_firm=mpc, delay); the copy of data is asked of PEXA = access; personal_data=false.")

sc("cnd", "firm", "Formal complaint - support call on 26 November", """
I want to make a formal complaint about the way I was spoken to by one of your support advisers on 26 November. When I explained that a workspace had locked after the lender signed, he said "that's not our problem, read the guide" and ended the call.

Please investigate. I would also like a copy of the recording of that call so I have my own record of what was said.
""", L(c=True, e=True, r="access", cat="service_quality"),
   "Formal complaint about a rude adviser: explicit, service_quality; the call recording is the writer's own data = access; grievance is not data handling, personal_data=false.")

sc("cnd", "rep", "Our clients Mr and Mrs Achebe - failed completion", """
We act for Mr and Mrs Achebe, the buyers of 41 Dovecote Gardens, Perth, and write on their instructions.

Completion on 27 November failed because the platform was unavailable from 1pm until after the banks' cut-off, as your own status page confirmed. Our clients were unable to collect their keys, had to book a hotel and lost a day's pay each. They ask that PEXA reimburses those costs (receipts attached).

They have also asked us to request, on their behalf, a copy of the personal data PEXA holds about each of them in connection with this purchase.
""", L(c=True, r="access", tp=True, cat="platform_defect"),
   "Solicitors write for their clients about PEXA's outage, costs claimed: implicit complaint, platform_defect, third_party (rule 15); the copy of data = access; personal_data=false.")

# ============================================================================================
# 3. BREACHES (rule 13)

BR = "Data sent, shown or lost to the wrong person = breach (rule 13); "

sc("brc", "firm", "Settlement statement for another firm's matter", """
We've just received a settlement statement through the platform for a purchase we have nothing to do with - 7 Wharf Lane, Ipswich. It shows the buyers' names, the purchase price, the mortgage advance and the sellers' account details. I think it was meant for another firm with a similar name to ours.

We haven't forwarded it and I've deleted it from our inbox. Just letting you know so you can tell whoever needs to know.
""", L(b=True), BR + "a firm that received another matter's statement reports it neutrally, no grievance about its own service, so complaint=false (like lg-32).",
   short="We received a settlement statement for 7 Wharf Lane - not our matter, deleted")

sc("brc", "firm", "Our client's settlement statement went to the wrong firm", """
Our client has just had a call from a stranger - a conveyancer at another firm - who told her he had received her settlement statement from your platform, with her bank details and her new address on it. We sent nothing to him. As far as we can see the statement was issued to him by your system.

This is not acceptable. We need to know how this happened, who else received it, and what you are doing about it. Our client is understandably very worried.
""", L(c=True, pd=True, b=True, cat="personal_data"),
   BR + "the firm is dissatisfied and demands an explanation: implicit complaint, personal_data; staff writing about their own client are not third_party (rule 8/15).")

sc("brc", "firm", "Another client's ID in our workspace", """
Flagging something odd: in workspace 40-231446 the "Documents" tab is showing a passport and a utility bill for someone who isn't a party to our matter (a Mr R. Townsend). None of us uploaded them. I've not downloaded anything.

Could someone check and remove them? Thanks.
""", L(b=True), BR + "another client's ID exposed in the wrong workspace, reported calmly with a routine fix request, so not a complaint.",
   short="Someone else's passport is showing in our workspace 40-231446")

sc("brc", "firm", "Other people's ID documents visible to us - again", """
For the second time this month our team can see identity documents belonging to clients of a different firm in one of our workspaces (40-233019 this time: two passports and a driving licence). After the first time you told us it was "a one-off caching issue".

If we can see their clients' passports, I assume other firms can see ours. I want a full explanation, confirmation of which of our clients' documents have been visible to anyone else, and assurance it's fixed.
""", L(c=True, pd=True, b=True, cat="personal_data"),
   BR + "repeated exposure with an explanation demanded: implicit complaint, personal_data; the firm asking which of its clients' documents were seen is a customer's incident question, not a data subject's request, so rights=[].")

sc("brc", "consumer", "WHY can the buyer's solicitor see my bank details", """
My solicitor has just told me that the buyer's conveyancer rang her to ask about "the Santander account ending 4471" - my account. They could see my bank details in the workspace. Why?! Nobody told me that would be visible to the other side.

I want to know exactly who has seen my details and I want them hidden from the buyer's side today.
""", L(c=True, pd=True, b=True, r="informed restriction", cat="personal_data"),
   BR + "the seller's bank details shown to the other side, explanation demanded: implicit complaint, personal_data; who has seen them = informed, hide them = restriction; her solicitor is not blamed, so about_other_firm=null.",
   short="why can the buyer's solicitor see my bank details?? who has seen them - hide them now")

sc("brc", "firm", "I want to complain - user list emailed to everyone", """
I want to complain about an email your team sent this morning at 9.14, "Participant update - December". It was sent to what looks like every participant on a matter we share, and attached was a spreadsheet listing users at several firms, including ours, with their names, direct lines, mobile numbers and user IDs.

My own mobile number is on it. I want to know how many people received it, what you are doing to recall it, and why a list like that was attached to an email at all.
""", L(c=True, e=True, pd=True, b=True, cat="personal_data"),
   BR + "a spreadsheet of users' contact details sent to all participants, 'I want to complain': explicit, personal_data.",
   short="I want to complain - your 9.14 email sent a spreadsheet of users' mobile numbers to everyone")

sc("brc", "firm", "Stolen laptop - please lock our user", """
One of our conveyancers, Ruth Adeyemi, had her work laptop stolen from her car last night. She was logged into PEXA in the browser and the laptop has her saved session. It is encrypted but we can't be sure the session wasn't left open.

Please suspend her user access and end any active sessions straight away. We've reported it to the police (crime ref 14/88812/26) and are reviewing what client data was on the device. We'll set her up again once she has a new machine.
""", L(b=True), BR + "a lost device with possible exposure of client data reported by the firm with a routine request, no grievance with PEXA: breach, not a complaint.")

sc("brc", "stranger", "Documents sent to me by mistake", """
I'm not a customer of yours and have nothing to do with buying or selling houses at the moment. This afternoon I got an email from noreply@pexa with a link to a "workspace" containing a contract, a mortgage offer and what looks like a passport for a woman called Sarah Lynch.

My name is Sarah Linch so I imagine someone typed the email wrong. I haven't downloaded anything and I've deleted the email. No need to reply - just thought you should know.
""", L(b=True), BR + "a non-customer received someone else's documents and expects no reply: breach only, not a complaint and not third_party (rule 13, lg-32).",
   name="Sarah Linch")

sc("brc", "firm", "User credentials exposed in workspace notes", """
This morning one of our users, Tom Ellwood, found that a workspace note visible to all participants (including the lender and the other side's conveyancer) contained his username and a temporary password, apparently generated by your password reset process. He did not write it and the note is timestamped as "system".

We have reset his password. We need you to explain how the platform put his credentials where other firms could see them, confirm whether any other users' credentials have been exposed the same way, and tell us what you're doing about it. This is a serious security failure.
""", L(c=True, pd=True, b=True, cat="personal_data"),
   BR + "a participant firm reports its user's credentials exposed to other firms via the platform and demands an explanation: implicit complaint, personal_data.")

sc("brc", "consumer", "I can see another family's passport", """
I've just logged in to upload our ID and in the documents section there's a passport and a council tax bill for a family I don't know. If I can see theirs, can other people see ours? I've uploaded our passports and payslips!

Please sort this out and tell me who has been able to see our documents.
""", L(c=True, pd=True, b=True, r="informed", cat="personal_data"),
   BR + "another family's data exposed to her and fear for her own, fix and answer demanded: implicit complaint, personal_data; who saw our documents = informed.")

sc("brc", "firm", "Your newsletter exposed everyone's email addresses", """
Your "Year in review" email this afternoon was sent with every recipient in the To: line - several hundred personal work addresses of conveyancers and lenders, ours included. Within an hour we'd had two spam emails quoting it.

Please confirm what you're doing about it and that it's been reported as it should be.
""", L(c=True, pd=True, b=True, cat="personal_data"),
   BR + "recipients' email addresses disclosed to everyone with harm and a demand: implicit complaint, personal_data.")

sc("brc", "stranger", "Third one this month", """
This is the third email this month I've had from your system meant for someone else - this time a completion statement for a house in Stafford with the buyer's bank details on it. I've told you twice already. Each time I get a robot reply and then another one arrives.

I don't want these people's private information and they certainly don't want me having it. Fix whatever is sending it to my address and confirm you've done it.
""", L(c=True, pd=True, b=True, cat="personal_data"),
   BR + "a stranger repeatedly receiving others' data is dissatisfied and demands a fix: implicit complaint about PEXA's data handling, personal_data, not third_party (writes for himself).")

sc("brc", "lender", "Redemption statement uploaded to the wrong workspace", """
During last weekend's migration your tool appears to have attached one of our redemption statements to the wrong workspace (40-229901 instead of 40-229910). The statement names our borrower and shows her account number and balance, and the other matter's conveyancer has already emailed us asking what it is.

Please remove it, tell us which participants were able to see it, and let us have your incident report so we can complete our own breach log.
""", L(c=True, pd=True, b=True, cat="personal_data"),
   BR + "PEXA's tool disclosed a borrower's statement to another matter, fix and report demanded: implicit complaint, personal_data; the lender writes for itself, not third_party.")

sc("brc", "applicant", "Rejection email - other candidates' details attached", """
I got your rejection email for the Operations Assistant role today, which is fine, but the attachment seems to be the shortlisting spreadsheet - it has the names, email addresses and scores of about 30 other applicants.

I've deleted it and haven't shared it. I thought you'd want to know.
""", L(b=True), BR + "other applicants' data sent to the writer, reported neutrally: breach, not a complaint.")

sc("brc", "consumer", "Greyfriars sent my passport to a stranger", """
Greyfriars Law, who are doing our purchase, emailed a copy of my passport and our mortgage offer to the wrong person last week - a woman in Fife rang me to say she'd got them. Greyfriars say it "came from the PEXA upload", but the email she got was from their own office address, not from you.

I want Greyfriars to explain and I want to know what they are doing about it. Please pass this on to whoever deals with it there.
""", L(c=True, pd=True, b=True, firm="gfl", cat="personal_data"),
   BR + "the buyer's complaint is about her own conveyancer's disclosure (rule 10, about_other_firm=gfl), personal_data complaint.")

sc("brc", "consumer", "Where has my ID gone?", """
Your support team told me today that the passport and bank statement I uploaded in October were "lost in a system migration" and I need to upload them again. Lost where? Are they deleted, or is a copy sitting somewhere someone else can get at?

I want a proper answer about what happened to them and who might have them before I upload anything else.
""", L(c=True, pd=True, b=True, r="informed", cat="personal_data"),
   BR + "uploaded ID documents lost by PEXA, explanation demanded: implicit complaint, personal_data; who might have them = informed.")

sc("brc", "rep", "Formal complaint - our clients' bank details disclosed", """
We act for Mr and Mrs Okoye, sellers of 12 Lime Kiln Row, Kettering, who have asked us to write to you.

On 24 November the workspace for this sale displayed our clients' bank account details to the buyer's lender and the buyer's conveyancer, who had no reason to see them. Our clients have since received a phishing call quoting their sort code.

Please treat this as a formal complaint on their behalf. They want to know exactly who has seen their details, how this happened, and what PEXA will do to put it right.
""", L(c=True, e=True, pd=True, b=True, r="informed", tp=True, cat="personal_data"),
   BR + "solicitors complain formally on their clients' instructions: explicit, personal_data, third_party; who has seen their details = informed.")

sc("brc", "firm", "Possible breach - email to wrong client", """
Heads up: the automated "settlement complete" email for workspace 40-224561 went to our previous client on a completely different matter (a Mr Hussain), because your system still had his email address against our firm's default contact. It included the new owners' names and address.

I've updated our default contact so it shouldn't happen again. Mr Hussain has confirmed he deleted it. No action needed from you unless you want to log it.
""", L(b=True), BR + "a firm reports a misdirected notification it has already dealt with, expects nothing: breach, not a complaint.")

# ============================================================================================
# 4. HARD NEGATIVES: look like rights or breaches but are not (rule 3)

NEG = "Look-alike (rule 3): "

sc("neg", "firm", "Delete duplicate workspace 40-226610", """
We accidentally created two workspaces for the same sale (40-226610 and 40-226611). Please can you delete 40-226610 - it has nothing in it yet. 40-226611 is the one we're using.
""", L(), NEG + "'delete' a duplicate workspace is housekeeping, not erasure of anyone's personal data; neutral service request.",
   short="Please delete duplicate workspace 40-226610 (empty)")

sc("neg", "firm", "Remove leaver from our subscription", """
Please remove Craig Fennimore from our subscriber account. He left the firm on Friday and shouldn't have access to any of our workspaces. His matters have been reassigned to Anita in the team.

Can you also confirm our user count for next month's invoice once he's gone?
""", L(), NEG + "a firm administrator removing a leaver's user is account administration under the firm's subscription, not the writer's erasure right or a request made on Craig's behalf, so rights=[].")

sc("neg", "firm", "Can't get into the workspace", """
I can't access workspace 40-230078 - it says "You do not have permission to view this workspace" although I was invited yesterday by the lender. Could you check whether the invitation went to the right user? We're aiming to settle on Thursday.
""", L(), NEG + "'can't access the workspace' is a permission problem raised neutrally: an enquiry, no access right.",
   short="can't access workspace 40-230078 - permission error, pls check invite")

sc("neg", "firm", "Locked out AGAIN", """
Locked out of the platform again - third time this week. Every time I reset my password it works for about an hour and then tells me my access is "not authorised". I have a settlement at 2pm today and I'm having to ask a colleague to log in for me.

Fix this properly please, and tell me what's causing it.
""", L(c=True, cat="platform_defect"),
   NEG + "repeated lock-outs with harm and a demand are a platform_defect complaint; 'access' means login, not a right, so rights=[] and personal_data=false.")

sc("neg", "firm", "Settlement date change", """
The parties have agreed to move completion on 40-221390 from 11 December to 15 December. Could you please update the settlement date in the workspace? The lender has already confirmed in the workspace chat.
""", L(), NEG + "updating a settlement date corrects transaction data, not a person's record: not rectification, neutral request.",
   short="please update the settlement date on 40-221390 to 15 Dec")

sc("neg", "firm", "Change of firm bank account", """
Please note that our client account has moved. With effect from 1 January our client account details are:

Fenwick Aldous LLP Client Account
Sort code 20-45-77
Account 40391127

Please update our firm's details on the platform. Our Finance Director will call your onboarding team to verify this change as your process requires.
""", L(), NEG + "changing a firm's client account is business data and routine administration, not rectification of an individual's personal data.",
   org=("Fenwick Aldous LLP", "fenwickaldous.com"))

sc("neg", "firm", "Signed renewal", """
Please find attached our signed subscription renewal for 2027. Could you confirm the start date and send the invoice to accounts@ in the new year?

PRIVACY NOTICE: We collect and use personal data in accordance with the UK GDPR and the Data Protection Act 2018. You have the right to request access to, rectification or erasure of your personal data, to object to or restrict its processing, and to data portability. For details of how we process personal data, the lawful bases we rely on and how long we keep it, see our privacy notice on our website or contact our Data Protection Officer.
""", L(), NEG + "the rights are listed only in the sender's privacy-notice boilerplate; the message is a neutral renewal, rights=[].")

sc("neg", "lender", "Query on redemption figure format", """
Quick one - is there a character limit on the redemption figure reference field? Our system generates 22-character references and the workspace seems to cut them off at 20.

CONFIDENTIAL: If you have received this email in error please delete it and notify the sender immediately. This email may contain personal data; any unauthorised use, disclosure or copying is prohibited.
""", L(), NEG + "'delete it' and 'personal data' sit in a confidentiality footer; the message is a neutral technical enquiry.")

sc("neg", "firm", "Supplier due diligence - data protection questionnaire", """
As part of our annual supplier due diligence, our Risk and Compliance team needs some information about how PEXA complies with the UK GDPR in relation to our clients' data. In particular:

1. Does PEXA act as a processor or a controller for client data in workspaces?
2. Where is workspace data hosted, and is any of it transferred outside the UK?
3. What is your retention period for completed workspaces?
4. Please send a copy of your current data processing agreement and your most recent ISO 27001 certificate.

A response by the end of the month would be appreciated.
""", L(), NEG + "a firm's due-diligence questions about its clients' data are a customer's compliance enquiry, not a data subject asking about their own data, so not informed; neutral, not a complaint.")

sc("neg", "auto", "Data Protection Digest - December: DUAA commencement, breach reporting in conveyancing", """
<html><body><h2>Property Law Data Protection Digest</h2>
<p><b>Data (Use and Access) Act: what changed in 2026</b><br>Our round-up of the new rules on subject access requests, "reasonable and proportionate" searches and the stop-the-clock provisions.</p>
<p><b>Breach reporting in conveyancing</b><br>Misdirected completion statements remain the most common personal data breach reported by law firms. We look at the 72-hour rule and when you must tell clients.</p>
<p><b>Webinar:</b> Handling the right to erasure when a matter file must be kept. Book now.</p>
<p style="font-size:11px">You are receiving this because you subscribed to the Digest. <a href="https://example-digest.co.uk/unsubscribe">Unsubscribe</a> | Update your preferences</p>
</body></html>
""", L(auto=True), "Newsletter/mailing list = auto_generated (rule 4): everything else empty, even though it discusses breaches and erasure.",
   headers={"precedence": "bulk", "list-id": "Property Law Data Protection Digest <digest.example-digest.co.uk>",
            "list-unsubscribe": "<https://example-digest.co.uk/unsubscribe>"}, fixed=True)

sc("neg", "consumer", "Re: Your subject access request DPR-4871", """
Thank you - I've received the file and I've been through it. Everything looks correct and it's exactly what I needed. I appreciate how quickly you dealt with it.
""", L(), NEG + "a thank-you for an answered SAR; the request is only in the quote, so rights=[] and not a complaint (rules 1 and 5).",
   quote="On 24 Nov 2026, PEXA Data Protection <dataprotection@pexa.co.uk> wrote:\n> Dear {first},\n> Further to your subject access request received on 3 November, please find attached a copy\n> of the personal data we hold about you, with an explanation of each category.\n> Kind regards\n> PEXA Data Protection Team\n>\n> On 3 Nov 2026, {name} <{addr}> wrote:\n>> Please send me a copy of all the personal data you hold about me under Article 15.")

sc("neg", "firm", "Suspicious email pretending to be PEXA", """
FYI we received the attached email this morning claiming to be from PEXA and asking us to "re-verify our settlement account" via a link. The sender domain is pexa-settlements-secure.com. Nobody clicked the link or entered anything; I've blocked the domain on our side.

Forwarding in case it's useful to your security team.
""", L(), NEG + "a phishing report where nothing was disclosed is not a breach, and it is a neutral report, not a complaint.",
   short="FYI phishing email pretending to be PEXA - nobody clicked")

sc("neg", "lender", "Fake invoice", """
We've had a "PEXA invoice" by email asking us to pay £2,400 to a new account because your "bank details have changed". It doesn't match your usual invoices and the account name is wrong. We haven't paid it and no information was given out. Can you confirm it isn't genuine?
""", L(), NEG + "a suspected fake invoice, nothing paid or disclosed: no breach; a neutral question, not a complaint.")

sc("neg", "firm", "Copy of invoice INV-77314 please", """
Could you send me a copy of invoice INV-77314 from October? Our accounts team can't find it in the billing portal. Also, is it possible to get the invoices emailed to a shared inbox rather than to me personally?
""", L(), NEG + "'a copy of' an invoice is not access to personal data; a neutral billing request.",
   short="copy of invoice INV-77314 please")

sc("neg", "firm", "Access to PEXA Academy", """
Hi, we've got two new starters in January. Can you give them access to the PEXA Academy training portal and let me know the next dates for the Settlement Essentials course?
""", L(), NEG + "'access' to a training portal is not the right of access (rule 3).")

sc("neg", "lender", "Typo in purchase price", """
The purchase price in workspace 40-225870 has been entered as £325,000 - it should be £352,000 per the contract. The conveyancer says only the workspace creator can change it. Could you tell us who that is or correct it?
""", L(), NEG + "correcting a purchase price is transaction data, not a person's record: not rectification; neutral.")

sc("neg", "firm", "Uploaded wrong document - please remove", """
I've just uploaded the wrong draft of the TR1 to workspace 40-230511 (it's the version before the seller's name change was agreed). Can you delete it from the documents tab? I can't see a way to remove it myself once it's been shared.
""", L(), NEG + "'delete' an uploaded draft document is housekeeping, not erasure; nothing went to the wrong person (it is the correct workspace), so no breach.")

sc("neg", "firm", "New fee", """
I object to the new £35 "priority lodgement" fee that appeared on our invoice this month. We were never told about it and we didn't choose priority lodgement on any matter. Please remove it and credit our account.
""", L(c=True, cat="fees_charges"),
   NEG + "'I object' to a fee is a fees_charges complaint, not the right to object to processing, so rights=[].",
   short="I object to the new £35 priority lodgement fee - never agreed to it, please credit")

sc("neg", "firm", "Breach of contract - platform availability", """
Your service level agreement commits PEXA to 99.5% availability during settlement hours. In November the platform was unavailable for a total of more than nine hours across four days. That is a clear breach of contract.

We expect a service credit in line with the agreement and a written account of the outages.
""", L(c=True, cat="platform_defect"),
   NEG + "'breach' of contract over outages: a platform_defect complaint; no personal data was involved, so breach=false.")

sc("neg", "firm", "DPA for our files", """
Could you send us a copy of the data processing agreement we signed with PEXA in 2024? Our auditors want to see it, and our copy appears to be unsigned. Thanks.
""", L(), NEG + "a request for a copy of a contract (the DPA), not for anyone's personal data: no right, neutral.")

sc("neg", "firm", "Data breach awareness session", """
Do you run a data breach awareness session for participant firms? We'd like our completions team to understand what to do if a settlement statement goes to the wrong place. Happy to pay if there's a charge.
""", L(), NEG + "asking about breach training: no breach happened; a neutral enquiry.")

sc("neg", "firm", "Workspace audit report for file review", """
For our internal file review, please could you export the audit trail for workspaces 40-210044 to 40-210051 as a spreadsheet? Our risk partner checks who signed what and when on a sample of files each quarter.
""", L(), NEG + "a firm's export of its own matter audit trail for file review is a business records request, not the writer's portability right.")

sc("neg", "applicant", "ICO registration", """
Hello, I'm doing some supplier onboarding checks for our firm. Can you tell me PEXA's ICO registration number and the name of your Data Protection Officer?
""", L(), NEG + "asking for a registration number and DPO name is a due-diligence enquiry, not a request about the writer's own data (not informed).")

sc("neg", "firm", "New user set-up", """
Please set up a new user for our office: Hollie Brennan, Conveyancing Assistant, hollie.brennan@{domain}, mobile 07700 900 318. She needs the standard conveyancer role, not authorised signatory.
""", L(), NEG + "giving a new user's details for set-up is routine administration, no right or breach.")

sc("neg", "firm", "Our firm address is wrong on the participant directory", """
The participant directory still shows our old office at 14 Market Street. We moved to Unit 3, Kingsway Business Park in the summer. Could you update it?
""", L(), NEG + "a firm's office address is business data; updating it is routine, not rectification of personal data.")

sc("neg", "consumer", "What do you need from me?", """
Our solicitors say we need to verify our identity on PEXA before completion. What information do you need from us and how do we send it? We're both abroad until next week if that makes a difference.
""", L(), NEG + "asking what information PEXA needs is a process question, not a request to be told about processing of data held (not informed).")

sc("neg", "firm", "Please ignore my last email", """
Please ignore and forget my email of 10.42 this morning about workspace 40-226014 - I'd looked at the wrong matter. Everything is fine with it. Sorry for the confusion!
""", L(), NEG + "'forget my email' is not the right to be forgotten; neutral.",
   short="please ignore my 10.42 email re 40-226014 - wrong matter, all fine")

sc("neg", "firm", "Restrict workspace to our team only", """
On workspace 40-228870, can we restrict access so that only our conveyancing team can see the internal notes, and not the lender? I couldn't find the permission setting. Is that possible?
""", L(), NEG + "'restrict access' to notes is a permission setting, not the right to restriction.")

sc("neg", "firm", "Access revoked after password reset", """
After resetting my password this morning my status shows "Access revoked". I think the reset didn't finish properly. Could you restore my access please? My firm administrator is on leave today.
""", L(), NEG + "'access revoked' is a user status and restoring it is routine support, no right; raised calmly, not a complaint.")

sc("neg", "consumer", "Thanks", """
Just to say thanks to the lady on your support line who explained where our money was on completion day. We got our keys at 3pm. Your privacy notice was much clearer than our bank's too!
""", L(), NEG + "praise and thanks; mentioning the privacy notice is not a request.")

sc("neg", "firm", "Out of Office: Re: Subject access request", """
Thank you for your email. I am out of the office until Monday 14 December with limited access to email. For urgent completion matters please contact completions@{domain} or call the office on 0161 496 0774.
""", L(auto=True), "An out-of-office reply is auto_generated (rule 7) even though its subject echoes a subject access request; everything else empty.",
   headers={"auto-submitted": "auto-replied", "x-autoreply": "yes"}, fixed=True)

sc("neg", "lender", "Privacy notice link for customer pack", """
We're updating the information pack we give borrowers at offer stage. Could you send us the current link to PEXA's privacy notice so we can explain that their details will pass through the platform?
""", L(), NEG + "a lender asking for PEXA's privacy notice to give its customers is a business request, not a data subject asking about their own data (not informed).")

sc("neg", "firm", "Remove me from notifications on 40-217734", """
I'm no longer handling 40-217734 (it's moved to my colleague Sam). Could you take me off the notification emails for that workspace? I keep getting the updates.
""", L(), NEG + "coming off a matter's operational notifications is a workflow change, not an objection to processing or erasure; neutral.")

sc("neg", "firm", "Objection to proposed settlement date", """
Please note our client objects to the settlement date of 18 December proposed in the workspace by the buyer's conveyancer, as it falls before the seller's onward purchase can complete. We have proposed 22 December instead.
""", L(), NEG + "'objects' to a settlement date between parties, not to the processing of personal data; neutral note.")

sc("neg", "firm", "Merger - move our workspaces to the new entity", """
Following our merger with Ashby Rowe on 1 January, please transfer all our users, open workspaces and billing to the new entity, Ashby Rowe Penrice LLP. Our new SRA number will follow. Who should we talk to about the timetable?
""", L(), NEG + "moving a firm's subscription to a merged entity is account administration, not portability of a person's data.",
   org=("Penrice Law", "penricelaw.co.uk"))

sc("neg", "firm", "Client question about Land Registry", """
A client has asked me whether her name and address go to HM Land Registry when we lodge through PEXA, and whether the Land Registry will publish them. I said yes for the register, but could you confirm what's sent from the platform so I can give her an accurate answer?
""", L(), NEG + "a conveyancer's professional question about what the platform sends is not a data subject request (not made on the client's behalf as a right), so not informed; neutral. Borderline.")

sc("neg", "stranger", "Invite sent to me by mistake", """
I've received an invitation to "join a PEXA workspace" but I think it was meant for someone else - I'm not a solicitor. It doesn't have any names or details in it, just a link, which I haven't clicked. Thought I should let you know so the right person gets it.
""", L(), NEG + "a misdirected generic invitation that reveals no one's details: no personal data disclosed beyond the writer's own address, so breach=false; neutral. Borderline.")

sc("neg", "firm", "Test workspace from training", """
Can you confirm the test workspace and dummy clients we created during the training session last week have been deleted? We don't want them showing up in our matter list.
""", L(), NEG + "deleting test data with dummy clients is housekeeping, not erasure of real personal data.")

sc("neg", "firm", "Data export ready notification", """
Your export is ready.

The workspace report you requested (40-210044 to 40-210051, audit trail) is available to download for 7 days from the Reports area of the platform.

This is an automated message from PEXA. Please do not reply to this email.
""", L(auto=True), "A system notification is auto_generated (rule 7); 'export' does not make it a portability request.",
   headers={"auto-submitted": "auto-generated"}, fixed=True)

sc("neg", "consumer", "Mortgage money arriving?", """
Hi, we completed on our house yesterday and the sellers say they haven't got all the money yet. Is there any way to check on your system where it is? I don't need any personal details, just whether it's gone through.
""", L(), NEG + "a neutral question about settlement funds; 'personal details' mentioned in passing, no right.")

sc("neg", "firm", "GDPR wording in our engagement letter", """
We're updating our client care letter to mention that we use PEXA for settlements. Is there standard wording you recommend about how client data is handled on the platform? Something short that our clients will understand.
""", L(), NEG + "a firm asking for template wording is a business enquiry, not the writer's own data: not informed.")

sc("neg", "firm", "Account security - new phone", """
I've got a new phone and the authenticator app didn't transfer. Could you reset my two-factor so I can set it up again? I'm in the office all day if you need to call to verify me.
""", L(), NEG + "resetting two-factor authentication is account support, not a rights request; neutral.")


# ============================================================================================
# 5. MORE: thin combinations (rights inside complaints, representatives, breach contrasts)

sc("cpd", "firm", "Still showing my old name to other firms", """
Back in September I asked for my profile to show my current name, Ellis Varga-Hunt. Every workspace I join still lists me under my former name, which I stopped using for personal safety reasons, and other firms' staff can see it.

Please change it now, and until it's changed, stop showing my name to other participants at all. I'd like a reply today.
""", L(c=True, pd=True, r="rectification restriction", cat="personal_data"),
   PDH + "an old name still shown to others after a correction request, with a demand: implicit complaint, personal_data; change it = rectification, stop showing it until fixed = restriction.",
   name="Ellis Varga-Hunt")

sc("cpd", "consumer", "I never signed up for this", """
I keep getting reminders from PEXA saying "your client user account is waiting for you". I never asked for an account. It seems your system made one for me automatically, with my email and mobile number, when our purchase workspace was opened. Nobody asked me.

I don't want it. Delete the account and everything on it, and stop sending me reminders.
""", L(c=True, pd=True, r="erasure", cat="personal_data"),
   PDH + "an account created and used without her knowledge, remedy demanded: implicit complaint, personal_data; delete it = erasure (the reminders stop with the deletion); only PEXA is blamed, so about_other_firm=null.")

sc("cpd", "former", "Complaint about refusal of my data portability request", """
I want to complain about the refusal of my data portability request (ref DPR-6120).

Your team's answer was that PEXA "only provides personal data in PDF format". Article 20 gives me the right to receive the data I provided in a structured, commonly used and machine-readable format. A PDF is not that.

Please provide my profile, certificate and training data as CSV or JSON within 14 days and confirm who reviewed the original decision.
""", L(c=True, e=True, pd=True, r="portability", cat="personal_data"),
   PDH + "'complain' about a refused Article 20 request: explicit, personal_data, portability.",
   short="Complaint - portability request refused (PDF only) - send my data as CSV/JSON, ref DPR-6120")

sc("cnd", "consumer", "Sale money held by your system", """
The money from my flat sale has been held since Thursday because your system "flagged the transaction for review". My solicitor says PEXA's software does this automatically based on names and bank details, and that nobody has looked at it yet. I've got a deposit due on my next place on Friday.

I want a real person to review it today, and I want to know what information about me the system used to flag it.
""", L(c=True, r="automated_decision informed", cat="process"),
   "Funds held by an automated rule, harm and demands: implicit complaint whose root cause is the review procedure (process, rule 16f); a person to review = automated_decision, what information was used = informed; the grievance is the hold, not data handling, so personal_data=false. Only PEXA is blamed, so about_other_firm=null.")

sc("cnd", "consumer", "Our completion day", """
I wanted to put in writing what happened on our completion day, 13 November, because I'm still cross about it.

We had the van booked for 8am and were told by our solicitor that the money would go through by lunchtime. At 11 they rang to say the platform was "down for all firms" and nothing could move. We sat outside the new house with two children and a dog until nearly 5pm, and the van firm charged us an extra half-day. Our solicitor was brilliant and kept ringing us, so this isn't about them - it was your system.

Also, while I remember: when I looked at the workspace emails I noticed a box saying I'd agreed to "updates and offers from PEXA and partners". I don't remember agreeing to that, and I don't want my details used for any marketing.

Anyway. I'd like an explanation of what went wrong that day and for you to cover the van firm's £210.
""", L(c=True, r="objection", cat="platform_defect"),
   "An outage that delayed completion, with costs claimed: implicit complaint about PEXA only (solicitor praised, so about_other_firm=null), platform_defect; the marketing objection buried in the middle counts (rule 14), personal_data=false.")

sc("cpd", "rep", "Constituent: Mrs Valerie Ashdown - data request", """
I am writing on behalf of my constituent, Mrs Valerie Ashdown, who has given me her consent to raise this matter.

Mrs Ashdown asked PEXA in August for a copy of the information it holds about her following the sale of her late husband's house. She has received two acknowledgements but no information, and tells me she has been unable to get a timescale from anyone.

I would be grateful if you would look into this, let me know why the request has taken so long, and provide Mrs Ashdown with the information she asked for.

Office of the Member of Parliament for Stafford
""", L(c=True, pd=True, r="access", tp=True, cat="personal_data"), org=("Office of the MP for Stafford", "parliament.uk"),
   note=PDH + "an MP's office writing for a constituent whose access request has stalled: implicit complaint, personal_data, access, third_party.")

sc("rec", "rep", "My father's name is wrong on his remortgage", """
My father, Mr Tadeusz Wróblewski, is remortgaging with his building society and I'm helping him as his English isn't great. The documents from the platform spell his surname "Wroblewsky". It should be Wróblewski (or Wroblewski without the accent if your system can't do it).

Could you please correct it? He's given me permission to write to you and is happy to confirm by phone.
""", L(r="rectification", tp=True), N_NOC + "a daughter writes for her father to correct his surname, no grievance: rectification, third_party.")

sc("obj", "rep", "Our client - objection to use of data in market reports", """
We act for Ms Harriet Coutts in connection with her recent purchase. Ms Coutts has asked us to notify PEXA that she objects to her personal data, including details of her purchase, being used for market insight reports, benchmarking or any other purpose not needed to complete and register the transaction.

Please confirm to us that her objection has been recorded.
""", L(r="objection", tp=True), N_NOC + "solicitors notify an objection on their client's instructions: objection, third_party; no grievance.")

sc("brc", "stranger", "Buyer's ID pack sent to our office", """
We're the estate agents on the sale of 4 Bramble Walk. This morning an email arrived from your platform with the buyers' full ID pack - both passports, a bank statement and proof of address. We're not a party to the workspace and shouldn't have it.

We've deleted it and emptied the deleted items. Letting you know so you can record it.
""", L(b=True), BR + "an estate agent (not a participant) received buyers' ID documents and reports it neutrally: breach, not a complaint, not third_party.",
   short="Your platform emailed us (estate agents) the buyers' ID pack - deleted")

sc("brc", "consumer", "Formal complaint - completion email sent to my ex-husband", """
This is a formal complaint.

The email confirming completion of my purchase, which shows my new address, was sent by your system to my ex-husband's email address as well as mine. I have a non-molestation order against him and moved specifically so he wouldn't know where I live. My solicitor says his address was on an old contact record from our previous sale in 2022.

I need you to remove his email from anything connected to me immediately, tell me exactly what was sent to him and when, and explain how this was allowed to happen.
""", L(c=True, e=True, pd=True, b=True, r="rectification informed", cat="personal_data"),
   BR + "her new address sent to the wrong person, 'formal complaint': explicit, personal_data; remove his email from her record = rectification, what was sent and when = informed.")

sc("brc", "firm", "Support screen-share", """
Just mentioning this so you can remind your team: during our Teams call with your support adviser this afternoon, he shared his whole screen and for about a minute we could see a list of another firm's open workspaces, including client names and property addresses. He didn't notice and we didn't say anything at the time.

Nothing more needed from our side.
""", L(b=True), BR + "another firm's client details exposed on a screen-share, reported calmly with no reply needed: breach, not a complaint.")

sc("brc", "firm", "I clicked a phishing link", """
I think I've been caught by a phishing email. It looked like a PEXA login page and I entered my username and password before I realised the address was wrong (pexa-login-uk.net). That was about 20 minutes ago.

I've changed my password from the real site. Can you check for any logins from other locations on my account and lock it if there are? I'm a conveyancer at {org}.
""", L(b=True), BR + "the writer's own login credentials were disclosed to a phisher, so personal data reached the wrong person (breach), reported with a routine request; contrast the phishing reports where nothing was entered.")

sc("neg", "firm", "Delete chat message", """
Can you delete the message I posted in the workspace chat on 40-228412 at 11.05? I typed the wrong completion figure. The correct one is in my next message. Thanks.
""", L(), NEG + "'delete' a chat message with a wrong figure is housekeeping, not erasure.")

sc("neg", "firm", "Access request - Leeds branch", """
We're opening a branch in Leeds in February. Please can you send the access request form for adding the new office and its four users to our subscription?
""", L(), NEG + "an 'access request' for a new branch is an account set-up form, not a subject access request.",
   short="Access request form for our new Leeds branch please")

sc("neg", "firm", "Event sponsorship - data protection conference", """
We're organising the Northern Conveyancing Data Protection Forum in March (topics include DSARs, the right to erasure and breach reporting for law firms) and wondered whether PEXA would like to sponsor a session. Packages start at £1,500. Happy to send the prospectus.
""", L(), NEG + "a sponsorship pitch that lists data-rights topics is neither a request nor a complaint.")

sc("neg", "firm", "Information about a client's rights", """
One of our clients has asked whether she can get a copy of her data from PEXA and how. What's the right email address or form for a client to make a subject access request to you directly? I'll pass it on to her.
""", L(), NEG + "a conveyancer asking where a client should send a SAR is not itself a request on her behalf, so rights=[]; neutral. Borderline.")


# ============================================================================================
# 6. MORE EVERYDAY AND FORMAL REQUESTS, BREACH CONTRASTS AND LOOK-ALIKES

sc("era", "applicant", "Old application from 2024", """
I applied for a job with you in spring 2024 and didn't get it. If you've still got my CV and application on file, could you delete them please? I'm not looking to apply again.
""", L(r="erasure"), N_NOC + "'if you've still got my CV, delete it' = erasure.",
   short="if you still have my CV from 2024 please delete it")

sc("era", "consumer", "Erasure request - Data Protection Act 2018", """
I am writing under the UK GDPR and the Data Protection Act 2018 to request that PEXA erases the personal data it holds about me.

My proposed purchase of 19 Furnace Street, Stafford did not proceed and the workspace was closed in October before exchange. I uploaded a copy of my passport and three months' bank statements for identity checks. As the transaction never happened, I can see no reason for these to be retained.
""", L(r="erasure"), N_NOC + "a formal request to erase ID documents after an abandoned purchase = erasure.")

sc("res", "consumer", "Someone is using my details", """
My conveyancer rang me today to say that another firm had opened a workspace to sell my house - a house I am not selling. She thinks someone is trying to use my identity. The police have been told (ref 0412/26).

Please don't let my name or details be used in any workspace until I've been able to speak to someone and prove who I am. I'm not blaming PEXA for this, I just want to stop it going any further.
""", L(r="restriction"), N_NOC + "'don't let my details be used until I've proved who I am' = restriction; an attempted identity fraud by an outsider is not PEXA losing or disclosing data, so breach=false; she expressly blames nobody at PEXA, so not a complaint. Borderline.")

sc("por", "consumer", "Can you send my ID check to my new solicitor?", """
We've had to change solicitors halfway through our purchase (the old firm is closing its conveyancing team). Can you send my ID check results and the documents I uploaded to the new firm in a file, so I don't have to go through the whole thing again? They're Tarrant Hale Legal.
""", L(r="portability"), N_NOC + "data she provided sent on to another firm so she need not start again = portability (transmission to another controller).",
   short="can you send my ID check and documents to my new solicitor as a file?")

sc("adm", "firm", "Article 22 UK GDPR - request for human intervention", """
Following the introduction of your automated "participant risk rating", my user profile has been rated "enhanced review" and I am no longer able to act as signatory on settlements above £1m. I understand this rating is produced without human involvement.

Pursuant to Article 22 UK GDPR I request human intervention in this decision, the opportunity to express my point of view, and to contest the decision. Please let me know who will review it.
""", L(r="automated_decision"), N_NOC + "a formal Article 22 request for human intervention, calm in tone and with no grievance stated, so not a complaint; automated_decision.")

sc("adm", "firm", "Could a person check my signing authority?", """
The system has marked my signing authority as "unverified" again after the annual re-check. I've uploaded the partnership resolution. Could somebody actually look at it rather than the automatic check? No rush, I'm not signing anything until next week.
""", L(r="automated_decision"), N_NOC + "a person to look at it rather than the automatic check = automated_decision; 'no rush', so not a complaint.")

sc("inf", "consumer", "do you sell our info", """
Simple question - do you sell our information to anyone? Estate agents, insurers, that sort of thing? We bought in September and have had a lot of calls since.
""", L(r="informed"), N_NOC + "who the data goes to = informed; the calls are mentioned as context, not blamed on PEXA, so not a complaint.",
   short="do you sell our info to anyone?")

sc("inf", "rep", "My mum's details", """
I'm helping my mum, Mrs Irene Blackmore, who sold her house in October (her solicitors were Dunmore Property Lawyers). She's worried about scams and asked me to find out what PEXA does with her details, who you share them with, and how long you keep them. She's with me as I write this and is happy for me to ask.
""", L(r="informed", tp=True), N_NOC + "a daughter asks for her mother what is done with her data, who receives it and for how long = informed, third_party.")

sc("inf", "firm", "Session recording", """
I noticed the new banner saying sessions "may be recorded to improve the service". As a user, could you tell me what exactly is recorded (screens, keystrokes?), what the lawful basis is, and who can watch the recordings?
""", L(r="informed"), N_NOC + "what is recorded about him, on what basis and who sees it = informed.")

sc("obj", "firm", "Case study", """
I've just seen my name and photo in your "Customer stories" brochure from the conference. I'm happy to have helped at the time but I'd prefer you didn't use my name or picture in marketing from now on. Could you make sure it's left out of future versions?
""", L(r="objection"), N_NOC + "no further use of her name and photo in marketing = objection; politely put, not a complaint.")

sc("obj", "consumer", "Surveys and research", """
Please take me off your research panel and don't use my details for surveys any more. Thanks.
""", L(r="objection"), N_NOC + "stop using my details for research and surveys = objection.",
   short="take me off your research panel, no more surveys please")

sc("acc", "firm", "Support notes about me", """
Can I see the notes your support staff have written about me? I was told on a call last week that there was "a note on my account" about a previous conversation and I'd like to know what it says. A copy by email is fine.
""", L(r="access"), N_NOC + "a copy of the notes written about her = access.")

sc("acc", "firm", "Call recordings 3 and 5 November", """
Please could I have copies of the recordings of my two calls to your support line on 3 and 5 November, about workspace 40-226902? I want my own record of the advice I was given. Many thanks.
""", L(r="access"), N_NOC + "copies of recordings of her own calls = access; no grievance stated.")

sc("rec", "consumer", "Wrong phone number", """
The mobile number you have for me is out by one digit - it should end 417, not 471. I think that's why I haven't had any of the texts about our sale. Can you change it?
""", L(r="rectification"), N_NOC + "'change it' for his wrong mobile number = rectification; no dissatisfaction expressed.")

sc("mul", "consumer", "Subject access request and Article 22", """
I make a subject access request under Article 15 UK GDPR for all personal data PEXA holds about me in connection with my remortgage.

I also understand that an automated identity check was carried out. Please tell me whether any decision about me was made by automated means, what information it used and the logic involved, and please arrange for any such decision to be reviewed by a person.
""", L(r="access informed automated_decision"), N_NOC + "Article 15 copy = access; whether automated, what information and logic = informed; review by a person = automated_decision.")

sc("mul", "consumer", "what have you got, who's seen it, and delete it", """
Three things please: what have you got on me from our house purchase, who have you given it to, and can you delete it when you're allowed to? We completed in August and everything's fine, I just like to tidy up.
""", L(r="access informed erasure"), N_NOC + "what have you got = access, who have you given it to = informed, delete it = erasure; 'everything's fine', not a complaint.",
   short="what have you got on me, who have you given it to, and please delete it")

sc("cnd", "consumer", "Complaint - five weeks and still not registered", """
I want to complain about how long it is taking to register our purchase. We completed on 28 October and my solicitor says the application has been "sitting with PEXA" waiting for a system fix for five weeks. Our lender keeps writing to ask why the charge isn't registered.

Please tell me when this will be done. I'd also like a copy of all the information you hold about our purchase so I can see for myself where it's got stuck.
""", L(c=True, e=True, r="access", cat="delay"),
   "'I want to complain' about a late registration blamed on PEXA: explicit, delay; a copy of the information held = access; the grievance is the delay, personal_data=false; her solicitor is only the messenger, so about_other_firm=null.")

sc("brc", "consumer", "I don't think I was meant to see this", """
We're buying 10 Dovecote Gardens and in the documents shared with us today there's the sellers' full settlement statement, including their mortgage account number, how much they still owed and their bank account for the proceeds. I don't think we're supposed to see that.

I haven't done anything with it, just letting you know.
""", L(b=True), BR + "the seller's financial details shown to the buyer, reported neutrally by the buyer: breach, not a complaint.",
   short="we can see the sellers' mortgage and bank details in our documents - don't think we should")

sc("brc", "lender", "Borrower data received via API", """
Our overnight feed from your API this morning included four completion records for borrowers who are not our customers - they appear to belong to another lender (account numbers in a different format). We have quarantined the file and will delete it once you confirm you don't need it back.

Please let us know the correct contact for your incident team so we can record this properly on our side.
""", L(b=True), BR + "other lenders' borrower records delivered to the wrong lender, reported calmly with a routine request: breach, not a complaint.")

sc("neg", "firm", "Remove restriction on title", """
Once 40-229115 has registered, we'll need to remove the restriction in favour of the old lender from the title. Can the RX4 go through the workspace or do we send it to HM Land Registry separately?
""", L(), NEG + "a Land Registry 'restriction' on a title is not the right to restriction; neutral process question.")

sc("neg", "firm", "Copy of completion statement", """
Our client has asked for a copy of the final completion statement for her purchase (40-224470). I can't download it from the workspace since it was archived. Can you send it to me or unarchive it?
""", L(), NEG + "a firm asking for a transaction document for its own matter is a document request, not the client's right of access made on her behalf.")

sc("neg", "firm", "Blog post on the right to be forgotten", """
Really enjoyed your blog post on the right to be forgotten and completed workspaces. Would you mind if we quoted a couple of paragraphs in our client newsletter, with credit to PEXA?
""", L(), NEG + "praise for a blog about erasure and a permission request: no right is being exercised.")

sc("neg", "firm", "We object to the new liability clause", """
We object to clause 14.3 of your revised participant terms, which would make firms liable for settlement failures caused by the platform itself. We were given three weeks' notice of a change that shifts the risk of your own outages onto us.

We want this clause reconsidered and would like to discuss it with someone senior before 1 January.
""", L(c=True, cat="process"),
   NEG + "'we object' to a contract clause is a complaint about a rule (process, rule 16f), not an objection to processing; rights=[].")

sc("neg", "firm", "Moving firms - my certificate", """
I'm moving from Ashby Rowe to Penrice Law in January. Does my PEXA digital certificate move with me, or does my new firm have to apply for a new one? Just want to avoid a gap before my first completion there.
""", L(), NEG + "asking whether an account credential moves to a new employer is a service question, not a portability request for a copy of her data. Borderline.")

sc("neg", "consumer", "Did my ID check pass?", """
Hi, just checking whether my ID check has gone through OK? My solicitor said it might take a day. I uploaded everything yesterday afternoon.
""", L(), NEG + "asking whether a check has passed is a status question, not access or informed.",
   short="has my ID check gone through ok?")

sc("neg", "firm", "Title number typo", """
The title number on workspace 40-231002 has been entered as DY481120 - it should be DY418120. Could you amend it, or tell me how I can?
""", L(), NEG + "correcting a title number is transaction data, not rectification of a person's record; neutral.")

sc("neg", "firm", "Old user IDs in the audit report", """
Our quarterly audit report still shows user IDs for staff who left in 2025. That's fine, we understand it's a historical log - could you just confirm the leavers can no longer log in?
""", L(), NEG + "a firm confirming leavers are deactivated: routine account check; no one's right is exercised and nothing was disclosed.")

sc("neg", "stranger", "Suspicious text", """
I got a text saying "PEXA: your completion funds are on hold, verify here" with a link. I've never used PEXA as far as I know and didn't click it. Just thought you should know someone is using your name.
""", L(), NEG + "a scam text where nothing was disclosed: no breach; a neutral report, not a complaint.",
   short="got a scam text using your name - didn't click")

# ============================================================================================
# 7. THE RIGHT IN THE SUBJECT LINE ONLY (the body just identifies the writer)

sc("acc", "consumer", "SAR - copy of my data please - purchase of 27 Wharf Lane 2025", """
Date of birth 14/02/1979. Previous address 6 Heron Way, Ipswich. Solicitors were Brightwater Conveyancing. Photo ID attached.
""", L(r="access"), N_NOC + "the request ('SAR - copy of my data') is only in the subject, which is new text (section 1); the body just identifies her = access.")

sc("era", "former", "Please remove my details - no longer at Linnet Conveyancing", """
As above. My last day was 30 November.
""", L(r="erasure"), N_NOC + "'remove my details' from a former user, stated only in the subject = erasure.")

sc("obj", "firm", "Unsubscribe me from marketing please", """
This is the address you send them to. Workspace notifications are fine.
""", L(r="objection"), N_NOC + "an unsubscribe from marketing, in the subject only, is an objection to direct marketing. Borderline: a one-line unsubscribe could be seen as routine list admin.")

sc("neg", "firm", "Delete user - J Morley has left", """
As above please - she left on Friday. Her workspaces are with me now.
""", L(), NEG + "a firm administrator asking to remove a leaver's user is account administration, not erasure (subject-only variant of the same call as the leaver scenario).")

# ============================================================================================
# 8. THIN COMBINATIONS: restriction, erasure, portability, automated decision inside complaints

sc("cpd", "consumer", "My complaint about the fraud marker on my name", """
This is my complaint about the "identity risk" marker your system put against my name after a mismatch on my middle name. My mortgage lender has seen it and has asked me to explain myself, which is humiliating when I've done nothing wrong.

While you look into it, I want that marker hidden from everyone - my lender, my solicitor and anyone else - and not used for anything. I expect a written reply.
""", L(c=True, e=True, pd=True, r="restriction", cat="personal_data"),
   PDH + "a disputed marker on her record shown to her lender, 'my complaint': explicit, personal_data; hide it and don't use it while investigated = restriction; shown to her own lender in the transaction, so no breach.",
   short="My complaint: wrong identity risk marker on my name - hide it from everyone while you investigate")

sc("cpd", "applicant", "Careers newsletter", """
You turned me down for the Product Analyst job in October and now I'm getting your "careers newsletter" every fortnight. I never signed up for it. I assume you've put everyone who applied on a mailing list.

Please delete all my details and take me off it.
""", L(c=True, pd=True, r="erasure", cat="personal_data"),
   PDH + "an applicant's details used for a newsletter she never agreed to, remedy demanded: implicit complaint, personal_data; delete all my details = erasure (the newsletter stops with it).")

sc("cnd", "firm", "Fee increase - we're leaving", """
Your letter of 20 November says our per-workspace fee goes up by 40% from January, with no explanation beyond "investment in the platform". For a practice my size that is the difference between profit and loss on remortgage work. I think it's unjustifiable and I'd like someone to explain how it was worked out.

If it stands, I'll be moving to another provider. In that case please send me my data - my user details, my workspaces and the parties - as a CSV or similar that I can load into their system.
""", L(c=True, r="portability", cat="fees_charges"),
   "A fee rise judged unjustifiable with an explanation demanded = implicit complaint (fees_charges); her data as CSV for another provider = portability (sole practice, her own records); personal_data=false.")

sc("cnd", "applicant", "Formal complaint - application refused by your system", """
I wish to make a formal complaint about the handling of my firm's application to join PEXA.

Our application was refused on 18 November by your automated checks on the grounds that our professional indemnity insurance "could not be verified". Our insurer has confirmed in writing that the policy is in force, and I sent that letter to your onboarding inbox the same day. Nobody has replied and the refusal stands.

I want a member of staff, not the automated check, to review the application with the insurer's letter, and I want to know when that will happen.
""", L(c=True, e=True, r="automated_decision", cat="onboarding"),
   "'Formal complaint' about a refused application: explicit, onboarding (rule 16a); a member of staff instead of the automated check = automated_decision; the refusal, not data handling, is the grievance, so personal_data=false.")

sc("cpd", "rep", "Our client - unwanted account reminders", """
We act for Ms Fern Rushworth, who completed her purchase through us in July. Since then she has received weekly reminders from PEXA to "activate your client account", which she never asked for, and she has asked us to take this up with you as she is getting nowhere through your website.

On her behalf, please delete the account and any personal data held for it, and confirm to us when that has been done.
""", L(c=True, pd=True, r="erasure", tp=True, cat="personal_data"),
   PDH + "solicitors write on their client's instructions about an account and reminders she never wanted: implicit complaint, personal_data, erasure, third_party; the firm is the writer, not the subject, so about_other_firm=null.")

sc("neg", "firm", "Too many workspace emails", """
Is there a way to turn off the activity emails for every workspace I'm on? I get about 60 a day and I'd rather just check the dashboard. I still want the settlement-day alerts.
""", L(), NEG + "turning off operational notifications is a settings question, not an objection to processing (no marketing or profiling); neutral.")

sc("neg", "firm", "Admin access for our new DPO", """
Our new Data Protection Officer, Martin Oduya, starts on Monday. Could you give him read-only access to our firm's admin panel so he can review our user list and permissions? I'll approve it from my account if you send the request through.
""", L(), NEG + "'access' for a new DPO to the admin panel is a user permission, not the right of access; routine request.")

# ============================================================================================
# envelopes (change the packaging, never the labels)

QUOTE_CUT = re.compile(r"(\nOn [^\n]{0,120}wrote:|-----Original Message-----|\n>|<blockquote|^>)", re.M)


def new_text(rec):
    """Subject plus the body above any quoted history: the text the labels describe."""
    body = rec["body"]
    m = QUOTE_CUT.search(body)
    return rec["subject"] + "\n" + (body[:m.start()] if m else body)


def person(rng, s):
    if s["name"]:
        first, last = s["name"].split(" ", 1)
    else:
        first, last = rng.choice(FIRST), rng.choice(LAST)
    role = s["role"]
    if s["org"]:
        org = s["org"]
    elif role == "lender":
        org = rng.choice(LENDERS)
    else:
        org = rng.choice(LAWFIRMS)
    works = role in ("firm", "lender") or (role == "rep" and ("We act for" in s["body"] or bool(s["org"])))
    lastkey = re.sub(r"[^a-z]", "", last.lower())
    if works:
        addr = rng.choice([f"{first.lower()}.{lastkey}@{org[1]}", f"{first[0].lower()}{lastkey}@{org[1]}",
                           f"{first.lower()}{lastkey[0]}@{org[1]}"])
    else:
        addr = rng.choice([f"{first.lower()}.{lastkey}{rng.randint(1, 98)}@{rng.choice(MAILHOSTS)}",
                           f"{first[0].lower()}{lastkey}@{rng.choice(MAILHOSTS)}",
                           f"{lastkey}.{first.lower()}@{rng.choice(MAILHOSTS)}"])
    return dict(first=first, last=last, full=f"{first} {last}", org=org, works=works, addr=addr, role=role)


def fill(text, p):
    return (text.replace("{org}", p["org"][0]).replace("{domain}", p["org"][1])
            .replace("{name}", p["full"]).replace("{first}", p["first"]).replace("{addr}", p["addr"]))


def signame(rng, p):
    return rng.choice([p["full"], p["first"], p["full"], f"{p['first'][0]}. {p['last']}"])


def sigblock(rng, p):
    if p["works"]:
        is_lender = p["org"] in LENDERS
        title = rng.choice(LENDER_TITLES if is_lender else TITLES)
        town, pc = rng.choice(TOWNS)
        lines = [p["full"], title, p["org"][0],
                 f"{rng.randint(1, 90)} {rng.choice(STREETS)}, {town} {pc} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}",
                 f"T: 0{rng.randint(1100, 1999)} {rng.randint(100000, 999999)}"]
        if p["org"] in LAWFIRMS:
            lines.append(f"SRA No. {rng.randint(500000, 699999)}")
        discl = DISCLAIMERS if p["org"] in LAWFIRMS else [d for d in DISCLAIMERS if "Solicitors Regulation" not in d]
        return "\n".join(lines) + "\n\n" + rng.choice(discl)
    town, pc = rng.choice(TOWNS)
    return "\n".join([p["full"], f"{rng.randint(1, 120)} {rng.choice(STREETS)}", f"{town} {pc}",
                      f"Mob: 07700 900{rng.randint(100, 999)}"])


def qdate(rng):
    return f"{rng.randint(1, 28)} {rng.choice(MONTHS[:3])} 2026"


def pexa_quote(rng, p):
    pool = QUOTES if p["works"] else [QUOTES[0], QUOTES[3], QUOTES[4]]
    return rng.choice(pool).replace("{n}", str(rng.randint(400000, 699999)))


def typo(rng, text, k=None):
    words = list(re.finditer(r"[A-Za-z]{5,}", text))
    words = [w for w in words if "complain" not in w.group().lower()]
    k = k or rng.randint(2, 5)
    chosen = sorted(rng.sample(words, min(k, len(words))), key=lambda w: w.start(), reverse=True)
    for w in chosen:
        s = w.group()
        i = rng.randint(1, len(s) - 2)
        s2 = letter_edit(s, i, rng.choice(LETTER_EDITS))
        text = text[:w.start()] + s2 + text[w.end():]
    return text


def to_html(rng, text):
    paras = [pp for pp in text.split("\n\n") if pp.strip()]
    out = []
    for pp in paras:
        if pp.startswith(">") or pp.startswith("On ") and "wrote:" in pp.split("\n")[0]:
            out.append(pp)
            continue
        out.append("<p>" + htmlmod.escape(pp).replace("\n", "<br>") + "</p>")
    body = "\n".join(out)
    font = rng.choice(['<div style="font-family:Calibri,sans-serif;font-size:11pt">',
                       '<div dir="ltr">', '<div style="font-family:Arial">'])
    return f"<html><head><meta charset=\"utf-8\"></head><body>{font}\n{body}\n</div></body></html>"


def quote_html(qtext):
    lines = [ln[2:] if ln.startswith("> ") else ln.lstrip(">") for ln in qtext.split("\n")[1:]]
    return (f"<div>{htmlmod.escape(qtext.split(chr(10))[0])}</div>\n<blockquote style=\"border-left:1px solid #ccc;"
            f"padding-left:8px\">" + "<br>".join(htmlmod.escape(ln) for ln in lines) + "</blockquote>")


def build(rng, s, env, p):
    core = fill(s["body"], p)
    subject = s["subject"]
    headers = {}
    html = False
    fixed_quote = fill(s["quote"], p) if s["quote"] else None
    if s["role"] == "auto" or (s["fixed"] and s["labels"]["auto_generated"]):
        body = core
        if env == "hdr":
            headers = dict(s["headers"] or {})
        elif env == "hdr_part":
            hh = s["headers"] or {}
            headers = {k: v for k, v in hh.items() if k in ("list-unsubscribe", "auto-submitted")}
        html = core.lstrip().startswith("<html")
        return subject, body, headers, html
    if s["fixed"]:
        body = core
        if env == "mobile":
            body = core + "\n\n" + rng.choice(MOBILE)
        elif env == "typo":
            body = typo(rng, core)
        return subject, body, headers, html
    greet = rng.choice(GREET)
    sign = rng.choice(SIGNOFF)
    if env == "subject_only":
        return s["short"], rng.choice(["", "", rng.choice(MOBILE)]), {}, False
    if env == "mobile":
        body = core.lower()
        if rng.random() < 0.5:
            body = rng.choice(["hi", "hello", "hiya"]) + "\n\n" + body
        body += "\n\n" + p["first"].lower() + "\n\n" + rng.choice(MOBILE)
        if fixed_quote:
            body += "\n\n" + fixed_quote
        return subject.lower(), body, {}, False
    text = core if env != "typo" else typo(rng, core)
    closing = f"{sign}\n{signame(rng, p)}"
    if env in ("sig", "outlook") or (env == "html" and rng.random() < 0.4):
        closing = f"{sign}\n\n{sigblock(rng, p)}"
    body = f"{greet}\n\n{text}\n\n{closing}"
    if fixed_quote:
        subject = subject if subject.lower().startswith("re:") else "Re: " + subject
        if env == "html":
            return subject, to_html(rng, body)[:-len("</div></body></html>")] + "</div>\n" + quote_html(fixed_quote) + \
                "\n</body></html>", {}, True
        return subject, body + "\n\n" + fixed_quote, {}, False
    if env == "quote":
        q = pexa_quote(rng, p)
        hdr = rng.choice([f"On {qdate(rng)}, PEXA Support <support@pexa.co.uk> wrote:",
                          f"On {qdate(rng)} at {rng.randint(8, 17)}:{rng.randint(10, 59)}, PEXA Support <support@pexa.co.uk> wrote:"])
        body += "\n\n" + hdr + "\n" + quote_lines(q)
        subject = "Re: " + subject
    elif env == "outlook":
        q = pexa_quote(rng, p)
        body += (f"\n\n-----Original Message-----\nFrom: PEXA Support <support@pexa.co.uk>\nSent: {qdate(rng)} "
                 f"{rng.randint(8, 17)}:{rng.randint(10, 59)}\nTo: {p['full']} <{p['addr']}>\nSubject: RE: {subject}\n\n{q}")
        subject = "RE: " + subject
    elif env == "html":
        return subject, to_html(rng, body), {}, True
    return subject, body, headers, html


def envelopes_for(s):
    if s["labels"]["auto_generated"]:
        return ["hdr", "nohdr"] if "list-id" not in (s["headers"] or {}) else ["hdr", "hdr_part"]
    if s["fixed"]:
        return ["plain", "mobile", "typo"]
    envs = ["plain", "sig", "html", "mobile", "typo"]
    if not s["quote"]:
        envs += ["quote", "outlook"]
    if s["short"]:
        envs += ["subject_only"]
    return envs


def auto_from(rng, s, p):
    if "list-id" in (s["headers"] or {}):
        return "Property Law Data Protection Digest <digest@example-digest.co.uk>"
    if "automated message from PEXA" in s["body"]:
        return "PEXA Notifications <no-reply@pexa.co.uk>"
    return f"{p['full']} <{p['addr']}>"


def check(rec):
    """The guide's consistency rules (section 2) plus the explicit/'complain' rule. Returns errors."""
    lab = rec["labels"]
    errs = label_errors(lab, PEXA_FIRM_IDS)  # a complaint without a category fails on "?" here
    if not lab["auto_generated"]:
        has = "complain" in new_text(rec).lower()
        if has != lab["explicit"]:
            errs.append(f"explicit={lab['explicit']} but 'complain' in new text={has}")
    if not rec["subject"].strip() and not rec["body"].strip():
        errs.append("empty message")
    return errs


def main():
    rng = random.Random(SEED)
    counters = {}
    records = []
    for s in SCEN:
        counters[s["kind"]] = counters.get(s["kind"], 0) + 1
        source = f"rpe-{s['kind']}-{counters[s['kind']]:02d}"
        envs = envelopes_for(s)
        if s["labels"]["auto_generated"]:
            chosen = envs
        else:
            n = rng.choice([2, 3, 3])
            first = rng.choice(["plain", "sig"]) if "sig" in envs else "plain"
            rest = [e for e in envs if e != first]
            chosen = [first] + rng.sample(rest, min(n - 1, len(rest)))
        for env in chosen:
            p = person(rng, s)
            subject, body, headers, html = build(rng, s, env, p)
            frm = auto_from(rng, s, p) if s["labels"]["auto_generated"] else f"{p['full']} <{p['addr']}>"
            rec = {"id": "", "mailbox": "pexa", "from": frm, "subject": subject, "headers": headers,
                   "body": body, "html": html, "labels": dict(s["labels"], rights=list(s["labels"]["rights"])),
                   "note": s["note"], "source": source}
            records.append((env, rec))
    bad = 0
    for env, rec in records:
        for e in check(rec):
            bad += 1
            print(f"{rec['source']} [{env}]: {e}", file=sys.stderr)
    if bad:
        print(f"refusing to write: {bad} consistency error(s)", file=sys.stderr)
        return 1
    rng.shuffle(records)
    with open(OUT, "w", encoding="utf-8") as fh:
        for i, (env, rec) in enumerate(records, 1):
            rec["id"] = f"rpe-{i:04d}"
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    envc = {}
    for env, _ in records:
        envc[env] = envc.get(env, 0) + 1
    print(f"wrote {len(records)} records from {len(SCEN)} scenarios to {os.path.relpath(OUT, ROOT)}; envelopes {envc}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
