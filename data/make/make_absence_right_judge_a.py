#!/usr/bin/env python3
"""Evaluation set "absence_right_judge_a": mail whose own text mentions an absence or carries a notice phrase of
the kind automatic replies use, and whether such words decide who wrote it and what it asks for.

* Group P (ara-P01..P30): written by a person who mentions, in their own text, that they are or will be away
  (moving house, holiday, hospital, leave, travelling) or quotes a notice they received, while writing about their
  own business with the firm. 22 of them ask for a UK GDPR right (every right at least twice), marked inline as
  [[right|sentence]]; 9 are complaints. No automatic headers, ordinary senders and subjects.
* Group M (ara-M01..M30): machine-made mail (out-of-office and leave replies, automatic acknowledgements, ticket,
  portal and delivery notices). 24 speak of data rights as information only; 22 carry no automatic header and come
  from an ordinary-looking address with an ordinary subject. auto_generated=true and every other label empty.

Each scenario is rendered twice with different envelopes (sender, greeting and sign-off, HTML, a quoted earlier
message, letter-swap typos outside the marks, short versions). Labels follow the labelling guide.

Usage: .venv/bin/python data/make/make_absence_right_judge_a.py   (stdlib only; deterministic)
"""
import collections
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (MARK_RIGHTS, RIGHTS, finish_marked_record, marked_record_errors,  # noqa: E402
                           rights_marks_of, run_generator, short_labels, strip_marks, typos_outside_marks)

SEED = 20281201
PREFIX = "ara"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "absence_right_judge_a.jsonl")

AUTO = short_labels(auto=True)

# ---------------------------------------------------------------------------------------------
# envelope pools (all invented)

FIRST = ["Aisha", "Bernard", "Carys", "Dominic", "Eleri", "Fergus", "Gemma", "Harvey", "Imogen", "Jasper",
         "Kirsty", "Lewis", "Maya", "Niall", "Olwen", "Patrick", "Rhiannon", "Sanjay", "Tamsin", "Umar",
         "Verity", "Wesley", "Yasmin", "Zachary", "Bethan", "Conor", "Delyth", "Ewan", "Freya", "Gareth",
         "Hollie", "Idris", "Joanna", "Kieran", "Leanne", "Marcus", "Nadia", "Owain", "Phoebe", "Rory"]
LAST = ["Abernethy", "Blackwood", "Castell", "Dunmore", "Elphick", "Fairbairn", "Gilchrist", "Hazeldine",
        "Ibbotson", "Jarrold", "Kettering", "Loveday", "Mulholland", "Nesbitt", "Oyelaran", "Prentice",
        "Quigley", "Rowntree", "Selkirk", "Trelawny", "Underhill", "Varley", "Wickham", "Yeardley", "Ashworth",
        "Bramhall", "Cresswell", "Dimmock", "Eccleston", "Fothergill", "Greaves", "Holroyd", "Inchbald",
        "Kinnear", "Lattimer", "Merriman", "Northcott", "Penhaligon", "Radcliffe", "Stenhouse"]
FEMALE = ["Aisha", "Carys", "Eleri", "Gemma", "Imogen", "Kirsty", "Maya", "Olwen", "Rhiannon", "Tamsin", "Verity",
          "Yasmin", "Bethan", "Delyth", "Freya", "Hollie", "Joanna", "Leanne", "Nadia", "Phoebe"]
CLIENT_M = ["Mr Dennis Arkwright", "Mr Tomasz Nowicki", "Mr Graham Pilling", "Mr Kwame Asante", "Mr Alan Featherstone"]
CLIENT_F = ["Mrs Lorraine Boyce", "Ms Shona McAra", "Mrs Parveen Akhtar", "Ms Jolene Whitty", "Mrs Irene Dalgleish"]
PERSONAL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "hotmail.co.uk", "icloud.com",
                    "sky.com", "virginmedia.com"]
TEL_STEMS = ["0113 496 0", "0161 496 0", "0117 496 0", "0121 496 0", "020 7946 0", "0131 496 0", "07700 900"]

GREET = {"pexa": ["Hello,", "Hi,", "Dear PEXA team,", "Dear Sir or Madam,", "Good morning,", "Hi there,", ""],
         "conexus": ["Dear Sir or Madam,", "Hello,", "Dear Conexus,", "Hi,", "Good afternoon,",
                     "To whom it may concern,", ""]}
SIGN = ["Thanks,", "Kind regards,", "Many thanks,", "Best wishes,", "Regards,", "Thank you,", "Best,"]

# earlier messages a person may be replying to (the firm's own mail; {ref} is drawn by finish_marked_record)
GENERIC_QUOTES = {
    "pexa_user": [
        ("On 2 March 2026, PEXA Support wrote:",
         "Hello,\n\nThank you for contacting PEXA Support. Your enquiry has been logged under reference {ref}.\n\n"
         "Kind regards,\nPEXA Support"),
        ("On 17 February 2026, PEXA Customer Experience wrote:",
         "Dear subscriber,\n\nWe are updating the workspace dashboard on 28 February (change {ref}). "
         "No action is needed on your part.\n\nPEXA Customer Experience"),
    ],
    "pexa_consumer": [
        ("On 9 March 2026, PEXA Notifications wrote:",
         "Hello,\n\nThis is an update on the settlement of your property transaction (workspace {ref}). "
         "Your conveyancer will contact you about the next steps.\n\nPEXA"),
        ("On 24 February 2026, PEXA Support wrote:",
         "Dear customer,\n\nThank you for your message, reference {ref}. We will reply within five business "
         "days.\n\nPEXA Support"),
    ],
    "cx_customer": [
        ("On 3 March 2026, Conexus Customer Services wrote:",
         "Dear customer,\n\nThis is a reminder that your next payment under arrangement {ref} is due on 15 March."
         "\n\nConexus Customer Services"),
        ("On 20 February 2026, Conexus wrote:",
         "Dear customer,\n\nThank you for your recent payment. Your receipt number is {ref}.\n\nConexus"),
    ],
    "cx_rep": [
        ("On 11 March 2026, Conexus Customer Services wrote:",
         "Dear Sir or Madam,\n\nThank you for your letter. We have noted your involvement on our reference {ref}."
         "\n\nConexus Customer Services"),
    ],
}

# ---------------------------------------------------------------------------------------------
# scenarios. text: the letter's own words (person mail is wrapped in greeting and sign-off); short: a short
# version; sender: ("personal",) | ("work", domain) | ("fixed", [display names], address); quote: a key of
# GENERIC_QUOTES, a (header line, text) pair or None; envs: the envelopes allowed (default by group).

P = []  # group P: a person wrote it


def person(sid, mailbox, sender, subject, text, lab, note, short=None, sig=None, quote=None, female=False):
    P.append(dict(id=sid, mailbox=mailbox, group="P", sender=sender, subject=subject, text=text, short=short,
                  sig=sig, quote=quote, labels=lab, note=note, headers=None, envs=None, female=female))


# ---- PEXA, group P -------------------------------------------------------------------------

person("P01", "pexa", ("personal",), "Closing my user account",
       "I'm leaving Fenwick Rowe Property Lawyers at the end of this month and I start two weeks' leave "
       "tomorrow, so I'm sending this from my own address rather than leave it until I'm back.\n\n"
       "My PEXA login is registered under Fenwick Rowe's subscription. I won't be doing conveyancing in my next "
       "job, and the firm's administrator has already moved my open workspaces to a colleague.\n\n"
       "[[erasure|Once my last day has passed, please delete my PEXA user account and the personal details "
       "attached to it.]] If there is anything you have to keep for regulatory reasons, a short note saying what "
       "and for how long would be helpful.\n\nI'll see replies to this address from the 23rd.",
       short_labels(r="erasure"),
       "A person's own mention of leave inside a request is not an auto-reply; 'delete my user account and "
       "personal details' = erasure, asked without dissatisfaction, so not a complaint.",
       short="Off on leave from tomorrow and then leaving Fenwick Rowe for a job outside conveyancing.\n\n"
             "[[erasure|Once my last day has passed, please delete my PEXA user account and the personal details "
             "attached to it.]]",
       quote="pexa_user")

