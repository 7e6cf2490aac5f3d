#!/usr/bin/env python3
"""Inline-answer judge set D: replies in which the sender types their answers INSIDE the quoted mail.

60 scenarios (30 pexa, 30 conexus), each rendered twice with different envelopes (sender, plain/HTML, quote
layout, answer marking): 120 emails. Groups (the letter after the prefix in `source`):

* A (30): answers inside the quoted original, and a few words on top saying so.
* U (14): the same kind of reply with nothing on top but a greeting or a sign-off (or nothing at all).
* C (16): controls written above the quote in the ordinary way (top-posted replies, "see below" meaning
  something else, numbered answers above the quote, forwards with a comment).

Labels follow the labelling guide, read over the sender's own words wherever they typed them (on top or inside
the quote); the firm's quoted words never count. `explicit` is checked against the sender's own words; where
record_errors' new_text() check (subject + text above the first quote marker) disagrees with that, the
errors function below drops only that check for that record and applies the own-words check instead.

Stdlib only. Usage: .venv/bin/python data/make/make_inline_answer_judge_d.py
"""
import datetime
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import RIGHTS, escape_html, record_errors, run_generator, short_labels  # noqa: E402

SEED = 20280628
PREFIX = "iad"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "inline_answer_judge_d.jsonl")

# the sender's own words per (source, env), for the own-words explicit check
OWN = {}
# records whose record_errors explicit check was dropped (it disagreed with the own-words label)
DROPPED = []

FIRM_ORG = {"pexa": "PEXA", "conexus": "Conexus"}

SCEN = []


def S(sid, mb, people, firm, subj, month, parts, lab, note, pre="", top=None, fwd=False, own_subject=None,
      quote_from=None):
    """One scenario. people: two (display name, address) senders; firm: (staff name, address, team);
    parts: the quoted mail, each a str (no answer) or (str, answer); top: group C's own text (str or 2 strs);
    pre: a scenario sentence put before group A's top phrase; quote_from: (name, addr) when the quoted mail
    is not the firm's (the sender's own earlier mail, a forwarded third-party mail)."""
    SCEN.append(dict(sid=sid, mb=mb, people=people, firm=firm, subj=subj, month=month, parts=parts, lab=lab,
                     note=note, pre=pre, top=top, fwd=fwd, own_subject=own_subject, quote_from=quote_from))


# ---------------------------------------------------------------------------------------------
# group A's top phrases, by answer marking; each phrase is used at most twice in the file

TOPS = {
    "colour": [
        "My answers are in {colour} under each of your questions.",
        "I've typed my replies into your email below in {colour}.",
        "Replies in {colour} below, next to each point.",
        "Please see my comments in {colour} within your letter.",
        "I've gone through your email and put my responses in {colour} underneath each bit.",
        "Answered inline in {colour} - easier than retyping your questions.",
        "My bits are the {colour} text in your message below.",
        "Have added my answers to your email in {colour}, point by point.",
        "Responses are in {colour} font below, after each paragraph.",
        "I've replied within your email - my text is in {colour}.",
    ],
    "caps": [
        "My answers are in capitals under each question.",
        "Replies below in CAPS so you can tell them apart from your text.",
        "I've put my responses in upper case between your paragraphs.",
        "ANSWERS IN CAPITALS BELOW.",
        "See my replies in block capitals after each of your points.",
        "I've answered each point in your email - mine are the bits in capitals.",
        "Comments added in caps throughout your letter below.",
        "My responses are typed in capitals inside your email.",
        "Answers added below in capital letters, one under each question.",
    ],
    "initials": [
        "My answers are marked {ini} in your email below.",
        "I've replied inline - look for {ini} before each answer.",
        "Comments marked with my initials ({ini}) throughout.",
        "Responses below next to each point, starting {ini}.",
        "I've put my replies under your questions, prefixed with {ini}.",
        "My notes are against each paragraph, marked {ini}.",
        "Answered below point by point - my lines begin with {ini}.",
        "See {ini} comments within your message.",
        "I've added my answers into your letter; each starts with {ini}.",
    ],
    "none": [
        "Answers below under each question.",
        "I've replied to each of your points in the body of your email.",
        "Please see my answers in your message below.",
        "Have answered in between your questions below.",
        "My replies are underneath each paragraph of your letter.",
        "Answers are in your original email, below each point.",
        "I've answered directly under each question rather than write a separate email.",
        "Responses inline.",
        "See my answers to your questions below, I've put them straight under each one.",
        "Replies added under each of your paragraphs.",
        "I've written my response to each of your findings underneath it.",
        "Going through your letter point by point below.",
    ],
}

COLOURS = [("red", "#C00000"), ("blue", "#0070C0"), ("green", "#00B050"), ("purple", "#7030A0"),
           ("red", "#FF0000"), ("blue", "#1F4E79")]
INI_FORMATS = ["[{i}] ", "{i}: ", "{i} - ", "<<{i}>> "]

# (layout, marking) cycle for groups A and U; the layouts of group C
AU_COMBOS = [("html_bq", "colour"), ("on_wrote_gt", "none"), ("outlook_plain", "caps"), ("html_outlook", "colour"),
             ("on_wrote_plain", "initials"), ("on_wrote_gt", "initials"), ("html_bq", "caps"), ("orig_msg", "none"),
             ("html_outlook", "initials"), ("on_wrote_plain", "caps"), ("on_wrote_gt", "caps"), ("html_bq", "none"),
             ("outlook_plain", "initials"), ("html_outlook", "caps"), ("orig_msg", "caps"), ("html_bq", "initials"),
             ("on_wrote_plain", "none"), ("html_outlook", "none"), ("outlook_plain", "none"), ("orig_msg", "initials"),
             ("html_outlook", "colour"), ("html_bq", "colour")]
C_LAYOUTS = ["outlook_plain", "on_wrote_gt", "html_bq", "orig_msg", "html_outlook", "on_wrote_plain", "on_wrote_gt",
             "html_outlook", "html_bq", "outlook_plain"]
HTML_LAYOUTS = ("html_bq", "html_outlook", "fwd_html")


def initials(name):
    parts = name.replace(",", " ").split()
    if "," in name:  # "Surname, First"
        parts = parts[1:] + parts[:1]
    return (parts[0][0] + parts[-1][0]).upper()


def first_name(name):
    if "," in name:
        return name.split(",")[1].split()[0]
    return name.split()[0]


def quote_date(rng, month):
    month, dmin = month if isinstance(month, tuple) else (month, 1)
    d = datetime.date(2027, month, dmin + rng.randrange(27 - dmin))
    while d.weekday() >= 5:
        d += datetime.timedelta(days=1)
    return datetime.datetime(2027, d.month, d.day, 8 + rng.randrange(9), rng.randrange(60))


def fmt_on(dt, rng):
    style = rng.randrange(3)
    if style == 0:
        return dt.strftime("%a, ") + f"{dt.day} " + dt.strftime("%b %Y at %H:%M")
    if style == 1:
        return dt.strftime("%d/%m/%Y %H:%M")
    return dt.strftime("%A, ") + f"{dt.day} " + dt.strftime("%B %Y, %H:%M")


def fmt_sent(dt, us=False):
    if us:
        h = dt.hour % 12 or 12
        return dt.strftime("%A, %B ") + f"{dt.day}, {dt.year} {h}:{dt.minute:02d} " + ("PM" if dt.hour >= 12 else "AM")
    return dt.strftime("%A, ") + f"{dt.day} " + dt.strftime("%B %Y %H:%M")


# ---------------------------------------------------------------------------------------------
# rendering


def mark_answer(ans, marking, ini_fmt):
    if marking == "caps":
        return ans.upper()
    if marking == "initials":
        return ini_fmt + ans
    return ans


def html_text(s):
    return escape_html(s).replace("\n", "<br>")


def html_answer(ans, marking, colour, ini_fmt, layout, rng_pick):
    t = html_text(mark_answer(ans, marking, ini_fmt))
    if marking == "colour":
        if layout == "html_bq" and rng_pick:
            return f'<font color="{colour[1]}">{t}</font>'
        return f'<span style="color:{colour[1]}">{t}</span>'
    if marking == "initials":
        ini = ini_fmt.strip()
        t = html_text(ans)
        return f"<b>{escape_html(ini)}</b> {t}"
    return t


def render(rng, sc, group, k, layout, marking):
    """One email of scenario sc as a record."""
    name, addr = sc["people"][k]
    staff, faddr, team = sc["firm"]
    org = FIRM_ORG[sc["mb"]]
    qname, qaddr = sc["quote_from"] or (f"{staff}", faddr)
    if sc["quote_from"] is None and rng.random() < 0.5:
        qname = f"{org} {team}"
    dt = quote_date(rng, sc["month"])
    on_line = f"On {fmt_on(dt, rng)}, {qname} <{qaddr}> wrote:"
    colour = COLOURS[rng.randrange(len(COLOURS))]
    ini = initials(name)
    ini_fmt = INI_FORMATS[rng.randrange(len(INI_FORMATS))].format(i=ini)
    font_pick = rng.random() < 0.5
    first = first_name(name)
    staff_first = staff.split()[0]
    # ----- top text
    if group == "A":
        pool = TOPS[marking]
        idx = TOP_USE[marking] % len(pool)
        TOP_USE[marking] += 1
        phrase = pool[idx]
        PHRASE_USE[phrase] += 1
        phrase = phrase.format(colour=colour[0], ini=ini_fmt.strip() if marking == "initials" else ini)
        greet = [f"Hi {staff_first},", f"Dear {staff_first},", "Hello,", ""][rng.randrange(4)]
        sign = [f"Thanks\n{first}", f"Regards,\n{name if ',' not in name else first}", first,
                f"Many thanks,\n{first}"][rng.randrange(4)]
        body_top = "\n\n".join(x for x in (greet, (sc["pre"] + " " if sc["pre"] else "") + phrase, sign) if x)
    elif group == "U":
        kind = rng.randrange(3)
        body_top = ["", f"Hi {staff_first},", f"Thanks,\n{first}"][kind]
    else:
        tops = sc["top"] if isinstance(sc["top"], (list, tuple)) else [sc["top"], sc["top"]]
        body_top = tops[k]
    # ----- subject
    if sc["own_subject"]:
        subject = sc["own_subject"][k] if isinstance(sc["own_subject"], (list, tuple)) else sc["own_subject"]
    else:
        pre = "RE: " if layout in ("outlook_plain", "orig_msg", "html_outlook") else "Re: "
        subject = pre + sc["subj"]
    answers = [p[1] for p in sc["parts"] if isinstance(p, tuple) and p[1]]
    if group == "C":
        assert not answers, sc["sid"]
    else:
        assert answers, sc["sid"]
    own = ((subject + "\n") if sc["own_subject"] else "") + body_top + "\n" + "\n".join(answers)
    parts = [(p, None) if isinstance(p, str) else p for p in sc["parts"]]
    if sc["quote_from"] is None or sc["fwd"]:
        to_line = f"{sc['people'][k][0]} <{addr}>"
    else:
        to_line = f"{org} <{FIRM_INBOX[sc['mb']]}>"
    if layout in HTML_LAYOUTS:
        body = render_html(layout, marking, body_top, parts, colour, ini_fmt, font_pick, qname, qaddr, dt, on_line,
                           to_line, sc)
        html = True
    else:
        body = render_plain(layout, marking, body_top, parts, ini_fmt, qname, qaddr, dt, on_line, to_line, sc)
        html = False
    env = f"{layout}/{marking}"
    rec = {"id": None, "mailbox": sc["mb"], "from": f"{name} <{addr}>", "subject": subject, "headers": {},
           "body": body, "html": html, "labels": dict(sc["lab"], rights=list(sc["lab"]["rights"])),
           "note": sc["note"], "source": f"{PREFIX}-{sc['sid']}", "train_labels": ["complaint"], "_env": env}
    OWN[(rec["source"], env)] = own
    return rec


