#!/usr/bin/env python3
"""Evaluation set auto_judge_c: machine-made mail against person-written look-alikes (stdlib only).

60 scenarios (30 per mailbox), each rendered twice with different envelopes drawn from the seeded rng:
28 machine-made messages (out-of-office replies, bounces, receipts, other organisations' autoresponders,
newsletters and mailing lists, system notifications; fewer than half carry an automatic header), 20 look-alikes
a person wrote (away notes, forwarded bounces and auto-replies, complaints about automatic mail, formulaic letters,
replies to notifications, phone signatures, pasted unsubscribe lines) and 12 ordinary messages of the two
mailboxes. Labels follow /work/shared/labelling/labelling-guide.md; each scenario's `note` gives the rule used.
A sentence that asks for a right is written inline as [[right|sentence]] and becomes a request_sentences mark.

Envelopes: plain, html, quote (the firm's earlier message quoted below), html_quote, typo (letter-edit typos
outside the marks) and short (a short or subject-only version). Every person, address and reference is invented.

Usage: .venv/bin/python data/make/make_auto_judge_c.py   (writes data/trials/auto_judge_c.jsonl)
"""
import collections
import datetime
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (MARK_RIGHTS, RIGHTS, finish_marked_record, marked_record_errors,  # noqa: E402
                           rights_marks_of, run_generator, short_labels, strip_marks, typos_outside_marks)

SEED = 20271017
PREFIX = "auc"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "auto_judge_c.jsonl")

AUTO = short_labels(auto=True)
NONE = short_labels()

# ---------------------------------------------------------------------------------------------
# people, organisations and dates

FIRST_F = ["Amelia", "Priyanka", "Chloe", "Grace", "Hannah", "Fatima", "Rosa", "Joanna", "Megan", "Yasmin", "Nadia",
           "Harriet", "Isla", "Leah", "Sophie", "Anjali", "Zoe", "Nicola", "Imogen", "Fiona", "Tessa", "Maeve"]
FIRST_M = ["Daniel", "Marcus", "Oluwaseun", "Kieran", "Liam", "Samir", "Declan", "Aaron", "Stuart", "Ewan", "Kofi",
           "Ravi", "Connor", "Mohammed", "Patrick", "Callum", "Jamal", "Vikram"]
FIRST = FIRST_F + FIRST_M
LAST = ["Whitmore", "Okonkwo", "Brennan", "Kaur", "Fairclough", "Adeyemi", "Lockwood", "Marchetti", "Doherty",
        "Pearce", "Ashworth", "Sandhu", "Gallagher", "Mensah", "Holloway", "Rahman", "Thornton", "Quigley",
        "Baptiste", "Fenwick", "Carmichael", "Oduya", "Sutcliffe", "Patel", "Morrow", "Ibbotson", "Chaudhry",
        "Lindsay", "Haworth", "Delaney", "Osei", "Rowntree", "Varga", "Costello", "Henshaw", "Abara"]
WELSH_FIRST = ["Rhiannon", "Gethin", "Carys", "Dafydd", "Elin", "Owain", "Sioned", "Iwan"]
WELSH_LAST = ["Pryce", "Llewellyn", "Bowen", "Prosser", "Howells", "Rees", "Gwilym", "Parry"]
POLISH_FIRST = ["Agnieszka", "Piotr", "Katarzyna", "Marek", "Magdalena", "Pawel", "Zofia", "Tomasz"]
POLISH_LAST = ["Zielinski", "Wozniak", "Lewandowska", "Kaczmarek", "Mazur", "Dabrowski", "Jankowska", "Krol"]
SPANISH_FIRST = ["Lucia", "Javier", "Carmen", "Alejandro", "Elena", "Diego"]
SPANISH_LAST = ["Navarro", "Ortega", "Castillo", "Romero", "Iglesias", "Delgado"]
CONSUMER_DOMAINS = ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "icloud.com", "hotmail.co.uk",
                    "sky.com", "virginmedia.com"]

LAW = [("Hartwell Dene LLP", "hartwelldene.co.uk"), ("Castleford Reeve Solicitors", "castlefordreeve.co.uk"),
       ("Pimlott and Yeo", "pimlottyeo.co.uk"), ("Ravensworth Property Law", "ravensworthlaw.co.uk"),
       ("Greyfriars Law LLP", "greyfriarslaw.co.uk"), ("Orchard Lane Solicitors", "orchardlanesolicitors.co.uk"),
       ("Marsh & Penrose Conveyancing", "marshpenrose.co.uk")]
LENDERS = [("Thames Valley Mortgages", "tvmortgages.co.uk"), ("Heathcote Bank", "heathcotebank.co.uk"),
           ("Kestrel Building Society", "kestrelbs.co.uk"), ("Beacon Home Finance", "beaconhomefinance.co.uk"),
           ("Saltmarsh Building Society", "saltmarshbs.co.uk")]
WELSH_FIRMS = [("Caerwyn Pryce Solicitors", "caerwynpryce.co.uk"), ("Tregaron Home Loans", "tregaronloans.co.uk")]
ADVICE = [("Eastgate Money Advice Centre", "eastgatemac.org.uk"),
          ("Riverside Debt Advice Trust", "riversidedebtadvice.org.uk"),
          ("Fellside Advice Project", "fellsideadvice.org.uk")]
DEBT_SOLICITORS = [("Kinross Hale Solicitors", "kinrosshale.co.uk"), ("Wexcombe Parry LLP", "wexcombeparry.co.uk")]
CREDITOR_STAFF = [("Northline Energy", "northline-energy.co.uk")]
STERLING = [("Sterling Credit Loans", "sterlingcredit.co.uk")]

AREA = ["0113", "0161", "0117", "0121", "0191", "01632", "0114", "0118"]
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
       "November", "December"]
WD_CY = ["Llun", "Mawrth", "Mercher", "Iau", "Gwener"]
MON_CY = ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref",
          "Tachwedd", "Rhagfyr"]
MON_PL = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
          "października", "listopada", "grudnia"]
WD_ES = ["lunes", "martes", "miércoles", "jueves", "viernes"]
MON_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre"]

GREET = {
    "pexa": ["Dear PEXA team,", "Hello,", "Hi,", "Good morning,", "Dear Sir or Madam,", "Hi all,", ""],
    "conexus": ["Dear Conexus,", "Hello,", "Dear Sir or Madam,", "Hi,", "To whom it may concern,", "Good afternoon,", ""],
}
BYE_PRO = ["Kind regards,\n{full}", "Regards,\n{full}", "Many thanks,\n{first}", "Best wishes,\n{first} {last}",
           "Thanks,\n{first}"]
BYE_CONSUMER = ["Thanks,\n{first}", "Regards,\n{full}", "{first}", "Many thanks\n{first} {last}",
                "Yours faithfully,\n{full}", "Thank you\n{full}"]


def weekday_date(rng, lo, hi):
    d = datetime.date(2025, 1, 6) + datetime.timedelta(days=rng.randrange(lo, hi))
    while d.weekday() > 4:
        d += datetime.timedelta(days=1)
    return d


def slug(s):
    return "".join(ch for ch in s.lower() if ch.isalpha())


def address(rng, first, last, domain, consumer):
    if consumer:
        form = rng.randrange(4)
        local = [f"{slug(first)}.{slug(last)}", f"{slug(first)}{slug(last)}{rng.randrange(10, 99)}",
                 f"{slug(first)[0]}{slug(last)}", f"{slug(last)}.{slug(first)[0]}"][form]
        return f"{local}@{rng.choice(CONSUMER_DOMAINS)}"
    form = rng.randrange(3)
    local = [f"{slug(first)}.{slug(last)}", f"{slug(first)[0]}.{slug(last)}", f"{slug(first)}{slug(last)[0]}"][form]
    return f"{local}@{domain}"


class Strict(dict):
    def __missing__(self, key):
        raise KeyError(f"unknown placeholder {{{key}}}")


