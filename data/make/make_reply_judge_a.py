#!/usr/bin/env python3
"""Judge set reply_judge_a: replies written UNDER or BETWEEN quoted lines (stdlib only).

60 scenarios (30 per mailbox), each rendered twice with different envelopes (sender, plain or Gmail-style HTML,
attribution date format, greeting and sign-off): 120 emails.

* Group B (28): bottom-posting: the reply sits below the whole quote (at most a greeting line above it).
* Group I (16): interleaved: the quoted mail asks several questions / makes several points and the sender answers
  under each one.
* Group T (16): controls: the same kinds of reply written above the quote (top-posting), or new mail with no quote.

Labels follow the labelling guide, decided by what the sender wrote wherever it sits; quoted mail is context only.
The checker's new_text() reads only the subject and the text above the first quote, so in groups B and I the
sender's own reply never contains "complain"; a sender who calls it a complaint does so in the subject line.

Usage: .venv/bin/python data/make/make_reply_judge_a.py  (writes data/trials/reply_judge_a.jsonl)
"""
import collections
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (escape_html, letter_edit, new_text, quote_lines, record_errors,  # noqa: E402
                           run_generator, short_labels)

SEED = 20271215
PREFIX = "rja"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "reply_judge_a.jsonl")

# ---------------------------------------------------------------------------------------------
# people and envelopes (all invented)

FIRST = {"M": ["Callum", "Tomasz", "Ravi", "Owen", "Kwame", "Declan", "Henry", "Marek", "Idris", "Stuart",
               "Graham", "Nikhil", "Patrick", "Ewan", "Femi", "Alistair", "Bilal", "Rory"],
         "F": ["Harriet", "Leanne", "Priyanka", "Siobhan", "Joanna", "Grace", "Nadia", "Megan", "Rosalind", "Aoife",
               "Yasmin", "Beverley", "Chloe", "Teresa", "Ngozi", "Fiona", "Halima", "Carys"]}
LAST = ["Ashworth", "Kerrigan", "Bhattacharya", "Mulholland", "Okonkwo", "Pemberton", "Szymanski", "Treharne",
        "Lindgren", "Doherty", "Caddick", "Hussain", "Fairbairn", "Ogunleye", "Marchetti", "Crowther", "Pillai",
        "Yeoman", "Gallacher", "Rountree", "Stavrou", "Eckersley", "Nwosu", "Brackley", "Tennant", "Mahoney"]
MAIL_HOSTS = ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "icloud.com",
              "sky.com", "virginmedia.com"]

SIGN_PERSON = ["{first}", "Thanks,\n{first}", "Regards,\n{full}", "{full}\n\nSent from my iPhone",
               "Many thanks\n{title} {last}", "Best wishes,\n{full}", "{first} {last}", "Thank you\n{full}"]
SIGN_STAFF = ["Kind regards,\n{full}\n{role}\n{org}", "Thanks,\n{first}\n\n{full} | {role} | {org}",
              "Regards\n\n{full}\n{role}, {org}", "Best,\n{first}", "Many thanks\n\n{full}\n{role}\n{org}"]
GREET = ["", "Hello,", "Hi,", "Dear Sir or Madam,", "Good morning,", "Hello there,"]
GREET_NAMED = ["Dear {qfirst},", "Hi {qfirst},", "Hello {qfirst},"]

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

# the receiving firms' own senders (short addresses keep Gmail's attribution line readable)
PX_CARE = ("PEXA Customer Care", "customercare@pexa.co.uk")
PX_SUPPORT = ("PEXA Support", "support@pexa.co.uk")
PX_ONB = ("PEXA Onboarding", "onboarding@pexa.co.uk")
PX_NOTIFY = ("PEXA Notifications", "notifications@pexa.co.uk")
PX_DP = ("PEXA Data Protection", "dataprotection@pexa.co.uk")
PX_TRAIN = ("PEXA Training", "training@pexa.co.uk")
PX_BILL = ("PEXA Billing", "billing@pexa.co.uk")
PX_PRODUCT = ("PEXA Product Team", "product@pexa.co.uk")
CX_CS = ("Conexus Customer Services", "service@conexus.co.uk")
CX_CR = ("Conexus Customer Relations", "relations@conexus.co.uk")
CX_COLL = ("Conexus Collections", "collections@conexus.co.uk")
CX_DP = ("Conexus Data Protection", "dataprotection@conexus.co.uk")
SELF = "self"  # a quoted message the sender wrote earlier


def Q(frm, date, subj, text, qfirst=None, older=None):
    """A quoted message: sender (name, addr) or SELF, date (y, m, d, h, min), subject, text (paragraphs split by a
    blank line; placeholders of the persona), first name of the person who signed it (for greetings), and an older
    message quoted inside it (another Q)."""
    return {"frm": frm, "date": date, "subj": subj, "text": text, "qfirst": qfirst, "older": older}


SCEN = []


def S(mb, grp, kind, who, q, lab, note, reply=None, answers=None, subj=None, wrap=False, auto=None):
    """One scenario. who: ("person",) | ("staff", org, domain, role) | ("adviser", org, domain, role).
    Group B/T: reply is the sender's text; group I: answers maps a quoted paragraph index to the answer under it."""
    SCEN.append({"mb": mb, "grp": grp, "kind": kind, "who": who, "q": q, "lab": lab, "note": note, "reply": reply,
                 "answers": answers, "subj": subj, "wrap": wrap, "auto": auto})


# ---------------------------------------------------------------------------------------------
# scenarios: PEXA, group B (bottom-posting)

S("pexa", "B", "platform_notice", ("staff", "Fennimore Clarke LLP", "fennimoreclarke.co.uk", "Head of Residential Completions"),
  Q(PX_NOTIFY, (2025, 3, 7, 16, 30), "Planned maintenance: Saturday 15 March 06:00-10:00",
    "Dear Participant,\n\nWe will carry out planned maintenance on the PEXA platform on Saturday 15 March between "
    "06:00 and 10:00. During this window workspaces will be read-only, and lodgements with HM Land Registry will be "
    "queued and submitted automatically when the service returns.\n\nNo action is needed from you. Settlements "
    "booked for Saturday after 10:00 will proceed as normal.\n\nIf you have any questions, please contact PEXA "
    "Support on 0300 303 0451.\n\nPEXA Service Operations"),
  short_labels(c=True, cat="platform_defect"),
  "Below a quoted maintenance notice the law firm reports the platform staying down four hours past the window, "
  "with harm to a client and a demand for an explanation and costs: an implicit complaint about PEXA's own system "
  "(platform_defect); the firm writes for itself, so about_other_firm null and third_party false.",
  reply="The platform did not come back at 10:00. We had two purchases booked for 11:30 and 12:15 that Saturday "
  "(workspaces PW-2207-4418 and PW-2207-4563). Both sat at 'Lodgement queued' until after 14:00, the sellers' "
  "agents would not release the keys, and one of our clients spent the afternoon in a removal van outside the "
  "house with her two children.\n\nYour notice told us no action was needed and we relied on it. I want a written "
  "explanation of why the service was down four hours longer than announced and why the status page was never "
  "updated, and confirmation that PEXA will meet the removal firm's waiting charge of £380, which our client has "
  "now passed on to us.", wrap=True)

S("pexa", "B", "acknowledgement", ("staff", "Hartigan Moss Solicitors", "hartiganmoss.co.uk", "Practice Manager"),
  Q(PX_CARE, (2025, 2, 3, 11, 20), "Acknowledgement - PX-CMP-40718",
    "Dear {dear},\n\nThank you for your email of 31 January about the platform fees charged on workspaces "
    "PW-1902-0031 and PW-1902-0077. We have logged your complaint under reference PX-CMP-40718.\n\nWe aim to resolve "
    "complaints within five business days. If we need longer, we will write to you with an update and the name of "
    "the person handling your case.\n\nKind regards,\nRhiannon Vale\nCustomer Care\nPEXA", qfirst="Rhiannon",
    older=Q(SELF, (2025, 1, 31, 16, 12), "Platform fees - PW-1902-0031 and PW-1902-0077",
            "Hello,\n\nWe have been charged the platform fee twice on workspaces PW-1902-0031 and PW-1902-0077, both "
            "single transactions. Please refund the duplicate fees (£129 in total) and tell me how this happened.\n\n"
            "{full}\n{role}, {org}")),
  short_labels(c=True, ex=True, cat="delay"),
  "A 'still waiting' chaser is a complaint about delay (rule 6); it is explicit because the sender's own subject "
  "line calls the matter a complaint, while the short reply under the quote only chases.",
  reply="Still waiting. Your acknowledgement is dated 3 February and it is now 28 February: no update, no name, "
  "nothing. Please tell me today who has this and when we will get an answer.",
  subj="Re: Acknowledgement - PX-CMP-40718 - complaint still unanswered")

S("pexa", "B", "final_response", ("staff", "Thames Valley Mortgages", "tvmortgages.co.uk", "Completions Team Leader"),
  Q(PX_CARE, (2025, 4, 10, 15, 42), "Final response - PX-CMP-41190",
    "Dear {dear},\n\nFurther to our acknowledgement of 27 March, this is our final response to your complaint about "
    "the late settlement of workspace PW-3103-1185 on 21 March.\n\nWe have reviewed the workspace audit trail. The "
    "financial settlement schedule was signed by your team at 14:27, after the 14:00 cut-off for same-day "
    "settlement shown on the platform and in the Participant Guide. The settlement therefore moved to the next "
    "business day in line with our published process.\n\nWe do not uphold your complaint. If you remain "
    "dissatisfied, you may refer the matter to our Head of Customer Operations within 8 weeks of this letter.\n\n"
    "Yours sincerely,\nJonah Fairley\nComplaints Specialist\nPEXA", qfirst="Jonah"),
  short_labels(c=True, ex=True, cat="inaccurate_information"),
  "An objection to a final response, named a complaint in the sender's subject (explicit); the root cause is the "
  "wrong cut-off time PEXA's support desk gave, so inaccurate_information beats delay (rule 16a); Thames Valley "
  "Mortgages complains on its own account, so about_other_firm null; 'listen to the recording' is not an access "
  "request.",
  reply="Your response deals only with the audit trail. It says nothing about the call our completions officer "
  "made to your support desk at 13:52 that day, when your agent told her the cut-off for that workspace was 15:00 "
  "because it had been flagged as a bridging completion. That is the only reason the schedule was signed at "
  "14:27.\n\nPlease listen to the recording of that call before you close this. Our borrower paid an extra day's "
  "interest of £212.40, which we have reimbursed. We expect PEXA to refund that amount and to confirm what your "
  "support staff are now telling participants about cut-off times.\n\nPlease pass this to your Head of Customer "
  "Operations as your letter describes.",
  subj="Re: Final response - PX-CMP-41190 - we want this complaint escalated")

