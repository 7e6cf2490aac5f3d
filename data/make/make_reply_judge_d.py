#!/usr/bin/env python3
"""Reply-judge set D: replies written UNDER or BETWEEN quoted lines (stdlib only).

60 scenarios (30 pexa, 30 conexus), each rendered twice with different envelopes (sender address, plain or
Gmail-style HTML, attribution date format, greeting, sign-off): 120 emails.

Layout groups
* B (28): bottom-posting: the whole quoted mail first (at most a greeting above it), the reply below.
* I (16): interleaved: the sender answers under each quoted question or point.
* T (16): controls: top-posting above the quote, or new mail with no quote.

Every label is decided by the labelling guide from what the sender wrote, wherever it sits; the quoted mail is
context only. In groups B and I the sender's own text never contains "complain": where the sender calls the matter
a complaint, the word is in the subject (which new_text() reads), so `explicit` stays checkable.

Usage: .venv/bin/python data/make/make_reply_judge_d.py   (writes data/trials/reply_judge_d.jsonl)
"""
import collections
import datetime
import os
import re
import sys
import textwrap

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (escape_html, new_text, record_errors, run_generator,  # noqa: E402
                           short_labels)

SEED = 20280105
PREFIX = "rjd"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "reply_judge_d.jsonl")

# ---------------------------------------------------------------------------------------------
# envelopes

DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
LONG_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
LONG_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")

# plain attribution styles; "2" marks the two-line form ("wrote:" on the next line)
PLAIN_STYLES = ("gmail", "apple", "gmail_us2", "numeric", "iso", "longday2")
HTML_STYLES = ("gmail", "gmail_us")


def attribution(style, when, name, addr):
    y, mo, d, h, mi = when
    dt = datetime.datetime(y, mo, d, h, mi)
    wd = dt.weekday()
    h12 = h % 12 or 12
    ampm = "AM" if h < 12 else "PM"
    who = f"{name} <{addr}>"
    if style == "gmail":
        return f"On {DAYS[wd]}, {d} {MONTHS[mo - 1]} {y} at {h:02d}:{mi:02d}, {who} wrote:"
    if style == "gmail_us":
        return f"On {DAYS[wd]}, {MONTHS[mo - 1]} {d}, {y} at {h12}:{mi:02d} {ampm} {who} wrote:"
    if style == "gmail_us2":
        return f"On {DAYS[wd]}, {MONTHS[mo - 1]} {d}, {y} at {h12}:{mi:02d} {ampm} {who}\nwrote:"
    if style == "apple":
        return f"On {d} {MONTHS[mo - 1]} {y}, at {h:02d}:{mi:02d}, {who} wrote:"
    if style == "numeric":
        return f"On {d:02d}/{mo:02d}/{y} {h:02d}:{mi:02d}, {who} wrote:"
    if style == "iso":
        return f"On {y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}, {who} wrote:"
    if style == "longday2":
        return f"On {LONG_DAYS[wd]}, {d} {LONG_MONTHS[mo - 1]} {y}, {who}\nwrote:"
    raise ValueError(style)


def wrap_para(p, width):
    """A paragraph hard-wrapped as a mail program quotes it; lines that are already short stay as written."""
    out = []
    for ln in p.split("\n"):
        out.extend(textwrap.wrap(ln, width, break_long_words=False, break_on_hyphens=False) or [""])
    return "\n".join(out)


def plain_message(text, width=72, unmarked_wrap=False):
    """A quoted message's text, hard-wrapped; with unmarked_wrap, its first long paragraph is left as one line
    that the sending program later breaks once without a "> " mark (see quote_block)."""
    paras = text.split("\n\n")
    out, done = [], False
    for p in paras:
        if unmarked_wrap and not done and "\n" not in p and len(p) > 110:
            cut = p.rfind(" ", 0, 74)
            out.append(p[:cut] + "\n\x00" + p[cut + 1:])  # \x00: the continuation loses its mark
            done = True
        else:
            out.append(wrap_para(p, width))
    return "\n\n".join(out)


def quote_block(text):
    """"> " quoting of text; a line starting with \\x00 is a continuation the mail program wrapped unmarked."""
    out = []
    for ln in text.split("\n"):
        if ln.startswith("\x00"):
            out.append(ln[1:])
        elif ln.startswith(">"):
            out.append(">" + ln)
        else:
            out.append("> " + ln if ln else ">")
    return "\n".join(out)


def plain_quoted(q, style, nested_style, unmarked_wrap=False):
    """The full plain quote of message q (attribution + marked lines), an older message nested inside it."""
    text = plain_message(q["text"], 72, unmarked_wrap)
    if q.get("nested"):
        n = q["nested"]
        inner = quote_block(plain_message(n["text"], 70))
        text = text + "\n\n" + attribution(nested_style, n["when"], n["name"], n["addr"]) + "\n" + inner
    return attribution(style, q["when"], q["name"], q["addr"]) + "\n" + quote_block(text)


def html_paras(text):
    paras = [p for p in text.split("\n\n") if p.strip()]
    return "<div><br></div>".join(f"<div>{escape_html(p).replace(chr(10), '<br>')}</div>" for p in paras)


BQ = ('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
      'rgb(204,204,204);padding-left:1ex">')


def html_attr(style, when, name, addr):
    # the attribution starts its own source line (Gmail breaks long source lines) so the quote cut finds it
    return ('<div dir="ltr" class="gmail_attr">\n' + escape_html(attribution(style, when, name, addr))
            + "<br></div>")


def html_quote_inner(q, style):
    inner = html_paras(q["text"])
    if q.get("nested"):
        n = q["nested"]
        inner += ('<div><br></div><div class="gmail_quote">' + html_attr(style, n["when"], n["name"], n["addr"])
                  + "\n" + BQ + html_paras(n["text"]) + "</blockquote></div>")
    return inner


def html_body(parts):
    return '<html><body><div dir="ltr">\n' + "\n".join(parts) + "\n</div></body></html>"


# ---------------------------------------------------------------------------------------------
# scenarios

MAILBOX_NAME = {"pexa": "PEXA", "conexus": "Conexus"}


def S(sid, mb, grp, qkind, senders, sig, subject, q, reply, lab, note, wrap=False, headers=None):
    """One scenario. senders: two (display name, address) pairs; sig: (first name, full sign-off block);
    q: the quoted message (or None); reply: the sender's text (a list of answers in group I);
    in group I q["text"] is a list of quoted segments (one more than the answers when the quote has a tail)."""
    return dict(sid=sid, mb=mb, grp=grp, qkind=qkind, senders=senders, sig=sig, subject=subject, q=q,
                reply=reply, lab=lab, note=note, wrap=wrap, headers=headers or {})


def Q(name, addr, when, text, nested=None):
    return dict(name=name, addr=addr, when=when, text=text, nested=nested)


SCENARIOS = []

# ===== PEXA, group B ========================================================================

SCENARIOS += [
    S("rjd-s001", "pexa", "B", "firm final response",
      [("Hannah Greaves", "h.greaves@brindleyhart.co.uk"), ("Hannah Greaves (Brindley Hart)", "hannah.greaves@brindleyhart.co.uk")],
      ("Hannah", "Hannah Greaves\nPartner, Brindley Hart LLP"),
      "Re: Our response - workspace 31-80112",
      Q("Grace Adeyemi", "grace.adeyemi@pexa.co.uk", (2026, 3, 4, 9, 12),
        "Dear Ms Greaves,\n\nThank you for your patience while we looked into the failed settlement on workspace 31-80112 on 20 February.\n\nHaving reviewed the settlement logs, we found that the settlement did not proceed because the incoming funds from your client account were not confirmed before the 14:00 cut-off. The platform performed as designed, and we are therefore unable to offer a contribution towards the interest your client was charged.\n\nThis is our final response to your complaint. If you remain dissatisfied you may refer the matter to the independent reviewer within six months.\n\nKind regards,\nGrace Adeyemi\nCustomer Resolution Team, PEXA"),
      "I'm afraid this doesn't match what happened. Our bank's confirmation shows the funds arrived at 11:02, three hours before the cut-off, and the workspace itself showed them as 'received' at 11:06 - I have a screenshot of that screen. The settlement then sat at 'Pending verification' until 16:40 with no explanation.\n\nPlease look at this again with the audit trail for the workspace, and reconsider covering the £412.50 in interest our client had to pay the seller. I'd also like to know what the 'Pending verification' status actually means.",
      short_labels(c=True, cat="platform_defect"),
      "An objection written below the firm's final response disputes its finding and asks for a review and the interest: an implicit continuing complaint; the root cause is the settlement that stalled, so platform_defect.",
      wrap=True),
    S("rjd-s002", "pexa", "B", "firm acknowledgement",
      [("Rob Faulkner", "rob.faulkner@tarnbrook-law.co.uk"), ("Faulkner, Rob", "rfaulkner@tarnbrook-law.co.uk")],
      ("Rob", "Rob Faulkner\nAccounts, Tarnbrook Law"),
      "Re: Acknowledgement PX-C-30418 - complaint still open",
      Q("PEXA Complaints", "complaints@pexa.co.uk", (2026, 1, 27, 15, 40),
        "Dear Mr Faulkner,\n\nThank you for contacting us about the workspace fees charged on your January invoice. We have logged your complaint under reference PX-C-30418.\n\nA member of our Customer Resolution Team will review the invoice and contact you within four weeks. Please quote the reference above in any correspondence.\n\nRegards,\nCustomer Resolution Team\nPEXA"),
      "Chasing this. It is now six weeks since the acknowledgement below and I've heard nothing, not even a holding reply. Can someone tell me when we'll get an answer on the duplicated fees?",
      short_labels(c=True, ex=True, cat="delay"),
      "A chaser written under the firm's acknowledgement is a complaint about delay (rule 6); explicit because the sender's subject line calls the matter a complaint still open."),
    S("rjd-s003", "pexa", "B", "firm request for documents",
      [("Priya Sandhu", "psandhu@wellfieldconveyancing.co.uk"), ("Priya Sandhu", "priya@wellfieldconveyancing.co.uk")],
      ("Priya", "Priya Sandhu\nPractice Manager, Wellfield Conveyancing"),
      "Re: Your PEXA registration - documents needed",
      Q("Owen Marsh", "owen.marsh@pexa.co.uk", (2026, 2, 11, 10, 5),
        "Hello Priya,\n\nThanks for submitting Wellfield Conveyancing's registration. Before we can complete the verification we need two more items:\n\n- a certified copy of the passport or driving licence of your second director, Mr Leonard Osei\n- your current professional indemnity insurance certificate (2026/27)\n\nYou can reply to this email with them attached.\n\nMany thanks,\nOwen Marsh\nOnboarding, PEXA"),
      "Documents attached: the certified copy of Leonard's passport (certified by our senior partner) and the PII certificate, which runs to 30 September 2026.\n\nLet me know if you need anything else.",
      short_labels(),
      "An ordinary answer under the firm's document request, sending what was asked for: no dissatisfaction, so not a complaint."),
]

