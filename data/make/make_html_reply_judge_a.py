#!/usr/bin/env python3
"""Judge set hja: replies as real mail programs write them (HTML and plain text), labelled by the guide.

60 scenarios (30 pexa, 30 conexus), each rendered twice with different envelopes (sender, mail program, date
format, greeting, sign-off), same layout group: 120 emails.

* Group H (26 scenarios, HTML only): top-posted, bottom-posted and inline answers in the markup of Gmail, Outlook
  desktop, Outlook on the web, Apple Mail, iPhone Mail, Thunderbird and Yahoo.
* Group P (18, plain text): "> " quotes with the sender's answers on the line directly under a quoted line; in one
  rendering of each scenario one long quoted line is wrapped by the program (its tail on the next line, unmarked).
* Group C (16, controls): top-posted replies, forwards and new mail without a quote.

Labels follow /work/shared/labelling/labelling-guide.md, read on the sender's own words wherever they sit.
`explicit` is checked against the sender's own words (subject plus every own block), which this generator knows;
record_errors' own explicit check (new_text(), which cannot see text below or between quotes, and does not
recognise every program's quote markup) is dropped only for records where it disagrees with that.

Stdlib only.  Run: .venv/bin/python data/make/make_html_reply_judge_a.py
"""
import collections
import datetime
import os
import sys
import textwrap

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (RIGHTS, escape_html, new_text, quote_lines, record_errors, run_generator,  # noqa: E402
                           short_labels)

SEED = 20280112
PREFIX = "hja"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "html_reply_judge_a.jsonl")

MAILBOX_ADDR = {"pexa": "complaints@pexa.co.uk", "conexus": "complaints@conexus-services.com"}

# ---------------------------------------------------------------------------------------------
# dates

DOW = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
DAYNAME = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTH = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December")


def pick_date(rng, on=None, spread=4):
    """A weekday in office hours: between 5 Jan and 20 Mar 2026 (GMT throughout), or, for a scenario whose text
    refers to dates, on the day `on` ("2026-03-13") or up to `spread` days after it."""
    if on:
        d = datetime.date.fromisoformat(on) + datetime.timedelta(days=rng.randrange(0, spread + 1))
    else:
        d = datetime.date(2026, 1, 5) + datetime.timedelta(days=rng.randrange(0, 75))
    while d.weekday() > 4:
        d += datetime.timedelta(days=1)
    return datetime.datetime(d.year, d.month, d.day, rng.randrange(8, 18), rng.randrange(0, 60), rng.randrange(0, 60))


def fmt_date(dt, style):
    d, m, y = dt.day, dt.month, dt.year
    hm = f"{dt.hour:02d}:{dt.minute:02d}"
    if style == "gmail":
        return f"{DOW[dt.weekday()]}, {d} {MON[m - 1]} {y} at {hm}"
    if style == "apple":
        return f"{d} {MON[m - 1]} {y}, at {hm}"
    if style == "thunderbird":
        return f"{d:02d}/{m:02d}/{y} {hm}"
    if style == "yahoo":
        return f"{DAYNAME[dt.weekday()]}, {d} {MONTH[m - 1]} {y}, {hm}:{dt.second:02d} GMT"
    if style == "outlook":
        return f"{d:02d} {MONTH[m - 1]} {y} {hm}"
    if style == "owa":
        return f"{DAYNAME[dt.weekday()]}, {d} {MONTH[m - 1]} {y} {hm}"
    if style == "mutt":
        h12 = dt.hour % 12 or 12
        return f"{DOW[dt.weekday()]}, {MON[m - 1]} {d:02d}, {y} at {h12:02d}:{dt.minute:02d}:{dt.second:02d}" \
               f"{'AM' if dt.hour < 12 else 'PM'} +0000"
    if style == "rfc":
        return f"{DOW[dt.weekday()]}, {d} {MON[m - 1]} {y} {hm}:{dt.second:02d} +0000"
    raise ValueError(style)


# ---------------------------------------------------------------------------------------------
# people


class P:
    """A person: full name, address, how a letter addresses them, first name, optional signature line."""

    def __init__(self, full, addr, formal=None, sig=""):
        self.full, self.addr, self.sig = full, addr, sig
        self.first = full.split()[0]
        self.formal = formal or self.first

    def hdr(self):
        return f"{self.full} <{self.addr}>"


GREETINGS = ("Hi {qf},", "Hello {qf},", "Dear {qt},", "Good morning,", "Hello,", "Hi,", "Dear {qf},",
             "Afternoon {qf},", "")
GENERIC_GREET = ("Hello,", "Hi,", "Dear Sir or Madam,", "Good afternoon,", "To whom it may concern,", "",
                 "Dear {firm} team,", "Hi there,")
SIGNOFFS = ("Thanks,\n{f}", "Kind regards,\n{full}", "Regards\n{f}", "Many thanks\n{full}", "{f}",
            "Best wishes,\n{full}", "Thanks\n{f}", "Cheers,\n{f}", "Yours sincerely,\n{full}", "Best,\n{f}")

# ---------------------------------------------------------------------------------------------
# scenarios (filled in below)

SCENARIOS = []
# scenarios whose text refers to dates: the quoted mail's date is (first day, extra days it may fall later)
DATES = {"p01": ("2026-03-02", 4), "p02": ("2026-02-09", 4), "p04": ("2026-03-05", 1), "p05": ("2026-03-02", 1),
         "p08": ("2026-03-05", 0), "p10": ("2026-03-13", 3), "p13": ("2026-03-02", 3), "p15": ("2026-02-16", 4),
         "p16": ("2026-03-02", 3), "p18": ("2026-03-06", 2), "p19": ("2026-02-09", 0), "p20": ("2026-01-12", 40),
         "p24": ("2026-02-02", 20), "p25": ("2026-03-09", 0), "p26": ("2026-03-06", 0), "p27": ("2026-02-16", 10),
         "p28": ("2026-03-02", 6), "p30": ("2026-03-09", 3),
         "c01": ("2026-03-09", 4), "c02": ("2026-03-02", 4), "c04": ("2026-03-04", 1), "c05": ("2026-03-02", 5),
         "c06": ("2026-03-04", 3), "c09": ("2026-02-02", 30), "c11": ("2026-02-11", 10), "c17": ("2026-01-09", 1),
         "c14": ("2026-03-02", 10), "c20": ("2026-03-02", 5), "c22": ("2026-03-10", 0), "c23": ("2026-01-19", 1),
         "c25": ("2025-12-01", 0), "c07": ("2026-01-05", 40), "c18": ("2026-02-02", 20), "c21": ("2026-03-02", 10)}


def sc(sid, mailbox, group, layout, progs, lab, note, subj, senders, quote=None, own=None, answers=None,
       intro="", greet=True, sign=True, fwd_to=None, headers=None, on=None, spread=4):
    """Register a scenario.

    quote: dict(who=P, greet=str with {qt}/{qf} for the recipient, body=[paragraphs], sign=str) or None.
    own: the sender's paragraphs (top, bottom, forward, new). answers: {body paragraph index: answer text} for the
    inline layouts; intro: own text above the quote in an inline reply (after the greeting).
    headers: optional list of two header dicts (one per rendering)."""
    if sid in DATES:
        on, spread = DATES[sid]
    SCENARIOS.append(dict(sid=sid, mailbox=mailbox, group=group, layout=layout, progs=progs, lab=lab, note=note,
                          subj=subj, senders=senders, quote=quote, own=own or [], answers=answers or {},
                          intro=intro, greet=greet, sign=sign, fwd_to=fwd_to, headers=headers or [{}, {}],
                          on=on, spread=spread))


L = short_labels

# ---------------------------------------------------------------------------------------------
# rendering helpers


def h(s):
    """Escape a text and turn its line ends into <br>."""
    return escape_html(s).replace("\n", "<br>")


def outlook_esc(s):
    return h(s).replace("£", "&#163;").replace("’", "&#8217;")


GSTYLE = "margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"


def q_html_firm(paras, mailbox):
    """The firm's own HTML as a program keeps it inside a quote."""
    if mailbox == "pexa":
        return "".join(f'<div style="font-family:Arial,sans-serif;font-size:10pt">{h(p)}</div><div><br></div>'
                       for p in paras)
    return "".join(f"<p>{h(p)}</p>" for p in paras)


def gm_divs(paras):
    out = []
    for i, p in enumerate(paras):
        if i:
            out.append("<div><br></div>")
        out.extend(f"<div>{escape_html(ln) if ln else '<br>'}</div>" for ln in p.split("\n"))
    return "".join(out)


def mso(paras, color=None):
    out = []
    for i, p in enumerate(paras):
        if i:
            out.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
        t = outlook_esc(p)
        if color:
            t = f"<b><span style='color:{color}'>{t}</span></b>"
        out.append(f"<p class=MsoNormal>{t}<o:p></o:p></p>")
    return "".join(out)


OUTLOOK_HEAD = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" '
                'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">'
                '<head><meta http-equiv=Content-Type content="text/html; charset=utf-8">'
                '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n'
                '/* Font Definitions */\n@font-face\n\t{font-family:Calibri;}\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;'
                'font-family:"Calibri",sans-serif;}\n'
                '.MsoChpDefault\n\t{mso-style-type:export-only;}\ndiv.WordSection1\n\t{page:WordSection1;}\n'
                '--></style></head><body lang=EN-GB link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word\'>'
                '<div class=WordSection1>')

OWA_DIV = ('<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, '
           'Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">')


def owa_divs(paras, color=None):
    style = OWA_DIV if not color else OWA_DIV.replace("rgb(0, 0, 0)", color)
    out = []
    for i, p in enumerate(paras):
        if i:
            out.append(style + "<br></div>")
        out.append(style + h(p) + "</div>")
    return "".join(out)


