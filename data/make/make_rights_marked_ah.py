#!/usr/bin/env python3
"""Rights-marked evaluation set AH: 60 hand-written scenarios (30 PEXA, 30 Conexus), each rendered twice.

45 scenarios ask the receiving firm to act on one to three UK GDPR rights, written inline as
[[right|sentence]] marks; 15 are look-alikes (rights []), 9 of them complaints. Every label follows
/work/shared/labelling/labelling-guide.md; each scenario's `note` gives the rule used. Every person, address and
reference number is invented. Each scenario is rendered in two different envelopes drawn from the seeded rng
(sender, greeting, sign-off, plain/HTML, a quoted earlier message from the firm, letter-swap typos outside the
marks, or a short / subject-only version).

Usage: .venv/bin/python data/make/make_rights_marked_ah.py   (writes data/trials/rights_marked_ah.jsonl)
Stdlib only.
"""
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (FIRM_NAMES, MARK_RIGHTS, RIGHTS, finish_marked_record, marked_record_errors,  # noqa: E402
                           rights_marks_of, run_generator, short_labels, strip_marks, typos_outside_marks)

SEED = 20270708
PREFIX = "rmah"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "rights_marked_ah.jsonl")

L = short_labels

# ---------------------------------------------------------------------------------------------
# envelope material

FIRST = ["Aisling", "Bilal", "Carys", "Declan", "Eleni", "Fergus", "Gemma", "Harpreet", "Imogen", "Jamal",
         "Kirsty", "Lewis", "Marta", "Niall", "Olufemi", "Priti", "Rhodri", "Saoirse", "Tariq", "Una",
         "Vikram", "Wendy", "Yusuf", "Zara", "Alun", "Bethan", "Callum", "Deborah", "Euan", "Farah",
         "Gareth", "Hollie", "Ibrahim", "Joanna", "Kwame", "Lorna", "Mehmet", "Nadia", "Owen", "Rosalind"]
LAST = ["Ashworth", "Bhatt", "Cairns", "Dalziel", "Egan", "Fitzgerald", "Greaves", "Hussain", "Iqbal",
        "Jenkins", "Kowalczyk", "Lockhart", "McAllister", "Nwosu", "Oduya", "Pennington", "Quayle", "Rahman",
        "Sutcliffe", "Thackeray", "Udeh", "Varley", "Whitcombe", "Yates", "Abernethy", "Brannigan", "Crowther",
        "Dobson", "Ellwood", "Frobisher", "Gill", "Hartigan", "Ingleby", "Joshi", "Kinsella", "Lund",
        "Mistry", "Norbury", "Okonjo", "Pollard"]
PERSONAL_DOMAINS = ["postbox-mail.co.uk", "hearthmail.net", "inboxly.co.uk", "greenpost.uk", "mailwren.com",
                    "letterbox-uk.net", "kitemail.co.uk", "homestead-mail.com"]

GREET = {
    "formal": ["Dear Sir or Madam,", "Dear Sir/Madam,", "To whom it may concern,", "Dear {firm} team,",
               "Good afternoon,"],
    "casual": ["Hi,", "Hello,", "Hi there,", "Hello {firm},", "Hi team,", "Morning,", ""],
}
SIGN = {
    "formal": ["Yours faithfully", "Yours sincerely", "Kind regards", "Regards", "With thanks"],
    "casual": ["Thanks", "Many thanks", "Best wishes", "Cheers", "Thanks again", "Best"],
}

# (who, which senders it suits: "any", "person" or "org", text with {ref})
QUOTES = {
    "pexa": [
        ("PEXA Customer Support", "any", "Hello,\n\nThank you for contacting PEXA Support. Your case {ref} has now been "
         "closed. If you need anything else, simply reply to this email.\n\nKind regards\nPEXA Customer Support"),
        ("PEXA Participant Services", "org", "Dear participant,\n\nPlease note that the platform will be unavailable for "
         "scheduled maintenance this Saturday from 22:00 until 02:00.\nNotice reference: {ref}\n\n"
         "PEXA Participant Services"),
        ("PEXA Customer Support", "any", "Hi,\n\nThanks for getting in touch. We've logged your message under reference "
         "{ref} and one of the team will be in contact shortly.\n\nPEXA Customer Support"),
    ],
    "conexus": [
        ("Conexus Customer Care", "any", "Dear customer,\n\nThank you for your email. We have received it and a member of "
         "our team will reply within five working days.\nYour reference is {ref}.\n\nConexus Customer Care"),
        ("Conexus Customer Care", "person", "Dear customer,\n\nWe are writing about the account referenced {ref}. Please "
         "contact us on 0330 555 0148 or reply to this email if you wish to discuss it.\n\nConexus"),
    ],
}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

# sender kinds: ("person", register) writes from a personal address;
# ("org", register, domain, organisation, job title) writes from work.

# ---------------------------------------------------------------------------------------------
# scenarios

SCENARIOS = []


def S(mailbox, sender, subject, body, labels, note, short=None, quote=None):
    SCENARIOS.append({"mailbox": mailbox, "sender": sender, "subject": subject, "body": body, "labels": labels,
                      "note": note, "short": short, "quote": quote})


# ---------------------------------------------------------------- PEXA (s001-s030)

S("pexa", ("person", "casual"), "Leaving conveyancing - my PEXA user account",
  "I was a paralegal in the residential team at Greyfriars Law until the end of last month and had a user login "
  "under their subscription (user ID {uid}). I've now left the profession altogether and am retraining as a "
  "teacher, so I won't need the account again.\n\n"
  "[[portability|Before anything is closed, please send me my own profile details and my training and "
  "certification history as a CSV or spreadsheet file that I can upload to the CPD tracker my new course uses.]]\n"
  "[[erasure|After that, please delete my user account and the personal details attached to it, except anything "
  "you are legally obliged to keep.]]\n\n"
  "If something does have to be kept, just let me know. Everything was fine with the platform while I used it, "
  "I'm only tidying up loose ends.",
  L(r="portability,erasure"),
  "A neutral request with no dissatisfaction: her profile and training history as a CSV to upload elsewhere = "
  "portability, delete the account = erasure; Greyfriars is only her former employer, so complaint=false.",
  short=("Export then delete my user account",
         "[[portability|Please send me my profile and training records as a CSV file so I can load them into "
         "another CPD system.]] [[erasure|Once that's sent, please delete my PEXA user account.]]"))

S("pexa", ("org", "formal", "hartwellconveyancing.co.uk", "Hartwell Conveyancing", "Senior Conveyancer"),
  "New certifier blocked at ID check - Hartwell Conveyancing",
  "Our firm has been a participant since 2024. Last week I tried to add myself as a second certifier so that I "
  "can cover when our principal is on leave. The online identity check rejected me with the code 'IDV-FAIL-07' "
  "about thirty seconds after I uploaded my driving licence. There is no appeal button, the help article says the "
  "result is final, and in the meantime every settlement has to wait for one person.\n\n"
  "I have held a practising certificate for eleven years and my details are not hard to verify. "
  "[[automated_decision|I want a member of your onboarding team, not the software, to look at my application "
  "again and make the decision.]] [[informed|Please also tell me what information the check used to reject me "
  "and which outside sources it was taken from.]]\n\n"
  "This is holding up completions for our clients, so I would be grateful for a quick answer.",
  L(c=True, r="automated_decision,informed", cat="onboarding"),
  "Refused as a new certifier by an automated ID check with a reply expected = implicit onboarding complaint; a "
  "person to decide = automated_decision, what data and sources the check used = informed, personal_data=false "
  "because the grievance is the refusal itself (lg-07).")