SCENARIOS += [
    S("rjd-s004", "pexa", "B", "firm payment reminder",
      [("Denise Kaur", "accounts@haldanemarsh.co.uk"), ("Denise Kaur - Haldane Marsh", "d.kaur@haldanemarsh.co.uk")],
      ("Denise", "Denise Kaur\nAccounts Payable, Haldane Marsh Solicitors"),
      "Re: Payment reminder - invoice INV-2026-04417",
      Q("PEXA Billing", "billing@pexa.co.uk", (2026, 4, 2, 8, 30),
        "Dear Customer,\n\nOur records show that invoice INV-2026-04417 for £1,284.00, issued on 3 March 2026, is now 14 days overdue.\n\nPlease arrange payment at your earliest convenience using the bank details on the invoice. If you have already paid, please accept our thanks and disregard this reminder.\n\nIf you have a query about the invoice, reply to this email and our billing team will help.\n\nPEXA Billing"),
      "This invoice includes two workspace fees for 41 Brook Street - workspaces 31-79902 and 31-80014. The first one was abandoned because your support desk told us on the phone to close it and open a new one after the title wouldn't verify. We shouldn't be paying twice for a problem on your side.\n\nWe'll pay the rest of the invoice, but please send a credit note for the duplicate £42 fee and confirm the reminder is withdrawn.",
      short_labels(c=True, cat="fees_charges"),
      "Under a payment reminder the sender disputes a duplicated workspace fee and asks for a credit note: an implicit complaint about a fee the firm levies, so fees_charges."),
    S("rjd-s005", "pexa", "B", "firm platform notice",
      [("Marcus Bell", "marcus.bell@lendwise-ms.co.uk"), ("Bell, Marcus", "mbell@lendwise-ms.co.uk")],
      ("Marcus", "Marcus Bell\nSettlements Operations Lead, Lendwise Mortgage Services"),
      "Re: Scheduled maintenance - Saturday 11 April",
      Q("PEXA Notifications", "notifications@pexa.co.uk", (2026, 4, 7, 17, 0),
        "PEXA platform: scheduled maintenance\n\nThe PEXA platform will be unavailable on Saturday 11 April 2026 between 02:00 and 06:00 while we carry out planned upgrades.\n\nWorkspaces will be read-only from 01:30. No settlements or lodgements can take place during the maintenance window.\n\nYou are receiving this email because you are a subscriber manager for your organisation. Please do not reply to this message."),
      "I know this says not to reply, but I can't find another address that gets read. The last maintenance window, on 14 March, was also meant to end at 06:00. We couldn't log in until 10:40 and two of our remortgage settlements had to be moved to the Monday, which our borrowers were not happy about.\n\nBefore Saturday I'd like someone to explain what went wrong last time and what you've changed so it doesn't overrun again. If it does, we need to know by 07:00 so we can warn people.",
      short_labels(c=True, cat="platform_defect"),
      "The reply under an automated platform notice is a person's (so not auto_generated); it reports the last maintenance overrunning and locking the firm out, with harm and a demand for an explanation: an implicit complaint, platform_defect."),
    S("rjd-s006", "pexa", "B", "firm support reply",
      [("Leah Whitcombe", "leah.whitcombe@gmail.com"), ("Leah W", "lwhitcombe84@outlook.com")],
      ("Leah", "Leah Whitcombe"),
      "Re: Your PEXA user account",
      Q("PEXA Support", "support@pexa.co.uk", (2026, 2, 23, 13, 45),
        "Hi Leah,\n\nAs requested, we have deactivated your PEXA user account (user ID LW-20931). You will no longer be able to log in, and your former firm's subscriber manager has been told.\n\nIs there anything else we can help with?\n\nBest regards,\nPEXA Support"),
      "Thanks for doing that so quickly.\n\nYes, two more things. Could you send me a copy of the personal data you hold about me - my profile details, the ID documents I uploaded when I joined and the log of my logins? Once I've got it, please delete all of it, unless there's something you have to keep by law, in which case tell me what and for how long.",
      short_labels(r="access,erasure"),
      "A friendly reply under the firm's confirmation asking for a copy of her data and then its deletion: rights access and erasure without any dissatisfaction, so not a complaint."),
    S("rjd-s007", "pexa", "B", "third-party conveyancer",
      [("Tariq Haddad", "tariq.haddad@btinternet.com"), ("Tariq & Noor Haddad", "haddad.family@btinternet.com")],
      ("Tariq", "Tariq Haddad"),
      "Re: Completion today - 9 Saltmarsh Road",
      Q("Jonathan Reeve", "j.reeve@marshpenrose.co.uk", (2026, 3, 27, 16, 52),
        "Dear Mr and Mrs Haddad,\n\nI am sorry to tell you that we have not been able to complete your purchase of 9 Saltmarsh Road today. The funds did not reach the seller's solicitors before their bank's cut-off, which appears to be down to the PEXA system.\n\nWe will aim to complete on Monday. The keys will be released once the seller's solicitors confirm receipt.\n\nKind regards,\nJonathan Reeve\nMarsh & Penrose Conveyancing"),
      "I'm writing to PEXA because Marsh & Penrose say below that this was down to your system, but when I rang them this morning they said it was a problem with their own bank transfer. Nobody will give me a straight answer.\n\nWe had the removal van booked and had to pay £640 for an extra day, plus a night in a hotel with two children. I want to know who is actually responsible and who is going to pay for this. Please get back to me.",
      short_labels(c=True, cat="delay", firm="mpc"),
      "A home buyer's grievance about his own conveyancer's failed completion, written under the conveyancer's email; even though it also blames the platform, PEXA cannot handle a consumer's complaint against a participant firm (rule 10), so firm=mpc; category delay (completion late, cause unestablished)."),
    S("rjd-s008", "pexa", "B", "third-party bank",
      [("Eileen Marchetti", "eileen.marchetti@yahoo.co.uk"), ("E Marchetti", "e.marchetti52@gmail.com")],
      ("Eileen", "Eileen Marchetti"),
      "Re: Your mortgage redemption - early repayment charge",
      Q("Heathcote Bank", "mortgages@heathcote.co.uk", (2026, 5, 6, 11, 20),
        "Dear Mrs Marchetti,\n\nThank you for your recent call. We confirm that an early repayment charge of £2,950.00 will apply when your mortgage is redeemed on completion of your sale, as your fixed rate product ends on 31 August 2026.\n\nThe charge will be included in the redemption figure we send to your solicitor.\n\nYours sincerely,\nMortgage Servicing\nHeathcote Bank"),
      "I got this address from my completion paperwork, so I hope this reaches the right people.\n\nMy offer document clearly says the early repayment charge stops after 36 months, and I took the mortgage out in March 2023 - so it's 38 months. Heathcote won't listen on the phone. I can't afford to lose nearly £3,000 from the sale and I need this looked at before we complete on the 22nd.",
      short_labels(c=True, cat="fees_charges", firm="hcb"),
      "A borrower's grievance is purely about her lender's early repayment charge, written under the bank's letter and sent to PEXA: a complaint to forward to Heathcote Bank (firm=hcb), category fees_charges (a charge the lender levies)."),
    S("rjd-s009", "pexa", "B", "firm request for information",
      [("Callum Rees", "c.rees@fairhurstprice.co.uk"), ("Callum Rees | Fairhurst Price", "callum.rees@fairhurstprice.co.uk")],
      ("Callum", "Callum Rees\nConveyancing Executive, Fairhurst Price"),
      "Re: Support ticket 558201 - lodgement error",
      Q("Amelia Stone", "amelia.stone@pexa.co.uk", (2026, 4, 14, 14, 33),
        "Hi Callum,\n\nThanks for getting in touch about the lodgement error. So that our technical team can investigate, could you send us:\n\n1) the workspace number\n2) the approximate time you saw the error\n3) a screenshot of the message, if you have one\n\nThanks,\nAmelia\nPEXA Support"),
      "Workspace 31-81377. It was about 10:15 this morning. Screenshot attached - the message reads 'Lodgement failed: E-417 document set incomplete', although all three documents show as signed.\n\nThanks for looking at it.",
      short_labels(),
      "An ordinary answer under the firm's request for information on a support ticket: neutral facts and thanks, no dissatisfaction or demand beyond the existing service request, so not a complaint."),
    S("rjd-s010", "pexa", "B", "firm final response",
      [("Sophie Lindgren", "sophie@lindgrenandco.co.uk"), ("Sophie Lindgren", "s.lindgren@lindgrenandco.co.uk")],
      ("Sophie", "Sophie Lindgren\nLindgren & Co Conveyancing"),
      "Re: Final response PX-C-29970",
      Q("Nadia Karim", "nadia.karim@pexa.co.uk", (2026, 2, 18, 12, 10),
        "Dear Ms Lindgren,\n\nI have now completed my review of your complaint about the platform fees charged for workspaces that were created in error during your training week.\n\nI agree that these workspaces should not have been charged. We will apply a credit of £168.00 to your next invoice, and I have arranged for training workspaces to be marked so that this cannot happen again.\n\nThis is our final response. Thank you for raising this with us.\n\nKind regards,\nNadia Karim\nCustomer Resolution Team, PEXA"),
      "Thank you Nadia. The credit is showing on this month's invoice, so that's all settled from our side. Much appreciated.",
      short_labels(),
      "A thank-you under an upheld final response confirming the credit arrived: the matter is settled and nothing more is asked, so not a complaint (rule 5); the complaint wording is only in the quote."),
    S("rjd-s011", "pexa", "B", "firm platform notice",
      [("Bethan Lloyd", "bethan.lloyd@cwmbranlegal.co.uk"), ("Bethan Lloyd", "b.lloyd@cwmbranlegal.co.uk")],
      ("Bethan", "Bethan Lloyd\nOffice Manager, Cwmbran Legal"),
      "Re: Your PEXA training session has been rescheduled",
      Q("PEXA Training", "training@pexa.co.uk", (2026, 4, 9, 9, 0),
        "Hello,\n\nYour PEXA Foundations training session, originally booked for 14 April 2026, has been rescheduled to 12 May 2026 at 10:00.\n\nYour joining instructions will be sent 48 hours before the session. If the new date does not suit you, please contact the training team.\n\nPEXA Training"),
      "This is the second time this session has been moved - it was first booked for 17 March. We have two new conveyancers who can't be set up on the platform until they've done it, so they're sitting on files they can't progress.\n\nWe need either a date in April or a recorded version they can do now. Can someone call me on 01633 555 201 to sort this out?",
      short_labels(c=True, cat="training"),
      "Under a training-rescheduled notice the sender objects to a second postponement that is holding up her staff and demands a date or a call: an implicit complaint; the specific theme training beats delay (rule 16a)."),
    S("rjd-s012", "pexa", "B", "firm support reply",
      [("Graham Pike", "graham.pike@pikeandwarren.co.uk"), ("Graham Pike (Pike & Warren)", "gpike@pikeandwarren.co.uk")],
      ("Graham", "Graham Pike\nPartner, Pike & Warren Solicitors"),
      "Re: Settlement statement - workspace 31-80221 - complaint: another client's data sent to us",
      Q("Tom Ellery", "tom.ellery@pexa.co.uk", (2026, 3, 18, 15, 2),
        "Hi Graham,\n\nAs requested, please find attached the settlement statement for workspace 31-80221.\n\nLet me know if you need anything else.\n\nRegards,\nTom Ellery\nPEXA Support"),
      "Tom, the attachment on your email below is not ours. It's the settlement statement for a sale at 14 Larch Rise, Harrogate, handled by a different firm - it shows the sellers' names, their bank account number and the amount of their mortgage redemption. We've deleted it and not shared it.\n\nThose people are entitled to know their details went to the wrong firm. Please tell me how this happened and what you are doing about it, and please also send the statement we actually asked for.",
      short_labels(c=True, ex=True, pd=True, br=True, cat="personal_data"),
      "Under the support email the law firm reports that another firm's client data was sent to it and demands an explanation: a breach and a data-handling complaint (personal_data); explicit through the sender's subject; 'deleted it' refers to the attachment, not erasure."),
    S("rjd-s013", "pexa", "B", "firm platform notice",
      [("Siobhán Ní Bhriain", "siobhan.nibhriain@quaysidelaw.ie"), ("Siobhan Ni Bhriain", "sni.bhriain@quaysidelaw.co.uk")],
      ("Siobhán", "Siobhán Ní Bhriain\nQuayside Law"),
      "Re: Your PEXA profile has been updated",
      Q("PEXA Notifications", "notifications@pexa.co.uk", (2026, 2, 2, 7, 58),
        "Your PEXA user profile was updated on 1 February 2026.\n\nName: Siobhan Brian\nOrganisation: Greyfriars Law LLP\nRole: Conveyancer\nListed in participant directory: Yes\n\nIf you did not make this change, contact PEXA Support.\n\nThis is an automated message."),
      "Two small corrections, please. My name is Siobhán Ní Bhriain, not 'Siobhan Brian', and I left Greyfriars at the end of January - I'm now at Quayside Law, whose registration is going through.\n\nCould you correct both, and until that's done please take me out of the participant directory so nobody contacts me at the wrong firm. No rush beyond that.",
      short_labels(r="rectification,restriction"),
      "A calm request under an automated profile notice to correct her name and firm (rectification) and to stop showing her in the directory until then (restriction); no dissatisfaction, so a rights request, not a complaint (compare lg-19, which was)."),
    S("rjd-s014", "pexa", "B", "third-party conveyancer",
      [("Wendy Oduya", "wendy.oduya@gmail.com"), ("Wendy Oduya", "w.oduya@hotmail.co.uk")],
      ("Wendy", "Wendy Oduya"),
      "Re: Your sale - 22 Cobb Lane - complaint about my conveyancer",
      Q("Fenwick Conveyancing", "info@fenwickcl.co.uk", (2026, 5, 11, 12, 4),
        "Dear Ms Oduya,\n\nWe are still waiting for the PEXA workspace to be ready and cannot give you an exchange date at present. We will be in touch once we hear more.\n\nRegards,\nFenwick Conveyancing"),
      "Fenwick keep telling me you are holding things up, so I'm asking you directly. They haven't returned a single call in nine days, and the person buying from me says their solicitor sent everything to Fenwick a fortnight ago. I'm about to lose the flat I'm buying.\n\nPlease can someone tell Fenwick to contact me and get on with it.",
      short_labels(c=True, ex=True, cat="delay", firm="unknown"),
      "A seller's grievance about her own conveyancer's delay, written under the conveyancer's email: a consumer complaint to forward to a firm not in the directory (firm=unknown), category delay; explicit through the subject she wrote."),
]

