#!/usr/bin/env python3
"""Rights-marked evaluation set AF (stdlib only): 60 scenarios (30 PEXA, 30 Conexus), each rendered twice.

45 scenarios ask the receiving firm for one or more UK GDPR rights, each request sentence marked inline as
[[right|sentence]] (or [[right1,right2|sentence]]); 15 are look-alikes with rights [] (9 of them complaints).
Labels follow /work/shared/labelling/labelling-guide.md; every scenario's `note` gives the rule used.
Each scenario is rendered twice with different envelopes drawn from the seeded rng: plain, HTML, a reply quoting
an earlier message from the firm (plain or HTML), letter-swap typos outside the marks (with or without a quote),
and, for a few scenarios, a short or subject-only version. All people, addresses and references are invented.

Usage:  python data/make/make_rights_marked_af.py   (writes data/trials/rights_marked_af.jsonl)
"""
import collections
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from labelled_mail import (MARK_RIGHTS, RIGHTS, finish_marked_record, marked_record_errors,  # noqa: E402
                           quote_lines, rights_marks_of, run_generator, short_labels, strip_marks, typos_outside_marks)

SEED = 20270610
PREFIX = "rmaf"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "rights_marked_af.jsonl")

L = short_labels

# ---------------------------------------------------------------------------------------------
# envelope material

FIRST_F = ["Harriet", "Priya", "Chloe", "Nadia", "Joanne", "Siobhan", "Amara", "Fiona", "Gemma", "Leah",
           "Rosalind", "Tamsin", "Yasmin", "Ellen", "Bethan", "Marta", "Ruth", "Zainab", "Keeley", "Imogen"]
FIRST_M = ["Owen", "Tariq", "Declan", "Marcus", "Hamish", "Kwame", "Stuart", "Ravi", "Bernard", "Lewis",
           "Dominic", "Ifan", "Connor", "Piotr", "Alistair", "Jerome", "Samir", "Gareth", "Neville", "Toby"]
LAST = ["Ashworth", "Okonkwo", "Gallagher", "Thornbury", "Mistry", "Penrice", "Caldwell", "Obi", "Fairbairn",
        "Hollins", "Kowalczyk", "Rahman", "Brennan", "Sutcliffe", "Achebe", "Lowery", "Quinlan", "Maddox",
        "Whitcombe", "Farrant", "Ellery", "Naylor", "Cheung", "Dobson", "McAllister", "Varga", "Pritchard",
        "Ogunleye", "Hargreaves", "Templeton"]
CONSUMER_DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "hotmail.co.uk", "icloud.com",
                    "proton.me", "sky.com", "virginmedia.com", "live.co.uk"]