FIRM_INBOX = {"pexa": "support@pexa.co.uk", "conexus": "complaints@conexus-services.com"}


def header_block(layout, qname, qaddr, dt, to_line, subj, fwd):
    if layout == "orig_msg":
        return ("-----Original Message-----\n" + f"From: {qname} <{qaddr}>\nSent: {fmt_sent(dt, us=True)}\n"
                f"To: {to_line}\nSubject: {subj}")
    return ("________________________________\n" + f"From: {qname} <{qaddr}>\nSent: {fmt_sent(dt)}\n"
            f"To: {to_line}\nSubject: {subj}")


def render_plain(layout, marking, top, parts, ini_fmt, qname, qaddr, dt, on_line, to_line, sc):
    gt = layout == "on_wrote_gt"
    chunks = []
    for text, ans in parts:
        chunks.append("\n".join((("> " + ln) if ln else ">") if gt else ln for ln in text.split("\n")))
        if ans:
            chunks.append(mark_answer(ans, marking, ini_fmt))
    if layout in ("outlook_plain", "orig_msg"):
        head = header_block(layout, qname, qaddr, dt, to_line, sc["subj"], sc["fwd"])
    elif layout == "fwd_plain":
        head = (f"---------- Forwarded message ---------\nFrom: {qname} <{qaddr}>\nDate: {fmt_sent(dt)}\n"
                f"Subject: {sc['subj']}\nTo: {to_line}")
    else:
        head = on_line
    sep = "\n>\n" if gt and not any(a for _, a in parts) else "\n\n"
    quoted = sep.join(chunks)
    return (top + "\n\n" if top else "") + head + "\n\n" + quoted


def render_html(layout, marking, top, parts, colour, ini_fmt, font_pick, qname, qaddr, dt, on_line, to_line, sc):
    if layout == "html_outlook" or (layout == "fwd_html"):
        out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
               '<body lang="EN-GB" link="#0563C1" vlink="#954F72"><div class="WordSection1">']
        for para in (top.split("\n\n") if top else []):
            out.append(f'<p class="MsoNormal">{html_text(para)}</p>')
        out.append('<p class="MsoNormal">&nbsp;</p>')
        label = "Sent" if layout == "html_outlook" else "Sent"
        out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                   f'<p class="MsoNormal"><b>From:</b> {escape_html(qname)} &lt;{escape_html(qaddr)}&gt;<br>'
                   f'<b>{label}:</b> {fmt_sent(dt)}<br><b>To:</b> {escape_html(to_line)}<br>'
                   f'<b>Subject:</b> {escape_html(sc["subj"])}</p></div>')
        out.append('<p class="MsoNormal">&nbsp;</p>')
        for text, ans in parts:
            out.append(f'<p class="MsoNormal">{html_text(text)}</p>')
            if ans:
                out.append(f'<p class="MsoNormal">{html_answer(ans, marking, colour, ini_fmt, layout, font_pick)}</p>')
        out.append("</div></body></html>")
        return "\n".join(out)
    # gmail-style blockquote
    out = ['<div dir="ltr">']
    for para in (top.split("\n\n") if top else []):
        out.append(f"<div>{html_text(para)}</div><div><br></div>")
    out.append("</div><br>")
    out.append('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
               f"{escape_html(on_line)}<br></div>")
    out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
               'rgb(204,204,204);padding-left:1ex">')
    for text, ans in parts:
        out.append(f"<div>{html_text(text)}</div><div><br></div>")
        if ans:
            out.append(f"<div>{html_answer(ans, marking, colour, ini_fmt, layout, font_pick)}</div><div><br></div>")
    out.append("</blockquote></div>")
    return "\n".join(out)


TOP_USE = Counter()
PHRASE_USE = Counter()


def envs_for(group, i):
    if group == "C":
        n = len(C_LAYOUTS)
        j = 2 * i if i < n // 2 else 2 * i + 1
        a, b = C_LAYOUTS[j % n], C_LAYOUTS[(j + 1) % n]
        step = 2
        while b == a:
            b = C_LAYOUTS[(j + step) % n]
            step += 1
        return [(a, "top-posted"), (b, "top-posted")]
    n = len(AU_COMBOS)
    j = 2 * i if i < n // 2 else 2 * i + 1
    a, b = AU_COMBOS[j % n], AU_COMBOS[(j + 1) % n]
    step = 2
    while b[0] == a[0]:
        b = AU_COMBOS[(j + step) % n]
        step += 1
    return [a, b]


def fwd_layout(layout):
    if layout in ("on_wrote_gt", "on_wrote_plain"):
        return "fwd_plain"
    if layout in ("html_bq", "html_outlook"):
        return "fwd_html"
    return layout


def build(rng):
    TOP_USE.clear()
    PHRASE_USE.clear()
    OWN.clear()
    DROPPED.clear()
    recs = []
    counters = Counter()
    for sc in SCEN:
        group = sc["sid"][0]
        i = counters[group] if group == "C" else counters["AU"]
        counters[group if group == "C" else "AU"] += 1
        for k, (layout, marking) in enumerate(envs_for(group, i)):
            if sc["fwd"]:
                layout = fwd_layout(layout)
            recs.append(render(rng, sc, group, k, layout, marking))
    over = [p for p, n in PHRASE_USE.items() if n > 2]
    assert not over, over
    return recs


def errors(rec):
    e = record_errors(rec)
    lab = rec["labels"]
    own = OWN[(rec["source"], rec["_env"])].lower()
    expl = [x for x in e if x.startswith("explicit=")]
    if expl:
        DROPPED.append(rec["id"])
        e = [x for x in e if not x.startswith("explicit=")]
    if lab["complaint"] and (("complain" in own) != lab["explicit"]):
        e.append(f"own-words check: explicit={lab['explicit']} but 'complain' in sender's words={'complain' in own}")
    return e


def summary(records, env_counts):
    n = len(records)
    labs = [r["labels"] for r in records]
    groups = Counter(r["source"].split("-")[1][0] for r in records)
    comp = sum(l["complaint"] for l in labs)
    lines = [f"wrote {OUT}: {n} emails, {len({r['source'] for r in records})} scenarios",
             f"mailboxes: {dict(Counter(r['mailbox'] for r in records))}; html: {sum(r['html'] for r in records)}",
             f"complaints: {comp} ({sum(l['explicit'] for l in labs)} explicit); breach: "
             f"{sum(l['breach'] for l in labs)}; personal_data: {sum(l['personal_data'] for l in labs)}; "
             f"third_party: {sum(l['third_party'] for l in labs)}; auto_generated: "
             f"{sum(l['auto_generated'] for l in labs)}",
             "rights: " + ", ".join(f"{r}={sum(r in l['rights'] for l in labs)}" for r in RIGHTS),
             f"about_other_firm: {dict(Counter(str(l['about_other_firm']) for l in labs))}",
             f"categories: {dict(Counter(l['category'] for l in labs))}",
             f"groups (emails): {dict(sorted(groups.items()))}"]
    for g in "AUC":
        gl = [r["labels"] for r in records if r["source"].split("-")[1][0] == g]
        lines.append(f"  group {g}: complaints {sum(l['complaint'] for l in gl)}/{len(gl)}, explicit "
                     f"{sum(l['explicit'] for l in gl)}")
    lay, mk = Counter(), Counter()
    for env, c in env_counts.items():
        a, b = env.split("/")
        lay[a] += c
        mk[b] += c
    lines.append(f"layouts: {dict(sorted(lay.items()))}")
    lines.append(f"markings: {dict(sorted(mk.items()))}")
    lines.append(f"envelopes: {dict(sorted(env_counts.items()))}")
    lines.append(f"record_errors explicit check dropped (own-words check applied instead): {len(DROPPED)} records")
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# scenarios

# SCENARIOS
L = short_labels

# ===== group A: pexa =====
S("A01", "pexa", [("Priya Natarajan", "priya.natarajan@greyfriarslaw.co.uk"),
                  ("Natarajan, Priya", "priya.natarajan@greyfriarslaw.co.uk")],
  ("Martin Okafor", "resolution@pexa.co.uk", "Customer Resolution"),
  "Workspace PX-WS-730418 - outcome of our review", 3, [
      "Dear Ms Natarajan,",
      "Thank you for raising your concerns about the settlement of workspace PX-WS-730418 on 4 February. We have "
      "now reviewed the audit trail and set out our findings below.",
      ("1. Our logs show the platform was available throughout the settlement window and no system errors were "
       "recorded for this workspace.",
       "Available, maybe, but the new settlement screen puts the 'Confirm funds' button below the fold on a laptop. "
       "Nobody here saw it until the window had closed."),
      ("2. The settlement did not proceed because the lender funding confirmation was not completed by your firm's "
       "user before the 2pm cut-off.",
       "That is exactly the problem. Since the redesign the confirmation sits on a separate tab with no warning that "
       "anything is outstanding. The old screen flagged it in red. Two colleagues have made the same slip since."),
      ("3. On that basis we do not consider the platform to be at fault and we are unable to reimburse the "
       "re-booking costs of £420.",
       "I don't accept that. A screen that lets experienced users miss a mandatory step is a design fault. I'd like "
       "someone from your product team to look at this layout and to reconsider the £420."),
      "If you have any further information you would like us to consider, please reply to this email.",
      "Yours sincerely,\nMartin Okafor\nCustomer Resolution Team\nPEXA"],
  L(c=True, cat="usability"),
  "The answers typed inside PEXA's findings rebut them: the platform works but the redesigned screen hides a "
  "mandatory step, and she wants the £420 reconsidered: an implicit complaint about usability.")

S("A02", "pexa", [("Gareth Lloyd", "gareth.lloyd@heathcotebank.co.uk"), ("Gareth Lloyd (Heathcote Bank)", "g.lloyd@heathcote.co.uk")],
  ("Aisha Rahman", "complaints@pexa.co.uk", "Complaints Team"),
  "Your complaint PX-C-118204 - final response", 2, [
      "Dear Mr Lloyd,",
      "We write with our final response to your complaint about the platform fees charged in January.",
      ("We have checked invoice INV-20417. Workspace fees were charged for PX-WS-802215 and PX-WS-802231 because "
       "two separate workspaces were created for the same remortgage.",
       "The second workspace was created by your own support agent while I was on the phone to him, because the first "
       "one froze. We did not open it and should not pay for it."),
      ("Under our fee schedule a fee is payable for each workspace that is created for a settlement, so we consider "
       "that the fees were correctly applied.",
       "The remortgage settled once. Charging us twice for one matter is wrong, and I want the duplicate £38.50 "
       "credited."),
      ("We are sorry that you are disappointed with this outcome.",
       "I am more than disappointed. I do not regard my complaint as resolved - please pass it to a senior manager "
       "for review rather than closing it."),
      "Kind regards,\nAisha Rahman\nComplaints Team, PEXA"],
  L(c=True, ex=True, cat="fees_charges"),
  "His answers inside PEXA's final response dispute a duplicated workspace fee and say 'I do not regard my "
  "complaint as resolved': an explicit complaint in his own words (typed inside the quote), fees_charges.")