# ===== Conexus, group B =====================================================================

SCENARIOS += [
    S("rjd-s015", "conexus", "B", "firm arrears letter",
      [("Gareth Pugh", "gareth.pugh1979@gmail.com"), ("G Pugh", "gpugh@virginmedia.com")],
      ("Gareth", "Gareth Pugh"),
      "Re: Your Northline Energy account - arrears notice",
      Q("Conexus Collections", "collections@conexus.co.uk", (2026, 3, 2, 9, 41),
        "Dear Mr Pugh,\n\nAccount reference: CX-5528104\nClient: Northline Energy\nBalance outstanding: £612.40\n\nWe have been instructed by Northline Energy to recover the above balance for gas and electricity supplied to 17 Ferndale Terrace. Despite previous reminders from our client, this balance remains unpaid.\n\nPlease pay the balance in full, or contact us within 14 days to agree an affordable repayment plan. If we do not hear from you, we may recommend further action to our client.\n\nYours sincerely,\nCollections Team\nConexus"),
      "I moved out of 17 Ferndale Terrace on 31 August 2024 and rang Northline that day with final meter readings. This balance is for the months after I left - the new tenants' usage. I have the letting agent's check-out report and Northline's own final bill to me, which was £0.00.\n\nNorthline need to sort their billing out. Please put this on hold until they do - I'm not paying someone else's gas.",
      short_labels(c=True, cat="debt_dispute", firm="nte"),
      "The debtor disputes the debt because the creditor billed the months after he left; only Northline Energy can correct its bill (rule 10 test), so firm=nte, debt_dispute; implicit.",
      wrap=True),
    S("rjd-s016", "conexus", "B", "firm payment reminder",
      [("Kelly Brannigan", "kellyb88@hotmail.com"), ("Kelly Brannigan", "kelly.brannigan@icloud.com")],
      ("Kelly", "Kelly Brannigan"),
      "Re: Missed payment on your plan",
      Q("Conexus", "customerservices@conexus.co.uk", (2026, 4, 6, 8, 2),
        "Dear Ms Brannigan,\n\nWe have not received your payment of £25.00, which was due on 1 April 2026 under your repayment plan for account CX-4903317.\n\nA missed payment charge of £15.00 has been added to your account. To keep your plan in place, please make the payment within 7 days.\n\nKind regards,\nCustomer Services\nConexus"),
      "The payment went out of my account on 1 April - my bank statement is attached, showing £25 to Conexus with my reference. This is the second month in a row you've sent me this and put £15 on my balance.\n\nPlease take both charges off and check why my payments aren't being matched, because I can't keep paying for your mistakes.",
      short_labels(c=True, cat="fees_charges"),
      "Under a missed-payment reminder she shows the payment was made and demands two added charges be removed: an implicit complaint about charges Conexus itself levied, so fees_charges."),
    S("rjd-s017", "conexus", "B", "firm acknowledgement",
      [("Dennis Ormerod", "dennis.ormerod@talktalk.net"), ("Dennis", "d.ormerod@talktalk.net")],
      ("D", "Dennis Ormerod"),
      "Re: Your reference CX-COMP-61207",
      Q("Conexus Complaints", "complaints@conexus.co.uk", (2026, 1, 13, 10, 18),
        "Dear Mr Ormerod,\n\nThank you for contacting us on 12 January 2026. We have recorded your complaint under reference CX-COMP-61207 and will investigate the points you raised about the telephone calls you received.\n\nWe aim to send you our final response within 8 weeks. If we cannot do so, we will write to explain why.\n\nConexus Customer Relations"),
      "Still waiting. That was eleven weeks ago.",
      short_labels(c=True, cat="delay"),
      "A two-line 'still waiting' chaser under the acknowledgement is a complaint about delay (rule 6); implicit, since the sender does not call it a complaint himself and the word is only in the quote."),
    S("rjd-s018", "conexus", "B", "firm final response",
      [("Ruth Achebe", "ruth.achebe@northgatemoneyadvice.org.uk"), ("Ruth Achebe - Northgate Money Advice", "r.achebe@northgatemoneyadvice.org.uk")],
      ("Ruth", "Ruth Achebe\nMoney Adviser, Northgate Money Advice\nFCA FRN 611204"),
      "Re: Final response - Mr T Dlamini CX-3371862 - complaint escalation",
      Q("Priya Nair", "priya.nair@conexus.co.uk", (2026, 3, 20, 14, 25),
        "Dear Ms Achebe,\n\nThank you for your complaint on behalf of Mr Dlamini about calls made to him in February.\n\nWe have reviewed our records. Our notes show that we received notice of Mr Dlamini's Breathing Space on 19 February and that no calls were made after that date. We are therefore unable to uphold the complaint.\n\nThis is our final response. If Mr Dlamini remains dissatisfied he may refer the matter to the Financial Ombudsman Service within six months.\n\nYours sincerely,\nPriya Nair\nCustomer Relations, Conexus"),
      "Writing again on Mr Dlamini's behalf. Your response rests on a date that is wrong: we sent the Breathing Space notice on 3 February, by email to your collections address, and I attached the delivery receipt to my first letter. Mr Dlamini received eleven calls between 4 and 18 February, several in the evening, while he was in a mental health crisis.\n\nPlease review this again using our receipt, not your notes. We also ask, on his behalf and with his signed authority already on file, for copies of the recordings and notes of every call made to him between 1 and 19 February.",
      short_labels(c=True, ex=True, r="access", tp=True, cat="collection_conduct"),
      "A money adviser objects, below the firm's final response, to calls made during Breathing Space and asks for the call recordings: third_party, collection_conduct, rights access; explicit through the adviser's subject ('complaint escalation')."),
    S("rjd-s019", "conexus", "B", "firm request for information",
      [("Aaron Whitlock", "aaron.whitlock@gmail.com"), ("Aaron W", "awhitlock@outlook.com")],
      ("Aaron", "Aaron Whitlock"),
      "Re: Setting up your repayment plan - CX-6014482",
      Q("Maya Patel", "maya.patel@conexus.co.uk", (2026, 5, 4, 11, 37),
        "Hi Aaron,\n\nThanks for your call earlier. As discussed, to set up an affordable plan we need you to complete the attached income and expenditure form and send it back to us.\n\nOnce we have it, I will confirm the monthly amount in writing.\n\nKind regards,\nMaya\nConexus"),
      "Form attached. I can manage £40 a month, starting on the 15th when I'm paid.",
      short_labels(),
      "An ordinary answer below the firm's request, returning the form and offering an amount: no dissatisfaction, so not a complaint."),
    S("rjd-s020", "conexus", "B", "firm trace letter",
      [("Helen Stroud", "helen.stroud@btinternet.com"), ("Helen Stroud", "hstroud@gmail.com")],
      ("Helen", "Helen Stroud"),
      "Re: Your account CX-2286019 - change of address",
      Q("Conexus", "customerservices@conexus.co.uk", (2026, 2, 16, 15, 5),
        "Dear Mrs Stroud,\n\nWe have updated our records with your new address, 3 Kingfisher Court, Loughborough LE11 2SN, and future correspondence about your Sterling Credit Loans account will be sent there.\n\nIf this address is not correct, please let us know.\n\nKind regards,\nCustomer Services\nConexus"),
      "The address is right, and I'm happy to deal with this by email.\n\nI'd just like to understand something before we go any further. I hadn't told you or Sterling that I'd moved, so where did you get the new address from, and what are you allowed to use it for? If it came from a credit reference agency, which one?",
      short_labels(r="informed"),
      "A calm question below the firm's letter asking where her address came from and on what basis it is used: right to be informed, with no dissatisfaction expressed, so not a complaint (unlike lg-34)."),
    S("rjd-s021", "conexus", "B", "third-party creditor",
      [("Shabnam Akhtar", "shabnam.akhtar@outlook.com"), ("Shabnam Akhtar", "s.akhtar91@gmail.com")],
      ("Shabnam", "Shabnam Akhtar"),
      "Re: Your Pennant Mobile account has been passed to a collection agency",
      Q("Pennant Mobile", "accounts@pennantmobile.co.uk", (2026, 3, 12, 18, 30),
        "Dear Customer,\n\nYour Pennant Mobile account ending 7731 has an outstanding balance of £214.60. This includes your final monthly bill of £34.60 and an early termination charge of £180.00.\n\nAs we have not received payment, your account has been passed to Conexus, who will contact you about repayment.\n\nPennant Mobile"),
      "Your letter arrived today so I'm replying to you with Pennant's email below.\n\nI cancelled in the Pennant shop on Corporation Street in January because I never had signal at home, which they logged as a network fault on three occasions. The man in the shop told me there would be no termination charge because of that. The £180 should not be there. I'll pay the £34.60 for the last month, but I need Pennant to take the charge off before anything else happens.",
      short_labels(c=True, cat="debt_dispute", firm="pmt"),
      "The grievance is the creditor's own early termination charge that makes up most of the debt; only Pennant Mobile can remove it, so firm=pmt and category debt_dispute (rule 16e), implicit."),
    S("rjd-s022", "conexus", "B", "third-party debt adviser",
      [("Jordan Fairweather", "jordanfairweather@yahoo.co.uk"), ("Jordan Fairweather", "j.fairweather@outlook.com")],
      ("Jordan", "Jordan Fairweather"),
      "Re: Your Conexus account - 30 day hold",
      Q("Sam Okoro", "sam.okoro@harbourside.org.uk", (2026, 3, 10, 16, 48),
        "Hi Jordan,\n\nJust to let you know I have today sent Conexus your financial statement and asked them to hold your account for 30 days while we look at your options. You should not be asked for payment during that time.\n\nSpeak soon,\nSam"),
      "My adviser sent you this on 10 March. Since then your collector has phoned me four times, including once at 8.40 at night, and told me the hold 'hasn't been agreed'. Each time I explained and each time he said I needed to make a payment today.\n\nPlease confirm the hold is in place, and tell your staff to stop ringing me while it is.",
      short_labels(c=True, cat="collection_conduct"),
      "A debtor writes under his debt adviser's email about repeated late calls despite a requested hold: an implicit complaint about how the debt is pursued (collection_conduct); he only mentions his adviser, so not third_party (rule 15)."),
    S("rjd-s023", "conexus", "B", "third-party solicitor",
      [("Claire Hetherington", "claire.hetherington@gmail.com"), ("Claire Hetherington", "c.hetherington@me.com")],
      ("Claire", "Claire Hetherington"),
      "Re: Estate of Mr Alan Hetherington - notification to creditors",
      Q("Brannock & Rees", "probate@brannockrees.co.uk", (2026, 2, 2, 10, 0),
        "Dear Sirs,\n\nRe: Alan Hetherington (deceased), late of 6 Pollard Close, Whitby\nYour reference: CX-1178320\n\nWe act for the executor of the above named, who died on 14 January 2026. Please note our interest, stop all correspondence to the deceased's address, and send any claim against the estate to this office.\n\nYours faithfully,\nBrannock & Rees Solicitors"),
      "I'm Alan's daughter and the executor. The solicitors' letter below was sent to you on 2 February. Since then two more letters have arrived at Dad's bungalow, addressed to him by name, the latest saying a field agent may call. My mother, who still lives there, opened it.\n\nPlease stop writing to Dad and deal only with the solicitors, as they asked. I'd like confirmation that this has been done.",
      short_labels(c=True, tp=True, cat="collection_conduct"),
      "The executor daughter writes on behalf of her late father's estate (third_party) under the solicitors' notice, objecting to continued letters to the deceased and demanding they stop: an implicit complaint about collection_conduct."),
    S("rjd-s024", "conexus", "B", "firm arrears letter",
      [("Neil Garside", "neil.garside@gmail.com"), ("Neil", "ngarside@plusnet.com")],
      ("Neil", "Neil Garside"),
      "Re: Outstanding balance - Sterling Credit Loans",
      Q("Conexus Collections", "collections@conexus.co.uk", (2026, 4, 20, 9, 15),
        "Dear Mr Pryce,\n\nAccount reference: CX-7740215\nClient: Sterling Credit Loans\nBalance outstanding: £3,418.77\n\nWe write regarding the above balance, which remains unpaid. Our records show your address as 28 Moorside Avenue, Burnley BB10 3HJ.\n\nPlease contact us within 14 days to discuss repayment.\n\nYours sincerely,\nCollections Team\nConexus"),
      "I'm not Mr Pryce and I've never heard of him - this came to my personal email address, which you must have recorded against his account by mistake. It has his address, his lender and how much he owes.\n\nI've deleted it. I'm only letting you know so you can stop sending his details here. You don't need to reply to me.",
      short_labels(br=True),
      "A stranger reports, below the misdirected arrears letter, that another person's debt details reached her inbox, and wants no reply: breach=true on a non-complaint (rule 13, compare lg-32); no right of her own is asked for."),
    S("rjd-s025", "conexus", "B", "firm final response",
      [("Maureen Tully", "maureen.tully@sky.com"), ("Maureen Tully", "mtully47@sky.com")],
      ("Maureen", "Maureen Tully"),
      "Re: Our final response CX-COMP-60784",
      Q("Daniel Frost", "daniel.frost@conexus.co.uk", (2026, 4, 28, 13, 50),
        "Dear Mrs Tully,\n\nThank you for speaking with me on Friday. As promised, I have reviewed your complaint about the trace fee added to your account.\n\nI agree that we already held your correct address and the fee should not have been applied. We have removed the £60.00 fee and refunded the £20.00 you had already paid towards it. The refund should reach your bank account within five working days.\n\nThis is our final response. I am sorry for the trouble this caused.\n\nYours sincerely,\nDaniel Frost\nCustomer Relations, Conexus"),
      "Thank you Daniel, the £20 came through this morning and the balance is right now. That's all sorted as far as I'm concerned.",
      short_labels(),
      "A thank-you below an upheld final response confirming the refund arrived and nothing is left outstanding: not a complaint (rule 5, lg-23); the complaint is only in the quoted letter."),
    S("rjd-s026", "conexus", "B", "firm acknowledgement",
      [("Oliver Kinsella", "oliver.kinsella@gmail.com"), ("O. Kinsella", "okinsella@protonmail.com")],
      ("Oliver", "Oliver Kinsella"),
      "Re: Your request for your personal data - CX-3094471",
      Q("Conexus Data Protection", "dpo@conexus.co.uk", (2026, 3, 21, 12, 0),
        "Dear Mr Kinsella,\n\nThank you for your request of 21 March 2026 for a copy of the personal data we hold about you. We will respond within one calendar month of receiving it.\n\nIf we need any further information to confirm your identity, we will contact you.\n\nData Protection Team\nConexus"),
      "The month ran out on 21 April and I've had nothing - no data, no letter saying you need longer, nothing. I've rung twice and been told it's 'in the queue'.\n\nI still need the copy of my account notes and call records, and I need it before my hearing on 6 May. Please send it this week.",
      short_labels(c=True, pd=True, r="access", cat="personal_data"),
      "An access request left unanswered past the month is a badly handled rights request (rule 12): implicit complaint with personal_data, and he still asks for the copy (access); categorised personal_data rather than delay because the late item is the data request itself."),
    S("rjd-s027", "conexus", "B", "firm platform notice",
      [("Ifeoma Chukwu", "ifeoma.chukwu@gmail.com"), ("Ifeoma C", "ifeoma.c@outlook.com")],
      ("Ifeoma", "Ifeoma Chukwu"),
      "Re: Introducing MyConexus - manage your account online",
      Q("Conexus", "news@conexus.co.uk", (2026, 5, 1, 7, 30),
        "Manage your account online with MyConexus\n\nYou can now view your balance, make payments and change your plan at any time at my.conexus.co.uk.\n\nWe will also use your contact details to send you updates about MyConexus and offers from selected partners that may help you manage your money. You can change your preferences at any time.\n\nConexus, PO Box 4410, Sheffield S1 9XX"),
      "I don't want my details used for offers from your partners or anyone else - I object to that, please note it on my account.\n\nAlso, could you send me my payment history as a CSV file? My adviser uses a budgeting app and I'd like to load it in there rather than typing it all out.",
      short_labels(r="objection,portability"),
      "A person's neutral reply under a portal notice objecting to partner marketing (objection) and asking for a CSV of her payment history to load into another app (portability): rights without dissatisfaction, not a complaint."),
    S("rjd-s028", "conexus", "B", "firm request for documents",
      [("Stephen Calloway", "stevecalloway@gmail.com"), ("Steve Calloway", "s.calloway@hotmail.co.uk")],
      ("Steve", "Stephen Calloway"),
      "Re: Proof of income needed - CX-8815026",
      Q("Conexus", "customerservices@conexus.co.uk", (2026, 4, 15, 10, 22),
        "Dear Mr Calloway,\n\nThank you for using our online plan tool. Based on the information provided, the minimum plan we can offer on your Westbury Council Tax Services account is £75.00 per month.\n\nIf you believe you cannot afford this amount, please send us proof of your income, such as a benefit award letter, and we will look at it again.\n\nCustomer Services\nConexus"),
      "Benefit award letter attached. I'm on ESA and after rent I have about £90 a week for everything. I put £20 a month into your online tool and it threw it out straight away and came back with £75, which I cannot pay.\n\nI want a real person to look at my figures and decide this, not the computer. Until then please don't take any further action.",
      short_labels(c=True, r="automated_decision", cat="collection_conduct"),
      "Under the firm's request for income proof he sends it, objects that an automated tool set an unaffordable plan and asks for a human decision: implicit complaint about how the debt is pursued (collection_conduct) with right automated_decision; personal_data stays false (rule 12, lg-07)."),
]

