#!/usr/bin/env python3
"""Labelled evaluation mail: replies written UNDER or BETWEEN quoted lines (reply_judge_c), stdlib only.

60 scenarios (30 pexa, 30 conexus), each rendered twice with different envelopes: 120 emails.
  Group B (28): bottom-posted replies below the whole quote (at most a greeting line above it).
  Group I (16): interleaved answers under each quoted question or point.
  Group T (16): controls: top-posted replies above the quote, and new mail with no quote.
The quoted mail is introduced by "On <date>, <name> <addr> wrote:" (or the two-line form) and carries "> "
marks ("> > " for an older message inside it); HTML copies use Gmail's gmail_quote markup. Labels follow
/work/shared/labelling/labelling-guide.md, read from what the sender wrote wherever it sits.

Usage:  python data/make/make_reply_judge_c.py   (writes data/trials/reply_judge_c.jsonl)
"""
import collections
import datetime
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import escape_html, new_text, quote_lines, record_errors, run_generator, short_labels  # noqa: E402

SEED = 20271229
PREFIX = "rjc"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "reply_judge_c.jsonl")

L = short_labels
DOW = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
DOW_LONG = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MON_LONG = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December")

# ---------------------------------------------------------------------------------------------
# envelopes


def fmt_date(style, dt):
    """The date part of an attribution line in one mail program's style."""
    if style == "gmail":
        return f"{DOW[dt.weekday()]}, {dt.day} {MON[dt.month - 1]} {dt.year} at {dt:%H:%M}"
    if style == "apple":
        return f"{dt.day} {MON[dt.month - 1]} {dt.year}, at {dt:%H:%M}"
    if style == "android":
        return f"{DOW[dt.weekday()]}, {dt.day} {MON[dt.month - 1]} {dt.year}, {dt:%H:%M}"
    if style == "thunderbird":
        return f"{dt:%d/%m/%Y %H:%M}"
    if style == "yahoo":
        zone = "BST" if datetime.datetime(2026, 3, 29, 1) <= dt < datetime.datetime(2026, 10, 25, 1) else "GMT"
        return f"{DOW_LONG[dt.weekday()]}, {dt.day} {MON_LONG[dt.month - 1]} {dt.year} at {dt:%H:%M:%S} {zone}"
    if style == "us":
        h = dt.hour % 12 or 12
        return f"{DOW[dt.weekday()]}, {MON[dt.month - 1]} {dt.day}, {dt.year} at {h}:{dt:%M} {'PM' if dt.hour >= 12 else 'AM'}"
    raise ValueError(style)


# name: (html, date style, two-line attribution, greeting forms, sign-off forms, trailer, headers)
ENVS = {
    "gmail-html": (True, "gmail", False, ("Hi {to},", "Hello,", ""), ("Thanks,\n{first}", "Kind regards,\n{full}"),
                   "", {}),
    "gmail-plain": (False, "gmail", True, ("Hi {to},", "Hello,", ""), ("Thanks\n{first}", "Best wishes,\n{full}"),
                    "", {}),
    "apple-plain": (False, "apple", False, ("", "Hi,"), ("{first}", "Thanks\n{first}"), "Sent from my iPhone",
                    {"x-mailer": "iPhone Mail (21E236)"}),
    "android-plain": (False, "android", False, ("", "Hello {to},"), ("Regards\n{full}", "{first}"),
                      "Sent from Outlook for Android", {}),
    "thunderbird-plain": (False, "thunderbird", False, ("Dear {to},", "Good morning,", ""),
                          ("Yours sincerely,\n{full}", "Regards,\n{full}"), "", {"user-agent": "Thunderbird/115.9"}),
    "yahoo-plain": (False, "yahoo", True, ("Dear {to},", "Hello,"), ("Many thanks,\n{full}", "Kind regards\n{first}"),
                    "", {}),
}
ENV_NAMES = tuple(ENVS)


def attribution(style, dt, name, addr, two_line, html=False, fit=True):
    if not html:
        return f"On {fmt_date(style, dt)}, {name} <{addr}>" + ("\nwrote:" if two_line else " wrote:")
    # Gmail's HTML attribution; a long one falls back to a shorter date, then to the bare address (as Gmail writes
    # it for a sender without a display name), so that it stays a line the checker sees as the quote start
    for st, who in ((style, f"{name} &lt;{addr}&gt;"), ("apple", f"{name} &lt;{addr}&gt;"),
                    (style, f"&lt;{addr}&gt;"), ("apple", f"&lt;{addr}&gt;")):
        head = f"On {fmt_date(st, dt)}, {who}"
        if len(head) - 3 <= 80 or not fit:  # fit: only the outer attribution must be seen as the quote start
            break
    return head + " wrote:"


def wrap_one_line(qtext):
    """The mail program's hard wrap of the first long top-level quoted line: the continuation loses its mark."""
    lines = qtext.split("\n")
    for i, ln in enumerate(lines):
        if ln.startswith("> ") and not ln.startswith("> >") and len(ln) > 78:
            cut = ln.rfind(" ", 40, 74)
            if cut < 0:
                continue
            rest = ln[cut + 1:]
            if rest.startswith(("On ", ">")):
                continue
            lines[i:i + 1] = [ln[:cut], rest]
            return "\n".join(lines), True
    return qtext, False


def html_para(text):
    return "\n".join(f'<div dir="ltr">{escape_html(p).replace(chr(10), "<br>")}</div><br>'
                     for p in text.split("\n\n") if p.strip())


def html_block(text):
    return escape_html(text).replace("\n", "<br>\n")


# ---------------------------------------------------------------------------------------------
# scenarios

SCEN = []


def S(sid, mb, grp, kind, subj, who, lab, note, reply=None, parts=None, quote=None, qfrom=None, qdate=None,
      older=None, to=None, fresh_subject=False):
    """One scenario. who: two personas (full name, address, form of address, first name, signature lines).
    quote: the quoted message (str.format fields {dear} {full} {first}); parts (group I): [(quoted text, answer or
    None)]; older: (date tuple, text) an older message of the sender quoted inside the quoted mail."""
    to = to or {"pexa": "PEXA team", "conexus": "Conexus"}[mb]  # whom a greeting addresses
    SCEN.append(dict(sid=sid, mb=mb, grp=grp, kind=kind, subj=subj, who=who, lab=lab, note=note, reply=reply,
                     parts=parts, quote=quote, qfrom=qfrom, qdate=qdate, older=older, to=to,
                     fresh_subject=fresh_subject))


PX_RES = ("PEXA Customer Resolution", "resolution@pexa.co.uk")
PX_SUP = ("PEXA Support", "support@pexa.co.uk")
PX_ONB = ("PEXA Onboarding", "onboarding@pexa.co.uk")
PX_FIN = ("PEXA Accounts", "accounts@pexa.co.uk")
PX_NOT = ("PEXA", "notices@pexa.co.uk")
PX_PRIV = ("PEXA Privacy Team", "privacy@pexa.co.uk")
PX_TRN = ("PEXA Training", "training@pexa.co.uk")
CX_CR = ("Conexus", "relations@conexus-services.com")
CX_COL = ("Conexus Collections", "accounts@conexus-services.com")
CX_PAY = ("Conexus Payments", "payments@conexus-services.com")
CX_DP = ("Conexus Data Protection", "dpo@conexus-services.com")
CX_CL = ("Conexus Client Services", "clients@conexus-services.com")

def P(full, addr, dear, first, sig=""):
    return (full, addr, dear, first, sig)


# ---- Group B, PEXA -----------------------------------------------------------------------------

S("rjc-s001", "pexa", "B", "firm_final_response",
  "Re: Outcome of your complaint PXR-20418 - not accepted",
  [P("Hannah Okafor", "h.okafor@brindleyward.co.uk", "Ms Okafor", "Hannah", "Completions Manager\nBrindley Ward LLP"),
   P("Marcus Tey", "m.tey@brindleyward.co.uk", "Mr Tey", "Marcus", "Partner, Residential Property\nBrindley Ward LLP")],
  L(c=True, ex=True, cat="platform_defect"),
  "Bottom-posted objection to PEXA's final response: the sender says the platform froze (not late funds) and asks "
  "for a fresh review and costs, and the subject she edited calls it her complaint, so explicit, platform_defect.",
  qfrom=PX_RES, qdate=(2026, 2, 10, 16, 2), to="Sinead",
  quote="Dear {dear},\n\nThank you for your patience while we looked into the failed settlement of workspace "
        "47-30912 on 16 January 2026.\n\nWe have reviewed the workspace audit trail. It shows that the incoming "
        "lender's funds were not authorised before the 14:00 settlement cut-off, and the settlement therefore could "
        "not proceed. We found no fault in the platform on that day. For this reason we are unable to uphold your "
        "complaint or to meet the additional interest your client was charged.\n\nThis is our final response. If "
        "you are not satisfied, please reply within 8 weeks explaining why.\n\nKind regards,\nSinead Farrelly\n"
        "Customer Resolution Lead, PEXA",
  older=((2026, 1, 16, 17, 48),
         "Workspace 47-30912 failed to settle this afternoon. Our client has lost the day and the seller's side is "
         "charging daily interest. Please look into it urgently.\n\n{first}"),
  reply="Your letter rests on the funds not being authorised before 14:00. They were. Our cashier pressed "
        "'authorise' at 13:21, the button then spun for about forty minutes and the screen returned error SET-503. "
        "I have attached the screenshot, which carries the time, and our cashier's note made at the time.\n\n"
        "So the timeline in your response is wrong, and the conclusion with it. I'd like the case looked at again "
        "by someone who was not involved the first time, and our client's extra interest of £640.18 reimbursed.")

S("rjc-s002", "pexa", "B", "firm_acknowledgement",
  "Re: We have received your concerns - PXR-20533",
  [P("Alina Dragomir", "alina.dragomir@tvmortgages.co.uk", "Ms Dragomir", "Alina", "Operations Lead\nThames Valley Mortgages"),
   P("Ben Ashworth", "ben.ashworth@tvmortgages.co.uk", "Mr Ashworth", "Ben", "Thames Valley Mortgages")],
  L(),
  "An ordinary answer to the firm's acknowledgement (agreeing a call time): no new dissatisfaction is expressed, the "
  "complaint appears only in the quoted acknowledgement, so complaint=false.",
  qfrom=("Colm Brady", "colm.brady@pexa.co.uk"), qdate=(2026, 2, 18, 11, 37), to="Colm",
  quote="Dear {dear},\n\nThank you for your email about the two training sessions that were cancelled at short "
        "notice. We have recorded this as a complaint under reference PXR-20533 and I will be looking into it.\n\n"
        "It would help me to talk it through with you. Are you free on Tuesday 24 February at 10:30, or on Wednesday "
        "25 February at 14:00? I will call whichever number you prefer.\n\nBest regards,\nColm Brady\n"
        "Complaints Investigator, PEXA",
  reply="Tuesday at 10:30 suits me. My direct line is 0118 496 0733. I'll have the dates of both sessions and "
        "the list of staff who were booked on them to hand.")

S("rjc-s003", "pexa", "B", "firm_request_documents",
  "Re: Verification documents needed - ONB-55071",
  [P("Naomi Ferris", "naomi@callowaystreetlegal.co.uk", "Ms Ferris", "Naomi", "Practice Manager\nCalloway Street Legal"),
   P("Tobi Adeyemi", "tobi@callowaystreetlegal.co.uk", "Mr Adeyemi", "Tobi", "Calloway Street Legal")],
  L(),
  "An ordinary answer ('documents attached') to PEXA's request for onboarding documents: no dissatisfaction, "
  "not a complaint.",
  qfrom=PX_ONB, qdate=(2026, 1, 27, 9, 5), to="Rhian",
  quote="Dear {dear},\n\nThank you for applying to join PEXA. To complete the verification of Calloway Street Legal "
        "we need the following:\n\n1. certified identity documents for each authorised signatory;\n2. your current "
        "professional indemnity insurance certificate;\n3. a bank statement for your client account dated within "
        "the last three months.\n\nPlease reply to this email with the documents attached.\n\nMany thanks,\n"
        "Rhian Probert\nOnboarding Specialist, PEXA",
  reply="Please find attached:\n\n- certified passport copies for both signatories (Naomi Ferris and Tobi "
        "Adeyemi);\n- our PII certificate for 2025/26;\n- the client account statement for December.\n\nLet me know "
        "if you need anything else.")