S("pexa", "B", "documents_request", ("staff", "Quayle & Finch Conveyancing", "quaylefinch.co.uk", "Partner"),
  Q(PX_ONB, (2025, 1, 14, 9, 5), "Your PEXA application - documents needed",
    "Dear {dear},\n\nThank you for applying to join PEXA. To complete our verification checks we need:\n\n"
    "- a certified copy of photo ID for each of your two nominated subscribers;\n- your SRA firm number;\n"
    "- a recent bank statement for the client account you will use for settlement.\n\nPlease reply to this email "
    "with the documents attached. Once we have them, verification usually takes three business days.\n\nBest "
    "wishes,\nMariam Sethi\nOnboarding Specialist\nPEXA", qfirst="Mariam"),
  short_labels(),
  "An ordinary answer under a document request (documents attached), with no dissatisfaction and nothing to put "
  "right: not a complaint, category none.",
  reply="Documents attached: certified passport copies for me and for Eilidh Rourke, and the December statement "
  "for our client account. Our SRA number is 648213.\n\nLet me know if you need anything else.")

S("pexa", "B", "decision_notice", ("staff", "Tollgate Property Law", "tollgatelaw.co.uk", "Principal"),
  Q(PX_ONB, (2025, 5, 6, 8, 0), "PEXA application PA-77120: outcome",
    "Dear Applicant,\n\nThank you for your application to register Tollgate Property Law as a PEXA "
    "participant.\n\nOur automated identity and verification checks were unable to confirm the details you "
    "provided, so we cannot approve your application at this stage. Reason code: V-14 (name mismatch).\n\nYou may "
    "reapply after 30 days.\n\nPEXA Onboarding"),
  short_labels(r="automated_decision"),
  "A calm request, under the quoted decision, for a person to retake an automated onboarding decision, with no "
  "negative judgement or remedy demanded: automated_decision right without a complaint (borderline: read as a "
  "rights request, not a grievance).",
  reply="I think I can see what has happened. My practising certificate is in my full name, {first} Morgan {last}, "
  "and my passport just says {first} {last}.\n\nBefore I wait 30 days and reapply, could one of your team look at "
  "the application and make the decision themselves rather than leaving it to the automated check? I can send "
  "both documents and my SRA record if that helps.")

# ---------------------------------------------------------------------------------------------
# PEXA, group I (interleaved)

S("pexa", "I", "onboarding_questions", ("staff", "Merrow & Sandys LLP", "merrowsandys.co.uk", "Head of Property"),
  Q(PX_ONB, (2025, 2, 17, 10, 44), "Setting up your PEXA account - a few questions",
    "Dear {dear},\n\nThank you for signing your participation agreement. Before we create your firm's account, "
    "could you answer the questions below?\n\n1. Who will be your organisation administrator?\n\n2. How many users "
    "will need access in the first month?\n\n3. Will you use PEXA for sales, purchases and remortgages, or only "
    "some of these?\n\n4. Which of the training dates would suit your team: 11, 13 or 18 March?\n\nKind regards,\n"
    "Mariam Sethi\nOnboarding Specialist\nPEXA", qfirst="Mariam"),
  short_labels(),
  "Plain factual answers under each onboarding question, no dissatisfaction: not a complaint; 'access' here means "
  "platform logins, not a data right.",
  answers={2: "Me. My direct line is 01632 960 418.", 3: "Six to start with, probably ten by the summer.",
           4: "Sales and purchases only for now. We will add remortgages later in the year.",
           5: "13 March, in the morning if possible."})

S("pexa", "I", "support_questions", ("staff", "Bexley Marsh Solicitors", "bexleymarsh.co.uk", "Completions Supervisor"),
  Q(PX_SUPPORT, (2025, 4, 8, 9, 17), "Case SUP-672041 - error on signing",
    "Hi {first},\n\nSorry to hear you had trouble signing the settlement schedule yesterday. So that we can "
    "investigate, could you tell me:\n\n- What time did the error appear, and what did the message say?\n\n- Which "
    "browser and version were you using?\n\n- Could you send a screenshot?\n\n- Has the settlement completed "
    "since?\n\nThanks,\nTobias\nPEXA Support", qfirst="Tobias"),
  short_labels(c=True, cat="platform_defect"),
  "Three answers are plain facts, but the last reports repeated signing failures, harm to clients and demands a "
  "manager's call and costs: an implicit complaint about the platform failing (platform_defect).",
  answers={2: "About 12:40. It said 'Signing service unavailable (E-5031)'.",
           3: "Chrome, up to date. Our IT checked it this morning.", 4: "Attached.",
           5: "No. It failed again at 11:15 today with the same error on a different workspace. That is three failed "
              "signings in two days: two clients have missed completion and one chain has fallen through for today. "
              "I need a manager to ring me this afternoon, and I want to know how PEXA will cover the costs our "
              "clients are now facing."})

# ---------------------------------------------------------------------------------------------
# PEXA, group T (controls)

S("pexa", "T", "final_response", ("staff", "Pendry & Lowe Solicitors", "pendrylowe.co.uk", "Senior Conveyancer"),
  Q(PX_CARE, (2025, 3, 28, 14, 3), "Final response - PX-CMP-41033",
    "Dear {dear},\n\nThank you for your patience while we looked into your complaint about your call with our "
    "support team on 11 March.\n\nHaving listened to the call, I can confirm the agent gave you the correct "
    "information about rescheduling a settlement. I am sorry you felt the call was not handled as you expected. We "
    "have shared your feedback with the team leader.\n\nThis is our final response. If you remain dissatisfied you "
    "may ask for a review within 8 weeks.\n\nYours sincerely,\nJonah Fairley\nComplaints Specialist\nPEXA",
    qfirst="Jonah"),
  short_labels(c=True, ex=True, cat="service_quality"),
  "Top-posted objection that calls it 'my complaint' about a support agent's manner: explicit, service_quality "
  "(how the customer was served, not what they were told).",
  reply="I am asking for that review. My complaint was never about the information. It was that your agent talked "
  "over me, called my question 'basic' twice and ended the call while I was still speaking. 'We have shared your "
  "feedback' does not deal with any of that.\n\nI would like an apology from the team leader and to know what was "
  "actually said to the agent.")

S("pexa", "T", "none", ("person",), None,
  short_labels(c=True, cat="delay", firm="gfl"),
  "New mail with no quote: a seller's grievance is purely her own solicitors' silence (Greyfriars Law), so PEXA "
  "must forward it: about_other_firm gfl, category delay.",
  reply="I'm selling my flat at 4 Tannery Wynd, Edinburgh, and my solicitors are Greyfriars Law. The buyers' side "
  "say they are ready and 30 May was agreed, but Greyfriars have not answered three emails and two phone messages "
  "in the last three weeks. The buyers are now threatening to pull out.\n\nThe buyers' solicitor said the sale "
  "would go through PEXA, so I am writing to you. Can you please get someone at Greyfriars to contact me?",
  subj="Greyfriars not replying - sale of 4 Tannery Wynd")

# ---------------------------------------------------------------------------------------------
# Conexus, group B

S("conexus", "B", "payment_reminder", ("person",),
  Q(CX_CS, (2025, 3, 5, 8, 12), "Payment reminder - account CX-5530217",
    "Dear {dear},\n\nAccount reference: CX-5530217\nClient: Heathcote Bank\nBalance: £1,884.20\n\nWe have not "
    "received your payment of £35.00 due on 1 March 2025 under your repayment plan. Please make the payment within "
    "7 days to keep your plan in place.\n\nYou can pay online at conexus.co.uk/pay or by calling 0330 099 4417.\n\n"
    "Conexus Customer Services"),
  short_labels(c=True, cat="debt_dispute"),
  "Reminders for instalments already paid, with a demand to correct the account: an implicit complaint, "
  "debt_dispute (already paid); Heathcote Bank is only named as the client, so about_other_firm null.",
  reply="I paid the £35 on 28 February, two days early, as I do every month by standing order. My bank statement "
  "is attached showing the payment to you with the reference CX-5530217.\n\nThis is the third month running I have "
  "had one of these for a payment that had already gone out. I want the account checked, my payments put against "
  "it, and a letter confirming my plan is up to date.")

S("conexus", "I", "income_questions", ("person",),
  Q(CX_CS, (2025, 2, 4, 15, 26), "A few questions about your payment plan",
    "Dear {dear},\n\nThank you for speaking with me today. To work out an affordable plan for account CX-5811064, "
    "could you please answer these questions:\n\n1. What is your total monthly household income after tax?\n\n"
    "2. How many dependants live with you?\n\n3. Are you behind on any priority bills, such as rent, council tax or "
    "energy?\n\n4. Which day of the month would you like your payments to be taken?\n\nKind regards,\nAhmed Qasim\n"
    "Customer Services Adviser\nConexus", qfirst="Ahmed"),
  short_labels(),
  "All answers under the income questions are plain facts with no dissatisfaction: not a complaint.",
  answers={2: "About £1,640 a month including my Universal Credit.", 3: "Two, my daughters aged 7 and 11.",
           4: "No, all up to date.", 5: "The 20th please."})

S("conexus", "T", "none", ("person",), None,
  short_labels(c=True, ex=True, cat="wait_time"),
  "New mail with no quote that says 'I want to complain' about long holds and dropped calls: explicit, wait_time "
  "(waiting to reach someone).",
  reply="I want to complain about how hard it is to get through to you. On Monday I held for 48 minutes and then "
  "the line went dead. Yesterday I held for 52 minutes and the same thing happened. Your letter says I must ring "
  "within 7 days to keep my plan, so now I'm worried it will be cancelled through no fault of mine.\n\nPlease call "
  "me back on 07700 900318 and confirm in writing that my plan is safe. Account CX-6233019.",
  subj="Complaint about your phone line")


# ---------------------------------------------------------------------------------------------
# PEXA, group B (continued)

S("pexa", "B", "payment_reminder", ("staff", "Cressfield Mutual", "cressfieldmutual.co.uk", "Accounts Payable Lead"),
  Q(PX_BILL, (2025, 3, 18, 7, 30), "Payment reminder: invoice INV-UK-208841 overdue",
    "Dear Customer,\n\nOur records show that invoice INV-UK-208841 for £1,926.00 (platform fees, February 2025) was "
    "due on 14 March 2025 and remains unpaid.\n\nA late-payment charge of £40.00 has been added to your account in "
    "line with our terms. Please arrange payment of £1,966.00 within 7 days to avoid suspension of new workspace "
    "creation.\n\nPEXA Billing Team"),
  short_labels(c=True, cat="fees_charges"),
  "Below a quoted reminder the lender shows the invoice was paid and demands removal of the late-payment charge: an "
  "implicit complaint about a charge PEXA levies (fees_charges).",
  reply="We paid INV-UK-208841 in full on 12 March by BACS, our payment reference CM-PEXA-0312, and I emailed the "
  "remittance advice to your billing address the same day. This is the second reminder we have had for it.\n\n"
  "Please take the £40 charge off, correct your ledger and confirm in writing that workspace creation will not be "
  "suspended. We have completions booked every day next week.")

S("pexa", "B", "third_party_solicitor", ("person",),
  Q(("Daniel Okoro", "d.okoro@marshpenrose.co.uk"), (2025, 6, 2, 17, 48), "Your purchase of 9 Larkspur Row",
    "Dear {first},\n\nJust to let you know that we are still waiting for the mortgage funds to reach our client "
    "account, so we are not in a position to confirm completion for Friday. As soon as the funds arrive we will be "
    "in touch.\n\nKind regards,\nDaniel Okoro\nConveyancing Executive\nMarsh & Penrose Conveyancing"),
  short_labels(c=True, cat="delay", firm="mpc"),
  "A home buyer's grievance, written under her conveyancer's quoted email, is purely that firm's silence and the "
  "slipping completion, so PEXA must forward it: about_other_firm mpc ('Marsh and Penrose', the quoted "
  "@marshpenrose.co.uk address), category delay.",
  reply="Our lender confirmed in writing on Monday morning that the funds were sent to Marsh and Penrose that "
  "day. Since this email nobody there answers the phone or replies, and the removal van is booked for Friday, the "
  "day our tenancy ends.\n\nI was told the purchase goes through your system. Please get Marsh and Penrose to "
  "confirm completion, or tell me who can make them.")