S("A03", "pexa", [("Rhiannon Pugh", "rhiannon@pughconveyancing.co.uk"), ("Rhiannon Pugh", "rhiannon.pugh@outlook.com")],
  ("Liam Costa", "onboarding@pexa.co.uk", "Onboarding Team"),
  "PEXA registration - documents needed", 5, [
      "Dear Ms Pugh,",
      "Thank you for applying to join PEXA. To complete the verification of Pugh Conveyancing we need the "
      "following:",
      ("1. A copy of your SRA practising certificate for the current year.", "Attached as a PDF."),
      ("2. Evidence of professional indemnity insurance showing the policy period.",
       "Attached - the insurer's schedule runs to 30 September."),
      ("3. Two proof-of-identity documents for each proposed user.",
       "It's just me for now. Passport and driving licence scans attached."),
      ("4. Your preferred date for the initial platform walkthrough.",
       "Any Tuesday or Thursday afternoon in the next fortnight suits me."),
      ("Once we have these we aim to complete verification within five business days.",
       "Lovely, thank you for making this so straightforward."),
      "Best regards,\nLiam Costa\nOnboarding Team | PEXA"],
  L(),
  "Plain, satisfied answers typed under each of PEXA's onboarding questions; no dissatisfaction and nothing "
  "asked for beyond the process itself, so not a complaint.")

S("A04", "pexa", [("Fergus Doyle", "fergus.doyle@marshpenrose.co.uk"), ("Fergus Doyle | Marsh & Penrose", "fergus.doyle@marshpenrose.co.uk")],
  ("Hannah Blythe", "training@pexa.co.uk", "Training Team"),
  "Feedback on your PEXA Settlement Essentials session", 4, [
      "Hi Fergus,",
      "Thank you for attending Settlement Essentials on 11 March. We'd be grateful if you could answer a few quick "
      "questions about the session.",
      ("1. Did the session start on time and run for the advertised two hours?",
       "No. The trainer joined 25 minutes late and we finished early because the demo environment wouldn't load, "
       "so we got a bit over an hour."),
      ("2. Were the course materials clear and up to date?",
       "The workbook still shows the workspace screens from before the redesign, so half the screenshots don't "
       "match what we see."),
      ("3. Would you recommend the session to a colleague?",
       "Not as it stands. I have three new paralegals who still need proper training. I'd like a full session re-run "
       "for them at no extra charge, with updated materials."),
      "Thanks,\nHannah Blythe\nPEXA Training"],
  L(c=True, cat="training"),
  "A feedback form answered inline: late trainer, cut-short session, outdated workbook, and a demand for a free "
  "re-run: an implicit complaint about training (the specific theme).")

S("A05", "pexa", [("Joanna Wierzbicka", "j.wierzbicka@tarrantcole.co.uk"), ("Joanna Wierzbicka", "joanna.w.law@gmail.com")],
  ("Owen Marsh", "privacy@pexa.co.uk", "Privacy Team"),
  "Your data request PX-DSR-4471", 6, [
      "Dear Ms Wierzbicka,",
      "We have received your request and need to clarify a few points so that we can respond within the statutory "
      "time limit.",
      ("(a) Which personal data would you like a copy of: your user profile, the audit log of your actions in "
       "workspaces, records of calls with our support desk, or all of these?",
       "All of them please, including the support call recordings from last year."),
      ("(b) In what format would you like to receive it?",
       "The audit log in CSV please, so I can load it into our practice management system. The rest can be PDF."),
      ("(c) Is there anything else you would like us to do with your data?",
       "Yes - my surname is spelt Wierzbiska on my profile. Please change it to Wierzbicka."),
      "Kind regards,\nOwen Marsh\nPrivacy Team, PEXA"],
  L(r="access,portability,rectification"),
  "Answers inside PEXA's clarification letter ask for a copy of all her data (access), the audit log as CSV to "
  "load into another system (portability) and a surname fix (rectification); no dissatisfaction, so not a "
  "complaint.")

S("A06", "pexa", [("Declan Moriarty", "declan.moriarty@orchardlanesolicitors.co.uk"),
                  ("Declan Moriarty - Orchard Lane", "d.moriarty@orchardlanesolicitors.co.uk")],
  ("Sophie Tan", "support@pexa.co.uk", "Support Operations"),
  "Incident PX-INC-2290 - document shared in error", 5, [
      "Dear Mr Moriarty,",
      "We are writing about an incident on 2 April in which a document uploaded by your firm to workspace "
      "PX-WS-655120 was emailed by a member of our support team to another subscriber in error.",
      ("Could you confirm which of your clients' details appear in that document?",
       "It was the completion statement for Mr and Mrs Okonjo's purchase: their names, the new address, the price, "
       "and the account number and sort code the proceeds were going to."),
      ("Could you also confirm whether your clients have been informed?",
       "We told them yesterday. They are very upset and asked me who now has their bank details."),
      ("We have asked the recipient to delete the email and they have confirmed that they have done so.",
       "That isn't enough. I want to know which firm received it, how your agent came to send it, and what you "
       "will change so it can't happen again. Please log this as a formal complaint from this firm."),
      "Regards,\nSophie Tan\nSupport Operations, PEXA"],
  L(c=True, ex=True, pd=True, br=True, cat="personal_data"),
  "His answers inside PEXA's incident letter describe client bank details emailed to the wrong firm and ask for it "
  "to be logged 'as a formal complaint': explicit, personal_data with breach; staff for their own firm, not "
  "third_party.")

S("A07", "pexa", [("Abigail Forsyth", "abi.forsyth@btinternet.com"), ("Abi Forsyth", "abigail.forsyth@gmail.com")],
  ("Ravi Chandran", "customercare@pexa.co.uk", "Customer Care"),
  "Your enquiry about your house purchase", 4, [
      "Dear Ms Forsyth,",
      "Thank you for contacting PEXA. We run the platform that conveyancers and lenders use to complete property "
      "transactions, but we are not able to deal directly with concerns about a law firm or lender. If you answer "
      "the questions below, we can pass your concerns to the firm acting for you within three working days.",
      ("1. Which firm is acting for you on the purchase?", "Marsh and Penrose in Exeter."),
      ("2. What has gone wrong?",
       "We were meant to complete on 28 February. They stopped answering calls and emails for three weeks, and "
       "we only completed last Friday, 24 days late."),
      ("3. What would you like the firm to do?",
       "Pay the extra storage and removal costs (£1,150) and explain why nobody there would pick up the phone."),
      "Kind regards,\nRavi Chandran\nCustomer Care, PEXA"],
  L(c=True, cat="delay", firm="mpc"),
  "A home buyer's answers inside PEXA's forwarding questionnaire blame her conveyancer, Marsh and Penrose, for a "
  "24-day late completion and ask for costs: an implicit complaint purely about a participant firm (mpc), delay.")

S("A08", "pexa", [("Nadia Haddad", "nadia.haddad@tvmortgages.co.uk"), ("Haddad, Nadia", "nadia.haddad@tvmortgages.co.uk")],
  ("Josh Fenwick", "servicedesk@pexa.co.uk", "Service Desk"),
  "Account access reset - verification", 9, [
      "Hi Nadia,",
      "We received your request to reset two-factor authentication on your PEXA account. To complete the reset, "
      "please confirm:",
      ("- the mobile number you would like to register", "07700 900418"),
      ("- the name of your firm's PEXA administrator", "Gemma Shah"),
      ("Once confirmed, the reset will be completed within one business day.",
       "Fine, but I've been locked out since Monday. I rang the service desk four times, held for over 40 minutes "
       "each time and got cut off twice before anyone answered. I'd like a call back today from someone who can do "
       "the reset, and an explanation of why your line is so hard to get through to."),
      "Thanks,\nJosh\nPEXA Service Desk"],
  L(c=True, cat="wait_time"),
  "Under the verification questions she answers and then objects to 40-minute holds and dropped calls, wanting a "
  "call back and an explanation: an implicit complaint about waiting to reach someone (wait_time).")

S("A09", "pexa", [("Kwame Asante", "kwame@asantelegal.co.uk"), ("Kwame Asante - Asante Legal", "kwame@asantelegal.co.uk")],
  ("Ellie Warwick", "onboarding@pexa.co.uk", "Onboarding Team"),
  "PEXA application - unable to verify", 1, [
      "Dear Mr Asante,",
      "Thank you for applying to join PEXA. Our automated verification checks were unable to confirm your firm's "
      "details against the information held by the regulator, and your application has been declined.",
      "If you believe this is wrong, please answer the following:",
      ("1. Has your firm's registered name or address changed in the last 12 months?",
       "Yes. We moved office in November and the SRA record was updated on 3 December, which I can evidence."),
      ("2. Do you wish to submit a new application?",
       "I shouldn't have to start again. I want a person at PEXA to review my application and the evidence, not the "
       "automated check again. This has already held up two client completions for a month."),
      "Kind regards,\nEllie Warwick\nOnboarding, PEXA"],
  L(c=True, r="automated_decision", cat="onboarding"),
  "Answers inside PEXA's decline letter say the automated check was wrong, it has held up completions, and ask for "
  "a person to review: an implicit onboarding complaint with automated_decision.")

S("A10", "pexa", [("Siobhan Keane", "siobhan.keane@kestrelbs.co.uk"), ("Siobhan Keane | Kestrel BS", "siobhan.keane@kestrelbs.co.uk")],
  ("Daniel Ferreira", "complaints@pexa.co.uk", "Complaints Team"),
  "PX-C-120077 - our findings", 6, [
      "Dear Ms Keane,",
      "Thank you for your patience while we looked into the settlement of workspace PX-WS-811902 on 19 May.",
      ("Our support desk records show that on 18 May your colleague was told the financial settlement cut-off was "
       "3.30pm.",
       "That's not right. I made the call myself and was told 4pm. My note of the call, with the agent's first name, "
       "is attached."),
      ("The published cut-off is 3.30pm and is shown on the workspace dashboard.",
       "Published, yes, but your agent gave us the wrong time and we relied on it. That is why the funds missed the "
       "window and our borrower completed a day late."),
      ("We therefore do not uphold your complaint.",
       "I don't accept this and my complaint stands. Please listen to the recording of the 18 May call before "
       "closing it."),
      "Yours sincerely,\nDaniel Ferreira\nComplaints Team, PEXA"],
  L(c=True, ex=True, cat="inaccurate_information"),
  "Her answers inside PEXA's findings say the support desk gave a wrong cut-off time and 'my complaint stands': "
  "explicit in her own words inside the quote; inaccurate_information; a directory lender complaining about PEXA "
  "itself, so no other firm.")

S("A11", "pexa", [("Robert Ellery", "rob.ellery@gmail.com"), ("Rob Ellery", "r.ellery@ellerydesign.co.uk")],
  ("Nina Kowalski", "customercare@pexa.co.uk", "Customer Care"),
  "Your message about 14 Mill Lane", 8, [
      "Dear Mr Ellery,",
      "Thank you for contacting us on behalf of your mother, Mrs Margaret Ellery. PEXA cannot deal directly with "
      "concerns about a conveyancer, but we can pass them on to the firm acting for her. Please tell us:",
      ("- the name of the firm", "Bellingham & Roe, Harrogate."),
      ("- what the concern is",
       "Mum is 84 and partially sighted. They keep posting her long documents in tiny print, and when I ring for "
       "her the fee earner is short with me and won't explain anything. Last week he hung up on her."),
      ("- what outcome you are looking for",
       "Someone senior there to ring me, apologise to my mother, and send her documents in large print from now on."),
      "Kind regards,\nNina Kowalski\nPEXA Customer Care"],
  L(c=True, tp=True, cat="service_quality", firm="unknown"),
  "A son answers PEXA's questions for his elderly mother about how her conveyancer (not in the directory) treats "
  "her: an implicit complaint purely about that firm (unknown), third_party, service_quality.")

