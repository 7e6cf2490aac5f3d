#!/usr/bin/env python3
"""Evaluation set: absence and notice wording in a message's own text (stdlib only).

Writes data/trials/absence_right_judge_b.jsonl: 60 scenarios (30 per mailbox), each rendered twice with
different envelopes drawn from one seeded random.Random, 120 emails.

* Group P (arb-P01 ... arb-P30): written by a person who mentions, in their own text, that they are or will be
  away (holiday, hospital, leave, moving house, travelling for work) or mentions an automatic notice they got,
  while writing about their own business with the firm. 24 of the 30 ask for a data right; each request sentence
  is marked inline as [[right|sentence]] and becomes a request_sentences mark.
* Group M (arb-M01 ... arb-M30): machine-made mail (out-of-office and leave replies, automatic acknowledgements,
  ticket and portal notices, one bulletin). 23 of them speak of data rights as information; 21 carry no automatic
  header and come from an ordinary-looking address. auto_generated=true and nothing else is set.

Every label follows the labelling guide (/work/shared/labelling); each scenario's note names the rule used.
Run from the repository root:  .venv/bin/python data/make/make_absence_right_judge_b.py
"""
import os
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (MARK_RIGHTS, RIGHTS, finish_marked_record, marked_record_errors,  # noqa: E402
                           rights_marks_of, run_generator, short_labels, strip_marks, typos_outside_marks)

SEED = 20281202
PREFIX = "arb"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "absence_right_judge_b.jsonl")

# ---------------------------------------------------------------------------------------------
# envelope material (all invented)

NAMES = [
    ("Harriet", "Colville"), ("Imran", "Baig"), ("Lucy", "Ashworth"), ("Tomasz", "Nowicki"), ("Grace", "Mbeki"),
    ("Owen", "Prothero"), ("Sinead", "Gallagher"), ("Daniel", "Achterberg"), ("Fiona", "Mackintosh"),
    ("Kwame", "Asante"), ("Beatrice", "Lomax"), ("Ravi", "Chaudhry"), ("Megan", "Tillotson"), ("Stuart", "Renfrew"),
    ("Aoife", "Brennan"), ("Jonah", "Whitlock"), ("Priyanka", "Desai"), ("Gareth", "Llewellyn"), ("Chloe", "Varga"),
    ("Femi", "Adeyemi"), ("Rosalind", "Hythe"), ("Callum", "Strachan"), ("Eleni", "Papadakis"), ("Martin", "Oakes"),
    ("Nadia", "Haddad"), ("Phil", "Gorton"), ("Yasmin", "Sheikh"), ("Declan", "Furlong"), ("Hannah", "Quarrie"),
    ("Bogdan", "Ilie"), ("Joanne", "Pilkington"), ("Samuel", "Okoro"), ("Ingrid", "Sorensen"), ("Lewis", "Carrick"),
    ("Maya", "Raman"), ("Terence", "Blakeley"), ("Zofia", "Kaminska"), ("Ewan", "Drummond"), ("Abigail", "Ferris"),
    ("Hassan", "Mirza"), ("Ruth", "Ellingham"), ("Connor", "McAvoy"), ("Leila", "Rostami"), ("Graham", "Thwaite"),
    ("Natalie", "Kerr"), ("Oluwaseun", "Bello"), ("Kirsty", "Dunmore"), ("Adrian", "Pell"),
]
PERSONAL_DOMAINS = ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "icloud.com", "hotmail.co.uk",
                    "proton.me", "sky.com"]
GREETINGS = {
    "pexa": ["Hello,", "Hi,", "Dear PEXA team,", "Good morning,", "Dear Sir or Madam,", "Hi there,"],
    "conexus": ["Hello,", "Dear Sir or Madam,", "Dear Conexus,", "Hi,", "Good afternoon,", "To whom it may concern,"],
}
SIGNOFFS = ["Kind regards,\n%N%", "Thanks,\n%F%", "Many thanks,\n%N%", "Best wishes,\n%N%", "Regards,\n%N%",
            "Thank you,\n%F%"]
HEADERS_OOO = [
    {"auto-submitted": "auto-replied", "x-autoreply": "yes"},
    {"auto-submitted": "auto-replied", "x-auto-response-suppress": "All"},
    {"auto-submitted": "auto-replied", "precedence": "auto_reply"},
]
HEADERS_GEN = [
    {"auto-submitted": "auto-generated"},
    {"auto-submitted": "auto-generated", "return-path": "<>"},
]
HEADERS_BULK = [
    {"precedence": "bulk", "list-id": "<bulletin.conveyancingdataforum.org.uk>",
     "list-unsubscribe": "<mailto:leave@conveyancingdataforum.org.uk>"},
    {"precedence": "bulk", "list-id": "Forum bulletin <bulletin.conveyancingdataforum.org.uk>"},
]

ENVS = ("plain", "html", "quote", "html+quote", "typo", "typo+quote", "short", "short+html")

PEXA_SUPPORT = "PEXA Support <support@pexa.co.uk>"
CX_SERVICE = "Conexus Customer Services <support@conexus-services.com>"


def S(sid, mailbox, sender, subject, body, lab, note, quote=None, short=None, headers=None):
    """One scenario. sender: ("personal",) | ("work", domain) | ("func", [display names], [addresses]).
    quote: (subject of the firm's earlier message, header line, its text with {ref}); headers: a list of variants."""
    return {"id": sid, "mailbox": mailbox, "sender": sender, "subject": subject, "body": body, "labels": lab,
            "note": note, "quote": quote, "short": short, "headers": headers}


L = short_labels
AUTO = L(auto=True)

# ---------------------------------------------------------------------------------------------
# Group P: people who mention an absence or a notice in their own text

