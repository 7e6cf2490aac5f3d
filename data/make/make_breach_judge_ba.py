#!/usr/bin/env python3
"""Evaluation set "breach_judge_ba": how well personal data BREACHES told in people's own words are recognised.

60 scenarios (30 per mailbox), each rendered twice with different envelopes (120 emails):
  * 26 describe a personal data breach (the guide's `breach`): by the receiving firm, a participant firm or creditor,
    or someone else; complaints, calm reports wanting no reply, third-party letters, some with a data right asked
    alongside. At most 6 of the 26 use the words "breach", "data protection" or "GDPR".
  * 20 look-alikes that are not breaches by the guide (inaccurate data shown only to the writer, unexpected use
    without disclosure, a fear of misdirection, a request not to contact someone, "breach" in another sense,
    a weak security check, a phishing or scam report). They ask for no data right.
  * 14 ordinary mails of the two mailboxes with no breach.

Every sentence that asks for a right is marked inline as [[right|sentence]] (labelled_mail.MARK_RIGHTS) and becomes a
request_sentences mark. Every person, address and reference is invented. Stdlib only; deterministic (SEED).

Usage: .venv/bin/python data/make/make_breach_judge_ba.py   (writes data/trials/breach_judge_ba.jsonl)
"""
import os
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (MARK_RIGHTS, RIGHTS, finish_marked_record, marked_record_errors,  # noqa: E402
                           rights_marks_of, run_generator, short_labels, strip_marks, typos_outside_marks)

SEED = 20270617
PREFIX = "bjba"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "breach_judge_ba.jsonl")

L = short_labels

# ---------------------------------------------------------------------------------------------
# senders: ("person",) writes from a personal address; ("org", domain, organisation, titles) from a work address


def org(domain, name, *titles):
    return ("org", domain, name, titles)


PERSON = ("person",)

# ---------------------------------------------------------------------------------------------
# scenarios: (id number, mailbox, kind, sender role, subject, body, labels, note, extras)
# kind: breach | lookalike | ordinary. extras may give "short" (subject, body), "subject_only" (subject) or "gender".

SCENARIOS = []


def S(n, mailbox, kind, role, subject, body, labels, note, **extra):
    SCENARIOS.append({"id": f"{PREFIX}-s{n:03d}", "mailbox": mailbox, "kind": kind, "role": role,
                      "subject": subject, "body": body.strip(), "labels": labels, "note": note, **extra})


# ===================================== PEXA: breaches ==========================================

S(1, "pexa", "breach", org("hallamrowe.co.uk", "Hallam Rowe Solicitors", "Senior Conveyancer", "Head of Residential Property"),
  "Someone else's buyers showing in our workspace 31-77420",
  """
This morning one of my team opened the settlement statement in workspace 31-77420 (our sale at 9 Linnet Close) and the PDF the platform generated has a second page that belongs to a different matter entirely. It lists two buyers we have never acted for, their current address in Kettering, their lender and the account they are paying the balance of the deposit from.

We have not sent the statement to anyone and have closed the document, but that page has been sitting in a workspace that the buyer's solicitor and the lender can also open, so we have no idea how many people have looked at it since it was generated on Tuesday.

We need to know how this happened, whether our own clients' details have turned up in someone else's workspace in the same way, and what you are doing about it. Please ring me today.
""",
  L(c=True, pd=True, br=True, cat="personal_data"),
  "Another matter's buyers' details were exposed in a workspace shared with other parties, a disclosure by the platform (breach, personal_data); anger plus demands make it an implicit complaint about PEXA, and staff writing for their own firm are not third party.")

S(2, "pexa", "breach", PERSON,
  "my conveyancer sent my ID to a stranger",
  """
I'm buying a flat through Marsh and Penrose and they told me all the money side goes through your system, so I don't know who else to tell.

Last week a woman I've never met rang me. She'd had an email from my conveyancer's office with my passport scan, my last three bank statements and my payslip attached. She has the same surname as me and is apparently one of their clients too. She's been very decent and deleted it, but my bank statements show everything I spend.

When I rang Marsh and Penrose the receptionist said "these things happen". I want somebody to take this seriously and tell me what is going to be done, because right now I'm frightened to send them anything else before completion.
""",
  L(c=True, pd=True, br=True, firm="mpc", cat="personal_data"),
  "A consumer's complaint purely about her conveyancer emailing her documents to the wrong client is a breach by a participant firm, forwarded to it (about_other_firm=mpc, 'Marsh and Penrose'), category personal_data.",
  short=("conveyancer emailed my passport and bank statements to someone else",
         "My conveyancers Marsh and Penrose emailed my passport scan and bank statements to another of their clients by mistake. They just said these things happen. I want someone to take it seriously and tell me what will be done."))

S(3, "pexa", "breach", org("greyfriarslaw.co.uk", "Greyfriars Law LLP", "Associate", "Conveyancing Executive"),
  "Notification received in error",
  """
Just a heads-up. At 10.42 today I received a PEXA notification email about workspace 31-80514 that plainly isn't ours: it names the buyer, gives the property address in Leith and says the settlement funds have been confirmed. I think whoever set up the workspace picked my name from the list instead of my namesake at another firm; we have had mix-ups before.

I've deleted the email and not forwarded it. Nothing for you to come back to me on, I just thought your team would want to know so it can be put right at their end.
""",
  L(br=True),
  "A notification with a buyer's details went to the wrong user, so breach=true; the writer is calm and wants no reply, so it is not a complaint (personal_data stays false).")

S(4, "pexa", "breach", org("heathcotebank.co.uk", "Heathcote Bank", "Data Protection Lead, Mortgage Operations"),
  "Borrower contact details visible to every participant",
  """
Since the release on Saturday, the Participants panel in each workspace shows our borrowers' personal mobile numbers and email addresses to every party in the workspace, including the seller's agent and the other side's conveyancer. Before the release those fields were visible only to our own users. We have checked eleven live workspaces and it is the same in all of them.

Nobody on the other side needs a borrower's phone number, and at least one borrower has already had a call from an estate agent she has never dealt with.

From a data protection point of view we cannot keep opening workspaces while this is the case. Please confirm by close of business when the fields will be hidden again and how many workspaces were affected.
""",
  L(c=True, pd=True, br=True, cat="personal_data"),
  "Borrowers' contact details exposed to parties who should not see them is a breach; the main grievance is the exposure, not the release failing, so category personal_data; Heathcote complains about PEXA's own service (firm null).")

S(5, "pexa", "breach", PERSON,
  "Dad's deeds and ID left on a train",
  """
I'm writing for my father, Desmond Farrow, who is 84 and selling his bungalow in Sidmouth. His conveyancers, Pryce Harland & Co, use your system for the sale.

On Friday they rang to say a member of their staff had taken Dad's file home to work on and left it on the train. The file had his old title deeds, copies of his passport and pension letters, and a note of his bank details for the proceeds. It has not been found. Nobody there has put any of this in writing, and when I asked what they were doing to protect him I was told to "keep an eye on his bank account".

Dad is very anxious. I'd like this passed to whoever can make that firm deal with it properly, and I'd like to hear back that it has been.
""",
  L(c=True, pd=True, br=True, tp=True, firm="unknown", cat="personal_data"),
  "A son writes for his father (third_party) about a conveyancer outside the directory losing his documents: data lost is a breach, and the complaint is purely about that firm, so about_other_firm=unknown.")

