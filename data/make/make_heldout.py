#!/usr/bin/env python3
"""Write the independent held-out evaluation set: data/heldout/heldout.jsonl.

EVALUATION ONLY. Never train on this file, never tune thresholds or rules on it.

About 170 hand-written scenarios (half per mailbox), each a complete email written by hand and
labelled by hand under the labelling guide (shared/labelling/labelling-guide.md). Every scenario
is expanded into two variants by "envelopes" that change the packaging of the message but never
its meaning: greeting and sign-off styles, signatures with legal disclaimers, quoted reply
history from the firm, forwarded chains, HTML-only bodies, subject-only messages, typos,
non-native phrasing, mobile one-liners and long rambling mail. Auto-generated mail gets
machine-style envelopes instead (with and without auto headers, plain text and HTML).

Deterministic and stdlib only: the same seed always writes the same file.

    python data/make/make_heldout.py            # writes data/heldout/heldout.jsonl
    python data/make/validate.py data/heldout/heldout.jsonl
"""
import html as htmlmod
import json
import os
import random
import re

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "heldout", "heldout.jsonl")
SEED = 20250617

RIGHT_ORDER = ["access", "rectification", "erasure", "restriction", "portability", "objection",
               "automated_decision", "informed"]
CATEGORIES = {"platform_defect", "process", "wait_time", "service_quality", "inaccurate_information",
              "delay", "training", "onboarding", "usability", "personal_data", "debt_dispute",
              "collection_conduct", "fees_charges", "other", "none"}


def L(c=False, x=False, pd=False, br=False, r=(), f=None, tp=False, cat="none"):
    """Labels of a human-written message (c=complaint, x=explicit, pd=personal_data, br=breach,
    r=rights, f=about_other_firm, tp=third_party)."""
    assert not set(r) - set(RIGHT_ORDER), r
    assert cat in CATEGORIES, cat
    return {"complaint": c, "explicit": x, "personal_data": pd, "breach": br,
            "rights": [k for k in RIGHT_ORDER if k in r], "about_other_firm": f,
            "third_party": tp, "auto_generated": False, "category": cat}


AUTO = {"complaint": False, "explicit": False, "personal_data": False, "breach": False, "rights": [],
        "about_other_firm": None, "third_party": False, "auto_generated": True, "category": "none"}

HUMAN = []   # hand-written scenarios from people
MACHINE = []  # hand-written machine-generated scenarios


def H(sid, mb, frm, subject, body, lab, note, kind="consumer", sig=(), raw=False, tail="",
      subj_only=None, esl=True, angry=False, first=None, rights_mail=False):
    """A person-written scenario.

    kind: consumer | b2b (staff of a firm) | rep (solicitor, adviser, MP's office: formal).
    raw:  body already carries its own greeting/sign-off; envelopes must not add them.
    tail: quoted or forwarded history that is part of the scenario (context, never labelled).
    subj_only: the same message squeezed into a subject line (one variant is then subject-only).
    """
    HUMAN.append(dict(sid=sid, mb=mb, frm=frm, subject=subject, body=body.strip("\n"), lab=lab,
                      note=note, kind=kind, sig=list(sig), raw=raw, tail=tail.strip("\n"),
                      subj_only=subj_only, esl=esl and kind == "consumer", angry=angry,
                      first=first, rights_mail=rights_mail))


def M(sid, mb, frm, subject, body, atype, note, tail="", headers=None, alt_prefix=None):
    """A machine-generated scenario. atype: ooo | bounce | receipt | newsletter | notification."""
    MACHINE.append(dict(sid=sid, mb=mb, frm=frm, subject=subject, body=body.strip("\n"),
                        atype=atype, note=note, tail=tail.strip("\n"), headers=headers or {},
                        alt_prefix=alt_prefix))


# ----------------------------------------------------------------------------------------------
# Envelope material
# ----------------------------------------------------------------------------------------------

FIRM_HOST = {"pexa": "pexa.co.uk", "conexus": "conexus.co.uk"}

GREET = {
    ("pexa", "b2b"): ["Hi,", "Hello,", "Good morning,", "Good afternoon,", "Dear PEXA,",
                      "Dear Sir or Madam,", "Hi team,", "Hello PEXA team,", ""],
    ("pexa", "consumer"): ["Hello,", "Hi,", "Dear Sir/Madam,", "To whom it may concern,",
                           "Hello PEXA,", "Dear PEXA team,", ""],
    ("pexa", "rep"): ["Dear Sir or Madam,", "Dear Sirs,", "Dear PEXA,"],
    ("conexus", "b2b"): ["Hi,", "Hello,", "Good morning,", "Hi team,", "Dear Conexus,"],
    ("conexus", "consumer"): ["Hi,", "Hello,", "Dear Sir/Madam,", "To whom it may concern,",
                              "Dear Conexus,", "Dear Sir or Madam,", ""],
    ("conexus", "rep"): ["Dear Sir or Madam,", "Dear Sirs,", "Dear Conexus,"],
}
GREET_NONCOMPLAINT = ["Dear Complaints Team,"]   # the mailbox name; never used on a complaint
GREET_RIGHTS = ["Dear Data Protection Officer,", "Dear Data Protection Team,"]

SIGNOFF = {
    "b2b": ["Kind regards,", "Regards,", "Many thanks,", "Best wishes,", "Thanks,", "Best,"],
    "consumer": ["Thanks,", "Thank you,", "Regards,", "Kind regards,", "Many thanks,",
                 "Yours faithfully,", ""],
    "rep": ["Yours faithfully,", "Kind regards,", "Yours sincerely,"],
    "angry": ["Regards,", "", "Yours faithfully,"],
}

# Legal / corporate disclaimers. Several mention personal data, deletion and privacy on purpose.
DISCLAIMERS = [
    "This email and any attachments are confidential and may contain privileged information or "
    "personal data. If you are not the intended recipient, please notify the sender immediately "
    "and delete it from your system. Any unauthorised use, disclosure or copying is prohibited.",
    "{org} processes personal data in accordance with its Privacy Notice, available at "
    "www.{host}/privacy. We will never tell you about a change to our bank details by email.",
    "CONFIDENTIALITY NOTICE: The information in this message is intended solely for the "
    "addressee. If you have received it in error, please delete it and let us know. Our privacy "
    "policy explains how we use your personal data.",
    "Please consider the environment before printing this email.",
    "Cyber crime warning: we will never email you to say that our bank details have changed. If "
    "you receive such an email, do not act on it - call us on a number you trust.",
    "{org} is registered in England and Wales. This e-mail may contain personal data; if you have "
    "received it in error, delete it and notify the sender. Calls may be recorded for training "
    "and monitoring purposes.",
    "The contents of this email are confidential to the intended recipient. It may not be "
    "disclosed to or used by anyone other than the addressee, nor copied in any way. If received "
    "in error please delete it and inform the sender. Privacy information: www.{host}/privacy-notice",
]
# Disclaimers that contain the word "complaints": only on non-complaints and explicit complaints,
# because by the guide an implicit complaint never contains "complain" in any form.
DISCLAIMERS_COMPLAINTWORD = [
    "{org} is authorised and regulated by the Solicitors Regulation Authority. Details of our "
    "complaints procedure and our privacy notice are available at www.{host}.",
    "{org} is authorised and regulated by the Financial Conduct Authority. Our complaints "
    "procedure is available on request. This message may contain personal data: if you are not "
    "the intended recipient, delete it and tell us.",
]
# Footers seen on personal webmail (a consumer has no firm disclaimer).
CONSUMER_DISCLAIMERS = [
    "This message is private and intended only for the person it is addressed to. If it has "
    "reached you by mistake, please delete it and let me know.",
    "--\nThis email has been checked for viruses by Avast antivirus software.\nwww.avast.com",
    "Please note my email address has changed - please delete my old address from your contacts.",
]
WEBMAIL = ("gmail.", "hotmail.", "yahoo.", "outlook.", "icloud.", "me.com", "live.", "btinternet.",
           "sky.com", "aol.", "talktalk.", "ntlworld.", "proton", "btopenworld.", "virginmedia.",
           "ukr.net", "fastmail.")
CONSUMER_FOOTERS = ["Sent from my iPhone", "Sent from my Galaxy", "Get Outlook for Android",
                    "Sent from Yahoo Mail for iPhone", "Sent from Mail for Windows"]

RAMBLE_PRE = {
    "consumer": [
        "Sorry in advance, this is going to be a long one. I've started writing it three times "
        "and kept getting interrupted by the dog, so bear with me.",
        "I'm not very good with emails so please bear with me. I've tried to put everything in "
        "order but I'll probably jump about a bit.",
        "I'm writing this on my lunch break so forgive any mistakes. I've got all the papers in "
        "front of me and I've tried to put the details in the right order.",
    ],
    "b2b": [
        "Apologies in advance for the length of this - it's been a long week with quarter end "
        "and two of the team off, and I wanted to get everything down in one place.",
        "I've tried to keep this short but there's a bit of background, so bear with me.",
        "Sorry for the essay. I've pulled together everything I have in one email so that nobody "
        "needs to go digging through the earlier threads.",
    ],
}
RAMBLE_PRE_CHEERFUL = [
    "Hope you are all keeping well. It's been a strange few weeks here with the roadworks outside "
    "and the school holidays, and I've only just sat down to go through my post.",
    "Hope your week is going well. Ours has been chaos - the builders are in and the internet keeps "
    "dropping out, so apologies if this arrives twice.",
]
RAMBLE_POST = {
    "consumer": [
        "Anyway, I think that's everything. If I've forgotten anything I'll send another email. "
        "Thank you for reading all of this.",
        "I hope that all makes sense - I've read it back twice. My phone number is on your "
        "system if it's easier to ring, I'm usually in after 4.",
        "Sorry again for going on. I just wanted you to have the full picture in one go.",
    ],
    "b2b": [
        "That's everything I can think of for now. If anything above isn't clear, give me a ring "
        "- I'm in the office all week apart from Thursday morning.",
        "Happy to jump on a call if that's quicker than email - my diary is fairly open after "
        "2pm most days this week.",
    ],
}

FWD_INTRO = ["(Your last email is below for reference.)", "Your earlier email is copied below.",
             "I've forwarded your last message below so you have the history."]

DATES = ["2 June 2025", "5 June 2025", "9 June 2025", "12 June 2025", "28 May 2025", "21 May 2025",
         "14 May 2025", "30 April 2025"]
DATES_LONG = ["Monday, 2 June 2025 10:14", "Thursday, 5 June 2025 15:02", "Monday, 9 June 2025 09:31",
              "Thursday, 12 June 2025 11:47", "Wednesday, 28 May 2025 16:20",
              "Wednesday, 21 May 2025 08:55"]
AGENTS = ["Priyanka", "Tom", "Joanne", "Marcus", "Ellie", "Callum", "Rosa", "Dan"]


def quote_neutral(mb, kind, name, first, subject, rng):
    """A neutral earlier message from the receiving firm (no complaint wording)."""
    d, dl, n = rng.choice(DATES), rng.choice(DATES_LONG), rng.randint(100000, 999999)
    agent = rng.choice(AGENTS)
    subj = re.sub(r"^(re|fwd?):\s*", "", subject, flags=re.I) or "Your enquiry"
    if mb == "pexa":
        opts = [
            f"On {d}, PEXA Support <support@pexa.co.uk> wrote:\n> Hello {first},\n>\n> Thanks for "
            f"contacting PEXA Support. Your enquiry has been logged as SUP-{n} and a member of the "
            f"team will get back to you.\n>\n> Kind regards,\n> PEXA Support",
            f"________________________________\nFrom: PEXA Customer Success <customersuccess@pexa.co.uk>\n"
            f"Sent: {dl}\nTo: {name}\nSubject: {subj}\n\nHi {first},\n\nThanks for your message. I've "
            f"passed it to the right team and will come back to you as soon as I have an update.\n\n"
            f"Best wishes,\n{agent}\nCustomer Success | PEXA",
        ]
    else:
        if kind == "b2b":
            opts = [
                f"On {d}, Client Services <clientservices@conexus.co.uk> wrote:\n> Hi {first},\n> "
                f"Thanks - noted. We'll pick this up and come back to you.\n> {agent}\n> Client "
                f"Services, Conexus",
            ]
        else:
            opts = [
                f"On {d}, Conexus Customer Services <customerservices@conexus.co.uk> wrote:\n> Dear "
                f"{name},\n>\n> Thank you for your email. We have added it to your account and a "
                f"member of our team will reply within 5 working days.\n>\n> Conexus Customer Services",
                f"-----Original Message-----\nFrom: Conexus <letters@conexus.co.uk>\nSent: {dl}\n"
                f"To: {name}\nSubject: Your account\n\nDear customer,\n\nPlease find attached a letter "
                f"about your account. You can reply to this email if you have any questions.\n\n"
                f"Conexus",
            ]
            if kind == "rep":
                opts = opts[:1]
    return rng.choice(opts)


def quote_complaintword(mb, name, first, rng):
    """An earlier autoresponse that mentions complaints: only for non-complaints / explicit ones."""
    d = rng.choice(DATES)
    if mb == "pexa":
        return (f"On {d}, PEXA Customer Resolution <complaints@pexa.co.uk> wrote:\n> Dear {first},\n>"
                f"\n> Thank you for your email. If you are raising a complaint we will acknowledge it "
                f"within 5 business days. General enquiries are passed to our support team.\n>\n> "
                f"PEXA Customer Resolution")
    return (f"On {d}, Conexus Compliance <complaints@conexus.co.uk> wrote:\n> Dear {name},\n>\n> "
            f"Thank you for contacting us. Our complaints procedure is attached for your information. "
            f"We aim to reply to all emails within 5 working days.\n>\n> Conexus Compliance and Risk")


def forward_block(mb, kind, name, addr, subject, rng):
    d = rng.choice(DATES_LONG)
    subj = re.sub(r"^(re|fwd?):\s*", "", subject, flags=re.I) or "Your account"
    agent = rng.choice(AGENTS)
    if mb == "pexa":
        sender = "PEXA Support <support@pexa.co.uk>"
        text = (f"Hello,\n\nThank you for your email. We have received it and a member of the team "
                f"will respond as soon as possible.\n\nKind regards,\n{agent}\nPEXA Support")
    elif kind == "b2b":
        sender = "Client Services <clientservices@conexus.co.uk>"
        text = f"Hi,\n\nThanks for this - we've logged it and will come back to you shortly.\n\n{agent}"
    else:
        sender = "Conexus Customer Services <customerservices@conexus.co.uk>"
        text = ("Dear customer,\n\nThank you for contacting Conexus. We have received your email "
                "and will respond within 5 working days.\n\nConexus Customer Services")
    return (f"---------- Forwarded message ---------\nFrom: {sender}\nDate: {d}\nSubject: Re: {subj}\n"
            f"To: {name} <{addr}>\n\n{text}")


# ----------------------------------------------------------------------------------------------
# Text transforms (packaging only)
# ----------------------------------------------------------------------------------------------

PROTECT = re.compile(r"complain|object|delet|eras|access|copy|data|record|correct|restrict|"
                     r"machine|automat|person|portab|inform|breach|mortgage|solicitor", re.I)
KEYB = {"a": "s", "s": "a", "e": "r", "r": "e", "i": "o", "o": "i", "n": "m", "m": "n", "t": "y",
        "y": "t", "l": "k", "k": "l", "d": "f", "u": "y", "h": "j", "g": "h", "c": "v", "p": "o"}


def typos(text, rng, rate=0.07):
    def one(m):
        w = m.group(0)
        if len(w) < 4 or w[0].isupper() or PROTECT.search(w) or rng.random() > rate:
            return w
        i = rng.randint(1, len(w) - 2)
        op = rng.randint(0, 3)
        if op == 0:
            return w[:i] + w[i + 1] + w[i] + w[i + 2:]
        if op == 1:
            return w[:i] + w[i + 1:]
        if op == 2:
            return w[:i] + w[i] + w[i:]
        return w[:i] + KEYB.get(w[i], w[i]) + w[i + 1:]
    text = re.sub(r"[A-Za-z]+", one, text)
    text = re.sub(r"\bI'm\b", lambda m: "Im" if rng.random() < 0.4 else m.group(0), text)
    text = re.sub(r"\b(don|can|won|didn|isn|doesn)'t\b",
                  lambda m: m.group(1) + "t" if rng.random() < 0.4 else m.group(0), text)
    text = re.sub(r"(?<=[a-z]) I (?=[a-z])", lambda m: " i " if rng.random() < 0.4 else m.group(0), text)
    return text


ESL_SUBS = [(r"\bI would like\b", "I want"), (r"\bI'd like\b", "I want"),
            (r"\bCould you please\b", "Please can you"), (r"\bcould you please\b", "please can you"),
            (r"\bPlease could you\b", "Please you can"), (r"\bCould you\b", "You can"),
            (r"\bI have been\b", "I am"), (r"\bI've been\b", "I am"), (r"\bI've tried\b", "I try"),
            (r"\bI didn't\b", "I not"), (r"\bdon't\b", "not"), (r"\btold me\b", "say me"),
            (r"\bIt's now\b", "Now is"), (r"\bthere's\b", "there is"), (r"\bhasn't\b", "not"),
            (r"\bweren't\b", "was not"), (r"\bI've\b", "I have"), (r"\bI'm\b", "I am"),
            (r"\bhaven't\b", "did not"), (r"\bdoesn't\b", "does not"), (r"\bisn't\b", "is not"),
            (r"\bhas been\b", "is"), (r"\bPlease let me know\b", "Please tell me"),
            (r"\bsince\b", "from")]


def esl(text, rng):
    for pat, rep in ESL_SUBS:
        text = re.sub(pat, lambda m: rep if rng.random() < 0.7 else m.group(0), text)
    text = re.sub(r"\b(the|a) (?=[a-z])", lambda m: "" if rng.random() < 0.45 else m.group(0), text)
    return text


def mobile(text, rng):
    paras = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    text = "\n".join(paras)
    if rng.random() < 0.5:
        text = text.lower()
    return text


# ----------------------------------------------------------------------------------------------
# HTML rendering
# ----------------------------------------------------------------------------------------------

def _esc(s, rng_pound):
    s = htmlmod.escape(s, quote=False)
    if rng_pound:
        s = s.replace("£", "&pound;").replace("'", "&#39;")
    return s


def _blocks(text, pound):
    out = []
    for b in re.split(r"\n\s*\n", text.strip("\n")):
        lines = b.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(_esc(l[1:].lstrip(), pound) for l in lines)
            if out and out[-1][0] == "q":
                out[-1] = ("q", out[-1][1] + "<br>\n<br>\n" + inner)
            else:
                out.append(("q", inner))
        elif len(lines) > 1 and all(l.startswith("- ") for l in lines):
            out.append(("ul", "".join(f"<li>{_esc(l[2:], pound)}</li>" for l in lines)))
        else:
            out.append(("p", "<br>\n".join(_esc(l, pound) for l in lines)))
    return out