S("pexa", "B", "third_party_solicitor", ("person",),
  Q(("Whitlow & Barr Accounts", "accounts@whitlowbarr.co.uk"), (2025, 4, 22, 10, 2),
    "Outstanding disbursement - search fees",
    "Dear {dear},\n\nOur file shows that the local authority and drainage search fees of £318.60 remain "
    "outstanding on your sale file. We are unable to proceed to exchange until this payment is received.\n\nPlease "
    "pay by bank transfer quoting WB/7730/S.\n\nRegards,\nAccounts Department\nWhitlow & Barr Conveyancing"),
  short_labels(c=True, cat="fees_charges", firm="unknown"),
  "A seller's grievance under her conveyancer's quoted demand is purely that firm (not in the directory) asking "
  "again for a fee already paid: forwardable complaint, about_other_firm unknown, category fees_charges.",
  reply="I paid this on 17 February and I have Whitlow & Barr's receipt on their own letterhead. This is the "
  "second time they have asked for it, and now they have stopped the sale until I pay it again.\n\nI understand "
  "PEXA is the system they use. I am not paying twice. Please make sure this reaches someone who can deal with "
  "it.")

S("pexa", "B", "final_response", ("staff", "Penhallow Solicitors", "penhallowlaw.co.uk", "Training Partner"),
  Q(PX_CARE, (2025, 5, 15, 12, 10), "Your complaint PX-CMP-41522 - final response",
    "Dear {dear},\n\nI am writing with our final response to your complaint of 2 May about the training session for "
    "your new starters, which was cancelled with less than an hour's notice.\n\nI am sorry. The trainer was taken "
    "ill and our team did not follow our process for arranging cover. We uphold your complaint. We have booked a "
    "replacement session for 22 May at 10:00, added two further places at no charge, and credited £150 to your "
    "account.\n\nIf you are not satisfied with this response, please let us know within 8 weeks.\n\nYours "
    "sincerely,\nJonah Fairley\nComplaints Specialist\nPEXA", qfirst="Jonah"),
  short_labels(),
  "A thank-you under a quoted final response that confirms the matter is settled: not a complaint (rule 5), even "
  "though the subject and the quote say 'complaint'.",
  reply="Thank you, Jonah. The replacement date works for all four of our new starters, and the credit is on this "
  "month's statement. As far as we are concerned the matter is closed.\n\nMuch appreciated.")

S("pexa", "B", "platform_notice", ("staff", "Calloway Drummond LLP", "callowaydrummond.co.uk", "Settlement Officer"),
  Q(PX_NOTIFY, (2025, 2, 11, 13, 37), "Your PEXA user profile has been updated",
    "Hello {first},\n\nYour PEXA user profile was updated by your organisation's administrator.\n\nName: {first} "
    "{lastwrong}\nRole: Settlement Officer\nOrganisation: Calloway Drummond LLP\n\nIf you did not expect this "
    "change, please contact your administrator or PEXA Support.\n\nPEXA Notifications\nThis is an automated "
    "message."),
  short_labels(r="rectification"),
  "A neutral request, under a quoted profile notice, to correct a misspelt surname on the profile and certificate: "
  "rectification right, no dissatisfaction, not a complaint.",
  reply="My surname is shown wrongly in the profile above: it should be {last}, not {lastwrong}. It is printed "
  "the same way on the certificate from my training last week. Please correct it on my profile and reissue the "
  "certificate.")

S("pexa", "B", "platform_notice", ("staff", "Ardley Kemp Solicitors", "ardleykemp.co.uk", "Compliance Manager"),
  Q(PX_NOTIFY, (2025, 6, 19, 14, 55), "You have been invited to workspace PW-1906-7734",
    "Hello,\n\nSarah Lenihan of Bramwell Yates LLP has invited your organisation to join a workspace.\n\n"
    "Workspace: PW-1906-7734\nProperty: 31 Copperfield Drive, Harrogate HG2 8PX\nTransaction: Transfer with "
    "mortgage\nBuyers: Mr Peter Osei and Mrs Ama Osei\nMortgage amount: £286,000\n\nLog in to accept or decline "
    "the invitation.\n\nPEXA Notifications"),
  short_labels(br=True),
  "Reporting, under the quoted invitation, that buyers' details reached the wrong firm, with no dissatisfaction "
  "and no reply wanted: breach=true on a non-complaint (rule 13, like the neighbour's report).",
  reply="We have no connection with this matter. We do not act for the buyers or the sellers and have never dealt "
  "with Bramwell Yates, so this invitation and the buyers' details in it have come to the wrong firm. I have "
  "declined it and deleted the email apart from this reply.\n\nJust letting you know so you can put it right with "
  "the firm concerned. No need to come back to me.")

S("pexa", "B", "info_request", ("staff", "Lockhart Reeve Solicitors", "lockhartreeve.co.uk", "Conveyancing Manager"),
  Q(PX_SUPPORT, (2025, 3, 24, 16, 8), "Discharge screens - walkthrough call",
    "Hi {first},\n\nThanks for your question about the new discharge screens. It is probably easiest to go through "
    "them on a screen-share. Would Tuesday 1 April at 10:00 or Wednesday 2 April at 14:00 suit you? The call takes "
    "about 30 minutes.\n\nBest regards,\nTobias Greenhalgh\nCustomer Success\nPEXA", qfirst="Tobias",
    older=Q(SELF, (2025, 3, 21, 11, 54), "Discharge screens",
            "Hi,\n\nIs there a guide or a short demo for the new discharge screens? The team would like to see the "
            "new layout before we use it on a live matter.\n\n{first}")),
  short_labels(),
  "An ordinary answer ('Tuesday at 10 is fine') under a quoted offer of a call: no dissatisfaction, not a "
  "complaint.",
  reply="Tuesday at 10 is fine. Please send the invite to me and to our cashier, Nell Abernethy "
  "(n.abernethy@lockhartreeve.co.uk).")

S("pexa", "B", "acknowledgement", ("person",),
  Q(PX_DP, (2025, 1, 8, 10, 30), "Your data request DSR-2025-0046",
    "Dear {dear},\n\nWe acknowledge your request of 6 January for a copy of the personal data PEXA holds about you, "
    "and for your date of birth to be corrected on your user record.\n\nWe will respond within one calendar month "
    "of receiving your request. If we need more information to verify your identity, we will let you know.\n\n"
    "Regards,\nData Protection Team\nPEXA",
    older=Q(SELF, (2025, 1, 6, 19, 2), "Request for my personal data",
            "Hello,\n\nI used PEXA at my previous firm until last year. Please send me a copy of all the personal "
            "data you hold about me. My user record also shows my date of birth as 1978; it should be 1987. Please "
            "correct it.\n\nThanks,\n{full}")),
  short_labels(c=True, pd=True, r="access,rectification", cat="personal_data"),
  "Under the quoted acknowledgement the writer says a data-rights request has been ignored past its deadline and "
  "re-asks for the copy and the correction: an implicit personal-data complaint (rule 12) with access and "
  "rectification; the specific personal_data theme beats the generic 'still waiting' delay (rule 16a).",
  reply="It is now 26 February, seven weeks after this, and I have received nothing at all: no data, no request "
  "for ID, no letter extending the deadline. My date of birth still shows as 1978 on my old user record, which my "
  "new employer saw when they tried to add me.\n\nPlease send the copy of my data now, correct the date of birth, "
  "and explain why the one-month deadline was missed.", wrap=True)

S("pexa", "B", "third_party_bank", ("staff", "Dunstan Rowe Solicitors", "dunstanrowe.co.uk", "Senior Cashier"),
  Q(("Kestrel Redemptions", "redemptions@kestrelbs.co.uk"), (2025, 5, 30, 15, 10),
    "Redemption funds - account ending 5512",
    "Dear Sirs,\n\nWe write regarding the redemption of mortgage account ending 5512 (property: 6 Weir Cottages, "
    "Bewdley).\n\nOur records show that no redemption funds were received from you on 29 May 2025. Daily interest "
    "of £31.84 will continue to accrue until the account is repaid in full. Please confirm when funds will be "
    "sent.\n\nYours faithfully,\nRedemptions Team\nKestrel Building Society"),
  short_labels(c=True, cat="platform_defect"),
  "Under a lender's quoted letter the law firm blames the platform for showing a settlement that the lender never "
  "received and demands answers: an implicit complaint about PEXA (platform_defect); Kestrel appears only in the "
  "quote and is not the subject, so about_other_firm null.",
  reply="Kestrel say above that they received nothing on 29 May. The workspace (PW-2905-6620) showed 'Settled' at "
  "11:02 that day and our client account was debited. Either your platform showed a settlement that never happened "
  "or the money is sitting somewhere between us and the lender.\n\nPlease find out today where the £142,318.55 is "
  "and confirm it in writing. Our client is being charged £31.84 a day in the meantime, and we will be looking to "
  "PEXA for that if this turns out to be your system.")

# ---------------------------------------------------------------------------------------------
# PEXA, group I (continued)

S("pexa", "I", "complaint_questions", ("staff", "Ravensworth Home Loans", "ravensworthloans.co.uk", "Operations Manager"),
  Q(PX_CARE, (2025, 3, 12, 11, 6), "Your complaint PX-CMP-40902 - questions",
    "Dear {dear},\n\nThank you for your complaint about duplicate platform fees. To investigate, I need a little more "
    "information:\n\n1. Which workspace numbers were charged twice?\n\n2. On which invoice did the charges appear?\n\n"
    "3. What outcome are you looking for?\n\nI will aim to reply within five business days of receiving your "
    "answers.\n\nKind regards,\nRhiannon Vale\nCustomer Care\nPEXA", qfirst="Rhiannon"),
  short_labels(c=True, ex=True, cat="fees_charges"),
  "Interleaved answers that restate the duplicate fees and the refund wanted continue the complaint "
  "(fees_charges); explicit because the sender kept a subject line that names the matter as their complaint "
  "(borderline: the word is the firm's, carried in the reply's own subject).",
  answers={2: "PW-0303-2290, PW-0303-2315 and PW-0403-0071.", 3: "INV-UK-207115 (February).",
           4: "A refund of the three duplicate fees, £64.50 each, and an explanation of how your billing run charged "
              "them twice, so we know it will not happen again."})