person("P02", "pexa", ("work", "tvmortgages.co.uk"), "Name change on my user profile",
       "I got married last month and have changed my surname from {last2} to {last}.\n\n"
       "[[rectification|Please change the name on my PEXA user profile to {first} {last} so that it matches my "
       "new ID and email address.]]\n\n"
       "Our IT team has set up my new address already; the old one will forward for a while but will be switched "
       "off after I'm back. I'm away on honeymoon from Friday until 6 July, so if you need a copy of the marriage "
       "certificate please ask before Thursday, otherwise {cname} in HR can send it across.",
       short_labels(r="rectification"),
       "Written by a person who mentions a coming holiday; changing the name on her own profile = rectification; "
       "Thames Valley Mortgages is only her employer, and there is no dissatisfaction.",
       sig="Completions Officer | Thames Valley Mortgages", quote="pexa_user")

person("P03", "pexa", ("personal",), "Texts about our purchase",
       "We're on holiday in Portugal until the 19th and I've had three text messages from PEXA this week about "
       "'settlement progress' on our house purchase in Thornbury. I'd never heard of PEXA before, so I wanted to "
       "check before doing anything with them.\n\n"
       "[[informed|Could you tell me how you got my mobile number and what you use my details for?]] I assume it "
       "came from our solicitors, but I'd like to know for certain.\n\n"
       "No need to ring while we're away - an email is fine.",
       short_labels(r="informed"),
       "A buyer's neutral question, written while on holiday, asking where her number came from and what it is "
       "used for = informed; no dissatisfaction, so not a complaint.",
       short="On holiday until the 19th. [[informed|Could you tell me how you got my mobile number and what you "
             "use my details for?]]",
       quote="pexa_consumer")

person("P04", "pexa", ("work", "hartleyconveyancing.co.uk"), "Registration declined again",
       "I applied to join PEXA as a sole practitioner three weeks ago. Yesterday I had an email saying my identity "
       "verification had failed and the application had been closed. It said it was sent automatically and that "
       "replies were not monitored. Nobody has looked at the certified documents I uploaded, and this is the second "
       "application to go the same way.\n\n"
       "I go into hospital on Monday for a planned operation and will be off for about a fortnight, and I have two "
       "clients due to complete next month who want to use the platform.\n\n"
       "[[automated_decision|I would like a member of your onboarding team, not the automated check, to review my "
       "application and documents.]] Please also tell me what I need to do differently if something is missing.",
       short_labels(c=True, r="automated_decision", cat="onboarding"),
       "A person's letter that quotes an automatic rejection and mentions her hospital stay; second failed "
       "application plus a demand = implicit complaint about onboarding, with a human review = automated_decision; "
       "personal_data stays false because the grievance is registration.",
       sig="Principal, Hartley Conveyancing")

person("P05", "pexa", ("personal",), "Training records",
       "I used PEXA at Ashby Kerr LLP until March and completed the workspace and settlement modules while I was "
       "there. I've now moved to a firm that records CPD on its own learning system.\n\n"
       "[[portability|Please send me my training records and profile details as a CSV or JSON file that I can "
       "upload to my new firm's system.]]\n\n"
       "I'm travelling for work for most of the next three weeks, so I may be slow to answer, but the file can come "
       "to this address.",
       short_labels(r="portability"),
       "Travelling for work is the writer's own aside; a CSV/JSON file to load into another system = portability; "
       "a neutral request, not a complaint.")

person("P06", "pexa", ("work", "harbourvalebank.co.uk"), "Event emails",
       "I start maternity leave on Friday and I'm clearing my inbox before I go. I keep receiving PEXA event "
       "invitations and product news at this address, which I don't need.\n\n"
       "[[objection|Please stop using my details to send me marketing emails of any kind.]] Service messages about "
       "workspaces are fine - my team still needs those while I'm off.\n\n"
       "I'll be away until next spring, so there's no need to reply unless something is unclear.",
       short_labels(r="objection"),
       "A person going on maternity leave asks to stop marketing = objection; 'no need to reply' is her own "
       "words, not an auto-reply, and there is no grievance, so not a complaint.",
       short="Starting maternity leave on Friday. [[objection|Please stop using my details to send me marketing "
             "emails of any kind.]] Workspace service messages can carry on.",
       sig="Mortgage Completions, Harbourvale Bank", quote="pexa_user", female=True)