def render_html(prog, blocks, q, mailbox, to, dt, subj_q, fwd=False, inline=False):
    """blocks: [("own", [paras]) | ("quote", [paras])] in order; the first quote block carries the attribution.
    q: the quoted writer (P); to: the recipient of the quoted mail (P); subj_q: the quoted mail's subject."""
    out = []
    first_q = True
    if prog == "gmail":
        out.append('<div dir="ltr">')
        if blocks[0][0] != "own":
            out.append("<br>")
        in_quote = False
        for kind, paras in blocks:
            if kind == "own":
                out.append(f"<div>{gm_divs(paras)}</div><div><br></div>" if in_quote else gm_divs(paras))
            elif first_q:
                out.append('</div><br><div class="gmail_quote">')
                in_quote = True
                first_q = False
                if fwd:
                    out.append('<div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
                               f'From: <strong class="gmail_sendername" dir="auto">{h(q.full)}</strong> '
                               f'<span dir="auto">&lt;{q.addr}&gt;</span><br>Date: {fmt_date(dt, "gmail")}<br>'
                               f'Subject: {h(subj_q)}<br>To: {h(to.full)} &lt;{to.addr}&gt;<br></div><br><br>'
                               f"{q_html_firm(paras, mailbox)}")
                else:
                    out.append('<div dir="ltr" class="gmail_attr">On '
                               f'{fmt_date(dt, "gmail")}, {h(q.full)} &lt;<a href="mailto:{q.addr}">{q.addr}'
                               '</a>&gt; wrote:<br></div>'
                               f'<blockquote class="gmail_quote" style="{GSTYLE}">'
                               f"{q_html_firm(paras, mailbox)}</blockquote>")
            else:
                out.append(f'<blockquote class="gmail_quote" style="{GSTYLE}">'
                           f"{q_html_firm(paras, mailbox)}</blockquote>")
        out.append("</div>")
        return "".join(out)
    if prog == "outlook":
        out.append(OUTLOOK_HEAD)
        for kind, paras in blocks:
            if kind == "own":
                out.append(mso(paras, "#C00000" if inline and not first_q else None))
                out.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
            else:
                if first_q:
                    if not blocks[0][0] == "own":
                        out.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
                    out.append("<div><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
                               f"<p class=MsoNormal><b><span lang=EN-US>From:</span></b><span lang=EN-US> "
                               f"{outlook_esc(q.full)} &lt;{q.addr}&gt; <br><b>Sent:</b> {fmt_date(dt, 'outlook')}<br>"
                               f"<b>To:</b> {outlook_esc(to.full)} &lt;{to.addr}&gt;<br><b>Subject:</b> "
                               f"{outlook_esc(subj_q)}<o:p></o:p></span></p></div></div>"
                               "<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
                    first_q = False
                out.append(mso(paras))
                out.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
        out.append("</div></body></html>")
        return "".join(out)
    if prog == "owa":
        out.append('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                   '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>'
                   '</head><body dir="ltr">')
        for kind, paras in blocks:
            if kind == "own":
                out.append(owa_divs(paras, "rgb(0, 112, 192)" if inline and not first_q else None))
            else:
                if first_q:
                    out.append(OWA_DIV + "<br></div>" if blocks[0][0] == "own" else "")
                    out.append('<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
                               '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" '
                               f'style="font-size:11pt" color="#000000"><b>From:</b> {h(q.full)} &lt;{q.addr}&gt;<br>'
                               f"<b>Sent:</b> {fmt_date(dt, 'owa')}<br><b>To:</b> {h(to.full)} &lt;{to.addr}&gt;<br>"
                               f"<b>Subject:</b> {h(subj_q)}</font><div>&nbsp;</div></div>")
                    first_q = False
                out.append("<div>" + "".join(f'<div dir="ltr">{h(p)}</div><div><br></div>' for p in paras) + "</div>")
        out.append("</body></html>")
        return "".join(out)
    if prog in ("apple", "iphone"):
        if prog == "apple":
            out.append('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                       '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; '
                       'line-break: after-white-space;">')
        else:
            out.append('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                       '<body dir="auto">')
        attr = (f"On {fmt_date(dt, 'apple')}, {h(q.full)} &lt;{q.addr}&gt; wrote:")
        for i, (kind, paras) in enumerate(blocks):
            if kind == "own":
                if prog == "apple":
                    if first_q:
                        out.append("<div><br></div>".join(h(p) if j == 0 else f"<div>{h(p)}</div>"
                                                          for j, p in enumerate(paras)))
                    else:
                        # Apple Mail leaves an answer after a closed quote as bare text with <br>
                        out.append("<br>" + "<br><br>".join(h(p) for p in paras) + "<br><br>")
                else:
                    out.append('<div dir="ltr">' + "<br><br>".join(h(p) for p in paras) + "</div>")
            else:
                body = f'<div dir="ltr">{q_html_firm(paras, mailbox)}</div>' if prog == "iphone" else \
                    f"<div><div>{q_html_firm(paras, mailbox)}</div></div>"
                if first_q:
                    if fwd:
                        out.append('<div><br><blockquote type="cite"><div>Begin forwarded message:</div>'
                                   '<br class="Apple-interchange-newline">'
                                   f'<div style="margin: 0px;"><b>From: </b>{h(q.full)} &lt;{q.addr}&gt;<br></div>'
                                   f'<div style="margin: 0px;"><b>Subject: </b>{h(subj_q)}<br></div>'
                                   f'<div style="margin: 0px;"><b>Date: </b>{fmt_date(dt, "apple")}<br></div>'
                                   f'<div style="margin: 0px;"><b>To: </b>{h(to.full)} &lt;{to.addr}&gt;<br></div>'
                                   f"<br>{body}</blockquote></div>")
                    elif prog == "iphone":
                        out.append(f'<div dir="ltr"><br><blockquote type="cite">{attr}<br><br></blockquote></div>'
                                   f'<blockquote type="cite">{body}</blockquote>')
                    else:
                        out.append(f'<div><br><blockquote type="cite"><div>{attr}</div>'
                                   f'<br class="Apple-interchange-newline">{body}</blockquote></div>')
                    first_q = False
                else:
                    out.append(f'<blockquote type="cite">{body}</blockquote>')
        out.append("</body></html>")
        return "".join(out)
    if prog == "thunderbird":
        out.append('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; '
                   'charset=UTF-8">\n  </head>\n  <body>\n')
        mid = f"{abs(hash_str(subj_q + q.addr)) % 10**12:012d}.{dt.strftime('%Y%m%d%H%M')}@" + q.addr.split("@")[1]
        for i, (kind, paras) in enumerate(blocks):
            if kind == "own":
                if first_q or i % 2:
                    out.append("".join(f"    <p>{h(p)}<br>\n    </p>\n" for p in paras))
                else:
                    # Thunderbird: an answer typed straight after a closed quote is bare text with <br>
                    out.append("    " + "<br>\n    <br>\n    ".join(h(p) for p in paras) + "<br>\n")
            else:
                if first_q:
                    if fwd:
                        out.append('    <div class="moz-forward-container"><br>\n      <br>\n'
                                   '      -------- Forwarded Message --------\n'
                                   '      <table class="moz-email-headers-table" cellspacing="0" cellpadding="0" '
                                   'border="0">\n        <tbody>\n'
                                   f'          <tr><th valign="BASELINE" nowrap="nowrap" align="RIGHT">Subject: </th>'
                                   f'<td>{h(subj_q)}</td></tr>\n'
                                   f'          <tr><th valign="BASELINE" nowrap="nowrap" align="RIGHT">Date: </th>'
                                   f'<td>{fmt_date(dt, "rfc")}</td></tr>\n'
                                   f'          <tr><th valign="BASELINE" nowrap="nowrap" align="RIGHT">From: </th>'
                                   f'<td>{h(q.full)} <a class="moz-txt-link-rfc2396E" href="mailto:{q.addr}">'
                                   f'&lt;{q.addr}&gt;</a></td></tr>\n'
                                   f'          <tr><th valign="BASELINE" nowrap="nowrap" align="RIGHT">To: </th>'
                                   f'<td>{to.addr}</td></tr>\n        </tbody>\n      </table>\n      <br>\n'
                                   f'      {q_html_firm(paras, mailbox)}\n    </div>\n')
                        first_q = False
                        continue
                    out.append(f'    <div class="moz-cite-prefix">On {fmt_date(dt, "thunderbird")}, {h(q.full)} '
                               'wrote:<br>\n    </div>\n')
                    first_q = False
                out.append(f'    <blockquote type="cite" cite="mid:{mid}">\n      {q_html_firm(paras, mailbox)}\n'
                           '    </blockquote>\n')
        out.append("  </body>\n</html>\n")
        return "".join(out)
    if prog == "yahoo":
        out.append('<html><head></head><body><div class="ydp5f1e2a9byahoo-style-wrap" style="font-family:Helvetica '
                   'Neue, Helvetica, Arial, sans-serif;font-size:13px;">')
        for kind, paras in blocks:
            if kind == "own":
                out.append("".join(f'<div dir="ltr" data-setdir="false">{h(p)}</div><div dir="ltr" '
                                   'data-setdir="false"><br></div>' for p in paras))
            else:
                out.append('<div><br></div><div id="yahoo_quoted_2604178833" class="yahoo_quoted">'
                           '<div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;'
                           'font-size:13px;color:#26282a;">'
                           f"<div>On {fmt_date(dt, 'yahoo')}, {h(q.full)} &lt;{q.addr}&gt; wrote:</div>"
                           "<div><br></div><div><br></div><div>"
                           + "".join(f'<div dir="ltr">{h(p)}</div><div><br></div>' for p in paras)
                           + "</div></div></div>")
        out.append("</div></body></html>")
        return "".join(out)
    raise ValueError(prog)


def hash_str(s):
    """A stable string hash (Python's hash() is salted per process)."""
    v = 0
    for ch in s:
        v = (v * 131 + ord(ch)) % (1 << 61)
    return v


# plain text -----------------------------------------------------------------------------------

WRAP = "¦"


def q_plain_lines(paras, wrap):
    """A quoted message's paragraphs as "> " lines (a blank ">" between paragraphs). A paragraph holding WRAP is one
    long line: with wrap=True the program broke it there, its tail on the next line with no "> " mark."""
    out = []
    for i, p in enumerate(paras):
        if i:
            out.append(">")
        for ln in p.split("\n"):
            if WRAP in ln:
                head, tail = ln.split(WRAP)
                full = head + " " + tail
                assert 70 <= len(full) <= 80 and 1 <= len(tail.split()) <= 4, (len(full), full)
                if wrap:
                    out.append("> " + head)
                    out.append(tail)
                else:
                    out.append("> " + full)
            else:
                out.extend("> " + w for w in (textwrap.wrap(ln, 66) or [""]))
    return out


def unwrap(p):
    return p.replace(WRAP, " ")


def kind_last_own(blocks, paras):
    """Is this own block the sender's last (the one with the sign-off)?"""
    owns = [p for k, p in blocks if k == "own"]
    return owns and owns[-1] is paras


def render_plain(prog, blocks, q, to, dt, subj_q, blank_after, fwd=False, wrap=False):
    out = []
    first_q = True
    for kind, paras in blocks:
        if kind == "own":
            if first_q:
                out.append("\n\n".join(paras))
                out.append("")
            else:
                out.append("\n\n".join(paras))
                if blank_after or kind_last_own(blocks, paras):
                    out.append("")
        else:
            if first_q:
                first_q = False
                if fwd:
                    if prog == "gmail_plain":
                        out.append("---------- Forwarded message ---------\n"
                                   f"From: {q.full} <{q.addr}>\nDate: {fmt_date(dt, 'gmail')}\n"
                                   f"Subject: {subj_q}\nTo: {to.full} <{to.addr}>\n\n")
                    else:
                        out.append("\n-------- Forwarded Message --------\n"
                                   f"Subject: \t{subj_q}\nDate: \t{fmt_date(dt, 'rfc')}\n"
                                   f"From: \t{q.full} <{q.addr}>\nTo: \t{to.addr}\n\n\n")
                    out.append("\n\n".join(unwrap(p) for p in paras))
                    continue
                if prog in ("outlook_plain", "outlook_plain_orig"):
                    if prog == "outlook_plain_orig":
                        out.append("-----Original Message-----")
                    else:
                        out.append("________________________________")
                    out.append(f"From: {q.full} <{q.addr}>\nSent: {fmt_date(dt, 'outlook')}\n"
                               f"To: {to.full} <{to.addr}>\nSubject: {subj_q}\n")
                    out.append("\n\n".join(unwrap(p) for p in paras))
                    continue
                if prog == "thunderbird_plain":
                    out.append(f"On {fmt_date(dt, 'thunderbird')}, {q.full} wrote:")
                elif prog == "mutt":
                    out.append(f"On {fmt_date(dt, 'mutt')}, {q.full} wrote:")
                elif prog == "gmail_plain":
                    line = f"On {fmt_date(dt, 'gmail')}, {q.full} <{q.addr}> wrote:"
                    if len(line) > 78:
                        line = line[:-len(" wrote:")] + "\nwrote:"
                    out.append(line)
                    out.append("")
                elif prog == "apple_plain":
                    out.append(f"> On {fmt_date(dt, 'apple')}, {q.full} <{q.addr}> wrote:\n> ")
                else:
                    raise ValueError(prog)
            out.append("\n".join(q_plain_lines(paras, wrap)))
    text = "\n".join(out).rstrip("\n")
    while "\n\n\n\n" in text and not fwd:
        text = text.replace("\n\n\n\n", "\n\n\n")
    return text



# ---------------------------------------------------------------------------------------------
# programs

HTML_PROGS = ("gmail", "outlook", "owa", "apple", "iphone", "thunderbird", "yahoo")
PLAIN_PROGS = ("thunderbird_plain", "mutt", "gmail_plain", "apple_plain", "outlook_plain", "outlook_plain_orig")
RE_PREFIX = {"outlook": "RE: ", "outlook_plain": "RE: ", "outlook_plain_orig": "RE: "}
FW_PREFIX = {"outlook": "FW: ", "owa": "Fw: ", "outlook_plain": "FW: ", "outlook_plain_orig": "FW: "}
MOBILE_SIG = {"iphone": "Sent from my iPhone", "yahoo": "Sent from Yahoo Mail for iPhone"}

OWN = {}          # (source, env) -> the sender's own words (subject + every own block)
OVERRIDES = []    # records whose record_errors explicit check was dropped (it disagreed with the own-words rule)


def build_record(rng, s, k):
    snd = s["senders"][k]
    prog = s["progs"][k]
    q = s["quote"]
    greet_t = GREETINGS[rng.randrange(len(GREETINGS))]
    sign_t = SIGNOFFS[rng.randrange(len(SIGNOFFS))]
    if k == 1:  # a different greeting and sign-off from the first rendering
        while greet_t == s["_greet0"]:
            greet_t = GREETINGS[rng.randrange(len(GREETINGS))]
        while sign_t == s["_sign0"]:
            sign_t = SIGNOFFS[rng.randrange(len(SIGNOFFS))]
    else:
        s["_greet0"], s["_sign0"] = greet_t, sign_t
    dt = pick_date(rng, s["on"], s["spread"])
    wrap = s["group"] == "P" and (k == (int(s["sid"][1:]) % 2))
    blank_after = rng.random() < 0.5
    qp = q["who"] if q else None
    fill = dict(firm={"pexa": "PEXA", "conexus": "Conexus"}[s["mailbox"]], qf=qp.first if qp else "", qt=qp.formal if qp else "",
                f=snd.first, full=snd.full, t=snd.formal, last=snd.full.split()[-1])
    if s["layout"] in ("forward", "new"):
        greet_t = GENERIC_GREET[rng.randrange(len(GENERIC_GREET))]
        if k == 1:
            while greet_t == s["_greetg0"]:
                greet_t = GENERIC_GREET[rng.randrange(len(GENERIC_GREET))]
        else:
            s["_greetg0"] = greet_t
    greeting = greet_t.format(**fill) if s["greet"] else ""
    signoff = sign_t.format(**fill) if s["sign"] else ""
    if signoff and snd.sig:
        signoff += "\n" + snd.sig
    if signoff and prog in MOBILE_SIG and rng.random() < 0.7:
        signoff += "\n\n" + MOBILE_SIG[prog]

    def fmt(t):
        return t.format(**fill)

    blocks = []
    own_words = []
    qparas = []
    if q:
        qparas = [fmt(q["greet"])] + [fmt(p) if s["group"] == "P" else unwrap(fmt(p)) for p in q["body"]] \
            + [fmt(q["sign"])]
    layout = s["layout"]
    if layout in ("top", "new", "forward", "auto"):
        paras = ([greeting] if greeting else []) + [fmt(p) for p in s["own"]] + ([signoff] if signoff else [])
        blocks.append(("own", paras))
        own_words += paras
        if q:
            blocks.append(("quote", qparas))
    elif layout == "bottom":
        paras = ([greeting] if greeting else []) + [fmt(p) for p in s["own"]] + ([signoff] if signoff else [])
        blocks.append(("quote", qparas))
        blocks.append(("own", paras))
        own_words += paras
    elif layout == "inline":
        intro = ([greeting] if greeting else []) + ([fmt(s["intro"])] if s["intro"] else [])
        if intro:
            blocks.append(("own", intro))
            own_words += intro
        idx = sorted(s["answers"])
        start = 0
        for n, i in enumerate(idx):
            chunk = qparas[start:i + 2]  # qparas[0] is the greeting: body paragraph i is qparas[i + 1]
            start = i + 2
            blocks.append(("quote", chunk))
            ans = [fmt(a) for a in s["answers"][i].split("\n\n")]
            if n == len(idx) - 1 and signoff:
                ans.append(signoff)
            blocks.append(("own", ans))
            own_words += ans
        if start < len(qparas):
            blocks.append(("quote", qparas[start:]))
    else:
        raise ValueError(layout)

    to = P(snd.full, snd.addr)
    fwd = layout == "forward"
    subj_q = s["subj"]
    if layout == "new":
        subject = subj_q
    elif fwd:
        subject = FW_PREFIX.get(prog, "Fwd: ") + subj_q
        if s["fwd_to"]:
            to = s["fwd_to"]
    elif layout == "auto":
        subject = "Automatic reply: " + subj_q if prog in ("outlook", "owa", "outlook_plain") else \
            "Out of Office Re: " + subj_q
    else:
        subject = RE_PREFIX.get(prog, "Re: ") + subj_q
    if prog in HTML_PROGS:
        if s["group"] == "P":
            raise ValueError("plain group with an HTML program")
        if layout == "new":
            body = render_new_html(prog, blocks[0][1])
        else:
            body = render_html(prog, blocks, qp, s["mailbox"], to, dt, subj_q, fwd=fwd, inline=layout == "inline")
        html = True
    else:
        body = render_plain(prog, blocks, qp, to, dt, subj_q, blank_after, fwd=fwd, wrap=wrap)
        html = False
    if s["group"] == "H":
        assert html
    env = f"{s['group']}-{layout}-{prog}"
    rec = {"id": None, "mailbox": s["mailbox"], "from": snd.hdr(), "subject": subject,
           "headers": dict(s["headers"][k]), "body": body, "html": html, "labels": dict(s["lab"], rights=list(
               s["lab"]["rights"])), "note": s["note"], "source": f"{PREFIX}-{s['sid']}",
           "train_labels": ["complaint"], "_env": env}
    OWN[(rec["source"], env)] = subject + "\n" + "\n".join(own_words)
    return rec


def render_new_html(prog, paras):
    if prog == "gmail":
        return f'<div dir="ltr">{gm_divs(paras)}</div>'
    if prog == "outlook":
        return OUTLOOK_HEAD + mso(paras) + "</div></body></html>"
    if prog == "owa":
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                f'<body dir="ltr">{owa_divs(paras)}</body></html>')
    if prog == "apple":
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
                + "<div><br></div>".join(f"<div>{h(p)}</div>" for p in paras) + "</body></html>")
    if prog == "iphone":
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body dir="auto"><div dir="ltr">' + "<br><br>".join(h(p) for p in paras) + "</div></body></html>")
    if prog == "thunderbird":
        return ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; '
                'charset=UTF-8">\n  </head>\n  <body>\n' + "".join(f"    <p>{h(p)}</p>\n" for p in paras)
                + "  </body>\n</html>\n")
    if prog == "yahoo":
        return ('<html><head></head><body><div class="ydp5f1e2a9byahoo-style-wrap" style="font-family:Helvetica '
                'Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
                + "".join(f'<div dir="ltr" data-setdir="false">{h(p)}</div><div><br></div>' for p in paras)
                + "</div></body></html>")
    raise ValueError(prog)


