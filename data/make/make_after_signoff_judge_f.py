#!/usr/bin/env python3
"""Labelled evaluation mail: what people write AFTER their sign-off (set F of the after-signoff judge sets).

60 scenarios (30 pexa, 30 conexus), each rendered twice with different envelopes (sender, plain/HTML, greeting,
sign-off, signature style, postscript mark): 120 emails.

Groups:
  S  (26) a postscript after the sign-off and signature, marked PS / P.S. / P.S: / PS - / ps / PPS / P.P.S.;
          in most of them the postscript carries what matters, in the rest it is ordinary.
  A  (14) an afterthought after the sign-off without a postscript mark.
  C  (20) controls: what matters (or nothing) is in the body, followed by long signatures, footers and
          disclaimers (some mention complaints, personal data or rights in the firm's voice), or no sign-off.

Labels follow /work/shared/labelling/labelling-guide.md. `explicit` is decided on the sender's own words
(subject, body, postscript, afterthought), never a footer or disclaimer: where a firm's footer in the new text
says "complain", the stock explicit check of record_errors is replaced by the same check on the sender's own
words (see errors()).

Stdlib only. Usage: python data/make/make_after_signoff_judge_f.py
"""
import collections
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (html_with_quote, quote_lines, record_errors, run_generator,  # noqa: E402
                           short_labels)

SEED = 20280329
PREFIX = "saf"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "after_signoff_judge_f.jsonl")

# per-record facts the checks and the summary need (keyed by id(record); records are not copied)
OWN = {}    # the sender's own words: subject + text without footers/disclaimers and without quoted history
META = {}   # group, scenario kind, signature style, postscript marks, footer-with-"complain" in new text
OVERRIDDEN = []  # records whose stock explicit check was replaced

# ---------------------------------------------------------------------------------------------
# senders

FIRST = ["Aisha", "Ben", "Carys", "Declan", "Eleanor", "Farid", "Gemma", "Harvey", "Imogen", "Jamal", "Kirsty",
         "Liam", "Mairead", "Nathan", "Olivia", "Priya", "Rhys", "Sadia", "Tom", "Ursula", "Vikram", "Wendy",
         "Yusuf", "Zoe", "Callum", "Dawn", "Euan", "Fiona", "Graham", "Hollie", "Ifeoma", "Joel", "Kamala",
         "Lewis", "Megan", "Niall", "Orla", "Pete", "Rosalind", "Stuart", "Tasha", "Usman", "Verity", "Wesley"]
LAST = ["Aldridge", "Bamford", "Chaudhry", "Dempsey", "Ellwood", "Fairclough", "Gillespie", "Hussain", "Ibbotson",
        "Jarvis", "Kowalczyk", "Lockhart", "McAllister", "Newbold", "Okonkwo", "Pritchard", "Quayle", "Rahman",
        "Sutcliffe", "Thornber", "Underwood", "Varley", "Whitlock", "Yardley", "Ashworth", "Brennan", "Cartwright",
        "Doyle", "Entwistle", "Fletcher", "Greaves", "Holroyd", "Iqbal", "Kenyon", "Latimer", "Moorcroft"]
MAILDOMS = ["gmail.com", "outlook.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "icloud.com",
            "sky.com", "live.co.uk"]

ORGS = {
    "fenwick": dict(name="Fenwick Ashby LLP", dom="fenwickashby.co.uk", phone="0116 496 0372",
                    addr="4 Friar Lane, Leicester LE1 5RA", web="www.fenwickashby.co.uk", footer="sra_fraud"),
    "hcb": dict(name="Heathcote Bank", dom="heathcotebank.co.uk", phone="0113 496 0915",
                addr="1 Market Square, Leeds LS1 6DB", web="www.heathcotebank.co.uk", footer="bank"),
    "ols": dict(name="Orchard Lane Solicitors", dom="orchardlanesolicitors.co.uk", phone="0161 496 0231",
                addr="3 Orchard Lane, Stockport SK1 3EJ", web="www.orchardlanesolicitors.co.uk", footer="sra_complain"),
    "kbs": dict(name="Kestrel Building Society", dom="kestrelbs.co.uk", phone="01604 496 221",
                addr="Kestrel House, 14 Abbey Road, Northampton NN1 5AX", web="www.kestrelbs.co.uk",
                footer="privacy_rights"),
    "gfl": dict(name="Greyfriars Law LLP", dom="greyfriarslaw.co.uk", phone="0131 496 0822",
                addr="8 Greyfriars Place, Edinburgh EH1 2QQ", web="www.greyfriarslaw.co.uk", footer="scot_fraud"),
    "pryor": dict(name="Pryor Kemp Solicitors", dom="pryorkemp.co.uk", phone="01274 496 580",
                  addr="Unit 2, Canal Wharf, Bradford BD1 4SJ", web="www.pryorkemp.co.uk", footer="sra_complain"),
    "bhf": dict(name="Beacon Home Finance", dom="beaconhomefinance.co.uk", phone="0345 600 7712",
                addr="Beacon Point, 20 Harbour Street, Bristol BS1 4QA", web="www.beaconhomefinance.co.uk",
                footer="lender_complain"),
    "halden": dict(name="Halden & Co Conveyancing", dom="haldenconveyancing.co.uk", phone="01332 496 114",
                   addr="17 Iron Gate, Derby DE1 3GL", web="www.haldenconveyancing.co.uk", footer="sra_fraud"),
    "tvm": dict(name="Thames Valley Mortgages", dom="tvmortgages.co.uk", phone="0118 496 0457",
                addr="Station House, Forbury Road, Reading RG1 1AQ", web="www.tvmortgages.co.uk", footer="bank"),
    "stepahead": dict(name="StepAhead Debt Advice", dom="stepaheadadvice.org.uk", phone="0300 500 1188",
                      addr="The Old Library, 9 Chapel Street, Wigan WN1 1NX", web="www.stepaheadadvice.org.uk",
                      footer="charity_complain"),
    "brindley": dict(name="Brindley Marsh Solicitors", dom="brindleymarsh.co.uk", phone="0191 496 0247",
                     addr="31 Grey Street, Newcastle upon Tyne NE1 6EE", web="www.brindleymarsh.co.uk",
                     footer="sra_fraud"),
    "scl": dict(name="Sterling Credit Loans", dom="sterlingcredit.co.uk", phone="0161 555 0193",
                addr="Sterling House, 40 Deansgate, Manchester M3 2EG", web="www.sterlingcredit.co.uk",
                footer="bank"),
    "lwt": dict(name="Lumen Water", dom="lumenwater.co.uk", phone="0800 316 9920",
                addr="Lumen House, Riverside Way, Derby DE1 3GN", web="www.lumenwater.co.uk", footer="utility"),
    "nte": dict(name="Northline Energy", dom="northline-energy.co.uk", phone="0330 088 5146",
                addr="PO Box 912, Newcastle upon Tyne NE99 1NE", web="www.northline-energy.co.uk", footer="utility"),
    "mp": dict(name="Office of Helen Markby MP", dom="parliament.uk", phone="020 7946 0381",
               addr="House of Commons, London SW1A 0AA", web="www.helenmarkby.org.uk", footer="mp_data"),
    "citizens": dict(name="Kirkfield Money Help", dom="kirkfieldmoneyhelp.org.uk", phone="01924 496 302",
                     addr="22 Westgate, Wakefield WF1 1LA", web="www.kirkfieldmoneyhelp.org.uk", footer="charity_plain"),
}

FOOTERS = {
    "sra_fraud": ("{name} is authorised and regulated by the Solicitors Regulation Authority (SRA number 641{n3}). "
                  "A list of partners is available at our registered office.\n\n"
                  "CYBER FRAUD WARNING: we will never tell you about a change to our bank details by email. "
                  "Before sending any money to us, please telephone your usual contact on a number you already "
                  "hold to check our account details. We accept no liability for funds sent to the wrong account.\n\n"
                  "This email and any attachments are confidential and may be legally privileged. If you have "
                  "received it in error, please tell the sender and delete it without copying or forwarding it."),
    "sra_complain": ("{name} is authorised and regulated by the Solicitors Regulation Authority (SRA number 58{n3}2). "
                     "Registered office: {addr}.\n\n"
                     "We want to hear if you are unhappy with our service. Our complaints procedure is on our "
                     "website; if we cannot resolve a complaint you may refer it to the Legal Ombudsman.\n\n"
                     "This message is intended only for the addressee and may contain confidential information."),
    "bank": ("{name} plc. Registered in England and Wales no. 0{n3}4471. Registered office: {addr}. "
             "Authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority "
             "and the Prudential Regulation Authority.\n\n"
             "This e-mail is confidential and intended solely for the addressee. If you are not the intended "
             "recipient, please notify the sender immediately and delete it. Any views expressed are those of the "
             "author and not necessarily those of {name}. E-mail is not a secure medium and may be monitored."),
    "privacy_rights": ("{name} is authorised by the Prudential Regulation Authority and regulated by the Financial "
                       "Conduct Authority and the Prudential Regulation Authority (firm reference 10{n3}).\n\n"
                       "Your privacy: we process personal data in line with our Privacy Notice at {web}/privacy. "
                       "It explains how to ask us for a copy of your information, to correct or erase it, or to "
                       "object to how we use it.\n\n"
                       "This email may contain personal data. If you received it in error, please delete it and "
                       "let us know."),
    "scot_fraud": ("{name} is a limited liability partnership registered in Scotland (SO30{n3}) and is regulated by "
                   "the Law Society of Scotland. Registered office: {addr}.\n\n"
                   "Please note: our bank details will not change during a transaction. If you receive an email "
                   "claiming otherwise, do not act on it and call us.\n\n"
                   "CONFIDENTIALITY: the information in this email is confidential and may be privileged."),
    "lender_complain": ("{name} Limited, registered in England no. 07{n3}19, registered office {addr}. Authorised "
                        "and regulated by the Financial Conduct Authority.\n\n"
                        "If you are a customer and wish to complain about {name}, please contact our Customer "
                        "Relations Team; you may be able to refer your complaint to the Financial Ombudsman Service.\n\n"
                        "This email is confidential and for the addressee only."),
    "charity_complain": ("{name} is a registered charity (no. 11{n3}7) and a company limited by guarantee. "
                         "Authorised and regulated by the Financial Conduct Authority (FRN 6{n3}1).\n\n"
                         "If you are not happy with the service you have received from us, you can complain using "
                         "our complaints policy at {web}/feedback.\n\n"
                         "Privacy: we hold the personal data of the people we help only to give debt advice. "
                         "This email may contain sensitive information and is meant only for the recipient."),
    "charity_plain": ("{name} is a registered charity (no. 10{n3}3). Free, confidential, independent advice.\n\n"
                      "This email and any files sent with it are confidential. If you are not the intended recipient "
                      "please let us know and delete it."),
    "utility": ("{name} Ltd. Registered in England and Wales. Registered office: {addr}.\n\n"
                "Think before you print. This email, including any attachments, is confidential and may contain "
                "customer personal data. If you are not the intended recipient you must not use, disclose or copy "
                "it; please tell the sender and delete it."),
    "mp_data": ("This email is sent from the constituency office of Helen Markby MP. It may contain personal "
                "information about a constituent, used only to deal with the case you have raised with us.\n\n"
                "Data protection: the office handles personal data under its casework privacy notice. You can ask "
                "for a copy of the information we hold about you, and you have the right to complain to the "
                "Information Commissioner's Office.\n\n"
                "If you have received this email in error, please notify us and delete it."),
}