def to_html(main, disclaimer, tail, rng):
    style = rng.choice(["simple", "outlook", "gmail"])
    pound = rng.random() < 0.5
    parts = []
    for kind, inner in _blocks(main, pound):
        if kind == "ul":
            parts.append(f"<ul>{inner}</ul>")
        elif kind == "q":
            parts.append(f'<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                         f'padding-left:1ex">{inner}</blockquote>')
        elif style == "outlook":
            parts.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
        elif style == "gmail":
            parts.append(f"<div>{inner}</div><div><br></div>")
        else:
            parts.append(f"<p>{inner}</p>")
    if disclaimer:
        parts.append(f'<p style="font-size:8pt;color:#808080">{_esc(disclaimer, pound)}</p>')
    if tail:
        tb = _blocks(tail, pound)
        inner = "\n".join(f"<p>{i}</p>" if k != "ul" else f"<ul>{i}</ul>" for k, i in tb)
        if style == "outlook":
            parts.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                         f"{inner}</div>")
        else:
            parts.append(f'<div class="quote"><blockquote style="margin:0 0 0 .8ex;border-left:1px '
                         f'solid #ccc;padding-left:1ex">{inner}</blockquote></div>')
    body = "\n".join(parts)
    if style == "outlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv='
                '"Content-Type" content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0cm;'
                'font-size:11.0pt;font-family:"Calibri",sans-serif;}</style></head>\n<body lang="EN-GB">'
                f'<div class="WordSection1">\n{body}\n</div></body></html>')
    if style == "gmail":
        return f'<div dir="ltr">\n{body}\n</div>'
    return f"<html><body>\n{body}\n</body></html>"


# ==============================================================================================
# PEXA mailbox: participant firms (banks, lenders, law firms) and their consumers
# ==============================================================================================

# ---- complaints about PEXA's own service ---------------------------------------------------

H("px-c01", "pexa", "Rachel Ibbotson <r.ibbotson@harwoodblake.co.uk>",
  "Workspace 52-10384 - verification banner, missed settlement", """
Workspace 52-10384 (Flat 3, 18 Quarry Street, Guildford) showed a red 'Source account verification failed' banner from 12.40 today, even though the lender's funds had shown as confirmed in the workspace since 11.05.

Your support line told us to refresh and re-sign the settlement statement. We did that four times, with your agent watching on screen share, and nothing changed. The 2pm window passed and the workspace rolled over to tomorrow. Our seller has had to book an extra night in a hotel and her buyer is asking us who is paying for the removal van standing idle.

I need a written explanation of what caused the banner, confirmation that it was a fault on your side and not something our team did, and an answer on who will cover our client's costs.""",
  L(c=True, cat="platform_defect"),
  "A platform error that blocked settlement, with an explanation and costs demanded, is an implicit complaint about PEXA's own system (platform_defect).",
  kind="b2b", sig=["Senior Conveyancing Executive", "Harwood Blake Solicitors"])

H("px-c02", "pexa", "Alistair Munro <alistair.munro@heathcotebank.co.uk>",
  "Formal complaint - discharges shown as lodged but never received by HMLR", """
Please log this as a formal complaint from Heathcote Bank.

Between 12 and 16 May, 14 discharges that we signed in PEXA workspaces show the status 'Lodged with HMLR' with a green tick. On Monday our post-completion team checked the register for six of them and none of the discharges had been received by HM Land Registry. Your support team has since confirmed that a 'queue issue' held back a batch of lodgements, but could not tell us which workspaces were affected or whether there are others.

Borrowers whose mortgages we redeemed weeks ago still show a Heathcote charge on their title, and two buyers' solicitors have already asked us why.

We require a full list of affected workspaces, confirmation of when each discharge will actually be lodged, and a written root-cause report.""",
  L(c=True, x=True, cat="platform_defect"),
  "Heathcote Bank calls it a formal complaint (explicit) about PEXA's own lodgement fault (platform_defect); a directory firm that is the complainant, not the subject, gives about_other_firm=null.",
  kind="b2b", sig=["Head of Redemptions Operations", "Heathcote Bank"])

H("px-c03", "pexa", "Dev Malhotra <dev@malhotrakhan.co.uk>",
  "CAN'T LOG IN - 11 completions today", """
Nobody in our office has been able to log in since 8.50 this morning - 'Service unavailable, try again later'. That's the third morning this week. We have 11 completions booked today and clients ringing every ten minutes.

Your status page still says all systems operational. I want a call from someone senior within the hour and an incident report afterwards.

Dev Malhotra
Managing Partner, Malhotra Khan Solicitors
0121 496 0388""",
  L(c=True, cat="platform_defect"),
  "Repeated outages with a demand for a call and an incident report: an implicit complaint about the platform failing (platform_defect).",
  kind="b2b", raw=True, angry=True)

H("px-c04", "pexa", "Joanne Pearce <joanne.pearce@pearcefordham.co.uk>",
  "Ready-to-settle emails not arriving", """
Since your release on the evening of 3 June none of our six users has received a single 'ready to sign' or 'ready to settle' email from the platform. We've checked spam, quarantine and our mail server logs - nothing is being sent to us at all. Other firms we deal with are getting theirs.

We rely on those emails. Twice last week a workspace sat waiting for our signature for hours because nobody knew it was ready, and on Friday that cost a client her completion slot.

Please fix this and let me know what went wrong. Until then, how are we supposed to know when action is needed?""",
  L(c=True, cat="platform_defect"),
  "Platform notifications have stopped working and cost a client her slot; a fix and explanation are demanded, so an implicit platform_defect complaint.",
  kind="b2b", sig=["Practice Manager", "Pearce Fordham LLP"])

H("px-c05", "pexa", "Imogen Achterberg <i.achterberg@lathamwynne.co.uk>",
  "New upload dialog and screen readers", """
One of our conveyancers, Hasan, is registered blind and uses a screen reader. Until May he could do everything in a workspace himself. The new document upload dialog does work - our sighted staff have no trouble with it - but it doesn't announce the file list or the 'document type' dropdown to a screen reader, and the confirm button can't be reached with the keyboard at all.

So Hasan now has to ask a colleague to sit with him for every upload. He finds that demeaning, and it takes two people's time.

Please can someone who is responsible for accessibility get back to me with what you plan to do and when.""",
  L(c=True, cat="usability"),
  "The dialog works as designed but is inaccessible, and a reply is asked for: an implicit complaint in usability, not platform_defect.",
  kind="b2b", sig=["Head of Conveyancing", "Latham Wynne"])

H("px-c06", "pexa", "Chris Oduya <chris.oduya@bramwellconveyancing.co.uk>",
  "Workspace search", """
Your workspace search only finds a workspace if you type the exact reference. Type the street name or the client's surname and you get 'no results', even though both are in the workspace. And every time you go back from a workspace to the list, the filters you set reset to 'all'.

None of this is broken as such, it just costs my team of nine a lot of time every day - we have over 300 live workspaces.

I'd like a proper answer from someone rather than a feedback-form acknowledgement: is a better search coming, and when?""",
  L(c=True, cat="usability"),
  "Nothing is broken but the search and filters waste time, and a real answer is demanded: implicit complaint, usability.",
  kind="b2b", sig=["Team Leader", "Bramwell Conveyancing"])

H("px-c07", "pexa", "Beverley Nkemelu <bnkemelu@castlegatelegal.co.uk>",
  "Complaint about the new settlement statement screen", """
I want to complain about the way the new settlement statement screen has been laid out.

The columns are so narrow that on a normal laptop you have to scroll sideways for every line, and the payee name and the amount are no longer on screen at the same time. Three of my team have keyed an amount against the wrong line this month. We caught all three before signing, but only because our checking process is belt and braces.

The old layout worked. Please either restore it or let us widen the columns, and tell me what you're going to do.""",
  L(c=True, x=True, cat="usability"),
  "'I want to complain' makes it explicit; the screen works but its layout causes keying errors, so usability.",
  kind="b2b", sig=["Conveyancing Manager", "Castlegate Legal"])

H("px-c08", "pexa", "Oliver Strang <oliver.strang@strangmcbride.co.uk>",
  "Re-signing after 11am schedule changes", """
Your rule that any change to the settlement schedule after 11am must be re-signed by every participant in the workspace is causing real problems. On Tuesday we corrected a 40p apportionment on the seller's side, and the lender's signatory had to re-sign a schedule that didn't affect them in any way. Their signatory had gone to lunch and the completion slipped to 3.40pm.

I understand you need controls, but a change that only touches one side's lines shouldn't need the other side's lender. I would like someone to explain the reasoning behind the rule and whether it is going to be reviewed.""",
  L(c=True, cat="process"),
  "The grievance is the re-signing rule itself, with an explanation requested: an implicit complaint in process.",
  kind="b2b", sig=["Partner", "Strang McBride"])

H("px-c09", "pexa", "Fiona Gallacher <fiona.gallacher@thistlelaw.co.uk>",
  "Complaint - having to withdraw and recreate a workspace to fix a title number", """
I am making a complaint about your procedure for correcting a title number.

We keyed one digit wrong in the title number on workspace 52-11907. Your support team told us the only way to fix it is to withdraw the workspace and create a new one, and confirmed this is 'by design'. That means every party has to be invited again, the lender has to re-issue its acceptance, and all the documents signed so far are lost.

A one-character correction should not mean starting again from nothing. Please explain why the procedure works this way and whether it can be changed.""",
  L(c=True, x=True, cat="process"),
  "'I am making a complaint' (explicit) about a procedure that is working as designed: the rule is the problem, so process.",
  kind="b2b", sig=["Solicitor", "Thistle Law"])

H("px-c10", "pexa", "Sandeep Gill <sandeep.gill@marshpenrose.co.uk>",
  "Support line at settlement time", """
Yesterday afternoon I waited 47 minutes on your support line between 1.20 and 2.07pm, and live chat said 'all our agents are busy' the whole time. The call-back option took my number and nobody called. It was a simple question about a returned payment and in the end we sorted it out ourselves.

On a Friday afternoon in the middle of completion season you can't leave firms sitting in a queue for the best part of an hour. Please tell me what you are doing about staffing at peak times.""",
  L(c=True, cat="wait_time"),
  "Waiting to reach support (47-minute hold, no call-back), with an answer demanded: implicit wait_time complaint; Marsh & Penrose is the complainant, so about_other_firm=null.",
  kind="b2b", sig=["Completions Supervisor", "Marsh & Penrose Conveyancing"])

H("px-c11", "pexa", "Lauren Hext <lauren.hext@hextandco.co.uk>",
  "chat queue", """
been in your chat queue 35 mins, 'position 1' the whole time. completion at 2. someone ring me please 07700 900731

Sent from my iPhone""",
  L(c=True, cat="wait_time"),
  "A one-line protest about a long chat queue with a call-back demanded: implicit complaint about waiting to reach someone (wait_time).",
  kind="b2b", raw=True, angry=True,
  subj_only="35 mins in your chat queue at 'position 1', completion at 2 - someone ring me NOW 07700 900731")

H("px-c12", "pexa", "Marion Delacroix <marion.delacroix@fenwickbrandt.co.uk>",
  "RE: Credit note for withdrawn workspaces - April invoice", """
This is my fourth email about this. On 3 April your billing team agreed (below) that the six withdrawn workspaces shouldn't have been charged, and said a credit note would follow 'within 5 working days'. It is now 20 May. Nothing has arrived and my last two emails haven't had a reply.

Our month end is blocked until this is cleared. Please send the credit note this week and tell me who is actually dealing with it.""",
  L(c=True, cat="delay"),
  "A 'fourth email, still nothing' chaser about a promised credit note is a complaint about delay; the charge itself was already accepted as wrong, so what is still wrong is the lateness.",
  kind="b2b", sig=["Accounts Manager", "Fenwick Brandt LLP"],
  tail="""
From: PEXA Billing <billing@pexa.co.uk>
Sent: 03 April 2025 14:22
To: Marion Delacroix
Subject: RE: Credit note for withdrawn workspaces - April invoice

Hi Marion,

Thanks for flagging this. You're right that workspaces withdrawn before any documents are signed aren't chargeable. I've asked for a credit note for the six you listed and you should have it within 5 working days.

Kind regards,
Tomasz
PEXA Billing""")

H("px-c13", "pexa", "Gordon Blackwood <gordon@blackwoodpropertylaw.co.uk>",
  "RE: Acknowledgement PX-CR-0718", """
I made a complaint on 2 May about the failed settlement on 14 Cedar Drive. Your acknowledgement (below) said I would have an update at four weeks. It is now nine weeks. I have had no update, no final response and no call.

I want a substantive reply by Friday. If I don't get one I will take this further.""",
  L(c=True, x=True, cat="delay"),
  "A chaser about an overdue complaint response is a delay complaint, explicit because the writer says 'I made a complaint' in the new text.",
  kind="b2b", angry=True, sig=["Director", "Blackwood Property Law"],
  tail="""
> From: PEXA Customer Resolution <complaints@pexa.co.uk>
> Sent: 06 May 2025 09:12
> Subject: Acknowledgement PX-CR-0718
>
> Dear Mr Blackwood,
> Thank you for your email of 2 May. We have logged your complaint under reference PX-CR-0718. If we have not resolved it within four weeks we will write to update you.
> PEXA Customer Resolution""")

H("px-c14", "pexa", "Yasmin Shah <y.shah@corrielaw.co.uk>",
  "Workspace 52-09218 still 'awaiting PEXA action'", """
On 12 May we uploaded the corrected TR1 for workspace 52-09218, and your team told us they would resubmit the application to HM Land Registry the same day. Three weeks later the workspace still says 'Awaiting PEXA action' and HMLR has nothing new on the title.

The buyer's lender has written to ask why its charge still isn't registered. I'd like the application lodged now, and an explanation of why it has been sitting there for three weeks.""",
  L(c=True, cat="delay"),
  "Something PEXA promised to do the same day is three weeks late and action is demanded: implicit complaint, delay.",
  kind="b2b", sig=["Post Completion Team", "Corrie Law"])

H("px-c15", "pexa", "Helena Marsh <helena.marsh@wyvernlegal.co.uk>",
  "Call with your support desk this morning", """
Our trainee conveyancer, Amber, rang your support desk at about 10.15 this morning to ask where to upload a redemption figure. She's three weeks into the job and was perfectly polite. The person she spoke to sighed, told her to 'read the user guide like everyone else' and ended the call while she was still talking. Amber came off the phone close to tears.

I'd like an apology to Amber, and I'd like to know that this has been raised with the person concerned. We pay a lot for support and this isn't what we expect.""",
  L(c=True, cat="service_quality"),
  "Rude handling by a support agent, with an apology requested: implicit service_quality complaint; a manager writing for her own firm's staff is not third_party.",
  kind="b2b", sig=["Practice Manager", "Wyvern Legal"])

H("px-c16", "pexa", "Paul Wetherby <paul.wetherby@ravenscroftsolicitors.co.uk>",
  "Our account - complaint", """
Please treat this email as a complaint about how our account has been handled over the last two months.

Since our account manager left in March we have had three different contacts, none of whom has read the history. I have explained our discounted pricing arrangement three times. One person told me it would be honoured, the next said she couldn't see it, and the third has simply not replied to two emails. Our questions about user set-up have gone back and forth between support and customer success, each telling us to ask the other.

I would like one named person to take ownership of our account, and a call to go through the outstanding points.""",
  L(c=True, x=True, cat="service_quality"),
  "Explicitly a complaint ('treat this email as a complaint') about inconsistent, careless account handling: service_quality.",
  kind="b2b", sig=["Finance Partner", "Ravenscroft Solicitors"])

H("px-c17", "pexa", "Tariq Benyoussef <t.benyoussef@kingsleyprice.co.uk>",
  "HMLR fee - wrong advice from support", """
On 28 April I phoned your support desk to check how the HM Land Registry fee is paid on a transfer of part. I was told it would be taken automatically from the workspace's settlement funds. It isn't - for a transfer of part it has to be paid by variable direct debit, which I now see in your own guidance note.

Because of the wrong answer the application was rejected for non-payment and we lost priority for nine days. Luckily nobody lodged anything against the title in between, but we've had to explain ourselves to the lender.

Please check the call, confirm the correct position in writing, and tell me what you'll do to make sure your team gives the right answer in future.""",
  L(c=True, cat="inaccurate_information"),
  "Wrong advice from PEXA support caused a rejected application; correction and assurance are asked for: implicit complaint, inaccurate_information.",
  kind="b2b", sig=["Conveyancer", "Kingsley Price Solicitors"])

H("px-c18", "pexa", "Natasha Kerr <natasha.kerr@pembertonlegal.co.uk>",
  "Your bank holiday notice", """
Your service notice of 14 April told participants that settlement would be open on Monday 5 May with reduced hours. On the day, the platform said settlement was unavailable because it was a bank holiday. We had told four sets of clients they could complete that day on the strength of your notice.

All four moved to the Tuesday, with the costs that go with that, and I've spent a day apologising. I need an explanation of how the notice came to say that, and I'd like to discuss what you will do for the clients who were out of pocket.""",
  L(c=True, cat="inaccurate_information"),
  "PEXA published wrong information that caused losses, and an explanation and redress are asked for: implicit complaint, inaccurate_information.",
  kind="b2b", sig=["Head of Residential", "Pemberton Legal"])

H("px-c19", "pexa", "Gemma Fairweather <gemma.fairweather@harlowcroft.co.uk>",
  "Training certificates - staff still can't sign", """
Three of our staff finished the 'Signing in workspaces' e-learning on 6 May. Their certificates still haven't been issued, and your system won't give them signing rights without one. Two reminders to your training team have gone unanswered.

In the meantime the partners are having to sign everything themselves. Please get the certificates issued and let me know why it's taken over a fortnight.""",
  L(c=True, cat="training"),
  "Dissatisfaction with the training service (certificates not issued), with action demanded: implicit complaint; the specific theme training beats the generic delay.",
  kind="b2b", sig=["Office Manager", "Harlow Croft Solicitors"])

H("px-c20", "pexa", "Ines Carvalho <ines.carvalho@lusolaw.co.uk>",
  "Complaint about the advanced settlement course on 21 May", """
I want to make a complaint about the advanced settlement course on 21 May.

The trainer was reading the slides only, and when we asked about remortgages with two lenders she said 'I'm not sure, ask support'. This was the exact reason why we booked the course. Also half of the screenshots are from the old version of platform, so they do not match what my team sees.

We paid £180 per person for four people. I would like to know how you will give us the training we paid for, with a trainer who can answer the questions.""",
  L(c=True, x=True, cat="training"),
  "'I want to make a complaint' (explicit) about the quality of a PEXA course and its out-of-date material: training.",
  kind="b2b", sig=["Operations Lead", "Luso Law"])

H("px-c21", "pexa", "Martin Oyelaran <martin@oyelaranlegal.co.uk>",
  "Registration stuck at 'KYC pending'", """
We applied to join PEXA on 3 April. Six weeks later our registration still says 'KYC pending'. In that time your onboarding team has asked for our certificate of incorporation, our SRA authorisation and proof of our client account three separate times, each time from a different person, and each time we have sent exactly the same documents.

We have three purchases where the lender will only settle through PEXA, so we are at risk of losing those clients. Please tell me what is actually outstanding, and get our registration completed.""",
  L(c=True, cat="onboarding"),
  "A stalled, repetitive registration with a demand to finish it: implicit complaint about joining the platform (onboarding beats delay).",
  kind="b2b", sig=["Principal", "Oyelaran Legal"])