S("A12", "pexa", [("Helen Osei", "helen.osei@beaconhomefinance.co.uk"), ("Osei, Helen", "helen.osei@beaconhomefinance.co.uk")],
  ("Marcus Bell", "servicedesk@pexa.co.uk", "Service Desk"),
  "Case PX-SR-55810 - can we close this?", 7, [
      "Hi Helen,",
      "We believe the problem with document uploads failing in your workspaces was fixed by the release on 6 June.",
      ("1. Are your team now able to upload documents normally?", "Yes, all fine since the release, thank you."),
      ("2. Have you seen any further errors since 6 June?", "None at all."),
      ("3. May we close the case?", "Yes, please close it. Thanks for keeping us posted throughout."),
      "Best regards,\nMarcus Bell\nPEXA Service Desk"],
  L(),
  "Satisfied answers inside PEXA's closure check: the old fault is fixed and nothing is outstanding, so not a "
  "complaint (a resolved matter, compare lg-23).")

S("A13", "pexa", [("Lucy Braithwaite", "lucy.braithwaite@holmyardley.co.uk"), ("Lucy Braithwaite", "lucy.braithwaite@holmyardley.co.uk")],
  ("Tariq Aziz", "insights@pexa.co.uk", "Product Team"),
  "Introducing PEXA Insights - your preferences", 10, [
      "Dear Lucy,",
      "From next month PEXA Insights will use information about how you use the platform, such as the number of "
      "workspaces you open and your settlement times, to send you tailored benchmarks and offers from PEXA and "
      "selected partners. Please let us know your preferences:",
      ("Would you like to receive tailored offers from our partners? (yes / no)",
       "No. And I'm surprised to find I'm already on a partner's list: a software company rang my mobile last week "
       "and said they had my details 'through PEXA'."),
      ("Are you happy for your usage data to be used to build your benchmark profile? (yes / no)",
       "No. I object to my usage being profiled for this at all."),
      ("Anything else?",
       "Yes. Please tell me what you have passed to partners about me, which partners, and on what legal basis. I "
       "never agreed to any of this and I expect a proper answer."),
      "Best wishes,\nTariq Aziz\nProduct Team, PEXA"],
  L(c=True, pd=True, r="objection,informed", cat="personal_data"),
  "Answers inside PEXA's preferences mail say her details were passed to a partner unexpectedly, object to "
  "profiling and ask what was shared and on what basis: implicit personal_data complaint; objection and informed.")

S("A14", "pexa", [("Morag Henderson", "morag.henderson@greyfriarslaw.co.uk"), ("Morag Henderson", "morag.henderson@greyfriarslaw.co.uk")],
  ("Ben Lacey", "support@pexa.co.uk", "Support"),
  "Lodgement rejection - workspace PX-WS-790233", 8, [
      "Dear Ms Henderson,",
      "HM Land Registry rejected the lodgement for this workspace on 12 July. To help us investigate, please answer "
      "the questions below.",
      ("1. Which version of the TR1 did your firm upload?",
       "Version 3, signed, uploaded on 10 July at 11.02. I have the upload receipt."),
      ("2. Did anyone edit the document after it was signed?",
       "No. But the file your system sent to the Land Registry was version 2, which was never signed. The platform "
       "sent the wrong one."),
      ("3. Has the lodgement been resubmitted?",
       "Yes, manually, and it cost us a week and a very unhappy client. This is the second time a superseded "
       "document has gone to the Land Registry. I want to know what is broken and who is paying the requisition "
       "costs."),
      "Thanks,\nBen Lacey\nPEXA Support"],
  L(c=True, cat="platform_defect"),
  "Answers inside PEXA's investigation questions say the platform lodged a superseded, unsigned version for the "
  "second time and demand an explanation and costs: an implicit complaint about a platform defect.")

S("A15", "pexa", [("Stuart Kemp", "stuart@kempwhitlock.co.uk"), ("Stuart Kemp (Kemp Whitlock)", "stuart@kempwhitlock.co.uk")],
  ("Gail Sutherland", "resolution@pexa.co.uk", "Customer Resolution"),
  "Identity re-verification for signatories", 5, [
      "Dear Mr Kemp,",
      ("Thank you for your email about our requirement that every signatory re-verifies their identity for each new "
       "workspace. This requirement was introduced in March to reduce the risk of fraud and applies to all "
       "subscribers.",
       "I understand the fraud risk. But making the same partner upload his passport and do a selfie check 30 times "
       "a month, for the same firm, is an unreasonable rule - it isn't being misapplied, the rule itself is the "
       "problem."),
      ("We are not able to make exceptions for individual firms.",
       "I'm not asking for an exception for us. I'm asking you to review the rule: once a quarter per signatory "
       "would cover the risk. Please put that to whoever owns it and let me know the answer."),
      "Kind regards,\nGail Sutherland\nCustomer Resolution, PEXA"],
  L(c=True, cat="process"),
  "His comments inside PEXA's letter say the re-verification rule itself is unreasonable and ask for it to be "
  "reviewed: an implicit complaint where the rule is the grievance (process).")


# ===== group A: conexus =====
S("A16", "conexus", [("Tanya Morrell", "tanya.morrell84@gmail.com"), ("T Morrell", "t.morrell@hotmail.co.uk")],
  ("Paul Greaves", "customerservices@conexus-services.com", "Customer Services"),
  "Account CX-5521840 - your payment plan review", 4, [
      "Dear Ms Morrell,",
      "Your payment plan is due for its six-monthly review. Please answer the questions below so that we can check "
      "the plan is still affordable for you.",
      ("1. Has your monthly income changed since your last review?",
       "Yes, up slightly - I'm now on £1,640 a month after tax."),
      ("2. Have your main household bills changed?", "Rent is the same, energy has gone down by about £20."),
      ("3. Are you able to continue paying £45 a month?", "Yes, happy to keep it at £45."),
      ("4. Is there anything else we should know about your circumstances?", "No, all fine. Thanks for checking in."),
      "Yours sincerely,\nPaul Greaves\nCustomer Services, Conexus"],
  L(),
  "Routine income-and-expenditure answers typed under each review question, content with the plan: no "
  "dissatisfaction, not a complaint.")

S("A17", "conexus", [("Lee Hartigan", "lee.hartigan@outlook.com"), ("Lee Hartigan", "leehartigan1979@gmail.com")],
  ("Joanne Pryce", "complaints@conexus-services.com", "Complaints Team"),
  "Your complaint - final response CX-COMP-66120", 10, [
      "Dear Mr Hartigan,",
      "We have completed our investigation into your concerns about the calls you received from us in August.",
      ("Our records show that we called you three times between 4 and 11 August, which is within our contact policy.",
       "Your records are wrong. My phone log shows eleven calls from your 0330 number that week, two of them after "
       "9pm. Screenshot attached."),
      ("Our agent did not say that enforcement agents would attend your home.",
       "He did. He said enforcement agents would be round by the end of the week if I didn't pay £300 that day. My "
       "partner heard it on speaker."),
      ("We are therefore not upholding your complaint.",
       "Then I'm taking my complaint to the Financial Ombudsman. Before I do, I want those calls listened to by "
       "someone who wasn't involved."),
      "Yours sincerely,\nJoanne Pryce\nComplaints Team, Conexus"],
  L(c=True, ex=True, cat="collection_conduct"),
  "His answers inside Conexus's final response dispute the call count and the threat of enforcement agents and "
  "say he is 'taking my complaint' to the ombudsman: explicit, collection_conduct.")

S("A18", "conexus", [("Imogen Barclay", "imogen.barclay@gmail.com"), ("Imogen Barclay", "imogen.barclay@gmail.com")],
  ("Steven Holt", "accounts@conexus-services.com", "Accounts Team"),
  "Statement of account CX-3390127", 8, [
      "Dear Ms Barclay,",
      "As requested, here is a summary of your account with us.",
      ("Balance transferred from Sterling Credit Loans: £2,310.00", "Agreed, that was the figure on Sterling's last letter."),
      ("Payments received: £850.00",
       "Wrong. I've paid £1,050. The £200 payment on 14 May is missing - my bank statement line is: 14/05 CONEXUS "
       "CX3390127 £200.00"),
      ("Current balance: £1,460.00", "Should be £1,260. Please correct the balance and send me an amended statement."),
      "Kind regards,\nSteven Holt\nAccounts Team, Conexus"],
  L(c=True, cat="debt_dispute"),
  "Her answers against Conexus's statement dispute the balance (a payment missing) and ask for a correction: an "
  "implicit debt_dispute about Conexus's own records; Sterling is merely named, so no other firm.")

S("A19", "conexus", [("Grace Adeyemi", "grace.adeyemi@yahoo.co.uk"), ("Grace Adeyemi", "g.adeyemi@outlook.com")],
  ("Amy Lister", "customerservices@conexus-services.com", "Customer Services"),
  "Account CX-7720915 - Northline Energy", 2, [
      "Dear Ms Adeyemi,",
      "You told us on the phone that you do not agree with the balance of £684.20 that we are collecting for "
      "Northline Energy. So that we can put the account on hold and raise a dispute with them, please answer:",
      ("1. When did you move out of the property?",
       "31 October 2026. I gave Northline a final meter reading that day."),
      ("2. Why do you think the balance is wrong?",
       "Northline billed me on estimated readings for November to January, after I'd left. Their own final bill, "
       "attached, says I owed £41.60."),
      ("3. Have you raised this with Northline?",
       "Three times. They keep saying it's been passed to you. I want them to correct the bill to my final reading."),
      "Kind regards,\nAmy Lister\nConexus"],
  L(c=True, cat="debt_dispute", firm="nte"),
  "Her answers inside Conexus's dispute questionnaire say Northline Energy's own bill is wrong; only the creditor "
  "can correct it, so an implicit debt_dispute about nte.")

S("A20", "conexus", [("Femi Oladipo", "f.oladipo@riversidedebtadvice.org.uk"),
                     ("Femi Oladipo | Riverside Debt Advice", "advice@riversidedebtadvice.org.uk")],
  ("Karen Stubbs", "customerservices@conexus-services.com", "Customer Services"),
  "Your client Mr D Carmichael - CX-4482736", 10, [
      "Dear Mr Oladipo,",
      "Thank you for your letter of authority. Before we discuss the account, please confirm the following.",
      ("Is Mr Carmichael currently in a Breathing Space?",
       "Yes, a standard Breathing Space from 2 September, reference BS-119204. You were notified the same day."),
      ("Are there any vulnerabilities we should record?",
       "Yes. Mr Carmichael has severe anxiety and has asked that all contact comes through us."),
      ("Has he been contacted by us since 2 September?",
       "Yes - your agents phoned him on 9 and 12 September and sent a text demanding payment, all during the "
       "Breathing Space. Please treat this as a complaint on his behalf and acknowledge it formally."),
      "Kind regards,\nKaren Stubbs\nConexus"],
  L(c=True, ex=True, tp=True, cat="collection_conduct"),
  "A money adviser answers Conexus's questions for his client and, inside the quote, asks them to 'treat this as a "
  "complaint' about contact during Breathing Space: explicit, third_party, collection_conduct.")

