#!/usr/bin/env python3
"""Evaluation set auto_judge_d: machine-made mail versus mail a person wrote (stdlib only).

60 scenarios (30 per mailbox), each rendered twice with different envelopes: 28 machine-made messages
(out-of-office replies, bounces, read/delivery receipts, other organisations' autoresponders, newsletters and
mailing lists, system notifications; fewer than half with an automatic header), 20 look-alikes that a person
wrote (away notes, forwarded bounces and auto-replies with the writer's words on top, complaints about automatic
mail, formulaic letters, replies to notifications, signature blocks, pasted unsubscribe lines) and 12 ordinary
messages of the two mailboxes. Labels follow /work/shared/labelling/labelling-guide.md. Every person, address
and reference number is invented.

Usage: .venv/bin/python data/make/make_auto_judge_d.py   (writes data/trials/auto_judge_d.jsonl)
"""
import collections
import datetime
import os
import sys
import textwrap

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (MARK_RIGHTS, RIGHTS, finish_marked_record, marked_record_errors,  # noqa: E402
                           quote_lines, rights_marks_of, run_generator, short_labels, strip_marks,
                           typos_outside_marks)

SEED = 20271024
PREFIX = "aud"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "auto_judge_d.jsonl")


def T(s):
    """A scenario text: dedented, and each source-wrapped paragraph joined into one line (a source line of 90+
    characters continues on the next unless that is blank or starts with a space, "-" or ">"), as mail clients
    send prose. Texts with KEEP in front keep their line breaks (reports written by mail software)."""
    keep = s.startswith(KEEP)
    lines = textwrap.dedent(s[len(KEEP):] if keep else s).strip("\n").split("\n")
    if keep:
        return "\n".join(lines)
    out = []
    for ln in lines:
        if out and len(out[-1]) >= 90 and ln and ln[0] not in " ->" and out[-1][-1] != ":":
            out[-1] += " " + ln
        else:
            out.append(ln)
    return "\n".join(out)


KEEP = "<keep-wrap>"


AUTO = short_labels(auto=True)

# ---------------------------------------------------------------------------------------------
# pools for envelopes

FIRST_F = ["Aisha", "Bethan", "Claire", "Dorota", "Eleni", "Fiona", "Gemma", "Harriet", "Imogen", "Jasmin",
           "Kirsty", "Lucia", "Megan", "Nadia", "Orla", "Priya", "Rhiannon", "Sadia", "Tamsin", "Yvonne"]
FIRST_M = ["Adeel", "Bryn", "Callum", "Dmitri", "Euan", "Fraser", "Gareth", "Hamish", "Ifan", "Jonah",
           "Kwame", "Lewis", "Marek", "Nikhil", "Owain", "Declan", "Rory", "Stefan", "Tobias", "Wesley"]
LAST = ["Abernethy", "Bhatti", "Calloway", "Dunmore", "Ekwueme", "Fairclough", "Garside", "Haworth", "Iqbal",
        "Jankowski", "Kilbride", "Lumsden", "Mabey", "Nwachukwu", "Oyelaran", "Pendlebury", "Quayle",
        "Rowntree", "Sorensen", "Tremayne", "Underhill", "Varga", "Whitlock", "Yardley", "Zielinski",
        "Ashdown", "Brereton", "Cheung", "Dalgleish", "Entwistle"]
PERSONAL = ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "icloud.com", "hotmail.co.uk",
            "sky.com", "virginmedia.com"]
STREETS = ["Linnet Close", "Mercer Street", "Osprey Gardens", "Tannery Lane", "Quarry Rise", "Wharfside Court",
           "Beechcroft Road", "Saddler's Walk", "Kingfisher Drive", "Canal Terrace"]
TOWNS = ["Rotherham", "Kettering", "Bangor", "Wakefield", "Chelmsford", "Stafford", "Carlisle", "Yeovil",
         "Darlington", "Shrewsbury"]
LANDLINE = ["0113 496 0", "0161 496 0", "0117 496 0", "0121 496 0", "020 7946 0", "029 2018 0"]

GREET = {"pexa": ["Dear PEXA team,", "Hello,", "Hi,", "Good morning,", "Dear Sir or Madam,", "Hi there,",
                  "Dear Customer Resolution team,"],
         "conexus": ["Dear Conexus,", "Hello,", "Hi,", "Dear Sir/Madam,", "To whom it may concern,",
                     "Good afternoon,", "Dear Customer Services,"]}
SIGN = ["Kind regards,", "Regards,", "Many thanks,", "Thanks,", "Best wishes,", "Yours sincerely,", "Thank you,"]

FIRM_FROM = {"pexa": [("PEXA Customer Resolution", "complaints@pexa.co.uk"),
                      ("PEXA Support", "support@pexa.co.uk")],
             "conexus": [("Conexus Customer Services", "customerservices@conexus.co.uk"),
                         ("Conexus", "customerservices@conexus.co.uk")]}


def rdate(rng):
    """A weekday in 2025 (draws one randrange)."""
    d = datetime.date(2025, 2, 3) + datetime.timedelta(days=rng.randrange(0, 260))
    while d.weekday() >= 5:
        d += datetime.timedelta(days=1)
    return d


def long_date(d):
    return f"{d:%A} {d.day} {d:%B}"


def draw_values(rng, mailbox):
    """Every placeholder value of one rendering, always drawn in the same order."""
    v = {}
    female = rng.random() < 0.5
    first = rng.choice(FIRST_F if female else FIRST_M)
    last = rng.choice(LAST)
    v["first"], v["last"], v["name"] = first, last, f"{first} {last}"
    v["addrform"] = rng.randrange(4)
    v["pdomain"] = rng.choice(PERSONAL)
    v["greet"] = rng.choice(GREET[mailbox])
    v["sign"] = rng.choice(SIGN)
    cf, cl = rng.choice(FIRST_F), rng.choice(LAST)
    v["coll"], v["collfirst"] = f"{cf} {cl}", cf
    v["sister"] = f"{rng.choice(FIRST_F)} {last}"
    v["father"] = f"{rng.choice(FIRST_M)} {last}"
    rf, rl = rng.choice(FIRST_F + FIRST_M), rng.choice(LAST)
    v["rname"] = f"{rf} {rl}"
    v["rdomain"] = rng.choice(PERSONAL)
    v["raddr"] = f"{rf.lower()}.{rl.lower()}{rng.randrange(10, 99)}@{v['rdomain']}"
    v["clientname"] = f"Ms {rng.choice(FIRST_F)[0]}. {rng.choice(LAST)}"
    v["lastA"] = rng.choice(LAST)
    v["pA"] = f"{rng.choice(FIRST_M)} {rng.choice(LAST)}"
    v["pB"] = f"{rng.choice(FIRST_F)} {rng.choice(LAST)}"
    v["mpname"] = f"{rng.choice(FIRST_F + FIRST_M)} {rng.choice(LAST)}"
    v["addr"] = f"{rng.randrange(2, 90)} {rng.choice(STREETS)}, {rng.choice(TOWNS)}"
    v["clientaddr"] = f"{rng.randrange(2, 90)} {rng.choice(STREETS)}, {rng.choice(TOWNS)}"
    v["ph"] = rng.choice(LANDLINE) + f"{rng.randrange(0, 1000):03d}"
    v["mob"] = f"07700 900{rng.randrange(0, 1000):03d}"
    v["mob2"] = f"07700 900{rng.randrange(0, 1000):03d}"
    v["cx"] = f"CX-{rng.randrange(1000000, 9999999)}"
    v["cxc"] = f"CX-COMP-{rng.randrange(10000, 99999)}"
    v["px"] = f"PX-C-{rng.randrange(10000, 99999)}"
    v["ws"] = f"31-{rng.randrange(10000, 99999)}"
    v["tk"] = f"{rng.randrange(100000, 999999)}"
    v["n6"] = f"{rng.randrange(100000, 999999)}"
    v["inv"] = f"INV-{rng.randrange(200000, 299999)}"
    v["title"] = f"{rng.choice(['WYK', 'NN', 'CYM', 'SF', 'DU'])}{rng.randrange(100000, 999999)}"
    d0 = rdate(rng)
    d1 = d0 + datetime.timedelta(days=rng.randrange(4, 12))
    while d1.weekday() >= 5:
        d1 += datetime.timedelta(days=1)
    d2 = d1 + datetime.timedelta(days=rng.randrange(4, 8))
    while d2.weekday() >= 5:
        d2 += datetime.timedelta(days=1)
    hh, mm = rng.randrange(8, 18), rng.randrange(0, 60)
    v["d0"], v["d1"], v["d2"] = long_date(d0), long_date(d1), long_date(d2)
    v["d0num"], v["dnum"] = f"{d0:%d/%m/%Y}", f"{d1:%d/%m/%Y}"
    v["d0full"] = f"{d0:%a} {d0.day} {d0:%b} {d0.year}"
    v["d0time"] = f"{d0:%d/%m/%Y} {hh:02d}:{mm:02d}"
    v["hhmm"] = f"{hh:02d}:{mm:02d}"
    v["hhmm2"] = f"{min(hh + 2, 19):02d}:{(mm + 17) % 60:02d}"
    v["month"] = f"{d0:%B}"
    v["qdate"] = f"{d0.day} {d0:%b} {d0.year}, {hh:02d}:{mm:02d}"
    v["qdate_num"] = f"{d0:%d/%m/%Y} {hh:02d}:{mm:02d}"
    v["qform"] = rng.randrange(3)
    v["ref"] = "{ref}"  # kept for finish_marked_record's quote
    v["selfaddr"] = address_of(v, v["pdomain"])
    return v