S("rjc-s004", "pexa", "B", "firm_request_documents",
  "Re: Action needed - verification documents outstanding (ONB-55103)",
  [P("Declan Moss", "declan.moss@quaysidepropertylaw.co.uk", "Mr Moss", "Declan", "Director\nQuayside Property Lawyers"),
   P("Farah Siddiqui", "farah.siddiqui@quaysidepropertylaw.co.uk", "Ms Siddiqui", "Farah", "Quayside Property Lawyers")],
  L(c=True, cat="onboarding"),
  "Bottom-posted reply to a third request for documents already sent twice: negative judgement, harm (lost "
  "instructions) and a demand for a named owner and a go-live date, so an implicit complaint about onboarding.",
  qfrom=PX_ONB, qdate=(2026, 2, 24, 14, 20), to="team",
  quote="Dear {dear},\n\nWe are still waiting for the certified identity documents for your firm's authorised "
        "signatories. Until we receive them we cannot continue with your application.\n\nPlease send them by "
        "replying to this email.\n\nKind regards,\nPEXA Onboarding",
  older=((2026, 2, 2, 10, 12), "Hello,\n\nAttached are the certified ID documents you asked for, for both of our "
         "signatories.\n\nRegards,\n{first}"),
  reply="As you can see from my email underneath yours, the documents went to you on 2 February. I sent them "
        "again on 13 February after someone on your phone line told me they had been 'misfiled'. This is the third "
        "time I have been asked for the same papers.\n\nOur go-live has slipped by five weeks and we have had to turn "
        "away two purchase instructions because the lenders insist on PEXA settlement. I need a named person to "
        "take ownership of our application and to call me by Friday with a firm go-live date.")

S("rjc-s005", "pexa", "B", "firm_platform_notice",
  "Re: Planned maintenance Sunday 8 March - complaint",
  [P("Priya Chandran", "p.chandran@orchardlanesolicitors.co.uk", "Ms Chandran", "Priya", "Head of Conveyancing\nOrchard Lane Solicitors"),
   P("Gavin Holt", "g.holt@orchardlanesolicitors.co.uk", "Mr Holt", "Gavin", "Orchard Lane Solicitors")],
  L(c=True, ex=True, cat="platform_defect"),
  "Orchard Lane staff answer PEXA's maintenance notice: the platform stayed down long after the window and two "
  "completions slipped; the subject they wrote calls it a complaint (explicit); OLS is the complainant, not the "
  "subject, so about_other_firm=null.",
  qfrom=PX_NOT, qdate=(2026, 3, 2, 8, 0), to="PEXA",
  quote="Dear {dear},\n\nPlanned maintenance: Sunday 8 March 2026, 22:00 to Monday 9 March 2026, 02:00.\n\nDuring "
        "this window the PEXA platform will be unavailable while we upgrade our settlement services. Please make "
        "sure no settlements are booked for this period. Workspaces will be available as normal from 02:00 on "
        "Monday.\n\nYou can check the platform's status at any time on our status page.\n\nThank you,\nThe PEXA team",
  reply="The platform was not available at 02:00. Our users could not get into any workspace until about 11:40 "
        "on Monday, and your status page said 'maintenance complete' from 02:05 the whole time.\n\nWe had two "
        "completions booked for Monday (workspaces 52-11870 and 52-11904). Neither could settle until Tuesday, one "
        "family spent an extra night in a hotel, and we have been asked to cover it.\n\nPlease explain what went "
        "wrong, why the status page was wrong, and how PEXA will meet these costs.")

S("rjc-s006", "pexa", "B", "firm_payment_reminder",
  "Re: Payment reminder - INV-UK-0226-4471",
  [P("Rosalind Keyes", "rosalind.keyes@heathcotebank.co.uk", "Ms Keyes", "Rosalind", "Mortgage Operations, Heathcote Bank"),
   P("Imran Qureshi", "imran.qureshi@heathcotebank.co.uk", "Mr Qureshi", "Imran", "Supplier Payments, Heathcote Bank")],
  L(c=True, cat="fees_charges"),
  "Bottom-posted reply to a payment reminder disputing lender fees on abandoned workspaces and asking for a "
  "reissued invoice: an implicit complaint about PEXA's fees; Heathcote is the complainant, so no firm.",
  qfrom=PX_FIN, qdate=(2026, 3, 11, 7, 30), to="Accounts team",
  quote="Dear {dear},\n\nOur records show that invoice INV-UK-0226-4471 for £18,340.00, due on 28 February 2026, "
        "has not yet been paid.\n\nPlease arrange payment within 7 days. If the invoice remains unpaid, access for "
        "your organisation's users may be suspended in line with your subscriber agreement.\n\nIf you have already "
        "paid, please ignore this reminder.\n\nPEXA Accounts",
  reply="We are holding this payment on purpose. The invoice charges the lender fee on 37 workspaces that were "
        "abandoned before settlement, and under clause 6.2 of our subscriber agreement abandoned workspaces are not "
        "chargeable. I raised this with your billing team on 4 March and have had no reply, and now we get a "
        "reminder threatening to suspend our users.\n\nPlease withdraw the reminder, confirm that no suspension "
        "will happen, and reissue the invoice without the 37 workspaces.")

S("rjc-s007", "pexa", "B", "firm_payment_reminder",
  "Re: Payment reminder - INV-UK-0126-3918",
  [P("Kerry Ansell", "kerry.ansell@marshpenrose.co.uk", "Ms Ansell", "Kerry", "Accounts\nMarsh & Penrose Conveyancing"),
   P("Lewis Trent", "lewis.trent@marshpenrose.co.uk", "Mr Trent", "Lewis", "Marsh & Penrose Conveyancing")],
  L(),
  "An ordinary answer to a payment reminder (paid, change of billing address): no dissatisfaction, not a complaint.",
  qfrom=PX_FIN, qdate=(2026, 2, 12, 7, 30), to="Accounts",
  quote="Dear {dear},\n\nOur records show that invoice INV-UK-0126-3918 for £1,212.50, due on 31 January 2026, has "
        "not yet been paid.\n\nPlease arrange payment within 7 days. If you have already paid, please ignore this "
        "reminder.\n\nPEXA Accounts",
  reply="Paid this morning by BACS, £1,212.50, our reference MPC-PEXA-0126. Sorry for the delay, our accounts "
        "assistant was off for most of January.\n\nCould you send future invoices to accounts@marshpenrose.co.uk "
        "rather than to me?")

S("rjc-s008", "pexa", "B", "firm_platform_notice",
  "Re: Your PEXA user account has been deactivated",
  [P("Ewan Strachan", "ewan.strachan@gmail.com", "Mr Strachan", "Ewan"),
   P("Moira Lindqvist", "moira.lindqvist@outlook.com", "Ms Lindqvist", "Moira")],
  L(r="access"),
  "A former user, below PEXA's deactivation notice, asks for a copy of the personal data PEXA holds about him "
  "(access) and says the deactivation was expected: a rights request without dissatisfaction, not a complaint.",
  qfrom=PX_NOT, qdate=(2026, 2, 3, 12, 15), to="PEXA",
  quote="Dear {dear},\n\nYour PEXA user account has been deactivated at the request of your subscriber, Greyfriars "
        "Law LLP. You will no longer be able to sign in or sign documents on their behalf.\n\nIf you think this is "
        "a mistake, please speak to your subscriber administrator.\n\nThe PEXA team",
  reply="Thanks for letting me know. That's expected: I left Greyfriars at the end of January.\n\nBefore my "
        "account's records are archived, please send me a copy of all the personal data PEXA holds about me, "
        "including my user profile, the identity documents I uploaded when I registered and the log of my "
        "sign-ins and digital signatures. A zip file by email is fine.")

S("rjc-s009", "pexa", "B", "third_party_conveyancer",
  "Fwd: Your purchase of 8 Tannery Lane - who is holding this up?",
  [P("Petra Lund", "petra.lund@gmail.com", "Mrs Lund", "Petra"),
   P("Owen Lund", "owen.lund81@btinternet.com", "Mr Lund", "Owen")],
  L(c=True, cat="delay", firm="unknown"),
  "A buyer bottom-posts under her conveyancer's email: Ridley Fox (not in the directory) blames 'the PEXA "
  "workspace' but has not replied for weeks; her grievance is with the firm acting for her, so PEXA forwards it: "
  "about_other_firm=unknown, category delay.",
  qfrom=("Josh Keane", "j.keane@ridleyfox.co.uk"), qdate=(2026, 2, 11, 15, 44), to="PEXA",
  quote="Dear {dear},\n\nThank you for your call. We are waiting for the PEXA workspace to be ready and for your "
        "lender's funds to be confirmed. We will be in touch as soon as we have a completion date.\n\nKind regards,\n"
        "Josh Keane\nConveyancing Assistant\nRidley Fox Conveyancing",
  reply="I'm sending you this because Ridley Fox keep blaming 'the PEXA workspace' and I don't know who else to "
        "ask. That email is from 11 February. Since then they have not returned a single call (I've left six "
        "messages) and the people buying our flat are threatening to pull out of the chain.\n\nCan you get Ridley "
        "Fox to deal with this, or find out from them what is actually holding things up?")

S("rjc-s010", "pexa", "B", "third_party_bank",
  "Fwd: Your mortgage completion - 20 February",
  [P("Harjit Sandhu", "harjit.sandhu@yahoo.co.uk", "Mr Sandhu", "Harjit"),
   P("Carys Bevan", "carys.bevan@icloud.com", "Ms Bevan", "Carys")],
  L(c=True, cat="platform_defect", firm="hcb"),
  "A borrower bottom-posts under his lender's email blaming the settlement platform for a late completion and asks "
  "who will repay his costs; a consumer's complaint goes to the participant firm serving him (Heathcote, hcb), "
  "category platform_defect from what went wrong.",
  qfrom=("Heathcote Bank", "mortgages@heathcotebank.co.uk"), qdate=(2026, 2, 24, 10, 9), to="PEXA",
  quote="Dear {dear},\n\nWe are sorry that your completion did not take place on Friday 20 February as planned. "
        "Your mortgage funds could not be released on that day because of a technical problem with the electronic "
        "settlement platform used by your solicitor. The funds were released on Monday 23 February and your "
        "purchase has now completed.\n\nYours sincerely,\nMortgage Servicing Team\nHeathcote Bank",
  reply="Heathcote Bank say above that the failure was on your platform. Because completion moved from Friday to "
        "Monday we paid the removal firm for two extra days (£780) and spent the weekend in a Premier Inn with two "
        "children and a dog.\n\nI would like to know whose fault this really was and who is going to pay us back.")

S("rjc-s011", "pexa", "B", "firm_acknowledgement",
  "Re: Your reference PXR-20377 - acknowledgement",
  [P("Gemma Roache", "gemma.roache@kestrelbs.co.uk", "Ms Roache", "Gemma", "Kestrel Building Society"),
   P("Stuart Pye", "stuart.pye@kestrelbs.co.uk", "Mr Pye", "Stuart", "Mortgage Completions, Kestrel BS")],
  L(c=True, cat="delay"),
  "A short 'still waiting' chaser below PEXA's acknowledgement, past the promised four weeks: a complaint about "
  "delay, implicit because the sender's own text never calls it a complaint (the word is only in the quote).",
  qfrom=PX_RES, qdate=(2026, 1, 14, 13, 3), to="team",
  quote="Dear {dear},\n\nThank you for your email of 13 January about the lodgement fees charged twice on "
        "Kestrel's December invoice. We have logged your complaint under reference PXR-20377 and will send you a "
        "full response within 4 weeks.\n\nKind regards,\nPEXA Customer Resolution",
  reply="Still waiting. Your email says four weeks and it is now nearly seven. Please send the response, or at "
        "least tell me when it is coming.")