P = [
    S("arb-P01", "pexa", ("personal",), "Training records and closing my user account",
      "%G%\n\nI've been a PEXA user at Calderstone Law for four years and I leave the firm at the end of this month "
      "to join an in-house team that doesn't use the platform.\n\n"
      "[[portability|Could you send me my training history and course certificates from my user profile as a CSV or "
      "JSON file that I can upload to my new employer's learning system?]] [[erasure|Once you've sent it, please "
      "delete my user account and the personal details attached to it.]]\n\n"
      "I'm on holiday from the 18th until 2 August, so there's no rush at all.\n\n%S%",
      L(r="portability,erasure"),
      "A neutral request: a machine-readable file to load into another system is portability and deleting the "
      "account is erasure; the holiday line is the writer's own aside, so not auto_generated and not a complaint.",
      short="%G%\n\nLeaving Calderstone Law this month. [[portability|Could you send me my training history and "
            "course certificates from my user profile as a CSV or JSON file that I can upload to my new employer's "
            "learning system?]] [[erasure|Once you've sent it, please delete my user account and the personal "
            "details attached to it.]]\n\nAway until 2 August, no rush.\n\n%S%"),
    S("arb-P02", "pexa", ("work", "tvmortgages.co.uk"), "Name change on my user profile",
      "%G%\n\nBefore I go on leave - I'm getting married on the 6th and I am on leave from 1 June until 19 June - "
      "could I sort out my user details?\n\n"
      "[[rectification|Please change the surname on my PEXA user profile from %L% to Fairbairn and update the email "
      "address on it once our IT team have set up the new one.]] I'll send the new address when I have it.\n\n"
      "%S%\nCompletions Officer, Thames Valley Mortgages",
      L(r="rectification"),
      "Changing the surname on her own profile is rectification; no dissatisfaction, so not a complaint, and the "
      "leave dates are her own news inside a person's request, not an out-of-office.",
      quote=("Your PEXA user details", "On 14 May 2026, PEXA Support <support@pexa.co.uk> wrote:",
             "Thank you for your call today. As discussed, user details can be changed by email to this address.\n"
             "Ticket reference: PX-{ref}")),
    S("arb-P03", "pexa", ("personal",), "Why am I getting emails from PEXA?",
      "%G%\n\nI'm travelling for work until the 14th so I'm writing from my phone. I've just had an email from PEXA "
      "that says it was sent automatically, telling me 'funds have been confirmed' on our purchase of 22 Fenwick "
      "Close. I didn't know PEXA existed until today - our solicitor handles everything.\n\n"
      "[[informed|Could you explain where you got my email address and what you use my details for?]] I'm not "
      "worried, I'd just like to understand who holds what before we complete.\n\n%S%",
      L(r="informed"),
      "A neutral question about the source and purpose of his data is the right to be informed; 'sent "
      "automatically' describes a notice he received, he writes himself, and there is no grievance.",
      quote=("Funds confirmed - 22 Fenwick Close", "On 6 July 2026, PEXA Notifications <notify@pexa.co.uk> wrote:",
             "This message was sent automatically. Funds have been confirmed for workspace 31-{ref}.\n"
             "Please do not reply to this email.")),
    S("arb-P04", "pexa", ("work", "brightwaterconveyancing.co.uk"), "New user registration declined again",
      "%G%\n\nOur supervising partner is on leave from 9 March until 20 March, so I'm writing for the firm. We joined "
      "as a new subscriber last month and my own user registration has now been declined three times by the "
      "identity check, each time within seconds, with only the message 'Unable to verify - ref V-30417'. No one has "
      "contacted us and the help page just says to try again.\n\n"
      "We have two remortgages due to complete before the partner is back and the lenders will only settle through "
      "PEXA, so this is costing us work. [[automated_decision|Please have a member of your onboarding team, not the "
      "automatic check, review my application and the documents I uploaded.]] I'd also like to know what we are "
      "expected to do differently.\n\n%S%\nParalegal, Brightwater Conveyancing",
      L(c=True, r="automated_decision", cat="onboarding"),
      "Repeated automatic rejection that is costing the firm work, with a fix asked for, is an implicit onboarding "
      "complaint; a person reviewing the automatic check is automated_decision; staff writing for their own firm "
      "are not third_party and the partner's leave is context."),
    S("arb-P05", "pexa", ("personal",), "Event emails",
      "%G%\n\nI'm on maternity leave from my firm until next March, and my work inbox is forwarded to this address "
      "while I'm off, which is how I keep seeing your webinar invitations and product news. [[objection|Please stop "
      "using my details to send me marketing and event promotions.]] Messages about workspaces I'm on can carry on "
      "as they are.\n\nNo need to reply unless there's a problem.\n\n%S%",
      L(r="objection"),
      "Stopping marketing is objection; the request is polite with no grievance, so not a complaint, and the "
      "maternity-leave line is the writer's own explanation."),
    S("arb-P06", "pexa", ("personal",), "Copy of my personal data",
      "%G%\n\nI go into hospital on Monday for an operation and expect to be off for about three weeks, so I'm sending "
      "this now rather than leaving it.\n\nI am a licensed conveyancer with a PEXA user account through Halliday "
      "Wren. [[access|I would like a copy of the personal data you hold about me, including my user profile, the "
      "log of my sign-ins and the workspaces I have been added to since January 2025.]] Please send it to this "
      "personal address rather than my work one.\n\nThere is nothing wrong with the platform; I simply need my own "
      "records for a matter with my employer.\n\n%S%",
      L(r="access"),
      "A copy of the data held about her is access; a plain request without dissatisfaction, and the hospital "
      "stay is her own reason for writing early, not an automatic notice."),
    S("arb-P07", "pexa", ("work", "pembertonlegal.co.uk"), "Contact number on my profile",
      "%G%\n\nI'm on sick leave from tomorrow for about six weeks. While tidying up before I go I noticed that my "
      "user profile shows my personal mobile as the contact number, so other firms on our workspaces can see it, "
      "and I'd rather nobody rang it while I'm off.\n\n"
      "[[rectification|Please replace the mobile number on my profile with our office line, 0161 496 0874.]] "
      "[[restriction|Until that change has been made, please stop showing my mobile number to other users.]]\n\n"
      "I've cleared this with our practice manager. Thanks for your help.\n\n%S%\nConveyancing Executive, Pemberton "
      "Legal",
      L(r="rectification,restriction"),
      "Changing the contact number is rectification and hiding it until then is restriction; a routine request "
      "made before her sick leave, with no grievance, so not a complaint."),
    S("arb-P08", "pexa", ("personal",), "Purchase of 5 Millbrook Rise - can't get an answer",
      "%G%\n\nI'm buying 5 Millbrook Rise and Orchard Lane are acting for me. Our completion date was meant to be "
      "agreed a fortnight ago but nobody there answers my calls or emails, and the seller's agent now says the chain "
      "may collapse.\n\nI am away in Canada from the 10th until the 31st for my brother's wedding and I need this "
      "agreed before I fly. I know you only run the platform, but the workspace is on your system so I'm hoping you "
      "can chase them or tell me who can.\n\nPlease let me know what can be done.\n\n%S%",
      L(c=True, cat="delay", firm="ols"),
      "A buyer dissatisfied only with her own law firm's silence, expecting someone to act, is an implicit complaint "
      "to forward (about_other_firm=ols, delay); her trip abroad is context."),
    S("arb-P09", "pexa", ("work", "hallidaywren.co.uk"), "Formal complaint - settlement failure on workspace 31-77420",
      "%G%\n\nI want to make a formal complaint about yesterday's failed settlement on workspace 31-77420. The "
      "workspace showed 'ready to settle' at 11:40, then returned a system error at 12:00 and the funds did not move. "
      "Our client could not collect the keys and we have had to pay for a removal van to wait overnight. Your support "
      "line confirmed it was a platform fault affecting several workspaces.\n\n"
      "Please confirm what went wrong, how you will stop it happening again, and how we claim back the extra "
      "costs.\n\nI'm out of the office from tomorrow until Tuesday. Please send your reply to my colleague Aisha "
      "Greer on completions@hallidaywren.co.uk, who is handling this while I'm away.\n\n%S%\nSenior Associate, "
      "Halliday Wren Solicitors",
      L(c=True, ex=True, cat="platform_defect"),
      "A person's own formal complaint about a platform fault (explicit, platform_defect); the out-of-office "
      "style lines at the end are part of her message, so auto_generated stays false."),
    S("arb-P10", "pexa", ("work", "calderstonelaw.co.uk"), "Thanks for yesterday's session",
      "%G%\n\nJust a quick note to say thank you for yesterday's Settlement Essentials session. The walk-through of "
      "the funds screen was exactly what our two new starters needed, and the trainer was patient with all our "
      "questions.\n\nI'll be out of the office next week and will reply on my return if you send the slides or the "
      "feedback form before then.\n\n%S%",
      L(),
      "Thanks for a training session with an 'out of the office ... reply on my return' line inside a personal "
      "note: written by a person, not a complaint, no right.",
      quote=("Your booking: Settlement Essentials", "On 11 May 2026, PEXA Training <training@pexa.co.uk> wrote:",
             "Thank you for booking Settlement Essentials on 12 May. Your booking reference is TR-{ref}.\n"
             "Joining details will follow the day before."),
      short="%G%\n\nThanks for yesterday's session, really useful for our new starters. Away until Monday, will "
            "fill in the feedback form then.\n\n%S%"),
    S("arb-P11", "pexa", ("personal",), "Account reactivated without my knowledge",
      "%G%\n\nI left Kestrel Building Society in November and was told my PEXA user account had been closed. This "
      "morning, while I'm travelling for work in Singapore, I received a message saying it was sent automatically to "
      "confirm that my account had been reactivated and my password reset. I did not ask for this and I no longer "
      "work for any PEXA subscriber.\n\nI'm not happy that an account in my name can be switched back on without "
      "anyone asking me. [[informed|Please tell me who asked for the reactivation and on what basis you are still "
      "using my details.]] [[erasure|Then please delete the account and my personal details for good.]]\n\n"
      "I'm away until the 22nd but can reply from my phone.\n\n%S%",
      L(c=True, pd=True, r="informed,erasure", cat="personal_data"),
      "Unhappy that his details were used to reactivate an account he had left, and expecting an answer: implicit "
      "personal_data complaint (unexpected use, nothing disclosed so breach=false); 'on what basis' is informed and "
      "deleting the account is erasure."),
    S("arb-P12", "pexa", ("work", "marshpenrose.co.uk"), "My home address on a workspace invitation",
      "%G%\n\nI want to complain about how my personal details have been handled. While I was on annual leave last "
      "week, a workspace invitation that PEXA sent automatically to the solicitors on the other side of a sale "
      "showed my home address and personal mobile number instead of our office details. Their paralegal rang my "
      "mobile on a Saturday to ask about the file. I have never given PEXA my home address for that purpose and I "
      "don't know how it got onto my profile.\n\n"
      "[[rectification|Please correct my contact details so that only the office address and office number "
      "appear.]] [[access|I would also like a copy of the personal data you hold about me, and a list of the "
      "workspaces where my home details were shown.]]\n\nPlease treat this as urgent.\n\n%S%\nAssociate, Marsh and "
      "Penrose Conveyancing",
      L(c=True, ex=True, pd=True, br=True, r="rectification,access", cat="personal_data"),
      "Her home details were disclosed to another firm by PEXA's own notice: explicit complaint, personal_data and "
      "breach, category personal_data, about_other_firm null because PEXA is blamed; correcting the details is "
      "rectification and a copy of her data is access."),
    S("arb-P13", "pexa", ("work", "pembertonlegal.co.uk"), "My user records before a career break",
      "%G%\n\nI am on leave from 1 July until the middle of January (a career break, before anyone worries) and I'm "
      "putting my records in order before I go.\n\n"
      "[[portability|Please send me my user profile and my PEXA training record in a machine-readable file, CSV or "
      "JSON, so that I can import them into the CPD tracker I use.]] I don't need anything else and the account can "
      "stay open while I'm away.\n\n%S%\nSole practitioner, Pemberton Legal",
      L(r="portability"),
      "A machine-readable file to import into another tool is portability; a plain request without "
      "dissatisfaction, and the leave dates are her own words.",
      short="%G%\n\nOn leave from 1 July until January. [[portability|Please send me my user profile and my PEXA "
            "training record in a machine-readable file, CSV or JSON, so that I can import them into the CPD tracker "
            "I use.]]\n\n%S%"),
    S("arb-P14", "pexa", ("work", "greyfriarslaw.co.uk"), "Signing authority request declined",
      "%G%\n\nI'm travelling for work until the 15th, so apologies for the brief message. This morning I received an "
      "email, sent automatically, saying my request for signing authority on our subscriber account was 'declined "
      "following automated screening'. I expect there's a simple reason - my practising certificate was renewed only "
      "last week.\n\n[[automated_decision|Could someone on your team look at the request personally rather than "
      "leaving it to the automated screening?]] I can send any documents you need when I'm back.\n\n%S%\nPartner, "
      "Greyfriars Law LLP",
      L(r="automated_decision"),
      "A calm request for a person to look at an automated refusal, with no grievance or harm claimed: not a "
      "complaint, rights=[automated_decision]; the automatic notice he mentions is not his own message.",
      quote=("Your signing authority request", "On 2 June 2026, PEXA Onboarding <onboarding@pexa.co.uk> wrote:",
             "This message was sent automatically. Your request SA-{ref} was declined following automated "
             "screening.\nPlease do not reply to this email.")),
    S("arb-P15", "pexa", ("personal",), "What information do you hold on me?",
      "%G%\n\nWe are selling our flat and moving to Portugal in three weeks, and my conveyancer mentioned that the "
      "sale is being settled through PEXA. Before we go, and while I still have a UK address for post:\n\n"
      "[[access|please send me a copy of any personal data you hold about me in connection with the sale of Flat 3, "
      "18 Harcourt Road;]] and\n[[informed|please explain where that information came from and what you use it "
      "for.]]\n\nFrom 20 July I'll be abroad, so email is best.\n\n%S%",
      L(r="access,informed"),
      "A seller moving abroad asks neutrally for a copy of her data (access) and an explanation of its source and "
      "use (informed); no grievance, so not a complaint."),
    # ---- conexus
    S("arb-P16", "conexus", ("personal",), "Change of address - account CX-5120794",
      "%G%\n\nWe're moving house on the 28th and will be staying with family until about the middle of next month, so "
      "I wanted to sort this out before the post gets confusing.\n\n"
      "[[rectification|Please change my address on account CX-5120794 to 14 Larkspur Court, Ripon HG4 1QE from the "
      "28th.]] [[restriction|Until you've confirmed the new address is on your system, please don't send anything "
      "to the old address or use it for anything.]]\n\nMy payments will carry on as normal.\n\n%S%",
      L(r="rectification,restriction"),
      "Moving house: updating the address is rectification and not using the old one meanwhile is restriction; "
      "no dissatisfaction, so not a complaint.",
      quote=("Your payment plan - CX-5120794", "On 3 June 2026, Conexus Customer Services wrote:",
             "Thank you for your payment. Your plan remains up to date.\nReference: {ref}")),
    S("arb-P17", "conexus", ("personal",), "Complaint about phone calls",
      "%G%\n\nI'm making a complaint about the calls I've been getting. I told your agent on 4 May that I was going "
      "into hospital on the 12th for surgery and would be in until at least the 26th, and asked for the account to "
      "be put on hold until I was home. Since then I've had calls every day, including two while I was on the ward, "
      "and a voicemail saying the matter 'may be passed for further action'.\n\n"
      "I want the calls to stop until I've recovered and for someone to explain why the hold wasn't put on. "
      "[[access|Please also send me copies of the recordings of my calls with you since 1 May.]]\n\n%S%\n"
      "Account CX-6638105",
      L(c=True, ex=True, r="access", cat="collection_conduct"),
      "Calls pressed during a hospital stay the firm was told about: explicit complaint, collection_conduct; "
      "'stop calling' is a conduct remedy, the recordings are access, and personal_data stays false because the "
      "grievance is the calls."),
    S("arb-P18", "conexus", ("personal",), "texts",
      "%G%\n\nI'm on holiday in Spain until the 9th and keep getting texts from you about 'exclusive consolidation "
      "offers'. My plan is up to date so I don't need them. [[objection|Please stop using my number for "
      "marketing.]] Normal messages about my plan are fine.\n\n%S%",
      L(r="objection"),
      "A polite request to stop marketing texts is objection; with no grievance stated and no remedy beyond the "
      "request itself it is not a complaint.",
      short="%G%\n\nOn holiday till the 9th. [[objection|Please stop using my number for marketing.]] Plan messages "
            "are fine.\n\n%S%"),
    S("arb-P19", "conexus", ("work", "riversidedebthelp.org.uk"), "Client Mr D. Farrant - ref CX-7082316",
      "%G%\n\nI'm a money adviser at Riverside Debt Help and act for Mr Darren Farrant (signed authority attached) on "
      "account CX-7082316. We're preparing a debt relief application.\n\n"
      "[[portability|Please send Mr Farrant's payment history as a CSV or Excel file so I can load it into our "
      "budgeting software.]] [[access|We would also like a copy of the account notes and letters you hold for "
      "him.]]\n\nI am on leave from 4 August until 15 August. My colleague Pauline Osei "
      "(pauline.osei@riversidedebthelp.org.uk) will pick up your reply while I'm away.\n\n%S%\nMoney Adviser, "
      "Riverside Debt Help",
      L(r="portability,access", tp=True),
      "An adviser writing for a client is third_party; a file for budgeting software is portability and a copy of "
      "notes and letters is access; the leave lines belong to her own request, so not auto_generated."),
    S("arb-P20", "conexus", ("personal",), "Letter I found when I got home",
      "%G%\n\nI work offshore and I've just got back after three weeks away to find your letter about an account with "
      "Pennant Mobile. I don't remember having a Pennant contract and I'd like to check before I do anything.\n\n"
      "[[informed|Please tell me where you got my name and address from and what information Pennant passed to "
      "you.]] [[restriction|Until I've had that and we've established the account is mine, please don't use my "
      "details for anything else on this account.]]\n\nI go back offshore on the 19th, so email is the best way to "
      "reach me.\n\n%S%",
      L(r="informed,restriction"),
      "He asks questions before disputing anything, so this is an enquiry, not a complaint; the source of his data "
      "is informed and pausing its use until checked is restriction."),
    S("arb-P21", "conexus", ("personal",), "Payment plan - please can a person look at it",
      "%G%\n\nI'm on sick leave from work until at least the end of next month, on statutory sick pay, so my income "
      "has dropped. I tried to set up a lower payment plan through your website last night and the page said my "
      "proposal had been declined automatically.\n\n"
      "[[automated_decision|I'd like a member of your staff to look at my income and outgoings and decide on the "
      "plan, rather than the website.]] I can send my fit note and bank statements.\n\n%S%\nAccount CX-3305972",
      L(r="automated_decision"),
      "Asking for a person instead of the website's automatic decision is automated_decision; the tone is a plain "
      "request with no grievance, so not a complaint."),
    S("arb-P22", "conexus", ("personal",), "Complaint - still no copy of my data",
      "%G%\n\nOn 2 March I asked for a copy of all the personal data you hold about me. The next day I got an email "
      "saying it was sent automatically and was a receipt for my request, promising a reply within one month. It is "
      "now seven weeks later and I've had nothing, not even a letter saying it would take longer.\n\n"
      "I want to complain about this. [[access|Please send me the copy of my data that I asked for, including the "
      "call recordings, by email.]] I'm in hospital from the 12th for about ten days, so please email rather than "
      "post it.\n\n%S%\nRef CX-4417730",
      L(c=True, ex=True, pd=True, r="access", cat="delay"),
      "A 'still waiting' chaser on an ignored access request: explicit complaint, category delay (chaser rule) "
      "with personal_data=true because a rights request was ignored; re-asking for the copy is access.",
      quote=("Your request for your personal data",
             "On 3 March 2026, Conexus Data Protection <dataprotection@conexus-services.com> wrote:",
             "This email was sent automatically. This is a receipt for your request DP-{ref}, received on 2 March "
             "2026.\nWe will reply within one month.")),
    S("arb-P23", "conexus", ("work", "lumenwater.co.uk"), "May placement file",
      "%G%\n\nQuick question on the May placement file: our system sends it on the last day of the month, which is a "
      "Sunday this time. Would you rather we sent it on Friday the 29th or Monday 1 June? Either works for us.\n\n"
      "I'm on leave from 22 May until 1 June, so if I don't hear before then my colleague Tariq will send it on the "
      "Monday.\n\n%S%\nClient Services, Lumen Water",
      L(),
      "A creditor client's routine question with her leave dates in it: a person's enquiry, not a complaint, not "
      "auto_generated, no right."),
    S("arb-P24", "conexus", ("personal",), "My husband's account - Mr Alan Whitcombe",
      "%G%\n\nI'm writing for my husband, Alan Whitcombe, account CX-2209461. He had a stroke last month and is still "
      "in hospital, probably until the end of August, and I'm dealing with his post with his agreement (he has "
      "signed the form your colleague sent, which I've attached).\n\nYour latest letter gives his date of birth as "
      "14/03/1985. [[rectification|Please correct it to 14/03/1958 on his record.]] The payments will continue from "
      "our joint account as before.\n\n%S%",
      L(r="rectification", tp=True),
      "A wife writing for her husband in hospital is third_party; correcting his date of birth is rectification; "
      "a calm request, not a complaint."),
    S("arb-P25", "conexus", ("personal",), "Thank you",
      "%G%\n\nJust a line to say thank you to Marcus, who set up my new payment plan on the phone on Tuesday. He was "
      "kind and didn't rush me. I'm away from tomorrow until the 20th, visiting my daughter, and it's a weight off "
      "my mind to go knowing it's sorted.\n\n%S%",
      L(),
      "Thanks with an absence mentioned: person-written, nothing wrong and nothing asked, so not a complaint and no "
      "right.",
      quote=("Your new payment plan", "On 16 June 2026, Conexus Customer Services wrote:",
             "Thank you for speaking with us today. Your new plan starts on 1 July.\nReference: {ref}"),
      short="%G%\n\nThanks to Marcus for sorting my plan on Tuesday. Away until the 20th, so it's good to have it "
            "done.\n\n%S%"),
    S("arb-P26", "conexus", ("personal",), "Your agent at my house",
      "%G%\n\nI was away at my mother's last week and came back to find a card from your field agent through the "
      "door. My neighbour then told me the agent had knocked on her door too, asked when I'd be back and said I "
      "'owed money to Northline and it needed sorting'. Now half the street knows my business.\n\n"
      "I have never missed a payment on my plan, so I don't understand why anyone was sent at all. I want to know "
      "why this happened and I want an apology.\n\n%S%\nAccount CX-8814203",
      L(c=True, pd=True, br=True, cat="collection_conduct"),
      "A doorstep visit that told a neighbour about the debt: implicit complaint about collection conduct with "
      "personal_data and breach (disclosure); the creditor is merely named, so about_other_firm null; no right."),
    S("arb-P27", "conexus", ("personal",), "Closing my online account",
      "%G%\n\nMy account with you was settled in full last year and I've now moved to New Zealand for work; I'm "
      "travelling until the end of the month and then starting at the new office. [[erasure|Please delete my online "
      "portal login and the personal details linked to it.]] [[objection|Please also stop sending me marketing "
      "emails in the meantime.]]\n\nIf you have to keep anything for legal reasons, just let me know what.\n\n%S%",
      L(r="erasure,objection"),
      "Deleting an old portal account is erasure and stopping marketing is objection; a neutral request from "
      "someone travelling, so not a complaint."),
    S("arb-P28", "conexus", ("personal",), "My email address has been changed",
      "%G%\n\nI've been on leave and only today saw your email saying it was sent automatically to confirm that the "
      "email address on my account had been changed. I didn't change anything. The 'new' address is my old "
      "university address, which closed in 2019, so anything you send there will just bounce.\n\n"
      "This is the second time your records have gone wrong on my account and I'm fed up with it. "
      "[[rectification|Please put my correct email address, this one, back on the account.]] [[informed|And please "
      "tell me where you got the old university address from.]]\n\n%S%\nCX-9150367",
      L(c=True, pd=True, r="rectification,informed", cat="personal_data"),
      "Inaccurate contact data put on his account, with a fix demanded: implicit personal_data complaint (wrong "
      "data, nothing disclosed, so breach=false); restoring the address is rectification and its source is "
      "informed.",
      quote=("Account update", "On 9 April 2026, Conexus Customer Services wrote:",
             "This email was sent automatically. The email address on your account {ref} has been updated.\n"
             "If you did not make this change, please contact us.")),
    S("arb-P29", "conexus", ("work", "ashdownprice.co.uk"), "Our client Ms Rowena Tull - account CX-1776024",
      "%G%\n\nWe act for Ms Rowena Tull, who is working overseas until September; her signed authority is "
      "attached.\n\nMs Tull applied online for a reduced payment arrangement on 3 June and received an automated "
      "refusal the same evening. [[automated_decision|On her behalf we ask that a member of your staff, not the "
      "automated system, reconsiders the application.]] [[access|Please also provide a copy of the personal data "
      "you hold about Ms Tull, including the information used in that decision.]]\n\n"
      "I will be out of the office next week and will reply on my return; in the meantime please copy any response "
      "to our general inbox, enquiries@ashdownprice.co.uk.\n\n%S%\nSolicitor, Ashdown Price LLP",
      L(r="automated_decision,access", tp=True),
      "A solicitor writing for an absent client is third_party; a human reconsideration is automated_decision and "
      "a copy of her data is access; no grievance is stated, and the 'reply on my return' line is the writer's own."),
    S("arb-P30", "conexus", ("personal",), "statement + notes please",
      "%G%\n\nAway until Monday so just a quick one from my phone. [[access|When you can, please send me a copy of my "
      "statement of account and all the notes you hold on my file.]] Account CX-6027158.\n\n%S%",
      L(r="access"),
      "'Away until Monday' opens a person's own short request; a copy of the notes held on file is access; not a "
      "complaint and not auto_generated.",
      short="%G%\n\nAway till Monday. [[access|When you can, please send me a copy of my statement of account and "
            "all the notes you hold on my file.]] CX-6027158\n\n%S%"),
]