S(6, "pexa", "breach", org("castlegatelegal.co.uk", "Castlegate Legal", "Principal Solicitor"),
  "Complaint - my passport sent to another firm",
  """
I am the sole principal of Castlegate Legal and we applied to join the platform last month. Yesterday a solicitor at a firm in Hull emailed me to say that your onboarding team had sent her, as part of her own application pack, a copy of my passport, my driving licence and the utility bill I supplied for verification. She recognised my name and was kind enough to tell me.

I want to make a formal complaint about this. Those documents are everything somebody would need to open an account in my name.

Please explain how it happened and confirm the other firm has been asked to destroy them. [[access|I also ask for a copy of all the personal data your onboarding team holds about me, including the notes on my application.]] [[erasure|Once my verification is complete, please delete the copies of my identity documents rather than keeping them.]]
""",
  L(c=True, ex=True, pd=True, br=True, r="access,erasure", cat="personal_data"),
  "PEXA sent the writer's identity documents to another applicant (breach); the disclosure, not the onboarding, is the main grievance (personal_data); a copy of her data is access and deleting her ID copies is erasure; 'formal complaint' makes it explicit.")

S(7, "pexa", "breach", org("tvmortgages.co.uk", "Thames Valley Mortgages", "Operations Manager", "Completions Team Leader"),
  "Stolen laptop - user access suspended",
  """
For your records: a laptop belonging to one of our completions officers was stolen from her car on Wednesday evening. She was logged in to the platform when she closed the lid, and the device had our case tracker open with borrower names, addresses and redemption figures for around thirty cases. The police have given us a crime reference (4419/26/0903).

We suspended her user on the platform at 8am on Thursday. Could your security team check the sessions on her user between Wednesday 6pm and then, and tell us whether anything was viewed or downloaded? We are dealing with the borrowers ourselves.
""",
  L(br=True),
  "A stolen device holding borrowers' details is data lost by a participant firm, so breach=true; the lender reports it calmly and asks for a log check, a service request rather than a complaint.")

S(8, "pexa", "breach", PERSON,
  "Texts about my purchase going to a stranger",
  """
A man in Swindon has been getting your text messages about my house purchase. He got hold of my partner through the estate agent and forwarded them: they give my name, the address we're buying and that the deposit funds had "arrived in the settlement account".

The number you're using was mine years ago. Kestrel must have given you the old one off my mortgage application even though I updated it with them in January. Either way a complete stranger now knows where we're moving and when the money lands, and I'm not happy about it.

[[restriction|Please stop sending anything to that number until you and Kestrel have confirmed the right one.]] I want someone to explain how this happened.
""",
  L(c=True, pd=True, br=True, r="restriction", firm="kbs", cat="personal_data"),
  "Purchase details texted to a stranger are a breach; a borrower's complaint goes to her lender ('Kestrel') even though it also blames the platform (rule 10, kbs); stopping use of the number until confirmed is restriction.")

S(9, "pexa", "breach", PERSON,
  "Email about someone's house sale came to me",
  """
I got an email from you this morning confirming that the sale of a house in Harrogate has completed and that the proceeds have gone to a Mr and Mrs Aldous. I'm not Mrs Aldous and I've never bought or sold anything through you. My guess is someone typed my address by mistake, as it is very close to a common name.

I've deleted it. No need to write back, but you might want to let whoever sent it know so the Aldouses get their copy.
""",
  L(br=True),
  "A stranger received someone else's completion details, so breach=true; she expects no reply, so it is not a complaint and personal_data stays false.",
  short=("wrong email", "Got your email about the Aldous sale in Harrogate - not me, someone typed my address wrong. Deleted it. No need to reply."))

S(10, "pexa", "breach", org("brookmeadconveyancing.co.uk", "Brookmead Conveyancing", "Conveyancer", "Practice Manager"),
  "50 minutes on hold, then this",
  """
Yesterday I spent 50 minutes in your support queue trying to get a stuck lodgement looked at. I was cut off once at the 35-minute mark and had to start again. That is the third time in a fortnight one of us has lost most of an afternoon just getting through.

When I finally reached someone, she searched for our workspace and read out the wrong one first: another firm's client's full name, the address of the house and the price it is selling for, before realising and apologising.

We cannot run completions on a help desk that takes the best part of an hour to answer. I'd like to know what you are doing about the queue times, and I'd like the slip with the other client's details logged properly.
""",
  L(c=True, pd=True, br=True, cat="wait_time"),
  "The main grievance is the hour in the queue (wait_time), but the agent reading out another firm's client details is a disclosure, so breach and personal_data are set while the main category is kept (rule 13, as lg-33).")

S(11, "pexa", "breach", org("ferriermackay.co.uk", "Ferrier Mackay Solicitors", "Partner, Family Department", "Solicitor"),
  "Our client Mr L Brandt - misdirected completion emails",
  """
We act for Mr Lionel Brandt in his divorce proceedings. On 3 and 9 March your platform sent emails about the redemption of his mortgage on 27 Cedar Row, showing the redemption figure, his new account number and the completion date, to his former wife's personal email address. She has since produced them in the financial proceedings. Mr Brandt stopped using that address two years ago.

Please treat this letter as our client's formal complaint.

[[access|Under Article 15 of the UK GDPR, please provide a copy of all personal data you hold about Mr Brandt, including the email logs for those two messages.]] [[rectification|Please also correct the email address held for him to lbrandt.cedar@protonmail.com and confirm once done.]]

A signed authority from Mr Brandt is attached.
""",
  L(c=True, ex=True, pd=True, br=True, r="access,rectification", tp=True, cat="personal_data"),
  "A solicitor writes for a client (third_party) whose figures PEXA emailed to his former wife (breach); no participant firm is blamed, so firm null; Article 15 copy is access, the corrected address rectification; 'formal complaint' is explicit.")

S(12, "pexa", "breach", org("ainsworthpeel.co.uk", "Ainsworth Peel LLP", "Trainee Solicitor", "Paralegal"),
  "Live client details shown in Tuesday's webinar",
  """
I attended the "Lodgement for beginners" webinar on Tuesday with about forty people from other firms. To demonstrate the requisitions screen, the trainer opened what was obviously a live workspace rather than a demo one. For a good two minutes we could all see the sellers' names, the address of the property in Chester, the buyers' names and their mortgage lender.

Those clients have no connection with any of us. If it were my clients' details on that screen I would be furious, and I would expect to be told. Please confirm the firm concerned has been informed and that trainers will use dummy data from now on. A reply would be appreciated.
""",
  L(c=True, pd=True, br=True, cat="personal_data"),
  "Live client data shown to forty outsiders is an exposure (breach); the writer is dissatisfied and wants confirmation, an implicit complaint whose main grievance is the exposure, so personal_data rather than training.")

S(13, "pexa", "breach", org("orchardlanesolicitors.co.uk", "Orchard Lane Solicitors", "Risk Manager", "Supervising Partner"),
  "Wrong ID document uploaded to workspace 31-79102",
  """
We need to flag a mistake on our side. This afternoon one of our paralegals uploaded a certified copy of a driving licence to workspace 31-79102, which is shared with the buyer's solicitors and the lender. The licence belongs to a client on a different matter. She removed it about forty minutes later when she spotted it.

We are handling this with our client directly. What we need from you is the audit trail for that document: did anyone on the other side open or download it in those forty minutes?
""",
  L(br=True),
  "A participant firm reports its own upload of a client's licence into the wrong shared workspace: an exposure, so breach=true; asking for the audit trail is a service request with no dissatisfaction with PEXA, so not a complaint.")