S("rjc-s012", "pexa", "B", "firm_request_information",
  "Re: Ticket 88213 - settlement schedule totals",
  [P("Lorna Whitlock", "l.whitlock@ashdownmoss.co.uk", "Ms Whitlock", "Lorna", "Ashdown Moss Solicitors"),
   P("Deepak Rao", "d.rao@ashdownmoss.co.uk", "Mr Rao", "Deepak", "Conveyancing Executive\nAshdown Moss Solicitors")],
  L(br=True),
  "Answering support's request for a screenshot, the sender reports another firm's client's bank details shown "
  "in her workspace (breach=true) but expects nothing for herself ('no action needed from our side'): a breach "
  "report, not a complaint (like a neighbour's report).",
  qfrom=PX_SUP, qdate=(2026, 3, 4, 11, 51), to="Tom",
  quote="Dear {dear},\n\nThank you for reporting that the totals on your settlement schedule are not updating.\n\n"
        "So that we can look into it, could you send us the workspace number and a screenshot of the settlement "
        "schedule as it appears on your screen?\n\nKind regards,\nTom Havers\nPEXA Support",
  reply="Workspace 61-40287; screenshot attached.\n\nWhile preparing it I noticed something you will want to "
        "know about. The schedule in our workspace lists a payee who has nothing to do with our matter: a Mr D. "
        "Whitcombe, with his sort code, account number and a payout of £212,400. It looks as if it belongs to "
        "another firm's transaction. I have cropped the screenshot to our own lines and we have not kept his "
        "details anywhere else.\n\nNo action needed from our side; I'm just flagging it so your team can deal with it.")

S("rjc-s013", "pexa", "B", "firm_forwarding_notice",
  "Re: Your email of 2 March - passed to Orchard Lane Solicitors",
  [P("Bridget Oyelaran", "bridget.oyelaran@gmail.com", "Mrs Oyelaran", "Bridget"),
   P("Alan Prewett", "alan.prewett@talktalk.net", "Mr Prewett", "Alan")],
  L(),
  "A thank-you under PEXA's notice that her complaint was passed to Orchard Lane: she confirms it is being dealt "
  "with and wants nothing more from PEXA, so not a complaint (the complaint is only in the quote).",
  qfrom=PX_RES, qdate=(2026, 3, 3, 15, 26), to="Amira",
  quote="Dear {dear},\n\nThank you for your email of 2 March about the sale of your property.\n\nPEXA runs the "
        "settlement platform your solicitor uses but does not act for you, so we cannot investigate concerns about "
        "your solicitor ourselves. With your agreement, we have today passed your complaint to the Client Care "
        "Partner at Orchard Lane Solicitors, who will contact you directly. You can also reach them at "
        "complaints@orchardlanesolicitors.co.uk or on 0161 496 0231.\n\nKind regards,\nAmira Haddad\n"
        "PEXA Customer Resolution",
  reply="Thank you for passing this on so quickly. Orchard Lane's client care partner rang me yesterday and we "
        "have agreed a way forward, so there is nothing more I need from PEXA.")

S("rjc-s014", "pexa", "B", "firm_platform_notice",
  "Re: Changes to our Privacy Notice from 1 April 2026",
  [P("Isobel Rudd", "isobel.rudd@pellrudd.co.uk", "Ms Rudd", "Isobel", "Pell & Rudd Solicitors"),
   P("Conor Pell", "conor.pell@pellrudd.co.uk", "Mr Pell", "Conor", "Pell & Rudd Solicitors")],
  L(r="objection,informed"),
  "Below PEXA's privacy-notice update a user objects to her activity data being used for analytics profiling "
  "(objection) and asks who the provider is, where the data is kept and on what basis (informed), calmly: rights "
  "without a complaint.",
  qfrom=PX_PRIV, qdate=(2026, 3, 16, 9, 0), to="Privacy Team",
  quote="Dear {dear},\n\nWe are updating our Privacy Notice from 1 April 2026.\n\nThe main change: we will use "
        "information about how users interact with the platform (the pages viewed, the time taken to complete each "
        "step and the features used) to build usage profiles that help us improve our services. Some of this "
        "analysis will be carried out by an analytics provider acting on our behalf.\n\nThe full notice is on our "
        "website. You do not need to do anything.\n\nPEXA Privacy Team",
  reply="Two things about this, for my own user account.\n\nFirst, I object to my activity data being used to build "
        "a usage profile of me, so please leave me out of it.\n\nSecond, could you tell me who the analytics "
        "provider is, which country my data will be held in, and what lawful basis you are relying on?")

# ---- Group B, Conexus --------------------------------------------------------------------------

S("rjc-s015", "conexus", "B", "firm_arrears_letter",
  "Re: Northline Energy - balance outstanding, ref CX-512907",
  [P("Jasmine Oduya", "jasmine.oduya@gmail.com", "Ms Oduya", "Jasmine"),
   P("Fergus Kilbride", "fergus.kilbride@hotmail.co.uk", "Mr Kilbride", "Fergus")],
  L(c=True, pd=True, r="rectification", cat="debt_dispute"),
  "Bottom-posted: the debt is someone else's (Conexus linked the wrong person, so null) and she wants the chasing "
  "stopped: an implicit complaint disputing the debt (debt_dispute); personal_data=true because Conexus holds her "
  "name against another person's account, and she asks for that record to be corrected (rectification).",
  qfrom=CX_COL, qdate=(2026, 2, 19, 8, 45), to="Sir or Madam",
  quote="Dear {dear},\n\nCreditor: Northline Energy\nOur reference: CX-512907\nBalance: £842.16\n\nWe have written "
        "to you before about this balance and have not received a reply. Please contact us within 14 days to pay "
        "in full or to discuss an affordable payment plan.\n\nYou can pay online, by phone on 0161 555 0400, or by "
        "replying to this email.\n\nConexus Collections",
  reply="I have never had an account with Northline Energy. Your email is addressed to me by name, but the bill "
        "you're chasing is for gas used at 14 Fenwick Close between March and August 2024, and I only moved in "
        "that September. The previous tenant's name was on the letters that kept arriving for months.\n\nThis is "
        "the third time you've written to me about somebody else's debt. Please stop, correct your records so that "
        "my name is no longer linked to this account, and confirm that in writing.")

S("rjc-s016", "conexus", "B", "firm_payment_reminder",
  "Re: Missed payment - Pennant Mobile account",
  [P("Rhys Talbot", "rhys.talbot@outlook.com", "Mr Talbot", "Rhys"),
   P("Agnieszka Wolna", "aga.wolna@gmail.com", "Ms Wolna", "Agnieszka")],
  L(),
  "An ordinary answer to a missed-payment reminder (bank changed, new standing order, will pay): no "
  "dissatisfaction, not a complaint.",
  qfrom=CX_PAY, qdate=(2026, 3, 6, 9, 12), to="Conexus",
  quote="Dear {dear},\n\nWe have not received the instalment of £25.00 that was due on 1 March 2026 under your "
        "payment arrangement for your Pennant Mobile account (our reference CX-288413).\n\nPlease make the payment "
        "within 7 days, or contact us if your circumstances have changed.\n\nConexus Payments",
  reply="Sorry about this. I changed banks in February and the standing order didn't move across with everything "
        "else. I've set up a new one starting on 1 April and I'll pay the missed £25 by card on Friday when I'm paid.")

S("rjc-s017", "conexus", "B", "firm_final_response",
  "Re: Our final response - ref CXF-30381",
  [P("Nadia Haroun", "nadia.haroun@gmail.com", "Ms Haroun", "Nadia"),
   P("Trevor Gillam", "t.gillam@btinternet.com", "Mr Gillam", "Trevor")],
  L(c=True, r="access", cat="collection_conduct"),
  "Bottom-posted rejection of the final response on call frequency, with her own call log and a threat to go to the "
  "Ombudsman: an implicit complaint about collection conduct; she also asks for the call recordings and call log "
  "(access), which does not make it a data complaint.",
  qfrom=CX_CR, qdate=(2026, 2, 20, 14, 30), to="Customer Relations",
  quote="Dear {dear},\n\nFurther to your complaint of 12 January 2026 about the number of calls you received from "
        "us, we have now completed our investigation.\n\nOur records show 4 outbound calls to your mobile number "
        "between 5 and 11 January 2026. This is within our contact policy and we do not believe we contacted you "
        "excessively. We therefore do not uphold your complaint.\n\nThis is our final response. If you remain "
        "dissatisfied, you may refer your complaint to the Financial Ombudsman Service within six months of the "
        "date of this letter.\n\nYours sincerely,\nConexus Customer Relations",
  reply="I don't accept this. Your '4 calls' bears no relation to what happened. My phone's call log shows 19 "
        "calls from your 0161 number that week, two of them before 8am and one at 9.40 at night. Screenshots are "
        "attached. Either your records are incomplete or you only count calls that I answered.\n\nPlease send me "
        "copies of all the call recordings and the full call log you hold for my account for January, and look at "
        "this again properly. Otherwise I will take it to the Ombudsman.")

S("rjc-s018", "conexus", "B", "firm_arrears_letter",
  "Re: Your Lumen Water account - ref CX-417760",
  [P("Duncan Airlie", "duncan.airlie@gmail.com", "Mr Airlie", "Duncan"),
   P("Samira Belkacem", "samira.belkacem@yahoo.com", "Ms Belkacem", "Samira")],
  L(c=True, cat="debt_dispute", firm="lwt"),
  "Bottom-posted: the creditor kept billing an empty property after a notified move-out; only Lumen Water can fix "
  "its own bill, so about_other_firm=lwt, debt_dispute, implicit.",
  qfrom=CX_COL, qdate=(2026, 1, 29, 10, 2), to="Conexus",
  quote="Dear {dear},\n\nLumen Water has asked us to collect the balance on your account.\n\nCreditor: Lumen Water\n"
        "Our reference: CX-417760\nBalance: £467.90\n\nPlease pay the balance or contact us to agree a payment plan "
        "within 14 days.\n\nConexus Collections",
  reply="This is for water at 3 Quarry Row from July to December 2025. I moved out on 30 June. I rang Lumen that "
        "day with a final meter reading and my new address, and I have their letter of 4 July confirming the "
        "account was closed (attached).\n\nThey carried on billing an empty house. The bill is wrong and I am not "
        "paying it. Please send it back to Lumen and stop writing to me about it.")

S("rjc-s019", "conexus", "B", "firm_acknowledgement",
  "Re: Acknowledgement - your letter about Mr D. Achebe (CXC-40877)",
  [P("Ruth Penhaligon", "ruth.penhaligon@harboursidemoneyadvice.org.uk", "Ms Penhaligon", "Ruth",
     "Money Adviser\nHarbourside Money Advice"),
   P("Kwame Boateng", "kwame.boateng@harboursidemoneyadvice.org.uk", "Mr Boateng", "Kwame",
     "Senior Adviser\nHarbourside Money Advice")],
  L(c=True, tp=True, cat="delay"),
  "A money adviser's 'Chasing' note below the acknowledgement, past eight weeks with no final response: a complaint "
  "about delay, made on the client's behalf (third_party), implicit because the adviser's own text does not use "
  "the word.",
  qfrom=CX_CR, qdate=(2025, 12, 17, 11, 20), to="Customer Relations",
  quote="Dear {dear},\n\nThank you for your letter of 15 December 2025 on behalf of your client, Mr Desmond Achebe.\n\n"
        "We have recorded his complaint under reference CXC-40877. We aim to send a final response within 8 weeks. "
        "If we cannot, we will write to explain why and when to expect it.\n\nYours sincerely,\n"
        "Conexus Customer Relations",
  reply="Chasing. We are now in week ten with no final response for Mr Achebe and no letter explaining the hold-up. "
        "Please send the response by Friday 27 February, or we will advise him to refer the matter to the "
        "Financial Ombudsman.")

S("rjc-s020", "conexus", "B", "firm_request_information",
  "Re: Please check your details - payment plan CX-301552",
  [P("Tamsin Greaves", "tamsin.greaves@gmail.com", "Ms Greaves", "Tamsin"),
   P("Olu Bakare", "olu.bakare@outlook.com", "Mr Bakare", "Olu")],
  L(r="rectification"),
  "Below Conexus's request to check her details she corrects her date of birth and flat number and accepts the plan: "
  "a rectification request with no dissatisfaction, not a complaint.",
  qfrom=CX_COL, qdate=(2026, 3, 2, 15, 40), to="Conexus",
  quote="Dear {dear},\n\nBefore we set up your payment plan, please check the details we hold for you and reply to "
        "tell us if anything needs changing.\n\nDate of birth: 14/09/1997\nAddress: Flat 2, 19 Lime Street, "
        "Preston PR1 4DL\nPlan: £30.00 a month from 15 March 2026\n\nConexus Collections",
  reply="Mostly right, but two corrections please. My date of birth is 14/09/1979, not 1997, and I moved from Flat "
        "2 to Flat 5 in the same building last year, so the address should be Flat 5, 19 Lime Street. Please update "
        "your records.\n\nThe £30 a month from 15 March is fine.")

