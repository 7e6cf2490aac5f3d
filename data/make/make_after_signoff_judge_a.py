#!/usr/bin/env python3
"""Judge set A for what people write AFTER their sign-off (prefix "saa"): postscripts, afterthoughts,
signatures, footers and disclaimers. 60 scenarios (30 pexa, 30 conexus), each rendered twice with different
envelopes (sender, plain/HTML, greeting, sign-off, signature style): 120 emails.

Groups: S (26) a marked postscript after the signature; A (14) an unmarked afterthought after the signature;
C (20) controls: the matter sits in the body, followed by long signatures, footers and disclaimers, or the mail
has no sign-off at all.

Labels follow the labelling guide: a postscript or afterthought is the sender's own new text and counts fully; a
footer or disclaimer is the sender's organisation's boilerplate and never makes a request, a complaint or an
explicit complaint. Where a firm's footer says "complaint" on an implicit complaint, record_errors' explicit check
(which reads the whole new text) is replaced for that record by the same check on the sender's own words.

Stdlib only. Usage: .venv/bin/python data/make/make_after_signoff_judge_a.py
"""
import collections
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (html_with_quote, new_text, quote_lines, record_errors, run_generator,  # noqa: E402
                           short_labels)

SEED = 20280126
PREFIX = "saa"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "after_signoff_judge_a.jsonl")

# ---------------------------------------------------------------------------------------------
# people and organisations (all invented, except the directory firms' public details from data/firms.csv)

FIRST = ["Aisha", "Ben", "Callum", "Dorota", "Eleanor", "Farid", "Gemma", "Hamish", "Imogen", "Jasper", "Kiran",
         "Lowri", "Marcus", "Niamh", "Oluwaseun", "Priya", "Quentin", "Rosa", "Stefan", "Tamsin", "Uzma", "Vikram",
         "Wendy", "Xavier", "Yasmin", "Zoltan", "Bethan", "Connor", "Delia", "Euan", "Fatima", "Graham", "Hollie",
         "Idris", "Joanne", "Kwame", "Leanne", "Mohammed", "Nadia", "Owen", "Paulina", "Rhys", "Shona", "Tariq",
         "Ursula", "Vernon", "Wiktoria", "Yusuf", "Agnieszka", "Declan", "Maureen", "Trevor", "Sunita", "Kerry"]
LAST = ["Abernethy", "Bramwell", "Castellano", "Dunmore", "Ekwueme", "Fairbairn", "Gorski", "Hollingworth",
        "Iqbal", "Jarvie", "Kowalczyk", "Lathbury", "McIlroy", "Nwachukwu", "Ormerod", "Pennycook", "Quayle",
        "Rafferty", "Sandhu", "Tregarthen", "Underhill", "Varley", "Whitlock", "Yardley", "Zielinski", "Ashworth",
        "Blackmore", "Chaudhry", "Dimitriou", "Enright", "Fothergill", "Greenhalgh", "Hussain", "Ingleby",
        "Kavanagh", "Llewellyn", "Mbatha", "Nicholls", "O'Driscoll", "Pritchard", "Rowntree", "Szabo", "Thackeray",
        "Upton", "Vasquez", "Wainwright", "Yeoman", "Lindholm", "Okonkwo", "Petrescu"]
PERSONAL_DOMAINS = ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "icloud.com", "hotmail.co.uk",
                    "sky.com", "live.co.uk"]

# Footer pieces in the organisation's voice. "{n}" is the organisation name.
F_CONFID = ("This email and any attachments are confidential and intended solely for the addressee. If you have "
            "received it in error please notify the sender immediately and delete it. Any views or opinions "
            "expressed are those of the author and do not necessarily represent those of {n}.")
F_FRAUD = ("FRAUD WARNING: {n} will never tell you about a change to our bank details by email. If you receive an "
           "email asking you to send money to a different account, do not reply to it; call us on a number you "
           "already know and check first.")
F_PRIVACY = ("How we use personal data: {n} processes personal data in accordance with the UK GDPR and the Data "
             "Protection Act 2018. You have rights to access, correct and erase your data, to restrict or object to "
             "its use and to data portability. Our privacy notice explains how to exercise them.")
F_VIRUS = ("Although this email has been scanned for viruses, {n} accepts no liability for any damage caused by "
           "its contents. Please carry out your own checks before opening any attachment.")
F_COMPLAINTS = ("If you are unhappy with any aspect of our service, please tell us. Our complaints procedure is "
                "published on our website and a copy is available on request.")
F_ENV = "Please consider the environment before printing this email."

ORGS = {
    # pexa-side participants and others
    "gfl": dict(n="Greyfriars Law LLP", d="greyfriarslaw.co.uk", ph="0131 496 0822",
                a="8 Greyfriars Place, Edinburgh EH1 2QQ", w="www.greyfriarslaw.co.uk",
                reg="Greyfriars Law LLP is a limited liability partnership registered in Scotland (SO30517). "
                    "Regulated by the Law Society of Scotland.",
                foot=[F_CONFID, F_FRAUD]),
    "tvm": dict(n="Thames Valley Mortgages", d="tvmortgages.co.uk", ph="0118 496 0457",
                a="Station House, Forbury Road, Reading RG1 1AQ", w="www.tvmortgages.co.uk",
                reg="Thames Valley Mortgages Ltd is authorised and regulated by the Financial Conduct Authority "
                    "(FRN 604417). Registered in England and Wales no. 07731902. Registered office: Station House, "
                    "Forbury Road, Reading RG1 1AQ.",
                foot=[F_CONFID, F_ENV]),
    "hcb": dict(n="Heathcote Bank", d="heathcotebank.co.uk", ph="0345 071 3380",
                a="1 Market Square, Leeds LS1 6DB", w="www.heathcotebank.co.uk",
                reg="Heathcote Bank plc is authorised by the Prudential Regulation Authority and regulated by the "
                    "Financial Conduct Authority and the Prudential Regulation Authority.",
                foot=[F_PRIVACY, F_CONFID, F_VIRUS]),
    "pellow": dict(n="Pellow Stanton Solicitors", d="pellowstanton.co.uk", ph="01872 555 301",
                   a="4 Lemon Quay Mews, Truro TR1 2LW", w="www.pellowstanton.co.uk",
                   reg="Pellow Stanton Solicitors is the trading name of Pellow Stanton Ltd, authorised and regulated "
                       "by the Solicitors Regulation Authority (SRA no. 658214).",
                   foot=[F_FRAUD, F_CONFID]),
    "ashdown": dict(n="Ashdown Conveyancing Ltd", d="ashdownconveyancing.co.uk", ph="01273 555 840",
                    a="Unit 3, Preston Circus Yard, Brighton BN1 4JF", w="www.ashdownconveyancing.co.uk",
                    reg="Ashdown Conveyancing Ltd is regulated by the Council for Licensed Conveyancers (licence "
                        "no. 4127). Registered office as above.",
                    foot=[F_FRAUD, F_VIRUS]),
    "carrick": dict(n="Carrick & Vane LLP", d="carrickvane.co.uk", ph="01603 555 192",
                    a="17 Tombland Yard, Norwich NR3 1HF", w="www.carrickvane.co.uk",
                    reg="Carrick & Vane LLP is authorised and regulated by the Solicitors Regulation Authority "
                        "(SRA no. 611093). A list of members is available at our registered office.",
                    foot=[F_COMPLAINTS, F_FRAUD, F_CONFID]),
    "fenwick": dict(n="Fenwick Mutual Building Society", d="fenwickmutual.co.uk", ph="0191 555 0647",
                    a="Fenwick House, 9 Grey Street, Newcastle upon Tyne NE1 6EE", w="www.fenwickmutual.co.uk",
                    reg="Fenwick Mutual Building Society is authorised by the Prudential Regulation Authority and "
                        "regulated by the Financial Conduct Authority and the Prudential Regulation Authority "
                        "(FRN 206551).",
                    foot=[F_PRIVACY, F_CONFID]),
    # conexus-side senders
    "stepfwd": dict(n="StepForward Money Advice", d="stepforwardmoney.org.uk", ph="0300 555 2718",
                    a="2nd Floor, Alder House, 31 Kirkgate, Wakefield WF1 1HX", w="www.stepforwardmoney.org.uk",
                    reg="StepForward Money Advice is a registered charity (no. 1187402) and a company limited by "
                        "guarantee (no. 11302264). Authorised and regulated by the Financial Conduct Authority "
                        "(FRN 842219) for debt counselling.",
                    foot=[F_CONFID, "If you have a complaint about the service we have given you, please ask "
                                    "for a copy of our complaints policy."]),
    "harbour": dict(n="Harbourside Debt Advice CIC", d="harboursideadvice.org.uk", ph="01752 555 436",
                    a="The Sail Loft, 6 Vauxhall Quay, Plymouth PL4 0DL", w="www.harboursideadvice.org.uk",
                    reg="Harbourside Debt Advice CIC is a community interest company (no. 12964410), authorised and "
                        "regulated by the Financial Conduct Authority (FRN 931054).",
                    foot=[F_PRIVACY, F_CONFID]),
    "merriman": dict(n="Merriman Holt Solicitors", d="merrimanholt.co.uk", ph="0113 555 7260",
                     a="Bank Chambers, 12 Park Row, Leeds LS1 5HD", w="www.merrimanholt.co.uk",
                     reg="Merriman Holt Solicitors is authorised and regulated by the Solicitors Regulation "
                         "Authority (SRA no. 630482).",
                     foot=["Complaints: if you are not satisfied with our service you may complain to our Client "
                           "Care Partner and, after that, to the Legal Ombudsman.", F_FRAUD, F_CONFID]),
    "mp": dict(n="Office of Helena Marchetti-Boyd MP", d="parliament.uk", ph="020 7219 5550",
               a="House of Commons, London SW1A 0AA", w="",
               reg="Helena Marchetti-Boyd, Member of Parliament for Ravensmoor and Tilbrook.",
               foot=["Data protection: personal information you give this office is used only to deal with the "
                     "matter you have raised. We may share it with the organisation concerned so that your "
                     "complaint or enquiry can be taken up on your behalf.",
                     "This email is confidential and may be legally privileged. If you are not the intended "
                     "recipient, please delete it and tell the sender."]),
    "scl": dict(n="Sterling Credit Loans", d="sterlingcredit.co.uk", ph="0161 555 0193",
                a="Sterling House, 40 Deansgate, Manchester M3 2EG", w="www.sterlingcredit.co.uk",
                reg="Sterling Credit Loans Ltd is authorised and regulated by the Financial Conduct Authority "
                    "(FRN 710385). Registered in England no. 08817254.",
                foot=[F_CONFID, F_VIRUS]),
    "wbc": dict(n="Westbury Borough Council", d="westbury.gov.uk", ph="01373 555 010",
                a="Council Offices, Bratton Road, Westbury BA13 3EN", w="www.westbury.gov.uk",
                reg="",
                foot=["Westbury Borough Council is a data controller. We use personal data to deliver council "
                      "services and to collect council tax. To find out more about your rights, or how to make a "
                      "complaint about the way we use your information, read our privacy notice on our website.",
                      F_CONFID]),
    "greenacre": dict(n="Greenacre Homes", d="greenacrehomes.org.uk", ph="0115 555 3390",
                      a="Greenacre Court, 14 Canal Street, Nottingham NG1 7EH", w="www.greenacrehomes.org.uk",
                      reg="Greenacre Homes is a registered society under the Co-operative and Community Benefit "
                          "Societies Act 2014 (no. 31207R) and a registered provider of social housing (L4482).",
                      foot=[F_PRIVACY, F_CONFID]),
    "marlowe": dict(n="Marlowe Freight Ltd", d="marlowefreight.co.uk", ph="01482 555 612",
                    a="Dock Office, 3 Humber Quay, Hull HU1 1TB", w="www.marlowefreight.co.uk",
                    reg="Marlowe Freight Ltd. Registered in England and Wales no. 04418236. Registered office: Dock "
                        "Office, 3 Humber Quay, Hull HU1 1TB.",
                    foot=[F_CONFID, F_ENV]),
}

