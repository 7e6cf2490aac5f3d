#!/usr/bin/env python3
"""Inline-answer judge set E: replies in which the sender types their answers INSIDE the mail they reply to.

A firm (PEXA or Conexus) writes to a customer: questions, a list of points, a complaint response, a request
for documents, a statement of findings. The customer presses Reply and types their answers inside the quoted
original (after each paragraph; in colour, in capitals, after their initials, or unmarked).

Groups (the scenario id names its group; both renderings of a scenario share `source`):
* A (30): answers inside the quote, and a few words on top saying so.
* U (14): answers inside the quote, nothing on top but a greeting or a sign-off (or nothing at all).
* C (16): controls: the sender writes above an untouched quote (top-posting, "see below" meaning something
  else, numbered answers above the quote, a forward with a comment).

Every label is decided by the labelling guide on what the SENDER wrote, wherever they typed it (the answers
inside the quote included); the firm's own quoted words are never the sender's. `explicit` is true exactly when
the sender's own words (a subject they wrote themselves, the top text, the inline answers) say "complain".
record_errors looks for "complain" only in the subject and the body above the quote; where that disagrees with
the label for the reasons above, `errors` below drops only that one check and applies its own instead.

Stdlib only. Usage: python data/make/make_inline_answer_judge_e.py
"""
import collections
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import RIGHTS, escape_html, record_errors, run_generator, short_labels  # noqa: E402

SEED = 20280705
PREFIX = "iae"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "inline_answer_judge_e.jsonl")

# ---------------------------------------------------------------------------------------------
# the firms' senders: display name, address, team line under the agent's name

FS = {
    "p_compl": ("PEXA Complaints", "complaints@pexa.co.uk", "Customer Resolution Team | PEXA"),
    "p_sup": ("PEXA Participant Support", "support@pexa.co.uk", "Participant Support | PEXA"),
    "p_onb": ("PEXA Onboarding", "onboarding@pexa.co.uk", "Onboarding Team | PEXA"),
    "p_bill": ("PEXA Billing", "billing@pexa.co.uk", "Billing & Accounts | PEXA"),
    "p_priv": ("PEXA Data Protection", "privacy@pexa.co.uk", "Data Protection Office | PEXA"),
    "p_train": ("PEXA Training", "training@pexa.co.uk", "Training & Enablement | PEXA"),
    "p_cons": ("PEXA Customer Enquiries", "enquiries@pexa.co.uk", "Customer Enquiries | PEXA"),
    "c_cr": ("Conexus Customer Relations", "complaints@conexus-services.com", "Customer Relations, Conexus"),
    "c_col": ("Conexus Account Management", "accounts@conexus-services.com", "Account Management, Conexus"),
    "c_dp": ("Conexus Data Protection", "dataprotection@conexus-services.com", "Data Protection Team, Conexus"),
    "c_pay": ("Conexus Payments", "payments@conexus-services.com", "Payments Team, Conexus"),
}

COLOURS = (("#C00000", "red"), ("#0070C0", "blue"), ("#7030A0", "purple"), ("#00B050", "green"),
           ("#FF0000", "red"))

# envelope pairs for the A and U groups: (layout, marking) for the first and the second rendering.
# layouts: opl = plain Outlook block, owg = "On ... wrote:" with ">", owp = "On ... wrote:" without ">",
#          hbq = HTML blockquote, hod = HTML Outlook reply div
PAIRS = (
    (("opl", "caps"), ("hbq", "colour")),
    (("owg", "none"), ("hod", "colour")),
    (("owp", "initials"), ("hbq", "caps")),
    (("hod", "initials"), ("owg", "caps")),
    (("hbq", "colour"), ("opl", "initials")),
    (("owp", "caps"), ("hod", "none")),
    (("opl", "none"), ("hbq", "initials")),
    (("hod", "colour"), ("owp", "none")),
    (("owg", "initials"), ("hod", "caps")),
    (("hbq", "none"), ("opl", "caps")),
    (("owg", "caps"), ("hod", "colour")),
)
C_PAIRS = (("opl", "hbq"), ("owg", "hod"), ("hod", "owp"), ("hbq", "opl"), ("owp", "hod"), ("hod", "owg"))
C_FWD_PAIRS = (("opl", "hod"), ("hod", "opl"))

# ---------------------------------------------------------------------------------------------
# scenarios

SCENARIOS = []


def sc(sid, mb, fs, agent, subj, letter, people, tops, lab, note, *, ref="{n6}", kind="reply", qhead=None,
       own_subject=None, greet="Dear {dear},", signoff="Kind regards,", when=None):
    """One scenario. letter: the quoted mail's paragraphs, each a str or (paragraph, the sender's inline answer).
    people: two (name, address, initials, how the quoted mail addresses them). tops: the two renderings' text
    above the quote ({how} = how the answers are marked). kind: reply / own (the quote is the sender's own
    earlier mail) / fwd (a forward). qhead: overrides of the quoted mail's header and frame (from, addr, to, greet,
    signoff, agent, team; self=True: the quoted mail is the sender's own). when: (month, first day, last day) of
    2026 for the quoted mail's date, where its text needs one (default April or May)."""
    assert sid[0] in "AUC" and len(people) == 2 and len(tops) == 2
    SCENARIOS.append(dict(sid=sid, mb=mb, fs=fs, agent=agent, subj=subj, letter=letter, people=people,
                          tops=tops, lab=lab, note=note, ref=ref, kind=kind, qhead=qhead or {},
                          own_subject=own_subject, greet=greet, signoff=signoff, when=when))


L = short_labels

# ===== SCENARIOS START =====
# ---- Group A, PEXA
sc("A01", "pexa", "p_compl", "Lewis Ogunbiyi", "Our response - settlement failure on workspace {ref}", [
    "Thank you for your patience while we looked into the settlement that did not complete in workspace {ref} on "
    "9 March. I have set out our findings below.",
    ("1. Our logs show the settlement was stopped because the incoming funds account entered by your firm did not "
     "pass validation.",
     "The account details were validated two days before settlement and showed a green tick. Nobody here changed "
     "them afterwards. I'd like to see the log entry you are relying on."),
    ("2. We did not find any platform fault on the day, and no other participants reported a problem.",
     "Your own status page showed 'degraded performance' from 10:40 to 13:15 that morning. We took a screenshot."),
    ("3. As the failure was not caused by PEXA, we are unable to consider the request for the £640 in extension "
     "costs your client incurred.",
     "We do not accept this. Our client paid those costs because the platform let us down and we expect them to be "
     "reimbursed. Please look again with the screenshot and the validation history and come back to me this week."),
    "If you remain unhappy with this outcome, you may reply to this email and we will review your complaint afresh.",
], [("Rhiannon Pugh", "r.pugh@pughcarradine.co.uk", "RP", "Ms Pugh"),
    ("Tomasz Wiercinski", "t.wiercinski@pughcarradine.co.uk", "TW", "Mr Wiercinski")],
   ["Lewis - my responses to your findings are below{how}.",
    "I have put our comments against each numbered point{how}. In short, we disagree."],
   L(c=True, cat="platform_defect"),
   "The inline answers reject each finding, cite the platform outage and demand the costs back: an implicit "
   "complaint (platform_defect); 'complaint' is only in PEXA's quoted letter, so explicit=false.", ref="PX-{n6}")

sc("A02", "pexa", "p_bill", "Joanne Whitlock", "Invoice query INV-{ref}", [
    "Thanks for getting in touch about your April invoice. So that we can look into it properly, could you help with "
    "the following?",
    ("Which workspaces do you believe were charged incorrectly?",
     "All 14 workspaces that were abandoned before settlement in April. The list is attached. None of them reached "
     "lodgement."),
    ("Were any of these workspaces re-opened or transferred to a new workspace?",
     "No. We closed them after the purchasers withdrew."),
    ("What outcome are you looking for?",
     "A credit for the full £364 and an explanation of why abandoned workspaces are being billed at all, when our "
     "agreement says fees are payable on settlement. This is the second invoice like this, so please log it as a "
     "complaint."),
    "Once we have this we will aim to come back to you within five business days.",
], [("Callum Ferris", "callum.ferris@heathcotebank.co.uk", "CF", "Mr Ferris"),
    ("Priti Solanki", "priti.solanki@heathcotebank.co.uk", "PS", "Ms Solanki")],
   ["Joanne, I've answered your three questions in the body of your email{how}.",
    "Hi, our replies sit under each of your questions{how}."],
   L(c=True, ex=True, cat="fees_charges"),
   "Inside the quote the lender disputes fees on abandoned workspaces and asks for it to be logged as a complaint: "
   "explicit complaint about PEXA's own billing (fees_charges); Heathcote is the complainant, so "
   "about_other_firm=null.", ref="{n5}", when=(5, 4, 28))

sc("A03", "pexa", "p_onb", "Samira Cole", "Your PEXA registration - documents needed (ref {ref})", [
    "Thank you for applying to join PEXA. Before we can finish setting up your firm, we need a few more documents.",
    ("Certified copy of your practising certificate.",
     "Sent on 2 February and again on 19 February, both times to this address. Your portal also shows it as "
     "uploaded."),
    ("Proof of your firm's client account, on bank letterhead, dated within the last three months.",
     "Also sent twice. It was in date when I first sent it; it has now gone out of date only because this has taken "
     "so long, so I have had to ask the bank for another one."),
    ("A signed copy of the Participation Agreement.",
     "Signed and returned the day I applied, back in January."),
    "Once we receive these we will be able to continue with your application.",
], [("Ifeoma Nwachukwu", "ifeoma@nwachukwulegal.co.uk", "IN", "Ms Nwachukwu"),
    ("Gareth Pryde", "gareth@prydeconveyancing.co.uk", "GP", "Mr Pryde")],
   ["I have answered each item in your list{how}. Could someone please check what you already hold before asking a "
    "third time?",
    "Where each document went is noted beneath your list{how}. Please can somebody call me to get this finished."],
   L(c=True, cat="onboarding"),
   "The answers say every document was already sent, some twice, and the application has stalled for months: "
   "dissatisfaction with registration and an expected fix, an implicit complaint categorised onboarding.",
   ref="ONB-{n5}")

sc("A04", "pexa", "p_train", "Ben Ashdown", "Follow-up from your settlement workshop", [
    "Thanks for joining last Thursday's settlement workshop. We're reviewing the course and would be grateful for a "
    "few quick answers.",
    ("Was the pace about right?",
     "Yes, about right. The practical part could have been a little longer but it was fine."),
    ("Did the materials cover the questions your team had?",
     "They did. The walkthrough of the lodgement checks was the most useful part for us."),
    ("Would you like a follow-up session for newer staff?",
     "Yes please, two of our paralegals start in May. Any date after the 12th would suit."),
    "Thanks again for your time.",
], [("Louise Abernethy", "l.abernethy@greyfriarslaw.co.uk", "LA", "Louise"),
    ("Dominic Hale", "dominic.hale@greyfriarslaw.co.uk", "DH", "Dominic")],
   ["Hi Ben, happy to help - I've filled in your questionnaire as you go{how}.",
    "Feedback typed straight into your email{how}. Thanks for a good session."],
   L(), "Plain, satisfied answers to PEXA's feedback questions and a request to book another session: no "
   "dissatisfaction, so not a complaint (category none).", greet="Hi {dear},", signoff="Best wishes,")

sc("A05", "pexa", "p_sup", "Ellis Morgan", "Case {ref} - document upload error", [
    "Thanks for reporting the error you saw when uploading a transfer deed. To help our technical team reproduce it, "
    "could you answer the following?",
    ("Which browser and version were you using?", "Edge, version 124 as far as I can tell."),
    ("Roughly what time did the error appear, and what did the message say?",
     "About 2.15pm on Tuesday. It said 'File could not be processed (code 415)'."),
    ("Was the file a PDF, and how large was it?", "PDF, 6.2 MB, scanned in our office."),
    ("Has it happened again since?",
     "No. I reduced the scan resolution and it went through fine the second time, so no urgency from our side."),
    "We'll update you once the technical team has had a look.",
], [("Harriet Okonkwo-Lane", "h.okonkwo-lane@bramleyward.co.uk", "HO", "Ms Okonkwo-Lane"),
    ("Nikhil Varma", "nikhil.varma@bramleyward.co.uk", "NV", "Mr Varma")],
   ["Hi Ellis, the details you need are against each question{how}.",
    "You'll find the information in your own message, question by question{how}."],
   L(), "The inline answers give the technical details asked for and say there is no urgency; the earlier error is "
   "reported neutrally with no grievance or remedy sought, so this is a service exchange, not a complaint.",
   ref="CS-{n6}")