S("rjc-s021", "conexus", "B", "firm_arrears_letter",
  "Complaint - Re: Sterling Credit Loans account SCL-77310",
  [P("Lydia Marchetti", "lydia.marchetti@fernleighdental.co.uk", "Ms Marchetti", "Lydia"),
   P("Gareth Nwosu", "gareth.nwosu@brackleyjoinery.co.uk", "Mr Nwosu", "Gareth")],
  L(c=True, ex=True, pd=True, br=True, r="erasure", cat="personal_data"),
  "Bottom-posted under an arrears email sent to a shared work mailbox that a colleague read: a disclosure of her "
  "debt (breach), the main grievance is data handling (personal_data), she asks for the work address to be deleted "
  "(erasure), and the subject she wrote says complaint (explicit).",
  qfrom=CX_COL, qdate=(2026, 3, 10, 8, 2), to="Conexus",
  quote="Dear {dear},\n\nWe have been instructed by Sterling Credit Loans to recover the outstanding balance on your "
        "loan account.\n\nAccount: SCL-77310\nBalance: £1,906.44\n\nPlease contact us within 14 days to pay or to "
        "discuss a payment plan. If we do not hear from you, we may take further steps to recover the debt.\n\n"
        "Conexus Collections",
  reply="You sent the email above to my work address. I have never given that address to you or to Sterling "
        "Credit. It is a shared office mailbox, and our office manager opened your email before I got in and asked "
        "me about it. She now knows I have a debt, how much it is and who it is with.\n\nI want an explanation of "
        "how this happened. I also want this work address deleted from your records and never used again. Write "
        "to me at home.")

S("rjc-s022", "conexus", "B", "third_party_creditor",
  "Fwd: Your final bill from Pennant Mobile",
  [P("Shauna Docherty", "shauna.docherty@gmail.com", "Ms Docherty", "Shauna"),
   P("Viktor Hale", "viktor.hale@icloud.com", "Mr Hale", "Viktor")],
  L(c=True, cat="debt_dispute", firm="pmt"),
  "Bottom-posted under the creditor's own final bill: the disputed early termination charge was promised to be "
  "waived by Pennant, so only Pennant can fix the root cause: about_other_firm=pmt, debt_dispute.",
  qfrom=("Pennant Mobile", "billing@pennantmobile.co.uk"), qdate=(2025, 11, 3, 6, 30), to="Conexus",
  quote="Dear {dear},\n\nYour final bill is ready.\n\nAccount number: 7730 1184 92\nUsage and line rental to 21 "
        "October 2025: £26.45\nEarly termination charge: £312.00\nTotal due: £338.45\n\nPlease pay by 24 November "
        "2025. If this bill is not paid, your account may be passed to a debt collection agency.\n\nPennant Mobile",
  reply="You're collecting £338.45 for Pennant. Their final bill is above, and £312 of it is an early termination "
        "charge. I left because there was no signal at all at my new flat, and on 9 October a Pennant adviser told "
        "me on the phone that the charge would be waived because of the coverage fault. They never took it "
        "off.\n\nI'll pay the £26.45 for what I actually used, but not the rest.")

S("rjc-s023", "conexus", "B", "third_party_debt_adviser",
  "Fwd: Your Breathing Space is now in place",
  [P("Gemma Whitfield", "gemma.whitfield@outlook.com", "Gemma", "Gemma"),
   P("Kieran Doyle", "kieran.doyle22@gmail.com", "Kieran", "Kieran")],
  L(c=True, cat="collection_conduct"),
  "The debtor bottom-posts under her adviser's email: calls continued during Breathing Space and she wants it "
  "stopped and explained: an implicit complaint about collection conduct; she writes for herself, so "
  "third_party=false.",
  qfrom=("Lotte Brandt", "l.brandt@cedarbridgedebtadvice.org.uk"), qdate=(2026, 3, 3, 16, 5), to="Conexus",
  quote="Hi {dear},\n\nGood news: I registered your Breathing Space today (3 March) and the Insolvency Service has "
        "notified your creditors, including Conexus. For the next 60 days they must not contact you about these "
        "debts or add interest or charges.\n\nIf anyone does contact you, let me know straight away.\n\nBest wishes,\n"
        "Lotte Brandt\nDebt Adviser, Cedarbridge Debt Advice",
  reply="My adviser told you on 3 March that I'm in Breathing Space; her email to me is above. Your agent still "
        "rang me twice on Monday 9 March and left a voicemail saying a 'field visit' was being arranged. I've been "
        "sick with worry ever since.\n\nWhy is this still happening? Please confirm today that all contact has "
        "stopped.")

S("rjc-s024", "conexus", "B", "firm_arrears_letter",
  "Re: Beacon Home Finance loan BHF-55021 - balance due",
  [P("Helen Pryce", "helen.pryce@gmail.com", "Mr Pryce", "Helen"),
   P("Gwen Pryce-Evans", "gwen.pryce.evans@btinternet.com", "Mr Pryce", "Gwen")],
  L(r="restriction", tp=True),
  "A daughter with power of attorney writes below the arrears email for her father: she asks for a hold and for his "
  "details not to be used or passed on while it is checked (restriction), calmly: a third-party rights request, "
  "not a complaint.",
  qfrom=CX_COL, qdate=(2026, 2, 9, 9, 30), to="Conexus",
  quote="Dear {dear},\n\nCreditor: Beacon Home Finance\nLoan reference: BHF-55021\nBalance: £3,118.20\n\nWe wrote "
        "to you on 12 January 2026 and have not had a reply. Please contact us within 14 days to pay the balance "
        "or to agree a payment plan.\n\nConexus Collections",
  reply="I'm Mr Pryce's daughter and I hold a registered lasting power of attorney for his property and financial "
        "affairs (copy attached). Dad has dementia and moved into Ashgrove care home in January, so he cannot deal "
        "with letters himself.\n\nWe can't find any paperwork for this loan and we're checking with Beacon whether "
        "it is his. While we do, please put the account on hold and restrict the use of his details: no reporting "
        "to credit reference agencies and no passing them to anyone else until we have confirmed whether the debt "
        "is his.\n\nPlease write to me rather than to Dad from now on.")

S("rjc-s025", "conexus", "B", "firm_final_response",
  "Re: Final response to your complaint - CXF-30455",
  [P("Maureen Tilsley", "maureen.tilsley@hotmail.com", "Mrs Tilsley", "Maureen"),
   P("Sunil Varma", "sunil.varma@gmail.com", "Mr Varma", "Sunil")],
  L(),
  "A thank-you below an upheld final response, confirming the credit has arrived and the matter is settled: not a "
  "complaint, even though the quote and subject say complaint.",
  qfrom=("Ravi Menon", "ravi.menon@conexus-services.com"), qdate=(2026, 3, 12, 12, 10), to="Ravi",
  quote="Dear {dear},\n\nI am writing with our final response to your complaint about letters being sent to your "
        "previous address after you had told us you had moved.\n\nWe have upheld your complaint. I am sorry for the "
        "worry this caused. We have updated your address, and as a gesture of goodwill we have credited £75.00 to "
        "your account.\n\nIf you are unhappy with this response, you may refer your complaint to the Financial "
        "Ombudsman Service within six months.\n\nYours sincerely,\nRavi Menon\nCustomer Relations, Conexus",
  reply="Thank you, Ravi. I appreciate you ringing me first to explain, and the £75 credit is showing on my "
        "balance. That's all sorted as far as I'm concerned.")

S("rjc-s026", "conexus", "B", "firm_plan_decision",
  "Re: Your payment plan application",
  [P("Callum Reid", "callum.reid.gardens@gmail.com", "Mr Reid", "Callum"),
   P("Ines Carvalho", "ines.carvalho@outlook.com", "Ms Carvalho", "Ines")],
  L(r="automated_decision"),
  "Below an automated affordability decision the sender, politely and with no negative judgement, asks for a member "
  "of staff rather than the automated check to look at his application (automated_decision): a rights request, "
  "not a complaint.",
  qfrom=CX_PAY, qdate=(2026, 1, 21, 18, 2), to="Conexus",
  quote="Dear {dear},\n\nThank you for applying online for a reduced payment arrangement.\n\nBased on the "
        "information you gave us, our automated affordability check has not been able to approve a payment of "
        "£40.00 a month. We can offer an arrangement of £95.00 a month.\n\nTo accept this offer, reply YES to this "
        "email.\n\nConexus Payments",
  reply="Thanks for the quick answer. The online form only let me enter one month's income, and my work is "
        "seasonal (I'm a gardener, so January to March is always thin).\n\nCould a member of your team look at my "
        "application, rather than the automated check? I can send bank statements for the last twelve months if "
        "that helps.")

S("rjc-s027", "conexus", "B", "firm_statement",
  "Re: Your annual statement - ref CX-300118",
  [P("Anthony Mbeki", "anthony.mbeki@gmail.com", "Mr Mbeki", "Anthony"),
   P("Kirsty Lomax", "kirsty.lomax@yahoo.co.uk", "Ms Lomax", "Kirsty")],
  L(r="portability"),
  "Below the PDF statement the debtor asks for his payment history as a CSV file to import into budgeting software "
  "(portability); no dissatisfaction, not a complaint; mentioning his adviser does not make it third-party.",
  qfrom=CX_COL, qdate=(2026, 2, 2, 7, 0), to="Conexus",
  quote="Dear {dear},\n\nYour annual statement for account CX-300118 (creditor: Westbury Council Tax Services) is "
        "attached as a PDF.\n\nIt shows every payment received in the last 12 months and your balance on 31 "
        "January 2026.\n\nConexus Collections",
  reply="Thank you. Could you also send the payment history as a CSV or spreadsheet file? My debt adviser's "
        "budgeting software imports CSV, and the PDF can't be read into it. The whole history since the plan "
        "started in 2023 would be ideal.")

S("rjc-s028", "conexus", "B", "firm_arrears_letter",
  "Re: Heathcote Bank overdraft - updated balance",
  [P("Ewa Kaminska", "ewa.kaminska@gmail.com", "Ms Kaminska", "Ewa"),
   P("Lloyd Barraclough", "lloyd.barraclough@outlook.com", "Mr Barraclough", "Lloyd")],
  L(c=True, cat="fees_charges"),
  "Bottom-posted objection to a £45 administration charge Conexus added on top of the agreed balance, asking for it "
  "to be removed: an implicit complaint about a fee the firm added (fees_charges), Conexus's own doing, so no firm.",
  qfrom=CX_COL, qdate=(2026, 3, 13, 10, 25), to="Conexus",
  quote="Dear {dear},\n\nCreditor: Heathcote Bank (overdraft)\nOur reference: CX-455092\n\nBalance transferred to "
        "us: £210.00\nAdministration charge: £45.00\nBalance now due: £255.00\n\nPlease keep paying under your "
        "arrangement. Your next payment of £20.00 is due on 1 April 2026.\n\nConexus Collections",
  reply="The overdraft was £210 when Heathcote passed it to you, and I agreed to pay that at £20 a month. Now your "
        "letter adds a £45 'administration charge' that nobody mentioned and that isn't in the plan we agreed.\n\n"
        "Please take it off and send me a corrected balance.")

# ---- Group I: interleaved answers, PEXA --------------------------------------------------------

S("rjc-s029", "pexa", "I", "firm_questionnaire",
  "Re: Welcome to PEXA - setting up Halvorsen Kerr LLP",
  [P("Signe Halvorsen", "signe.halvorsen@halvorsenkerr.co.uk", "Ms Halvorsen", "Signe", "Halvorsen Kerr LLP"),
   P("Robert Kerr", "robert.kerr@halvorsenkerr.co.uk", "Mr Kerr", "Robert", "Partner\nHalvorsen Kerr LLP")],
  L(),
  "Interleaved plain answers to PEXA's set-up questions (name, users, client types, go-live date): all ordinary, "
  "not a complaint.",
  qfrom=PX_ONB, qdate=(2026, 3, 9, 10, 30), to="Rhian",
  parts=[("Dear {dear},\n\nWelcome to PEXA. So that we can set up your organisation, please answer the questions "
          "below.", None),
         ("1. What is your firm's registered name and SRA number?", "Halvorsen Kerr LLP, SRA number 640192."),
         ("2. How many users will need accounts at go-live, and who will be your subscriber administrator?",
          "Six users to start with. I will be the administrator."),
         ("3. Will you act for lenders as well as for buyers and sellers?", "Buyers and sellers only, for now."),
         ("4. On which date would you like to go live?",
          "Monday 13 April if that works for you; otherwise any day that week."),
         ("Once we have your answers we will send you your training dates.\n\nKind regards,\nRhian Probert\n"
          "Onboarding Specialist, PEXA", None)])