S("A21", "conexus", [("Hassan Qadir", "hassan.qadir@gmail.com"), ("Hassan Qadir", "h.qadir90@icloud.com")],
  ("Lorna Baxter", "dataprotection@conexus-services.com", "Data Protection Team"),
  "Your request - account CX-2098451", 5, [
      "Dear Mr Qadir,",
      "We received your message and want to make sure we act on it correctly. Please confirm:",
      ("1. Would you like a copy of the personal information we hold about you?",
       "Yes please - account notes, letters and any call recordings."),
      ("2. You mentioned that your date of birth is wrong on our records. What is the correct date?",
       "It should be 17/03/1990, not 17/08/1990. Please update it."),
      ("3. Is there anything else you would like us to do while we make this change?",
       "Please don't use or share the wrong date of birth with anyone, including credit reference agencies, until "
       "it has been corrected."),
      ("We will respond within one calendar month.", "Thanks, that's fine."),
      "Yours sincerely,\nLorna Baxter\nData Protection Team, Conexus"],
  L(r="access,rectification,restriction"),
  "Calm answers inside Conexus's clarification letter: a copy of his data (access), fix the date of birth "
  "(rectification), don't use the wrong one meanwhile (restriction); no dissatisfaction, not a complaint.")

S("A22", "conexus", [("Carla Benedetti", "carla.benedetti@gmail.com"), ("Carla Benedetti", "carla.b@btinternet.com")],
  ("Neil Armitage", "compliance@conexus-services.com", "Compliance Team"),
  "Letter sent to an incorrect address", 4, [
      "Dear Ms Benedetti,",
      "We are writing to let you know that a letter about your account, dated 3 March, was sent to 12 Fernhill "
      "Close instead of 21 Fernhill Close.",
      ("Please let us know whether you have any reason to think the letter was opened by someone else.",
       "It was. My neighbour at number 12 opened it, read that I owe Pennant Mobile £1,380 and brought it round in "
       "front of my kids. Half the close knows now."),
      ("We have corrected the address on our system.",
       "You had the right address for two years. How did it change?"),
      ("Is there anything further you would like us to do?",
       "Yes. A written explanation of how this happened, an apology, and compensation for the embarrassment. And I "
       "want to know if any other letters went to number 12."),
      "Yours sincerely,\nNeil Armitage\nCompliance, Conexus"],
  L(c=True, pd=True, br=True, cat="personal_data"),
  "Her answers inside Conexus's notice say the misaddressed letter was read by a neighbour and demand an "
  "explanation, apology and compensation: implicit complaint, personal_data with breach; Pennant merely named.")

S("A23", "conexus", [("Dominic Fairweather", "dom.fairweather@btinternet.com"), ("Dominic Fairweather", "dominic.fairweather@gmail.com")],
  ("Rachel Iqbal", "accounts@conexus-services.com", "Accounts Team"),
  "Charges applied to account CX-6618402", 5, [
      "Dear Mr Fairweather,",
      "You asked us to explain the £60 added to your balance on 1 April.",
      ("This is an administration charge applied when a payment arrangement is broken.",
       "I didn't break anything. The payment failed because you changed the direct debit reference without telling "
       "me. My bank has confirmed it."),
      ("The charge is in line with the terms of your original agreement with your creditor.",
       "Show me where. My agreement with Heathcote Bank says nothing about a £60 charge by a collection agency."),
      ("We are therefore unable to remove the charge.",
       "Then pass this to someone who can. I want the £60 taken off and refunded."),
      "Kind regards,\nRachel Iqbal\nAccounts Team, Conexus"],
  L(c=True, ex=True, cat="fees_charges"),
  "His own words on top call it a formal complaint, and his answers inside the letter dispute a £60 charge Conexus "
  "added: explicit, fees_charges.",
  pre="This is a formal complaint about the £60 fee.")

S("A24", "conexus", [("Owen Pritchard", "owen.pritchard@gmail.com"), ("Owen Pritchard", "o.pritchard@derbymail.co.uk")],
  ("Debbie Nash", "customerservices@conexus-services.com", "Customer Services"),
  "Lumen Water account passed to Conexus", 10, [
      "Dear Mr Pritchard,",
      "Lumen Water has asked us to collect an outstanding balance of £512.75 for 9 Brook Terrace, Derby. Please "
      "confirm:",
      ("- that you lived at this address between January and August 2026",
       "No. I rented it until December 2025. The tenant after me was called Pritchett, not Pritchard - Lumen have "
       "mixed us up."),
      ("- a contact telephone number", "07700 900633"),
      ("- how you would like to pay",
       "I won't be paying a bill that isn't mine. Lumen need to move it onto the right person's account and confirm "
       "that in writing. I've told them twice already."),
      "Yours sincerely,\nDebbie Nash\nConexus"],
  L(c=True, cat="debt_dispute", firm="lwt"),
  "Answers inside Conexus's letter say Lumen Water billed the wrong person; only the creditor can correct its own "
  "billing, so an implicit debt_dispute about lwt.")

S("A25", "conexus", [("Elaine Waterhouse", "elaine.waterhouse@gmail.com"), ("Elaine Waterhouse", "e.waterhouse@nhs.net")],
  ("Gavin Reeve", "customerservices@conexus-services.com", "Customer Services"),
  "Your father's account CX-8834102", 2, [
      "Dear Mrs Waterhouse,",
      "Thank you for sending a copy of the lasting power of attorney. To update the account, please answer the "
      "questions below.",
      ("1. Your father's preferred contact method", "Through me only, please. Do not phone Dad directly."),
      ("2. Whether he is able to keep to the payment plan agreed on 14 January",
       "No. Dad has vascular dementia. He agreed that plan on the phone with your agent after being kept on the line "
       "for forty minutes, and had no idea what he was agreeing to. £120 a month from his pension is not affordable."),
      ("3. Anything else we should know",
       "I want a copy of the recording of the 14 January call, and the plan cancelled while it's looked at. He "
       "should never have been pushed into it."),
      "Kind regards,\nGavin Reeve\nConexus"],
  L(c=True, tp=True, r="access", cat="collection_conduct"),
  "An attorney daughter's answers inside the quote say her father with dementia was pressed into a plan and ask "
  "for the call recording: implicit, third_party, access, collection_conduct (personal_data stays false).")

S("A26", "conexus", [("Yusuf Demir", "yusuf.demir@hotmail.com"), ("Yusuf Demir", "yusufdemir.work@gmail.com")],
  ("Claire Dunmore", "complaints@conexus-services.com", "Complaints Team"),
  "CX-COMP-70314 - update", 6, [
      "Dear Mr Demir,",
      "Thank you for your email of 20 May.",
      ("Our records show that we sent our final response to you by post on 3 March.",
       "I never received it, and nobody told me it had been posted. I've been chasing since February."),
      ("We have attached a copy of that letter to this email.", "There is no attachment."),
      ("We apologise for any inconvenience.",
       "My complaint went in on 6 January, over four months ago, and I still haven't seen a response. Please email "
       "the final response to me today."),
      "Kind regards,\nClaire Dunmore\nComplaints Team, Conexus"],
  L(c=True, ex=True, cat="delay"),
  "A chaser typed inside Conexus's update: four months and still no final response; he writes 'my complaint "
  "went in': explicit, delay.")

S("A27", "conexus", [("Beatrice Lam", "bea.lam@gmail.com"), ("Beatrice Lam", "beatrice.lam@outlook.com")],
  ("Tom Whitby", "accounts@conexus-services.com", "Accounts Team"),
  "Account CX-1187720 - paid in full", 11, [
      "Dear Ms Lam,",
      "Good news: your final payment has been received and your account is now closed with a zero balance.",
      ("We will keep a record of the account in line with our retention policy.",
       "Please delete my personal details as soon as you're allowed to - I'd rather you didn't keep them any longer "
       "than you have to."),
      ("From time to time we may contact former customers about financial wellbeing products.",
       "No thank you - I object to my details being used for any marketing."),
      ("Thank you for working with us to clear this balance.", "Thank you too. Your team were helpful throughout."),
      "Best wishes,\nTom Whitby\nAccounts Team, Conexus"],
  L(r="erasure,objection"),
  "Friendly answers inside Conexus's closure letter ask for her data to be deleted when allowed (erasure) and "
  "object to marketing (objection); no dissatisfaction, so not a complaint.")

S("A28", "conexus", [("Jordan Ashby", "jordan.ashby@icloud.com"), ("Jordan Ashby", "j.ashby@protonmail.com")],
  ("Chloe Pearce", "online@conexus-services.com", "Online Services"),
  "Your online payment plan proposal", 6, [
      "Hi Jordan,",
      ("Our online affordability tool has reviewed your proposal of £25 a month and was unable to accept it. You can "
       "submit a new proposal online at any time.",
       "Before I do, I'd like a member of staff to look at my proposal rather than the tool, if that's possible. My "
       "income varies a lot from month to month."),
      ("The tool uses the information you entered together with other information to assess affordability.",
       "Could you tell me what the 'other information' is, where it comes from and how it's used? I'd like to "
       "understand that before I fill it in again."),
      ("If you have any questions, just reply to this email.", "Thanks."),
      "Chloe Pearce\nOnline Services, Conexus"],
  L(r="automated_decision,informed"),
  "Neutral answers inside Conexus's decline email ask for a person rather than the tool to decide "
  "(automated_decision) and what data it uses and where from (informed); no dissatisfaction, not a complaint.")

S("A29", "conexus", [("Kerry Lomas", "kerry.lomas@gmail.com"), ("Kerry Lomas", "kerrylomas@sky.com")],
  ("Ian Pollard", "customerservices@conexus-services.com", "Customer Services"),
  "We have been trying to contact you", 9, [
      "Dear Ms Lomas,",
      "We have tried to call you several times about account CX-5093311 without success.",
      ("Please call us on 0330 555 0142 between 8am and 8pm, Monday to Friday.",
       "I have. Four times last week, 35 to 50 minutes on hold each time, and twice the line went dead just as I "
       "got to the front of the queue."),
      ("Alternatively, reply to this email with a time we can call you.",
       "Tuesday after 6pm. And I'd like someone to explain why it takes nearly an hour to get through when you're "
       "the ones telling me to call."),
      "Yours sincerely,\nIan Pollard\nCustomer Services, Conexus"],
  L(c=True, cat="wait_time"),
  "Her answers inside Conexus's contact letter object to long holds and dropped calls and ask for an "
  "explanation: implicit wait_time complaint.")

S("A30", "conexus", [("Sandra Kovac", "sandra.kovac@outlook.com"), ("Sandra Kovac", "s.kovac@gmail.com")],
  ("Mark Ellison", "customerservices@conexus-services.com", "Customer Services"),
  "Your call with us on 2 October", 10, [
      "Dear Ms Kovac,",
      "Thank you for calling us on 2 October. As discussed, we have noted that you asked for a statement of your "
      "payments.",
      ("The agent explained that statements can take up to ten working days.",
       "He didn't explain anything. When I asked for a statement he sighed, said 'what for?' and told me I should "
       "keep my own records. Then he put me on hold and hung up."),
      ("If you would like your statement in a particular format, please let us know.",
       "Yes - send my full payment history as a CSV or Excel file so I can upload it into my budgeting app."),
      ("We hope we resolved your query.",
       "You didn't. I'd like an apology for the way I was spoken to, and the statement sent this week."),
      "Kind regards,\nMark Ellison\nConexus"],
  L(c=True, r="portability", cat="service_quality"),
  "Answers inside Conexus's call summary say the agent was dismissive and hung up and ask for an apology, plus "
  "payment history as CSV for an app (portability alongside a non-data grievance): implicit service_quality.")


