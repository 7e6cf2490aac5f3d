#!/usr/bin/env python3
"""Marked rights set V: 80 scenarios (40 PEXA, 40 Conexus), each rendered twice (160 emails).

40 scenarios ask for UK GDPR rights of the receiving firm, leaning on `informed` (an explanation of the
processing: source, purpose, basis, recipients, retention) and `rectification` (correcting or completing the
writer's own personal data); the other six rights each appear at least twice. 40 look-alike scenarios (rights [])
read like such requests to a careless reader but ask for no right under the labelling guide: business records
(kind 1), process / status / decision questions (kind 2), complaints about handling with no data request (kind 3),
account or debt requests (kind 4) and mail that only mentions data protection (kind 5).

Each request sentence is marked inline as [[right|sentence]] (or [[right1,right2|sentence]]) and becomes a
`request_sentences` mark; records are finished with labelled_mail.finish_marked_record and written with
run_generator. Stdlib only; the output is deterministic for SEED.

Usage:  .venv/bin/python data/make/make_rights_marked_v.py
"""
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from labelled_mail import (MARK_RIGHTS, RIGHTS, finish_marked_record, marked_record_errors,  # noqa: E402
                           rights_marks_of, run_generator, short_labels, strip_marks, typos_outside_marks)

SEED = 20270304
PREFIX = "rmv"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "labelled", "rights_marked_v.jsonl")

L = short_labels
SCENARIOS = []


def S(mailbox, kind, writer, lab, subject, paras, note, short=None, subj=None, quote=None, footer=None, bare=False,
      fem=False):
    """One scenario. kind: "right" or "look1".."look5"; writer: None for an individual, else (org, domain, role);
    paras: the marked body paragraphs; short / subj: an optional short body / subject-only subject (marked, and
    carrying every labelled right); quote: an optional scenario-specific earlier firm message (who, text with {ref});
    footer: text that always follows the signature; bare: a chat-like note that gets no greeting or closing; fem: the
    text needs a woman's first name. {FIRST}, {LAST} and {EMAIL} are filled from the sender."""
    n = len(SCENARIOS) + 1
    SCENARIOS.append({"source": f"rmv-s{n:03d}", "mailbox": mailbox, "kind": kind, "writer": writer, "labels": lab,
                      "subject": subject, "text": "\n\n".join(paras), "note": note, "short": short, "subj": subj,
                      "quote": quote, "footer": footer, "bare": bare, "fem": fem})


# =============================================================================================
# PEXA: rights (20)

S("pexa", "right", None, L(r="informed"),
  "Email about settlement for 14 Wren Close - who are you?",
  ["I received an email this morning from a PEXA address saying the settlement for our purchase of 14 Wren Close, "
   "Shrewsbury is booked for Friday 27 March. Our solicitor mentioned a 'digital completion' but never said another "
   "company would be involved, and I haven't registered for anything with you.",
   "[[informed|Before I reply to anything, could you explain how you got my name and email address, and what you are "
   "using them for?]] After a fake solicitor email last year I check everything twice, so please don't take this the "
   "wrong way."],
  "A buyer's neutral question about where PEXA got the buyer's details and what it uses them for is the right to be informed, "
  "and with no dissatisfaction it is not a complaint.",
  short="[[informed|Got an email from you about our purchase of 14 Wren Close - how did you get my email address, and "
        "what do you use it for?]] I've never signed up with PEXA.",
  subj="[[informed|How did PEXA get my email address and what is it used for?]]")

S("pexa", "right", ("Calder Moss Conveyancing", "caldermoss.co.uk", "Licensed Conveyancer"),
  L(c=True, pd=True, r="rectification", tp=True, cat="personal_data"),
  "Client identity record - Mrs Adaeze Okafor-Reid - workspace 72-40916",
  ["We act for Mrs Adaeze Okafor-Reid on her purchase of 5 Tamar Court and hold her signed authority to deal with you "
   "on her behalf.",
   "The identity record PEXA keeps for our client still shows her previous surname, Okafor, and the address she left "
   "in 2021. Every time the verification runs against her current passport it fails, and we have now missed two "
   "proposed completion dates because of it. Our client is upset and has asked us to get this put right quickly.",
   "[[rectification|Please correct her record to show her surname as Okafor-Reid and her current address as 5 Holm "
   "Lane, Exeter EX2 7QB.]] A certified copy of her marriage certificate has been uploaded to the workspace.",
   "We need to hear back from you by Thursday."],
  "A conveyancer writing for a client (third_party) about inaccurate identity data that has cost two completion "
  "dates makes an implicit personal-data complaint, and asking PEXA to correct the client's surname and address is "
  "rectification.")

S("pexa", "right", None, L(c=True, pd=True, r="rectification,informed", cat="personal_data"),
  "Locked out - date of birth wrong on my user account",
  ["I have been locked out of PEXA since Tuesday. The annual re-verification for users asked me to confirm my details, "
   "and the date of birth on my user account is 19 October 1968. Mine is 9 October 1986. I assume it was keyed in "
   "wrongly when my firm set me up, but the check keeps rejecting me and I have had to hand three settlements to a "
   "colleague.",
   "[[rectification|Please change the date of birth on my user record to 9 October 1986 so I can get back in.]]",
   "[[informed|While you are at it, I would like to understand why PEXA needs my date of birth in the first place and "
   "who else on the platform can see it.]]",
   "This has been a frustrating week."],
  "Wrong personal data on the writer's own user record locking them out is an implicit personal-data complaint; correcting the "
  "date of birth is rectification and asking why it is held and who can see it is informed.")

S("pexa", "right", ("Heathcote Bank", "heathcotebank.co.uk", "Completions Officer"),
  L(r="rectification,objection"),
  "My user details",
  ["This is a personal request rather than a work one, although it concerns my user account under the Heathcote Bank "
   "subscription.",
   "[[rectification|I married in February and my surname on the platform should now read {LAST} rather than Pike, so "
   "please update my user profile accordingly.]] My login email is staying the same.",
   "Separately, since attending one of your webinars I have been receiving PEXA product newsletters at this address. "
   "[[objection|I object to my details being used for marketing, so please take me off those mailings.]] Operational "
   "notices about workspaces are fine, of course."],
  "A lender's staff member asking about their own user data (so not third_party) wants the surname updated "
  "(rectification) and objects to marketing use of their details (objection), with no dissatisfaction.")

S("pexa", "right", None, L(c=True, pd=True, r="informed,access", cat="personal_data"),
  "Survey email - I never gave you my address",
  ["Three weeks after we sold our flat I have had an email from PEXA asking me to rate my 'digital settlement "
   "experience', addressed to me by name at my personal email. I have never dealt with PEXA directly and I am annoyed "
   "that a company I have no relationship with is writing to me.",
   "[[informed|I want to know where my email address came from and what you think gives you the right to use it for "
   "surveys.]] [[access|Please also send me a copy of whatever personal information you hold about me.]]",
   "I expect a proper reply, not a link to a privacy page."],
  "Annoyance at an unexpected use of the writer's email is an implicit personal-data complaint; asking its source and the basis "
  "for using it is informed, and asking for a copy of what is held is access.")

S("pexa", "right", ("Rowntree Ashby LLP", "rowntreeashby.co.uk", "Paralegal, Residential Property"),
  L(r="rectification,informed", tp=True),
  "Our client Mr Bernard Quayle - address held by PEXA",
  ["We act for Mr Bernard Quayle, who is 86, on the sale of his bungalow. His signed authority is attached.",
   "Mr Quayle's daughter noticed that the settlement notice for his sale shows his address as 41 Fell View, a house he "
   "sold in 2009. [[rectification|Please amend his address on your records to 2 Larch Grove, Ulverston LA12 9DP.]]",
   "[[informed|Mr Quayle would also like to know which organisations PEXA has passed his address to, and how long it "
   "will be kept once this sale completes.]]",
   "Thank you for your help."],
  "A paralegal writing for an elderly client (third_party) asks neutrally for his address to be amended "
  "(rectification) and to be told who it was shared with and how long it is kept (informed).")

S("pexa", "right", None, L(c=True, r="automated_decision,informed", cat="process"),
  "Account suspended automatically - I need a person to look at it",
  ["My PEXA user account was suspended at 7.40 this morning with an on-screen message that 'unusual sign-in activity' "
   "had been detected. I was signing in from my own laptop at home, as I do every Monday. Nobody from PEXA has called "
   "me, and the support line told me the suspension is set by the system and they cannot override it.",
   "[[automated_decision|I want someone at PEXA to review the suspension rather than leaving it to the system.]] "
   "[[informed|I would also like an explanation of what information about me and my sign-ins the system used to "
   "decide I was a risk, and where that information comes from.]]",
   "I have two completions booked for Wednesday."],
  "Being suspended by an automatic rule nobody can override is an implicit process complaint (personal_data false, "
  "as the grievance is the suspension itself); a person to review it is automated_decision and the data used and "
  "its source is informed.")

S("pexa", "right", None, L(r="informed,erasure"),
  "What happens to my details after completion?",
  ["We completed on our house purchase last month and everything went smoothly, so thank you.",
   "[[informed|I'd like to know how long PEXA keeps buyers' personal details once a purchase has completed, and what "
   "they are kept for.]] [[erasure|If there is nothing you are legally required to keep, please delete my details.]]",
   "No hurry on this."],
  "A satisfied buyer asking how long and why their details are kept is informed, and asking for them to be deleted if "
  "not needed is erasure; no complaint.",
  short="[[informed|How long do you keep a buyer's details after completion, and why?]] [[erasure|If you don't have "
        "to keep mine, please delete them.]] We completed at 27 Birch Rise last month.")