S("pexa", "I", "data_request_questions", ("person",),
  Q(PX_DP, (2025, 6, 10, 9, 48), "DSR-2025-0311 - clarifying your request",
    "Dear {dear},\n\nThank you for your request of 6 June. So that we can respond fully, please confirm the "
    "following:\n\na) Your date of birth and the email address you used to log in to PEXA.\n\nb) The period your "
    "request covers.\n\nc) Whether you would like recordings of your calls to PEXA Support to be included.\n\n"
    "d) How you would like to receive the information.\n\nRegards,\nData Protection Team\nPEXA"),
  short_labels(r="access,portability"),
  "Answers confirming the scope of a subject access request (a copy, recordings included) and asking for the "
  "training records in a machine-readable file to import elsewhere: access and portability, no dissatisfaction, "
  "not a complaint.",
  answers={2: "14/09/1986. I logged in with my old work address at Lindley Parr Solicitors.",
           3: "Everything from when my account was created in 2021 until it was closed in April.",
           4: "Yes please, include every recording of my calls.",
           5: "For my completed training records, a CSV file please, so I can import them into my new firm's "
              "learning system. Everything else can come as PDFs by email."})

S("pexa", "I", "survey", ("staff", "Glenholm Legal", "glenholmlegal.co.uk", "Head of Conveyancing"),
  Q(PX_TRAIN, (2025, 5, 21, 8, 15), "How was your PEXA training session?",
    "Hi {first},\n\nThank you for attending yesterday's 'Settlement essentials' session. We would love your "
    "feedback:\n\n1. How would you rate the session overall?\n\n2. Was the pace about right?\n\n3. Is there anything "
    "we could do better?\n\nYour answers help us improve our courses.\n\nWarm regards,\nImogen Rudd\nTraining "
    "Coordinator\nPEXA", qfirst="Imogen"),
  short_labels(c=True, cat="training"),
  "Feedback answers that turn into dissatisfaction and a demand (a replacement session at no cost this week): an "
  "implicit complaint, category training as the specific theme (rule 16a), although a demo system failure was part "
  "of it.",
  answers={2: "Poor, I'm afraid.", 3: "Far too fast, when it was running at all.",
           4: "The demo workspace would not load for the first 40 minutes, so the trainer talked through slides two "
              "versions out of date and skipped the signing section entirely. Four of our staff gave up a morning "
              "for this and still cannot sign a settlement schedule. Please book them a proper replacement session "
              "at no cost and let me have the date this week."})

S("pexa", "I", "support_questions", ("staff", "Cobbold Vance Solicitors", "cobboldvance.co.uk", "Office Manager"),
  Q(PX_SUPPORT, (2025, 2, 26, 10, 21), "User access review - Cobbold Vance",
    "Hello {first},\n\nAs part of our quarterly user access review, please confirm the following for your "
    "organisation:\n\n1. Does Ravi Dhaliwal still work for your firm?\n\n2. If not, should we deactivate and delete "
    "his user account?\n\n3. Are the access levels for your other five users still correct?\n\nMany thanks,\nEllis "
    "Mbeki\nPEXA Support", qfirst="Ellis"),
  short_labels(),
  "Plain answers to a user review; a firm administrator confirming that a leaver's account be deleted is account "
  "administration for the firm, not a data subject's erasure request, and 'access levels' are permissions: no "
  "rights, not a complaint.",
  answers={2: "No, he left on 31 January.", 3: "Yes, please delete his account.", 4: "Yes, all correct."})

S("pexa", "I", "forwarding_questions", ("person",),
  Q(PX_CARE, (2025, 4, 15, 14, 32), "Your email about your remortgage",
    "Dear {dear},\n\nThank you for your email. PEXA provides the platform that lenders and conveyancers use, but we "
    "cannot deal with a complaint about a lender or law firm directly. If you are unhappy with a firm, we can pass "
    "your concerns to them. To do that, please tell us:\n\n1. Which lender or law firm is your concern about?\n\n"
    "2. What has happened, and on what date was your remortgage due to complete?\n\n3. Are you happy for us to share "
    "your email and contact details with that firm?\n\nKind regards,\nRhiannon Vale\nCustomer Care\nPEXA",
    qfirst="Rhiannon"),
  short_labels(c=True, cat="delay", firm="bhf"),
  "The borrower's answers put the grievance purely on her new lender's late funds and ask for it to be passed on: "
  "a forwardable complaint, about_other_firm bhf ('Beacon'), category delay; implicit (the word is only in the "
  "quote).",
  answers={2: "Beacon, my new lender.",
           3: "It was due on 4 April. Beacon keep saying the funds are 'in the queue'. My fixed rate with the old "
              "lender ended on 31 March, so I am now on their standard rate, about £210 a month more, for every week "
              "this drags on.",
           4: "Yes. Please send it to them today and tell them I expect them to make up the difference."})

S("pexa", "I", "support_questions", ("staff", "Kestrel Building Society", "kestrelbs.co.uk", "Mortgage Completions Manager"),
  Q(PX_SUPPORT, (2025, 6, 24, 11, 40), "Case SUP-690215 - statement query",
    "Dear {dear},\n\nThank you for calling us this morning about the settlement statement. To help us look into it, "
    "please could you confirm:\n\n1. The workspace number.\n\n2. What information you could see on the statement "
    "that should not have been there.\n\n3. Whether the statement has been downloaded or shared outside your "
    "team.\n\nBest regards,\nEllis Mbeki\nPEXA Support", qfirst="Ellis"),
  short_labels(c=True, pd=True, br=True, cat="personal_data"),
  "The answers report another lender's borrower's details exposed to Kestrel through the platform, a second time, "
  "and demand an explanation: an implicit personal-data complaint with breach; Kestrel writes for itself, so "
  "about_other_firm null and third_party false.",
  answers={2: "PW-2306-4471.",
           3: "The statement listed a borrower who is not our customer: her full name, her home address in "
              "Wokingham, another lender's loan account number and the redemption figure.",
           4: "One of our officers downloaded it before we noticed, and we have since deleted it. This is the second "
              "time this month your platform has shown us another firm's customer. I need a written explanation of "
              "the cause and what PEXA is doing to stop it, before our compliance team decides whether to report it "
              "themselves."})

# ---------------------------------------------------------------------------------------------
# PEXA, group T (continued)

S("pexa", "T", "documents_request", ("staff", "Selwood Partners LLP", "selwoodpartners.co.uk", "Managing Partner"),
  Q(PX_ONB, (2025, 3, 3, 9, 58), "Verification - one more document",
    "Dear {dear},\n\nThank you for the documents you sent. We still need proof of address for your second "
    "subscriber, dated within the last three months. A utility bill or council tax bill is fine.\n\nBest wishes,\n"
    "Mariam Sethi\nOnboarding Specialist\nPEXA", qfirst="Mariam"),
  short_labels(),
  "Top-posted 'attached, thanks' above a document request: an ordinary answer, not a complaint.",
  reply="Council tax bill for Nadia Pryor attached (April 2025). Thanks for chasing it up with us.")

S("pexa", "T", "none", ("staff", "Haverford Tate LLP", "haverfordtate.co.uk", "Conveyancer"), None,
  short_labels(c=True, pd=True, r="informed,objection", cat="personal_data"),
  "New mail: unexpected marketing calls to a personal number never given to PEXA, with demands: an implicit "
  "personal-data complaint; asking the source, purpose and sharing is informed, objecting to marketing is "
  "objection; 'stop the calls' adds nothing further.",
  reply="Since last week I have had three calls on my personal mobile from someone at PEXA trying to book me onto "
  "a webinar about your new remortgage features. I have never given PEXA that number; my firm's profile only has "
  "our office switchboard.\n\nPlease tell me where you got my personal number, what you are using it for and who "
  "else you have shared it with. I object to it being used for marketing of any kind, and I would like the calls "
  "to stop.", subj="Marketing calls to my personal mobile")

S("pexa", "T", "platform_notice", ("staff", "Wexcombe Lacey Solicitors", "wexcombelacey.co.uk", "Associate"),
  Q(PX_PRODUCT, (2025, 4, 1, 12, 0), "The PEXA participant directory is going live",
    "Dear {first},\n\nFrom 14 April the PEXA participant directory will show the name, role, direct phone number "
    "and email address of each subscriber, so that other participants can contact the right person about a "
    "workspace.\n\nYou can review your entry under My Profile. No action is needed if your details are correct.\n\n"
    "PEXA Product Team"),
  short_labels(r="restriction"),
  "Top-posted, neutral request to hold back publication of personal contact details until the writer confirms "
  "them: restriction, not a complaint.",
  reply="Please don't show my direct number or my email address in the directory for now. I may be moving to "
  "another office of the firm in May and I'd rather nothing is published until I've confirmed where I'll be. I'll "
  "let you know when it can go live; the firm's switchboard can be listed in the meantime.")

S("pexa", "T", "support_message", ("staff", "Marlow Pike Solicitors", "marlowpike.co.uk", "Conveyancing Executive"),
  Q(PX_SUPPORT, (2025, 7, 4, 15, 22), "Case SUP-701188 - missing participant",
    "Hi {first},\n\nWe have restored the missing participant on workspace PW-0707-3358. Could you confirm the "
    "settlement schedule now shows both lenders?\n\nThanks,\nTobias\nPEXA Support", qfirst="Tobias"),
  short_labels(auto=True),
  "An out-of-office text above a quoted support message is machine-generated: auto_generated with everything else "
  "empty, with or without the auto-reply headers (rule 7).",
  reply="Thank you for your email. I am out of the office until Monday 14 July with no access to email. For urgent "
  "completion matters please contact Fern Holloway on 01632 960772.\n\n{full}",
  auto=[{"subject": "Automatic reply: Case SUP-701188 - missing participant",
         "headers": {"auto-submitted": "auto-replied", "x-autoreply": "yes"}},
        {"subject": "Out of Office: Re: Case SUP-701188 - missing participant", "headers": {}}])

S("pexa", "T", "own_earlier_mail", ("staff", "Ashdown Kirk Solicitors", "ashdownkirk.co.uk", "Post-Completion Clerk"),
  Q(SELF, (2025, 5, 6, 10, 5), "Lodgement status - title DN771204",
    "Hello,\n\nCould you tell me why the lodgement for title DN771204 (workspace PW-2504-1190) is still showing "
    "'Pending' in PEXA? HM Land Registry say they have not received an application. Completion was on 25 April.\n\n"
    "Thanks,\n{full}"),
  short_labels(c=True, cat="delay"),
  "A top-posted chaser above the writer's own neutral query (nine working days, no answer, consequences): a "
  "'still waiting' chaser is an implicit complaint about delay (rule 6).",
  reply="Chasing this again. Nine working days and nothing back apart from the automatic acknowledgement, and our "
  "client's lender is now asking us why their charge is not registered. Please reply today with what has happened "
  "to the application and a name I can call.")

S("pexa", "T", "none", ("staff", "Ferrars Lynch Solicitors", "ferrarslynch.co.uk", "Partner"), None,
  short_labels(c=True, ex=True, cat="usability"),
  "New mail calling itself a formal complaint about a screen that works but is slow and error-prone to use: "
  "explicit, usability (not platform_defect).",
  reply="I want to make a formal complaint about the document upload screen introduced on 3 June.\n\nIt does "
  "work, but it now takes seven clicks to attach a single transfer deed, the file picker jumps back to the top "
  "folder every time, and the 'Confirm' and 'Remove' buttons sit side by side in the same colour. Two of my team "
  "have removed signed documents by mistake this week and had to ask clients to sign again.\n\nPlease tell me "
  "whether the previous layout can be restored for our firm, or what changes are planned and when.",
  subj="Formal complaint - new document upload screen")