sc("A06", "pexa", "p_priv", "Clara Dunmore", "Your request about your PEXA user account (ref {ref})", [
    "We have received your message about your former PEXA user account. So that we deal with it correctly, please "
    "confirm the points below.",
    ("Which information would you like us to provide?",
     "My user profile and the activity log for my own user ID for the whole time I was registered."),
    ("In what format would you like to receive it?",
     "A CSV or JSON file please, so I can load it into the case management system at my new job. A PDF is no good "
     "for that."),
    ("Once we have provided it, would you like us to take any further action on the account?",
     "Yes - once you've sent the file, please delete my account and the personal details attached to it. I no "
     "longer work in conveyancing."),
    "We will respond within one month of receiving your confirmation.",
], [("Martin Ashcombe", "martin.ashcombe@gmail.com", "MA", "Mr Ashcombe"),
    ("Yvonne Strachan", "yvonne.strachan@outlook.com", "YS", "Ms Strachan")],
   ["Hello, I've confirmed each point directly beneath it{how}.",
    "Thanks Clara - my replies are dotted through your text{how}."],
   L(r="portability,erasure"),
   "The answers ask for the sender's own data as CSV/JSON to load into another system (portability) and then for "
   "the account to be deleted (erasure); no dissatisfaction, so not a complaint.", ref="DP-{n5}")

