#!/usr/bin/env python3
"""Marked rights evaluation set AB: 60 scenarios (30 pexa, 30 conexus), each rendered twice -> 120 emails.

45 scenarios ask the receiving firm for one or more UK GDPR rights (every request sentence marked inline as
[[right|sentence]] and turned into `request_sentences`); 15 are look-alikes with rights [] (9 of them complaints)
that use tempting words ("access", "delete", "object", "informed", "a copy of", CSV exports, account holds).
Each scenario is rendered with two different envelopes drawn from the seeded rng: sender name and address,
greeting and sign-off, plain or HTML body, with or without a quoted earlier reply from the firm, letter-edit typos
outside the marks, and for a few scenarios a short or subject-only version.

Every person, address, firm outside data/firms.csv and reference number is invented.

Usage: python data/make/make_rights_marked_ab.py   (writes data/trials/rights_marked_ab.jsonl; stdlib only)
"""
import collections
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (MARK_RIGHTS, RIGHTS, finish_marked_record, marked_record_errors,  # noqa: E402
                           rights_marks_of, run_generator, short_labels, strip_marks, typos_outside_marks)

SEED = 20270415
PREFIX = "rmab"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "rights_marked_ab.jsonl")

L = short_labels

# ---------------------------------------------------------------------------------------------
# envelope material

FIRST = ["Amelia", "Rajesh", "Hollie", "Tomasz", "Kwame", "Duncan", "Farah", "Euan", "Bethany", "Marek",
         "Lorna", "Tariq", "Niamh", "Oluwaseun", "Gemma", "Iain", "Priyanka", "Connor", "Yasmin", "Stuart",
         "Agnieszka", "Dominic", "Shona", "Faisal", "Rosalind", "Jamie", "Mei", "Gavin", "Chloe", "Ibrahim",
         "Harriet", "Declan", "Zara", "Martin", "Eleni", "Robbie", "Anjali", "Neil", "Carys", "Oskar"]
LAST = ["Threlfall", "Mistry", "Kowalski", "Asante", "McBride", "Haddad", "Pennington", "Oduya", "Lindsay",
        "Varga", "Cairns", "Rahman", "Fairclough", "Adeyemi", "Strachan", "Bhatt", "Morrow", "Sadiq", "Tennant",
        "Nowak", "Ellery", "Quinlan", "Chowdhury", "Whitworth", "Papadakis", "Gillespie", "Kaur", "Brennan",
        "Okoro", "Ashworth", "Liddell", "Zielinski", "Harcourt", "Doyle-Kerr", "Maitland", "Iqbal", "Rowntree",
        "Sutcliffe", "Mensah", "O'Hara"]
PERSONAL_DOMAINS = ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "icloud.com", "hotmail.co.uk",
                    "sky.com", "proton.me", "virginmedia.com", "talktalk.net"]
GREETINGS = {
    "pexa": ["Hello,", "Hi,", "Dear PEXA team,", "Dear Sir or Madam,", "Good morning,", "To whom it may concern,",
             "Hi there,", None],
    "conexus": ["Hello,", "Hi,", "Dear Conexus,", "Dear Sir/Madam,", "To whom it may concern,", "Good afternoon,",
                "Dear Sir or Madam,", None],
}
DPO_GREETING = {"pexa": "Dear Data Protection Officer,", "conexus": "Dear Data Protection Team,"}
SIGNOFFS = ["Kind regards,", "Regards,", "Thanks,", "Many thanks,", "Best wishes,", "Yours faithfully,",
            "Thank you,", "Yours sincerely,", "All the best,", None]
QUOTE_FROM = {
    "pexa": [("PEXA Support", "support@pexa.co.uk"), ("PEXA Customer Care", "customer.care@pexa.co.uk"),
             ("PEXA Data Protection", "dataprotection@pexa.co.uk")],
    "conexus": [("Conexus Customer Services", "help@conexus.co.uk"),
                ("Conexus", "enquiries@conexus.co.uk"), ("Conexus Data Protection", "dpo@conexus.co.uk")],
}
QUOTE_TEXT = {
    "pexa": [
        "Hello,\n\nThank you for contacting PEXA. We have logged your message under case number {ref} and "
        "a member of the team will get back to you within five business days.\n\nKind regards\n{sig}",
        "Hi,\n\nThanks for getting in touch. Your query has been passed to the right team (case {ref}). Please keep "
        "this number handy if you need to contact us again.\n\n{sig}",
        "Good afternoon,\n\nThank you for your email, which we received today and have recorded as case {ref}. "
        "We will be in touch as soon as we can.\n\nRegards\n{sig}",
    ],
    "conexus": [
        "Dear Customer,\n\nThank you for your email. We have recorded it against your account under reference "
        "{ref} and will reply as soon as possible.\n\n{sig}",
        "Hello,\n\nThanks for contacting Conexus. Your message has been received and logged as {ref}. Our team "
        "aims to reply within five working days.\n\nKind regards\n{sig}",
        "Dear Sir or Madam,\n\nWe acknowledge receipt of your recent correspondence, reference {ref}. A member of "
        "our team will review it and respond in writing.\n\nYours faithfully\n{sig}",
    ],
}
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
BASE_ENVS = ["plain", "html", "reply", "html_reply", "typo", "typo_reply"]

# ---------------------------------------------------------------------------------------------
# scenarios: id, mailbox, sender kind/org, subject, body (marked), optional short / subject-only versions,
# optional scenario-specific quote text, labels, note