# ===== group U: answers inside the quote, nothing said on top =====
S("U01", "pexa", [("Adrian Cole", "adrian.cole@kestrelbs.co.uk"), ("Cole, Adrian", "adrian.cole@kestrelbs.co.uk")],
  ("Farah Iqbal", "servicedesk@pexa.co.uk", "Service Desk"),
  "Settlement delay - PX-WS-842177", 12, [
      "Dear Mr Cole,",
      "We're sorry that the funds for this workspace were delayed on 7 November. To help our investigation:",
      ("1. At what time did your team see the 'Funds not reconciled' message?",
       "13:42, and it stayed there until 16:10 even though our payment left at 13:30."),
      ("2. Did your team contact the service desk?",
       "Yes, twice. We were told the reconciliation service was 'running slowly'."),
      ("3. Has this happened before?",
       "Yes, this is the third time since September, and each time our borrower's completion slips to the next "
       "day. We need a written explanation of the fault and what you're doing to fix it."),
      "Kind regards,\nFarah Iqbal\nPEXA Service Desk"],
  L(c=True, cat="platform_defect"),
  "Nothing on top; the answers inside PEXA's questions report a repeated reconciliation failure ('third time') "
  "and demand a written explanation: implicit complaint, platform_defect.")

S("U02", "pexa", [("Chloe Winters", "chloe.winters@greyfriarslaw.co.uk"), ("Chloe Winters (Greyfriars)", "chloe.winters@greyfriarslaw.co.uk")],
  ("Ian Marr", "training@pexa.co.uk", "Training Team"),
  "Booking your Workspace Basics course", 12, [
      "Hi Chloe,",
      "Thanks for your interest in Workspace Basics. We have places on the following dates:",
      ("- Tuesday 14 January, 10am (online)", "Yes, this one please."),
      "- Thursday 23 January, 2pm (online)",
      ("How many people will attend?", "Two: me and Ross Aitken (ross.aitken@greyfriarslaw.co.uk)."),
      ("Do you have any accessibility requirements?", "No, none."),
      "Best wishes,\nIan Marr\nPEXA Training"],
  L(),
  "Nothing on top; the answers inside PEXA's booking mail just pick a date and give names: a service request, "
  "not a complaint.")

S("U03", "pexa", [("Patrick Nolan", "patrick.nolan@tvmortgages.co.uk"), ("Patrick Nolan | TVM", "p.nolan@tvmortgages.co.uk")],
  ("Aisha Rahman", "complaints@pexa.co.uk", "Complaints Team"),
  "Complaint PX-C-131905 - our response", 4, [
      "Dear Mr Nolan,",
      "We have reviewed your complaint about the late-cancellation fee of £95 charged for workspace PX-WS-860044.",
      ("Under clause 7.3 of the participation agreement a fee is due when a settlement is cancelled less than 24 "
       "hours before the booked time.",
       "The settlement was cancelled because your platform was down that morning. We didn't cancel it - your "
       "outage did."),
      ("We have found no record of an outage affecting this workspace.",
       "Your own status page showed a partial outage from 08:15 to 11:40 on 21 March. Screenshot attached."),
      ("The fee therefore stands.",
       "It doesn't. Refund the £95, or escalate my complaint to your complaints manager."),
      "Kind regards,\nAisha Rahman\nComplaints Team, PEXA"],
  L(c=True, ex=True, cat="fees_charges"),
  "Nothing on top; inside PEXA's response he disputes the £95 cancellation fee and asks to 'escalate my "
  "complaint': explicit (own words inside the quote), fees_charges as the fee is what he wants undone.")

S("U04", "pexa", [("Marion Teague", "marion.teague@gmail.com"), ("Marion Teague", "marionteague@talktalk.net")],
  ("Olu Bankole", "customercare@pexa.co.uk", "Customer Care"),
  "Your sale of 3 Larch Close", 5, [
      "Dear Mrs Teague,",
      "Thank you for getting in touch. PEXA is the platform your conveyancer and lender use, but we can't resolve "
      "problems with a lender directly. Please answer these questions and we will pass your concerns to the firm "
      "concerned.",
      ("Which lender is involved?", "Kestrel Building Society - my old mortgage."),
      ("What happened?",
       "Kestrel's redemption statement said £86,240. On completion day they said it was £87,915 because the "
       "statement had left out an early repayment charge. The sale nearly fell through and I had to find £1,675 "
       "in an afternoon."),
      ("What would you like to happen?",
       "I want Kestrel to explain why their statement was wrong and to refund the difference, or at least the "
       "charge."),
      "Kind regards,\nOlu Bankole\nPEXA Customer Care"],
  L(c=True, cat="inaccurate_information", firm="kbs"),
  "Nothing on top; a seller's answers inside PEXA's questionnaire blame Kestrel's wrong redemption statement: "
  "implicit complaint purely about kbs, inaccurate_information.")

S("U05", "pexa", [("Iain Fraser", "iain.fraser@protonmail.com"), ("Iain Fraser", "iain.fraser.retired@gmail.com")],
  ("Zara Malik", "privacy@pexa.co.uk", "Privacy Team"),
  "Closing your PEXA user account", 8, [
      "Dear Mr Fraser,",
      "We received your request to close your user account following your retirement. Before we proceed, please "
      "confirm:",
      ("1. That you want your user account closed and your personal data deleted, except where we must keep it by "
       "law.", "Yes, confirmed."),
      ("2. Whether you would like a copy of your workspace activity history before we delete it, and in what "
       "format.",
       "Yes please, as a CSV file, so I can import it into my own records system for my indemnity run-off cover."),
      "Thank you for using PEXA.\n\nZara Malik\nPrivacy Team, PEXA"],
  L(r="erasure,portability"),
  "Nothing on top; inside PEXA's mail he confirms deletion (erasure) and asks for his history as CSV to import "
  "elsewhere (portability); no dissatisfaction, not a complaint.")

S("U06", "pexa", [("Lauren Pike", "lauren.pike@marshpenrose.co.uk"), ("Lauren Pike", "lauren.pike@marshpenrose.co.uk")],
  ("Kieran Dunn", "support@pexa.co.uk", "Support"),
  "Document in workspace PX-WS-870551", 6, [
      "Hi Lauren,",
      "Thanks for calling us this morning. To help us look into this, please confirm:",
      ("1. What document appeared in your workspace?",
       "A mortgage offer for a Mr and Mrs Hadley, who aren't our clients. It shows their names, address, loan "
       "amount and income."),
      ("2. When did you notice it?", "About 9.15 today, when I opened the workspace."),
      ("3. Has anyone outside your firm seen it?",
       "No. I've deleted our downloaded copy and nobody else here has opened it. Just letting you know so you can "
       "tell whoever it belongs to - nothing needed from us."),
      "Thanks,\nKieran Dunn\nPEXA Support"],
  L(br=True),
  "Nothing on top; the answers describe another firm's client data exposed in her workspace but she expects "
  "nothing for herself: breach=true on a non-complaint (compare lg-32).")

S("U07", "pexa", [("Victor Almeida", "victor.almeida@heathcotebank.co.uk"), ("Almeida, Victor", "victor.almeida@heathcotebank.co.uk")],
  ("Rosa Lindgren", "servicedesk@pexa.co.uk", "Service Desk"),
  "Case PX-SR-57220 - further information needed", 3, [
      "Dear Victor,",
      "To continue with your request to add a new signatory, please send:",
      ("- the signatory's full name and email address",
       "Sent on 3 February and again on 17 February. Here it is a third time: Anita Rowe, "
       "anita.rowe@heathcotebank.co.uk."),
      ("- confirmation from your firm's administrator",
       "Also sent on 3 February. Our administrator has emailed you directly as well."),
      ("We will then complete the request within two business days.",
       "This has been open for more than five weeks. Please finish it this week and confirm when it's done."),
      "Regards,\nRosa Lindgren\nPEXA Service Desk"],
  L(c=True, cat="delay"),
  "Nothing on top; the answers inside PEXA's request say the details were sent twice already and the case is "
  "five weeks old: an implicit 'still waiting' complaint, delay.")

S("U08", "conexus", [("Ryan Talbot", "ryan.talbot@gmail.com"), ("Ryan Talbot", "rtalbot@live.co.uk")],
  ("Sarah Coombes", "customerservices@conexus-services.com", "Customer Services"),
  "Income and expenditure - account CX-6041178", 7, [
      "Dear Mr Talbot,",
      "Please fill in the details below so that we can agree an affordable plan with you.",
      ("Monthly take-home pay:", "£1,720"),
      ("Rent or mortgage:", "£650"),
      ("Other priority bills:", "About £310 (council tax, energy, water)"),
      ("Best time and number to contact you:",
       "Evenings on my mobile, 07700 900271. NOT my work number. Your agent rang my workplace twice last week and "
       "asked my manager to pull me out of a meeting. I want that to stop, and an apology."),
      "Yours sincerely,\nSarah Coombes\nConexus"],
  L(c=True, cat="collection_conduct"),
  "Nothing on top; among routine form answers he objects to calls to his workplace and asks for an apology: an "
  "implicit complaint about how the debt is pursued (collection_conduct); 'stop' is a conduct remedy, no right.")

S("U09", "conexus", [("Mei Ling Tan", "meiling.tan@gmail.com"), ("Mei Ling Tan", "mltan@yahoo.co.uk")],
  ("Lorna Baxter", "dataprotection@conexus-services.com", "Data Protection Team"),
  "Subject access request - identity check", 9, [
      "Dear Ms Tan,",
      "To make sure we send your information to the right person, please confirm:",
      ("Your date of birth", "22/06/1986"),
      ("Your previous address, if you have moved in the last three years", "Flat 4, 18 Kingsway, Swindon"),
      ("Which information you would like",
       "Everything on my account please, in particular copies of the recordings of my calls with you in July and "
       "August."),
      "Kind regards,\nLorna Baxter\nData Protection Team, Conexus"],
  L(r="access"),
  "Nothing on top; identity answers inside Conexus's check plus a request for copies of everything and the call "
  "recordings: access, without dissatisfaction, so not a complaint.")

S("U10", "conexus", [("Harriet Quayle", "h.quayle@quaylemoss.co.uk"), ("Harriet Quayle | Quayle & Moss", "litigation@quaylemoss.co.uk")],
  ("David Okoro", "legal@conexus-services.com", "Legal Liaison"),
  "Your client Ms P Rennie - account CX-3907216", 6, [
      "Dear Ms Quayle,",
      "We are collecting a balance of £3,480 on behalf of Sterling Credit Loans. Please provide:",
      ("1. The basis on which your client disputes the debt",
       "Our client settled this loan in full with Sterling Credit on 30 April 2025. Sterling's settlement letter "
       "is attached."),
      ("2. Any evidence of payment",
       "Attached: the settlement letter and her bank statement showing the £3,480 payment on 28 April 2025."),
      ("3. Your client's proposals for repayment",
       "There will be none; nothing is owed. Our client's complaint is that you continue to pursue her for a paid "
       "debt. Close the account and confirm in writing within 14 days."),
      "Yours faithfully,\nDavid Okoro\nLegal Liaison, Conexus"],
  L(c=True, ex=True, tp=True, cat="debt_dispute"),
  "Nothing on top; a solicitor's answers inside the quote say the debt was paid and call it 'our client's "
  "complaint': explicit, third_party, debt_dispute; Conexus's own pursuit, so no other firm (as lg-26).")