GREET = {
    "formal": ["Dear Sir or Madam,", "Dear Customer Services,", "Dear Sirs,", "Good morning,", "Good afternoon,",
               "To whom it may concern,"],
    "plain": ["Hello,", "Hi,", "Hello there,", "Good morning,", "Hi team,", "Dear team,"],
    "casual": ["Hi", "Hiya,", "Hello", "Hi there", ""],
}
SIGNOFF = {
    "formal": ["Yours faithfully,", "Kind regards,", "Regards,", "Yours sincerely,", "With kind regards,"],
    "plain": ["Kind regards,", "Many thanks,", "Thanks,", "Best wishes,", "Regards,", "Best,"],
    "casual": ["Thanks", "Cheers", "Ta", "Thanks again", "x", "Thank you"],
}
MOBILE = ["Sent from my iPhone", "Sent from my iPhone", "Sent from my Samsung Galaxy smartphone.",
          "Sent from Outlook for Android", "Get Outlook for iOS"]
TITLES = {
    "lawyer": ["Senior Conveyancer", "Associate Solicitor", "Property Paralegal", "Partner, Residential Property",
               "Conveyancing Executive"],
    "lender": ["Completions Team Leader", "Mortgage Operations Manager", "Settlements Analyst",
               "Head of Mortgage Servicing"],
    "adviser": ["Debt Adviser", "Money Adviser", "Senior Caseworker", "Casework Supervisor"],
    "creditor": ["Recoveries Manager", "Debt Placement Coordinator", "Collections Partner Manager",
                 "Customer Accounts Lead"],
    "mp": ["Caseworker to Helen Markby MP", "Senior Caseworker"],
    "solicitor": ["Solicitor, Consumer Credit Team", "Associate Solicitor", "Partner, Dispute Resolution",
                  "Trainee Solicitor"],
}


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def make_sender(rng, who):
    """(display name, address, first name, full name) for a persona."""
    if "names" in who:
        first, last = pick(rng, who["names"])
    else:
        first, last = pick(rng, FIRST), pick(rng, LAST)
    full = f"{first} {last}"
    lo_f, lo_l = first.lower(), last.lower().replace("'", "")
    if who["kind"] == "pro":
        org = ORGS[who["org"]]
        local = pick(rng, [f"{lo_f}.{lo_l}", f"{lo_f[0]}{lo_l}", f"{lo_f}{lo_l[0]}", f"{lo_f}.{lo_l}"])
        addr = f"{local}@{org['dom']}"
    else:
        local = pick(rng, [f"{lo_f}.{lo_l}", f"{lo_f}{lo_l}{rng.randrange(10, 99)}", f"{lo_l}{lo_f[0]}",
                           f"{lo_f[0]}.{lo_l}{rng.randrange(1, 9)}", f"{lo_f}_{lo_l}"])
        addr = f"{local}@{pick(rng, MAILDOMS)}"
    return full, addr, first, full


# ---------------------------------------------------------------------------------------------
# rendering


def footer_text(who, rng):
    org = ORGS[who["org"]]
    return FOOTERS[org["footer"]].format(name=org["name"], addr=org["addr"], web=org["web"],
                                         n3=rng.randrange(100, 999))


def signature(style, who, rng, first, full, tone):
    """(signature lines after the sign-off, footer text or None, mobile line or None)."""
    phone = f"07700 900{rng.randrange(100, 999)}"
    if style == "bare":
        return first, None, None
    if style == "full":
        return full, None, None
    if style == "iphone":
        return pick(rng, [first, full]), None, pick(rng, MOBILE)
    if style == "dashdash":
        if who["kind"] == "pro":
            org = ORGS[who["org"]]
            lines = f"{first}\n\n-- \n{full}\n{pick(rng, TITLES[who['role']])}, {org['name']}\n{org['phone']}"
        else:
            lines = f"{first}\n\n-- \n{full}\nMobile {phone}"
            if rng.random() < 0.5:
                lines += pick(rng, ["\n\"Be kind, always.\"", "\nPlease excuse brevity and typos",
                                    "\nCoach, Wakefield Juniors U11s"])
        return lines, None, None
    if style in ("block", "footer"):
        org = ORGS[who["org"]]
        title = pick(rng, TITLES[who["role"]])
        lines = pick(rng, [
            f"{full}\n{title}\n{org['name']}\nT: {org['phone']} | M: {phone}\n{org['addr']}\n{org['web']}",
            f"{full} | {title} | {org['name']}\nDirect: {org['phone']}  Mobile: {phone}\n{org['addr']}\n{org['web']}",
            f"{full}\n{title}\n\n{org['name']}\n{org['addr']}\nTel {org['phone']}\nWeb {org['web']}",
        ])
        return lines, (footer_text(who, rng) if style == "footer" else None), None
    if style in ("none", "auto"):
        return None, None, None
    raise ValueError(style)


def ps_line(mark, text):
    if mark in ("PS -",):
        return f"PS - {text}"
    return f"{mark} {text}"


def render(sc, k, rng):
    env = sc["env"][k]
    who = sc["who"]
    tone = who.get("tone", "plain")
    name, addr, first, full = make_sender(rng, who)
    if env.get("sender"):
        name, addr = env["sender"]
    style = env["sig"]
    subject = sc["subjects"][k]
    parts_own = []     # paragraphs of the sender's own words, in order
    layout = []        # (kind, text) paragraphs in order; kind "own" or "foot"
    greeting = "" if style in ("none", "auto") or env.get("nogreet") else pick(rng, GREET[tone])
    if greeting:
        layout.append(("own", greeting))
    body_text = sc["body"][k] if isinstance(sc["body"], list) else sc["body"]
    if sc.get("fmt"):
        body_text = body_text.format(first=first, full=full)
    layout.append(("own", body_text))
    sig, foot, mobile = signature(style, who, rng, first, full, tone)
    pss = [ps_line(m, t) for m, t in zip(env.get("marks", []), sc.get("ps", []))]
    after = sc.get("after")
    if sig is not None:
        signoff = pick(rng, SIGNOFF[tone])
        close = f"{signoff}\n{sig}" if signoff else sig
        layout.append(("own", close))
    tail = pss + ([after] if after else [])
    pos = env.get("pos", "end")  # where the postscript/afterthought goes when there is a footer or mobile line
    if foot and pos == "before_footer":
        layout += [("own", t) for t in tail] + [("foot", foot)]
    elif foot:
        layout += [("foot", foot)] + [("own", t) for t in tail]
    elif mobile and pos == "before_mobile":
        layout += [("own", t) for t in tail] + [("foot", mobile)]
    elif mobile:
        layout += [("foot", mobile)] + [("own", t) for t in tail]
    else:
        layout += [("own", t) for t in tail]
    if env.get("autofoot"):
        layout.append(("foot", footer_text(who, rng)))
    if env.get("mobile"):
        layout.append(("foot", pick(rng, MOBILE)))
    text = "\n\n".join(t for _, t in layout)
    own = subject + "\n" + "\n\n".join(t for kd, t in layout if kd == "own")
    quote = None
    if env.get("quote") and sc.get("quote"):
        qwho, qdate, qtext = sc["quote"]
        assert len(f"{qdate}, {qwho}") <= 80, sc["sid"]
        quote = f"On {qdate}, {qwho} wrote:\n" + quote_lines(qtext)
        if not subject.lower().startswith("re:"):
            subject = "Re: " + subject
            own = "Re: " + own
    if env.get("html"):
        body = html_with_quote(text, quote)
    else:
        body = text + ("\n\n" + quote if quote else "")
    lab = sc["labels"]
    rec = {"id": None, "mailbox": sc["mailbox"], "from": f"{name} <{addr}>", "subject": subject,
           "headers": dict(env.get("headers", {})), "body": body, "html": bool(env.get("html")),
           "labels": dict(lab, rights=list(lab["rights"])), "note": sc["note"], "source": sc["sid"],
           "train_labels": ["complaint"], "_env": env_name(env)}
    foot_complain = any(kd == "foot" and "complain" in t.lower() for kd, t in layout)
    OWN[id(rec)] = own
    META[id(rec)] = dict(group=sc["group"], kind=sc["kind"], sig=style, marks=list(env.get("marks", [])),
                         foot_complain=foot_complain, quote=quote is not None)
    return rec


def env_name(env):
    bits = [env["sig"], "html" if env.get("html") else "plain"]
    if env.get("quote"):
        bits.append("reply")
    if env.get("marks"):
        bits.append("+".join(m.replace(" ", "").replace(".", "").replace(":", "c").replace("-", "d")
                             for m in env["marks"]))
    return "-".join(bits)


# ---------------------------------------------------------------------------------------------
# checks and summary


def errors(rec):
    """record_errors, except that where a firm's footer in the new text says "complain" the stock explicit check
    (which reads footers too) is replaced by the same rule on the sender's own words; every complaint is also
    checked against the sender's own words."""
    meta = META[id(rec)]
    lab = rec["labels"]
    errs = record_errors(rec)
    own_has = "complain" in OWN[id(rec)].lower()
    if lab["complaint"] and meta["foot_complain"]:
        stock = [e for e in errs if e.startswith("explicit=")]
        errs = [e for e in errs if not e.startswith("explicit=")]
        OVERRIDDEN.append((rec["source"], bool(stock)))
    if lab["complaint"] and own_has != lab["explicit"]:
        errs.append(f"explicit={lab['explicit']} but 'complain' in sender's own words={own_has}")
    return errs