S("pexa", "right", ("Penhallow Lane Solicitors", "penhallowlane.co.uk", "Associate Solicitor"),
  L(r="access,informed", tp=True),
  "Mr Desmond Achebe - request for his personal data",
  ["We act for Mr Desmond Achebe, who bought 18 Quarry Row through a PEXA workspace in 2024, and enclose his signed "
   "authority for this request.",
   "Mr Achebe is reviewing what happened during his purchase. [[access|On his behalf, please provide a copy of the "
   "personal data PEXA holds about him, including identity verification results and any notes attached to his "
   "workspace.]] [[informed|Please also explain where that data came from, the purposes PEXA uses it for, and which "
   "firms or authorities it has been shared with.]]",
   "Please send the response to this office."],
  "A solicitor acting for a former buyer (third_party) neutrally asks for a copy of his data (access) and for its "
  "source, purposes and recipients (informed).")

S("pexa", "right", None, L(r="portability,rectification"),
  "Leaving - my user records and profile",
  ["I am leaving my current practice at the end of the month to join a firm that does not use PEXA.",
   "[[portability|Could you send me my sign-off history (the workspaces I signed as acting user, with dates) and my "
   "training completions as a CSV or similar file, so I can import them into my new firm's CPD tracker?]] It is only "
   "the records linked to my own user account that I need.",
   "[[rectification|Also, my profile still shows my job title as 'Trainee Paralegal', which has been wrong for two "
   "years, so please change it to 'Senior Paralegal' before the account is closed.]]",
   "Thanks."],
  "A departing user wants their own records in a file to import elsewhere (portability) and an out-of-date job title "
  "on the profile corrected (rectification); neutral.")

S("pexa", "right", None, L(c=True, pd=True, br=True, r="rectification,restriction", cat="personal_data"),
  "Remortgage notifications going to my ex-husband",
  ["I am remortgaging my house, and this week I found out that the PEXA emails about it have been going to my "
   "ex-husband's email address. He forwarded one to me with a sarcastic comment, so he now knows my loan amount and "
   "completion date. We separated two years ago and I did not give anyone that address.",
   "[[rectification|The email address on your record for me needs to be changed to {EMAIL}, the one I am writing "
   "from.]] [[restriction|Until that is done, please do not send anything about my remortgage to any email address.]]",
   "I want to know how this is going to be put right."],
  "The writer's details sent to an ex-husband is a breach inside an implicit personal-data complaint against PEXA's own "
  "notices; changing the email is rectification and sending nothing until it is fixed is restriction.",
  fem=True)

S("pexa", "right", None, L(r="informed,objection"),
  "User analytics - a question and an objection",
  ["Your updated user terms say PEXA 'analyses platform usage to improve products and tailor communications'. "
   "[[informed|Could you tell me what data about my own use of the platform is collected for that, and which lawful "
   "basis you rely on?]]",
   "[[objection|Whatever the answer, I object to my usage data being used to profile me or to tailor marketing to "
   "me.]] I am happy for it to be used to keep the service secure and running.",
   "I'm asking as an individual user, not on behalf of my firm."],
  "A user's calm question about what usage data is collected and on what basis is informed, and objecting to "
  "profiling and marketing use is objection; no complaint.")

S("pexa", "right", ("Dunmore & Keane", "dunmorekeane.co.uk", "Paralegal to Ms R. Keane"),
  L(c=True, ex=True, pd=True, r="rectification", tp=True, cat="personal_data"),
  "Formal complaint - client name wrong on lodgement, requisition raised",
  ["I write on behalf of our client, Ms Siobhán McCarthy, on the purchase of 9 Cable Street (workspace 72-51183), "
   "with her written consent.",
   "Please treat this as a formal complaint. The name PEXA holds for Ms McCarthy is 'Siobhan Mc Carthy', with a space "
   "and no accent, even though the identity documents we uploaded show the correct spelling. The application to HM "
   "Land Registry went in with that version, a requisition has been raised, and registration is now held up.",
   "[[rectification|Please correct Ms McCarthy's name on your records to Siobhán McCarthy so it matches her "
   "passport.]] We also need to know what you will do about the costs of answering the requisition."],
  "A paralegal's formal complaint for a client (third_party) about her name held wrongly is a personal-data "
  "complaint, and asking PEXA to correct the name on its records is rectification.")

S("pexa", "right", None, L(r="automated_decision,access"),
  "ID check for signing - can a person check it?",
  ["The identity check I was asked to complete so I could sign the transfer for my sale came back as 'not verified' "
   "within seconds, twice. My passport is in date and the photos were clear.",
   "[[automated_decision|Before I try a third time, I'd like a member of your staff, not the automated check, to look "
   "at my documents and decide.]] [[access|Could you also send me a copy of the information and images the check "
   "collected about me?]]",
   "My buyer's solicitor says there is still time before exchange, so this isn't urgent yet."],
  "A seller calmly asks for a person instead of the automated check to decide (automated_decision) and for a copy of "
  "what the check collected (access); no dissatisfaction is pressed, so no complaint.")

S("pexa", "right", None, L(r="erasure,restriction"),
  "Former user - personal contact details",
  ["I left Greyfriars Law in January and no longer use PEXA. My old user profile had my personal mobile number and "
   "home address on it because I worked remotely for a while.",
   "[[erasure|Please delete my mobile number and home address from your systems.]] I understand you may have to keep "
   "a record of the workspaces I acted on. [[restriction|While you check what you have to keep, please stop showing "
   "my contact details to other participants.]]",
   "Thanks very much."],
  "A former user asks neutrally for their personal contact details to be deleted (erasure) and not shown while that is "
  "checked (restriction); Greyfriars is only the writer's former employer.")

S("pexa", "right", None, L(c=True, pd=True, r="informed", cat="personal_data"),
  "Why did your support team ring my personal mobile?",
  ["Yesterday evening, while I was on holiday, someone from PEXA support rang my personal mobile about a settlement "
   "discrepancy on one of our firm's workspaces. I have only ever given PEXA my office number and the team inbox. My "
   "personal number is not on my user profile and I do not give it out for work.",
   "[[informed|Tell me where PEXA got my personal number, why it is stored against my name, and who else at PEXA can "
   "see it.]] I was not impressed to be called about work at 8pm on holiday.",
   "Please reply by email."],
  "Displeasure at a personal number being obtained and used unexpectedly is an implicit personal-data complaint, and "
  "asking its source, why it is held and who sees it is informed.",
  short="Your support team rang my personal mobile at 8pm while I was on holiday, and I've only ever given you my "
        "office number. [[informed|Where did you get my personal number, and why is it stored against my name?]]")

S("pexa", "right", None, L(c=True, ex=True, r="informed", cat="delay", firm="mpc"),
  "Complaint about Marsh & Penrose and a question for PEXA",
  ["I want to complain about Marsh & Penrose Conveyancing, who are acting on my sale of 31 Orchard Mews. We agreed a "
   "completion date of 6 March. It is now the 27th, they have not replied to my last four emails, and when I ring I am "
   "told my conveyancer is 'in a meeting'. My buyers are threatening to pull out. I understand you run the platform "
   "they use and can pass this on to them, so please do.",
   "The other thing is for PEXA itself. I only learned your name because I got automated emails from you about the "
   "workspace. [[informed|I'd like to understand what personal details of mine PEXA has received from Marsh & "
   "Penrose, what you do with them, and how long you keep them.]]",
   "Thank you."],
  "The complaint is purely about the participant conveyancer's delay (about_other_firm=mpc, delay), while the "
  "separate question to PEXA about what it received, its use and retention is informed.")

S("pexa", "right", None, L(c=True, pd=True, r="rectification,access", cat="personal_data"),
  "Training record says I failed - I passed",
  ["My PEXA training record shows 'Assessment: not passed' for the settlement module I sat on 4 February. I passed. I "
   "have the on-screen confirmation with a score of 88%, screenshot attached. My supervising partner checks these "
   "records before signing off my authority to settle, so this has held me back a month.",
   "[[rectification|Please correct my training record to show that I passed the assessment.]] [[access|Please also "
   "send me a copy of the assessment results and answers you have stored against my name, so I can see where the "
   "error came from.]]",
   "I'd like this dealt with this week."],
  "An inaccurate record about the writer that has held the writer back is an implicit personal-data complaint; correcting it "
  "is rectification and a copy of the stored results is access.")

S("pexa", "right", ("Fairholme Property Law", "fairholmelaw.co.uk", "Partner"),
  L(c=True, pd=True, r="informed,objection", tp=True, cat="personal_data"),
  "Our client Ms Tamsin Roe - 'home move offers' email",
  ["We act for Ms Tamsin Roe on her purchase of 3 Saltings Way and write at her request.",
   "Last week Ms Roe received an email headed 'Your home move offers, in partnership with PEXA', listing removal firms "
   "and broadband deals and quoting her completion date. She is unhappy about this and so are we: she gave her details "
   "to us for the purchase, not for offers.",
   "[[informed|Please explain on what basis PEXA shares client details with 'partners', and which partner sent this "
   "email.]] [[objection|Ms Roe objects to any further use of her personal details for marketing, by PEXA or anyone it "
   "passes them to.]]"],
  "A solicitor for an unhappy client (third_party) raises unexpected marketing use of her data (implicit "
  "personal-data complaint); the basis and recipients of sharing is informed and the objection to marketing is "
  "objection.")

S("pexa", "right", None, L(r="rectification"),
  "email change on my login",
  ["hi - [[rectification|can you update the email on my PEXA user account to {EMAIL}?]] the old one is my maiden "
   "name one and I'm not using it after this month. ta"],
  "Updating the writer's own email address on the user record is rectification (update my record), asked without "
  "any dissatisfaction.",
  subj="[[rectification|Please update the email on my PEXA user account to {EMAIL}]]", bare=True, fem=True)

# =============================================================================================
# Conexus: rights (20)