H("px-c22", "pexa", "Agnieszka Wróblewska <a.wroblewska@wroblewskaconveyancing.co.uk>",
  "Our registration - documents send 3 times", """
We are small conveyancing firm, two people, and we try to register to PEXA from March. Every time we send the documents for verification of the firm, after one week other person write to us and ask other document. First was bank letter, then proof of address of director, then again bank letter but 'newer'. Now they say the director photo ID is expired but it is not expired, it is valid until 2029, I send the scan again.

For us this is very difficult, our clients ask why we cannot use the system like other firms. Please can somebody check our file and say exactly what is missing, one time, and finish the registration.""",
  L(c=True, cat="onboarding"),
  "Non-native English but clear dissatisfaction with repeated, inconsistent verification requests and a demand to finish: implicit onboarding complaint.",
  kind="b2b", sig=["Wróblewska Conveyancing"])

H("px-c23", "pexa", "Rebecca Ostrowski <rebecca.ostrowski@medwaycoastlaw.co.uk>",
  "Invoice PX-INV-2025-04417 - priority lodgement charges", """
Our May invoice (PX-INV-2025-04417) includes a 'priority lodgement' charge of £35 on 19 workspaces. We have never asked for priority lodgement on any matter, and nobody here knew it existed until the invoice arrived.

This is the second invoice in a row with charges we didn't agree to. Please remove the 19 charges, reissue the invoice and explain how they were added.""",
  L(c=True, cat="fees_charges"),
  "Charges the firm never agreed to, a removal demanded and 'second invoice in a row': implicit complaint about PEXA's fees (fees_charges).",
  kind="b2b", sig=["Finance Assistant", "Medway Coast Law"])

H("px-c24", "pexa", "Hamish Dunlop <hamish.dunlop@tvmortgages.co.uk>",
  "Complaint - subscription increase without notice", """
I wish to complain about the increase to our annual platform subscription.

The renewal invoice we received on 2 June shows the subscription going from £4,200 to £4,956 (18%). Clause 7.2 of our agreement says you will give us 90 days' written notice of any price change. The first we heard of it was the invoice itself, eight days before renewal.

Please reissue the renewal at the current price, and if you intend to increase it next year, give us the notice the agreement requires.""",
  L(c=True, x=True, cat="fees_charges"),
  "Explicit complaint about a PEXA price rise: fees_charges; Thames Valley Mortgages is the complainant, not the subject, so about_other_firm=null.",
  kind="b2b", sig=["Head of Operations", "Thames Valley Mortgages"])

H("px-c25", "pexa", "Stuart Pennock <stuart@pennockprint.co.uk>",
  "Fire door in the courtyard at Wellington Street", """
We share the rear courtyard with your Leeds office. Most days someone from your floor props the fire door open with a wedge so people can go out for a cigarette. When they do, our alarm panel shows 'door open' and twice this month it has gone off completely after ten minutes, which means our staff have to evacuate and we get charged by the alarm company for the call-out.

I've asked two of your people politely and nothing has changed. Could someone senior please deal with this and let me know what you're going to do? I'd also like to talk about the two call-out charges.""",
  L(c=True, cat="other"),
  "A neighbouring business is unhappy with PEXA staff behaviour and wants action and costs: an implicit complaint that fits no service theme (other).",
  kind="consumer", esl=False, sig=["Pennock Print & Design", "Unit 4, 114 Wellington Street"])

H("px-c26", "pexa", "Ayesha Raza <ayesha.raza@northgateconveyancing.co.uk>",
  "Re: Final response PX-CR-0802", """
I've read your final response to my complaint and I'm afraid it doesn't address two of the three points I raised. You've dealt with the refund for the failed settlement, and thank you for that. But you haven't said anything about why your support agent told us the fault was on our side, or why nobody called us back on the day as promised.

I'd like those two points answered properly rather than the complaint being closed.""",
  L(c=True, x=True, cat="service_quality"),
  "The writer refers to 'my complaint' and says it is not resolved (explicit); what is still wrong is how she was treated by support (blamed, no call-back), so service_quality.",
  kind="b2b", sig=["Director", "Northgate Conveyancing"])

H("px-c27", "pexa", "Duncan Abernethy <duncan.abernethy@gmail.com>",
  "Your website told me my money would arrive within the hour", """
Your website's 'For home movers' page says that when a sale completes through PEXA 'the seller's funds typically arrive within the hour'. I planned my onward purchase on that basis. My solicitor tells me that's not how it works at all - the money goes to her firm's client account first and they pay me out, which took until the next morning.

I'm not blaming my solicitor, she did exactly what she said she would. But your page is misleading and I'd like it changed, and an explanation of where that 'within the hour' figure came from.""",
  L(c=True, cat="inaccurate_information"),
  "A consumer's grievance is purely with PEXA's own published information (he expressly does not blame his solicitor), so it is PEXA's complaint (about_other_firm=null), category inaccurate_information.",
  kind="consumer")

# ---- consumer complaints about a participant firm (to be forwarded) -------------------------

H("px-f01", "pexa", "Kirsty Dobbin <kirstydobbin@hotmail.co.uk>",
  "problem with my solicitor", """
I'm buying a flat at 9 Mill Wharf, Stockport. My solicitors are Orchard Lane, the Stockport office. The woman handling my file never rings back when she says she will, told me to 'stop chasing' when I asked for an update, and spoke to my mum (who is helping with the deposit) as if she was stupid. My mortgage lender and the sellers both say they're ready.

Their paperwork says the completion is going through PEXA so I thought you might be able to do something. I just want someone at that firm to treat me properly and tell me what is happening.""",
  L(c=True, f="ols", cat="service_quality"),
  "A buyer's dissatisfaction is purely with how her own solicitor treats her; 'Orchard Lane' (partial name) is the directory firm ols, so the complaint must be forwarded; service_quality.",
  kind="consumer")

H("px-f02", "pexa", "Wei Zhang <wei.zhang.home@gmail.com>",
  "Fwd: Your remortgage - funds release", """
My remortgage was supposed to complete on 30 May. My solicitor tells me everything is ready in PEXA on her side and she is just waiting for the lender to release the money. It's now 11 June. Every time I ask my lender I get the same email (below). My old deal has ended and I'm paying the standard variable rate, about £190 a month more.

Can you please find out what's holding it up and get them to release the funds?""",
  L(c=True, f="kbs", cat="delay"),
  "A borrower's complaint about his lender's late release of funds; the lender is identified only by the forwarded @kestrelbs.co.uk address, so about_other_firm=kbs; category delay.",
  kind="consumer",
  tail="""
---------- Forwarded message ---------
From: Mortgage Completions <completions@kestrelbs.co.uk>
Date: Mon, 9 Jun 2025 at 08:47
Subject: Your remortgage - funds release
To: <wei.zhang.home@gmail.com>

Dear Customer,

Thank you for your enquiry. Your case is with our completions team and funds will be released as soon as all checks are complete. We are unable to provide a date at this time.

Mortgage Completions""")

H("px-f03", "pexa", "Graham Wilding <wildings.home@btinternet.com>",
  "Mortgage offer expired - we were told it could be extended", """
We are buying 41 Lark Rise, Frome. In April we rang Beacon about our mortgage offer, which expires on 30 June, because our chain was running late. We were told on the phone, twice, that the offer 'can be extended for up to three months, no problem, just let us know'. We exchanged on that basis.

Now the completion date is 4 July and Beacon say offers can't be extended after exchange and we have to reapply at a higher rate. If we'd been told that in April we would never have exchanged.

Our solicitor says completion goes through PEXA. Please pass this to whoever at Beacon can sort it out - we need them to honour what they told us.""",
  L(c=True, f="bhf", cat="inaccurate_information"),
  "Buyers complain purely about their lender's wrong information; 'Beacon' is the directory firm bhf, so forward it (about_other_firm=bhf), category inaccurate_information.",
  kind="consumer", first="Graham and Sue")

H("px-f04", "pexa", "Olamide Adeyemi <ola.adeyemi@outlook.com>",
  "Redemption not paid - daily interest", """
I sold my house on 23 May. My conveyancers were Marsh Penrose in Exeter. The sale completed that day, but my old lender says it still hasn't received the money to pay off my mortgage, nearly three weeks later, and is charging me interest every day. Marsh Penrose keep saying 'it's been processed' but won't give me a date or a payment reference.

I was told PEXA is used on completion day, so I'm hoping you can make them get on with it. I want the mortgage paid off and the extra interest refunded.""",
  L(c=True, f="mpc", cat="delay"),
  "A seller's complaint about her conveyancer's late redemption payment; 'Marsh Penrose' is mpc, and PEXA is only mentioned as the platform, so forward it; category delay.",
  kind="consumer")

H("px-f05", "pexa", "Connor Blake <connor.blake1993@gmail.com>",
  "product fee added after offer", """
I'm buying my first home and my lender is Thames Vally Mortgages. My offer says the product fee is £0. Two days before completion the completion statement from my solicitor shows a £999 'product fee' from the lender that I never agreed to. My solicitor says she can only pay what the lender asks for and I should take it up with them, but their phone line just says to email and nobody replies.

I don't want to lose the house but I'm not paying a fee that isn't in my offer. Can you make sure the right people see this?""",
  L(c=True, f="tvm", cat="fees_charges"),
  "A buyer disputes a fee added by his lender; the misspelling 'Thames Vally Mortgages' is tvm, so forward it; category fees_charges.",
  kind="consumer")

H("px-f06", "pexa", "Euan MacLeod <euan.macleod@me.com>",
  "My father's sale - Greyfriars", """
I'm emailing on behalf of my father, Donald MacLeod. He's 81 and has asked me to handle this. He is selling his flat at 7/2 Comely Bank Row, Edinburgh, and his solicitors are Greyfriars.

They sent him the signing documents by email only, though he told them at the start that he doesn't use a computer, and when he phoned to say so he was told 'everyone manages these days'. He has been left without any documents for two weeks and is now worried the sale will fall through.

Their completion paperwork mentions PEXA, so please can you pass this to the right person there? He needs paper copies posted, and to be spoken to with a bit more patience.""",
  L(c=True, f="gfl", tp=True, cat="service_quality"),
  "A son writes for his father (third_party) about the father's solicitors, 'Greyfriars' (gfl): a consumer complaint to forward; category service_quality.",
  kind="consumer")

H("px-f07", "pexa", "Priya Nair <nairs.move@gmail.com>",
  "Complaint about our completion day - PEXA and Heathcote", """
We want to complain about what happened when we tried to complete our purchase of 3 Orchard Close, Harrogate, on 16 May.

Our solicitor told us your system 'timed out' at about 1.30pm while the settlement was being processed and had to be restarted. By the time it came back, Heathcote said their payments team had finished for the day and they would not send the mortgage funds until Monday. We spent the weekend in a Travelodge with two children and a dog, and paid the removal firm for two days' storage (£610).

We'd like PEXA to explain what went wrong with the system, and we'd like Heathcote to explain why they couldn't send the money that afternoon. We want the £610 back. We've sent this to Heathcote too.""",
  L(c=True, x=True, f="hcb", cat="platform_defect"),
  "Home buyers' explicit complaint blaming both the platform and their lender goes to the participant firm that serves them (guide rule 10): about_other_firm=hcb, category platform_defect from what went wrong.",
  kind="consumer", first="Priya and Arjun")

H("px-f08", "pexa", "Hannah Lowther <hannah.lowther@yahoo.co.uk>",
  "Pelham Estates - withdrawal fee", """
I took my flat off the market with Pelham Estates in Kendal in March, and they've now invoiced me £1,150 as a 'withdrawal fee', which was never mentioned when I signed up. Their welcome pack said 'we work with PEXA for faster completions', so I'm assuming you work with them.

Can you look into this, or tell me who regulates them? I want the fee cancelled.""",
  L(c=True, f="unknown", cat="fees_charges"),
  "The complaint is purely about an estate agent's fee, and Pelham Estates is not in the directory: about_other_firm='unknown', category fees_charges.",
  kind="consumer")

H("px-f09", "pexa", "Rashid Karimi <rashid.karimi84@gmail.com>",
  "QuikMove conveyancing no answer", """
I buy house in Luton, 22 Beech Crescent, my conveyancer is QuikMove Conveyancing online (the website one). From 5 weeks nobody answer my emails, the chat is always 'offline', and the phone go to voicemail which is full. Seller agent say they will give the house to other buyer if no exchange this month.

I see on the document from my mortgage 'completion via PEXA'. Please you can tell this company to answer me or tell me what I can do. I paid them £650 already.""",
  L(c=True, f="unknown", cat="delay"),
  "A buyer's complaint about his own conveyancer (not in the directory, so 'unknown') not progressing the purchase; like a solicitor not replying while exchange slips, category delay.",
  kind="consumer", esl=False)

# ---- personal data breaches ------------------------------------------------------------------

H("px-b01", "pexa", "Caroline Ashdown <c.ashdown@ashdownmerritt.co.uk>",
  "Client data posted in your community forum - complaint", """
I am writing to complain about a serious data incident.

On 9 June one of our conveyancers asked a question in your participant community forum about a returned payment. Your support agent's public reply included a screenshot from the workspace. It showed our clients' full names, their new home address and their bank sort code and the last four digits of their account number. The post was visible to every participant firm on the forum for at least five hours before we noticed and asked for it to be taken down.

We need to know how many people viewed it, whether you have reported it to the ICO, and what you are changing so that support staff cannot publish client data in this way.""",
  L(c=True, x=True, pd=True, br=True, cat="personal_data"),
  "PEXA exposed clients' personal data in a public forum: breach=true, personal_data=true, category personal_data; explicit ('I am writing to complain'); the firm complains on its own account, so not third_party.",
  kind="b2b", sig=["Compliance Officer for Legal Practice", "Ashdown Merritt"])

H("px-b02", "pexa", "Nicola Tremayne <nicola.tremayne@penrosecross.co.uk>",
  "Document in our workspace that isn't ours", """
Just letting you know that a mortgage deed for a different transaction has appeared in the documents tab of our workspace 52-12660. It names two borrowers we don't act for and a property in Swindon. I think it may have been uploaded to the wrong workspace by your document team when they were helping us with a re-upload yesterday.

I haven't downloaded or forwarded it, and I only opened it far enough to see that it isn't ours. No reply needed from our side - I assume you'll want to move it and let whoever it belongs to know.""",
  L(br=True),
  "Other people's data was disclosed to the wrong firm, so breach=true; the sender is only reporting it, expresses no dissatisfaction and needs no reply, so complaint=false (and personal_data=false).",
  kind="b2b", sig=["Paralegal", "Penrose Cross Solicitors"])

H("px-b03", "pexa", "Marcus Ellery <marcus.ellery@gmail.com>",
  "OLS sent my passport to the other side", """
My solicitors for my sale are OLS (Orchard Lane). Yesterday the buyer's solicitor rang me, confused, because OLS had emailed them a scan of my passport, my last three bank statements and my wife's driving licence instead of the draft contract. The buyer's solicitor says they've deleted them, but I've no way of knowing.

When I rang OLS the receptionist just said she'd 'pass it on'. Nobody has called back. Since you run the completion system they use, I'm hoping you can get someone there to take this seriously. I want to know what they're doing about it.""",
  L(c=True, pd=True, br=True, f="ols", cat="personal_data"),
  "A seller's complaint about his own solicitors sending his ID and bank statements to the other side: a breach by the participant firm (about_other_firm=ols, 'OLS'), personal_data and breach true, category personal_data.",
  kind="consumer")

H("px-b04", "pexa", "Janet Quigley <janet.quigley@quigleysolicitors.co.uk>",
  "Lost identity pack for verification", """
For the identity verification of our two new users, your onboarding team asked us to send certified copies of their passports, driving licences and a recent utility bill by tracked post. We sent them on 2 June to your Leeds address. Royal Mail shows the envelope was signed for on 4 June. Your team now says it can't be found and has asked us to send everything again.

That is two people's identity documents and home addresses either sitting somewhere in your building or lost. I'd like to know what searches have been done, who had access to the post room, and whether you are treating this as a data breach. I am not sending further copies until I understand how they will be kept safe.""",
  L(c=True, pd=True, br=True, cat="personal_data"),
  "PEXA has lost identity documents (breach=true) and the firm wants answers before it will resend: an implicit complaint about data handling (personal_data), not onboarding.",
  kind="b2b", sig=["Senior Partner", "Quigley Solicitors"])

# ---- data-rights requests -------------------------------------------------------------------

H("px-r01", "pexa", "Shona Petrie <shona.petrie@gmail.com>",
  "What information do you hold on me?", """
I bought a house last year (14 Heron Way, Bicester, completed 12 September) and my solicitor used PEXA for the completion. I'm sorting out my records and I'd like a copy of any personal information PEXA holds about me - names, addresses, bank details, anything from that transaction.

There's no problem, I just want to see what exists. Email is fine.""",
  L(r=["access"]),
  "A neutral request for a copy of her personal information = access; no dissatisfaction, so not a complaint.",
  kind="consumer", rights_mail=True)

H("px-r02", "pexa", "Harriet Vossberg <h.vossberg@vossbergfamilylaw.co.uk>",
  "Our client Mr Liam Cartwright - request for personal data", """
We act for Mr Liam Cartwright in connection with his divorce and enclose his signed form of authority.

Mr Cartwright sold 5 Linnet Mews, Banbury, in 2024 and the completion was carried out through your platform. On his behalf, please provide a copy of all personal data you hold about him, including any bank account details recorded in the workspace and the record of the settlement payments made to him or for him.

Please send the information to this office.""",
  L(r=["access"], tp=True),
  "A solicitor asks for a copy of her client's personal data on his behalf: access, third_party=true; nothing is wrong, so complaint=false.",
  kind="rep", sig=["Associate", "Vossberg Family Law"], rights_mail=True)

H("px-r03", "pexa", "Siobhan Ní Bhriain <siobhan.nibhriain@ardmorelegal.co.uk>",
  "My name is wrong on every document I sign", """
My user profile spells my name 'Siobhan Ni Brian'. That is how it appears as the signatory on every document I sign in a workspace, so mortgage deeds and transfers go to the Land Registry with my name wrong on them, and I've already had one requisition querying who signed.

Please correct my name to Siobhan Ní Bhriain (with the accent on the i - the platform accepts accents elsewhere) and let me know when it's done. I can't keep signing deeds under a name that isn't mine.""",
  L(c=True, pd=True, r=["rectification"], cat="personal_data"),
  "Inaccurate personal data is causing her harm and she wants it fixed and confirmed: an implicit personal_data complaint; 'correct my name' = rectification; nothing disclosed, so breach=false.",
  kind="b2b", sig=["Solicitor", "Ardmore Legal"], rights_mail=True)

H("px-r04", "pexa", "Owen Haverford <owenhaverford@icloud.com>",
  "Removing my details", """
I left Castlegate Legal at the end of March and I've now left conveyancing altogether - I'm retraining as a teacher. I had a PEXA user login through the firm.

Could you please erase the personal details you hold about me (name, mobile number, email, and the copy of my ID from when I was verified), apart from anything you're legally required to keep, and let me know once that's done? Thanks for everything over the years, the platform was always easy to use.""",
  L(r=["erasure"]),
  "A polite request to erase his details with no dissatisfaction: rights=[erasure], not a complaint; his former employer is only background.",
  kind="consumer", rights_mail=True)