sc("A07", "pexa", "p_sup", "Rory Feeney", "Checking your user details - case {ref}", [
    "We're following up on your call on Monday. Please check the details we hold for your user profile and tell us "
    "if anything needs to change.",
    ("Firm shown on profile: your previous firm",
     "Wrong. I moved to this firm fourteen months ago and told you at the time. Please correct it."),
    ("Registered role: Paralegal (view only)",
     "Wrong again. I am the supervising conveyancer and have been for three years. Because of this, a buyer's lender "
     "refused to accept my sign-off last week and we had to find another partner at short notice."),
    ("Practising certificate number on record: not held",
     "I gave you this at registration. Please put it back on the record, and until the profile is right please stop "
     "showing it to other participants in workspaces - it makes me look unqualified."),
    "Once you confirm, we will update the profile within two business days.",
], [("Bethan Lloyd-Rees", "bethan@lloydreesconveyancing.co.uk", "BL", "Ms Lloyd-Rees"),
    ("Kwame Asante", "k.asante@asantepartners.co.uk", "KA", "Mr Asante")],
   ["Rory, corrections are written in under each line{how}. This has caused real problems, so please treat it as "
    "urgent.",
    "I've gone through your list and answered in line{how}."],
   L(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
   "The inline answers say the sender's own profile data are wrong and have caused harm, and ask for correction "
   "(rectification) and for the profile not to be shown until fixed (restriction): an implicit complaint about "
   "inaccurate personal data.", ref="CS-{n6}")

sc("A08", "pexa", "p_sup", "Danielle Price", "Case {ref} - notification emails", [
    "Thank you for letting us know about the notification emails. To investigate, could you tell us a little more?",
    ("How many of these notifications have you received, and since when?",
     "Eleven since 3 March. All of them are for workspaces we are not a party to."),
    ("What information do they show?",
     "The buyers' full names, the property addresses, the settlement dates and the lender. That is other firms' "
     "clients' personal data landing in our inbox."),
    ("Have you forwarded them to anyone?",
     "No. They are in a locked folder in case you need them and we will delete them when you say so. What we need "
     "from you is an explanation of how this happened, and to know whether our own clients' details have gone to "
     "someone else in the same way."),
    "We appreciate your help with this.",
], [("Simon Achterberg", "s.achterberg@fellowesdray.co.uk", "SA", "Mr Achterberg"),
    ("Leah Corrigan", "leah.corrigan@fellowesdray.co.uk", "LC", "Ms Corrigan")],
   ["Danielle, the answers to your questions are inside your email{how}.",
    "Answered in your message{how}. We are concerned about this."],
   L(c=True, pd=True, br=True, cat="personal_data"),
   "The answers report other firms' clients' data sent to the wrong firm by PEXA's notifications and demand an "
   "explanation: a breach and an implicit complaint about PEXA's handling of personal data.", ref="CS-{n6}")

sc("A09", "pexa", "p_cons", "Owen Lathbury", "Your enquiry about your purchase (ref {ref})", [
    "Thank you for contacting PEXA. PEXA runs the platform that law firms and lenders use to complete property "
    "transactions. We cannot deal with a complaint about the service your own conveyancer provides, but with your "
    "agreement we can pass your concerns on to them. To do that, please tell us:",
    ("Which firm is acting for you?", "Orchard Lane Solicitors in Stockport."),
    ("What has gone wrong?",
     "We were told we would exchange by the end of February. It's now April, nobody answers the phone and three "
     "emails asking for an update have been ignored. Our buyer is threatening to pull out of our sale."),
    ("What would you like to happen?",
     "We want a named person at Orchard Lane to ring us with a realistic date and to answer our emails."),
    ("Are you happy for us to share your name and contact details with the firm?", "Yes."),
], [("Gemma Trask", "gemma.trask@btinternet.com", "GT", "Ms Trask"),
    ("Adebayo Salami", "ade.salami@yahoo.co.uk", "AS", "Mr Salami")],
   ["Hi Owen, we've answered underneath each of your questions{how}.",
    "Thanks for getting back to us. Our answers follow your questions{how}."],
   L(c=True, cat="delay", firm="ols"),
   "The buyer's answers are purely about their own solicitor's delay and silence, with a remedy wanted; PEXA must "
   "forward it, so about_other_firm=ols, category delay, implicit ('complaint' is only PEXA's word).",
   ref="ENQ-{n5}")

sc("A10", "pexa", "p_cons", "Priya Lakhani", "Your message about your mother's sale (ref {ref})", [
    "Thank you for writing to us on your mother's behalf. PEXA does not hold her mortgage or act for her, but we can "
    "pass her concerns to the right organisation. Could you confirm:",
    ("Which lender or firm is the concern about?", "Kestrel Building Society, who hold her mortgage."),
    ("What is the concern?",
     "My mother is 84 and selling her flat to move into a care home. Kestrel's redemption statement shows a balance "
     "about £3,900 higher than her last annual statement, with no explanation, and the sale cannot complete until it "
     "is sorted out. I would like this treated as her complaint against Kestrel."),
    ("Do you have her authority to act for her?",
     "Yes, I hold a registered lasting power of attorney for her property and financial affairs and can send a "
     "copy."),
    "Once we hear from you we will pass the details on within three working days.",
], [("Daniel Mortimer", "dan.mortimer77@gmail.com", "DM", "Mr Mortimer"),
    ("Fiona Castellano", "fiona.castellano@hotmail.co.uk", "FC", "Ms Castellano")],
   ["Dear Priya, I've typed the information you asked for straight under each heading{how}.",
    "Hello - as requested, replies are set out in your email{how}."],
   L(c=True, ex=True, tp=True, cat="inaccurate_information", firm="kbs"),
   "An attorney answers inside PEXA's letter that the mother's lender issued an unexplained, wrong redemption "
   "figure and asks for it to be treated as her complaint: explicit, third_party, purely about Kestrel (kbs), "
   "inaccurate_information.", ref="ENQ-{n5}")

sc("A11", "pexa", "p_sup", "Tegan Wallis", "Your feedback on the new lodgement screen", [
    "Thanks for your call about the new lodgement screen. I've summarised what I understood below - could you let me "
    "know if I've got it right?",
    ("You find it hard to see which documents are still outstanding.",
     "Correct. The outstanding items are light grey on a white background and our team keep missing them."),
    ("The new 'Confirm and lodge' button is in a different place on each page.",
     "Yes, and twice now someone has clicked 'Withdraw' by mistake because it sits where 'Confirm' used to be. We "
     "then lose 20 minutes re-doing the checks."),
    ("You'd like the old layout back as an option.",
     "Or a fix to the colours and the button positions. We'd like a reply saying what you're going to do and when, "
     "because this is costing us time on every file."),
], [("Graham Oduya", "graham.oduya@kinsellahart.co.uk", "GO", "Graham"),
    ("Anita Sorensen", "anita.sorensen@kinsellahart.co.uk", "AS", "Anita")],
   ["Hi Tegan, yes mostly right - my notes follow each of your points{how}.",
    "Comments added to your summary{how}."],
   L(c=True, cat="usability"),
   "The answers confirm the redesigned screen works but is hard to use, with time lost, and ask what PEXA will do "
   "and when: an implicit complaint, usability.", greet="Hi {dear},")

sc("A12", "pexa", "p_compl", "Aaron Whitcombe", "We have received your feedback - ref {ref}", [
    "Thank you for contacting us about your recent experience with our support line. To make sure we understand "
    "what happened, could you answer a few questions?",
    ("What date and time did you call?", "Wednesday 4 March, first call at 9.05am, second at 11.40am."),
    ("How long were you waiting?",
     "47 minutes on the first call before it cut off, and 35 minutes on the second before I gave up. We had a "
     "settlement due at noon."),
    ("Did you use the call-back option?", "It was not offered. The message just kept telling me I was in a queue."),
    ("Is there anything else you would like us to consider?",
     "Yes. I want this recorded as a formal complaint about the support line, and I'd like to know what you are doing "
     "about staffing on settlement days."),
], [("Shona Mackie", "shona.mackie@tvmortgages.co.uk", "SM", "Ms Mackie"),
    ("Patrick Dunleavy", "patrick.dunleavy@tvmortgages.co.uk", "PD", "Mr Dunleavy")],
   ["Aaron, answers in line{how}.",
    "Responses to your questions are typed under each one{how}."],
   L(c=True, ex=True, cat="wait_time"),
   "The answers describe long holds and a dropped call and, inside the quote, ask for a formal complaint to be "
   "recorded: explicit, wait_time (waiting to reach someone); Thames Valley is the complainant, not the subject.",
   ref="PXC-{n5}")

sc("A13", "pexa", "p_onb", "Naomi Birch", "Application {ref} - outcome", [
    "Thank you for your application to become a PEXA participant. I'm sorry to tell you that your application did "
    "not pass our automated verification checks and has been declined.",
    ("The check compares the information you gave us with records from external identity and company data "
     "providers.",
     "Which providers, and what did they say about my firm? I want to be told where that information came from and "
     "what it was used for, because everything on my application is correct."),
    ("You may reapply after 90 days.",
     "Ninety days is not acceptable - I have completions booked in six weeks. I want a member of your team, not the "
     "system, to look at the application again."),
    "If you have any questions, please reply to this email.",
], [("Marcus Delacroix-Hughes", "marcus@delacroixhughes.law", "MD", "Mr Delacroix-Hughes"),
    ("Sunniva Larsen", "sunniva@larsenlegal.co.uk", "SL", "Ms Larsen")],
   ["Naomi, please read my replies inside your email{how}.",
    "I've responded point by point in your message{how}."],
   L(c=True, r="automated_decision,informed", cat="onboarding"),
   "The answers reject an automated refusal with completions at risk, ask for a human review (automated_decision) "
   "and for the source and use of the data (informed): an implicit onboarding complaint; the rights sit beside a "
   "non-data grievance, so personal_data=false.", ref="ONB-{n5}")

sc("A14", "pexa", "p_priv", "Clara Dunmore", "Closing your PEXA user account", [
    "As requested, we are getting ready to close your PEXA user account. Before we do, please let us know your "
    "preferences below.",
    ("Would you like a copy of the personal information we hold about you before the account is closed?",
     "Yes please - a copy of everything you hold about me, including any notes on my account."),
    ("Would you like to keep receiving PEXA industry updates at your personal email?",
     "No. I object to my details being used for marketing or newsletters from now on."),
    ("Is there anything else we can help with?", "No, thank you. Everything has been straightforward."),
], [("Wendy Okafor", "wendy.okafor@icloud.com", "WO", "Ms Okafor"),
    ("Julian Firth", "julian.firth@gmail.com", "JF", "Mr Firth")],
   ["My choices are marked under each question{how}.",
    "Hello Clara, I've answered in the spaces after your questions{how}. Many thanks."],
   L(r="access,objection"),
   "The answers ask for a copy of the sender's data (access) and object to marketing use (objection), and say all "
   "has been straightforward: rights requests without dissatisfaction, not a complaint.")

sc("A15", "pexa", "p_train", "Ben Ashdown", "Your training booking", [
    "I'm sorry your refinance training on 18 March had to be moved. I've pulled together the options below.",
    ("Option 1: join the open session on 2 April (online).",
     "That's the date you already cancelled once. This is the second time our session has been moved with less than "
     "a day's notice."),
    ("Option 2: use the recorded e-learning module in the meantime.",
     "The module still shows the old screens from before the redesign, so it doesn't match what our staff see. I "
     "complained about that in January and nothing has changed."),
    ("Option 3: book a private session later in the year.",
     "We need the training before our new refinance panel goes live in April. Please tell me what you can offer that "
     "will actually go ahead, and when the module will be updated."),
], [("Chloe Bannerman", "chloe.bannerman@marshpenrose.co.uk", "CB", "Chloe"),
    ("Imran Qureshi", "imran.qureshi@marshpenrose.co.uk", "IQ", "Imran")],
   ["Ben, my thoughts on each option are written under it{how}.",
    "Hi, I've replied option by option{how}."],
   L(c=True, ex=True, cat="training"),
   "The answers object to repeated cancellations and outdated materials and the sender writes 'I complained about "
   "that' in her own words: explicit complaint, training; Marsh & Penrose staff are the complainant, not the "
   "subject.", greet="Hi {dear},", when=(3, 10, 16))

# ---- Group A, Conexus
sc("A16", "conexus", "c_cr", "Martina Kowal", "Final response to your complaint - ref {ref}", [
    "I have now completed my investigation into your complaint about how we have contacted you. My findings are "
    "below.",
    ("We have reviewed our call records and found that all calls were made between 9am and 7pm, in line with our "
     "policy.",
     "That isn't right. I had a call at 8.02am on 14 February and one at 8.48pm on 3 March. I have screenshots of my "
     "call log showing your number."),
    ("We have not contacted your employer.",
     "Your agent rang the main switchboard at my work and asked for me by name. I was called off the shop floor to "
     "take it."),
    ("I am therefore unable to uphold your complaint.",
     "I don't accept this. I want you to listen to the recordings for those dates, stop ringing my workplace, and "
     "write to me again with the right facts."),
], [("Leanne Hodgkiss", "leanne.hodgkiss@gmail.com", "LH", "Ms Hodgkiss"),
    ("Craig Bellamy-Shaw", "craigbshaw@outlook.com", "CB", "Mr Bellamy-Shaw")],
   ["I have written my replies into your letter{how}.",
    "Each of your findings has my answer straight after it{how}. I am not accepting this."],
   L(c=True, cat="collection_conduct"),
   "The debtor's answers contradict each finding about call times and workplace calls and ask for a fresh review: "
   "an implicit complaint about how the debt is pursued (collection_conduct); 'complaint' is Conexus's word only.",
   ref="CX-C{n5}")

sc("A17", "conexus", "c_col", "Rachel Tomlin", "Setting up your payment arrangement - account {ref}", [
    "Thank you for speaking with us about your account. To set up an affordable arrangement, please answer the "
    "questions below.",
    ("What is your monthly take-home income, including any benefits?", "£1,640 from work plus £96 child benefit."),
    ("What are your main monthly outgoings (rent or mortgage, council tax, utilities, food, travel)?",
     "Rent £725, council tax £118, energy £140, water £38, food about £320, bus pass £64."),
    ("How much could you offer each month towards this balance?",
     "I can manage £25 a month starting on the 28th, which is my payday."),
    ("How would you like to pay?", "Standing order please. Thanks for being patient with me on the phone."),
], [("Darren Pilkington", "darren.pilkington@yahoo.co.uk", "DP", "Mr Pilkington"),
    ("Agnieszka Nowak", "aga.nowak@gmail.com", "AN", "Ms Nowak")],
   ["Hi Rachel, I've filled in the answers under each question{how}.",
    "Here are my figures, added into your email{how}."],
   L(), "Straightforward income and spending figures and an offer to pay, with thanks: no dissatisfaction, not a "
   "complaint.", ref="{n6}")

sc("A18", "conexus", "c_col", "Stuart Emery", "Your Northline Energy account - ref {ref}", [
    "We are writing on behalf of our client, Northline Energy, about the outstanding balance of £486.20 on your "
    "former electricity account. Please help us by confirming the following.",
    ("Can you confirm you were the account holder at 17 Wensley Court?",
     "Yes, until 30 September last year when I moved out."),
    ("Did you provide a closing meter reading?",
     "Yes, on the day I left, by phone and in the app. I have Northline's confirmation email with the reading "
     "41873."),
    ("Do you agree the balance of £486.20?",
     "No. Northline have billed me for October to March on estimated readings, after I had left and told them. The "
     "bill itself is wrong and they need to correct it - I don't owe anything beyond my final bill, which I paid."),
], [("Joanna Fairweather", "jo.fairweather@btinternet.com", "JF", "Ms Fairweather"),
    ("Hamza Rashid", "hamza.rashid@gmail.com", "HR", "Mr Rashid")],
   ["Hello Stuart, each question is followed by my answer{how}.",
    "I've answered in your letter{how}. Please pass it to Northline."],
   L(c=True, cat="debt_dispute", firm="nte"),
   "The answers dispute the creditor's own billing after move-out; only Northline can correct the bill, so "
   "about_other_firm=nte, debt_dispute, implicit.", ref="NE{n6}")

sc("A19", "conexus", "c_col", "Owen Prothero", "Your client - account {ref}", [
    "Thank you for your email about your client, Mr Colin Staveley. Before we can discuss the account with you, we "
    "need some information.",
    ("Please confirm you have your client's signed authority to act.",
     "Attached again - it was also attached to my first email on 2 March."),
    ("Please confirm the Breathing Space reference and start date.",
     "A standard Breathing Space started on 24 February. The Insolvency Service reference is on the notice you were "
     "sent that day."),
    ("Has your client had any contact from us since that date?",
     "Yes - three phone calls and a text demanding payment, on 27 February, 4 March and 6 March. That should not have "
     "happened during a Breathing Space. Please treat this as a complaint on Mr Staveley's behalf and confirm the "
     "account is on hold."),
], [("Kirsty Doolan", "kirsty.doolan@eastlandsmoneyadvice.org.uk", "KD", "Ms Doolan"),
    ("Femi Adeyemi", "f.adeyemi@riversidedebthelp.org", "FA", "Mr Adeyemi")],
   ["Owen, responses to your three points are within your message{how}.",
    "Please find our responses typed beneath your questions{how}."],
   L(c=True, ex=True, tp=True, cat="collection_conduct"),
   "A money adviser answers inside the quote that the client was contacted during a Breathing Space and asks for a "
   "complaint to be logged: explicit, third_party, collection_conduct.", ref="{n6}", when=(3, 9, 20))

sc("A20", "conexus", "c_col", "Hollie Marsden", "Balance breakdown - account {ref}", [
    "As requested, here is a breakdown of the balance on your account.",
    ("Original balance passed to us by Sterling Credit Loans: £1,212.40", "I agree that figure."),
    ("Payments received: £300.00", "Agreed."),
    ("Tracing and administration fee: £55.00",
     "What is this? I never moved, and you had my address the whole time - your first letter came straight to this "
     "house. I'm not paying a tracing fee when nobody needed tracing. Please take it off."),
    ("Balance now due: £967.40",
     "Should be £912.40 once the fee is removed. Please send me a corrected statement."),
], [("Rosalind Ekwueme", "ros.ekwueme@gmail.com", "RE", "Ms Ekwueme"),
    ("Phillip Garside", "pgarside61@aol.com", "PG", "Mr Garside")],
   ["I have gone through the breakdown and put my comments against each line{how}.",
    "Hi Hollie, I've annotated your breakdown{how}."],
   L(c=True, cat="fees_charges"),
   "The answers accept the debt but dispute a tracing fee Conexus added and ask for its removal: an implicit "
   "complaint about a fee levied on top (fees_charges, not debt_dispute); Sterling is merely the creditor named.",
   ref="{n6}")

sc("A21", "conexus", "c_col", "Graeme Lusk", "Updated contact details - account {ref}", [
    "We are writing to confirm that we have updated the address on your account to the one below, following "
    "information we have received.",
    ("New address: Flat 2, 31 Carrow Road",
     "How did you get this address? I did not give it to you. Tell me where it came from, on what basis you are "
     "using it, and who else you have shared it with."),
    ("Previous address: 8 Ellison Street",
     "Your letters kept going to Ellison Street for months after I moved. The new tenant there opened one, saw how "
     "much I owe and messaged me about it on Facebook. That is my financial information handed to a stranger, and I "
     "want to know what you are going to do about it."),
    "If any of the above is incorrect, please let us know.",
], [("Neil Cartwright", "neil.cartwright@outlook.com", "NC", "Mr Cartwright"),
    ("Sadia Chowdhury", "sadia.chowdhury@gmail.com", "SC", "Ms Chowdhury")],
   ["Graeme - my questions and comments are typed under your lines{how}.",
    "Before anything else, read what I've written into your letter{how}."],
   L(c=True, pd=True, br=True, r="informed", cat="personal_data"),
   "The answers ask where the new address came from and on what basis (informed) and report that earlier letters "
   "disclosed the debt to a stranger at the old address: an implicit complaint about data handling with a breach.",
   ref="{n6}")

sc("A22", "conexus", "c_pay", "Lauren Shiel", "Your new payment plan - please check the details", [
    "Thank you for agreeing a payment plan. Please check the details below and let us know if anything is wrong.",
    ("Amount: £40 per month", "Correct."),
    ("First payment: 1 May, then the 1st of each month", "Correct."),
    ("Mobile number for payment reminders: 07700 900318",
     "That number is out of date. Please update my record to 07700 900652."),
    ("Email for statements: the address this message was sent to",
     "That's fine. Thank you for sorting this out so quickly."),
], [("Tracey Holbrook", "traceyholbrook@sky.com", "TH", "Mrs Holbrook"),
    ("Vikram Bhatt", "vikram.bhatt@gmail.com", "VB", "Mr Bhatt")],
   ["Hi Lauren, all checked - one change, noted under the relevant line{how}.",
    "Details confirmed line by line{how}, apart from the phone number."],
   L(r="rectification"),
   "The sender confirms the plan and asks for the phone number on record to be corrected (rectification), with "
   "thanks: a rights request without dissatisfaction, not a complaint.", when=(4, 6, 22))

sc("A23", "conexus", "c_cr", "Sanjay Thakrar", "Your complaint {ref} - our response", [
    "I have looked into your complaint about the payment that was applied to the wrong account. I'm sorry for the "
    "worry this caused.",
    ("We found that your payment of £60 on 5 March was allocated to another customer's account in error. It has now "
     "been moved to your account.", "Thank you, I can see it on my online statement now."),
    ("We have removed the £15 late payment charge that was added as a result.", "Yes, the balance is right now."),
    ("As an apology, we have credited £25 to your balance.", "That's kind and not necessary, but thank you."),
    ("Please let me know whether this resolves your complaint.", "It does. I'm happy for you to close it."),
], [("Moira Gallacher", "moira.gallacher@btinternet.com", "MG", "Mrs Gallacher"),
    ("Eddie Fenwick", "eddie.fenwick@gmail.com", "EF", "Mr Fenwick")],
   ["Dear Sanjay, I've replied to each point as I read it{how}. Thank you.",
    "All good - short replies in your letter{how}."],
   L(), "The answers confirm each remedy and say the matter can be closed: a thank-you on a resolved complaint is not "
   "a complaint (the word is only in Conexus's quoted letter).", ref="CX-C{n5}")

sc("A24", "conexus", "c_col", "Kerry Anstey", "Your father's account - ref {ref}", [
    "Thank you for letting us know that you are helping your father with his account. So that we can update our "
    "records, please answer the following.",
    ("Do you hold a power of attorney or other authority for your father?",
     "Yes, a lasting power of attorney registered last year. A copy went to you in February."),
    ("Is there anything we should know about his circumstances?",
     "He has vascular dementia and struggles to follow phone calls. Despite that, one of your agents kept him on the "
     "phone for 40 minutes on 11 March until he agreed to pay £150 a month from his pension, which he cannot afford."),
    ("How would you like us to contact you about the account?",
     "By email to me only, and not by phone to him. I also want copies of the recordings of every call with him this "
     "year so I can hear what was said."),
], [("Helen Varley", "helen.varley@gmail.com", "HV", "Ms Varley"),
    ("Anil Mistry", "anil.mistry@outlook.com", "AM", "Mr Mistry")],
   ["I've answered your questions inside the email{how} - please read them carefully.",
    "Kerry, my replies come after each question{how}."],
   L(c=True, tp=True, r="access", cat="collection_conduct"),
   "An attorney answers inline for a vulnerable father, objecting to pressure into an unaffordable plan and asking "
   "for the call recordings: implicit complaint, third_party, collection_conduct, rights access (personal_data "
   "false).", ref="{n6}")

sc("A25", "conexus", "c_col", "Stuart Emery", "Pennant Mobile account - ref {ref}", [
    "Our client Pennant Mobile has asked us to recover the outstanding balance of £312.00 on your account. The "
    "balance is made up as follows.",
    ("Early termination charge: £276.00",
     "Pennant agreed in writing to waive this when I cancelled, because there was no signal at my address for five "
     "months. I have their email of 12 November saying the charge would not apply."),
    ("Final month's airtime: £36.00", "I paid this with my final bill. I have the bank statement."),
    ("If you dispute the balance, please tell us why and send any evidence.",
     "I do dispute it, and I want this treated as a complaint about Pennant: they should never have passed it on. "
     "Evidence attached."),
], [("Lewis Drummond", "lewis.drummond@gmail.com", "LD", "Mr Drummond"),
    ("Keisha Bailey", "keisha.bailey@hotmail.com", "KB", "Ms Bailey")],
   ["My answers and the evidence are set out within your letter{how}.",
    "Mr Emery, I've replied to each item as it comes{how}."],
   L(c=True, ex=True, cat="debt_dispute", firm="pmt"),
   "The answers dispute the creditor's own charges (a waived termination fee, a paid bill) and call it a complaint "
   "about Pennant: explicit, about_other_firm=pmt (only the creditor can fix it), debt_dispute.", ref="PM{n6}")

sc("A26", "conexus", "c_pay", "Lauren Shiel", "Missed payment on your plan - account {ref}", [
    "Our records show that the payment due on your plan on 15 March was not received. Please let us know what "
    "happened so we can help.",
    ("Did you try to make the payment?",
     "Yes, three times on the 15th through your online payment page. Each time it showed 'Something went wrong' "
     "after I entered my card, and once it logged me out completely."),
    ("Would you like us to send you a link to pay now?",
     "I paid by phone on the 16th in the end. Check your records."),
    ("Please note that missed payments may cause your arrangement to be cancelled.",
     "Don't threaten to cancel my plan when it was your payment page that failed. I want this warning withdrawn and "
     "the page fixed."),
], [("Shaun McAteer", "shaun.mcateer@gmail.com", "SM", "Mr McAteer"),
    ("Bronwen Hughes", "bronwen.hughes@yahoo.co.uk", "BH", "Ms Hughes")],
   ["I've put what actually happened under each of your points{how}.",
    "You'll see my side of it beneath each paragraph{how}."],
   L(c=True, cat="platform_defect"),
   "The answers blame repeated failures of Conexus's own payment page and demand the missed-payment warning be "
   "withdrawn: an implicit complaint whose root cause is a system fault (platform_defect).", ref="{n6}",
   when=(3, 18, 27))

sc("A27", "conexus", "c_dp", "Fiona Rennie", "Your contact preferences", [
    "We're updating our records and would like to check how you want us to contact you.",
    ("Your account with us was settled in full on 14 November. Would you like to hear about financial wellbeing "
     "offers from our partners?",
     "No, and I never agreed to the ones you've already sent. I've had six texts since November advertising loans - "
     "after I'd paid everything off. I object to my details being used for any marketing or profiling."),
    ("Shall we keep your email address and mobile number on file?",
     "No. The account is closed. Delete my contact details and anything else you don't legally have to keep, and "
     "confirm when it's done."),
], [("Gavin Threlfall", "gavin.threlfall@gmail.com", "GT", "Mr Threlfall"),
    ("Samantha Igwe", "sam.igwe@outlook.com", "SI", "Ms Igwe")],
   ["Two questions, two answers - each sits under yours{how}.",
    "Fiona - see what I've added to your message{how}."],
   L(c=True, pd=True, r="objection,erasure", cat="personal_data"),
   "The answers protest unwanted marketing texts after the account was settled, object to marketing use "
   "(objection) and ask for deletion (erasure): an implicit complaint about unexpected use of personal data.")

sc("A28", "conexus", "c_dp", "Fiona Rennie", "Your request for information - ref {ref}", [
    "Thank you for your request. Before we can process it, please confirm the following.",
    ("What period would you like the information to cover?",
     "Everything since the account came to you. I already said this in my request on 9 January. You have a month to "
     "respond and that has long passed."),
    ("Which records are you looking for?",
     "A copy of all the personal data you hold about me: letters, notes, call recordings, everything."),
    ("How would you like to receive it?",
     "Electronically, with the account and payment history as a CSV file I can load into my own spreadsheet "
     "software. This is now a complaint as well - the delay is unacceptable."),
], [("Oliver Stanbridge", "oliver.stanbridge@protonmail.com", "OS", "Mr Stanbridge"),
    ("Farah Siddiqui", "farah.siddiqui@gmail.com", "FS", "Ms Siddiqui")],
   ["Answers within your email{how}, though I've given them before.",
    "I've filled your questions in where they are{how}."],
   L(c=True, ex=True, pd=True, r="access,portability", cat="personal_data"),
   "The answers renew a subject access request (access), want the payment history as CSV to reuse (portability) and "
   "call the overdue handling a complaint: explicit, a badly handled rights request, personal_data.",
   ref="DSAR-{n5}", when=(2, 24, 27))

sc("A29", "conexus", "c_col", "Owen Prothero", "Council tax arrears - Westbury - ref {ref}", [
    "We have been instructed by Westbury Council Tax Services to collect council tax arrears of £1,084.36 for "
    "2025/26. Please contact us to arrange payment.",
    ("If you believe the amount is wrong, tell us why.",
     "It is wrong. I have lived on my own since March 2024 and the council accepted my single person discount in "
     "writing, but this bill has been worked out without it. The council needs to recalculate it; the real arrears "
     "are under £300."),
    ("If you are unable to pay in full, we can discuss an arrangement.",
     "I will pay what I actually owe once Westbury send a corrected bill. Please put collection on hold until they "
     "do."),
], [("Karen Ashdown-Price", "karen.ashdownprice@gmail.com", "KA", "Mrs Ashdown-Price"),
    ("Trevor Mbatha", "trevor.mbatha@outlook.com", "TM", "Mr Mbatha")],
   ["I have written my reply under each of your paragraphs{how}.",
    "Please look at the answers I've added to your letter{how}."],
   L(c=True, cat="debt_dispute", firm="wbc"),
   "The answers dispute how the council calculated the bill (a missing single person discount); only the creditor "
   "can fix that, so about_other_firm=wbc, debt_dispute, implicit; 'put collection on hold' is a conduct request, "
   "not restriction.", ref="WB{n6}")

sc("A30", "conexus", "c_cr", "Martina Kowal", "Your call on 20 March - ref {ref}", [
    "Thank you for contacting us about your call with our team on 20 March. So that I can investigate, please answer "
    "the questions below.",
    ("What time was the call, and did you speak to one person or more than one?",
     "About 2.30pm. One man, who gave his name as Lee."),
    ("What happened during the call?",
     "I tried to explain that my hours at work had been cut. He talked over me, laughed when I said I had £20 a week "
     "spare, and told me people like me always have an excuse. Then he put the phone down on me."),
    ("What would you like us to do?",
     "I want an apology, I want my complaint about Lee properly investigated, and I don't want to deal with him "
     "again."),
], [("Dionne Harcourt", "dionne.harcourt@gmail.com", "DH", "Ms Harcourt"),
    ("Rhys Pemberton", "rhys.pemberton@hotmail.co.uk", "RP", "Mr Pemberton")],
   ["Martina, I've answered between your questions{how}.",
    "Here is what happened - written in under your questions{how}."],
   L(c=True, ex=True, cat="service_quality"),
   "The answers describe an agent who mocked and hung up on the sender and ask for 'my complaint' to be "
   "investigated: explicit, service_quality (rude staff, not the way the debt is pursued).", ref="CX-C{n5}",
   when=(3, 23, 28))

# ---- Group U: answers inside the quote, nothing on top but a greeting or a sign-off
sc("U01", "pexa", "p_compl", "Hannah Pryce", "Outcome of your case {ref}", [
    "Thank you for raising the problems your firm had with financial settlement on 17 April. I have reviewed the "
    "case.",
    ("Our monitoring shows that the settlement service was available throughout the day.",
     "It was not available to us. Between 11.00 and 12.30 every attempt to sign the settlement schedule returned a "
     "timeout error, in two different browsers and on three computers."),
    ("The delay to your matter appears to have been caused by a late funds confirmation from the incoming lender.",
     "The lender confirmed funds at 10.41 - it's in the workspace history. The only thing that stopped us was your "
     "system."),
    ("We are therefore closing this case.",
     "Please reopen it. Our client missed the removal slot and we want PEXA to explain what went wrong and cover the "
     "£450 the removal firm charged."),
], [("Alistair Munro", "a.munro@munrobairdlaw.co.uk", "AM", "Mr Munro"),
    ("Jasmine Kaur", "jasmine.kaur@kaurlegal.co.uk", "JK", "Ms Kaur")],
   ["", "Hi Hannah,"],
   L(c=True, cat="platform_defect"),
   "No top text, but the answers inside the quote reject PEXA's findings, blame a platform failure and ask for costs: "
   "an implicit complaint (platform_defect).", ref="PXC-{n5}", when=(5, 4, 20))

sc("U02", "pexa", "p_sup", "Ellis Morgan", "User permission change - case {ref}", [
    "We've received your request to change user permissions for your organisation. Please confirm the details below.",
    ("User to be given Settlement Approver rights: Kate Lindqvist", "Confirmed."),
    ("Effective from: Monday next week", "Confirmed - or sooner if you can, she starts approving on Tuesday."),
    ("User to have access removed: James Rook (left the organisation)", "Yes, please remove his access altogether."),
], [("Eleanor Baptiste", "eleanor.baptiste@tvmortgages.co.uk", "EB", "Ms Baptiste"),
    ("Connor Whelan", "connor.whelan@tvmortgages.co.uk", "CW", "Mr Whelan")],
   ["Thanks,\n{me}", ""],
   L(), "Confirmations typed under each line with nothing on top: a routine service request, not a complaint; "
   "removing a leaver's platform access is not an erasure request.", ref="CS-{n6}")

sc("U03", "pexa", "p_cons", "Owen Lathbury", "Your enquiry - ref {ref}", [
    "Thank you for contacting PEXA about your sale. So that we can point you in the right direction, could you tell "
    "us:",
    ("Who is your mortgage lender?", "Heathcote Bank."),
    ("What is the problem you are having?",
     "Their redemption statement has a £295 'discharge administration fee' that was never in my mortgage offer. When "
     "I rang them they said it's standard. It isn't in any of my paperwork."),
    ("What would you like to happen?",
     "I want Heathcote to remove the fee or show me where I agreed to it. Completion is on the 29th."),
], [("Paul Ridgeway", "paul.ridgeway@gmail.com", "PR", "Mr Ridgeway"),
    ("Zainab Hussain", "zainab.hussain@outlook.com", "ZH", "Ms Hussain")],
   ["Hello,", ""],
   L(c=True, cat="fees_charges", firm="hcb"),
   "The seller's inline answers object to a fee the lender added and want it removed: a consumer complaint purely "
   "about Heathcote Bank (hcb), fees_charges, implicit.", ref="ENQ-{n5}")

sc("U04", "pexa", "p_priv", "Clara Dunmore", "Your question about your information", [
    "Thank you for your message. PEXA processes some personal information about home buyers and sellers when their "
    "lender or conveyancer uses our platform. To help us answer you, please tell us:",
    ("Which transaction is your question about?",
     "My purchase of 4 Larch Close, which completed on 30 January through Marsh & Penrose."),
    ("What would you like to know?",
     "What information about me PEXA received, who it came from, what you use it for and on what legal basis, and "
     "whether it is passed on to anyone else such as HM Land Registry or credit agencies. I'm not unhappy with "
     "anything, I just want to understand it."),
], [("Deborah Kinsella", "deborah.kinsella@gmail.com", "DK", "Ms Kinsella"),
    ("Ravi Chandran", "ravi.chandran@gmail.com", "RC", "Mr Chandran")],
   ["", "Regards,\n{me}"],
   L(r="informed"),
   "A home buyer answers inside PEXA's letter asking what data PEXA holds, its source, purpose, basis and recipients "
   "(informed) and says they are not unhappy: a rights request, not a complaint; Marsh & Penrose is only named.")

sc("U05", "pexa", "p_bill", "Joanne Whitlock", "Late settlement fee - workspace {ref}", [
    "We have reviewed your query about the late settlement fee on workspace {ref}. The fee of £85 applies when "
    "settlement is rescheduled within 24 hours of the agreed time.",
    ("Our records show the settlement was rescheduled by your firm at 14:52 on the settlement day.",
     "We rescheduled because the platform would not let the lender release funds - your own support desk told us to "
     "move it. We should not be charged for following your advice."),
    ("The fee has therefore been applied correctly.",
     "I disagree and want to make a complaint about this charge. Please cancel the £85 and confirm in writing."),
], [("Sebastian Crowe", "s.crowe@crowebellingham.co.uk", "SC", "Mr Crowe"),
    ("Ayesha Malik", "ayesha.malik@maliksolicitors.co.uk", "AM", "Ms Malik")],
   ["", "Joanne"],
   L(c=True, ex=True, cat="fees_charges"),
   "With nothing on top, the answers inside the quote dispute an £85 fee and say 'I want to make a complaint': "
   "explicit, fees_charges (the remedy sought is the fee, though a platform problem lay behind it).", ref="{n6}")

sc("U06", "pexa", "p_sup", "Danielle Price", "Case {ref} - closing checks", [
    "We're about to close your support case about the certificate renewal. Before we do, can you confirm:",
    ("Your new signing certificate is installed and working?", "Yes, all working, thanks."),
    ("All users at your firm can now sign documents?", "Yes."),
    ("Is there anything else we can help with?",
     "One thing for your information: yesterday we received a settlement statement from your team by email that "
     "belongs to another firm's matter. It shows a buyer's name, address and bank details. We've deleted it and not "
     "kept a copy. No need to reply to us about it, but you'll want to tell whoever it was meant for."),
], [("Morag Fleming", "morag.fleming@greyfriarslaw.co.uk", "MF", "Ms Fleming"),
    ("Tobias Grant", "tobias.grant@greyfriarslaw.co.uk", "TG", "Mr Grant")],
   ["Hi Danielle,", ""],
   L(br=True),
   "The inline answers confirm the fix and, with no grievance or request, report another firm's client data emailed "
   "to them by mistake: breach=true on a non-complaint (complaint=false, personal_data=false).", ref="CS-{n6}")

sc("U07", "pexa", "p_bill", "Marek Zielinski", "Refund of duplicate payment - ref {ref}", [
    "Further to our email of 4 February, I can confirm that the refund of your duplicate payment of £1,150.00 has "
    "been approved.",
    ("Refunds are normally processed within 10 business days.",
     "It has now been seven weeks and nothing has arrived. This is the fourth time I have asked."),
    ("The refund will be paid to the account the payment came from.",
     "Our bank confirms no credit has been received from PEXA. Please find out where it is and tell me the date it "
     "will be paid."),
], [("Gordon Pattinson", "gordon.pattinson@pattinsonhall.co.uk", "GP", "Mr Pattinson"),
    ("Lucy Ferreira", "lucy.ferreira@ferreiralaw.co.uk", "LF", "Ms Ferreira")],
   ["", "Marek,"],
   L(c=True, cat="delay"),
   "The answers say an approved refund is seven weeks late after repeated chasing and demand a date: a 'still "
   "waiting' chaser, implicit complaint, category delay.", ref="RF-{n5}", when=(2, 9, 13))

sc("U08", "conexus", "c_cr", "Sanjay Thakrar", "Our response - ref {ref}", [
    "Thank you for your patience. I have reviewed the concerns you raised about our contact with you.",
    ("Our agent called your mobile on 2 April and, when there was no answer, left a message asking you to call us "
     "back.",
     "That is not what happened. The call was to my work landline. A colleague answered, and your agent told her I "
     "owed £2,300 and needed to ring back about the arrears. She told half the office."),
    ("Our agents are trained never to discuss an account with anyone other than the customer.",
     "Then listen to the recording. I want it investigated properly, an apology, and you are not to ring my "
     "workplace again."),
], [("Stacey Rowbotham", "stacey.rowbotham@gmail.com", "SR", "Ms Rowbotham"),
    ("Darius Nazari", "darius.nazari@outlook.com", "DN", "Mr Nazari")],
   ["", "Hello,"],
   L(c=True, pd=True, br=True, cat="collection_conduct"),
   "No top text; the answers say an agent disclosed the debt to a colleague at work and demand an investigation: an "
   "implicit complaint about collection conduct with a breach (personal_data=true, main theme collection_conduct "
   "as in lg-33).", ref="CX-C{n5}", when=(5, 4, 25))

sc("U09", "conexus", "c_pay", "Lauren Shiel", "Final payment - account {ref}", [
    "Good news - your account will be fully paid with your next payment of £32.50 on 28 April. Please check the "
    "following.",
    ("Will you be making the final payment as normal?", "Yes, it's set up on standing order."),
    ("Would you like a paid-in-full letter?", "Yes please, by email."),
    ("Is there anything else you would like us to do once the account is closed?",
     "Once I have the letter, please delete my personal details from your systems unless you are required by law to "
     "keep them. Thanks for your help over the last two years."),
], [("Ryan Oldroyd", "ryan.oldroyd@gmail.com", "RO", "Mr Oldroyd"),
    ("Chantelle Morris", "chantelle.morris@yahoo.co.uk", "CM", "Ms Morris")],
   ["", "Thanks\n{me}"],
   L(r="erasure"),
   "Nothing on top; the answers confirm the final payment and ask for the sender's data to be deleted after closure "
   "(erasure), with thanks: a rights request, not a complaint.", ref="{n6}", when=(4, 1, 20))

sc("U10", "conexus", "c_col", "Hollie Marsden", "Sterling Credit Loans - account {ref}", [
    "We have been asked by Sterling Credit Loans to collect a balance of £742.18. If you believe this balance is not "
    "owed, please provide the following.",
    ("Date and method of your final payment to Sterling Credit Loans",
     "Paid in full by bank transfer on 3 October 2025. I have Sterling's letter confirming the account was settled."),
    ("A copy of any settlement letter",
     "Attached. That is the third time I have sent it. You have had it since January and you are still sending me "
     "demands and adding interest."),
    ("Until we receive this information, collection activity will continue.",
     "You HAVE received it. Stop chasing me for a debt I do not owe and confirm in writing that the account is "
     "closed."),
], [("Norman Bickerstaff", "norman.bickerstaff@btinternet.com", "NB", "Mr Bickerstaff"),
    ("Precious Dube", "precious.dube@gmail.com", "PD", "Ms Dube")],
   ["", "To Hollie Marsden"],
   L(c=True, cat="debt_dispute"),
   "The answers say the debt was paid and Conexus keeps chasing despite proof: an implicit complaint disputing the "
   "debt; the grievance is Conexus's own pursuit (as lg-26), so about_other_firm=null.", ref="SC{n6}")

sc("U11", "conexus", "c_cr", "Sanjay Thakrar", "Your constituent - account {ref}", [
    "Thank you for your email on behalf of your constituent, Mrs Gwen Talbot. Before we can discuss her account, we "
    "need the following.",
    ("A third-party authority form signed by Mrs Talbot in wet ink and witnessed by a solicitor.",
     "Mrs Talbot is housebound and partially sighted. She has signed our office's standard authority, which every "
     "other creditor has accepted, and we have sent it to you. Requiring a solicitor-witnessed wet-ink form puts a "
     "cost and a barrier in front of a vulnerable person who simply wants help. The MP asks you to accept the "
     "authority you already have and to review this requirement."),
    ("Until then we can only speak to Mrs Talbot directly.",
     "She cannot manage your phone calls, which is why she came to us. We look forward to your reply."),
], [("Anwen Price", "anwen.price@parliament.uk", "AP", "Ms Price"),
    ("Jonathan Lyle", "jonathan.lyle.office@parliament.uk", "JL", "Mr Lyle")],
   ["Dear Mr Thakrar,", ""],
   L(c=True, tp=True, cat="process"),
   "An MP's caseworker answers inline against the solicitor-witnessed wet-ink authority rule and asks for it to be "
   "reviewed: an implicit complaint on a constituent's behalf (third_party), process (the rule itself).",
   ref="{n6}")

sc("U12", "conexus", "c_pay", "Lauren Shiel", "Your payment offer - account {ref}", [
    "Thank you for submitting a payment offer through our online tool. Unfortunately your offer of £15 per month has "
    "not been accepted.",
    ("Offers are assessed automatically against your income and expenditure and the balance outstanding.",
     "My outgoings went up by £200 a month when my rent increased, and the tool had no box for that. I want a person "
     "to look at my figures and decide, not the computer."),
    ("The minimum acceptable payment for your account is £48 per month.",
     "I can't pay £48. If I do I won't have money for the gas. This isn't fair and I want it looked at again."),
], [("Kelvin Osei", "kelvin.osei@gmail.com", "KO", "Mr Osei"),
    ("Imogen Farrar", "imogen.farrar@outlook.com", "IF", "Ms Farrar")],
   ["", "Hi,"],
   L(c=True, r="automated_decision", cat="process"),
   "No top text; the answers object to an automated refusal of an affordable offer and ask for a human decision "
   "(automated_decision): an implicit complaint about the automated assessment rule (process); personal_data=false.",
   ref="{n6}")

sc("U13", "conexus", "c_col", "Rachel Tomlin", "We tried to contact you - account {ref}", [
    "We have been trying to reach you about your account. Please call us on 0300 555 0147 (Monday to Friday, 8am to "
    "8pm).",
    ("If you have already tried to call us, please tell us when.",
     "Monday at 10am - on hold 52 minutes, then the line went dead. Wednesday at 6pm - 38 minutes, then a message "
     "saying the office was closed, even though your letter says 8pm."),
    ("You can also reply to this email with a good time to call you.",
     "Any weekday after 5.30pm. I'd rather you rang me than sit on hold for an hour again, and I'd like to know why "
     "your line is so hard to get through to."),
], [("Beverley Sykes", "bev.sykes@gmail.com", "BS", "Mrs Sykes"),
    ("Mohammed Iqbal", "m.iqbal84@hotmail.co.uk", "MI", "Mr Iqbal")],
   ["", ""],
   L(c=True, cat="wait_time"),
   "Nothing on top; the answers describe long holds and a dropped line and ask why, plus a call-back: an implicit "
   "complaint about waiting to reach the firm (wait_time).", ref="{n6}")

sc("U14", "conexus", "c_col", "Stuart Emery", "Beacon Home Finance - account {ref}", [
    "We are acting for Beacon Home Finance regarding the shortfall of £4,870.55 remaining after the sale of your "
    "former property.",
    ("This shortfall includes arrears charges of £1,460.00 applied by Beacon Home Finance between 2022 and 2024.",
     "Beacon agreed a payment holiday with me in 2022 and then charged arrears fees for the very months of the "
     "holiday. I have their letter agreeing it."),
    ("Please contact us within 14 days to discuss repayment.",
     "I will not discuss repaying charges that should never have been applied. This is a complaint against Beacon, "
     "and they need to take those charges off before anything else happens."),
], [("Gillian Rafferty", "gillian.rafferty@gmail.com", "GR", "Mrs Rafferty"),
    ("Owain Pritchard", "owain.pritchard@btinternet.com", "OP", "Mr Pritchard")],
   ["", "Mr Emery"],
   L(c=True, ex=True, cat="debt_dispute", firm="bhf"),
   "The answers dispute the creditor's own arrears charges inside a shortfall debt and call it a complaint against "
   "Beacon: explicit, about_other_firm=bhf (only Beacon can fix the root cause), debt_dispute.", ref="BHF{n6}")

# ---- Group C: controls, the sender writes above an untouched quote
sc("C01", "pexa", "p_onb", "Samira Cole", "Final details for your PEXA setup", [
    "We're nearly ready to activate your firm on PEXA. Please send us:",
    "1. The name of your firm's subscriber administrator.",
    "2. The email address to use for settlement notifications.",
    "3. Your preferred date for the induction call.",
], [("Harriet Coles", "harriet.coles@colesandfinch.co.uk", "HC", "Ms Coles"),
    ("Ibrahim Sadiq", "ibrahim.sadiq@sadiqlaw.co.uk", "IS", "Mr Sadiq")],
   ["Hi Samira,\n\nThanks - here you go:\n\n1. Our administrator will be Paula Greaves.\n2. Please use "
    "completions@colesandfinch.co.uk.\n3. Any morning next week except Wednesday.\n\nMany thanks,\n{me}",
    "Hello Samira,\n\n1) Administrator: Leon Sadiq (our practice manager).\n2) Notifications to "
    "settlements@sadiqlaw.co.uk please.\n3) Thursday 10am if you have it.\n\nKind regards\n{me}"],
   L(), "The sender answers PEXA's three questions in a numbered list above the untouched quote: routine onboarding "
   "details, not a complaint.")

sc("C02", "pexa", "p_compl", "Hannah Pryce", "Your complaint {ref} - our findings", [
    "I have completed my review of your complaint about the lodgement rejection on 21 March.",
    "Our review found that the lodgement was rejected by HM Land Registry because a document was missing from the "
    "lodgement pack, and not because of a PEXA fault.",
    "I appreciate this is not the outcome you hoped for. If you remain dissatisfied, you can ask for the review to be "
    "escalated.",
], [("Victoria Ashby", "v.ashby@ashbyconveyancing.co.uk", "VA", "Ms Ashby"),
    ("Kenneth Doyle", "k.doyle@doylemcgrath.co.uk", "KD", "Mr Doyle")],
   ["Hannah,\n\nI'd like my complaint escalated. The TR1 was in the workspace - your own audit trail shows it uploaded "
    "at 10:14 and marked ready. What went to the Land Registry was a pack your system put together without it. That "
    "is a platform fault, and our client paid £180 to re-lodge. Please escalate and refund that cost.\n\n{me}",
    "Dear Ms Pryce,\n\nPlease escalate my complaint. The transfer was uploaded and marked ready well before "
    "lodgement - it is in your audit trail. Your system assembled the pack without it. We want the £180 re-lodgement "
    "fee refunded.\n\nRegards,\n{me}"],
   L(c=True, ex=True, cat="platform_defect"),
   "An ordinary top-posted reply above an untouched quote: the sender asks for their complaint to be escalated and "
   "blames a platform fault: explicit (their own words), platform_defect.", ref="PXC-{n5}")

sc("C03", "pexa", "p_bill", "Marek Zielinski", "Your invoice query", [
    "Thank you for your query about the increase in your monthly platform charge.",
    "The new pricing took effect from 1 April and was notified to participants in our January bulletin.",
    "We are therefore unable to offer a credit.",
], [("Neil Gaskell", "neil.gaskell@kestrelbs.co.uk", "NG", "Mr Gaskell"),
    ("Rebecca Oyelaran", "rebecca.oyelaran@kestrelbs.co.uk", "RO", "Ms Oyelaran")],
   ["Marek,\n\nSee below - your colleague says the new price was notified in January. We never received that "
    "bulletin, and our agreement requires 90 days' written notice of any price change to our nominated contact. "
    "Please apply the old rate until the notice period has run and credit the difference on the April invoice."
    "\n\nRegards\n{me}",
    "Hi Marek,\n\nAs you can see below, we've been told the increase was announced in a bulletin. A bulletin is not "
    "the written notice our contract requires, and nobody here received it. We expect the previous rate to apply "
    "until proper notice has been given, and a credit for April.\n\n{me}"],
   L(c=True, cat="fees_charges"),
   "'See below' points at PEXA's reply, not at inline answers; the top text disputes a price increase and asks for "
   "a credit: implicit complaint, fees_charges; Kestrel is the complainant (about_other_firm=null).", when=(5, 4, 20))

sc("C04", "pexa", "p_cons", "", "Your purchase - 22 Thornfield Rise", [
    "We note your further emails. As previously explained, we are waiting for the other side and there is nothing "
    "further we can do at present.",
    "Please note that we are unable to take calls about your matter outside our advertised hours, and repeated calls "
    "to the office are not helpful.",
], [("Lorna McBride", "lorna.mcbride@gmail.com", "LM", "Ms McBride"),
    ("Sergei Volkov", "sergei.volkov@outlook.com", "SV", "Mr Volkov")],
   ["Hello PEXA,\n\nOur solicitor says your platform is used for our purchase, so I'm forwarding this from our "
    "conveyancer. It is the reply I got after politely asking for one update in three weeks. Nobody there will tell "
    "us what is outstanding, and being told off for phoning is the last straw. Can you pass this to them, or tell me "
    "who can deal with it? We just want someone to explain where things are.\n\n{me}",
    "Hi,\n\nForwarding the email below from Aldous Fenn, who are handling our purchase. After three weeks of silence "
    "this is all we get - no update and a telling-off for ringing. Please can this go to whoever oversees them; we "
    "need someone to tell us what is holding things up.\n\nThanks\n{me}"],
   L(c=True, cat="service_quality", firm="unknown"),
   "A forward with a comment: the buyer's grievance is their own conveyancer's dismissive service, a firm not in the "
   "directory, to be passed on: about_other_firm=unknown, service_quality, implicit.", kind="fwd",
   qhead={"from": "Craig Aldous", "addr": "craig@aldousfenn.co.uk", "agent": "Craig Aldous",
          "team": "Aldous Fenn Conveyancing", "signoff": "Regards,"})

sc("C05", "pexa", "p_sup", "", "Discharge not showing - workspace {ref}", [
    "Could someone confirm whether the discharge of mortgage for workspace {ref} was lodged with HM Land Registry? The "
    "title still shows the old charge.",
], [("Philippa Ng", "philippa.ng@ngwhitfield.co.uk", "PN", "Philippa"),
    ("Desmond Achebe", "d.achebe@achebeco.co.uk", "DA", "Desmond")],
   ["Hello again,\n\nPlease see my email below. I've had no reply at all in over two weeks, and the buyer's solicitor "
    "is now raising it as a requisition. Could someone look at this today and tell me who is handling it?\n\n{me}",
    "Hi,\n\nMy email below has gone unanswered for more than two weeks. The other side are now chasing us every day. "
    "Please can somebody pick it up and let me know who is dealing with it.\n\nRegards,\n{me}"],
   L(c=True, cat="delay"),
   "'See below' refers to the sender's own earlier email; the new top text chases an unanswered query after two "
   "weeks: implicit complaint, delay (still-waiting chaser).", ref="{n6}", kind="own",
   qhead={"self": True, "to": "PEXA Participant Support <support@pexa.co.uk>", "greet": "Hi,",
          "signoff": "Thanks,\n{me}", "agent": ""})

sc("C06", "pexa", "p_priv", "Clara Dunmore", "Your enquiry - ref {ref}", [
    "Thank you for contacting us. We have searched our records and can confirm that PEXA holds information about you "
    "in connection with your sale of a property in 2025, which was provided to us by your conveyancer.",
    "If you would like to exercise any of your data protection rights, please reply to this email.",
], [("Aoife Brennan", "aoife.brennan@gmail.com", "AB", "Ms Brennan"),
    ("Lionel Sutcliffe", "lionel.sutcliffe@btinternet.com", "LS", "Mr Sutcliffe")],
   ["Thank you for the quick reply.\n\nYes, I would like a copy of the information you hold about me. I also noticed "
    "when I signed the documents that my middle name was spelt wrong (it should be Siobhan, not Shiobhan) - if that "
    "is on your records too, please correct it.\n\nNo problem otherwise, thank you.\n\n{me}",
    "Dear Ms Dunmore,\n\nThank you. Please send me a copy of the information you hold about me. And if my middle name "
    "appears as 'Aubery' anywhere, please correct it to Aubrey.\n\nWith thanks,\n{me}"],
   L(r="access,rectification"),
   "Top-posted: asks for a copy of the sender's data (access) and a misspelt name to be corrected (rectification), "
   "with thanks; no dissatisfaction with PEXA, so not a complaint.", ref="DP-{n5}")

sc("C07", "pexa", "p_bill", "Marek Zielinski", "Refund of overpaid subscription - ref {ref}", [
    "We are sorry for the overpayment on your annual subscription. We have approved a refund of £240.00.",
    "So that we can pay it, please reply with the account name, sort code and account number for the refund.",
], [("Stephen Goldsworthy", "s.goldsworthy@goldsworthylaw.co.uk", "SG", "Mr Goldsworthy"),
    ("Naledi Khumalo", "naledi.khumalo@khumalolegal.co.uk", "NK", "Ms Khumalo")],
   ["Hi Marek,\n\nThanks for sorting this out so quickly. Our bank details are below:\n\nAccount name: Goldsworthy Law "
    "Ltd Office Account\nSort code: 20-41-77\nAccount number: 53018842\n\nKind regards\n{me}",
    "Dear Marek,\n\nMany thanks. Details for the refund are as follows:\n\nKhumalo Legal LLP - Office Account\n"
    "Sort code 40-12-63\nAccount 71930025\n\nBest wishes,\n{me}"],
   L(), "'Below' means the bank details further down the sender's own text; a thank-you supplying details for an "
   "agreed refund is not a complaint.", ref="RF-{n5}")

sc("C08", "pexa", "p_sup", "Danielle Price", "Settlement statement - workspace {ref}", [
    "Please find attached the settlement statement you requested for workspace {ref}.",
    "Let us know if you need anything else.",
], [("Carys Bevan", "carys.bevan@orchardlanesolicitors.co.uk", "CB", "Carys"),
    ("Hugo Lindley", "hugo.lindley@orchardlanesolicitors.co.uk", "HL", "Hugo")],
   ["To the complaints team,\n\nI'm forwarding the email below from your support desk. The attached statement is not "
    "for our workspace - it is for a purchase we have nothing to do with, and it shows the buyers' names, their new "
    "address, the loan amount and their bank details. We have deleted it. I want to make a formal complaint: we need "
    "to know how this happened, whether our own client's statement has gone to someone else, and that the people "
    "affected will be told.\n\n{me}\nOrchard Lane Solicitors",
    "Hello,\n\nPlease see the forwarded message below. Your support team sent us another matter's settlement "
    "statement, with the buyers' names, address and bank account details on it. It has been deleted here. This is a "
    "formal complaint: please explain how it happened and confirm our client's statement has not been sent "
    "elsewhere.\n\n{me}\nOrchard Lane Solicitors"],
   L(c=True, ex=True, pd=True, br=True, cat="personal_data"),
   "A forward with a comment: PEXA support sent another matter's client data to the wrong firm and the sender makes "
   "a formal complaint: explicit, breach, personal_data; OLS is the complainant, so about_other_firm=null.",
   ref="{n6}", kind="fwd", greet="Hi {dear},")

sc("C09", "conexus", "c_col", "Rachel Tomlin", "Information needed - account {ref}", [
    "To help us review your account, please answer the following:",
    "1. Do you recognise the debt?",
    "2. When did you last make a payment?",
    "3. Is there any reason you have not paid?",
], [("Terence Hallam", "terry.hallam@gmail.com", "TH", "Mr Hallam"),
    ("Ngozi Eze", "ngozi.eze@outlook.com", "NE", "Ms Eze")],
   ["Rachel,\n\n1. I recognise the name, Sterling Credit Loans, but that account is nine years old.\n2. My last "
    "payment was in spring 2016. Nothing since, and no contact from anyone until your letter.\n3. Because it's "
    "statute-barred. You shouldn't be chasing it, and I want written confirmation that you'll stop and close the "
    "account.\n\n{me}",
    "Hello,\n\nAnswers to your questions:\n1) I had a Sterling Credit loan years ago.\n2) The last payment was in "
    "2016.\n3) It's statute-barred - nobody has been in touch for nine years. Please stop pursuing it and confirm "
    "the account is closed.\n\n{me}"],
   L(c=True, cat="debt_dispute"),
   "Numbered answers above the untouched quote: the debtor disputes the debt as statute-barred and wants collection "
   "stopped: implicit complaint, debt_dispute; the dispute is with Conexus pursuing it, so about_other_firm=null.",
   ref="{n6}")

sc("C10", "conexus", "c_cr", "Martina Kowal", "Outcome of your complaint - ref {ref}", [
    "I am writing with the outcome of your complaint about the letters sent to you during your hospital stay.",
    "I have upheld your complaint. We have put your account on hold for 60 days, removed the charges added during "
    "that period, and our team leader has spoken to the agent concerned.",
    "I'm sorry for the distress this caused.",
], [("Pauline Entwistle", "pauline.entwistle@btinternet.com", "PE", "Mrs Entwistle"),
    ("Jamal Haddad", "jamal.haddad@gmail.com", "JH", "Mr Haddad")],
   ["Dear Martina,\n\nThank you for looking into this so carefully and for ringing me first. It's a weight off my "
    "mind. I'm happy with the outcome and don't need anything more.\n\nBest wishes,\n{me}",
    "Hello Martina,\n\nThanks very much - that is a fair outcome and I appreciate the phone call. Nothing more needed "
    "from my side.\n\n{me}"],
   L(), "A top-posted thank-you accepting a complaint outcome; 'complaint' appears only in Conexus's quoted letter: "
   "not a complaint (lg-23 rule).", ref="CX-C{n5}")

sc("C11", "conexus", "c_col", "", "Your final bill - 9 Sedgefield Walk", [
    "Your final bill for 9 Sedgefield Walk is attached. The amount of £388.14 covers the period 1 April 2025 to 31 "
    "January 2026.",
    "If you have already paid, please ignore this email.",
], [("Danielle Okoro", "danielle.okoro@gmail.com", "DO", "Ms Okoro"),
    ("Barry Whitmore", "barry.whitmore@yahoo.co.uk", "BW", "Mr Whitmore")],
   ["Hi,\n\nYou've written to me about this Lumen Water bill, so I'm forwarding it - see below. I have never lived at "
    "9 Sedgefield Walk. I rented 9 Sedgefield Close until March 2025 and closed that account. Lumen have mixed me up "
    "with whoever lives at the Walk, and they won't answer my emails. I'm not paying someone else's water bill; "
    "please send this back to them and stop writing to me until they've sorted it.\n\n{me}",
    "To Conexus,\n\nThis is the Lumen bill you are chasing me for. Read the address: Sedgefield Walk. I lived at "
    "Sedgefield Close and my account there was closed and paid. Lumen have billed the wrong person and ignore me. "
    "Please return this to them and leave me alone until they correct it.\n\n{me}"],
   L(c=True, cat="debt_dispute", firm="lwt"),
   "A forward with a comment: the sender disputes a creditor's bill for a property they never lived in; only Lumen "
   "can fix the root cause, so about_other_firm=lwt, debt_dispute, implicit.", kind="fwd",
   qhead={"from": "Lumen Water Billing", "addr": "billing@lumenwater.co.uk", "greet": "Dear Customer,",
          "signoff": "Yours sincerely,", "agent": "Customer Billing", "team": "Lumen Water"})

sc("C12", "conexus", "c_col", "Owen Prothero", "Your client Ms Dawn Pickering - ref {ref}", [
    "Thank you for confirming that you are now helping Ms Pickering. We have put the account on hold for 30 days.",
    "Please send us her income and expenditure details and any proposal when you have them.",
], [("Rosemary Quinlan", "r.quinlan@citybridgeadvice.org.uk", "RQ", "Ms Quinlan"),
    ("Tariq Mahmood", "tariq.mahmood@moneyhelpnorth.org", "TM", "Mr Mahmood")],
   ["Dear Owen,\n\nThank you for the hold. Ms Pickering's financial statement is attached and we propose £10 a "
    "month, reviewed in six months.\n\nSo that we can check the balance with her, please also send us a copy of all "
    "the personal information you hold about Ms Pickering, including account notes and call recordings. Her signed "
    "authority is attached.\n\nKind regards\n{me}\nMoney Adviser",
    "Hi Owen,\n\nThanks for holding the account. Attached are Ms Pickering's income and expenditure and our offer "
    "of £10 a month.\n\nWith her signed authority (also attached), we ask for a copy of all personal data you hold "
    "on her, including notes and recordings.\n\nBest regards,\n{me}\nDebt Adviser"],
   L(tp=True, r="access"),
   "Top-posted by a money adviser for a client: a payment proposal and a subject access request for the client "
   "(access), no dissatisfaction: not a complaint, third_party=true.", ref="{n6}")

sc("C13", "conexus", "c_col", "Kerry Anstey", "Notice of visit - account {ref}", [
    "As we have been unable to agree a payment arrangement with you, a field agent may visit your home to discuss "
    "the account.",
    "The agent will carry identification and will not enter your home without your permission.",
], [("Colin Ramsbottom", "colin.ramsbottom@gmail.com", "CR", "Mr Ramsbottom"),
    ("Yasmin Begum", "yasmin.begum@outlook.com", "YB", "Ms Begum")],
   ["I'm making a complaint about your field agent. He came on Saturday at 8.15 in the morning, banged on the door "
    "until my children were crying, and when I wouldn't come out he stood in the front garden shouting that he'd be "
    "back with a warrant. I have been paying £20 a month since January - you have the payments. I want an "
    "explanation and an assurance that nobody will come to my house again.\n\n{me}",
    "I want to complain about the visit on Saturday morning. Your agent hammered on the door at quarter past eight, "
    "frightened my kids and shouted from the garden about warrants. I've paid £20 every month since January. Explain "
    "why he was sent at all, and make sure nobody comes to my home again.\n\n{me}"],
   L(c=True, ex=True, cat="collection_conduct"),
   "Top-posted above an untouched notice: an intimidating doorstep visit the sender calls a complaint: explicit, "
   "collection_conduct; 'nobody will come to my house again' is a conduct remedy, not objection.", ref="{n6}")

sc("C14", "conexus", "c_col", "Graeme Lusk", "Account {ref} - please contact us", [
    "We have been instructed by Northline Energy regarding an outstanding balance. Please contact us to discuss the "
    "account.",
], [("Gwilym Rowlands", "gwilym.rowlands@gmail.com", "GR", "Mr Rowlands"),
    ("Esther Adebowale", "esther.adebowale@gmail.com", "EA", "Ms Adebowale")],
   ["Hello,\n\nBefore I discuss anything, I have a few questions, listed below.\n\n- Where did you get my email "
    "address and my current address?\n- What information has Northline passed to you about me, and what are you "
    "using it for?\n- What is the legal basis for your processing it?\n\nUntil you have answered, please don't use "
    "my details for anything other than keeping them on file.\n\nThanks\n{me}",
    "Good afternoon,\n\nMy questions are below; I'd be grateful for answers before we go any further.\n\n* Who gave "
    "you my contact details?\n* What do you hold about me from Northline, and for what purpose?\n* On what lawful "
    "basis?\n\nIn the meantime please restrict use of my data to storage only.\n\nRegards,\n{me}"],
   L(r="informed,restriction"),
   "'Listed below' points to the sender's own questions above the quote: source, purpose and basis of processing "
   "(informed) and a pause on use meanwhile (restriction); asked neutrally, not a complaint.", ref="{n6}")

sc("C15", "conexus", "c_col", "Graeme Lusk", "Your account {ref} - arrears notice", [
    "Your account is now £1,318.40 in arrears. Our client, Sterling Credit Loans, has asked us to contact you about "
    "repayment.",
    "Please call us on 0300 555 0147 or reply to this email to agree a payment plan.",
], [("Megan Ashworth", "megan.ashworth@gmail.com", "MA", "Ms Ashworth"),
    ("Clive Harrop", "clive.harrop@gmail.com", "CH", "Mr Harrop")],
   ["Hi,\n\nThis came to my email address but it's not for me - I'm not Mr Farnham and have no account with you. "
    "Forwarding it so you know it's gone astray; you'll probably want to check the address you hold for him. I've "
    "deleted my copy. No need to reply.\n\n{me}",
    "Hello,\n\nFYI - the email below was sent to me in error. It's meant for a Mr Farnham, who I don't know. I "
    "thought you should have it back. Copy deleted this end; no reply needed.\n\n{me}"],
   L(br=True),
   "A forward with a comment from someone who received another customer's arrears email: a breach (data sent to the "
   "wrong person), but no grievance of their own and no reply wanted: not a complaint, not third_party (lg-32).",
   ref="{n6}", kind="fwd", greet="Dear Mr Farnham,")

sc("C16", "conexus", "c_col", "Rachel Tomlin", "Please call us - account {ref}", [
    "We need to speak to you about your account. Please call us on 0300 555 0147 as soon as possible.",
], [("Denise Cartledge", "denise.cartledge@gmail.com", "DC", "Mrs Cartledge"),
    ("Arjun Pillai", "arjun.pillai@outlook.com", "AP", "Mr Pillai")],
   ["I want to complain about your phone line. I've tried the number below four times this week, as you asked. Each "
    "time I was on hold for over 40 minutes, and on Thursday I was cut off after 55. I have a job and can't keep doing "
    "this. Ring me on the number you have, any weekday after 6pm, and tell me what you're doing about the "
    "queues.\n\n{me}",
    "This is a complaint about how hard it is to reach you. Four calls to the number in your email this week, 40-plus "
    "minutes on hold each time and cut off on the last one. Call me after 6pm on a weekday instead, and explain what "
    "is being done about your waiting times.\n\n{me}"],
   L(c=True, ex=True, cat="wait_time"),
   "Top-posted above the firm's untouched request ('the number below' is in Conexus's mail): the sender complains of "
   "long holds and a cut-off call: explicit, wait_time.", ref="{n6}")

# ===== SCENARIOS END =====

# ---------------------------------------------------------------------------------------------
# rendering

OWN = {}    # (source, env) -> the sender's own words (own subject, top, answers)
META = {}   # id(record) -> (group, layout, marking)
DROPPED = []


def draw_ref(fmt, rng):
    out = fmt
    while "{n6}" in out or "{n5}" in out or "{n4}" in out:
        for tag, lo, hi in (("{n6}", 100000, 999999), ("{n5}", 10000, 99999), ("{n4}", 1000, 9999)):
            if tag in out:
                out = out.replace(tag, str(rng.randrange(lo, hi)), 1)
    return out


def how_phrase(marking, style, rng):
    if marking == "colour":
        return " in " + style["colname"]
    if marking == "caps":
        return (" in capitals", " in caps", " in block capitals")[rng.randrange(3)]
    if marking == "initials":
        return (" marked " + style["ini"], " with my initials in front", " after my initials")[rng.randrange(3)]
    return ""


def mark_answer(text, marking, style):
    if marking == "caps":
        return text.upper()
    if marking == "initials":
        return style["tag"] + text
    return text


def outlook_date(d):
    return f"{d:%A}, {d.day} {d:%B %Y %H:%M}"


def gmail_date(d):
    return f"{d:%a}, {d.day} {d:%b %Y} at {d:%H:%M}"


def slash_date(d):
    return d.strftime("%d/%m/%Y %H:%M")


def html_p(text, layout):
    t = escape_html(text).replace("\n", "<br>")
    if layout == "hod":
        return f'<p class="MsoNormal">{t}</p>'
    return f"<div>{t}</div>"


def html_answer(text, marking, style, layout):
    t = escape_html(text).replace("\n", "<br>")
    if marking == "colour":
        if layout == "hod":
            return f'<p class="MsoNormal"><span style="color:{style["hex"]}">{t}</span></p>'
        return f'<div><font color="{style["hex"]}">{t}</font></div>'
    if marking == "caps":
        if layout == "hod":
            return f'<p class="MsoNormal"><b>{t}</b></p>'
        return f"<div><b>{t}</b></div>"
    return html_p(text, layout)


def render(s, k, layout, marking, rng):
    grp = s["sid"][0]
    name, addr, ini, dear = s["people"][k]
    first = name.split()[0]
    fname, faddr, team = FS[s["fs"]]
    q = s["qhead"]
    qfrom, qaddr = q.get("from", fname), q.get("addr", faddr)
    if q.get("self"):
        qfrom, qaddr = name, addr
    qgreet, qsign, qagent = q.get("greet", s["greet"]), q.get("signoff", s["signoff"]), q.get("agent", s["agent"])
    qteam = q.get("team", team)
    html = layout in ("hbq", "hod")
    # draws: reference, date, colour, initials style, then how-phrase
    ref = draw_ref(s["ref"], rng)
    month, lo, hi = s["when"] or (4 + rng.randrange(2), 1, 28)
    d = datetime.datetime(2026, month, lo + rng.randrange(hi - lo + 1), 8 + rng.randrange(10), rng.randrange(60))
    while d.weekday() >= 5:  # firms write on working days
        d -= datetime.timedelta(days=1)
    hexc, colname = COLOURS[rng.randrange(len(COLOURS))]
    tag = (f"[{ini}] ", f"{ini}: ", f"{ini} - ")[rng.randrange(3)]
    style = {"hex": hexc, "colname": colname, "tag": tag, "ini": ini}
    how = how_phrase(marking, style, rng)
    fmt = {"ref": ref, "dear": dear, "me": first, "how": how, "ini": ini}

    # the quoted mail, as (paragraph, answer or None)
    items = []
    if qgreet:
        items.append((qgreet.format(**fmt), None))
    answers = []
    for it in s["letter"]:
        if isinstance(it, tuple):
            p, a = it[0].format(**fmt), it[1].format(**fmt)
            answers.append(a)
            items.append((p, a))
        else:
            items.append((it.format(**fmt), None))
    if qsign:
        items.append((f"{qsign}\n\n{qagent}\n{qteam}".format(**fmt) if qagent else qsign.format(**fmt), None))
    if grp == "C":
        assert not answers, s["sid"]
    else:
        assert answers, s["sid"]

    top = s["tops"][k].format(**fmt)
    if grp == "A":
        assert top.strip(), s["sid"]
        top += "\n\n" + (first if k == 0 else name)
    if grp == "U":
        assert len(top) <= 40, (s["sid"], top)
    fsubj = s["subj"].format(**fmt)
    outlookish = layout in ("opl", "hod")
    if s["kind"] == "fwd":
        subject = ("FW: " if outlookish else "Fwd: ") + fsubj
    else:
        subject = ("RE: " if outlookish else "Re: ") + fsubj
    own_subject = ""
    if s["own_subject"]:
        own_subject = s["own_subject"].format(**fmt)
        subject = own_subject
    own_text = own_subject + "\n" + top + "\n" + "\n".join(answers)

    sent_to = q.get("to", f"{name} <{addr}>").format(**fmt)
    if not html:
        parts = [top] if top.strip() else []
        if layout == "opl":
            if s["kind"] == "fwd" or rng.random() < 0.5:
                head = "________________________________\n"
            else:
                head = "-----Original Message-----\n"
            head += f"From: {qfrom} <{qaddr}>\nSent: {outlook_date(d)}\nTo: {sent_to}\nSubject: {fsubj}"
            parts.append(head)
            for p, a in items:
                parts.append(p)
                if a is not None:
                    parts.append(mark_answer(a, marking, style))
        elif layout == "owg":
            parts.append(f"On {gmail_date(d)}, {qfrom} <{qaddr}> wrote:")
            chunk = []
            for p, a in items:
                chunk.append("\n".join("> " + ln if ln else ">" for ln in p.split("\n")))
                if a is not None:
                    parts.append("\n>\n".join(chunk))
                    chunk = []
                    parts.append(mark_answer(a, marking, style))
            if chunk:
                parts.append("\n>\n".join(chunk))
        else:  # owp
            parts.append(f"On {slash_date(d)}, {qfrom} wrote:")
            for p, a in items:
                parts.append(p)
                if a is not None:
                    parts.append(mark_answer(a, marking, style))
        body = "\n\n".join(parts)
    else:
        ans = lambda a: html_answer(mark_answer(a, "caps" if marking == "caps" else
                                                 ("initials" if marking == "initials" else "none"), style),
                                    marking, style, layout)
        if layout == "hbq":
            out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>',
                   '<div dir="ltr">']
            if top.strip():
                for para in top.split("\n\n"):
                    out.append(html_p(para, layout))
                    out.append("<div><br></div>")
            else:
                out.append("<br>")
            out.append("</div><br>")
            out.append('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On '
                       f'{gmail_date(d)}, {escape_html(qfrom)} &lt;<a href="mailto:{qaddr}">{qaddr}</a>&gt; '
                       'wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                       'border-left:1px solid rgb(204,204,204);padding-left:1ex"><div dir="ltr">')
            for p, a in items:
                out.append(html_p(p, layout))
                out.append("<div><br></div>")
                if a is not None:
                    out.append(ans(a))
                    out.append("<div><br></div>")
            out.append("</div></blockquote></div></body></html>")
        else:  # hod
            out = ['<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
                   '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                   '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style>'
                   '</head><body lang="EN-GB" link="#0563C1" vlink="#954F72"><div class="WordSection1">']
            if top.strip():
                for para in top.split("\n\n"):
                    out.append(html_p(para, layout))
                    out.append('<p class="MsoNormal">&nbsp;</p>')
            else:
                out.append('<p class="MsoNormal">&nbsp;</p>')
            out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                       f'<p class="MsoNormal"><b>From:</b> {escape_html(qfrom)} &lt;{qaddr}&gt;<br>'
                       f'<b>Sent:</b> {outlook_date(d)}<br><b>To:</b> {escape_html(sent_to)}<br>'
                       f'<b>Subject:</b> {escape_html(fsubj)}</p></div><p class="MsoNormal">&nbsp;</p>')
            for p, a in items:
                out.append(html_p(p, layout))
                out.append('<p class="MsoNormal">&nbsp;</p>')
                if a is not None:
                    out.append(ans(a))
                    out.append('<p class="MsoNormal">&nbsp;</p>')
            out.append("</div></body></html>")
        body = "\n".join(out)
    env = f"{layout}-{marking}"
    rec = {"id": None, "mailbox": s["mb"], "from": f"{name} <{addr}>", "subject": subject, "headers": {},
           "body": body, "html": html, "labels": dict(s["lab"], rights=list(s["lab"]["rights"])),
           "note": s["note"], "source": f"{PREFIX}-{s['sid']}", "train_labels": ["complaint"], "_env": env}
    OWN[(rec["source"], env)] = own_text
    META[id(rec)] = (grp, layout, marking)
    return rec


