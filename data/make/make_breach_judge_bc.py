#!/usr/bin/env python3
"""Breach-judge evaluation set BC: 60 hand-written scenarios (30 pexa, 30 conexus), each rendered twice.

Measures how well personal data breaches (the guide's `breach` label) are recognised when people describe them in
their own words:

* 26 scenarios describe a personal data breach (by PEXA/Conexus, a participant firm or creditor, or someone else),
  mostly told as a plain account without the words "breach", "data protection" or "GDPR" (at most 6 use one);
  complaints, calm reports that want no reply, messages written on someone's behalf, some with a data right.
* 20 look-alikes that are not breaches by the guide: inaccurate data shown only to the writer, unexpected use or
  sharing that is not a disclosure to the wrong person, a fear of misdirected post, a request not to contact someone,
  "breach" of a contract / arrangement / undertaking, a verification check found too easy, a phishing or scam report.
* 14 ordinary scenarios of the two mailboxes (complaints and non-complaints) with no breach.

Every sentence that asks for a data right is written inline as [[right|sentence]] and becomes a request_sentences
mark (finish_marked_record). Each scenario is rendered twice with different envelopes drawn from the seeded rng:
sender, greeting and sign-off, plain / HTML body, a quoted earlier reply from the firm, letter-swap typos outside
the marks, and for a few scenarios a short or subject-only version.

Stdlib only. Run:  .venv/bin/python data/make/make_breach_judge_bc.py
"""
import collections
import datetime
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (MARK_RIGHTS, RIGHTS, finish_marked_record, marked_record_errors,  # noqa: E402
                           rights_marks_of, run_generator, short_labels, strip_marks, typos_outside_marks)

SEED = 20270815
PREFIX = "bjbc"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "breach_judge_bc.jsonl")

L = short_labels

# ---------------------------------------------------------------------------------------------
# senders

FIRST = ["Alison", "Bilal", "Catriona", "Darren", "Eilidh", "Farida", "Gethin", "Harriet", "Imran", "Jolene",
         "Kwame", "Lorna", "Malcolm", "Nadia", "Owen", "Priti", "Quentin", "Rosalind", "Sanjay", "Tegan",
         "Umar", "Verity", "Wesley", "Yasmin", "Zoltan", "Bronwen", "Callum", "Delphine", "Ewan", "Fiona",
         "Grant", "Hollie", "Ivor", "Jasmine", "Kieran", "Leanne", "Morgan", "Niamh", "Oluwaseun", "Petra"]
LAST = ["Ashworth", "Bhattacharya", "Caddick", "Dunleavy", "Ellery", "Fairbairn", "Gorecki", "Hendry", "Iqbal",
        "Jessop", "Kinnear", "Lockhart", "Mensah", "Naylor", "Ormerod", "Pargeter", "Quarrie", "Rushworth",
        "Sandhu", "Trevithick", "Underhill", "Varga", "Wainwright", "Yardley", "Zielinski", "Abernethy",
        "Brocklehurst", "Chaudhry", "Dewhurst", "Etherington", "Fenwick", "Gallacher", "Holroyd", "Ilesanmi",
        "Jardine", "Kowalski", "Lindley", "McTavish", "Nkemelu", "Oyelaran"]
PERSONAL_DOMAINS = ["gmail.com", "outlook.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "icloud.com",
                    "sky.com", "virginmedia.com", "talktalk.net", "protonmail.com"]

# organisations the writers work for (name, domain); only kbs, hcb, bhf, nte, scl are directory firms, and they
# only ever appear as the writer's own employer here, never as the subject of the complaint
ORGS = {
    "ashdown": ("Ashdown Whitlock LLP", "ashdownwhitlock.co.uk"),
    "hcb": ("Heathcote Bank", "heathcotebank.co.uk"),
    "lyle": ("Lyle Brennan Conveyancing", "lylebrennan.co.uk"),
    "solo_wren": ("Wrenfield Conveyancing", "wrenfieldconveyancing.co.uk"),
    "pelham": ("Pelham Rusk Solicitors", "pelhamrusk.co.uk"),
    "castlegate": ("Castlegate Moss LLP", "castlegatemoss.co.uk"),
    "brightwater": ("Brightwater Legal", "brightwaterlegal.co.uk"),
    "hatherley": ("Hatherley & Voss", "hatherleyvoss.co.uk"),
    "kestrel": ("Kestrel Building Society", "kestrelbs.co.uk"),
    "beacon": ("Beacon Home Finance", "beaconhomefinance.co.uk"),
    "dunmore": ("Dunmore Price Solicitors", "dunmoreprice.co.uk"),
    "tillotson": ("Tillotson Kerr", "tillotsonkerr.co.uk"),
    "northline": ("Northline Energy", "northline-energy.co.uk"),
    "sterling": ("Sterling Credit Loans", "sterlingcredit.co.uk"),
    "thornbury": ("Thornbury Money Advice", "thornburymoneyadvice.org.uk"),
    "fairhaven": ("Fairhaven Debt Advice", "fairhavendebtadvice.org.uk"),
    "pryce": ("Pryce Aldous Solicitors", "prycealdous.co.uk"),
    "kingsmead": ("Kingsmead Advice Centre", "kingsmeadadvice.org.uk"),
    "oldfield": ("Oldfield Sutton Conveyancing", "oldfieldsutton.co.uk"),
}


def person(rng):
    return rng.choice(FIRST), rng.choice(LAST)


def personal_address(rng, first, last):
    f, l_ = first.lower(), last.lower()
    form = rng.randrange(5)
    local = [f"{f}.{l_}", f"{f}{l_}{rng.randrange(1, 99)}", f"{f[0]}{l_}", f"{l_}.{f[0]}", f"{f}_{l_[:4]}"][form]
    return f"{local}@{rng.choice(PERSONAL_DOMAINS)}"


def org_address(rng, first, last, org):
    dom = ORGS[org][1]
    f, l_ = first.lower(), last.lower()
    return f"{[f'{f}.{l_}', f'{f[0]}.{l_}', f'{f}{l_[0]}'][rng.randrange(3)]}@{dom}"


# ---------------------------------------------------------------------------------------------
# envelopes

GREET = {
    "pexa": ["Hello,", "Hi,", "Dear PEXA team,", "Dear Sir or Madam,", "Good morning,", "Hi there,", "Dear PEXA,", None],
    "conexus": ["Dear Conexus,", "Hello,", "Dear Sir/Madam,", "To whom it may concern,", "Hi,", "Good afternoon,",
                "Dear Sir or Madam,", None],
}
SIGNOFF = ["Regards,", "Kind regards,", "Thanks,", "Many thanks,", "Best wishes,", "Thank you,", "Yours,", None]
FORMAL_SIGNOFF = ["Yours faithfully,", "Yours sincerely,", "Kind regards,", "Regards,"]

GENERIC_QUOTES = {
    "pexa": [
        ("PEXA Support", "Hello,\n\nThank you for contacting PEXA Support. Your case number is {ref}. One of our team "
                         "will be in touch within two business days.\n\nPEXA Support"),
        ("PEXA Customer Experience", "Hi,\n\nThanks for your message. So that we can help, could you reply with the "
                                     "workspace number (if there is one) and the best number to reach you on?\n\n"
                                     "Case {ref}\nPEXA Customer Experience"),
        ("PEXA Customer Experience", "Dear customer,\n\nWe have received your email and logged it under reference "
                                     "{ref}. If your matter is urgent and settlement is due today, please call the "
                                     "support line.\n\nKind regards,\nPEXA Customer Experience"),
    ],
    "conexus": [
        ("Conexus Customer Services", "Dear Customer,\nThank you for your email. We have logged it under reference "
                                      "{ref} and will reply within 5 working days.\nConexus Customer Services"),
        ("Conexus Customer Services", "Thank you for getting in touch. To help us find your account, please reply "
                                      "with your account reference and postcode.\nOur ref: {ref}\n"
                                      "Conexus Customer Services"),
        ("Conexus", "Hello,\nThanks for contacting Conexus. Your message has been passed to the right team, who will "
                    "be in touch shortly. Please quote {ref} in any reply.\nConexus"),
    ],
}

DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def quote_header(rng, who):
    d = datetime.date(2027, 1, 4) + datetime.timedelta(days=rng.randrange(0, 300))
    d += datetime.timedelta(days=(7 - d.weekday()) % 7 if d.weekday() >= 5 else 0)  # firms reply on weekdays
    return (f"On {DOW[d.weekday()]}, {d.day} {MON[d.month - 1]} {d.year} at {rng.randrange(8, 18):02d}:"
            f"{rng.randrange(0, 60):02d}, {who} wrote:")