S("pexa", ("person", "formal"), "Why am I getting PEXA marketing?",
  "I bought a flat in March and my solicitors used your system for the completion. Since then I have had four "
  "emails from PEXA inviting me to 'homeowner insight' webinars and, this week, one advertising a partner's home "
  "insurance. I have never had any dealings with PEXA myself and I certainly didn't sign up for any of this.\n\n"
  "[[informed|I want to know how you got my personal email address, who gave it to you and what legal basis you "
  "think lets you use it for advertising.]] [[objection|I object to my details being used for any kind of "
  "marketing, by you or by anyone you pass them to.]]\n\n"
  "I would like a proper reply, not an unsubscribe link.",
  L(c=True, pd=True, r="informed,objection", cat="personal_data"),
  "A home buyer unhappy with PEXA's own use of his email for marketing expects a reply: implicit complaint about "
  "unexpected use of personal data (personal_data, category personal_data, no breach, about_other_firm=null as "
  "PEXA is blamed); source and basis = informed, refusing marketing = objection.",
  short=("PEXA marketing - I never signed up",
         "[[informed|How did you get my personal email address and on what basis are you using it for adverts?]] "
         "[[objection|I object to my details being used for marketing.]] I expect a proper answer."))

S("pexa", ("org", "casual", "marshpenrose.co.uk", "Marsh & Penrose Conveyancing", "Conveyancing Executive"),
  "Name change on my user profile",
  "I got married in the summer and have changed my surname from Fairclough to {last}. My regulator's record and "
  "our firm's systems have been updated, but my PEXA profile still shows the old name, and that is the name that "
  "appears on the settlement statements I sign off.\n\n"
  "[[rectification|Please update the surname on my user profile to {last}; my user ID is {uid} and my email "
  "address is unchanged.]] Happy to send the marriage certificate if you need it.",
  L(r="rectification"),
  "A neutral request to correct the surname on her own user profile = rectification; no dissatisfaction, so "
  "complaint=false, and Marsh & Penrose is only her employer.",
  short=("[[rectification|Please update my surname on my PEXA user profile to {last} (user {uid})]]", ""))

S("pexa", ("org", "formal", "heathcotebank.co.uk", "Heathcote Bank", "Mortgage Completions Officer"),
  "Complaint - my personal details sent to another firm",
  "I work on the mortgage completions desk and raised a support ticket on Monday about a stuck discharge. The "
  "reply from your support desk went to the whole distribution list of the other firm on that workspace, and it "
  "included a screenshot of my user profile showing my personal mobile number and my home address. A solicitor "
  "I have never met rang my mobile last night to ask about the file.\n\n"
  "I want to make a formal complaint about this. Those details should never have been in a screenshot, let alone "
  "sent outside the bank.\n\n"
  "[[access|Please send me a copy of the email and screenshot exactly as they were sent, together with any notes "
  "you hold about the incident.]] [[erasure|I also want my home address removed from my user profile altogether, "
  "as you have no need for it.]]\n\n"
  "I expect a full explanation of how this happened.",
  L(c=True, ex=True, pd=True, br=True, r="access,erasure", cat="personal_data"),
  "Support sent her profile (mobile, home address) to another firm: explicit complaint with personal_data and "
  "breach (disclosure to the wrong people), category personal_data; a copy of the email and notes = access, "
  "removing the address = erasure; she complains about PEXA, so about_other_firm=null.")

S("pexa", ("person", "casual"), "Completion delayed - Marsh and Penrose not answering",
  "We were due to complete on our house purchase on Friday. Our conveyancers, Marsh and Penrose, told us on "
  "Thursday afternoon that the PEXA workspace 'wasn't ready', and since then nobody there answers the phone or "
  "replies to emails. The sellers are threatening to pull out and we are paying for storage for all our "
  "furniture.\n\n"
  "I understand you run the system rather than act for us, but I don't know who else to turn to. Please make sure "
  "someone at Marsh and Penrose deals with this.\n\n"
  "[[access|Separately, please send me a copy of any personal information PEXA holds about me and my wife in "
  "connection with this purchase.]]",
  L(c=True, r="access", cat="delay", firm="mpc"),
  "The buyer's grievance is purely his conveyancer's delay, so it is forwarded (about_other_firm=mpc, category "
  "delay, implicit); his request to PEXA itself for a copy of what it holds is an access right of the receiving "
  "firm, and personal_data=false because the grievance is not data handling.")

S("pexa", ("org", "casual", "brookfielddunn.co.uk", "Brookfield & Dunn", "Practice Manager"),
  "Leaver + a workspace opened in error",
  "Two housekeeping requests from Brookfield & Dunn, please.\n\n"
  "1. Our conveyancing assistant Callum Reid left on Friday. Please remove his access to the platform and move "
  "the three open workspaces assigned to him over to me.\n"
  "2. I opened a duplicate workspace this morning for 14 Linnet Road by mistake ({ws}). Can it be deleted or "
  "cancelled? The correct one is already with the lender.\n\n"
  "No rush on the second one.",
  L(),
  "Routine administration by a customer: 'remove his access' is a platform permission and 'deleted' refers to a "
  "duplicate workspace, not to anyone's personal data, so rights=[] and complaint=false.")

S("pexa", ("org", "formal", "carrowlaw.co.uk", "Carrow Law", "Finance Manager"),
  "Invoice {inv} - charged for abandoned workspaces",
  "Our September invoice charges the full settlement fee on eleven workspaces that never settled: the purchases "
  "fell through and the workspaces were abandoned before any funds moved. Under our agreement the fee is only "
  "payable on settlement. This is the second month running that I have had to query this, and it took six weeks "
  "to get a credit note last time.\n\n"
  "Please correct the invoice, issue a credit for the eleven workspaces on the attached sheet and let me know why "
  "this keeps happening.",
  L(c=True, cat="fees_charges"),
  "Settlement fees charged on workspaces that never settled, for a second month, with a credit and explanation "
  "demanded = implicit fees_charges complaint; 'correct the invoice' is about a bill, not personal data, so "
  "rights=[].")

S("pexa", ("org", "formal", "elmstonelegal.co.uk", "Elmstone Legal", "Licensed Conveyancer"),
  "Webinar registration - where did my details go?",
  "On 9 September I registered for your 'Remortgages in practice' webinar using my work email and mobile number. "
  "Within a week I had three calls from a company selling case-management software who knew I had 'attended the "
  "PEXA session'. I don't know whether you passed my details on or whether they came from somewhere else, but the "
  "timing is hard to ignore.\n\n"
  "[[informed|Please tell me exactly which of my details were shared as a result of that registration, who "
  "received them and on what basis.]] [[objection|I object to my details being shared with any third party for "
  "their marketing.]] [[restriction|Until you have answered, please don't use or pass on my registration details "
  "for anything other than sending me the webinar recording.]]\n\n"
  "I'm disappointed, as I recommended the session to colleagues.",
  L(c=True, pd=True, r="informed,objection,restriction", cat="personal_data"),
  "She suspects PEXA passed her webinar details to a vendor and wants answers: implicit complaint about "
  "unexpected use of personal data (category personal_data), breach=false because a disclosure is only "
  "suspected; who got what and why = informed, no sharing for marketing = objection, no use meanwhile = "
  "restriction.")

S("pexa", ("org", "casual", "pellandsons.co.uk", "Pell & Sons Solicitors", "Solicitor"),
  "Training record wrong - locked out of signing",
  "Since Monday the platform won't let me sign settlement statements because my profile says I haven't completed "
  "the mandatory 'Settlement and funds' module. I completed it on 14 March and still have the certificate email. "
  "Two of my files have had to be passed to a colleague at the last minute, and my supervisor is now asking why I "
  "'skipped' the training.\n\n"
  "[[rectification|Please correct my training record to show the module as completed on 14 March.]] I would also "
  "like to know how a completed course vanished from my record in the first place.",
  L(c=True, pd=True, r="rectification", cat="personal_data"),
  "An inaccurate training record on her own profile, causing harm and with a fix demanded, is an implicit "
  "complaint about inaccurate personal data (category personal_data as in lg-19, not training); correct the "
  "record = rectification, and asking how it happened is part of the complaint, not the right to be informed.")

S("pexa", ("person", "casual"), "Texts about a property sale that isn't mine",
  "Not a big deal, but I thought you should know. For about a fortnight I've been getting text messages from PEXA "
  "about a sale at 31 Ferndown Avenue: 'funds received', 'settlement booked for 2pm' and so on, with the seller's "
  "full name and the sale price in one of them. I'm not selling anything and have never heard of these people; I "
  "assume someone typed a number wrong.\n\n"
  "[[erasure|Please delete my mobile number from whatever record it has been attached to.]] [[informed|I'd also "
  "like to know where you got my number from and what it is recorded against on your side.]]\n\n"
  "I've deleted the messages.",
  L(br=True, r="erasure,informed"),
  "A calm report with nothing demanded beyond the requests (complaint=false), but another person's sale details "
  "were sent to the wrong number, so breach=true (lg-32); remove her number = erasure, where it came from and what "
  "it is held against = informed; deleting the texts is not a right.",
  short=("Texts about 31 Ferndown Avenue - wrong number",
         "I keep getting PEXA texts about someone else's sale, including the seller's name and the price. "
         "[[erasure|Please delete my number from that record.]] [[informed|And where did you get my number?]]"))

