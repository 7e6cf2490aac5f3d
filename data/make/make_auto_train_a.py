#!/usr/bin/env python3
"""Training set auto_train_a: machine-made mail against mail a person wrote (stdlib only).

60 scenarios (30 per mailbox), each rendered twice with different envelopes: 28 machine-made messages
(out-of-office replies, bounces and delay warnings, read and delivery receipts, other organisations'
autoresponders, newsletters and mailing lists, system notifications), 20 look-alikes that a person wrote
(away notes, forwarded bounces and auto-replies with the writer's words on top, complaints about automatic
mail, formulaic letters, replies to notifications and newsletters, signatures with hours or "sent from my
phone", pasted unsubscribe lines) and 12 ordinary messages of the two mailboxes. Every label follows the
labelling guide; request sentences are marked inline as [[right|sentence]]. Every row trains only the
auto_generated label.

Usage: .venv/bin/python data/make/make_auto_train_a.py
"""
import datetime
import os
import random
import re
import sys

from labelled_mail import (MARK_RIGHTS, RIGHTS, finish_marked_record, rights_marks_of, run_generator,
                           marked_record_errors, short_labels, strip_marks, typos_outside_marks, escape_html)

SEED = 20270919
PREFIX = "atra"
OUT = "data/labelled/auto_train_a.jsonl"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))

AUTO = short_labels(auto=True)
NONE = short_labels()

# ---------------------------------------------------------------------------------------------
# envelope pools (all invented)

FIRST = ["Aisha", "Bronwen", "Ciaran", "Deborah", "Eamon", "Farah", "Gareth", "Harriet", "Imran", "Jolene",
         "Kwame", "Lorna", "Marek", "Niamh", "Oliver", "Priya", "Quentin", "Rosalind", "Sanjay", "Tamsin",
         "Umar", "Verity", "Yasmin", "Zachary", "Graham", "Helena", "Declan", "Morag", "Tobias", "Leanne",
         "Rhys", "Shona", "Nadia", "Fergus", "Anika", "Delroy", "Hannah", "Ifeoma", "Joseph", "Kirsty"]
LAST = ["Pemberton", "Okafor", "Llewellyn", "Haddad", "McIntyre", "Sandhu", "Thistlewood", "Brannigan",
        "Kowalczyk", "Fairbairn", "Rahman", "Quigley", "Oyelaran", "Wainwright", "Castellano", "Bhatt",
        "Dunmore", "Everett", "Gallagher", "Hargreaves", "Ingram", "Jarvis", "Lockhart", "Mensah",
        "Nightingale", "Ormerod", "Prendergast", "Rowntree", "Sutcliffe", "Tennant", "Varga", "Whitlock",
        "Yardley", "Chaudhry", "Doherty", "Ferreira"]
WELSH = [("Gwenllian", "Prydderch"), ("Rhodri", "Llywelyn"), ("Eleri", "Vaughan"), ("Iestyn", "Bowen"),
         ("Catrin", "Morgan"), ("Dafydd", "Pugh"), ("Angharad", "Rees"), ("Owain", "Tudur")]
POLISH = [("Agnieszka", "Wiśniewska"), ("Tomasz", "Zieliński"), ("Katarzyna", "Lewandowska"),
          ("Paweł", "Kamiński"), ("Magdalena", "Wójcik"), ("Piotr", "Kaczmarek"), ("Joanna", "Mazur"),
          ("Michał", "Krawczyk")]
PERSONAL = ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "icloud.com",
            "sky.com", "virginmedia.com"]
STREETS = ["Larkspur Close", "Mill Race Lane", "Albion Terrace", "Quarry Hill Road", "Foxglove Way",
           "St Anne's Crescent", "Cobden Street", "Heron Wharf", "Beechwood Avenue", "Tannery Yard"]
TOWNS = ["Huddersfield", "Taunton", "Wrexham", "Lincoln", "Kendal", "Swindon", "Ayr", "Colchester",
         "Barnsley", "Shrewsbury"]
PHONES = ["0113 496 0", "0161 496 0", "020 7946 0", "0117 496 0", "029 2018 0", "0121 496 0", "0131 496 0"]
GREET = {
    "pexa": ["Dear PEXA team,", "Hello,", "Hi,", "Good morning,", "Dear Sir or Madam,", "Hi there,"],
    "conexus": ["Dear Conexus,", "Hello,", "Hi,", "To whom it may concern,", "Dear Sir/Madam,", "Good afternoon,"],
}
SIGN = ["Kind regards,\n{name}", "Regards\n{name}", "Thanks,\n{first}", "Many thanks\n{name}",
        "Best wishes,\n{first} {last}", "{first}", "Thank you\n{name}"]
WELSH_DAYS = ["Llun", "Mawrth", "Mercher", "Iau", "Gwener", "Sadwrn", "Sul"]
WELSH_MONTHS = ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi",
                "Hydref", "Tachwedd", "Rhagfyr"]
POLISH_MONTHS = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
                 "października", "listopada", "grudnia"]


def local_part(rng, first, last, personal):
    f, l = first.lower(), re.sub(r"[^a-z]", "", last.lower())
    forms = [f"{f}.{l}", f"{f[0]}.{l}", f"{f}{l}"]
    if personal:
        forms += [f"{f}.{l}{rng.randrange(10, 99)}", f"{f[0]}{l}{rng.randrange(1, 9)}"]
    return rng.choice(forms)


def ascii_name(s):
    table = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ")
    return s.translate(table)


def long_date(d):
    return f"{d:%A} {d.day} {d:%B}"


def stamp(d, rng):
    return f"{d.day} {d:%b} {d.year} at {rng.randrange(8, 18):02d}:{rng.randrange(0, 60):02d}"


def make_vals(rng, sc):
    """Every placeholder a template may use, drawn in one fixed order."""
    mb = sc["mb"]
    pool = sc.get("names")
    if pool:
        (first, last), (afirst, alast) = rng.sample(pool, 2)
    else:
        first, afirst = rng.sample(FIRST, 2)
        last, alast = rng.sample(LAST, 2)
    cfirst, clast = rng.choice(FIRST), rng.choice(LAST)
    doms = sc.get("dom", "personal")
    personal = doms == "personal"
    dom = rng.choice(PERSONAL) if personal else rng.choice(doms)
    email = local_part(rng, ascii_name(first), ascii_name(last), personal) + "@" + dom
    altemail = local_part(rng, ascii_name(afirst), ascii_name(alast), False) + "@" + (
        rng.choice(PERSONAL) if personal else dom)
    base = datetime.date(2026, 1, 12) + datetime.timedelta(days=rng.randrange(0, 300))
    fut = base + datetime.timedelta(days=rng.randrange(3, 18))
    past = base - datetime.timedelta(days=rng.randrange(8, 45))
    past2 = past - datetime.timedelta(days=rng.randrange(60, 200))
    qd = base - datetime.timedelta(days=rng.randrange(1, 6))
    v = {
        "first": first, "last": last, "name": f"{first} {last}", "email": email,
        "alt": f"{afirst} {alast}", "altfirst": afirst, "altemail": altemail,
        "greet": rng.choice(GREET[mb]),
        "date": long_date(fut), "pdate": f"{past.day} {past:%B}", "pdate2": f"{past2.day} {past2:%B} {past2.year}",
        "pmonth": f"{past2:%B}", "qdate": stamp(qd, rng), "rdate": stamp(base, rng),
        "date_cy": f"dydd {WELSH_DAYS[fut.weekday()]} {fut.day} {WELSH_MONTHS[fut.month - 1]}",
        "date_pl": f"{fut.day} {POLISH_MONTHS[fut.month - 1]}",
        "ws": f"{rng.choice(['31', '32', '41'])}-{rng.randrange(10000, 99999)}",
        "ws2": f"{rng.choice(['31', '32', '41'])}-{rng.randrange(10000, 99999)}",
        "pxc": f"PX-C-{rng.randrange(20000, 29999)}", "cx": f"CX-{rng.randrange(1000000, 9999999)}",
        "tk": str(rng.randrange(100000, 999999)), "tk2": str(rng.randrange(10000, 99999)),
        "amt": f"{rng.randrange(18, 420)}.{rng.choice(['00', '50', '25', '99', '40'])}",
        "big": f"{rng.randrange(11, 95)},{rng.randrange(100, 999)}.{rng.randrange(10, 99)}",
        "phone": rng.choice(PHONES) + str(rng.randrange(100, 999)),
        "mob": f"07700 900{rng.randrange(100, 999)}",
        "addr": f"{rng.randrange(2, 140)} {rng.choice(STREETS)}, {rng.choice(TOWNS)}",
        "client": f"{rng.choice(['Mrs', 'Ms', 'Miss'])} {cfirst} {clast}",
        "clientm": f"Mr {cfirst[0]}. {clast}",
        "cemail": f"{cfirst.lower()}.{clast.lower()}{rng.randrange(10, 99)}@{rng.choice(PERSONAL)}",
        "oldemail": f"{cfirst[0].lower()}{clast.lower()}@{rng.choice(PERSONAL)}",
        "bademail": f"{cfirst.lower()}.{clast.lower()}@{rng.choice(PERSONAL)}",
        "n": str(rng.randrange(1, 5)), "n3": str(rng.randrange(12, 180)),
        "n4": str(rng.randrange(1000, 9999)), "n5": str(rng.randrange(10000, 99999)),
        "ip": f"192.0.2.{rng.randrange(2, 250)}",
        "bnd": "".join(rng.choice("0123456789abcdef") for _ in range(16)),
        "time": f"{rng.choice([11, 12, 13, 14, 15])}:{rng.choice(['00', '15', '30', '45'])}",
        "oldlast": rng.choice(LAST), "org": sc.get("org", ""),
    }
    v["bademaildom"] = v["bademail"].split("@")[1]
    for k, opts in sc.get("pick", {}).items():
        v[k] = rng.choice(opts)
    v["sign"] = rng.choice(SIGN).format(**v)
    frm = sc.get("frm", "person")
    v["from"] = f"{first} {last} <{email}>" if frm == "person" else rng.choice(frm).format(**v)
    return v


