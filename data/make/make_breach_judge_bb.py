#!/usr/bin/env python3
"""Evaluation set "breach_judge_bb": how well personal data BREACHES are recognised when people tell them in
their own words (stdlib only).

60 invented scenarios, 30 per mailbox, each rendered twice with different envelopes (120 emails):
* 26 describe a personal data breach (data lost, sent or disclosed to the wrong person, or exposed) by the
  receiving firm, a participant firm or creditor, or someone else; complaints and calm reports, some written on
  someone else's behalf, some with a data right asked alongside; at most 6 use "breach", "data protection" or
  "GDPR";
* 20 are look-alikes that are not breaches by the labelling guide (inaccurate data shown only to the writer,
  unexpected use without disclosure to the wrong person, fears, do-not-contact requests, "breach" in another
  sense, weak security questions, phishing reports);
* 14 are ordinary mail of the two mailboxes with no breach.

Every label follows /work/shared/labelling/labelling-guide.md. Sentences that ask for a UK GDPR right are
written inline as [[right|sentence]] and become the record's request_sentences.

Usage: python data/make/make_breach_judge_bb.py   (writes data/trials/breach_judge_bb.jsonl)
"""
import os
import re
import sys

from labelled_mail import (MARK_RIGHTS, RIGHTS, finish_marked_record, marked_record_errors, new_text,
                           rights_marks_of, run_generator, short_labels, strip_marks, typos_outside_marks)

SEED = 20270624
PREFIX = "bjbb"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "breach_judge_bb.jsonl")

L = short_labels

# ---------------------------------------------------------------------------------------------
# people and envelopes

FIRST_F = ["Amelia", "Joanne", "Bethan", "Priyanka", "Denise", "Harriet", "Leanne", "Fiona", "Shabnam", "Rosalind",
           "Imogen", "Chantelle", "Gillian", "Sinead", "Yasmin", "Philippa", "Agnieszka", "Hollie", "Farah", "Lorna",
           "Nadia"]
FIRST_M = ["Rhys", "Tariq", "Graham", "Callum", "Oluwaseun", "Stuart", "Marek", "Dominic", "Ewan", "Kieran",
           "Neville", "Arjun", "Lewis", "Barry", "Terence", "Craig", "Desmond", "Martin", "Wesley"]
LAST = ["Ashcroft", "Pemberton", "Okonjo", "Tranter", "Gillespie", "Radley", "Mistry", "Fairclough", "Dobson",
        "Kowalczyk", "Hebden", "Lomax", "Varga", "Cartwright", "Sandhu", "Bellamy", "Thorne", "Mcintyre",
        "Eastwood", "Chaudhry", "Rowntree", "Ellery", "Bradshaw", "Nwosu", "Hargreaves", "Quigley", "Lister",
        "Ferreira", "Woodhouse", "Abbott", "Rafferty", "Stanyon", "Kerrigan", "Brannigan", "Holroyd", "Yeung",
        "Whitlam", "Pascoe", "Marlow", "Tennant"]
PERSONAL_DOMAINS = ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "icloud.com", "hotmail.co.uk",
                    "proton.me", "sky.com", "virginmedia.com", "talktalk.net"]
ADVICE_ORGS = [("Millbrook Money Advice", "millbrookmoneyadvice.org.uk"),
               ("Debt Help North East", "debthelpne.org.uk"),
               ("Castlegate Advice Centre", "castlegateadvice.org"),
               ("StepAside Debt Support", "stepaside-debt.org.uk")]
SOLICITOR_ORGS = [("Harcourt Vane LLP", "harcourtvane.co.uk"), ("Ellison Brook Solicitors", "ellisonbrook.co.uk"),
                  ("Penhale & Roe", "penhaleroe.co.uk")]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

GREET = {
    "pexa": ["Dear PEXA,", "Hello,", "Hi,", "Dear Sir or Madam,", "Good morning,", "To the PEXA team,", ""],
    "conexus": ["Dear Conexus,", "Hello,", "Dear Sir or Madam,", "Hi,", "To whom it may concern,", "Good afternoon,", ""],
    "formal": ["Dear Sir or Madam,", "Dear Sirs,"],
    "casual": ["", "hi", "Hello"],
}
SIGNOFF = {
    "plain": ["Regards,", "Kind regards,", "Many thanks,", "Thanks,", "Best wishes,", "Yours sincerely,", "Thank you,"],
    "formal": ["Yours faithfully,", "Yours sincerely,"],
    "casual": ["", ""],
}

# The firm's earlier message quoted under a reply: (sender shown in the header line, text with {ref}).
QUOTES = {
    "pexa_staff": [
        ("PEXA Support <support@pexa.co.uk>",
         "Hello,\n\nYour support request {ref} has been resolved and closed. If you need anything further, "
         "simply reply to this email.\n\nKind regards,\nPEXA Support"),
        ("PEXA Participants <participants@pexa.co.uk>",
         "Dear Participant,\n\nThank you for your message. It has been logged as case {ref} and passed to the "
         "right team.\n\nPEXA Participant Services"),
    ],
    "pexa_consumer": [
        ("PEXA Customer Care <customercare@pexa.co.uk>",
         "Thank you for contacting PEXA (reference {ref}).\n\nPEXA runs the online platform that lenders and "
         "conveyancers use to settle property transactions. For questions about your own purchase, sale or "
         "mortgage, your conveyancer or lender is usually the best first point of contact.\n\nPEXA Customer Care"),
    ],
    "cx_debtor": [
        ("Conexus <customer.services@conexus-services.com>",
         "Dear Customer,\n\nThank you for your email. It has been logged under reference {ref} and a member of "
         "our team will reply shortly.\n\nConexus Customer Services"),
        ("Conexus Accounts <accounts@conexus-services.com>",
         "Dear Customer,\n\nWe are writing about your account, reference {ref}. Please contact us to discuss a "
         "repayment arrangement that suits your circumstances.\n\nConexus Accounts Team"),
    ],
    "cx_rep": [
        ("Conexus <customer.services@conexus-services.com>",
         "Thank you for your letter on behalf of your client. We have noted your authority on case {ref} and "
         "will respond in full shortly.\n\nConexus Customer Services"),
    ],
    "cx_client": [
        ("Conexus Clients <clients@conexus-services.com>",
         "Hello,\n\nPlease find attached this month's placement summary for batch {ref}. Let us know if you "
         "have any questions.\n\nConexus Client Services"),
    ],
}

# envelope -> weight in the draw of the full renderings
ENV_WEIGHTS = [("plain", 4), ("html", 3), ("reply", 3), ("typos", 3), ("html_reply", 1), ("typos_reply", 2)]


# ---------------------------------------------------------------------------------------------
# scenarios
#
# who: ("consumer",) | ("public",) | ("relative",) | ("adviser",) | ("solicitor",) | ("mp",)
#      | ("staff", domain, signature lines after the name)
# sub: list of subjects; body: the new text without greeting and sign-off ({name} {first} {last} {client}
# {cfirst} {acct} {ws} {mp} {org} are filled per rendering); short: (subject or None, short body);
# subj_only: a subject that carries the whole message; style: plain | formal | casual; q: quote pool or None.

def S(kind, mb, who, sub, body, lab, note, short=None, subj_only=None, style="plain", q="auto", wg=None, cg="f"):
    """wg / cg: the writer's / the client's gender where the text fixes it ("f", "m" or None for either)."""
    return dict(kind=kind, mb=mb, who=who, sub=sub, body=body, lab=lab, note=note, short=short,
                subj_only=subj_only, style=style, q=q, wg=wg, cg=cg)