# ---------------------------------------------------------------------------------------------
# Group M: machine-made mail, much of it speaking of data rights as information

M_NOTE_OOO = ("An out-of-office with no automatic headers is still auto_generated by its text; its data-rights "
              "sentence tells readers where to send requests and asks nothing of the firm, so every other label is "
              "empty.")
M_NOTE_ACK = ("An automatic acknowledgement is auto_generated even from an ordinary address; the rights it mentions "
              "are information, not a request to the receiving firm, so rights=[] and nothing else is set.")

M = [
    S("arb-M01", "pexa", ("work", "calderstonelaw.co.uk"), "Re: Workspace 31-80215 - settlement booked",
      "Thank you for your email. I am on annual leave until 18 August and will not be checking messages.\n\n"
      "For completion matters please contact our completions team on 0113 496 0240 or "
      "completions@calderstonelaw.co.uk.\n\nFor data protection matters, including requests for a copy of your "
      "personal data, please write to our data protection officer at dpo@calderstonelaw.co.uk.\n\n%N%\nPartner, "
      "Calderstone Law",
      AUTO, M_NOTE_OOO,
      quote=("Re: Workspace 31-80215 - settlement booked", "On 7 August 2026, PEXA Support wrote:",
             "Dear %F%,\nSettlement on workspace 31-80215 is booked for 14 August. Ticket PX-{ref}."),
      short="Thank you for your email. I am on annual leave until 18 August. For subject access requests please "
            "write to dpo@calderstonelaw.co.uk.\n\n%N%"),
    S("arb-M02", "pexa", ("func", ["Kestrel Data Protection", "Data Protection Team - Kestrel Building Society"],
                          ["privacy@kestrelbs.co.uk"]),
      "Re: Borrower details on workspace 44-19032",
      "Thank you for contacting Kestrel Building Society's Data Protection team. This is an automatic "
      "acknowledgement to confirm that your message has reached us. We aim to reply within five working days.\n\n"
      "If you want us to correct or delete your details, please use the form at kestrelbs.co.uk/your-data rather "
      "than replying to this email. You can also ask for a copy of the personal information we hold about you at "
      "any time.\n\nKestrel Building Society",
      AUTO, M_NOTE_ACK,
      quote=("Re: Borrower details on workspace 44-19032", "On 21 April 2026, PEXA Support wrote:",
             "Hello,\nPlease confirm which borrower contact details should appear on workspace 44-19032.\n"
             "Ticket PX-{ref}")),
    S("arb-M03", "pexa", ("func", ["Halliday Wren Service Desk", "Service Desk"], ["support@hallidaywren.co.uk"]),
      "Your request 5521",
      "Your request 5521 has been logged.\n\nSummary: workspace notification emails not received\nStatus: open - "
      "awaiting technician\n\nA member of the Halliday Wren service desk will be in touch. This notice was generated "
      "automatically and replies to it are not monitored.\n\nYou can ask for a copy of any personal data we hold "
      "about you at any time by writing to our Data Protection Lead.",
      AUTO, "A ticket notice from an ordinary support address with an ordinary subject is machine-made "
            "(auto_generated); 'you can ask for a copy of any personal data' is standing information, not an access "
            "request."),
    S("arb-M04", "pexa", ("work", "marshpenrose.co.uk"), "Re: Training invitation - Advanced Discharges",
      "Hello, and thank you for your message.\n\nI am on maternity leave from 1 May and will return in February. Your "
      "email has not been forwarded. Please contact our client care team on 01392 496 0117 or "
      "clientcare@marshpenrose.co.uk.\n\n%N%\nMarsh and Penrose Conveyancing\n\nMarsh and Penrose Conveyancing holds "
      "and uses personal data in line with our privacy notice, which explains how to object to our use of your "
      "information and how to ask us to correct it.",
      AUTO, "A maternity-leave auto-reply with no headers is auto_generated; the privacy footer about objecting and "
            "correcting is information, so rights=[] and all other labels empty.",
      quote=("Re: Training invitation - Advanced Discharges", "On 4 May 2026, PEXA Training wrote:",
             "Hi %F%,\nPlaces are open for Advanced Discharges on 20 May. Booking code TR-{ref}.")),
    S("arb-M05", "pexa", ("work", "heathcotebank.co.uk"), "Automatic reply: Funds confirmation - workspace 52-33190",
      "I'm out of the office until Monday 3 August with limited access to email. Urgent funding queries: please call "
      "the completions desk on 0345 496 0771.\n\n%N%\nCompletions Team Lead, Heathcote Bank\n\n"
      "To stop receiving marketing emails from Heathcote Bank, reply STOP to this message. Our privacy notice at "
      "heathcotebank.co.uk/privacy explains how we use your information.",
      AUTO, "Auto-reply headers and out-of-office text make it auto_generated; 'reply STOP' is marketing "
            "boilerplate, not an objection to the firm, so rights=[].",
      headers=HEADERS_OOO),
    S("arb-M06", "pexa", ("personal",), "Re: Parking during the open day on 20 June",
      "Hi, thanks for your email. I'm away until Monday 22nd with no access to email and will reply when I'm "
      "back.\n\n%F%",
      AUTO, "A member of the public's out-of-office with no headers is auto_generated by its wording alone; nothing "
            "new is said, so every other label is empty.",
      quote=("Re: Parking during the open day on 20 June", "On 15 June 2026, PEXA Facilities wrote:",
             "Dear %F%,\nThank you for letting us know about the parking on your road. Reference FAC-{ref}."),
      short="Away until Monday 22nd, will reply when back.\n\n%F%"),
    S("arb-M07", "pexa", ("func", ["Brightwater Conveyancing", "Brightwater Client Portal"],
                          ["support@brightwaterconveyancing.co.uk"]),
      "Account update",
      "Account update\n\nA new document has been added to your matter in the Brightwater client portal. Please sign "
      "in to view it.\n\nThis email was sent automatically. Please do not reply to it.\n\nYou can ask for access to "
      "the personal data we hold about you, or ask us to correct it, through the privacy page of the portal.",
      AUTO, "A portal notice saying it was sent automatically is auto_generated whatever the address; the sentence "
            "on access and correction is information, not a request."),
    S("arb-M08", "pexa", ("func", ["PEXA Privacy"], ["privacy@pexa.co.uk"]), "Receipt: your message to PEXA Privacy",
      "This is a receipt for your message to the PEXA privacy team, received at 09:14 today.\n\nIf your message is a "
      "subject access request, we will reply within one month. If you are asking us to correct, restrict or delete "
      "your personal data, we may first contact you to confirm your identity.\n\nPlease do not reply to this "
      "message; it was sent automatically.",
      AUTO, "A receipt generated by a privacy mailbox (auto-generated header) is machine-made; it describes how "
            "requests are handled and asks for nothing, so rights=[].",
      headers=HEADERS_GEN),
    S("arb-M09", "pexa", ("func", ["Greyfriars Law", "Greyfriars Law LLP - Enquiries"],
                          ["enquiries@greyfriarslaw.co.uk"]),
      "Re: Your workspace invitation 61-20478",
      "Thank you for your email to Greyfriars Law LLP. This mailbox is monitored between 9am and 5pm, Monday to "
      "Friday, and we aim to reply within two working days.\n\nIf you are writing to exercise your data protection "
      "rights, for example to ask for a copy, correction or deletion of your information, please email "
      "dataprotection@greyfriarslaw.co.uk.\n\nGreyfriars Law LLP",
      AUTO, M_NOTE_ACK,
      quote=("Re: Your workspace invitation 61-20478", "On 30 June 2026, PEXA Support wrote:",
             "Hello,\nYou have been invited to workspace 61-20478. Invitation code {ref}.")),
    S("arb-M10", "pexa", ("work", "tvmortgages.co.uk"), "Read: Your user account request",
      "Your message\n\n  To: %N%\n  Subject: Your user account request\n  Sent: 12 May 2026 10:41\n\nwas read on "
      "12 May 2026 14:03.",
      AUTO, "A read receipt is machine-made (auto_generated) even from a named person's address; it carries no new "
            "text, so every other label is empty."),
    S("arb-M11", "pexa", ("func", ["Heathcote Bank Data Protection", "Data Protection Office"],
                          ["dpo@heathcotebank.co.uk"]),
      "Re: Data sharing query - workspace 44-71250",
      "Thank you for your email. Our Data Protection Officer is on leave from 18 May until 1 June. Your message has "
      "been logged and will be dealt with on her return.\n\nSubject access requests received while she is away will "
      "still be answered within one month. You can also ask us to stop using your information while a query about "
      "it is checked; details are in our privacy notice at heathcotebank.co.uk/privacy.\n\nData Protection Office, "
      "Heathcote Bank",
      AUTO, "A leave auto-reply from a dpo@ address without headers is auto_generated; restriction and access are "
            "described, not requested, so rights=[].",
      quote=("Re: Data sharing query - workspace 44-71250", "On 19 May 2026, PEXA Support wrote:",
             "Hello,\nCould you confirm who at Heathcote should receive data sharing queries? Ticket PX-{ref}")),
    S("arb-M12", "pexa", ("work", "tvmortgages.co.uk"), "Re: Redemption figures - workspace 38-50671",
      "Thank you for your message. I am on leave from 14 July until 27 July and am not checking email. For "
      "redemption figures please email redemptions@tvmortgages.co.uk, where the team will be able to help.\n\n%N%\n"
      "Thames Valley Mortgages\n\nYour privacy: you can ask us for a machine-readable copy of the information you "
      "gave us, or for a member of staff to review any decision made automatically. See tvmortgages.co.uk/privacy.",
      AUTO, "A leave auto-reply is auto_generated; its privacy footer mentions portability and human review as "
            "options for readers, not as requests to PEXA, so rights=[]."),
    S("arb-M13", "pexa", ("personal",), "Auto: Re: Your settlement is booked",
      "Thanks for your message. I'm travelling for work until the 20th with patchy signal and may be slow to reply. "
      "If it's about the house purchase, please contact my solicitor at Orchard Lane directly.\n\n%F%",
      AUTO, "A home buyer's autoresponder (auto-reply headers, 'Auto:' subject) is auto_generated; naming Orchard "
            "Lane sets no firm because auto mail carries no other label.",
      headers=HEADERS_OOO),
    S("arb-M14", "pexa", ("func", ["Marsh and Penrose Client Care"], ["clientcare@marshpenrose.co.uk"]),
      "Case MP-5521 received",
      "We have received your email and logged it as case MP-5521. A member of our client care team will respond "
      "within five working days.\n\nIf your email is about a complaint, our complaints procedure is on our website. "
      "You can ask us to explain how we use your personal information, and where we obtained it, by writing to our "
      "Data Protection Manager.\n\nThis is an automated message.",
      AUTO, "A case-logging acknowledgement with an auto-generated header is machine-made; the complaint and "
            "informed-right wording is standing information, so complaint=false and rights=[].",
      headers=HEADERS_GEN),
    S("arb-M15", "pexa", ("func", ["Conveyancing Data Forum"], ["bulletin@conveyancingdataforum.org.uk"]),
      "Conveyancing Data Forum - June bulletin",
      "Conveyancing Data Forum - June bulletin\n\nIn this issue: subject access requests from home buyers are up 18% "
      "on last year, a reminder that people can object to their data being used for marketing at any time, and a "
      "checklist for deleting client records when retention periods end.\n\nEvents: our summer webinar on "
      "portability requests is on 9 July.\n\nYou are receiving this bulletin as a member of the Forum. To "
      "unsubscribe, use the link in the footer or reply STOP.",
      AUTO, "A bulk bulletin (Precedence: bulk, List-Id) is auto_generated; its talk of access, objection, erasure "
            "and portability is news, not a request.",
      headers=HEADERS_BULK),
    # ---- conexus
    S("arb-M16", "conexus", ("work", "moneyline-advice.org.uk"), "Re: Client Ms T. Okafor - ref CX-5593018",
      "Thank you for your email. I'm on leave from 2 June until 13 June and won't see messages until I'm back. If "
      "this is about an existing client, please contact our casework team on 0300 496 0125 or "
      "casework@moneyline-advice.org.uk quoting the client's name.\n\nIf you want a copy of the information "
      "Moneyline Advice holds about you, write to our data protection lead at privacy@moneyline-advice.org.uk.\n\n"
      "%N%\nMoney Adviser, Moneyline Advice",
      AUTO, "A money adviser's leave reply without headers is auto_generated, so third_party=false; the sentence on "
            "copies of data is information, rights=[].",
      quote=("Re: Client Ms T. Okafor - ref CX-5593018", "On 3 June 2026, Conexus Customer Relations wrote:",
             "Dear %F%,\nThank you for your letter about Ms Okafor. We have placed the account on hold. Ref {ref}"),
      short="On leave until 13 June. For copies of your data write to privacy@moneyline-advice.org.uk.\n\n%N%"),
    S("arb-M17", "conexus", ("func", ["Lumen Water Customer Services"], ["customer.services@lumenwater.co.uk"]),
      "Re: Account transfer query - customer ref LW-30442817",
      "Thanks for contacting Lumen Water. We've received your email and will reply within three working days.\n\n"
      "If you want us to correct or delete your details, please use the form at lumenwater.co.uk/mydetails. To stop "
      "marketing emails from us, reply STOP.\n\nLumen Water Customer Services",
      AUTO, M_NOTE_ACK),
    S("arb-M18", "conexus", ("personal",), "Re: Your payment plan - CX-2281569",
      "I am away until Friday 6th with no internet. I'll reply on my return.\n\n%F%",
      AUTO, "A debtor's own out-of-office with no headers is auto_generated by its wording; nothing new is said, so "
            "no complaint and no right.",
      quote=("Re: Your payment plan - CX-2281569", "On 2 November 2026, Conexus Customer Services wrote:",
             "Dear %F%,\nYour November payment has been received. Reference {ref}."),
      short="Away until Friday 6th. Will reply on my return.\n\n%F%"),
    S("arb-M19", "conexus", ("func", ["Pennant Mobile"], ["care@pennantmobile.co.uk"]),
      "Automatic reply: Account ref PM-7719204",
      "Thanks for getting in touch with Pennant Mobile. This is an automatic reply: our team will answer your email "
      "within 48 hours.\n\nTo stop marketing texts from us, text STOP to 60712. You can ask for a copy of your data, "
      "or for your details to be corrected, in the Pennant app under Settings, then Privacy.\n\nPennant Mobile",
      AUTO, "An auto-reply with auto headers is auto_generated; STOP, copy and correction wording is information, "
            "rights=[].",
      headers=HEADERS_OOO),
    S("arb-M20", "conexus", ("work", "kellandbrook.co.uk"), "Re: Your client Mr P. Danvers - CX-4406721",
      "Thank you for your email. I am out of the office until Monday 14 September. If your matter is urgent please "
      "call 0117 496 0382 and ask for the duty solicitor.\n\nFor subject access requests please write to our data "
      "protection officer at dpo@kellandbrook.co.uk.\n\n%N%\nSolicitor, Kelland Brook LLP",
      AUTO, "A solicitor's out-of-office without headers is auto_generated, not third_party; 'for subject access "
            "requests please write to' is a pointer, not a request.",
      quote=("Re: Your client Mr P. Danvers - CX-4406721", "On 8 September 2026, Conexus Customer Relations wrote:",
             "Dear %F%,\nWe enclose the statement you asked for on behalf of Mr Danvers. Ref {ref}"),
      short="Out of the office until Monday 14 September. Subject access requests: dpo@kellandbrook.co.uk.\n\n%N%"),
    S("arb-M21", "conexus", ("func", ["Westbury Council Revenues", "Revenues and Benefits"],
                             ["revenues@westbury.gov.uk"]),
      "Your request 80417",
      "Your request 80417 has been received by the Revenues and Benefits team. We deal with requests in date order "
      "and will reply within 10 working days.\n\nThis is an automated response. You can ask for a copy of your data "
      "at any time by completing the online form at westbury.gov.uk/your-information. Our privacy notice explains "
      "how to object to our use of your data.",
      AUTO, M_NOTE_ACK),
    S("arb-M22", "conexus", ("work", "parliament.uk"), "Re: Constituent Mrs H. Vaughan - CX-6230984",
      "Thank you for contacting the office of Daniel Rusholme MP. The office is closed for recess until 1 September "
      "and casework emails will be read on our return. If your matter is an emergency, please call 020 7946 "
      "0183.\n\nInformation on how we handle your personal data, and how to object to it being used, is in our "
      "privacy notice on the website.\n\n%N%\nCaseworker to Daniel Rusholme MP",
      AUTO, "An MP's office recess auto-reply without headers is auto_generated, so not third_party; the objection "
            "wording is a privacy pointer, rights=[].",
      quote=("Re: Constituent Mrs H. Vaughan - CX-6230984", "On 24 July 2026, Conexus Customer Relations wrote:",
             "Dear %F%,\nThank you for your enquiry on behalf of Mrs Vaughan. We will reply in full shortly. "
             "Ref {ref}")),
    S("arb-M23", "conexus", ("func", ["Conexus Service Desk"], ["servicedesk@conexus-services.com"]),
      "[Ticket #5521] updated",
      "Ticket #5521 has been updated by the system.\n\nStatus: waiting on customer\nQueue: post room - customer "
      "letters\nLast action: reminder scheduled in 3 working days\n\nThis notification was sent automatically. Do "
      "not reply to this email.",
      AUTO, "An internal ticket notification with an auto-generated header is machine-made; no rights and no "
            "complaint.",
      headers=HEADERS_GEN),
    S("arb-M24", "conexus", ("func", ["StepClear Debt Help"], ["help@stepcleardebt.org.uk"]),
      "Re: Referral for Mr J. Abara",
      "Thanks for your email. We've received it and a member of our team will reply within five working days. We're "
      "not able to give advice by email.\n\nOur privacy notice explains how to object to us using your information "
      "and how to request a machine-readable copy of the information you've given us.\n\nStepClear Debt Help is a "
      "registered charity.",
      AUTO, M_NOTE_ACK,
      quote=("Re: Referral for Mr J. Abara", "On 11 March 2026, Conexus Customer Relations wrote:",
             "Hello,\nMr Abara has asked us to refer him to you for free advice. Our ref {ref}.")),
    S("arb-M25", "conexus", ("func", ["Sterling Credit Data Protection"], ["dpo@sterlingcredit.co.uk"]),
      "Re: Data sharing under placement agreement",
      "This is a receipt for your email to the Sterling Credit Loans data protection team.\n\nIf you are a customer "
      "asking for a copy of your personal data, we will reply within one month. If you want us to tell you where we "
      "got your details or how we use them, our privacy notice at sterlingcredit.co.uk/privacy sets this out.\n\n"
      "Please do not reply to this receipt.",
      AUTO, "'This is a receipt for your email' from a dpo@ address with a Re: subject is an automatic "
            "acknowledgement (auto_generated); access and informed are described, not requested."),
    S("arb-M26", "conexus", ("func", ["Northline Energy"], ["customercare@northline-energy.co.uk"]),
      "Automatic reply: Balance confirmation - account NL-6620145",
      "Thank you for contacting Northline Energy. This is an automated reply to confirm we have your email. We'll "
      "respond within five working days.\n\nIf a decision about your account was made automatically, you can ask "
      "for a member of our team to review it. You can also ask us to restrict how we use your data while you query "
      "it. Find out more at northline-energy.co.uk/privacy.\n\nNorthline Energy",
      AUTO, "An automated reply with auto headers is auto_generated; automated-decision and restriction wording is "
            "information for customers, rights=[].",
      headers=HEADERS_OOO),
    S("arb-M27", "conexus", ("personal",), "Re: Payment arrangement - CX-3380127",
      "I am on leave from 1 to 10 May. If this is urgent please ring my husband, Colin, on 07700 900418.\n\n%N%",
      AUTO, "A member of the public's leave auto-reply without headers is auto_generated; nothing else is said, so "
            "every other label is empty.",
      quote=("Re: Payment arrangement - CX-3380127", "On 30 April 2026, Conexus Customer Services wrote:",
             "Dear %F%,\nWe have set up your arrangement as agreed. Reference {ref}.")),
    S("arb-M28", "conexus", ("func", ["Conexus Customer Services"], ["support@conexus-services.com"]),
      "Account update",
      "Account update\n\nYour payment plan has been updated. The next payment of £45.00 will be collected on 1 "
      "July.\n\nThis email was sent automatically. Please do not reply.\n\nTo stop receiving marketing from us, reply "
      "STOP. You can ask us where we got your details, or for a copy of the data we hold, by writing to our Data "
      "Protection Officer at dpo@conexus-services.com.",
      AUTO, "A portal notice 'sent automatically' from a support@ address with the subject 'Account update' is "
            "auto_generated; its STOP, source and copy wording is information, rights=[]."),
    S("arb-M29", "conexus", ("work", "caldervalehomes.org.uk"),
      "Automatic reply: Request for tenancy information - tenant ref CVH-40871",
      "I'm out of the office and will be back on Thursday 9 July. Your email has not been forwarded.\n\nIf you are "
      "asking for a copy of your personal data, or for us to correct, delete or stop using it, please send your "
      "request to dataprotection@caldervalehomes.org.uk so it is logged while I'm away.\n\n%N%\nInformation "
      "Governance Officer, Calder Vale Homes",
      AUTO, "An out-of-office with auto headers is auto_generated; it lists where rights requests go and makes none "
            "itself, so rights=[].",
      headers=HEADERS_OOO),
    S("arb-M30", "conexus", ("func", ["Northgate Advice Centre"], ["intake@northgateadvice.org.uk"]),
      "Your referral 3391",
      "Thank you. Your referral 3391 has been received and added to our waiting list. An adviser will contact the "
      "client within ten working days. Please don't send further documents until the adviser asks for them.\n\n"
      "This is an automatic acknowledgement.",
      AUTO, "An automatic referral acknowledgement from an ordinary intake address is auto_generated; no rights, "
            "no complaint, no third party."),
]