def build(rng):
    check_scenarios()
    recs = []
    for s in SCENARIOS:
        for k in (0, 1):
            recs.append(build_record(rng, s, k))
    return recs


def check_scenarios():
    seen = set()
    for s in SCENARIOS:
        assert s["sid"] not in seen, s["sid"]
        seen.add(s["sid"])
        assert s["progs"][0] != s["progs"][1], s["sid"]
        assert s["senders"][0].addr != s["senders"][1].addr, s["sid"]
        if s["group"] == "H":
            assert all(p in HTML_PROGS for p in s["progs"]) and s["layout"] in ("top", "bottom", "inline"), s["sid"]
        if s["group"] == "P":
            assert all(p in PLAIN_PROGS for p in s["progs"]) and s["layout"] == "inline", s["sid"]
            assert any(WRAP in p for p in s["quote"]["body"]), s["sid"]
        if s["layout"] == "inline":
            assert s["answers"] and max(s["answers"]) < len(s["quote"]["body"]), s["sid"]
        else:
            assert not s["answers"], s["sid"]


def errors(rec):
    """record_errors, with its explicit check (new_text) replaced by the own-words rule where the two disagree."""
    e = record_errors(rec)
    own = OWN[(rec["source"], rec["_env"])]
    lab = rec["labels"]
    if lab["complaint"]:
        own_has = "complain" in own.lower()
        nt_has = "complain" in new_text(rec).lower()
        if own_has != nt_has:
            e = [x for x in e if not x.startswith("explicit=")]
            OVERRIDES.append(rec["source"] + " " + rec["_env"])
        if own_has != lab["explicit"]:
            e.append(f"explicit={lab['explicit']} but 'complain' in the sender's own words={own_has}")
    if WRAP in rec["body"] or any(t in rec["body"] + rec["subject"] for t in ("{q", "{f}", "{full}", "{t}", "{last}")):
        e.append("unfilled template")
    return e


def summary(records, env_counts):
    n = len(records)
    src = collections.Counter(r["source"] for r in records)
    lab = [r["labels"] for r in records]
    grp = {f"{PREFIX}-{s['sid']}": s["group"] for s in SCENARIOS}
    lay = {f"{PREFIX}-{s['sid']}": s["layout"] for s in SCENARIOS}
    lines = [f"wrote {OUT}: {n} emails, {len(src)} scenarios",
             f"mailboxes: {dict(collections.Counter(r['mailbox'] for r in records))}; html: "
             f"{sum(r['html'] for r in records)}",
             f"complaints: {sum(l['complaint'] for l in lab)} (explicit {sum(l['explicit'] for l in lab)}); "
             f"personal_data {sum(l['personal_data'] for l in lab)}; breach {sum(l['breach'] for l in lab)}; "
             f"third_party {sum(l['third_party'] for l in lab)}; auto_generated {sum(l['auto_generated'] for l in lab)}",
             "rights: " + ", ".join(f"{r} {sum(r in l['rights'] for l in lab)}" for r in RIGHTS),
             "about_other_firm: " + str(dict(collections.Counter(str(l["about_other_firm"]) for l in lab))),
             "categories: " + str(dict(sorted(collections.Counter(l["category"] for l in lab).items()))),
             "groups (emails): " + str(dict(sorted(collections.Counter(grp[r["source"]] for r in records).items()))),
             "group/layout (emails): " + str(dict(sorted(collections.Counter(
                 grp[r["source"]] + "-" + lay[r["source"]] for r in records).items()))),
             "complaints per group: " + str(dict(sorted(collections.Counter(
                 grp[r["source"]] for r in records if r["labels"]["complaint"]).items()))),
             "envelopes: " + str(dict(sorted(env_counts.items()))),
             f"explicit check overridden (record_errors' new_text disagreed with the own-words rule): "
             f"{len(OVERRIDES)} records"]
    return "\n".join(lines)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=errors)


# =============================================================================================
# the scenarios
# =============================================================================================

# the firms' writers of the quoted mail
IMOGEN = P("Imogen Reyes", "imogen.reyes@pexa.co.uk")
PRITI = P("Priti Sandhu", "priti.sandhu@pexa.co.uk")
CALLUM = P("Callum Whitfield", "callum.whitfield@pexa.co.uk")
OLUMIDE = P("Olumide Bakare", "olumide.bakare@pexa.co.uk")
FFION = P("Ffion Pryce", "ffion.pryce@pexa.co.uk")
TOMASZ = P("Tomasz Lewandowski", "tomasz.lewandowski@pexa.co.uk")
HOLLIE = P("Hollie Marsden", "hollie.marsden@pexa.co.uk")
NADIA = P("Nadia Kowal", "nadia.kowal@pexa.co.uk")
SERVICEDESK = P("PEXA Service Desk", "servicedesk@pexa.co.uk")
ONBOARDING = P("PEXA Onboarding", "onboarding@pexa.co.uk")
JOANNE = P("Joanne Treharne", "joanne.treharne@conexus-services.com")
MARCUS = P("Marcus Delaney", "marcus.delaney@conexus-services.com")
AILEEN = P("Aileen Mburu", "aileen.mburu@conexus-services.com")
STUART = P("Stuart Penhaligon", "stuart.penhaligon@conexus-services.com")
RAJESH = P("Rajesh Varma", "rajesh.varma@conexus-services.com")
HELENA = P("Helena Voss", "helena.voss@conexus-services.com")

PX_CR = "Kind regards,\nPriti Sandhu\nCustomer Relations, PEXA"
CX_MD = "Kind regards,\nMarcus Delaney\nAccount Manager, Conexus"
CX_JT = "Yours sincerely,\nJoanne Treharne\nCustomer Relations, Conexus"
CX_AM = "Kind regards,\nAileen Mburu\nCustomer Support, Conexus"
CX_SP = "Yours sincerely,\nStuart Penhaligon\nCollections, Conexus"
CX_HV = "Kind regards,\nHelena Voss\nData Protection Team, Conexus"

# ----------------------------------------------------------------------------------------- PEXA, group H, top-posted
sc("p01", "pexa", "H", "top", ("outlook", "owa"), L(c=True, ex=True, cat="platform_defect"),
   "An objection to PEXA's final response in which the sender calls it an escalation of 'my complaint' (explicit); "
   "the root cause is settlements held with no error although every party had signed, so platform_defect.",
   "Final response: settlements in workspaces 40-31877 and 40-31902",
   [P("Daniel Okoro", "d.okoro@fenwickbray.co.uk", "Mr Okoro", "Partner, Fenwick Bray LLP"),
    P("Sinead Mulvey", "s.mulvey@fenwickbray.co.uk", "Ms Mulvey", "Senior Conveyancer, Fenwick Bray LLP")],
   quote=dict(who=IMOGEN, greet="Dear {t},", body=[
       "Thank you for your patience while we investigated your complaint about the two settlements that did not "
       "complete on 12 February.",
       "Our logs show that both settlements were held because the lodgement documents had not been signed by all "
       "parties before the 14:00 cut-off. The platform operated as designed, so we are unable to reimburse the "
       "additional interest and bridging costs your firm has claimed.",
       "If you remain dissatisfied, you may reply to this email within eight weeks and we will review our decision."],
       sign="Yours sincerely,\nImogen Reyes\nCustomer Relations Lead, PEXA"),
   own=["I don't accept this. Both transfers were signed by 13:20: I have screenshots of the signing panel with a "
        "green tick against every party. The workspaces then sat at 'Preparing lodgement' until 14:35 with no error "
        "message and no alert to anyone.",
        "Please treat this as an escalation of my complaint. I want someone senior to look at the server-side logs, "
        "not just the signing times, and I still expect the £1,842.50 in costs to be reimbursed."])

sc("p02", "pexa", "H", "top", ("gmail", "outlook"), L(c=True, cat="delay"),
   "A 'Chasing' reply more than three weeks after a billing acknowledgement is a still-waiting chaser (implicit, "
   "delay); Thames Valley Mortgages is the complainant, not the subject, so about_other_firm stays null.",
   "Invoice query INV-PX-77310 - acknowledgement",
   [P("Harriet Bloom", "harriet.bloom@tvmortgages.co.uk", "Ms Bloom",
      "Completions Operations, Thames Valley Mortgages"),
    P("Kwame Asante", "kwame.asante@tvmortgages.co.uk", "Mr Asante", "Settlements Team Leader, Thames Valley Mortgages")],
   quote=dict(who=TOMASZ, greet="Dear {t},", body=[
       "Thank you for your query about invoice INV-PX-77310. We have passed it to our billing team, who will "
       "check the workspace fees you have highlighted.",
       "We aim to reply within 5 business days. If a credit is due, a credit note will be issued to your finance "
       "contact."],
       sign="Kind regards,\nTomasz Lewandowski\nBilling, PEXA"),
   own=["Chasing. That was over three weeks ago and we still have no credit note and no reply of any kind.",
        "Our finance director won't release payment of the rest of the invoice until this is settled, so I need an "
        "answer this week please."])

sc("p03", "pexa", "H", "top", ("apple", "iphone"), L(),
   "A thank-you for having the matter passed to the conveyancer: the complaint about Marsh & Penrose is only in "
   "PEXA's quoted notice, and the new text expects nothing more, so not a complaint.",
   "Your enquiry about your purchase of 7 Linnet Way",
   [P("Rosalind Achebe", "ros.achebe@gmail.com", "Ms Achebe"),
    P("Gethin Parry", "gethin.parry@icloud.com", "Mr Parry")],
   quote=dict(who=PRITI, greet="Dear {t},", body=[
       "Thank you for contacting us about the delays with your purchase of 7 Linnet Way.",
       "PEXA provides the settlement platform but does not act for buyers, so we cannot investigate how your "
       "conveyancer has handled your matter. With your consent, we have today passed your complaint to Marsh & "
       "Penrose Conveyancing, who are responsible for it. Their Client Care team can be reached at "
       "clientcare@marshpenrose.co.uk or on 01392 440 118, and they should acknowledge it within 5 business days."],
       sign=PX_CR),
   own=["Thank you for explaining that so clearly and for passing it on so quickly. Marsh & Penrose rang me this "
        "morning, so I'm now talking to the right people."])