S("U11", "conexus", [("Danielle Orr", "danielle.orr@outlook.com"), ("Danielle Orr", "dani.orr@gmail.com")],
  ("Jason Pike", "customerservices@conexus-services.com", "Customer Services"),
  "Please confirm your address", 5, [
      "Dear Ms Orr,",
      ("Our recent letters have been returned or not answered. Please confirm your current address.",
       "14 Wren Court, Stafford ST16 2LQ. I moved 18 months ago and told you by phone at the time."),
      ("We currently hold: 6 Ashby Road, Stafford.",
       "That's my ex-partner's house. He has been opening your letters and now knows exactly what I owe and to whom, "
       "and he's using it against me. I'm not safe around him. Correct my address today and tell me how many "
       "letters went there."),
      "Kind regards,\nJason Pike\nConexus"],
  L(c=True, pd=True, br=True, r="rectification", cat="personal_data"),
  "Nothing on top; inside the quote she says letters went to an ex-partner who read them, and demands her address "
  "be corrected: implicit personal_data complaint with breach, rectification.")

S("U12", "conexus", [("Graham Ellwood", "graham.ellwood@gmail.com"), ("G Ellwood", "grahamellwood@btopenworld.com")],
  ("Lisa Harmon", "customerservices@conexus-services.com", "Customer Services"),
  "Council tax arrears - Westbury", 11, [
      "Dear Mr Ellwood,",
      "We are collecting council tax arrears of £946.30 for 2025/26 on behalf of Westbury Council Tax Services.",
      ("If you believe the amount is incorrect, please tell us why.",
       "It is incorrect. I have lived alone since my wife died in March 2025 and the council never applied the "
       "single person discount, though I sent them the death certificate twice."),
      ("Have you contacted the council about this?",
       "Yes, in May, July and October, with no answer. The council needs to redo the bill. Please hold off until "
       "it does."),
      "Yours sincerely,\nLisa Harmon\nConexus"],
  L(c=True, cat="debt_dispute", firm="wbc"),
  "Nothing on top; his answers say the council's own bill omits a discount and the council hasn't replied; only "
  "the creditor can fix it: implicit debt_dispute about wbc.")

S("U13", "conexus", [("Agnieszka Nowak", "agnieszka.nowak88@gmail.com"), ("Aga Nowak", "aga.nowak@outlook.com")],
  ("Sam Whitlock", "customerservices@conexus-services.com", "Customer Services"),
  "Your new payment arrangement", 11, [
      "Dear Ms Nowak,",
      "Following our call today, please check the details of your new arrangement:",
      ("Amount: £30 per month", "Correct."),
      ("First payment: 1 December, by standing order", "Yes, standing order set up."),
      ("Pay to: sort code 20-55-18, account 40719922, reference CX-7381006", "Done."),
      ("Please reply to confirm that you agree.",
       "I agree. And thank you Sam, you were very patient with me on the phone."),
      "Kind regards,\nSam Whitlock\nConexus"],
  L(),
  "Nothing on top; confirmations and thanks typed under each line of the arrangement: not a complaint.")

S("U14", "conexus", [("Terry Galloway", "terry.galloway@btinternet.com"), ("Terry Galloway", "terry.galloway@btinternet.com")],
  ("Nicola Reid", "customerservices@conexus-services.com", "Customer Services"),
  "Account CX-2267430 - we've been unable to reach you", 2, [
      "Dear Mr Galloway,",
      ("We recently contacted you by text on 07700 900512 and by email at this address.",
       "I never gave you this email address or that mobile number. Where did you get them, and on what basis are "
       "you using them?"),
      ("We use a range of sources to keep contact details up to date.",
       "That's not an answer. I object to you using tracing agencies or social media to find my personal contact "
       "details, and I want that recorded on my file."),
      ("Please call us to discuss your account.", "I'll write, thanks - once I've had a proper reply to the above."),
      "Kind regards,\nNicola Reid\nConexus"],
  L(c=True, pd=True, r="informed,objection", cat="personal_data"),
  "Nothing on top; inside the quote he is unhappy his contact details were obtained unexpectedly, asks the source "
  "and basis (informed) and objects to tracing (objection): implicit personal_data complaint.")


# ===== group C: controls written above the quote =====
S("C01", "pexa", [("Aled Morgan", "aled.morgan@bhf.co.uk"), ("Aled Morgan | Beacon Home Finance", "aled.morgan@beaconhomefinance.co.uk")],
  ("Farah Iqbal", "servicedesk@pexa.co.uk", "Service Desk"),
  "Incident PX-INC-2417 - summary", 4, [
      "Dear Mr Morgan,",
      "On 22 April some users experienced slow loading of workspace pages between 10:05 and 10:40. Our monitoring "
      "shows that the platform remained available and that all settlements booked that day were completed.",
      "We consider this incident closed. Please let us know if you have any questions.",
      "Kind regards,\nFarah Iqbal\nPEXA Service Desk"],
  L(c=True, cat="platform_defect"),
  "A top-posted reply above PEXA's untouched incident summary: the platform was down, not slow, settlements "
  "failed, and he wants it reopened and costs covered: implicit platform_defect complaint.",
  top="Hi Farah,\n\nThat isn't what happened on our side. From 10:05 until about 11:30 none of our six users could "
      "open a workspace at all - it wasn't slow, it was down - and two of our remortgage settlements did not "
      "complete that day. I have the error screenshots with timestamps.\n\nPlease reopen this and tell me what "
      "actually failed. We'll also want the cost of the rebooked settlements covered.\n\nAled")

S("C02", "pexa", [("Sunita Rao", "sunita.rao@marshpenrose.co.uk"), ("Rao, Sunita", "accounts@marshpenrose.co.uk")],
  ("PEXA Billing", "billing@pexa.co.uk", "Billing"),
  "Your PEXA invoice INV-21988", 11, [
      "Dear Customer,",
      "Please find attached your invoice for October.",
      "Invoice number: INV-21988\nWorkspace fees: 112 x £38.50 = £4,312.00\nVAT: £862.40\nTotal due: £5,174.40",
      "Payment is due within 30 days.",
      "PEXA Billing"],
  L(c=True, ex=True, cat="fees_charges"),
  "'See below' points at PEXA's invoice quoted untouched; her own text above says 'I want to complain' about "
  "being billed for 15 workspaces too many: explicit, fees_charges.",
  top="Hello,\n\nSee below. We only had 97 workspaces in October - our case system shows it and so does your "
      "dashboard - but you've billed us for 112. I want to complain about this: it's the second month running the "
      "count has been wrong. Please send a corrected invoice and explain how you are counting.\n\nRegards\n"
      "Sunita Rao\nAccounts, Marsh & Penrose Conveyancing")

S("C03", "pexa", [("Oliver Grant", "oliver@grantconveyancing.co.uk"), ("Oliver Grant", "o.grant@grantconveyancing.co.uk")],
  ("Jade Monroe", "onboarding@pexa.co.uk", "Onboarding Team"),
  "A few questions before we activate your account", 9, [
      "Dear Mr Grant,",
      "We're nearly ready to activate your firm's account. Could you please answer the following:",
      "1. How many users will need access in the first month?\n2. Who will be your firm's PEXA administrator?\n"
      "3. Which lenders do you expect to work with most often?",
      "Thanks,\nJade Monroe\nOnboarding Team, PEXA"],
  L(),
  "The answers are a numbered list above the untouched quote, all neutral ('access' means user accounts): not a "
  "complaint.",
  top="Hi Jade,\n\nThanks - answers as follows:\n\n1. Three users to start with.\n2. Me, with Kate Hyland as "
      "back-up.\n3. Mostly Kestrel and Beacon, some Heathcote.\n\nLooking forward to getting going.\n\nOliver")

S("C04", "pexa", [("Megan Holloway", "megan.holloway@gmail.com"), ("Meg Holloway", "meg.holloway@icloud.com")],
  ("Jonathan Pryor", "j.pryor@orchardlanesolicitors.co.uk", "Orchard Lane Solicitors"),
  "Your purchase of 27 Quarry Road", 6, [
      "Dear Ms Holloway,",
      "Unfortunately completion will not take place this Friday as planned. We are waiting for the lender's funds to "
      "be confirmed on the settlement platform and cannot give you a new date at present.",
      "We will be in touch as soon as we hear more.",
      "Kind regards\nJonathan Pryor\nOrchard Lane Solicitors"],
  L(c=True, cat="delay", firm="ols"),
  "A buyer forwards her solicitors' email with a comment above it: her grievance is Orchard Lane missing dates and "
  "not calling back; a consumer's complaint goes to the participant firm even though it cites the platform: ols, "
  "delay.",
  top="To whoever deals with this at PEXA,\n\nSee the email below from my solicitors. This is the third completion "
      "date they've missed, and every time it's 'the platform' or 'the lender'. Nobody at Orchard Lane will call me "
      "back and my removal firm is charging me for every day's delay. Can you get them to sort it out and give me "
      "a firm date?\n\nMegan Holloway",
  fwd=True, own_subject=["Fwd: Your purchase of 27 Quarry Road", "FW: Your purchase of 27 Quarry Road"],
  quote_from=("Jonathan Pryor", "j.pryor@orchardlanesolicitors.co.uk"))

S("C05", "pexa", [("Hamish Reid", "hamish.reid@greyfriarslaw.co.uk"), ("Hamish Reid (IT)", "hamish.reid@greyfriarslaw.co.uk")],
  ("Hamish Reid", "hamish.reid@greyfriarslaw.co.uk", "IT"),
  "Bulk user export", 3, [
      "Hello,",
      "Could you tell me how we export a list of all our firm's users with their last log-in date? We need it for "
      "our annual access review.",
      "Thanks\nHamish Reid\nIT Manager, Greyfriars Law LLP"],
  L(c=True, cat="delay"),
  "'Please see my email below' points at his own earlier neutral query; the new text says 15 working days with no "
  "acknowledgement and a review held up: an implicit 'still waiting' complaint, delay (lg-09 pattern).",
  top="Hello again,\n\nPlease see my email below, sent three weeks ago. It's now 15 working days without even an "
      "acknowledgement, and our access review is overdue because of it. Could someone please answer it this "
      "week?\n\nHamish",
  quote_from=("Hamish Reid", "hamish.reid@greyfriarslaw.co.uk"))

S("C06", "pexa", [("Rebecca Stone", "rebecca.stone@heathcotebank.co.uk"), ("Stone, Rebecca", "completions@heathcotebank.co.uk")],
  ("PEXA Service Desk", "servicedesk@pexa.co.uk", "Service Desk"),
  "Service update: settlements on 2 June", (6, 3), [
      "Dear Subscriber,",
      "We experienced an issue with the settlement service on 2 June between 13:50 and 15:20. Affected settlements "
      "have now been completed or rebooked. We apologise for any inconvenience.",
      "PEXA Service Desk"],
  L(c=True, ex=True, cat="platform_defect"),
  "'See the list below' refers to her own list of workspaces, written above PEXA's untouched notice; her text "
  "calls it 'a formal complaint' about the outage: explicit, platform_defect.",
  top="Hello,\n\nPlease treat this as a formal complaint. The outage you describe below hit eight of our settlements, "
      "not 'some', and four were pushed to the next day - see the list below. We want the root cause confirmed "
      "and a contribution to the costs our borrowers incurred.\n\nAffected workspaces:\nPX-WS-901102\n"
      "PX-WS-901118\nPX-WS-901125\nPX-WS-901140 (rebooked to 3 June)\nPX-WS-901147 (rebooked to 3 June)\n"
      "PX-WS-901151 (rebooked to 3 June)\nPX-WS-901160\nPX-WS-901166 (rebooked to 3 June)\n\nRebecca Stone\n"
      "Completions Manager, Heathcote Bank")