S("pexa", ("org", "formal", "kestrelbs.co.uk", "Kestrel Building Society", "Data Protection Manager"),
  "Supplier due diligence - data processing questions",
  "As part of our annual supplier review, could you send us:\n\n"
  "- the current version of the data processing terms that apply to our participant agreement;\n"
  "- your list of sub-processors and the countries in which they process data;\n"
  "- a copy of your most recent penetration test summary or ISO 27001 certificate.\n\n"
  "Our review closes at the end of the month. Thank you.",
  L(),
  "A participant's supplier due-diligence request about PEXA's processing in general: nobody asks for a right over "
  "their own or a represented person's data, so rights=[], and with no dissatisfaction complaint=false.")

S("pexa", ("org", "formal", "orchardlanesolicitors.co.uk", "Orchard Lane Solicitors", "Partner"),
  "Formal complaint - conveyancer 'reliability' indicator",
  "I am writing to make a formal complaint about the new 'participant reliability' indicator that appeared next "
  "to individual users' names last month. Mine shows amber, apparently because of the number of settlements I "
  "have rescheduled, and lenders on shared workspaces can see it. Nobody at PEXA has looked at why those "
  "settlements moved; most were rescheduled at the lender's own request.\n\n"
  "[[automated_decision|I want my rating to be reviewed and decided by a person who looks at the actual files, "
  "not produced by your system.]] [[objection|I object to my personal performance being profiled and shown to "
  "other firms in this way.]] [[restriction|Until the review is done, please stop displaying the indicator next "
  "to my name.]]\n\n"
  "Please confirm receipt and tell me when I can expect a response.",
  L(c=True, ex=True, pd=True, r="automated_decision,objection,restriction", cat="personal_data"),
  "An explicit complaint about PEXA's automated per-user rating shown to other firms concerns use of her personal "
  "data (category personal_data; a designed display, so no breach); a person to decide = automated_decision, "
  "object to the profiling = objection, hide it until reviewed = restriction; OLS is only her employer.")

S("pexa", ("person", "casual"), "Kestrel mortgage money late - we couldn't move in",
  "Our purchase of 6 Tanner's Row was meant to complete at midday yesterday. According to our solicitor the money "
  "from Kestrel Building Society didn't arrive until 4.40pm, so we couldn't collect the keys and spent the night "
  "in a hotel with two small children. Kestrel's helpline keeps saying 'it was sent on time'.\n\n"
  "Our solicitor says PEXA did everything it should have. We want Kestrel to explain what went wrong and to pay "
  "our hotel and van costs. I've also sent Kestrel a subject access request for the notes of our calls, because "
  "I don't trust what they're telling us.\n\n"
  "Please pass this to whoever deals with it there.",
  L(c=True, cat="delay", firm="kbs"),
  "The buyer's grievance is purely the lender's late funds (about_other_firm=kbs, category delay, implicit); the "
  "subject access request is addressed to Kestrel, not PEXA, so rights=[] because only rights asked of the "
  "receiving firm count.")

S("pexa", ("person", "formal"), "My profile data - export and one correction",
  "I work as a freelance consultant conveyancer and use a PEXA login through whichever firm has engaged me "
  "(currently Linford Legal). I'm moving my practice records onto a new practice-management system and want to "
  "keep my own history in one place.\n\n"
  "[[portability|Could you send me the details from my user profile and my completed-training records in a "
  "machine-readable format such as CSV or JSON, so I can import them into the new system?]]\n\n"
  "[[rectification|Also, my licence number on the profile is wrong: it shows 4410932 and should be 4410392, so "
  "please correct it.]]",
  L(r="portability,rectification"),
  "A neutral two-part request: a CSV/JSON copy of her own profile and training records to import elsewhere = "
  "portability, a wrong licence number to be fixed = rectification; no dissatisfaction, so complaint=false.")

S("pexa", ("org", "casual", "woldsbs.co.uk", "Wolds Building Society", "Integration Analyst"),
  "Sandpit clean-up and API log extract",
  "Hello from the integration team at Wolds Building Society.\n\n"
  "We've finished testing the new discharge API in the sandpit environment. Could you:\n\n"
  "1. delete the twelve test user accounts we created there (named 'WBS Test 01' to 'WBS Test 12'); and\n"
  "2. send us an extract of our API call logs for October as a CSV file, so we can reconcile them with our own "
  "monitoring.\n\n"
  "No problems to report; the testing went smoothly.",
  L(),
  "An integration team's service request: the accounts to delete are test accounts, not a person's data, and the "
  "CSV is the firm's own API log for reconciliation, so neither erasure nor portability applies; rights=[], "
  "complaint=false.")

S("pexa", ("person", "casual"), "Beacon fee on my remortgage",
  "I remortgaged with Beacon Home Finance last month. The completion statement included a £295 'electronic "
  "settlement fee', which Beacon now says is a PEXA charge they have to pass on. Nobody mentioned it when I "
  "applied, and a friend who remortgaged with another lender through the same system paid nothing like it. I want "
  "Beacon to refund it, so please forward this to them.\n\n"
  "[[informed|While I'm writing: the statement says my details were 'shared with PEXA for settlement', so please "
  "tell me what personal information of mine you received, who from, and what you use it for.]]",
  L(c=True, r="informed", cat="fees_charges", firm="bhf"),
  "A borrower's fee grievance goes to his lender under rule 10 (about_other_firm=bhf, fees_charges, implicit) even "
  "though Beacon blames a PEXA charge; his question to PEXA about what data it received, from whom and why is the "
  "right to be informed.")

S("pexa", ("org", "formal", "seftonrow.co.uk", "Sefton Row Solicitors", "Associate Solicitor"),
  "Complaint about a support call on 3 November",
  "I wish to complain about the way I was spoken to by one of your support agents on 3 November at about 11.15am. "
  "I called because a settlement had frozen twenty minutes before the cut-off. The agent sighed repeatedly, told "
  "me I 'clearly hadn't read the user guide' and put me on hold twice without saying so. The fault turned out to "
  "be on your side.\n\n"
  "[[access|Your recorded message says calls are recorded, so please send me a copy of the recording of that "
  "call.]] I would also like an apology and to know what will be done about the agent's conduct.",
  L(c=True, ex=True, r="access", cat="service_quality"),
  "An explicit complaint about a rude support agent (service_quality); a copy of the recording of her own call = "
  "access, but the grievance is not data handling, so personal_data=false (lg-29).")

S("pexa", ("person", "casual"), "Still receiving PEXA event invitations",
  "I went to one PEXA breakfast event when I worked for a lender. I left that job over a year ago and unsubscribed "
  "from your event emails in June and again in September, but the invitations keep arriving at my personal email, "
  "the latest one yesterday.\n\n"
  "[[objection|I object to any further use of my details for events or marketing.]] [[erasure|Please delete my "
  "name, email and any other details you hold from your events and marketing lists entirely, rather than just "
  "unsubscribing me again.]] Please confirm once that's done.",
  L(c=True, pd=True, r="objection,erasure", cat="personal_data"),
  "Invitations after two unsubscribes, with confirmation demanded, is an implicit complaint about continued use "
  "of personal data for marketing (personal_data, category personal_data, no breach); object to further use = "
  "objection, remove from the lists = erasure.",
  short=("Unsubscribed twice - still getting your invitations",
         "[[objection|I object to any further use of my details for your events or marketing.]] "
         "[[erasure|Delete me from your lists completely this time, please.]] Confirm when done."))