def address_of(v, domain):
    f, l = v["first"].lower(), v["last"].lower()
    return [f"{f}.{l}@{domain}", f"{f[0]}.{l}@{domain}", f"{f}{l}@{domain}", f"{f}_{l}{len(l)}@{domain}"][v["addrform"]]


# ---------------------------------------------------------------------------------------------
# scenarios

SCEN = []


def S(sid, mailbox, kind, sender, subject, body, labels, note, **kw):
    """One scenario. sender: ("person", [domains] or None for personal mail) or ("fixed", [(display, addr)])."""
    sc = {"id": f"aud-s{sid:03d}", "mailbox": mailbox, "kind": kind, "sender": sender, "subject": subject,
          "body": T(body), "labels": labels, "note": note, "headers": kw.pop("headers", None),
          "quote": kw.pop("quote", None), "always_quote": kw.pop("always_quote", False),
          "fwd": kw.pop("fwd", None), "html_ok": kw.pop("html_ok", True), "typo_ok": kw.pop("typo_ok", True),
          "short": T(kw["short"]) if kw.get("short") else None, "subj_only": kw.pop("subj_only", None),
          "display": kw.pop("display", None)}
    kw.pop("short", None)
    assert not kw, kw
    SCEN.append(sc)


# ============================ PEXA: machine-made (14) ============================

S(1, "pexa", "auto", ("person", ["hartwellconveyancing.co.uk", "brookfieldlegal.co.uk"]),
  "Re: {px} - outcome of our review",
  """
  Thank you for your message. I am away from the office until {d1} and will have limited access to email
  while I am away.

  If your message concerns a completion due this week, please contact {coll} on {ph}, who is looking after my
  files. Your email has not been forwarded.

  {name}
  Senior Conveyancer
  """, AUTO,
  "Standard out-of-office wording (away until a date, a colleague for urgent matters, 'not forwarded') makes it "
  "auto_generated even with no automatic header; the complaint exists only in the subject and the quoted reply.",
  always_quote=True,
  quote=("PEXA", T("""
  Dear {first},

  Thank you for your patience while we reviewed the lodgement delay on workspace {ws}. Our review of your
  complaint (reference {px}) is now complete and our findings are set out below.

  The delay arose because a requisition notice was not surfaced in the workspace for two business days.
  """)),
  short="""
  I'm out of the office until {d1}. For anything urgent please ring {ph}.

  {name}
  """)

S(2, "pexa", "auto", ("person", ["morganaprhys.co.uk"]),
  "Ateb awtomatig / Automatic reply: Your complaint {px} - acknowledgement",
  """
  Diolch am eich e-bost. Rydw i allan o'r swyddfa tan {dnum}. Os yw eich neges yn un brys, cysylltwch â'r
  dderbynfa ar {ph}.

  Thank you for your email. I am out of the office until {dnum}. If your message is urgent, please contact
  reception on {ph}.

  {name}
  Morgan ap Rhys Cyfreithwyr | Solicitors
  """, AUTO,
  "A bilingual (Welsh and English) out-of-office with Auto-Submitted and X-Autoreply headers is auto_generated; "
  "'complaint' in the echoed subject is not a grievance of the sender.",
  headers={"auto-submitted": "auto-replied", "x-autoreply": "yes"}, typo_ok=False)

S(3, "pexa", "auto", ("person", ["heathcotebank.co.uk"]),
  "Out of Office: Workspace {ws} - fee query",
  """
  Hi, thanks for getting in touch.

  I'm on parental leave until the end of {month} and I'm not checking this inbox. Anything about Heathcote
  Bank's PEXA registrations or settlement funding should go to our mortgage operations mailbox,
  mortgage.ops@heathcotebank.co.uk, or call {ph} between 9 and 5.

  {first}
  """, AUTO,
  "Parental-leave absence notice with an alternative mailbox, no automatic header: an out-of-office is "
  "auto_generated; the bank appears only as the sender, so no firm label.",
  short="""
  On leave until the end of {month}. Please email mortgage.ops@heathcotebank.co.uk instead.
  """,
  subj_only="Out of Office until the end of {month}: Workspace {ws} - fee query")

S(4, "pexa", "auto", ("fixed", [("Mail Delivery System", "Mailer-Daemon@mx1.pexa.co.uk"),
                                ("Mail Delivery System", "MAILER-DAEMON@mx2.pexa.co.uk")]),
  "Mail delivery failed: returning message to sender",
  KEEP + """
  This message was created automatically by mail delivery software.

  A message that you sent could not be delivered to one or more of its recipients. This is a permanent error.
  The following address(es) failed:

    {raddr}
      host mx.{rdomain} [198.51.100.23]
      SMTP error from remote mail server after RCPT TO:<{raddr}>:
      550 5.1.1 mailbox unavailable

  ------ This is a copy of the message, including all the headers. ------

  From: PEXA Customer Resolution <complaints@pexa.co.uk>
  To: {raddr}
  Subject: Your complaint {px} - passed to Thames Valley Mortgages
  Date: {d0full} {hhmm}:12 +0100

  Dear {rname},

  Thank you for your email about the arrangement fee on your remortgage. Because your complaint concerns your
  lender rather than the PEXA platform, we have today forwarded it to Thames Valley Mortgages, who will reply
  to you directly. Their complaints team can be reached on 0345 600 3318.
  """, AUTO,
  "A delivery-failure report (Mailer-Daemon sender, empty Return-Path, multipart/report) is auto_generated; the "
  "complaint, the forwarding and the lender belong to the returned copy of PEXA's own letter.",
  headers={"return-path": "<>", "auto-submitted": "auto-replied",
           "content-type": "multipart/report; report-type=delivery-status; boundary=\"{n6}/mx1.pexa.co.uk\""},
  html_ok=False, typo_ok=False,
  short="""
  This message was created automatically by mail delivery software.

  A message that you sent could not be delivered to one or more of its recipients. This is a permanent error.
  The following address(es) failed:

    {raddr}
      550 5.1.1 mailbox unavailable
  """)

S(5, "pexa", "auto", ("fixed", [("Microsoft Outlook", "postmaster@pexa.co.uk"),
                                ("Postmaster", "postmaster@pexa.co.uk")]),
  "Undeliverable: Workspace {ws} invitation - action needed",
  """
  Delivery has failed to these recipients or groups:

  {raddr}
  The email address you entered couldn't be found. Please check the recipient's email address and try to
  resend the message. If the problem continues, please contact your helpdesk.

  Diagnostic information for administrators:

  Generating server: EXMBX04.corp.pexa.co.uk

  {raddr}
  Remote Server returned '550 5.4.1 Recipient address rejected: Access denied'

  Original message headers:

  From: PEXA Support <support@pexa.co.uk>
  To: {raddr}
  Subject: Workspace {ws} invitation - action needed
  Date: {d0full} {hhmm}:40 +0000

  You have been invited to join workspace {ws} ({addr}). Please sign in to accept the invitation before
  settlement can be scheduled.
  """, AUTO,
  "An Exchange non-delivery report, recognised by its text alone (no headers): auto_generated; 'Access denied' "
  "is a server message, not a data request.",
  typo_ok=False)

S(6, "pexa", "auto", ("person", ["kestrelbs.co.uk", "tvmortgages.co.uk"]),
  "Read: Your complaint {px} - final response",
  """
  Your message

      To: {name}
      Subject: Your complaint {px} - final response
      Sent: {d0full} {hhmm}

  was read on {d0full} {hhmm2}.
  """, AUTO,
  "A read receipt is generated by the mail client, so auto_generated even without a report header; the word "
  "complaint is only in the echoed subject.",
  typo_ok=False,
  short="""
  Your message was read on {d0full} {hhmm2}.
  """)

S(7, "pexa", "auto", ("fixed", [("Microsoft Outlook", "postmaster@pexa.co.uk"),
                                ("Mail Delivery Subsystem", "postmaster@mx1.pexa.co.uk")]),
  "Delivered: Settlement statement query - workspace {ws}",
  """
  Your message has been delivered to the following recipients:

  {rname} ({raddr})

  Subject: Settlement statement query - workspace {ws}
  """, AUTO,
  "A delivery receipt (multipart/report delivery-status) is a system message: auto_generated.",
  headers={"content-type": "multipart/report; report-type=delivery-status; boundary=\"{n6}\"",
           "auto-submitted": "auto-generated"},
  typo_ok=False)

S(8, "pexa", "auto", ("fixed", [("Heathcote Bank Customer Care", "no-reply@heathcotebank.co.uk"),
                                ("Heathcote Bank", "customercare-noreply@heathcote.co.uk")]),
  "We've received your message [Case {tk}]",
  """
  Thank you for contacting Heathcote Bank.

  This is to confirm that we have received your enquiry and it has been given the reference {tk}. Please keep
  this reference, as you will need it if you contact us again about the same matter.

  We aim to reply within 5 working days. If your enquiry is about a complaint, our Customer Relations team will
  write to you separately within the timescales set out in our complaints procedure.

  Please do not reply to this email - this mailbox is not monitored.

  Heathcote Bank plc. Registered in England and Wales.
  """, AUTO,
  "Another organisation's ticket-system acknowledgement ('we have received your enquiry, reference ...') with no "
  "header is auto_generated; the mention of complaints is boilerplate.",
  typo_ok=False,
  short="""
  Thank you for contacting Heathcote Bank. We have received your enquiry, reference {tk}. Please do not reply to
  this email.
  """)