S("conexus", "right", ("Brightwater Money Advice", "brightwatermoneyadvice.org.uk", "Debt Adviser"),
  L(r="informed,access", tp=True),
  "Client: Mr Kieran Dale, your ref CX-5520817 - data request",
  ["We are helping Mr Kieran Dale with his debts and enclose his signed authority to act.",
   "Your letter of 2 March mentioned that you had 'confirmed his employment with Harfield Logistics'. Mr Dale has not "
   "told Conexus or the creditor who he works for. [[informed|Please tell us where you obtained his employment "
   "details, and what you are using them for.]]",
   "[[access|Please also send us a copy of all the personal data you hold on Mr Dale, including call recordings and "
   "account notes.]]",
   "We are not raising a complaint at this stage; we want to understand the position before we advise him."],
  "A money adviser for a client (third_party), expressly not complaining, asks the source and use of his employment "
  "details (informed) and for a copy of everything held (access).")

S("conexus", "right", None, L(c=True, pd=True, r="rectification", cat="personal_data"),
  "Wrong date of birth on my account",
  ["Your letter about my Northline Energy account gives my date of birth as 14/02/1979. It is 14/12/1997. I only found "
   "out because a credit report I got for a car loan shows a Conexus search and a Northline default linked to someone "
   "born in 1979, and the dealer wanted to know why.",
   "[[rectification|Correct my date of birth on your records to 14 December 1997.]] It seems to have been mixed up "
   "with another person, and I'm the one paying for it.",
   "Ref CX-6027734."],
  "An inaccurate date of birth that is harming the writer is an implicit personal-data complaint about Conexus's own "
  "record (Northline is only the creditor), and correcting it is rectification.")

S("conexus", "right", None, L(r="informed"),
  "Pennant Mobile letter - how do you have my address?",
  ["I've had a letter from Conexus about a Pennant Mobile account, ref CX-7713092. I moved house in October and have "
   "only given my new address to my bank, the council and my employer.",
   "[[informed|Can you tell me how you found my new address, and what you will do with my details now that you have "
   "them?]]",
   "I'm not refusing to deal with the account, I just want to understand this first."],
  "A calm question about how Conexus found the writer's address and what it will do with the details is informed; "
  "no dissatisfaction or remedy, so no complaint.",
  subj="[[informed|How did you find my new address, and what will you use it for?]] (ref CX-7713092)")

S("conexus", "right", ("Ashgrove Homes", "ashgrovehomes.org.uk", "Tenancy Sustainment Officer"),
  L(c=True, pd=True, br=True, r="rectification,restriction", tp=True, cat="personal_data"),
  "Tenant Ms Leanne Pryce - letters going to her old flat",
  ["I support Ms Leanne Pryce, one of our tenants, and she has asked me to contact you for her (her consent form is "
   "attached).",
   "Ms Pryce moved from 14 Kestle Court to 6 Barrow Walk in November and told you so on the phone. Your letters about "
   "her Westbury Council account are still going to Kestle Court, where the new tenant has opened at least two of them "
   "and told neighbours what was in them. Ms Pryce is very distressed.",
   "[[rectification|Please change her address on your system to 6 Barrow Walk, Hexley HX4 2LN.]] "
   "[[restriction|Until you have confirmed that change in writing, please do not post anything to her at all.]]",
   "Could you also let me know what steps you will take to stop this happening again?"],
  "A housing officer for a tenant (third_party) reports letters read by the new occupant (breach, implicit "
  "personal-data complaint); changing the address is rectification and posting nothing until it is confirmed is "
  "restriction.")

S("conexus", "right", ("Office of Maria Beckwith MP", "parliament.uk", "Caseworker"),
  L(c=True, r="automated_decision,informed", tp=True, cat="process"),
  "Constituent: Mrs Joanna Ferris, ref CX-8836401",
  ["I am writing on behalf of our constituent, Mrs Joanna Ferris, who has given her consent for this office to act "
   "for her.",
   "Mrs Ferris offered £30 a month through your online payment plan form. Her offer was declined within a minute, with "
   "a message that it 'did not meet affordability criteria', and she was asked to call. When she called she was told "
   "the outcome could not be changed. She is a carer on a low income and found this very upsetting.",
   "[[automated_decision|Mrs Ferris asks that a member of your staff, rather than the online system, reconsiders her "
   "offer.]] [[informed|She would also like to know what information about her was used in that assessment and where "
   "it came from, for example whether a credit reference agency was involved.]]",
   "I look forward to your reply."],
  "An MP's caseworker (third_party) objects to an automatic refusal nobody will change (implicit process complaint, "
  "personal_data false); a staff review is automated_decision and the data used and its source is informed.")

S("conexus", "right", None, L(c=True, pd=True, r="informed,objection", cat="personal_data"),
  "Calls from a 'debt solutions' company after I paid you",
  ["I finished paying my Sterling Credit account through you in January. Since then I've had four calls and a text "
   "from a company called ClearPath Debt Solutions who knew my name, the old balance and that Conexus had been "
   "collecting it.",
   "[[informed|I want to know whether you passed my details to them or anyone else, and if so on what basis.]] "
   "[[objection|I object to my details being shared or used for marketing of any sort.]]",
   "This is not what I expected after clearing the debt."],
  "Suspected sharing of the writer's details with a marketer is an implicit personal-data complaint; who received them and on "
  "what basis is informed and the objection to sharing for marketing is objection.")

S("conexus", "right", None, L(r="rectification"),
  "name change - account CX-4038815",
  ["Hiya, I got married in May so my surname has changed. [[rectification|Please update my name on the account to "
   "{FIRST} {LAST}.]] My old surname was Doherty. Marriage certificate attached if you need it. Payments will carry on "
   "as normal from the same bank account. Cheers"],
  "Asking Conexus to update the writer's own name on the account is rectification, sent without any dissatisfaction.",
  subj="[[rectification|Please update my surname on CX-4038815 - I'm now {FIRST} {LAST}]]", bare=True)

S("conexus", "right", ("Latimer Vaux Solicitors", "latimervaux.co.uk", "Solicitor"),
  L(c=True, ex=True, pd=True, r="rectification,access,informed", tp=True, cat="personal_data"),
  "Our client Mr Owen Tregarthen - your ref CX-2291604",
  ["We are instructed by Mr Owen Tregarthen and enclose his signed form of authority.",
   "Our client's account with you relates to a Heathcote Bank credit card. He does not dispute the balance and has "
   "paid £60 a month under an arrangement since September. However, your letter of 11 March states that he 'refused "
   "to discuss repayment' during a call on 4 March and that the account has been marked as 'non-cooperative'. Our "
   "client made no call to you on 4 March and has not refused anything. The same letter quotes the last four digits "
   "of a bank account he closed in 2022, which he has never given to you.",
   "Please treat this letter as a formal complaint. We ask that you take the following steps within 28 days. "
   "[[rectification|First, remove the 'non-cooperative' marker and correct the account notes for 4 March so that they "
   "accurately reflect that no call took place.]] [[access|Second, provide copies of the account notes and any call "
   "recordings relating to our client from September onward.]] [[informed|Third, explain where you obtained the "
   "details of his closed bank account and on what basis you hold them.]]",
   "We reserve our client's position generally."],
  "A solicitor's formal complaint for a client (third_party) about false notes and unexplained bank details is a "
  "personal-data complaint; correcting the notes is rectification, copies are access and the source and basis are "
  "informed.")

S("conexus", "right", None, L(c=True, pd=True, r="informed", cat="personal_data"),
  "why are you emailing my WORK address",
  ["You've emailed me three times this week at my work address about a Pennant account. My manager's PA reads that "
   "inbox when I'm out. I never gave you this address.",
   "[[informed|Where did you get it from, and on what basis are you using it?]] Stop emailing me at work, use my "
   "personal email or post."],
  "Anger at a work address obtained and used unexpectedly is an implicit personal-data complaint with no disclosure "
  "described (breach false); its source and basis is informed, while 'stop emailing me at work' is a conduct remedy, "
  "not objection.",
  short="[[informed|Where did you get my work email address, and on what basis are you using it?]] I never gave it "
        "to you. Stop emailing me at work.")

S("conexus", "right", ("Northgate Debt Advice Centre", "northgatedac.org.uk", "Money Adviser"),
  L(r="rectification,restriction", tp=True),
  "Updated income and expenditure - Ms Priya Anand, CX-9950126",
  ["We act for Ms Priya Anand (authority on file since January).",
   "Ms Anand's circumstances have changed: she has reduced her hours after an operation, and her monthly income is now "
   "£1,140, not the £1,690 shown in the financial statement you hold. [[rectification|Please update the income and "
   "expenditure details on her file using the attached financial statement.]] [[restriction|Until that is done, "
   "please do not use the old figures to assess what she can afford.]]",
   "We will be in touch about a revised offer once you confirm the update."],
  "A money adviser (third_party) neutrally asks for the client's out-of-date financial details to be updated "
  "(rectification of her own personal data) and for the old figures not to be used meanwhile (restriction).")

S("conexus", "right", None, L(r="portability,informed"),
  "Payment history as a file + how long you keep records",
  ["I'm nearly at the end of my Lumen Water arrangement with you (ref CX-3367015) and I use a budgeting app to keep "
   "track of everything.",
   "[[portability|Could you email me my payment history as a CSV or spreadsheet file so I can import it into the "
   "app?]] [[informed|And once the balance is cleared, how long will you keep my details, and for what purpose?]]",
   "Thanks, it's been straightforward dealing with you."],
  "A satisfied debtor wants a payment history in a file to load into an app (portability) and asks the retention "
  "period and purpose (informed); no complaint.")

S("conexus", "right", None, L(c=True, pd=True, r="rectification,automated_decision", cat="personal_data"),
  "Plan offer refused by your website",
  ["I put in an offer of £40 a month on your website for the Sterling Credit account and it was refused straight "
   "away. I looked at the summary it showed me: it has my take-home pay as £2,100 a month. That was before I went "
   "part-time last year. It is £1,430 now, which I told your agent in January.",
   "[[rectification|Correct my income on your records to £1,430 a month.]] [[automated_decision|Then I want someone at "
   "Conexus to look at my offer properly instead of the website deciding it.]]",
   "It's not fair to be turned down on figures that are a year out of date."],
  "The main grievance is an automatic refusal based on out-of-date personal data (implicit personal-data complaint); "
  "correcting the income is rectification and a person reviewing the offer is automated_decision.")