person("P07", "pexa", ("work", "brightwell-legal.co.uk"), "Wrong details on my profile - second request",
       "Away until Monday, but I've just heard from a client's lender that my PEXA profile still shows me at "
       "Linton Marsh, the firm I left in January, with their phone number. I asked your support desk to fix this "
       "on 12 February and was told it would be done within a week. It hasn't been, and lenders are ringing my old "
       "firm to chase my files.\n\n"
       "[[rectification|Please correct my profile so it shows Brightwell Legal and my current direct line, "
       "{tel}.]]\n"
       "[[restriction|Until that is done, please stop showing my old firm's details to other participants.]]\n\n"
       "I'd also like to know why the first request was not actioned.",
       short_labels(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
       "'Away until Monday' opens a person's own letter; an ignored correction request and inaccurate profile "
       "data with a demand = implicit complaint about data handling (personal_data); correct = rectification, "
       "stop showing it meanwhile = restriction.",
       sig="Senior Conveyancer, Brightwell Legal", quote="pexa_user")

person("P08", "pexa", ("personal",), "Copy of my information - sale of 27 Nettlebed Road",
       "We complete on the sale of 27 Nettlebed Road on Friday and move out the same day, and we'll be without "
       "internet at the new house for a week or so.\n\n"
       "Our solicitor mentioned that PEXA holds our details for the settlement. [[access|Please send me a copy of "
       "the personal data you hold about me in connection with the sale.]] An emailed PDF is fine; I'll pick it up "
       "once we're connected again.",
       short_labels(r="access"),
       "A seller moving house asks for a copy of her data = access; neutral, so not a complaint.",
       short="Moving out on Friday and offline for a week after. [[access|Please send me a copy of the personal "
             "data you hold about me in connection with the sale.]]",
       quote="pexa_consumer")

person("P09", "pexa", ("personal",), "Subject access request - still nothing",
       "On 6 January I asked for a copy of the personal data PEXA holds about me from our remortgage last year. "
       "The same day I received an email saying 'This is a receipt for your request - no need to reply', and I "
       "have heard nothing since. That is well over a month.\n\n"
       "[[access|Please send me the copy of my data that I asked for in January.]] I would also like an "
       "explanation of why it has taken this long.\n\n"
       "I'm away from 3 to 17 March and won't see post, so please email it to this address.",
       short_labels(c=True, pd=True, r="access", cat="personal_data"),
       "The receipt notice is quoted by a person, who is chasing an unanswered subject access request: a rights "
       "request ignored = implicit complaint with personal_data and category personal_data (the specific data "
       "theme rather than delay); the copy asked for again = access.",
       quote=("On 6 January 2026, PEXA Privacy wrote:",
              "This is a receipt for your request - no need to reply. Your reference is {ref}.\n\nPEXA Privacy"))

person("P10", "pexa", ("work", "quayside-law.co.uk"), "Re: Lodgement rejected - workspace {ws}",
       "Just a quick note to say thank you to Declan on your support desk, who sorted out the rejected lodgement "
       "on {ws} yesterday afternoon. The registration has gone through and our client is very relieved.\n\n"
       "I'm on annual leave from tomorrow until the 14th. If anything else comes up on this file, {cname} in our "
       "post-completion team will pick it up.",
       short_labels(),
       "Thanks for a resolved matter plus the writer's own leave dates: a person's message, not an auto-reply, "
       "and not a complaint (no dissatisfaction, nothing asked).",
       short="Thanks to Declan for sorting the lodgement on {ws}. I'm on leave until the 14th; {cname} has the "
             "file meanwhile.",
       sig="Practice Manager, Quayside Law",
       quote=("On 4 March 2026, PEXA Support wrote:",
              "Hello,\n\nWe have found the cause of the lodgement rejection (ticket {ref}) and resubmitted it to "
              "HM Land Registry.\n\nPEXA Support"))

person("P11", "pexa", ("work", "marlowconveyancing.co.uk"), "Delegation did not work while I was on leave",
       "Before I went on leave last week I set up delegation in my PEXA settings so that invitations and alerts for "
       "my workspaces would go to my colleague {cname}. The settings page showed delegation as active. None of the "
       "alerts reached her. A lender's invitation sat unanswered for four days and our client's completion on the "
       "12th had to be moved to the following week.\n\n"
       "{cfirst} and our IT team have checked: nothing was blocked on our side.\n\n"
       "I need to know why delegation failed, whether it is still failing for other users, and what you will do "
       "about the costs our client has run up because of the rescheduled completion.",
       short_labels(c=True, cat="platform_defect"),
       "The leave is the background, not an auto-reply; a setting that showed active but did not work, harm and "
       "demands = implicit complaint, platform_defect; no right asked.",
       sig="Conveyancing Executive, Marlow Conveyancing")

person("P12", "pexa", ("work", "stanegate-law.co.uk"), "Notifications while I'm away",
       "I'll be out of the office next week and will reply to anything else on my return, but one quick question "
       "first.\n\n"
       "Is there a way to pause the workspace email notifications for my login while I'm away, or to send them to "
       "a shared team inbox instead? At the moment my automatic reply goes back to PEXA every time a notification "
       "arrives, and I'd rather not clutter your system.",
       short_labels(),
       "Out-of-office wording used by a person who then asks a neutral how-to question = enquiry, not "
       "auto-generated and not a complaint.",
       short="Out of the office next week. Can I pause workspace notifications for my login while I'm away, or "
             "send them to a shared inbox?",
       sig="Property Lawyer, Stanegate Law", quote="pexa_user")

person("P13", "pexa", ("personal",), "Redemption figure for our sale",
       "Our sale is due to complete through PEXA on the 27th. Our lender, Kestrel, was asked by our solicitor for a "
       "redemption statement three weeks ago and still hasn't produced one; each time I phone I'm told it is 'in "
       "the queue'.\n\n"
       "I go into hospital for surgery on the 20th and will be in for at least a week, so I can't keep chasing. If "
       "the figure isn't in by then the completion will slip and our buyers will lose their removal date.\n\n"
       "Please make sure this reaches Kestrel and that someone there gets the statement done.",
       short_labels(c=True, cat="delay", firm="kbs"),
       "A seller's complaint purely about her lender's late redemption statement: implicit complaint to be "
       "forwarded, about_other_firm=kbs, category delay; the hospital stay is her own context.",
       quote="pexa_consumer")

person("P14", "pexa", ("work", "elmstead-homeloans.co.uk"), "Your customer research panel",
       "I've been told I've been added to a PEXA 'customer research panel' and should expect survey invitations. "
       "I'm starting a three-month sabbatical next week, so this isn't urgent, but I'd like to understand it "
       "before I come back.\n\n"
       "[[informed|What personal data of mine are you using for the panel, where did it come from and on what "
       "legal basis?]]\n"
       "[[objection|I object to my details being used for research or marketing, so please take me off the "
       "panel.]]\n\n"
       "I'll read any reply when I return in the summer.",
       short_labels(r="informed,objection"),
       "A person on sabbatical asks what data is used, from where and on what basis = informed, and objects to "
       "research/marketing use = objection; calm, so not a complaint.",
       sig="Head of Lending Operations, Elmstead Home Loans")

person("P15", "pexa", ("personal",), "Complaint - my data sent to my old firm",
       "Before I went on leave in February I asked for a copy of the data PEXA holds on my user account. I came "
       "back this week to find that your team had emailed the whole file - my home address, date of birth and ID "
       "documents included - to the shared inbox at my previous firm, where anyone in the office can read it. A "
       "former colleague forwarded it to me with an apology; your team hasn't contacted me at all.\n\n"
       "I want to make a formal complaint about this. Please confirm who else received the file and what steps "
       "you are taking about it.\n\n"
       "[[access|Please send my copy again, this time to this personal address and nowhere else.]]",
       short_labels(c=True, ex=True, pd=True, br=True, r="access", cat="personal_data"),
       "The writer calls it a formal complaint (explicit): her file was sent to the wrong inbox = breach and "
       "personal_data, category personal_data; sending the copy again = access.",
       short="I want to complain formally: my subject access copy went to my old firm's shared inbox while I was "
             "on leave. [[access|Please send my copy again, this time to this personal address and nowhere "
             "else.]]")

# ---- Conexus, group P ----------------------------------------------------------------------

person("P16", "conexus", ("personal",), "New address - account {acct}",
       "We move house on the 14th and I'll be without broadband for a couple of weeks after that, so I'm sending "
       "this now.\n\n"
       "[[rectification|Please update my address on account {acct} to 9 Larkspur Close, Hexham NE46 2RT from the "
       "14th.]]\n\n"
       "My payments will carry on as normal by standing order. If you need me in the meantime, my mobile number "
       "hasn't changed.",
       short_labels(r="rectification"),
       "A person moving house asks for her address to be updated = rectification; no dissatisfaction, so not a "
       "complaint.",
       short="Moving on the 14th. [[rectification|Please update my address on account {acct} to 9 Larkspur "
             "Close, Hexham NE46 2RT from the 14th.]]",
       quote="cx_customer")

person("P17", "conexus", ("personal",), "Request for my information",
       "I'm working in Dubai until the end of April and only checking email in the evenings, so please reply in "
       "writing rather than by phone.\n\n"
       "[[access|I'd like a copy of all the personal information Conexus holds about me, including notes of calls "
       "and any call recordings.]] My account number is {acct} and my date of birth is 22/09/1986.\n\n"
       "Electronic copies are fine.",
       short_labels(r="access"),
       "Away-working wording in a person's own request; a copy of all information and call recordings = access; "
       "neutral, not a complaint.",
       quote="cx_customer")

person("P18", "conexus", ("personal",), "Payment plan offer",
       "I put in an offer of £40 a month through your online form last week and had a reply within about two "
       "minutes turning it down. The email said it was sent automatically and gave no reason. That's fair enough "
       "if the numbers don't work, but my income changed when I started working offshore and the form had no box "
       "for rotation pay, so I think the system may have misread it.\n\n"
       "[[automated_decision|Could a member of staff look at my offer properly instead of the online system?]] "
       "I'm on the rig until the 20th with limited signal, but I can send payslips once I'm back onshore.",
       short_labels(r="automated_decision"),
       "'Sent automatically' describes the notice the person received, not this email; asking for a member of "
       "staff instead of the system = automated_decision; he accepts the outcome may stand, so a request, not a "
       "complaint.",
       short="On the rig until the 20th. Your system turned down my £40 offer automatically. "
             "[[automated_decision|Could a member of staff look at my offer properly instead of the online "
             "system?]]",
       quote="cx_customer")

person("P19", "conexus", ("personal",), "Letters about an old account",
       "I've just come home after three weeks in hospital and found two letters from you about an old Pennant "
       "Mobile contract, sent to this flat, which I only moved into in the autumn. I did have a phone with them "
       "years ago, but I don't remember owing anything.\n\n"
       "[[informed|Before I do anything else, please explain where you got my name and new address, and on what "
       "basis you are holding my details.]]\n\n"
       "I'm still recovering, so please write rather than phone.",
       short_labels(r="informed"),
       "Back from hospital, a person asks where the data came from and on what basis = informed; a neutral "
       "question with no dispute or demand, so not a complaint.")

person("P20", "conexus", ("personal",), "Texts about the budgeting app",
       "Since I set up my payment arrangement I've been getting texts from you about a 'money wellbeing' app and a "
       "partner offer on debt consolidation. I'm on holiday in Cornwall this week and catching up on messages.\n\n"
       "[[objection|Please don't use my number or email for marketing or offers - only for messages about my "
       "account.]]\n\nAccount {acct}.",
       short_labels(r="objection"),
       "A person on holiday asks for no marketing use of her contact details = objection; calm, not a complaint.",
       short="On holiday this week. [[objection|Please don't use my number or email for marketing or offers - "
             "only for messages about my account.]] Account {acct}.",
       quote="cx_customer")

person("P21", "conexus", ("personal",), "Settled account - please remove my details",
       "I cleared my account with you (reference {acct}) in 2021 and had a letter confirming it was settled in "
       "full. I go into hospital next month for an operation and I'm using the time beforehand to tidy up my "
       "affairs.\n\n"
       "[[erasure|Now that the account has been closed for over four years, please delete the personal data you "
       "still hold about me.]] If there's anything you are required to keep, please tell me what it is.",
       short_labels(r="erasure"),
       "A coming hospital stay is the person's own context; deleting the data about a settled account = "
       "erasure; no dissatisfaction, so not a complaint.")

person("P22", "conexus", ("personal",), "Payment history file",
       "I'm working with a debt management company to bring all my accounts into one plan, and their system can "
       "import statements electronically.\n\n"
       "[[portability|Please send me my payment history and account details for {acct} in a machine-readable "
       "format such as CSV, so it can be loaded straight into their system.]]\n\n"
       "I'm away for work for the next month, travelling between sites, so email is the best way to reach me.",
       short_labels(r="portability"),
       "The writer's own travel note; a CSV to load into another system = portability; he only mentions his "
       "debt management company, so not third party, and there is no complaint.",
       quote="cx_customer")

person("P23", "conexus", ("personal",), "Lumen Water balance",
       "Your letter says I owe Lumen Water £612.40. I moved out of 4 Cobbler's Row on 30 June last year and gave "
       "Lumen a final meter reading, but they kept billing the property in my name until December. That is where "
       "this balance comes from, and it's wrong.\n\n"
       "I've sent Lumen my tenancy end date and a photo of the meter and asked them to correct the account.\n\n"
       "[[restriction|Please don't use this balance or report it to credit reference agencies until Lumen has "
       "confirmed the correct figure.]]\n\n"
       "I'm on annual leave from next Wednesday for two weeks, so please reply by email.",
       short_labels(c=True, r="restriction", cat="debt_dispute", firm="lwt"),
       "The root cause is the creditor's own billing after move-out, so an implicit complaint about Lumen Water "
       "(about_other_firm=lwt, debt_dispute); 'don't use it until confirmed' = restriction; personal_data stays "
       "false because the grievance is the bill.",
       quote="cx_customer")

person("P24", "conexus", ("work", "riversidedebtadvice.org.uk"), "Client {client_m} - account {acct}",
       "I'm a money adviser at Riverside Debt Advice and I'm helping {client_m} with his finances. His signed "
       "authority is attached.\n\n"
       "[[access|On his behalf, please send us a copy of the personal data Conexus holds about him, including "
       "account notes and call recordings.]]\n\n"
       "I start two weeks' leave on Friday. My colleague {cname} will pick up the case while I'm away, so please "
       "copy casework@riversidedebtadvice.org.uk on your reply.",
       short_labels(r="access", tp=True),
       "A money adviser writing for her client = third_party; a copy of the client's data = access; her own "
       "leave note does not make it an auto-reply, and nothing is wrong, so not a complaint.",
       sig="Money Adviser, Riverside Debt Advice", quote="cx_rep")

person("P25", "conexus", ("personal",), "Calls while I was in hospital",
       "I rang on 2 March to tell your agent I was going into hospital for two weeks and asked for my account to "
       "be put on hold until I was home. She said it was noted. Over the next fortnight I had eleven calls from "
       "your numbers, two of them while I was on the ward, and my partner had to answer one of them.\n\n"
       "I want to complain about this. I'd like an explanation of why the hold wasn't applied, an apology, and "
       "confirmation that no further calls will be made before we agree a payment date.\n\nAccount {acct}.",
       short_labels(c=True, ex=True, cat="collection_conduct"),
       "The writer uses the word for her own grievance (explicit); calls during an agreed hold while in hospital "
       "= collection_conduct; 'no further calls' is a conduct remedy, not objection.",
       short="I want to complain: I told you I'd be in hospital and asked for a hold, and you rang eleven times "
             "while I was there. Please explain and apologise. Account {acct}.")

person("P26", "conexus", ("personal",), "Change of name and contact preferences",
       "Following my divorce I've gone back to my maiden name, {last}; the account is still under {first} "
       "{last2}. [[rectification|Please change the name on account {acct} to {first} {last}.]] A copy of the deed "
       "poll is attached.\n\n"
       "[[objection|I also don't want marketing or 'special offer' messages from you, so please stop using my "
       "details for that.]]\n\n"
       "I'm visiting family in Ireland for the next ten days, so there's no rush on the reply.",
       short_labels(r="rectification,objection"),
       "A person away visiting family asks for a name change = rectification and no marketing use = objection; "
       "no dissatisfaction, so not a complaint.",
       quote="cx_customer", female=True)

person("P27", "conexus", ("personal",), "Thank you",
       "I wanted to say thank you to Anjali in your customer team. When I called last month to say I'd been "
       "admitted to hospital, she put my account on hold straight away and rang back exactly when she said she "
       "would after I was discharged. The plan she set up is manageable and it's a weight off my mind.\n\n"
       "I'm back at work from Monday. Please pass this on to her manager.",
       short_labels(),
       "Praise from a person who mentions her hospital stay and return to work: not auto-generated and not a "
       "complaint (no dissatisfaction).",
       short="Back at work Monday after my hospital stay - please thank Anjali for putting my account on hold so "
             "quickly.",
       quote="cx_customer")

person("P28", "conexus", ("personal",), "Still waiting - query about account {acct}",
       "On 9 February I emailed to ask why my balance had gone up by £85 when I've paid every instalment on time. "
       "I got an automatic receipt saying someone would reply within five working days. It's now three and a half "
       "weeks later and nothing has arrived.\n\n"
       "I'm away on a course from Monday until Thursday and can't take calls, so please answer by email before "
       "then, or I'll ring on Friday. I need to know what the £85 is and whether it will be removed.",
       short_labels(c=True, cat="delay"),
       "A person quoting the automatic receipt she got and chasing an unanswered query = 'still waiting' chaser, "
       "implicit complaint about delay; no right asked.",
       quote=("On 9 February 2026, Conexus Customer Services wrote:",
              "This is an automatic receipt for your email (reference {ref}). We will reply within five working "
              "days.\n\nConexus Customer Services"))

person("P29", "conexus", ("work", "alderbrooksolicitors.co.uk"), "Our client {client_f} - affordability decision",
       "We act for {client_f} in relation to account {acct}. Our letter of authority is attached.\n\n"
       "Our client applied for a reduced payment arrangement through your website on 10 March and received an "
       "email the same afternoon declining it on the basis of an automated affordability score. Her circumstances "
       "are unusual - she is a carer on variable hours - and a score may not reflect them.\n\n"
       "[[automated_decision|On her behalf we ask that the decision be reviewed by a member of your staff rather "
       "than the automated system.]]\n\n"
       "I'll be out of the office next week and will reply on my return; in the meantime please send anything "
       "urgent to our general inbox.",
       short_labels(r="automated_decision", tp=True),
       "A solicitor writing for a client = third_party; human review of an automated decision = "
       "automated_decision; the out-of-office sentence is the solicitor's own, and the request is calm, so not a "
       "complaint.",
       sig="Solicitor, Alderbrook Solicitors", quote="cx_rep")

person("P30", "conexus", ("personal",), "Is this text from you?",
       "Away until Monday so I can't call, but I want to check this before then. I had a text this morning saying "
       "'This message was sent automatically by Conexus - please call us about your account' with a link. I do "
       "have an account with you ({acct}) but I've never had a text like this before and I'm wary of scams.\n\n"
       "Is it genuine, and is it safe to use the link?",
       short_labels(),
       "'Away until Monday' and a quoted 'sent automatically' notice inside a person's neutral question = "
       "enquiry: not auto-generated, not a complaint, no right.",
       short="Away until Monday. Is the 'sent automatically by Conexus' text with a link genuine? Account {acct}.")


# ---- group M: machine-made ------------------------------------------------------------------

M = []


def machine(sid, mailbox, sender, subject, text, note, short=None, quote=None, headers=None, envs=None,
            typo=False):
    M.append(dict(id=sid, mailbox=mailbox, group="M", sender=sender, subject=subject, text=text, short=short,
                  sig=None, quote=quote, labels=AUTO, note=note, headers=headers, envs=envs, typo=typo))


machine("M01", "pexa", ("work", "ashdownlegal.co.uk"), "Re: Your enquiry about workspace {ws}",
        "Thank you for your message. I am on leave from 2 March until 13 March inclusive and will not be checking "
        "email.\n\n"
        "For completion matters please contact {cname} on {tel}. For data protection queries, including requests "
        "for a copy of the information we hold about you, please contact our Data Protection Officer at "
        "dpo@ashdownlegal.co.uk.\n\n{name}\nAssociate Solicitor | Ashdown Legal",
        "A solicitor's out-of-office with no headers (leave dates, alternative contact, nothing about the thread) "
        "is auto-generated; its DPO line only informs, so rights stay empty.",
        short="On leave until 13 March. Completion matters: {cname}, {tel}. Data protection requests: "
              "dpo@ashdownlegal.co.uk.",
        quote=("On 27 February 2026, PEXA Support wrote:",
               "Dear colleague,\n\nThank you for your enquiry about workspace {ref}. The lender has now accepted "
               "the invitation.\n\nPEXA Support"),
        typo=True)

machine("M02", "pexa", ("fixed", ["Heathcote Bank Data Protection", "Data Protection Team"],
                        "privacy@heathcotebank.co.uk"),
        "Re: Update to your PEXA participant contact details",
        "Thank you for contacting the Heathcote Bank Data Protection team. This is a receipt for your email, which "
        "has been logged and passed to the right team.\n\n"
        "If you are making a request about your own information, you can ask for a copy of your data at any time, "
        "or ask us to correct anything that is wrong, using the forms at heathcotebank.co.uk/privacy. We respond to "
        "requests within one month.\n\nPlease do not reply to this message.",
        "An acknowledgement receipt from a privacy mailbox without headers is still machine-made; it describes "
        "access and correction as information, so rights=[].",
        quote=("On 5 March 2026, PEXA Participant Services wrote:",
               "Hello,\n\nPlease confirm the named contacts for your organisation's subscription {ref}.\n\n"
               "PEXA Participant Services"))

machine("M03", "pexa", ("fixed", ["Ferncliffe Law Service Desk", "Ferncliffe IT Support"],
                        "support@ferncliffelaw.co.uk"),
        "Your request 48213",
        "Hello,\n\nYour request 48213 has been received and is being reviewed by our team. A member of staff will "
        "respond as soon as possible.\n\n"
        "To add information, reply to this email and keep the reference in the subject line.\n\n"
        "If your request concerns your personal data and you want us to correct or delete your details, please use "
        "the form at ferncliffelaw.co.uk/data-request instead.\n\nFerncliffe Law Service Desk",
        "A ticket notice ('Your request 48213') from a service desk is machine-made even from support@ with no "
        "headers; correct/delete is explained, not asked of PEXA.")

machine("M04", "pexa", ("personal",), "Re: Settlement booked for 12 Alder Way",
        "Hi, I'm away until Monday 23 March and won't be reading emails until then. If this is about our house "
        "purchase, please contact our solicitors, Greyfield & Co.\n\nSent automatically.",
        "A home buyer's holiday auto-reply (no headers, no reference to the content) is auto-generated; a member "
        "of the public sending it changes nothing.",
        short="Away until Monday 23 March. Sent automatically.",
        quote=("On 16 March 2026, PEXA Notifications wrote:",
               "Hello,\n\nSettlement for workspace {ref} (12 Alder Way) has been booked by your conveyancer.\n\n"
               "PEXA"),
        typo=True)

machine("M05", "pexa", ("work", "kingsmere-law.co.uk"),
        "Automatic reply: Consumer complaint forwarded - 5 Peel Street",
        "I am out of the office until Tuesday 7 April. Your email has not been forwarded.\n\n"
        "If your message is urgent please call our reception on {tel}.\n\n"
        "Kingsmere Law LLP processes personal data in line with its privacy notice at kingsmere-law.co.uk/privacy, "
        "which explains your rights, including how to object to the way we use your information.",
        "Auto-reply headers and an 'Automatic reply:' subject mark an out-of-office; the complaint is only in the "
        "subject it echoes and the objection wording is a privacy footer, so nothing else is set.",
        short="I am out of the office until Tuesday 7 April. Your email has not been forwarded.",
        headers={"auto-submitted": "auto-replied", "x-autoreply": "yes"},
        envs=["plain", "html", "short"])

machine("M06", "pexa", ("fixed", ["Kestrel Completions", "Kestrel BS Completions Desk"],
                        "completions@kestrelbs.co.uk"),
        "Re: Workspace {ws} - funds not received",
        "Thank you for contacting the Kestrel Building Society completions desk. This mailbox is monitored between "
        "9am and 5pm, Monday to Friday, and we aim to reply within one working day.\n\n"
        "For same-day completion issues, please call {tel}.\n\n"
        "You are receiving this message because you emailed us. To stop marketing emails from Kestrel, reply STOP "
        "to marketing@kestrelbs.co.uk - this won't affect service messages.",
        "A team mailbox's standard acknowledgement is machine-made; 'reply STOP' is information for the reader, "
        "not an objection made to PEXA.",
        quote=("On 18 March 2026, PEXA Support wrote:",
               "Hello,\n\nThe settlement on workspace {ref} is waiting for Kestrel's funds.\n\nPEXA Support"))

machine("M07", "pexa", ("fixed", ["PEXA Academy", "PEXA Academy Support"], "support@pexa-academy.co.uk"),
        "Account update",
        "Hello,\n\nThe email address on your PEXA Academy learner account was changed on 11 March 2026 at 14:02. If "
        "you made this change, no action is needed. If you didn't, please contact us straight away.\n\n"
        "You can ask for a copy of your data at any time, or ask us to correct it, from the Privacy page of your "
        "account.\n\nPEXA Academy",
        "A system notice about an account change ('Account update', no headers) is auto-generated; the copy and "
        "correction sentence informs the reader, so rights=[].")

machine("M08", "pexa", ("work", "greyfriarslaw.co.uk"), "Re: Information request from PEXA",
        "Thank you for your email. I'm away until Monday 9 March and have limited access to email.\n\n"
        "Subject access requests and other data protection requests received while I am away will be logged by the "
        "Risk team and answered within the statutory time limit. If your matter is urgent, please email "
        "risk@greyfriarslaw.co.uk.\n\n{name}\nData Protection Officer, Greyfriars Law LLP",
        "A DPO's out-of-office, no headers: auto-generated; it says how requests are handled and asks PEXA for "
        "nothing, so no rights; Greyfriars is only the sender.",
        short="Away until Monday 9 March. Urgent data protection matters: risk@greyfriarslaw.co.uk.",
        quote=("On 2 March 2026, PEXA Privacy wrote:",
               "Dear colleague,\n\nWe have received a request (ref {ref}) that concerns a workspace your firm acted "
               "in.\n\nPEXA Privacy"),
        typo=True)

machine("M09", "pexa", ("fixed", ["Mail Delivery Subsystem", "Mail Delivery System"],
                        "MAILER-DAEMON@mx2.pembrokeconvey.co.uk"),
        "Undelivered Mail Returned to Sender",
        "This is the mail system at host mx2.pembrokeconvey.co.uk.\n\n"
        "I'm sorry to have to inform you that your message could not be delivered to one or more recipients.\n\n"
        "<l.harcourt@pembrokeconvey.co.uk>: host mx2.pembrokeconvey.co.uk said: 550 5.1.1 User unknown\n\n"
        "----- Original Message -----\nSubject: Your request for a copy of your PEXA data\n\n"
        "Dear Ms Harcourt,\nFurther to your request for a copy of your personal data, we attach...",
        "A MAILER-DAEMON bounce with a null return path is auto-generated; the access request is only in the "
        "returned original, so rights stay empty.",
        short="This is the mail system at host mx2.pembrokeconvey.co.uk.\n\n"
              "<l.harcourt@pembrokeconvey.co.uk>: 550 5.1.1 User unknown",
        headers={"return-path": "<>", "auto-submitted": "auto-replied"},
        envs=["plain", "short"])

machine("M10", "pexa", ("fixed", ["Marsh & Penrose Client Care", "Client Care Team"], "clientcare@marshpenrose.co.uk"),
        "Re: Consumer complaint forwarded to you - 14 Mill Lane",
        "Thank you for your email to Marsh & Penrose Conveyancing. This is an automatic acknowledgement: your "
        "message has been received and will be passed to the relevant fee earner.\n\n"
        "We aim to respond to client care matters within five working days.\n\n"
        "If your email is a data protection request - for example, if you want us to correct or delete your "
        "details - please use the form at marshpenrose.co.uk/privacy-requests so that it reaches our Data "
        "Protection Lead.",
        "An automatic acknowledgement from a participant's client-care address: auto-generated even though the "
        "subject echoes a complaint; correct/delete is described, not requested.",
        quote=("On 12 March 2026, PEXA Customer Resolution wrote:",
               "Dear colleague,\n\nWe are forwarding a consumer's message about 14 Mill Lane (ref {ref}), which "
               "concerns your firm.\n\nPEXA Customer Resolution"))

machine("M11", "pexa", ("work", "tvmortgages.co.uk"), "Out of Office: Redemption statement - workspace {ws}",
        "I'm out of the office until Thursday 16 April. For redemption statements please email "
        "redemptions@tvmortgages.co.uk.\n\n"
        "Thames Valley Mortgages will only send you marketing if you have agreed to it. You can ask us to stop "
        "using your details for marketing at any time by replying UNSUBSCRIBE to any of our marketing emails.",
        "Out-of-office headers and subject; the marketing opt-out is a footer informing the reader, so no "
        "objection; the lender is only the sender.",
        short="I'm out of the office until Thursday 16 April.",
        headers={"auto-submitted": "auto-replied", "x-autoreply": "yes", "x-auto-response-suppress": "All"},
        envs=["plain", "html", "short"])

machine("M12", "pexa", ("work", "pexa-uk.co.uk"), "Re: Escalation for Thursday's meeting",
        "Hello, and thanks for your email. I'm on annual leave from 30 March until 10 April with no access to "
        "email.\n\n"
        "For anything about an open case please write to the Customer Resolution Team at the usual address. Data "
        "subject requests (copies of data, corrections, erasure and objections) should go to privacy@pexa-uk.co.uk, "
        "where they are logged and answered within a month.\n\n{name}\nCustomer Resolution Manager",
        "PEXA's own staff member's leave reply, no headers: auto-generated; listing where data requests go is "
        "information, not a request.",
        quote=("On 26 March 2026, Customer Resolution Team wrote:",
               "Hi,\n\nAgenda for Thursday attached; case list ref {ref}.\n\nCustomer Resolution Team"),
        typo=True)

machine("M13", "pexa", ("fixed", ["SignBridge", "SignBridge Notifications"], "notifications@signbridge.io"),
        "Document completed: TR1 transfer - 8 Rowan Court",
        "All parties have signed \"TR1 transfer - 8 Rowan Court\". A copy of the completed document is attached "
        "for your records.\n\nThis is an automated notification. Please do not reply.\n\n"
        "SignBridge processes personal data as described in our privacy notice at signbridge.io/privacy, which "
        "explains how to object to processing and how to request a copy of your data.",
        "An e-signature platform notification with auto headers; its privacy sentence describes objection and "
        "access rights without asking PEXA for anything.",
        headers={"auto-submitted": "auto-generated", "precedence": "bulk"},
        envs=["plain", "html"])

machine("M14", "pexa", ("work", "oakleyhomeloans.co.uk"), "Re: Participant survey - your feedback",
        "Thanks for getting in touch. I'm travelling for work until 30 May and checking email only occasionally, "
        "so my reply may be delayed.\n\n"
        "If your message is about a mortgage application, please contact {cname} on {tel}. If it concerns a data "
        "request - access, correction or erasure of your personal information - please email our privacy team at "
        "privacy@oakleyhomeloans.co.uk, who will respond within one month.\n\n{name}",
        "A travel out-of-office with no headers is machine-made; access, correction and erasure are named only as "
        "routing information, so rights=[].",
        short="Travelling for work until 30 May; replies may be delayed. Data requests: "
              "privacy@oakleyhomeloans.co.uk.",
        quote=("On 20 May 2026, PEXA Customer Experience wrote:",
               "Hello,\n\nWe'd value your feedback on the platform (survey {ref}).\n\nPEXA Customer Experience"),
        typo=True)

machine("M15", "pexa", ("personal",), "Re: Your sale has settled - 3 Kiln Lane",
        "Thanks for your email - we're on holiday until 2 June with wifi only now and then, and I'll reply when "
        "we're home. If it's urgent and about the house sale, please ring Harbridge Solicitors.\n\n"
        "(This is an automatic reply.)",
        "A seller's holiday auto-reply with no headers: auto-generated, nothing else set.",
        short="On holiday until 2 June. (This is an automatic reply.)",
        quote=("On 26 May 2026, PEXA Notifications wrote:",
               "Hello,\n\nThe settlement of 3 Kiln Lane (workspace {ref}) has completed.\n\nPEXA"),
        typo=True)

# ---- Conexus, group M ----

machine("M16", "conexus", ("work", "northgatemoneyhelp.org.uk"), "Re: Your client's account {acct}",
        "Thank you for your email. I am on leave until Wednesday 15 April. Messages are not being forwarded.\n\n"
        "For existing clients please contact our casework line on {tel}.\n\n"
        "Northgate Money Help is a registered charity. You can ask us for a copy of the information we hold about "
        "you at any time by emailing dpo@northgatemoneyhelp.org.uk.",
        "A money adviser's leave reply without headers is auto-generated (so not third party either); the copy "
        "offer is the charity's own privacy information.",
        short="On leave until Wednesday 15 April. Casework line: {tel}.",
        quote=("On 8 April 2026, Conexus Customer Services wrote:",
               "Dear adviser,\n\nWe have placed your client's account {ref} on hold for 30 days.\n\n"
               "Conexus Customer Services"),
        typo=True)

machine("M17", "conexus", ("fixed", ["Lumen Water Customer Support", "Lumen Water"], "support@lumenwater.co.uk"),
        "Your request 40718",
        "Thanks for getting in touch with Lumen Water. This is an automatic acknowledgement - your request 40718 "
        "has been logged and an adviser will reply within 5 working days.\n\n"
        "If you want us to correct your details or send you a copy of your data, you can do this online at "
        "lumenwater.co.uk/privacy.\n\nLumen Water Customer Support",
        "A creditor's ticket acknowledgement from support@ with no headers is machine-made; correct/copy are "
        "offered as information, so rights=[] and no firm is set.")

machine("M18", "conexus", ("personal",), "Re: Your account {acct}",
        "I'm on holiday until 3 August with no phone signal. If this is about my complaint, I'll deal with it when "
        "I'm back. Sent automatically - please don't reply to this message.",
        "A debtor's holiday auto-reply that mentions 'my complaint' in general terms: auto-generated, so "
        "complaint=false and nothing else set.",
        short="On holiday until 3 August. Sent automatically.",
        quote=("On 21 July 2026, Conexus Customer Relations wrote:",
               "Dear customer,\n\nWe have now finished looking into the points you raised (ref {ref}).\n\n"
               "Conexus Customer Relations"),
        typo=True)

machine("M19", "conexus", ("work", "whitcombe-solicitors.co.uk"), "Auto: Our client Mr R. Hale - account {acct}",
        "I am on annual leave and will return on Monday 18 May. Your email will be dealt with on my return.\n\n"
        "For urgent matters please contact our litigation team on {tel}.\n\n"
        "Whitcombe Solicitors' privacy notice explains how we use personal data and how to object to or restrict "
        "that use: whitcombe-solicitors.co.uk/privacy.",
        "A solicitor's 'Auto:' reply with auto headers is machine-made; the representative role does not make it "
        "third party, and objection/restriction appear only in a privacy footer.",
        short="I am on annual leave and will return on Monday 18 May.",
        headers={"auto-submitted": "auto-replied", "x-autoreply": "yes"},
        envs=["plain", "html", "short"])

machine("M20", "conexus", ("fixed", ["Brightside Debt Charity Helpdesk", "Brightside Helpdesk"],
                           "support@brightsidedebt.org.uk"),
        "Your request 63092",
        "## Please type your reply above this line ##\n\n"
        "Your request (63092) has been updated.\n\n"
        "Agent note: We have received your letter about our client and added it to the case file. Our adviser will "
        "be in touch.\n\n"
        "You can ask for a copy of your data at any time by contacting our data protection officer at "
        "dpo@brightsidedebt.org.uk.\n\nThis email is a service message from Brightside Debt Charity.",
        "A helpdesk ticket update, even one carrying an agent's note, is a system notification: auto-generated; "
        "the copy-of-data line is information.")

machine("M21", "conexus", ("fixed", ["Office of Helen Marr MP", "Helen Marr MP - Casework"],
                           "casework@helenmarr.org.uk"),
        "Re: Constituent enquiry - Mrs D. Ellwood",
        "Thank you for contacting the constituency office of Helen Marr MP. This is an automated "
        "acknowledgement.\n\n"
        "Casework is dealt with in the order it is received. Please do not send the same enquiry more than once.\n\n"
        "Our privacy notice explains how we handle your personal data. You may ask for your data to be corrected or "
        "deleted by writing to the office manager.",
        "An MP's office automated acknowledgement is machine-made, so not third party and no rights; correction "
        "and deletion are explained to the reader.",
        quote=("On 14 April 2026, Conexus Customer Relations wrote:",
               "Dear Ms Marr,\n\nThank you for your letter about your constituent (our ref {ref}).\n\n"
               "Conexus Customer Relations"))

machine("M22", "conexus", ("work", "conexus-collections.co.uk"), "Re: Account {acct} - payment plan",
        "Thank you for your email. I'm on leave from 5 to 16 May.\n\n"
        "For account queries please contact the customer team on {tel}. For subject access requests please write "
        "to our data protection officer at dpo@conexus-collections.co.uk.\n\n{name}\nCustomer Relations Team Leader",
        "Conexus's own staff member's out-of-office, no headers: auto-generated; the subject access line routes "
        "requests and asks for nothing.",
        short="On leave from 5 to 16 May. Subject access requests: dpo@conexus-collections.co.uk.",
        quote=("On 5 May 2026, Conexus Customer Services wrote:",
               "Hi,\n\nPassing this one to you: payment plan review on account {ref}.\n\nConexus Customer Services"),
        typo=True)

machine("M23", "conexus", ("fixed", ["Northline Energy Data Protection", "Northline Data Protection"],
                           "dataprotection@northline-energy.co.uk"),
        "Automatic reply: Customer query - account {acct}",
        "We've received your email.\n\n"
        "If you want us to correct or delete your details, use the form at northline-energy.co.uk/your-data - "
        "requests sent by email can take longer to process.\n\n"
        "For billing queries, please contact our customer service team.",
        "A creditor's data-protection auto-reply with auto headers; 'correct or delete your details' tells the "
        "reader how to ask, so no rights.",
        headers={"auto-submitted": "auto-replied", "x-auto-response-suppress": "All"},
        envs=["plain", "html"])

machine("M24", "conexus", ("fixed", ["ClearPath Client Portal", "ClearPath Support"], "support@clearpathdebt.org.uk"),
        "Account update",
        "You have a new secure message in the ClearPath client portal. Log in to read it.\n\n"
        "We send these notifications to the address registered on your account.\n\n"
        "To stop marketing emails, reply STOP. You will still receive messages about your case.",
        "A portal notification ('Account update', no headers) is machine-made; 'reply STOP' is an opt-out "
        "instruction to the reader, not an objection to Conexus.")

machine("M25", "conexus", ("personal",), "Re: Payment arrangement for {acct}",
        "I'm away until Monday helping my mum move house and won't be checking email much. I'll get back to you "
        "next week. (Sent automatically.)",
        "A member of the public's short away message with no headers: auto-generated by its wording alone.",
        short="Away until Monday. (Sent automatically.)",
        quote=("On 12 June 2026, Conexus Customer Services wrote:",
               "Dear customer,\n\nYour payment arrangement {ref} has been set up.\n\nConexus Customer Services"),
        typo=True)

machine("M26", "conexus", ("fixed", ["Mail Delivery System", "Mail Delivery Subsystem"],
                           "MAILER-DAEMON@mail.hollowaymail.net"),
        "Delivery Status Notification (Failure)",
        "Address not found\n\n"
        "Your message wasn't delivered to d.ferris@hollowaymail.net because the address couldn't be found, or is "
        "unable to receive mail.\n\n"
        "----- Original Message -----\nSubject: Your account {acct}\n\n"
        "Dear Mr Ferris,\nYou have the right to request a copy of the information we hold about you...",
        "A delivery-failure bounce (null return path, MAILER-DAEMON) is auto-generated; the rights wording sits "
        "only in the returned original.",
        short="Address not found\n\nYour message wasn't delivered to d.ferris@hollowaymail.net.",
        headers={"return-path": "<>", "auto-submitted": "auto-replied"},
        envs=["plain", "short"])

machine("M27", "conexus", ("fixed", ["Crestline Credit Data Support", "Crestline Support"],
                           "support@crestlinecredit.co.uk"),
        "Re: Dispute notice - account {acct}",
        "Thank you for contacting Crestline. This is a receipt for your message. Notices of correction and disputes "
        "are normally reviewed within 28 days.\n\n"
        "You can request a copy of your credit file at any time through our website, and ask us to correct "
        "information you believe is wrong.\n\n"
        "Please do not reply to this email; replies are not monitored.",
        "A credit agency's receipt from support@ with no headers is machine-made; the copy and correction "
        "sentences inform, they do not ask Conexus for anything.",
        quote=("On 2 April 2026, Conexus Data Team wrote:",
               "Dear Sir or Madam,\n\nPlease see the attached notice about the account under our reference {ref}."
               "\n\nConexus Data Team"))

machine("M28", "conexus", ("fixed", ["Fairway Advice Casework", "Fairway Advice"], "casework@fairwayadvice.org.uk"),
        "Auto: Client authority - {client_f}",
        "Thank you for your email to Fairway Advice. We have received it and a caseworker will respond within 10 "
        "working days. If your client is in crisis, please call our priority line on {tel}.\n\n"
        "Our privacy notice explains how we use personal data and how to object to that use: "
        "fairwayadvice.org.uk/privacy",
        "An advice agency's autoresponder with auto headers: auto-generated, not third party, and the objection "
        "wording is a privacy pointer.",
        headers={"auto-submitted": "auto-replied", "x-autoreply": "yes"},
        envs=["plain", "html"])

machine("M29", "conexus", ("fixed", ["Westbury Revenues", "Westbury Council Revenues and Benefits"],
                           "revenues@westbury.gov.uk"),
        "Re: Council tax account - liability period",
        "Thank you for your email to Westbury Council Revenues and Benefits. This is a receipt for your email; "
        "please keep it for your records.\n\n"
        "We are currently responding to correspondence received 15 working days ago.\n\n"
        "To ask for a copy of the information the Council holds about you, email dpo@westbury.gov.uk or use the "
        "online form on our website.",
        "A council's receipt from an ordinary team address is machine-made; the council is the sender, not the "
        "subject of a complaint, and the copy sentence is information.",
        quote=("On 7 April 2026, Conexus Client Services wrote:",
               "Dear colleague,\n\nPlease confirm the liability period for the account under our reference {ref}."
               "\n\nConexus Client Services"))

machine("M30", "conexus", ("fixed", ["Sterling Credit Client Portal", "Sterling Credit Support"],
                           "support@sterlingcredit.co.uk"),
        "New file available",
        "A new placement file (14 accounts) has been uploaded to the Sterling Credit client portal for your "
        "organisation. Log in to download it.\n\n"
        "This is an automatically generated message - replies are not monitored.\n\n"
        "Our privacy notice explains how we process personal data and how customers can object.",
        "A creditor portal's file notice with no headers is machine-made; the objection mention is a privacy "
        "pointer, so rights=[].")

SCENARIOS = P + M

# ---------------------------------------------------------------------------------------------
# rendering

PLACE = re.compile(r"\{(first|last|last2|name|cname|cfirst|tel|acct|ws|client_m|client_f)\}")


def draw_person(rng):
    return rng.choice(FIRST), rng.choice(LAST)


def tel(rng):
    return rng.choice(TEL_STEMS) + f"{rng.randrange(1000):03d}"


def envs_for(sc):
    if sc["envs"]:
        return list(sc["envs"])
    if sc["group"] == "P":
        e = ["plain", "html", "typo"]
        if sc["quote"]:
            e += ["quote", "html+quote", "typo+quote"]
    else:
        e = ["plain", "html"]
        if sc["quote"]:
            e += ["quote", "html+quote"]
        if sc.get("typo"):
            e += ["typo"] + (["typo+quote"] if sc["quote"] else [])
    if sc["short"]:
        e.append("short")
    return e


def address(sc, first, last, rng):
    kind = sc["sender"][0]
    if kind == "personal":
        style = rng.randrange(4)
        local = [f"{first}.{last}", f"{first[0]}{last}", f"{first}{last}{rng.randrange(10, 99)}",
                 f"{last}.{first[0]}"][style].lower()
        return f"{first} {last} <{local}@{rng.choice(PERSONAL_DOMAINS)}>"
    if kind == "work":
        local = [f"{first}.{last}", f"{first[0]}.{last}", f"{first}"][rng.randrange(3)].lower()
        return f"{first} {last} <{local}@{sc['sender'][1]}>"
    raise ValueError(kind)


def render(sc, env, rng, fixed_name=None):
    first, last = draw_person(rng)
    if sc.get("female"):
        first = rng.choice(FEMALE)
    last2 = rng.choice([x for x in LAST if x != last])
    cfirst, clast = draw_person(rng)
    if cfirst == first:
        cfirst = rng.choice([x for x in FIRST if x != first])
    vals = {"first": first, "last": last, "last2": last2, "name": f"{first} {last}", "cname": f"{cfirst} {clast}",
            "cfirst": cfirst, "tel": tel(rng), "acct": f"CX-{rng.randrange(1000000, 9999999)}",
            "ws": f"{rng.randrange(10, 99)}-{rng.randrange(10000, 99999)}", "client_m": rng.choice(CLIENT_M),
            "client_f": rng.choice(CLIENT_F)}

    def fill(s):
        return PLACE.sub(lambda m: vals[m.group(1)], s)

    if sc["sender"][0] == "fixed":
        sender = f"{fixed_name} <{sc['sender'][2]}>"
    else:
        sender = address(sc, first, last, rng)
    short = env == "short"
    if sc["group"] == "P":
        if short:
            text = sc["short"] + "\n\n" + first
        else:
            greet = rng.choice(GREET[sc["mailbox"]])
            sign = rng.choice(SIGN)
            sig = "\n" + sc["sig"] if sc["sig"] and rng.random() < 0.7 else ""
            text = (greet + "\n\n" if greet else "") + sc["text"] + f"\n\n{sign}\n{{name}}" + sig
    else:
        text = sc["short"] if short else sc["text"]
    text = fill(text)
    if "typo" in env:
        text = typos_outside_marks(text, rng, MARK_RIGHTS, 0.3)
    marks = rights_marks_of(text)
    body = strip_marks(text, MARK_RIGHTS)
    quote = None
    if "quote" in env:
        q = sc["quote"]
        quote = rng.choice(GENERIC_QUOTES[q]) if isinstance(q, str) else q
    return finish_marked_record(rng, mailbox=sc["mailbox"], sender=sender, subject=fill(sc["subject"]), body=body,
                                html="html" in env, quote=quote, subject_marks=[], body_marks=marks,
                                labels=sc["labels"], note=sc["note"], source=f"{PREFIX}-{sc['id']}", env=env,
                                headers=sc["headers"])


def build(rng):
    records = []
    for sc in SCENARIOS:
        pair = rng.sample(envs_for(sc), 2)
        names = rng.sample(sc["sender"][1], 2) if sc["sender"][0] == "fixed" else [None, None]
        for env, name in zip(pair, names):
            records.append(render(sc, env, rng, name))
    return records


def summary(records, env_count):
    n = len(records)
    srcs = {r["source"] for r in records}
    out = [f"wrote {OUT}: {n} emails from {len(srcs)} scenarios "
           f"({sum(r['source'].startswith(PREFIX + '-P') for r in records)} emails in group P, "
           f"{sum(r['source'].startswith(PREFIX + '-M') for r in records)} in group M)"]
    lab = [r["labels"] for r in records]
    out.append(f"mailboxes: {dict(collections.Counter(r['mailbox'] for r in records))}")
    out.append(f"complaints: {sum(x['complaint'] for x in lab)} emails "
               f"({sum(x['explicit'] for x in lab)} explicit); machine-made: {sum(x['auto_generated'] for x in lab)}; "
               f"third party: {sum(x['third_party'] for x in lab)}; with any header: "
               f"{sum(bool(r['headers']) for r in records)}; html: {sum(r['html'] for r in records)}")
    for right in RIGHTS:
        rs = [r for r in records if right in r["labels"]["rights"]]
        out.append(f"  {right}: {len(rs)} emails, {len({r['source'] for r in rs})} scenarios")
    out.append(f"emails with any right: {sum(bool(x['rights']) for x in lab)}")
    out.append("envelopes: " + ", ".join(f"{k} {v}" for k, v in sorted(env_count.items())))
    return "\n".join(out)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=marked_record_errors)


if __name__ == "__main__":
    sys.exit(main())