S("pexa", ("org", "casual", "haughtonlegal.co.uk", "Haughton Legal", "Head of Conveyancing"),
  "Workspace restriction setting keeps resetting",
  "For the last fortnight the 'restrict to named users' setting on our workspaces has been switching itself back "
  "to 'all firm users' overnight. We use it on sensitive matters and have had to check every morning and put it "
  "back by hand. Yesterday it happened on four workspaces. Your status page shows no known issues.\n\n"
  "Please find out what is causing it, fix it, and confirm to me when that has been done.",
  L(c=True, cat="platform_defect"),
  "A setting that resets itself is a platform fault with a fix demanded (implicit platform_defect complaint); "
  "'restrict' refers to a workspace permission, not restriction of processing, so rights=[].")

S("pexa", ("org", "formal", "tvmortgages.co.uk", "Thames Valley Mortgages", "Completions Administrator"),
  "Account frozen - 'suspected account takeover'",
  "On Tuesday I changed the mobile number on my user profile because my work phone was replaced. Within minutes my "
  "account was frozen, and my profile now carries a note reading 'suspected account takeover - do not reinstate "
  "without security review'. No one has contacted me, I can't work on my files, and my manager has been asked by "
  "your team whether I have been 'compromised'.\n\n"
  "[[automated_decision|As far as I can see this was triggered automatically by the number change, so I am asking "
  "for a person to review it and make the decision about my account.]] [[rectification|Please also correct the "
  "note on my profile: my account was not taken over, I simply changed my own number.]]",
  L(c=True, pd=True, r="automated_decision,rectification", cat="personal_data"),
  "Frozen by an automatic fraud rule and left with a false 'account takeover' note, she expects action: implicit "
  "complaint about inaccurate personal data (category personal_data); a person to decide = automated_decision, "
  "correct the note = rectification; Thames Valley is only her employer.")

S("pexa", ("person", "formal"), "ID documents held by PEXA?",
  "I am selling my late mother's house and my solicitor mentioned that my identity documents and bank details were "
  "'verified through PEXA'. I'm wary after a scam attempt last year, so before we complete I would like to "
  "understand what happens to them.\n\n"
  "[[informed|Could you tell me what information about me PEXA holds, what you use it for and how long you keep "
  "it?]] [[access|And please send me a copy of the personal data you hold about me.]]\n\n"
  "Thank you, and sorry if this is the wrong address for this.",
  L(r="informed,access"),
  "A cautious seller's questions with no dissatisfaction (complaint=false): what is held, why and for how long = "
  "informed, a copy of the data = access; as executor she asks about her own data, so third_party=false.")

S("pexa", ("org", "formal", "kirkbyrowe.co.uk", "Kirkby Rowe LLP", "Conveyancing Solicitor"),
  "Subject access request - still no response",
  "On 2 September I asked for a copy of the personal data PEXA holds about me as a platform user, including my "
  "login and activity history. Your data protection team acknowledged it the same day. That was seven weeks ago "
  "and I have heard nothing since, not even a request for more time.\n\n"
  "I now wish to complain about the delay. [[access|Please send me the copy of my personal data that I asked for, "
  "without any further delay.]]",
  L(c=True, ex=True, pd=True, r="access", cat="delay"),
  "A chaser about an ignored access request is an explicit complaint (she uses the word) whose category is delay "
  "under rule 6, with personal_data=true because a data-rights request went unanswered; re-asking for the copy = "
  "access.",
  quote=("PEXA Data Protection", "2 September 2027", "Dear user,\n\nThank you for your request for a copy of your personal data, which "
         "we received today. Our reference is {ref}. We will respond within one month.\n\nPEXA Data Protection"))

S("pexa", ("org", "formal", "marloweemploymentlaw.co.uk", "Marlowe Employment Law", "Solicitor"),
  "Our client Ms Dana Whitlock - request for personal data",
  "We act for Ms Dana Whitlock, formerly a conveyancer at a participant firm and a registered PEXA user until April "
  "this year. She is in an employment dispute with her former employer in which the times she logged in and the "
  "actions she took on the platform are in issue. Her signed authority is attached.\n\n"
  "[[access|On her behalf, please provide a copy of the personal data PEXA holds about her, including her login "
  "records and the audit trail of actions taken under her user ID between January and April.]] "
  "[[restriction|We also ask that you do not delete or alter that data while the request and the proceedings are "
  "ongoing, as she needs it to establish her claims.]]\n\n"
  "Please direct your reply to the writer.",
  L(r="access,restriction", tp=True),
  "A solicitor's request on a former user's behalf (third_party) without dissatisfaction: a copy of her data and "
  "audit trail = access, keeping it from deletion because she needs it for legal claims = restriction; "
  "complaint=false.")

S("pexa", ("org", "formal", "brennanhale.co.uk", "Brennan Hale LLP", "Partner"),
  "Change of registered office and VAT number",
  "Brennan Hale LLP moved offices on 1 November. Please update our firm's details on the platform and on your "
  "invoices:\n\n"
  "Registered office: Unit 4, Tanyard Court, Lancaster LA1 1TZ\n"
  "VAT number: GB 318 4472 96\n\n"
  "Our billing contact stays the same.",
  L(),
  "Updating a firm's registered office and VAT number is a customer account change, not rectification of a "
  "person's data, so rights=[]; no dissatisfaction, so complaint=false.")

S("pexa", ("org", "casual", "ravensworthlaw.co.uk", "Ravensworth Law", "Paralegal"),
  "My photo and mobile in the participant directory",
  "I've just noticed that the participant directory shows my photo and my personal mobile number to every user on "
  "the platform. I think they came across from an old staff list when our firm moved onto PEXA. I'm not upset "
  "about it, but I'd rather they weren't there.\n\n"
  "[[erasure|Please remove my photo and my mobile number from your records.]] [[objection|I also object to my "
  "contact details being displayed in the directory at all; our office number is enough.]]",
  L(r="erasure,objection"),
  "She says she is not upset and only asks for changes, so complaint=false; removing her photo and mobile = "
  "erasure, not being displayed in the directory at all = objection.")

S("pexa", ("org", "casual", "northgatemortgages.co.uk", "Northgate Mortgages", "Completions Team Leader"),
  "NO ACCESS to workspaces since 9am",
  "None of our completions team has been able to access any workspace since 9am - everyone gets 'Error 503 - "
  "service unavailable' after logging in. We have nine completions booked today and lenders ringing us every ten "
  "minutes. Your status page says 'operational'.\n\n"
  "We need to know what is going on and when it will be fixed. Call me on 0113 496 0725 please.",
  L(c=True, cat="platform_defect"),
  "An outage with an answer and a call demanded is an implicit platform_defect complaint; 'access' means logging "
  "in to workspaces, not the right of access, so rights=[].",
  short=("no access to any workspace since 9am",
         "Error 503 for the whole team and nine completions today. What is going on and when will it be fixed? "
         "Ring me asap."))

S("pexa", ("person", "formal"), "Platform Support Analyst application - automatic rejection",
  "I applied for the Platform Support Analyst role advertised on your careers page and received a rejection 11 "
  "minutes after submitting, at 11.40pm on a Sunday. I have four years' experience supporting conveyancing "
  "software and meet every criterion in the advert, so I can only assume a screening tool marked me down, perhaps "
  "because of a gap while I was caring for my father.\n\n"
  "It seems unfair that a system can sift people out without anyone reading the application. "
  "[[automated_decision|I am asking for my application to be reconsidered by a person rather than by the "
  "screening software.]] [[erasure|If you still decide not to take it forward, please delete my CV and "
  "application data afterwards.]]",
  L(c=True, r="automated_decision,erasure", cat="process"),
  "A rejected applicant calls the automatic sift unfair and wants reconsideration: implicit complaint whose root "
  "cause is the screening rule itself (process), personal_data=false as in lg-07; a human reconsideration = "
  "automated_decision, delete the CV afterwards = erasure.")

S("pexa", ("org", "formal", "greyfriarslaw.co.uk", "Greyfriars Law LLP", "Practice Manager"),
  "Training certificates still not issued",
  "Six of our conveyancers completed your 'Digital Settlement Essentials' course on 22 September. Five weeks later "
  "none of them has received a certificate, and the training portal shows the course as 'in progress' for all "
  "six. Our regulator's file review is on the 18th and I need the records.\n\n"
  "I have raised this twice through the portal chat and been told it is 'with the training team'. Please issue "
  "the certificates and send me copies of the completion records for all six this week.",
  L(c=True, cat="training"),
  "Certificates not issued after repeated chasing is an implicit complaint, categorised training (specific theme "
  "beats delay); the practice manager wants her firm's training records for an audit, not a data-rights request "
  "for herself or as the staff's representative, so rights=[].")