S("C07", "pexa", [("Naomi Clarke", "naomi.clarke@clarkelegal.co.uk"), ("Naomi Clarke", "naomi@clarkelegal.co.uk")],
  ("Bella Harte", "marketing@pexa.co.uk", "Marketing"),
  "Your PEXA customer story - draft for approval", 9, [
      "Hi Naomi,",
      "Thanks again for talking to us about your first year on PEXA. The draft case study is attached, including "
      "your name, photo and quote. We're planning to publish it on our website next Monday.",
      "Best,\nBella Harte\nMarketing, PEXA"],
  L(r="restriction"),
  "Top-posted and friendly: she asks PEXA not to use her name or photo until she has approval, a pause on using "
  "her data pending confirmation (restriction); no dissatisfaction, so not a complaint.",
  top="Hi Bella,\n\nThanks for sending this over. I need to run it past our managing partner first, so please don't "
      "publish or use my name or photo anywhere until I've come back to you with his approval - should be by the "
      "end of next week.\n\nNaomi")

S("C08", "pexa", [("Ewan Sinclair", "ewan.sinclair@tvmortgages.co.uk"), ("Ewan Sinclair | Thames Valley Mortgages", "ewan.sinclair@tvmortgages.co.uk")],
  ("Daniel Ferreira", "complaints@pexa.co.uk", "Complaints Team"),
  "Your complaint PX-C-128840 - resolved", 10, [
      "Dear Mr Sinclair,",
      "Further to your complaint about the duplicated registration fee, we have upheld your complaint and credited "
      "£76.00 to your account. The credit will show on your next invoice.",
      "We're sorry for the inconvenience.",
      "Daniel Ferreira\nComplaints Team, PEXA"],
  L(),
  "A top-posted thank-you confirming the credit has arrived; 'complaint' appears only in PEXA's quoted words and "
  "subject, so not a complaint (lg-23).",
  top="Daniel,\n\nMany thanks - I can see the credit on the account already. Appreciate the quick turnaround.\n\n"
      "Best wishes\nEwan")

S("C09", "conexus", [("Jade Whitmore", "jade.whitmore@gmail.com"), ("Jade Whitmore", "jadewhitmore@hotmail.co.uk")],
  ("Pennant Customer Care", "care@pennantmobile.co.uk", "Pennant Mobile"),
  "Your cancellation request", (1, 13), [
      "Dear Ms Whitmore,",
      "We confirm that your contract ending 4471 was cancelled on 12 January within the cooling-off period and that "
      "no balance is owed. We have asked our collection partner to close the account.",
      "Pennant Mobile Customer Care"],
  L(c=True, cat="debt_dispute"),
  "She forwards Pennant's confirmation that nothing is owed; the creditor has already fixed its side, so the "
  "grievance is Conexus still chasing: implicit debt_dispute with no other firm (can only the creditor fix it? no).",
  top="Hi,\n\nSee below - Pennant confirmed in January that I owe nothing and that they'd asked you to close the "
      "account. You're still texting me every few days for £212. Please close it, stop the texts and confirm in "
      "writing.\n\nJade Whitmore\nRef CX-5117093",
  fwd=True, own_subject=["Fwd: Your cancellation request", "Fw: Your cancellation request"],
  quote_from=("Pennant Customer Care", "care@pennantmobile.co.uk"))

S("C10", "conexus", [("Phil Norris", "phil.norris@hotmail.co.uk"), ("Philip Norris", "philnorris62@gmail.com")],
  ("Conexus Customer Services", "customerservices@conexus-services.com", "Customer Services"),
  "Payment received - account CX-4820019", (9, 4), [
      "Dear Mr Norris,",
      "Thank you. We have received your payment of £75.00 on 3 September for account CX-4820019.",
      "Conexus Customer Services"],
  L(c=True, cat="debt_dispute"),
  "'Details below' means his own bank details, written above the untouched receipt; he says a second £75 was "
  "taken and wants it refunded: implicit complaint about the amount collected (debt_dispute: more than is owed).",
  top="Hello,\n\nYou took £75 twice this month - once on 1 September by direct debit and again on 3 September, which "
      "is the payment your email below confirms. I only owe one payment a month. Please refund the second £75 to my "
      "account, details below, and confirm it won't happen again.\n\nName: P Norris\nSort code: 40-12-77\n"
      "Account: 61839204\n\nPhil Norris")

S("C11", "conexus", [("Ruth Abernethy", "ruth.abernethy@gmail.com"), ("Ruth Abernethy", "r.abernethy@outlook.com")],
  ("Luke Hanson", "customerservices@conexus-services.com", "Customer Services"),
  "Setting up your plan - a few questions", 1, [
      "Dear Ms Abernethy,",
      "To set up your plan, please answer the following:",
      "1. How much can you afford each month?\n2. What date would you like payments to be taken?\n3. Would you "
      "like paper statements or online statements?",
      "Kind regards\nLuke Hanson\nConexus"],
  L(r="portability"),
  "Numbered answers above the untouched questions, plus a request for her transaction history as CSV to import "
  "into an app (portability); no dissatisfaction, not a complaint.",
  top="Hi Luke,\n\n1. £40 a month.\n2. The 5th, after I'm paid.\n3. Online is fine. Could you also send me my "
      "transaction history as a CSV file? I use a budgeting app and want to import it.\n\nThanks\nRuth")

S("C12", "conexus", [("Kieran Walsh", "kieran.walsh@gmail.com"), ("Kieran Walsh", "k.walsh@walshplumbing.co.uk")],
  ("Conexus Customer Services", "customerservices@conexus-services.com", "Customer Services"),
  "Account CX-6623058 - missed payment", (6, 3), [
      "Dear Mrs Walsh,",
      "We write regarding account CX-6623058. We have not received your payment due on 1 June. Please contact us on "
      "0330 555 0142 to discuss.",
      "Conexus Customer Services"],
  L(c=True, ex=True, tp=True, cat="service_quality"),
  "A son writes above his mother's untouched letter: 'I want to make a complaint' about how an agent spoke to her "
  "when she rang: explicit, third_party, service_quality (how she was served).",
  top="Dear Sir or Madam,\n\nI'm writing on behalf of my mother, Mrs Patricia Walsh, about your letter below. She "
      "rang you last Thursday to explain that her pension had been paid late this month. The man she spoke to "
      "talked over her, called her 'love' repeatedly and told her she 'should have thought of that'. She was in "
      "tears afterwards.\n\nI want to make a complaint about how she was spoken to. She would like an apology. Her "
      "payment is going out today.\n\nKieran Walsh\n(her son - she's happy for me to deal with this)")

S("C13", "conexus", [("Andrew Baird", "andrew.baird@yahoo.co.uk"), ("Andy Baird", "andy.baird@gmail.com")],
  ("Customer Relations", "customer.relations@sterlingcredit.co.uk", "Sterling Credit Loans"),
  "Your loan account 88104473", 1, [
      "Dear Mr Baird,",
      "Following our review of your circumstances, we agree to write off the remaining balance of £1,122.40 on your "
      "loan account. No further payments are required.",
      "Yours sincerely\nCustomer Relations\nSterling Credit Loans"],
  L(c=True, cat="debt_dispute", firm="scl"),
  "He forwards Sterling Credit's write-off letter: the creditor agreed to write the loan off and then placed it "
  "anyway; only Sterling can take it back, so an implicit debt_dispute about scl.",
  top="Hello,\n\nI've forwarded the letter below from Sterling Credit, sent in January, agreeing to write off my "
      "loan. Your letter this week says Sterling have now passed you the same £1,122.40 to collect. Sterling need "
      "to sort this out on their side - they agreed it was written off and then passed it on anyway. Please send "
      "it back to them and stop collecting it.\n\nAndrew Baird",
  fwd=True, own_subject=["FW: Your loan account 88104473", "Fwd: Your loan account 88104473"],
  quote_from=("Customer Relations", "customer.relations@sterlingcredit.co.uk"))

S("C14", "conexus", [("Nicola Fenwick", "nicola.fenwick@gmail.com"), ("Nicola Fenwick", "nicola.fenwick@gmail.com")],
  ("Conexus Customer Services", "customerservices@conexus-services.com", "Customer Services"),
  "Account CX-7044219 - arrears", 7, [
      "Dear Ms Fenwick,",
      "Your account CX-7044219 is now three months in arrears (£487.50). Please contact us urgently to avoid "
      "further action.",
      "Conexus Customer Services"],
  L(c=True, ex=True, pd=True, br=True, r="informed", cat="personal_data"),
  "Top-posted: the quoted arrears email went to her employer's shared inbox and was read; she makes 'a formal "
  "complaint' and asks how Conexus got that address: explicit, personal_data with breach, informed.",
  top="The email below was sent to accounts@hartleyjoinery.co.uk - my employer's shared accounts inbox, which my "
      "manager and two colleagues read. I have never given you that address. My manager asked me about it in front "
      "of the office.\n\nI wish to make a formal complaint. Where did you get that address from, and why did you "
      "send details of my debt to it? Do not send anything there again.\n\nNicola Fenwick")

S("C15", "conexus", [("Shona McLeod", "shona.mcleod@gmail.com"), ("Shona McLeod", "shona.mcleod@gmail.com")],
  ("Conexus Customer Services", "customerservices@conexus-services.com", "Customer Services"),
  "Your payment plan - account CX-5902274", (4, 13), [
      "Dear Ms McLeod,",
      "Thank you for your call. Before we can set up a payment plan of £20 per month, an initial payment of £100 is "
      "required. Please make this payment by 30 April.",
      "Conexus Customer Services"],
  L(c=True, cat="inaccurate_information"),
  "'See below' points at Conexus's letter, quoted untouched; above it she says the agent told her no upfront "
  "payment was needed and asks them to honour it: implicit, inaccurate_information.",
  top="See below. When I phoned on the 12th your agent told me very clearly there was no upfront payment and that "
      "the plan would start in May at £20. I planned my budget around that. Now I'm told I need £100 by the end of "
      "the month, which I don't have. I was given the wrong information - please honour what I was told on the "
      "phone and confirm the plan without the £100.\n\nShona McLeod")

S("C16", "conexus", [("Daniel Rooke", "dan.rooke@outlook.com"), ("Dan Rooke", "dan.rooke@outlook.com")],
  ("Conexus Customer Services", "customerservices@conexus-services.com", "Customer Services"),
  "Your payment arrangement", 2, [
      "Dear Mr Rooke,",
      "We confirm your arrangement of £55 per month from 1 March. Please make payments to sort code 20-55-18, "
      "account 40719922, quoting reference CX-3350716.",
      "Conexus Customer Services"],
  L(),
  "Top-posted confirmation that the standing order in the quoted letter is set up, with thanks: not a complaint.",
  top="Hi,\n\nAs per your email below, I've set up a standing order for £55 on the 1st of each month with the "
      "reference you gave. The first one goes out on 1 March.\n\nThanks for your help sorting this.\n\nDan Rooke")


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=errors)


if __name__ == "__main__":
    sys.exit(main())