S("rjc-s030", "pexa", "I", "firm_request_information",
  "Re: Ticket 88540 - lodgement not completed",
  [P("Ailsa Munro", "ailsa.munro@greyfriarslaw.co.uk", "Ms Munro", "Ailsa", "Greyfriars Law LLP"),
   P("Ross Dalgleish", "ross.dalgleish@greyfriarslaw.co.uk", "Mr Dalgleish", "Ross", "Greyfriars Law LLP")],
  L(c=True, cat="platform_defect"),
  "Interleaved answers to support's questions; the third answer says lodgement has failed twice in a week at the "
  "final step and demands a fix and an explanation: an implicit complaint about a platform defect (Greyfriars is "
  "the complainant, so no firm).",
  qfrom=("Nisha Pillai", "nisha.pillai@pexa.co.uk"), qdate=(2026, 3, 13, 9, 14), to="Nisha",
  parts=[("Dear {dear},\n\nI'm sorry to hear the lodgement did not go through. So that we can investigate, could "
          "you answer the following?", None),
         ("Which workspace was affected?", "Workspace 39-77120."),
         ("At what time did you try to lodge, and what message did you see?",
          "About 15:10 on Thursday. The message was 'Lodgement could not be completed - please try again later', "
          "code LDG-214."),
         ("Did you try again, and if so, what happened?",
          "Yes, four times over the next hour, with the same result each time. This is the second time in a week "
          "that lodgement has fallen over at the final step, and both times I have had to explain to a client why "
          "their registration is held up. I need this fixed, and a proper explanation of what is going wrong rather "
          "than another ticket number."),
         ("Were any other users at your firm affected?", "Not that I know of."),
         ("Thanks,\nNisha Pillai\nPEXA Support", None)])

S("rjc-s031", "pexa", "I", "firm_feedback_survey",
  "Re: How was your training? - Discharges and Refinances, 5 March",
  [P("Colette Ibbotson", "colette.ibbotson@beaconhomefinance.co.uk", "Ms Ibbotson", "Colette",
     "Redemptions Team Manager\nBeacon Home Finance"),
   P("Martin Quayle", "martin.quayle@bhf.co.uk", "Mr Quayle", "Martin", "Beacon Home Finance")],
  L(c=True, cat="training"),
  "Interleaved survey answers: the materials answer reports an outdated handbook that led staff to abandon two "
  "discharges, and asks for an update and a refresher: an implicit complaint about training; Beacon is the "
  "complainant, so about_other_firm=null.",
  qfrom=PX_TRN, qdate=(2026, 3, 6, 16, 0), to="Training team",
  parts=[("Dear {dear},\n\nThank you for attending 'Discharges and Refinances' on 5 March. We would be grateful "
          "for your feedback.", None),
         ("How useful did you find the session overall?",
          "The session itself was useful, and the trainer was very clear."),
         ("Were the course materials accurate and easy to follow?",
          "No. The handbook still shows the old discharge screens. Three of my team followed it step by step last "
          "week, ended up in the wrong menu and had to abandon two discharges and start again, which put both "
          "refinances back a day. Please get the handbook updated, and run a short refresher for those three once "
          "it is."),
         ("Is there anything else you would like to tell us?",
          "Only that the joining link arrived ten minutes before the start."),
         ("Thank you,\nPEXA Training", None)])

S("rjc-s032", "pexa", "I", "firm_request_information",
  "Re: Annual user review - please confirm your details",
  [P("Jonathan Aldridge", "j.aldridge@wexcombelegal.co.uk", "Mr Aldridge", "Jonathan", "Wexcombe Legal"),
   P("Patricia Nwankwo", "p.nwankwo@wexcombelegal.co.uk", "Ms Nwankwo", "Patricia", "Wexcombe Legal")],
  L(r="rectification"),
  "Interleaved answers to the annual user review correct the user's name and signing mobile number (rectification) "
  "with no dissatisfaction: a rights request, not a complaint.",
  qfrom=PX_SUP, qdate=(2026, 1, 12, 8, 30), to="PEXA Support",
  parts=[("Dear {dear},\n\nAs part of our annual review of user accounts, please reply to confirm the details "
          "below.", None),
         ("Your full name as it should appear on signed documents:",
          "{full}. The profile currently shows a shortened, misspelt version; please correct it to my full name."),
         ("Your role:", "Senior Conveyancer."),
         ("Your mobile number for signing codes:",
          "07700 900418. The number on the profile is my old work phone, which has been handed back; please update "
          "it."),
         ("Are you still authorised to sign on behalf of your subscriber?", "Yes."),
         ("Thank you,\nPEXA Support", None)])

S("rjc-s033", "pexa", "I", "firm_request_information",
  "Re: Your invoice query - INV-UK-0226-4502",
  [P("Alastair Brookes", "alastair.brookes@fenmoorbs.co.uk", "Mr Brookes", "Alastair", "Finance\nFenmoor Building Society"),
   P("Yvonne Castle", "yvonne.castle@fenmoorbs.co.uk", "Ms Castle", "Yvonne", "Fenmoor Building Society")],
  L(c=True, cat="fees_charges"),
  "Interleaved answers to billing's questions: the second says priority lodgement has been wrongly charged for the "
  "third month running, and the third asks for a refund and the cause: an implicit complaint about fees.",
  qfrom=("Dylan Moore", "dylan.moore@pexa.co.uk"), qdate=(2026, 3, 5, 14, 47), to="Dylan",
  parts=[("Dear {dear},\n\nThank you for querying your February invoice. To look into it, please tell us:", None),
         ("- which invoice and which line items you are querying;",
          "INV-UK-0226-4502, the 'priority lodgement' lines. There are 23 of them."),
         ("- whether your users selected priority lodgement on those workspaces;",
          "They did not. Priority lodgement has been switched off for our whole organisation since we joined. This "
          "is the third month running we've been charged for it, and each time we've had to fill in this same "
          "questionnaire to get it credited."),
         ("- whether you would prefer a credit note or a refund.",
          "A refund, please. And I'd like someone to find out why this keeps happening."),
         ("Kind regards,\nDylan Moore\nBilling, PEXA", None)])

S("rjc-s034", "pexa", "I", "firm_request_information",
  "Re: Your message to PEXA",
  [P("Morag Sinclair", "morag.sinclair@gmail.com", "Ms Sinclair", "Morag"),
   P("Iain Buchanan", "iain.buchanan55@outlook.com", "Mr Buchanan", "Iain")],
  L(c=True, cat="delay", firm="gfl"),
  "Interleaved answers to PEXA's questions from a member of the public: the firm acting for her, Greyfriars Law, "
  "has held a deposit for five weeks and does not answer; PEXA cannot handle it, so about_other_firm=gfl, "
  "category delay.",
  qfrom=PX_RES, qdate=(2026, 3, 12, 11, 5), to="PEXA",
  parts=[("Dear {dear},\n\nThank you for getting in touch. So that we can direct your concern to the right place, "
          "could you tell us:", None),
         ("1. Which firm is acting for you?", "Greyfriars Law, in Edinburgh."),
         ("2. The address of the property?", "Flat 3, 27 Marchmont Crescent."),
         ("3. What has happened, and what would you like to happen?",
          "Our purchase fell through on 6 February and Greyfriars are still holding the £15,000 deposit we paid "
          "into their client account. Five weeks on it hasn't come back, and nobody there answers my emails. I want "
          "the deposit returned this week."),
         ("4. Are you happy for us to share your details with the firm?", "Yes."),
         ("Once we have this, we will pass your concern to the firm, who will reply to you directly.\n\nKind "
          "regards,\nPEXA Customer Resolution", None)])

S("rjc-s035", "pexa", "I", "firm_request_information",
  "Re: Your request for your personal data - PRIV-2291",
  [P("Aoife Gallagher", "aoife.gallagher@proton.me", "Ms Gallagher", "Aoife"),
   P("Rupert Lyall", "rupert.lyall@gmail.com", "Mr Lyall", "Rupert")],
  L(r="access,portability"),
  "Interleaved answers clarifying a data request: all the data (access) and the signing record as CSV or JSON to "
  "load into another system (portability); no dissatisfaction, not a complaint.",
  qfrom=PX_PRIV, qdate=(2026, 2, 16, 13, 22), to="Privacy Team",
  parts=[("Dear {dear},\n\nThank you for your request. To deal with it we need to check a few things.", None),
         ("1. Please confirm your full name and the email address your PEXA account used.",
          "{full}; the account used my old work address at Linton Brooks LLP."),
         ("2. Which information are you asking for?",
          "All of it: my profile, the identity checks you ran on me when I registered, and the record of every "
          "document I signed on the platform from 2023 until now."),
         ("3. How would you like to receive it?",
          "The signing record as a CSV or JSON file please, so that I can load it into my new firm's practice "
          "management system. The rest can be PDF."),
         ("We will reply within one month of receiving your answers.\n\nPEXA Privacy Team", None)])

S("rjc-s036", "pexa", "I", "firm_decision_questions",
  "Re: Application ONB-7715 - complaint about the decision",
  [P("Kemi Adebayo", "kemi@adebayoconveyancing.co.uk", "Ms Adebayo", "Kemi", "Adebayo Conveyancing"),
   P("Neville Osei", "neville@oseiconveyancing.co.uk", "Mr Osei", "Neville", "Osei Conveyancing")],
  L(c=True, ex=True, r="automated_decision", cat="onboarding"),
  "Interleaved answers appeal an automated onboarding rejection, ask for a person to review it (automated_decision) "
  "and record the harm; the subject she wrote calls it a complaint (explicit), category onboarding.",
  qfrom=PX_ONB, qdate=(2026, 2, 26, 17, 3), to="Onboarding team",
  parts=[("Dear {dear},\n\nYour application ONB-7715 was assessed by our automated eligibility check and cannot be "
          "approved at this time. Before we close it, please let us know:", None),
         ("- Did you receive the decision letter attached to our previous email?", "Yes."),
         ("- Would you like to appeal the decision?",
          "Yes. I want a member of staff to review it, not the automated check. As far as I can tell it rejected me "
          "because my registered address is a serviced office, which is how I have practised for eleven years and "
          "which the SRA has on record."),
         ("- Is there any further information you wish us to consider?",
          "This has already cost me a month and a remortgage client who needed PEXA settlement. I'd like a decision "
          "from a person within ten working days."),
         ("PEXA Onboarding", None)])

# ---- Group I: interleaved answers, Conexus ------------------------------------------------------

S("rjc-s037", "conexus", "I", "firm_questionnaire",
  "Re: Your income and expenditure - ref CX-622190",
  [P("Shelley Whitmore", "shelley.whitmore@gmail.com", "Ms Whitmore", "Shelley"),
   P("Darius Fard", "darius.fard@outlook.com", "Mr Fard", "Darius")],
  L(),
  "Interleaved plain answers to an income and expenditure questionnaire: all facts, no dissatisfaction, not a "
  "complaint.",
  qfrom=CX_COL, qdate=(2026, 2, 23, 12, 0), to="Conexus",
  parts=[("Dear {dear},\n\nTo work out an affordable plan, please answer these questions.", None),
         ("How many people live in your household, and how many are children?",
          "Three: me and my two sons, aged 9 and 12."),
         ("What is your total monthly income after tax, including benefits?",
          "£1,240 wages, plus £540 Universal Credit and £176 child benefit."),
         ("What are your main monthly outgoings?",
          "Rent £725, council tax £118, gas and electricity £140, water £38, phone and broadband £45, food about "
          "£400, bus passes £60."),
         ("Do you have any other debts?", "A catalogue account with about £300 left, which I pay at £15 a month."),
         ("Once we have your answers we will suggest a plan.\n\nConexus Collections", None)])