# ===================================== Conexus: breaches =======================================

S(14, "conexus", "breach", PERSON,
  "You told my son about my debt",
  """
My son is fifteen. He answered the house phone on Thursday after school and your caller asked if he was my son, then told him she was calling about my "overdue balance with Sterling" and asked him to get me to ring back about the £1,780. He was upset and asked me if we were going to lose the house.

I've been paying you every month. There was no need to tell a child anything except to ask me to call. I want to know why your staff think this is acceptable and what you're going to do so it doesn't happen again.
""",
  L(c=True, pd=True, br=True, cat="personal_data"),
  "The agent disclosed the debt to the writer's child, a breach by Conexus; the disclosure is the grievance (personal_data); Sterling is only named as creditor, so firm null.",
  short=("you told my 15 year old about my debt",
         "Your caller told my son, who is 15, about my Sterling debt and the amount when he answered the phone on Thursday. I pay every month. Why did she do that, and what are you doing so it never happens again?"))

S(15, "conexus", "breach", PERSON,
  "Your email to the wrong person",
  """
I've received an email from you addressed to a Ms J. Halloran, which I'm guessing was meant for someone with an email address like mine. It shows her account number, says she owes £612.40 to Northline Energy and gives a link to make a payment. I'm not her and I have no account with you.

I've deleted it and won't be doing anything with it. I don't need a reply, I'm only telling you so she doesn't miss whatever it was about.
""",
  L(br=True),
  "Someone else's debt details reached the writer, so breach=true; a calm report that wants no reply is not a complaint (as lg-32), and Northline is only the other person's creditor.")

S(16, "conexus", "breach", org("harboursideadvice.org.uk", "Harbourside Money Advice", "Debt Adviser", "Senior Money Adviser"),
  "Complaint - client's financial statement sent to former address",
  """
I am a debt adviser at Harbourside Money Advice and act for Ms Carys Penhallow (your ref CX-5527103); her signed authority has been with you since February.

On 28 April I sent you Ms Penhallow's income and expenditure statement and told you in the same email that she had moved to a new address arranged through a refuge. On 6 May your letter acknowledging the statement, with a copy of it enclosed, was posted to her former address, where her ex-partner still lives. That statement shows her income, her benefits, her new employer and the fact that she has a child in nursery.

I am raising a formal complaint on her behalf. This is a serious data protection failure with real safety consequences.

[[rectification|Please update her address to the one in my email of 28 April and confirm it is now the only address on her file.]] [[access|Please also send me, as her representative, a copy of all the personal data you hold about her, including call notes and the letters sent since February.]]
""",
  L(c=True, ex=True, pd=True, br=True, r="rectification,access", tp=True, cat="personal_data"),
  "A money adviser (third_party) complains formally that Conexus posted the client's financial statement to the address her ex-partner lives at (breach); updating the address is rectification and a copy of her data access, asked on her behalf.")

S(17, "conexus", "breach", PERSON,
  "Pennant shop told my brother what I owe",
  """
You're collecting my old Pennant account so I'm sending this to you as well as to them, because I'm getting nowhere with them.

On Saturday I went into the Pennant shop in Corporation Street with my brother to sort out his contract. While we were there the assistant looked me up and said out loud, in front of him and the queue, that my old account was "with the debt collectors for £930" and that they couldn't offer me anything until it was cleared.

I had not told my family about this. I want Pennant made to answer for it. I'm not saying you did anything wrong, but you're the people I've got a reference for.
""",
  L(c=True, pd=True, br=True, firm="pmt", cat="personal_data"),
  "The creditor's shop staff disclosed the debt to the writer's brother (breach by the creditor); only Pennant can answer for it and Conexus is expressly not blamed, so about_other_firm=pmt, category personal_data.")

S(18, "conexus", "breach", PERSON,
  "calls to my work",
  """
Three times this week someone from your office has rung the main number at the care home where I work and asked for me by name. On Tuesday, when the receptionist said I was on shift and couldn't come to the phone, your caller told her it was "about an unpaid debt" and that it was "very urgent I call back today". She's a friend of my manager.

You have my mobile and I have never missed a call from you on purpose. Ringing my workplace again and again is pressure, plain and simple, and now people at work know my business.

Do not ring my work again. I want to know why you did and I want a reply in writing.
""",
  L(c=True, pd=True, br=True, cat="collection_conduct"),
  "Repeated calls to the workplace are how the debt is pursued (collection_conduct, main grievance), and telling the receptionist about the debt is a disclosure (breach, personal_data); 'do not ring my work' is a conduct remedy, not objection.")

S(19, "conexus", "breach", PERSON,
  "How did he get my address?",
  """
I moved out of my old flat in March to get away from my ex-partner and gave you my new address when I set up my payment plan. On Monday he turned up at my new door and told me he had "just rung the debt people" pretending to be my brother and they read it out to him.

I had asked for a password to be put on my account when I moved. Either that wasn't done or your staff didn't use it.

I have reported this to the police, who have asked for evidence. [[access|Please send me the recordings of every call made about my account since 1 March.]] I also want a written explanation of how this was allowed.
""",
  L(c=True, pd=True, br=True, r="access", cat="personal_data"),
  "Conexus gave the writer's new address to an impostor, a disclosure to the wrong person (breach); call recordings are access; 'how did he get it' asks about the incident, not the firm's source of data, so not informed.")

S(20, "conexus", "breach", PERSON,
  "documents I posted have gone missing",
  """
On 14 April I sent you, by signed-for post because your letter said you needed proof of income, copies of my last three payslips, a bank statement and a copy of my passport. Royal Mail's tracking shows someone at your office signed for them on 16 April.

Your agent now tells me there is no record of them ever arriving and that I should send them again. So where are they? They've got my National Insurance number, my bank details and my passport on them.

I'm not sending anything else until somebody finds out what happened to the first lot and tells me in writing.
""",
  L(c=True, pd=True, br=True, cat="personal_data"),
  "Documents signed for at Conexus and now untraceable are data lost (breach); the writer is dissatisfied and demands a written answer, an implicit complaint about data handling.")

S(21, "conexus", "breach", org("westbury.gov.uk", "Westbury Council Tax Services", "Recovery Team Leader", "Revenues Officer"),
  "Incorrect placement file 22 May - please hold",
  """
The placement file we sent you overnight on 22 May (batch WBC-0522) included 14 accounts that should have gone to a different collection agency. The account numbers are listed in the attached sheet: they are the ones starting 77.

Please do not contact any of those residents, and please return or securely destroy that part of the file and let me know once it has been done so I can close this off at our end. We are handling notification on our side. The rest of the batch is fine to work as normal.
""",
  L(br=True),
  "The creditor sent residents' accounts to the wrong agency (breach by a creditor); a calm instruction with no dissatisfaction is not a complaint, and a controller's instruction to destroy its misplaced file is not a data subject's erasure request.")