def summary(records, env_count):
    out = [f"wrote {len(records)} records to {os.path.relpath(OUT, ROOT)}"]
    labs = [r["labels"] for r in records]
    out.append(f"scenarios {len({r['source'] for r in records})}; mailboxes "
               f"{dict(sorted(collections.Counter(r['mailbox'] for r in records).items()))}; html "
               f"{sum(r['html'] for r in records)}; replies with quote {sum(META[id(r)]['quote'] for r in records)}")
    comp = [lab for lab in labs if lab["complaint"]]
    out.append(f"complaints {len(comp)} (explicit {sum(lab['explicit'] for lab in comp)}); personal_data "
               f"{sum(lab['personal_data'] for lab in labs)}; breach {sum(lab['breach'] for lab in labs)}; "
               f"third_party {sum(lab['third_party'] for lab in labs)}; auto_generated "
               f"{sum(lab['auto_generated'] for lab in labs)}")
    out.append("rights: " + ", ".join(f"{r} {n}" for r, n in sorted(
        collections.Counter(x for lab in labs for x in lab["rights"]).items())))
    out.append("about_other_firm: " + ", ".join(f"{k} {n}" for k, n in sorted(
        collections.Counter(str(lab["about_other_firm"]) for lab in labs).items())))
    out.append("categories: " + ", ".join(f"{k} {n}" for k, n in sorted(
        collections.Counter(lab["category"] for lab in labs).items())))
    for g in "SAC":
        rs = [r for r in records if META[id(r)]["group"] == g]
        kinds = collections.Counter(META[id(r)]["kind"] for r in rs)
        out.append(f"group {g}: scenarios {len({r['source'] for r in rs})}, emails {len(rs)}, complaints "
                   f"{sum(r['labels']['complaint'] for r in rs)}, kinds {dict(sorted(kinds.items()))}")
    out.append("postscript marks: " + ", ".join(f"{k} {n}" for k, n in sorted(
        collections.Counter(m for r in records for m in META[id(r)]["marks"]).items())))
    out.append("signature styles: " + ", ".join(f"{k} {n}" for k, n in sorted(
        collections.Counter(META[id(r)]["sig"] for r in records).items())))
    out.append(f"footer with 'complain' in new text: {sum(META[id(r)]['foot_complain'] for r in records)} records; "
               f"explicit check replaced on {len(OVERRIDDEN)} complaint records "
               f"({sum(s for _, s in OVERRIDDEN)} of which the stock check would have failed)")
    out.append(f"envelopes: {len(env_count)}")
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# scenarios


def W(kind, org=None, role=None, tone="plain", names=None):
    """A persona: consumer (own address) or pro (an ORGS firm and a TITLES role)."""
    w = {"kind": kind, "tone": tone}
    if org:
        w["org"] = org
    if role:
        w["role"] = role
    if names:
        w["names"] = names
    return w


def E(sig, html=False, marks=(), quote=False, pos="end", headers=None, autofoot=False, mobile=False, sender=None):
    """An envelope: signature style, plain/HTML, postscript marks, reply quote, where the postscript or
    afterthought sits relative to a footer or mobile line, headers, an auto-appended footer or mobile line on
    mail without a sign-off, and a fixed sender."""
    e = {"sig": sig, "html": html, "marks": list(marks), "quote": quote, "pos": pos, "headers": dict(headers or {}),
         "autofoot": autofoot, "mobile": mobile}
    if sender:
        e["sender"] = sender
    return e


SCENARIOS = []


def S(sid, mailbox, group, kind, who, subjects, body, labs, note, env, ps=None, after=None, quote=None, fmt=False):
    assert group in "SAC" and len(env) == 2 and len(subjects) == 2
    if group == "S":
        assert ps and all(len(e["marks"]) == len(ps) for e in env), sid
    SCENARIOS.append({"sid": f"{PREFIX}-{sid}", "mailbox": mailbox, "group": group, "kind": kind, "who": who,
                      "subjects": list(subjects), "body": body, "labels": labs, "note": note, "env": list(env),
                      "ps": list(ps or []), "after": after, "quote": quote, "fmt": fmt})


L = short_labels
PEXA_SUPPORT = "PEXA Support <support@pexa.co.uk>"
CONEXUS_CS = "Conexus Customer Services <help@conexus-cs.co.uk>"

# ============================================================================================= PEXA, group S

S("s001", "pexa", "S", "ps-matters:complaint", W("pro", "fenwick", "lawyer"),
  ["Training dates for new paralegal", "Booking onto the next PEXA induction session"],
  "We have a new paralegal, Ruth, joining the residential team on 10 April. Could you let me know the dates of "
  "the next two induction sessions for new users and whether they run online or in person? She will also need a "
  "login under our firm's subscriber account, so if there is a form for that please send it over.",
  L(c=True, cat="platform_defect"),
  "The body is a routine training request, but the postscript reports a repeated failed settlement with costs to "
  "the clients and demands an explanation and costs: an implicit complaint about the platform (platform_defect); "
  "the sender's firm is the complainant, so about_other_firm=null.",
  [E("footer", marks=["PS"]), E("block", html=True, marks=["P.S."])],
  ps=["The settlement on 14 Mill Row, Oadby (workspace 5520-8817) failed again yesterday at the funds stage - the "
      "second time on that matter this month, and nobody can point to anything wrong at our end. Our clients sat in "
      "the car outside the house for three hours with a removal lorry charging by the hour. I need someone to "
      "explain what went wrong with the platform and tell me who is going to cover the extra removal costs."])

S("s002", "pexa", "S", "ps-matters:complaint", W("pro", "hcb", "lender"),
  ["Thanks for Tuesday's webinar", "Webinar follow-up and March invoice"],
  "Thank you for running the lender webinar on Tuesday. The walkthrough of the new redemption workflow was clear "
  "and the team found the Q&A useful. If the slides can be shared we would like to circulate them to our Leeds "
  "and Halifax completion teams.",
  L(c=True, ex=True, cat="fees_charges"),
  "Heathcote Bank writes for itself; the postscript calls its grievance a formal complaint about settlement fees "
  "charged on abandoned workspaces: explicit, fees_charges, about_other_firm=null because the directory firm is "
  "the complainant, not the subject.",
  [E("footer", marks=["P.S."], pos="before_footer"), E("dashdash", marks=["PS -"])],
  ps=["I want to raise a formal complaint about invoice INV-UK-30917 for March. We have been charged the settlement "
      "fee on 37 workspaces that were abandoned and never settled, roughly £1,900 we should not be paying. Please "
      "credit it and confirm how this happened."])

S("s003", "pexa", "S", "ps-matters:other-firm", W("consumer", tone="casual"),
  ["what is PEXA?", "question about PEXA and our house purchase"],
  "Our solicitors mentioned that the money for our purchase will go 'through PEXA' on completion day. I'd never "
  "heard of you before so I just wanted to check what you actually do and whether we need to sign up for "
  "anything ourselves. We're first time buyers so sorry if this is a daft question.",
  L(c=True, cat="delay", firm="mpc"),
  "The body is a neutral enquiry; the postscript is a buyer's grievance purely about their own conveyancer "
  "(Marsh & Penrose, directory mpc) with a request for action: implicit complaint to forward, "
  "about_other_firm=mpc, category delay.",
  [E("iphone", marks=["ps"], pos="before_mobile"), E("bare", html=True, marks=["P.S:"])],
  ps=["the solicitors are Marsh & Penrose in Exeter and honestly they're driving us mad. They've had our mortgage "
      "offer for three weeks and still haven't sent the report on title to the lender, and nobody calls back when "
      "we ring. We're going to lose the completion date the sellers agreed. Is there anything you can do to get "
      "them moving?"])

S("s004", "pexa", "S", "ps-matters:breach-other-firm", W("consumer"),
  ["Sale of 9 Kiln Court - completion", "Completion done - thank you"],
  "Just a quick note to say the sale of 9 Kiln Court completed on Friday and the money reached my account the "
  "same afternoon. I know PEXA is only the system in the middle, but it all went far more smoothly than the last "
  "time I moved, so thank you.",
  L(c=True, pd=True, br=True, cat="personal_data", firm="unknown"),
  "Thanks in the body, but the postscript complains (implicitly) that the seller's conveyancer (Dunmore Legal, not "
  "in the directory) emailed the completion statement to an ex-spouse: a breach by another firm, so personal_data "
  "and breach true, category personal_data, about_other_firm=unknown.",
  [E("full", marks=["P.S:"]), E("dashdash", html=True, marks=["PS"])],
  ps=["One thing that is not fine: the conveyancers, Dunmore Legal, emailed my completion statement - with my bank "
      "details, my new address and the sale price - to my ex-husband instead of me. We are divorced and he had no "
      "business seeing any of it. I told them and got a two-line reply. I want them to explain how it happened and "
      "what they are doing about it, so please pass this to whoever deals with them."])

S("s005", "pexa", "S", "ps-matters:rights", W("pro", "halden", "lawyer"),
  ["Retiring from practice - my PEXA login", "Closing my user account"],
  "After 31 years I am retiring from conveyancing at the end of this month, and Halden & Co will close its "
  "subscriber account once our last two matters have settled. I wanted to say thank you to your support team, who "
  "have always been patient with me on the telephone.",
  L(r="portability,erasure"),
  "A warm retirement note; the postscript asks for the user's own activity history as a CSV file to load into "
  "another system (portability) and then for deletion of the user's personal details (erasure), with no "
  "dissatisfaction: not a complaint.",
  [E("block", marks=["P.S."]), E("footer", html=True, marks=["PS"])],
  ps=["Before my user login is closed, please export the activity history of my user account as a CSV file so I "
      "can load it into the archive system our successor practice uses, and after that delete my personal details "
      "from your user records."])

S("s006", "pexa", "S", "ps-matters:complaint", W("pro", "ols", "lawyer"),
  ["New user request - Hannah Reyes", "Adding a user to our account"],
  "Please could you add Hannah Reyes (hannah.reyes@orchardlanesolicitors.co.uk) as a standard user on our "
  "subscriber account. She joins our Stockport office as a conveyancing assistant on Monday and will need to work "
  "on workspaces for the Marple and Bramhall teams.",
  L(c=True, cat="onboarding"),
  "The body is a routine user request and the first postscript a practical note; the second postscript objects "
  "that the new-user identity check keeps rejecting a clear passport, costing two days, and asks for a call back: "
  "implicit complaint, onboarding. The SRA footer's complaints wording is the firm's boilerplate, so explicit=false.",
  [E("footer", marks=["PS -", "PPS"], pos="before_footer"), E("block", html=True, marks=["PS", "P.P.S."])],
  ps=["I'm out of the office on Thursday afternoon, so Gareth can answer any questions.",
      "Separately, your new-user identity check has now rejected Hannah's passport four times as 'document "
      "unreadable', and the photo is perfectly clear. We have already lost two days of her induction. Please get "
      "someone to look at this properly and ring me back today."])

