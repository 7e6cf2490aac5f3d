#!/usr/bin/env python3
"""Generate data/labelled/conexus.jsonl: hand-written, hand-labelled emails for the Conexus complaints mailbox.

Conexus is a UK debt collection agency collecting for creditor clients. Every scenario below is a complete
email core written by hand for this project (people, addresses and references are invented; nothing is copied
from /work/shared/corpora or the labelling-guide examples). Each scenario carries its labels, decided by hand
under the rules of the labelling guide (/work/shared/labelling/labelling-guide.md), and a one-sentence note giving the deciding rule.

Each scenario is expanded into 2-4 variants by "envelopes" that change how the message is wrapped (greeting,
sign-off, signature, disclaimer, quoted reply history, forwarded letter, HTML-only, message only in the
subject, typos, all-caps, mobile mail, rambling preamble) but never what the NEW text says, so the labels of
a scenario hold for all its variants. Quoted/forwarded text never adds a complaint, right or breach to a
message (the guide labels only the new text). All variants of one scenario share a `source` id so that
train/dev/test splits can be made by source without leakage.

Stdlib only; deterministic (fixed seed, per-scenario RNG seeded from the scenario id).

    python data/make/make_conexus.py            # writes data/labelled/conexus.jsonl
    python data/make/make_conexus.py --stats    # also prints label counts
"""

from __future__ import annotations

import html as htmlmod
import json
import random
import re
import sys
import zlib
from pathlib import Path

from labelled_mail import label_errors, labels, quote_lines

SEED = 20261122
ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "data" / "labelled" / "conexus.jsonl"

SCEN: list[dict] = []


def lab(spec: str) -> dict:
    """Compact label spec -> labels dict.

    tokens: c:<category> (complaint with category), e (explicit), pd (personal_data), br (breach),
    tp (third_party), ag (auto_generated), r:<right>+<right>, f:<firm id|unknown>.
    An empty spec is a plain non-complaint.
    """
    d = labels()
    for t in spec.split():
        if t.startswith("c:"):
            d["complaint"] = True
            d["category"] = t[2:]
        elif t == "e":
            d["explicit"] = True
        elif t == "pd":
            d["personal_data"] = True
        elif t == "br":
            d["breach"] = True
        elif t == "tp":
            d["third_party"] = True
        elif t == "ag":
            d["auto_generated"] = True
        elif t.startswith("r:"):
            d["rights"] = t[2:].split("+")
        elif t.startswith("f:"):
            d["about_other_firm"] = t[2:]
        else:
            raise ValueError(f"bad label token {t!r}")
    return d


def S(frm: str, subject: str, body: str, spec: str, note: str, *, kind: str = "debtor",
      org: str | None = None, short: str | None = None, cred: str | None = None,
      headers: dict | None = None, html: bool = False, env: tuple | None = None,
      tail: str | None = None) -> None:
    """Register one hand-written scenario.

    frm: "Name <addr>"; body: the new text WITHOUT greeting/sign-off (the envelope adds those) unless
    kind is 'auto' or 'raw' (used verbatim); short: a one-line version of the same message (same labels)
    used for subject-only / one-liner variants; cred: creditor name to use in quoted Conexus letters;
    tail: fixed quoted history (e.g. an old complaint thread) appended after the new text in every variant.
    """
    SCEN.append(dict(frm=frm, subject=subject, body=body.strip("\n"), labels=lab(spec), note=note,
                     kind=kind, org=org, short=short, cred=cred, headers=headers or {}, html=html,
                     env=env, tail=tail.strip("\n") if tail else None))


# --------------------------------------------------------------------------------------------------
# Envelope material (all invented)
# --------------------------------------------------------------------------------------------------

GREET_INFORMAL = ["Hi,", "Hello,", "Hi there,", "Hello Conexus,", "Good morning,", "Good afternoon,", ""]
GREET_FORMAL = ["Dear Sir or Madam,", "Dear Sir/Madam,", "Dear Conexus,", "To whom it may concern,",
                "Dear Customer Services Team,", "Dear Sirs,"]
SIGNOFF_INFORMAL = ["Thanks,", "Thank you,", "Regards,", "Many thanks,", "Thanks", "", "Kind regards,"]
SIGNOFF_FORMAL = ["Yours faithfully,", "Kind regards,", "Yours sincerely,", "Regards,", "With thanks,"]

MOBILE_TAILS = ["Sent from my iPhone", "Sent from my Galaxy", "Get Outlook for Android",
                "Sent from Yahoo Mail on Android", "Sent from my Samsung Galaxy smartphone.",
                "Sent from Mail for Windows"]

DEBTOR_DISCLAIMERS = [
    "",
    "",
    "This email and any attachments are confidential and may contain personal data. If you are not the "
    "intended recipient please delete it and let me know.",
]
ORG_DISCLAIMERS = {
    "adviser": [
        "{org} is a registered charity in England and Wales. This email is confidential and may contain "
        "personal data about our clients. If you have received it in error please tell us and delete it; "
        "do not copy, forward or use it.",
        "Confidentiality: this message and any attachments are intended for the addressee only and may "
        "contain sensitive personal data. We process client information in line with our privacy notice.",
        "{org} is authorised and regulated by the Financial Conduct Authority for debt counselling. "
        "Our advice is free and confidential.",
    ],
    "solicitor": [
        "{org} is authorised and regulated by the Solicitors Regulation Authority. This email is "
        "confidential and may be legally privileged. If it has reached you in error, please tell the "
        "sender and delete it. Beware of cyber fraud: we will never change our bank details by email.",
        "This email may contain privileged or confidential information, including personal data. If you "
        "are not the intended recipient you must not use, copy or disclose it.",
    ],
    "mp": [
        "This message is intended for the named recipient only. Constituents' personal data is handled in "
        "line with the Member's privacy notice, available on request. If you receive this in error, "
        "please let the sender know and delete it.",
        "Please note that this office can only deal with matters raised by constituents. This email is "
        "not secure and should not be used to send sensitive information.",
    ],
    "creditor": [
        "{org} is a data controller under the UK GDPR and the Data Protection Act 2018. This email and "
        "any files transmitted with it are confidential and intended solely for the addressee. If you "
        "have received it in error please notify the sender and delete it from your system.",
        "The information in this email is confidential and may be legally privileged. Any views expressed "
        "are those of the author and not necessarily of {org}. Please consider the environment before "
        "printing this email.",
    ],
    "relative": DEBTOR_DISCLAIMERS,
    "debtor": DEBTOR_DISCLAIMERS,
    "public": DEBTOR_DISCLAIMERS,
    "staff": ["This email is confidential and intended for the addressee only."],
}

RAMBLE_PRE = [
    "Sorry, I'm not very good with emails, my daughter usually does this kind of thing for me but she is "
    "away this week so bear with me.",
    "I've started writing this three times now so I'll just try and get it all down.",
    "Apologies in advance for the length of this, there is a bit of background.",
    "I'm writing this on my lunch break so it might jump around a bit.",
    "I'll try and keep this short but I want to make sure you have everything.",
    "Bit of background first as I'm not sure what you have on your system.",
]
RAMBLE_POST = [
    "Sorry again for the long email, I've tried to put everything in so nobody has to ring me to ask.",
    "I work shifts at the moment so email is best, I can't always pick up the phone.",
    "I'm not sure if I've put this in the right place, if not could you pass it on to whoever deals "
    "with it.",
    "My reference should be on the letter but I can't lay my hands on it, I can give my date of birth "
    "if you need it to find me.",
    "I've put my phone number below as well but I'd prefer email if possible.",
]

TYPO_SUBS = [
    (" the ", " teh "), ("received", "recieved"), ("because", "becuase"), ("definitely", "definately"),
    ("separate", "seperate"), ("I'm ", "im "), ("don't", "dont"), ("can't", "cant"), ("which", "wich"),
    ("would", "woud"), ("payment", "payemnt"), ("account", "acount"), ("letter", "leter"),
    (" I ", " i "), ("address", "adress"), ("until", "untill"), ("Thanks", "thnaks"), ("really", "realy"),
    ("there", "their"), ("tomorrow", "tommorow"), ("Wednesday", "wednsday"), ("arrangement", "arrangment"),
]

CONEXUS_SENDERS = [
    "Conexus <customerservices@conexus-services.com>",
    "Conexus Customer Services <customerservices@conexus-services.com>",
    "Conexus Collections <noreply@conexus-services.com>",
    "Conexus Client Services <clientservices@conexus-services.com>",
]

QUOTE_DEBTOR = [
    "Dear {first},\n\nThank you for your email. Your account reference is {ref}. Please allow up to five "
    "working days for a response.\n\nConexus Customer Services",
    "Dear {first},\n\nWe write regarding the above account, which has been passed to us by our client "
    "for collection. Please contact us within 14 days to pay the outstanding balance in full or to "
    "discuss an affordable arrangement.\n\nConexus",
    "Dear {first},\n\nThank you for speaking with us today. As discussed, please complete the enclosed "
    "income and expenditure form so that we can look at an affordable payment.\n\nConexus",
    "Hello {first},\n\nThanks for getting in touch. Could you confirm your full address and date of "
    "birth so that we can locate your account?\n\nKind regards\nConexus Customer Services",
    "Dear {first},\n\nWe have updated your account as requested. If you have any further questions, "
    "please reply to this email quoting {ref}.\n\nConexus Customer Services",
]
QUOTE_REP = [
    "Dear {first},\n\nThank you for your email. Before we can discuss the account with you we will need "
    "a signed letter of authority from our customer. Please quote {ref} in all correspondence.\n\nConexus",
    "Dear {first},\n\nWe acknowledge receipt of your email and the enclosed authority. Your enquiry has "
    "been passed to the relevant team.\n\nConexus Customer Services",
]
QUOTE_CREDITOR = [
    "Hi {first},\n\nThanks for this. We will pick it up this week and come back to you.\n\nConexus Client "
    "Services",
    "Dear {first},\n\nPlease find attached the monthly remittance summary for your portfolio.\n\nConexus "
    "Client Services",
]

STREETS = ["Harebell Road", "Tanner's Lane", "Pinfold Street", "Corporation Road", "Mill Brow",
           "Station Approach", "Laburnum Grove", "Chapel Walk", "Beechfield Avenue", "Kiln Close",
           "Marlow Drive", "Quarry Hill", "Waterloo Terrace", "Poplar Crescent"]
TOWNS = ["Rotherham", "Wigan", "Swindon", "Barnsley", "Grimsby", "Newport", "Walsall", "Dudley", "Stoke",
         "Darlington", "Luton", "Preston", "Bolton", "Ipswich", "Gateshead", "Wrexham", "Kettering"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rng_for(key: str) -> random.Random:
    return random.Random(SEED ^ zlib.crc32(key.encode()))


def split_from(frm: str) -> tuple[str, str]:
    m = re.match(r"\s*(.*?)\s*<([^>]+)>\s*$", frm)
    return (m.group(1), m.group(2)) if m else ("", frm)


def signer(name: str, rng: random.Random) -> str:
    name = re.sub(r"\s*\(.*?\)", "", name).strip()
    parts = name.split()
    if not parts:
        return ""
    if len(parts) == 1:
        return parts[0]
    return rng.choice([name, parts[0], f"{parts[0][0]}. {parts[-1]}", name, f"{parts[0][0]} {parts[-1]}"])


def a_date(rng: random.Random) -> str:
    return f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.choice([2025, 2026, 2026])}"


def a_ref(rng: random.Random) -> str:
    return f"CX-{rng.randint(1000000, 9999999)}"