# ===== PEXA, group I (interleaved answers) =================================================

SCENARIOS += [
    S("rjd-s029", "pexa", "I", "firm request for information",
      [("Imogen Tate", "imogen.tate@tateconveyancing.co.uk"), ("Imogen Tate", "i.tate@tateconveyancing.co.uk")],
      ("Imogen", "Imogen Tate\nTate Conveyancing"),
      "Re: Failed settlements on 9 March - PX-C-30877",
      Q("Lewis Grant", "lewis.grant@pexa.co.uk", (2026, 3, 11, 10, 40),
        ["Dear Ms Tate,\n\nThank you for your email of 9 March about the settlements that did not complete. So that I can investigate properly, could you answer the following questions?\n\n1. Which workspaces were affected?",
         "2. At what time did you first see the error message?",
         "3. Did you contact PEXA Support at the time, and if so what were you told?",
         "4. What outcome are you looking for?",
         "I will aim to respond in full within 10 business days of receiving your answers.\n\nKind regards,\nLewis Grant\nCustomer Resolution Team, PEXA"]),
      ["31-80441 and 31-80457, both remortgages.",
       "11:40, just after we clicked 'Settle'. Both showed 'Settlement failed - contact support' although the funds were in.",
       "Yes. I was on hold for 50 minutes and then the call dropped. When I got through again at 13:15 I was told there was 'a known issue' and to wait, and by then it was too late for the day.",
       "I'd like the £210 our client was charged in late interest to be refunded, and an explanation of what the known issue was and why we weren't told."],
      short_labels(c=True, cat="platform_defect"),
      "Answers under each of the investigator's questions continue the grievance: the platform failed two settlements, with loss and a refund demanded, so an implicit complaint; the hold time is a side point, the root cause is platform_defect.",
      wrap=True),
    S("rjd-s030", "pexa", "I", "firm request for information",
      [("Yusuf Demir", "yusuf@demirlegal.co.uk"), ("Yusuf Demir", "y.demir@demirlegal.co.uk")],
      ("Yusuf", "Yusuf Demir\nDemir Legal"),
      "Re: Activating your PEXA subscription",
      Q("Owen Marsh", "owen.marsh@pexa.co.uk", (2026, 1, 19, 9, 25),
        ["Hello Yusuf,\n\nGood news - your firm's verification is complete. Before we activate your subscription, please confirm a few details:\n\n(a) your SRA number",
         "(b) the name of your subscriber manager",
         "(c) whether you plan to use PEXA for remortgages as well as sales and purchases",
         "(d) your preferred date for the Foundations training session (we have 3, 10 or 17 February)",
         "Thanks,\nOwen Marsh\nOnboarding, PEXA"]),
      ["SRA 661209.",
       "Me for now - we're a two-person firm.",
       "Yes, remortgages too, mostly for Thames Valley Mortgages customers.",
       "10 February please."],
      short_labels(),
      "All four interleaved answers are plain facts for onboarding; the lender is mentioned only as the source of work. No dissatisfaction anywhere: not a complaint."),
    S("rjd-s031", "pexa", "I", "firm billing reply",
      [("Martin Okafor", "martin.okafor@okaforsolicitors.co.uk"), ("Martin Okafor", "accounts@okaforsolicitors.co.uk")],
      ("Martin", "Martin Okafor\nOkafor Solicitors"),
      "Re: Your invoice query INV-2026-03881",
      Q("PEXA Billing", "billing@pexa.co.uk", (2026, 4, 8, 14, 12),
        ["Dear Mr Okafor,\n\nThank you for your query about invoice INV-2026-03881. In answer to your points:\n\n1. The workspace fee of £42.00 is charged per workspace, not per matter.",
         "2. Abandoned workspaces are charged where a lodgement was attempted.",
         "3. If a credit is due, credit notes are issued within 10 working days.",
         "Regards,\nPEXA Billing"]),
      ["Understood.",
       "That isn't what your own fee schedule says. Section 4.2 says workspaces abandoned before lodgement are not charged, and none of the five on this invoice got as far as lodgement - they were abandoned when the title check kept timing out. Please look again and credit all five.",
       "Fine, but I'd like a date for ours."],
      short_labels(c=True, cat="fees_charges"),
      "The answer to the second point disputes five workspace fees against the firm's own schedule and asks for credits: an implicit complaint about fees the firm levies (fees_charges); the other answers are neutral."),
    S("rjd-s032", "pexa", "I", "firm request for information",
      [("Tomasz Wójcik", "tomasz.wojcik@gmail.com"), ("Tomasz Wojcik", "t.wojcik@outlook.com")],
      ("Tomasz", "Tomasz Wójcik"),
      "Re: Your data request",
      Q("PEXA Privacy", "privacy@pexa.co.uk", (2026, 2, 9, 11, 0),
        ["Dear Mr Wójcik,\n\nThank you for contacting us about your personal data. So that we can deal with your request, please confirm:\n\n1. Your full name and former PEXA user ID.",
         "2. The participant firm you were registered with.",
         "3. What you would like us to do with your data.",
         "Kind regards,\nPrivacy Team, PEXA"]),
      ["Tomasz Wójcik, user ID TW-4471.",
       "Kestrel Building Society - I left their mortgage operations team in November.",
       "Please export the details I gave you (my profile, contact details and the list of documents I uploaded) as a CSV file, so I can load it into the onboarding system at my new employer. After that, delete my account and my data, apart from anything you're legally obliged to keep."],
      short_labels(r="portability,erasure"),
      "Plain answers to the privacy team's questions; the third asks for his data as a CSV to load elsewhere (portability) and then deletion (erasure). No dissatisfaction, so not a complaint; the lender is named only as his former employer."),
    S("rjd-s033", "pexa", "I", "firm support reply",
      [("Rachel Fenn", "rachel.fenn@coldharbourlaw.co.uk"), ("Rachel Fenn | Coldharbour Law", "r.fenn@coldharbourlaw.co.uk")],
      ("Rachel", "Rachel Fenn\nCompliance Partner, Coldharbour Law"),
      "Re: Incident 44190 - document shown in wrong workspace",
      Q("PEXA Support", "support@pexa.co.uk", (2026, 5, 5, 16, 20),
        ["Hi Rachel,\n\nThanks for calling us this afternoon. To help our investigation, please could you answer the following:\n\n1. Which workspace were you working in?",
         "2. What exactly was displayed?",
         "3. Did anyone else view or download it?",
         "We'll be in touch as soon as we know more.\n\nPEXA Support"]),
      ["31-81930, our client's sale of 7 Alder Grove.",
       "When I opened the Discharge tab it showed a mortgage deed for a completely different borrower - his full name, home address and loan account number with another lender. Nothing to do with us.",
       "Two of us saw it before I closed the screen. Nobody downloaded it. But I'm very concerned: if we could see another firm's client's deed, can other firms see ours? I need written confirmation of how this happened, whether any of our clients' documents have been shown to anyone else, and what you're doing to stop it."],
      short_labels(c=True, pd=True, br=True, cat="personal_data"),
      "The answers report another firm's client's deed exposed in her workspace (breach) and demand a written explanation and assurance: an implicit complaint about data handling, category personal_data."),
    S("rjd-s034", "pexa", "I", "firm request for information",
      [("Morag Sinclair", "morag.sinclair@btinternet.com"), ("Morag Sinclair", "moragsinclair@gmail.com")],
      ("Morag", "Morag Sinclair"),
      "Re: Your message to PEXA",
      Q("Hollie Price", "hollie.price@pexa.co.uk", (2026, 5, 14, 9, 50),
        ["Dear Ms Sinclair,\n\nThank you for your email. PEXA runs the settlement platform that your conveyancer uses, but we are not able to deal with concerns about the service your conveyancer provides. We can pass your concerns to them if you answer these questions:\n\n1. Which firm is acting for you?",
         "2. What is the address of the property?",
         "3. What would you like the firm to do?",
         "Kind regards,\nHollie Price\nPEXA"]),
      ["Greyfriars Law, the Edinburgh office.",
       "Flat 3, 19 Marchmont Crescent, Edinburgh.",
       "Explain and refund the £180 'expedited identity check' fee that appeared on my completion statement. I never asked for it, nobody mentioned it, and when I queried it they said it was 'standard'. It's not on the quote they gave me in March."],
      short_labels(c=True, cat="fees_charges", firm="gfl"),
      "A seller's answers identify her own conveyancer and demand a refund of a fee it added: a consumer complaint purely about a participant firm, so firm=gfl (rule 9), category fees_charges."),
    S("rjd-s035", "pexa", "I", "firm final response",
      [("Adrian Holt", "adrian.holt@holtbarclay.co.uk"), ("Adrian Holt", "a.holt@holtbarclay.co.uk")],
      ("Adrian", "Adrian Holt\nManaging Partner, Holt Barclay LLP"),
      "Re: Our final response PX-C-31180 - complaint not resolved",
      Q("Nadia Karim", "nadia.karim@pexa.co.uk", (2026, 4, 22, 15, 45),
        ["Dear Mr Holt,\n\nI have completed my investigation of your complaint about the platform outage on 3 March 2026. My findings are:\n\n1. The outage lasted 47 minutes, from 10:12 to 10:59.",
         "2. Our status page was updated promptly throughout the incident.",
         "3. Under our participation terms we cannot compensate for consequential losses such as interest or removal costs.",
         "This is our final response. If you remain dissatisfied you may refer the matter to the independent reviewer within six months.\n\nKind regards,\nNadia Karim\nCustomer Resolution Team, PEXA"]),
      ["Not for us. We couldn't open any workspace from 10:05 until 12:15 - our IT logs are attached.",
       "The status page said 'All systems operational' the entire morning; I have screenshots at 10:30 and 11:15. Your support line told my colleague at 10:40 that there was no issue.",
       "We'll take this to the independent reviewer, then. Three of our clients completed a day late because of this."],
      short_labels(c=True, ex=True, cat="platform_defect"),
      "Point-by-point rebuttals of the final response about an outage, with loss and escalation: a continuing complaint, platform_defect; explicit through the sender's subject ('complaint not resolved')."),
    S("rjd-s036", "pexa", "I", "firm training notice",
      [("Fiona Gallagher", "fiona.gallagher@strandmoor.co.uk"), ("Fiona Gallagher", "f.gallagher@strandmoor.co.uk")],
      ("Fiona", "Fiona Gallagher\nTraining Coordinator, Strandmoor Solicitors"),
      "Re: Preparing for your PEXA training",
      Q("PEXA Training", "training@pexa.co.uk", (2026, 3, 3, 12, 0),
        ["Hello,\n\nWe're looking forward to your team's training on 24 March. To help us prepare, please let us know:\n\n- how many people will attend",
         "- any accessibility requirements",
         "- whether you would like the session in person at your office or online",
         "Best wishes,\nPEXA Training"]),
      ["Four.",
       "One colleague uses a screen reader, so it would help to have the slides as an accessible document a few days in advance.",
       "Online, please."],
      short_labels(),
      "All answers are ordinary preparation details; the accessibility point is a routine request, not a grievance about past service, so not a complaint."),
]