SCENARIOS = [
    # ======================= PEXA: breaches =======================
    S("breach", "pexa", ("staff", "marshpenrose.co.uk", "Senior Conveyancing Executive\nMarsh & Penrose Conveyancing"),
      ["Another firm's client documents showing in our workspace", "Wrong documents visible in workspace {ws}"],
      "This morning I opened workspace {ws} to prepare for Friday's completion and found three documents in the "
      "document panel that have nothing to do with our matter: a signed transfer deed, a certified passport copy "
      "and a utility bill, all for a couple buying in Taunton. We act for neither of them and as far as I can tell "
      "nobody else in this workspace does either.\n\n"
      "I haven't downloaded anything and closed the panel as soon as I realised what I was looking at, but the "
      "documents were there for anyone in the workspace to open, and the other side's conveyancer and the lender "
      "both have access.\n\n"
      "I need to know how another matter's documents ended up attached to ours, whether our own clients' papers "
      "have turned up in someone else's workspace in the same way, and when these will be removed. Please ring me "
      "today; I don't want to go to completion until I have an answer.",
      L(c=True, pd=True, br=True, cat="personal_data"),
      "The platform showed another matter's identity documents to the wrong workspace participants (breach, "
      "personal_data) and the writer demands an explanation and a call, an implicit complaint about PEXA itself "
      "by staff writing for their own firm, so about_other_firm=null, third_party=false, category personal_data.",
      short=(None, "Workspace {ws} is showing someone else's transfer deed and passport copy. Not our clients, not "
                   "our matter. Who else can see our clients' papers? Call me today please.")),
    S("breach", "pexa", ("consumer",),
      ["Email from you with someone else's details", "Think I've got an email meant for another buyer"],
      "I've just had an automated email from PEXA saying funds have been received for my purchase. I don't think it "
      "was meant for me: the names on it are a Mr and Mrs Okafor, the property is in Milton Keynes (I'm buying in "
      "Luton) and it shows the amount of their deposit.\n\n"
      "I've deleted it. I'm not upset, these things happen, but I thought someone should know so the right people "
      "get their email.\n\nNo need to get back to me.",
      L(br=True),
      "Another buyer's details were emailed to the wrong person, so breach=true, but the writer is calm and wants no "
      "reply, so complaint=false, personal_data=false, category none.",
      subj_only="FYI got a PEXA email meant for another buyer (their names + deposit amount) - deleted it, no need to reply",
      q="pexa_consumer"),
    S("breach", "pexa", ("consumer",),
      ["My solicitors sent my passport to a stranger", "Greyfriars - my ID sent to the wrong person"],
      "I'm selling my flat and Greyfriars Law are acting for me. Last week they asked for a copy of my passport and "
      "my bank details so the sale money can be paid to me. On Monday a man I've never heard of rang me to say he'd "
      "been emailed my passport scan and my account number along with a letter about his own house purchase. He was "
      "kind enough to tell me, but he still has them.\n\n"
      "Greyfriars told me your system is used for my sale, so I'm writing to you as well. I'm very worried about my "
      "bank account and about someone using my passport. I want someone to tell me what is being done, and I want "
      "Greyfriars to take it seriously, because so far all I've had from them is 'we'll look into it'.",
      L(c=True, pd=True, br=True, cat="personal_data", firm="gfl"),
      "A seller's passport and bank details were emailed by her own conveyancer to a stranger: a breach described in "
      "an implicit complaint purely about the participant firm Greyfriars Law, so about_other_firm=gfl with "
      "personal_data=true and category personal_data.",
      q="pexa_consumer"),
    S("breach", "pexa", ("consumer",),
      ["Complaint about Heathcote Bank sending my mortgage papers to my ex",
       "complaint - Heathcote posted my mortgage offer to my old house"],
      "I want to make a complaint about Heathcote Bank, who are lending on my new home. I told them in March that I "
      "had moved out of the house I shared with my former partner and gave them my new address, twice. Their "
      "mortgage offer, with my salary, my other debts and the loan amount on it, was still posted to the old house. "
      "My ex opened it and has since quoted figures from it at me in a text message.\n\n"
      "My conveyancer says the completion goes through PEXA, which is why I'm emailing here. Please pass this to "
      "whoever deals with complaints at Heathcote and let me know that you have.",
      L(c=True, ex=True, pd=True, br=True, cat="personal_data", firm="hcb"),
      "An explicit complaint purely about the lender Heathcote Bank, whose misaddressed offer was read by the "
      "borrower's ex-partner (a disclosure, breach=true), so about_other_firm=hcb, personal_data=true, category "
      "personal_data.",
      q="pexa_consumer"),
    S("breach", "pexa", ("staff", "orchardlanesolicitors.co.uk", "COLP\nOrchard Lane Solicitors"),
      ["Formal complaint: your support desk gave our client's details to an impostor"],
      "I am writing to make a formal complaint on behalf of Orchard Lane Solicitors.\n\n"
      "On Tuesday afternoon someone telephoned your support line saying they worked in our post-completion team. "
      "They did not. Your agent confirmed to them the names of the buyers on workspace {ws}, the settlement figure "
      "and the account the balance was due to be paid into. We only found out because the same caller then rang our "
      "clients pretending to be from us and asked them to 'reconfirm' their bank details.\n\n"
      "Our clients did not lose any money, but that was luck. This is a data breach caused by your team, and we need "
      "to know what checks your agents are meant to run before discussing a matter, why they were not run here, and "
      "whether any other of our matters were discussed with this caller.\n\n"
      "Please respond in writing to me as our COLP.",
      L(c=True, ex=True, pd=True, br=True, cat="personal_data"),
      "PEXA's support agent disclosed clients' details to an impostor (breach, personal_data) and the firm's own "
      "compliance officer calls it a formal complaint; staff writing for their own firm is not third_party and the "
      "firm is only the complainant, so about_other_firm=null.",
      style="formal", q="pexa_staff"),
    S("breach", "pexa", ("relative",),
      ["My mother's completion papers went to the wrong house", "On behalf of my mother - papers posted to a neighbour"],
      "I'm writing for my mother, {client}, who is 84 and has just sold her bungalow. Her conveyancers, Marsh and "
      "Penrose, posted her completion pack to number 7 instead of number 17 in the road she has moved to. The pack "
      "had her signed documents, a copy of her driving licence and a bank statement in it. The lady at number 7 "
      "opened it, read it and brought it round two days later.\n\n"
      "Mum is very shaken that a stranger has seen her bank details, and now she won't answer the door. When I rang "
      "Marsh and Penrose the receptionist said it was 'just a typo'.\n\n"
      "Please make sure this reaches the right person there, and ask them to explain to my mother in writing what "
      "they are doing about it. I hold her lasting power of attorney if that is needed.",
      L(c=True, pd=True, br=True, tp=True, cat="personal_data", firm="mpc"),
      "A son or daughter writes for an elderly seller (third_party) about her conveyancer posting her documents to "
      "the wrong house and a neighbour reading them: a breach in an implicit complaint purely about Marsh & Penrose "
      "(about_other_firm=mpc), personal_data=true, category personal_data.",
      q="pexa_consumer"),
    S("breach", "pexa", ("staff", "tvmortgages.co.uk", "Completions Manager\nThames Valley Mortgages"),
      ["Live borrower details shown on your webinar", "Real customer data on screen during Thursday's session"],
      "Several of us attended your 'Refinance workspaces in practice' webinar on Thursday. About twenty minutes in, "
      "the presenter switched from the demo site to what was clearly a live workspace and scrolled through it for a "
      "couple of minutes. The borrowers' names, their property address in Reading and the loan amounts were readable "
      "on screen, and the lender shown was us. There were over a hundred people on the call, and the recording has "
      "since been emailed to everyone who registered.\n\n"
      "These are our customers. I'd like to know which workspace it was, whether the recording has been taken down, "
      "and what you will do to stop this happening at future sessions. I'd appreciate a reply this week.",
      L(c=True, pd=True, br=True, cat="personal_data"),
      "Borrowers' details were exposed to a webinar audience and in its recording, a breach by PEXA; the lender "
      "wants answers (implicit complaint) and the main grievance is the exposure, not the training, so category "
      "personal_data, about_other_firm=null.",
      q="pexa_staff"),
    S("breach", "pexa", ("public",),
      ["Found a folder of your papers on the train", "Lost property - PEXA documents"],
      "I found a plastic wallet on the 17:40 from Birmingham New Street to Derby yesterday. It has a PEXA logo on the "
      "front sheet and about thirty pages inside: lists of property sales with people's names, addresses, amounts and "
      "what look like bank sort codes. I haven't read more than I needed to in order to work out whose it was.\n\n"
      "I still have it. Could you tell me where to post it, or would someone rather collect it? I'm in Burton upon "
      "Trent.",
      L(br=True),
      "Papers with people's names, addresses and bank details were lost in public (breach=true); the finder only "
      "asks where to return them, a service request with no dissatisfaction, so complaint=false and category none.",
      short=("PEXA paperwork found on a train",
             "Found a PEXA folder on a train with names, addresses and bank details in it. Where should I send it?"),
      q=None),
    S("breach", "pexa", ("staff", "greyfriarslaw.co.uk", "Consultant Solicitor\nGreyfriars Law LLP"),
      ["Complaint - your maintenance email showed everyone's address",
       "Complaint: mailout sent with every recipient visible"],
      "I'd like to complain about the 'platform maintenance this weekend' email your team sent yesterday at 16:12. "
      "It went out with every recipient in the visible copy line. I've counted 214 addresses, and they aren't all "
      "office inboxes: several are sole practitioners' and consultants' personal Gmail and Hotmail accounts, mine "
      "included, because that is the address I registered with before I joined Greyfriars.\n\n"
      "That list is now in the inbox of every conveyancer and lender on it, and at least two people have already hit "
      "'reply all'. I'd like an explanation of how this happened, an assurance that it won't be repeated, and to "
      "know whether you intend to tell everyone affected.",
      L(c=True, ex=True, pd=True, br=True, cat="personal_data"),
      "PEXA exposed about two hundred users' email addresses, some personal, to every recipient of a mailout "
      "(breach); the writer says she complains, so explicit, personal_data=true, category personal_data, and "
      "Greyfriars is only her employer (about_other_firm=null).",
      q="pexa_staff"),
    S("breach", "pexa", ("staff", "ashdownconveyancing.co.uk", "Ashdown Conveyancing"),
      ["My invoice and bank details sent to another firm", "Billing email went to the wrong firm"],
      "I run a one-person conveyancing practice from home, so the billing details you hold for me are my own: my "
      "home address, my personal bank account for the direct debit and my mobile. This month's fee invoice, with all "
      "of that on it, was emailed to the accounts team at a firm in Leicester I have no connection with. Their "
      "bookkeeper forwarded it to me this morning with a polite note.\n\n"
      "I'm unhappy about this and I'd like to know how it happened and who else has received my invoices. "
      "[[rectification|Please correct the billing contact on my account so that invoices come only to me at this "
      "address.]] [[access|I would also like a copy of all the personal information you hold about me, including "
      "the billing and contact details and any notes on my account.]]",
      L(c=True, pd=True, br=True, r="rectification,access", cat="personal_data"),
      "A sole practitioner's home address and bank details were emailed by PEXA to an unconnected firm (breach) and "
      "she wants an explanation, an implicit complaint with personal_data=true; 'correct the billing contact' = "
      "rectification and 'a copy of all the personal information' = access.",
      q="pexa_staff"),
    S("breach", "pexa", ("staff", "beaconhomefinance.co.uk", "Completions Team\nBeacon Home Finance"),
      ["Request to remove a document uploaded in error - {ws}", "Wrong client's deed in workspace {ws}"],
      "Could you help with workspace {ws}, please? The buyer's conveyancer has uploaded a signed mortgage deed that "
      "belongs to a different client of theirs (another borrower, a property in Swindon) into this workspace, where "
      "our team and the seller's solicitors can see it. We've let the conveyancer know and they agree it was a slip "
      "on their side, but they can't delete it now the workspace has reached this stage.\n\n"
      "Can your team remove the document from the workspace, or hide it? Thanks in advance.",
      L(br=True),
      "Another participant exposed an unrelated borrower's deed to the wrong workspace (breach=true); the lender "
      "calmly asks PEXA to remove it, a service request, so complaint=false; 'delete' the document is not erasure.",
      q="pexa_staff"),
    S("breach", "pexa", ("consumer",),
      ["Orchard Lane shared my passport in a WhatsApp group", "OLS - my ID photos shared with the seller"],
      "My solicitors for my purchase are Orchard Lane. To 'speed things up', the fee earner set up a WhatsApp group "
      "with me, the estate agent and, it turns out, the seller and her husband. She then posted photos of my passport "
      "and my last three payslips into that group by mistake, when they were meant to go to her colleague.\n\n"
      "The sellers now know what I earn and my date of birth, and I have to deal with these people until we complete. "
      "I'm furious. Please pass this on to OLS and make sure someone senior there gets back to me about how they will "
      "put it right.",
      L(c=True, pd=True, br=True, cat="personal_data", firm="ols"),
      "The buyer's own solicitors sent her passport and payslips to the sellers (breach); an implicit complaint "
      "purely about the participant firm, so about_other_firm=ols, personal_data=true, category personal_data.",
      q="pexa_consumer"),
    S("breach", "pexa", ("staff", "fenwickconveyancing.co.uk", "Fenwick Conveyancing"),
      ["My home address is on your public search page", "Please take my home address off your website"],
      "When I registered as a sole practitioner in January I gave my home address for verification only and ticked "
      "the box saying it was not to be shown. Yesterday a former client turned up at my front door. He had found my "
      "address on PEXA's public 'find a participant' search, where it sits next to my name and practice name for "
      "anyone to see.\n\n"
      "I work alone and I've had threatening messages from a former client before, which is exactly why I didn't "
      "want it published. I want to know why the box I ticked was ignored and how long it has been visible. "
      "[[erasure|Please delete my home address from your records entirely; I will give you a PO box for anything you "
      "need to send me.]]",
      L(c=True, pd=True, br=True, r="erasure", cat="personal_data"),
      "PEXA published a practitioner's home address on a public search page against her instruction, an exposure "
      "(breach) in an implicit complaint with personal_data=true; 'delete my home address from your records' = "
      "erasure.",
      q="pexa_staff"),

    # ======================= PEXA: look-alikes =======================
    S("lookalike", "pexa", ("staff", "fairhavenlegal.co.uk", "Conveyancing Assistant\nFairhaven Legal"),
      ["Name change on my user profile", "Updating my surname"],
      "I got married in the summer and my surname has changed from Pritchard to {last}. When I look at 'My details' "
      "in my PEXA account it still shows the old name. I don't think anyone else sees that page, so it isn't causing "
      "any trouble, but I'd like it to be right. [[rectification|Could you please update my surname on my user "
      "profile to {last}?]] I can send a copy of the marriage certificate if you need it.",
      L(r="rectification"),
      "An out-of-date name shown only to the writer, with no dissatisfaction: not a breach and not a complaint; "
      "'update my surname' = rectification.",
      q="pexa_staff"),
    S("lookalike", "pexa", ("staff", "haldenwhitlock.co.uk", "Partner\nHalden Whitlock Solicitors"),
      ["Complaint: outage on the 14th - breach of service levels", "Complaint and claim for service credits"],
      "Your platform was unavailable from about 10:30 to 14:10 on Monday, the busiest completion day of our month. "
      "Four of our settlements had to move to the next day, and two of our clients had removal lorries sitting outside "
      "houses they couldn't get the keys to.\n\n"
      "Our participation agreement promises 99.5% availability in business hours. By our reckoning Monday alone puts "
      "you in breach of that for the quarter. I'm making a formal complaint and asking for the service credits the "
      "agreement provides, plus a contribution to our clients' removal costs, details of which I can send.",
      L(c=True, ex=True, cat="platform_defect"),
      "'Breach' of a service-level agreement is a contractual sense, not a data breach (breach=false); an explicit "
      "complaint about an outage, category platform_defect, with no personal data involved.",
      q="pexa_staff"),
    S("lookalike", "pexa", ("staff", "pellbrook-law.co.uk", "Practice Manager\nPellbrook Law"),
      ["Changing our email domain - user addresses", "Email domain change next month"],
      "We're rebranding next month and all our staff email addresses will move from @pellbrook-law.co.uk to "
      "@pellbrook.legal. The old domain stops working on the 30th and we don't control what happens to it after that. "
      "I'm a bit nervous that workspace notifications with client details in them might keep going to the old "
      "addresses and end up somewhere they shouldn't.\n\n"
      "Is there a way to change all our users' addresses at once, or does each user have to do it? And is there "
      "anything we should do before the switch-over?",
      L(),
      "Only a fear that notifications might go to the wrong place, nothing has been disclosed (breach=false); a "
      "neutral enquiry, not a complaint, and asking how to change addresses is not a rights request.",
      q="pexa_staff"),
    S("lookalike", "pexa", ("staff", "tollgateconveyancing.co.uk", "Licensed Conveyancer\nTollgate Conveyancing"),
      ["Feedback on your phone security checks", "Support line ID check seems too easy"],
      "A small point of feedback rather than anything I need an answer to. When I rang the support line on Friday "
      "about a workspace, the only thing I was asked to prove who I was was the postcode of our office, which is on "
      "our website and our letterhead. The agent was helpful and nothing went wrong, but anyone who had looked us up "
      "could have passed that check and then asked about our matters.\n\n"
      "It might be worth asking for something that isn't public. No need to reply.",
      L(),
      "A security question the writer found too easy, with nothing disclosed (breach=false) and no reply wanted, is "
      "feedback, not a complaint.",
      q="pexa_staff"),
    S("lookalike", "pexa", ("staff", "kestrelbs.co.uk", "Mortgage Operations\nKestrel Building Society"),
      ["Suspicious email pretending to be from PEXA", "Fake 'PEXA account suspended' email"],
      "Two people in our team received an email this morning that claims to be from 'PEXA Security' and says our "
      "accounts will be suspended unless we 'revalidate credentials' through a link. The link goes to a site called "
      "pexa-verify-login.com, which I assume isn't yours. Nobody clicked it or entered anything; our IT team spotted "
      "it and blocked the sender.\n\n"
      "I can forward the original with its headers if that would help. You may want to warn other participants.",
      L(),
      "A phishing email reported with nothing entered or lost is not a breach; a helpful report, not a complaint, "
      "and Kestrel is only the sender.",
      short=("Phishing email using your name",
             "FYI a fake 'PEXA Security' email asking users to revalidate credentials at pexa-verify-login.com is "
             "going round. Nobody here clicked it."),
      q="pexa_staff"),
    S("lookalike", "pexa", ("staff", "ridgewayconveyancing.co.uk", "Ridgeway Conveyancing"),
      ["Why am I getting marketing at my personal address?", "Marketing emails to my home inbox"],
      "When I joined the platform you asked for a personal email address for the identity check, separate from my "
      "work one. I gave it on the understanding that it was for that check only. For the past two months it has been "
      "getting your newsletters, event invitations and a 'partner offer' email from you about another company's "
      "software.\n\n"
      "I'm not happy that an address I gave for one purpose is being used like this. [[objection|I object to my "
      "personal email address being used for any marketing at all.]] Please confirm it has been taken off those lists.",
      L(c=True, pd=True, r="objection", cat="personal_data"),
      "Data used for a purpose the writer did not expect but not disclosed to anyone else (breach=false); "
      "dissatisfied with a demand, an implicit complaint about data handling (personal_data, category personal_data); "
      "'I object to ... marketing' = objection.",
      q="pexa_staff"),
    S("lookalike", "pexa", ("consumer",),
      ["How does PEXA have my details?", "A company I've never heard of has my information"],
      "I'm buying a house and today I got an email from PEXA, a company I had never heard of, with my full name, the "
      "address I'm buying and my completion date. My solicitor says this is normal and that your system is used for "
      "the money side. Nobody told me my details would be given to you, and I'm not comfortable with it.\n\n"
      "[[informed|I want to know where you got my details from, what you are using them for and who you pass them "
      "to.]] [[access|Please also send me a copy of everything you hold about me.]]",
      L(c=True, pd=True, r="informed,access", cat="personal_data"),
      "Data obtained in a way the buyer did not expect, but sent only to her (breach=false); her discomfort and "
      "demands about PEXA's own processing make an implicit personal_data complaint about PEXA (about_other_firm=null); "
      "where from and what for = informed, a copy = access.",
      q="pexa_consumer"),
    S("lookalike", "pexa", ("staff", "quayside-law.co.uk", "Property Department\nQuayside Law"),
      ["Can the settlement date be locked?", "Question about changing the settlement date in a workspace"],
      "Quick question. On a recent matter we agreed with the other side's solicitors that settlement would be on the "
      "28th, and they then moved the date in the workspace to the 21st without telling us, in breach of what had been "
      "agreed between the firms. We sorted it out between ourselves and the matter completed fine.\n\n"
      "Is there a setting that would stop one party changing the settlement date without the other's agreement, or at "
      "least notify us straight away when it happens? It would save some awkward phone calls.",
      L(),
      "'Breach' of an agreement between firms is not a data breach; a settled matter and a neutral question about a "
      "setting, so not a complaint.",
      q="pexa_staff"),
    S("lookalike", "pexa", ("staff", "bramleyconveyancing.co.uk", "Bramley Conveyancing"),
      ["Onboarding held up by a wrong date of birth", "My application keeps failing the ID check"],
      "My registration has now failed the identity check three times. I finally got someone on the phone yesterday, "
      "who told me the date of birth on my application is 12/07/1981. It is 21/07/1981. I typed it correctly, and I "
      "have the confirmation email showing what I entered, so it has been changed at your end somehow.\n\n"
      "This has held up my joining by three weeks and I've had to pass two matters to another firm. "
      "[[rectification|Please correct my date of birth to 21/07/1981 on my application and re-run the check.]] "
      "I'd also like to know how it was changed in the first place.",
      L(c=True, pd=True, r="rectification", cat="onboarding"),
      "Inaccurate data held about the applicant (personal_data) but not disclosed to anyone (breach=false); the harm "
      "is a held-up registration, so the specific theme onboarding is the category; 'correct my date of birth' = "
      "rectification.",
      q="pexa_staff"),
    S("lookalike", "pexa", ("consumer",),
      ["Worried about my sale money going to the wrong account", "How safe are my bank details?"],
      "I'm selling my late father's house and my conveyancer tells me the money will be paid through PEXA. I've read "
      "a lot about email fraud on house sales, where criminals get the bank details changed and the money disappears, "
      "and I'm anxious the same could happen here.\n\n"
      "Nothing has gone wrong; I'd just like some reassurance before completion. How do you check that the account "
      "the money goes to is really mine? [[informed|Could you also tell me what information about me your system "
      "holds, what it is used for and who it is shared with?]]",
      L(r="informed"),
      "A fear that money or details could go to the wrong place, with nothing lost or disclosed (breach=false) and no "
      "dissatisfaction, is an enquiry; asking what is held, why and who it is shared with = informed.",
      q="pexa_consumer"),

    # ======================= PEXA: ordinary mail =======================
    S("ordinary", "pexa", ("staff", "oakleyhyde.co.uk", "Head of Residential Property\nOakley Hyde LLP"),
      ["Complaint - settlement failed on workspace {ws}", "Complaint: lodgement failure yesterday"],
      "I wish to complain about what happened on workspace {ws} yesterday. Everything was signed and the funds were "
      "balanced by 11:00. At 12:30 the settlement failed with the message 'Lodgement validation error - contact "
      "support', and when we called, your team told us it was a fault on your side affecting several workspaces. By "
      "then it was too late to re-book for the same day.\n\n"
      "Our client, a first-time buyer, had to spend the night in a hotel with her two children. We would like a full "
      "explanation, and we expect PEXA to cover her costs, which I will send through.",
      L(c=True, ex=True, cat="platform_defect"),
      "An explicit complaint that a platform fault made a settlement fail, category platform_defect; no personal data "
      "is involved.",
      q="pexa_staff"),
    S("ordinary", "pexa", ("staff", "heathcotebank.co.uk", "Mortgage Servicing\nHeathcote Bank"),
      ["Fees for refinance workspaces", "Question on your fee schedule"],
      "Could you confirm the current fee for a refinance workspace where we act as both outgoing and incoming lender? "
      "Our finance team has two different figures, one from last year's schedule and one from this year's onboarding "
      "pack, and would like to check which applies from April. A link to the current schedule would be fine.",
      L(),
      "A neutral question about fees, an enquiry, not a complaint; Heathcote is only the sender.",
      q="pexa_staff"),
    S("ordinary", "pexa", ("staff", "cobboldreyes.co.uk", "Office Manager\nCobbold & Reyes"),
      ["Training session - no trainer turned up", "Thursday's new-user training"],
      "Three of our new starters logged on for the 'Getting started with PEXA' session on Thursday at 10:00 and "
      "waited forty minutes. Nobody joined and there was no email to say it had been cancelled. They then worked "
      "through the self-paced module instead, but the screenshots in it are from the old version of the platform and "
      "don't match what they see.\n\n"
      "We've lost a morning for three people and they still aren't ready to run matters. Please book them onto a live "
      "session this week and let me know when the module will be updated.",
      L(c=True, cat="training"),
      "A no-show trainer and outdated materials with a demand for a new session: an implicit complaint, category "
      "training.",
      q="pexa_staff"),
    S("ordinary", "pexa", ("consumer",),
      ["Completion delayed - mortgage money late", "Thames Valley still haven't released our mortgage"],
      "We were due to complete on our first home at noon today. Our solicitor says everything is ready in your system "
      "apart from the mortgage money from Thames Valley Mortgages, which still hasn't arrived. This is the second day "
      "in a row. The sellers are threatening to pull out and our removal firm is charging us for every extra day.\n\n"
      "Thames Valley keep saying the funds are 'in the queue'. Please can you chase them or tell us who there can "
      "actually sort this out? We are at the end of our tether.",
      L(c=True, cat="delay", firm="tvm"),
      "Buyers' implicit complaint that their lender is late releasing funds, purely about Thames Valley Mortgages "
      "(about_other_firm=tvm), category delay.",
      short=("Thames Valley funds STILL not through",
             "Second day our completion has failed because Thames Valley Mortgages haven't sent the money. Sellers "
             "threatening to walk. Who at TVM can fix this??"),
      q="pexa_consumer"),
    S("ordinary", "pexa", ("staff", "lindenwhyte.co.uk", "Accounts\nLinden Whyte Solicitors"),
      ["Thanks - fee credit received", "Duplicate invoice sorted"],
      "Just a quick note to say the duplicate workspace fee has now been credited to our account and the corrected "
      "invoice has arrived. Thanks to Priya in billing for sorting it so quickly. Nothing else needed from our side.",
      L(),
      "Thanks for a resolved billing issue with nothing still wrong is not a complaint.",
      q="pexa_staff"),
    S("ordinary", "pexa", ("consumer",),
      ["Please close my PEXA user account", "Left the firm - account deletion"],
      "I left Harlow Pryce Conveyancing at the end of last month and I'm retiring from practice, so I won't be using "
      "PEXA again. [[erasure|Please delete my user account and the personal details attached to it, including my "
      "mobile number and home email.]] My old firm's administrator has already removed me from their team list. "
      "Thank you for everything over the years.",
      L(r="erasure"),
      "A retiring user asks for deletion without any dissatisfaction: not a complaint, rights=erasure, no breach.",
      q="pexa_staff"),
    S("ordinary", "pexa", ("staff", "brightwaterlaw.co.uk", "Brightwater Law"),
      ["Complaint about support line waiting times", "Complaint - 52 minutes on hold"],
      "I'm complaining about how long it takes to get through to your support line. Today I was on hold for 52 "
      "minutes with a completion deadline approaching, and on Tuesday the call dropped after 35 minutes and I had to "
      "start again. The callback option said 'unavailable' both times.\n\n"
      "We are a small firm and can't have a fee earner sitting on hold for an hour. What are you doing about staffing, "
      "and is there a priority line for matters completing the same day?",
      L(c=True, ex=True, cat="wait_time"),
      "An explicit complaint about time spent on hold trying to reach support, category wait_time.",
      subj_only="Complaint: 52 mins on hold to your support line today, call dropped after 35 on Tuesday. Sort out your staffing",
      q="pexa_staff"),

    # ======================= Conexus: breaches =======================
    S("breach", "conexus", ("consumer",),
      ["Your message on our home phone", "Voicemail left on our landline"],
      "Someone from your office left a message on our home answerphone on Saturday. It gave my full name, said it was "
      "about money I owe Pennant Mobile, gave the amount, and said I needed to ring back 'to avoid further action'. My "
      "15-year-old son played it back before I got home, and then my wife heard it too. Neither of them knew about "
      "this debt; I was dealing with it myself.\n\n"
      "You have my mobile number and I have always answered it. Why was that message left on a shared landline, and "
      "what are you going to do to make sure it never happens again? I expect a proper reply.",
      L(c=True, pd=True, br=True, cat="personal_data"),
      "A voicemail revealing the debt and amount was heard by the debtor's family, a disclosure by Conexus (breach) "
      "in an implicit complaint about its data handling, category personal_data; Pennant is only the creditor named, "
      "so about_other_firm=null.",
      subj_only="who said u could leave a msg about my debt on our HOUSE phone?? my son heard the lot incl the amount. explain",
      style="plain", q="cx_debtor"),
    S("breach", "conexus", ("consumer",),
      ["Someone else's statement was in my envelope", "Extra letter in my post from you"],
      "Your letter to me dated the 3rd arrived today, and folded inside it was a statement for someone else, a Ms "
      "Dunmore in Wakefield, with her account number and balance on it. I've shredded it. I suppose if hers was in "
      "mine then someone may have mine, but I'm not making a fuss about it.\n\n"
      "[[access|While I'm in touch, please send me a copy of the information you hold on me, including my account "
      "notes and payment history.]] I'm getting my finances organised and it would help.\n\n"
      "My reference is {acct}.",
      L(br=True, r="access"),
      "Another debtor's statement was sent to the writer (breach=true), reported calmly without asking for a remedy, "
      "so not a complaint and personal_data=false; 'a copy of the information you hold on me' = access.",
      q="cx_debtor"),
    S("breach", "conexus", ("adviser",),
      ["Complaint: client's financial statement emailed to another agency",
       "Formal complaint re {client} - documents sent to the wrong organisation"],
      "I am the money adviser for {client} (your reference {acct}) and you have her signed authority on file.\n\n"
      "Last Thursday your collections team emailed her income and expenditure statement, three months of her bank "
      "statements and a note about her mental health back to the adviser they thought had sent them, except that "
      "they replied to a caseworker at a different advice charity in another county. That caseworker has told us and "
      "deleted them, but the documents should never have left your office.\n\n"
      "Please treat this as a formal complaint and a data breach report on my client's behalf. She would like a "
      "written explanation, an apology and confirmation of what you are changing. She is very distressed at the "
      "thought of strangers reading about her health.",
      L(c=True, ex=True, pd=True, br=True, tp=True, cat="personal_data"),
      "Conexus sent a client's financial and health details to the wrong organisation (breach); the money adviser "
      "writes on her behalf (third_party) and calls it a formal complaint, so explicit, personal_data=true, category "
      "personal_data.",
      q="cx_rep"),
    S("breach", "conexus", ("relative",),
      ["Calls to my husband's work", "Please stop ringing my husband at his workplace"],
      "I'm writing for my husband, {client}, who has asked me to deal with this because he is too embarrassed. Your "
      "agents have been ringing the main number at the garage where he works, sometimes three or four times a day, "
      "asking for him. On Wednesday, when the receptionist said he was busy, your caller told her it was 'about an "
      "outstanding debt that needs settling today'. By lunchtime half the workshop knew.\n\n"
      "He has a payment plan with you and hasn't missed a payment. I want to know why you are calling his work at "
      "all, and I want it to stop. Please reply to me; he has signed the authority form you sent.",
      L(c=True, pd=True, br=True, tp=True, cat="collection_conduct"),
      "The main grievance is repeated calls to the debtor's workplace (collection_conduct), but telling the "
      "receptionist about the debt is a disclosure, so breach=true and personal_data=true; the wife writes on his "
      "behalf (third_party), and 'I want it to stop' is a conduct remedy, not a right.",
      q="cx_rep", wg="f", cg="m"),
    S("breach", "conexus", ("consumer",),
      ["Lumen Water sent my bill to my old flat", "Lumen gave my new address away"],
      "You are collecting a water debt for Lumen. I'm not disputing that I owe it. What I'm upset about is how Lumen "
      "handled my account before it came to you. When I moved out of the flat I shared with my ex-partner, I gave "
      "Lumen my new address and asked them to write to me only there. Their final bill went to the old flat instead, "
      "addressed to me, with my new address printed on it as the 'correspondence address'. My ex now knows where I "
      "live, which I had kept from him for good reasons.\n\n"
      "I've tried to raise this with Lumen and got nowhere. Please pass this on to them and ask them to contact me "
      "urgently.",
      L(c=True, pd=True, br=True, cat="personal_data", firm="lwt"),
      "The creditor's bill disclosed the debtor's new address to her ex-partner (breach); only Lumen can fix that root "
      "cause, so this implicit complaint is about_other_firm=lwt, personal_data=true, category personal_data.",
      q="cx_debtor"),
    S("breach", "conexus", ("consumer",),
      ["Logged in and saw someone else's account", "Your website showed me another person's details"],
      "I logged in to your online account page tonight to make my monthly payment and the page that came up wasn't "
      "mine. It had another man's name, his address in Sunderland, his balance with Northline Energy and his last few "
      "payments. I logged out straight away, logged back in, and then got my own account.\n\n"
      "I don't want to be able to see his details, and I definitely don't want him or anyone else to be able to see "
      "mine. Is my account showing up for other people? I want a straight answer on that, please, not a standard "
      "letter. [[restriction|Until you can confirm the fault is fixed, please stop showing my account details on "
      "the website at all.]]\n\nAccount {acct}.",
      L(c=True, pd=True, br=True, r="restriction", cat="personal_data"),
      "Conexus's portal exposed another debtor's details to the writer (breach) and he demands a straight answer "
      "about his own, an implicit personal_data complaint (Northline is the other debtor's creditor, so "
      "about_other_firm=null); 'stop showing my details until it is fixed' = restriction.",
      short=(None, "Logged into my account tonight and got some other bloke's page - name, address in Sunderland, "
                   "balance, payments. Can other people see MY account? Want an answer. [[restriction|Stop showing my "
                   "details online until you know it's fixed.]]"),
      q="cx_debtor"),
    S("breach", "conexus", ("staff", "northline-energy.co.uk", "Collections Partnerships Manager\nNorthline Energy"),
      ["Complaint - remittance file contained another client's debtors", "Complaint re March remittance file"],
      "Our finance team opened the remittance file you sent on Monday for March and found that roughly a third of the "
      "rows are not Northline customers. They appear to be debtors of a telecoms client of yours: names, addresses, "
      "balances and payment amounts for around 400 people.\n\n"
      "We have quarantined the file and will delete it once you confirm you need nothing further from us, but we are "
      "unhappy with how this happened and wish to complain formally. Our data protection officer will need a written "
      "account of the cause, confirmation of whether our own customers' records were sent to another client in the "
      "same way, and details of the controls you are putting in place.",
      L(c=True, ex=True, pd=True, br=True, cat="personal_data"),
      "Conexus sent 400 people's records to the wrong creditor client (breach); the creditor's manager complains "
      "formally for his own firm (explicit, not third_party, about_other_firm=null), category personal_data.",
      q="cx_client"),
    S("breach", "conexus", ("consumer",),
      ["You've been texting my old number", "Texts about my account going to a stranger"],
      "I changed my mobile number last year and told you at the time. You've carried on texting the old one, and "
      "whoever has that number now found me on Facebook and sent me a screenshot of your text showing my name and "
      "that I owe £1,380. He thought it was funny. I don't.\n\n"
      "[[rectification|Please update my mobile number to 07700 900418 and take the old one off my account.]] I want "
      "to know why my number wasn't changed when I first told you, and how many texts have gone to him.",
      L(c=True, pd=True, br=True, r="rectification", cat="personal_data"),
      "Texts naming the debtor and her balance went to a stranger on her old number (breach) after she had updated it, "
      "an implicit personal_data complaint; 'update my mobile number' = rectification.",
      q="cx_debtor"),
    S("breach", "conexus", ("public",),
      ["Found one of your visit lists in the street", "Paperwork of yours found on Holloway Road"],
      "This morning I picked up two sheets of paper from the pavement outside the newsagent on Holloway Road, Swindon. "
      "The header says Conexus and it is a list of about fifteen names and addresses with amounts of money and notes "
      "such as 'vulnerable - wife answers' and 'payment promised Friday'. I assume one of your people dropped it on "
      "their rounds.\n\n"
      "I've put it in an envelope and I'm happy to post it back or hand it in if you tell me where. I haven't shown it "
      "to anyone. I'm not after a reply beyond an address to send it to.",
      L(br=True),
      "A list of debtors' names, addresses and debts was lost in the street (breach=true); the finder only wants a "
      "return address, so not a complaint, category none, and not third_party.",
      short=("Your paperwork found in the street",
             "Found a printed list of your customers' names, addresses and debts on the pavement on Holloway Road. "
             "Where do you want it sent?"),
      q=None),
    S("breach", "conexus", ("solicitor",),
      ["Our client {client} - your ref {acct} - formal complaint"],
      "We act for {client} in connection with the above account and enclose her signed authority.\n\n"
      "On 9 May a person called your helpline claiming to be our client. It was in fact her former partner, against "
      "whom she holds a non-molestation order. From what he has since repeated to her, your agent confirmed her "
      "current address, her balance and the date of her next payment. He had none of that information before the "
      "call.\n\n"
      "This is a formal complaint. Our client's safety has been put at risk by a disclosure that your own security "
      "checks should have prevented, and the data protection implications are obvious. [[access|Under Article 15, "
      "please provide our client with a copy of all personal data you hold about her, including the recording and "
      "notes of the call on 9 May.]] Please also confirm within seven days what steps you have taken to protect her "
      "account.",
      L(c=True, ex=True, pd=True, br=True, tp=True, r="access", cat="personal_data"),
      "Conexus disclosed the client's address and account to her ex-partner posing as her (breach); her solicitor "
      "writes a formal complaint for her (third_party, explicit, personal_data) and asks under Article 15 for a copy "
      "of her data and the call recording = access.",
      style="formal", q="cx_rep"),
    S("breach", "conexus", ("mp",),
      ["Constituent: {client}", "Our constituent {client} - letter sent to a former address"],
      "I am writing on behalf of {client}, a constituent of {mp}, who has contacted our office in considerable "
      "distress.\n\n"
      "{cfirst} moved home in the autumn and updated her address with you in November; she has a copy of the email "
      "confirming it. In February a letter from Conexus about her account was nevertheless sent to her previous "
      "address. The new occupants opened it and posted a photograph of it, with her name and the amount owed clearly "
      "readable, on a community Facebook page with a mocking comment. It was shared widely before it was removed.\n\n"
      "{mp} would be grateful for an explanation of why the old address was used, what you will do to put things "
      "right with {cfirst}, and what has been done to prevent a repeat. Please reply to this office.",
      L(c=True, pd=True, br=True, tp=True, cat="personal_data"),
      "A letter sent to an old address after the update was opened and published by strangers (breach); the MP's "
      "caseworker writes for the constituent (third_party) and asks for an explanation and redress, an implicit "
      "complaint with personal_data=true, category personal_data.",
      style="formal", q="cx_rep"),
    S("breach", "conexus", ("consumer",),
      ["Is this letter genuine?", "Checking your letter is real after the Sterling Credit hack"],
      "Last month Sterling Credit Loans wrote to tell me that criminals had got into their systems and taken "
      "customers' names, addresses, dates of birth and loan details, and that mine were among them. They warned me to "
      "be careful of anyone contacting me about the loan.\n\n"
      "This week I've had a letter from Conexus saying you are now collecting that same loan for Sterling. Given what "
      "happened I'm being cautious. Could you confirm the letter really is from you, and tell me the safest way to get "
      "in touch? The reference on it is {acct}.",
      L(br=True),
      "The message tells of the creditor's customer data being stolen, so breach=true, but it only asks Conexus to "
      "confirm its letter is genuine, a neutral enquiry with no dissatisfaction (complaint=false, category none).",
      q="cx_debtor"),
    S("breach", "conexus", ("consumer",),
      ["letter to my WORK", "why is my debt showing on the outside of the envelope"],
      "why have you sent a letter to my work address. i never gave it to you. the window on the envelope shows my name "
      "and 'Balance outstanding £2,215.40' so anyone could read it, and my manager did because she sorts the post. "
      "surely thats a breach of something.\n\n"
      "now the whole office knows. [[informed|i want to know where you got my work address from and what gives you "
      "the right to use it.]] and why is the amount showing through the window. sort it out",
      L(c=True, pd=True, br=True, r="informed", cat="personal_data"),
      "A balance visible through the envelope window and read by the debtor's manager is a disclosure (breach) in an "
      "angry implicit complaint about data handling; asking where the work address came from and on what basis it "
      "is used = informed.",
      style="casual", q="cx_debtor"),

    # ======================= Conexus: look-alikes =======================
    S("lookalike", "conexus", ("consumer",),
      ["You broke your word", "Hold on my account - letter sent anyway"],
      "On the phone on Monday your agent, Darren, agreed to put my account on hold for 30 days so I could get an "
      "appointment with a debt adviser. He said nothing would be sent in that time. On Wednesday I received a letter "
      "saying that if I don't pay in full within seven days the matter 'may be passed for further action'.\n\n"
      "That is a clear breach of what I was promised, and it has caused me a lot of worry when I'm already struggling. "
      "I want the hold put back in place as agreed and an explanation of why the letter went out.\n\nRef {acct}",
      L(c=True, cat="collection_conduct"),
      "'Breach' of a promised hold is not a data breach (breach=false); pursuing the debt during an agreed hold is an "
      "implicit complaint about collection_conduct with no personal data involved.",
      q="cx_debtor"),
    S("lookalike", "conexus", ("consumer",),
      ["Please don't contact my ex-husband", "Contact details on my account"],
      "Just to let you know, my ex-husband and I separated last year and he has nothing to do with this account, "
      "which is in my sole name. I'm mentioning it because his name and number may still be on file from when we lived "
      "together. Please don't contact him about it; any letters or calls should come to me only, at this address or "
      "on my mobile.\n\n"
      "Nothing has gone wrong, I just want to make sure it doesn't. My reference is {acct}.",
      L(),
      "A calm request not to contact someone, with nothing disclosed (breach=false), is not a complaint, and a "
      "contact instruction is a conduct request, not a data right.",
      short=("Don't contact my ex please",
             "Please don't contact my ex-husband about my account, it's in my name only and nothing to do with him. "
             "Ref {acct}."),
      q="cx_debtor"),
    S("lookalike", "conexus", ("consumer",),
      ["Wrong name and date of birth on your letters", "Your letters still use my old name"],
      "Every letter you send me is addressed to Mrs Haslam. I haven't been Haslam for six years, I went back to my "
      "maiden name after my divorce, and I've told your phone team twice. Your latest letter also gives my date of "
      "birth as 1976 when I was born in 1979. Only I see these letters, but it's upsetting to be called by my "
      "ex-husband's name every month, and I'm worried the wrong date of birth will cause problems if anything about "
      "this account is reported.\n\n"
      "[[rectification|Please correct my surname to {last} and my date of birth to 14 March 1979 on all your "
      "records.]] I'd like written confirmation once it is done, since telling your staff on the phone clearly "
      "hasn't worked.",
      L(c=True, pd=True, r="rectification", cat="personal_data"),
      "Inaccurate data shown only to the writer is not a breach (breach=false); repeated failure to fix it with a "
      "demand is an implicit personal_data complaint; 'correct my surname and date of birth' = rectification.",
      q="cx_debtor", wg="f"),
    S("lookalike", "conexus", ("consumer",),
      ["Is this text from you?", "Text message asking me to pay by link"],
      "I got a text this afternoon that says it's from Conexus. It says my account is 'in default' and that I must pay "
      "£89.99 today through a link to avoid 'enforcement agents attending'. The link is a shortened web address, not "
      "your website. I haven't clicked it.\n\n"
      "I do have an account with you and I pay by standing order every month, so I'm fairly sure this is a scam, but "
      "I'd like you to confirm. Do you ever send payment links by text? Ref {acct}.",
      L(),
      "A scam text reported with nothing given away is not a breach, and a neutral question is not a complaint.",
      subj_only="got a text 'from Conexus' with a pay link for £89.99 - is it real or a scam? havent clicked it",
      q="cx_debtor"),
    S("lookalike", "conexus", ("consumer",),
      ["Your phone security is far too weak", "Anyone could get into my account with your checks"],
      "When I rang yesterday the only thing your agent asked before going through my whole account, balance, payments, "
      "everything, was my postcode. That's it. My postcode is on every parcel that comes to my house. My "
      "brother-in-law, who I don't get on with, knows it. Anyone could ring up pretending to be me.\n\n"
      "Nothing has happened as far as I know, but I'm not happy that this is all that stands between my account and "
      "anyone who fancies a look. I want you to add a password to my account and tell me what your checks are "
      "supposed to be.",
      L(c=True, cat="process"),
      "A security check the writer finds too easy, with nothing disclosed (breach=false, personal_data=false); "
      "dissatisfaction with the procedure itself plus a demand make an implicit complaint, category process.",
      q="cx_debtor"),
    S("lookalike", "conexus", ("consumer",),
      ["Why did you tell Pennant about my health?", "My medical details passed on"],
      "When I set up my payment plan with you in January I explained, in confidence, that I was being treated for "
      "depression and that was why I'd fallen behind. Last week Pennant Mobile rang me about a new phone contract and "
      "the person mentioned my 'mental health situation', saying they had been informed by their collection "
      "agency.\n\n"
      "I understand you act for Pennant on my old account, but I told you that to explain my circumstances, not so it "
      "could reach their sales team. [[objection|I object to my health information being shared with Pennant or "
      "anyone else for any reason other than managing this debt.]] I want an explanation of why it was passed on.",
      L(c=True, pd=True, r="objection", cat="personal_data"),
      "Conexus shared health details with the creditor it acts for, an unexpected use rather than a disclosure to the "
      "wrong person (breach=false); an implicit personal_data complaint about Conexus's own sharing "
      "(about_other_firm=null); 'I object to ... being shared' = objection.",
      q="cx_debtor"),
    S("lookalike", "conexus", ("consumer",),
      ["Change of address - please email instead", "New address from next month"],
      "I'm moving on the 1st into a shared house where all the post lands on one mat and gets left on the hall table. "
      "I'd rather my housemates didn't see letters from a debt collector, so I'm getting in touch before anything is "
      "sent.\n\n"
      "[[rectification|Please change my address on your records to Flat 3, 22 Corrie Street, Preston PR1 4TY from the "
      "1st.]] If you can, I'd much rather get everything by email to this address than by post. Thanks.",
      L(r="rectification"),
      "Only a fear that letters might be seen by housemates, nothing disclosed (breach=false) and no dissatisfaction, "
      "so not a complaint; 'change my address on your records' = rectification.",
      q="cx_debtor"),
    S("lookalike", "conexus", ("consumer",),
      ["Message from your agent on Facebook", "Why are you contacting me on Facebook?"],
      "Last night I got a private message on Facebook from someone saying they work for Conexus and asking me to call "
      "about 'an outstanding matter'. I checked the number and it is yours. I've never given you my Facebook, and my "
      "profile is under a nickname.\n\n"
      "Nobody else saw the message as far as I know, but I find it creepy that you went looking for me there. "
      "[[informed|I want to know how you found my profile and why you think you are allowed to contact me that "
      "way.]]",
      L(c=True, pd=True, r="informed", cat="personal_data"),
      "Data obtained and used unexpectedly but sent privately to the writer alone, not disclosed (breach=false); an "
      "implicit personal_data complaint; how the profile was found and on what basis = informed.",
      q="cx_debtor"),
    S("lookalike", "conexus", ("adviser",),
      ["Complaint - refusal of token payments for {client}", "{client} ({acct}): complaint about refused token offer"],
      "I act for {client}, whose signed authority you hold. On 2 April I sent you a full financial statement showing "
      "a monthly surplus of £6 and offered £1 a month as a token payment while her circumstances are reviewed in six "
      "months. Your agent refused the offer, told her by phone that token payments 'aren't accepted on this "
      "portfolio', and suggested she borrow from family.\n\n"
      "In my view this is a breach of your obligations under CONC 7 to consider reasonable offers and to show "
      "forbearance to customers in financial difficulty. Please treat this as a complaint and review the decision. "
      "Until then I'd ask that collection activity is put on hold.",
      L(c=True, ex=True, tp=True, cat="collection_conduct"),
      "'Breach' of the conduct rules is not a data breach; the money adviser's explicit complaint on the client's "
      "behalf (third_party) is about how the debt is pursued, category collection_conduct.",
      q="cx_rep"),
    S("lookalike", "conexus", ("staff", "westbury.gov.uk", "Recovery Officer\nWestbury Council Tax Services"),
      ["Secure transfer of placement files", "Moving placement files off email"],
      "At the moment our team sends you new placements each week as a password-protected spreadsheet by email. "
      "Nothing has gone wrong, but with staff changes on both sides I'm uneasy that one day a file of council tax "
      "debtors could go to the wrong address by mistake.\n\n"
      "Do you offer a secure file transfer option, such as SFTP or a portal upload, for clients? If so, could you send "
      "me details of how to set it up and what it would cost?",
      L(),
      "A creditor client's fear that a file could one day be misdirected, with nothing lost (breach=false), is a "
      "neutral enquiry, not a complaint.",
      q="cx_client"),

    # ======================= Conexus: ordinary mail =======================
    S("ordinary", "conexus", ("consumer",),
      ["This debt isn't right - Pennant kept billing me", "Pennant Mobile account - I cancelled in 2024"],
      "Your letter says I owe Pennant Mobile £412.60. I cancelled my contract with Pennant in August 2024 at the end "
      "of the minimum term, and I have their cancellation email. They carried on billing me for another eight months "
      "for a line I wasn't using, and that is what this 'debt' is.\n\n"
      "I've told Pennant this twice. Please send this back to them and stop chasing me for money I don't owe until "
      "they sort out their own bills.",
      L(c=True, cat="debt_dispute", firm="pmt"),
      "The debt exists only because the creditor kept billing after cancellation, a root cause only Pennant can fix, "
      "so an implicit complaint with about_other_firm=pmt, category debt_dispute.",
      q="cx_debtor"),
    S("ordinary", "conexus", ("consumer",),
      ["Payment offer rejected by your website", "Could someone look at my offer?"],
      "I used the budget planner on your website last night and offered £35 a month towards my account. It came back "
      "straight away saying the offer was 'below the acceptable threshold' and suggested £90. "
      "[[automated_decision|Could a member of your team look at my offer instead of the website deciding?]] I can "
      "send my income and outgoings if that helps. Ref {acct}.",
      L(r="automated_decision"),
      "A polite request for a person to review an automatic rejection, with no dissatisfaction expressed, is not a "
      "complaint; rights=automated_decision.",
      q="cx_debtor"),
    S("ordinary", "conexus", ("adviser",),
      ["Still waiting - {client} {acct}", "Third chase: proposal for {client}"],
      "I sent a repayment proposal for {client} on 3 March, with a financial statement, and chased it on 24 March and "
      "8 April. It is now six weeks and we have had no response at all, while her account keeps receiving arrears "
      "letters. Please let me have a decision on the proposal, and put the account on hold until you do.",
      L(c=True, tp=True, cat="delay"),
      "A money adviser's 'still waiting' chaser for a client is an implicit complaint about delay, third_party=true.",
      q="cx_rep"),
    S("ordinary", "conexus", ("consumer",),
      ["Complaint about how I was spoken to", "Complaint about your phone agent"],
      "I'd like to complain about the call I had with your office on Friday morning. I rang because your letter "
      "mentioned two accounts and I only know of one. Instead of checking, the agent sighed, told me to 'read the "
      "letter properly', then put me on hold and never came back. When I rang again someone else told me the second "
      "account was a system duplicate.\n\n"
      "I was polite throughout and was treated like a nuisance for asking a reasonable question. I'd like an apology "
      "and for whoever it was to be spoken to.",
      L(c=True, ex=True, cat="service_quality"),
      "An explicit complaint about an unhelpful, dismissive agent answering a query, category service_quality.",
      q="cx_debtor"),
    S("ordinary", "conexus", ("consumer",),
      ["What is this £45 trace fee?", "Fee added to my balance"],
      "My latest statement shows a £45 'trace fee' added to my balance. I haven't moved house in nine years and I've "
      "written to you from this address every time. You didn't need to trace anything. Please take the fee off and "
      "explain why it was added.",
      L(c=True, cat="fees_charges"),
      "An added fee challenged with a demand to remove it is an implicit complaint, category fees_charges.",
      subj_only="£45 trace fee added to my balance?? same address 9 yrs, take it off",
      q="cx_debtor"),
    S("ordinary", "conexus", ("consumer",),
      ["Request for my account information", "Copy of my data for my debt relief order"],
      "I'm applying for a debt relief order with the help of an adviser and we're collecting paperwork. "
      "[[access|Please send me a copy of all the personal information you hold about me, including call notes and "
      "letters.]] [[portability|My payment history would be most useful as a spreadsheet file such as CSV, so my "
      "adviser can load it straight into her budgeting software.]] Email is fine. Reference {acct}.",
      L(r="access,portability"),
      "Rights requested with no dissatisfaction: not a complaint; a copy = access, a CSV to load into other software = "
      "portability; he only mentions his adviser, so not third_party.",
      q="cx_debtor"),
    S("ordinary", "conexus", ("staff", "sterlingcredit.co.uk", "Treasury Operations\nSterling Credit Loans"),
      ["Late remittances again", "February and March remittances both late"],
      "For the second month running, the remittance due to us on the 5th didn't arrive until the 19th. Our treasury "
      "team plans cash around that date and we've had to explain the gap to our auditors twice now. Nobody told us in "
      "advance either time.\n\n"
      "Can you explain what went wrong and confirm that the April remittance will be on time? If there's a recurring "
      "problem we need to know about it.",
      L(c=True, cat="delay"),
      "A creditor client's implicit complaint that remittances are late, category delay; Sterling is the sender, "
      "not the subject, so about_other_firm=null.",
      q="cx_client"),
]