H("px-r05", "pexa", "Aoife Brennan <aoife.brennan@gmail.com>",
  "Why am I getting your marketing emails?", """
I sold my flat in February, and since then I've had four marketing emails from PEXA - 'Moving again? Here's what's new', a survey, and an invite to a webinar. I've never signed up to anything with you. My solicitor did the completion; I never used your system myself.

I'd like to know how you got my email address and why you think you can send me marketing. Then I want you to delete my details. Please confirm when it's done.""",
  L(c=True, pd=True, r=["erasure", "informed"], cat="personal_data"),
  "Unexpected use of her data for marketing, with answers demanded: an implicit personal_data complaint; 'how you got my email and why' = informed, 'delete my details' = erasure.",
  kind="consumer", rights_mail=True)

H("px-r06", "pexa", "Meera Joshi <meera.joshi@hollingdalelaw.co.uk>",
  "Request about my user data", """
I'm a licensed conveyancer with a PEXA login through Hollingdale Law. I'm in a legal dispute with a former employer, and my solicitor has advised me to make sure that records about me aren't altered or removed while it's going on.

Please could you keep the personal data you hold about me - my user profile, sign-in history and signing records - exactly as it is, but not use or share it for anything other than storing it, unless I agree or you are legally required to? This is nothing to do with anything PEXA has done; I just need it preserved and left alone for now.""",
  L(r=["restriction"]),
  "Asking PEXA to keep her data but not use it beyond storage = restriction; she says PEXA has done nothing wrong, so not a complaint.",
  kind="b2b", sig=["Licensed Conveyancer"], rights_mail=True)

H("px-r07", "pexa", "Daniel Ferreira-Lowe <dan.ferreiralowe@gmail.com>",
  "Re: Your data request", """
I asked on 2 May for my training records and my user activity history in a machine-readable file - CSV or Excel - so that I could upload them to my new employer's compliance system. What I received is a 23-page PDF of screenshots, which the system can't read and which I'd have to retype by hand.

That isn't what I asked for. Please send the data as a CSV or Excel file, and tell me why it was sent like this.""",
  L(c=True, pd=True, r=["portability"], cat="personal_data"),
  "A data-rights request handled badly, with a fix demanded: implicit personal_data complaint; re-asking for a machine-readable file to load elsewhere = portability.",
  kind="consumer", rights_mail=True,
  tail="""
> On 20 May 2025, PEXA Data Protection <privacy@pexa.co.uk> wrote:
> Dear Mr Ferreira-Lowe,
> Please find attached the information you requested.
> PEXA Data Protection""")

H("px-r08", "pexa", "Bilal Qadir <bilal.qadir@qadirsolicitors.co.uk>",
  "Marketing and research emails", """
A quick one. I'm happy with the platform and I'll keep getting the service emails, but please don't use my details for marketing, event invitations or the product research panel - I'd rather my data wasn't used for any of that. Please note my objection on my user profile.

No need for a long reply, a quick confirmation will do.""",
  L(r=["objection"]),
  "Objecting to marketing and research use of his data, with no dissatisfaction: rights=[objection], not a complaint.",
  kind="b2b", sig=["Principal Solicitor", "Qadir Solicitors"], rights_mail=True)

H("px-r09", "pexa", "Lydia Harcourt <lydia.harcourt@harcourtconveyancing.co.uk>",
  "Sales calls to the number I gave you for sign-in codes", """
In the last fortnight I've had five calls on my mobile from your own sales team about the new 'Settlement Insights' add-on. The only reason PEXA has that number is that your system made me add it for the sign-in codes when I set up my user account. I never gave it to you for sales calls.

I object to PEXA using my personal data for marketing of any kind, by phone or otherwise. I'd also like an explanation of what else my number and profile details are being used for, and on what basis.""",
  L(c=True, pd=True, r=["objection", "informed"], cat="personal_data"),
  "Her number was used for a purpose she never expected (sales calls), so an implicit personal_data complaint; nothing went to a wrong recipient, so breach=false; 'I object to marketing' = objection, 'what else is it used for and on what basis' = informed.",
  kind="b2b", sig=["Director", "Harcourt Conveyancing"], rights_mail=True)

H("px-r10", "pexa", "Ravi Chandran <ravi.chandran@chandranlegal.co.uk>",
  "Enhanced checks flag on my account", """
Your system has put an 'enhanced checks' flag on my user account after I logged in from a new laptop, and until it's cleared I have to re-verify with photo ID each time I sign. I understand why you do this and I'm not unhappy about the checks themselves.

As I understand it, the flag was raised automatically by your fraud-scoring system. I'd like a member of your team, rather than the system, to review whether it should stay on my account. I can provide anything you need.""",
  L(r=["automated_decision"]),
  "Asking for a person rather than the scoring system to review an automated flag = automated_decision; he says he is not unhappy, so not a complaint.",
  kind="b2b", sig=["Solicitor", "Chandran Legal"], rights_mail=True)

H("px-r11", "pexa", "Gareth Pugh <gareth.pugh@outlook.com>",
  "Question about my details", """
I've had an email from you saying 'Your settlement has been completed' for my purchase. Good news! I didn't realise PEXA was involved, though.

Out of interest, can you tell me where you got my name and email address from, what you use them for, and how long you keep them? Just want to understand - no problem at all.""",
  L(r=["informed"]),
  "Asking where his data came from, what it is used for and how long it is kept = informed; no dissatisfaction, so not a complaint.",
  kind="consumer", rights_mail=True)

# ---- routine business mail and hard negatives -----------------------------------------------

H("px-n01", "pexa", "Claire Hetherington <c.hetherington@wyattdene.co.uk>",
  "Fees for withdrawn workspaces", """
We're preparing next year's budget and I want to make sure I understand your fees. If a workspace is created and then withdrawn before settlement, is any fee charged, and does it make a difference whether documents have been signed? I couldn't find this in the fee schedule on your website.

An email reply is fine - no rush.""",
  L(), "A neutral billing question with no dissatisfaction is an enquiry, not a complaint.",
  kind="b2b", sig=["Finance Manager", "Wyatt Dene LLP"])

H("px-n02", "pexa", "Sean Devlin <sean.devlin@beaconhomefinance.co.uk>",
  "User licences - how many do we have?", """
Could you tell me how many active user licences we currently have under our subscription, and how many of those users logged in during the last 90 days? We're doing a licence review ahead of our renewal.

Also, if we want to add two users in our Cardiff team next month, is that done through the admin console or do we need to ask you?""",
  L(), "A user-count query from a directory firm is routine B2B mail: no complaint, and a firm as sender never sets about_other_firm.",
  kind="b2b", sig=["Mortgage Operations Analyst", "Beacon Home Finance"])

H("px-n03", "pexa", "Denise Harper <ap@tvmortgages.co.uk>",
  "Invoice PX-INV-2025-05102 - PO number required", """
Hello,

Our accounts payable system has rejected your invoice PX-INV-2025-05102 because it doesn't show a purchase order number. Please could you reissue it quoting PO 4500183274? Once we have the reissued copy it will go into the next payment run.

Thank you,
Denise
Accounts Payable, Thames Valley Mortgages""",
  L(), "'Rejected' describes the payer's own system; asking for a PO number on an invoice is a routine request with no dissatisfaction, so not a complaint.",
  kind="b2b", raw=True)

H("px-n04", "pexa", "Philippa Grant <p.grant@grantandmoss.co.uk>",
  "Re: How are we doing? Your annual account review", """
No complaints at all from us this year - settlement has been smooth and the support desk have been quick whenever we've needed them. If anything, the team would say it's the one part of a completion they don't worry about any more.

One question for the review call: is the bulk discharge feature for lenders coming to the UK platform, and if so roughly when? Our lender clients keep asking.""",
  L(), "'No complaints at all' is praise, and the question is a neutral enquiry: complaint=false, category none.",
  kind="b2b", sig=["Partner", "Grant & Moss"])

H("px-n05", "pexa", "Neil Ashworth <neil.ashworth@ashworthlegal.co.uk>",
  "RE: Your complaint PX-CR-0654 - final response", """
Thanks Rukhsana. The credit has come through on this month's statement and the explanation makes sense. I appreciate you ringing me first to talk it through - happy for this to be closed.""",
  L(), "A thank-you confirming a resolved matter is not a complaint; 'formal complaint' appears only in the subject line of the firm's letter and the quoted history.",
  kind="b2b", sig=["Managing Director", "Ashworth Legal"],
  tail="""
From: PEXA Customer Resolution <complaints@pexa.co.uk>
Sent: 11 June 2025 16:40
To: Neil Ashworth
Subject: Your complaint PX-CR-0654 - final response

Dear Mr Ashworth,

Further to your formal complaint of 22 May about the duplicated settlement fees on your April invoice, we have upheld your complaint. A credit of £312.00 will appear on your June statement.

Rukhsana Ali
Customer Resolution Lead""")

H("px-n06", "pexa", "Dominic Fairclough <dominic.fairclough@greyfriarslaw.co.uk>",
  "Request for your complaints handling procedure", """
As part of our annual supplier due diligence, could you please send us a copy of PEXA's complaints handling procedure, the name of the person responsible for complaints, and confirmation of your escalation timescales?

We'd also be grateful for any published complaint volumes for 2024. This is a routine request we make of all our critical suppliers - nothing has gone wrong.""",
  L(), "Asking for a complaints procedure for due diligence uses the word but expresses no grievance ('nothing has gone wrong'): not a complaint.",
  kind="b2b", sig=["Risk and Compliance Manager", "Greyfriars Law LLP"])

H("px-n07", "pexa", "Eleanor Whitcombe <eleanor.whitcombe@heathcotebank.co.uk>",
  "Third-party oversight - Q2 MI request", """
Under our outsourcing oversight framework we need the following from PEXA for Q2 by 15 July:

1. the number of complaints received from Heathcote Bank users, and how many were upheld;
2. the number of platform incidents affecting settlement, with durations;
3. confirmation that no personal data breaches affecting Heathcote customers occurred in the quarter, or details if any did.

The template we used last quarter is attached. Thanks in advance.""",
  L(), "A routine management-information request; 'complaints' and 'personal data breaches' are topics asked about, not events described, so complaint=false and breach=false.",
  kind="b2b", sig=["Third Party Risk Analyst", "Heathcote Bank"])

H("px-n08", "pexa", "Gavin Roe <gavin.roe@roeandsands.co.uk>",
  "Wrong attachment - please delete", """
Sorry - the spreadsheet I attached to my email at 10.02 this morning was last year's version of our user list. Please delete it and use the attached version instead. The second sheet is the list of users we'd like to add, as discussed on the phone.

(I'll be in the office until 5.30 if it's easier to ring.)""",
  L(), "'Delete' refers to an attachment, not erasure of personal data; a routine service request, so no rights and no complaint.",
  kind="b2b", sig=["Cashier", "Roe & Sands"])

H("px-n09", "pexa", "Tessa Lindgren <tessa.lindgren@lindgrenmoore.co.uk>",
  "Access to the reporting portal for our new cashier", """
Our new cashier, Joel Amankwah, started on Monday. He has a platform login already, but when he clicks on 'Reports' he gets 'You do not have access to this area'. Could you give him access to the reporting portal, with the same permissions as our previous cashier, Maria Lopes, who has now left?

Also, is there a short guide to the monthly reconciliation report that we could give him?""",
  L(), "'Access' means system permissions, not the right of access; a routine request with no dissatisfaction.",
  kind="b2b", sig=["Practice Manager", "Lindgren Moore"])

H("px-n10", "pexa", "Kwame Asante <kwame@asantelegal.co.uk>",
  "Joining PEXA - what's involved?", """
We're a four-partner firm in Croydon doing around 40 residential transactions a month. A couple of the lenders we work with have started asking whether we're on PEXA, so we're looking into joining.

Could you send me details of the registration process, how long it usually takes, what documents you'll need from us, and your current pricing for a firm our size? Happy to have a call if that's easier.""",
  L(), "A prospective participant's neutral onboarding enquiry: not a complaint.",
  kind="b2b", sig=["Partner", "Asante Legal"])

H("px-n11", "pexa", "Moira Kennedy <moira.kennedy@bhf.co.uk>",
  "Updated authorised signatory list", """
Please find attached Beacon Home Finance's updated list of authorised signatories, effective from 1 July. Two people have been added (Priti Kaur and Liam Doherty) and one removed (Andrew Fenton, who retired last month).

Could you confirm once the changes are live on the platform, and let me know if you need the form signed by two directors again as last time?""",
  L(), "Routine operational mail from a participant lender; removing a retired signatory is account administration, not a data-rights request.",
  kind="b2b", sig=["Completions Control", "Beacon Home Finance"])

H("px-n12", "pexa", "Jonah Feld <jonah.feld@kestrelbs.co.uk>",
  "Sandbox credentials for integration testing", """
We're starting the build for the new discharge integration next sprint. Could you issue sandbox API credentials for two developers (me and Ana Petrovic, ana.petrovic@kestrelbs.co.uk) and confirm which version of the API spec we should build against? The portal shows both v2.3 and v3.0-beta.

Looking forward to getting this working.""",
  L(), "A technical service request from a participant lender: no dissatisfaction, no rights.",
  kind="b2b", sig=["Integration Developer", "Kestrel Building Society"])

H("px-n13", "pexa", "Beth Morrissey <bethmorrissey@gmail.com>",
  "Do I need to do anything?", """
My solicitor says our purchase will complete 'through PEXA'. I've never heard of you before. Do I need to set up an account or download anything, or is it all done by the solicitor? And will I get any emails from you on the day?

First-time buyer, so everything is new!""",
  L(), "A consumer's neutral question about the process: an enquiry, not a complaint.",
  kind="consumer")

H("px-n14", "pexa", "Colin Ferris <colin.ferris@talktalk.net>",
  "Is this email really from you?", """
I've had an email today claiming to be from 'PEXA Settlements' asking me to confirm my bank details for the money from my sale next week, with a link to click. It came from settlements@pexa-uk-secure.com. My solicitor is on holiday until Monday.

Is that genuinely you? I haven't clicked anything. If it isn't you, you might want to know that someone is using your name.""",
  L(), "A cautious check on a suspected phishing email: no dissatisfaction with PEXA and no data disclosed by PEXA, so not a complaint and no breach.",
  kind="consumer")

H("px-n15", "pexa", "Sarah-Jane Whitley <sj.whitley@whitleyconveyancing.co.uk>",
  "Thank you to Aisha", """
I just wanted to say a big thank you to Aisha on your support desk. On Friday she stayed on the phone with our cashier until well after 5 to get a stuck settlement through, and our clients got their keys that evening. She was calm, clear and really kind.

Please pass this on to her manager. No reply needed.""",
  L(), "Praise with no grievance or request for remedy: not a complaint, even though a problem is mentioned.",
  kind="b2b", sig=["Director", "Whitley Conveyancing"])

H("px-n16", "pexa", "Aled Rhys-Jones <aled.rhysjones@cambrianlaw.co.uk>",
  "Suggestion - title number on the schedule export", """
This isn't a complaint, just a suggestion from our team. When we export the settlement schedule to PDF for the client file, it doesn't include the title number, so we add it by hand. Would it be possible to add it to the export in a future release?

Everything else about the export works well for us.""",
  L(), "A feature suggestion; 'complaint' appears only in a denial, so complaint=false.",
  kind="b2b", sig=["Conveyancing Executive", "Cambrian Law"])

H("px-n17", "pexa", "Lucy Farrant <lucy.farrant@farrantwood.co.uk>",
  "Change of bank account for direct debit", """
We've moved our office account to a new bank. Please could you update the details you use for collecting our monthly subscription by direct debit? I'll call your billing team with the new account details rather than putting them in an email, as your fraud guidance recommends.

Can you let me know the best number and time to ring?""",
  L(), "Updating a firm's bank details is routine account administration about business data, not rectification of personal data; no complaint.",
  kind="b2b", sig=["Office Manager", "Farrant Wood Solicitors"])

H("px-n18", "pexa", "Martha Quayle <martha.quayle@propertywirenews.co.uk>",
  "Media enquiry - Land Registry backlog", """
I'm writing a piece for Thursday on how the HM Land Registry backlog is affecting completions, and I'd like to include PEXA's view. In particular: has the share of settlements through your platform changed this year, and do you see any effect on how quickly registrations are completed after settlement?

If someone could give me a short comment, or point me to your press office, by Wednesday midday that would be great.""",
  L(), "A journalist's neutral media enquiry: not a complaint.",
  kind="b2b", sig=["Reporter", "Property Wire"])

H("px-n19", "pexa", "Olivia Tan <olivia.tan@marshpenrose.co.uk>",
  "Supplier set-up form", """
We're moving to a new finance system and need to re-register all our suppliers. Please could you complete the attached supplier form - we need your VAT number, company number and remittance email address - and return it by the end of next week?""",
  L(), "Routine B2B admin from a directory firm; no dissatisfaction, so no complaint and no firm.",
  kind="b2b", sig=["Finance Officer", "Marsh & Penrose Conveyancing"])

H("px-n20", "pexa", "Keith Barraclough <keith.barraclough@barracloughlaw.co.uk>",
  "Settlement hours over Christmas", """
Could you confirm the settlement hours over Christmas and New Year, in particular whether settlement will be available on Christmas Eve and New Year's Eve, and what the cut-off time is on those days? We're starting to book completion dates with clients.""",
  L(), "A neutral question about service hours: an enquiry, not a complaint.",
  kind="b2b", sig=["Conveyancing Partner", "Barraclough Law"],
  subj_only="Christmas Eve & New Year's Eve - is settlement open, and what's the cut-off?")

H("px-n21", "pexa", "Jill Cartwright <jill.cartwright@cartwrightelms.co.uk>",
  "Paper invoices", """
We still seem to be getting paper copies of your invoices by post as well as the emailed version. Please could you stop sending the paper ones? Email to accounts@cartwrightelms.co.uk is all we need.""",
  L(), "'Stop sending' paper invoices is a routine preference about business post, not an objection to processing and not a complaint.",
  kind="b2b", sig=["Accounts", "Cartwright Elms"])

H("px-n22", "pexa", "Harpreet Sandhu <harpreet.sandhu@sandhucole.co.uk>",
  "Leaver - Tom Beckwith", """
Tom Beckwith left us on Friday. Please could you switch off his platform login and move his 12 open workspaces to Priya Mistry, who is taking over his caseload? I've tried to do it from the admin console but it won't let me reassign workspaces that are mid-settlement.""",
  L(), "An employer switching off a leaver's login is routine user administration, not an erasure request by the data subject; no complaint.",
  kind="b2b", sig=["Practice Manager", "Sandhu Cole"])


# ==============================================================================================
# Conexus mailbox: debtors, their representatives, and creditor clients
# ==============================================================================================

# ---- complaints about Conexus's own conduct ---------------------------------------------------

H("cx-c01", "conexus", "Lee Garside <lee.garside@yahoo.co.uk>",
  "calls to my work", """
Your agents have rung my mobile six or seven times a day this week, including while I'm at work. On Tuesday I answered, said I was at work and couldn't talk, and asked for a call after 6pm. Ten minutes later someone rang the main number for the depot and asked for me by name. My supervisor took the call.

I'm not refusing to pay. I've said I'll set up a plan when I get paid on the 28th. But this has to stop - I want a written explanation of why my work number was rung, and an assurance it won't happen again.

Ref 30418876""",
  L(c=True, cat="collection_conduct"),
  "Excessive calls and a call to his workplace, with an explanation demanded: implicit collection_conduct complaint; 'this has to stop' is a conduct remedy, not objection, and no debt details were disclosed, so breach=false.",
  kind="consumer", angry=True)