# ---------------------------------------------------------------------------------------------
# scenarios

SCEN = []


def sc(sid, mailbox, group, who, subjects, body, labs, note, tails=(), quote=None, envs=None, titles=None):
    """who: "person" (consumer/debtor/relative writing from a personal address) or an ORGS key (staff of that
    organisation). subjects: one per rendering. tails: for S the postscript texts (one, or two for a PPS),
    for A the one afterthought paragraph. quote: (who wrote, text) of earlier mail, quoted under the
    signature. envs: optional two envelope dicts fixing style / footer / greeting (else drawn)."""
    assert group in "SAC" and len(subjects) == 2
    SCEN.append(dict(sid=f"{PREFIX}-{sid}", mailbox=mailbox, group=group, who=who, subjects=subjects, body=body,
                     labs=labs, note=note, tails=list(tails), quote=quote, envs=envs, titles=titles))


L = short_labels

# ---- Group S: postscripts ---------------------------------------------------------------------

sc("s001", "pexa", "S", "gfl", ["New user for our Glasgow office", "Adding a user - Glasgow team"],
   "Could you set up a PEXA login for our new trainee in the Glasgow office, Mhairi Dunlop "
   "(mhairi.dunlop@greyfriarslaw.co.uk)? She should have the same role as the rest of the residential team. "
   "Her start date is Monday.",
   L(c=True, cat="platform_defect"),
   "The body is a routine user request, but the postscript reports a second failed settlement caused by a "
   "platform error and asks for an explanation and the client's costs: an implicit complaint, platform_defect "
   "(the law firm is the complainant, so about_other_firm stays null).",
   tails=["While I have you - workspace 44-20931 failed to settle again on Tuesday afternoon. The screen said "
          "the funds were not available, yet our client account shows the money went out at 13:52. That is the "
          "second time this month. Can someone tell me what actually went wrong, and who covers the extra day's "
          "interest our buyer was charged?"],
   titles=["Senior Associate", "Conveyancing Paralegal", "Residential Property Partner"])

sc("s002", "pexa", "S", "tvm", ["Change of invoice address", "Invoices - new postal address"],
   "From next month please send our PEXA invoices to our new accounts payable address: Accounts Payable, "
   "Thames Valley Mortgages, Unit 9 Kennet Side, Reading RG1 3EA. The purchase order number stays the same.",
   L(c=True, ex=True, cat="service_quality"),
   "The body is an ordinary admin change; the postscript says 'I want to make a complaint' about the support "
   "agent who ended a call and the dismissive follow-up: explicit, service_quality.",
   tails=["I also want to make a complaint about your support line. On Friday my colleague rang about a stuck "
          "lodgement, and the agent told her it was 'not his job to explain the basics' and ended the call. When "
          "she emailed afterwards she got a one-line reply pointing her to the help pages. I'd like that looked "
          "into and a proper answer."],
   titles=["Completions Manager", "Head of Mortgage Operations"])

sc("s003", "pexa", "S", "person", ["Question about PEXA", "how does pexa work?"],
   "I'm buying my first flat and my solicitor mentioned that the money will go through PEXA on completion day. "
   "I'd never heard of it, so I just wanted to check what you actually do and whether I need to sign up for "
   "anything myself. Thanks for any pointers.",
   L(c=True, firm="mpc", cat="delay"),
   "A first-time buyer's neutral question in the body; the postscript is a consumer's grievance purely about "
   "her conveyancer (Marsh & Penrose, in the directory) not answering for three weeks with completion due, so "
   "it is a complaint to forward: about_other_firm=mpc, category delay.",
   tails=["My solicitors, Marsh & Penrose in Exeter, haven't answered a single email or call in three weeks and "
          "we're meant to complete next Friday. The estate agent can't get through to them either. Is there "
          "anything you can do to make them respond? I'm getting really worried we'll lose the flat."])

sc("s004", "pexa", "S", "person", ["Leaving conveyancing - my PEXA user account",
                                   "My account after I leave"],
   "After eleven years I'm leaving conveyancing at the end of this month to retrain as a teacher, so this is "
   "just to say thank you to the support team, who have always been patient with me, especially in the early "
   "days of the platform.",
   L(r="portability,erasure"),
   "A friendly leaving note with no dissatisfaction; the postscript asks for her training history as a "
   "spreadsheet file to load into another system (portability) and then for the profile to be removed "
   "(erasure). Rights count without a complaint.",
   tails=["Before I go, could you export my training and certification history as a CSV or Excel file? My new "
          "employer's learning system can import that directly. Once I've confirmed I have it, please remove my "
          "user profile and my personal details from PEXA altogether."])

sc("s005", "pexa", "S", "pellow", ["Training places for two new starters", "Booking training - new starters"],
   "We have two new conveyancing assistants joining us on the 3rd. Could you book them onto the next "
   "introductory workspace session, online if possible? Their names are Ellis Hartnell and Jodie Pascoe.",
   L(br=True),
   "The body books training. The postscript reports that a workspace notification about our client (name, new "
   "address, loan amount) went to a person at another firm: a personal data breach (breach=true). The sender "
   "expects nothing and shows no dissatisfaction, so it is not a complaint and personal_data stays false.",
   tails=["Something to pass on to your data protection people rather than a problem for us: yesterday a "
          "workspace notification about our client Mr Treloar, with his new address and the loan amount, was "
          "delivered to a paralegal at another firm in Penzance instead of to us. She forwarded it on and has "
          "deleted her copy. No need to come back to me on it - just so you have it on record."],
   titles=["Practice Manager", "Office Manager"])