# ---------------------------------------------------------------------------------------------
# scenarios
#
# Each scenario: sid, mailbox, kind (breach / lookalike / ordinary), role (who writes: "consumer", "public",
# ("staff", org) or ("rep", org) for a representative), sig (title line for staff/reps), subject, body (marked),
# labels, note; optional short (a short body), subject_only (the subject of a subject-only version), quote
# (a scenario-specific earlier reply from the firm: (who, text)), noquote (no reply envelope), lower (all lower case).

S = []


def sc(sid, mailbox, kind, role, subject, body, labels, note, **kw):
    S.append(dict(sid=sid, mailbox=mailbox, kind=kind, role=role, subject=subject, body=body, labels=labels,
                  note=note, **kw))


# ============================== PEXA: breaches ===============================================

sc("s001", "pexa", "breach", ("staff", "ashdown"),
   "Workspace {ws} - a firm we've never dealt with can see our clients' file",
   "This morning a conveyancer from a practice in Swindon rang our office to ask why she had been added to workspace "
   "{ws}. We act for the buyers, Mr and Mrs Okafor. She has never had anything to do with the matter, but from her "
   "login she could open the whole workspace: the buyers' names, their new address, the purchase price and the "
   "account the deposit is coming from.\n\n"
   "She told us your system sent her the invitation automatically when our paralegal added the seller's firm. We "
   "checked and the firm we selected is correct, so the invitation has gone somewhere it should not have on your "
   "side.\n\n"
   "She has been decent about it and says she has logged out and deleted the email. That is not really the point. "
   "We need to know how this happened, whether any of our other workspaces have been opened to the wrong firm, and "
   "what you will do to make sure our clients' details stay where they belong. Please call me today.",
   L(c=True, pd=True, br=True, cat="personal_data"),
   "PEXA's system opened a client workspace to an unconnected firm, exposing the buyers' details to the wrong person "
   "(breach, personal_data, category personal_data), an implicit complaint by staff for their own firm, so "
   "third_party=false and about_other_firm=null.",
   sig="Senior Conveyancing Executive")

sc("s002", "pexa", "breach", "consumer",
   "My solicitors sent my passport and bank statements to a stranger",
   "I'm buying a flat through Marsh and Penrose and I was told the completion would go through your system, so I "
   "hope you're the right people to tell.\n\n"
   "Last Thursday a woman I have never met emailed me to say she had received an email from M&P with my passport "
   "scan, my last three bank statements and the gifted deposit letter from my dad attached. She's also buying with "
   "them and they must have picked the wrong name. She forwarded it to me so I'd believe her.\n\n"
   "I phoned M&P and the person I spoke to just said 'these things happen' and that she'd 'let the team know'. "
   "Nobody has called me back. My account numbers and my date of birth are now sitting in a stranger's inbox and I "
   "don't know what I'm supposed to do about it. I want someone at the firm to take this seriously and tell me what "
   "they're doing.",
   L(c=True, pd=True, br=True, cat="personal_data", firm="mpc"),
   "A consumer's complaint purely about her own conveyancer (M&P = Marsh & Penrose Conveyancing) emailing her ID and "
   "bank documents to another client is a breach to forward: about_other_firm=mpc, personal_data and breach true, "
   "category personal_data.")

sc("s003", "pexa", "breach", ("staff", "hcb"),
   "Settlement notification received in error",
   "Our completions mailbox received one of your automated settlement notifications this morning for a workspace "
   "that isn't ours ({ws}). It named the borrowers, gave the address of the property in Carlisle and showed the "
   "redemption amount for another lender's mortgage.\n\n"
   "We haven't opened the attachment beyond checking what it was, and the email has now been deleted from the "
   "shared mailbox and from deleted items. I'm mentioning it only so your team can check which addresses are set up "
   "for that workspace. No need to come back to us on this one.",
   L(br=True),
   "Lender staff calmly report receiving another matter's borrower details and want no reply: the events are a "
   "breach (breach=true) but there is no complaint, so personal_data=false and category none (as lg-32).",
   sig="Completions Team Leader")

sc("s004", "pexa", "breach", ("staff", "lyle"),
   "Sign-in sheet at the Leeds user day",
   "I attended your user day in Leeds on Tuesday. The sign-in sheet on the front desk listed every delegate with a "
   "personal mobile number and a home postcode, which we were asked to give when booking 'for the waiting list'. It "
   "was left open on the desk all day, including over lunch when the foyer was full of people from the hotel's other "
   "event, and I saw at least one person I didn't recognise take a photo of it.\n\n"
   "I wasn't comfortable giving my home details in the first place and I'm less comfortable now. I'd like to know "
   "whether you have told the other delegates and what you are doing about it, given that a room full of strangers "
   "could read it.\n\n"
   "[[informed|Please also explain why you needed my home postcode and mobile number for a training day, and how long "
   "you are keeping them.]]",
   L(c=True, pd=True, br=True, r="informed", cat="personal_data"),
   "Delegates' home details left on open display and photographed by a stranger is an exposure (breach, "
   "personal_data, implicit complaint); asking why the details were needed and how long they are kept is informed.",
   sig="Conveyancer")

sc("s005", "pexa", "breach", "consumer",
   "Dad's sale - completion papers posted to the house he's sold",
   "I'm writing for my father, Mr Desmond Achterberg, who is 84 and sold his house in Musselburgh last month. "
   "Greyfriars acted for him and the sale went through your platform.\n\n"
   "Since completion Greyfriars have posted his completion statement and a letter about the proceeds to the old "
   "house, even though they had his new address at the care home on file from the start. The new owners opened it "
   "and phoned me because they were worried: it shows what he sold for, the amount paid into his account and the "
   "last four digits of the account number. They have been very kind about it, but Dad is upset that people he's "
   "never met know his finances.\n\n"
   "I have raised it with Greyfriars by phone twice and had no proper answer. Please pass this to the right person "
   "there; we'd like an explanation and an apology, and to know how many other letters went to the old address.",
   L(c=True, pd=True, br=True, tp=True, cat="personal_data", firm="gfl"),
   "A child writing for an elderly seller (third_party) about his law firm ('Greyfriars' = Greyfriars Law) posting "
   "his financial papers to the new owners: a breach by the participant firm, forwarded with about_other_firm=gfl.")

sc("s006", "pexa", "breach", ("staff", "solo_wren"),
   "Forum invitation sent with every address on show",
   "Yesterday's invitation to the regional user forum came with all the recipients in the To line: I counted over "
   "250 addresses. Mine is the personal Gmail I registered with when I was setting up my practice, and it sits next "
   "to my full name. Since then I've had two reply-alls from people I don't know and one message from a 'compliance "
   "consultant' selling data protection training, who has clearly harvested the list.\n\n"
   "I would have expected better from a platform that handles completion funds. Can you confirm who sent it, "
   "whether you have asked people to delete it, and what you'll change?\n\n"
   "[[erasure|Once that is done, please delete my personal Gmail address from your contact lists altogether; my "
   "practice address is the only one you should hold.]]",
   L(c=True, pd=True, br=True, r="erasure", cat="personal_data"),
   "Sending a mailing with every recipient's address visible exposed personal addresses to hundreds of people "
   "(breach, personal_data, implicit complaint); 'delete my personal address from your lists' is erasure.",
   sig="Sole Practitioner")

sc("s007", "pexa", "breach", "consumer",
   "Thames Valley sent our mortgage offer to someone else",
   "We're remortgaging with Thames Valley Mortgages and our conveyancer says it will all be done on PEXA, so I'm "
   "writing to you as well as to TVM.\n\n"
   "On Monday evening my husband got a message on Facebook from a man in Wokingham we have never heard of. He had "
   "received an email from TVM with our mortgage offer attached: our names, the address, the loan amount, our "
   "incomes and the monthly payment. He found my husband by searching the name on the offer. He says he has deleted "
   "it.\n\n"
   "When I rang TVM they said they would 'raise an incident' and that was it. No apology, no explanation of how our "
   "offer ended up with him or what else he might have. I want them to explain how it happened and what they are "
   "going to do about it, in writing.",
   L(c=True, pd=True, br=True, cat="personal_data", firm="tvm"),
   "A borrower's complaint purely about her lender (TVM = Thames Valley Mortgages) emailing the mortgage offer to a "
   "stranger is a breach by a participant firm: about_other_firm=tvm, personal_data and breach true.")