SCENARIOS = [
    # ======================= PEXA: rights requests =======================
    dict(id="s001", mb="pexa", org=None, role=None,
         subject="Copy of my personal data - former PEXA user",
         body="I was a registered PEXA user at Whitcombe & Rowe Conveyancing in Bath from 2023 until I left the firm "
              "in January. My user ID was WRC-00417.\n\n"
              "[[access|Please send me a copy of all the personal data PEXA holds about me, including my user "
              "profile, login history and any identity verification records.]]\n\n"
              "I'm happy to receive it by email and can send ID if you need it. Thanks in advance.",
         short="Ex-user here (ID WRC-00417, Whitcombe & Rowe). [[access|Could you send me a copy of all the "
               "personal data you hold on me?]]",
         labels=L(r="access"),
         note="A former user's neutral request for a copy of the data held about them is access; with no "
              "dissatisfaction it is not a complaint (category none)."),
    dict(id="s002", mb="pexa", org=("Fenwick Lacey Solicitors", "fenwicklacey.co.uk"), role="Senior Conveyancer",
         subject="My surname is still wrong on the platform",
         body="This is the third time I have written about this. My user profile and the signing certificate "
              "attached to it spell my surname wrongly (two letters swapped round). Two lenders have now queried "
              "documents I signed because the name does not match my practising certificate, and one settlement "
              "was held up for a day while we sorted it out.\n\n"
              "[[rectification|Please correct the spelling of my surname on my user profile and on the "
              "certificate.]] [[restriction|Until that is done, please stop attaching the current certificate to "
              "anything I sign in a workspace.]]\n\n"
              "I would also like someone to tell me when it has been fixed, rather than me having to chase again.",
         labels=L(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
         note="Repeated chasing over an inaccurate profile that has caused harm is an implicit complaint about "
              "inaccurate data held (personal_data); 'correct the spelling' is rectification and 'stop attaching "
              "it until fixed' is restriction."),
    dict(id="s003", mb="pexa", org=None, role=None,
         subject="Why am I getting emails about someone else's house purchase?",
         body="Since last Tuesday I have had four emails from PEXA about a purchase of 9 Marram Close, Hunstanton. "
              "I'm not buying a house. The emails show the buyer's name, the price and the completion date, so "
              "somebody's details are going to the wrong person, and my email address is obviously sitting on a "
              "file that has nothing to do with me.\n\n"
              "[[erasure|Please delete my email address from that transaction and anywhere else it has been added "
              "to your system.]] [[informed|I'd also like to know where you got my address from and who put it on "
              "this file.]]\n\n"
              "I haven't forwarded the emails to anyone. I'd appreciate a reply today as this is clearly not right.",
         labels=L(c=True, pd=True, br=True, r="erasure,informed", cat="personal_data"),
         note="Another buyer's details disclosed to the wrong person is a breach inside an implicit data-handling "
              "complaint; 'delete my email address' is erasure and 'where you got my address' (the source) is "
              "informed."),
    dict(id="s004", mb="pexa", org=("Heathcote Bank", "heathcotebank.co.uk"), role="Completions Officer",
         subject="Individual user activity reports",
         body="Our team leader has started receiving a monthly PEXA report ranking each of us by the number of "
              "workspaces we open and how quickly we sign. I gather this comes from a new analytics feature on "
              "your side.\n\n"
              "[[objection|I object to my personal user activity being used to produce individual rankings of this "
              "kind, and ask that my data is left out of them.]] Team-level figures are fine by me.\n\n"
              "This isn't about any problem with the service; I just want my position on record.",
         labels=L(r="objection"),
         note="Objecting to one's user data being used for individual performance profiling is objection; it is "
              "stated calmly with no grievance to remedy, so not a complaint, and Heathcote is only the employer."),
    dict(id="s005", mb="pexa", org=("Harlow Property Law", "harlowpropertylaw.co.uk"), role="Principal",
         subject="Training records in CSV",
         body="I'm the sole principal at Harlow Property Law and have completed most of your online modules over "
              "the last two years. I'm moving my CPD log over to a new tracking app, which imports spreadsheets.\n\n"
              "[[portability|Could you send me my PEXA training and assessment records as a CSV or Excel file so I "
              "can import them into the new app?]]\n\n"
              "A PDF won't work for the import, unfortunately. Many thanks.",
         subj_only="[[portability|Please send my PEXA training records as a CSV file so I can import them into my "
                   "CPD app]]",
         labels=L(r="portability"),
         note="A machine-readable copy of one's own records to load into another system is portability; a "
              "neutral request, so not a complaint."),
    dict(id="s006", mb="pexa", org=None, role=None,
         subject="Survey emails and texts",
         body="We sold our house in February and the sale went through fine. Since then I have had three emails "
              "and a text from a research company called Halden Insight, saying they are 'working on behalf of "
              "PEXA' and asking me to rate my 'digital completion experience'. I never gave PEXA my mobile number "
              "or agreed to any of this, and the reminders keep coming.\n\n"
              "[[informed|Please tell me how you got my mobile number and email address, and why you think you can "
              "pass them to a research company.]] [[objection|I object to my details being used for surveys, "
              "research or marketing of any kind.]] [[erasure|Once you have answered, delete my contact details "
              "from your systems.]]\n\n"
              "I'd like a proper answer, not another survey link.",
         labels=L(c=True, pd=True, r="informed,objection,erasure", cat="personal_data"),
         note="Contact details used and shared unexpectedly is an implicit data-handling complaint; source and "
              "basis = informed, 'object to surveys/marketing' = objection, 'delete my contact details' = "
              "erasure."),
    dict(id="s007", mb="pexa", org=("Carew Dunstan LLP", "carewdunstan.co.uk"), role="Property Solicitor",
         subject="Account locked again after logging in from Jersey",
         body="I was working from our Jersey office on Monday and Tuesday and both days my PEXA login was "
              "suspended within minutes by what your helpdesk called the 'automatic risk engine'. Both times the "
              "only fix offered was to wait 24 hours for the block to expire. I missed a settlement window on "
              "Tuesday and my client's completion slipped to the next day.\n\n"
              "I have used the same laptop and the same authenticator app for three years. [[automated_decision|I "
              "want a member of your staff, not the risk engine, to review the suspension and decide whether my "
              "account should be flagged at all.]]\n\n"
              "Please also explain what you will do to stop this happening every time I travel for work.",
         labels=L(c=True, r="automated_decision", cat="process"),
         note="An implicit complaint that an automatic suspension rule cost a completion (process); asking for a "
              "person instead of the risk engine to decide is automated_decision, and the grievance is not data "
              "handling, so personal_data=false."),
    dict(id="s008", mb="pexa", org=None, role=None,
         subject="My father's name on his purchase - 4 Tenter Yard",
         body="I help my father, Mr Desmond Achterberg, with his paperwork; he is 84 and has asked me to write to "
              "you for him. He bought 4 Tenter Yard, Kendal last month and the completion paperwork generated "
              "through your platform shows his middle name as 'Percival' when it is 'Percy'. His conveyancer thinks "
              "the name came from the workspace.\n\n"
              "[[rectification|Please correct his middle name in any record PEXA holds for this purchase.]] "
              "[[informed|Could you also tell us where PEXA got his details from in the first place, so we know "
              "whether anything else needs checking?]]\n\n"
              "This isn't urgent and as far as we know nobody is at fault; we just want it right.",
         labels=L(tp=True, r="rectification,informed"),
         note="A child writing for an elderly parent is third_party; a calm correction request with no grievance is "
              "not a complaint; 'correct his middle name' = rectification, 'where PEXA got his details' = "
              "informed."),
    dict(id="s009", mb="pexa", org=("Pellow Hart Conveyancing", "pellowhart.co.uk"), role="Conveyancing Assistant",
         subject="Old user profile from Orchard Lane",
         body="When I joined Pellow Hart Conveyancing in May your onboarding team set me up with a new PEXA "
              "profile, but my old profile from my time at Orchard Lane is still there under my previous surname "
              "and my old mobile number.\n\n"
              "[[erasure|Please delete the old profile and the personal details on it, as I no longer need it and "
              "it has nothing to do with my new firm.]]\n\n"
              "If there's anything you have to keep for regulatory reasons that's fine, just let me know what.",
         labels=L(r="erasure"),
         note="Asking for an old profile and its personal details to be deleted is erasure; neutral, so not a "
              "complaint, and Orchard Lane is only a former employer."),
    dict(id="s010", mb="pexa", org=None, role=None,
         subject="How does PEXA have my bank details?",
         body="I am remortgaging my flat and today got an email from PEXA with a link to 'confirm my payout "
              "account'. I had never heard of your company and certainly never gave you my bank details, yet the "
              "email showed the last four digits of my current account. Frankly it looked like a scam and I nearly "
              "reported it to my bank.\n\n"
              "[[informed|Please explain where you got my bank details and email address, who gave them to you and "
              "what you are using them for.]] [[erasure|If you don't actually need them, I want them "
              "deleted.]]\n\n"
              "I'd expect a reply from a person, not a template.",
         labels=L(c=True, pd=True, r="informed,erasure", cat="personal_data"),
         note="Unease at data obtained without the writer's knowledge, with a reply demanded, is an implicit "
              "complaint about data obtained unexpectedly (personal_data); source/purpose = informed, 'want them "
              "deleted' = erasure; no participant firm is blamed, so about_other_firm=null."),
    dict(id="s011", mb="pexa", org=("Brightwater Legal LLP", "brightwaterlegal.co.uk"), role="Associate Solicitor",
         subject="Our client Ms Imogen Farrant - purchase of 31 Quarry Hill, Malton",
         body="We act for Ms Imogen Farrant in a professional negligence claim against the conveyancers who "
              "handled her purchase of 31 Quarry Hill, Malton, which completed on your platform in October 2025. "
              "Her signed authority is attached. We make no criticism of PEXA.\n\n"
              "[[access|On her behalf, please provide a copy of the personal data PEXA holds about Ms Farrant in "
              "connection with that purchase, including the workspace audit trail entries that refer to her.]]\n\n"
              "We understand your retention period for closed workspaces may be approaching. [[restriction|Please "
              "do not delete this data while the claim is pending; keep it, but do not otherwise use it, until we "
              "confirm the claim has concluded.]]\n\n"
              "We would be grateful for an acknowledgement of this letter.",
         labels=L(tp=True, r="access,restriction"),
         note="A solicitor acting for a client is third_party; no grievance against PEXA, so not a complaint; a "
              "copy of her data = access, and 'keep it but do not use or delete it' for a legal claim = "
              "restriction."),
    dict(id="s012", mb="pexa", org=None, role=None,
         subject="Complaint - my data request from March has been ignored",
         body="On 4 March I asked your data protection team to send me my training records in a format I could "
              "upload elsewhere and then to close and delete my user account. I got an automatic acknowledgement "
              "and nothing since. Two months on I am still getting your 'complete your learning' reminders, so the "
              "account clearly still exists.\n\n"
              "I want to make a formal complaint about how this request has been handled. For the avoidance of "
              "doubt, I am repeating it. [[portability|Send me my training records as a CSV or JSON file.]] "
              "[[erasure|Then delete my user account and the personal data linked to it.]]\n\n"
              "Please confirm both in writing once done.",
         quote="Hello,\n\nThank you for your data protection request, which we have logged under reference {ref}. "
               "We will respond within one calendar month.\n\nPEXA Data Protection",
         labels=L(c=True, ex=True, pd=True, r="portability,erasure", cat="personal_data"),
         note="A formal complaint that a rights request was ignored is personal_data (badly handled request); the "
              "repeated requests count: CSV/JSON records to upload elsewhere = portability, delete the account = "
              "erasure."),
    dict(id="s013", mb="pexa", org=("Ledbury Quayle Solicitors", "ledburyquayle.co.uk"), role="Licensed Conveyancer",
         subject="Certification assessment result",
         body="I sat the Settlement Practitioner assessment on Thursday and was marked as failed on three written "
              "answers, which means my signing rights stay suspended for another 30 days. My answers were correct "
              "and my supervising partner agrees. The results page says the written answers are 'scored "
              "automatically'.\n\n"
              "[[automated_decision|I would like a person to mark my written answers again, rather than relying "
              "on the automatic scoring.]] [[access|Please also send me a copy of my answers and the scores "
              "recorded against each of them.]]\n\n"
              "Being unable to sign for another month is costing the firm work, so I'd be grateful for a quick "
              "response.",
         labels=L(c=True, r="automated_decision,access", cat="training"),
         note="An implicit complaint about an automatically scored training assessment (training); a person to "
              "re-mark instead of automatic scoring = automated_decision, a copy of the answers and scores = "
              "access; not a data-handling grievance."),
    dict(id="s014", mb="pexa", org=("Ridley Moss Property Lawyers", "ridleymoss.co.uk"), role="Paralegal",
         subject="Session recording on the workspace screens",
         body="Your updated privacy notice says the platform now uses a session replay tool that records how "
              "users move and click around the workspace screens, to 'improve the product'.\n\n"
              "[[objection|I object to my sessions being recorded for product improvement and would like to be "
              "opted out of that tool.]] I'm still happy for you to log whatever is needed for security and "
              "audit.\n\n"
              "Thanks for flagging the change clearly in the notice.",
         labels=L(r="objection"),
         note="Objecting to one's usage being recorded for product analytics is objection; polite and without "
              "grievance, so not a complaint."),
    dict(id="s015", mb="pexa", org=None, role=None,
         subject="my purchase - nothing happening",
         body="I'm buying 12 Heron Court, Exmouth and my conveyancers Marsh and Penrose keep telling me they are "
              "'waiting on PEXA'. The seller's side have now told me the workspace has been ready for two weeks and "
              "it is Marsh and Penrose who haven't signed anything. I've rung them five times and nobody calls "
              "back, and my mortgage offer runs out at the end of the month.\n\n"
              "I need someone to chase them or tell me what to do. [[access|I'd also like a copy of the "
              "information PEXA holds about me for this purchase, so I can see for myself what has and hasn't been "
              "done.]]",
         labels=L(c=True, r="access", cat="delay", firm="mpc"),
         note="A buyer's complaint purely about her own conveyancer's delay is forwarded (mpc, delay), and the "
              "copy of her data she asks PEXA itself for still counts as access."),
    dict(id="s016", mb="pexa", org=("Ashdown Clarke Solicitors", "ashdownclarke.co.uk"), role="Trainee Solicitor",
         subject="Training record - wrong date",
         body="Small thing: my PEXA training record shows that I completed the Lodgement Essentials module on 14 "
              "November 2026, but I actually finished it on 14 October, which matters because my firm's CPD year "
              "ends on 31 October.\n\n"
              "[[rectification|Please change the completion date to 14 October 2026.]] [[portability|After that, "
              "could you send me my full training record as a CSV file so I can load it into our firm's learning "
              "system?]]\n\n"
              "Many thanks for your help.",
         labels=L(r="rectification,portability"),
         note="A calm correction plus a CSV export to load into another system: rectification and portability, "
              "no dissatisfaction, so not a complaint."),
    dict(id="s017", mb="pexa", org=None, role=None,
         subject="What happens to my details after completion?",
         body="We completed on our house purchase last week through our solicitors, who use PEXA. Everything went "
              "smoothly.\n\n"
              "[[informed|Out of interest, could you tell me what kinds of personal information PEXA keeps about "
              "us, which organisations you share it with and how long you keep it after completion?]]\n\n"
              "No rush at all.",
         short="[[informed|Can you tell me what details PEXA keeps about me after my purchase, who you share them "
               "with and for how long?]] Thanks",
         labels=L(r="informed"),
         note="Asking what kinds of data are kept, who receives them and for how long is an explanation of the "
              "processing (informed), not a request for a copy; neutral, so not a complaint."),
    dict(id="s018", mb="pexa", org=("Tallis & Beck Solicitors", "tallisbeck.co.uk"), role="Conveyancing Partner",
         subject="Formal complaint - my home address given out by your support desk",
         body="On Monday afternoon someone rang your support line claiming to be from my firm and was given my "
              "home address and personal mobile number 'to send a courier'. Nobody here made that call. I only "
              "found out because the caller then turned up at my house. I have reported it to the police.\n\n"
              "This is a formal complaint. [[access|Please send me the recording of that call and any notes your "
              "team made about it.]] [[informed|I also want to know whether my details have been given to anyone "
              "else, and why support staff can see my home address at all.]]\n\n"
              "I expect this to be treated as a data breach.",
         labels=L(c=True, ex=True, pd=True, br=True, r="access,informed", cat="personal_data"),
         note="An explicit complaint about personal details disclosed to an impostor (breach, personal_data); the "
              "call recording and notes = access, recipients and why staff can see the address = informed."),
    dict(id="s019", mb="pexa", org=None, role=None,
         subject="Completion figures in a spreadsheet?",
         body="I'm a small landlord and bought my third rental flat last month; my solicitor used PEXA for "
              "completion. My accountant wants the completion figures for the tax return, and my property software "
              "imports CSV files.\n\n"
              "[[portability|Is it possible for you to send me the settlement details that relate to me for that "
              "purchase as a CSV file, so I can import them directly?]] The flat is 2B Alma Terrace, Scarborough, "
              "and completion was on 9 April.\n\n"
              "Thanks very much.",
         labels=L(r="portability"),
         note="His own data in a machine-readable file to import into other software is portability; a neutral "
              "request, not a complaint."),
    dict(id="s020", mb="pexa", org=("Greyfriars Law LLP", "greyfriarslaw.co.uk"), role="Conveyancing Assistant",
         subject="Change of surname",
         body="I've recently married and changed my surname. [[rectification|Please update my PEXA user profile to "
              "show my new surname, as in my signature below, and change my login email to the address I'm "
              "writing from.]] My old address will stop working at the end of the month.\n\n"
              "I'm in the Edinburgh office of Greyfriars Law and my user ID is GFL-2231.",
         short="[[rectification|Please update my PEXA profile to my new married surname (as below) and to the email "
               "I'm writing from.]] User ID GFL-2231.",
         labels=L(r="rectification"),
         note="Updating one's name and email on a user profile is rectification; a routine request, not a "
              "complaint, and Greyfriars is only the employer."),
    dict(id="s021", mb="pexa", org=None, role=None,
         subject="Mum's sale - emails going to an old address",
         body="I hold lasting power of attorney for my mother, Mrs Eileen Pascoe, who is selling her bungalow at 6 "
              "Chapel Row, Looe. Her old email address, eileen.pascoe@freenetmail.co.uk, was closed years ago and "
              "has since been taken by someone else. We have just learned from that person that they have been "
              "receiving PEXA emails about Mum's sale, including the sale price and her solicitor's details.\n\n"
              "[[restriction|Please stop sending anything to that old address straight away.]] "
              "[[rectification|Please replace it on her record with my email, the one I am writing from, as her "
              "attorney.]]\n\n"
              "I would like to know how this happened and what you are doing about it.",
         labels=L(c=True, pd=True, br=True, tp=True, r="restriction,rectification", cat="personal_data"),
         note="An attorney for her mother (third_party) reports sale details going to a stranger (breach) and wants "
              "answers: implicit personal_data complaint; stop using the wrong address = restriction, replace it = "
              "rectification; no participant firm is blamed, so null."),
    dict(id="s022", mb="pexa", org=("Marlowe Sandys Solicitors", "marlowesandys.co.uk"), role="Conveyancer",
         subject="'Enhanced checks' on every workspace I open",
         body="For the last six weeks every workspace I open is put into 'enhanced checks', which adds at least a "
              "day before my clients' funds can move. Your helpdesk says my user account has been given a high "
              "fraud-risk score by an automated model based on my 'behaviour patterns', and that they cannot see "
              "why or change it.\n\n"
              "[[automated_decision|I want a person at PEXA to review that score and decide whether these checks "
              "are really needed on my account.]] [[objection|I also object to my user activity being profiled by "
              "this model at all without any explanation.]]\n\n"
              "Two clients have already asked why their completions are slower with us than with other firms.",
         labels=L(c=True, r="automated_decision,objection", cat="process"),
         note="An implicit complaint that an automated risk rule slows every matter (process); a person to review "
              "the score = automated_decision, objecting to the profiling = objection; the grievance is the rule, "
              "so personal_data=false."),
    dict(id="s023", mb="pexa", org=None, role=None,
         subject="Re: Subject access request",
         body="Your data protection team closed my subject access request last week saying I had 'not completed "
              "identity verification'. I sent a scan of my passport and a utility bill on 2 February, the day after "
              "you asked for them, and I have the sent email to prove it. Nobody checked before closing the "
              "request.\n\n"
              "I am complaining about the way this has been handled. [[access|Please reopen my request and send "
              "me a copy of all the personal data you hold about me within the time you were originally "
              "given.]]\n\n"
              "If this isn't sorted I will take it to the Information Commissioner.",
         quote="Dear requester,\n\nWe have not received the identity documents we asked for, so we have closed "
               "your request (reference {ref}). You are welcome to submit a new request.\n\nPEXA Data Protection",
         labels=L(c=True, ex=True, pd=True, r="access", cat="personal_data"),
         note="An explicit complaint about a wrongly closed subject access request (request badly handled = "
              "personal_data), renewing the access request."),

    # ======================= PEXA: look-alikes (rights []) =======================
    dict(id="s024", mb="pexa", org=("Kingsmead Conveyancing", "kingsmeadconveyancing.co.uk"),
         role="Practice Manager\nDirect line 01632 960 118",
         subject="Cannot access any workspaces since this morning",
         body="Since about 8.30 this morning none of the six users at our firm can access any of our workspaces. "
              "Logging in works, but every workspace shows 'Error 503 - participant data unavailable'. We have "
              "three completions booked for today.\n\n"
              "Your status page says all systems are operational, which is plainly not the case for us. Please "
              "restore our access as a priority and call me on the number below as soon as someone is looking at "
              "it.",
         labels=L(c=True, cat="platform_defect"),
         note="'Access' means access to the platform, not a copy of data: an implicit complaint about an outage "
              "(platform_defect) with no right requested."),
    dict(id="s025", mb="pexa", org=("Beacon Home Finance", "beaconhomefinance.co.uk"), role="Completions Team Lead",
         subject="Duplicate workspaces - we need a delete button",
         body="Since the new 'Create workspace' screen went live, the button sits right next to 'Save draft' and "
              "our team keeps creating duplicate workspaces by accident. We have made eleven this month. Each one "
              "can only be removed by ringing your helpdesk, which takes twenty minutes a time, and until it is "
              "removed the other side sometimes sees two invitations.\n\n"
              "Please delete the eleven duplicates listed in the attached spreadsheet, and give participant "
              "administrators a way to delete a workspace that has not yet been shared. We'd like to know when that "
              "will be available.",
         labels=L(c=True, cat="usability"),
         note="'Delete' refers to duplicate workspaces, not anyone's personal data: an implicit complaint about a "
              "confusing screen (usability); Beacon is only the sender, so about_other_firm=null."),
    dict(id="s026", mb="pexa", org=None, role=None,
         subject="Kestrel still haven't released my mortgage money",
         body="We were meant to complete on 14 Linnet Way today. Our solicitor says everything in the PEXA "
              "workspace is ready and the only thing missing is the mortgage advance from Kestrel Building Society, "
              "which still hasn't arrived. Kestrel told me on the phone the funds were sent on Friday; our solicitor "
              "says they weren't. The removal van is sitting outside and the sellers are threatening to pull "
              "out.\n\n"
              "I need access to that money today. Can you please find out from Kestrel what is going on, or tell me "
              "who at Kestrel can actually sort this out?",
         labels=L(c=True, cat="delay", firm="kbs"),
         note="A borrower's complaint purely about the lender's late funds is forwarded (kbs, delay); 'access to "
              "that money' is not a data right."),
    dict(id="s027", mb="pexa", org=("Stanier Row Solicitors", "stanierrow.co.uk"), role="Head of Residential Property",
         subject="Failed settlement on Friday",
         body="I am writing to complain about Friday's failed settlement on workspace PX-WS-7741-2290. The "
              "settlement did not go through at 2pm as scheduled, and we only found out when the seller's solicitor "
              "rang us at 4.15. Nobody from PEXA informed us at any point, and the platform still showed the "
              "settlement as 'in progress' on Saturday morning.\n\n"
              "We want an explanation of what went wrong, and we expect to be informed straight away by phone and "
              "email whenever a settlement on one of our workspaces fails in future. Our clients had to spend the "
              "weekend in a hotel and we will be asking you to cover that cost.",
         labels=L(c=True, ex=True, cat="platform_defect"),
         note="Being 'informed' of failures and an explanation of an incident are not the right to be informed "
              "about processing: an explicit complaint about a failed settlement (platform_defect), rights []."),
    dict(id="s028", mb="pexa", org=("Thames Valley Mortgages", "tvmortgages.co.uk"), role="Completions Analyst",
         subject="Exporting our workspace list",
         body="Our completions team would like to pull a monthly list of all the workspaces we've been part of "
              "(reference, property address, settlement date and status) into our internal reporting tool.\n\n"
              "Is there a way to export that from the participant dashboard as a CSV, or would you need to send it "
              "to us each month? If there's an API for this instead, a pointer to the documentation would be "
              "great.\n\n"
              "No problems with the platform itself; this is just for our management information.",
         labels=L(),
         note="A firm exporting its own workspace list as CSV for reporting is a product question, not a data "
              "subject's portability request: enquiry, rights []."),
    dict(id="s029", mb="pexa", org=("Easton Stride LLP", "eastonstride.co.uk"), role="Practice Manager",
         subject="Leaver - please deactivate user",
         body="Our paralegal, Mr Tobias Wren, left the firm on Friday. As participant administrator I'd like his "
              "PEXA login deactivated and his name taken off our firm's list of active users, so that he no longer "
              "has access to any of our workspaces.\n\n"
              "His user ID was ESL-0093. Could you also reassign the two open workspaces where he is listed as the "
              "contact to me?",
         labels=L(),
         note="An employer's routine user administration (deactivate a leaver, workspace 'access') is a service "
              "request, not a data-rights request by the data subject: rights [], not a complaint."),
    dict(id="s030", mb="pexa", org=None, role=None,
         subject="Spelling of my name - do I need to do anything?",
         body="We're selling our flat and our solicitors, Greyfriars Law, told us yesterday that my first name was "
              "spelt wrongly when they set up the PEXA workspace and that they have already corrected it on their "
              "side.\n\n"
              "Is there anything I need to do myself, or is that all taken care of by them? I just want to be sure "
              "it won't hold up completion.\n\n"
              "Thanks for your help.",
         labels=L(),
         note="The correction was already made by the participant firm and the writer only asks whether she must "
              "act, so no right is asked of PEXA: enquiry, rights []."),

    # ======================= Conexus: rights requests =======================
    dict(id="s031", mb="conexus", org=None, role=None,
         subject="Request for copies - account 5091 8832",
         body="I have an account with you for an old Pennant Mobile bill, reference 5091 8832. I'm getting my "
              "finances straight before I speak to a debt adviser.\n\n"
              "[[access|Please send me a copy of all the personal data you hold about me, including letters, notes "
              "on the account and recordings of any calls I've had with your staff.]]\n\n"
              "Email is fine. Thank you.",
         subj_only="[[access|Subject access request - please send me a copy of all the data you hold on me]] - "
                   "acct 5091 8832",
         labels=L(r="access"),
         note="A copy of all data, notes and call recordings is access; neutral, so not a complaint; Pennant is "
              "only the creditor."),
    dict(id="s032", mb="conexus", org=None, role=None,
         subject="how did you find my new address",
         body="I moved house in January and didn't give my new address to anyone except family and my GP, yet your "
              "letter about the old Northline Energy account arrived here last week. I want to know how you found "
              "me. It is unsettling to find a debt collector knows where I live when I have deliberately kept my "
              "address private for personal reasons.\n\n"
              "[[informed|Tell me where you got my new address from, and what legal basis you have for tracing "
              "me.]] [[objection|I object to you using tracing agencies or credit reference data to look me up "
              "again in future.]]\n\n"
              "I expect a full answer.",
         labels=L(c=True, pd=True, r="informed,objection", cat="personal_data"),
         note="Distress at being traced, with a full answer demanded, is an implicit complaint about data obtained "
              "unexpectedly (personal_data); source and basis = informed, objecting to future tracing = objection; "
              "Northline is only the creditor."),
    dict(id="s033", mb="conexus", org=("Eastgate Money Advice", "eastgatemoneyadvice.org.uk"), role="Money Adviser",
         subject="Client Mr Ashok Varma - your ref 7204 1187 - payment offer declined",
         body="I am the money adviser for Mr Ashok Varma (signed authority attached). On 3 June we submitted a "
              "payment offer of £15 a month through your online portal, supported by a full income and expenditure "
              "statement showing that is all he can afford. Within a minute the portal declined it and asked for "
              "£68 a month, and your agent then told Mr Varma by phone that 'the system has made its decision'.\n\n"
              "[[automated_decision|Please have a member of staff, not the portal, look at our offer and the budget "
              "we sent, and make the decision.]] [[access|We would also like a copy of the personal data about Mr "
              "Varma that the portal used to reach its decision.]]\n\n"
              "In the meantime please hold collection activity for 30 days while this is reviewed. Mr Varma is very "
              "anxious about the phone calls.",
         labels=L(c=True, tp=True, r="automated_decision,access", cat="collection_conduct"),
         note="A money adviser (third_party) objecting to an unaffordable plan demand is a collection_conduct "
              "complaint; a person to decide = automated_decision, a copy of the data used = access; 'hold "
              "collection activity' is forbearance, not restriction."),
    dict(id="s034", mb="conexus", org=None, role=None,
         subject="Wrong date of birth on your letters",
         body="Your letters to me about account 3318 0562 have my date of birth wrong (they show 1986; I was born in "
              "1968), and the postcode is missing a letter. I'm not bothered about it, but I'd rather the records "
              "were right.\n\n"
              "[[rectification|Please correct my date of birth to 12/03/1968 and my postcode to LS12 4QT.]]\n\n"
              "Thanks.",
         short="[[rectification|Please correct my date of birth on acct 3318 0562 to 12/03/1968 - you have "
               "1986.]]",
         labels=L(r="rectification"),
         note="A relaxed request to correct a date of birth and postcode is rectification without dissatisfaction: "
              "not a complaint."),
    dict(id="s035", mb="conexus", org=None, role=None,
         subject="Account paid off - records and deletion",
         body="I made the final payment on account 4627 0915 (Westbury council tax arrears) last Friday and your "
              "letter confirms the balance is now nil. Thank you for setting up the plan, it made a big "
              "difference.\n\n"
              "Two requests now it's finished. [[portability|Please send me my full payment history in CSV format "
              "so I can keep it with my other financial records in my budgeting app.]] [[erasure|After that, "
              "please delete my personal data, apart from anything you are legally obliged to keep.]]\n\n"
              "Many thanks again.",
         labels=L(r="portability,erasure"),
         note="Thanks plus a CSV for a budgeting app (portability) and deletion (erasure): rights without "
              "dissatisfaction, so not a complaint."),
    dict(id="s036", mb="conexus", org=None, role=None,
         subject="Letters to my wife at her old flat",
         body="I'm writing for my wife, Grace Nwosu, who is in hospital after surgery and has asked me to deal with "
              "this; her signed note is attached. She moved out of 14B Cranmer Street, Leicester in 2024 and told "
              "your staff at the time. You have kept writing to that flat, and last week the new tenant opened one "
              "of your letters, saw her name and the amount owed, and posted it on to us with a note.\n\n"
              "[[rectification|Please update her address to ours, 3 Larkspur Drive, Leicester LE4 9TJ.]] "
              "[[restriction|Until you have confirmed the change, please don't send anything to the Cranmer Street "
              "address.]] [[access|She would also like a copy of the notes on her account, so we can see whether "
              "her change of address was recorded.]]\n\n"
              "We'd like an explanation and an apology.",
         labels=L(c=True, pd=True, br=True, tp=True, r="rectification,restriction,access", cat="personal_data"),
         note="A husband writing for his wife (third_party) about debt details read by a stranger (breach) wants an "
              "apology: implicit personal_data complaint; new address = rectification, don't use the old one "
              "meanwhile = restriction, copy of notes = access."),
    dict(id="s037", mb="conexus", org=None, role=None,
         subject="complaint about your agent on Tuesday",
         body="I want to complain about the man I spoke to on Tuesday afternoon about my account (ref 6650 2291). "
              "I told him I'd just lost my job and could pay £20 a month. He said that wasn't acceptable, that "
              "bailiffs would 'be round by the weekend' and that I should borrow the money from family. I was "
              "shaking after that call.\n\n"
              "[[access|I'd like a copy of the recording of that call.]] I also want to know what you are going to "
              "do about the way he spoke to me, and I want any further contact to be by letter.",
         labels=L(c=True, ex=True, r="access", cat="collection_conduct"),
         note="An explicit complaint about threats on a collection call (collection_conduct); the call recording "
              "is access, while 'contact by letter' is a conduct remedy, not a right; personal_data=false."),
    dict(id="s038", mb="conexus", org=None, role=None,
         subject="Northline bill is wrong",
         body="Your letter says I owe £912 to Northline Energy for gas at 27 Whitby Road. I moved out of that house "
              "in August 2025 and gave Northline a final meter reading; the new tenants have been there since. "
              "Northline have billed me for eight months after I left, and I've written to them twice with my "
              "tenancy agreement and the reading.\n\n"
              "I'm not paying a bill for gas I didn't use. [[restriction|Until Northline have sorted out their "
              "mistake, please stop using my details to chase this and don't pass them on to anyone else.]]\n\n"
              "Can you send the account back to Northline?",
         labels=L(c=True, r="restriction", cat="debt_dispute", firm="nte"),
         note="Only the creditor can fix a bill for gas used after move-out, so the complaint is nte, debt_dispute; "
              "'stop using my details and don't pass them on until the mistake is sorted' is restriction pending "
              "the dispute."),
    dict(id="s039", mb="conexus", org=None, role=None,
         subject="Payment history as a spreadsheet",
         body="I'm working with a debt charity to put together a budget, and they use an online tool that imports "
              "spreadsheets. [[portability|Could you email me my payment history on account 2280 4413 as a CSV or "
              "Excel file, so I can upload it to their tool?]]\n\n"
              "Thanks.",
         subj_only="[[portability|Can you email my payment history as a CSV so I can load it into my budgeting "
                   "tool? acct 2280 4413]]",
         labels=L(r="portability"),
         note="A spreadsheet of one's payment history to upload elsewhere is portability; the writer only mentions "
              "the charity, so not third_party; not a complaint."),
    dict(id="s040", mb="conexus", org=("Harwood Telfer Solicitors", "harwoodtelfer.co.uk"), role="Solicitor",
         subject="Our client Mr Callum Brannigan - your ref 8815 3390 - formal complaint",
         body="We act for Mr Callum Brannigan. In March our client settled the above account in full under the "
              "agreement set out in your letter of 11 March, a copy of which is enclosed. Your firm has nevertheless "
              "continued to report the account to the credit reference agencies as 'defaulted, balance "
              "outstanding', and our client was refused a mortgage on 2 May as a result.\n\n"
              "Please treat this letter as our client's formal complaint. [[rectification|We ask you to correct "
              "the information you report to the credit reference agencies so that it shows the account as "
              "settled.]] [[restriction|Until that correction has been made, please stop reporting any data about "
              "this account to them.]] [[access|Please also provide a copy of all personal data you hold about our "
              "client, including what you have reported and when.]]\n\n"
              "We look forward to your response within 14 days.",
         labels=L(c=True, ex=True, pd=True, tp=True, r="rectification,restriction,access", cat="personal_data"),
         note="A solicitor (third_party) makes a formal complaint about inaccurate credit-file reporting "
              "(personal_data): correct it = rectification, stop reporting meanwhile = restriction, a copy of all "
              "data = access."),
    dict(id="s041", mb="conexus", org=None, role=None,
         subject="Loan offers - who gave them my number?",
         body="Since your firm took over my Sterling Credit account in the spring I have had at least ten texts and "
              "calls from loan brokers and 'debt solution' companies. Two of them said they had been 'passed my "
              "details by Conexus'. I didn't agree to that, and it's the last thing I need when I'm trying to get "
              "out of debt.\n\n"
              "[[informed|Which companies have you given my phone number and email to, and on what basis?]] "
              "[[objection|I object to you sharing my details with anyone for marketing, and to you using them for "
              "marketing yourselves.]]\n\n"
              "Please reply to this email.",
         labels=L(c=True, pd=True, r="informed,objection", cat="personal_data"),
         note="Details shared unexpectedly with brokers is an implicit personal_data complaint about Conexus (the "
              "creditor is only named); recipients and basis = informed, objecting to marketing = objection."),
    dict(id="s042", mb="conexus", org=None, role=None,
         subject="Hardship application for account 7719 0034",
         body="I'm about to send in the hardship application form for my account, 7719 0034, along with my bank "
              "statements and a letter from my GP. I've read on your website that applications are first checked by "
              "an automated system.\n\n"
              "My circumstances are a bit unusual: I'm self-employed, my income varies a lot month to month, and I'm "
              "off work at the moment with a back injury. [[automated_decision|So please could a member of staff, "
              "rather than the automated check, make the decision on my application?]]\n\n"
              "Thanks, your team have been very understanding so far.",
         labels=L(r="automated_decision"),
         note="Asking in advance for a person rather than an automated check to decide is automated_decision; "
              "friendly, with nothing wrong yet, so not a complaint."),
    dict(id="s043", mb="conexus", org=("House of Commons", "parliament.uk"),
         role="Caseworker, Office of Ruth Kenning MP",
         subject="Constituent: Mr Daniel Oyelaran, 19 Fernlea Road, Rotherham",
         body="I am writing on behalf of my constituent, Mr Daniel Oyelaran, who has consented to my raising this "
              "with you.\n\n"
              "Mr Oyelaran has received three letters from Conexus about a catalogue debt in the name of a Mr D. "
              "Oyelaran born in 1971 and living in Sheffield. My constituent was born in 1994, has never lived in "
              "Sheffield and has never had an account with the catalogue company. He believes your firm has matched "
              "him to the wrong person, and he is worried this will now appear on his credit file.\n\n"
              "[[informed|Mr Oyelaran asks that you explain how Conexus obtained his name and address and why they "
              "were linked to this account.]] [[erasure|He also asks that his details be removed from the account "
              "and deleted from your records.]]\n\n"
              "I would be grateful for a reply that I can share with him.",
         labels=L(c=True, pd=True, tp=True, r="informed,erasure", cat="personal_data"),
         note="An MP's office (third_party) reports a wrong identity match by Conexus: implicit complaint about "
              "data obtained and linked wrongly (personal_data); how the details were obtained = informed, removal "
              "and deletion = erasure."),
    dict(id="s044", mb="conexus", org=None, role=None,
         subject="Complaint - your reply to my deletion request",
         body="In April I asked you to delete my data because my account was closed as paid in 2019. Your reply was "
              "a standard letter saying you 'are unable to comply', with no reason, nothing about how long you will "
              "keep my data and nothing about my right to go to the Information Commissioner. I am complaining "
              "about that reply.\n\n"
              "[[erasure|I am asking again for my personal data to be erased.]] [[restriction|If you really do have "
              "a legal reason to keep some of it, then keep it locked away and do not use it for anything else, "
              "including contacting me, until you have deleted it.]]\n\n"
              "Please give me a proper answer this time.",
         quote="Dear Customer,\n\nThank you for your request dated 8 April. We are unable to comply with your "
               "request at this time.\n\nReference: {ref}\nConexus Data Protection",
         labels=L(c=True, ex=True, pd=True, r="erasure,restriction", cat="personal_data"),
         note="An explicit complaint about a refused erasure request (badly handled = personal_data); renewed "
              "erasure, and 'keep it but do not use it' = restriction."),
    dict(id="s045", mb="conexus", org=None, role=None,
         subject="Note on my account about my health",
         body="When I phoned in March to set up my payment plan I mentioned that I have anxiety and sometimes "
              "struggle on the phone. Your adviser was really kind about it. I've now seen from a letter that my "
              "account has been marked 'bipolar disorder - vulnerable customer', which isn't my diagnosis.\n\n"
              "[[rectification|Please change the note to say anxiety, and that I prefer to be contacted by "
              "email.]] [[restriction|Until it has been corrected, please don't share that note with Lumen Water or "
              "anyone else.]]\n\n"
              "Thank you for being so helpful so far.",
         labels=L(r="rectification,restriction"),
         note="A friendly correction of a wrong health note with no negative judgement is not a complaint; change "
              "the note = rectification, don't share it until corrected = restriction."),
    dict(id="s046", mb="conexus", org=None, role=None,
         subject="Letter saying you're taking me to court",
         body="I got a letter yesterday saying my account (ref 9043 6618) has been 'selected for legal action' and "
              "that a claim will be issued in 14 days. I have paid £40 every month since last June without missing "
              "one, apart from December when I told you in advance I'd be short. Nobody has called or written to me "
              "about a problem before this.\n\n"
              "When I rang, the agent said accounts are picked for court 'by the system' and he couldn't change "
              "it. [[automated_decision|I want a person to look at my account and decide whether this is "
              "justified, not a computer.]] [[informed|I also want to know what information about me the system "
              "used to pick my account, and where that information came from.]]\n\n"
              "I can't sleep over this, please reply quickly.",
         labels=L(c=True, r="automated_decision,informed", cat="collection_conduct"),
         note="A threat of court against a paying customer is an implicit collection_conduct complaint; a person "
              "instead of the system = automated_decision, what data was used and its source = informed."),
    dict(id="s047", mb="conexus", org=None, role=None,
         subject="Pennant Mobile contract - I never agreed to this",
         body="Pennant Mobile sold me a 'sim-only £8 a month' contract in one of their shops in 2024 and then billed "
              "me £46 a month for a handset plan I never agreed to. I cancelled after three months and disputed it "
              "with Pennant, who ignored me, and now you are chasing me for £1,140 of 'early termination' charges "
              "on a contract I never signed up to.\n\n"
              "This should go back to Pennant to sort out. [[objection|In the meantime I object to you processing "
              "my personal data to collect a debt I have disputed, and I want you to stop until Pennant have dealt "
              "with it.]]",
         labels=L(c=True, r="objection", cat="debt_dispute", firm="pmt"),
         note="A mis-sold contract only the creditor can put right is pmt, debt_dispute; 'I object to you "
              "processing my personal data to collect' is an objection to processing, not just 'stop chasing'."),
    dict(id="s048", mb="conexus", org=None, role=None,
         subject="You're texting my old number",
         body="A woman I've never met messaged me on Facebook yesterday to say she has been getting texts from "
              "Conexus for weeks about 'my outstanding balance', with my full name and the amount in them. She got "
              "my old mobile number after I gave it up last year. I gave you my new number when I set up my plan in "
              "September.\n\n"
              "[[erasure|Delete that old number from my account today.]] [[rectification|Make sure my current "
              "number, 07700 900614, is the one on the account.]]\n\n"
              "I want to know why this happened when you already had my new number, and what you are doing to stop "
              "it happening to anyone else.",
         short="someone's getting your texts about my debt on my OLD number!! [[erasure|Delete that old number "
               "now.]] [[rectification|My number is 07700 900614, put that on the account.]]",
         labels=L(c=True, pd=True, br=True, r="erasure,rectification", cat="personal_data"),
         note="Debt details texted to a stranger is a breach inside an implicit personal_data complaint; delete the "
              "old number = erasure, put the current one on the account = rectification."),
    dict(id="s049", mb="conexus", org=("Riverside Debt Advice", "riversidedebtadvice.org.uk"), role="Caseworker",
         subject="Client authority - Mrs Beatrix Holm, ref 5527 8106",
         body="We are a registered debt advice charity supporting Mrs Beatrix Holm with a debt relief order "
              "application, and her signed authority is attached.\n\n"
              "[[portability|On her behalf, please send her transaction and payment history in CSV format, so we "
              "can import it into our case management system.]] [[access|Please also send a copy of the other "
              "personal data you hold about her, including account notes.]]\n\n"
              "There is no problem with your handling of the account; we just need the records for the application. "
              "Secure email to this address is fine.",
         labels=L(tp=True, r="portability,access"),
         note="A charity writing for a client is third_party; no grievance, so not a complaint; CSV for import "
              "into another system = portability, a copy of the rest = access."),
    dict(id="s050", mb="conexus", org=None, role=None,
         subject="Use of my data for scoring",
         body="Your privacy notice says you use customers' account and payment data to build 'propensity to pay' "
              "scores and to test new contact strategies.\n\n"
              "[[objection|I object to my data being used for that kind of profiling and testing.]] I'm happy for "
              "you to use it to run my existing payment plan, which is going fine.",
         labels=L(r="objection"),
         note="Objecting to profiling while content with the service is objection without a complaint."),
    dict(id="s051", mb="conexus", org=None, role=None,
         subject="Statement sent to my work email",
         body="Your statement for my Westbury council tax arrears was emailed to my work address on Monday. That "
              "inbox is shared with two colleagues, and one of them opened it before I got in. I have never given "
              "you my work email.\n\n"
              "I wish to complain formally about this. [[erasure|Please delete my work email address from your "
              "records immediately.]]\n\n"
              "I'd also like an apology and an explanation of how this was allowed to happen.",
         labels=L(c=True, ex=True, pd=True, br=True, r="erasure", cat="personal_data"),
         note="An explicit complaint about a statement read by colleagues (breach, personal_data); deleting the "
              "work email = erasure; an explanation of the incident is not the right to be informed."),
    dict(id="s052", mb="conexus", org=None, role=None,
         subject="Letter received - who are you?",
         body="I received your letter dated 2 May saying you are collecting £380 on behalf of Sterling Credit Loans. "
              "I've never dealt with your company before, so before I do anything:\n\n"
              "[[informed|Please tell me where you got my name and address, what information Sterling passed to "
              "you, and what you will use it for.]]\n\n"
              "I also saw on your website that some decisions about accounts are made automatically. "
              "[[automated_decision|If any decision about my account, such as going to court, is made by an "
              "automated system, I want a member of staff to make it instead.]]\n\n"
              "I'm not refusing to pay, I just want to understand this first.",
         labels=L(r="informed,automated_decision"),
         note="Questions on first contact with no grievance: source, content and purpose = informed, a person "
              "instead of an automated decision = automated_decision; not a complaint."),

    # ======================= Conexus: look-alikes (rights []) =======================
    dict(id="s053", mb="conexus", org=None, role=None,
         subject="STOP RINGING ME AT WORK",
         body="This is the third time this week someone from Conexus has rung my work landline. I've told your "
              "staff twice that I can't take personal calls at work and that I'll ring back on my lunch break. "
              "Today the receptionist had to come and fetch me off the shop floor.\n\n"
              "Stop calling me at work. Write to me or ring my mobile after 5pm. I want someone to confirm that has "
              "been put on the account.",
         short="3rd call to my WORK this week. stop ringing me at work, write or call my mobile after 5. confirm "
               "it's on the account",
         labels=L(c=True, cat="collection_conduct"),
         note="'Stop calling me at work' is a conduct remedy, not objection: an implicit collection_conduct "
              "complaint with rights []."),
    dict(id="s054", mb="conexus", org=None, role=None,
         subject="£75 added to my balance?",
         body="When Lumen Water passed my account to you in February the balance was £214.60. Your latest letter "
              "says £289.60, and the difference is an 'account administration fee' of £75 that nobody told me "
              "about. I'm paying £25 a month as agreed and have never missed a payment.\n\n"
              "Please take the fee off and send me a new statement showing the right balance. I'd also like to know "
              "what the £75 is supposed to be for.",
         labels=L(c=True, cat="fees_charges"),
         note="A fee Conexus added is fees_charges (implicit complaint, null); a new statement and the reason for "
              "a fee are not access or informed requests."),
    dict(id="s055", mb="conexus", org=None, role=None,
         subject="Sterling Credit loan - show me the agreement",
         body="Your letter says I owe £2,460 on a Sterling Credit Loans account opened in 2022. I don't remember "
              "taking out any loan with Sterling and the account number means nothing to me. I'm not paying "
              "anything on a debt I have no record of.\n\n"
              "Under section 78 of the Consumer Credit Act, please send me a copy of the signed credit agreement "
              "and a statement of the account. Until you can show me that, I expect you to stop asking me for "
              "payment.",
         labels=L(c=True, cat="debt_dispute"),
         note="Disputing a debt and asking for the credit agreement under consumer credit law is debt_dispute "
              "(Conexus's demand, null); a copy of the agreement is not a request for a copy of personal data, so "
              "rights []."),
    dict(id="s056", mb="conexus", org=("House of Commons", "parliament.uk"),
         role="Senior Caseworker, Office of Gareth Aldous MP",
         subject="Constituent: Miss Tamsin Rourke - £60 charge",
         body="My constituent, Miss Tamsin Rourke, has asked me to contact you about a charge of £60 added to her "
              "account after she missed one payment in March while she was in hospital. She had phoned your office "
              "beforehand to explain.\n\n"
              "Miss Rourke objects to the charge, which she considers unfair in the circumstances, and asks that it "
              "be removed. I would be grateful if you would look into this and let me know the outcome so that I "
              "can update her.",
         labels=L(c=True, tp=True, cat="fees_charges"),
         note="An MP's office (third_party) challenging a charge: 'objects to the charge' is not a data objection, "
              "so an implicit fees_charges complaint with rights []."),
    dict(id="s057", mb="conexus", org=None, role=None,
         subject="I asked for my account to be put on hold",
         body="On the 6th I rang and asked for my account to be put on hold for 30 days while I get an appointment "
              "with a debt adviser. The lady I spoke to said that was fine and she'd note it. Since then I've had "
              "two letters and a text asking for payment, and one saying the account 'may be passed to our field "
              "team'.\n\n"
              "Please put the hold on properly, like I was promised, and confirm in writing that nothing else will "
              "be sent until the 30 days are up.",
         labels=L(c=True, cat="collection_conduct"),
         note="A broken promise to pause collection is a collection_conduct complaint; a collection hold is "
              "forbearance, not restriction of processing, so rights []."),
    dict(id="s058", mb="conexus", org=("Northline Energy", "northline-energy.co.uk"), role="Debt Recovery Manager",
         subject="Monthly returns file format",
         body="At the moment your monthly collections return for our portfolio arrives as a 40-page PDF, which our "
              "team has to re-key into our billing system. Would it be possible to receive the same information as "
              "a CSV file by secure transfer each month instead?\n\n"
              "If there's a standard file layout you use for other clients, please send it over and we'll check it "
              "against our import template.",
         labels=L(),
         note="A creditor client asking for its portfolio report as CSV is a business request, not a data "
              "subject's portability request: not a complaint, rights []."),
    dict(id="s059", mb="conexus", org=None, role=None,
         subject="Paid in full letter please",
         body="I cleared my balance on account 3401 7726 with a final payment of £118.40 on Monday. I'm applying for "
              "a tenancy and the letting agent has asked for proof that the debt is settled.\n\n"
              "Could you please send me a paid-in-full letter or a closing statement showing a nil balance? Email is "
              "fine.\n\n"
              "Thanks for your help over the last year.",
         labels=L(),
         note="A paid-in-full letter is a routine service request, not a copy of personal data: enquiry, "
              "rights []."),
    dict(id="s060", mb="conexus", org=None, role=None,
         subject="Payment date change",
         body="I know I can ask you for all the information you hold on me under data protection law, but I don't "
              "need any of that. I just want to move my monthly payment from the 1st to the 15th, starting next "
              "month, because my pay date has changed.\n\n"
              "The account is 6188 2047. Let me know if you need anything else from me.",
         labels=L(),
         note="Mentioning the right of access while expressly not asking for it is no request; changing a payment "
              "date is a service request: rights [], not a complaint."),
]


# ---------------------------------------------------------------------------------------------
# rendering


def _local(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


def draw_sender(sc, rng, used):
    """(first, last, 'Name <addr>') with a name not used by the scenario's other rendering."""
    while True:
        first, last = rng.choice(FIRST), rng.choice(LAST)
        if (first, last) not in used and first not in {u[0] for u in used} and last not in {u[1] for u in used}:
            break
    used.add((first, last))
    f, la = _local(first), _local(last)
    if sc["org"]:
        domain = sc["org"][1]
        local = rng.choice([f"{f}.{la}", f"{f[0]}.{la}", f"{f[0]}{la}", f"{f}"])
    else:
        domain = rng.choice(PERSONAL_DOMAINS)
        local = rng.choice([f"{f}.{la}", f"{f}{la}{rng.randrange(10, 99)}", f"{f[0]}.{la}", f"{f}_{la}",
                            f"{la}.{f}"])
    display = f"{first} {last}"
    if sc["org"] and sc["org"][1] == "parliament.uk":
        display += f" ({sc['role'].split(', ', 1)[1]})"
    return first, last, f"{display} <{local}@{domain}>"


def quote_head(mailbox, rng, data_protection=False):
    """The quoted reply's header line and its sender's name (the data protection team for a scenario's own quote)."""
    name, addr = QUOTE_FROM[mailbox][2] if data_protection else rng.choice(QUOTE_FROM[mailbox])
    day, month = rng.randrange(1, 29), rng.choice(MONTHS)
    hh, mm = rng.randrange(8, 18), rng.randrange(0, 60)
    head = f"On {day} {month} 2027 at {hh:02d}:{mm:02d}, {name} <{addr}> wrote:"
    assert len(head) - len("On  wrote:") + 6 <= 80, head
    return head, name


def render(sc, env, rng, used, greets, signs):
    mailbox = sc["mb"]
    first, last, sender = draw_sender(sc, rng, used)
    subject = sc["subject"]
    html = env in ("html", "html_reply")
    quote = None
    if env == "subject_only":
        subject, body = sc["subj_only"], ""
    elif env == "short":
        body = sc["short"] + "\n\n" + rng.choice([first, first, f"{first} {last}", f"{first}\nSent from my phone"])
    else:
        text = sc["body"]
        if env.startswith("typo"):
            text = typos_outside_marks(text, rng, MARK_RIGHTS, 0.35)
        parts = []
        if greets:
            parts.append(greets.pop())
        parts.append(text)
        sign = signs.pop()
        lines = ([sign] if sign else []) + [rng.choice([f"{first} {last}", f"{first} {last}", first])
                                            if not sc["org"] else f"{first} {last}"]
        if sc["org"]:
            lines.append(sc["role"])
            if sc["org"][1] != "parliament.uk":
                lines.append(sc["org"][0])
            else:
                lines.append("House of Commons, London SW1A 0AA")
        parts.append("\n".join(lines))
        body = "\n\n".join(p for p in parts if p)
        if env.endswith("reply"):
            own = sc.get("quote")
            head, name = quote_head(mailbox, rng, data_protection=bool(own))
            qtext = own or rng.choice(QUOTE_TEXT[mailbox]).replace("{sig}", name)
            quote = (head, qtext)
    subject_marks = rights_marks_of(subject)
    body_marks = rights_marks_of(body)
    return finish_marked_record(
        rng, mailbox=mailbox, sender=sender, subject=strip_marks(subject, MARK_RIGHTS),
        body=strip_marks(body, MARK_RIGHTS), html=html, quote=quote, subject_marks=subject_marks,
        body_marks=body_marks, labels=sc["labels"], note=sc["note"], source=f"{PREFIX}-{sc['id']}", env=env)


def check_scenario(sc):
    """Each marked text of a scenario must mark exactly the labelled rights (look-alikes: no marks)."""
    want = set(sc["labels"]["rights"])
    texts = [sc["subject"] + "\n" + sc["body"]]
    if sc.get("short"):
        texts.append(sc["subject"] + "\n" + sc["short"])
    if sc.get("subj_only"):
        texts.append(sc["subj_only"])
    for t in texts:
        got = {r for r, _ in rights_marks_of(t)}
        assert got == want, (sc["id"], got, want)
        for _, s in rights_marks_of(t):
            assert "\n" not in s, (sc["id"], s)
    assert "[[" not in strip_marks(sc["body"], MARK_RIGHTS), sc["id"]


def build(rng):
    ids = [sc["id"] for sc in SCENARIOS]
    assert len(ids) == len(set(ids)) == 60
    records = []
    for sc in SCENARIOS:
        check_scenario(sc)
        special = [e for e, k in (("short", "short"), ("subject_only", "subj_only")) if sc.get(k)]
        if special:
            envs = [special[0], rng.choice(BASE_ENVS)]
            rng.shuffle(envs)
        else:
            envs = rng.sample(BASE_ENVS, 2)
        pool = GREETINGS[sc["mb"]] + ([DPO_GREETING[sc["mb"]]] if sc["labels"]["rights"] else [])
        greets = rng.sample(pool, 2)
        signs = rng.sample(SIGNOFFS, 2)
        used = set()
        for env in envs:
            records.append(render(sc, env, rng, used, greets, signs))
    return records


def summary(records, env_counts):
    by_src = {}
    for r in records:
        by_src.setdefault(r["source"], r["labels"])
    labs = [r["labels"] for r in records]
    out = [f"wrote {OUT}: {len(records)} emails from {len(by_src)} scenarios "
           f"(mailboxes {dict(collections.Counter(r['mailbox'] for r in records))})"]
    out.append("per right (emails / scenarios): " + ", ".join(
        f"{x} {sum(x in l['rights'] for l in labs)}/{sum(x in l['rights'] for l in by_src.values())}"
        for x in RIGHTS))
    n_multi = sum(len(l["rights"]) > 1 for l in by_src.values())
    out.append(f"scenarios with rights: {sum(bool(l['rights']) for l in by_src.values())} ({n_multi} with 2-3); "
               f"look-alikes: {sum(not l['rights'] for l in by_src.values())} "
               f"({sum(not l['rights'] and l['complaint'] for l in by_src.values())} complaints)")
    out.append(f"complaints: {sum(l['complaint'] for l in by_src.values())} scenarios / "
               f"{sum(l['complaint'] for l in labs)} emails "
               f"({sum(l['explicit'] for l in by_src.values())} explicit scenarios); third party: "
               f"{sum(l['third_party'] for l in by_src.values())} scenarios / {sum(l['third_party'] for l in labs)} "
               f"emails")
    out.append("envelopes: " + ", ".join(f"{k} {v}" for k, v in sorted(env_counts.items())))
    return "\n".join(out)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=marked_record_errors)


if __name__ == "__main__":
    sys.exit(main())