sc("p04", "pexa", "H", "top", ("outlook", "thunderbird"), L(),
   "An ordinary answer choosing a training slot: no dissatisfaction and nothing asked of PEXA beyond the booking.",
   "PEXA training: choose a session for your team",
   [P("Olivia Trent", "o.trent@brookmansolicitors.co.uk", "Olivia", "Practice Manager, Brookman Solicitors"),
    P("Amir Haddad", "amir.haddad@brookmansolicitors.co.uk", "Amir",
      "Head of Residential Property, Brookman Solicitors")],
   quote=dict(who=FFION, greet="Hi {f},", body=[
       "Following your request, we can offer your team a refresher on the new lodgement screens on Tuesday 17 "
       "March at 10:00 or Thursday 19 March at 14:00. Each session is 90 minutes on Teams.",
       "Please let me know which suits you and how many people will be attending."],
       sign="Many thanks,\nFfion Pryce\nTraining Coordinator, PEXA"),
   own=["Tuesday at 10:00 is fine. There will be five of us; I'll send the invitation round once it arrives."])

sc("p05", "pexa", "H", "top", ("yahoo", "owa"), L(r="access,rectification"),
   "A former user asks for a copy of the data PEXA holds (access) and for a wrong date of birth to be corrected "
   "(rectification), without dissatisfaction: rights on a non-complaint.",
   "Your PEXA user account has been closed",
   [P("Leah Marchant", "leah.marchant@outlook.com", "Ms Marchant"),
    P("Rhys Coleman", "rhyscoleman84@gmail.com", "Mr Coleman")],
   quote=dict(who=CALLUM, greet="Dear {t},", body=[
       "This is to confirm that, at your former firm's request, your PEXA user account was closed on 2 March. You "
       "can no longer sign in or be added to workspaces.",
       "Records of the workspaces you took part in are kept in line with our retention policy."],
       sign="Regards,\nCallum Whitfield\nPEXA Support"),
   own=["Thanks for confirming. Before it all goes into the archive, please could you send me a copy of the "
        "personal data PEXA still holds about me: my user profile, my sign-in history and the record of my identity "
        "checks.",
        "Also, my date of birth on the profile has always been wrong. It should be 14 August 1986, not 1968. Please "
        "correct it so the records you keep are accurate."])

# ----------------------------------------------------------------------------------------- PEXA, group H, bottom-posted
sc("p06", "pexa", "H", "bottom", ("thunderbird", "apple"), L(c=True, r="automated_decision", cat="onboarding"),
   "Written below the quote: a fourth document rejected by the automated check with no reason given, and a request "
   "for a person to review it (automated_decision); the grievance is registration, so onboarding, personal_data "
   "false.",
   "Your PEXA registration: identity check unsuccessful",
   [P("Tobias Fenwick", "tobias@fenwicklegal.co.uk", "Mr Fenwick", "Fenwick Legal"),
    P("Maryam Qureshi", "maryam@qureshiconveyancing.co.uk", "Ms Qureshi", "Principal, Qureshi Conveyancing")],
   quote=dict(who=ONBOARDING, greet="Dear {t},", body=[
       "Unfortunately the automated identity check for your registration could not verify the document you "
       "uploaded.",
       "Please upload a different form of photo identification (a passport or a UK driving licence) through the "
       "onboarding portal. Applications that cannot be verified after three attempts are closed automatically."],
       sign="PEXA Onboarding Team"),
   own=["This is now the fourth document your system has turned down: my passport, my driving licence, and then "
        "both again as colour scans. Nobody has told me what is actually wrong with them, and my firm can't take on "
        "any PEXA matters until I'm registered.",
        "Please have a person look at my documents instead of the automatic check, and don't let the application be "
        "closed while that happens."])

sc("p07", "pexa", "H", "bottom", ("gmail", "yahoo"), L(c=True, firm="gfl", cat="delay"),
   "A buyer, writing below her conveyancer's quoted email, clears the platform and blames Greyfriars Law for "
   "unanswered calls and a slipping completion: a consumer complaint purely about a participant firm (gfl), delay.",
   "Completion date - 19 Hawthorn Rise",
   [P("Morag Lennox", "morag.lennox@gmail.com", "Ms Lennox"),
    P("Elliot Barnes", "elliot.barnes@yahoo.co.uk", "Mr Barnes")],
   quote=dict(who=P("Euan Baird", "euan.baird@greyfriarslaw.co.uk"), greet="Dear {t},", body=[
       "I write to let you know that completion will not now take place on Friday. We are waiting for the lender's "
       "funds to be confirmed in the PEXA workspace, and until that happens we cannot proceed.",
       "I will update you as soon as I hear more."],
       sign="Kind regards,\nEuan Baird\nAssociate, Greyfriars Law LLP"),
   own=["I've copied PEXA in because Greyfriars keep pointing at your system. Your service status page has shown "
        "everything working all week, and my lender says the funds were in the workspace on Monday.",
        "Since the email above I've heard nothing from Euan: four calls and two emails unanswered. We've lost our "
        "removal booking and the seller is threatening to pull out. Please get Greyfriars to deal with this; I "
        "need someone there to tell me when we are completing."])

sc("p08", "pexa", "H", "bottom", ("outlook", "owa"), L(c=True, ex=True, cat="process"),
   "The sender's words below the quoted maintenance notice ask for 'a formal complaint' (explicit); the grievance is "
   "how maintenance windows are scheduled and announced, a rule, so process.",
   "Planned maintenance: Saturday 7 March, 06:00-14:00",
   [P("Grace Whitaker", "grace.whitaker@heathcotebank.co.uk", "Ms Whitaker",
      "Mortgage Completions Manager, Heathcote Bank"),
    P("Lewis Dunmore", "l.dunmore@heathcotebank.co.uk", "Mr Dunmore", "Head of Completions, Heathcote Bank")],
   quote=dict(who=SERVICEDESK, greet="Dear Participant,", body=[
       "Please be aware that the PEXA platform will be unavailable for planned maintenance on Saturday 7 March "
       "between 06:00 and 14:00. Workspaces cannot be settled during this window.",
       "Please plan any Saturday completions accordingly."],
       sign="PEXA Service Desk"),
   own=["Two days' notice of an eight-hour Saturday outage is not acceptable. We had three completions booked for "
        "that morning and have had to move all of them, and our borrowers are paying for the extra removal days.",
        "Please log this as a formal complaint about how maintenance is scheduled and announced. We want at least "
        "ten business days' notice of any window that falls in completion hours, and an explanation of why this "
        "one was announced so late."])

sc("p09", "pexa", "H", "bottom", ("apple", "gmail"), L(c=True, cat="inaccurate_information"),
   "Below the support desk's quoted email, the sender shows the cut-off time it gave was wrong and asks PEXA to "
   "confirm it and put right the loss: implicit complaint, inaccurate_information.",
   "Settlement cut-off query",
   [P("Anika Sharma", "anika@sharmalaw.co.uk", "Ms Sharma", "Sharma & Co Solicitors"),
    P("Patrick Doyle", "patrick.doyle@doylekeane.co.uk", "Mr Doyle", "Doyle Keane Conveyancing")],
   quote=dict(who=OLUMIDE, greet="Hi {f},", body=[
       "Thanks for your call earlier. To confirm, the latest time for a settlement to be submitted on the day is "
       "16:00, after which it will roll to the next business day."],
       sign="Best regards,\nOlumide Bakare\nPEXA Support"),
   own=["I relied on this. We submitted at 15:20 on Friday and the platform told us the cut-off had been 15:00 "
        "since January. The completion slipped to Monday and my client has paid for two nights in a hotel and "
        "extra storage.",
        "I need PEXA to confirm in writing that your support desk gave me the wrong time, and to tell me how you "
        "will put right the £640 my client has lost."])

# ----------------------------------------------------------------------------------------- PEXA, group H, inline
sc("p10", "pexa", "H", "inline", ("thunderbird", "gmail"), L(c=True, ex=True, cat="platform_defect"),
   "Answers typed between PEXA's quoted questions; the last one says 'My complaint is also about...', so explicit "
   "although the word is below the quote; lodgements failing with a generic error is platform_defect.",
   "Your reference PX-C-20588: a few questions",
   [P("Helen Osei", "h.osei@carvergreen.co.uk", "Ms Osei", "Carver Green Solicitors"),
    P("Marcus Lindqvist", "m.lindqvist@carvergreen.co.uk", "Mr Lindqvist", "Carver Green Solicitors")],
   quote=dict(who=PRITI, greet="Dear {t},", body=[
       "Thank you for getting in touch. So that we can investigate, could you help with the following?",
       "1. Which workspace or workspaces were affected?",
       "2. On what date and at roughly what time did the lodgement fail, and what message did you see?",
       "3. Did you contact our Service Desk at the time? If so, do you have the call reference?",
       "4. What would you like us to do to resolve this for you?"], sign=PX_CR),
   intro="Answers below.",
   answers={1: "Workspace 40-32210 (the purchase of 3 Quarry Lane).",
            2: "12 March, at about 11:40 and again at 12:15. Both times it said 'Lodgement could not be completed - "
               "please try again later' and nothing else.",
            3: "Yes, reference SD-118204. I was told it was a known issue and would be fixed that afternoon. It "
               "wasn't.",
            4: "Refund the two lodgement fees and explain what went wrong. My complaint is also about being told "
               "the problem was fixed when it wasn't, so please deal with that too."})

sc("p11", "pexa", "H", "inline", ("apple", "outlook"), L(r="access"),
   "Inline answers to the privacy team's verification questions confirm and widen a request for a copy of the "
   "sender's data, call recordings included (access); no dissatisfaction, so not a complaint.",
   "Your request for your personal information (ref DSR-4471)",
   [P("Bethany Cole", "bethany.cole@me.com", "Ms Cole"),
    P("Samuel Adeyemi", "samuel.adeyemi@hotmail.co.uk", "Mr Adeyemi")],
   quote=dict(who=NADIA, greet="Dear {t},", body=[
       "Thank you for your request for a copy of your personal information. Before we can proceed, please confirm "
       "the following.",
       "Is the email address you are writing from the one registered to your PEXA user account?",
       "Which period should the copy cover? If you do not say, we will include everything we hold.",
       "Would you like the copy to include recordings of calls you made to our Service Desk?"],
       sign="Kind regards,\nNadia Kowal\nPrivacy Team, PEXA"),
   answers={1: "Yes, it's the same address.",
            2: "Everything, please. I've used PEXA since 2022.",
            3: "Yes please, include the call recordings as well."})

sc("p12", "pexa", "H", "inline", ("owa", "thunderbird"), L(br=True),
   "A law firm's compliance officer answers PEXA's incident questions inline: another matter's passports and "
   "mortgage offer were exposed in its workspace (breach); a factual report with no grievance, so not a complaint, "
   "and staff writing for their own firm are not third_party.",
   "Documents shared in error in workspace 40-29981",
   [P("Joanna Pike", "joanna.pike@orchardlanesolicitors.co.uk", "Joanna", "Compliance Officer, Orchard Lane Solicitors"),
    P("Ravi Menon", "r.menon@orchardlanesolicitors.co.uk", "Ravi", "Risk Manager, Orchard Lane Solicitors")],
   quote=dict(who=CALLUM, greet="Dear {f},", body=[
       "Thank you for telling us that documents from another matter appeared in your workspace this morning. We are "
       "treating this as a possible data incident and need a few details.",
       "Which documents could you see, and whose names were on them?",
       "Has anyone at your firm downloaded, printed or forwarded them?",
       "Are the documents still visible to you now?"],
       sign="Many thanks,\nCallum Whitfield\nPEXA Support"),
   answers={1: "Two passport scans and a mortgage offer for a couple buying in Sale. They aren't our clients. I "
               "won't repeat their names here, but they are on the offer.",
            2: "No. One of our paralegals opened the offer before realising, then closed it. Nothing was downloaded "
               "or sent on.",
            3: "Yes, they were still there at 11:05. Please have them taken out."})

sc("p13", "pexa", "H", "inline", ("gmail", "apple"), L(c=True, cat="training"),
   "Among inline answers to onboarding questions, one says five weeks without the promised Academy modules after two "
   "chasers and asks for a fix this week: implicit complaint; 'get into the modules' is portal access, not a right; "
   "training beats the generic delay.",
   "Welcome to PEXA - next steps for Kestrel Building Society",
   [P("Claire Rowntree", "claire.rowntree@kestrelbs.co.uk", "Claire",
      "Mortgage Operations, Kestrel Building Society"),
    P("Owen Pritchard", "owen.pritchard@kestrelbs.co.uk", "Owen", "Mortgage Operations, Kestrel Building Society")],
   quote=dict(who=FFION, greet="Hi {f},", body=[
       "Welcome aboard! To finish setting up your organisation I just need to check a few things.",
       "Have all of your nominated users now received their sign-in details?",
       "Has everyone completed the e-learning modules in the PEXA Academy?",
       "Would you like us to arrange a live walkthrough of a test settlement before you go live?"],
       sign="Best wishes,\nFfion Pryce\nCustomer Onboarding, PEXA"),
   answers={1: "Yes, all six have their details and have signed in.",
            2: "No, and this is the real problem. We were promised the Academy modules in January. Five weeks and "
               "two chasers later none of us can get into them, and your go-live checklist won't let us go live "
               "without them. Please get this fixed this week and tell me who is responsible for it.",
            3: "Yes, once we can actually do the training."})

# ----------------------------------------------------------------------------------------- PEXA, group P
sc("p14", "pexa", "P", "inline", ("thunderbird_plain", "apple_plain"), L(),
   "Plain inline answers to a support question ('It is the remortgage'): an ordinary answer, not a complaint.",
   "Query about your workspace invitation",
   [P("Fiona Garside", "fiona@garsidelaw.co.uk", "Fiona", "Garside Law"),
    P("Declan Moore", "declan.moore@mooreandhart.co.uk", "Declan", "Moore & Hart Solicitors")],
   quote=dict(who=CALLUM, greet="Hi {f},", body=[
       "Thanks for your message about the invitation you received this morning.",
       "Is the invitation for the sale of 22 Alder Court, or is it for the¦remortgage?",
       "And does the lender's reference on it end 4471?"],
       sign="Regards,\nCallum Whitfield\nPEXA Support"),
   answers={1: "It is the remortgage.", 2: "Yes, it ends 4471."})