KEYWORDS = re.compile(r"breach|data protection|gdpr", re.I)


# ---------------------------------------------------------------------------------------------
# rendering


def person(rng, g=None):
    first = rng.choice({"f": FIRST_F, "m": FIRST_M}.get(g, FIRST_F + FIRST_M))
    return first, rng.choice(LAST)


def address(rng, first, last, domain, work=False):
    f, l = first.lower(), last.lower()
    form = rng.choice((0, 1, 3)) if work else rng.randrange(4)
    if form == 0:
        local = f"{f}.{l}"
    elif form == 1:
        local = f"{f[0]}{l}"
    elif form == 2:
        local = f"{f}{l}{rng.randrange(10, 99)}"
    else:
        local = f"{l}.{f[0]}"
    return f"{local}@{domain}"


def quote_pool(sc):
    if sc["q"] != "auto":
        return sc["q"]
    raise ValueError(f"scenario without quote pool: {sc['sub'][0]}")


def pick_envs(rng, sc):
    envs = []
    if sc["subj_only"]:
        envs.append("subject_only")
    elif sc["short"]:
        envs.append("short")
    pool = [(e, w) for e, w in ENV_WEIGHTS if sc["q"] is not None or "reply" not in e]
    while len(envs) < 2:
        cand = [(e, w) for e, w in pool if e not in envs]
        x = rng.uniform(0, sum(w for _, w in cand))
        for e, w in cand:
            x -= w
            if x <= 0:
                break
        envs.append(e)
    return envs


