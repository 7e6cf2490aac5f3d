#!/usr/bin/env python3
"""Judge set: replies whose sender types the answers INSIDE the quoted mail they reply to (stdlib only).

60 scenarios (30 pexa, 30 conexus), each rendered twice with different envelopes (120 emails):
  A (30): answers inside the quoted original, and a few words on top that say so;
  U (14): the same kind of reply with nothing on top but a greeting / sign-off (or nothing at all);
  C (16): controls that write their message ABOVE the quote in the ordinary way (the quote is untouched).

Every label is decided from what the sender wrote, wherever they typed it (top text, answers inside the quote,
their own subject); the firm's words in the quote are context only. A complaint is `explicit` exactly when the
sender's own words say "complain". labelled_mail.record_errors looks for that word only above the quote
(new_text), so `errors` below drops that one check for the records where new_text and the sender's own words
disagree, and applies the own-words check instead (see OWN_TEXT).

Layouts: OB Outlook plain "From:/Sent:/To:/Subject:" block; OM "-----Original Message-----"; GT "On ... wrote:" with
"> " marks; OW "On ... wrote:" with the original unmarked; HB HTML webmail <blockquote>; HD HTML Outlook reply <div>;
FW (controls only) a plain "Forwarded message" block.
Answer marks: colour (HTML only), caps, initials, none.

Usage: cd /work/main && .venv/bin/python data/make/make_inline_answer_judge_b.py
"""
import collections
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (escape_html, new_text, record_errors, run_generator,  # noqa: E402
                           short_labels)

SEED = 20280614
PREFIX = "iab"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "inline_answer_judge_b.jsonl")

LAYOUTS = ("OB", "OM", "GT", "OW", "HB", "HD", "FW")
LAYOUT_NAMES = {"OB": "plain Outlook From/Sent block", "OM": "plain -----Original Message-----",
                "GT": "On ... wrote: with >", "OW": "On ... wrote: without >", "HB": "HTML blockquote",
                "HD": "HTML Outlook reply div", "FW": "plain forwarded-message block"}
COLOURS = {"red": ("#C00000", "span"), "blue": ("blue", "font"), "purple": ("#7030A0", "span"),
           "green": ("#00B050", "span"), "darkblue": ("#1F3864", "span"), "orange": ("#ED7D31", "font")}
COLOUR_WORDS = {"red": "red", "blue": "blue", "purple": "purple", "green": "green", "darkblue": "dark blue",
                "orange": "orange"}

#: (record source, envelope) -> the sender's own words: top text, every inline answer, and the subject when the
#: sender wrote it (a copied "Re:" subject is the firm's words)
OWN_TEXT = {}
#: per record: (group, layout, marking); filled by render, read by summary
ENV_INFO = {}

SCENARIOS = []


def S(sid, mb, **kw):
    """Register one scenario. Keys: who=(display, addr) x2 list `senders`, `ini` initials, `firm`=(display, addr),
    `date` "YYYY-MM-DD HH:MM", `subj`, `segs` (the quoted mail's paragraphs), `ans` {segment index: answer},
    `tops` (two top texts, A's may hold {how}), `envs` two "LAYOUT/mark" codes, `lab`, `note`, optional
    `own_subj` (the sender's own new subject for both copies), `fwd` (forward, controls), `author` (quoted mail
    written by someone other than the firm), `headers` (two header dicts)."""
    kw["sid"] = sid
    kw["mb"] = mb
    kw["grp"] = sid.split("-")[1][0]
    SCENARIOS.append(kw)


# ---------------------------------------------------------------------------------------------
# rendering

def fmt_date(d, style):
    dt = datetime.datetime.strptime(d, "%Y-%m-%d %H:%M")
    if style == "outlook":
        return dt.strftime("%A, ") + str(dt.day) + dt.strftime(" %B %Y %H:%M")
    if style == "outlook_us":
        h = dt.hour % 12 or 12
        return dt.strftime("%A, %B ") + str(dt.day) + dt.strftime(", %Y ") + f"{h}:{dt.minute:02d} " + \
            ("PM" if dt.hour >= 12 else "AM")
    if style == "gmail":
        return dt.strftime("%a, ") + str(dt.day) + dt.strftime(" %b %Y at %H:%M")
    if style == "short":
        return dt.strftime("%d/%m/%Y %H:%M")
    return dt.strftime("%d %b %Y, at %H:%M").lstrip("0")


def how_phrase(mark, ini, k):
    if mark in COLOURS:
        return " in " + COLOUR_WORDS[mark]
    if mark == "caps":
        return (" in capitals", " in CAPS", " in block capitals", " in upper case")[k % 4]
    if mark == "init":
        return (f" marked [{ini}]", f", each starting '{ini}:'", f" with my initials in front")[k % 3]
    return ""


def init_tag(ini, k):
    return (f"[{ini}]", f"{ini}:", f"{ini} -")[k % 3]


def mark_answer(text, mark, ini, k):
    """The answer text as typed (caps / initials); colour is applied by the HTML renderers."""
    if mark == "caps":
        return text.upper()
    if mark == "init":
        return init_tag(ini, k) + " " + text
    return text


def html_text(s):
    return escape_html(s).replace("\n", "<br>\n")


def colour_wrap(h, mark):
    if mark not in COLOURS:
        return h
    code, tag = COLOURS[mark]
    if tag == "font":
        return f'<font color="{code}">{h}</font>'
    return f'<span style="color:{code}">{h}</span>'


def render(sc, e, rng):
    layout, mark = sc["envs"][e].split("/")
    name, addr = sc["senders"][e]
    ini = sc.get("ini", "".join(w[0] for w in name.split()[:2]).upper())
    k = len(sc["sid"]) + int(sc["sid"][-2:]) + e
    grp = sc["grp"]
    if sc.get("author") == "self":  # the sender's own earlier mail to the firm
        (fname, faddr), (to_name, to_addr) = (name, addr), sc["firm"]
    else:  # the firm's mail, or someone else's mail forwarded, addressed to the sender
        (fname, faddr), (to_name, to_addr) = sc.get("author", sc["firm"]), (name, addr)
    # top text
    top = sc["tops"][e] if len(sc["tops"]) > 1 else sc["tops"][0]
    top = top.replace("{how}", how_phrase(mark, ini, k)).replace("{name}", name.split()[0])
    # answers as typed
    answers = {i: mark_answer(t, mark, ini, k) for i, t in sc.get("ans", {}).items()}
    segs = sc["segs"]
    outlookish = layout in ("OB", "OM", "HD")
    if sc.get("own_subj"):
        subject = sc["own_subj"][e] if isinstance(sc["own_subj"], list) else sc["own_subj"]
    elif sc.get("fwd"):
        subject = ("FW: " if outlookish else "Fwd: ") + sc["subj"]
    else:
        subject = ("RE: " if outlookish else "Re: ") + sc["subj"]
    own = [top] + [answers[i] for i in sorted(answers)]
    if sc.get("own_subj"):
        own.append(subject)
    html = layout in ("HB", "HD")
    if html:
        body = render_html(layout, top, segs, answers, mark, fname, faddr, to_name, to_addr, sc, k)
    else:
        body = render_plain(layout, top, segs, answers, fname, faddr, to_name, to_addr, sc, k)
    OWN_TEXT[(sc["sid"], f"{layout}/{mark}/{e}")] = "\n".join(own)
    ENV_INFO[(sc["sid"], f"{layout}/{mark}/{e}")] = (grp, layout, "n/a" if grp == "C" else
                                                     ("colour" if mark in COLOURS else mark))
    headers = dict(sc["headers"][e]) if sc.get("headers") else {}
    return {"id": None, "mailbox": sc["mb"], "from": f"{name} <{addr}>", "subject": subject,
            "headers": headers, "body": body, "html": html, "labels": dict(sc["lab"], rights=list(sc["lab"]["rights"])),
            "note": sc["note"], "source": sc["sid"], "train_labels": ["complaint"],
            "_env": f"{sc['sid']}|{layout}/{mark}/{e}"}


def render_plain(layout, top, segs, answers, fname, faddr, to_name, to_addr, sc, k):
    out = []
    if top.strip():
        out.append(top.rstrip() + "\n")
    d = sc["date"]
    if layout == "FW":
        out.append("---------- Forwarded message ---------\n"
                   f"From: {fname} <{faddr}>\nDate: {fmt_date(d, 'gmail')}\nSubject: {sc['subj']}\n"
                   f"To: {to_name} <{to_addr}>")
        layout_q = "plain"
    elif layout == "OB":
        sep = "________________________________\n" if k % 2 else ""
        out.append(f"{sep}From: {fname} <{faddr}>\nSent: {fmt_date(d, 'outlook' if k % 3 else 'outlook_us')}\n"
                   f"To: {to_name} <{to_addr}>\nSubject: {sc['subj']}")
        layout_q = "plain"
    elif layout == "OM":
        out.append(f"-----Original Message-----\nFrom: {fname} <{faddr}>\nSent: {fmt_date(d, 'outlook')}\n"
                   f"To: {to_addr}\nSubject: {sc['subj']}")
        layout_q = "plain"
    elif layout == "GT":
        out.append(f"On {fmt_date(d, 'gmail')}, {fname} <{faddr}> wrote:")
        layout_q = "gt"
    else:  # OW
        out.append(f"On {fmt_date(d, 'short' if k % 2 else 'long')}, {fname} wrote:")
        layout_q = "plain"
    if layout_q == "gt":
        # quoted paragraphs are separated by a bare ">" line, answers stand unquoted between blank lines
        body_q = ""
        for i, s in enumerate(segs):
            body_q += "\n".join(("> " + ln) if ln else ">" for ln in s.split("\n")) + "\n"
            if i in answers:
                body_q += "\n" + answers[i] + "\n\n"
            elif i < len(segs) - 1:
                body_q += ">\n"
        out.append(body_q.rstrip("\n"))
    else:
        parts = []
        for i, s in enumerate(segs):
            parts.append(s)
            if i in answers:
                parts.append(answers[i])
        out.append("\n" + "\n\n".join(parts))
    return "\n".join(out).strip("\n") + "\n"


def render_html(layout, top, segs, answers, mark, fname, faddr, to_name, to_addr, sc, k):
    d = sc["date"]
    if layout == "HB":
        h = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>']
        if top.strip():
            h.append('<div dir="ltr">' + "".join(f"<div>{html_text(p)}</div><div><br></div>"
                                                 for p in top.strip().split("\n\n")) + "</div>")
        h.append('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On '
                 f'{fmt_date(d, "gmail")}, {escape_html(fname)} &lt;<a href="mailto:{faddr}">{faddr}</a>&gt; '
                 'wrote:<br></div>')
        bq = '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid ' \
             'rgb(204,204,204);padding-left:1ex">' if k % 2 else '<blockquote type="cite">'
        h.append(bq)
        for i, s in enumerate(segs):
            h.append(f"<div>{html_text(s)}</div><div><br></div>")
            if i in answers:
                a = colour_wrap(html_text(answers[i]), mark)
                if mark in COLOURS and k % 3 == 0:
                    a = f"<b>{a}</b>"
                h.append(f"<div>{a}</div><div><br></div>")
        h.append("</blockquote></div>")
        h.append("</body></html>")
        return "\n".join(h)
    # HD: Outlook desktop reply
    h = ['<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
         '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
         '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>'
         '</head><body lang="EN-GB" link="#0563C1" vlink="#954F72"><div class="WordSection1">']
    for p in top.strip().split("\n\n") if top.strip() else []:
        h.append(f'<p class="MsoNormal">{html_text(p)}</p><p class="MsoNormal">&nbsp;</p>')
    h.append('<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
             f'<p class="MsoNormal"><b>From:</b> {escape_html(fname)} &lt;{faddr}&gt; <br>'
             f'<b>Sent:</b> {fmt_date(d, "outlook")}<br><b>To:</b> {escape_html(to_name)} &lt;{to_addr}&gt;<br>'
             f'<b>Subject:</b> {escape_html(sc["subj"])}</p></div></div>')
    for i, s in enumerate(segs):
        h.append(f'<p class="MsoNormal">{html_text(s)}</p><p class="MsoNormal">&nbsp;</p>')
        if i in answers:
            a = colour_wrap(html_text(answers[i]), mark)
            if mark in COLOURS:
                a = f"<b>{a}</b>" if k % 2 else a
            h.append(f'<p class="MsoNormal">{a}</p><p class="MsoNormal">&nbsp;</p>')
    h.append("</div></body></html>")
    return "\n".join(h)


# ---------------------------------------------------------------------------------------------
# the check


AFFECTED = []