def make_vars(rng, s):
    """Every placeholder a scenario text may use, drawn in one fixed order."""
    v = Strict()
    names = s.get("names", "uk")
    fp, lp = {"uk": (FIRST, LAST), "uk_f": (FIRST_F, LAST), "welsh": (WELSH_FIRST, WELSH_LAST), "polish": (POLISH_FIRST, POLISH_LAST),
              "spanish": (SPANISH_FIRST, SPANISH_LAST)}[names]
    v["first"], v["last"] = rng.choice(fp), rng.choice(lp)
    v["full"] = f"{v['first']} {v['last']}"
    orgs = s.get("orgs")
    if orgs:
        v["firmname"], v["domain"] = rng.choice(orgs)
    else:
        v["firmname"], v["domain"] = "", ""
    consumer = not orgs
    v["email"] = address(rng, v["first"], v["last"], v["domain"], consumer)
    others = [n for n in FIRST_F if n != v["first"]]
    v["cfirst"], v["clast"] = rng.choice(others), rng.choice(LAST)
    v["cfull"] = f"{v['cfirst']} {v['clast']}"
    v["cslug"] = f"{slug(v['cfirst'])}.{slug(v['clast'])}"
    v["last_wrong"] = v["last"][0] + v["last"][2] + v["last"][1] + v["last"][3:]
    v["cemail"] = address(rng, v["cfirst"], v["clast"], v["domain"] or "example.invalid", False) if orgs else \
        address(rng, v["cfirst"], v["clast"], "", True)
    v["rtitle"] = rng.choice(["Mr", "Mrs", "Ms", "Miss", "Mr"])
    v["rfirst"], v["rlast"] = rng.choice(FIRST_M if v["rtitle"] == "Mr" else FIRST_F), rng.choice(LAST)
    v["rfull"] = f"{v['rfirst']} {v['rlast']}"
    v["remail"] = address(rng, v["rfirst"], v["rlast"], "", True)
    v["ws"] = f"{rng.randint(30, 39)}-{rng.randint(10000, 99999)}"
    v["ws2"] = f"{rng.randint(30, 39)}-{rng.randint(10000, 99999)}"
    v["cx"] = f"CX-{rng.randint(1000000, 9999999)}"
    v["pxc"] = f"PX-C-{rng.randint(20000, 29999)}"
    v["cxc"] = f"CX-COMP-{rng.randint(50000, 69999)}"
    v["tk"] = str(rng.randint(100000, 999999))
    v["n4"] = str(rng.randint(1000, 9999))
    v["inv"] = f"INV-UK-{rng.randint(1, 12):02d}{rng.randint(10, 28)}-{rng.randint(1000, 9999)}"
    q = weekday_date(rng, 40, 280)
    ret = q + datetime.timedelta(days=rng.randrange(4, 30))
    while ret.weekday() > 4:
        ret += datetime.timedelta(days=1)
    v["ret"] = f"{WD[ret.weekday()]} {ret.day} {MON[ret.month - 1]}"
    v["ret_cy"] = f"ddydd {WD_CY[ret.weekday()]} {ret.day} {MON_CY[ret.month - 1]}"
    v["ret_pl"] = f"{ret.day} {MON_PL[ret.month - 1]}"
    v["ret_es"] = f"el {WD_ES[ret.weekday()]} {ret.day} de {MON_ES[ret.month - 1]}"
    back = q + datetime.timedelta(days=rng.randrange(200, 300))
    v["ret_year"] = f"{MON[back.month - 1]} {back.year}"
    past = q - datetime.timedelta(days=rng.randrange(5, 40))
    while past.weekday() > 4:
        past -= datetime.timedelta(days=1)
    v["past"] = f"{past.day} {MON[past.month - 1]}"
    longago = q - datetime.timedelta(days=rng.randrange(38, 46))
    v["past_long"] = f"{longago.day} {MON[longago.month - 1]}"
    soon = q + datetime.timedelta(days=rng.randrange(2, 7))
    while soon.weekday() > 4:
        soon += datetime.timedelta(days=1)
    v["soon"] = f"{soon.day} {MON[soon.month - 1]}"
    v["soon_wd"] = f"{WD[soon.weekday()]} {soon.day} {MON[soon.month - 1]}"
    hh, mm = rng.randint(8, 17), rng.randint(0, 59)
    v["qdate"] = f"{WD[q.weekday()][:3]}, {q.day} {MON[q.month - 1][:3]} 2025 at {hh:02d}:{mm:02d}"
    v["sent"] = f"{q.day:02d} {MON[q.month - 1]} 2025 {hh:02d}:{mm:02d}"
    v["rfcdate"] = f"{WD[q.weekday()][:3]}, {q.day} {MON[q.month - 1][:3]} 2025 {hh:02d}:{mm:02d}:{rng.randint(10, 59)} +0000"
    v["readtime"] = f"{q.day:02d}/{q.month:02d}/2025 {min(hh + rng.randint(0, 3), 22):02d}:{rng.randint(0, 59):02d}"
    v["time"] = f"{rng.randint(9, 15)}:{rng.randint(0, 59):02d}"
    v["phone"] = f"{rng.choice(AREA)} 496 0{rng.randint(100, 999)}"
    v["phone2"] = f"{rng.choice(AREA)} 496 0{rng.randint(100, 999)}"
    v["mob"] = f"07700 900{rng.randint(100, 999)}"
    v["ip"] = str(rng.randint(2, 250))
    mailbox = s["mailbox"]
    g = rng.choice(GREET[mailbox])
    v["greet"] = (g + "\n\n") if g else ""
    bye = rng.choice(BYE_CONSUMER if consumer else BYE_PRO)
    v["bye"] = bye.format(first=v["first"], last=v["last"], full=v["full"])
    return v


# ---------------------------------------------------------------------------------------------
# the scenarios

PEXA_ACK = ("On {qdate}, PEXA Customer Resolution <complaints@pexa.co.uk> wrote:",
            "Dear {full},\n\nThank you for your email. We have logged your complaint about the fee charged on "
            "workspace {ws} under reference {pxc} and will send you a full response within 8 weeks.\n\n"
            "PEXA Customer Resolution")
CONEXUS_REPLY = ("On {qdate}, Conexus Customer Relations <complaints@conexus.co.uk> wrote:",
                 "Dear {first},\n\nThank you for your email about your client {rtitle} {rlast}, account {cx}. We have "
                 "placed the account on "
                 "hold for 30 days while we look into the points you raised, and we will write to you again "
                 "before the hold ends.\n\nConexus Customer Relations")


def S(sid, mailbox, kind, subject, body, lab, note, **kw):
    return dict(sid=sid, mailbox=mailbox, kind=kind, subject=subject, body=body, labels=lab, note=note, **kw)