sc("s006", "pexa", "S", "person", ["Sale completion - who do I ask?", "completion date question"],
   "We're selling our house and I'm a bit lost about who does what. If I want to know the exact time the money "
   "lands on completion day, should I ask our solicitor or you? Our buyers' lender is also on your system, I "
   "think.",
   L(c=True, firm="kbs", cat="fees_charges"),
   "The body is a neutral question and the first postscript an apology for length; the second postscript (PPS) "
   "objects to Kestrel's unannounced redemption admin fee and asks for it back: an implicit complaint purely "
   "about a participant lender, about_other_firm=kbs, fees_charges.",
   tails=["Sorry for all the questions, it's our first sale.",
          "Also Kestrel (our mortgage) have just sent a redemption figure with a \u00a3125 'discharge "
          "administration fee' on it that nobody ever mentioned to us, not at the start of the mortgage and not "
          "last month when I asked for a figure. I want that taken off - who do I chase?"])

sc("s007", "pexa", "S", "hcb", ["API release dates for Q3", "Q3 API changes"],
   "Our integration team would like the dates of the Q3 API release and the sandbox availability, so we can "
   "book regression testing. Is the deprecation of the old settlement status endpoint still planned for the "
   "same release?",
   L(r="informed"),
   "A neutral technical enquiry; the postscript asks, without any grievance ('just curious'), what PEXA does "
   "with the writer's own login activity, where the report draws on and on what basis: informed, no complaint.",
   tails=["On a personal note and not urgent: I noticed my own sign-in times appear in the activity report our "
          "team leader receives. Just curious - what do you record about individual users' logins, what is it "
          "used for, and on what legal basis? Not a problem, I'd simply like to understand it."],
   titles=["Integration Lead, Digital Mortgages", "Solutions Architect"])

sc("s008", "pexa", "S", "person", ["Re: your completion survey", "Survey emails"],
   "Our purchase completed last month and all went fine as far as I know - I assume the solicitors used your "
   "system. I had a few questions about the stamp duty return but the solicitor has answered them.",
   L(c=True, pd=True, r="objection", cat="personal_data"),
   "The body is neutral, but the postscript objects to survey and newsletter emails the buyer never agreed to "
   "(four so far) and asks PEXA to stop using his details that way: a complaint about unexpected use of his "
   "data (personal_data), right objection.",
   tails=["I object to my email address being used for your customer surveys and newsletters. I never signed "
          "up to anything with PEXA and I've now had four of them. Please stop using my details for this."],
   quote=("PEXA Customer Experience", "Hi there,\n\nCongratulations on your recent move! We'd love to hear how "
          "your settlement went. Our survey takes three minutes.\n\nThe PEXA Customer Experience team"))

sc("s009", "pexa", "S", "fenwick", ["Formal complaint: fee increase without notice",
                                    "Complaint - unannounced change to settlement fee"],
   "I am writing to complain formally about the increase in the per-settlement fee applied to our April invoice. "
   "We were given no notice of the change, which adds roughly \u00a32,300 a month to our costs, and your account "
   "manager could not point us to any announcement. Please refund the difference for April and explain how "
   "price changes are meant to be notified to participants.",
   L(c=True, ex=True, cat="fees_charges"),
   "The body is an explicit complaint about a fee increase (fees_charges); the postscript is ordinary (who to "
   "copy during leave) and changes nothing.",
   tails=["I'm on annual leave from Thursday for a week, so please copy my colleague Harriet Bolam "
          "(harriet.bolam@fenwickmutual.co.uk) on any reply."],
   titles=["Head of Lending Operations", "Mortgage Completions Manager"])

sc("s010", "pexa", "S", "ashdown", ["Second signatory on a workspace", "Adding a second signatory"],
   "Quick question: on a sale where both directors of selling company must sign the transfer, how we add the "
   "second director as signatory in the workspace? I could not find this in the guide.",
   L(),
   "A neutral how-to question with an ordinary postscript (best time to call): nothing to label.",
   tails=["Best time to catch me by phone is after 3pm, I'm in completions meetings all morning."],
   titles=["Licensed Conveyancer", "Senior Conveyancer"])

sc("s011", "pexa", "S", "carrick", ["My name on my PEXA profile", "Spelling of my name in PEXA"],
   "My surname is spelt wrongly on my PEXA user profile and it now shows on the signing certificates in our "
   "workspaces. Could you correct it from 'Wakefeild' to 'Wakefield'? Nothing has gone wrong as a result, I'd "
   "just like it right before our next batch of completions.",
   L(r="rectification"),
   "A calm request to correct the user's own record (rectification) without dissatisfaction; the postscript "
   "only says a document will follow. The firm's footer mentions its complaints procedure, which is "
   "boilerplate and sets nothing.",
   tails=["I'll send a scan of my practising certificate separately, in case you need proof of the spelling."],
   envs=[dict(style="block_footer", html=False), dict(style="kr_title", foot=True)],
   titles=["Associate Solicitor", "Trainee Solicitor"])

sc("s012", "pexa", "S", "person", ["Thanks for explaining", "Re: how settlement works"],
   "Thank you for the clear explanation of how the funds move on the day. It makes much more sense now and I "
   "know what to expect.",
   L(c=True, firm="unknown", cat="service_quality"),
   "The body thanks PEXA; the postscript is a buyer's grievance about her own conveyancer (Brightwater "
   "Conveyancing, not in the directory) being rude and not returning documents, asking PEXA to act: a complaint "
   "to forward, about_other_firm=unknown, service_quality.",
   tails=["One thing I'm not happy about - Brightwater Conveyancing, who are acting for me, have been really "
          "rude on the phone, and they still haven't sent back my signed ID documents after a month. The woman "
          "there told me to 'stop ringing'. Can you tell them or tell me who can?"],
   quote=("PEXA Customer Support", "Hello,\n\nThanks for your question. On completion day, the buyer's lender "
          "and the conveyancers confirm the figures in the workspace, and at the settlement time the funds move "
          "between the banks' accounts at the same moment the documents are lodged.\n\nKind regards\nPEXA "
          "Customer Support"))

sc("s013", "pexa", "S", "person", ["Still listed under my old firm", "PEXA profile - old employer"],
   "I moved from Greyfriars to a new firm in March, and I've started using PEXA there without any trouble. Hope "
   "you're all well.",
   L(c=True, pd=True, br=True, r="rectification,restriction", cat="personal_data"),
   "The body is a pleasantry; the postscripts say the user is still shown under her former firm, so invitations "
   "with that firm's clients' names keep reaching her (data exposed to the wrong person: breach), ask for the "
   "record to be corrected and for her not to be shown under the old firm meanwhile: implicit complaint, "
   "personal_data, rectification and restriction.",
   tails=["Actually, there is one problem. Your system still lists me as a Greyfriars Law user. For three weeks "
          "I've been getting their workspace invitations, with their clients' names and property addresses in "
          "them, and I've reported it twice on the chat.",
          "Please correct my profile to my current firm, and until that's done stop showing me as part of "
          "Greyfriars so their invitations stop coming to me. I'd like to hear back when it's fixed."])

# conexus S

sc("s014", "conexus", "S", "person", ["Standing order set up", "Payments - standing order"],
   "Just to let you know I've set up a standing order for \u00a340 a month on the 1st, starting next month, "
   "using the account reference CX-7731058 as you asked.",
   L(r="access"),
   "An ordinary payment confirmation; the postscript asks for a copy of the notes and call recordings held "
   "about the writer: access, with no dissatisfaction, so not a complaint.",
   tails=["Could you also send me a copy of all the information you hold about me - account notes, letters and "
          "any recordings of my phone calls with your team? I want to keep my own records in one place."])

sc("s015", "conexus", "S", "person", ["Payment for this month", "Payment made today"],
   "I've paid this month's \u00a325 by card on your website this morning. The confirmation number is 88213.",
   L(c=True, pd=True, br=True, cat="collection_conduct"),
   "The body confirms a payment; the postscript says an agent rang the writer's workplace three times after "
   "being told not to and told a colleague what the call was about (a disclosure: breach), and demands it stop: "
   "implicit complaint, category collection_conduct (the main grievance is how the debt is pursued), with "
   "personal_data and breach.",
   tails=["And your agent phoned me at work three times yesterday even though I told him last week never to ring "
          "that number. The third time my supervisor picked up and he told her he was calling about my debt. "
          "Everyone on my shift knows now. I want this stopped and I want someone to explain how that was "
          "allowed to happen."])

sc("s016", "conexus", "S", "person", ["Change of payment date", "Can I move my payment date"],
   "I get paid on the 28th now instead of the 15th. Can my monthly payment be taken on the 29th from next month? "
   "The amount stays the same.",
   L(c=True, ex=True, cat="fees_charges"),
   "An ordinary request in the body; the postscript says 'I want to complain' about a \u00a360 trace fee added "
   "to the balance: explicit complaint about a fee added on top of the debt, fees_charges.",
   tails=["I want to complain about the \u00a360 'trace fee' that appeared on my last statement. You didn't need "
          "to trace me, I've lived at the same address for nine years and you've been writing to me here all "
          "along. Please remove it."])