# ===== Conexus, group I (interleaved answers) ==============================================

SCENARIOS += [
    S("rjd-s037", "conexus", "I", "firm request for information",
      [("Jade Millward", "jade.millward@gmail.com"), ("Jade M", "jademillward93@icloud.com")],
      ("Jade", "Jade Millward"),
      "Re: Your income and expenditure - CX-5160248",
      Q("Maya Patel", "maya.patel@conexus.co.uk", (2026, 2, 25, 15, 30),
        ["Hi Jade,\n\nThanks for getting in touch about a payment plan for your Lumen Water account. To work out an amount that is affordable for you, could you tell me:\n\n1. Your total household income each month, including any benefits?",
         "2. How much you pay in rent or mortgage?",
         "3. How many dependants live with you?",
         "4. How much you feel you could pay each month?",
         "Kind regards,\nMaya\nConexus"]),
      ["About £1,420 - Universal Credit plus my part-time wages, which change a bit month to month.",
       "£650 rent.",
       "Two children, aged 6 and 9.",
       "£15 a month to start with, and more once my hours go up in September."],
      short_labels(),
      "Every interleaved answer is a plain fact for an affordability check; the creditor is only named. No dissatisfaction: not a complaint.",
      wrap=True),
    S("rjd-s038", "conexus", "I", "firm call summary",
      [("Nicola Henshaw", "nicola.henshaw@yahoo.com"), ("Nicola Henshaw", "nhenshaw76@gmail.com")],
      ("Nicola", "Nicola Henshaw"),
      "Re: Summary of our call today - CX-2947731",
      Q("Lee Barton", "lee.barton@conexus.co.uk", (2026, 3, 17, 17, 5),
        ["Dear Ms Henshaw,\n\nFurther to our telephone conversation today, I confirm the following:\n\n1. You agreed to pay £200.00 by Friday 20 March.",
         "2. Following that payment we will set up a monthly plan of £60.00.",
         "3. If the payment is not received, your account may be passed to a field agent.",
         "Regards,\nLee Barton\nCollections, Conexus"]),
      ["I did not agree to that. I said I would try. Your agent kept me on the phone for 40 minutes and would not end the call until I said yes.",
       "I told her I cannot afford £60 a month. My outgoings are more than my income as it is.",
       "Is that a threat? I told her I have depression and that calls like this make me ill. I want the recording of that call sent to me, and I don't want to be spoken to like that again."],
      short_labels(c=True, r="access", cat="collection_conduct"),
      "The answers reject the 'agreement', describe pressure on a customer who disclosed depression, and ask for the call recording: an implicit complaint about how the debt is pursued (collection_conduct) with right access; personal_data false because the grievance is conduct."),
    S("rjd-s039", "conexus", "I", "firm request for documents",
      [("Grace Olamide", "grace.olamide@citizensadvice-hillbrook.org.uk"), ("Grace Olamide - Hillbrook Citizens Advice", "g.olamide@citizensadvice-hillbrook.org.uk")],
      ("Grace", "Grace Olamide\nDebt Caseworker, Hillbrook Citizens Advice"),
      "Re: Your client Mr P Varga - CX-6623904",
      Q("Conexus", "customerservices@conexus.co.uk", (2026, 4, 1, 11, 15),
        ["Dear Ms Olamide,\n\nThank you for your email about Mr Varga. Before we can place his account on hold we need:\n\n1. A signed letter of authority from Mr Varga.",
         "2. His date of birth, to confirm we have the right account.",
         "3. Confirmation of when his Debt Relief Order application will be submitted.",
         "Yours sincerely,\nCustomer Services\nConexus"]),
      ["Attached, signed on 28 March.",
       "14/09/1988.",
       "The application goes in next week. I'll confirm as soon as it's approved."],
      short_labels(tp=True),
      "A debt caseworker answers for her client with plain facts: third_party=true (written on the client's behalf), but nothing shows dissatisfaction, so not a complaint."),
    S("rjd-s040", "conexus", "I", "firm request for information",
      [("Liam Doherty", "liam.doherty@gmail.com"), ("Liam Doherty", "ldoherty@live.co.uk")],
      ("Liam", "Liam Doherty"),
      "Re: Questions about your account CX-3805519",
      Q("Priya Nair", "priya.nair@conexus.co.uk", (2026, 3, 24, 10, 2),
        ["Dear Mr Doherty,\n\nThank you for your complaint about the letters you have received about your Lumen Water account. To help me investigate, please could you tell me:\n\n1. Which letters you believe are incorrect?",
         "2. The date you moved out of the property?",
         "3. What you would like us to do?",
         "Yours sincerely,\nPriya Nair\nCustomer Relations, Conexus"]),
      ["The ones dated 2 and 16 March, for 41 Beck Street.",
       "30 November 2025. I gave Lumen a closing meter reading that day.",
       "Lumen have already admitted to me in writing that they billed the wrong meter serial number after I left, and they've said a corrected bill is coming - but they haven't cancelled the debt they passed to you. Please get them to correct it, and don't chase me while they do."],
      short_labels(c=True, cat="debt_dispute", firm="lwt"),
      "The answers dispute the debt because the creditor billed the wrong meter, which only Lumen Water can correct: firm=lwt, debt_dispute (rule 10 test); implicit, since the complaint wording is only in the quoted letter.",
      wrap=True),
    S("rjd-s041", "conexus", "I", "firm platform notice",
      [("Bernard Quayle", "b.quayle@outlook.com"), ("Bernard Quayle", "bernardquayle@gmail.com")],
      ("Bernard", "Bernard Quayle"),
      "Re: Please check your contact details",
      Q("Conexus", "customerservices@conexus.co.uk", (2026, 1, 30, 8, 0),
        ["Dear Customer,\n\nPlease help us keep your account up to date by replying with:\n\n- your current postal address",
         "- your phone number",
         "- your preferred email address",
         "- your marketing preferences",
         "Thank you,\nConexus Customer Services"]),
      ["48 Wren Close, Ilkeston DE7 4PL. The address on your letter is my old one - please change it.",
       "07700 900321.",
       "This one.",
       "None at all. I object to my details being used for any marketing."],
      short_labels(r="rectification,objection"),
      "Neutral answers under a details-check notice: correcting his address (rectification) and objecting to marketing (objection); no dissatisfaction, so not a complaint."),
    S("rjd-s042", "conexus", "I", "firm request for information",
      [("Andrea Kowal", "andrea.kowal@gmail.com"), ("Andrea Kowal", "akowal@btinternet.com")],
      ("Andrea", "Andrea Kowal"),
      "Re: Trying to reach you - CX-4419052",
      Q("Conexus", "customerservices@conexus.co.uk", (2026, 4, 13, 13, 26),
        ["Dear Ms Kowal,\n\nWe have been trying to contact you about your Sterling Credit Loans account. Please could you let us know:\n\n1. Whether you received our letter of 4 April?",
         "2. Whether the address we hold for you is correct?",
         "3. The best time to call you?",
         "Kind regards,\nCustomer Services\nConexus"]),
      ["No, but my neighbour at number 12 did. She brought it round opened - she thought it was hers. The first page has my name, the amount I owe and Sterling Credit across the top. I'm not happy about that at all and I want to know how it happened.",
       "I live at 10 Hawthorn Row. You had the right house number last year, so someone has changed it. Please put it back.",
       "Please don't phone. Email only."],
      short_labels(c=True, pd=True, br=True, r="rectification", cat="personal_data"),
      "The answers report a letter with her debt details delivered to a neighbour (breach), with dissatisfaction and a demand for an explanation: an implicit complaint, personal_data; asking to correct the address is rectification; 'don't phone' is a contact preference, not a right."),
    S("rjd-s043", "conexus", "I", "firm final response",
      [("Wayne Thornley", "wayne.thornley@sky.com"), ("W Thornley", "wthornley@sky.com")],
      ("Wayne", "Wayne Thornley"),
      "Re: Final response CX-COMP-60117 - taking my complaint further",
      Q("Daniel Frost", "daniel.frost@conexus.co.uk", (2026, 5, 8, 12, 30),
        ["Dear Mr Thornley,\n\nI have now completed my review. My findings are:\n\n1. The trace fee of £60.00 was correctly applied, as letters to your previous address were returned.",
         "2. The calls made to you in April were within our contact policy.",
         "3. We have updated your telephone number as you requested.",
         "This is our final response. If you remain dissatisfied, you may refer your complaint to the Financial Ombudsman Service within six months.\n\nYours sincerely,\nDaniel Frost\nCustomer Relations, Conexus"]),
      ["I've lived at this address for eleven years and Beacon Home Finance had it the whole time. Nothing was returned from here. I'm not paying £60 for you to find an address you were given.",
       "Five calls in one day, two of them before 8am, is not within any policy I've seen.",
       "Thank you."],
      short_labels(c=True, ex=True, cat="fees_charges"),
      "The answers reject two findings of the final response; the main grievance is the trace fee Conexus added (fees_charges), with calls as a side point; the creditor is only named (firm null); explicit through the sender's subject."),
    S("rjd-s044", "conexus", "I", "firm request for documents",
      [("Rosalind Pearce", "rosalind.pearce@gmail.com"), ("Ros Pearce", "ros.pearce@outlook.com")],
      ("Ros", "Rosalind Pearce"),
      "Re: Mrs Edith Pearce - CX-0917264",
      Q("Tasha Reid", "tasha.reid@conexus.co.uk", (2026, 2, 3, 14, 44),
        ["Dear Ms Pearce,\n\nThank you for letting us know that you hold a lasting power of attorney for your mother. So that we can deal with you on her behalf, please could you:\n\n1. Send us a copy of the registered lasting power of attorney.",
         "2. Confirm your mother's date of birth.",
         "3. Let us know if there are any circumstances we should be aware of, so that we can support her appropriately.",
         "Kind regards,\nTasha Reid\nCustomer Support, Conexus"]),
      ["Attached - both pages, with the registration stamp.",
       "2 June 1941.",
       "She has dementia and has lived in a care home since last year, so please send all post to me. Could you also send me a copy of all the information you hold about her account, including the notes of any phone calls, so I can see where things stand."],
      short_labels(r="access", tp=True),
      "An attorney daughter answers for her mother (third_party) and asks for a copy of the data held about her (access, on someone else's behalf); routing post to her is a contact arrangement, not a right; no dissatisfaction, so not a complaint."),
]