S(9, "pexa", "auto", ("fixed", [("Greyfriars Law LLP", "donotreply@greyfriarslaw.co.uk"),
                                ("Greyfriars Law - Conveyancing", "noreply@greyfriarslaw.co.uk")]),
  "Re: Your client - completion of {addr}",
  """
  Thank you for your email. Our offices are closed for the bank holiday and will reopen on {d1}. Emails
  received during this period will be dealt with in date order.

  If you are due to complete today and need the conveyancing team urgently, please call {ph}.

  We will never change our bank details by email. Always call us on a number you know to be genuine before
  sending money.

  Greyfriars Law LLP is authorised and regulated by the Solicitors Regulation Authority.
  """, AUTO,
  "A law firm's office-closed autoresponder from a no-reply address (Auto-Submitted, X-Auto-Response-Suppress) "
  "is auto_generated; the quoted PEXA letter about a complaint adds nothing new.",
  headers={"auto-submitted": "auto-replied", "x-auto-response-suppress": "All"},
  quote=("PEXA", T("""
  Dear colleague,

  We have received a complaint from your client about the completion of {addr}. As it concerns your firm's
  service rather than the platform, we are passing it to you under our complaints policy.
  """)),
  typo_ok=False)

S(10, "pexa", "auto", ("fixed", [("Conveyancing Today Briefing", "briefing@conveyancingtoday-news.co.uk"),
                                 ("Conveyancing Today", "news@conveyancingtoday-news.co.uk")]),
  "This week: complaint handling lessons from the Legal Ombudsman, SDLT changes and e-settlement uptake",
  """
  Conveyancing Today Briefing - weekly edition
  View this email in your browser: https://conveyancingtoday-news.co.uk/briefing/{n6}

  Complaint handling: what the Ombudsman's latest decisions tell us
  Poor communication during delays remains the most common reason residential conveyancing complaints are
  upheld. The Ombudsman also criticised firms that failed to tell clients about their right to complain.

  SDLT: the changes from April explained
  Our tax editor walks through the revised thresholds and the transitional rules for contracts exchanged
  before the change.

  Digital settlement: one in three completions now on-platform
  New figures suggest electronic settlement is now used for around a third of residential completions.

  You are receiving this email because you subscribed to the Conveyancing Today Briefing.
  Unsubscribe: https://conveyancingtoday-news.co.uk/unsubscribe?u={n6} | Manage your preferences
  """, AUTO,
  "A subscribed trade newsletter (Precedence: bulk, List-Id, List-Unsubscribe) is auto_generated and never a "
  "complaint, however much it discusses complaints.",
  headers={"precedence": "bulk", "list-id": "Conveyancing Today Briefing <briefing.conveyancingtoday-news.co.uk>",
           "list-unsubscribe": "<https://conveyancingtoday-news.co.uk/unsubscribe?u={n6}>"},
  typo_ok=False)

S(11, "pexa", "auto", ("fixed", [("conveyancing-tech", "conveyancing-tech-request@lists.proptechforum.org.uk"),
                                 ("conveyancing-tech mailing list",
                                  "conveyancing-tech-request@lists.proptechforum.org.uk")]),
  "conveyancing-tech Digest, Vol 42, Issue 7",
  KEEP + """
  Send conveyancing-tech mailing list submissions to
          conveyancing-tech@lists.proptechforum.org.uk

  To subscribe or unsubscribe via the World Wide Web, visit
          https://lists.proptechforum.org.uk/mailman/listinfo/conveyancing-tech
  or, via email, send a message with subject or body 'help' to
          conveyancing-tech-request@lists.proptechforum.org.uk

  When replying, please edit your Subject line so it is more specific than "Re: Contents of
  conveyancing-tech digest..."

  Today's Topics:

     1. Settlements stuck at 'funds pending' this morning? ({pA})
     2. Re: HMLR lodgement times ({pB})

  ----------------------------------------------------------------------

  Message: 1
  Date: {d0full} {hhmm}
  From: {pA}
  Subject: Settlements stuck at 'funds pending' this morning?

  Anyone else had two settlements sit at 'funds pending' on PEXA before 11 today? Neither of ours moved until
  after lunch. I've asked their support desk for an explanation and heard nothing back yet.

  ------------------------------

  Message: 2
  Date: {d0full} {hhmm2}
  From: {pB}
  Subject: Re: HMLR lodgement times

  We're seeing about six weeks for simple transfers at the moment, longer where there's a new lease.

  ------------------------------

  End of conveyancing-tech Digest, Vol 42, Issue 7
  ************************************************
  """, AUTO,
  "A mailing-list digest is auto_generated even without list headers: the list software sent it, so a member's "
  "post criticising PEXA inside it is not a complaint to PEXA.",
  html_ok=False, typo_ok=False,
  short="""
  conveyancing-tech Digest, Vol 42, Issue 7

  Today's Topics:

     1. Settlements stuck at 'funds pending' this morning? ({pA})

  Message: 1
  From: {pA}

  Anyone else had two settlements sit at 'funds pending' on PEXA before 11 today? Neither of ours moved until
  after lunch, and nobody at their support desk has explained why.

  _______________________________________________
  conveyancing-tech mailing list
  https://lists.proptechforum.org.uk/mailman/listinfo/conveyancing-tech
  """)

S(12, "pexa", "auto", ("fixed", [("IT Service Desk", "servicedesk-noreply@pexa.co.uk"),
                                 ("Password Expiry Notification", "identity-noreply@pexa.co.uk")]),
  "Your password expires in 3 days",
  """
  This is an automated message for the mailbox complaints@pexa.co.uk.

  The password for this account will expire on {d1}. To avoid losing access to email, change it before then at
  https://passwordreset.pexa.co.uk.

  If you did not expect this message, contact the IT Service Desk on extension 4400. Do not reply to this email.
  """, AUTO,
  "A password-expiry system notice is auto_generated; 'access' here is mailbox access, not a data right.",
  typo_ok=False)

S(13, "pexa", "auto", ("fixed", [("Accounts Payable", "accounts.noreply@brookfieldlegal.co.uk"),
                                 ("Brookfield Legal Accounts", "ap-remittance@brookfieldlegal.co.uk")]),
  "Remittance Advice - Payment Ref BLP{n6}",
  """
  REMITTANCE ADVICE

  Payee: Digital Completion UK Ltd
  Payment date: {dnum}
  Payment method: BACS

  Invoice         Amount
  {inv}      £46.80
  Platform fees   £93.60

  Total paid: £140.40

  This remittance advice has been generated automatically by our accounts system. Please do not reply to this
  address; queries to accounts@brookfieldlegal.co.uk.
  """, AUTO,
  "A payment remittance advice produced by a customer's accounts system is a system notification: "
  "auto_generated; it states fees but expresses no grievance.",
  typo_ok=False)

S(14, "pexa", "auto", ("fixed", [("PEXA Workspace Notifications", "no-reply@notifications.pexa.co.uk"),
                                 ("PEXA Notifications", "no-reply@notifications.pexa.co.uk")]),
  "Workspace {ws}: settlement time changed",
  """
  The settlement time for workspace {ws} has been changed by a participant.

  Property: {addr}
  New settlement: {dnum} 13:00
  Changed by: Subscriber - Marsh & Penrose Conveyancing

  You are receiving this email because you are a participant in this workspace. Manage your notification
  settings under Workspace > Notifications.
  """, AUTO,
  "A platform workspace alert (Auto-Submitted: auto-generated) is auto_generated; a participant firm named in it "
  "is not the subject of any complaint.",
  headers={"auto-submitted": "auto-generated", "x-auto-response-suppress": "OOF, AutoReply"},
  typo_ok=False,
  subj_only="Workspace {ws}: settlement time changed to {dnum} 13:00")

# ============================ PEXA: look-alikes written by a person (10) ============================

S(15, "pexa", "look", ("person", ["hartwellconveyancing.co.uk", "lindenconveyancing.co.uk"]),
  "On leave {d1} to {d2} - workspace {ws}",
  """
  {greet}

  Just so you know, I'm on leave from {d1} until {d2}. Your team asked me on the phone yesterday for the signed
  authority on workspace {ws}; I've attached it now. While I'm off, {coll} in our office is handling the file and
  can be reached on {ph} - she has the full history.

  No need to reply.

  {sign}
  {name}
  """, short_labels(),
  "A person's own note about leave, tied to a specific file with a document attached, is not an out-of-office "
  "(auto_generated=false); no dissatisfaction, so not a complaint.",
  quote=("PEXA", T("""
  Hello {first},

  Thank you for your time on the phone today. As discussed, please send us the signed authority for workspace
  {ws} so that we can update the subscriber details.
  """)),
  short="""
  I'm off from {d1} to {d2}. {coll} ({ph}) has the file for workspace {ws} while I'm away - the signed authority
  is attached.

  {name}
  """)