def render(rng, sc, n, env):
    mb, who = sc["mb"], sc["who"]
    first, last = person(rng, sc["wg"])
    name = f"{first} {last}"
    cfirst, clast = person(rng, sc["cg"])
    if who[0] == "relative":
        clast = last  # a relative writing for a spouse or parent shares the surname here
    mpf, mpl = person(rng)
    org, org_domain = rng.choice(SOLICITOR_ORGS if who[0] == "solicitor" else ADVICE_ORGS)
    ctx = dict(name=name, first=first, last=last, client=f"{cfirst} {clast}", cfirst=cfirst,
               acct=f"CX-{rng.randrange(1000000, 9999999)}", ws=f"{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}",
               mp=f"{mpf} {mpl} MP", org=org)
    kind = who[0]
    if kind in ("consumer", "public", "relative"):
        email = address(rng, first, last, rng.choice(PERSONAL_DOMAINS))
        sig = rng.choice([name, name, first, f"{first[0]}. {last}"])
        if kind == "relative" and sig == first:
            sig = name
    elif kind == "staff":
        email = address(rng, first, last, who[1], work=True)
        sig = name + "\n" + who[2]
    elif kind == "adviser":
        email = address(rng, first, last, org_domain, work=True)
        sig = f"{name}\nMoney Adviser\n{org}"
    elif kind == "solicitor":
        email = address(rng, first, last, org_domain, work=True)
        sig = f"{name}\nAssociate Solicitor\n{org}"
    else:  # mp
        email = f"{first.lower()}.{last.lower()}@parliament.uk"
        sig = f"{name}\nCaseworker to {ctx['mp']}\nHouse of Commons, London SW1A 0AA"
    style = sc["style"]

    if env == "subject_only":
        subject, body = sc["subj_only"].format(**ctx), ""
    elif env == "short":
        s_sub, s_body = sc["short"]
        subject = (s_sub or rng.choice(sc["sub"])).format(**ctx)
        body = s_body.format(**ctx) + "\n\n" + rng.choice([first, name, f"{first[0]}"])
    else:
        subject = rng.choice(sc["sub"]).format(**ctx)
        core = sc["body"].format(**ctx)
        if env.startswith("typos"):
            core = typos_outside_marks(core, rng, MARK_RIGHTS, 0.35)
        greet = rng.choice(GREET[style] if style in ("formal", "casual") else GREET[mb])
        off = rng.choice(SIGNOFF[style])
        body = (greet + "\n\n" if greet else "") + core + "\n\n" + (off + "\n" if off else "") + sig

    quote = None
    if env.endswith("reply"):
        head_from, text = rng.choice(QUOTES[quote_pool(sc)])
        d = f"{rng.randrange(1, 29)} {rng.choice(MONTHS)} 2026"
        head = f"On {d}, {head_from} wrote:"
        assert len(head) - len("On  wrote:") <= 74, head
        quote = (head, text)
    subject_marks, body_marks = rights_marks_of(subject), rights_marks_of(body)
    return finish_marked_record(
        rng, mailbox=mb, sender=f"{name} <{email}>", subject=strip_marks(subject, MARK_RIGHTS),
        body=strip_marks(body, MARK_RIGHTS), html=env.startswith("html"), quote=quote, subject_marks=subject_marks,
        body_marks=body_marks, labels=sc["lab"], note=sc["note"], source=f"{PREFIX}-s{n:03d}", env=env)