# ===== PEXA, group T (controls: top-posted replies and new mail) ============================

SCENARIOS += [
    S("rjd-s045", "pexa", "T", "firm acknowledgement",
      [("Rob Faulkner", "rob.faulkner@tarnbrook-law.co.uk"), ("Faulkner, Rob", "rfaulkner@tarnbrook-law.co.uk")],
      ("Rob", "Rob Faulkner\nAccounts, Tarnbrook Law"),
      "Re: Acknowledgement PX-C-30502",
      Q("PEXA Complaints", "complaints@pexa.co.uk", (2026, 3, 30, 10, 3),
        "Dear Mr Faulkner,\n\nThank you for contacting us about the workspace fees on your February invoice. We have logged your complaint under reference PX-C-30502 and will contact you within four weeks.\n\nRegards,\nCustomer Resolution Team\nPEXA"),
      "Thanks for this. Please add March's invoice to my complaint - the same thing has happened again, with six workspaces each charged twice (list attached). That's £252 on top of the February amount.",
      short_labels(c=True, ex=True, cat="fees_charges"),
      "A top-posted follow-up adding more double-charged fees to an open matter is a continuing complaint about fees_charges; explicit because the new text above the quote says 'my complaint'."),
    S("rjd-s046", "pexa", "T", "firm request for information",
      [("Ananya Bose", "ananya.bose@riversidelegal.co.uk"), ("Ananya Bose", "a.bose@riversidelegal.co.uk")],
      ("Ananya", "Ananya Bose\nRiverside Legal"),
      "Re: Review call about your account",
      Q("Kieran Walsh", "kieran.walsh@pexa.co.uk", (2026, 4, 23, 16, 10),
        "Hi Ananya,\n\nI'd like to set up a short call to go through your firm's first three months on the platform and answer any questions. Would Tuesday 28 April at 10:00 or Thursday 30 April at 14:00 suit?\n\nBest,\nKieran Walsh\nAccount Manager, PEXA"),
      "Tuesday at 10 is fine. I'll dial in from the office - send the link whenever suits.",
      short_labels(),
      "A top-posted ordinary answer accepting a call time: not a complaint."),
    S("rjd-s047", "pexa", "T", "no quote",
      [("Joel Sutherland", "joel.sutherland@kirkbysutherland.co.uk"), ("Joel Sutherland", "j.sutherland@kirkbysutherland.co.uk")],
      ("Joel", "Joel Sutherland\nSenior Conveyancer, Kirkby Sutherland"),
      "New financial settlement screen",
      None,
      "Since the update on 2 March, the financial settlement screen makes us pick the source account again for every single line item, and if you tab out of the amount field it clears the reference. On a purchase with twelve disbursements that's twelve chances to get it wrong, and two of my team have already had to redo schedules after the reference vanished.\n\nIt all works, technically, but it's slower and riskier than before. Can someone explain whether this is going to be changed, and in the meantime is there a way to default the source account?",
      short_labels(c=True, cat="usability"),
      "New mail: the screens work but are slower and error-prone to use, with rework and a demand for an answer: an implicit complaint, usability rather than platform_defect (rule 16c)."),
    S("rjd-s048", "pexa", "T", "no quote",
      [("Paul Ransome", "paul.ransome@gmail.com"), ("Paul & Jenny Ransome", "ransomes@outlook.com")],
      ("Paul", "Paul Ransome"),
      "Complaint about Thames Valley Mortgages",
      None,
      "I want to make a complaint about Thames Valley Mortgages, our lender. Our purchase of 5 Elmfield Way was due to complete on Friday 17 April. TVM released the mortgage funds on the following Tuesday, two working days late, and the only explanation we got was 'internal checks'. We paid the seller's solicitors £310 in late completion interest and had to put our furniture in storage.\n\nOur conveyancer says you run the system the money goes through, which is why I'm writing to you. Please pass this on to whoever needs to deal with it.",
      short_labels(c=True, ex=True, cat="delay", firm="tvm"),
      "A buyer's complaint purely about his lender's late release of funds, sent to PEXA: firm=tvm (rule 9), category delay; explicit ('make a complaint')."),
    S("rjd-s049", "pexa", "T", "no quote",
      [("Harriet Cole", "harriet.cole@gmail.com"), ("Harriet Cole", "h.cole1990@yahoo.co.uk")],
      ("Harriet", "Harriet Cole"),
      "Request for my personal data",
      None,
      "I bought a flat last year and my solicitor used the PEXA platform for the purchase. Please could you tell me what personal information about me PEXA holds, where you got it from, and who you share it with? I'd also like a copy of that information.\n\nMy purchase completed on 11 July 2025 - 2 Tanner's Yard, Norwich.",
      short_labels(r="informed,access"),
      "New mail from a consumer asking what data is held, its source and recipients (informed) and for a copy (access): rights without dissatisfaction, not a complaint."),
    S("rjd-s050", "pexa", "T", "firm platform notice",
      [("Samuel Achterberg", "sam@achterberglaw.co.uk"), ("Samuel Achterberg", "s.achterberg@achterberglaw.co.uk")],
      ("Samuel", "Samuel Achterberg\nAchterberg Law"),
      "Re: Your PEXA application - outcome",
      Q("PEXA Onboarding", "onboarding@pexa.co.uk", (2026, 3, 16, 6, 12),
        "Application reference: APP-77120\n\nWe were unable to approve your application because the registered office details you provided could not be verified against Companies House records.\n\nYou may submit a new application once the details have been corrected.\n\nThis is an automated message from PEXA Onboarding."),
      "Our registered office details do match Companies House - I've checked them line by line, and the extract is attached. This is the second automatic rejection, and we've now been trying to join for five weeks while our clients' completions wait.\n\nPlease have a person review the application instead of the automated check, and let me know who I can speak to.",
      short_labels(c=True, r="automated_decision", cat="onboarding"),
      "Top-posted above an automated rejection: dissatisfaction at repeated rejections and delay, with a demand for human review: implicit complaint, onboarding (specific theme), right automated_decision."),
    S("rjd-s051", "pexa", "T", "firm final response",
      [("Keisha Morgan", "keisha.morgan@morganwhyte.co.uk"), ("Keisha Morgan", "k.morgan@morganwhyte.co.uk")],
      ("Keisha", "Keisha Morgan\nMorgan Whyte Solicitors"),
      "Re: Your complaint PX-C-30266 - final response",
      Q("Grace Adeyemi", "grace.adeyemi@pexa.co.uk", (2026, 2, 26, 11, 34),
        "Dear Ms Morgan,\n\nFurther to your complaint about the incorrect cut-off time given by our support desk, I am pleased to confirm that we have upheld it. We will reimburse the £96.40 interest your client paid, and the support guidance has been corrected.\n\nThis is our final response.\n\nKind regards,\nGrace Adeyemi\nCustomer Resolution Team, PEXA"),
      "Many thanks Grace - that's everything we needed, and thank you for turning it round so quickly.",
      short_labels(),
      "A top-posted thank-you to an upheld final response with nothing outstanding: not a complaint (rule 5); the complaint wording is only in the inherited subject and the quote."),
    S("rjd-s052", "pexa", "T", "no quote",
      [("Duncan Irvine", "duncan.irvine@irvineandcraig.co.uk"), ("Duncan Irvine", "d.irvine@irvineandcraig.co.uk")],
      ("Duncan", "Duncan Irvine\nIrvine & Craig"),
      "Email received in error - workspace 31-82004",
      None,
      "Just so your team knows: this morning we received a PEXA notification about workspace 31-82004, which isn't one of ours. It names the buyers and their lender and gives the completion amount. We've deleted it and not forwarded it to anyone.\n\nNo need to reply - I assume you'll want to let the firm concerned know.",
      short_labels(br=True),
      "A courtesy report that another firm's client details reached them: breach=true on a non-complaint (rule 13, compare lg-32); 'deleted it' is about the email, not erasure."),
]