# ---------------------------------------------------------------------------------------------
# rich HTML for newsletters and notifications (no request sentences in them)


def rich_html(text, title):
    out = ["<html><head><meta charset=\"utf-8\"><title>" + escape_html(title) + "</title></head>",
           "<body style=\"font-family:Arial,sans-serif;color:#222\">",
           "<table width=\"600\" align=\"center\" cellpadding=\"12\"><tr><td>"]
    paras = [p for p in text.split("\n\n") if p.strip()]
    for i, p in enumerate(paras):
        lines = p.split("\n")
        if all(ln.startswith("- ") for ln in lines):
            out.append("<ul>" + "".join(f"<li>{escape_html(ln[2:])}</li>" for ln in lines) + "</ul>")
            continue
        h = escape_html(p).replace("\n", "<br>")
        h = re.sub(r"(https://[^\s<]+)", r'<a href="\1">\1</a>', h)
        if i == 0:
            out.append(f"<h2>{h}</h2>")
        elif len(lines) == 1 and len(p) < 70 and not p.rstrip().endswith((".", ":", "?")):
            out.append(f"<h3>{h}</h3>")
        elif i == len(paras) - 1:
            out.append(f"<p style=\"font-size:11px;color:#777\">{h}</p>")
        else:
            out.append(f"<p>{h}</p>")
    out += ["</td></tr></table>", "</body></html>"]
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# scenarios

S = []


def sc(**kw):
    kw["id"] = f"{PREFIX}-s{len(S) + 1:03d}"
    S.append(kw)


# ===== machine-made, PEXA (s001-s014) =====

sc(mb="pexa", kind="auto", dom=["hallidaywren.co.uk"], q="always", html=True, typo=True,
   subj="Workspace {ws} - lodgement requisition",
   body="Thank you for your message. I am out of the office until {date} and will have limited access to email. "
        "If your message concerns a completion this week, please contact {alt} on {phone} or email {altemail}.\n\n"
        "Otherwise I will reply when I am back.\n\n{name}\nSenior Conveyancer | Halliday Wren Conveyancing",
   quote=("On {qdate}, PEXA Support wrote:",
          "Dear {first},\n\nThank you for your query about the requisition raised on workspace {ws}. HM Land Registry "
          "has asked for a certified copy of the discharge. Please upload it to the documents tab of the workspace "
          "and let us know once it is there.\n\nKind regards\nPEXA Support\nCase {ref}"),
   lab=AUTO, note="An out-of-office ('out of the office until', a colleague to contact) with no automatic header is still "
                  "machine-made, so auto_generated=true and every other label is cleared; the quote adds nothing new.")

sc(mb="pexa", kind="auto", dom=["northgatemutual.co.uk"], html=True, typo=False,
   hdr={"auto-submitted": "auto-replied", "x-autoreply": "yes", "x-auto-response-suppress": "All"},
   subj="Automatic reply: Your complaint {pxc} - acknowledgement",
   body="I am currently on leave, returning on {date}. Your email has not been forwarded.\n\n"
        "For settlement queries please call the Northgate Mutual completions desk on {phone}. For anything else "
        "please contact {alt} at {altemail}.\n\nThank you\n{name}\n\n-----Original Message-----\n"
        "From: PEXA Customer Resolution\nSent: {qdate}\nSubject: Your complaint {pxc} - acknowledgement\n\n"
        "Dear {first},\nThank you for raising your complaint about the settlement fee charged twice on workspace "
        "{ws}. We have logged it under {pxc} and will send you our full response within...",
   lab=AUTO, note="Auto-Submitted and X-Autoreply headers with leave wording make this an out-of-office; the complaint "
                  "is only in the subject and quoted acknowledgement, so nothing but auto_generated is set.")

sc(mb="pexa", kind="auto", dom=["taffvalelegal.co.uk"], names=WELSH, q="opt", html=True, typo=False,
   subj="Allan o'r swyddfa / Out of office",
   body="Diolch am eich neges. Rydw i allan o'r swyddfa tan {date_cy} heb fynediad at e-bost. Ar gyfer materion "
        "brys, cysylltwch â {alt} ar {phone}.\n\nThank you for your message. I am out of the office until {date} "
        "without access to email. For urgent matters, please contact {alt} on {phone}.\n\n{name}\n"
        "Cyfreithiwr | Solicitor\nTaff Vale Legal",
   quote=("On {qdate}, PEXA Training wrote:",
          "Dear {first},\n\nYour place on the online session 'Settlement essentials' is confirmed. Joining details "
          "will follow one day before the session.\n\nPEXA Training\nBooking {ref}"),
   lab=AUTO, note="A bilingual Welsh and English out-of-office without headers is machine-made: auto_generated=true, "
                  "all else cleared.")

sc(mb="pexa", kind="auto", frm=["Mail Delivery Subsystem <MAILER-DAEMON@mx{n}.pexa.co.uk>"], hdr_one=True,
   hdr={"return-path": "<>", "auto-submitted": "auto-replied",
        "content-type": "multipart/report; report-type=delivery-status; boundary=\"{bnd}\""},
   subj=["Undelivered Mail Returned to Sender", "Mail delivery failed: returning message to sender"],
   body="This is the mail system at host mx{n}.pexa.co.uk.\n\nYour message could not be delivered to one or more "
        "recipients. It is attached below.\n\n<{bademail}>: host mail.{bademaildom}[{ip}] said:\n"
        "    550 5.1.1 <{bademail}>: Recipient address rejected: mailbox unavailable\n"
        "    (in reply to RCPT TO command)\n\n--- Below this line is a copy of the message.\n\n"
        "From: PEXA Customer Resolution\nTo: {bademail}\nSubject: Our final response - reference {pxc}\n\n"
        "Dear {clientm},\n\nWe have now finished our review of your complaint about the delayed settlement of your "
        "purchase at {addr}. We are sorry for the worry this caused. Our findings are set out below...",
   lab=AUTO, note="A MAILER-DAEMON delivery failure (Return-Path <>, multipart/report) is auto_generated; the complaint "
                  "is only in the copy of our own returned message.")

sc(mb="pexa", kind="auto", frm=["Microsoft Outlook <postmaster@hallidaywren.co.uk>",
                                "Mail Delivery System <postmaster@brookfieldlegal.co.uk>"], html=True,
   subj="Undeliverable: Your place on Settlement essentials - {date}",
   body="Delivery has failed to these recipients or groups:\n\n{bademail}\nThe email address you entered couldn't be "
        "found. Please check the recipient's email address and try to resend the message. If the problem "
        "continues, please contact your helpdesk.\n\nDiagnostic information for administrators:\n"
        "Generating server: EX{n4}.mailhost.local\n{bademail}\nRemote Server returned '550 5.1.10 "
        "RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n\nOriginal message:\n\n"
        "Subject: Your place on Settlement essentials - {date}\n\nDear participant,\nYour place on the online "
        "session on {date} at 10:00 is confirmed. Please join five minutes early and have your workspace "
        "credentials ready.\nPEXA Training",
   lab=AUTO, note="A non-delivery report without any automatic header is recognised by its text "
                  "('Delivery has failed', server diagnostics): auto_generated=true, nothing else.")

sc(mb="pexa", kind="auto", dom="personal", html=True,
   subj="Read: Your complaint {pxc} - our response",
   body=["Your message\n\n  To: {email}\n  Subject: Your complaint {pxc} - our response\n  Sent: {qdate}\n\n"
         "was read on {rdate}.",
         "This is a receipt for the mail you sent to {email} at {qdate}.\n\nThis receipt verifies that the message "
         "has been displayed on the recipient's computer at {rdate}."],
   short=("Read: Your complaint {pxc} - our response", ""),
   lab=AUTO, note="A read receipt is machine-made even when it comes from the complainant's own address and repeats "
                  "the word complaint from our subject: auto_generated=true, complaint=false.")