def check_scenarios():
    """The mix of the brief and the scenario-level label rules a record check cannot see."""
    kinds = {}
    for sc in SCENARIOS:
        kinds.setdefault((sc["kind"], sc["mb"]), 0)
        kinds[(sc["kind"], sc["mb"])] += 1
        lab = sc["lab"]
        got = sorted({r for r, _ in rights_marks_of(sc["body"])})
        assert got == sorted(lab["rights"]), (sc["sub"][0], got, lab["rights"])
        assert lab["breach"] == (sc["kind"] == "breach"), sc["sub"][0]
        assert all(r in RIGHTS for r in lab["rights"])
    assert kinds == {("breach", "pexa"): 13, ("breach", "conexus"): 13, ("lookalike", "pexa"): 10,
                     ("lookalike", "conexus"): 10, ("ordinary", "pexa"): 7, ("ordinary", "conexus"): 7}, kinds
    # short and subject-only versions must carry the scenario's marks too
    for sc in SCENARIOS:
        for t in ([sc["short"][1]] if sc["short"] else []) + ([sc["subj_only"]] if sc["subj_only"] else []):
            assert sorted({r for r, _ in rights_marks_of(t)}) == sorted(sc["lab"]["rights"]), sc["sub"][0]


def build(rng):
    check_scenarios()
    records = []
    for n, sc in enumerate(SCENARIOS, 1):
        for env in pick_envs(rng, sc):
            records.append(render(rng, sc, n, env))
    # at most 6 breach scenarios use "breach", "data protection" or "GDPR" anywhere in their new text
    kw = {r["source"] for r in records
          if r["labels"]["breach"] and KEYWORDS.search(new_text(r) + " " + r["body"])}
    assert len(kw) <= 6, sorted(kw)
    return records