SCENARIOS = [
    # ===================================== PEXA: machine-made =====================================
    S("pa01", "pexa", "auto", "Out of Office",
      "Thank you for your message. I am out of the office until {ret} and will have limited access to email. "
      "Your message has not been forwarded.\n\nFor anything urgent on a live completion please contact "
      "{cfull} on {phone}, or email our completions team at completions@{domain}.\n\n{full}\nAssociate, {firmname}",
      AUTO, "Standard out-of-office wording (away until a date, message not forwarded, alternative contact) with no "
      "automatic header is auto_generated; the complaint wording is only in the quoted PEXA acknowledgement.",
      orgs=LAW, quote=PEXA_ACK, quote_subject="Re: Your complaint {pxc} - acknowledgement",
      short=("Out of Office", "Out of the office until {ret}. For urgent completions call {phone}."),
      envs=["plain", "quote", "html_quote", "typo", "short"]),
    S("pa02", "pexa", "auto", "Ateb awtomatig / Automatic reply: Workspace {ws}",
      "Diolch am eich e-bost. Rydw i allan o'r swyddfa tan {ret_cy}. Os yw eich neges yn ymwneud â chwblhau "
      "heddiw, ffoniwch {phone}.\n\nThank you for your email. I am out of the office until {ret}. If your "
      "message is about a completion taking place today, please phone {phone}.\n\nMae croeso i chi ohebu yn "
      "Gymraeg. / You are welcome to write to us in Welsh.\n\n{full}\n{firmname}",
      AUTO, "A bilingual Welsh/English out-of-office with Auto-Submitted and X-Autoreply headers is auto_generated; "
      "nothing else is labelled.",
      names="welsh", orgs=WELSH_FIRMS,
      headers={"auto-submitted": "auto-replied", "x-autoreply": "yes"},
      quote=("On {qdate}, PEXA Training <training@pexa.co.uk> wrote:",
             "Hello,\n\nYour place on the Workspace Essentials session has been moved to the afternoon slot. "
             "The joining link will follow the day before.\n\nPEXA Training"),
      quote_subject="Re: Workspace Essentials - new time",
      envs=["plain", "quote", "html", "typo"]),
    S("pa03", "pexa", "auto", "Re: Funding request - workspace {ws}",
      "Please note that {full} no longer works at {firmname} and this mailbox is not monitored. Your email has "
      "not been read or passed on.\n\nFor completions and funding queries please write to completions@{domain}. "
      "For anything else our switchboard is on {phone}.",
      AUTO, "A 'this mailbox is no longer monitored' notice is an autoresponder even without headers: "
      "auto_generated, and the lender named as sender is not about_other_firm.",
      orgs=LENDERS,
      quote=("On {qdate}, PEXA Support <support@pexa.co.uk> wrote:",
             "Hello,\n\nWe can see the funding request on workspace {ws} is still waiting for your approval. "
             "Could you confirm the lender details so the settlement can go ahead?\n\nPEXA Support"),
      short=("Mailbox not monitored", "This mailbox is no longer monitored. Please contact completions@{domain}."),
      envs=["plain", "quote", "html_quote", "short"]),
    S("pa04", "pexa", "auto", "Mail delivery failed: returning message to sender",
      "This message was created automatically by mail delivery software.\n\nA message that you sent could not be "
      "delivered to one or more of its recipients. This is a permanent error. The following address(es) failed:\n\n"
      "  {remail}\n    host mx.{ip}.mailhost.example [198.51.100.{ip}]\n    SMTP error from remote mail server after "
      "RCPT TO:<{remail}>:\n    550 5.1.1 No such user here\n\n------ This is a copy of the message, including all "
      "the headers. ------\n\nFrom: PEXA Customer Resolution <complaints@pexa.co.uk>\nTo: {remail}\nSubject: Your "
      "complaint has been passed to Kestrel Building Society\nDate: {rfcdate}\n\nDear {rtitle} {rlast},\n\nWe "
      "have passed your complaint about your redemption statement to Kestrel Building Society, because they are "
      "the firm responsible for your mortgage. Their complaints team will contact you directly.",
      AUTO, "A mail-delivery failure (MAILER-DAEMON sender, empty Return-Path, multipart/report) is auto_generated; "
      "the complaint and the firm named in the returned message are quoted history, so no firm and no complaint.",
      sender=["Mail Delivery System <MAILER-DAEMON@mx2.pexa.co.uk>", "Mail Delivery System <Mailer-Daemon@relay1.pexa.co.uk>"],
      headers={"return-path": "<>", "auto-submitted": "auto-replied",
               "content-type": "multipart/report; report-type=delivery-status; boundary=\"{tk}/mx2.pexa.co.uk\""},
      short=("Mail delivery failed: returning message to sender",
             "A message that you sent could not be delivered to one or more of its recipients. This is a permanent "
             "error. The following address(es) failed:\n\n  {remail}\n    550 5.1.1 No such user here"),
      envs=["plain", "short"]),
    S("pa05", "pexa", "auto", "Undeliverable: Our response to your concerns about the cancelled training session",
      "Your message to {cemail} couldn't be delivered.\n\n{cfirst} wasn't found at {domain}.\n\nAction Required\n"
      "Unknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist. Try one or more of the "
      "following:\n- Retype the recipient's address, then resend the message.\n- If you're using the Auto-Complete "
      "List in Outlook, delete the entry and type the address again.\n\nOriginal Message Details\nCreated Date: "
      "{sent}\nSender Address: complaints@pexa.co.uk\nRecipient Address: {cemail}\nSubject: Our response to your "
      "concerns about the cancelled training session\n\nError Details\nReported error: 550 5.1.10 "
      "RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
      AUTO, "An Exchange non-delivery report is auto_generated even though no automatic header survived; the "
      "training grievance belongs to the returned PEXA message, not to the sender.",
      orgs=LAW, sender=["Microsoft Outlook <MicrosoftExchange329e71ec88ae@{domain}>",
                        "postmaster <postmaster@{domain}>"],
      envs=["plain", "html"]),
    S("pa06", "pexa", "auto", "Delivery Status Notification (Delay)",
      "This is an automatically generated Delivery Status Notification.\n\nTHIS IS A WARNING MESSAGE ONLY.\n\n"
      "YOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\nDelivery to the following recipient has been delayed:\n\n"
      "     {remail}\n\nMessage will be retried for 2 more day(s)\n\nTechnical details of temporary failure:\n"
      "The recipient server did not accept our requests to connect. 421 4.7.0 Try again later, closing connection.\n\n"
      "----- Original message -----\n\nSubject: Your request for a copy of your personal data\nTo: {remail}\n\n"
      "Dear {rtitle} {rlast},\n\nWe have received your request for a copy of the personal data PEXA holds about "
      "you and will respond within one month. To confirm your identity, please reply with the workspace number "
      "shown on your completion statement.",
      AUTO, "A delayed-delivery warning is a system notice (auto_generated); the access request it mentions is "
      "PEXA's own quoted letter, so rights stay empty.",
      sender=["Mail Delivery Subsystem <mailer-daemon@mx3.pexa.co.uk>"],
      headers={"auto-submitted": "auto-replied"},
      envs=["plain", "html"]),
    S("pa07", "pexa", "auto", "Read: Failed settlement on workspace {ws} - our response",
      "Your message\n\n  To: {full}\n  Subject: Failed settlement on workspace {ws} - our response\n  Sent: {sent}\n\n"
      "was read on {readtime}.",
      AUTO, "An Outlook read receipt is machine-made (auto_generated) even with no header; the settlement topic is "
      "only the subject of the receipted PEXA message.",
      orgs=LENDERS, sender=["{full} <{email}>"],
      short=("Read: Failed settlement on workspace {ws} - our response", ""),
      envs=["plain", "html", "short"]),
    S("pa08", "pexa", "auto", "Case HCB-{tk} - we have received your email",
      "Thank you for contacting Heathcote Bank Mortgage Operations.\n\nWe have received your email and created case "
      "HCB-{tk}. Please quote this number in any further correspondence. We aim to reply within 2 working days.\n\n"
      "Replies to this address are not monitored. If you are unhappy with our service you can make a complaint "
      "online at heathcotebank.co.uk/complaints.\n\nHeathcote Bank plc. Registered in England and Wales.",
      AUTO, "A participant lender's ticket-system acknowledgement (X-Auto-Response-Suppress, Auto-Submitted) is "
      "auto_generated; its complaints-page line and the forwarded consumer case quoted below set nothing.",
      sender=["Heathcote Bank Mortgage Operations <no-reply@heathcotebank.co.uk>",
              "Mortgage Operations <mortgage.ops@heathcotebank.co.uk>"],
      headers={"auto-submitted": "auto-generated", "x-auto-response-suppress": "All"},
      quote=("On {qdate}, PEXA Customer Resolution <complaints@pexa.co.uk> wrote:",
             "Dear Heathcote Bank,\n\nWe have received the enclosed concern from your customer {rtitle} {rlast} about "
             "the early repayment figure on their remortgage. As the firm responsible, we are passing it to you to "
             "handle and have told your customer we have done so.\n\nPEXA Customer Resolution"),
      quote_subject="Re: Customer concern passed to you - {rtitle} {rlast}",
      envs=["plain", "quote", "html_quote"]),
    S("pa09", "pexa", "auto", "This week: registry backlog, e-signature rules and handling client complaints",
      "THE COMPLETION BRIEF - weekly news for property lawyers and lenders\n\nRegistry backlog eases\nAverage "
      "turnaround for updates of the register fell to 11 working days in the last quarter, with requisition "
      "rates also down.\n\nE-signatures on transfers\nWhat the latest practice note means for your completion "
      "day checklist.\n\nWebinar: handling client complaints well\nHow to spot an implicit complaint, meet the "
      "eight-week deadline and write a final response clients understand. Thursday, 12.30pm, free for "
      "subscribers.\n\nYou are receiving this because you subscribed to The Completion Brief. Unsubscribe | "
      "Update your preferences | View in browser",
      AUTO, "A weekly newsletter with Precedence: bulk, List-Id and List-Unsubscribe is auto_generated; complaint "
      "handling is an article topic, not a grievance (rule 4).",
      sender=["The Completion Brief <news@completionbrief.co.uk>"],
      headers={"precedence": "bulk", "list-id": "The Completion Brief <weekly.completionbrief.co.uk>",
               "list-unsubscribe": "<mailto:leave@completionbrief.co.uk>, <https://completionbrief.co.uk/u?id={tk}>",
               "list-unsubscribe-post": "List-Unsubscribe=One-Click"},
      envs=["html", "plain"]),
    S("pa10", "pexa", "auto", "Residential Property Forum - members' bulletin no. {n4}",
      "RESIDENTIAL PROPERTY FORUM\nMembers' bulletin\n\n1. Client data requests\nMore firms report clients making "
      "subject access requests in the middle of a transaction. Our guidance sets out how to search workspace "
      "records, when you can extend the one-month deadline and what to redact.\n\n2. Payment redirection fraud\n"
      "Three members lost deposit funds last month after a buyer's email was intercepted. Always confirm bank "
      "details by phone.\n\n3. Annual conference\nBooking opens next week.\n\nYou are receiving this email as a "
      "member of the Residential Property Forum. To stop receiving the bulletin, visit your account page or "
      "reply with REMOVE.",
      AUTO, "A members' mailing-list bulletin is auto_generated even with no list headers; the data-rights and fraud "
      "articles are newsletter topics, so no rights and no breach.",
      sender=["Residential Property Forum <bulletin@rpforum.org.uk>", "RPF Bulletin <members@rpforum.org.uk>"],
      envs=["plain", "html"]),
    S("pa11", "pexa", "auto", "Workspace {ws}: requisition received from the Land Registry",
      "Workspace notification\n\nWorkspace: {ws}\nEvent: Requisition received\nApplication reference: "
      "R{tk}\nRaised: {sent}\nRespond by: {ret}\n\nA requisition has been raised on the lodgement for this workspace. "
      "If it is not answered by the date shown the application may be cancelled.\n\nSign in to PEXA to view the "
      "requisition and respond.\n\nYou are receiving this notification because you are a participant in this "
      "workspace. Manage notifications in your profile settings.",
      AUTO, "A PEXA workspace notification (event, dates, sign-in prompt) is a system notification: auto_generated, "
      "although the requisition it reports sounds like a problem.",
      sender=["PEXA Notifications <no-reply@pexa.co.uk>", "PEXA Workspace <notifications@pexa.co.uk>"],
      short=("Workspace {ws}: requisition received from the Land Registry",
             "Requisition received on workspace {ws}. Respond by {ret}. Sign in to PEXA to view it."),
      envs=["plain", "html", "short"]),
    S("pa12", "pexa", "auto", "Security alert: new sign-in to complaints@pexa.co.uk",
      "New sign-in detected\n\nWe noticed a new sign-in to the account complaints@pexa.co.uk.\n\nWhen: {sent}\n"
      "Device: Chrome on Windows\nApproximate location: Manchester, United Kingdom\nIP address: 203.0.113.{ip}\n\n"
      "If this was you, you can ignore this message. If you don't recognise this activity, reset your password "
      "now and contact your IT service desk.\n\nThis message was sent from an unmonitored mailbox.",
      AUTO, "A login security alert is a system notification (Auto-Submitted: auto-generated): auto_generated; "
      "'account' and 'password' are not an access request or a breach report.",
      sender=["Account Security <security-noreply@accounts.pexa.co.uk>"],
      headers={"auto-submitted": "auto-generated"},
      envs=["plain", "html"]),
    S("pa13", "pexa", "auto", "Remittance advice - payment to Digital Completion UK Ltd",
      "REMITTANCE ADVICE\n\nPayer: {firmname}\nPayee: Digital Completion UK Ltd\nPayment date: {past}\nPayment "
      "method: BACS\nPayment reference: {n4}{tk}\n\nInvoice {inv}    GBP 3,412.50\nCredit note CN-{n4}    GBP -96.00\n"
      "Total paid    GBP 3,316.50\n\nThis remittance advice was generated automatically by our accounts payable "
      "system. Please direct any queries to accounts.payable@{domain}.",
      AUTO, "A lender's generated remittance advice is a payment notification: auto_generated; the credit note and "
      "the firm named as payer set no complaint and no about_other_firm.",
      orgs=LENDERS, sender=["Accounts Payable <ap-noreply@{domain}>"],
      envs=["plain", "html"]),
    S("pa14", "pexa", "auto", "Respuesta automática / Automatic reply",
      "Hola, estoy de viaje hasta {ret_es} y apenas miro el correo. Si es sobre la venta del piso, llama a "
      "{cfirst} al {mob}.\n\nHi, I'm travelling until {ret} with patchy signal and will hardly see my email. If "
      "it's about the flat sale, please ring {cfirst} on {mob}.\n\n{first}",
      AUTO, "A personal vacation responder in Spanish and English with no header is still auto_generated: generic "
      "absence text that does not answer anything in the quoted PEXA email.",
      names="spanish", sender=["{full} <{email}>"],
      quote=("On {qdate}, PEXA Customer Resolution <complaints@pexa.co.uk> wrote:",
             "Dear {first},\n\nThank you for contacting us about the delay to your sale. Your conveyancer, Orchard "
             "Lane Solicitors, is responsible for your transaction, so we have passed your concerns to them and they "
             "will reply to you directly.\n\nPEXA Customer Resolution"),
      quote_subject="Re: Delay to my sale",
      envs=["quote", "html_quote", "plain"]),

    # ===================================== Conexus: machine-made =====================================
    S("ca01", "conexus", "auto", "Automatic reply: {rtitle} {rlast} - account {cx}",
      "Thanks for your email. I work Tuesday to Thursday and I am also on leave until {ret}, so messages are not "
      "being forwarded.\n\nFor new referrals please ring our advice line on {phone} (Monday to Friday, 9am to 5pm). "
      "If you are a creditor writing about an existing client, email casework@{domain} with the client's full "
      "name and date of birth.\n\n{full}\nDebt Adviser, {firmname}",
      AUTO, "A money adviser's out-of-office (Auto-Submitted, X-Autoreply, X-Auto-Response-Suppress) is "
      "auto_generated, so third_party stays false although the sender represents clients (rule 7).",
      orgs=ADVICE,
      headers={"auto-submitted": "auto-replied", "x-autoreply": "yes", "x-auto-response-suppress": "All"},
      quote=CONEXUS_REPLY, quote_subject="Re: {rtitle} {rlast} - account {cx}",
      envs=["plain", "quote", "html_quote", "typo"]),
    S("ca02", "conexus", "auto", "Urlop / Holiday",
      "Dzień dobry, jestem na urlopie do {ret_pl} i nie mam dostępu do poczty. Odpowiem po powrocie.\n\n"
      "Hello, I am on holiday until {ret} and have no access to my email. I will answer when I am back.\n\n{first}",
      AUTO, "A debtor's bilingual Polish/English holiday responder with no header is auto_generated: generic absence "
      "text, nothing in it reacts to the quoted Conexus reminder.",
      names="polish", sender=["{full} <{email}>"],
      quote=("On {qdate}, Conexus Collections <collections@conexus.co.uk> wrote:",
             "Dear {first} {last},\n\nYour payment of £35.00 due on {past} has not reached us. Please pay today or "
             "call us to discuss your plan. Account: {cx}.\n\nConexus"),
      quote_subject="Re: Missed payment - account {cx}",
      short=("Urlop / Holiday", "Jestem na urlopie do {ret_pl}. On holiday until {ret}."),
      envs=["quote", "plain", "short", "html_quote"]),
    S("ca03", "conexus", "auto", "Out of office: {full}",
      "I am on maternity leave until {ret_year}.\n\nDuring this time please send placement files and recall requests "
      "to recoveries.team@{domain}, and questions about disputed accounts to {cfull} ({cemail}).\n\nThank you.\n\n"
      "{full}\nRecoveries Liaison Manager\n{firmname}",
      AUTO, "A creditor contact's maternity-leave auto-reply without headers is auto_generated; the creditor is the "
      "sender, and the disputed bill in the quoted Conexus message sets no about_other_firm.",
      names="uk_f", orgs=CREDITOR_STAFF,
      quote=("On {qdate}, Conexus Client Services <clients@conexus.co.uk> wrote:",
             "Hello,\n\nThe customer on account {cx} says her bills were based on estimated readings and the real "
             "reading is much lower. Could you check the meter history and tell us whether the balance should be "
             "reduced? We have paused collection meanwhile.\n\nConexus Client Services"),
      quote_subject="Re: Disputed balance - {cx}",
      envs=["plain", "quote", "html", "typo"]),
    S("ca04", "conexus", "auto", "Returned mail: see transcript for details",
      "The original message was received at {rfcdate}\nfrom mail.conexus.co.uk [192.0.2.{ip}]\n\n   ----- The "
      "following addresses had permanent fatal errors -----\n<{remail}>\n    (reason: 552 5.2.2 Mailbox full)\n\n"
      "   ----- Transcript of session follows -----\n... while talking to mx.mailhost.example.:\n>>> DATA\n<<< 552 "
      "5.2.2 <{remail}>... Mailbox full\n554 5.0.0 Service unavailable\n\n   ----- Original message -----\n"
      "Subject: Our final response to your complaint {cxc}\n\nDear {rtitle} {rlast},\n\nWe have now completed our "
      "investigation into your complaint that a letter about your account was sent to your previous address. We "
      "are sorry that this happened and have upheld your complaint.",
      AUTO, "A sendmail bounce (empty Return-Path, multipart/report) is auto_generated; the data-breach complaint is "
      "in the returned Conexus letter only, so breach and personal_data stay false.",
      sender=["Mail Delivery Subsystem <MAILER-DAEMON@mail.conexus.co.uk>"],
      headers={"return-path": "<>", "auto-submitted": "auto-replied",
               "content-type": "multipart/report; report-type=delivery-status; boundary=\"{n4}.{tk}\""},
      short=("Returned mail: see transcript for details",
             "----- The following addresses had permanent fatal errors -----\n<{remail}>\n    (reason: 552 5.2.2 Mailbox full)"),
      envs=["plain", "short"]),
    S("ca05", "conexus", "auto", "Failure Notice",
      "Sorry, we were unable to deliver your message to the following address.\n\n<{remail}>:\n554: delivery error: "
      "dd This user doesn't have an account - mta{ip}.mail.example\n\n--- Below this line is a copy of the message.\n\n"
      "Subject: Your payment plan - account {cx}\n\nDear {rfirst} {rlast},\n\nThank you for speaking to us. To set "
      "up the plan we discussed, please complete the enclosed income and expenditure form and return it within 14 "
      "days. If you would like a copy of the information we hold about you, just ask.",
      AUTO, "A webmail provider's failure notice with no header is auto_generated; the offer of a data copy is in "
      "the returned Conexus letter, not a request, so rights stay empty.",
      sender=["MAILER-DAEMON <MAILER-DAEMON@mta{ip}.mail.example>"],
      envs=["plain", "html"]),
    S("ca06", "conexus", "auto", "Read: Your client {rtitle} {rlast} - account {cx}",
      "This is a receipt for the mail you sent to\n<{email}>\nat {sent}\n\nThis receipt verifies that the message "
      "has been displayed on the recipient's computer at {readtime}. There is no guarantee that the content has "
      "been read or understood.",
      AUTO, "A read receipt (multipart/report; report-type=disposition-notification) from a solicitor's mailbox is "
      "auto_generated; the client matter named in the subject sets no third_party.",
      orgs=DEBT_SOLICITORS, sender=["{full} <{email}>"],
      headers={"content-type": "multipart/report; report-type=disposition-notification; boundary=\"mdn-{tk}\""},
      short=("Read: Your client {rtitle} {rlast} - account {cx}", ""),
      envs=["plain", "short", "html"]),
    S("ca07", "conexus", "auto", "We've got your message [PM-{tk}]",
      "Hi there,\n\nThanks for getting in touch with Pennant Mobile. We've received your message and your reference "
      "is PM-{tk}. One of our team will get back to you within 5 working days.\n\nPlease don't reply to this email. "
      "If you want to add anything, use the reference above in our online help centre.\n\nPennant Mobile Customer "
      "Care",
      AUTO, "A creditor's ticket-system autoresponder (Auto-Submitted, X-Auto-Response-Suppress) is auto_generated; "
      "the creditor named as sender is not about_other_firm.",
      sender=["Pennant Mobile <noreply@pennantmobile.co.uk>", "Pennant Mobile Care <care-noreply@pennantmobile.co.uk>"],
      headers={"auto-submitted": "auto-replied", "x-auto-response-suppress": "All"},
      quote=("On {qdate}, Conexus Client Services <clients@conexus.co.uk> wrote:",
             "Hello,\n\nYour customer {rtitle} {rlast} (our ref {cx}) disputes the early termination charge on their "
             "account. Please send us the contract terms and the final bill breakdown.\n\nConexus Client Services"),
      quote_subject="Re: Disputed charge - {cx}",
      envs=["plain", "quote", "html_quote"]),
    S("ca08", "conexus", "auto", "Thank you for contacting the office of {cfull} MP",
      "Thank you for contacting the office of {cfull} MP. This is an automated response to confirm that your email "
      "has been received.\n\n{cfirst} can only help constituents of Harnworth and Dale. If you have not already "
      "done so, please include your full postal address.\n\nBecause of the volume of correspondence we aim to "
      "reply within 15 working days. If your matter is urgent, please call the constituency office on {phone}.",
      AUTO, "An MP's office acknowledgement is an autoresponder even without headers: auto_generated, and "
      "third_party is false because auto-generated mail carries no other labels.",
      sender=["Office of {cfull} MP <{cslug}.mp@parliament.example.uk>"],
      quote=("On {qdate}, Conexus Customer Relations <complaints@conexus.co.uk> wrote:",
             "Dear {cfull} MP,\n\nThank you for writing on behalf of your constituent {rtitle} {rlast}. With their "
             "consent we will reply to you in full by the end of next week.\n\nConexus Customer Relations"),
      quote_subject="Re: Your constituent {rtitle} {rlast} - {cx}",
      envs=["plain", "quote", "html"]),
    S("ca09", "conexus", "auto", "We have received your enquiry - reference {n4}-{tk}",
      "Thank you for your email to {firmname}.\n\nWe have received your enquiry, reference {n4}-{tk}. An adviser "
      "will reply within 10 working days. We do not monitor this mailbox outside office hours.\n\nIf you are "
      "worried about bailiffs, eviction or having no money for food or heating, please call our helpline on "
      "{phone} today.\n\n{firmname} is a registered charity.",
      AUTO, "A debt-advice charity's enquiry acknowledgement (X-Auto-Response-Suppress) is auto_generated; the "
      "charity is a representative but its autoresponder is not third_party.",
      orgs=ADVICE, sender=["{firmname} <enquiries@{domain}>"],
      headers={"x-auto-response-suppress": "All"},
      envs=["plain", "html"]),
    S("ca10", "conexus", "auto", "Practitioner Digest: Breathing Space reviews, collector complaints and vulnerability",
      "MONEY ADVICE PRACTITIONER DIGEST\n\nBreathing Space: what the review found\nMost creditors now stop contact "
      "within a day of notification, but advisers still report letters sent during the moratorium.\n\nComplaints "
      "about collectors\nOmbudsman figures show complaints about debt collectors rising again, with contact "
      "frequency the most common theme.\n\nVulnerability in practice\nA checklist for recording a client's "
      "consent to share health information with creditors.\n\nYou are subscribed to the Practitioner Digest list. "
      "Unsubscribe or change your settings at the link below.",
      AUTO, "A practitioners' mailing list (List-Id, List-Unsubscribe, Precedence: list) is auto_generated even "
      "though it discusses complaints, Breathing Space and health data (rule 4).",
      sender=["Practitioner Digest <digest@moneyadvicepractice.org.uk>"],
      headers={"precedence": "list", "list-id": "<digest.moneyadvicepractice.org.uk>",
               "list-unsubscribe": "<https://moneyadvicepractice.org.uk/lists/unsubscribe?m={tk}>"},
      envs=["html", "plain"]),
    S("ca11", "conexus", "auto", "DP Update: subject access, erasure requests and the latest ICO fines",
      "DP UPDATE from {firmname}\n\nSubject access: the clock and the search\nWhen a request arrives through a third "
      "party, check their authority first, then start the one-month clock.\n\nErasure requests from customers "
      "in arrears\nWhy a debt collector can usually keep account data while the debt is live, and what to say.\n\n"
      "Fines and reprimands\nTwo recent reprimands for letters sent to old addresses.\n\nYou have received this "
      "update because you asked to hear from us. To unsubscribe, reply with 'unsubscribe' in the subject line.",
      AUTO, "A law firm's marketing newsletter on data protection with no list header is auto_generated; the rights "
      "and breaches it describes are topics, so rights stay empty and breach false.",
      orgs=DEBT_SOLICITORS, sender=["{firmname} <updates@{domain}>"],
      envs=["plain", "html"]),
    S("ca12", "conexus", "auto", "Payment receipt - Conexus Services Ltd",
      "Thank you for your payment.\n\nPaid to: Conexus Services Ltd\nAmount: £45.00\nYour reference: {cx}\n"
      "Transaction ID: PS{tk}{n4}\nDate: {sent}\nCard: Visa ending {n4}\n\nKeep this email as your receipt. "
      "Please do not reply.",
      AUTO, "A card-payment receipt is a payment notification: auto_generated, nothing else set.",
      sender=["PayStream Receipts <receipts@paystream-payments.co.uk>"],
      short=("Payment receipt - Conexus Services Ltd", "Payment of £45.00 to Conexus Services Ltd, ref {cx}, received {sent}."),
      envs=["plain", "html", "short"]),
    S("ca13", "conexus", "auto", "A financial statement has been shared with you",
      "{firmname} has shared a Standard Financial Statement with Conexus Services Ltd.\n\nClient reference: "
      "{n4}-{tk}\nYour account reference: {cx}\nShared on: {sent}\n\nSign in to the creditor portal to view and "
      "download the statement. The link expires in 14 days.\n\nThis is a system message. Replies are not read.",
      AUTO, "A portal notification that a financial statement was shared (Auto-Submitted: auto-generated) is "
      "auto_generated; the advice agency is named but no person wrote on anyone's behalf.",
      orgs=ADVICE, sender=["SFS Share <notifications@sfs-share.example.org>"],
      headers={"auto-submitted": "auto-generated"},
      envs=["plain", "html"]),
    S("ca14", "conexus", "auto", "SLA WARNING: complaint {cxc} - final response due in 5 working days",
      "Case: {cxc}\nCustomer: {rtitle} {rfirst} {rlast}\nAccount: {cx}\nReceived: {past}\nCategory: Collection "
      "conduct\nOwner: {cfull}\nStatus: Investigation\nFinal response due: {ret}\n\nThis alert was generated by "
      "CaseTrack. Do not reply to this message.",
      AUTO, "Conexus's own case-system deadline alert is a system notification: auto_generated, even though it "
      "names a complaint, a category and a deadline.",
      sender=["CaseTrack <casetrack-noreply@conexus.co.uk>"],
      short=("SLA WARNING: complaint {cxc} - final response due in 5 working days", ""),
      envs=["plain", "short"]),

    # ===================================== PEXA: person-written look-alikes =====================================
    S("pl01", "pexa", "look", "Re: Call about the March invoice",
      "{greet}Thanks for offering a call about the invoice. I'm away from tomorrow until {ret} for a family "
      "wedding, so could you speak to {cfull} instead? She runs our accounts and has the list of workspaces we "
      "queried. Her direct line is {phone}.\n\nIf it can wait until I'm back, Tuesday afternoon would suit me.\n\n"
      "{bye}",
      NONE, "A person's own away note that answers the thread (names a colleague who has the file, proposes a time) "
      "is not auto_generated; it adds no new dissatisfaction, so complaint=false.",
      orgs=LAW,
      quote=("On {qdate}, PEXA Customer Resolution <complaints@pexa.co.uk> wrote:",
             "Dear {first},\n\nWe are looking at the invoice points you raised and would find a short call helpful. "
             "Could you let us know a time this week?\n\nPEXA Customer Resolution"),
      envs=["plain", "quote", "html_quote", "typo"]),
    S("pl02", "pexa", "look", "Fwd: Undelivered Mail Returned to Sender",
      "{greet}I tried to send our signed variation form to the address your onboarding team gave us and got the "
      "bounce below. Is onboarding@pexa-uk.co.uk still right, or should it go somewhere else? We need our new "
      "subscriber set up before {ret}.\n\n{bye}\n\n---------- Forwarded message ---------\nFrom: Mail Delivery "
      "System <MAILER-DAEMON@{domain}>\nSubject: Undelivered Mail Returned to Sender\n\n<onboarding@pexa-uk.co.uk>: "
      "Host or domain name not found. Name service error for name=pexa-uk.co.uk type=A: Host not found",
      NONE, "A person forwarding a bounce with a question of their own on top is not auto_generated; it is a neutral "
      "enquiry, so complaint=false.",
      orgs=LAW, envs=["plain", "html", "typo"]),
    S("pl03", "pexa", "look", "Workspace notification emails - settings won't save",
      "{greet}Every action in a workspace sends me an automatic email: invitations, uploads, every signature. I had "
      "212 of them yesterday and my clients' emails are getting buried.\n\nI have switched them off in Notification "
      "Settings three times now. The page says 'Preferences saved', and the next morning they are all switched on "
      "again. Please fix the setting or turn the emails off from your end, and let me know when it's done.\n\n{bye}",
      short_labels(c=True, cat="platform_defect"),
      "A person's grievance about automatic emails: the saved setting keeps reverting (the system fails) and a fix "
      "is demanded, so an implicit complaint, platform_defect, no rights.",
      orgs=LAW, envs=["plain", "html", "typo"]),
    S("pl04", "pexa", "look", "automatic emails about somebody else's house",
      "{greet}For the fourth time I've had automatic emails from your system about a purchase at 12 Larkspur Court, "
      "Ripon. I have never bought or sold anything through you. The emails show the buyers' names, the price and the "
      "completion date. I replied to two of them and nothing has changed.\n\nPlease stop sending me other people's "
      "details. [[informed|I also want to know how my email address got onto this file and where you obtained it.]]"
      "\n\n{bye}",
      short_labels(c=True, pd=True, br=True, r="informed", cat="personal_data"),
      "Other people's sale details sent to the wrong person (breach) and the writer's own address used without "
      "explanation: implicit complaint, personal_data; asking where the address came from is informed.",
      envs=["plain", "html", "typo"]),
    S("pl05", "pexa", "look", "Our clients: {rtitle} and {rfirst} {rlast} - request for personal data",
      "Dear Sir or Madam\n\nOur clients: {rtitle} and {rfirst} {rlast}\nProperty: 4 Millrace Walk, Hexham\n\nWe act "
      "for the above-named in connection with a dispute arising from their purchase of the property and enclose "
      "their signed authority.\n\n[[access|Under Article 15 of the UK GDPR we request on our clients' behalf a copy "
      "of all personal data which Digital Completion UK Ltd holds about them, including workspace audit records "
      "showing their names.]]\n\nWe should be grateful for your response within one calendar month.\n\nYours "
      "faithfully\n\n{full}\nfor {firmname}",
      short_labels(r="access", tp=True),
      "A formulaic solicitor's letter is still written by a person (not auto_generated); it asks for a copy of the "
      "clients' data (access) on their behalf (third_party) with no dissatisfaction at PEXA, so not a complaint.",
      orgs=LAW, envs=["plain", "html", "typo"]),
    S("pl06", "pexa", "look", "Re: Settlement unsuccessful - workspace {ws}",
      "Not again. Our funds left at {time} (CHAPS ref {n4}{tk}) and your workspace still shows 'Awaiting funds', so "
      "this settlement has now failed for the second time this week on a file we had balanced by 10am. The buyers "
      "are sitting outside the property with a removal van.\n\nI need someone to phone me within the hour on "
      "{phone}, and I want to know what went wrong.\n\n{full}\nSettlements Officer, {firmname}",
      short_labels(c=True, cat="platform_defect"),
      "A person's reply on top of an automatic settlement notification is not auto_generated; a repeated failed "
      "settlement with a demand for a call and an explanation is an implicit complaint, platform_defect.",
      orgs=LENDERS,
      fixed_quote=("On {qdate}, PEXA Notifications <no-reply@pexa.co.uk> wrote:",
                   "Settlement unsuccessful\nWorkspace: {ws}\nReason: financial settlement could not be completed; "
                   "source funds not verified.\nThis is an automated notification. Please do not reply to this "
                   "email."),
      headers={"in-reply-to": "<notify.{tk}@pexa.co.uk>"},
      envs=["plain", "html", "typo"]),
    S("pl07", "pexa", "look", "Fee on abandoned workspace {ws}",
      "{greet}We've been billed the workspace fee on {ws}, which was abandoned on {past} before anything was lodged "
      "or settled. Your fee schedule says abandoned workspaces aren't chargeable. Can you credit it on the next "
      "invoice and confirm? This is the second abandoned file I've had to chase.\n\n{bye}\n\n{full} | Senior "
      "Conveyancer | {firmname}\nMy working days are Monday to Wednesday. I sometimes send emails outside office "
      "hours but don't expect a reply outside yours.\n\nSent from my iPhone",
      short_labels(c=True, cat="fees_charges"),
      "Written by a person despite the working-hours signature and 'Sent from my iPhone'; a charge levied against "
      "the published schedule, with a credit requested and a repeat noted, is an implicit complaint, fees_charges.",
      orgs=LAW, headers={"x-mailer": "iPhone Mail (22E240)"},
      short=("Fee on abandoned workspace {ws}",
             "You've charged us for {ws}, abandoned before lodgement. Your schedule says no fee. Please credit it; "
             "second time I've chased this.\n\nSent from my iPhone"),
      envs=["plain", "typo", "short"]),
    S("pl08", "pexa", "look", "PEXA Insights still arriving after I unsubscribed",
      "{greet}'You are receiving this email because you registered for PEXA Insights. Unsubscribe | Manage "
      "preferences' - that is the line at the bottom of your newsletter, and I have clicked Unsubscribe on it four "
      "times since January. The issues keep coming. I retired and closed my practice last year.\n\nI want to make a "
      "complaint about this. [[objection|I object to you sending me marketing of any kind, by email or otherwise.]] "
      "[[erasure|Please delete my details from your mailing lists altogether and confirm when that is done.]]\n\n{bye}",
      short_labels(c=True, ex=True, pd=True, r="objection,erasure", cat="personal_data"),
      "A person pasting a newsletter's unsubscribe line is not a newsletter; marketing that continues after "
      "unsubscribing is data used unexpectedly (personal_data), explicit, with objection and erasure requested.",
      envs=["plain", "html", "typo"]),
    S("pl09", "pexa", "look", "Re: We have received your enquiry",
      "Thanks. One more thing for whoever picks this up: our new subscriber is {cfull} and her practising certificate "
      "number is {n4}{tk}. She is the one who will need the signing role. Nothing urgent.\n\n{bye}",
      NONE, "A person's reply to PEXA's automatic acknowledgement, adding details to an onboarding enquiry, is not "
      "auto_generated and expresses no dissatisfaction: complaint=false.",
      orgs=LAW,
      fixed_quote=("On {qdate}, PEXA Support <support@pexa.co.uk> wrote:",
                   "Thank you for contacting PEXA. This is an automatic acknowledgement. We have logged your enquiry "
                   "as SUP-{tk} and will reply within 2 business days."),
      envs=["plain", "html", "typo"]),
    S("pl10", "pexa", "look", "Re: Your reference {pxc}",
      "{greet}I'm on leave from the end of this week until {ret}. Please send your response on my complaint about the duplicated "
      "March invoice to my colleague {cfull} ({cemail}), who will deal with it while I'm away. She has all the "
      "workspace numbers.\n\n{bye}\n{firmname}",
      NONE, "A person's note of absence about an open complaint only redirects the reply; it voices no new "
      "dissatisfaction, so complaint=false (like a resolved-matter note, rule 5) and auto_generated=false.",
      orgs=LENDERS, envs=["plain", "html", "typo"]),

    # ===================================== Conexus: person-written look-alikes =====================================
    S("cl01", "conexus", "look", "Going into hospital - account {cx}",
      "{greet}I'm going into hospital on {soon_wd} for an operation and will be in for about two weeks, so I won't "
      "be answering my phone. If you need anything about account {cx} please speak to my daughter {cfirst} on "
      "{mob}. She knows about it and I'm happy for you to talk to her.\n\nMy payment will go out as normal on the "
      "28th.\n\n{bye}",
      NONE, "A debtor's own note that he will be away and who to call is written by a person (not auto_generated); "
      "no dissatisfaction, and he writes for himself, so third_party=false.",
      short=("In hospital from {soon} - account {cx}",
             "In hospital for 2 weeks from {soon}. Please ring my daughter {cfirst} on {mob} about {cx}. Payment "
             "still goes out on the 28th."),
      envs=["plain", "typo", "short"]),
    S("cl02", "conexus", "look", "Fwd: Automatic acknowledgement - client {rtitle} {rlast}",
      "{greet}Your automatic reply below promised an answer within 5 working days. That was 15 working days ago. I "
      "asked for a 30-day hold on {rtitle} {rlast}'s account ({cx}) while we complete a financial statement, and "
      "since then my client has had two more letters and a call. Please confirm today that the hold is in place.\n\n{bye}\n"
      "Money Adviser, {firmname}\n\n---------- Forwarded message ---------\nFrom: Conexus <no-reply@conexus.co.uk>\n"
      "Date: {sent}\n\nThank you for your email. This is an automatic acknowledgement. We aim to respond within 5 "
      "working days.",
      short_labels(c=True, tp=True, cat="delay"),
      "An adviser forwarding Conexus's auto-reply with her own words on top is a person's mail; chasing an overdue "
      "answer on a client's behalf is an implicit complaint about delay, third_party.",
      orgs=ADVICE, envs=["plain", "html", "typo"]),
    S("cl03", "conexus", "look", "Fwd: Mail delivery failed",
      "{greet}I tried to send my income and expenditure form to the address on your letter and it bounced back "
      "(see below). Which address should I use? I don't want you thinking I'm ignoring you.\n\n{bye}\n\n"
      "-------- Original Message --------\nFrom: Mail Delivery System <MAILER-DAEMON@{ip}.mailhost.example>\n"
      "Subject: Mail delivery failed\n\nA message that you sent could not be delivered. The following address "
      "failed:\n  income.forms@conexus-debt.co.uk\n  550 Unrouteable address",
      NONE, "A debtor forwarding a bounce with a question on top is person-written: a neutral enquiry, not a "
      "complaint and not auto_generated.",
      envs=["plain", "html", "typo"]),
    S("cl04", "conexus", "look", "Stop the automated reminders",
      "{greet}Since {past} I have had an automated 'payment due' text or email from you almost every day, nine this "
      "week, although I have been on an agreed plan since last year and have not missed a payment. Each one says "
      "'act now to avoid further action'. It is making me anxious and I want them stopped.\n\n[[access|Please send "
      "me a copy of every message your system has sent me this year, with the dates.]]\n\n{bye}",
      short_labels(c=True, r="access", cat="collection_conduct"),
      "A person's grievance about automatic reminders (contact frequency and pressure while on a plan) is an "
      "implicit complaint, collection_conduct; the copy of messages sent is access, and personal_data stays false.",
      envs=["plain", "html", "typo"]),
    S("cl05", "conexus", "look", "Our client: {rtitle} {rfirst} {rlast} - your reference {cx}",
      "Dear Sirs\n\nOur client: {rtitle} {rfirst} {rlast}\nYour reference: {cx}\n\nWe are instructed by the "
      "above-named client in relation to this account and enclose a signed form of authority. Please note our "
      "interest and direct all further correspondence to this office.\n\nPending our review we ask that the "
      "account be placed on hold. Please provide:\n(a) a true copy of the executed credit agreement;\n(b) a "
      "statement of account showing all transactions and charges; and\n(c) confirmation of the current balance "
      "and the name of the original creditor.\n\nWe look forward to hearing from you within 14 days.\n\nYours "
      "faithfully\n\n{firmname}",
      short_labels(tp=True),
      "A formulaic solicitor's letter of authority is person-written and third_party; it raises no grievance, and a "
      "credit-agreement copy and statement of account are not a UK GDPR request, so rights stay empty.",
      orgs=DEBT_SOLICITORS, sender=["{full} <{email}>"], envs=["plain", "html"]),
    S("cl06", "conexus", "look", "Token payment offer - {rtitle} {rlast} - {cx}",
      "Dear Sir or Madam\n\nClient: {rtitle} {rfirst} {rlast}\nAccount: {cx}\n\nWe are helping the above client with "
      "their finances. Their only income is Universal Credit and, after priority bills, there is no money available "
      "for non-priority debts. Their financial statement is attached.\n\nWe propose token payments of £1 a month "
      "for six months, when we will review. Please freeze interest and charges and confirm that you accept this "
      "offer. Please do not contact our client directly.\n\nWe use standard letters to help us assist more people; "
      "please reply to the adviser named below.\n\n{full}\nMoney Adviser, {firmname}",
      short_labels(tp=True),
      "A standard adviser letter is still sent by a person about a specific client ('however formulaic'): not "
      "auto_generated, third_party; an offer and requests without dissatisfaction are not a complaint.",
      orgs=ADVICE, envs=["plain", "html"]),
    S("cl07", "conexus", "look", "Re: Your account update",
      "That figure is wrong. I paid this debt off in full directly to Sterling Credit on {past} and I have their "
      "letter confirming the account is settled. Your system keeps sending me these balance notices. Close the "
      "account and confirm in writing that nothing is owed.\n\n{bye}",
      short_labels(c=True, cat="debt_dispute"),
      "A person's reply to a portal balance notice saying the debt was already paid is an implicit complaint, "
      "debt_dispute; Conexus is still pursuing it and the creditor is only named, so about_other_firm=null (lg-26).",
      fixed_quote=("On {qdate}, Conexus Online <no-reply@conexus.co.uk> wrote:",
                   "Your account update\nAccount: {cx}\nBalance outstanding: £1,240.18\nLog in to your online "
                   "account to make a payment or set up a plan.\nThis is an automated message."),
      envs=["plain", "html", "typo"]),
    S("cl08", "conexus", "look", "call this morning - {cx}",
      "I want to complain about the man I spoke to on your phone line this morning. I told him I had just been "
      "signed off work with depression and he said 'everyone's got something' and kept pushing me to pay £150 "
      "today. Call me back by Friday please.\n\nSent from my Galaxy\nPlease excuse any typos",
      short_labels(c=True, ex=True, cat="collection_conduct"),
      "A phone signature does not make mail automatic; pressure on a customer who disclosed vulnerability is "
      "collection_conduct, explicit because the writer says 'complain'.",
      sender=["{first} <{email}>"], headers={"x-mailer": "Samsung Email"},
      short=("complaint - your call handler this morning pushed me to pay after I said I'm signed off with "
             "depression - {cx} - call me back", ""),
      envs=["plain", "typo", "short"]),
    S("cl09", "conexus", "look", "clicked unsubscribe by mistake",
      "{greet}Your last email had 'If you no longer wish to receive emails from us, click here to unsubscribe' at "
      "the bottom and I clicked it by mistake. Will I still get the letters about my payment plan on {cx}? I don't "
      "want to miss one and get into trouble.\n\n{bye}",
      NONE, "A person quoting an unsubscribe line inside a question is not a mailing list; a neutral enquiry, "
      "complaint=false, and no right is asked for.",
      envs=["plain", "html", "typo"]),
    S("cl10", "conexus", "look", "Your reference {cx} - debt disputed",
      "Dear Sir or Madam\n\nRe: Your reference {cx}\n\nI dispute this debt. I have no record of any agreement with "
      "the company named in your letter and I do not accept that I owe the sum you are asking for. Until you have "
      "shown me proof that I owe it, I expect the account to be put on hold and no further action to be taken.\n\n"
      "[[access|Under Article 15 of the UK GDPR please also send me a copy of all the personal data you hold about "
      "me, including notes and call recordings.]]\n\nYours faithfully\n\n{full}",
      short_labels(c=True, r="access", cat="debt_dispute"),
      "A template 'prove the debt' letter is still written and sent by a person; challenging the debt and demanding "
      "a hold is an implicit complaint, debt_dispute, no creditor named so null, and the data copy is access.",
      envs=["plain", "html", "typo"]),

    # ===================================== PEXA: ordinary mail =====================================
    S("po01", "pexa", "ord", "Formal complaint - platform outage on {past}",
      "{greet}I am writing to make a formal complaint about the outage on {past}. From about 11:40 until after 3pm "
      "our settlements team could not open any workspace, and seven of our completions that day did not settle. "
      "Your status page said 'all systems operational' throughout.\n\nPlease explain the cause, tell us what you "
      "will do about the costs our customers have incurred, and confirm how you will warn us next time.\n\n{bye}\n"
      "Head of Mortgage Completions, {firmname}",
      short_labels(c=True, ex=True, cat="platform_defect"),
      "A lender calls it a formal complaint (explicit) about PEXA's outage stopping settlements: platform_defect; the "
      "lender complains on its own account, so about_other_firm=null.",
      orgs=LENDERS, envs=["plain", "html", "typo"]),
    S("po02", "pexa", "ord", "Adding a new subscriber",
      "{greet}We have a new associate starting with us next month. What do we need to send you to add her as a "
      "subscriber with signing rights, and roughly how long does it take once you have everything?\n\n{bye}",
      NONE, "A routine question about adding a user is an enquiry: complaint=false.",
      orgs=LAW,
      quote=("On {qdate}, PEXA Support <support@pexa.co.uk> wrote:",
             "Hello,\n\nYour firm's annual verification is now complete. Thank you for sending the documents.\n\n"
             "PEXA Support"),
      quote_subject="Re: Annual verification complete",
      envs=["plain", "quote", "html", "typo"]),
    S("po03", "pexa", "ord", "our purchase - 9 Fernlea Grove",
      "{greet}We are buying 9 Fernlea Grove and our conveyancers are Marsh and Penrose. We were told we would exchange "
      "three weeks ago. Since then nobody there answers the phone and my last four emails have had no reply. Our "
      "sellers are threatening to pull out. Can you please get someone at M&P to contact us?\n\n{bye}",
      short_labels(c=True, cat="delay", firm="mpc"),
      "A buyer's grievance is purely with the participant law firm (Marsh and Penrose, 'M&P') not progressing "
      "exchange: implicit complaint to forward, about_other_firm=mpc, delay.",
      envs=["plain", "html", "typo"]),
    S("po04", "pexa", "ord", "Correct my name and send my activity history",
      "{greet}I used PEXA as a conveyancer at my old firm and have now moved. [[rectification|My surname is shown "
      "as '{last_wrong}' on my user record but it is '{last}', so please correct it.]] [[portability|Please also send me "
      "my own user activity history as a CSV file so I can load it into my new firm's case system.]]\n\n{bye}",
      short_labels(r="rectification,portability"),
      "A neutral request with no dissatisfaction is not a complaint; correcting the name is rectification and a CSV "
      "to load elsewhere is portability.",
      envs=["plain", "html", "typo"]),
    S("po05", "pexa", "ord", "Registration - sixth week",
      "{greet}We applied to join PEXA on {past_long}. Since then your onboarding team has asked us three times for the "
      "same identity documents for our two partners, and each time we have sent them within a day. We are now in "
      "the sixth week and still cannot take on any PEXA matters. Please tell us what is actually outstanding and "
      "when our registration will be finished.\n\n{bye}",
      short_labels(c=True, cat="onboarding"),
      "Repeated document requests holding up registration, with a demand for an answer: implicit complaint; the "
      "specific theme onboarding beats delay (rule 16a).",
      orgs=LAW,
      quote=("On {qdate}, PEXA Onboarding <onboarding@pexa.co.uk> wrote:",
             "Hello,\n\nTo complete your application please send certified identity documents for each partner.\n\n"
             "PEXA Onboarding"),
      quote_subject="Re: Your application - documents needed",
      envs=["plain", "quote", "html_quote", "typo"]),
    S("po06", "pexa", "ord", "My father's sale - Heathcote fee",
      "{greet}I am writing for my father, Mr {rlast}, who is 84 and sold his flat last week. His "
      "lender, Heathcote, took a £295 'redemption administration fee' from the sale money. It was never in his "
      "mortgage offer and nobody mentioned it until the day. He cannot deal with this himself. Please make sure "
      "the fee is looked at and refunded.\n\n{bye}",
      short_labels(c=True, tp=True, cat="fees_charges", firm="hcb"),
      "A daughter writing for her father (third_party) about a fee his lender added: a consumer complaint purely "
      "about the participant (Heathcote, about_other_firm=hcb), fees_charges.",
      envs=["plain", "html", "typo"]),

    # ===================================== Conexus: ordinary mail =====================================
    S("co01", "conexus", "ord", "Complaint - calls to my workplace",
      "{greet}I want to make a complaint. On {past} I asked your agent not to ring me at work, and I confirmed it in "
      "writing. Your people have rung my office twice since then and asked my colleague whether I was 'the one with "
      "the debt'. I want this to stop and I want an apology.\n\n{bye}",
      short_labels(c=True, ex=True, cat="collection_conduct"),
      "Calls to the workplace after being asked not to is how the debt is pursued: explicit complaint, "
      "collection_conduct; 'I want this to stop' is a conduct remedy, not objection.",
      envs=["plain", "html", "typo"]),
    S("co02", "conexus", "ord", "Payment plan offer turned down by the website",
      "{greet}I tried your online plan tool and offered £20 a month, which is what I can afford after my rent and "
      "bills. The tool said my offer could not be accepted. [[automated_decision|I'd like a member of staff, not the "
      "computer, to look at my offer again.]] My reference is {cx}.\n\n{bye}",
      short_labels(r="automated_decision"),
      "Asking for a person to review what the tool decided is automated_decision; the tone is neutral with no "
      "grievance stated, so it is not a complaint.",
      envs=["plain", "html", "typo"]),
    S("co03", "conexus", "ord", "Northline bills were estimates - {cx}",
      "{greet}Your letter says I owe £612 for my old Northline account. Northline billed me on estimated readings "
      "for a year and never read the meter. When I left I sent them a photo of the actual reading, which would make "
      "the balance about £90, and they ignored it. I'll pay what I really owe, not their guess. Please get them to "
      "redo the final bill.\n\n{bye}",
      short_labels(c=True, cat="debt_dispute", firm="nte"),
      "The root cause is the creditor's own estimated billing, which only Northline can correct: implicit complaint, "
      "about_other_firm=nte, debt_dispute.",
      envs=["plain", "html", "typo"]),
    S("co04", "conexus", "ord", "Wrong name and address AGAIN - {cx}",
      "{greet}This is the third time I have told you. Your letters still use my married name and still go to "
      "14 Copse Road, where my ex-husband lives, and he has been opening them. [[rectification|My name is "
      "{first} {last} and my address is Flat 3, 27 Tanner Street, Leek, so update your records.]] "
      "[[restriction|Until that is done, do not send anything to the Copse Road address.]]\n\n{bye}",
      short_labels(c=True, pd=True, br=True, r="rectification,restriction", cat="personal_data"),
      "Inaccurate record plus letters opened by an ex-partner at the old address (breach): implicit complaint, "
      "personal_data; correct the details is rectification and stop using the old address meanwhile is restriction.",
      names="uk_f", envs=["plain", "html", "typo"]),
    S("co05", "conexus", "ord", "Re: Settlement figure - {cx}",
      "{greet}Your reply below said I would have the settlement figure within 5 working days. That was three weeks "
      "ago, and I have emailed twice since. I have the money ready from my family and I can't hold on to it for "
      "ever. Please send the figure this week.\n\n{bye}",
      short_labels(c=True, cat="delay"),
      "A 'still waiting' chaser after a neutral request is an implicit complaint about delay (rule 6).",
      fixed_quote=("On {qdate}, Conexus Accounts <accounts@conexus.co.uk> wrote:",
                   "Dear customer,\n\nThank you for asking for a settlement figure. We will send it within 5 working "
                   "days.\n\nConexus Accounts"),
      envs=["plain", "html", "typo"]),
    S("co06", "conexus", "ord", "Recall request - placement batch {n4}",
      "{greet}Please recall the 14 accounts listed in the attached file from placement batch {n4}. They have been "
      "settled with us directly or passed to our insolvency team. Could you confirm the recall by Friday and stop "
      "any letters that are already scheduled?\n\n{bye}\nCollections Partner Manager, {firmname}",
      NONE, "A creditor client's routine recall instruction is a service request: not a complaint, and staff writing "
      "for their own firm are not third_party.",
      orgs=STERLING, envs=["plain", "html", "typo"]),
]


