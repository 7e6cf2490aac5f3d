#!/usr/bin/env python3
"""Marked rights set P: 80 hand-written scenarios (40 pexa, 40 conexus), each rendered twice (160 emails).

40 scenarios ask the receiving firm to act on one or two UK GDPR rights (every right in at least four scenarios,
some inside complaints, some written on someone else's behalf, mostly without naming the right); 40 are look-alikes
(rights []) in five kinds: business-record instructions, process/status questions, data-handling complaints with no
request about the data, account or debt requests that are not data rights, and mail that only mentions data
protection. Each request sentence is marked inline as [[right|sentence]] and becomes a request_sentences mark.

Writers are mostly professionals and organisations (conveyancers, lenders, law-firm staff, creditor clients, money
advisers, solicitors, MPs' caseworkers, care workers) plus some individuals. Every person, firm address and reference
number is invented.

Usage:  .venv/bin/python data/make/make_rights_marked_p.py   (writes data/labelled/rights_marked_p.jsonl)
Stdlib only; deterministic (SEED).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from labelled_mail import (MARK_RIGHTS, RIGHTS, finish_marked_record, marked_record_errors,  # noqa: E402
                           rights_marks_of, run_generator, short_labels, strip_marks, typos_outside_marks)

SEED = 20270121
PREFIX = "rmp"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "labelled", "rights_marked_p.jsonl")

# ---------------------------------------------------------------------------------------------
# people and organisations (all invented)

FIRST = ["Aisha", "Ben", "Catriona", "Dev", "Eilidh", "Farhan", "Gemma", "Hugo", "Ifeoma", "Jonah", "Kirsty",
         "Lewis", "Mehreen", "Niall", "Olwen", "Piotr", "Rosa", "Sanjay", "Tamsin", "Umar", "Verity", "Wes",
         "Yasmin", "Zac", "Bethan", "Callum", "Delyth", "Emeka", "Fran", "Gareth", "Hollie", "Ivan", "Jas",
         "Keeley", "Lorcan", "Marta", "Nadia", "Owen", "Paige", "Rhian", "Stuart", "Thea"]
LAST = ["Abernethy", "Bhatti", "Corrigan", "Dunmore", "Eastwood", "Fairclough", "Gulati", "Hendry", "Iqbal",
        "Jessop", "Kowalczyk", "Lamont", "Maddox", "Nwachukwu", "Oyelaran", "Prendergast", "Quayle", "Rutter",
        "Sutcliffe", "Tennant", "Upton", "Varga", "Whitlock", "Yeung", "Ashdown", "Blackmore", "Cheema",
        "Dalgleish", "Ellery", "Frost", "Greenhalgh", "Haworth", "Kaur", "Lockyer", "Mulvaney", "Pickles"]
FREEMAIL = ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "hotmail.co.uk", "icloud.com",
            "protonmail.com", "live.co.uk"]

# role -> (titles, [(organisation, domain)])
ROLES = {
    "conv": (["Licensed Conveyancer", "Conveyancing Executive", "Senior Property Lawyer", "Conveyancer"],
             [("Hartwell Conveyancing", "hartwellconveyancing.co.uk"), ("Brindley & Lowe", "brindleylowe.co.uk"),
              ("Saltmarsh Property Law", "saltmarshlaw.co.uk"), ("Kettering Moves LLP", "ketteringmoves.co.uk")]),
    "lender": (["Completions Officer", "Mortgage Operations Manager", "Redemptions Team Leader",
                "Post-Completion Analyst"],
               [("Fenwick Mutual", "fenwickmutual.co.uk"), ("Harbourside Building Society", "harboursidebs.co.uk"),
                ("Castlegate Mortgages", "castlegatemortgages.co.uk")]),
    "lawadmin": (["Practice Manager", "Office Administrator", "Accounts Supervisor", "Head of Operations"],
                 [("Tolland Reeve Solicitors", "tollandreeve.co.uk"), ("Pyke & Amberley LLP", "pykeamberley.com"),
                  ("Wrenfield Law", "wrenfieldlaw.co.uk")]),
    "creditor": (["Collections Partner Manager", "Recoveries Analyst", "Debt Placement Coordinator",
                  "Customer Resolutions Lead"],
                 [("Brightwell Utilities", "brightwellutilities.co.uk"), ("Quaystone Finance", "quaystone.co.uk"),
                  ("Larkspur Telecom", "larkspurtelecom.co.uk")]),
    "adviser": (["Money Adviser", "Debt Caseworker", "Senior Money Adviser", "Advice Worker"],
                [("Northgate Money Advice", "northgatemoneyadvice.org.uk"),
                 ("Canal Street Advice Centre", "canalstreetadvice.org.uk"),
                 ("Bridgefoot Debt Support", "bridgefootdebt.org")]),
    "solicitor": (["Solicitor", "Associate Solicitor", "Trainee Solicitor", "Partner"],
                  [("Ormerod Vance LLP", "ormerodvance.co.uk"), ("Castle & Pryor Solicitors", "castlepryor.co.uk")]),
    "mp": (["Caseworker", "Senior Caseworker", "Constituency Caseworker"],
           [("Office of Dame Ursula Pembry MP", "parliament.uk"), ("Office of Kieran Molloy MP", "parliament.uk"),
            ("Office of Sunita Ghai MP", "parliament.uk")]),
    "care": (["Support Worker", "Care Coordinator", "Housing Support Officer", "Senior Carer"],
             [("Hollybank Supported Living", "hollybankcare.org.uk"), ("Meadowview Care Home", "meadowviewcare.co.uk"),
              ("Ashgrove Community Support", "ashgrovesupport.org.uk")]),
    "person": ([], []),
}

GREET = {"email": ["Hello,", "Hi,", "Good morning,", "Dear Sir or Madam,", "Hi there,", "Dear team,", ""],
         "letter": ["Dear Sir or Madam,", "Dear Sirs,", "Dear Data Protection Team,"],
         "note": [""]}
SIGN = {"email": ["Thanks,", "Kind regards,", "Regards,", "Many thanks,", "Best wishes,", "Thank you,"],
        "letter": ["Yours faithfully,", "Yours sincerely,"],
        "note": ["", "", "-"]}
DISCLAIMER = ["This email and any attachments are confidential and intended only for the addressee. If you have "
              "received it in error, please tell the sender and delete it.",
              "Please consider the environment before printing this email.",
              "Registered office as above. This message is confidential; if it reached you by mistake please let "
              "us know and remove it from your system."]

QUOTES = {
    "pexa": [("PEXA Customer Support <support@pexa.co.uk>",
              "Thank you for getting in touch with PEXA.\n\nWe have logged your message under reference {ref} "
              "and a member of the team will come back to you.\n\nKind regards\nPEXA Customer Support"),
             ("PEXA Service Desk <servicedesk@pexa.co.uk>",
              "Hello,\n\nThanks for your email. Your case number is {ref}. We aim to reply within five business "
              "days.\n\nPEXA Service Desk"),
             ("PEXA Participant Services <participants@pexa.co.uk>",
              "Thank you for your message about your account. Our reference is {ref}; please quote it if you "
              "write again.\n\nParticipant Services")],
    "conexus": [("Conexus Customer Services <customerservices@conexus.co.uk>",
                 "Thank you for contacting Conexus. Your message has been received and logged under "
                 "reference {ref}.\n\nCustomer Services Team"),
                ("Conexus <enquiries@conexus.co.uk>",
                 "Dear customer,\n\nWe have received your email and will respond as soon as we can. Please quote "
                 "{ref} in any further correspondence.\n\nConexus"),
                ("Conexus Client Services <clients@conexus.co.uk>",
                 "Hello,\n\nThanks for your note, which we have passed to the relevant team (ticket {ref}).\n\n"
                 "Client Services")],
}
QUOTE_DATES = ["2 March 2026", "17 February 2026", "9 January 2026", "24 March 2026", "30 January 2026",
               "11 February 2026", "5 March 2026"]

# ---------------------------------------------------------------------------------------------
# scenarios

SCENARIOS = []


def S(mailbox, who, subject, paras, lab, note, *, kind, style="email", org=None, short=None, subj_only=None):
    """One scenario: paras is the body without greeting or sign-off (a list of paragraphs, marks inline);
    kind is "right" or the look-alike kind 1-5; short / subj_only are optional alternative renderings."""
    sid = f"{PREFIX}-s{len(SCENARIOS) + 1:03d}"
    SCENARIOS.append({"source": sid, "mailbox": mailbox, "who": who, "subject": subject,
                      "body": "\n\n".join(paras), "labels": lab, "note": note, "kind": kind, "style": style,
                      "org": org, "short": short, "subj_only": subj_only})


L = short_labels

# ============================== PEXA: rights ==============================

S("pexa", "person", "Left the firm - my user details",
  ["I was a conveyancing assistant at Brindley & Lowe until the end of April and had a PEXA login under their "
   "subscription. I've now left the profession altogether and moved into teaching.",
   "[[erasure|As I won't be using the platform again, please remove my name, email, phone number and the rest of "
   "my personal details from your user records.]] If anything has to be kept for the firm's audit trail I "
   "understand, but I'd like to know what that is.",
   "Not urgent, just tidying up loose ends."],
  L(r="erasure"),
  "A neutral request from a former user to remove her own personal details from the user records is erasure; no "
  "dissatisfaction, so not a complaint.", kind="right",
  subj_only="[[erasure|Left Brindley & Lowe in April - please delete my personal details from your user records]]")

S("pexa", "person", "Information about me from my house purchase",
  ["I bought 14 Tamarisk Drive, Exmouth in January. My solicitor tells me the completion went through your "
   "platform, which I hadn't heard of before.",
   "[[access|Could you please send me a copy of all the personal information PEXA holds about me in connection "
   "with that purchase, including any identity check results?]]",
   "[[informed|I'd also like to know who passed my details to you and what you use them for once the sale has "
   "completed.]]",
   "Thank you."],
  L(r="access,informed"),
  "A consumer asks for a copy of her data (access) and for its source and purpose (informed); politely asked, so "
  "not a complaint.", kind="right")

S("pexa", "conv", "Spelling of my name on the platform",
  ["My surname appears on my PEXA profile as 'Whitlok' rather than 'Whitlock', and it's carried through to the "
   "participant panel on every workspace I'm added to.",
   "[[rectification|Please change my profile so that my surname reads Whitlock, with the c.]]",
   "My firm's admin says she can't edit it from her side, hence writing to you directly."],
  L(r="rectification"),
  "Asking for one's own misspelt name on the user profile to be corrected is rectification; no grievance is "
  "expressed, so it is an enquiry.", kind="right")

S("pexa", "lender", "Unsubscribe does not work",
  ["Since I attended one of your lender roundtables last year I have been getting your 'Market Moves' and event "
   "emails at my personal address. I have clicked unsubscribe three times and they keep coming - the latest this "
   "morning.",
   "I only gave that address for the event registration. [[objection|I do not want my details used for any "
   "marketing from PEXA, so please stop using them for that purpose altogether.]]",
   "I'd like a reply confirming this has actually been actioned this time."],
  L(c=True, pd=True, r="objection", cat="personal_data"),
  "Repeated marketing after unsubscribing is a grievance about use of personal data with a reply expected "
  "(implicit complaint, personal_data); objecting to marketing use is objection.", kind="right")

S("pexa", "person", "Before I apply to join",
  ["I'm setting up as a sole practitioner and will be applying for PEXA access next month.",
   "[[informed|Could you tell me which checks you run on new applicants, what information about me you collect "
   "for them and which outside agencies you get it from?]]",
   "[[automated_decision|If the identity or risk check is decided automatically, I would like my application to "
   "be decided by a member of your staff rather than by the system.]]",
   "Happy to provide anything you need."],
  L(r="informed,automated_decision"),
  "Questions before applying: what data is collected and from where is informed; asking for a person instead of "
  "an automated decision is automated_decision; no dissatisfaction.", kind="right", org=None)

S("pexa", "conv", "Account suspended by your system - need a person to look at it",
  ["My user account was suspended at 9.40 this morning. The message on screen says a 'risk rule' was triggered, "
   "I think because I logged in from my laptop at home and then from the office within ten minutes. No-one from "
   "PEXA has spoken to me.",
   "I have two completions booked for Friday and I cannot get into either workspace. That is not a reasonable "
   "way to treat an established user.",
   "[[automated_decision|Please have someone on your team review the suspension personally instead of leaving it "
   "to the automated rule, and let me know today.]]"],
  L(c=True, r="automated_decision", cat="process"),
  "Being locked out by an automatic risk rule with no human involvement is an implicit complaint about the rule "
  "(process); asking a person to review it is automated_decision.", kind="right")

S("pexa", "person", "Old address on your emails to me",
  ["The registration confirmation you emailed me after my sale completed shows my correspondence address as "
   "22 Pollard Street, which I left two years ago.",
   "[[rectification|Please update my address on your records to Flat 3, 9 Quarry Lane, Hexham NE46 1PL.]]",
   "[[restriction|Until that has been done, please do not use the Pollard Street address for anything.]]",
   "Thanks very much."],
  L(r="rectification,restriction"),
  "Updating his own address is rectification and not using the old one until then is restriction; a neutral "
  "request, so not a complaint.", kind="right")

S("pexa", "lawadmin", "Recordings of my calls to your support desk",
  ["I rang your support desk on 4 and 11 February about remittance problems on two of our files. There is now "
   "some disagreement internally about what I was told on those calls.",
   "[[access|Please could you send me copies of the recordings of those two calls and any notes your agents "
   "recorded about me at the time?]]",
   "I'm asking for these personally, not on behalf of the firm."],
  L(r="access"),
  "Asking for copies of one's own call recordings and the notes made about oneself is access; a neutral request.",
  kind="right")

S("pexa", "conv", "Training history in a file I can take with me",
  ["I'm moving to a new firm next month, which uses its own learning system for CPD.",
   "[[portability|Could you send me my PEXA training records and user profile details as a CSV or JSON file so "
   "that my new employer's system can import them directly?]]",
   "A PDF certificate won't work for the import, unfortunately."],
  L(r="portability"),
  "A machine-readable copy of her own records to load into another system is portability; no dissatisfaction.",
  kind="right")

S("pexa", "solicitor", "Our client Mr Desmond Achebe - personal data held by PEXA",
  ["We act for Mr Desmond Achebe in a claim against the firm that handled his sale of 3 Kiln Yard, Frome, which "
   "completed through PEXA on 18 September. His signed authority is attached.",
   "[[access|On our client's behalf we request a copy of the personal data PEXA holds about him in relation to "
   "that transaction, including the workspace audit log showing which users viewed his details and when.]]",
   "Please send the material to this office."],
  L(tp=True, r="access"),
  "A solicitor asks, on the client's behalf, for a copy of his data and audit log (access, third_party); no "
  "grievance against PEXA, so not a complaint.", kind="right", style="letter")

S("pexa", "person", "My father's details",
  ["My father, Mr Ronald Ibbotson, is 86 and sold his bungalow in the autumn. Last week he received a phone "
   "survey and then an email from PEXA asking about his 'moving experience'. He had never heard of you and was "
   "quite shaken, thinking it was a scam.",
   "He has asked me to write for him. [[objection|He does not want his details used for surveys or any kind of "
   "promotion.]] [[erasure|Now that the sale has finished, he would also like you to delete his personal "
   "information.]]",
   "Please reply to me and confirm what you have done."],
  L(c=True, pd=True, tp=True, r="objection,erasure", cat="personal_data"),
  "A daughter writes for her father (third_party) about unexpected use of his details, with a reply expected: "
  "implicit personal_data complaint; refusing survey/promotion use is objection, deleting the data is erasure.",
  kind="right")

S("pexa", "conv", "Recruiters say they found me through PEXA",
  ["In the past fortnight I've had three calls from recruitment agencies who say they got my name and direct "
   "line from 'the PEXA participant list'. I'm not looking for a job and I'm not happy that my details seem to "
   "have gone out to them.",
   "[[informed|Please tell me whether you share user details with anyone outside the platform, who receives "
   "them and on what legal basis.]]",
   "I expect a proper answer on this."],
  L(c=True, pd=True, r="informed", cat="personal_data"),
  "Unhappy that her details appear to have reached recruiters and expecting an answer: implicit personal_data "
  "complaint (no disclosure is established, so breach=false); asking who receives the data and on what basis is "
  "informed.", kind="right")

S("pexa", "conv", "Dispute with my former firm over my user status",
  ["My former employer and I disagree about whether I am still listed as an authorised signatory for them. They "
   "have told me they are raising it with you.",
   "[[restriction|While you look into which of us is right, please keep my details on file but do not use them "
   "or show them to other participants.]]",
   "I am not asking for anything to be deleted."],
  L(r="restriction"),
  "While accuracy is being checked he asks for his data to be held but not used or shown: restriction; a "
  "neutral request.", kind="right")

S("pexa", "person", "Complaint - survey email I never agreed to",
  ["I wish to complain. I bought a flat in Leeds in March through a local conveyancer and have never had any "
   "dealings with PEXA, yet this week I received an email from you asking me to rate my 'settlement journey'.",
   "[[informed|Tell me where you got my email address from and what you are using it for.]] "
   "[[erasure|After that, I want my email address and anything else you hold on me deleted.]]",
   "Please respond in writing."],
  L(c=True, ex=True, pd=True, r="informed,erasure", cat="personal_data"),
  "An explicit complaint about unexpected use of her email address (personal_data); source and purpose is "
  "informed, deletion is erasure.", kind="right")

S("pexa", "person", "Use of my purchase in your market reports",
  ["I see from your website that PEXA publishes quarterly 'property insights' built from transaction data. My "
   "purchase completed on your platform in November.",
   "[[objection|I object to the details of my purchase being used for your market analysis or any profiling of "
   "buyers.]]",
   "Thanks for dealing with this."],
  L(r="objection"),
  "Objecting to one's transaction data being used for analysis and profiling is objection; a neutral request.",
  kind="right", style="note")

S("pexa", "conv", "Client ID flag - please have a person review",
  ["I act for Mrs Leanne Corbishley on her purchase of 41 Weaver Close. Your system has put an automated "
   "identity flag on her as a party to the workspace, and we were told the flag can only be lifted 'when the "
   "check re-runs overnight'. It has re-run twice with the same result.",
   "Completion has already slipped by two days and she is paying for removal storage.",
   "[[automated_decision|On her behalf, please have a member of staff look at her identity documents and make "
   "the decision, not the automated check.]]"],
  L(c=True, tp=True, r="automated_decision", cat="process"),
  "A conveyancer acting for her client (third_party) is dissatisfied with an automatic-only identity rule that is "
  "costing money: implicit process complaint; asking for a human decision is automated_decision.", kind="right")

S("pexa", "lender", "Copy of my user data",
  ["I have been a PEXA user at Harbourside for six years and want to check what is recorded about me.",
   "[[access|Please send me a copy of the personal data you hold on me as a user, including my login history.]]",
   "Email to this address is fine."],
  L(r="access"),
  "An employee asks in her own right for a copy of her user data and login history: access; neutral.",
  kind="right")

S("pexa", "person", "Why do you have my details?",
  ["I got a text saying my 'PEXA workspace has been updated'. I never signed up to PEXA.",
   "[[informed|Why do you have my mobile number, where did it come from and what do you do with it?]]"],
  L(r="informed"),
  "Asking why the firm has his number, where it came from and what it is used for is informed; no "
  "dissatisfaction or demand beyond the question, so not a complaint.", kind="right", style="note",
  subj_only="[[informed|Why do you have my mobile number and where did you get it? Never signed up to PEXA]]")

S("pexa", "conv", "Photo of me on your website",
  ["I took part in one of your training days in 2024 and have just found a photograph of me on your 'Learn with "
   "PEXA' page and in a brochure a colleague was sent. Nobody asked whether I minded. I'm not comfortable being "
   "used to advertise your courses.",
   "[[objection|I object to my image being used in any of your promotional material.]] [[erasure|Please take the "
   "photo down and delete your copies of it.]]",
   "Please let me know when it has gone."],
  L(c=True, pd=True, r="objection,erasure", cat="personal_data"),
  "Her photo used in promotion without asking, with action expected: implicit personal_data complaint; objecting "
  "to the promotional use is objection and deleting the copies is erasure.", kind="right")

S("pexa", "care", "Mr Albert Fenn - property sale - information held",
  ["I am the Court-appointed deputy for property and affairs for Mr Albert Fenn, who lacks capacity. His house "
   "at 6 Mill Race, Wells was sold last month through PEXA. A copy of the deputyship order is attached.",
   "[[access|Acting for Mr Fenn, I ask for a copy of all personal information about him that PEXA holds from that "
   "sale.]]",
   "I need it for the annual report to the Office of the Public Guardian."],
  L(tp=True, r="access"),
  "A deputy acting for a person who lacks capacity (third_party) asks for a copy of his data: access; neutral.",
  kind="right", org=("Abbeyfield Care Partnership", "abbeyfieldcarepartners.org.uk", "Professional Deputy"))

# ============================== PEXA: look-alikes ==============================

S("pexa", "lender", "Duplicate workspace created in error",
  ["We opened workspace %N8% twice this morning for the same redemption - one of my team clicked 'create' "
   "again when the page hung.",
   "Please delete the second workspace (the one ending in the later time stamp) and remove the redemption figures "
   "we uploaded to it. The original should stay as it is.",
   "Thanks for your help."],
  L(),
  "Deleting a duplicate workspace and its uploaded figures is an instruction about transaction records, not erasure "
  "of anyone's personal data; no grievance.", kind=1)

S("pexa", "lawadmin", "Leaver - please remove user",
  ["Our paralegal Chloe Dunmore left us on Friday. Please remove her from our PEXA subscription and move her "
   "open workspaces to Faisal Rutter.",
   "Can you also update our billing contact to accounts@ address below rather than Chloe's?"],
  L(),
  "A firm administering its own subscription (removing a leaver, moving workspaces, changing the billing contact) "
  "is a business instruction, not a data subject exercising a right.", kind=1)

S("pexa", "conv", "Correction needed in workspace %N8%",
  ["The buyer's middle name has been entered as 'Ann' instead of 'Anne' and the title number has two digits "
   "transposed (it should end 4471, not 4417).",
   "Please correct both in the workspace before we lodge. I've tried to change them myself but the fields are "
   "locked after the lender accepted."],
  L(),
  "Correcting locked fields in a transaction workspace is a conveyancer's request about matter records, not the "
  "data subject asking for rectification.", kind=1)

S("pexa", "lender", "Export of settled workspaces failing",
  ["For the second quarter running the export of our settled workspaces fails part way through and produces a "
   "file with half the rows missing. Our auditors need the full Q3 export as a CSV by Friday and we are now "
   "going to miss their deadline.",
   "Please fix the export or send us the file some other way, and let me know why this keeps happening."],
  L(c=True, cat="platform_defect"),
  "A failing business-data export with a fix demanded is an implicit platform_defect complaint; exporting the "
  "firm's own workspace records is not portability.", kind=1)

S("pexa", "lawadmin", "Our bank details changed without authority",
  ["Someone at PEXA changed the client account details held for our firm on 2 March. We did not ask for this, "
   "and a settlement was nearly paid to the wrong account as a result. Our cashier spotted it with an hour to "
   "spare.",
   "Please change the details back to the account on our signed mandate, confirm who made the change and on "
   "whose instruction, and explain what you are doing so it cannot happen again."],
  L(c=True, cat="service_quality"),
  "A firm's own bank details are business records; the grievance is careless handling by PEXA staff (implicit "
  "service_quality complaint) and 'change it back' is not rectification of personal data.", kind=1)

S("pexa", "person", "When will my purchase be registered?",
  ["We completed on our new house three weeks ago and our solicitor says the registration is being done "
   "through PEXA.",
   "How long does that usually take, and will we be told when it is finished?"],
  L(),
  "A neutral question about the timescale of a process; it does not ask what data is held, so no right and no "
  "complaint.", kind=2, short="How long does Land Registry registration take after completion through PEXA? "
  "We completed three weeks ago.")

S("pexa", "lawadmin", "Outcome of our fee refund request",
  ["We asked for a refund of the workspace fees on three matters that failed to settle because of your outage "
   "in January. Your reply just says the request 'does not meet the criteria', with no detail at all.",
   "We don't accept that. Please explain how the decision was reached, which criteria were applied and who made "
   "it, and reconsider."],
  L(c=True, cat="fees_charges"),
  "Dissatisfaction with a refused fee refund and a demand for reasons is an implicit fees_charges complaint; "
  "asking how a business decision was reached is not the informed or automated_decision right.", kind=2)

S("pexa", "conv", "What do you need for a new user?",
  ["We've taken on a new conveyancer who starts on Monday.",
   "What information and ID documents do you need from us to set her up with a login, and how long does it "
   "normally take?"],
  L(),
  "Asking what information the firm needs to create a user is a process question, not a request about data held.",
  kind=2)

S("pexa", "conv", "Completion statement sent to us in error - formal complaint",
  ["This afternoon your support team replied to our ticket with the completion statement for someone else's "
   "sale attached: the sellers' names, the property address and the bank account receiving the proceeds.",
   "We have deleted it. This is a formal complaint: I want to know how this happened, whether our own clients' "
   "documents have gone to other firms in the same way, and what you are doing about it."],
  L(c=True, ex=True, pd=True, br=True, cat="personal_data"),
  "A firm complains of another party's data being sent to it (breach, personal_data); it asks for an explanation, "
  "not for any right, so rights=[].", kind=3)

S("pexa", "person", "My conveyancer sent my bank details to the wrong person",
  ["Greyfriars Law, who are handling my sale, emailed my bank statement and account details to a completely "
   "different client of theirs by mistake. They have apologised but won't tell me what they are doing about it.",
   "I'm told the sale goes through your system, so I'm writing to you as well. I want someone to deal with this "
   "properly."],
  L(c=True, pd=True, br=True, cat="personal_data", firm="gfl"),
  "A consumer's grievance purely about her conveyancer's disclosure of her data: complaint forwarded to gfl, breach "
  "and personal_data; she asks for no right.", kind=3)

S("pexa", "lawadmin", "Settlement notices going to a closed mailbox",
  ["For the third time this month settlement notices for our matters have gone to the mailbox of a partner who "
   "retired in December. We told your service desk in writing on 8 January that it had been closed.",
   "Nobody picked them up and one completion was nearly missed. Why is the contact we gave you still being "
   "ignored? I want an explanation and assurance it is fixed."],
  L(c=True, cat="service_quality"),
  "A firm complains that its contact instructions were ignored (service_quality); the contact is a business "
  "mailbox and the writer demands an explanation, not a data right.", kind=3)

S("pexa", "lawadmin", "Closing our subscription",
  ["We are merging with another practice on 1 June and will settle through their subscription from then on.",
   "Please close our PEXA subscription with effect from 31 May and send a final invoice. Our users can be "
   "deactivated on the same date."],
  L(),
  "Closing a firm's subscription and deactivating its users is an account request, not erasure; no grievance.",
  kind=4, short="Please close our subscription from 31 May (merger) and send the final invoice.")

S("pexa", "conv", "Locked out AGAIN",
  ["Third time this week I've been locked out of my account after a password reset. Each time your desk restores "
   "my access and the next morning it's gone again.",
   "I need access restored today and the fault fixed, not another reset."],
  L(c=True, cat="platform_defect"),
  "'Access' here means a login to the platform; a repeated lock-out with a fix demanded is an implicit "
  "platform_defect complaint, not the access right.", kind=4)

S("pexa", "lender", "Updated data processing agreement",
  ["Our legal team has refreshed the data protection schedule in our participation agreement to reflect the Data "
   "(Use and Access) Act changes.",
   "The marked-up version is attached. Could your contracts team review it and return a signed copy when ready?"],
  L(),
  "A supplier contract about data protection terms mentions the law but no one asks to exercise a right.",
  kind=5)

S("pexa", "lawadmin", "New privacy notice link for the directory",
  ["We've published a new client privacy notice following our GDPR review. The link on our listing in your "
   "participant directory still points to the old page.",
   "Please update it to the new URL: tollandreeve.co.uk/privacy-2026. Thanks."],
  L(),
  "Updating a link in the firm's directory listing is a business record change; the GDPR mention is context only.",
  kind=5, org=("Tolland Reeve Solicitors", "tollandreeve.co.uk"))

S("pexa", "conv", "GDPR module - CPD hours?",
  ["Quick question from one of our trainees: does the data protection module in the PEXA e-learning count "
   "towards CPD, and is there a certificate at the end?",
   "She'd also like to know whether it covers UK GDPR breach reporting or just platform security."],
  L(),
  "A staff question about a data protection training module; nobody asks the firm to act on a right.", kind=5)

S("pexa", "person", "My name spelt wrong on your completion email",
  ["Your email telling me my purchase had completed called me 'Mrs Deborah Hadley'. I am Mr Deborah Hadley - "
   "Deborah is a family name and I've had this all my life. It was embarrassing because I'd forwarded it to my "
   "mortgage broker.",
   "I don't understand how a system handling property purchases gets something like this wrong. I'd like an "
   "explanation and an apology."],
  L(c=True, pd=True, cat="personal_data"),
  "Inaccurate personal data shown is a personal_data complaint, but he only asks for an explanation and an "
  "apology, not for his record to be corrected, so rights=[].", kind=3)

S("pexa", "lender", "Duplicate settlement instructions - remove and fix",
  ["Your platform is showing every settlement instruction we enter twice in the financial settlement schedule. "
   "Twice this week our team has had to unpick duplicate payments before sign-off.",
   "Please remove the duplicate lines from the affected workspaces and fix whatever is causing it."],
  L(c=True, cat="platform_defect"),
  "Duplicated settlement lines are a system fault (implicit platform_defect complaint); removing them is a "
  "request about transaction records, not erasure.", kind=1)

S("pexa", "conv", "Registration still 'in progress' after 9 days",
  ["The workspace for 2 Coldharbour Mews has shown 'lodgement in progress' for nine working days. Your status "
   "page gave five as the usual time. My client needs the registration to refinance.",
   "When will it be done? I need a proper date, not 'as soon as possible' again."],
  L(c=True, cat="delay"),
  "A status question with frustration and a demand for a date is an implicit delay complaint; it asks nothing about "
  "personal data.", kind=2)

S("pexa", "lender", "Hold on redemption statement upload",
  ["Please hold the redemption statement we uploaded to workspace %N8% - the borrower has made an overpayment "
   "this morning and the figure will change.",
   "We'll upload a revised statement by 3pm. Please don't let the statement go to the seller's conveyancer "
   "before then."],
  L(),
  "Holding an uploaded business document until it is revised is an instruction about a transaction record, not "
  "restriction of someone's personal data.", kind=1)

# ============================== Conexus: rights ==============================

S("conexus", "person", "Your agent on 14 April",
  ["I rang on 14 April to offer a payment and the man I spoke to laughed at my offer, talked over me and said "
   "I'd 'be hearing from the bailiffs'. I was in tears by the end. I've never been spoken to like that.",
   "[[access|I want copies of the recording of that call and of any notes your staff made on my account about "
   "it.]]",
   "And I want to know what you are going to do about him."],
  L(c=True, r="access", cat="collection_conduct"),
  "The grievance is how the agent pursued the debt (implicit collection_conduct complaint); asking for the call "
  "recording and notes is access, and personal_data stays false.", kind="right")

S("conexus", "adviser", "Client: Ms Rochelle Abara - your account %N8%",
  ["I act for Ms Rochelle Abara, whose signed authority is attached. We are preparing a Debt Relief Order "
   "application and need a full picture of her accounts.",
   "[[access|Please send us a copy of all the personal data you hold about Ms Abara, including account notes, "
   "letters and call recordings.]]",
   "Email to this address is preferred."],
  L(tp=True, r="access"),
  "A money adviser asks on her client's behalf (third_party) for a copy of everything held: access; no "
  "dissatisfaction.", kind="right")

S("conexus", "person", "Wrong name and date of birth on my letters",
  ["Every letter from you since February has been addressed to 'Mr Ifeanyi Okonkwo' with a date of birth of "
   "1969. I'm Ifeanyi Okonkwo-Bell, born 1986, and I'm worried I'm being mixed up with someone else.",
   "[[rectification|Please correct my name and date of birth on your records.]] [[restriction|Until that's "
   "done, don't use or pass on the wrong details to anyone, including credit agencies.]]",
   "I'd like written confirmation."],
  L(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
  "Inaccurate personal data held, with worry and a demand: implicit personal_data complaint; correcting it is "
  "rectification and not using it meanwhile is restriction.", kind="right")

S("conexus", "person", "Account settled - my details",
  ["The Larkspur account you were collecting was settled in full in 2022 and you sent me a closure letter.",
   "[[erasure|As there's nothing outstanding and no reason for you to keep my information, please delete the "
   "personal data you hold about me.]]",
   "Thanks."],
  L(r="erasure"),
  "A neutral request to delete one's data after a settled account is erasure.", kind="right",
  subj_only="[[erasure|Paid off in 2022 - please delete my personal data, nothing outstanding]]")

S("conexus", "person", "Payment history as a spreadsheet",
  ["I'm using a budgeting app that can import transactions.",
   "[[portability|Can you email me my payment history with you as a CSV or Excel file so I can load it into the "
   "app?]]",
   "Many thanks."],
  L(r="portability"),
  "A machine-readable copy to import into another application is portability; a neutral request.", kind="right",
  short="[[portability|Could you email my payment history as a CSV file so I can import it into my budgeting "
  "app?]] Thanks.")

S("conexus", "adviser", "Transaction history for Mr Graham Tolley - machine-readable please",
  ["I am helping Mr Graham Tolley (authority attached) move his debts onto a Debt Management Plan.",
   "[[portability|On his behalf, please provide his transaction and payment history in CSV format so our case "
   "management system can import it.]]",
   "Printed statements would have to be re-keyed by hand, which is where errors creep in."],
  L(tp=True, r="portability"),
  "An adviser asks for her client's data in a format her system can import: portability, third_party; neutral.",
  kind="right")

S("conexus", "person", "Scoring and my payment plan",
  ["I've read in your privacy notice that you use 'propensity to pay' scores.",
   "[[objection|I object to my data being used to score or profile me in that way.]]",
   "[[automated_decision|Any decision about whether my payment plan is accepted should be made by a person, not "
   "by a score.]]",
   "I'm not unhappy with how I've been treated so far, I just want this noted."],
  L(r="objection,automated_decision"),
  "Objecting to profiling is objection and asking for a person to decide the plan is automated_decision; the "
  "writer says he is not unhappy, so not a complaint.", kind="right")

S("conexus", "person", "Online plan refused in seconds",
  ["I filled in your online income and expenditure form last night, offering £40 a month which is all I can "
   "afford on Universal Credit. It was refused within about five seconds and the screen now tells me to 'pay in "
   "full or call'. I've called twice and both times been told the system's answer stands.",
   "That's no way to deal with somebody who is trying to pay.",
   "[[automated_decision|I want a real person to look at my figures and decide, not the computer.]]"],
  L(c=True, r="automated_decision", cat="collection_conduct"),
  "Dissatisfied with how an affordable offer was refused (implicit collection_conduct complaint); insisting a "
  "person, not the system, decides is automated_decision.", kind="right")

S("conexus", "mp", "Constituent: Mr Harold Pask, 12 Brook Terrace",
  ["I am writing on behalf of my constituent Mr Harold Pask, whose consent is attached. Mr Pask, who is 74, "
   "received a letter saying a field agent would visit because his account had been 'automatically escalated'. "
   "He is very distressed; he had been paying £15 a month without fail.",
   "[[automated_decision|Mr Pask asks that a member of your staff, not an automated process, review the decision "
   "to escalate his account.]] [[informed|He would also like to know what information about him was used to reach "
   "it and where that information came from.]]",
   "I would be grateful for a reply to this office."],
  L(c=True, tp=True, r="automated_decision,informed", cat="collection_conduct"),
  "An MP's office (third_party) raises an escalation to a doorstep visit despite payments (implicit "
  "collection_conduct complaint); a human review is automated_decision and what data was used and its source is "
  "informed.", kind="right", style="letter")

S("conexus", "care", "Change of address for Mr Tobias Reen",
  ["I support Mr Tobias Reen, who has a learning disability and moved into one of our supported flats in "
   "January. He has asked me to help with his post, and his signed consent is attached.",
   "[[rectification|Please update his address on your records to Flat 5, Hollybank Court, 2 Sedge Road, "
   "Carlisle CA2 4RT.]]",
   "Easy-read letters help him if you have them."],
  L(tp=True, r="rectification"),
  "A support worker writes for the resident (third_party) to update his address: rectification; neutral.",
  kind="right", org=("Hollybank Supported Living", "hollybankcare.org.uk"))

S("conexus", "solicitor", "Our client Miss Jodie Carvell - account opened by fraud - formal complaint",
  ["We act for Miss Jodie Carvell. The Quaystone Finance loan you are collecting was taken out in her name by a "
   "former partner, and this was reported to the police on 3 January (crime reference supplied). Despite our "
   "letter of 20 January you have written to her four more times.",
   "Please treat this letter as a formal complaint. [[restriction|Pending the outcome of the fraud investigation "
   "we require that you cease using our client's personal data for collection and merely store it.]] "
   "[[erasure|Once the fraud is confirmed we require that her personal data be erased from your records.]]",
   "We look forward to your prompt reply."],
  L(c=True, ex=True, tp=True, r="restriction,erasure", cat="debt_dispute"),
  "A solicitor (third_party) formally disputes a debt that is not her client's (debt_dispute; the grievance is the "
  "debt, so personal_data=false); store-but-don't-use is restriction and later deletion is erasure.",
  kind="right", style="letter")

S("conexus", "person", "Offers from your 'partners'",
  ["Since my account was passed to you I've had emails from two debt management companies saying Conexus "
   "'recommended' them to me. I never agreed to my details going to anybody.",
   "[[objection|I object to my information being passed to partner firms or used for their offers.]]",
   "I want this stopped and a reply saying it has been."],
  L(c=True, pd=True, r="objection", cat="personal_data"),
  "Unexpected sharing of his details with partner firms, with action demanded: implicit personal_data complaint; "
  "objecting to that use is objection.", kind="right")

S("conexus", "creditor", "Customer request passed on - account %N8%",
  ["One of our customers, Mrs Pauline Grieve, whose account we placed with you in March, has contacted us. She "
   "disputes the balance and we are reviewing it.",
   "[[restriction|She has asked us to pass on that, while the balance is checked, she wants her personal data "
   "held by you but not used for any further processing.]]",
   "Please treat this as her request and reply to her directly."],
  L(tp=True, r="restriction"),
  "A creditor passes on its customer's own request (written on her behalf, third_party) that her data be held but "
  "not used while accuracy is checked: restriction; neutral.", kind="right")

S("conexus", "person", "What's on my file",
  ["I'm putting together paperwork for my debt adviser.",
   "[[access|Please send me a copy of the information you hold on me, including the notes on my account.]]",
   "[[rectification|You also have my employer down as Fairway Logistics, which I left in 2024 - please update it "
   "to say I'm not currently employed.]]"],
  L(r="access,rectification"),
  "A copy of what is held is access and updating his out-of-date employment details is rectification; neutral.",
  kind="right")

S("conexus", "person", "My mother Mrs Sheila Varga",
  ["I have Lasting Power of Attorney for my mother, who is in a care home in Ripon. She has had a letter from "
   "you about a catalogue account she insists she never opened, and I believe her.",
   "[[restriction|Until you have checked whether this account is really hers, please keep her details on file "
   "but don't use them for anything.]]",
   "I've attached the LPA. Please write to me, not to her."],
  L(tp=True, r="restriction"),
  "An attorney (third_party) asks that her mother's data be held but not used while ownership is checked: "
  "restriction; a request to write to her is an authority matter, and the tone is neutral.", kind="right")

S("conexus", "person", "How did you get my email?",
  ["[[informed|Please can you tell me where you got my email address from and what legal basis you have for "
   "using it?]] I'd only ever given Brightwell my postal address.",
   "Not a problem as such, I'd just like to know."],
  L(r="informed"),
  "A neutral question about the source of his email address and the legal basis is informed; no dissatisfaction.",
  kind="right", style="note")

S("conexus", "adviser", "Mr Kwame Asante - tracing and data sources",
  ["We act for Mr Kwame Asante (authority attached). Letters from you reached him at an address he has not given "
   "anyone and we understand you use tracing agencies.",
   "[[informed|Please explain on his behalf which sources you obtained his address from and on what basis you "
   "use them.]] [[objection|He objects to his data being used for further tracing or profiling beyond "
   "administering the account.]]"],
  L(tp=True, r="informed,objection"),
  "An adviser (third_party) asks for the source and basis of processing (informed) and objects to tracing and "
  "profiling (objection); neutral in tone, so not a complaint.", kind="right")

S("conexus", "person", "Complaint - you still have my details",
  ["I am making a complaint. Larkspur recalled my account from you in October - they confirmed it in writing - "
   "but you texted me again on Monday asking me to 'get in touch about your balance'.",
   "[[erasure|You have no account of mine any more, so delete all my personal data.]]",
   "I want confirmation when it's done and an explanation of why you're still contacting me."],
  L(c=True, ex=True, pd=True, r="erasure", cat="personal_data"),
  "An explicit complaint about data still being used after the account was recalled (personal_data); asking for "
  "deletion is erasure.", kind="right")

S("conexus", "person", "Payment offer declined automatically",
  ["Your website turned down my offer of £25 a month straight away.",
   "[[automated_decision|Could someone from your team please look at my income and outgoings and make the "
   "decision themselves?]] I've attached my budget sheet.",
   "Thank you."],
  L(r="automated_decision"),
  "A polite request for a person to take the decision instead of the website is automated_decision; no grievance "
  "is expressed, so not a complaint.", kind="right", style="note",
  short="[[automated_decision|Could someone from your team look at my budget and decide my plan instead of the "
  "website?]] Budget sheet attached.")

S("conexus", "person", "Moving to a new debt adviser",
  ["I'm switching to a new advice service who use an online system.",
   "[[portability|Please email me the income and expenditure figures I gave you, in a spreadsheet format my new "
   "adviser's system can take in.]] [[access|I'd also like copies of the letters you've sent me this year, as "
   "I've lost some.]]"],
  L(r="portability,access"),
  "The data she supplied in a machine-readable format for another system is portability; copies of the letters "
  "sent to her are access; neutral.", kind="right")

# ============================== Conexus: look-alikes ==============================

S("conexus", "creditor", "Batch placed in error - please recall",
  ["The batch of 312 accounts we placed with you on 3 May (file QF-0503) was sent in error; those customers are "
   "with our in-house team.",
   "Please stop all activity on them, delete them from your collection system and confirm by return that no "
   "letters have gone out."],
  L(),
  "A creditor client recalling a batch of its accounts is a business instruction to its agent, not a data "
  "subject's erasure or restriction.", kind=1)

S("conexus", "creditor", "Account %N8% - hold ignored",
  ["We asked you on Tuesday to hold all collection activity on this account while we look at the customer's "
   "dispute. Your agent still called her yesterday and she has now raised it with us.",
   "Put the account on hold now, please, and explain why our instruction wasn't followed."],
  L(c=True, cat="collection_conduct"),
  "A creditor is dissatisfied that its hold instruction was ignored (implicit collection_conduct complaint); a "
  "hold on collection is an account instruction, not restriction of personal data.", kind=1)

S("conexus", "creditor", "Remittance report wrong again",
  ["This month's remittance report is missing 40 accounts and the 'date paid' column is blank throughout - the "
   "same as February. We can't reconcile without it.",
   "Please send a corrected report by Thursday and tell me what is going wrong with your reporting."],
  L(c=True, cat="service_quality"),
  "A creditor's grievance about inaccurate business reports with a fix demanded is an implicit service_quality "
  "complaint; 'send a corrected report' is not access or rectification.", kind=1)

S("conexus", "adviser", "Wrong attachment - please delete",
  ["Apologies - the authority form I attached to my email this morning for our client Mr Aled Prosser was for "
   "a different client.",
   "Please delete that attachment and use the correct form attached here instead."],
  L(tp=True),
  "Deleting a wrongly sent attachment is not erasure; the adviser writes on her client's behalf, so "
  "third_party=true.", kind=1)

S("conexus", "person", "Setting up a payment plan",
  ["What do you need from me to set up a payment plan? And if I wanted to settle in full, what would the "
   "figure be?"],
  L(),
  "Questions about what the firm needs and a settlement figure are an enquiry; they ask nothing about personal "
  "data held.", kind=2, style="note",
  subj_only="What do you need from me for a payment plan? Also settlement figure pls")

S("conexus", "adviser", "Refusal of token payment - Ms Carla Dyson",
  ["Last week you refused our client's token payment offer of £1 a month, despite the income and expenditure "
   "we sent showing a deficit budget. The letter gives no reason at all.",
   "Ms Dyson has a mental health condition and the refusal has put her under real strain. Please explain how the "
   "decision was reached and reconsider it on the figures."],
  L(c=True, tp=True, cat="collection_conduct"),
  "An adviser (third_party) is dissatisfied with a refused token offer (implicit collection_conduct complaint); "
  "asking how a case decision was reached is not the informed right and not a request for human review of an "
  "automated decision.", kind=2)

S("conexus", "person", "What is this letter about?",
  ["I've had a letter from you for £612.40 but I don't recognise it. Who is the original creditor and what is "
   "the debt for?",
   "Could you send me a breakdown of how the balance is made up?"],
  L(),
  "Questions about the debt and a balance breakdown are an account enquiry, not a request for a copy of "
  "personal data.", kind=2)

S("conexus", "person", "Complaint: letter sent to my old address",
  ["I am complaining about a letter you sent to my old address at 4 Beck Row, where my ex-partner still lives. "
   "He opened it and now knows all about my debt, and he has used it against me.",
   "I updated my address with you by phone in November. How did this happen? I want an explanation and an "
   "apology."],
  L(c=True, ex=True, pd=True, br=True, cat="personal_data"),
  "An explicit complaint about a letter disclosed to the wrong person (breach, personal_data); she asks for an "
  "explanation and apology, not for a right.", kind=3)

S("conexus", "person", "Discussed my account with my husband",
  ["My husband answered my mobile when your agent called on Saturday, and your agent told him what the call "
   "was about and how much I owe. I had not told him about this debt.",
   "I never gave permission for anyone else to be spoken to. I want to know why this happened and what you are "
   "going to do about it."],
  L(c=True, pd=True, br=True, cat="personal_data"),
  "Disclosure of her debt to her husband with an explanation demanded: implicit personal_data complaint with "
  "breach; no right is requested.", kind=3)

S("conexus", "care", "Calls to the care home about Mrs Ena Frith",
  ["I am the care coordinator for Mrs Ena Frith, a resident here who has advanced dementia. In the past week "
   "your staff have rung our reception five times asking to speak to her about an account.",
   "She cannot deal with this and the calls are upsetting her. Please stop ringing the home and tell us who we "
   "should send her daughter's LPA details to."],
  L(c=True, tp=True, cat="collection_conduct"),
  "A care coordinator (third_party) complains about repeated calls to a vulnerable resident (collection_conduct); "
  "'stop ringing' is a conduct remedy, not objection.", kind=3, org=("Meadowview Care Home", "meadowviewcare.co.uk"))

S("conexus", "person", "stop calling me at work",
  ["You've phoned my work number three times this week and my manager has asked what's going on. I'm not "
   "allowed personal calls on the shop floor.",
   "Stop calling me at work. Write to me or email instead."],
  L(c=True, cat="collection_conduct"),
  "Calls at work with a demand to stop are an implicit collection_conduct complaint; 'stop calling' is a conduct "
  "remedy, not objection (guide s.4.14).", kind=4, style="note",
  short="Stop ringing my work number - 3rd time this week, my manager's asking questions. Email me instead.")

S("conexus", "person", "Breathing Space",
  ["Just to let you know I entered a Breathing Space on Monday through my council's advice service. The "
   "reference is BS-%N6%.",
   "Please put my account on hold for the 60 days."],
  L(),
  "Notifying a Breathing Space and asking for the account to be held is an account request, not restriction; "
  "neutral.", kind=4)

S("conexus", "adviser", "Ms Tara Doherty - hold and freeze request",
  ["We now act for Ms Tara Doherty (authority attached) and are gathering her financial information.",
   "Please hold the account for 30 days, freeze interest and charges, and correspond only with us during that "
   "time."],
  L(tp=True),
  "Holding collection, freezing charges and redirecting correspondence are account requests by a representative "
  "(third_party), not data rights.", kind=4)

S("conexus", "person", "balance is wrong",
  ["Your statement says I owe £1,480 but I paid £200 by card on 12 March and it's not there. I have the bank "
   "statement to prove it.",
   "Please correct the balance and send me an updated statement."],
  L(c=True, cat="debt_dispute"),
  "Challenging the amount owed is an implicit debt_dispute complaint; correcting the balance is a debt remedy "
  "(as in the guide's balance example), not rectification.", kind=4)

S("conexus", "creditor", "Supplier due diligence - data protection questionnaire",
  ["As part of our annual supplier review, please complete the attached data protection questionnaire and "
   "confirm your ICO registration number and your most recent penetration test date.",
   "We need the return by the 28th."],
  L(),
  "A creditor's supplier review about data protection controls; no individual's right is asked for.", kind=5)

S("conexus", "person", "Calls every day - this is harassment",
  ["Your privacy notice talks about treating my data 'fairly', but I'm getting five calls a day from different "
   "numbers, including at 8pm. My anxiety is through the roof.",
   "This has to stop. I want a call back from a manager to agree a proper way of contacting me."],
  L(c=True, cat="collection_conduct"),
  "Call frequency is the grievance (implicit collection_conduct complaint); citing the privacy notice asks for no "
  "right.", kind=5)

S("conexus", "adviser", "Updated privacy notice and data sharing agreement",
  ["Please find attached our updated client privacy notice and the revised data sharing agreement for creditors, "
   "which take effect on 1 April.",
   "No action is needed; this is for your records."],
  L(),
  "An advice agency's notice of its own privacy documents; nobody asks Conexus to act on a right, and it is not on "
  "a client's behalf.", kind=5)

S("conexus", "care", "Can I talk to you about a resident's account?",
  ["I'm a support worker and one of the people I support has asked me to help with a letter from you. I'm aware "
   "of data protection so I don't want to share anything I shouldn't.",
   "What authority do you need from him before you can discuss the account with me, and is there a form?"],
  L(tp=True),
  "A support worker asks, for the person she supports (third_party), what authority the firm needs: a process "
  "question, not a right.", kind=5)

S("conexus", "creditor", "Removing customer contact numbers",
  ["Our records team has found that 58 of the accounts in the June placement had an old landline number "
   "attached.",
   "Please remove the landline numbers from those accounts on your system and stop using them for dialling. "
   "The list is attached."],
  L(),
  "A creditor's instruction to remove outdated numbers from a batch of its accounts is a business records "
  "instruction, not erasure or objection by a data subject.", kind=1)

S("conexus", "solicitor", "Our client Mr Ravi Sood - why were charges added?",
  ["We act for Mr Ravi Sood. Your statement shows two £30 'collection charges' added in January.",
   "Please explain what these charges are for, under which term of the agreement they are made, and remove them "
   "if there is no basis."],
  L(c=True, tp=True, cat="fees_charges"),
  "A solicitor (third_party) challenges charges added to the balance (implicit fees_charges complaint); asking on "
  "what basis charges are made is about the fee, not the informed right.", kind=4, style="letter")


# ---------------------------------------------------------------------------------------------
# rendering

BASE_ENVS = ["plain", "html", "reply", "reply_html", "typo"]
FORM_SITES = {"pexa": "the PEXA website", "conexus": "your website"}


def fill_numbers(text, nums):
    """Replace %N6% / %N8% with this rendering's invented numbers (one per width, shared by subject and body)."""
    for w in ("6", "8"):
        text = text.replace(f"%N{w}%", nums[w])
    return text