S(16, "pexa", "look", ("person", ["ashworthkaye.co.uk", "lindenconveyancing.co.uk"]),
  "Fwd: Undeliverable: URGENT settlement today workspace {ws}",
  """
  {greet}

  I've now tried your support address twice this morning and both messages have bounced straight back (see
  below), and the phone line has been engaged for an hour. We are meant to settle at 2pm and our client is
  sitting in a removal van. Can somebody please ring me on {ph} straight away and tell me who I can actually
  reach?

  {name}
  """, short_labels(c=True, cat="wait_time"),
  "Own words above a forwarded bounce make it person-written; being unable to reach anyone by email or phone, "
  "with a demand for a call, is an implicit complaint about waiting to reach someone (wait_time).",
  fwd=T("""
  From: Mail Delivery System <postmaster@pexa.co.uk>
  Sent: {d0full} 09:12
  Subject: Undeliverable: URGENT settlement today workspace {ws}

  Delivery has failed to these recipients or groups:
  support-urgent@pexa.co.uk
  The recipient's mailbox is full and can't accept messages now.
  """),
  html_ok=False,
  short="""
  Your support address keeps bouncing (below) and the phones are engaged. Settlement is at 2pm - ring me on {ph}
  now please.

  {name}
  """)

S(17, "pexa", "look", ("person", ["tvmortgages.co.uk"]),
  "FW: We have received your enquiry [PX-{tk}] - formal complaint",
  """
  {greet}

  Below is the automatic acknowledgement your system sent me on {d0}. It promised a response within two working
  days. It has now been nine working days and I have had nothing, despite two follow-up calls. I would like this
  treated as a formal complaint about the lack of response, and I'd like a named person to contact me this week
  about the duplicate fee on workspace {ws}.

  {sign}
  {name}
  Mortgage Operations, Thames Valley Mortgages
  """, short_labels(c=True, ex=True, cat="delay"),
  "A lender's staff member forwarding PEXA's autoresponder with her own complaint on top is person-written; a "
  "'still nothing after nine days' chaser is delay, explicit, and the sender's own firm is not about_other_firm.",
  fwd=T("""
  From: PEXA Support <support@pexa.co.uk>
  Sent: {d0full}
  Subject: We have received your enquiry [PX-{tk}]

  Thank you for contacting PEXA Support. This is an automated acknowledgement. Your enquiry has been logged as
  PX-{tk} and a member of the team will respond within two working days.
  """),
  html_ok=False)

S(18, "pexa", "look", ("person", None),
  "Still getting your product newsletters",
  """
  {greet}

  I left Greyfriars Law over a year ago and have no connection with PEXA any more, yet your 'Platform Update'
  newsletter still arrives in my personal inbox every fortnight. I have clicked unsubscribe at least three times.
  Each time it says I've been removed, and two weeks later there it is again. I want to complain about this, and
  I'd like an answer from a person rather than another automated 'you have been unsubscribed' page.

  [[objection|I object to you using my personal email address for any marketing or product mailings.]] [[erasure|Please delete my details from your mailing systems entirely and confirm in writing when that is done.]]

  {sign}
  {name}
  """, short_labels(c=True, ex=True, pd=True, r="objection,erasure", cat="personal_data"),
  "A person complaining about newsletters is not a newsletter: explicit complaint about data used after opt-out "
  "(personal_data), with objection and erasure requested; the former employer is not the subject.")

S(19, "pexa", "look", ("person", ["marshpenrose.co.uk", "fairbairncole.co.uk"]),
  "Re: Workspace {ws}: settlement time changed",
  """
  {greet}

  I've had the notification below this morning. I'm replying to this address because the notification
  comes from a no-reply address. I wasn't expecting the settlement time on this workspace to move, and I can't see a note in the
  workspace saying why. Could you tell me who changed it and whether we need to do anything on our side before
  the new time? We act for the purchaser.

  {sign}
  {name}
  """, short_labels(),
  "A person's question about a portal notification they received is not itself a notification; it asks neutrally "
  "what happened, with no dissatisfaction, so it is an enquiry (complaint=false).",
  always_quote=True,
  quote=("PEXA Workspace Notifications <no-reply@notifications.pexa.co.uk>", T("""
  The settlement time for workspace {ws} has been changed by a participant.

  New settlement: {dnum} 15:30

  You are receiving this email because you are a participant in this workspace.
  """)))

S(20, "pexa", "look", ("person", ["lindenconveyancing.co.uk", "brookfieldlegal.co.uk"]),
  "Webinar this morning",
  """
  {greet}

  I logged into the 10am settlement training webinar this morning at 9:55 as instructed and sat on a holding
  screen for forty minutes. No presenter, no message, nothing. This is the second session I've booked that
  hasn't happened, and I took the morning away from my files for it. Please let me know what happened and book
  me onto a session that will actually run.

  {sign}
  {name}
  Conveyancing Assistant
  My working days are Monday to Wednesday, 9.30 to 3.00. Emails received outside these hours will be answered
  on my next working day.

  Sent from my iPhone
  """, short_labels(c=True, cat="training"),
  "A working-hours line and 'Sent from my iPhone' are a person's signature, not an auto-reply; a training "
  "session that did not run, with a demand to rebook, is an implicit complaint (training).")

S(21, "pexa", "look", ("person", ["greyfriarslaw.co.uk", "hartwellconveyancing.co.uk"]),
  "Please remove me",
  """
  {greet}

  I've changed roles and no longer handle completions, so I don't need your update emails any more. Your footer
  says:

  "You are receiving this email because you are registered as a PEXA subscriber user. To stop receiving these
  updates, click Unsubscribe or manage your preferences."

  I'd rather not click links in emails, so please take me off the list from your end. [[erasure|Please also delete my name and email address from your records, as I won't be using the platform again.]]

  {sign}
  {name}
  """, short_labels(r="erasure"),
  "An unsubscribe footer pasted into a person's own polite request does not make it a mailing; no "
  "dissatisfaction, so not a complaint, but 'delete my name and email address' is erasure.")

S(22, "pexa", "look", ("person", ["fairbairncole.co.uk"]),
  "Our clients Mr and Mrs {lastA} - purchase of {addr} - complaint",
  """
  Dear Sir or Madam

  We act for Mr and Mrs {lastA} in connection with their purchase of {addr}, which was due to complete on {d0}
  through your platform.

  We are instructed to raise a formal complaint on our clients' behalf. Completion could not take place on the
  agreed date because Thames Valley Mortgages did not release the mortgage advance until 16:40, after the
  settlement cut-off, despite having confirmed the funds the previous afternoon. Our clients incurred an extra
  night's removal storage and hotel costs as a result.

  We should be grateful if you would pass this complaint to the lender and confirm to us that you have done so.

  Yours faithfully

  {name}
  for and on behalf of Fairbairn & Cole LLP
  """, short_labels(c=True, ex=True, tp=True, cat="delay", firm="tvm"),
  "A formulaic solicitor's letter is still written by a person; written for the buyers (third_party), it "
  "complains only of the lender's late funds, so it is forwarded to tvm, category delay.",
  html_ok=True)

S(23, "pexa", "look", ("person", None),
  "Re: Your complaint {px} - acknowledgement",
  """
  Thanks, got this. I'll wait to hear from you by the date you've given.

  {first}
  """, short_labels(),
  "A person's one-line acknowledgement looks like a read receipt but a person typed it; it adds no "
  "dissatisfaction, and the complaint is only in the echoed subject and quote, so complaint=false.",
  always_quote=True,
  quote=("PEXA", T("""
  Dear {first},

  Thank you for your email. We have logged your complaint about the settlement delay under reference {px}
  and will send you a full response within eight weeks.
  """)),
  short="""
  Received, thanks.
  """)

S(24, "pexa", "look", ("person", ["ashworthkaye.co.uk", "marshpenrose.co.uk"]),
  "Re: Invoice {inv}",
  """
  {greet}

  I'm actually on leave this week but I've seen your reply on my phone and I can't leave it until I'm back. The
  invoice still charges us the £24.00 cancellation fee for workspace {ws}, which your colleague agreed on the
  phone was raised in error because the workspace was cancelled by the other side. Please reissue the invoice
  without it before our payment run on Friday, otherwise it will be paid automatically.

  {first}

  Sent from my phone - please excuse typos
  """, short_labels(c=True, cat="fees_charges"),
  "'On leave' and 'sent from my phone' appear in a message a person wrote; a fee still charged in error with a "
  "demand to reissue the invoice is an implicit complaint (fees_charges).",
  quote=("PEXA", T("""
  Hello {first},

  Thank you for your email about invoice {inv}. We have passed this to our billing team.
  """)))

# ============================ PEXA: ordinary mail (6) ============================

S(25, "pexa", "ordinary", ("person", ["ashworthkaye.co.uk", "lindenconveyancing.co.uk"]),
  "Formal complaint - settlement failed, workspace {ws}",
  """
  {greet}

  I'm writing to complain about yesterday's failed settlement on workspace {ws}. All parties had signed by 11:20
  and the financial settlement schedule balanced, but at 12:00 the workspace showed 'Settlement error - contact
  support' and the funds did not move until 15:45. Our client, the seller, could not hand over the keys until
  after 4pm and the buyer's removal company has charged waiting time.

  I would like a written explanation of what failed, confirmation that it has been fixed, and your proposal for
  meeting the £385 waiting charge.

  {sign}
  {name}
  Partner
  """, short_labels(c=True, ex=True, cat="platform_defect"),
  "A law firm's explicit complaint that a settlement errored on the platform: platform_defect; staff writing for "
  "their own firm are not third_party.",
  quote=("PEXA", T("""
  Hello {first},

  We're aware of an issue affecting some settlements today and our technical team is investigating.
  """)))