S(22, "conexus", "breach", org("delythmaddocksmp.org.uk", "Office of Delyth Maddocks MP", "Caseworker", "Senior Caseworker"),
  "Constituent: Mr Rhys Tallon, Conexus ref CX-6610298",
  """
I am writing on behalf of Mr Rhys Tallon of Caerphilly, who has contacted the MP's constituency office.

Mr Tallon changed his mobile number last autumn and gave Conexus the new one in November. Since then your text messages, which include his name, the creditor and the outstanding balance, have continued to go to his old number. That number now belongs to someone else, who found Mr Tallon on Facebook and sent him screenshots of the messages with some unkind remarks.

Mr Tallon regards this as a data breach and is understandably embarrassed. He would like an explanation of why the new number was not used, an assurance that it will not happen again, and an apology. I would be grateful for a reply to this office.
""",
  L(c=True, pd=True, br=True, tp=True, cat="personal_data"),
  "An MP's office writes for a constituent (third_party) whose debt texts went to a stranger (breach); dissatisfaction plus requested explanation and apology make an implicit complaint; no right is asked.")

S(23, "conexus", "breach", PERSON,
  "Dad's account - statement sent to my sister",
  """
I hold lasting power of attorney for my father, Gerald Wynn (account CX-4083317), who has dementia and lives in a care home. You have had a copy of the LPA since January and I am the only person registered to deal with his account.

On Monday my sister, who has no authority and who I have not spoken to in years, forwarded me an email from you containing Dad's full statement, his care home address and his payment plan. She had rung you and your staff sent it to her after she gave his date of birth.

That should never have happened. I want to know exactly what was said and sent to her. [[access|Please send me a copy of all the information you hold on Dad's account, including the notes and the recording of her call.]]
""",
  L(c=True, pd=True, br=True, r="access", tp=True, cat="personal_data"),
  "An attorney writes for her father (third_party): Conexus sent his statement to a relative with no authority (breach); a copy of all information and the call recording is access asked on his behalf.")

S(24, "conexus", "breach", PERSON,
  "window on your envelopes",
  """
Just a small thing, not asking for anything back. The last two letters from you have been folded so that the balance and the words "Debt Recovery" show through the envelope window along with my name. I live in a shared house and the post sits on the hall table all day, so everyone I live with has now seen what I owe.

I doubt it's deliberate, probably just how the letter is laid out, but it might be worth someone looking at the template.
""",
  L(br=True),
  "The debt amount showing through the envelope window exposed it to the writer's housemates, so breach=true; the writer asks for nothing back, so it is a calm report, not a complaint.")

S(25, "conexus", "breach", PERSON,
  "Your payment site showed me someone else's account",
  """
When I logged in to your payment site last night to make my £40 payment, the page that came up wasn't mine. It showed a Mr D. Okonkwo's name, his address in Luton, his balance and his last four payments. I logged out and back in and got my own account, but if I can see his, who is seeing mine?

This is a breach and I want to complain about it. I want to know how long this has been going on and whether anyone has seen my details.

[[erasure|I don't trust the site now, so please close my online account and delete the login and the details stored with it; I'll pay by phone.]]
""",
  L(c=True, ex=True, pd=True, br=True, r="erasure", cat="personal_data"),
  "The portal exposed another customer's account to the writer (breach) and she fears her own is exposed; 'I want to complain' makes it explicit; closing and deleting her online account is erasure.")

S(26, "conexus", "breach", org("danbywhitlock.co.uk", "Danby Whitlock Solicitors", "Solicitor", "Associate Solicitor"),
  "Mr Anil Sethi - your letter of 2 June",
  """
We act for Mr Anil Sethi in relation to the Lumen Water account you are collecting.

Your letter of 2 June was addressed to Mr Sethi care of his employer, a logistics firm, even though his home address has not changed and appears on every previous letter you have sent him. As the employer's policy is to open all post that is not marked personal, it was opened by their HR team, who then raised the debt with Mr Sethi in a meeting.

Our client has been caused considerable embarrassment at work. Please explain why the letter was sent to his employer, confirm that all future correspondence will go to his home address or to this firm, and tell us what you propose by way of apology.
""",
  L(c=True, pd=True, br=True, tp=True, cat="personal_data"),
  "A solicitor writes for a debtor (third_party): Conexus's letter went to his employer and was read by HR (breach); Lumen is only the creditor named, so firm null; where to send future letters is a conduct remedy, not a right.")

# ===================================== PEXA: look-alikes =======================================

S(27, "pexa", "lookalike", org("kingsbridgeconveyancing.co.uk", "Kingsbridge Conveyancing", "Conveyancer", "Licensed Conveyancer"),
  "Profile keeps going back to my old surname",
  """
I changed my name when I married in the spring and updated my user profile on 2 May. Every few days the name on my account settings page flips back to my maiden name, and the two-factor text messages address me by it as well. It's only on my own screens as far as I can tell: the other parties in my workspaces see the firm, not me.

I've changed it back myself four times now. It is tiresome, and I'd like someone to find out why the platform keeps overwriting what I enter and let me know.
""",
  L(c=True, pd=True, cat="personal_data"),
  "Inaccurate personal data shown only to the writer is personal_data without a breach; she has corrected it herself and asks only for the cause, so no rectification right is asked.",
  gender="f")

S(28, "pexa", "lookalike", org("wexcombelyle.co.uk", "Wexcombe & Lyle LLP", "Compliance Manager", "COLP"),
  "Release notes 6.14 - user data going to a US analytics service",
  """
Reading the release notes for version 6.14, I see that "usage analytics" for the platform are now handled by a provider based in the United States, and that this includes the names, email addresses and IP addresses of our users. Nobody told us this was coming. Our staff accepted the platform's terms on the understanding that their details stayed with PEXA in the UK, and there is nothing in your privacy notice about it.

I'm not suggesting anything has leaked. But I expect to be told before our people's details are sent abroad, not to find it on page four of the release notes. Please explain why we weren't told.
""",
  L(c=True, pd=True, cat="personal_data"),
  "Users' data transferred abroad without notice is unexpected use and sharing with the firm's own provider, not disclosure to a wrong person, so personal_data=true and breach=false; the firm writes for itself (not third party).")

S(29, "pexa", "lookalike", org("lowtherhay.co.uk", "Lowther Hay Solicitors", "Completions Supervisor", "Office Manager"),
  "Invite field - can autocomplete be switched off?",
  """
Quick question from our completions team. When we invite the other side to a workspace, the participant field autocompletes from the whole directory, and there are three firms near us with almost identical names. Nothing has gone wrong yet, but the team are nervous that one day somebody will click the wrong one and send an invitation with our client's details to a firm that has nothing to do with the matter.

Is there a setting to turn off the autocomplete, or to restrict it to firms we've worked with before? If not, is it on the roadmap?
""",
  L(),
  "Only a fear that an invite might one day go to the wrong firm: nothing was disclosed, so breach=false; a neutral feature question is an enquiry, and 'restrict' the autocomplete is not a data right.")

S(30, "pexa", "lookalike", org("harcourtvane.co.uk", "Harcourt Vane Solicitors", "Managing Partner", "Head of Property"),
  "Outages on 4 and 11 June - breach of our service agreement",
  """
The platform was unavailable for more than three hours on 4 June and again for most of the afternoon on 11 June. On both days we had completions that could not settle and clients who spent the night in hotels. Your service agreement commits you to 99.5% availability during business hours in any month; two outages of that length put you in breach of it for June.

We would like a written account of both incidents, the service credits due to us under the agreement, and a contribution to the hotel costs our clients incurred.
""",
  L(c=True, cat="platform_defect"),
  "'Breach' here is breach of a service agreement, not of personal data, so breach=false; failed settlements from outages with a demand for credits and costs are an implicit platform_defect complaint.")