S("s007", "pexa", "S", "ps-matters:rights", W("pro", "kbs", "lender"),
  ["Updated contact list for Kestrel completions", "Kestrel completions contacts"],
  "Attached is the updated escalation contact list for the Kestrel completions desk, effective from 1 April. The "
  "main change is that out-of-hours settlement queries should now go to the duty manager's mobile rather than the "
  "team inbox.",
  L(r="rectification,restriction"),
  "A routine contact update; the postscript asks, without dissatisfaction, for the sender's name to be corrected "
  "(rectification) and the old surname hidden from other participants meanwhile (restriction); the privacy notice "
  "in the footer listing rights is the society's boilerplate, not a request.",
  [E("footer", marks=["ps"], pos="before_footer"), E("full", html=True, marks=["P.S."])],
  ps=["the user directory in the platform still shows me under my previous surname, which I stopped using in "
      "January. Please update my user record to the name on this email, and until that is done please don't "
      "display the old surname to other participants in workspaces."])

S("s008", "pexa", "S", "ps-ordinary:body-complaint", W("consumer"),
  ["Complaint - Thames Valley Mortgages holding up my remortgage", "Remortgage funds not released"],
  "I want to complain about Thames Valley Mortgages. My remortgage was meant to complete on 20 March through your "
  "system. My conveyancer says everything on their side was ready and the lender simply has not released the "
  "funds, and TVM's helpline keeps telling me it is 'with underwriting'. Meanwhile the fixed rate with my old "
  "lender has ended and I'm paying the standard variable rate. I don't know whether you can do anything with the "
  "lender directly, but I'd like this passed to someone who can.",
  L(c=True, ex=True, cat="delay", firm="tvm"),
  "A borrower's explicit complaint purely about the lender (Thames Valley Mortgages, directory tvm) releasing "
  "funds late: about_other_firm=tvm, category delay; the postscript only gives a best time to call.",
  [E("iphone", marks=["P.S."]), E("bare", marks=["PS"], quote=True)],
  ps=["The best time to call me is after 6pm on weekdays, I can't take personal calls at work."],
  quote=(PEXA_SUPPORT, "Mon, 24 Mar 2028 at 11:05",
         "Thank you for contacting PEXA.\n\nPEXA provides the platform that conveyancers and lenders use to "
         "complete property transactions. We are not able to discuss individual matters with their clients, so "
         "please contact your conveyancer or lender directly.\n\nKind regards,\nPEXA Support"))

S("s009", "pexa", "S", "ps-ordinary:body-complaint", W("pro", "pryor", "lawyer", tone="formal"),
  ["Workspaces unavailable this morning", "Outage on 21 March - three completions missed"],
  "Between 9.40 and 13.15 today none of our fee earners could open any workspace: the screen hung on 'loading "
  "financial settlement schedule' and then returned an error. We had three completions booked for the day and all "
  "three have slipped to Monday, with the buyers in each chain now facing removal and storage costs. Your status "
  "page showed everything as operational throughout. We would like a full explanation of the cause, confirmation "
  "that it has been fixed, and your position on meeting our clients' additional costs.",
  L(c=True, cat="platform_defect"),
  "A law firm reports an outage that caused three missed completions and demands an explanation and costs: "
  "implicit complaint, platform_defect; the postscript only says documents will follow, and the footer's mention "
  "of a complaints procedure is the firm's boilerplate, so explicit=false.",
  [E("footer", marks=["P.S."]), E("block", html=True, marks=["PS"])],
  ps=["Screenshots of the error and the three completion statements will follow in a separate email."])

S("s010", "pexa", "S", "ps-ordinary:nothing", W("consumer"),
  ["Is PEXA regulated?", "Quick question about PEXA"],
  "My conveyancer has told me that the money for my flat purchase will be moved through PEXA. Before completion "
  "I would like to understand who regulates PEXA, and whether the money sits in an account in PEXA's name at any "
  "point or goes straight from the lender to the seller's solicitors.",
  L(),
  "A neutral question about who regulates PEXA and how funds move, with a pleasantry as the postscript: no "
  "dissatisfaction, not a complaint.",
  [E("full", marks=["PS -"]), E("dashdash", html=True, marks=["P.S."])],
  ps=["Sorry for writing on a Sunday, I'm sure you have better things to do at the weekend!"])

S("s011", "pexa", "S", "ps-matters:breach-report", W("pro", "gfl", "lawyer"),
  ["Change of invoice address", "Invoicing address for Greyfriars Law"],
  "From next month please send Greyfriars Law's subscription invoices to accounts@greyfriarslaw.co.uk rather than "
  "to me personally. The purchase order number stays the same.",
  L(br=True),
  "A routine invoicing change; the postscript reports another firm's clients' details exposed in a workspace, "
  "which is a breach (breach=true), but the writer is not aggrieved and asks nothing for itself, like a "
  "neighbour's report of a misdelivered letter: complaint=false, personal_data=false.",
  [E("dashdash", marks=["P.S."]), E("footer", html=True, marks=["P.S:"], pos="before_footer")],
  ps=["Something you will want to know about: when I opened workspace 6604-1127 this morning, the documents tab "
      "showed two discharge statements for another firm's clients, with their names, loan account numbers and "
      "property addresses. We shouldn't be able to see them. I closed it straight away and nobody here has "
      "downloaded or shared anything, but you'll want to check how that happened."])

S("s012", "pexa", "S", "ps-ordinary:auto", W("pro", "hcb", "lender", names=[("Marcus", "Tennant"), ("Lorna", "Birkett")]),
  ["Automatic reply: Your complaint reference PX-C-4471", "Out of office: Re: PX-C-4471 - acknowledgement"],
  "Thank you for your email. I am on annual leave until Tuesday 8 April with limited access to email.\n\n"
  "For urgent completion matters please call the settlements desk on 0113 496 0915.\n\n"
  "Kind regards\n{full}\nSettlements Manager | Heathcote Bank",
  L(auto=True),
  "An out-of-office reply, recognisable from its text (and in one copy its Auto-Submitted header); its "
  "postscript about complaints is template text: auto_generated=true and every other label empty.",
  [E("auto", marks=["P.S."], headers={"auto-submitted": "auto-replied", "x-autoreply": "yes"}),
   E("auto", html=True, marks=["PS"])],
  ps=["If your email is about a complaint, please resend it to customer.relations@heathcotebank.co.uk so that it "
      "is logged and answered within our service standards."],
  fmt=True)

S("s013", "pexa", "S", "ps-matters:rights", W("consumer"),
  ["Dad's house sale - thank you", "My father's sale of 3 Brook Terrace"],
  "I'm writing for my father, Mr Dennis Ollerton, who sold 3 Brook Terrace, Ilkley last month. He's 88 and doesn't "
  "use email, so I deal with his post. He asked me to thank whoever helped his solicitor on completion day, as the "
  "money arrived before lunch as promised.",
  L(r="access", tp=True),
  "Written by a son or daughter for an elderly father (third_party=true): thanks in the body and, in the "
  "postscript, a request for a copy of his personal data (access) without any dissatisfaction: not a complaint.",
  [E("full", marks=["PS"]), E("iphone", html=True, marks=["P.S."], pos="before_mobile")],
  ps=["Dad would also like a copy of all the personal information PEXA holds about him from the sale. He has "
      "signed the attached authority for me to receive it on his behalf."])


# ============================================================================================= PEXA, group A

S("a001", "pexa", "A", "after-matters:complaint", W("pro", "pryor", "lawyer"),
  ["Settlement cut-off on bank holidays", "Cut-off times over Easter"],
  "Could you confirm the latest time a settlement can be scheduled on the Thursday before Good Friday? Two of our "
  "completions have been moved to that day and the clients are keen to get their keys before the long weekend.",
  L(c=True, cat="wait_time"),
  "A neutral cut-off question, then an afterthought after the name: a 52-minute hold ending in a dropped call, with "
  "a demand for a call back, is an implicit complaint about reaching PEXA (wait_time); the footer's complaints "
  "wording is the law firm's boilerplate, so explicit=false.",
  [E("footer"), E("bare", html=True)],
  after="Oh, and one more thing: your support line kept my colleague on hold for 52 minutes yesterday and then the "
        "call dropped. That is not good enough when there are completions waiting on an answer. Please can someone "
        "ring me back today to pick up the query she was calling about.")

S("a002", "pexa", "A", "after-matters:other-firm", W("consumer", tone="casual"),
  ["How do I see if completion has happened?", "tracking completion"],
  "is there a way for buyers to log in and see how far along our purchase is in PEXA, or can only the solicitors "
  "see it? We're buying 12 Lark Rise in Corby and it would be good to know when we can go for the keys.",
  L(c=True, ex=True, cat="delay", firm="kbs"),
  "A neutral question, then an afterthought complaining in the buyer's own words about the lender (Kestrel, kbs) "
  "moving the release of the mortgage money: explicit because the writer says 'complain', about_other_firm=kbs, "
  "category delay.",
  [E("iphone", pos="before_mobile"), E("bare", html=True)],
  after="Forgot to say - Kestrel told us the mortgage money would be sent on Friday and now they're saying Monday, "
        "so we lose our removal booking and the deposit on the van. I want to complain about how Kestrel have "
        "handled this, they didn't even ring us, we found out from our solicitor.")

S("a003", "pexa", "A", "after-ordinary:body-complaint", W("pro", "bhf", "lender", tone="formal"),
  ["Cancelled training sessions", "Training for our new completions staff"],
  "We booked six of our new completions staff onto the lender training sessions on 4 and 11 March. Both sessions "
  "were cancelled by email less than an hour before they were due to start, with no explanation and no "
  "replacement date. The recorded modules on the learning portal still show the old settlement screens, which no "
  "longer match the live platform, so we cannot use them instead. Our new starters cannot work on live "
  "workspaces until they are trained. Please arrange a session this month and tell us when the recorded material "
  "will be brought up to date.",
  L(c=True, cat="training"),
  "Two cancelled sessions and out-of-date modules with a request to rebook: implicit complaint, training (the "
  "specific theme beats delay); the afterthought is only congratulations; the lender's footer about complaints is "
  "boilerplate, and Beacon is the complainant, not the subject (about_other_firm=null).",
  [E("footer", pos="before_footer"), E("dashdash", quote=True)],
  after="Also, congratulations to your team on the award at the conveyancing technology conference last week - well "
        "deserved.",
  quote=("PEXA Training <training@pexa.co.uk>", "Tue, 11 Mar 2028 at 09:07",
         "Dear participant,\n\nUnfortunately today's lender training session has had to be cancelled. We will be "
         "in touch with a new date.\n\nPEXA Training Team"))