S("rjc-s038", "conexus", "I", "firm_request_information",
  "Re: Your account - proof of payment",
  [P("Graham Petts", "graham.petts@btinternet.com", "Mr Petts", "Graham"),
   P("Leonie Baptiste", "leonie.baptiste@gmail.com", "Ms Baptiste", "Leonie")],
  L(c=True, cat="debt_dispute"),
  "Interleaved answers: the loan was settled with Beacon before it was placed, yet Conexus keeps calling and "
  "writing; he wants it closed and an apology: an implicit complaint disputing the debt, about Conexus's own "
  "pursuit (Beacon only named), so about_other_firm=null.",
  qfrom=CX_CR, qdate=(2026, 3, 9, 15, 33), to="Conexus",
  parts=[("Dear {dear},\n\nYou told our agent that you have already paid this account. So that we can check, "
          "please tell us:", None),
         ("1. the creditor's account number;", "Beacon Home Finance personal loan 4471-0093."),
         ("2. when and how you paid;",
          "In full, £2,640, by bank transfer on 12 August 2025, after Beacon sent me a settlement figure."),
         ("3. any proof of payment you have.",
          "Beacon's settlement letter and my bank statement are attached. I sent the same two documents to your "
          "agent in November. Since then you have rung me nine times and written twice about a loan that was "
          "cleared before it was ever passed to you. I want it closed, and an apology."),
         ("Yours sincerely,\nConexus Customer Relations", None)])

S("rjc-s039", "conexus", "I", "firm_questionnaire",
  "Re: Supporting your mother - a few questions",
  [P("Daniel Okonkwo", "daniel.okonkwo@gmail.com", "Mr Okonkwo", "Daniel"),
   P("Fiona Gault", "fiona.gault@outlook.com", "Ms Gault", "Fiona")],
  L(c=True, tp=True, cat="collection_conduct"),
  "Interleaved answers from a son with authority: the last answer says agents rang his mother on a stroke ward "
  "after being told, and demands it stop and be explained: an implicit complaint about collection conduct, "
  "third_party.",
  qfrom=("Conexus Support", "support@conexus-services.com"), qdate=(2026, 3, 4, 10, 48), to="Conexus",
  parts=[("Dear {dear},\n\nThank you for telling us about your mother's circumstances. So that we can support "
          "her, please could you tell us:", None),
         ("Are you authorised to act for her? If so, please send us a copy of the authority.",
          "Yes. Her signed third-party authority form is attached."),
         ("Briefly, what is her situation at the moment?",
          "She had a stroke in February and is still on the stroke ward at St Mary's."),
         ("How would she prefer to be contacted?", "Through me only, by email."),
         ("Is there anything else we should know?",
          "Yes. Your agents phoned her mobile on the ward three times last week, after I told you on 26 February "
          "that she was in hospital. A nurse had to take the phone away because she was so upset. This has to "
          "stop, and I want an explanation of why it happened."),
         ("Kind regards,\nSpecialist Support Team\nConexus", None)])

S("rjc-s040", "conexus", "I", "firm_questionnaire",
  "Re: Spring placement - set-up questions",
  [P("Ursula Fenwick", "ursula.fenwick@heathcotebank.co.uk", "Ms Fenwick", "Ursula", "Collections Strategy Manager\nHeathcote Bank"),
   P("Owain Pritchard", "owain.pritchard@heathcote.co.uk", "Mr Pritchard", "Owain", "Heathcote Bank")],
  L(),
  "A creditor client's interleaved answers to placement set-up questions: all ordinary business answers, not a "
  "complaint; staff writing for their own bank, not third-party.",
  qfrom=CX_CL, qdate=(2026, 3, 18, 9, 55), to="Client Services",
  parts=[("Dear {dear},\n\nThank you for choosing us for your spring placement. A few questions to set it up:",
          None),
         ("How many accounts, and roughly what total balance?", "412 accounts, about £1.9m in total."),
         ("Which file format will you send?", "Our standard CSV layout, the same as the October batch."),
         ("When would you like collection activity to start?", "Wednesday 1 April. Please hold all letters until then."),
         ("Are any accounts marked as vulnerable?", "Yes, 17 of them, flagged in column V."),
         ("Kind regards,\nConexus Client Services", None)])

S("rjc-s041", "conexus", "I", "firm_request_information",
  "Re: Following up your call today",
  [P("Bethany Rowntree", "bethany.rowntree@gmail.com", "Ms Rowntree", "Bethany"),
   P("Stelios Andreou", "stelios.andreou@yahoo.co.uk", "Mr Andreou", "Stelios")],
  L(r="rectification,objection"),
  "Interleaved answers after a call: she gives her new address to be updated (rectification) and objects to any "
  "marketing use of her details (objection), calmly: rights without a complaint.",
  qfrom=CX_COL, qdate=(2026, 3, 17, 16, 20), to="Conexus",
  parts=[("Dear {dear},\n\nThank you for calling us today. To finish off what we discussed, please confirm:", None),
         ("- your new address;",
          "7 Larch Way, Kendal LA9 6RT. Please update your records; the old address is no longer mine."),
         ("- your preferred phone number;", "07700 900652 (mobile)."),
         ("- whether you would like to receive offers from our partners, such as debt solutions and insurance.",
          "No. I object to my details being used for any marketing, by you or by your partners."),
         ("Conexus Collections", None)])

S("rjc-s042", "conexus", "I", "firm_request_information",
  "Re: Your call on 4 March - a few questions (ref CXC-41552)",
  [P("Josie Hartnell", "josie.hartnell@gmail.com", "Ms Hartnell", "Josie"),
   P("Aaron Blyth", "aaron.blyth@outlook.com", "Mr Blyth", "Aaron")],
  L(c=True, pd=True, br=True, cat="collection_conduct"),
  "Interleaved answers to the investigator: the field agent announced the debt and creditor within a neighbour's "
  "hearing (breach, personal_data) and threatened to wait outside; the main grievance is how the debt was pursued "
  "(collection_conduct); implicit.",
  qfrom=("Joanne Birch", "joanne.birch@conexus-services.com"), qdate=(2026, 3, 5, 11, 17), to="Joanne",
  parts=[("Dear {dear},\n\nI am investigating the concerns you raised on the phone yesterday about our field "
          "agent's visit. Please could you tell me:", None),
         ("1. The date and approximate time of the visit.", "Tuesday 3 March, at about ten past seven in the evening."),
         ("2. What the agent said to you.",
          "He stood on the path and said, loud enough for the street to hear, that I owed Northline Energy £2,300 "
          "and that 'the bailiffs are next'. When I asked him to lower his voice he said he would wait in his car "
          "until I came out with a payment."),
         ("3. Whether anyone else was present.",
          "My neighbour was on her drive and heard all of it. She asked me about it the next morning. I have never "
          "been so embarrassed, and I want to know what you are going to do about him."),
         ("Kind regards,\nJoanne Birch\nCustomer Relations, Conexus", None)])

S("rjc-s043", "conexus", "I", "firm_request_information",
  "Re: Your client Ms L. Forsyth - Breathing Space",
  [P("Priti Mehta", "priti.mehta@northgatedebtcentre.org.uk", "Ms Mehta", "Priti", "Debt Adviser\nNorthgate Debt Centre"),
   P("Colin Ashby", "colin.ashby@northgatedebtcentre.org.uk", "Mr Ashby", "Colin", "Northgate Debt Centre")],
  L(tp=True),
  "A money adviser's interleaved factual answers about a client's Breathing Space: third_party (written for the "
  "client), no dissatisfaction, not a complaint.",
  qfrom=CX_CR, qdate=(2026, 3, 18, 14, 2), to="Conexus",
  parts=[("Dear {dear},\n\nThank you for your email about your client, Ms Leanne Forsyth. Please could you "
          "confirm:", None),
         ("- Has a Breathing Space been registered? If so, from what date?",
          "Yes, a standard Breathing Space from 16 March 2026."),
         ("- Which of our accounts does it cover?",
          "Both of them: CX-610233 (Pennant Mobile) and CX-610871 (Northline Energy)."),
         ("- Is a debt management plan likely to be proposed?",
          "Probably. We will know after her budget review on 2 April and will write to you then."),
         ("Yours sincerely,\nConexus Customer Relations", None)])

S("rjc-s044", "conexus", "I", "firm_request_information",
  "Re: Your dispute - Brightwell Home Shopping account",
  [P("Marcia Ellington", "marcia.ellington@gmail.com", "Mrs Ellington", "Marcia"),
   P("Tomasz Zielinski", "tomasz.zielinski@outlook.com", "Mr Zielinski", "Tomasz")],
  L(c=True, cat="debt_dispute", firm="unknown"),
  "Interleaved answers: the debt is for a sofa the creditor, Brightwell Home Shopping (not in the directory), never "
  "delivered and refused to refund; only the creditor can fix it, so about_other_firm=unknown, debt_dispute.",
  qfrom=CX_CR, qdate=(2026, 1, 8, 10, 40), to="Conexus",
  parts=[("Dear {dear},\n\nYou told us you dispute this debt. So that we can refer it to our client, please tell "
          "us:", None),
         ("1. why you believe the balance is not owed;",
          "Brightwell Home Shopping charged me £689 for a corner sofa that was never delivered. Their courier marked "
          "it 'delivered' on 14 October while I was at home all day, and no sofa came. Brightwell refused a refund "
          "and told me to take it up with the courier."),
         ("2. whether you raised this with Brightwell at the time;",
          "Yes, by phone on 15 October and by email on 20 October. The email is attached."),
         ("3. what outcome you are looking for.",
          "Brightwell should cancel the charge. I'm not paying for a sofa I never received."),
         ("Yours sincerely,\nConexus Customer Relations", None)])

# ---- Group T: controls (top-posted replies and new mail), PEXA --------------------------------

S("rjc-s045", "pexa", "T", "firm_ticket_notice",
  "Re: Ticket 87990 closed",
  [P("Farida Lakhani", "farida.lakhani@lintonbrooks.co.uk", "Ms Lakhani", "Farida", "Linton Brooks LLP"),
   P("George Ampofo", "george.ampofo@lintonbrooks.co.uk", "Mr Ampofo", "George", "Linton Brooks LLP")],
  L(c=True, ex=True, cat="service_quality"),
  "Top-posted above a ticket-closed notice: the sender makes a formal complaint about an agent who closed the "
  "ticket unfixed, blamed the firm and ended the call: explicit, service_quality.",
  qfrom=PX_SUP, qdate=(2026, 2, 17, 17, 40), to="PEXA Support",
  quote="Dear {dear},\n\nYour support ticket 87990 has been closed.\n\nSummary: user advised to contact their own "
        "IT team.\n\nIf you need more help, reply to this email within 14 days to reopen the ticket.\n\nPEXA Support",
  reply="I want to make a formal complaint about how this ticket was handled. Your agent closed it without fixing "
        "anything, and when I rang to ask why, he told me twice that it was 'our side's problem' and ended the call "
        "while I was still speaking.\n\nThe problem (a seller's discharge showing as unsigned) was fixed by one of "
        "your colleagues in ten minutes the next morning, so it was clearly not ours. I would like an apology and "
        "an assurance that support calls will be handled properly in future.")

S("rjc-s046", "pexa", "T", "firm_training_booking",
  "Re: Booking your on-site training",
  [P("Mei Lin Tan", "meilin.tan@harwoodsolicitors.co.uk", "Ms Tan", "Mei Lin", "Harwood Solicitors"),
   P("Patrick Roe", "patrick.roe@harwoodsolicitors.co.uk", "Mr Roe", "Patrick", "Harwood Solicitors")],
  L(),
  "A top-posted ordinary answer choosing a training slot: no dissatisfaction, not a complaint.",
  qfrom=PX_TRN, qdate=(2026, 3, 10, 10, 0), to="Training team",
  quote="Dear {dear},\n\nWe can offer your on-site training on Thursday 26 March at 14:00 or Friday 27 March at "
        "10:00. The session lasts about two hours and suits up to eight people.\n\nPlease let us know which you "
        "prefer.\n\nPEXA Training",
  reply="Thursday at 2pm works for us. There will be seven of us, and I'll book our large meeting room, which has a "
        "screen you can plug a laptop into. Parking is at the back of the building.")