H("cx-c02", "conexus", "Stacey Holloway <staceyholloway@live.co.uk>",
  "Complaint about your agent threatening me", """
I want to make a complaint about a phone call on Monday 9 June at about 11am. The man I spoke to (he said his name was Craig) told me that if I didn't pay £300 by Friday 'bailiffs will be round to take the car' and that I 'could end up in court and then prison'. I've since spoken to Citizens Advice, who told me that isn't true for this kind of debt.

I was shaking after the call and my daughter had to take over looking after my grandson. I want the call listened to, an apology, and to know what you're doing about this agent.""",
  L(c=True, x=True, cat="collection_conduct"),
  "Explicit complaint ('I want to make a complaint') about threatening, misleading pressure on a call: collection_conduct.",
  kind="consumer")

H("cx-c03", "conexus", "Bronwen Price <bronwen.price@valleysupportservices.org.uk>",
  "Mr Gethin Morgan - ref 30522914", """
I support Mr Gethin Morgan, who has a learning disability and lives in supported housing. He has given his consent for me to contact you (form attached).

On 3 June one of your agents phoned Gethin and kept him on the phone for 40 minutes until he agreed to pay £80 a week from his benefits. He doesn't understand what a payment plan is, and he would have agreed to anything to end the call. He has about £95 a week after rent and bills.

Please cancel that arrangement, put a hold on the account while his finances are looked at properly, and make sure that in future your staff speak to me or his appointee. I'd also like to know how this was allowed to happen when his vulnerability is already on your records.""",
  L(c=True, tp=True, cat="collection_conduct"),
  "A support worker writes for a vulnerable debtor (third_party) about pressure into an unaffordable plan: implicit collection_conduct complaint; 'put a hold on the account' pauses collection and is not the restriction right.",
  kind="rep", sig=["Support Worker", "Valley Support Services"])

H("cx-c04", "conexus", "Jamie Kowalski <jamiekowalski@gmail.com>",
  "Rob is in a mental health crisis breathing space - letters still coming", """
I'm writing on behalf of my partner, Rob Lyle, who is currently in hospital. He is in a Mental Health Crisis Breathing Space, which started on 28 April (the Insolvency Service reference is MH-2025-0428-1186 - the confirmation letter is attached).

Since then three letters from you have come to the house demanding payment and saying the account 'may be passed for further action'. I open Rob's post while he's in hospital and I don't know what to do with them. He must not see these when he comes home.

Please stop all contact, confirm you have recorded the breathing space properly, and explain why the letters were sent.""",
  L(c=True, tp=True, cat="collection_conduct"),
  "A partner writes on the debtor's behalf (third_party) about demands sent during a breathing space: implicit collection_conduct complaint.",
  kind="consumer")

H("cx-c05", "conexus", "Tanya Beaumont <tanyab86@gmail.com>",
  "texts at 10.45pm", """
Got a text from you at 10.45 last night and another at 7.02 this morning. Last month I had one on a Sunday morning. Is there any time of day you don't send these? I've got a plan in place and I've never missed a payment. Please sort your system out so I only get texts at sensible times.

Tanya""",
  L(c=True, cat="collection_conduct"),
  "Annoyance at collection texts at unreasonable hours, with a fix demanded: implicit collection_conduct complaint; asking for texts at sensible times is a conduct remedy, not objection.",
  kind="consumer", raw=True, angry=True,
  subj_only="Texts at 10.45pm and 7am even though I'm on a plan and never missed a payment - sort it out, sensible hours only")

H("cx-c06", "conexus", "Mihai Popescu <mihai.popescu77@yahoo.com>",
  "complaint - calling when I am in hospital", """
Good day,

I make this complaint because your colleagues call me many times when I am in hospital after my operation. On 14 May I tell the lady I am in hospital for two weeks and I will call back when I am home. She say ok. But next day and every day after, somebody call me two, three times, also one time at 8 in morning when the nurses do the round.

I am not refusing to pay, I only ask some time. Please note on my account that I was in hospital and explain me why the calls continue.

Thank you
Mihai Popescu
ref 30611047""",
  L(c=True, x=True, cat="collection_conduct"),
  "Non-native English, explicit ('I make this complaint'), about repeated collection calls while in hospital: collection_conduct.",
  kind="consumer", raw=True)

H("cx-c07", "conexus", "Paula Dent <paula.dent@ntlworld.com>",
  "Trying to pay you!", """
I've tried three times this week to ring you to make a payment. Each time I chose the payment option, got music for 30-35 minutes and then the line went dead. Today I tried the 'call me back' option and nobody called.

I'm trying to pay you money. Please ring me back on 07700 900284 between 9 and 12 tomorrow so I can make the payment, and do something about your phone lines.""",
  L(c=True, cat="wait_time"),
  "Long holds and dropped calls when trying to reach Conexus, with a call-back demanded: implicit wait_time complaint.",
  kind="consumer", angry=True)

H("cx-c08", "conexus", "Joseph Nwankwo <joseph.nwankwo@gmail.com>",
  "Complaint: webchat and phone", """
This is a complaint about how hard it is to get hold of you. Your letter says to use webchat for the quickest response. I've opened a webchat on four separate days and each time it says 'you are number 1 in the queue' for over an hour and nobody ever joins. Your phone line has been engaged every time I've called since Tuesday.

I need to talk to someone about changing my payment date before the next payment goes out on the 15th. Please get someone to call me.""",
  L(c=True, x=True, cat="wait_time"),
  "'This is a complaint' (explicit) about being unable to reach anyone by chat or phone: wait_time.",
  kind="consumer")

H("cx-c09", "conexus", "Kevin Ashby <kevin.ashby@btinternet.com>",
  "RE: Settlement figure", """
Three weeks and three emails later I still haven't had the figure I asked for below. The redundancy money is sitting in my account and I'd like to use it to clear this before I spend it on anything else. I can't understand why a number takes this long. Please send it this week.""",
  L(c=True, cat="delay"),
  "The quoted original is a neutral request, but the new text is a 'still waiting' chaser with a demand: implicit complaint, delay.",
  kind="consumer",
  tail="""
-----Original Message-----
From: Kevin Ashby
Sent: 19 May 2025 08:14
To: Conexus Customer Services
Subject: Settlement figure

Hi, could you send me a full and final settlement figure for account 30377120? I may be able to pay a lump sum from my redundancy money. Thanks, Kevin Ashby""")

H("cx-c10", "conexus", "Margaret Okonkwo <m.okonkwo@btopenworld.com>",
  "My complaint of 7 March - no response", """
I made a complaint to you by letter on 7 March about the charges on my account (your reference CX-COMP-61220). Your acknowledgement said I would have a full reply within eight weeks. It has now been over nine weeks. The only thing I have had from you since is a letter asking me to pay.

Please send me your final response straight away and explain why it is late. If I don't hear by the end of the month I will contact the Financial Ombudsman.""",
  L(c=True, x=True, cat="delay"),
  "A chaser about an overdue complaint response: category delay (not the original charges), explicit because she refers to 'my complaint'.",
  kind="consumer")

H("cx-c11", "conexus", "Jason Fairbrother <jfairbrother@outlook.com>",
  "refund still not received", """
On 24 April your colleague Leanne confirmed on the phone that I'd overpaid by £186.40 when I cleared the account, and that a refund would be back in my bank 'within 10 working days'. It's now six weeks later and I've had nothing - no refund, no letter - and my two emails haven't been answered.

Please send the refund now and let me know the date it was sent.""",
  L(c=True, cat="delay"),
  "A promised refund is weeks late and emails unanswered, with action demanded: implicit complaint about delay.",
  kind="consumer")

H("cx-c12", "conexus", "Deborah Linley <debbie.linley@hotmail.com>",
  "The way I was spoken to", """
I rang on Thursday to ask for your bank details so that I could pay by bank transfer instead of card. The man I spoke to sighed, said 'you can read, can't you, it's on the website', and when I said I don't have the internet at home he laughed and ended the call.

I've been paying you every month for three years. I don't expect to be spoken to like that. I'd like an apology, and the bank details posted to me.""",
  L(c=True, cat="service_quality"),
  "Rude, dismissive treatment by staff on a routine call, with an apology asked for: implicit service_quality complaint (not about how the debt is pursued).",
  kind="consumer")

H("cx-c13", "conexus", "Alan Whitmore <alan.whitmore@gmail.com>",
  "Complaint - different answer every time I call", """
I'd like to make a complaint about how my account is being handled.

I've called you five times since April to change my payments from card to direct debit. Every time, the person I speak to has no record of the previous call and I have to explain everything from scratch. Two of your staff told me direct debit is fine, one said you don't offer it, and another said it has to be requested in writing - which I then did, and heard nothing.

I want one person to deal with this and a clear answer on whether I can pay by direct debit.""",
  L(c=True, x=True, cat="service_quality"),
  "An explicit complaint about careless, inconsistent handling by different staff: service_quality.",
  kind="consumer")

H("cx-c14", "conexus", "Ryan McAllister <ryanmcallister@gmail.com>",
  "£60 added to my balance?", """
My balance went up by £60 this month. When I rang, I was told it's a 'collection charge' you add when an account has been with you for six months. Nobody told me about any such charge when I agreed my plan, and there's nothing about it in any letter you've sent me.

I've paid every month. Please take the £60 off and send me a statement showing it's gone.""",
  L(c=True, cat="fees_charges"),
  "A charge added by Conexus itself, with its removal demanded: implicit complaint, fees_charges (not debt_dispute, since the creditor's debt is not challenged).",
  kind="consumer")

H("cx-c15", "conexus", "Anita Chauhan <anita.chauhan@outlook.com>",
  "Card payment fee", """
I want to complain about the 2.5% 'card handling fee' that has been added to each of my last three payments. I pay by debit card because your direct debit form has never arrived. As far as I know, charging extra for paying by debit card isn't allowed, and I was never told about it.

Please refund the three fees (£1.50, £1.50 and £3.75) and confirm you won't add it again.""",
  L(c=True, x=True, cat="fees_charges"),
  "'I want to complain' (explicit) about a fee Conexus adds to card payments: fees_charges.",
  kind="consumer")

H("cx-c16", "conexus", "Marcus Oyelowo <marcus.oyelowo@gmail.com>",
  "Re: Returned direct debit", """
Thanks for sorting out the double direct debit last month and refunding the second payment - that was quick. But the £25 'returned payment fee' you charged when my bank bounced the duplicate is still on my balance. The bounce only happened because of the duplicate, so I don't think I should pay for it.

Can you remove it and confirm the new balance please.""",
  L(c=True, cat="fees_charges"),
  "Thanks for one fix, but a fee is still wrong and its removal is requested: a continuing implicit complaint, categorised by what is still wrong (fees_charges).",
  kind="consumer",
  tail="""
> On 28 May 2025, Conexus Customer Services <customerservices@conexus.co.uk> wrote:
> Dear Mr Oyelowo,
> We have refunded the duplicate payment of £45.00 to your bank account. We apologise for any inconvenience.
> Conexus Customer Services""")

H("cx-c17", "conexus", "Claire Ventham <claire.ventham@gmail.com>",
  "Account was settled - why am I getting demands?", """
In January you wrote to me (letter dated 14 January, copy attached) accepting £900 in full and final settlement of the £1,520 balance. I paid the £900 on 30 January and have the bank confirmation.

Your letter of 2 June now says I owe the remaining £620 and that the settlement was 'reversed'. I did exactly what your letter asked. Please confirm the account is closed with a nil balance, and stop asking me for money.""",
  L(c=True, cat="debt_dispute"),
  "She disputes that anything is owed after Conexus's own settlement offer: implicit debt_dispute about Conexus's conduct (about_other_firm=null).",
  kind="consumer")

H("cx-c18", "conexus", "Peter Lund <peter.lund@talktalk.net>",
  "Balance on your letter doesn't add up", """
Your letter of 6 June says my balance is £1,480. Your own statement from March showed £1,120, and since then I've paid £60 on the 1st of every month - three payments. By my maths it should be £940.

I've attached my bank statements showing the payments to you. Please explain the difference and send me a statement with the right figure. Until then I'm not sure how much I actually owe.""",
  L(c=True, cat="debt_dispute"),
  "The amount Conexus is collecting is challenged, with an explanation demanded: implicit debt_dispute; it concerns Conexus's own accounting, so about_other_firm=null.",
  kind="consumer")

H("cx-c19", "conexus", "Roger Halliwell <roger.halliwell@gmail.com>",
  "Formal complaint - statute barred debt", """
This is a formal complaint. You have written to me three times since April about an old Sterling Credit loan. The last payment I made on that loan was in 2016, and I have not acknowledged the debt in writing since. It is statute barred.

I told your agent this on the phone on 21 May and the letters have continued, the last one saying you may 'consider further action'. Please confirm that you accept the debt is statute barred, that you will take no further action, and that you will stop writing to me about it.""",
  L(c=True, x=True, cat="debt_dispute"),
  "Explicit complaint that the debt is not enforceable (debt_dispute); the grievance is Conexus continuing to pursue it, and Sterling Credit is only named as the creditor, so about_other_firm=null.",
  kind="consumer")

H("cx-c20", "conexus", "Edna Mortimer <edna.mortimer@btinternet.com>",
  "Having to fill in the form every three months", """
I am 77 and my only income is my state pension and a small works pension. It has not changed for years and will not change. Yet every three months you send me the full income and expenditure form, nine pages, and say my £10 a month arrangement will be cancelled if I don't return it within 14 days with bank statements.

I find the form very hard to fill in and it worries me each time. Surely for someone on a fixed pension once a year would be enough. Could someone explain why this is needed and whether it can be changed for me?""",
  L(c=True, cat="process"),
  "The grievance is the rule itself (a full review every three months), with an explanation and change requested: implicit complaint, process.",
  kind="consumer", esl=False)

H("cx-c21", "conexus", "Liam Ferguson <liam.ferguson@hotmail.co.uk>",
  "Complaint about your financial statement rule", """
I'm making a complaint about your rule on financial statements. I did a Standard Financial Statement with a free debt advice charity last month - it's the format every other creditor of mine has accepted. Your team told me you won't consider a payment offer unless I fill in your own form instead, which asks for the same information laid out differently.

I've now done the same thing twice and my other creditors have all agreed the plan. Please explain why your own form is required, and accept the statement I've already sent.""",
  L(c=True, x=True, cat="process"),
  "Explicit complaint about a Conexus rule (own form only): process; he mentions his adviser but writes for himself, so not third_party.",
  kind="consumer")

H("cx-c22", "conexus", "Norman Pike <norman.pike@aol.com>",
  "Post Office payments", """
Your agent told me on 2 June that I could pay at any Post Office counter using the barcode on your letter. I went to two different Post Offices, on 4 and 5 June, and both told me the barcode isn't one they accept and they can't take payments to you at all.

So my payment is now late through no fault of mine, and I've had a text warning me about it. I want it recorded that I tried to pay on time, and I want to be told properly how I can pay without a computer.""",
  L(c=True, cat="inaccurate_information"),
  "Wrong information from a Conexus agent made his payment late, and he wants it put right: implicit complaint, inaccurate_information.",
  kind="consumer", esl=False)

H("cx-c23", "conexus", "Chloe Denholm <chloe.denholm@yahoo.co.uk>",
  "Complaint - what your agent told me about my credit file", """
I'm making a complaint about what I was told when I set up my plan on 12 March. Your agent said that once I was paying you by plan the default would be 'cleaned off' my credit file. I agreed to a higher monthly amount than I'd planned because of that.

My mortgage broker has now shown me my credit file: the default is still there, and he says a collection agency has no power to remove it. I want a written explanation of why I was told that, and I'd like to discuss lowering the payment back to what I originally offered.""",
  L(c=True, x=True, cat="inaccurate_information"),
  "Explicit complaint about misleading information given by a Conexus agent: inaccurate_information.",
  kind="consumer")

H("cx-c24", "conexus", "Farida Haque <farida@haquepharmacy.co.uk>",
  "Your staff outside my pharmacy", """
Your office is above my pharmacy on Carver Street. Every break time a group of your staff stand in my doorway to smoke and vape, and some of them flick their ends into the planters by my door. Customers, some of them patients with breathing problems, have to walk through the smoke to come in, and my assistant was sworn at when she asked them to move along.

Please can whoever manages your office deal with this and let me know what's been done.""",
  L(c=True, cat="other"),
  "A neighbouring business is dissatisfied with Conexus staff behaviour and wants action: an implicit complaint outside the service themes (other).",
  kind="consumer", esl=False, sig=["Haque Pharmacy"])

H("cx-c25", "conexus", "Brenda Tolley <brenda.tolley@sky.com>",
  "your online payment page", """
Your online payment page does work - my grandson showed me - but I cannot manage it on my own. The reference it asks for is 16 digits and isn't the one printed at the top of your letter, the writing is tiny, and it logs me out if I take too long finding my card. I've given up twice now.

Is there any way to make it simpler, or a number I can ring to pay a real person? I'd appreciate someone getting back to me.""",
  L(c=True, cat="usability"),
  "The payment page works but is too hard to use, and a reply is wanted: implicit complaint, usability.",
  kind="consumer")

H("cx-c26", "conexus", "Ahmed Sayed <ahmed.sayed@gmail.com>",
  "Payment failed but money taken - twice", """
I tried to pay £50 on your website on Sunday night. It showed 'Payment failed - please try again', so I did, and got the same error. My bank app now shows two payments of £50 to Conexus, and your website still shows my payment as missed.

I need the extra £50 back this week - it was my food money - and the missed payment removed.""",
  L(c=True, cat="platform_defect"),
  "The payment system failed (error shown, money taken twice) and a refund is demanded: implicit platform_defect complaint.",
  kind="consumer", angry=True,
  subj_only="Website said payment failed twice but took £50 both times - I need £50 back this week and the missed payment removed")

H("cx-c27", "conexus", "Tom Ashcroft (Office of Joanna Redfern MP) <tom.ashcroft@parliament.uk>",
  "Constituent: Mr Dennis Fielding, 12 Moor Lane, Bolton - your ref 30155782", """
Dear Sir or Madam,

I am writing on behalf of my constituent, Mr Dennis Fielding, whose signed consent is enclosed.

Mr Fielding has terminal cancer. His daughter wrote to you on 8 April enclosing a letter from his consultant and asking that collection be paused. Since then Mr Fielding has received two further letters warning of 'escalation' and a request for a visit from a field agent. He and his family are very distressed.

I would be grateful if you would look into this urgently, confirm that collection activity has been suspended, and explain why the information provided in April was not acted on.

Yours sincerely,

Joanna Redfern MP
(sent by Tom Ashcroft, Caseworker)""",
  L(c=True, tp=True, cat="collection_conduct"),
  "An MP's office writes for a constituent (third_party) about continued collection against a terminally ill man: implicit collection_conduct complaint.",
  kind="rep", raw=True)

H("cx-c28", "conexus", "Gemma Rowntree <gemma.rowntree@outlook.com>",
  "Doorstep visit yesterday", """
In March I asked you in writing to contact me by letter or email only, because of my anxiety, and your reply confirmed you had noted it on my account. Yesterday at 6.30pm one of your field agents knocked at my door. I didn't answer; he kept knocking for five minutes and then pushed a card through saying he'd 'be back'.

I had a panic attack afterwards. I want to know why he was sent when you'd agreed to written contact only, and I want confirmation that nobody will come to the house again.""",
  L(c=True, cat="collection_conduct"),
  "A doorstep visit against an agreed contact restriction, with an explanation and assurance demanded: implicit collection_conduct complaint; 'nobody will come to the house' is a conduct remedy, not objection.",
  kind="consumer")