S("pexa", ("org", "formal", "ainsworthproperty.co.uk", "Ainsworth Property Law", "Principal"),
  "Complaint about the new per-workspace fee",
  "I would like to lodge a complaint about the 18% increase in the per-workspace fee from 1 October. We received "
  "four weeks' notice in a newsletter rather than a letter, and for a two-person practice it wipes out most of the "
  "margin on a standard remortgage. Please explain how the increase was calculated and whether there is any "
  "reduced rate for small firms.\n\n"
  "[[objection|On a separate note, I object to you using my personal email for PEXA marketing and product "
  "surveys.]]",
  L(c=True, ex=True, r="objection", cat="fees_charges"),
  "An explicit fees complaint (fees_charges); the objection to marketing and surveys is a right requested "
  "alongside a non-data grievance, so personal_data stays false (rule 12).")

# ---------------------------------------------------------------- Conexus (s031-s060)

S("conexus", ("person", "formal"), "Not my debt - wrong person",
  "You have sent three letters to my home about a Pennant Mobile account ending 2210 and now you are ringing me. "
  "I have never had a Pennant contract. The name on your letters is mine, but the date of birth is wrong by eleven "
  "years and the previous address you quote is in a town I have never lived in. You have clearly matched the "
  "wrong person.\n\n"
  "[[informed|I want to know where you got my name, address and phone number from, and why you decided they "
  "belong to this account.]] [[restriction|Until you have confirmed I am not the person you are looking for, do "
  "not use my details for anything to do with this account, including passing them to Pennant or to a credit "
  "reference agency.]]",
  L(c=True, pd=True, r="informed,restriction", cat="debt_dispute"),
  "Pursued for someone else's account because Conexus matched the wrong person: debt_dispute (not owed) with "
  "about_other_firm=null as the tracing is Conexus's own, personal_data=true for the wrongly matched details, no "
  "breach; where the details came from = informed, no use until checked = restriction.",
  short=("Not my debt - Pennant account",
         "Wrong person: different date of birth, and I've never had a Pennant contract. [[informed|Where did you "
         "get my details from?]] [[restriction|Don't use them for this account until you've checked.]]"))

S("conexus", ("person", "casual"), "Copy of a phone call recording",
  "I rang you on 14 October at about 4pm about my account {acct} and agreed a payment plan with one of your team. "
  "I've since forgotten exactly which monthly amount and start date we settled on, and I don't want to get it "
  "wrong.\n\n"
  "[[access|Could you send me a copy of the recording of that call, please?]] An email link is fine.\n\n"
  "Thanks for being so helpful on the day.",
  L(r="access"),
  "A friendly request with no dissatisfaction (complaint=false); a copy of the recording of his own call is a copy "
  "of his personal data = access.",
  short=("Call recording please",
         "[[access|Could I have a copy of the recording of my call on 14 October about account {acct}?]] Thanks"))

S("conexus", ("org", "formal", "fenwickmoneyadvice.org.uk", "Fenwick Money Advice", "Money Adviser"),
  "Mr Samuel Okoro - income recorded wrongly",
  "I am the money adviser for Mr Samuel Okoro (account {acct}); his signed authority is attached. On 2 October he "
  "gave your agent his income and expenditure by phone. Your letter of 9 October refusing his offer of £40 a month "
  "quotes his take-home pay as £2,140 a month. It is £1,240. The figure has been entered wrongly, and the refusal "
  "rests on it.\n\n"
  "[[rectification|Please correct his monthly income on your records to £1,240, in line with the enclosed "
  "payslips.]] [[restriction|Until that is done, please do not use the incorrect figure to assess his offer or "
  "for anything else on the account.]] We would then ask you to reconsider the offer.",
  L(c=True, pd=True, tp=True, r="rectification,restriction", cat="personal_data"),
  "A money adviser (third_party) challenges a refusal based on a wrongly recorded income: implicit complaint about "
  "inaccurate personal data (personal_data, category personal_data); correct the figure = rectification, don't "
  "use it meanwhile = restriction.")

S("conexus", ("person", "casual"), "Payment plan refused online in seconds",
  "I used the payment plan tool on your website last night for account {acct}. I offered £25 a month, which is all "
  "I can manage after rent and childcare, and within a few seconds got a message saying 'Your offer does not meet "
  "our affordability criteria'. There is nobody to speak to about it on the website, and the letter I got today "
  "says the same thing word for word.\n\n"
  "It's not fair that a computer decides this without looking at my circumstances. [[automated_decision|I want a "
  "real person to look at my offer and make the decision.]] [[informed|Please also explain what information about "
  "me your tool used to turn it down and where that information came from.]]",
  L(c=True, r="automated_decision,informed", cat="process"),
  "An instant automated refusal called unfair, with a human decision demanded, is an implicit complaint about the "
  "rule itself (process), personal_data=false as the grievance is the refusal; a person to decide = "
  "automated_decision, what data was used and its source = informed.")

S("conexus", ("person", "formal"), "My father, Mr Leonard Pryce - account {acct}",
  "I have Lasting Power of Attorney for my father, Leonard Pryce, who has Parkinson's and early dementia; a copy was "
  "sent to you in August. Despite that, your letters are still addressed to him, and last week one of your agents "
  "rang him directly and talked him into giving his debit card number. He was in tears when I arrived.\n\n"
  "All contact must come through me. [[access|Please send me a copy of all the personal data you hold about him, "
  "including notes and recordings of every call since 1 August.]] [[objection|I also object to his details being "
  "used for any purpose other than managing this account, including marketing and profiling.]]",
  L(c=True, tp=True, r="access,objection", cat="collection_conduct"),
  "An attorney (third_party) complains implicitly that a vulnerable man was phoned and pressed for card details "
  "despite the LPA (collection_conduct, personal_data=false as in lg-29); a copy of his data = access, other uses "
  "refused = objection, while 'all contact through me' is a conduct remedy.")

S("conexus", ("person", "casual"), "Account settled - what happens to my data now?",
  "I paid the agreed settlement figure on my Northline Energy account ({acct}) on 30 September and have your "
  "letter confirming the account is closed. Thank you for sorting that out.\n\n"
  "[[erasure|Now that it's finished, please delete the personal data you hold about me.]] [[informed|If you have "
  "to keep some of it, please tell me what you keep, why, how long for, and whether any of it has been shared with "
  "credit reference agencies.]]",
  L(r="erasure,informed"),
  "A thank-you with no grievance (complaint=false): delete my data = erasure; what is kept, why, for how long and "
  "with whom it was shared is an explanation of processing = informed; Northline is only the creditor.")

S("conexus", ("person", "none"), "STOP calling me at work",
  "This is the sixth call to my work number today. My manager has started asking questions and I'm on a final "
  "warning for personal calls as it is. I told your agent on Monday that I'd pay on Friday when I get paid and "
  "that I would ring you.\n\n"
  "Stop calling me at work. Write to me or call my mobile after 6pm. I want someone to confirm that's been done.",
  L(c=True, cat="collection_conduct"),
  "Repeated calls to a workplace with a confirmation demanded is an implicit collection_conduct complaint; 'stop "
  "calling me at work' is a conduct remedy, not an objection to processing, so rights=[].",
  short=("6th call to my WORK number today - stop calling me there and confirm it", ""))

S("conexus", ("person", "none"), "Online account locked again",
  "Third time this month I can't get into my online account. It says 'access denied - contact us' after I put my "
  "password in, and when I reset it the same thing happens. I only use it to move my payment date when my wages "
  "change, and now I've missed the cut-off for this month.\n\n"
  "Can you sort out my login and update my payment date to the 28th, as I can't do it myself? I don't want a late "
  "payment put on my account because your website doesn't work.",
  L(c=True, cat="platform_defect"),
  "A repeatedly failing customer portal, with a fix and protection from a late payment wanted, is an implicit "
  "platform_defect complaint; 'access denied' is a login and 'update my payment date' an arrangement change, so "
  "rights=[].")