sc("s008", "pexa", "breach", ("staff", "oldfield"),
   "Formal complaint - my ID documents sent to another applicant",
   "I applied to join PEXA three weeks ago and sent your onboarding team a copy of my passport, a utility bill and "
   "my home address for the director checks.\n\n"
   "On Friday I had a call from another conveyancer, a Mr Haldane, who is also going through onboarding. Your team "
   "had replied to his application with my documents attached instead of his. He has been very professional and "
   "sent them back to me, but my passport and home address have been in a stranger's inbox for at least two "
   "days.\n\n"
   "I want to make a formal complaint. I'd like an explanation of how this happened and confirmation of who else "
   "received my documents.\n\n"
   "[[access|Under the GDPR I am also asking for a copy of all the personal data you hold about me in connection "
   "with my application, including the emails your team sent about it.]]",
   L(c=True, ex=True, pd=True, br=True, r="access", cat="personal_data"),
   "The onboarding team sent the writer's passport and address to another applicant (breach); the main grievance is "
   "the disclosure, so category personal_data rather than onboarding, with an explicit complaint and an access "
   "request.",
   sig="Director")

sc("s009", "pexa", "breach", "consumer",
   "Kestrel gave my ex my mortgage details",
   "I'm selling my flat and paying off my Kestrel mortgage on completion, which my solicitor tells me goes through "
   "PEXA.\n\n"
   "My ex-husband's name came off the mortgage in 2024 and I have the paperwork to prove it. Last week he rang "
   "Kestrel and they told him the redemption figure, the date my sale is due to complete and the name of my "
   "solicitors. He then turned up at my solicitors' office. I found all this out from him.\n\n"
   "I have told Kestrel I want to know how he got past their security when he's no longer on the account. They keep "
   "telling me it's 'being looked at'. I am scared and I want someone to deal with this properly and get back to me.",
   L(c=True, pd=True, br=True, cat="personal_data", firm="kbs"),
   "The lender disclosed a borrower's redemption and completion details to her ex-husband, a breach by a participant "
   "firm; a consumer complaint purely about Kestrel, so about_other_firm=kbs and category personal_data.")

sc("s010", "pexa", "breach", ("staff", "pelham"),
   "Training environment - looks like live client details",
   "Just a heads-up from our side. During this morning's refresher session the demo workspace your trainer used had "
   "real people in it: a couple's names, an address in Harrogate, their dates of birth and a sort code and account "
   "number. Everyone on the call (about 30 of us from different firms) could see it on the shared screen for most "
   "of the hour. One of my colleagues recognised the couple straight away; they were clients at her previous firm "
   "last year.\n\n"
   "I'm flagging it in case a live workspace has been copied into the training system. No reply needed from my "
   "point of view, and the session itself was very useful.",
   L(br=True),
   "Real clients' details shown to thirty people from other firms during training is an exposure, so breach=true, "
   "but the writer only flags it and wants no reply: not a complaint, personal_data=false, category none.",
   sig="Training and Risk Coordinator")

sc("s011", "pexa", "breach", "consumer",
   "I've been sent someone else's completion details",
   "An email came to me from PEXA this morning headed 'Settlement confirmed'. It isn't my purchase. It has a Mrs "
   "Jocelyn Tarrant's name on it, a property in Headingley, the price and the amount her lender has sent. I'm buying "
   "in Otley and haven't completed yet.\n\n"
   "If her completion details can land in my inbox, I've no confidence mine aren't going to someone else. I'd like "
   "an explanation of how my email address got attached to her file, and I'd like it fixed before my own completion "
   "next week.\n\n"
   "[[access|Please send me a copy of the personal information PEXA holds about me.]]",
   L(c=True, pd=True, br=True, r="access", cat="personal_data"),
   "PEXA's own email put another buyer's completion details in the writer's inbox (breach); he blames PEXA and "
   "names no participant firm, so an implicit complaint with about_other_firm=null, plus an access request.",
   short="Got a PEXA 'settlement confirmed' email this morning for a Mrs Tarrant's house in Headingley: her name, "
         "the price, what her lender sent. Not mine. How has my email ended up on her file? Sort it out before my "
         "completion next week please.\n\n"
         "[[access|And send me a copy of the personal information PEXA holds about me.]]")

sc("s012", "pexa", "breach", ("staff", "castlegate"),
   "Complaint: your LinkedIn post shows our clients' workspace",
   "One of our associates spotted this morning that PEXA's LinkedIn page has a post celebrating your 'busiest "
   "completion day ever'. The photo is of a desk in your office, and the monitor in it clearly shows a workspace we "
   "act on: our clients' full names, the property address in Bath and the completion amount are legible if you zoom "
   "in. The post has over 400 reactions and has been shared.\n\n"
   "Our clients are private people and did not agree to their purchase being advertised. As far as we are concerned "
   "this is a data breach by PEXA and we are making a formal complaint.\n\n"
   "Please take the post down immediately, confirm when it has been removed, and tell us what steps you are taking "
   "with LinkedIn to remove the shared copies.",
   L(c=True, ex=True, pd=True, br=True, cat="personal_data"),
   "Clients' names, address and price published in a social media photo is exposure (breach, personal_data); the "
   "firm calls it a formal complaint about PEXA on its own account (explicit, not third_party).",
   sig="Partner, Residential Property")

sc("s013", "pexa", "breach", "public",
   "Letter for a previous occupant",
   "A letter from PEXA arrived at our house on Saturday addressed to a Mr R. Galloway. We bought the house from him "
   "in the spring and he has moved away. My partner opened it without reading the name properly; it seems to be a "
   "confirmation of his identity check, with his date of birth, his old and new addresses and part of his passport "
   "number.\n\n"
   "We've resealed it, written 'not known at this address' on the front and put it back in the post, so it should "
   "come back to you. I don't need a reply, but you may want to update your address for him.",
   L(br=True),
   "A stranger calmly reports opening a previous occupant's identity-check letter: a misdirected disclosure "
   "(breach=true) with no dissatisfaction and no reply wanted, so complaint=false and personal_data=false.",
   noquote=True)

# ============================== CONEXUS: breaches ============================================

sc("s014", "conexus", "breach", "consumer",
   "Voicemail on my work phone",
   "Yesterday someone from Conexus left a message on my desk phone at work. It's a shared line that goes to one "
   "voicemail for the whole team, and our supervisor plays the messages on speaker every morning. The message gave "
   "my name, said it was about my outstanding balance with Sterling Credit of £1,940 and that I needed to ring back "
   "urgently to 'avoid further action'. Eight people heard it.\n\n"
   "I've been paying £60 a month since March and I have never missed a payment, so I don't understand why anyone "
   "was ringing me at all, let alone at work. I want an explanation of why someone thought it was acceptable to "
   "leave those details on a work line, and an assurance that it won't happen again.\n\n"
   "[[informed|I also want to know where you got that number from, because I never gave it to you.]]",
   L(c=True, pd=True, br=True, r="informed", cat="personal_data"),
   "A voicemail announcing the debt on a shared work line disclosed it to eight colleagues (breach, personal_data, "
   "implicit complaint); asking where the number came from is informed, and Sterling Credit is only the creditor.")

sc("s015", "conexus", "breach", ("rep", "thornbury"),
   "Client Mr Perrin - please add a warning to account {acct}",
   "I'm a debt adviser and we act for Mr Leon Perrin (your ref {acct}); his signed authority is already on your "
   "file.\n\n"
   "I need to let you know that our organisation had a data breach last week. One of our staff email accounts was "
   "taken over and whoever did it downloaded the mailbox, which included Mr Perrin's income and expenditure "
   "statement and our correspondence with you about his account. We have reported it and are contacting every "
   "affected client.\n\n"
   "This is nothing to do with Conexus, but the people who took the data may try to contact you pretending to be "
   "Mr Perrin or us, or contact him pretending to be you. Please put a note on his account to be careful with any "
   "request to change his contact or bank details, and only accept instructions from our office by phone on the "
   "number you already hold.\n\nThank you for your help with this.",
   L(br=True, tp=True),
   "An adviser reports, on a client's behalf (third_party), that her own agency's hacked mailbox exposed the "
   "client's finances: a breach by someone else, so breach=true, with no dissatisfaction with Conexus and no "
   "complaint.",
   sig="Debt Adviser")

sc("s016", "conexus", "breach", "consumer",
   "Attachment on your payment reminder",
   "Your payment reminder this morning came with a spreadsheet attached as well as the usual letter. I opened it "
   "thinking it was my statement, but it's a list of what looks like a few hundred other people: names, addresses, "
   "account numbers and balances. My own line is on it too.\n\n"
   "I've deleted it from my inbox and my deleted items. I'm not making a fuss, you've been fair with me on my plan, "
   "but I assumed you'd want to know so you can stop it going out to anyone else. You don't need to reply.",
   L(br=True),
   "Other customers' names and balances emailed to the writer is a breach (breach=true), but he says he is not "
   "making a fuss and wants no reply, so complaint=false, personal_data=false, category none.",
   subject_only="Your reminder email had a spreadsheet of hundreds of other customers' names and balances attached "
                "- I've deleted it, no need to reply")