S(26, "pexa", "ordinary", ("person", ["kestrelbs.co.uk"]),
  "Adding a new subscriber user",
  """
  {greet}

  We have a new member of our redemptions team starting on {d1}. What do we need to send you to set her up as a
  user under our subscriber account, and how long does it usually take? Does she need to complete the online
  training before she can be given signing rights?

  {sign}
  {name}
  Redemptions Team Leader, Kestrel Building Society
  """, short_labels(),
  "A routine service request from a lender with no dissatisfaction is an enquiry: complaint=false.",
  short="""
  How do we add a new user to our subscriber account, and does she need the training first?

  {name}
  """,
  subj_only="How long does it take to add a new subscriber user?")

S(27, "pexa", "ordinary", ("person", None),
  "My solicitors won't answer - purchase stuck",
  """
  {greet}

  I'm buying {addr} and my solicitors are Greyfriars. I understand they use your system for the completion. I
  have emailed and phoned them every day since {d0} to find out whether we can exchange, and nobody has got
  back to me. The seller's agent says everything is ready on their side, and my mortgage offer runs out at the
  end of next month. Can you please chase them or tell me who I can go to, because I'm getting nowhere.

  {sign}
  {name}
  """, short_labels(c=True, cat="delay", firm="gfl"),
  "A buyer's grievance purely about her own conveyancer not replying is forwarded to that participant firm "
  "(gfl, named by short name); something is late, so delay.")

S(28, "pexa", "ordinary", ("person", None),
  "Request for my personal data",
  """
  {greet}

  I was a user on your platform while I worked at Brookfield Legal, which I left in the spring. [[access|Please send me a copy of the personal data you hold about me, including my user profile and the audit log entries recorded under my name.]] [[restriction|Please also restrict any use of my profile until Brookfield has confirmed my leaving date to you.]]

  You can reply to this address. Thank you.

  {sign}
  {name}
  """, short_labels(r="access,restriction"),
  "Data-rights requests without dissatisfaction are not a complaint: a copy of the data is access, limiting use "
  "of the profile until something is confirmed is restriction.")

S(29, "pexa", "ordinary", ("person", ["quayleandvarga.co.uk", "northfieldconveyancing.co.uk"]),
  "Verification rejected again",
  """
  {greet}

  Our firm's application to join the platform has now failed identity verification three times. Each time the
  rejection arrives within a minute of uploading our director's passport, with the message 'document could not
  be verified' and no other explanation. The passport is valid until 2031 and has been accepted by our bank
  without any problem. We have two completions booked for next month that cannot go ahead until we're live.

  [[automated_decision|I'd like a member of your onboarding team, not the automated check, to look at the documents and make the decision.]]

  {sign}
  {name}
  Practice Manager
  """, short_labels(c=True, r="automated_decision", cat="onboarding"),
  "Repeated automatic rejection at registration with harm and a demand is an implicit onboarding complaint; "
  "asking for a person instead of the automated check is automated_decision, but the grievance is not data "
  "handling, so personal_data=false.")

S(30, "pexa", "ordinary", ("person", None),
  "My father's sale - wrong figure from his conveyancers",
  """
  {greet}

  I'm writing for my father, {father}, who is 84 and sold his flat at {addr} last week. His conveyancers, Marsh
  and Penrose, told him in writing that he would receive £61,450 on completion. He actually received £58,250,
  and their only explanation is that 'the statement was based on an old figure'. He has already committed the
  money to his care home fees and is very distressed.

  I understand the sale went through your system. Please make sure this reaches whoever deals with it at Marsh
  and Penrose and ask them to explain the difference to him in writing.

  {sign}
  {name}
  """, short_labels(c=True, tp=True, cat="inaccurate_information", firm="mpc"),
  "A son writing for his father (third_party) about a wrong completion statement from the father's conveyancer "
  "only: forwarded to mpc, category inaccurate_information.")

# ============================ Conexus: machine-made (14) ============================

S(31, "conexus", "auto", ("person", ["northgatedebtadvice.org.uk"]),
  "RE: Your client {clientname} - account {cx}",
  """
  Thank you for your email.

  I work part-time (Monday to Thursday) and am not in the office today. Your email will be dealt with on my next
  working day. If your enquiry relates to a client in crisis, please phone our advice line on {ph} (9am to 5pm).

  {name}
  Debt Adviser
  Northgate Debt Advice is a charity registered in England and Wales.
  """, AUTO,
  "A money adviser's automatic reply (Auto-Submitted, X-Auto-Response-Suppress) is auto_generated, so "
  "third_party stays false even though the sender represents a client.",
  headers={"auto-submitted": "auto-replied", "x-auto-response-suppress": "All"},
  always_quote=True,
  quote=("Conexus", T("""
  Dear {first},

  Thank you for your letter on behalf of {clientname}. We have placed account {cx} on hold for 30 days while
  you complete a financial statement with your client.
  """)))

S(32, "conexus", "auto", ("person", ["polmarfreight.co.uk"]),
  "Odpowiedź automatyczna: Payment arrangement - {cx}",
  """
  Dzień dobry,

  dziękuję za wiadomość. Przebywam na urlopie do {dnum} i mam ograniczony dostęp do poczty. W pilnych sprawach
  proszę kontaktować się z biurem pod numerem {ph}.

  Hello,

  thank you for your message. I am on holiday until {dnum} with limited access to email. For urgent matters
  please contact the office on {ph}.

  {name}
  Kierownik magazynu / Warehouse Supervisor
  """, AUTO,
  "A Polish and English holiday auto-reply with no automatic header is still an out-of-office: auto_generated.",
  typo_ok=False)

S(33, "conexus", "auto", ("person", None),
  "Re: Your complaint {cxc} - our final response",
  """
  Estoy de viaje hasta el {dnum} y contestaré a su correo a mi regreso.

  I'm travelling until {dnum} and will reply to your email when I'm back.

  {first}
  """, AUTO,
  "A personal vacation responder in Spanish and English, no header: auto_generated; the complaint and the final "
  "response are only in the subject and the quoted Conexus letter.",
  always_quote=True, typo_ok=False,
  quote=("Conexus", T("""
  Dear {name},

  Thank you for your patience while we investigated your complaint about the calls you received in {month}.
  We have upheld your complaint and removed the £30 charge from your balance. If you remain dissatisfied you
  may refer the matter to the Financial Ombudsman Service within six months of this letter.
  """)))

S(34, "conexus", "auto", ("fixed", [("Mail Delivery System", "MAILER-DAEMON@smtp-out.conexus.co.uk"),
                                    ("Mail Delivery Subsystem", "MAILER-DAEMON@smtp2.conexus.co.uk")]),
  "Returned mail: see transcript for details",
  KEEP + """
  The original message was received at {d0full} {hhmm} from localhost [127.0.0.1]

     ----- The following addresses had permanent fatal errors -----
  <{raddr}>
      (reason: 552 5.2.2 Mailbox full - user quota exceeded)

     ----- Transcript of session follows -----
  ... while talking to mx1.{rdomain}.:
  DATA
  552 5.2.2 <{raddr}>... Mailbox full

     ----- Original message follows -----

  From: Conexus Customer Services <customerservices@conexus.co.uk>
  To: {raddr}
  Subject: Your account {cx} - arrangement confirmed

  Dear {rname},

  Thank you for speaking with us today. We confirm your arrangement to pay £35.00 per month by standing order,
  starting on {dnum}.
  """, AUTO,
  "A returned-mail report (Return-Path <>, multipart/report) with the failed Conexus letter below is "
  "auto_generated.",
  headers={"return-path": "<>",
           "content-type": "multipart/report; report-type=delivery-status; boundary=\"{n6}.smtp-out\""},
  html_ok=False, typo_ok=False,
  short="""
  The original message was received at {d0full} {hhmm} from localhost [127.0.0.1]

     ----- The following addresses had permanent fatal errors -----
  <{raddr}>
      (reason: 552 5.2.2 Mailbox full - user quota exceeded)
  """)

S(35, "conexus", "auto", ("fixed", [("Mail Delivery Subsystem", "mailer-daemon@mail.conexus.co.uk"),
                                    ("Mail Delivery Subsystem", "mailer-daemon@relay1.conexus.co.uk")]),
  "Delivery Status Notification (Failure)",
  """
  ** Address not found **

  Your message wasn't delivered to {raddr} because the address couldn't be found, or is unable to receive mail.

  The response from the remote server was:
  550 5.1.1 The email account that you tried to reach does not exist.

  ----- Original message -----

  Subject: Complaint {cxc} - acknowledgement

  Dear {rname},

  We are sorry you have had reason to complain about the way our field agent spoke to you on {d0}. Your
  complaint has been logged under reference {cxc} and our Compliance and Risk Manager will write to you within
  five working days.
  """, AUTO,
  "A bounce recognised from its text alone (no headers) is auto_generated; the complaint wording is in the "
  "returned copy of Conexus's acknowledgement.",
  typo_ok=False)

