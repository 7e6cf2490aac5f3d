#!/usr/bin/env python3
"""Inline-answer judge set G: replies in which the sender types their answers INSIDE the quoted mail they reply
to, without saying so on top (group U), and look-alike controls whose sender writes a short message above an
untouched quote (group C). 60 scenarios (30 per mailbox), each rendered twice with different envelopes: 120 emails.

Stdlib only. Written independently from the labelling guide; every person, address and reference is invented.

Layouts: "outlook" (plain, "____" rule + From:/Sent:/To:/Subject: block, original unmarked), "origmsg" (plain,
"-----Original Message-----" + header block), "gt" (plain, "On ... wrote:" + "> " quote), "nogt" (plain,
"On ... wrote:" with the original unmarked), "html_bq" (HTML, webmail/Apple <blockquote>), "html_div" (HTML,
Outlook reply <div> with a border-top header block). Answer markings (group U): colour (HTML only), capitals,
initials, none.

The labels say what the sender means wherever they typed it. `explicit` is checked against the sender's OWN words
(subject only when the sender wrote it, the text on top, and the answers typed inside the quote), not against
labelled_mail.new_text(), which sees the firm's quoted words in layouts it cannot cut and misses answers typed
inside a quote it can cut: `errors()` drops only that one check of record_errors for such records and applies its
own instead.
"""
import datetime
import os
import random
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import escape_html, new_text, record_errors, run_generator, short_labels  # noqa: E402

SEED = 20280705
PREFIX = "iag"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "trials", "inline_answer_judge_g.jsonl")

LAYOUTS = ("outlook", "origmsg", "gt", "nogt", "html_bq", "html_div")
FWD_LAYOUTS = ("outlook", "origmsg", "html_div")
HTML_LAYOUTS = ("html_bq", "html_div")

PEXA_FROM = {
    "support": ("PEXA Support", "support@pexa.co.uk"),
    "complaints": ("PEXA Customer Resolution", "complaints@pexa.co.uk"),
    "onboarding": ("PEXA Onboarding", "onboarding@pexa.co.uk"),
    "training": ("PEXA Learning", "learning@pexa.co.uk"),
    "privacy": ("PEXA Data Protection", "dataprotection@pexa.co.uk"),
    "billing": ("PEXA Billing", "billing@pexa.co.uk"),
}
CX_FROM = {
    "cs": ("Conexus Customer Services", "customerservices@conexus-services.com"),
    "complaints": ("Conexus Complaints", "complaints@conexus-services.com"),
    "privacy": ("Conexus Data Protection", "dpo@conexus-services.com"),
    "hardship": ("Conexus Financial Support Team", "support@conexus-services.com"),
}

# persona pools: (first, surname, title, address domain or None)
CONSUMERS = [
    ("Marcia", "Odunsi", "Ms", "gmail.com"), ("Keith", "Rowbotham", "Mr", "btinternet.com"),
    ("Lorraine", "Tebbutt", "Mrs", "hotmail.co.uk"), ("Darren", "Pughsley", "Mr", "outlook.com"),
    ("Nadia", "Qasim", "Ms", "yahoo.co.uk"), ("Gwyn", "Ellery", "Mr", "sky.com"),
    ("Stacey", "Mulvaney", "Miss", "gmail.com"), ("Tomasz", "Wielgosz", "Mr", "outlook.com"),
    ("Hazel", "Brindley", "Mrs", "talktalk.net"), ("Ravi", "Chaudhry", "Mr", "gmail.com"),
    ("Joanne", "Featherstone", "Ms", "icloud.com"), ("Callum", "Moir", "Mr", "hotmail.com"),
    ("Bethan", "Pryce", "Mrs", "btinternet.com"), ("Oluwaseun", "Adeyemi", "Mr", "gmail.com"),
    ("Carol", "Hindmarsh", "Mrs", "aol.com"), ("Liam", "Sheeran", "Mr", "yahoo.com"),
    ("Precious", "Mutasa", "Ms", "outlook.com"), ("Graham", "Tulloch", "Mr", "virginmedia.com"),
]
ORGS = [
    ("Carrow Finch LLP", "carrowfinch.co.uk"), ("Hadley Moss Solicitors", "hadleymoss.co.uk"),
    ("Brookvale Building Society", "brookvalebs.co.uk"), ("Ashgrove Conveyancing", "ashgroveconveyancing.co.uk"),
    ("Pelham Street Legal", "pelhamstreetlegal.co.uk"), ("Northgate Property Lawyers", "northgateproperty.co.uk"),
]
STAFF = [
    ("Harriet", "Voss", "Ms"), ("Dominic", "Ashdown", "Mr"), ("Sunita", "Raval", "Mrs"), ("Owen", "Thackeray", "Mr"),
    ("Fiona", "McCreadie", "Ms"), ("Kwame", "Boateng", "Mr"), ("Ellie", "Saunderson", "Ms"), ("Rhys", "Llewellin", "Mr"),
    ("Magda", "Nowicka", "Mrs"), ("Adrian", "Coxall", "Mr"),
]
ADVISERS = [
    ("Riverside Money Advice", "riversidemoneyadvice.org.uk"), ("Millbrook Advice Centre", "millbrookadvice.org.uk"),
    ("Clearpath Debt Help", "clearpathdebthelp.org.uk"),
]

TOPS_U = ["", "", "Hi", "Thanks", "Hello", "Thanks,\n{first}", "Regards\n{first} {surname}", "Hi {signer}",
          "{first}", "Many thanks\n{first}"]

# filled in by render(): (source, env) -> the sender's own words, for errors()
OWN = {}
OVERRIDDEN = []
# (group, layout, marking) of every rendering, for the summary
LOG = []


def S(sid, mailbox, who, firm, subj, sent, letter, lab, note, answers=(), top=None, older=None, signer="",
      fwd=None, own_subject=None):
    """A scenario. group U when answers are given (letter holds one '@@' block per answer), else group C
    (top is the whole message). fwd: (name, addr) of the forwarded mail's author for a forward."""
    return dict(sid=sid, mailbox=mailbox, who=who, firm=firm, subj=subj, sent=sent, letter=letter.strip("\n"),
                lab=lab, note=note, answers=list(answers), top=top, older=older, signer=signer, fwd=fwd,
                own_subject=own_subject)


# ---------------------------------------------------------------------------------------------
# rendering


def dt_of(s):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")


def sent_outlook(dt):
    return f"{dt:%A}, {dt.day} {dt:%B %Y %H:%M}"


def on_wrote(dt, name, addr, style):
    if style == 0:
        return f"On {dt:%a}, {dt.day} {dt:%b %Y} at {dt:%H:%M}, {name} <{addr}> wrote:"
    if style == 1:
        return f"On {dt:%d/%m/%Y %H:%M}, {name} wrote:"
    return f"On {dt.day} {dt:%b %Y}, at {dt:%H:%M}, {name} <{addr}> wrote:"


def mark_plain(ans, marking, ini, style):
    if marking == "capitals":
        return ans.upper()
    if marking == "initials":
        pre = (f"[{ini}] ", f"{ini}: ", f"{ini} - ")[style % 3]
        return pre + ans
    return ans


def persona(kind, rng, used):
    """(first, surname, title, addr, org) for a sender kind."""
    while True:
        if kind in ("consumer", "relative"):
            first, surname, title, dom = CONSUMERS[rng.randrange(len(CONSUMERS))]
            local = rng.choice([f"{first}.{surname}", f"{first[0]}{surname}", f"{first}{surname}{rng.randrange(10, 99)}",
                                f"{surname}.{first[0]}"]).lower()
            org = ""
        elif kind == "staff":
            first, surname, title = STAFF[rng.randrange(len(STAFF))]
            org, dom = ORGS[rng.randrange(len(ORGS))]
            local = rng.choice([f"{first}.{surname}", f"{first[0]}.{surname}", f"{first[0]}{surname}"]).lower()
        else:  # adviser
            first, surname, title = STAFF[rng.randrange(len(STAFF))]
            org, dom = ADVISERS[rng.randrange(len(ADVISERS))]
            local = f"{first}.{surname}".lower()
        if (first, surname) not in used:
            used.add((first, surname))
            return first, surname, title, f"{local}@{dom}", org


def fill(text, ctx):
    return text.format_map(ctx) if text else text


def blocks_of(sc, ctx):
    """[(kind, text)] of the firm's letter with the answers in their slots: kind 'firm' or 'ans'."""
    out, answers = [], iter(sc["answers"])
    for b in sc["letter"].split("\n\n"):
        if b.strip() == "@@":
            out.append(("ans", fill(next(answers), ctx)))
        else:
            out.append(("firm", fill(b, ctx)))
    assert next(answers, None) is None, sc["sid"]
    return out