def sender_of(sc, rng):
    """(display From, full name, signature lines) for a scenario's writer, drawn from rng."""
    first, last = rng.choice(FIRST), rng.choice(LAST)
    name = f"{first} {last}"
    titles, orgs = ROLES[sc["who"]]
    if sc["org"]:
        org, domain = sc["org"][0], sc["org"][1]
        title = sc["org"][2] if len(sc["org"]) > 2 else rng.choice(titles)
    elif orgs:
        org, domain = rng.choice(orgs)
        title = rng.choice(titles)
    else:
        org = domain = title = None
    if domain:
        local = rng.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}", f"{first}{last[0]}"]).lower()
        addr = f"{local}@{domain}"
        sig = [name, f"{title}, {org}" if rng.random() < 0.5 else f"{title}\n{org}"]
        display = f"{name} ({org})" if sc["who"] == "mp" else name
    else:
        local = rng.choice([f"{first}.{last}", f"{first}{last}{rng.randrange(10, 99)}", f"{first[0]}{last}",
                            f"{last}.{first[0]}", f"{first}_{rng.randrange(1960, 2004)}"]).lower()
        addr = f"{local}@{rng.choice(FREEMAIL)}"
        sig = [rng.choice([name, first, f"{first[0]}. {last}"])]
        display = name
    return f"{display} <{addr}>", name, sig, bool(domain)