S("a004", "pexa", "A", "after-matters:complaint-rights", W("consumer"),
  ["Question about records after a sale", "Do you keep sale records?"],
  "We sold our house through our solicitors last year and I have a question: does PEXA keep any record of the "
  "sale price or the parties after completion, and if so for how long?",
  L(c=True, pd=True, r="informed,objection", cat="personal_data"),
  "After a neutral question, the afterthought objects to unsolicited marketing at an address never given to PEXA: "
  "implicit complaint about the use of personal data (personal_data=true, category personal_data) with a request "
  "for the source and basis (informed) and an objection to marketing (objection).",
  [E("full"), E("dashdash", html=True)],
  after="Also, since the sale I've been getting your 'Settlement Insights' marketing emails at my personal address, "
        "which I never gave you and never signed up for. I'd like to know where you got my email address from and "
        "on what basis you're using it, and I object to it being used for any more marketing. It's not on.")

S("a005", "pexa", "A", "after-ordinary:body-complaint", W("pro", "halden", "lawyer"),
  ["New upload screen", "Document upload - really difficult to use"],
  "Since the document upload screen was redesigned last week, attaching a signed transfer to a workspace takes us "
  "seven clicks instead of two, the file picker hides the document type list unless you scroll sideways, and "
  "twice now one of my team has uploaded a TR1 to the wrong workspace because the workspace name is no longer "
  "shown on the upload page. It works, but it is slow and it invites mistakes. Can you tell me whether the old "
  "layout can be restored for our account, or what you are going to change?",
  L(c=True, cat="usability"),
  "The redesigned screen works but is slow and error-prone and the writer wants it changed: implicit complaint, "
  "usability; the afterthought is only a new office number.",
  [E("block"), E("iphone", html=True, pos="before_mobile")],
  after="Also, please note our new office number is 01332 496 150 from Monday; the old one will be diverted for a "
        "month.")

S("a006", "pexa", "A", "after-matters:complaint", W("pro", "gfl", "lawyer"),
  ["Subscriber user changes", "User changes for Greyfriars"],
  "Please remove Ewan Rennie from our subscriber account as he left the firm on Friday, and transfer his three "
  "open workspaces to Moira Duthie.",
  L(c=True, cat="inaccurate_information"),
  "A routine user change, then an afterthought (a new paragraph after the name) that a statement wrongly shows a "
  "paid invoice as overdue, for the second time, with a demand to correct it: implicit complaint, "
  "inaccurate_information (the fee itself is not disputed).",
  [E("footer"), E("full", html=True, quote=True)],
  after="One more thing - the account statement your billing team sent on 2 April shows £2,310 overdue, but we paid "
        "invoice 8871 in full on 3 March (remittance attached). This is the second statement in a row that has "
        "been wrong and our finance team has wasted time on it both times. Please send a corrected statement and "
        "make sure the reminder letters stop.",
  quote=("PEXA Billing <billing@pexa.co.uk>", "Wed, 2 Apr 2028 at 08:30",
         "Please find attached your account statement as at 2 April 2028. Our records show an overdue balance of "
         "£2,310.00. Please arrange payment at your earliest convenience.\n\nPEXA Billing"))

S("a007", "pexa", "A", "after-ordinary:nothing", W("pro", "hcb", "lender"),
  ["Redemption workflow - go-live date", "Go-live for the new redemption workflow"],
  "Our internal testing of the new redemption workflow finished yesterday and everything passed. We are happy to "
  "go live on 28 April as planned. Priya will send the signed change form by the end of the week.",
  L(),
  "A routine go-live confirmation with an afterthought about cover during leave: no complaint, no rights request, "
  "no breach.",
  [E("block"), E("footer", html=True, pos="before_footer")],
  after="Forgot to say - I'm on leave from the 14th to the 25th, so Joel in the completions team will be your "
        "contact while I'm away.")

# ============================================================================================= PEXA, group C

S("c001", "pexa", "C", "ctl:complaint", W("pro", "bhf", "lender", tone="formal"),
  ["Formal complaint - failed settlement, workspace 7731-0452", "Failed settlement on 19 March"],
  "I am writing to make a formal complaint on behalf of Beacon Home Finance about the failed settlement of "
  "workspace 7731-0452 on 19 March. The platform showed the settlement as complete to the seller's solicitors at "
  "11.02, but our funds were returned to us at 11.40 with the code 'settlement reversed - system'. Our borrower "
  "could not complete, and we have had to pay a day's interest and the borrower's costs. We need a written "
  "explanation of the fault and your proposal for reimbursing those costs.",
  L(c=True, ex=True, cat="platform_defect"),
  "A lender writing for itself calls this a formal complaint about a settlement reversed by a system fault: "
  "explicit, platform_defect; its footer also mentions complaints but the sender's own words decide, and Beacon is "
  "the complainant, so about_other_firm=null.",
  [E("footer"), E("footer", html=True)])

S("c002", "pexa", "C", "ctl:complaint", W("pro", "ols", "lawyer"),
  ["Wrong cut-off time given by your helpdesk", "Completion on 27 March - cut-off"],
  "On Tuesday one of your helpdesk team told my assistant that settlements could be scheduled up to 3.30pm. We "
  "relied on that and set the Hazel Grove completion for 3.15pm. At 3.05 the workspace locked and we were told "
  "the cut-off that day was 2.30pm. The completion moved to the next morning and our client had to pay for a "
  "night in a hotel with two children. I'd like to know why we were given the wrong time and what PEXA will do "
  "about the hotel bill.",
  L(c=True, cat="inaccurate_information"),
  "Wrong cut-off information from the helpdesk caused a late completion and costs, and the writer asks why and "
  "what PEXA will do: implicit complaint, inaccurate_information; 'complaint' appears only in the SRA footer, "
  "which is the firm's boilerplate, so explicit=false.",
  [E("footer"), E("footer", html=True)])

S("c003", "pexa", "C", "ctl:complaint-no-signoff", W("pro", "fenwick", "lawyer", tone="casual"),
  ["URGENT workspace 3391-5506 stuck", "3391-5506 STILL stuck at awaiting lodgement"],
  "Settlement on 3391-5506 went through at 10.12 but the workspace has been sitting at 'awaiting lodgement' ever "
  "since and HMLR has nothing. Your chat bot just goes round in circles. Clients are asking why the registration "
  "hasn't happened and I have no answer. Fix it and tell me when it's done.",
  L(c=True, cat="platform_defect"),
  "No greeting or sign-off: a settled workspace stuck before lodgement with a demand to fix it is an implicit "
  "complaint, platform_defect; the firm's auto-appended footer in one copy is boilerplate.",
  [E("none"), E("none", html=True, autofoot=True)])

S("c004", "pexa", "C", "ctl:ordinary", W("pro", "kbs", "lender"),
  ["Query - adding a second signatory", "Second signatory for Kestrel workspaces"],
  "We would like to require two authorised signatories on all Kestrel redemption workspaces over £750,000. Is that "
  "a setting we can switch on for our subscriber account ourselves, or does your onboarding team need to do it? "
  "Please ignore the spreadsheet I sent yesterday - it was the wrong version, and you can delete it.",
  L(),
  "A neutral settings question; 'delete' refers to an attachment and the footer's list of data rights is the "
  "society's own privacy notice, not a request: not a complaint, rights=[].",
  [E("footer"), E("footer", html=True, quote=True)],
  quote=(PEXA_SUPPORT, "Thu, 3 Apr 2028 at 14:22",
         "Hello,\n\nThank you for getting in touch. Could you let us know which workspace types you have in mind, "
         "and we will come back to you?\n\nKind regards,\nPEXA Support"))

S("c005", "pexa", "C", "ctl:rights", W("consumer"),
  ["Please delete my old user account", "Old PEXA user account - deletion"],
  "I used PEXA as a conveyancer at Ashby Carr Legal until I left the profession in 2026. I still get "
  "password-expiry emails for my old user account at this personal address. Please delete my user account and the "
  "personal details attached to it - I have no further need for it and the firm has confirmed there are no open "
  "matters under my name.",
  L(r="erasure"),
  "A calm request to delete an old user account and its personal details: erasure, not a complaint; the rights "
  "listed in the footer of the quoted system email are PEXA's own notice, not further requests.",
  [E("dashdash"), E("full", html=True, quote=True)],
  quote=("PEXA <no-reply@pexa.co.uk>", "Sat, 29 Mar 2028 at 02:00",
         "Your PEXA password will expire in 7 days. Sign in to change it.\n\n"
         "PEXA processes your personal data in line with its Privacy Policy. You have the right to access, correct "
         "or ask us to delete your data, and to complain to the Information Commissioner's Office."))

S("c006", "pexa", "C", "ctl:complaint", W("pro", "tvm", "lender", tone="formal"),
  ["Complaint: duplicate lodgement fees February", "Duplicate fees on February invoice"],
  "Please treat this as a complaint. Our February invoice charges the HM Land Registry lodgement service fee twice "
  "on 112 workspaces, once on the settlement date and again on the registration date. The fee schedule in our "
  "subscriber agreement provides for a single charge per lodgement. We ask you to reissue the invoice without the "
  "duplicate charges and to confirm that January was not affected by the same error.",
  L(c=True, ex=True, cat="fees_charges"),
  "A lender writing for itself asks PEXA to treat duplicate fees as a complaint: explicit, fees_charges; the bank "
  "footer is boilerplate, and Thames Valley Mortgages is the complainant, not the subject (about_other_firm=null).",
  [E("footer", html=True), E("block")])