sc("s017", "conexus", "S", "person", ["Meter reading photos", "Photos of meter readings"],
   "Attached are photos of the water meter reading and the letter from my landlord with the date I moved out, "
   "as the lady on the phone asked.",
   L(c=True, firm="lwt", cat="debt_dispute"),
   "The body sends documents; the postscript disputes the whole water bill because Lumen billed a property the "
   "writer had left, which only the creditor can fix: implicit complaint to forward, about_other_firm=lwt, "
   "debt_dispute.",
   tails=["the whole bill is wrong anyway. Lumen Water kept charging me for Flat 2 for fourteen months after I "
          "handed back the keys, I told them when I left. I'm not paying for water someone else used, they need "
          "to cancel it."])

sc("s018", "conexus", "S", "harbour", ["Client: Mrs L Okonjo - I&E attached", "I&E for our client, CX-5520914"],
   "Please find attached an up-to-date income and expenditure statement for our client, Mrs Lydia Okonjo "
   "(your ref CX-5520914), together with her signed authority for us to act. She can offer \u00a312 a month "
   "from her surplus.",
   L(tp=True, r="automated_decision"),
   "A money adviser sends the client's I&E (third_party). The postscript passes on the client's request that a "
   "person, not the online system, decide her payment offer, which the portal turned down automatically: "
   "automated_decision. It is asked neutrally, so no complaint.",
   tails=["Mrs Okonjo tried to make this offer through your online portal first and it was turned down "
          "automatically within a minute. She has asked me to request that a member of staff, rather than the "
          "system, looks at the offer and makes the decision."],
   titles=["Debt Adviser", "Money Adviser (Casework)"])

sc("s019", "conexus", "S", "person", ["Authority form for my mother", "Signed third party authority - Mrs R Hallam"],
   "As promised on the phone, here is the third party authority signed by my mother, Mrs Ruth Hallam, so you "
   "can discuss her account (CX-3308471) with me. She's happy for letters to keep going to her own address.",
   L(tp=True, r="rectification"),
   "A daughter writing for her mother (third_party) sends an authority; the postscript asks for the mother's "
   "misspelt surname to be corrected (rectification), politely and without dissatisfaction: no complaint.",
   tails=["Mum's surname is spelt Hallum on every letter you've sent - it should be Hallam, with an a. Could you "
          "correct that on her account?"])

sc("s020", "conexus", "S", "person", ["My account CX-6617302", "About the account CX-6617302"],
   "I am receive your letter about money for Fernhill Leisure Club. I am from Romania and my English is not so "
   "good, sorry. I want to understand what is this money and why you are write to me.",
   L(c=True, firm="unknown", cat="debt_dispute"),
   "The body (non-native English) asks what the debt is; the postscript says the gym kept charging after a "
   "written cancellation and asks for the debt to be cancelled: a dispute whose root cause is the creditor "
   "(Fernhill Leisure Club, not in the directory), about_other_firm=unknown, debt_dispute.",
   tails=["I cancel this gym in writing in January, I have the paper with stamp from reception. They take money "
          "after this and now they say I owe. This is not correct, I not owe them nothing. Please they cancel "
          "this."])

sc("s021", "conexus", "S", "person", ["Pennant Mobile account", "Letter about Pennant Mobile"],
   "Thanks for your letter of the 12th. I've put a hold on the account like you suggested while I sort out the "
   "paperwork.",
   L(c=True, ex=True, firm="pmt", cat="debt_dispute"),
   "The body is ordinary; the postscript disputes the Pennant Mobile debt (charges for a returned handset) and "
   "says 'I complained to Pennant', naming the grievance as a complaint: explicit, about the creditor's own "
   "billing, so about_other_firm=pmt, debt_dispute.",
   tails=["The balance is for a handset I sent back to Pennant in the first fortnight - I have the Royal Mail "
          "receipt. I complained to Pennant in May and they never answered. I don't owe this and I want the "
          "account sent back to them to sort out."])

sc("s022", "conexus", "S", "person", ["Complaint about number of calls", "Complaint - phone calls every day"],
   "I'm making a complaint about how often your office rings me. Nine calls in the last week, some before 8am "
   "and one on Sunday, even though I am keeping to my payment plan and have never missed a payment. Please "
   "explain why this is happening and make it stop.",
   L(c=True, ex=True, cat="collection_conduct"),
   "The body is an explicit complaint about call frequency (collection_conduct); the postscript is a "
   "pleasantry praising one agent and changes nothing.",
   tails=["To be fair, Jodie who I spoke to on Thursday was really kind and helpful, this isn't about her."])

sc("s023", "conexus", "S", "person", ["Payment plan question", "question about my plan"],
   "If I pay a lump sum of \u00a3300 in September when I get my tax refund, will that shorten the plan or reduce "
   "the monthly amount? Either is fine, I just want to know what happens.",
   L(),
   "A neutral question about a payment plan, and a postscript apologising for an earlier email sent by "
   "mistake: nothing to label.",
   tails=["Sorry about the blank email a minute ago, I pressed send too soon."])

sc("s024", "conexus", "S", "person", ["Still no statement", "Statement I asked for in June"],
   "I asked for a statement of my account on 9 June so I could see how the balance was worked out. It is now "
   "six weeks later and I have had nothing, despite a reminder on the phone. I need it for my debt adviser "
   "appointment. Please send it this week.",
   L(c=True, cat="delay"),
   "The body chases a statement still missing after six weeks: an implicit complaint about delay (a statement "
   "of account is not a data-rights request). The postscript only says documents will follow by post.",
   tails=["Documents to follow: I'll post you copies of my last two payment receipts."])

sc("s025", "conexus", "S", "person", ["Account paid in full", "Final payment made - CX-2290157"],
   "I made the final payment on my account this week, so the balance should now be zero. Once you've "
   "confirmed the account is closed, please delete my personal details from your systems - I have no reason "
   "to deal with you again. Thanks for your help along the way.",
   L(r="erasure"),
   "A calm closing request to delete the writer's data (erasure) with thanks, no dissatisfaction; the "
   "postscript is a contact preference.",
   tails=["It's best to email me rather than call, I work nights."])

sc("s026", "conexus", "S", "person", ["Re: Your statement", "Your email of Tuesday"],
   "Thanks for the statement. The figures look right to me.",
   L(c=True, pd=True, br=True, cat="personal_data"),
   "The body accepts the statement; the second postscript says the email also carried another customer's "
   "statement (someone else's data sent to the wrong person: breach) and asks who has the writer's own: an "
   "implicit complaint about data handling, personal_data.",
   tails=["I'll pay the next instalment on Friday as usual.",
          "The same email had a second attachment - a statement for a Mr Saunders in Halifax, with his address "
          "and balance on it. If you're sending his to me, who is getting mine? I want to know what happened and "
          "that it won't happen again."],
   quote=("Conexus Customer Services", "Dear customer,\n\nPlease find attached your account statement as "
          "requested.\n\nRegards\nConexus Customer Services"))

# ---- Group A: afterthoughts without a postscript mark -------------------------------------------

sc("a001", "pexa", "A", "pellow", ["Thanks - workspace 51-30877 sorted", "Re: workspace 51-30877"],
   "Thanks for sorting out the participant invitation on 51-30877 so quickly yesterday, the completion went "
   "through without a hitch.",
   L(c=True, cat="usability"),
   "The body thanks PEXA for a resolved matter; the unmarked afterthought after the name says the new upload "
   "screen works but makes staff pick from an unsorted 60-item list, causing wrong choices and re-lodgements, "
   "and asks for someone to come back: implicit complaint, usability.",
   tails=["Oh, and one more thing: the new document upload screen. You now have to pick the document type from "
          "an unsorted list of about sixty entries, and twice this week our paralegals picked the wrong one and "
          "the lodgement had to be redone. Can somebody look at the design of that list and come back to me?"],
   quote=("PEXA Support", "Hello,\n\nWe have re-sent the participant invitation for workspace 51-30877 and it now "
          "shows as accepted.\n\nKind regards\nPEXA Support"),
   titles=["Head of Residential Conveyancing", "Conveyancing Team Leader"])

sc("a002", "pexa", "A", "person", ["When will my purchase be in PEXA?", "Workspace for my purchase"],
   "We're buying 27 Rookery Lane and our completion date is meant to be the 19th. Could you tell me whether a "
   "workspace has been opened for our purchase yet?",
   L(c=True, firm="ols", cat="delay"),
   "A buyer's neutral question, then an afterthought without a mark: Orchard Lane (OLS) blames PEXA for the "
   "delay but has not opened the workspace, and the buyer is fed up and wants it moving. A consumer's complaint "
   "about the participant firm serving her, so about_other_firm=ols, category delay.",
   tails=["Forgot to say - OLS keep telling us the hold-up is on PEXA's side, but when I rang your helpline I "
          "was told nothing has been set up by them at all. We've already had to move the removal date once. "
          "I'm fed up with being fobbed off, somebody needs to get this moving."])