S(36, "conexus", "auto", ("person", ["northline-energy.co.uk"]),
  "Read: Monthly collections report - {month}",
  """
  Your message

      To: {name}
      Subject: Monthly collections report - {month}
      Sent: {d0full} {hhmm}

  was read on {d0full} {hhmm2}.
  """, AUTO,
  "A read receipt (disposition-notification report) from a creditor client's mail client is auto_generated.",
  headers={"content-type": "multipart/report; report-type=disposition-notification; boundary=\"{n6}\""},
  typo_ok=False)

S(37, "conexus", "auto", ("fixed", [("Northline Energy Customer Support", "support@northlineenergy.co.uk"),
                                    ("Northline Energy", "help@northlineenergy.co.uk")]),
  "[Case: NE-{tk}] We've received your email",
  """
  Hello,

  Thanks for contacting Northline Energy. We've received your email and opened case NE-{tk}. There's no need to
  reply to this message.

  We're currently replying to emails within 7 working days. If you're writing about a complaint, you don't need
  to do anything else - our complaints team will be in touch.

  If you smell gas, call the emergency number on your bill straight away.

  Northline Energy
  """, AUTO,
  "A creditor's helpdesk autoresponder (Auto-Submitted: auto-replied) is auto_generated; Northline is not the "
  "subject of any complaint.",
  headers={"auto-submitted": "auto-replied", "x-autoreply": "yes"},
  typo_ok=False,
  short="""
  Thanks for contacting Northline Energy. We've received your email and opened case NE-{tk}.
  """)

S(38, "conexus", "auto", ("fixed", [("Riverside Money Help", "enquiries@riversidemoneyhelp.org.uk"),
                                    ("Riverside Money Help - Creditor Enquiries",
                                     "creditors@riversidemoneyhelp.org.uk")]),
  "Re: {clientname} - your request for an income and expenditure statement",
  """
  Thank you for contacting Riverside Money Help.

  This is an automatic acknowledgement. We have received your email and it will be added to the client's file.
  Our advisers aim to respond to creditors within 10 working days. Please do not send duplicate correspondence,
  as this slows down our response times.

  For balance updates, please use our creditor portal rather than email.

  Riverside Money Help is a registered charity and is authorised and regulated by the Financial Conduct
  Authority.
  """, AUTO,
  "A debt charity's automatic acknowledgement with no header is auto_generated, and an auto-reply is never "
  "third_party.",
  typo_ok=False,
  short="""
  This is an automatic acknowledgement from Riverside Money Help. Your email has been added to the client's file.
  """)

S(39, "conexus", "auto", ("person", ["harrowfield-mp.org.uk", "eastmarshmp.org.uk"]),
  "Automatic reply: Your constituent {clientname}",
  """
  Thank you for contacting the office of {mpname} MP. This is an automated response to confirm we have received
  your email.

  We receive a large volume of correspondence and will respond as soon as we can. If your matter is urgent,
  please call the constituency office on {ph}.

  This mailbox is monitored during office hours.
  """, AUTO,
  "An MP's office auto-acknowledgement is auto_generated even though it comes from a representative, so "
  "third_party=false.",
  typo_ok=False)

S(40, "conexus", "auto", ("fixed", [("Credit & Collections Compliance Update", "updates@cc-compliance-update.co.uk"),
                                    ("Compliance Update", "newsletter@cc-compliance-update.co.uk")]),
  "Compliance Update: FOS complaint data, SAR deadlines and vulnerable customers",
  """
  Credit & Collections Compliance Update - issue {tk}

  FOS complaint data: debt collection still in the top five
  The latest half-yearly figures show complaints about debt collection remain among the five most common
  referrals, with most upheld cases involving poor treatment of customers in financial difficulty.

  Subject access requests: counting the month correctly
  A reminder that the month starts on the day a request is received. Our checklist covers identity checks,
  clarification and when an extension is allowed.

  Reader question: "A customer has asked us to delete all their data while the debt is still outstanding. Do we
  have to?" Our data protection editor explains when erasure can be refused.

  You are receiving this because you subscribed to Compliance Update. Unsubscribe:
  https://cc-compliance-update.co.uk/u/{n6}
  """, AUTO,
  "A bulk compliance newsletter (Precedence: bulk, List-Id, List-Unsubscribe) is auto_generated; its articles on "
  "complaints and erasure are topics, not requests or grievances.",
  headers={"precedence": "bulk", "list-id": "Compliance Update <update.cc-compliance-update.co.uk>",
           "list-unsubscribe": "<mailto:leave-{n6}@cc-compliance-update.co.uk>, "
                               "<https://cc-compliance-update.co.uk/u/{n6}>"},
  typo_ok=False)

S(41, "conexus", "auto", ("fixed", [("Collection Agencies Forum", "bulletin@caforum-members.org.uk"),
                                    ("CAF Members' Bulletin", "members@caforum-members.org.uk")]),
  "Members' Bulletin No. 118",
  """
  COLLECTION AGENCIES FORUM - MEMBERS' BULLETIN No. 118

  1. Consultation on the revised Code of Practice closes on {dnum}. Members are asked to send comments through
     the members' area.
  2. Annual complaints data return: the template for this year's return is now available. Returns are due by the
     end of next month.
  3. Training: 'Recognising vulnerability on the phone' - half-day sessions in Leeds and Bristol.
  4. Breathing Space: the Insolvency Service has published updated guidance for creditors.

  This bulletin is sent to all nominated contacts at member firms. To change your nominated contact or to stop
  receiving the bulletin, reply with UNSUBSCRIBE in the subject line.
  """, AUTO,
  "A trade body's members' bulletin is mailing-list mail, auto_generated with no header; 'complaints data "
  "return' is an item of news.",
  typo_ok=False)

S(42, "conexus", "auto", ("fixed", [("PayLink Gateway", "receipts@paylink-gateway.co.uk"),
                                    ("PayLink Receipts", "no-reply@paylink-gateway.co.uk")]),
  "Payment received - £45.00 - Ref {cx}",
  """
  Payment confirmation

  Merchant: Conexus Ltd
  Amount: £45.00
  Card: Visa ending 4417
  Date/time: {dnum} 19:42
  Authorisation code: {n6}
  Customer reference: {cx}

  This is an automatically generated receipt. Please keep it for your records. Do not reply to this email.
  """, AUTO,
  "A card-payment receipt from a payment gateway is a system notification: auto_generated.",
  typo_ok=False,
  subj_only="Payment received - £45.00 - Ref {cx} - Auth {n6}")

S(43, "conexus", "auto", ("fixed", [("Sterling Credit Agency Portal", "portal-alerts@sterlingcredit.co.uk"),
                                    ("Sterling Credit Portal", "noreply@sterlingcredit.co.uk")]),
  "New placement file available: SCL_PLACEMENT_{n6}.csv",
  """
  A new file has been published to your secure folder.

  File: SCL_PLACEMENT_{n6}.csv
  Accounts: 214
  Published: {dnum} 06:00

  Sign in to the agency portal to download it. For security, files are deleted automatically after 14 days.

  This notification was sent by an automated system; replies are not monitored.
  """, AUTO,
  "A creditor portal's file alert (Auto-Submitted: auto-generated, Precedence: bulk) is auto_generated; "
  "'deleted' refers to files, not an erasure request.",
  headers={"auto-submitted": "auto-generated", "precedence": "bulk"},
  typo_ok=False)

S(44, "conexus", "auto", ("fixed", [("Reporting Service", "reports-noreply@conexus.co.uk"),
                                    ("Report Manager", "reportmanager@conexus.co.uk")]),
  "Scheduled report ready: Open complaints by age ({d0num})",
  """
  Your scheduled report has run successfully.

  Report: Open complaints by age - weekly
  Run time: {d0num} 07:00
  Rows: 38
  Format: Excel

  The report is attached. To change the schedule or stop receiving this report, open Report Manager and edit
  your subscriptions.

  This message was generated automatically; please do not reply.
  """, AUTO,
  "An internal scheduled-report notification is a system message, auto_generated even though its subject says "
  "complaints.",
  typo_ok=False)

# ============================ Conexus: look-alikes written by a person (10) ============================

S(45, "conexus", "look", ("person", None),
  "Account {cx} - away for two weeks",
  """
  {greet}

  I'm going into hospital on {d1} for an operation and will be away about two weeks. I've already paid this
  month's instalment. If you need anything while I'm in, please speak to my sister {sister} on {mob} - she knows
  about the account and I'm happy for you to talk to her. I'll be back in touch when I'm home.

  {sign}
  {name}
  """, short_labels(),
  "A person's own note that they will be away and who to contact is not an out-of-office; no dissatisfaction, "
  "and written by the debtor herself, so not third_party.",
  short="""
  In hospital from {d1} for about two weeks - this month is paid. My sister {sister} ({mob}) can speak for me.

  {name}
  """)