SCENARIOS = P + M


# ---------------------------------------------------------------------------------------------
# rendering


def slug(s):
    return "".join(c for c in s.lower() if c.isalpha())


def sender_of(rng, spec, name):
    """'Display <address>' for a sender spec and a (first, last) name drawn for this rendering."""
    first, last = name
    if spec[0] == "personal":
        dom = rng.choice(PERSONAL_DOMAINS)
        form = rng.randrange(4)
        local = [f"{slug(first)}.{slug(last)}", f"{slug(first)[0]}{slug(last)}{rng.randrange(10, 99)}",
                 f"{slug(last)}.{slug(first)}", f"{slug(first)}{slug(last)}"][form]
        return f"{first} {last} <{local}@{dom}>"
    if spec[0] == "work":
        local = [f"{slug(first)}.{slug(last)}", f"{slug(first)[0]}.{slug(last)}"][rng.randrange(2)]
        return f"{first} {last} <{local}@{spec[1]}>"
    display = rng.choice(spec[1])
    return f"{display} <{rng.choice(spec[2])}>"


def fill(text, greet, sign, name):
    first, last = name
    return (text.replace("%G%", greet).replace("%S%", sign).replace("%N%", f"{first} {last}")
            .replace("%F%", first).replace("%L%", last))


ADDRESS = re.compile(r"[\w.+-]+@[\w.-]+\w|\b\w[\w-]*(?:\.\w[\w-]*)+(?:/[\w/-]*)?")