# ---------------------------------------------------------------------------------------------
# rendering

KIND = {}


def fmt(text, v):
    return text.format_map(v)


def render(s, env, rng, source):
    v = make_vars(rng, s)
    if env == "short":
        subject_m, body_m = s["short"]
    elif env in ("quote", "html_quote") and s.get("quote_subject"):
        subject_m, body_m = s["quote_subject"], s["body"]
    else:
        subject_m, body_m = s["subject"], s["body"]
    subject_m, body_m = fmt(subject_m, v), fmt(body_m, v)
    if env == "typo":
        body_m = typos_outside_marks(body_m, rng, MARK_RIGHTS, 0.35)
    q = s.get("fixed_quote") or (s.get("quote") if env in ("quote", "html_quote") else None)
    quote = (fmt(q[0], v), fmt(q[1], v)) if q else None
    if s.get("sender"):
        sender = fmt(rng.choice(s["sender"]), v)
    else:
        sender = f"{v['full']} <{v['email']}>"
    headers = {k: fmt(x, v) for k, x in s.get("headers", {}).items()}
    return finish_marked_record(
        rng, mailbox=s["mailbox"], sender=sender, subject=strip_marks(subject_m, MARK_RIGHTS),
        body=strip_marks(body_m, MARK_RIGHTS), html=env in ("html", "html_quote"), quote=quote,
        subject_marks=rights_marks_of(subject_m), body_marks=rights_marks_of(body_m), labels=s["labels"],
        note=s["note"], source=source, env=env, headers=headers)