S("c007", "pexa", "C", "ctl:complaint-other-firm", W("consumer"),
  ["Wrong redemption figure", "heathcote redemption statement wrong"],
  "I'm selling my house and my solicitor has told me completion is through PEXA. The redemption statement "
  "Heathcote Bank sent to my solicitor says I owe £148,902 but my last mortgage statement says £141,260 and I "
  "haven't missed a payment. If the solicitor pays off what Heathcote are asking I lose over £7,000 from my sale. "
  "Heathcote's phone line just tells me to wait for a letter. Can you please get this to someone who can correct "
  "it before Thursday.",
  L(c=True, cat="inaccurate_information", firm="hcb"),
  "A seller's grievance is purely with the lender's wrong redemption figure (Heathcote Bank, hcb), to be forwarded: "
  "implicit complaint, about_other_firm=hcb, inaccurate_information; the mobile signature is only an envelope.",
  [E("iphone"), E("iphone", html=True)])

S("c008", "pexa", "C", "ctl:ordinary-no-signoff", W("pro", "halden", "lawyer", tone="casual"),
  ["invoice copy", "copy invoice Feb please"],
  "Could you send me a copy of invoice 7720 from February? Our accountant needs it for the year end. Same email "
  "address is fine.",
  L(),
  "No greeting or sign-off; 'a copy of' an invoice is a routine business request, not an access request: not a "
  "complaint, rights=[].",
  [E("none"), E("none", html=True, autofoot=True)])

S("c009", "pexa", "C", "ctl:complaint-third-party", W("pro", "mp", "mp", tone="formal"),
  ["Constituent: Mrs Anita Lowry - house purchase", "Our ref HM/7712 - Mrs A Lowry"],
  "I am writing on behalf of my constituent, Mrs Anita Lowry, who has asked me to raise a complaint about the "
  "conveyancing of her purchase of 5 Wynd Cottages. Her solicitors, Greyfriars Law, have not answered her emails or "
  "calls for four weeks, and she has been told the completion date will pass without the transfer being ready. She "
  "understands PEXA is the platform the firm uses and hoped you could pass her concerns on to the firm and let this "
  "office know what will happen next.",
  L(c=True, ex=True, cat="delay", firm="gfl", tp=True),
  "An MP's caseworker writes for a constituent (third_party) and calls it a complaint about her solicitors' "
  "silence (Greyfriars Law, gfl): explicit, about_other_firm=gfl, delay; the office's data-protection footer is "
  "boilerplate.",
  [E("footer"), E("footer", html=True)])

S("c010", "pexa", "C", "ctl:auto", W("pro", "ols", "lawyer", names=[("Bethan", "Howarth"), ("Simon", "Tarrant")]),
  ["Automatic reply: Complaint reference PX-C-55102 - acknowledgement", "Out of Office: Your complaint PX-C-55102"],
  "Thank you for your email. I am out of the office until Monday 14 April and will reply on my return. If your "
  "message concerns a live completion, please call 0161 496 0231 and ask for the duty conveyancer.\n\n"
  "{full}\nSenior Conveyancer\nOrchard Lane Solicitors\n3 Orchard Lane, Stockport SK1 3EJ",
  L(auto=True),
  "An out-of-office reply from a law firm, with its footer about complaints and a subject naming our complaint "
  "reference: machine-generated, so auto_generated=true and nothing else.",
  [E("auto", autofoot=True, headers={"auto-submitted": "auto-replied"}), E("auto", html=True, autofoot=True)],
  fmt=True)


# ============================================================================================= Conexus, group S

S("s101", "conexus", "S", "ps-matters:complaint", W("consumer", tone="casual"),
  ["Payment made ref CX-5518204", "CX-5518204 payment"],
  "Just letting you know I paid this month's £40 this morning by bank transfer, reference CX-5518204. It should "
  "show by tomorrow.",
  L(c=True, cat="collection_conduct"),
  "A payment notice in the body; the postscript describes a rude, threatening collection call and asks for an "
  "apology and no more calls from that agent: implicit complaint about how the debt is pursued "
  "(collection_conduct).",
  [E("bare", marks=["PS"]), E("iphone", html=True, marks=["P.S."], pos="before_mobile")],
  ps=["the man who rang me on Saturday was really rude. When I told him I'd lost my job in January he laughed, said "
      "'that's what they all say' and that he'd 'send someone round'. I'm paying what I can. I want an apology and "
      "I don't want him ringing me again."])

S("s102", "conexus", "S", "ps-ordinary:body-complaint", W("consumer"),
  ["Can't get through on the phone", "Trying to call you for a week"],
  "I have been trying to ring you since Monday to set up a payment plan on account CX-6620139. Every time I get "
  "through the options I'm told all advisers are busy, and on Wednesday I held for 47 minutes before the line went "
  "dead. I'm trying to pay you, which is the ridiculous part. Please can someone call me to get the plan set up.",
  L(c=True, cat="wait_time"),
  "Repeated failure to get through, a 47-minute hold and a dropped call, with a call-back request: implicit "
  "complaint, wait_time; the postscript gives a number for the call back, a contact detail rather than a request to "
  "correct records, so rights=[].",
  [E("full", marks=["P.S."]), E("dashdash", marks=["PS -"], quote=True)],
  ps=["You can reach me on my new mobile, 07700 900518, I'm usually free after 4."],
  quote=(CONEXUS_CS, "Fri, 14 Mar 2028 at 10:41",
         "We have not received a payment on your account CX-6620139. Please call us on 0330 100 4821 to discuss "
         "an affordable arrangement.\n\nConexus Customer Services"))

S("s103", "conexus", "S", "ps-matters:complaint", W("pro", "stepahead", "adviser"),
  ["Client: Ms Leanne Forbes, CX-7104456 - income and expenditure", "I&E for Ms Forbes (CX-7104456)"],
  "Please find attached an up-to-date income and expenditure statement for our client, Ms Leanne Forbes, together "
  "with her signed authority for us to act. It shows a monthly surplus of £12, and we propose a token payment of "
  "£1 a month while her circumstances stay the same.",
  L(c=True, ex=True, tp=True, cat="collection_conduct"),
  "A money adviser's routine I&E submission; the postscript, written for the client (third_party), calls the "
  "repeated Sunday calls a formal complaint: explicit, collection_conduct; the charity footer's complaints wording "
  "is boilerplate and changes nothing.",
  [E("footer", marks=["P.S."], pos="before_footer"), E("block", html=True, marks=["PS"])],
  ps=["Ms Forbes tells me one of your agents telephoned her four times last Sunday, despite our letter of 2 March "
      "asking for all contact to come through this office. I am making a formal complaint about this and expect a "
      "written response."])

S("s104", "conexus", "S", "ps-matters:other-firm", W("consumer"),
  ["Payment options for CX-4471980", "Account CX-4471980"],
  "I got your letter about account CX-4471980 and I'd like to know what payment options there are, as I can't pay "
  "the full £684 in one go.",
  L(c=True, cat="debt_dispute", firm="nte"),
  "The body asks about payment options; the postscript disputes the debt because the creditor kept billing after "
  "the move-out (Northline Energy, nte) and asks for the extra months to be removed: implicit complaint whose root "
  "cause only the creditor can fix, about_other_firm=nte, debt_dispute.",
  [E("full", marks=["P.S."]), E("bare", html=True, marks=["PS -"])],
  ps=["For what it's worth, this is a Northline Energy bill for a flat I moved out of in August 2026. I gave Northline "
      "a final meter reading and the keys went back to the landlord that week, but they kept billing the flat in my "
      "name for another seven months. That's their mistake, not mine. Could you pass this on to them and ask them to "
      "take the extra months off?"])

S("s105", "conexus", "S", "ps-matters:complaint-rights", W("consumer", tone="casual"),
  ["Re: CX-3390215", "my account CX-3390215"],
  "Thanks for the letter confirming the plan, I'll start the payments on the 1st like we agreed.",
  L(c=True, pd=True, r="informed,objection", cat="personal_data"),
  "After thanks for a plan, the postscript protests at a reminder sent to a work address the debtor never gave, "
  "asks where it came from (informed) and objects to its use (objection): implicit complaint about data use, "
  "personal_data=true, category personal_data, no breach (the email reached the debtor).",
  [E("bare", marks=["ps"]), E("iphone", marks=["PS -"], pos="before_mobile", quote=True)],
  ps=["who gave you my work email address?? I've never given it to you or to Pennant and your reminder turned up in "
      "my work inbox on Monday. I want to know where you got it from and I object to you using it, send things to "
      "my home address only."],
  quote=(CONEXUS_CS, "Tue, 18 Mar 2028 at 16:02",
         "Thank you for speaking to us today. We confirm your payment arrangement of £20 per month on account "
         "CX-3390215, starting on 1 April.\n\nConexus Customer Services"))

S("s106", "conexus", "S", "ps-matters:complaint-breach", W("consumer"),
  ["Payment card update", "New card for my payments"],
  "My bank has sent me a new debit card, so the recurring payment on my account will need the new card details. "
  "Could you tell me how to update it without having to phone?",
  L(c=True, pd=True, br=True, cat="personal_data"),
  "A routine card-update question; the postscript reports another customer's statement enclosed with the debtor's "
  "letter and demands to know where their own went and what is being done: implicit complaint, personal_data and "
  "breach, category personal_data.",
  [E("dashdash", marks=["P.S:"]), E("full", html=True, marks=["P.S."])],
  ps=["The letter you sent me dated 12 March had another customer's statement folded inside it - a Mrs R. Okafor in "
      "Luton, with her full address, her balance and her account number. I've shredded it. But if her statement "
      "came to me, where has mine gone? I want to know who else has seen my details and what you're doing to stop "
      "this happening again."])

S("s107", "conexus", "S", "ps-ordinary:nothing", W("pro", "scl", "creditor"),
  ["April placement file", "Placement file - April batch"],
  "The April placement file (412 accounts, total balance £1.28m) has been uploaded to the secure portal. The usual "
  "field layout applies; the only change is a new column for the customer's preferred contact time.",
  L(),
  "A creditor client's routine placement notice with a thank-you postscript: no dissatisfaction, no rights request, "
  "no breach.",
  [E("footer", marks=["PS"]), E("block", html=True, marks=["P.S."])],
  ps=["Thanks again for hosting us last Thursday - the team enjoyed the visit, and the lunch."])

S("s108", "conexus", "S", "ps-ordinary:body-complaint", W("consumer", tone="formal"),
  ["Complaint about your agent's visit on 3 April", "Doorstep visit - 3 April"],
  "I wish to complain about the visit your field agent made to my home on the evening of 3 April. He arrived after "
  "8pm, kept his finger on the doorbell until I answered, and when I asked him to leave he stood at the gate for "
  "twenty minutes taking photographs of my car. My daughter, who is eleven, was frightened. I had already agreed a "
  "payment plan by telephone on 28 March, reference CX-8823370. I expect an explanation and an assurance that there "
  "will be no further visits.",
  L(c=True, ex=True, cat="collection_conduct"),
  "An explicit complaint in the body about an intimidating doorstep visit (collection_conduct); the postscript "
  "only gives a time to call.",
  [E("full", marks=["P.S."]), E("dashdash", html=True, marks=["PS"])],
  ps=["The best time to reach me by phone is between 12 and 2 on weekdays."])

