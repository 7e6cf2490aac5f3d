#!/usr/bin/env python3
"""Generate the hand-labelled PEXA complaints@ training/test set and the demo inbox.

Stdlib only, deterministic (fixed seed).  Usage, from the repo root:

    python data/make/make_pexa.py            # writes data/labelled/pexa.jsonl and data/demo_inbox/

How it works
------------
* SCENARIOS below is a list of hand-written email "cores": each one is a complete,
  realistic message body written for this data set (not a sentence-slot template),
  with its subject, the sender's role and its labels.
* Each scenario is expanded into 2-4 variants by *envelopes* that do not change
  the labels: greeting/sign-off and signature block, corporate legal disclaimers
  (hard negatives: "confidential", "personal data"), neutral quoted reply history,
  a neutral forwarded chain underneath, HTML-only rendering, message only in the
  subject with an empty body, one-line mail, typos, all-lowercase mobile mail and
  long rambling mail.  Labels describe only the new text.
* Every variant of a scenario shares one `source` id so train/dev/test can be
  split by source without leakage.

Label shorthand used in S(...):
    "neg"                 not a complaint, not auto-generated
    "auto"                auto-generated (everything else empty)
    "c:<category>"        implicit complaint
    "C:<category>"        explicit complaint (the new text uses the word complaint)
  optional extra tokens:  pd  breach  tp  firm=<id|unknown>  rights=a,b,c
"""
import json
import os
import random
import zlib
import re

from labelled_mail import CATEGORIES, RIGHTS, edit_words, escape_html, labels, quote_lines

SEED = 20261122
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))

SCENARIOS = []


def parse_labels(code):
    toks = code.split()
    lab = labels()
    head = toks[0]
    if head == "auto":
        lab["auto_generated"] = True
    elif head == "neg":
        pass
    elif head[:2] in ("c:", "C:"):
        lab["complaint"] = True
        lab["explicit"] = head[0] == "C"
        lab["category"] = head[2:]
        assert lab["category"] in CATEGORIES and lab["category"] != "none", code
    else:
        raise ValueError(code)
    for t in toks[1:]:
        if t == "pd":
            lab["personal_data"] = True
        elif t == "breach":
            lab["breach"] = True
        elif t == "tp":
            lab["third_party"] = True
        elif t.startswith("firm="):
            lab["about_other_firm"] = t[5:]
        elif t.startswith("rights="):
            lab["rights"] = [r for r in RIGHTS if r in t[7:].split(",")]
            assert len(lab["rights"]) == len(t[7:].split(",")), code
        else:
            raise ValueError(code)
    if lab["category"] == "personal_data" or (lab["complaint"] and lab["breach"]):
        lab["personal_data"] = True
    return lab


def S(labels, role, subject, body, short=None, note=None, quote=None, sender=None,
      headers=None, sign=None, html=False, fixed=False, fwd=None):
    """Register one hand-written scenario.

    role: law | lender | consumer | tp | public | vendor | applicant | auto
    short: one-line version of the same message (for subject-only / one-line variants)
    quote: (who, text) quoted history shown below the new text in every variant
    sender: fixed "Name <addr>" (auto mail, third parties with a fixed identity)
    sign: fixed signature block (third parties)
    fixed: do not apply envelopes (auto mail, raw forwards); variants handled separately
    """
    SCENARIOS.append(dict(labels=parse_labels(labels), code=labels, role=role, subject=subject,
                          body=body.strip("\n"), short=short, note=note, quote=quote,
                          sender=sender, headers=headers or {}, sign=sign, html=html, fwd=fwd,
                          fixed=fixed or role == "auto"))


# ---------------------------------------------------------------------------
# People and firms (all invented)
# ---------------------------------------------------------------------------
FIRST = ["Aisha", "Ben", "Carys", "Declan", "Eleanor", "Farid", "Gemma", "Harjit", "Imogen", "Jonah",
         "Katie", "Lewis", "Marta", "Nadia", "Owen", "Priya", "Rhys", "Sian", "Tariq", "Una",
         "Victoria", "Wesley", "Yasmin", "Zoe", "Alastair", "Bethan", "Callum", "Deepa", "Euan",
         "Fiona", "Graham", "Hollie", "Isaac", "Jasmine", "Kwame", "Lorna", "Mohammed", "Niamh",
         "Oliver", "Paula", "Rosie", "Stuart", "Tamsin", "Vikram", "Wendy", "Adebayo", "Bronwen",
         "Ciaran", "Dominika", "Ellis", "Grace", "Hamish", "Ifeoma", "Joanna", "Kieran", "Leanne"]
LAST = ["Ashworth", "Bellamy", "Chaudhry", "Delaney", "Ellwood", "Fairbairn", "Goddard", "Hartigan",
        "Iqbal", "Jenner", "Kowalczyk", "Lomax", "McAllister", "Nwosu", "Oakes", "Pritchard",
        "Quayle", "Rennison", "Sandhu", "Thorley", "Umerah", "Varley", "Whitcombe", "Yardley",
        "Abernethy", "Brannigan", "Coutts", "Dunmore", "Entwistle", "Fenby", "Gilchrist",
        "Haworth", "Ingleby", "Jowett", "Kershaw", "Laidlaw", "Mottram", "Naylor", "Ormerod",
        "Penhaligon", "Rigby", "Sowerby", "Tranter", "Walmsley", "Adeyemi", "Brereton", "Castell"]

# (name, domain, directory id or None)
LAW_FIRMS = [("Orchard Lane Solicitors", "orchardlanesolicitors.co.uk", "ols"),
             ("Marsh & Penrose Conveyancing", "marshpenrose.co.uk", "mpc"),
             ("Greyfriars Law LLP", "greyfriarslaw.co.uk", "gfl"),
             ("Hallam Webb LLP", "hallamwebb.co.uk", None),
             ("Copperfield Conveyancing", "copperfieldconveyancing.co.uk", None),
             ("Ashdown Pryce Solicitors", "ashdownpryce.co.uk", None),
             ("Fenwick & Lyle", "fenwicklyle.co.uk", None),
             ("Ridgeway Property Lawyers", "ridgewaylaw.co.uk", None),
             ("Stanmore Legal", "stanmorelegal.co.uk", None),
             ("Pell & Garside Solicitors", "pellgarside.co.uk", None),
             ("Tollgate Conveyancing Ltd", "tollgateconveyancing.co.uk", None),
             ("Birchall Moss LLP", "birchallmoss.co.uk", None)]
LENDERS = [("Kestrel Building Society", "kestrelbs.co.uk", "kbs"),
           ("Beacon Home Finance", "beaconhomefinance.co.uk", "bhf"),
           ("Heathcote Bank", "heathcotebank.co.uk", "hcb"),
           ("Thames Valley Mortgages", "tvmortgages.co.uk", "tvm"),
           ("Brightwater Building Society", "brightwaterbs.co.uk", None),
           ("Calder Mutual", "caldermutual.co.uk", None),
           ("Northgate Homeloans", "northgatehomeloans.co.uk", None),
           ("Severn Vale Bank", "severnvalebank.co.uk", None)]
LAW_TITLES = ["Conveyancing Executive", "Senior Conveyancer", "Partner", "Head of Residential Property",
              "Licensed Conveyancer", "Completions Manager", "Practice Manager", "Trainee Solicitor",
              "Associate Solicitor", "Post-Completion Team Leader", "COLP", "Paralegal"]
LENDER_TITLES = ["Completions Team Leader", "Completions Officer", "Redemptions Manager",
                 "Mortgage Operations Manager", "Head of Lending Operations", "Funds Release Analyst",
                 "Operational Risk Manager", "Senior Completions Administrator"]
CONSUMER_DOMAINS = ["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "icloud.com",
                    "yahoo.co.uk", "sky.com", "live.co.uk", "talktalk.net"]

GREET_FIRM = ["Hi,", "Hello,", "Good morning,", "Good afternoon,", "Dear PEXA,", "Dear Sir or Madam,",
              "Hi team,", "Hello PEXA team,", "Dear Customer Support,", "Morning,", "All,", ""]
GREET_CONSUMER = ["Hello,", "Dear Sir/Madam,", "To whom it may concern,", "Hi,", "Dear PEXA,", "",
                  "Good evening,", "Hi there,"]
SIGNOFF = ["Kind regards,", "Regards,", "Many thanks,", "Thanks,", "Best wishes,", "Yours faithfully,",
           "Kind regards", "Thanks", "Rgds", "Best,", "With thanks,", "Yours sincerely,"]

DISCLAIMERS = [
    "This email and any attachments are confidential and may contain personal data. If you are not the "
    "intended recipient please notify the sender immediately and delete it from your system. {firm} is "
    "authorised and regulated by the Solicitors Regulation Authority.",
    "CONFIDENTIALITY NOTICE: The information in this message is confidential and may be legally privileged. "
    "It is intended solely for the addressee. Access to this email by anyone else is unauthorised. We process "
    "personal data in accordance with our privacy notice, available on our website.",
    "{firm} will never change its bank details by email. Please telephone your conveyancer on a known number "
    "before sending any money. We accept no liability for funds sent to the wrong account.",
    "This message has been scanned for viruses. Any personal data contained in this email is processed in "
    "line with the UK GDPR and the Data Protection Act 2018. If received in error, please delete it and do "
    "not copy, forward or disclose its contents.",
    "{firm} is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct "
    "Authority and the Prudential Regulation Authority. Calls may be recorded for training and monitoring. "
    "This email is confidential and intended for the named recipient only.",
    "Please consider the environment before printing this email.\n\nThe contents of this email are "
    "confidential. If you have received it in error, please tell us by return and then delete it. Our "
    "privacy notice explains how we use personal data.",
    "IMPORTANT: Cyber crime is on the rise. {firm} will not notify you of any change to our bank details by "
    "email. Confidential: this email may contain personal data and is for the addressee only.",
    "Registered in England and Wales. Registered office as above. This email and its attachments are "
    "confidential; any unauthorised disclosure, use or dissemination is prohibited. Data protection "
    "enquiries: dpo@{domain}",
]

PEXA_QUOTES = [
    "Thanks for getting in touch. I've passed this to the relevant team and someone will come back to you shortly.",
    "Thank you for your email. Could you confirm the workspace number and the name of the user affected so we can look into this?",
    "Thanks for your call earlier. As discussed, I've attached our quick reference guide. Let me know if there's anything else.",
    "Your request has been logged with our support team under the reference in the subject line. Please quote it in any further correspondence.",
    "Hi, just following up on your enquiry last week. Is there anything further we can help with on this workspace?",
]
FWD_NEUTRAL = [
    ("PEXA Notifications <no-reply@pexa-notify.example>", "Workspace update",
     "A new participant has joined workspace {ws}. Please log in to review the workspace details."),
    ("PEXA Notifications <no-reply@pexa-notify.example>", "Settlement scheduled",
     "Settlement for workspace {ws} has been scheduled. You can view the settlement schedule from the workspace overview."),
    ("PEXA Support <support@pexa-demo.example>", "Your support request",
     "Thank you for contacting PEXA Support. Your request has been received and given the reference {ref}."),
]

RAMBLE_PRE = [
    "Apologies in advance, this is going to be a long one and I'm writing it between calls, so bear with me if it jumps about a bit.",
    "I've sat down a couple of times to write this and kept getting pulled away, so sorry if it isn't as tidy as it should be.",
    "Bit of background first, because I think it helps. I've been doing residential conveyancing for the best part of twenty years, mostly on the sales side, and I've used just about every case management system going.",
    "I'm not very good with emails so I'll just explain everything from the start and hopefully it makes sense.",
    "Sorry for the essay. It's been one of those weeks and I want to make sure everything is in one place so nobody has to go digging.",
]
RAMBLE_POST = [
    "Anyway, I think that's everything. If I've missed something I'm sure I'll remember it at about eleven o'clock tonight.",
    "I'll be in the office Monday to Thursday if it's easier to talk it through, although Tuesdays are mostly completions so afternoons are better.",
    "For what it's worth our office moved in the summer so if you have the old Station Road address on file that's why the post sometimes goes astray, but that's a separate thing.",
    "I've copied in my colleague so she's aware, she covers my files when I'm out.",
    "Sorry again for the length of this.",
]
MOBILE_SIG = ["Sent from my iPhone", "Sent from my Samsung Galaxy smartphone.", "Sent from Outlook for Android",
              "Get Outlook for iOS", "Sent from Yahoo Mail on Android", ""]


def rnd_name(rng):
    return rng.choice(FIRST), rng.choice(LAST)


def make_addr(rng, first, last, domain):
    style = rng.randrange(5)
    if style == 0:
        local = f"{first}.{last}"
    elif style == 1:
        local = f"{first[0]}.{last}"
    elif style == 2:
        local = f"{first}{last[0]}"
    elif style == 3:
        local = f"{first[0]}{last}"
    else:
        local = f"{first}.{last}{rng.randrange(1, 99)}" if "." in domain and domain in CONSUMER_DOMAINS else f"{last}.{first}"
    return f"{local.lower().replace(' ', '')}@{domain}"


def persona(rng, role):
    first, last = rnd_name(rng)
    if role in ("law", "lender"):
        firm, domain, _ = rng.choice(LAW_FIRMS if role == "law" else LENDERS)
        title = rng.choice(LAW_TITLES if role == "law" else LENDER_TITLES)
        addr = make_addr(rng, first, last, domain)
        phone = f"0{rng.choice(['113', '114', '117', '121', '161', '1392', '118', '131', '20'])} {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}"
        sigstyle = rng.randrange(3)
        if sigstyle == 0:
            sig = f"{first} {last}\n{title}\n{firm}\nT: {phone}"
        elif sigstyle == 1:
            sig = f"{first} {last} | {title} | {firm}\nDirect dial {phone}"
        else:
            sig = f"{first}\n\n{first} {last}\n{title}, {firm}"
        return dict(first=first, last=last, addr=addr, firm=firm, domain=domain, sig=sig, kind="firm")
    if role == "vendor":
        domain = rng.choice(["leadbridge.io", "conveyflow.co.uk", "scanright-solutions.com", "growthpeak.agency"])
        addr = make_addr(rng, first, last, domain)
        return dict(first=first, last=last, addr=addr, firm=domain.split(".")[0].title(), domain=domain,
                    sig=f"{first} {last}\nBusiness Development\n{domain}", kind="firm")
    domain = rng.choice(CONSUMER_DOMAINS)
    addr = make_addr(rng, first, last, domain)
    sig = rng.choice([f"{first} {last}", first, f"{first} {last}\n{rng.randrange(1, 120)} {rng.choice(['Mill Lane', 'Church Street', 'Beech Avenue', 'Kingsway', 'Hollybank Road', 'The Crescent'])}"])
    return dict(first=first, last=last, addr=addr, firm="", domain=domain, sig=sig, kind="person")