GREET = {
    "pexa": ["Dear PEXA team,", "Hello,", "Hi,", "Good morning,", "Dear Sir or Madam,", "To whom it may concern,",
             "Hi PEXA support,", ""],
    "conexus": ["Dear Conexus,", "Hello,", "Dear Sir/Madam,", "To whom it may concern,", "Hi,", "Good afternoon,",
                "Dear Sir or Madam,", ""],
}
SIGNOFF = ["Regards,", "Kind regards,", "Many thanks,", "Thanks,", "Best wishes,", "Yours faithfully,", "Best,",
           "Yours sincerely,"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
STREETS = ["Larkspur Close, Kettering", "Mill Race Lane, Stourbridge", "Cadogan Terrace, Hull",
           "Brackley Road, Towcester", "Elderfield Way, Taunton", "Ropewalk Court, Whitby", "Sandpiper Drive, Exmouth",
           "Kiln Bank, Stoke-on-Trent", "Harebell Gardens, Swindon", "Quarry Hill, Huddersfield"]
TOWNS = [("Darlington", "DL1"), ("Wigan", "WN3"), ("Lincoln", "LN2"), ("Carlisle", "CA1"), ("Luton", "LU4"),
         ("Bangor", "LL57"), ("Ipswich", "IP3"), ("Worcester", "WR5")]
OFFICES = ["Unit 4, Mercer Court, Wakefield WF1 2TT", "2nd Floor, 9 Tanner Row, York YO1 6JB",
           "11 Chapel Walk, Sheffield S1 2PD", "Suite 6, Albion House, Chester CH1 2AD"]

QUOTE_FROM = {
    "pexa": "PEXA Customer Support <support@pexa.co.uk>",
    "conexus": "Conexus Customer Care <care@conexus-services.com>",
}
QUOTES = {
    "pexa": [
        "Thank you for your email. Your reference is PX{ref}.\n\nSo that we can pass this to the right team, could "
        "you tell us a little more about what you need?\n\nKind regards\nPEXA Customer Support",
        "Hello,\n\nThanks for getting in touch with PEXA. We have logged your message under reference PX{ref} and a "
        "member of the team will respond shortly.\n\nPEXA Customer Support",
    ],
    "conexus": [
        "Dear Customer,\n\nThank you for contacting Conexus. Your message has been logged under reference {ref}. "
        "Please reply with any further details you would like us to consider.\n\nConexus Customer Care",
        "Thank you for your email. We aim to respond within 5 working days. Please quote reference {ref} in any "
        "reply.\n\nConexus Customer Care",
    ],
}

# ---------------------------------------------------------------------------------------------
# scenarios: sid, mailbox, sender ("consumer" or a firm domain), role line, subject, body, labels, note,
# optional short (subject, body), quote (from, text), gender of {other}

S = []


def sc(sid, mb, frm, role, subj, body, lab, note, short=None, quote=None, auto=False):
    S.append(dict(sid=sid, mb=mb, frm=frm, role=role, subj=subj, body=body, lab=lab, note=note, short=short,
                  quote=quote, auto=auto))


# ----- PEXA: rights --------------------------------------------------------------------------
sc(1, "pexa", "fenwickastley.co.uk", "Senior Conveyancer, Fenwick Astley Conveyancing",
   "Copy of my user data and log-in history",
   "I'm a registered user on the platform (user ID {uid}) and I'd like to see what PEXA holds about me personally, "
   "for my own records rather than for any particular matter.\n\n"
   "[[access|Please send me a copy of all the personal data you hold about me, including the log-in and audit "
   "history linked to my user ID.]]\n\n"
   "I'm happy to confirm my identity however you need. There's no rush beyond the usual statutory timescale.",
   L(r="access"),
   "A neutral request for a copy of everything held about the writer is access, and with no dissatisfaction it is "
   "not a complaint (category none).",
   short=("Copy of my personal data - user {uid}",
          "[[access|Could you send me a copy of all the personal data PEXA holds about me under user ID {uid}?]]"))

sc(2, "pexa", "consumer", "",
   "Closing my old PEXA login",
   "I worked as a paralegal at a firm in Leeds until last month and had my own PEXA login. I've now left the "
   "profession altogether, so I won't be needing it again.\n\n"
   "[[erasure|Please delete my user account and the personal details attached to it.]] "
   "[[informed|If you have to keep anything, please tell me what it is, on what basis you keep it and for how "
   "long.]]\n\nThanks for your help.",
   L(r="erasure,informed"),
   "Deleting the account is erasure and asking what is kept, on what basis and for how long is informed; a "
   "friendly request without dissatisfaction is not a complaint.",
   short=("Delete my old account",
          "[[erasure|Please delete my old user account and details.]] [[informed|Tell me what you keep afterwards, "
          "why and for how long.]]"))

sc(3, "pexa", "heathcotebank.co.uk", "Settlements Team Leader, Heathcote Bank",
   "Identity check failed again - new user set-up",
   "I'm one of the new users Heathcote Bank is setting up ahead of our go-live on the platform. My identity "
   "verification has now been declined twice by your online check, with no explanation beyond 'unable to "
   "verify'. My passport and address are perfectly ordinary, our go-live date is next week, and this is holding "
   "up the whole team.\n\n"
   "[[automated_decision|I'd like a member of your onboarding team to review my application personally rather "
   "than leaving it to the automated check.]] [[informed|I'd also like to know what information the check used "
   "about me and which agency or database it came from.]]\n\n"
   "Please let me know today who will pick this up.",
   L(c=True, r="automated_decision,informed", cat="onboarding"),
   "Being blocked from onboarding with a same-day answer demanded is an implicit onboarding complaint; a person "
   "instead of the automated check is automated_decision, what data and which source is informed, and Heathcote "
   "is only the sender's employer (firm null).")

sc(4, "pexa", "consumer", "",
   "Wrong email and name on your completion notifications",
   "We bought our house through a sale that settled on your platform last week. I've been getting your "
   "notification emails at an old work address I no longer use, with my surname spelt '{misslast}'. My surname "
   "is {last} and my personal address is the one I'm writing from.\n\n"
   "Nothing has gone wrong and the purchase went through fine. [[rectification|Please correct my name and update "
   "my email address on your records.]] [[restriction|Until that's done, please don't send anything further to "
   "the old work address.]]",
   L(r="rectification,restriction"),
   "Correcting the name and address is rectification and not using the old address meanwhile is restriction; "
   "the writer says nothing went wrong, so it is not a complaint.")

sc(5, "pexa", "whitlockgarve.co.uk", "Associate, Whitlock & Garve",
   "Locked out by your 'unusual activity' score",
   "For the second time this month my account was locked in the middle of a settlement day because your system "
   "decided my log-in looked unusual. I was working from our second office, twenty miles away, on the firm's own "
   "laptop. It took support two hours to unlock me and our client's completion went through late in the "
   "afternoon.\n\n"
   "I understand the need for security, but a rule that locks a conveyancer out automatically on completion day, "
   "with nobody able to override it quickly, is not workable. [[automated_decision|I want any future lock on my "
   "account to be reviewed by a person before it takes effect, not applied by the scoring system alone.]] "
   "[[objection|I also object to my log-in locations being used to build a behaviour profile of me.]]\n\n"
   "Please reply with what you will change.",
   L(c=True, r="automated_decision,objection", cat="process"),
   "The automatic lock-out rule itself is the grievance (process, implicit, reply demanded); human review is "
   "automated_decision and objecting to location profiling is objection, a side request that leaves "
   "personal_data false.")

sc(6, "pexa", "brightwaterlaw.co.uk", "Conveyancer, Brightwater Property Law",
   "Training records in a file I can import",
   "I'm moving to a new firm at the end of the month and their learning system can import training history. "
   "Over the past three years I've completed all of PEXA's practitioner modules and the annual refreshers.\n\n"
   "[[portability|Please send me my training and certification records as a CSV or JSON file so I can load them "
   "into my new firm's learning system.]] A PDF certificate for each course would be nice too, but the file is "
   "what I really need.\n\nMany thanks in advance.",
   L(r="portability"),
   "Own records in CSV/JSON to load into another system is portability; a neutral request is not a complaint.",
   short=("Training history export",
          "[[portability|Could I have my PEXA training and certification records in CSV so I can import them at "
          "my new firm?]]"))

sc(7, "pexa", "castlegatelegal.co.uk", "Conveyancing Executive, Castlegate Legal",
   "Formal complaint - comment about me on your support record",
   "I am making a formal complaint about a note your support team added to my user record after a call on "
   "{date}. Our practice manager can see it on the firm's admin screen, and it describes me as 'aggressive and "
   "abusive to staff'. That is untrue: I was frustrated about a failed lodgement, I raised my voice once and I "
   "apologised before the call ended.\n\n"
   "The note is being read by my own employer and I am upset it was written at all. [[access|Please send me a "
   "copy of every note, call record and recording you hold about me.]] [[rectification|The note must be "
   "corrected so that it accurately reflects the call.]] [[restriction|Until you have reviewed it, please hide it "
   "from the firm's admin view.]]\n\nI expect a written response.",
   L(c=True, ex=True, pd=True, r="access,rectification,restriction", cat="personal_data"),
   "Inaccurate data about her shown to others is a personal_data complaint (explicit) without breach, as nothing "
   "went to a wrong recipient; copy = access, correct = rectification, hide until reviewed = restriction.")

sc(8, "pexa", "consumer", "",
   "Why am I still getting your surveys?",
   "We sold our flat in 2024 and the sale went through on your system. Since then I have had your 'homeowner "
   "experience' surveys and 'moving tips' emails roughly every month. I have clicked unsubscribe three times and "
   "they keep coming, which is frankly annoying from a company I never signed up with in the first place.\n\n"
   "[[objection|I object to my details being used for any kind of marketing or survey emails.]] [[erasure|Please "
   "delete my contact details and anything else you hold about me from the sale.]]\n\n"
   "I'd like confirmation by reply that this has been done.",
   L(c=True, pd=True, r="objection,erasure", cat="personal_data"),
   "Unwanted marketing use of her details with confirmation demanded is an implicit personal_data complaint; "
   "objecting to marketing is objection and deleting her details is erasure.")

sc(9, "pexa", "consumer", "",
   "Please keep my platform records - tribunal claim",
   "Until {date} I worked as a conveyancing assistant at a firm that uses PEXA. I am now bringing an employment "
   "tribunal claim against them, and the times I logged in and the work I did on the platform are relevant "
   "evidence.\n\n"
   "I understand you may delete the records of users who have left. [[restriction|Please don't delete my user "
   "records or log-in history; keep them stored but don't use them for anything else while the claim is "
   "ongoing.]] [[access|I would also like a copy of my log-in history and activity records under my old user ID, "
   "{uid}.]]\n\n"
   "I'm not unhappy with PEXA in any way; this is simply to preserve evidence. Thank you.",
   L(r="restriction,access"),
   "Keeping data stored but unused for a legal claim is restriction and a copy of the log-in records is access; "
   "the writer is not dissatisfied with PEXA, so it is not a complaint.")

sc(10, "pexa", "hallamkerr.co.uk", "Solicitor, Hallam Kerr",
   "Who gave my mobile number to a training company?",
   "Yesterday I had a sales call on my personal mobile from a company selling 'PEXA-accredited' conveyancing "
   "courses. The caller knew my name, my firm and that I had recently completed your refresher module. The only "
   "place I have ever given that mobile number with those details is my PEXA user profile.\n\n"
   "I find this intrusive and I want it to stop. [[informed|Please tell me whether you shared my details with "
   "this company, on what basis, and who else receives information from my profile.]]\n\n"
   "I'd appreciate a prompt answer.",
   L(c=True, pd=True, r="informed", cat="personal_data"),
   "Data apparently shared unexpectedly, with a reply expected, is an implicit personal_data complaint without "
   "breach (no wrong recipient is established); asking who receives the data and on what basis is informed.")

sc(11, "pexa", "ashdownreeve.co.uk", "Trainee Solicitor, Ashdown Reeve LLP",
   "Session recording for product research",
   "Your latest release notes say that user sessions may be recorded and analysed to improve the design of the "
   "workspace screens. I've no issue with the platform itself and I'm sure it's well meant.\n\n"
   "[[objection|However, I object to my own sessions being recorded or used for product research, and I'd like "
   "my user ID {uid} excluded from it.]] Could you confirm once that's in place?",
   L(r="objection"),
   "Objecting to one's data being used for research is objection; a calm request with no grievance is not a "
   "complaint.",
   short=("[[objection|I object to my sessions being recorded for product research - user {uid}]]", ""))

sc(12, "pexa", "greavesokafor.co.uk", "Solicitor, Greaves Okafor",
   "Subject access request on behalf of our client {other}",
   "We act for {other} in a dispute with their former conveyancer about a purchase that settled through PEXA on "
   "{date}. Our client's signed authority and a copy of their passport are attached.\n\n"
   "[[access|On our client's behalf, we request a copy of all personal data PEXA holds about {other}, including "
   "workspace records, notifications and any messages that mention them.]]\n\n"
   "Please send the response to this address. We are not raising any issue about PEXA's own service.",
   L(r="access", tp=True),
   "A solicitor asking for a client's data is a third-party access request; the dispute is with the conveyancer "
   "and nothing is asked of PEXA beyond the copy, so it is not a complaint.")

sc(13, "pexa", "consumer", "",
   "My name is wrong on the title - Marsh and Penrose",
   "Marsh and Penrose handled our purchase of {street} and entered my first name as '{missfirst}' instead of "
   "{first}. The title register now shows the wrong name and our PEXA completion emails used it too. I have "
   "phoned their office four times and nobody has called back, which is not good enough when this is the legal "
   "record of who owns our home.\n\n"
   "Please pass this to whoever can make them sort it out. [[rectification|I'd also like PEXA to correct my name "
   "on your own records for the transaction.]]",
   L(c=True, pd=True, r="rectification", cat="personal_data", firm="mpc"),
   "A buyer's grievance about her own conveyancer's wrong entry belongs to that participant firm (mpc, rule 10) "
   "with personal_data for the inaccurate record, while 'correct my name on your records' is rectification "
   "asked of PEXA.")

sc(14, "pexa", "kinrossbell.co.uk", "Conveyancer, Kinross Bell Solicitors",
   "Account suspended for inactivity - request for a review",
   "I've just come back from eight months' parental leave and found my account suspended by the automatic "
   "inactivity rule. I understand why the rule exists and I'm not unhappy about it.\n\n"
   "[[automated_decision|Could a member of your team look at my account and decide on reinstatement, rather than "
   "me having to go back through the automated re-verification?]] My supervising partner can confirm I'm "
   "returning to the same role.",
   L(r="automated_decision"),
   "Asking a person rather than the automated process to decide is automated_decision; she accepts the rule and "
   "voices no dissatisfaction, so it is a service request, not a complaint.",
   short=("Inactivity suspension - human review please",
          "[[automated_decision|Back from parental leave: could a person at PEXA review my suspended account "
          "instead of the automated re-verification?]]"))

sc(15, "pexa", "redfernince.co.uk", "Property Lawyer, Redfern Ince",
   "Complaint: duplicate profile still not removed",
   "This is the third time I've asked about this, so please treat it as a complaint. When our firm re-registered "
   "last year a second user profile was created for me, and it still shows my old home address and personal "
   "mobile to anyone searching the participant directory. Twice I was told it would be removed within five "
   "working days. It is still there.\n\n"
   "[[erasure|Delete the duplicate profile and the personal details on it.]] [[rectification|On my remaining "
   "profile, replace the home address with the office address, {office}.]]\n\n"
   "I would like written confirmation when both are done.",
   L(c=True, ex=True, pd=True, r="erasure,rectification", cat="personal_data"),
   "A data request ignored twice and outdated details on show make an explicit personal_data complaint; breach "
   "stays false because the details were her own directory entry, not sent to a wrong recipient.")

sc(16, "pexa", "consumer", "",
   "Email my father received about his sale",
   "I help my father, {other}, with his post and paperwork; he is 84 and has asked me to write on his behalf "
   "(he is copied in and can confirm). He received an email from PEXA after selling his bungalow and doesn't "
   "understand who you are or why you have his details, since all his dealings were with his solicitor.\n\n"
   "[[informed|Please explain what information you hold about him, where you got it from and what you use it "
   "for.]] [[access|He would also like a copy of whatever personal data you hold about him.]]\n\n"
   "Thank you for your patience.",
   L(r="informed,access", tp=True),
   "A daughter writing for her father is third_party; source and purpose is informed and a copy is access; "
   "puzzled but not dissatisfied, so not a complaint.")

sc(17, "pexa", "linwoodconveyancing.co.uk", "Principal, Linwood Conveyancing",
   "Still being billed after closing my practice",
   "I closed my practice at the end of {month} and gave notice in writing as the agreement requires. I have since "
   "received two more monthly subscription invoices, and the second one has a late-payment charge added. I "
   "shouldn't have to chase this.\n\n"
   "Please cancel the invoices and the charge. [[portability|Before the account is closed, please send me my user "
   "data and activity history as a CSV file that I can load into my own records system.]] [[erasure|After that, "
   "please delete my user account and personal details.]]",
   L(c=True, r="portability,erasure", cat="fees_charges"),
   "Billing after notice with a refund demanded is an implicit fees_charges complaint; the CSV export is "
   "portability and the deletion erasure, requested alongside a non-data grievance, so personal_data stays false.")

sc(18, "pexa", "tvmortgages.co.uk", "Underwriter, Thames Valley Mortgages",
   "I'm still shown as authorised signatory",
   "I moved from completions to our underwriting team in {month}, and our administrator removed my signing "
   "authority at the time. Your workspace screens still show me as an authorised signatory for Thames Valley "
   "Mortgages, and this week a solicitor's office rang me directly to sign off a discharge. That is wrong and "
   "potentially risky for me personally.\n\n"
   "Our administrator is confirming the change with your onboarding team separately. [[restriction|In the "
   "meantime, please stop displaying my name as a signatory on any workspace until that is confirmed.]] Please "
   "reply to let me know it's been done.",
   L(c=True, pd=True, r="restriction", cat="personal_data"),
   "Inaccurate data about her shown on the platform, with a reply expected, is an implicit personal_data "
   "complaint; stop showing it until confirmed is restriction; Thames Valley is her employer, not the subject "
   "(firm null).")

sc(19, "pexa", "oakridgelending.co.uk", "Mortgage Operations Analyst, Oakridge Lending",
   "My photo in your brochure",
   "A colleague has just shown me your new 'Meet our participants' brochure, which uses my name, job title and "
   "the photo taken at your user conference. Nobody asked me whether I was happy to appear in marketing material, "
   "and I'm not.\n\n"
   "[[objection|I object to my name and image being used in any of your marketing material, including this "
   "brochure and the website version.]] Please confirm you will stop using them.",
   L(c=True, pd=True, r="objection", cat="personal_data"),
   "Her details used in marketing without asking, with confirmation demanded, is an implicit personal_data "
   "complaint; objecting to marketing use is objection (stopping that use follows from it, not erasure).")

sc(20, "pexa", "stanierholt.co.uk", "Conveyancer, Stanier Holt",
   "Complaint - subject access request overdue",
   "I sent a subject access request to PEXA on {date}, more than six weeks ago. Apart from an automatic "
   "acknowledgement I have heard nothing, and the one-month deadline has passed. I am now making a formal "
   "complaint about the delay.\n\n"
   "[[access|I repeat my request for a copy of all the personal data you hold about me under user ID {uid}.]] "
   "Please tell me by return when I will receive it.",
   L(c=True, ex=True, pd=True, r="access", cat="delay"),
   "A 'still waiting' chaser is a delay complaint (rule 6), explicit here, and because the thing overdue is a "
   "data-rights request personal_data is true; the repeated request for a copy is access.",
   quote=("PEXA Data Protection <privacy@pexa.co.uk>",
          "Thank you for your subject access request, which we received today. We will respond within one "
          "month.\n\nReference DSR-{ref}\nPEXA Data Protection"))

sc(21, "pexa", "consumer", "",
   "Exporting my documents from the buyer tracking app",
   "I used your buyer tracking app during our purchase, uploaded my ID documents and proof of deposit there, and "
   "exchanged a fair number of messages through it. We are now buying a second property with a different "
   "solicitor whose system can take an import.\n\n"
   "[[portability|Please provide the data I gave you through the app, including my uploaded documents and "
   "messages, in a machine-readable format that I can pass to my new solicitor's system.]] Thank you.",
   L(r="portability"),
   "Data she provided, in machine-readable form for another system, is portability; a neutral request is not a "
   "complaint.")

sc(22, "pexa", "consumer", "",
   "Still receiving your workspace alerts - I left months ago",
   "I left my job at a building society in {month}, but your platform alerts are still arriving in my personal "
   "inbox because I once added it as a backup address. This morning's alert included a borrower's full name, "
   "the property address and the settlement amount. I shouldn't be seeing any of that, and I'm worried about the "
   "people whose details are being sent to me.\n\n"
   "Please stop these alerts immediately. [[erasure|Remove my personal email address and any other details of "
   "mine from your system.]] [[informed|Please also tell me where my personal address is recorded, for what "
   "purpose it is still being used and on what basis.]]",
   L(c=True, pd=True, br=True, r="erasure,informed", cat="personal_data"),
   "Borrowers' details sent to an ex-employee is a breach in an implicit personal_data complaint; removing her "
   "details is erasure and asking where, why and on what basis her address is used is informed.")

# ----- PEXA: look-alikes ---------------------------------------------------------------------
sc(23, "pexa", "morleyquaye.co.uk", "Finance Manager, Morley Quaye LLP",
   "Invoice export - CSV please",
   "Our accounts team needs the monthly platform invoices in CSV so they can be loaded into our accounting "
   "software. Your billing page only offers PDF downloads, and retyping forty-odd line items a month is slow and "
   "error-prone. I raised this in {month} and again last month and nothing has changed.\n\n"
   "Could you either send this month's invoice data as a CSV file or tell us where the export option is hidden? "
   "We'd appreciate an answer this time.",
   L(c=True, cat="usability"),
   "A firm's own invoice data in CSV is a billing service request, not personal-data portability (rights []); "
   "a repeated unfixed hassle with an answer demanded is an implicit usability complaint.")

sc(24, "pexa", "trelawneycobb.co.uk", "Conveyancing Assistant, Trelawney Cobb",
   "Access to workspace {ws} and a document to delete",
   "Two quick requests, please. I can't access workspace {ws} since our firm's administrator changed my role "
   "yesterday; could you check my permissions? Also, I uploaded the wrong draft transfer to that workspace this "
   "morning. Please delete the attachment called 'TR1 draft v2' so that the other side doesn't rely on it.\n\n"
   "No rush on the first one; the second by lunchtime would be great.",
   L(),
   "Access to a workspace and deleting an uploaded document are routine service requests, not access or erasure "
   "rights, and there is no dissatisfaction.")

sc(25, "pexa", "greyfriarslaw.co.uk", "Partner, Greyfriars Law LLP",
   "Formal complaint - our client's statement sent to another firm",
   "I am writing to make a formal complaint. On {date} your support team emailed a settlement statement for one "
   "of our clients to a different law firm, who kindly forwarded it back to us. The statement shows our client's "
   "name, home address, mortgage account number and the amount of the loan.\n\n"
   "Our client is understandably distressed. Please explain how this happened, confirm that the other firm has "
   "been asked to destroy its copy, and tell us what you are doing to stop it happening again. We also need to "
   "know whether you have reported it.",
   L(c=True, ex=True, pd=True, br=True, cat="personal_data"),
   "A misdirected statement is a breach in an explicit personal_data complaint; an explanation of the incident "
   "and the recipient destroying its copy are remedies, not the rights to be informed or to erasure (rights []).")

sc(26, "pexa", "consumer", "",
   "Kestrel ignoring my data request - can you help?",
   "Our remortgage with Kestrel completed through PEXA in {month}. A month ago I asked Kestrel for a copy of the "
   "personal information they hold about me, because their valuation notes seem to have mixed our property up "
   "with a neighbour's. I have had no reply at all, despite two reminders.\n\n"
   "I know PEXA isn't Kestrel, but you work with them and they might listen to you. Please pass this on and ask "
   "them to respond to me.",
   L(c=True, pd=True, cat="personal_data", firm="kbs"),
   "The access request was made to Kestrel, not to PEXA, so no right is asked of the receiving firm (rights []); "
   "an ignored data request purely by Kestrel is a forwarded personal_data complaint (kbs).")

sc(27, "pexa", "prycewhitfield.co.uk", "Office Manager, Pryce Whitfield Solicitors",
   "Leaver - please remove user",
   "{other} left our firm on Friday. Please remove her user account from our organisation on the platform and "
   "cancel her signing certificate. Could you also delete the old 'Residential team' user group, which nobody "
   "uses any more?\n\nLet me know if you need a form from me.",
   L(),
   "An employer deactivating a leaver's user is account administration, not an erasure request by or for the "
   "data subject, and staff writing for their own firm are not third_party.")

sc(28, "pexa", "saltmarshdene.co.uk", "Head of Residential, Saltmarsh Dene",
   "Can't access the course videos or my certificate",
   "I booked onto the lender-discharge course on your training portal and paid for two trainees as well. None of "
   "us can access the video modules: they stop at three minutes every time, on three different computers. The "
   "certificate download also fails, and our insurer wants proof of training by the end of the month.\n\n"
   "This is the second course in a row with problems. Please fix the access or refund the places, and let me know "
   "which by Friday.",
   L(c=True, cat="training"),
   "'Access' to training videos is portal access, not a data right (rights []); failing courses with a fix or "
   "refund demanded is an implicit complaint, and the specific theme training beats platform_defect.")

sc(29, "pexa", "caldervalebs.co.uk", "Completions Manager, Calder Vale Building Society",
   "Complaint - fee for a deleted workspace",
   "I would like to complain about this month's invoice. Workspace {ws} was opened in error and deleted by our "
   "team within ten minutes of being created, before any participant was invited. Your invoice charges the full "
   "workspace fee for it.\n\n"
   "Please remove the charge and confirm that deleted workspaces won't be billed in future.",
   L(c=True, ex=True, cat="fees_charges"),
   "A deleted workspace is not erasure of personal data (rights []); an explicit complaint about a platform fee "
   "is fees_charges.")

sc(30, "pexa", "lowthergibb.co.uk", "Data Protection Lead, Lowther Gibb",
   "Thanks - privacy notice",
   "Just a quick note of thanks. I had a list of questions about how PEXA uses our users' personal data, where it "
   "comes from and how long it is kept, and your updated privacy notice answered every one of them. No complaints "
   "at all from our side; it saved us a round of emails.\n\nBest wishes to the team.",
   L(),
   "Thanks for information already given is praise, not a request to be informed, and 'no complaints' is not a "
   "complaint.")

# ----- Conexus: rights -----------------------------------------------------------------------
sc(31, "conexus", "consumer", "",
   "I asked for texts, not calls",
   "I am deaf and told your agent in {month}, and again in writing, that I can only deal with you by text or "
   "email. Since then your office has phoned me eleven times. Each time my partner has had to answer and relay "
   "what is said, which means they now hear everything about my account. I find this humiliating.\n\n"
   "Please put a proper note on my account and stick to it. [[access|I also want copies of the recordings of "
   "those calls and the notes your agents made about me.]]\n\nAccount {acct}",
   L(c=True, r="access", cat="collection_conduct"),
   "Ignoring a disabled debtor's contact adjustment is a collection_conduct complaint (implicit); call recordings "
   "and notes are access, requested alongside a non-data grievance, so personal_data stays false.")

sc(32, "conexus", "consumer", "",
   "Date of birth wrong on your letters - {acct}",
   "Your latest letter shows my date of birth as {dobwrong}; it is actually {dob}. I think I've been mixed up with "
   "my father, who has the same name, so I'd rather it was fixed before it causes any confusion.\n\n"
   "[[rectification|Please correct my date of birth on your records.]] [[restriction|Until it's corrected, please "
   "don't use my details for any credit reference searches or reports.]]\n\nThanks very much.",
   L(r="rectification,restriction"),
   "Correcting the date of birth is rectification and not using the data until fixed is restriction; a calm "
   "request to fix it before harm occurs is not a complaint.")

sc(33, "conexus", "consumer", "",
   "Old account - please delete my details",
   "I cleared the balance on account {acct} in full in 2017 and received your letter confirming it was closed. "
   "It has been more than six years and I have no further dealings with you or the original lender.\n\n"
   "[[erasure|Please erase the personal data you still hold about me in connection with that account.]] Please "
   "confirm by email once this is done. Thank you.",
   L(r="erasure"),
   "Erase my data is erasure; a polite request about a closed account is not a complaint.",
   short=("[[erasure|Please delete my personal data, account {acct} was paid off in 2017]]", ""))

sc(34, "conexus", "consumer", "",
   "Payment history as a spreadsheet",
   "I'm working through my budget with a money adviser at my local advice centre, and we use a budgeting app that "
   "can import spreadsheets. [[portability|Could you send me the payment history on account {acct} as a CSV or "
   "Excel file so I can import it into the app?]]\n\n"
   "A paper statement would have to be typed in by hand, so the file would be much more useful. Thanks.",
   L(r="portability"),
   "A machine-readable file to load into other software is portability; a debtor who mentions his adviser writes "
   "for himself (not third_party) and is not dissatisfied.")

sc(35, "conexus", "consumer", "",
   "Your online plan tool rejected my offer",
   "I filled in your online income and expenditure form last night and offered £40 a month, which is genuinely "
   "what I can afford after rent and childcare. The site rejected it within seconds and told me the minimum is "
   "£95. There was no way to explain my circumstances or speak to anyone.\n\n"
   "Nobody has looked at my actual figures. [[automated_decision|I want a person to review my offer and the "
   "figures I gave, rather than the website deciding automatically.]] Please get back to me before the next "
   "letter goes out.",
   L(c=True, r="automated_decision", cat="process"),
   "A fixed automatic minimum is a rule that is itself the grievance (process, implicit); asking a person "
   "instead of the website to decide is automated_decision.")

sc(36, "conexus", "consumer", "",
   "Looking at my social media?",
   "Your agent mentioned on the phone that I 'seem to be doing alright, judging by the holiday photos'. So someone "
   "at Conexus has been looking through my social media to judge what I can pay. I find that creepy, and I did "
   "not expect a debt collector to be doing that.\n\n"
   "[[objection|I object to you profiling me using my social media or any other online information.]] "
   "[[informed|Tell me what information you have collected about me online, where it came from and what you are "
   "using it for.]]\n\nMy account number is {acct}.",
   L(c=True, pd=True, r="objection,informed", cat="personal_data"),
   "Data obtained and used unexpectedly is an implicit personal_data complaint; objecting to profiling is "
   "objection and asking what was collected, its source and purpose is informed (an explanation, not a copy).")

sc(37, "conexus", "consumer", "",
   "Questions about credit reference agencies",
   "Before I agree a payment plan on account {acct}, I'd like to understand how my information is handled. "
   "[[informed|Which credit reference agencies do you share my details with, on what legal basis, and for how "
   "long will the account be reported?]]\n\n"
   "I'm not unhappy with anything so far; I just like to know where I stand.",
   L(r="informed"),
   "Recipients, basis and retention are informed; questions before anything goes wrong are not a complaint.",
   short=("Credit reference question - {acct}",
          "[[informed|Which credit reference agencies do you share my data with, and on what basis?]]"))

sc(38, "conexus", "consumer", "",
   "Lumen Water bill for a house I'd left",
   "You have written to me about £{amt} owed to Lumen Water for {street}. I moved out of that property in {month} "
   "last year and gave Lumen the final meter reading and my forwarding address at the time. The bill is for the "
   "period after I left, when new tenants were living there. Lumen have my evidence and have simply ignored "
   "it.\n\n"
   "I've nothing against your staff, who have been polite, but this needs sorting out with Lumen, not me. "
   "[[restriction|While it is disputed, please don't use or report my details in connection with this debt until "
   "Lumen have checked it.]]",
   L(c=True, r="restriction", cat="debt_dispute", firm="lwt"),
   "The bill itself is wrong and only the creditor can fix it (lwt, debt_dispute, implicit); not using or "
   "reporting the data while disputed is restriction asked of Conexus.")

sc(39, "conexus", "consumer", "",
   "You are still writing to my old address",
   "I gave your agent my new address on {date} and was told the records had been updated. Since then two more "
   "letters about my debt have gone to my old address, where my ex-partner still lives. He opened them and has "
   "been messaging me about what I owe. He is the last person I wanted to know.\n\n"
   "[[rectification|Update my address on account {acct} to the one below, today please.]] I want an explanation "
   "of why this was not done the first time.\n\n{address}",
   L(c=True, pd=True, br=True, r="rectification", cat="personal_data"),
   "Debt letters read by the wrong person are a breach in an implicit personal_data complaint; updating the "
   "address is rectification, and 'explain why it was not done' asks about the failure, not the processing "
   "(not informed).")

sc(40, "conexus", "blakemoreadeyemi.co.uk", "Solicitor, Blakemore Adeyemi",
   "Our client {other} - identity fraud - complaint",
   "We act for {other}, who is being pursued by your firm for a Sterling Credit loan of £{amt} that he did not "
   "take out. We sent you the police crime reference and a fraud statement on {date}, yet your agents have "
   "continued to demand payment and your latest letter threatens court action. This is a formal complaint about "
   "your handling of the account since the fraud was reported.\n\n"
   "On our client's behalf: [[access|please provide a copy of all personal data you hold about him, including the "
   "application details passed to you by Sterling Credit.]] [[informed|Please also tell us where you obtained his "
   "current address and telephone number.]] [[restriction|Pending the outcome of the fraud investigation, his "
   "data must not be used for collection activity or credit reporting.]]\n\n"
   "We look forward to your response.",
   L(c=True, ex=True, r="access,informed,restriction", tp=True, cat="debt_dispute"),
   "A solicitor (third_party) complains explicitly that Conexus pursues a debt not owed after fraud evidence, "
   "Conexus's own conduct (null, debt_dispute); copy = access, source = informed, not using the data pending the "
   "investigation = restriction.")

sc(41, "conexus", "consumer", "",
   "Letter about a 'litigation review'",
   "Your letter of {date} says my account {acct} 'has been selected for litigation review following automated "
   "assessment'. I'd like to understand this before deciding what to do, and I'm keen to resolve the account "
   "properly.\n\n"
   "[[informed|Please explain what information about me the assessment used and how it reached that result.]] "
   "[[automated_decision|If any decision is going to be made about taking me to court, I'd like it to be made by "
   "a person who has looked at my circumstances, not by the automated assessment.]]",
   L(r="informed,automated_decision"),
   "What data the assessment used and its logic is informed and a human decision is automated_decision; a calm "
   "request to understand, without dissatisfaction, is not a complaint.")

sc(42, "conexus", "parliament.uk", "Caseworker to {mp} MP",
   "Constituent {other} - calls to her workplace",
   "I am writing on behalf of my constituent, {other}, who has given written consent for this office to act for "
   "her. Over the past fortnight your staff have rung her workplace switchboard three times. On the last occasion "
   "a colleague took the message and was told it concerned 'an outstanding debt'. My constituent never gave you "
   "her work number and is extremely distressed that colleagues now know about her finances.\n\n"
   "[[informed|Please explain how Conexus obtained her work telephone number and on what basis it is being "
   "used.]] [[erasure|She asks that the number be deleted from your records.]] I would be grateful for a full "
   "reply to this office.",
   L(c=True, pd=True, br=True, r="informed,erasure", tp=True, cat="personal_data"),
   "An MP's office (third_party) reports a debt disclosed to a colleague (breach) via a number obtained "
   "unexpectedly, so the main grievance is data handling (personal_data); source and basis = informed, delete "
   "the number = erasure.")

sc(43, "conexus", "consumer", "",
   "I am not the account holder",
   "Your letters about account {acct} are addressed to me, but the account belongs to my former husband. We "
   "divorced in 2021 and I have never been party to that agreement. It seems my name was linked to it simply "
   "because we once shared an address.\n\n"
   "[[rectification|Correct your records to show that I am not the account holder or a joint party.]] "
   "[[erasure|Delete my name, phone number and email from that account altogether.]] [[restriction|Until that is "
   "done, please do not use my details for anything connected with it.]]\n\n"
   "I have had three letters already and I am fed up of explaining this. Please confirm in writing.",
   L(c=True, pd=True, r="rectification,erasure,restriction", cat="personal_data"),
   "Her data wrongly linked to someone else's account is an implicit personal_data complaint (inaccurate data, "
   "no disclosure); correct = rectification, delete = erasure, don't use meanwhile = restriction.")

sc(44, "conexus", "consumer", "",
   "Sending my account data to my debt management company",
   "I've signed up with a debt management company, Fairway Debt Solutions, who will handle my payments from next "
   "month. [[portability|Please transmit my account data, including the balance history and payments, directly "
   "to them in a machine-readable format; their data team is at dpo@fairwaydebt.co.uk.]]\n\n"
   "My account is {acct}. Their letter of authority is attached.",
   L(r="portability"),
   "Direct transmission of his data in machine-readable form to another organisation is portability; he writes "
   "for himself (not third_party) and voices no dissatisfaction.")

sc(45, "conexus", "consumer", "",
   "Complaint about daily calls",
   "I want to make a complaint. Since I missed one payment in {month}, your office has called me every day, "
   "sometimes twice, including at 8.30 in the evening. I have told your agents I get paid on the 28th and will "
   "catch up then. The calls are making me anxious and I'd like them reduced to something reasonable.\n\n"
   "Separately, one of your agents said you could 'refer me to partner companies who offer consolidation loans'. "
   "[[objection|I object to my details being passed to or used by any partner companies for marketing.]]\n\n"
   "Account {acct}.",
   L(c=True, ex=True, r="objection", cat="collection_conduct"),
   "Call frequency is an explicit collection_conduct complaint and 'reduce the calls' a conduct remedy; objecting "
   "to marketing use by partners is objection, a side request, so personal_data stays false.",
   short=("Complaint - calls every day, account {acct}",
          "Daily calls, some at 8.30pm, since one missed payment. Please cut them back. [[objection|I object to my "
          "details being passed to or used by partner companies for marketing.]]"))

sc(46, "conexus", "consumer", "",
   "How do you know where I work?",
   "Your letter this week names my employer and says you 'may consider an attachment of earnings'. I started this "
   "job three months ago and have never told Conexus or the original creditor where I work. I'm shocked you know "
   "this.\n\n"
   "[[informed|I want to know where you got my employer's details from and who else you have shared them "
   "with.]] [[access|Please also send me a copy of all the personal information you hold about me.]]\n\n{acct}",
   L(c=True, pd=True, r="informed,access", cat="personal_data"),
   "Data obtained unexpectedly with answers demanded is an implicit personal_data complaint; source and "
   "recipients are informed and a copy is access.")

sc(47, "conexus", "consumer", "",
   "Change of surname - account {acct}",
   "I got married in {month} and have changed my surname from {oldlast} to {last}. This isn't a complaint, just an "
   "update. [[rectification|Please update my name on the account; a copy of the marriage certificate is "
   "attached.]]\n\nThank you.",
   L(r="rectification"),
   "Updating a name is rectification; 'complaint' appears only in a denial, so it is not a complaint.",
   short=("Name change for account {acct}",
          "[[rectification|Please change my surname on your records from {oldlast} to {last}.]] Certificate "
          "attached."))

sc(48, "conexus", "consumer", "",
   "Default date on my credit file is wrong",
   "My credit file shows a default registered by Conexus on account {acct} dated {date2}. The original creditor's "
   "own letters show the default was in 2020, which means the entry should drop off my file much sooner than it "
   "will with your date. I'm trying to get a mortgage and this error is costing me.\n\n"
   "[[rectification|Correct the default date you report to the credit reference agencies.]] [[restriction|While "
   "you check it, please suppress the entry so it is not shown to lenders.]] I need to hear back this week.",
   L(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
   "Inaccurate data reported by Conexus causing harm is an implicit personal_data complaint (Conexus registered "
   "it, firm null); correct = rectification, suppress while checked = restriction.")

sc(49, "conexus", "consumer", "",
   "Stuck with your chatbot",
   "Since my account was moved to your 'digital self-service' channel, every question I ask goes to an automated "
   "assistant. I've explained three times that I've been signed off work and need to pause payments, and each "
   "time it replies that my request 'does not meet the criteria' and tells me to keep paying. I can't get past it "
   "to a human being.\n\n"
   "[[automated_decision|I want a person to look at my situation and make the decision about pausing payments, "
   "not the automated system.]] [[objection|I also object to my data being used to profile me for the digital "
   "channel.]]\n\nAccount {acct}.",
   L(c=True, r="automated_decision,objection", cat="process"),
   "The automated-only channel is a procedure that is itself the grievance (process, not wait_time, as there is "
   "no queue); a human decision is automated_decision and objecting to profiling is objection.")

sc(50, "conexus", "consumer", "",
   "Complaint - loan offers after my account was returned",
   "Your firm stopped collecting my Pennant Mobile debt in 2024 when it was passed back to Pennant, and I settled "
   "it with them directly. This month I've had two letters from 'Conexus Finance Solutions' offering me a "
   "consolidation loan, addressed using the details you held for collection. I am complaining because I never "
   "agreed to that.\n\n"
   "[[objection|I object to any use of my details for marketing, by you or any company in your group.]] "
   "[[erasure|Please erase my personal data from your systems now that you have no account of mine to "
   "collect.]]",
   L(c=True, ex=True, pd=True, r="objection,erasure", cat="personal_data"),
   "Collection data reused for marketing is an explicit personal_data complaint against Conexus (Pennant is only "
   "the former creditor, firm null); objection and erasure are both asked.")

sc(51, "conexus", "riversidedebtadvice.org.uk", "Debt Adviser, Riverside Debt Advice",
   "Client {other} - data request with signed authority",
   "I'm a debt adviser at Riverside Debt Advice, helping {other} put together a full picture of her debts. Her "
   "signed authority is attached.\n\n"
   "[[access|Please send us a copy of all personal data you hold about our client, including correspondence and "
   "call notes.]] [[portability|We'd also like her transaction history on account {acct} as a CSV file so it can "
   "be imported into our case management system.]]\n\nMany thanks for your help.",
   L(r="access,portability", tp=True),
   "An adviser acting for a client is third_party; a copy is access and a CSV for import is portability; a "
   "neutral request is not a complaint.")

sc(52, "conexus", "consumer", "",
   "£45 trace fee on my balance",
   "My balance on account {acct} has gone up by £45, described on the statement as a 'trace fee'. I have never "
   "moved address and you have always had my details, so I don't see what was traced or why I should pay for it. "
   "Please take it off.\n\n"
   "[[portability|So that my adviser can check all the charges in his spreadsheet, send me the full transaction "
   "history as a CSV file.]]",
   L(c=True, r="portability", cat="fees_charges"),
   "A fee added on top of the debt is fees_charges (implicit); a CSV for a spreadsheet is portability requested "
   "alongside, so personal_data stays false and mentioning the adviser is not third_party.")

sc(53, "conexus", "consumer", "",
   "Complaint on behalf of my father, {other}",
   "I hold lasting power of attorney for my father, {other}, who has dementia, and I am complaining about how his "
   "account {acct} has been handled. I sent you his income and expenditure details and a letter from his GP, "
   "and within a day he was sent a letter saying his payment offer had been 'declined by our affordability "
   "system' and demanding the full instalment.\n\n"
   "He cannot manage this and the letter frightened him. [[automated_decision|I ask that a person, not the "
   "affordability system, reconsider his offer taking his health into account.]]\n\n"
   "Please send all future correspondence to me.",
   L(c=True, ex=True, r="automated_decision", tp=True, cat="collection_conduct"),
   "An attorney son (third_party) complains explicitly about the treatment of a vulnerable debtor "
   "(collection_conduct); a person reconsidering instead of the affordability system is automated_decision.")

# ----- Conexus: look-alikes ------------------------------------------------------------------
sc(54, "conexus", "consumer", "",
   "Stop ringing my work",
   "For the third time this week someone from your office has phoned my work mobile during my shift. My manager "
   "has already asked me what's going on. I have given you my personal number and said I'm available after "
   "6pm.\n\n"
   "Stop calling me at work. Use my personal number after six, or write to me. I'd like confirmation that this "
   "has been noted on account {acct}.",
   L(c=True, cat="collection_conduct"),
   "'Stop calling me at work' is a conduct remedy, not objection (rights []); repeated calls with confirmation "
   "demanded is an implicit collection_conduct complaint.",
   short=("Stop ringing my work mobile!!",
          "Third call at work this week. Use my personal number after 6pm. Account {acct}."))

sc(55, "conexus", "consumer", "",
   "Statement request {acct}",
   "Could you send me an up-to-date statement showing the balance on my account and the payments I've made since "
   "I started the plan in {month}? I'd like it for my own records before my annual review at the bank.\n\n"
   "Email is fine. Thanks.",
   L(),
   "A routine balance statement is an account service request, not a request for a copy of all personal data "
   "(rights []), and there is no dissatisfaction.")

sc(56, "conexus", "consumer", "",
   "Complaint - Northline Energy estimated bills",
   "I am complaining about the debt you're chasing for Northline Energy. Northline never read my meter and billed "
   "me on estimates for eighteen months; when they finally did, they added £{amt} of 'catch-up' that doesn't "
   "match my usage. I sent Northline my meter photos and they have all my readings and data, but they haven't "
   "corrected the bill.\n\n"
   "Your agent has been perfectly reasonable. This is Northline's mistake and they need to recalculate it. Please "
   "pass this on to them.",
   L(c=True, ex=True, cat="debt_dispute", firm="nte"),
   "The creditor's own wrong bill is an explicit debt_dispute only Northline can fix (nte); 'they have all my "
   "data' and the correction wanted from Northline are not rights asked of Conexus (rights []).")

sc(57, "conexus", "harboursidemoney.org.uk", "Money Adviser, Harbourside Money Advice",
   "Wrong client's statement attached to your reply",
   "Your reply of {date} about one of my clients had a statement attached for a completely different person, "
   "with their name, address and balance. I thought you should know straight away. I've deleted it from our "
   "system and haven't shared it with anyone.\n\n"
   "No need to reply to me about it, but you may want to let the person concerned know.",
   L(br=True),
   "A misdirected statement is a breach reported without dissatisfaction or an expected reply (complaint false); "
   "the adviser is reporting, not acting for a client here (not third_party), and her deleting it is no right.")

sc(58, "conexus", "consumer", "",
   "Over an hour on hold",
   "I tried to ring your helpline three times today so I could access my account details and set up a new "
   "payment date. The first two calls cut off after forty minutes in the queue; the third time I gave up after "
   "an hour and ten minutes. I'm on a pay-as-you-go phone and this has cost me money.\n\n"
   "Please ring me back on the number you have, any time tomorrow morning.",
   L(c=True, cat="wait_time"),
   "Wanting to access account details by phone is account service, not the access right (rights []); hold "
   "queues and dropped calls with a call-back demanded is an implicit wait_time complaint.")

sc(59, "conexus", "oakfieldadvice.org.uk", "",
   "Automatic reply: Your request for a copy of your data",
   "Thank you for contacting Oakfield Advice Centre. Our office is closed until {date} and this mailbox is not "
   "monitored during that time.\n\n"
   "If you are a client and would like a copy of the information we hold about you, please write to our data "
   "protection lead at the address on our website. For urgent debt help, please call the number on our "
   "website.",
   L(),
   "An autoresponder is auto_generated whatever rights wording it contains: every other label is empty and "
   "category none.",
   quote=("Conexus Data Protection <privacy@conexus-services.com>",
          "Dear Sir or Madam,\n\nFurther to your client's request, please find attached a copy of the personal "
          "data we hold. Our reference: DSR-{ref}.\n\nConexus Data Protection"),
   auto=True)

sc(60, "conexus", "consumer", "",
   "The way your agent spoke to me",
   "I rang yesterday to tell you I had lost my job and would need to reduce my payments. The man I spoke to "
   "sighed, talked over me and said 'everybody has a story'. My money adviser at the council is going to send "
   "you my budget sheet, but I wanted to say for myself that I was treated with no respect at all.\n\n"
   "I want to know why your agent thought that was acceptable, and I expect an apology.",
   L(c=True, cat="service_quality"),
   "A rude agent with an apology demanded is an implicit service_quality complaint; 'I want to know why' asks "
   "about conduct, not processing (rights []), and mentioning an adviser is not third_party.")

# fix the auto-generated scenario's labels (short_labels' auto flag)
S[58]["lab"] = L(auto=True)

# gender of {other} per scenario (default female)
OTHER_MALE = {12, 16, 40, 53}


# ---------------------------------------------------------------------------------------------
# rendering


def swap_inner(word, rng):
    """A misspelling: two adjacent inner letters swapped (different letters)."""
    idx = [i for i in range(1, len(word) - 1) if word[i] != word[i + 1]]
    i = rng.choice(idx)
    return word[:i] + word[i + 1] + word[i] + word[i + 2:]


def person(rng, female=None):
    if female is None:
        female = rng.random() < 0.5
    return rng.choice(FIRST_F if female else FIRST_M), rng.choice(LAST)


def local_part(first, last, rng, consumer):
    f, la = first.lower(), "".join(ch for ch in last.lower() if ch.isalpha())
    if consumer:
        styles = [f"{f}.{la}", f"{f}{la}{rng.randint(1, 99)}", f"{f[0]}{la}", f"{la}.{f}",
                  f"{f}_{la}{rng.randint(60, 99)}"]
    else:
        styles = [f"{f}.{la}", f"{f[0]}.{la}", f"{f}{la[0]}", f"{f[0]}{la}"]
    return rng.choice(styles)


def fill_vars(s, rng):
    first, last = person(rng)
    of, ol = person(rng, female=s["sid"] not in OTHER_MALE)
    while ol == last:
        ol = rng.choice(LAST)
    town, pc = rng.choice(TOWNS)
    d1 = f"{rng.randint(1, 28)}/{rng.randint(1, 12):02d}/{rng.randint(1961, 1999)}"
    d2 = f"{rng.randint(1, 28)}/{rng.randint(1, 12):02d}/{rng.randint(1961, 1999)}"
    mpf, mpl = person(rng)
    while mpl in (last, ol):
        mpl = rng.choice(LAST)
    v = {
        "first": first, "last": last, "name": f"{first} {last}",
        "misslast": swap_inner(last, rng), "missfirst": swap_inner(first, rng),
        "oldlast": rng.choice([x for x in LAST if x != last]),
        "other": f"{of} {ol}",
        "uid": f"PXU-{rng.randint(100000, 999999)}",
        "ws": f"{rng.randint(20, 89)}-{rng.randint(10000, 99999)}",
        "acct": f"CNX-{rng.randint(10000000, 99999999)}",
        "date": f"{rng.randint(2, 27)} {rng.choice(MONTHS)}",
        "date2": f"{rng.randint(2, 27)} {rng.choice(MONTHS)} {rng.choice([2022, 2023])}",
        "month": rng.choice(MONTHS),
        "street": f"{rng.randint(2, 88)} {rng.choice(STREETS)}",
        "address": f"{rng.randint(1, 9)} {rng.choice(['Wren', 'Fallow', 'Coronation', 'Brook', 'Hazel'])} "
                   f"{rng.choice(['Street', 'Road', 'Avenue', 'Crescent'])}\n{town} {pc} {rng.randint(1, 9)}"
                   f"{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}",
        "office": rng.choice(OFFICES),
        "amt": f"{rng.randint(180, 2400)}.{rng.randint(0, 99):02d}",
        "dob": d1, "dobwrong": d2 if d2 != d1 else "01/01/1950",
        "mp": f"{mpf} {mpl}",
    }
    return v


ENV_WEIGHTS = [("plain", 3), ("html", 2), ("reply", 2), ("html_reply", 1), ("typo", 2), ("typo_reply", 1)]


def pick_envs(s, rng):
    if s["auto"]:
        envs = ["auto_quote", "auto_html"]
        rng.shuffle(envs)
        return envs
    pool = list(ENV_WEIGHTS) + ([("short", 5)] if s["short"] else [])
    # a subject-only version (short with an empty body) is always one of the two renderings
    chosen = ["short"] if s["short"] and not s["short"][1] else []
    while len(chosen) < 2:
        opts = [(e, w) for e, w in pool if e not in chosen]
        total = sum(w for _, w in opts)
        x = rng.uniform(0, total)
        for e, w in opts:
            x -= w
            if x <= 0:
                break
        chosen.append(e)
    return chosen


def render(s, env, rng):
    mb = s["mb"]
    v = fill_vars(s, rng)
    consumer = s["frm"] == "consumer"
    domain = rng.choice(CONSUMER_DOMAINS) if consumer else s["frm"]
    if s["auto"]:
        sender = f"Oakfield Advice Centre <enquiries@{domain}>"
    else:
        sender = f"{v['name']} <{local_part(v['first'], v['last'], rng, consumer)}@{domain}>"
    headers = {}
    quote = None
    html = env in ("html", "html_reply", "auto_html")
    if s["auto"]:
        subject_m, body_m = s["subj"], s["body"]
        headers = {"auto-submitted": "auto-replied", "x-autoreply": "yes"}
        if env == "auto_quote":
            # the autoresponder quotes our message itself: written here, so the subject keeps its own prefix
            qfrom, qtext = s["quote"]
            head = (f"On {rng.randint(2, 27)} {rng.choice(MONTHS)} 2026 at {rng.randint(8, 17)}:"
                    f"{rng.randint(0, 59):02d}, {qfrom} wrote:")
            body_m += "\n\n" + head + "\n" + quote_lines(qtext.format(ref=rng.randrange(100000, 999999)))
    elif env == "short":
        subject_m, body_m = s["short"]
    else:
        subject_m = s["subj"]
        greet = rng.choice(GREET[mb])
        role = s["role"]
        sign = f"{rng.choice(SIGNOFF)}\n{v['first'] if rng.random() < 0.25 and not role else v['name']}"
        if role:
            sign += "\n" + role
        body_m = (greet + "\n\n" if greet else "") + s["body"] + "\n\n" + sign
        if env.endswith("reply"):
            qfrom, qtext = s["quote"] if s["quote"] else (QUOTE_FROM[mb], rng.choice(QUOTES[mb]))
            when = f"{rng.randint(2, 27)} {rng.choice(MONTHS)} 2026 at {rng.randint(8, 17)}:{rng.randint(0, 59):02d}"
            quote = (f"On {when}, {qfrom} wrote:", qtext)
            host = qfrom.split("@")[1].rstrip(">")
            headers = {"in-reply-to": f"<{rng.randrange(10 ** 11, 10 ** 12)}.{rng.randrange(1000, 9999)}@{host}>"}
    subject_m = subject_m.format(**v)
    body_m = body_m.format(**v)
    if env.startswith("typo"):
        body_m = typos_outside_marks(body_m, rng, MARK_RIGHTS, 0.35)
    if quote:
        assert len(quote[0]) - len("On  wrote:") <= 80, quote[0]
    return finish_marked_record(
        rng, mailbox=mb, sender=sender, subject=strip_marks(subject_m, MARK_RIGHTS),
        body=strip_marks(body_m, MARK_RIGHTS), html=html, quote=quote,
        subject_marks=rights_marks_of(subject_m), body_marks=rights_marks_of(body_m), labels=s["lab"],
        note=s["note"], source=f"rmaf-s{s['sid']:03d}", env=env, headers=headers)


def build(rng):
    recs = []
    for s in S:
        for env in pick_envs(s, rng):
            recs.append(render(s, env, rng))
    return recs


def summary(records, env_counts):
    labs = {r["source"]: r["labels"] for r in records}
    out = [f"wrote {OUT}: {len(records)} emails, {len(labs)} scenarios "
           f"(pexa {sum(r['mailbox'] == 'pexa' for r in records)}, conexus "
           f"{sum(r['mailbox'] == 'conexus' for r in records)} emails)"]
    for r in RIGHTS:
        out.append(f"  {r}: {sum(r in x['labels']['rights'] for x in records)} emails, "
                   f"{sum(r in lab['rights'] for lab in labs.values())} scenarios")
    out.append(f"  look-alikes (rights []): {sum(not lab['rights'] for lab in labs.values())} scenarios, of which "
               f"complaints {sum(lab['complaint'] and not lab['rights'] for lab in labs.values())}")
    out.append(f"  multi-right scenarios: {sum(len(lab['rights']) > 1 for lab in labs.values())}")
    out.append(f"  complaints: {sum(lab['complaint'] for lab in labs.values())} scenarios; third party: "
               f"{sum(lab['third_party'] for lab in labs.values())} scenarios")
    out.append("  envelopes: " + ", ".join(f"{k} {v}" for k, v in sorted(env_counts.items())))
    return "\n".join(out)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=marked_record_errors)


if __name__ == "__main__":
    sys.exit(main())
