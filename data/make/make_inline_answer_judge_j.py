#!/usr/bin/env python3
"""Inline-answer judge set J: replies in which the sender types answers INSIDE the quoted mail they reply to
(group U) and look-alike controls whose whole message sits above an untouched quote (group C).

60 scenarios (30 per mailbox, 30 per group), each rendered twice with different envelopes: 120 emails written to
data/trials/inline_answer_judge_j.jsonl. Stdlib only; every person, address and reference is invented.

Labels follow the labelling guide and are decided on everything the sender wrote, the answers inside the quote
included; the firm's words in the quote never count. `explicit` is checked against the sender's own words (the
top of the body plus the answers typed into the quote; an inherited "Re:" subject is the firm's words): where
record_errors' cut of the new text disagrees with that, only its explicit check is dropped (see errors()).
"""
import collections
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import RIGHTS, escape_html, record_errors, run_generator, short_labels  # noqa: E402

SEED = 20280726
PREFIX = "iaj"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "inline_answer_judge_j.jsonl")

LAYOUTS = ("outlook", "onwrote_gt", "onwrote_bare", "html_bq", "html_div")
PAIRS = [(a, b) for i, a in enumerate(LAYOUTS) for b in LAYOUTS[i + 1:]]

FIRMS = {
    "p_support": ("PEXA Customer Support", "support@pexa.co.uk"),
    "p_compl": ("PEXA Customer Resolution", "resolution@pexa.co.uk"),
    "p_onb": ("PEXA Onboarding", "onboarding@pexa.co.uk"),
    "p_priv": ("PEXA Privacy Office", "privacy@pexa.co.uk"),
    "p_train": ("PEXA Training", "training@pexa.co.uk"),
    "p_acct": ("PEXA Account Management", "accounts@pexa.co.uk"),
    "p_news": ("PEXA Product Updates", "updates@pexa.co.uk"),
    "c_cr": ("Conexus Customer Relations", "customerrelations@conexus-services.com"),
    "c_compl": ("Conexus Complaints", "complaints@conexus-services.com"),
    "c_coll": ("Conexus Accounts Team", "accounts@conexus-services.com"),
    "c_dpo": ("Conexus Data Protection", "dataprotection@conexus-services.com"),
}

# (source, env) -> what the sender typed (top + answers, subject when their own): the explicit check's text
OWN = {}
# record id -> (group, layout, marking, record_errors explicit check dropped?)
META = {}

SCEN = []


def S(sid, mb, lab, note, who, firm, subj, when, paras, ans=None, top=None, older=None, fwd=False, to=None):
    """One scenario. who = (first, last, addr1, addr2); firm = a FIRMS key or (name, addr); when = (y, m, d, h, mi);
    paras = the quoted mail's paragraphs; ans = {paragraph index: answer typed after it} (group U);
    top = the sender's own text above the quote (group C; None in U, where a bare greeting is drawn);
    older = (name, addr, when, text): an earlier mail quoted at the foot of the quoted mail; fwd: a forward;
    to = (name, addr): the quoted mail's addressee when it is not the sender (the sender's own earlier mail)."""
    SCEN.append(dict(sid=sid, mb=mb, lab=lab, note=note, who=who, firm=FIRMS[firm] if isinstance(firm, str) else firm,
                     subj=subj, when=datetime.datetime(*when), paras=paras, ans=ans or {}, top=top, older=older,
                     fwd=fwd, to=to))


# ---------------------------------------------------------------------------------------------
# dates

def d_outlook(t):
    return t.strftime("%A, ") + f"{t.day} " + t.strftime("%B %Y %H:%M")


def d_gmail(t):
    return t.strftime("%a, ") + f"{t.day} " + t.strftime("%b %Y at %H:%M")


def d_tb(t):
    return t.strftime("%d/%m/%Y %H:%M")


# ---------------------------------------------------------------------------------------------
# answer marking

COLOURS = ('<span style="color:#C00000">{}</span>', '<font color="blue">{}</font>',
           '<span style="color:#0070C0">{}</span>', '<b><span style="color:red">{}</span></b>',
           '<span style="color:rgb(112,48,160)">{}</span>')


def initials(who):
    return who[0][0] + who[1][0]


def mark_plain(text, marking, ini, ini_form):
    if marking == "caps":
        return text.upper()
    if marking == "initials":
        return (f"[{ini}] " if ini_form == 0 else f"{ini}: ") + text
    return text


def h(text):
    return escape_html(text).replace("\n", "<br>\n")


def mark_html(text, marking, ini, ini_form, colour):
    if marking == "colour":
        return colour.format(h(text))
    if marking == "caps":
        return h(text.upper())
    if marking == "initials":
        return (f"<b>[{ini}]</b> " if ini_form == 0 else f"{ini}: ") + h(text)
    return h(text)


# ---------------------------------------------------------------------------------------------
# rendering

U_TOPS = ("", "Hi", "Thanks", "Hi {firstname_firm}", "{first}", "Thanks,\n{first}", "Hello", "Regards\n{first} {last}",
          "Hi,\n\n{first}")


def firm_first(sc):
    """The first name signing the firm's mail (its last paragraph's second line), for a 'Hi Sarah' top."""
    last = sc["paras"][-1].split("\n")
    name = last[1].split()[0] if len(last) > 1 and last[1].strip() else ""
    return name if name and name not in ("PEXA", "Conexus", "Accounts", "Customer") else "there"


def render(sc, layout, marking, addr, rng):
    first, last = sc["who"][0], sc["who"][1]
    cname, caddr = f"{first} {last}", addr
    fname, faddr = sc["firm"]
    t = sc["when"]
    ini, ini_form = initials(sc["who"]), rng.randrange(2)
    colour = rng.choice(COLOURS)
    html = layout.startswith("html")
    # the sender's own text above the quote
    if sc["top"] is None:
        top = rng.choice(U_TOPS).format(first=first, last=last, firstname_firm=firm_first(sc))
    else:
        top = sc["top"]
        sign = rng.choice(("\n\n{first}", "\n\nThanks\n{first}", "\n\nRegards,\n{first} {last}", "\n{first}"))
        top = top + sign.format(first=first, last=last)
    answers = {i: mark_plain(a, marking, ini, ini_form) for i, a in sc["ans"].items()}
    own = top + "\n" + "\n".join(sc["ans"].values())
    if sc["fwd"]:
        subject = ("FW: " if layout in ("outlook", "html_div") else "Fwd: ") + sc["subj"]
    else:
        subject = ("RE: " if layout in ("outlook", "html_div") else "Re: ") + sc["subj"]
    older = sc["older"]
    if not html:
        body = render_plain(sc, layout, top, answers, cname, caddr, fname, faddr, t, older, subject, rng)
    else:
        hanswers = {i: mark_html(a, marking, ini, ini_form, colour) for i, a in sc["ans"].items()}
        body = render_html(sc, layout, top, hanswers, cname, caddr, fname, faddr, t, older, rng)
    env = f"{layout}/{marking}"
    rec = {"id": None, "mailbox": sc["mb"], "from": f"{cname} <{caddr}>", "subject": subject, "headers": {},
           "body": body, "html": html, "labels": dict(sc["lab"], rights=list(sc["lab"]["rights"])),
           "note": sc["note"], "source": sc["sid"], "train_labels": ["complaint"], "_env": env}
    OWN[(sc["sid"], env)] = (own, sc["sid"].split("-")[1][0], layout, marking)
    for a in sc["ans"].values():  # every answer is in the body (escaped in HTML)
        probe = a.upper() if marking == "caps" else a
        assert (escape_html(probe) if html else probe).split("\n")[0] in body, (sc["sid"], env)
    return rec


def outlook_head(fname, faddr, cname, caddr, t, subject, style):
    """The Outlook header block of a quoted mail (cname, caddr: its addressee)."""
    lead = ("-----Original Message-----\n", "________________________________\n", "")[style]
    return f"{lead}From: {fname} <{faddr}>\nSent: {d_outlook(t)}\nTo: {cname} <{caddr}>\nSubject: {subject}"


def render_plain(sc, layout, top, answers, cname, caddr, fname, faddr, t, older, subject, rng):
    parts = []
    for i, p in enumerate(sc["paras"]):
        parts.append(("q", p))
        if i in answers:
            parts.append(("a", answers[i]))
    if layout == "outlook":
        style = rng.randrange(3)
        if sc["to"]:
            cname, caddr = sc["to"]
        if sc["fwd"]:
            head = outlook_head(fname, faddr, cname, caddr, t, sc["subj"], style if style else 1)
        else:
            head = outlook_head(fname, faddr, cname, caddr, t, sc["subj"], style)
        chunks = [p for _, p in parts]
        if older:
            oname, oaddr, ot, otext = older
            chunks.append(f"From: {oname} <{oaddr}>\nSent: {d_outlook(datetime.datetime(*ot))}\nTo: {fname} "
                          f"<{faddr}>\nSubject: {sc['subj'].replace('RE: ', '')}\n\n{otext}")
        quote = head + "\n\n" + "\n\n".join(chunks)
    else:
        gt = layout == "onwrote_gt"
        if rng.randrange(2):
            head = f"On {d_gmail(t)}, {fname} <{faddr}> wrote:"
        else:
            head = f"On {d_tb(t)}, {fname} wrote:"
        items = [(kind, q(p) if gt and kind == "q" else p) for kind, p in parts]
        if older:
            oname, oaddr, ot, otext = older
            o = f"On {d_gmail(datetime.datetime(*ot))}, {oname} <{oaddr}> wrote:\n{q(otext)}"
            items.append(("q", q(o) if gt else o))
        out = [items[0][1]]
        for (pk, _), (kind, c) in zip(items, items[1:]):
            out.append(("\n>\n" if gt and pk == "q" and kind == "q" else "\n\n") + c)
        quote = head + "\n" + "".join(out)
    body = (top + "\n\n" if top else "") + quote
    return body + "\n"


def q(text):
    return "\n".join(("> " + ln) if ln else ">" for ln in text.split("\n"))


