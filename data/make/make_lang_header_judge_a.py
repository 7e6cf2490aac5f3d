#!/usr/bin/env python3
"""Judge set lang_header_judge_a: replies and forwards from mail programs set to another language.

60 scenarios (30 pexa, 30 conexus), each rendered twice with different envelopes (120 emails):
  group R (30): replies written above the firm's quoted English mail, under Polish, Romanian, Spanish, Portuguese,
                Italian, French, German, Dutch, Lithuanian or Hungarian Outlook / Gmail / Apple Mail marks;
  group F (16): forwards with little or no comment under the same languages' forward marks;
  group C (14): controls: English program marks, and new mail with no quote.
Every label is decided by the labelling guide on the sender's own words (the quoted firm mail is context; a forward
with little comment is judged by what it carries). Stdlib only; output is byte-identical on every run.

record_errors' explicit check reads new_text(), which cannot see where a localized mark (e.g. "Od:" block,
"-----Wiadomość oryginalna-----", "W dniu ... napisał(a):", a Gmail blockquote with a class) starts the quote. For
localized records only, where that one check disagrees, it is replaced by this generator's own explicit check on the
sender's own words (subject, comment, and for a forward judged by what it carries, the carried mail).
"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (RIGHTS, escape_html, quote_lines, record_errors, run_generator,  # noqa: E402
                           short_labels)

SEED = 20280405
PREFIX = "lha"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "lang_header_judge_a.jsonl")

# ---------------------------------------------------------------------------------------------
# language tables (months January..May 2026 only; weekday 0 = Monday)

L = {}


def _lang(code, **kw):
    L[code] = kw


_lang("pl", name="Polish",
      ol=("Od:", "Wysłano:", "Do:", "DW:", "Temat:"), orig="-----Wiadomość oryginalna-----",
      re_ol="Odp:", fw_ol="PD:", sig="Wysłane z iPhone'a",
      wd=("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"),
      wda=("pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."),
      mon=("stycznia", "lutego", "marca", "kwietnia", "maja"), mona=("sty", "lut", "mar", "kwi", "maj"),
      fwd="---------- Wiadomość przekazana dalej ---------", gfrom="Od:")
_lang("ro", name="Romanian",
      ol=("De la:", "Trimis:", "Către:", "Cc:", "Subiect:"), orig="-----Mesaj original-----",
      re_ol="RE:", fw_ol="FW:", sig="Trimis de pe iPhone-ul meu",
      wd=("luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică"),
      wda=("lun.", "mar.", "mie.", "joi", "vin.", "sâm.", "dum."),
      mon=("ianuarie", "februarie", "martie", "aprilie", "mai"), mona=("ian.", "feb.", "mar.", "apr.", "mai"),
      fwd="---------- Mesaj redirecționat ---------", gfrom="De la:")
_lang("es", name="Spanish",
      ol=("De:", "Enviado:", "Para:", "CC:", "Asunto:"), orig="-----Mensaje original-----",
      re_ol="RE:", fw_ol="RV:", sig="Enviado desde mi iPhone",
      wd=("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
      wda=("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
      mon=("enero", "febrero", "marzo", "abril", "mayo"), mona=("ene", "feb", "mar", "abr", "may"),
      fwd="---------- Mensaje reenviado ---------", gfrom="De:")
_lang("pt", name="Portuguese",
      ol=("De:", "Enviado:", "Para:", "Cc:", "Assunto:"), orig="-----Mensagem original-----",
      re_ol="RES:", fw_ol="ENC:", sig="Enviado do meu iPhone",
      wd=("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"),
      wda=("seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."),
      mon=("janeiro", "fevereiro", "março", "abril", "maio"), mona=("jan.", "fev.", "mar.", "abr.", "mai."),
      fwd="---------- Mensagem encaminhada ---------", gfrom="De:")
_lang("it", name="Italian",
      ol=("Da:", "Inviato:", "A:", "Cc:", "Oggetto:"), orig="-----Messaggio originale-----",
      re_ol="R:", fw_ol="I:", sig="Inviato da iPhone",
      wd=("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
      wda=("lun", "mar", "mer", "gio", "ven", "sab", "dom"),
      mon=("gennaio", "febbraio", "marzo", "aprile", "maggio"), mona=("gen", "feb", "mar", "apr", "mag"),
      fwd="---------- Messaggio inoltrato ---------", gfrom="Da:")
_lang("fr", name="French",
      ol=("De :", "Envoyé :", "À :", "Cc :", "Objet :"), orig="-----Message d'origine-----",
      re_ol="RE :", fw_ol="TR :", sig="Envoyé de mon iPhone",
      wd=("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
      wda=("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."),
      mon=("janvier", "février", "mars", "avril", "mai"), mona=("janv.", "févr.", "mars", "avr.", "mai"),
      fwd="---------- Message transféré ---------", gfrom="De :")
_lang("de", name="German",
      ol=("Von:", "Gesendet:", "An:", "Cc:", "Betreff:"), orig="-----Ursprüngliche Nachricht-----",
      re_ol="AW:", fw_ol="WG:", sig="Von meinem iPhone gesendet",
      wd=("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
      wda=("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."),
      mon=("Januar", "Februar", "März", "April", "Mai"), mona=("Jan.", "Feb.", "März", "Apr.", "Mai"),
      fwd="---------- Weitergeleitete Nachricht ---------", gfrom="Von:")
_lang("nl", name="Dutch",
      ol=("Van:", "Verzonden:", "Aan:", "CC:", "Onderwerp:"), orig="-----Oorspronkelijk bericht-----",
      re_ol="Antw:", fw_ol="Doorst:", sig="Verstuurd vanaf mijn iPhone",
      wd=("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
      wda=("ma", "di", "wo", "do", "vr", "za", "zo"),
      mon=("januari", "februari", "maart", "april", "mei"), mona=("jan", "feb", "mrt", "apr", "mei"),
      fwd="---------- Doorgestuurd bericht ---------", gfrom="Van:")
_lang("lt", name="Lithuanian",
      ol=("Nuo:", "Išsiųsta:", "Kam:", "Kopija:", "Tema:"), orig="-----Pradinis pranešimas-----",
      re_ol="ATS:", fw_ol="PRS:", sig="Išsiųsta iš mano iPhone",
      wd=("pirmadienis", "antradienis", "trečiadienis", "ketvirtadienis", "penktadienis", "šeštadienis",
          "sekmadienis"),
      wda=("pr", "an", "tr", "kt", "pn", "št", "sk"),
      mon=("sausio", "vasario", "kovo", "balandžio", "gegužės"), mona=("saus.", "vas.", "kovo", "bal.", "geg."),
      fwd="---------- Persiųstas laiškas ---------", gfrom="Nuo:")
_lang("hu", name="Hungarian",
      ol=("Feladó:", "Elküldve:", "Címzett:", "Másolatot kap:", "Tárgy:"), orig="-----Eredeti üzenet-----",
      re_ol="Vá:", fw_ol=None, sig="iPhone-ról küldve",
      wd=("hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap"),
      wda=("H", "K", "Sze", "Cs", "P", "Szo", "V"),
      mon=("január", "február", "március", "április", "május"), mona=("jan.", "febr.", "márc.", "ápr.", "máj."),
      fwd="---------- Továbbított üzenet ---------", gfrom="Feladó:")
_lang("en", name="English",
      ol=("From:", "Sent:", "To:", "Cc:", "Subject:"), orig="-----Original Message-----",
      re_ol="RE:", fw_ol="FW:", sig="Sent from my iPhone",
      wd=("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
      wda=("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
      mon=("January", "February", "March", "April", "May"), mona=("Jan", "Feb", "Mar", "Apr", "May"),
      fwd="---------- Forwarded message ---------", gfrom="From:")


def ol_date(lang, dt):
    """The 'Sent:' value of an Outlook header block in that language."""
    t = L[lang]
    w, d, m, y = dt.weekday(), dt.day, dt.month - 1, dt.year
    hm = dt.strftime("%H:%M")
    h1 = f"{dt.hour}:{dt.minute:02d}"
    if lang == "pl":
        return f"{t['wd'][w]}, {d} {t['mon'][m]} {y} {hm}"
    if lang == "ro":
        return f"{t['wd'][w]}, {d} {t['mon'][m]} {y} {hm}"
    if lang in ("es", "pt"):
        return f"{t['wd'][w]}, {d} de {t['mon'][m]} de {y} {h1 if lang == 'es' else hm}"
    if lang in ("it", "fr", "nl"):
        return f"{t['wd'][w]} {d} {t['mon'][m]} {y} {hm}"
    if lang == "de":
        return f"{t['wd'][w]}, {d}. {t['mon'][m]} {y} {hm}"
    if lang == "lt":
        return f"{y} m. {t['mon'][m]} {d} d. {hm}"
    if lang == "hu":
        return f"{y}. {t['mon'][m]} {d}., {t['wd'][w]} {h1}"
    return f"{t['wd'][w]}, {d} {t['mon'][m]} {y} {hm}"


def g_date(lang, dt):
    """The date part of a Gmail attribution / forward header in that language."""
    t = L[lang]
    w, d, m, y = dt.weekday(), dt.day, dt.month - 1, dt.year
    hm = dt.strftime("%H:%M")
    wa, ma = t["wda"][w], t["mona"][m]
    return {
        "pl": f"{wa}, {d}.{m + 1:02d}.{y} o {hm}",
        "ro": f"{wa}, {d} {ma} {y} la {hm}",
        "es": f"{wa}, {d} {ma} {y} a las {hm}",
        "pt": f"{wa}, {d} de {ma} de {y} às {hm}",
        "it": f"{wa} {d} {ma} {y} alle ore {hm}",
        "fr": f"{wa} {d} {ma} {y} à {hm}",
        "de": f"{wa}, {d}. {ma} {y} um {hm} Uhr",
        "nl": f"{wa} {d} {ma} {y} om {hm}",
        "lt": f"{y}-{m + 1:02d}-{d:02d}, {wa}, {hm}",
        "hu": f"{y}. {ma} {d}., {wa}, {hm}",
        "en": f"{wa}, {d} {ma} {y} at {hm}",
    }[lang]


def g_attr(lang, dt, who):
    """Gmail's reply attribution line; who is 'Name <addr>'."""
    g = g_date(lang, dt)
    if lang == "pl":
        return f"W dniu {g} {who} napisał(a):"
    if lang == "ro":
        return f"În {g}, {who} a scris:"
    if lang == "es":
        name, addr = who[:who.index(" <")], who[who.index("<"):]
        return f"El {g}, {name} ({addr}) escribió:"
    if lang == "pt":
        return f"Em {g}, {who} escreveu:"
    if lang == "it":
        return f"Il giorno {g} {who} ha scritto:"
    if lang == "fr":
        return f"Le {g}, {who} a écrit :"
    if lang == "de":
        return f"Am {g} schrieb {who}:"
    if lang == "nl":
        return f"Op {g} schreef {who}:"
    if lang == "lt":
        return f"{g} {who} rašė:"
    if lang == "hu":
        return f"{who} ezt írta (időpont: {g}):"
    return f"On {g}, {who} wrote:"