S("conexus", "right", ("StepForward Debt Charity", "stepforwarddebt.org.uk", "Caseworker"),
  L(r="informed,objection", tp=True),
  "Client Mr Ade Oladipo - profiling",
  ["We advise Mr Ade Oladipo (authority attached), whose account you are collecting for Beacon Home Finance.",
   "Mr Oladipo saw an article saying that collection agencies score customers on how likely they are to pay. "
   "[[informed|He would like you to explain whether Conexus scores or profiles him in that way, what information about "
   "him goes into it, and where that information comes from.]] [[objection|He objects to his personal data being used "
   "for any profiling that is not necessary to manage his account.]]",
   "There is no dispute about the debt itself."],
  "A charity caseworker for a client (third_party) neutrally asks how his data is used for scoring and where it comes "
  "from (informed) and objects to unnecessary profiling (objection).")

S("conexus", "right", None, L(r="informed,erasure"),
  "Old account closed 2018 - do you still hold my details?",
  ["Back in 2018 I cleared a debt you were collecting for Northline Energy, ref CX-1108562. I got a letter confirming "
   "it was settled.",
   "[[informed|I'd like to know whether Conexus still keeps my details all these years later, and if so what for and "
   "for how long.]] [[erasure|If you have no need to keep them, I want them deleted.]]",
   "Many thanks."],
  "Asking whether, why and how long old details are still kept is informed and asking for their deletion if not "
  "needed is erasure; a polite request, not a complaint.",
  short="[[informed|Do you still hold my details from a Northline account I cleared in 2018 (CX-1108562), and if so "
        "why and for how long?]] [[erasure|If there's no need, please delete them.]]")

S("conexus", "right", ("Brennan Holt & Co", "brennanholt.co.uk", "Solicitor"),
  L(c=True, pd=True, r="rectification", tp=True, cat="personal_data"),
  "Mrs Gwen Trelawny - letters addressed to her 'estate'",
  ["We act for Mrs Gwen Trelawny, who has authorised us to write to you.",
   "Since February our client has received three letters from you addressed to 'The Executors of the late Mrs G "
   "Trelawny'. She is alive and well, and was understandably shaken to read about her own death over breakfast. She "
   "has been paying her Lumen Water arrangement with you without interruption.",
   "[[rectification|Please amend your records to remove the deceased marker and show Mrs Trelawny as the account "
   "holder.]] We would also ask for an apology and an explanation of how this happened."],
  "A solicitor for a client wrongly recorded as dead (third_party) makes an implicit personal-data complaint; "
  "amending the record is rectification, while 'how this happened' asks about the error, not the processing, so it "
  "is not informed.")

S("conexus", "right", None, L(c=True, pd=True, r="access,rectification", cat="personal_data"),
  "Your notes about me are wrong",
  ["The agent I spoke to on Friday read out a note on my account saying I had 'refused to engage' in November and "
   "December. I was in hospital for most of those two months, which I told Conexus by letter on 2 November, and I "
   "have the recorded delivery slip.",
   "[[access|Send me a copy of all the notes on my account and the letters you have on file from me.]] "
   "[[rectification|Then correct the notes so they say I was in hospital, not that I refused to engage.]]",
   "That note has been used against me on every call since."],
  "A false note held about the writer is an implicit personal-data complaint; a copy of the notes and letters is "
  "access and correcting the note is rectification.")

S("conexus", "right", ("Office of Daniel Oyelaran MP", "parliament.uk", "Senior Caseworker"),
  L(c=True, pd=True, r="informed", tp=True, cat="personal_data"),
  "Constituent Ms Rosa Gallagher - tracing",
  ["Our constituent, Ms Rosa Gallagher, has asked this office to raise a concern with you on her behalf; her signed "
   "consent is enclosed.",
   "Ms Gallagher moved to a new address last year for reasons connected with her safety and has been careful about "
   "who knows it. Your letter of 9 April was sent to that address and states that her 'current details were confirmed "
   "through a tracing partner'. She is very worried.",
   "[[informed|She asks Conexus to explain which tracing partner was used, what information about her was obtained, "
   "and on what lawful basis it was obtained and used.]]",
   "Ms Gallagher would appreciate an urgent response given the circumstances."],
  "An MP's office (third_party) raises a worried constituent's concern about her address being traced (implicit "
  "personal-data complaint), and the source, data obtained and lawful basis is informed.")

S("conexus", "right", None, L(r="erasure,rectification"),
  "Phone numbers on my account",
  ["Two things about the phone numbers you have for me on account CX-6681240.",
   "[[erasure|The landline ending 4471 is no longer mine, so please delete it from my account altogether.]] "
   "[[rectification|My mobile number is also wrong by one digit: it should end 0836, not 0863, so please update "
   "it.]]",
   "Letters are fine as well."],
  "Deleting a number that is no longer the writer's is erasure and fixing a wrong digit in the mobile is "
  "rectification; a neutral housekeeping request.")

S("conexus", "right", None, L(c=True, ex=True, r="informed", cat="collection_conduct"),
  "Formal complaint - calls about the Pennant account",
  ["I am making a formal complaint about how I have been contacted about the Pennant Mobile account.",
   "Between 3 and 10 March I had nine calls from your numbers, including two before 8am and one on a Sunday. I told "
   "the first caller that I was waiting for my Universal Credit decision and would call back when I knew my income. I "
   "was told that was fine. The calls carried on anyway. One agent said that if I 'kept stalling' the account would go "
   "'to the next stage', which I took as a threat.",
   "Your letter of 12 March also says that you 'may share information about this account with credit reference "
   "agencies and other organisations'. [[informed|Please tell me which organisations you have actually shared my "
   "information with so far, and why.]] I have not agreed to any of this.",
   "I want the calls to stop while my benefit claim is decided, and an explanation of why they continued after I "
   "explained my situation. I would like your reply in writing."],
  "An explicit complaint about call frequency and pressure is collection_conduct (personal_data false); the question "
  "buried mid-letter about who the writer's data was shared with and why is informed, and stopping calls is a conduct remedy.")

S("conexus", "right", None, L(r="rectification,informed"),
  "new address",
  ["hi, [[rectification|pls change my address on ref CX-5580274 to 22 Ferncliffe Road, Brimley BR7 3AS]] - moved "
   "last month. [[informed|also where did you get the old address from? I never gave it you, it was my mum's]] thx"],
  "A chatty note asking to change the writer's address (rectification) and where the old one came from (informed), with no "
  "remedy demanded, so not a complaint.", bare=True)

# =============================================================================================
# PEXA: look-alikes (20)

S("pexa", "look1", ("Thames Valley Mortgages", "tvmortgages.co.uk", "Completions Team"), L(),
  "Workspace 72-38820 - loan amount field wrong",
  ["The advance amount in workspace 72-38820 is showing as £212,500. The correct figure from our offer is £221,500, "
   "so two digits have been transposed when the workspace was created. The workspace is now locked for settlement "
   "preparation and we can't edit the figure ourselves.",
   "Could you please amend the loan amount to £221,500, or unlock the field so we can correct it? Settlement is booked "
   "for 14 April.",
   "Many thanks"],
  "A lender's staff asking PEXA to amend a transaction figure in a workspace is a routine instruction about a business "
  "record for their own firm, not rectification of anyone's data, and not a complaint.")

S("pexa", "look1", ("Wexcombe Property Lawyers", "wexcombelaw.co.uk", "Office Manager"),
  L(c=True, cat="inaccurate_information"),
  "Our firm's details still wrong in the participant directory",
  ["We moved offices in January and updated our details through the subscriber form the same week. Six weeks later "
   "the PEXA participant directory still shows our old address at Mill Wharf and our old DX number, and two lenders "
   "have sent documents to the wrong building as a result.",
   "This is the second time I have asked. Please update the directory entry with our new address, 40 Tanner Street, "
   "Leeds LS2 8JW, DX 12044 Leeds, delete the old details, and let me know when it is done. I'd also like to know why "
   "the first request was ignored."],
  "A firm's own address is business information, not personal data, so 'update' and 'delete' are no right; the wrong "
  "details shown after a second request make an implicit inaccurate_information complaint.")

S("pexa", "look1", ("Kingsmere Conveyancing", "kingsmereconveyancing.co.uk", "Practice Administrator"), L(),
  "Licence changes for April",
  ["Please make the following changes to our subscription from 1 April:",
   "1. Deactivate the user licence for Martin Ogunleye, who has left the firm, and remove him as an authorised "
   "signatory on our account.\n2. Add a licence for our new conveyancer, Hollie Brand "
   "(hollie.brand@kingsmereconveyancing.co.uk).\n3. Delete the workspace template called 'Remo - old lender panel', "
   "which is out of date.",
   "Please confirm once done. As the account administrator I can sign any form you need."],
  "A subscriber admin's licence and template changes for the firm are account administration: 'remove' and 'delete' "
  "here are not a data subject's erasure request, and nothing is wrong.")

S("pexa", "look1", ("Holloway Street Legal", "hollowaystreetlegal.co.uk", "Accounts Manager"),
  L(c=True, ex=True, cat="inaccurate_information"),
  "Complaint - wrong purchase order reference on invoices again",
  ["I'd like to make a complaint about your invoicing. For the third month running your invoice has been issued with "
   "the wrong purchase order number (PO-4471 instead of PO-4417). Our accounts system rejects invoices that don't "
   "match a live PO, so each one has to be processed by hand, and the February invoice was paid late as a result and "
   "attracted a reminder letter from you.",
   "Please correct the PO reference on the March invoice, reissue it, and fix whatever is causing this so it doesn't "
   "happen in April."],
  "Correcting a purchase order reference on an invoice concerns a business document, not personal data, so there is "
  "no right; the repeated wrong reference is an explicit inaccurate_information complaint.")