sc("p15", "pexa", "P", "inline", ("mutt", "gmail_plain"), L(c=True, cat="platform_defect"),
   "Answers typed under lines of PEXA's quoted final response reject it and ask for a refund and a fresh review: an "
   "implicit complaint (the sender never uses the word); searches that never arrived are platform_defect.",
   "Outcome of your concerns about title search results",
   [P("Bernard Oyelaran", "b.oyelaran@oyelaranlaw.co.uk", "Mr Oyelaran", "Oyelaran Law"),
    P("Chloe Askew", "chloe.askew@askewprice.co.uk", "Ms Askew", "Askew Price LLP")],
   quote=dict(who=IMOGEN, greet="Dear {t},", body=[
       "We have now completed our review of the missing title search results you reported on 20 January.",
       "HM Land Registry returned the searches, but they were held up in our¦own queue.",
       "We consider this to have been within our normal service levels, so we will not be refunding the search "
       "fees.",
       "We hope this explains what happened."],
       sign="Yours sincerely,\nImogen Reyes\nCustomer Relations Lead, PEXA"),
   answers={1: "Delayed? They never arrived at all. We had to order them again by post, which is why we paid twice.",
            2: "Nine days with no results is not a normal service level by any measure. I expect the duplicate fees "
               "to be refunded and your decision looked at again by someone else."})

sc("p16", "pexa", "P", "inline", ("gmail_plain", "thunderbird_plain"), L(c=True, firm="tvm", cat="fees_charges"),
   "A home buyer's inline answers name Thames Valley Mortgages as the lender that took an undisclosed fee and ask "
   "for a refund: a consumer complaint about a participant firm (tvm), fees_charges; the lender's claim that it is "
   "PEXA's charge does not make PEXA the subject.",
   "Your message to PEXA",
   [P("Natalie Brennan", "nat.brennan@gmail.com", "Ms Brennan"),
    P("Vikram Joshi", "vikram.joshi77@yahoo.co.uk", "Mr Joshi")],
   quote=dict(who=PRITI, greet="Dear {t},", body=[
       "Thank you for your email. So that we can direct your concern to the right place, please could you tell us:",
       "Which lender or law firm charged the fee you mention?",
       "Which property is it for, and on what date did (or will) your purchase¦complete?",
       "What outcome are you looking for?"], sign=PX_CR),
   answers={1: "Thames Valley Mortgages. They took a £395 'e-settlement fee' off my advance on completion day and "
               "said it was a PEXA charge.",
            2: "14 Ferry Road, completed 27 February.",
            3: "Nobody at TVM mentioned this fee before completion and it isn't in my offer. I want them to refund "
               "it."})

sc("p17", "pexa", "P", "inline", ("apple_plain", "mutt"), L(r="objection"),
   "Inline 'No' answers object to usage data being used for research profiling and to marketing emails "
   "(objection); calmly put, with no grievance, so not a complaint.",
   "Your PEXA research panel preferences",
   [P("Jasper Quinlan", "jasper.quinlan@quinlanhughes.co.uk", "Jasper", "Quinlan Hughes Solicitors"),
    P("Esther Nwosu", "esther.nwosu@nwosulegal.co.uk", "Esther", "Nwosu Legal")],
   quote=dict(who=HOLLIE, greet="Hi {f},", body=[
       "You're receiving this because you are a registered PEXA user.",
       "Are you happy for us to keep using your usage data to invite you to¦research?",
       "And would you like to keep getting our monthly product update emails?"],
       sign="Thanks,\nHollie Marsden\nProduct Research, PEXA"),
   answers={1: "No. I object to my usage data being analysed for research profiling, so please stop.",
            2: "No thank you. Please take me off the marketing list as well."})

sc("p18", "pexa", "P", "inline", ("thunderbird_plain", "gmail_plain"), L(c=True, cat="fees_charges"),
   "Under the quoted reminder the sender shows the invoice was paid on time and demands the late-payment charge be "
   "removed, the second month running: implicit complaint, fees_charges.",
   "Payment reminder: invoice INV-PX-80142",
   [P("Moira Feeney", "accounts@feeneyward.co.uk", "Ms Feeney", "Accounts, Feeney Ward Solicitors"),
    P("Gavin Tulloch", "gavin.tulloch@tullochlaw.co.uk", "Mr Tulloch", "Cashier, Tulloch Law")],
   quote=dict(who=TOMASZ, greet="Dear {t},", body=[
       "Our records show that invoice INV-PX-80142 for £2,316.00 remains unpaid.",
       "A late-payment charge of £75.00 has been added under our terms of¦business.",
       "Please arrange payment within 7 days, or contact us if you believe this is incorrect."],
       sign="Kind regards,\nTomasz Lewandowski\nBilling, PEXA"),
   answers={0: "It was paid by BACS on 4 March, our payment reference PX80142. Your own portal shows it as received.",
            1: "Then please take it off. We paid on time, and this is the second month running that your reminder "
               "has crossed with our payment. I'd like confirmation that the charge is cancelled."})

sc("p19", "pexa", "P", "inline", ("mutt", "apple_plain"), L(c=True, ex=True, cat="delay"),
   "A chaser typed under the quoted acknowledgement: over three weeks past the 5-day promise, and the sender says "
   "'chasing my complaint', so explicit; category delay.",
   "We have received your message",
   [P("Rebecca Lyall", "rebecca.lyall@lyallco.co.uk", "Ms Lyall", "Lyall & Co"),
    P("Imran Siddiqui", "imran@siddiquisolicitors.co.uk", "Mr Siddiqui", "Siddiqui Solicitors")],
   quote=dict(who=PRITI, greet="Dear {t},", body=[
       "Thank you for contacting PEXA Customer Relations. Your reference is PX-C-20391.",
       "We aim to respond within 5 business days. If we need longer, we'll tell¦you why.",
       "Please quote your reference in any further correspondence."], sign=PX_CR),
   answers={1: "That was on 9 February. It is now 4 March: more than three weeks, with no reply and no explanation.",
            2: "PX-C-20391. I am chasing my complaint about the failed discharge. Please tell me today who has it and "
               "when I will get an answer."})

sc("p20", "pexa", "P", "inline", ("gmail_plain", "thunderbird_plain"), L(c=True, pd=True, br=True, cat="personal_data"),
   "A seller who was sent a stranger's completion statement (breach) asks, under the quoted questions, where her own "
   "statement went and wants a written answer: implicit complaint about data handling, personal_data.",
   "Statement sent to you in error",
   [P("Lorraine Hibbert", "lorraine.hibbert@btinternet.com", "Mrs Hibbert"),
    P("Tariq Mahmood", "tariq.mahmood@gmail.com", "Mr Mahmood")],
   quote=dict(who=OLUMIDE, greet="Dear {t},", body=[
       "Thank you for letting us know that you received a completion statement that was not meant for you.",
       "Could you confirm the property address shown on the statement you received?",
       "Please delete the email and any copies, and let us know once you have¦done so."],
       sign="Kind regards,\nOlumide Bakare\nPEXA Support"),
   answers={1: "It's for 6 Mill Lane, not my sale. It shows the buyer's name, their bank and all the amounts.",
            2: "Deleted. But if I've been sent a stranger's statement, where has mine gone? It has my new address "
               "and my sale proceeds on it. I want you to check and tell me in writing who else has been sent my "
               "details."})

sc("p21", "pexa", "P", "inline", ("apple_plain", "gmail_plain"), L(c=True, cat="usability"),
   "Answers under a researcher's quoted questions say the redesigned screen hides the Submit button and ask for it "
   "to be moved and a date given: the system works but is error-prone to use, an implicit complaint, usability.",
   "Your feedback on the new lodgement screens",
   [P("Sophie Ingram", "sophie.ingram@ingramrowe.co.uk", "Sophie", "Ingram Rowe LLP"),
    P("Nathan Kerr", "nathan.kerr@kerrandco.co.uk", "Nathan", "Kerr & Co")],
   quote=dict(who=HOLLIE, greet="Hi {f},", body=[
       "Thanks for taking part in our early-access programme for the redesigned lodgement screens.",
       "How have you found submitting lodgements with the new layout so far?",
       "Have you had any problems with the document checklist or the confirm¦step?"],
       sign="Thanks,\nHollie Marsden\nProduct Research, PEXA"),
   answers={1: "Honestly, worse. The Submit button now sits below the fold on a laptop screen, and two of my team "
               "have left lodgements unsubmitted overnight thinking they had gone.",
            2: "Yes, the checklist ticks clear if you switch tabs. Please put the button back where people can see "
               "it and let me know when that will happen. I can't keep checking everyone's work by hand."})

sc("p22", "pexa", "P", "inline", ("thunderbird_plain", "mutt"), L(c=True, firm="mpc", tp=True, cat="service_quality"),
   "A son or daughter writing for an elderly seller names Marsh & Penrose and its fee earner's rudeness and asks for "
   "an apology: third_party, a consumer complaint purely about a participant firm (mpc), service_quality.",
   "Your enquiry on behalf of your father",
   [P("Adrian Vickery", "adrian.vickery@gmail.com", "Mr Vickery"),
    P("Carys Bevan", "carys.bevan@outlook.com", "Ms Bevan")],
   quote=dict(who=PRITI, greet="Dear {t},", body=[
       "Thank you for writing to us on behalf of your father.",
       "Which firm is handling his sale, and do you have their reference number¦for it?",
       "Could you tell us briefly what went wrong?"], sign=PX_CR),
   answers={1: "Marsh & Penrose in Exeter, their ref MP/22817/JH.",
            2: "Dad is 84. He rang them on Monday to ask why his sale hadn't completed, and the fee earner was short "
               "with him, told him to 'stop ringing every day' and put the phone down. He was very upset. I want "
               "Marsh & Penrose to apologise to him and give him a proper update."})

# ----------------------------------------------------------------------------------------- PEXA, group C
sc("p23", "pexa", "C", "top", ("outlook_plain_orig", "gmail"), L(),
   "A top-posted thank-you confirming the credit arrived; 'complaint' is only in the quoted subject and letter, so "
   "not a complaint (thank-you for a resolved matter).",
   "Your complaint PX-C-20455 - resolved",
   [P("Alison Keyes", "alison.keyes@beaconhomefinance.co.uk", "Ms Keyes", "Finance Operations, Beacon Home Finance"),
    P("Martin Hale", "martin.hale@beaconhomefinance.co.uk", "Mr Hale", "Beacon Home Finance")],
   quote=dict(who=IMOGEN, greet="Dear {t},", body=[
       "I'm pleased to confirm that the duplicate workspace fee raised in your complaint was credited to your "
       "account today (credit note CN-90217).",
       "I'm sorry for the inconvenience this caused. If anything else is outstanding, just reply to this email."],
       sign="Yours sincerely,\nImogen Reyes\nCustomer Relations Lead, PEXA"),
   own=["Thank you, the credit has come through and our ledger now balances. Much appreciated."])

sc("p24", "pexa", "C", "top", ("owa", "outlook_plain"), L(c=True, cat="fees_charges"),
   "A top-posted rejection of PEXA's final position on a fee increase, asking for escalation: an implicit complaint "
   "(dissatisfaction with the firm's answer), fees_charges.",
   "Our response to your concerns about the annual platform fee",
   [P("Gemma Lockhart", "gemma.lockhart@lockhartfrew.co.uk", "Ms Lockhart", "Managing Partner, Lockhart Frew LLP"),
    P("Dominic Frew", "dominic.frew@lockhartfrew.co.uk", "Mr Frew", "Partner, Lockhart Frew LLP")],
   quote=dict(who=IMOGEN, greet="Dear {t},", body=[
       "We have reviewed your concerns about the increase in your annual platform fee from 1 April.",
       "The increase was notified in our letter of 14 November, in line with the 90-day notice period in your "
       "participation agreement. We therefore do not agree that the fee has been applied incorrectly.",
       "This is our final position on the matter."],
       sign="Yours sincerely,\nImogen Reyes\nCustomer Relations Lead, PEXA"),
   own=["We do not accept this. The November letter went to a partner who left the firm in 2024, although we have "
        "asked you twice to update your records, and the increase is 18%, not the inflation-linked rise the "
        "agreement allows.",
        "Please pass this to someone who can review the fee itself and give us a proper reply."])

sc("p25", "pexa", "C", "top", ("gmail", "outlook"), L(br=True),
   "A lender reports, top-posted, that PEXA's weekly report attachment exposed another lender's borrowers (breach) "
   "and asks only for its own report: a breach report without dissatisfaction, so not a complaint.",
   "Weekly workspace report - w/e 6 March",
   [P("Priya Raman", "priya.raman@fairhavenmortgages.co.uk", "Priya", "Completions, Fairhaven Mortgages"),
    P("Joel Whitcombe", "joel.whitcombe@fairhavenmortgages.co.uk", "Joel", "Fairhaven Mortgages")],
   quote=dict(who=CALLUM, greet="Hi {f},", body=[
       "Please find attached the weekly workspace report for your organisation. Let me know if you have any "
       "questions."], sign="Regards,\nCallum Whitfield\nPEXA Support"),
   own=["The attachment on this one isn't ours. It lists about forty workspaces for another lender, with borrower "
        "names, property addresses and loan amounts. We've deleted it from the mailbox and nobody has forwarded it.",
        "Just letting you know so you can deal with it your end. Please send our own report when you can."])