def a_attr(lang, dt, who):
    """Apple Mail (iPhone) reply attribution line."""
    t = L[lang]
    d, m, y = dt.day, dt.month - 1, dt.year
    hm = dt.strftime("%H:%M")
    ma = t["mona"][m]
    return {
        "pl": f"Wiadomość napisana przez {who} w dniu {d:02d}.{m + 1:02d}.{y}, o godz. {hm}:",
        "ro": f"Pe {d} {ma} {y}, la {hm}, {who} a scris:",
        "es": f"El {d} {ma} {y}, a las {hm}, {who} escribió:",
        "pt": f"Em {d} de {ma} de {y}, à(s) {hm}, {who} escreveu:",
        "it": f"Il giorno {d} {ma} {y}, alle ore {hm}, {who} ha scritto:",
        "fr": f"Le {d} {t['mon'][m]} {y} à {hm}, {who} a écrit :",
        "de": f"Am {d:02d}.{m + 1:02d}.{y} um {hm} schrieb {who}:",
        "nl": f"Op {d} {ma} {y}, om {hm} heeft {who} het volgende geschreven:",
        "lt": f"{y}-{m + 1:02d}-{d:02d} {hm}, {who} rašė:",
        "hu": f"{y}. {ma} {d}. dátummal, {hm} időpontban {who} írta:",
        "en": f"On {d} {ma} {y}, at {hm}, {who} wrote:",
    }[lang]


# ---------------------------------------------------------------------------------------------
# envelopes

PROGRAM = {"ol-block": "Outlook", "ol-orig": "Outlook", "ol-html": "Outlook", "gm-plain": "Gmail",
           "gm-html": "Gmail", "apple": "other (Apple Mail, iPhone)",
           "new": "none (new mail)", "new-html": "none (new mail)"}


def who(p):
    return f"{p[0]} <{p[1]}>"


def paras_html(text, tag):
    ps = [p for p in text.split("\n\n") if p.strip()]
    return [f"<{tag}>{escape_html(p).replace(chr(10), '<br>')}</{tag.split()[0]}>" for p in ps]


def outlook_block(lang, q, dt):
    t = L[lang]["ol"]
    lines = [f"{t[0]} {who(q['frm'])}", f"{t[1]} {ol_date(lang, dt)}", f"{t[2]} {who(q['to'])}"]
    if q.get("cc"):
        lines.append(f"{t[3]} {q['cc']}")
    lines.append(f"{t[4]} {q['subj']}")
    return lines


def render_body(kind, lang, text, q, dt, fwd, sig):
    """The body for an envelope kind; q is the quoted / forwarded mail (dict) or None."""
    t = L[lang]
    if kind in ("new", "new-html"):
        return text if kind == "new" else "\n".join(
            ["<html><body>"] + paras_html(text, "p") + ["</body></html>"])
    if kind in ("ol-block", "ol-orig"):
        sep = t["orig"] if kind == "ol-orig" else "________________________________"
        head = "\n".join([sep] + outlook_block(lang, q, dt))
        top = (text + "\n\n") if text else ""
        return f"{top}{head}\n\n{q['body']}"
    if kind == "ol-html":
        out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
               '<body lang="EN-GB" link="#0563C1" vlink="#954F72"><div class=WordSection1>']
        out += paras_html(text, "p class=MsoNormal")
        out.append("<p class=MsoNormal>&nbsp;</p>")
        blk = outlook_block(lang, q, dt)
        cells = []
        for ln in blk:
            lab, _, val = ln.partition(":")
            # French labels end in " :" (the space is part of the label)
            cells.append(f"<b>{escape_html(lab)}:</b> {escape_html(val.strip())}")
        out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
        out.append("<p class=MsoNormal>" + "<br>".join(cells) + "</p>")
        out.append("</div>")
        out.append("<p class=MsoNormal>&nbsp;</p>")
        out += paras_html(q["body"], "p class=MsoNormal")
        out.append("</div></body></html>")
        return "\n".join(out)
    if kind == "gm-plain":
        top = (text + "\n\n") if text else ""
        if fwd:
            head = "\n".join([t["fwd"], f"{t['gfrom']} {who(q['frm'])}", f"Date: {g_date(lang, dt)}",
                              f"Subject: {q['subj']}", f"To: {who(q['to'])}"])
            return f"{top}{head}\n\n\n{q['body']}"
        return f"{top}{g_attr(lang, dt, who(q['frm']))}\n\n{quote_lines(q['body'])}"
    if kind == "gm-html":
        out = ['<div dir="ltr">']
        for p in [p for p in text.split("\n\n") if p.strip()]:
            out.append(f"<div>{escape_html(p).replace(chr(10), '<br>')}</div><div><br></div>")
        out.append("</div>")
        if fwd:
            fr = q["frm"]
            out.append('<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                       f"{escape_html(t['fwd'])}<br>{escape_html(t['gfrom'])} "
                       f'<strong class="gmail_sendername" dir="auto">{escape_html(fr[0])}</strong> '
                       f'<span dir="auto">&lt;{fr[1]}&gt;</span><br>Date: {escape_html(g_date(lang, dt))}<br>'
                       f"Subject: {escape_html(q['subj'])}<br>To: {escape_html(who(q['to']))}<br></div><br><br>")
            out.append('<div dir="ltr">' + "".join(
                f"<div>{escape_html(p).replace(chr(10), '<br>')}</div><div><br></div>"
                for p in q["body"].split("\n\n") if p.strip()) + "</div></div>")
        else:
            out.append('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                       f"{escape_html(g_attr(lang, dt, who(q['frm'])))}<br></div>"
                       '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                       'rgb(204,204,204);padding-left:1ex">'
                       + escape_html(q["body"]).replace("\n", "<br>") + "</blockquote></div>")
        return "\n".join(out)
    if kind == "apple":
        top = (text + "\n\n") if text else ""
        quoted = a_attr(lang, dt, who(q["frm"])) + "\n\n" + q["body"]
        return f"{top}{t['sig']}\n\n{quote_lines(quoted)}"
    raise ValueError(kind)


def subject_for(kind, lang, sc):
    if sc["kind"] == "new":
        return sc["subj"]
    base = sc["q"]["subj"]
    if sc["prefix"]:
        return f"{sc['prefix']} {base}"
    if sc["kind"] == "reply":
        pre = L[lang]["re_ol"] if kind.startswith("ol") else "Re:"
    else:
        pre = L[lang]["fw_ol"] if kind.startswith("ol") else "Fwd:"
        assert pre, (sc["sid"], kind)
    return f"{pre} {base}"


# ---------------------------------------------------------------------------------------------
# the firms' quoted mail

PX_RES = ("PEXA Customer Resolution", "complaints@pexa.co.uk")
PX_SUP = ("PEXA Support", "support@pexa.co.uk")
PX_ONB = ("PEXA Onboarding", "onboarding@pexa.co.uk")
PX_TRN = ("PEXA Training", "training@pexa.co.uk")
PX_BIL = ("PEXA Billing", "billing@pexa.co.uk")
PX_NOT = ("PEXA Service Notices", "notices@pexa.co.uk")
PX_PRIV = ("PEXA Privacy", "privacy@pexa.co.uk")
CX_CS = ("Conexus Customer Services", "customerservices@conexus.co.uk")
CX_CR = ("Conexus Customer Relations", "complaints@conexus.co.uk")
CX_COL = ("Conexus Collections", "collections@conexus.co.uk")
CX_DP = ("Conexus Data Protection", "dataprotection@conexus.co.uk")
PX_BOX = ("PEXA Complaints", "complaints@pexa.co.uk")
CX_BOX = ("Conexus Complaints", "complaints@conexus.co.uk")

PX_SIGN = "Kind regards,\n\nCustomer Resolution Team\nPEXA | Digital Completion UK Ltd"
CX_SIGN = "Yours sincerely,\n\nCustomer Services\nConexus"

SC = []


def unwrap(text):
    """Join the source file's hard wraps: a line of 85+ characters continues on the next line."""
    out = []
    for ln in text.strip("\n").split("\n"):
        if out and len(out[-1]) >= 85 and ln.strip():
            out[-1] += " " + ln
        else:
            out.append(ln)
    return "\n".join(out)


def S(sid, mb, grp, lang, frm, kind, text, lab, note, envs, q=None, subj=None, carried=False, headers=None,
      prefix=None, date=None):
    """One scenario. kind: reply / fwd / new. q: the quoted or forwarded mail {frm, to, subj, body[, cc]}.
    carried: a forward judged by what it carries (its author's words count for `explicit`).
    headers: {envelope kind: headers}; prefix: a subject prefix replacing the program's reply prefix;
    date: (month, day) of the quoted mail when its text needs it (else a drawn working day)."""
    assert kind in ("reply", "fwd", "new") and grp in "RFC" and lang in L
    assert (q is None) == (kind == "new") and len(envs) == 2 and envs[0] != envs[1]
    assert f"lha-s{sid:03d}" not in {x["sid"] for x in SC}
    SC.append(dict(sid=f"lha-s{sid:03d}", mb=mb, grp=grp, lang=lang, frm=frm, kind=kind, text=unwrap(text),
                   lab=lab, note=note, envs=envs, q=q, subj=subj, carried=carried, headers=headers or {},
                   prefix=prefix, date=date))


def Q(frm, to, subj, body, cc=None):
    d = {"frm": frm, "to": to, "subj": subj, "body": unwrap(body)}
    if cc:
        d["cc"] = cc
    return d


# =============================================================================================
# GROUP R: replies above the firm's quoted mail (localized programs)
# =============================================================================================

# --- pexa ---
S(1, "pexa", "R", "pl", ("Tomasz Kaczmarczyk", "t.kaczmarczyk@holbrookewhite.co.uk"), "reply", """
Dear Resolution Team,

I have read your letter twice and I do not accept the outcome. You are saying the settlement on 14 Harrow Close
failed because our funds were "not reserved in time". That is not correct, the funds were reserved at 10:02, I have
the screenshot, and at 11:40 the workspace was still showing "Settlement processing - do not retry" for almost two
hours. Your own status page said there was an incident that morning.

Our buyer had to pay a day of extra interest (£187.40) and the removal company charged waiting time. We paid both
to keep the client happy. Please look at this again with your technical team and reimburse the £187.40 and the £95.

Pozdrawiam / regards
Tomasz Kaczmarczyk
Senior Conveyancer, Holbrooke White LLP
""", short_labels(c=True, cat="platform_defect"),
  "An objection to PEXA's final response that blames a stuck settlement on the platform and asks for costs is an "
  "implicit complaint about a platform defect; the 'your complaint' wording is only in PEXA's quoted letter.",
  ("ol-block", "ol-html"),
  q=Q(PX_RES, ("Tomasz Kaczmarczyk", "t.kaczmarczyk@holbrookewhite.co.uk"),
      "Our final response - ref PX/CR/20417", """
Dear Mr Kaczmarczyk,

Thank you for your patience while we investigated your complaint about the failed settlement of workspace
WS-2601-448120 (14 Harrow Close).

Our review of the audit log shows that the incoming lender's funds were not reserved before the settlement
window closed, and the platform therefore held the settlement in line with the workspace rules. We have not found
a fault with the platform and we do not uphold your complaint.

If you are not satisfied with this response, please reply within eight weeks and we will review it again.

""" + PX_SIGN), date=(2, 10))