S("s109", "conexus", "S", "ps-matters:rights", W("consumer"),
  ["Mum's account CX-2209817 - power of attorney", "Lasting power of attorney - Mrs Joyce Pennington"],
  "I hold a lasting power of attorney for my mother, Mrs Joyce Pennington, and I'm attaching a certified copy. Mum "
  "has moved into a care home and I now deal with her post and finances, so please contact me about her account "
  "from now on, on this email address.",
  L(r="access", tp=True),
  "An attorney registering their authority for a parent (third_party=true) and, in the postscript, asking for a "
  "copy of everything held about her including notes and recordings (access); there is no dissatisfaction, so not "
  "a complaint.",
  [E("full", marks=["PS"]), E("dashdash", html=True, marks=["P.S."])],
  ps=["Could you also send me a copy of all the information you hold about Mum, including the account notes and any "
      "call recordings from the last year? I'd like to understand how the balance built up."])

S("s110", "conexus", "S", "ps-matters:rights", W("consumer", tone="casual"),
  ["payment offer CX-9001478", "online payment offer"],
  "I made an offer of £25 a month on your website yesterday for account CX-9001478 and I've attached my budget "
  "sheet so you can see it's what I can afford.",
  L(r="automated_decision"),
  "The postscript asks for a person rather than the website's automatic check to decide on the payment offer "
  "(automated_decision); the writer says it is not a complaint and states no grievance, so complaint=false (the "
  "word sits only in a denial).",
  [E("bare", marks=["ps"]), E("iphone", html=True, marks=["P.S:"], pos="before_mobile")],
  ps=["it's not a complaint, I know the website does it automatically, but it turned my offer down in about ten "
      "seconds. Can an actual person look at my budget and decide instead please?"])

S("s111", "conexus", "S", "ps-ordinary:body-complaint", W("pro", "brindley", "solicitor", tone="formal"),
  ["Our client Mr Kieran Latham - your ref CX-5067731", "Mr K Latham - CX-5067731 - account settled"],
  "We act for Mr Kieran Latham, whose signed authority is attached. Your letters of 4 and 18 March demand £2,145 on "
  "behalf of Sterling Credit Loans. Our client settled this loan in full in November 2025 under a settlement "
  "agreement with Sterling Credit, a copy of which we enclose together with the bank statement showing the payment. "
  "Please treat this letter as our client's formal complaint, stop all collection activity immediately and confirm "
  "that the account has been closed.",
  L(c=True, ex=True, tp=True, cat="debt_dispute"),
  "A solicitor writing for the client (third_party) makes a formal complaint that a settled debt is still pursued: "
  "explicit, debt_dispute, about_other_firm=null (Conexus can stop; the creditor is only named, as in the guide's "
  "paid-debt case); the postscript is just a new file reference.",
  [E("footer", marks=["PS"]), E("block", html=True, marks=["PS -"])],
  ps=["Please note that our file reference has changed to BM/LAT/0419; please quote it in all correspondence."])

S("s112", "conexus", "S", "ps-matters:complaint", W("consumer"),
  ["Change of payment date", "Moving my payment date"],
  "Could my monthly payment on account CX-1187745 move from the 1st to the 15th of the month? My pay date has "
  "changed with my new job.",
  L(c=True, cat="debt_dispute"),
  "The body is a routine payment-date change and the first postscript thanks; the second says Conexus is still "
  "demanding council tax arrears the council wrote off and asks it to stop: implicit complaint, debt_dispute, "
  "about_other_firm=null because Conexus's own pursuit is the grievance and Conexus can fix it by checking "
  "(Westbury is only named).",
  [E("full", marks=["P.S.", "P.P.S."]), E("iphone", html=True, marks=["PS", "PPS"], pos="before_mobile")],
  ps=["Thank you for being so patient on the phone last month, it made a difference.",
      "The council tax arrears you're also chasing me for on CX-1187790 were written off by Westbury Council in "
      "January - I have their letter saying so and I've attached it. I don't see why you're still sending me "
      "demands for it. Please check with them and stop."])

S("s113", "conexus", "S", "ps-matters:rights", W("consumer", names=[("Agnieszka", "Nowakowska"), ("Agnieszka", "Nowakowska")]),
  ["Account CX-4023361 - my details", "my name on letters CX-4023361"],
  "I am writing about my account CX-4023361. I want pay the rest of balance, £318, in two parts, one in this month "
  "and one in next month. Please confirm this is ok for you.",
  L(r="rectification,erasure"),
  "A payment arrangement in the body; the postscript calmly asks to correct the misspelt surname (rectification) "
  "and to delete an old address no longer used (erasure): rights without a complaint.",
  [E("full", marks=["P.S."]), E("bare", html=True, marks=["PS"])],
  ps=["Also my surname is written wrong in your letters, it is Nowakowska, not Nowakowski. Please correct it in your "
      "system. And you still have my old adress in Slough from 2019, I don't live there long time, please delete "
      "this old adress from my file."])

# ============================================================================================= Conexus, group A

S("a101", "conexus", "A", "after-matters:complaint-breach", W("consumer", tone="casual"),
  ["payment plan CX-6039912", "CX-6039912 plan"],
  "can I drop my payments to £30 a month from May? my hours at work have been cut. I can send payslips if you need "
  "them.",
  L(c=True, pd=True, br=True, cat="personal_data"),
  "A payment change, then an afterthought that a field agent told a neighbour about the debt, with a demand for "
  "action: implicit complaint; the disclosure is a breach (personal_data, breach) and, being the whole grievance, "
  "the category is personal_data.",
  [E("bare"), E("iphone", html=True, pos="before_mobile")],
  after="Oh and one more thing, your agent who came round on Tuesday told my neighbour over the fence that I owed "
        "Conexus money and asked her when I'd be in. That's my private business and now half the street knows. I "
        "want to know what you're going to do about it.")

S("a102", "conexus", "A", "after-ordinary:body-complaint", W("pro", "citizens", "adviser"),
  ["Breathing Space - Mr Tariq Hanif, CX-7731640", "Mr T Hanif - breathing space ignored"],
  "Our client Mr Tariq Hanif entered a standard Breathing Space on 3 March (reference BS-228140, notified to you "
  "through the Insolvency Service the same day). Despite this he received two text messages and a letter from you "
  "demanding payment on 11 and 17 March, which has caused him real distress. Please confirm that all collection "
  "activity has stopped, that the messages were sent in error, and what you will do to make sure it does not "
  "happen again.",
  L(c=True, tp=True, cat="collection_conduct"),
  "A money adviser (third_party) objects that demands continued during Breathing Space and asks for confirmation "
  "and prevention: implicit complaint, collection_conduct; the afterthought only gives cover arrangements.",
  [E("footer"), E("block", html=True)],
  after="Also, I'm at a training day on Friday, so if you need me please call the office number and ask for the duty "
        "adviser.")

S("a103", "conexus", "A", "after-matters:other-firm", W("consumer", tone="casual"),
  ["letter about Pennant account", "CX-3348209"],
  "got your letter about CX-3348209. can you tell me the total and who I'd be paying, I thought Pennant had closed "
  "it.",
  L(c=True, cat="debt_dispute", firm="pmt"),
  "A neutral question, then an afterthought disputing a termination charge the creditor promised to waive (Pennant "
  "Mobile, pmt): implicit complaint whose root cause only the creditor can fix, about_other_firm=pmt, debt_dispute "
  "(a creditor's charge that makes up the debt).",
  [E("bare"), E("dashdash", html=True)],
  after="Forgot to say - the £240 you're chasing is Pennant Mobile's early termination fee. When I cancelled in the "
        "shop in Walsall the lady said it would be waived because the signal at my house never worked, and she put "
        "a note on it. That's what this 'debt' is. I want Pennant to take it off.")

S("a104", "conexus", "A", "after-matters:complaint", W("pro", "lwt", "creditor"),
  ["Account recall - March batch", "Recall list for 5 accounts"],
  "Please recall the five accounts listed in the attached file with immediate effect. The customers have all "
  "entered our own hardship scheme and we will manage them directly from now on.",
  L(c=True, cat="collection_conduct"),
  "A creditor client writing for its own firm (not third_party) adds, after its name, that recalled accounts were "
  "still sent arrears letters and asks why: implicit complaint about how debts are pursued (collection_conduct); "
  "Lumen is the complainant, so about_other_firm=null.",
  [E("footer", pos="before_footer"), E("full", html=True)],
  after="Also, three of the accounts we recalled on 1 March still got arrears letters from you on 9 March. Two of "
        "those customers rang us very upset, one of them in tears. That should not happen once we've recalled an "
        "account. Please check why the recall wasn't actioned and confirm that nothing further has gone out.")

S("a105", "conexus", "A", "after-ordinary:body-complaint", W("consumer"),
  ["Trace fee added to my balance", "£60 charge on CX-2256671"],
  "I want to make a complaint about the £60 'trace fee' added to my account CX-2256671 last month. You didn't need "
  "to trace me - I have lived at the same address for nine years and I wrote to you from it in December. Please "
  "remove the fee and send me an updated balance.",
  L(c=True, ex=True, cat="fees_charges"),
  "An explicit complaint in the body about a trace fee added on top of the debt (fees_charges); the afterthought "
  "only says the writer is away and prefers letters to calls, a contact preference rather than a data right.",
  [E("full"), E("iphone", html=True, pos="before_mobile")],
  after="Also I'll be working away for three weeks from Monday so please write rather than ring.")

S("a106", "conexus", "A", "after-matters:rights", W("consumer"),
  ["Payment received?", "Checking my March payment - CX-8470025"],
  "Please could you confirm that my payment of £55 on 28 March reached account CX-8470025? My banking app shows it "
  "as sent but I haven't had the usual text.",
  L(r="rectification"),
  "A payment check, then an afterthought asking for a new address to be recorded ('please update your records'): "
  "rectification; there is no dissatisfaction, so not a complaint.",
  [E("bare"), E("dashdash", html=True, quote=True)],
  after="Forgot to say - I've moved house. My new address is 22 Larch Close, Hebden Bridge HX7 8RT. Please update "
        "your records so the letters come here.",
  quote=(CONEXUS_CS, "Mon, 3 Mar 2028 at 12:15",
         "Your payment arrangement of £55 per month on account CX-8470025 has been set up. Payments are due on the "
         "28th of each month.\n\nConexus Customer Services"))