sc("s017", "conexus", "breach", ("rep", "fairhaven"),
   "Complaint - client's financial statement sent to the wrong adviser",
   "I act for Ms Tamsin Odell (your ref {acct}) as her money adviser.\n\n"
   "On 4 May we sent you her income and expenditure statement with a payment offer. Yesterday an adviser at a "
   "different agency in Bristol phoned me: she had received a letter from Conexus accepting 'her client's' offer, "
   "with Ms Odell's statement attached, showing her address, her wages, her benefits, her children's ages and the "
   "name of her employer. The agency has returned it to us.\n\n"
   "Ms Odell has left an abusive relationship and her address is not something she shares. I want to complain "
   "about this on her behalf. Please explain how the statement was sent to another agency, whether it went anywhere "
   "else, and what you will do to make sure her details are handled properly from now on. She is entitled to know "
   "whether this breach has been reported.",
   L(c=True, ex=True, pd=True, br=True, tp=True, cat="personal_data"),
   "A money adviser complains for her client (third_party, explicit) that Conexus sent the client's financial "
   "statement to another agency: a disclosure to the wrong person, breach and personal_data true, category "
   "personal_data.",
   sig="Money Adviser")

sc("s018", "conexus", "breach", ("staff", "northline"),
   "April remittance file contains accounts that aren't ours",
   "When our collections analyst loaded your April remittance file this morning, about 140 of the rows didn't "
   "match any Northline account. Looking at them, they appear to be customers of a mobile phone company: names, "
   "addresses, phone numbers, balances and payment dates.\n\n"
   "So we now hold personal details of people who have nothing to do with us, and I have to assume our customers' "
   "details may have gone to another of your clients in the same way. That is a serious concern for us as a client "
   "and not what we expect from a collections partner.\n\n"
   "We have quarantined the file. I need a written explanation by Friday of how the file was put together, "
   "confirmation of whether any Northline customer data went to another client, and instructions on what you want "
   "us to do with the rows that aren't ours.",
   L(c=True, pd=True, br=True, cat="personal_data"),
   "A creditor client received another client's customers' details in its remittance file (breach) and demands an "
   "explanation: an implicit complaint about Conexus by staff for their own firm (not third_party, firm null).",
   sig="Head of Collections")

sc("s019", "conexus", "breach", "consumer",
   "Letters to my mother - balance showing through the envelope",
   "I help my mother, Mrs Iris Penhaligon, with her post; she has given you permission to speak to me and you have "
   "that on file.\n\n"
   "The last two letters you sent her came in envelopes with a large window, and the letter had slipped down so "
   "that 'ARREARS NOW DUE: £2,316.40' and 'Lumen Water' were showing through the window under her name and address. "
   "She lives in a block of flats where the post is left on a shelf in the shared hallway for anyone to pick up. One "
   "of her neighbours has already made a comment to her.\n\n"
   "She is 79 and mortified. Please tell me why the letters are folded like that and make sure nothing about her "
   "debt can be read from the outside again. I'd also like to know what you'll do to put this right with her.",
   L(c=True, pd=True, br=True, tp=True, cat="personal_data"),
   "A daughter writes for her mother (third_party): the arrears and creditor were readable through the envelope in "
   "a shared hallway and a neighbour saw them, an exposure (breach, personal_data); Lumen is only the creditor.")

sc("s020", "conexus", "breach", "consumer",
   "Logged in and saw someone else's account",
   "When I logged into your online account page tonight to make my payment, it showed a different person's "
   "account: a Mr Gareth Llewellyn, his address in Newport, his balance and his last six payments. I logged out "
   "and back in and it showed mine, but I could see his for a good couple of minutes.\n\n"
   "If I can see his, I assume someone else can see mine. That's not good enough. I'd like to know what happened "
   "and whether anyone else has viewed my account.\n\n"
   "[[access|Can you also send me a copy of all the information you hold about me, including any record of who has "
   "looked at my account?]]",
   L(c=True, pd=True, br=True, r="access", cat="personal_data"),
   "The portal showed another customer's account to the writer, an exposure (breach, personal_data); dissatisfaction "
   "and demanded answers make an implicit complaint, and a copy of everything held is access.",
   short="Your payment page showed me a Mr Llewellyn's account tonight - address, balance, payments, the lot - for a "
         "couple of minutes. So who's been looking at mine? Not good enough.\n\n"
         "[[access|Send me a copy of all the information you hold on me please.]]")

sc("s021", "conexus", "breach", "consumer",
   "You told my ex-partner where I live",
   "I want to make a complaint and I need someone senior to read this.\n\n"
   "I moved in January to get away from my ex-partner and I gave you my new address in confidence when I set up my "
   "payment plan. On Tuesday he phoned you pretending to be me. From what he has since said to me, whoever he spoke "
   "to read my new address back to him to 'check the details' and told him how much I still owe. On Wednesday night "
   "he was outside my building.\n\n"
   "The police are involved and I have a reference number. I need an explanation of how he was able to get past "
   "your security with information he already had from when we lived together.\n\n"
   "[[restriction|Until this is sorted out, please do not use my address for anything or disclose it to anyone.]] "
   "Please contact me by email only.",
   L(c=True, ex=True, pd=True, br=True, r="restriction", cat="personal_data"),
   "Conexus confirmed a survivor's new address and balance to her abusive ex posing as her: a disclosure to the "
   "wrong person (breach, explicit complaint, personal_data); 'do not use my address for anything until sorted' is "
   "restriction.")

sc("s022", "conexus", "breach", "public",
   "Found some of your paperwork",
   "I run a café on Cowley Road. After closing yesterday one of my staff found a clear plastic folder under a table "
   "with Conexus printed on the top sheet. Inside are about a dozen pages listing names, addresses, amounts owed and "
   "notes like 'called, no answer' and 'vulnerable - check'. I think one of your people doing home visits must have "
   "left it behind at lunch.\n\n"
   "It's locked in my office and nobody else has looked at it. Let me know whether you want to collect it or for me "
   "to post it, and where to. I'm in most days from 7 until 3.",
   L(br=True),
   "Debtors' details lost in a café and found by a member of the public is a breach (lost data, breach=true); the "
   "finder only asks how to return it, with no dissatisfaction, so complaint=false.",
   noquote=True)

sc("s023", "conexus", "breach", "consumer",
   "Texts about my account going to my old number",
   "A lad I've never met messaged me on Instagram yesterday. He got my old mobile number when I gave it up last "
   "year, and for a couple of months he's been getting texts from Conexus meant for me: my name, what I owe to "
   "Pennant Mobile and the dates my payments were due. He only found me because one of the texts had my full name "
   "in it.\n\n"
   "I updated my number with you by phone in the autumn, or I thought I did. I'm not happy that a stranger has been "
   "reading about my debt for weeks. Stop sending anything to that old number and tell me why it was still being "
   "used.\n\n"
   "[[rectification|My current number is 07700 900 382, please put that on my account instead.]]",
   L(c=True, pd=True, br=True, r="rectification", cat="personal_data"),
   "Debt texts kept going to a recycled number read by a stranger, a disclosure to the wrong person (breach, "
   "personal_data, implicit complaint); 'put my current number on the account' is rectification, Pennant only the "
   "creditor.",
   short="Your texts about my Pennant Mobile balance have been going to my old number for months and a stranger's "
         "been reading them. Stop using it and tell me why it was still on my account.\n\n"
         "[[rectification|Please change my number on the account to 07700 900 382.]]",
   quote=("Conexus Customer Services", "Dear Customer,\nThank you for calling us today. We have updated the contact "
                                       "details on your account as requested.\nReference {ref}\n"
                                       "Conexus Customer Services"))

sc("s024", "conexus", "breach", ("rep", "pryce"),
   "Our client Mr Faisal Rahimi - account {acct}",
   "We act for Mr Faisal Rahimi in relation to the above account and enclose his signed authority.\n\n"
   "On 11 June an agent of yours telephoned the HR department of Mr Rahimi's employer, ostensibly to confirm that he "
   "worked there. Our client's HR manager has confirmed in writing that the agent went on to say the call concerned "
   "an unpaid loan with Sterling Credit Loans and asked whether deductions could be made from his salary. No court "
   "order exists and none has been applied for.\n\n"
   "Our client has been called into a meeting with his manager as a result and is understandably distressed. This "
   "is a formal complaint on his behalf about the disclosure of his financial affairs to his employer. Please "
   "provide a full explanation, the name of the agent and your proposals for putting this right within 14 days.",
   L(c=True, ex=True, pd=True, br=True, tp=True, cat="personal_data"),
   "A solicitor complains formally for his client (third_party, explicit) that an agent told the client's employer "
   "about the debt: a disclosure (breach, personal_data); Sterling Credit Loans is only the creditor, so firm null.",
   sig="Associate Solicitor")