H("cx-c29", "conexus", "Scott Palmer <scott.palmer@lumenwater.co.uk>",
  "What your agents are telling our customers", """
Six of our customers have rung us in the last fortnight, upset, saying your agents told them that 'Lumen has authorised us to add collection costs' and that their water 'could be restricted' if they don't pay. Neither is true: we have not authorised any additional costs, and we don't restrict domestic supplies.

This is not how we expect accounts to be handled on our behalf. I need you to explain where these scripts came from, confirm that agents have been told to stop, and send me call recordings for the six accounts listed in the attached sheet so we can review them.""",
  L(c=True, cat="collection_conduct"),
  "A creditor client is dissatisfied with how Conexus agents pursue its customers and demands action: implicit collection_conduct complaint; Lumen is the complainant, so about_other_firm=null, and asking for recordings of other people's calls is not a data-subject right.",
  kind="b2b", sig=["Head of Debt Recovery", "Lumen Water"])

H("cx-c30", "conexus", "Karen Aldous <karen.aldous@westbury.gov.uk>",
  "June remittance - late again", """
We still haven't received the remittance and payment for collections in May, which under our contract should have reached us by the 10th of June. It's now the 24th. This is the second month running - April's was also two weeks late - and it leaves us unable to reconcile council tax accounts before our reporting deadline.

Please make the payment this week, and let me know what has gone wrong and what you're doing to make sure it arrives on time in future.""",
  L(c=True, cat="delay"),
  "A creditor client complains that Conexus's remittance is late for the second month: implicit complaint about delay; the council is the complainant, so about_other_firm=null.",
  kind="b2b", sig=["Revenues Manager", "Westbury Council Tax Services"])

# ---- complaints whose root cause is the creditor (to be forwarded) ----------------------------

H("cx-f01", "conexus", "Jacqueline Osei <jacqui.osei@gmail.com>",
  "Lumen bill you're chasing is wrong", """
You've written to me about £843.20 owed to Lumen. I had a water meter fitted in October 2023 and Lumen kept billing me on the old rateable value for another year - that's the whole reason the balance is so high. They admitted on the phone in February that the bills were wrong and said they'd re-bill from the meter readings. They never did, and then they sent the account to you.

The amount isn't right. Please send it back to Lumen so they can re-bill it properly. I'm happy to pay what I actually owe.""",
  L(c=True, f="lwt", cat="debt_dispute"),
  "The dispute is the creditor's own billing error, which only Lumen can fix: about_other_firm=lwt ('Lumen'), category debt_dispute.",
  kind="consumer")

H("cx-f02", "conexus", "Darren Hibbert <darren.hibbert@gmail.com>",
  "North line energy - I switched supplier", """
Your letter says I owe North Line Energy £512.77. I switched my gas and electric away from them on 14 November last year - I've got the confirmation email from my new supplier and a photo of the final reading. North Line then sent me bills for December to March as if I was still with them.

That's their mistake, not mine. I've told them twice and they keep saying it's 'with the collections agency now'. Please pass this back to them. I don't owe this money.""",
  L(c=True, f="nte", cat="debt_dispute"),
  "The creditor billed after he switched supplier, so the root cause is the creditor's: 'North Line Energy' is nte; category debt_dispute.",
  kind="consumer")

H("cx-f03", "conexus", "Kayleigh Moss <kayleighmoss99@icloud.com>",
  "pennant phone contract", """
you're chasing me for £398 for a pennant contract. when i upgraded in the shop the salesman said the new contract replaced the old one. turns out he set up a second contract, and i've been paying for one phone while the other 'line' ran up charges for a sim i never had. pennant's shop said to take it up with head office and head office said it's with you now.

i shouldn't owe this at all. can you get pennant to look at what their shop did and cancel it?""",
  L(c=True, f="pmt", cat="debt_dispute"),
  "The debt comes from the creditor's mis-selling in its shop, which only the creditor can fix: about_other_firm=pmt ('pennant', lower case); category debt_dispute.",
  kind="consumer", esl=False)

H("cx-f04", "conexus", "Viktor Marsh <viktor.marsh@gmail.com>",
  "Sterling Loans arrears - payment holiday", """
The arrears you are collecting for Sterling Loans are from the three months (January to March) when Sterling had agreed a payment holiday with me after my operation. I have their email of 18 December agreeing it. They never put it on the account, marked the three months as missed, added charges and then passed it to you.

The arrears only exist because of their mistake. Please send it back to them to correct, and please hold off until they have.""",
  L(c=True, f="scl", cat="debt_dispute"),
  "The arrears exist because the creditor ignored its own payment holiday, so only the creditor can fix it: about_other_firm=scl ('Sterling Loans'); debt_dispute.",
  kind="consumer")

H("cx-f05", "conexus", "Janice Parfitt <janice.parfitt@btinternet.com>",
  "Westbury council tax - single person discount", """
You're collecting £684 of council tax arrears for Westbury Council. I've lived alone since my husband moved into a care home in 2023, and I applied for the single person discount in June that year. The council accepted it in writing but never applied it to my bill, so I've been charged the full amount for two years. That difference is the arrears.

I've written to the council twice and not had a reply. I'd like this sent back to them so they can apply the discount and recalculate.""",
  L(c=True, f="wbc", cat="debt_dispute"),
  "The arrears come from the council's failure to apply a discount: a creditor root cause, about_other_firm=wbc ('Westbury Council'); debt_dispute. She writes about her own bill, so not third_party.",
  kind="consumer", esl=False)

H("cx-f06", "conexus", "Stephen Kaye <stephen.kaye@gmail.com>",
  "Fwd: Your hardship arrangement", """
You've written asking me for £2,340 for my old loan. As you can see below, the lender agreed in January to freeze interest while I was on a hardship arrangement. They then added interest anyway for five months - about £380 of what you're asking for is that interest.

Please send this back to them and ask them to take the interest off. I'll pay the rest.""",
  L(c=True, f="bhf", cat="debt_dispute"),
  "Interest the creditor added against its own written agreement makes up part of the debt; the creditor is identified only by the forwarded @bhf.co.uk address (bhf); debt_dispute.",
  kind="consumer",
  tail="""
---------- Forwarded message ---------
From: Customer Support <customersupport@bhf.co.uk>
Date: 16 January 2025 11:02
Subject: Your hardship arrangement
To: stephen.kaye@gmail.com

Dear Mr Kaye,

Further to our call, we have agreed a reduced payment arrangement of £40 per month for six months. Interest and charges will be frozen for the duration of the arrangement.

Kind regards
Customer Support""")

H("cx-f07", "conexus", "Lauren Pritchard <laurenpritchard@hotmail.com>",
  "FlexiFit membership - I cancelled", """
You're chasing me for £215 for FlexiFit Gyms. I cancelled that membership in January, at the club, and gave the 30 days' notice their terms ask for. The manager said the cancellation was done. They kept taking payments until I stopped the direct debit in April, and now they've passed the 'missed months' to you.

I don't owe them anything. Please send it back to FlexiFit and ask them to check their own cancellation records.""",
  L(c=True, f="unknown", cat="debt_dispute"),
  "The debt is challenged because of the creditor's failure to cancel, and FlexiFit Gyms is not in the directory: about_other_firm='unknown', debt_dispute.",
  kind="consumer")

H("cx-f08", "conexus", "Oksana Kovalenko <oksana.kovalenko@ukr.net>",
  "Hartwell catalogue - returned items", """
Hello,

You send me letter that I owe £276 to Hartwell Home Shopping. In February I return a coat and two bed sets to them by their courier, I have the collection receipt with number. They never take it off my account, and when I phone they say they cannot find the parcel.

I do not owe this money, the items are back with them. Please give this back to Hartwell and ask them to find my return. I send you copy of the receipt.

Oksana Kovalenko""",
  L(c=True, f="unknown", cat="debt_dispute"),
  "A catalogue creditor outside the directory failed to credit returned goods: about_other_firm='unknown', category debt_dispute.",
  kind="consumer", raw=True)

# ---- personal data breaches -------------------------------------------------------------------

H("cx-b01", "conexus", "Natalie Greaves <natalie.greaves@gmail.com>",
  "You sent my letter to my ex's house", """
I moved out of 27 Alma Road in January and gave you my new address on the phone on 6 January - the call is on my phone log. Your latest letter, with my full balance and payment history, went to Alma Road, where my ex-partner still lives. He opened it and has been texting me about it ever since. We split up because of his behaviour, and I didn't want him knowing anything about my finances.

Please update my address to 4 Sefton Court, Mill Street, and until you've confirmed that's done, don't send anything to me by post at all. I also want to know how this happened when I'd already told you.""",
  L(c=True, pd=True, br=True, r=["rectification", "restriction"], cat="personal_data"),
  "Her debt details reached her ex-partner because Conexus used an old address: a breach (breach and personal_data true, category personal_data); 'update my address' = rectification, 'don't send anything until confirmed' = restriction.",
  kind="consumer", rights_mail=True)

H("cx-b02", "conexus", "Colette Brennan <colette.brennan@hotmail.co.uk>",
  "Complaint - voicemail on our home phone", """
I want to complain about a voicemail your company left on our home landline on Monday. It said my full name, that I owed £1,960 to Northline Energy, and that 'failure to respond may lead to further action'. My 15-year-old son played it back when he got in from school. He was upset and worried we were going to lose the house.

You have my mobile number, and I have never given you permission to leave messages on the landline. I want to know why this message was left where anyone could hear it, and what you're going to do to make sure it doesn't happen again.""",
  L(c=True, x=True, pd=True, br=True, cat="personal_data"),
  "Debt details disclosed on a shared landline voicemail: an explicit complaint about a breach (personal_data, breach); Northline is only named as the creditor, so about_other_firm=null.",
  kind="consumer")

H("cx-b03", "conexus", "Graham Tulloch <graham.tulloch@gmail.com>",
  "Email sent to me by mistake", """
I've received an email from your collections team this morning addressed to a 'Mrs J. Tulloch', with a payment arrangement letter attached. There's no J. Tulloch here - I think the sender may have picked the wrong address when typing the name. The attachment shows her address in Perth, her account balance and her bank sort code.

I've deleted it. Just letting you know so you can check who it should have gone to - no need to reply.""",
  L(br=True),
  "Someone else's account details were emailed to the wrong person (breach=true); the finder is not dissatisfied and wants no reply, so complaint=false and personal_data=false.",
  kind="consumer")

H("cx-b04", "conexus", "Jordan Achebe <jordan.achebe@gmail.com>",
  "who did you speak to", """
I left my phone in the kitchen on Saturday and my flatmate answered it when it kept ringing. Your agent didn't check who he was talking to - he told him he was calling about 'Jordan's overdue account with Pennant Mobile', that the balance was £640, and asked when I'd be paying. My flatmate now knows all of that, and so does half the flat.

I want to know why your agent didn't check he was talking to me before saying anything, and what you're doing about it.""",
  L(c=True, pd=True, br=True, cat="personal_data"),
  "A Conexus agent disclosed his debt to a flatmate without checking identity: an implicit complaint about a breach (personal_data, breach); Pennant is only named as creditor.",
  kind="consumer", angry=True)

# ---- data-rights requests ---------------------------------------------------------------------

H("cx-r01", "conexus", "Imran Siddiqui <imran.siddiqui@citycentreadvice.org.uk>",
  "Client Ms Leanne Carter - copy of her personal data - your ref 30299418", """
I am a debt adviser at City Centre Advice and act for Ms Leanne Carter, whose signed authority is attached.

To help us check the account history, please provide a copy of all the personal data you hold about Ms Carter, including account notes, copies of letters sent, and recordings of calls made or received since the account was placed with you.

Please send this by email to this address. Thank you for your help.""",
  L(r=["access"], tp=True),
  "An adviser requests a copy of his client's data on her behalf: access, third_party=true; no dissatisfaction, so not a complaint.",
  kind="rep", sig=["Debt Adviser", "City Centre Advice"], rights_mail=True)

H("cx-r02", "conexus", "Hollie Drummond <hollie.drummond@yahoo.com>",
  "Call on 14 May - I want the recording", """
I called you on 14 May to set up a plan, and the woman I spoke to was rude from start to finish - she talked over me, called me 'love' in a sarcastic voice and said 'we hear this every day' when I explained I'd been off sick. I ended the call in tears.

I'd like an apology and for someone to look into how she treated me. I also want a copy of the recording of that call, and of any notes she made on my account about me.""",
  L(c=True, r=["access"], cat="service_quality"),
  "The main grievance is a rude agent (implicit service_quality complaint); asking for a copy of the recording and notes is access, but the complaint is not about data handling, so personal_data=false.",
  kind="consumer", rights_mail=True)

H("cx-r03", "conexus", "Danielle Osborne <danielle.osborne@gmail.com>",
  "Change of name - ref 30731582", """
I got married in May and have changed my surname from Pryor to Osborne. Please could you update my name on your records and use it on future letters? I've attached a copy of the marriage certificate.

My address, phone number and payment arrangement stay the same.""",
  L(r=["rectification"]),
  "A neutral request to update her name on the records = rectification; no dissatisfaction, so not a complaint.",
  kind="consumer", rights_mail=True)

H("cx-r04", "conexus", "Niamh O'Sullivan <niamh.osullivan@outlook.com>",
  "My name - again", """
Every letter you send is addressed to 'Mr Neve O'Sullivan'. I've told your agents on the phone at least three times that I'm Ms Niamh O'Sullivan - N-I-A-M-H. My bank's fraud team has now queried a payment to you because the name on your reference letter doesn't match mine.

Please correct my title and the spelling of my first name on your records, and confirm it's been done.""",
  L(c=True, pd=True, r=["rectification"], cat="personal_data"),
  "Inaccurate personal data kept despite repeated corrections, now causing problems: implicit personal_data complaint; 'correct my title and name' = rectification; nothing disclosed, so breach=false.",
  kind="consumer", rights_mail=True)

H("cx-r05", "conexus", "Howard Blyth <howard.blyth@btinternet.com>",
  "Old account - please delete my details", """
My account with you (ref 29188340, for Northline Energy) was paid off in full in 2017 and you sent a letter confirming it was closed. I don't believe you have any reason to keep my details after this long.

Please erase my personal data, unless there is something you are legally obliged to keep - in which case please tell me what. Thank you.""",
  L(r=["erasure"]),
  "A neutral request to erase his data after a long-closed account = erasure; no dissatisfaction, so not a complaint.",
  kind="consumer", rights_mail=True)

H("cx-r06", "conexus", "Samuel Okafor <samokafor.work@gmail.com>",
  "STOP texting this number - it's not his", """
For the last month I've been getting your texts meant for a 'Mr D. Hargreaves' - 'your Sterling Credit balance of £1,140 is overdue, call us on...'. This has been my number since March; I got it new from my network. I've replied STOP twice and rung once and was told it would be 'updated'. This morning there was another one.

Take my number off your system. I don't want to keep getting someone else's debt details, and I'm sure he doesn't want me getting them either.""",
  L(c=True, pd=True, br=True, r=["erasure"], cat="personal_data"),
  "Texts keep disclosing another person's debt to the new owner of the number (breach=true), and he is annoyed that it continues: an implicit personal_data complaint; 'take my number off your system' = erasure of his own data.",
  kind="consumer", angry=True, rights_mail=True)

H("cx-r07", "conexus", "Ruth Kingsley <ruth.kingsley@riversideadvice.org.uk>",
  "Ms Tamsin Hale - ref 30877164 - disputed details", """
I act for Ms Tamsin Hale (authority attached). Ms Hale says that the address and date of birth on your account are not hers, and we are gathering evidence with the original creditor.

While that is checked, please don't use the personal details on the account for anything except keeping them on file - in particular, please don't send letters to the address on the account or pass the details to anyone else. I will write again once we have the creditor's response.

We are not raising any concerns about Conexus at this stage.""",
  L(r=["restriction"], tp=True),
  "An adviser, for her client (third_party), asks that contested data be kept but not used = restriction; she expressly raises no concern, so not a complaint.",
  kind="rep", sig=["Money Adviser", "Riverside Money Advice"], rights_mail=True)

H("cx-r08", "conexus", "Callum Fraser <callum.fraser@gmail.com>",
  "Payment history in a spreadsheet?", """
I'm using a budgeting app with a free money adviser, and it can import transactions from a CSV file. Could you send me my payment history with you - dates and amounts since the account started - as a CSV or Excel file, so I can load it in? Email is fine.

Thanks - you've been helpful since I set up the plan.""",
  L(r=["portability"]),
  "Asking for his data in a machine-readable file to load into another tool = portability; friendly, so not a complaint.",
  kind="consumer", rights_mail=True)

H("cx-r09", "conexus", "Yvonne Carrick <yvonne.carrick@gmail.com>",
  "Marketing", """
I'm happy to keep getting letters and texts about my account and payments. But I don't want my details used for any marketing - no offers, no 'partner' products, no consolidation loans - and I don't want to be profiled for them either. Please note that I object to that use of my data.""",
  L(r=["objection"]),
  "A calm objection to marketing and profiling = objection; no dissatisfaction with anything that has happened, so not a complaint.",
  kind="consumer", rights_mail=True)

H("cx-r10", "conexus", "Andrew Kilbride <andrew.kilbride@protonmail.com>",
  "How do you know where I work?", """
Your letter of 10 June says 'our records indicate you are employed by Halcyon Logistics'. I've never told you or the original creditor where I work. I only started there in April.

I want to know where you got that information and what else you've gathered about me. And I object to you using tracing agencies or any other profiling to dig into my employment or private life - I've been dealing with you by email perfectly well.""",
  L(c=True, pd=True, r=["informed", "objection"], cat="personal_data"),
  "Unhappy that Conexus obtained data about his employment unexpectedly: implicit personal_data complaint; 'where did you get it' = informed, 'I object to tracing/profiling' = objection; no disclosure, so breach=false.",
  kind="consumer", rights_mail=True)

H("cx-r11", "conexus", "Precious Mutasa <precious.mutasa@gmail.com>",
  "My payment offer was rejected by a computer", """
I used your online 'make an offer' tool on Sunday and offered £35 a month. It rejected it within seconds with 'Your offer does not meet our affordability criteria based on your credit profile'. The tool says I'm a homeowner with a mortgage. I'm not - I rent from the council, and my credit file says so.

I want a real person to look at my offer and my actual finances, not the computer. And please correct whatever data says I own a home.""",
  L(c=True, pd=True, r=["automated_decision", "rectification"], cat="personal_data"),
  "An automated decision based on inaccurate personal data: implicit personal_data complaint; 'a real person, not the computer' = automated_decision, 'correct whatever data says I own a home' = rectification.",
  kind="consumer", rights_mail=True)

H("cx-r12", "conexus", "Femi Oladipo <femi.oladipo@outlook.com>",
  "Letter to my mother - Mrs Grace Oladipo", """
I'm writing for my mother, Mrs Grace Oladipo, who has asked me to help with her post (her note giving permission is attached). She has received a letter from you about an account with Pennant Mobile, and she doesn't remember having a contract with them.

Before we go any further, could you tell us where you got her details from and on what basis you're using them? Once we know that, we'll look into whether the account is hers.""",
  L(r=["informed"], tp=True),
  "A son asks for his mother (third_party) where her details came from and on what basis they are used = informed; no grievance is expressed yet, so not a complaint.",
  kind="consumer", rights_mail=True)