def render(sc, rng, layout, marking, env_no):
    ctx = {}
    kind = sc["who"]
    first, surname, title, addr, org = sc["_people"][env_no]
    ini = first[0] + surname[0]
    ctx.update(first=first, surname=surname, title=title, org=org, signer=sc["signer"], org_dom=addr.split("@")[1],
               ref=str(rng.randrange(100000, 999999)))
    sender = f"{first} {surname} <{addr}>"
    mailbox = sc["mailbox"]
    if sc["firm"] == "self":  # the sender's own earlier mail quoted back
        fname, faddr = f"{first} {surname}", addr
    else:
        fname, faddr = sc["fwd"] if sc["fwd"] else (PEXA_FROM if mailbox == "pexa" else CX_FROM)[sc["firm"]]
    dt = dt_of(sc["sent"])
    subj_orig = fill(sc["subj"], ctx)
    blocks = blocks_of(sc, ctx)
    group = "U" if sc["answers"] else "C"
    if group == "U":
        top = fill(TOPS_U[rng.randrange(len(TOPS_U))], ctx) if sc["top"] is None else fill(sc["top"], ctx)
    else:
        top = fill(sc["top"], ctx)
    ist = rng.randrange(3)
    colour = rng.choice(['<span style="color:#C00000">', '<span style="color:#0070C0">',
                         '<font color="blue">', '<span style="color:rgb(255,0,0)">', '<font color="#7030A0">'])
    answers_marked = []

    def ans_text(a):
        t = mark_plain(a, marking if marking != "colour" else "none", ini, ist)
        answers_marked.append(t)
        return t

    older = None
    if sc["older"]:
        o_sent, o_subj, o_text = sc["older"]
        older = (dt_of(o_sent), fill(o_subj, ctx), fill(o_text, ctx))
    # subject
    if sc["own_subject"]:
        subject = fill(sc["own_subject"], ctx)
    elif sc["fwd"]:
        subject = ("FW: " if layout in ("outlook", "html_div") else "Fwd: ") + subj_orig
    else:
        subject = subj_orig if subj_orig.lower().startswith("re:") else \
            ("RE: " if layout in ("outlook", "origmsg", "html_div") else "Re: ") + subj_orig
    to_line = f"{first} {surname} <{addr}>" if not sc["fwd"] else f"{first} {surname}"
    if sc["firm"] == "self":
        to_line = "PEXA Complaints <complaints@pexa.co.uk>" if mailbox == "pexa" else \
            "Conexus Complaints <complaints@conexus-services.com>"
    wstyle = rng.randrange(3)
    if layout in ("outlook", "origmsg", "gt", "nogt"):
        html = False
        parts = []
        for k, t in blocks:
            parts.append(ans_text(t) if k == "ans" else t)
        if layout in ("outlook", "origmsg"):
            sep = "________________________________\n" if layout == "outlook" else "-----Original Message-----\n"
            head = (f"{sep}From: {fname} <{faddr}>\nSent: {sent_outlook(dt)}\nTo: {to_line}\nSubject: {subj_orig}")
            q = head + "\n\n" + "\n\n".join(parts)
            if older:
                odt, osub, otext = older
                q += (f"\n\n{sep}From: {first} {surname} <{addr}>\nSent: {sent_outlook(odt)}\n"
                      f"To: {fname} <{faddr}>\nSubject: {osub}\n\n{otext}")
        elif layout == "gt":
            q = on_wrote(dt, fname, faddr, wstyle) + "\n"
            prev = None
            for (k, _), t in zip(blocks, parts):
                if k == "ans":
                    q += "\n\n" + t + "\n\n"
                else:
                    q += ("\n>\n" if prev == "firm" else "") + "\n".join("> " + ln if ln else ">" for ln in t.split("\n"))
                prev = k
            if older:
                odt, osub, otext = older
                q += "\n>\n> " + on_wrote(odt, f"{first} {surname}", addr, wstyle) + "\n"
                q += "\n".join(">> " + ln if ln else ">>" for ln in otext.split("\n"))
        else:  # nogt
            q = on_wrote(dt, fname, faddr, wstyle) + "\n\n" + "\n\n".join(parts)
            if older:
                odt, osub, otext = older
                q += "\n\n" + on_wrote(odt, f"{first} {surname}", addr, wstyle) + "\n\n" + otext
        body = (top + "\n\n" + q) if top else q
    else:
        html = True

        def h(t):
            return escape_html(t).replace("\n", "<br>")

        def ans_html(a, p_tag):
            t = h(ans_text(a))
            if marking == "colour":
                close = "</font>" if colour.startswith("<font") else "</span>"
                t = f"{colour}{t}{close}"
            return f"{p_tag}{t}</p>" if p_tag else f"<div>{t}</div>"

        if layout == "html_div":
            P = '<p class="MsoNormal">'
            out = ['<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
                   '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                   '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>'
                   '</head><body lang="EN-GB" link="#0563C1"><div class="WordSection1">']
            for para in (top.split("\n\n") if top else []):
                out.append(f"{P}{h(para)}<o:p></o:p></p>")
            out.append(f"{P}<o:p>&nbsp;</o:p></p>")

            def hdr(n, a, d, to, s):
                return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                        f'{P}<b>From:</b> {escape_html(n)} &lt;{escape_html(a)}&gt; <br><b>Sent:</b> {sent_outlook(d)}'
                        f'<br><b>To:</b> {escape_html(to)}<br><b>Subject:</b> {escape_html(s)}<o:p></o:p></p></div>')
            out.append(hdr(fname, faddr, dt, to_line, subj_orig))
            out.append(f"{P}<o:p>&nbsp;</o:p></p>")
            for k, t in blocks:
                out.append(ans_html(t, P) if k == "ans" else f"{P}{h(t)}<o:p></o:p></p>")
                out.append(f"{P}<o:p>&nbsp;</o:p></p>")
            if older:
                odt, osub, otext = older
                out.append(hdr(f"{first} {surname}", addr, odt, f"{fname} <{faddr}>", osub))
                out.append(f"{P}<o:p>&nbsp;</o:p></p>")
                out += [f"{P}{h(p)}<o:p></o:p></p>" for p in otext.split("\n\n")]
            out.append("</div></body></html>")
            body = "\n".join(out)
        else:  # html_bq
            gmail = rng.random() < 0.6
            bq = ('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                  'rgb(204,204,204);padding-left:1ex">' if gmail else '<blockquote type="cite">')
            out = ['<html><body>' if gmail else '<html><head><meta http-equiv="content-type" content="text/html; '
                   'charset=UTF-8"></head><body>']
            if top:
                out.append('<div dir="ltr">' + "<br><br>".join(h(p) for p in top.split("\n\n")) + "</div>")
            attr = escape_html(on_wrote(dt, fname, faddr, 0 if gmail else 2))
            if gmail:
                out.append(f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{attr}<br></div>{bq}')
            else:
                out.append(f'<div><br><div>{attr}</div><br>{bq}')
            for k, t in blocks:
                out.append(ans_html(t, None) if k == "ans" else f"<div>{h(t)}</div><div><br></div>")
                if k == "ans":
                    out.append("<div><br></div>")
            if older:
                odt, osub, otext = older
                oattr = escape_html(on_wrote(odt, f"{first} {surname}", addr, 0 if gmail else 2))
                out.append(f"<div>{oattr}</div>{bq}<div>{h(otext)}</div></blockquote>")
            out.append("</blockquote></div></body></html>")
            body = "\n".join(out)
    headers = {}
    if rng.random() < 0.3 and not sc["fwd"] and sc["firm"] != "self":
        headers["in-reply-to"] = f"<{rng.randrange(10**9, 10**10)}.{sc['firm']}@{faddr.split('@')[1]}>"
    env = f"{layout}-{marking}-{env_no + 1}"
    rec = {"id": None, "mailbox": mailbox, "from": sender, "subject": subject, "headers": headers, "body": body,
           "html": html, "labels": dict(sc["lab"], rights=list(sc["lab"]["rights"])), "note": sc["note"],
           "source": f"{PREFIX}-{sc['sid']}", "train_labels": ["complaint"], "_env": env}
    own = "\n".join(([subject] if sc["own_subject"] else []) + [top] + answers_marked)
    key = (rec["source"], env)
    assert key not in OWN
    OWN[key] = own
    return rec


def build(rng):
    records = []
    scen = SCENARIOS
    ids = [s["sid"] for s in scen]
    assert len(ids) == len(set(ids))
    for i, sc in enumerate(scen):
        used = set()
        sc["_people"] = [persona(sc["who"], rng, used) for _ in range(2)]
        pool = FWD_LAYOUTS if sc["fwd"] else LAYOUTS
        a = i % len(pool)
        b = (a + 1 + (i // len(pool)) % (len(pool) - 1)) % len(pool)
        for env_no, layout in enumerate((pool[a], pool[b])):
            if not sc["answers"]:
                marking = "n/a"
            elif layout in HTML_LAYOUTS:
                marking = rng.choice(["colour", "colour", "colour", "capitals", "initials", "none"])
            else:
                marking = rng.choice(["capitals", "initials", "none"])
            records.append(render(sc, rng, layout, marking, env_no))
            LOG.append(("U" if sc["answers"] else "C", layout, marking))
    return records


def errors(rec):
    """record_errors, with its explicit-vs-new_text check replaced by explicit-vs-the sender's own words."""
    lab = rec["labels"]
    own = OWN[(rec["source"], rec["_env"])]
    errs = []
    for e in record_errors(rec):
        if e.startswith("explicit="):
            OVERRIDDEN.append(rec["source"] + " " + rec["_env"])
            continue
        errs.append(e)
    if lab["complaint"] and ("complain" in own.lower()) != lab["explicit"]:
        errs.append(f"explicit={lab['explicit']} but 'complain' in the sender's own words={not lab['explicit']}")
    if not lab["complaint"] and "complain" in own.lower():
        errs.append("non-complaint whose sender says 'complain'")
    if not own.strip() and not rec["labels"]["complaint"] and rec["source"].startswith(PREFIX + "-C"):
        errs.append("control without a message on top")
    return errs


def summary(records, env_counts):
    labs = [r["labels"] for r in records]
    lines = [f"wrote {len(records)} records, {len({r['source'] for r in records})} scenarios -> {OUT}"]
    lines.append(f"complaints {sum(l['complaint'] for l in labs)} (explicit {sum(l['explicit'] for l in labs)}), "
                 f"breach {sum(l['breach'] for l in labs)}, third_party {sum(l['third_party'] for l in labs)}, "
                 f"auto_generated {sum(l['auto_generated'] for l in labs)}")
    rc = Counter(x for l in labs for x in l["rights"])
    lines.append("rights: " + ", ".join(f"{k} {v}" for k, v in sorted(rc.items())))
    for grp in "UC":
        rs = [r for r in records if r["source"].split("-")[1][0] == grp]
        gl = [r["labels"] for r in rs]
        lines.append(f"group {grp}: {len({r['source'] for r in rs})} scenarios, {len(rs)} emails, "
                     f"complaints {sum(l['complaint'] for l in gl)} (explicit {sum(l['explicit'] for l in gl)}), "
                     f"mailboxes {dict(Counter(r['mailbox'] for r in rs))}, "
                     f"firms {dict(Counter(str(l['about_other_firm']) for l in gl if l['about_other_firm']))}")
        lines.append(f"  categories {dict(sorted(Counter(l['category'] for l in gl).items()))}")
    for grp in "UC":
        lay = Counter(x[1] for x in LOG if x[0] == grp)
        mk = Counter(x[2] for x in LOG if x[0] == grp)
        lines.append(f"group {grp} layouts: " + ", ".join(f"{k} {v}" for k, v in sorted(lay.items())))
        lines.append(f"group {grp} markings: " + ", ".join(f"{k} {v}" for k, v in sorted(mk.items())))
    lines.append(f"records where record_errors' explicit check was replaced: {len(OVERRIDDEN)} "
                 f"({', '.join(sorted(OVERRIDDEN))})")
    return "\n".join(lines)




# ---------------------------------------------------------------------------------------------
# scenarios: group U (answers typed inside the quote, nothing said about it on top)

SCENARIOS = [
    S("U01", "pexa", "staff", "support", "Incident PX-INC-{ref}: unsuccessful settlement, 19 Hawthorn Rise",
      "2025-06-10 16:42", """
Dear {first},

Thank you for calling the support desk this afternoon. So that our platform engineers can look into the unsuccessful settlement on workspace 40-{ref} (19 Hawthorn Rise), could you answer the questions below?

1. At what time did your firm sign and the workspace move to 'ready to settle'?

@@

2. Was any error message shown on screen, or did the status simply change?

@@

3. Have you seen this behaviour on any other workspace in the last month?

@@

4. Is there anything else you would like us to know?

@@

Kind regards,
Nathan Philpott
PEXA Support""", short_labels(c=True, cat="platform_defect"),
      "The answers typed into the firm's questions report a third failed settlement with no error shown and ask for "
      "the cause and the buyers' costs: an implicit complaint about the platform failing (platform_defect).",
      answers=["We were ready to settle at 12.05. Everything was green.",
               "No error at all. It sat on 'settlement in progress' until 3.50pm then flipped to unsuccessful.",
               "Yes, twice - 22 May and 3 June, same pattern both times. Nobody ever came back to us on either.",
               "Our buyers spent the night in a Travelodge with two children and the removal van on a day rate. "
               "I want to know what actually went wrong on all three dates and who is paying their costs, because "
               "it should not be us."],
      signer="Nathan"),
    S("U02", "pexa", "staff", "complaints", "Your complaint PX-C-{ref}: our findings on the abandoned-workspace fees",
      "2025-06-03 11:20", """
Dear {title} {surname},

Thank you for your patience while we looked into the concerns you raised on 14 May about the fees on your April invoice. I have set out our findings below.

Finding 1: Our records show that two workspaces were created for 8 Linnet Way by users at {org}, one at 10.14 and one at 10.31 on 2 April. A creation fee applies to each workspace.

@@

Finding 2: The second workspace was not abandoned within the 24-hour grace period, so the fee could not be waived automatically.

@@

Finding 3: We have therefore concluded that the invoice is correct and we are unable to offer a credit.

@@

If you are unhappy with this outcome, please let us know within eight weeks.

Yours sincerely,
Alison Carver
Customer Resolution Manager
PEXA""", short_labels(c=True, ex=True, cat="fees_charges"),
      "The sender rebuts each finding inside the quote and calls it their complaint in their own typed words there, "
      "so an explicit complaint about a platform fee (fees_charges); the firm's quoted 'your complaint' does not count.",
      answers=["Wrong. The second workspace was created by your system when the first one timed out at the "
               "'add participants' step - your own audit trail will show no user clicked 'create' at 10.31.",
               "It couldn't be abandoned by us because it never appeared in our dashboard until the invoice arrived.",
               "I do not accept this. Please escalate my complaint to a senior manager and credit the £46 fee."],
      signer="Alison"),
    S("U03", "pexa", "staff", "onboarding", "Application {ref}: documents needed to complete onboarding",
      "2025-05-20 09:05", """
Hello {first},

Thanks for completing the online application for {org}. To finish our checks before we can activate your subscriber account, we need the following:

a) A copy of your firm's current regulator registration (SRA or CLC number and certificate).

@@

b) Photo identification for the authorised signatory named on the application.

@@

c) The name and email of the person who will act as your firm's subscriber administrator.

@@

Once we have these we aim to activate the account within three business days.

Best wishes,
Kerry-Ann Dobbs
Onboarding Specialist, PEXA""", short_labels(),
      "Plain answers to an onboarding request for documents, typed under each item, with no dissatisfaction: not a complaint.",
      answers=["SRA certificate attached, number 6{ref}.",
               "Passport copy for our managing partner is attached too.",
               "That will be me, same email address as this one."],
      signer="Kerry-Ann"),
    S("U04", "pexa", "staff", "training", "How did we do? Settlement Essentials session, 4 June",
      "2025-06-05 14:30", """
Hi {first},

Thank you for joining Settlement Essentials on 4 June. We'd really value a few lines of feedback to help shape future sessions.

- Was the pace of the session about right?

@@

- Were there any topics you expected that we didn't cover?

@@

- Would you or your colleagues be interested in the advanced session on multi-lender discharges?

@@

Thanks in advance,
The PEXA Learning team""", short_labels(),
      "Satisfied answers to a training feedback questionnaire: praise and interest in another course, no "
      "dissatisfaction, so not a complaint.",
      answers=["Pace was spot on, and the trainer was happy to stop for questions.",
               "Not really. Maybe a bit more on what happens after lodgement, but it was covered well enough.",
               "Yes please, two of us would like places. Any date in July suits."]),
    S("U05", "pexa", "consumer", "complaints", "Your email about your purchase - a few questions",
      "2025-06-12 10:02", """
Dear {title} {surname},

Thank you for your email. PEXA provides the settlement platform that conveyancers and lenders use, so we need a little more information to direct your concerns to the right place.

Which firm is acting for you on your purchase?

@@

What is the address of the property you are buying?

@@

Could you tell us briefly what has gone wrong?

@@

Once we have these details we will make sure your concerns reach the right firm.

Kind regards,
Joel Amankwah
PEXA Customer Resolution""", short_labels(c=True, cat="delay", firm="mpc"),
      "The consumer's answers typed into PEXA's questions blame only their conveyancer (Marsh & Penrose, a "
      "directory firm) for weeks of silence and a slipping completion: implicit complaint to forward, firm mpc, delay.",
      answers=["Marsh and Penrose in Exeter.",
               "Flat 3, 41 Colleton Crescent, Exeter.",
               "They have not answered a single email or call for three weeks. Completion was meant to be this Friday "
               "and the seller's agent says nothing has been signed their end. I need someone to make them respond "
               "before we lose the flat."],
      signer="Joel"),
    S("U06", "pexa", "staff", "privacy", "Your data request - please confirm the details",
      "2025-05-28 15:15", """
Dear {first},

We have received your message asking about the personal data PEXA holds about you as a platform user. So that we handle it correctly, please confirm the following.

1. What information would you like us to provide?

@@

2. In what format would you like to receive it?

@@

3. Is there anything else you would like us to do with your data at this stage?

@@

We will respond within one month of receiving your confirmation.

Yours sincerely,
Data Protection Office
PEXA""", short_labels(r="access,portability"),
      "Neutral answers typed into PEXA's confirmation form ask for a copy of the user's data (access) and a CSV "
      "export to load into another system (portability); no dissatisfaction, so not a complaint.",
      answers=["A copy of everything you hold on me personally - my user profile, login history and the audit "
               "entries under my name.",
               "The audit entries as a CSV file please, so I can load them into our practice management system. "
               "The rest as a PDF is fine.",
               "No, that's all for now."]),
    S("U07", "pexa", "staff", "support", "Ticket {ref}: summary of our call",
      "2025-06-16 12:48", """
Hi {first},

Thanks for your time on the phone earlier. As promised, here is a summary of what we discussed.

You reported that the settlement schedule screen froze when you tried to add a second payee.

@@

We suggested clearing your browser cache and updating Chrome to the latest version, then trying again.

@@

If we don't hear from you within five business days we will close the ticket.

@@

Best regards,
Imogen Reeve
PEXA Support""", short_labels(),
      "The user confirms inline that the suggested fix worked and the ticket can close: a satisfied answer, not a complaint.",
      answers=["Yes, that's right.", "Did that, works fine now, added both payees without a problem.",
               "Happy for you to close it, thanks for the help."], signer="Imogen"),
    S("U08", "pexa", "staff", "support", "Your user profile - please check your details",
      "2025-06-09 10:30", """
Dear {first},

During a routine review we noticed that your user profile may be out of date. Please check and confirm the following.

Current employer shown: Greyfriars Law LLP. Is this correct?

@@

Mobile number shown: 07700 900{ref}. Is this correct?

@@

Are you still an active user of the platform?

@@

Thank you,
Subscriber Administration
PEXA""", short_labels(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
      "Inside the quote the user says their profile has wrongly shown their old firm for months after two requests, "
      "and asks for correction and for the listing to stop until "
      "then: implicit personal_data complaint with rectification and restriction; inaccurate data, not a breach.",
      answers=["No. I left Greyfriars on 28 February and I am now at {org}. I have asked your team to change this "
               "twice since March and it is still wrong.",
               "No, that was my old work mobile. Please correct both.",
               "Yes, under {org}. Until my profile is corrected please stop using the old details for anything - "
               "I don't want security codes going to a phone I no longer have."]),
    S("U09", "pexa", "staff", "privacy", "Settlement statement sent to your firm in error",
      "2025-06-18 17:05", """
Dear {first},

We are writing because we believe a settlement statement for a workspace in which {org} is not a participant may have been emailed to your firm's shared inbox on 17 June as a result of an error in our notification service.

Could you please check and let us know:

Did your firm receive a settlement statement that did not relate to one of your matters?

@@

If so, what personal information did it contain, as far as you can see?

@@

Please confirm that the email and any copies have been deleted.

@@

We apologise for the inconvenience and thank you for your help.

Sarah Oyelaran
Data Protection Office, PEXA""", short_labels(br=True),
      "The recipient confirms inline that another firm's settlement statement, with buyers' names and bank details, "
      "reached their inbox and has been deleted: a reported breach, but they raise no grievance and want nothing, so "
      "breach without a complaint.",
      answers=["Yes, it arrived at 16.12 on the 17th, for a sale in Harrogate we have nothing to do with.",
               "Two buyers' full names, the property address, the sale price and the sort code and account number "
               "for the seller's proceeds.",
               "Deleted from the inbox and the deleted items folder this morning. Nobody forwarded it."]),
    S("U10", "pexa", "staff", "billing", "Subscription renewal {ref}: please confirm your user numbers",
      "2025-06-02 08:50", """
Dear {title} {surname},

Your firm's annual platform subscription renews on 1 July. Before we issue the renewal invoice, please confirm:

1. How many active users will {org} need from July?

@@

2. Who should receive invoices from now on (name and email)?

@@

3. Do you have a purchase order number you would like quoted on the invoice?

@@

With thanks,
Billing Team
PEXA""", short_labels(),
      "Routine billing answers typed under each question, with no dissatisfaction: not a complaint.",
      answers=["Eleven users from July, two more than this year.",
               "Accounts payable, accounts@{org_dom}, attention Priti Solanki.",
               "PO 2025-{ref}, thank you."]),
    S("U11", "pexa", "relative", "complaints", "Your message about your father's remortgage",
      "2025-06-11 13:40", """
Dear {title} {surname},

Thank you for contacting us on behalf of your father, Mr Arthur Penhaligon. We are sorry to hear things have not gone smoothly. So that we can pass this to the right place, please tell us:

- The name of the lender or firm involved.

@@

- What happened, and on what date.

@@

- What your father would like to happen now.

@@

Please note that we can only correspond about your father's matter with his consent, which you can confirm by replying to this email.

Kind regards,
Priya Bhandal
PEXA Customer Resolution""", short_labels(c=True, tp=True, cat="fees_charges", firm="tvm"),
      "Writing for their father, the sender answers inside the quote that Thames Valley Mortgages (directory) "
      "charged him a £75 fee for their own late funds and wants it refunded: an implicit complaint purely about the "
      "lender, third_party, firm tvm, fees_charges.",
      answers=["Thames Valley Mortgages, his new lender.",
               "The remortgage was due to complete on 30 May. Thames Valley sent the money a day late, their own "
               "mistake they admitted on the phone, and then took a £75 'same day transfer fee' from the advance.",
               "He wants the £75 back and a letter from them explaining the fee. He is 81 and this has really upset "
               "him. He is happy for me to deal with it, he is sitting next to me."]),
    S("U12", "pexa", "staff", "complaints", "Final response to your complaint PX-C-{ref}",
      "2025-05-30 16:00", """
Dear {title} {surname},

We have now completed our investigation into your concerns about the delayed registration of 27 Quarry Bank.

What you told us: that registration was delayed by six weeks and that this was caused by the platform.

What we found: the Land Registry raised a requisition because the plan referred to in the transfer was not attached. Our logs show that the lodgement package was sent in the form in which it was prepared by your firm.

@@

Our decision: we do not uphold your complaint, as we have found no fault with the platform.

@@

If you remain dissatisfied you may refer the matter to our Head of Customer Resolution within eight weeks of this letter.

Yours sincerely,
Martin Ogunleye
Customer Resolution Lead, PEXA""", short_labels(c=True, cat="platform_defect"),
      "The sender types a rebuttal under PEXA's findings (the plan was attached and the platform dropped it) and "
      "asks for a review: an implicit, continuing complaint about a platform fault; 'complaint' appears only in the "
      "firm's quoted words, so explicit=false.",
      answers=["That is not what happened. The plan was attached as page 3 of the TR1 PDF - we have the "
               "upload receipt showing 4 pages. What reached the Land Registry had 3. Your system dropped it.",
               "I'd like someone to look at the upload receipt I sent on 12 May, which nobody seems to have opened, "
               "and reconsider. Our client lost a six-week window on his buy-to-let."],
      signer="Martin"),
    S("U13", "pexa", "staff", "onboarding", "Outcome of your registration - {org}",
      "2025-06-06 09:30", """
Dear {first},

Thank you for applying to join PEXA. Unfortunately, our automated verification was unable to confirm your firm's details against the regulator's register, and your application has been declined.

If you would like to proceed, please answer the questions below.

Would you like to reapply?

@@

Has your firm's name or address changed in the last 12 months?

@@

Is there anything you would like us to take into account?

@@

Regards,
PEXA Onboarding""", short_labels(c=True, r="automated_decision", cat="onboarding"),
      "The applicant answers inline that the automatic check rejected them twice because of a name change they "
      "had already explained, five weeks lost, and asks for a person rather than the system to decide: implicit "
      "complaint about onboarding with the automated_decision right.",
      answers=["Not to be put through the same automatic check a third time, no.",
               "Yes - we changed our trading name in January and the SRA register already shows it. I explained "
               "that on both applications.",
               "This has now cost us five weeks and two instructions we had to turn away. I want one of your team, "
               "a real person, to look at the application and make the decision, not the computer."]),
    S("U14", "pexa", "staff", "support", "Keeping in touch - your preferences",
      "2025-05-22 11:11", """
Hi {first},

We'd love to keep you up to date with what's new at PEXA. Please let us know your preferences below.

Would you like to receive our monthly product update email?

@@

Would you like invitations to PEXA events and roadshows?

@@

Do you have any questions about how we use your contact details?

@@

Thanks,
The PEXA team""", short_labels(r="objection,informed"),
      "Calm answers typed into a preferences email refuse marketing and ask what PEXA holds their details for and "
      "where their mobile came from: objection and informed rights, with no dissatisfaction, so not a complaint.",
      answers=["No thanks. I'd rather you didn't use my details for marketing at all, please take this as my "
               "objection to that.",
               "No.",
               "Yes - could you tell me what you use my personal mobile number for and where you got it from? I "
               "think our admin set my account up, so I'm just curious what basis you hold it on."]),
    S("U15", "pexa", "staff", "support", "We've closed your ticket {ref} - tell us how it went",
      "2025-06-13 18:02", """
Hi {first},

Your support ticket {ref} has now been closed. We'd appreciate a quick reply to these three questions.

Did the support agent resolve your issue?

@@

How would you rate the service you received?

@@

Is there anything we could have done better?

@@

Thank you,
PEXA Support""", short_labels(c=True, ex=True, cat="service_quality"),
      "Answering a closure survey inside the quote, the user says the agent was dismissive and closed the ticket "
      "unresolved and asks for it to be treated as a complaint: explicit in the typed answers, service_quality.",
      answers=["No. The ticket was closed while I was still on the phone to him.",
               "Poor. When I asked how to reverse a duplicated payee he told me to 'read the user guide' and "
               "talked over me.",
               "I'd like this treated as a complaint. Please reopen the ticket and have a senior person call me "
               "on the office number."]),
    # conexus
    S("U16", "conexus", "consumer", "hardship", "Setting up your payment plan - account {ref}",
      "2025-06-04 10:20", """
Dear {title} {surname},

Thank you for speaking to us today. To set up the payment plan we discussed, please reply with the following information.

1. Your total monthly income after tax, including any benefits.

@@

2. Your monthly rent or mortgage.

@@

3. How many dependants live with you?

@@

4. Are you able to pay £35 a month, as discussed on the phone?

@@

Yours sincerely,
Leanne Coutts
Financial Support Team, Conexus""", short_labels(),
      "Neutral figures typed under each question and agreement to the plan offered: satisfied answers, not a complaint.",
      answers=["£1,480 wages plus £96 child benefit.", "£650 rent.", "Two, my daughters aged 7 and 11.",
               "Yes, £35 is fine, on the 28th of each month please."], signer="Leanne"),
    S("U17", "conexus", "consumer", "complaints", "Your complaint CX-COMP-{ref} - our final response",
      "2025-06-05 15:45", """
Dear {title} {surname},

Thank you for allowing us the time to investigate your complaint about the telephone calls made to you in March.

Our findings

1. Our call records show that we attempted to contact you on nine occasions during March, which is within our contact strategy.

@@

2. We found no evidence that our agent was rude to you on 12 March. The call was professional throughout.

@@

3. We therefore do not uphold your complaint.

@@

If you are not satisfied with this response you may refer your complaint to the Financial Ombudsman Service within six months of the date of this letter.

Yours sincerely,
Daniel Ferris
Complaints Team, Conexus""", short_labels(c=True, cat="collection_conduct"),
      "The debtor disputes each finding inside the quote (far more calls than stated, the agent's remarks) and asks "
      "for the recording to be reviewed: an implicit, continuing complaint about how the debt is pursued; 'complaint' "
      "is only in the firm's words.",
      answers=["Nine? I had six calls on 3 March alone. I screenshotted my call log and I can send it.",
               "He asked me if I was 'too busy spending to pay my debts' - listen to the recording again, it's "
               "the call at about 5pm.",
               "Then I want someone else to listen to that call properly and write to me again before I go to "
               "the ombudsman."], signer="Daniel"),
    S("U18", "conexus", "consumer", "cs", "Statement of account {ref}",
      "2025-06-17 09:00", """
Dear {title} {surname},

As requested, please find below a summary of your account.

Original balance transferred from Sterling Credit Loans: £2,140.00

@@

Payments received: £600.00 (six payments of £100, November to April)

@@

Current balance: £1,540.00

@@

If you have any questions about this statement please reply to this email.

Yours sincerely,
Customer Services
Conexus""", short_labels(c=True, cat="debt_dispute"),
      "The debtor's answers typed into the statement say a £100 May payment made to Conexus is missing and the balance "
      "is wrong, asking for a correction: an implicit complaint about the debt figure (debt_dispute); the creditor "
      "is only named, Conexus's own record is at fault, so about_other_firm null.",
      answers=["Agreed.",
               "That's not right, there are seven payments not six. I paid you £100 on 2 May by card over the phone, "
               "the agent gave me reference 5512. It's on my bank statement.",
               "So it should be £1,440. Please correct it and send me a new statement, I'm not paying for money "
               "I've already given you."]),
    S("U19", "conexus", "consumer", "cs", "Letter returned to us - please confirm your address",
      "2025-06-19 11:35", """
Dear {title} {surname},

A letter we sent to you at 22 Kiln Lane, Wigan, has been returned to us marked 'not known at this address'.

Please confirm your current postal address.

@@

Please confirm the best telephone number to reach you on.

@@

Once we hear from you we will update our records.

@@

Kind regards,
Customer Services
Conexus""", short_labels(c=True, ex=True, pd=True, br=True, r="rectification", cat="personal_data"),
      "Inside the quote the debtor says letters showing their debt keep going to an address they left two years ago, "
      "where the new tenants opened one, gives the correct address and calls it a complaint: explicit, personal_data, "
      "breach, rectification.",
      answers=["I moved out of Kiln Lane in 2023 and I gave you my new address, 5 Sefton Close, Wigan WN3 4QF, "
               "on the phone last August. The people who live there now opened one of your letters and told my "
               "cousin how much I owe.",
               "07700 900{ref}.",
               "You were meant to update it last year. I'm making a complaint about my debt details being sent "
               "to strangers and I want to know what you're going to do about it."]),
    S("U20", "conexus", "adviser", "cs", "Your client Ms Janine Corless - account {ref}",
      "2025-06-08 14:10", """
Dear {first},

Thank you for sending your client's letter of authority. Before we place the account on hold, please help us with the following.

Please confirm your client's date of birth, so we can match our records.

@@

Has a Breathing Space been registered? If so, please give the reference.

@@

Is there anything we should be aware of about your client's circumstances?

@@

Is there anything else you need from us?

@@

Kind regards,
Customer Services
Conexus""", short_labels(tp=True, r="access"),
      "A money adviser answers Conexus's questions for her client and asks for a copy of all the data held on the "
      "client: third_party and access, with no dissatisfaction, so not a complaint.",
      answers=["14/09/1979.", "Not yet - we are applying this week and will send the reference once it is through.",
               "Janine has recently been signed off work with anxiety. Please contact her only through us.",
               "Yes, please send us a copy of all the personal data you hold about Janine, including call notes and "
               "any recordings, under her consent attached to the authority."]),
    S("U21", "conexus", "consumer", "cs", "Account {ref}: Northline Energy - do you dispute this balance?",
      "2025-05-27 10:00", """
Dear {title} {surname},

We have been instructed by Northline Energy to collect the outstanding balance of £387.16 on your former account.

Do you accept that this balance is owed?

@@

If not, please tell us why.

@@

Do you have any documents that support what you say?

@@

We have put the account on hold for 30 days while you respond.

Yours sincerely,
Customer Services
Conexus""", short_labels(c=True, cat="debt_dispute", firm="nte"),
      "The debtor's inline answers say the creditor billed estimated readings after they left and ignored their final "
      "reading, and they do not blame Conexus: an implicit complaint whose root cause only Northline can fix "
      "(directory id nte), debt_dispute.",
      answers=["No.",
               "I left that flat on 30 September 2023 and gave Northline a final meter reading. They ignored it and "
               "kept billing estimated readings for months after I'd gone. That bill is theirs to fix - you've been "
               "fine, it's them.",
               "I have the photo of the meter with the date, and the tenancy check-out report. I want Northline to "
               "cancel the bill."]),
    S("U22", "conexus", "relative", "complaints", "Your complaint about our field agent's visit - CX-COMP-{ref}",
      "2025-06-20 09:45", """
Dear {title} {surname},

Thank you for your email about the visit by one of our field agents to your sister, Ms Donna Whelan. We have logged it and to help us investigate please could you tell us:

Date and time of the visit:

@@

What the agent said or did that concerned you:

@@

Whether anyone else was present:

@@

We will also need Ms Whelan's consent to discuss her account with you.

Regards,
Rosalind Achterberg
Complaints Team, Conexus""", short_labels(c=True, ex=True, pd=True, br=True, tp=True, cat="collection_conduct"),
      "The sender answers for their sister Donna inside the firm's questions: an agent at 8.40pm shouted about the debt so the "
      "neighbours heard; the sender calls it Donna's complaint. Explicit, third_party, breach (debt disclosed to neighbours), "
      "personal_data, and collection_conduct as the main theme.",
      answers=["Wednesday 14 May, about 8.40 at night.",
               "He kept banging, then shouted through the letterbox that she owed Conexus £1,900 and he wasn't "
               "leaving without a payment. Donna was on her own and frightened.",
               "The couple next door were in their front garden and heard every word. Donna has had to explain "
               "it to them. She is in hospital this week, which is why I'm writing, and she wants her complaint "
               "dealt with - and no more home visits.",
               ]),
    S("U23", "conexus", "consumer", "privacy", "Your account {ref} is now closed",
      "2025-06-03 12:00", """
Dear {title} {surname},

We are pleased to confirm that your account has been paid in full and is now closed. You asked us what happens to your information now.

We keep account records for six years after closure unless you ask us to do otherwise and we have no legal reason to keep them. Would you like us to delete your information?

@@

Would you like a paid-in-full letter sent to you?

@@

Yours sincerely,
Data Protection Team, Conexus""", short_labels(r="erasure"),
      "A satisfied former debtor answers inline: yes, delete my data, and send the paid-in-full letter; erasure "
      "without any dissatisfaction, so not a complaint.",
      answers=["Yes please, delete everything you hold about me once you've sent the letter. Thank you for being "
               "patient with me over the last two years.",
               "Yes please, by email is fine."]),
    S("U24", "conexus", "consumer", "hardship", "Your affordability assessment - account {ref}",
      "2025-06-14 08:15", """
Dear {title} {surname},

Using the income and expenditure details you gave us, our online assessment tool has calculated that you can afford to pay £120 per month towards your balance.

Do you accept the payment plan of £120 per month?

@@

If not, please tell us why.

@@

If we don't hear from you within 14 days, we will set up the plan at £120 per month.

@@

Kind regards,
Financial Support Team, Conexus""", short_labels(c=True, r="automated_decision", cat="collection_conduct"),
      "Inside the quote the debtor rejects a plan set by the tool that ignored their childcare costs, objects to it "
      "being imposed and asks for a person to review it: implicit complaint about collection (unaffordable plan "
      "pressed on them), automated_decision; not personal_data, as the grievance is affordability.",
      answers=["No.",
               "Your computer has left out my childcare, £310 a month, which I put on the form. After that I have "
               "about £40 spare, not £120.",
               "Please don't. I want an actual person to go through my figures and decide, not the tool, and I "
               "want that in writing before anything is set up."]),
    S("U25", "conexus", "consumer", "cs", "Settlement offer - account {ref}",
      "2025-06-09 16:20", """
Dear {title} {surname},

Further to your call, our client has agreed to accept £850.00 in full and final settlement of your account.

Please confirm that you accept this offer.

@@

Please tell us the date on which you will make the payment (it must be within 30 days).

@@

Would you like confirmation of the settlement by email or by post?

@@

Yours sincerely,
Customer Services
Conexus""", short_labels(),
      "The debtor accepts the offer and gives a date and a preference inline: satisfied answers, not a complaint.",
      answers=["Yes I accept, thank you.", "Friday 27 June.", "Email please, to this address."]),
    S("U26", "conexus", "consumer", "cs", "How would you like us to contact you?",
      "2025-05-29 13:00", """
Dear {title} {surname},

We want to make sure we contact you in the way that suits you best.

How would you prefer to hear from us: email, text or post?

@@

Is there a time of day that is best for a phone call?

@@

Are there any times we should avoid?

@@

Thank you,
Customer Services, Conexus""", short_labels(),
      "Contact preferences given neutrally under each question: not a complaint, and 'times to avoid' is a "
      "preference, not objection.",
      answers=["Email mainly, texts are fine for reminders.", "After 5.30pm on weekdays.", "Not before 9 on Saturdays."]),
    S("U27", "conexus", "consumer", "hardship", "Documents needed for your hardship review - account {ref}",
      "2025-06-11 11:50", """
Dear {title} {surname},

To complete the review of your circumstances we need the following documents:

1. Your last three payslips or benefit statements.

@@

2. Your most recent bank statement.

@@

3. If possible, a letter from your GP or another professional about your health.

@@

We have put collection activity on hold for 30 days while we wait for these.

Kind regards,
Financial Support Team, Conexus""", short_labels(),
      "Documents sent and a date for the last one, typed under each item: a service exchange with no "
      "dissatisfaction, not a complaint.",
      answers=["Attached - April, May and June.", "Attached, the full month of May.",
               "My GP surgery says the letter will be ready next Tuesday. I'll send it on then. Thanks for the "
               "30 days."]),
    S("U28", "conexus", "consumer", "privacy", "Your query about how we contacted you",
      "2025-06-16 10:05", """
Dear {title} {surname},

Thank you for your message. We would like to make sure we answer your query fully. Please could you confirm what you would like from us:

a) a copy of the personal information we hold about you;

b) an explanation of how and where we obtained your contact details and how we use them;

c) something else.

@@

Please also confirm the email address we contacted you on.

@@

Yours sincerely,
Data Protection Team, Conexus""", short_labels(c=True, pd=True, r="informed", cat="personal_data"),
      "The debtor picks (b) inside the quote and says Conexus emailed their work address, which they never gave, and their "
      "manager saw it: dissatisfaction about data obtained unexpectedly plus a demand to know the source and basis. "
      "Implicit personal_data complaint, informed; not a breach, as no content of the debt was described as seen.",
      answers=["(b). I have never given you my work email. I want to know exactly where you got it and what "
               "right you think you have to use it. My line manager asked me who Conexus were. I am not happy "
               "about this at all.",
               "My work address - firstname.lastname at my employer. Don't use it again."]),
    S("U29", "conexus", "consumer", "cs", "Joint account {ref} - please confirm your details",
      "2025-06-12 09:25", """
Dear {title} {surname},

Our records show that you are a joint account holder, with Mr Craig Dewhurst, on the Pennant Mobile account now being collected by Conexus.

Please confirm that you are a joint account holder.

@@

Please confirm your current address.

@@

Please contact us to discuss repayment.

@@

Yours sincerely,
Customer Services
Conexus""", short_labels(c=True, pd=True, r="rectification", cat="debt_dispute"),
      "Inside the quote the sender denies being a joint holder of an ex-partner's phone account (third letter about it) and "
      "asks Conexus to correct its record: the debt is challenged as not hers (debt_dispute), with inaccurate "
      "personal data held, so personal_data and rectification; the error is Conexus's record, so no other firm.",
      answers=["No I am not. The Pennant contract was in Craig's name only. This is the third letter you've sent "
               "me saying otherwise.",
               "Same as on your letter.",
               "I won't be repaying someone else's phone bill. Correct your records so my name is off this account "
               "and confirm in writing."]),
    S("U30", "conexus", "consumer", "complaints", "Your complaint CX-COMP-{ref}: more information needed",
      "2025-06-23 15:10", """
Dear {title} {surname},

We are continuing to investigate the concerns you raised. To help us progress matters, please provide:

- The dates on which you say payments were taken twice.

@@

- Copies of the relevant bank statements.

@@

We will aim to send you our final response as soon as possible.

Yours faithfully,
Complaints Team, Conexus""", short_labels(c=True, ex=True, cat="delay"),
      "The debtor answers that they supplied all this in March and, eleven weeks after complaining, still has no "
      "final response: a 'still waiting' complaint, explicit in their own typed words, category delay.",
      answers=["I gave you the dates in my email of 31 March: 1 and 3 March. It's all in there.",
               "Already sent, twice. I complained eleven weeks ago, you've had everything since March and all I get "
               "is another request for the same papers. I want your final response this week."]),
]


# group C: the whole message above an untouched quote
SCENARIOS += [
    S("C01", "pexa", "staff", "complaints", "Final response to your complaint PX-C-{ref}", "2025-06-04 14:20", """
Dear {title} {surname},

Thank you for your complaint of 12 May, in which you told us that {org} was charged the per-workspace fee twice on 31 workspaces in April and that the credit for March had taken three reminders to arrive.

We have upheld your complaint. The duplicate charges were caused by an error in our billing run, which has now been corrected. A credit note for £713.00 has been issued and will appear on your June invoice, and we apologise for the reminders you had to send about March.

If you are not satisfied with this response, you may ask for it to be reviewed by our Head of Customer Resolution within eight weeks.

Yours sincerely,
Alison Carver
Customer Resolution Manager, PEXA""", short_labels(),
      "A short 'received, thanks' above PEXA's final response; the complaint is only described in the firm's quoted "
      "letter, so not a complaint.", top="Received, thanks Alison.\n\n{first}", signer="Alison"),
    S("C02", "pexa", "staff", "self", "Workspace 40-{ref} stuck at 'awaiting lodgement'", "2025-06-10 09:12", """
Hello,

I want to complain about workspace 40-{ref}. It settled on Friday but has been stuck at 'awaiting lodgement' ever since, and nobody on your helpline can tell us why. Our lender client is asking for evidence of registration and we have nothing to give them.

Please look into this today.

{first} {surname}
{org}""", short_labels(),
      "'All sorted now' above the sender's own earlier complaint quoted back: the matter is settled and nothing is "
      "asked, so not a complaint even though the quoted email complains (guide rule 5).",
      top="All sorted now - it went through to the Land Registry this morning. Thanks to whoever chased it.\n\n{first}"),
    S("C03", "pexa", "staff", "onboarding", "Your application - ID documents needed", "2025-05-19 10:40", """
Dear {first},

Thank you for applying to become a PEXA subscriber. To complete our verification, please send us:

- a certified copy of photo ID for each authorised signatory; and
- a recent bank statement for {org}'s client account (the first page is enough).

We aim to complete our checks within three business days of receiving these.

Kind regards,
Kerry-Ann Dobbs
Onboarding Specialist, PEXA""", short_labels(),
      "A document sent as asked above the firm's request: a service exchange, not a complaint.",
      top="Hi Kerry-Ann,\n\nAttached as requested.\n\nKind regards\n{first}", signer="Kerry-Ann"),
    S("C04", "pexa", "staff", "complaints", "Your concerns about settlement timings - call", "2025-06-12 15:30", """
Dear {title} {surname},

Thank you for your email about the late release of funds on two of your recent settlements. I would like to talk this through with you before I reply in writing. Could you let me know a good time and number for a call this week?

Kind regards,
Grace Ekwueme
PEXA Customer Resolution""", short_labels(),
      "A phone number and time given for one call above the firm's letter: a service reply, not a complaint, and not "
      "rectification (nothing is asked to be changed in a record).",
      top="Hi Grace, Thursday after 2pm suits. Best to use my mobile for that, 07700 900{ref}.\n{first}", signer="Grace"),
    S("C05", "pexa", "staff", "training", "Your Lodgement Masterclass booking", "2025-06-02 10:00", """
Hi {first},

You're booked on to the Lodgement Masterclass on Wednesday 18 June, 10.00 to 12.00, online. Joining details will follow the day before.

If you can no longer attend, please let us know so we can offer your place to someone on the waiting list.

The PEXA Learning team""", short_labels(),
      "A short acknowledgement above a booking confirmation: not a complaint.", top="Thanks, see you on the 18th."),
    S("C06", "pexa", "staff", "complaints", "We've received your complaint - PX-C-{ref}", "2025-04-22 12:15", """
Dear {title} {surname},

Thank you for contacting us. We have logged your complaint about the failed settlement on 17 April under reference PX-C-{ref}.

We aim to resolve complaints within four weeks. If we need more time we will write to explain why.

Kind regards,
PEXA Customer Resolution""", short_labels(c=True, ex=True, cat="delay"),
      "A chaser above the acknowledgement, in which the sender calls it 'my complaint' and says the four weeks have "
      "long passed: explicit complaint about delay (guide rule 6).",
      top="Six weeks now since I made this complaint and not a word. When will I get an answer?\n\n{first} {surname}"),
    S("C07", "pexa", "staff", "support", "Ticket {ref}: settlement figure corrected", "2025-06-16 11:00", """
Hi {first},

Good news: our engineers have corrected the display problem that caused the settlement schedule for workspace 40-{ref} to show the old redemption figure. The correct figure of £184,226.40 should now appear.

We'll close the ticket in two business days unless you tell us otherwise.

Best regards,
Imogen Reeve
PEXA Support""", short_labels(c=True, cat="platform_defect"),
      "'Still not fixed' above the firm's fix notice: the platform still shows the wrong figure and the sender asks for "
      "it to be sorted, so an implicit, continuing complaint (platform_defect).",
      top="Still not fixed - it's showing the old figure again this morning and we settle tomorrow. Please sort it "
          "today, and don't close the ticket.", signer="Imogen"),
    S("C08", "pexa", "consumer", "support", "Your purchase of 9 Tannery Yard - update", "2025-06-13 17:45", """
Dear {title} {surname},

Thank you for your patience. We are still waiting for the seller's solicitors to return the signed contract and we cannot give you a completion date until we have it. We will update you as soon as we hear from them.

Kind regards,
Residential Property Team
Greyfriars Law LLP""", short_labels(c=True, cat="delay", firm="gfl"),
      "A home buyer forwards their conveyancer's (Greyfriars Law, directory) holding email with one line saying it is "
      "the fourth such update and asks for someone to make them act: an implicit complaint purely about the "
      "participant firm, gfl, delay.",
      top="This is the fourth email like this from Greyfriars in a month and still no date. Can someone make them "
          "get on with it?", fwd=("Greyfriars Law Property Team", "property@greyfriarslaw.co.uk")),
    S("C09", "pexa", "staff", "support", "Action required: verify your PEXA account", "2025-06-17 07:58", """
Dear user,

Your PEXA account has been suspended due to unusual sign-in activity. To restore access, verify your details within 24 hours using the link below.

Verify now

PEXA Security Team""", short_labels(),
      "A user forwards a suspicious look-alike email with a one-line comment asking whether it is genuine: a question, "
      "no grievance and no data disclosed, so not a complaint and not a breach.",
      top="Got this at 8am - looks like phishing to me. Just checking it's not really from you?",
      fwd=("PEXA Security", "no-reply@pexa-account-verify.com")),
    S("C10", "pexa", "staff", "complaints", "Your complaint PX-C-{ref}: our response", "2025-06-06 13:10", """
Dear {title} {surname},

Thank you for your complaint about the call you had with our support desk on 3 June. Having listened to the call, we agree that our adviser did not explain the lodgement error clearly and we apologise. We have arranged refresher coaching for the adviser.

If you are unhappy with our response, please let us know within eight weeks.

Kind regards,
Grace Ekwueme
PEXA Customer Resolution""", short_labels(r="access"),
      "A brief acknowledgement above a complaint response, asking for a copy of the call recording and notes held "
      "about the sender: access, but no remaining dissatisfaction, so not a complaint.",
      top="Received, thank you. Could you also send me a copy of the recording of the 3 June call and any notes you "
          "hold about me from it?\n\n{first}", signer="Grace"),
    S("C11", "pexa", "staff", "support", "Documents for workspace 40-{ref}", "2025-06-18 10:22", """
Hi,

Please find attached the verification of identity documents and the signed authority for the workspace you asked about.

Kind regards,
PEXA Support""", short_labels(c=True, pd=True, br=True, cat="personal_data"),
      "One line above PEXA's email: the attachments are another firm's client ID documents, sent to the wrong firm "
      "for the second time, with a demand for an explanation: implicit personal_data complaint with a breach.",
      top="These are ID documents for somebody else's clients, not ours - passports and all. Second time this month. "
          "I need to know how this keeps happening. We've deleted them."),
    S("C12", "pexa", "staff", "support", "Your PEXA account has been inactive for 12 months", "2025-05-26 08:30", """
Dear {first},

Our records show that you have not signed in to PEXA for 12 months. If you no longer need access, your subscriber administrator can deactivate your user account, or you can reply to this email.

Kind regards,
Subscriber Administration
PEXA""", short_labels(r="erasure"),
      "A calm reply on top asking PEXA to close the account and delete the sender's details on retirement: erasure "
      "without dissatisfaction, not a complaint.",
      top="Thanks for the reminder. I retired at Easter, so please close my account and delete my personal details "
          "from your system.\n\nBest wishes\n{first} {surname}"),
    S("C13", "pexa", "staff", "training", "Your Discharges and Remittances session has been cancelled", "2025-06-09 16:05", """
Hi {first},

Unfortunately we have had to cancel the Discharges and Remittances session on 12 June due to trainer availability. We're sorry for the inconvenience and will let you know when a new date is available.

The PEXA Learning team""", short_labels(c=True, cat="training"),
      "A short reply on top of a cancellation notice saying it is the second cancellation and two new staff start "
      "settlements unsupported, asking for a firm date: an implicit complaint about training.",
      top="That's the second time this session has been cancelled. We have two new paralegals starting settlements "
          "on their own next month - we need a firm date, please."),
    S("C14", "pexa", "relative", "complaints", "Your mother's complaint - passed to Kestrel Building Society", "2025-06-05 11:30", """
Dear {title} {surname},

Thank you for writing to us on behalf of your mother, Mrs Edith Farrow. As her concerns are about the redemption figure provided by her lender, Kestrel Building Society, we have forwarded your email to their complaints team today, as our rules require. Kestrel will contact you directly.

Kind regards,
Joel Amankwah
PEXA Customer Resolution""", short_labels(tp=True),
      "A child writing for their mother thanks PEXA for passing her complaint to Kestrel and says they will wait to hear: "
      "third_party, but no dissatisfaction with PEXA and nothing asked, so not a complaint.",
      top="Thank you Joel, that's helpful. Mum and I will wait to hear from Kestrel.\n\n{first}", signer="Joel"),
    S("C15", "pexa", "staff", "support", "Ticket {ref}: submit button on the lodgement screen", "2025-05-30 09:40", """
Hi {first},

Thanks for your feedback on the new lodgement screen. The submit button is at the foot of the page, below the document list; you may need to scroll down on smaller screens. We've passed your comments on to our product team.

Best regards,
PEXA Support""", short_labels(c=True, cat="usability"),
      "One paragraph on top of the support reply: the screen works but the hidden button made them miss the cut-off "
      "twice, and they ask for it to be changed: an implicit complaint about usability, not a defect.",
      top="Scrolling isn't the answer - on a normal laptop you can't see the button at all, and we've now missed the "
          "lodgement cut-off twice because of it. Please get the screen changed."),
    # conexus
    S("C16", "conexus", "consumer", "complaints", "Your complaint CX-COMP-{ref} - our final response", "2025-06-10 10:30", """
Dear {title} {surname},

Thank you for your complaint of 2 April, in which you said that we added a £60 collection charge to your account without warning and that our agent refused to explain it.

We have upheld your complaint. The charge should not have been added, and it has been removed, reducing your balance to £912.40. We have also given the agent further training.

If you are unhappy with this response, you may refer your complaint to the Financial Ombudsman Service within six months.

Yours sincerely,
Daniel Ferris
Complaints Team, Conexus""", short_labels(),
      "A bare thank-you above a final response that sets out the old complaint: not a complaint (guide rule 5).",
      top="Thank you, received.", signer="Daniel"),
    S("C17", "conexus", "consumer", "complaints", "Re: calls every day", "2025-05-15 14:05", """
Dear {title} {surname},

Thank you for your email below. We are sorry to hear about the number of calls you have received. We have reduced the contact on your account to no more than one call a week while we look into this.

Kind regards,
Complaints Team, Conexus""", short_labels(),
      "'All sorted now' above Conexus's reply, which quotes the sender's own complaint about daily calls: resolved, "
      "nothing asked, so not a complaint.",
      top="All sorted now, thank you - just the one call last week and we agreed a plan. You can close this.\n\n{first}",
      older=("2025-05-13 21:40", "calls every day", "I am making a complaint. You have called me every day this "
             "week, sometimes three times, including while I was at work. I have told your agents I get paid on the "
             "28th. Please stop ringing me like this.\n\n{first} {surname}")),
    S("C18", "conexus", "consumer", "hardship", "Bank statements needed - account {ref}", "2025-06-06 09:15", """
Dear {title} {surname},

To review your payment plan we need copies of your bank statements for the last two months. You can reply to this email with them attached.

Kind regards,
Financial Support Team, Conexus""", short_labels(),
      "Documents sent as asked above the request: not a complaint.", top="Attached as requested.\n{first} {surname}"),
    S("C19", "conexus", "consumer", "cs", "Your payment plan - confirmation", "2025-06-02 12:00", """
Dear {title} {surname},

This is to confirm your payment plan of £40 per month, starting on 28 June, on account {ref}. Please contact us if your circumstances change.

Yours sincerely,
Customer Services, Conexus""", short_labels(r="rectification"),
      "A new phone number given above the confirmation with a request to update the records: rectification with no "
      "dissatisfaction, not a complaint.",
      top="Thanks. I've got a new mobile, 07700 900{ref} - please update your records and use that one from now on."),
    S("C20", "conexus", "consumer", "complaints", "Your complaint - arranging a call", "2025-06-17 16:40", """
Dear {title} {surname},

I am looking into the concerns you raised about the letters sent to you in May. I would find it helpful to speak to you before I reply. Please let me know when would be a good time to call.

Kind regards,
Rosalind Achterberg
Complaints Team, Conexus""", short_labels(),
      "A date for the call above the complaint handler's letter: a practical reply, not a new complaint.",
      top="Hi Rosalind, Wednesday morning is best, any time before 12.", signer="Rosalind"),
    S("C21", "conexus", "consumer", "complaints", "Complaint acknowledgement - CX-COMP-{ref}", "2025-04-08 10:00", """
Dear {title} {surname},

Thank you for contacting us. We have recorded your complaint and will send you our final response within eight weeks.

Yours sincerely,
Complaints Team, Conexus""", short_labels(c=True, ex=True, cat="delay"),
      "A chaser on top saying the complaint was sent nine weeks ago with no final response: explicit (the sender "
      "names their complaint) and delay.",
      top="I sent my complaint nine weeks ago and still have no final response. You said eight weeks. Please reply "
          "this week.\n\n{first} {surname}"),
    S("C22", "conexus", "consumer", "complaints", "Outcome of your complaint CX-COMP-{ref}", "2025-05-20 11:45", """
Dear {title} {surname},

We have upheld your complaint about the £50 late payment fee added in April. The fee has been removed and your next statement will show the corrected balance.

Yours sincerely,
Complaints Team, Conexus""", short_labels(c=True, cat="fees_charges"),
      "'Still not fixed' on top: the new statement still includes the fee said to be removed, and the sender wants it "
      "corrected: an implicit continuing complaint (fees_charges); 'complaint' is only in the firm's quote.",
      top="Still not fixed. My June statement still has the £50 fee in the balance. Please take it off properly."),
    S("C23", "conexus", "adviser", "cs", "calls", "2025-06-15 20:10", """
Hi {first},

Sorry to bother you on a Sunday. Conexus rang me four times on Friday, the last one at nearly 9pm, and the man said if I didn't pay something that day it would "go to the next stage". I told him you were helping me and he said that doesn't stop anything. I was shaking after. Can you do something?

Marie""", short_labels(c=True, ex=True, tp=True, cat="collection_conduct"),
      "A money adviser forwards their client's account of pressured evening calls and asks Conexus in one line to treat it "
      "as a complaint: the adviser adopts the forwarded grievance, so an explicit complaint made on the client's "
      "behalf (third_party), collection_conduct.",
      top="Please see my client Ms Marie Lindqvist's email below, forwarded with her consent. Please treat this as a "
          "complaint and reply to me.\n\n{first} {surname}\n{org}", fwd=("Marie Lindqvist", "marie.lindqvist77@gmail.com")),
    S("C24", "conexus", "consumer", "cs", "Your account has been transferred", "2025-06-03 09:00", """
Dear Customer,

We are writing to let you know that your Pennant Mobile account ending 4471 has been transferred to Conexus, who will now manage the balance on our behalf. Please contact them to discuss payment.

Pennant Mobile Customer Accounts""", short_labels(),
      "A forward of the creditor's transfer notice with a neutral question about the reference: an enquiry, not a "
      "complaint.", top="Pennant sent me this. What reference should I quote when I pay you?",
      fwd=("Pennant Mobile", "accounts@pennantmobile.co.uk")),
    S("C25", "conexus", "consumer", "cs", "Your annual statement - account {ref}", "2025-06-01 08:00", """
Dear {title} {surname},

Please find enclosed your annual statement for account {ref}. Your current balance is £1,208.55. Your payment plan continues at £25 per month.

Yours sincerely,
Customer Services, Conexus""", short_labels(r="access,informed"),
      "A 'received' on top with a request for a copy of the data held and who it has been shared with: access and "
      "informed, calmly asked, not a complaint.",
      top="Received, thanks. Could you also send me a copy of all the information you hold about me, and tell me "
          "who you have shared it with?"),
    S("C26", "conexus", "consumer", "cs", "Your payment history - account {ref}", "2025-05-30 14:50", """
Dear {title} {surname},

As requested, we attach a PDF showing all payments received on your account since March 2023.

Yours sincerely,
Customer Services, Conexus""", short_labels(r="portability"),
      "A thank-you with a request for the same payment history as a CSV file to load into a budgeting app: "
      "portability without dissatisfaction, not a complaint.",
      top="Thanks. Any chance of the same as a CSV file? I'd like to load it into my budgeting app."),
    S("C27", "conexus", "consumer", "cs", "Good news about your account", "2025-06-12 12:30", """
Dear {title} {surname},

As a customer who has kept to their plan for 12 months, you may be eligible for a discount if you settle your balance early. Reply to this email and one of our team will be in touch.

Customer Services, Conexus""", short_labels(r="objection"),
      "A short reply objecting to marketing-style offers being sent: the objection right, politely, not a complaint.",
      top="No thanks. I object to my details being used to send me offers like this - just the statements please."),
    S("C28", "conexus", "consumer", "cs", "Your account {ref} - Mr D Farrell", "2025-06-18 15:05", """
Dear Mr Farrell,

Further to our call, your balance on account {ref} is £2,311.90. As agreed, your first payment of £60 is due on 1 July. You can pay online using your reference and date of birth, 03/11/1968.

Customer Services, Conexus""", short_labels(br=True),
      "A stranger tells Conexus on top that an email with another person's balance and date of birth reached them and "
      "has been deleted: a breach report, but no grievance of their own and nothing asked, so not a complaint.",
      top="I think this was meant for someone else - I'm not Mr Farrell. I've deleted it."),
    S("C29", "conexus", "relative", "cs", "Third party authority form", "2025-06-11 10:10", """
Dear {title} {surname},

Thank you for calling about your mother's account. Before we can discuss the account with you, we need the enclosed third party authority form signed by your mother and returned to us.

Yours sincerely,
Customer Services, Conexus""", short_labels(tp=True),
      "A relative returns the signed authority form above the request, writing for their mother: third_party, a "
      "service exchange, not a complaint.", top="Hello, signed form attached. Thanks\n{first} (for Mum, Mrs Irene Gallacher)"),
    S("C30", "conexus", "consumer", "cs", "Your contact preferences", "2025-06-02 09:40", """
Dear {title} {surname},

Thank you for updating your contact preferences. We will only call you between 6pm and 8pm on weekdays.

Kind regards,
Customer Services, Conexus""", short_labels(c=True, cat="collection_conduct"),
      "A line on top saying the agent rang at 9.45pm despite the agreed hours and asking that it stop: implicit "
      "complaint about how the debt is pursued.",
      top="Your agent rang at 9.45pm last night, well outside the hours you agreed below. Please make sure it "
          "doesn't happen again."),
]


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=errors)


if __name__ == "__main__":
    sys.exit(main())