S(2, "pexa", "R", "ro", ("Andreea Mocanu", "andreea.mocanu@pembertonlegal.co.uk"), "reply", """
Hi,

Thank you for letting us know. We have moved the two completions that were planned for that evening to the next
morning so there is no problem from our side.

Multumesc,
Andreea
""", short_labels(),
  "A thank-you that confirms the firm has rescheduled around a maintenance notice shows no dissatisfaction and asks "
  "for nothing, so it is not a complaint (category none).",
  ("ol-orig", "gm-plain"),
  q=Q(PX_NOT, ("Andreea Mocanu", "andreea.mocanu@pembertonlegal.co.uk"),
      "Planned maintenance - Thursday 19 February, 18:00 to 22:00", """
Dear PEXA user,

We will be carrying out planned maintenance on the PEXA platform on Thursday 19 February between 18:00 and 22:00.
During this window you will not be able to create workspaces, sign documents or settle.

Please plan any evening settlements around this window. No action is needed otherwise.

PEXA Service Notices
"""), date=(2, 12))

S(3, "pexa", "R", "es", ("Lucía Herrero Paredes", "lherrero@castellanoandreid.co.uk"), "reply", """
Hello,

I want to make a formal complaint about this invoice. For workspace WS-2602-330917 (Flat 3, 41 Lyme Street) you
have charged the workspace fee three times, on 4, 9 and 12 February. It is one sale, one workspace. Same for
WS-2602-331004, charged twice. In total £112.50 too much.

Last quarter we had the same problem and it took one month to get the credit. Please send a corrected invoice and
explain why this keeps happening.

Saludos,
Lucía Herrero Paredes
Accounts, Castellano & Reid Solicitors
""", short_labels(c=True, ex=True, cat="fees_charges"),
  "The writer calls her own grievance a formal complaint (explicit) about fees PEXA charged more than once, so "
  "category fees_charges; her firm is the complainant, not the subject (about_other_firm null).",
  ("ol-block", "gm-html"),
  q=Q(PX_BIL, ("Accounts", "accounts@castellanoandreid.co.uk"), "Your PEXA invoice INV-260228-7731", """
Dear Customer,

Please find attached your PEXA invoice INV-260228-7731 for February 2026. The amount of £1,406.25 will be collected
by direct debit on or after 10 March 2026.

If you have any questions about this invoice, please reply to this email.

PEXA Billing
"""), date=(3, 2))

S(4, "pexa", "R", "pt", ("Thiago Barros", "thiago@barrosconveyancing.co.uk"), "reply", """
Good morning,

Please find attached the documents you asked: certificate of incorporation, the professional indemnity schedule
2026 and a certified copy of my passport. The SRA number is in the footer below.

If something else is missing just tell me.

Obrigado,
Thiago Barros
Barros Conveyancing Ltd | SRA 8123377
""", short_labels(),
  "An ordinary reply that sends the documents PEXA asked for carries no dissatisfaction, so it is not a complaint "
  "(category none).",
  ("ol-orig", "ol-html"),
  q=Q(PX_ONB, ("Thiago Barros", "thiago@barrosconveyancing.co.uk"),
      "Your application to join PEXA - documents needed", """
Dear Mr Barros,

Thank you for applying to become a PEXA participant. To complete our checks we need:

1. your certificate of incorporation;
2. your current professional indemnity insurance schedule;
3. a certified copy of photo ID for the registering director.

Please reply to this email with the documents attached.

Kind regards,
PEXA Onboarding
"""))

S(5, "pexa", "R", "it", ("Giulia Santoro", "giulia.santoro@libero.it"), "reply", """
Dear team,

Thank you for confirming. While you are looking into it, I would also like to receive a copy of all the personal
data PEXA holds about me, including the notes of my phone calls with your support desk in January and any call
recordings. An electronic copy is fine.

Grazie,
Giulia Santoro
""", short_labels(r="access"),
  "Borderline: the complaint is already logged and the new text only adds a calm request for a copy of her data "
  "(access), with no new dissatisfaction, so this reply is not itself a complaint; the rights still count.",
  ("gm-plain", "ol-block"),
  q=Q(PX_RES, ("Giulia Santoro", "giulia.santoro@libero.it"), "We have received your complaint - PX/CR/20533", """
Dear Ms Santoro,

Thank you for your email of 2 March. We have received your complaint about the information given to you by our
support desk and it has been logged under reference PX/CR/20533.

We will investigate and aim to send you our response within 15 business days. If we need any more information
we will contact you.

""" + PX_SIGN), date=(3, 4))

S(6, "pexa", "R", "fr", ("Camille Rousseau", "camille.rousseau@orange.fr"), "reply", """
Hello,

Thank you for passing my message to Marsh & Penrose. But nothing has changed: it is now three weeks and nobody
there answers my emails or calls back. The seller's side want to exchange this Friday and my conveyancer at
Marsh & Penrose has still not sent me the contract to sign. If we miss Friday we lose the house.

Can you please push them again or tell me who there I can speak to? I am very stressed with this.

Cordialement,
Camille Rousseau
""", short_labels(c=True, cat="delay", firm="mpc"),
  "A buyer's continuing grievance is purely her own conveyancer's silence (Marsh & Penrose, a participant firm), so "
  "it is an implicit complaint to forward (mpc, delay); the 'complaint' wording is only in PEXA's quoted email.",
  ("ol-orig", "gm-html"),
  q=Q(PX_RES, ("Camille Rousseau", "camille.rousseau@orange.fr"), "Your message about 9 Fennel Rise", """
Dear Ms Rousseau,

Thank you for contacting PEXA. PEXA provides the settlement platform used by your conveyancer and lender, but we
are not able to deal with complaints about the service a participant firm gives its own clients.

With your agreement, we have forwarded your complaint to Marsh & Penrose Conveyancing, who act for you, and they
will respond to you directly. Their client care team can be reached at clientcare@marshpenrose.co.uk.

""" + PX_SIGN))

# --- conexus ---
S(31, "conexus", "R", "pl", ("Ewelina Sobczak", "ewelina.sobczak88@wp.pl"), "reply", """
Dzień dobry,

I can pay the £40 on Friday 13th, my salary is coming on Thursday. Sorry it is late this month, I had to pay for
my son school trip. From April it will be on the 1st again like normal.

Ewelina Sobczak
""", short_labels(),
  "An ordinary answer to a payment reminder (she says when she can pay) has no dissatisfaction and asks for no "
  "remedy, so it is not a complaint (category none).",
  ("ol-block", "ol-html"),
  q=Q(CX_COL, ("Ewelina Sobczak", "ewelina.sobczak88@wp.pl"), "Payment reminder - account CNX/5510274", """
Dear Ms Sobczak,

Our records show that your arranged payment of £40.00 due on 1 March 2026 has not yet been received.

If you have already paid, please ignore this reminder. If you are having difficulty keeping up with your
arrangement, please contact us on 0330 555 0148 so that we can discuss your options.

""" + CX_SIGN), date=(3, 5))

S(32, "conexus", "R", "ro", ("Florin Dobre", "florin.dobre@yahoo.com"), "reply", """
Hello,

This is not a debt I owe. The Northline Energy account at 27 Carver Street was closed on 30 September 2024 when I
moved out and I paid the final bill, £64.18, the same week. After I left, Northline kept sending bills with
estimated readings in my name for a flat where I don't live anymore. I told them twice on the phone and they said
they will fix it, and now I get your letter for £611.

Northline must correct their account. Please send this back to them and put the collection on hold.

Florin Dobre
""", short_labels(c=True, cat="debt_dispute", firm="nte"),
  "The root cause is the creditor's own billing after he moved out, which only Northline Energy can correct, so it "
  "is an implicit complaint to pass to the creditor (nte, debt_dispute).",
  ("ol-orig", "gm-plain"),
  q=Q(CX_COL, ("Florin Dobre", "florin.dobre@yahoo.com"), "Outstanding balance - Northline Energy - CNX/5530981", """
Dear Mr Dobre,

We have been instructed by Northline Energy Ltd to recover the outstanding balance of £611.02 on your former
account for 27 Carver Street.

Please pay the balance in full or contact us within 14 days to agree an affordable payment arrangement. You can
pay online at conexus.co.uk/pay or call us on 0330 555 0148.

""" + CX_SIGN))

S(33, "conexus", "R", "es", ("Carmen Iglesias", "carmen.iglesias.m@gmail.com"), "reply", """
Hello,

I am writing about my mother, Mrs Rosa Martín, I have lasting power of attorney for her finances (copy sent to you
by post on 20 January). My mother has dementia and she cannot fill any form. Last Tuesday someone from your office
phoned her five times in one day, she got very confused and frightened and she agreed to pay £50 a month which she
cannot afford from her pension.

Please stop phoning her, the arrangement she made on the phone must be cancelled and from now all contact must be
with me. I also want a copy of the recordings of the calls to her last week.

Carmen Iglesias
""", short_labels(c=True, r="access", tp=True, cat="collection_conduct"),
  "A daughter with power of attorney (third_party) objects to repeated calls that pressed a vulnerable debtor into "
  "a plan: implicit complaint, collection_conduct; the call recordings are an access request, and 'stop phoning' is "
  "a conduct remedy, not objection.",
  ("ol-block", "apple"),
  q=Q(CX_COL, ("Carmen Iglesias", "carmen.iglesias.m@gmail.com"), "Income and expenditure - Mrs R Martín - CNX/5477310", """
Dear Ms Iglesias,

Thank you for your call. To help us agree an affordable arrangement for Mrs Martín's account, please complete the
attached income and expenditure form and return it to us within 14 days.

""" + CX_SIGN), date=(2, 3))

S(34, "conexus", "R", "pt", ("Mariana Figueiredo", "mariana.figueiredo@sapo.pt"), "reply", """
Boa tarde,

I do not agree with this answer. The £65 "administration fee" was added after I already agreed the plan with your
colleague on the phone, nobody told me about any fee, and it is still there on my statement. You say it is in the
terms but I never got any terms from you.

Please remove the £65 or I will take this to the Financial Ombudsman.

Mariana Figueiredo
""", short_labels(c=True, cat="fees_charges"),
  "Rejecting Conexus's final response about a fee it added and demanding its removal is an implicit complaint about "
  "fees_charges; 'complaint' appears only in the quoted final response.",
  ("ol-html", "gm-html"),
  q=Q(CX_CR, ("Mariana Figueiredo", "mariana.figueiredo@sapo.pt"), "Final response - CNX-CR-7719", """
Dear Ms Figueiredo,

We have now completed our investigation into your complaint about the administration fee of £65.00 applied to your
account on 12 January 2026.

The fee is permitted by the terms of the account and was applied correctly. We therefore do not uphold your
complaint. If you remain dissatisfied, you may refer your complaint to the Financial Ombudsman Service within six
months of the date of this letter.

Customer Relations
Conexus
"""), date=(3, 2))