def fmt_date(rng):
    d = rng.randrange(1, 28)
    m = rng.choice(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct"])
    t = f"{rng.randrange(8, 18):02d}:{rng.randrange(0, 60):02d}"
    return f"{d} {m} 2026 at {t}"


def quote_block(rng, who, text):
    text = text.strip("\n")
    style = rng.randrange(2)
    if style == 0:
        return f"On {fmt_date(rng)}, {who} wrote:\n" + quote_lines(text)
    head = f"-----Original Message-----\nFrom: {who}\nSent: {fmt_date(rng).replace(' at', '')}\n"
    return head + "\n" + text


def typoify(rng, text, rate=0.07):
    """Letter edits in about `rate` of the words of 5+ letters, never in a "compl..." word."""
    return edit_words(text, rng, lambda w: len(w) >= 5 and "compl" not in w.lower() and rng.random() <= rate)


def to_html(paras_text, rng):
    esc = escape_html(paras_text)
    paras = [p for p in esc.split("\n\n")]
    font = rng.choice(["Calibri, sans-serif", "Arial, Helvetica, sans-serif", "Aptos, sans-serif",
                       "'Segoe UI', sans-serif"])
    body = "\n".join(f"<p style=\"margin:0 0 10px 0\">{p.replace(chr(10), '<br>')}</p>" for p in paras)
    return (f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
            f"<body><div style=\"font-family:{font};font-size:11pt\">\n{body}\n</div></body></html>")


ENVELOPES_PERSON = ["plain", "disclaimer", "quote", "fwd", "html", "subject_only", "oneline",
                    "typo", "mobile", "long"]


def build_variant(sc, env, rng):
    role = sc["role"]
    p = persona(rng, role if role in ("law", "lender", "vendor") else "consumer")
    if sc["sender"]:
        frm = sc["sender"]
        sig = sc["sign"] or frm.split("<")[0].strip()
    elif role == "tp" and sc["sign"]:
        org = sc["sign"].split("\n")[-1]
        if re.search(r"\bMSP\b", org):
            dom = "parliament.scot"
        elif re.search(r"\bMP\b|House of Commons", sc["sign"]):
            dom = "parliament.uk"
        else:
            words = re.sub(r"[^a-z ]", "", org.lower().replace("&", " ")).split()
            words = [w for w in words if w not in ("solicitors", "for", "mr", "ansell", "office", "of", "llp",
                                                    "volunteer", "adviser", "money", "and", "housing")]
            dom = "".join(words[:3]) + (".org.uk" if "citizens" in words or "age" in words else ".co.uk")
        frm = f"{p['first']} {p['last']} <{make_addr(rng, p['first'], p['last'], dom)}>"
        sig = f"{p['first']} {p['last']}\n{sc['sign']}"
    else:
        frm = f"{p['first']} {p['last']} <{p['addr']}>"
        sig = sc["sign"] or p["sig"]
    firmish = role in ("law", "lender", "vendor")
    greet = rng.choice(GREET_FIRM if firmish else GREET_CONSUMER)
    signoff = rng.choice(SIGNOFF)
    core = sc["body"].replace("{first}", p["first"]).replace("{firm}", p["firm"] or "our firm")
    subject = sc["subject"]
    body_parts = []
    if greet and env not in ("oneline", "subject_only"):
        body_parts.append(greet)
    if env == "long":
        body_parts.append(rng.choice(RAMBLE_PRE))
    body_parts.append(core)
    if env == "long":
        body_parts.append(rng.choice(RAMBLE_POST))
    body_parts.append(f"{signoff}\n{sig}" if env != "mobile" else p["first"].lower())
    body = "\n\n".join(body_parts)
    headers = {}
    html = False
    if env == "disclaimer" and firmish:
        pool = [d for d in DISCLAIMERS if ("Solicitors Regulation" not in d or role == "law")
                and ("Prudential" not in d or role == "lender")]
        body += "\n\n" + rng.choice(pool).replace("{firm}", p["firm"]).replace("{domain}", p["domain"])
    elif env == "disclaimer":
        body += "\n\n" + rng.choice(MOBILE_SIG[:5])
    elif env == "typo":
        body = typoify(rng, body)
    elif env == "mobile":
        body = body.lower().replace("’", "'")
        body = re.sub(r"\.\s*\n\n", ". ", body) if rng.random() < 0.5 else body
        ms = rng.choice(MOBILE_SIG)
        if ms:
            body += "\n\n" + ms
        subject = subject.lower()
    elif env == "html":
        html = True
    elif env == "subject_only":
        subject, body = sc["short"], ""
    elif env == "oneline":
        body = sc["short"]
        if rng.random() < 0.5:
            body += "\n" + p["first"]
    elif env == "quote":
        if not subject.lower().startswith("re:"):
            subject = "RE: " + subject if rng.random() < 0.5 else "Re: " + subject
        body += "\n\n" + quote_block(rng, rng.choice(["PEXA Support <support@pexa-demo.example>",
                                                       "PEXA Customer Service <help@pexa-demo.example>"]),
                                     rng.choice(PEXA_QUOTES))
    elif env == "fwd":
        fr, sj, tx = rng.choice(FWD_NEUTRAL)
        tx = tx.replace("{ws}", f"{rng.randrange(10, 99)}-{rng.randrange(10000, 99999)}").replace(
            "{ref}", f"SR-{rng.randrange(100000, 999999)}")
        body += (f"\n\n---------- Forwarded message ---------\nFrom: {fr}\nDate: {fmt_date(rng)}\n"
                 f"Subject: {sj}\nTo: <{p['addr']}>\n\n{tx}")
    if sc["fwd"]:
        fr, sj, tx = sc["fwd"]
        body += (f"\n\n---------- Forwarded message ---------\nFrom: {fr}\nDate: {fmt_date(rng)}\n"
                 f"Subject: {sj}\nTo: <{p['addr']}>\n\n{tx.strip()}")
        if not subject.lower().startswith(("fw", "re:")) and env != "subject_only":
            subject = "Fwd: " + subject
    if sc["quote"]:
        who, qt = sc["quote"]
        body += "\n\n" + quote_block(rng, who, qt)
        if not subject.lower().startswith(("re:", "fw", "fwd")) and env != "subject_only":
            subject = "Re: " + subject
    if html:
        body = to_html(body, rng)
    if sc["html"] and not html:
        html = True
        body = to_html(body, rng)
    return frm, subject, body, headers, html


def choose_envs(sc, rng):
    if sc["short"]:
        pool = ENVELOPES_PERSON
    else:
        pool = [e for e in ENVELOPES_PERSON if e not in ("subject_only", "oneline")]
    n = rng.choice([2, 3, 3, 3, 4])
    first = "disclaimer" if sc["role"] in ("law", "lender") and rng.random() < 0.5 else "plain"
    rest = [e for e in pool if e != first]
    rng.shuffle(rest)
    envs = [first] + rest[:n - 1]
    if sc["quote"] or sc["fwd"]:
        envs = [e for e in envs if e not in ("oneline", "subject_only", "quote", "fwd")] or ["plain"]
        if len(envs) < 2:
            envs.append("html" if "html" not in envs else "typo")
    return envs


def default_note(lab, sc):
    if lab["auto_generated"]:
        return "Machine-generated message, so auto_generated=true and every other label is empty."
    if not lab["complaint"]:
        bits = "No dissatisfaction with an expected remedy in the new text, so not a complaint"
        if lab["rights"]:
            bits += f"; rights asked for: {', '.join(lab['rights'])}"
        if lab["breach"]:
            bits += "; the message reports data sent or exposed to the wrong person, so breach=true"
        return bits + "."
    kind = "Explicit" if lab["explicit"] else "Implicit"
    s = f"{kind} complaint (dissatisfaction plus an expected response), main root cause {lab['category']}"
    if lab["about_other_firm"]:
        s += f"; consumer's grievance is purely with a participant firm, so forward (about_other_firm={lab['about_other_firm']})"
    if lab["third_party"]:
        s += "; written on someone else's behalf"
    if lab["rights"]:
        s += f"; rights: {', '.join(lab['rights'])}"
    return s + "."


AUTO_QUOTED = [
    "Dear Sir/Madam, thank you for your complaint about the settlement on 2 Wren Close. We have logged it under reference PX-C-30791 and will respond within 5 business days.",
    "Hi, following up on our call - please could you confirm the workspace number for the failed lodgement so we can investigate?",
    "Dear Ms Hartigan, we have now completed our review of your complaint and enclose our final response.",
    "Thank you for your request for a copy of your personal data. We need to verify your identity before we can respond.",
    "Hello, just a reminder that your training session is booked for Thursday at 10am.",
]
OOO_RE = re.compile(r"out of (the )?office|on leave|annual leave|away (until|from)|part time|closed (for|from)|"
                    r"maternity leave|working from home|on holiday|wyliau|back on", re.I)


def auto_variants(sc, rng):
    """Auto-generated mail: as given; a header-less copy where the text alone gives it away;
    for out-of-office style replies, copies quoting a different original message."""
    base = (sc["sender"], sc["subject"], sc["body"], dict(sc["headers"]), sc["html"])
    out = [base]
    sender = (sc["sender"] or "").lower()
    bounce = any(x in sender for x in ("mailer-daemon", "postmaster", "microsoft outlook")) or \
        "report-type" in sc["headers"].get("content-type", "")
    is_list = any(k in sc["headers"] for k in ("list-unsubscribe", "list-id"))
    ooo = bool(OOO_RE.search(sc["body"]))
    if sc["headers"] and not bounce and not is_list:
        out.append((sc["sender"], sc["subject"], sc["body"], {}, sc["html"]))
    if ooo:
        originals = ([sc["short"]] if sc["short"] else []) + rng.sample(AUTO_QUOTED, 2)
        for q in originals[:2]:
            subj = "Automatic reply: " + re.sub(r"^(Automatic reply|Out of Office|Auto|RE: Re)\s*:?\s*", "", sc["subject"], flags=re.I)
            out.append((sc["sender"], subj, sc["body"] + "\n\n" +
                        quote_block(rng, "PEXA Customer Resolution <complaints@pexa-demo.example>", q),
                        dict(sc["headers"]) if rng.random() < 0.5 else {}, sc["html"]))
    elif is_list and not sc["html"]:
        out.append((sc["sender"], sc["subject"], to_html(sc["body"], rng), dict(sc["headers"]), True))
    return out


# ===========================================================================
# SCENARIOS (hand-written)
# ===========================================================================
# --- BEGIN SCENARIOS ---
# ---- PEXA's own service: implicit and explicit complaints -------------------
S("c:platform_defect", "law", "Workspace 44-20193 stuck - funds not moving",
  """Our purchase at 17 Larch Rise settled at 12.10 according to the workspace, but the seller's solicitors are telling us no money has arrived and the status has now flipped back to 'settlement pending'. We have buyers sitting outside the property with a van. Nobody on your support line can tell us where the funds actually are.

I need someone technical to look at this now and call me back within the hour, and I will want a written explanation of what happened afterwards.""",
  short="Workspace 44-20193 says settled, seller says no funds, buyers waiting outside - need a call back NOW")
S("c:platform_defect", "law", "Login failures all morning",
  """None of the four conveyancers in our office has been able to log in since about 9.15. We get to the two-factor screen, enter the code and it just sends us back to the start. We have two completions booked for today and can't see either workspace.

Your status page says all systems operational, which is not helpful. Can you please fix this urgently and confirm what has gone wrong so we can tell our clients.""",
  short="cant log in since 9.15, 2FA loops back to start, 2 completions today - please fix urgently")
S("C:platform_defect", "law", "Formal complaint - lodgement rejected twice by system error",
  """I am writing to make a formal complaint. The HM Land Registry lodgement for 3 Saxon Way has now been rejected twice, both times with the message 'internal validation error 5012', which your own support team confirmed is a fault on the PEXA side. Our client's mortgage charge is still not registered nine days after completion and the lender is chasing us.

Please treat this as a complaint under your complaints procedure, confirm the reference, and tell me when the lodgement will actually go through.""",
  short="Formal complaint: Saxon Way lodgement rejected twice by your error 5012")
S("c:platform_defect", "lender", "Duplicate payment instruction generated",
  """The platform generated two identical payment instructions for the discharge of our mortgage on workspace 61-88214 and both went through to the settlement bank. We have now paid out £212,406.55 twice. Our treasury team spotted it this morning.

We need the duplicate reversed today and an explanation of how the system allowed it. Please confirm who is dealing with this.""",
  short="Platform sent our discharge payment twice on 61-88214 - £212k paid twice - reverse today please")
S("c:platform_defect", "law", "Documents disappearing from workspace",
  """For the second week running, documents we upload to the workspace (TR1 and the signed authority) are showing as uploaded and then vanish after we refresh. Today it happened on three files. We have had to re-upload each one and then ring the other side to check they can see it.

This is wasting a lot of fee-earner time. Please look into it properly and let me know when it's fixed.""")
S("c:platform_defect", "law", "Settlement failed at 2pm - no reason given",
  """Settlement on 9 Fernbank Close failed at 2pm today with no reason shown. All parties had signed, the lender's funds were confirmed and the balance was correct. Your support agent said 'it just does that sometimes'. That is not an acceptable answer when a family has been left without keys overnight.

I want to know exactly why it failed and who is going to pay for our clients' hotel tonight.""",
  short="Fernbank Close settlement failed 2pm no reason - who pays the clients hotel?")
S("c:platform_defect", "lender", "Notifications not being sent",
  """We've realised that since the update on the 3rd our completions inbox has not received a single workspace invitation email from PEXA. We only found out because a broker rang to ask why we hadn't joined a workspace that's due to settle on Friday. Goodness knows how many others we've missed.

Can you please find out what's broken, resend the outstanding invitations and confirm in writing when it's sorted.""")
S("c:platform_defect", "law", "Signing keeps failing",
  """Every time our partner tries to digitally sign the transfer on workspace 38-11720 she gets 'certificate could not be validated' and has to start again. She has tried on two laptops and both browsers you recommend. The completion is tomorrow morning.

We need this fixed today or we need an alternative way to sign that you will accept. Please ring me.""",
  short="partner cannot sign TR1 - certificate error every time - completion tomorrow, ring me")
S("C:platform_defect", "law", "Complaint - outage on Friday completions",
  """I wish to complain about Friday's outage. The platform was down from roughly 11.40 until after 3pm, on the busiest completion day of the month. We had six matters due to settle and only two did. We received no proactive communication from PEXA at all: we found out from a client.

I would like a full explanation, details of what you are changing, and your proposals for the costs our clients incurred. Please log this as a complaint.""",
  short="Complaint about Friday's 11.40-3pm outage - 4 of our 6 completions failed")
S("c:platform_defect", "law", "Balance figures wrong in financial settlement schedule",
  """The financial settlement schedule on 52-40018 is adding the SDLT line twice when it totals the source of funds, so it shows we're short by £8,750 when we aren't. I can see the figures are right line by line, it's the total that's wrong, and it won't let us lock the schedule.

This needs correcting before Thursday. Can someone from your technical team confirm they've seen it and when it'll be fixed?""")

S("c:usability", "law", "New dashboard",
  """Since the new dashboard went live last week our team cannot find anything. The workspace list no longer shows the property address, only the workspace number, and the filter resets every time you go back. One of my conveyancers joined the wrong workspace yesterday because of it.

It is honestly slower than paper. Please either put the address column back or tell us how to get it back, and I'd like someone to explain why this was changed without asking users.""",
  short="new dashboard has no property address column - we joined the wrong workspace - put it back please")
S("c:usability", "law", "Screen reader doesn't work with settlement screens",
  """I'm a conveyancer with a visual impairment and I use a screen reader. The new settlement schedule page reads out every field as 'edit text, blank' with no labels, so I cannot tell which box is which without a colleague sitting with me. The old version was fine.

I'd like to know what you're going to do about this and when, because at the moment I can't do my job independently on your platform.""")
S("c:usability", "lender", "Too many clicks to release funds",
  """Releasing funds now takes eleven separate clicks and two pop-up confirmations per workspace, where it used to take four. With forty-plus completions on a Friday our team is losing hours. Several staff have accidentally confirmed the wrong workspace because the pop-ups look identical.

We'd like this looked at as a matter of priority and a response setting out what you will change.""")
S("c:usability", "law", "date format on the new forms",
  """The new settlement date picker defaults to American format (month/day). Twice this week a colleague has entered 04/11 meaning 4 November and it's saved as 11 April. It isn't obvious at all until you go back and check the summary page.

Can this please be changed to UK format, or at least made clearer, and can you confirm what you're doing about it?""",
  short="date picker is in US format - we keep booking the wrong settlement date - please change")
S("c:usability", "law", "Mobile app unusable",
  """Your mobile app is practically unusable on a phone. Half the buttons are off the edge of the screen, you can't scroll the participant list and the text is tiny. I'm often out of the office on completion day and I was told the app was the way to keep an eye on things.

Either fix it or stop telling people to use it. I'd appreciate a reply explaining which is going to happen.""")
S("c:usability", "law", "Error messages mean nothing",
  """When something goes wrong your system just says 'Action could not be completed (code 417)'. No explanation, no link, nothing. It took me forty minutes on the phone to find out that 417 means the other side hasn't accepted the invitation yet.

Please change the messages so a normal person can understand them, and can someone let me know if that's going to happen.""")

S("c:process", "law", "Why do we have to re-verify every 90 days?",
  """We are being made to re-verify the identity of every subscriber in our firm every 90 days, which means re-uploading passports and a selfie video for twelve people. No other system we use requires this and it takes each person about half an hour. Staff have been locked out mid-transaction when the 90 days expired.

I'd like to understand why the rule is set this way and whether it can be changed. Please can someone senior respond.""")
S("C:process", "law", "Complaint about 48-hour change freeze",
  """I'd like to register a complaint about your rule that settlement figures can't be changed in the 48 hours before settlement without a manual request. Last-minute apportionment changes are normal in conveyancing. Because of the freeze we had to move a completion by a day and our client lost their removal booking.

The rule doesn't fit how transactions actually work. Please review it and respond to me formally.""",
  short="Complaint - your 48 hour figure freeze made us move a completion")
S("c:process", "lender", "Paper discharge still required",
  """We were sold PEXA on the basis that it would remove the need for paper discharges. We are still being asked to post a signed DS1 for every redemption where the borrower's solicitor isn't on the platform, and now your team also wants a scanned copy uploaded. That's twice the work, not half.

We'd like an explanation of why this is required and a commitment to review it. At the moment we are struggling to justify the fees internally.""")
S("c:process", "law", "Funds can only go to one account",
  """Your process only allows sale proceeds to be paid to one nominated account per seller. Our clients are a separated couple who each want their share paid to their own account, which is perfectly normal. We've been told the only way is for the whole amount to come to our client account and for us to pay it out separately, with extra cost and delay.

Please can you reconsider this and let me know what can be done for this matter in the meantime.""")
S("c:process", "law", "Mandatory video call for new subscribers",
  """Requiring a live video call with your onboarding team for every new subscriber in an existing firm is excessive. We've had three new staff join and we're waiting up to two weeks for a slot each. They can't work on the platform in the meantime.

Please explain why this is necessary for people joining an already verified firm and whether we can be exempted.""")

S("c:wait_time", "law", "On hold 50 minutes",
  """I have just spent 50 minutes on hold to your support line and was then cut off when I finally got through. This is the second time this week. I had a simple question about a workspace invitation that could have been answered in two minutes.

I need a call back today on the number below, and I'd like to know what you're doing about the phone queues.""",
  short="50 mins on hold then cut off, second time this week - call me back today")
S("c:wait_time", "lender", "Live chat never answered",
  """Your live chat showed 'an agent will be with you shortly' for over an hour and a half yesterday afternoon and nobody ever came. We had three settlements in progress. The phone line message just says to use live chat.

How are we supposed to get help on completion day? Please respond and let us know what the actual waiting times are supposed to be.""")
S("c:wait_time", "law", "callback never came",
  """I rang at 10am, was told the queue was too long and I'd get a call back within the hour. It's now 4pm and nothing. I rang again and was told to wait again. I have a client who needs an answer today.

Please can someone actually ring me back, and I'd like an explanation of why the promised callback didn't happen.""",
  short="promised callback within the hour at 10am, still nothing at 4pm - please ring")
S("c:wait_time", "law", "Impossible to get through on completion days",
  """Every Friday for the past month your support line has played the 'we are experiencing high call volumes' message and then disconnected. Fridays are when we need you most. Last Friday I tried eleven times.

Please can someone explain what is being done about staffing on peak days and give us a number that actually gets answered.""")

S("c:service_quality", "law", "Rude support agent",
  """I called your support line this morning about a failed invitation and the agent I spoke to was extremely rude. He talked over me, told me I 'obviously hadn't read the guide' and then put the phone down on me. I've been a conveyancer for 18 years and I've never been spoken to like that by a supplier.

I expect an apology and I'd like to know what will be done about it.""",
  short="Your support agent was rude to me and hung up this morning - I expect an apology")
S("c:service_quality", "lender", "Three different answers from three people",
  """We asked the same question about split loan settlements three times and got three different answers from three members of your team, one of which turned out to be impossible on the platform. We ended up reworking the whole instruction the night before completion.

We need a single, correct answer in writing and someone to look into why your team isn't giving consistent guidance.""")
S("C:service_quality", "law", "Complaint about account manager",
  """I want to complain about the way our account manager has dealt with us. He cancelled our quarterly review twice at an hour's notice, hasn't replied to three emails about our fees, and when I finally got hold of him he said he'd 'lost track' of our firm.

We're a 40-user firm. Please can someone else take over our account and respond to this complaint properly.""",
  short="Complaint re our account manager - cancelled twice, ignored 3 emails")
S("c:service_quality", "law", "ticket closed without being resolved",
  """Our support ticket about the missing workspace history has been closed twice as 'resolved' when nothing has been done. Both times I got an automated survey asking how we did. The history is still missing and we need it for a file audit next week.

Please reopen it, actually look at it, and let me know who is dealing with it.""",
  short="ticket SR-551902 closed twice as resolved but nothing done - please reopen")
S("c:service_quality", "law", "Told to 'just wait'",
  """When our settlement didn't go through, all your team would say was 'just wait and it will sort itself out'. Nobody checked anything, nobody escalated it, and it didn't sort itself out. In the end our clients completed the following day.

I don't think that's good enough and would like a proper response about how the call was handled.""")
S("c:service_quality", "lender", "Support sent us someone else's instructions",
  """The guidance your support team sent us to fix a failed discharge was for a completely different type of transaction, and following it made things worse. When we queried it, the agent admitted he hadn't read our ticket properly.

We'd like someone senior to review how this was handled and confirm that our issue is now with someone who understands it.""")

S("c:inaccurate_information", "law", "Wrong cut-off advice",
  """Your support team told us on Monday that same-day settlements could be booked up to 3.30pm. On Friday our 3.05pm booking was refused and we were told the cut-off is actually 2pm and always has been. Our clients completed on Monday instead and lost two nights in a hotel.

Please confirm what the correct cut-off is, in writing, and tell me how you intend to put this right for our clients.""",
  short="your team told us 3.30pm cut off, its 2pm - clients lost 2 nights in a hotel")
S("c:inaccurate_information", "lender", "Fee schedule on website is out of date",
  """The fee schedule on your website still shows the 2025 per-workspace fee. We budgeted on that basis and signed off our annual costs, and have now been invoiced at the new rate. Nobody told us the website was wrong.

Please correct the website and explain why we weren't told. We expect you to honour the published figure for this quarter.""")
S("c:inaccurate_information", "law", "Told the lender was on the platform - it wasn't",
  """Your onboarding team assured us that Calder Mutual was live on PEXA, so we told our buyers we could complete electronically. Two days before completion we found out they aren't a participant at all and we had to revert to a traditional completion, with a day's delay.

I'd like an explanation of where that information came from and what you're going to do so we don't get the same wrong answer again.""")
S("C:inaccurate_information", "law", "Complaint - incorrect guide caused SDLT error",
  """This is a complaint about your published user guide. Section 6.2 says the SDLT figure is pulled automatically from the return. It isn't: it has to be entered manually. We relied on the guide, left the field blank and the settlement schedule went through £14,200 short. We had to fund the shortfall from our own office account overnight.

Please correct the guide and respond to this complaint in writing.""")
S("c:inaccurate_information", "law", "Status showed registered when it wasn't",
  """The workspace for 8 Corrie Gardens showed 'Registered' three weeks ago, so we closed our file and sent the client the completion pack. We've now had a letter from HM Land Registry asking for requisitions on the application, which was never actually completed.

The status on your platform was wrong and we relied on it. Please find out what happened and confirm what the workspace should have shown.""")
S("c:inaccurate_information", "law", "your webinar said the opposite",
  """In your webinar on 12 October the presenter said that a lender's discharge could be added after the workspace is locked. It can't. We planned three completions around that and all three had to be unlocked and re-signed, with the other side not happy.

Could you please confirm the correct position and make sure the recording is corrected? And I'd like to know how that got said in the first place.""")

S("c:delay", "law", "No reply for three weeks",
  """I emailed your support team on 14 October asking why our firm's second office hasn't been added to our subscription. I've sent two follow-ups since. Nothing. Not even an acknowledgement. Our Leeds team is still having to send every matter through Manchester.

Please can someone actually reply and get this done.""",
  short="3 weeks, 2 chasers, no reply about adding our Leeds office")
S("C:delay", "law", "Complaint response overdue",
  """I made a complaint on 2 September about the failed settlement at Holloway Terrace. Your acknowledgement said I'd have a final response within eight weeks. It's now been ten and I've heard nothing further.

Please treat this as a complaint about the delay as well, and tell me when I'll get a response.""",
  short="My complaint of 2 Sept is now 10 weeks old with no response")
S("c:delay", "lender", "Still waiting for refund",
  """We were told on 30 September that the duplicated workspace fees would be credited within 10 working days. It's the middle of November and nothing has appeared on our statement. I have asked twice.

Please let me know when the credit will be applied, and why it has taken this long.""")
S("c:delay", "law", "Lodgement still pending after a month",
  """Our lodgement for 44 Ash Grove has sat at 'lodgement pending' for 31 days. The Land Registry confirm they haven't received it. Your team have said twice that it is 'with the relevant team'. Our client is trying to remortgage and can't until the title is updated.

I need to know where this is and when it will be lodged.""",
  short="Ash Grove lodgement pending 31 days, LR havent got it - when?")
S("c:delay", "law", "Re: Query about user licences",
  """This is now my fourth email on this. Please can someone answer the question below. We need to know before our budget meeting on Thursday.""",
  quote=("Practice Manager", "Hello, could you tell us whether unused user licences can be transferred between our two offices, or whether we need to buy separate ones for each branch? Thanks."),
  note="A 'fourth email, please answer' chaser on a neutral quoted question is a complaint about delay; the quoted enquiry itself is neutral.")
S("c:delay", "lender", "Re: Discharge query 61-77302",
  """Following up again - eight working days and still no answer. Our borrower's solicitors are chasing us daily and we are in the middle. Please respond today.""",
  quote=("Completions Team", "Hi, can you confirm whether a discharge can be lodged if the borrower's conveyancer has withdrawn from the workspace? Many thanks."),
  note="A chaser complaining of eight working days without an answer is an implicit complaint about delay even though the quoted original is neutral.")

S("c:training", "law", "Training session cancelled again",
  """This is the third time the 'Introduction to Settlement' session we booked for our new starters has been cancelled, each time the day before. Two of them have now been with us six weeks and still can't use the platform on their own.

Please can you book them onto a session that will actually go ahead and let me know why these keep being cancelled.""",
  short="intro training cancelled the day before for the 3rd time - please rebook")
S("c:training", "law", "Training videos out of date",
  """The training videos in your learning portal show the old version of the platform. Half the screens don't look like that any more and the buttons they tell you to press have moved or been renamed. Our trainee spent a morning trying to follow them and gave up.

Can the videos please be updated, and in the meantime can you arrange some live training at no extra cost?""")
S("c:training", "law", "trainer could not answer questions",
  """We paid for a half-day on-site training session for eight staff. The trainer clearly didn't know the lender side of the platform at all and said 'I'll have to come back to you' to almost every question. He never came back to us.

We'd like the questions answered and either a refund or a proper session with someone who knows the system.""")
S("C:training", "lender", "Complaint - certification test marked wrongly",
  """I want to complain about the subscriber certification test. Three of my team failed the test although we've checked their answers against your own training notes and they were right. The test marks 'Financial settlement' as the answer to a question the notes say is 'Lodgement'. They now can't work on the platform until they resit.

Please review their results urgently and respond to this complaint.""")
S("c:training", "law", "Training only in English",
  """Hello, I am the new office manager in our firm and my English is ok but not perfect. The training for new users is very fast and only with the videos, no text or subtitle, and the test after it I failed two times because of understanding the question, not the system. Is very frustrating.

Please can you give the materials in written form or subtitles, and let me do the test again without paying the extra fee. I wait your answer.""")

S("c:onboarding", "law", "Registration stuck for six weeks",
  """We applied to join PEXA on 22 September. Since then we've uploaded our SRA details, insurance certificate, bank letter and ID for both partners, each time because we were told something else was needed. It is now six weeks and we're still 'pending verification'. Our clients are asking why we can't complete digitally like the firm on the other side.

Please can someone take ownership of this and tell us exactly what is outstanding.""",
  short="our PEXA registration has been pending for 6 weeks - what is outstanding?")
S("c:onboarding rights=automated_decision", "law", "Application rejected by the system",
  """Our application was rejected automatically because our firm's name on the SRA register includes '& Co' and the name on our bank letter doesn't. It's the same firm. Nobody looked at it, it was just a system email saying 'application declined'.

We'd like a person, not the system, to review the application properly and let us know the outcome, please.""",
  note="Automatic rejection plus a demand for a human review: implicit onboarding complaint with the automated_decision right; personal_data stays false because the grievance is onboarding.")

S("c:onboarding", "lender", "Onboarding our second brand",
  """We've been trying to onboard our intermediary lending brand for two months. Every call with your onboarding team ends with a new form we hadn't been told about, and the latest request is for board minutes we already sent in August. Our go-live date has been missed and our project team is stood around waiting.

Please can someone give us a complete list of what's actually outstanding and a firm date, and explain why this has taken so long.""")
S("C:onboarding", "law", "Complaint - ID verification of new partner",
  """Please accept this as a formal complaint about your identity verification process for our new partner. She has failed your online ID check four times because the system can't read her Irish passport card, and each time we're told to 'try again in better light'. She is now the only partner who can authorise settlements in our Truro office and can't.

I expect someone to verify her manually this week.""")
S("c:onboarding", "law", "Welcome pack never arrived",
  """We were approved three weeks ago but never received the login details or welcome pack we were promised 'within two working days'. I've emailed onboarding@ twice. Meanwhile we've told two clients we'd be completing via PEXA.

Can you please send the details today and tell me why they weren't sent.""",
  short="approved 3 wks ago, no login details ever sent - please send today")
S("c:onboarding", "law", "onboarding call no-show",
  """We had an onboarding call booked with your team for 10am today. Three of us sat waiting on Teams for half an hour and nobody joined. No email, no apology. It's the second time.

Please rebook with someone who will turn up and let me know what happened.""")

S("C:fees_charges", "law", "Complaint - charged for a workspace that never settled",
  """We've been charged the full workspace fee for 12 Brook Street even though the transaction fell through before exchange and the workspace was abandoned. Your terms say fees apply on settlement. I've raised it with accounts twice and just get told the invoice is 'correct'.

I want to make a formal complaint and have the fee credited.""",
  short="Complaint: charged full fee on abandoned workspace 12 Brook Street")
S("c:fees_charges", "lender", "Invoice has doubled",
  """Our October invoice is almost double September's although our volume was slightly down. Looking at the detail, every refinance workspace has been charged twice, once as 'settlement' and once as 'discharge'. That isn't how our contract works.

Please correct the invoice and confirm the charges will be right going forward. We won't be paying the disputed part until it's fixed.""")
S("c:fees_charges", "law", "Late payment fee",
  """We've been charged a £75 late payment fee on an invoice that we paid on the due date. Our bank confirms it left our account on 1 November. I have sent the remittance.

Please remove the fee and let me know it's been done.""",
  short="£75 late fee on an invoice we paid on time - please remove")
S("c:fees_charges", "law", "Price increase with no notice",
  """We've just received an invoice showing the per-transaction fee has gone up by 18% from this month. We had no notice of the increase at all. We quote our clients fixed fees months in advance and can't pass this on.

Please explain why no notice was given and confirm you will apply the old rate to matters that were already open.""")
S("c:fees_charges", "law", "Charged for users who left",
  """We're still being billed monthly for four users who left the firm in June. I asked for them to be removed at the time and have the email confirming it. That's five months at £30 each.

Please refund the charges and confirm they have actually been removed this time.""")
S("c:fees_charges", "lender", "Charged for training that was cancelled",
  """We were invoiced £1,200 for a training day that your team cancelled on the morning. We were told at the time we wouldn't be charged.

Please cancel the invoice and confirm in writing.""",
  short="invoiced £1,200 for training YOU cancelled - cancel the invoice please")

S("c:other", "public", "Parking outside your office",
  """Every morning this week cars belonging to visitors at your Fenchurch Street building have been parked across the entrance to our residents' car park. On Tuesday I couldn't get out for my hospital appointment. The building security said it wasn't their problem.

Please can someone sort this out with your visitors and let me know what you're doing.""")
S("c:other", "public", "Noise from your event",
  """Your company's event in the courtyard on Thursday evening went on with amplified music until nearly midnight. My children couldn't sleep and I have a newborn. Nobody from your firm gave the neighbours any warning.

I'd like an apology and an assurance it won't happen again.""")
S("c:other", "law", "Your sales team keep calling our partners",
  """Your sales team have rung our senior partner's mobile five times in a fortnight trying to sell an upgrade, though we've told them each time to go through me as practice manager. He's now asked me to 'sort it out'.

Please stop them calling him directly and confirm this has been noted.""")
S("c:other", "lender", "Conference seating",
  """At your customer conference last week our team were told at the door that our booked places had been 'released' and we had to stand at the back for the morning sessions. We travelled down from Newcastle for it.

We'd like an explanation and a refund of the delegate fees for the morning.""")

S("C:personal_data pd breach", "law", "Complaint - our client's details sent to another firm",
  """Your support team sent a screenshot of a workspace to a completely different law firm yesterday, and it showed our client's full name, new address, mortgage account number and the completion funds. The other firm forwarded it to us, which is the only reason we know. This is a serious complaint.

We need to know exactly what was sent, to whom, what you are doing to get it back and whether you've reported it to the ICO.""",
  short="Complaint: your support sent our client's workspace details to another firm")
S("c:personal_data pd breach", "law", "Another firm can see our client in the workspace",
  """A conveyancer from a firm not involved in our matter has been added to workspace 73-10442 and can see our sellers' names, contact details and bank account for the proceeds. We didn't invite them and nor did the buyer's solicitor. It looks like your system matched them on a similar firm name.

Please remove them immediately, tell us what they could see and since when, and explain how this happened.""",
  short="a firm we never invited can see our sellers bank details in 73-10442 - remove them now")
S("c:personal_data pd", "law", "My profile shows the wrong details",
  """My user profile still shows my maiden name and my old mobile number, which means two-factor codes go to a phone I no longer have. I updated it in the portal twice and it reverted both times. It's my personal information and it's wrong, and it's locking me out.

Please correct it and confirm what details you actually hold on me.""",
  note="Inaccurate personal data shown and not corrected is a personal_data complaint; asking to correct it is rectification and asking what is held is access.")
SCENARIOS[-1]["labels"] = parse_labels("c:personal_data pd rights=rectification,access")
S("c:personal_data pd", "lender", "Why was my phone number shared",
  """I've started receiving sales calls on my personal mobile from a 'PEXA partner' offering searches. The only place I have ever given that number is my PEXA user profile, for two-factor codes. I never agreed to it being shared with anyone.

I'd like to know who you shared it with and why, and I expect it to stop.""",
  note="Personal data used in an unexpected way is a personal_data complaint; 'who you shared it with and why' asks for an explanation of the processing (informed).")
SCENARIOS[-1]["labels"] = parse_labels("c:personal_data pd rights=informed")
S("C:personal_data pd", "law", "Complaint - subject access request ignored",
  """I sent a subject access request to your data protection team on 3 August asking for a copy of the personal data you hold about me as a former user. It's now over three months and I've had no reply at all. This is my complaint about that.

Please send the data and an explanation of the delay.""",
  note="A data-rights request left unanswered is a personal_data complaint; the writer repeats the access request, so rights=access.")
SCENARIOS[-1]["labels"] = parse_labels("C:personal_data pd rights=access")
S("c:personal_data pd breach", "lender", "Borrower data visible on shared report",
  """The monthly settlement report you sent us includes about forty lines belonging to another lender, with borrowers' names, property addresses and loan amounts. We haven't opened anything further and have deleted it, but we'd like to know how it happened and whether our own borrowers' data has gone to someone else in the same way.

Please respond urgently.""",
  note="Another lender's borrower data was sent to the writer (a disclosure) and they demand an explanation: personal_data complaint with breach=true.")
S("c:personal_data pd", "law", "Marketing emails after I unsubscribed",
  """I unsubscribed from your marketing emails in July, twice. I'm still getting 'PEXA Insights' newsletters and event invitations at my work address, now about three a week. I'm also receiving them at my personal email which I never gave to your marketing team.

Stop sending me marketing and tell me where you got my personal address from.""",
  note="Marketing continuing after unsubscribing and use of an address never given: personal_data complaint; 'stop sending me marketing' is objection and 'where you got my address' is informed.")
SCENARIOS[-1]["labels"] = parse_labels("c:personal_data pd rights=objection,informed")
S("c:personal_data pd breach", "law", "Password reset sent to my former colleague",
  """My password reset email went to a colleague who left our firm in March, because your system still has her address linked to my account. She's kindly forwarded it, but it had my username, my mobile number and a link to reset my access.

How on earth is that still linked, and what else has she been getting? Please fix it and let me know.""")
S("c:personal_data pd", "consumer", "Why do you have my details",
  """I've had an email from PEXA about 'your property transaction' with my name, my new address and the date of my purchase. I've never heard of you and never agreed to anyone passing my information on. I'm quite upset that a company I don't know has all this.

Please tell me how you got my details and what you're doing with them.""",
  note="A consumer upset that PEXA holds and uses his data unexpectedly, about PEXA's own processing, so about_other_firm=null; asking how the data was obtained and used is the informed right.")
SCENARIOS[-1]["labels"] = parse_labels("c:personal_data pd rights=informed")

S("c:platform_defect", "lender", "API returning 500s",
  """Since 06:00 our integration has been getting HTTP 500 errors from your workspace API on roughly one call in three. Our overnight batch failed and 27 funds requests didn't get created. Your developer status page shows no incident.

We need an engineer to acknowledge this, a fix, and an incident report once it's resolved.""",
  short="your workspace API throwing 500s since 6am, 27 funds requests failed - need an engineer")
S("c:platform_defect", "law", "Settlement went through with the wrong figures",
  """We locked the settlement schedule on 29-55810 with the corrected redemption figure at 11.02. The settlement at 13.00 paid out the old figure, £1,140 short, to the lender. The audit trail shows our change. So the platform has settled on a version we'd already replaced.

Please investigate and explain how the shortfall is going to be put right, because our client is now being charged daily interest.""")
S("c:platform_defect", "law", "Uploads timing out",
  """Any document over about 4MB now times out on upload. Scanned leases are usually 10-20MB. We've had to split them into pieces, which the other side then query. This only started in the last fortnight.

Please fix it and let me know when.""",
  short="uploads over 4MB time out since 2 weeks ago - please fix")
S("c:platform_defect", "lender", "Reports missing transactions",
  """Our daily reconciliation export from PEXA has been missing transactions on four days this month. Finance only noticed because the bank statement didn't tie up. It means we've been manually checking every settlement against the bank, which defeats the point.

We need a fix and a corrected export for each of the affected days.""")

S("c:service_quality", "consumer", "Nobody would help me",
  """My purchase completion was held up on Friday and my solicitor told me 'it's a PEXA problem' so I rang your number. The person I spoke to said they couldn't talk to me because I'm not a customer and hung up. I wasn't asking for anything confidential, I just wanted to know if the system was working.

I think that was a really poor way to treat someone in that situation and I'd like someone to call me back.""",
  note="A consumer unhappy with how PEXA's own staff treated her on the phone is a complaint about PEXA, not a participant firm, so about_other_firm=null.")
S("c:service_quality", "law", "your escalation team",
  """When we escalated the failed settlement on 3 Rydal Mount, your 'escalations' team took four hours to pick it up and then just sent the same template email we'd already had from first line support. At no point did anyone phone us.

This was a family without a home that night. I'd like a proper review of how it was handled and a reply from someone senior.""")

S("c:delay", "consumer", "Still waiting to hear back",
  """I rang you on 20 October about the money from my sale and was told someone would email me within 48 hours to confirm it had been paid across. It's been three weeks. My solicitor says it's with you. Please can someone let me know what's happening.""",
  note="Consumer chasing PEXA's own promised reply (not a participant firm): implicit complaint about delay, about_other_firm=null.")
S("c:delay", "law", "Refund of settlement funds",
  """Funds for the aborted settlement on 15 Willow Court were meant to be returned to our client account within one business day. It's been six. Our client wants their deposit back and we can't give it to them until your system releases it.

Please chase this internally and let me know today when it will be returned.""",
  short="aborted settlement funds not returned after 6 business days - when?")
S("c:delay", "lender", "Access for new staff - 3 weeks",
  """We asked for user access for two new completions officers on 28 October. They still can't log in. I've been told twice it's 'in the queue'. They are sitting there unable to work.

Please get this done and tell us why it's taking three weeks.""",
  note="'Access' here means platform logins, not the data-protection right; a three-week wait with no result is an implicit complaint about delay.")

S("c:training", "law", "Webinar link didn't work",
  """Twenty of our staff blocked out Wednesday afternoon for your lender-side webinar. The joining link you sent went to a 'this meeting has ended' page and your events team didn't respond to any of our emails until the next day.

Can you please arrange a replacement session and explain what happened.""")
S("c:training", "lender", "training materials wrong for lenders",
  """The 'Lender Essentials' course spends most of its time on conveyancer screens we never see, and doesn't cover discharges at all. Our team finished it none the wiser.

Please can you either fix the course or give us a session that actually covers lender tasks, and let us know which.""")

S("c:usability", "consumer", "Your signing page",
  """My solicitor sent me a link to sign something through your system. I'm 79 and the page was so small and confusing on my tablet that I pressed the wrong button twice and it told me I'd 'declined'. Now my solicitor says we have to start again.

Please make it simpler for people like me and let me know what I need to do now.""",
  note="An older consumer finds PEXA's own signing page confusing and wants a fix: implicit complaint about PEXA (usability), so no forwarding.")
S("c:usability", "law", "search doesn't find postcodes",
  """The workspace search doesn't find anything if you type a postcode with the space in it. Without the space it works. Nobody tells you this. I spent ten minutes thinking a workspace had been deleted.

Please fix the search, and in the meantime put a note on the screen.""")

S("c:process", "law", "Can't add a second lender to the workspace",
  """Your platform only lets one incoming lender join a purchase workspace. Our buyer has a main mortgage and a second charge from a different lender, which is hardly unusual. We've been told to complete the second charge off-platform, so the whole point of using PEXA is lost.

Please explain why the process is set up this way and whether it will be changed.""")
S("C:process", "lender", "Complaint regarding dual authorisation requirement",
  """We wish to raise a complaint about the new requirement for two separate authorisers from the same lender to approve every funds release over £500,000. It was introduced with one week's notice, and our Saturday team is a single person. We had to delay three completions last Saturday.

Please review the rule and respond.""")

S("c:inaccurate_information", "consumer", "PEXA told me the money had been sent",
  """I called your helpline on Thursday and was told my sale proceeds had been 'paid out at 2.14pm'. I told my buyer's agent and paid a deposit on my rental. It turns out nothing had been paid and the settlement had failed. I've now lost the rental.

Please explain why I was given wrong information and what you're going to do about it.""",
  note="A consumer given wrong information by PEXA's own helpline: complaint about PEXA (inaccurate_information), about_other_firm=null.")
S("c:inaccurate_information", "lender", "Wrong redemption figure pulled through",
  """The platform pre-populated the payoff figure from an old statement we uploaded in September rather than the current one, even though the workspace showed the new statement as 'latest'. We only noticed by chance. Your team had told us the system always uses the latest document.

Please confirm how the platform actually picks the figure and correct your guidance.""")

S("C:service_quality", "law", "Complaint about how my complaint was handled",
  """I'm complaining about the way my earlier complaint was handled. The final response didn't address two of my three points, got the date of the failed settlement wrong and was sent to my colleague rather than me. When I rang to query it I was told the case was closed.

Please reopen it and have someone who hasn't been involved review the whole thing.""")
S("c:service_quality", "lender", "Account manager promises not kept",
  """Over the last quarter your relationship team promised us a monthly service review, a named support contact and a fix date for the reporting issue. None of it has happened. We're not getting the service we were told we'd get.

Please let us know who is now responsible and when we can expect these things.""")

# ---- consumer complaints about participant firms (forward) -------------------
S("c:delay firm=ols", "consumer", "My solicitors won't reply",
  """I'm buying a flat and my solicitors are Orchard Lane in Stockport. I haven't had a reply to an email or phone call in over two weeks, and the seller's side say they are waiting on them for replies to enquiries. We were supposed to exchange last Friday. Your name is on the paperwork so I'm hoping you can make them do something.

Please can you chase them or tell me who I should complain to.""",
  short="orchard lane solicitors not replying for 2 weeks, exchange slipping - can you chase them",
  note="A buyer's grievance is purely with her own solicitors (Orchard Lane = ols), so it is a complaint to forward; category delay.")
SCENARIOS[-1]["body"] = SCENARIOS[-1]["body"].replace("Please can you chase them or tell me who I should complain to.", "Please can you chase them or tell me who can.")
S("c:fees_charges firm=kbs", "consumer", "Kestrel charged me a fee at the last minute",
  """Kestrel have added a £295 'completion administration fee' to my redemption figure the day before my sale completes. It wasn't on my mortgage offer and nobody mentioned it when I asked for the statement. My solicitor says it's shown in the PEXA workspace so I should ask you.

I want the fee taken off.""",
  note="Borrower's grievance is a fee added by her lender ('Kestrel' = kbs), not PEXA: forward, category fees_charges.")
S("c:inaccurate_information firm=bhf", "consumer", "Wrong figures from my lender",
  """BHF have given me a redemption figure that's £6,000 higher than my last annual statement and won't explain it. My sale is due to complete on Thursday through your system. Every time I ring them I get a different person.

Please can you sort out the figures with them or tell them to ring me.""",
  note="'BHF' is Beacon Home Finance; the consumer's grievance is the lender's wrong figure, so forward to bhf (inaccurate_information).")
S("c:service_quality firm=hcb", "consumer", "Heathcote Bank mortgage team",
  """I'm remortgaging with Heathcote Bank and their completions team have been dreadful. They've lost my signed documents twice, told me completion was booked when it wasn't, and the last person I spoke to laughed when I said I was stressed. My conveyancer says it all goes through PEXA now.

I want someone to look at how I've been treated.""",
  short="heathcote bank mortgage team lost my docs twice and laughed at me on the phone",
  note="The borrower's grievance is her lender's staff (Heathcote Bank = hcb), so it is forwarded; category service_quality.")
S("c:delay firm=tvm", "consumer", "TVM still haven't released the mortgage money",
  """We were supposed to complete on our house today at 12. It's now 4pm and our solicitor says Thames Valley Mortgages haven't put the money into the workspace yet and aren't answering. We're sat in the car with the kids and all our stuff.

Can you please get onto them.""",
  short="TVM havent released our mortgage money, were sat in the car at 4pm with the kids",
  note="'Thames Valley Mortgages' / 'TVM' is the directory firm tvm; the grievance is the lender's late funds, so forward (delay).")
S("c:service_quality firm=mpc", "consumer", "Marsh and Penrose",
  """I am writing about Marsh and Penrose, who are handling my mother's house sale as her executors' conveyancers. They've sent the completion statement to the wrong email address twice and keep asking me for documents I've already sent. Nobody seems to know what's happening on the file.

Please can you pass this to whoever deals with their service.""",
  note="The writer is an executor dealing with his own matter; the grievance is the conveyancer Marsh & Penrose (mpc), so forward (service_quality).")
S("c:delay firm=gfl", "consumer", "Greyfriars solicitors",
  """My solicitors Greyfriars Law in Edinburgh keep telling me the sale is 'with PEXA' and there's nothing they can do. I've checked with your helpline who say the workspace is just waiting for my solicitor to sign. It has been like this for nine days.

Who is telling the truth? I just want my sale finished.""",
  note="PEXA's helpline says the workspace is waiting on the solicitor; the grievance is the solicitor's delay (Greyfriars Law = gfl), so forward.")
S("c:inaccurate_information firm=kbs", "consumer", "redemption statement",
  """Please can someone look at the email below. The statement still has my old fixed-rate early repayment charge of £3,900 even though my fixed rate ended in August. I've sent it back to them three times. My sale is meant to complete next week and my solicitor says she can't do anything until it's corrected.""",
  fwd=("Mortgage Redemptions <redemptions@kestrelbs.co.uk>", "Your redemption statement",
       """Dear Customer,

Please find attached your redemption statement. The amount required to redeem your account in full on 28/11/2026 is £142,018.33, including an early repayment charge of £3,911.40.

Regards,
Redemptions"""),
  note="The lender is identified only by the forwarded @kestrelbs.co.uk address; the grievance is its wrong redemption statement, so about_other_firm=kbs (inaccurate_information).")
S("c:delay firm=ols", "consumer", "Chasing my solicitor",
  """I'm forwarding this because I don't know where else to go. This was six weeks ago and I've had nothing since. The buyer is threatening to pull out. They're using your PEXA thing for completion so I thought you might be able to get a response from them.""",
  fwd=("Conveyancing Team <conveyancing@orchardlanesolicitors.co.uk>", "Your sale - 22 Hawthorn Drive",
       """Dear Mr Lowther,

Thank you for returning the signed contract. We will now send out the contract package and will be in touch shortly once we hear back from the buyer's solicitors.

Kind regards,
Conveyancing Team"""),
  note="The firm is identifiable only from the forwarded @orchardlanesolicitors.co.uk address; the consumer's grievance is its silence, so forward to ols (delay).")
S("c:fees_charges firm=bhf", "consumer", "Fwd: Completion statement",
  """See below - Beacon have charged me a £150 'telegraphic transfer fee' to send my own money from the sale. I was told everything was electronic through PEXA now and there wouldn't be transfer fees. I'd like it refunded.""",
  fwd=("Completions <completions@bhf.co.uk>", "Completion statement",
       """Please see your completion statement below. Redemption amount £88,410.10. Telegraphic transfer fee £150.00. Total deducted £88,560.10."""),
  note="'Beacon' (forwarded from @bhf.co.uk) added a fee; the borrower wants it refunded, so forward to bhf (fees_charges).")
S("c:service_quality firm=hcb", "consumer", "heathcote",
  """Forwarding this - the last bit is just rude. I asked a simple question about when the money would arrive and got this. I'd like somebody at heathcote to explain themselves, I'm not a nuisance I'm a customer.""",
  fwd=("Mortgage Services <mortgage.services@heathcote.co.uk>", "RE: when will my funds arrive",
       """As previously advised, we do not provide updates to customers on completion timescales. Please stop emailing this address and speak to your solicitor."""),
  note="The grievance is the tone of the lender's reply (Heathcote, @heathcote.co.uk = hcb), so forward (service_quality).")
S("c:delay firm=mpc", "consumer", "M&P Conveyancing",
  """My conveyancer M&P have had my ID and the signed transfer since the 2nd and still haven't put anything into the workspace, so my buyer's solicitor can't move. I've rang four times. I'm told the person dealing is 'in a meeting' every time.

Please help.""",
  short="M&P conveyancing sat on my signed transfer for 2 weeks, nothing in the workspace")
S("c:delay firm=tvm", "consumer", "thames valley mortgage",
  """hi my mortgage offer is with thames vally mortgages and they have not sent the funds request thing back to my solicitor even though the offer was out 3 weeks ago. completion date is tuesday. my solicitor said to email you as its all on pexa. what can you do""",
  note="'thames vally mortgages' (misspelt) is tvm; the buyer's grievance is the lender's delay, so forward.")
S("c:other firm=ols", "consumer", "OLS lost my deeds",
  """OLS have told me they can't find the original deeds and old documents for my house, which I lodged with them when I bought it. They say that under the new digital system it doesn't matter, but there were things in there I wanted to keep, like the old conveyance plans. I want them to find them or tell me properly what happened.""",
  note="'OLS' is Orchard Lane Solicitors; a consumer's grievance with her own solicitors about lost deeds goes to them; no better theme than other.")
S("c:inaccurate_information firm=gfl", "consumer", "Greyfrairs Law gave me the wrong completion date",
  """Greyfrairs told me in writing that completion was the 14th, so I gave notice on my flat and booked the removal. Now they say it was always the 21st and it's my mistake. I've got the email.

I want them to own up and pay the extra week's storage.""",
  note="'Greyfrairs' is a misspelling of Greyfriars Law (gfl); the grievance is their wrong date, so forward (inaccurate_information).")
S("c:fees_charges firm=kbs", "consumer", "Kestral BS charges",
  """kestral building society have taken £210 out of my proceeds for a 'deeds release fee' which I've never heard of. my solicitor says the lender decides it. I want it back""",
  note="'kestral building society' is a misspelling of Kestrel (kbs); a fee the lender took: forward, fees_charges.")
S("C:service_quality firm=bhf", "consumer", "Complaint about Beacon Home Finance",
  """I want to make a complaint about Beacon Home Finance. I'm a customer remortgaging with them and their completions team have ignored three emails, then told my solicitor I had 'withdrawn' when I hadn't. I don't know if you are the right people but my solicitor says the completion goes through PEXA.

Please pass this on or tell me who to send it to.""",
  short="Complaint about Beacon Home Finance completions team - told my solicitor I'd withdrawn",
  note="An explicit complaint purely about the lender (bhf); PEXA must forward it.")
S("C:platform_defect firm=bhf", "consumer", "Complaint - completion failed",
  """We want to complain about what happened on our purchase yesterday. Our solicitor said the PEXA system went down at lunchtime and then Beacon didn't send the mortgage money until after 4, so we missed completion and had to stay with family. We have lost a day's removal charges and we need someone to explain and pay for it.""",
  note="Buyers blame both the platform and their lender; a consumer's complaint goes to the participant firm that serves them (rule 10), so about_other_firm=bhf; category from what went wrong (platform_defect).")
S("c:platform_defect", "consumer", "Your system crashed on our completion",
  """Orchard Lane told us our sale couldn't complete on Friday because 'PEXA crashed'. We had to move out anyway and are now in a Travelodge with the dog. Someone needs to cover these costs. Who do I send the receipts to?""",
  note="The seller blames only PEXA's platform (her solicitors Orchard Lane are just the source of the news), so it is a complaint about PEXA itself: about_other_firm=null, platform_defect.")
S("c:delay firm=hcb", "consumer", "HCB",
  """HCB still haven't sent the discharge for my old mortgage, it's been paid off since July. Land Registry still shows their charge on my house and I can't remortgage. Your website says discharges are done through you.

Can you get them to do it please?""",
  note="'HCB' is Heathcote Bank; the borrower's grievance is the lender's late discharge, so forward (delay).")
S("c:service_quality firm=unknown", "consumer", "My conveyancer",
  """My conveyancer, Holbrook & Dene in Chelmsford, have been awful. They forgot to book the searches, then blamed the council, then went on holiday without telling me. I only found out my completion date had moved from the estate agent. They use PEXA apparently.

I would like someone to look into them.""",
  short="holbrook & dene conveyancers forgot my searches and went on holiday without telling me",
  note="The subject of the complaint is a conveyancer not in the directory, so about_other_firm=unknown (service_quality).")
S("c:fees_charges firm=unknown", "consumer", "Bradwell Mutual fee",
  """Bradwell Mutual, my lender, have charged me £395 to 'arrange the electronic discharge through PEXA'. That seems like a lot for an email. Is that your fee or theirs? If it's theirs I want it challenged.""",
  note="The fee is the lender's (not in the directory), so forward as about_other_firm=unknown (fees_charges).")
S("c:delay firm=unknown", "consumer", "Fwd: Your purchase",
  """This is the last thing I heard from them, a month ago. Can PEXA not do anything? They are holding up the whole chain.""",
  fwd=("Property Team <property@lindenhallsolicitors.co.uk>", "Your purchase - Flat 3, 9 Quay Street",
       """Dear Ms Pereira, we are still awaiting the management pack from the managing agents and will update you as soon as it arrives."""),
  note="The forwarded address is a law firm not in the directory; the grievance is its delay, so about_other_firm=unknown.")
S("c:inaccurate_information firm=unknown", "consumer", "wrong information from my broker and lender",
  """Our lender, Stourton Home Loans, told us our mortgage funds would be released on the Monday. Our solicitor now says the lender never booked it and it's Wednesday at the earliest. We've had to tell the seller. I don't understand how they can just tell us the wrong thing.""",
  note="The lender named is outside the directory, so forward as unknown; wrong date given = inaccurate_information.")
S("c:delay firm=kbs", "consumer", "Kestrel BS",
  """Kestrel BS were meant to confirm my remortgage funds yesterday. Nothing. My solicitor can't complete until they do and the rate on my new deal expires on Friday. I'm really worried.

Please chase them.""",
  short="Kestrel BS still not confirmed my remortgage funds - rate expires Friday, please chase")
S("c:service_quality firm=tvm", "consumer", "Treatment by my lender",
  """I lost my husband in September and the house sale is part of sorting out his estate. Thames Valley's completions team asked me for his death certificate four separate times and one of them said 'we can't hold things up forever for this'. I was in tears.

I want them to know how that felt and I'd like an apology.""",
  note="A bereaved consumer's grievance is purely the lender's treatment ('Thames Valley' = tvm), so forward; category service_quality.")
S("c:delay firm=mpc", "consumer", "Fwd: Re: completion",
  """I'm forwarding this so you can see I've asked. This was 10 days ago. Marsh Penrose still haven't registered my purchase and I need the title for my mortgage broker.""",
  fwd=("Client Care <clientcare@marshpenrose.co.uk>", "Re: completion", """We will look into this and come back to you."""),
  note="'Marsh Penrose' and the forwarded @marshpenrose.co.uk address identify mpc; grievance is their delay, so forward.")

# ---- third parties ------------------------------------------------------------
S("c:platform_defect tp", "tp", "Constituent - failed completion",
  """I am writing on behalf of my constituent, Mrs Hilary Drummond of 4 Millbrook Road, who has asked Mr Ferris to take up her case. Mrs Drummond's purchase failed to complete on 30 October and she has been told by her solicitor that this was caused by a fault on the PEXA platform. She and her two children spent three nights in temporary accommodation.

Mr Ferris would be grateful for an explanation of what happened and what PEXA is doing to prevent a recurrence. I would be grateful if you could reply to me at this office.""",
  sign="Caseworker to Daniel Ferris MP\nHouse of Commons, London SW1A 0AA",
  note="An MP's office writes for a constituent about a PEXA platform fault; third_party=true. The solicitor is only mentioned as the source of the information, so not forwarded.")
S("c:delay tp firm=ols", "tp", "Re: my father's sale",
  """I'm writing for my father, Mr Ronald Pike, who is 88 and not on email. His bungalow sale has been dragging on for four months with Orchard Lane Solicitors and we can't get a straight answer about when it will complete. He's paying care home fees in the meantime from his savings.

He has asked me to contact you as his solicitors say the completion will be done on your system. Please could you look into it or tell us who can help.""",
  note="A daughter writing for her father (third_party) about his solicitors' delay: forward to ols.")
S("C:service_quality tp firm=unknown", "tp", "Complaint on behalf of our client",
  """We act for Ms Janice Oduya in connection with a dispute over her recent purchase. We have been instructed to raise a formal complaint about the conduct of the seller's conveyancers, Crestway Legal, who released the keys to a third party before completion and have since refused to engage.

We understand the transaction was conducted through PEXA. Please confirm to whom this complaint should be directed, or pass it to the firm concerned.""",
  sign="Litigation Department\nHartnell Boyce Solicitors",
  note="A solicitor writes on behalf of a consumer (third_party) complaining about another conveyancer outside the directory: forward as unknown.")
S("c:inaccurate_information tp", "tp", "Enquiry from Citizens Advice on behalf of client",
  """I'm an adviser at Citizens Advice Wyre and I'm helping a client, Mr Kamal Hussain, who was told by your helpline that his sale had completed and his money would be with him the same day. He made commitments based on that and the money didn't arrive for four days. He's now been charged by his landlord.

With his permission I'm asking for an explanation of the information he was given and whether PEXA will help with the charges he's incurred.""",
  sign="Money and Housing Adviser\nCitizens Advice Wyre",
  note="A charity adviser writes for a client about wrong information from PEXA's own helpline: third_party, not forwarded.")
S("c:service_quality tp", "tp", "My mum's call to your helpline",
  """My mum rang your helpline on Monday because she was worried about her sale, and she was made to feel stupid. She's 76 and has hearing problems, and the person kept saying 'as I've already told you' and sighing. She came off the phone in tears.

I'd like someone to apologise to her and make sure staff are trained to deal with older callers.""",
  note="A son writes on behalf of his mother about PEXA's own helpline staff: third_party complaint about PEXA (service_quality).")
S("c:delay tp firm=kbs", "tp", "Mr A Bannister - discharge of mortgage",
  """I write as attorney for my brother, Mr Alan Bannister, under a registered lasting power of attorney. His mortgage with Kestrel Building Society was repaid in full on 4 September. Kestrel have still not discharged their charge and the sale of his flat cannot complete without it. We have called them eleven times.

I'd be grateful if you could make sure the right people at Kestrel see this.""",
  note="An attorney writes for his brother (third_party); the grievance is the lender's delay in discharging (kbs), so forward.")
S("c:personal_data pd breach tp", "tp", "Constituent's data",
  """Our office has been contacted by Mr and Mrs Colquhoun of Dunmore Street, who received an email from PEXA containing the completion details of an unrelated couple, including their names, new address and sale price. They are understandably concerned that their own details may have been sent to someone else in the same way.

The Member would be grateful for an explanation and confirmation of the steps taken.""",
  sign="Office of Fiona Rattray MSP",
  note="An MSP's office writes for constituents about PEXA sending data to the wrong people: third_party, personal_data and breach.")
S("c:process tp", "tp", "Letter on behalf of Mrs Ewa Nowak",
  """I am a volunteer with the Age Forward charity and I'm helping Mrs Ewa Nowak, who is selling her late sister's house. Mrs Nowak has been told that she must complete an online video identity check through your system before the sale can complete. She doesn't own a smartphone or computer and has no one to help her apart from us, and we can't do it for her.

There must be another way for people in her position. Please could you explain what alternatives exist and whether this requirement can be waived for her.""",
  sign="Volunteer Adviser, Age Forward (Kettering)",
  note="A charity volunteer writes for an older consumer; the grievance is the online ID rule itself (process), aimed at PEXA, so not forwarded.")
S("c:fees_charges tp firm=bhf", "tp", "On behalf of my parents",
  """I'm writing for my parents, who are remortgaging with Beacon. They've been charged two separate 'completion fees' of £175 each, one described as an 'electronic settlement fee'. They're on a pension and don't understand why. Could you make sure Beacon looks at this? My parents have asked me to deal with it.""",
  note="A son writes for his parents (third_party) about a fee added by Beacon (bhf): forward, fees_charges.")
S("C:delay tp", "tp", "Formal complaint on behalf of Mr P Ansell",
  """We act for Mr Peter Ansell. On 11 August he made a complaint to PEXA about the failed settlement on his sale. He received an acknowledgement but nothing further, despite a reminder on 29 September. We understand that PEXA's own policy promises a final response within eight weeks.

Please treat this letter as a further complaint about the delay and let us have a substantive response within 14 days.""",
  sign="Oakridge Legal LLP, Solicitors for Mr Ansell",
  note="A solicitor writes for a consumer about PEXA's own late complaint response: explicit, third_party, delay, not forwarded.")
S("c:service_quality tp firm=mpc", "tp", "My partner's purchase",
  """My partner is in hospital at the moment so I'm emailing for him. His conveyancers Marsh & Penrose have been told about this and still keep ringing him and sending him things to sign by tomorrow. Please could you pass on that they need to deal with me until he's out, and that we're not happy with how it's being handled.""",
  note="The writer acts for her hospitalised partner (third_party); the grievance is with his conveyancers (mpc), so forward.")
S("c:wait_time tp", "tp", "Help for a constituent",
  """My constituent Ms Carla Benn has tried repeatedly to contact your support line about her completion money and on each occasion has waited over forty minutes before being disconnected. She has asked for my help.

I would be grateful if a member of your team could call her directly, and for an explanation of the current call waiting times.""",
  sign="Senior Caseworker, Office of Rob Hallett MP",
  note="An MP's office writes on behalf of a constituent about PEXA's phone queue: third_party, wait_time.")

# ---- rights requests (with and without complaint) -----------------------------------
S("neg rights=access", "law", "Subject access request",
  """I'm a former user of the platform (I left my last firm in the summer). Under Article 15 of the UK GDPR please can you send me a copy of all the personal data PEXA holds about me, including my user profile, login history and any call recordings with your support team.

My old user ID was on the email address above. I'm happy to provide ID if needed.""",
  short="Subject access request - please send me a copy of all personal data you hold on me",
  note="A polite subject access request with no dissatisfaction: not a complaint, rights=access.")
S("neg rights=erasure", "consumer", "Delete my details please",
  """I used your service when I sold my house last year. I don't expect to need it again so please delete my personal details, including my email address and phone number, from your systems. Thank you.""",
  short="please delete my personal details from your systems, sale finished last year",
  note="Erasure request without any dissatisfaction: not a complaint, rights=erasure.")
S("neg rights=rectification", "law", "Update my surname",
  """I've recently married and my surname has changed from Brereton to Castell-Brereton. Please could you update my name on my user record and on the certificate details. I've attached the marriage certificate. No rush.""",
  note="Routine request to correct a name: rectification, not a complaint.")
S("neg rights=portability", "lender", "Export of our users' data",
  """As part of a systems migration, one of our completions officers has asked for a copy of her own user profile and activity history in a machine-readable format (CSV or JSON) so she can load it into our new HR system. Please could you let me know how she should request this. She has copied herself in.""",
  note="Portability request (machine-readable copy to reuse elsewhere), no dissatisfaction: rights=portability, not a complaint. Staff arranging it for a colleague within the same firm is not third_party.")
S("neg rights=objection", "law", "Marketing emails",
  """Please stop sending me marketing emails and event invitations. I still need the service emails about workspaces, just not the newsletters and product offers. Thanks.""",
  short="stop sending me marketing please - keep the workspace emails",
  note="'Stop sending me marketing' without complaint wording or grievance is an objection request, not a complaint.")
S("neg rights=restriction", "law", "Hold my details",
  """I'm disputing the accuracy of the user activity record that my former employer is relying on in an employment matter. Until that's resolved, please don't use or share my user record or activity logs for any other purpose. I'd just like them kept as they are.""",
  note="A request to stop using data pending a dispute is restriction; no grievance against PEXA, so not a complaint.")
S("neg rights=informed", "consumer", "How do you use my information",
  """My solicitor says the sale of my flat will be done using PEXA. Before I sign anything could you tell me what information about me you will hold, what you use it for, and who you share it with? Is it kept after the sale?""",
  short="what personal info will PEXA hold on me, what for and who do you share it with?",
  note="Questions about what is collected, why and who it is shared with are the right to be informed; neutral, so not a complaint.")
S("neg rights=automated_decision", "law", "Automated checks on new users",
  """We're about to add three new conveyancers. I understand your identity verification is done by an automated system. If any of them is declined, can they ask for the decision to be reviewed by a person rather than the system? One of them has a name with accents that other systems have struggled with. Just want to know in advance.""",
  note="Asking in advance for human review of an automated decision, with no grievance: automated_decision, not a complaint.")
S("neg rights=access,rectification", "consumer", "My details",
  """I had a purchase go through your system in 2025. Could you please send me a copy of the information you hold about me? I think my email address on your records may be an old one, so if so please update it to this one.""",
  note="Copy of data (access) plus update of an address (rectification), neutral tone: not a complaint.")
S("neg rights=portability,erasure", "law", "Leaving the profession",
  """I'm retiring at the end of the month. Before my account is closed, please send me my user activity history as a CSV so I can keep it with my own professional records, and after that please delete my account and personal details. Thank you for everything over the years.""",
  note="Portability then erasure, said warmly: not a complaint.")
S("neg rights=objection,erasure", "consumer", "Unsubscribe and remove",
  """I signed up to your homeowner newsletter when I bought my house. I object to my data being used for marketing, and please remove my email address from your lists altogether.""",
  note="Objection to marketing plus erasure, no dissatisfaction: not a complaint.")
S("neg rights=access tp", "tp", "Data request on behalf of my client",
  """We act for Mr Idris Vaughan in connection with a dispute with his former conveyancer. Mr Vaughan's signed authority is attached. Please provide us with a copy of all personal data you hold relating to Mr Vaughan, including any workspace records and call recordings, under Article 15 UK GDPR.""",
  sign="Vaughan & Lees Solicitors",
  note="A solicitor's access request on a client's behalf: third_party=true, rights=access, no complaint about PEXA.")
S("neg rights=erasure tp", "tp", "My late father's account",
  """My father, Mr Geoffrey Albright, who used your platform as a conveyancer until his retirement, passed away in September. As executor I'd be grateful if you could close his user account and delete his personal details. I can provide the death certificate and grant of probate.""",
  note="Executor asking for deletion on behalf of someone else: third_party, erasure, not a complaint.")
S("c:personal_data pd rights=erasure", "consumer", "I never agreed to this",
  """I got a 'how did we do?' survey email from you about my house purchase, and then two more. I didn't give you my email address and I've never used your website. Delete my details. I'm annoyed that my solicitor's system provider thinks it can email me like this.""",
  note="Unexpected use of a consumer's data by PEXA (surveys) plus a demand to delete: personal_data complaint about PEXA, rights=erasure.")
S("C:personal_data pd rights=access", "law", "Complaint - SAR response incomplete",
  """I received your response to my subject access request, and it's incomplete. It has my profile but none of the call recordings or the notes of the conversations I had with your compliance team in May, which I specifically asked for. I wish to complain about that.

Please send me the missing data within the statutory period.""",
  note="A badly handled access request (incomplete response) is an explicit personal_data complaint; rights=access repeated.")
S("c:personal_data pd rights=rectification,restriction", "law", "Wrong status on my profile",
  """Since I moved from Hallam Webb to my new firm, your platform shows me as 'Suspended - compliance' to anyone who searches the user directory. I've never been suspended; my old firm just removed my licence when I left. Two firms have asked me about it this week and it's embarrassing.

Please correct it and stop showing that status until it's put right.""",
  note="Inaccurate data shown about the writer: personal_data complaint; correct it (rectification) and stop showing it meanwhile (restriction).")
S("c:onboarding rights=automated_decision", "law", "declined",
  """Our new paralegal's user application was declined automatically because her date of birth 'didn't match' - she'd used the format on her passport. There's no way to appeal on the website. She has now been unable to work for a week.

I'd like a real person, not the system, to review it and let us know today.""",
  note="Onboarding grievance plus a request for human review of an automated decision; personal_data false because the grievance is onboarding.")
S("c:fees_charges rights=access", "law", "Charges and call recording",
  """We've been invoiced £450 for an 'urgent manual intervention' that your agent told me on the phone would be free of charge. I'd like the charge removed. I'd also like a copy of the recording of my call on 6 November, as I'm sure it will show what I was told.""",
  note="Fee grievance (fees_charges) with a request for a copy of the call recording (access); personal_data stays false because the grievance is the fee.")
S("c:service_quality rights=objection", "consumer", "stop the calls",
  """Your customer team has phoned me four times this week asking me to rate my experience, after I told them the first time I didn't want to. It's intrusive and I've found it upsetting. I object to you using my phone number for feedback or marketing calls. Please confirm you've noted this.""",
  note="Grievance about repeated survey calls, and an objection to the use of her number for feedback/marketing; category kept as service_quality.")
SCENARIOS[-1]["labels"] = parse_labels("c:personal_data pd rights=objection")
SCENARIOS[-1]["note"] = "Unwanted use of a consumer's number for survey calls after she refused is a data-use grievance (personal_data); 'I object to you using my phone number' is objection."
S("neg rights=informed,objection", "lender", "Data sharing question",
  """Our data protection officer has asked me to check something on behalf of two of our staff. What do you use our users' personal details for apart from running the platform, and do you use them for any analytics or marketing? If so, both staff would like to object to that use.""",
  note="Neutral questions about the processing (informed) and an objection to marketing/analytics use: not a complaint; staff of the same firm, not third_party.")

# ---- personal-data complaints and breach reports ----------------------------------
S("neg breach", "law", "Email received in error",
  """I think this was sent to me by mistake. This morning I received an email from your support team intended for a conveyancer at another firm with the same surname as me. It included a workspace summary with a buyer's name and address. I've deleted it and not forwarded it to anyone. Just letting you know in case you need to record it. No reply needed.""",
  note="A conveyancer reports data sent to the wrong person without any grievance or request: breach=true, not a complaint, personal_data=false.")
S("neg breach", "lender", "Misdirected settlement report",
  """For your records: yesterday's settlement report for Heath Side Mortgages was emailed to our completions inbox. We have deleted it and confirm that no one here has used or kept the contents. Please let them know and check your distribution list.""",
  note="A factual report of another firm's data sent to the wrong lender, with no dissatisfaction: breach=true, complaint=false.")
S("c:personal_data pd breach", "consumer", "you sent my details to someone else",
  """I've just been contacted by a stranger who says she received an email from PEXA with my name, my address and the amount of my mortgage. She found my number online and rang me. I'm shaking. How could you send my information to someone who has nothing to do with my sale?

I want to know what else she got and what you are doing about this.""",
  short="a stranger got an email from PEXA with my name, address and mortgage amount",
  note="A consumer's data was emailed by PEXA to a stranger: personal_data complaint with breach, about PEXA itself.")
S("c:personal_data pd breach", "law", "Lost laptop?",
  """We've been told by your account manager that one of your staff lost a laptop on the train last week with 'some customer workspace exports' on it. We've had no formal notification. Our clients' details may have been on it.

I want to know what was on it, whether it was encrypted, and why we had to hear about it in passing.""",
  note="Possible loss of client data by PEXA, with demands for explanation: personal_data complaint, breach=true.")
S("C:personal_data pd breach", "lender", "Complaint - borrower bank details in wrong workspace",
  """I am raising a formal complaint. Our borrower's bank account details for the surplus funds were shown in workspace 88-30211, which belongs to an entirely different transaction and was visible to three other firms. We only noticed because one of them called us.

We require a full incident report, confirmation of who accessed it and confirmation of whether you have reported this to the ICO.""",
  note="Explicit complaint about exposure of a borrower's bank details in the wrong workspace: personal_data, breach.")
S("c:personal_data pd breach", "law", "Why do your reports show my mobile",
  """The participant report that the other side in my matters can download now shows my personal mobile number next to my name. I gave it to you only for two-factor login. I didn't agree to it being displayed to every other firm on my transactions.

Please remove it from the report and explain why it was added.""",
  note="A personal mobile number given only for login is displayed to every counterparty firm: an unauthorised disclosure (breach) and a personal_data complaint.")
S("c:personal_data pd", "law", "Old firm still showing",
  """Your directory still lists me as working at Pell & Garside, eighteen months after I left. Clients are contacting my old firm looking for me. I've asked your support twice to update it.

Please fix this and let me know it's done.""",
  note="Inaccurate personal data left uncorrected after two requests: personal_data complaint; asking to fix it is rectification.")
SCENARIOS[-1]["labels"] = parse_labels("c:personal_data pd rights=rectification")

# ---- auto-generated -----------------------------------------------------------------
OOO_H = {"auto-submitted": "auto-replied", "x-autoreply": "yes", "precedence": "auto_reply"}
OOO_H2 = {"auto-submitted": "auto-replied", "x-auto-response-suppress": "All"}
S("auto", "auto", "Automatic reply: Your complaint PX-C-30418",
  """Thank you for your email. I am currently out of the office until Monday 23 November with limited access to email. For urgent completion matters please contact our completions team on 0161 496 0500 or completions@hallamwebb.co.uk.

Kind regards
Rachel Ormerod""",
  sender="Rachel Ormerod <r.ormerod@hallamwebb.co.uk>", headers=OOO_H,
  short="Dear Ms Ormerod, further to your complaint about the failed settlement on 14 October, we have now completed our investigation...",
  note="Out-of-office reply (auto headers, or recognisable text alone); the complaint wording is only in the subject and quoted original, so auto_generated only.")
S("auto", "auto", "Out of Office: Workspace 51-22017",
  """I'm on annual leave returning Wednesday. Your email has not been forwarded. If your matter is urgent please ring reception on 01392 440 100 and ask for the duty conveyancer.""",
  sender="Tom Gilchrist <tom.gilchrist@marshpenrose.co.uk>", headers=OOO_H2,
  short="Hi Tom, just confirming we have received your query about the workspace invitation and will come back to you shortly.")
S("auto", "auto", "Auto: Re: Data request",
  """This is an automated response. I am away from the office on maternity leave and this mailbox is not being monitored. Please redirect your email to dataprotection@kestrelbs.co.uk and it will be dealt with by a colleague.""",
  sender="Leah Fenby <leah.fenby@kestrelbs.co.uk>", headers=OOO_H,
  note="Automated away notice; any data-request wording is only in the subject of the thread, so no rights.")
S("auto", "auto", "Automatic reply: Settlement failure again",
  """I am out of the office today attending a training course and will respond to emails on my return tomorrow. If you need an immediate response please call my mobile 07700 900 412.

Sanjay""",
  sender="Sanjay Mistry <s.mistry@ashdownpryce.co.uk>", headers={},
  short="Thank you for your email about the failed settlement. We have raised this with our technical team as a priority.",
  note="No auto headers but the text is a standard out-of-office; the complaint wording is only in the subject/quote, so auto_generated only.")
S("auto", "auto", "Re: Your complaint PX-C-30277 - final response",
  """Many thanks for your email. Please note our office is closed from 24 December to 2 January inclusive. Emails received during this time will be dealt with when we reopen. For emergencies relating to completions please call 0117 496 0300.

Birchall Moss LLP""",
  sender="Enquiries <enquiries@birchallmoss.co.uk>", headers={},
  note="Holiday-closure autoresponder with no headers; the complaint appears only in the subject, so auto_generated only.")
S("auto", "auto", "Undelivered Mail Returned to Sender",
  """This is the mail system at host mail.pexa-demo.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<j.whitcombe@ridgewaylaw.co.uk>: host mx1.ridgewaylaw.co.uk[192.0.2.17] said:
    550 5.1.1 User unknown (in reply to RCPT TO command)

------ Original message ------
From: Customer Resolution <complaints@pexa-demo.example>
Subject: Your complaint PX-C-30502 - acknowledgement

Dear Mr Whitcombe, thank you for your complaint about the fee charged on workspace 22-19311...""",
  sender="Mail Delivery System <MAILER-DAEMON@mail.pexa-demo.example>",
  headers={"return-path": "<>", "auto-submitted": "auto-replied",
           "content-type": "multipart/report; report-type=delivery-status"},
  note="Bounce (MAILER-DAEMON, delivery-status report) of our own acknowledgement; the quoted complaint does not count.")
S("auto", "auto", "Delivery Status Notification (Failure)",
  """Delivery to the following recipient failed permanently:

     completions@northgate-homeloans.co.uk

Technical details of permanent failure:
The recipient server did not accept our requests to connect. DNS Error: Domain name not found.

----- Original message -----
Subject: Re: discharge query 61-77302""",
  sender="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
  headers={"return-path": "<>", "content-type": "multipart/report; report-type=delivery-status"})
S("auto", "auto", "Mail delivery failed: returning message to sender",
  """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a temporary error. The following address(es) deferred:

  p.quayle@copperfieldconveyancing.co.uk
    Mailbox full: quota exceeded

The message will be retried for a further 48 hours.""",
  sender="Mail Delivery System <Mailer-Daemon@mx3.copperfieldconveyancing.co.uk>",
  headers={"return-path": "<>", "auto-submitted": "auto-generated"})
S("auto", "auto", "Undeliverable: Complaint acknowledgement PX-C-29988",
  """Your message to m.laidlaw@stanmorelegal.co.uk couldn't be delivered.

m.laidlaw wasn't found at stanmorelegal.co.uk.

Office 365 - Action Required: Recipient
Unknown To address

How to Fix It
The address may be misspelled or may not exist.""",
  sender="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@stanmorelegal.co.uk>",
  headers={"auto-submitted": "auto-replied", "content-type": "multipart/report; report-type=delivery-status"},
  note="Exchange non-delivery report; the word complaint is only in the subject of the returned message.")
S("auto", "auto", "Read: Formal complaint - outage on Friday",
  """Your message

  To: complaints@pexa-demo.example
  Subject: Formal complaint - outage on Friday
  Sent: 13/11/2026 09:41

was read on 13/11/2026 10:02.""",
  sender="Gemma Thorley <g.thorley@fenwicklyle.co.uk>",
  headers={"content-type": "multipart/report; report-type=disposition-notification"},
  note="A read receipt is machine-generated even though it repeats a complaint subject.")
S("auto", "auto", "Read receipt: Subject access request",
  """This is a receipt for the mail you sent to <dpo@pexa-demo.example> at 02/11/2026 14:15.

This receipt verifies that the message has been displayed on the recipient's computer at 02/11/2026 14:20.""",
  sender="Nadia Sandhu <nadia.sandhu@outlook.com>",
  headers={"content-type": "multipart/report; report-type=disposition-notification"},
  note="A read receipt; the access request named in the subject is not a new request.")
S("auto", "auto", "We've received your message [Ticket #482911]",
  """Hello,

Thank you for contacting Tollgate Conveyancing. This is an automated response to confirm we have received your email. A member of our team will respond within 2 working days.

Your ticket reference is #482911. Please do not reply to this email.""",
  sender="Tollgate Conveyancing <noreply@tollgateconveyancing.co.uk>",
  headers={"auto-submitted": "auto-replied", "x-autoreply": "yes"})
S("auto", "auto", "Thank you for your email - Heathcote Bank",
  """Thank you for contacting Heathcote Bank Mortgage Operations. Our current turnaround time for emails is 3 working days. Please do not send duplicate requests as this may delay our response.

This mailbox does not accept complaints. To make a complaint please visit heathcotebank.co.uk/complaints.""",
  sender="Heathcote Mortgage Operations <no-reply@heathcotebank.co.uk>",
  headers={"auto-submitted": "auto-replied"},
  note="Autoresponder from a lender; the word complaint appears only in its boilerplate.")
S("auto", "auto", "PEXA Insights - November: complaint numbers and data protection update",
  """<html><body><h1>PEXA Insights | November 2026</h1>
<p>In this issue: our half-year complaints data (complaints per 10,000 settlements fell to 3.1), what the new ICO guidance on personal data breaches means for conveyancers, and dates for winter training webinars.</p>
<p><b>Complaints MI:</b> the most common categories were platform availability, fees and onboarding times. 92% of complaints were resolved within 8 weeks.</p>
<p><a href="https://news.pexa-demo.example/unsubscribe?u=8812">Unsubscribe</a> | <a href="https://news.pexa-demo.example/prefs">Manage preferences</a></p>
</body></html>""",
  sender="PEXA Insights <news@news.pexa-demo.example>", html=True,
  headers={"precedence": "bulk", "list-id": "<insights.news.pexa-demo.example>",
           "list-unsubscribe": "<https://news.pexa-demo.example/unsubscribe?u=8812>"},
  note="A bulk newsletter about complaint statistics and personal data is auto_generated and never a complaint.")
S("auto", "auto", "Conveyancing Today weekly: SDLT, breaches and your complaints procedure",
  """This week: Is your complaints procedure fit for the Consumer Duty? Five lessons from recent data breach fines. Why digital completion platforms are changing the exchange day. Plus: jobs.

You are receiving this because you subscribed at conveyancingtoday.example. Unsubscribe: https://conveyancingtoday.example/u/5521""",
  sender="Conveyancing Today <newsletter@conveyancingtoday.example>",
  headers={"precedence": "list", "list-unsubscribe": "<mailto:unsub@conveyancingtoday.example>"})
S("auto", "auto", "Webinar reminder: Getting ready for digital discharges",
  """Hi there,

This is a reminder that 'Getting ready for digital discharges' starts tomorrow at 11:00. Join link: https://events.pexa-demo.example/j/33810

Can't make it? A recording will be sent to all registrants.

To stop receiving event emails, update your preferences.""",
  sender="PEXA Events <events@pexa-demo.example>",
  headers={"precedence": "bulk", "list-unsubscribe": "<https://events.pexa-demo.example/unsub>"})
S("auto", "auto", "Workspace 47-10923: settlement unsuccessful",
  """This is an automated notification.

Settlement for workspace 47-10923 (14 Poplar Avenue) was unsuccessful at 14:02. Reason: Source account has insufficient cleared funds.

Please log in to the workspace to review and reschedule. Do not reply to this email.""",
  sender="PEXA Notifications <no-reply@pexa-notify.example>",
  headers={"auto-submitted": "auto-generated"},
  note="System notification of a failed settlement: machine-generated, so not a complaint despite describing a failure.")
S("auto", "auto", "Security alert: new sign-in to your account",
  """We noticed a new sign-in to your PEXA account from Chrome on Windows in Leeds, United Kingdom at 08:14 today.

If this was you, you don't need to do anything. If not, reset your password immediately and contact support. This mailbox is not monitored.""",
  sender="PEXA Security <security-noreply@pexa-notify.example>",
  headers={"auto-submitted": "auto-generated"})
S("auto", "auto", "[JIRA] (SUP-4417) Customer reports failed lodgement",
  """Lewis Brannigan updated SUP-4417:
---------------------------------
Status: In Progress -> Waiting for customer
Comment: Asked customer for the LR rejection letter.

This message was sent by Atlassian Jira. You are receiving this because you are watching this issue.""",
  sender="Jira <jira@pexa-demo.atlassian.example>",
  headers={"auto-submitted": "auto-generated", "precedence": "bulk"},
  note="Ticketing-system notification; the customer problem it summarises is not a new message from a person.")
S("auto", "auto", "Your invoice INV-2026-11-0412 is ready",
  """Your monthly invoice from PEXA is now available in the billing portal.

Invoice number: INV-2026-11-0412
Amount due: £3,482.00
Due date: 30 November 2026

This is an automatically generated email, please do not reply.""",
  sender="PEXA Billing <billing-noreply@pexa-demo.example>",
  headers={"auto-submitted": "auto-generated"})
S("auto", "auto", "Scheduled maintenance: Sunday 29 November 02:00-06:00",
  """Planned maintenance

The PEXA platform will be unavailable on Sunday 29 November between 02:00 and 06:00 while we upgrade our settlement services. No settlements are scheduled in this window.

You are receiving this service message because you are a registered subscriber.""",
  sender="PEXA Service Status <status@pexa-demo.example>",
  headers={"precedence": "bulk", "list-id": "<status.pexa-demo.example>"})
S("auto", "auto", "Complaint survey: how did we handle your complaint?",
  """Hi,

Your recent complaint (ref PX-C-29140) has been closed. We'd love to hear how we did. The survey takes two minutes: https://survey.pexa-demo.example/c/29140

This email was sent automatically. Replies are not monitored.""",
  sender="PEXA Customer Feedback <feedback@surveys.pexa-demo.example>",
  headers={"auto-submitted": "auto-generated", "precedence": "bulk"},
  note="Automated satisfaction survey; 'complaint' refers to a closed case, written by a machine.")
S("auto", "auto", "Re: Your complaint reference PX-C-30611",
  """Hi, I'm away until 1 December and won't be checking emails. If it's about a completion please contact my colleague Jess on 0113 496 0771. Thanks, Kieran""",
  sender="Kieran Naylor <k.naylor@northgatehomeloans.co.uk>", headers={},
  note="Short out-of-office with no headers, replying to a complaint thread: auto_generated only.")
S("auto", "auto", "Auto reply",
  """Thank you for your message. Please note I work part time (Monday to Wednesday). I will reply on my next working day. If urgent, please contact the office on 0121 496 0188.""",
  sender="Deepa Kowalczyk <deepa.kowalczyk@pellgarside.co.uk>", headers={"x-autoreply": "yes"},
  short="We're sorry to hear about the problems you had with the workspace invitations and have passed your comments to the product team.")
S("auto", "auto", "Mailbox no longer monitored",
  """This mailbox is no longer monitored. Kestrel Building Society's completions team has moved to completions.team@kestrelbs.co.uk. Please resend your email to that address.""",
  sender="Completions <completions@kestrelbs.co.uk>", headers={"auto-submitted": "auto-replied"})
S("auto", "auto", "Message blocked",
  """Your message to the recipient was blocked by the organisation's email policy.

Reason: attachment type not permitted (.zip)
Original subject: Re: Formal complaint - lodgement rejected twice

Please contact the recipient by other means.""",
  sender="Email Security Gateway <postmaster@greyfriarslaw.co.uk>",
  headers={"auto-submitted": "auto-replied", "return-path": "<>"})
S("auto", "auto", "Land Registry portal: application received",
  """HM Land Registry - Business e-services

Application reference: B-7719023
Title number: WYK881204
Status: Received

This is a system-generated email.""",
  sender="HMLR Portal <noreply@portal-notify.example>", headers={"auto-submitted": "auto-generated"})
S("auto", "auto", "Weekly digest: 14 workspaces need your attention",
  """Hi Carys,

Here's your weekly summary:
- 6 workspaces awaiting your signature
- 5 invitations pending
- 3 settlements scheduled this week

Manage notification settings in your profile.""",
  sender="PEXA <digest@pexa-notify.example>", headers={"precedence": "bulk", "list-unsubscribe": "<https://pexa-notify.example/digest/off>"})
S("auto", "auto", "Your data request has been received",
  """We have received your request under data protection law. Your reference is DSR-1182. We will respond within one calendar month. You do not need to do anything else at this stage.

Data Protection Team (automated message)""",
  sender="Northgate Homeloans Privacy <privacy-noreply@northgatehomeloans.co.uk>",
  headers={"auto-submitted": "auto-replied"},
  note="Automated acknowledgement of a data request sent by another firm: auto_generated, so rights=[].")
S("auto", "auto", "Out of office",
  """I am working from home today and checking emails intermittently. For anything urgent relating to today's completions please call the team line 0345 600 7700.""",
  sender="Callum Brannigan <callum.brannigan@beaconhomefinance.co.uk>", headers={},
  short="Dear Mr Brannigan, thank you for your subject access request. We enclose the information requested.")
S("auto", "auto", "Ar wyliau / On leave",
  """Diolch am eich e-bost. Rydw i ar wyliau tan ddydd Llun.
Thank you for your email. I am on leave until Monday. For urgent matters contact conveyancing@ridgewaylaw.co.uk.""",
  sender="Bethan Pritchard <bethan.pritchard@ridgewaylaw.co.uk>", headers={"auto-submitted": "auto-replied"})
S("auto", "auto", "RE: Re: Settlement query - Automatic reply",
  """Hello, this inbox is closed for the bank holiday. We'll be back on Tuesday. Kind regards, Completions Desk, Calder Mutual""",
  sender="Completions Desk <completions@caldermutual.co.uk>", headers={},
  short="Following up again - eight working days and still no answer. Please respond today.",
  note="Holiday autoreply quoting a chaser that complained of delay; the complaint is only in the quote.")

# ---- hard negatives -----------------------------------------------------------------
S("neg", "lender", "Lodgement timings for our procedures manual",
  """We're refreshing our completions procedures manual. Once a discharge has been lodged through the platform, what's the typical range before HM Land Registry shows the charge as removed? Also, do you publish any figures on requisition rates for electronic discharges? Happy to take a rough answer.""",
  short="typical time from lodgement to charge removed at HMLR? updating our manual")
S("neg", "law", "Adding a new branch",
  """We're opening a second office in Harrogate in January. What's the process for adding a branch to our existing subscription, and will the new staff need separate ID verification or can they be added by our administrator?""",
  short="how do we add our new Harrogate branch to our subscription?")
S("neg", "law", "Can you delete the attachment I sent",
  """Please could you delete the spreadsheet I attached to my email this morning - it was the wrong version of our user list. The correct one is attached here. Sorry for the confusion!""",
  short="please delete the attachment I sent this morning, wrong version - correct one attached",
  note="'Delete' refers to an attachment, not erasure of personal data; a routine request, not a complaint.")
S("neg", "law", "Access to the training portal",
  """Two of our new trainees need access to the learning portal. Their details are below. Could you set them up, and let me know whether the 'Introduction to Settlement' course has dates in December? No complaints at all about the course by the way, the last lot found it really useful.""",
  note="'Access' means a training portal login and 'no complaints at all' is praise: neutral service request.")
S("neg", "law", "Thank you - settlement issue resolved",
  """Just wanted to say thank you to Priya in your escalations team, who sorted out the stuck settlement this afternoon and kept us updated every half an hour. Our clients got their keys at 4.15 and were over the moon. Much appreciated.""",
  short="thanks to Priya for sorting the stuck settlement today - clients got keys at 4.15!")
S("neg", "law", "Re: Your complaint PX-C-29014 - final response",
  """Thank you for your letter and for the credit note. That's all sorted now from our side and we're happy to close the matter. Appreciate the time Sam took to look into it.""",
  quote=("Customer Resolution <complaints@pexa-demo.example>", """Dear Ms Kershaw,

Further to your formal complaint about the duplicated workspace fees, we have upheld your complaint and issued a credit note for £640. We apologise for the inconvenience."""),
  note="A thank-you confirming the matter is settled is not a complaint; 'formal complaint' appears only in the quoted chain.")
S("neg", "lender", "Re: failed settlement 61-88214",
  """Thanks, that all makes sense now and the funds are back with us. No further action needed. Have a good weekend.""",
  quote=("PEXA Support <support@pexa-demo.example>", """Hi, the duplicate payment was caused by a retry on the bank interface. Both payments have been traced and the duplicate has been returned to your settlement account today."""),
  note="Confirmation that a previous problem is resolved, no remaining dissatisfaction: not a complaint.")
S("neg", "law", "Meeting next Tuesday",
  """Looking forward to seeing you on Tuesday at 10. We're on the third floor; just give your name at reception. There's a pay and display car park behind the building. Can you let me know if you need a screen for the demo?""",
  short="Tuesday 10am confirmed - third floor, car park behind building")
S("neg", "lender", "Invoice query",
  """Please could you send a copy of invoice INV-2026-10-0377 with our new purchase order number (PO 55120) on it? Our accounts payable team can't process it without the PO. Nothing wrong with the invoice otherwise.""",
  short="can you reissue INV-2026-10-0377 with PO 55120 please")
S("neg", "applicant", "Application - Customer Resolution Analyst",
  """Please find attached my CV and covering letter for the Customer Resolution Analyst role advertised on your careers page. I've spent four years handling complaints in a building society's mortgage operations team, including FOS referrals and root cause analysis. I'd welcome the chance to discuss the role.""",
  note="A job application mentioning complaint-handling experience is not a complaint.")
S("neg", "vendor", "Cut your complaint volumes by 40%",
  """I help firms like yours reduce customer complaints by up to 40% with our AI-powered sentiment monitoring. Our clients include several top-20 law firms. Would you have 15 minutes next week for a quick call? I've attached a short case study.""",
  note="Sales pitch mentioning complaints: not a complaint.")
S("neg", "vendor", "Partnership opportunity - searches",
  """We're a regulated search provider integrated with most case management systems. I'd love to explore whether there's scope for an integration with your workspace so conveyancers can order searches without leaving the platform. Is there someone in your partnerships team I could speak to?""")
S("neg", "law", "Quick question about Saturday completions",
  """Do you support settlements on Saturdays? We have a client who'd like to complete on a Saturday in December and I'm not sure whether the lenders' funds can move at weekends on your platform.""",
  short="do you support Saturday settlements?")
S("neg", "law", "No problems - just a question",
  """No problems with the platform at all, everything has been running smoothly. I just wanted to ask whether there's a way to print the whole workspace history in one go for our file, rather than page by page.""",
  note="'No problems with the platform' is just that; a neutral how-to question.")
S("neg", "consumer", "Is my sale on PEXA?",
  """My solicitor mentioned PEXA. I'm selling my house in February. Is there anything I need to do, or does my solicitor handle it all? Just want to be prepared.""",
  short="do I need to do anything for PEXA or does my solicitor do it all?")
S("neg", "law", "Data protection addendum",
  """Our compliance team has asked for a copy of your current data processing agreement and a list of sub-processors, for our annual supplier review. Could you send these over when convenient? Our review deadline is the end of the month.""",
  note="A supplier due-diligence request about data protection is a service request, not a rights request or complaint.")
S("neg", "lender", "Change of authorised signatory",
  """Please note that from 1 December our authorised signatory for funds release will be Harjit Sandhu instead of Mark Tranter, who is retiring. I've attached the signed board resolution. Please let me know if you need anything else.""")
S("neg", "law", "Praise for the new workspace layout",
  """Just a quick note to say the team here love the new workspace overview. Being able to see every party's status on one screen has saved us a lot of phone calls. Well done to whoever designed it.""",
  short="love the new workspace overview - well done!")
S("neg", "law", "Breach of contract question - off topic",
  """Slightly unusual one. Our client's buyer is threatening to sue for breach of contract because completion happened at 2.30 rather than 1pm. For our file note, could you confirm the time funds were actually released on workspace 39-66213? Nothing wrong on your side, we just need the audit time.""",
  note="'Breach' is used in the contractual sense and PEXA is not blamed: a neutral request for information.")
S("neg", "lender", "Test email",
  """Test - please ignore. We're setting up a new shared mailbox and checking it can send to your complaints address. Apologies for the noise.""",
  short="test please ignore - new shared mailbox")
S("neg", "law", "Forwarding address for post",
  """We've moved office. Please update our correspondence address to Unit 4, Quayside Business Park, Cardiff CF10 5AN from 1 December. Our email addresses and phone numbers are unchanged.""",
  note="A routine change of the firm's address is not a data-rights request about a person; not a complaint.")
S("neg", "law", "Is the platform down?",
  """Is anyone else having trouble logging in right now, or is it just our network? Our IT team is checking our end. We don't have anything settling until 2pm so no panic yet.""",
  short="is the platform down or is it just us? nothing settling till 2pm",
  note="A neutral question about a possible outage with no harm or demand is an enquiry.")
S("neg", "law", "Christmas closure",
  """Could you confirm your support hours over Christmas and New Year? We're planning our completion diary and want to avoid booking anything on days your team isn't available.""")
S("neg", "lender", "Bulk user upload",
  """We need to add 35 new users after a restructure. Is there a bulk upload template, or do they need to be added one at a time? If there's a template please send it over.""",
  short="is there a bulk upload template for 35 new users?")
S("neg", "law", "Feedback on the webinar",
  """Thanks for yesterday's webinar on remortgages. Really clear. One suggestion for next time: it would help to have the slides in advance so people can make notes. Otherwise spot on.""",
  note="A mild suggestion inside positive feedback, with no dissatisfaction or remedy sought: not a complaint.")
S("neg", "consumer", "Thank you",
  """My purchase completed last week and my solicitor said it was one of the first done on your system in our area. It was all very quick. I just wanted to say thank you.""")
S("neg", "law", "Which version of the TR1?",
  """Does the platform accept the 2025 version of the TR1 with the new e-signature panel, or should we keep using the older form for now?""",
  short="does PEXA accept the 2025 TR1 with the e-signature panel?")
S("neg", "law", "Personal data in our workspace notes",
  """A question of good practice rather than a problem: is it OK for our staff to put clients' phone numbers in the workspace notes field, or would you rather we kept personal data out of the notes altogether? We want to get our internal guidance right.""",
  note="A good-practice question mentioning personal data: no complaint, no right, no breach.")
S("neg", "lender", "Reporting requirement",
  """For our quarterly board pack, can you provide a summary of settlement volumes and average settlement times for our firm for Q3? If there's a self-service report that does this, a pointer would be great.""")
S("neg", "law", "Recommending PEXA",
  """We've been asked by a neighbouring firm what we think of the platform. We've said good things! Is there someone on your sales side they should speak to? I've given them this address for now.""")
S("neg", "law", "Interested in becoming a pilot firm",
  """We saw in your newsletter that you're looking for pilot firms for the new leasehold module. We do a lot of leasehold work in central Manchester and would be interested. Who should we speak to?""")
S("neg", "consumer", "Student project",
  """I'm a second-year law student writing a dissertation on digital conveyancing in England and Wales. Would anyone at PEXA be willing to answer a few questions by email? Nothing confidential - just general views on adoption.""")
S("neg", "law", "Change of email address",
  """My email address is changing from this one to c.haworth@birchallmoss.co.uk next week as we're merging domains. Please can you update my login and notification address when you get a chance.""",
  note="Updating a user's own email address is strictly rectification of personal data, asked neutrally.")
SCENARIOS[-1]["labels"] = parse_labels("neg rights=rectification")
S("neg", "lender", "Re: Complaint PX-C-28770",
  """Thanks for the update. As mentioned on the call, we're satisfied with the outcome and are happy for you to close the case. We'll pick up the process improvements at our next service review.""",
  quote=("Customer Resolution <complaints@pexa-demo.example>", """We write to update you on your complaint about the reporting outage. We have identified the root cause and implemented a fix."""),
  note="Confirmation of satisfaction with a complaint outcome is not a new complaint; the word complaint is only in the subject thread and quote.")
S("neg", "law", "Withdrawn - please ignore my earlier email",
  """Please ignore my email from this morning about the missing workspace - it turned out a colleague had archived it by mistake. All found now. Sorry to trouble you.""",
  short="please ignore my earlier email - workspace found, colleague archived it",
  note="The writer withdraws an earlier problem report; nothing is outstanding, so not a complaint.")
S("neg", "lender", "Security questionnaire",
  """Our information security team needs your completed security questionnaire (attached) as part of our annual supplier assurance. Please could it be returned by 15 December. Sections 4 and 7 cover personal data handling and breach notification.""",
  note="Supplier assurance questionnaire mentioning personal data and breach notification: not a complaint, no breach described.")
S("neg", "law", "Request for a certificate",
  """Could you please send us an updated certificate of insurance for PEXA's professional indemnity cover? Our insurers have asked to see it on renewal.""")
S("neg", "consumer", "Access to the workspace?",
  """My solicitor said I can't log in to the workspace myself, which is fine, but is there any way for me as the buyer to see the progress, like a tracking page? Just curious.""",
  note="'Access' to the workspace is a portal question, not a data-access request; neutral enquiry.")
S("neg", "law", "Happy with the outcome",
  """Just to confirm we're happy with the explanation about the delayed lodgement and the steps you're taking. No need to reply. Thanks for being so open about it.""")
S("neg", "law", "Conference speaker invitation",
  """We're hosting the regional Law Society property forum in March and wondered whether someone from PEXA could speak for 20 minutes on digital completions. Travel expenses would be covered. Let me know if there's interest.""")
S("neg", "lender", "Confirming cut-off times",
  """Before we brief our new team: can you confirm the latest time a same-day settlement can be booked, and whether it differs on the last working day of the month?""",
  short="what is the same-day settlement booking cut-off? any difference at month end?",
  note="A neutral factual question about cut-off times (contrast a complaint about wrong cut-off advice).")
S("neg", "law", "Request for a call",
  """Could someone from your account management team give me a call this week? We're reviewing our suppliers for next year and I'd like to understand your pricing for firms of our size. Tuesday or Wednesday afternoon suits best.""")
S("neg", "consumer", "Did my sale go through?",
  """My solicitor is on holiday and I can't reach anyone at the firm. I think my sale was meant to complete on Friday through you. Can you tell me whether it completed? The house number is 7 Linnet Close, Wakefield.""",
  note="A neutral request for information with no dissatisfaction expressed about PEXA or a firm.")
S("neg", "law", "Updated price list please",
  """Please could you send me the latest fee schedule? We're updating our client care letters for 2027 and want to quote the PEXA charges correctly.""",
  short="please send your latest fee schedule for our 2027 client care letters")
S("neg", "lender", "Complaints handling contact",
  """Could you let me know who in your complaints team we should copy in when we forward borrower complaints that relate to the platform? We'd like to set up a standing contact so things don't get lost. Not about any particular case.""",
  note="A process question about complaint handling contacts; it raises no grievance of its own (the word is not used about the writer's own grievance).")
S("neg", "law", "Good news",
  """Our first fully digital remortgage went through yesterday, start to finish in under an hour. The lender was impressed, our client was impressed, and so was I. Thanks for the support getting us here.""")
S("neg", "law", "Reminder: our office closed Friday",
  """Just to let you know our office will be closed this Friday for staff training. No completions are booked. Normal service resumes Monday.""",
  note="A human-written courtesy notice, not an auto-reply and not a complaint.")
S("neg", "consumer", "Is this email genuine?",
  """I received an email saying it's from PEXA asking me to confirm my bank details for my sale proceeds. My solicitor told me never to give bank details by email. Is this genuine? I haven't clicked anything.""",
  note="A consumer checking a suspected phishing email: no grievance against PEXA and no data actually disclosed, so not a complaint and no breach.")
S("neg", "law", "Thanks for the training",
  """Thank you for running the session for our trainees last Thursday. Everyone said it was the most useful training they'd had since joining. Could you send the slides so they can refer back to them?""")
S("neg", "law", "Compliments to your support desk",
  """I rang your support desk three times today with a tricky transaction and got straight through every time. Each person knew what they were talking about. Credit where it's due.""")
S("neg", "lender", "Parking at your office",
  """We're visiting your Fenchurch Street office on the 3rd for the quarterly review. Is there visitor parking, or should we use a public car park nearby?""",
  note="Meeting logistics, not a complaint (contrast the neighbour's parking complaint).")
S("neg", "law", "Question re 2FA devices",
  """Can a user register two devices for two-factor authentication? A couple of our conveyancers switch between a work phone and their personal phone and would like either to work.""")
S("neg", "consumer", "Could you pass a message to my solicitor?",
  """I'm trying to let my solicitor know I'll be away next week and can't sign anything. I know you're not my solicitor but if there's a way of leaving a note in the system, could you do it? If not, no worries.""",
  note="A neutral request with no dissatisfaction about anyone.")
S("neg", "law", "Your privacy notice",
  """We link to your privacy notice from our client care letter. The link we've been using now gives a 404. Could you send the current URL? Thanks.""",
  note="Asking for a working link to the privacy notice is a routine request, not the right to be informed nor a complaint.")
S("neg", "lender", "Settlement reports for audit",
  """Our external auditors are here next week and would like settlement confirmations for a sample of 25 workspaces (list attached). Could you let me know the best way to pull these?""")

# ---- more auto-generated ------------------------------------------------------------------
S("auto", "auto", "Automatic reply: Workspace invitation not received",
  """Thank you for your email. I am away from the office until Thursday 26 November. During my absence please contact redemptions@heathcotebank.co.uk quoting the account number.""",
  sender="Imogen Entwistle <imogen.entwistle@heathcotebank.co.uk>", headers=OOO_H)
S("auto", "auto", "Out of Office Re: Complaint - outage on Friday completions",
  """I'm out of the office on a course until Monday. If this relates to a live completion, please call 01392 440 118 and ask for the duty partner. Otherwise I will reply on my return.""",
  sender="Graham Oakes <graham.oakes@marshpenrose.co.uk>", headers={},
  note="Out-of-office text with no headers, in a thread whose subject names a complaint: auto_generated only.")
S("auto", "auto", "On holiday",
  """Hello! I'm on holiday until 30 November with no access to emails. Your message has been forwarded to my colleague Farid who will be happy to help.""",
  sender="Zoe Varley <zoe.varley@stanmorelegal.co.uk>", headers={"auto-submitted": "auto-replied"})
S("auto", "auto", "Returned mail: see transcript for details",
  """The original message was received at Mon, 16 Nov 2026 10:42:11 GMT
from mail.pexa-demo.example

   ----- The following addresses had permanent fatal errors -----
<l.ormerod@pellgarside.co.uk>
    (reason: 550 5.2.1 Mailbox disabled)

   ----- Transcript of session follows -----
... while talking to mx.pellgarside.co.uk.:
>>> DATA
<<< 550 5.2.1 Mailbox disabled for this recipient""",
  sender="Mail Delivery Subsystem <MAILER-DAEMON@mail.pexa-demo.example>",
  headers={"return-path": "<>", "content-type": "multipart/report; report-type=delivery-status"})
S("auto", "auto", "Warning: message delayed",
  """This is an automatically generated Delivery Status Notification.

THIS IS A WARNING MESSAGE ONLY.
YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipients has been delayed:
     completions@severnvalebank.co.uk

Subject: Re: Your data access request DSR-2231""",
  sender="postmaster@mail.pexa-demo.example <postmaster@mail.pexa-demo.example>",
  headers={"auto-submitted": "auto-generated", "content-type": "multipart/report; report-type=delivery-status"})
S("auto", "auto", "Your support request SR-604187 has been updated",
  """Your support request has been updated.

Status: Resolved
Summary: Unable to upload documents over 4MB

If you believe this request has not been resolved, reply to this email within 7 days to reopen it. Please do not change the subject line.""",
  sender="PEXA Support <support-noreply@pexa-demo.example>", headers={"auto-submitted": "auto-generated"})
S("auto", "auto", "Rate your recent support experience",
  """How did we do? You recently contacted PEXA Support about 'Workspace invitation not received'. Please rate your experience from 1 to 5 by clicking one of the links below.

1 - Very poor | 2 | 3 | 4 | 5 - Excellent

This is an automated message.""",
  sender="PEXA Support Surveys <surveys@pexa-demo.example>", headers={"precedence": "bulk"})
S("auto", "auto", "Property Law Update - November edition",
  """PROPERTY LAW UPDATE | NOVEMBER 2026

- Consumer Duty: handling complaints from vulnerable clients
- Data breaches in conveyancing: the three mistakes we see most
- Electronic signatures: where are we now?

You are receiving this email because you registered for updates from Hallam Webb LLP. To unsubscribe click here.""",
  sender="Hallam Webb LLP <updates@mail.hallamwebb.co.uk>",
  headers={"precedence": "bulk", "list-unsubscribe": "<https://mail.hallamwebb.co.uk/unsub/771>", "list-id": "<updates.hallamwebb.co.uk>"})
S("auto", "auto", "Kestrel Intermediary News: rate changes and completion dates",
  """Intermediary News from Kestrel Building Society

Rate changes effective Monday 23 November. Reminder: completion funds requested after 2pm will be sent next working day. Our complaints data for H1 is now published on our website.

Unsubscribe | Update preferences""",
  sender="Kestrel Intermediary News <news@mailer.kestrelbs.co.uk>",
  headers={"precedence": "bulk", "list-unsubscribe": "<mailto:leave-88@mailer.kestrelbs.co.uk>"},
  note="A lender's bulk newsletter (List-Unsubscribe) is auto_generated; mentioning complaints data or a directory firm does not make it a complaint.")
S("auto", "auto", "Delivery receipt",
  """Your message has been delivered to the following recipients:

dpo@pexa-demo.example

Subject: Request to delete my account""",
  sender="Microsoft Outlook <postmaster@outlook.com>",
  headers={"content-type": "multipart/report; report-type=delivery-status"},
  note="A delivery receipt repeating the subject of an erasure request is machine-generated: rights=[].")
S("auto", "auto", "Calendar: Accepted: PEXA quarterly service review",
  """Accepted: PEXA quarterly service review
When: Tuesday 1 December 2026 10:00-11:00 (UTC+00:00) London
Where: Microsoft Teams meeting""",
  sender="Owen Rigby <owen.rigby@caldermutual.co.uk>",
  headers={"content-type": "text/calendar; method=REPLY"},
  note="A calendar acceptance generated by the client software is auto_generated.")
S("auto", "auto", "Scanned document from MFD-3RD-FLOOR",
  """Please find attached a document scanned on MFD-3RD-FLOOR.

Pages: 4
Resolution: 300dpi
Device: Konica C300i

This email was sent from an unattended mailbox.""",
  sender="Scanner <scanner@ridgewaylaw.co.uk>", headers={"auto-submitted": "auto-generated"})
S("auto", "auto", "Action required: your password expires in 5 days",
  """Your PEXA password will expire in 5 days. To avoid losing access to your workspaces, please sign in and choose a new password.

This is an automated message. Do not reply.""",
  sender="PEXA Accounts <accounts-noreply@pexa-notify.example>", headers={"auto-submitted": "auto-generated"},
  note="Automated password-expiry reminder; 'losing access' refers to logins.")
S("auto", "auto", "Automatic reply: Marketing preferences",
  """Thanks for your message. I've now left Copperfield Conveyancing. Please direct any queries to info@copperfieldconveyancing.co.uk. This mailbox will be closed on 31 December.""",
  sender="Sophie Lomax <s.lomax@copperfieldconveyancing.co.uk>", headers={"auto-submitted": "auto-replied"})
S("auto", "auto", "Re: Please call me back - Auto-Reply",
  """We have received your email and a member of the Client Care team will be in touch within 5 working days. If you would like to make a complaint about our service, please see the complaints procedure on our website.""",
  sender="Client Care <clientcare@marshpenrose.co.uk>", headers={"x-autoreply": "yes", "auto-submitted": "auto-replied"},
  note="A participant firm's autoresponder; its boilerplate about complaints does not make it a complaint.")

# ---- more rights without complaint ---------------------------------------------------------
S("neg rights=portability", "law", "Copy of my CPD record",
  """Could you send me my training and certification history from your learning portal in a format I can import into my CPD tracking tool, ideally CSV? I'm moving firms and want to take it with me.""",
  short="please send my training history as CSV so I can import it into my CPD tool",
  note="A machine-readable copy of the writer's own records to reuse elsewhere is portability; neutral request.")
S("neg rights=restriction", "consumer", "Please don't use my details for now",
  """My purchase fell through and there's a dispute between me and the seller which may go to court. Until that's resolved, please don't use, share or delete anything you hold about me in connection with it - just keep it as it is. My solicitor may ask for it later.""",
  note="Asking that data be kept but not used pending a dispute is restriction; no grievance against PEXA.")
S("neg rights=access,informed", "consumer", "What information do you have",
  """Hi, I sold my flat in March and I'm curious what information PEXA kept about me. Could I have a copy, and could you tell me why you keep it and for how long?""",
  note="A copy of the data (access) and an explanation of purpose and retention (informed), asked neutrally.")
S("neg rights=objection", "consumer", "Unsubscribe",
  """please take me off your mailing list, I dont want the homeowner tips emails any more. thanks""",
  short="please take me off your mailing list",
  note="A plain unsubscribe request is an objection to marketing; no grievance.")
S("neg rights=access", "law", "Call recording",
  """Please could you send me a copy of the recording of my call with your support team on 4 November at about 11am? I want to check exactly what I was told about the lodgement fee for our file note. Thanks.""",
  note="A request for a copy of a call recording of the writer's own call is an access request; neutral purpose, no complaint.")
S("neg rights=erasure,objection", "law", "Account no longer needed",
  """I've moved to a role that doesn't involve conveyancing. Please close my user account and erase my personal details, and please don't contact me about events or products any more.""")
S("neg rights=rectification tp", "tp", "Correction on behalf of my client",
  """We act for Mrs Olive Marsden. Her name appears as 'Olivia Marsden' on the workspace records for her recent sale and therefore on the completion confirmation. Please correct it to Olive Marsden. Her authority is attached.""",
  sign="Marsden & Co Solicitors",
  note="A solicitor asks for a client's name to be corrected: rectification on someone else's behalf (third_party); neutral.")
S("neg rights=informed,automated_decision", "law", "Questions about your fraud checks",
  """Our compliance officer would like to understand your fraud screening. Is personal data about our users or clients used in automated risk scoring? If a settlement is blocked by an automated check, can we ask for a person to review the decision? And what data is used to make it?""",
  note="Questions about automated decision-making and the data used, asked in advance and neutrally: informed and automated_decision, not a complaint.")

# ---- more hard negatives -------------------------------------------------------------------
S("neg", "lender", "Re: Funds release approvals",
  """Thanks for the quick reply. That answers it - we'll set up the second authoriser before the weekend.""",
  quote=("PEXA Support <support@pexa-demo.example>", "Yes, for releases over £500,000 two authorisers are required. You can add a second authoriser from the firm settings page."),
  note="Acknowledging a helpful answer; nothing outstanding.")
S("neg", "law", "Are we still on for Thursday?",
  """Hi, just checking we're still on for the demo on Thursday at 2pm with your new account manager. I've booked the boardroom. Let me know if anything changes.""",
  short="still on for the demo Thursday 2pm?")
S("neg", "law", "Please delete my earlier email",
  """I sent an email to this address by mistake this morning - it was meant for our own internal complaints team and is nothing to do with PEXA. Please delete it without reading if you can. Apologies!""",
  note="Asks PEXA to delete a misdirected email about another matter; no complaint about PEXA, no erasure right about personal data held by PEXA.")
S("neg", "lender", "Statement of account",
  """Please could you send us a statement of account showing all invoices and payments for the last 12 months? Our auditors have asked for a reconciliation. Everything looks fine on our side.""")
S("neg", "consumer", "Help with something my solicitor sent",
  """My solicitor sent me a link to verify my identity on your system. Before I do it, can you confirm this is a real PEXA link? The address it goes to is verify.pexa-demo.example. Thank you.""")
S("neg", "law", "New starter course dates",
  """We've got two new starters on 4 January. Can you let me know the next available dates for the online induction course and how they book?""",
  short="next induction course dates for 2 new starters in January?")
S("neg", "law", "Query about the audit trail",
  """Is it possible to see who within our firm viewed a particular workspace and when? We're doing an internal file review and want to check who accessed the file. It's for internal purposes only.""",
  note="'Who accessed the file' is an audit-trail query, not a personal data access request; neutral.")
S("neg", "law", "Re: Formal complaint - lodgement rejected twice",
  """Just to let you know the lodgement went through this morning and the charge is registered. Thanks to Ellis for chasing it. We consider this closed.""",
  quote=("Customer Resolution <complaints@pexa-demo.example>", "Thank you for your formal complaint. We have escalated the lodgement to our Land Registry integration team."),
  note="The writer confirms the matter is resolved and closed; the complaint wording is only in the quoted chain and subject.")
S("neg", "lender", "Our complaints MI request",
  """For our quarterly conduct risk report, could you provide the number of complaints PEXA logged from our borrowers that you forwarded to us in Q3? We want to reconcile against our own register. Thanks in advance.""",
  note="A request for MI about forwarded complaints; not a grievance.")
S("neg", "consumer", "Just checking",
  """Hello, I have my completion on Friday and my solicitor says it is via PEXA. Do I need to be at home or do anything on the day? Thank you very much.""")
S("neg", "law", "Verifying a new signatory",
  """We have a new partner joining on 1 December who will need signing authority. What documents will you need from her, and how long does verification usually take?""",
  short="what docs do you need to verify a new signing partner, and how long does it take?")
S("neg", "law", "Holiday cover",
  """I'm off from 21 December to 4 January. My colleague Rosie Haworth will cover any queries about our workspaces. Her direct line is 0114 496 0931.""",
  note="A human-written note about holiday cover sent in advance is not an auto-reply.")
S("neg", "law", "ta",
  """ta for sorting that so quick""",
  short="ta for sorting that so quick")
S("neg", "lender", "Confirmation of bank details",
  """As a fraud check, please could you ring our treasury team on the number on our website to confirm the settlement bank account details we hold for PEXA? Our process requires a call-back verification annually.""")
S("neg", "law", "Re: Your support request SR-551902",
  """Yes, it's working now, thank you. We can see the full workspace history again.""",
  quote=("PEXA Support <support@pexa-demo.example>", "We've applied a fix to your account. Could you confirm whether the workspace history is now showing?"))
S("neg", "consumer", "Compliment",
  """I wanted to pass on my thanks to the lady on your helpline on Tuesday - I think her name was Una. I was very anxious about my sale and she explained everything slowly and kindly. Please let her manager know.""")
S("neg", "law", "Complaint by our client - not about PEXA",
  """For information only: we've received a complaint from one of our own clients about our fees on a matter that completed through PEXA. It's nothing to do with the platform and we're dealing with it under our own procedure. Just flagging in case the client contacts you too, in which case please send them back to us.""",
  note="A firm tells PEXA it is handling its own client's complaint; the writer has no grievance against PEXA and nothing to forward, so not a complaint.")
S("neg", "law", "Sole practitioner - are we eligible?",
  """I'm a sole practitioner with a small residential caseload. Am I eligible to join PEXA, and are the fees the same as for larger firms?""")
S("neg", "applicant", "Speculative application",
  """I'm a licensed conveyancer with nine years' experience and I'm looking to move into a product or training role. I'd love to know whether PEXA has any openings in customer training. My CV is attached.""")
S("neg", "vendor", "Invoice from Leadbridge",
  """Please find attached our invoice LB-2231 for the October lead generation campaign. Payment terms are 30 days. Any questions, just let me know.""",
  note="A supplier invoice, not a grievance.")

# ---- more third parties -----------------------------------------------------------------------
S("c:delay tp firm=hcb", "tp", "Mrs D Whitcombe - discharge outstanding",
  """I am a money adviser at StepUp Debt Advice and I'm helping Mrs Doreen Whitcombe, who repaid her Heathcote mortgage from an inheritance in July. The charge still hasn't been removed, which is holding up her move into sheltered housing. Heathcote's branch told her the discharge 'goes through PEXA'.

Please could this reach the right team at the bank so the discharge is completed, and let me know who is dealing with it.""",
  sign="Money Adviser, StepUp Debt Advice",
  note="A money adviser writes for a client (third_party); the grievance is the lender's late discharge, so forward to hcb.")
S("c:usability tp", "tp", "My grandmother's signing",
  """I'm writing for my grandmother, who is 84 and selling her house. The signing page your system sends her is impossible on her tablet: the text is tiny, the button she needs is hidden under a pop-up and she has 'declined' by mistake twice. Her solicitor says she has to use it.

Can you make it usable or send her something she can sign another way? She asked me to email you.""",
  note="A grandson writes for his grandmother (third_party) about PEXA's own signing page (usability).")
S("c:fees_charges tp", "tp", "Client charged twice by your system",
  """We act for Mr and Mrs Okonedo. Their sale completion statement shows PEXA's consumer settlement fee charged twice (£36 x 2). We've raised it with their conveyancer, who confirms both charges came from the platform invoice.

On behalf of our clients we ask that the duplicate fee be refunded and that you confirm how this happened.""",
  sign="Private Client Team, Lyle Harcourt LLP",
  note="Solicitors write for consumers about a PEXA fee charged twice: third_party complaint about PEXA (fees_charges), not forwarded.")
S("c:inaccurate_information tp firm=tvm", "tp", "Constituent: Mr T Rowley",
  """My constituent Mr Tobias Rowley has asked for my help. His lender, Thames Valley Mortgages, told him in writing that his mortgage funds would be released on 6 November, and he arranged his removal accordingly. The funds were not released until 10 November, and he has been told that the date he was given was 'indicative only'.

I would be grateful if this could be passed to the lender for a full response.""",
  sign="Office of Priya Basra MP, House of Commons",
  note="An MP's office writes for a constituent about his lender's wrong completion date: third_party, forward to tvm (inaccurate_information).")
S("c:personal_data pd tp", "tp", "On behalf of my wife",
  """My wife asked me to write as she's too upset. She changed her name after our marriage and told her solicitor and you, but your completion confirmation still went out in her old name and to her old address, where her ex-husband lives. She doesn't want him knowing where we live now.

Please correct her details everywhere and tell us who has seen the confirmation.""",
  note="A husband writes for his wife (third_party) about PEXA holding and using out-of-date personal data; asks for correction (rectification) and who saw it (access to disclosure information is not requested as a copy, so only rectification).")
SCENARIOS[-1]["labels"] = parse_labels("c:personal_data pd tp breach rights=rectification")
SCENARIOS[-1]["note"] = "A husband writes for his wife (third_party); PEXA sent her confirmation to an old address where her ex-husband lives (disclosure to the wrong person: breach) and she wants her details corrected (rectification)."
S("c:wait_time tp", "tp", "Calling on behalf of a deaf client",
  """I'm a support worker for Mr Ian Coutts, who is profoundly deaf. He has tried to contact you about his completion funds, but the only options are a phone line or a live chat that never gets answered; he waited over an hour on chat twice this week. There's no text relay option listed.

Please could someone respond to me by email and explain how he can reach you.""",
  sign="Support Worker, Deafness Support Network",
  note="A support worker writes for a deaf client (third_party) about being unable to reach PEXA (wait_time).")
S("C:service_quality tp firm=gfl", "tp", "Complaint about Greyfriars Law on behalf of my mother",
  """I'm writing on behalf of my mother, Mrs Agnes Laird, to complain about Greyfriars Law, who are handling the sale of her flat in Leith. They have repeatedly phoned her at 8am, spoken to her as if she was confused, and sent documents to my late father's email. She has asked me to deal with it.

I understand you run the completion system. Please pass this to the firm or tell me who to write to.""",
  note="A daughter writes for her mother (third_party), explicitly complaining about the conveyancer Greyfriars Law (gfl): forward.")
S("c:platform_defect tp", "tp", "Our client's failed remortgage",
  """We are a mortgage broker acting for Ms Freya Halloran. Her remortgage failed to complete on Monday; her conveyancer and the lender both say the settlement was blocked by a fault on the PEXA platform, and she has now lost her new product rate, which expired on Tuesday.

On her behalf we'd ask for an explanation of the fault and what PEXA will do about the lost rate.""",
  sign="Advisers, Kingfisher Mortgage Services",
  note="A broker writes for a borrower about a PEXA platform fault; both the lender and conveyancer say PEXA is at fault, and no participant firm is blamed, so not forwarded.")

# ---- more own-service complaints in varied voices -----------------------------------------------
S("c:platform_defect", "law", "SYSTEM DOWN AGAIN",
  """THIRD TIME THIS WEEK. WE CANNOT GET INTO ANY WORKSPACE AND WE HAVE 4 COMPLETIONS BOOKED. NOBODY ANSWERS THE PHONE. SORT IT OUT AND CALL ME.""",
  short="SYSTEM DOWN AGAIN - 4 COMPLETIONS - CALL ME")
S("c:platform_defect", "law", "problem with settlement please help",
  """Good day. I am working in the conveyancing team since March. Yesterday the settlement for our client is not happen, the screen show 'pending' all afternoon and then 'unsuccessful' but no reason. The bank say they send money, the other solicitor say they not receive. Our client is very angry with us and we do not know what to tell him.

Please can you check what is wrong and explain to us, and also who will pay the cost for the client extra night. Thank you for your help.""")
S("c:delay", "law", "?",
  """Any update on my email of the 3rd? Still nothing and the client is on my back every day. Really not good enough.""",
  short="any update on my email of the 3rd?? still nothing, client on my back daily",
  note="A short chaser with a negative judgement and an expected answer: implicit complaint about delay.")
S("c:fees_charges", "lender", "Fees for failed settlements",
  """We've been charged the settlement fee on three workspaces where settlement failed because of your platform outage on 30 October, and then charged again when they settled the following day. We shouldn't pay twice for your outage.

Please credit the first set of fees.""",
  note="The grievance is being charged again after PEXA's outage; the remedy sought is a fee credit, so fees_charges is the main root cause.")
S("c:service_quality", "law", "Your support agent shared our issue on LinkedIn",
  """One of your support staff has posted on LinkedIn about 'a firm that couldn't work out how to upload a PDF', with a cropped screenshot of our chat that includes our firm name. That's unprofessional and embarrassing.

We want it taken down and an apology.""",
  note="Staff conduct grievance (service_quality); no individual's personal data is involved, only the firm's name.")
S("c:process", "law", "Requirement to use your approved browsers only",
  """We've been told by your support team that because we use Firefox, which is our firm's standard browser, any problems we have are 'unsupported'. Our IT policy doesn't allow us to install Chrome. We pay the same fees as everyone else.

Please explain why Firefox isn't supported and whether that's going to change.""")
S("c:training", "law", "Exam fee after cancelled session",
  """Our trainee failed the certification test because the preparation session you booked her on was cancelled, and now we're told she has to pay £85 to resit. She had no training at all before sitting it.

Please let her resit free of charge and book her on a session that will go ahead.""",
  note="Main root cause is the cancelled training (training beats fees_charges as the more specific theme).")
S("c:onboarding", "lender", "Onboarding documents requested again",
  """Your onboarding team has asked us for our certificate of incorporation, a list of directors and our FCA permissions for the third time. All three were uploaded in September and your team confirmed receipt. We're now told the files 'can't be found'.

Please find them, and let us know what exactly is outstanding before our go-live date slips further.""")
S("c:usability", "lender", "Reconciliation report format",
  """The new reconciliation export puts amounts in a text column with a £ sign and commas, so our finance system can't import it and we have to clean it by hand every day. The old format worked fine.

Please give us the old format back or an option to export plain numbers.""")
S("c:wait_time", "lender", "Priority line for lenders",
  """Your so-called priority lender line put us in a queue behind 23 callers at 1.50pm on a Friday while funds were stuck. We waited 38 minutes. What is the point of a priority line?

We'd like an answer, and we'd like to know what the target answer time for the priority line is.""")
S("C:inaccurate_information", "lender", "Complaint - misleading release notes",
  """I'd like to complain about your release notes for version 7.4, which said that the discharge authority would carry over automatically to resubmitted workspaces. It didn't, and six of our discharges were lodged without authority and rejected by HM Land Registry.

Please correct the notes and respond to this complaint with an explanation.""")
S("c:delay", "law", "Completion confirmation",
  """Completion confirmations used to arrive within minutes of settlement. For the last three weeks they've been taking a day or more, so we can't release keys with confidence and clients are ringing us. Please find out what's going on and let us know when it'll be back to normal.""",
  note="Confirmations arriving late is something being late (delay), not a failure of the system to work.")

# ---- more consumer complaints about firms -----------------------------------------------------
S("c:service_quality firm=kbs", "consumer", "Kestrel building society",
  """Kestrel's redemption team told me they 'don't deal with the PEXA side' and put the phone down on me. I just wanted to know if they had received my solicitor's request. I've banked with them for thirty years.

I'd like someone to tell them that's no way to treat a customer.""",
  note="A borrower's grievance is the lender's staff conduct ('Kestrel' = kbs): forward (service_quality).")
S("c:fees_charges firm=ols", "consumer", "legal fees",
  """Orchard Lane have added a £120 'electronic completion fee' to my bill which wasn't in their quote. When I asked, they said it's what PEXA charges them. Is that true? If PEXA charge them less than that, I want the difference back from them.""",
  note="The grievance is the solicitors' own added fee (ols); PEXA is only asked a factual question, so forward (fees_charges).")
S("c:delay firm=unknown", "consumer", "Redhill Homes Lending",
  """My lender Redhill Homes Lending has taken five weeks to send funds for my purchase. My solicitor says they're in the PEXA workspace but keep missing deadlines. The vendor has now threatened to serve a notice to complete.

Please get them to do something.""",
  note="The lender is not in the directory, so about_other_firm=unknown (delay).")
S("c:inaccurate_information firm=hcb", "consumer", "Fwd: your mortgage offer",
  """Please see below. Heathcote's offer says completion by 20 November, but they're now telling my solicitor the offer expired on the 10th and they need to reissue it, which will take two weeks. I've lost my moving date. I want them to honour what they wrote.""",
  fwd=("Mortgage Offers <offers@heathcotebank.co.uk>", "Your mortgage offer", "Your offer is valid for completion on or before 20/11/2026. Your conveyancer will request funds through the electronic settlement platform."),
  note="The lender (Heathcote, also the forwarded @heathcotebank.co.uk address) gave contradictory expiry information: forward to hcb.")
S("c:service_quality firm=mpc", "consumer", "M&P",
  """my conveyancer at M&P keeps forgetting who I am, asked me for the same ID three times and sent my draft contract to my sister. I want a different person on my file and someone to tell me why it's this bad""",
  note="'M&P' is Marsh & Penrose (mpc); service grievance with their conveyancer. The contract sent to a relative is a disclosure by the firm, not by PEXA; it is forwarded whole with breach noted.")
SCENARIOS[-1]["labels"] = parse_labels("c:service_quality firm=mpc pd breach")
S("c:delay firm=bhf", "consumer", "Beacon Finance still not paid",
  """Beacon Finance still haven't released the money for my remortgage, nine days after the date on my offer. My solicitor is ready and says it's all waiting on them in your system. I'm paying my old lender's standard variable rate in the meantime.

Please make them get on with it.""",
  short="beacon finance 9 days late releasing my remortgage money - please make them",
  note="'Beacon Finance' is an alias of Beacon Home Finance (bhf): forward (delay).")

# ---- more auto --------------------------------------------------------------------------------
S("auto", "auto", "Automatic reply: Your complaint - acknowledgement PX-C-30733",
  """Thank you for your message. I no longer work at Thames Valley Mortgages. Your email will not be forwarded. Please contact customercare@tvmortgages.co.uk.""",
  sender="Jonah Pritchard <jonah.pritchard@tvmortgages.co.uk>", headers={"auto-submitted": "auto-replied", "x-autoreply": "yes"})
S("auto", "auto", "Out of Office",
  """Thanks for your email. I am currently on parental leave and will be back on 4 January. For anything to do with our PEXA workspaces, please email pexa@tollgateconveyancing.co.uk.""",
  sender="Isaac Brereton <isaac.brereton@tollgateconveyancing.co.uk>", headers={},
  short="We have received your request for a copy of your personal data and will respond within one month.")
S("auto", "auto", "Undeliverable: Re: Your subject access request",
  """Delivery has failed to these recipients or groups:

k.abernethy@greyfriarslaw.co.uk
The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.""",
  sender="Microsoft Outlook <postmaster@greyfriarslaw.co.uk>",
  headers={"auto-submitted": "auto-replied", "content-type": "multipart/report; report-type=delivery-status"})
S("auto", "auto", "Settlement complete: 22 Linden Grove",
  """Settlement for workspace 38-55170 (22 Linden Grove) completed successfully at 12:41. Funds have been disbursed as per the financial settlement schedule. Lodgement with HM Land Registry will follow.

This notification was generated automatically.""",
  sender="PEXA Notifications <no-reply@pexa-notify.example>", headers={"auto-submitted": "auto-generated"})
S("auto", "auto", "Lodgement requisition raised - workspace 29-41102",
  """HM Land Registry has raised a requisition on the application for workspace 29-41102. Response due by 04/12/2026. Log in to view details.

You are receiving this message because you are a subscriber on this workspace.""",
  sender="PEXA Notifications <no-reply@pexa-notify.example>", headers={"auto-submitted": "auto-generated"})
S("auto", "auto", "Law Society Property Section - bulletin",
  """Property Section Bulletin 47

* Consultation: electronic signatures on deeds
* Practice note update: handling client complaints about completion delays
* Cyber security: spotting fake bank detail changes

Manage your subscription at lawsociety.example/subscriptions.""",
  sender="Property Section <bulletins@lawsociety.example>",
  headers={"precedence": "bulk", "list-id": "<property.bulletins.lawsociety.example>"})
S("auto", "auto", "I'm away",
  """Hi, I'm away from my desk until 2pm today. I'll pick up your email when I'm back. If it's an urgent completion please ring 0113 496 0002.""",
  sender="Una Mottram <una.mottram@birchallmoss.co.uk>", headers={})
S("auto", "auto", "Your message to dpo@beaconhomefinance.co.uk",
  """Thank you for contacting Beacon Home Finance's Data Protection Office. This is an automatic acknowledgement. We aim to respond to all requests within one month. Please do not reply to this email.""",
  sender="Data Protection Office <dpo-noreply@beaconhomefinance.co.uk>", headers={"auto-submitted": "auto-replied"})
S("auto", "auto", "Recall: Formal complaint about Friday's outage",
  """Victoria Goddard would like to recall the message, "Formal complaint about Friday's outage".""",
  sender="Victoria Goddard <victoria.goddard@caldermutual.co.uk>", headers={},
  note="An Outlook message-recall notice is generated by the mail client; the complaint is only named in it.")
S("auto", "auto", "Spam quarantine summary",
  """Quarantine summary for complaints@pexa-demo.example

3 messages held in the last 24 hours:
- "Invoice overdue - act now"
- "Your parcel could not be delivered"
- "Complaint regarding your service (attachment)"

Release messages from the quarantine portal.""",
  sender="Email Security <quarantine@mailfilter.pexa-demo.example>", headers={"auto-submitted": "auto-generated"})

# ---- more hard negatives ---------------------------------------------------------------------
S("neg", "law", "Training feedback form",
  """Here's our completed feedback form for the November course. In short: good content, the trainer was excellent, the room was a bit cold. Happy to discuss if useful.""",
  note="Feedback with a trivial negative ('the room was a bit cold') and no remedy expected is not a complaint.")
S("neg", "lender", "FYI - our systems outage",
  """Just letting you know our own payment system will be down for maintenance on Saturday morning, so we won't be able to release any funds between 7 and 11am. No completions are booked in that window.""")
S("neg", "law", "Question about fees for aborted workspaces",
  """If a workspace is abandoned before settlement, is there still a fee? We're writing our client care letter and want to explain it correctly.""",
  short="is there a fee if a workspace is abandoned before settlement?",
  note="A neutral fee question (contrast the complaint about being charged for an abandoned workspace).")
S("neg", "consumer", "Thank you for your help yesterday",
  """Thank you for ringing me back yesterday and explaining where my sale money was. It arrived this morning. I was in a state when I called and your colleague was very patient.""")
S("neg", "law", "Request for API documentation",
  """Our case management supplier is building an integration. Could you send the API documentation and let us know how to get sandbox credentials?""")
S("neg", "lender", "Change of completions inbox",
  """Please update your records: our completions desk mailbox is changing to completions.team@kestrelbs.co.uk from 1 December. The old address will auto-reply for three months.""")
S("neg", "law", "Data breach training for our staff?",
  """Do you provide any training or guidance for participant firms on avoiding data breaches in workspaces, for example adding the wrong party? We're putting together our annual GDPR refresher.""",
  note="A training question that mentions data breaches; nothing happened, so breach=false and not a complaint.")
S("neg", "consumer", "Sorry - wrong address",
  """Apologies, I meant to send my complaint to my solicitors, not to you. Please ignore my earlier email. I've now sent it to them directly.""",
  note="The writer withdraws a misdirected email; the word complaint refers to a grievance now sent elsewhere, nothing is asked of PEXA.")

# ---- rights combined with complaints ----------------------------------------------------------
S("c:personal_data pd rights=portability", "law", "Export of my data - unusable",
  """I asked for my user and activity data in a machine-readable format so I could move it into my new firm's system. What I received was a 60-page scanned PDF, some of it illegible. That's not what I asked for and it's no use to me.

Please send it again as CSV or JSON, as I originally requested.""",
  note="A portability request answered badly (scanned PDF instead of machine-readable data) is a personal_data complaint; the repeated request is portability.")
S("C:personal_data pd rights=erasure", "consumer", "Complaint - you didn't delete my data",
  """In May I asked you to delete my details after my sale, and you confirmed in writing that you had. This week I received a 'PEXA homeowner update' email addressed to me by name. So you clearly didn't delete it. I'm making a complaint about that.

Delete my data properly this time and confirm what you still hold.""",
  note="An erasure request that was not carried out is an explicit personal_data complaint; the renewed request is erasure.")
S("c:personal_data pd rights=restriction,rectification", "lender", "Incorrect incident record on my user profile",
  """Your platform's user record for me shows a 'security incident' flag from September, which I understand was raised against a different user with a similar name. Because of it my authorisations keep being held for manual review and I've missed two funds releases.

Please stop using that flag on my account straight away and correct my record.""",
  note="Inaccurate data held about the writer is causing harm: personal_data complaint; stop using it (restriction) and correct it (rectification).")
S("c:onboarding rights=automated_decision,informed", "law", "Declined - no explanation",
  """Our firm's application was declined by your automated risk check with no explanation. We're a long-established practice with a clean SRA record. I want to know what information the decision was based on and where it came from, and I want a person to look at it again.""",
  note="Onboarding grievance (automatic decline) with requests for human review (automated_decision) and for an explanation of the data used and its source (informed).")
S("c:service_quality rights=access", "consumer", "What your adviser said to me",
  """When I rang on 2 November your adviser told me my solicitor had 'messed up' and then, when I repeated this to my solicitor, your team denied it was ever said. I feel like I'm being called a liar.

I want a copy of the recording of that call and an apology.""",
  note="Service grievance about PEXA's adviser; the copy of the call recording is an access request; personal_data false because the grievance is the staff member's conduct.")
S("c:personal_data pd rights=objection,erasure", "law", "Your event photos",
  """Photos from your October conference, including several of me, have been posted on your website and LinkedIn with my name in the captions. Nobody asked for my consent and I specifically ticked 'no photography' on the registration form.

Please take them down, delete them, and don't use my image for promotion again.""",
  note="Use of the writer's image against her stated choice is a data-use complaint; take down/delete (erasure) and do not use for promotion (objection).")
S("neg rights=restriction,access", "law", "Litigation hold",
  """We're in a fee dispute with a former client about a transaction that completed through PEXA in 2025. Could you please make sure the workspace records relating to me as the acting conveyancer are retained and not altered or deleted while the dispute is ongoing, and send me a copy of the personal data about me in that workspace?""",
  note="Asking that data be kept and not changed while a dispute runs (restriction) and for a copy (access), with no grievance against PEXA.")
S("neg rights=automated_decision", "lender", "Manual review option",
  """Could you confirm whether our completions officers can request a human review if the platform's automated fraud check blocks a funds release? We'd like it written into our procedures. Nothing has gone wrong - we're just planning ahead.""",
  note="A neutral question about human review of automated decisions; automated_decision, not a complaint.")
S("c:personal_data pd rights=informed,access", "consumer", "A company called PEXA has my data",
  """I've received a letter from a credit broker saying they got my details 'via a property settlement platform'. The only one I've heard of is you. I'd like to know whether you passed my information to them, on what basis, and I'd like a copy of everything you hold about me.""",
  note="Suspected unexpected sharing of a consumer's data by PEXA: personal_data complaint; asks about basis and recipients (informed) and for a copy (access).")
S("c:delay rights=access", "law", "Still waiting for the audit log",
  """Three weeks ago I asked for a copy of the login and activity records held on me for a disciplinary hearing that is now next Tuesday. Your team keep saying it's 'with compliance'. I need it before the hearing.""",
  note="A request for the writer's own records (access) that has been left waiting: the grievance is delay in responding to a data-rights request, so personal_data is true.")
SCENARIOS[-1]["labels"] = parse_labels("c:personal_data pd rights=access")
SCENARIOS[-1]["note"] = "An access request left unanswered for three weeks is a badly handled data-rights request: implicit personal_data complaint, rights=access."

# ---- more out-of-office / autoresponders ---------------------------------------------------------
S("auto", "auto", "Automatic reply: Failed settlement - 3 Rydal Mount",
  """I am out of the office until Tuesday 24 November. I will have intermittent access to email. For urgent matters regarding completions please contact Lewis Rigby on 0114 496 0127.

Please note our office closes at 4pm on Fridays.""",
  sender="Eleanor Sowerby <e.sowerby@fenwicklyle.co.uk>", headers=OOO_H,
  short="We're sorry to hear about the failed settlement on 3 Rydal Mount and have opened complaint PX-C-30855.")
S("auto", "auto", "Out of office - back Monday",
  """Thanks for your email. I'm out of the office on annual leave and back on Monday. I won't be checking emails. If it's urgent, please email redemptions@caldermutual.co.uk.""",
  sender="Kwame Walmsley <kwame.walmsley@caldermutual.co.uk>", headers=OOO_H2)
S("auto", "auto", "Re: Your request to delete your account",
  """I'm currently away until 7 December with no access to email. Messages will not be forwarded. For help with PEXA matters please email conveyancing@pellgarside.co.uk.""",
  sender="Jasmine Haworth <jasmine.haworth@pellgarside.co.uk>", headers={},
  note="Out-of-office text (no headers) on a thread about deleting an account: auto_generated, so rights=[].")
S("auto", "auto", "Automatic reply: Marketing preferences updated",
  """Hello, I'm on leave until 1 December. For anything urgent please contact the completions team on 0345 071 3300.

Thanks
Vikram""",
  sender="Vikram Naylor <vikram.naylor@heathcotebank.co.uk>", headers={"auto-submitted": "auto-replied"})
S("auto", "auto", "Out of Office: Constituent enquiry",
  """Thank you for contacting the office of Daniel Ferris MP. The office is closed until Monday. If your enquiry is urgent, please call 020 7946 0123. We aim to respond to all correspondence within 10 working days.""",
  sender="Office of Daniel Ferris MP <daniel.ferris.mp@parliament.uk>", headers={"auto-submitted": "auto-replied"},
  note="An MP's office autoresponder: auto_generated, so third_party stays false.")
S("auto", "auto", "Away from my desk",
  """I'm out at client meetings all day today and will reply to your email tomorrow morning. If your completion is today, please ring the office on 0161 496 0240.""",
  sender="Harjit Delaney <harjit.delaney@orchardlanesolicitors.co.uk>", headers={},
  note="Out-of-office text from a directory firm's conveyancer: auto_generated; about_other_firm stays null.")

# ---- a few more 'other' and miscellaneous complaints ------------------------------------------------
S("c:other", "public", "Your delivery drivers",
  """Vans delivering to your office building have been idling outside our house on Crane Street from 6.30 in the morning, engines running, for the past fortnight. The fumes come straight into our children's bedroom. I've asked the drivers to switch off and been sworn at.

Please tell your suppliers to stop this and let me know you've done so.""",
  note="A neighbour's grievance about PEXA's deliveries with a remedy expected: implicit complaint, no matching theme, so other.")
S("c:other", "law", "Charity golf day",
  """We paid £600 for a team place at your charity golf day in September and the event was cancelled with two days' notice. We were told the fee would be donated to the charity 'unless you object'. We did object, in writing, and have heard nothing since.

Please refund the fee and confirm.""",
  note="A grievance about an event booking with a refund expected; not a platform fee, so other.")
S("c:other", "consumer", "Your advert",
  """Your billboard at Piccadilly station says 'Never lose a house to a failed completion again'. My completion failed last month on your system. I find the advert misleading and, frankly, upsetting. I'd like a reply explaining how you can justify it.""",
  note="A member of the public objects to PEXA's advertising and expects a reply; the failed completion is context, so other.")
S("c:wait_time", "consumer", "Can't get through",
  """I've been trying to ring you since 9 this morning about my sale money and every time it says the queue is full and hangs up. It's now 2.30. I just need somebody to tell me if my money's been sent. Please phone me on 07700 900 614.""",
  short="been trying to ring since 9am, queue full every time - please phone me 07700 900 614",
  note="A consumer unable to reach PEXA by phone: wait_time, about PEXA itself.")
S("c:service_quality", "lender", "Weekend support",
  """Your weekend support team told our Saturday officer that they 'can't help with lender issues' and that she should 'wait until Monday'. We had three completions in progress. That's not the weekend cover we're paying for.

We'd like an explanation and confirmation of what weekend support actually covers.""")
S("C:usability", "law", "Complaint - accessibility of your certification test",
  """I'd like to make a complaint about the certification test. It has a 20-minute timer that can't be paused or extended, and I'm dyslexic. I asked your training team for a reasonable adjustment and was told the test 'is the same for everyone'.

Please let me sit it with extra time and explain how you handle adjustment requests.""",
  note="Explicit complaint about the test being unusable for a dyslexic user without adjustments; the test tool works, it is hard to use, so usability (training is a close second).")

# --- END SCENARIOS ---


# ===========================================================================
# Demo inbox (data/demo_inbox/*.eml + EXPECTED.md) for `make demo` on the pexa profile
# ===========================================================================
DEMO_TO = "PEXA Complaints <complaints@pexa-demo.example>"


def _demo_msg(frm, subject, date, body, msgid=True, extra=None, ctype="text/plain; charset=utf-8",
              cte="8bit", to=DEMO_TO, n=0):
    h = [("From", frm), ("To", to), ("Subject", subject), ("Date", date)]
    if msgid:
        h.append(("Message-ID", f"<{20261100 + n}.{zlib.crc32(subject.encode()) % 10**8:08d}@{frm.split('@')[-1].rstrip('>') if '@' in frm else 'mail.example'}>"))
    h += [("MIME-Version", "1.0")]
    for k, v in (extra or []):
        h.append((k, v))
    if ctype:
        h.append(("Content-Type", ctype))
    if cte:
        h.append(("Content-Transfer-Encoding", cte))
    return ("\n".join(f"{k}: {v}" for k, v in h) + "\n\n" + body.rstrip("\n") + "\n").encode("utf-8")


def demo_messages():
    """Return [(filename, bytes, expected decision)]; hand-written for the demo."""
    import base64
    days = {2: "Mon", 3: "Tue", 4: "Wed", 5: "Thu", 6: "Fri", 9: "Mon", 10: "Tue", 11: "Wed", 12: "Thu",
            13: "Fri", 16: "Mon", 17: "Tue", 18: "Wed", 19: "Thu", 20: "Fri"}

    def date(d, hm):
        return f"{days[d]}, {d} Nov 2026 {hm}:00 +0000"

    M = []

    def add(fname, data, expected):
        M.append((fname, data, expected))

    n = 0

    def txt(fname, frm, subject, d, hm, body, expected, **kw):
        nonlocal n
        n += 1
        add(fname, _demo_msg(frm, subject, date(d, hm), body, n=n, **kw), expected)

    txt("01-explicit-complaint-outage.eml", "Rebecca Ashworth <r.ashworth@orchardlanesolicitors.co.uk>",
        "Formal complaint - platform outage on Friday 13 November", 16, "09:02",
        """Dear PEXA,

I wish to make a formal complaint about Friday's outage. The platform was unavailable from about 11.40 until after 3pm and four of our six completions failed to settle. We received no notification from you at all; a client told us.

Please log this as a complaint, explain what happened, and set out your proposals for our clients' costs.

Rebecca Ashworth
Completions Manager, Orchard Lane Solicitors""",
        "complaint, explicit; platform_defect; about_other_firm null (OLS is the complainant, not the subject)")
    txt("02-implicit-failed-settlement.eml", "Marcus Delaney <m.delaney@hallamwebb.co.uk>",
        "Settlement failed again - 9 Fernbank Close", 16, "15:47",
        """Hi,

Settlement on 9 Fernbank Close failed at 2pm today with no reason shown. Everything was signed and the funds were confirmed. This is the third one this month. Your support agent said "it just does that sometimes".

I need to know exactly why it failed and who is paying for our clients' hotel tonight. Please call me.

Marcus Delaney
Senior Conveyancer, Hallam Webb LLP""",
        "complaint, implicit; platform_defect")
    txt("03-implicit-wrong-cutoff.eml", "Harjit Sandhu <h.sandhu@greyfriarslaw.co.uk>",
        "Cut-off time", 17, "10:15",
        """Your support desk told us on Monday that same-day settlements could be booked until 3.30pm. On Friday our 3.05pm booking was refused and we were told the cut-off has always been 2pm. Our buyers completed on Monday instead and paid for two nights in a hotel.

Please confirm the correct cut-off in writing and tell me how you will put this right for our clients.

Harjit Sandhu
Greyfriars Law LLP""",
        "complaint, implicit; inaccurate_information; firm null (Greyfriars is the sender)")
    txt("04-implicit-phone-hold.eml", "Lorna Quayle <lorna.quayle@copperfieldconveyancing.co.uk>",
        "50 minutes on hold then cut off", 17, "12:31",
        """I've just spent 50 minutes on hold to your support line and was cut off as soon as someone answered. Second time this week. Please ring me back today on 0161 496 0388 and tell me what you are doing about the queues.

Lorna""",
        "complaint, implicit; wait_time")
    txt("05-implicit-training-cancelled.eml", "Nadia Oakes <nadia.oakes@stanmorelegal.co.uk>",
        "Intro training cancelled for the third time", 17, "16:05",
        """Hello,

The Introduction to Settlement session we booked for our two new starters has been cancelled the day before for the third time. They have been with us six weeks and still cannot work on the platform on their own.

Please book them onto a session that will actually go ahead and let me know why this keeps happening.

Nadia Oakes, Practice Manager""",
        "complaint, implicit; training")
    txt("06-implicit-onboarding-stuck.eml", "Rhys Penhaligon <rhys@tollgateconveyancing.co.uk>",
        "Registration pending six weeks", 18, "09:44",
        """We applied to join on 22 September. We've uploaded our SRA details, insurance certificate, bank letter and ID for both directors, each time because we were told something else was needed. Six weeks on we are still "pending verification" and clients keep asking why we can't complete digitally.

Please can someone take ownership and tell us exactly what is outstanding.

Rhys Penhaligon
Director, Tollgate Conveyancing Ltd""",
        "complaint, implicit; onboarding")
    txt("07-implicit-usability-dashboard.eml", "Owen Mottram <owen.mottram@ridgewaylaw.co.uk>",
        "New dashboard", 18, "11:20",
        """Since the new dashboard went live our team can't find anything. The workspace list no longer shows the property address and the filter resets every time you go back. A colleague joined the wrong workspace yesterday because of it.

Please put the address column back, or tell us how, and explain why this was changed without asking users.

Owen""",
        "complaint, implicit; usability")
    txt("08-chaser-delay.eml", "Fiona Walmsley <fiona.walmsley@birchallmoss.co.uk>",
        "RE: Query about user licences", 18, "14:02",
        """This is now my fourth email on this. Please can someone answer the question below before our budget meeting on Thursday.

Fiona

-----Original Message-----
From: Fiona Walmsley
Sent: 28 October 2026 10:12
To: support@pexa-demo.example
Subject: Query about user licences

Hello, could you tell us whether unused user licences can be transferred between our two offices, or whether we need separate ones for each branch? Thanks.""",
        "complaint, implicit; delay (chaser on a neutral quoted enquiry)")
    txt("09-personal-data-wrong-profile.eml", "Tamsin Kershaw <tamsin.kershaw@pellgarside.co.uk>",
        "My profile is wrong", 19, "08:55",
        """Since I moved firms your user directory shows me as "Suspended - compliance" to anyone who searches. I have never been suspended; my old firm simply removed my licence when I left. Two firms asked me about it this week.

Please correct my record and stop showing that status until it has been put right.

Tamsin Kershaw""",
        "complaint, implicit; personal_data=true; rights rectification, restriction; category personal_data")
    txt("10-personal-data-marketing.eml", "Ciaran Brereton <ciaran.brereton@gmail.com>",
        "Still getting your emails", 19, "20:13",
        """I unsubscribed from your marketing emails in July, twice. I'm still getting newsletters and event invitations, and now at my personal address as well, which I never gave to your marketing team.

Stop sending me marketing and tell me where you got my personal address from.

Ciaran Brereton""",
        "complaint, implicit; personal_data=true; rights objection, informed; category personal_data")
    txt("11-breach-data-sent-to-other-firm.eml", "Priya Chaudhry <priya.chaudhry@marshpenrose.co.uk>",
        "Complaint - our client's details sent to another firm", 19, "10:37",
        """This is a formal complaint. Your support team sent a screenshot of one of our workspaces to a different law firm yesterday. It showed our client's full name, new address, mortgage account number and completion funds. The other firm forwarded it to us.

We need to know exactly what was sent, to whom, what you are doing to retrieve it and whether you have reported it to the ICO.

Priya Chaudhry
Compliance Officer, Marsh & Penrose Conveyancing""",
        "complaint, explicit; personal_data=true; breach=true; personal_data; firm null (M&P is the complainant)")
    txt("12-breach-report-no-complaint.eml", "Euan Gilchrist <euan.gilchrist@severnvalebank.co.uk>",
        "Email received in error", 20, "09:05",
        """For your records: this morning we received an email from your support team meant for another lender. It included a workspace summary with a borrower's name and address. We have deleted it and not used or forwarded it. No reply needed.

Euan Gilchrist
Operational Risk, Severn Vale Bank""",
        "not a complaint; breach=true (data sent to the wrong firm), personal_data=false")
    txt("13-rights-access.eml", "Joanna Fairbairn <joanna.fairbairn@outlook.com>",
        "Subject access request", 9, "13:30",
        """Hello,

I was a PEXA user until I left my last firm in June. Under Article 15 of the UK GDPR please send me a copy of all the personal data you hold about me, including my user profile, login history and any recordings of my calls with your support team.

Thank you,
Joanna Fairbairn""",
        "not a complaint; rights access")
    txt("14-rights-erasure.eml", "Declan Rigby <declan.rigby@btinternet.com>",
        "Please delete my details", 9, "18:22",
        """Hi, I sold my house through a solicitor who used your system last year. I won't need it again, so please delete my personal details, including my email address and phone number. Thank you.

Declan""",
        "not a complaint; rights erasure")
    txt("15-rights-objection-marketing.eml", "Aisha Nwosu <a.nwosu@fenwicklyle.co.uk>",
        "Marketing emails", 10, "08:48",
        """Please stop sending me marketing emails and event invitations. I still need the workspace service emails, just not the newsletters and offers. Thanks.

Aisha Nwosu""",
        "not a complaint; rights objection")
    txt("16-rights-rectification.eml", "Bethan Castell <bethan.castell@greyfriarslaw.co.uk>",
        "Change of surname", 10, "11:02",
        """Hello, I've recently married and my surname has changed from Castell to Castell-Brereton. Could you update my name on my user record and signing certificate? Marriage certificate attached separately. No rush.

Bethan""",
        "not a complaint; rights rectification")
    txt("17-consumer-kbs-redemption-forwarded.eml", "Sunil Varma <sunil.varma@outlook.com>",
        "Fwd: Your redemption statement", 10, "19:40",
        """Can someone please look at the email below. It still includes the early repayment charge from my old fixed rate, which ended in August. I've sent it back three times and my sale completes next week.

Sunil

---------- Forwarded message ---------
From: Mortgage Redemptions <redemptions@kestrelbs.co.uk>
Date: Mon, 9 Nov 2026 at 16:02
Subject: Your redemption statement
To: <sunil.varma@outlook.com>

Dear Customer, the amount required to redeem your account in full on 27/11/2026 is £142,018.33, including an early repayment charge of £3,911.40.""",
        "complaint, implicit; forward to kbs (identified only by the forwarded @kestrelbs.co.uk address); inaccurate_information")
    txt("18-consumer-ols-delay.eml", "Grace Lowther <grace.lowther@icloud.com>",
        "My solicitors won't reply", 11, "07:58",
        """I'm buying a flat and my solicitors, Orchard Lanes in Stockport, haven't answered an email or a call in over two weeks. The seller's side are waiting on their replies and we were meant to exchange last Friday. Your name is on the paperwork, so please can you chase them or tell me who can.

Grace""",
        "complaint, implicit; forward to ols (misspelt 'Orchard Lanes'); delay")
    txt("19-consumer-bhf-fee.eml", "Kwame Adeyemi <kwame.adeyemi@yahoo.co.uk>",
        "Fee on my completion statement", 11, "12:14",
        """BHF have taken £150 as a "telegraphic transfer fee" to send me my own sale money. I was told everything went through PEXA electronically now so there wouldn't be fees like this. I want it refunded.

Kwame Adeyemi""",
        "complaint, implicit; forward to bhf ('BHF'); fees_charges")
    txt("20-consumer-hcb-service.eml", "Leanne Dunmore <leanne.dunmore@sky.com>",
        "Heathcote mortgage team", 11, "17:30",
        """I'm remortgaging with Heathcote Bank and their completions team have lost my signed documents twice, told me completion was booked when it wasn't, and the last person I spoke to laughed when I said I was stressed. My conveyancer says it all goes through PEXA.

I want someone to look at how I've been treated.

Leanne""",
        "complaint, implicit; forward to hcb; service_quality")
    txt("21-consumer-tvm-late-funds.eml", "Stuart Entwistle <stu.entwistle@gmail.com>",
        "mortgage money not arrived", 12, "16:04",
        """we were meant to complete at 12 today. its now 4pm and our solicitor says TVM havent put the money into the workspace and arent answering. we are sat in the car with the kids and everything we own. can you get onto them please

Sent from my iPhone""",
        "complaint, implicit; forward to tvm ('TVM'); delay")
    txt("22-consumer-unknown-conveyancer.eml", "Paula Ingleby <paula.ingleby@hotmail.co.uk>",
        "My conveyancer", 12, "20:45",
        """My conveyancers, Holbrook & Dene in Chelmsford, forgot to order my searches, blamed the council, then went on holiday without telling me. I found out my completion date had moved from the estate agent. They use PEXA apparently.

I would like someone to look into them.

Paula Ingleby""",
        "complaint, implicit; about_other_firm unknown (firm not in directory); service_quality")
    txt("23-consumer-mpc-misspelt.eml", "Wesley Thorley <wes.thorley@live.co.uk>",
        "Marsh Penrose still haven't registered", 13, "09:12",
        """Marsh Penrose still haven't registered my purchase two months after completion, and I need the title updated for my broker. I've asked four times and get "we'll look into it". Please pass this to them or tell me what to do.

Wesley""",
        "complaint, implicit; forward to mpc ('Marsh Penrose'); delay")
    txt("24-third-party-mp-office.eml", "Ellis Fenby <ellis.fenby@parliament.uk>",
        "Constituent: Mrs H Drummond - failed completion", 13, "11:26",
        """Dear Sir or Madam,

I am writing on behalf of my constituent, Mrs Hilary Drummond, who has asked Mr Ferris to take up her case. Mrs Drummond's purchase failed to complete on 30 October and her solicitor has told her this was caused by a fault on the PEXA platform. She and her two children spent three nights in temporary accommodation.

Mr Ferris would be grateful for an explanation of what happened and what PEXA is doing to prevent a recurrence.

Yours faithfully,
Ellis Fenby
Caseworker to Daniel Ferris MP, House of Commons""",
        "complaint, implicit; third_party; platform_defect; firm null")
    txt("25-third-party-solicitor.eml", "Yasmin Rennison <y.rennison@oakridgelegal.co.uk>",
        "Formal complaint on behalf of Mr P Ansell", 13, "14:40",
        """Dear PEXA,

We act for Mr Peter Ansell. On 11 August he made a complaint to PEXA about the failed settlement on his sale. He received an acknowledgement but nothing since, despite a reminder on 29 September.

Please treat this letter as a further complaint about the delay and let us have a substantive response within 14 days.

Yasmin Rennison
Oakridge Legal LLP, solicitors for Mr Ansell""",
        "complaint, explicit; third_party; delay")
    txt("26-ooo-auto-submitted.eml", "Rachel Ormerod <r.ormerod@hallamwebb.co.uk>",
        "Automatic reply: Your complaint PX-C-30418", 16, "10:01",
        """Thank you for your email. I am out of the office until Monday 23 November with limited access to email. For urgent completion matters please contact completions@hallamwebb.co.uk.

Rachel Ormerod

> From: PEXA Customer Resolution
> Subject: Your complaint PX-C-30418
> Dear Ms Ormerod, further to your complaint about the failed settlement...""",
        "auto_generated (out-of-office, Auto-Submitted header); nothing else",
        extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])
    txt("27-ooo-text-only.eml", "Simon Tranter <s.tranter@ashdownpryce.co.uk>",
        "Re: Formal complaint - lodgement rejected twice", 16, "10:03",
        """I am out of the office on annual leave returning Wednesday 18 November. Your email has not been forwarded. For urgent completions please call reception on 0117 496 0100.

Simon Tranter
Partner, Ashdown Pryce Solicitors""",
        "auto_generated (out-of-office recognisable from text alone, no auto headers); complaint only in subject")

    n += 1
    bounce = f"""From: Mail Delivery System <MAILER-DAEMON@mail.pexa-demo.example>
To: {DEMO_TO}
Subject: Undelivered Mail Returned to Sender
Date: {date(16, "10:12")}
Message-ID: <bounce.20261116101200.4411@mail.pexa-demo.example>
Return-Path: <>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="=_bnd_4411"

This is a MIME-encapsulated message.

--=_bnd_4411
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.pexa-demo.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<j.whitcombe@ridgewaylaw.co.uk>: host mx1.ridgewaylaw.co.uk[192.0.2.17] said:
    550 5.1.1 User unknown (in reply to RCPT TO command)

--=_bnd_4411
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.pexa-demo.example
Arrival-Date: Mon, 16 Nov 2026 10:11:58 +0000

Final-Recipient: rfc822; j.whitcombe@ridgewaylaw.co.uk
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--=_bnd_4411
Content-Type: text/rfc822-headers

From: PEXA Customer Resolution <complaints@pexa-demo.example>
To: j.whitcombe@ridgewaylaw.co.uk
Subject: Your complaint PX-C-30502 - acknowledgement
Date: Mon, 16 Nov 2026 10:11:55 +0000

--=_bnd_4411--
"""
    add("28-bounce-dsn.eml", bounce.encode(), "auto_generated (bounce: MAILER-DAEMON, multipart/report delivery-status); complaint only in returned headers")
    txt("29-newsletter.eml", "PEXA Insights <news@news.pexa-demo.example>",
        "PEXA Insights - November: complaint numbers and data protection update", 17, "07:00",
        """<html><body><h1>PEXA Insights | November 2026</h1>
<p>In this issue: our half-year complaints data (complaints per 10,000 settlements fell to 3.1), what new ICO guidance on personal data breaches means for conveyancers, and winter webinar dates.</p>
<p><a href="https://news.pexa-demo.example/unsubscribe?u=8812">Unsubscribe</a></p>
</body></html>""",
        "auto_generated (newsletter: Precedence bulk, List-Unsubscribe); not a complaint despite topic",
        ctype="text/html; charset=utf-8",
        extra=[("Precedence", "bulk"), ("List-Id", "<insights.news.pexa-demo.example>"),
               ("List-Unsubscribe", "<https://news.pexa-demo.example/unsubscribe?u=8812>")])
    n += 1
    receipt = f"""From: Gemma Thorley <g.thorley@fenwicklyle.co.uk>
To: {DEMO_TO}
Subject: Read: Formal complaint - outage on Friday
Date: {date(17, "09:41")}
Message-ID: <mdn.77120@fenwicklyle.co.uk>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_77120"

--mdn_77120
Content-Type: text/plain; charset=utf-8

Your message

  To: Gemma Thorley
  Subject: Formal complaint - outage on Friday
  Sent: 16/11/2026 17:02

was read on 17/11/2026 09:41.

--mdn_77120
Content-Type: message/disposition-notification

Reporting-UA: fenwicklyle.co.uk; Microsoft Outlook 16.0
Final-Recipient: rfc822;g.thorley@fenwicklyle.co.uk
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_77120--
"""
    add("30-read-receipt.eml", receipt.encode(), "auto_generated (read receipt, disposition-notification)")
    txt("31-thanks-resolved-complaint.eml", "Lorna Kershaw <lorna.kershaw@birchallmoss.co.uk>",
        "Re: Your complaint PX-C-29014 - final response", 18, "15:20",
        """Thank you for your letter and the credit note. That's all sorted from our side and we're happy to close the matter.

Lorna

On 16 Nov 2026 at 11:04, Customer Resolution <complaints@pexa-demo.example> wrote:
> Dear Ms Kershaw,
> Further to your formal complaint about the duplicated workspace fees, we have
> upheld your complaint and issued a credit note for £640.""",
        "not a complaint (thanks for a resolved matter; complaint wording only in quote)")
    txt("32-praise.eml", "Victoria Goddard <victoria.goddard@caldermutual.co.uk>",
        "Thank you", 18, "16:44",
        """Just a note to say thank you to Priya in your escalations team, who sorted out our stuck settlement this afternoon and kept us updated every half hour. Our borrowers got their keys at 4.15. No complaints at all - great service.

Victoria Goddard
Completions Team Leader, Calder Mutual""",
        "not a complaint (praise; 'no complaints at all')")
    txt("33-neutral-enquiry-lodgement.eml", "Martin Pryce <martin.pryce@kestrelbs.co.uk>",
        "Discharge registration times", 19, "10:10",
        """Hello,

Once a discharge has been lodged through the platform, roughly how long does HM Land Registry take before the charge shows as removed? We're updating our new-starter guide.

Thanks,
Martin Pryce | Redemptions Manager | Kestrel Building Society

This email and any attachments are confidential and may contain personal data. If you are not the intended recipient please notify the sender and delete this email.""",
        "not a complaint (neutral enquiry; 'personal data' only in disclaimer)")
    txt("34-neutral-delete-attachment.eml", "Alastair Coutts <a.coutts@heathcotebank.co.uk>",
        "Wrong attachment", 19, "11:32",
        """Hi, please delete the spreadsheet I attached to my email this morning - wrong version of our user list. The right one is attached to this email. Also, can two new starters be given access to the training portal?

Alastair Coutts
Heathcote Bank""",
        "not a complaint ('delete' an attachment, 'access' to a portal: no rights)")
    txt("35-html-only-complaint.eml", "Accounts Payable <ap@beaconhomefinance.co.uk>",
        "Complaint - per-workspace fee billed twice", 19, "14:55",
        """<html><body><div style="font-family:Calibri,sans-serif">
<p>Dear PEXA,</p>
<p>We wish to make a <b>formal complaint</b>. Our October invoice charges the per-workspace fee twice on every refinance workspace, once as "settlement" and once as "discharge". That is not how our contract works.</p>
<p>Please correct the invoice and confirm the charges will be right going forward.</p>
<p>Owen Coutts<br>Lending Operations, Beacon Home Finance</p>
</div></body></html>""",
        "complaint, explicit; fees_charges; HTML-only body; firm null (Beacon is the complainant)",
        ctype="text/html; charset=utf-8")
    n += 1
    qp_body = """Hello,

We've been charged a =C2=A375 late payment fee on invoice INV-2026-10-0291 although we paid it on th=
e due date =E2=80=93 our bank confirms the payment left on 1 November and I have sent the remittanc=
e twice.

Please remove the fee and confirm when it's done.

Many thanks,
Sian Lomax
Accounts, Stanmore Legal
"""
    add("36-quoted-printable.eml", _demo_msg("Sian Lomax <sian.lomax@stanmorelegal.co.uk>", "Late payment fee",
                                             date(20, "09:20"), qp_body, n=n, cte="quoted-printable"),
        "complaint, implicit; fees_charges (quoted-printable body with £)")
    n += 1
    pdf = base64.encodebytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n").decode()
    att = f"""From: Farid Iqbal <farid.iqbal@tvmortgages.co.uk>
To: {DEMO_TO}
Subject: Invoice attached - charged for cancelled training
Date: {date(20, "10:05")}
Message-ID: <att.5521.{n}@tvmortgages.co.uk>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="----=_Part_5521"

------=_Part_5521
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hi,

Attached is the invoice for £1,200 for the training day your team cancelled on the morning. We were told at the time we would not be charged. Please cancel it and confirm in writing.

Farid Iqbal
Mortgage Operations Manager, Thames Valley Mortgages

------=_Part_5521
Content-Type: application/pdf; name="INV-2026-11-0077.pdf"
Content-Disposition: attachment; filename="INV-2026-11-0077.pdf"
Content-Transfer-Encoding: base64

{pdf}
------=_Part_5521--
"""
    add("37-attachment-pdf.eml", att.encode(), "complaint, implicit; fees_charges; firm null (TVM is the complainant); has a PDF attachment")
    n += 1
    cp_body = ("Dear Sir/Madam,\n\nKestrel have added a \u00a3295 \u2018completion administration fee\u2019 to my "
               "redemption figure the day before my sale completes. It wasn\u2019t on my offer and nobody mentioned it. "
               "My solicitor says it shows in the PEXA workspace so I should ask you.\n\nI want the fee taken off.\n\n"
               "Margaret Haworth\n")
    hdr = (f"From: Margaret Haworth <m.haworth@talktalk.net>\nTo: {DEMO_TO}\nSubject: Fee added at the last minute\n"
           f"Date: {date(20, '11:40')}\nMessage-ID: <cp1252.{n}@talktalk.net>\nMIME-Version: 1.0\n"
           "Content-Type: text/plain; charset=windows-1252\nContent-Transfer-Encoding: 8bit\n\n")
    add("38-windows-1252-pound.eml", hdr.encode("ascii") + cp_body.encode("cp1252"),
        "complaint, implicit; forward to kbs ('Kestrel'); fees_charges; windows-1252 body (\u00a3, curly quotes)")
    txt("39-no-message-id.eml", "Carys Jowett <carys.jowett@ridgewaylaw.co.uk>",
        "Documents vanishing from workspace", 20, "12:02",
        """For the second week running, documents we upload (TR1 and signed authority) show as uploaded and then disappear after a refresh. It happened on three files today. This is wasting a lot of fee-earner time. Please look into it properly and let me know when it's fixed.

Carys""",
        "complaint, implicit; platform_defect; no Message-ID header", msgid=False)
    txt("40-from-no-address.eml", "Undisclosed sender", "please call me about my sale", 20, "12:30",
        """i rang your helpline about my sale money and was told someone would email me within 48 hours. its been three weeks. please can someone tell me whats happening. my number is 07700 900 231

mrs k naylor""",
        "complaint, implicit; delay (PEXA's own promised reply); From header has no address")
    n += 1
    broken = f"""From: Hamish Laidlaw <hamish.laidlaw@fenwicklyle.co.uk>
To: {DEMO_TO}
Subject: Login loop - cannot access any workspace
Date: {date(20, "13:15")}
Message-ID: <broken.{n}@fenwicklyle.co.uk>
MIME-Version: 1.0
Content-Type: multipart/alternative

None of the four conveyancers in our office has been able to log in since 9.15. The two-factor code is accepted and then it sends us back to the start. We have two completions today and can't see either workspace. Your status page says all systems operational.

Please fix this urgently and tell us what has gone wrong.

Hamish Laidlaw
Fenwick & Lyle
"""
    add("41-broken-mime.eml", broken.encode(), "complaint, implicit; platform_defect; broken MIME (multipart declared, no boundary) - must still be parsed")
    n += 1
    dup = _demo_msg("Ifeoma Umerah <ifeoma.umerah@gmail.com>", "Complaint about how I was spoken to",
                    date(20, "14:00"),
                    """Hello,

I want to complain about the way I was treated when I rang your helpline this morning. My purchase was held up and my solicitor told me it was a PEXA problem. The man I spoke to said he couldn't talk to me because I'm not a customer and put the phone down.

I would like someone to call me back and explain.

Ifeoma Umerah""", n=n)
    add("42-duplicate-complaint.eml", dup, "complaint, explicit; service_quality; firm null")
    add("43-duplicate-complaint-again.eml", dup, "DUPLICATE of 42 (identical bytes, same Message-ID): same labels; should be de-duplicated, not logged twice")
    txt("44-portability-erasure.eml", "Graham Sowerby <graham.sowerby@copperfieldconveyancing.co.uk>",
        "Retiring", 16, "16:30",
        """I'm retiring at the end of the month. Before my account is closed please send me my user activity history as a CSV so I can keep it with my professional records, and then delete my account and personal details. Thanks for everything over the years.

Graham""",
        "not a complaint; rights portability, erasure")
    txt("45-job-application.eml", "Zoe Abernethy <zoe.abernethy@gmail.com>",
        "Application - Customer Resolution Analyst", 16, "17:10",
        """Dear Hiring Manager,

Please find my CV attached for the Customer Resolution Analyst role. I've spent four years handling complaints in a building society mortgage operations team, including FOS referrals.

Kind regards,
Zoe Abernethy""",
        "not a complaint (job application mentioning complaint handling)")
    txt("46-sales-pitch.eml", "Callum Yardley <callum@growthpeak.agency>",
        "Cut your complaint volumes by 40%", 17, "08:30",
        """Hi there,

We help firms reduce customer complaints by up to 40% with AI sentiment monitoring. Would you have 15 minutes next week for a quick call?

Callum Yardley
Growth Peak""",
        "not a complaint (sales pitch)")
    txt("47-system-notification.eml", "PEXA Notifications <no-reply@pexa-notify.example>",
        "Workspace 47-10923: settlement unsuccessful", 17, "14:02",
        """This is an automated notification.

Settlement for workspace 47-10923 (14 Poplar Avenue) was unsuccessful at 14:02. Reason: source account has insufficient cleared funds.

Please log in to the workspace to review and reschedule. Do not reply to this email.""",
        "auto_generated (system notification)", extra=[("Auto-Submitted", "auto-generated")])
    txt("48-neighbour-parking.eml", "Hollie Bellamy <hollie.bellamy@btinternet.com>",
        "Cars blocking our car park", 18, "08:15",
        """Every morning this week visitors to your Fenchurch Street office have parked across the entrance to our residents' car park. On Tuesday I couldn't get out for a hospital appointment. Building security said it wasn't their problem.

Please sort this out with your visitors and let me know what you are doing.

Hollie Bellamy""",
        "complaint, implicit; other (member of the public)")
    txt("49-consumer-gfl-and-pexa.eml", "Adebayo Brannigan <adebayo.b@gmail.com>",
        "Who is telling the truth?", 18, "21:05",
        """My solicitors Greyfriars Law keep telling me the sale is "with PEXA" and there is nothing they can do. Your helpline says the workspace is just waiting for my solicitor to sign. It has been like this for nine days.

I just want my sale finished. Please get them to act.

Adebayo""",
        "complaint, implicit; forward to gfl; delay")
    txt("50-rights-automated-decision-complaint.eml", "Lewis Oakes <lewis.oakes@pellgarside.co.uk>",
        "Application declined by the system", 19, "15:15",
        """Our new paralegal's user application was declined automatically because her date of birth 'didn't match' - she entered it in the format on her passport. There is no way to appeal on the website and she has been unable to work for a week.

I'd like a real person, not the system, to review it and let us know today.

Lewis Oakes
Practice Manager, Pell & Garside Solicitors""",
        "complaint, implicit; onboarding; rights automated_decision")
    # Added in session 22: a complaint sent through the web site's contact form, relayed by the form software from a
    # no-reply address with the submitter in Reply-To (trial WF2 and triage/complainant.py).
    txt("51-web-form-complaint.eml", "PEXA Website <noreply@pexa-demo-web.example>",
        "New submission from Contact us", 20, "11:40",
        """You have a new submission from the Contact us form on pexa-demo-web.example.

Name: Priya Raman
Email: priya.raman@example.org
Phone: 07700 900456
Reason for contact: Settlement

Message:
Our purchase was meant to settle at noon on Wednesday and the workspace still shows it as pending. The seller's
solicitor says the funds left their account and our bank says the same. Nobody has told us what is happening and we
have removal men waiting. Please find out what went wrong and call me today.

--
This email was sent from the contact form on pexa-demo-web.example""",
        "complaint, implicit; platform_defect; a web form's submission (not auto_generated): letters to the Reply-To",
        extra=[("Reply-To", "Priya Raman <priya.raman@example.org>")])
    return M