S(46, "conexus", "look", ("person", ["tynesidemoneyadvice.org.uk", "claymoreadvice.org.uk"]),
  "Fw: Automatic acknowledgement - client {clientname}",
  """
  {greet}

  I'm forwarding the automatic acknowledgement your system sent me on {d0}, which promised that someone would
  contact me within one working day. Nobody has. In the meantime my client, {clientname}, who is in a Breathing
  Space moratorium, has had four calls from your agents this week, including one at 8.10pm last night.

  Please stop all contact with her immediately as the moratorium requires, confirm in writing that the account
  is flagged correctly, and tell me why the calls happened.

  {name}
  Money Adviser
  """, short_labels(c=True, tp=True, cat="collection_conduct"),
  "A money adviser's own words above a forwarded autoresponder are person-written (third_party); calls during "
  "Breathing Space are the main grievance, an implicit complaint about collection_conduct.",
  fwd=T("""
  From: Conexus <customerservices@conexus.co.uk>
  Sent: {d0full}
  Subject: Automatic acknowledgement

  Thank you for your email to Conexus. This is an automated acknowledgement. Your email has been received and
  a member of our team will contact you within one working day.
  """),
  html_ok=False)

S(47, "conexus", "look", ("person", None),
  "Automated reminders after I paid in full - complaint",
  """
  {greet}

  I settled account {cx} in full on {d0} and I have your letter confirming a nil balance. Since then your system
  has sent me five automatic emails headed 'Payment overdue - action required', the latest this morning,
  threatening to pass the account back to the creditor. I've replied to two of them and just got another
  automatic reply each time.

  I want to make a complaint. Please stop the reminders, confirm the account is closed at zero, and make sure
  nothing is reported against me.

  {sign}
  {name}
  """, short_labels(c=True, ex=True, cat="debt_dispute"),
  "A person complaining about automatic emails wrote it herself; being chased for a debt already paid is "
  "debt_dispute, explicit because she calls it a complaint.",
  quote=("Conexus", T("""
  Payment overdue - action required

  Our records show a payment on account {cx} is overdue. Please pay now to avoid further action.
  """)),
  short="""
  I paid {cx} in full on {d0} and you confirmed a nil balance, yet your system keeps sending 'Payment overdue'
  emails. This is a complaint - stop them and confirm the account is closed.

  {name}
  """)

S(48, "conexus", "look", ("person", None),
  "Why am I getting your 'Money Matters' emails?",
  """
  {greet}

  Since my account with you was set up I've started receiving a monthly email called 'Money Matters from
  Conexus', full of budgeting tips and links to loan comparison sites. I never asked for it, and being sent loan
  adverts by the company collecting my debt is the last thing I need.

  [[informed|Tell me where you got this email address, because I never gave it to you, and on what basis you think you can send me marketing.]] [[objection|I object to my details being used for any marketing at all.]]

  {sign}
  {name}
  """, short_labels(c=True, pd=True, r="informed,objection", cat="personal_data"),
  "A person objecting to a newsletter: dissatisfaction with unexpected use of her data plus demands, so an "
  "implicit personal_data complaint; the source and basis question is informed, the marketing refusal objection.")

S(49, "conexus", "look", ("person", ["tynesidemoneyadvice.org.uk", "claymoreadvice.org.uk"]),
  "Client: {clientname} - your ref {cx} - request for information and hold",
  """
  Dear Sir/Madam

  Re: {clientname}, {clientaddr}
  Your reference: {cx}

  We have been approached by the above-named client for free and independent debt advice. Our client's signed
  authority is attached.

  We are gathering details of our client's financial circumstances and would ask you to put the account on hold
  for 30 days while we do so.

  Please provide us with:
  - the current balance and a breakdown of any interest or charges;
  - details of the original creditor and the date the account was placed with you;
  - [[access|a copy of all personal data you hold about our client, under Article 15 of the UK GDPR.]]

  Please send all correspondence to this office.

  Yours faithfully

  {name}
  Debt Adviser
  """, short_labels(tp=True, r="access"),
  "A template letter from a money adviser is still written by a person, on a client's behalf (third_party); it "
  "raises no grievance, so not a complaint, and asks for a copy of the client's data (access).")

S(50, "conexus", "look", ("person", ["hallidaybrook.co.uk", "wendoverlegal.co.uk"]),
  "Our client {clientname} - Pennant Mobile account - your ref {cx}",
  """
  Dear Sirs

  We are instructed by {clientname} in relation to the above account, which Pennant Mobile has placed with you
  for collection.

  Our client cancelled this contract in writing within the 14-day cooling-off period. Pennant Mobile
  acknowledged the cancellation on 3 February but nonetheless raised early termination charges of £412.60, which
  now make up the whole of the balance you are pursuing.

  Please treat this letter as our client's formal complaint. As the charges arise from Pennant Mobile's failure
  to process the cancellation, we ask that you refer the matter to them and suspend collection activity pending
  their response.

  Yours faithfully

  {name}
  Solicitor
  """, short_labels(c=True, ex=True, tp=True, cat="debt_dispute", firm="pmt"),
  "A formulaic solicitor's complaint for a client (third_party) whose root cause is the creditor's own charges: "
  "only the creditor can fix it, so pmt, debt_dispute, explicit.")

S(51, "conexus", "look", ("person", None),
  "Re: Payment unsuccessful - action required",
  """
  {greet}

  I've just had this email. I tried to make the payment three times last night through your online portal and
  every time it went to 'Something went wrong, please try again later' after I'd entered my card details. My
  bank says no attempt reached them. I don't want this marked as a missed payment when it's your website that
  isn't working. Please confirm my arrangement is still in place and tell me how I can pay this month.

  {sign}
  {name}
  Account {cx}
  """, short_labels(c=True, cat="platform_defect"),
  "A person's reply to an automatic payment notice: the portal errors are a system failure and she wants "
  "confirmation and a way to pay, so an implicit platform_defect complaint.",
  always_quote=True,
  quote=("Conexus Payments <payments-noreply@conexus.co.uk>", T("""
  Your payment of £40.00 on account {cx} could not be processed.

  Please make your payment as soon as possible to keep your arrangement up to date. This is an automated
  message; please do not reply.
  """)))

S(52, "conexus", "look", ("person", ["westbury.gov.uk"]),
  "Remittance report for {month}",
  """
  {greet}

  Could you send over the remittance report for {month} when it's ready? Our finance team needs it to reconcile
  the council tax collections before the end of the quarter. If it's easier to upload it to the shared folder,
  that's fine too.

  {sign}
  {name}
  Recovery Officer, Revenues and Benefits
  Westbury Borough Council
  I work Tuesday to Thursday. Outside those days please contact revenues.recovery@westbury.gov.uk.

  Sent from my Samsung Galaxy smartphone.
  """, short_labels(),
  "A creditor client's routine request with a working-days signature and a phone footer is person-written and "
  "not a complaint.",
  subj_only="Remittance report for {month} please - for quarter-end reconciliation")

S(53, "conexus", "look", ("person", None),
  "Change of email address",
  """
  {greet}

  Your reminder emails go to my work address. At the bottom they say "You are receiving this message because this
  email address is registered to your account. To change how we contact you, log in to My Account or reply
  UNSUBSCRIBE." I don't have a login, so I'm writing instead.

  [[rectification|Please change the email address on my account to this one, {selfaddr}, and use it from now on.]]

  Thanks,
  {name}
  Account {cx}
  """, short_labels(r="rectification"),
  "A pasted unsubscribe footer inside a person's neutral request: not auto_generated, not a complaint; updating "
  "the email address on the account is rectification.")

S(54, "conexus", "look", ("person", None),
  "You sent my account details to my old email - complaint",
  """
  {greet}

  I want to complain about an email you sent on {d0} about my account {cx}. It went to an old email address I
  haven't used for two years, which my ex-partner still has access to. She forwarded it to me yesterday with a
  comment, so she has now read the balance, my payment arrangement and my new home address. I'm forwarding it
  below so you can see exactly what was disclosed.

  [[rectification|Please update my record so that my only email address is this one.]] [[restriction|Until you have confirmed that, do not send anything to the old address or use it for anything.]] I also want to know what you are going to do about the disclosure.

  {name}
  """, short_labels(c=True, ex=True, pd=True, br=True, r="rectification,restriction", cat="personal_data"),
  "A person forwarding a misdirected email with her own complaint on top: debt details disclosed to an ex-partner "
  "is a breach, so personal_data and category personal_data; the address change is rectification and the "
  "'meanwhile' limit is restriction.",
  fwd=T("""
  From: Conexus Customer Services <customerservices@conexus.co.uk>
  Sent: {d0full}
  Subject: Your account {cx}

  Dear {name},

  Further to your call, your arrangement of £25.00 per month continues. Your outstanding balance is £1,184.37.
  We have updated your address to {clientaddr}.
  """),
  html_ok=False)

# ============================ Conexus: ordinary mail (6) ============================

S(55, "conexus", "ordinary", ("person", None),
  "Tried to call 3 times",
  """
  {greet}

  I have tried to ring you three times today to set up a payment plan. Each time I was on hold for over 40
  minutes and then the line went dead. I'm on a pay-as-you-go phone and this has cost me money. Please can
  someone call me back on {mob} after 4pm.

  {name}
  {cx}
  """, short_labels(c=True, cat="wait_time"),
  "Long holds and a dropped line while trying to reach the firm, with harm and a call-back demand: implicit "
  "complaint, wait_time.",
  subj_only="on hold 40 mins 3 times today and cut off again, call me back {mob}")