S("conexus", ("org", "formal", "pritchardvane.co.uk", "Pritchard Vane Solicitors", "Solicitor"),
  "Our client Ms Helen Marsh - account {acct}",
  "We act for Ms Helen Marsh in relation to the above account, which you are collecting for a company named in "
  "your letters as Dunmore Catalogues. Our client's last payment to the original creditor was made in 2018 and she "
  "has not acknowledged the debt since. In our view the debt is statute-barred, and your letters of 3 and 17 "
  "October threatening court action are misleading.\n\n"
  "Please treat this letter as a formal complaint. We require you to cease collection activity until you have "
  "responded. [[access|Under Article 15 of the UK GDPR, please also provide a copy of all personal data you hold "
  "about our client, including the account history and the records of the assignment.]]",
  L(c=True, ex=True, tp=True, r="access", cat="debt_dispute"),
  "A solicitor (third_party) makes an explicit complaint that a statute-barred debt is pursued with court threats: "
  "debt_dispute with about_other_firm=null because the grievance is Conexus's own collecting (lg-26); the Article "
  "15 copy request = access.")

S("conexus", ("person", "formal"), "Complaint: letter sent to my old address",
  "I moved out of 12 Copley Terrace in May and gave you my new address by phone in June. Your letter about my "
  "arrears, with the balance and my account number, went to Copley Terrace anyway, and my ex-partner, who still "
  "lives there, opened it and has been texting me about it.\n\n"
  "I am making a complaint about this. [[rectification|Please correct my address on your system to 4 Hollins Way, "
  "Bury BL9 8QD, and confirm it.]] [[access|Please also send me copies of every letter you have sent to the old "
  "address since June, so I know what else he has seen.]]",
  L(c=True, ex=True, pd=True, br=True, r="rectification,access", cat="personal_data"),
  "A debt letter sent to an old address and read by the ex-partner is a disclosure (breach) in an explicit data "
  "complaint (personal_data, category personal_data); correct the address = rectification, copies of the letters "
  "sent = access.")

S("conexus", ("person", "casual"), "Lumen Water bill - not paying for their leak",
  "Your letter says I owe Lumen Water £612. That figure comes from an estimated bill Lumen issued after a burst "
  "pipe on their side of the meter in February, which their own engineer repaired. I have the job sheet. I have "
  "asked Lumen three times to re-bill from the actual meter readings, and I've now requested from them all the "
  "readings and notes they hold on my account.\n\n"
  "Your agent has been polite and I have no issue with Conexus. But the amount is wrong and only Lumen can fix it, "
  "so please pass this back to them and hold off until they do.",
  L(c=True, cat="debt_dispute", firm="lwt"),
  "The creditor's own estimated bill is the root cause that only Lumen can fix (about_other_firm=lwt, "
  "debt_dispute, implicit); the request for readings and notes is addressed to Lumen, not Conexus, so rights=[].")

S("conexus", ("person", "formal"), "How do you know where I work?",
  "Your letter dated 20 October names my employer and says you 'may contact them to verify my circumstances'. I "
  "have never told you or the original creditor where I work; I only started this job in August.\n\n"
  "[[informed|I want to know how you found out who my employer is, from what source, and on what legal basis you "
  "are holding that information.]] [[objection|I object to you processing my employment details in any way.]]\n\n"
  "I'm paying what I agreed and have never missed a payment, so I don't see why this was necessary.",
  L(c=True, pd=True, r="informed,objection", cat="personal_data"),
  "He is unhappy that Conexus obtained his employer's details unexpectedly and expects an answer: implicit "
  "complaint about data obtained unexpectedly (personal_data, category personal_data, no breach); source and "
  "basis = informed, objecting to the processing = objection.")

S("conexus", ("person", "casual"), "Payment history as a spreadsheet",
  "I'm applying for a mortgage and my broker wants to show the lender that I've kept up my plan with you since "
  "2025. [[portability|Please could you email me my payment history on account {acct} as a CSV or Excel file, so "
  "the broker can load it straight into their affordability software?]]\n\n"
  "The account is up to date.",
  L(r="portability"),
  "A neutral request for his payment history in a machine-readable file to load into another system = "
  "portability; no dissatisfaction, so complaint=false.",
  short=("[[portability|Please email my payment history for {acct} as a CSV file for my broker's software]]", ""))

S("conexus", ("person", "none"), "I AM NOT DECEASED",
  "Today I received a letter from you addressed to 'The Personal Representatives of {name} (deceased)' at my own "
  "address. I am very much alive. My bank has now frozen a direct debit because, they say, a deceased marker was "
  "reported. I have spent the whole morning on the phone and I am shaking.\n\n"
  "[[rectification|Correct your records immediately to show that I am alive.]] [[restriction|Do not pass that "
  "marker, or anything based on it, to anyone while you are fixing it.]] [[access|And send me a copy of everything "
  "your file says about me, so I can see where this came from.]]\n\n"
  "{name}",
  L(c=True, pd=True, r="rectification,restriction,access", cat="personal_data"),
  "Recorded as dead, with harm and action demanded: implicit complaint about inaccurate personal data "
  "(personal_data, category personal_data), breach=false as nothing reached a wrong person; correct it = "
  "rectification, don't pass it on meanwhile = restriction, a copy of the file = access.")

S("conexus", ("org", "none", "northline-energy.co.uk", "Northline Energy", "Debt Recovery Analyst"),
  "Batch 44 - duplicate accounts and reconciliation file",
  "Hi both,\n\n"
  "Our upload on Tuesday (batch 44) included 37 accounts that had already been placed with you in batch 41. Please "
  "delete the duplicates from batch 44 (list attached) and leave the batch 41 records as they are.\n\n"
  "Could you also send the October reconciliation file as a CSV rather than a PDF this time? Our finance system "
  "can't read the PDF version.\n\n"
  "Thanks, and thanks for the quick turnaround on the September file.",
  L(),
  "A creditor client's operational request: deleting duplicate placements and a CSV reconciliation file concern "
  "the client's account book, not a data subject's rights, so rights=[]; thanks and no grievance, so "
  "complaint=false.")

S("conexus", ("org", "formal", "tidewaterdebtadvice.org.uk", "Tidewater Debt Advice", "Debt Adviser"),
  "Breathing Space breached - Ms Aisha Rahman",
  "I am writing as debt adviser for Ms Aisha Rahman (account {acct}). She entered a standard Breathing Space on 6 "
  "October and you were notified through the Insolvency Service portal the same day. Since then she has received "
  "two letters demanding payment and a phone call on 21 October at 7.50pm.\n\n"
  "Please register this as a formal complaint. [[access|With her written consent, attached, I request copies of "
  "the two letters and the recording of the 21 October call.]] Please also confirm that all collection activity is "
  "on hold until the moratorium ends.",
  L(c=True, ex=True, tp=True, r="access", cat="collection_conduct"),
  "A debt adviser (third_party) complains explicitly about contact during Breathing Space (collection_conduct; "
  "'breached' means the moratorium, so breach=false); copies of the letters and the call recording for the "
  "client = access, while the hold is a conduct remedy.")

S("conexus", ("person", "casual"), "Survey calls",
  "My account with you was closed in the spring. Since then I've had three calls from someone 'on behalf of "
  "Conexus' asking me to rate my experience, the last one on a Sunday morning. I said no the first two times.\n\n"
  "[[objection|I object to my phone number being used for surveys or feedback calls of any kind.]] I'd like an "
  "acknowledgement that this will stop.",
  L(c=True, pd=True, r="objection", cat="personal_data"),
  "Survey calls after closure, refused twice, with an acknowledgement demanded: implicit complaint about "
  "unexpected use of personal data (personal_data, category personal_data); objecting to the use of his number "
  "for surveys = objection.",
  short=("Third survey call - please stop",
         "[[objection|I object to my number being used for surveys or feedback calls.]] My account closed in the "
         "spring. Please confirm."))