S("pexa", "look1", ("Summerfield Reeves", "summerfieldreeves.co.uk", "Conveyancing Paralegal"), L(),
  "Title number typo and a duplicate workspace",
  ["Two small things on our purchase file for 8 Linden Walk.",
   "The title number in workspace 72-60415 has been entered as YK219904; it should be YK219094. The system won't let "
   "us change it now the lender has joined, and your help page says to ask support. Could you update it?",
   "Also, I opened a second workspace for the same property by mistake this morning (72-60433). Please delete it, as "
   "no other party has been invited to it.",
   "Thanks for your help."],
  "Updating a title number and deleting a duplicate workspace are instructions about transaction records, not about "
  "anyone's personal data, so rights=[]; a routine service request.")

S("pexa", "look1", ("Heathcote Bank", "heathcotebank.co.uk", "Settlements Reconciliation Lead"),
  L(c=True, cat="platform_defect"),
  "Monthly settlement report - wrong again",
  ["The settlement report for March that PEXA sent us on 2 April has the same fault as February's: settlements "
   "completed on the last business day of the month are missing, and the totals at the bottom don't match the line "
   "items. Our finance team reconciles against this report, so every error costs them a day.",
   "Please correct the March report and resend it, and tell us what has been changed so that April's is right. We "
   "raised the February error with your support desk on 4 March and were told it was fixed."],
  "Asking for a faulty system report to be corrected concerns a business report, not personal data (no right); the "
  "recurring fault with a fix demanded is an implicit platform_defect complaint.")

S("pexa", "look2", None, L(),
  "When will the Land Registry show me as owner?",
  ["We completed on our first home, 27 Alder Close, last Friday through our solicitor and I gather PEXA was involved "
   "in the settlement. How long does it usually take after completion before the Land Registry record shows us as the "
   "owners? And if it takes longer than that, is it you or our solicitor I should ask?",
   "Thanks, and sorry if this is a silly question."],
  "A question about timescales and who to ask is an enquiry about a process, not about what data is held or how it "
  "is used, so no right and no complaint.",
  short="How long after completion does the Land Registry show the new owners? We completed on 27 Alder Close on "
        "Friday. Is it you or our solicitor I should ask if it's slow?")

S("pexa", "look2", ("Carrow & Dean", "carrowdean.co.uk", "Practice Manager"), L(c=True, cat="fees_charges"),
  "Re: Fee refund request REF-20931",
  ["Your email declining our refund gives no reasons at all. The settlement on workspace 72-19277 failed because the "
   "platform was unavailable for most of the afternoon of 20 February, which your own status page confirmed. We were "
   "charged the full fee for a settlement that didn't happen and had to pay for a second one the next day.",
   "Please explain how the decision to refuse the refund was reached: what was looked at, who made it, and which part "
   "of the fee terms it relies on. I'd also like it looked at again."],
  "Asking how a fee-refund decision was reached and for it to be reconsidered concerns a firm's fee, not personal "
  "data or a solely automated decision about a person, so rights=[]; an implicit fees_charges complaint.",
  quote=("PEXA Billing <billing@pexa.co.uk>",
         "Dear Customer,\n\nWe have reviewed your request for a refund of the workspace fee for workspace 72-19277 "
         "(ref {ref}). We are unable to offer a refund on this occasion.\n\nKind regards\nPEXA Billing"))

S("pexa", "look2", None, L(c=True, cat="delay", firm="gfl"),
  "Who is actually handling my sale?",
  ["I'm selling 12 Rookery Lane and my conveyancers are Greyfriars Law. I haven't had an update from them in three "
   "weeks, my buyer's side says they are waiting on us, and nobody at Greyfriars returns my calls. The documents I "
   "signed mention PEXA, so I'm not sure whether you or they are responsible for the hold-up.",
   "Who is dealing with my sale, and can you get Greyfriars to update me? I've had enough of chasing."],
  "Asking who a matter belongs to and wanting an 'update' is no data right; the seller's grievance is purely the "
  "conveyancer's silence, an implicit delay complaint to forward (about_other_firm=gfl).")

S("pexa", "look2", ("Kestrel Building Society", "kestrelbs.co.uk", "Mortgage Operations Analyst"), L(),
  "Fee question for our budget",
  ["We're setting next year's budget for remortgage completions. Could you confirm the current per-workspace fee for "
   "a remortgage compared with a purchase, whether the fee is charged when the workspace is created or at settlement, "
   "and whether any change is planned for next year? A link to the current fee schedule would be ideal.",
   "Thank you"],
  "A lender's question about fees and when they are charged is a neutral enquiry about a process, with no request "
  "about personal data.")

S("pexa", "look2", ("Ridgeway Legal Services", "ridgewaylegal.co.uk", "Director"), L(c=True, cat="onboarding"),
  "Firm application declined - explanation needed",
  ["Our firm's application to become a PEXA participant was declined on 3 March with a one-line email saying we 'did "
   "not meet the participation criteria'. We are an SRA-regulated practice with fourteen years of trading, "
   "professional indemnity cover well above the minimum, and no regulatory history.",
   "Please explain how the decision on our application was reached and which criterion you say we did not meet. We "
   "also want to know what the review process is and how long it takes. Losing access to lenders who settle only "
   "through the platform is already costing us instructions."],
  "An explanation of how a decision on a firm's application was reached concerns the firm, not the writer's personal "
  "data, and asks for no human review of an automated decision, so rights=[]; an implicit onboarding complaint.")

S("pexa", "look3", None, L(c=True, cat="usability"),
  "Too many confusing emails",
  ["Since our sale went into what your emails call a 'workspace' I have had eleven automated emails from PEXA in two "
   "days: 'financial settlement schedule updated', 'lodgement case ready', 'participant joined' and so on. None of them "
   "tell me whether anything is wrong, and my solicitor's office is closed until Monday. My partner thought the sale "
   "had fallen through.",
   "Can someone explain in plain English what stage we're at and whether I need to do anything? And you should really "
   "think about what you send to people who aren't lawyers."],
  "Unhappiness about confusing notification emails with a demand for an explanation of the sale's stage is an "
  "implicit usability complaint about contact, with no request about personal data.",
  short="Eleven automated PEXA emails in two days about our sale and not one says whether anything is wrong. Can "
        "someone tell me in plain English what stage we're at? Not good enough for people who aren't lawyers.")

S("pexa", "look3", ("Lyle & Amberley", "lyleamberley.co.uk", "Conveyancing Executive"),
  L(c=True, cat="service_quality"),
  "Support refused to discuss our own workspace",
  ["I rang PEXA support at 2.15 today because funds had not shown in the source account on workspace 72-27730, which "
   "I am the acting conveyancer on. The agent would not discuss it with me, saying that 'for data protection reasons' "
   "only our account administrator could be given information. Our administrator was on leave. I am named on the "
   "workspace and I passed your security questions.",
   "We missed the 3pm cut-off and completion moved to tomorrow. I would like a call back from a team leader today, and "
   "some assurance that your staff know the difference between confidentiality and refusing to help the people doing "
   "the work."],
  "A complaint that support hid behind 'data protection' is about how a call was handled (service_quality); it asks "
  "for a call back and assurance, not for any data right.")

S("pexa", "look4", ("Heathcote Bank", "heathcotebank.co.uk", "Finance Business Partner"), L(),
  "Statement of account request - Q1",
  ["For our quarter-end reconciliation could you please send a statement of our PEXA account covering January to "
   "March: all invoices, credits and payments received, plus the balance outstanding as at 31 March. A spreadsheet is "
   "easiest for us, but a PDF is fine.",
   "Our subscriber number is PX-S-00418."],
  "A statement of a firm's account, even as a spreadsheet, is an account request, not access or portability of "
  "personal data; neutral.")

S("pexa", "look4", ("Ormond Pike Solicitors", "ormondpike.co.uk", "Office Manager"), L(c=True, cat="fees_charges"),
  "Duplicate charge on invoice INV-UK-0411-3380",
  ["Invoice INV-UK-0411-3380 charges us twice for workspace 72-44102: once at £28.00 and again at £28.00 with a "
   "different line reference. There was only one settlement.",
   "Please remove the duplicate line, send a corrected invoice and confirm the credit. This is the second billing "
   "mistake this quarter and I'd rather not have to check every line every month."],
  "Removing a duplicate charge and correcting an invoice are about fees, not personal data (no right); a repeated "
  "billing error with a remedy demanded is an implicit fees_charges complaint.")

S("pexa", "look5", ("Tessellate Compliance", "tessellatecompliance.co.uk", "Partnerships Lead"), L(),
  "GDPR awareness training for your complaints team",
  ["I came across your published complaints handling policy while researching property technology firms, and noticed "
   "how much of it deals with personal data complaints and rights requests.",
   "We run half-day UK GDPR and data protection workshops for complaints and customer service teams, including how to "
   "recognise subject access and erasure requests when they arrive in ordinary mail. I'd be glad to send a short "
   "outline and prices, or arrange a call with whoever looks after training.",
   "Best wishes"],
  "A supplier's individually written sales approach that talks about GDPR and rights requests asks for no right and "
  "is neither a complaint nor bulk mail.")

S("pexa", "look5", ("Ashby Fell LLP", "ashbyfell.co.uk", "Compliance Officer (COLP)"), L(),
  "Supplier due diligence - data protection questions",
  ["As part of our annual supplier review I need to update our file on PEXA. Could you let me have:",
   "- a copy of the current data processing terms between PEXA and participant firms;\n- confirmation of where "
   "workspace data is hosted and whether any of it leaves the UK;\n- your ICO registration number;\n- the date of your "
   "most recent information security certification.",
   "This is routine and not prompted by any issue."],
  "A firm's supplier due-diligence questions about PEXA's data protection arrangements are not a data subject asking "
  "about their own data, so rights=[] despite 'a copy' and 'where data is hosted'.")