def errors(rec):
    """record_errors, except where its 'complain above the quote' view and the sender's own words disagree: there
    that one check is dropped and replaced by the own-words check (explicit iff the sender's own words say
    'complain'). The own-words check is applied to every complaint, so a mislabel can never pass."""
    key = (rec["source"], rec["_env"].split("|", 1)[1])
    own = OWN_TEXT[key]
    lab = rec["labels"]
    own_has = "complain" in own.lower()
    checker_has = "complain" in new_text(rec).lower()
    errs = record_errors(rec)
    if own_has != checker_has:
        errs = [x for x in errs if not x.startswith("explicit=")]
        if lab["complaint"]:
            AFFECTED.append(rec["id"])
    if lab["complaint"] and lab["explicit"] != own_has:
        errs.append(f"own words: explicit={lab['explicit']} but 'complain' in sender's words={own_has}")
    return errs


# ---------------------------------------------------------------------------------------------
# scenarios

PEXA_RES = ("PEXA Customer Resolution", "customer.resolution@pexa.co.uk")
PEXA_SUP = ("PEXA Support", "support@pexa.co.uk")
CX_CR = ("Conexus Customer Relations", "customer.relations@conexus.co.uk")
CX_COL = ("Conexus Collections", "collections@conexus.co.uk")

# ---- Group A, pexa ------------------------------------------------------------------------------

S("iab-A01", "pexa",
  senders=[("Rosalind Achterberg", "r.achterberg@tidewellconveyancing.co.uk"),
           ("Rosalind Achterberg | Tidewell", "completions@tidewellconveyancing.co.uk")],
  ini="RA", firm=("Imogen Strand | PEXA Customer Resolution", "customer.resolution@pexa.co.uk"),
  date="2028-03-14 10:02", subj="Our findings - ref PX-C-30418 - 11 Chanter Mews",
  segs=["Dear Ms Achterberg,",
        "Thank you for your patience while we looked into what happened with the settlement for 11 Chanter Mews "
        "on 2 March. I have now completed my investigation into your complaint and set out my findings below.",
        "1. Our logs show the workspace was ready to settle at 13:41. The settlement instruction was not released "
        "until 15:52 because one of the financial line items was edited at 15:37, which restarted the checks.",
        "2. We have found no fault with the settlement engine on that day. All other settlements scheduled for "
        "the afternoon completed normally.",
        "3. As the delay resulted from a late edit to the workspace, we are not able to contribute to your "
        "clients' costs.",
        "If you disagree with any of these points, please reply and I will review them.",
        "Kind regards\nImogen Strand\nCustomer Resolution Specialist\nPEXA"],
  ans={2: "Nobody at Tidewell edited anything at 15:37. Our user log shows the last change at 13:12. If your log "
          "shows an edit at 15:37 I want to see which user it was attributed to, because it was not one of ours.",
       3: "Then why did your own support desk tell Callum at 14:20 that there was a 'known issue with the "
          "settlement queue' and to sit tight? That call is on your recording, not ours.",
       4: "I do not accept this. My complaint stands and the buyers' overnight hotel and storage (£1,140) is still "
          "yours to pay. Please escalate this to someone senior."},
  tops=["Imogen,\n\nI've gone through your findings and put my replies directly under each one{how}. In short, "
        "I don't agree.\n\nRosalind",
        "Imogen - my responses are typed into your email below{how}. None of it matches what happened on the "
        "day.\n\nRosalind Achterberg\nTidewell Conveyancing"],
  envs=["HD/red", "GT/init"],
  lab=short_labels(c=True, ex=True, cat="platform_defect"),
  note="The inline answers rebut PEXA's findings on a failed settlement and demand costs and escalation; the sender "
       "calls it 'my complaint' inside the quote, which is her own text, so explicit=true, category platform_defect.")

# ---- Group U, pexa ------------------------------------------------------------------------------

S("iab-U01", "pexa",
  senders=[("Benedict Osei", "b.osei@harlowfieldlaw.co.uk"), ("B. Osei", "benedict.osei@harlowfieldlaw.co.uk")],
  ini="BO", firm=PEXA_SUP,
  date="2028-04-03 09:15", subj="Case 00471822 - settlement unsuccessful, 4 Paddock Rise",
  segs=["Hello Benedict,",
        "Thanks for calling us yesterday. So that our technical team can look into this, could you answer the "
        "questions below?",
        "- What time did the workspace show 'settlement in progress'?",
        "- Did you receive any error message on screen or by email?",
        "- Has this happened on any other workspace recently?",
        "Many thanks,\nPEXA Support"],
  ans={2: "About 12:30. It then sat there until 16:05 and flipped to unsuccessful.",
       3: "None at all. Status page was green the whole time.",
       4: "Yes, twice last month (workspaces 7718 2209 and 7720 5561), same pattern. Each time our clients have "
          "been left without keys overnight. I need a proper explanation of the fault and I expect you to cover "
          "the removal firm's waiting charges this time."},
  tops=["", "Hi,"],
  envs=["GT/none", "HB/blue"],
  lab=short_labels(c=True, cat="platform_defect"),
  note="Nothing on top; the answers inside the quote report a third failed settlement and demand an explanation and "
       "costs, an implicit complaint about the platform failing (platform_defect).")

# ---- Group C, pexa ------------------------------------------------------------------------------

S("iab-C01", "pexa",
  senders=[("Harriet Mbeki", "harriet.mbeki@quayleandvance.co.uk"), ("Harriet Mbeki", "h.mbeki@quayleandvance.co.uk")],
  firm=("PEXA Onboarding", "onboarding@pexa.co.uk"),
  date="2028-02-20 16:40", subj="A few details before your go-live call",
  segs=["Hi Harriet,",
        "Great to hear you're ready to go live. Before the call on Thursday could you let me know:",
        "1. How many users will need access on day one?\n2. Who will be your subscriber administrator?\n"
        "3. Would you like a refresher session on lodgement for your paralegals?",
        "Best wishes,\nTom Ellery\nOnboarding Manager, PEXA"],
  tops=["Hi Tom,\n\nThanks, here you go:\n\n1. Five to start with, possibly two more in May.\n2. Me for now; "
        "Dominic Reyes will take over in the summer.\n3. Yes please, a morning slot would suit best.\n\n"
        "Looking forward to Thursday.\n\nHarriet"],
  envs=["OB/-", "HB/-"],
  lab=short_labels(),
  note="Control: the answers are a numbered list written above the untouched quote; routine go-live details with no "
       "dissatisfaction, so not a complaint.")


S("iab-A02", "pexa",
  senders=[("Yusuf Demir", "yusuf.demir@heathcotebank.co.uk"), ("Yusuf Demir (Heathcote Bank)", "ydemir@heathcote.co.uk")],
  ini="YD", firm=("PEXA Billing", "billing@pexa.co.uk"),
  date="2028-04-11 11:26", subj="Your invoice query - INV-88214",
  segs=["Dear Yusuf,",
        "Thank you for your message about invoice INV-88214. So that we can review the charges, please could you "
        "confirm the following:",
        "1. The workspace numbers you believe have been charged twice.",
        "2. Whether any of those workspaces were abandoned before settlement.",
        "3. Your purchase order number for March.",
        "Kind regards,\nAlina Vos\nBilling Team, PEXA"],
  ans={2: "5512 0043, 5512 0078 and 5513 1102. Each of them appears twice on the March invoice at £18.50 + VAT.",
       3: "Two of them (0043 and 1102) were abandoned by the other side before settlement. Your own fee schedule says "
          "abandoned workspaces aren't chargeable at all, let alone twice.",
       4: "PO-HB-22871. This is the third month running we've been overbilled and had to spend a morning "
          "reconciling it. Please credit the duplicates and the abandoned workspaces and tell us what you're doing "
          "to stop it happening again."},
  tops=["Alina,\n\nAnswers in-line{how}. Short version: we need a credit note.\n\nYusuf",
        "Hi Alina - answers in-line{how}; short version is we need a credit note.\n\nThanks\nYusuf Demir\n"
        "Payments Operations, Heathcote Bank"],
  envs=["OB/caps", "HD/blue"],
  lab=short_labels(c=True, cat="fees_charges"),
  note="A lender's inline answers dispute duplicate and non-chargeable platform fees and ask for a credit and a fix: "
       "an implicit complaint about PEXA's own fees (fees_charges); Heathcote is the complainant, so no other firm.")

S("iab-A03", "pexa",
  senders=[("Sanna Lindgren", "s.lindgren@whitcombedale.co.uk"), ("Sanna Lindgren", "sanna.lindgren@whitcombedale.co.uk")],
  ini="SL", firm=("Sanjay Pillai | PEXA Product Support", "product.support@pexa.co.uk"),
  date="2028-05-08 15:03", subj="Document upload - a few questions",
  segs=["Hi Sanna,",
        "Thanks for the feedback on the new document upload screen. To help us understand what your team is "
        "seeing, could you tell us:",
        "Which browser and version are you using?",
        "Do you get an error message when the upload goes wrong?",
        "At which step does the problem happen?",
        "Thanks,\nSanjay"],
  ans={2: "Chrome, up to date.",
       3: "No error - the upload itself works.",
       4: "At 'assign to party'. The dropdown now defaults to the first party in the list instead of being blank, so "
          "unless you remember to change it the document goes to the wrong side. Twice last week one of our "
          "paralegals attached a buyer's ID to the seller's side before spotting it. It's far too easy to get "
          "wrong. We need the default taken away or a confirmation step added - please let me know what you're "
          "going to do and when."},
  tops=["Hi Sanjay - I've typed our answers between your questions{how}.\n\nSanna",
        "Sanjay,\n\nI've typed our answers between your questions{how}.\n\nSanna Lindgren\nPractice Manager"],
  envs=["GT/none", "HB/purple"],
  lab=short_labels(c=True, cat="usability"),
  note="The inline answers say the upload works but the new default makes errors easy and ask what PEXA will change: "
       "an implicit complaint that the system is error-prone to use (usability, not platform_defect). The documents "
       "stayed inside the firm's own workspace and were caught, so no breach is described.")

S("iab-A04", "pexa",
  senders=[("Tobias Fairweather-Lund", "tobias@fairweatherlundlaw.co.uk"),
           ("Tobias Fairweather-Lund", "t.fairweatherlund@gmail.com")],
  ini="TFL", firm=("PEXA Onboarding", "onboarding@pexa.co.uk"),
  date="2028-03-06 08:47", subj="Application ONB-55302 - further documents needed",
  segs=["Dear Mr Fairweather-Lund,",
        "Thank you for applying to join PEXA. Our automated identity check has not been able to verify your "
        "details, so we need the following before we can continue:",
        "a) A certified copy of your passport.",
        "b) A copy of your current practising certificate.",
        "c) A letter from your bank confirming your client account details.",
        "Once we receive these we aim to complete the check within five working days.",
        "Regards,\nPEXA Onboarding Team"],
  ans={2: "Sent on 2 February, 16 February and again on 1 March. Attached for the fourth time. Your system keeps "
          "rejecting it, I suspect because of the hyphen in my surname.",
       3: "Attached again.",
       4: "Attached.",
       5: "It has now been five weeks. I'm a sole practitioner and I can't take on the two purchases I've been "
          "instructed on until I'm on the platform. I'd like a person to look at my documents, not the automated "
          "check, and a named contact who will actually get this finished."},
  tops=["Please see my notes against each item{how}.\n\nTobias Fairweather-Lund",
        "Notes against each item below{how}.\n\nT. Fairweather-Lund\nFairweather-Lund Law"],
  envs=["OM/init", "HD/red"],
  lab=short_labels(c=True, r="automated_decision", cat="onboarding"),
  note="The inline notes object to five weeks of repeated document requests blocking his joining and ask for a "
       "named contact: an implicit onboarding complaint; asking for a person rather than the automated check to "
       "decide = automated_decision (not personal_data, the grievance is onboarding).")

S("iab-A05", "pexa",
  senders=[("Eleri Vaughan", "eleri.vaughan@rhosddulaw.co.uk"), ("Eleri Vaughan", "eleri@rhosddulaw.co.uk")],
  ini="EV", firm=("PEXA Training", "training@pexa.co.uk"),
  date="2028-06-02 12:10", subj="How was your Workspace Essentials session?",
  segs=["Hi Eleri,",
        "Thanks for joining Workspace Essentials on Tuesday. We'd love your feedback:",
        "1. How would you rate the session overall?",
        "2. Was the pace about right?",
        "3. Is there anything we could do better?",
        "4. Would you like to hear about our advanced course on discharges?",
        "Thank you!\nPEXA Training Team"],
  ans={2: "Excellent - no complaints whatsoever, the trainer was great.",
       3: "About right. Maybe a touch quick on the discharge section.",
       4: "A one-page printable summary would be handy for new starters.",
       5: "Yes please."},
  tops=["Happy to help - feedback sits under each question{how}.\n\nEleri",
        "Hi - happy to help, my feedback sits under each question{how}.\nEleri"],
  envs=["GT/caps", "HB/green"],
  lab=short_labels(),
  note="Satisfied feedback typed under a training questionnaire; 'no complaints whatsoever' is praise and the "
       "suggestion is not a grievance, so not a complaint (category none).")