def build(rng):
    recs = []
    iau = ic = icf = 0
    for s in SCENARIOS:
        if s["sid"][0] == "C":
            if s["kind"] == "fwd":
                pair = C_FWD_PAIRS[icf % len(C_FWD_PAIRS)]
                icf += 1
            else:
                pair = C_PAIRS[ic % len(C_PAIRS)]
                ic += 1
            envs = [(pair[0], "n/a"), (pair[1], "n/a")]
        else:
            envs = list(PAIRS[iau % len(PAIRS)])
            iau += 1
        for k, (layout, marking) in enumerate(envs):
            recs.append(render(s, k, layout, marking, rng))
    return recs


def errors(rec):
    """record_errors, except that its explicit check (which reads only the subject and the body above the quote)
    is replaced, where it disagrees, by the check on the sender's own words: complaint -> explicit exactly when
    the sender's own subject, top text or inline answers say "complain"."""
    e = record_errors(rec)
    lab = rec["labels"]
    own = OWN[(rec["source"], rec["_env"])]
    if lab["complaint"]:
        chk = [x for x in e if x.startswith("explicit=")]
        if chk:
            e = [x for x in e if not x.startswith("explicit=")]
            DROPPED.append(rec["id"])
        mine = "complain" in own.lower()
        if mine != lab["explicit"]:
            e.append(f"own check: explicit={lab['explicit']} but the sender's own words say complain={mine}")
    return e