def summary(records, env_counts):
    kind = {f"{PREFIX}-s{n:03d}": sc["kind"] for n, sc in enumerate(SCENARIOS, 1)}
    src = {}
    for r in records:
        src.setdefault(r["source"], r["labels"])
    out = [f"wrote {os.path.relpath(OUT, ROOT)}: {len(records)} emails, {len(src)} scenarios"]
    for k in ("breach", "lookalike", "ordinary"):
        s = [x for x in src if kind[x] == k]
        out.append(f"  {k}: {len(s)} scenarios, {sum(kind[r['source']] == k for r in records)} emails")
    for lab in ("complaint", "explicit", "personal_data", "breach", "third_party"):
        out.append(f"  {lab}: {sum(r['labels'][lab] for r in records)} emails, "
                   f"{sum(v[lab] for v in src.values())} scenarios")
    for right in RIGHTS:
        out.append(f"  right {right}: {sum(right in r['labels']['rights'] for r in records)} emails, "
                   f"{sum(right in v['rights'] for v in src.values())} scenarios")
    out.append(f"  mailboxes: pexa {sum(r['mailbox'] == 'pexa' for r in records)}, "
               f"conexus {sum(r['mailbox'] == 'conexus' for r in records)}")
    out.append("  envelopes: " + ", ".join(f"{k} {v}" for k, v in sorted(env_counts.items())))
    return "\n".join(out)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=marked_record_errors)


if __name__ == "__main__":
    sys.exit(main())