S("iab-A06", "pexa",
  senders=[("Priyanka Dasgupta", "priyanka.dasgupta@outlook.com"), ("Priyanka Dasgupta", "p.dasgupta.law@gmail.com")],
  ini="PD", firm=("PEXA Data Protection", "dataprotection@pexa.co.uk"),
  date="2028-04-19 14:55", subj="Your request - DPR-2028-0412",
  segs=["Dear Ms Dasgupta,",
        "We have received your request about the information we hold about you. So that we send you what you "
        "need, could you please confirm:",
        "1. Are you asking for a copy of all the personal data we hold about you, or only your user account details?",
        "2. You mention your 'workspace history'. In what format would you like to receive it?",
        "3. Your former user ID, if you have it.",
        "Yours sincerely,\nData Protection Team\nPEXA"],
  ans={2: "All of it please - everything you hold about me, including support tickets and any call notes.",
       3: "A CSV or other machine-readable file, so I can load it into the case management system at my new firm.",
       4: "U-204417."},
  tops=["Thanks for coming back to me. I've answered your three questions within your message{how}.\n\nPriyanka",
        "Thanks for coming back to me so quickly. I have answered your three questions within your message{how}.\n\n"
        "Kind regards\nPriyanka Dasgupta"],
  envs=["OW/init", "HD/none"],
  lab=short_labels(r="access,portability"),
  note="Calm answers inside the firm's clarifying questions: 'a copy of everything you hold' = access and a "
       "machine-readable file to load into another system = portability; no dissatisfaction, so not a complaint.")

S("iab-A07", "pexa",
  senders=[("Amira & Jonah Kessler", "kesslerhome@btinternet.com"), ("Jonah Kessler", "jonah.kessler@gmail.com")],
  ini="JK", firm=("PEXA Customer Resolution", "customer.resolution@pexa.co.uk"),
  date="2028-05-15 10:31", subj="Your purchase of 27 Larkspur Way",
  segs=["Dear Mr and Mrs Kessler,",
        "Thank you for your email. PEXA provides the platform your conveyancer uses; we cannot investigate the "
        "service a firm provides to its clients, but we can pass your concerns on to them. Please could you "
        "confirm:",
        "1. The name of the firm acting for you.",
        "2. That you are happy for us to share your name and email address with them.",
        "3. Briefly, what you would like the firm to do.",
        "Kind regards,\nCustomer Resolution Team\nPEXA"],
  ans={2: "Marsh and Penrose, Exeter office.",
       3: "Yes.",
       4: "Reply to us! We've sent six emails in three weeks and had nothing back. Our mortgage offer runs out on "
          "the 30th and nobody there will tell us whether exchange is even booked. We need a date, and someone who "
          "will actually pick up the phone."},
  tops=["Hello, our answers are in your email{how}.\nAmira and Jonah",
        "Hello - answers are in your email{how}. Thank you for helping.\nJonah"],
  envs=["OB/none", "HB/red"],
  lab=short_labels(c=True, cat="delay", firm="mpc"),
  note="Home buyers' answers complain (implicitly) that their own conveyancer Marsh and Penrose is not replying and "
       "exchange is slipping: a consumer complaint purely about a participant firm, forwarded (mpc), category delay.")

S("iab-A08", "pexa",
  senders=[("Leah Fontaine", "l.fontaine@orchardlanesolicitors.co.uk"), ("Leah Fontaine - OLS", "leah.fontaine@orchardlanesolicitors.co.uk")],
  ini="LF", firm=("PEXA Privacy Office", "privacy@pexa.co.uk"),
  date="2028-02-09 17:22", subj="Document received in error - our ref PRV-0093",
  segs=["Dear Ms Fontaine,",
        "Thank you for telling us by phone this afternoon that you received a document that does not belong to your "
        "matter. To help us deal with this quickly, please confirm:",
        "1. What the document was and which workspace it appeared in.",
        "2. Whether it has been opened, forwarded or saved anywhere.",
        "3. Whether it has now been deleted.",
        "With thanks,\nPrivacy Office, PEXA"],
  ans={2: "A scanned passport and a bank statement for a Mr D. Hallworth, in workspace 6620 4417, which has nothing "
          "to do with our client.",
       3: "Opened by me only, to see what it was. Not forwarded or saved.",
       4: "Yes, deleted this morning, including from deleted items. Nothing more needed from us - just flagging it "
          "so the right people are told."},
  tops=["No problem at all - answers against your questions{how}.\nLeah",
        "Answers against your questions, no problem{how}.\n\nLeah Fontaine\nOrchard Lane Solicitors"],
  envs=["OM/none", "GT/caps"],
  lab=short_labels(br=True),
  note="The answers describe another client's passport and bank statement exposed in the wrong workspace (breach), "
       "but the recipient is not dissatisfied and wants nothing further: not a complaint, breach=true, "
       "personal_data=false.")

S("iab-A09", "pexa",
  senders=[("Dorota Wisniewska", "d.wisniewska@brennanhale.co.uk"), ("Dorota Wiśniewska", "dorota.w@brennanhale.co.uk")],
  ini="DW", firm=("Owen Marsh | PEXA Customer Resolution", "customer.resolution@pexa.co.uk"),
  date="2028-05-10 09:40", subj="Your call with our support team on 9 May",
  segs=["Dear Ms Wisniewska,",
        "Thank you for raising your concerns about your call with our support team. So that I can look into it, "
        "please could you tell me:",
        "1. The approximate time of the call.",
        "2. What you were told.",
        "3. What outcome you are looking for.",
        "Kind regards,\nOwen Marsh\nCustomer Resolution, PEXA"],
  ans={2: "Around 11:15; it lasted about six minutes.",
       3: "That it was 'not our problem, speak to your IT people'. When I asked for a team leader the agent ended the "
          "call on me.",
       4: "An apology in writing and confirmation that the agent's manager has listened to the recording."},
  tops=["Owen,\n\nI've answered your questions about my complaint point by point, in your own email{how}.\n\nDorota",
        "Dear Owen\nI have answered your questions about my complaint point by point in your own email{how}.\n"
        "Dorota Wiśniewska"],
  envs=["OB/init", "HD/purple"],
  lab=short_labels(c=True, ex=True, cat="service_quality"),
  note="The top calls it 'my complaint' and the answers describe a support agent's dismissive handling and a call cut "
       "off, with an apology wanted: explicit complaint about how she was served (service_quality).")

S("iab-A10", "pexa",
  senders=[("Chidi Okonjo", "chidi.okonjo@gmail.com"), ("Chidi Okonjo", "c.okonjo@okonjoengineering.co.uk")],
  ini="CO", firm=("PEXA Customer Resolution", "customer.resolution@pexa.co.uk"),
  date="2028-06-16 13:05", subj="Your mother's sale - 3 Kirkbrae Gardens",
  segs=["Dear Mr Okonjo,",
        "Thank you for your email about your mother's sale of 3 Kirkbrae Gardens. PEXA cannot look into the service "
        "a law firm provides to its clients, but with your agreement we can pass your concerns to the firm. Could "
        "you please confirm:",
        "1. Are you writing on your mother's behalf and with her agreement?",
        "2. Which firm is acting for her?",
        "3. What went wrong?",
        "Yours sincerely,\nCustomer Resolution Team, PEXA"],
  ans={2: "Yes. Mum (Mrs Grace Okonjo) is 82 and has asked me to deal with this for her.",
       3: "Greyfriars Law in Edinburgh.",
       4: "They told her in writing that completion would be 14 June, so she booked removers and gave notice on her "
          "rented flat. On the 12th they said that date had never been agreed with the buyer. She has lost the "
          "removal deposit and is very distressed. We want Greyfriars to explain how they gave her a date that "
          "didn't exist and to cover what she has lost."},
  tops=["Please find my answers typed in under your questions{how}.\nChidi Okonjo",
        "Please find my answers typed in under your questions{how}. Thank you.\n\nChidi"],
  envs=["OW/caps", "HB/blue"],
  lab=short_labels(c=True, tp=True, cat="inaccurate_information", firm="gfl"),
  note="A son answering for his elderly mother (third_party) complains implicitly that her law firm Greyfriars gave a "
       "completion date that did not exist: purely about the participant firm (gfl), category inaccurate_information.")