sc(mb="pexa", kind="auto", frm=["postmaster@{dom0} <postmaster@{dom0}>"], html=True,
   pick={"dom0": ["brookfieldlegal.co.uk", "northgatemutual.co.uk", "fenwickrowe.co.uk"]},
   hdr={"auto-submitted": "auto-replied",
        "content-type": "multipart/report; report-type=delivery-status; boundary=\"{bnd}\""},
   subj="Delivered: Invoice PXI-{tk2} for {pmonth}",
   body="Your message has been delivered to the following recipients:\n\naccounts.payable@{dom0}\n\n"
        "Subject: Invoice PXI-{tk2} for {pmonth}\n\nThe message was delivered at {rdate}.",
   lab=AUTO, note="A delivery receipt from a postmaster with a delivery-status report is auto_generated.")

sc(mb="pexa", kind="auto", frm=["Brookfield Legal Client Care <noreply@brookfieldlegal.co.uk>"], html=True,
   subj="[Ticket #{tk}] Re: Settlement on workspace {ws}",
   body="Hello,\n\nThis is an automated response to confirm that we have received your email. Your enquiry has been "
        "logged under reference BL-{tk} and a member of our client care team will reply within two working "
        "days.\n\nPlease keep the reference in the subject line of any further emails so that they are added to the "
        "same ticket. This mailbox is not monitored.\n\nBrookfield Legal LLP",
   lab=AUTO, note="Another firm's ticket-system autoresponder ('we have received your enquiry, reference ...') is "
                  "auto_generated even without headers; a firm named as sender sets no firm label.")

sc(mb="pexa", kind="auto", frm=["Conveyancing Today Briefing <briefing@conveyancingtoday-news.co.uk>"],
   html="custom",
   hdr={"precedence": "bulk", "list-id": "Conveyancing Today Briefing <briefing.conveyancingtoday-news.co.uk>",
        "list-unsubscribe": "<mailto:leave-{tk}@conveyancingtoday-news.co.uk>, "
                            "<https://conveyancingtoday-news.co.uk/u/{tk}>"},
   subj="This week: ombudsman complaint themes in conveyancing, registration backlogs and digital settlement",
   body="Conveyancing Today Briefing - {pmonth} edition\n\n"
        "Complaints about conveyancers: the top five themes\n\n"
        "Delay and poor communication again head the list of complaints about residential conveyancing, according to "
        "figures published this month. Costs information came third.\n\n"
        "Registration backlog eases\n\n"
        "Average processing times for updates to the register fell for a second quarter, though requisitions on "
        "discharges remain a common cause of delay.\n\n"
        "Also in this issue:\n- Handling personal data requests from buyers and sellers\n- Digital settlement: what "
        "participants are asking for in 2026\n- Webinar: getting completion day right\n\n"
        "You are receiving this briefing because you subscribed at conveyancingtoday-news.co.uk. Unsubscribe: "
        "https://conveyancingtoday-news.co.uk/u/{tk}",
   lab=AUTO, note="A mailing-list newsletter (Precedence: bulk, List-Id, List-Unsubscribe) is auto_generated; "
                  "'complaints' and 'personal data' are article topics, not the sender's grievance.")

sc(mb="pexa", kind="auto", frm=["Conveyancers Forum digest <digest-noreply@lists.conveyancersforum.org.uk>"], html=True,
   subj="Conveyancers Forum - daily digest, {n} topics",
   body="Today's topics:\n1. Settlements failing on Tuesday afternoon? (3 messages)\n2. Redemption figures from "
        "lenders taking weeks (1 message)\n\n"
        "== 1. Settlements failing on Tuesday afternoon?\n\nFrom: {name}\nDid anyone else have a settlement fail "
        "after 2pm on Tuesday? Ours showed as unsuccessful and the funds took hours to come back.\n\nFrom: {alt}\n"
        "Same here, two workspaces. Support said it was a bank-side issue.\n\nFrom: {clientm}\nWe were fine, for "
        "what it's worth.\n\n== 2. Redemption figures from lenders taking weeks\n\nFrom: {altfirst}\nIs it just us or "
        "are some lenders taking three weeks to issue statements?\n\n"
        "You received this digest because you are subscribed to the Conveyancers Forum list. To stop receiving "
        "digests, email leave@lists.conveyancersforum.org.uk.",
   lab=AUTO, note="A mailing-list digest is auto_generated even though members' posts grumble about failed "
                  "settlements: nobody is writing to PEXA, so complaint=false.")

sc(mb="pexa", kind="auto", frm=["Mailhaven Security <no-reply@security.mailhaven.net>"], html="custom",
   subj="New sign-in to the resolution team shared mailbox",
   body="New sign-in to your account\n\nWe noticed a new sign-in to resolution-team@pexa.co.uk.\n\n"
        "Device: Chrome on Windows\nLocation: Manchester, United Kingdom\nTime: {rdate}\n\n"
        "If this was you, you don't need to do anything. If you don't recognise this activity, review your "
        "recent sign-ins and change your password at https://account.mailhaven.net/security.\n\n"
        "This email was sent automatically to tell you about important changes to your account.",
   lab=AUTO, note="A login alert from the mail provider is a system notification: auto_generated=true, everything else "
                  "cleared.")

sc(mb="pexa", kind="auto", frm=["Accounts Payable <ap-noreply@northgatemutual.co.uk>"], hdr_one=True,
   hdr={"auto-submitted": "auto-generated", "x-auto-response-suppress": "All"},
   subj="Remittance advice {tk} - Digital Completion UK Ltd",
   body="This is an automated remittance advice. Please do not reply to this email.\n\n"
        "Payee: Digital Completion UK Ltd\nPayment date: {pdate}\nPayment method: BACS\nAmount: £{amt}\n\n"
        "Invoices paid:\nPXI-{tk2}   £{amt}\n\nQueries about this payment should be raised with Northgate Mutual "
        "Accounts Payable on {phone}, quoting remittance {tk}.",
   lab=AUTO, note="An automated remittance advice (payment notification) is auto_generated, with or without its "
                  "Auto-Submitted header.")

sc(mb="pexa", kind="auto", frm=["PEXA Notifications <notifications@pexa.co.uk>"], html="custom",
   subj="Action required: financial settlement unsuccessful - workspace {ws}",
   body="Workspace {ws}: settlement unsuccessful\n\nProperty: {addr}\nScheduled settlement: {time} today\n\n"
        "The financial settlement could not be completed because a source account was not funded. All "
        "participants in the workspace have been notified. Please review the workspace and reschedule "
        "settlement once the issue has been resolved.\n\n"
        "This is a system-generated message. Replies to this address are not read.",
   lab=AUTO, note="A platform workspace notification is a system notification, so auto_generated=true even though it "
                  "reports a failed settlement; no person is dissatisfied here.")

sc(mb="pexa", kind="auto", frm=["Home Moving Dispute Service <casework@homemovingdisputes.org.uk>"], html=True,
   hdr={"auto-submitted": "auto-replied", "x-auto-response-suppress": "All", "precedence": "auto_reply"},
   subj="We have received your enquiry [HMDS-{tk}]",
   body="Thank you for contacting the Home Moving Dispute Service.\n\nWe have received your enquiry and given it the "
        "reference HMDS-{tk}. Please quote this reference in any further correspondence. We aim to respond within "
        "10 working days.\n\nIf you are writing about a complaint you have made to a business, please note that we "
        "can usually only consider it once the business has had eight weeks to respond.\n\n"
        "This is an automatic acknowledgement. Please do not reply to this email.",
   lab=AUTO, note="Another organisation's automatic acknowledgement with auto-reply headers is auto_generated; its "
                  "general line about complaints is boilerplate, not a grievance.")

# ===== machine-made, Conexus (s015-s028) =====

sc(mb="conexus", kind="auto", dom=["riversidedebtadvice.org.uk"], q="always", html=True, typo=True,
   subj="Client {client} - request for 30-day hold",
   body="Thanks for your email. I'm not in the office on {date}: I work Tuesday to Thursday and emails are not "
        "monitored while I'm away.\n\nIf your message is about a client with an urgent deadline, please ring our advice "
        "line on {phone} (Monday to Friday, 9.30 to 4.30) and a colleague will help.\n\n{name}\n"
        "Debt Adviser, Riverside Debt Advice\nRegistered charity no. 1187{n3}",
   quote=("On {qdate}, Conexus Customer Services wrote:",
          "Dear {first},\n\nThank you for letting us know you are acting for {client}. We have placed account {cx} "
          "on hold for 30 days while you prepare a financial statement.\n\nConexus Customer Services\nRef {ref}"),
   lab=AUTO, note="An adviser's out-of-office with no header is machine-made; a representative's auto-reply is not "
                  "third_party, so only auto_generated is set.")