def full_text(sc, env, rng, name, sig, is_org, body):
    """The marked body of a full (not short / subject-only) rendering: greeting, body, sign-off, signature."""
    style = sc["style"]
    if env == "form":
        return ("I tried to send this through the contact form on " + FORM_SITES[sc["mailbox"]] + " but it kept "
                "timing out, so here is what I typed:\n\nName: " + name + "\nTopic: General enquiry\n\nMessage:\n"
                + body + "\n\n" + sig[0])
    greet = rng.choice(GREET[style])
    sign = rng.choice(SIGN[style])
    parts = []
    if style == "letter":
        parts.append(rng.choice(["12 March 2026", "Our ref: " + rng.choice("ABCDKMRT") + rng.choice("ABCDKMRT")
                                 + "/" + str(rng.randrange(1000, 9999)), "Sent by email only"]))
    if greet:
        parts.append(greet)
    parts.append(body)
    tail = "\n".join(x for x in [sign] + sig if x)
    parts.append(tail)
    if is_org and rng.random() < 0.4:
        parts.append(rng.choice(DISCLAIMER))
    return "\n\n".join(parts)


def render(sc, env, rng):
    sender, name, sig, is_org = sender_of(sc, rng)
    nums = {"6": str(rng.randrange(100000, 999999)), "8": str(rng.randrange(10000000, 99999999))}
    subject_m = sc["subject"]
    if env == "subject":
        subject_m, body_m = sc["subj_only"], ""
    elif env == "short":
        body_m = sc["short"] + rng.choice(["", "\n\n" + sig[0].split(" ")[0], "\n\n" + sig[0]])
    else:
        body_m = full_text(sc, env, rng, name, sig, is_org, sc["body"])
        if env == "typo":
            body_m = typos_outside_marks(body_m, rng, MARK_RIGHTS, 0.3)
    subject_m, body_m = fill_numbers(subject_m, nums), fill_numbers(body_m, nums)
    subject_marks, body_marks = rights_marks_of(subject_m), rights_marks_of(body_m)
    marked = sorted({r for r, _ in subject_marks + body_marks})
    assert marked == sorted(sc["labels"]["rights"]), (sc["source"], env, marked)
    quote = None
    if env in ("reply", "reply_html"):
        head, text = rng.choice(QUOTES[sc["mailbox"]])
        quote = (f"On {rng.choice(QUOTE_DATES)}, {head} wrote:", text)
    return finish_marked_record(rng, mailbox=sc["mailbox"], sender=sender, subject=strip_marks(subject_m, MARK_RIGHTS),
                                body=strip_marks(body_m, MARK_RIGHTS), html=env in ("html", "reply_html"),
                                quote=quote, subject_marks=subject_marks, body_marks=body_marks,
                                labels=sc["labels"], note=sc["note"], source=sc["source"], env=env)