# ---------------------------------------------------------------------------------------------
# Conexus, group B (continued)

S("conexus", "B", "arrears_letter", ("person",),
  Q(CX_COLL, (2025, 2, 10, 9, 0), "Northline Energy account - arrears",
    "Dear {dear},\n\nOur client: Northline Energy\nOur reference: CX-6120944\nAmount outstanding: £587.31\n\n"
    "Northline Energy has instructed us to collect the above balance for gas and electricity supplied to 14 Brook "
    "Street, Gateshead NE8 2LT. Please contact us within 14 days to pay in full or to agree an affordable plan.\n\n"
    "Yours sincerely,\nCollections Team\nConexus"),
  short_labels(c=True, cat="debt_dispute", firm="nte"),
  "Under the quoted arrears letter the writer disputes charges the creditor billed after she moved out; only "
  "Northline can correct its own bill (rule 10 test), so about_other_firm nte, debt_dispute.",
  reply="I left 14 Brook Street on 31 August 2022. I rang Northline that day with closing meter readings, and they "
  "sent a final bill for £43.60, which I paid. This £587 is for the five months after I left, when somebody else "
  "was living there.\n\nNorthline need to correct their bill. I'm not paying for energy I never used.")

S("conexus", "B", "acknowledgement", ("person",),
  Q(CX_CR, (2025, 1, 20, 12, 44), "Your reference CX-COMP-60331",
    "Dear {dear},\n\nThank you for contacting us on 17 January about the phone calls you have received from our "
    "collections team. We have recorded this as a complaint under reference CX-COMP-60331 and will send you our "
    "final response within 8 weeks.\n\nYours sincerely,\nGemma Holt\nCustomer Relations\nConexus", qfirst="Gemma"),
  short_labels(c=True, cat="delay"),
  "A short 'Chasing' under a quoted acknowledgement, past the promised eight weeks: a complaint about delay (rule "
  "6); implicit, because 'complaint' appears only in the quoted letter.",
  reply="Chasing. It has been more than eight weeks now and I have not heard a thing.")

S("conexus", "B", "final_response", ("adviser", "Bridgeway Money Advice", "bridgewayadvice.org.uk", "Money Adviser"),
  Q(CX_CR, (2025, 4, 3, 10, 15), "Final response - CX-COMP-60718",
    "Dear {dear},\n\nYour client: Ms Lorna Beattie, account CX-5892210\n\nThank you for raising your client's "
    "complaint about the frequency of our calls. We have reviewed our call records for 3 to 10 March 2025. These "
    "show four outbound calls to Ms Beattie in that period, which is within our contact policy. We therefore do not "
    "uphold the complaint.\n\nIf your client remains dissatisfied, she may refer the matter to the Financial "
    "Ombudsman Service within six months of the date of this letter.\n\nYours sincerely,\nGemma Holt\nCustomer "
    "Relations\nConexus", qfirst="Gemma",
    older=Q(SELF, (2025, 3, 12, 14, 20), "Ms Lorna Beattie - CX-5892210",
            "Dear Sir or Madam,\n\nI act for Ms Lorna Beattie (signed authority attached). Ms Beattie wishes to "
            "complain about the number of calls she received from Conexus between 3 and 10 March, which have caused "
            "her real distress. Please investigate and respond.\n\n{full}\n{role}\n{org}")),
  short_labels(c=True, ex=True, r="access", tp=True, cat="collection_conduct"),
  "A money adviser's objection to a final response, named a complaint in the adviser's subject (explicit), about "
  "call frequency to a vulnerable client (collection_conduct); written for the client (third_party) and asking "
  "for copies of call recordings and notes (access).",
  reply="Ms Beattie does not accept this. Her phone's call log, which I attach, shows 19 calls from your numbers "
  "between 3 and 10 March, including four on the 6th alone and two after 8pm. She has anxiety and told your agent "
  "so on 4 March, which should be on your notes.\n\nPlease send me copies of the recordings of every call to her "
  "in that period and your notes of the 4 March call, under the authority already on file. Unless this is "
  "properly reviewed within 14 days we will take it to the Ombudsman.",
  subj="Re: Final response - CX-COMP-60718 - client's complaint not resolved")

S("conexus", "B", "info_request", ("person",),
  Q(CX_CS, (2025, 5, 12, 16, 2), "Your payment plan - income and expenditure",
    "Dear {dear},\n\nThank you for your call today. To set up an affordable payment plan for account CX-6287401, "
    "please complete the attached income and expenditure form and return it to us by 26 May.\n\nIf you would "
    "prefer to complete it over the phone, call us on 0330 099 4417.\n\nKind regards,\nAhmed Qasim\nCustomer "
    "Services Adviser\nConexus", qfirst="Ahmed"),
  short_labels(),
  "An ordinary answer (form attached, an offer of £40 a month) under a quoted request for information: not a "
  "complaint.",
  reply="Form filled in and attached. I can manage £40 a month starting on the 15th, when I get paid.\n\nThanks "
  "for being patient with me on the phone.")

S("conexus", "B", "third_party_creditor", ("person",),
  Q(("Larchmont Broadband", "accounts@larchmontbroadband.co.uk"), (2025, 3, 14, 8, 30),
    "Your account has been passed to Conexus",
    "Dear {dear},\n\nAccount number: LB-00418275\nOutstanding balance: £312.00\n\nDespite our previous reminders, the "
    "balance on your account remains unpaid. We have now passed your account to Conexus, who will contact you to "
    "arrange payment. Please deal with them directly from now on.\n\nLarchmont Broadband Customer Accounts"),
  short_labels(c=True, cat="debt_dispute", firm="unknown"),
  "Under the creditor's quoted letter the writer disputes an early-termination charge on a contract cancelled in "
  "the cooling-off period; only that creditor (not in the directory) can withdraw it, so about_other_firm unknown, "
  "debt_dispute (a creditor's charge that makes up the debt).",
  reply="This is the letter Larchmont sent me. I cancelled the contract on day 6 of the 14-day cooling-off period, "
  "by phone and then by email, and they confirmed the cancellation in writing. The router went back by recorded "
  "post. The £312 is an early termination charge for a contract that was cancelled before it started.\n\n"
  "Larchmont have this wrong, not you. Please take it back to them, and don't chase me for it while they sort it "
  "out.")

S("conexus", "B", "arrears_letter", ("person",),
  Q(CX_COLL, (2025, 4, 28, 9, 10), "Account CX-6034512 - action required",
    "Dear Mr Pritchard,\n\nAccount reference: CX-6034512\nClient: Sterling Credit Loans\nBalance: £2,416.75\n\nWe "
    "have written to you previously about this account and have not had a response. If you do not contact us "
    "within 10 days, we may recommend to our client that further action is taken to recover the balance.\n\n"
    "Collections Team\nConexus"),
  short_labels(c=True, tp=True, cat="collection_conduct"),
  "An executor writes under a threatening letter still addressed to her late father weeks after the death was "
  "notified: an implicit complaint about how the debt is pursued (collection_conduct), third_party; 'update your "
  "records to show he has died' is not a UK GDPR right, which covers living people only, so rights stay empty "
  "(borderline call).",
  reply="I am writing about my father, Alan Pritchard, who died on 2 February. I sent you his death certificate "
  "and a copy of the grant on 19 March, by post and by email, with a letter explaining that I am his executor.\n\n"
  "This letter still came addressed to him, threatening 'further action', and my mother opened it. Please update "
  "your records to show that he has died, deal with me as executor from now on, and stop sending letters in his "
  "name to her address.")

S("conexus", "B", "statement", ("person",),
  Q(CX_CS, (2025, 5, 20, 13, 5), "Your statement - account CX-6401873",
    "Dear {dear},\n\nPlease find attached your statement of account for the period 1 January to 30 April 2025.\n\n"
    "If you have any questions about your statement, please reply to this email or call 0330 099 4417.\n\nKind "
    "regards,\nConexus Customer Services"),
  short_labels(c=True, pd=True, br=True, cat="personal_data"),
  "Under the quoted covering email the writer reports another customer's statement sent to her and demands to "
  "know where her own went: a breach and an implicit personal-data complaint; Pennant Mobile is only someone "
  "else's creditor, so about_other_firm null.",
  reply="The email above is addressed to me, but the statement attached to it is not mine. It belongs to a Mr D. "
  "Farrant in Stockton and shows his address, his account number, what he owes Pennant Mobile and his phone "
  "number.\n\nIf his statement came to me, where has mine gone? I want to know whether my details have been sent "
  "to him or anyone else, and what you are doing about it. I haven't forwarded his statement, and I will delete it "
  "once you confirm you have had this.")

S("conexus", "B", "final_response", ("person",),
  Q(CX_CR, (2025, 2, 26, 15, 50), "Final response - CX-COMP-60502",
    "Dear {dear},\n\nThank you for your patience while we investigated your complaint about the £60 administration "
    "charge added to account CX-5760081.\n\nWe agree that the charge should not have been applied. We have removed "
    "it and refunded the £60 you paid towards it to your bank account. I am sorry for the inconvenience.\n\nThis is "
    "our final response. If you are not satisfied, you may refer your complaint to the Financial Ombudsman Service "
    "within six months.\n\nYours sincerely,\nGemma Holt\nCustomer Relations\nConexus", qfirst="Gemma"),
  short_labels(c=True, pd=True, r="rectification", cat="personal_data"),
  "Thanks with something still wrong is a continuing complaint (rule 5); what is still wrong is inaccurate data "
  "reported to credit reference agencies, so personal_data, with a request to correct it (rectification).",
  reply="Thank you for the refund, which has arrived.\n\nBut I have since checked my credit file, and you have "
  "reported this account as in default since January, with the £60 still in the balance. I have never missed a "
  "payment. Please correct what you have reported to the credit reference agencies and send me confirmation once "
  "it's done. I'm applying for a mortgage next month.", wrap=True)

S("conexus", "B", "third_party_debt_adviser", ("person",),
  Q(("Ruth Calder", "ruth.calder@stepforwardadvice.org.uk"), (2025, 5, 2, 11, 35), "Your Conexus account - what we've done",
    "Hi {first},\n\nAs we discussed, I have today written to Conexus to tell them I am helping you with your debts "
    "and to ask them to hold the account for 30 days while we put together a full budget. I attached your signed "
    "authority.\n\nThey should not contact you for payment during that time. If they do, let me know.\n\nBest "
    "wishes,\nRuth Calder\nDebt Adviser\nStepForward Advice"),
  short_labels(c=True, cat="collection_conduct"),
  "The debtor writes for himself under his adviser's quoted email (merely mentioning the adviser, so not "
  "third_party) about calls during an agreed hold: implicit complaint, collection_conduct; 'stop contacting me' is "
  "a conduct remedy, not objection.",
  reply="My adviser sent you the letter she describes above on 2 May. Since then your office has rung me six times "
  "and texted me twice asking for a payment today. On Tuesday the caller said the hold 'hadn't been approved' and "
  "that I would be 'making things worse' by not paying.\n\nPlease stop contacting me while the hold is in place and "
  "deal with my adviser, as she asked. I'd like someone to explain why this happened.")