S("pexa", "look5", ("PEXA", "pexa.co.uk", "Customer Onboarding"), L(),
  "Quick question for the complaints team",
  ["I'm new in onboarding and a participant asked me on a call today whether PEXA's privacy notice for users has been "
   "updated since the change in data protection law last year. I said I'd find out rather than guess. Do you know who "
   "owns the privacy notice, and is there a version history I can point people to?",
   "Thanks, and sorry if this should have gone to legal instead."],
  "A colleague's internal question about who owns the privacy notice mentions data protection but nobody asks for a "
  "right about their own data; not a complaint.")

S("pexa", "look2", None, L(),
  "PEXA fee on my completion statement",
  ["My solicitor's completion statement for my purchase includes a line 'PEXA settlement fee £24'. I'd not heard of "
   "PEXA before this. What is the fee for, who charges it, and is it normal for the buyer to pay it? I'd like to "
   "understand before I sign off the statement."],
  "A buyer's neutral question about a fee on her completion statement is about charges, not about her personal data, "
  "so no right and no complaint.",
  subj="What is the PEXA settlement fee on my completion statement for?")

S("pexa", "look1", ("Bexley Moor Conveyancing", "bexleymoor.co.uk", "Training Coordinator"),
  L(c=True, cat="training"),
  "Training certificates issued in our old name - again",
  ["We changed our trading name from Bexley & Moor to Bexley Moor Conveyancing last autumn and sent you the Companies "
   "House paperwork at the time. The certificates for the six staff who completed your settlement training in March "
   "have all been issued in the old name, just as December's were.",
   "Our lender panels check these certificates. Please amend the firm name on your training records and reissue all "
   "six certificates, and correct whatever keeps reverting it."],
  "The firm's trading name on training certificates is a business record, so 'amend' and 'correct' invoke no right; a "
  "second failure with a remedy demanded is an implicit training complaint.")

# =============================================================================================
# Conexus: look-alikes (20)

S("conexus", "look4", None, L(c=True, cat="debt_dispute"),
  "Your records are wrong - I paid £300 in March",
  ["Your latest statement for my Northline Energy account (ref CX-5092318) shows a balance of £746.20. On 8 March I "
   "paid you £300 by card over the phone. I have the bank statement showing the payment to Conexus, and the agent gave "
   "me a confirmation number, 55820.",
   "The balance should be £446.20. Please correct your records and send me an updated statement. I don't want to be "
   "chased for money I've already paid."],
  "A payment not credited is a dispute about the amount owed: 'correct your records' means fix the balance, which the "
  "guide treats as debt_dispute (like 'fix the balance'), not rectification of personal data.")

S("conexus", "look4", ("Harbourside Advice Centre", "harboursideadvice.org.uk", "Money Adviser"), L(tp=True),
  "Client Mr Lewis Fenwick, CX-3470091 - balance and 30-day hold",
  ["We are now advising Mr Lewis Fenwick (authority attached) and are preparing a financial statement with him.",
   "Please send us the current balance and a statement of account showing payments since the account was passed to "
   "you. Please also put the account on hold for 30 days while we complete the financial statement, and direct all "
   "contact through this office during that time.",
   "We expect to come back to you with a proposal by the end of the month."],
  "A money adviser (third_party) asks for a balance, a statement of account and a 30-day collections hold, which are "
  "account requests under section 4, not access or restriction of processing; neutral.")

S("conexus", "look4", None, L(),
  "Proof of debt please",
  ["I've had a letter from you saying I owe Pennant Mobile £389.55 (ref CX-8204716). I don't recognise this. I had a "
   "Pennant contract years ago but I thought it was closed.",
   "Before I pay anything, please send me proof that this debt is mine: a copy of the signed agreement, the date the "
   "account was closed, and how the figure is made up. I'll pay if it's genuinely owed."],
  "Asking for proof of the debt (the agreement and how the figure is made up) is a debt verification request, not a "
  "request for a copy of the personal data held, and it is asked neutrally, so no complaint.")

S("conexus", "look4", None, L(c=True, cat="collection_conduct"),
  "Payment plan refused by your agent",
  ["I rang yesterday to offer £25 a month towards the Sterling Credit balance. That's what my adviser's budget says I "
   "can manage. The agent said it was 'too low', wouldn't tell me what amount would be accepted, and told me to "
   "'borrow it from family'. I felt about two inches tall.",
   "I want my offer looked at again by a manager, not the same agent, and I'd like to know what information you need "
   "from me to set up the plan."],
  "A payment plan refused by a person, with a manager review asked for, is no automated_decision, and 'what "
  "information you need from me' is about the process, not data held; an implicit collection_conduct complaint.")

S("conexus", "look4", ("Kendrick Marr Solicitors", "kendrickmarr.co.uk", "Solicitor"),
  L(c=True, ex=True, tp=True, cat="debt_dispute"),
  "Formal complaint - statute-barred account, our client Mr Aled Probert",
  ["We act for Mr Aled Probert and enclose his authority.",
   "You are pursuing Mr Probert for £2,140 said to be owed to Sterling Credit Loans. Our client's last payment to "
   "Sterling was in 2015 and he has made no written acknowledgement since. The debt is statute-barred under the "
   "Limitation Act 1980. Please treat this letter as a formal complaint.",
   "We require you to cease all collection activity, confirm that the account has been closed and returned to your "
   "client, and update your account status to show it is no longer being pursued."],
  "A solicitor's formal complaint (third_party) that the debt is statute-barred is debt_dispute; updating the account "
  "status and closing it are collection remedies, not rectification or erasure.")

S("conexus", "look4", None, L(),
  "balance + payment date",
  ["hi, can you tell me what's left to pay on CX-2638850? and can I change my payment date from the 1st to the 28th as "
   "I'm getting paid on a different day now. thanks"],
  "Asking the balance and to change a payment date is an account request, not a data right ('change' is not "
  "rectification here); neutral.",
  subj="balance left on CX-2638850? and can I move my payment date to the 28th", bare=True)

S("conexus", "look1", ("Northline Energy", "northlineenergy.co.uk", "Recoveries Placement Analyst"), L(),
  "Placement batch NLE-0322 - corrections and withdrawals",
  ["Three issues with the batch of 41 accounts we placed with you on 22 March:",
   "1. Eleven accounts were sent with balances that include a disputed standing charge. The corrected balances are in "
   "the attached file, so please amend them before any letters go out.\n2. Accounts NLE-883102, NLE-883117 and "
   "NLE-883149 were placed in error (two are in a payment arrangement with us, one customer has died). Please withdraw "
   "them and delete them from the batch.\n3. Two accounts have the wrong customer reference in column C; corrected "
   "references are in the same file.",
   "Please confirm once updated."],
  "A creditor client's instructions to amend, withdraw and delete accounts in a placement batch are business records "
  "handled for its own firm, not a data subject's request, so rights=[] and not third_party.")

S("conexus", "look1", ("Sterling Credit Loans", "sterlingcreditloans.co.uk", "Agency Manager"),
  L(c=True, cat="inaccurate_information"),
  "Remittance report errors - third month",
  ["The February remittance report from Conexus again lists payments against the wrong account references for about "
   "a dozen customers, so our cash allocation team has to match them by hand. The same problem happened in December "
   "and January, and each time we were told it had been fixed.",
   "Please send a corrected February report by Friday, and I'd like someone senior to explain what is going wrong and "
   "what will be different next month."],
  "A creditor's demand for a corrected remittance report is about a business report, not personal data; repeated "
  "wrong figures with a remedy demanded make an implicit inaccurate_information complaint.")

S("conexus", "look1", None, L(c=True, cat="inaccurate_information"),
  "Payment made with the reference on your letter - not showing",
  ["I paid £50 on 2 April using the reference printed on your letter, CX-7140025. It still hasn't appeared on my "
   "account and an agent told me today that reference belongs to someone else and mine is CX-7140052. So your own "
   "letter had the wrong number on it.",
   "Please find my payment, move it onto the right account, and update the reference on your letters so it doesn't "
   "happen again. I don't want a missed payment recorded because of your mistake."],
  "Moving a misallocated payment and fixing the payment reference printed on letters concern a payment reference, not "
  "the writer's personal data; wrong information given is an implicit inaccurate_information complaint.")

S("conexus", "look1", ("Crossway Money Advice", "crosswaymoneyadvice.org.uk", "Casework Supervisor"), L(tp=True),
  "Client Mrs Hazel Munro, CX-4417038 - our new address and case reference",
  ["We continue to act for Mrs Hazel Munro.",
   "Our office moved on 1 April. Please update your records so that correspondence for this case comes to Crossway "
   "Money Advice, Unit 4, Marlow Yard, Halford HF3 1RT, and note that our internal case reference has changed from "
   "CMA/2291 to CMA/24-0615. The old PO box will close at the end of the month.",
   "No other changes; Mrs Munro's payments continue as agreed."],
  "An adviser acting for a client (third_party) updates the advice agency's own address and case reference, which is "
  "the firm's data, not the client's, so 'update your records' is no rectification.")

S("conexus", "look2", None, L(),
  "Who owns my debt now?",
  ["I had a letter from Heathcote Bank saying my overdraft had been 'assigned', and now one from you. I'm confused. Is "
   "the debt now owed to Conexus, or are you collecting it for Heathcote? And if I've already set up a standing order "
   "to Heathcote, do I need to cancel it and pay you instead?",
   "Ref on your letter: CX-9013357."],
  "Asking who a debt belongs to and whom to pay is a neutral question about the account, not about where personal "
  "data came from or how it is used.",
  short="Is my Heathcote overdraft now owed to you, or are you collecting for Heathcote? Do I cancel my standing order "
        "to them? Ref CX-9013357")