sc(mb="conexus", kind="auto", dom=["lumenwater.co.uk"], typo=True,
   hdr={"auto-submitted": "auto-replied", "x-autoreply": "yes"},
   subj="Automatic reply: Returned accounts - batch {tk2}",
   body="Hello, thank you for your email. I'm away from the office until {date}.\n\nFor account referrals and "
        "recalls please email {altemail}; for anything urgent call {phone}.\n\n{name}\n"
        "Debt Recovery Partnerships, Lumen Water",
   short=("Automatic reply: Returned accounts - batch {tk2}", "Away until {date}. Urgent: {phone}."),
   lab=AUTO, note="A creditor's out-of-office (Auto-Submitted, X-Autoreply) is auto_generated; the creditor is only the "
                  "sender, so about_other_firm stays null.")

sc(mb="conexus", kind="auto", dom=["wilklegal.co.uk"], names=POLISH, q="opt", html=True,
   subj="Nieobecność / Out of office",
   body="Dzień dobry,\ndziękuję za wiadomość. Jestem na urlopie do {date_pl} i nie mam dostępu do poczty. "
        "W pilnych sprawach proszę kontaktować się z {alt} pod numerem {phone}.\n\nGood morning,\nthank you for "
        "your message. I am on leave until {date} with no access to email. For urgent matters please contact "
        "{alt} on {phone}.\n\nPozdrawiam / Kind regards\n{name}\nWilk Legal",
   quote=("On {qdate}, Conexus Customer Relations wrote:",
          "Dear {first},\n\nThank you for your letter on behalf of your client about account {cx}. We have asked "
          "the creditor for the documents you requested and will write again within 14 days.\n\n"
          "Conexus Customer Relations\nRef {ref}"),
   lab=AUTO, note="A Polish and English out-of-office without headers is auto_generated; the solicitor's auto-reply "
                  "is not a third-party message.")

sc(mb="conexus", kind="auto", frm=["Mail Delivery Subsystem <mailer-daemon@{bademaildom}>"], html=True,
   subj=["Undeliverable: Your complaint about our field agent's visit - account {cx}",
         "Delivery Status Notification (Failure)"],
   body="Your message wasn't delivered to {bademail} because the recipient's mailbox is full and can't accept "
        "messages now. Please try resending this message later, or contact the recipient directly.\n\n"
        "The response from the remote server was:\n552 5.2.2 The email account that you tried to reach is over "
        "quota.\n\n----- Original message -----\n\nSubject: Your complaint about our field agent's visit - account "
        "{cx}\n\nDear {clientm},\nThank you for speaking to us on {pdate}. We are sorry that you found our agent's "
        "visit to your home upsetting, and we have asked the field team for their notes...",
   lab=AUTO, note="A mailbox-full bounce with no header is recognised by its text; the complaint is only in our own "
                  "returned message, so auto_generated=true and nothing else.")

sc(mb="conexus", kind="auto", frm=["Mail Delivery System <MAILER-DAEMON@relay{n}.conexus.co.uk>"], hdr_one=True,
   hdr={"return-path": "<>", "auto-submitted": "auto-replied",
        "content-type": "multipart/report; report-type=delivery-status; boundary=\"{bnd}\""},
   subj="Delayed Mail (still being retried)",
   body="This is the mail system at host relay{n}.conexus.co.uk.\n\n"
        "####################################################################\n"
        "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
        "####################################################################\n\n"
        "Your message could not be delivered for 4.0 hours. It will be retried until it is 5.0 days old.\n\n"
        "<{bademail}>: connect to mail.{bademaildom}[{ip}]:25: Connection timed out\n\n"
        "From: Conexus Customer Services\nSubject: Your payment plan - account {cx}\n\n"
        "Dear {clientm}, thank you for agreeing a payment plan of £{amt} a month. Your first payment is due on...",
   lab=AUTO, note="A delivery-delay warning from MAILER-DAEMON (Return-Path <>, delivery-status report) is "
                  "auto_generated.")

sc(mb="conexus", kind="auto", dom="personal", html=True,
   subj="Read: Final response to your complaint - account {cx}",
   body=["Your message\n\nTo: {email}\nSubject: Final response to your complaint - account {cx}\nSent: {qdate}\n\n"
         "was read on {rdate}.",
         "This is a receipt for the mail you sent to {email} at {qdate}.\n\nThis receipt verifies that the message "
         "has been displayed on the recipient's computer at {rdate}."],
   short=("Read: Final response to your complaint - account {cx}", ""),
   lab=AUTO, note="A read receipt from the debtor's mail program is machine-made: auto_generated=true and the word "
                  "complaint in the echoed subject sets nothing.")

sc(mb="conexus", kind="auto", frm=["Northfield Money Help <help@northfieldmoneyhelp.org.uk>"], html=True,
   hdr={"auto-submitted": "auto-replied", "x-auto-response-suppress": "All", "precedence": "auto_reply"},
   subj="Thank you for contacting Northfield Money Help [Ref: NMH-{tk}]",
   body="This is an automatic reply. We have received your email and opened case NMH-{tk}.\n\n"
        "Our advisers aim to reply within 10 working days. We cannot give advice by return email, and if you are "
        "writing about a client we need their signed consent before we can discuss their case.\n\n"
        "If you are in crisis, call our free helpline on 0808 157 0{n3}.\n\nNorthfield Money Help is a registered "
        "charity.",
   lab=AUTO, note="A debt charity's ticket-system acknowledgement with auto-reply headers is auto_generated; the charity "
                  "is not writing on anyone's behalf here.")

sc(mb="conexus", kind="auto", frm=["{mpname} MP <{mpmail}@parliament.uk>"], html=True,
   pick={"mpname": ["Helen Crowther", "Adrian Mistry", "Sarah Lindqvist-Hale", "Robert Aldous"],
         "mpmail": ["office.casework", "constituency.office"]},
   subj="Automatic acknowledgement - office of {mpname} MP",
   body="Thank you for contacting the office of {mpname} MP. This is an automated acknowledgement.\n\n"
        "{mpname} receives a large volume of correspondence and can only take up casework for constituents of "
        "Westbury and Frome North. Please make sure you have included your full postal address.\n\n"
        "If you are an organisation replying to an enquiry we made on behalf of a constituent, your email has been "
        "added to the case file and a caseworker will be in touch if anything further is needed.\n\n"
        "The office is staffed Monday to Friday, 9am to 5pm.",
   lab=AUTO, note="An MP's office autoresponder is machine-made: auto_generated=true, and third_party=false although "
                  "MPs' offices usually write for constituents.")

sc(mb="conexus", kind="auto", frm=["Debt Advice Sector Bulletin <bulletin@debtadvicesector.org.uk>"],
   html="custom",
   hdr={"precedence": "list", "list-id": "Sector Bulletin <bulletin.debtadvicesector.org.uk>",
        "list-unsubscribe": "<https://debtadvicesector.org.uk/unsubscribe?id={tk}>",
        "list-unsubscribe-post": "List-Unsubscribe=One-Click"},
   subj="Sector Bulletin: Breathing Space breaches, complaint handling and subject access requests",
   body="Debt Advice Sector Bulletin - {pmonth}\n\nBreathing Space: creditors still getting it wrong\n\n"
        "Advisers report continued contact from collection agencies during Breathing Space periods. We set out "
        "how to raise a complaint and when to escalate to the ombudsman.\n\n"
        "Your clients' right to their data\n\n"
        "Clients can ask any firm for a copy of all the personal data it holds about them. Our template letter "
        "for subject access requests has been updated.\n\n"
        "Also this month:\n- Vulnerability flags and what firms must do\n- New guidance on statute-barred debts\n\n"
        "You are receiving this bulletin as a member of the Debt Advice Sector network. Unsubscribe at "
        "https://debtadvicesector.org.uk/unsubscribe?id={tk}",
   lab=AUTO, note="A sector mailing-list bulletin is auto_generated; its articles about complaints, breaches of "
                  "Breathing Space and data copies ask Conexus for nothing.")

sc(mb="conexus", kind="auto", frm=["Hartwell Baines LLP <briefings@hartwellbaines.co.uk>"], html="custom",
   subj="Data Protection Briefing: handling access and objection requests in collections",
   body="HARTWELL BAINES LLP - DATA PROTECTION BRIEFING\n\n1. Subject access requests\nAn individual can ask for a "
        "copy of all the personal data you hold about them, in any words and through any channel. The one-month "
        "clock starts on receipt.\n\n2. Objections to marketing\nWhere a customer says 'I object to my data being "
        "used for marketing', the objection is absolute and must be acted on.\n\n3. Erasure requests after "
        "settlement\nWhen an account is closed, customers often ask for their data to be deleted. Retention "
        "periods still apply.\n\nThis briefing is sent to clients and contacts of Hartwell Baines LLP. It is not "
        "legal advice. To stop receiving these briefings, reply with UNSUBSCRIBE in the subject line.",
   lab=AUTO, note="A law firm's data-protection newsletter without list headers is still bulk mail: auto_generated=true "
                  "and the example request wording in it is not a right asked of Conexus.")

