#!/usr/bin/env python3
"""Author F's marked rights set: hand-written emails in which ordinary people use their UK GDPR rights.

What it makes: data/trials/rights_marked_f.jsonl, about 220 labelled emails for the complaints@ mailboxes of
"pexa" (conveyancing platform) and "conexus" (debt collection agency). About 85 hand-written scenarios (source ids
rmf-sNNN), each one whole email in plain everyday prose, mostly calm and mid-length and often about something else
first (a house move, a bereavement, a new job, a divorce, a payment plan). The rights request is usually one polite
sentence in the middle and rarely names the right or the law. About a quarter are look-alikes with rights [] (data
words without a data request, document requests, debt disputes, process questions, a newsletter).

How: every scenario's text marks each sentence (or clause) that ASKS for a right inline as [[right|sentence]]. The
markers are stripped when rendering, and the sentence is recorded verbatim in `request_sentences` (HTML-escaped for
HTML bodies, exactly as it sits inside its <p>). Each scenario is rendered 2-3 times with a different sender,
greeting and sign-off and one envelope: plain, html (labelled_mail.html_with_quote), quoted (an earlier reply from
the firm under "On ... wrote:"), typo (1-2 letter edits by labelled_mail.edit_words, never inside a marked
sentence, a capitalised word such as a name, or a word containing "compl"), footer (a legal disclaimer or a phone
footer), or short (a hand-written short or subject-only version with the same labels). Labels follow
shared/labelling/labelling-guide.md; every record is checked with labelled_mail.marked_record_errors through
shuffle_number_check, which refuses to write if one fails. Stdlib only; one random.Random(20261217) drives every
choice, so the output is byte-identical on every run.

Usage:  python data/make/make_rights_marked_f.py [output.jsonl]
        (default: data/trials/rights_marked_f.jsonl)
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (edit_words, escape_html, html_with_quote, mark_segments, marked_record_errors,  # noqa: E402
                           quote_lines, run_generator, short_labels)

SEED = 20261217
PREFIX = "rmf"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "rights_marked_f.jsonl")
L = short_labels

# ---------------------------------------------------------------------------------------------
# senders, greetings, sign-offs, footers

FIRST_F = ["Alison", "Bethan", "Carol", "Deborah", "Eileen", "Fiona", "Gemma", "Hazel", "Isobel", "Janet",
           "Karen", "Lorraine", "Maureen", "Nadia", "Olivia", "Pauline", "Rachel", "Sandra", "Tracey", "Una",
           "Vanessa", "Wendy", "Yasmin", "Zoe", "Amira", "Bronwen", "Chloe", "Dawn", "Esther", "Freya",
           "Gillian", "Harriet", "Joanne", "Kirsty", "Leanne", "Marion", "Nicola", "Priya", "Ruth", "Shona"]
FIRST_M = ["Adrian", "Barry", "Colin", "Darren", "Edward", "Frank", "Gavin", "Howard", "Ian", "Jamal",
           "Keith", "Liam", "Malcolm", "Neil", "Owen", "Patrick", "Raymond", "Stuart", "Trevor", "Vikram",
           "Wayne", "Aaron", "Bernard", "Craig", "Dennis", "Euan", "Graham", "Hamish", "Imran", "Jonathan",
           "Kenneth", "Lewis", "Martin", "Nigel", "Oliver", "Philip", "Rhodri", "Simon", "Tariq", "Warren"]
SURNAMES = ["Abbott", "Bancroft", "Chaudhry", "Davies", "Ellwood", "Fairbairn", "Gallagher", "Hargreaves",
            "Iqbal", "Jenkins", "Kaur", "Lockwood", "McAllister", "Nwosu", "Osborne", "Pickford", "Quinn",
            "Rowlands", "Sutcliffe", "Thornton", "Underwood", "Varma", "Whitaker", "Yates", "Ashworth",
            "Blackburn", "Cartwright", "Dunmore", "Edwards", "Fletcher", "Grieve", "Holloway", "Ingram",
            "Jarvis", "Kowalski", "Lindsay", "Moorcroft", "Noble", "Okonkwo", "Pennington", "Rafferty",
            "Sheridan", "Tennant", "Vickers", "Walsh", "Armitage", "Beresford", "Coulson", "Drummond",
            "Eastwood", "Farrell", "Gough", "Hussain", "Kennedy", "Lamb", "Mercer", "Nicholls", "O'Hara",
            "Prentice", "Redfern", "Staniforth", "Trelawney", "Wainwright", "Ahmed", "Brennan", "Crossley"]
CONSUMER_DOMAINS = ["gmail.com", "outlook.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "icloud.com",
                    "sky.com", "talktalk.net", "virginmedia.com", "live.co.uk", "aol.com", "protonmail.com"]

GREET_CASUAL = ["Hi,", "Hello,", "Hello there,", "Good morning,", "Hi there,", "Good afternoon,", ""]
GREET_FORMAL = ["Dear Sir or Madam,", "Dear Sirs,", "To whom it may concern,", "Dear Sir/Madam,"]
GREET_TEAM = {"pexa": ["Dear PEXA team,", "Hello PEXA,", "Dear PEXA Support,"],
              "conexus": ["Dear Conexus,", "Hello Conexus team,", "Dear Customer Services,"]}
SIGN_CASUAL = ["Thanks,", "Many thanks,", "Kind regards,", "Best wishes,", "Thanks very much,", "Regards,",
               "Thank you,", "All the best,"]
SIGN_AFTER_THANKS = ["Kind regards,", "Best wishes,", "Regards,", "All the best,", ""]
SIGN_FORMAL = ["Yours faithfully,", "Yours sincerely,", "With thanks,", "Yours faithfully"]
PHONE_FOOTERS = ["Sent from my iPhone", "Sent from my Samsung Galaxy smartphone.", "Get Outlook for Android",
                 "Sent from Mail for Windows", "Sent from my iPad", "Sent from Yahoo Mail on Android"]
DISCLAIMERS = [
    "This email and any attachments are confidential and intended solely for the addressee. They may contain "
    "personal data. If you have received this email in error please notify the sender and delete it.",
    "CONFIDENTIALITY: the information in this message is confidential and may be legally privileged. It is "
    "intended only for the named recipient. We process personal data in accordance with our privacy notice, "
    "available on request.",
    "Please consider the environment before printing this email. Emails are not secure and may be intercepted; "
    "we accept no liability for loss or damage caused by viruses.",
]
CONSUMER_SIGS = ["Please consider the environment before printing this email.",
                 "This message was sent from a personal account. Please reply to this address only.",
                 "--\nMobile: 07700 900{:03d}"]

DEFAULT_QUOTE = {
    "pexa": ("PEXA Support", "Thank you for contacting PEXA Support. Your enquiry has been logged and a member of "
             "the team will be in touch within two working days.\n\nKind regards,\nPEXA Customer Support"),
    "conexus": ("Conexus Customer Services", "Thank you for your email. We have received it and added it to your "
                "account. Please quote your reference number whenever you contact us.\n\nConexus Customer "
                "Services"),
}
QUOTE_DATES = ["2 May 2025", "14 March 2025", "9 June 2025", "21 January 2025", "30 April 2025",
               "3 February 2025", "17 July 2025", "11 August 2025", "6 October 2025", "25 September 2025"]

# ---------------------------------------------------------------------------------------------
# scenarios

SCENARIOS = []


def S(sid, mb, g, subject, body, lab, note, dom=None, sig=None, formal=False, quote=None, short=None,
      senders=None, envs=None):
    """One hand-written scenario. body: paragraphs separated by blank lines, request sentences as
    [[right|sentence]]. g: 'f' or 'm' (sender names). dom: the sender's firm domain (None: a consumer address).
    sig: lines under the name. quote: (who, text) of an earlier firm reply. short: (subject, body) of a short or
    subject-only version with the same labels. senders: fixed (name, address) list. envs: fixed envelope list."""
    SCENARIOS.append(dict(sid=sid, mb=mb, g=g, subject=subject, body=body, lab=lab, note=note, dom=dom, sig=sig,
                          formal=formal, quote=quote, short=short, senders=senders, envs=envs))


# --- batch 1: pexa, users and consumers -----------------------------------------------------------

S("rmf-s001", "pexa", "f", "Retirement - my user account",
  "I am retiring at the end of this month after thirty-one years in conveyancing, the last four of them using "
  "your platform here at Hartley Bowen. Our administrator will close my login in the usual way.\n\n"
  "[[access|Before that happens, I should be grateful if you would send me a copy of the personal information you "
  "hold about me as a user, including my training record and any notes on my account.]]\n\n"
  "I keep a file of such things and should like it to be complete. A paper copy by post is perfectly acceptable.",
  L(r="access"),
  "A retiring user asks for a copy of the personal information held about her (access); calm, no dissatisfaction, "
  "so not a complaint.",
  dom="hartleybowen.co.uk", sig="Hartley Bowen Solicitors", formal=True,
  short=("Copy of my user information before I retire",
         "Retiring at month end. [[access|Could you send me a copy of what you hold about me as a user before my "
         "login is closed?]]"))

S("rmf-s002", "pexa", "f", "Surname on my user profile",
  "I got married over the summer and have changed my surname at work. The workspaces still show my maiden name "
  "next to every document I sign, which confuses the other side now and then.\n\n"
  "[[rectification|Could the record show my married name from now on?]] It's the same as on my signature below, "
  "and our practice manager is happy to confirm it if you need that.\n\n"
  "Thanks for your help.",
  L(r="rectification"),
  "Asking for her own name on her user record to be updated is rectification (guide: 'update my record'); a routine "
  "request with no dissatisfaction, so not a complaint.",
  dom="brackleywood.co.uk", sig="Paralegal, Brackley & Wood LLP")

S("rmf-s003", "pexa", "m", "Leaving conveyancing - my details",
  "After eleven years as a conveyancing executive I've left the profession, and I start teacher training in "
  "September. My old firm has already switched off my login.\n\n"
  "[[erasure|I'd rather you didn't keep my details on file now that I won't be using the platform again, so could "
  "you delete my user profile and contact details?]] If there's anything you have to hold on to for a set time, "
  "just let me know what and for how long.\n\n"
  "Thanks for everything over the years, it made completion days a lot calmer.",
  L(r="erasure"),
  "A former user asks for his profile and contact details to be deleted (erasure), politely and with thanks, so not "
  "a complaint.",
  short=("[[erasure|Please delete my old user profile]]",
         "Left conveyancing, won't be back. [[erasure|Could you delete my user profile and contact details?]]"))

S("rmf-s004", "pexa", "f", "My mobile number on the platform",
  "Quick one about my user profile. When I set up my login three years ago I put my personal mobile in the contact "
  "field because the office phones were being replaced that week. It's still there, and I've noticed it shows up "
  "for other firms' conveyancers when they look at the participants on a workspace. I've had two calls at the "
  "weekend this month from people I've never dealt with.\n\n"
  "[[rectification|Please could you change it to our main office number, 01632 960418?]] [[restriction|Until "
  "that's done, I'd rather my mobile wasn't shown to anyone outside our firm.]]\n\n"
  "It's not a big drama, I just don't want it going any further.",
  L(r="rectification,restriction"),
  "Replacing the number on her record is rectification; not showing the mobile to others until it is changed is "
  "restriction. She put the number there herself and raises no grievance against PEXA, so not a complaint.",
  dom="kelvinsidelaw.co.uk", sig="Kelvinside Law")

S("rmf-s005", "pexa", "m", "Emails from PEXA",
  "I came to one of your lender webinars in the spring, which was useful, thank you. Since then I've been getting "
  "two or three emails a week about new features, events and a customer awards dinner.\n\n"
  "I'm happy to keep getting the service notices about outages and cut-off times, as I need those for work. "
  "[[objection|But I'd rather you didn't send me the marketing ones, if you can separate them out.]]\n\n"
  "Thanks in advance.",
  L(r="objection"),
  "Asking not to be sent marketing while keeping service notices is objection to direct marketing; polite, no "
  "grievance, so not a complaint. Thames Valley Mortgages is only his employer.",
  dom="tvmortgages.co.uk", sig="Completions Team, Thames Valley Mortgages",
  short=("Marketing emails",
         "[[objection|Could you stop the marketing emails please?]] The service notices are fine, I need those."))

S("rmf-s006", "pexa", "f", "Complaint - texts about 'moving home offers'",
  "We bought our first house in April and the completion went through without a hitch, so I have no quarrel with "
  "that part. Since then, though, I've had five text messages from PEXA about 'moving home offers' from removal "
  "firms and broadband companies. I never gave you my number myself; I assume it came from our solicitor for the "
  "completion day updates.\n\n"
  "I want to complain about this. My number was given to you to tell me when the money had gone through, not to "
  "sell me things. [[objection|Please stop using it for marketing straight away]], [[erasure|and delete it from "
  "your records now that our purchase is finished.]]\n\n"
  "I'd like a reply confirming both.",
  L(c=True, ex=True, pd=True, r="objection,erasure", cat="personal_data"),
  "An explicit complaint that PEXA used a number given for completion updates to send marketing (unexpected use: "
  "personal_data, no disclosure so breach=false). 'Stop using it for marketing' = objection; 'delete it' = erasure. "
  "PEXA's own conduct is blamed, so about_other_firm=null.")

S("rmf-s007", "pexa", "f", "Email about my mother's house sale",
  "We sold Mum's old house in Kidderminster last month. I was the executor, so all the paperwork came to me, and it "
  "all went smoothly, for which I'm grateful. This morning I had an email from PEXA with my name and the address of "
  "the house, asking me to rate my 'settlement experience'.\n\n"
  "I'm not upset, just puzzled, as I'd never heard of you before. [[informed|Could you tell me how you came to "
  "have my email address, and what else you use it for?]]\n\n"
  "Thank you.",
  L(r="informed"),
  "Asking where PEXA got her email address and what it is used for is the right to be informed; she says she is "
  "not upset and only wants an explanation, so not a complaint.",
  short=("how did you get my email?",
         "Got a survey email from you about my late mum's house sale. [[informed|Where did you get my email address "
         "from, and what do you use it for?]]"))

S("rmf-s008", "pexa", "m", "Phone call from Brightline Insight",
  "We completed on the sale of our flat on 6 June, and I've no criticism of how the day itself went. Yesterday, "
  "however, a woman from a company called Brightline Insight rang my mobile, said she was calling on behalf of "
  "PEXA, and read the sale price and completion date back to me before asking how I felt about the process.\n\n"
  "I didn't know my details had gone anywhere beyond the solicitors and the bank, and frankly I wasn't pleased to "
  "hear a stranger read out what I sold my home for. [[informed|Who else gets told about a sale like mine, and on "
  "what basis did you pass my number and the price to that company?]]\n\n"
  "I'd appreciate a proper answer.",
  L(c=True, pd=True, r="informed", cat="personal_data"),
  "Displeasure that his sale details were passed to a research firm, with an answer expected: implicit complaint "
  "about unexpected sharing (personal_data). The firm called on PEXA's behalf, so no wrong-person disclosure "
  "(breach=false). Asking who receives his data and on what basis = informed.")

S("rmf-s009", "pexa", "f", "Application turned down by the identity check",
  "I qualified as a licensed conveyancer in January and I'm setting up on my own from a small office in Ludlow. I "
  "applied to join PEXA on 3 September and the identity check turned me down within a couple of minutes with 'We "
  "could not verify your details'. I think it is because I moved house in July and my driving licence still has "
  "the old address, but nobody has asked me.\n\n"
  "I've already lost one remortgage client who needed a quick completion. [[automated_decision|Is there any way a "
  "person could look at my application and my documents, rather than it being left to the system?]] I'm happy to "
  "send a utility bill or anything else that helps.\n\n"
  "A reply this week would be a great help.",
  L(c=True, r="automated_decision", cat="onboarding"),
  "Blocked from joining with a lost client and a reply wanted: implicit onboarding complaint. Asking for a person "
  "rather than the system to decide is automated_decision; the grievance is the refusal, not data handling, so "
  "personal_data=false.",
  sig="Sole practitioner, Ludlow")

S("rmf-s010", "pexa", "m", "Account locked after holiday login",
  "I was on holiday in Portugal last week and logged in once from my laptop to check a completion had gone "
  "through. When I got back my account had been locked, and the message says my login was 'flagged by our "
  "automated risk checks' and will stay suspended for 30 days unless I register again.\n\n"
  "I completely understand why you have checks like this and I'm not grumbling about them. [[automated_decision|I'd "
  "just like someone on your team to review the decision, rather than it standing because the system scored it "
  "that way.]] I can confirm my identity however you need.\n\n"
  "Thanks.",
  L(r="automated_decision"),
  "A calm request for a person to review a lock imposed by automated risk scoring = automated_decision. He says he "
  "is not unhappy with the checks, so it is a service request rather than a complaint.",
  dom="ashgrovelaw.co.uk", sig="Associate, Ashgrove Law")

S("rmf-s011", "pexa", "m", "My father, Mr Arthur Coombes - house sale in May",
  "I'm writing for my father, Mr Arthur Coombes, who is 88. He sold his house in Worthing in May before moving "
  "into a care home near me, and I hold a lasting power of attorney for his finances, which I can send you.\n\n"
  "Dad likes to keep a record of everything, and he's asked whether your company holds anything about him from the "
  "sale. [[access|If you do, could you send us a copy of the information you have about him?]] Post to my address "
  "is easiest; he doesn't use email.\n\n"
  "Thank you for your help.",
  L(r="access", tp=True),
  "A son with power of attorney asks for a copy of the information held about his father (access, on someone "
  "else's behalf, so third_party). No dissatisfaction, so not a complaint.",
  formal=True)

S("rmf-s012", "pexa", "f", "Training record wrong - can't start work",
  "I've just moved from Sandown Clarke to a new firm, and as part of starting here I needed to show that I had "
  "done your Workspace Essentials course. I did it on 12 March and passed the assessment. Your system, though, has "
  "me down as 'not completed', and the certificate it produces spells my first name wrongly as well.\n\n"
  "My new practice manager says I can't work on live workspaces until HR has the right record, so I'm sitting on "
  "my hands for now. [[rectification|Could the record show that I completed and passed on 12 March, with my name "
  "spelled as it is on this email?]] [[restriction|Until that's sorted, please don't send the current version of my "
  "training record to anyone, including my old firm.]]\n\n"
  "I'd be grateful to hear back as soon as you can.",
  L(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
  "Her own training record is wrong and it is costing her work, and she wants it fixed: implicit complaint about "
  "inaccurate personal data (category personal_data, as in lg-19). 'Could the record show...' = rectification; "
  "'don't send it to anyone until sorted' = restriction.")

S("rmf-s013", "pexa", "f", "Training history in a different format",
  "I'm moving from Kestrel's completions team to a firm of solicitors next month, and the new firm keeps everyone's "
  "CPD in their own HR software. Most of my CPD over the last two years has been your online modules.\n\n"
  "[[portability|Is there any way to get my training history out as a spreadsheet or CSV file that their system "
  "can read in, rather than the individual PDF certificates?]] It would save me typing in thirty-odd entries by "
  "hand.\n\n"
  "No rush at all, I start on the 1st.",
  L(r="portability"),
  "Her training data in a machine-readable file to load into another system = portability; no dissatisfaction. "
  "Kestrel is only her employer.",
  short=("CPD history as a spreadsheet?",
         "[[portability|Could I have my training history as a CSV file to load into my new employer's HR system?]]"))

S("rmf-s014", "pexa", "m", "Still waiting - my information request of 4 August",
  "On 4 August I asked your data protection team for a copy of the information you hold about me, including the "
  "login history for my user account between January and June. The SRA is looking into a file I worked on at my "
  "previous firm and I need to show when I was and wasn't in the workspace.\n\n"
  "It is now eight weeks later. I've had an automatic acknowledgement and nothing since, despite two follow-up "
  "emails. [[access|Please send me the information I asked for, and the login history in particular, without "
  "further delay.]]\n\n"
  "I would also like to know why it has taken this long.",
  L(c=True, pd=True, r="access", cat="personal_data"),
  "An ignored data request chased with clear dissatisfaction is an implicit complaint about a badly handled rights "
  "request (personal_data; that specific theme rather than generic delay). Re-asking for a copy of his data and "
  "login history = access.",
  quote=("PEXA Data Protection", "Thank you for your request. We have received it and will respond within one "
         "month.\n\nData Protection Team"))

S("rmf-s015", "pexa", "m", "Registration photograph",
  "I am a partner in a small country practice and, at the age of sixty-seven, I have finally been persuaded by my "
  "younger colleagues that we should join the platform. I completed the registration on Tuesday, which included "
  "holding my passport up to the camera and taking what I believe is called a selfie.\n\n"
  "[[informed|I should be obliged if you would tell me what use is made of that photograph, who it is shared with, "
  "and for how long it is kept.]] I ask not out of any dissatisfaction but because I should like to be able to "
  "answer the same question if my own clients put it to me.\n\n"
  "I look forward to hearing from you.",
  L(r="informed"),
  "An older solicitor asks what his identity photograph is used for, who receives it and how long it is kept: the "
  "right to be informed. He states there is no dissatisfaction, so not a complaint.",
  dom="pellinghart.co.uk", sig="Senior Partner, Pelling & Hart", formal=True)

# --- batch 2: pexa, more rights and the first look-alikes ---------------------------------------------

S("rmf-s016", "pexa", "f", "Sales calls to our conveyancers' mobiles",
  "Over the past fortnight three of my conveyancers have had sales calls on their personal mobiles from someone at "
  "PEXA offering a 'premium support bundle'. The only way you'd have those numbers is from the user set-up forms we "
  "sent when they joined, and those were for two-factor log-in codes.\n\n"
  "They're getting fed up and so am I, as it's me they come to. [[objection|Please don't use my colleagues' mobile "
  "numbers, or mine, for sales calls or any other marketing.]] The numbers are there for security codes and nothing "
  "else.\n\n"
  "Could you let me know it's been dealt with?",
  L(c=True, pd=True, r="objection", cat="personal_data"),
  "Numbers given for log-in codes used for sales calls, with annoyance and a reply wanted: implicit complaint about "
  "unexpected use of personal data. 'Don't use the numbers for marketing' = objection. A practice manager writing "
  "for her own firm's staff is not third_party (guide rule 8).",
  dom="mercerlane.co.uk", sig="Practice Manager, Mercer Lane Solicitors")

S("rmf-s017", "pexa", "f", "Moving to Australia - my records",
  "I'm emigrating to Perth in November to join a conveyancing practice there, which is exciting and terrifying in "
  "equal measure. They've asked for evidence of my platform training and how many settlements I've handled.\n\n"
  "[[portability|Could you send me my training records and the list of workspaces I acted on as a file their "
  "system can import, CSV or similar?]] [[erasure|Once I've got that, I'd like my account and details removed, as I "
  "won't be coming back to the UK market.]]\n\n"
  "Thanks so much, and thanks for all the help over the years.",
  L(r="portability,erasure"),
  "A machine-readable copy of her records to import into another system = portability; removing her account and "
  "details afterwards = erasure. A friendly request, not a complaint.",
  short=("Records as CSV, then close my account",
         "Emigrating in November. [[portability|Please send my training records and workspace list as a CSV I can "
         "import over there]], [[erasure|then delete my account and details.]]"))

S("rmf-s018", "pexa", "m", "SRA number shown on my profile",
  "I have recently learned that there is another solicitor with my name practising in the north east, and it appears "
  "that the SRA number on my platform profile may be his rather than mine. I have written to the SRA and expect "
  "their confirmation within a fortnight.\n\n"
  "[[restriction|In the meantime, would you kindly refrain from displaying that number or using it for any checks "
  "until the SRA has confirmed which is correct?]] I will forward their letter as soon as it arrives.\n\n"
  "I am much obliged.",
  L(r="restriction"),
  "While the accuracy of his SRA number is being checked he asks PEXA not to display or use it: restriction "
  "(Art 18, contested accuracy). He is not yet asking for a correction and voices no grievance, so not a complaint.",
  dom="harcourtmoss.co.uk", sig="Harcourt Moss LLP", formal=True)

S("rmf-s019", "pexa", "f", "Remortgage - what happens to my details?",
  "I remortgaged with a new lender last month and got a couple of emails from your system on the day, which was "
  "reassuring actually, I could see where things were up to. It went fine.\n\n"
  "Now that it's all done I've been wondering about it, and I'm not comfortable with not knowing where my details "
  "go. [[informed|What information about me do you keep from the remortgage, is any of it passed to other lenders "
  "or credit agencies, and how long do you keep it for?]]\n\n"
  "Thanks in advance, no hurry.",
  L(r="informed"),
  "Asking what data is kept, who receives it and how long it is kept is the right to be informed (an explanation, "
  "not a copy). She says the remortgage went fine, so not a complaint.")

S("rmf-s020", "pexa", "f", "My 'high risk' rating",
  "Since the start of the month every settlement I authorise needs a second sign-off from a partner, because my "
  "user account now carries a 'high risk' rating. Nobody told me this was happening; I found out when a completion "
  "sat waiting for two hours while my partner was in court. The help desk said the rating is set automatically and "
  "they can't change it.\n\n"
  "[[informed|I would like to know what information about me goes into that rating.]] [[automated_decision|I also "
  "want a person at PEXA to look at it properly instead of the system deciding.]]\n\n"
  "Two completions have slipped already and our clients are asking why. Please come back to me this week.",
  L(c=True, r="informed,automated_decision", cat="process"),
  "An automatic rating forces second sign-offs and delays completions; she is unhappy and wants a reply: implicit "
  "complaint whose grievance is the rule itself (process). What data feeds the rating = informed; a person instead "
  "of the system = automated_decision. personal_data=false: the grievance is the procedure, not mishandled data.",
  dom="greyfriarslaw.co.uk", sig="Senior Associate, Greyfriars Law LLP")

S("rmf-s021", "pexa", "f", "Complaint about Orchard Lane - and a question for you",
  "We're buying 4 Saxon Mews and our solicitors are Orchard Lane. Exchange was meant to be six weeks ago and every "
  "time I ring them they tell me it's 'waiting on PEXA'. I want to complain about how Orchard Lane are handling our "
  "purchase; nobody there will give me a straight answer, and our mortgage offer runs out on the 30th.\n\n"
  "I don't blame you, as I don't know what is really going on. [[access|Could you send me a copy of whatever your "
  "system holds about me and this purchase, so I can see for myself where it's up to?]]\n\n"
  "Please pass the rest on to whoever deals with Orchard Lane.",
  L(c=True, ex=True, r="access", firm="ols", cat="delay"),
  "A buyer's explicit complaint purely about her own solicitor's delay (she does not blame PEXA), so it is "
  "forwarded: about_other_firm=ols, category delay. Asking PEXA for a copy of what its system holds about her and "
  "her purchase = access; personal_data=false, the grievance is delay.")

S("rmf-s022", "pexa", "m", "Date of birth on my ID check",
  "Every time I log in from a new computer your system asks me to confirm my date of birth, and it never accepts "
  "it the first time. I think I know why: when I registered I typed it the American way round, so you have me as "
  "born on 7 December rather than 12 July.\n\n"
  "[[rectification|Could you correct my date of birth to 12 July 1986?]] I can send a copy of my passport page if "
  "that helps.\n\n"
  "Cheers for sorting it.",
  L(r="rectification"),
  "Asking for his wrong date of birth to be corrected = rectification. He made the typing error himself and is not "
  "dissatisfied with PEXA, so not a complaint.",
  dom="calderconveyancing.co.uk", sig="Calder Conveyancing",
  short=("[[rectification|Please correct my date of birth - it's 12 July 1986 not 7 Dec]]", ""))

S("rmf-s023", "pexa", "m", "Telephone surveys",
  "I retired from practice in 2023 but evidently remain on some list of yours, because I have now been telephoned "
  "three times by people conducting 'customer research on behalf of PEXA'. They are always perfectly courteous, "
  "and I have no wish to make a fuss.\n\n"
  "[[objection|I do not, however, wish my details to be used for surveys or research of any kind, and I should be "
  "grateful if you would stop doing so.]]\n\n"
  "Thank you for your attention to this.",
  L(r="objection"),
  "Objecting to his data being used for research calls = objection (processing based on the firm's interests). "
  "Courteous, 'no wish to make a fuss', so not a complaint.",
  formal=True)

S("rmf-s024", "pexa", "f", "Talent community emails",
  "I applied for a support analyst job with you in February and wasn't successful, which is fine, these things "
  "happen. Since then, though, I've been put into something called a 'talent community' and get a job alert from "
  "you every Monday. I never agreed to join anything, and it's a bit off to find my CV is being kept for this.\n\n"
  "[[erasure|I'd like my CV and application details deleted.]] Please let me know when that's done.",
  L(c=True, pd=True, r="erasure", cat="personal_data"),
  "An unsuccessful applicant is unhappy that her CV was kept and used for job alerts she never agreed to, and wants "
  "confirmation: implicit complaint about unexpected use of her data (personal_data). 'Delete my CV and "
  "application details' = erasure.")

S("rmf-s025", "pexa", "f", "Re: Your training records",
  "Thank you for replying so quickly, but I'm afraid this isn't what I asked for. You've sent me forty-two separate "
  "PDF certificates. My new firm's system needs a single file it can read in, and nobody is going to retype "
  "forty-two certificates by hand, least of all me on my first week.\n\n"
  "[[portability|Please send the same information again as one spreadsheet or CSV file.]] If your system genuinely "
  "can't do that, I'd like to be told why.",
  L(c=True, pd=True, r="portability", cat="personal_data"),
  "Dissatisfied that her request was answered in an unusable format, and asking again: implicit complaint about a "
  "badly handled rights request (personal_data). One spreadsheet or CSV her new system can read = portability.",
  quote=("PEXA Data Protection", "Please find attached your training records as requested.\n\nData Protection "
         "Team"))

S("rmf-s026", "pexa", "f", "Client asking what PEXA holds",
  "One of our clients, who bought a flat through us in the spring, has asked us for everything we hold about her "
  "purchase, which we are dealing with in the normal way. She has also asked whether PEXA keeps anything about her.\n\n"
  "So that we can point her in the right direction: if a client wants to know what you hold, should she write to "
  "you directly or does it come through us? And roughly how long do you usually take to answer?\n\n"
  "Many thanks.",
  L(),
  "Look-alike: a law firm asks how a client could ask PEXA for her data, a process question. The writer asks "
  "nothing to be done with her own data or the client's, so rights=[]; no dissatisfaction, not a complaint.",
  dom="fernbrookpropertylaw.co.uk", sig="Client Services, Fernbrook Property Law")

S("rmf-s027", "pexa", "m", "Change of office address",
  "We moved into new offices on Monday, so please could you update our firm's details on the platform: the new "
  "address is 2nd Floor, 9 Cathedral Walk, Chelmsford CM1 1AB, and the switchboard is now 01245 960210. The old "
  "number will divert until Christmas.\n\n"
  "Our bank account for completion monies is unchanged.\n\n"
  "Thanks.",
  L(),
  "Look-alike: updating a firm's office address and switchboard is account administration for a business, not "
  "rectification of a person's data, so rights=[]; a routine request, not a complaint.",
  dom="brookfieldhale.co.uk", sig="Office Manager, Brookfield Hale")

S("rmf-s028", "pexa", "f", "Copy of settlement statement - workspace 31-90417",
  "Our auditors are working through last year's completions and have asked for evidence on a handful of files. "
  "Could you send us a copy of the final settlement statement and the lodgement receipt for workspace 31-90417? "
  "It settled on 28 November. Our own copy of the statement seems to have been saved over by a later draft.\n\n"
  "Thanks very much.",
  L(),
  "Look-alike: a lender asks for copies of transaction documents for its auditors. That is a document request by a "
  "firm, not anyone asking for their own personal data, so rights=[]; not a complaint.",
  dom="heathcotebank.co.uk", sig="Mortgage Completions, Heathcote Bank")

S("rmf-s029", "pexa", "m", "Thanks - and the next advanced session",
  "Just a note to say our first completion on the platform went through on Friday without a single hiccup. The "
  "buyers had their keys by half past twelve, which I don't think has happened in this office before.\n\n"
  "Is there a date yet for the next advanced session on remortgages? Two of us would like to come.\n\n"
  "Thanks again.",
  L(),
  "Look-alike: praise and a question about training dates. The legal disclaimer in some renderings mentions "
  "personal data, but nothing is asked about anyone's data, so rights=[] and not a complaint.",
  dom="oakridgelegal.co.uk", sig="Oakridge Legal")

S("rmf-s030", "pexa", "f", "Can I see our workspace?",
  "We're selling my late father's bungalow and our solicitor mentioned that everything on completion day happens "
  "'in the PEXA workspace'. My brother and I live at opposite ends of the country and it's been hard to keep up "
  "with what's going on.\n\n"
  "Is there any way for us to log in and see the workspace ourselves on the day, or is that only for the "
  "solicitors? We'd just like to know when the money has arrived.\n\n"
  "Thank you.",
  L(),
  "Look-alike: 'is there any way to see the workspace' asks for access to the platform, not a copy of personal data "
  "(guide: 'access' can mean a portal), so rights=[]; a neutral question, not a complaint.")

# --- batch 3: pexa, last rights scenarios and look-alikes ---------------------------------------------

S("rmf-s031", "pexa", "m", "Note on my user profile",
  "A colleague at another firm mentioned last week that my profile on the platform now has a flag next to it "
  "reading 'Concern raised - refer to compliance'. I have no idea what it refers to. The only thing I can think of "
  "is a mix-up in August when a completion statement was uploaded to the wrong workspace by someone else in my "
  "office, which your team looked into at the time and closed.\n\n"
  "Other conveyancers can see that flag and it is not doing my reputation any good. [[restriction|While you look "
  "into where it came from, please hide it from other users and don't rely on it for anything.]]\n\n"
  "I would like to hear back once you have checked.",
  L(c=True, pd=True, r="restriction", cat="personal_data"),
  "An unexplained flag on his profile, visible to others and harming his reputation, with a reply expected: "
  "implicit complaint about inaccurate personal data shown to others (personal_data, no disclosure to a wrong "
  "person so breach=false). 'Hide it and don't rely on it while you look into it' = restriction.",
  dom="linfordwade.co.uk", sig="Linford Wade Solicitors")

S("rmf-s032", "pexa", "f", "New trainee's registration on hold",
  "Our new trainee solicitor started with us on Monday and we registered her as a user the same day. Her "
  "registration has been put on hold with a message saying she is a 'potential match' on your automated sanctions "
  "screening. She shares a fairly common name and she is, I promise, a 23-year-old from Stockton.\n\n"
  "[[automated_decision|Could a member of your team review it by hand, rather than it resting on the automatic "
  "match?]] [[informed|It would also help her to know what the match was based on and where that information "
  "came from.]]\n\n"
  "We can send any ID you need. Thank you.",
  L(r="automated_decision,informed"),
  "A firm asks for a human review of an automated screening hold on its trainee (automated_decision) and for what "
  "the match was based on and where the information came from (informed). Staff acting for their own firm's user, "
  "so third_party=false; calm, not a complaint.",
  dom="stocktonbridgelaw.co.uk", sig="HR and Office Manager, Stockton Bridge Law")

S("rmf-s033", "pexa", "m", "Call with your support desk on Thursday",
  "I rang your support desk on Thursday afternoon about a workspace that wouldn't let me add the lender. The man I "
  "spoke to sighed through most of my explanation, told me it was 'obviously user error' and then put the phone "
  "down on me while I was still talking. It turned out the next day that there was a fault, which your team fixed "
  "within the hour once someone else looked at it.\n\n"
  "I don't expect everyone to be cheerful at four o'clock, but I do expect to be spoken to properly. "
  "[[access|I'd like a copy of the recording of that call, please]], and an apology would be nice too.\n\n"
  "Please let me know how you will take this forward.",
  L(c=True, r="access", cat="service_quality"),
  "Rude handling by support staff with an apology and a reply wanted: implicit complaint, service_quality. A copy "
  "of the call recording is his own personal data = access; the grievance is not about data, so personal_data=false.",
  dom="whitlowpartners.co.uk", sig="Whitlow & Partners")

S("rmf-s034", "pexa", "f", "Newsletter at my new job",
  "I started a new job in October at a small firm that doesn't use the platform yet. Last Tuesday a PEXA newsletter "
  "arrived in my new work inbox, addressed to me by name. I had a login at my old firm, but I've never given you "
  "this address and I haven't told many people I've moved.\n\n"
  "[[informed|How did you find my new email address?]] [[erasure|And please could you delete it from your records, "
  "as I don't need anything from you at this job.]]\n\n"
  "Thanks very much.",
  L(r="informed,erasure"),
  "Asking how PEXA obtained her new work address = informed; asking for it to be deleted = erasure. Puzzled rather "
  "than dissatisfied, and no remedy beyond the requests, so not a complaint.",
  dom="ravensworthlaw.co.uk", sig="Ravensworth Law",
  short=("how did you get this address?",
         "[[informed|Never gave you my new work email - how did you get it?]] [[erasure|Please delete it.]]"))

S("rmf-s035", "pexa", "f", "Individual figures in the insights report",
  "Our practice manager shared the new quarterly 'insights' report with the team this week. I can see it is meant "
  "to be helpful, and the firm-level figures are interesting. But it also lists each conveyancer by name with our "
  "average time to settle, and I'm second from bottom because I handle the probate sales, which always take "
  "longer.\n\n"
  "[[objection|I'd rather my individual figures weren't used in that kind of league table at all.]] Is that "
  "something you can switch off for individuals?\n\n"
  "Thanks.",
  L(r="objection"),
  "Not wanting her own activity data used to rank her by name is objection to a particular processing (profiling); "
  "she sees the report's value and voices no grievance against PEXA, so not a complaint.",
  dom="prydehallett.co.uk", sig="Pryde Hallett Solicitors")

S("rmf-s036", "pexa", "m", "New home address",
  "We moved house at the weekend, so a change of details for my user account. When I registered you took my home "
  "address for the identity check; the new one is 11 Foxglove Rise, Harrogate HG2 8TT.\n\n"
  "[[rectification|Please update my address to that.]] While you're at it, [[access|could you send me a copy of "
  "the other personal details you hold about me, so I can check nothing else is out of date?]]\n\n"
  "Thanks.",
  L(r="rectification,access"),
  "Updating his home address = rectification (guide lg-37); a copy of the other personal details held = access. "
  "A routine change of circumstances, not a complaint.",
  dom="nidderdalelegal.co.uk", sig="Nidderdale Legal")

S("rmf-s037", "pexa", "f", "Duplicate workspace - please delete",
  "I'm afraid I created two workspaces for the same remortgage this morning (31-91022 and 31-91025) because the "
  "first one seemed to hang. Please delete 31-91025; everything is in 31-91022 and the lender has been invited to "
  "that one.\n\n"
  "Sorry for the extra work.",
  L(),
  "Look-alike: 'delete' refers to a duplicate workspace, not anyone's personal data (like deleting an attachment in "
  "lg-02), so rights=[]; a service request, not a complaint.",
  dom="ambersidelaw.co.uk", sig="Ambersides Law")

S("rmf-s038", "pexa", "m", "Supplier due diligence - data protection questions",
  "We are carrying out our annual supplier review and I have been asked to update our file on PEXA. Could you "
  "send us a current copy of the data processing agreement, a list of your sub-processors and where they are "
  "located, and confirmation of your most recent security certification?\n\n"
  "If there is a supplier assurance pack that covers this, that would be ideal.",
  L(),
  "Look-alike: a lender's data protection questions about PEXA's contract and sub-processors are supplier due "
  "diligence by a firm, not a person asking about their own data, so rights=[]; not a complaint.",
  dom="kestrelbs.co.uk", sig="Third Party Risk, Kestrel Building Society")

S("rmf-s039", "pexa", "f", "Data Protection Digest - November: subject access, erasure and the new complaints duty",
  "DATA PROTECTION DIGEST - November issue\n\n"
  "In this issue: how long do you have to answer a subject access request when it arrives on a Friday? We look at "
  "the ICO's counting rules and why the clock starts on the day of receipt.\n\n"
  "Erasure requests and conveyancing files: what to keep, for how long, and how to explain it to a client who asks "
  "you to delete everything.\n\n"
  "From June 2026 data subjects can complain to controllers directly. Our checklist covers the new acknowledgement "
  "duty.\n\n"
  "You are receiving this because you subscribed at dpdigest.co.uk. To unsubscribe or manage your preferences, "
  "visit dpdigest.co.uk/preferences.",
  L(auto=True),
  "A newsletter (subscription footer, unsubscribe link) is auto_generated even without list headers. Rights and "
  "complaints are only its topics, so rights=[] and complaint=false.",
  senders=[("Data Protection Digest", "newsletter@dpdigest.co.uk"),
           ("DP Digest", "digest@mail.dpdigest.co.uk")],
  envs=["plain", "html"])

S("rmf-s040", "pexa", "m", "Per-user access fee on our October invoice",
  "Our October invoice has a new line, 'Additional user access - 6 users at £35', which we've never been charged "
  "before and which isn't in our agreement. Those six users have had logins since 2023.\n\n"
  "I'd like the charge taken off and an explanation of where it came from. If there has been a change to your "
  "pricing, I'd expect to have been told about it in advance rather than finding it on an invoice.",
  L(c=True, cat="fees_charges"),
  "Look-alike for rights: 'user access' is a platform fee, not the right of access. An unexpected charge with a "
  "refund and explanation demanded is an implicit complaint, fees_charges; rights=[].",
  dom="bramleyford.co.uk", sig="Finance Director, Bramley Ford LLP")

S("rmf-s041", "pexa", "f", "Leaver - please remove user",
  "One of our conveyancers, Tom Ellery, left the firm on Friday. Please could you remove him as a user from our "
  "subscription and reassign his open workspaces (there are three) to me until we recruit.\n\n"
  "Thank you.",
  L(),
  "Look-alike: an administrator removing a leaver's login from the firm's subscription is user administration, not "
  "a data-subject asking for erasure, so rights=[]; a routine request, not a complaint.",
  dom="marshpenrose.co.uk", sig="Team Leader, Marsh & Penrose Conveyancing")

S("rmf-s042", "pexa", "m", "A copy of your complaints procedure",
  "We're selling my mother-in-law's house and completion is due in three weeks. Everything is fine so far, but our "
  "solicitor suggested I keep a copy of the complaints procedures of everyone involved, just in case.\n\n"
  "Could you post me a copy of yours? We don't have a printer at home. Our address is 3 Mill Cottages, Alston CA9 "
  "3RT.\n\n"
  "Thanks very much.",
  L(),
  "Look-alike: a request for a document (the complaints procedure), not personal data; the word 'complaints' "
  "names the document and there is no dissatisfaction, so complaint=false and rights=[].")

# --- batch 4: conexus, debtors and their families -----------------------------------------------------

S("rmf-s043", "conexus", "f", "Change of address - ref CX-4471820",
  "Just to let you know I moved at the end of last month, into a smaller flat now the children have left. The "
  "payment plan stays exactly the same, £40 on the 1st by standing order, and that has already gone through for "
  "this month.\n\n"
  "My new address is Flat 2, 18 Larch Road, Doncaster DN4 7QP, and I've a new mobile as well, 07700 900614. "
  "[[rectification|Could you update both on my account so the letters come to the right place?]]\n\n"
  "Thank you.",
  L(r="rectification"),
  "A house move with the payment plan unchanged; asking for her address and number to be updated on the account is "
  "rectification (guide lg-37). No dissatisfaction, not a complaint.",
  short=("New address - ref CX-4471820",
         "Moved. Now at Flat 2, 18 Larch Road, Doncaster DN4 7QP. [[rectification|Please update my account.]] Plan "
         "unchanged."))

S("rmf-s044", "conexus", "f", "This isn't my debt - ref CX-9038114",
  "Your letter of 2 October says I owe £1,964 to Sterling Credit Loans. I have never had a loan with them or with "
  "anyone else. The letter has my name and my address, but the date of birth in it is 14 March 1979 and mine is 3 "
  "August 1991. I think you have mixed me up with somebody else who has the same name and used to live round here.\n\n"
  "I'm not comfortable with my address being attached to someone else's debt. [[restriction|Please freeze my file "
  "while you check, and don't use my details for anything until you've sorted out who is who.]] [[informed|I'd "
  "also like to know where you got my address from.]]\n\n"
  "I can send proof of my date of birth if you need it. Please write back and confirm.",
  L(c=True, pd=True, r="restriction,informed", cat="debt_dispute"),
  "She disputes owing the debt at all (debt_dispute) and wants confirmation: implicit complaint. It also concerns "
  "her details being attached to the wrong person's record, so personal_data=true while the main theme stays the "
  "debt. 'Freeze my file while you check' = restriction (named loosely); where the address came from = informed.")

S("rmf-s045", "conexus", "m", "Unsubscribe please",
  "I paid off my account with you in full in March (ref CX-2210577) and got your letter confirming it was closed, "
  "so thank you for that. Since then I've had three letters about a 'fresh start' loan from one of your partners, "
  "the most recent last week.\n\n"
  "[[objection|Please unsubscribe my data from these offers, I'd rather not get any more of them.]]\n\n"
  "All the best.",
  L(r="objection"),
  "'Unsubscribe my data from these offers' names no right correctly, but what he asks is to stop receiving "
  "marketing: objection. Polite after a closed account, not a complaint.",
  short=("[[objection|Please stop sending me loan offers]]",
         "Account CX-2210577 was paid off in March. Thanks."))

S("rmf-s046", "conexus", "m", "Settlement of account CX-6620943",
  "Thank you for accepting my offer of £900 in full and final settlement, which I paid by bank transfer on "
  "Friday. It's a weight off, I can tell you.\n\n"
  "For my own peace of mind I'd like to keep a full record. [[access|Is there any way I could get my file back, "
  "meaning the notes on my account and the recording of the call on 12 June when the settlement was agreed?]] A "
  "download link or a disc is fine.\n\n"
  "Thanks again.",
  L(r="access"),
  "After a settlement he wants 'my file back': a copy of the account notes and the call recording about him, which "
  "is access. Thanks the firm, nothing wrong, not a complaint.")

S("rmf-s047", "conexus", "f", "Client Mr D Okafor - payment history - CX-5519032",
  "I am a money adviser at Eastbrook Debt Advice and act for Mr Daniel Okafor (signed authority attached). We are "
  "putting together a budget and a debt relief application for him.\n\n"
  "[[portability|Could you email us Mr Okafor's payment history on this account as a CSV or Excel file, so that we "
  "can load it straight into our casework software?]] The last three years would be plenty.\n\n"
  "Many thanks for your help.",
  L(r="portability", tp=True),
  "A money adviser with authority asks for her client's payment history in a machine-readable file to load into "
  "other software: portability, on someone else's behalf (third_party). Routine, not a complaint.",
  dom="eastbrookdebtadvice.org.uk", sig="Money Adviser, Eastbrook Debt Advice")

S("rmf-s048", "conexus", "f", "Payment plan turned down online",
  "I tried to set up a payment plan on your website on Sunday night. I filled in the income and outgoings form as "
  "honestly as I could (I've just gone down to part-time hours after my mum's stroke), offered £25 a month, and "
  "the page came back straight away saying my offer 'does not meet affordability criteria'.\n\n"
  "I know you have to check these things. [[automated_decision|I'd just like a real person to look at my figures "
  "rather than the website deciding on its own.]] I'm happy to send payslips.\n\n"
  "Thank you.",
  L(r="automated_decision"),
  "A change of circumstances and an instant online refusal; asking for a person to review instead of the website "
  "deciding = automated_decision. She accepts the need for checks and raises no grievance, so not a complaint.",
  short=("Plan offer rejected by website - can a person look at it?",
         "Offered £25 a month online and it was refused instantly. [[automated_decision|Can a real person look at "
         "my figures instead of the website?]]"))

S("rmf-s049", "conexus", "m", "How do you know where I work?",
  "I started a new job three weeks ago. Your letter this morning says you have 'verified my current employment' "
  "and mentions my new employer by name. I haven't told you I changed jobs and I've only told a handful of people "
  "where I work.\n\n"
  "I'm paying what I agreed every month, so I don't see why this was needed, and it's unsettling. [[informed|I want "
  "to know where you got that information, and what else you've been told about me.]]\n\n"
  "Please reply in writing.",
  L(c=True, pd=True, r="informed", cat="personal_data"),
  "Unsettled that Conexus obtained and used details of his new employer, with a written reply demanded: implicit "
  "complaint about data obtained unexpectedly (personal_data, breach=false). Where it came from and what else is "
  "held = informed (an explanation, not a copy).")

S("rmf-s050", "conexus", "m", "Northline Energy bill - please hold off",
  "You've written to me about £1,140 for Northline Energy. I've been disputing that bill with Northline since July: "
  "they billed my flat on estimated readings for fourteen months while the meter was broken, and their engineer's "
  "report shows it. I've got a case number with them and they've admitted to me on the phone that it's wrong, but "
  "they still haven't corrected it.\n\n"
  "The bill is theirs to fix and I'd like this sent back to them. [[restriction|Until they've sorted it out, please "
  "don't report anything about this account to the credit reference agencies.]]\n\n"
  "I can send the engineer's report and their case number.",
  L(c=True, r="restriction", firm="nte", cat="debt_dispute"),
  "The root cause is Northline's own estimated billing, which only the creditor can fix: complaint with "
  "about_other_firm=nte, debt_dispute. Asking Conexus not to report the account to credit agencies until it is "
  "resolved = restriction. personal_data=false: the grievance is the bill.")

S("rmf-s051", "conexus", "f", "Calls going to my ex-husband",
  "My divorce was finalised in the spring and I've gone back to my maiden name. I rang in April to give you my new "
  "details, but your calls about my account are still going to my ex-husband's mobile, which must be the old "
  "contact number from years ago. He rang me last night to tell me, not kindly, that 'your debt collectors' had "
  "been on the phone and told him it was about my catalogue account.\n\n"
  "That is the last person I wanted knowing my business. [[rectification|Please take his number off my account and "
  "put mine on, 07700 900382, and make the record show my name as it is now.]]\n\n"
  "I'd like to know how this happened and what you will do about it.",
  L(c=True, pd=True, br=True, r="rectification", cat="personal_data"),
  "Calls about her debt reached her ex-husband and were discussed with him: a disclosure to the wrong person "
  "(breach=true, personal_data=true, category personal_data), with answers demanded, so an implicit complaint. "
  "Replacing the number and showing her current name = rectification.")

S("rmf-s052", "conexus", "f", "My late husband's account",
  "My husband Graham died in May. His account with you was closed in August once the creditor was told there was "
  "no estate to pay from, and your letter confirming that was very kind, thank you.\n\n"
  "Since then two letters have come addressed to me, offering 'support with household bills' through one of your "
  "partner companies. I never had an account with you myself. [[erasure|I'd be grateful if you would delete my "
  "details now that Graham's account is closed]], [[objection|and not send me any more offers.]]\n\n"
  "With thanks.",
  L(r="erasure,objection"),
  "A widow asks for her own details to be deleted (erasure) and for no more offers (objection to marketing). She "
  "thanks the firm and expects no remedy, so not a complaint; third_party=false because the requests are about "
  "her own data.")

S("rmf-s053", "conexus", "m", "Our client Miss Leah Donnelly - your ref CX-7730418",
  "We act for Miss Leah Donnelly of 27 Fairfield Road, Bolton, and enclose her signed form of authority.\n\n"
  "Our client is considering her position in relation to the above account and the calls she received from your "
  "agents in the summer. [[access|We should be grateful if you would provide copies of all personal data you hold "
  "concerning our client, including account notes, correspondence and the recordings of any telephone calls since "
  "1 June.]]\n\n"
  "Please send the material to this office.",
  L(r="access", tp=True),
  "A solicitor asks, with written authority, for copies of all personal data held on his client: access, on "
  "another's behalf (third_party). 'Considering her position' states no grievance yet and asks no remedy, so not a "
  "complaint.",
  dom="ashbyrowe-solicitors.co.uk", sig="Ashby Rowe Solicitors", formal=True)

S("rmf-s054", "conexus", "f", "Tracing searches - ref CX-3304461",
  "Your letter of last week says you 'used a tracing agency to confirm my current address'. That's odd, because I "
  "rang you with my new address the day I moved and I've been paying by direct debit ever since.\n\n"
  "[[informed|What did the tracing agency find out about me, and where did they get it?]] [[objection|And I'd "
  "rather you didn't keep running searches like that on me, as you already have my address from me.]]\n\n"
  "Thanks.",
  L(r="informed,objection"),
  "Asking what the tracing agency found and where it came from = informed; asking Conexus to stop running tracing "
  "searches on her = objection to that processing (not a conduct remedy like 'stop calling'). Puzzled but calm, "
  "not a complaint.")

S("rmf-s055", "conexus", "f", "Moving to a debt management plan",
  "I've decided to go onto a debt management plan with StepForward, the charity, from next month. They'll be in "
  "touch separately about the payments.\n\n"
  "They've asked me to get my payment history for each account. [[portability|Could you email mine to me as a "
  "spreadsheet they can load into their system, rather than a printed statement?]]\n\n"
  "Thanks for being patient with me over the last year.",
  L(r="portability"),
  "Her payment history as a spreadsheet for another organisation's system = portability. She writes for herself and "
  "thanks the firm; not a complaint.",
  short=("Payment history as a spreadsheet please",
         "[[portability|Please email my payment history as a spreadsheet StepForward can load into their "
         "system.]]"))

S("rmf-s056", "conexus", "m", "My complaint is going to the Ombudsman - please keep the call recordings",
  "I'm not satisfied with your final response about the way your agent spoke to me on 3 March, so my complaint is "
  "going to the Financial Ombudsman this week.\n\n"
  "I know you don't keep call recordings forever. [[restriction|Please don't delete the recordings of my calls on 3 "
  "and 10 March; keep them aside and don't use them for anything else until the Ombudsman has finished.]] "
  "[[access|I'd also like copies of both recordings sent to me.]]",
  L(c=True, ex=True, r="restriction,access", cat="collection_conduct"),
  "A continuing explicit complaint about an agent's conduct on a call (collection_conduct). Asking the firm to keep "
  "the recordings rather than delete them, and not use them otherwise, pending a claim = restriction (Art 18(1)(c)); "
  "copies of the recordings = access. personal_data=false: the grievance is the agent.",
  quote=("Conexus Customer Relations", "Dear Sir,\n\nFurther to your complaint of 4 March, we have listened to the "
         "call and we do not uphold your complaint. This is our final response.\n\nConexus Customer Relations"))

S("rmf-s057", "conexus", "f", "Mum's account - letter about a home visit",
  "I help my mum, Mrs Sheila Barraclough, with her post since her eyesight went. She's 81. A letter came on Monday "
  "saying her account had been 'reviewed by our scoring system' and 'selected for a home visit by a field "
  "agent'. She has been paying £10 a month for two years and hasn't missed once.\n\n"
  "She's a bit anxious about someone coming to the door, though I've told her it's probably routine. "
  "[[automated_decision|Could a person at your end look at her "
  "account before any visit is arranged, rather than it going on the system's say-so?]] [[informed|And could you "
  "tell us what information the scoring system uses about her?]]\n\n"
  "Thank you for your help.",
  L(r="automated_decision,informed", tp=True),
  "A daughter writing for her mother (third_party) asks for a human to review a visit selected by a scoring system "
  "(automated_decision) and what data the scoring uses (informed). Anxious but polite, with no grievance stated and "
  "no remedy beyond the requests, so not a complaint.")

# --- batch 5: conexus, corrections, restrictions, third parties ---------------------------------------

S("rmf-s058", "conexus", "f", "Credit file after my settlement - ref CX-8812066",
  "We've been saving for a deposit for three years and last week our mortgage application was turned down. When I "
  "checked my credit file, your entry shows my account as 'defaulted - £2,340 outstanding'. I settled that account "
  "with you on 3 May and I have your letter saying so.\n\n"
  "It has cost us the flat we'd had an offer accepted on. [[rectification|The record should show the account as "
  "settled on 3 May with nothing owing, so please correct what you have reported.]] [[restriction|Until it's "
  "corrected, I'd like you to stop reporting anything at all about the account.]]\n\n"
  "Please confirm when this has been done.",
  L(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
  "Inaccurate credit reporting after a settlement cost her a mortgage, and she wants confirmation: implicit "
  "complaint about inaccurate personal data (personal_data, breach=false). 'The record should show...' = "
  "rectification; 'stop reporting until it's corrected' = restriction.")

S("rmf-s059", "conexus", "f", "My aunt, Miss Dorothy Pell - letters",
  "I hold a lasting power of attorney for my aunt, Miss Dorothy Pell, who is 92 and now lives with us. She cleared "
  "her account with you in 2019 and has had nothing to do with you since, but letters about 'exclusive offers' "
  "still come for her every couple of months, forwarded from her old address.\n\n"
  "She gets confused by post and thinks she owes money again. [[objection|Please take her off whatever list these "
  "come from]], [[erasure|and delete her details altogether as she has no account with you any more.]]\n\n"
  "I can send a copy of the power of attorney if you need it. Thank you.",
  L(r="objection,erasure", tp=True),
  "An attorney writing for her aunt (third_party) asks to stop marketing letters (objection) and to delete the "
  "aunt's details (erasure). She explains the effect but asks no remedy beyond the requests and voices no criticism, "
  "so not a complaint.",
  formal=True)

S("rmf-s060", "conexus", "m", "New job - getting organised",
  "I've started a new job with regular hours at last, so I'm finally getting my finances in order and I want to "
  "clear this account within the year.\n\n"
  "[[access|Could you send me a copy of everything you hold on me, including the notes from my calls?]] I'd like to "
  "see what was agreed in the past. [[portability|And if it's possible, my payment records as a CSV file that I can "
  "import into my budgeting app.]]\n\n"
  "Thanks for your help.",
  L(r="access,portability"),
  "A copy of everything held including call notes = access; payment records as a CSV to import into his budgeting "
  "app = portability. A positive change of circumstances, not a complaint.",
  short=("copy of my file + CSV of payments",
         "[[access|Please send me a copy of everything you hold on me]], [[portability|and my payment records as a "
         "CSV for my budgeting app.]]"))

S("rmf-s061", "conexus", "f", "Correspondence - name and title",
  "Your letters to me are addressed to 'Mrs J. Hollings'. I am not Mrs, I am Dr, having practised as a general "
  "practitioner for thirty-four years, and my surname is spelled Hollins, without a g. I mention it only because "
  "the Post Office has twice held a letter back on account of the discrepancy.\n\n"
  "[[rectification|I would ask that your records show my correct title and surname from now on.]] The payments "
  "under my arrangement will continue as before.\n\n"
  "I am obliged to you.",
  L(r="rectification"),
  "A retired doctor asks for her title and surname to be corrected on the record: rectification. Courteous, no "
  "remedy sought beyond the correction, so not a complaint.",
  formal=True)

S("rmf-s062", "conexus", "m", "Your new 'payment insight' letter",
  "I had a letter saying you now use 'payment behaviour insights' to predict which customers are likely to miss a "
  "payment, and to decide how often to contact them. I've been on my plan for eighteen months and I've never "
  "missed one.\n\n"
  "I'm not comfortable with my payment history being used to make predictions about me. [[objection|I'd rather you "
  "didn't use my details for that at all]], and just carried on with the plan as it is.\n\n"
  "Thanks.",
  L(r="objection"),
  "Not wanting his data used to predict his behaviour is objection to profiling. 'Not comfortable' states a "
  "preference rather than a grievance against something done wrong, and no remedy is demanded, so not a complaint.")

S("rmf-s063", "conexus", "f", "Client Mrs P Adeyemi - CX-6127708 - balance query",
  "I'm a caseworker at Northgate Citizens Advice and act for Mrs Patience Adeyemi (authority attached). Her "
  "statement from you shows a balance of £3,812. Her own records, which go back to the original agreement, suggest "
  "it should be around £3,100, and we've asked the creditor for a full breakdown.\n\n"
  "[[restriction|While that's being checked, please don't use the £3,812 figure in any letters to her or in "
  "anything you report about her.]] We'll come back to you as soon as the breakdown arrives.\n\n"
  "Many thanks.",
  L(r="restriction", tp=True),
  "A caseworker acting for a client (third_party) asks that a figure whose accuracy is being checked is not used "
  "meanwhile: restriction. It is a query pending a breakdown, with no dissatisfaction expressed, so not a complaint.",
  dom="northgatecab.org.uk", sig="Caseworker, Northgate Citizens Advice")

S("rmf-s064", "conexus", "m", "Change of name - account CX-5092236",
  "I changed my name by deed poll in August and I've been working through everywhere that writes to me. I've "
  "attached a copy of the deed poll.\n\n"
  "[[rectification|Please could you update my name on your records to the one on this email, and my title to Mx?]] "
  "Everything else, including the payment arrangement, stays the same.\n\n"
  "Thanks very much.",
  L(r="rectification"),
  "Updating name and title after a deed poll is rectification; a routine change of details with no grievance, so "
  "not a complaint.",
  short=("Name change by deed poll - CX-5092236",
         "[[rectification|Please update my name and title (Mx) on your records.]] Deed poll attached."))

S("rmf-s065", "conexus", "f", "Note on my account about gambling",
  "When I rang to change my payment date last week, the man I spoke to said he could see a note that I had 'a "
  "gambling problem' and asked if I was getting help. I don't gamble and never have. My brother does, and he had "
  "an account with you years ago at the same address, so I can only think it has been copied across.\n\n"
  "I was mortified. [[rectification|Please correct my record so that note is taken off.]] [[restriction|Until "
  "that's done, I'd rather it wasn't used or shown to anyone who deals with my account.]]\n\n"
  "I'd like a reply explaining how it got there.",
  L(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
  "A false sensitive note on her record, raised with her by an agent, with an explanation demanded: implicit "
  "complaint about inaccurate personal data (personal_data; nothing went to the wrong person, so breach=false). "
  "'Correct my record' = rectification; 'not used or shown until then' = restriction.")

S("rmf-s066", "conexus", "f", "Constituent: Mrs Irene Castleton, 9 Rowan Court, Skipton",
  "I am writing on behalf of my constituent, Mrs Irene Castleton, whose written consent is enclosed.\n\n"
  "Mrs Castleton's husband died in January. Since then your letters about the joint account have been addressed to "
  "'the Executors of the late Mrs I. Castleton', which has caused her real distress, not least because she has "
  "been paying the agreed £20 a month herself throughout. She rang your office in March and again in May, and was "
  "told on both occasions that the record would be changed.\n\n"
  "[[rectification|I would be grateful if you would correct your records to show that Mrs Castleton is alive and is "
  "the account holder]], and let me know how the error arose.",
  L(c=True, pd=True, r="rectification", tp=True, cat="personal_data"),
  "An MP's office writes for a constituent (third_party) about letters treating her as dead despite two calls: "
  "implicit complaint about inaccurate personal data (personal_data). 'Correct your records to show...' = "
  "rectification.",
  dom="parliament.uk", sig="Senior Caseworker, for Sarah Whitlam MP", formal=True)

S("rmf-s067", "conexus", "m", "Pennant Mobile account - confirmed as fraud",
  "You wrote to me in June about a Pennant Mobile contract I knew nothing about. Pennant have now investigated and "
  "written to confirm it was opened fraudulently using my details, and that they've recalled the account from you. "
  "I've attached their letter. Thank you for putting things on hold while they looked into it.\n\n"
  "[[erasure|As I never had anything to do with that account, I'd like my details deleted from your records now.]] "
  "Just let me know if there's anything you have to keep.",
  L(r="erasure"),
  "After the creditor confirmed fraud, he asks for his details to be deleted: erasure. He thanks the firm and has "
  "no grievance, so not a complaint (about_other_firm only applies to complaints).")

S("rmf-s068", "conexus", "f", "Possible identity theft - please hold",
  "I've just found out that someone has been using my name and address to open accounts, and the police have given "
  "me a crime reference. Your letter yesterday is about a loan I don't recognise, so I suspect it's part of the same "
  "thing.\n\n"
  "[[restriction|While the police look into it, please don't use or pass on my details in connection with this "
  "account.]] [[informed|Could you also tell me who else you've shared my details with about it, so I can let them "
  "know too?]]\n\n"
  "I'll send the crime reference letter as soon as I have it. Thank you.",
  L(r="restriction,informed"),
  "Suspected identity fraud under police investigation: 'don't use or pass on my details meanwhile' = restriction; "
  "'who else have you shared my details with' = informed (recipients). Calm and cooperative, no grievance against "
  "Conexus, so not a complaint.")

S("rmf-s069", "conexus", "m", "Payment history - your agent said no",
  "I rang on Tuesday to ask for my payment history in a spreadsheet, because I'm moving onto a debt management plan "
  "and the provider needs to load it into their system. The agent told me 'we only do printed statements' and that "
  "was that. It took me twenty minutes to get through and I came away with nothing.\n\n"
  "I'm fairly sure I'm entitled to this. [[portability|Please email my payment history as a spreadsheet or CSV "
  "file.]] And I'd like to know why I was told it couldn't be done.",
  L(c=True, pd=True, r="portability", cat="personal_data"),
  "His request for a machine-readable copy was refused on the phone and he wants an explanation: implicit complaint "
  "about a refused rights request (personal_data). A spreadsheet or CSV for another provider's system = "
  "portability.")

S("rmf-s070", "conexus", "f", "Complaint - sales calls since I set up my plan",
  "I set up a payment plan with you in July and I've kept to it. Since then I've had four calls from your 'customer "
  "solutions' team trying to sell me a consolidation loan, the last one at ten past eight in the evening.\n\n"
  "I want to complain about this. I'm in debt, I'm paying it off, and being sold more credit is the last thing I "
  "need. [[objection|I object to my details being used for any kind of sales or marketing.]]\n\n"
  "Please confirm it has stopped.",
  L(c=True, ex=True, pd=True, r="objection", cat="personal_data"),
  "An explicit complaint about her details being used for sales calls she never wanted: personal_data, no "
  "disclosure (breach=false). 'I object to my details being used for marketing' = objection. Not collection "
  "conduct: the calls are selling, not collecting.")

S("rmf-s071", "conexus", "m", "Settlement offer - how was it worked out?",
  "My sister and I both had accounts with you for the same catalogue, and we both had settlement letters last "
  "month. Hers offered 40% off. Mine offered 10%. The letter says the offer was 'calculated by our automated "
  "system based on your account profile'.\n\n"
  "I'm not after special treatment, but my circumstances have changed a lot this year (I was made redundant in "
  "April). [[automated_decision|Could someone look at my case personally, rather than leaving it to the system's "
  "figure?]]\n\n"
  "Thank you.",
  L(r="automated_decision"),
  "Asking a person to review a settlement offer set by an automated system = automated_decision. He asks for a "
  "review, not a remedy for a wrong, and voices no grievance, so not a complaint.")

S("rmf-s072", "conexus", "f", "Letters for my ex-partner at my address",
  "My ex-partner moved out two years ago, and we're not in touch. Letters from you addressed to him still come here "
  "every month, so I assume his account is still linked to this address. I don't open them; I write 'not known at "
  "this address' and put them back in the post. The last one was addressed to him 'care of' me, by my full name, so "
  "you must have me on his file as well.\n\n"
  "[[restriction|Until you've confirmed where he actually lives now, please stop using my name and address in "
  "connection with his account.]] I'd rather they weren't linked to his debts at all.\n\n"
  "Thanks.",
  L(r="restriction"),
  "She asks Conexus to stop using her own name and address on his file until his current address is confirmed: "
  "restriction of processing of her data pending a check. Calm, "
  "nothing demanded beyond that, so not a complaint.")

# --- batch 6: conexus, last rights scenarios and the look-alikes ---------------------------------------

S("rmf-s073", "conexus", "f", "Sending my details to Brightwater Money Advice",
  "I've been working with Brightwater Money Advice since the summer and they're helping me put together an "
  "application for a debt relief order. They need a full picture of every account.\n\n"
  "[[portability|Please could you send my account and payment history directly to Brightwater as a CSV file, to "
  "casework@brightwatermoney.org.uk, quoting my name and ref CX-4019935?]] They've said that's the quickest way "
  "for them to load it into their system.\n\n"
  "Thank you.",
  L(r="portability"),
  "She asks for her payment data to be sent in a machine-readable file directly to another organisation for its "
  "system: portability (transmission to another controller). She writes for herself (mentioning her adviser does "
  "not make it third_party); not a complaint.")

S("rmf-s074", "conexus", "m", "Your Christmas newsletter",
  "Back in 2018 I finished paying off an old phone debt through you, and I've kept my head above water since, "
  "touch wood. So I was surprised to get your Christmas newsletter this week, addressed to me by name.\n\n"
  "[[informed|How long do you keep people's details after an account is closed, and why do you still have mine?]] "
  "[[erasure|If there's no reason to keep them, I'd like them deleted.]] [[objection|In the meantime, please don't "
  "send me any more newsletters.]]\n\n"
  "Thanks, and happy Christmas.",
  L(r="informed,erasure,objection"),
  "Three rights in one calm email: how long and why his details are kept (informed), deletion if there is no reason "
  "to keep them (erasure), and no more newsletters (objection to marketing). No grievance or remedy, not a "
  "complaint.",
  short=("old account from 2018 - why do you still have my details?",
         "[[informed|Why do you still have my details six years after I paid off?]] [[erasure|Please delete "
         "them]] [[objection|and stop the newsletters.]]"))

S("rmf-s075", "conexus", "m", "Payment break refused by the app",
  "I was in hospital for three weeks in September and lost my overtime, so I applied through your app for a "
  "two-month payment break. It turned me down in seconds: 'Your request does not meet our criteria.' There's no "
  "phone number on the screen and the chat just sends me back to the app.\n\n"
  "It feels like nobody is actually there. [[automated_decision|I want a person to look at my request, not the "
  "app.]] I've got a letter from the hospital I can send.\n\n"
  "I'd like someone to ring me this week.",
  L(c=True, r="automated_decision", cat="process"),
  "Unhappy that an app refused a payment break with no route to a person, and wants a call: implicit complaint "
  "whose grievance is the procedure itself (process). 'A person to look at my request, not the app' = "
  "automated_decision; personal_data=false.")

S("rmf-s076", "conexus", "f", "Payments for my tax return",
  "I'm self-employed (I run a small cleaning business) and my accountant is doing my tax return this month. She "
  "likes to keep track of all my regular outgoings, including my payments to you, in her accounts software.\n\n"
  "[[portability|Could you email me my payment history for the last tax year as a CSV file she can import?]] The "
  "paper statement is fine for me, it's just for her.\n\n"
  "Thanks ever so much.",
  L(r="portability"),
  "Her payment history as a CSV to import into her accountant's software = portability; a routine request, not a "
  "complaint.")

S("rmf-s077", "conexus", "m", "Balance is wrong - ref CX-7302284",
  "Your statement this week shows my balance as £1,210. I paid £150 by card over the phone on 2 June, which isn't "
  "on the statement at all, so it should be £1,060. I've attached my bank statement with the payment "
  "highlighted.\n\n"
  "Please correct the balance and confirm the right figure to me in writing. I don't want my plan recalculated on "
  "the wrong amount.",
  L(c=True, cat="debt_dispute"),
  "Look-alike for rectification: 'correct the balance' challenges the amount owed, a debt dispute, not a request "
  "to correct a personal record, so rights=[]. Dissatisfaction with a demand for correction = implicit complaint, "
  "debt_dispute.",
  short=("statement missing my £150 payment 2 June - balance should be £1,060 not £1,210",
         "Bank statement attached. Please correct and confirm."))

S("rmf-s078", "conexus", "f", "Letter to say my account is settled",
  "I finished paying off my account in August, and thank you for the patience over the last three years. I'm "
  "renting a new flat next month and the letting agent has asked for proof that I have no outstanding debts.\n\n"
  "Could you send me a letter confirming the account is settled and closed? Email is fine.\n\n"
  "Many thanks.",
  L(),
  "Look-alike for access: a letter confirming the account is settled is a document the firm writes, not a copy of "
  "her personal data, so rights=[]; a routine request with thanks, not a complaint.")

S("rmf-s079", "conexus", "m", "Change of payment date",
  "Good news at last: I start a new job on the 15th. I'll be paid monthly on the 28th, so could you move my payment "
  "date from the 5th to the 30th of each month? The amount can stay at £35 for now, and I'll be in touch about "
  "increasing it once I've had a couple of pay packets.\n\n"
  "Thanks.",
  L(),
  "Look-alike: changing the date of a payment plan is an account change, not correcting inaccurate personal data, "
  "so rights=[]; not a complaint.")

S("rmf-s080", "conexus", "f", "Clients asking for their call recordings",
  "A few of our clients have asked us how they can get copies of their calls with you. Before I tell them anything "
  "wrong: is there a form, or is an email enough? And if we send the request for them with a signed authority, do "
  "you deal with us or reply to the client direct?\n\n"
  "Thanks, this will save a lot of back and forth.",
  L(),
  "Look-alike for access: a money adviser asks how clients can request recordings, a general process question that "
  "asks nothing to be done for any named person, so rights=[] and third_party=false. Not a complaint.",
  dom="harbourmoneyadvice.org.uk", sig="Money Adviser, Harbour Money Advice")

S("rmf-s081", "conexus", "m", "Collections Compliance Bulletin: objections to marketing, SARs and the 8-week rule",
  "COLLECTIONS COMPLIANCE BULLETIN - issue 47\n\n"
  "Customers objecting to marketing: what counts as an objection, and why 'please stop' in a payment call should be "
  "logged the same way as a letter.\n\n"
  "Subject access requests: our round-up of recent ICO reprimands, including a collector fined for sending a "
  "customer's call recordings to the wrong email address.\n\n"
  "The 8-week rule: when to send a final response and what the Ombudsman leaflet must say.\n\n"
  "You are receiving this bulletin as a registered member. Manage your subscription or unsubscribe at "
  "compliancebulletin.co.uk/manage.",
  L(auto=True),
  "A subscription bulletin (issue number, manage/unsubscribe footer) is auto_generated with every other label "
  "empty; objections, access requests and a breach are only its topics, so rights=[] and breach=false.",
  senders=[("Collections Compliance Bulletin", "bulletin@compliancebulletin.co.uk"),
           ("Compliance Bulletin", "no-reply@compliancebulletin.co.uk")],
  envs=["plain", "html"])

S("rmf-s082", "conexus", "f", "Calls at my work",
  "Your agent has rung me at work twice this week. The second time my manager answered the phone and passed it to "
  "me in front of everyone, and I had to go and take it in the corridor.\n\n"
  "Please don't ring me at work again. Email me, or ring my mobile after six. I'm not avoiding you, I just can't "
  "take these calls at my desk, and I'd like you to confirm you've noted it.",
  L(c=True, cat="collection_conduct"),
  "Look-alike for objection: 'don't ring me at work' is a conduct remedy about how she is contacted (guide: 'stop "
  "calling' is not objection), so rights=[]. Her manager only passed the call on, so no disclosure is described. "
  "Dissatisfaction with a confirmation wanted = implicit complaint, collection_conduct.")

S("rmf-s083", "conexus", "m", "My father, Mr Ronald Gill - ref CX-2958841",
  "I'm sorry to tell you that my father, Ronald Gill, died on 2 November. I'm the executor of his estate and I've "
  "attached a copy of the death certificate.\n\n"
  "Please could you put his account on hold, and send me a statement of the balance as at the date of death so "
  "that I can include it in the estate accounts? Any letters should now come to me at the address below.\n\n"
  "Thank you.",
  L(tp=True),
  "Look-alike: an executor notifies a death and asks for a balance statement for the estate; 'put his account on "
  "hold' is a collections hold, the statement an account document and 'letters to me' a change of correspondent, "
  "none of them a data-rights request, so rights=[]. "
  "Written on the father's estate's behalf (third_party); not a complaint.",
  sig="14 Thornbury Close, Market Harborough LE16 7PW", formal=True)

S("rmf-s084", "conexus", "f", "Our client Mr Kyle Brannigan - ref CX-8844120 - offer of settlement",
  "We act for Mr Kyle Brannigan and enclose his signed authority.\n\n"
  "Our client has had a change of circumstances and is now able to raise a lump sum from a family member. He offers "
  "£600 in full and final settlement of the above account, payable within 14 days of your written acceptance.\n\n"
  "We look forward to hearing from you.",
  L(tp=True),
  "Look-alike: a solicitor's settlement offer for a client (third_party). The firm's disclaimer mentions personal "
  "data, but nothing is asked about anyone's data, so rights=[]; no dissatisfaction, not a complaint.",
  dom="brannockhale.co.uk",
  sig="Brannock Hale Solicitors\n\nThis email is confidential and may be legally privileged. Any personal data it "
      "contains is processed in accordance with our privacy notice. If you have received it in error, please "
      "notify us and delete it.", formal=True)

S("rmf-s085", "conexus", "m", "Copy of my credit agreement - ref CX-6017390",
  "You have written to me about an old store card debt which you say you are collecting for Sterling Credit. I "
  "don't remember signing an agreement for it.\n\n"
  "Under the Consumer Credit Act, please send me a true copy of the credit agreement and a statement of account. I "
  "enclose a postal order for £1, the statutory fee.\n\n"
  "Thank you.",
  L(),
  "Look-alike for access: a Consumer Credit Act request for a copy of the credit agreement is a statutory document "
  "request, not a request for a copy of his personal data, so rights=[] (judgement call). A neutral request, not a "
  "complaint.", formal=True)

S("rmf-s086", "conexus", "f", "Wrong attachment this morning",
  "I'm so sorry, the letter I attached to my email this morning was from my gas supplier, not the one I meant to "
  "send. Please delete it. The right one, my income and expenditure form, is attached to this email.\n\n"
  "Thanks, and sorry again.",
  L(),
  "Look-alike for erasure: 'please delete it' refers to a wrongly sent attachment (as in lg-02), not to the data "
  "the firm holds about her, so rights=[]; not a complaint.",
  short=("Wrong attachment - please ignore",
         "Sorry, sent the wrong letter this morning. Right one attached."))

S("rmf-s087", "conexus", "m", "Account withdrawal - Lumen Water placement ref LW-88301",
  "Please withdraw account LW-88301 (Mrs A. Pearce) from our September placement with immediate effect. The "
  "customer paid the balance to us direct on Friday, so no further collection activity is needed and the account "
  "can be removed from your next monthly return.\n\n"
  "Please confirm the recall.",
  L(),
  "Look-alike for erasure: a creditor client recalling a paid account and asking for it to be 'removed' from a "
  "report is a business instruction, not a data subject's request, so rights=[]. Staff writing for their own "
  "firm, not third_party; not a complaint.",
  dom="lumenwater.co.uk", sig="Collections Partnership Manager, Lumen Water plc")

# END OF SCENARIOS

# ---------------------------------------------------------------------------------------------
# rendering

MARK = re.compile(r"\[\[(\w+)\|(.+?)\]\]")


def split_marks(text):
    """text with [[right|sentence]] markers -> list of (right or None, text) segments (mark_segments' pairs,
    right first as the rest of this generator reads them)."""
    return [(r, t) for t, r in mark_segments(text, MARK)]


def typo_ok(w):
    return w.islower() and len(w) >= 5 and "compl" not in w


def add_typos(segs, rng):
    """1-2 letter edits in the unmarked segments, only on lower-case words of 5+ letters without 'compl'."""
    n_ok = sum(1 for r, t in segs if r is None for w in re.findall(r"[A-Za-z]+", t) if typo_ok(w))
    if not n_ok:
        return segs
    chosen = set(rng.sample(range(n_ok), min(n_ok, rng.choice([1, 2]))))
    count = [0]

    def pick(w):
        if not typo_ok(w):
            return False
        count[0] += 1
        return (count[0] - 1) in chosen

    return [(r, t) if r is not None else (r, edit_words(t, rng, pick)) for r, t in segs]


def plain(segs):
    return "".join(t for _, t in segs)


def sender(sc, rng, used):
    first_pool = FIRST_F if sc["g"] == "f" else FIRST_M
    while True:
        first, last = rng.choice(first_pool), rng.choice(SURNAMES)
        if (first, last) not in used:
            used.add((first, last))
            break
    f, l_ = first.lower(), re.sub(r"[^a-z]", "", last.lower())
    if sc["dom"]:
        local = rng.choice([f"{f}.{l_}", f"{f[0]}.{l_}", f"{f[0]}{l_}"])
        return f"{first} {last}", f"{local}@{sc['dom']}"
    local = rng.choice([f"{f}.{l_}", f"{f}{l_}{rng.randrange(10, 90)}", f"{f[0]}{l_}", f"{l_}.{f}",
                        f"{f}_{l_}"])
    return f"{first} {last}", f"{local}@{rng.choice(CONSUMER_DOMAINS)}"


def render(sc, env, rng, used, k):
    mb = sc["mb"]
    if sc["senders"]:
        name, addr = sc["senders"][k % len(sc["senders"])]
    else:
        name, addr = sender(sc, rng, used)
    subject = sc["subject"]
    if env == "short":
        subject, core = sc["short"]
        greet, sign = "", ""
    else:
        core = sc["body"]
        if sc["senders"]:
            greet, sign = "", ""
        elif sc["formal"]:
            greet, sign = rng.choice(GREET_FORMAL + GREET_TEAM[mb]), rng.choice(SIGN_FORMAL)
        else:
            last = core.rstrip().split("\n")[-1]
            thanked = bool(re.match(r"(Thank|Many thanks|Cheers|No rush|Sorry)", last))
            greet = rng.choice(GREET_CASUAL + GREET_TEAM[mb])
            sign = rng.choice(SIGN_AFTER_THANKS if thanked else SIGN_CASUAL)
    subj_segs = split_marks(subject)
    segs = split_marks(core)
    if env == "typo":
        segs = add_typos(segs, rng)
    marks = [(r, t) for r, t in subj_segs + segs if r is not None]
    subject = plain(subj_segs)
    text = plain(segs).strip("\n")
    if env == "short":
        first = name.split()[0]
        if text:
            text = text + "\n\n" + rng.choice([first, name, first[0] + " " + name.split()[-1]])
    elif not sc["senders"]:
        sign_name = name if sc["formal"] or sc["dom"] else rng.choice([name, name, name.split()[0]])
        tail = sign_name + ("\n" + sc["sig"] if sc["sig"] else "")
        text = (greet + "\n\n" if greet else "") + text + "\n\n" + (sign + "\n" if sign else "") + tail
    if env == "footer":
        if sc["dom"] and not sc["senders"]:
            text += "\n\n" + rng.choice(DISCLAIMERS)
        elif rng.random() < 0.6:
            text += "\n\n" + rng.choice(PHONE_FOOTERS)
        else:
            text += "\n\n" + rng.choice(CONSUMER_SIGS).format(rng.randrange(1000))
    html = env == "html"
    if env == "quoted":
        who, qtext = sc["quote"] or DEFAULT_QUOTE[mb]
        head = f"On {rng.choice(QUOTE_DATES)}, {who} wrote:"
        text += "\n\n" + head + "\n" + quote_lines(qtext)
        if not subject.lower().startswith("re:"):
            subject = "Re: " + subject
    body = html_with_quote(text) if html else text
    rs = [{"right": r, "text": escape_html(t) if html else t} for r, t in marks]
    return {"id": None, "mailbox": mb, "from": f"{name} <{addr}>", "subject": subject, "headers": {},
            "body": body, "html": html, "labels": dict(sc["lab"]), "note": sc["note"], "source": sc["sid"],
            "request_sentences": rs, "train_labels": ["rights"], "_env": env}


def build(rng):
    records = []
    for sc in SCENARIOS:
        used = set()
        if sc["envs"]:
            envs = list(sc["envs"])
        else:
            n = 3 if rng.random() < 0.6 else 2
            pool = ["html", "quoted", "typo", "footer"]
            rest = rng.sample(pool, n - 1 - (1 if sc["short"] else 0))
            envs = [rng.choice(["plain", "plain", "footer"])] + rest + (["short"] if sc["short"] else [])
            if envs[0] == "footer" and "footer" in envs[1:]:
                envs[0] = "plain"
        for k, env in enumerate(envs):
            records.append(render(sc, env, rng, used, k))
    return records


def main(argv):
    out = argv[0] if argv else OUT
    sids = [sc["sid"] for sc in SCENARIOS]
    assert len(sids) == len(set(sids)), "duplicate scenario id"
    return run_generator(build, SEED, PREFIX, out, errors=marked_record_errors, summary=lambda recs, env: (
        f"wrote {len(recs)} records from {len(SCENARIOS)} scenarios to {out}; envelopes {env}"))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