S(35, "conexus", "R", "it", ("Matteo Ferraresi", "m.ferraresi@hotmail.it"), "reply", """
Good evening,

I never gave my new address or this email to you, and not to Pennant Mobile either. I moved in December and only my
bank and my employer know it. How did you get them?

I want you to tell me where you got my contact details from, on what legal basis you use them, and who else you
share them with. I don't like that a company I never had contact with can find me like this.

Matteo Ferraresi
""", short_labels(c=True, pd=True, r="informed", cat="personal_data"),
  "Unhappiness that Conexus obtained and used contact details he never gave, with an answer expected, is an implicit "
  "complaint about data handling (personal_data, no disclosure so breach false); asking for source and basis is "
  "informed.",
  ("ol-orig", "gm-plain"),
  q=Q(CX_COL, ("Matteo Ferraresi", "m.ferraresi@hotmail.it"), "Notice of assignment - Pennant Mobile - CNX/5562047", """
Dear Mr Ferraresi,

We write to inform you that Pennant Mobile has passed the management of your account ending 0931 to Conexus. The
outstanding balance is £284.60.

Please contact us within 14 days to discuss payment. All future payments should be made to Conexus.

""" + CX_SIGN), date=(2, 9))

S(36, "conexus", "R", "fr", ("Julien Marchand", "julien.marchand@free.fr"), "reply", """
Hello,

Just to say thank you. I checked my account online this morning and the balance is zero, and the letter confirming
it arrived yesterday. Everything is fine now, I have nothing more to ask.

Bonne journée,
Julien Marchand
""", short_labels(),
  "A thank-you confirming the matter is settled is not a complaint even though the subject and the quoted "
  "acknowledgement say 'complaint' (category none).",
  ("gm-html", "ol-block"),
  q=Q(CX_CR, ("Julien Marchand", "julien.marchand@free.fr"), "Your complaint - CNX-CR-7802 - resolved", """
Dear Mr Marchand,

Thank you for speaking with us today. As agreed, we have confirmed with the creditor that your payment of £230.00
on 3 February cleared the account, and we have closed it with a nil balance. This resolves your complaint.

We are sorry for the inconvenience.

""" + CX_SIGN), date=(2, 18))


S(7, "pexa", "R", "de", ("Felix Oberdorf", "felix@oberdorf-conveyancing.co.uk"), "reply", """
Hello,

Thanks for the confirmation. Before the account closes, please send me my user profile and the activity log of my
user (the workspaces I worked on, signing history) in a machine-readable format, CSV or JSON is fine, so I can
upload it into the system of my new provider.

After you have sent it, please delete my user account and the personal details you have about me.

Danke und viele Grüße
Felix Oberdorf
""", short_labels(r="portability,erasure"),
  "A calm closing request with no dissatisfaction is not a complaint; a machine-readable copy to load into another "
  "system is portability and deleting the user account and details is erasure.",
  ("ol-block", "ol-orig"),
  q=Q(PX_SUP, ("Felix Oberdorf", "felix@oberdorf-conveyancing.co.uk"), "Your PEXA subscription - cancellation", """
Dear Mr Oberdorf,

We confirm that your PEXA subscription for Oberdorf Conveyancing will end on 31 March 2026 as requested. You will
be able to access completed workspaces until that date.

If you change your mind, just reply to this email before the end date.

Kind regards,
PEXA Support
"""), date=(3, 10))

S(8, "pexa", "R", "nl", ("Sanne de Vries", "s.devries@kingsmillpartners.co.uk"), "reply", """
Hello,

In your email below your colleague wrote that the cut-off for same day lodgement is 16:00. We trusted this and
lodged at 15:20 yesterday, and the lodgement went to the next day because, as we now see in your own user guide,
the cut-off is 15:00. Our client's purchase of 6 Wharf Road therefore completed one day late and the seller's
solicitor is asking for a day of interest, £212.

Please confirm which time is correct, correct the information your desk gives out, and tell us if PEXA will cover
the £212.

Met vriendelijke groet,
Sanne de Vries
Kingsmill Partners LLP
""", short_labels(c=True, cat="inaccurate_information"),
  "Wrong cut-off information from PEXA's support desk that led to a late completion, with a correction and costs "
  "asked for, is an implicit complaint; the specific theme inaccurate_information beats delay.",
  ("ol-html", "gm-plain"),
  q=Q(PX_SUP, ("Sanne de Vries", "s.devries@kingsmillpartners.co.uk"), "Lodgement timings - case 88213", """
Hi Sanne,

Thanks for your question. Lodgements submitted before 16:00 on a business day are sent to HM Land Registry the
same day; anything after that goes the next business day.

Best wishes,
Owen
PEXA Support
"""), date=(3, 24))

S(9, "pexa", "R", "lt", ("Rūta Jankauskienė", "ruta.j@fairbankhomelaw.co.uk"), "reply", """
Hello,

This is now the third time the session for our team is moved (first 3 February, then 24 February, now 24 March).
We have two new paralegals since January and they still cannot work in the workspaces alone because nobody trained
them, so the other staff do their work too.

Please give us a fixed date in March that will not be cancelled, and in the mean time send us the recordings of
the basic course so they can at least start.

Ačiū,
Rūta Jankauskienė
Practice Manager, Fairbank Home Law
""", short_labels(c=True, cat="training"),
  "Repeated cancellation of training with harm to the firm and a demand for a fixed date is an implicit complaint; "
  "the specific theme training beats delay.",
  ("ol-orig", "ol-html"),
  q=Q(PX_TRN, ("Rūta Jankauskienė", "ruta.j@fairbankhomelaw.co.uk"), "Your Workspace Essentials session - new date", """
Dear Rūta,

Unfortunately we have had to reschedule your team's Workspace Essentials session. The new date is Tuesday 24 March
at 10:00. Joining instructions will follow a week before.

We apologise for any inconvenience.

PEXA Training
"""), date=(2, 20))

S(10, "pexa", "R", "hu", ("Balázs Farkas", "balazs.farkas@farkaslegal.co.uk"), "reply", """
Hello,

I don't agree that a computer decides this. My passport is valid and I also sent my driving licence. I think the
check failed because of the accents in my name, on the passport it is "FARKAS Balázs" and in Companies House it is
"Balazs Farkas". Any person who looks at it will see it is me.

I want that somebody from your team reviews my application, not the automatic system. I am losing work every week
I can't use the platform because the lenders want PEXA.

Üdvözlettel,
Balázs Farkas
""", short_labels(c=True, r="automated_decision", cat="onboarding"),
  "Being refused entry by an automated identity check, with harm and a remedy expected, is an implicit onboarding "
  "complaint; asking for a person to review the decision adds automated_decision (personal_data stays false).",
  ("ol-block", "gm-html"),
  q=Q(PX_ONB, ("Balázs Farkas", "balazs.farkas@farkaslegal.co.uk"), "Your PEXA application - outcome", """
Dear Applicant,

Thank you for applying to join PEXA. Unfortunately our automated identity verification could not confirm the
identity of the registering director, and your application has been declined.

You may submit a new application after 30 days.

PEXA Onboarding
"""))

S(11, "pexa", "R", "pl", ("Marek Zieliński", "m.zielinski@brantwoodlaw.co.uk"), "reply", """
Hello,

Just to let you know, the statement attached to your email below is not ours. It is for another firm (Ashgrove
Property Lawyers) and it lists their workspaces with the property addresses and the buyers' names. I only opened
the first page, then I deleted it from our mailbox and from deleted items.

Could you please send us our own February statement when you can.

Marek Zieliński
Brantwood Law
""", short_labels(br=True),
  "Another firm's clients' names and addresses were sent to the wrong recipient, so breach=true, but the writer is "
  "calm and only reports it and asks for the right document, so it is not a complaint (personal_data false).",
  ("ol-orig", "ol-block"),
  q=Q(PX_BIL, ("Accounts", "accounts@brantwoodlaw.co.uk"), "Your February workspace statement", """
Dear Customer,

Please find attached your workspace activity statement for February 2026. It lists every workspace created or
settled by your firm during the month.

PEXA Billing
"""), date=(3, 3))

S(12, "pexa", "R", "es", ("Javier Montalvo", "javimontalvo@gmail.com"), "reply", """
Hi,

Just to let you know that Heathcote Bank called me yesterday and they refunded the valuation fee. All sorted now.
Thank you very much for your help, it was very quick.

Un saludo,
Javier
""", short_labels(),
  "Thanks for a consumer matter that the lender has now resolved, with nothing left to fix, is not a complaint; the "
  "'complaint' wording is only in PEXA's quoted email.",
  ("gm-plain", "ol-html"),
  q=Q(PX_RES, ("Javier Montalvo", "javimontalvo@gmail.com"), "Your email about your remortgage", """
Dear Mr Montalvo,

Thank you for your email. As your concern is about the valuation fee charged by your lender, we have forwarded
your complaint to Heathcote Bank, who will contact you directly. We have let them know you expect a reply.

""" + PX_SIGN))