H("cx-r13", "conexus", "Dean Whitlock <deanwhitlock@icloud.com>",
  "everything you have on me", """
can you send me everything you've got on me. all letters, notes from calls, recordings, the lot. ref 30950271. email's fine

Sent from my iPhone""",
  L(r=["access"]),
  "A mobile one-liner asking for a copy of everything held = access, in everyday words; no dissatisfaction, so not a complaint.",
  kind="consumer", raw=True, rights_mail=True,
  subj_only="send me everything you've got on me - letters, call notes, recordings, the lot. ref 30950271")

# ---- routine mail and hard negatives ----------------------------------------------------------

H("cx-n01", "conexus", "Tyrone Walsh <tyrone.walsh@gmail.com>",
  "Setting up a payment plan - ref 30144902", """
I got your letter last week. I'd like to set up a payment plan of £25 a month starting on the 1st of next month, by standing order if possible. Could you send me the bank details and the reference I should use?""",
  L(), "A routine request to set up a payment plan: no dissatisfaction, not a complaint.", kind="consumer")

H("cx-n02", "conexus", "Mandy Cole <mandy.cole@yahoo.co.uk>",
  "Settlement figure please", """
Could you let me know the total I'd need to pay to clear my account in one go? Ref 30567713. I've had some money come in and would like to get it sorted.""",
  L(), "A neutral request for a settlement figure: an enquiry, not a complaint.", kind="consumer",
  subj_only="How much to clear my account in full? ref 30567713")

H("cx-n03", "conexus", "Rachel Ng <rachel.ng@northsideadvice.org.uk>",
  "Mr Craig Dunn - ref 30481277 - financial statement and offer", """
I act for Mr Craig Dunn (authority attached). Please find attached his Standard Financial Statement. After priority bills and essential spending he has £48 a month available for his non-priority creditors, which is being shared pro rata. Your share is £11.20 a month.

Please confirm whether you will accept this offer, and hold the account for 30 days while you consider it. Payments can start on 1 August.""",
  L(tp=True),
  "A money adviser making a routine payment offer on a client's behalf: third_party=true but no dissatisfaction, so not a complaint; a 30-day account hold is not the restriction right.",
  kind="rep", sig=["Money Adviser", "Northside Money Advice"])

H("cx-n04", "conexus", "Sinead Gallagher <sinead.gallagher@hotmail.com>",
  "Best way to contact me", """
Just to let you know, I work shifts in a hospital and can't take calls during the day. Could you email me rather than ringing? I'll make the payment on Friday when I'm paid and send you the confirmation.

Thanks for being understanding on the phone last week.""",
  L(), "A contact preference stated politely is not a complaint and not an objection to processing.", kind="consumer")

H("cx-n05", "conexus", "Roy Whiteley <roy.whiteley@btinternet.com>",
  "Re: Your complaint - our final response (CX-COMP-60814)", """
Dear Harjit,

Thank you for your letter and for taking the time to look into everything. The charges have gone from my account and the new plan amount is right. I'm happy with the outcome and consider the matter closed.

Regards,
Roy Whiteley""",
  L(), "A thank-you confirming the complaint is resolved: complaint=false; the complaint wording is only in the subject of the firm's letter and the quoted history.",
  kind="consumer", raw=True,
  tail="""
> On 3 June 2025, Conexus Customer Relations <customerrelations@conexus.co.uk> wrote:
> Dear Mr Whiteley,
> Thank you for your complaint of 14 April about the arrears charges on your account. Having reviewed the account, I have upheld your complaint and removed the charges of £75...
> Harjit Kaur
> Customer Relations""")

H("cx-n06", "conexus", "Pauline Rigby <pauline.rigby@gmail.com>",
  "Thank you to Sam", """
No complaints at all about Sam, who I spoke to on Tuesday. I was very upset after losing my husband and worried about my payments, and she was so kind and patient. She set up the reduced plan straight away.

She mentioned she would post me a letter confirming the new amount. Could you let me know when that has gone out? Our post has been a bit hit and miss.""",
  L(), "'No complaints at all' is praise and the question is routine; she writes about her own account, so not third_party.",
  kind="consumer")

H("cx-n07", "conexus", "Gareth Pryce <gareth.pryce@northline-energy.co.uk>",
  "May placement file uploaded", """
We've uploaded the May placement file to the SFTP this morning - 312 accounts, total balance £287,406.55. The file follows the usual layout apart from a new column (Q) flagging accounts where the customer has a prepayment meter.

Please can you confirm receipt and let us know if anything fails validation.""",
  L(), "Routine operational mail from a creditor client: not a complaint, and a firm as sender never sets about_other_firm.",
  kind="b2b", sig=["Debt Recovery Manager", "Northline Energy"])

H("cx-n08", "conexus", "Sarah Bannister <sarah.bannister@lumenwater.co.uk>",
  "Commission invoice CX-INV-2025-0417", """
Could you send us a breakdown of commission invoice CX-INV-2025-0417 by age band? The headline rate works out at just over 17%, which is between the 16% and 19% in the contract schedule, so I assume it's a mix of the two bands - I just need the split to reconcile it against our ledger.

No rush, end of the month is fine.""",
  L(), "An invoice query from a creditor that expresses no dissatisfaction: an enquiry, not a complaint.",
  kind="b2b", sig=["Finance Business Partner", "Lumen Water"])

H("cx-n09", "conexus", "Kerry Ashton <kerryashton@gmail.com>",
  "wrong payslip sent", """
Hi, sorry, the payslip photo I sent this morning was from March, not May. Please delete that one and use the one attached to this email for my income and expenditure review. Thanks, Kerry (ref 30388425)""",
  L(), "'Delete that one' refers to a wrongly attached photo, not erasure of her data; routine, not a complaint.",
  kind="consumer", raw=True)

H("cx-n10", "conexus", "Owen Griffiths <owen.griffiths@gmail.com>",
  "How do I get into the online account?", """
I've got your letter with my reference number (30612088), but when I try to register for the online account it asks for an 'activation PIN' and I can't see one anywhere on the letter. How do I get access? I'd rather manage it online than ring.""",
  L(), "'Access' to the online account is a login question, not the right of access; neutral, not a complaint.",
  kind="consumer")

H("cx-n11", "conexus", "Helen Caddick <helen.caddick@gmail.com>",
  "My father, Mr Arthur Caddick - ref 30099265", """
I'm writing to let you know that my father, Arthur Caddick, of 8 Poplar Grove, Walsall, passed away on 2 June. I am the executor of his estate, and I've attached a copy of the death certificate.

Please could you note this on his account and send any further correspondence to me at the address below, rather than to his house? There is very little in the estate, but I will let you know once probate is sorted.

Helen Caddick
23 Walsall Road, Aldridge""",
  L(tp=True),
  "A daughter writes on behalf of her late father's estate (third_party) with a routine bereavement notification: no dissatisfaction, so not a complaint, and no data-subject right is asked for.",
  kind="consumer", raw=True)

H("cx-n12", "conexus", "Anil Patel <anil.patel@clearpathdebthelp.org.uk>",
  "Debt management plan - Mrs Lorraine Bell - ref 30344120", """
Mrs Lorraine Bell has started a debt management plan with ClearPath Debt Help, and her signed authority is attached. Your pro-rata share of her monthly payment will be £14.60, with the first payment distributed on 20 July.

Please could you confirm the current balance and direct all future contact about the account to us?""",
  L(tp=True),
  "A debt management provider's routine notice on a client's behalf: third_party=true, no dissatisfaction, not a complaint.",
  kind="rep", sig=["Client Services", "ClearPath Debt Help"])

H("cx-n13", "conexus", "Marie Delaney <marie.delaney@gmail.com>",
  "Breathing space question", """
I'm thinking of applying for the Breathing Space scheme through my debt adviser. If I do, does that mean you'd stop contacting me and stop adding anything to the balance for the 60 days? And would I still be able to make voluntary payments to you during that time if I wanted to?""",
  L(), "A neutral question about Breathing Space: an enquiry, not a complaint.", kind="consumer")

H("cx-n14", "conexus", "Jonathan Reeve <j.reeve@reeveandharlow.co.uk>",
  "Our client Mr Samir Haddad - your ref 30725519", """
We act for Mr Samir Haddad. Please would you send us a copy of your complaints procedure and the name of the person to whom any complaint should be addressed? Our client is considering his position and has not yet decided whether to raise any concerns.

We would also be grateful for a current statement of the account.""",
  L(tp=True),
  "A solicitor writes for his client (third_party) asking for a complaints procedure; no grievance is expressed yet, so complaint=false, and an account statement is not an access request.",
  kind="rep", sig=["Solicitor", "Reeve & Harlow"])

H("cx-n15", "conexus", "Pat Simmonds <pat.simmonds@aol.co.uk>",
  "Is this text from you genuine?", """
I've had a text saying it's from Conexus about an account, with a number to ring. I don't recognise your name. Before I ring anyone, can you tell me whether the text is really from you, and which company the account is with?

I'm not trying to avoid anything - I just get a lot of scam messages.""",
  L(), "Checking that a text is genuine and which creditor it concerns is an account enquiry, not a question about data processing, so rights=[] and not a complaint.",
  kind="consumer")

H("cx-n16", "conexus", "Joanne Firth <joanne.firth@sterlingcredit.co.uk>",
  "Recall - 14 accounts (IVA)", """
Please could you recall the 14 accounts on the attached list and return them to us by the end of the week? All 14 customers have entered IVAs in the last month and we'll be dealing with the insolvency practitioners directly.

Please stop any activity on them today and confirm once they've been closed on your side.""",
  L(), "A creditor client's routine recall instruction: not a complaint.",
  kind="b2b", sig=["Collections Strategy Manager", "Sterling Credit Loans"])

H("cx-n17", "conexus", "Kyle Bennett <kyle.bennett@gmail.com>",
  "Change payment date", """
I've changed jobs and now get paid on the 28th instead of the 15th. Can I move my monthly payment to the 28th from next month? Ref 30418833.""",
  L(), "A routine request to move a payment date: not a complaint.", kind="consumer",
  subj_only="Can I move my payment date from the 15th to the 28th from next month? ref 30418833")

H("cx-n18", "conexus", "Gary Holt <gary.holt1975@gmail.com>",
  "Reduced payments - lost my job", """
I was made redundant last week. I'm on a plan of £60 a month with you. Until I find another job, could I reduce it to £10 a month for three months? I can send you an income and expenditure form if you need one. I want to keep paying something.""",
  L(), "A hardship request expresses no dissatisfaction with Conexus: a service request, not a complaint.",
  kind="consumer")

H("cx-n19", "conexus", "Karen Aldous <karen.aldous@westbury.gov.uk>",
  "Remittance advice format", """
Could the monthly remittance advice come to us as a CSV file from now on, rather than a PDF? Our new finance system can import CSV directly, which would save us keying in the account-level figures by hand.

If that's possible from the June remittance, great - otherwise let me know when it could start.""",
  L(), "A creditor asks for its business remittance file as CSV: an operational request, not data portability by a data subject, and no complaint.",
  kind="b2b", sig=["Revenues Manager", "Westbury Council Tax Services"])

H("cx-n20", "conexus", "Louise Parr <louise.parr@yahoo.com>",
  "Standing order set up", """
Please stop calling me - I've set up a standing order for £30 a month, which starts on the 5th, with reference 30244817 as your letter said. Letters or email are fine if you need anything else.""",
  L(), "'Please stop calling me' is a conduct preference, not objection, and with the payment now arranged there is no grievance: not a complaint.",
  kind="consumer")

H("cx-n21", "conexus", "Tom Rawlings <tom.rawlings@pennantmobile.co.uk>",
  "Account 30166420 - breach of arrangement?", """
Our system shows no payment received on account 30166420 for May or June. Can you confirm whether the customer has breached their arrangement with you, and if so whether you'd recommend we recall the account or give it another month?""",
  L(), "'Breach' here means breaking a payment arrangement, not a personal data breach; a routine creditor query.",
  kind="b2b", sig=["Recoveries Analyst", "Pennant Mobile"])


# ==============================================================================================
# Machine-generated mail (both mailboxes): every label empty, auto_generated=true
# ==============================================================================================

M("px-a01", "pexa", "Victoria Leng <victoria.leng@lengandcrowe.co.uk>",
  "Re: Your complaint PX-CR-0841 - update", """
Thank you for your email. I am on annual leave until Monday 23 June and will have limited access to email. For anything urgent on a live completion please call our completions team on 01603 496 0117 or email completions@lengandcrowe.co.uk.

Victoria Leng
Partner, Leng & Crowe""", "ooo",
  "An out-of-office reply to PEXA's complaint update is machine-generated; the complaint wording is only in the subject and the quoted text, so every other label is empty.",
  tail="""
> Dear Ms Leng,
> We are writing to update you on your complaint about the failed settlement on 14 Chapel Field, Norwich. Our investigation is continuing and we expect to send our final response by 4 July.
> PEXA Customer Resolution""")

M("px-a02", "pexa", "Ben Oduya <ben.oduya@heathcotebank.co.uk>",
  "Re: Invoice query - May", """
I'm out of the office on a training course today and tomorrow (12-13 June) with no access to email. I'll reply when I'm back on Monday. If it's urgent, please contact the Completions Control team on completions.control@heathcotebank.co.uk.

Heathcote Bank plc is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority. This e-mail may contain personal data; if you have received it in error, please delete it and notify the sender.""", "ooo",
  "Standard out-of-office wording (away, no access to email, alternative contact) makes it auto_generated even without headers; the disclaimer's 'personal data' and 'delete' set nothing.")

M("px-a03", "pexa", "Mail Delivery Subsystem <MAILER-DAEMON@mx2.pexa.co.uk>",
  "Undelivered Mail Returned to Sender", """
This is the mail system at host mx2.pexa.co.uk.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

<s.mcgarrigle@btinternet.com>: host mx.btinternet.com[192.0.2.88] said: 550 5.1.1 <s.mcgarrigle@btinternet.com>: Recipient address rejected: User unknown (in reply to RCPT TO command)""", "bounce",
  "A delivery-failure notice from MAILER-DAEMON is auto_generated; the quoted forwarding notice that mentions a complaint adds no labels.",
  tail="""
------ Original message ------
From: PEXA Customer Resolution <complaints@pexa.co.uk>
To: s.mcgarrigle@btinternet.com
Subject: We have forwarded your complaint to Thames Valley Mortgages

Dear Ms McGarrigle,

Thank you for your email of 2 June. Because your complaint concerns the service provided by your lender, we have forwarded it to Thames Valley Mortgages, Customer Care, Station House, Forbury Road, Reading RG1 1AQ...""")

M("px-a04", "pexa", "Imogen Slater <imogen.slater@slaterhughes.co.uk>",
  "Read: Your complaint PX-CR-0877 - acknowledgement", """
Your message

  To: Imogen Slater
  Subject: Your complaint PX-CR-0877 - acknowledgement
  Sent: 10/06/2025 09:14

was read on 10/06/2025 09:31.""", "receipt",
  "A read receipt is produced by the mail client, so auto_generated; 'complaint' appears only in the echoed subject.")

M("px-a05", "pexa", "Completion Weekly <news@completionweekly.co.uk>",
  "Legal Ombudsman: conveyancing complaints at a five-year high | Completion Weekly", """
## Completion Weekly

**Conveyancing complaints to the Legal Ombudsman reach a five-year high**

Residential conveyancing accounted for 17% of all complaints accepted by the Legal Ombudsman last year, with delay and poor communication the most common complaint types. Firms that settle digitally reported fewer complaints about completion-day delays, although several told us that platform outages remain a concern.

**Also this week:** lenders tighten checks on changes to bank details; what the new personal data complaints duty means for law firms; and our guide to the HM Land Registry fee changes.

You are receiving this email because you subscribed at completionweekly.co.uk. Unsubscribe | Update your preferences | Privacy policy""", "newsletter",
  "A subscribed newsletter (bulk and list headers) is auto_generated; complaints, outages and personal data are article topics, not a grievance.",
  headers={"precedence": "bulk", "list-id": "Completion Weekly <weekly.completionweekly.co.uk>",
           "list-unsubscribe": "<https://completionweekly.co.uk/unsubscribe?u=55c1a9>"})

M("px-a06", "pexa", "PEXA Notifications <no-reply@notifications.pexa.co.uk>",
  "Workspace 52-13302: Settlement unsuccessful", """
This is an automated notification.

Settlement for workspace 52-13302 (12 Larch Avenue, Didcot) was unsuccessful at 14:02.
Reason: source funds not verified.
Next available settlement window: 15:00.

Log in to PEXA to view the workspace and take action. Please do not reply to this email - this mailbox is not monitored.""", "notification",
  "A platform notification sent by a system: auto_generated, even though it reports a failed settlement, so it is not a complaint.")

M("px-a07", "pexa", "Farrow Legal IT Service Desk <servicedesk@farrowlegal.co.uk>",
  "[Ticket #48213] Re: Scheduled maintenance - Saturday 21 June", """
Hello,

Thank you for contacting the Farrow Legal IT Service Desk. This is an automated response to confirm that we have received your email and a ticket (#48213) has been created. A member of the team will respond within one business day.

Please do not change the subject line when replying, so that your reply is added to the same ticket.

Farrow Legal IT Service Desk""", "notification",
  "A helpdesk autoresponder that creates a ticket is auto_generated: no complaint and no labels.")

M("px-a08", "pexa", "SignFlow <notifications@signflow.io>",
  "Completed: Participation Agreement - Ardmore Legal - 2025", """
All parties have completed 'Participation Agreement - Ardmore Legal - 2025'.

Signed by: Siobhan Ní Bhriain (Ardmore Legal), Paul Renshaw (PEXA Onboarding)
Completed: 11 June 2025 16:22 BST

A copy of the completed document is attached. Do not share this email: it contains a secure link to the document.

This message was sent to you by SignFlow on behalf of PEXA Onboarding. Privacy policy | Manage notifications""", "notification",
  "An e-signature service's completion notice is machine-generated: auto_generated, all other labels empty.")

M("px-a09", "pexa", "Heathcote Bank Supplier Portal <noreply@suppliers.heathcotebank.co.uk>",
  "Action required: annual supplier assurance questionnaire 2025", """
Dear Supplier,

Heathcote Bank's annual supplier assurance questionnaire for 2025 is now open. It includes sections on complaints handling, personal data breaches, information security and business continuity.

Please complete the questionnaire in the Supplier Portal by 31 July 2025. Your reference is SUP-7741-PEXA.

This is an automated message. Replies to this address are not monitored.""", "notification",
  "A supplier-portal notification from a directory bank is system-generated: auto_generated; 'complaints' and 'personal data breaches' are only questionnaire topics.")

M("px-a10", "pexa", "Tomasz Zieliński <tomek.zielinski@gmail.com>",
  "Re: We have forwarded your complaint to Marsh & Penrose Conveyancing", """
Dzień dobry, jestem na urlopie do 30 czerwca i mam ograniczony dostęp do internetu. Odpowiem po powrocie.

Hello, I am on holiday until 30 June with limited internet. I will answer after I am back.

Tomasz""", "ooo",
  "A consumer's bilingual vacation auto-reply to PEXA's forwarding notice: auto_generated, so no complaint or firm even though the subject names one.",
  alt_prefix="Auto: ")