S(31, "pexa", "lookalike", org("stonegateproperty.law", "Stonegate Property Law", "Conveyancing Assistant", "Conveyancer"),
  "Promised callback never came",
  """
At 9.20 this morning your support team promised me, in writing on ticket SUP-702215, that someone from the lodgement team would call me back by noon about a requisition that is holding up a registration. It's now nearly five. Nobody has called, the ticket still says "awaiting specialist", and my client's lender is asking questions I can't answer.

I appreciate things get busy, but a firm promise followed by silence is worse than no promise at all; frankly it's a breach of the trust we put in your desk. Please get someone to ring me first thing tomorrow.
""",
  L(c=True, cat="delay"),
  "'Breach of the trust' is about a broken promise, not personal data, so breach=false; a promised callback that is late is something late (delay), not time spent waiting in a queue.",
  short=("callback promised by noon - still nothing",
         "Your support team promised a call back by noon on ticket SUP-702215. It's 5pm, nothing. Please have someone ring me first thing tomorrow."))

S(32, "pexa", "lookalike", org("pellinghamlaw.co.uk", "Pellingham Law", "Partner", "Solicitor"),
  "Two-factor reset was far too easy",
  """
I lost my phone last week and rang your support line to get my two-factor authentication reset. I was expecting a proper check. Instead the agent asked only for my name and the name of my firm, both of which are on our website, and reset it on the spot.

I got my access back, so on one level I'm grateful, but anyone who had read our "meet the team" page could have done exactly the same and then logged in as me with the ability to move client money. This needs looking at. Please tell me what checks your staff are supposed to carry out and whether you will be tightening them.
""",
  L(c=True, cat="process"),
  "A security check the writer found too easy disclosed nothing to anyone, so breach=false and the grievance is not data handling (personal_data=false); the verification rule itself is the problem (process).")

S(33, "pexa", "lookalike", org("tillotsonbrook.co.uk", "Tillotson Brook LLP", "IT Manager", "Practice Manager"),
  "Fake PEXA login email",
  """
Passing on for your security team: two of our staff received an email this morning headed "Action required: re-verify your PEXA credentials before Friday", sent from an address ending pexa-secure-login.com, with a button to a login page that looks very much like yours. Neither of them clicked it. I've kept the original in case you need the headers.

Is this one you already know about? Anything you'd like us to send on?
""",
  L(),
  "A phishing email reported with nothing entered or disclosed is not a breach, and the neutral report is not a complaint.",
  short=("Phishing: 're-verify your PEXA credentials'",
         "FYI two of our staff got a fake PEXA re-verify email from pexa-secure-login.com. Nobody clicked. Happy to send the headers if useful."))

S(34, "pexa", "lookalike", org("quarrendonsmith.co.uk", "Quarrendon Smith Solicitors", "Head of Conveyancing", "Partner"),
  "Who authorised support to open our workspace?",
  """
Looking at the audit log on workspace 31-78830 today, I can see that a member of your support team opened the workspace and viewed the contract, the buyers' identity documents and the completion statement on Monday afternoon. We had raised a ticket that day about the fee calculation on a different workspace, not this one, and nobody asked our permission to go into this one.

I accept your staff sometimes need access to help us. But looking through our clients' documents on a matter we didn't raise is not what we expected and not what we agreed to. I want an explanation of why it happened and confirmation of what the agent looked at.
""",
  L(c=True, pd=True, cat="personal_data"),
  "PEXA's own support agent viewing a workspace without need is unexpected use of the data by the platform, not disclosure to a wrong person, so personal_data=true and breach=false; an account of what was viewed is not a request for a copy of the writer's data.")

S(35, "pexa", "lookalike", PERSON,
  "Please contact me rather than my father",
  """
My father, Mr Walter Ibbotson, is selling his house in Ilkley and I hold his power of attorney for property matters. His solicitors have set the sale up on your platform.

He has started getting text messages and the odd email from the platform about the sale and they worry him, as he doesn't always follow what they mean. Could nobody phone or text him about it, and could anything that needs saying come to me instead? My details are below and his solicitors have a copy of the power of attorney.

Thank you.
""",
  L(tp=True),
  "An attorney writes for her father (third_party) asking that he not be contacted: a contact request, not a breach, with no dissatisfaction, so not a complaint and no data right.")

S(36, "pexa", "lookalike", org("merrowfield.co.uk", "Merrowfield Solicitors", "Associate", "Conveyancing Executive"),
  "Late settlement and our completion undertaking",
  """
A question rather than anything else. On Friday a settlement went through at 14:10 instead of the 12:00 we had agreed, because the lender's funds arrived late into the workspace. The seller's solicitors have now written saying we are in breach of our undertaking to complete by noon.

Does the settlement record show when the lender's funds landed and when the platform released them? If we could have a copy of that timeline for workspace 31-80066 it would help us answer them.
""",
  L(),
  "'Breach of our undertaking' is a conveyancing term, not personal data; a neutral request for a transaction timeline is an enquiry, and a copy of a workspace record is not access to the writer's personal data.")

# ===================================== Conexus: look-alikes ====================================

S(37, "conexus", "lookalike", PERSON,
  "wrong name and date of birth on your letter",
  """
Your letter dated 9 May has my surname spelt wrong and a date of birth that's eleven years out. It came to my house, in an envelope addressed to me, so nobody else has seen it, but it's the first letter I've had from you and it's demanding £1,214 for a Pennant phone contract.

If you can't get my name and age right, I've no confidence you've got the right person or the right amount. I expect a proper reply explaining what's gone wrong before I pay a penny.
""",
  L(c=True, pd=True, cat="personal_data"),
  "Wrong personal details on a letter that reached only the writer are inaccurate data, not a breach; the wrong thing is his own record, so category personal_data, and Pennant is only the creditor named (firm null).")

S(38, "conexus", "lookalike", PERSON,
  "Number was only for the engineer",
  """
The only time I have ever given out my mobile number was to Northline Energy, and that was so their engineer could ring me when he was on his way to fit the meter. Now your office is calling it twice a week about the arrears.

Nobody else has had it, so I know where it came from. But I never agreed for it to be used for chasing money, and I'm not happy that it is. Please reply in writing, by post only.
""",
  L(c=True, pd=True, cat="personal_data"),
  "A number passed by the creditor to its own collector and used for collection is unexpected use, not disclosure to a wrong person, so personal_data=true, breach=false; the grievance is Conexus's use, so firm null; no right is asked.")

S(39, "conexus", "lookalike", PERSON,
  "Post to my building",
  """
I've just agreed a plan with you over the phone (ref CX-7730145) and your agent said a confirmation letter will follow. I live in a block where all the post goes into open pigeonholes in the lobby and people do pick up each other's letters by mistake. I'm worried that something with your name on it will end up in the wrong hands.

Is there any way you can email the confirmation instead, or at least send it in a plain envelope without your company name on the front?
""",
  L(),
  "Only a worry that a letter might reach the wrong hands: nothing has been disclosed, so breach=false; a polite service request, not a complaint.")