sc("a003", "pexa", "A", "tvm", ["Complaint - cancelled training for new staff",
                                "Complaint about the broker training sessions"],
   "I wish to raise a complaint about the training for our new completions staff. The session booked for the "
   "4th was cancelled the evening before, the replacement on the 11th started 40 minutes late and the trainer "
   "used screens from the old version of the platform. Three of our people are still not signed off to use "
   "PEXA. Please arrange a proper session this month and confirm the trainer will use the current version.",
   L(c=True, ex=True, cat="training"),
   "An explicit complaint about training in the body; the afterthought after the name is a seasonal greeting "
   "and changes nothing.",
   tails=["Also, belated happy new year to everyone on the support desk - this isn't aimed at you."],
   titles=["Operations Director", "Completions Team Manager"])

sc("a004", "pexa", "A", "ashdown", ["User forum in Leeds", "Leeds user forum - agenda?"],
   "Is the agenda for next month's participant user forum in Leeds available yet? We'd like to send two people "
   "and want to know whether the lodgement changes will be covered.",
   L(),
   "A neutral enquiry with an ordinary afterthought (a meeting offer): nothing to label.",
   tails=["Also, if anyone from your onboarding team is going, I'd be glad to buy them a coffee and say thanks "
          "in person."],
   titles=["Director", "Operations Manager"])

sc("a005", "pexa", "A", "carrick", ["Signed participation documents", "Our signed documents for registration"],
   "Please find attached the signed participation agreement and the completed bank account verification form "
   "for Carrick & Vane.",
   L(c=True, cat="onboarding"),
   "The body sends documents; the afterthought says the firm has been asked three times for the same partner ID "
   "documents, cannot transact after six weeks, and wants a named contact and a date: implicit complaint, "
   "onboarding (a specific theme beats delay). The footer's complaints sentence is the firm's boilerplate.",
   tails=["One other thing. This is the third time in six weeks we have been asked for the same identity "
          "documents for our partners, each time by a different person on your onboarding team, and we still "
          "can't transact. I'd like one named contact and a firm date for going live, please."],
   envs=[dict(style="block_footer"), dict(style="dashdash_org", foot=True)],
   titles=["Practice Manager", "Compliance Officer"])

sc("a006", "pexa", "A", "hcb", ["Workspace report format", "Monthly workspace report - CSV columns"],
   "Could the monthly workspace report we receive include the lender reference column again? It disappeared "
   "in the March version and our reconciliation relies on it.",
   L(r="access"),
   "The body is a routine service request; the afterthought asks, without dissatisfaction, for a copy of the "
   "personal data PEXA holds about the writer as a user, including the login audit log: access, no complaint.",
   tails=["Also, while I think of it - I'd like a copy of the personal data you hold about me as a user, "
          "including the audit log of my logins and actions. It's for my own records, nothing has gone wrong."],
   titles=["Mortgage Servicing Analyst", "Reconciliations Manager"])

sc("a007", "pexa", "A", "gfl", ["Could not get through to support", "Support phone line today"],
   "I spent 45 minutes on hold to your support line this morning with a completion due at 2pm, got through to "
   "an agent, and was cut off while she was transferring me. Nobody called back. This is the second time this "
   "month. Please can someone call me back today and explain what is going on with the phone queue.",
   L(c=True, cat="wait_time"),
   "The body is an implicit complaint about waiting to reach support (wait_time); the afterthought only gives a "
   "new direct line for the call back, which is contact information, not a data request.",
   tails=["Also, my direct line changed last week - it's now 0131 496 0859 if you're calling back."],
   titles=["Associate", "Senior Paralegal"])

sc("a008", "conexus", "A", "person", ["Payment received?", "Did my payment arrive"],
   "Can you confirm you recieved the \u00a380 I paid on Monday? My banking app shows it left my account.",
   L(c=True, pd=True, br=True, cat="collection_conduct"),
   "The body is a neutral payment query; the afterthought (no mark) says the doorstep agent shouted the debt "
   "through the letterbox in front of neighbours (disclosure: breach) and demands an apology: implicit "
   "complaint about how the debt is pursued, collection_conduct, personal_data and breach.",
   tails=["Forgot to mention, the man you sent on Saturday shouted through the letterbox that I owed you "
          "\u00a31,240 while my neighbours were out in their front gardens. That is not on. I want an apology "
          "and a promise it won't happen again."])

sc("a009", "conexus", "A", "stepfwd", ["Proposal for our client Mr D Amadi", "Mr Amadi - payment proposal"],
   "We act for Mr Daniel Amadi (your ref CX-4127760); his signed authority is attached. He can offer \u00a320 a "
   "month from his budget. Please hold the account for 30 days while you consider the offer.",
   L(c=True, tp=True, cat="collection_conduct"),
   "A money adviser (third_party) sends a proposal; the afterthought says the collector told the client he "
   "would 'lose his house' and asks for a response: implicit complaint about collection conduct.",
   tails=["Also - Mr Amadi tells me your collector said on Tuesday that he would 'lose his house' if he didn't "
          "pay in full that day. He rents, and he was in tears when he came to see us. Please investigate and let "
          "me have your response."],
   titles=["Money Adviser", "Senior Debt Caseworker"])

sc("a010", "conexus", "A", "person", ["Northline account - paying by instalments",
                                      "Instalments on the Northline debt"],
   "I would like to pay the Northline balance at \u00a350 a month. Please send me the bank details.",
   L(c=True, firm="nte", cat="debt_dispute"),
   "The body asks to pay by instalments; the afterthought says the debt itself is a catch-up bill from a "
   "faulty meter Northline estimated for 18 months and tells Conexus to take it up with them: the root cause is "
   "the creditor's billing, about_other_firm=nte, debt_dispute.",
   tails=["Oh and the only reason I'm behind is that Northline estimated my readings for a year and a half and "
          "then hit me with a \u00a31,400 catch-up bill. Their engineer admitted the meter was faulty. Take it "
          "up with them, the bill should be recalculated."])

sc("a011", "conexus", "A", "person", ["Arrangement", "Re: your arrangement letter"],
   "Thanks for agreeing the reduced arrangement of \u00a315 a month. I'll review it with my adviser in six "
   "months as you suggested.",
   L(),
   "A thank-you for an agreed arrangement and an afterthought of thanks: no dissatisfaction, nothing to label.",
   tails=["Also thank you for being patient with me on the phone last month, I wasn't at my best."],
   quote=("Conexus Customer Services", "Dear customer,\n\nWe confirm your arrangement of \u00a315.00 per month "
          "from 1 September, to be reviewed in six months.\n\nConexus Customer Services"))

sc("a012", "conexus", "A", "scl", ["Complaint: late remittance reports", "Remittance reporting - complaint"],
   "I am raising a complaint on behalf of Sterling Credit Loans about the monthly remittance reports. The "
   "reports for April, May and June all arrived more than three weeks after the agreed date, which has held up "
   "our reconciliations and our own regulatory returns. Please explain the cause and confirm the July report "
   "will arrive on time.",
   L(c=True, ex=True, cat="delay"),
   "A creditor client's staff member complains explicitly about late reports (delay); writing for her own "
   "employer is not third_party. The afterthought is a handover notice.",
   tails=["Also, I move to a new team on the 1st, so please address future correspondence to Priya Shah."],
   titles=["Collections Partner Manager", "Head of Recoveries"])

sc("a013", "conexus", "A", "person", ["My payment plan", "Payment plan review"],
   "My payment plan is due for review next month. Nothing has changed in my income, so I'm happy to carry on at "
   "the same amount.",
   L(c=True, pd=True, r="informed", cat="personal_data"),
   "The body is routine; the afterthought is unhappy that Conexus emailed the writer's work address, which he "
   "never gave, and asks where it came from and why it is used: implicit complaint about unexpected use of "
   "data, personal_data, informed.",
   tails=["And another thing: why did your reminder come to my work email address? I never gave it to you or to "
          "Heathcote. I want to know where you got it from and what gives you the right to use it, and I'm not "
          "happy about it."])

sc("a014", "conexus", "A", "person", ["Already paid - CX-9904416", "This debt is paid"],
   "Your letter says I still owe \u00a3212.40, but I paid the full balance to you by bank transfer on 3 March "
   "and your agent confirmed it on the phone. Please correct the account and stop the letters.",
   L(c=True, cat="debt_dispute"),
   "The body disputes a balance already paid to Conexus (debt_dispute; Conexus's own records, so no other "
   "firm); the afterthought only says proof is attached.",
   tails=["Also, I've attached the bank statement showing the transfer."])

# ---- Group C: controls - the matter in the body, long signatures and footers, or no sign-off --------