S("conexus", ("person", "none"), "hardship form - please human check",
  "Hello, I send the hardship form on Monday with my doctor letter, because I am in hospital for operation and "
  "not working for 3 month. After 2 minute I get email say 'application unsuccessful' and I must pay the normal "
  "amount. Nobody read my doctor letter in 2 minute, I am sure.\n\n"
  "[[automated_decision|Please can a person, not the computer, check my form and the doctor letter and decide.]] "
  "I cannot pay now and I am very worried. My account is {acct}.\n\n"
  "{first}",
  L(c=True, r="automated_decision", cat="collection_conduct"),
  "A hardship application rejected in two minutes during illness, with a fresh look demanded, is an implicit "
  "complaint about the treatment of a vulnerable customer (collection_conduct); a person, not the computer, to "
  "decide = automated_decision.",
  short=("hardship form",
         "[[automated_decision|please a person check my hardship form, not the computer]]. Rejected after 2 "
         "minute, I am in hospital. account {acct}"))

S("conexus", ("person", "casual"), "Mum's date of birth is wrong on your letters",
  "I help my mother, Mrs Irene Castell, with her post; she has asked me to write and her signed note is attached. "
  "Your letters about her account {acct} give her date of birth as 04/11/1951. It is 11/04/1951, so the day and "
  "month have been swapped.\n\n"
  "[[rectification|Please correct her date of birth on your records.]] [[restriction|As she's about to apply for a "
  "care home place and they run credit checks, please don't use or pass on the wrong date of birth in the "
  "meantime.]]\n\n"
  "The payments themselves are all fine.",
  L(tp=True, r="rectification,restriction"),
  "A son writing for his mother (third_party) with no grievance (complaint=false): correct the date of birth = "
  "rectification, not using or passing on the wrong one meanwhile = restriction.")

S("conexus", ("person", "none"), "Complaint - 70 minutes on hold and cut off twice",
  "I'm complaining about your phone line. Yesterday I held for 41 minutes, got through, and was cut off as soon as "
  "I gave my account number. Today I held for 29 minutes and the line went dead again. I'm trying to pay you.\n\n"
  "[[portability|Since I can't get through, email me my payment history as a CSV file so I can load it into my "
  "budgeting app and work out what I actually owe.]] And get someone to ring me back on this number before "
  "Friday.",
  L(c=True, ex=True, r="portability", cat="wait_time"),
  "An explicit complaint about hold times and dropped calls (wait_time); his payment history as a CSV to load into "
  "a budgeting app = portability, requested alongside a non-data grievance, so personal_data=false.",
  short=("Complaint - cut off twice after holding",
         "41 mins then cut off, 29 mins then cut off. [[portability|Email me my payment history as a CSV so I can "
         "put it into my budgeting app.]] Ring me back before Friday."))

S("conexus", ("person", "formal"), "Questions about how you use my information",
  "I've recently agreed a plan with you for my old Sterling Credit loan (ref {acct}). Before I sign the income and "
  "expenditure form you sent, I'd like to understand a few things. [[informed|What information about me do you "
  "hold, where did it come from, who do you share it with, and how long will you keep it after the plan "
  "ends?]]\n\n"
  "If there's a privacy notice that covers all this, a link would be fine too.",
  L(r="informed"),
  "Questions before signing, with no dissatisfaction: what is held, its source, recipients and retention = "
  "informed; Sterling Credit is only the creditor, so complaint=false.")

S("conexus", ("person", "formal"), "Complaint: my debt details sent to my work email",
  "Last Thursday your team emailed a statement of my account, with the balance and my arrears, to my work email "
  "address. That inbox is shared with two colleagues who deal with customer orders, and one of them opened it. I "
  "have never given you my work email. I don't know how you got it.\n\n"
  "I want to complain in the strongest terms. [[erasure|Delete my work email address from your records "
  "today.]] Use only my personal email, which you already have.",
  L(c=True, ex=True, pd=True, br=True, r="erasure", cat="personal_data"),
  "His statement went to a shared work inbox and was read by a colleague: disclosure (breach) in an explicit data "
  "complaint (personal_data, category personal_data); delete the work address = erasure, while 'I don't know how "
  "you got it' is a statement, not a request to be informed.")

S("conexus", ("org", "formal", "caldervalleyadvice.org.uk", "Calder Valley Advice Centre", "Debt Caseworker"),
  "DRO application - Mr Tomasz Nowak",
  "I'm preparing a Debt Relief Order application for Mr Tomasz Nowak (account {acct}); his signed consent is "
  "attached. [[portability|Please send his full transaction history in a machine-readable format, ideally CSV, so "
  "that I can import it directly into our casework software.]]\n\n"
  "A PDF statement won't import, which is why I'm asking for the file.",
  L(tp=True, r="portability"),
  "An adviser (third_party) asks neutrally for the client's transaction history as CSV to import into other "
  "software = portability; complaint=false.")

S("conexus", ("person", "formal"), "Profiling and automated decisions - account {acct}",
  "Your privacy notice says you use 'scoring models' to decide how to manage accounts, including whether to "
  "recommend legal action. I have a few requests, none of them urgent.\n\n"
  "[[informed|Please explain what scoring you apply to my account, what information it uses and what the result "
  "is used for.]] [[objection|I object to my personal data being used for profiling beyond what is strictly "
  "necessary to administer the account.]] [[automated_decision|Should any decision about legal action on my "
  "account be made, I ask that it is taken by a person and not solely by an automated process.]]\n\n"
  "I'm content with how the account has been handled so far.",
  L(r="informed,objection,automated_decision"),
  "Calm requests with praise for the handling (complaint=false): an explanation of the scoring = informed, "
  "objecting to profiling = objection, a person to decide on legal action = automated_decision.")

S("conexus", ("person", "casual"), "Sterling Credit loan was mis-sold",
  "You are collecting £3,400 from me for a Sterling Credit Loans loan taken out in 2023. Sterling lent me that "
  "money while I was on Universal Credit with two payday loans already in default; they never checked whether I "
  "could afford it. I have written to Sterling and they haven't answered in ten weeks. Your staff have been "
  "reasonable with me and I'm not blaming you, but the loan should never have been given and only Sterling can put "
  "that right. Please pass this to them.\n\n"
  "[[access|In the meantime, please send me a copy of all the personal data Conexus holds about me in relation to "
  "this account.]]",
  L(c=True, r="access", cat="debt_dispute", firm="scl"),
  "The root cause is the creditor's irresponsible lending, which only Sterling can put right, so "
  "about_other_firm=scl (debt_dispute, implicit); the copy of what Conexus itself holds is an access request to "
  "the receiving firm.")

S("conexus", ("person", "casual"), "Your agent threatened me with bailiffs",
  "I'm behind on my Westbury council tax and I know it. When I rang on Tuesday to offer £50 a month, your agent "
  "told me that if I didn't pay £300 by Friday 'the bailiffs will be round and they'll take the car'. He talked "
  "over me and wouldn't take the offer. I've got a disabled son and I need that car.\n\n"
  "I object to being spoken to like that. I'd like you to listen to the call, tell me whether that's really what "
  "happens, and accept my offer.",
  L(c=True, cat="collection_conduct"),
  "Threats and pressure from a Conexus agent with remedies demanded = implicit collection_conduct complaint "
  "(Westbury is only the creditor); 'I object to being spoken to like that' is a protest, not an objection to "
  "processing, and asking Conexus to listen to the call is not a request for a copy, so rights=[].")

S("conexus", ("person", "formal"), "Erasure request refused without reasons - complaint",
  "In August, after my account was cleared, I asked you to delete my personal data. Your reply of 2 September only "
  "said you 'are required to retain it' and nothing else: no reason, no period, nothing about what is kept.\n\n"
  "I'm making a complaint about how my request has been handled. [[erasure|I repeat my request that you delete my "
  "personal data, apart from anything you can show you are legally required to keep.]] [[informed|For anything "
  "you do keep, tell me what it is, the legal basis you rely on and how long it will be held.]]",
  L(c=True, ex=True, pd=True, r="erasure,informed", cat="personal_data"),
  "An explicit complaint that an erasure request was refused without reasons is a badly handled data-rights "
  "request (personal_data, category personal_data, lg-36); repeating the deletion request = erasure, what is "
  "kept, on what basis and for how long = informed.",
  quote=("Conexus Data Protection", "2 September 2027", "Dear customer,\n\nThank you for your email. We are required to retain the "
         "information we hold about you.\n\nKind regards\nConexus Data Protection\nRef {ref}"))