def render_html(sc, layout, top, hanswers, cname, caddr, fname, faddr, t, older, rng):
    paras = sc["paras"]
    if layout == "html_bq":
        gmail = rng.randrange(2) == 0
        top_html = "".join(f"<div>{h(p)}</div>" for p in top.split("\n\n") if p) if top else ""
        if gmail:
            bq = ('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                  'rgb(204,204,204);padding-left:1ex">')
            inner = []
            for i, p in enumerate(paras):
                inner.append(f"<div>{h(p)}</div><div><br></div>")
                if i in hanswers:
                    inner.append(f"</blockquote><div>{hanswers[i]}</div><div><br></div>{bq}")
            if older:
                oname, oaddr, ot, otext = older
                inner.append(f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On '
                             f'{d_gmail(datetime.datetime(*ot))}, {escape_html(oname)} &lt;{oaddr}&gt; wrote:<br></div>'
                             f'{bq}<div>{h(otext)}</div></blockquote></div>')
            lead = "Forwarded message" if sc["fwd"] else None
            if lead:
                attr = (f'---------- Forwarded message ---------<br>From: <strong class="gmail_sendername" dir="auto">'
                        f'{escape_html(fname)}</strong> <span dir="auto">&lt;{faddr}&gt;</span><br>Date: {d_gmail(t)}'
                        f'<br>Subject: {escape_html(sc["subj"])}<br>To: {escape_html(cname)} &lt;{caddr}&gt;<br>')
            else:
                attr = f"On {d_gmail(t)}, {escape_html(fname)} &lt;{faddr}&gt; wrote:<br>"
            body = (f'<div dir="ltr">{top_html or "<br>"}</div><br><div class="gmail_quote"><div dir="ltr" '
                    f'class="gmail_attr">{attr}</div>{bq}{"".join(inner)}</blockquote></div>')
        else:
            inner = []
            for i, p in enumerate(paras):
                inner.append(f"<p>{h(p)}</p>")
                if i in hanswers:
                    inner.append(f"<p>{hanswers[i]}</p>")
            if older:
                oname, oaddr, ot, otext = older
                inner.append(f'<div class="moz-cite-prefix">On {d_tb(datetime.datetime(*ot))}, {escape_html(oname)} '
                             f'wrote:<br></div><blockquote type="cite"><p>{h(otext)}</p></blockquote>')
            mid = f"{t:%Y%m%d%H%M}.{rng.randrange(10 ** 7, 10 ** 8)}@{faddr.split('@')[1]}"
            top_html = "".join(f"<p>{h(p)}</p>" for p in top.split("\n\n") if p) if top else "<p><br></p>"
            body = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
                    f'<body>{top_html}<div class="moz-cite-prefix">On {d_tb(t)}, {escape_html(fname)} wrote:<br></div>'
                    f'<blockquote type="cite" cite="mid:{mid}">{"".join(inner)}</blockquote></body></html>')
        return body
    # Outlook reply or forward: a border-top <div> with the header, the original unquoted below it
    style = '<p class="MsoNormal">{}</p>'
    if sc["to"]:
        cname, caddr = sc["to"]
    top_html = "".join(style.format(h(p)) for p in top.split("\n\n") if p) if top else ""
    head = (f'<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">'
            f'<b>From:</b> {escape_html(fname)} &lt;{faddr}&gt; <br><b>Sent:</b> {d_outlook(t)}<br><b>To:</b> '
            f'{escape_html(cname)} &lt;{caddr}&gt;<br><b>Subject:</b> {escape_html(sc["subj"])}</p></div>')
    inner = []
    for i, p in enumerate(paras):
        inner.append(style.format(h(p)))
        if i in hanswers:
            inner.append(style.format(hanswers[i]))
    if older:
        oname, oaddr, ot, otext = older
        inner.append(f'<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                     f'<p class="MsoNormal"><b>From:</b> {escape_html(oname)} &lt;{oaddr}&gt; <br><b>Sent:</b> '
                     f'{d_outlook(datetime.datetime(*ot))}<br><b>To:</b> {escape_html(fname)} &lt;{faddr}&gt;</p></div>'
                     + style.format(h(otext)))
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;'
            'font-family:"Calibri",sans-serif;} --></style></head><body lang="EN-GB" link="#0563C1" vlink="#954F72">'
            f'<div class="WordSection1">{top_html}{style.format("&nbsp;")}<div id="divRplyFwdMsg">{head}</div>'
            f'{style.format("&nbsp;")}{"".join(inner)}</div></body></html>')


# ---------------------------------------------------------------------------------------------
# build, checks, summary