sc("c001", "pexa", "C", "fenwick", ["Complaint - failed settlement on workspace 38-11420",
                                    "Formal complaint: settlement failure 38-11420"],
   "I am writing to make a formal complaint about yesterday's failed settlement on workspace 38-11420. The "
   "workspace showed 'ready to settle' at 11:00 but the settlement never ran, with a 'system error 503' message, "
   "and our borrowers could not collect their keys until the following day. Please explain the fault and set "
   "out how you will meet the costs our borrowers incurred.",
   L(c=True, ex=True, cat="platform_defect"),
   "An explicit complaint about a settlement that failed on a system error (platform_defect) followed by a "
   "long signature and a privacy and confidentiality footer, which set nothing.",
   envs=[dict(style="block_footer"), dict(style="kr_title", foot=True)],
   titles=["Head of Completions", "Senior Completions Officer"])

sc("c002", "pexa", "C", "merriman", ["Workspace fees on a transfer of equity", "Fee question - transfer of equity"],
   "Could you tell me whether a transfer of equity with no new lender attracts the full workspace fee or the "
   "reduced one? We have three in the pipeline and want to quote clients correctly.",
   L(),
   "A neutral fee question. The law firm's footer tells its own clients how to complain; it is boilerplate, "
   "not a complaint by the sender.",
   envs=[dict(style="block_footer"), dict(style="dashdash_org", foot=True)],
   titles=["Solicitor", "Property Assistant"])

sc("c003", "pexa", "C", "carrick", ["Wrong lodgement fee from your support desk",
                                    "Support gave us the wrong Land Registry fee"],
   "On 2 June your support desk told our paralegal that the Land Registry fee for a \u00a3410,000 purchase would "
   "be \u00a3150. It was \u00a3295, the lodgement was rejected for underpayment and our client's registration "
   "was delayed by nine days. We relied on what your staff told us. Please confirm what went wrong and refund "
   "the resubmission charge.",
   L(c=True, cat="inaccurate_information"),
   "An implicit complaint about wrong information from support (inaccurate_information). The only 'complaint' "
   "is in the firm's footer about its own complaints procedure, boilerplate that does not make it explicit.",
   envs=[dict(style="block_footer"), dict(style="kr_title", foot=True, html=True)],
   titles=["Partner, Residential Property", "Senior Paralegal"])

sc("c004", "pexa", "C", "person", ["Beacon still haven't sent the money", "mortgage money not sent"],
   "we were supposed to complete at 12 today and Beacon still havent released our mortgage funds. our "
   "solicitor says its nothing to do with him, the sellers are threatening to pull out. someone needs to sort "
   "this today",
   L(c=True, firm="bhf", cat="delay"),
   "A buyer's grievance purely about her lender (Beacon Home Finance) releasing funds late, written with no "
   "greeting or sign-off: a complaint to forward, about_other_firm=bhf, category delay.",
   envs=[dict(style="nosig", greeting=""), dict(style="nosig_mobile", greeting="")])

sc("c005", "pexa", "C", "ashdown", ["Settlement time on a Friday", "Latest settlement time Fridays"],
   "What is the latest time a workspace can be set to settle on a Friday before a bank holiday weekend? We "
   "have a client who is keen to complete on the 23rd.",
   L(),
   "A neutral question; the long signature and the bank-details fraud warning are boilerplate.",
   envs=[dict(style="block_footer", html=False), dict(style="block_footer", html=True)],
   titles=["Conveyancing Executive", "Licensed Conveyancer"])

sc("c006", "pexa", "C", "hcb", ["Access for our new team members", "Portal access for three new starters"],
   "Please could you give three new members of our mortgage completions team access to the PEXA portal with "
   "the standard lender role? Their details are in the attached spreadsheet.",
   L(),
   "A routine user-access request ('access' means portal access). The bank's footer lists data-protection "
   "rights in the bank's voice; the sender asks for none of them, so rights=[].",
   envs=[dict(style="block_footer", html=True), dict(style="kr_title", foot=True)],
   titles=["Completions Team Leader", "Mortgage Operations Manager"])

sc("c007", "pexa", "C", "person", ["Re: Your redemption statement", "Fwd: redemption statement wrong"],
   "Thames Valley sent us this redemption statement and it shows an early repayment charge of \u00a33,980, but "
   "our fixed rate ended in January, so there shouldn't be any charge at all. Our sale completes in ten days. "
   "Can this be put right before then?",
   L(c=True, firm="tvm", cat="inaccurate_information"),
   "A seller's grievance purely about a wrong redemption statement from the lender (Thames Valley Mortgages), "
   "with the lender's mail quoted below: a complaint to forward, about_other_firm=tvm, inaccurate_information.",
   quote=("Thames Valley Mortgages", "Dear customer,\n\nPlease find your redemption statement attached. The "
          "figure includes an early repayment charge of \u00a33,980.00 and is valid until the 28th.\n\nRedemptions "
          "Team\nThames Valley Mortgages"),
   envs=[dict(style="mobile"), dict(style="kr_full")])

sc("c008", "pexa", "C", "mp", ["Constituent: Mr and Mrs Fairley - legal fees",
                               "Our ref HMB/4471 - Mr and Mrs Fairley"],
   "I am writing on behalf of my constituents, Mr and Mrs Fairley, who sold their home in May. Their "
   "conveyancers, Greyfriars Law, charged them \u00a3640 more than the fixed fee they quoted, describing it as "
   "an 'electronic completion supplement'. Mr and Mrs Fairley believe this has something to do with PEXA. I "
   "should be grateful if you would pass this to the right people at Greyfriars and let me know what "
   "happens.",
   L(c=True, tp=True, firm="gfl", cat="fees_charges"),
   "An MP's caseworker (third_party) raises constituents' dissatisfaction with their conveyancer's extra fee "
   "and asks for it to be passed on: a consumer complaint about a participant firm, about_other_firm=gfl, "
   "fees_charges. The office's footer mentions 'complaint' in its data-protection statement: boilerplate; the "
   "caseworker never calls this a complaint, so implicit.",
   envs=[dict(style="block_footer"), dict(style="dashdash_org", foot=True)],
   titles=["Senior Caseworker", "Caseworker"])

sc("c009", "pexa", "C", "tvm", ["Complaint about your support agent", "Complaint - conduct of support staff"],
   "I want to complain about how I was spoken to by your support team on Wednesday. When I asked why our "
   "workspace had been locked, the agent told me I 'should have read the manual' and refused to escalate. I "
   "expect an apology and a call from a team leader.",
   L(c=True, ex=True, cat="service_quality"),
   "An explicit complaint about a support agent's manner (service_quality), signed with a '-- ' delimiter "
   "signature and a regulatory footer.",
   envs=[dict(style="dashdash_org", foot=True), dict(style="kr_title", html=True)],
   titles=["Mortgage Completions Officer", "Underwriting Manager"])

sc("c010", "pexa", "C", "gfl", ["Course dates for the autumn", "Autumn training dates"],
   "Do you have the dates for the autumn advanced workspace course yet? We'd like to put two associates on it.",
   L(),
   "A neutral training enquiry with no sign-off at all, only the firm's automatic footer: nothing to label.",
   envs=[dict(style="nosig_footer", greeting="Hi,", html=False), dict(style="nosig_footer", greeting="", html=True)])

# conexus C

sc("c011", "conexus", "C", "stepfwd", ["Complaint - enforcement threats to a vulnerable client",
                                       "Formal complaint re our client Ms K Varga"],
   "I am making a formal complaint on behalf of our client, Ms Katalin Varga (your ref CX-7019283). On 14 May I "
   "told your team that she has a severe anxiety disorder and is receiving treatment. Since then she has "
   "received two letters warning that enforcement agents may attend her home, and a text saying 'final chance "
   "before action'. Please stop all collection activity for 60 days, withdraw the letters and respond to this "
   "complaint in writing.",
   L(c=True, ex=True, tp=True, cat="collection_conduct"),
   "A money adviser's explicit complaint (third_party) about threatening letters to a vulnerable client: "
   "collection_conduct. The charity's footer also mentions complaints; the label rests on the adviser's words.",
   envs=[dict(style="block_footer", html=False), dict(style="block_footer", html=True)],
   titles=["Debt Adviser", "Specialist Money Adviser"])

sc("c012", "conexus", "C", "merriman", ["Your ref CX-3386015 - our client Mr P Oduya",
                                        "Mr P Oduya - statute-barred debt"],
   "We act for Mr Peter Oduya. The account you are pursuing, originally with Sterling Credit, has had no "
   "payment or acknowledgement since 2016 and is statute-barred. Despite our letter of 2 April you have sent "
   "him three further demands. Please confirm within 14 days that you have closed the account and will not "
   "contact our client again about it.",
   L(c=True, tp=True, cat="debt_dispute"),
   "A solicitor (third_party) challenges the debt as statute-barred and objects to continued demands: an "
   "implicit complaint, debt_dispute, about Conexus's own pursuit (Sterling is only named as the original "
   "creditor), so about_other_firm=null. 'Complain' appears only in the firm's footer, so not explicit.",
   envs=[dict(style="block_footer"), dict(style="kr_title", foot=True, html=True)],
   titles=["Solicitor", "Associate, Consumer Litigation"])