def typos_avoiding_addresses(text, rng):
    """typos_outside_marks, with email addresses and web addresses held out of reach (swapped for non-letter
    placeholders while the typos are made), so that a typo never changes where someone is told to write."""
    held = []

    def hold(m):
        held.append(m.group(0))
        return f"\x00{len(held) - 1}\x00"
    out = typos_outside_marks(ADDRESS.sub(hold, text), rng, MARK_RIGHTS, 0.3)
    return re.sub(r"\x00(\d+)\x00", lambda m: held[int(m.group(1))], out)


def render(rng, sc, env, name):
    greet = rng.choice(GREETINGS[sc["mailbox"]])
    sign = rng.choice(SIGNOFFS)
    text = sc["short"] if env.startswith("short") else sc["body"]
    text = fill(text, greet, sign, name)
    if "typo" in env:
        text = typos_avoiding_addresses(text, rng)
    body_marks = rights_marks_of(text)
    body = strip_marks(text, MARK_RIGHTS)
    assert sorted({r for r, _ in body_marks}) == sorted(sc["labels"]["rights"]), (sc["id"], env)
    subject = sc["subject"]
    quote = None
    if "quote" in env:
        qsubj, head, qtext = sc["quote"]
        subject = qsubj
        quote = (head, fill(qtext, greet, sign, name))
    headers = rng.choice(sc["headers"]) if sc["headers"] else None
    sender = sender_of(rng, sc["sender"], name)
    return finish_marked_record(rng, mailbox=sc["mailbox"], sender=sender, subject=subject, body=body,
                                html="html" in env, quote=quote, subject_marks=[], body_marks=body_marks,
                                labels=sc["labels"], note=sc["note"], source=sc["id"], env=env, headers=headers)