# ===== Conexus, group T ======================================================================

SCENARIOS += [
    S("rjd-s053", "conexus", "T", "firm arrears letter",
      [("Sandra Whitehouse", "sandra.whitehouse@gmail.com"), ("Sandra Whitehouse", "s.whitehouse@outlook.com")],
      ("Sandra", "Sandra Whitehouse"),
      "Re: Final notice before field visit - CX-6631870",
      Q("Conexus Collections", "collections@conexus.co.uk", (2026, 4, 24, 9, 0),
        "Dear Mrs Whitehouse,\n\nDespite our previous letters, the balance of £1,904.15 on your account remains unpaid.\n\nIf you do not contact us within 7 days, a field agent may visit your home to discuss the account.\n\nYours sincerely,\nCollections Team\nConexus"),
      "I want to complain about your field agent, who came to my door on Saturday before I'd even received this letter. He stood on the doorstep for twenty minutes, refused to leave when I asked him to, and told me he'd 'be back with a van'. My daughter was in tears.\n\nI want an apology and an assurance that nobody will come to the house again. Letters or email only from now on.",
      short_labels(c=True, ex=True, cat="collection_conduct"),
      "A top-posted explicit complaint ('I want to complain') about an intimidating doorstep visit: collection_conduct; 'letters or email only' is a conduct remedy, not objection."),
    S("rjd-s054", "conexus", "T", "firm payment reminder",
      [("Kwame Asante", "kwame.asante@gmail.com"), ("K Asante", "kasante@yahoo.co.uk")],
      ("Kwame", "Kwame Asante"),
      "Re: Payment reminder - CX-2250913",
      Q("Conexus", "customerservices@conexus.co.uk", (2026, 5, 12, 8, 15),
        "Dear Mr Asante,\n\nThis is a reminder that your next payment of £45.00 is due on 15 May 2026.\n\nYou can pay online, by phone or by bank transfer.\n\nKind regards,\nCustomer Services\nConexus"),
      "Paid this morning by card, confirmation number 448120. Please confirm it's been received.",
      short_labels(),
      "A top-posted ordinary reply confirming a payment: not a complaint."),
    S("rjd-s055", "conexus", "T", "no quote",
      [("Office of Sarah Lowther MP", "sarah.lowther.casework@parliament.uk"), ("Tom Ibbotson (Office of Sarah Lowther MP)", "tom.ibbotson@parliament.uk")],
      ("Tom", "Tom Ibbotson\nCaseworker, Office of Sarah Lowther MP"),
      "Constituent: Mr Derek Amos, ref CX-3318827",
      None,
      "We are writing on behalf of our constituent, Mr Derek Amos of 12 Canal Walk, Tipton, who has given us his consent to contact you.\n\nMr Amos has tried to reach your helpline on six occasions in the last fortnight to agree a payment arrangement. Each time he was held in a queue for over an hour, and on three of those occasions the call was cut off when he reached the front. He is 71 and is paying for the calls from a pay-as-you-go phone.\n\nPlease contact Mr Amos directly to agree an arrangement, and let this office know what you are doing about the waiting times.",
      short_labels(c=True, tp=True, cat="wait_time"),
      "An MP's office writes on a constituent's behalf (third_party) about hour-long queues and dropped calls, asking for action: an implicit complaint about waiting to reach someone, wait_time (rule 16b)."),
    S("rjd-s056", "conexus", "T", "no quote",
      [("Imran Chaudhry", "imran.chaudhry@gmail.com"), ("Imran Chaudhry", "ichaudhry@hotmail.com")],
      ("Imran", "Imran Chaudhry"),
      "Closed account - my details",
      None,
      "My council tax arrears with Westbury Council were collected by you and paid off in full in October 2023. The account has been closed since.\n\nPlease delete the personal data you still hold about me. If there's anything you're required to keep, please restrict it so that it's only kept and not used for anything else, and tell me what it is.",
      short_labels(r="erasure,restriction"),
      "New mail asking for deletion (erasure) and, for anything that must be kept, restriction: rights requested without dissatisfaction, so not a complaint."),
    S("rjd-s057", "conexus", "T", "third-party creditor",
      [("Megan Pritchard", "megan.pritchard@outlook.com"), ("Megan Pritchard", "m.pritchard88@gmail.com")],
      ("Megan", "Megan Pritchard"),
      "Re: Your Sterling Credit Loans statement",
      Q("Sterling Credit Loans", "statements@sterlingcredit.co.uk", (2026, 3, 31, 7, 45),
        "Dear Ms Pritchard,\n\nYour annual statement is attached. Your balance at 28 March 2026 is £2,611.30, including default interest of £340.12 applied during the year.\n\nYour account is managed by our collection partner, Conexus.\n\nSterling Credit Loans"),
      "Sterling have added £340 of default interest (statement below) even though they agreed in writing last June to freeze interest while I'm on a plan with you. I've sent them their own letter but heard nothing.\n\nPlease don't collect that part of the balance until Sterling correct it.",
      short_labels(c=True, cat="debt_dispute", firm="scl"),
      "A top-posted comment on the creditor's statement disputes interest the creditor itself added despite a written freeze; only Sterling can correct it, so firm=scl, debt_dispute (a creditor's charge making up the debt)."),
    S("rjd-s058", "conexus", "T", "firm arrears letter",
      [("Daniel Oyelaran", "daniel.oyelaran@gmail.com"), ("D Oyelaran", "doyelaran@icloud.com")],
      ("Daniel", "Daniel Oyelaran"),
      "Re: Your account CX-9042216 - County Court Judgment",
      Q("Conexus Collections", "collections@conexus.co.uk", (2026, 2, 20, 10, 30),
        "Dear Mr Oyelaran,\n\nOur records show that a County Court Judgment was entered against you on 3 November 2025 in respect of this account. The judgment remains unsatisfied.\n\nPlease contact us to discuss repayment.\n\nYours sincerely,\nCollections Team\nConexus"),
      "This is a formal complaint. I have never had a County Court Judgment - I've checked the Register of Judgments and there is nothing in my name. You have mixed me up with someone else with a similar name, and you're writing to me as if I'm a judgment debtor.\n\nCorrect your records, and until you have, stop using that judgment information on my account or passing it to anyone.",
      short_labels(c=True, ex=True, pd=True, r="rectification,restriction", cat="personal_data"),
      "An explicit top-posted complaint that his record wrongly shows a judgment: inaccurate personal data (personal_data, category personal_data), with rectification and restriction until corrected."),
    S("rjd-s059", "conexus", "T", "no quote",
      [("Lorna Beattie", "lorna.beattie@gmail.com"), ("Lorna Beattie", "lbeattie@btinternet.com")],
      ("Lorna", "Lorna Beattie"),
      "Brightwell Gym membership - CX-7123350",
      None,
      "You've written to me about £264 for a Brightwell Gym membership. I cancelled that membership in writing in August 2025, three months before the end of the minimum term, and Brightwell confirmed by email that I'd pay the remaining three months, which I did. They are now saying I owe another year because the cancellation 'wasn't processed'.\n\nI've attached their confirmation email. This is their mistake and they need to withdraw it - please stop chasing me for it.",
      short_labels(c=True, cat="debt_dispute", firm="unknown"),
      "New mail disputing a debt that a creditor outside the directory created by failing to process a cancellation: only the gym can fix it, so firm=unknown (rule 11), debt_dispute; implicit."),
    S("rjd-s060", "conexus", "T", "firm acknowledgement",
      [("Alistair Greig", "a.greig@greigmcneillsolicitors.co.uk"), ("Alistair Greig", "alistair.greig@greigmcneillsolicitors.co.uk")],
      ("Alistair Greig", "Alistair Greig\nSolicitor, Greig McNeill Solicitors"),
      "Re: Our client Mrs F Mackay - CX-5507781",
      Q("Conexus Complaints", "complaints@conexus.co.uk", (2026, 3, 25, 9, 55),
        "Dear Mr Greig,\n\nThank you for your letter of 24 March on behalf of Mrs Mackay. We have recorded her complaint under reference CX-COMP-61544 and will send our final response within 8 weeks.\n\nConexus Customer Relations"),
      "Thank you. Further to our client's complaint about the conduct of your agent during the call of 12 March, our client also asks, under Article 15 UK GDPR, for a copy of all recordings and notes of calls with her since 1 January 2026. Her signed authority was enclosed with our letter of 24 March.",
      short_labels(c=True, ex=True, r="access", tp=True, cat="collection_conduct"),
      "A solicitor's top-posted follow-up for his client (third_party) restates the open complaint about an agent's conduct and adds an access request: continuing complaint, collection_conduct, explicit ('our client's complaint'), rights access."),
]