S("rjc-s047", "pexa", "T", "own_earlier_message",
  "Re: Adding a second signatory for a lender",
  [P("Hugo Fairbanks", "hugo@tolmerlaw.co.uk", "Mr Fairbanks", "Hugo", "Tolmer Property Law"),
   P("Anjali Desai", "anjali@tolmerlaw.co.uk", "Ms Desai", "Anjali", "Tolmer Property Law")],
  L(c=True, cat="delay"),
  "A top-posted chaser above the sender's own neutral question: three weeks without a reply and a completion at "
  "risk: an implicit complaint about delay.",
  qfrom="SELF", qdate=(2026, 2, 19, 9, 26), to="PEXA Support",
  quote="Hello,\n\nCould you tell me how to add a second signatory for the lender in an existing workspace? The "
        "lender's first signatory is on leave.\n\nWorkspace 44-60318.\n\nThanks,\n{first}",
  reply="Three weeks and no reply to the question below, apart from the automatic ticket number. We have a "
        "completion next Wednesday that depends on it. Can someone answer today, please?")

S("rjc-s048", "pexa", "T", "no_quote",
  "PEXA fee on our completion statement?",
  [P("Zainab Hussain", "zainab.hussain@gmail.com", "Ms Hussain", "Zainab"),
   P("Craig Ellery", "craig.ellery@outlook.com", "Mr Ellery", "Craig")],
  L(c=True, cat="fees_charges", firm="mpc"),
  "New mail from a buyer: the conveyancer, Marsh & Penrose, added an unquoted '£180 PEXA fee' and won't remove it; "
  "her grievance is the charge from the firm acting for her, so about_other_firm=mpc, fees_charges, implicit.",
  reply="We're buying 12 Orchid Mews and Marsh and Penrose are acting for us. Their completion statement, which "
        "came yesterday, includes a £180 'PEXA platform fee' that was never in their quote. When I asked, they said "
        "it's something PEXA makes them charge and it isn't negotiable.\n\nWe were quoted a fixed fee. Is this "
        "right? If PEXA doesn't charge buyers anything, I want Marsh and Penrose to take it off.")

S("rjc-s049", "pexa", "T", "no_quote",
  "Please delete my user details",
  [P("Rosemary Clough", "rosemary.clough@gmail.com", "Mrs Clough", "Rosemary"),
   P("Bernard Ashe", "bernard.ashe@btinternet.com", "Mr Ashe", "Bernard")],
  L(r="erasure"),
  "New mail from a retired user asking PEXA to delete her profile, contact details and ID copies (erasure): a rights "
  "request without dissatisfaction, not a complaint.",
  reply="I retired from Wexcombe Legal at the end of February and my PEXA user account has been closed by the "
        "firm.\n\nPlease delete my user profile, my contact details and the copies of my identity documents that "
        "were uploaded when I registered. Thank you for all the help over the years.")

S("rjc-s050", "pexa", "T", "no_quote",
  "Support line - 48 minutes on hold today",
  [P("Lucy Thwaite", "lucy.thwaite@solentmutual.co.uk", "Ms Thwaite", "Lucy", "Completions\nSolent Mutual Building Society"),
   P("Hamish Kerr", "hamish.kerr@solentmutual.co.uk", "Mr Kerr", "Hamish", "Solent Mutual Building Society")],
  L(c=True, cat="wait_time"),
  "New mail from lender staff about 48 and 35 minutes on hold with settlements waiting, asking what PEXA will do: "
  "an implicit complaint about waiting to reach someone (wait_time).",
  reply="Today I waited 48 minutes on your support line before anyone answered, and yesterday I gave up after 35. "
        "Both times we had a settlement waiting on the answer.\n\nIs the line short-staffed? I'd like to know what "
        "you are doing about it, because we cannot keep working like this.")

S("rjc-s051", "pexa", "T", "third_party_bank",
  "Fwd: Your redemption statement",
  [P("Nuno Ferreira", "nuno.ferreira@gmail.com", "Mr Ferreira", "Nuno"),
   P("Abigail Stone", "abigail.stone@icloud.com", "Mrs Stone", "Abigail")],
  L(c=True, cat="inaccurate_information", firm="kbs"),
  "Top-posted above his lender's email: Kestrel has given three different redemption figures and he needs one "
  "correct one; a consumer's grievance about his own lender, so about_other_firm=kbs, inaccurate_information.",
  qfrom=("Kestrel Building Society", "redemptions@kestrelbs.co.uk"), qdate=(2026, 3, 20, 13, 45), to="PEXA",
  quote="Dear {dear},\n\nYour redemption statement has been uploaded to your solicitor's PEXA workspace.\n\nThe "
        "amount needed to repay your mortgage on 27 March 2026 is £143,882.61.\n\nYours sincerely,\nRedemptions "
        "Team\nKestrel Building Society",
  reply="See below from Kestrel. That's the third redemption figure they have given me in a fortnight: £139,210 on "
        "the 10th, £141,005 on the 17th and now this. My solicitor can't match any of them to my annual statement, "
        "and we complete on the 27th.\n\nCan you pass this to whoever handles these things at Kestrel? I need one "
        "figure that is right.")

S("rjc-s052", "pexa", "T", "no_quote",
  "Formal complaint - our partners' ID documents sent to another firm",
  [P("Verity Hale", "verity.hale@harrowvale.co.uk", "Ms Hale", "Verity", "Practice Manager\nHarrow & Vale Solicitors"),
   P("Simon Achterberg", "simon.achterberg@harrowvale.co.uk", "Mr Achterberg", "Simon", "Harrow & Vale Solicitors")],
  L(c=True, ex=True, pd=True, br=True, cat="personal_data"),
  "New mail: PEXA's onboarding team emailed two partners' passports and home addresses to another firm; staff "
  "writing for their own firm (not third-party), the word complaint is used (explicit), data sent to the wrong "
  "party (breach, personal_data).",
  reply="I wish to complain about a serious data breach by your onboarding team.\n\nOn Monday a member of staff at "
        "Orchard Lane Solicitors rang to say they had received an email from PEXA Onboarding containing the "
        "passport scans and home addresses of our two partners, which we sent you last week for our renewal "
        "checks. They have deleted it, but it should never have left your team.\n\nPlease tell me how this "
        "happened, who else may have received it, and what you are doing to stop it happening again.")

# ---- Group T: controls, Conexus -----------------------------------------------------------------

S("rjc-s053", "conexus", "T", "firm_arrears_letter",
  "Re: Pennant Mobile - balance outstanding",
  [P("Stacey Rimmer", "stacey.rimmer@gmail.com", "Ms Rimmer", "Stacey"),
   P("Joel Ikeda", "joel.ikeda@outlook.com", "Mr Ikeda", "Joel")],
  L(c=True, ex=True, cat="collection_conduct"),
  "Top-posted above an arrears email: a complaint (explicit) about eight calls in two days, one during a funeral: "
  "collection_conduct.",
  qfrom=CX_COL, qdate=(2026, 3, 16, 8, 15), to="Conexus",
  quote="Dear {dear},\n\nCreditor: Pennant Mobile\nOur reference: CX-633017\nBalance: £412.80\n\nWe have been "
        "unable to reach you by phone. Please contact us within 7 days to pay or to agree a payment plan.\n\n"
        "Conexus Collections",
  reply="I'm making a complaint about your calls. Five yesterday and three today, one of them while I was at my "
        "dad's funeral, which I told your agent when I answered. I have never refused to pay this; I asked for a "
        "plan in February and nobody got back to me.\n\nStop calling me several times a day. Email me a plan I can "
        "afford and I will sign it.")

S("rjc-s054", "conexus", "T", "firm_request_information",
  "Re: We tried to call you",
  [P("Nasrin Akhtar", "nasrin.akhtar@gmail.com", "Ms Akhtar", "Nasrin"),
   P("Dominic Vance", "dominic.vance@yahoo.co.uk", "Mr Vance", "Dominic")],
  L(),
  "A top-posted ordinary answer giving a good time to call: no dissatisfaction, not a complaint.",
  qfrom=CX_COL, qdate=(2026, 3, 19, 11, 2), to="Conexus",
  quote="Dear {dear},\n\nWe tried to call you today about your account (our reference CX-640122) but could not get "
        "through.\n\nPlease let us know a good day and time to call you.\n\nConexus Collections",
  reply="Yes, please call me on Wednesday any time after 5pm on 07700 900873. I'm at work before then and can't "
        "take calls.")

S("rjc-s055", "conexus", "T", "no_quote",
  "Constituent Mr A. Reddy - ways to pay",
  [P("Eleanor Fitch", "eleanor.fitch@parliament.uk", "Ms Fitch", "Eleanor", "Caseworker to Sir Malcolm Ede MP"),
   P("Jack Ormerod", "jack.ormerod@parliament.uk", "Mr Ormerod", "Jack", "Senior Caseworker, office of Rachel Dunmore MP")],
  L(c=True, tp=True, cat="process"),
  "New mail from an MP's office for a constituent: the rule that payments can only be made by card by phone or "
  "online shuts out an 81-year-old without a card; the rule itself is the grievance (process), third_party, implicit.",
  reply="I am writing on behalf of my constituent, Mr Alan Reddy, of 22 Poplar Drive, Wellingborough (your "
        "reference CX-598814).\n\nMr Reddy is 81. He has agreed to pay £10 a month, but your team has told him "
        "that payments can only be made by debit card over the phone or on your website. He has no debit card and "
        "does not use the internet. He paid Northline by cheque for years and would like to pay you the same way, "
        "or at the post office.\n\nPlease explain why you do not accept cheques, and what you will do so that he "
        "can pay.")

S("rjc-s056", "conexus", "T", "no_quote",
  "Subject access request - ref CX-700245",
  [P("Gordon Mackie", "gordon.mackie@gmail.com", "Mr Mackie", "Gordon"),
   P("Rebecca Quinn", "rebecca.quinn@outlook.com", "Ms Quinn", "Rebecca")],
  L(r="access"),
  "New mail making a subject access request (copy of all data, recordings, notes) with no dissatisfaction: a "
  "rights request, not a complaint.",
  reply="Under Article 15 of the UK GDPR, please send me a copy of all the personal data you hold about me. That "
        "includes the account notes, letters and emails, and any recordings of phone calls with me.\n\nMy reference "
        "is CX-700245 and my address is 9 Heron Court, Lincoln LN2 5TF. I'm happy to receive it by email.")

S("rjc-s057", "conexus", "T", "third_party_creditor",
  "Fwd: Council tax - 9 Mill Lane",
  [P("Francesca Doyle", "francesca.doyle@gmail.com", "Ms Doyle", "Francesca"),
   P("Raymond Tulloch", "raymond.tulloch@outlook.com", "Mr Tulloch", "Raymond")],
  L(c=True, cat="debt_dispute", firm="wbc"),
  "Top-posted above the council's own letter: council tax billed for a property sold before the year began; only "
  "the creditor (Westbury Council) can correct its bill, so about_other_firm=wbc, debt_dispute.",
  qfrom=("Westbury Council", "revenues@westbury.gov.uk"), qdate=(2026, 2, 25, 9, 0), to="Conexus",
  quote="Dear {dear},\n\nCouncil tax account 40017762, 9 Mill Lane, Westbury\n\nThe council tax for 2025/26 of "
        "£612.40 remains unpaid. We have passed this balance to Conexus, who will contact you to arrange "
        "payment.\n\nRevenues and Benefits\nWestbury Council",
  reply="You have written to me about council tax for 9 Mill Lane for 2025/26, and the council's letter is below. I "
        "sold 9 Mill Lane on 16 January 2025, before that year started, and sent the council the completion "
        "statement the same week.\n\nI'm not liable for this. The council has to correct its records; please send "
        "it back to them and don't chase me for it.")

S("rjc-s058", "conexus", "T", "no_quote",
  "Your text went to my ex-partner",
  [P("Kayleigh Brennan", "kayleigh.brennan@gmail.com", "Ms Brennan", "Kayleigh"),
   P("Marek Nowicki", "marek.nowicki@outlook.com", "Mr Nowicki", "Marek")],
  L(c=True, pd=True, br=True, cat="personal_data"),
  "New mail: a text with the balance and reference went to an old number now held by the sender's ex-partner, "
  "though a new number was given in December: disclosure (breach) and an outdated record; data handling is the main "
  "grievance (personal_data), implicit.",
  reply="Your text message yesterday, with my balance and your reference number, went to my old mobile number. "
        "That number now belongs to my ex-partner, who has forwarded it to me with a nasty comment.\n\nI gave you my "
        "new number in December, when I set up the plan. Why are you still using the old one, and what are you "
        "going to do about the fact that he now knows my business?")