S(13, "pexa", "R", "ro", ("Cristina Lungu", "c.lungu@ravenscroftlaw.co.uk"), "reply", """
Hello,

The details are wrong. My surname is Lungu, not "Lungo", and the SRA ID that is now on my profile (611904) is not
mine, it belongs to some other person. Other firms see my profile when I sign in the workspace, so they see a wrong
name with a wrong number. This is the second time I write about the surname.

Please correct my profile to Cristina Lungu, SRA 604417, and until it is correct do not show my profile to the
other participants.

Multumesc,
Cristina Lungu
""", short_labels(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
  "Inaccurate personal data shown to other participants, asked for the second time, is an implicit complaint about "
  "data handling (personal_data, breach false); correcting it is rectification and hiding it until then is "
  "restriction.",
  ("ol-html", "apple"),
  q=Q(PX_NOT, ("Cristina Lungu", "c.lungu@ravenscroftlaw.co.uk"), "Your user details have been updated", """
Hello Cristina Lungo,

The details on your PEXA user profile were updated on 9 March 2026 by your firm administrator.

If you did not expect this change, please contact your administrator or PEXA Support.

This is an automated message, please do not reply.
"""), date=(3, 10))

S(14, "pexa", "R", "nl", ("Joris van Dam", "j.vandam@merrowgatelaw.co.uk"), "reply", """
This is now my formal complaint. Twice (in November and January) I asked your events team to stop sending me
invitations and newsletters, and still they come every week, now also to my mobile number. I never signed up for
them; my details are on the platform for settlements only.

I object to PEXA using my personal details for any kind of marketing. Please confirm in writing that this has
stopped.

Joris van Dam
Partner, Merrowgate Law
""", short_labels(c=True, ex=True, pd=True, r="objection", cat="personal_data"),
  "The writer names it his formal complaint (explicit) about his details being used for marketing he refused, so "
  "personal_data and category personal_data; objecting to marketing use is objection; nothing was disclosed.",
  ("ol-block", "ol-orig"),
  q=Q(("PEXA Events", "events@pexa.co.uk"), ("Joris van Dam", "j.vandam@merrowgatelaw.co.uk"),
      "You're invited: PEXA Connect London, 23 April", """
Dear Joris,

Join us at PEXA Connect London on Thursday 23 April for an afternoon of product updates, panel sessions and
networking with lenders and law firms from across the country.

Places are limited - reserve yours today.

The PEXA Events Team
"""), date=(3, 23))

S(15, "pexa", "R", "pt", ("Rita Sampaio", "rita.sampaio@holmwoodsolicitors.co.uk"), "reply", """
Hello,

It is now seven weeks since you sent this acknowledgement and I still have no answer to my complaint. You wrote 15
business days. I sent two reminders (2 and 16 March) and nobody replied.

Please tell me today who is dealing with it and when I will have the response.

Rita Sampaio
Holmwood Solicitors
""", short_labels(c=True, ex=True, cat="delay"),
  "A 'still waiting' chaser about an overdue complaint response is a complaint about delay, explicit because the "
  "writer calls it 'my complaint' in her own words.",
  ("ol-orig", "gm-html"),
  q=Q(PX_RES, ("Rita Sampaio", "rita.sampaio@holmwoodsolicitors.co.uk"),
      "We have received your complaint - PX/CR/20288", """
Dear Ms Sampaio,

Thank you for your email. We have received your complaint about the rejected discharge in workspace
WS-2601-402276 and logged it under reference PX/CR/20288.

We aim to send you our response within 15 business days.

""" + PX_SIGN), date=(2, 2))

# --- conexus R ---
S(37, "conexus", "R", "de", ("Sabine Krüger", "sabine.krueger@web.de"), "reply", """
Hello,

The letter attached to your email is not for me. It is addressed to a Mr D. Whitlow at 8 Mill Lane, Swindon, with
his account number and how much he owes. I think the emails got mixed up. I have deleted it.

I am not upset, I only want to let you know, so that he doesn't get my letter too.

Sabine Krüger
""", short_labels(br=True),
  "Another debtor's letter reached the wrong person, so breach=true, but the writer says she is not upset and "
  "expects nothing, so it is not a complaint and personal_data stays false.",
  ("ol-block", "ol-html"),
  q=Q(CX_COL, ("Sabine Krüger", "sabine.krueger@web.de"), "Your account statement - CNX/5503361", """
Dear Ms Krüger,

Please find attached your latest account statement. Your next payment of £25.00 is due on 1 April 2026.

""" + CX_SIGN), date=(3, 16))

S(38, "conexus", "R", "nl", ("Pieter Hoekstra", "pieter.hoekstra@ziggo.nl"), "reply", """
Hi,

Thanks for confirming the plan. One thing: your letter still has my old address. Since January my address is
15 Brook Terrace, Luton LU2 7HD, please update it in your records.

Also the mobile 07700 900412 in your letter is not my number anymore, please delete it from my file. My number is
07700 900587.

Groeten,
Pieter Hoekstra
""", short_labels(r="rectification,erasure"),
  "A friendly reply with no dissatisfaction is not a complaint; updating the address is rectification and deleting "
  "the old number from his file is erasure.",
  ("ol-orig", "gm-plain"),
  q=Q(CX_COL, ("Pieter Hoekstra", "pieter.hoekstra@ziggo.nl"), "Your payment arrangement - CNX/5541902", """
Dear Mr Hoekstra,

We confirm your payment arrangement of £30.00 per month starting on 15 March 2026. A copy of the arrangement
letter, sent to 42 Selbourne Road, Luton, with our records of your contact number 07700 900412, is attached.

""" + CX_SIGN), date=(3, 6))

S(39, "conexus", "R", "lt", ("Mindaugas Petrauskas", "m.petrauskas@gmail.com"), "reply", """
Hello,

I asked on 2 January for ALL the personal data you have about me, including call recordings, notes and the letters.
After seven weeks you send me three pages of account summary. There are no recordings, no notes of the calls, no
letters. This is not complete and it is too late.

Please send me the full copy now.

Mindaugas Petrauskas
""", short_labels(c=True, pd=True, r="access", cat="personal_data"),
  "Dissatisfaction with a late and incomplete subject access response, with the full copy demanded, is an implicit "
  "complaint about a badly handled data-rights request (personal_data, category personal_data, access).",
  ("ol-html", "gm-html"),
  q=Q(CX_DP, ("Mindaugas Petrauskas", "m.petrauskas@gmail.com"), "Your subject access request - SAR-2601-114", """
Dear Mr Petrauskas,

Further to your subject access request, please find enclosed a copy of the personal data we hold about you.

If you have any questions about this response, please contact the Data Protection team.

Conexus Data Protection
"""), date=(2, 20))

S(40, "conexus", "R", "hu", ("Réka Szabó", "reka.szabo@riversidedebtadvice.org.uk"), "reply", """
Dear Sir or Madam,

Thank you for recording my authority. Mr Horváth has been in a Breathing Space moratorium since 2 March 2026
(reference BS-26-0477812), which I notified to you the same day. Even so, your letter of 10 March asks him to pay
the full balance and a field agent came to his home on 12 March.

I am making a formal complaint on his behalf. Please stop all collection action immediately, confirm the account is
on hold until the moratorium ends, and explain how this happened.

Réka Szabó
Debt Adviser, Riverside Debt Advice
""", short_labels(c=True, ex=True, tp=True, cat="collection_conduct"),
  "A money adviser writing for her client (third_party) names it a formal complaint (explicit) about contact during "
  "a Breathing Space: collection_conduct.",
  ("ol-block", "ol-orig"),
  q=Q(CX_CS, ("Réka Szabó", "reka.szabo@riversidedebtadvice.org.uk"), "Mr L Horváth - CNX/5517740 - authority", """
Dear Ms Szabó,

We confirm that we have recorded your authority to act for Mr Horváth on the above account. We will send copies of
future correspondence to you.

""" + CX_SIGN), date=(3, 13))

S(41, "conexus", "R", "pl", ("Agnieszka Pawlak", "agnieszka.pawlak@onet.pl"), "reply", """
Hello,

This loan was mis-sold to me by Sterling Credit. In 2023 I was without job and on Universal Credit, they never
asked for my payslips or bank statements and gave me £2,000 at 79% APR in ten minutes online. I wrote to Sterling
twice asking for their affordability check and they ignore me.

I don't think I should pay this. Sterling Credit must look at how they sold it. Please give the account back to
them until they answer me.

Agnieszka Pawlak
""", short_labels(c=True, cat="debt_dispute", firm="scl"),
  "The root cause is the creditor's own lending decision (a mis-sold loan) that only Sterling Credit Loans can put "
  "right, so the implicit complaint goes to the creditor (scl, debt_dispute).",
  ("ol-html", "apple"),
  q=Q(CX_COL, ("Agnieszka Pawlak", "agnieszka.pawlak@onet.pl"), "Arrears on your Sterling Credit loan - CNX/5526158", """
Dear Ms Pawlak,

Sterling Credit Loans has instructed us to recover the arrears of £1,742.90 on your loan account. Please contact us
within 14 days to pay in full or to agree a repayment plan.

""" + CX_SIGN))

S(42, "conexus", "R", "ro", ("Ionuț Stanciu", "ionut.stanciu@yahoo.co.uk"), "reply", """
Hello,

Yesterday I tried to call your number from the letter two times to make the payment, each time 40 minutes on hold
and then the line went dead. Today the same, 35 minutes and cut off. I want to pay but I cannot get to anybody and
your online page does not accept my card.

Please call me back on 07700 900318 after 5pm.

Ionuț Stanciu
""", short_labels(c=True, cat="wait_time"),
  "Long holds and dropped calls while trying to reach Conexus, with a call-back demanded, are an implicit complaint "
  "about waiting to reach someone: wait_time.",
  ("ol-block", "gm-plain"),
  q=Q(CX_COL, ("Ionuț Stanciu", "ionut.stanciu@yahoo.co.uk"), "Payment reminder - CNX/5572206", """
Dear Mr Stanciu,

We have not received your payment of £35.00 due on 20 February 2026. Please call us on 0330 555 0148 or pay online
to avoid further action on your account.

""" + CX_SIGN), date=(2, 25))

S(43, "conexus", "R", "es", ("Rubén Castaño", "ruben.castano@hotmail.es"), "reply", """
Hello,

I don't accept that a computer decides how much I can pay. I filled all the income and expenditure in your online
tool and after the rent and my two children there is £25 a month left, that is the truth. The tool rejected my
offer in two seconds and now says I must pay £90 or you will pass it to solicitors.

I want a person from your team to look at my offer and my figures, not the automatic system.

Rubén Castaño
""", short_labels(c=True, r="automated_decision", cat="process"),
  "Borderline category: the grievance is Conexus's rule of letting an automated tool reject payment offers, so an "
  "implicit complaint in process; asking for a person to decide instead is automated_decision.",
  ("ol-orig", "ol-html"),
  q=Q(CX_COL, ("Rubén Castaño", "ruben.castano@hotmail.es"), "Your payment offer - CNX/5580034", """
Dear Mr Castaño,

Thank you for using our online payment plan tool. Based on the information provided, your offer of £25.00 per
month is below the amount we are able to accept for this account. The minimum plan available is £90.00 per month.

Please log in to review the options or contact us within 14 days.

""" + CX_SIGN))

S(44, "conexus", "R", "hu", ("Eszter Varga", "eszter.varga@citromail.hu"), "reply", """
Hello,

Thank you for the letter, I am glad it is finished.

Now that the account is closed, I object to you using my data for any marketing or to build a profile of me, and
please keep my data only for what the law says you must keep and do not use it for anything else.

Köszönöm,
Varga Eszter
""", short_labels(r="objection,restriction"),
  "A thank-you with no dissatisfaction is not a complaint; objecting to marketing and profiling is objection, and "
  "limiting the data to what must be kept is restriction.",
  ("gm-plain", "ol-html"),
  q=Q(CX_CS, ("Eszter Varga", "eszter.varga@citromail.hu"), "Account paid in full - CNX/5466519", """
Dear Ms Varga,

We are pleased to confirm that your account has now been paid in full and is closed. No further payments are
required, and the creditor has been informed.

""" + CX_SIGN))

S(45, "conexus", "R", "de", ("Jonas Brückner", "jonas.brueckner@gmx.de"), "reply", """
Hello,

I paid this council tax for 2024/25 in ten instalments by direct debit, I have the bank statements for all ten and
I can send them. Westbury Council has made a mistake with my account, they must correct it, I don't owe £1,280.

Also your agent came to my door two times last week and was shouting in front of my children. That is not
acceptable either.

Jonas Brückner
""", short_labels(c=True, cat="debt_dispute", firm="wbc"),
  "Borderline: the root cause is the council's own account (tax already paid) that only the creditor can correct, "
  "so wbc and debt_dispute, even with a side grievance about the Conexus agent, which should be logged on the case.",
  ("ol-html", "gm-html"),
  q=Q(CX_COL, ("Jonas Brückner", "jonas.brueckner@gmx.de"), "Council tax arrears 2024/25 - CNX/5593387", """
Dear Mr Brückner,

Westbury Council Tax Services has passed us your council tax arrears for 2024/25 of £1,280.00. If you do not pay or
contact us within 14 days, an enforcement agent may visit your property.

""" + CX_SIGN))

# =============================================================================================
# GROUP F: forwards with little or no comment (localized programs)
# =============================================================================================

S(16, "pexa", "F", "pl", ("Dorota Kubiak", "dorota.kubiak@interia.pl"), "fwd", """
See what they send me now. This is the third time Thames Valley move the date for the money, the seller say he
will pull out if we don't complete this month. Can you do something or tell them please?
""", short_labels(c=True, cat="delay", firm="tvm"),
  "A buyer forwards her lender's third postponement with a short plea for action: an implicit complaint purely "
  "about the participant lender (tvm), category delay.",
  ("ol-block", "gm-plain"),
  q=Q(("Completions Team", "completions@tvmortgages.co.uk"), ("Dorota Kubiak", "dorota.kubiak@interia.pl"),
      "Your mortgage completion - update", """
Dear Ms Kubiak,

We are writing to let you know that the release of your mortgage funds has been rescheduled to 27 March 2026. Your
conveyancer has been informed.

Thames Valley Mortgages
Completions Team
"""), date=(3, 18))

S(17, "pexa", "F", "de", ("Lena Hoffmeister", "lena.hoffmeister@t-online.de"), "fwd", """
Hello, my solicitor charged me this. Is £240 really your fee for a sale? I just want to understand what it is for.
""", short_labels(),
  "Borderline: a neutral question about a fee on a forwarded invoice, with no dissatisfaction stated, is an enquiry, "
  "not a complaint.",
  ("ol-orig", "gm-html"),
  q=Q(("Accounts", "accounts@greyfriarslaw.co.uk"), ("Lena Hoffmeister", "lena.hoffmeister@t-online.de"),
      "Completion statement - sale of 5 Dunmore Gardens", """
Dear Ms Hoffmeister,

Please find below a summary of your completion statement.

Sale price: £315,000.00
Redemption of mortgage: £188,430.55
Our professional fee: £1,150.00 plus VAT
PEXA electronic settlement fee: £240.00
Land Registry fees: £45.00

Balance due to you: £124,304.45

Greyfriars Law LLP
"""))

S(18, "pexa", "F", "fr", ("Mathieu Girard", "m.girard@ashbyfoxlaw.co.uk"), "fwd", """
Please see below from our partner.
""", short_labels(c=True, cat="platform_defect"),
  "A forward with one line of comment is judged by what it carries: the firm's partner reports a platform outage "
  "that failed three completions and wants an explanation and costs, an implicit platform_defect complaint; staff "
  "writing for their own firm are not third_party.",
  ("ol-html", "gm-plain"), carried=True,
  q=Q(("Helen Ashby", "h.ashby@ashbyfoxlaw.co.uk"), ("Mathieu Girard", "m.girard@ashbyfoxlaw.co.uk"),
      "PEXA down again today", """
Mathieu,

Please send this on to PEXA. The platform went down again at 13:50 today and three of our completions failed
(workspaces WS-2603-512204, WS-2603-512377 and WS-2603-513019). That is the second time this month.

We need a written explanation from PEXA of what happened, and we will be asking them to cover the extra day's
interest our clients now have to pay.

Helen
"""), date=(3, 17))

S(19, "pexa", "F", "es", ("Iker Albizu", "iker.albizu@gmail.com"), "fwd", """
Forwarding my mother's message below. She is 79. Please pass it to whoever deals with this.
""", short_labels(c=True, ex=True, tp=True, cat="service_quality", firm="unknown"),
  "A son forwards his mother's own message (third_party), judged by what it carries: she says she wants to "
  "complain (explicit) about her solicitor's service; Bellamy & Croft is not in the directory, so unknown.",
  ("ol-block", "gm-html"), carried=True,
  q=Q(("Nerea Albizu", "nerea.albizu44@gmail.com"), ("Iker Albizu", "iker.albizu@gmail.com"), "para PEXA", """
Iker, please send this to the PEXA people for me.

I want to complain about my solicitor Bellamy & Croft. Since two weeks nobody answers the phone, the money from the
sale of my flat is not in my account, and when I finally spoke with the receptionist she was very rude and put the
phone down. I don't know where is my money.

Nerea Albizu
"""), date=(1, 19))

S(20, "pexa", "F", "it", ("Chiara Benedetti", "c.benedetti@lowtherhaye.co.uk"), "fwd", """
Please see your email below. The attachment is the settlement statement of another firm's client, with names,
address and bank account details. It is the second time this month. This is not acceptable, we want to know how
it happened and what you are doing so it does not happen again.
""", short_labels(c=True, pd=True, br=True, cat="personal_data"),
  "PEXA sent another firm's client data to the wrong recipient for the second time and the writer wants an "
  "explanation: an implicit complaint about a personal data breach (personal_data, breach, category personal_data).",
  ("ol-orig", "ol-html"),
  q=Q(PX_SUP, ("Chiara Benedetti", "c.benedetti@lowtherhaye.co.uk"), "Settlement statement - WS-2603-509941", """
Hi Chiara,

As requested, please find the settlement statement attached.

Best wishes,
PEXA Support
"""), date=(3, 19))

S(21, "pexa", "F", "nl", ("Femke Bosman", "f.bosman@tillardgrove.co.uk"), "fwd", """
Hello, could you tell us which version of the discharge was lodged through the workspace? See the requisition
below. Thank you.
""", short_labels(),
  "A forward of a Land Registry requisition with a neutral question about the workspace is an enquiry, not a "
  "complaint.",
  ("gm-plain", "ol-block"),
  q=Q(("HM Land Registry", "requisitions@landregistry.example.gov.uk"), ("Femke Bosman", "f.bosman@tillardgrove.co.uk"),
      "Requisition - title BK774021", """
Dear Sir or Madam,

Application reference R/26/118830, title BK774021.

Please supply a certified copy of the discharge (form DS1) relating to the charge dated 4 June 2019, or confirm
that the discharge was sent electronically.

Reply by 30 March 2026.

HM Land Registry
"""), date=(3, 9))

S(22, "pexa", "F", "pt", ("João Carvalhal", "joao.carvalhal@gmail.com"), "fwd", """
FYI. Kestrel will not speak to me about my own mortgage money, they send me to my solicitor, and my solicitor sends
me back to them. Nobody tells me when the completion money goes. What do I do?
""", short_labels(c=True, cat="service_quality", firm="kbs"),
  "A borrower forwards his lender's brush-off with dissatisfaction at being passed around and expects help: an "
  "implicit complaint purely about the participant lender (kbs), service_quality.",
  ("ol-block", "gm-html"),
  q=Q(("Customer Services", "customerservices@kestrelbs.co.uk"), ("João Carvalhal", "joao.carvalhal@gmail.com"),
      "Your enquiry", """
Dear Mr Carvalhal,

Thank you for your email. We are unable to discuss the timing of completion funds with you directly. Please contact
your conveyancer, who will be able to assist.

Kestrel Building Society
"""))

S(23, "pexa", "F", "hu", ("Zsófia Kertész", "zs.kertesz@pellingtonlaw.co.uk"), "fwd", """
Resending, see below.
""", short_labels(c=True, ex=True, cat="platform_defect"),
  "Borderline: a resend with no new comment is judged by what it carries, her own earlier email, which says she "
  "wants to complain (explicit) about login failures: platform_defect rather than delay, as no delay grievance is "
  "written.",
  ("gm-plain", "gm-html"), carried=True,
  q=Q(("Zsófia Kertész", "zs.kertesz@pellingtonlaw.co.uk"), PX_BOX, "Two-factor login problems", """
Hello,

I want to complain about the two-factor login. Since the update on 2 February my team is locked out several times
a day: the text message with the code arrives after the code has already expired, and then the account is blocked
for 30 minutes. Yesterday we nearly missed a settlement because of this.

Please fix it and tell us when it will be fixed.

Zsófia Kertész
Pellington Law
"""), date=(2, 16))

S(46, "conexus", "F", "ro", ("Mihaela Vasilescu", "mihaela.vasilescu@gmail.com"), "fwd", """
Pennant promised me in the shop they will waive this charge when I left, because the signal never worked in my
house. Now you are chasing me for it. This is Pennant's mistake, please send it back to them.
""", short_labels(c=True, cat="debt_dispute", firm="pmt"),
  "The disputed sum is the creditor's own exit charge that its shop promised to waive, which only Pennant Mobile can "
  "fix: an implicit complaint for the creditor (pmt, debt_dispute).",
  ("ol-block", "gm-plain"),
  q=Q(("Pennant Mobile Billing", "billing@pennantmobile.co.uk"), ("Mihaela Vasilescu", "mihaela.vasilescu@gmail.com"),
      "Your final bill", """
Dear Mihaela,

Your Pennant Mobile account ending 4471 has now closed. Your final bill is £196.40, which includes an early
termination charge of £180.00.

If this balance is not paid within 28 days it may be passed to a collection agency.

Pennant Mobile
"""))

S(47, "conexus", "F", "pl", ("Paweł Grabowski", "p.grabowski@northgatemoneyadvice.org.uk"), "fwd", """
Please see below from my client Mr Lis (your ref CNX/5498820). We expect a full response and an explanation of how
your agent came to discuss his debt with his employer.
""", short_labels(c=True, pd=True, br=True, tp=True, cat="personal_data"),
  "A money adviser forwards his client's account (third_party) of an agent telling his supervisor about the debt: a "
  "disclosure (breach, personal_data) that is the main grievance, so category personal_data; implicit.",
  ("ol-html", "gm-html"), carried=True,
  q=Q(("Adam Lis", "adam.lis.77@gmail.com"), ("Paweł Grabowski", "p.grabowski@northgatemoneyadvice.org.uk"),
      "Conexus phoned my work", """
Hi Pawel,

Today a man from Conexus phoned the warehouse and when my supervisor answered he told him I owe money and I must
call back about my debt. Now everybody at work knows. I am so ashamed. Please can you tell them.

Adam
"""))

S(48, "conexus", "F", "lt", ("Eglė Kazlauskaitė", "egle.kazlauskaite@gmail.com"), "fwd", "",
  short_labels(),
  "Borderline: an uncommented forward of Conexus's own letter shows no dissatisfaction and asks for nothing, so it "
  "is not a complaint (category none); the officer can ask what she needs.",
  ("ol-orig", "gm-plain"),
  q=Q(CX_COL, ("Eglė Kazlauskaitė", "egle.kazlauskaite@gmail.com"),
      "Notice of assignment - Lumen Water - CNX/5601172", """
Dear Ms Kazlauskaitė,

Lumen Water has passed the management of your account for 3 Quarry Court to Conexus. The outstanding balance is
£348.75.

Please contact us within 14 days to pay or to discuss a payment plan.

""" + CX_SIGN))

S(49, "conexus", "F", "pt", ("Beatriz Nogueira", "beatriz.nogueira@outlook.com"), "fwd", """
My father sent this two weeks ago and had no reply. I am helping him with his post now. Please reply to both of
us.
""", short_labels(c=True, ex=True, tp=True, cat="collection_conduct"),
  "A daughter forwards her father's unanswered email (third_party), judged by what it carries: he says he wants to "
  "complain (explicit) about late-night calls, so collection_conduct stays the main theme over the short delay "
  "comment.",
  ("ol-block", "gm-html"), carried=True,
  q=Q(("Manuel Nogueira", "manuel.nogueira41@gmail.com"), CX_BOX, "Telephone calls at night", """
To Conexus,

I want to complain about your collector who telephones me at nine and ten at night, and also on Sundays. I am 81
years old and I live alone, and every time the phone rings late I am frightened. I already pay £20 every month.

Please stop calling me at night and write to me instead.

Manuel Nogueira
"""))

S(50, "conexus", "F", "it", ("Davide Longhi", "davide.longhi@virgilio.it"), "fwd", """
You are still sending me letters for this loan, but see below: I settled it with Sterling Credit in November. Stop
chasing me and close the account.
""", short_labels(c=True, cat="debt_dispute"),
  "The creditor's own letter confirms the loan was settled, so the grievance is Conexus still pursuing a paid debt "
  "(about_other_firm null, debt_dispute), implicit.",
  ("ol-orig", "ol-html"),
  q=Q(("Sterling Credit Loans", "accounts@sterlingcredit.co.uk"), ("Davide Longhi", "davide.longhi@virgilio.it"),
      "Settlement confirmation - loan ending 2290", """
Dear Mr Longhi,

We confirm that we received your settlement payment of £860.00 on 18 November 2025 and that your loan account
ending 2290 is now closed with a nil balance.

Sterling Credit Loans
"""))

S(51, "conexus", "F", "lt", ("Tomas Urbonas", "tomas.urbonas@gmail.com"), "fwd", """
Lumen Water corrected my bill to £112.40 after the meter reading, see below, but your letters still say £486 and
now threaten court. Please update the balance and stop the threats.
""", short_labels(c=True, cat="debt_dispute"),
  "The creditor has already corrected the bill, so what is wrong is Conexus's out-of-date balance and threats, which "
  "Conexus can fix: an implicit debt_dispute complaint with about_other_firm null.",
  ("ol-block", "ol-html"),
  q=Q(("Lumen Water", "customer.care@lumenwater.co.uk"), ("Tomas Urbonas", "tomas.urbonas@gmail.com"),
      "Your revised bill", """
Dear Mr Urbonas,

Following the actual meter reading taken on 2 February, we have corrected your final bill. The revised balance on
your closed account is £112.40. We have informed our collection agent.

Lumen Water
"""), date=(2, 10))

S(52, "conexus", "F", "hu", ("Gergely Tóth", "gergely.toth@freemail.hu"), "fwd", """
On behalf of my wife, see below.
""", short_labels(r="access,informed", tp=True),
  "A husband forwards his wife's request on her behalf (third_party), judged by what it carries: a calm request for "
  "a copy of her data (access) and where her number came from (informed), not a complaint.",
  ("gm-plain", "gm-html"), carried=True,
  q=Q(("Anna Tóth", "anna.toth.82@freemail.hu"), ("Gergely Tóth", "gergely.toth@freemail.hu"), "Conexus", """
Gergő, please send this to Conexus from your email, mine is not working:

I would like a copy of all the personal data you hold about me, and I would like to know where you got my mobile
number from and who gave it to you. Account CNX/5590413.

Thank you,
Anna Tóth
"""))

S(53, "conexus", "F", "fr", ("Élodie Vasseur", "elodie.vasseur@laposte.net"), "fwd", """
Here is the proof of the payment of £150 I made on Monday, as your colleague asked on the phone.
""", short_labels(),
  "A forward of a bank's payment confirmation, sent as asked, is an ordinary matter with no dissatisfaction: not a "
  "complaint.",
  ("ol-html", "gm-plain"),
  q=Q(("Fairmont Bank", "alerts@fairmontbank.example.co.uk"), ("Élodie Vasseur", "elodie.vasseur@laposte.net"),
      "Payment sent", """
Your payment has been sent.

Amount: £150.00
To: CONEXUS CLIENT ACCOUNT
Reference: CNX5563318
Date: 16/03/2026

Fairmont Bank
"""), date=(3, 16))


# =============================================================================================
# GROUP C: controls in English programs, and new mail with no quote
# =============================================================================================

S(24, "pexa", "C", "en", ("Oliver Pennock", "o.pennock@cardewlane.co.uk"), "reply", """
Hi Owen,

I'm afraid that doesn't help. The system isn't broken, it's the new signing screen itself: signing one transfer now
takes six clicks across three tabs, the "confirm" button sits right next to "withdraw", and two of my team withdrew
signatures by mistake last week, which cost us a morning each time to sort out with the other side.

Please pass this to whoever owns the design and let me know what will change.

Oliver Pennock
Head of Conveyancing, Cardew Lane Solicitors
""", short_labels(c=True, cat="usability"),
  "The screen works as designed but is confusing and error-prone, and the writer wants to hear what will change: an "
  "implicit usability complaint.",
  ("ol-orig", "gm-html"),
  q=Q(PX_SUP, ("Oliver Pennock", "o.pennock@cardewlane.co.uk"), "New signing screen - feedback", """
Hi Oliver,

Thanks for your feedback on the new signing screen. We have checked your account and the screen is working as
expected. The new layout was introduced to bring all signing actions into one place.

Best wishes,
Owen
PEXA Support
"""))

S(25, "pexa", "C", "en", ("Imogen Hartley", "imogen.hartley@btinternet.com"), "new", """
Dear PEXA,

I want to complain about Orchard Lane Solicitors, who are handling my purchase of 12 Saddler's Walk. It is five
weeks since they received the searches and they still haven't sent me the report on title or the mortgage offer
conditions. I have left six voicemails for the fee earner and nobody has called back. My lender's offer expires on
30 April.

I understand they use your system, so please pass this on to them and make sure someone actually replies to me.

Imogen Hartley
""", short_labels(c=True, ex=True, cat="delay", firm="ols"),
  "A buyer says she wants to complain (explicit) about her own solicitor's delay, a participant firm: a consumer "
  "complaint PEXA must forward (ols, delay).",
  ("new", "new-html"), subj="Orchard Lane - no progress on my purchase")

S(26, "pexa", "C", "en", ("Priya Chandran", "priya@chandranlegal.co.uk"), "reply", """
Hi,

Attached are the certificate of incorporation and our PI schedule. The certified ID will follow by post as the
certifier only does originals.

Thanks,
Priya
""", short_labels(),
  "An ordinary reply sending the requested documents has no dissatisfaction: not a complaint.",
  ("gm-plain", "apple"),
  q=Q(PX_ONB, ("Priya Chandran", "priya@chandranlegal.co.uk"), "Your application to join PEXA - two items outstanding", """
Dear Ms Chandran,

Thank you for your application. Before we can complete our checks we still need your certificate of incorporation
and your professional indemnity schedule for 2026. A certified copy of photo ID for the registering director is
also required.

Kind regards,
PEXA Onboarding
"""))

S(27, "pexa", "C", "en", ("Gavin Rourke", "g.rourke@stanmorebell.co.uk"), "fwd", """
See below from our finance team - please refund the duplicate and confirm.
""", short_labels(c=True, cat="fees_charges"),
  "A forward with a brief demand, judged with what it carries: the annual subscription was taken twice and a refund "
  "is demanded, an implicit fees_charges complaint.",
  ("ol-block", "gm-plain"), carried=True,
  q=Q(("Debbie Yates", "d.yates@stanmorebell.co.uk"), ("Gavin Rourke", "g.rourke@stanmorebell.co.uk"),
      "PEXA subscription taken twice", """
Gavin,

PEXA have taken the annual subscription twice this month - £1,850 on 2 March and again on 4 March, same invoice
number (INV-260301-2218). Can you get them to refund the second one? It's left the office account short.

Debbie
"""), date=(3, 5))

S(28, "pexa", "C", "en", ("Harriet Bloom", "harriet.bloom@fastmail.com"), "new", """
Hello,

I left Wendover & Pike last year and no longer work in conveyancing. Please delete my PEXA user account and the
personal details you hold about me. My old user name was hbloom.wp.

Many thanks,
Harriet Bloom
""", short_labels(r="erasure"),
  "A neutral request to delete a former user's account and details is erasure without a complaint.",
  ("new-html", "new"), subj="Please delete my old user account")

S(29, "pexa", "C", "en", ("Ruth Ellery", "r.ellery@kinsleyfoord.co.uk"), "new", """
Dear Sir or Madam,

Please treat this as a formal complaint. On 10 March your support team emailed the passport and utility bill of
one of our clients, together with her bank details, to another law firm instead of to us. That firm has told us
they received them. Our client is extremely upset.

We need to know how this happened, what you have done to recover the documents, and whether you have reported it
to the ICO.

Ruth Ellery
Compliance Officer, Kinsley Foord LLP
""", short_labels(c=True, ex=True, pd=True, br=True, cat="personal_data"),
  "An explicit complaint that PEXA sent a client's identity documents and bank details to the wrong firm: breach, "
  "personal_data and category personal_data; the firm complains on its own account (not third_party).",
  ("new-html", "new"), subj="Client documents sent to the wrong firm")

S(30, "pexa", "C", "en", ("Nadia Osei", "nadia.osei@osei-law.co.uk"), "reply", """
Thank you for looking into this so thoroughly and for the credit. I'm happy with the outcome and consider the
matter closed.

Kind regards,
Nadia
""", short_labels(),
  "A thank-you accepting the outcome is not a complaint, though the quoted final response says 'complaint' "
  "throughout.",
  ("gm-plain", "ol-orig"),
  q=Q(PX_RES, ("Nadia Osei", "nadia.osei@osei-law.co.uk"), "Our final response - PX/CR/20371", """
Dear Ms Osei,

We have completed our investigation into your complaint about the delayed lodgement of workspace WS-2602-377410.
We agree that our team did not follow up the rejected lodgement promptly, and we uphold your complaint. We have
credited £150.00 to your account as a goodwill gesture.

""" + PX_SIGN), date=(3, 4))

S(54, "conexus", "C", "en", ("Moira Calloway", "m.calloway@eastgatecab.org.uk"), "new", """
Dear Conexus,

I am writing to complain on behalf of my client, Mr Dean Prowse (your ref CNX/5538204), who has given me written
authority (attached). Since January you have added a £45 trace fee and a £60 "field visit" charge to his balance,
although he has lived at the same address for nine years and no visit was ever made.

Please remove both charges and send us an updated statement.

Moira Calloway
Money Adviser, Eastgate Citizens Advice
""", short_labels(c=True, ex=True, tp=True, cat="fees_charges"),
  "A money adviser writing for her client (third_party) says she is writing to complain (explicit) about charges "
  "Conexus added: fees_charges.",
  ("new", "new-html"), subj="Mr D Prowse - CNX/5538204 - added charges")

S(55, "conexus", "C", "en", ("Kieran Walsh", "kieranwalsh86@gmail.com"), "reply", """
Sorry about that, I got paid late this month. I'll pay the £30 on Friday when my wages go in.

Kieran
""", short_labels(),
  "An ordinary answer to a payment reminder: no dissatisfaction, not a complaint.",
  ("ol-orig", "gm-html"),
  q=Q(CX_COL, ("Kieran Walsh", "kieranwalsh86@gmail.com"), "Payment reminder - CNX/5549917", """
Dear Mr Walsh,

Our records show that your payment of £30.00 due on 5 March 2026 has not been received. Please make the payment as
soon as possible or call us on 0330 555 0148.

""" + CX_SIGN), date=(3, 9))

S(56, "conexus", "C", "en", ("Shannon Pryce", "shannonpryce@hotmail.co.uk"), "reply", """
Your agent turned up at 8pm on Tuesday, kept his finger on the bell for ages and shouted through the letterbox that
he'd be back with a warrant. My kids were in bed. I have a payment plan with you and I've never missed it.

I want an explanation and an assurance that nobody will come to my house again.
""", short_labels(c=True, cat="collection_conduct"),
  "An intimidating doorstep visit despite an active plan, with an explanation demanded, is an implicit complaint "
  "about how the debt is pursued: collection_conduct.",
  ("gm-plain", "ol-orig"),
  q=Q(CX_COL, ("Shannon Pryce", "shannonpryce@hotmail.co.uk"), "Your account - CNX/5516620", """
Dear Ms Pryce,

We have tried to contact you about your account without success. If we do not hear from you within 7 days we may
arrange for one of our field agents to visit your address.

""" + CX_SIGN))

S(57, "conexus", "C", "en", ("Dylan Marsh", "dylan.marsh@sky.com"), "new", """
Hi,

You have written to me about £214 for Brightwave Broadband. I cancelled with Brightwave in August, inside my
minimum term notice, and they confirmed on the phone there would be nothing more to pay, but they then billed me
for three more months. That's their error. Please send it back to them and stop the letters.

Dylan Marsh
""", short_labels(c=True, cat="debt_dispute", firm="unknown"),
  "The disputed balance comes from the creditor's own billing after cancellation, and Brightwave Broadband is not in "
  "the directory: implicit complaint, about_other_firm unknown, debt_dispute.",
  ("new-html", "new"), subj="Brightwave Broadband - not owed")

S(58, "conexus", "C", "en", ("Laura Finch", "laura.finch@icloud.com"), "reply", """
Thanks. When you send it, could you let me have my payment history and account data as a CSV or spreadsheet file
rather than a PDF? My new debt management company wants to load it straight into their system.

Laura
""", short_labels(r="portability"),
  "A calm request for her data in a machine-readable file to load into another firm's system is portability, with "
  "no dissatisfaction: not a complaint.",
  ("apple", "ol-block"),
  q=Q(CX_DP, ("Laura Finch", "laura.finch@icloud.com"), "Your data request - SAR-2603-209", """
Dear Ms Finch,

Thank you for your request for a copy of your personal data, which we received on 9 March 2026. We will respond
within one month.

Conexus Data Protection
"""), date=(3, 10))

S(59, "conexus", "C", "en", ("Jade Corrigan", "jade.corrigan93@gmail.com"), "fwd", """
Your letters are still going to my old address even though I gave you my new one in January. Now my ex has opened
one and knows all about my debts. I want an explanation and you need to stop this.
""", short_labels(c=True, pd=True, br=True, cat="personal_data"),
  "A debt letter sent to an old address after she updated it was read by her ex-partner: a disclosure (breach) that "
  "is her main grievance, so an implicit personal_data complaint.",
  ("gm-plain", "gm-html"),
  q=Q(("Ryan Tolley", "ryantolley@gmail.com"), ("Jade Corrigan", "jade.corrigan93@gmail.com"), "your post", """
Another letter from Conexus came here for you. Opened it by mistake, says you owe them £1,900. Sort your address
out.
"""))

S(60, "conexus", "C", "en", ("Graham Lowry", "graham.lowry@lowrybrooks.co.uk"), "reply", """
Thank you for your email. I am currently out of the office on annual leave, returning next week, with limited
access to email. If your message is urgent please contact my colleague Sarah Dunne on 01632 960 417.

Graham Lowry
Lowry Brooks Debt Solutions
""", short_labels(auto=True),
  "An out-of-office (headers in one rendering, text alone in the other) is auto_generated with every other label "
  "empty, although the subject and quoted acknowledgement mention a complaint and the sender is an adviser.",
  ("ol-block", "ol-orig"), prefix="Automatic reply:",
  headers={"ol-block": {"auto-submitted": "auto-replied", "x-auto-response-suppress": "All"}},
  q=Q(CX_CR, ("Graham Lowry", "graham.lowry@lowrybrooks.co.uk"), "Your complaint on behalf of Mrs Tandy - CNX-CR-7855", """
Dear Mr Lowry,

Thank you for your email. We have received your complaint on behalf of Mrs Tandy and logged it under reference
CNX-CR-7855. We will send our response within eight weeks.

Customer Relations
Conexus
"""))


# =============================================================================================
# build


def build(rng):
    recs = []
    for sc in SC:
        base = datetime.datetime(2026, 1, 12, 8, 0)
        dt = base + datetime.timedelta(days=rng.randrange(0, 100), minutes=rng.randrange(0, 10 * 60))
        if sc["date"]:
            dt = dt.replace(month=sc["date"][0], day=sc["date"][1])
        while dt.weekday() >= 5:  # the firms write on working days
            dt += datetime.timedelta(days=1)
        for kind in sc["envs"]:
            lang = sc["lang"]
            subj = subject_for(kind, lang, sc)
            body = render_body(kind, lang, sc["text"], sc["q"], dt, sc["kind"] == "fwd", None)
            html = kind in ("ol-html", "gm-html", "new-html")
            env = f"{lang}:{kind}" + (":fwd" if sc["kind"] == "fwd" else "")
            own = subj + "\n" + sc["text"]
            if sc["carried"]:
                own += "\n" + sc["q"]["subj"] + "\n" + sc["q"]["body"]
            OWN[(sc["sid"], env)] = own
            recs.append({"id": None, "mailbox": sc["mb"], "from": who(sc["frm"]), "subject": subj,
                         "headers": dict(sc["headers"].get(kind, {})),
                         "body": body, "html": html, "labels": dict(sc["lab"], rights=list(sc["lab"]["rights"])),
                         "note": sc["note"], "source": sc["sid"], "train_labels": ["complaint"], "_env": env})
    return recs


OWN = {}
OVERRIDDEN = []


def errors(rec):
    """record_errors, with its explicit check replaced by our own where a localized mark hides the quote start."""
    e = record_errors(rec)
    lab = rec["labels"]
    lang = rec["_env"].split(":")[0]
    own = OWN[(rec["source"], rec["_env"])]
    kept = []
    for x in e:
        if x.startswith("explicit=") and lang != "en":
            OVERRIDDEN.append((rec["source"], rec["_env"]))
            continue
        kept.append(x)
    if lab["complaint"] and ("complain" in own.lower()) != lab["explicit"]:
        kept.append(f"own explicit check: explicit={lab['explicit']} but 'complain' in sender's words="
                    f"{'complain' in own.lower()}")
    return kept


def summary(records, counts):
    meta = {sc["sid"]: sc for sc in SC}
    out = [f"wrote {OUT}: {len(records)} emails, {len({r['source'] for r in records})} scenarios"]
    labs = [r["labels"] for r in records]
    comp = [l for l in labs if l["complaint"]]
    out.append(f"complaints {len(comp)} (explicit {sum(l['explicit'] for l in comp)}), breach "
               f"{sum(l['breach'] for l in labs)}, auto_generated {sum(l['auto_generated'] for l in labs)}, "
               f"third_party {sum(l['third_party'] for l in labs)}, html {sum(r['html'] for r in records)}")
    out.append("rights: " + ", ".join(f"{r} {sum(r in l['rights'] for l in labs)}" for r in RIGHTS))
    for key, fn in (("group", lambda r: meta[r["source"]]["grp"]), ("mailbox", lambda r: r["mailbox"])):
        c = {}
        for r in records:
            c[fn(r)] = c.get(fn(r), 0) + 1
        out.append(f"emails per {key}: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
    lang_c, prog_c, kind_c = {}, {}, {}
    for env, n in sorted(counts.items()):
        lang, kind = env.split(":")[:2]
        lang_c[lang] = lang_c.get(lang, 0) + n
        prog_c[PROGRAM[kind]] = prog_c.get(PROGRAM[kind], 0) + n
        kind_c[env.split(":", 1)[1]] = kind_c.get(env.split(":", 1)[1], 0) + n
    out.append("emails per language: " + ", ".join(f"{k} {v}" for k, v in sorted(lang_c.items())))
    out.append("emails per program: " + ", ".join(f"{k} {v}" for k, v in sorted(prog_c.items())))
    out.append("emails per envelope: " + ", ".join(f"{k} {v}" for k, v in sorted(kind_c.items())))
    cats = {}
    for l in labs:
        cats[l["category"]] = cats.get(l["category"], 0) + 1
    out.append("categories: " + ", ".join(f"{k} {v}" for k, v in sorted(cats.items())))
    firms = {}
    for l in labs:
        firms[str(l["about_other_firm"])] = firms.get(str(l["about_other_firm"]), 0) + 1
    out.append("about_other_firm: " + ", ".join(f"{k} {v}" for k, v in sorted(firms.items())))
    out.append(f"record_errors explicit check replaced by own check on {len(set(OVERRIDDEN))} localized records: "
               + ", ".join(f"{s}/{e}" for s, e in sorted(set(OVERRIDDEN))))
    return "\n".join(out)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=errors)


if __name__ == "__main__":
    sys.exit(main())
