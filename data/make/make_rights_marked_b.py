#!/usr/bin/env python3
"""Generate data/labelled/rights_marked_b.jsonl: hand-written UK GDPR rights requests (and look-alikes) for both
mailboxes, with the sentence(s) that ask for each right marked by hand in `request_sentences`.

Every record carries "train_labels": ["rights"]: the model trains only its rights heads (and their sentence heads,
from the marks) on this file, and measures only rights on it. That was the arm chosen in the trial of 2026-12-06
(data/README.md): with all its labels, the file moved the breach threshold and dev breach recall fell.

Stdlib only, deterministic (seed 20261209).  Usage, from the repo root:

    python data/make/make_rights_marked_b.py

* Each scenario below is one whole email written for this set (about 80: pexa and conexus, about a quarter of them
  look-alikes with rights=[]).  In a scenario's subject/body a marked request is written inline as
  [[right|sentence]]; the markers are stripped and the sentence becomes a {"right", "text"} mark.
* Each scenario is rendered 2-3 times (source rmb-sNNN): sender name and address, greeting and sign-off, a typo or
  two (never inside a marked sentence), sometimes HTML, a quoted earlier reply from the firm, a signature with a
  disclaimer or a mobile footer.  Labels come from the scenario and do not change between variants.
* Every record is checked before anything is written (labelled_mail.marked_record_errors: the labels, and every
  mark verbatim in the final body or subject).
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (edit_words, escape_html, html_with_quote, marked_record_errors, marks_of,  # noqa: E402
                           quote_lines, run_generator, short_labels, strip_marks)

SEED = 20261209
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "labelled", "rights_marked_b.jsonl")
MARK = re.compile(r"\[\[(\w+)\|(.+?)\]\]")

# organisations that professional senders write from (name, domain); none is the subject of a complaint
GFL = ("Greyfriars Law LLP", "greyfriarslaw.co.uk")
ASHDOWN = ("Ashdown & Pryce Solicitors", "ashdownpryce.co.uk")
FENWICK = ("Fenwick Money Advice Trust", "fenwickmoneyadvice.org.uk")
CALDER = ("Calder Valley Debt Advice Centre", "caldervalleyadvice.org.uk")
PEXA_STAFF = ("PEXA", "pexa.co.uk")

SCENARIOS = []


def S(mb, style, subject, body, lab, note, name=None, addr=None, org=None, quote=None):
    """One scenario. style: f formal, i informal, x raw/text-speak (no greeting added), s subject only.
    org: (organisation, domain, role) of a professional sender. quote: (who, date, text) of an earlier firm reply."""
    SCENARIOS.append(dict(mb=mb, style=style, subject=subject, body=body, lab=lab, note=note, name=name,
                          addr=addr, org=org, quote=quote))


L = short_labels

# =============================================================================================== PEXA: rights
S("pexa", "i", "Never heard of PEXA - what is this?",
  "We completed on our first house last month (14 Larkspur Close, Chelmsford) and I've just seen PEXA mentioned on "
  "the completion statement from our solicitor. As far as I know I never signed anything with you, so I'm curious "
  "rather than cross.\n\n[[access|Could you send me a copy of whatever information you hold about me from the "
  "purchase?]] [[informed|And who gave it to you - was it the solicitor, the bank, or both?]]\n\nThanks in advance.",
  L(r="access,informed"),
  "Curious, not dissatisfied, so no complaint; a copy of what is held = access, and who supplied it = informed.")

S("pexa", "i", "Name change on my user profile",
  "I got married in August and I'm now Priya Mehta-Collins rather than Priya Mehta. My practising certificate has "
  "been updated but my PEXA user profile (and the e-signature block in workspaces) still shows the old name. "
  "[[rectification|Please can you update my surname on the profile to Mehta-Collins?]] I've attached a copy of the "
  "marriage certificate in case you need it.\n\nNo rush, but it would be good to have it sorted before our next "
  "batch of completions.",
  L(r="rectification"),
  "A user asking for her own surname to be updated is rectification; no dissatisfaction, and staff writing about "
  "their own record are not third_party.",
  name="Priya Mehta-Collins", org=("Orchard Lane Solicitors", "orchardlanesolicitors.co.uk", "Conveyancing Executive"))

S("pexa", "i", "My job application - Customer Support Analyst",
  "Thanks for letting me know the outcome. I've since accepted another job, so no hard feelings. [[erasure|I'd "
  "rather you didn't hang on to my CV, cover letter and the notes from the phone interview, so please delete "
  "them.]] A quick email to confirm when it's done would be appreciated.",
  L(r="erasure"),
  "A job applicant calmly asking for her application data to be deleted: erasure, not a complaint.",
  quote=("PEXA Talent Team", "3 April 2025",
         "Thank you for your interest in the Customer Support Analyst role. After careful consideration we will "
         "not be taking your application further on this occasion.\n\nKind regards\nPEXA Talent Team"))

S("pexa", "f", "Pre-employment screening report - judgment that is not mine",
  "I have been offered a position in your settlements operations team, subject to screening. Yesterday the "
  "recruiter told me the screening report shows a county court judgment against me from 2019. That judgment is "
  "not mine. It belongs to a Daniel Oyelaran born in 1971 in Luton; I was born in 1994 and have never lived "
  "there. I have a letter from the court confirming this.\n\nThis is extremely stressful, as I have handed in my "
  "notice on the strength of your offer. [[rectification|Please correct the report so that the judgment is "
  "removed from my file.]] [[restriction|Until that has been done, I ask that nobody involved in the hiring "
  "decision relies on or sees that part of the report.]]\n\nI would be grateful for a response by Friday.",
  L(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
  "Inaccurate data on his own screening file is harming him and he wants it fixed: implicit complaint about "
  "personal data; correct it = rectification, don't rely on it until then = restriction.",
  name="Daniel Oyelaran")

S("pexa", "i", "CPD hours from the Academy",
  "I'm a licensed conveyancer and I've done all my PEXA Academy modules this year. The CLC asks for our CPD log and "
  "I keep mine in a spreadsheet app. [[portability|Is it possible to get my own completion records from the "
  "Academy - module names, dates, hours - as a CSV or Excel file so I can import them, rather than retyping "
  "everything from the certificates?]]\n\nMany thanks",
  L(r="portability"),
  "Her own training records in CSV/Excel to import into another tool = portability; a neutral request.",
  org=("Hartley Moss Conveyancing", "hartleymoss.co.uk", "Licensed Conveyancer"))

S("pexa", "i", "STILL getting your emails",
  "I downloaded one of your guides about buying a home in January and gave my email address for it. Since then "
  "I've had a marketing email from you nearly every week. I've clicked unsubscribe twice and nothing changes. "
  "[[objection|Take me off every marketing list you have and stop sending me this stuff.]] It's getting beyond a "
  "joke.",
  L(c=True, pd=True, r="objection", cat="personal_data"),
  "Marketing continuing after two unsubscribes is unexpected use of her data and she wants it stopped: implicit "
  "personal-data complaint; stop the marketing = objection.")

S("pexa", "i", "Re: Your application - Graduate Analyst Scheme",
  "I did the online numerical test on Monday evening and the rejection email arrived at 11:52pm, about ten minutes "
  "after I finished, so I'm guessing no one actually looked at it. I'm not trying to argue with the result. "
  "[[automated_decision|But I would like a person on the recruitment team to look over my application properly, "
  "not just the test score.]] [[informed|Could you also tell me what information from my application the system "
  "used to make the decision?]]\n\nThanks for your time.",
  L(r="automated_decision,informed"),
  "He says he is not disputing the result, so no complaint; a person to review an automatic rejection = "
  "automated_decision, what data the system used = informed.",
  quote=("PEXA Early Careers", "Mon 12 May 2025",
         "Thank you for completing the assessment. Unfortunately your results did not meet the threshold "
         "required to progress to the next stage."))

S("pexa", "i", "how did you get my email",
  "Had an email from PEXA this morning saying 'your settlement has been completed'. I'm selling my flat so I suppose "
  "it's about that, but I have never given you my email address. [[informed|Where did you get it from and what "
  "else are you doing with it?]] Not accusing anyone, just want to understand.",
  L(r="informed"),
  "A puzzled, explicitly non-accusing question about the source and use of her email address: informed, no "
  "complaint.")

S("pexa", "i", "Completion day disaster - 22 Ferndale Road",
  "Our purchase was supposed to complete on Friday. Our solicitor says the funds from Thames Valley Mortgages "
  "couldn't be released because 'the PEXA workspace was unavailable' for most of the afternoon, and Thames Valley "
  "then said it was too late to send that day. We had a removal lorry full of our furniture sat outside and had "
  "to pay the removal firm and a hotel for the weekend.\n\nI want to understand exactly what happened. "
  "[[access|Please send me a copy of everything in the workspace and your system logs that has my name or my "
  "wife's name on it, including the messages between the lender and our solicitor.]]",
  L(c=True, r="access", cat="platform_defect", firm="tvm"),
  "A buyer's complaint about a late completion blaming the outage and the lender goes to the lender (rule 10, "
  "tvm), category from the outage; the copy of data naming them = access, personal_data false.")

S("pexa", "x", "who said you could email me",
  "we bought our house in may through Marsh & Penrose and now i keep getting 'new homeowner tips' emails from "
  "pexa. i never signed up for anything from you. [[erasure|delete my details]] and [[objection|stop sending me "
  "marketing]], i dont want it",
  L(c=True, pd=True, r="erasure,objection", cat="personal_data"),
  "Annoyed at marketing from PEXA he never signed up for (PEXA's own conduct, so no firm): personal-data "
  "complaint; delete my details = erasure, stop the marketing = objection.")

S("pexa", "i", "Account locked by your 'risk engine'",
  "I am a sole practitioner. I logged in from a hotel in Lisbon on Tuesday to check a workspace and my user account "
  "was suspended within minutes. The email says 'Your access has been restricted following an automated risk "
  "assessment.' I have three completions this week and I cannot sign anything.\n\nI have now spent two hours "
  "proving who I am to a chat window. [[automated_decision|I want a human being at PEXA to review this suspension "
  "today, not the automated system that made it.]]",
  L(c=True, r="automated_decision", cat="process"),
  "Blocked by an automatic security rule and wanting a remedy today: implicit complaint about the rule (process); "
  "a human to review the automated suspension = automated_decision; 'restricted' is PEXA's word, not a request.",
  org=("Tarn Conveyancing", "tarnconveyancing.co.uk", "Principal"))

S("pexa", "i", "Re: User profile details",
  "This is the third time I've asked. My name is spelt Siobhan, not Shivon, and the direct line on my profile is a "
  "number I haven't had since 2022, so other firms keep ringing a colleague's desk. Two emails to support have been "
  "passed 'to the relevant team' and nothing has changed. [[rectification|Please just correct the spelling of my "
  "name and replace the old phone number with 0300 123 4477.]]",
  L(c=True, pd=True, r="rectification", cat="personal_data"),
  "Inaccurate profile data left uncorrected after repeated requests: implicit personal-data complaint; correcting "
  "name and number = rectification.",
  name="Siobhan Gallagher", org=("Kestrel Building Society", "kestrelbs.co.uk", "Completions Officer"),
  quote=("PEXA Support", "9 June 2025",
         "Thanks for getting in touch. I have passed your request to the relevant team.\n\nKind regards\n"
         "PEXA Support"))

S("pexa", "i", "Strangers ringing my personal mobile",
  "I left Marsh & Penrose in June. Before I went I was the named contact on a number of their workspaces, and my "
  "personal mobile was on my user profile because the firm never gave me a work phone. Since leaving I've had "
  "calls from buyers and estate agents asking about completions I have nothing to do with any more, one at 9pm on "
  "a Sunday.\n\n[[restriction|Until Marsh & Penrose tell you who is taking over those files, please stop showing "
  "my mobile number to anyone on the platform.]] I'd appreciate a reply confirming it's been done.",
  L(c=True, pd=True, r="restriction", cat="personal_data"),
  "Her number still displayed after she left causes unwanted calls and she wants a fix: personal-data complaint "
  "against PEXA's display; stop showing it until the firm confirms = restriction.")

S("pexa", "i", "question about my informations",
  "I am buying apartment in Reading with my husband, our solicitor is using your system. He say all our documents "
  "and passport are in your system now. [[informed|Please can you explain me what you are doing with my "
  "informations, to who you give them and how long you keep it?]] In my country we give permission for this, "
  "here nobody ask me.\n\nThank you very much",
  L(r="informed"),
  "Non-native buyer asking what is done with her data, who gets it and how long it is kept: informed; a question, "
  "not a complaint.")

S("pexa", "f", "Request for my father's information - Mr Geoffrey Ainsworth",
  "I hold a registered Lasting Power of Attorney for property and financial affairs for my father, Geoffrey "
  "Ainsworth, who sold his bungalow at 3 Moor View, Ilkley in April. Dad now lives in a care home and I deal with "
  "his affairs.\n\nHis conveyancer used PEXA for the sale. [[access|Please send me a copy of the personal "
  "information you hold about my father in connection with that sale.]] A copy of the LPA and my ID are "
  "attached.\n\nThank you for your help.",
  L(r="access", tp=True),
  "An attorney asking for a copy of her father's data: access on his behalf, so third_party; no dissatisfaction.")

S("pexa", "i", "Moving my ID check to a new conveyancer",
  "I was buying a flat with Orchard Lane Solicitors and did the identity check and source-of-funds upload through "
  "PEXA in September. The chain collapsed and I'm now buying somewhere else with a different firm. "
  "[[portability|Can you give me the data from my ID check and the documents I uploaded in a file the new firm's "
  "system can read, so I don't have to do it all again from scratch?]]\n\nHappy to answer any security questions.",
  L(r="portability"),
  "His own uploaded data in a file another firm's system can take = portability; a neutral request, OLS only "
  "background.")

S("pexa", "i", "Your sales team knows too much",
  "I looked at your pricing page a few times last week out of curiosity. Today a salesperson rang my mobile and "
  "said 'I can see you've been comparing the per-transaction fees', which frankly gave me the creeps. I never "
  "filled in a form.\n\n[[objection|I object to you tracking my visits and building a profile of me for sales "
  "purposes, and I want it stopped.]] [[access|Please also send me a copy of everything you have logged about "
  "me.]] [[informed|And tell me how you got my mobile number.]]",
  L(c=True, pd=True, r="objection,access,informed", cat="personal_data"),
  "Unexpected tracking and a cold call: implicit personal-data complaint; objecting to sales profiling = "
  "objection, a copy of the log = access, how the number was obtained = informed.")

S("pexa", "x", "not me",
  "hi, i keep getting emails from your system about workspaces for a firm called Ashby Lettings, with peoples names "
  "and addresses in them. im not a conveyancer, someone must have typed my email wrong. just letting you know. "
  "[[erasure|pls take my email address off your system so i stop getting them]]",
  L(br=True, r="erasure"),
  "Other people's details reach the wrong person, so breach=true, but he only reports it: no complaint; removing "
  "his own address from the system = erasure.")

S("pexa", "i", "HR records - address and probation notes",
  "Sorry if this is the wrong inbox, the HR portal keeps timing out. Two things about my own employee file:\n\n"
  "[[rectification|1. I moved in July - please change my home address to 41 Clarendon Street, Leamington Spa "
  "CV32 5TH.]]\n[[access|2. Could I have a copy of the notes from my probation review meetings in March and "
  "May?]] My manager said they're on my file but I've never seen them.\n\nThanks",
  L(r="rectification,access"),
  "A staff member's own file: new address = rectification, copy of the review notes = access; a timing-out "
  "portal is an aside, not a complaint.",
  org=(PEXA_STAFF[0], PEXA_STAFF[1], "Settlements Support Analyst"))

S("pexa", "i", "Remortgage stuck - 'verification flag'",
  "My remortgage with Heathcote Bank was meant to complete on the 3rd. Heathcote now tell me the funds are held "
  "because a 'PEXA verification of funds flag' was raised against me and they can't override it. Nobody can tell "
  "me what the flag is or who decided it. My fixed rate has ended and I'm now paying the standard variable rate, "
  "about £310 a month more.\n\n[[automated_decision|If this flag was generated automatically, I want a person to "
  "look at my case and make the decision.]] [[informed|I also want to know what information about me was used to "
  "raise it and where it came from.]]",
  L(c=True, r="automated_decision,informed", cat="process", firm="hcb"),
  "A borrower's complaint about a held remortgage goes to her lender even though it blames the platform (rule 10, "
  "hcb); human review of the flag = automated_decision, what data and its source = informed.")

S("pexa", "f", "Subject access request on behalf of Mrs Fiona MacLeod",
  "We act for Mrs Fiona MacLeod of 12 Warrender Park Terrace, Edinburgh, in connection with a dispute with her "
  "former conveyancing firm about the sale of her property in 2024. Her signed authority is enclosed.\n\n"
  "[[access|Under Article 15 of the UK GDPR we request, on our client's behalf, a copy of all personal data "
  "relating to her that PEXA holds, including the workspace audit trail, any messages naming her and any identity "
  "verification records.]]\n\nPlease send the response to this office by email. We look forward to hearing from "
  "you within one month.",
  L(r="access", tp=True),
  "A solicitor's formal Article 15 request for a client: access, third_party; the dispute is with another firm and "
  "no grievance is raised with PEXA.",
  org=(GFL[0], GFL[1], "Associate Solicitor"))

S("pexa", "i", "Spelling of my name",
  "We completed on 9 Oak Tree Drive last week (our solicitors were Marsh & Penrose). On the completion documents "
  "that came from the workspace my first name is spelt Mohammed. It is Muhammad, as on my passport. My solicitor "
  "says the details on the platform came from the lender. [[rectification|Could you correct the spelling of my "
  "name in your records so it's right if anything else is generated?]]\n\nThank you",
  L(r="rectification"),
  "A polite request to correct his misspelt name = rectification; no dissatisfaction expressed, so no complaint.",
  name="Muhammad Iqbal")

S("pexa", "i", "Complaint - still getting OLS client notifications",
  "I want to make a complaint. I left Orchard Lane Solicitors in 2023 and my PEXA account should have been closed "
  "then. I'm still getting workspace notifications at my personal email address with buyers' names, property "
  "addresses and completion amounts on them, the most recent yesterday. These are people I have never met and I "
  "shouldn't be seeing any of this.\n\n[[erasure|Close my account and delete my details from your system.]] I also "
  "think you need to look at why this has been happening for two years.",
  L(c=True, ex=True, pd=True, br=True, r="erasure", cat="personal_data"),
  "Explicit complaint that clients' data keeps reaching her after she left (breach, personal_data); close and "
  "delete her details = erasure; OLS is only her former employer.")

S("pexa", "i", "My CV - talent pool",
  "Thanks for letting me know about the paralegal support role. I saw in your email that you'd like to keep my CV "
  "in your 'talent pool' and may share it with recruitment partners. [[objection|I'm not comfortable with that, "
  "so please don't use my details for other roles or pass them to any agencies.]] You're welcome to keep them for "
  "this application if you need to.",
  L(r="objection"),
  "Declining a further use of her CV (talent pool, agencies) while allowing the original one = objection; calm, "
  "so no complaint.")

S("pexa", "f", "Invoice PX-INV-20931 - settlement fee charged twice",
  "Our March invoice charges the settlement fee twice on four workspaces (references in the attached sheet). This "
  "is the second month running, and last month's credit note took five weeks to arrive. Please issue a credit "
  "note and explain what has gone wrong with your billing.\n\nOn a separate, personal note: I noticed this week "
  "that my own mobile number is listed under 'key contacts' for our firm on your billing portal, and I don't "
  "remember giving it to PEXA. [[informed|Could someone tell me where that number came from and who at PEXA and at "
  "other firms can see it?]]",
  L(c=True, r="informed", cat="fees_charges"),
  "A firm's implicit complaint about double billing (fees_charges); the neutral question about where her number "
  "came from and who sees it is informed but does not make it a personal-data complaint (rule 12).",
  org=(ASHDOWN[0], ASHDOWN[1], "Accounts Manager"))

S("pexa", "i", "Please don't share my new address",
  "My ex-husband and I are selling our house at 5 Willow Bank, Stafford, and both our conveyancers use PEXA. I have "
  "moved to a new address for my own safety and there is a non-molestation order in place. [[restriction|Please "
  "make sure my new address is not shown to anybody on the workspace, including him or his solicitor, and is only "
  "used if it is absolutely needed for the sale.]]\n\nMy conveyancer knows about this but I wanted to ask you "
  "directly as well.",
  L(r="restriction"),
  "Asking that her address be held back and used only where essential = restriction; nothing has gone wrong yet, "
  "so no complaint.")

S("pexa", "i", "Workforce tool - performance flag",
  "I'm raising this here because my manager told me to 'take it up with the data people'. The new workforce tool "
  "has put me on the 'low productivity' list for October based on handle times. It doesn't know I was running "
  "new-starter training for two weeks, which takes me off the phones. That list decides who goes on an "
  "improvement plan.\n\n[[automated_decision|I'd like a manager to review my figures and make that decision, "
  "rather than the tool deciding on its own.]] I don't think it's fair to be judged by an algorithm that doesn't "
  "know what I was doing.",
  L(c=True, r="automated_decision", cat="process"),
  "An employee unhappy with an automated performance flag and wanting a human decision: implicit complaint about "
  "the process; automated_decision; own employer, so not third_party.",
  org=(PEXA_STAFF[0], PEXA_STAFF[1], "Customer Support Agent"))

S("pexa", "s", "[[restriction|Pls don't use my old address on the 14 Crane St workspace until my solicitor "
  "confirms the new one]]", "",
  L(r="restriction"),
  "Subject-only request not to use her old address until the new one is confirmed = restriction; no grievance.")

S("pexa", "i", "Leaving on Friday - my records",
  "It's my last week at PEXA, so before my laptop goes back, two things. [[portability|Can I have my training "
  "record and course certificates as a spreadsheet or JSON file, so I can import them into the learning system at "
  "my new job?]] [[erasure|And once I've left, please take my photo and bio off the intranet and the 'meet the "
  "team' page on the website.]]\n\nThanks for everything, it's been a good three years.",
  L(r="portability,erasure"),
  "A leaver's own training data in a machine-readable file for another system = portability; removing her photo "
  "and bio = erasure; friendly, no complaint.",
  org=(PEXA_STAFF[0], PEXA_STAFF[1], "Onboarding Specialist"))

S("pexa", "x", "marketing emails",
  "[[objection|Please stop sending me marketing and 'product update' newsletters.]] I still need the workspace "
  "notifications, just not the sales stuff. Thanks",
  L(r="objection"),
  "A short opt-out from marketing while keeping service mail = objection; no dissatisfaction.",
  org=("Brindley Conveyancing", "brindleyconveyancing.co.uk", "Paralegal"))

# =============================================================================================== PEXA: look-alikes
S("pexa", "i", "Delete workspace created in error",
  "I created a workspace this morning for a remortgage (ref WS-448120) and then realised the case had already been "
  "set up by our colleagues in the Leeds office. Could you delete the duplicate, or tell me how to do it myself? I "
  "can't see the option anywhere.",
  L(),
  "Deleting a duplicate workspace is a service request about a transaction, not erasure of the writer's data; "
  "no complaint.",
  org=("Kestrel Building Society", "kestrelbs.co.uk", "Mortgage Completions"))

S("pexa", "i", "Access to the reporting dashboard",
  "Could two of our paralegals, Amy Fletcher and Jordan Pike, be given access to the monthly reporting dashboard? "
  "At the moment they only see their own workspaces. Also, is there a way to download a copy of our firm's "
  "transaction report as an Excel file? We'd like to track completions per fee earner.",
  L(),
  "'Access' to a dashboard and a copy of the firm's transaction report in Excel are platform requests about firm "
  "data, not access or portability of the writer's personal data.",
  org=("Marsh & Penrose Conveyancing", "marshpenrose.co.uk", "Practice Manager"))

S("pexa", "i", "Orchard Lane won't give me my file",
  "I'm not sure who else to ask. I used Orchard Lane Solicitors for my sale in the spring and there was a "
  "disagreement about their fees. On 2 July I asked them in writing for a copy of all the personal data they hold "
  "about me and my file. It is now three months later and they have ignored two reminders.\n\nI know they use your "
  "platform for their completions. Please can you get them to respond, or tell me who can make them? This is "
  "ridiculous.",
  L(c=True, pd=True, cat="personal_data", firm="ols"),
  "A consumer's complaint purely about OLS ignoring her access request (forward to ols; a badly handled rights "
  "request = personal_data); she asks PEXA for no right itself, so rights=[].")

S("pexa", "i", "Completion date entered wrongly",
  "I set up the workspace for 27 Marchmont Road (WS-551902) with a completion date of 14 November by mistake. We "
  "agreed 21 November with the other side, and the buyer's lender has objected to the earlier date. The field is "
  "now locked on my screen. Could you correct it, or tell me how I can?",
  L(),
  "Correcting a completion date the user mistyped is transaction data, not rectification of personal data; "
  "'objected' is the lender's; no grievance.",
  org=(GFL[0], GFL[1], "Solicitor"))

S("pexa", "i", "Application timeline - Onboarding Specialist",
  "I had my second interview for the Onboarding Specialist role on Tuesday. Do you know roughly when a decision "
  "will be made? I have another offer with a deadline of next Friday and would really prefer to join PEXA, so it "
  "would help to know.",
  L(),
  "A job applicant asking when a decision will be made: a neutral question, no automated decision or other right "
  "is requested.")

S("pexa", "f", "Supplier due diligence - data processing",
  "As part of our annual supplier review, please could you send us your current data processing agreement, "
  "confirmation of where our customers' personal data is hosted, and a summary of your most recent penetration "
  "test. We also need the name of your Data Protection Officer for our register. We'd be grateful for these by "
  "the end of the month.",
  L(),
  "A lender's due-diligence request about its customers' data in PEXA's hands: a firm-to-supplier question, not a "
  "data subject asking about their own data, so rights=[].",
  org=("Thames Valley Mortgages", "tvmortgages.co.uk", "Data Protection Officer"))

S("pexa", "i", "Data protection module in the Academy is out of date",
  "The data protection module in PEXA Academy still talks about 'the Data Protection Act 1998' and explains the "
  "right to erasure and rectification using EU guidance from 2018. We use it for new starters' induction and had "
  "to hand out a correction sheet this week. Please can someone update it? It's not a great look for a platform "
  "that handles this much client data.",
  L(c=True, cat="training"),
  "Dissatisfaction with outdated training content and a fix requested: implicit complaint, training; the rights "
  "are only the module's topic.",
  org=("Brindley Conveyancing", "brindleyconveyancing.co.uk", "Compliance Officer"))

S("pexa", "x", "is this safe??",
  "my conveyancer wants me to upload my passport and bank statements through a link that says PEXA. is that "
  "secure? I've had scam emails before and want to check this is really you before I send anything",
  L(),
  "A security check before uploading documents: no question about the source, purpose or basis of processing "
  "and no other right, so rights=[]; no complaint.")

S("pexa", "i", "Team mailing list and system permissions",
  "I moved from the London settlements team to Customer Onboarding two weeks ago, but I'm still on the "
  "settlements-team distribution list and the rota chat. Can someone take me off? Also, could my system access be "
  "restricted to the onboarding tools only? I don't think I should still be able to see settlement workspaces.",
  L(),
  "Internal distribution lists and narrowing system permissions are admin, not objection or restriction of "
  "processing of his data.",
  org=(PEXA_STAFF[0], PEXA_STAFF[1], "Onboarding Coordinator"))

S("pexa", "f", "URGENT - client documents uploaded to the wrong workspace",
  "This afternoon I uploaded a client's passport and bank statement to workspace WS-603318 instead of WS-603381. "
  "The wrong workspace belongs to another firm's transaction, so their conveyancer may have seen them. Please "
  "delete the two documents from WS-603318 as soon as possible and confirm whether anyone opened them. We are "
  "recording this in our own breach log.",
  L(br=True),
  "A firm reporting its own misdirected upload: breach=true, but removing documents is the controller's request, "
  "not the data subject's erasure right; no complaint.",
  org=(ASHDOWN[0], ASHDOWN[1], "Conveyancing Executive"))

# =============================================================================================== Conexus: rights
S("conexus", "x", "who gave u my number",
  "got a text from u today about a Pennant Mobile bill. never heard of u and i changed my number in march. "
  "[[informed|who gave u this number and why do u think ur allowed to use it??]] want an answer not a bot",
  L(c=True, pd=True, r="informed", cat="personal_data"),
  "Angry that an agency has a number he never gave it, demanding an answer: implicit personal-data complaint; "
  "source and basis = informed.")

S("conexus", "i", "Before I pay anything - ref CX-5510273",
  "I've had your letter saying I owe £1,146.20 to Sterling Credit. I don't remember the loan being that much and "
  "I'd like to see what you're going on before I agree to anything. [[access|What have you actually got on me?]] "
  "[[access|Please send me copies of everything - the letters, your notes on my account and any recordings of calls "
  "with me.]]\n\nEmail is fine.",
  L(r="access"),
  "Checking before paying, with no grievance: not a complaint; 'what have you got on me' and copies of letters, "
  "notes and recordings = access.")

S("conexus", "x", "paid off",
  "Hiya, final payment went through yesterday so the Northline account should be at zero now. [[erasure|Now it's "
  "done can you delete everything you've got on me please]], dont want to hear from you again lol. thx",
  L(r="erasure"),
  "A cheerful settled debtor asking for everything to be deleted = erasure; no complaint.")

S("conexus", "i", "Northline bill is wrong - please put everything on hold",
  "Your letter says I owe Northline Energy £684 for gas at 19 Halton Road. I moved out of Halton Road in November "
  "2023 and gave Northline a final meter reading; the bill is for the period after I left, when someone else was "
  "living there. I've raised a dispute with Northline and sent them my tenancy agreement.\n\n[[restriction|While "
  "Northline look into it, please don't do anything with my details - don't pass them to the credit reference "
  "agencies, don't sell the debt on and don't use them for anything except keeping the file open.]]",
  L(c=True, r="restriction", cat="debt_dispute", firm="nte"),
  "The bill itself is wrong, which only the creditor can fix (nte, debt_dispute); limiting use of his data to "
  "storage while it is disputed = restriction; personal_data false.")

S("conexus", "i", "Payment history as a spreadsheet?",
  "I'm paying £25 a month on my Lumen Water account (ref CX-2290418). My bank has a budgeting app that lets you "
  "import a CSV of past payments to track debts. [[portability|Could you email me my payment history with you as "
  "a CSV or Excel file so I can load it in?]] A PDF statement won't import, unfortunately.\n\nCheers",
  L(r="portability"),
  "His payment data as CSV/Excel to load into another app = portability; neutral.")

S("conexus", "f", "Use of my data for 'propensity' scoring",
  "I read in your privacy notice that you may use account data and information from credit reference agencies to "
  "create 'propensity to pay' scores that decide how and how often you contact customers. [[objection|I object to "
  "my personal data being used for this profiling.]] I am happy to continue my payment arrangement and to be "
  "contacted about the account in the normal way.\n\nPlease confirm you have recorded my objection.",
  L(r="objection"),
  "A calm objection to profiling with the arrangement unaffected: objection, no complaint.")

S("conexus", "i", "Payment offer rejected by your website",
  "I tried to set up a plan on your website for the Heathcote credit card debt. I put in my income and outgoings "
  "honestly and offered £30 a month, which is all I can afford on Universal Credit. The screen said 'We are unable "
  "to accept this offer' straight away and told me to call, but the phone queue was over an hour.\n\n"
  "[[automated_decision|Can a real person please look at my income and expenditure and decide, instead of the "
  "computer saying no?]] I want to pay this, but I can't pay what I haven't got.",
  L(c=True, r="automated_decision", cat="collection_conduct"),
  "An affordable offer refused by the website, with a remedy wanted: implicit complaint about how the debt is "
  "pursued; a person rather than the computer = automated_decision.")

S("conexus", "f", "Subject access request - client Mr Carl Whitlock, ref CX-7781043",
  "We are assisting Mr Carl Whitlock with his debts and enclose his signed letter of authority.\n\n[[access|Under "
  "Article 15 of the UK GDPR, please provide copies of all personal data you hold about our client, including "
  "account notes, correspondence, the information supplied to you by the creditor, and call recordings from "
  "January 2024 to date.]]\n\nPlease respond to this office within one calendar month. If you need anything "
  "further to verify our authority, let me know.",
  L(r="access", tp=True),
  "A money adviser's formal access request for a client: access, third_party, no complaint.",
  org=(FENWICK[0], FENWICK[1], "Money Adviser"))

S("conexus", "f", "Our client Ms Tamsin Rowe - Pennant Mobile account ref CX-6023355",
  "We act for Ms Tamsin Rowe. The Pennant Mobile contract you are collecting was opened in her name by a former "
  "partner using her details, without her knowledge; the matter has been reported to Action Fraud (reference "
  "enclosed) and to Pennant Mobile.\n\nOn her behalf we ask that you:\n\n[[rectification|1. amend your records so "
  "that the account is no longer shown as Ms Rowe's liability;]]\n[[restriction|2. restrict processing of her "
  "data to storage only while Pennant Mobile investigate; and]]\n[[informed|3. tell us where you obtained her "
  "current address and date of birth, and on what lawful basis you are using them.]]\n\nWe look forward to your "
  "written confirmation.",
  L(r="rectification,restriction,informed", tp=True),
  "A solicitor's neutral instructions for a fraud victim, with no dissatisfaction expressed: not a complaint; "
  "amend the record = rectification, storage only = restriction, source and lawful basis = informed.",
  org=(ASHDOWN[0], ASHDOWN[1], "Solicitor"))

S("conexus", "x", "STOP TEXTING ME",
  "I PAID THE BEACON LOAN OFF IN 2022. WHY AM I GETTING TEXTS FROM YOU ABOUT 'EXCLUSIVE OFFERS' ON CONSOLIDATION "
  "LOANS. [[objection|I DO NOT WANT YOUR MARKETING.]] [[erasure|DELETE MY NUMBER AND EVERYTHING ELSE YOU HAVE ON "
  "ME.]]",
  L(c=True, pd=True, r="objection,erasure", cat="personal_data"),
  "Marketing texts after the debt was paid, in anger: implicit personal-data complaint (unexpected use); refusing "
  "marketing = objection, delete everything = erasure.")

S("conexus", "i", "my job details is old",
  "I speak with your colleague on phone last week for make payment plan. She say you have my employer as Fresh "
  "Valley Foods, but I am not working there from January, now I work part time in a care home and my salary is "
  "less. I will send new payslips when I receive them end of month. [[restriction|Until you have the new payslips "
  "please do not use the old job information for decide how much I can pay.]]\n\nThank you, sorry for my English",
  L(r="restriction"),
  "Non-native debtor asking that outdated employment data not be used until new payslips arrive = restriction; "
  "no grievance.")

S("conexus", "i", "Switching to a debt management plan",
  "I've signed up for a debt management plan with Clearpath DMP, who will be paying you from next month. They've "
  "asked me for the details of each debt. I rang twice last week to ask for a file I could upload and both times "
  "was told you 'don't do that' and can only post statements, which isn't good enough. [[portability|Can you send "
  "me my account details and transaction history in a CSV or similar file that I can upload straight into their "
  "client portal?]] Their portal won't take scanned letters.",
  L(c=True, pd=True, r="portability", cat="personal_data"),
  "Two refusals on the phone of his data request leave him dissatisfied (a rights request badly handled, "
  "personal_data); his data as a file to upload to another provider's portal = portability.")

S("conexus", "i", "'Field visit' letter - I'm not happy",
  "Your letter of 4 March says my account 'has been identified for a field visit following an analysis of your "
  "account data'. I've paid something every month bar two since 2023 and I've told you I'm a single parent working "
  "nights. I don't want someone turning up on my doorstep while my kids are home.\n\n[[objection|I object to you "
  "using my data to profile me for doorstep collection.]] [[automated_decision|If a computer has decided I should "
  "get a visit, I want a person to look at my account and make that decision properly.]]",
  L(c=True, r="objection,automated_decision", cat="collection_conduct"),
  "Unhappy at being selected for a doorstep visit: implicit complaint about collection conduct; objecting to the "
  "profiling = objection, a person to decide = automated_decision.")

S("conexus", "i", "Lumen Water - bill based on the wrong meter",
  "I've had three letters from you about £912 for Lumen Water. Lumen have been billing me on estimated readings for "
  "a meter that isn't even mine - the serial number on the bill belongs to the flat downstairs. I've rung Lumen "
  "four times and each time they say they'll send an engineer and nobody comes. I'm not paying for next door's "
  "water.\n\nAlso, while I'm writing: [[access|please send me copies of all the notes you've made on my account "
  "and anything Lumen have sent you about me.]] I want to see what they've told you.",
  L(c=True, r="access", cat="debt_dispute", firm="lwt"),
  "The creditor's wrong billing is the root cause (lwt, debt_dispute); the copy of notes and creditor data from "
  "Conexus = access, asked alongside, so personal_data false.")

S("conexus", "i", "I not know your company",
  "Good day. I receive a letter from you last week at my home, with my full name, saying I have a debt with "
  "Westbury Council. I not know your company before. [[informed|From where you have my address and what you do "
  "with my data?]] I want understand this before I call you.",
  L(r="informed"),
  "A non-native writer asking where her address came from and what it is used for = informed; a question, not a "
  "complaint.")

S("conexus", "i", "Stop ringing me about my husband's account",
  "My husband has an account with you for a Sterling Credit loan. I have nothing to do with it. For the last "
  "fortnight your agents have been ringing my mobile, sometimes twice a day, asking me to 'pass a message on'. I "
  "have no idea how you got my number. He is perfectly capable of answering his own phone.\n\n[[erasure|Remove my "
  "number from his file and from your system altogether.]]",
  L(c=True, pd=True, r="erasure", cat="collection_conduct"),
  "Repeated calls to a non-debtor are collection conduct, with her number obtained unexpectedly (personal_data); "
  "removing her own number = erasure; she writes for herself.")

S("conexus", "s", "[[portability|can u email my payment history as a csv so i can put it in my budgeting app]], "
  "ref CX-4471920", "",
  L(r="portability"),
  "Subject-only: his payment history as CSV to load into an app = portability.")

S("conexus", "f", "Account ref CX-3092716 - agreement and use of my data",
  "I have received your notice about an alleged Sterling Credit loan. Today I have written to Sterling Credit under "
  "section 78 of the Consumer Credit Act asking for a copy of the signed agreement, as I have no record of it.\n\n"
  "[[restriction|Until that has been provided, please restrict the use of my personal data to storing it, and do "
  "not share it with any third party, including credit reference agencies.]]\n\nI will contact you again once I "
  "hear from Sterling Credit.",
  L(r="restriction"),
  "Storage-only while the agreement is requested from the creditor = restriction; the CCA request goes to Sterling, "
  "not Conexus, and no dissatisfaction is expressed.")

S("conexus", "i", "Client Ms J Pearce - CX-8810462 - transaction data",
  "I'm helping Ms Jade Pearce put together a debt relief order application and need a full history of payments on "
  "her Northline account. Her authority is attached. [[portability|Please could you send our client's transaction "
  "history as a CSV file that we can import straight into our case management software?]] Printed statements mean "
  "a lot of retyping for our volunteers.\n\nMany thanks",
  L(r="portability", tp=True),
  "An adviser asking for a client's data as CSV to import into their system = portability, third_party.",
  org=(CALDER[0], CALDER[1], "Debt Adviser"))

S("conexus", "i", "Court action? I'm paying!",
  "I've just opened a letter saying my account has been 'selected by our system for litigation review'. I've paid "
  "£10 every month since 2022 under the plan your colleague agreed, and I've got the bank statements to prove it. "
  "Now I'm being threatened with court.\n\n[[automated_decision|If a computer decided this, I want an actual "
  "person to look at my account and decide.]] I've been up all night worrying about it.",
  L(c=True, r="automated_decision", cat="collection_conduct"),
  "Threatened with court despite paying: implicit complaint about how the debt is pursued; a person instead of the "
  "system = automated_decision.")

S("conexus", "i", "Loan offer straight after your letter?",
  "Two days after your letter about my Pennant Mobile balance I got a letter from 'Harbour Loans' saying they "
  "understood I was 'working with a collection agency' and offering me a consolidation loan. Nobody else knows "
  "about this debt. [[informed|Did you give them my details, and if so what gives you the right to?]] "
  "[[objection|I object to my details being passed on to anyone for marketing.]]",
  L(c=True, pd=True, r="informed,objection", cat="personal_data"),
  "Suspected sharing with a lender for marketing (unexpected use, personal_data; not shown to be a breach); who got "
  "the data and on what basis = informed, no marketing sharing = objection.")

S("conexus", "i", "Complaint - your notes say I have a gambling problem",
  "I want to complain about what your agent has written on my account. When I rang on 12 February to set up a "
  "plan I mentioned I spend a lot on my allotment. Your letter since then says you 'understand I may be "
  "experiencing difficulties with gambling' and includes a GamCare leaflet. I have never gambled. My partner "
  "opened that letter and we had a very uncomfortable evening.\n\n[[rectification|I want the note corrected so it "
  "says nothing about gambling.]] [[access|I also want a copy of all the notes and the call recording from 12 "
  "February so I can see exactly what was recorded.]]",
  L(c=True, ex=True, pd=True, r="rectification,access", cat="personal_data"),
  "Explicit complaint about an inaccurate note on his record (personal_data, no disclosure to a wrong person); "
  "correct the note = rectification, copy of notes and recording = access.",
  quote=("Conexus Customer Services", "20 February 2025",
         "We have noted the information you gave us and enclose details of organisations that offer free "
         "support.\n\nConexus Customer Services"))

S("conexus", "i", "Video interview - trainee collections agent",
  "I applied for the trainee collections agent job and did the recorded video interview on your recruitment site. "
  "I got an email 20 minutes later saying I hadn't met the threshold. A friend who works in HR says these platforms "
  "use software to score your face and voice. That doesn't feel fair when I've got a stammer.\n\n"
  "[[automated_decision|I'd like a person to watch my interview and make the decision.]] [[access|Please can I "
  "also have a copy of the scores and any notes about me from the assessment?]]",
  L(c=True, r="automated_decision,access", cat="process"),
  "A rejected applicant who finds the automated scoring unfair and wants it reviewed: implicit complaint about the "
  "recruitment process; human decision = automated_decision, copy of scores and notes = access.")

S("conexus", "i", "You sent my letter to my ex's house",
  "I moved out of 8 Kingfisher Court in January after my relationship broke down, and I updated my address with "
  "you by phone on 15 January. Your letter of 2 March about my Heathcote overdraft still went to Kingfisher Court "
  "and my ex opened it. He now knows how much I owe and is using it against me.\n\n[[rectification|My address is "
  "22 Garth Road, Bangor LL57 2RT - put it on the account properly this time.]] [[restriction|And do not use the "
  "Kingfisher Court address for anything at all, not even while you're 'updating the system'.]]",
  L(c=True, pd=True, br=True, r="rectification,restriction", cat="personal_data"),
  "Debt details disclosed to her ex after she gave a new address: breach and personal-data complaint; the correct "
  "address = rectification, never use the old one = restriction.")

S("conexus", "i", "Dad's hardship request - instantly declined",
  "I'm writing for my father, Mr Raymond Adeyemi (account CX-9204418), with his permission - he's asked me to help "
  "because his eyesight is poor. On Sunday I helped him apply through your website for a three-month payment "
  "holiday after his stay in hospital. It was declined within seconds with no reason given.\n\n"
  "[[automated_decision|We'd like someone at Conexus, an actual person, to review the application and his "
  "circumstances.]] He has letters from the hospital we can send.",
  L(c=True, r="automated_decision", tp=True, cat="collection_conduct"),
  "A daughter for her unwell father (third_party): an unexplained instant refusal of hardship help is collection "
  "conduct; a person to review = automated_decision.")

S("conexus", "i", "Statute barred - stop processing my data",
  "Your letter is about a Northline Energy account from 2015. I have not made a payment or acknowledged this debt in "
  "over six years, so it is statute barred and I will not be paying it. [[objection|I do not consent to you "
  "processing my personal data any further and I object to you continuing to use it to pursue me.]]",
  L(c=True, r="objection", cat="debt_dispute"),
  "Disputing that a statute-barred debt is owed is a debt_dispute complaint against Conexus's pursuit (null, not "
  "the creditor's bill); objecting to further processing = objection.")

S("conexus", "f", "Data portability request - account CX-1187365",
  "[[portability|Under Article 20 of the UK GDPR, I request that you provide the personal data I have supplied to "
  "you in connection with the above account (contact details, income and expenditure statements and payment "
  "records) in a structured, commonly used and machine-readable format, such as CSV.]] I intend to pass this to my "
  "debt management provider.\n\nPlease send it to this email address.",
  L(r="portability"),
  "A formal Article 20 request for machine-readable data = portability; no complaint.")

S("conexus", "x", "Re: Settlement offer",
  "you've got my email as dean.harlow@gmial.com which is why i never got the offer you say you sent. "
  "[[rectification|can you change it to this one]] thanks",
  L(r="rectification"),
  "Fixing his mistyped email address = rectification; explaining the missed offer without a grievance or "
  "remedy, so no complaint.",
  name="Dean Harlow", addr="dean.harlow@gmail.com",
  quote=("Conexus Collections", "14 April 2025",
         "We have not received a response to our settlement offer emailed to you on 3 April. Please contact us "
         "to discuss your account."))

S("conexus", "i", "Your agent turned up at my work",
  "On Thursday a man from Conexus came to the reception at the warehouse where I work and asked for me by name, in "
  "front of two colleagues. I have never told you or Beacon Home Finance where I work. I've been paying my "
  "plan.\n\n[[informed|I want to know how you found out where I work and who told you.]] [[access|Send me a copy of "
  "everything you hold about me, including whatever says where I work.]]",
  L(c=True, pd=True, r="informed,access", cat="collection_conduct"),
  "A workplace visit is collection conduct, with his employer details obtained unexpectedly (personal_data; no "
  "disclosure described); how they found out = informed, a copy of everything = access.")

S("conexus", "i", "Letters to my 17 year old son about his father's debt",
  "My son is 17. This week he received a letter from you, addressed to him by name, about his father's Pennant "
  "Mobile debt. His father and I separated years ago and my son does not live with him. The letter gave the amount "
  "owed and his father's name. My son was very upset.\n\nHe is a child and has nothing to do with this debt. "
  "[[erasure|Delete his name and details from your records.]] I also want an explanation and an apology.",
  L(c=True, pd=True, br=True, r="erasure", tp=True, cat="personal_data"),
  "A mother writing for her son (third_party): debt details sent to the wrong person (breach, personal_data); "
  "delete his details = erasure.")

# =============================================================================================== Conexus: look-alikes
S("conexus", "i", "£65 charge added to my balance",
  "Your latest statement shows a £65 'administration charge' added to my balance on 3 June. Nobody told me about "
  "this charge and it isn't in the original agreement with Beacon. I object to it and want it taken off.",
  L(c=True, cat="fees_charges"),
  "'I object' disputes a fee the agency added, not the processing of his data: fees_charges complaint, rights=[].")

S("conexus", "f", "Request for copy of credit agreement",
  "Please send me a copy of the original credit agreement for the Sterling Credit loan you say I owe, along with a "
  "statement of account showing how the balance of £2,310 is made up. I am asking for these under sections 77 to "
  "79 of the Consumer Credit Act 1974, and I will not make any payment until I have seen them.",
  L(),
  "A copy of the credit agreement and statement under the CCA is a debt-documentation request, not a copy of "
  "personal data under GDPR; neutral, so no complaint.")

S("conexus", "x", "cant log in",
  "been trying to get access to my account online since sunday, keeps saying password incorrect even after a "
  "reset. can you unlock it or send me a new link? need to make a payment before friday",
  L(),
  "'Access to my account online' is portal login help, not the right of access; a service request.")

S("conexus", "i", "Change of payment date",
  "My wages have moved to the 28th, so could you update my payment plan so the money comes out on the 29th instead "
  "of the 15th? Same amount, £40 a month. Thank you.",
  L(),
  "Updating a payment plan date is an account change, not rectification of inaccurate data.")

S("conexus", "i", "Re: Your complaint CX-C-20418",
  "That was nine weeks ago. I still haven't had a decision on my complaint about the agent who shouted at me. When "
  "will I get one?",
  L(c=True, ex=True, cat="delay"),
  "A chaser past eight weeks about 'my complaint' is an explicit delay complaint; 'decision' means the complaint "
  "outcome, not an automated decision.",
  quote=("Conexus Complaints", "3 March 2025",
         "Thank you for your email. We have received your complaint and will respond within 8 weeks."))

S("conexus", "i", "Letters for a previous occupant",
  "We keep getting letters from you addressed to a Mr P Gorski at this address (Flat 2, 61 Station Road, Crewe). "
  "We bought the flat in 2021 and don't know him or where he has gone. We haven't opened them. Could you update "
  "your records so they stop coming here? We've written 'not known at this address' on the last two and put them "
  "back in the post.",
  L(),
  "Asking to update someone else's record is not the writer's own right, and they do not act for him; unopened "
  "letters, so no breach described.")

S("conexus", "f", "Duplicate placement - please remove accounts",
  "Yesterday's placement file (LW-PL-0912) included 14 accounts that we had already placed with you in August. "
  "Please delete the duplicates from the new batch so the customers aren't contacted twice; the account numbers "
  "are attached. Can you confirm once done?",
  L(),
  "A creditor client asking to remove duplicate placements is account administration, not a data subject's "
  "erasure request.",
  org=("Lumen Water", "lumenwater.co.uk", "Collections Partner Manager"))

S("conexus", "x", "balance?",
  "hi did my payment of £50 on friday go through? whats the balance now. ref CX-6634021 ta",
  L(),
  "A routine balance question, not a request for a copy of personal data.")

S("conexus", "i", "I dispute this debt",
  "I object to this debt entirely. The Pennant Mobile contract was cancelled within the 14-day cooling-off period in "
  "2021 and I returned the handset by recorded delivery; I have the receipt. Please stop chasing me and take this "
  "up with Pennant.",
  L(c=True, cat="debt_dispute", firm="pmt"),
  "The creditor failed to process a cancellation (pmt, debt_dispute); 'object to this debt' and 'stop chasing me' "
  "are a dispute and a conduct remedy, not objection.")

S("conexus", "i", "Stop ringing my office",
  "I've asked three times now for you not to call me at work. My manager has started asking questions. You can "
  "call my mobile after 6pm or email me. Please stop ringing the office.",
  L(c=True, cat="collection_conduct"),
  "Repeated calls at work after being asked to stop: implicit collection_conduct complaint; 'stop ringing' is a "
  "conduct remedy, not objection.")

# ---------------------------------------------------------------------------------------------------------------
FIRST = ["Aisha", "Ben", "Chloe", "Dev", "Emma", "Farah", "Gareth", "Hollie", "Imran", "Jess", "Kieran", "Lauren",
         "Marcus", "Niamh", "Oliver", "Pooja", "Rhys", "Sophie", "Tariq", "Una", "Vikram", "Wendy", "Yusuf", "Zoe",
         "Craig", "Bethan", "Kwame", "Agnieszka", "Liam", "Fatima", "Stuart", "Mei"]
LAST = ["Ahmed", "Bradshaw", "Collins", "Doherty", "Evans", "Fraser", "Gill", "Hughes", "Ibrahim", "Jones",
        "Kaur", "Lowe", "McBride", "Nowak", "Owusu", "Patel", "Quinn", "Rahman", "Shaw", "Thornton", "Walsh",
        "Young", "Pritchard", "Nkemelu", "Harper", "Mistry", "Kowalski", "Leach"]
MAILHOSTS = ["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.co.uk", "btinternet.com", "icloud.com"]
GREET = {"f": ["Dear Sir or Madam,", "Dear Data Protection Officer,", "To whom it may concern,", "Dear {firm},"],
         "i": ["Hi,", "Hello,", "Hi there,", "Good morning,", "Dear {firm} team,", ""],
         "x": ["", "", "hi,"]}
SIGN = {"f": ["Yours faithfully,\n{full}", "Kind regards,\n{full}", "Yours sincerely\n{full}"],
        "i": ["Thanks,\n{first}", "Many thanks\n{full}", "Regards\n{full}", "Cheers\n{first}", "{full}",
              "Best wishes,\n{first}"],
        "x": ["", "{first}", "{first_l}"]}
MOBILE = ["Sent from my iPhone", "Sent from Outlook for Android", "Sent from my Galaxy"]
DISCLAIMER = ("This email and any attachments are confidential and may contain personal data. If you have received "
              "it in error, please tell the sender and delete it. {org} accepts no liability for viruses.")
FIRM_NAME = {"pexa": "PEXA", "conexus": "Conexus"}


def parse_marks(text):
    """Strip [[right|sentence]] markers: (clean text, [(right, sentence)])."""
    return strip_marks(text, MARK), marks_of(text, MARK)


def typo_body(text, rng, protect, n):
    """Up to n letter-edit typos in words of 6+ letters outside the marked sentences (never 'complain*')."""
    left = [n]

    def pick(w):
        if left[0] <= 0 or len(w) < 6 or w.lower() in protect or "complain" in w.lower():
            return False
        if rng.random() < 0.12:
            left[0] -= 1
            return True
        return False
    return edit_words(text, rng, pick)


def sender(sc, rng):
    if sc["name"]:
        full = sc["name"]
    else:
        full = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    first, last = full.split()[0], full.split()[-1]
    local = re.sub(r"[^a-z.]", "", f"{first}.{last}".lower())
    if sc["addr"]:
        addr = sc["addr"]
    elif sc["org"]:
        addr = f"{local}@{sc['org'][1]}" if rng.random() < 0.5 else f"{first[0].lower()}{re.sub('[^a-z]', '', last.lower())}@{sc['org'][1]}"
    else:
        style = rng.randrange(3)
        base = local if style == 0 else (local.replace(".", "") + str(rng.randrange(11, 99)) if style == 1
                                         else f"{first[0].lower()}{re.sub('[^a-z]', '', last.lower())}")
        addr = f"{base}@{rng.choice(MAILHOSTS)}"
    return full, first, addr


def render(sc, k, rng):
    """Variant k of scenario sc: (record without id/source, env name)."""
    subject, smarks = parse_marks(sc["subject"])
    body, bmarks = parse_marks(sc["body"])
    full, first, addr = sender(sc, rng)
    env = []
    style = sc["style"]
    protect = {w.lower() for _, t in bmarks for w in re.findall(r"[A-Za-z]+", t)}
    if style != "s" and k >= 1 and rng.random() < 0.75:
        body = typo_body(body, rng, protect, 1 + rng.randrange(2))
        env.append("typo")
    text = ""
    if style != "s":
        greet = rng.choice(GREET[style]).format(firm=FIRM_NAME[sc["mb"]])
        sign = rng.choice(SIGN[style]).format(full=full, first=first, first_l=first.lower())
        if sc["org"]:
            sign = (sign + "\n" if sign else f"{full}\n") + f"{sc['org'][2]} | {sc['org'][0]}"
            if k == 2 or (k == 1 and rng.random() < 0.3):
                sign += "\n\n" + DISCLAIMER.format(org=sc["org"][0])
                env.append("disclaimer")
        elif style in "ix" and rng.random() < 0.3:
            sign = (sign + "\n\n" if sign else "") + rng.choice(MOBILE)
            env.append("mobile")
        text = "\n\n".join(p for p in (greet, body, sign) if p)
    quote = None
    if sc["quote"] and k != 1:
        who, date, qtext = sc["quote"]
        quote = f"On {date}, {who} wrote:\n" + quote_lines(qtext)
        env.append("quote")
    html = style not in "sx" and k >= 1 and rng.random() < 0.35
    if html:
        out = html_with_quote(text, quote)
        env.append("html")
    else:
        out = text + ("\n\n" + quote if quote else "")
    marks = [{"right": r, "text": t} for r, t in smarks]
    marks += [{"right": r, "text": escape_html(t) if html else t} for r, t in bmarks]
    rec = {"id": "", "mailbox": sc["mb"], "from": f"{full} <{addr}>", "subject": subject, "headers": {},
           "body": out, "html": html, "labels": sc["lab"], "note": sc["note"], "source": "",
           "request_sentences": marks}
    return rec, "+".join(env) or "plain"


def build(rng):
    records = []
    for i, sc in enumerate(SCENARIOS, 1):
        n = 2 if i % 4 == 0 else 3
        for k in range(n):
            rec, env = render(sc, k, rng)
            rec["source"] = f"rmb-s{i:03d}"
            rec["_env"] = env
            rec["train_labels"] = ["rights"]  # set before the check, still the last key once "_env" is dropped
            records.append(rec)
    return records


def main():
    return run_generator(build, SEED, "rmb", OUT, errors=marked_record_errors, train_labels=["rights", "complaint"], summary=lambda recs, env: (
        f"wrote {len(recs)} records from {len(SCENARIOS)} scenarios to {os.path.relpath(OUT, ROOT)}"))


if __name__ == "__main__":
    sys.exit(main())