def envelopes(sc, rng):
    base = list(BASE_ENVS)
    if sc["who"] == "person" and sc["style"] != "letter":
        base.append("form")
    if sc["subj_only"]:
        return ["subject", rng.choice(base)]
    if sc["short"]:
        return ["short", rng.choice(base)]
    return rng.sample(base, 2)


def build(rng):
    records = []
    for sc in SCENARIOS:
        for env in envelopes(sc, rng):
            records.append(render(sc, env, rng))
    return records


def summary(records, env_count):
    by_src = {}
    for r in records:
        by_src.setdefault(r["source"], r["labels"])
    labs = list(by_src.values())
    lines = [f"wrote {os.path.relpath(OUT, ROOT)}: {len(records)} emails from {len(by_src)} scenarios "
             f"(pexa {sum(r['mailbox'] == 'pexa' for r in records)}, conexus "
             f"{sum(r['mailbox'] == 'conexus' for r in records)} emails)"]
    for right in RIGHTS:
        lines.append(f"  {right}: {sum(right in r['labels']['rights'] for r in records)} emails, "
                     f"{sum(right in lab['rights'] for lab in labs)} scenarios")
    lines.append(f"  scenarios with rights {sum(bool(lab['rights']) for lab in labs)} (two rights "
                 f"{sum(len(lab['rights']) == 2 for lab in labs)}), look-alikes {sum(not lab['rights'] for lab in labs)}")
    lines.append(f"  complaints: {sum(lab['complaint'] for lab in labs)} scenarios "
                 f"(with rights {sum(lab['complaint'] and bool(lab['rights']) for lab in labs)}, look-alikes "
                 f"{sum(lab['complaint'] and not lab['rights'] for lab in labs)}); explicit "
                 f"{sum(lab['explicit'] for lab in labs)}")
    lines.append(f"  third party: {sum(lab['third_party'] for lab in labs)} scenarios "
                 f"(with rights {sum(lab['third_party'] and bool(lab['rights']) for lab in labs)})")
    lines.append("  envelopes: " + ", ".join(f"{k} {env_count[k]}" for k in sorted(env_count)))
    return "\n".join(lines)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=marked_record_errors, train_labels=["complaint"])


if __name__ == "__main__":
    sys.exit(main())