sc("c013", "conexus", "C", "person", ["phone lines", "cant get through AGAIN"],
   "tried ringing u 4 times today, 50 mins on hold each time then it just cuts off. how am i supposed to "
   "make a payment if nobody answers?? ring me back on 07700 900412",
   L(c=True, cat="wait_time"),
   "A debtor cannot reach anyone on the phone and demands a call back: implicit complaint, wait_time, written "
   "without greeting or sign-off.",
   envs=[dict(style="nosig", greeting=""), dict(style="nosig_mobile", greeting="")])

sc("c014", "conexus", "C", "person", ["Payment sent", "paid today"],
   "Hi, just paid the \u00a330 for this month by bank transfer, ref CX-8810342. Have a good weekend.",
   L(),
   "An ordinary payment notice from a phone: nothing to label.",
   envs=[dict(style="mobile", greeting=""), dict(style="bare", greeting="")])

sc("c015", "conexus", "C", "wbc", ["New placements - council tax arrears batch 14",
                                   "Batch 14 placement file"],
   "Please find attached the placement file for batch 14 (312 council tax accounts). As before, please do not "
   "begin contact until the 10th, when the reminder period ends.",
   L(),
   "A creditor client's routine placement; the council's footer mentions rights and how to complain about its "
   "use of information in the council's voice: boilerplate, nothing to label.",
   envs=[dict(style="block_footer"), dict(style="dashdash_org", foot=True, html=True)],
   titles=["Recovery Officer", "Revenues Team Leader"])

sc("c016", "conexus", "C", "marlowe", ["Marketing and my details", "Please don't use my details for marketing"],
   "I'm writing from work as it's easier. I'm on a payment plan with you (CX-6140385) and happy with it. I do "
   "not want my details used for any marketing, offers or 'partner' mailings, from you or anyone you share "
   "them with. Please record my objection.",
   L(r="objection"),
   "A debtor objects to marketing use of his data with no grievance ('happy with it'): objection, not a "
   "complaint. His employer's confidentiality footer is boilerplate.",
   envs=[dict(style="block_footer"), dict(style="kr_title", foot=True)],
   titles=["Transport Planner", "Shift Supervisor"])

sc("c017", "conexus", "C", "person", ["Sterling Credit loan - mis-sold", "CX-5507129 Sterling loan"],
   "This loan from Sterling Credit should never have been given to me. I was on benefits at the time, they "
   "never asked for a bank statement, and they lent me \u00a33,000 on top of two other loans with them. I "
   "believe it was irresponsible lending and the debt should be written off by them.",
   L(c=True, firm="scl", cat="debt_dispute"),
   "The debt is challenged because the creditor lent irresponsibly (mis-sold), which only Sterling Credit "
   "Loans can fix: implicit complaint to forward, about_other_firm=scl, debt_dispute; signed with a '-- ' "
   "signature.",
   envs=[dict(style="dashdash"), dict(style="kr_full", html=True)])

sc("c018", "conexus", "C", "greenacre", ["Letter for a tenant delivered to our office",
                                         "Misdirected post - one of our tenants"],
   "A letter from Conexus addressed to one of our tenants was delivered to our housing office rather than her "
   "flat, and was opened by our post room before anyone noticed the name. It sets out her arrears with you. "
   "We have passed it to her, resealed. I'm letting you know so you can check the address on your records; "
   "there is nothing we need from you.",
   L(br=True),
   "A housing officer reports a tenant's debt letter opened at the wrong address: a breach described "
   "(breach=true), with no dissatisfaction and no reply expected, so not a complaint; staff writing for their "
   "own organisation, not third_party.",
   envs=[dict(style="block_footer", html=False), dict(style="block_footer", html=True)],
   titles=["Tenancy Sustainment Officer", "Housing Officer"])

sc("c019", "conexus", "C", "mp", ["Constituent: Mr T Lindgren, CX-2718840",
                                  "Our ref HMB/5120 - telephone-only security checks"],
   "My constituent, Mr Tomas Lindgren, is profoundly deaf. Your staff tell him that his account can only be "
   "discussed after security questions answered by telephone, and they will not accept the text relay service "
   "or email. He therefore cannot agree a payment plan at all. I should be grateful if you would explain why "
   "this rule applies to him and what alternative you will offer.",
   L(c=True, tp=True, cat="process"),
   "An MP's caseworker (third_party) challenges a telephone-only security rule that shuts out a deaf "
   "constituent: implicit complaint about the rule itself, process. 'Complaint' appears only in the office's "
   "data-protection footer.",
   envs=[dict(style="block_footer", html=True), dict(style="kr_title", foot=True)],
   titles=["Caseworker", "Senior Caseworker"])

sc("c020", "conexus", "C", "person", ["Re: Your complaint CX-C-40917 - final response",
                                      "Re: final response"],
   "Thank you for your letter and for taking the charges off. That's everything sorted as far as I'm concerned.",
   L(),
   "A thank-you confirming a resolved matter (guide rule 5): 'complaint' is only in the quoted final response "
   "and the thread's inherited subject, and the new text only thanks, so not a complaint.",
   quote=("Conexus Customer Relations", "Dear customer,\n\nFinal response to your complaint "
          "CX-C-40917\n\nWe have upheld your complaint and removed the two late payment charges of \u00a312 "
          "from your account.\n\nYours sincerely\nCustomer Relations"),
   envs=[dict(style="mobile_outlook"), dict(style="bare")])

# ---------------------------------------------------------------------------------------------
# envelopes

GREETINGS = {"pexa": ["Hello,", "Hi,", "Dear PEXA team,", "Good morning,", "Dear Sir or Madam,", "Hi there,",
                      "Hello PEXA,", ""],
             "conexus": ["Hello,", "Hi,", "Dear Conexus,", "Dear Sir/Madam,", "Good afternoon,",
                         "To whom it may concern,", "Hi there,", ""]}
SIGNOFFS = ["Kind regards,", "Regards,", "Many thanks,", "Thanks,", "Best wishes,", "Thank you,", "Cheers,",
            "Best,", "Thanks again,", "Yours sincerely,"]
PERSON_STYLES = ["bare", "kr_full", "mobile", "dashdash", "name_phone"]
ORG_STYLES = ["kr_title", "block", "block_footer", "dashdash_org"]
DEVICES = ["Sent from my iPhone", "Sent from my iPhone", "Sent from my Samsung Galaxy smartphone.",
           "Get Outlook for Android", "Sent from my iPad"]
PS_SINGLE = ["PS", "P.S.", "P.S:", "PS -", "ps", "PS:", "p.s."]
PS_DOUBLE = [("PS", "PPS"), ("P.S.", "P.P.S."), ("PS -", "PPS -"), ("P.S.", "PPS"), ("ps", "pps")]
DATES = ["Mon, 2 Jun 2025 at 10:14", "Tue, 17 Jun 2025 at 15:02", "Wed, 9 Jul 2025 at 09:31",
         "Thu, 24 Jul 2025 at 16:48", "Fri, 1 Aug 2025 at 11:20", "Mon, 11 Aug 2025 at 08:57"]
DEFAULT_TITLES = ["Manager", "Team Leader"]

INFO = {}        # (source, env) -> {"own": sender's own words, "footer": boilerplate, "marks": [...], "style": ...}
MARK_TURN = {"single": 0, "double": 0}
OVERRIDDEN = []  # (source, env) of complaints whose footer says "complain" (record_errors' explicit check replaced)


def ascii_name(s):
    return "".join(ch for ch in s.lower() if ch.isalpha())


def person(rng, who, used):
    """A sender: dict(first, last, full, addr, org or None)."""
    while True:
        first, last = rng.choice(FIRST), rng.choice(LAST)
        if (first, last) not in used:
            used.add((first, last))
            break
    f, l_ = ascii_name(first), ascii_name(last)
    if who == "person":
        pat = rng.randrange(4)
        local = [f"{f}.{l_}", f"{f[0]}{l_}", f"{f}{l_}{rng.randrange(10, 99)}", f"{f}_{l_}"][pat]
        addr = f"{local}@{rng.choice(PERSONAL_DOMAINS)}"
        org = None
    else:
        org = ORGS[who]
        addr = f"{f}.{l_}@{org['d']}"
    return dict(first=first, last=last, full=f"{first} {last}", addr=addr, org=org)


def mobile(rng):
    return f"07700 900{rng.randrange(100, 999)}"


def footer_text(org):
    parts = ([org["reg"]] if org["reg"] else []) + [x.replace("{n}", org["n"]) for x in org["foot"]]
    return "\n\n".join(parts)