# @@SCENARIOS-END@@

# ---------------------------------------------------------------------------------------------
# rendering

CLOSERS = ("Thanks,", "Kind regards,", "Regards,", "Many thanks,", "Best wishes,", "Thank you,", "Best,")
TEAM_WORDS = ("PEXA", "Conexus", "Team", "Complaints", "Support", "Billing", "Notifications", "Services",
              "Relations", "Training", "Onboarding", "Collections", "Protection")


def is_person(name):
    return not any(w in name for w in TEAM_WORDS)


ATTR_CUT = re.compile(r"^On .{3,80} wrote:", re.M)


def attribution_cut(style, q, html):
    """Can this attribution style be used for quote q? new_text() must stop at it (a one-line attribution of at
    most 80 characters between "On " and " wrote:"), or, in plain text only, at the first "> " line below it; then
    the attribution line itself is read as new text, so it must not say "complain"."""
    line = attribution(style, q["when"], q["name"], q["addr"])
    if html:
        return bool(ATTR_CUT.match(escape_html(line)))
    return bool(ATTR_CUT.match(line)) or "complain" not in line.lower()


def pick(rng, options, avoid=None):
    opts = [o for o in options if o != avoid] or list(options)
    return opts[rng.randrange(len(opts))]


def choose_envelopes(scn, rng):
    """Two envelopes: copy 0 always plain; copy 1 HTML for about half the scenarios (never for the wrapped-line
    ones' first copy). Distinct attribution styles, greetings and sign-offs."""
    q = scn["q"]
    html1 = rng.random() < 0.6
    greetings = ["Hi,", "Hello,", "Good morning,", None]
    if q and is_person(q["name"]) and scn["qkind"].startswith("firm"):
        first = q["name"].split()[0]
        greetings += [f"Hi {first},", f"Dear {first},", f"Hello {first},"]
    else:
        greetings += ["Dear Sir or Madam,", "Hello there,"]
    envs, prev = [], {}
    for i in range(2):
        html = i == 1 and html1
        styles = HTML_STYLES if html else PLAIN_STYLES
        if q:
            styles = tuple(s for s in styles if attribution_cut(s, q, html))
            if not styles:  # no HTML attribution short enough for the quote cut: this copy stays plain
                html, styles = False, tuple(s for s in PLAIN_STYLES if attribution_cut(s, q, False))
        style = pick(rng, styles, prev.get("style"))
        greet = pick(rng, greetings, prev.get("greet"))
        closer = pick(rng, CLOSERS, prev.get("closer"))
        full_sig = rng.random() < 0.5
        greet_below = scn["grp"] == "B" and greet is not None and rng.random() < 0.5
        irt = q is not None and rng.random() < 0.35
        env = dict(html=html, style=style, greet=greet, closer=closer, full_sig=full_sig, greet_below=greet_below,
                   irt=irt, sender=scn["senders"][i], wrap=scn["wrap"] and i == 0,
                   tail_sig_first=rng.random() < 0.5)
        envs.append(env)
        prev = env
    return envs


def signoff(scn, env):
    first, block = scn["sig"]
    return env["closer"] + "\n" + (block if env["full_sig"] else first)


def render_plain(scn, env):
    q, grp = scn["q"], scn["grp"]
    nested_style = "gmail" if env["style"] != "gmail" else "apple"
    greet = env["greet"]
    so = signoff(scn, env)
    parts = []
    if grp == "T":
        if greet:
            parts.append(greet)
        parts.append(scn["reply"])
        parts.append(so)
        if q:
            parts.append(plain_quoted(q, env["style"], nested_style, env["wrap"]))
        return "\n\n".join(parts)
    if grp == "B":
        if greet and not env["greet_below"]:
            parts.append(greet)
        parts.append(plain_quoted(q, env["style"], nested_style, env["wrap"]))
        if greet and env["greet_below"]:
            parts.append(greet)
        parts.append(scn["reply"])
        parts.append(so)
        return "\n\n".join(parts)
    # group I: answers under each quoted segment
    segs, answers = q["text"], scn["reply"]
    if greet:
        parts.append(greet)
    head = attribution(env["style"], q["when"], q["name"], q["addr"])
    for k, seg in enumerate(segs):
        block = quote_block(plain_message(seg, 72, env["wrap"] and k == 0))
        parts.append(head + "\n" + block if k == 0 else block)
        if k < len(answers):
            parts.append(answers[k])
            if k == len(answers) - 1 and (len(segs) == len(answers) or env["tail_sig_first"]):
                parts.append(so)
    if len(segs) > len(answers) and not env["tail_sig_first"]:
        parts.append(so)
    return "\n\n".join(parts)


def render_html(scn, env):
    q, grp = scn["q"], scn["grp"]
    greet = env["greet"]
    so = html_paras(signoff(scn, env))
    gap = "<div><br></div>"
    parts = []
    if grp == "T":
        if greet:
            parts += [html_paras(greet), gap]
        parts += [html_paras(scn["reply"]), gap, so]
        if q:
            parts += [gap, '<div class="gmail_quote">' + html_attr(env["style"], q["when"], q["name"], q["addr"]),
                      BQ + html_quote_inner(q, "gmail") + "</blockquote></div>"]
        return html_body(parts)
    if grp == "B":
        if greet and not env["greet_below"]:
            parts += [html_paras(greet), gap]
        parts += ['<div class="gmail_quote">' + html_attr(env["style"], q["when"], q["name"], q["addr"]),
                  BQ + html_quote_inner(q, "gmail") + "</blockquote></div>", gap]
        if greet and env["greet_below"]:
            parts += [html_paras(greet), gap]
        parts += [html_paras(scn["reply"]), gap, so]
        return html_body(parts)
    segs, answers = q["text"], scn["reply"]
    if greet:
        parts += [html_paras(greet), gap]
    parts.append('<div class="gmail_quote">' + html_attr(env["style"], q["when"], q["name"], q["addr"]))
    for k, seg in enumerate(segs):
        parts.append(BQ + html_paras(seg) + "</blockquote>")
        if k < len(answers):
            parts += [html_paras(answers[k]), gap]
            if k == len(answers) - 1 and (len(segs) == len(answers) or env["tail_sig_first"]):
                parts += [so, gap]
    if len(segs) > len(answers) and not env["tail_sig_first"]:
        parts += [gap, so]
    parts.append("</div>")
    return html_body(parts)


def reply_texts(scn):
    return scn["reply"] if isinstance(scn["reply"], list) else [scn["reply"]]


def visible(nt):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", nt)).strip()


def render(scn, env, rng):
    body = render_html(scn, env) if env["html"] else render_plain(scn, env)
    subject = scn["subject"]
    if subject.startswith("Re: ") and env["html"] is False and env["style"] in ("numeric", "longday2"):
        subject = "RE: " + subject[4:]
    headers = dict(scn["headers"])
    if env["irt"]:
        dom = scn["q"]["addr"].split("@")[1]
        headers["in-reply-to"] = "<%08x.%04x@%s>" % (rng.getrandbits(32), rng.getrandbits(16), dom)
    if env["style"] == "apple" and not env["html"]:
        headers["x-mailer"] = "iPhone Mail (22D72)"
    name, addr = env["sender"]
    rec = {"id": None, "mailbox": scn["mb"], "from": f"{name} <{addr}>", "subject": subject, "headers": headers,
           "body": body, "html": env["html"], "labels": dict(scn["lab"], rights=list(scn["lab"]["rights"])),
           "note": scn["note"], "source": scn["sid"], "train_labels": ["complaint"],
           "_env": f"{scn['grp']}-{'html' if env['html'] else 'plain'}-{env['style'] if scn['q'] else 'noquote'}"}
    # the layout checks: what new_text() sees must match the group
    nt = new_text(rec)[len(subject) + 1:]
    seen = visible(nt)
    replies = reply_texts(scn)
    if scn["grp"] in ("B", "I"):
        assert all("complain" not in r.lower() for r in replies), (scn["sid"], "complain in B/I reply")
        assert len(seen) <= 130 and "complain" not in seen.lower(), (scn["sid"], env["style"], seen)
        assert not any(r.split("\n")[0][:40] in seen for r in replies), (scn["sid"], "reply above the cut")
    else:
        first = escape_html(replies[0].split("\n")[0][:40]) if env["html"] else replies[0].split("\n")[0][:40]
        assert first in nt, (scn["sid"], "top-posted reply not in new text")
        if scn["q"]:
            qline = scn["q"]["text"].split("\n\n")[1][:40]
            assert qline not in seen and escape_html(qline) not in seen, (scn["sid"], "quote above the cut")
    return rec


def build(rng):
    assert len({s["sid"] for s in SCENARIOS}) == len(SCENARIOS)
    records = []
    for scn in SCENARIOS:
        for env in choose_envelopes(scn, rng):
            records.append(render(scn, env, rng))
    return records


def summary(records, env_counts):
    by_sid = {s["sid"]: s for s in SCENARIOS}
    labs = [r["labels"] for r in records]
    lines = [f"wrote {OUT}: {len(records)} emails from {len(by_sid)} scenarios"]
    lines.append("mailboxes: " + str(dict(collections.Counter(r["mailbox"] for r in records))))
    lines.append("html: %d" % sum(r["html"] for r in records))
    comp = [x for x in labs if x["complaint"]]
    lines.append(f"complaints: {len(comp)} ({sum(x['explicit'] for x in comp)} explicit)")
    lines.append("breach: %d; personal_data: %d; third_party: %d; auto_generated: %d" % (
        sum(x["breach"] for x in labs), sum(x["personal_data"] for x in labs), sum(x["third_party"] for x in labs),
        sum(x["auto_generated"] for x in labs)))
    lines.append("rights: " + str(dict(collections.Counter(r for x in labs for r in x["rights"]))))
    lines.append("about_other_firm: " + str(dict(collections.Counter(str(x["about_other_firm"]) for x in labs))))
    lines.append("categories: " + str(dict(collections.Counter(x["category"] for x in labs))))
    grp = collections.Counter()
    gc = collections.Counter()
    qk = collections.Counter()
    for r in records:
        s = by_sid[r["source"]]
        grp[s["grp"]] += 1
        gc[s["grp"]] += r["labels"]["complaint"]
        qk[(s["grp"], s["qkind"])] += 1
    lines.append("per group (emails, complaints): " + ", ".join(f"{g}={grp[g]}/{gc[g]}" for g in "BIT"))
    lines.append("per group and quoted mail (emails): " + "; ".join(f"{g} {k}: {n}" for (g, k), n in sorted(qk.items())))
    lines.append("envelopes: " + str(dict(sorted(env_counts.items()))))
    return "\n".join(lines)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=record_errors)


if __name__ == "__main__":
    sys.exit(main())