S("iab-A11", "pexa",
  senders=[("Aoife Ní Bhriain", "aoife.nibhriain@lowtherstanton.co.uk"), ("Aoife Ni Bhriain", "a.nibhriain@lowtherstanton.co.uk")],
  ini="ANB", firm=PEXA_SUP,
  date="2028-05-22 10:12", subj="Case 00488310 - update to your user profile",
  segs=["Hi Aoife,",
        "Sorry to hear your profile details aren't right. To update them, please confirm:",
        "- Your full name as it should appear",
        "- The firm you currently work for",
        "- Your user ID",
        "Thanks,\nPEXA Support"],
  ans={2: "Aoife Ní Bhriain - not 'Aiofe Brian', which is what your directory has shown for six weeks.",
       3: "Lowther Stanton LLP. Your directory still lists me at my old firm, so other users keep sending me that "
          "firm's matters and a client asked whether I'd been dismissed. This is the second time I've asked you to "
          "fix it; the first request in April was never answered.",
       4: "U-318850. Please correct it this week and, until it is right, take my entry out of the participant search "
          "so nobody sees the wrong details."},
  tops=["Answers are next to each of your bullet points{how}.\n\nAoife",
        "Hi - answers are next to each of your bullet points{how}. Please read the second one.\nAoife"],
  envs=["GT/init", "HD/orange"],
  lab=short_labels(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
  note="The answers say her directory entry has been wrong for six weeks, an earlier request was ignored, and it is "
       "causing harm: implicit complaint about inaccurate personal data (personal_data); 'correct it' = "
       "rectification, 'take it out of search until right' = restriction; nothing was disclosed, so no breach.")

S("iab-A12", "pexa",
  senders=[("Mohammed Rafiq", "m.rafiq@kestrelbs.co.uk"), ("Treasury Operations - Kestrel BS", "treasury.ops@kestrelbs.co.uk")],
  ini="MR", firm=("PEXA Service Management", "service.management@pexa.co.uk"),
  date="2028-04-20 18:30", subj="Incident summary - settlement service disruption 18 April",
  segs=["Dear customer,",
        "What happened: between 11:05 and 12:20 on 18 April a fault in a messaging component delayed financial "
        "settlement for some workspaces. All affected settlements completed the same day.",
        "Impact on your organisation: our records show 3 of your workspaces were affected, all of which had "
        "settled by 15:00.",
        "What we are doing: we have replaced the component and added monitoring so that a similar fault is "
        "detected within minutes.",
        "We apologise for the disruption.\nService Management, PEXA"],
  ans={1: "It did not end at 12:20 for us. Our funds sat in your settlement account until 16:48.",
       2: "Not 3 workspaces - 7. Four of them did not settle until the next morning and we paid overnight interest "
          "on £2.3m. Please treat this as a formal complaint and send us a breakdown of what happened to each of the "
          "seven, with a proposal for the interest cost."},
  tops=["Some corrections to your incident summary, typed into the summary itself{how}.\n\nMohammed Rafiq",
        "Corrections to your incident summary, typed into the summary itself{how}.\nMohammed Rafiq, Treasury "
        "Operations"],
  envs=["OM/caps", "HB/red"],
  lab=short_labels(c=True, ex=True, cat="platform_defect"),
  note="Kestrel's inline corrections dispute PEXA's incident summary, report overnight losses and say 'treat this as "
       "a formal complaint' (explicit, typed inside the quote); the root cause is the platform fault "
       "(platform_defect) and Kestrel is the complainant, so no other firm.")

S("iab-A13", "pexa",
  senders=[("Gwilym Parry", "gwilym@parrycoleconveyancing.co.uk"), ("Gwilym Parry", "g.parry@parrycoleconveyancing.co.uk")],
  ini="GP", firm=("PEXA Communications", "communications@pexa.co.uk"),
  date="2028-03-28 08:05", subj="Updating your contact preferences",
  segs=["Hello Gwilym,",
        "We're updating our contact preferences and would like to check a few things with you:",
        "1. Would you like to receive our monthly product newsletter?",
        "2. Would you like invitations to user events in your region?",
        "3. Is the mobile number we hold for you (ending 418) still correct?",
        "Thanks,\nPEXA Communications"],
  ans={2: "No thank you. And I'd rather you didn't use my activity on the platform to decide what marketing to send "
          "me - I object to that sort of profiling.",
       3: "Yes please, the events are useful.",
       4: "It is correct, but I don't remember giving it to PEXA. Could you tell me where you got it from and what "
          "you use it for?"},
  tops=["Morning - I've put my answers next to your questions{how}.\nGwilym",
        "Bore da - I've put my answers next to your questions{how}.\n\nGwilym Parry"],
  envs=["OW/none", "HD/green"],
  lab=short_labels(r="objection,informed"),
  note="Polite inline answers to a preferences mail: objecting to profiling for marketing = objection, asking where "
       "the number came from and what it is used for = informed; no grievance or remedy demanded, so not a complaint.")

S("iab-A14", "pexa",
  senders=[("Fiona Calloway", "fiona.calloway@ashbyrowe.co.uk"), ("Fiona Calloway", "f.calloway@ashbyrowe.co.uk")],
  ini="FC", firm=("Sara Whitlam | PEXA Support", "support@pexa.co.uk"),
  date="2028-06-05 16:14", subj="Case 00491177 - lodgement update, workspace 5590 3318",
  segs=["Hi Fiona,",
        "I've checked this with our lodgement team. The application for workspace 5590 3318 was lodged with HM Land "
        "Registry on 6 May and is awaiting processing on their side.",
        "Please allow up to 10 working days for the registration to show in the workspace.",
        "Kind regards,\nSara Whitlam\nPEXA Support"],
  ans={1: "It wasn't. HMLR have no record of it before 22 May, which they've confirmed to us in writing - it sat in "
          "your queue for over two weeks.",
       2: "We have already waited 23 working days. Our client's lender is threatening to withdraw, so I need this "
          "escalated today and a written explanation of where it was stuck."},
  tops=["Sara - comments added in the body of your email{how}. This needs escalating.\nFiona",
        "Sara, comments are added in the body of your email{how}. This needs escalating today please.\n\nFiona"],
  envs=["GT/caps", "OM/init"],
  lab=short_labels(c=True, cat="delay"),
  note="The inline comments contradict PEXA's account and complain (implicitly) that a lodgement is weeks late, "
       "demanding escalation and an explanation: a still-waiting complaint about delay.")

S("iab-A15", "pexa",
  senders=[("Colm Devereux", "colm.devereux@bhf.co.uk"), ("Colm Devereux", "colm.devereux@beaconhomefinance.co.uk")],
  ini="CD", firm=("Megan Thorley | PEXA Account Management", "accounts@pexa.co.uk"),
  date="2028-03-02 11:48", subj="Quarterly review - a few quick questions",
  segs=["Hi Colm,",
        "Ahead of our quarterly review, could you let me know:",
        "1. Roughly how many settlements you expect next quarter?",
        "2. Whether there are any users we should remove from your subscriber account?",
        "3. Whether you'd like a demo of the new remittance screen?",
        "Thanks,\nMegan"],
  ans={2: "Around 40 - spring is always busy.",
       3: "Yes, please remove Jonathan Pike, who left us at Easter.",
       4: "Not needed thanks, the team picked it up easily."},
  tops=["Hi Megan - replies inline{how}, all straightforward this time.\nColm",
        "Megan, replies inline{how} - all straightforward this time.\n\nColm Devereux\nBeacon Home Finance"],
  envs=["OB/caps", "HB/darkblue"],
  lab=short_labels(),
  note="Routine answers to an account review; removing a departed user from the subscriber account is a service "
       "request, not erasure; no dissatisfaction, so not a complaint.")

# ---- Group A, conexus ---------------------------------------------------------------------------

S("iab-A16", "conexus",
  senders=[("Natasha Blackwood", "tashablackwood@hotmail.co.uk"), ("Tasha Blackwood", "natasha.blackwood88@gmail.com")],
  ini="NB", firm=("Conexus Collections", "collections@conexus.co.uk"),
  date="2028-02-14 10:20", subj="Setting up your payment plan - account CX-4471208",
  segs=["Dear Ms Blackwood,",
        "To set up an affordable payment plan on your account we need a few details:",
        "1. Your monthly take-home pay.",
        "2. Your main monthly outgoings (rent, council tax, utilities).",
        "3. How much you could afford to pay each month.",
        "4. Your preferred payment date.",
        "Yours sincerely,\nCollections Team\nConexus"],
  ans={2: "£1,640 after tax.",
       3: "Rent £725, council tax £138, gas and electric £120, water £38, phone £22.",
       4: "£40 a month to start with.",
       5: "The 28th please, after payday."},
  tops=["Hiya, I've filled the answers in on your email{how}. Thanks for being so patient with me.\nTasha",
        "Hi, I've filled the answers in on your email{how}, thanks for being patient.\n\nTasha"],
  envs=["HB/blue", "OW/caps"],
  lab=short_labels(),
  note="Plain income and expenditure figures typed under the collector's questions, with thanks: an ordinary "
       "service exchange with no dissatisfaction, so not a complaint.")

S("iab-A17", "conexus",
  senders=[("Kayode Adeyemi", "k.adeyemi@gmail.com"), ("Kayode Adeyemi", "kayode.adeyemi@outlook.com")],
  ini="KA", firm=("Conexus Complaints Team", "complaints@conexus.co.uk"),
  date="2028-04-25 14:00", subj="Final response - CX-COMP-61207",
  segs=["Dear Mr Adeyemi,",
        "Your complaint: you told us that our agents called you excessively during March.",
        "Our findings: our call records show three outbound calls to your number in March, on the 4th, 11th and "
        "19th. This is within our contact policy.",
        "Outcome: we have not upheld your complaint. If you remain dissatisfied you may refer the matter to the "
        "Financial Ombudsman Service within six months of this letter.",
        "Yours sincerely,\nComplaints Team\nConexus"],
  ans={2: "Three? I have screenshots of my call log showing 11 calls from your 0330 number between 3 and 9 March, two "
          "of them on the Sunday and one at 8.40 at night. Happy to send them to anyone who asks.",
       3: "Then I want someone other than the person who looked at it the first time to go through it again, with my "
          "screenshots, and a proper answer about why your records don't match mine."},
  tops=["I don't agree with this - see what I've written between your paragraphs{how}.\nKayode",
        "I don't agree with this. See what I've written between your paragraphs{how}.\n\nK. Adeyemi"],
  envs=["OB/none", "GT/init"],
  lab=short_labels(c=True, cat="collection_conduct"),
  note="The inline answers rebut the final response with evidence of 11 calls in a week and ask for a fresh review: a "
       "continuing complaint about contact frequency (collection_conduct); the word 'complaint' is only the firm's, "
       "so implicit.")

S("iab-A18", "conexus",
  senders=[("Marek Zielinski", "marek.zielinski@wp.pl"), ("Marek Zielinski", "m.zielinski.uk@gmail.com")],
  ini="MZ", firm=("Conexus Collections", "collections@conexus.co.uk"),
  date="2028-05-09 09:02", subj="Balance summary - account CX-5520917",
  segs=["Dear Mr Zielinski,",
        "As requested, here is a summary of your account.",
        "Original balance transferred: £1,286.40",
        "Payments received: £400.00 (January to April)",
        "Current balance: £886.40",
        "Kind regards,\nConexus"],
  ans={3: "Wrong. I have paid £100 every month since January, that is five payments, £500. The May payment left my "
          "bank on 2 May with reference CX5520917.",
       4: "So it should be £786.40. Please correct the balance and send me a new statement."},
  tops=["Your figures are wrong, I've marked where{how}.\n\nMarek",
        "Hello, your figures are wrong and I have marked where{how}.\nMarek Zielinski"],
  envs=["HD/red", "OM/caps"],
  lab=short_labels(c=True, cat="debt_dispute"),
  note="The inline notes dispute the balance because a payment is missing and ask for it to be corrected: an implicit "
       "complaint that the amount pursued is wrong (debt_dispute); correcting a balance is not rectification of "
       "personal data.")

S("iab-A19", "conexus",
  senders=[("Shauna Pell", "shauna.pell@icloud.com"), ("Shauna Pell", "shaunapell@yahoo.co.uk")],
  ini="SP", firm=CX_CR,
  date="2028-03-21 12:40", subj="Your dispute - Northline Energy account, ref CX-3398251",
  segs=["Dear Ms Pell,",
        "We have been instructed by Northline Energy to collect £612.19 for your former supply at 14 Hawthorn "
        "Terrace. You have told us you dispute this. So we can raise the dispute with our client, please tell us:",
        "1. The date you moved out.",
        "2. Whether you gave Northline a final meter reading.",
        "3. Your forwarding address at the time.",
        "Yours sincerely,\nCustomer Relations, Conexus"],
  ans={2: "30 September last year.",
       3: "Yes, by phone on the day I left, and I have a photo of the meter. Northline then sent estimated bills for "
          "five months after I'd gone, for a flat I didn't live in. That's the whole £612.",
       4: "9 Quarry Lane, Hexham. I gave it to Northline and they ignored it. I want Northline to cancel every bill "
          "after 30 September."},
  tops=["Answered underneath each question{how}.\nShauna",
        "Hi, answered underneath each question{how}.\nThanks, Shauna Pell"],
  envs=["GT/none", "HB/green"],
  lab=short_labels(c=True, cat="debt_dispute", firm="nte"),
  note="The answers put the blame on Northline's estimated billing after she moved out and ask Northline to cancel "
       "it; only the creditor can fix the root cause, so about_other_firm=nte, category debt_dispute.")

S("iab-A20", "conexus",
  senders=[("Denise Oyelaran", "denise.oyelaran@brookvaledebtadvice.org.uk"),
           ("Brookvale Debt Advice", "casework@brookvaledebtadvice.org.uk")],
  ini="DO", firm=CX_CR,
  date="2028-06-06 11:11", subj="Mr Paul Rennard - account CX-3310456",
  segs=["Dear Ms Oyelaran,",
        "Thank you for your email about Mr Paul Rennard. Before we can discuss the account with you we need:",
        "1. Your client's signed authority for us to deal with you.",
        "2. Whether your client is in a Breathing Space and, if so, the reference and start date.",
        "3. Any vulnerability we should be aware of.",
        "Kind regards,\nCustomer Relations, Conexus"],
  ans={2: "Letter of authority attached, signed 2 June.",
       3: "Yes: standard Breathing Space, reference BS-0041778, from 19 May. You were notified through the Insolvency "
          "Service on the same day.",
       4: "Mr Rennard has severe anxiety. Despite the moratorium your agents phoned him on 24 May and 3 June and told "
          "him the debt would go to court. I am making a complaint about this on his behalf and expect all contact "
          "to come through me from now on."},
  tops=["I have set out my responses beneath each of your three points{how}.\n\nDenise Oyelaran\nMoney Adviser, "
        "Brookvale Debt Advice",
        "Responses set out beneath each of your three points{how}.\n\nDenise Oyelaran\nBrookvale Debt Advice"],
  envs=["OM/init", "HD/blue"],
  lab=short_labels(c=True, ex=True, tp=True, cat="collection_conduct"),
  note="A money adviser answering for her client (third_party) reports calls during a Breathing Space and says 'I am "
       "making a complaint' inside the quote: explicit, collection_conduct.")

S("iab-A21", "conexus",
  senders=[("Gareth Lowry", "g.lowry86@yahoo.co.uk"), ("Gareth Lowry", "gareth.lowry@protonmail.com")],
  ini="GL", firm=("Conexus Data Protection", "dataprotection@conexus.co.uk"),
  date="2028-05-30 15:35", subj="Your request - verification needed",
  segs=["Dear Mr Lowry,",
        "Thank you for contacting us. Before we can deal with your request we need to verify your identity and "
        "understand what you are asking for:",
        "1. Your date of birth.",
        "2. Your previous address.",
        "3. What information you are requesting.",
        "Yours sincerely,\nData Protection Team, Conexus"],
  ans={2: "14/08/1986.",
       3: "22 Sefton Close, Wigan.",
       4: "Everything you hold about me - letters, notes and call recordings. I also want to know how you got my work "
          "number and my employer's name. One of your agents rang the office last Tuesday and asked reception "
          "whether I 'still worked there'. I never gave you either and I'm not happy about it: tell me where they "
          "came from and why you thought you could use them."},
  tops=["The info you asked for is below, slotted in after each question{how}.\nGareth",
        "Info you wanted is below, slotted in after each question{how}.\n\nGareth Lowry"],
  envs=["OW/caps", "HB/purple"],
  lab=short_labels(c=True, pd=True, r="access,informed", cat="personal_data"),
  note="The answers object to Conexus obtaining and using his work number and employer and demand an explanation: an "
       "implicit complaint about unexpected use of personal data; 'everything you hold' = access, 'where they came "
       "from and why' = informed; the agent did not reveal the debt, so no breach.")

S("iab-A22", "conexus",
  senders=[("Dean Whitlock", "deanwhitlock@live.co.uk"), ("Dean Whitlock", "dean.whitlock77@gmail.com")],
  ini="DW", firm=CX_COL,
  date="2028-04-04 13:17", subj="We have updated your address - account CX-8801342",
  segs=["Dear Mr Whitlock,",
        "We have updated our records with your new address, 41 Mill Street, Ossett, which we obtained from a tracing "
        "agency. Please confirm:",
        "1. That this is your current address.",
        "2. Your contact telephone number.",
        "Yours sincerely,\nCollections, Conexus"],
  ans={2: "No. That is my ex-partner's address and I haven't lived there for four years. She has just handed me two of "
          "your letters, opened, with my balance in them. Correct your records - my address is 8 Lapwing Close, "
          "Batley - and tell me what you are doing about the fact that my debt details went to her.",
       3: "07700 900318"},
  tops=["Your questions are answered below{how}, and you need to read the first one.\nDean",
        "Your questions answered below{how}. Read the first one.\n\nDean Whitlock"],
  envs=["GT/caps", "HD/red"],
  lab=short_labels(c=True, pd=True, br=True, r="rectification", cat="personal_data"),
  note="The inline answer says letters with his debt details went to his ex-partner at a wrongly traced address "
       "(breach) and demands action: implicit complaint, personal_data; 'correct your records' to his real address "
       "= rectification.")

S("iab-A23", "conexus",
  senders=[("Lorraine Gatward", "lorraine.gatward@talktalk.net"), ("Lorraine Gatward", "lgatward61@gmail.com")],
  ini="LG", firm=CX_COL,
  date="2028-02-27 10:55", subj="Breakdown of your balance - account CX-6604319",
  segs=["Dear Mrs Gatward,",
        "As requested, here is a breakdown of your balance:",
        "Debt transferred from Pennant Mobile: £342.00",
        "Conexus administration fee: £45.00",
        "Trace fee: £25.00",
        "Total: £412.00",
        "Kind regards,\nCollections, Conexus"],
  ans={3: "Nobody told me about an administration fee and it isn't in the letter you sent in January.",
       4: "You didn't need to trace me, I've lived in the same house for 11 years and Pennant had the address. "
          "Take both of these off."},
  tops=["I've put my questions next to the lines in your breakdown{how}.\nLorraine Gatward",
        "I've put my questions next to the lines of your breakdown{how}.\n\nLorraine"],
  envs=["OB/init", "HB/orange"],
  lab=short_labels(c=True, cat="fees_charges"),
  note="The answers challenge the collector's own admin and trace fees and demand their removal, not the Pennant "
       "debt itself: an implicit complaint about fees Conexus added (fees_charges), so no other firm.")

S("iab-A24", "conexus",
  senders=[("Joanne Pruett", "joanne.pruett@gmail.com"), ("Jo Pruett", "jo.pruett@pruettdesign.co.uk")],
  ini="JP", firm=CX_CR,
  date="2028-05-17 09:30", subj="Power of attorney received - Mr Alan Pruett, CX-2290184",
  segs=["Dear Ms Pruett,",
        "Thank you for sending the Lasting Power of Attorney for Mr Alan Pruett. To update our records please "
        "confirm:",
        "1. The best contact number for you.",
        "2. Whether Mr Pruett should still be contacted directly.",
        "3. Any support needs we should know about.",
        "Yours sincerely,\nCustomer Relations, Conexus"],
  ans={2: "07700 900642 (mine).",
       3: "No. Dad has vascular dementia. Your agents have rung him at least four times since I sent the LPA and each "
          "time pushed him to agree to payments he doesn't understand. On the last call he agreed to £90 a month, "
          "which he cannot afford. That arrangement has to be cancelled.",
       4: "Please delete the landline number you hold for him - it is his care home's number. All contact through me."},
  tops=["Thank you - I've written back under each of your points{how}. I am very upset about the second one.\nJoanne",
        "Thank you. I've written back under each of your points{how}; the second one upsets me a great deal.\n\n"
        "Jo Pruett"],
  envs=["OM/none", "HD/darkblue"],
  lab=short_labels(c=True, tp=True, r="erasure", cat="collection_conduct"),
  note="An attorney daughter (third_party) complains implicitly that agents pressed her father with dementia into an "
       "unaffordable plan (collection_conduct); 'delete the landline number' = erasure, requested alongside a "
       "non-data grievance, so personal_data=false.")

S("iab-A25", "conexus",
  senders=[("Maureen O'Driscoll", "mo.odriscoll@btinternet.com"), ("Mo O'Driscoll", "maureen.odriscoll@gmail.com")],
  ini="MO", firm=CX_COL,
  date="2028-07-03 11:05", subj="Settlement offer - account CX-2209873",
  segs=["Dear Mrs O'Driscoll,",
        "We are able to accept £600 in full and final settlement of your balance of £1,150 if paid by 31 July. "
        "Please let us know:",
        "1. Whether you accept.",
        "2. How you will pay.",
        "3. Whether you would like your settlement letter by post or email.",
        "Kind regards,\nCollections, Conexus"],
  ans={2: "Yes, gladly!",
       3: "Bank transfer on Friday from my account ending 4410.",
       4: "Email is fine, thank you."},
  tops=["Thank you so much for this. I've answered your three questions one by one, just below each{how}.\nBest, Mo",
        "Thank you so much. I've answered your three questions one by one, just below each{how}.\n\nMaureen"],
  envs=["GT/caps", "HB/red"],
  lab=short_labels(),
  note="Grateful acceptance of a settlement offer typed into the offer letter: no dissatisfaction, not a complaint.")

S("iab-A26", "conexus",
  senders=[("Callum Tierney", "callumtierney@gmail.com"), ("Callum Tierney", "c.tierney@tierneyjoinery.co.uk")],
  ini="CT", firm=("Conexus Complaints Team", "complaints@conexus.co.uk"),
  date="2028-06-12 08:58", subj="Your complaint CX-COMP-62918 - acknowledgement",
  segs=["Dear Mr Tierney,",
        "Thank you for contacting us. We are sorry you have had cause to complain. So that we can investigate, "
        "please confirm:",
        "1. The dates and approximate times you called us.",
        "2. The number you called from.",
        "3. What happened on each call.",
        "Yours sincerely,\nComplaints Team, Conexus"],
  ans={2: "6 June about 9.10am, 7 June about 1pm, 9 June 4.30pm.",
       3: "My mobile, 07700 900127.",
       4: "Every time: 45 minutes or more on hold, then cut off at 'transferring you now'. On the 9th I held for an "
          "hour and five minutes. My complaint is simple - I've spent a week trying to agree a plan and I can't get "
          "through to a person. Ring me back."},
  tops=["I've dropped the details in after each of your questions{how}.\nCallum",
        "Dropped the details in after each of your questions{how}.\n\nCallum Tierney"],
  envs=["GT/none", "OB/caps"],
  lab=short_labels(c=True, ex=True, cat="wait_time"),
  note="The answers describe repeated long holds and cut-off calls and demand a call back; he writes 'my complaint' "
       "inside the quote, so explicit; waiting to reach someone = wait_time.")

S("iab-A27", "conexus",
  senders=[("Bethan Howells", "bethan.howells@outlook.com"), ("Bethan Howells", "bethanhowells93@gmail.com")],
  ini="BH", firm=CX_COL,
  date="2028-03-09 17:45", subj="Your payment plan proposal - account CX-4420671",
  segs=["Dear Ms Howells,",
        "Your online proposal of £25 a month was not accepted. Our affordability tool calculates a minimum payment "
        "of £60 a month, based on the figures you entered and credit reference data.",
        "Please:",
        "1. Check your income and expenditure figures.",
        "2. Let us know whether you would like to propose a new amount.",
        "Kind regards,\nConexus"],
  ans={1: "Your tool is using credit reference data that still shows my salary from before I was made redundant. It's "
          "unfair that a computer decides this and nobody looks at my actual situation. I want a person to review my "
          "proposal, not the tool.",
       3: "The figures are right: £1,020 a month from Universal Credit and part-time work.",
       4: "No. £25 is what I can afford. Please have a human being look at it."},
  tops=["Hi - replies inside your email{how}.\nBethan",
        "Hello, replies inside your email{how}.\nBethan Howells"],
  envs=["HB/blue", "OW/init"],
  lab=short_labels(c=True, r="automated_decision", cat="process"),
  note="The answers call the automated affordability rule unfair and ask for a person to review the proposal: an "
       "implicit complaint about the procedure itself (process) with rights=automated_decision; the stale salary "
       "comes from credit reference data, so the grievance is the decision, not Conexus's records (personal_data=false).")

S("iab-A28", "conexus",
  senders=[("Jennifer Hobbs", "j.hobbs1972@gmail.com"), ("Jen Hobbs", "jen.hobbs@hobbsandco-salon.co.uk")],
  ini="JH", firm=CX_CR,
  date="2028-06-13 10:08", subj="Copy of your statement - account CX-5067730",
  segs=["Dear Mrs Hobbs,",
        "As requested, we emailed a copy of your statement and payment plan on 12 June to j.hobbs72@gmail.com.",
        "Please let us know if there is anything else we can help with.",
        "Kind regards,\nCustomer Relations, Conexus"],
  ans={1: "That is not my email address - mine is the one this is coming from. You have sent my statement, my address "
          "and my bank details to a stranger. I want this treated as a formal complaint and I want to know what you "
          "are doing to get it back."},
  tops=["Read what I've written into your message{how}.\nJennifer Hobbs",
        "Read what I have written into your message{how}.\n\nJen Hobbs"],
  envs=["OB/caps", "HD/red"],
  lab=short_labels(c=True, ex=True, pd=True, br=True, cat="personal_data"),
  note="The inline answer says her statement and bank details were emailed to a stranger (breach) and asks for a "
       "'formal complaint': explicit, personal_data, category personal_data.")

S("iab-A29", "conexus",
  senders=[("Nadia Greenhalgh", "nadia.greenhalgh@lumenwater.co.uk"), ("Lumen Water Credit Control", "creditcontrol@lumenwater.co.uk")],
  ini="NG", firm=("Conexus Client Services", "client.services@conexus.co.uk"),
  date="2028-06-20 09:15", subj="New placement file - batch LW-0611",
  segs=["Hi Nadia,",
        "We've received the new placement file of 214 accounts. Before we start work could you confirm:",
        "1. The batch total of £188,402.17.",
        "2. Whether any accounts are in dispute.",
        "3. Whether any customers are flagged as vulnerable.",
        "Many thanks,\nClient Services, Conexus"],
  ans={2: "Confirmed.",
       3: "Three - flagged in column R. Please hold those.",
       4: "Eleven, listed on the second tab."},
  tops=["All fine our end - I've popped our replies against your three points{how}.\nRegards\nNadia",
        "All fine our end; I've popped our replies against your three points{how}.\n\nNadia Greenhalgh\n"
        "Credit Control, Lumen Water"],
  envs=["OW/caps", "HD/none"],
  lab=short_labels(),
  note="A creditor client answering operational questions about a placement file: no dissatisfaction, not a complaint.")

S("iab-A30", "conexus",
  senders=[("Ryan McAllister", "ryanmcallister@hotmail.com"), ("Ryan McAllister", "ryan.mcallister91@gmail.com")],
  ini="RM", firm=CX_COL,
  date="2028-07-26 14:22", subj="Confirmation of your payment arrangement - CX-7781904",
  segs=["Dear Mr McAllister,",
        "Amount: £75 per month",
        "First payment: 1 August",
        "Interest and charges: applied as per your original agreement",
        "Please reply if any of these details are incorrect.",
        "Yours sincerely,\nCollections, Conexus"],
  ans={1: "Not what was agreed. Your agent Dean told me £40 a month on the phone on Monday.",
       3: "He also said interest would be frozen while I'm on a plan. Which is it? Put the letter right to match what "
          "I was told, or explain why I was told something different."},
  tops=["That's not what I agreed - I've written into your email where it's wrong{how}.\nRyan",
        "That's not what I agreed. I've written into your email where it is wrong{how}.\nRyan McAllister"],
  envs=["GT/init", "HB/darkblue"],
  lab=short_labels(c=True, cat="inaccurate_information"),
  note="The inline answers say the confirmed plan contradicts what the agent told him and demand it be put right or "
       "explained: an implicit complaint about wrong information given (inaccurate_information).")

# ---- Group U (nothing on top but a greeting or sign-off) ---------------------------------------

S("iab-U02", "pexa",
  senders=[("Lionel Abara", "lionel.abara@abaraandwest.co.uk"), ("Lionel Abara", "l.abara@abaraandwest.co.uk")],
  ini="LA", firm=("PEXA Account Management", "accounts@pexa.co.uk"),
  date="2028-06-08 10:40", subj="Your subscription renewal from 1 July",
  segs=["Dear Lionel,",
        "Your subscription renews on 1 July. Please check the details below and let us know of any changes.",
        "Number of licensed users: 12",
        "Billing contact: Lionel Abara",
        "Annual subscription from 1 July: £4,680 + VAT (previously £3,600)",
        "Kind regards,\nAccount Management, PEXA"],
  ans={2: "Correct.",
       3: "Please change this to accounts@abaraandwest.co.uk.",
       4: "Why has this gone up by 30% with no notice? Nobody mentioned it at our review in March. Please explain the "
          "increase and keep us at last year's rate until we've discussed it."},
  tops=["", "Thanks\nLionel"],
  envs=["OB/caps", "HD/red"],
  lab=short_labels(c=True, cat="fees_charges"),
  note="Nothing on top; inside the renewal notice the sender objects to an unannounced 30% fee rise and asks for an "
       "explanation and the old rate: implicit complaint about PEXA's fees (fees_charges).")

S("iab-U03", "pexa",
  senders=[("Rowena Achebe", "rowena.achebe@protonmail.com"), ("R. Achebe", "rowena.achebe@gmail.com")],
  ini="RA", firm=("PEXA Data Protection", "dataprotection@pexa.co.uk"),
  date="2028-02-01 15:12", subj="Your deletion request - DPR-2028-0107",
  segs=["Dear Ms Achebe,",
        "You asked us to delete your user account. Before we go ahead, please confirm:",
        "1. That both user IDs U-11842 and U-20977 belong to you.",
        "2. That you understand we must keep settlement records for the period required by law.",
        "3. Whether you would like us to stop using your details for any other purpose while the deletion is "
        "processed.",
        "Yours sincerely,\nData Protection Team, PEXA"],
  ans={2: "Yes, both are mine (the second is from my time at Finch & Co). Please go ahead and delete both.",
       3: "Understood, that's fine.",
       4: "Yes please - don't use them for anything in the meantime."},
  tops=["Hi,", "Regards,\nRowena"],
  envs=["OM/none", "GT/init"],
  lab=short_labels(r="erasure,restriction"),
  note="Calm answers only inside the quote: 'go ahead and delete both' = erasure, 'don't use them for anything in the "
       "meantime' = restriction; no dissatisfaction, so not a complaint.")

S("iab-U04", "pexa",
  senders=[("Tamsin Crowe", "tamsin.crowe@gmail.com"), ("Tamsin Crowe", "tcrowe@crowehomes.co.uk")],
  ini="TC", firm=PEXA_RES,
  date="2028-04-27 09:50", subj="Your remortgage - how we can help",
  segs=["Dear Ms Crowe,",
        "Thank you for getting in touch about your remortgage. PEXA provides the platform used by lenders and "
        "conveyancers; to pass your concerns to the right firm, please tell us:",
        "1. Which lender or firm is involved?",
        "2. What has gone wrong?",
        "3. Are you happy for us to share your name and contact details with them?",
        "Kind regards,\nCustomer Resolution Team, PEXA"],
  ans={2: "Kestrel Building Society - my existing mortgage.",
       3: "Their redemption statement said £148,220 and my new lender's solicitor sent exactly that. Two days later "
          "Kestrel said the real figure was £151,870 because they'd left off the early repayment charge. Completion "
          "slipped a week and I've paid an extra month's storage. I want Kestrel to explain the wrong figure and pay "
          "the extra costs.",
       4: "Yes."},
  tops=["Thanks", "Thanks, Tamsin"],
  envs=["OW/init", "HB/blue"],
  lab=short_labels(c=True, cat="inaccurate_information", firm="kbs"),
  note="Only a 'Thanks' on top; the answers complain (implicitly) that her lender Kestrel issued a wrong redemption "
       "figure and ask it to pay the costs: a consumer complaint purely about a participant firm (kbs), "
       "inaccurate_information.")

S("iab-U05", "pexa",
  senders=[("Philippa Oduya", "p.oduya@marchbankpropertylaw.co.uk"), ("Philippa Oduya", "philippa.oduya@marchbankpropertylaw.co.uk")],
  ini="PO", firm=("PEXA Training", "training@pexa.co.uk"),
  date="2028-06-19 13:33", subj="Lodgement Masterclass 9 July - confirm your places",
  segs=["Hi Philippa,",
        "Please confirm your places on the Lodgement Masterclass on 9 July:",
        "1. Names of attendees.",
        "2. Any accessibility or dietary needs.",
        "3. Will you attend in person or online?",
        "Thanks,\nPEXA Training"],
  ans={2: "Chloe Barnes and Idris Khan - the same two people who were booked on the 14 May and 11 June sessions you "
          "cancelled.",
       3: "None.",
       4: "Online. And can someone please confirm this one will actually go ahead? My trainees can't lodge "
          "unsupervised until they've done it and I'm covering their work myself. Two cancellations with a day's "
          "notice each is not good enough."},
  tops=["", "Hello,"],
  envs=["OB/init", "OM/caps"],
  lab=short_labels(c=True, cat="training"),
  note="Nothing on top; the answers protest two short-notice course cancellations and their cost and ask for "
       "confirmation: an implicit complaint about training (the specific theme beats delay).")

S("iab-U06", "pexa",
  senders=[("Hamish Leckie", "h.leckie@tvmortgages.co.uk"), ("Hamish Leckie | TVM", "hamish.leckie@tvmortgages.co.uk")],
  ini="HL", firm=("Leila Fraser | PEXA Customer Resolution", "customer.resolution@pexa.co.uk"),
  date="2028-03-30 16:05", subj="Final response - complaint PX-C-29905",
  segs=["Dear Hamish,",
        "Further to my investigation into your complaint, I agree that your firm was charged twice for five "
        "workspaces in February. We have credited £342.00 to your account, which will show on your next invoice.",
        "Please let me know:",
        "1. Whether you are happy for me to close your complaint.",
        "2. Whether you would like this confirmed by letter.",
        "Kind regards,\nLeila Fraser\nCustomer Resolution, PEXA"],
  ans={3: "Yes, thank you - happy for you to close the complaint, the credit is exactly right.",
       4: "No need, this email is enough."},
  tops=["Regards,\nHamish", ""],
  envs=["HD/none", "GT/caps"],
  lab=short_labels(),
  note="Inside the final response the sender only confirms the credit is right and the complaint can be closed: a "
       "thank-you for a resolved matter is not a complaint, even though his own answer uses the word.")

S("iab-U07", "pexa",
  senders=[("Anjali Raman", "a.raman@greyfriarslaw.co.uk"), ("Anjali Raman", "anjali.raman@greyfriarslaw.co.uk")],
  ini="AR", firm=("PEXA Privacy Office", "privacy@pexa.co.uk"),
  date="2028-07-05 11:00", subj="Important: information about your clients - PRV-0117",
  segs=["Dear Ms Raman,",
        "We are writing to let you know that on 3 July a spreadsheet containing the names and completion dates of 26 "
        "of your firm's clients was sent in error to another participant firm.",
        "What we have done: the recipient has confirmed that the file has been deleted.",
        "Please let us know:",
        "1. Whether you would like us to write to the affected clients, or would prefer to do so yourselves.",
        "2. Who we should send the full list of affected clients to.",
        "Yours sincerely,\nPrivacy Office, PEXA"],
  ans={1: "Which firm received it? We are entitled to know who now has our clients' names and completion dates.",
       2: "Confirmed how? We want that confirmation in writing from the recipient firm, not just your word for it.",
       4: "We will write to our clients ourselves and we expect PEXA to cover the cost. Please log this as a formal "
          "complaint from the firm.",
       5: "Me."},
  tops=["", "Anjali Raman\nHead of Risk, Greyfriars Law LLP"],
  envs=["OB/none", "HD/red"],
  lab=short_labels(c=True, ex=True, pd=True, br=True, cat="personal_data"),
  note="No word on top; inside PEXA's notice the firm demands details of the misdirected client spreadsheet (breach) "
       "and costs and asks for 'a formal complaint' (explicit); Greyfriars complains about PEXA, so no other firm.")

S("iab-U08", "conexus",
  senders=[("Priya Natarajan", "priya.natarajan@hotmail.com"), ("Priya Natarajan", "p.natarajan@brightlinelettings.co.uk")],
  ini="PN", firm=CX_COL,
  date="2028-05-04 12:12", subj="Your income and expenditure review - CX-9902164",
  segs=["Dear Ms Natarajan,",
        "It is time to review your payment arrangement. Please confirm:",
        "1. Has your income changed since your last review?",
        "2. Could you increase your payment from £30 a month?",
        "3. The best time to contact you.",
        "Yours sincerely,\nCollections, Conexus"],
  ans={2: "No, still the same.",
       3: "No, I really can't.",
       4: "Not at work! Your agents have rung my work mobile five times this week, twice while I was with a "
          "customer, and one of them said they'd 'keep calling until I pay more'. Stop it, and put in writing that "
          "you will only contact me by email."},
  tops=["", "Priya"],
  envs=["OW/caps", "OM/none"],
  lab=short_labels(c=True, cat="collection_conduct"),
  note="Nothing on top; the last answer protests repeated pressuring calls at work and demands written assurance: "
       "implicit complaint about how the debt is pursued (collection_conduct); 'only contact me by email' is a "
       "conduct remedy, not objection.")

S("iab-U09", "conexus",
  senders=[("Simon Farnham", "simon.farnham@gmail.com"), ("Simon Farnham", "s.farnham@farnhamsurveying.co.uk")],
  ini="SF", firm=CX_CR,
  date="2028-03-15 10:45", subj="Mr Edward Farnham - account CX-1174520",
  segs=["Dear Mr Farnham,",
        "Thank you for your email about Mr Edward Farnham. Before we can discuss his account with you we need:",
        "1. Your relationship to Mr Farnham.",
        "2. His written consent, or a power of attorney.",
        "3. His date of birth.",
        "Kind regards,\nCustomer Relations, Conexus"],
  ans={2: "I'm his son.",
       3: "Signed consent form attached - Dad filled it in yesterday.",
       4: "02/11/1941."},
  tops=["Hello,", "Best wishes\nSimon Farnham"],
  envs=["OB/init", "HB/green"],
  lab=short_labels(tp=True),
  note="A son supplies his father's consent and details inside the collector's questions: written on someone else's "
       "behalf (third_party) but with no dissatisfaction, so not a complaint.")

S("iab-U10", "conexus",
  senders=[("Oliver Brandt", "oliver.brandt@sky.com"), ("Oliver Brandt", "olly.brandt@gmail.com")],
  ini="OB", firm=CX_CR,
  date="2028-02-22 14:30", subj="Ashgrove Catalogue Shopping - ref CX-6650381",
  segs=["Dear Mr Brandt,",
        "We are collecting £214.60 on behalf of Ashgrove Catalogue Shopping. You have told us you returned the "
        "goods. Please provide:",
        "1. The date you returned them.",
        "2. Any returns reference or proof of postage.",
        "3. Whether you have contacted Ashgrove directly.",
        "Yours sincerely,\nCustomer Relations, Conexus"],
  ans={2: "10 January, inside the 14 days.",
       3: "Royal Mail tracking JV448120335GB, signed for at Ashgrove's warehouse on the 12th.",
       4: "Three times. They keep saying it's 'being looked into' and meanwhile they've passed it to you. Ashgrove "
          "need to cancel this balance - I don't owe them anything."},
  tops=["", "Oliver"],
  envs=["OM/init", "OW/none"],
  lab=short_labels(c=True, cat="debt_dispute", firm="unknown"),
  note="The answers say the goods were returned and the creditor must cancel the balance: the root cause is the "
       "creditor, which is not in the directory (about_other_firm=unknown), category debt_dispute.")

S("iab-U11", "conexus",
  senders=[("Hyun-woo Park", "hyunwoo.park@gmail.com"), ("Hyunwoo Park", "h.park@parkdigital.co.uk")],
  ini="HP", firm=("Conexus Data Protection", "dataprotection@conexus.co.uk"),
  date="2028-04-12 16:20", subj="Your request for your account information",
  segs=["Dear Mr Park,",
        "We can provide your account history as printed statements sent by post. Please confirm:",
        "1. That printed statements are suitable.",
        "2. Your postal address.",
        "Kind regards,\nData Protection Team, Conexus"],
  ans={2: "Not really - could you send it as a CSV or spreadsheet file instead? I'd like to import it into my budgeting "
          "app.",
       3: "If it has to be post: 17 Fenwick Road, Gateshead NE8 3PL. But a file by email would be much better."},
  tops=["Hi there,", ""],
  envs=["HB/purple", "OB/none"],
  lab=short_labels(r="portability"),
  note="A polite inline request for the account history as a CSV file to import into another app = portability; no "
       "dissatisfaction, so not a complaint.")

S("iab-U12", "conexus",
  senders=[("Sharon Petrie", "sharon.petrie@blueyonder.co.uk"), ("Sharon Petrie", "sharonpetrie@icloud.com")],
  ini="SP", firm=("Conexus Complaints Team", "complaints@conexus.co.uk"),
  date="2028-05-26 09:25", subj="Final response - CX-COMP-60344",
  segs=["Dear Mrs Petrie,",
        "We apologise for the time it has taken to reply.",
        "Your concern: the amount of your payment plan.",
        "Our findings: the plan was set correctly at £50 a month, in line with the income and expenditure you gave us.",
        "We now consider this matter closed.",
        "Yours sincerely,\nComplaints Team, Conexus"],
  ans={1: "One line of apology for taking 11 weeks, when your own leaflet says 8. Why did it take so long, and why did "
          "nobody answer my two chasers?",
       3: "Fine on the plan, I accept that.",
       4: "Not until you answer my question about the delay."},
  tops=["", "Sharon Petrie"],
  envs=["OW/init", "HD/blue"],
  lab=short_labels(c=True, cat="delay"),
  note="Nothing but a name on top; the answers accept the findings but protest an 11-week response and unanswered "
       "chasers and want an explanation: an implicit complaint about delay.")

S("iab-U13", "conexus",
  senders=[("Bernard Quaye", "bernardquaye@aol.co.uk"), ("B. Quaye", "b.quaye@aol.co.uk")],
  ini="BQ", firm=CX_CR,
  date="2028-06-27 11:40", subj="The letter you received - our ref MIS-2207",
  segs=["Dear Mr Quaye,",
        "Thank you for calling us about a letter you received that was meant for someone else. Please help us by "
        "confirming:",
        "1. The name the letter was addressed to.",
        "2. What information it contained.",
        "3. What you have done with it.",
        "Kind regards,\nCustomer Relations, Conexus"],
  ans={2: "Mrs K. Doughty, who lives at number 16, not 61.",
       3: "Her account number and how much she owes. I only opened it because it had my house number on it.",
       4: "Put it through her door this morning. No need to reply to me."},
  tops=["Hello", "Regards, B. Quaye"],
  envs=["OM/caps", "GT/none"],
  lab=short_labels(br=True),
  note="A neighbour's inline answers describe another person's debt letter opened at the wrong address (breach=true), "
       "with no dissatisfaction and no reply wanted: not a complaint, and not third_party.")

S("iab-U14", "conexus",
  senders=[("Agnieszka Duda", "agnieszka.duda@onet.pl"), ("Agnieszka Duda", "a.duda.uk@gmail.com")],
  ini="AD", firm=CX_CR,
  date="2028-07-10 08:30", subj="Please check your details - account CX-3095517",
  segs=["Dear Ms Duda,",
        "Please review the details we hold for you:",
        "Address: 5 Pike Lane, Keighley",
        "Phone: 07700 900550",
        "Marketing: you are opted in to updates about our partners' debt advice products",
        "Kind regards,\nConexus"],
  ans={2: "I have moved - now 12 Brambling Way, Skipton BD23 2QT. Please update it.",
       3: "Still correct.",
       4: "Please opt me out. I object to my details being used for any marketing."},
  tops=["Good morning,", "Thanks, A. Duda"],
  envs=["OB/caps", "OW/init"],
  lab=short_labels(r="rectification,objection"),
  note="Inline answers update her address (rectification) and object to marketing use (objection) without any "
       "grievance: rights requests, not a complaint.")

# ---- Group C (controls: the message is written above the quote) -------------------------------

S("iab-C02", "pexa",
  senders=[("Grace Adebayo-Smith", "g.adebayo-smith@penninekeylaw.co.uk"), ("Grace Adebayo-Smith", "grace.as@penninekeylaw.co.uk")],
  firm=("Jordan Blake | PEXA Support", "support@pexa.co.uk"),
  date="2028-06-14 15:50", subj="Case 00493320 - lodgement, workspace 4410 8821",
  segs=["Hi Grace,",
        "Thanks for your patience. The lodgement for workspace 4410 8821 is with our team and we expect it to be "
        "completed within 48 hours.",
        "Kind regards,\nJordan Blake\nPEXA Support"],
  tops=["See below. That's the third time since 2 June I've been told 'within 48 hours', and it still hasn't been "
        "lodged. Our buyer's lender is now asking questions we can't answer. Can someone tell me what is actually "
        "holding it up and give me a date I can rely on?\n\nGrace Adebayo-Smith\nSenior Conveyancer, Pennine Key Law"],
  envs=["OB/-", "GT/-"],
  lab=short_labels(c=True, cat="delay"),
  note="Control: 'see below' points at PEXA's untouched mail; the top text protests a third broken 48-hour promise "
       "and asks for a reliable date: an implicit still-waiting complaint (delay).")

S("iab-C03", "pexa",
  senders=[("Harvey Lin", "harvey.lin@outlook.com"), ("Harvey Lin", "harveylin.home@gmail.com")],
  firm=PEXA_RES, fwd=True,
  author=("Ben Harcourt | Orchard Lane Solicitors", "b.harcourt@orchardlanesolicitors.co.uk"),
  date="2028-05-12 17:35", subj="Your purchase - 8 Ridgeway Close",
  segs=["Dear Mr Lin,",
        "Unfortunately completion could not take place today because of a problem with the PEXA system. We expect to "
        "complete tomorrow morning and will call you as soon as the funds are through.",
        "Regards,\nBen Harcourt\nOrchard Lane Solicitors"],
  tops=["Hello,\n\nMy solicitors sent me the email below. Could you tell me whether there really was a problem with "
        "your system on Friday 12 May? I'm just trying to understand what happened before I speak to them again.\n\n"
        "Thanks,\nHarvey Lin"],
  envs=["FW/-", "HD/-"],
  lab=short_labels(),
  note="Control: a buyer forwards his solicitor's mail with a neutral question about what happened on the platform; "
       "no dissatisfaction with anyone and no remedy sought, so an enquiry, not a complaint.")

S("iab-C04", "pexa",
  senders=[("Andrew Quint", "a.quint@quintmallory.co.uk"), ("Andrew Quint", "andrew.quint@quintmallory.co.uk")],
  firm=("PEXA Customer Resolution", "customer.resolution@pexa.co.uk"),
  date="2028-04-04 12:00", subj="We have received your complaint - PX-C-30210",
  segs=["Dear Mr Quint,",
        "Thank you for your complaint about the workspace fees on your March invoice, which we received on 3 April. "
        "Your reference is PX-C-30210.",
        "We aim to resolve complaints within three business days. If we cannot, we will write to you within five "
        "business days to explain what happens next.",
        "Kind regards,\nCustomer Resolution Team, PEXA"],
  tops=["It's now five weeks since you sent this and I've heard nothing: no resolution, no update, not even a holding "
        "email. I made a formal complaint about the fees and I would like to know who is dealing with it and when "
        "I will get an answer.\n\nAndrew Quint\nFinance Director, Quint Mallory LLP"],
  envs=["GT/-", "HB/-"],
  lab=short_labels(c=True, ex=True, cat="delay"),
  note="Control: a top-posted chaser above an untouched acknowledgement; five weeks of silence on 'a formal "
       "complaint' he made = explicit complaint about delay (the new text is only about the overdue answer).")

S("iab-C05", "pexa",
  senders=[("Keira Doyle", "accounts@lindenmoorlaw.co.uk"), ("Keira Doyle", "k.doyle@lindenmoorlaw.co.uk")],
  firm=("PEXA Billing", "billing@pexa.co.uk"),
  date="2028-05-03 07:30", subj="Invoice INV-90122 is now available",
  segs=["Dear customer,",
        "Your invoice INV-90122 for April is now available in the billing area of the platform.",
        "Total due: £1,284.60 + VAT, payable within 30 days.",
        "PEXA Billing"],
  tops=["Hello,\n\nThis invoice includes a £30 'priority lodgement' charge on eight workspaces (£240 in all) where "
        "priority lodgement was never selected - we've checked every one. We have paid in full to avoid a "
        "late-payment flag, but we expect the £240 back. Please send the refund to the account set out below, not "
        "as a credit note.\n\nAccount name: Linden Moor Law Ltd\nSort code: 20-44-91\nAccount number: 40817733\n"
        "Reference: INV-90122 refund\n\nThanks,\nKeira Doyle\nAccounts, Linden Moor Law"],
  envs=["OM/-", "HD/-"],
  lab=short_labels(c=True, cat="fees_charges"),
  note="Control: 'set out below' points at bank details in her own text, not at answers in the quote; charges for a "
       "service never selected with a refund demanded = implicit complaint about PEXA's fees (fees_charges).")

S("iab-C06", "pexa",
  senders=[("Martin Kowal", "martin.kowal@gmail.com"), ("Martin Kowal", "m.kowal@kowalproperty.co.uk")],
  firm=("PEXA Complaints", "complaints@pexa.co.uk"), author="self",
  own_subj=["FW: Request for my data - second request", "Re: Request for my data"],
  date="2028-04-03 19:02", subj="Request for my data",
  segs=["Dear PEXA,",
        "Under data protection law I am asking for a copy of all the personal data you hold about me, including any "
        "call recordings. My user ID was U-150329.",
        "Thank you,\nMartin Kowal"],
  tops=["Please see my email below, sent on 3 April. It is now over a month later and I have not had so much as an "
        "acknowledgement. I am still asking for a copy of everything you hold about me, and I want to know why my "
        "first request was ignored.\n\nMartin Kowal"],
  envs=["OB/-", "GT/-"],
  lab=short_labels(c=True, pd=True, r="access", cat="personal_data"),
  note="Control: 'see below' points at his own earlier request, quoted untouched; the new text protests that an "
       "access request was ignored and repeats it: implicit complaint about a badly handled rights request "
       "(personal_data), rights=access.")

S("iab-C07", "pexa",
  senders=[("Neil Abernethy", "neil.abernethy@abernethylaw.co.uk"), ("Neil Abernethy", "n.abernethy@abernethylaw.co.uk")],
  firm=("Rachel Okoro | PEXA Customer Resolution", "customer.resolution@pexa.co.uk"),
  date="2028-08-01 10:10", subj="Final response to your complaint - PX-C-30077",
  segs=["Dear Mr Abernethy,",
        "I have completed my review of your complaint about the cancelled training sessions. I am sorry for the "
        "disruption this caused.",
        "We have refunded the two course fees (£190 in total) and booked your team onto the session on 4 September.",
        "Kind regards,\nRachel Okoro\nCustomer Resolution, PEXA"],
  tops=["Thanks Rachel, that's all sorted at our end - the refund has arrived and the team are booked in for "
        "September. Much appreciated.\n\nNeil"],
  envs=["HB/-", "OM/-"],
  lab=short_labels(),
  note="Control: a top-posted thank-you confirming a resolved matter above the untouched final response; the "
       "complaint wording is only in the quote, so not a complaint.")

S("iab-C08", "pexa",
  senders=[("Susan Abbott-Reid", "susan.abbottreid@gmail.com"), ("Susan Abbott-Reid", "s.abbott-reid@nhs.net")],
  firm=PEXA_RES, fwd=True, author=("Reginald Abbott", "reg.abbott1939@btinternet.com"),
  date="2028-07-17 08:12", subj="the flat money",
  segs=["Susan,",
        "Can you sort this out for me. I can't get anywhere on the phone with Thames Valley. They were supposed to "
        "send the money for the flat on Friday and the solicitor says it still hasn't come.",
        "Dad"],
  tops=["Hello,\n\nI'm forwarding my father's email below. He is 84 and has asked me to deal with this for him. His "
        "lender, Thames Valley Mortgages, was due to release the funds for his purchase of Flat 2, 19 Marlowe Court "
        "on Friday and still hasn't; his solicitor says the hold-up is at the lender's end, not with your system. "
        "Please pass this to Thames Valley and ask them to release the funds and contact me.\n\nSusan Abbott-Reid"],
  envs=["FW/-", "HD/-"],
  lab=short_labels(c=True, tp=True, cat="delay", firm="tvm"),
  note="Control: a daughter forwards her father's mail and writes on his behalf (third_party) that his lender has not "
       "released funds: a consumer complaint purely about the participant lender (tvm), category delay.")

S("iab-C09", "conexus",
  senders=[("Dwayne Stewart", "dwaynestewart@outlook.com"), ("Dwayne Stewart", "d.stewart84@gmail.com")],
  firm=CX_COL,
  date="2028-03-03 13:20", subj="A few questions about your account - CX-5583016",
  segs=["Dear Mr Stewart,",
        "To help us agree the right arrangement with you, please tell us:",
        "1. Are you currently working?\n2. How many dependants live with you?\n"
        "3. Would you prefer us to contact you by phone or email?",
        "Yours sincerely,\nCollections, Conexus"],
  tops=["Hi,\n\n1. Yes, full time since February.\n2. Two, my daughters.\n3. Email please, I can't always answer "
        "the phone at work.\n\nThanks\nDwayne"],
  envs=["GT/-", "OM/-"],
  lab=short_labels(),
  note="Control: routine answers given as a numbered list above the untouched quote; preferring email is a contact "
       "preference, not a grievance or objection, so not a complaint.")

S("iab-C10", "conexus",
  senders=[("Leanne Fox", "leannefox22@hotmail.co.uk"), ("Leanne Fox", "leanne.fox@foxandfriends-nursery.co.uk")],
  firm=("Conexus Collections", "collections@conexus.co.uk"), author="self",
  own_subj=["FW: Payment plan - CX-7209934", "Re: Payment plan - CX-7209934"],
  date="2028-05-02 20:41", subj="Payment plan - CX-7209934",
  segs=["Hello,",
        "I'd like to set up a payment plan of £20 a month for account CX-7209934. Could you confirm that's OK and "
        "send me the bank details to pay into?",
        "Thanks,\nLeanne Fox"],
  tops=["See my email below from three weeks ago. Still no reply, and meanwhile I've had another letter saying the "
        "account is in arrears. I've been trying to pay you! Please answer and withdraw the arrears letter.\n\nLeanne"],
  envs=["OB/-", "HB/-"],
  lab=short_labels(c=True, cat="delay"),
  note="Control: 'see my email below' means her own unanswered request; three weeks without a reply plus an arrears "
       "letter, with a demand to answer and withdraw it = implicit still-waiting complaint (delay).")

S("iab-C11", "conexus",
  senders=[("Kenji Sato", "kenji.sato@gmail.com"), ("Kenji Sato", "k.sato@satoarchitects.co.uk")],
  firm=CX_CR, fwd=True, author=("Lumen Water Customer Accounts", "accounts@lumenwater.co.uk"),
  date="2028-04-18 09:00", subj="Your account 88120473 - closed",
  segs=["Dear Mr Sato,",
        "We confirm that your account 88120473 was closed on 15 March with a nil balance following your final "
        "payment. No further amount is due.",
        "Kind regards,\nCustomer Accounts, Lumen Water"],
  tops=["Forwarding this from Lumen Water. They confirm in writing that I owe nothing, yet you sent me another demand "
        "for £178.30 last week and one of your people phoned me on Saturday. Stop chasing a debt that doesn't exist "
        "and confirm the account is closed.\n\nKenji Sato"],
  envs=["FW/-", "HD/-"],
  lab=short_labels(c=True, cat="debt_dispute"),
  note="Control: a forward with a comment; the creditor confirms a nil balance and the grievance is Conexus still "
       "pursuing it, so an implicit debt_dispute with about_other_firm=null (Lumen is merely named).")

S("iab-C12", "conexus",
  senders=[("Daniel Okafor-Reyes", "danokaforreyes@gmail.com"), ("Daniel Okafor-Reyes", "daniel.or@outlook.com")],
  firm=CX_COL,
  date="2028-06-12 10:00", subj="Notice of visit - account CX-4016672",
  segs=["Dear Mr Okafor-Reyes,",
        "As we have been unable to reach you, one of our field agents will call at your address on 18 June to "
        "discuss your account.",
        "Yours sincerely,\nCollections, Conexus"],
  tops=["I want to complain about your agent's visit on Tuesday. He arrived at 8pm, kept his finger on the bell until "
        "my neighbour came out, and then told her, in front of me, that he was there about my Sterling Credit debt. "
        "My neighbour now knows my business. He also refused to leave when I asked him to. I expect an apology and "
        "to be told what you are going to do about him.\n\nDaniel Okafor-Reyes"],
  envs=["OM/-", "HB/-"],
  lab=short_labels(c=True, ex=True, pd=True, br=True, cat="collection_conduct"),
  note="Control: an explicit complaint written above the untouched visit notice; the main grievance is the agent's "
       "doorstep conduct (collection_conduct), and telling the neighbour about the debt is a disclosure (breach, "
       "personal_data); the creditor is merely named.")

S("iab-C13", "conexus",
  senders=[("Terry Nwosu", "terry.nwosu@sky.com"), ("Terry Nwosu", "tnwosu@nwosuplumbing.co.uk")],
  firm=CX_COL,
  date="2028-05-20 08:40", subj="Your statement - account CX-2231985",
  segs=["Dear Mr Nwosu,",
        "Payments received: £100.00\nBalance outstanding: £624.00",
        "Kind regards,\nCollections, Conexus"],
  tops=["Your balance is wrong. I've listed every payment I've made below - three of them are missing from your "
        "statement.\n\n5 Jan  £50\n5 Feb  £50\n5 Mar  £50\n5 Apr  £50\n5 May  £50\n\nThat's £250, not £100. "
        "Please correct the balance and confirm it in writing.\n\nTerry Nwosu"],
  envs=["GT/-", "HD/-"],
  lab=short_labels(c=True, cat="debt_dispute"),
  note="Control: 'listed below' is his own payment list above the quote; missing payments and a demand to correct "
       "the balance = implicit debt_dispute.")

S("iab-C14", "conexus",
  senders=[("Martin Esterhuizen", "m.esterhuizen@cherwellmoneyadvice.org.uk"),
           ("Cherwell Money Advice", "advice@cherwellmoneyadvice.org.uk")],
  firm=CX_CR,
  date="2028-03-24 11:30", subj="Ms Carla Jennings - authority received, CX-9031746",
  segs=["Dear Mr Esterhuizen,",
        "Thank you for your letter of authority for Ms Carla Jennings. We will now correspond with you about her "
        "account, and we have placed the account on hold for 30 days.",
        "Kind regards,\nCustomer Relations, Conexus"],
  tops=["Thank you. To help us prepare Ms Jennings' financial statement, please send us a copy of all the personal "
        "data you hold about her, including account notes and call recordings. She also tells us the mobile number "
        "on your file is out of date; please don't use it until she has confirmed the correct one with us.\n\n"
        "Kind regards\nMartin Esterhuizen\nDebt Adviser, Cherwell Money Advice"],
  envs=["OB/-", "HB/-"],
  lab=short_labels(tp=True, r="access,restriction"),
  note="Control: a money adviser writes above the quote for his client (third_party): a copy of all data = access, "
       "'don't use the number until confirmed' = restriction; no dissatisfaction, so not a complaint.")

S("iab-C15", "conexus",
  senders=[("Farah Qureshi", "farah.qureshi@gmail.com"), ("Farah Qureshi", "f.qureshi@outlook.com")],
  firm=CX_COL,
  date="2028-06-21 18:05", subj="Your payment plan offer - account CX-6120458",
  segs=["Dear Ms Qureshi,",
        "Based on the figures you entered, our online tool has calculated a plan of £48 a month for 18 months.",
        "You can accept the plan online until 30 June.",
        "Kind regards,\nConexus"],
  tops=["Hello,\n\nBefore I accept this, could a member of staff rather than the online tool look at my figures and "
        "decide on the plan? My hours change from week to week and I'm not sure the tool has allowed for that. "
        "Happy to send payslips.\n\nThanks\nFarah Qureshi"],
  envs=["HD/-", "OW/-"],
  lab=short_labels(r="automated_decision"),
  note="Control: a polite request above the quote for a person rather than the tool to decide = automated_decision; "
       "nothing has gone wrong and no grievance is expressed, so not a complaint.")

S("iab-C16", "conexus",
  senders=[("Ruth Ellison-Hart", "ruth.ellisonhart@btinternet.com"), ("Ruth Ellison-Hart", "ruthellisonhart@gmail.com")],
  firm=CX_CR, fwd=True, author=("Pennant Mobile Customer Care", "customercare@pennantmobile.co.uk"),
  date="2028-02-08 14:14", subj="Your early termination charge - PM-5521903",
  segs=["Dear Ms Ellison-Hart,",
        "Following your call today, we have agreed to waive the early termination charge of £186.00 on your "
        "account.",
        "Kind regards,\nCustomer Care, Pennant Mobile"],
  tops=["I want to complain. Pennant Mobile agreed in writing (forwarded below) to waive the £186 termination charge, "
        "but it is still in the £311 you are chasing me for. I'm not paying a charge Pennant has cancelled - Pennant "
        "need to correct what they sent you.\n\nRuth Ellison-Hart"],
  envs=["FW/-", "OB/-"],
  lab=short_labels(c=True, ex=True, cat="debt_dispute", firm="pmt"),
  note="Control: a forward with an explicit complaint on top; the disputed sum is a creditor's charge the creditor "
       "promised to waive, which only Pennant can correct, so about_other_firm=pmt, category debt_dispute.")

# ==== END OF SCENARIOS ====

# ---------------------------------------------------------------------------------------------

def build(rng):
    del rng  # the texts are fixed; run_generator's rng only shuffles
    recs = []
    for sc in SCENARIOS:
        assert sc["envs"][0] != sc["envs"][1] and sc["senders"][0] != sc["senders"][1], sc["sid"]
        for env in sc["envs"]:
            lay, mk = env.split("/")
            assert lay in LAYOUTS and (mk not in COLOURS or lay in ("HB", "HD")), (sc["sid"], env)
            assert (sc["grp"] == "C") == (mk == "-") and (sc["grp"] == "C") == ("ans" not in sc), (sc["sid"], env)
        for e in (0, 1):
            recs.append(render(sc, e, None))
    return recs


def summary(records, env_count):
    del env_count
    grp, lay, mk, lab, rights = (collections.Counter() for _ in range(5))
    for g, la, m in ENV_INFO.values():
        grp[g] += 1
        lay[(g, la)] += 1
        mk[(g, m)] += 1
    for r in records:
        L = r["labels"]
        for k in ("complaint", "explicit", "personal_data", "breach", "third_party", "auto_generated"):
            lab[k] += L[k]
        for x in L["rights"]:
            rights[x] += 1
        lab["firm:" + str(L["about_other_firm"])] += 1
        lab["cat:" + L["category"]] += 1
    comp_by_grp = collections.Counter(r["source"].split("-")[1][0] for r in records if r["labels"]["complaint"])
    lines = [f"wrote {len(records)} records, {len({r['source'] for r in records})} scenarios to {OUT}",
             "emails per group: " + ", ".join(f"{g}={grp[g]}" for g in "AUC"),
             "complaints per group: " + ", ".join(f"{g}={comp_by_grp[g]}" for g in "AUC"),
             "labels: " + ", ".join(f"{k}={v}" for k, v in sorted(lab.items())),
             "rights: " + ", ".join(f"{k}={v}" for k, v in sorted(rights.items())),
             "layouts (group, layout): " + ", ".join(f"{g}/{la}={v}" for (g, la), v in sorted(lay.items())),
             "layout totals: " + ", ".join(f"{la}={sum(v for (g, l2), v in lay.items() if l2 == la)}"
                                           for la in LAYOUTS),
             "marks (group, mark): " + ", ".join(f"{g}/{m}={v}" for (g, m), v in sorted(mk.items())),
             f"records whose explicit check was replaced by the own-words check: {len(AFFECTED)}"]
    return "\n".join(lines)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=errors)


if __name__ == "__main__":
    sys.exit(main())