def signature(rng, style, p, title, signoff):
    """(signature text, device line or "", footer text or "")."""
    org = p["org"]
    if style == "bare":
        return rng.choice([p["first"], f"Thanks\n{p['first']}", f"{signoff}\n{p['first']}"]), "", ""
    if style == "kr_full":
        return f"Kind regards,\n{p['full']}", "", ""
    if style in ("mobile", "mobile_outlook"):
        dev = "Get Outlook for Android" if style == "mobile_outlook" else rng.choice(DEVICES)
        return f"{signoff}\n{p['first']}", dev, ""
    if style == "dashdash":
        extra = rng.choice([f"Mobile {mobile(rng)}", f"{rng.randrange(2, 98)} {rng.choice(['Mill Lane', 'Kingsway', 'Orchard Close', 'Station Road', 'Beech Grove'])}"])
        return f"{signoff}\n{p['first']}\n\n-- \n{p['full']}\n{extra}", "", ""
    if style == "name_phone":
        return f"{signoff}\n{p['full']}\nMob: {mobile(rng)}", "", ""
    if style == "kr_title":
        return f"Kind regards,\n\n{p['full']}\n{title}\n{org['n']}", "", ""
    if style in ("block", "block_footer"):
        lines = [signoff, "", p["full"], f"{title} | {org['n']}", f"T: {org['ph']} | M: {mobile(rng)}", org["a"]]
        if org["w"]:
            lines.append(org["w"])
        return "\n".join(lines), "", (footer_text(org) if style == "block_footer" else "")
    if style == "dashdash_org":
        return (f"{signoff}\n{p['first']}\n\n-- \n{p['full']} | {title}\n{org['n']} | {org['ph']}"
                + (f"\n{org['w']}" if org["w"] else "")), "", ""
    if style in ("nosig", "nosig_mobile"):
        return "", (rng.choice(DEVICES) if style == "nosig_mobile" else ""), ""
    if style == "nosig_footer":
        return "", "", footer_text(org)
    raise ValueError(style)


def render(s, k, rng, used, styles):
    """The k-th rendering (0 or 1) of scenario s, with signature style styles[k]."""
    spec = (s["envs"] or [{}, {}])[k]
    p = person(rng, s["who"], used)
    style = styles[k]
    html = spec["html"] if "html" in spec else rng.random() < 0.3
    greeting = spec["greeting"] if "greeting" in spec else rng.choice(GREETINGS[s["mailbox"]])
    signoff = rng.choice(SIGNOFFS)
    if greeting.startswith("Dear Sir") or greeting.startswith("To whom"):
        signoff = rng.choice(["Yours faithfully,", "Kind regards,", "Regards,"])
    title = rng.choice(s["titles"] or DEFAULT_TITLES)
    sig, device, footer = signature(rng, style, p, title, signoff)
    if spec.get("foot") and p["org"] and not footer:
        footer = footer_text(p["org"])
    elif (not s["envs"] and p["org"] and not footer and style in ("kr_title", "dashdash_org")
          and rng.random() < 0.5):
        footer = footer_text(p["org"])  # most firms' mail servers add their footer to every message
    marks = []
    tails = []
    if s["group"] == "S":
        # marks taken in turn (not drawn), so every way of marking a postscript occurs and the two renderings
        # of a scenario are marked differently
        if len(s["tails"]) == 2:
            ms = list(PS_DOUBLE[MARK_TURN["double"] % len(PS_DOUBLE)])
            MARK_TURN["double"] += 1
        else:
            ms = [PS_SINGLE[MARK_TURN["single"] % len(PS_SINGLE)]]
            MARK_TURN["single"] += 1
        for m, t in zip(ms, s["tails"]):
            tails.append(f"{m} {t}")
        marks = ms
    elif s["group"] == "A":
        tails = list(s["tails"])
    ps_after_footer = bool(footer) and bool(tails) and rng.random() < 0.45
    device_first = bool(device) and bool(tails) and rng.random() < 0.4
    own = [greeting, s["body"], sig] + tails
    parts = [x for x in (greeting, s["body"], sig) if x]
    if ps_after_footer:
        parts += [footer] + tails + ([device] if device else [])
    elif device_first:
        parts += [device] + tails + ([footer] if footer else [])
    else:
        parts += tails + [x for x in (device, footer) if x]
    text = "\n\n".join(parts)
    subject = s["subjects"][k]
    quote = None
    if s["quote"] and (k == 0 or rng.random() < 0.5):
        qwho, qtext = s["quote"]
        quote = f"On {rng.choice(DATES)}, {qwho} wrote:\n" + quote_lines(qtext)
        if not subject.lower().startswith(("re:", "fwd:")):
            subject = "Re: " + subject
    if html:
        body = html_with_quote(text, quote)
    else:
        body = text + ("\n\n" + quote if quote else "")
    env = style + ("-html" if html else "") + ("-re" if quote else "")
    rec = {"id": None, "mailbox": s["mailbox"], "from": f"{p['full']} <{p['addr']}>", "subject": subject,
           "headers": {}, "body": body, "html": html, "labels": dict(s["labs"], rights=list(s["labs"]["rights"])),
           "note": s["note"], "source": s["sid"], "train_labels": ["complaint"], "_env": env}
    key = (s["sid"], env)
    assert key not in INFO, key
    INFO[key] = dict(own=subject + "\n" + "\n".join(own), footer=footer, marks=marks, style=style,
                     after_footer=bool(ps_after_footer), after_device=bool(device_first),
                     group=s["group"], pieces=[x for x in own if x])
    return rec


def build(rng):
    used = set()
    records = []
    for s in SCEN:
        if s["envs"] and all("style" in e for e in s["envs"]):
            styles = [e["style"] for e in s["envs"]]
        else:
            styles = rng.sample(PERSON_STYLES if s["who"] == "person" else ORG_STYLES, 2)
        for k in range(2):
            records.append(render(s, k, rng, used, styles))
        a, b = records[-2:]
        assert a["_env"] != b["_env"] or a["from"] != b["from"]
    return records


def errors(rec):
    """record_errors, except that for a complaint whose organisation footer says 'complain' the explicit check
    is made on the sender's own words (subject, greeting, body, signature, postscripts/afterthoughts) instead of
    the whole new text. For every complaint the own-words check is applied as well; every own piece and every
    footer must lie in the new text."""
    key = (rec["source"], rec["_env"])
    info = INFO[key]
    e = record_errors(rec)
    lab = rec["labels"]
    if lab["complaint"] and "complain" in info["footer"].lower():
        dropped = [x for x in e if x.startswith("explicit=")]
        e = [x for x in e if not x.startswith("explicit=")]
        if dropped:
            OVERRIDDEN.append(key)
    if lab["complaint"] and ("complain" in info["own"].lower()) != lab["explicit"]:
        e.append(f"own words: explicit={lab['explicit']} but 'complain' in own text={not lab['explicit']}")
    nt = new_text(rec) if not rec["html"] else new_text(rec)
    flat = " ".join(nt.split())
    for piece in info["pieces"] + ([info["footer"]] if info["footer"] else []):
        probe = " ".join(piece.split()[:6])
        if rec["html"]:
            probe = probe.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        if probe not in flat:
            e.append(f"piece not in new text: {probe[:40]!r}")
    return e


def summary(records, env_count):
    by_src = {s["sid"]: s for s in SCEN}
    out = [f"wrote {OUT}: {len(records)} emails, {len(by_src)} scenarios"]
    labs = [r["labels"] for r in records]
    out.append(f"complaints {sum(l['complaint'] for l in labs)} (explicit {sum(l['explicit'] for l in labs)}), "
               f"breach {sum(l['breach'] for l in labs)}, third_party {sum(l['third_party'] for l in labs)}, "
               f"auto_generated {sum(l['auto_generated'] for l in labs)}, html {sum(r['html'] for r in records)}")
    rc = collections.Counter(x for l in labs for x in l["rights"])
    out.append("rights per right: " + ", ".join(f"{k} {v}" for k, v in sorted(rc.items())))
    g = collections.Counter(by_src[r["source"]]["group"] for r in records)
    gc = collections.Counter(by_src[r["source"]]["group"] for r in records if r["labels"]["complaint"])
    out.append("groups (emails / complaints): " + ", ".join(f"{k} {g[k]}/{gc[k]}" for k in "SAC"))
    mc = collections.Counter(m for v in INFO.values() for m in v["marks"])
    out.append("postscript marks: " + ", ".join(f"{k!r} {v}" for k, v in sorted(mc.items())))
    sc_ = collections.Counter(v["style"] for v in INFO.values())
    out.append("signature styles: " + ", ".join(f"{k} {v}" for k, v in sorted(sc_.items())))
    out.append(f"postscript/afterthought after the footer: {sum(v['after_footer'] for v in INFO.values())}; "
               f"after a device line: {sum(v['after_device'] for v in INFO.values())}")
    out.append(f"with footer: {sum(bool(v['footer']) for v in INFO.values())}; explicit check replaced "
               f"(footer says 'complain' on an implicit complaint): {len(OVERRIDDEN)}")
    out.append("envelopes: " + ", ".join(f"{k} {v}" for k, v in sorted(env_count.items())))
    return "\n".join(out)


def main():
    assert len(SCEN) == len({s["sid"] for s in SCEN})
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=errors)


if __name__ == "__main__":
    sys.exit(main())