sc("p26", "pexa", "C", "forward", ("gmail", "outlook"), L(c=True, ex=True, firm="hcb", cat="fees_charges"),
   "A buyer forwards Heathcote Bank's email and says 'I want to complain' about the fee it deducted: explicit, a "
   "consumer complaint about a participant lender (hcb) even though the bank called it a PEXA fee, fees_charges.",
   "Your mortgage advance has been released",
   [P("Ellen Fairbairn", "ellen.fairbairn@gmail.com", "Ms Fairbairn"),
    P("Hamza Yusuf", "hamza.yusuf@outlook.com", "Mr Yusuf")],
   quote=dict(who=P("Heathcote Bank Mortgage Completions", "mortgage.completions@heathcotebank.co.uk"),
              greet="Dear {t},", body=[
                  "We confirm that your mortgage advance of £212,000.00 was released to your conveyancer's PEXA "
                  "workspace on 6 March.",
                  "A completion administration fee of £250.00 has been deducted from the advance in line with our "
                  "electronic settlement process."],
              sign="Yours sincerely,\nMortgage Completions\nHeathcote Bank"),
   own=["I'm forwarding this email from Heathcote Bank because I want to complain about the £250 they took off my "
        "mortgage advance. It was never in my offer or my key facts document, and when I rang them they said it is "
        "a 'PEXA fee' they pass on.",
        "Your website says PEXA doesn't charge buyers anything. Please pass this to whoever handles Heathcote's "
        "complaints, or tell me where to send it."])

sc("p27", "pexa", "C", "forward", ("thunderbird", "apple"), L(r="rectification"),
   "A user forwards a notice addressed to her maiden name and asks for her name to be corrected on her profile and "
   "signing authority (rectification); a routine request, not a complaint.",
   "Action required: confirm your signing authority",
   [P("Anna Hale", "anna.hale@ridgewaylegal.co.uk", "Ms Hale", "Ridgeway Legal"),
    P("Rebecca Osborne", "rebecca.osborne@tamarconveyancing.co.uk", "Ms Osborne", "Tamar Conveyancing")],
   quote=dict(who=ONBOARDING, greet="Dear Ms Whitlock,", body=[
       "Our annual review shows that the signing authority held for your user account expires on 31 March.",
       "Please sign in and confirm your details so that you can continue to sign documents in PEXA workspaces."],
       sign="PEXA Onboarding"),
   own=["Forwarding the notice below. It is addressed to me under my maiden name, Whitlock. I have been {last} since "
        "last summer and my practising certificate has already been updated.",
        "Please correct my name on my PEXA user profile and on the signing authority before I confirm anything."])

sc("p28", "pexa", "C", "forward", ("gmail_plain", "outlook_plain"), L(c=True, firm="unknown", cat="delay"),
   "A buyer forwards an empty update from his conveyancer, Hartwell Conveyancing (not in the directory), after "
   "sixteen days of silence and asks PEXA to get an answer: a consumer complaint about another firm, unknown, "
   "delay.",
   "Update on your purchase",
   [P("Sandeep Gill", "sandeep.gill@gmail.com", "Mr Gill"),
    P("Megan Thorne", "megan.thorne@icloud.com", "Ms Thorne")],
   quote=dict(who=P("Lucy Trebilcock", "lucy@hartwellconveyancing.co.uk"), greet="Dear {t},", body=[
       "Apologies for the delay in updating you. The seller's solicitors have raised further enquiries and we are "
       "waiting for their response.",
       "I will be in touch as soon as I hear more."],
       sign="Kind regards,\nLucy Trebilcock\nHartwell Conveyancing"),
   own=["See below: the first I've heard from Hartwell Conveyancing in sixteen days, and it says nothing. They don't "
        "return calls and my mortgage offer runs out on 31 March.",
        "I was told PEXA 'runs the completion', so can you get Hartwell to give me a proper answer, or tell me who "
        "can?"])

sc("p29", "pexa", "C", "new", ("gmail", "thunderbird"), L(r="informed"),
   "New mail asking where PEXA got a personal mobile number, what it is used for and on what basis (informed); the "
   "sender says it is no problem otherwise and wants an explanation only, so an enquiry, not a complaint.",
   "Question about my mobile number",
   [P("Zara Lomax", "zara.lomax@gmail.com", "Ms Lomax", "Lomax Property Law"),
    P("Peter Greaves", "peter.greaves@btinternet.com", "Mr Greaves", "Greaves Solicitors")],
   own=["I'm a conveyancer registered on PEXA. Last week I started getting text messages about PEXA webinars on my "
        "personal mobile, a number I don't think I ever gave you; my firm registered me with the office number.",
        "Could you tell me where you got my mobile number, what you use it for and on what legal basis? It's no "
        "problem otherwise, I'd just like to understand it."])

sc("p30", "pexa", "C", "auto", ("outlook", "gmail_plain"), L(auto=True),
   "An out-of-office reply top-posted over PEXA's complaint acknowledgement (auto headers in one rendering, none in "
   "the other): auto_generated, everything else empty.",
   "Your complaint PX-C-20502 - acknowledgement",
   [P("Jennifer Okafor", "j.okafor@pennineconveyancing.co.uk", "Ms Okafor"),
    P("Stephen Rowe", "s.rowe@pennineconveyancing.co.uk", "Mr Rowe")],
   quote=dict(who=PRITI, greet="Dear {t},", body=[
       "Thank you for your complaint about the cancelled training session. Your reference is PX-C-20502.",
       "We will respond in full within 5 business days."], sign=PX_CR),
   own=["Thank you for your email. I am out of the office until Monday 16 March with limited access to email.",
        "For urgent completion matters please contact our completions team on 0161 555 0147 or "
        "completions@pennineconveyancing.co.uk.",
        "{full}\nPennine Conveyancing"],
   greet=False, sign=False,
   headers=[{"auto-submitted": "auto-replied", "x-auto-response-suppress": "All"}, {}])

# ----------------------------------------------------------------------------------------- Conexus, group H, top-posted
sc("c01", "conexus", "H", "top", ("gmail", "iphone"), L(c=True, ex=True, cat="debt_dispute"),
   "A top-posted objection to Conexus's final response ('not accepting this response to my complaint', explicit): "
   "the debt was paid and Conexus is still pursuing it, Conexus's own conduct, so debt_dispute with "
   "about_other_firm null although Northline is named.",
   "Final response - account CX-61420",
   [P("Kerry Walsh", "kerry.walsh82@gmail.com", "Ms Walsh"),
    P("Dylan Hughes", "dylanhughes@icloud.com", "Mr Hughes")],
   quote=dict(who=JOANNE, greet="Dear {t},", body=[
       "I have now completed my investigation into your complaint about your Northline Energy account.",
       "Northline Energy has confirmed to us that the balance of £486.20 remains outstanding, and we have not found "
       "evidence of the payment you describe. I am therefore unable to uphold your complaint, and collection "
       "activity will resume on 23 March.",
       "If you are unhappy with this response, you may refer your complaint to the Financial Ombudsman Service "
       "within six months of the date of this letter."], sign=CX_JT),
   own=["I'm not accepting this response to my complaint. I paid Northline £486.20 by card on 2 December. I've now "
        "sent you the bank statement twice with the payment highlighted, and Northline's own app shows a zero "
        "balance.",
        "Don't restart collection on the 23rd. Look at the statement properly and reply to me, or I'll take this to "
        "the ombudsman."])

sc("c02", "conexus", "H", "top", ("yahoo", "outlook"), L(),
   "A top-posted thank-you confirming the agreed payment plan: praise and confirmation, nothing wrong, not a "
   "complaint.",
   "Your payment arrangement - confirmation",
   [P("Shirley Padgett", "shirleypadgett@yahoo.co.uk", "Mrs Padgett"),
    P("Connor Blake", "connor.blake@outlook.com", "Mr Blake")],
   quote=dict(who=MARCUS, greet="Dear {t},", body=[
       "Thank you for speaking with me today. As agreed, your payment arrangement is £35.00 per month by standing "
       "order, starting on 13 March, until the balance of £1,120.00 is cleared.",
       "We will not add any further interest or charges while the arrangement is kept up. If your circumstances "
       "change, please contact us straight away."], sign=CX_MD),
   own=["Thank you, that's all correct. The standing order is set up and the first payment goes out on the 13th. I "
        "really appreciate how patient you were on the phone."])

sc("c03", "conexus", "H", "top", ("owa", "outlook"), L(r="access,restriction", tp=True),
   "A money adviser, for a named client, asks for a copy of all his data including recordings (access) and for a "
   "disputed address history not to be used or shared while it is checked (restriction); third_party, and a "
   "matter-of-fact request, so not a complaint.",
   "Your client: account CX-58817",
   [P("Ruth Ellingham", "ruth.ellingham@citysideadvice.org.uk", "Ms Ellingham", "Money Adviser, Cityside Debt Advice"),
    P("Femi Adebayo", "femi.adebayo@citysideadvice.org.uk", "Mr Adebayo",
      "Senior Money Adviser, Cityside Debt Advice")],
   quote=dict(who=AILEEN, greet="Dear {t},", body=[
       "Thank you for your letter and the signed authority from your client, Mr Leonard Fisk. We have placed a 30-day "
       "hold on the account while you prepare a financial statement.",
       "Please let us know if there is anything else you need from us."], sign=CX_AM),
   own=["Thank you for the hold. Mr Fisk has asked us to make two further requests on his behalf.",
        "First, please send us a copy of all the personal data Conexus holds about him, including account notes and "
        "any call recordings, so that we can check what he has been told.",
        "Second, he disputes the address history on your file, which links him to a property he never lived at. "
        "Please don't use or share that address history while the point is looked into."])

sc("c04", "conexus", "H", "top", ("gmail", "apple"),
   L(c=True, pd=True, br=True, r="informed,erasure", cat="personal_data"),
   "An agent disclosed the debt in a voicemail on the debtor's 17-year-old daughter's phone (breach); the debtor asks "
   "how Conexus got the number and on what basis (informed) and wants it deleted (erasure): implicit complaint about "
   "data handling, personal_data.",
   "Reminder: payment due on account CX-60233",
   [P("Tracey Holloway", "tracey.holloway@gmail.com", "Ms Holloway"),
    P("Nicola Ashworth", "nicola.ashworth@icloud.com", "Mrs Ashworth")],
   quote=dict(who=STUART, greet="Dear {t},", body=[
       "This is a reminder that your monthly payment of £40.00 was due on 1 March and has not yet been received.",
       "Please make the payment as soon as possible, or call us on 0330 555 0188 to discuss."], sign=CX_SP),
   own=["I paid on the 3rd, two days late, which I'm sorry about. But yesterday one of your agents left a voicemail "
        "on my daughter's mobile giving my name, saying I owe Conexus money and how much. She is 17. I have never "
        "given you her number.",
        "I want to know how you got her number and what gives you the right to use it, and I want it deleted from my "
        "account today. Do not contact her again."])

# ----------------------------------------------------------------------------------------- Conexus, group H, bottom-posted
sc("c05", "conexus", "H", "bottom", ("thunderbird", "yahoo"), L(c=True, cat="service_quality"),
   "Below the quoted chaser the debtor says the form was sent three times and 'lost' each time, and asks Conexus to "
   "find it and call off the visit: implicit complaint; the main cause is careless handling, so service_quality.",
   "Income and expenditure form",
   [P("Janet Oduya", "janet.oduya@gmail.com", "Mrs Oduya"),
    P("Graham Pilling", "graham.pilling@yahoo.com", "Mr Pilling")],
   quote=dict(who=MARCUS, greet="Dear {t},", body=[
       "We still haven't received the income and expenditure form we sent you on 2 February. Without it we cannot "
       "agree a reduced payment, and the account will be passed to our field team on 20 March.",
       "You can complete the form online or return the paper copy in the prepaid envelope."], sign=CX_MD),
   own=["I've sent that form three times now: in the prepaid envelope on 6 February, by email to this address on "
        "the 16th, and through your website on the 27th, and I have the confirmation screen. Each time someone on "
        "the phone tells me it hasn't arrived.",
        "Please find the forms you already have, agree the plan, and confirm in writing that nobody is coming to my "
        "house on the 20th."])

sc("c06", "conexus", "H", "bottom", ("outlook", "owa"), L(c=True, cat="collection_conduct"),
   "A creditor client, below Conexus's quoted report, says agents kept phoning customers after a recall and demands "
   "an explanation: an implicit complaint about how debts are pursued (collection_conduct); the creditor is the "
   "complainant, so about_other_firm null and not third_party.",
   "Monthly performance report - February",
   [P("Rachel Coombes", "rachel.coombes@sterlingcredit.co.uk", "Rachel",
      "Collections Partner Manager, Sterling Credit Loans"),
    P("Jamal Whyte", "jamal.whyte@sterlingcredit.co.uk", "Jamal", "Head of Recoveries, Sterling Credit Loans")],
   quote=dict(who=RAJESH, greet="Hi {f},", body=[
       "Please find attached the February performance report for your portfolio. Collections are up 6% on January, "
       "and 42 accounts are on active payment plans.",
       "I'm happy to go through the figures on our call next Thursday."],
       sign="Best regards,\nRajesh Varma\nClient Services Manager, Conexus"),
   own=["Before Thursday's call there is something more urgent. We recalled 19 accounts from you on 10 February, "
        "and our customers tell us your agents were still phoning them a fortnight later. Three of them have now "
        "raised it with us formally.",
        "I need an explanation of why recalled accounts were still being worked, confirmation that all contact has "
        "stopped, and a list of every call made after the recall date."])