M("cx-a01", "conexus", "Sophie Turnbull <sophie.turnbull@moneyhelpwessex.org.uk>",
  "Re: Mrs K. Abbott - your complaint CX-COMP-62004", """
I'm currently out of the office and will be back on Thursday 19 June. If your message concerns a client in a breathing space or an urgent enforcement matter, please call our advice line on 0300 555 0142.

Money Help Wessex is a registered charity.""", "ooo",
  "A money adviser's out-of-office is auto_generated, so third_party=false and no complaint, despite the complaint reference in the subject and quote.",
  tail="""
> Dear Ms Turnbull,
> Thank you for your email of 4 June making a complaint on behalf of Mrs Abbott about the letters sent to her. We have logged your complaint under reference CX-COMP-62004...
> Conexus Compliance and Risk""")

M("cx-a02", "conexus", "Rebecca Lowe <rebecca.lowe@lumenwater.co.uk>",
  "Re: June commission statement", """
Thanks for your message. I'm away from the office until 7 July. For anything relating to debt recovery placements, please contact recoveries@lumenwater.co.uk; for invoices, please contact finance@lumenwater.co.uk.

This email and any attachments are confidential and may contain personal data. If you are not the intended recipient, please delete it and notify the sender. Lumen Water plc, Lumen House, Riverside Way, Derby DE1 3GN.""", "ooo",
  "A creditor client's out-of-office reply is auto_generated (recognisable by its wording even without headers); the disclaimer sets nothing.")

M("cx-a03", "conexus", "Microsoft Outlook <postmaster@conexus.co.uk>",
  "Undeliverable: Your complaint - our final response CX-COMP-61877", """
Delivery has failed to these recipients or groups:

d.frobisher1961@hotmial.com
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: AM6PR02MB3381.eurprd02.prod.outlook.com
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'""", "bounce",
  "A non-delivery report for Conexus's own final response: auto_generated; the complaint wording is only in the returned subject.")

M("cx-a04", "conexus", "Debt Respite Scheme <noreply@debtrespite-notify.service.gov.uk>",
  "Breathing Space notification: a debtor has entered a standard breathing space", """
This is an automated notification from the Debt Respite Scheme (Breathing Space) service.

A debtor with whom you have a registered debt has entered a standard breathing space.

Debtor reference: BS-DR-2025-118405
Start date: 16/06/2025
Expected end date: 15/08/2025

You must stop all enforcement action and contact with the debtor about the debt, and must not add interest, fees or charges, during the breathing space. Log in to the service to view the debts included.

Do not reply to this email.""", "notification",
  "A system notification from the Breathing Space service is auto_generated; it creates obligations but is not a complaint or a third-party message.")

M("cx-a05", "conexus", "Credit Collections Review <bulletin@creditcollectionsreview.co.uk>",
  "FOS complaint data: debt collection uphold rate falls - and what Consumer Duty means for your letters", """
## Credit Collections Review

**Debt collection complaints: uphold rate falls to 31%**

New figures from the Financial Ombudsman Service show complaints about debt collectors fell slightly in the last half-year, with the uphold rate down to 31%. The most common complaint themes remain 'contacting the wrong person' and 'not treating customers in financial difficulty fairly'.

**Also in this issue:** writing letters customers understand under the Consumer Duty; handling subject access requests from advisers; and a reminder about Breathing Space notifications.

You are receiving this bulletin as a member. Unsubscribe | Manage preferences""", "newsletter",
  "A trade bulletin with list headers is auto_generated; complaints and data requests are article topics, so no complaint and no rights.",
  headers={"precedence": "bulk", "list-id": "CCR bulletin <bulletin.creditcollectionsreview.co.uk>",
           "list-unsubscribe": "<mailto:unsubscribe@creditcollectionsreview.co.uk?subject=unsubscribe>"})

M("cx-a06", "conexus", "PaySecure Payments <no-reply@paysecure-payments.co.uk>",
  "Payment received - Conexus - £45.00", """
Payment confirmation

Merchant: Conexus Ltd
Amount: £45.00
Customer reference: 30418876
Card: Visa Debit ending 4471
Date: 16/06/2025 19:42
Status: Authorised

This is an automatically generated email. Please do not reply.""", "notification",
  "A payment processor's automatic confirmation: auto_generated, all other labels empty.")

M("cx-a07", "conexus", "Maureen Cathcart <maureen.cathcart@outlook.com>",
  "Read: Your complaint - our acknowledgement CX-COMP-62110", """
Your message

  To: Maureen Cathcart
  Subject: Your complaint - our acknowledgement CX-COMP-62110
  Sent: 12/06/2025 10:02

was read on 12/06/2025 18:40.""", "receipt",
  "A read receipt echoing the subject of Conexus's acknowledgement is auto_generated; nothing new is said.")

M("cx-a08", "conexus", "Northline Energy Customer Service <customerservice@northline-energy.co.uk>",
  "We've received your email [Ref: NLE-5529107]", """
Thank you for contacting Northline Energy.

This is an automatic reply to let you know we've received your email. We aim to respond within 5 working days. If you want to make a complaint, you can also call us on 0330 088 5146 or visit northline-energy.co.uk/complaints.

Please don't reply to this email.""", "notification",
  "A creditor's autoresponder is auto_generated; its 'make a complaint' line is boilerplate, not a grievance, and the firm named is only the sender.")

M("cx-a09", "conexus", "Money Advice Practitioners List <map-list@lists.moneyadvicenetwork.org.uk>",
  "[MAP-list] Digest Vol 112, Issue 9", """
Send MAP-list mailing list submissions to map-list@lists.moneyadvicenetwork.org.uk

Today's Topics:

   1. Re: Conexus not accepting SFS? (J. Harker)
   2. Breathing Space notifications not reaching creditors (S. Idowu)
   3. Re: SAR response times - any experience? (R. Kaye)

----------------------------------------------------------------------

Message: 1
From: J. Harker
Subject: Re: Conexus not accepting SFS?

We had the same last month - they asked for their own form. Worth escalating through their compliance team if it happens again.

----------------------------------------------------------------------

End of MAP-list Digest, Vol 112, Issue 9""", "newsletter",
  "A mailing-list digest is auto_generated even though practitioners criticise Conexus in it: no person is writing to Conexus, so no complaint.",
  headers={"precedence": "list", "list-id": "Money Advice Practitioners <map-list.lists.moneyadvicenetwork.org.uk>",
           "list-unsubscribe": "<https://lists.moneyadvicenetwork.org.uk/mailman/options/map-list>"})

M("cx-a10", "conexus", "CreditView Disputes <disputes-noreply@creditview.co.uk>",
  "New data dispute raised - action required within 28 days (Case DSP-7781245)", """
A consumer has raised a dispute about information you have reported to CreditView.

Case reference: DSP-7781245
Account reference: 30566120
Dispute type: Account not recognised
Date raised: 13/06/2025

Please review and respond through the CreditView Data Partner Portal within 28 days. If no response is received, the disputed information may be suppressed.

This mailbox is not monitored.""", "notification",
  "A credit reference agency's system notification about a consumer dispute is auto_generated: no complaint, no rights and no breach from the sender.")


# ==============================================================================================
# Variant building
# ==============================================================================================

PRIMARY_TARGET = {"plain": 0.17, "html": 0.15, "disclaimer": 0.14, "quoted": 0.12, "forwarded": 0.06,
                  "typos": 0.09, "esl": 0.05, "mobile": 0.09, "rambling": 0.07, "subject_only": 0.03}
USED = {k: 0 for k in PRIMARY_TARGET}


def addr_of(frm):
    return frm.rsplit("<", 1)[1].rstrip(">")


def name_of(frm):
    return frm.rsplit("<", 1)[0].strip()


def org_host(s):
    org = s["sig"][-1] if s["sig"] else name_of(s["frm"])
    return org, addr_of(s["frm"]).split("@")[1]


def allowed_primaries(s):
    ok = ["plain", "html", "disclaimer", "typos"]
    if not s["tail"]:
        ok += ["quoted", "forwarded"]
    if s["esl"]:
        ok.append("esl")
    if s["kind"] != "rep":
        ok.append("mobile")
    if not s["raw"]:
        ok.append("rambling")
    return ok


def pick_primaries(s, rng):
    chosen = []
    if s["subj_only"]:
        chosen.append("subject_only")
    allowed = allowed_primaries(s)
    while len(chosen) < 2:
        cands = [p for p in allowed if p not in chosen]
        rng.shuffle(cands)
        cands.sort(key=lambda p: USED[p] / PRIMARY_TARGET[p])
        chosen.append(cands[0])
    for p in chosen:
        USED[p] += 1
    rng.shuffle(chosen)
    return chosen


def greeting(s, rng):
    lab = s["lab"]
    opts = list(GREET[(s["mb"], s["kind"])])
    if s["angry"]:
        opts = [g for g in opts if g not in ("Hi team,", "Hello PEXA team,")] or opts
    if not lab["complaint"]:
        opts += GREET_NONCOMPLAINT
    if s["rights_mail"]:
        opts += GREET_RIGHTS * 2
    return rng.choice(opts)


def signoff(s, rng):
    name = name_of(s["frm"])
    if "(" in name:
        name = name.split("(")[0].strip()
    first = s["first"] or name.split()[0]
    style = "angry" if s["angry"] else s["kind"]
    so = rng.choice(SIGNOFF[style])
    who = rng.choice([first, name]) if s["kind"] == "consumer" else name
    lines = [so, who] if so else [who]
    if s["sig"]:
        if rng.random() < 0.5:
            lines += s["sig"]
        else:
            lines.append(" | ".join(s["sig"]))
    return "\n".join(lines)


def pick_disclaimer(s, rng):
    org, host = org_host(s)
    if s["kind"] == "consumer" and any(w in host for w in WEBMAIL):
        return rng.choice(CONSUMER_DISCLAIMERS)
    pool = list(DISCLAIMERS)
    if not s["lab"]["complaint"] or s["lab"]["explicit"]:
        pool += DISCLAIMERS_COMPLAINTWORD
    return rng.choice(pool).format(org=org, host=host)


def build_human(s, primary, v):
    rng = random.Random(f"{SEED}:{s['sid']}:{v}")
    lab = s["lab"]
    name, addr = name_of(s["frm"]), addr_of(s["frm"])
    first = s["first"] or name.split()[0]
    subject, headers, html_flag = s["subject"], {}, False
    desc = []
    body = s["body"]
    tail = s["tail"]
    disclaimer = ""

    if primary == "subject_only":
        rec_subject = s["subj_only"]
        return rec_subject, "", {}, False, "subject-only message with an empty body"

    if primary == "typos":
        body = typos(body, rng)
        desc.append("typos")
    elif primary == "esl":
        body = esl(body, rng)
        desc.append("non-native phrasing")

    if primary == "mobile":
        text = mobile(body, rng)
        if not s["raw"]:
            if rng.random() < 0.5:
                text += "\n" + first
            text += "\n\n" + rng.choice(CONSUMER_FOOTERS)
        main = text
        desc.append("mobile")
        if rng.random() < 0.5:
            headers["x-mailer"] = rng.choice(["iPhone Mail (22F76)", "Samsung Email 6.1", "Outlook-Android"])
    else:
        if s["raw"]:
            main = body
        else:
            parts = []
            g = greeting(s, rng)
            if g:
                parts.append(g)
            if primary == "rambling":
                kk = "b2b" if s["kind"] in ("b2b", "rep") else "consumer"
                pre = list(RAMBLE_PRE[kk])
                if kk == "consumer" and not lab["complaint"]:
                    pre += RAMBLE_PRE_CHEERFUL
                parts.append(rng.choice(pre))
                parts.append(body)
                parts.append(rng.choice(RAMBLE_POST[kk]))
                desc.append("long rambling mail")
            else:
                parts.append(body)
            parts.append(signoff(s, rng))
            main = "\n\n".join(parts)
        if primary == "disclaimer" or (primary in ("html", "quoted", "forwarded", "plain", "rambling")
                                       and s["kind"] != "consumer" and rng.random() < 0.35):
            disclaimer = pick_disclaimer(s, rng)
            desc.append("signature disclaimer or footer")

    if primary == "quoted" and not tail:
        if (not lab["complaint"] or lab["explicit"]) and rng.random() < 0.4:
            tail = quote_complaintword(s["mb"], name, first, rng)
            desc.append("quoted auto-acknowledgement mentioning complaints")
        else:
            tail = quote_neutral(s["mb"], s["kind"], name, first, subject, rng)
            desc.append("quoted reply history from the firm")
        if not re.match(r"^re:", subject, re.I):
            subject = "Re: " + subject if subject else "Re: your email"
        mid = f"<{rng.randint(10**9, 10**10)}.{rng.randint(1000, 9999)}@{FIRM_HOST[s['mb']]}>"
        headers["in-reply-to"] = mid
        headers["references"] = mid
    elif primary == "forwarded" and not tail:
        main += "\n\n" + rng.choice(FWD_INTRO)
        tail = forward_block(s["mb"], s["kind"], name, addr, subject, rng)
        desc.append("forwarded chain")
        if not re.match(r"^(re|fwd?):", subject, re.I):
            subject = "Fwd: " + subject if subject else "Fwd: your email"

    if primary == "html":
        text = to_html(main, disclaimer, tail, rng)
        html_flag = True
        desc.append("HTML-only body")
    else:
        pieces = [main]
        if disclaimer:
            pieces.append(disclaimer)
        if tail:
            pieces.append(tail)
        text = "\n\n".join(pieces)
    if s["angry"] and rng.random() < 0.3:
        headers["importance"] = "high"
    if not desc:
        desc.append("plain")
    return subject, text, headers, html_flag, ", ".join(desc)


def build_machine(s, v):
    """Variant 0/1 of a machine-generated message."""
    rng = random.Random(f"{SEED}:{s['sid']}:{v}")
    t = s["atype"]
    subject, body, headers, html_flag = s["subject"], s["body"], {}, False
    tail = s["tail"]
    if t == "ooo":
        if v == 0:
            subject = "Automatic reply: " + s["subject"]
            headers = {"auto-submitted": "auto-replied", "x-autoreply": "yes"}
            if rng.random() < 0.5:
                headers["x-auto-response-suppress"] = "All"
            text = body
            desc = "auto-reply headers, no quote"
        else:
            subject = (s["alt_prefix"] or "Out of Office: ") + s["subject"]
            text = body + ("\n\n" + tail if tail else "")
            desc = "no auto headers" + (", quoted original" if tail else "")
    elif t == "bounce":
        headers = {"return-path": "<>", "auto-submitted": "auto-replied"}
        if v == 0:
            text = body + ("\n\n" + tail if tail else "")
            desc = "plain bounce"
        else:
            text = to_html(body, "", tail, rng)
            html_flag = True
            desc = "HTML bounce"
    elif t == "receipt":
        if v == 0:
            headers = {"content-type": "multipart/report; report-type=disposition-notification"}
            text = body
            desc = "plain read receipt with report header"
        else:
            text = to_html(body, "", "", rng)
            html_flag = True
            desc = "HTML read receipt, no headers"
    elif t == "newsletter":
        headers = dict(s["headers"])
        if v == 0:
            text = newsletter_html(body)
            html_flag = True
            desc = "HTML newsletter with list headers"
        else:
            text = re.sub(r"\*\*|## ", "", body)
            desc = "plain-text newsletter with list headers"
    else:  # notification
        if v == 0:
            headers = {"auto-submitted": "auto-generated"}
            text = body
            desc = "plain, Auto-Submitted header"
        else:
            text = to_html(body, "", "", rng)
            html_flag = True
            desc = "HTML, no auto headers"
    return subject, text, headers, html_flag, desc


def newsletter_html(body):
    out = []
    for para in re.split(r"\n\s*\n", body):
        p = htmlmod.escape(para.strip(), quote=False)
        if p.startswith("## "):
            out.append(f"<h2>{p[3:]}</h2>")
            continue
        p = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", p)
        if "Unsubscribe" in p:
            p = p.replace("Unsubscribe", '<a href="#unsubscribe">Unsubscribe</a>')
            out.append(f'<p style="font-size:11px;color:#777">{p}</p>')
        else:
            out.append("<p>" + p.replace("\n", "<br>\n") + "</p>")
    return ('<html><head><meta charset="utf-8"></head><body><table width="600" align="center"><tr><td>\n'
            + "\n".join(out) + "\n</td></tr></table></body></html>")


# ==============================================================================================
# Self-checks (the guide's rules that the labels and texts must obey)
# ==============================================================================================

def check(rec, new_text):
    lab = rec["labels"]
    low = (rec["subject"] + "\n" + new_text).lower()
    if lab["auto_generated"]:
        assert lab == AUTO, rec["id"]
        return
    if lab["complaint"]:
        assert lab["category"] != "none", rec["id"]
        if lab["explicit"]:
            assert "complain" in low, (rec["id"], "explicit without the word")
        else:
            assert "complain" not in (rec["subject"] + rec["body"]).lower(), (rec["id"], "implicit with the word")
        if lab["breach"]:
            assert lab["personal_data"], rec["id"]
    else:
        assert not lab["explicit"] and not lab["personal_data"] and lab["about_other_firm"] is None
        assert lab["category"] == "none", rec["id"]
    if lab["category"] == "personal_data":
        assert lab["personal_data"], rec["id"]


def new_text_of(s, body):
    """The writer's own text (for self-checks): body minus scenario/envelope history."""
    cut = len(body)
    for marker in ("\n---------- Forwarded message", "\n________________________________",
                   "\n-----Original Message-----", "\nFrom: PEXA", "\n> ", "\n------ Original"):
        i = body.find(marker)
        if i > 0:
            cut = min(cut, i)
    m = re.search(r"\nOn [^\n]* wrote:", body)
    if m:
        cut = min(cut, m.start())
    return body[:cut]


def main():
    recs = []
    sids = set()
    for s in HUMAN:
        assert s["sid"] not in sids, s["sid"]
        sids.add(s["sid"])
        rng = random.Random(f"{SEED}:{s['sid']}")
        for v, primary in enumerate(pick_primaries(s, rng)):
            subject, body, headers, html_flag, desc = build_human(s, primary, v)
            rec = {"id": f"ho-{s['sid']}-{'ab'[v]}", "mailbox": s["mb"], "from": s["frm"],
                   "subject": subject, "headers": headers, "body": body, "html": html_flag,
                   "labels": json.loads(json.dumps(s["lab"])),
                   "note": f"{s['note']} [Envelope: {desc}.]", "source": f"ho-{s['sid']}"}
            check(rec, new_text_of(s, body))
            recs.append(rec)
    for s in MACHINE:
        assert s["sid"] not in sids, s["sid"]
        sids.add(s["sid"])
        for v in range(2):
            subject, body, headers, html_flag, desc = build_machine(s, v)
            rec = {"id": f"ho-{s['sid']}-{'ab'[v]}", "mailbox": s["mb"], "from": s["frm"],
                   "subject": subject, "headers": headers, "body": body, "html": html_flag,
                   "labels": dict(AUTO), "note": f"{s['note']} [Envelope: {desc}.]",
                   "source": f"ho-{s['sid']}"}
            check(rec, body)
            recs.append(rec)
    recs.sort(key=lambda r: (r["mailbox"], r["id"]))
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records from {len(sids)} scenarios to {os.path.relpath(OUT, ROOT)}")
    print("envelopes:", dict(USED))


if __name__ == "__main__":
    main()