def to_html(text: str, rng: random.Random) -> str:
    paras = [p for p in text.split("\n\n")]
    out = []
    for p in paras:
        if p.startswith(">"):
            inner = "<br>\n".join(htmlmod.escape(ln.lstrip("> ")) for ln in p.split("\n"))
            out.append(f'<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       f"{inner}</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(htmlmod.escape(ln) for ln in p.split("\n")) + "</p>")
    style = rng.choice([
        '<div dir="ltr">{}</div>',
        '<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">{}</div>',
        '<div class="WordSection1">{}</div>',
        "{}",
    ])
    head = rng.choice(["", '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'])
    return f"<html>{head}<body>\n" + style.format("\n".join(out)) + "\n</body></html>"


def apply_typos(text: str, rng: random.Random) -> str:
    out = text
    for a, b in TYPO_SUBS:
        if a in out and rng.random() < 0.55:
            # replace only some occurrences
            pieces = out.split(a)
            out = pieces[0]
            for p in pieces[1:]:
                out += (b if rng.random() < 0.6 else a) + p
    # occasionally drop capital at sentence start
    if rng.random() < 0.5:
        out = re.sub(r"(?<=\. )([A-Z])(?=[a-z])", lambda m: m.group(1).lower() if rng.random() < 0.3 else m.group(1), out)
    return out


# --------------------------------------------------------------------------------------------------
# Envelopes
# --------------------------------------------------------------------------------------------------

# Writers who are not Conexus customers (or not the account holder): a quoted or forwarded Conexus
# letter addressed to them would contradict the scenario, so those envelopes are not used for them.
NOQUOTE = {"jpmbeki@gmail.com", "neil.forsyth@outlook.com", "harriet.moss@hollybankpractice.nhs.uk",
           "oksana.petrenko@gmail.com", "omar.shaikh@outlook.com", "fiona.wallace@gmail.com",
           "phil.norris@gmail.com", "gwen.price@gmail.com", "ben.carlisle@gmail.com"}

FORMAL_KINDS = {"adviser", "solicitor", "mp", "creditor", "staff"}
PERSONAL_KINDS = {"debtor", "relative", "public"}


def envelope_names(sc: dict) -> list[str]:
    if sc["env"]:
        return list(sc["env"])
    kind = sc["kind"]
    if kind == "auto":
        return ["hdr", "nohdr", "quote", "html"] if not sc["html"] else ["hdr", "nohdr"]
    if kind == "raw":
        return ["raw"]
    names = ["plain", "sig", "quote", "html", "fwd"]
    if sc.get("tail"):
        names = ["plain", "sig", "html", "sig"] + (["typo", "mobile"] if kind in PERSONAL_KINDS else [])
        return names
    if split_from(sc["frm"])[1] in NOQUOTE:
        names = ["plain", "sig", "html"]
    if kind in PERSONAL_KINDS:
        names += ["mobile", "typo", "ramble", "typo", "mobile"]
        if sc["labels"]["complaint"]:
            names += ["caps"]
        if sc["short"]:
            names += ["subject_only", "oneliner", "subject_only"]
    else:
        names += ["sig", "quote"]
        if sc["short"]:
            names += ["oneliner"]
    return names


def build_human(sc: dict, env: str, rng: random.Random, sid: int) -> dict:
    name, addr = split_from(sc["frm"])
    kind = sc["kind"]
    formal = kind in FORMAL_KINDS
    greet = rng.choice(GREET_FORMAL if formal or rng.random() < 0.3 else GREET_INFORMAL)
    signoff = rng.choice(SIGNOFF_FORMAL if formal else SIGNOFF_INFORMAL)
    who = signer(name, rng) if kind not in FORMAL_KINDS else re.sub(r"\s*\(.*?\)", "", name)
    core = sc["body"]
    subject = sc["subject"]
    headers: dict = {}
    html = False
    first = name.split()[0] if name else "Sir/Madam"
    ref = a_ref(rng)
    amt = f"{rng.randint(80, 4800)}.{rng.randint(0, 99):02d}"

    def sign_block(full: bool) -> str:
        lines = []
        if signoff:
            lines.append(signoff)
        if who:
            lines.append(who)
        if full:
            if sc["org"]:
                lines.append(sc["org"])
            elif kind in PERSONAL_KINDS and rng.random() < 0.6:
                lines.append(f"{rng.randint(1, 140)} {rng.choice(STREETS)}, {rng.choice(TOWNS)}")
                if rng.random() < 0.5:
                    lines.append(f"Tel 07700 900{rng.randint(0, 999):03d}")
            disc = rng.choice(ORG_DISCLAIMERS.get(kind, DEBTOR_DISCLAIMERS))
            if disc:
                lines.append("")
                lines.append(disc.format(org=sc["org"] or "This organisation"))
        return "\n".join(lines)

    def assemble(text: str, full: bool = False, greeting: str | None = None) -> str:
        g = greet if greeting is None else greeting
        parts = []
        if g:
            parts.append(g)
        parts.append(text)
        sb = sign_block(full)
        if sb:
            parts.append(sb)
        return "\n\n".join(parts)

    if env == "plain":
        body = assemble(core, full=False)
    elif env == "sig":
        body = assemble(core, full=True)
    elif env == "typo":
        body = apply_typos(assemble(core, full=False), rng)
    elif env == "caps":
        body = assemble(core.upper(), full=False, greeting="")
        if rng.random() < 0.5:
            subject = subject.upper()
    elif env == "mobile":
        text = core
        if rng.random() < 0.5:
            text = text[0].lower() + text[1:]
        body = text + ("\n\n" + (signer(name, rng) if rng.random() < 0.5 else "")).rstrip() + \
            "\n\n" + rng.choice(MOBILE_TAILS)
    elif env == "ramble":
        body = assemble(rng.choice(RAMBLE_PRE) + "\n\n" + core + "\n\n" + rng.choice(RAMBLE_POST), full=True)
    elif env in ("quote", "fwd"):
        pool = QUOTE_CREDITOR if kind == "creditor" else QUOTE_REP if kind in ("adviser", "solicitor", "mp") \
            else QUOTE_DEBTOR
        q = rng.choice(pool).format(first=first, ref=ref, amt=amt)
        snd = rng.choice(CONEXUS_SENDERS)
        if env == "quote":
            subject = ("RE: " if rng.random() < 0.5 else "Re: ") + subject
            style = rng.random()
            if style < 0.5:
                hist = f"On {a_date(rng)}, {snd} wrote:\n" + quote_lines(q)
            else:
                sname, saddr = split_from(snd)
                hist = (f"-----Original Message-----\nFrom: {sname} <{saddr}>\nSent: {a_date(rng)} "
                        f"{rng.randint(8, 17)}:{rng.randint(0, 59):02d}\nTo: {addr}\nSubject: {sc['subject']}\n\n"
                        + q)
            body = assemble(core, full=rng.random() < 0.5) + "\n\n" + hist
            headers = {"in-reply-to": f"<{rng.randint(10**9, 10**10)}.{sid}@conexus-services.com>"} \
                if rng.random() < 0.5 else {}
        else:
            subject = "Fwd: " + subject
            sname, saddr = split_from(snd)
            hist = (f"---------- Forwarded message ---------\nFrom: {sname} <{saddr}>\nDate: {a_date(rng)}\n"
                    f"Subject: Your account {ref}\nTo: <{addr}>\n\n" + q)
            body = assemble(core, full=rng.random() < 0.5) + "\n\n" + hist
    elif env == "html":
        body = to_html(assemble(core, full=True) + ("\n\n" + sc["tail"] if sc.get("tail") else ""), rng)
        html = True
    elif env == "subject_only":
        subject = sc["short"]
        body = rng.choice(["", "", rng.choice(MOBILE_TAILS)])
    elif env == "oneliner":
        body = sc["short"] + ("\n\n" + signer(name, rng) if rng.random() < 0.6 else "")
    else:
        raise ValueError(env)
    if sc.get("tail") and env != "html":
        body = body + "\n\n" + sc["tail"]
        if not subject.lower().startswith("re:"):
            subject = "Re: " + subject
    return dict(subject=subject, headers=headers, body=body, html=html)


AUTO_QUOTES = [
    "Dear {first},\n\nThank you for your email. We have logged your complaint under reference CX-COMP-{n} "
    "and will send you our final response within eight weeks.\n\nConexus Customer Relations",
    "Dear {first},\n\nFurther to your recent call, we enclose a summary of the payment arrangement agreed "
    "on your account.\n\nConexus",
    "Dear {first},\n\nWe are sorry to hear you are unhappy with the calls you have received. We are looking "
    "into this and will be in touch.\n\nConexus Customer Relations",
    "Dear {first},\n\nPlease find attached our response to your request for information.\n\nConexus Data "
    "Protection Team",
]


def build_auto(sc: dict, env: str, rng: random.Random, sid: int) -> dict:
    subject = sc["subject"]
    body = sc["body"]
    headers = dict(sc["headers"])
    html = sc["html"]
    name, addr = split_from(sc["frm"])
    if env == "hdr":
        pass
    elif env == "nohdr":
        headers = {k: v for k, v in headers.items() if k in ("content-type",) and "report" not in v}
    elif env == "quote":
        q = rng.choice(AUTO_QUOTES).format(first=name.split()[0] if name else "Sir/Madam",
                                           n=rng.randint(10000, 99999))
        body = body + "\n\n" + (f"On {a_date(rng)}, {rng.choice(CONEXUS_SENDERS)} wrote:\n" + quote_lines(q))
    elif env == "html":
        body = to_html(body, rng)
        html = True
    else:
        raise ValueError(env)
    return dict(subject=subject, headers=headers, body=body, html=html)


def build_raw(sc: dict, env: str, rng: random.Random, sid: int) -> dict:
    return dict(subject=sc["subject"], headers=dict(sc["headers"]), body=sc["body"], html=sc["html"])


# ==================================================================================================
# SCENARIOS
# ==================================================================================================

# ---- A. collection_conduct: debtor writing for themselves --------------------------------------

S("Kerry Ashworth <kerryashworth82@gmail.com>", "Phone calls to my work",
  """Someone from your company rang the main switchboard at my work yesterday and asked for me by name, then told my supervisor it was "a personal matter" when she asked what it was about. I work in a small office and everyone now knows.

I have never given you my work number and I have always answered my mobile when you've called. I am on a payment plan of £40 a month for the Pennant account and haven't missed one.

Please confirm in writing that nobody will call me there again. I'd also like to know why it happened.""",
  "c:collection_conduct",
  "Calling the debtor at work and hinting at the reason to her supervisor, with an explanation and a stop demanded, is an implicit complaint about how the debt is pursued (collection_conduct); no disclosure of the debt itself is described, so breach=false.",
  short="you rang my WORK and spoke to my supervisor. im on a plan. dont ever call there again and explain why", cred="Pennant Mobile")

S("Darren Pugh <dpugh1977@btinternet.com>", "Stop the calls",
  """I've had eleven calls from your number since Monday, some of them before 8 in the morning and one at 9.40 at night. I answered on Tuesday and told your agent I'm waiting for an appointment with a debt adviser and would be in touch once I'd seen them. He said that wasn't good enough and the calls would carry on until I made an offer.

This is harassment. I want the calls to stop while I get advice, and I want someone to explain why your staff think ringing someone eleven times in four days is acceptable.""",
  "c:collection_conduct",
  "Excessive and late calls after the debtor said he was seeking advice, with a demand to stop and an explanation, is an implicit complaint about collection_conduct.",
  short="11 calls in 4 days incl 9.40pm. told you im seeing a debt adviser. stop and explain")

S("Marianne Okoro <m.okoro@outlook.com>", "Letter dated 14 October - ref CX-4418207",
  """Your letter of 14 October says that "enforcement agents may attend your property to remove goods" if I don't pay £1,140 within seven days. This is a telecoms bill. I have checked with Citizens Advice and they tell me that you have no court order and cannot send anyone to take my belongings.

I have two small children and I haven't slept properly since that letter arrived. Why are you sending letters that say things that aren't true to frighten people into paying? I want an explanation and an apology, and I want to know that you won't write to me like that again.""",
  "c:collection_conduct",
  "A threatening letter implying enforcement powers Conexus does not have is about how the debt is pursued, so collection_conduct; dissatisfaction plus a demand for explanation and apology makes it an implicit complaint.")

S("Stephen Lowry <stevelowry@hotmail.co.uk>", "Calls to my mother",
  """Your company has phoned my mother three times this month asking her to pass messages to me about a debt. She is 81 and lives on her own, and she was very upset, she thought I was in some sort of trouble. I don't live with her and I have never given you her number. I don't know where you got it.

I am dealing with the account myself and I'm happy to speak to you directly on the number you already have. Please stop contacting her and confirm that you have done so.""",
  "c:collection_conduct",
  "Contacting the debtor's elderly mother to chase him is a conduct grievance with a stop-and-confirm remedy: implicit complaint, collection_conduct. He writes for himself, and 'stop contacting her' is a conduct remedy not a data right.")

S("Jodie Kerrigan <jodiek1990@yahoo.co.uk>", "your agent at my door",
  """A man from your company came to my house on Saturday morning and knocked for ten minutes, then went round the back and looked through my kitchen window. My kids were terrified. When I opened the door he wouldn't show me any ID at first and said he could "make this go to court by Monday".

I am not refusing to pay, I just can't pay £300 in one go. I want to know why you sent someone to my house without writing first, and I don't want anyone coming round again. All contact by letter or email please.""",
  "c:collection_conduct",
  "An intimidating doorstep visit, with a demand that visits stop, is an implicit complaint about how the debt is pursued (collection_conduct); nothing about the debt was disclosed to anyone else.",
  short="your man looked through my kitchen window sat morning and scared my kids. no more visits, letters only")

S("Alan Featherstone <alan.featherstone@gmail.com>", "Breathing space - ref CX-6620918",
  """I am in a mental health crisis breathing space which started on 2 September. I understand you were told by the Insolvency Service, and my CPN rang you as well on 5 September.

Since then I have had two letters and a text from you asking me to "call urgently to avoid further action". I'm not well enough to deal with this right now. Please can you explain why this has happened and make sure nothing else is sent until the breathing space ends.""",
  "c:collection_conduct",
  "Contact during a mental health crisis breathing space, with an explanation and a stop requested, is an implicit complaint about collection_conduct (a vulnerable debtor).",
  short="im in mental health breathing space since 2 sept and you are still texting me. please stop and explain")

S("Precious Banda <preciousbanda@gmail.com>", "Payment plan ignored",
  """In June I agreed a plan with your colleague Sam of £25 a month by standing order on the 1st. I have paid it every single month, you can see it on your own system.

Today I got a letter saying the "full balance of £936.12 is now due" and that my file "may be passed to our litigation team". Why? I've done exactly what I agreed to do. I have been off work with my back and this has really frightened me. Please confirm the plan is in place and stop sending these letters.""",
  "c:collection_conduct",
  "Being chased for the full balance while keeping to an agreed plan is a grievance about how the debt is pursued (collection_conduct), with confirmation demanded: implicit complaint.",
  short="on a £25 plan since june paid every month and you sent a letter saying full balance due and litigation?? sort it out")

S("Gareth Tudor <g.tudor@sky.com>", "Complaint about your agent Mark",
  """I wish to make a complaint about the way I was spoken to on the phone this morning by one of your agents who gave his name as Mark.

I rang to offer £50 a month towards the Northline balance, which is what I can afford according to the budget my debt adviser did. Mark told me that was "pathetic", asked me whether I smoked or had Sky TV, and said people like me "always find money for the things they want". He then put me on hold and the call was cut off.

I would like the call listened to, an apology, and my offer of £50 a month accepted or a proper reason given if it isn't.""",
  "c:collection_conduct e",
  "The writer calls it a complaint (explicit) about an agent belittling him and pressuring him over an affordable offer; how a debt is pursued over the phone is collection_conduct rather than generic service_quality.",
  cred="Northline Energy")

S("Leanne Murtagh <leannemurtagh@icloud.com>", "texts at all hours",
  """I keep getting texts from you at 11 at night and at 6 in the morning. One came at 2am on Sunday. I work nights in a care home and sleep during the day, I told you this on the phone in August and asked you to only contact me by email.

Nothing has changed. Can you please change my contact preferences to email only like I asked and tell me why it's been ignored.""",
  "c:collection_conduct",
  "Texts at unsociable hours after asking for email-only contact, with a fix and explanation requested, is an implicit complaint about collection_conduct.",
  short="texts at 2am again. i asked for email only in august. why is this being ignored")

S("Bogdan Marinescu <bogdan.marinescu@gmail.com>", "About the man in your office on the phone",
  """Hello. I call you on Tuesday for the account of Pennant. I tell the man I lost my job in the warehouse and I cannot pay £200 now. He speak very fast and he say if I don't pay today the debt is going to court and then I cannot stay in UK. This is not true? I have settled status.

I was very scared all night. I want to pay but small amounts. Please somebody explain me why he say this about the court and my visa, and I want to make plan with £20 each month.""",
  "c:collection_conduct",
  "A frightened debtor (non-native English) reports an agent misusing threats about court and immigration status to pressure payment; that is how a debt is pursued, so collection_conduct, implicit complaint with an explanation asked.")

S("Ruth Calloway <ruthcalloway@talktalk.net>", "Husband passed away - still receiving demands",
  """My husband Derek died in April. I rang you in May and sent a copy of the death certificate, and your letter of 28 May said the account had been "noted as deceased" and would be passed back to the creditor.

Since then there have been three letters addressed to him demanding payment, and last week a phone call where your agent asked to speak to Derek and, when I explained, asked whether I would "be taking over the debt". I am not a joint account holder. I find these letters very distressing. Please make them stop and tell me why the account is still being chased.""",
  "c:collection_conduct",
  "Continuing to pursue a deceased customer's account and pressing the widow to take it on is a conduct grievance about treatment of a bereaved person (collection_conduct), with a stop and explanation expected: implicit complaint.")

S("Jamal Hussein <jamal.hussein@outlook.com>", "Doorstep visit while I was not in",
  """My 15 year old son answered the door on Thursday afternoon to one of your field agents. The agent asked him if his dad "was avoiding his debts" and told him to tell me I owed money to Sterling Credit and needed to ring today.

My son is a child. I do not think it is right to say that to him. I want to know what your rules are about this and I want an apology. I'm contactable on email for anything about the account.""",
  "c:collection_conduct pd br",
  "The main grievance is the field agent's conduct, so collection_conduct, but telling the debtor's child about the debt and the creditor is a disclosure to a third person, so breach=true and personal_data=true; Sterling Credit is only the creditor, so about_other_firm=null.",
  cred="Sterling Credit Loans")

S("Natalie Ferris <nat.ferris@gmail.com>", "I told you I have cancer",
  """I told your colleague in March that I am having chemotherapy and that my husband is dealing with our post and money while I'm being treated. You agreed to put a hold on the account for 60 days.

The letters started again after three weeks. Then yesterday someone called me while I was literally sat in the chemo unit and kept asking me for a "token payment". I said I couldn't talk and he kept going.

I want the hold put back on properly and I want someone to tell me how this has been allowed to happen.""",
  "c:collection_conduct",
  "Pursuing a customer who had disclosed cancer treatment and been promised a hold is about treatment of a vulnerable customer (collection_conduct); an implicit complaint with a remedy and explanation demanded.",
  short="you promised a 60 day hold while im on chemo and rang me IN the chemo unit asking for money. put the hold back")

S("Kyle Beswick <kylebeswick@hotmail.com>", "Facebook message??",
  """I've just had a message on Facebook Messenger from someone saying they're from Conexus and asking me to call about "an outstanding matter". My profile shows my workplace and my family. Is this actually you? If it is, I don't think it's right to contact people on social media where anyone could see it, and I'd like to know why someone thought this was acceptable.

Please only contact me by post or on my mobile.""",
  "c:collection_conduct",
  "Being contacted about a debt through social media, with a stop requested and an explanation wanted, is a grievance about collection methods: implicit complaint, collection_conduct. No data right is formally asked for.")

S("Sonia Whitlock <sonia.whitlock@gmail.com>", "Disability and contact",
  """I'm profoundly deaf. I have asked you four times now, by email and by letter, to contact me only in writing. Your letters keep telling me to "phone us urgently on 0330 ..." and last month your agent left a voicemail that I obviously couldn't hear and my neighbour had to listen to it for me.

I don't think this is acceptable for a company that says it treats customers fairly. Please put a proper note on my account and reply to this by email.""",
  "c:collection_conduct",
  "Ignoring a deaf customer's repeated request for written contact is about how the debt is pursued with a vulnerable customer (collection_conduct); the neighbour listening was her own choice, not a Conexus disclosure, so breach=false.")

S("Tyrone Bailey <tbailey86@gmail.com>", "FORMAL COMPLAINT - harassment",
  """This is a formal complaint. You have rung my partner's mobile six times this week looking for me. She has nothing to do with this account and has told your staff that twice. On Tuesday your agent told her she "might want to have a word with him about paying his bills".

I expect the calls to her to stop immediately, a written apology to both of us, and an explanation of why this has happened.""",
  "c:collection_conduct e pd br",
  "Explicit complaint mainly about repeated calls to the partner (collection_conduct); the agent's hint about unpaid bills discloses the debt to her, so breach=true and personal_data=true; 'stop calling her' is a conduct remedy, not a right.",
  short="FORMAL COMPLAINT - you keep ringing my partner about MY debt and told her I dont pay my bills. stop and apologise")

S("Graham Petts <gpetts@btinternet.com>", "Visit this morning",
  """Two of your agents came to the house at 7.50 this morning. My wife has MS and was still in bed. They stood at the door for a good quarter of an hour and one of them was filming on his phone. I asked them to leave and they said they would "be back with paperwork".

What paperwork? We have had one letter from you, three weeks ago. I'd like to know what they were filming and why, and I want it deleted, and I want an assurance they won't come back.""",
  "c:collection_conduct r:erasure+informed",
  "The grievance is an early, intimidating doorstep visit (collection_conduct, implicit complaint); asking what was filmed and why is the right to be informed and asking for the footage to be deleted is erasure, but the main grievance is conduct, so personal_data=false.")

S("Hollie Grant <holliegrant@live.co.uk>", "Pressured into paying",
  """I rang on Friday to ask about setting up a small plan. The lady said the lowest she could accept was £150 a month and that if I didn't agree there and then it would go to court and I'd get a CCJ. I panicked and gave my card details. I've now worked it out and I can't afford it, I'll be short on my rent.

Please cancel the £150 plan and let me do a proper budget form. I wasn't in a state to agree to that on the phone and I felt I had no choice.""",
  "c:collection_conduct",
  "Being pressured into an unaffordable plan under threat of court is about how the debt is pursued (collection_conduct): implicit complaint with a remedy requested.",
  short="pressured into £150 a month on the phone fri, cant afford it, cancel it and let me do a budget form")

S("Colin Spratt <colin.spratt@gmail.com>", "Re your letter - payment within 48 hours",
  """Your latest letter, printed in red, says "FINAL WARNING - 48 HOURS" and was sent second class so it arrived after the 48 hours were up. I was in hospital for a fortnight and I only got home on Wednesday.

I'm not trying to dodge anything. I'd like you to hold off for a month while I sort myself out, and to stop sending me letters with deadlines I can't possibly meet.""",
  "c:collection_conduct",
  "Objecting to pressure letters with impossible deadlines while recovering from hospital, and asking for a hold, is an implicit complaint about collection_conduct.")

S("Amira Saleh <amira.saleh@gmail.com>", "Voicemail left on home phone",
  """You left a voicemail on our home answerphone on Monday saying my name, that I owe £2,210 to Beacon Home Finance and that I must call to "avoid further action". My father-in-law, who lives with us, played it back before I got home.

I'm furious. My husband's family didn't know about this loan and now there are arguments in the house. Why would you leave that detail on a shared landline? I want an apology and I want to know what you'll do to stop this happening to someone else.""",
  "c:personal_data pd br",
  "A voicemail revealing the debt, amount and creditor on a shared landline disclosed the debt to a relative: the main grievance is the disclosure, so category personal_data with breach=true; Beacon is only named as the creditor (about_other_firm=null).",
  cred="Beacon Home Finance")

S("Wayne Griffiths <wayneg@hotmail.co.uk>", "Why does the man on the phone keep using my first name and laughing",
  """This is the second time I've rung and got the same bloke. He talks to me like I'm a kid, keeps saying "come on Wayne, we both know you've got the money" and laughed when I said I'm on Universal Credit. I asked for his manager and he said there wasn't one available and to ring back.

I just want a plan that I can actually keep up with. Can someone who's not him ring me back please, and I want him spoken to.""",
  "c:collection_conduct",
  "A mocking, pressuring collections agent, with a call-back from someone else and action on the agent requested, is an implicit complaint about how the debt is pursued (collection_conduct).",
  short="same agent again laughing at me for being on UC. want a call back from someone else and him spoken to")

S("Eileen Doherty <eileen.doherty@btinternet.com>", "Calls on Sunday",
  """I am 74. Your company rang me at 8.15 on Sunday morning and again at lunchtime. I go to church on a Sunday and I don't expect to have to deal with money then.

I'm paying what I can every month by cheque, as I've explained in my letters. Please tell your staff not to phone me at the weekends, and could you write and confirm you have received the cheques from August and September.""",
  "c:collection_conduct",
  "An elderly debtor objects to weekend calls while paying, and asks for them to stop: implicit complaint about collection_conduct (the cheque confirmation is a side request).")

S("Mohammed Iqbal <m.iqbal.home@gmail.com>", "Threat to tell my employer",
  """On the phone yesterday your agent said that if I didn't agree to pay by the end of the week, you would "contact my employer about an attachment of earnings". As far as I know you'd need a court judgment for that and there isn't one.

I've been trying to agree something reasonable for weeks. I'd like a manager to listen to the call and get back to me, because I was made to feel like a criminal.""",
  "c:collection_conduct",
  "A threat of contacting the employer for an earnings attachment without any judgment is misleading collection pressure (collection_conduct); a review of the call is requested, so implicit complaint.")

S("Chelsea Brennan <chelseabrennan@gmail.com>", "I said I was in hospital",
  """I texted back STOP and "in hospital, will call when home" on the 3rd. Since then I've had 14 more texts and you've called my mum's landline twice.

im out now but honestly this is disgusting. I want to know why my text was ignored and I want the calls to my mum to stop. Don't make me come on here again.""",
  "c:collection_conduct",
  "Ignoring a hospital notification and calling the debtor's mother is about collection conduct; dissatisfaction with demands for explanation and a stop makes an implicit complaint.",
  short="told you i was in hospital and you sent 14 more texts and rang my mums landline. why???")

S("Peter Antoniou <p.antoniou@outlook.com>", "Trace agent calling my old neighbours",
  """My old neighbour from Rowan Court has just messaged me to say someone from your firm knocked on her door asking where I live now and whether I "still had money problems". I moved two years ago and I've had letters from you at my new address since March, so you clearly knew where I was.

I don't see why my old neighbours need to be told anything. I'd like to know exactly what was said and to whom, and I want it to stop.""",
  "c:collection_conduct pd br",
  "Doorstep tracing at the old address that told a neighbour about money problems is chiefly how the debt was pursued (collection_conduct), but it disclosed the debtor's situation to a third person, so breach=true and personal_data=true.")

# ---- B. debt_dispute where Conexus is (at least partly) at fault --------------------------------

S("Lorraine Beddow <lorraine.beddow@gmail.com>", "Not my debt - ref CX-5503317",
  """I have received a letter from you addressed to me at my address saying I owe £742.19 to Pennant Mobile. I have never had a Pennant contract. I've been with the same network for nine years.

I rang on 2 October and was told it would be "looked into" and the account put on hold. Yesterday I got another letter and a text demanding payment. I'm not paying for something I've never had. Stop chasing me for it and tell me what checks you did before deciding this was me.""",
  "c:debt_dispute",
  "She denies the debt and Conexus kept chasing after promising a hold, so the grievance includes Conexus's own handling: about_other_firm=null, implicit complaint, debt_dispute.",
  short="never had a pennant contract, told you on 2 oct, you said on hold and youre STILL chasing me. stop", cred="Pennant Mobile")

S("Trevor Mackie <trevormackie@sky.com>", "Already paid in full",
  """I paid this account off in full on 19 August by bank transfer, £318.60, using the reference on your letter. I have the confirmation from my bank. I emailed you a copy on 25 August.

Today I've had another letter saying the balance is £318.60 and I need to contact you. Please check your records, confirm the account is closed, and make sure this isn't reported to the credit agencies.""",
  "c:debt_dispute",
  "Still being pursued for a balance already paid to Conexus is a debt_dispute caused by Conexus's records, so about_other_firm=null; the demand to check and confirm makes it an implicit complaint.",
  short="paid £318.60 in full on 19 aug, sent you proof, still getting letters. confirm closed")

S("Iwona Zielinska <iwona.zielinska@wp.pl>", "The debt is too old",
  """Good day. I receive your letter about a loan from 2015 from a company I do not remember. I have not paid anything or written to anybody about it since 2016. My friend who works in advice centre says after six years the debt in England is statute barred and you cannot take me to court.

Your letter says "we will commence legal proceedings". Please explain why you write this if the debt is so old, and please stop to contact me about it.""",
  "c:debt_dispute",
  "Challenging a debt as statute-barred while Conexus threatens proceedings disputes the debt being collected (debt_dispute); the unnamed original lender is not the subject, so about_other_firm=null; implicit complaint.")

S("Simon Hartley <simonhartley@outlook.com>", "Wrong amount on statement",
  """Your statement dated 1 November shows my balance as £1,460.00. My last statement in September showed £1,180.00 and I've paid £40 a month since then. The balance should be about £1,100.

Nobody has explained where the extra £360 has come from and there's no breakdown. I want a full breakdown of how you've arrived at that figure and the balance corrected.""",
  "c:debt_dispute",
  "The amount Conexus is collecting is challenged as wrong with no explanation, and a correction demanded: implicit complaint, debt_dispute (no specific added fee is named, so not fees_charges).")

S("Gemma Rowntree <gemma.rowntree@gmail.com>", "Identity fraud - account not mine",
  """Someone opened a Sterling Credit loan in my name in 2023 using my old address. I reported it to Action Fraud (crime reference NFRC2300918822) and to Sterling Credit, and I have a letter from Sterling dated February saying they accept it was fraud and have closed it.

You are now chasing me for the same loan. I've sent you the letters twice. I want the collection stopped today and written confirmation that the account is no longer being pursued against me.""",
  "c:debt_dispute",
  "Conexus keeps pursuing a loan the creditor itself accepts was fraud, so the fault lies with Conexus (about_other_firm=null); disputing the debt on identity-fraud grounds is debt_dispute, implicit complaint.",
  cred="Sterling Credit Loans")

S("Ray Cottle <raycottle@talktalk.net>", "Account was in my late brother's name",
  """Your letters are addressed to me but the account number matches my brother Ken's old phone contract. Ken died in 2024. I'm Raymond, not Kenneth, and I've never had an account with the phone company. I think you've matched us up because we lived at the same address at one point.

I'd like you to stop writing to me about Ken's account and confirm that you haven't put anything on my credit file.""",
  "c:debt_dispute",
  "He denies owing a debt Conexus has attributed to him (confused with his late brother) and wants collection stopped: implicit complaint, debt_dispute.")

S("Deborah Lane <deblane@btinternet.com>", "Payments not showing",
  """I've made four payments of £30 through your online portal, on 5 June, 5 July, 5 August and 5 September. I have the confirmation emails for all four. Your letter says my last payment was in May and that I'm "in arrears on the arrangement".

Please find the payments and correct my account. I'm worried this will go down as a broken arrangement.""",
  "c:debt_dispute",
  "Payments made but not credited, with Conexus treating the plan as broken, challenge the balance Conexus is collecting: implicit complaint, debt_dispute.",
  short="4 payments of £30 jun-sep not showing, your letter says im in arrears. find them and correct it")

S("Conor Mahon <conor.mahon@gmail.com>", "Complaint - debt already settled with full and final",
  """I am writing to complain. In January I agreed a full and final settlement of £400 with your agent Priya against a balance of £1,020. I have the email from Priya confirming it and I paid the £400 the same week.

Now I've had a letter saying the remaining £620 is outstanding and "has been reinstated". That is not what was agreed. I want the account closed as settled, as promised, and an explanation of why it's been reopened.""",
  "c:debt_dispute e",
  "The writer complains (explicit) that Conexus reinstated a balance after agreeing a full and final settlement: the amount being collected is disputed and Conexus is at fault, so debt_dispute, about_other_firm=null.")

S("Sandra Willoughby <s.willoughby@outlook.com>", "Council tax - wrong year",
  """Your letter says I owe Westbury council tax for 2021/22 for 9 Mallard Rise. I didn't live there in 2021/22, I moved in on 14 May 2023, and I've told your staff this on the phone twice. The council's own records will show the previous occupier.

Your agent said it was "up to me to prove it". I've sent you my tenancy agreement. I'd like you to check with the council and stop asking me for money for a year I wasn't even there.""",
  "c:debt_dispute",
  "She denies liability for a period before she lived at the property and objects to Conexus's handling of her evidence, so Conexus is not blameless (about_other_firm=null): implicit complaint, debt_dispute.",
  cred="Westbury Council Tax Services")

S("Errol Campbell <errolcampbell55@gmail.com>", "prove it",
  """You've written to me saying I owe £2,300 on a credit card from years ago. I asked you in September for a copy of the signed agreement and statements to show the balance and I've had nothing, just more letters asking for payment.

I'm not paying a penny until you show me this is mine and the figure is right. Please put the account on hold until you can.""",
  "c:debt_dispute",
  "He disputes the debt and complains Conexus keeps chasing without producing the agreement he asked for; a request for the credit agreement is a Consumer Credit Act matter, not a UK GDPR right, so rights=[]; implicit complaint, debt_dispute.")

S("Fiona Gallagher <fiona.gallagher@icloud.com>", "Duplicate accounts",
  """I have had two letters this week with two different reference numbers, CX-7711029 and CX-7711473, both for the same Northline Energy account and both for £488.50. I have one account, which I'm paying off at £20 a month under the first reference.

I'm worried I'm going to be chased twice for the same thing. Can you merge or close the duplicate and confirm the correct balance in writing.""",
  "c:debt_dispute",
  "Conexus has duplicated one debt under two references; the amount being pursued is wrong and a fix is requested, so implicit complaint, debt_dispute (about_other_firm=null).",
  cred="Northline Energy")

S("Ahmed Rashid <a.rashid@yahoo.com>", "Debt was included in my DRO",
  """This Pennant debt was included in my Debt Relief Order, which was approved on 11 March (DRO number 14421). The Insolvency Service will have notified the creditor, and I also emailed you the approval letter on 20 March.

Your letter of 2 May still asks me to pay. As I understand it you can't chase me for this any more. Please stop and confirm the account is closed on your side.""",
  "c:debt_dispute",
  "Chasing a debt included in a Debt Relief Order after being told of it disputes whether it is collectable and is Conexus's failure: implicit complaint, debt_dispute.")

# ---- C. fees_charges ----------------------------------------------------------------------------

S("Danielle Ward <danielle.ward88@gmail.com>", "£75 collection charge??",
  """My balance with the water company was £212 when it came to you. Your first letter says £287 and lists a "collection charge £75.00". Nobody told me about a collection charge and I don't see why I should pay you £75 on top for sending me a letter.

Please take the charge off or show me where I agreed to it.""",
  "c:fees_charges",
  "A fee added by Conexus on top of the debt is disputed with a refund or justification demanded: implicit complaint, fees_charges (Conexus levied it, so about_other_firm=null).",
  short="balance was £212, now £287 with a £75 collection charge. take it off or show me where i agreed")

S("Keith Armitage <keith.armitage@btinternet.com>", "Card payment fee",
  """Every time I pay my £25 instalment by debit card on your website I'm charged £1.50 on top as a "processing fee". That's £18 a year I'm paying just to pay you. I'm on Pension Credit and every pound counts.

I didn't know about it when I agreed the plan. Please stop charging it, and refund what I've paid so far.""",
  "c:fees_charges",
  "Objection to a card processing fee Conexus adds to each instalment, with a refund asked: implicit complaint, fees_charges.")

S("Rachel Oyelaran <rachel.oyelaran@gmail.com>", "Interest being added",
  """I thought when a debt was with a collection agency and I was on a plan, no more interest was added. My balance went down by £50 each month until July, but since then it's only going down by £38 because there's "interest" being added each month.

I haven't agreed to any change. Can you tell me who authorised this and stop it.""",
  "c:fees_charges",
  "Interest added to the balance during a plan, without agreement, is a charge levied on top: implicit complaint, fees_charges; it is not clear the creditor is to blame, so about_other_firm=null.")

S("Barry Knowles <barryknowles@hotmail.com>", "Trace fee",
  """Why have I been charged a £40 "trace fee"? I haven't moved. I've lived at the same house for 22 years and I've had letters from the creditor here the whole time. If you had to pay someone to find me that's your problem, not mine.

I expect it to be removed.""",
  "c:fees_charges",
  "A trace fee added by Conexus for a debtor who never moved is disputed with removal expected: implicit complaint, fees_charges.")

S("Lisa Pemberton <lisa.pemberton@gmail.com>", "Formal complaint - missed payment charges",
  """Please accept this as a formal complaint. My standing order failed in August because my bank changed its sort code after a merger, not because I didn't have the money. I rang the same day, paid by card, and was told that was fine.

I've now been charged two £25 "arrangement default" fees, one for August and one for September, even though September's payment went through on time. I want both removed and a corrected statement.""",
  "c:fees_charges e",
  "Explicit complaint about default fees Conexus added on top of the debt (one for a month that was paid on time): fees_charges.")

S("Owen Pritchard <owen.pritchard@gmail.com>", "Re: statement - still wrong",
  """Thanks for ringing me back last week, the lady I spoke to was lovely and said the £60 visit fee would come off. The new statement has arrived and it's still on there, balance £934.80 instead of £874.80.

Could you actually take it off this time and send me a corrected statement.""",
  "c:fees_charges",
  "Despite the thanks, a fee Conexus agreed to remove is still on the balance and a correction is requested: continuing implicit complaint, fees_charges.")

S("Zara Mistry <zara.mistry@outlook.com>", "Settlement letter includes costs",
  """Your settlement offer letter says I can settle for £650 "plus costs of £95". What costs? There's been no court case. The letter doesn't explain what the £95 is for and your phone line just read me the letter back.

I'm not going to agree to pay £95 of unexplained costs. Please explain it properly or take it out of the settlement figure.""",
  "c:fees_charges",
  "Unexplained costs added on top of a settlement figure are a charge the firm levies: implicit complaint, fees_charges, with an explanation or removal demanded.")

# ---- D. delay / wait_time / service_quality / process / inaccurate_information / other ----------

S("Paul Dunmore <pauldunmore@gmail.com>", "Still waiting - payment plan proposal",
  """I sent you my income and expenditure form and an offer of £35 a month on 4 September. You said someone would reply within ten working days. It's now 21 October and I've heard nothing, apart from two automated texts asking me to "get in touch".

I have got in touch. Please respond to my offer.""",
  "c:delay",
  "A 'still waiting' chaser about an overdue reply to a plan offer is a complaint about delay, implicit (no complaint wording).",
  short="sent I&E and £35 offer on 4 sept, nothing since apart from automated texts. please respond")

S("Julie Sinclair <julie.sinclair@gmail.com>", "Third time asking - refund of overpayment",
  """This is the third time I've emailed about this. I overpaid by £120 in July when my standing order and a card payment both went out. Your staff agreed in July that I'd get a refund within 14 days. It's been three months.

Please tell me when I'll get my money back. I need it.""",
  "c:delay",
  "A third chaser for a refund promised within 14 days, three months ago: implicit complaint about delay.")

S("Martin Eke <martin.eke@btinternet.com>", "Complaint response overdue - ref CX-COMP-61142",
  """I complained on 12 June about the calls I was getting. Your acknowledgement said I'd get a final response within eight weeks. It is now more than eleven weeks and I've had nothing except one letter saying you needed "more time".

Please send your final response this week. If I don't hear, I'll be taking this to the Financial Ombudsman.""",
  "c:delay e",
  "A chaser about an overdue final response is a complaint about delay; the writer calls his matter a complaint, so explicit.")

S("Tasha Lyons <tasha.lyons@hotmail.co.uk>", "still waiting on the paid in full letter",
  """I settled my account on the 2nd of last month. I've asked for a paid in full letter three times, once on the phone and twice by email, because my mortgage broker needs it. Each time I'm told it's been "requested".

I'm going to lose my mortgage offer if I don't get this. Please can someone just send it.""",
  "c:delay",
  "Repeated chasing for a settlement letter that is holding up a mortgage is a 'still waiting' grievance: implicit complaint, delay.",
  short="3rd time asking for my paid in full letter, mortgage broker needs it or i lose my offer")

S("Norman Bright <norman.bright@outlook.com>", "Hold times",
  """I have tried to ring your helpline four times this week. Each time I was in a queue for over 40 minutes and on Thursday I got to the front and the line went dead. I'm 70 and on a pay as you go mobile, it's costing me money to sit there.

Could someone please call me back on 01632 960417 any morning. I only want to change my payment date.""",
  "c:wait_time",
  "Long phone queues and a dropped call while trying to reach Conexus, with a call-back requested, is an implicit complaint about wait_time (waiting to reach someone), not delay.",
  short="4 times in a queue 40 mins+ this week, cut off thurs, costing me credit. pls ring me 01632 960417")

S("Kirsty Bell <kirstybell_x@gmail.com>", "web chat",
  """Your web chat said "an adviser will be with you shortly" for 50 minutes yesterday and then closed itself at 5pm. Same thing happened on Monday. Your phone line is an hour's wait. How am I supposed to talk to you?

Please email me back, I need to move my payment date before it bounces.""",
  "c:wait_time",
  "Unable to reach anyone through chat or phone, with a reply requested: implicit complaint, wait_time.")

S("Hassan Ali <hassan.ali@gmail.com>", "Rude member of staff",
  """I rang on Tuesday to update my phone number. The woman I spoke to sighed when I spelled my surname and said "just give me the postcode, it's quicker". When I asked a question about my balance she said "that's not my department" and hung up on me.

All I wanted was a straightforward answer. I'd like someone to apologise and ring me back to answer my question about the balance.""",
  "c:service_quality",
  "Rude, dismissive handling of a routine call (not debt-collection pressure) with an apology and call-back requested: implicit complaint, service_quality.")

S("Veronica Stubbs <v.stubbs@btinternet.com>", "Different answers every time",
  """I have been told three different things by three different people. First I was told I could pay monthly by cheque, then that you don't accept cheques, and then on Friday that cheques are fine but have to go to a different address. Meanwhile two cheques I posted have gone missing and I've been told I've missed payments.

Can someone look at my account properly and tell me, in writing, the right way to pay.""",
  "c:inaccurate_information",
  "Conflicting and wrong information about how to pay, leading to 'missed' payments, is mainly the firm giving wrong information: implicit complaint, inaccurate_information.")

S("Daniel Okafor <d.okafor.home@gmail.com>", "Why does my plan have to be reviewed every 3 months",
  """I'm on a £15 a month plan. My situation isn't going to change - I'm on ESA with a long-term condition. Your policy means I have to fill in a full income and expenditure form every three months and ring to go through it with someone, which takes over an hour each time and really sets my anxiety off.

Is there any reason this can't be done once a year for someone in my situation? I'd like it looked at.""",
  "c:process",
  "The grievance is the rule itself (three-monthly reviews for someone whose circumstances won't change), with a change requested: implicit complaint, process.")

S("Tracey Coombes <tracey.coombes@gmail.com>", "Online portal only?",
  """Your letter says that from next month all payment plans "must be managed through our online portal". I don't have a computer and I only use my phone for calls. My neighbour is helping me send this email.

I've paid by phone every month for two years without any trouble. Please let me carry on paying by phone, I don't see why I should be forced online.""",
  "c:process",
  "A new firm rule forcing online-only plan management excludes a customer without internet access: the rule itself is the grievance, implicit complaint, process.")

S("Glen Harper <glenharper@outlook.com>", "Wrong information about credit file",
  """When I agreed my plan in April your agent told me, twice, that as long as I paid the plan nothing would be reported to the credit agencies. I've now checked my credit file and there's a default from June, added by you.

I agreed to the plan on that basis. I want to know why I was told something that wasn't true and what you're going to do about the default.""",
  "c:inaccurate_information",
  "He was given wrong information about credit reporting when agreeing a plan and wants it put right: implicit complaint, inaccurate_information.")

S("Hayley Nuttall <hayley.nuttall@gmail.com>", "letters in a see-through window",
  """Your envelopes have a big red "FINAL DEMAND" printed so it shows through the window, right under my name. My post goes into a shared hallway in a block of flats, so everyone can see I'm being chased for money.

Is there any need for that? Please use plain envelopes. It's embarrassing.""",
  "c:collection_conduct",
  "Envelopes that show 'FINAL DEMAND' in a shared hallway are about how the debt is pursued (collection_conduct); no debt details are disclosed, so breach=false; a change is asked for, so implicit complaint.")

S("Jean-Paul Mbeki <jpmbeki@gmail.com>", "Car parking",
  """One of your field agents parked across my driveway for about 40 minutes on Wednesday while he visited a house further up the road. I couldn't get out to take my daughter to her hospital appointment and we missed it.

I'm not one of your customers. I'd like your firm to apologise and make sure your staff don't block driveways.""",
  "c:other",
  "A member of the public complains (implicitly) about a Conexus agent blocking his driveway; it fits no collections theme, so category other.")

S("Margaret Ince <margaret.ince@gmail.com>", "Large print please",
  """I'm registered partially sighted and asked in July for letters in large print. The last three letters have still come in ordinary print and I've had to wait for my grandson to read them to me, and one of them had a deadline that had passed by the time he came round.

Please put this on my file properly and send me the last letter again in large print.""",
  "c:service_quality",
  "A reasonable adjustment that was agreed but not applied, with a fix requested, is how the customer was served: implicit complaint, service_quality.")

S("Oliver Tremayne <oliver.tremayne@gmail.com>", "Money taken twice",
  """You took my direct debit of £45 twice this month, on the 1st and again on the 3rd. That's left me overdrawn and my bank has charged me £12.

Please refund the extra £45 and the £12 bank charge, and make sure it doesn't happen again next month.""",
  "c:other",
  "A duplicate collection causing bank charges is a real grievance with a refund demanded; it is not a fee Conexus levies or a disputed debt, so it is categorised other (implicit complaint).",
  short="you took £45 DD twice this month, now im overdrawn with a £12 charge. refund both")

S("Carla Benton <carla.benton@yahoo.co.uk>", "I have complained before about this",
  """I complained back in March about your letters being sent in my maiden name, which I haven't used for nine years. I was told it was fixed. Today's letter is in my maiden name again.

I'd like it corrected once and for all and confirmation that you've updated every part of your system.""",
  "c:personal_data e pd r:rectification",
  "She refers to her grievance as a complaint (explicit) about her name still being held wrongly after a promised fix: inaccurate personal data, so personal_data=true, category personal_data; asking for it to be corrected is rectification.")

S("Ben Ashdown <ben.ashdown@gmail.com>", "Call back never came",
  """I was promised a call back from a team leader within 48 hours on the 9th. That was two weeks ago. I've rung twice since to ask where it is and been told "it's on the system".

I'm still waiting for an answer to why my plan was cancelled. Please get someone to actually call me.""",
  "c:delay",
  "A promised call-back that never came and the writer still waiting: implicit complaint, delay (something is late, not a phone queue).")

S("Shirley Adamu <shirley.adamu@outlook.com>", "Letter says I can't have more than 12 months",
  """Your letter says you can only agree payment plans that clear the balance within 12 months. My balance is £2,400, which would be £200 a month, and my budget shows I have £45 spare. The money advice website says firms should accept affordable offers.

Why won't you accept what I can actually afford? I'd like this rule looked at for my case.""",
  "c:process",
  "The grievance is a firm rule (plans must clear within 12 months) that blocks an affordable offer: implicit complaint, process.")

S("Craig Walton <craig.walton@hotmail.com>", "agent said i could pay at the post office",
  """Your agent told me on the phone I could pay at any Post Office with my reference number. I went to two Post Offices and neither could take it, they said there's no barcode. I've now missed the date I agreed and got a letter saying the plan's broken.

Can you sort the plan out and tell me how I'm actually supposed to pay.""",
  "c:inaccurate_information",
  "Wrong payment instructions from an agent caused a 'broken' plan, and a fix is asked: implicit complaint, inaccurate_information.")

S("Gloria Mensah <gloria.mensah@gmail.com>", "Complaint about the automated phone line",
  """I want to complain about your automated phone line. It asks me to say my reference number, then says it doesn't understand, three times, and then hangs up. There's no option to speak to a person. I've tried from two different phones.

I need to tell someone I've changed banks. Please give me a number where I can speak to an actual person.""",
  "c:wait_time e",
  "An explicit complaint that the phone system never lets her reach a person: the root cause is getting through to someone, so wait_time.")

# ---- E. personal_data complaints (Conexus's data handling), incl. breaches -----------------------

S("Nadia Rahimi <nadia.rahimi@gmail.com>", "Letters still going to my old flat",
  """I moved out of Flat 3, 17 Carlisle Street over a year ago and gave you my new address in January. The new tenant has just messaged me on Facebook with a photo of a letter from you that she opened, showing my balance and the Northline account number.

I gave you my new address. Why are you still using the old one? I want to know how many letters have gone there, and I want my address fixed today.""",
  "c:personal_data pd br r:rectification",
  "Debt letters sent to an address she had already updated were opened by the new occupant: a disclosure (breach) caused by Conexus's records, so category personal_data; 'fix my address' is rectification.",
  short="you still send letters to my old flat, new tenant opened one and saw my balance. I gave you my new address in jan!!")

S("Peter Gould <petergould@outlook.com>", "You discussed my account with my wife",
  """My wife rang you last week about her own account. At the end of the call your agent asked if she wanted to "deal with Peter's Sterling account while she was on", and told her the balance. She didn't know I had this debt.

She isn't named on my account and I've never authorised anyone to speak for me. I want to know how this was allowed to happen and what you're going to do about it.""",
  "c:personal_data pd br",
  "An agent disclosed his debt and balance to his wife without authority: disclosure to the wrong person, so breach=true, personal_data=true, category personal_data; implicit complaint.",
  cred="Sterling Credit Loans")

S("Lucy Fairbrother <lucy.fairbrother@gmail.com>", "Email with someone else's details",
  """I've just received an email from you which is meant to be my payment plan confirmation, but the attachment is a letter to a Mr A. Haldane at an address in Leicester, with his account number, balance and his bank details for the direct debit.

I've deleted it. But if you can send his details to me, who's getting mine? I want to know whether my information has been sent to anybody else and I'd like a proper answer, not a standard letter.""",
  "c:personal_data pd br r:informed",
  "Receiving another customer's letter shows Conexus sent personal data to the wrong person (breach): implicit complaint about data handling, category personal_data; asking whether her own information has been sent to anyone else is the right to be informed about recipients, while 'I've deleted it' is not an erasure request.")

S("Ian Seddon <ian.seddon@btinternet.com>", "Wrong date of birth and wrong middle name",
  """Your letters have my date of birth as 12/03/1968. It's 21/03/1986. You also have my middle name as "James" and it's "Jameson". I think you've mixed me up with someone else, which would explain why you say I had a Pennant contract in 2009 when I was at school.

Please correct these details and stop using them until you have, and tell me who you've shared the wrong details with.""",
  "c:personal_data pd r:rectification+restriction+informed",
  "Inaccurate personal data held by Conexus, with correction, a stop on use in the meantime and disclosure of recipients requested: implicit complaint, personal_data; rights rectification, restriction and informed.")

S("Vanessa Hollis <vanessa.hollis@gmail.com>", "Complaint - debt reported against my name for my ex",
  """I wish to complain. The debt you are collecting is my ex-husband's, and your letters show his name, but you've used my date of birth and registered the default on MY credit file. I found this when I was refused a credit card.

I want my credit file corrected immediately, the default moved to the right person or removed, and a letter confirming this that I can show lenders.""",
  "c:personal_data e pd r:rectification",
  "Explicit complaint that Conexus recorded and reported her data against her ex-husband's debt: inaccurate personal data is the main grievance (personal_data), and correcting her credit record is rectification; nothing was disclosed to the wrong person, so breach=false.")

S("Darius Kowal <darius.kowal@gmail.com>", "you gave my new address to my ex partner??",
  """I moved out after domestic abuse and my new address is known to very few people. Last week my ex-partner turned up at my door. When I asked how he found me he showed me a letter from you addressed to me at my new address that had gone to our old house. It had my new address printed on it as "address for correspondence".

I cannot tell you how serious this is. I need to know exactly what was sent to the old house and when, and I need you to make sure nothing ever goes there again.""",
  "c:personal_data pd br",
  "A letter sent to the old address revealed a domestic abuse survivor's new address to the abuser: a serious disclosure (breach=true), data handling is the main grievance (category personal_data); implicit complaint.")

S("Robert Fenwick <robert.fenwick@gmail.com>", "How did you get my email address",
  """I've never given Conexus my email address. I use this address only for my online banking and my children's school. Today I received an email from you about an old phone bill.

Where did you get this email address from and who gave it to you? I'd also like you to delete it from your records - write to me by post.""",
  "c:personal_data pd r:informed+erasure",
  "He is unhappy that Conexus obtained and used an email he never gave it (unexpected use, no disclosure): implicit complaint, personal_data; asking where it came from is informed, and asking for it to be deleted is erasure.")

S("Annette Kiely <annette.kiely@outlook.com>", "Letter opened by my landlord",
  """Your letter to me was sent in an envelope with "Conexus Debt Recovery - Private and Confidential" on the front. My landlord lives downstairs and collects the post. He opened it - claims he thought it was for him - and he's now asking me if I can afford the rent.

I've asked before for plain envelopes. This is exactly what I was worried about. What are you going to do to put this right?""",
  "c:personal_data pd br",
  "Her debt details reached her landlord via a letter she says was mishandled despite an earlier request; the disclosure is the main grievance: breach=true, personal_data, implicit complaint.")

S("Tomás Ferreira <tomas.ferreira@gmail.com>", "My SAR is overdue",
  """I sent you a subject access request on 3 July asking for a copy of all the personal data you hold about me, including call recordings. The legal deadline is one month. It's now 29 August and I've had nothing, not even an acknowledgement.

Please send the data now, and explain why my request was ignored. If I don't hear within seven days I'll report this to the ICO.""",
  "c:personal_data pd r:access",
  "An overdue subject access request, with the data and an explanation demanded, is an implicit complaint about a badly handled data-rights request (personal_data), and repeats the access request.",
  short="SAR sent 3 july, nothing by 29 aug. send my data now or I go to the ICO")

S("Gail Thornbury <gail.thornbury@gmail.com>", "Incomplete data",
  """Thank you for the information you sent in response to my access request. However it only covers the last 12 months. I've been dealing with you since 2021 and I know there are call recordings and letters from 2022 that aren't included. My request was for everything you hold.

Please send the rest of it, including the 2022 calls.""",
  "c:personal_data pd r:access",
  "Despite the thanks, she is dissatisfied that her access request was only partly answered and asks for the rest: implicit complaint about a badly handled data request, personal_data; rights access.")

S("Omar Shaikh <omar.shaikh@outlook.com>", "Someone else's debt on my phone",
  """For the past month I've been getting calls and texts from you asking for a "Mr D Coleman". I've had this number for six years. I've told your agents three times that he doesn't live here and they keep calling. Today the text included his balance and the name of his creditor.

I'd like you to delete my number from his account and stop contacting me.""",
  "c:personal_data pd br r:erasure",
  "Conexus holds a stranger's number against a debtor's account and has texted the debtor's balance to it: inaccurate data plus disclosure to the wrong person (breach=true), repeatedly ignored; deleting his number from that account is erasure; category personal_data.",
  short="not D Coleman, told you 3 times, now your text has his balance on. delete my number from his account and stop")

S("Helen Marsh <helenmarsh@btinternet.com>", "Data shared with a debt purchaser without telling me",
  """I've had a letter from a company called Ridgeway Debt Purchase saying they have "acquired" my account from you and giving my full details including my phone number and employer. I was never told my account would be sold or my details passed on.

I want to know exactly what information you gave them and on what basis, and why I wasn't informed first.""",
  "c:personal_data pd r:informed",
  "She is dissatisfied that her data was shared with a debt purchaser without being told; the grievance is about data sharing (personal_data, an expected transfer rather than a leak, so breach=false) and she asks what was shared and on what basis (informed).")

S("Keeley Stanton <keeley.stanton@gmail.com>", "Your website showed me another person's account",
  """I logged into your payment portal this evening and the account page showed a different name, a different address in Hull and a balance of over £4,000. I logged out and back in and it was still there. I didn't look further but I could see his payment history.

I'm worried that someone else can see my account in the same way. Please investigate and tell me whether my details have been shown to anyone else.""",
  "c:personal_data pd br r:informed",
  "The portal exposed another customer's account to her, which is a breach: implicit complaint, category personal_data (a data-handling failure rather than a pure system fault); asking whether her details have been shown to anyone else is a request to be informed about recipients.")

S("Wendy Parr <wendy.parr@gmail.com>", "Still getting marketing after I objected",
  """In May I told you that I object to my details being used for marketing and asked you to stop. Your letter of 30 May confirmed it. Since then I've had three emails about "financial wellbeing products" from your partner company.

So either you didn't stop or you passed my details on. Stop all marketing to me and explain who you shared my email with.""",
  "c:personal_data pd r:objection+informed",
  "Marketing continued after a confirmed objection: a data-rights request ignored (personal_data); she restates the objection and asks who her email was shared with (informed).")

S("Rhys Morgan <rhys.morgan@gmail.com>", "Deletion request refused",
  """I asked you in June to delete my personal data because the Pennant debt was written off and closed in 2019. You replied saying you would "retain the data indefinitely for business purposes". That can't be right.

Please reconsider and explain what legal basis you think you have for keeping it forever.""",
  "c:personal_data pd r:erasure+informed",
  "Dissatisfaction with a refused erasure request, renewed, and a demand for the legal basis: implicit complaint about a data-rights request badly handled (personal_data); rights erasure and informed.")

S("Joanne Bickley <joanne.bickley@gmail.com>", "Agent read out my address to someone else",
  """I was on a call with your agent last Thursday, on speaker in my car with my colleague in the passenger seat because I'd told the agent I was driving for work and would call back. Instead of letting me call back he read out my full address, date of birth and balance to "confirm security". I'd told him I wasn't alone.

I'm really embarrassed. I'd like an apology and for your staff to be trained to listen when someone says they can't talk.""",
  "c:personal_data pd br",
  "The agent read out her personal and debt details after being told a colleague was listening: a disclosure to a third person (breach), the main grievance, so category personal_data; implicit complaint.")

S("Sam O'Riordan <sam.oriordan@gmail.com>", "Complaint regarding automated scoring",
  """I'm making a complaint. Your letter says my offer of £30 a month has been "declined following an automated affordability assessment". Nobody looked at my actual budget, which includes childcare costs the system clearly doesn't understand.

I want a person to review my offer and my income and expenditure form, not a computer, and I want to know what information the system used.""",
  "c:process e r:automated_decision+informed",
  "An explicit complaint about an offer rejected by an automated assessment; the grievance is the decision method (process), and the requests for human review and for what data was used are automated_decision and informed.")

# ---- F. complaints purely about the creditor (about_other_firm) ----------------------------------

S("Debbie Winstanley <debbie.winstanley@gmail.com>", "Northline bill is based on estimates",
  """The £893 you're collecting for Northline Energy is from estimated bills. I gave Northline actual meter readings every quarter and they ignored them and kept estimating. When I finally got an engineer out the meter had been read wrong for a year.

I'm not refusing to pay what I actually used but this figure is wrong. Northline need to re-bill me properly. Please send this back to them.""",
  "c:debt_dispute f:nte",
  "The root cause is Northline Energy's estimated billing, which only the creditor can re-bill: about_other_firm=nte, debt_dispute, implicit complaint.",
  cred="Northline Energy")

S("Owen Baptiste <owen.baptiste@hotmail.co.uk>", "Pennant overcharged me",
  """This Pennant balance is for roaming charges from a trip to Spain. Pennant's website said my plan included EU roaming at no extra cost. They charged me £260 anyway, I raised it with them, and they never replied and just passed it to you.

I've got screenshots of their website from when I bought the contract. It's their mistake, they need to fix it.""",
  "c:debt_dispute f:pmt",
  "The challenged charge is Pennant Mobile's own billing (roaming it advertised as included), which only the creditor can correct: about_other_firm=pmt, debt_dispute, implicit complaint.",
  cred="Pennant Mobile")

S("Claire Hutton <clairehutton@gmail.com>", "Lumen water - meter",
  """Lumen water have been billing me on the wrong meter. My flat's meter is MTR 0442871 but the bills are for 0442817, which is next door's, and they use twice as much as us because there are five of them. I've shown Lumen photos of both meters.

The £1,106 you want is next door's water. Please send it back to Lumen.""",
  "c:debt_dispute f:lwt",
  "The debt comes from Lumen Water billing the wrong meter; only the creditor can re-bill, so about_other_firm=lwt, debt_dispute, implicit complaint.",
  cred="Lumen Water")

S("Farid Haddad <farid.haddad@gmail.com>", "Beacon loan - mis-sold",
  """The loan you are collecting for Beacon was sold to me when I was already on benefits and in arrears with two other lenders. Beacon did no proper checks, they just looked at a bank statement from before I lost my job. I think it was irresponsible lending.

I've put this to Beacon in writing. I'd like the collection stopped while they deal with it, and I don't accept that I owe the interest.""",
  "c:debt_dispute f:bhf",
  "The root cause is Beacon Home Finance's lending decision (irresponsible lending), which only the creditor can put right: about_other_firm=bhf, debt_dispute, implicit complaint.",
  cred="Beacon Home Finance")

S("Lauren Tait <lauren.tait@outlook.com>", "Westbury council tax single person discount",
  """The Westbury Borough Council tax arrears you're chasing are because the council removed my single person discount in 2024. I've lived alone since 2019. They did a "review" and sent the form to the wrong flat and then cancelled my discount when I didn't reply.

I've asked the council to put it back and backdate it. The arrears only exist because of their mistake.""",
  "c:debt_dispute f:wbc",
  "The arrears arise from the council wrongly removing a discount, which only the council can fix: about_other_firm=wbc ('Westbury Borough Council' alias), debt_dispute, implicit complaint.",
  cred="Westbury Council Tax Services")

S("Stuart Leach <stuart.leach@gmail.com>", "Sterling Loans - PPI style add on",
  """Sterling Loans added a "payment protection" product to my loan that I never asked for. It's £18 a month and it's in the balance you're chasing, about £640 of it. I have the original application which doesn't mention it.

I'll pay the loan part. The insurance bit is down to Sterling and they need to take it off.""",
  "c:debt_dispute f:scl",
  "A product the creditor added to the loan (mis-sold cover) makes up part of the debt; only Sterling Credit Loans can remove it: about_other_firm=scl, debt_dispute (the creditor's charge making up the debt, not a Conexus fee).",
  cred="Sterling Credit Loans")

S("Aoife Brennan <aoife.brennan@gmail.com>", "northline final bill",
  """my final bill from northline is wrong, they charged me until april but i moved out in january and gave them the reading and new tenants details. theyve ignored all my emails. can you tell them to sort it out please, i'll pay the bit up to january""",
  "c:debt_dispute f:nte",
  "The final bill is wrong because the creditor billed after she moved out; only Northline Energy can re-bill: about_other_firm=nte, debt_dispute, implicit complaint.",
  short="northline billed me 3 months after i moved out, tell them to fix my final bill", cred="Northline Energy")

S("Kenneth Ogunleye <k.ogunleye@gmail.com>", "Pennant Telecom - contract cancelled in cooling off",
  """I cancelled my Pennant Telecom contract within the 14-day cooling off period and returned the handset by recorded delivery. Pennant still billed me for the full 24 months and added an early termination fee. I have the Royal Mail tracking showing they signed for the phone.

This is Pennant's error and I need them to correct it, not to be chased by you.""",
  "c:debt_dispute f:pmt",
  "The debt is a contract the creditor failed to cancel; only Pennant Mobile (alias 'Pennant Telecom') can fix the root cause: about_other_firm=pmt, debt_dispute.",
  cred="Pennant Mobile")

S("Patricia Nolan <patricia.nolan@btinternet.com>", "Lumen Water Plc - leak allowance",
  """Lumen Water plc agreed on the phone in March to apply a leak allowance because the £1,390 bill was from a burst pipe under my drive that I had repaired straight away. I have the plumber's invoice. They never applied it and the full amount came to you.

I'd like you to send it back to them so they can apply what they promised.""",
  "c:debt_dispute f:lwt",
  "The creditor promised a leak allowance it never applied; only Lumen Water can correct the bill: about_other_firm=lwt, debt_dispute, implicit complaint.",
  cred="Lumen Water")

S("Dean Fairclough <deanfairclough@gmail.com>", "bhf statement",
  """BHF's closing statement says I owe £3,102 but my own records of payments to them add up to far more than they've credited. Their statements from 2022 are missing three payments. They won't reply to me. It's their figures that are wrong, not yours, but I'm not paying until they explain.""",
  "c:debt_dispute f:bhf",
  "The dispute is over the creditor's own statement of payments ('BHF' = Beacon Home Finance); he says Conexus is not at fault, so about_other_firm=bhf, debt_dispute.",
  cred="Beacon Home Finance")

S("Grace Amadi <grace.amadi@outlook.com>", "Northline Energy Ltd - prepayment meter",
  """Northline Energy Ltd put a debt on my account for a period when I was on a prepayment meter and paying as I went. They've billed me twice for the same energy - once through the meter and again as a credit account. I've sent them my top-up receipts.

Their customer service keeps telling me to speak to you but you're only collecting it. I need them to look at it.""",
  "c:debt_dispute f:nte",
  "Double billing by the creditor across meter types can only be corrected by Northline Energy: about_other_firm=nte, debt_dispute, implicit complaint.",
  cred="Northline Energy")

S("Jason Perrin <jason.perrin@gmail.com>", "Sterling Credit staff lied to me",
  """When I rang Sterling Credit in May their advisor told me that if I paid £500 they'd freeze the interest and close the account after 12 months of payments. I paid the £500. A week later they passed it to you with all the interest still on it.

That's on them. I want them to honour what their advisor told me.""",
  "c:debt_dispute f:scl",
  "The grievance is the creditor's own staff making a promise it did not honour, which only Sterling Credit Loans can fix: about_other_firm=scl, debt_dispute.",
  cred="Sterling Credit Loans")

S("Melanie Royce <melanie.royce@gmail.com>", "Westbury council - I was on council tax support",
  """The Westbury council tax debt you're collecting shouldn't exist. I was entitled to council tax support for the whole year and I applied in time, but the council lost my application and then refused to backdate it. I'm appealing with their revenues team.

Please hold the account and send it back to the council, it's their error.""",
  "c:debt_dispute f:wbc",
  "Arrears caused by the council losing a benefit application belong to the council ('Westbury council' alias): about_other_firm=wbc, debt_dispute, implicit complaint.",
  cred="Westbury Council Tax Services")

S("Rory Kavanagh <rory.kavanagh@gmail.com>", "Ashgrove Broadband never connected",
  """Ashgrove Broadband never actually connected my line. I waited six weeks, chased them every few days, then cancelled. They've billed me for three months of service I never received and passed it to you.

I have their emails admitting the installation "failed". They need to cancel the bill.""",
  "c:debt_dispute f:unknown",
  "The bill is for a service the creditor never provided; the creditor (Ashgrove Broadband) is not in the directory: about_other_firm=unknown, debt_dispute.")

S("Bernadette Cole <bernadette.cole@gmail.com>", "Halden Homes rent arrears are wrong",
  """The rent arrears you're collecting for Halden Homes Housing Association include £1,200 of "rechargeable repairs" for damage the previous tenant did. Halden's own check-in report lists the damage before I moved in.

I've asked Halden for a review and they haven't answered. This is their mistake. Please pass it back to them.""",
  "c:debt_dispute f:unknown",
  "Rechargeable repairs wrongly billed by the landlord creditor; Halden Homes is not in the directory, so about_other_firm=unknown, debt_dispute.")

S("Musa Jallow <musa.jallow@gmail.com>", "gym membership",
  """You're chasing me for 9 months of FitZone gym fees. I cancelled in writing with 30 days notice as their contract says and they confirmed it by email. They kept taking the direct debit, I cancelled that at my bank, and now they say I owe £270.

FitZone have made a mistake. Tell them to check their own emails.""",
  "c:debt_dispute f:unknown",
  "Fees billed by a gym after a confirmed cancellation are the creditor's error; FitZone is not in the directory: about_other_firm=unknown, debt_dispute.")

S("Ivy Chambers <ivy.chambers@gmail.com>", "Lumen - rude staff on their phone line",
  """This isn't about you, your lady on the phone was kind. It's Lumen I'm unhappy with. When I rang Lumen to ask for a breakdown of the £540, their agent called me "another one who doesn't want to pay" and hung up.

I'd like Lumen to explain the bill and apologise for how I was spoken to. Could you pass this on to them?""",
  "c:service_quality f:lwt",
  "The grievance is the creditor's own staff and bill explanation, not Conexus (she praises Conexus), so about_other_firm=lwt, service_quality; implicit complaint to be forwarded.",
  cred="Lumen Water")

S("Simone Pereira <simone.pereira@gmail.com>", "Brightwell Catalogue charged me for returned items",
  """The Brightwell catalogue account you're collecting includes £310 for a sofa I sent back in the original packaging. Brightwell's courier collected it and I have the collection note. They never refunded it to the account.

It's Brightwell's error. Can you get them to sort it out before anything else happens.""",
  "c:debt_dispute f:unknown",
  "The balance includes goods the creditor failed to credit after a return; Brightwell is not in the directory: about_other_firm=unknown, debt_dispute.")

S("Harold Pym <harold.pym@btinternet.com>", "Lumin water bill for empty property",
  """My mother died in February and her bungalow was empty from then until it was sold in August. Lumin water have charged £760 for that period on an estimate based on two people living there. The probate solicitors notified them in March.

I think they should have billed on the meter. I'm writing as her executor - please send this back to Lumin.""",
  "c:debt_dispute f:lwt tp",
  "An executor writes for his late mother's estate (third_party) about the creditor's estimated billing of an empty property; only Lumen Water ('Lumin') can re-bill: about_other_firm=lwt, debt_dispute.",
  cred="Lumen Water")

# ---- G. third parties: advisers, MPs' offices, solicitors, relatives, carers -------------------

S("Priya Natarajan <p.natarajan@eastfieldmoneyadvice.org.uk>", "Client: Ms Tanya Hobbs - CX-3381024 - token payment offer",
  """I act for Ms Tanya Hobbs, whose signed authority is attached. Ms Hobbs is a single parent on Universal Credit with a negative budget; our financial statement (Standard Financial Statement, attached) shows a monthly shortfall of £37.

We offered a token payment of £1 per month on 8 October and asked for interest and charges to be frozen. Your reply of 15 October rejected the offer as "not meaningful" and asked Ms Hobbs to "review her non-essential spending", although the statement contains no non-essential spending.

Please reconsider the offer in light of the statement and confirm that further collection activity will be suspended for 60 days while we explore debt solutions.""",
  "c:collection_conduct tp",
  "A money adviser (third_party) objects to an affordable token offer being rejected for a client with a negative budget and asks for reconsideration: implicit complaint about how the debt is pursued, collection_conduct.",
  kind="adviser", org="Money Adviser, Eastfield Money Advice")

S("Colm Brady <colm.brady@northmoorcab.org.uk>", "Breathing space - client Mr R Ilyas",
  """Our client Mr Rashid Ilyas entered a standard breathing space on 14 August (reference BS-2026-0814-2210). Conexus was listed as a creditor and the Insolvency Service confirms notification was sent.

Mr Ilyas has forwarded me a letter from you dated 22 August demanding payment and a text message of 27 August. These appear to breach the moratorium. Please confirm by return that his account has been marked correctly, that no further contact will be made with him directly, and explain why this happened.""",
  "c:collection_conduct tp",
  "An adviser (third_party) reports contact during a breathing space and wants it stopped and explained: implicit complaint, collection_conduct; 'breach' refers to the moratorium, not a data breach.",
  kind="adviser", org="Debt Caseworker, Northmoor Citizens Advice")

S("Hannah Ogden <hannah.ogden@stepforwarddebt.org.uk>", "Mr Lee Carver - CX-8802715 - formal complaint",
  """Please treat this email as a formal complaint on behalf of our client Mr Lee Carver (authority attached).

On 2 September we sent you a debt management plan proposal of £18 per month with a full budget. On 19 September your agent called Mr Carver directly - despite our letter asking that all contact go through us - and told him the plan "would probably be rejected" and that he would be "better off" paying you £60 a month direct. Mr Carver has a learning disability and agreed to the higher payment during the call.

We ask that you cancel the £60 arrangement, accept the DMP, refund any amount paid above £18, and explain why the contact instruction was ignored.""",
  "c:collection_conduct e tp",
  "A debt charity adviser makes a formal complaint (explicit, third_party) about an agent bypassing the representative and pressuring a vulnerable client into a higher payment: collection_conduct.",
  kind="adviser", org="Client Support Officer, StepForward Debt Help")

S("Alicia Moran <alicia.moran@stepforwarddebt.org.uk>", "DMP proposal - Mrs J Oduya - CX-2291883",
  """We are writing on behalf of our client Mrs Josephine Oduya, who has asked us to set up a debt management plan. Her signed authority and financial statement are attached.

Mrs Oduya can offer £12.40 per month towards this account as her pro-rata share. We would be grateful if you could confirm acceptance, freeze interest and charges, and update your records to show that we are now acting for her. Please send future correspondence to us.""",
  "tp",
  "A debt charity proposing a plan for its client is third_party, but it is a routine request with no dissatisfaction: not a complaint, category none.",
  kind="adviser", org="DMP Set-up Team, StepForward Debt Help")

S("Jon Whitcombe <jon.whitcombe@riversidemoneyadvice.org.uk>", "Request for statement and hold - Ms K Lomax",
  """I'm a money adviser working with Ms Kayleigh Lomax (authority attached). Could you please send us a statement of account showing the balance and all payments received, and place a 30-day hold on the account while we complete her budget? We expect to be in touch with an offer by the end of the month.

Thanks for your help.""",
  "tp",
  "An adviser's routine request for a statement and a hold is third_party but expresses no dissatisfaction: not a complaint. A statement of account is an account-servicing request, not a subject access request, so rights=[].",
  kind="adviser", org="Money Adviser, Riverside Money Advice")

S("Beth Okonkwo <beth.okonkwo@riversidemoneyadvice.org.uk>", "SAR on behalf of client - Mr Pavel Novak",
  """We act for Mr Pavel Novak, date of birth 09/02/1984, of 31 Foundry Lane, Wakefield. His signed authority is attached, including his consent to our receiving his personal data.

Under Article 15 UK GDPR, Mr Novak requests a copy of all personal data you hold about him, including account notes, call recordings and correspondence, and details of where you obtained his data. Please send the response to this office.""",
  "r:access+informed tp",
  "A representative's subject access request with a request for the data's source is third_party with rights access and informed; there is no dissatisfaction, so complaint=false.",
  kind="adviser", org="Caseworker, Riverside Money Advice")

S("Fatima Choudhury (Office of Sarah Whitlow MP) <fatima.choudhury@parliament.uk>", "Constituent: Mr Gordon Blake, 8 Spinney Close - your ref CX-7704415",
  """I am writing on behalf of my constituent, Mr Gordon Blake, whose consent is attached.

Mr Blake is 68 and cares for his wife, who has advanced Parkinson's disease. He tells me that your agents have telephoned him several times a week since July, often while he is attending to his wife, and that on one occasion an agent suggested he could "sell the car" to clear the Northline balance. He has offered £20 a month, which he says has been refused.

I would be grateful if you would review Mr Blake's account, consider whether your contact with him has been appropriate given his circumstances, and let me know the outcome.""",
  "c:collection_conduct tp",
  "An MP's caseworker writing for a constituent (third_party) raises pressure and frequent calls to a carer and asks for a review: implicit complaint, collection_conduct.",
  kind="mp", org="Senior Caseworker to Sarah Whitlow MP", cred="Northline Energy")

S("Tom Akers (Office of David Penhaligon MP) <tom.akers@parliament.uk>", "Constituent enquiry - Ms Leah Stott",
  """My constituent Ms Leah Stott has asked me to contact you. She has received a letter about an account with Pennant Mobile and wishes to understand what the balance relates to and how she can arrange to pay in instalments. Her consent form is attached.

I would be grateful for any information you can provide so that I can pass it on to her.""",
  "tp",
  "An MP's office asking on a constituent's behalf for information and payment options is third_party, but neutral: not a complaint.",
  kind="mp", org="Caseworker, Office of David Penhaligon MP")

S("Anjali Shah (Office of Peter Lyle MP) <anjali.shah@parliament.uk>", "Mrs Doreen Fitch - complaint - CX-6093321",
  """Mrs Doreen Fitch, who lives in the constituency, has asked me to raise a complaint with you on her behalf. Her signed consent is attached.

Mrs Fitch is 84, lives alone and has early-stage dementia. She received a visit from one of your field agents on 3 November, who persuaded her to make a card payment of £250 on the doorstep. Her daughter, who holds lasting power of attorney and whose details were already on your file, was not contacted. I would ask that the payment be refunded, that no further visits are made, and that all future contact is with Mrs Fitch's daughter.""",
  "c:collection_conduct e tp",
  "An MP's office raises a complaint (explicit, third_party) about a doorstep agent taking payment from a vulnerable elderly constituent: collection_conduct.",
  kind="mp", org="Parliamentary Assistant to Peter Lyle MP")

S("Rebecca Lund (Office of Martin Oyelowo MP) <rebecca.lund@parliament.uk>", "Constituent: Mr Andrzej Wolski - delayed response",
  """I wrote to you on 16 September on behalf of my constituent, Mr Andrzej Wolski, about his disputed account CX-4019227. I received an acknowledgement on 18 September but nothing since. Mr Wolski continues to receive demands for payment while the matter is unresolved.

I would be grateful for a substantive reply within 14 days.""",
  "c:delay tp",
  "An MP's caseworker chasing an overdue reply for a constituent is a 'still waiting' chaser (delay) on someone else's behalf: implicit complaint, third_party.",
  kind="mp", org="Caseworker, Office of Martin Oyelowo MP")

S("Edward Thornton <e.thornton@thorntonhale.co.uk>", "Our client Mr Simon Pryce - statute-barred debt",
  """We are instructed by Mr Simon Pryce in relation to your letters of 4 and 18 September concerning an alleged credit card debt of £3,840.

Our client's records show that the last payment or written acknowledgement was made in 2017. The debt is therefore statute-barred under section 5 of the Limitation Act 1980. Your letter of 18 September nevertheless refers to "court action". We invite you to confirm within 14 days that you will cease all collection activity and withdraw the reference to court action.""",
  "c:debt_dispute tp",
  "A solicitor for the debtor (third_party) disputes a statute-barred debt and objects to the threat of court: implicit complaint (no complaint wording), debt_dispute.",
  kind="solicitor", org="Partner, Thornton Hale Solicitors")

S("Grace Whitfield <grace.whitfield@whitfieldlegal.co.uk>", "Estate of the late Mr Victor Dunne",
  """We act as solicitors for the executors of the late Mr Victor Dunne, who died on 2 June. We notified you on 12 June and asked that all correspondence be sent to us.

We understand that your agent has since telephoned Mr Dunne's widow, Mrs Eileen Dunne, on three occasions, asking whether she intends to pay her late husband's account. Mrs Dunne has no liability for this debt. We require you to cease contacting her and to confirm the position in writing.""",
  "c:collection_conduct tp",
  "Solicitors for an estate (third_party) object to calls pressing a widow with no liability: implicit complaint about how the debt is pursued, collection_conduct.",
  kind="solicitor", org="Associate, Whitfield Legal LLP")

S("Marcus Reid <m.reid@reidconsumerlaw.co.uk>", "Client Ms Amber Lane - data protection complaint",
  """We act for Ms Amber Lane. On 30 August you sent a letter about Ms Lane's account, containing her balance, her creditor's name and her employer's details, to her former partner's address, even though Ms Lane had given you her new address in June and told you she had left the property because of domestic abuse.

This is a formal complaint. Please (1) confirm what was sent to the old address and when, (2) confirm you have corrected your records, and (3) provide our client with a copy of all personal data you hold about her.""",
  "c:personal_data e tp pd br r:access",
  "A solicitor's formal complaint (explicit, third_party) about debt details sent to an abusive ex-partner's address: a breach and the main grievance (personal_data); the request for a copy of all data is access.",
  kind="solicitor", org="Solicitor, Reid Consumer Law")

S("Siobhan Pike <siobhan.pike@gmail.com>", "My dad, Mr Brian Pike, CX-9011284",
  """I'm writing for my dad, Brian Pike, who had a stroke in June and now can't use the phone easily. He's asked me to help with his post and he's signed the third party form which I've attached.

Your staff have been ringing him and when he can't get his words out they've been putting the phone down and ringing back. He gets very upset and thinks he's in trouble. Please stop phoning him. I'm happy to talk about the account and set up a plan, just contact me.""",
  "c:collection_conduct tp",
  "A daughter writing for her father (third_party) about calls that distress him after a stroke, with a stop requested: implicit complaint, collection_conduct.",
  kind="relative", short="writing for my dad Brian Pike who had a stroke - your staff keep ringing and hanging up on him. stop, deal with me")

S("Andrew Mellor <andy.mellor@outlook.com>", "Mum's account - power of attorney",
  """My mother, June Mellor, is in a care home with dementia. I have power of attorney (copy attached). I would like all letters about her account sent to me from now on, and please could you tell me the balance and who the creditor is so I can work out whether it's something I should be paying from her funds.""",
  "tp",
  "A son with power of attorney asking, without dissatisfaction, to take over correspondence and for account details is third_party but not a complaint; asking for the balance is routine, not a rights request.",
  kind="relative")

S("Claire Dixon <claire.dixon@gmail.com>", "Complaint on behalf of my brother",
  """I'm writing on behalf of my brother, Liam Dixon, who has schizophrenia and is currently an inpatient. His signed authority is attached.

I want to complain about the letter you sent him last week which said bailiffs would be "instructed imminently". It arrived at his flat, he read it on home leave and had a serious relapse. He owes Lumen about £400 which I've offered to pay for him at £20 a month.

Please accept the plan, stop the threatening letters and note his vulnerability on the account.""",
  "c:collection_conduct e tp",
  "A sister complains (explicit, third_party) about a threatening letter to her vulnerable brother; the grievance is Conexus's collection tactics, not the creditor, so collection_conduct and about_other_firm=null.",
  kind="relative", cred="Lumen Water")

S("Sharon Evans <sharon.evans@carelinkwales.org.uk>", "Service user - Mr Glyn Rowlands",
  """I'm a support worker with Carelink Wales and help Mr Glyn Rowlands manage his post; he has a learning disability and has given written consent for me to contact you (attached).

Mr Rowlands has received a letter saying his payment plan has been cancelled because a payment was missed. His payment was missed because his bank card was replaced after being stolen, and he rang you the next day to tell you. He was very distressed by the letter. Could you please reinstate his plan and tell us why it was cancelled when he had let you know?""",
  "c:collection_conduct tp",
  "A support worker writing for a vulnerable service user (third_party) about a plan cancelled despite notice, with reinstatement and an explanation asked: implicit complaint, collection_conduct.",
  kind="adviser", org="Support Worker, Carelink Wales")

S("Michael Obi <michael.obi@gmail.com>", "My wife's account - ref CX-5578102",
  """I'm writing on behalf of my wife Ngozi, who is recovering from surgery and has asked me to handle this. She's happy to confirm on the phone. The last letter says the balance is £640 and I'd like to pay £320 now and £320 next month. Can you confirm that's OK and send the payment details?""",
  "tp",
  "A husband writing on his wife's behalf to arrange payment is third_party, but it is a routine payment offer with no dissatisfaction: not a complaint.",
  kind="relative")

S("Ellie Sharpe <ellie.sharpe@gmail.com>", "Data request for my nan",
  """I have a lasting power of attorney for my nan, Mrs Irene Sharpe (copy attached). She has been getting letters from you about an old catalogue debt and she can't remember anything about it.

Please send me a copy of all the information you hold about her, including where you got her details from and what the original agreement was. There's no rush and she's not upset, I just want to sort her paperwork out.""",
  "r:access+informed tp",
  "An attorney asking for a copy of her grandmother's data and its source is third_party with access and informed rights; 'not upset, no rush' means no complaint.",
  kind="relative")

S("Yusuf Demir <yusuf.demir@gmail.com>", "For my father Mehmet Demir - he does not speak English well",
  """I write for my father Mehmet Demir, ref CX-6128845. He does not speak English well and your agent on phone spoke very quick and then said he agreed to pay £100 each week. He did not understand and he cannot pay this, he get only pension.

We ask you to cancel this, to use an interpreter next time or speak with me (he signed authority, attached), and to explain why nobody checked he understood.""",
  "c:collection_conduct tp",
  "A son writing for his father (third_party) about an agreement taken from someone who did not understand English: implicit complaint about how the debt is pursued, collection_conduct.",
  kind="relative")

S("Diane Haworth <diane.haworth@westvaledebtline.org.uk>", "Client letter of authority ignored - Mr Craig Tonks",
  """This is the second time I have written. Our letter of authority for Mr Craig Tonks was sent to you on 1 August and acknowledged on 3 August. Since then you have continued to write to Mr Tonks directly and not copied us in, and we have had no response to our request for a statement.

Please update your records so that we receive all correspondence, send the statement we asked for, and confirm by return.""",
  "c:delay tp",
  "A second chaser from an adviser (third_party) whose authority and request have been ignored; the grievance is chiefly the unanswered request and ongoing failure: implicit complaint, delay.",
  kind="adviser", org="Money Adviser, Westvale Debtline")

S("Karen Ellis <karen.ellis@gmail.com>", "My son's account - he has autism",
  """My son Jack is 19 and autistic. He's been getting texts from you every day with a link to pay, and he's been clicking on it and paying £5 here and there without telling me because he's frightened of the messages. I've seen 30 texts in his phone this month.

He has signed the form so I can speak for him (attached). Please stop the daily texts, I'll work out a proper plan with you.""",
  "c:collection_conduct tp",
  "A mother writing for her vulnerable adult son (third_party) about daily texts that frighten him: implicit complaint, collection_conduct.",
  kind="relative")

S("Ian Cartwright <ian.cartwright@pembertonlaw.co.uk>", "Client Mrs H Begum - request for information",
  """We are instructed by Mrs Husna Begum in connection with account CX-2250876. Please provide copies of the credit agreement, the notice of assignment (if the debt has been assigned), a full statement of account and any default notice. We also ask that collection activity be held for 30 days while we review the documents.""",
  "tp",
  "A solicitor's document request (credit agreement, statements, notice of assignment) for a client is third_party but a routine Consumer Credit Act-style request, not a UK GDPR right and not a complaint.",
  kind="solicitor", org="Trainee Solicitor, Pemberton Law")

S("Joanna Pratt <joanna.pratt@oakleafadvice.org.uk>", "Re: Mr Dev Patel - creditor error Lumen",
  """Following our call, I attach the letter from Lumen Water dated 2 October admitting that Mr Patel's account was billed at the wrong property from 2022 to 2024. On our client's behalf we ask you to return the account to Lumen so they can re-bill him correctly. He accepts nothing is owed on the correct account.""",
  "c:debt_dispute f:lwt tp",
  "An adviser (third_party) disputes a debt that arises from Lumen Water billing the wrong property, which only the creditor can fix: about_other_firm=lwt, debt_dispute, implicit complaint.",
  kind="adviser", org="Caseworker, Oakleaf Advice", cred="Lumen Water")

S("Gary Pearson <gary.pearson@hollowaycab.org.uk>", "Pennant charges for client Ms S Doyle",
  """I'm an adviser acting for Ms Sinead Doyle (authority attached). The Pennant Mobile balance you hold includes £412 of third-party premium-rate charges that Ms Doyle did not authorise and has disputed with Pennant since March. Pennant have not replied to her.

We ask you to return the account to Pennant until they deal with her dispute.""",
  "c:debt_dispute f:pmt tp",
  "An adviser (third_party) disputes premium-rate charges billed by Pennant Mobile; the root cause is the creditor's billing: about_other_firm=pmt, debt_dispute.",
  kind="adviser", org="Debt Adviser, Holloway Citizens Advice", cred="Pennant Mobile")

S("Rosa Quinn (Office of Helen Marr MP) <rosa.quinn@parliament.uk>", "Constituent Mr Stephen Ward - council tax arrears",
  """My constituent Mr Stephen Ward has asked for my help with council tax arrears that Westbury Council passed to you for collection. He says the council failed to apply his severe mental impairment disregard, which would have removed his liability entirely, despite receiving his GP's certificate in 2024.

He accepts that you are simply collecting, and I have written separately to the council. I would be grateful if you could hold the account while the council reviews his liability.""",
  "c:debt_dispute f:wbc tp",
  "An MP's office (third_party) raises arrears caused by the council failing to apply a disregard; the constituent accepts Conexus is only collecting, so about_other_firm=wbc, debt_dispute, implicit complaint.",
  kind="mp", org="Caseworker, Office of Helen Marr MP", cred="Westbury Council Tax Services")

S("Nicola Fenn <nicola.fenn@gmail.com>", "Carer for Mr Albert Knight",
  """I am the paid carer for Mr Albert Knight at 14 Cedar Walk. He asked me to email you because a letter from you came today and he's very worried about it. He's 91 and doesn't have email. The letter is about a water bill.

Mr Knight would like to know who to talk to and whether somebody could ring his nephew, Paul Knight, on 07700 900 882, who helps him with money. Thank you.""",
  "tp",
  "A carer writing for an elderly client (third_party) with a neutral request for help and a contact: worried but not dissatisfied with Conexus, so not a complaint.",
  kind="relative")

S("Leon Hart <leon.hart@wellspringdebt.org.uk>", "Erasure request - former client Mr Otto Fischer",
  """We previously acted for Mr Otto Fischer, whose account with you (CX-3307719) was settled in full in 2021. Mr Fischer has asked us to request that you delete his personal data now that the account is closed, and to confirm once done. His signed authority is attached.""",
  "r:erasure tp",
  "A representative's erasure request for a closed account with no dissatisfaction: third_party, rights erasure, not a complaint.",
  kind="adviser", org="Caseworker, Wellspring Debt Advice")

S("Jade Morrison <jade.morrison@gmail.com>", "my partner's account",
  """my partner Dylan has asked me to email as he's working away. he wants to know if he can pay weekly instead of monthly as he gets paid weekly now. his ref is CX-7719205. he's happy for you to call him on his mobile to confirm.""",
  "tp",
  "A partner writing for the debtor is third_party; a request to change payment frequency is a routine service request, not a complaint.",
  kind="relative", short="emailing for my partner Dylan CX-7719205 - can he pay weekly instead of monthly?")

# ---- H. rights requests without dissatisfaction (debtors) --------------------------------------

S("Katherine Bloom <k.bloom@fastmail.com>", "Subject access request - CX-6690142",
  """Under Article 15 of the UK GDPR I am requesting a copy of all the personal data you hold about me. This should include notes of telephone calls, call recordings, letters, emails and any information you received from the original creditor.

My details: Katherine Bloom, 22 Hazel Mount, Keighley, date of birth 17/06/1979. Please send the information by email.""",
  "r:access",
  "A plain subject access request with no dissatisfaction: rights access, not a complaint.",
  short="SAR - please send me a copy of all personal data you hold on me, ref CX-6690142")

S("Dominic Hale <dominic.hale@gmail.com>", "Where did you get my details",
  """I got a letter from you this week about a Pennant account. I'm not disputing it and I'll ring to sort out payment. Out of interest, could you tell me where you got my current address from, since I've moved twice since the contract, and who else you share my information with?""",
  "r:informed",
  "Curious questions about the source and sharing of his data, without dissatisfaction: right to be informed, not a complaint.",
  short="not disputing it, but where did you get my new address from and who do you share my data with?")

S("Alison Grey <alison.grey@outlook.com>", "Please update my surname",
  """I got married in August and my surname is now Grey (previously Turnbull). Please could you update your records. I've attached a copy of the marriage certificate. My reference is CX-1183650 and my payments will carry on as normal.""",
  "r:rectification",
  "A neutral request to update her surname is rectification with no dissatisfaction: not a complaint.",
  short="please update my surname from Turnbull to Grey (married in Aug) ref CX-1183650")

S("Mark Jenner <mark.jenner@protonmail.com>", "Delete my data - account closed",
  """My account (CX-4471650) was paid in full in 2022 and you sent me a closure letter. Please could you now erase the personal data you hold about me, except for anything you're legally required to keep, and confirm when that's done. Thanks.""",
  "r:erasure",
  "A polite erasure request for a closed account, no dissatisfaction: rights erasure, not a complaint.")

S("Sophie Lambert <sophie.lambert@gmail.com>", "Payment history in CSV",
  """Hi, my debt adviser has asked me for my payment history with you in a spreadsheet, ideally a CSV file, so she can put it into her software. Could you send me that for the whole time I've been paying? Ref CX-3390214. Thank you!""",
  "r:portability",
  "Asking for her payment data in a machine-readable format to load into other software is portability; no dissatisfaction, so not a complaint.")

S("Gerald Pickford <gerald.pickford@btinternet.com>", "No marketing please",
  """I'm happy to keep paying my plan but I don't want to receive any marketing or "offers" from you or any partner companies. Please note that I object to my details being used for marketing. Thank you.""",
  "r:objection",
  "Objecting to marketing without any grievance is the right to object; not a complaint.",
  short="happy with my plan but no marketing please, I object to my details being used for it")

S("Leila Mansour <leila.mansour@gmail.com>", "Affordability check - is it automatic?",
  """Before I send in my budget sheet, can you tell me whether my payment offer will be assessed automatically by a computer or by a person? If it's automatic, I'd like a person to look at it, because my income varies a lot month to month (I'm self-employed).""",
  "r:automated_decision+informed",
  "Asking whether a decision is automated and for a human to decide instead is the automated-decision right (and informed about how processing works); nothing has gone wrong, so not a complaint.")

S("Richard Hobday <richard.hobday@outlook.com>", "Please hold my data while I check something",
  """I think the date of birth on your letters may be wrong - it shows 1971 and I was born in 1977. I'm checking my old paperwork. Until we've confirmed which is right, please don't share my details with the credit reference agencies. I'll write again next week.""",
  "r:restriction",
  "Asking Conexus not to share data while its accuracy is checked is restriction; the tone is neutral and he has not yet asserted an error needing a remedy, so not a complaint.")

S("Helga Jansen <helga.jansen@gmail.com>", "Question about my data",
  """Dear sir or madam, I am moving back to the Netherlands next year. I would like to know: for how long will you keep my data after I finish paying, and do you send it outside the UK? Also I would like to receive my payment record in a file format which I can give to my Dutch bank. Kind greetings.""",
  "r:informed+portability",
  "Questions about retention and international transfers (informed) and a request for her record in a transferable file format (portability), politely asked: not a complaint.")

S("Ben Nicholls <ben.nicholls@gmail.com>", "Data request and profiling",
  """Could you tell me whether you use credit scoring or any kind of profiling to decide how often to contact me or what payment to ask for? If so, I object to that profiling, and I'd like a copy of the data you hold about me so I can see what it's based on.""",
  "r:informed+objection+access",
  "Asking about profiling (informed), objecting to it (objection) and asking for a copy of the data (access), without dissatisfaction: not a complaint.")

S("Anita Roy <anita.roy@outlook.com>", "Call recording",
  """Please could you send me a copy of the recording of my call with your team on 14 October, when I set up my plan? I want to double-check what dates we agreed as I forgot to write them down. Ref CX-8820044.""",
  "r:access",
  "A request for a copy of a call recording is an access request; she is only checking dates, so not a complaint.")

S("Philip Ransome <philip.ransome@gmail.com>", "Change of phone number and stop using old one",
  """My old mobile number (07700 900 311) has been given up and may be reissued to someone else. Please delete it from my record and use my new number 07700 900 672 instead.""",
  "r:erasure+rectification",
  "Asking for an old number to be deleted and replaced is erasure plus rectification, a neutral update: not a complaint.")

S("Marek Nowicki <marek.nowicki@gmail.com>", "My informations",
  """Hello, please I want copy of all informations you have about me, also the letters and the calls. And please say me who give you my telephone. I am not angry, I only want to know. Thank you very much.""",
  "r:access+informed",
  "Non-native English: a copy of all data (access) and where the number came from (informed), explicitly not angry: not a complaint.")

# ---- I. breaches reported without a complaint -------------------------------------------------

S("Stella Harding <stella.harding@gmail.com>", "Wrong letter in my envelope",
  """Just to let you know, the envelope addressed to me today contained my letter and also a second letter for a Mrs P. Whitmore in Chesterfield, with her account details. I haven't done anything with it. Would you like me to post it back to you or shred it?""",
  "br",
  "Another customer's letter reached her, so the message describes a breach; she is not dissatisfied and only asks what to do, so complaint=false.")

S("Neil Forsyth <neil.forsyth@outlook.com>", "Email sent to me by mistake",
  """I think this was sent to me in error - I'm not a customer of yours. It's addressed to a Ms K Rafferty and has her balance and payment plan details in it. I've forwarded it back and deleted my copy. No need to reply.""",
  "br",
  "A stranger reports receiving someone else's account email: breach=true, but no grievance or remedy sought, so not a complaint; 'deleted my copy' is not erasure.")

S("Oksana Petrenko <oksana.petrenko@gmail.com>", "Post for previous tenant",
  """Hello, I keep getting your letters for Mr J Walsh. He moved out before I moved in last year. One I opened by mistake, sorry, it was about money he owes. You might want to check the address you have for him. Thanks.""",
  "br",
  "A new occupant reports reading a debt letter for the previous tenant: a disclosure (breach) reported neutrally; updating someone else's address is not her own rectification right, and she is not complaining.")

S("Harriet Moss <harriet.moss@hollybankpractice.nhs.uk>", "Fax/email received in error",
  """This practice has received an email from your address which appears to be intended for one of your customers and contains details of a debt and a payment plan. It has been deleted from our system. Please check your address records; we are a GP surgery and should not be receiving this type of information.""",
  "br",
  "A GP surgery reports a misdirected email with debt details: breach described, matter-of-fact advice to check records, no remedy demanded for itself: not a complaint.",
  kind="staff", org="Practice Manager, Hollybank Medical Practice")

S("Callum Frost <callum.frost@gmail.com>", "your portal showed another account",
  """fyi when i logged in this morning to pay, the portal briefly showed another person's name and balance before loading mine. might be worth checking, could be a caching thing. paid my £20 anyway""",
  "br",
  "Briefly seeing another customer's account is exposure of data (breach); his tone is a neutral heads-up without a demand, so not a complaint.",
  short="fyi portal showed someone elses name and balance for a sec before mine loaded, might want to check")

# ---- H2. rights with complaints (various themes) -------------------------------------------------

S("Lynne Carver <lynne.carver@gmail.com>", "I want the recordings",
  """Your agent told me on 2 November that my plan had been "approved" at £30 a month. Now your letter says the plan was never agreed and I'm in default. I know what I was told.

Send me the recording of that call and every other call on my account, and reinstate my plan.""",
  "c:inaccurate_information r:access",
  "She was told her plan was approved and now told otherwise; the grievance is wrong information (inaccurate_information), with the call recordings requested (access) as evidence: implicit complaint, personal_data=false because the grievance is not data handling.")

S("Terry Ashcroft <terry.ashcroft@hotmail.co.uk>", "Harassment and a request for my data",
  """I've had 23 calls in October. Every time I answer there's a delay and then the line goes dead. I'm treating this as harassment. I also want a copy of all the data you hold about me and every note of every call, because I want to show my MP.""",
  "c:collection_conduct r:access",
  "Excessive silent calls (collection_conduct) with a subject access request added; the data right does not make the grievance a data-handling one, so personal_data=false; implicit complaint.")

S("Yvonne Blake <yvonne.blake@gmail.com>", "Complaint and stop processing",
  """I wish to make a complaint. You have registered a default on my credit file for a debt I have disputed since February, and you haven't answered a single one of my letters about it. Stop processing my data and reporting it to the credit agencies until the dispute is resolved.""",
  "c:debt_dispute e r:restriction",
  "An explicit complaint mainly about pursuing and reporting a disputed debt (debt_dispute); 'stop processing/reporting until resolved' is restriction. The grievance is the disputed debt, so personal_data=false.")

S("Connor Lynch <connor.lynch@gmail.com>", "Robot decisions",
  """Your website told me my offer of £40 a month was "not acceptable" within about three seconds of me pressing submit. There's no way a human looked at it. I'm not happy that a computer gets to decide this. I want a real person to review it and I want to know what it based the decision on.""",
  "c:process r:automated_decision+informed",
  "Dissatisfied that an automated system rejected his offer; he asks for human review (automated_decision) and the basis (informed). The grievance is the decision process, so category process, implicit complaint.")

S("Diana Foster <diana.foster@outlook.com>", "Stop selling my details",
  """Since my account was passed to you I've been getting calls from loan brokers who know my name and that I'm "in debt". I think you've passed my details on. I object to my data being used for anything except collecting this debt, and I want to know exactly who you have given it to.""",
  "c:personal_data pd r:objection+informed",
  "She suspects Conexus shared her data with brokers: a grievance about data use with objection and a request to know recipients (informed); no actual disclosure is established, so breach=false; implicit complaint, personal_data.")

S("Rafael Cruz <rafael.cruz@gmail.com>", "wrong phone number on account",
  """you have the wrong phone number on my account, someone else keeps getting my texts and they messaged me on facebook to tell me. fix the number and send me copies of the texts that went to the wrong phone. its 07700 900 561 not 07700 900 516""",
  "c:personal_data pd br r:rectification+access",
  "A wrong number means his debt texts went to a stranger (breach), with correction (rectification) and copies of the texts (access) demanded: implicit complaint, personal_data.",
  short="wrong number on my account, someone else getting my debt texts. fix it - 07700 900 561 not 516")

# ---- J. auto-generated: out-of-office, bounces, receipts, autoresponders, notifications, lists -

OOO_H = {"auto-submitted": "auto-replied", "x-autoreply": "yes"}
OOO_H2 = {"auto-submitted": "auto-replied", "x-auto-response-suppress": "All", "precedence": "auto_reply"}
BOUNCE_H = {"return-path": "<>", "auto-submitted": "auto-replied",
            "content-type": "multipart/report; report-type=delivery-status"}
LIST_H = {"precedence": "bulk", "list-unsubscribe": "<mailto:unsubscribe@{d}>, <https://{d}/unsubscribe>",
          "list-id": "<news.{d}>"}


def list_h(d: str) -> dict:
    return {k: v.format(d=d) for k, v in LIST_H.items()}


S("Priya Natarajan <p.natarajan@eastfieldmoneyadvice.org.uk>", "Automatic reply: Client: Ms Tanya Hobbs - CX-3381024",
  """Thank you for your email. I work Monday to Wednesday and will reply on my next working day. If your message is urgent please contact our advice line on 0306 999 0142.

Eastfield Money Advice is a registered charity.""",
  "ag", "Out-of-office from an adviser with auto-reply headers and standard wording: auto_generated, nothing else, even though the sender is a representative.",
  kind="auto", headers=OOO_H)

S("Darren Pugh <dpugh1977@btinternet.com>", "Out of Office: your complaint reference CX-COMP-70021",
  """I'm away until 3rd March with limited access to email. I'll reply when I'm back.

Darren""",
  "ag", "A personal out-of-office replying to our complaint acknowledgement; the complaint wording is only in the subject/quote, so auto_generated and nothing else.",
  kind="auto", headers=OOO_H2)

S("Mail Delivery System <MAILER-DAEMON@mail.conexus-services.com>", "Undelivered Mail Returned to Sender",
  """This is the mail system at host mail.conexus-services.com.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<kirsty.bell.1992@gmial.com>: Host or domain name not found. Name service error for name=gmial.com type=A: Host not found

Reporting-MTA: dns; mail.conexus-services.com
Final-Recipient: rfc822; kirsty.bell.1992@gmial.com
Action: failed
Status: 5.1.2""",
  "ag", "A delivery status notification from MAILER-DAEMON is auto_generated; no other labels.",
  kind="auto", headers=BOUNCE_H)

S("Microsoft Outlook <postmaster@outlook.com>", "Undeliverable: Your payment arrangement - CX-5578102",
  """Delivery has failed to these recipients or groups:

ngozi.obi@outlook.com
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:
Generating server: AM6PR04MB5431.eurprd04.prod.outlook.com
ngozi.obi@outlook.com
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'""",
  "ag", "An Exchange non-delivery report is auto_generated regardless of what the original message was about.",
  kind="auto", headers={"auto-submitted": "auto-replied", "x-ms-exchange-generated-message-source": "DSN",
                        "content-type": "multipart/report; report-type=delivery-status"})

S("Gmail Team <mailer-daemon@googlemail.com>", "Delivery Status Notification (Failure)",
  """Address not found

Your message wasn't delivered to lee.carver77@gmail.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.""",
  "ag", "A Gmail bounce notice is auto_generated.",
  kind="auto", headers={"return-path": "<>", "auto-submitted": "auto-replied"})

S("Lisa Pemberton <lisa.pemberton@gmail.com>", "Read: Your complaint - final response",
  """Your message

To: Lisa Pemberton
Subject: Your complaint - final response
Sent: 14 October 2026 10:22:51 (UTC+00:00) Dublin, Edinburgh, Lisbon, London

was read on 14 October 2026 18:03:12 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.""",
  "ag", "A read receipt is machine-generated even though the subject mentions a complaint: auto_generated only.",
  kind="auto", headers={"content-type": "multipart/report; report-type=disposition-notification"},
  env=("hdr", "nohdr", "html"))

S("Westvale Debtline <enquiries@westvaledebtline.org.uk>", "Thank you for contacting Westvale Debtline",
  """Thank you for contacting Westvale Debtline. This is an automated message to confirm we have received your email.

We aim to respond to all enquiries within five working days. If you are a creditor responding to a client proposal, please make sure you quote our client reference number.

If you are in crisis, please call Samaritans on 116 123.

Please do not reply to this email.""",
  "ag", "An autoresponder acknowledging receipt is auto_generated, even though it is from a debt charity.",
  kind="auto", headers={"auto-submitted": "auto-generated", "x-autoreply": "yes"})

S("Office of Sarah Whitlow MP <sarah.whitlow.mp@parliament.uk>", "Auto-reply: Constituent: Mr Gordon Blake",
  """Thank you for contacting the office of Sarah Whitlow MP. This is an automated response.

Sarah receives a very high volume of correspondence and prioritises enquiries from constituents. If you are not a constituent, please contact your own MP. We aim to reply to casework within 15 working days.

This office cannot assist with matters that are the responsibility of the Scottish Parliament or local councils.""",
  "ag", "An MP's office autoresponder is auto_generated; third_party stays false for auto mail.",
  kind="auto", headers={"auto-submitted": "auto-replied"})

S("Northline Energy Client Portal <noreply@northline-energy.co.uk>", "Placement file processed - batch NE-20261103",
  """Your placement file NE-20261103.csv has been processed.

Accounts received: 412
Accounts accepted: 409
Accounts rejected: 3 (see attached error report)

This is an automatically generated message. Please do not reply.""",
  "ag", "A creditor client's system notification about a placement file is auto_generated; Northline is only the sender.",
  kind="auto", headers={"auto-submitted": "auto-generated"})

S("Pennant Mobile Collections System <no-reply@pennantmobile.co.uk>", "Recall notification - 2 accounts",
  """The following accounts have been recalled from your agency with effect from 21/11/2026:

PMT-88210044  reason: DISPUTE
PMT-88217731  reason: DECEASED

Please cease all activity on these accounts and confirm closure via the agency portal within 48 hours.

Automated notification - replies to this address are not monitored.""",
  "ag", "A creditor's automated recall notice is auto_generated; 'DISPUTE' is a data field, not a complaint.",
  kind="auto", headers={"auto-submitted": "auto-generated", "precedence": "bulk"})

S("Sterling Credit Remittance <remittance@sterlingcredit.co.uk>", "Remittance advice 2026-11-20",
  """REMITTANCE ADVICE

Payee: Conexus Services Ltd
Payment date: 20/11/2026
Amount: £48,220.16
Reference: SCL-COMM-NOV26

This remittance advice has been generated automatically.""",
  "ag", "An automated remittance advice from a creditor client is auto_generated.",
  kind="auto", headers={})

S("Collections Compliance Digest <digest@ccdigest.co.uk>", "This week: FOS data on debt collection complaints, vulnerability and Consumer Duty",
  """Collections Compliance Digest - Issue 212

COMPLAINTS: Ombudsman data published this month show debt collection complaints up again, with "customer not treated fairly" and "pressure to pay" the top causes.

DATA PROTECTION: Why a subject access request is not an opportunity to argue about the debt - our guide to handling requests within a month.

EVENTS: Breathing Space refresher webinar, 3 December.

You are receiving this email because you subscribed to Collections Compliance Digest. Unsubscribe | Update preferences""",
  "ag", "A bulk newsletter whose topics are complaints and data requests is auto_generated, never a complaint.",
  kind="auto", headers=list_h("ccdigest.co.uk"), env=("hdr", "nohdr", "html"))

S("Credit Services Update <news@csupdate.org.uk>", "Member bulletin: Code of Practice changes and complaint handling survey",
  """<html><body><h1>Member bulletin</h1><p>Changes to the Code of Practice take effect on 1 January. Members must update complaint-handling procedures and staff guidance on contacting customers at work.</p><p><b>Survey:</b> tell us how you record complaints - 5 minutes.</p><p><small>You receive this bulletin as a member firm. <a href="https://csupdate.org.uk/unsubscribe">Unsubscribe</a></small></p></body></html>""",
  "ag", "A trade-body bulletin sent in bulk with list headers is auto_generated.",
  kind="auto", headers=list_h("csupdate.org.uk"), html=True)

S("Gareth Tudor <g.tudor@sky.com>", "Automatic reply: Your complaint - acknowledgement",
  """I am currently out of the office on annual leave and will return on Monday 9 November. I will have no access to email during this time.""",
  "ag", "Out-of-office wording (annual leave, return date) replying to our acknowledgement: auto_generated with or without headers.",
  kind="auto", headers=OOO_H)

S("Hannah Ogden <hannah.ogden@stepforwarddebt.org.uk>", "Re: Mr Lee Carver - CX-8802715 - formal complaint",
  """Thank you for your email. I am out of the office until Tuesday 17th with no access to my emails. For urgent client matters please contact our duty adviser on 0306 999 0199 or duty@stepforwarddebt.org.uk.

Hannah Ogden
Client Support Officer
StepForward Debt Help""",
  "ag", "An out-of-office with no auto headers is still auto_generated by its text; the formal complaint is only in the subject and quoted history.",
  kind="auto", headers={})

S("Thornton Hale Solicitors <noreply@thorntonhale.co.uk>", "Receipt of your email - Thornton Hale",
  """We acknowledge receipt of your email. This mailbox is monitored during office hours (9am - 5pm, Monday to Friday). Your email will be passed to the relevant fee earner.

Thornton Hale Solicitors is authorised and regulated by the Solicitors Regulation Authority. This message may contain personal data; if received in error please delete it.""",
  "ag", "A law firm's automatic receipt is auto_generated; the 'personal data' and 'delete' wording is boilerplate.",
  kind="auto", headers={"auto-submitted": "auto-replied", "x-autorespond": "yes"})

S("Lumen Water <notifications@lumenwater.co.uk>", "Your monthly agency performance report is ready",
  """Hello Conexus Services,

Your agency performance report for October 2026 is now available in the Lumen Partner Portal. It includes collections, right party contact rates and complaints recorded against the Lumen portfolio.

Log in to the portal to view the report.

This is an automated email from Lumen Water. Please do not reply.""",
  "ag", "A creditor's automated portal notification (mentions complaints as a report topic) is auto_generated.",
  kind="auto", headers={"auto-submitted": "auto-generated"})

S("Conexus Payments <payments@conexus-services.com>", "Payment received - thank you",
  """Thank you. We have received your payment of £25.00 on 20/11/2026 towards account CX-5503317.

Remaining balance: £717.19

This is an automated email. Please do not reply to this address.""",
  "ag", "Conexus's own automated payment receipt looping back into the mailbox is auto_generated.",
  kind="auto", headers={"auto-submitted": "auto-generated"})

S("Insolvency Service Breathing Space <noreply@breathingspace.insolvency.gov.uk>", "Breathing Space notification - new moratorium",
  """A debt respite scheme moratorium has started for a debtor with a debt owed to you.

Moratorium type: Standard
Start date: 18/11/2026
Reference: BS-2026-1118-5543

Log in to the Breathing Space service to view the debtor's details. Do not reply to this email.""",
  "ag", "An automated Breathing Space notification is system mail: auto_generated, no complaint.",
  kind="auto", headers={"auto-submitted": "auto-generated"})

S("Ruth Calloway <ruthcalloway@talktalk.net>", "Away - Re: Your letter",
  """Thank you for your message. I am away visiting family and will not be checking emails regularly until the 20th. Ruth""",
  "ag", "A short personal out-of-office is auto_generated even without headers.",
  kind="auto", headers={"x-autoreply": "yes"})

S("postmaster@westbury.gov.uk <postmaster@westbury.gov.uk>", "Message blocked: attachment type not permitted",
  """Your message to revenues.recovery@westbury.gov.uk was blocked by the council's email security service because it contained an attachment type that is not permitted (.zip).

If you believe this message was blocked in error, please contact the recipient by another method.

Westbury Council ICT Services""",
  "ag", "A council mail gateway rejection is machine-generated: auto_generated.",
  kind="auto", headers={"auto-submitted": "auto-replied", "return-path": "<>"})

S("Survey Team <surveys@feedbackloop.co.uk>", "How did we do? Tell us about your call with Conexus",
  """Hi,

Thank you for speaking with Conexus recently. We'd love to hear about your experience - it takes less than two minutes.

[Start survey]

You received this email because you recently contacted Conexus. Unsubscribe.""",
  "ag", "A third-party survey invitation sent automatically with list headers: auto_generated.",
  kind="auto", headers=list_h("feedbackloop.co.uk"))

S("Beth Okonkwo <beth.okonkwo@riversidemoneyadvice.org.uk>", "Automatic reply: SAR on behalf of client - Mr Pavel Novak",
  """I no longer work at Riverside Money Advice. Please send any correspondence about existing clients to casework@riversidemoneyadvice.org.uk, which is monitored daily.""",
  "ag", "An automatic 'no longer works here' reply is auto_generated; the SAR is only in the subject.",
  kind="auto", headers=OOO_H)

S("DocuSign NA3 System <dse_na3@docusign.net>", "Completed: Please DocuSign: Payment arrangement CX-7704415",
  """All parties have completed Please DocuSign: Payment arrangement CX-7704415.

View the completed documents in your DocuSign account.

Do Not Share This Email: this email contains a secure link to DocuSign.""",
  "ag", "An e-signature service completion notice is system-generated: auto_generated.",
  kind="auto", headers={"auto-submitted": "auto-generated"})

S("Tomás Ferreira <tomas.ferreira@gmail.com>", "Re: Your subject access request",
  """Hi, I'm travelling until the 12th and will reply when I'm back. If it's urgent, text me.

Tomás""",
  "ag", "A brief out-of-office reply to our SAR response; the data request is only in the subject: auto_generated.",
  kind="auto", headers={})

S("Beacon Home Finance <alerts@beaconhomefinance.co.uk>", "Account status change - BHF portfolio",
  """The status of the following account in your Beacon Home Finance placement has changed:

BHF-5512093 - status changed to SETTLED (paid direct to client)

Please update your records. This message was generated automatically.""",
  "ag", "A creditor's automated status alert is auto_generated; paid-direct information is routine.",
  kind="auto", headers={})

S("Yahoo Mail <mailer-daemon@yahoo.com>", "Failure Notice",
  """Sorry, we were unable to deliver your message to the following address.

<jodiek1990@yahoo.co.uk>:
552: Mailbox full

--- Below this line is a copy of the message.""",
  "ag", "A 'mailbox full' bounce is auto_generated.",
  kind="auto", headers={"return-path": "<>"})

# ---- K. hard negatives: routine mail that looks like it might be something ---------------------

S("Shaun Riley <shaun.riley@gmail.com>", "Payment offer - CX-4420981",
  """I've received your letter about the Northline account. I can't pay it all at once but I can offer £30 a month starting on the 28th when I get paid. Please let me know if that's acceptable and how you want me to pay.""",
  "", "A payment offer with no dissatisfaction is a routine request: not a complaint.",
  short="can offer £30 a month from the 28th for CX-4420981, let me know if ok")

S("Tina Whitworth <tina.whitworth@outlook.com>", "Set up payment plan",
  """Hi, please can I set up a payment plan. I get paid on the 15th each month and could do £50. My reference is CX-3381966. I'm happy to fill in any forms you need.""",
  "", "A request to set up a plan is a service request, not a complaint.",
  short="pls set up a plan £50 a month on the 15th ref CX-3381966")

S("Martin Cobb <martin.cobb@btinternet.com>", "Change of address",
  """Please note that from 1 December my address will be 45 Orchard Rise, Chippenham SN15 3TR. My account reference is CX-6630175. Everything else stays the same. Thanks.""",
  "r:rectification", "A neutral change-of-address notice asks Conexus to update (rectify) his record; there is no dissatisfaction, so not a complaint.")

S("Jasmine Patel <jasmine.patel@gmail.com>", "Paid today - please confirm",
  """I've paid the full balance of £286.40 today by bank transfer using my reference CX-2201947. Could you confirm when it's reached you and send me a letter saying the account is closed? Thank you for being patient with me.""",
  "", "Reporting a payment and asking for confirmation, with thanks, is routine: not a complaint.",
  short="paid £286.40 in full today ref CX-2201947 - pls confirm and send closure letter")

S("Vincent Harper <vincent.harper@gmail.com>", "Income and expenditure form",
  """Please find attached my completed income and expenditure form as requested on the phone yesterday. I've included my payslips for the last two months. Based on this I can afford £22 a month. Let me know if you need anything else.""",
  "", "Returning an I&E form with an offer is routine: not a complaint.")

S("Amanda Lowe <amanda.lowe@gmail.com>", "Thank you",
  """I just wanted to say thank you to Chris who I spoke to on Tuesday. I was really anxious about ringing and he was patient and kind and didn't make me feel judged. The plan he set up is manageable. No complaints at all, I wish every company was like that.""",
  "", "Praise with 'no complaints at all' is not a complaint; the word appears only in a denial.")

S("Gordon Fleet <gordon.fleet@outlook.com>", "Online portal access",
  """I'm trying to register for your online portal but it asks for a "customer PIN" that I don't have. Where do I find it? I'd like access so I can check my balance without ringing.""",
  "", "A how-to question about portal access is an enquiry, not a complaint; 'access' means the website, not a data right.",
  short="where do i find the customer PIN to register for the portal?")

S("Sunita Rao <sunita.rao@gmail.com>", "Please delete the attachment",
  """Sorry, I attached the wrong bank statement to my email this morning - it's my husband's, not mine. Please delete that attachment and use the one attached to this email instead. Apologies for the confusion.""",
  "", "'Delete' refers to a wrongly sent attachment, not an erasure request; routine, not a complaint, and her own mistake is not a breach by Conexus worth flagging.")

S("Keith Dunn <keith.dunn@gmail.com>", "Change payment date",
  """Could I move my monthly payment from the 1st to the 8th? My pay date has changed at work. Reference CX-5512267. Happy for the amount to stay the same.""",
  "", "A routine request to change a payment date: not a complaint.",
  short="can i move my payment from the 1st to the 8th? pay date changed. CX-5512267")

S("Ella Dawson <ella.dawson@gmail.com>", "Re: Your complaint - our final response CX-COMP-58810",
  """Thank you for your letter and for refunding the two £25 charges. I can see the money back in my account and the statement is now correct. I appreciate you sorting it out and I'm happy for this to be closed.""",
  "", "A thank-you confirming that a complaint has been resolved is not a complaint; the complaint wording is only in the subject line of the old thread and the quoted history.",
  tail="""On 3 Nov 2026, Conexus Customer Relations <customerrelations@conexus-services.com> wrote:
> Dear Ms Dawson,
> Further to your complaint of 12 October, we have upheld your complaint and refunded the charges...
>
>> On 12 Oct 2026, Ella Dawson wrote:
>> I want to make a formal complaint about the two £25 default charges added to my account...""")

S("Robert Kane <robert.kane@gmail.com>", "Re: Your recent complaint CX-COMP-60117",
  """Thanks Amy. Yes, I'm happy with the outcome and with the apology. The calls have stopped and the plan is in place. Nothing more needed from me.""",
  "", "Acceptance of a final response with nothing outstanding is not a complaint, even though the quoted chain contains one.",
  tail="""-----Original Message-----
From: Amy Foster <customerrelations@conexus-services.com>
Sent: 18 October 2026 11:04
Subject: Your recent complaint CX-COMP-60117

Dear Mr Kane, we are sorry that you received calls at your workplace. We have now removed your work number and...

> I AM COMPLAINING ABOUT THE CALLS TO MY OFFICE. THIS IS THE FOURTH TIME...""")

S("Caroline Hewitt <caroline.hewitt@gmail.com>", "Re: Your account CX-7711029",
  """Thank you for merging the two references. I've had the letter confirming the single balance of £488.50 and I'll carry on paying £20 a month as before. All sorted.""",
  "", "Thanks for a fix with nothing outstanding: not a complaint.",
  tail="""On 9 Nov 2026, Conexus <customerservices@conexus-services.com> wrote:
> Dear Ms Hewitt, we have now merged the duplicate reference into CX-7711029...""")

S("Ken Brodie <ken.brodie@btinternet.com>", "Settlement figure",
  """Could you tell me what figure you would accept to settle the account in full? I've come into a small inheritance and would like to clear it. Ref CX-3344108.""",
  "", "Asking for a settlement figure is a routine enquiry: not a complaint.")

S("Alice Mwangi <alice.mwangi@gmail.com>", "Breathing space ended",
  """Just to let you know my breathing space ended on 10 November. I'm now working with my adviser on a debt management plan and you should hear from them in the next couple of weeks. Thanks for your patience during the breathing space.""",
  "", "An update that a breathing space has ended, with thanks; 'breathing space' is context, not a grievance: not a complaint.")

S("Hugh Bentley <hugh.bentley@gmail.com>", "Reference for my mortgage",
  """I finished paying off my account last month. My mortgage broker has asked for a letter confirming the debt is settled. Could you email one to me please? Ref CX-2047712.""",
  "", "A first, polite request for a settlement letter is a service request, not a complaint (compare the repeated-chaser scenario, which is delay).")

S("Paula Grint <paula.grint@outlook.com>", "Question about my balance",
  """My statement shows a balance of £1,020 and I thought it was about £1,000. Could you send me a breakdown of the payments I've made this year so I can check it against my bank? I'm sure it's fine, I just like to keep track.""",
  "", "A neutral request for a breakdown to check a balance, with no allegation of error, is an enquiry, not a complaint; a statement breakdown is account servicing, not a data right.")

S("Stan Oliver <stan.oliver@gmail.com>", "Who is the creditor?",
  """I've had a letter from you with a reference CX-9901174 but it doesn't say what the debt is for. Can you tell me who the original company was and when the account was opened? Then I'll know what I'm dealing with.""",
  "", "Asking who the creditor is and what the debt is for is an account enquiry, not a complaint or a data-protection 'informed' request.",
  short="what is CX-9901174 for? who is the original creditor")

S("Hana Kim <hana.kim@gmail.com>", "Change to email contact",
  """Please can you send all future letters to me by email rather than post? I'm often away for work and I'd rather not miss anything. My email is this one. Thank you.""",
  "", "A contact-preference request with no dissatisfaction is routine: not a complaint.")

S("Dylan Hughes <dylan.hughes@gmail.com>", "Lost my job - can I reduce payments",
  """I was made redundant last week. I'll be looking for work but for now I'm on Jobseeker's. Could I reduce my payments from £60 to £10 a month for three months? I'll fill in a new budget form if you send me one.""",
  "", "A vulnerable customer asking to reduce payments after job loss is a service request, not a complaint.",
  short="made redundant last week, can i drop to £10 a month for 3 months? will do a new budget form")

S("Fay Morrow <fay.morrow@gmail.com>", "Bereavement",
  """My mum Patricia Morrow passed away on 2 November. I found a letter from you among her papers (ref CX-4452290). I'm the executor. Please could you let me know the balance and what you need from me, and send any post to me at the address below while I sort out her estate.""",
  "tp", "An executor notifying a death and asking what is needed writes on her late mother's behalf (third_party) but raises no grievance: not a complaint.",
  kind="relative")

S("Rizwan Akhtar <rizwan.akhtar@gmail.com>", "Standing order set up",
  """Just letting you know I've set up a standing order for £40 a month on the 3rd, starting next month, with the reference CX-8827101 as you asked. Let me know if that doesn't come through.""",
  "", "Notice of a standing order being set up: routine, not a complaint.")

S("Eve Barrington <eve.barrington@gmail.com>", "Signed payment arrangement form",
  """Please find attached my signed payment arrangement form.

Eve Barrington
Senior Administrator, Castlegate Primary School

CONFIDENTIALITY NOTICE: This email and any attachment may contain personal data and sensitive information. If you are not the intended recipient you must not read, copy, use or disclose it; please notify the sender immediately and permanently delete it. Castlegate Academy Trust will process any personal data in line with its data protection policy.""",
  "", "Returning a signed form; the 'personal data' and 'delete' words are only in the employer's disclaimer: not a complaint, no rights.",
  kind="raw")

S("Oliver Grant <oliver.grant@gmail.com>", "Proof of payment",
  """Attached is a screenshot of the payment I made on Friday (£75, ref CX-6631029). Your agent asked me to send it over so the account could be updated. Thanks.""",
  "", "Sending requested proof of payment is routine: not a complaint.")

S("Nina Ruiz <nina.ruiz@gmail.com>", "Vulnerability - please note",
  """I wanted to let you know that I've been diagnosed with bipolar disorder and have recently come out of hospital. I'm keeping up with my payments but I'd prefer contact by email only, as phone calls can make me anxious. Thank you for understanding.""",
  "", "Disclosing a vulnerability and asking for email contact before anything has gone wrong is a service request, not a complaint.")

S("Tobias Ward <tobias.ward@gmail.com>", "Can I pay by PayPal?",
  """Do you accept PayPal? I don't have a debit card at the moment as my bank replaced it and the new one hasn't arrived. Account CX-7720115.""",
  "", "A payment-method question is an enquiry: not a complaint.",
  short="do you take paypal? waiting on new bank card. CX-7720115")

S("Mary Fitzgerald <mary.fitzgerald@gmail.com>", "Paid the creditor direct",
  """I should have told you sooner, but I paid the outstanding £190 direct to Lumen Water last week before I got your letter. I've attached their receipt. Could you update your records so I don't get chased twice?""",
  "", "Reporting a direct payment to the creditor and asking for records to be updated is routine; no dissatisfaction, so not a complaint and no about_other_firm.",
  cred="Lumen Water")

S("Sasha Novak <sasha.novak@gmail.com>", "Confirmation of arrangement",
  """Hi, could you email me a copy of the payment arrangement we agreed on the phone today (£35 per month on the 20th)? I just want it in writing for my records. Thanks very much.""",
  "", "Asking for written confirmation of a plan is routine; it is a copy of an agreement, not a subject access request.")

S("Connie Marsh <connie.marsh@gmail.com>", "Question about credit file",
  """Will having a payment plan with you show on my credit file? I'm hoping to rent a new flat next year and want to know what the letting agent might see. No problem if it does, I'd just like to know.""",
  "", "A neutral question about credit reporting is an enquiry, not a complaint or a data-rights request.")

S("Lewis Barton <lewis.barton@gmail.com>", "Pay more this month",
  """Got a bonus at work so I'd like to pay an extra £200 this month on top of my usual £40. Can I just do it through the website or does it need to be a phone call?""",
  "", "A routine question about making an extra payment: not a complaint.")

S("Aisha Bello <aisha.bello@gmail.com>", "Letter received",
  """I have received your letter dated 10 November about an account with Pennant. I will be speaking to a debt charity about my debts next week and will ask them to contact you. Please could you put the account on hold for 30 days in the meantime?""",
  "", "A debtor mentioning she will see an adviser and asking for a hold is a routine request; she writes for herself (not third_party) and is not complaining.",
  cred="Pennant Mobile")

S("Declan Shaw <declan.shaw@gmail.com>", "Not a complaint - just a question",
  """This isn't a complaint, I just want to understand. Why did my balance go up by £12 in October? Is it the interest the creditor adds? If so that's fine, I just didn't know.""",
  "", "Explicitly not a complaint and accepting the answer in advance: a neutral question, so complaint=false; the word appears only in a denial.")

S("Ruby Chen <ruby.chen@gmail.com>", "Happy with service",
  """Your letters used to worry me but since I spoke to your team in September everything has been really straightforward. I've now paid half the balance. Keep up the good work!""",
  "", "Praise is not a complaint.")

S("Tom Gallagher <tom.gallagher@gmail.com>", "Breach of contract?",
  """My brother says that if the phone company broke their contract with me, I don't have to pay you. Is that true? My contract was with Pennant and I just want to understand where I stand before I ring.""",
  "", "A neutral legal question; 'broke their contract' is not a data breach and no grievance against Conexus is raised: not a complaint.",
  cred="Pennant Mobile")

S("Graham Ince <graham.ince@gmail.com>", "Authority for my wife to speak for me",
  """I'd like to add my wife, Sandra Ince, as someone who can speak to you about my account. What do you need from me to set that up? Ref CX-2283319.""",
  "", "Asking how to add an authorised third party is a service request by the debtor himself: not a complaint, not third_party.")

S("Beverley Cross <beverley.cross@gmail.com>", "Re: Your letter",
  """Sorry, I missed your call this morning, I was at work. I can talk any time after 5.30pm or on Saturday mornings. My number is 07700 900 208.""",
  "", "Returning a missed call with availability: routine, not a complaint.")

S("Ahmed Farouk <ahmed.farouk@gmail.com>", "Documents",
  """Attached are my bank statements for the last three months, as requested, for my affordability review. My wages go in on the 25th. Let me know if you need the payslips too.""",
  "", "Sending documents requested for an affordability review is routine: not a complaint.")

S("Laura Bishop <laura.bishop@gmail.com>", "Moving abroad",
  """I'm moving to Ireland in January for work. Can I keep paying my plan from an Irish bank account, and should I give you my new address when I have it?""",
  "", "A routine question about paying from abroad: not a complaint.")

S("Oscar Pryce <oscar.pryce@gmail.com>", "Online portal login",
  """I've forgotten my password for the online account and the reset email isn't arriving. Could you reset it for me? I've checked my spam folder.""",
  "", "A password reset request is a service request, not a complaint, even though something isn't working (no dissatisfaction or blame).",
  short="forgot my portal password and reset email not arriving - can you reset it")

S("Janice Wood <janice.wood@gmail.com>", "Final payment",
  """This is to let you know I've made my final payment today. Thank you for all your help over the last two years. Could you send a letter confirming the account is settled?""",
  "", "A final-payment notice with thanks: not a complaint.")

S("Kevin Lord <kevin.lord@gmail.com>", "Joint account question",
  """The letter is addressed to me and my ex-wife as it was a joint phone contract. We split up in 2023. Is it possible to split the balance so we each pay half? She agrees. Her new address is 12 Fenwick Road, Hexham.""",
  "", "A neutral request about splitting a joint balance: not a complaint; providing an ex-spouse's address with her agreement is not a breach.")

S("Sarah Nwosu <sarah.nwosu@gmail.com>", "Request for copy of letter",
  """I think I've thrown away your letter from October by mistake. Could you send me another copy so I have the details? Thanks.""",
  "", "Asking for a duplicate letter is routine account servicing, not an access request or a complaint.")

S("Arthur Bell <arthur.bell@btinternet.com>", "Paying by cheque",
  """I'm 82 and don't use online banking. Could you tell me the address to send a cheque to, and who to make it payable to? I'll send £20 a month.""",
  "", "An elderly customer's practical question about paying by cheque: not a complaint.")

S("Megan Lloyd <megan.lloyd@gmail.com>", "What happens if I miss a payment",
  """I'm having an operation in January and might be off work for six weeks on statutory sick pay. If I can't pay for a month or two, what happens? I'd rather tell you now than miss it without saying anything.""",
  "", "Advance notice of possible difficulty with a question: not a complaint.")

# ---- K2. creditor clients and other organisations: routine mail ---------------------------------

S("Helen Pardoe <helen.pardoe@northline-energy.co.uk>", "November placement - 3 accounts to hold",
  """Hi team,

Please can you place the following accounts from the November placement on hold for 30 days while we review the billing: NE-4471203, NE-4471288, NE-4472019. The customers have raised queries with us directly and we'll confirm next steps by mid-December.

Thanks,""",
  "", "A creditor client's routine instruction to hold accounts; Northline is only the sender, and customer queries mentioned are not a complaint to Conexus.",
  kind="creditor", org="Collections Partner Manager, Northline Energy")

S("Dev Chaudhry <dev.chaudhry@pennantmobile.co.uk>", "Q4 performance review meeting",
  """Hi both,

Could we get the quarterly review in the diary for the week of 8 December? I'd like to go through liquidation rates, the right-party-contact numbers and the complaints MI you sent over last month, plus the new vulnerability flags we're adding to the placement file. Teams is fine.

Cheers,""",
  "", "A creditor client arranging a review meeting; 'complaints MI' is an agenda item, not a grievance: not a complaint.",
  kind="creditor", org="Agency Manager, Pennant Mobile")

S("Ruth Fensome <ruth.fensome@westbury.gov.uk>", "Recall of account - customer now on council tax support",
  """Good afternoon,

Please recall account WBC-CT-2209811 (Mr D. Harlow). His council tax support has now been backdated and the arrears cleared. Could you close your file and confirm by return?

Many thanks,""",
  "", "A council creditor's routine recall instruction: not a complaint.",
  kind="creditor", org="Revenues Officer, Westbury Council Tax Services")

S("Jonathan Eyre <jonathan.eyre@sterlingcredit.co.uk>", "Updated letter templates for approval",
  """Hi,

Attached are the revised pre-litigation letter templates with our legal team's comments tracked. The main changes are to the wording about interest and the Financial Ombudsman paragraph. Can you review and confirm you're happy before we go live on 1 January?

Regards,""",
  "", "Routine work from a creditor client about letter templates: not a complaint.",
  kind="creditor", org="Collections Strategy Lead, Sterling Credit Loans")

S("Amelia Roche <amelia.roche@beaconhomefinance.co.uk>", "Data sharing agreement renewal",
  """Hello,

Our data sharing agreement with Conexus is due for renewal on 31 January. Our DPO has made some small changes to the retention schedule and the breach notification clause (now 24 hours). I've attached the marked-up version - could you pass it to your compliance team for review?

Kind regards,""",
  "", "A creditor's contract renewal about data sharing: 'breach notification clause' is contractual wording, no breach is described and no right is exercised: not a complaint.",
  kind="creditor", org="Third Party Management, Beacon Home Finance")

S("Sam Whitaker <sam.whitaker@lumenwater.co.uk>", "Customer paid direct - LW-33018722",
  """Hi,

Just to let you know the customer on LW-33018722 has paid us direct in full (£412.30) this morning. Please close your account and stop activity. No commission due as agreed.

Thanks,""",
  "", "A creditor notifying a direct payment and asking for closure is routine: not a complaint.",
  kind="creditor", org="Debt Recovery Team, Lumen Water")

S("Olivia Grant <olivia.grant@pennantmobile.co.uk>", "Forwarding customer correspondence",
  """Hi team,

Please see attached a letter we received from one of your customers (our ref PMT-88231190) asking to set up a payment plan. As the account is with you for collection, could you pick this up with him directly?

Thanks,""",
  "", "A creditor forwarding a customer's routine plan request: not a complaint.",
  kind="creditor", org="Customer Correspondence, Pennant Mobile")

S("Rachel Denning <rachel.denning@northline-energy.co.uk>", "Audit visit - agenda",
  """Hi,

Ahead of our audit visit on 4 December, attached is the agenda. We'll sample 25 accounts, listen to 10 call recordings and review your complaints log and data protection training records. Please have a meeting room and a screen available.

Best,""",
  "", "A creditor's audit agenda mentions complaints, call recordings and data protection as audit items: not a complaint, no rights.",
  kind="creditor", org="Supplier Assurance, Northline Energy")

S("Peter Liang <peter.liang@heathcotebank.co.uk>", "Tender - collections panel 2027",
  """Dear Conexus,

Heathcote Bank is refreshing its debt collection agency panel for 2027. Please find attached our request for information. Responses are due by 15 January. Questions should be sent to this address.

Yours faithfully,""",
  "", "An invitation to tender from a bank is routine business mail: not a complaint.",
  kind="creditor", org="Procurement, Heathcote Bank")

S("Kate Mills <kate.mills@sterlingcredit.co.uk>", "Balance adjustment SCL-7720019",
  """Hi,

Please reduce the balance on SCL-7720019 by £85.00. We've refunded a late payment fee to the customer following a review on our side. New balance £1,114.22.

Thanks,""",
  "", "A creditor's routine balance adjustment instruction (the creditor reviewed its own fee): not a complaint to Conexus.",
  kind="creditor", org="Collections Support, Sterling Credit Loans")

S("Lewis Harper <lewis.harper@conexus-services.com>", "FW: Customer email for the plans team",
  """Hi Plans team,

Sending this over from the general inbox as it's a plan set-up request, not for us. Customer wants £30 a month from the 5th.

Lewis""",
  "", "An internal forward of a routine plan request by Conexus staff: not a complaint and not third_party.",
  kind="staff", org="Customer Services, Conexus")

S("Megan Ross <megan.ross@conexus-services.com>", "Complaints team rota - December",
  """Hi all,

December rota for the complaints mailbox is attached. Please check your shifts and let me know of any clashes by Friday. Reminder that acknowledgements need to go out within 24 hours over the holidays as well.

Megan""",
  "", "Internal staff mail about the complaints rota: the word is a team name, not a grievance: not a complaint.",
  kind="staff", org="Team Leader, Customer Relations, Conexus")

# ---- K3. advisers / MPs / solicitors: routine, and rights without complaint ----------------------

S("Tessa Lord <tessa.lord@harbourdebtadvice.org.uk>", "Client now in DRO - Ms A. Green",
  """Please note that our client Ms Angela Green's Debt Relief Order was approved on 10 November (DRO 20261110-8841). Your account CX-5530091 is included. Please update your records and cease collection.""",
  "tp", "An adviser notifying a Debt Relief Order for a client is third_party and routine: not a complaint.",
  kind="adviser", org="Money Adviser, Harbour Debt Advice")

S("Charlotte Ames <charlotte.ames@parliament.uk>", "Constituent: Mr Kieran Flood - thank you",
  """Thank you for your helpful reply of 12 November regarding my constituent, Mr Kieran Flood. I have passed your letter to him and he is pleased that the payment arrangement has been agreed. I consider the matter closed.""",
  "tp", "An MP's office thanking Conexus and closing a matter is third_party but not a complaint.",
  kind="mp", org="Caseworker to Ian Hardcastle MP")

S("Nathan Cole <nathan.cole@colelegal.co.uk>", "Client Ms P. Adeyemi - acknowledgement",
  """We acknowledge receipt of your letter of 14 November and the enclosed statement of account, for which thank you. We are taking our client's instructions and will revert within 21 days.""",
  "tp", "A solicitor's holding reply for a client: third_party, routine, not a complaint.",
  kind="solicitor", org="Solicitor, Cole Legal")

S("Amira Haddad <amira.haddad@riversidemoneyadvice.org.uk>", "Portability request for client Mr Jonah Ellis",
  """We act for Mr Jonah Ellis (authority enclosed). Mr Ellis requests that you provide his account and payment data in a structured, machine-readable format (CSV) so that it can be imported into our casework system. Please send it to this office.""",
  "r:portability tp",
  "A representative's portability request with no grievance: third_party, rights portability, not a complaint.",
  kind="adviser", org="Caseworker, Riverside Money Advice")

S("Owen Price <owen.price@hillsidecab.org.uk>", "Client objects to marketing - Mrs S. Yates",
  """Our client Mrs Susan Yates (authority attached) has asked us to let you know that she objects to her personal data being used for any marketing or profiling. She is otherwise happy with her payment arrangement and does not wish to raise any concern.""",
  "r:objection tp",
  "An adviser passes on a client's objection to marketing and profiling with no grievance: third_party, rights objection, not a complaint.",
  kind="adviser", org="Adviser, Hillside Citizens Advice")

S("Diana Fairley <diana.fairley@stepforwarddebt.org.uk>", "Client deceased - Mr Roy Tate",
  """We are sorry to inform you that our client Mr Roy Tate (your ref CX-6612054) passed away on 1 November. We will no longer be acting and his debt management plan has been closed. Please direct any enquiries to his executor, details attached.""",
  "tp", "An adviser notifying a client's death is third_party and routine: not a complaint.",
  kind="adviser", org="Client Support, StepForward Debt Help")

S("Laura Kemp <laura.kemp@gmail.com>", "Mum's data",
  """I hold lasting power of attorney for my mother Margaret Kemp (certificate attached). Mum has now moved into residential care. Please update her address to Elmbank Care Home, 3 Vicarage Road, Stafford ST16 2BT, and please correct her date of birth, which your letters show as 1944 instead of 1949. She's happy with the payment arrangement.""",
  "r:rectification tp",
  "An attorney updating her mother's address and correcting a date of birth with no dissatisfaction: third_party, rectification, not a complaint.",
  kind="relative")

S("Rory Doyle <rory.doyle@gmail.com>", "Account closed - remove me from your systems",
  """My account was settled in March. I'm not unhappy, you've been fine to deal with, but I'd like you to delete my details now and to confirm who you've shared them with over the years. Thanks.""",
  "r:erasure+informed", "An erasure request with a question about recipients (informed), explicitly not unhappy: not a complaint.")

S("Sofia Greco <sofia.greco@gmail.com>", "automated decision",
  """hi, the website says my plan request is "under automated review". could a person look at it instead please? my income is a bit complicated because i have two part time jobs. thanks x""",
  "r:automated_decision", "Asking for a person rather than an automated review, politely and before any decision: automated_decision, not a complaint.",
  short="my plan says under automated review, can a person look at it instead? 2 part time jobs so complicated")

S("Julian Reeve <julian.reeve@gmail.com>", "Pause use of old email",
  """I've stopped using the email address you have on file (j.reeve@oldmail.co.uk) as I no longer have access to it. Please update your records to this address instead. Thanks.""",
  "r:rectification", "Asking Conexus to replace an old email address with a new one is rectification, routine: not a complaint.")

# ---- K4. tempting words: "complaint", "breach", "harassment" in non-grievances -------------------

S("Phil Norris <phil.norris@gmail.com>", "How do I make a complaint?",
  """Hi, not about my own account, I'm fine with that. I'm doing a course on consumer rights and I'm looking at how debt collectors handle complaints. Could you send me a copy of your complaints procedure, or tell me where it is on your website?""",
  "", "A request for the complaints procedure for study purposes, with no grievance: not a complaint even though the word appears.")

S("Maureen Holt <maureen.holt@btinternet.com>", "Withdrawing my complaint",
  """I'd like to withdraw the complaint I made last week about the phone call. I've spoken to my son and I think I misunderstood what your agent was saying. Sorry for the trouble, and thank you.""",
  "", "Withdrawing an earlier complaint with an apology expresses no dissatisfaction and seeks no remedy: not a complaint.")

S("Ben Carlisle <ben.carlisle@gmail.com>", "Data breach email - is it genuine?",
  """I've received an email claiming to be from Conexus saying there's been a "data security incident" and asking me to confirm my bank details on a link. It looks like a scam. Can you confirm whether this came from you? I haven't clicked anything.""",
  "", "A phishing check: the 'data security incident' is the scammer's claim, nothing is shown to have been disclosed by Conexus, and he is not dissatisfied: not a complaint, breach=false.")

S("Gwen Price <gwen.price@gmail.com>", "Harassment from someone else",
  """Just so you know, someone has been phoning me pretending to be from your company, asking for card payments. I've checked your real number on your website and it's different. I've reported it to Action Fraud. Do you want the number they used?""",
  "", "Reporting impersonators to Conexus is helpful information, not a grievance against Conexus: not a complaint.")

S("Stuart Bligh <stuart.bligh@gmail.com>", "Previous complaint - reference number",
  """I made a complaint to you last year which was resolved. I've now been asked by my bank for the complaint reference number for a mortgage application. Could you let me know what it was? Thanks.""",
  "", "Asking for the reference number of a resolved complaint is routine: the word refers to a past, settled matter, so not a complaint.")

S("Yasmin Ali <yasmin.ali@gmail.com>", "Thank you for stopping the calls",
  """I just wanted to say thank you. Since I emailed last month the calls have stopped and I've had everything by letter like I asked. It's made a real difference to my anxiety.""",
  "", "Thanks that a requested change was made, nothing outstanding: not a complaint.",
  tail="""On 20 Oct 2026, Yasmin Ali <yasmin.ali@gmail.com> wrote:
> You are ringing me five times a day and I can't cope. Please stop phoning and write to me instead.""")

S("Graham Tull <graham.tull@gmail.com>", "Re: your letter - paid",
  """Hi, I've just noticed your letter from last month - the balance was actually paid to the council in September (receipt attached). Could you check with them and update? Not a problem, I know these things cross in the post.""",
  "", "A mild, understanding notice that a payment crossed with a letter, with an update requested: no dissatisfaction, not a complaint.")

S("Andrea Vance <andrea.vance@gmail.com>", "Spanish version",
  """Hola, my English is not so good. Is it possible to receive the letters in Spanish, or that my daughter speak for me on the phone? I want to pay but I want to understand everything. Gracias.""",
  "", "A request for language support or a representative, without dissatisfaction: service request, not a complaint.")

S("Nigel Booth <nigel.booth@gmail.com>", "No problems",
  """Just confirming I received the new payment card and it's working fine, no problems. Thanks for sending it so quickly.""",
  "", "'No problems' and thanks: not a complaint.",
  short="new payment card arrived and works fine, thanks")

S("Fiona Wallace <fiona.wallace@gmail.com>", "Complaints about my neighbour",
  """This might be a strange one. My neighbour keeps putting your letters addressed to the previous owner of my house through my door with rude notes. The previous owner was a Mr T. Lord - he moved out in 2022. Could you stop sending his letters here? I've returned them unopened.""",
  "", "Letters for a former owner returned unopened: no disclosure (unopened) and her tone is a practical request, so not a complaint and no breach; 'complaints about my neighbour' is not a grievance against Conexus.")

S("Craig Newton <craig.newton@gmail.com>", "access",
  """Can I get access to my account online? I've only ever had letters. I'd like to be able to see my balance and payments.""",
  "", "'Access' to an online account is a service request, not a subject access request: rights=[], not a complaint.",
  short="can i get online access to my account to see balance and payments?")

S("Louise Trent <louise.trent@gmail.com>", "My old address",
  """Please note I've moved from 8 Ash Lane to 21 Beech Court, Worksop S80 1QT. The post office is forwarding my mail for three months so nothing's been missed. Ref CX-4428816.""",
  "r:rectification", "A neutral change of address (rectification) with nothing missed: not a complaint.")

S("Jamie Holt <jamie.holt@gmail.com>", "Payment holiday over Christmas",
  """Would it be possible to skip my December payment and pay double in January? Christmas is always tight with three kids. If not, no worries, I'll pay as normal.""",
  "", "A request for a payment holiday with 'no worries' if refused: not a complaint.")

S("Patrick Ogle <patrick.ogle@gmail.com>", "Interest frozen?",
  """Could you confirm whether interest and charges are frozen while I'm on my plan? My adviser asked me to check. Ref CX-3310982.""",
  "", "A neutral question about interest; the debtor mentions his adviser but writes for himself: not a complaint, not third_party.")

S("Rhiannon Jones <rhiannon.jones@gmail.com>", "Statement request",
  """Please could you send me a statement showing all the payments I've made since I started my plan in 2024? I need it for my Universal Credit review. Email is fine.""",
  "", "A statement for a benefits review is account servicing, not a formal access request, and there is no grievance: not a complaint.")

S("Callum Reid <callum.reid@gmail.com>", "New job",
  """Good news - I've started a new job so I can increase my payments from £15 to £60 a month from January. Please update the plan and let me know if you need a new budget form.""",
  "", "Offering to increase payments is routine: not a complaint.")

S("Danuta Kowalska <danuta.kowalska@gmail.com>", "Paying for my son",
  """My son Piotr is abroad and asked me to pay £100 from his debt with my card. Can I do this by phone or is there a link? I don't need any information about his account, only to pay.""",
  "tp", "A mother writing at her son's request to pay towards his debt is acting on his behalf (third_party), but it is a routine payment with no grievance: not a complaint.")

# ---- J2. more auto-generated ---------------------------------------------------------------------

S("Kelly Marsh <kellymarsh1@gmail.com>", "Re: Your account - doorstep visit",
  """Hi, thanks for your email! I'm currently on maternity leave and checking emails only occasionally. I'll get back to you as soon as I can. Kelly x""",
  "ag", "A debtor's personal auto-reply (maternity leave) is auto_generated even though the thread was about a doorstep visit.",
  kind="auto", headers={"auto-submitted": "auto-replied"})

S("Harbour Money Advice <noreply@harbourmoneyadvice.org.uk>", "We have received your creditor response",
  """This is an automated acknowledgement from Harbour Money Advice's creditor portal.

Your response has been attached to the client record and will be reviewed by the caseworker. Creditor responses are usually reviewed within 10 working days. Please do not send duplicate responses.

Harbour Money Advice is a registered charity. Our privacy notice explains how we use personal data.""",
  "ag", "An advice charity's portal acknowledgement is auto_generated; 'personal data' is boilerplate.",
  kind="auto", headers={"auto-submitted": "auto-generated", "x-autoreply": "yes"})

S("IT Service Desk <servicedesk@conexus-services.com>", "[INC0048812] Mailbox quota warning - complaints@",
  """The mailbox complaints@conexus-services.com has reached 92% of its quota. Please archive or delete older items to avoid interruption to mail delivery.

This is an automated message from the IT Service Desk.""",
  "ag", "An internal IT quota alert is machine-generated; 'delete older items' is not an erasure request.",
  kind="auto", headers={"auto-submitted": "auto-generated", "x-mailer": "ServiceDesk Notifier"})

S("Financial Ombudsman Service Updates <updates@fos-news.org.uk>", "Ombudsman news: complaint data for H1 and case studies on debt collection",
  """In this issue:
- Complaint data for the first half of the year: debt collecting and debt adjusting
- Case study: a collector that kept calling a customer in hospital
- Case study: a subject access request that was handled too slowly
- Dates for our free online sessions for smaller businesses

You are receiving this because you signed up to our updates. Manage your subscription.""",
  "ag", "A bulk news bulletin whose case studies describe complaints and data requests is auto_generated, never a complaint.",
  kind="auto", headers=list_h("fos-news.org.uk"), env=("hdr", "nohdr", "html"))

S("Calendar <calendar-notification@google.com>", "Invitation: Q4 review Pennant / Conexus @ Tue 9 Dec 2026 10:00 - 11:00 (GMT)",
  """Dev Chaudhry has invited you to an event.

Q4 review Pennant / Conexus
When: Tuesday 9 Dec 2026 10:00 - 11:00 (GMT)
Joining info: Join with Microsoft Teams

Going? Yes - Maybe - No
Invitation from Google Calendar""",
  "ag", "A calendar invitation generated by a calendar system is auto_generated.",
  kind="auto", headers={"auto-submitted": "auto-generated"})

S("Jamal Hussein <jamal.hussein@outlook.com>", "Automatic reply: Field visit - apology",
  """I'm at work and can't check personal email during the day. I'll reply this evening.""",
  "ag", "A short automatic reply from a debtor's account is auto_generated.",
  kind="auto", headers={"x-autoreply": "yes", "auto-submitted": "auto-replied"})

S("Secure Messaging <secure@egress-mail.net>", "You have received a secure message from Whitfield Legal LLP",
  """Grace Whitfield (grace.whitfield@whitfieldlegal.co.uk) has sent you a secure message.

Subject: Estate of the late Mr Victor Dunne

To read the message, click below and sign in or register.
[Read secure message]

This notification was sent automatically. Do not reply.""",
  "ag", "A secure-mail gateway notification is machine-generated; the solicitor's message itself is not visible, so nothing else is labelled.",
  kind="auto", headers={"auto-submitted": "auto-generated"})

S("Postmaster <postmaster@btinternet.com>", "Returned mail: see transcript for details",
  """The original message was received at Mon, 16 Nov 2026 09:14:22 GMT from mail.conexus-services.com

   ----- The following addresses had permanent fatal errors -----
<trevormackie@btinternet.com>
    (reason: 550 Requested action not taken: mailbox unavailable)

   ----- Transcript of session follows -----
... while talking to mx.btinternet.com.:
>>> DATA
<<< 550 Requested action not taken: mailbox unavailable""",
  "ag", "A sendmail-style bounce transcript is auto_generated.",
  kind="auto", headers={"return-path": "<>", "content-type": "multipart/report; report-type=delivery-status"})

# ---- K5. more hard negatives ----------------------------------------------------------------------

S("Samira Yusuf <samira.yusuf@gmail.com>", "Re: Income and expenditure",
  """Here are the figures you asked for:

Income: £1,280 (Universal Credit and child benefit)
Rent: £575
Council tax: £48
Gas and electric: £140
Food: £300
Phone and internet: £35
Travel: £40
Children's costs: £90

That leaves about £50. I can offer £20 a month so I have something for emergencies. Thanks for your help on the phone.""",
  "", "Returning budget figures with an offer and thanks is routine: not a complaint.")

S("Leo Fairbanks <leo.fairbanks@gmail.com>", "quick q",
  """is my payment for this month showing yet? paid it on monday""",
  "", "A quick balance-check question: not a complaint.",
  short="is mondays payment showing yet?")

S("Bridget Conlon <bridget.conlon@gmail.com>", "Letter for my late husband",
  """A letter came today addressed to my husband Francis, who died in August. I've sent a copy of the death certificate to the bank and the phone company. Could you tell me what you need from me? I don't think he had much, if anything, in his estate.""",
  "", "A widow notifying a death and asking what is needed, calmly and for the first time, is not a complaint; she asks for herself as the recipient of his post, not as a representative.")

S("Asif Mahmood <asif.mahmood@gmail.com>", "Direct debit form",
  """Please can you send me a direct debit form? I'd rather pay that way than remember a bank transfer every month. £30 on the 1st. Thanks.""",
  "", "A request for a direct debit form is routine: not a complaint.")

S("Jenny Platt <jenny.platt@gmail.com>", "Reasonable adjustments",
  """I have dyslexia and find long letters hard to follow. Going forward, could your letters be shorter, or could someone call me to explain them before they're sent? I'm keeping up with my plan, so nothing's wrong, I'd just find it easier.""",
  "", "Asking for reasonable adjustments with 'nothing's wrong': a service request, not a complaint.")

S("Theo Lambert <theo.lambert@gmail.com>", "Data protection officer contact",
  """Could you let me have the name and email address of your data protection officer? I'm putting together a list for my own records of who holds my data. No problem with the account.""",
  "", "Asking for the DPO's contact details is a general enquiry; it does not ask Conexus to act on a right, so rights=[]; not a complaint.")

S("Rosie Allen <rosie.allen@gmail.com>", "payment plan agreed - thanks Jess",
  """Just a quick one to say thanks to Jess for being so understanding on the phone this morning. I was dreading calling. Plan's set up for £25 a month, I'll set up the standing order tonight.""",
  "", "Thanks after a helpful call: not a complaint.")

S("Ivan Petrov <ivan.petrov@gmail.com>", "Question",
  """Good afternoon. I received letter. I want to understand: if I pay all now, the debt is closed and nothing on my credit file after? Or still there? I want pay but I must know first. Thank you.""",
  "", "A non-native English speaker's neutral question about settling and credit files: not a complaint.")

S("Eleanor Price <eleanor.price@gmail.com>", "Returning your form",
  """Please find enclosed the completed third party authority form so that my son, Daniel Price, can speak to you about my account. He'll be in touch next week.""",
  "", "The debtor herself returning an authority form for her son is routine; she is writing for herself, so not third_party and not a complaint.")

S("Frank Ogden <frank.ogden@gmail.com>", "Statute barred?",
  """I've had your letter about a credit card from about 2014. I'm not sure whether I've paid anything since. Before I do anything, could you tell me the date of the last payment on the account? Thanks.""",
  "", "A neutral question about the last payment date (checking limitation) without disputing or demanding anything: not a complaint.")

S("Hayley Storr <hayley.storr@gmail.com>", "Copy of the agreement please",
  """Could you send me a copy of the original credit agreement for this account? I'd like to check the terms before I agree a plan. Ref CX-8810226.""",
  "", "Asking for a copy of the credit agreement is a consumer credit document request, not a UK GDPR access request, and there is no grievance: not a complaint.")

S("Malik Grant <malik.grant@gmail.com>", "my new number",
  """new mobile number is 07700 900 445, old one is gone. ref CX-5520837. cheers""",
  "r:rectification", "A terse number update is rectification with no grievance: not a complaint.",
  short="new mob 07700 900 445, old one gone. CX-5520837")

# ---- more complaints: explicit, portability, non-native, partial creditor names ----------------

S("Zofia Kaminska <zofia.kaminska@gmail.com>", "Complaint - data export useless",
  """This is my complaint. I asked you to send my payment history in a file that I can upload to the budgeting app my adviser uses (CSV). You sent a PDF which is a scan of a printout, so nothing can be copied from it. I asked again and was told "PDF is our standard format".

Please send the data as CSV like I asked, and tell me why my request was refused.""",
  "c:personal_data e pd r:portability",
  "An explicit complaint that a portability request was answered in an unusable format and then refused: a data-rights request badly handled (personal_data), rights portability.")

S("Henryk Nowak <henryk.nowak@gmail.com>", "Please help - letter says court",
  """Hello, I am writing because I am very worry. Your letter say you go to court for Northline bill but I pay every month £15 since March, I have all receipt from the bank. On phone your colleague say it is mistake and she will fix, but now come another letter the same.

Please stop this letter and write me that the plan is OK. My English is not good so please write simple.""",
  "c:collection_conduct",
  "A non-native English writer on a plan keeps receiving court threats after being told it was a mistake; the grievance is how the debt is pursued: implicit complaint, collection_conduct.",
  cred="Northline Energy")

S("Grace Olatunji <grace.olatunji@gmail.com>", "Lumen water estimated bills - complaint",
  """I'm making a complaint about Lumen, not about you. They estimated my bills for two years and then sent a "catch-up" bill of £1,480 when they finally read the meter. I'd asked them to read it at least five times. Their own rules say they should read it every six months.

I've written to Lumen. Please hold the account and send it back to them until they've looked at it.""",
  "c:debt_dispute e f:lwt",
  "An explicit complaint whose root cause is the creditor's estimated billing ('Lumen'); only Lumen Water can re-bill, so about_other_firm=lwt, debt_dispute.",
  cred="Lumen Water")

S("Scott McBride <scott.mcbride@gmail.com>", "Northline took payments by DD and still say I owe",
  """Northline took my direct debits right up to when I switched supplier, then sent a final bill saying I owed £620 that they say wasn't covered. Their final bill uses a reading from 2023, not the reading I gave them on the switch date. The debt you're chasing is their mistake.""",
  "c:debt_dispute f:nte",
  "The disputed final bill comes from the creditor using an old reading; only Northline can re-bill: about_other_firm=nte, debt_dispute, implicit complaint.",
  cred="Northline Energy")

S("Abigail Turner <abigail.turner@gmail.com>", "Pennent mobile contract",
  """The Pennent mobile debt is for a second sim I never ordered. Pennent sent it to my address by mistake when I upgraded and started billing me for it. I phoned them and they said it would be removed but it never was. Its their problem not mine""",
  "c:debt_dispute f:pmt",
  "A misspelt 'Pennent' is Pennant Mobile; the bill is for a SIM the creditor wrongly added, which only the creditor can remove: about_other_firm=pmt, debt_dispute, implicit complaint.",
  cred="Pennant Mobile")

S("Ray Dobson <ray.dobson@gmail.com>", "Sterling - interest should have stopped",
  """Sterling Loans told me in writing in 2024 that they'd frozen the interest on my loan because I was in financial difficulty. When they passed the account to you the balance included another £480 of interest they'd added after that letter. That's down to Sterling. Could you get them to take it off?""",
  "c:debt_dispute f:scl",
  "Interest the creditor added after promising a freeze forms part of the debt and only Sterling Credit Loans can remove it: about_other_firm=scl, debt_dispute (not fees_charges, since Conexus did not add it).",
  cred="Sterling Credit Loans")

S("Ioana Stan <ioana.stan@gmail.com>", "Complain about your man on phone",
  """I want complain about your man on the phone Friday. He shout at me and say I am liar because I say I send the money. I send the money, I have proof from bank. Nobody must talk like this to customer. I want apology and I want that you check the money arrived.""",
  "c:collection_conduct e",
  "A non-native English explicit complaint ('I want complain') about an agent shouting and calling her a liar while chasing payment: collection_conduct.")

S("Luke Bramley <luke.bramley@gmail.com>", "This is the fourth email",
  """This is the fourth email I've sent asking for my account to be put on hold while my Debt Relief Order application is considered. Nobody has replied to any of them and I'm still getting letters.

I'm not going to keep chasing. Please reply.""",
  "c:delay",
  "A fourth unanswered email is a 'still waiting' chaser: implicit complaint, delay.",
  short="4th email asking for a hold while my DRO is considered, no reply, still getting letters. reply please")

S("Harriet Lowe <harriet.lowe@gmail.com>", "Wrong balance given on the phone",
  """On 6 November your agent told me my balance was £340 and I could settle for £250. I arranged a loan from my brother for the £250. When I rang back to pay, a different agent said the balance is £1,340 and there was no settlement offer.

I borrowed money on the strength of what I was told. I want the settlement honoured or a proper explanation.""",
  "c:inaccurate_information",
  "A settlement decision made on a wrong balance quoted by an agent: the firm gave wrong information (inaccurate_information), with a remedy demanded: implicit complaint.")

S("Paul Grainger <paul.grainger@gmail.com>", "Letters sent to my work address",
  """For some reason your letters are now coming to my work address, addressed to me, marked "Conexus Debt Recovery". Our post is opened by reception. I've never given you my work address.

I want them sent to my home address only, and I want to know how you got my work address.""",
  "c:personal_data pd br r:informed",
  "Debt letters opened by a workplace reception disclose his situation (breach); the grievance is about data used and obtained unexpectedly, so personal_data, with the source asked for (informed).",
  short="your letters marked debt recovery are coming to my WORK, reception opens post. how did you get my work address??")

# ---- K6. yet more routine / near-miss mail -------------------------------------------------------

S("Wendy Hale <wendy.hale@gmail.com>", "Hardship fund",
  """A friend said some creditors have a hardship fund or can write off debts for people on low incomes. I'm on ESA and PIP. Is that something Lumen or you can look at for me? I'm happy to send proof of my benefits.""",
  "", "A neutral question about hardship support: not a complaint.", cred="Lumen Water")

S("Carl Fenton <carl.fenton@gmail.com>", "Re: Payment plan review",
  """Thanks for the reminder. Nothing has changed since the last review - same job, same rent. Happy to keep paying £45 a month. Let me know if you need the form filled in again.""",
  "", "A routine reply to a plan review: not a complaint.")

S("Imogen Hart <imogen.hart@gmail.com>", "Can you call me",
  """Could someone give me a call tomorrow afternoon about my account? I'd like to talk about settling it. Best number is 07700 900 773, any time after 2. Thanks.""",
  "", "A call-back request to discuss settlement, without any dissatisfaction, is a service request (compare call-back demands after failed calls, which are wait_time complaints).",
  short="can someone call me tomorrow after 2 about settling? 07700 900 773")

S("Dennis Byrne <dennis.byrne@btinternet.com>", "Cheque enclosed",
  """I've posted a cheque for £50 today to your Leeds address, with my reference written on the back. It should arrive by Friday. Please confirm when it has cleared.""",
  "", "Notice of a cheque payment with a request for confirmation: routine.")

S("Patience Osei <patience.osei@gmail.com>", "Please send letters in my married name",
  """Please can you address letters to me as Mrs Patience Osei-Mensah rather than Ms Osei? I've recently married. I attach a copy of my marriage certificate. Many thanks.""",
  "r:rectification", "A name update is rectification with no dissatisfaction: not a complaint.")

S("Terry Vaughan <terry.vaughan@gmail.com>", "Recorded delivery letter",
  """I've got a card through the door saying there's a recorded delivery letter from you at the sorting office. I can't get there until Saturday. Is there anything urgent in it that I need to know now?""",
  "", "A practical question about a letter awaiting collection: not a complaint.")

S("Megan Fry <megan.fry@gmail.com>", "Settled with the creditor",
  """I settled this debt directly with Sterling Credit under a full and final offer last week. Attached is their confirmation letter. I assume you'll close your file - could you confirm? Thanks.""",
  "", "A neutral notice of a direct settlement with the creditor and a request for confirmation: not a complaint, no about_other_firm.", cred="Sterling Credit Loans")

S("Nora Keegan <nora.keegan@gmail.com>", "Giving my daughter permission",
  """I give permission for my daughter Siobhan Keegan to speak to you on my behalf about my account CX-7730014. Her phone number is 07700 900 119. I am 80 and hard of hearing so I'd prefer it if you spoke to her.""",
  "", "The debtor herself giving a relative permission to speak for her is routine; she writes for herself, so not third_party and not a complaint.")

S("Brian Lister <brian.lister@gmail.com>", "Message from your agent",
  """Your agent left a message asking me to call back about "a personal matter". Just checking this is genuine before I ring - is 0306 999 0190 your number?""",
  "", "A caller verifying a number before calling back: no grievance, not a complaint.")

S("Oluwaseun Adeyemi <seun.adeyemi@gmail.com>", "Two accounts one payment",
  """I have two accounts with you (CX-4402281 and CX-4402915). Is it possible to make one monthly payment that you split between them? It would make things easier for me.""",
  "", "A routine request about combining payments: not a complaint.")

S("Kieran Walsh <kieran.walsh@gmail.com>", "Tax refund coming",
  """I'm expecting a tax refund of about £600 in January. I'd like to use it to reduce my balance. Would you consider a reduced settlement if I paid a lump sum?""",
  "", "A settlement proposal is routine: not a complaint.")

S("Rachel Ibbotson <rachel.ibbotson@mindfulmoney.org.uk>", "Client update - Mr Tom Eccles",
  """Just a courtesy update on Mr Tom Eccles (authority on file). He has started a new job and we're reviewing his budget. We expect to send a revised offer within four weeks. Please keep the account on hold until then, if possible.""",
  "tp", "An adviser's courtesy update and hold request for a client: third_party, routine, not a complaint.",
  kind="adviser", org="Money Adviser, Mindful Money Advice")

S("Owen Tate (Office of Claire Mbatha MP) <owen.tate@parliament.uk>", "Constituent: Mrs Lorna Shields - request for information",
  """My constituent Mrs Lorna Shields has asked me to find out, on her behalf, what information you hold about her and how you obtained her current address. Her signed consent is enclosed. She is not raising a complaint at this stage; she would simply like to understand the position.""",
  "r:access+informed tp",
  "An MP's office asking on a constituent's behalf what data is held (access) and how her address was obtained (informed), explicitly not a complaint: third_party, complaint=false.",
  kind="mp", org="Caseworker, Office of Claire Mbatha MP")

S("Gavin Holt <gavin.holt@holtandco.co.uk>", "Mr B. Fenwick - notice of acting",
  """Please note that we act for Mr Barry Fenwick in connection with account CX-3310442. Please direct all future correspondence to this firm. Our client's signed authority is attached. We will write further once we have taken instructions.""",
  "tp", "A solicitor's notice of acting is third_party and routine: not a complaint.",
  kind="solicitor", org="Solicitor, Holt & Co")

# ---- D2. a few more complaints (service themes) ------------------------------------------------

S("Nadine Carr <nadine.carr@gmail.com>", "Letter full of errors",
  """Your letter of 12 November has my name spelt wrong in the greeting, says the debt is for "water services" in one paragraph and "mobile phone services" in the next, and gives a payment deadline of 31 November, which doesn't exist. I genuinely don't know what I'm being asked to pay for.

Please send a correct letter that tells me clearly what the debt is.""",
  "c:inaccurate_information",
  "A letter with contradictory, wrong information about what is owed, with a correct version demanded: implicit complaint, inaccurate_information (the misspelt name is a side point, not the main grievance).")

S("Jordan Pike <jordan.pike@gmail.com>", "Passed from pillar to post",
  """I've been transferred between four different departments today trying to get a settlement figure. Each one told me it was another team's job. In the end I was cut off after two hours. I'm trying to pay you!

Please can someone who can actually give me a settlement figure email it to me.""",
  "c:service_quality",
  "Being passed between teams with nobody taking ownership is how the customer was served (service_quality); it is more than a phone queue, so not wait_time; implicit complaint.")

S("Adele Greaves <adele.greaves@gmail.com>", "Refund promised weeks ago",
  """When my account was closed you agreed to refund the £95 I overpaid. That was on 1 September. I was told five working days. I've asked three times since then.

I'd like the refund today please, and an explanation of why it's taken so long.""",
  "c:delay",
  "A promised refund still not paid after repeated requests: a 'still waiting' grievance, implicit complaint, delay.")

S("Russell Kemp <russell.kemp@gmail.com>", "Complaint - your agent hung up on me",
  """I'd like to make a complaint about the agent who hung up on me twice on Monday afternoon when I was trying to update my address. I was polite. The second time she said "I'm not doing this again" and ended the call.

I want an apology and my address updated - it's 4 Fern Close, Mansfield NG18 2PL.""",
  "c:service_quality e r:rectification",
  "An explicit complaint about a rude agent during a routine update is service_quality (not debt pursuit); asking for his address to be updated is rectification, but the grievance is not data handling, so personal_data=false.")

S("Gemma Boyle <gemma.boyle@gmail.com>", "Online payment page keeps failing",
  """I've tried to pay on your website three nights running. Every time I enter my card details it says "transaction could not be completed" and my bank says it never even got the request. Now I've had a text saying my payment is late.

Please fix the website and don't mark me as late for something that isn't my fault.""",
  "c:platform_defect",
  "A payment page that fails repeatedly, causing a 'late payment' text, is a system fault with a remedy demanded: implicit complaint, platform_defect.")

S("Howard Bell <howard.bell@gmail.com>", "Your website is impossible",
  """I'm 76 and I've spent an hour trying to work out how to change my payment date on your website. The button is hidden in a menu called "My Journey", the text is tiny, and it logs me out every five minutes. My grandson couldn't find it either.

Could you make it simpler, and in the meantime change my date to the 15th?""",
  "c:usability",
  "The website works but is hard to use for an older customer, with a change and an improvement asked: implicit complaint, usability.")

# ---- J3 / K7. final batch: more auto mail and routine mail ------------------------------------

S("Siobhan Pike <siobhan.pike@gmail.com>", "Automatic reply: Your email about Mr Brian Pike",
  """<html><body><div dir="ltr"><p>Hi, I'm away at my dad's this week with patchy signal. I'll reply as soon as I can. If it's about Dad's account, please write to me by post at the address you have.</p><p>Siobhan</p></div></body></html>""",
  "ag", "An HTML-only out-of-office from a relative representative: auto_generated, so third_party stays false.",
  kind="auto", headers={"auto-submitted": "auto-replied", "x-autoreply": "yes"}, html=True)

S("Gmail <noreply-read-receipt@google.com>", "Read: Re: Not my debt - ref CX-5503317",
  """This is a receipt for the mail you sent to lorraine.beddow@gmail.com at 18/11/2026, 10:04.

This receipt verifies that the message has been displayed on the recipient's computer at 18/11/2026, 19:22.""",
  "ag", "A read receipt is auto_generated even though the subject repeats a debt dispute.",
  kind="auto", headers={"content-type": "multipart/report; report-type=disposition-notification"},
  env=("hdr", "nohdr"))

S("Pennant Mobile Partner News <partners@pennantmobile.co.uk>", "Partner newsletter - winter vulnerability guidance and complaint trends",
  """Pennant Mobile - Collections Partner Newsletter, Winter edition

1. Winter vulnerability guidance: please apply our extended hold for customers who disclose fuel poverty.
2. Complaint trends: complaints about partner agencies fell 9% this quarter. Top themes: call frequency and missing payment confirmations.
3. Data protection: reminder to report any personal data breach to us within 24 hours.

You are receiving this as an approved collections partner. To stop receiving partner news, unsubscribe here.""",
  "ag", "A creditor's bulk partner newsletter (complaint trends, breach reporting reminder) is auto_generated, not a complaint or a breach.",
  kind="auto", headers=list_h("pennantmobile.co.uk"), env=("hdr", "nohdr", "html"))

S("Westbury Council <noreply@westbury.gov.uk>", "Your enquiry reference WBC-ENQ-771203 has been received",
  """Thank you for contacting Westbury Council Revenues and Benefits. Your enquiry has been logged with reference WBC-ENQ-771203. We aim to respond within 10 working days.

Please do not reply to this email as this mailbox is not monitored.""",
  "ag", "A council's automatic enquiry acknowledgement is auto_generated.",
  kind="auto", headers={"auto-submitted": "auto-generated"})

S("Trevor Mackie <trevormackie@sky.com>", "Re: Account closed",
  """I am away from my desk. Your email has been received and I will read it when I return on 2 December.""",
  "ag", "An out-of-office text with no headers is still auto_generated.",
  kind="auto", headers={})

S("Conexus Web Forms <webforms@conexus-services.com>", "New contact form submission: Payment query",
  """A new message was submitted through the Contact Us form.

Form: Payment query
Submitted: 19/11/2026 21:14
Reference given: CX-7720115
Message: (see customer portal)

This notification was generated automatically by the website.""",
  "ag", "A website form notification with no customer text is system mail: auto_generated.",
  kind="auto", headers={"auto-submitted": "auto-generated"})

S("Lauren Ashby <lauren.ashby@gmail.com>", "Payment confirmation",
  """Hi, I've paid the £120 we agreed on the phone. Could you send a receipt to this email? Thanks so much for being flexible this month.""",
  "", "A routine payment notice with thanks: not a complaint.",
  short="paid the £120 we agreed - can you email a receipt? thanks")

S("Trudy Barker <trudy.barker@gmail.com>", "Change of bank",
  """I'm moving banks next month. Will I need to set up the direct debit again or will it move across automatically with the switch service? Account ref CX-6638104.""",
  "", "A neutral question about a bank switch: not a complaint.")

S("Felix Moreau <felix.moreau@gmail.com>", "Can I see my account history online?",
  """Is there a way to see my payment history on your website, or do I have to ask for a statement each time? I'd like to keep an eye on it myself.""",
  "", "A question about viewing payment history online is a portal/service enquiry, not a data-rights request or a complaint.")

S("Shona McLeod <shona.mcleod@gmail.com>", "Scottish address",
  """I've moved to Scotland. Does anything change with the account now I'm living here? My new address is 19 Kirk Wynd, Falkirk FK1 1JR - please update it.""",
  "r:rectification", "A neutral address update with a question: rectification, not a complaint.")

S("Gordon Meek <gordon.meek@gmail.com>", "Re: Your letter - thank you",
  """Thanks for your letter confirming the balance and the plan. All looks right to me. I'll keep paying on the 10th.""",
  "", "Confirming a letter is correct: not a complaint.",
  tail="""On 14 Nov 2026, Conexus <customerservices@conexus-services.com> wrote:
> Dear Mr Meek, we confirm your arrangement of £20 per month on the 10th. Your balance is £640.00.""")

S("Petra Novak <petra.novak@gmail.com>", "Consent for my partner",
  """Could you send me the form I need to fill in so that my partner can talk to you about my account when I'm at work? I'd like him to be able to make payments and ask questions.""",
  "", "Asking for a third-party authority form is routine, written for herself: not a complaint, not third_party.")

S("Derek Sims <derek.sims@gmail.com>", "Deleted your email by accident",
  """I accidentally deleted your last email before I read it. Could you send it again please? Ref CX-2217733.""",
  "", "Re-requesting an accidentally deleted email: 'deleted' is not an erasure request, and nothing is wrong: not a complaint.",
  short="deleted your last email by accident, can you resend? CX-2217733")

S("Amy Whitehead <amy.whitehead@gmail.com>", "Complaints procedure for my records",
  """Could you email me a copy of your complaints procedure? My adviser said it's worth having on file. Nothing's wrong at the moment - the plan is going fine - I just like to have these things to hand.""",
  "", "Asking for the complaints procedure with 'nothing's wrong' is an information request, not a complaint; the word names a document, not a grievance.")

S("Michael Dunne <michael.dunne@gmail.com>", "GDPR",
  """I read that under GDPR I can ask what data companies hold about me. I don't need anything right now, I was just wondering roughly how long it takes you to reply to that kind of request, in case I need it for a mortgage application later.""",
  "", "A hypothetical question about how long access requests take, without making one: rights=[], not a complaint.")

# ---- a few more third-party / creditor complaints ---------------------------------------------

S("Elaine Morris <elaine.morris@oakleafadvice.org.uk>", "Formal complaint - client Mr Joseph Barr - Beacon Finance interest",
  """We wish to make a formal complaint on behalf of Mr Joseph Barr (authority attached) about the Beacon Finance loan you are collecting. Beacon continued to add default interest for 14 months after Mr Barr told them he had lost his job and asked for help, contrary to their own forbearance policy. This interest makes up £930 of the balance.

This is a matter for Beacon, and we ask you to return the account to them so that they can review it.""",
  "c:debt_dispute e tp f:bhf",
  "An adviser's formal complaint (explicit, third_party) whose root cause is the creditor's interest and forbearance, which only Beacon Home Finance ('Beacon Finance' alias) can fix: about_other_firm=bhf, debt_dispute.",
  kind="adviser", org="Caseworker, Oakleaf Advice", cred="Beacon Home Finance")

S("Ravi Menon <ravi.menon@gmail.com>", "For my mother - Sterling Credit loan she never took",
  """I'm writing for my mother, Mrs Lakshmi Menon (she's 77 and has asked me to deal with this; her authority is attached). The Sterling Credit loan you're collecting was taken out online in her name by my late father without her knowledge - she never signed anything and has never used a computer. Sterling Credit accepted this on the phone but have not put it in writing or recalled the account.

Please send it back to Sterling Credit so they can close it as they said they would.""",
  "c:debt_dispute tp f:scl",
  "A son for his elderly mother (third_party) disputes a loan the creditor accepted she did not take out; only Sterling Credit Loans can close it: about_other_firm=scl, debt_dispute, implicit complaint.",
  kind="relative", cred="Sterling Credit Loans")

S("Linda Farrow <linda.farrow@parliament.uk>", "Constituent: Ms Hazel Dunn - home visits",
  """I am writing on behalf of my constituent Ms Hazel Dunn, who has given her consent. Ms Dunn is recovering from a stroke and lives alone. She tells me that your field agents have visited her home three times in October, that on the last visit the agent returned after dark, and that she has been left frightened to answer the door.

I would ask that you stop home visits, review whether they were appropriate, and let me have your response.""",
  "c:collection_conduct tp",
  "An MP's office (third_party) raises repeated doorstep visits to a vulnerable constituent and asks for a review: implicit complaint, collection_conduct.",
  kind="mp", org="Caseworker to Simon Eastwood MP")

# ---- E2. a few more breaches ---------------------------------------------------------------------

S("Leon Barker <leon.barker@gmail.com>", "Letter went to number 4",
  """The lady at number 4 has just brought round a letter from you with my name on it but her house number. It had been opened. It's got my balance, the Pennant account number and a line about "further action". We're number 14, it's always been 14 on everything I've sent you.

I'm mortified, she's my kid's childminder. I want to know why your letter had the wrong number on it and I want it fixed so it doesn't happen again.""",
  "c:personal_data pd br",
  "A debt letter with a mistyped house number was opened by a neighbour, disclosing the debt (breach); the grievance is the data error and disclosure, so personal_data; implicit complaint.",
  short="your letter with MY debt on went to number 4 and she opened it. we're 14. how did this happen??", cred="Pennant Mobile")

S("Pauline Reyes <pauline.reyes@gmail.com>", "Formal complaint - email sent to my old work address",
  """I am making a formal complaint. You emailed my payment plan confirmation, with my balance and bank details, to my old work email address at a company I left in 2024. My former manager forwarded it to my personal email this morning "in case it was important". So at least two people there have now read it.

I never gave you that email address for this account. I want to know where you got it, and I want it deleted from your records today.""",
  "c:personal_data e pd br r:informed+erasure",
  "Explicit complaint about debt details emailed to a former employer's mailbox and read there (breach, personal_data); asking where the address came from is informed, and asking for it to be deleted is erasure.")

S("Ashleigh Kerr <ashleigh.kerr@gmail.com>", "text to my mum's phone",
  """you sent a text to my mums phone saying "Ashleigh, your payment of £45 to Conexus is overdue, reference CX-5540918". i never gave you her number, she had no idea i owed anything and now shes asking loads of questions. why has my text gone to her phone?? fix it""",
  "c:personal_data pd br",
  "A payment-overdue text sent to the debtor's mother disclosed the debt (breach); the grievance is the misdirected data, so personal_data; implicit complaint with a fix demanded.",
  short="why did my overdue payment text go to my MUMS phone?? she knows about my debt now. fix it")

S("Terence Oduya <terence.oduya@outlook.com>", "Received someone else's statement",
  """Hello, in with my statement today was a second page belonging to another customer (a Ms R. Kaur in Slough) showing her payments and balance. I'll post it back to you if you send me an envelope, or I can shred it - let me know which you prefer.""",
  "br",
  "Another customer's statement page reached him (breach); he offers to return or shred it without any grievance: not a complaint.")

# ---- K8. last routine items ----------------------------------------------------------------------

S("Natasha Bloom <natasha.bloom@gmail.com>", "Reduce payments - new baby",
  """I've just had a baby and I'm on maternity pay until next summer. Could we drop my payments from £50 to £20 for nine months? I can send a new budget sheet. Thanks.""",
  "", "A request to reduce payments for a life change is a service request: not a complaint.")

S("Owen Marsh <owen.marsh@btinternet.com>", "Letter about a Lumen bill",
  """I've had a letter from you about a Lumen bill for £86. I'm fairly sure I paid that last year. I'll dig out my bank statements this weekend and send you what I find. Could you hold off for a couple of weeks?""",
  "", "He thinks the bill may be paid but is checking and asks for time, without disputing or complaining yet: an enquiry, not a complaint, and no about_other_firm.",
  cred="Lumen Water")

S("Jacqueline Ndlovu <jacqueline.ndlovu@gmail.com>", "Universal Credit deduction",
  """I've been told by my work coach that the council tax arrears might be taken directly from my Universal Credit instead. Would that replace my plan with you, or would I have to pay both? I just want to understand so I don't pay twice.""",
  "", "A neutral question about how a benefit deduction interacts with her plan: not a complaint.")

# ---- H3. thin combinations: rights inside complaints, chasers quoting the writer's own query ---

S("Fraser Quinn <fraser.quinn@gmail.com>", "Still no file",
  """I asked on 2 October for my account data as a spreadsheet (CSV or Excel) so I could move my budget into a new app. Six weeks later, nothing. Two chasers, no reply.

Please send the file this week and tell me why it's taken so long.""",
  "c:personal_data pd r:portability",
  "A portability request left unanswered for six weeks, with the file and an explanation demanded: implicit complaint about a badly handled data-rights request (personal_data), rights portability.",
  short="asked for my data as CSV on 2 oct, 6 weeks + 2 chasers, nothing. send it this week")

S("Imelda Shaw <imelda.shaw@gmail.com>", "Marketing calls",
  """I'm getting calls from your "customer offers" team trying to sell me a consolidation loan. I'm in a payment plan with you because I'm struggling - the last thing I need is to be offered more credit. It feels like you're taking advantage.

I object to you using my details for marketing and I want these calls to stop.""",
  "c:personal_data pd r:objection",
  "Unwanted marketing of credit to a struggling debtor, with an objection to marketing use of her data: implicit complaint about data use (personal_data), rights objection; 'I want these calls to stop' is part of the same objection to marketing.")

S("Ewan Doyle <ewan.doyle@gmail.com>", "Disputed default - stop reporting it",
  """You've reported a default to the credit reference agencies for an account I have been disputing with you since June, and you still haven't sent the statements I asked for to show how the balance was worked out. I've been turned down for a car loan because of it.

Until you've answered my dispute properly, stop reporting this account to the credit agencies.""",
  "c:debt_dispute r:restriction",
  "The grievance is a disputed balance pursued and reported without answering the dispute (debt_dispute); 'stop reporting until you've answered' asks for processing to be restricted while contested; implicit complaint, personal_data=false since the main grievance is the dispute.")

S("Rosa Ventura <rosa.ventura@gmail.com>", "Complaint - calls after I asked you to stop profiling me",
  """This is a complaint. In August I wrote to say I objected to you using my data to "profile" me and decide how often to call. Your reply said my objection had been "noted". Since then the calls have doubled - I now get one every day at exactly 12.30, which is when I'm on my lunch break. Clearly the system is still scoring me.

I want my objection actually applied and a person, not your dialler, to decide how you contact me.""",
  "c:personal_data e pd r:objection+automated_decision",
  "An explicit complaint that an objection to profiling was ignored (a data-rights request badly handled: personal_data), restating the objection and asking for a person rather than the automated dialler to decide (automated_decision).")

S("Derek Holt <derek.holt@gmail.com>", "Re: Query about payment date",
  """Third time of asking. I sent the email below on 3 November and again on 10 November and nobody has answered. It's a simple question.""",
  "c:delay",
  "A 'third time of asking' chaser about an unanswered neutral query is an implicit complaint about delay, even though the quoted original was only a question.",
  tail="""On 10 Nov 2026, Derek Holt <derek.holt@gmail.com> wrote:
> Hello, could you tell me whether I can move my payment date from the 28th to the 1st? Thanks, Derek""")

S("Alison Pryor <alison.pryor@gmail.com>", "Re: Your payment arrangement",
  """Thanks for agreeing the reduced plan. But the direct debit that came out today was still the old amount, £80 instead of £35, and I'm now short for my gas top-up. Please refund the £45 difference today and make sure next month is right.""",
  "c:other",
  "Despite thanks, the wrong amount was collected and a refund is demanded: a continuing implicit complaint; a collection error that is neither a fee nor a disputed debt is categorised other.",
  tail="""On 12 Nov 2026, Conexus <customerservices@conexus-services.com> wrote:
> Dear Ms Pryor, we confirm your revised arrangement of £35 per month from 20 November.""")

S("Ciaran Boyd <ciaran.boyd@gmail.com>", "Complaint about Northline - estimated final bill",
  """I want to complain about Northline Energy, not your firm. They billed me £540 on an estimated final reading after I gave them an actual reading with a dated photo when I moved out. They've ignored three emails. You're just collecting what they sent you, but their figure is wrong and only they can fix it.""",
  "c:debt_dispute e f:nte",
  "An explicit complaint whose root cause is Northline Energy's estimated final bill, which only the creditor can correct: about_other_firm=nte, debt_dispute.",
  cred="Northline Energy")

S("Maxine Ford <maxine.ford@gmail.com>", "westbury council complaint - they lost my direct debit",
  """This is a complaint about westbury council. They cancelled my council tax direct debit when they changed systems in April and never told me, then sent the arrears to you. I'd have paid if I'd known. I want the council to accept it was their error and remove the summons costs they added.""",
  "c:debt_dispute e f:wbc",
  "An explicit complaint about the council cancelling a direct debit and adding costs; only the council can fix it: about_other_firm=wbc, debt_dispute (the costs were added by the creditor, so not a Conexus fee).",
  cred="Westbury Council Tax Services")

S("Tilly Morgan <tilly.morgan@gmail.com>", "For my grandad - please stop the calls and send us his data",
  """I'm writing for my grandad, Mr Edwin Morgan, who is 88 and registered blind. He's signed an authority for me (attached). Your agents ring him several times a week and read out long security questions he can't follow. Please stop calling him and write to me instead.

Could you also send me a copy of all the information you hold on him and the notes of the calls, so we can see what he's been told.""",
  "c:collection_conduct tp r:access",
  "A granddaughter writing for a vulnerable grandfather (third_party) about frequent confusing calls (collection_conduct), with an access request on his behalf; the grievance is not data handling, so personal_data=false; implicit complaint.",
  kind="relative")

S("Adrian Lowe <adrian.lowe@gmail.com>", "Statement showing wrong name",
  """Your latest statement has my name as "Adrain Low". I've written twice to correct it and it's still wrong, which matters because my bank won't match my payments to the reference when the name is different.

Please correct my name on your records and confirm it in writing.""",
  "c:personal_data pd r:rectification",
  "Inaccurate personal data left uncorrected after two requests, causing payment problems: implicit complaint, personal_data, rights rectification.")

# ---- K9. closing batch of routine mail and auto mail ------------------------------------------

S("Sandra Okafor <sandra.okafor@gmail.com>", "Help with forms",
  """I've got the income and expenditure form but I don't understand what goes in "priority debts" and "other credit". Could someone explain, or is there an example? I want to get it right before I send it back.""",
  "", "Asking for help with a form is a service request: not a complaint.")

S("Neville Carter <neville.carter@gmail.com>", "Paying off early",
  """If I pay off the rest of the balance in one go next month, will you send a letter to confirm it's settled and close the account? Just checking before I move the money.""",
  "", "A neutral question about early settlement: not a complaint.")

S("Priti Desai <priti.desai@gmail.com>", "Holiday",
  """I'll be abroad for three weeks from 1 December. My standing order will carry on as normal, I just wanted to let you know in case you try to call and I don't answer.""",
  "", "A courtesy notice of absence: not a complaint.")

S("George Wilde <george.wilde@gmail.com>", "Your letter of 3 November",
  """Thank you for your letter. I accept the balance is correct. I'd like to pay £25 a month by standing order from December. Please send me your bank details.""",
  "", "Accepting the balance and offering payment: routine, not a complaint.",
  short="accept the balance, want to pay £25/month by SO from Dec - send bank details pls")

S("Hannah Brooks <hannah.brooks@gmail.com>", "Update - back at work",
  """Just to update you, I'm back at work after my sick leave, so I can go back to paying the full £60 a month from January. Thank you for holding things while I was off - it really helped.""",
  "", "A positive update with thanks: not a complaint.")

S("Lionel Ruiz <lionel.ruiz@gmail.com>", "Correct email for documents",
  """Which email address should I send my bank statements to? The letter says documents@ but the website says customerservices@. I don't want them to go astray.""",
  "", "A practical question about where to send documents, without dissatisfaction: not a complaint.")

S("Kathleen O'Neill <kathleen.oneill@btinternet.com>", "Son will be paying",
  """My son has offered to clear my balance for me. He'll ring you on Friday with his card. Is there anything he needs to have ready? My reference is CX-3317720.""",
  "", "A routine payment arrangement by the debtor herself: not a complaint, not third_party.")

S("Chris Palmer <chris.palmer@westvaledebtline.org.uk>", "Thank you - Ms Eve Harland",
  """Thank you for agreeing to write off the balance for our client Ms Eve Harland on the grounds of her long-term illness. She was very relieved. We'll close our file.""",
  "tp", "An adviser's thanks for a write-off for a client: third_party, not a complaint.",
  kind="adviser", org="Money Adviser, Westvale Debtline")

S("Jo Ellison <jo.ellison@lumenwater.co.uk>", "Updated vulnerability codes",
  """Hi all,

From the December placement, the vulnerability flag in our file will use the new code list (attached) - V1 to V9 instead of the old Y/N. Please make sure your systems can read it before the 5th.

Thanks,""",
  "", "A creditor's routine file-format notice: not a complaint.",
  kind="creditor", org="Data Exchange Team, Lumen Water")

S("Mark Fielding <mark.fielding@sterlingcredit.co.uk>", "Customer complaint received by us - for info",
  """Hi,

For information, we've received a complaint directly from a customer (SCL-7719022) about the interest on her loan. We're dealing with it under our own process as it relates to our lending, so no action needed from you other than pausing collection for 8 weeks. I'll update you when we've issued our final response.

Regards,""",
  "", "A creditor telling Conexus it is handling its own customer's complaint and asking for a pause: the creditor is not dissatisfied with Conexus, so not a complaint (and the sender is not acting for the debtor).",
  kind="creditor", org="Customer Relations, Sterling Credit Loans")

S("Conexus Payments <payments@conexus-services.com>", "Direct debit set up confirmation",
  """Your Direct Debit has been set up.

Amount: £30.00 monthly
First collection: 01/12/2026
Reference: CX-4420981

This is an automatically generated message. Please do not reply.""",
  "ag", "Conexus's own automated direct debit confirmation arriving in the mailbox is auto_generated.",
  kind="auto", headers={"auto-submitted": "auto-generated"})

S("Linda Pearce <linda.pearce@hillsidecab.org.uk>", "Automatic reply: Client objects to marketing - Mrs S. Yates",
  """Thank you for your email. I'm currently working from home with limited access to case files. I will respond within 5 working days. For urgent matters please call the adviceline.""",
  "ag", "An adviser's auto-reply is auto_generated; the objection is only in the subject.",
  kind="auto", headers=OOO_H2)

S("Credit Reference Update <noreply@cra-portal.co.uk>", "Monthly data submission accepted",
  """Your monthly data submission for Conexus Services Ltd has been accepted.

Records received: 18,442
Records rejected: 12 (see error log)

This message was generated automatically.""",
  "ag", "A credit reference agency's automated submission receipt is auto_generated.",
  kind="auto", headers={"auto-submitted": "auto-generated"})

# ==== END OF SCENARIOS ====


def new_text(subject: str, body: str) -> str:
    """Subject + body minus quoted/forwarded history (for the label-consistency self-check)."""
    cut = len(body)
    for pat in (r"\n>", r"\nOn .{5,80} wrote:", r"-----Original Message-----", r"---------- Forwarded",
                r"<blockquote"):
        m = re.search(pat, body)
        if m:
            cut = min(cut, m.start())
    return subject + "\n" + body[:cut]


def check(rec: dict) -> None:
    lb = rec["labels"]
    errs = label_errors(lb)
    assert not errs, (rec["id"], errs)
    if lb["complaint"] and not lb["auto_generated"]:
        has = bool(re.search(r"complain", new_text(rec["subject"], rec["body"]), re.I))
        assert has == lb["explicit"], (rec["id"], rec["subject"], "explicit/wording mismatch")


def build_all() -> list[dict]:
    recs = []
    n = 0
    for i, sc in enumerate(SCEN, 1):
        src = f"cx-src-{i:03d}"
        rng = rng_for(src)
        names = envelope_names(sc)
        if sc["kind"] == "raw":
            chosen = ["raw"]
        else:
            k = rng.choice([2, 3, 3, 4, 4]) if not sc["env"] else min(len(names), 4)
            first = "plain" if sc["kind"] != "auto" else "hdr"
            if first not in names:
                first = names[0]
            rest = [x for x in names if x != first]
            rng.shuffle(rest)
            chosen = [first]
            for x in rest:
                if len(chosen) >= k:
                    break
                if x not in chosen:
                    chosen.append(x)
        seen = set()
        for env in chosen:
            if sc["kind"] == "auto":
                v = build_auto(sc, env, rng, i)
            elif sc["kind"] == "raw":
                v = build_raw(sc, env, rng, i)
            else:
                v = build_human(sc, env, rng, i)
            key = (v["subject"], v["body"], json.dumps(v["headers"], sort_keys=True))
            if key in seen:
                continue
            seen.add(key)
            n += 1
            rec = {"id": f"cx-{n:04d}", "mailbox": "conexus", "from": sc["frm"], "subject": v["subject"],
                   "headers": v["headers"], "body": v["body"], "html": v["html"],
                   "labels": json.loads(json.dumps(sc["labels"])), "note": sc["note"], "source": src,
                   "variant": env}
            check(rec)
            recs.append(rec)
    return recs


def main() -> None:
    recs = build_all()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    keys = ["id", "mailbox", "from", "subject", "headers", "body", "html", "labels", "note", "source"]
    tmp = OUT.with_suffix(".jsonl.tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps({k: r[k] for k in keys}, ensure_ascii=False) + "\n")
    tmp.replace(OUT)
    print(f"wrote {len(recs)} records from {len(SCEN)} scenarios to {OUT}", file=sys.stderr)
    if "--stats" in sys.argv:
        from collections import Counter
        c = Counter(r["variant"] for r in recs)
        print("variants:", dict(c))


if __name__ == "__main__":
    main()