S("conexus", ("person", "formal"), "Payment missing from my husband's account",
  "I'm writing for my husband, Graham Telford, who is in hospital after a stroke; he has asked me to deal with his "
  "post and his consent form is attached. Your statement shows no payment for September, but £85 left our joint "
  "account to you on 1 September by standing order. I've attached the bank statement. Your latest letter says he "
  "is in arrears and threatens to end the plan.\n\n"
  "It has upset him badly at a time he doesn't need it. [[rectification|Please correct his payment record to show "
  "the September payment.]] Please also confirm that the plan is not at risk.",
  L(c=True, tp=True, r="rectification", cat="debt_dispute"),
  "A wife writing for her husband (third_party) says a paid instalment is missing and arrears wrongly claimed: "
  "implicit debt_dispute (already paid, as lg-26), personal_data=false because the grievance is the balance; "
  "correcting his payment record = rectification.")

S("conexus", ("person", "none"), "letter says your system picked me for court??",
  "got your letter today saying 'our systems have identified your account as suitable for legal action' and that "
  "i have 14 days. i've been paying £30 every month since january, never missed one. how can a system decide "
  "that?? nobody has even spoken to me.\n\n"
  "[[automated_decision|i want an actual person to look at my account and decide, not your system.]] "
  "[[restriction|until someone has, don't act on that assessment or pass my details to any solicitors.]] "
  "ref {acct}",
  L(c=True, r="automated_decision,restriction", cat="collection_conduct"),
  "A system-generated threat of court while he pays on time, with a human review demanded, is an implicit "
  "collection_conduct complaint; a person to decide = automated_decision, not acting on or passing on the "
  "assessment meanwhile = restriction.",
  short=("court letter??",
         "[[automated_decision|want a real person to decide on my account not your system]]. ive never missed a "
         "payment. [[restriction|dont act on that assessment till then]]. ref {acct}"))

S("conexus", ("person", "casual"), "Thanks - address updated",
  "Just a note to say thank you to Priya in your customer team, who updated my address and email last week and "
  "sent confirmation the same day. The new statement arrived at the right place this morning.\n\n"
  "Nothing else needed.",
  L(),
  "Thanks for a correction already made, with nothing asked now: complaint=false and rights=[] because a finished "
  "update is not a request.")


# ---------------------------------------------------------------------------------------------
# rendering


def make_sender(spec, rng):
    """(display name, first, last, address, signature lines) for a sender spec; draws first, last, address form."""
    first, last = rng.choice(FIRST), rng.choice(LAST)
    form = rng.randrange(3)
    if spec[0] == "person":
        local = [f"{first}.{last}", f"{first[0]}{last}{rng.randrange(10, 99)}", f"{first}{last[0]}"][form].lower()
        return first, last, f"{local}@{rng.choice(PERSONAL_DOMAINS)}", []
    _, _, domain, org, title = spec
    local = [f"{first}.{last}", f"{first[0]}.{last}", f"{first}{last}"][form].lower()
    return first, last, f"{local}@{domain}", [title, org]


def fill(text, vals):
    for k, v in vals.items():
        text = text.replace("{" + k + "}", v)
    return text


def render(sc, idx, env, rng):
    mailbox = sc["mailbox"]
    firm = FIRM_NAMES[mailbox]
    first, last, addr, sig = make_sender(sc["sender"], rng)
    name = f"{first} {last}"
    vals = {"first": first, "last": last, "name": name,
            "acct": f"CX-{rng.randrange(1000000, 9999999)}",
            "uid": f"U{rng.randrange(100000, 999999)}",
            "ws": f"workspace {rng.randrange(10, 99)}-{rng.randrange(100000, 999999)}",
            "inv": f"INV-{rng.randrange(20000, 99999)}"}
    register = sc["sender"][1]
    if env == "short":
        subject, body = (fill(t, vals) for t in sc["short"])
        if body:
            body = body + "\n\n" + rng.choice([first, name, "", f"{first[0]}. {last}"])
            body = body.rstrip()
    else:
        subject, body = fill(sc["subject"], vals), fill(sc["body"], vals)
        if env == "typos":
            body = typos_outside_marks(body, rng, MARK_RIGHTS, 0.35)
        if register == "none":
            greet, sign = "", ""
            if not sc["body"].rstrip().endswith(("{name}", "{first}")):
                sign = rng.choice(["", first, name])
        else:
            greet = rng.choice(GREET[register]).replace("{firm}", firm)
            sign = rng.choice(SIGN[register]) + ",\n" + name
            if sig:
                sign += ("\n" + "\n".join(sig)) if rng.random() < 0.5 else (" | " + " | ".join(sig))
        body = "\n\n".join(p for p in (greet, body, sign) if p)
    html = env in ("html", "reply_html")
    quote = None
    if env in ("reply", "reply_html"):
        if sc["quote"]:
            who, date, text = sc["quote"]
        else:
            who, _, text = rng.choice([q for q in QUOTES[mailbox] if q[1] in ("any", sc["sender"][0])])
            date = f"{rng.randrange(1, 29)} {MONTHS[rng.randrange(12)]} 2027"
        quote = (f"On {date}, {who} wrote:", text)
    rec = finish_marked_record(
        rng, mailbox=mailbox, sender=f"{name} <{addr}>", subject=strip_marks(subject, MARK_RIGHTS),
        body=strip_marks(body, MARK_RIGHTS), html=html, quote=quote, subject_marks=rights_marks_of(subject),
        body_marks=rights_marks_of(body), labels=sc["labels"], note=sc["note"], source=f"{PREFIX}-s{idx:03d}",
        env=env)
    marked = sorted({r for r, _ in rights_marks_of(subject) + rights_marks_of(body)})
    assert marked == sorted(sc["labels"]["rights"]), (idx, env, marked)
    return rec


def choose_envs(sc, rng):
    base = ["plain", "html", "reply", "typos"]
    if sc["short"] and rng.random() < 0.75:
        envs = ["short", rng.choice(base)]
    else:
        envs = rng.sample(base, 2)
    return ["reply_html" if e == "reply" and rng.random() < 0.35 else e for e in envs]


def build(rng):
    assert len(SCENARIOS) == 60
    records = []
    for idx, sc in enumerate(SCENARIOS, 1):
        for env in choose_envs(sc, rng):
            records.append(render(sc, idx, env, rng))
    return records


def summary(records, env_counts):
    labs = [(r["source"], r["labels"]) for r in records]
    scen = {s: l for s, l in labs}
    lines = [f"wrote {os.path.relpath(OUT, ROOT)}: {len(records)} emails, {len(scen)} scenarios "
             f"(pexa {sum(r['mailbox'] == 'pexa' for r in records)}, conexus "
             f"{sum(r['mailbox'] == 'conexus' for r in records)} emails)"]
    for right in RIGHTS:
        lines.append(f"  {right:20s} emails {sum(right in l['rights'] for _, l in labs):3d}  "
                     f"scenarios {sum(right in l['rights'] for l in scen.values()):3d}")
    multi = sum(len(l["rights"]) > 1 for l in scen.values())
    look = [l for l in scen.values() if not l["rights"]]
    lines.append(f"  scenarios with rights {len(scen) - len(look)} ({multi} with two or three); look-alikes "
                 f"{len(look)} ({sum(l['complaint'] for l in look)} complaints)")
    lines.append(f"  complaints: scenarios {sum(l['complaint'] for l in scen.values())}, emails "
                 f"{sum(l['complaint'] for _, l in labs)}; third party scenarios "
                 f"{sum(l['third_party'] for l in scen.values())}, emails {sum(l['third_party'] for _, l in labs)}")
    lines.append("  envelopes: " + ", ".join(f"{k} {v}" for k, v in sorted(env_counts.items())))
    cats = Counter(l["category"] for l in scen.values())
    lines.append("  categories (scenarios): " + ", ".join(f"{k} {v}" for k, v in sorted(cats.items())))
    return "\n".join(lines)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=marked_record_errors)


if __name__ == "__main__":
    sys.exit(main())