S("conexus", "look2", ("Office of Helen Marchetti MP", "parliament.uk", "Caseworker"),
  L(c=True, tp=True, cat="collection_conduct"),
  "Constituent Mr Tobias Reyes - hardship request refused",
  ["We are writing on behalf of our constituent, Mr Tobias Reyes, with his consent.",
   "Mr Reyes asked Conexus to suspend collection for three months after his wife's death in January. He tells us that "
   "an agent refused the request over the phone and said it 'did not meet the criteria'. He has had no letter "
   "explaining the decision and he is still receiving calls every few days.",
   "Could you explain how the decision on his hardship request was made, what the criteria are, and how he can ask for "
   "it to be reconsidered? We would also like to know the timescale for a response."],
  "An MP's office (third_party) asks how an agent's hardship decision was made and how to appeal, which is about a "
  "case decision, not personal data or an automated decision; the treatment of a bereaved debtor is an implicit "
  "collection_conduct complaint.")

S("conexus", "look2", None, L(c=True, ex=True, cat="delay"),
  "Re: Your complaint CX-COMP-71408",
  ["It is now nine weeks since I made my complaint about the Lumen Water account and I've heard nothing except the "
   "acknowledgement. What stage is my complaint at, who is dealing with it, and what information are you still "
   "waiting for? If it's something from me, nobody has asked for it.",
   "I'd like an answer this week."],
  "A nine-week chaser asking the status of a complaint and 'what information' is still awaited is an explicit delay "
  "complaint about the case, with no question about personal data held.",
  quote=("Conexus Customer Relations <customerrelations@conexus.co.uk>",
         "Dear Customer,\n\nThank you for contacting us. We have logged your complaint under reference {ref} and will "
         "send our final response within 8 weeks.\n\nConexus Customer Relations"))

S("conexus", "look2", None, L(),
  "What does 'pre-legal review' mean?",
  ["Your latest letter about my Westbury Council tax arrears says my account has been 'moved to pre-legal review'. What "
   "does that mean in practice, what happens next, and how long do I have before anything else happens? I'm on a "
   "payment plan with the council for the current year and want to understand where I stand before I ring you.",
   "Ref CX-6605119."],
  "A neutral question about what a collection stage means and what happens next is about the process, not the "
  "writer's personal data.",
  short="Letter says my Westbury Council account has gone to 'pre-legal review' - what does that mean and what happens "
        "next? Ref CX-6605119")

S("conexus", "look3", None, L(c=True, pd=True, br=True, cat="personal_data"),
  "You discussed my debt with my colleague",
  ["On Tuesday one of your agents phoned the main number at my work and asked for me by name. My colleague said I was "
   "at lunch and asked if she could take a message, and your agent told her it was about 'an outstanding balance with "
   "Pennant Mobile' and asked her to make sure I called back 'before further action'. She mentioned it in front of two "
   "other people.",
   "I'm mortified. I want an apology, and I want to know that your staff have been told not to discuss people's debts "
   "with whoever answers the phone. Do not ring my work number again."],
  "Disclosure of the debt to a colleague is a breach inside an implicit personal-data complaint, but the writer asks "
  "only for an apology, assurance and no calls to work (conduct remedies), so rights=[].")

S("conexus", "look3", ("Redfern Housing Trust", "redfernhousing.org.uk", "Income Support Officer"),
  L(c=True, tp=True, cat="service_quality"),
  "Refused to speak to me despite signed authority - Mr Kyle Bannister",
  ["I support Mr Kyle Bannister, one of our tenants, with his money matters, and we sent you his signed third-party "
   "authority on 3 March (your email confirmed receipt).",
   "I phoned yesterday to discuss a repayment plan for him and was told your agent 'couldn't discuss anything because "
   "of GDPR'. I explained the authority was on file; the agent said he couldn't see it and ended the call. This is the "
   "second time it has happened.",
   "Please call me back so we can discuss the plan, and make sure your agents can find third-party authorities on your "
   "system. Mr Bannister is anxious and we are trying to stop this escalating."],
  "A housing officer (third_party) unhappy that an agent cited GDPR to refuse to talk makes an implicit service_quality "
  "complaint asking for a call back, with no request about the tenant's data.")

S("conexus", "look3", None, L(c=True, ex=True, cat="collection_conduct"),
  "Complaint - you ignored what I told you about my health",
  ["I want to complain about how my account has been handled. In March I told your agent that I have severe anxiety, "
   "that I'm on Universal Credit, and that phone calls make things much worse, and asked for contact by letter. She "
   "said she would put it on the account.",
   "Since then I have had five calls, one from an agent who didn't seem to know anything about what I'd said and asked "
   "me the same questions again. Either it wasn't noted or nobody reads it.",
   "I want contact by letter only, as I asked, and an explanation of why it was ignored."],
  "An explicit complaint about a vulnerable customer's contact being ignored is collection_conduct; letters only and "
  "an explanation are conduct remedies, not a request about the data held.")

S("conexus", "look5", ("Pennant Mobile", "pennantmobile.co.uk", "Supplier Assurance Manager"), L(),
  "Annual supplier assurance - data protection evidence",
  ["It's time for our annual assurance review of collection agencies. Please send the following by 30 April:",
   "- your current ICO registration certificate;\n- a summary of data protection training completed by collection staff "
   "this year;\n- your log of data subject requests received about Pennant accounts, with response times;\n- "
   "confirmation that the data processing agreement signed in 2023 is still accurate, or any changes.",
   "Let me know if a call would be easier."],
  "A creditor client's assurance request for data protection evidence mentions data subject requests but makes none "
  "for anyone's own data; neutral, and staff writing for their own firm are not third_party.")

S("conexus", "look5", ("Lantern Debt Support", "lanterndebt.org.uk", "Debt Adviser"), L(tp=True),
  "Client Ms Chloe Ambrose, CX-5539870 - payment date",
  ["Our client Ms Chloe Ambrose would like to move her monthly payment from the 5th to the 15th, starting next month, "
   "to fit her new pay date. The amount stays at £35. Could you confirm that this is fine and that it won't be treated "
   "as a missed payment?"],
  "An adviser's payment-date request for a client (third_party) carries a privacy footer listing rights to access, "
  "correct or delete, but a disclaimer asks for nothing, so rights=[].",
  footer="Lantern Debt Support processes personal data in line with the UK GDPR and the Data Protection Act 2018. "
         "Details of how we use client information, and of clients' rights to access, correct or delete it, are in our "
         "privacy notice at lanterndebt.org.uk/privacy. This email is confidential and intended only for the "
         "addressee.")

S("conexus", "look5", None, L(),
  "Thank you - and your privacy page",
  ["Just a quick note to say thank you to Devika, who handled my call on Monday about the Lumen Water account. She was "
   "patient, explained everything, and the plan she set up is one I can actually manage.",
   "I also read your privacy page before calling, as I was nervous about what you'd do with my information, and it was "
   "clear and easy to follow. Nothing to ask, I just wanted someone to pass on the thanks."],
  "Praise that mentions reading the privacy page asks for nothing, so no right and no complaint.")


# =============================================================================================
# envelopes

WOMEN = ["Abigail", "Aisling", "Amara", "Bethan", "Caitlin", "Ciara", "Dominika", "Elif", "Fatima", "Gemma",
         "Harriet", "Imogen", "Jasmin", "Kavita", "Laila", "Mairead", "Nadia", "Olwen", "Petra", "Rhiannon",
         "Saoirse", "Shauna", "Tegan", "Vanessa", "Yasmin", "Zara", "Beatrix", "Delyth", "Freya", "Jodie", "Hollie"]
MEN = ["Aditya", "Alun", "Bilal", "Callum", "Chidi", "Dafydd", "Eamon", "Ellis", "Fergus", "Gethin", "Hamza",
       "Isaac", "Joel", "Keir", "Lorcan", "Marek", "Niall", "Oren", "Rashid", "Ronan", "Tariq", "Umar", "Wiktor",
       "Zoltan", "Cormac", "Emeka", "Gideon", "Hugo", "Ishaan", "Kwame"]
FIRST_NAMES = WOMEN + MEN
LAST_NAMES = ["Abernethy", "Achterberg", "Bannerman", "Blackwood", "Chaudhry", "Cresswell", "Dabrowski", "Drummond",
              "Ellery", "Fairbairn", "Fenwick", "Gallacher", "Goldsworthy", "Hargreaves", "Hussain", "Ingleby",
              "Jaworski", "Kavanagh", "Kaur", "Lindgren", "Lockhart", "Macaulay", "Mensah", "Nakamura", "Northcott",
              "Okonkwo", "Osei", "Pemberton", "Quarmby", "Radcliffe", "Rahman", "Sandford", "Sheridan", "Szabo",
              "Thackeray", "Tiwari", "Underwood", "Varga", "Wainwright", "Whitlock", "Yardley", "Zielinski",
              "Appleyard", "Brannigan", "Coutts", "Dunleavy", "Eastwood", "Farrant", "Greenhalgh", "Holroyd"]
WEBMAIL = ["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.co.uk", "btinternet.com", "icloud.com", "proton.me",
           "sky.com", "virginmedia.com", "talktalk.net", "fastmail.co.uk", "live.co.uk"]
GREETINGS = {
    "pexa": ["Hello,", "Hi,", "Dear Sir or Madam,", "Good morning,", "Dear PEXA team,", "To whom it may concern,",
             "Hi there,", None],
    "conexus": ["Hello,", "Hi,", "Dear Sir or Madam,", "Dear Conexus,", "Good afternoon,", "To whom it may concern,",
                "Dear Sirs,", None],
}
CLOSINGS = ["Kind regards,", "Regards,", "Many thanks,", "Thanks,", "Best wishes,", "Yours faithfully,",
            "Thank you,", None]