S(40, "conexus", "lookalike", PERSON,
  "Please leave my mother out of this",
  """
I'm writing about my account CX-3391820. When I took out the original loan years ago I put my mum down as an emergency contact, and I've just realised her number might still be on the paperwork you got from the lender.

She has nothing to do with the debt and she's not well. Please don't ring or write to her for any reason. You can reach me on my mobile any weekday after 4pm and I'm happy to talk about a plan.
""",
  L(),
  "A pre-emptive request not to contact the writer's mother: nothing has been disclosed (breach=false), 'don't ring her' is a conduct request, not objection, and there is no dissatisfaction.")

S(41, "conexus", "lookalike", org("westgateadvice.org.uk", "Westgate Community Advice", "Money Adviser", "Debt Caseworker"),
  "Ms Jade Rowntree CX-2290476 - please route contact through us",
  """
I'm a money adviser at Westgate Community Advice and Ms Jade Rowntree has asked us to help her with her debts. Her signed consent form is attached.

While we put together a financial statement, please direct all contact to me rather than to Ms Rowntree, and hold collection activity for 30 days. I expect to send you a proposal by the end of next month.
""",
  L(tp=True),
  "A money adviser (third_party) asks that contact go through the agency and collection be held: a routine request, no breach, no complaint, and not a data right.")

S(42, "conexus", "lookalike", PERSON,
  "I have NOT broken my arrangement",
  """
Your letter says my payment plan has been cancelled because I "breached the terms of the arrangement" by missing the May instalment, and that the full £2,860 is now due.

I didn't miss it. My bank statement shows £55 leaving my account to you on 1 May, same as every month since last October, reference CX-8812034. I've attached a screenshot.

Reinstate the plan, take the full balance demand off my account and write to me confirming it. I'm not having this hanging over me because of your mistake.
""",
  L(c=True, cat="debt_dispute"),
  "'Breached the terms of the arrangement' is about a payment plan, not data, so breach=false; the writer says the instalment was paid and the full balance is not due, a debt_dispute complaint.")

S(43, "conexus", "lookalike", org("northline-energy.co.uk", "Northline Energy", "Collections Partner Manager", "Head of Debt Recovery"),
  "Contact with accounts on our hold list",
  """
Under our collection agreement, accounts we flag on the weekly hold list are not to be contacted until we release them. We have now had four customers ring us this week to say they received calls and texts from Conexus while they were on the hold list, two of them bereaved households. That is a clear breach of what we agreed.

I need a list of every held account that was contacted since 1 June, an explanation of how the hold list is loaded at your end, and confirmation today that contact on those accounts has stopped.
""",
  L(c=True, cat="collection_conduct"),
  "The creditor client complains that Conexus contacted held accounts, a breach of the collection agreement, not of personal data; the grievance is how debts were pursued (collection_conduct), and a creditor complaining about Conexus gets firm null.")

S(44, "conexus", "lookalike", PERSON,
  "Suggestion about phone security",
  """
Not a problem as such, more of a suggestion. When I rang last week to change my payment date, your colleague only asked for my postcode and the first line of my address before going through my account with me. Everyone in my family and half my street knows those.

Maybe you could ask for something only the account holder would know, like the last payment amount or a password? Thanks for sorting the date change, by the way.
""",
  L(),
  "A security question the writer found too easy, with no one else given his details, is not a breach; offered as a suggestion with thanks, it is not a complaint.")

S(45, "conexus", "lookalike", PERSON,
  "Is this text from you?",
  """
I've had a text this morning saying "Conexus: final notice, your account will go to court unless paid today" with a link to a website I've never seen, and a sort code and account number to pay into. It just says "Dear customer", with no name or reference.

I do have an account with you (CX-5071126) but I've always paid by card over the phone. Is this genuinely from you? I haven't clicked on anything.
""",
  L(),
  "A generic scam text reported with no personal details in it and nothing given away is not a breach; a neutral question, not a complaint.",
  subject_only="Got a 'Conexus final notice' text with a payment link and different bank details - is it really you? Not clicked anything")

S(46, "conexus", "lookalike", PERSON,
  "what is this note on my account?",
  """
I logged into your customer portal for the first time yesterday and under "circumstances" it says "unemployed - gambling concerns". I have worked full time at the same bakery for nine years and I have never gambled in my life. I have never said anything like that to anyone at your company or at the bank.

Nobody else uses my login so I don't think anyone else has seen it, but it's horrible to read about yourself, and I'm worried about what your staff think when they ring me. I want somebody senior to look into it and reply to me properly.
""",
  L(c=True, pd=True, cat="personal_data"),
  "A false note on the writer's own record, seen only by her, is inaccurate data (personal_data) and not a breach; she asks for an investigation and reply, not a correction, so no right.")

# ===================================== PEXA: ordinary ==========================================

S(47, "pexa", "ordinary", org("ravensworthlaw.co.uk", "Ravensworth Law", "Property Partner", "Senior Conveyancer"),
  "Lodgement failing with error LR-503 again",
  """
For the second day running, every lodgement we submit comes back within seconds with "LR-503 service unavailable", while Land Registry's own portal is working fine for us. We have five registrations waiting, one of which has a priority search running out on Thursday.

Your status page says all systems are operational. They aren't. I need someone who can actually fix this to call me today, and I want to know who will cover our costs if that search lapses.
""",
  L(c=True, cat="platform_defect"),
  "Lodgements failing on a platform error with a demand for a call and costs is an implicit complaint about a system failure (platform_defect).")

S(48, "pexa", "ordinary", org("beaconhomefinance.co.uk", "Beacon Home Finance", "Billing Analyst", "Finance Operations Manager"),
  "Complaint: fees charged on withdrawn workspaces",
  """
Our May invoice (INV-2026-05-1187) charges the full per-workspace fee on nine workspaces that were withdrawn before any funds or documents were added. Your fee schedule says withdrawn workspaces are not charged if nothing has been lodged or settled. This is the second month running we've had to query it.

Please treat this as a complaint. We'd like a corrected invoice and an explanation of why the billing system keeps doing this.
""",
  L(c=True, ex=True, cat="fees_charges"),
  "A participant lender complains explicitly about platform fees; Beacon is the complainant, not the subject, so firm null and not third party.")

S(49, "pexa", "ordinary", org("fennimorelegal.co.uk", "Fennimore Legal", "Training Coordinator", "HR Manager"),
  "Dates for the settlement refresher course",
  """
Two new starters join our post-completion team in September. Could you let me know when the next settlement refresher sessions are running, whether they're online or in person, and whether there is a charge per delegate? A short list of dates would be perfect.
""",
  L(),
  "A neutral question about training dates is an enquiry: not a complaint, no breach.")

S(50, "pexa", "ordinary", org("amblesidekerr.co.uk", "Ambleside Kerr Solicitors", "Practice Manager", "Director"),
  "Third chaser - our registration is still pending",
  """
This is the third time I've written about our application to join the platform, submitted on 12 May with everything your checklist asked for. Fifteen working days on, the portal still says "under review" and nobody has replied to either of my emails. We have two purchases due to complete next month that our clients' lenders want run through PEXA.

Can someone please tell me what is holding it up and when it will be finished?
""",
  L(c=True, cat="onboarding"),
  "A third chaser is an implicit complaint, and because the late thing is the firm's registration the more specific theme onboarding beats delay.")