sc("c07", "conexus", "H", "bottom", ("gmail", "apple"), L(c=True, firm="wbc", cat="debt_dispute"),
   "Written below the quoted arrears letter: the council's own bill is at the wrong band and only the council can "
   "re-bill it, so a complaint whose root cause is the creditor (wbc), debt_dispute, implicit.",
   "Council tax arrears - Westbury Council Tax Services",
   [P("Lydia Marsh", "lydia.marsh@gmail.com", "Ms Marsh"),
    P("Callum Reid", "callumreid@icloud.com", "Mr Reid")],
   quote=dict(who=STUART, greet="Dear {t},", body=[
       "We are collecting council tax arrears of £1,304.16 on behalf of Westbury Council Tax Services for the years "
       "2024/25 and 2025/26.",
       "Westbury has confirmed that the amount is correct. Please contact us to arrange payment or to discuss an "
       "affordable plan."], sign=CX_SP),
   own=["The amount isn't correct, and that is Westbury's doing. The Valuation Office moved my flat from Band D to "
        "Band B in May 2024, backdated, and Westbury has never re-billed it. I have the VOA letter.",
        "I've written to the council twice since January and heard nothing back. Until Westbury sorts out its own "
        "bill I shouldn't be paying any of this. Can you get them to look at it and re-issue the bill at Band B?"])

sc("c08", "conexus", "H", "bottom", ("outlook", "thunderbird"), L(c=True, tp=True, cat="collection_conduct"),
   "An MP's caseworker, below Conexus's quoted promise of a hold, reports a late-evening doorstep visit to a "
   "constituent in chemotherapy and asks for an explanation and apology: third_party, implicit complaint, "
   "collection_conduct.",
   "Your constituent: Mrs Doreen Ashby",
   [P("Tom Ellery", "tom.ellery@parliament.uk", "Mr Ellery", "Caseworker to Sarah Nolan MP"),
    P("Hannah Brightwell", "hannah.brightwell@parliament.uk", "Ms Brightwell", "Office of Sarah Nolan MP")],
   quote=dict(who=JOANNE, greet="Dear {t},", body=[
       "Thank you for your letter about your constituent, Mrs Ashby. We have noted that she is receiving treatment "
       "and have placed her account on hold for 60 days.",
       "We will write to her directly with an update before the hold ends."], sign=CX_JT),
   own=["Mrs Ashby contacted our office again on Friday. Despite the hold described above, a Conexus field agent "
        "called at her home at 8.40pm on Wednesday, spoke to her through the letterbox and left a card saying he "
        "would return.",
        "She is midway through chemotherapy and was extremely distressed. We would be grateful for a full "
        "explanation of how this visit came to happen while the account was on hold, what you will do to make sure "
        "it does not happen again, and confirmation that she will receive an apology."])

sc("c09", "conexus", "H", "bottom", ("iphone", "yahoo"), L(c=True, r="automated_decision", cat="collection_conduct"),
   "Below the quoted rejection by an affordability tool, the debtor wants a person, not the tool, to decide "
   "(automated_decision) and says £95 is unaffordable: implicit complaint about how the debt is pursued, "
   "collection_conduct, personal_data false.",
   "Your payment offer",
   [P("Stacey Millward", "staceymillward@icloud.com", "Ms Millward"),
    P("Jordan Atherton", "jordan.atherton@yahoo.co.uk", "Mr Atherton")],
   quote=dict(who=AILEEN, greet="Dear {t},", body=[
       "Thank you for your offer of £40 per month. Our affordability assessment, which compares your offer with your "
       "credit file and standard living costs, shows that you can afford £95 per month, so we are unable to accept "
       "your offer.",
       "Please contact us to arrange a payment at the assessed level."], sign=CX_AM),
   own=["I don't see how a computer can decide what I can afford without looking at my actual bills. My rent alone "
        "went up £120 this year and I help support my mum. £95 a month means not eating properly.",
        "I want a real person to go through my income and outgoings and make the decision, not your assessment "
        "tool. Please don't pass the account on anywhere until that's been done."])

# ----------------------------------------------------------------------------------------- Conexus, group H, inline
sc("c10", "conexus", "H", "inline", ("apple", "thunderbird"), L(),
   "Inline answers to direct-debit set-up questions ('It is the joint account'): ordinary facts, not a complaint.",
   "Setting up your direct debit",
   [P("Wendy Clough", "wendy.clough@btinternet.com", "Mrs Clough"),
    P("Priyanka Das", "priyanka.das@gmail.com", "Mrs Das")],
   quote=dict(who=MARCUS, greet="Dear {t},", body=[
       "Thanks for agreeing a plan with us today. Before I set up the direct debit I need to check a few details.",
       "Is the account the payments will come from in your sole name, or is it a joint account?",
       "Which date of the month would you like the payment to be taken?",
       "Can you confirm that the sort code ends 42?"], sign=CX_MD),
   answers={1: "It is the joint account, with my husband.",
            2: "The 28th please, as that's payday.",
            3: "Yes, that's right."})

sc("c11", "conexus", "H", "inline", ("gmail", "outlook"), L(c=True, ex=True, r="access", cat="collection_conduct"),
   "Inline answers to the complaint handler's questions describe a bailiff threat and ask for the call recording "
   "(access) and for 'my complaint about Kyle' to be recorded: explicit although below the quote, "
   "collection_conduct.",
   "Your concerns about a recent call - ref CX-C-7718",
   [P("Leanne Fowler", "leanne.fowler@hotmail.com", "Ms Fowler"),
    P("Aaron Sykes", "aaron.sykes@gmail.com", "Mr Sykes")],
   quote=dict(who=JOANNE, greet="Dear {t},", body=[
       "Thank you for getting in touch. To help me investigate, could you answer a few questions?",
       "When did the call take place, and do you know the name of the person you spoke to?",
       "What exactly was said that concerned you?",
       "What would you like us to do to put things right?"], sign=CX_JT),
   answers={1: "Monday 9 February, about 6pm. He said his name was Kyle.",
            2: "He told me that if I didn't pay £300 by Friday, bailiffs would come and take my car. I've since found "
               "out you can't do that without a court order. I was shaking for the rest of the evening.",
            3: "I want an apology and a copy of the call recording, and I want my complaint about Kyle recorded "
               "properly, not put down as a misunderstanding."})

sc("c12", "conexus", "H", "inline", ("owa", "iphone"), L(r="erasure,portability"),
   "After clearing the debt, the sender answers inline: delete what need not be kept (erasure) and first send the "
   "payment history as a CSV for a budgeting app (portability); no dissatisfaction, so not a complaint.",
   "Your account is now closed",
   [P("Oluwaseun Bankole", "seun.bankole@gmail.com", "Mr Bankole"),
    P("Gemma Forsyth", "gemma.forsyth@outlook.com", "Ms Forsyth")],
   quote=dict(who=HELENA, greet="Dear {t},", body=[
       "Congratulations on clearing your balance. Your account CX-54420 is now closed with nothing owing.",
       "We keep closed-account records for six years. If you have any requests about your information, please let "
       "us know.",
       "Would you like a paid-in-full letter for your records?"], sign=CX_HV),
   answers={1: "Please delete anything you aren't legally required to keep, including my mobile number and my "
               "employer's details. Before you do, please send me my payment history as a CSV file so that I can "
               "load it into my budgeting app.",
            2: "Yes please, by email."})

sc("c13", "conexus", "H", "inline", ("thunderbird", "gmail"), L(br=True),
   "A neighbour answers Conexus's questions inline about a misdelivered, opened letter showing a name and balance "
   "(breach) and says no reply is needed: not a complaint, not third_party.",
   "Letter delivered to the wrong address",
   [P("Malcolm Tennant", "malcolm.tennant@gmail.com", "Mr Tennant"),
    P("Irene Sowerby", "irene.sowerby@btinternet.com", "Mrs Sowerby")],
   quote=dict(who=HELENA, greet="Dear {t},", body=[
       "Thank you for letting us know about the letter you received. To help us look into it, please could you "
       "tell us the following.",
       "What address was on the envelope, and what is your own address?",
       "Was the envelope opened, and if so, what information could be seen?",
       "Do you still have the letter?"], sign=CX_HV),
   answers={1: "It was addressed to 14 Cedar Walk. I'm at 41 Cedar Walk, so I think the numbers got swapped.",
            2: "I opened it before I noticed. It showed the name, an account number and a balance of about £2,000.",
            3: "No, I put it through the door of number 14 this morning. No need to reply, I just thought you "
               "should know."})

# ----------------------------------------------------------------------------------------- Conexus, group P
sc("c14", "conexus", "P", "inline", ("thunderbird_plain", "mutt"), L(),
   "Plain inline answers to a plan review ('Same account, nothing has changed'): ordinary facts, not a complaint.",
   "Your payment plan review",
   [P("Brian Catterall", "brian.catterall@gmail.com", "Mr Catterall"),
    P("Nadia Rahman", "nadia.rahman@outlook.com", "Ms Rahman")],
   quote=dict(who=MARCUS, greet="Dear {t},", body=[
       "Your payment plan is due for its six-monthly review.",
       "Are you still paying from the same account, or has that changed since¦September?",
       "Has your income changed since we last spoke?"], sign=CX_MD),
   answers={1: "Same account, nothing has changed.", 2: "No, still the same hours at work."})

sc("c15", "conexus", "P", "inline", ("gmail_plain", "apple_plain"), L(c=True, firm="pmt", cat="debt_dispute"),
   "Inline answers dispute a Pennant Mobile termination charge for a contract cancelled in the cooling-off period "
   "and ask for it to go back to Pennant: only the creditor can fix the bill, so pmt, debt_dispute, implicit.",
   "Balance due: Pennant Mobile account",
   [P("Gareth Pugh", "gareth.pugh@gmail.com", "Mr Pugh"),
    P("Chantelle Moss", "chantelle.moss@hotmail.co.uk", "Ms Moss")],
   quote=dict(who=STUART, greet="Dear {t},", body=[
       "We have been instructed by Pennant Mobile to collect the balance below.",
       "Early termination charge, contract ending 0917: £380.00",
       "If you think the balance is wrong, tell us why and send any evidence you¦have."], sign=CX_SP),
   answers={1: "I cancelled that contract within the 14-day cooling-off period in October. Pennant confirmed it by "
               "email, which I can forward.",
            2: "Pennant should never have raised this charge. Please send it back to them and get them to cancel "
               "it. I'm not paying for a contract I cancelled in time."})

sc("c16", "conexus", "P", "inline", ("mutt", "thunderbird_plain"), L(c=True, ex=True, tp=True, cat="debt_dispute"),
   "A solicitor answers inline for a client ('Our client's complaint is...', explicit): Conexus threatens court on "
   "a statute-barred loan, a challenge to the debt that Conexus itself can stop, so debt_dispute, null, third_party.",
   "Account CX-49930 - your client",
   [P("Alistair Brooke", "a.brooke@brookewhitley.co.uk", "Mr Brooke", "Solicitor, Brooke Whitley LLP"),
    P("Funmi Akande", "f.akande@brookewhitley.co.uk", "Ms Akande", "Associate, Brooke Whitley LLP")],
   quote=dict(who=JOANNE, greet="Dear {t},", body=[
       "Thank you for your letter on behalf of your client, Mr Keith Armitage.",
       "Please confirm that you hold written authority to act for him in this¦matter.",
       "Please also set out what your client is asking us to do."], sign=CX_JT),
   answers={1: "Yes. Signed authority attached again (it was also with our first letter).",
            2: "Our client's complaint is that Conexus has threatened county court action on a Sterling Credit loan "
               "on which he last paid in 2016. The debt is statute-barred. We ask you to confirm that no proceedings "
               "will be issued, to stop all collection activity and to close the account."})

sc("c17", "conexus", "P", "inline", ("apple_plain", "gmail_plain"), L(c=True, cat="delay"),
   "A chaser typed under the quoted eight-week promise ('Eight weeks was 5 March'): the word complaint is only in "
   "the quoted acknowledgement, so implicit; still waiting, delay.",
   "We have received your concerns (ref CX-C-7602)",
   [P("Denise Farrow", "denise.farrow@gmail.com", "Mrs Farrow"),
    P("Kofi Mensah", "kofi.mensah@outlook.com", "Mr Mensah")],
   quote=dict(who=JOANNE, greet="Dear {t},", body=[
       "Thank you for your complaint, which we received on 8 January. Your reference is CX-C-7602.",
       "We aim to send you a full written response within eight weeks of¦receiving it.",
       "If we need more time, we will write to explain why."], sign=CX_JT),
   answers={1: "Eight weeks was 5 March. Today is the 16th and I have had nothing at all.",
            2: "No letter, no email, no call. Please send me the response now, and tell me who is dealing with it."})

sc("c18", "conexus", "P", "inline", ("thunderbird_plain", "apple_plain"), L(c=True, cat="collection_conduct"),
   "Under the quoted Breathing Space notice the debtor reports two payment calls during it and asks for them to stop "
   "and an explanation: implicit complaint, collection_conduct.",
   "Breathing Space notification - account CX-62011",
   [P("Kieran Doyle", "kieran.doyle91@gmail.com", "Mr Doyle"),
    P("Sasha Petrenko", "sasha.petrenko@outlook.com", "Ms Petrenko")],
   quote=dict(who=AILEEN, greet="Dear {t},", body=[
       "We have received notice that you have entered a mental health crisis Breathing Space.",
       "While it lasts we won't ask you for payment or add any interest or¦charges.",
       "Can you confirm the best way to send you the letters we are required to send?"], sign=CX_AM),
   answers={1: "Then why did someone from Conexus ring me last Tuesday and Thursday asking when I could pay? I told "
               "the second caller I was in Breathing Space and she said it 'didn't show on her screen'. I had to go "
               "back to my crisis worker after that call.",
            2: "By post only. And please make sure the calls stop, and tell me why this happened."})