def build(rng):
    scen = list(SCENARIOS)
    rng.shuffle(scen)
    records = []
    for i, s in enumerate(scen, 1):
        source = f"{PREFIX}-s{i:03d}"
        KIND[source] = s["kind"]
        for env in rng.sample(s["envs"], 2):
            records.append(render(s, env, rng, source))
    return records


def summary(records, env_counts):
    out = []
    srcs = {r["source"] for r in records}
    out.append(f"wrote {OUT}: {len(records)} emails, {len(srcs)} scenarios "
               f"(mailboxes {dict(collections.Counter(r['mailbox'] for r in records))})")
    kinds = collections.Counter(KIND[s] for s in srcs)
    out.append(f"scenarios by kind: machine-made {kinds['auto']}, look-alikes {kinds['look']}, ordinary {kinds['ord']}")
    auto = [r for r in records if r["labels"]["auto_generated"]]
    auto_hdr = {r["source"] for r in auto if r["headers"]}
    out.append(f"auto_generated: {len(auto)} emails; machine scenarios with automatic headers {len(auto_hdr)}, "
               f"without {len({r['source'] for r in auto}) - len(auto_hdr)}")
    comp = [r for r in records if r["labels"]["complaint"]]
    out.append(f"complaints: {len(comp)} emails ({sum(r['labels']['explicit'] for r in comp)} explicit), "
               f"{len({r['source'] for r in comp})} scenarios")
    tp = [r for r in records if r["labels"]["third_party"]]
    out.append(f"third party: {len(tp)} emails, {len({r['source'] for r in tp})} scenarios")
    for right in RIGHTS:
        rr = [r for r in records if right in r["labels"]["rights"]]
        out.append(f"  {right}: {len(rr)} emails, {len({r['source'] for r in rr})} scenarios")
    out.append(f"envelopes: {dict(sorted(env_counts.items()))}; html bodies {sum(r['html'] for r in records)}")
    return "\n".join(out)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=marked_record_errors)


if __name__ == "__main__":
    sys.exit(main())