S(51, "pexa", "ordinary", PERSON,
  "Can't get an answer from our solicitor",
  """
We're buying our first house and our solicitors, Orchard Lane, told us the completion would be done through PEXA. We were meant to exchange two weeks ago. Since then I've left six messages for the person handling it and sent four emails, and nobody has got back to us. Our sellers are threatening to pull out.

I know you're not our solicitor, but you work with them, so please can you get someone there to contact us. We just need to know what's happening.
""",
  L(c=True, firm="ols", cat="delay"),
  "A buyer's complaint purely about her own solicitors ('Orchard Lane') not replying is forwarded (about_other_firm=ols) with category delay.")

S(52, "pexa", "ordinary", org("calderbankconveyancing.co.uk", "Calderbank Conveyancing", "Conveyancer", "Senior Conveyancer"),
  "Request for my personal data",
  """
I've been a platform user since 2021 and am about to move firms. [[access|For my own records, please send me a copy of the personal data you hold about me as a user, including my profile details and my login history.]] A PDF by email is fine.

There's no problem behind this, I just like to keep things tidy. Thank you.
""",
  L(r="access"),
  "A calm request for a copy of the writer's own user data is access without any complaint, and nothing was disclosed.")

S(53, "pexa", "ordinary", org("marshpenrose.co.uk", "Marsh & Penrose Conveyancing", "Accounts Manager", "Finance Assistant"),
  "Thanks - invoice sorted",
  """
Just to say thank you to Priya in billing, who sorted out the duplicate invoice within a day and sent the credit note this morning. All fine now, no further action needed.
""",
  L(),
  "Thanks for a resolved billing matter is not a complaint, even with the old issue in the quote.",
  subject_only="Thank you Priya - duplicate invoice credited, all sorted, nothing further needed")

# ===================================== Conexus: ordinary =======================================

S(54, "conexus", "ordinary", PERSON,
  "40 minutes on hold then cut off",
  """
I tried to ring you at lunchtime to pay off the rest of my balance. I was on hold for 40 minutes, listening to the same message saying my call was important, and then the line went dead. I rang back and the recorded voice said the wait was "more than 30 minutes".

I'm trying to give you money. Can somebody ring me on my mobile between 5 and 7 tonight so I can pay and get this closed.
""",
  L(c=True, cat="wait_time"),
  "Forty minutes on hold and cut off while trying to pay, with a demand for a callback, is an implicit complaint about waiting to reach someone (wait_time).",
  subject_only="on hold 40 mins trying to PAY you and got cut off - ring me back tonight")

S(55, "conexus", "ordinary", PERSON,
  "Northline bill is based on made-up readings",
  """
You've written to me about £1,340 for Northline Energy. That bill is built on estimated readings for a flat I had already moved out of: I sent Northline a final meter reading and a photo of the meter on the day I left, 30 November, and they billed me for another four months anyway.

I've told them twice and they keep sending it back to you. The bill itself is wrong and it needs Northline to rework it from my final reading. Please send this to them and stop chasing me until they have.
""",
  L(c=True, firm="nte", cat="debt_dispute"),
  "The root cause is the creditor's own wrong bill, which only Northline can fix, so about_other_firm=nte and category debt_dispute.")

S(56, "conexus", "ordinary", PERSON,
  "Setting up a payment plan",
  """
I've received your letter about my old Sterling Credit loan (ref CX-6204418). I can't pay the balance in one go but I can manage £35 a month from the 15th, when I'm paid. Could you let me know if that's acceptable and how to set up the payments?
""",
  L(),
  "A request to set up a payment plan is routine: not a complaint, no breach.")

S(57, "conexus", "ordinary", PERSON,
  "Formal complaint - £75 trace fee",
  """
My latest statement shows a £75 "trace fee" added on 3 April. You didn't need to trace me: I've lived at the same address for six years, it's the address you've written to every month, and I've been paying you by standing order since last summer.

I want to complain about this charge. Please remove it and send me an updated statement.
""",
  L(c=True, ex=True, cat="fees_charges"),
  "An explicit complaint about a fee Conexus added on top of the debt is fees_charges, not debt_dispute.")

S(58, "conexus", "ordinary", PERSON,
  "My wife's account - she's in hospital",
  """
I'm writing for my wife, Mrs Helen Daws (ref CX-1187362), who was admitted to hospital last week and will be there for some time. She's asked me to let you know she won't be able to deal with anything for the next month or so.

Could you put her account on hold until she's home? I can send a letter from the ward if you need one. Her plan payments will carry on as normal.
""",
  L(tp=True),
  "A husband writes for his wife (third_party) asking for a hold; no dissatisfaction, so not a complaint, and no breach.",
  gender="m")

S(59, "conexus", "ordinary", PERSON,
  "your agent hung up on me",
  """
I rang this morning to ask for a statement showing what I've paid so far, because the figure on your last letter doesn't match my records. The man I spoke to said I'd "have to wait for the annual one", and when I asked again he said he wasn't going to argue and put the phone down on me.

I've always been polite to your staff. I would like an apology, and I would still like my statement.
""",
  L(c=True, cat="service_quality"),
  "An agent hanging up on a customer is how she was served (service_quality); a routine account statement is a service request, not a request for a copy of all personal data, so no access right.")

S(60, "conexus", "ordinary", PERSON,
  "A couple of questions about my details",
  """
I got your first letter about my old Lumen Water account this week. I'm not upset about it and I'll be in touch about paying, but I'd like to understand a couple of things first.

[[informed|Can you tell me where you got my current address from, and what you use my information for apart from collecting this debt?]] [[objection|I also object to my details being used for any kind of marketing, by you or anyone you work with.]]

Thanks.
""",
  L(r="informed,objection"),
  "Asking the source and purposes of processing is informed and refusing marketing use is objection, both without dissatisfaction, so not a complaint and no breach.")


# ---------------------------------------------------------------------------------------------
# envelopes

FIRST = ["Aisha", "Ben", "Callum", "Deborah", "Eleanor", "Farid", "Gemma", "Harvey", "Imogen", "Jasper", "Kiran",
         "Leanne", "Marcus", "Niamh", "Owen", "Patience", "Quentin", "Rosalind", "Sanjay", "Tegan", "Usman",
         "Vivienne", "Wesley", "Yasmin", "Zoltan", "Bethan", "Declan", "Fiona", "Grant", "Hollie"]
FIRST_F = ["Deborah", "Eleanor", "Gemma", "Imogen", "Leanne", "Niamh", "Rosalind", "Tegan", "Vivienne", "Yasmin"]
FIRST_M = ["Ben", "Callum", "Farid", "Harvey", "Jasper", "Marcus", "Owen", "Sanjay", "Wesley", "Declan"]
LAST = ["Ashdown", "Barraclough", "Chaudhry", "Dunmore", "Ekwueme", "Fairlie", "Gorski", "Hendry", "Islington",
        "Jessop", "Kavanagh", "Lomax", "Mwangi", "Nutall", "Oyelaran", "Pritchard", "Quayle", "Rattray", "Sandhu",
        "Thewlis", "Umerji", "Varley", "Whitcombe", "Yeadon", "Zielinski", "Brannigan", "Cottle", "Dervish"]
MAILHOSTS = ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "icloud.com", "hotmail.co.uk", "sky.com",
             "virginmedia.com"]