sc("s025", "conexus", "breach", "consumer",
   "calls calls calls",
   "seven calls from you yesterday. seven. two before 8am and one at twenty to ten at night. i work nights and i "
   "told your colleague that last week and she said she'd put a note on.\n\n"
   "and at one point my flatmate picked up my phone because i was asleep and your man told him it was about my "
   "catalogue debt, how much was outstanding and that it'd go to court if i didn't ring back. now my flatmate's "
   "asking if i'm going to be able to pay my half of the rent.\n\n"
   "i'm on a plan with you already. i want the calls to stop and i want someone to explain why this is happening.",
   L(c=True, pd=True, br=True, cat="collection_conduct"),
   "The main grievance is call frequency and timing (collection_conduct), but telling the flatmate about the debt is "
   "a disclosure, so breach and personal_data are true as well (as lg-33); 'I want the calls to stop' is a conduct "
   "remedy, not objection.",
   lower=True)

sc("s026", "conexus", "breach", "consumer",
   "Pennant Mobile sent my bills to my ex",
   "You've written to me about a debt for Pennant Mobile. I'm not disputing the amount, but you should know how we "
   "got here.\n\n"
   "When I left my ex-partner in 2025 I asked Pennant to change the email address on my account. They never did. "
   "For over a year they kept emailing my bills, my call records and then the arrears letters to her email address. "
   "She read them, used the call log to work out who I'd been speaking to, and forwarded the arrears letters round "
   "my family. I found out when my sister rang me.\n\n"
   "I want Pennant to explain why they ignored my request and kept sending my details to her, and to put it right. "
   "I've got nowhere with them on the phone, so I'm asking you to pass this on, as you're the ones collecting for "
   "them.",
   L(c=True, pd=True, br=True, cat="personal_data", firm="pmt"),
   "The creditor kept sending the writer's bills and call records to his ex-partner, a breach only Pennant can "
   "answer for (the Conexus root-cause test), so about_other_firm=pmt, breach and personal_data true.")

# ============================== PEXA: look-alikes ============================================