sc("c19", "conexus", "P", "inline", ("mutt", "gmail_plain"),
   L(c=True, pd=True, r="objection,informed", cat="personal_data"),
   "Inline answers to a partner-offers opt-in: the sender never agreed, suspects the data was passed on, objects to "
   "marketing (objection) and asks who received the number (informed): implicit complaint about data use, "
   "personal_data.",
   "Your marketing preferences",
   [P("Lorna Gallagher", "lorna.gallagher@gmail.com", "Ms Gallagher"),
    P("Ben Sutcliffe", "ben.sutcliffe@yahoo.com", "Mr Sutcliffe")],
   quote=dict(who=HELENA, greet="Dear {t},", body=[
       "Now that your account with us is settled, we'd like to tell you about offers from our partners.",
       "Reply YES to keep receiving partner offers by text and email, or NO to¦opt out.",
       "We will keep your details on file for this purpose unless you tell us otherwise."], sign=CX_HV),
   answers={1: "NO. I never agreed to any 'partner offers', and I've had three texts from a loan company since "
               "January that I suspect came from you.",
            2: "I object to you using my details for marketing of any kind, or passing them to anyone else. Tell me "
               "which companies you have already given my number to."})

sc("c20", "conexus", "P", "inline", ("gmail_plain", "thunderbird_plain"), L(),
   "A creditor's recovery team answers reconciliation questions inline with plain facts: not a complaint.",
   "Reconciliation query - Northline Energy portfolio",
   [P("Eilidh Munro", "eilidh.munro@northline-energy.co.uk", "Eilidh", "Debt Recovery Team, Northline Energy"),
    P("Craig Pollard", "craig.pollard@northline-energy.co.uk", "Craig", "Debt Recovery Team, Northline Energy")],
   quote=dict(who=RAJESH, greet="Hi {f},", body=[
       "I'm reconciling our February remittance and have two questions before I send the statement over.",
       "Has Northline had any direct payments on account NE-771820 since we took¦it on?",
       "Should account NE-770413 be closed, or is it still with us?"],
       sign="Best regards,\nRajesh Varma\nClient Services Manager, Conexus"),
   answers={1: "No direct payments on that one; our system shows nothing since October.",
            2: "Still with you, we haven't recalled it."})

sc("c21", "conexus", "P", "inline", ("apple_plain", "mutt"),
   L(c=True, pd=True, br=True, r="rectification", tp=True, cat="personal_data"),
   "A sibling with power of attorney answers inline: the address was never corrected and the new tenant has read "
   "the letters (breach); asks for correction (rectification) and an explanation: third_party, implicit complaint, "
   "personal_data.",
   "Account CX-57128 - Mr Jonathan Pryor",
   [P("Martin Pryor", "martin.pryor@gmail.com", "Mr Pryor"),
    P("Alison Pryor", "alison.pryor@outlook.com", "Mrs Pryor")],
   quote=dict(who=MARCUS, greet="Dear {t},", body=[
       "Thank you for the copy of the lasting power of attorney for your brother, which we have now added to the "
       "account.",
       "Please confirm his postal address. Our records show Flat 3, 9 Kingsway,¦Whitby.",
       "Is there anything else we should be aware of?"], sign=CX_MD),
   answers={1: "That's his old flat. He moved to 27 Orchard Road, Whitby YO21 1QT last August and I told your office "
               "in September. Please correct it.",
            2: "Yes. The new tenant at Flat 3 has been opening your letters. She rang me to say she knows how much he "
               "owes and to whom. Jonathan is mortified. I want to know why the address wasn't changed when I asked, "
               "and what you are doing about the letters she has already read."})

sc("c22", "conexus", "P", "inline", ("thunderbird_plain", "gmail_plain"), L(c=True, ex=True, cat="collection_conduct"),
   "Inline answers say an agent laughed at a disabled debtor on benefits and ask for an apology ('I want to make a "
   "complaint about the way Darren spoke to me', explicit): treatment of a vulnerable customer, collection_conduct.",
   "Your call with us on 10 March",
   [P("Yvonne Castle", "yvonne.castle@gmail.com", "Ms Castle"),
    P("Derek Whitlam", "derek.whitlam@btinternet.com", "Mr Whitlam")],
   quote=dict(who=MARCUS, greet="Dear {t},", body=[
       "Further to your call with our team on 10 March, we have noted that you receive Employment and Support "
       "Allowance.",
       "We need a completed income and expenditure form before we can agree¦a plan.",
       "Please let us know if you need any help completing it."], sign=CX_MD),
   answers={0: "Yes, and when I told your colleague Darren that, he laughed and said 'everyone says that'.",
            2: "I don't need help with the form, I need an apology. I want to make a complaint about the way Darren "
               "spoke to me. I'm disabled, and it took me a week to work up to ringing you."})

# ----------------------------------------------------------------------------------------- Conexus, group C
sc("c23", "conexus", "C", "top", ("gmail_plain", "outlook"), L(c=True, pd=True, r="access", cat="personal_data"),
   "'Chasing' a subject access request six weeks on, top-posted: a still-waiting chaser, but the late item is a "
   "data-rights request, so the specific theme personal_data beats delay (personal_data true, access re-asserted).",
   "Your request for information - acknowledgement",
   [P("Ryan Costello", "ryan.costello@gmail.com", "Mr Costello"),
    P("Fatima Idrissi", "fatima.idrissi@outlook.com", "Ms Idrissi")],
   quote=dict(who=HELENA, greet="Dear {t},", body=[
       "We acknowledge your request for a copy of the personal information we hold about you, received on 19 "
       "January. We will respond within one month."], sign=CX_HV),
   own=["Chasing. It's been over six weeks since you sent this and I've received nothing. The law gives you one "
        "month.",
        "Please send me the copy of my data now and explain why it is late."])

sc("c24", "conexus", "C", "top", ("iphone", "outlook_plain_orig"), L(),
   "A top-posted ordinary answer choosing a call-back slot: not a complaint.",
   "Call back request",
   [P("Hayley Stott", "hayley.stott@icloud.com", "Ms Stott"),
    P("Anthony Reeve", "anthony.reeve@btinternet.com", "Mr Reeve")],
   quote=dict(who=MARCUS, greet="Dear {t},", body=[
       "Thanks for your message. I can call you back on Tuesday at 2pm or on Wednesday at 11am to talk through your "
       "options. Please let me know which works for you."], sign=CX_MD),
   own=["Tuesday at 2pm is fine. Please use my mobile rather than the landline."])

sc("c25", "conexus", "C", "forward", ("gmail", "outlook"), L(c=True, ex=True, cat="debt_dispute"),
   "A debtor forwards the creditor's zero-balance letter and calls it 'a formal complaint' (explicit): Conexus "
   "pursues a debt that does not exist, its own conduct, so debt_dispute with about_other_firm null.",
   "Your Northline Energy account is now closed",
   [P("Paul Haworth", "paul.haworth@gmail.com", "Mr Haworth"),
    P("Simone Clarke", "simone.clarke@outlook.com", "Ms Clarke")],
   quote=dict(who=P("Northline Energy Customer Accounts", "customer.accounts@northline-energy.co.uk"),
              greet="Dear {t},", body=[
                  "We're writing to confirm that your electricity account ending 4417 was closed on 30 November 2025 "
                  "with a final balance of £0.00.",
                  "Thank you for being a Northline customer."],
              sign="Northline Energy Customer Accounts"),
   own=["Please read the email below from Northline. They closed my account with nothing owing, yet Conexus has "
        "written to me three times since January saying I owe £212.40 and threatening to add a trace fee.",
        "This is a formal complaint. Stop contacting me about a debt that doesn't exist, confirm the account is "
        "closed on your side, and make sure nothing has been reported to my credit file."])

sc("c26", "conexus", "C", "forward", ("thunderbird", "gmail_plain"), L(c=True, firm="scl", tp=True, cat="debt_dispute"),
   "A money adviser forwards a client's Sterling Credit statement: interest added against the creditor's own "
   "written freeze, which only Sterling can correct, so scl, third_party, debt_dispute, implicit ('hold collection' "
   "is not a data-rights restriction).",
   "Your annual loan statement",
   [P("Dele Ogunleye", "dele.ogunleye@stepsmoneyadvice.org.uk", "Mr Ogunleye", "Money Adviser, Steps Money Advice"),
    P("Kirsty Lamb", "kirsty.lamb@stepsmoneyadvice.org.uk", "Ms Lamb", "Money Adviser, Steps Money Advice")],
   quote=dict(who=P("Sterling Credit Loans", "statements@sterlingcredit.co.uk"), greet="Dear Mrs Okonjo,", body=[
       "Your annual statement for loan account SCL-3390187 is attached. During the year, interest of £1,214.60 was "
       "applied to your account.",
       "Your outstanding balance is now £4,980.35, which has been passed to our collection partner, Conexus."],
       sign="Customer Accounts\nSterling Credit Loans"),
   fwd_to=P("Abena Okonjo", "abena.okonjo@gmail.com"),
   own=["I'm a money adviser acting for Mrs Abena Okonjo (signed authority attached), and I'm forwarding Sterling "
        "Credit's statement, which she sent to me.",
        "In March 2025 Sterling agreed in writing to freeze interest on this loan while she was on a reduced plan. "
        "The £1,214.60 of interest shown below should never have been added, so the balance you are collecting is "
        "overstated. This is Sterling's error and we have asked them to correct it. Please hold collection until "
        "Sterling re-issues the balance."])

sc("c27", "conexus", "C", "forward", ("apple", "gmail"),
   L(c=True, pd=True, br=True, r="informed,erasure", cat="personal_data"),
   "A debtor forwards Conexus's arrears email that went to her ex-husband's address (breach), asks how Conexus got "
   "that address (informed) and for it to be removed (erasure): implicit complaint, personal_data.",
   "Your account CX-63390 - important information",
   [P("Donna Linton", "donna.linton@icloud.com", "Ms Linton"),
    P("Michelle Garvey", "michelle.garvey@gmail.com", "Ms Garvey")],
   quote=dict(who=STUART, greet="Dear {t},", body=[
       "Our records show that your account is now 60 days in arrears, with a balance of £3,406.22.",
       "Unless you contact us within 14 days, we may pass your account to our field team."], sign=CX_SP),
   fwd_to=P("Gary Linton", "gary.linton@hotmail.co.uk"),
   own=["My ex-husband forwarded me this email this morning, with a nasty comment of his own. It was sent to his "
        "email address, which I haven't used since we separated in 2022 and never gave you. He now knows exactly "
        "what I owe.",
        "How did you get that address? Remove it from my account, and I want a written explanation of how this "
        "happened."])

sc("c28", "conexus", "C", "new", ("outlook_plain", "gmail"), L(c=True, ex=True, cat="wait_time"),
   "New mail: 'I want to complain' about 47- and 38-minute holds ending in dropped calls, with a call-back "
   "request: explicit, waiting to reach someone, wait_time.",
   "Phone line",
   [P("Rosemary Quayle", "rosemary.quayle@outlook.com", "Mrs Quayle"),
    P("Liam Duggan", "liam.duggan@gmail.com", "Mr Duggan")],
   own=["I want to complain about how hard it is to reach you by phone. On Monday I was on hold for 47 minutes "
        "before the line went dead. Yesterday I waited 38 minutes and was cut off again. I'm trying to pay you, not "
        "avoid you.",
        "Please ring me back on 07700 900418 between 9 and 12, and tell me why your phone line can't cope."])

sc("c29", "conexus", "C", "new", ("iphone", "thunderbird"), L(c=True, firm="unknown", cat="debt_dispute"),
   "New mail disputing an exit fee raised by Brightwell Broadband, a creditor outside the directory, which only "
   "Brightwell can remove: about_other_firm unknown, debt_dispute, implicit.",
   "Brightwell Broadband - your letter",
   [P("Shannon Kelly", "shannon.kelly@icloud.com", "Ms Kelly"),
    P("Mohammed Farooq", "m.farooq@btinternet.com", "Mr Farooq")],
   own=["I got your letter about £264 for Brightwell Broadband. Brightwell charged me an early exit fee after I left "
        "because they couldn't give me the speed they promised, which under their own guarantee should have let me "
        "leave for free. I have their engineer's report.",
        "Brightwell won't answer my emails. Please don't chase me until they've looked at it properly and taken the "
        "charge off."])

sc("c30", "conexus", "C", "new", ("yahoo", "apple"), L(tp=True),
   "A housing support worker writes for a tenant to set up plain-English letters and contact through her, saying "
   "there is no problem with his treatment: third_party, not a complaint, no rights.",
   "Mr Callum Dobbs - communication needs",
   [P("Bethan Lloyd", "bethan.lloyd@hollybankhousing.org.uk", "Ms Lloyd", "Support Worker, Hollybank Housing Trust"),
    P("Grant Ferguson", "grant.ferguson@hollybankhousing.org.uk", "Mr Ferguson",
      "Tenancy Support Officer, Hollybank Housing Trust")],
   own=["I'm a support worker with Hollybank Housing Trust and I help Mr Callum Dobbs (account CX-60871) with his "
        "post. He has a learning disability and finds standard letters very hard to follow.",
        "With his agreement, could you please note on his account that letters should be in plain English, and that "
        "he is happy for you to speak to me on 01632 960214 when he is with me? His signed consent form is "
        "attached.",
        "There's no problem with how he has been treated; we just want to get this set up."])

if __name__ == "__main__":
    sys.exit(main())