S("a107", "conexus", "A", "after-ordinary:nothing", W("consumer", tone="casual"),
  ["Final payment CX-1904438", "all paid off!"],
  "Just to let you know I made the last payment on CX-1904438 today, so that should clear the balance. Could you "
  "send me a letter confirming it's settled, for my records?",
  L(),
  "A final payment with a request for a settlement letter (a routine service request, not access) and an "
  "afterthought praising an adviser: not a complaint.",
  [E("iphone", pos="before_mobile"), E("full", html=True)],
  after="Also, please say thanks to Daniel on your helpline - he was really kind when I first called in a state last "
        "year and he made this a lot easier.")

# ============================================================================================= Conexus, group C

S("c101", "conexus", "C", "ctl:complaint", W("consumer", tone="casual"),
  ["Re: Your account CX-6612058", "phone line"],
  "This is my complaint about your phone line. I called 4 times this week to pay off the balance and each time I "
  "was on hold over 40 mins before giving up. Why is there no other way to pay? Sort your phones out and call me "
  "back please.",
  L(c=True, ex=True, cat="wait_time"),
  "The writer calls it a complaint about long holds when trying to pay: explicit, wait_time; the mobile signature "
  "and the quoted reminder add nothing.",
  [E("iphone", quote=True), E("iphone", html=True)],
  quote=(CONEXUS_CS, "Thu, 6 Mar 2028 at 09:00",
         "Your account CX-6612058 is now overdue. Please call us on 0330 100 4821 to make a payment.\n\n"
         "Conexus Customer Services"))

S("c102", "conexus", "C", "ctl:complaint-third-party", W("pro", "stepahead", "adviser"),
  ["Vulnerable client - Mrs Deborah Quinn, CX-4409517", "Mrs D Quinn CX-4409517"],
  "We act for Mrs Deborah Quinn; her authority is attached. Mrs Quinn has a diagnosed anxiety disorder, which she "
  "explained to your agent on 6 March. Despite that, she has since had daily calls, and on 14 March an agent told "
  "her that 'bailiffs would be the next step' on an unsecured credit card debt. She has been signed off work since. "
  "Please stop all direct contact with Mrs Quinn, review how her account has been handled, and let us have your "
  "response in writing.",
  L(c=True, tp=True, cat="collection_conduct"),
  "A debt adviser (third_party) sets out pressure on a vulnerable client and asks for contact to stop and a written "
  "response: implicit complaint, collection_conduct; 'complain' is only in the charity's footer, which is "
  "boilerplate, so explicit=false.",
  [E("footer"), E("footer", html=True)])

S("c103", "conexus", "C", "ctl:ordinary", W("pro", "nte", "creditor"),
  ["Balance adjustments - week 14", "Week 14 balance adjustments"],
  "Attached are this week's balance adjustments for Northline accounts placed with you: 23 accounts reduced after "
  "final meter readings and 4 closed in full. Please apply them before your next letter run. The file contains "
  "customer names and account numbers, so please save it only to the secure share.",
  L(),
  "A creditor client's routine adjustments file; the mention of customer details and the footer's personal-data "
  "disclaimer describe normal handling, not a breach or a request: not a complaint.",
  [E("footer"), E("dashdash", html=True)])

S("c104", "conexus", "C", "ctl:complaint-third-party", W("pro", "brindley", "solicitor", tone="formal"),
  ["Complaint - Mr Paul Hendry - your ref CX-3001284", "Mr P Hendry (CX-3001284) - wrong person"],
  "We act for Mr Paul Hendry of 7 Coquet Avenue, Morpeth, whose authority is enclosed. Your letters of 2 and 20 "
  "February demand £3,870 said to be owed to Heathcote Bank. Our client has never held an account with Heathcote "
  "Bank. It appears your trace has matched him to a different Paul Hendry who lived in Gateshead. This is our "
  "client's formal complaint. Please stop all collection activity against him, correct your records so that he is "
  "no longer linked to this account, and delete his address and telephone number from the file.",
  L(c=True, ex=True, pd=True, r="rectification,erasure", tp=True, cat="debt_dispute"),
  "A solicitor (third_party) makes a formal complaint that the client is pursued for someone else's debt after a "
  "wrong trace match: explicit, debt_dispute (not owed) with personal_data=true for the inaccurate link, rights "
  "rectification and erasure; Heathcote is only named as creditor (null).",
  [E("footer"), E("block", html=True, quote=True)],
  quote=(CONEXUS_CS, "Thu, 20 Feb 2028 at 08:45",
         "We write on behalf of our client Heathcote Bank about the outstanding balance of £3,870 on account "
         "CX-3001284. Please contact us within 14 days to arrange payment.\n\nConexus"))

S("c105", "conexus", "C", "ctl:complaint-no-signoff", W("consumer", tone="casual"),
  ["wrong balance", "CX-5590372 balance is wrong"],
  "your letter says I owe £812 on CX-5590372. I paid £300 of that straight to Sterling Credit in January before it "
  "came to you, I have the bank statement. take it off and send me the right balance",
  L(c=True, cat="debt_dispute"),
  "No greeting or sign-off: the debtor disputes the balance because part was paid to the creditor before placement "
  "and wants it corrected: implicit complaint, debt_dispute, about_other_firm=null as in the guide's paid-debt case "
  "(Conexus can correct its own balance).",
  [E("none"), E("none", html=True, mobile=True)])

S("c106", "conexus", "C", "ctl:complaint-third-party", W("pro", "mp", "mp", tone="formal"),
  ["Constituent Mr Owen Farrelly - ref CX-7280063", "Our ref HM/8120 - Mr O Farrelly"],
  "I am writing on behalf of my constituent Mr Owen Farrelly, who is profoundly deaf. Your letters tell him that a "
  "payment arrangement can only be agreed by telephone, and when his sister rang for him your staff refused to "
  "speak to her. Mr Farrelly is willing to pay but has no way of meeting your requirement. Could you explain why "
  "arrangements cannot be made in writing or by email, and set one up for him in a way he can use?",
  L(c=True, tp=True, cat="process"),
  "An MP's caseworker (third_party) challenges a telephone-only rule that shuts out a deaf constituent and asks for "
  "an alternative: implicit complaint about the rule itself (process); 'complain' appears only in the office's "
  "data-protection footer, so explicit=false.",
  [E("footer"), E("footer", html=True)])

S("c107", "conexus", "C", "ctl:rights", W("consumer"),
  ["Subject access request - CX-6150094", "Request for my information"],
  "I'm sorting out my finances with a view to clearing everything this year. Please send me a copy of all the "
  "personal data you hold about me in connection with account CX-6150094, including account notes, letters and "
  "any call recordings. Email is fine.",
  L(r="access"),
  "A calm subject access request (access), not a complaint; the complaints wording sits only in the quoted Conexus "
  "footer, which is not new text.",
  [E("dashdash", quote=True), E("full", html=True, quote=True)],
  quote=(CONEXUS_CS, "Wed, 12 Mar 2028 at 15:30",
         "Thank you for your payment of £25 on account CX-6150094.\n\nConexus Customer Services\n\n"
         "If you are unhappy with our service, please see our complaints procedure on our website. You may be able "
         "to refer your complaint to the Financial Ombudsman Service."))

S("c108", "conexus", "C", "ctl:complaint", W("pro", "hcb", "creditor", tone="formal"),
  ["Formal complaint - conduct of calls to Heathcote customers", "Call conduct on Heathcote accounts"],
  "Heathcote Bank is raising a formal complaint about the conduct of calls made by your agents on our placed "
  "accounts during March. Our call monitoring sample found agents telling customers that their homes could be at "
  "risk over unsecured card debts, and in two cases pressing for payment after the customer had said they were in "
  "hospital. This falls well below the standards in our placement agreement. Please take the agents concerned off "
  "our accounts, investigate, and send us your findings by 30 April.",
  L(c=True, ex=True, cat="collection_conduct"),
  "A creditor client writing for its own bank makes a formal complaint about agents' pressure on its customers: "
  "explicit, collection_conduct; staff writing for their employer are not third_party and Heathcote is the "
  "complainant (null).",
  [E("footer"), E("footer", html=True)])

S("c109", "conexus", "C", "ctl:auto", W("pro", "lwt", "creditor"),
  ["Your complaint has been received [LW-C-204417]", "We've received your message - ref LW-C-204417"],
  "This is an automated message. Thank you for contacting Lumen Water's Customer Resolution Team. Your complaint "
  "has been logged under reference LW-C-204417 and a member of the team will respond within 5 working days.\n\n"
  "Please do not reply to this email; this mailbox is not monitored.\n\n"
  "Lumen Water Ltd, Lumen House, Riverside Way, Derby DE1 3GN. We handle personal data in line with our privacy "
  "notice at lumenwater.co.uk/privacy.",
  L(auto=True),
  "A creditor's ticketing acknowledgement (automated text, 'do not reply') sent back to Conexus: "
  "auto_generated=true and nothing else, despite 'complaint' in its subject and body.",
  [E("auto", headers={"auto-submitted": "auto-generated"},
     sender=("Lumen Water Customer Resolution", "no-reply@lumenwater.co.uk")),
   E("auto", html=True, sender=("Lumen Water", "customer.resolution@lumenwater.co.uk"))])

S("c110", "conexus", "C", "ctl:ordinary", W("consumer"),
  ["Re: Your complaint CX-C-31847 - final response", "Re: Final response"],
  "Thank you for your letter and for refunding the £45 fee. I'm happy with how this has been resolved and I "
  "appreciate the apology.",
  L(),
  "Only thanks for a resolved matter; the complaint wording is in the thread's subject line and the quoted final "
  "response, so complaint=false (guide rule 5).",
  [E("iphone", quote=True), E("full", html=True, quote=True)],
  quote=(CONEXUS_CS, "Mon, 10 Mar 2028 at 11:20",
         "Thank you for your formal complaint about the fee added to your account. We have upheld your complaint, "
         "refunded the £45 fee and apologise for the inconvenience.\n\nConexus Complaints Team"))


# ---------------------------------------------------------------------------------------------
# build


def build(rng):
    records = []
    for sc in SCENARIOS:
        for k in range(2):
            records.append(render(sc, k, rng))
    return records


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=errors)


if __name__ == "__main__":
    sys.exit(main())