GREETINGS = {"pexa": ["Hello,", "Dear PEXA team,", "Hi,", "Dear Sir or Madam,", "Good morning,", "Hi PEXA,", ""],
             "conexus": ["Dear Conexus,", "To whom it may concern,", "Hello,", "Dear Sir or Madam,", "Hi,",
                         "Good afternoon,", ""]}
SIGNOFFS = ["Kind regards,", "Regards,", "Thanks,", "Best wishes,", "Many thanks,", "Yours faithfully,", ""]

QUOTES = {
    "pexa": [("PEXA Support <support@pexa-digital.co.uk>",
              "Hello,\n\nThank you for getting in touch. Your enquiry has been logged under reference SUP-{ref} and a "
              "member of the team will reply within two business days.\n\nKind regards\nPEXA Customer Support"),
             ("PEXA Customer Resolution <resolution@pexa-digital.co.uk>",
              "Thank you for your message, which we received today.\n\nWe aim to respond within five business days. "
              "Please quote reference CR-{ref} in any further correspondence.\n\nCustomer Resolution Team")],
    "conexus": [("Conexus Customer Services <customerservices@conexus-services.com>",
                 "Thank you for contacting Conexus. Your message has been received and passed to the relevant team.\n\n"
                 "Your reference is {ref}. Please do not reply to this email with card details."),
                ("Conexus Accounts <accounts@conexus-services.com>",
                 "Dear Customer,\n\nWe write regarding your account, reference {ref}. Please contact us on 0300 555 "
                 "0148 between 8am and 8pm to discuss the balance or to set up an affordable payment arrangement.\n\n"
                 "Yours sincerely\nConexus Accounts Team")],
}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

FULL_ENVS = ["plain", "html", "reply", "reply_html", "typo", "typo_reply", "typo_html"]


def sender(rng, sc):
    """(from header, signature block) for one rendering of the scenario's sender role."""
    g = sc.get("gender")
    first = rng.choice(FIRST_F if g == "f" else FIRST_M if g == "m" else FIRST)
    last = rng.choice(LAST)
    role = sc["role"]
    if role[0] == "org":
        _, domain, orgname, titles = role
        local = rng.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}{last[0]}"]).lower()
        addr = f"{local}@{domain}"
        sig_lines = [f"{first} {last}", rng.choice(titles), orgname]
    else:
        local = rng.choice([f"{first}.{last}", f"{first}{last}{rng.randrange(1, 99)}", f"{first[0]}{last}",
                            f"{last}.{first[0]}"]).lower()
        addr = f"{local}@{rng.choice(MAILHOSTS)}"
        sig_lines = [rng.choice([f"{first} {last}", first, f"{first[0]} {last}"])]
    return f"{first} {last} <{addr}>", sig_lines


def render(rng, sc, env):
    mailbox = sc["mailbox"]
    frm, sig_lines = sender(rng, sc)
    greet = rng.choice(GREETINGS[mailbox])
    signoff = rng.choice(SIGNOFFS)
    subject, core = sc["subject"], sc["body"]
    html = env in ("html", "reply_html", "typo_html")
    quote = None
    if env == "subject_only":
        subject, text = sc["subject_only"], ""
    else:
        if env == "short":
            subject, core = sc["short"]
            text = core + "\n\n" + sig_lines[0]
        else:
            sig = "\n".join(([signoff] if signoff else []) + sig_lines)
            text = (greet + "\n\n" if greet else "") + core + "\n\n" + sig
        if env.startswith("typo"):
            text = typos_outside_marks(text, rng, MARK_RIGHTS, 0.3)
        if env in ("reply", "reply_html", "typo_reply"):
            who, qtext = QUOTES[mailbox][rng.randrange(len(QUOTES[mailbox]))]
            day = f"{rng.randrange(1, 29)} {rng.choice(MONTHS)} 2026"
            quote = (f"On {day}, {who} wrote:", qtext)
    body_marks = rights_marks_of(text)
    return finish_marked_record(rng, mailbox=mailbox, sender=frm, subject=subject, body=strip_marks(text, MARK_RIGHTS),
                                html=html, quote=quote, subject_marks=[], body_marks=body_marks,
                                labels=sc["labels"], note=sc["note"], source=sc["id"], env=env)


BREACH_WORDS = re.compile(r"breach|data protection|gdpr", re.I)


def check_mix():
    kinds = Counter((sc["mailbox"], sc["kind"]) for sc in SCENARIOS)
    assert len(SCENARIOS) == 60 and len({sc["id"] for sc in SCENARIOS}) == 60, kinds
    assert sum(v for (m, _), v in kinds.items() if m == "pexa") == 30, kinds
    assert Counter(sc["kind"] for sc in SCENARIOS) == {"breach": 26, "lookalike": 20, "ordinary": 14}
    worded = 0
    for sc in SCENARIOS:
        lab = sc["labels"]
        assert lab["breach"] == (sc["kind"] == "breach"), sc["id"]
        if sc["kind"] == "lookalike":
            assert not lab["rights"], sc["id"]
        texts = [sc["subject"], sc["body"]] + list(sc.get("short", ())) + [sc.get("subject_only", "")]
        if sc["role"][0] == "org":
            texts += list(sc["role"][3])
        for t in texts:
            assert {r for r, _ in rights_marks_of(t)} <= set(lab["rights"]), sc["id"]
        assert {r for r, _ in rights_marks_of(sc["body"])} == set(lab["rights"]), sc["id"]
        if sc["kind"] == "breach" and any(BREACH_WORDS.search(t) for t in texts):
            worded += 1
    assert worded <= 6, worded
    return worded


def build(rng):
    check_mix()
    records = []
    for sc in SCENARIOS:
        if "subject_only" in sc:
            envs = [rng.choice(FULL_ENVS), "subject_only"]
        elif "short" in sc:
            envs = [rng.choice(FULL_ENVS), "short"]
        else:
            envs = rng.sample(FULL_ENVS, 2)
        for env in envs:
            records.append(render(rng, sc, env))
    return records


def summary(records, env_counts):
    kind = {sc["id"]: sc["kind"] for sc in SCENARIOS}
    by_src = {}
    for r in records:
        by_src.setdefault(r["source"], r["labels"])
    lines = [f"wrote {len(records)} emails from {len(by_src)} scenarios to {os.path.relpath(OUT, ROOT)}"]
    kc = Counter(kind[s] for s in by_src)
    lines.append("scenarios by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(kc.items())))
    lines.append(f"breach scenarios using 'breach'/'data protection'/'GDPR': {check_mix()}")
    for name, key in (("complaint", "complaint"), ("explicit", "explicit"), ("personal_data", "personal_data"),
                      ("breach", "breach"), ("third_party", "third_party")):
        lines.append(f"{name}: {sum(r['labels'][key] for r in records)} emails, "
                     f"{sum(l[key] for l in by_src.values())} scenarios")
    for right in RIGHTS:
        e = sum(right in r["labels"]["rights"] for r in records)
        s = sum(right in l["rights"] for l in by_src.values())
        if e:
            lines.append(f"right {right}: {e} emails, {s} scenarios")
    lines.append("envelopes: " + ", ".join(f"{k} {v}" for k, v in sorted(env_counts.items())))
    lines.append("categories (scenarios): " + ", ".join(
        f"{k} {v}" for k, v in sorted(Counter(l["category"] for l in by_src.values()).items())))
    return "\n".join(lines)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=marked_record_errors)


if __name__ == "__main__":
    sys.exit(main())