sc(mb="conexus", kind="auto", frm=["PayRoute Notifications <no-reply@payroute-payments.co.uk>"], html="custom",
   hdr_one=True, hdr={"auto-submitted": "auto-generated"},
   subj="Payment received: £{amt} - reference {cx}",
   body="Payment received\n\nA card payment has been taken successfully.\n\nMerchant: Conexus Ltd\nAmount: £{amt}\n"
        "Customer reference: {cx}\nCard: Visa ending {n4}\nTransaction ID: TXN{tk}\nTime: {rdate}\n\n"
        "You are receiving this notification because payment alerts are switched on for this merchant account. "
        "Manage notification settings in your merchant dashboard.",
   lab=AUTO, note="A payment-gateway alert is a system notification: auto_generated=true, with or without an "
                  "Auto-Submitted header.")

sc(mb="conexus", kind="auto", frm=["IT Service Desk <servicedesk-noreply@conexus.co.uk>"],
   subj="Your password expires in {n} days",
   body="The password for the account customer.relations@conexus.co.uk will expire in {n} days.\n\n"
        "Please change it before {date} to avoid losing access. To change your password, press Ctrl+Alt+Del and "
        "choose 'Change a password', or use the self-service portal.\n\n"
        "This is an automatically generated message. Please do not reply.",
   short=("Your password expires in {n} days", "Change it before {date}. This is an automatic message."),
   lab=AUTO, note="An internal password-expiry notice is a system notification: auto_generated=true.")

sc(mb="conexus", kind="auto", frm=["Bacs Payment Alerts <alerts@ddcollect-services.co.uk>"], html=True,
   subj="ARUDD: unpaid Direct Debit - payer reference {cx}",
   body="Automated Return of Unpaid Direct Debit\n\nService user: Conexus Ltd (SUN 4{n5})\nPayer reference: {cx}\n"
        "Amount: £{amt}\nDue date: {pdate}\nReason code: 1 - Instruction cancelled by payer\n\n"
        "No action is needed on this message if the payer has made other arrangements. This report was generated "
        "automatically by the collection service.",
   lab=AUTO, note="An unpaid Direct Debit report from a payment service is a system notification, so auto_generated=true; "
                  "it reports a cancelled payment, not a grievance.")

sc(mb="conexus", kind="auto", frm=["Northline Energy Partner Portal <portal-noreply@northline-energy.co.uk>"],
   html="custom",
   subj="New placement file available for Conexus Ltd",
   body="A new file is ready to download\n\nFile: NTE_PLACEMENT_{tk2}.csv\nAccounts: {n3}\nTotal balance: £{big}\n"
        "Uploaded: {rdate}\n\nSign in to the partner portal at https://partners.northline-energy.co.uk to download "
        "the file. Files are deleted automatically after 30 days.\n\nDo not reply to this email.",
   lab=AUTO, note="A creditor portal's file-upload alert is a system notification: auto_generated=true, and the creditor "
                  "is only the sender.")

# ===== look-alikes a person wrote, PEXA (s029-s038) =====

sc(mb="pexa", kind="look", dom=["hallidaywren.co.uk", "brookfieldlegal.co.uk"], html=True, typo=True,
   subj="Away Thursday and Friday - workspace {ws}",
   body="{greet}\n\nJust a quick note before I go: I'm off on Thursday and Friday this week. If the lender needs "
        "anything for workspace {ws} before then, {altfirst} in our team has the file and can sign; the direct "
        "line is {phone}. I'll pick everything up on Monday.\n\n{sign}",
   short=("Off Thu/Fri - {altfirst} covering workspace {ws}, {phone}", ""),
   lab=NONE, note="A person's own note about being away, written for one matter with a named colleague, is not an "
                  "automatic out-of-office: auto_generated=false, and it is no complaint.")

sc(mb="pexa", kind="look", dom=["fenwickrowe.co.uk", "northgatemutual.co.uk"], html=True, typo=True,
   subj="Fwd: Undeliverable: Invoice PXI-{tk2} query",
   body="{greet}\n\nI tried to send our query about invoice PXI-{tk2} to the address printed on it and got the message "
        "below. Could you let me know where billing questions should go? Nothing urgent.\n\n{sign}\n\n"
        "---------- Forwarded message ---------\nFrom: Mail Delivery System <postmaster@{dom0}>\nDate: {qdate}\n"
        "Subject: Undeliverable: Invoice PXI-{tk2} query\n\nDelivery has failed to these recipients or groups:\n"
        "billings@pexa.co.uk\nThe email address you entered couldn't be found.",
   pick={"dom0": ["fenwickrowe.co.uk", "northgatemutual.co.uk"]},
   lab=NONE, note="A person forwarding a bounce with a question of their own wrote the new text, so auto_generated=false; "
                  "a neutral question is no complaint.")

sc(mb="pexa", kind="look", dom=["ashbyquill.co.uk", "hallidaywren.co.uk"], html=True, typo=True,
   org="Ashby Quill Conveyancing",
   subj="Fwd: We've received your request [{tk}]",
   body="{greet}\n\nThis is now the third time I have written to your support address about workspace {ws}, and the "
        "only thing that ever comes back is the automatic reply below. Settlement was meant to happen on {pdate}, "
        "our client has moved out, and the buyer's lender keeps asking us why nothing has moved. I need a named "
        "person to ring me today on {phone}.\n\n{name}\n{org}\n\n---------- Forwarded message ---------\n"
        "From: PEXA Support <support@pexa.co.uk>\nSubject: We've received your request [{tk}]\n\n"
        "Thanks for getting in touch. Your request has been received and a member of our team will be in contact "
        "within 2 business days.",
   short=("3rd email about workspace {ws} and still only your auto reply - call me on {phone} today", ""),
   lab=short_labels(c=True, cat="delay"),
   note="The writer's own words on top of a forwarded auto-reply are a 'still waiting' chaser with a demand, so an "
        "implicit delay complaint; the forwarded autoresponse does not make it auto_generated.")

sc(mb="pexa", kind="look", dom="personal", html=True, typo=True,
   subj="Still receiving your newsletters after unsubscribing",
   body="{greet}\n\nI left conveyancing more than a year ago and my user account was closed, yet your marketing "
        "newsletter and 'product update' emails still arrive at my personal address every week. I have used the "
        "unsubscribe link at the bottom of them twice and nothing changes. I want to make a complaint about this."
        "\n\n[[objection|I object to my email address being used to send me any marketing or product updates.]] "
        "[[erasure|Please delete my contact details from your mailing lists and anything else you still hold about "
        "my old account.]]\n\nPlease confirm in writing once this has been done.\n\n{sign}",
   short=("Complaint - still getting your newsletters after unsubscribing",
          "[[objection|I object to you using my address for marketing.]] [[erasure|Delete my details from your "
          "lists.]]\n{first}"),
   lab=short_labels(c=True, ex=True, pd=True, r="objection,erasure", cat="personal_data"),
   note="A person complaining about newsletters is not a newsletter: explicit complaint about continued use of their "
        "data for marketing (personal_data), with objection to marketing and erasure of contact details.")

sc(mb="pexa", kind="look", dom=["fenwickrowe.co.uk"], html=True,
   subj="Our client: {client} - {addr}",
   body="Dear Sirs\n\nOur client: {client}\nProperty: {addr}\n\nWe act for the above-named in connection with the "
        "purchase of the above property, which completed on {pdate}. Our client's signed authority is attached."
        "\n\n[[access|On our client's behalf, we request a copy of the personal data you hold about our client, "
        "including any records of the settlement in workspace {ws}.]]\n\nPlease send the information to this "
        "office, quoting our reference FR/{tk2}.\n\nYours faithfully\n\nFenwick Rowe Solicitors",
   lab=short_labels(r="access", tp=True),
   note="A formulaic solicitor's letter is still written by a person: a subject access request made for a client, "
        "so access and third_party, with no dissatisfaction and so no complaint.")