S("rjc-s059", "conexus", "T", "firm_plan_confirmation",
  "Re: Your payment plan is set up",
  [P("Linda Hargreaves", "linda.hargreaves@hotmail.co.uk", "Mrs Hargreaves", "Linda"),
   P("Tariq Mahmood", "tariq.mahmood@gmail.com", "Mr Mahmood", "Tariq")],
  L(),
  "A top-posted thank-you above the plan confirmation: no dissatisfaction, nothing more wanted, not a complaint.",
  qfrom=("Denise Allsop", "denise.allsop@conexus-services.com"), qdate=(2026, 3, 18, 15, 30), to="Denise",
  quote="Dear {dear},\n\nThank you for speaking with me today. Your payment plan is now set up:\n\n£35.00 a month "
        "by standing order, starting on 1 April 2026, until the balance of £1,120.00 is cleared.\n\nIf anything "
        "changes, just let us know.\n\nKind regards,\nDenise Allsop\nConexus",
  reply="Thanks Denise, that's all fine. Thank you for being so patient with me on the phone, it made a difficult "
        "call a lot easier.")

S("rjc-s060", "conexus", "T", "no_quote",
  "Balances quoted to our customers",
  [P("Sanjay Kapoor", "sanjay.kapoor@northline-energy.co.uk", "Mr Kapoor", "Sanjay", "Collections Lead\nNorthline Energy"),
   P("Abby Renshaw", "abby.renshaw@northlineenergy.co.uk", "Ms Renshaw", "Abby", "Northline Energy")],
  L(c=True, cat="inaccurate_information"),
  "New mail from a creditor client: Conexus agents quoted out-of-date balances to Northline's customers; the "
  "client wants it corrected and prevented: an implicit complaint about wrong information; Northline is the "
  "complainant, so no firm.",
  reply="Your agents are quoting our customers balances from the January file, not the updated file we sent on 4 "
        "February. At least three customers have rung us upset after being told figures that were higher than "
        "they owe.\n\nPlease confirm which file your agents are using, correct the balances, and tell us how you "
        "will make sure this doesn't happen again.")


# ---------------------------------------------------------------------------------------------
# rendering


def persona_fields(p):
    full, addr, dear, first, sig = p
    return {"full": full, "addr": addr, "dear": dear, "first": first, "sig": sig}


def sign_off(rng, env, pf, trailer=True):
    form = ENVS[env][4][rng.randrange(len(ENVS[env][4]))]
    s = form.format(first=pf["first"], full=pf["full"])
    if pf["sig"]:
        s += "\n" + pf["sig"]
    if trailer and ENVS[env][5]:
        s += "\n\n" + ENVS[env][5]
    return s


def interleaved_blocks(sc, pf):
    """[(quoted text, answer or None)]: the quoted parts up to each answer joined into one block (the original's
    paragraphs), the last block the quoted rest after the final answer."""
    blocks, acc = [], []
    for qt, ans in sc["parts"]:
        acc.append(qt.format(**pf))
        if ans:
            blocks.append(("\n\n".join(acc), ans.format(**pf)))
            acc = []
    if acc:
        blocks.append(("\n\n".join(acc), None))
    return blocks


def greeting(rng, env, to):
    g = ENVS[env][3][rng.randrange(len(ENVS[env][3]))]
    return g.format(to=to)


def quoted_plain(sc, pf, env, rng_wrap):
    """The plain-text quote of the scenario's quoted mail (all of it), with attribution."""
    style, two = ENVS[env][1], ENVS[env][2]
    dt = datetime.datetime(*sc["qdate"])
    attr = attribution(style, dt, *qsender(sc, pf), two)
    msg = sc["quote"].format(**pf)
    if sc["older"]:
        odt = datetime.datetime(*sc["older"][0])
        msg += "\n\n" + attribution(style, odt, pf["full"], pf["addr"], False) + "\n" + \
            quote_lines(sc["older"][1].format(**pf))
    q = quote_lines(msg)
    wrapped = False
    if rng_wrap:
        q, wrapped = wrap_one_line(q)
    return attr, q, wrapped


def quoted_html_inner(sc, pf, env):
    msg = html_block(sc["quote"].format(**pf))
    if sc["older"]:
        odt = datetime.datetime(*sc["older"][0])
        oattr = attribution("gmail", odt, pf["full"], pf["addr"], False, html=True, fit=False)
        msg += ('<br>\n<div class="gmail_quote"><div class="gmail_attr">' + oattr + '<br></div>'
                '<blockquote class="gmail_quote">' + html_block(sc["older"][1].format(**pf)) + '</blockquote></div>')
    return msg


def qsender(sc, pf):
    """(name, address) of the quoted mail's sender; "SELF" is the sender's own earlier message."""
    return (pf["full"], pf["addr"]) if sc["qfrom"] == "SELF" else sc["qfrom"]


def html_attr(sc, pf):
    dt = datetime.datetime(*sc["qdate"])
    return ('<div class="gmail_quote"><div class="gmail_attr">\n'
            + attribution("gmail", dt, *qsender(sc, pf), False, html=True) + "<br></div>")


def render(sc, copy, env, rng, wrap):
    pf = persona_fields(sc["who"][copy])
    html = ENVS[env][0]
    g = greeting(rng, env, sc["to"])
    so = sign_off(rng, env, pf)
    so_short = so.split("\n\n")[0]  # group I: the trailer goes at the very end, below the quoted rest
    subj = sc["subj"]
    if not sc["fresh_subject"] and env in ("android-plain", "yahoo-plain") and subj.startswith("Re: "):
        subj = "RE: " + subj[4:]
    grp = sc["grp"]
    wrapped = False
    if not html:
        if grp == "B":
            attr, q, wrapped = quoted_plain(sc, pf, env, wrap)
            body = (g + "\n\n" if g else "") + attr + "\n" + q + "\n\n" + sc["reply"].format(**pf) + "\n\n" + so
        elif grp == "I":
            style, two = ENVS[env][1], ENVS[env][2]
            attr = attribution(style, datetime.datetime(*sc["qdate"]), *qsender(sc, pf), two)
            out = ([g, ""] if g else []) + [attr]
            blocks = interleaved_blocks(sc, pf)
            for i, (qt, ans) in enumerate(blocks):
                qq = quote_lines(qt)
                if wrap and not wrapped:
                    qq, wrapped = wrap_one_line(qq)
                out.append(qq)
                if ans:
                    out += ["", ans, ""]
                    if i == len(blocks) - 1 or not blocks[i + 1][1]:
                        out += [so_short, ""]
            if ENVS[env][5]:
                out += ["", ENVS[env][5]]
            body = "\n".join(out).strip("\n")
        else:
            body = (g + "\n\n" if g else "") + sc["reply"].format(**pf) + "\n\n" + so
            if sc["quote"]:
                attr, q, wrapped = quoted_plain(sc, pf, env, wrap)
                body += "\n\n" + attr + "\n" + q
    else:
        out = ["<html><body>"]
        if g:
            out.append(html_para(g))
        if grp == "B":
            out.append(html_attr(sc, pf) + '<blockquote class="gmail_quote">' + quoted_html_inner(sc, pf, env)
                       + "</blockquote></div><br>")
            out.append(html_para(sc["reply"].format(**pf) + "\n\n" + so))
        elif grp == "I":
            seg = [html_attr(sc, pf)]
            blocks = interleaved_blocks(sc, pf)
            for i, (qt, ans) in enumerate(blocks):
                seg.append('<blockquote class="gmail_quote">' + html_block(qt) + "</blockquote>")
                if ans:
                    last = i == len(blocks) - 1 or not blocks[i + 1][1]
                    seg.append(html_para(ans + ("\n\n" + so_short if last else "")))
            out.append("\n".join(seg) + "</div>")
        else:
            out.append(html_para(sc["reply"].format(**pf) + "\n\n" + so))
            if sc["quote"]:
                out.append(html_attr(sc, pf) + '<blockquote class="gmail_quote">' + quoted_html_inner(sc, pf, env)
                           + "</blockquote></div>")
        out.append("</body></html>")
        body = "\n".join(out)
    rec = {"id": None, "mailbox": sc["mb"], "from": f"{pf['full']} <{pf['addr']}>", "subject": subj,
           "headers": dict(ENVS[env][6]), "body": body, "html": html, "labels": dict(sc["lab"]),
           "note": sc["note"], "source": sc["sid"], "train_labels": ["complaint"], "_env": env}
    rec["labels"]["rights"] = list(sc["lab"]["rights"])
    check_cut(sc, rec, pf)
    return rec, wrapped


def probe(text):
    """A run of plain words from text, to look for in new_text()."""
    runs = re.findall(r"[A-Za-z][A-Za-z ,]{24,}[A-Za-z]", text)
    return max(runs, key=len) if runs else None


def check_cut(sc, rec, pf):
    """The checker's cut must fall where the brief says: above the reply in B and I, below it in T."""
    nt = re.sub(r"\s+", " ", new_text(rec))
    if sc["grp"] in ("B", "I"):
        texts = [sc["reply"]] if sc["grp"] == "B" else [a for _, a in sc["parts"] if a]
        for t in texts:
            p = probe(t.format(**pf))
            assert p is None or p not in nt, (sc["sid"], rec["_env"], "reply visible to new_text", p)
            assert "complain" not in t.lower(), (sc["sid"], "'complain' in a B/I reply")
    else:
        p = probe(sc["reply"].format(**pf))
        assert p in nt, (sc["sid"], rec["_env"], "top reply not in new_text")
    if sc["quote"] or sc["parts"]:
        src = sc["quote"] if sc["quote"] else sc["parts"][0][0]
        p = probe(src.format(**pf))
        assert p is None or p not in nt, (sc["sid"], rec["_env"], "quote visible to new_text", p)


def build(rng):
    recs = []
    n_wrap = 0
    for sc in SCEN:
        plain = [e for e in ENV_NAMES if not ENVS[e][0]]
        if rng.random() < 0.45:  # one copy in Gmail's HTML, the other plain, in a random order
            envs = ["gmail-html", plain[rng.randrange(len(plain))]]
            rng.shuffle(envs)
        else:
            envs = rng.sample(plain, 2)
        for copy, env in enumerate(envs):
            wrap = (not ENVS[env][0]) and (sc["quote"] or sc["parts"]) and rng.random() < 0.09
            rec, wrapped = render(sc, copy, env, rng, wrap)
            n_wrap += wrapped
            recs.append(rec)
    META["wrapped"] = n_wrap
    return recs


META = {}


def summary(records, env_count):
    by = {sc["sid"]: sc for sc in SCEN}
    labs = [r["labels"] for r in records]
    lines = [f"wrote {OUT}: {len(records)} emails, {len(by)} scenarios; envelopes {dict(sorted(env_count.items()))}",
             f"mailboxes {dict(collections.Counter(r['mailbox'] for r in records))}; html {sum(r['html'] for r in records)};"
             f" wrapped continuation lines {META.get('wrapped')}",
             f"complaints {sum(l['complaint'] for l in labs)} (explicit {sum(l['explicit'] for l in labs)}); "
             f"breach {sum(l['breach'] for l in labs)}; personal_data {sum(l['personal_data'] for l in labs)}; "
             f"third_party {sum(l['third_party'] for l in labs)}; auto_generated {sum(l['auto_generated'] for l in labs)}",
             f"rights {dict(sorted(collections.Counter(x for l in labs for x in l['rights']).items()))}",
             f"about_other_firm {dict(collections.Counter(str(l['about_other_firm']) for l in labs))}",
             f"categories {dict(sorted(collections.Counter(l['category'] for l in labs).items()))}"]
    for g in "BIT":
        rs = [r for r in records if by[r["source"]]["grp"] == g]
        lines.append(f"group {g}: {len({r['source'] for r in rs})} scenarios, {len(rs)} emails, "
                     f"complaints {sum(r['labels']['complaint'] for r in rs)}, "
                     f"explicit {sum(r['labels']['explicit'] for r in rs)}, "
                     f"with rights {sum(bool(r['labels']['rights']) for r in rs)}, "
                     f"breach {sum(r['labels']['breach'] for r in rs)}")
        kinds = collections.Counter(by[s]["kind"] for s in {r["source"] for r in rs})
        lines.append(f"  quoted-mail kinds (scenarios): {dict(sorted(kinds.items()))}")
    return "\n".join(lines)


def main():
    ids = [sc["sid"] for sc in SCEN]
    assert len(ids) == len(set(ids))
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=record_errors)


if __name__ == "__main__":
    sys.exit(main())
