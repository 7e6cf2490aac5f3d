#!/usr/bin/env python3
"""Thin-text evaluation set A (tja): mail in which the sender wrote almost nothing of their own.

60 scenarios (30 pexa, 30 conexus), each rendered twice with different envelopes (sender, plain or HTML,
forward/quote style, covering words, signature, dates): 120 emails in data/trials/thin_judge_a.jsonl.

* Group F (26): the sender forwards or replies to other mail and adds nothing or one or two words. What is
  carried varies: a consumer's complaint about this firm or about another firm (in the directory or not), a
  data-rights request, a personal-data breach, an enquiry or instruction, a thank-you, a system notification, and
  the receiving firm's own earlier letter answered with nothing or one or two words.
* Group N (18): almost nothing and nothing carried: an empty body under a one- or two-word subject, a body of one
  or two words, a message in another language or script, a signature block only.
* Group C (16): controls with short text of the sender's own (3 to 25 words), some with quoted history.

Every label is decided per scenario (both renderings share it) by the labelling guide, reading the whole message as
a complaints officer would; each scenario's `note` gives the rule used. Every person, address and reference
is invented. Stdlib only; the output is fixed by SEED.

Usage:  .venv/bin/python data/make/make_thin_judge_a.py
"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import escape_html, quote_lines, record_errors, run_generator, short_labels  # noqa: E402

SEED = 20271107
PREFIX = "tja"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "thin_judge_a.jsonl")

FWD_STYLES = ("outlook_fw", "gmail_fwd", "apple_fwd")
RE_STYLES = ("outlook_re", "gmail_re", "apple_re")

PEXA_SUPPORT = "PEXA Support <support@pexa.co.uk>"
PEXA_RELATIONS = "PEXA Customer Relations <customer.relations@pexa.co.uk>"
PEXA_BILLING = "PEXA Billing <billing@pexa.co.uk>"
PEXA_NOTIFY = "PEXA Notifications <no-reply@notifications.pexa.co.uk>"
CX_SERVICES = "Conexus Customer Services <customerservices@conexus-services.com>"
CX_RELATIONS = "Conexus Customer Relations <customer.relations@conexus-services.com>"

IPHONE = "Sent from my iPhone"
ANDROID = "Sent from Outlook for Android"


# ---------------------------------------------------------------------------------------------
# scenarios
#
# Keys: sid, group (F/N/C), mailbox, senders [(display, address), ...] (the two renderings use different ones),
# labels, note, and either
#   carried: {"from", "to", "subject", "text", "days_ago"} ("{me}" = this rendering's sender) with
#            styles (forward or reply styles) and covers (the sender's own words, "" = nothing), or
#   subjects + texts (no carried mail; a text may be "").
# Optional: sigs (signature blocks, "" = none), headers (one dict per rendering, in order), html (force plain
# or HTML: None = random).

def fwd(frm, to, subject, text, days_ago=(1, 6)):
    return {"from": frm, "to": to, "subject": subject, "text": text, "days_ago": days_ago}


SCENARIOS = [
    # ======================================= group F: pexa =======================================
    dict(
        sid=1, group="F", mailbox="pexa",
        senders=[("Megan Tolland", "megan.tolland@gmail.com"), ("megan tolland", "megtolland@outlook.com"),
                 ("Megan T", "megan.tolland@gmail.com")],
        styles=FWD_STYLES, covers=["", "", "FYI", "See below", "Fwd"], sigs=["", IPHONE],
        carried=fwd("{me}", "Priya Lal <p.lal@orchardlanesolicitors.co.uk>", "14 Quarry Bank - exchange",
                    "Dear Priya,\n\nI have now left four voicemails and sent three emails since 9 May and heard "
                    "nothing back. The estate agent tells me the seller's side has been ready to exchange for a "
                    "fortnight, and they are now talking about putting the house back on the market. My mortgage "
                    "offer runs out on 30 June.\n\nPlease ring me today and tell me what is holding this up.\n\n"
                    "Megan Tolland", (1, 3)),
        labels=short_labels(c=True, cat="delay", firm="ols"),
        note="A buyer forwarding, with nothing of her own, her unanswered chaser to her solicitor puts that grievance "
             "to PEXA: a consumer complaint purely about the participant firm's delay, identified by the "
             "@orchardlanesolicitors.co.uk address (rule 9, like lg-12), so about_other_firm=ols, delay, implicit."),
    dict(
        sid=2, group="F", mailbox="pexa",
        senders=[("Dominic Rayner", "dominic.rayner@heathcotebank.co.uk"),
                 ('"Rayner, Dominic"', "d.rayner@heathcote.co.uk")],
        styles=FWD_STYLES, covers=["Please investigate", "Please investigate.", "Pls investigate", "Please review"],
        sigs=["", "Dominic Rayner\nMortgage Completions | Heathcote Bank\n0345 071 3380"],
        carried=fwd("Alana Whitmore <whitmores.home@btinternet.com>",
                    "Heathcote Bank Mortgages <mortgages@heathcotebank.co.uk>",
                    "Our completion yesterday - 6 Fenwick Gardens",
                    "Hello,\n\nWe were due to complete on 6 Fenwick Gardens yesterday. At 2.30pm our solicitor rang "
                    "to say your money was sitting in the settlement system but the system itself had frozen and "
                    "nothing could be released until this morning. We spent the night in a Travelodge with two "
                    "children and a dog, and the removal firm has charged us £480 for an extra day.\n\nOur solicitor "
                    "says it was not her fault and not yours, it was the PEXA platform. Someone needs to explain "
                    "what happened and who is paying for this.\n\nAlana Whitmore"),
        labels=short_labels(c=True, cat="platform_defect"),
        note="A participant lender forwarding its borrower's account of a frozen settlement with 'Please investigate' "
             "raises a platform failure with PEXA as PEXA's own customer (rule 10): implicit complaint, "
             "platform_defect, about_other_firm=null, and third_party=false because the bank writes for itself."),
    dict(
        sid=3, group="F", mailbox="pexa",
        senders=[("Fiona Baird", "fiona.baird@greyfriarslaw.co.uk"),
                 ("Baird, Fiona (Greyfriars Law)", "f.baird@greyfriarslaw.co.uk")],
        styles=RE_STYLES, covers=["No", "No.", "Not accepted"],
        sigs=["", "Fiona Baird\nAssociate, Greyfriars Law LLP"],
        carried=fwd(PEXA_RELATIONS, "{me}", "Your complaint PX-C-30418 - our response",
                    "Dear Ms Baird,\n\nThank you for your patience while we looked into the £150 late lodgement "
                    "charge on workspace PX-2291-557.\n\nOur records show the lodgement documents were uploaded at "
                    "17:42 on 11 March, after the 17:00 deadline in the participant terms, so the charge was applied "
                    "correctly and we will not be removing it.\n\nPlease let us know by return whether you accept "
                    "this outcome. If you do not, we will pass your complaint to a senior manager for review.\n\n"
                    "Kind regards,\nHarriet Moss\nCustomer Relations, PEXA", (1, 4)),
        labels=short_labels(c=True, ex=True, cat="fees_charges"),
        note="'No' answers PEXA's own question whether she accepts the outcome, so her complaint about the charge "
             "stays open: complaint, fees_charges; explicit because the reply's own subject names it her complaint."),
    dict(
        sid=4, group="F", mailbox="pexa",
        senders=[("Callum Ferris", "callum@ferrislegal.co.uk"), ("Callum Ferris | Ferris Legal", "c.ferris@ferrislegal.co.uk")],
        styles=RE_STYLES, covers=["Thanks", "Thank you", "Many thanks", "Cheers"],
        sigs=["", "Callum Ferris\nFerris Legal\n01603 496 221"],
        carried=fwd(PEXA_SUPPORT, "{me}", "Your complaint PX-C-30977 - resolved",
                    "Hi Callum,\n\nFollowing your complaint about the missing remittance lines, our engineers found "
                    "the fault and the corrected settlement statement is now showing in workspace PX-3310-208. We "
                    "have also credited the £65 workspace fee as a goodwill gesture.\n\nI'll close the case now, but "
                    "do reply if anything still looks wrong.\n\nBest wishes,\nAmrit Gill\nPEXA Support", (0, 2)),
        labels=short_labels(),
        note="A one-word thank-you to PEXA's resolution of his complaint confirms the matter is settled, so it is not "
             "a complaint; the complaint wording is only in the firm's quoted letter and its subject (rule 5, lg-23)."),
    dict(
        sid=5, group="F", mailbox="pexa",
        senders=[("Graham Pettifer", "g.pettifer@talktalk.net"), ("graham pettifer", "grahampettifer61@gmail.com")],
        styles=RE_STYLES, covers=["Still nothing", "Still nothing.", "Nothing yet", "Still waiting"],
        sigs=["", IPHONE],
        carried=fwd(PEXA_RELATIONS, "{me}", "Your email about your remortgage",
                    "Dear Mr Pettifer,\n\nThank you for your email of 2 April about the delay to your remortgage.\n\n"
                    "PEXA provides the settlement platform used by your lender and your conveyancer, but we are not "
                    "able to look into the way Thames Valley Mortgages has handled your application. With your "
                    "agreement we passed your email to their customer care team on 4 April, and they have told us "
                    "they will contact you directly.\n\nYours sincerely,\nPEXA Customer Relations", (70, 74)),
        labels=short_labels(c=True, cat="delay", firm="tvm"),
        note="'Still nothing' weeks after PEXA passed his grievance to his lender is a still-waiting chaser (rule 6) "
             "whose subject is the lender's silence, a consumer complaint that belongs to Thames Valley Mortgages "
             "(rule 10): about_other_firm=tvm, delay, implicit."),
    dict(
        sid=6, group="F", mailbox="pexa",
        senders=[("Tariq Mansoor", "tariq.mansoor@icloud.com"), ("Tariq Mansoor", "t.mansoor84@yahoo.co.uk")],
        styles=FWD_STYLES, covers=["", "FYI", "fyi", "See below"], sigs=["", IPHONE],
        carried=fwd("{me}", "Brindley Hart Conveyancing <enquiries@brindleyhart.co.uk>", "File BH/22817 - 31 Sorrel Way",
                    "To the partner in charge,\n\nYour case handler, Ms Dean, put the phone down on me yesterday when "
                    "I asked for an update on my purchase. It is not the first time she has been short with me, and "
                    "nobody else in your office will take my calls.\n\nI want a different case handler and a proper "
                    "written update this week.\n\nTariq Mansoor", (1, 5)),
        labels=short_labels(c=True, cat="service_quality", firm="unknown"),
        note="A buyer forwarding, with nothing added, his own grievance about his conveyancer's rude and unhelpful "
             "case handler makes a consumer complaint purely about that firm, which is not in the directory "
             "(rule 11): about_other_firm=unknown, service_quality, implicit."),
    dict(
        sid=7, group="F", mailbox="pexa",
        senders=[("Shauna Kerrigan", "s.kerrigan@marshpenrose.co.uk"),
                 ("Shauna Kerrigan (Marsh & Penrose)", "shauna.kerrigan@marshpenrose.co.uk")],
        styles=FWD_STYLES, covers=["Again!!", "Again.", "AGAIN", "Again?!"],
        sigs=["", "Shauna Kerrigan\nSenior Conveyancer\nMarsh & Penrose Conveyancing"],
        carried=fwd(PEXA_NOTIFY, "{me}", "Workspace PX-4417-093: settlement unsuccessful",
                    "This is an automated message. Please do not reply.\n\nWorkspace: PX-4417-093\nProperty: 9 Hawthorn "
                    "Rise, Exeter EX4 7LP\nStatus: Settlement unsuccessful\nTime: 15:12\n\nFinancial settlement could "
                    "not be completed. No funds have been moved. Please review the workspace and reschedule "
                    "settlement.\n\nPEXA", (0, 1)),
        labels=short_labels(c=True, cat="platform_defect"),
        note="A person (not a machine) forwards PEXA's failed-settlement notice with 'Again': a negative judgement of "
             "a repeated failure sent to the complaints mailbox, so an implicit complaint about the platform "
             "(platform_defect); Marsh & Penrose is the complainant, so about_other_firm=null."),
    dict(
        sid=8, group="F", mailbox="pexa",
        senders=[("Kestrel Completions", "completions@kestrelbs.co.uk"),
                 ("Completions Team (Kestrel BS)", "completions.team@kestrelbs.co.uk")],
        styles=("outlook_fw",), covers=[""], sigs=[""],
        headers=[{"auto-submitted": "auto-forwarded", "x-ms-exchange-inbox-rules-loop": "completions@kestrelbs.co.uk"},
                 {"x-ms-exchange-generated-message-source": "Mailbox Rules Agent",
                  "x-auto-response-suppress": "All"}],
        carried=fwd(PEXA_NOTIFY, "{me}", "Workspace invitation: PX-5102-771",
                    "This is an automated message. Please do not reply.\n\nOrchard Lane Solicitors has invited Kestrel "
                    "Building Society to join workspace PX-5102-771 (Flat 3, 27 Mercer Street, Northampton NN1 4BH) "
                    "as incoming lender.\n\nLog in to PEXA to accept or decline the invitation.\n\nPEXA", (0, 0)),
        labels=short_labels(auto=True),
        note="A lender's mailbox rule forwarded a PEXA system notification with no human text (auto-forward "
             "headers): machine-produced end to end, so auto_generated=true and every other label empty (rule 7)."),
    dict(
        sid=9, group="F", mailbox="pexa",
        senders=[("Oliver Szabo", "oliver.szabo@kestrelbs.co.uk"), ('"Szabo, Oliver"', "o.szabo@kestrelbs.co.uk")],
        styles=FWD_STYLES, covers=["Please deal", "Please deal.", "For you."],
        sigs=["", "Oliver Szabo\nCustomer Relations Officer\nKestrel Building Society"],
        carried=fwd("Bernard Quayle <bquayle@gmail.com>", "Kestrel Building Society <mortgages@kestrelbs.co.uk>",
                    "Request for my information - PEXA",
                    "Dear Sir or Madam,\n\nYour letter says my remortgage completed through a system run by a company "
                    "called PEXA. I could not find an email address for them, so I am sending this to you and would "
                    "be grateful if you would pass it on.\n\nUnder data protection law I am asking PEXA for a copy of "
                    "all the personal information it holds about me in connection with the remortgage of 12 Linden "
                    "Court, Wellingborough, completed on 17 January.\n\nBernard Quayle\n12 Linden Court, "
                    "Wellingborough NN8 2QF", (1, 4)),
        labels=short_labels(r="access"),
        note="A lender passes on, with 'Please deal', a borrower's request addressed to PEXA for a copy of his data: "
             "rights=[access] for PEXA to act on, no dissatisfaction so not a complaint, and third_party=false "
             "because the lender is redirecting mail, not representing him."),
    dict(
        sid=10, group="F", mailbox="pexa",
        senders=[("Lorraine Ogunbiyi", "lorraine.ogunbiyi@hotmail.co.uk"), ("L Ogunbiyi", "l.ogunbiyi@outlook.com")],
        styles=RE_STYLES, covers=["Not acceptable", "Not acceptable.", "Unacceptable."], sigs=["", IPHONE],
        carried=fwd(PEXA_RELATIONS, "{me}", "Damage to your garden wall - 41 Anchor Street",
                    "Dear Ms Ogunbiyi,\n\nWe are sorry to hear that a van delivering furniture to our Anchor Street "
                    "office on 12 May struck your garden wall.\n\nAs the van and its driver belonged to our furniture "
                    "supplier rather than to PEXA, we are not able to pay for the repair. We suggest you contact the "
                    "supplier directly.\n\nYours sincerely,\nPEXA Customer Relations", (2, 6)),
        labels=short_labels(c=True, cat="other"),
        note="'Not acceptable' in reply to PEXA's own refusal to pay for damage by its delivery is dissatisfaction "
             "with PEXA's decision expecting it to be reconsidered: implicit complaint against PEXA itself "
             "(about_other_firm=null), category other because no service theme fits (like lg-10)."),
    dict(
        sid=11, group="F", mailbox="pexa",
        senders=[("Nadia Rahimi", "n.rahimi@rahimilaw.co.uk"), ("Rahimi & Co Accounts", "accounts@rahimilaw.co.uk")],
        styles=RE_STYLES + ("outlook_fw",), covers=["Please explain", "Please explain?", "Breakdown please"],
        sigs=["", "Nadia Rahimi\nPractice Manager, Rahimi & Co Solicitors"],
        carried=fwd(PEXA_BILLING, "{me}", "Invoice INV-UK-0525-4410 for May 2025",
                    "Dear customer,\n\nPlease find attached your invoice for May 2025.\n\nInvoice number: "
                    "INV-UK-0525-4410\nWorkspaces: 38\nAmount due: £1,007.00 (including VAT)\n\nPayment is due within "
                    "30 days by direct debit. If you have any questions about this invoice, please reply to this "
                    "email.\n\nPEXA Billing", (1, 5)),
        labels=short_labels(),
        note="Asking PEXA to explain or break down its own invoice, with no negative judgement, harm or disputed "
             "item, is a neutral enquiry (rule 1), so not a complaint, category none."),
    dict(
        sid=12, group="F", mailbox="pexa",
        senders=[("Rhian Pritchard", "rhian@penrhoslaw.co.uk"), ("Rhian Pritchard | Penrhos Property Law", "r.pritchard@penrhoslaw.co.uk")],
        styles=FWD_STYLES, covers=["FYI", "FYI :)", "Nice feedback!"],
        sigs=["", "Rhian Pritchard\nPenrhos Property Law"],
        carried=fwd("David Kettering <kettering.family@gmail.com>", "{me}", "Thank you!",
                    "Dear Rhian,\n\nJust a note to say thank you. We had the keys at 12.15 on the dot and the movers "
                    "said it was the smoothest completion they had seen all month. Whatever that online system is, it "
                    "worked a treat.\n\nWith best wishes,\nDavid and Sue", (0, 3)),
        labels=short_labels(),
        note="A law firm passes on its clients' thank-you with 'FYI': praise with nothing wrong and nothing asked, "
             "so not a complaint, category none."),
    dict(
        sid=13, group="F", mailbox="pexa",
        senders=[("Joel Pinnock", "joel.pinnock@callowayreid.co.uk"), ("Joel Pinnock (Calloway Reid)", "j.pinnock@callowayreid.co.uk")],
        styles=FWD_STYLES + ("gmail_re",), covers=["Not ours", "Not ours.", "Wrong firm"],
        sigs=["", "Joel Pinnock\nConveyancing Assistant, Calloway Reid Solicitors"],
        carried=fwd(PEXA_SUPPORT, "{me}", "Settlement statement - workspace PX-6630-415",
                    "Hi,\n\nAs requested, the settlement statement for workspace PX-6630-415 is below.\n\nVendors: "
                    "Mr Anthony Greaves and Mrs Paula Greaves\nProperty: 5 Ellerby Close, Harrogate HG2 9RT\nPurchase "
                    "price: £412,500.00\nRedemption to Beacon Home Finance: £188,240.17\nBalance to vendors' account "
                    "(sort code 20-41-77, account ****2291): £216,914.83\n\nKind regards,\nPEXA Support", (0, 1)),
        labels=short_labels(br=True),
        note="PEXA sent another firm's clients' settlement details to this firm, which reports it with 'Not ours': "
             "a personal data breach (breach=true), but no dissatisfaction or remedy is expressed, so not a "
             "complaint and personal_data=false (rule 13, like lg-32)."),
    # ======================================= group F: conexus =======================================
    dict(
        sid=14, group="F", mailbox="conexus",
        senders=[("Shannon Pryce", "shannon.pryce92@gmail.com"), ("Shannon Pryce", "shan.pryce@outlook.com")],
        styles=FWD_STYLES, covers=["", "", "Fwd", "See below", "FYI"], sigs=["", IPHONE],
        carried=fwd("{me}", "Marcus Hale <m.hale@conexus-services.com>", "Calls to my work",
                    "Marcus,\n\nI asked you on Monday not to ring me at work. Since then someone from your office has "
                    "phoned the salon reception twice and asked for me by name, and the second time told my manager "
                    "it was 'about an outstanding balance'. I've been called into the office over it.\n\nI am paying "
                    "£20 a month as agreed. Stop calling my work and tell me in writing that it won't happen again."
                    "\n\nShannon Pryce\nRef CX-4418260", (1, 4)),
        labels=short_labels(c=True, pd=True, br=True, cat="collection_conduct"),
        note="Forwarding her own unanswered email to an agent, with nothing added, puts it to the complaints "
             "mailbox: an implicit complaint about calls to her workplace (collection_conduct), and telling her "
             "manager about the balance is a disclosure, so breach=true and personal_data=true (like lg-33)."),
    dict(
        sid=15, group="F", mailbox="conexus",
        senders=[("Priti Sandhu", "priti.sandhu@northgatemoneyadvice.org.uk"),
                 ("Priti Sandhu (Northgate Money Advice)", "psandhu@northgatemoneyadvice.org.uk")],
        styles=FWD_STYLES, covers=["Please deal", "Please action", "Please deal."],
        sigs=["", "Priti Sandhu\nDebt Adviser, Northgate Money Advice\nRegistered charity no. 1164772"],
        carried=fwd("Derek Mallory <dmallory55@gmail.com>", "{me}", "Conexus letters still going to old flat",
                    "Hi Priti,\n\nConexus are still sending my letters to 2B Wharf Street even though I rang them in "
                    "March and again in May with my new address, and your authority letter has the new one on it as "
                    "well. The post redirect has caught them so far but it runs out on Friday.\n\nCan you get them to "
                    "put the right address on the account, 17 Corve Road, Ludlow SY8 1DH, and not send anything to "
                    "Wharf Street until they've done it?\n\nThanks\nDerek\nCX-5092218", (1, 3)),
        labels=short_labels(c=True, pd=True, r="rectification,restriction", tp=True, cat="personal_data"),
        note="A money adviser forwards her client's grievance with 'Please deal' (third_party): an implicit complaint "
             "that Conexus still holds a wrong address after two corrections (inaccurate data, personal_data, "
             "breach=false as nothing was disclosed), asking to correct it (rectification) and not use the old one "
             "meanwhile (restriction)."),
    dict(
        sid=16, group="F", mailbox="conexus",
        senders=[("Ruth Kinsella", "ruth.kinsella@northline-energy.co.uk"), ('"Kinsella, Ruth"', "r.kinsella@northlineenergy.co.uk")],
        styles=FWD_STYLES, covers=["Please deal", "For action", "Please action"],
        sigs=["", "Ruth Kinsella | Debt Recovery Partnerships | Northline Energy"],
        carried=fwd("Brian Oduya <brian.oduya@yahoo.com>", "Northline Energy <customerservice@northline-energy.co.uk>",
                    "Your debt collectors",
                    "I'm writing about the company you've passed my old account to, Conexus. A man from there rang "
                    "me on Saturday at 8.40 in the morning and said that if I didn't pay the full £936 by Wednesday he "
                    "would 'have bailiffs round' and I'd lose my car. I'm on Universal Credit and I told him that. He "
                    "said that wasn't his problem.\n\nI want this stopped and I want someone to tell me whether he can "
                    "actually do that.\n\nBrian Oduya\nAccount NE-77120394", (1, 4)),
        labels=short_labels(c=True, cat="collection_conduct"),
        note="A creditor client forwards its customer's grievance about a Conexus agent's threats for action: an "
             "implicit complaint about Conexus's own collection conduct (about_other_firm=null, the creditor is only "
             "the referrer); third_party=false because the creditor refers it as Conexus's client, not as the "
             "debtor's representative."),
    dict(
        sid=17, group="F", mailbox="conexus",
        senders=[("Kieran Lowther", "kieranlowther@hotmail.com"), ("Kieran Lowther", "k.lowther@gmail.com")],
        styles=FWD_STYLES, covers=["FYI", "fyi", "See below", "For info"], sigs=["", IPHONE],
        carried=fwd("{me}", "Pennant Mobile Customer Services <customer.services@pennantmobile.co.uk>",
                    "Charges after cancellation",
                    "I cancelled my contract by phone on 3 November and was given a cancellation reference "
                    "(PC-118470). You carried on billing me for four more months and have now passed the £173.40 to a "
                    "debt collector. I still have your confirmation text on my phone.\n\nRemove these charges and tell "
                    "the debt collector the account is cancelled.\n\nKieran Lowther", (2, 8)),
        labels=short_labels(c=True, cat="debt_dispute", firm="pmt"),
        note="Forwarding his own dispute with the creditor, with only 'FYI', the debtor challenges a balance made up "
             "of the creditor's billing after cancellation, which only Pennant Mobile can fix (rule 10): "
             "about_other_firm=pmt, debt_dispute, implicit."),
    dict(
        sid=18, group="F", mailbox="conexus",
        senders=[("Lydia Fairweather", "lydia.fairweather@btinternet.com"), ("Lydia Fairweather", "lfairweather@icloud.com")],
        styles=FWD_STYLES, covers=["See below", "See below.", "Below fyi"], sigs=["", IPHONE],
        carried=fwd("{me}", "Harcourt Broadband <help@harcourtbroadband.co.uk>", "Final bill - account HB-3301987",
                    "Hello,\n\nYour final bill charges me £96 for a router that I returned in your prepaid bag on 14 "
                    "August. I have the Royal Mail tracking showing it was delivered to your returns centre. You have "
                    "now handed the £96 to Conexus to collect.\n\nPlease take the charge off and confirm in writing "
                    "that I owe nothing.\n\nLydia Fairweather", (2, 6)),
        labels=short_labels(c=True, cat="debt_dispute", firm="unknown"),
        note="The forwarded grievance is the creditor's own charge for equipment already returned, which only the "
             "creditor can remove; Harcourt Broadband is not in the directory, so about_other_firm=unknown "
             "(rule 11), debt_dispute, implicit."),
    dict(
        sid=19, group="F", mailbox="conexus",
        senders=[("Carys Bevan", "carys.bevan@gmail.com"), ("Carys Bevan", "cbevan1979@outlook.com")],
        styles=FWD_STYLES, covers=["Chasing", "Chasing.", "Chasing again", "Still waiting"], sigs=["", IPHONE],
        carried=fwd("{me}", "Conexus Data Protection <dataprotection@conexus-services.com>",
                    "Subject access request - CX-3862095",
                    "Dear Data Protection Officer,\n\nPlease send me a copy of all the personal data you hold about "
                    "me, including notes on my account, letters and any recordings of phone calls. My account "
                    "reference is CX-3862095 and my date of birth is 14/08/1979.\n\nI would prefer to receive it by "
                    "email.\n\nCarys Bevan", (45, 60)),
        labels=short_labels(c=True, pd=True, r="access", cat="personal_data"),
        note="'Chasing' her own access request sent six to eight weeks earlier is a complaint that a data-rights "
             "request has been ignored (rule 12, personal_data=true) while still asking for the copy (access); "
             "category personal_data rather than delay because the specific data-handling theme wins (rule 16a)."),
    dict(
        sid=20, group="F", mailbox="conexus",
        senders=[("Terry Ashworth", "terry.ashworth@sky.com"), ("T Ashworth", "tashworth67@gmail.com")],
        styles=RE_STYLES, covers=["Can't afford", "Cant afford.", "Can't afford."], sigs=["", ANDROID],
        carried=fwd(CX_SERVICES, "{me}", "Your payment offer - CX-2947110",
                    "Dear Mr Ashworth,\n\nThank you for your offer of £10 per month towards the balance of £1,412.55 "
                    "owed to Sterling Credit Loans.\n\nBased on the income and expenditure details we hold, we are "
                    "unable to accept this offer. The lowest monthly payment we can agree is £60. Please call us on "
                    "0330 555 0182 or reply to this email to set up the new arrangement.\n\nYours sincerely,\n"
                    "Conexus Customer Services", (1, 4)),
        labels=short_labels(),
        note="'Can't afford' answering Conexus's counter-offer states his means within a payment negotiation, with no "
             "judgement of Conexus's conduct, so it is a reply to be handled as an enquiry, not a complaint."),
    dict(
        sid=21, group="F", mailbox="conexus",
        senders=[("Paulette Grant", "paulette.grant@virginmedia.com"), ("Paulette Grant", "pgrant@aol.com")],
        styles=RE_STYLES, covers=[""], sigs=["", IPHONE],
        carried=fwd(CX_RELATIONS, "{me}", "We have received your complaint - CX-COMP-61428",
                    "Dear Ms Grant,\n\nThank you for contacting us on 9 June. We have logged your complaint about the "
                    "calls made to your home under reference CX-COMP-61428.\n\nWe aim to resolve complaints by the end "
                    "of the next working day. If we need longer, we will write to you within 5 working days, and we "
                    "will send our final response within 8 weeks.\n\nYours sincerely,\nNadine Forsyth\nCompliance and "
                    "Risk, Conexus", (0, 2)),
        labels=short_labels(),
        note="A reply that adds nothing to Conexus's own acknowledgement raises nothing new (the complaint is already "
             "logged); the complaint wording is only in the quoted letter and its subject, so not a complaint."),
    dict(
        sid=22, group="F", mailbox="conexus",
        senders=[("Oluwaseun Adebisi", "seun.adebisi@gmail.com"), ("Seun Adebisi", "s.adebisi@hotmail.co.uk")],
        styles=RE_STYLES, covers=["Received, thanks", "Received thanks", "Noted, thanks"], sigs=["", IPHONE],
        carried=fwd(CX_RELATIONS, "{me}", "Final response - CX-COMP-60977",
                    "Dear Mr Adebisi,\n\nWe have completed our investigation into the concerns you raised on 21 May."
                    "\n\nWe agree that the £35 administration charge should not have been added to your account, and "
                    "it has now been removed. Your balance is £486.20 and your arrangement of £25 per month continues "
                    "unchanged.\n\nIf you are unhappy with this response you may refer the matter to the Financial "
                    "Ombudsman Service within six months.\n\nYours sincerely,\nNadine Forsyth", (0, 3)),
        labels=short_labels(),
        note="Acknowledging, with thanks, Conexus's final response that upheld his point leaves nothing outstanding, "
             "so not a complaint (rule 5)."),
    dict(
        sid=23, group="F", mailbox="conexus",
        senders=[("Gareth Pugh", "gareth.pugh@btinternet.com"), ("G Pugh", "garethpugh71@gmail.com")],
        styles=RE_STYLES, covers=["Already paid", "Paid already.", "Already paid!"], sigs=["", IPHONE],
        carried=fwd("Conexus Collections <collections@conexus-services.com>", "{me}",
                    "Notice before legal action - CX-8103376",
                    "Dear Mr Pugh,\n\nBalance: £742.18 owed to Westbury Council Tax Services\n\nWe have not received "
                    "payment or a proposal for payment despite our previous letters. Unless you pay the balance in "
                    "full or contact us within 14 days, we may recommend to our client that legal proceedings are "
                    "started, which could lead to further costs.\n\nConexus Collections", (1, 4)),
        labels=short_labels(c=True, cat="debt_dispute"),
        note="'Already paid' against Conexus's threat of legal action disputes the debt being pursued and implies it "
             "must stop: implicit complaint, debt_dispute, about_other_firm=null because the grievance is Conexus "
             "still pursuing it (rule 10, like lg-26)."),
    dict(
        sid=24, group="F", mailbox="conexus",
        senders=[("Hollie Marsden", "hollie.marsden@outlook.com"), ("Hollie Marsden", "holliem1990@gmail.com")],
        styles=("gmail_fwd", "outlook_fw", "gmail_re", "outlook_re"), covers=["Not mine", "Not me", "Wrong person"],
        sigs=["", IPHONE],
        carried=fwd(CX_SERVICES, "{me}", "Your statement - CX-5518034",
                    "Dear Mr Fenwick,\n\nAs requested, here is a statement of your account.\n\nAccount: CX-5518034\n"
                    "Client: Lumen Water\nAddress: 88 Tenter Lane, Halifax HX1 5PD\nBalance outstanding: £612.40\n"
                    "Last payment: £15.00 on 3 June\n\nYours sincerely,\nConexus Customer Services", (0, 2)),
        labels=short_labels(br=True),
        note="Another person's account statement was emailed to her and she reports it in two words: a personal "
             "data breach (breach=true) with no dissatisfaction or remedy expressed, so not a complaint and "
             "personal_data=false (rule 13)."),
    dict(
        sid=25, group="F", mailbox="conexus",
        senders=[("Jodie Farrant", "jodie.farrant@yahoo.co.uk"), ("Jodie F", "jodiefarrant@gmail.com")],
        styles=FWD_STYLES, covers=["", "", "Fwd", "FYI"], sigs=["", IPHONE],
        carried=fwd("{me}", "Conexus Payments <payments@conexus-services.com>", "Trying to set up a plan",
                    "I've tried three times this week to ring you to set up a payment plan, and each time I was on "
                    "hold for between 40 minutes and an hour before I had to give up and go back to work. The "
                    "recorded message keeps saying I'm next in the queue.\n\nPlease ring me on 07700 900 354 after 5pm "
                    "any weekday so I can sort this out.\n\nJodie Farrant\nCX-6640172", (2, 5)),
        labels=short_labels(c=True, cat="wait_time"),
        note="Forwarding, with nothing added, her own message about long phone holds and asking for a call back "
             "makes an implicit complaint about waiting to reach Conexus (wait_time, rule 16b)."),
    dict(
        sid=26, group="F", mailbox="conexus",
        senders=[("Mark Thewlis", "mark.thewlis@sterlingcredit.co.uk"), ('"Thewlis, Mark"', "m.thewlis@sterlingcredit.co.uk")],
        styles=FWD_STYLES, covers=["Please action", "Please action.", "For action"],
        sigs=["", "Mark Thewlis\nAgency Manager | Sterling Credit Loans"],
        carried=fwd("Sterling Credit Bereavement Team <bereavement@sterlingcredit.co.uk>", "{me}",
                    "Deceased customer - SCL-2290417",
                    "Mark,\n\nWe have received a death certificate for Mr Leonard Oakes (SCL-2290417, placed with "
                    "Conexus under CX-7719305). Please ask Conexus to stop all contact and return the account to us "
                    "today. The executor is his daughter, Mrs Janet Hurst, and any correspondence should come to us, "
                    "not to the family.\n\nThanks,\nBereavement Team", (0, 1)),
        labels=short_labels(),
        note="A creditor client forwards an internal instruction to stop contact and recall a deceased customer's "
             "account: a routine instruction with no dissatisfaction, so not a complaint, no rights, not third party."),
    # ======================================= group N: pexa =======================================
    dict(
        sid=27, group="N", mailbox="pexa",
        senders=[("Ewan Maclean", "ewan.maclean@hollybrookconveyancing.co.uk"), ("Ewan Maclean (Hollybrook)", "e.maclean@hollybrookconveyancing.co.uk")],
        subjects=["Formal complaint", "Formal Complaint", "formal complaint"],
        texts=["Ewan Maclean\nSenior Conveyancer | Hollybrook Conveyancing Ltd\n01224 496 330 | "
               "www.hollybrookconveyancing.co.uk",
               "Kind regards\n\nEwan Maclean\nSenior Conveyancer\nHollybrook Conveyancing Ltd\nT: 01224 496 330"],
        labels=short_labels(c=True, ex=True, cat="other"),
        note="A participant's email titled 'Formal complaint' with only a signature below declares a complaint to "
             "PEXA and expects it to be handled, so complaint and explicit; no theme is stated, so category other "
             "until the details arrive."),
    dict(
        sid=28, group="N", mailbox="pexa",
        senders=[("Loxley & Ward Accounts", "accounts@loxleyward.co.uk"), ("Sandra Whelan", "s.whelan@loxleyward.co.uk")],
        subjects=["Refund", "REFUND", "Refund!"], texts=["", ""],
        labels=short_labels(c=True, cat="fees_charges"),
        note="A participant's bare 'Refund' to the complaints mailbox is a demand for money back (rule 1 lists "
             "'refund' among the demands that show dissatisfaction) and the only money PEXA takes from participants "
             "is its fees: implicit complaint, fees_charges."),
    dict(
        sid=29, group="N", mailbox="pexa",
        senders=[("Chloe Arkwright", "c.arkwright@beckwithhale.co.uk"), ("Chloe Arkwright", "chloe.arkwright@beckwithhale.co.uk")],
        subjects=["Scan_0301.pdf"], texts=["", ""],
        labels=short_labels(),
        note="A person's email with only an attachment name as subject says nothing readable: no dissatisfaction "
             "or request in the text, so not a complaint (the attachment must be read separately); not "
             "auto_generated because a person sent it from her own mailbox."),
    dict(
        sid=30, group="N", mailbox="pexa",
        senders=[("Laura Pennington", "laura.pennington@tvmortgages.co.uk"), ("Pennington, Laura", "l.pennington@tvmortgages.co.uk")],
        subjects=["Urgent", "URGENT!!", "Urgent"],
        texts=["Laura Pennington\nPost-Completion Team\nThames Valley Mortgages\nDirect: 0118 496 0512",
               "Laura Pennington | Post-Completion | Thames Valley Mortgages | 0118 496 0512"],
        labels=short_labels(),
        note="'Urgent' with only a signature block shows urgency, not dissatisfaction or a stated request, so not a "
             "complaint (rule 1)."),
    dict(
        sid=31, group="N", mailbox="pexa",
        senders=[("Ben Ashdown", "ben.ashdown@fairleighlaw.co.uk"), ("Ben Ashdown", "b.ashdown@fairleighlaw.co.uk")],
        subjects=["", ""], texts=["Thanks", "Thanks!", "thank you"],
        labels=short_labels(),
        note="A one-word thank-you with nothing carried expresses no dissatisfaction, so not a complaint."),
    dict(
        sid=32, group="N", mailbox="pexa",
        senders=[("Maria Kowalczuk", "maria.k@westmoorconveyancing.co.uk"), ("M Kowalczuk", "m.kowalczuk@westmoorconveyancing.co.uk")],
        subjects=["", ""], texts=["?", "??"],
        labels=short_labels(),
        note="A bare question mark with no subject and nothing carried carries no dissatisfaction or identifiable "
             "request, so not a complaint."),
    dict(
        sid=33, group="N", mailbox="pexa",
        senders=[("Gwenllian Morgan", "gwenllian.morgan@btinternet.com"), ("Gwen Morgan", "gwenmorgan58@gmail.com")],
        subjects=["Neb yn ateb y ffôn", "Neb yn ateb y ffôn!"],
        texts=["Prynhawn da,\n\nDw i wedi ffonio'ch swyddfa bedair gwaith yr wythnos hon, ac wedi aros ar y lein am "
               "dros ddeugain munud bob tro heb i neb ateb. Mae angen i mi siarad â rhywun am gwblhau gwerthiant fy "
               "nhŷ ddydd Gwener. Dydy hyn ddim yn dderbyniol.\n\nFfoniwch fi'n ôl cyn gynted â phosib ar 07700 900 "
               "418, os gwelwch yn dda.\n\nDiolch,\nGwenllian Morgan"],
        labels=short_labels(c=True, cat="wait_time"),
        note="Written in Welsh: four unanswered calls with 40-minute holds, 'this is not acceptable' and a call-back "
             "demand make an implicit complaint about reaching PEXA itself (wait_time); PEXA's own phone line is "
             "blamed, so about_other_firm=null."),
    dict(
        sid=34, group="N", mailbox="pexa",
        senders=[("Youssef Al-Haddad", "youssef.alhaddad@gmail.com"), ("يوسف الحداد", "y.alhaddad@outlook.com")],
        subjects=["رسوم غير صحيحة في كشف السداد", "كشف السداد - رسوم سداد مبكر"],
        texts=["مرحباً،\n\nأنا أبيع شقتي وموعد إتمام البيع يوم الجمعة القادم. أرسل لي Heathcote Bank كشف حساب السداد، "
               "وفيه رسوم سداد مبكر بقيمة ٢١٥٠ جنيهاً إسترلينياً، مع أن فترة هذه الرسوم في عقد الرهن العقاري انتهت في "
               "شهر يناير الماضي. اتصلت بهم مرتين فقالوا إن الرسوم صحيحة ولم يشرحوا السبب.\n\nأرجو أن تطلبوا منهم "
               "إلغاء هذه الرسوم، أو أن تخبروني بالجهة التي يجب أن أتواصل معها.\n\nشكراً لكم،\nيوسف الحداد"],
        labels=short_labels(c=True, cat="fees_charges", firm="hcb"),
        note="Written in Arabic: a seller disputes an early repayment charge his lender added to the redemption "
             "statement and asks for it to be removed, a consumer complaint purely about the participant lender "
             "(rule 9): about_other_firm=hcb, fees_charges, implicit."),
    dict(
        sid=35, group="N", mailbox="pexa",
        senders=[("Chen Xiaomei", "chenxiaomei88@163.com"), ("陈小梅", "xiaomei.chen@outlook.com")],
        subjects=["请删除我的个人信息", "删除个人信息申请"],
        texts=["您好，\n\n我去年通过律师在贵公司的平台上完成了购房交易，现在交易早已结束，我也不再使用任何相关服务。请删除贵公司系统中所有关于我的"
               "个人信息，并在完成后回信确认。\n\n谢谢！\n陈小梅"],
        labels=short_labels(r="erasure"),
        note="Written in Chinese: a polite request to delete all her personal information now the purchase is over "
             "is an erasure request without dissatisfaction, so rights=[erasure] and not a complaint."),
    # ======================================= group N: conexus =======================================
    dict(
        sid=36, group="N", mailbox="conexus",
        senders=[("Dean Whitlock", "deanwhitlock77@gmail.com"), ("dean whitlock", "d.whitlock@outlook.com")],
        subjects=["Complaint", "complaint", "COMPLAINT"], texts=["", IPHONE],
        labels=short_labels(c=True, ex=True, cat="other"),
        note="An email whose whole text is 'Complaint' tells the firm the sender has a complaint and expects it to "
             "be handled, so complaint and explicit; nothing says what about, so category other until contact is "
             "made."),
    dict(
        sid=37, group="N", mailbox="conexus",
        senders=[("Stacey Lumb", "staceylumb@hotmail.co.uk"), ("Stacey Lumb", "stacey.lumb1@gmail.com")],
        subjects=["Help", "Help please", "help"], texts=["", ""],
        labels=short_labels(),
        note="A bare 'Help' is a plea for assistance with no dissatisfaction stated, so not a complaint (it should "
             "still prompt contact)."),
    dict(
        sid=38, group="N", mailbox="conexus",
        senders=[("Raymond Ekwueme", "r.ekwueme@gmail.com"), ("Ray Ekwueme", "rayekwueme@yahoo.co.uk")],
        subjects=["SAR", "SAR request"], texts=["", IPHONE],
        labels=short_labels(r="access"),
        note="'SAR' is the common shorthand for a subject access request, which needs no set form (ICO), so "
             "rights=[access]; no dissatisfaction, so not a complaint."),
    dict(
        sid=39, group="N", mailbox="conexus",
        senders=[("Bernice Oyelaran", "bernice.oyelaran@gmail.com"), ("B Oyelaran", "boyelaran@sky.com")],
        subjects=["Letter attached", "Letter attached."], texts=["", "Sent from my Galaxy"],
        labels=short_labels(),
        note="'Letter attached' with no other text says nothing about dissatisfaction or a request, so not a "
             "complaint on the message text (the attachment must be read separately)."),
    dict(
        sid=40, group="N", mailbox="conexus",
        senders=[("Craig Dunphy", "craig.dunphy@gmail.com"), ("craig dunphy", "cdunphy@live.co.uk")],
        subjects=["Unsubscribe me", "UNSUBSCRIBE ME", "unsubscribe me"], texts=["", "unsubscribe"],
        labels=short_labels(r="objection"),
        note="'Unsubscribe me' asks the firm to stop sending marketing, the right to object to direct marketing "
             "(UK GDPR Art 21), so rights=[objection]; a curt request is not a complaint."),
    dict(
        sid=41, group="N", mailbox="conexus",
        senders=[("Leanne Buckley", "leanne.buckley@outlook.com"), ("Leanne B", "leanneb86@gmail.com")],
        subjects=["", ""], texts=["Call me", "Call me pls", "call me"],
        labels=short_labels(),
        note="'Call me' alone is a routine request for contact with no dissatisfaction, so not a complaint."),
    dict(
        sid=42, group="N", mailbox="conexus",
        senders=[("Marek Zieliński", "marek.zielinski@wp.pl"), ("Marek Zielinski", "m.zielinski82@gmail.com")],
        subjects=["Dług spłacony - CX-5820417", "Sprawa CX-5820417 - dług spłacony"],
        texts=["Dzień dobry,\n\nw marcu spłaciłem w całości zadłużenie wobec Pennant Mobile i mam z banku potwierdzenie "
               "przelewu. Mimo to nadal dostaję od Państwa listy i SMS-y z żądaniem zapłaty 412,60 funtów.\n\nProszę "
               "o natychmiastowe wstrzymanie windykacji i pisemne potwierdzenie, że sprawa jest zamknięta. "
               "Potwierdzenie przelewu przesyłam w załączniku.\n\nNumer sprawy: CX-5820417\n\nZ poważaniem,\n"
               "Marek Zieliński"],
        labels=short_labels(c=True, cat="debt_dispute"),
        note="Written in Polish: the debt was paid to the creditor in March yet Conexus still demands it, and he "
             "wants collection stopped: implicit complaint, debt_dispute, about_other_firm=null because the "
             "grievance is Conexus still pursuing a paid debt (like lg-26)."),
    dict(
        sid=43, group="N", mailbox="conexus",
        senders=[("Ioana Dumitrescu", "ioana.dumitrescu@yahoo.com"), ("Ioana Dumitrescu", "ioana.d@gmail.com")],
        subjects=["Cerere date personale - CX-6093318", "Cerere privind datele mele personale"],
        texts=["Bună ziua,\n\nVă rog să-mi trimiteți o copie a tuturor datelor personale pe care le dețineți despre "
               "mine, inclusiv înregistrările convorbirilor telefonice. De asemenea, aș dori să știu de unde ați "
               "obținut numărul meu de telefon și în ce scop îl folosiți.\n\nNumărul dosarului: CX-6093318\n\n"
               "Vă mulțumesc,\nIoana Dumitrescu"],
        labels=short_labels(r="access,informed"),
        note="Written in Romanian: a polite request for a copy of her data and recordings (access) and for where her "
             "number came from and what it is used for (informed), with no dissatisfaction, so not a complaint."),
    dict(
        sid=44, group="N", mailbox="conexus",
        senders=[("Imran Akhtar", "imran.akhtar@hotmail.co.uk"), ("عمران اختر", "imranakhtar79@gmail.com")],
        subjects=["میری والدہ - CX-7302954", "والدہ کا اکاؤنٹ CX-7302954"],
        texts=["السلام علیکم،\n\nمیں اپنی والدہ نسیم اختر کی طرف سے لکھ رہا ہوں۔ ان کی عمر چوہتر سال ہے اور وہ دل کی "
               "مریضہ ہیں۔ آپ کے دفتر سے انہیں روزانہ تین چار بار فون آتا ہے اور کہا جاتا ہے کہ اگر فوراً پوری رقم ادا "
               "نہ کی تو گھر پر آدمی بھیجا جائے گا۔ وہ بہت پریشان ہیں اور راتوں کو سو نہیں پاتیں۔\n\nمہربانی کرکے "
               "انہیں فون کرنا بند کریں اور آئندہ اس معاملے میں صرف مجھ سے رابطہ کریں۔\n\nحوالہ نمبر: CX-7302954\n\n"
               "شکریہ،\nعمران اختر\n07700 900 672"],
        labels=short_labels(c=True, tp=True, cat="collection_conduct"),
        note="Written in Urdu: a son writing for his elderly, unwell mother (third_party) about repeated daily calls "
             "and threats of a home visit, asking for the calls to stop: implicit complaint, collection_conduct "
             "('stop calling' is a conduct remedy, not objection)."),
    # ======================================= group C: pexa =======================================
    dict(
        sid=45, group="C", mailbox="pexa",
        senders=[("Anita Roy", "a.roy@beckwithhale.co.uk"), ("Anita Roy | Beckwith Hale LLP", "anita.roy@beckwithhale.co.uk")],
        styles=RE_STYLES,
        covers=["Still no refund of the duplicate fee. Sort it out please.", "Still no refund. Please sort this out."],
        sigs=["", "Anita Roy\nAccounts, Beckwith Hale LLP"],
        carried=fwd(PEXA_BILLING, "{me}", "Duplicate fee - workspace PX-7012-338",
                    "Hi Anita,\n\nSorry about this - workspace PX-7012-338 was charged twice. We will refund the "
                    "duplicate £29.50 within 5 working days.\n\nRegards,\nPEXA Billing", (18, 25)),
        labels=short_labels(c=True, cat="delay"),
        note="A chaser for a refund PEXA promised weeks ago is dissatisfaction with a demand, an implicit complaint; "
             "what is wrong now is that the promised refund is late, so delay (rule 6)."),
    dict(
        sid=46, group="C", mailbox="pexa",
        senders=[("Hamish Doig", "hamish.doig@tvmortgages.co.uk"), ("Doig, Hamish", "h.doig@tvmortgages.co.uk")],
        subjects=["Friday cut-off", "Cut-off query"],
        texts=["Can you confirm the latest time for same-day settlement on a Friday?",
               "What's the cut-off for same-day settlement on Fridays please?"],
        labels=short_labels(),
        note="A neutral question about settlement timings is an enquiry, not a complaint (rule 1)."),
    dict(
        sid=47, group="C", mailbox="pexa",
        senders=[("Zoe Halloran", "zoe.halloran@kingsmeadlaw.co.uk"), ("Zoe Halloran", "z.halloran@kingsmeadlaw.co.uk")],
        styles=RE_STYLES, covers=["Thanks, all sorted now.", "Thank you - all working now."],
        sigs=["", "Zoe Halloran\nKingsmead Law"],
        carried=fwd(PEXA_SUPPORT, "{me}", "Two-factor reset - ticket SUP-771204",
                    "Hi Zoe,\n\nWe've reset the two-factor device on your account. Please try logging in again and let "
                    "us know if it works.\n\nThanks,\nPEXA Support", (0, 1)),
        labels=short_labels(),
        note="Thanks confirming the support fix worked leave nothing outstanding, so not a complaint."),
    dict(
        sid=48, group="C", mailbox="pexa",
        senders=[("Simone Achterberg", "simone.achterberg@gmail.com"), ("Simone A", "s.achterberg@icloud.com")],
        subjects=["My data", "Copy of my data"],
        texts=["Please send me a copy of all the personal data PEXA holds about me.",
               "Can I have a copy of the data you hold about me please? My purchase completed in April."],
        labels=short_labels(r="access"),
        note="A plain request for a copy of her personal data is an access request without dissatisfaction: "
             "rights=[access], not a complaint."),
    dict(
        sid=49, group="C", mailbox="pexa",
        senders=[("Victor Osei", "v.osei@oseiandpartners.co.uk"), ("Victor Osei", "victor.osei@oseiandpartners.co.uk")],
        subjects=["Lodgement failures", "Another lodgement failure"],
        texts=["Third failed lodgement this week. Ring me today, this is costing us clients.",
               "That's the third lodgement failure this week. Call me today please - we're losing clients over this."],
        labels=short_labels(c=True, cat="platform_defect"),
        note="A third failure in a week, harm to the business and a call-back demand make an implicit complaint "
             "about the platform failing (platform_defect)."),
    dict(
        sid=50, group="C", mailbox="pexa",
        senders=[("Aoife Brennan", "aoife.brennan@gmail.com"), ("Aoife Brennan", "aoifeb@outlook.com")],
        subjects=["My purchase - Greyfriars", "Greyfriars Law not replying"],
        texts=["My solicitors Greyfriars Law haven't answered in three weeks and completion is Friday. Please chase "
               "them.",
               "Greyfriars haven't replied to me for three weeks and we complete on Friday. Can you chase them?"],
        labels=short_labels(c=True, cat="delay", firm="gfl"),
        note="A buyer's dissatisfaction with her own solicitor's silence before completion, asking PEXA to act, is a "
             "consumer complaint purely about the participant firm: about_other_firm=gfl, delay, implicit."),
    dict(
        sid=51, group="C", mailbox="pexa",
        senders=[("Harpreet Dhillon", "h.dhillon@dhillonconveyancing.co.uk"), ("Harpreet Dhillon", "harpreet@dhillonconveyancing.co.uk")],
        subjects=["Training no-show", "Complaint - training no-show"],
        texts=["I wish to complain: your trainer didn't turn up to our booked session this morning.",
               "Complaint: the trainer never arrived for our booked session today. Six of us sat waiting."],
        labels=short_labels(c=True, ex=True, cat="training"),
        note="The sender calls it a complaint (explicit) about a trainer not attending a booked session: training "
             "(rule 16a)."),
    dict(
        sid=52, group="C", mailbox="pexa",
        senders=[("Kestrel Platform Admin", "platform.admin@kestrelbs.co.uk"), ("Neil Crabtree", "neil.crabtree@kestrelbs.co.uk")],
        subjects=["User leaver - Tom Baxter", "Leaver"],
        texts=["Please remove Tom Baxter's user account, he left us last Friday.",
               "Tom Baxter left us on Friday - please deactivate his user account."],
        labels=short_labels(),
        note="A participant's administrator asking PEXA to remove a departed employee's user account is routine "
             "user administration, not the data subject's erasure right, so rights=[] and not a complaint."),
    # ======================================= group C: conexus =======================================
    dict(
        sid=53, group="C", mailbox="conexus",
        senders=[("Nathan Quigley", "nathan.quigley@gmail.com"), ("N Quigley", "nquigley@hotmail.com")],
        subjects=["My data", "Data request - CX-2218604"],
        texts=["Can I have a copy of my data?", "Could you send me a copy of the data you hold on me?"],
        labels=short_labels(r="access"),
        note="A short, neutral request for a copy of his data: rights=[access], not a complaint."),
    dict(
        sid=54, group="C", mailbox="conexus",
        senders=[("Danielle Fogarty", "danielle.fogarty@yahoo.co.uk"), ("Dani Fogarty", "danifogarty@gmail.com")],
        subjects=["Work calls", "Stop calling my work"],
        texts=["Stop ringing me at work, I've told you twice.", "I've told you twice now. Do not ring me at work."],
        labels=short_labels(c=True, cat="collection_conduct"),
        note="Repeated unwanted calls at work after two requests, with a demand to stop, is an implicit complaint "
             "about how the debt is pursued (collection_conduct); 'stop ringing me' is a conduct remedy, not "
             "objection."),
    dict(
        sid=55, group="C", mailbox="conexus",
        senders=[("Wayne Cullen", "wayne.cullen@sky.com"), ("Wayne Cullen", "waynec1975@gmail.com")],
        styles=RE_STYLES,
        covers=["Payment made today, ref CX-4120987. Please confirm received.", "Paid today - please confirm you've got it."],
        sigs=["", IPHONE],
        carried=fwd(CX_SERVICES, "{me}", "Your payment arrangement - CX-4120987",
                    "Dear Mr Cullen,\n\nThis confirms your arrangement to pay £30 on the 15th of each month towards "
                    "your balance of £930.00. Please quote CX-4120987 when you pay.\n\nYours sincerely,\nConexus "
                    "Customer Services", (25, 35)),
        labels=short_labels(),
        note="Reporting a payment and asking for confirmation is a routine service request, not a complaint."),
    dict(
        sid=56, group="C", mailbox="conexus",
        senders=[("Funmi Adeyinka (Riverside Debt Advice)", "f.adeyinka@riversidedebtadvice.org.uk"),
                 ("Funmi Adeyinka", "funmi.adeyinka@riversidedebtadvice.org.uk")],
        subjects=["Mrs B Okoye - CX-3307761 - hold request", "Hold request: Mrs B Okoye, CX-3307761"],
        texts=["Please hold the account for 30 days while we complete a budget with Mrs Okoye.",
               "Please put the account on hold for 30 days while we prepare Mrs Okoye's budget. Authority to follow."],
        labels=short_labels(tp=True),
        note="A debt adviser's routine request for a 30-day hold for her client is written on the client's behalf "
             "(third_party) but expresses no dissatisfaction, so not a complaint."),
    dict(
        sid=57, group="C", mailbox="conexus",
        senders=[("Gemma Threlfall", "gemma.threlfall@outlook.com"), ("Gemma Threlfall", "gthrelfall@gmail.com")],
        subjects=["New address", "Change of address CX-5730291"],
        texts=["My new address is 4 Linnet Close, Barnsley S70 3QT. Please update my account.",
               "Please update my address to 4 Linnet Close, Barnsley S70 3QT. Thanks."],
        labels=short_labels(r="rectification"),
        note="Asking for her address to be updated is rectification without dissatisfaction: rights=[rectification], "
             "not a complaint."),
    dict(
        sid=58, group="C", mailbox="conexus",
        senders=[("Ashley Roper", "ashley.roper@gmail.com"), ("Ash Roper", "ashroper@icloud.com")],
        subjects=["Formal complaint", "Your agent and my mum"],
        texts=["This is my formal complaint: your agent rang my mum's house and told her about my debt.",
               "I want to complain. Your agent phoned my mother and told her what I owe you."],
        labels=short_labels(c=True, ex=True, pd=True, br=True, cat="personal_data"),
        note="An explicit complaint that an agent told the sender's mother about the debt: a disclosure to a third "
             "person (breach=true, personal_data=true), and the disclosure is the main grievance, so category "
             "personal_data."),
    dict(
        sid=59, group="C", mailbox="conexus",
        senders=[("Philip Nkemelu", "philip.nkemelu@btinternet.com"), ("P Nkemelu", "pnkemelu@gmail.com")],
        styles=("outlook_fw", "gmail_fwd", "outlook_re"),
        covers=["Still no reply to my email below. Six weeks now.", "Six weeks and still no reply to the below."],
        sigs=["", IPHONE],
        carried=fwd("{me}", "Conexus Customer Services <customerservices@conexus-services.com>",
                    "Balance increase - CX-1185347",
                    "Hello,\n\nMy balance went up by £48 in April and nothing on my statement explains why. Please "
                    "tell me what the £48 is for.\n\nPhilip Nkemelu", (42, 44)),
        labels=short_labels(c=True, cat="delay"),
        note="Six weeks without a reply to his question is a still-waiting chaser, an implicit complaint about delay "
             "even though the quoted original was a neutral enquiry (rule 6)."),
    dict(
        sid=60, group="C", mailbox="conexus",
        senders=[("Corinne Haslam", "corinne.haslam@gmail.com"), ("Corinne Haslam", "c.haslam@outlook.com")],
        subjects=["Lumen Water", "Lumen - not my bill"],
        texts=["I'm not paying Lumen for a flat I left in 2022.",
               "Not paying Lumen Water for a flat I moved out of in 2022. Sort it out with them."],
        labels=short_labels(c=True, cat="debt_dispute", firm="lwt"),
        note="She disputes the creditor's bill for a flat she had left, which only the creditor can correct "
             "(rule 10): implicit complaint, about_other_firm=lwt, debt_dispute."),
]


# ---------------------------------------------------------------------------------------------
# envelopes

DAY = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December")
BASE = datetime.datetime(2025, 6, 20, 9, 0)


def split_addr(s):
    name, _, addr = s.rpartition(" <")
    return name.strip('"'), addr.rstrip(">")


def fmt_date(d, style):
    if style.startswith("outlook"):
        return f"{DAY[d.weekday()]}, {d.day} {MONTH[d.month - 1]} {d.year} {d:%H:%M}"
    if style.startswith("gmail"):
        return f"{DAY[d.weekday()][:3]}, {d.day} {MONTH[d.month - 1][:3]} {d.year} at {d:%H:%M}"
    return f"{d.day} {MONTH[d.month - 1]} {d.year} at {d:%H:%M:%S} BST"


def wrote_line(d, frm, style):
    name, addr = split_addr(frm)
    if style == "gmail_re":
        head = f"{DAY[d.weekday()][:3]}, {d.day} {MONTH[d.month - 1][:3]} {d.year} at {d:%H:%M}"
    else:
        head = f"{d.day} {MONTH[d.month - 1][:3]} {d.year}, at {d:%H:%M}"
    who = f"{name} <{addr}>"
    if len(f"{head}, {who}") > 80:
        who = name
    return f"On {head}, {who} wrote:"


def paras_html(text, tag="div"):
    return "".join(f"<{tag}>{escape_html(p).replace(chr(10), '<br>')}</{tag}>"
                   for p in text.split("\n\n") if p.strip())


def render_plain(own, style, carried, d):
    """own: the sender's words and signature (may be ""); carried: the carried message with sender filled in."""
    frm, to, subj, text = carried["from"], carried["to"], carried["subject"], carried["text"]
    if style.startswith("outlook"):
        block = (f"-----Original Message-----\nFrom: {frm}\nSent: {fmt_date(d, style)}\nTo: {to}\nSubject: {subj}"
                 f"\n\n{text}")
    elif style == "gmail_fwd":
        block = (f"---------- Forwarded message ---------\nFrom: {frm}\nDate: {fmt_date(d, style)}\nSubject: {subj}\n"
                 f"To: {to}\n\n\n{text}")
    elif style == "apple_fwd":
        block = (f"Begin forwarded message:\n\nFrom: {frm}\nSubject: {subj}\nDate: {fmt_date(d, style)}\nTo: {to}\n\n"
                 f"{text}")
    else:
        block = wrote_line(d, frm, style) + "\n" + quote_lines(text)
    return (own + "\n\n" + block) if own else block