sc("s027", "pexa", "lookalike", ("staff", "brightwater"),
   "My user profile still has my old name and firm",
   "I changed my surname when I married in March and moved firms in May. I updated both with your support desk in "
   "writing at the time and was told it was done.\n\n"
   "When I opened my account settings today, my profile still shows my old surname, my old firm's SRA number and a "
   "mobile number I gave up two years ago. As far as I can see it only shows on my own settings page, but I've now "
   "asked about this three times and I'm fed up with chasing it.\n\n"
   "[[rectification|Please correct my surname, firm and mobile number on my profile.]] [[restriction|Until that's "
   "done, please don't put the old name on any signing certificate or document issued under my login.]]",
   L(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
   "Inaccurate profile data seen only by the writer is a personal_data complaint but not a breach (nothing lost or "
   "disclosed); 'correct it' = rectification, 'don't use the old name until done' = restriction.",
   sig="Solicitor",
   quote=("PEXA Support", "Hi,\n\nThanks for letting us know about your change of name and firm. We've passed this to "
                          "the user administration team to update.\n\nCase {ref}\nPEXA Support"))

sc("s028", "pexa", "lookalike", ("staff", "hatherley"),
   "Why am I getting sales emails from you?",
   "I gave PEXA my mobile number and email when our firm registered so that I could receive security codes and "
   "settlement alerts. In the last fortnight I've had three texts and a string of emails advertising your "
   "'premium analytics' package and a webinar sponsored by a mortgage broker.\n\n"
   "I never ticked anything saying I wanted marketing, and using my security-code number to sell to me is not what "
   "I signed up for. I'd like an explanation of why this started.\n\n"
   "[[objection|I object to my contact details being used for any kind of marketing or promotion.]] Settlement "
   "alerts and codes are fine.",
   L(c=True, pd=True, r="objection", cat="personal_data"),
   "Contact details used for marketing the writer did not expect is unexpected use (personal_data, implicit "
   "complaint), not a breach because nothing went to anyone else; 'I object to marketing use' is objection.",
   sig="Conveyancing Manager")

sc("s029", "pexa", "lookalike", "consumer",
   "Question before my completion",
   "My solicitor has told me that the money for my purchase will move through PEXA on completion day. I read an "
   "article last week about a couple whose deposit was sent to the wrong account, and it's made me nervous.\n\n"
   "Before next Friday, could you tell me how your system checks that the bank details are the right ones? I'd just "
   "like to understand the process so I can stop worrying.\n\n"
   "[[informed|Could you also tell me what information about me PEXA receives, and who it is passed on to?]]",
   L(r="informed"),
   "A fear that money or details might go to the wrong place, asked about before anything has happened: no breach "
   "and no complaint; asking what data PEXA receives and who gets it is informed.")

sc("s030", "pexa", "lookalike", ("staff", "tillotson"),
   "Suspicious email using your name",
   "Three of our fee earners received an email this morning from 'PEXA Settlements' at an address ending "
   "pexa-verify-portal.net, asking them to click a link and re-confirm the firm's client account details before "
   "'the upcoming platform upgrade'. The logo and footer look like yours, but the link goes to a site registered "
   "last week.\n\n"
   "Nobody clicked it and nothing was entered. I've attached a copy of the message with its headers so your "
   "security team can have it taken down. Could you let me know whether you're warning other firms?",
   L(),
   "A phishing email reported before anyone responded: no data was lost or disclosed, so breach=false, and a "
   "helpful report with a question is not a complaint.",
   sig="IT and Compliance Manager",
   short="Heads up: a fake 'PEXA Settlements' email from pexa-verify-portal.net is going round asking firms to "
         "re-confirm their client account details. Nobody here clicked. Copy attached for your security team.")

sc("s031", "pexa", "lookalike", ("staff", "dunmore"),
   "Your phone support let me in far too easily",
   "I rang your support line on Wednesday because I was locked out. The agent reset my two-factor device after "
   "asking only for my name, my firm and the town we're based in, all of which are on our website. I was glad to "
   "get back in, but anyone could have done the same thing and taken over my login, with access to every workspace "
   "I'm on.\n\n"
   "Nothing has gone wrong as far as I know. But I don't think that check is anywhere near good enough for a system "
   "that moves completion money, and I'd like to know what you are going to change about how you verify callers "
   "before resetting anyone's security.",
   L(c=True, cat="process"),
   "A verification check the writer found too easy, with nothing disclosed: breach=false and personal_data=false; "
   "the dissatisfaction with the rule and the demand for change make an implicit complaint about process.",
   sig="Solicitor")

sc("s032", "pexa", "lookalike", ("staff", "brightwater"),
   "New per-workspace fee - 14 days' notice is not what we agreed",
   "Your email of 2 September tells us that the per-workspace fee rises from £18 to £26 from the 16th. Our "
   "subscriber agreement, clause 9.2, requires 90 days' written notice of any change to fees. Fourteen days is a "
   "breach of that agreement, plain and simple.\n\n"
   "We have quoted fixed fees to clients for matters completing over the next three months on the basis of the old "
   "charge. Please confirm that the old fee will apply until at least 1 December, and explain why the notice period "
   "was ignored.",
   L(c=True, cat="fees_charges"),
   "'Breach' here means breach of the subscriber agreement, not of personal data (breach=false); dissatisfaction "
   "with a fee change and a demand make an implicit fees_charges complaint.",
   sig="Practice Manager")

sc("s033", "pexa", "lookalike", "consumer",
   "Orchard Lane keep getting my name wrong",
   "I'm selling my house through Orchard Lane Solicitors and they tell me completion will be done on PEXA.\n\n"
   "Every document they've sent me, including the draft completion statement that came yesterday, has my surname "
   "spelt without the capital in the middle and my address as the flat I moved out of three years ago. It's only "
   "been sent to me, thank goodness, but I'm worried the transfer or the money will go through under the wrong "
   "details. I've told OLS twice and it's still wrong.\n\n"
   "Please make sure someone at Orchard Lane gets this sorted before we exchange.",
   L(c=True, pd=True, cat="personal_data", firm="ols"),
   "Her own record held wrongly by her law firm and shown only to her is inaccurate data, not a breach; a consumer "
   "complaint purely about OLS (about_other_firm=ols, category personal_data), and no right is asked of PEXA itself.")

sc("s034", "pexa", "lookalike", ("staff", "oldfield"),
   "Who gave my details to Conveyancing Skills Ltd?",
   "Last week I had a call and two emails from a company called Conveyancing Skills Ltd, who said they were "
   "'PEXA's recommended training partner'. They knew my name, my role, my direct line and that I had recently failed "
   "one of your certification quizzes. The only place they could have got the quiz result is you.\n\n"
   "I have no objection to the training itself, but I wasn't told you share users' details and results with outside "
   "companies, and I'm not happy that you did.\n\n"
   "[[informed|Please tell me what information about me you have passed to them or to anyone else, and on what "
   "basis you did it.]]",
   L(c=True, pd=True, r="informed", cat="personal_data"),
   "Details deliberately shared with a partner company the writer did not expect is unexpected sharing "
   "(personal_data, implicit complaint), not a mistaken disclosure to the wrong person, so breach=false; the "
   "question on recipients and basis is informed.",
   sig="Trainee Conveyancer")

sc("s035", "pexa", "lookalike", ("staff", "castlegate"),
   "Audit trail request - workspace {ws}",
   "We completed a sale on workspace {ws} on 28 August. The buyer's solicitors gave an undertaking to pay the balance "
   "of the deposit by 1pm and we believe they were in breach of it: the funds were not released until after 4pm, "
   "and our client lost a day's interest on his onward purchase.\n\n"
   "We're taking that up with them directly, and none of it is down to PEXA. To support our letter, could you send "
   "us the workspace audit trail showing when each party signed and when the funds were authorised? A PDF is fine.",
   L(),
   "'Breach' of a solicitor's undertaking is not a data breach; the writer blames the other firm, not PEXA, and only "
   "asks for the workspace audit trail, a routine service request (complaint=false).",
   sig="Chartered Legal Executive")

sc("s036", "pexa", "lookalike", ("staff", "ashdown"),
   "Client address keeps reverting in workspace {ws}",
   "For the third time this week the buyer's correspondence address in workspace {ws} has gone back to her old "
   "address after we saved the new one. We only noticed because the draft transfer we downloaded for checking had "
   "the wrong address on it. Nothing has been sent out and nobody outside our office has seen it, but we can't lodge "
   "with a transfer showing an address she left in 2025.\n\n"
   "Our paralegal has re-entered it each time and the save message appears, so it isn't a user error. We need "
   "someone to find out why the workspace keeps overwriting it and fix it before completion on Thursday, and to let "
   "us know whether other workspaces are affected.",
   L(c=True, pd=True, cat="platform_defect"),
   "A client's address held wrongly because of a fault, seen by nobody outside the firm: personal_data=true "
   "(inaccurate data) but breach=false; the main root cause is the system failing, so category platform_defect.",
   sig="Property Paralegal Supervisor")

# ============================== CONEXUS: look-alikes =========================================

sc("s037", "conexus", "lookalike", "consumer",
   "Wrong name and date of birth on your letters",
   "Every letter you've sent me gets my surname wrong (you've dropped a letter from the middle) and gives my date of "
   "birth as 1976 when it's 1967. I rang in June and was told it would be corrected, but this month's statement "
   "still has both wrong.\n\n"
   "I'm worried that with the wrong date of birth this account could get mixed up with someone else's or end up on "
   "my credit file wrongly. It's careless, and I'd like it fixed properly this time.\n\n"
   "[[rectification|Please correct my name and date of birth on your records and confirm in writing when it's "
   "done.]]",
   L(c=True, pd=True, r="rectification", cat="personal_data"),
   "Inaccurate personal data on letters sent only to the writer is a personal_data complaint, not a breach (a fear "
   "of a mix-up is not a disclosure); 'correct my name and date of birth' is rectification.",
   quote=("Conexus Customer Services", "Dear Customer,\nThank you for your call. We have noted the corrections to "
                                       "your personal details and these will be updated shortly.\nRef {ref}\n"
                                       "Conexus Customer Services"))

sc("s038", "conexus", "lookalike", "consumer",
   "'Breach of arrangement' letter - account {acct}",
   "I've had a letter saying I'm in breach of my payment arrangement and that the full balance of £3,412 is now due "
   "within 14 days. The only reason my July payment was late is that my bank changed its systems and the standing "
   "order didn't go out. It went two days late, and I've paid every month for 18 months before that.\n\n"
   "I rang, and the agent said the arrangement was 'automatically cancelled' and there was nothing he could do. "
   "That's not fair. I want the arrangement put back as it was and the letter withdrawn.",
   L(c=True, cat="collection_conduct"),
   "'Breach' means breaking a payment arrangement, not a data breach (breach=false); cancelling the plan and "
   "demanding the full balance is how the debt is pursued, an implicit collection_conduct complaint.")

sc("s039", "conexus", "lookalike", ("staff", "sterling"),
   "Placement batch 14 - service levels",
   "Our service level agreement requires first contact on every newly placed account within 10 working days. Of the "
   "620 accounts we placed with you on 3 March, your own MI shows 212 with no contact attempt at all after 20 "
   "working days. That is a breach of the agreement, and it's the second month running.\n\n"
   "Please send me a recovery plan for the outstanding accounts by the end of the week and an explanation of what "
   "went wrong. If we don't see an improvement in the April figures we will have to review placement volumes.",
   L(c=True, cat="delay"),
   "A creditor client's 'breach' of the service level agreement is a contract sense, not data (breach=false); "
   "accounts not worked on time is an implicit complaint about delay by staff for their own firm.",
   sig="Recoveries Manager")

sc("s040", "conexus", "lookalike", "consumer",
   "Moving back in with my parents - please don't post anything",
   "I'm moving back in with my mum and dad at the end of the month while I get back on my feet. They don't know "
   "about this debt and I'd rather tell them myself, in my own time. My dad opens all the post that comes into the "
   "house, whoever it's addressed to.\n\n"
   "Could you keep everything to email from now on rather than letters? I'm worried that a letter with your name on "
   "it will land on their mat before I've had a chance to explain. I'll keep paying as agreed.",
   L(),
   "A fear that a letter might be read by her parents, before anything has been sent: no breach; a calm "
   "contact-preference request without dissatisfaction is not a complaint and asks for no data right.")

sc("s041", "conexus", "lookalike", "consumer",
   "Please contact me rather than my father - account {acct}",
   "I hold a lasting power of attorney for my father, Mr Alan Beckwith, who has vascular dementia. I've attached a "
   "copy of the registered LPA.\n\n"
   "He can no longer follow phone calls about money, and when he gets one he worries about it for days. Please "
   "don't phone or write to him directly any more. Everything about the account can come to me at this address or "
   "on 07700 900 412, and I'll deal with it. I'm happy to discuss a plan as soon as you've registered the LPA.",
   L(tp=True),
   "An attorney writing for her father (third_party) asks Conexus not to contact him: a conduct request, not "
   "objection, with no disclosure described (breach=false) and no dissatisfaction (complaint=false).")

sc("s042", "conexus", "lookalike", "consumer",
   "Can I add a password to my account?",
   "When I rang you yesterday the only things I was asked before we talked about my balance were my postcode and my "
   "date of birth. Both are on my Facebook, and my ex knows both. Nothing has happened, but it made me think anyone "
   "could ring up as me.\n\n"
   "Is it possible to put a password or an extra question on my account so that only I can discuss it? If so, "
   "please tell me how to set it up.",
   L(),
   "Security questions the writer found too easy, with nothing disclosed to anyone: breach=false; a neutral request "
   "for a password is a service request, not a complaint.")

sc("s043", "conexus", "lookalike", "consumer",
   "Is this text really from you?",
   "I got a text this afternoon saying it was from Conexus and that I have 'a final balance of £89.99 to clear today "
   "to avoid enforcement', with a link to conexus-payments-uk.com. My account with you is on a plan and I've never "
   "owed £89.99. I haven't clicked anything.\n\n"
   "Is it genuine? If not, you may want to warn people, because it looked convincing.",
   L(),
   "A scam text reported before anything was entered: no data lost or disclosed (breach=false), and a question "
   "with no dissatisfaction with Conexus is not a complaint.",
   subject_only="Text claiming to be Conexus asking me to pay £89.99 through a link - is this really you? I haven't "
                "clicked it")

sc("s044", "conexus", "lookalike", "consumer",
   "Email to my work address",
   "This morning I found an email from Conexus about my account in my work inbox. I have never given you my work "
   "email. It's my own inbox and nobody else reads it, so nobody has seen it, but my work address isn't on any form "
   "I've filled in for you or for the original lender, so you must have found it somewhere else.\n\n"
   "I don't want my job mixed up in this.\n\n"
   "[[informed|Please tell me where you got my work email address and why you think you can use it.]] "
   "[[erasure|Then delete it from your records.]]",
   L(c=True, pd=True, r="informed,erasure", cat="personal_data"),
   "A work address obtained and used unexpectedly but read by nobody else is unexpected use (personal_data, implicit "
   "complaint), not a breach; 'where did you get it, on what basis' is informed and 'delete it' is erasure.")

sc("s045", "conexus", "lookalike", "consumer",
   "You've reported me to the credit agencies?",
   "I applied for a phone contract last week and was turned down. When I checked my credit file, there's a default "
   "showing from Conexus for the Northline Energy account. Nobody told me you would pass my details to the credit "
   "reference agencies. I thought that was something the original supplier did, not a collection agency.\n\n"
   "I'm paying what we agreed every month, so I don't understand why you are reporting me at all. I want an "
   "explanation.\n\n"
   "[[objection|I object to you sharing my information with credit reference agencies while I am keeping to my "
   "plan.]]",
   L(c=True, pd=True, r="objection", cat="personal_data"),
   "Reporting to credit reference agencies is a deliberate sharing the writer did not expect (personal_data, "
   "implicit complaint), not a disclosure to the wrong person, so breach=false; 'I object to you sharing' is "
   "objection.")

sc("s046", "conexus", "lookalike", "consumer",
   "Beacon handed my details to you without a word to me",
   "Your letter last week was the first I'd heard that my Beacon Home Finance account had been passed to a "
   "collection agency. I had been talking to Beacon about a payment holiday only a month before, and they said "
   "nothing about sending my account, my phone number and my address to anyone else.\n\n"
   "I don't blame you for writing, you're doing what they asked. But I want Beacon to explain why they handed over "
   "my details without telling me first, and I'd like you to pass this to them, since you're collecting for them.",
   L(c=True, pd=True, cat="personal_data", firm="bhf"),
   "The creditor passing the account to its collector without telling her is unexpected sharing, not a disclosure "
   "to the wrong person (breach=false); only Beacon can answer for it, so about_other_firm=bhf, category "
   "personal_data.")

# ============================== PEXA: ordinary ===============================================

sc("s047", "pexa", "ordinary", ("staff", "dunmore"),
   "Complaint - settlement failed with error SET-409",
   "I want to make a complaint about what happened on Friday. Workspace {ws} was ready for settlement at 11:30, all "
   "parties had signed, and the system threw error SET-409 and rolled everything back. Your support line told us it "
   "was a 'known issue with the new release'. Settlement finally went through at 4:50pm, after the removal van had "
   "been waiting outside for five hours and our client had to pay the removers' overtime.\n\n"
   "Please explain what the known issue is and why the release went live with it, and confirm that you'll reimburse "
   "the removal company's extra charge of £380.",
   L(c=True, ex=True, cat="platform_defect"),
   "An explicit complaint about a platform error that failed a settlement: platform_defect, with no data involved.",
   sig="Head of Residential Conveyancing")

sc("s048", "pexa", "ordinary", ("staff", "kestrel"),
   "Adding our new Sheffield team",
   "We're opening a mortgage completions team in Sheffield in October and will need six new users set up under our "
   "existing subscription. Could you let me know what you need from us for the user setup, and whether they can join "
   "a group training session rather than doing the online modules individually? Ideally we'd like them live by the "
   "second week of October.",
   L(),
   "A routine service request about new users and training with no dissatisfaction: not a complaint; Kestrel is the "
   "sender, not a subject.",
   sig="Operations Manager, Mortgage Completions")

sc("s049", "pexa", "ordinary", "consumer",
   "Heathcote haven't released our mortgage money",
   "We were supposed to complete on our house on Friday. Our solicitor says everything on PEXA was ready by 10am, "
   "but Heathcote Bank didn't send the mortgage funds until Monday afternoon, so we spent the weekend in a Travelodge "
   "with two kids and a dog. Heathcote told our solicitor it was 'a backlog'.\n\n"
   "Nobody at Heathcote has even apologised. We want them to explain the hold-up and pay for the hotel and the extra "
   "van hire.",
   L(c=True, cat="delay", firm="hcb"),
   "A buyer's complaint purely about the lender's late release of funds (the platform was ready): forward to "
   "Heathcote Bank, about_other_firm=hcb, category delay.")

sc("s050", "pexa", "ordinary", ("staff", "lyle"),
   "Support line - 47 minutes and then cut off",
   "I tried to get through to your support line three times on Tuesday with a settlement due that afternoon. On the "
   "last attempt I was on hold for 47 minutes and then the call dropped. No call back either, even though the "
   "message says you'll ring back if the call is lost.\n\n"
   "We pay for this service. Can someone call me today and tell me what you're doing about the queues?",
   L(c=True, cat="wait_time"),
   "Dissatisfaction with hold times and a dropped call, with a call-back demanded: an implicit complaint about "
   "waiting to reach someone (wait_time).",
   sig="Conveyancing Assistant")

sc("s051", "pexa", "ordinary", ("staff", "hatherley"),
   "Thank you - workspace {ws}",
   "Just a quick note to say thank you to Priyanka on your support desk, who stayed on the line with us on Thursday "
   "until the discharge went through at almost six o'clock. Our client got her keys that evening. Much appreciated "
   "by all of us here.",
   L(),
   "Praise and thanks for help already given, with nothing outstanding: not a complaint.",
   sig="Conveyancer",
   short="Thanks to Priyanka on support for staying with us on Thursday evening - client got her keys. Much "
         "appreciated.")

sc("s052", "pexa", "ordinary", ("staff", "solo_wren"),
   "Leaving the platform - copy of my data",
   "I'm retiring at the end of this month and closing my practice, so I'll be cancelling my PEXA subscription. "
   "Before I do, I'd like two things, please.\n\n"
   "[[access|First, a copy of all the personal data you hold about me as a user, including my login history and any "
   "call notes.]]\n"
   "[[portability|Second, my account and matter history as a CSV file so that I can load it into my archive "
   "software.]]\n\n"
   "Thank you for five years of very smooth completions.",
   L(r="access,portability"),
   "A neutral rights request from a retiring user with thanks, no dissatisfaction: not a complaint; a copy of all "
   "data held is access and a CSV to load into other software is portability.",
   sig="Sole Practitioner")

sc("s053", "pexa", "ordinary", ("staff", "beacon"),
   "Dual sign-off rule for discharges",
   "Since the change on 1 July, every discharge authority in a workspace needs two signatories from our firm. We "
   "have one mortgage officer per shift at weekends, so any Saturday completion now needs a second person called in "
   "just to click 'approve'. Three weekend completions have slipped by a day since the change.\n\n"
   "We understand why you introduced it, but applying it to every discharge regardless of amount doesn't work for a "
   "lender our size. We'd like an explanation of why there's no exemption for low-value discharges and a proper "
   "response to this, not a link to the FAQ.",
   L(c=True, cat="process"),
   "The rule itself (two signatories for every discharge) is the grievance, with a response demanded: an implicit "
   "process complaint; Beacon is the complainant, so about_other_firm=null.",
   sig="Mortgage Operations Lead")

# ============================== CONEXUS: ordinary ============================================

sc("s054", "conexus", "ordinary", "consumer",
   "Settlement figure - {acct}",
   "I've come into a bit of money and would like to clear my account in one go if possible. Could you tell me the "
   "full settlement figure, and whether there is any discount for paying it all at once? I can pay by bank transfer "
   "next week.",
   L(),
   "A neutral request for a settlement figure: an enquiry, not a complaint.",
   short="Can I have a settlement figure for {acct} please? Looking to pay it off in one go next week.")

sc("s055", "conexus", "ordinary", "consumer",
   "Council tax arrears you're chasing are wrong",
   "You've written to me for £1,106 of council tax arrears on behalf of Westbury Council. That figure only exists "
   "because Westbury billed my flat as Band D for two years when it's Band B. The Valuation Office confirmed the "
   "correct band in January and Westbury said they would recalculate, but they obviously never did before passing "
   "it to you.\n\n"
   "I'm not paying a bill that the council itself accepts is wrong. Please send this back to Westbury and get them to "
   "sort out the recalculation.",
   L(c=True, cat="debt_dispute", firm="wbc"),
   "The debt is wrong because of the creditor's own billing (wrong council tax band), which only Westbury can fix: "
   "about_other_firm=wbc, category debt_dispute.")

sc("s056", "conexus", "ordinary", ("rep", "kingsmead"),
   "Request to hold recovery action - {acct}",
   "We've been approached by your customer Mr Stephen Oduya for help with his debts and we're preparing a full "
   "financial statement. His signed authority is attached.\n\n"
   "Could you please put the account on hold for 30 days while we do this, and send us the current balance and a "
   "breakdown of any charges? We'll be in touch with a proposal before the hold ends.",
   L(tp=True),
   "A money adviser writing for a client (third_party) with a routine request for a hold and a balance: not a "
   "complaint, and a balance breakdown is account information, not a data right.",
   sig="Generalist Adviser")

sc("s057", "conexus", "ordinary", "consumer",
   "Complaint about your phone line",
   "I want to complain about how hard it is to speak to anyone. Yesterday I was on hold for 62 minutes trying to set "
   "up a payment arrangement, and on Monday I gave up after 40. I'm trying to pay you and you're making it "
   "impossible.\n\n"
   "I'd like someone to call me back on this number before Friday.",
   L(c=True, ex=True, cat="wait_time"),
   "An explicit complaint about hold times, with a call-back demanded: wait_time.",
   subject_only="Complaint - on hold 62 mins yesterday trying to set up a payment plan, please call me back")

sc("s058", "conexus", "ordinary", "consumer",
   "The agent I spoke to on Thursday",
   "I'm making a complaint about the man I spoke to on Thursday afternoon. I told him I'd lost my job and could "
   "offer £20 a month. He laughed, said 'that won't even cover the stamps', and told me bailiffs would be round by "
   "the end of next week if I didn't find £400. I've since read that you can't send bailiffs without a court order, "
   "which I haven't had.\n\n"
   "I want an apology and a proper look at what I can afford.\n\n"
   "[[access|Please send me the recording of that call.]]",
   L(c=True, ex=True, r="access", cat="collection_conduct"),
   "An explicit complaint about an agent's pressure and threats (collection_conduct); the call recording request is "
   "access, but the grievance is not about data handling, so personal_data=false.")

sc("s059", "conexus", "ordinary", "consumer",
   "Thank you",
   "Thanks for sorting out the refund so quickly and for being so patient with me on the phone last week. The money "
   "is back in my account and the plan is set up at the new amount. I really appreciate it.",
   L(),
   "A thank-you for a resolved matter with nothing outstanding: not a complaint.",
   quote=("Conexus Customer Services", "Dear Customer,\nFurther to our call, we have refunded the overpayment of £45 "
                                       "to your bank account and set your plan at £35 a month from next month.\n"
                                       "Reference {ref}\nConexus Customer Services"))

sc("s060", "conexus", "ordinary", "consumer",
   "What is this £45 'trace fee'?",
   "My latest statement shows a £45 'trace and locate fee' added to my balance in August. I haven't moved house in "
   "nine years and I've been in touch with you every month, so there was nothing to trace. Nobody told me there "
   "would be fees for anything like this.\n\n"
   "Please take it off and explain why it was added.",
   L(c=True, cat="fees_charges"),
   "A fee Conexus itself added, challenged with a demand to remove it: an implicit fees_charges complaint.")


# ---------------------------------------------------------------------------------------------
# rendering

BREACH_WORDS = re.compile(r"breach|data protection|gdpr", re.I)


def fill(text, vals):
    for k, v in vals.items():
        text = text.replace("{" + k + "}", v)
    return text


def render(rng, s, env):
    mailbox = s["mailbox"]
    role = s["role"]
    first, last = person(rng)
    if role in ("consumer", "public"):
        addr = personal_address(rng, first, last)
        org_line = None
    else:
        addr = org_address(rng, first, last, role[1])
        org_line = f"{s.get('sig', '')}\n{ORGS[role[1]][0]}".strip()
    sender = f"{first} {last} <{addr}>"
    vals = {"ws": f"{rng.randrange(10, 99)}-{rng.randrange(10000, 99999)}",
            "acct": f"CX-{rng.randrange(1000000, 9999999)}"}
    subject = fill(s["subject"], vals)
    html = env in ("html", "html_quote")
    quote = None
    if env in ("quote", "html_quote", "typo_quote"):
        who, text = s.get("quote") or rng.choice(GENERIC_QUOTES[mailbox])
        quote = (quote_header(rng, who), text)

    if env == "subject_only":
        subject = s["subject_only"]
        body_marked = ""
    else:
        core = fill(s["short"] if env == "short" else s["body"], vals)
        if env in ("typo", "typo_quote"):
            core = typos_outside_marks(core, rng, MARK_RIGHTS, 0.35)
        if env == "short":
            greet = None
            sign = rng.choice([None, "Thanks", "Cheers"])
            name_block = first if rng.random() < 0.5 else f"{first} {last}"
        else:
            greet = rng.choice(GREET[mailbox])
            sign = rng.choice(FORMAL_SIGNOFF if isinstance(role, tuple) and role[0] == "rep" else SIGNOFF)
            name_block = f"{first} {last}" if (org_line or rng.random() < 0.6) else first
            if org_line:
                name_block += "\n" + org_line
        if s.get("lower"):
            greet = None
            sign = None
            name_block = first.lower()
        parts = ([greet] if greet else []) + [core] + [(sign + "\n" if sign else "") + name_block]
        body_marked = "\n\n".join(parts)
    subject_marks = rights_marks_of(subject)
    body_marks = rights_marks_of(body_marked)
    subject_plain = strip_marks(subject, MARK_RIGHTS)
    body_plain = strip_marks(body_marked, MARK_RIGHTS)
    marked = {r for r, _ in subject_marks + body_marks}
    assert marked == set(s["labels"]["rights"]), (s["sid"], env, marked)
    return finish_marked_record(rng, mailbox=mailbox, sender=sender, subject=subject_plain, body=body_plain,
                                html=html, quote=quote, subject_marks=subject_marks, body_marks=body_marks,
                                labels=s["labels"], note=s["note"], source=f"{PREFIX}-{s['sid']}", env=env)


def envelopes(rng, s):
    base = ["plain", "html", "typo"]
    if not s.get("noquote"):
        base += ["quote", "html_quote", "typo_quote"]
    if s.get("short"):
        return ["short", rng.choice(base)]
    if s.get("subject_only"):
        return ["subject_only", rng.choice(base)]
    return rng.sample(base, 2)


def check_scenarios():
    """The mix of the brief, checked before anything is rendered."""
    assert len(S) == 60 and len({s["sid"] for s in S}) == 60
    kinds = collections.Counter((s["mailbox"], s["kind"]) for s in S)
    assert sum(v for (m, _), v in kinds.items() if m == "pexa") == 30, kinds
    k = collections.Counter(s["kind"] for s in S)
    assert k == {"breach": 26, "lookalike": 20, "ordinary": 14}, k
    for s in S:
        assert s["labels"]["breach"] == (s["kind"] == "breach"), s["sid"]
        assert "." in s["note"] and s["note"].count(". ") == 0, s["sid"]  # one sentence
    loud = [s["sid"] for s in S if s["kind"] == "breach" and any(
        BREACH_WORDS.search(s.get(f) or "") for f in ("subject", "body", "short", "subject_only"))]
    assert len(loud) <= 6, loud


def build(rng):
    check_scenarios()
    records = []
    for s in S:
        for env in envelopes(rng, s):
            records.append(render(rng, s, env))
    return records


def summary(records, env_counts):
    kind = {f"{PREFIX}-{s['sid']}": s["kind"] for s in S}
    n_sc = len({r["source"] for r in records})
    lines = [f"wrote {OUT}: {len(records)} emails from {n_sc} scenarios"]
    for kd in ("breach", "lookalike", "ordinary"):
        srcs = {r["source"] for r in records if kind[r["source"]] == kd}
        lines.append(f"  {kd}: {len(srcs)} scenarios, {sum(kind[r['source']] == kd for r in records)} emails")
    lines.append(f"  mailboxes: {dict(collections.Counter(r['mailbox'] for r in records))}")
    for lab in ("complaint", "explicit", "personal_data", "breach", "third_party"):
        srcs = {r["source"] for r in records if r["labels"][lab]}
        lines.append(f"  {lab}: {sum(r['labels'][lab] for r in records)} emails, {len(srcs)} scenarios")
    for right in RIGHTS:
        rs = [r for r in records if right in r["labels"]["rights"]]
        if rs:
            lines.append(f"  right {right}: {len(rs)} emails, {len({r['source'] for r in rs})} scenarios")
    loud = {r["source"] for r in records if kind[r["source"]] == "breach"
            and BREACH_WORDS.search(r["subject"] + " " + r["body"].split("\n> ")[0])}
    lines.append(f"  breach scenarios using breach/data protection/GDPR: {len(loud)}")
    lines.append(f"  envelopes: {dict(sorted(env_counts.items()))}")
    return "\n".join(lines)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=marked_record_errors)


if __name__ == "__main__":
    sys.exit(main())