sc(mb="pexa", kind="look", dom=["brookfieldlegal.co.uk", "ashbyquill.co.uk"], q="always", html=True, typo=True,
   subj="Action required: financial settlement unsuccessful - workspace {ws}",
   body="{greet}\n\nThis says settlement failed, but our bank shows the purchase funds left our client account at "
        "{time} and the seller's solicitor says nothing has arrived. Where is the money? Our clients have a removal "
        "van outside and the keys won't be released. I need someone from PEXA to call me back within the hour on "
        "{phone} and explain what has gone wrong.\n\n{sign}",
   quote=("On {qdate}, PEXA Notifications wrote:",
          "Workspace {ws}\nStatus: Settlement unsuccessful\n\nThe financial settlement scheduled for today could not "
          "be completed. Please review the workspace.\n\nThis is a system-generated message. Reference {ref}"),
   lab=short_labels(c=True, cat="platform_defect"),
   note="A person's reply to a system notification is not auto_generated; funds gone and settlement failed with a "
        "demand to call back is an implicit platform_defect complaint.")

sc(mb="pexa", kind="look", dom=["northgatemutual.co.uk"], html=False, typo=True,
   hdr={"x-mailer": "iPhone Mail (21E236)"},
   subj="Lodgement fee from April?",
   body="{greet}\n\nQuick one: does the lodgement fee change from 1 April, and will the new rate apply to workspaces "
        "opened before then? Our finance team needs to update its fee schedule.\n\nThanks\n{first}\n\n"
        "{name} | Completions Team Leader\nNorthgate Mutual\nMy working days are Monday to Wednesday. I may send "
        "emails outside these hours but don't expect a reply outside yours.\n\nSent from my iPhone",
   lab=NONE, note="Working-hours lines and 'Sent from my iPhone' are a person's signature, not an auto-reply: "
                  "auto_generated=false, and a neutral fee question is an enquiry.")

sc(mb="pexa", kind="look", dom="personal", html=True, typo=True,
   subj="Participant newsletter going to my old address",
   body="{greet}\n\nI'd like to keep getting the participant newsletter, but it still goes to my old firm's address. "
        "[[rectification|Please change the email address on my subscription to {email}.]] The bottom of your last "
        "issue said:\n\n\"You are receiving this email because you subscribed to PEXA Participant News. To "
        "unsubscribe or change your preferences, click here.\"\n\nThe link only takes me to a login page for my old "
        "account, so I thought it easier to ask.\n\n{sign}",
   lab=short_labels(r="rectification"),
   note="A pasted unsubscribe footer inside a person's request does not make it a newsletter; asking to update the "
        "email address held is rectification, and with no real grievance it is no complaint.")

sc(mb="pexa", kind="look", dom=["hallidaywren.co.uk", "ashbyquill.co.uk"], q="always", html=True, typo=True,
   subj="PEXA Participant News - {pmonth} edition",
   body="{greet}\n\nYour newsletter says failed settlements are at a record low. That is not what we are seeing: two "
        "of ours failed this month, on workspaces {ws} and {ws2}, both with the same 'source account not "
        "verified' error, and nobody has explained either one. I would like a proper explanation of both "
        "failures and what is being done to stop it happening again.\n\n{sign}",
   quote=("On {qdate}, PEXA Participant News wrote:",
          "Settlement success rate hits new high\n\nFewer than one in a thousand settlements failed last quarter, "
          "the lowest rate since launch.\n\nTo unsubscribe or change your preferences, click here. Issue {ref}"),
   lab=short_labels(c=True, cat="platform_defect"),
   note="A reply to a newsletter is a person's message: two failed settlements and a demand for an explanation make "
        "an implicit platform_defect complaint, although the quoted text is bulk mail.")

sc(mb="pexa", kind="look", dom="personal", html=True,
   pick={"mpc": ["Marsh & Penrose Conveyancing", "Marsh and Penrose", "M&P Conveyancing"]},
   subj="Formal complaint - {mpc}",
   body="Dear Sir or Madam,\n\nRE: FORMAL COMPLAINT\nProperty: {addr}\nWorkspace reference: {ws}\n\n"
        "I am writing to make a formal complaint about the service I have received from my conveyancer, {mpc}. "
        "Exchange was agreed for {pdate} and has still not happened. I have written to them four times in three "
        "weeks without a proper reply.\n\nI would like you to:\n1. pass this complaint to the right person;\n"
        "2. confirm to me in writing that you have done so.\n\nI look forward to hearing from you within 14 days."
        "\n\nYours faithfully,\n{name}",
   lab=short_labels(c=True, ex=True, firm="mpc", cat="delay"),
   note="A template-style letter is still written by a person: an explicit consumer complaint purely about the "
        "participant conveyancer's delay, so about_other_firm=mpc and category delay.")

# ===== look-alikes a person wrote, Conexus (s039-s048) =====

sc(mb="conexus", kind="look", dom="personal", html=True, typo=True,
   subj="Account {cx} - I'm in hospital from {date}",
   body="{greet}\n\nI'm going into hospital on {date} for an operation and will be in for about ten days, so I won't "
        "be answering calls or emails. My payment on the 1st is set up and will still go out. If you need anything "
        "my sister {altfirst} is happy to take a message on {mob}.\n\n{sign}",
   short=("In hospital from {date} - payment still going out, my sister {altfirst} on {mob} if needed - acc {cx}", ""),
   lab=NONE, note="A debtor's own note that she will be away, with who to call, is written by a person: "
                  "auto_generated=false; no dissatisfaction and she writes for herself.")

sc(mb="conexus", kind="look", dom=["riversidedebtadvice.org.uk", "northfieldmoneyhelp.org.uk"], html=True, typo=True,
   org="Money Adviser",
   subj="Fwd: Delivery Status Notification (Failure) - {client}",
   body="{greet}\n\nYour email to our client {client} (account {cx}) has bounced, see below. Her email address "
        "changed in the summer. [[rectification|Please update her email address on your records to {cemail}.]] "
        "[[restriction|Until that change has been made, please do not send anything about the account to the old "
        "address.]]\n\n{sign}\n{org}\n\n---------- Forwarded message ---------\n"
        "From: Mail Delivery Subsystem <mailer-daemon@mailhost.net>\nSubject: Delivery Status Notification "
        "(Failure)\n\nYour message to {oldemail} could not be delivered. The account has been disabled.",
   lab=short_labels(r="rectification,restriction", tp=True),
   note="An adviser forwarding a bounce with her own request wrote the message: third_party, rectification of the "
        "client's address and restriction of the old one meanwhile, no grievance so no complaint.")

sc(mb="conexus", kind="look", dom="personal", html=True, typo=True,
   subj="Fw: We have received your message",
   body="{greet}\n\nThis is all I ever get back from you. I have emailed four times since {pdate} asking to set up a "
        "payment plan of £{amt} a month for account {cx}, and every time I get this automatic reply and nothing "
        "else. Meanwhile your letters say I haven't been in touch. I want to make a complaint about this, and I want "
        "someone to actually set up the plan.\n\n{first}\n\n-----Original Message-----\n"
        "From: Conexus Customer Services <noreply@conexus.co.uk>\nSubject: We have received your message\n\n"
        "Thank you for contacting Conexus. We aim to respond within 5 working days.",
   lab=short_labels(c=True, ex=True, cat="delay"),
   note="A debtor forwarding Conexus's own auto-reply with an angry note is a person's message: explicit complaint "
        "that nobody answers, category delay.")

sc(mb="conexus", kind="look", dom="personal", html=True, typo=True,
   subj="Automatic reminders every morning - account {cx}",
   body="{greet}\n\nSince I set up my payment plan on {pdate} I have had an automated 'your balance is overdue' email "
        "every single morning, sometimes two, plus texts. My payments are up to date and the first one went out on "
        "time. Each one of these makes my stomach drop and I am struggling enough as it is. Please stop sending me "
        "these automatic reminders while the plan is running, and tell me why your system is treating me as "
        "behind.\n\n{sign}",
   lab=short_labels(c=True, cat="collection_conduct"),
   note="A person complaining about automated reminders is no auto-mail: an implicit collection_conduct complaint "
        "about contact frequency; 'stop sending reminders' is a conduct remedy, not objection.")

sc(mb="conexus", kind="look", dom=["northfieldmoneyhelp.org.uk", "riversidedebtadvice.org.uk"], html=True,
   org="Northfield Money Help",
   subj="New client - {client} - your ref {cx}",
   body="Dear Sir/Madam\n\nClient: {client}\nYour reference: {cx}\n\nWe are a free debt advice charity and have been "
        "asked to help the above client with their finances. Signed authority is attached.\n\nPlease:\n"
        "- hold all collection activity for 30 days while we prepare a financial statement;\n"
        "- send us a statement of account showing the balance, payments received and any charges added;\n"
        "- tell us the date of the last payment on your records.\n\nWe will be in touch with a repayment proposal. "
        "Please send all correspondence to this office.\n\nYours faithfully\n\n{name}\nMoney Adviser, {org}",
   lab=short_labels(tp=True),
   note="A standard money-adviser letter is formulaic but person-written: third_party, no dissatisfaction so no "
        "complaint, and a statement of account is account information, not an access request.")