S("conexus", "B", "payment_reminder", ("person",),
  Q(CX_CS, (2025, 6, 3, 7, 45), "Payment due - account CX-6512290",
    "Dear {dear},\n\nYour next payment of £25.00 to Conexus is due on 10 June 2025.\n\nPay quickly and securely "
    "online at conexus.co.uk/pay using your reference CX-6512290.\n\nConexus Customer Services"),
  short_labels(r="informed"),
  "A neutral question, under a quoted payment reminder, about where and when the email address was obtained and "
  "what it is used for: informed right with no dissatisfaction, not a complaint (borderline against lg-34, where "
  "the writer is upset).",
  reply="Before I pay: I have never given this email address to you or to Heathcote Bank. No problem with the "
  "payment itself, I'd just like to understand. Could you tell me where you got the address, when, and what you "
  "use it for?")

S("conexus", "B", "visit_notice", ("person",),
  Q(CX_COLL, (2025, 3, 19, 10, 40), "Notice of visit - account CX-5987736",
    "Dear {dear},\n\nAs we have been unable to reach you by phone or letter, one of our field agents will call at "
    "your home in the next 14 days to discuss your account with Westbury Council Tax Services.\n\nOur agent will "
    "carry identification. You can avoid a visit by calling us on 0330 099 4417 to agree a way forward.\n\n"
    "Collections Team\nConexus"),
  short_labels(c=True, ex=True, cat="collection_conduct"),
  "Explicit because the sender's own subject calls it a complaint; a late doorstep visit that pressured a child "
  "after a plan was agreed is collection_conduct; the council is only the client, so about_other_firm null; 'nobody "
  "will come again' is a conduct remedy.",
  reply="Your agent came on Friday at ten past nine at night. My 15-year-old son answered the door. The agent told "
  "him you could 'take the car tonight' if nobody paid, and stayed on the doorstep for about twenty minutes until I "
  "got back from my shift.\n\nI had already rung on the Wednesday and agreed a plan, and I have the call reference. "
  "I want an apology, an explanation of why the visit went ahead, and confirmation that nobody will come to my "
  "house again.", subj="Complaint - your agent's visit on Friday - CX-5987736")

S("conexus", "B", "third_party_creditor", ("person",),
  Q(("Westbury Council Revenues", "revenues@westbury.gov.uk"), (2025, 4, 7, 11, 0),
    "Council tax arrears - referral to collection agency",
    "Dear {dear},\n\nCouncil tax account: 40098813\nArrears: £1,150.40 (2023/24)\n\nAs we have not received "
    "payment or an arrangement, your account has been referred to Conexus, our collection agent. Please contact "
    "Conexus directly to make payment.\n\nRevenues and Benefits\nWestbury Council Tax Services"),
  short_labels(c=True, pd=True, br=True, cat="collection_conduct"),
  "Under the council's quoted referral the writer reports Conexus telling her workplace receptionist about her "
  "debt: a breach inside a conduct complaint, so collection_conduct with personal_data and breach (rule 13); the "
  "council is only the creditor named, so about_other_firm null.",
  reply="Below is the council's letter saying they have passed my arrears to you. On Monday somebody from Conexus "
  "rang the main number at my work, asked the receptionist for me by name and told her it was 'about your council "
  "tax debt'. She told my manager. It's a small office and now everyone knows.\n\nI'm not disputing the arrears, "
  "and I was going to ring you this week. Why was my workplace contacted at all, and why was a receptionist told "
  "what the call was about? I want an answer in writing.")

S("conexus", "B", "documents_request", ("adviser", "Pryce Whitcombe Solicitors", "prycewhitcombe.co.uk", "Solicitor"),
  Q(CX_CS, (2025, 6, 16, 14, 12), "Your client Mr Nathaniel Gough - account CX-6190347",
    "Dear {dear},\n\nThank you for your letter on behalf of Mr Nathaniel Gough. Before we can discuss his account "
    "with you, we need a signed letter of authority from Mr Gough, dated within the last six months.\n\nPlease reply "
    "to this email with the signed authority attached.\n\nKind regards,\nAhmed Qasim\nCustomer Services Adviser\n"
    "Conexus", qfirst="Ahmed"),
  short_labels(r="access,informed", tp=True),
  "A solicitor's requests for a client, under a quoted request for documents, with no dissatisfaction: third_party, "
  "access (a copy of the data) and informed (source and purpose of the employer details), not a complaint.",
  reply="Mr Gough's signed authority, dated 12 June, is attached.\n\nOn his behalf, please now send us a copy of all "
  "the personal data you hold about him, including account notes and call recordings, and tell us where you "
  "obtained the details of his employer that appear in your letter of 28 May, and for what purpose you hold them.")

# ---------------------------------------------------------------------------------------------
# Conexus, group I (continued)

S("conexus", "I", "complaint_questions", ("person",),
  Q(CX_CR, (2025, 3, 11, 9, 30), "CX-COMP-60844 - some questions",
    "Dear {dear},\n\nI am looking into the concerns you raised about calls you received late in the evening. Please "
    "help me by answering the following:\n\n1. On which dates, and at roughly what times, did the calls happen?\n\n"
    "2. Which number were you called on?\n\n3. Did the caller give their name?\n\n4. What would you like us to do to "
    "put things right?\n\nYours sincerely,\nGemma Holt\nCustomer Relations\nConexus", qfirst="Gemma"),
  short_labels(c=True, cat="collection_conduct"),
  "Answers to a complaint handler that restate late-evening calls and the remedy wanted continue the complaint "
  "(collection_conduct); implicit, because neither the sender's answers nor the subject (a reference only) use the "
  "word (borderline: continuing complaint, not a neutral answer).",
  answers={2: "4, 5 and 7 March, all after 9pm. The one on the 7th was at ten to ten.",
           3: "My mobile, the number ending 402.",
           4: "Only the first caller did. The other two didn't say who they were until I asked.",
           5: "An apology, and a note on my account that I can only be called between 9am and 6pm. I care for my mum "
              "and the late calls wake her."})

S("conexus", "I", "verification_questions", ("person",),
  Q(CX_CS, (2025, 5, 8, 10, 12), "Checking your details - CX-6355128",
    "Dear {dear},\n\nBefore we can discuss your account, we need to check a few details:\n\n1. Please confirm your "
    "date of birth.\n\n2. Please confirm your current postcode.\n\n3. Please confirm the last four digits of your "
    "account reference.\n\n4. Please confirm whether you are the account holder.\n\nConexus Customer Services"),
  short_labels(r="rectification,restriction"),
  "Inside neutral verification answers the writer gives a new address and asks that the old one not be used "
  "meanwhile: rectification and restriction, no dissatisfaction, not a complaint.",
  answers={2: "03/07/1991.",
           3: "LS7 3QD. That's new, I moved in April. Letters are still going to my old flat at 18 Harehills Court, "
              "LS9, so please change my address on your system, and until that's done please don't send anything to "
              "the old one.",
           4: "5128.", 5: "Yes, it's in my name."})

S("conexus", "I", "arrears_letter", ("person",),
  Q(CX_COLL, (2025, 1, 27, 8, 20), "Your Sterling Credit Loans account - CX-5790032",
    "Dear {dear},\n\nWe are writing to let you know that Sterling Credit Loans has asked Conexus to collect the "
    "balance on your loan account.\n\nLoan account: SCL-88310457\nBalance: £2,140.00\n\nYou can set up a payment plan "
    "online at conexus.co.uk/plan or by calling us.\n\nIf we do not hear from you within 14 days, we will contact you "
    "again about the balance.\n\nYours sincerely,\nCollections Team\nConexus"),
  short_labels(c=True, cat="debt_dispute", firm="scl"),
  "Answers under each point dispute a loan taken out fraudulently in the writer's name; only the creditor can "
  "investigate and withdraw it (rule 10 test), so about_other_firm scl, debt_dispute (borderline: a hold request to "
  "Conexus does not make Conexus the root cause).",
  answers={2: "I have never had a loan from Sterling Credit. Somebody used my name and an old address in Luton to "
              "take this out in 2023. I reported it to Action Fraud in November (reference NFRC231104882) and told "
              "Sterling Credit at the time.",
           3: "I won't be setting up a plan for a loan I didn't take out.",
           4: "Please hold off until Sterling Credit have finished their fraud investigation and taken this off my "
              "name. They were supposed to do that months ago."})

S("conexus", "I", "adviser_questions", ("adviser", "Harbourside Debt Advice", "harboursideadvice.org.uk", "Debt Caseworker"),
  Q(CX_CS, (2025, 6, 5, 12, 25), "Your client Mrs Janet Oyelaran - CX-6422715",
    "Dear {dear},\n\nThank you for your email about Mrs Oyelaran. So that we can update the account, please "
    "confirm:\n\n1. Do you hold a signed authority from your client?\n\n2. Is your client in a Breathing Space, and "
    "if so from what date?\n\n3. What payment, if any, is your client proposing?\n\nKind regards,\nAhmed Qasim\n"
    "Customer Services Adviser\nConexus", qfirst="Ahmed"),
  short_labels(c=True, tp=True, cat="collection_conduct"),
  "An adviser's last answer reports a collection call during the client's Breathing Space and demands confirmation "
  "and an explanation: implicit complaint for the client, third_party, collection_conduct.",
  answers={2: "Yes, attached.",
           3: "Yes, a standard Breathing Space started on 28 May, reference BS-2025-118402. You were notified through "
              "the Insolvency Service the same day.",
           4: "Nothing during the moratorium. I also have to raise that your collections team rang Mrs Oyelaran on 2 "
              "June, after the Breathing Space began, and told her a payment was needed 'to stop the account "
              "escalating'. That should not have happened. Please confirm in writing that all collection activity "
              "has stopped, and tell me how the call came to be made."})

S("conexus", "I", "data_request_questions", ("person",),
  Q(CX_DP, (2025, 4, 14, 11, 5), "Your request to delete your data - DP-25-0193",
    "Dear {dear},\n\nWe have received your request to delete your personal data. Before we act on it, please help "
    "us with the following:\n\n1. Which information would you like us to delete?\n\n2. Your account was settled in "
    "2024. We are required to keep a record of the account for six years after settlement. Are you content for us to "
    "keep that record?\n\n3. Would you also like us to stop sending you information about our services?\n\n"
    "Regards,\nData Protection Team\nConexus"),
  short_labels(r="erasure,objection"),
  "Calm answers naming the data to delete and objecting to marketing: erasure and objection without "
  "dissatisfaction, not a complaint.",
  answers={2: "My old mobile and landline numbers, my previous employer's details, and this email address once "
              "you have replied to me.",
           3: "Yes, that's fine. Keep what you have to.",
           4: "Yes. I object to my details being used for any marketing or offers from now on."})

S("conexus", "I", "account_review_questions", ("person",),
  Q(CX_CS, (2025, 6, 11, 15, 40), "Account review - CX-6078815",
    "Dear {dear},\n\nWe are reviewing your account and would be grateful if you could confirm the following:\n\n"
    "1. Is your current address still 10 Mallard Street, Grimsby?\n\n2. Have you received our letter of 2 June about "
    "your revised payment plan?\n\n3. Are you happy to continue paying £30 a month?\n\nKind regards,\nAhmed Qasim\n"
    "Customer Services Adviser\nConexus", qfirst="Ahmed"),
  short_labels(c=True, pd=True, br=True, cat="personal_data"),
  "One answer reports a letter with the writer's balance and bank details delivered to and read by a neighbour, "
  "and demands an explanation: breach and an implicit personal-data complaint, category personal_data.",
  answers={2: "Yes, number 10.",
           3: "No, I didn't. It went to number 12. My neighbour brought it round yesterday, opened, and said she'd "
              "read it before realising it wasn't hers. It has my balance and my bank details on it. How did that "
              "happen when you have my address right? I want an explanation and an assurance that it won't happen "
              "again.",
           4: "Yes."})