ORG_FOOTERS = [
    "This email and any attachments are confidential and may contain personal data. If you have received it in error, "
    "please tell the sender and delete it.",
    "Confidentiality notice: this message is intended for the addressee only. If you are not the addressee, please "
    "notify us and delete it. We process personal data in accordance with our privacy notice.",
    "Please consider the environment before printing this email.",
]
QUOTES = {
    "pexa": [
        ("PEXA Support <support@pexa.co.uk>",
         "Thank you for contacting PEXA Support. Your case number is {ref}. A member of the team will respond within "
         "two business days.\n\nPEXA Support"),
        ("PEXA Customer Resolution <resolution@pexa.co.uk>",
         "Dear Customer,\n\nThank you for your message, which we have logged under reference {ref}. If it concerns "
         "personal data, our privacy notice explains how to request a copy of your data or ask us to correct or delete "
         "it.\n\nCustomer Resolution Team"),
        ("PEXA Support <support@pexa.co.uk>",
         "Hello,\n\nThanks for getting in touch. Could you reply with the workspace number and the names of the "
         "participants involved so we can look into this? Your reference is {ref}.\n\nKind regards\nPEXA Support"),
    ],
    "conexus": [
        ("Conexus Customer Services <customerservices@conexus.co.uk>",
         "Thank you for your email. Your reference is {ref}. We aim to reply within five working days.\n\nConexus "
         "Customer Services"),
        ("Conexus <customerservices@conexus.co.uk>",
         "Dear Customer,\n\nWe have received your message and added it to your account. If you wish to discuss your "
         "account please call us on 03069 990142 quoting {ref}.\n\nKind regards\nConexus"),
        ("Conexus Data Protection <dataprotection@conexus.co.uk>",
         "Dear Customer,\n\nThank you for your enquiry (ref {ref}). You can ask for a copy of your personal data at any "
         "time; details are in our privacy notice.\n\nConexus Data Protection Team"),
    ],
}
MONTHS = ["January", "February", "March", "April"]
BASE_ENVS = ["plain", "plain", "plain", "html", "reply", "reply", "reply_html"]


def clean(s):
    return "".join(ch for ch in s.lower() if ch.isalpha())


def sender_of(rng, writer, fem):
    first, last = rng.choice(WOMEN if fem else FIRST_NAMES), rng.choice(LAST_NAMES)
    f, l = clean(first), clean(last)
    if writer is None:
        user = [f"{f}.{l}", f"{f[0]}.{l}", f"{f}{l}{rng.randrange(10, 99)}", f"{l}.{f}",
                f"{f}_{l[:4]}{rng.randrange(1, 9)}"][rng.randrange(5)]
        addr = f"{user}@{rng.choice(WEBMAIL)}"
    else:
        user = [f"{f}.{l}", f"{f[0]}.{l}", f"{f}{l[0]}"][rng.randrange(3)]
        addr = f"{user}@{writer[1]}"
    return first, last, addr


def signature(rng, first, last, writer, short):
    if writer is None:
        if short:
            return [None, first, f"{first} {last}", "Sent from my phone"][rng.randrange(4)]
        return [f"{first} {last}", first, f"{first[0]}. {last}"][rng.randrange(3)]
    sig = f"{first} {last}\n{writer[2]}\n{writer[0]}"
    if not short and rng.random() < 0.5:
        sig += f"\nT: 0113 496 0{rng.randrange(100, 999)}"
    return sig


def render(sc, rng, base, typo):
    writer = sc["writer"]
    first, last, addr = sender_of(rng, writer, sc["fem"])

    def fill(s):
        return s.replace("{FIRST}", first).replace("{LAST}", last).replace("{EMAIL}", addr)

    short = base == "short" or sc["bare"]
    if base == "subject_only":
        subject_m, body_m = fill(sc["subj"]), ""
    else:
        subject_m = fill(sc["subject"])
        body_m = fill(sc["short"] if base == "short" else sc["text"])
        if typo:
            body_m = typos_outside_marks(body_m, rng, MARK_RIGHTS, 0.3)
        parts = []
        greet = None if short else rng.choice(GREETINGS[sc["mailbox"]])
        if greet:
            parts.append(greet)
        parts.append(body_m)
        closing = None if short else rng.choice(CLOSINGS)
        last_para = sc["text"].split("\n\n")[-1]
        if base != "short" and len(last_para) < 45 and last_para.startswith(("Thank", "Many thanks", "Best wishes")):
            closing = None  # the letter already ends with its own thanks
        sig = signature(rng, first, last, writer, short)
        if closing and sig:
            parts.append(closing + "\n" + sig)
        elif sig:
            parts.append(sig)
        if sc["footer"]:
            parts.append(sc["footer"])
        elif writer is not None and not short and rng.random() < 0.35:
            parts.append(rng.choice(ORG_FOOTERS))
        body_m = "\n\n".join(parts)
    quote, headers = None, {}
    if base in ("reply", "reply_html"):
        who, text = sc["quote"] or rng.choice(QUOTES[sc["mailbox"]])
        date = f"{rng.randrange(2, 28)} {rng.choice(MONTHS)} 2026"
        if rng.random() < 0.6:
            head = f"On {date}, {who} wrote:"
        else:
            head = "-----Original Message-----"
            text = f"From: {who.split(' <')[0]}\nSent: {date}\nSubject: {strip_marks(subject_m, MARK_RIGHTS)}\n\n{text}"
        quote = (head, text)
        domain = "pexa.co.uk" if sc["mailbox"] == "pexa" else "conexus.co.uk"
        headers = {"in-reply-to": f"<{rng.randrange(10 ** 8, 10 ** 9)}.{sc['mailbox']}@{domain}>"}
    env = base + ("+typos" if typo else "")
    return finish_marked_record(
        rng, mailbox=sc["mailbox"], sender=f"{first} {last} <{addr}>",
        subject=strip_marks(subject_m, MARK_RIGHTS), body=strip_marks(body_m, MARK_RIGHTS),
        html=base in ("html", "reply_html"), quote=quote, subject_marks=rights_marks_of(subject_m),
        body_marks=rights_marks_of(body_m), labels=sc["labels"], note=sc["note"], source=sc["source"], env=env,
        headers=headers)


def envelopes(sc, rng):
    special = (["short"] if sc["short"] else []) + (["subject_only"] if sc["subj"] else [])
    if special:
        pair = [rng.choice(special), rng.choice(BASE_ENVS)]
        if rng.random() < 0.5:
            pair.reverse()
    else:
        e1 = rng.choice(BASE_ENVS)
        pair = [e1, rng.choice([e for e in BASE_ENVS if e != e1])]
    return [(b, b != "subject_only" and rng.random() < 0.3) for b in pair]


def build(rng):
    records = []
    for sc in SCENARIOS:
        for base, typo in envelopes(sc, rng):
            records.append(render(sc, rng, base, typo))
    return records


def check_scenarios():
    """The mix the brief asks for, checked before anything is written."""
    assert len(SCENARIOS) == 80
    for mb in ("pexa", "conexus"):
        assert sum(s["mailbox"] == mb for s in SCENARIOS) == 40
    rights_sc = [s for s in SCENARIOS if s["kind"] == "right"]
    looks = [s for s in SCENARIOS if s["kind"] != "right"]
    assert len(rights_sc) == 40 and all(s["labels"]["rights"] for s in rights_sc)
    assert len(looks) == 40 and not any(s["labels"]["rights"] for s in looks)
    per = Counter(r for s in rights_sc for r in s["labels"]["rights"])
    assert per["informed"] >= 14 and per["rectification"] >= 14, per
    assert all(per[r] >= 2 for r in RIGHTS), per
    kinds = Counter(s["kind"] for s in looks)
    assert kinds["look1"] + kinds["look2"] + kinds["look4"] >= 28, kinds
    for s in SCENARIOS:
        for field in ("text", "short", "subj"):
            t = s[field]
            if t:
                got = {r for r, _ in rights_marks_of(t)}
                assert got == set(s["labels"]["rights"]), (s["source"], field, got)
    assert len({s["source"] for s in SCENARIOS}) == 80


def summary(records, env_counts):
    srcs = {s["source"]: s for s in SCENARIOS}
    lines = [f"wrote {os.path.relpath(OUT, ROOT)}: {len(records)} emails from {len(srcs)} scenarios"]
    for mb in ("pexa", "conexus"):
        lines.append(f"  {mb}: {sum(r['mailbox'] == mb for r in records)} emails")
    lines.append("  per right (emails / scenarios):")
    for right in RIGHTS:
        e = sum(right in r["labels"]["rights"] for r in records)
        s = sum(right in sc["labels"]["rights"] for sc in SCENARIOS)
        lines.append(f"    {right}: {e} / {s}")
    looks = [sc for sc in SCENARIOS if sc["kind"] != "right"]
    lines.append(f"  look-alike scenarios: {len(looks)} (kinds {dict(sorted(Counter(s['kind'] for s in looks).items()))}; "
                 f"complaints {sum(s['labels']['complaint'] for s in looks)})")
    lines.append(f"  complaints: {sum(r['labels']['complaint'] for r in records)} emails / "
                 f"{sum(s['labels']['complaint'] for s in SCENARIOS)} scenarios "
                 f"({sum(s['labels']['explicit'] for s in SCENARIOS)} explicit)")
    lines.append(f"  third party: {sum(r['labels']['third_party'] for r in records)} emails / "
                 f"{sum(s['labels']['third_party'] for s in SCENARIOS)} scenarios")
    lines.append(f"  individual writers: {sum(s['writer'] is None for s in SCENARIOS)} scenarios, "
                 f"at work or for others: {sum(s['writer'] is not None for s in SCENARIOS)}")
    lines.append(f"  envelopes: {dict(sorted(env_counts.items()))}")
    return "\n".join(lines)


def main():
    check_scenarios()
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=marked_record_errors, train_labels=["rights", "complaint"])


if __name__ == "__main__":
    sys.exit(main())