def render_html(own, style, carried, d):
    frm, to, subj, text = carried["from"], carried["to"], carried["subject"], carried["text"]
    own_html = paras_html(own) if own else "<div><br></div>"
    if style.startswith("outlook"):
        own_p = paras_html(own, "p") if own else "<p>&nbsp;</p>"
        return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
                "<body lang=\"EN-GB\"><div class=\"WordSection1\">\n" + own_p.replace("<p>", "<p class=\"MsoNormal\">")
                + "\n<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">"
                f"<p class=\"MsoNormal\"><b>From:</b> {escape_html(frm)}<br><b>Sent:</b> {fmt_date(d, style)}<br>"
                f"<b>To:</b> {escape_html(to)}<br><b>Subject:</b> {escape_html(subj)}</p></div>\n"
                + paras_html(text, "p").replace("<p>", "<p class=\"MsoNormal\">") + "\n</div></body></html>")
    if style == "gmail_fwd":
        name, addr = split_addr(frm)
        return (f"<div dir=\"ltr\">{own_html}<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">"
                f"---------- Forwarded message ---------<br>From: <strong class=\"gmail_sendername\" dir=\"auto\">"
                f"{escape_html(name)}</strong> <span dir=\"auto\">&lt;{addr}&gt;</span><br>Date: {fmt_date(d, style)}"
                f"<br>Subject: {escape_html(subj)}<br>To: {escape_html(to)}<br></div><br><br>{paras_html(text)}"
                "</div></div>")
    if style == "gmail_re":
        return (f"<div dir=\"ltr\">{own_html}</div><br><div class=\"gmail_quote\"><div dir=\"ltr\" "
                f"class=\"gmail_attr\">{escape_html(wrote_line(d, frm, style))}<br></div><blockquote "
                "class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);"
                f"padding-left:1ex\">{paras_html(text)}</blockquote></div>")
    if style == "apple_fwd":
        return (f"<html><body dir=\"auto\">{own_html}<div><br><blockquote type=\"cite\"><div>Begin forwarded "
                f"message:</div><br><div><b>From: </b>{escape_html(frm)}</div><div><b>Subject: </b>"
                f"{escape_html(subj)}</div><div><b>Date: </b>{fmt_date(d, style)}</div><div><b>To: </b>"
                f"{escape_html(to)}</div><br>{paras_html(text)}</blockquote></div></body></html>")
    return (f"<html><body dir=\"auto\">{own_html}<div><br><blockquote type=\"cite\">"
            f"{escape_html(wrote_line(d, frm, style))}<br><br></blockquote></div><blockquote type=\"cite\">"
            f"{paras_html(text)}</blockquote></body></html>")