sc(mb="conexus", kind="look", dom=["greenholmelaw.co.uk"], html=True,
   pick={"lwt": ["Lumen Water", "Lumen"]},
   subj="Our client: {client} - account {cx} - {lwt}",
   body="Dear Sirs\n\nWe are instructed by the above-named client in relation to the sum of £{amt} which you are "
        "seeking to recover on behalf of {lwt}.\n\nOur client moved out of {addr} on {pdate2} and gave {lwt} "
        "notice at the time; a copy of her final meter reading is enclosed. Every charge you are pursuing was raised "
        "after that date and is not owed. Please treat this letter as a formal complaint and pass it to your "
        "client, which alone can correct its billing.\n\n[[access|We also request, under Article 15 UK GDPR, a copy "
        "of all personal data you hold about our client, including call notes and recordings.]]\n\nPlease suspend "
        "collection while the dispute is investigated.\n\nYours faithfully\n\nGreenholme Law",
   lab=short_labels(c=True, ex=True, r="access", tp=True, firm="lwt", cat="debt_dispute"),
   note="A solicitor's formal complaint for a client whose root cause is the creditor's billing after move-out: "
        "explicit, third_party, about_other_firm=lwt, debt_dispute, plus an access request.")

sc(mb="conexus", kind="look", dom="personal", q="always", html=True, typo=True,
   subj="Payment reminder: £{amt} due - account {cx}",
   body="{greet}\n\nI paid this yesterday by card on your website and got confirmation number {tk}. Why is it still "
        "showing as due, and why did I get this reminder this morning? Please apply my payment and confirm it has "
        "been received, so that I am not charged anything extra for it.\n\n{sign}",
   quote=("On {qdate}, Conexus Online wrote:",
          "Your payment of £{amt} for account {cx} is due. Pay online in minutes at your account page.\n\n"
          "This is an automated message. Reference {ref}"),
   lab=short_labels(c=True, cat="debt_dispute"),
   note="A person's reply to an automated reminder is not auto_generated; a payment already made still shown as owed "
        "with a demand to fix it is an implicit debt_dispute complaint.")

sc(mb="conexus", kind="look", dom="personal", typo=True,
   subj="Change payment date",
   body="{greet}\n\nCan I move my payment date from the 15th to the 28th? That's when I get paid now I've changed "
        "jobs. Same amount as before, account {cx}.\n\nCheers\n{first}\n\nSent from my Galaxy\n\n{name}\n"
        "Shift supervisor - I'm only reachable after 6pm on weekdays",
   short=("Can I move my payment date to the 28th? Acc {cx}", "Sent from my Galaxy"),
   lab=NONE, note="A phone signature and availability line are part of a person's message: auto_generated=false, and a "
                  "payment-date change is a routine service request.")

sc(mb="conexus", kind="look", dom=["northline-energy.co.uk"], html=True, typo=True,
   subj="Update on {pmonth} placement please",
   body="{greet}\n\nCould you send me an update on the {n3} accounts we placed with you on {pdate}? Our month-end "
        "report needs the number in an arrangement and the amount collected so far.\n\nMany thanks\n{name}\n"
        "Credit Control Partnerships\nNorthline Energy\n\nSwitch to a fixed tariff and save - find out more at "
        "northline-energy.co.uk/fix\nTo stop receiving marketing emails from Northline Energy, click here to "
        "unsubscribe. Northline Energy Ltd is registered in England and Wales.",
   lab=NONE, note="A creditor's person-written request with a marketing and unsubscribe footer added by its mail system "
                  "is not a newsletter: auto_generated=false, a routine client enquiry.")

sc(mb="conexus", kind="look", dom="personal", html=True, typo=True,
   subj="Your 'money matters' newsletter",
   body="{greet}\n\nI cleared my account with you in {pmonth} and had a letter confirming it was closed. Since then "
        "a 'money matters' newsletter from you has arrived every fortnight at an email address I never gave you - I "
        "only ever dealt with you by post. [[informed|Where did you get this email address, and what legal basis do "
        "you have for using it now that my account is closed?]] [[objection|I object to my details being used for "
        "newsletters or any other marketing.]]\n\nI expect a reply explaining this.\n\n{sign}",
   lab=short_labels(c=True, pd=True, r="informed,objection", cat="personal_data"),
   note="A person objecting to a newsletter is not one: an implicit complaint about unexpected use of an address never "
        "given (personal_data), asking the source and basis (informed) and objecting to marketing.")

# ===== ordinary mail, PEXA (s049-s054) =====

sc(mb="pexa", kind="ord", dom=["ashbyquill.co.uk", "fenwickrowe.co.uk"], q="opt", html=True, typo=True,
   subj="Invoice PXI-{tk2} - wrong workspace rate again",
   body="{greet}\n\nInvoice PXI-{tk2} charges us the standard workspace fee on 14 remortgage workspaces that should be "
        "billed at the reduced rate in our agreement. This is the second month running. Please treat this as a "
        "complaint, reissue the invoice at the right rate and confirm that future invoices will be correct.\n\n{sign}",
   quote=("On {qdate}, PEXA Billing wrote:",
          "Thank you for your query. We have passed it to our billing team, who will look into the rate applied. "
          "Ticket {ref}"),
   lab=short_labels(c=True, ex=True, cat="fees_charges"),
   note="The writer calls it a complaint about a fee billed at the wrong rate: explicit, fees_charges.")

sc(mb="pexa", kind="ord", dom=["northgatemutual.co.uk", "brookfieldlegal.co.uk"], html=True, typo=True,
   subj="Training dates for new starters",
   body="{greet}\n\nWe have three new starters joining the completions team next month. Could you send us the dates "
        "of the next online 'Settlement essentials' sessions? They will also need access to the training portal - "
        "should I request that for each of them separately?\n\n{sign}",
   lab=NONE, note="A neutral request for course dates and portal access is an enquiry; 'access' to a portal is not the "
                  "access right.")

sc(mb="pexa", kind="ord", dom="personal", html=True, typo=True,
   pick={"kbs": ["Kestrel", "Kestrel Building Society", "Kestrel BS"]},
   subj="Completion on {date} at risk - no redemption statement",
   body="{greet}\n\nWe are selling our flat and completion is set for {date}. Our lender, {kbs}, still hasn't sent "
        "our solicitor the redemption statement after three requests over two weeks, and our solicitor says the "
        "settlement can't be set up without it. I know you only run the system, but can somebody please chase them "
        "or tell me who can? We will lose our purchase if this drags on.\n\n{sign}",
   lab=short_labels(c=True, firm="kbs", cat="delay"),
   note="A seller's grievance purely about the lender's late redemption statement, with a request for action: "
        "implicit complaint to forward, about_other_firm=kbs, category delay.")

sc(mb="pexa", kind="ord", dom=["ravensworthconveyancing.co.uk"], html=True, typo=True,
   subj="Registration rejected three times by automated check",
   body="{greet}\n\nWe are a new conveyancing practice and have tried to register as a participant three times. Each "
        "time the identity check rejects us within minutes because our company was incorporated only two months "
        "ago, and there is nobody to speak to. We are losing instructions while this goes on. [[automated_decision|"
        "Please have a member of your onboarding team review our application rather than leaving it to the "
        "automatic check.]]\n\n{sign}",
   lab=short_labels(c=True, r="automated_decision", cat="onboarding"),
   note="Repeated automatic rejection with harm and a demand is an implicit onboarding complaint; asking for a person "
        "to decide instead of the automated check is automated_decision.")

sc(mb="pexa", kind="ord", dom="personal", html=True, typo=True,
   subj="Name change and a copy of my data",
   body="{greet}\n\nTwo things, neither urgent. [[rectification|My surname changed when I married, so please change my "
        "user record from {oldlast} to {last}.]] [[access|I would also like a copy of the personal data you hold "
        "about me, including the log of my sign-ins over the last year.]]\n\nThanks for your help,\n{name}",
   lab=short_labels(r="access,rectification"),
   note="A neutral rights request: correcting the surname is rectification and a copy of the data held is access; no "
        "dissatisfaction, so no complaint.")

sc(mb="pexa", kind="ord", dom=["brookfieldlegal.co.uk", "hallidaywren.co.uk"], html=True, typo=True,
   subj="Another firm's settlement statement sent to us - workspace {ws}",
   body="{greet}\n\nYesterday afternoon your support team replied to our ticket about workspace {ws} and attached a "
        "settlement statement for a completely different matter. It shows another firm's clients, their names, the "
        "sale price and their bank details. We have not forwarded it and have deleted it from our system. We need to "
        "know how this happened and what you are doing to make sure our own clients' details are not being sent "
        "to other firms in the same way. Please reply today.\n\n{sign}",
   lab=short_labels(c=True, pd=True, br=True, cat="personal_data"),
   note="Clients' data sent to the wrong firm is a breach, and concern with a demand to explain makes an implicit "
        "personal_data complaint; 'deleted it' refers to their copy, not erasure.")