S("conexus", "I", "plan_notice", ("person",),
  Q(CX_CS, (2025, 3, 25, 9, 5), "Your payment plan is ending - CX-5966302",
    "Dear {dear},\n\nYour current payment plan ends on 31 March. To set up your next plan, please let us know:\n\n"
    "1. How much you can afford to pay each month.\n\n2. The date you would like your first payment to be taken.\n\n"
    "3. How you would like to pay (direct debit, standing order or card).\n\nYou can also set up your new plan using "
    "our online tool at conexus.co.uk/plan.\n\nConexus Customer Services"),
  short_labels(c=True, r="automated_decision", cat="process"),
  "Under the last quoted point the writer objects that the online tool's fixed affordability rule keeps rejecting "
  "his offer and demands a human review: implicit complaint with automated_decision; category process because the "
  "rule the tool applies is itself the grievance (the tool works as designed).",
  answers={2: "£45 a month.", 3: "The 2nd of April.", 4: "Direct debit.",
           5: "I tried your online tool three times last week. Each time it rejected £45 as 'not sustainable' and "
              "said the minimum is £90, which I simply do not have. Nobody has looked at my actual figures. I want a "
              "real person to review my offer rather than the computer, and I don't want to be marked as having "
              "broken the plan in the meantime."}, wrap=True)

# ---------------------------------------------------------------------------------------------
# Conexus, group T (continued)

S("conexus", "T", "arrears_letter", ("adviser", "Ellery Moss Solicitors", "ellerymoss.co.uk", "Associate Solicitor"),
  Q(CX_COLL, (2025, 2, 19, 9, 20), "Account CX-5874410 - balance outstanding",
    "Dear Mr Kowalski,\n\nClient: Heathcote Bank\nBalance: £3,208.66\n\nWe have been instructed to collect the "
    "above balance. Please contact us within 14 days to discuss repayment.\n\nCollections Team\nConexus"),
  short_labels(c=True, ex=True, tp=True, cat="debt_dispute"),
  "A solicitor top-posts a formal complaint for a client that the debt is statute-barred: explicit, third_party, "
  "debt_dispute; the grievance is Conexus pursuing it and Conexus can stop, so about_other_firm null (lg-26 rule).",
  reply="We act for Mr Tomasz Kowalski, whose signed authority is attached. Please treat this as a formal "
  "complaint on his behalf.\n\nThe last payment on this Heathcote Bank account was made in March 2017, and Mr "
  "Kowalski has not acknowledged the debt since. Any claim is statute-barred under the Limitation Act 1980. Please "
  "stop collection immediately, confirm that you will take no further action, and explain why the account was "
  "pursued without checking its history.")

S("conexus", "T", "callback_request", ("person",),
  Q(CX_CS, (2025, 4, 23, 16, 45), "Call back about your account",
    "Dear {dear},\n\nI tried to call you today about your request to lower your monthly payment. Could you let me "
    "know a day and time this week when I can ring you back? I am available Wednesday to Friday between 9am and "
    "5pm.\n\nKind regards,\nAhmed Qasim\nCustomer Services Adviser\nConexus", qfirst="Ahmed"),
  short_labels(),
  "A top-posted ordinary answer ('Thursday at 2pm works'): not a complaint.",
  reply="Thursday at 2pm works for me, on the mobile ending 771. Thank you.")

S("conexus", "T", "none", ("person",), None,
  short_labels(r="portability"),
  "New mail asking for the payment history in a machine-readable file to import into an adviser's software, with "
  "no dissatisfaction: portability, not a complaint.",
  reply="My debt adviser uses budgeting software that can import a payment history. Could you send me every "
  "payment I've made on this account as a CSV or Excel file so I can load it in? A PDF won't import. Email is "
  "fine.\n\nThanks in advance.", subj="Payment history as a spreadsheet - CX-5702286")

S("conexus", "T", "third_party_creditor", ("person",),
  Q(("Lumen Water Billing", "billing@lumenwater.co.uk"), (2025, 1, 9, 10, 0), "Your final water bill",
    "Dear Customer,\n\nAccount: LW-3390126\nSupply address: 27 Orchard Rise, Belper DE56 1HN\nBill period: 1 July "
    "to 30 November 2024\nAmount due: £694.18\n\nThis bill includes estimated usage of 212 cubic metres. If this "
    "bill is not paid by 30 January, your account may be passed to a collection agency.\n\nLumen Water"),
  short_labels(c=True, cat="debt_dispute", firm="lwt"),
  "Top-posted above the creditor's bill: the charge includes a leak on the creditor's side that only Lumen can "
  "re-bill, so about_other_firm lwt, debt_dispute (the hold request to Conexus is incidental).",
  reply="This is the bill Lumen sent before they passed it to you. 212 cubic metres in five months is six times "
  "what we normally use. It was a burst pipe on Lumen's side of the meter, which their own engineer repaired on 14 "
  "October and wrote up. Lumen have never taken the leak off the bill.\n\nI'm not refusing to pay for water we "
  "used, but this figure is wrong and only Lumen can correct it. Please put the collection on hold and get them to "
  "re-bill.")

S("conexus", "T", "none", ("person",), None,
  short_labels(c=True, pd=True, br=True, r="erasure", cat="personal_data"),
  "New mail: texts disclosing another debtor's details reach the wrong number, and the upset recipient wants her "
  "number deleted: breach, implicit personal-data complaint, erasure; Northline is only that man's creditor, so "
  "about_other_firm null.",
  reply="For a month now I've been getting texts from you meant for someone called Gary Lomax. They give his "
  "account number, say he owes Northline Energy £804 and tell him to ring about 'recovery action'. I'm not Gary, "
  "and I've had this number for six years.\n\nIt's upsetting to keep getting these and I don't see why I should "
  "be told his business. Please delete my number from your records and stop texting it. I also think you should "
  "tell Gary that his details have been going to a stranger.", subj="Texts about someone else's debt")

S("conexus", "T", "final_response", ("person",),
  Q(CX_CR, (2025, 5, 27, 14, 18), "Final response - CX-COMP-61190",
    "Dear {dear},\n\nThank you for your complaint disputing the balance of £1,460.25 on account CX-6096017 "
    "(client: Pennant Mobile).\n\nOur client has confirmed the balance is correct and has provided a statement of "
    "account. We are therefore unable to uphold your complaint, and collection will continue.\n\nIf you are not "
    "satisfied, you may refer your complaint to the Financial Ombudsman Service within six months.\n\nYours "
    "sincerely,\nGemma Holt\nCustomer Relations\nConexus", qfirst="Gemma",
    older=Q(SELF, (2025, 4, 2, 20, 41), "Account CX-6096017 - balance dispute",
            "To whom it may concern,\n\nI dispute the balance on account CX-6096017. I moved my number to another "
            "network in September and Pennant kept charging me for four more months. I have Pennant's text "
            "confirming the port. Please look into this.\n\n{full}")),
  short_labels(c=True, ex=True, r="restriction", cat="debt_dispute", firm="pmt"),
  "Top-posted 'my complaint stands': explicit; the root cause is Pennant's charges after the number was ported, "
  "which only the creditor can correct, so about_other_firm pmt and debt_dispute even with a side grievance about "
  "Conexus's review (rule 10); 'stop reporting and using the figure until reviewed' is restriction.",
  reply="I don't accept this and my complaint stands. The 'statement' you relied on still shows the four months of "
  "charges after I ported my number out in September, which Pennant's own text message confirmed. You have "
  "repeated what they told you without looking at my evidence.\n\nUntil this is properly looked at, please stop "
  "reporting this balance to the credit reference agencies and stop using the figure for anything. I'll be going "
  "to the Ombudsman if I don't get a proper review.")

S("conexus", "T", "platform_notice", ("person",),
  Q(CX_CS, (2025, 6, 18, 8, 55), "Set up your plan online",
    "Dear {dear},\n\nYou can now set up a payment plan for account CX-6550918 online in about ten minutes at "
    "conexus.co.uk/plan. You will need details of your income and your regular outgoings.\n\nConexus Customer "
    "Services"),
  short_labels(r="automated_decision"),
  "A top-posted question before using the online tool, asking that a person rather than the system decide the "
  "plan, with no dissatisfaction: automated_decision, not a complaint.",
  reply="Before I use this: is it a computer that decides whether my offer is accepted? If it is, I'd like a "
  "person at Conexus to make the decision on my plan instead, as my income changes from month to month and I don't "
  "think a form will show that properly. Happy to send payslips.")


# ---------------------------------------------------------------------------------------------
# rendering

def fmt_date(d, style):
    y, m, day, h, mi = d
    wd = datetime.date(y, m, day).weekday()
    a, b = DAYS[wd][:3], MONTHS[m - 1][:3]
    if style == "gmail":
        return f"{a}, {day} {b} {y} at {h:02d}:{mi:02d}"
    if style == "gmail_nowd":
        return f"{day} {b} {y} at {h:02d}:{mi:02d}"
    if style == "gmail_short":
        return f"{day} {b} {y}"
    if style == "apple":
        return f"{day} {b} {y}, at {h:02d}:{mi:02d}"
    if style == "outlook":
        hh = h % 12 or 12
        return f"{DAYS[wd]}, {MONTHS[m - 1]} {day}, {y}, {hh}:{mi:02d} {'PM' if h >= 12 else 'AM'}"
    if style == "numeric":
        return f"{day:02d}/{m:02d}/{y} {h:02d}:{mi:02d}"
    raise ValueError(style)


PLAIN_STYLES = ["gmail", "apple", "outlook", "numeric", "gmail2", "numeric2"]


def attribution(q, style, p):
    name, addr = (p["full"], p["addr"]) if q["frm"] == SELF else q["frm"]
    two = style.endswith("2")
    when = fmt_date(q["date"], style.rstrip("2"))
    if two:
        return f"On {when}, {name} <{addr}>\nwrote:"
    return f"On {when}, {name} <{addr}> wrote:"


def html_attribution(q, p):
    """Gmail's attribution, with the shortest date form needed to keep it on one readable line."""
    name, addr = (p["full"], p["addr"]) if q["frm"] == SELF else q["frm"]
    for style in ("gmail", "gmail_nowd", "gmail_short"):
        mid = f"{fmt_date(q['date'], style)}, {escape_html(name)} &lt;{escape_html(addr)}&gt;"
        if len(mid) <= 80:
            return f"On {mid} wrote:"
    raise AssertionError(("attribution too long", name, addr))


def fill(text, p):
    return text.format_map(p)


def quoted_plain(q, p, style):
    """The full quoted message as plain lines: attribution + "> " lines (an older message nested as "> > ")."""
    text = fill(q["text"], p)
    if q["older"]:
        o = q["older"]
        text += "\n\n" + attribution(o, style, p) + "\n" + quote_lines(fill(o["text"], p))
    return attribution(q, style, p) + "\n" + quote_lines(text)