def build(rng):
    records = []
    for sc in SCENARIOS:
        eligible = [e for e in ENVS if ("quote" not in e or sc["quote"]) and ("short" not in e or sc["short"])]
        if sc["short"] and rng.random() < 0.6:
            envs = [rng.choice([e for e in eligible if e.startswith("short")]),
                    rng.choice([e for e in eligible if not e.startswith("short")])]
        else:
            envs = rng.sample(eligible, 2)
        names = rng.sample(NAMES, 2)
        for env, name in zip(envs, names):
            records.append(render(rng, sc, env, name))
    return records


def summary(records, env_counts):
    labs = [r["labels"] for r in records]
    lines = [f"wrote {os.path.relpath(OUT, ROOT)}: {len({r['source'] for r in records})} scenarios, "
             f"{len(records)} emails"]
    by_mb = Counter(r["mailbox"] for r in records)
    lines.append(f"mailboxes: {dict(sorted(by_mb.items()))}")
    lines.append(f"complaints: {sum(l['complaint'] for l in labs)} emails "
                 f"({sum(l['explicit'] for l in labs)} explicit); machine-made: "
                 f"{sum(l['auto_generated'] for l in labs)}; third party: {sum(l['third_party'] for l in labs)}; "
                 f"breach: {sum(l['breach'] for l in labs)}; personal_data: {sum(l['personal_data'] for l in labs)}")
    per = []
    for r in RIGHTS:
        em = [rec for rec in records if r in rec["labels"]["rights"]]
        per.append(f"{r} {len(em)}/{len({rec['source'] for rec in em})}")
    lines.append("rights (emails/scenarios): " + ", ".join(per))
    lines.append(f"with any right: {sum(bool(l['rights']) for l in labs)} emails")
    lines.append(f"with automatic headers: {sum(bool(r['headers']) for r in records)} emails; html: "
                 f"{sum(r['html'] for r in records)}")
    lines.append("envelopes: " + ", ".join(f"{k} {v}" for k, v in sorted(env_counts.items())))
    lines.append("categories: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(l["category"] for l in labs)
                                                                            .items())))
    return "\n".join(lines)


def main():
    ids = [sc["id"] for sc in SCENARIOS]
    assert len(ids) == len(set(ids)) == 60
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=marked_record_errors)


if __name__ == "__main__":
    sys.exit(main())