def bare_html(text, rng):
    if not text:
        return ("<div dir=\"ltr\"><br></div>" if rng.random() < 0.5
                else "<html><body><p class=\"MsoNormal\">&nbsp;</p></body></html>")
    if rng.random() < 0.5:
        return f"<div dir=\"ltr\">{paras_html(text)}</div>"
    return "<html><body>" + paras_html(text, "p") + "</body></html>"


def two_picks(rng, seq):
    """Two choices from seq for the two renderings: different positions when seq has more than one."""
    if len(seq) == 1:
        return [seq[0], seq[0]]
    a, b = rng.sample(range(len(seq)), 2)
    return [seq[a], seq[b]]


def prefix_subject(subj, style):
    if style == "outlook_fw":
        return "FW: " + subj
    if style in ("gmail_fwd", "apple_fwd"):
        return "Fwd: " + subj
    if style == "outlook_re":
        return "RE: " + subj
    return "Re: " + subj


def render_scenario(rng, sc):
    senders = two_picks(rng, sc["senders"])
    htmls = [rng.random() < 0.35 for _ in range(2)]
    headers = sc.get("headers") or [{}, {}]
    recs = []
    if "carried" in sc:
        styles = two_picks(rng, list(sc["styles"]))
        covers = two_picks(rng, sc["covers"])
        sigs = [rng.choice(sc.get("sigs", [""])) for _ in range(2)]
        for k in range(2):
            name, addr = senders[k]
            me = f"{name} <{addr}>"
            c = dict(sc["carried"])
            c["from"] = c["from"].replace("{me}", me)
            c["to"] = c["to"].replace("{me}", me)
            lo, hi = c["days_ago"]
            d = BASE - datetime.timedelta(days=rng.randint(lo, hi) + 1) + datetime.timedelta(
                minutes=rng.randint(-60, 540))
            if d.weekday() >= 5:  # carried mail dated on a weekday
                d -= datetime.timedelta(days=d.weekday() - 4)
            own = "\n\n".join(x for x in (covers[k], sigs[k]) if x)
            style = styles[k]
            body = render_html(own, style, c, d) if htmls[k] else render_plain(own, style, c, d)
            recs.append((me, prefix_subject(c["subject"], style), body, htmls[k], headers[k],
                         f"{style}/{'html' if htmls[k] else 'plain'}"))
    else:
        subjects = two_picks(rng, sc["subjects"])
        texts = two_picks(rng, sc["texts"])
        for k in range(2):
            name, addr = senders[k]
            body = bare_html(texts[k], rng) if htmls[k] else texts[k]
            recs.append((f"{name} <{addr}>", subjects[k], body, htmls[k], headers[k],
                         f"bare/{'html' if htmls[k] else 'plain'}"))
    out = []
    for me, subject, body, html, hdr, env in recs:
        out.append({"id": None, "mailbox": sc["mailbox"], "from": me, "subject": subject, "headers": dict(hdr),
                    "body": body, "html": html, "labels": dict(sc["labels"], rights=list(sc["labels"]["rights"])),
                    "note": sc["note"], "source": f"{PREFIX}-s{sc['sid']:03d}", "train_labels": ["complaint"],
                    "_env": env})
    return out