def write_demo():
    out = os.path.join(ROOT, "data", "demo_inbox")
    os.makedirs(out, exist_ok=True)
    msgs = demo_messages()
    for fname, data, _ in msgs:
        with open(os.path.join(out, fname), "wb") as f:
            f.write(data)
    lines = ["# Demo inbox: expected decisions (pexa profile)", "",
             "What a careful complaints officer would decide for each file, following "
             "`/work/shared/labelling/labelling-guide.md`. Generated by `data/make/make_pexa.py` "
             "(hand-written messages; all people, firms outside `data/firms.csv`, addresses and "
             "references are invented). \"forward to X\" means `about_other_firm=X`; unless stated, "
             "`about_other_firm` is null, `rights` is empty and every flag is false.", "",
             "| file | decision (labels in short) |", "|---|---|"]
    for fname, _, exp in msgs:
        lines.append(f"| `{fname}` | {exp} |")
    lines += ["", f"{len(msgs)} files. 42 and 43 are byte-identical (the same complaint delivered twice).", ""]
    with open(os.path.join(out, "EXPECTED.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    print(f"wrote {len(msgs)} demo messages and EXPECTED.md to {out}")


ENV_COUNT = __import__("collections").Counter()


def generate():
    rng = random.Random(SEED)
    records = []
    for i, sc in enumerate(SCENARIOS):
        src = f"pxs-{i + 1:03d}"
        lab = sc["labels"]
        core_text = (sc["subject"] + "\n" + sc["body"] + "\n" + (sc["short"] or "") if not lab["auto_generated"] else "")
        if lab["complaint"]:
            has = bool(re.search(r"complain", core_text, re.I))
            if has != lab["explicit"]:
                raise SystemExit(f"{src}: explicit={lab['explicit']} but 'complain' present={has}: {sc['subject']}")
        if sc["fixed"]:
            variants = auto_variants(sc, rng) if lab["auto_generated"] else \
                [(sc["sender"], sc["subject"], sc["body"], dict(sc["headers"]), sc["html"])]
            if not lab["auto_generated"] and sc["sender"] is None:
                raise SystemExit(f"{src}: fixed scenario needs sender")
        else:
            envs = choose_envs(sc, rng)
            ENV_COUNT.update(envs)
            variants = [build_variant(sc, env, rng) for env in envs]
        note = sc["note"] or default_note(lab, sc)
        seen = set()
        for frm, subj, body, hdrs, html in variants:
            if (subj, body) in seen:
                continue
            seen.add((subj, body))
            records.append({"mailbox": "pexa", "from": frm, "subject": subj, "headers": hdrs,
                            "body": body, "html": bool(html), "labels": json.loads(json.dumps(lab)),
                            "note": note, "source": src})
    rng.shuffle(records)
    out = []
    for n, r in enumerate(records, 1):
        out.append({"id": f"px-{n:04d}", **r})
    return out


def main():
    recs = generate()
    path = os.path.join(ROOT, "data", "labelled", "pexa.jsonl")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    os.replace(tmp, path)
    print(f"wrote {len(recs)} records from {len(SCENARIOS)} scenarios to {path}")
    per = __import__("collections").Counter(__import__("collections").Counter(r["source"] for r in recs).values())
    print("variants per scenario:", dict(sorted(per.items())))
    print("envelopes used (human mail):", dict(ENV_COUNT.most_common()))
    if "write_demo" in globals():
        write_demo()


if __name__ == "__main__":
    main()