S(56, "conexus", "ordinary", ("person", None),
  "Still waiting for settlement figure",
  """
  {greet}

  I asked for a full and final settlement figure on {d0}, and your reply said you'd send it within 5 working
  days. That was three weeks ago. I've got the money from a family member now but they won't wait forever.
  Please send me the figure this week.

  {sign}
  {name}
  """, short_labels(c=True, cat="delay"),
  "A 'still waiting' chaser on a neutral request is an implicit complaint about delay.",
  quote=("Conexus", T("""
  Dear {first},

  Thank you for your request for a settlement figure on account {cx}. We will send this to you within 5 working
  days.
  """)),
  short="""
  Three weeks since I asked for my settlement figure on {cx} and still nothing. Please send it this week.

  {name}
  """)

S(57, "conexus", "ordinary", ("person", None),
  "Lumen bill - the leak was on their pipe",
  """
  {greet}

  You've written to me about £538.20 owed to Lumen Water. That bill is for water lost through a leak on the
  supply pipe outside my boundary, which Lumen's own engineer confirmed was their responsibility when he repaired
  it in January. Lumen refused my leak allowance anyway and billed me for the whole reading. Please send this
  back to Lumen so they can correct the bill, because I don't owe this amount.

  {sign}
  {name}
  """, short_labels(c=True, cat="debt_dispute", firm="lwt"),
  "The bill itself is wrong and only the creditor can correct it, with nothing said against Conexus: forwarded "
  "to lwt, debt_dispute.")

S(58, "conexus", "ordinary", ("person", None),
  "Change my payment date",
  """
  {greet}

  My wages are moving from the 28th to the 15th of the month starting next month. Could I move my £30 monthly
  payment on account {cx} to the 16th to match? I pay by standing order, so I can change it at my end once you
  confirm it's OK.

  {sign}
  {name}
  """, short_labels(),
  "A routine request to change a payment date, with no dissatisfaction: not a complaint.",
  short="""
  Can I move my payment on {cx} to the 16th of the month from next month? {first}
  """,
  subj_only="Can I move my payment date to the 16th? ({cx})")

S(59, "conexus", "ordinary", ("person", ["harrowfield-mp.org.uk", "eastmarshmp.org.uk"]),
  "Constituent: {clientname}, {clientaddr}",
  """
  Dear Sir or Madam

  I am writing on behalf of my constituent, {clientname}, of {clientaddr}, who has contacted me about the way
  your company has been contacting her about a debt.

  My constituent tells me that your agents have repeatedly telephoned her workplace, and on one occasion asked a
  colleague to pass on a message that she 'owes money and must call back'. She found this extremely embarrassing
  and is worried about her job.

  I should be grateful if you would look into this and let me have your comments, so that I can reply to my
  constituent.

  Yours faithfully

  {name}
  Caseworker to {mpname} MP
  """, short_labels(c=True, pd=True, br=True, tp=True, cat="collection_conduct"),
  "An MP's caseworker writing for a constituent (third_party) about workplace calls: collection_conduct is the "
  "main cause, and telling a colleague about the debt is a disclosure, so breach and personal_data.")

S(60, "conexus", "ordinary", ("person", None),
  "Payment history file and old number",
  """
  {greet}

  Now that account {cx} is paid off I'm sorting out my finances with a budgeting app. [[portability|Could you send me my payment history as a CSV file that I can import into the app?]] [[erasure|Also, please delete the old mobile number you have for me, {mob2}, as I no longer use it.]]

  Many thanks,
  {name}
  """, short_labels(r="portability,erasure"),
  "No dissatisfaction, so not a complaint: a machine-readable file to load into another app is portability and "
  "deleting an old number is erasure.")


# ---------------------------------------------------------------------------------------------
# rendering


def envelope_options(sc):
    """Envelope names a scenario can take (feature names joined by '+')."""
    q = sc["quote"] is not None
    always = sc["always_quote"]
    opts = []
    base = ["plain"] + (["html"] if sc["html_ok"] else []) + (["typo"] if sc["typo_ok"] else []) \
        + (["short"] if sc["short"] else [])
    for b in base:
        if always:
            opts.append("quote" if b == "plain" else b + "+quote")
        else:
            opts.append(b)
            if q and b in ("plain", "html", "typo"):
                opts.append("quote" if b == "plain" else b + "+quote")
    if sc["subj_only"]:
        opts.append("subject_only")
    return opts


def quote_head(sc, v):
    """The header line of the quoted earlier message: "On ... wrote:" when it fits the 80-character cut pattern,
    otherwise an Outlook-style separator."""
    who = sc["quote"][0]
    if who.lower() in FIRM_FROM:
        disp, addr = FIRM_FROM[who.lower()][v["qform"] % 2]
        who = f"{disp} <{addr}>"
    for inner in (f"{v['qdate']}, {who}", f"{v['qdate_num']}, {who}"):
        if len(inner) <= 80 and v["qform"] != 2:
            return f"On {inner} wrote:"
    return "-----Original Message-----"


def sender_of(sc, v, rng):
    kind, spec = sc["sender"]
    if kind == "person":
        domain = v["pdomain"] if spec is None else spec[rng.randrange(len(spec))]
        return f"{v['name']} <{address_of(v, domain)}>"
    disp, addr = spec[rng.randrange(len(spec))]
    return f"{disp.format(**v)} <{addr.format(**v)}>"


def render(rng, sc, env):
    v = draw_values(rng, sc["mailbox"])
    sender = sender_of(sc, v, rng)
    feats = env.split("+")
    subject = sc["subject"].format(**v)
    if "subject_only" in feats:
        subject, marked = sc["subj_only"].format(**v), ""
    elif "short" in feats:
        marked = sc["short"].format(**v)
    else:
        marked = sc["body"].format(**v)
    if "typo" in feats:
        marked = typos_outside_marks(marked, rng, MARK_RIGHTS, 0.35)
    if sc["fwd"] and "subject_only" not in feats:
        marked += "\n\n---------- Forwarded message ---------\n" + quote_lines(sc["fwd"].format(**v))
    marks = rights_marks_of(marked)
    assert {r for r, _ in marks} == set(sc["labels"]["rights"]), (sc["id"], env)
    body = strip_marks(marked, MARK_RIGHTS)
    quote = None
    if "quote" in feats or (sc["always_quote"] and "subject_only" not in feats):
        quote = (quote_head(sc, v), sc["quote"][1].format(**v))
    headers = {k: val.format(**v) for k, val in (sc["headers"] or {}).items()}
    return finish_marked_record(rng, mailbox=sc["mailbox"], sender=sender, subject=subject, body=body,
                                html="html" in feats, quote=quote, subject_marks=[], body_marks=marks,
                                labels=sc["labels"], note=sc["note"], source=sc["id"], env=env, headers=headers)


def build(rng):
    assert len(SCEN) == 60 and len({s["id"] for s in SCEN}) == 60
    records = []
    for sc in SCEN:
        opts = envelope_options(sc)
        assert len(opts) >= 2, sc["id"]
        envs = rng.sample(opts, 2)
        first = render(rng, sc, envs[0])
        second = render(rng, sc, envs[1])
        if second["from"] == first["from"]:  # same sender drawn twice: draw the second rendering again
            second = render(rng, sc, envs[1])
        records += [first, second]
    return records


def summary(records, env_counts):
    by_src = {}
    for r in records:
        by_src.setdefault(r["source"], r)
    kinds = {s["id"]: s["kind"] for s in SCEN}
    lines = [f"wrote {OUT}: {len(records)} emails from {len(by_src)} scenarios"]
    kc = collections.Counter(kinds.values())
    lines.append(f"scenarios: machine-made {kc['auto']}, look-alikes {kc['look']}, ordinary {kc['ordinary']}; "
                 f"per mailbox {dict(collections.Counter(s['mailbox'] for s in SCEN))}")
    auto_hdr = sum(1 for s in SCEN if s["kind"] == "auto" and s["headers"])
    lines.append(f"machine-made scenarios with automatic headers: {auto_hdr}, without: {kc['auto'] - auto_hdr}")
    for key in ("auto_generated", "complaint", "explicit", "third_party", "personal_data", "breach"):
        e = sum(r["labels"][key] for r in records)
        s = sum(r["labels"][key] for r in by_src.values())
        lines.append(f"{key}: {e} emails / {s} scenarios")
    for right in RIGHTS:
        e = sum(right in r["labels"]["rights"] for r in records)
        s = sum(right in r["labels"]["rights"] for r in by_src.values())
        lines.append(f"right {right}: {e} emails / {s} scenarios")
    lines.append("categories (scenarios): " + ", ".join(
        f"{k} {v}" for k, v in sorted(collections.Counter(r["labels"]["category"] for r in by_src.values()).items())))
    lines.append("firms (scenarios): " + ", ".join(
        f"{k} {v}" for k, v in sorted(collections.Counter(str(r["labels"]["about_other_firm"])
                                                          for r in by_src.values()).items())))
    lines.append(f"html bodies: {sum(r['html'] for r in records)}; with headers: {sum(bool(r['headers']) for r in records)}")
    lines.append("envelopes: " + ", ".join(f"{k} {v}" for k, v in sorted(env_counts.items())))
    return "\n".join(lines)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=marked_record_errors)


if __name__ == "__main__":
    sys.exit(main())