def check_scenarios():
    """Authoring checks: 60 scenarios, 30 per mailbox, 26/18/16 by group, and an implicit complaint never says
    'complain' anywhere (carried text included), so its two renderings cannot disagree on explicit."""
    assert len(SCENARIOS) == 60 and len({s["sid"] for s in SCENARIOS}) == 60
    assert sum(s["mailbox"] == "pexa" for s in SCENARIOS) == 30
    groups = [s["group"] for s in SCENARIOS]
    assert (groups.count("F"), groups.count("N"), groups.count("C")) == (26, 18, 16)
    for s in SCENARIOS:
        lab = s["labels"]
        if lab["complaint"] and not lab["explicit"]:
            blob = repr({k: v for k, v in s.items() if k not in ("labels", "note")}).lower()
            assert "complain" not in blob, s["sid"]


GROUP_OF = {f"{PREFIX}-s{s['sid']:03d}": s["group"] for s in SCENARIOS}


def build(rng):
    check_scenarios()
    records = []
    for sc in SCENARIOS:
        records.extend(render_scenario(rng, sc))
    return records


def summary(records, env_count):
    lines = [f"wrote {len(records)} records ({len({r['source'] for r in records})} scenarios) to "
             f"{os.path.relpath(OUT, ROOT)}"]
    for g in "FNC":
        rs = [r for r in records if GROUP_OF[r["source"]] == g]
        lines.append(f"group {g}: {len(rs)} emails, {sum(r['labels']['complaint'] for r in rs)} complaints")
    labs = [r["labels"] for r in records]
    lines.append(f"complaints {sum(l['complaint'] for l in labs)} (explicit {sum(l['explicit'] for l in labs)}), "
                 f"breach {sum(l['breach'] for l in labs)}, auto_generated {sum(l['auto_generated'] for l in labs)}, "
                 f"third_party {sum(l['third_party'] for l in labs)}, html {sum(r['html'] for r in records)}")
    rights = {}
    for l in labs:
        for x in l["rights"]:
            rights[x] = rights.get(x, 0) + 1
    lines.append("rights: " + ", ".join(f"{k} {v}" for k, v in sorted(rights.items())))
    lines.append("envelopes: " + ", ".join(f"{k} {v}" for k, v in sorted(env_count.items())))
    return "\n".join(lines)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=record_errors)


if __name__ == "__main__":
    sys.exit(main())