def build(rng):
    recs = []
    counters = {"U": 0, "C": 0}
    for sc in SCEN:
        grp = sc["sid"].split("-")[1][0]
        k = counters[grp]
        counters[grp] += 1
        if sc["fwd"]:
            pair = ("outlook", "html_div") if k % 2 else ("html_div", "outlook")
        else:
            pair = PAIRS[(k + (k // 10)) % len(PAIRS)]
            if k % 2:
                pair = (pair[1], pair[0])
        prev = None
        for j, layout in enumerate(pair):
            if grp == "C":
                marking = "n/a"
            else:
                allowed = ["caps", "initials", "none"] + (["colour"] if layout.startswith("html") else [])
                if layout.startswith("html") and rng.random() < 0.5:
                    marking = "colour"
                else:
                    marking = rng.choice([m for m in allowed if m != prev] or allowed)
                if marking == prev:
                    marking = rng.choice([m for m in allowed if m != prev])
                prev = marking
            recs.append(render(sc, layout, marking, sc["who"][2 + j], rng))
    return recs


def errors(rec):
    """record_errors, except that its explicit check (on subject + body above the first quote marker it finds) is
    replaced by the same rule applied to what the sender typed: the top and the answers inside the quote."""
    errs = record_errors(rec)
    own, grp, layout, marking = OWN[(rec["source"], rec["_env"])]
    kept = [e for e in errs if not e.startswith("explicit=")]
    lab = rec["labels"]
    if lab["complaint"] and (("complain" in own.lower()) != lab["explicit"]):
        kept.append(f"explicit={lab['explicit']} but 'complain' in the sender's own words={not lab['explicit']}")
    if not lab["complaint"] and "complain" in own.lower():
        kept.append("a non-complaint whose own words say 'complain'")
    META[rec["id"]] = (grp, layout, marking, len(kept) != len(errs))
    return kept


def summary(records, env_counts):
    labs = [r["labels"] for r in records]
    out = [f"wrote {os.path.relpath(OUT, ROOT)}: {len(records)} emails, {len({r['source'] for r in records})} scenarios"]
    for g in ("U", "C"):
        rs = [r for r in records if META[r["id"]][0] == g]
        ls = [r["labels"] for r in rs]
        out.append(f"group {g}: {len(rs)} emails, {len({r['source'] for r in rs})} scenarios, "
                   f"complaints {sum(l['complaint'] for l in ls)} (explicit {sum(l['explicit'] for l in ls)}), "
                   f"with rights {sum(bool(l['rights']) for l in ls)}, breach {sum(l['breach'] for l in ls)}, "
                   f"third_party {sum(l['third_party'] for l in ls)}, other firm "
                   f"{sum(l['about_other_firm'] is not None for l in ls)}, pexa {sum(r['mailbox'] == 'pexa' for r in rs)}")
        out.append("  layouts: " + ", ".join(f"{k} {v}" for k, v in sorted(collections.Counter(
            META[r["id"]][1] for r in rs).items())))
        out.append("  marking: " + ", ".join(f"{k} {v}" for k, v in sorted(collections.Counter(
            META[r["id"]][2] for r in rs).items())))
    out.append(f"complaints {sum(l['complaint'] for l in labs)} (explicit {sum(l['explicit'] for l in labs)}), "
               f"breach {sum(l['breach'] for l in labs)}, auto_generated {sum(l['auto_generated'] for l in labs)}, "
               f"third_party {sum(l['third_party'] for l in labs)}")
    out.append("rights: " + ", ".join(f"{r} {sum(r in l['rights'] for l in labs)}" for r in RIGHTS))
    out.append("categories: " + ", ".join(f"{k} {v}" for k, v in sorted(collections.Counter(
        l["category"] for l in labs).items())))
    out.append(f"record_errors explicit check dropped (disagrees with the sender's-own-words rule): "
               f"{sum(META[r['id']][3] for r in records)} records")
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# scenarios (group U: answers inside the quote; group C: message above an untouched quote)

L = short_labels

# ---- group U, PEXA -------------------------------------------------------------------------------------------

S("iaj-U01", "pexa", L(c=True, cat="platform_defect"),
  "The answers typed under PEXA's questions report a second failed settlement and ask PEXA to meet the buyer's "
  "removal costs: dissatisfaction with a remedy expected, an implicit complaint about a platform fault.",
  ("Harriet", "Okonkwo", "h.okonkwo@fenwickrowe.co.uk", "harriet.okonkwo@fenwickrowe.co.uk"), "p_support",
  "Settlement failure - workspace 52-77310 [Case 4471908]", (2026, 3, 4, 16, 12),
  ["Dear Ms Okonkwo,",
   "Thank you for letting us know that settlement did not complete in workspace 52-77310 today. So that our "
   "technical team can investigate, please could you answer the questions below.",
   "1. At roughly what time did the problem appear, and what did the screen show?",
   "2. Which user was signed in when it happened?",
   "3. Did anyone at your firm try to re-sign or restart the settlement?",
   "4. Has this workspace, or any other, had a similar problem before?",
   "Kind regards,\nMarcus Ellery\nCustomer Support | PEXA"],
  ans={2: "About 11.50. The status froze on 'Financial settlement in progress' for over an hour and then went to "
          "'Failed - contact support'. Funds left our client account but the seller's side never showed them.",
       3: "Our senior conveyancer, Dev Pillai.",
       4: "Yes, twice. Both times the screen said settlement was locked. Your phone line told us not to touch it.",
       5: "Yes. Workspace 52-70188 failed exactly the same way on 19 February. Two failures in a fortnight is not "
          "acceptable. Our buyers had removal vans booked and have had to pay £640 for an extra day, which we expect "
          "PEXA to reimburse, and we need to know what has been done so that this stops happening."})

S("iaj-U02", "pexa", L(c=True, ex=True, cat="fees_charges"),
  "The lender rebuts each finding of PEXA's complaint response inside the quote and says there that its complaint "
  "should be escalated: the sender's own words call it a complaint, so explicit, about a platform fee.",
  ("Callum", "Reddaway", "callum.reddaway@heathcotebank.co.uk", "c.reddaway@heathcote.co.uk"), "p_compl",
  "Your complaint PX-C-20931 - our response", (2026, 2, 11, 10, 5),
  ["Dear Mr Reddaway,",
   "Thank you for your email of 27 January about the abandonment fees on invoice INV-88412. I have now looked into "
   "the points you raised and set out my findings below.",
   "Finding 1: The 14 workspaces listed in your email were each opened by a Heathcote user and remained open for "
   "more than 30 days, so the abandonment fee applied under section 6.3 of the fee schedule.",
   "Finding 2: Our records show that reminder notices were sent to the workspace owners on day 21 of each workspace.",
   "Finding 3: The fee schedule was published on our website and in the participant portal in October.",
   "I therefore do not uphold your complaint. If you remain dissatisfied you may ask for a review by our Head of "
   "Customer Resolution within eight weeks of this letter.",
   "Yours sincerely,\nNadia Brennan\nCustomer Resolution Specialist, PEXA"],
  ans={2: "Not correct. Nine of the fourteen were closed by your own system migration on 6 December, not left open "
          "by us. Your audit trail will show that.",
       3: "No reminders reached anyone here. We have checked every inbox concerned, including junk.",
       4: "The October schedule was never sent to us, and our contract says changes need 60 days' written notice.",
       5: "I do not accept this outcome. Please escalate my complaint to the Head of Customer Resolution and credit "
          "the £2,310 while it is reviewed."})

S("iaj-U03", "pexa", L(),
  "Plain answers to PEXA's onboarding checklist typed after each item, with no dissatisfaction and no request: not "
  "a complaint, no rights.",
  ("Priya", "Lamontagne", "priya@lamontagnelegal.co.uk", "p.lamontagne@lamontagnelegal.co.uk"), "p_onb",
  "Registration 88-ONB-3307 - information needed", (2026, 1, 20, 9, 41),
  ["Dear Ms Lamontagne,",
   "Thank you for starting your firm's registration with PEXA. Before we can activate your subscriber account we "
   "need a few more details.",
   "a) Your firm's SRA number.",
   "b) The name and email address of the person who will act as your subscriber administrator.",
   "c) Whether your firm will act for lenders as well as for buyers and sellers.",
   "d) A preferred date for your administrator's induction call.",
   "Once we have these we aim to complete your registration within five working days.",
   "Best wishes,\nTomasz Wierzbicki\nOnboarding Coordinator, PEXA"],
  ans={2: "SRA 8123409", 3: "Me - Priya Lamontagne, priya@lamontagnelegal.co.uk",
       4: "Buyers and sellers only for now.", 5: "Any morning in the week of 2 February."})

S("iaj-U04", "pexa", L(),
  "Positive feedback typed under each question of PEXA's post-training survey: praise with no remedy expected, so "
  "not a complaint.",
  ("Gareth", "Sowerby", "gsowerby@mallinsonconveyancing.co.uk", "gareth.sowerby@mallinsonconveyancing.co.uk"),
  "p_train", "Your feedback on Tuesday's refinance workshop", (2026, 3, 12, 14, 0),
  ["Hi Gareth,",
   "Thanks for joining Tuesday's refinance workshop. We'd be grateful for a few quick answers to help us plan the "
   "next sessions.",
   "- Did the session cover what you needed?",
   "- Was the pace about right?",
   "- Is there a topic you'd like a future session on?",
   "- Would you recommend the workshop to colleagues?",
   "Many thanks,\nEleanor Quist\nTraining Team, PEXA"],
  ans={2: "Yes, very much so. The walkthrough of discharge lodgement was exactly what we were missing.",
       3: "About right, maybe a touch quick on the funds section but the handout covers it.",
       4: "Transfers of part with two lenders would be useful.",
       5: "Definitely, two of my team want to book the next one."})

S("iaj-U05", "pexa", L(r="access,erasure"),
  "A former user answers PEXA's account-closure questions neutrally and, inside the quote, asks for a copy of "
  "everything held about her and for her profile to be deleted: rights access and erasure, no dissatisfaction, so "
  "not a complaint.",
  ("Rosalind", "Achebe", "ros.achebe@outlook.com", "rosalind.achebe77@gmail.com"), "p_acct",
  "Closing your PEXA user account", (2026, 2, 2, 12, 30),
  ["Dear Ms Achebe,",
   "We have been told by Pelham & Dunn LLP that you have left the firm. Before we deactivate your user account we "
   "need to check a few things with you.",
   "1. Please confirm the date your employment with Pelham & Dunn ended.",
   "2. Are there any workspaces in which you are still named as the responsible user?",
   "3. Is there anything else you would like us to do in connection with your account?",
   "Kind regards,\nOwen Castellano\nAccount Management, PEXA"],
  ans={2: "31 January 2026.",
       3: "Not that I know of - my last two matters were handed to Jas Kaur before I left.",
       4: "Yes please. Send me a copy of the personal data PEXA holds about me, including the audit-log entries "
          "under my name. After that, delete my user profile and details altogether; I won't be using PEXA again."})

S("iaj-U06", "pexa", L(br=True),
  "The answers report that another firm's client documents, with passport and bank details, were visible in this "
  "firm's workspace and have been deleted: a breach described, but calm facts with no grievance or remedy asked, "
  "so not a complaint.",
  ("Imogen", "Tarrant", "imogen.tarrant@brookhollowlaw.co.uk", "itarrant@brookhollowlaw.co.uk"), "p_support",
  "Documents visible in workspace 61-20457 [Case 4480112]", (2026, 3, 18, 15, 22),
  ["Hello Imogen,",
   "Thank you for your call this afternoon. To help us look into what you saw, could you please answer the "
   "following.",
   "Q1. Which documents could you see that did not belong to your matter?",
   "Q2. Did they contain any personal information about individuals?",
   "Q3. Has anyone at your firm downloaded, forwarded or printed them?",
   "Q4. Who should we contact with the outcome?",
   "Thanks,\nAshok Varma\nCustomer Support, PEXA"],
  ans={2: "A signed transfer and a completion statement for a property in Wokingham - nothing to do with us.",
       3: "Yes. The buyer's passport scan and her bank sort code and account number were on the statement.",
       4: "One of our paralegals downloaded the statement before we realised. It has been deleted from her "
          "machine and from our case system, and nobody else has seen it.",
       5: "Me, at this address."})

S("iaj-U07", "pexa", L(r="rectification,objection"),
  "Answering PEXA's annual user check, the conveyancer gives her corrected surname for the record and objects to "
  "her mobile being used for marketing, neutrally: rights rectification and objection, not a complaint.",
  ("Bethan", "Marchetti", "bethan.marchetti@carrowayfields.co.uk", "b.marchetti@carrowayfields.co.uk"), "p_acct",
  "Annual check of your PEXA user details", (2026, 1, 14, 8, 55),
  ["Dear PEXA user,",
   "Every year we ask users to check the details we hold for them. Please reply confirming or correcting each item.",
   "Name on your user profile: Bethan Holroyd",
   "Role: Conveyancing Executive, Carroway Fields LLP",
   "Mobile number for sign-in codes: 07700 900418",
   "Consent to receive product news by SMS: Yes",
   "Thank you,\nPEXA Account Management"],
  ans={2: "This needs changing - my surname has been Marchetti since September. Please update my profile to "
          "Bethan Marchetti.",
       3: "Correct.",
       4: "Correct, keep using it for sign-in codes.",
       5: "No - I don't want product news or any other marketing sent to my mobile. Please stop using my number "
          "for that."})

S("iaj-U08", "pexa", L(c=True, cat="onboarding", r="automated_decision"),
  "Inside PEXA's letter about an automated verification decline, the applicant disputes the outcome and asks for a "
  "person rather than the system to review it: an implicit complaint about onboarding with automated_decision.",
  ("Kwame", "Ashworth-Bell", "kwame@ashworthbell.law", "k.ashworthbell@ashworthbell.law"), "p_onb",
  "Outcome of your registration application APP-60218", (2026, 2, 24, 17, 3),
  ["Dear Mr Ashworth-Bell,",
   "We are sorry to tell you that your application to register Ashworth Bell Law as a PEXA subscriber has not been "
   "approved. Our automated identity and entity checks could not match the details supplied with the records we "
   "consulted.",
   "The checks that did not pass were: the registered office address, and the link between the applicant and the "
   "firm.",
   "You may submit a new application after 90 days. If any of your details have changed, please tell us what.",
   "Regards,\nPEXA Onboarding"],
  ans={2: "This is wrong and it has cost us a completion we had lined up for March.",
       3: "Our registered office moved to 4 Tanner Row in November and Companies House shows it. I am the sole "
          "director and the SRA-authorised principal - the link is not in doubt.",
       4: "I am not waiting 90 days for a machine to make the same mistake. I want a member of your onboarding "
          "team, a person, to look at the evidence and review this decision now."})

S("iaj-U09", "pexa", L(c=True, cat="delay", firm="mpc"),
  "A buyer answers PEXA's questions and, in the answers, complains that Marsh & Penrose have not replied for three "
  "weeks: purely about the participant firm, so about_other_firm=mpc, an implicit complaint about delay.",
  ("Sunita", "Gallacher", "sunita.gallacher@gmail.com", "sunigallacher@btinternet.com"), "p_support",
  "RE: Buying 12 Larkspur Close - who do I speak to?", (2026, 3, 9, 11, 20),
  ["Dear Ms Gallacher,",
   "Thank you for contacting PEXA. PEXA runs the platform that conveyancers and lenders use to settle property "
   "transactions, but we are not able to act on a buyer's matter directly. So that we can point you to the right "
   "people, could you tell us:",
   "- the name of the firm handling your purchase;",
   "- what has happened so far, and what you would like to happen.",
   "Kind regards,\nLeah Dunmore\nCustomer Support, PEXA"],
  ans={2: "Marsh & Penrose Conveyancing in Exeter.",
       3: "We were told exchange would be mid-February. Since then nobody at Marsh & Penrose has answered an email "
          "or a call for three weeks, the sellers are threatening to pull out, and we are paying to extend our "
          "mortgage offer. I need them to reply and tell me when we will exchange."},
  older=("Sunita Gallacher", "sunita.gallacher@gmail.com", (2026, 3, 8, 21, 47),
         "Hello, our conveyancer says the purchase will go through PEXA. Nobody is telling us anything. Who do I "
         "speak to about when we will exchange?\n\nSunita Gallacher"))

S("iaj-U10", "pexa", L(c=True, pd=True, r="rectification,restriction", tp=True, cat="personal_data"),
  "A solicitor answers PEXA's questions for a former conveyancer whose name still appears as responsible user on "
  "live workspaces and asks for it to be corrected and its use restricted meanwhile: third party, an implicit "
  "complaint about inaccurate personal data.",
  ("Anselm", "Coatsworth", "a.coatsworth@brierleymorgan.co.uk", "anselm.coatsworth@brierleymorgan.co.uk"),
  "p_priv", "Your letter concerning Ms Delphine Roux", (2026, 2, 17, 10, 10),
  ["Dear Mr Coatsworth,",
   "Thank you for your letter on behalf of your client, Ms Delphine Roux. Before we can deal with it we need the "
   "following.",
   "1. Your client's signed authority for you to act for her in this matter.",
   "2. The PEXA user ID or email address she used.",
   "3. What your client says is wrong in our records, and what she would like us to do.",
   "Yours sincerely,\nGrace Oyelaran\nPrivacy Office, PEXA"],
  ans={2: "Attached, signed by Ms Roux on 12 February.",
       3: "droux@whitcombeandhale.co.uk (her old work address).",
       4: "She left Whitcombe & Hale on 30 November, yet she is still shown as the responsible subscriber user on at "
          "least six live workspaces, so buyers' firms are ringing her about matters she has no part in. That is "
          "wrong and it is doing her professional harm. Please correct the records so her name no longer appears "
          "on those workspaces, and stop showing her details to other participants until that is done."})

S("iaj-U11", "pexa", L(c=True, r="access", cat="service_quality"),
  "The customer disputes, inside PEXA's complaint response, its finding that the support agent acted properly and "
  "asks for the call recording: an implicit complaint about service (he never calls it a complaint himself; the "
  "word is only the firm's) with a request for access.",
  ("Declan", "Fairweather", "declan.fairweather@northgateconvey.co.uk", "dfairweather@northgateconvey.co.uk"),
  "p_compl", "Your complaint PX-C-21107 - outcome", (2026, 3, 2, 15, 45),
  ["Dear Mr Fairweather,",
   "I am writing with the outcome of your complaint about your call with our support desk on 16 February.",
   "I have listened to the call. The adviser followed our standard process for a suspended user and explained that "
   "he could not reinstate access without the subscriber administrator's approval.",
   "I did not find that the adviser was rude, although I accept the call was short.",
   "I am sorry that you were unhappy with the call, but I have not upheld your complaint.",
   "Yours sincerely,\nRuth Okafor\nCustomer Resolution, PEXA"],
  ans={2: "He did not explain anything. He put me on hold twice for ten minutes and then ended the call while I "
          "was speaking.",
       3: "\"Short\" is not the word. He told me it was not his problem and hung up. I want an apology from someone "
          "senior and this looked at again by a manager.",
       4: "Send me a copy of the recording of that call, please, so I can hear it for myself."})

S("iaj-U12", "pexa", L(c=True, cat="usability"),
  "Under each of PEXA's questions the user explains that the redesigned lodgement screen works but hides fields "
  "and causes errors, and asks for it to be changed back: an implicit complaint about usability.",
  ("Marguerite", "Esterhuizen", "m.esterhuizen@tollbridgelaw.co.uk", "marguerite.e@tollbridgelaw.co.uk"),
  "p_support", "Your feedback on the new lodgement screen [Case 4476630]", (2026, 3, 6, 9, 5),
  ["Hi Marguerite,",
   "Thanks for your message about the new lodgement screen. To pass this on to our product team, it would help to "
   "know:",
   "(i) Which part of the screen is causing difficulty?",
   "(ii) Is anything failing or producing an error message?",
   "(iii) How often is this affecting your team?",
   "Best regards,\nJonah Pretorius\nCustomer Support, PEXA"],
  ans={2: "The title number and the lender fields are now behind a collapsed panel that you have to open every "
          "single time. It is easy to submit without them.",
       3: "Nothing fails as such - it lets you lodge without the fields and then we get a requisition back. "
          "It's badly designed, frankly.",
       4: "Three requisitions in two weeks, each one costing us a day. We need the old layout back or the fields "
          "made compulsory, and we'd like to know when that will happen."})

S("iaj-U13", "pexa", L(c=True, ex=True, pd=True, br=True, cat="personal_data"),
  "Answers inside PEXA's incident questions say a settlement statement with the client's bank and home details was "
  "emailed by PEXA to an unconnected firm and call this a formal complaint: explicit, personal_data, breach.",
  ("Ffion", "Carradine", "ffion.carradine@dyfedconvey.co.uk", "f.carradine@dyfedconvey.co.uk"), "p_support",
  "Settlement statement sent in error - workspace 47-33981", (2026, 1, 28, 13, 35),
  ["Dear Ms Carradine,",
   "We understand from your call that a settlement statement for workspace 47-33981 may have been sent by us to the "
   "wrong recipient. We are treating this as a priority and need a few details.",
   "1. When did you become aware of it, and how?",
   "2. Who received the statement?",
   "3. What information about your client did it contain?",
   "4. Is there anything else you would like us to know?",
   "Kind regards,\nSamir Haddad\nCustomer Support, PEXA"],
  ans={2: "This morning, when Greyfriars Law rang us to say they had it.",
       3: "Greyfriars Law LLP in Edinburgh, who have nothing to do with this purchase. It came from your support "
          "address.",
       4: "Our client's full name, her home address, the bank account the sale proceeds go to, and the amount.",
       5: "Please treat this as a formal complaint. Our client is very distressed. We need written confirmation "
          "that Greyfriars have deleted it, an explanation of how it happened, and what you will do to make sure "
          "it does not happen again."})

S("iaj-U14", "pexa", L(r="informed"),
  "The firm confirms its user list under PEXA's notice of a new verification supplier and, inside the quote, asks "
  "where the supplier will hold users' data and on what legal basis: a neutral request to be informed, not a "
  "complaint.",
  ("Oliver", "Penhaligon", "oliver.penhaligon@strandwaylegal.co.uk", "o.penhaligon@strandwaylegal.co.uk"),
  "p_priv", "New identity verification supplier - action needed", (2026, 2, 9, 16, 0),
  ["Dear Subscriber Administrator,",
   "From 1 April PEXA will use a new supplier to verify the identity of users when they reset their sign-in "
   "details. Users' names, dates of birth and photo ID will be shared with the supplier for that purpose.",
   "Please confirm that the list of active users for your firm attached to this email is up to date.",
   "Please also confirm that you will let your users know about this change.",
   "If you have questions, reply to this email.",
   "Kind regards,\nPEXA Privacy Office"],
  ans={1: "Who is the supplier, which country will it keep our users' names, dates of birth and ID images in, and "
          "what is the legal basis for sharing them? I need that to brief the team.",
       2: "Confirmed, all eleven users are current.",
       3: "Yes, once we have your answers above."})

S("iaj-U15", "pexa", L(),
  "The lender's operations lead answers PEXA's migration planning questions plainly and with thanks: no "
  "dissatisfaction, no request, not a complaint.",
  ("Ravinder", "Holloway", "ravinder.holloway@tvmortgages.co.uk", "r.holloway@tvmortgages.co.uk"), "p_acct",
  "Remortgage volume migration - planning questions", (2026, 1, 8, 11, 15),
  ["Hello Ravinder,",
   "As discussed on our call, we are planning the move of your remortgage discharges onto PEXA. A few planning "
   "questions:",
   "1. Roughly how many discharges a month should we plan for?",
   "2. Which week would you like the first live discharges to go through?",
   "3. Who will be our day-to-day contact during the first month?",
   "4. Would you like a member of our team on site for the first week?",
   "Speak soon,\nIsla Brannigan\nAccount Manager, PEXA"],
  ans={2: "Around 350 a month, rising to 500 by the summer.",
       3: "Week commencing 16 February suits us.",
       4: "Charlotte Ng in our completions team - charlotte.ng@tvmortgages.co.uk.",
       5: "Yes please, that would be a great help. Thanks for organising all this."})

# ---- group U, Conexus ----------------------------------------------------------------------------------------

S("iaj-U16", "conexus", L(),
  "The debtor fills in Conexus's income and expenditure questions inside its email and offers a monthly amount: "
  "routine answers with no dissatisfaction, not a complaint.",
  ("Terence", "Mulholland", "tez.mulholland@hotmail.co.uk", "terence.mulholland@gmail.com"), "c_coll",
  "Account CX-7730154 - setting up a payment plan", (2026, 2, 3, 10, 2),
  ["Dear Mr Mulholland,",
   "Thank you for speaking with us today. To agree an affordable payment plan we need a little more information.",
   "Monthly take-home pay:",
   "Rent or mortgage:",
   "Council tax, gas, electricity and water (total):",
   "Other priority debts, if any:",
   "How much you feel you could pay each month:",
   "Kind regards,\nJade Whitfield\nAccounts Team, Conexus"],
  ans={2: "£1,640", 3: "£725", 4: "About £290", 5: "None",
       6: "£40 a month, starting on the 28th when I'm paid."})

S("iaj-U17", "conexus", L(r="rectification,portability"),
  "Confirming Conexus's details check, the customer corrects her address and, inside the quote, asks for her "
  "account data as a spreadsheet file to load into her adviser's budgeting software: rectification and "
  "portability, no dissatisfaction, not a complaint.",
  ("Magdalena", "Featherstone", "magda.featherstone@yahoo.co.uk", "m.featherstone88@outlook.com"), "c_dpo",
  "Please confirm your details - ref CX-6618290", (2026, 1, 22, 14, 48),
  ["Dear Ms Featherstone,",
   "We are updating our records. Please check the details below and let us know if anything needs changing.",
   "Address: 41 Cobbold Road, Ipswich IP4 2HX",
   "Telephone: 07700 900736",
   "Preferred contact: post",
   "Is there anything else we can help with?",
   "Yours sincerely,\nConexus Data Protection"],
  ans={2: "Out of date. I moved in October - please change it to Flat 3, 18 Wherstead Road, Ipswich IP2 8JD.",
       3: "Still right.",
       4: "Email from now on, please.",
       5: "Yes - could you send me the payment history and account details you hold for me as a spreadsheet file "
          "(CSV or similar) that my adviser can import into her budgeting software?"})

S("iaj-U18", "conexus", L(c=True, ex=True, cat="debt_dispute"),
  "Inside Conexus's final response the debtor rebuts each finding, says the loan was settled in 2022 and calls "
  "this the complaint she has been making: explicit, a dispute of the debt (Conexus's own pursuit, so null).",
  ("Lorna", "Quigley", "lorna.quigley@icloud.com", "lquigley1971@gmail.com"), "c_compl",
  "Final response - your complaint ref CXC-40877", (2026, 3, 5, 16, 30),
  ["Dear Mrs Quigley,",
   "Further to our acknowledgement of 29 January, I have now completed my investigation.",
   "Our client, Sterling Credit Loans, has confirmed that a balance of £1,184.62 remains outstanding on the loan "
   "account ending 4471.",
   "We have no record of a settlement being agreed or paid.",
   "I am satisfied that the balance is correct and that we are entitled to collect it. I have therefore not upheld "
   "your complaint.",
   "If you remain dissatisfied you may refer your complaint to the Financial Ombudsman Service within six months of "
   "this letter.",
   "Yours sincerely,\nAlistair Penrose-Kaye\nComplaints Officer, Conexus"],
  ans={2: "It was settled. I paid £950 in full and final settlement on 14 June 2022, bank reference SCL SETTLE "
          "4471. I sent you the statement twice.",
       3: "Then look at the bank statement I sent you. You have not even mentioned it.",
       4: "I complained because you keep chasing me for money I don't owe, and this letter just repeats the same "
          "figure. Stop collecting, close the account and confirm it in writing."})

S("iaj-U19", "conexus", L(c=True, r="access", cat="collection_conduct"),
  "Answering Conexus's questions about her contact complaint, the debtor describes repeated early calls to her "
  "workplace and asks for the call recordings: an implicit complaint about collection conduct, with access.",
  ("Shanice", "Oyelowo-Grant", "shanice.og@gmail.com", "s.oyelowogrant@outlook.com"), "c_cr",
  "Calls about account CX-5902267 - a few questions", (2026, 2, 19, 9, 30),
  ["Dear Ms Oyelowo-Grant,",
   "Thank you for your call yesterday about the telephone calls you have received from us. So that we can look "
   "into this properly, please answer the following.",
   "a) On which numbers have you been called?",
   "b) Roughly how many calls have you received, and at what times?",
   "c) Has anyone other than you answered?",
   "d) What would you like us to do?",
   "Kind regards,\nOwain Rhys-Doherty\nCustomer Relations, Conexus"],
  ans={2: "My mobile and my WORK landline, which I never gave you.",
       3: "Six or seven a day for two weeks, the first one at 7.40am.",
       4: "Yes - my manager answered the work line twice and was asked about 'my outstanding account'. It was "
          "humiliating.",
       5: "Stop ringing my workplace, explain why you called it, and send me copies of the recordings of every call "
          "you made to me this month."})

S("iaj-U20", "conexus", L(br=True),
  "A stranger answers Conexus's identity questions to say the addressee does not live there and the letter showed "
  "his balance: a breach reported, no grievance of her own and no reply needed, so not a complaint and not third "
  "party.",
  ("Hannelore", "Bexley", "h.bexley@btinternet.com", "hannelore.bexley@gmail.com"), "c_coll",
  "We need to confirm your identity - ref CX-8127704", (2026, 3, 10, 12, 0),
  ["Dear Mr Okorafor,",
   "We recently wrote to you about the account above. For security, please reply confirming:",
   "1. your date of birth;",
   "2. the first line of your address;",
   "3. the best telephone number to reach you.",
   "Once we have these we can discuss the account with you.",
   "Yours sincerely,\nAccounts Team, Conexus"],
  ans={1: "I'm not Mr Okorafor. He doesn't live here and I've never heard of him - I've been at this address "
          "eight years.",
       2: "N/A",
       3: "Your letter to him came here last week and I opened it by mistake. It had his full name, the Pennant "
          "Mobile account number and a balance of £612. I've written 'not known at this address' on it and posted "
          "it back.",
       4: "No need to contact me, just thought you should know."})

S("iaj-U21", "conexus", L(c=True, pd=True, br=True, r="erasure", cat="personal_data"),
  "Inside Conexus's account of what it found, the debtor says the statement sent to her old address was read by her "
  "ex-partner and asks for the old address to be deleted: an implicit complaint about disclosure (personal_data, "
  "breach) with erasure.",
  ("Carys", "Penhallow", "carys.penhallow@gmail.com", "carysp@protonmail.com"), "c_cr",
  "Statement sent to previous address - ref CX-3390815", (2026, 2, 26, 15, 10),
  ["Dear Ms Penhallow,",
   "Thank you for telling us that your February statement did not reach you. We have looked into what happened.",
   "Our records show that the statement was sent to 7 Mariner's Way, Falmouth, which was your address until last "
   "year. Your new address had been added to the account but was not selected as the correspondence address.",
   "We have now corrected this and all future letters will go to your current address.",
   "We apologise for any inconvenience this may have caused.",
   "Yours sincerely,\nNiamh Costigan\nCustomer Relations, Conexus"],
  ans={2: "'Inconvenience' - my ex-partner still lives at Mariner's Way. He opened it, read my balance and has been "
          "texting me about it. I moved to get away from him.",
       3: "That is not enough. I want an explanation of how you let this happen after I gave you my new address in "
          "writing.",
       4: "And delete the Mariner's Way address from my records entirely, so it can never be used again."})

S("iaj-U22", "conexus", L(c=True, ex=True, tp=True, cat="collection_conduct"),
  "A money adviser answers Conexus's questions about her client and, in an answer, raises a formal complaint about "
  "calls made during Breathing Space: third party, explicit, collection conduct.",
  ("Abena", "Sutcliffe", "abena.sutcliffe@harbourmoneyadvice.org.uk", "a.sutcliffe@harbourmoneyadvice.org.uk"),
  "c_coll", "Your client Mr D Whitlow - account CX-2281945", (2026, 3, 16, 11, 40),
  ["Dear Ms Sutcliffe,",
   "Thank you for your letter of authority. To update our records for Mr Whitlow, please confirm:",
   "- whether your client is in a Breathing Space, and if so its start date;",
   "- whether he has any vulnerability we should be aware of;",
   "- when we can expect a financial statement.",
   "Kind regards,\nPatrick Onuoha\nAccounts Team, Conexus"],
  ans={2: "Yes. Standard Breathing Space from 2 March - you were notified through the Insolvency Service on the "
          "same day.",
       3: "He has a diagnosed anxiety disorder, which is in our letter of 4 March.",
       4: "Within four weeks. In the meantime I am making a formal complaint on his behalf: your agents rang him "
          "on 9 and 11 March, during the Breathing Space, and pressed him for a payment. I want those calls "
          "explained and confirmation that all contact will stop until the moratorium ends."})

S("iaj-U23", "conexus", L(c=True, firm="nte", cat="debt_dispute"),
  "The debtor answers Conexus's dispute questions with meter readings and says Northline Energy billed estimates "
  "after she moved out: the root cause is the creditor's own bill, which only Northline can fix, so nte, debt "
  "dispute, implicit.",
  ("Josephine", "Arkwright", "jo.arkwright@gmail.com", "josephine.arkwright@live.co.uk"), "c_cr",
  "Your dispute - Northline Energy account ref CX-9061133", (2026, 1, 30, 10, 25),
  ["Dear Ms Arkwright,",
   "We note that you dispute the balance of £486.20 that we are collecting on behalf of Northline Energy. To help "
   "us review it, please tell us:",
   "1. The date you moved out of 22 Coldstream Terrace.",
   "2. Any final meter readings you gave, and to whom.",
   "3. Why you believe the balance is wrong.",
   "We have placed the account on hold for 30 days while we look into this.",
   "Yours sincerely,\nBenedict Ansah\nCustomer Relations, Conexus"],
  ans={2: "15 August 2025.",
       3: "Electric 28841, gas 10277, phoned through to Northline on the day I left, and I have the photos.",
       4: "Northline kept billing me on estimated readings for four months after I'd gone. Their own final bill "
          "ignores my closing readings. The bill is wrong, not you - I need Northline to redo it from my actual "
          "readings and cancel the balance."})

S("iaj-U24", "conexus", L(r="automated_decision"),
  "Under Conexus's notice that its online tool automatically declined his plan, the debtor answers the questions "
  "and asks for a member of staff rather than the system to decide, without any grievance: automated_decision, "
  "not a complaint.",
  ("Benedikt", "Trelawney", "ben.trelawney@gmail.com", "b.trelawney@yahoo.com"), "c_coll",
  "Your online payment plan proposal - ref CX-4417720", (2026, 3, 19, 18, 2),
  ["Dear Mr Trelawney,",
   "Thank you for using our online plan tool. The tool assessed the figures you entered and was unable to accept a "
   "plan of £25 a month.",
   "If you would like to submit a new proposal, please tell us:",
   "- the amount you could pay each month;",
   "- whether your circumstances are likely to change in the next six months.",
   "Kind regards,\nConexus Accounts Team"],
  ans={1: "I'd rather one of your staff looked at my figures and decided on the plan, instead of the online "
          "tool. Some of my costs don't fit its boxes (I pay my daughter's travel to college).",
       3: "£25 is still what I can manage.",
       4: "My hours go up in September, so I could review it then."})

S("iaj-U25", "conexus", L(),
  "The customer confirms each detail of the payment plan Conexus set out, answering 'yes' under each line: a "
  "satisfied confirmation, not a complaint.",
  ("Desmond", "Achterberg", "des.achterberg@gmail.com", "desmond.achterberg@outlook.com"), "c_coll",
  "Confirming your payment plan - ref CX-1150938", (2026, 2, 12, 13, 14),
  ["Dear Mr Achterberg,",
   "Thank you for agreeing a payment plan with us. Please check the details below and confirm they are correct.",
   "Amount: £35.00 per month",
   "First payment: 1 March 2026",
   "Method: standing order to the account shown on your letter",
   "Balance after the plan: nil, as agreed, once 18 payments have been made",
   "Kind regards,\nRomilly Adeyemi\nAccounts Team, Conexus"],
  ans={2: "Yes, correct.", 3: "Yes.", 4: "Yes - set up this morning.",
       5: "Yes, that's what we agreed. Thank you for being so helpful on the phone."})

S("iaj-U26", "conexus", L(),
  "Answers to Conexus's support-needs questions give contact preferences and thanks, with nothing wrong and no "
  "data right asked: not a complaint, no rights.",
  ("Philippa", "Nakamura-Reid", "pip.nakamurareid@gmail.com", "philippa.nr@icloud.com"), "c_cr",
  "How we can support you - ref CX-7702451", (2026, 1, 16, 15, 55),
  ["Dear Ms Nakamura-Reid,",
   "You mentioned on the phone that some ways of contacting you are difficult at the moment. We would like to "
   "get this right for you.",
   "How would you prefer us to contact you?",
   "Are there times of day that are better or worse?",
   "Is there anything that would make our letters easier to read?",
   "Kind regards,\nGwen Pattinson\nCustomer Relations, Conexus"],
  ans={2: "Email please - phone calls are hard for me while I'm having treatment.",
       3: "Afternoons are best.",
       4: "A larger font would help. Thank you for asking, it makes a real difference."})

S("iaj-U27", "conexus", L(c=True, pd=True, r="informed,restriction", cat="personal_data"),
  "Inside Conexus's letter announcing that it traced her new address, the debtor demands to know where the address "
  "came from and on what basis, and that it not be used meanwhile: an implicit complaint about data obtained "
  "unexpectedly, with informed and restriction.",
  ("Wilhelmina", "Strachan", "willa.strachan@gmail.com", "w.strachan@hotmail.com"), "c_coll",
  "We have updated your address - ref CX-6604318", (2026, 3, 3, 9, 12),
  ["Dear Ms Strachan,",
   "We have been unable to reach you at your previous address. Following a trace, we have updated our records with "
   "your current address, shown above.",
   "Please contact us within 14 days to discuss the balance of £2,046.90 owed to Beacon Home Finance.",
   "Yours sincerely,\nConexus Accounts Team"],
  ans={1: "I gave this address to nobody but my employer and my GP. Who did you get it from, which tracing agency, "
          "and what gives you the right to hunt for it? I am not happy about this at all.",
       2: "Until you have answered that, do not use this address for anything - no letters, no visits."})

S("iaj-U28", "conexus", L(c=True, cat="fees_charges"),
  "Inside Conexus's complaint response upholding a trace fee, the debtor disputes each reason and asks for the fee "
  "to be refunded, never calling it a complaint herself: implicit, fees_charges (a fee Conexus added).",
  ("Rhiannon", "Vasquez-Lowe", "rhiannon.vl@gmail.com", "rvasquezlowe@outlook.com"), "c_compl",
  "Our response to your complaint CXC-41802", (2026, 3, 13, 11, 0),
  ["Dear Miss Vasquez-Lowe,",
   "Thank you for contacting us about the £45 trace fee added to your account.",
   "The fee was added because post sent to your last known address was returned and we needed to locate you.",
   "Our terms allow us to recover reasonable costs of tracing, and these terms are set out on our website.",
   "I am therefore unable to remove the fee.",
   "Yours sincerely,\nHamish Delacroix\nComplaints Team, Conexus"],
  ans={2: "Post was returned because you had my flat number wrong. I never moved.",
       3: "I never agreed to your website's terms - I have no contract with you at all.",
       4: "Your mistake, your cost. Take the £45 off and send me a corrected balance."})

S("iaj-U29", "conexus", L(r="objection", tp=True),
  "A daughter holding lasting power of attorney answers Conexus's questions for her father and, inside the quote, "
  "objects to his details being used for marketing, calmly: third party with objection, not a complaint.",
  ("Gillian", "Haverstock", "gill.haverstock@gmail.com", "gillian.haverstock@btinternet.com"), "c_cr",
  "Acting for Mr Ronald Haverstock - ref CX-3307769", (2026, 2, 6, 10, 48),
  ["Dear Mrs Haverstock,",
   "Thank you for letting us know that you help your father manage his affairs. So that we can speak to you about "
   "his account, please confirm:",
   "1. Whether you hold a lasting power of attorney for property and financial affairs.",
   "2. Your father's current address.",
   "3. How you would like us to contact you.",
   "4. Anything else we should know.",
   "Kind regards,\nIfeoma Blackwood\nCustomer Relations, Conexus"],
  ans={2: "Yes, registered in 2024 - a copy is attached.",
       3: "Birchfield Care Home, Lower Quay Road, Fareham PO16 0RA.",
       4: "Email to me, please, rather than letters to Dad.",
       5: "He gets leaflets from your partner debt-advice firms. Please don't use his details for any marketing of "
          "any kind from now on."})

S("iaj-U30", "conexus", L(c=True, ex=True, cat="wait_time"),
  "Under each point of Conexus's response about phone waits the customer gives his own hold times and says his "
  "complaint still stands: explicit in his own words inside the quote, wait_time.",
  ("Lucjan", "Kowalewski", "lucjan.kowalewski@gmail.com", "l.kowalewski@wp.pl"), "c_compl",
  "Response to your concerns about our phone lines", (2026, 3, 20, 14, 20),
  ["Dear Mr Kowalewski,",
   "Thank you for your email about the time it took to get through to us.",
   "Our records show that in February our average answer time was under four minutes.",
   "We offer a call-back service if you leave a message outside busy times.",
   "I hope this reassures you.",
   "Yours sincerely,\nConexus Customer Relations"],
  ans={2: "Not for me. 48 minutes on 3 February, 52 minutes on 10 February, and cut off after 35 minutes on the "
          "17th.",
       3: "I left two messages. Nobody called back.",
       4: "No. My complaint still stands - I want someone to ring me at an agreed time this week, and an answer "
          "about why nobody called back."})

# ---- group C, PEXA (the whole message above an untouched quote) ----------------------------------------------

S("iaj-C01", "pexa", L(),
  "'Received, thank you' above PEXA's final response, which itself sets out the complaint: label the new text only; "
  "an acknowledgement, not a complaint.",
  ("Hugo", "Blackwood-Tate", "hugo.blackwoodtate@kestrelbs.co.uk", "h.blackwood-tate@kestrelbs.co.uk"), "p_compl",
  "Final response - complaint PX-C-20655", (2026, 2, 20, 12, 0),
  ["Dear Mr Blackwood-Tate,",
   "This is our final response to your complaint of 14 January that Kestrel Building Society was charged the "
   "per-workspace fee twice on 23 workspaces in December.",
   "We have found that a billing rule change on 1 December caused the duplicate charges. I uphold your complaint "
   "and a credit note for £598.00 has been issued against invoice INV-87105.",
   "If you are not satisfied with this response you may ask for a review within eight weeks.",
   "Yours sincerely,\nNadia Brennan\nCustomer Resolution Specialist, PEXA"],
  top="Received, thank you.")

S("iaj-C02", "pexa", L(),
  "A thank-you saying all is sorted, above PEXA's reply which quotes the sender's own earlier complaint: the "
  "complaint is only in the quoted history (guide rule 5), so not a complaint.",
  ("Saoirse", "Lindqvist", "saoirse.lindqvist@quayhousellp.co.uk", "s.lindqvist@quayhousellp.co.uk"), "p_support",
  "RE: Complaint - settlement stuck in workspace 39-50712", (2026, 3, 11, 10, 30),
  ["Dear Ms Lindqvist,",
   "I'm sorry for the trouble this morning. A stuck message between PEXA and the paying bank held the settlement. "
   "We released it at 10.12 and the funds have now reached the seller's lender.",
   "Please let me know if anything else is outstanding.",
   "Kind regards,\nMarcus Ellery\nCustomer Support, PEXA"],
  older=("Saoirse Lindqvist", "saoirse.lindqvist@quayhousellp.co.uk", (2026, 3, 11, 9, 2),
         "I want to complain about workspace 39-50712. Settlement was due at 9am, funds have gone and nothing has "
         "moved. Our clients are sitting on the pavement with a removal van. Please fix this now."),
  top="Thanks Marcus - all sorted now, keys have been released.")

S("iaj-C03", "pexa", L(),
  "'Attached as requested' above PEXA's request for onboarding documents: a document sent as asked, not a "
  "complaint.",
  ("Percival", "Ndiaye", "percival.ndiaye@ashdownconvey.co.uk", "p.ndiaye@ashdownconvey.co.uk"), "p_onb",
  "Registration 88-ONB-3391 - documents needed", (2026, 1, 27, 15, 5),
  ["Dear Mr Ndiaye,",
   "To complete your firm's registration we need a copy of your current professional indemnity insurance "
   "certificate and a signed subscriber agreement.",
   "Please reply to this email with both documents attached.",
   "Best wishes,\nTomasz Wierzbicki\nOnboarding Coordinator, PEXA"],
  top="Attached as requested - PI certificate and the signed agreement.")

S("iaj-C04", "pexa", L(r="rectification"),
  "A new direct line given above PEXA's letter with a request to update the contact record: a neutral request to "
  "correct his details (rectification), not a complaint.",
  ("Anwen", "Castellanos", "anwen.castellanos@priorygatelaw.co.uk", "a.castellanos@priorygatelaw.co.uk"),
  "p_acct", "Your quarterly account review", (2026, 2, 4, 9, 0),
  ["Dear Ms Castellanos,",
   "It's time for our quarterly account review. I'd like to go through your firm's workspace volumes and any "
   "training needs. I'll call you next week to arrange a time.",
   "Best regards,\nIsla Brannigan\nAccount Manager, PEXA"],
  top="My direct line has changed to 0117 496 0832 - please update my contact record before you ring.")

S("iaj-C05", "pexa", L(),
  "A date for the call offered above PEXA's letter asking when to discuss the complaint: a reply arranging a call, "
  "no dissatisfaction in the new text, not a complaint.",
  ("Tobias", "Okwuosa", "tobias.okwuosa@fenchurchpartners.co.uk", "t.okwuosa@fenchurchpartners.co.uk"), "p_compl",
  "Your complaint PX-C-21240 - can we talk?", (2026, 3, 17, 11, 25),
  ["Dear Mr Okwuosa,",
   "Thank you for your complaint about the training course cancellations. Before I reply in writing I would like "
   "to talk it through with you. Could you let me know a time this week that suits you?",
   "Kind regards,\nRuth Okafor\nCustomer Resolution, PEXA"],
  top="Thursday at 2pm works for me, on 020 7946 0215.")

S("iaj-C06", "pexa", L(c=True, cat="delay"),
  "A short chaser above the sender's own earlier neutral query, three weeks unanswered with a deadline: a 'still "
  "waiting' chaser is an implicit complaint about delay (guide rule 6).",
  ("Marisol", "Pendergast", "marisol.pendergast@wrenfieldlaw.co.uk", "m.pendergast@wrenfieldlaw.co.uk"),
  ("Marisol Pendergast", "marisol.pendergast@wrenfieldlaw.co.uk"),
  "Lodgement query - title DN772104", (2026, 2, 23, 14, 18),
  ["Hello,",
   "Could you tell us whether the discharge for title DN772104 was lodged electronically through the workspace or "
   "whether the lender sent a paper DS1? Workspace 58-11903.",
   "Thanks,\nMarisol Pendergast\nWrenfield Law"],
  to=("PEXA Customer Support", "support@pexa.co.uk"),
  top="Still no answer to this after three weeks. We have a requisition deadline on Friday - can someone please "
      "reply today?")

S("iaj-C07", "pexa", L(c=True, cat="platform_defect"),
  "A one-line 'still not fixed, same error this morning' above PEXA's message saying the fault was resolved: "
  "dissatisfaction with a fix expected, an implicit complaint about a platform fault.",
  ("Kieran", "Mbatha", "kieran.mbatha@redcliffeconvey.co.uk", "k.mbatha@redcliffeconvey.co.uk"), "p_support",
  "Upload error resolved [Case 4479215]", (2026, 3, 16, 17, 40),
  ["Hi Kieran,",
   "Good news - our engineers have deployed a fix for the 'document upload failed' error you reported. You should "
   "now be able to upload PDFs to your workspaces as normal.",
   "Thanks for your patience,\nJonah Pretorius\nCustomer Support, PEXA"],
  top="Still not fixed. Same upload error again this morning on workspace 44-12093, and we settle tomorrow.")

S("iaj-C08", "pexa", L(c=True, ex=True, cat="delay"),
  "A chaser above PEXA's acknowledgement: the sender's own words say she raised a complaint and the promised "
  "response is late, so an explicit complaint about delay.",
  ("Yvette", "Harcourt-Ibe", "yvette.harcourt-ibe@millbrookhomeloans.co.uk", "y.harcourtibe@millbrookhomeloans.co.uk"),
  "p_compl", "Acknowledgement - complaint PX-C-20877", (2026, 2, 5, 9, 15),
  ["Dear Ms Harcourt-Ibe,",
   "Thank you for your complaint received on 3 February about failed discharge lodgements. We aim to send you our "
   "response within four weeks.",
   "Yours sincerely,\nPEXA Customer Resolution"],
  top="I made my complaint on 3 February and you promised a response within four weeks. It is now six weeks. When "
      "will I hear?")

S("iaj-C09", "pexa", L(c=True, firm="ols", cat="delay"),
  "A buyer forwards Orchard Lane Solicitors' email moving completion again with one line asking PEXA to do "
  "something: a complaint purely about the participant firm, so ols, delay.",
  ("Dominika", "Whitlock", "dominika.whitlock@gmail.com", "d.whitlock@outlook.com"),
  ("Jeremy Fanshawe (Orchard Lane Solicitors)", "j.fanshawe@orchardlanesolicitors.co.uk"),
  "14 Heron Wharf - completion date", (2026, 3, 12, 16, 50),
  ["Dear Dominika,",
   "I am afraid we will not be able to complete on Friday as planned. We are still waiting for some paperwork and "
   "now expect completion to take place on 27 March.",
   "Kind regards,\nJeremy Fanshawe\nOrchard Lane Solicitors"],
  top="Third time Orchard Lane have moved our completion. Can you make them get on with it?", fwd=True)

S("iaj-C10", "pexa", L(c=True, cat="fees_charges"),
  "A finance officer forwards her colleague's note about a fee charged twice, asking PEXA to credit it: she adopts "
  "the grievance and asks for a remedy, so an implicit complaint about a platform fee (PEXA, not a firm, is "
  "blamed).",
  ("Georgina", "Ellwood", "georgina.ellwood@castlegateconvey.co.uk", "g.ellwood@castlegateconvey.co.uk"),
  ("Tom Radley", "tom.radley@castlegateconvey.co.uk"),
  "PEXA invoice INV-88960", (2026, 3, 4, 8, 45),
  ["Georgina,",
   "PEXA have billed the settlement fee twice on workspace 55-20318 (lines 14 and 15 of the attached). Same date, "
   "same amount, £28.50 each.",
   "Tom"],
  top="Forwarding from Tom, see below - please credit the duplicate fee on INV-88960.", fwd=True)

S("iaj-C11", "pexa", L(),
  "'Received, we'll review and come back to you' above PEXA's statement of findings about an incident: a holding "
  "acknowledgement with no dissatisfaction, not a complaint.",
  ("Ibrahim", "Castleford", "ibrahim.castleford@southwoldlegal.co.uk", "i.castleford@southwoldlegal.co.uk"),
  "p_support", "Findings - settlement delay on 2 March [Case 4478001]", (2026, 3, 9, 13, 5),
  ["Dear Mr Castleford,",
   "We have completed our review of the settlement delay in workspace 63-40912 on 2 March. The delay was caused by "
   "a late confirmation from the paying bank, not by the PEXA platform. Our logs show the workspace was ready to "
   "settle at 10.02 and the bank's confirmation arrived at 13.47.",
   "We have shared the timeline with the bank concerned.",
   "Kind regards,\nAshok Varma\nCustomer Support, PEXA"],
  top="Received, thanks. We'll review this internally and come back to you if we have questions.")

S("iaj-C12", "pexa", L(r="access"),
  "A request above PEXA's account-closure letter for a copy of the personal data held about him: access, made "
  "without dissatisfaction, not a complaint.",
  ("Lysander", "Obi-Wright", "lysander.obiwright@gmail.com", "l.obi-wright@protonmail.com"), "p_acct",
  "Your PEXA user account has been closed", (2026, 2, 13, 10, 0),
  ["Dear Mr Obi-Wright,",
   "As requested by your former employer, Greenholme Solicitors, your PEXA user account has now been closed. You "
   "will no longer be able to sign in.",
   "Kind regards,\nPEXA Account Management"],
  top="Fine. Before you archive it, please send me a copy of the personal data you hold about me.")

S("iaj-C13", "pexa", L(br=True),
  "A note above PEXA's email that the attached statement belongs to another firm's client and has been deleted: a "
  "breach reported without grievance or remedy asked, so breach=true, not a complaint.",
  ("Noor", "Falconer", "noor.falconer@ravenscroftlaw.co.uk", "n.falconer@ravenscroftlaw.co.uk"), "p_support",
  "Settlement statement - workspace 49-77620", (2026, 3, 19, 11, 42),
  ["Hi Noor,",
   "As requested, please find attached the settlement statement for workspace 49-77620.",
   "Kind regards,\nLeah Dunmore\nCustomer Support, PEXA"],
  top="The statement attached to this isn't ours - it's another firm's client, with her name, address and bank "
      "details on it. We've deleted it. Could you resend the right one for 49-77620?")

S("iaj-C14", "pexa", L(),
  "A thank-you for a training session above PEXA's follow-up: praise, not a complaint.",
  ("Crispin", "Adebayo", "crispin.adebayo@hollinsreeve.co.uk", "c.adebayo@hollinsreeve.co.uk"), "p_train",
  "Slides from yesterday's new-user session", (2026, 1, 29, 9, 30),
  ["Hi Crispin,",
   "Thanks for attending yesterday's new-user session. The slides and the recording are attached.",
   "Best,\nEleanor Quist\nTraining Team, PEXA"],
  top="Thanks Eleanor, the session was really useful - the team feel much more confident now.")

S("iaj-C15", "pexa", L(r="objection"),
  "A reply above PEXA's product-news email objecting to further marketing: objection, no grievance, not a "
  "complaint (a person's reply, so not auto-generated).",
  ("Morwenna", "Iqbal", "morwenna.iqbal@trelissickconvey.co.uk", "m.iqbal@trelissickconvey.co.uk"), "p_news",
  "New in PEXA this month: bulk discharge view", (2026, 2, 25, 7, 0),
  ["Hello Morwenna,",
   "This month we've launched the bulk discharge view, making it easier to manage many redemptions at once. Book a "
   "demo with your account manager to find out more.",
   "The PEXA Product Team"],
  top="Please take me off these product marketing emails - I don't want my address used for marketing. Service "
      "emails are fine.")

# ---- group C, Conexus ----------------------------------------------------------------------------------------

S("iaj-C16", "conexus", L(),
  "'Received, thank you' above Conexus's final response (not upheld): an acknowledgement with no dissatisfaction in "
  "the new text; the complaint is only in the firm's quoted letter, so not a complaint.",
  ("Ambrose", "Kilbride", "ambrose.kilbride@gmail.com", "a.kilbride@yahoo.co.uk"), "c_compl",
  "Final response - complaint CXC-40391", (2026, 2, 27, 15, 0),
  ["Dear Mr Kilbride,",
   "This is our final response to your complaint of 9 January that our letters did not show the original "
   "creditor's name.",
   "Our letters of 12 December and 3 January both named Pennant Mobile as the original creditor. I have therefore "
   "not upheld your complaint.",
   "If you remain dissatisfied you may refer your complaint to the Financial Ombudsman Service within six months.",
   "Yours sincerely,\nAlistair Penrose-Kaye\nComplaints Officer, Conexus"],
  top="Received, thank you.")

S("iaj-C17", "conexus", L(),
  "'That's all sorted now, thanks' above Conexus's reply quoting the sender's own earlier complaint email: thanks "
  "for a resolved matter, the complaint only in the quote (guide rule 5), not a complaint.",
  ("Oonagh", "Featherby", "oonagh.featherby@gmail.com", "ofeatherby@hotmail.co.uk"), "c_cr",
  "RE: Complaint - payment not showing", (2026, 3, 6, 12, 40),
  ["Dear Ms Featherby,",
   "I'm sorry about this. Your payment of £60 on 2 March was received but allocated to the wrong account. I have "
   "moved it to your account and your balance now shows correctly.",
   "Kind regards,\nNiamh Costigan\nCustomer Relations, Conexus"],
  older=("Oonagh Featherby", "oonagh.featherby@gmail.com", (2026, 3, 5, 19, 15),
         "I am making a complaint. I paid £60 on 2 March and your letter today says I've missed a payment and "
         "threatens further action. I have the bank receipt. Sort this out please."),
  top="That's all sorted now, thanks Niamh. Balance looks right.")

S("iaj-C18", "conexus", L(),
  "'Payslips attached as requested' above Conexus's request for evidence: a document sent as asked, not a "
  "complaint.",
  ("Reuben", "Ashcombe", "reuben.ashcombe@gmail.com", "r.ashcombe@outlook.com"), "c_coll",
  "Evidence for your payment plan - ref CX-5530619", (2026, 2, 10, 11, 5),
  ["Dear Mr Ashcombe,",
   "To consider the reduced plan you proposed, please send us your last two payslips and a recent bank statement.",
   "Kind regards,\nJade Whitfield\nAccounts Team, Conexus"],
  top="Payslips and bank statement attached as requested.")

S("iaj-C19", "conexus", L(r="rectification"),
  "A new mobile number given above Conexus's letter, to be used from now on: a neutral update of her record "
  "(rectification, like a new address), not a complaint.",
  ("Delphine", "Ogunleye", "delphine.ogunleye@gmail.com", "d.ogunleye@icloud.com"), "c_coll",
  "Your account - ref CX-2209384", (2026, 1, 19, 10, 20),
  ["Dear Ms Ogunleye,",
   "We tried to call you on 07700 900215 but the number is no longer in use. Please contact us to discuss your "
   "account.",
   "Yours sincerely,\nConexus Accounts Team"],
  top="My number has changed, it's now 07700 900583. Please use that one from now on.")

S("iaj-C20", "conexus", L(),
  "A time for the call offered above Conexus's letter asking to discuss the complaint: arranging a call, no new "
  "dissatisfaction, not a complaint.",
  ("Fergus", "Amankwah", "fergus.amankwah@gmail.com", "f.amankwah@btinternet.com"), "c_compl",
  "Your complaint CXC-41566", (2026, 3, 18, 9, 50),
  ["Dear Mr Amankwah,",
   "I am looking into your complaint about the letter sent to your workplace. I would like to discuss it with you "
   "by phone. Please let me know when is convenient.",
   "Yours sincerely,\nHamish Delacroix\nComplaints Team, Conexus"],
  top="Thursday morning is fine, any time after 10.")

S("iaj-C21", "conexus", L(c=True, ex=True, cat="delay"),
  "A chaser above Conexus's acknowledgement: the sender says it is nine weeks since her complaint with no final "
  "response, so an explicit complaint about delay.",
  ("Euphemia", "Brackenbury", "effie.brackenbury@gmail.com", "e.brackenbury@outlook.com"), "c_compl",
  "Acknowledgement - complaint CXC-39720", (2026, 1, 12, 9, 0),
  ["Dear Mrs Brackenbury,",
   "Thank you for your complaint about the charges added to your account. We will investigate and aim to send you "
   "our final response within eight weeks.",
   "Yours sincerely,\nConexus Complaints"],
  top="Nine weeks since my complaint and still no final response. Please tell me when I will get one.")

S("iaj-C22", "conexus", L(c=True, cat="fees_charges"),
  "'You've done it again' about a new £15 charge above Conexus's email saying the fee was removed: a continuing "
  "grievance with a fix expected, an implicit complaint about fees (the firm's quoted 'complaint' is not hers).",
  ("Tabitha", "Oyenuga", "tabitha.oyenuga@gmail.com", "t.oyenuga@yahoo.com"), "c_cr",
  "Your complaint about the admin fee - resolved", (2026, 2, 16, 14, 30),
  ["Dear Ms Oyenuga,",
   "Further to your complaint, I can confirm that the £15 administration fee added on 2 February has been removed "
   "and will not be charged again.",
   "Kind regards,\nOwain Rhys-Doherty\nCustomer Relations, Conexus"],
  top="You've done it again - another £15 admin fee on this month's statement. Take it off.")

S("iaj-C23", "conexus", L(c=True, pd=True, br=True, cat="personal_data"),
  "The debtor forwards her neighbour's message that a Conexus letter about her account went next door again, "
  "asking that it not happen again: an implicit complaint about disclosure (personal_data, breach).",
  ("Henrietta", "Mwangi", "henrietta.mwangi@gmail.com", "hen.mwangi@hotmail.com"),
  ("Pauline Scarisbrick", "pauline.scarisbrick@talktalk.net"),
  "Your post", (2026, 3, 14, 18, 5),
  ["Hi Henrietta,",
   "Another letter for you from Conexus came through my door today, the envelope was torn and I could see your "
   "name and a balance. I've put it through your letterbox.",
   "Pauline (no. 16)"],
  top="From my neighbour. That's the second letter about my account to go to no. 16. Make sure it doesn't happen "
      "again.", fwd=True)

S("iaj-C24", "conexus", L(tp=True),
  "A money adviser forwards her client's message with a one-line request for a 30-day hold: written for the "
  "client, so third_party; a service request with no grievance, not a complaint, and a collections hold is not a "
  "data right.",
  ("Constance", "Umeh", "constance.umeh@stepchangeadvice.org.uk", "c.umeh@stepchangeadvice.org.uk"),
  ("Gavin Tolley", "gavin.tolley77@gmail.com"),
  "Conexus letter", (2026, 2, 2, 20, 12),
  ["Hi Constance,",
   "Got another letter from Conexus today about the Heathcote card, ref CX-4481207. Can you deal with them for me? "
   "I've signed the authority form.",
   "Gavin"],
  top="Forwarding my client Mr Tolley's message below. Please hold the account for 30 days while we prepare a "
      "budget; authority attached.", fwd=True)

S("iaj-C25", "conexus", L(r="erasure"),
  "A request above Conexus's paid-in-full letter to delete his details now the balance is cleared: erasure, made "
  "without dissatisfaction, not a complaint.",
  ("Montgomery", "Osei", "monty.osei@gmail.com", "m.osei@outlook.com"), "c_coll",
  "Account closed - paid in full - ref CX-1873406", (2026, 3, 2, 10, 0),
  ["Dear Mr Osei,",
   "We are pleased to confirm that the balance on your account has been paid in full and the account is now "
   "closed. We have told our client, Lumen Water, that the account is settled.",
   "Yours sincerely,\nConexus Accounts Team"],
  top="Thanks. Now that it's cleared, please delete my personal details from your systems.")

S("iaj-C26", "conexus", L(r="access"),
  "'Thanks, received' above Conexus's final response, adding a request for recordings of his calls: access, "
  "with no dissatisfaction in the new text, not a complaint.",
  ("Leopold", "Nwachukwu", "leo.nwachukwu@gmail.com", "l.nwachukwu@icloud.com"), "c_compl",
  "Final response - complaint CXC-40955", (2026, 3, 9, 16, 15),
  ["Dear Mr Nwachukwu,",
   "This is our final response to your complaint that our agent was abrupt with you on 11 February.",
   "I have listened to the call and I agree that the agent's tone fell short of our standards. I have upheld your "
   "complaint, and the agent has received feedback. As a gesture of goodwill we have credited £25 to your account.",
   "Yours sincerely,\nConexus Complaints"],
  top="Thanks, received. Could you also send me copies of the recordings of my calls with you in February?")

S("iaj-C27", "conexus", L(c=True, firm="pmt", cat="debt_dispute"),
  "Above Conexus's letter the debtor says Pennant never applied his cancellation and asks for it to be passed to "
  "them: the creditor's own billing is the root cause only Pennant can fix, so pmt, debt dispute, implicit.",
  ("Alasdair", "Bhattacharya", "alasdair.b@gmail.com", "a.bhattacharya@hotmail.co.uk"), "c_coll",
  "Pennant Mobile balance - ref CX-6170552", (2026, 2, 18, 13, 45),
  ["Dear Mr Bhattacharya,",
   "We have been instructed by Pennant Mobile to collect an outstanding balance of £214.37. Please pay the balance "
   "or contact us to arrange a plan.",
   "Yours sincerely,\nConexus Accounts Team"],
  top="This is Pennant's mistake, not yours - they never processed my cancellation in October and billed me for "
      "three more months. Please pass this to them, I'm not paying it.")

S("iaj-C28", "conexus", L(),
  "A thank-you above Conexus's letter confirming the plan: praise, not a complaint.",
  ("Winifred", "Asante", "winnie.asante@gmail.com", "w.asante@btinternet.com"), "c_coll",
  "Your payment plan is set up - ref CX-3318840", (2026, 1, 23, 11, 30),
  ["Dear Mrs Asante,",
   "Your plan of £20 a month is now in place, starting on 5 February. We will write to you every six months with "
   "an update on your balance.",
   "Kind regards,\nRomilly Adeyemi\nAccounts Team, Conexus"],
  top="Thank you for your help, much appreciated.")

S("iaj-C29", "conexus", L(tp=True),
  "A son's thank-you above Conexus's letter to his father, saying Dad is happy with the plan: written on his "
  "father's behalf, so third_party, but thanks only, not a complaint.",
  ("Barnaby", "Ekwueme", "barnaby.ekwueme@gmail.com", "b.ekwueme@outlook.com"), "c_cr",
  "Mr Cyril Ekwueme - revised plan", (2026, 3, 11, 10, 5),
  ["Dear Mr Ekwueme,",
   "Following our conversation, we have reduced your father's plan to £10 a month and frozen interest and charges "
   "for twelve months.",
   "Kind regards,\nIfeoma Blackwood\nCustomer Relations, Conexus"],
  top="Thank you. Dad has the letter and is very relieved - he's happy with the plan.")

S("iaj-C30", "conexus", L(c=True, ex=True, cat="collection_conduct"),
  "A short formal complaint above Conexus's visit letter about the agent's conduct at the door, asking for a call: "
  "the sender's own words say complaint, so explicit, collection conduct.",
  ("Seraphina", "Doyle-Mensah", "seraphina.dm@gmail.com", "s.doylemensah@icloud.com"), "c_coll",
  "Home visit - ref CX-7045126", (2026, 3, 20, 8, 30),
  ["Dear Ms Doyle-Mensah,",
   "As we have been unable to reach you, one of our field agents will call at your home in the next 14 days to "
   "discuss your account.",
   "Yours sincerely,\nConexus Accounts Team"],
  top="I want to make a formal complaint about the agent who came yesterday - he wouldn't leave my doorstep and "
      "shouted in front of my children. Call me today on 07700 900914.")

# ---- end of scenarios


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=errors)


if __name__ == "__main__":
    sys.exit(main())