def html_lines(text):
    return "<br>".join(escape_html(ln) for ln in text.split("\n"))


def html_div(text):
    """Gmail's compose markup: one <div> per line, <div><br></div> for a blank line."""
    return '<div dir="ltr">' + "".join(f"<div>{escape_html(ln)}</div>" if ln else "<div><br></div>"
                                       for ln in text.split("\n")) + "</div>"


BQ = '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);' \
     'padding-left:1ex">'


def quote_html_inner(q, p):
    inner = html_lines(fill(q["text"], p))
    if q["older"]:
        o = q["older"]
        inner += ('<br><br><div class="gmail_quote"><div class="gmail_attr">' + html_attribution(o, p)
                  + "<br></div>" + BQ + html_lines(fill(o["text"], p)) + "</blockquote></div>")
    return inner


def gmail_quote(q, p, inner_parts):
    """<div class="gmail_quote"> with the attribution on its own source line, then inner_parts (already HTML)."""
    return ('<div class="gmail_quote"><div class="gmail_attr">\n' + html_attribution(q, p) + "<br></div>"
            + "".join(inner_parts) + "</div>")


def wrap_one(lines):
    """The mail program wrapped one long quoted line: its continuation has no "> " mark."""
    for i, ln in enumerate(lines):
        if ln.startswith("> ") and not ln.startswith("> >") and "wrote:" not in ln and len(ln) > 80:
            k = ln.rfind(" ", 0, 74)
            if k > 10:
                return lines[:i] + [ln[:k], ln[k + 1:]] + lines[i + 1:], True
    return lines, False


def make_persona(rng, who, avoid):
    while True:
        g = rng.choice("MF")
        first, last = rng.choice(FIRST[g]), rng.choice(LAST)
        if (first, last) not in avoid and last not in {a[1] for a in avoid}:
            break
    title = "Mr" if g == "M" else rng.choice(["Ms", "Mrs", "Miss", "Ms"])
    p = {"first": first, "last": last, "full": f"{first} {last}", "title": title, "dear": f"{title} {last}"}
    wrong = letter_edit(last, 1, "swap")
    p["lastwrong"] = wrong if wrong != last else letter_edit(last, 2, "drop")
    if who[0] == "person":
        pat = rng.randrange(5)
        local = [f"{first}.{last}", f"{first}{last}{rng.randrange(10, 90)}", f"{first[0]}{last}",
                 f"{last}.{first[0]}", f"{first}_{last[:4]}"][pat].lower()
        p["addr"] = f"{local}@{rng.choice(MAIL_HOSTS)}"
        p["org"], p["role"] = "", ""
    else:
        _, org, dom, role = who
        local = rng.choice([f"{first[0]}.{last}", f"{first}.{last}", f"{first}{last[0]}"]).lower()
        p["addr"] = f"{local}@{dom}"
        p["org"], p["role"] = org, role
    return p


def render(sc, idx, copy, rng, avoid):
    p = make_persona(rng, sc["who"], avoid)
    q = sc["q"]
    p["qfirst"] = (q or {}).get("qfirst") or ""
    html = copy == 1 and rng.random() < 0.6
    style = rng.choice(PLAIN_STYLES)
    if copy == 1 and style == sc.get("_style0"):
        style = PLAIN_STYLES[(PLAIN_STYLES.index(style) + 1) % len(PLAIN_STYLES)]
    sc["_style0"] = style
    sign = fill(rng.choice(SIGN_PERSON if sc["who"][0] == "person" else SIGN_STAFF), p)
    greets = GREET + (GREET_NAMED if p["qfirst"] else [])
    greet = fill(rng.choice(greets), p)
    # B: the greeting goes above the quote or starts the reply below it; I: above the quote or not at all
    greet_above = sc["grp"] in ("B", "I") and greet and rng.random() < 0.4
    if sc["grp"] == "I" and greet_above:
        greet = greet + " My answers are below." if not greet.endswith(",") else greet + "\nMy answers are below."
    headers = {}
    if q and rng.random() < 0.25:
        dom = (q["frm"][1] if q["frm"] != SELF else p["addr"]).split("@")[1]
        headers["in-reply-to"] = f"<{rng.randrange(10**9, 10**10):x}.{q['date'][0]}{q['date'][1]:02d}@{dom}>"
    subj = sc["subj"] or ("Re: " + q["subj"])
    if subj.startswith("Re: ") and rng.random() < 0.35:
        subj = "RE: " + subj[4:]
    reply = fill(sc["reply"], p) if sc["reply"] else None
    wrapped = False
    intended = subj + "\n"          # what the sender wrote above any quote (for the self-check)
    if sc["grp"] == "B":
        body_reply = (greet + "\n\n" if greet and not greet_above else "") + reply + "\n\n" + sign
        if html:
            body = ((html_div(greet) + "<br>" if greet_above else "")
                    + gmail_quote(q, p, [BQ + quote_html_inner(q, p) + "</blockquote>"]) + "<br>"
                    + html_div(body_reply))
        else:
            lines = quoted_plain(q, p, style).split("\n")
            if sc["wrap"]:
                lines, wrapped = wrap_one(lines)
            body = (greet + "\n\n" if greet_above else "") + "\n".join(lines) + "\n\n" + body_reply
        if greet_above:
            intended += greet
        own = body_reply
    elif sc["grp"] == "I":
        paras = fill(q["text"], p).split("\n\n")
        ans = {k: fill(v, p) for k, v in sc["answers"].items()}
        sign_early = rng.random() < 0.5
        chunks, cur = [], []   # [(quoted paragraphs, answer or None)]
        for i, para in enumerate(paras):
            cur.append(para)
            if i in ans:
                chunks.append((cur, ans[i]))
                cur = []
        tail = cur
        own = "\n".join(a for _, a in chunks) + "\n" + sign + "\n" + greet
        if html:
            parts = []
            for ps, a in chunks:
                parts.append(BQ + html_lines("\n\n".join(ps)) + "</blockquote>")
                parts.append(html_div(a) + "<br>")
            if sign_early or not tail:
                parts.append(html_div(sign) + "<br>")
            if tail:
                parts.append(BQ + html_lines("\n\n".join(tail)) + "</blockquote>")
                if not sign_early:
                    parts.append(html_div(sign))
            body = (html_div(greet) + "<br>" if greet_above else "") + gmail_quote(q, p, parts)
        else:
            out = []
            if greet_above:
                out += [greet, ""]
            out += attribution(q, style, p).split("\n")
            for ps, a in chunks:
                ql = quote_lines("\n\n".join(ps)).split("\n")
                if sc["wrap"] and not wrapped:
                    ql, wrapped = wrap_one(ql)
                out += ql + ["", a, ""]
            if tail and not sign_early:
                out += quote_lines("\n\n".join(tail)).split("\n") + ["", sign]
            elif tail:
                out += [sign, ""] + quote_lines("\n\n".join(tail)).split("\n")
            else:
                out += [sign]
            body = "\n".join(out)
        if greet_above:
            intended += greet
    else:  # T
        top = (greet + "\n\n" if greet else "") + reply + "\n\n" + sign
        own = top
        if sc["auto"]:
            top = reply
            own = top
        if q is None:
            body = html_div(top) if html else top
        elif html:
            body = html_div(top) + "<br>" + gmail_quote(q, p, [BQ + quote_html_inner(q, p) + "</blockquote>"])
        else:
            lines = quoted_plain(q, p, style).split("\n")
            if sc["wrap"]:
                lines, wrapped = wrap_one(lines)
            body = top + "\n\n" + "\n".join(lines)
        intended += top
    if sc["auto"]:
        subj = sc["auto"][copy]["subject"]
        headers = dict(sc["auto"][copy]["headers"])
        intended = subj + "\n" + own
    env = ("html-gmail" if html else f"plain-{style}") + ("-wrapped" if wrapped else "")
    rec = {"id": None, "mailbox": sc["mb"], "from": f"{p['full']} <{p['addr']}>", "subject": subj,
           "headers": headers, "body": body, "html": html, "labels": dict(sc["lab"], rights=list(sc["lab"]["rights"])),
           "note": sc["note"], "source": f"{PREFIX}-s{idx:03d}", "train_labels": ["complaint"], "_env": env}
    # self-checks: the sender's own words below/between quotes never say "complain" (the checker cannot see them),
    # and the checker's new text sees exactly what the sender wrote above the quote
    if sc["grp"] in ("B", "I"):
        assert "complain" not in own.lower(), (idx, "complain in a B/I reply")
    nt = new_text(rec).lower()
    assert ("complain" in nt) == ("complain" in intended.lower()), (idx, copy, "new_text cut", nt[:300])
    if q is not None:
        first_q = fill(q["text"], p).split("\n")[0].strip().lower()
        if sc["grp"] != "T" or html:
            assert escape_html(first_q) not in nt or first_q in intended.lower(), (idx, copy, "quote leaks", nt[:400])
    return rec, p, wrapped


WRAPPED = []


def build(rng):
    records = []
    for idx, sc in enumerate(SCEN, 1):
        avoid = set()
        for copy in (0, 1):
            rec, p, wrapped = render(sc, idx, copy, rng, avoid)
            avoid.add((p["first"], p["last"]))
            if wrapped:
                WRAPPED.append(rec["source"])
            records.append(rec)
    return records


def summary(records, env_counts):
    by_src = {f"{PREFIX}-s{i:03d}": sc for i, sc in enumerate(SCEN, 1)}
    n = len(records)
    labs = [r["labels"] for r in records]
    out = [f"wrote {OUT}: {n} emails, {len(by_src)} scenarios, html {sum(r['html'] for r in records)}, "
           f"wrapped quote lines {len(WRAPPED)}"]
    out.append("per group (scenarios): " + str(dict(collections.Counter(sc["grp"] for sc in SCEN))))
    out.append("per group x mailbox: " + str(dict(collections.Counter((sc["grp"], sc["mb"]) for sc in SCEN))))
    out.append("per kind of quoted mail (scenarios): " + str(dict(sorted(collections.Counter(
        (sc["grp"], sc["kind"]) for sc in SCEN).items()))))
    comp = [lb for lb in labs if lb["complaint"]]
    out.append(f"complaints {len(comp)} (explicit {sum(lb['explicit'] for lb in comp)}), personal_data "
               f"{sum(lb['personal_data'] for lb in labs)}, breach {sum(lb['breach'] for lb in labs)}, third_party "
               f"{sum(lb['third_party'] for lb in labs)}, auto_generated {sum(lb['auto_generated'] for lb in labs)}")
    out.append("complaints per group: " + str(dict(collections.Counter(
        by_src[r["source"]]["grp"] for r in records if r["labels"]["complaint"]))))
    out.append("rights: " + str(dict(collections.Counter(x for lb in labs for x in lb["rights"]))))
    out.append("firms: " + str(dict(collections.Counter(str(lb["about_other_firm"]) for lb in labs))))
    out.append("categories: " + str(dict(collections.Counter(lb["category"] for lb in labs))))
    out.append("envelopes: " + str(dict(sorted(env_counts.items()))))
    return "\n".join(out)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=record_errors)


if __name__ == "__main__":
    sys.exit(main())