# ===== ordinary mail, Conexus (s055-s060) =====

sc(mb="conexus", kind="ord", dom="personal", html=True, typo=True,
   subj="Calls five times a day - account {cx}",
   body="{greet}\n\nI want to complain about the number of calls I am getting from your company. Yesterday it was five, "
        "two of them while I was at work, and I have already told your agent that I am waiting for my wages to "
        "agree a plan. I expect the calls to stop and a written reply explaining why this has happened.\n\n{sign}",
   short=("Complaint - 5 calls a day from you, account {cx}", "I want to complain. Stop ringing me at work."),
   lab=short_labels(c=True, ex=True, cat="collection_conduct"),
   note="An explicit complaint about call frequency is collection_conduct; 'stop the calls' is a conduct remedy, not "
        "objection.")

sc(mb="conexus", kind="ord", dom="personal", html=True, typo=True,
   subj="Can't get through on your payments line",
   body="{greet}\n\nI have rung your payments line three times today and waited over 40 minutes each time before the "
        "call dropped. I just want to pay what I owe. Please ring me back on {mob}.\n\n{sign}",
   short=("on hold 40 mins x3 today, call dropped every time - ring me back {mob}", ""),
   lab=short_labels(c=True, cat="wait_time"),
   note="Long holds and dropped calls with a call-back demand are an implicit complaint about waiting to reach "
        "someone: wait_time.")

sc(mb="conexus", kind="ord", dom="personal", html=True, typo=True,
   pick={"pmt": ["Pennant Mobile", "Pennant", "Pennant Telecom"]},
   subj="My father's account {cx} - {pmt}",
   body="{greet}\n\nI hold lasting power of attorney for my father, who has dementia and lives in a care home. I "
        "cancelled his {pmt} contract in writing on {pdate2} and have their letter confirming it. They carried on "
        "billing him for another five months, and that is the £{amt} you are now chasing him for. He doesn't owe "
        "it. Please send this back to {pmt} and stop writing to him about it.\n\n{sign}",
   lab=short_labels(c=True, tp=True, firm="pmt", cat="debt_dispute"),
   note="A son writing for his father (third_party) disputes charges the creditor billed after cancellation: only "
        "the creditor can fix that, so about_other_firm=pmt, debt_dispute, implicit.")

sc(mb="conexus", kind="ord", dom="personal", html=True, typo=True,
   pick={"hcb": ["Heathcote Bank", "Heathcote"]},
   subj="Letter about my {hcb} credit card - options?",
   body="{greet}\n\nI've received your letter about my {hcb} credit card, account {cx}. I can't pay the full £{amt} in "
        "one go. What are my options for paying it off monthly, and would any interest be added while I do?\n\n{sign}",
   lab=NONE, note="A neutral question about repayment options is an enquiry: complaint=false, and the creditor is "
                  "only named.")

sc(mb="conexus", kind="ord", dom="personal", html=True, typo=True,
   subj="Trace fee on account {cx}",
   body="{greet}\n\nI've just seen a £45 'trace fee' added to account {cx}. I moved house in {pmonth} and wasn't "
        "hiding from anyone - my post was redirected - so I don't see why I should pay for you finding me. Please "
        "take it off. [[informed|And please tell me where you got my new address from.]]\n\n{sign}",
   lab=short_labels(c=True, r="informed", cat="fees_charges"),
   note="The grievance is a fee added on top, so fees_charges; asking where the address came from is informed, but "
        "it sits beside a non-data grievance, so personal_data=false.")

sc(mb="conexus", kind="ord", dom="personal", q="always", html=True, typo=True,
   subj="Final response to your complaint - account {cx}",
   body="{greet}\n\nThank you. I checked my credit file this morning and the marker has gone, so that is everything "
        "sorted as far as I am concerned. I appreciate {altfirst} taking the time to go through it all with me.\n\n"
        "{sign}",
   quote=("On {qdate}, Conexus Customer Relations wrote:",
          "Dear {first},\n\nFurther to your complaint about account {cx}, we have removed the default marker and "
          "written to the credit reference agencies.\n\nConexus Customer Relations\nReference {ref}"),
   lab=NONE, note="A thank-you confirming a resolved matter is not a complaint even though the subject and quote say "
                  "complaint; a person wrote it, so auto_generated=false.")


# ---------------------------------------------------------------------------------------------
# rendering


def pick(rng, x):
    return rng.choice(x) if isinstance(x, list) else x


def env_candidates(s):
    q = s.get("q", "never")
    bases = ["plain"] + (["html"] if s.get("html") else []) + (["typo"] if s.get("typo") else [])
    if q == "always":
        return ["quote" if b == "plain" else b + "+quote" for b in bases]
    if q == "opt":
        return bases + ["quote" if b == "plain" else b + "+quote" for b in bases]
    return bases


def envelopes(rng, s):
    c = env_candidates(s)
    if s.get("short"):
        return [rng.choice(c), "short"]
    if len(c) < 2:
        return [c[0], c[0]]
    return rng.sample(c, 2)


EMAILS = re.compile(r"[\w.+-]+@[\w.-]+\w")


def render(rng, s, env, k):
    v = make_vals(rng, s)
    if "short" in env:
        subj_t, body_t = s["short"]
    else:
        subj_t, body_t = pick(rng, s["subj"]), pick(rng, s["body"])
    subj, body = subj_t.format(**v), body_t.format(**v)
    if "typo" in env:
        # keep every address and link intact: redraw if a typo lands in one (deterministic)
        keep = EMAILS.findall(body) + re.findall(r"\S+\.co\.uk/\S+", body)
        for _ in range(8):
            t = typos_outside_marks(body, rng, MARK_RIGHTS, 0.3)
            if all(x in t for x in keep):
                break
        body = t
    smarks, bmarks = rights_marks_of(subj), rights_marks_of(body)
    subj, body = strip_marks(subj, MARK_RIGHTS), strip_marks(body, MARK_RIGHTS)
    quote = None
    if "quote" in env:
        head, qt = s["quote"]
        quote = (head.format(**v), qt.format(**{**v, "ref": "{ref}"}))
    custom = s.get("html") == "custom"
    headers = None
    if s.get("hdr") and not (s.get("hdr_one") and k == 1):
        headers = {h: val.format(**v) for h, val in s["hdr"].items()}
        if s["kind"] == "auto":
            env += "+hdr"
    rec = finish_marked_record(rng, mailbox=s["mb"], sender=v["from"], subject=subj, body=body,
                               html="html" in env and not custom, quote=quote, subject_marks=smarks,
                               body_marks=bmarks, labels=s["lab"], note=s["note"], source=s["id"], env=env,
                               headers=headers)
    if custom and "html" in env:
        rec["body"] = rich_html(body, subj)
        rec["html"] = True
    return rec


def build(rng):
    records = []
    for s in S:
        for k, env in enumerate(envelopes(rng, s)):
            records.append(render(rng, s, env, k))
    return records


KIND = {s["id"]: s["kind"] for s in S}


def summary(records, env_count):
    src = {r["source"] for r in records}
    lines = [f"wrote {OUT}: {len(records)} emails from {len(src)} scenarios "
             f"(pexa {sum(r['mailbox'] == 'pexa' for r in records)}, "
             f"conexus {sum(r['mailbox'] == 'conexus' for r in records)})"]
    for kind in ("auto", "look", "ord"):
        rs = [r for r in records if KIND[r["source"]] == kind]
        lines.append(f"  {kind}: {len({r['source'] for r in rs})} scenarios, {len(rs)} emails")
    lab = [r["labels"] for r in records]
    lines.append(f"  auto_generated emails {sum(l['auto_generated'] for l in lab)}; with headers "
                 f"{sum(bool(r['headers']) for r in records)}; html {sum(r['html'] for r in records)}")
    comp = [r for r in records if r["labels"]["complaint"]]
    lines.append(f"  complaints: {len(comp)} emails / {len({r['source'] for r in comp})} scenarios "
                 f"({sum(r['labels']['explicit'] for r in comp)} explicit emails)")
    tp = [r for r in records if r["labels"]["third_party"]]
    lines.append(f"  third_party: {len(tp)} emails / {len({r['source'] for r in tp})} scenarios")
    for right in RIGHTS:
        rs = [r for r in records if right in r["labels"]["rights"]]
        if rs:
            lines.append(f"  {right}: {len(rs)} emails / {len({r['source'] for r in rs})} scenarios")
    lines.append("  envelopes: " + ", ".join(f"{k} {v}" for k, v in sorted(env_count.items())))
    return "\n".join(lines)


def main():
    assert len(S) == 60, len(S)
    return run_generator(build, SEED, PREFIX, os.path.join(ROOT, OUT), summary=summary,
                         errors=marked_record_errors, train_labels=["auto_generated"])


if __name__ == "__main__":
    sys.exit(main())