def summary(records, env_count):
    n = len(records)
    labs = [r["labels"] for r in records]
    out = [f"wrote {os.path.relpath(OUT, ROOT)}: {n} emails, {len({r['source'] for r in records})} scenarios"]
    out.append(f"complaints {sum(l['complaint'] for l in labs)} (explicit {sum(l['explicit'] for l in labs)}); "
               f"breach {sum(l['breach'] for l in labs)}; personal_data {sum(l['personal_data'] for l in labs)}; "
               f"third_party {sum(l['third_party'] for l in labs)}; auto_generated "
               f"{sum(l['auto_generated'] for l in labs)}; html {sum(r['html'] for r in records)}")
    out.append("rights: " + ", ".join(f"{r} {sum(r in l['rights'] for l in labs)}" for r in RIGHTS))
    out.append("firms: " + str(dict(sorted(collections.Counter(str(l["about_other_firm"]) for l in labs).items()))))
    out.append("categories: " + str(dict(sorted(collections.Counter(l["category"] for l in labs).items()))))
    for g in "AUC":
        rs = [r for r in records if META[id(r)][0] == g]
        out.append(f"group {g}: {len(rs)} emails, {len({r['source'] for r in rs})} scenarios, complaints "
                   f"{sum(r['labels']['complaint'] for r in rs)}, explicit {sum(r['labels']['explicit'] for r in rs)}, "
                   f"pexa {sum(r['mailbox'] == 'pexa' for r in rs)}; layouts "
                   f"{dict(sorted(collections.Counter(META[id(r)][1] for r in rs).items()))}; markings "
                   f"{dict(sorted(collections.Counter(META[id(r)][2] for r in rs).items()))}")
    out.append(f"layouts {dict(sorted(collections.Counter(META[id(r)][1] for r in records).items()))}")
    out.append(f"markings {dict(sorted(collections.Counter(META[id(r)][2] for r in records).items()))}")
    out.append(f"record_errors' explicit check replaced by the own-words check on {len(DROPPED)} record(s): "
               + ", ".join(sorted(DROPPED)))
    return "\n".join(out)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=errors)


if __name__ == "__main__":
    sys.exit(main())
