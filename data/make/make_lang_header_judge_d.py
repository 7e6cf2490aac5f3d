#!/usr/bin/env python3
"""Judge set D for replies and forwards written in mail programs set to another language (stdlib only).

60 scenarios (30 pexa, 30 conexus), each rendered twice with different envelopes: 120 emails.
  Group R (30): replies written above the firm's quoted earlier mail, marks in the customer's program language.
  Group F (16): forwards with little or no comment, localized forward marks and subject prefixes.
  Group C (14): controls in English programs (English marks), and new mail with no quote.
The customer writes in (often non-native) English; only the program's marks are localized.

Labels follow /work/shared/labelling/labelling-guide.md. The shared record_errors cannot see where a localized quote
mark (or an English Outlook header block without "-----Original Message-----") starts the quoted history, so its
explicit check can disagree with the label: `errors` below drops only that check, for such records, and applies
this generator's own check, which knows where the sender's own words end (OWN_TEXT).

Writes data/trials/lang_header_judge_d.jsonl.
"""
import datetime
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (RIGHTS, escape_html, quote_lines, record_errors, run_generator,  # noqa: E402
                           short_labels)

SEED = 20280510
PREFIX = "lhd"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "lang_header_judge_d.jsonl")

# ---------------------------------------------------------------------------------------------
# the mail programs' marks, per language

WD_FULL = {
    "pl": ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
    "ro": ["luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "lt": ["pirmadienis", "antradienis", "trečiadienis", "ketvirtadienis", "penktadienis", "šeštadienis",
           "sekmadienis"],
    "hu": ["hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
WD_AB = {
    "pl": ["pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."],
    "ro": ["lun.", "mar.", "mie.", "joi", "vin.", "sâm.", "dum."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "pt": ["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."],
    "it": ["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "nl": ["ma", "di", "wo", "do", "vr", "za", "zo"],
    "lt": ["pr", "an", "tr", "kt", "pn", "št", "sk"],
    "hu": ["H", "K", "Sze", "Cs", "P", "Szo", "V"],
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
}
# months 1..5 (every date in this set falls in February or March 2026)
MON_FULL = {
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja"],  # genitive, as dates write them
    "ro": ["ianuarie", "februarie", "martie", "aprilie", "mai"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio"],
    "fr": ["janvier", "février", "mars", "avril", "mai"],
    "de": ["Januar", "Februar", "März", "April", "Mai"],
    "nl": ["januari", "februari", "maart", "april", "mei"],
    "lt": ["sausio", "vasario", "kovo", "balandžio", "gegužės"],  # genitive
    "hu": ["január", "február", "március", "április", "május"],
    "en": ["January", "February", "March", "April", "May"],
}
MON_AB = {
    "pl": ["sty", "lut", "mar", "kwi", "maj"],
    "ro": ["ian.", "feb.", "mar.", "apr.", "mai"],
    "es": ["ene", "feb", "mar", "abr", "may"],
    "pt": ["jan.", "fev.", "mar.", "abr.", "mai."],
    "it": ["gen", "feb", "mar", "apr", "mag"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai"],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai"],
    "nl": ["jan", "feb", "mrt", "apr", "mei"],
    "lt": ["saus.", "vas.", "kov.", "bal.", "geg."],
    "hu": ["jan.", "febr.", "márc.", "ápr.", "máj."],
    "en": ["Jan", "Feb", "Mar", "Apr", "May"],
}

# Outlook header block labels: from, sent, to, subject (French puts a space before the colon)
OL_LABELS = {
    "pl": ("Od:", "Wysłano:", "Do:", "Temat:"),
    "ro": ("De la:", "Trimis:", "Către:", "Subiect:"),
    "es": ("De:", "Enviado:", "Para:", "Asunto:"),
    "pt": ("De:", "Enviado:", "Para:", "Assunto:"),
    "it": ("Da:", "Inviato:", "A:", "Oggetto:"),
    "fr": ("De :", "Envoyé :", "À :", "Objet :"),
    "de": ("Von:", "Gesendet:", "An:", "Betreff:"),
    "nl": ("Van:", "Verzonden:", "Aan:", "Onderwerp:"),
    "lt": ("Nuo:", "Išsiųsta:", "Kam:", "Tema:"),
    "hu": ("Feladó:", "Elküldve:", "Címzett:", "Tárgy:"),
    "en": ("From:", "Sent:", "To:", "Subject:"),
}
OL_ORIGINAL = {
    "pl": "-----Wiadomość oryginalna-----", "ro": "-----Mesaj original-----", "es": "-----Mensaje original-----",
    "pt": "-----Mensagem original-----", "it": "-----Messaggio originale-----",
    "fr": "-----Message d'origine-----", "de": "-----Ursprüngliche Nachricht-----",
    "nl": "-----Oorspronkelijk bericht-----", "lt": "-----Originalus pranešimas-----",
    "hu": "-----Eredeti üzenet-----", "en": "-----Original Message-----",
}
OL_RE = {"pl": "Odp:", "ro": "RE:", "es": "RE:", "pt": "RES:", "it": "R:", "fr": "RE :", "de": "AW:",
         "nl": "Antw:", "lt": "ATS:", "hu": "Vá:", "en": "RE:"}
OL_FW = {"pl": "PD:", "ro": "FW:", "es": "RV:", "pt": "ENC:", "it": "I:", "fr": "TR :", "de": "WG:",
         "nl": "Doorst:", "lt": "PRS:", "hu": "TOV:", "en": "FW:"}
GM_FWD_SEP = {
    "pl": "---------- Wiadomość przekazana dalej ---------", "ro": "---------- Mesaj redirecționat ---------",
    "es": "---------- Mensaje reenviado ---------", "pt": "---------- Mensagem encaminhada ---------",
    "it": "---------- Messaggio inoltrato ---------", "fr": "---------- Message transféré ---------",
    "de": "---------- Weitergeleitete Nachricht ----------", "nl": "---------- Doorgestuurd bericht ---------",
    "lt": "---------- Persiųstas laiškas ---------", "hu": "---------- Továbbított levél ---------",
    "en": "---------- Forwarded message ---------",
}
GM_FROM = {"pl": "Od:", "ro": "De la:", "es": "De:", "pt": "De:", "it": "Da:", "fr": "De :", "de": "Von:",
           "nl": "Van:", "lt": "Nuo:", "hu": "Feladó:", "en": "From:"}
APPLE_FWD = {
    "pl": "Początek przekazywanej wiadomości:", "ro": "Începutul mesajului redirecționat:",
    "es": "Inicio del mensaje reenviado:", "pt": "Início da mensagem reencaminhada:",
    "it": "Inizio messaggio inoltrato:", "fr": "Début du message réexpédié :",
    "de": "Anfang der weitergeleiteten Nachricht:", "nl": "Begin doorgestuurd bericht:",
    "lt": "Persiųsto laiško pradžia:", "hu": "Továbbított levél kezdete:", "en": "Begin forwarded message:",
}
# Apple Mail forward header labels: from, subject, date, to
APPLE_LABELS = {
    "pl": ("Od:", "Temat:", "Data:", "Do:"), "ro": ("De la:", "Subiect:", "Dată:", "Către:"),
    "es": ("De:", "Asunto:", "Fecha:", "Para:"), "pt": ("De:", "Assunto:", "Data:", "Para:"),
    "it": ("Da:", "Oggetto:", "Data:", "A:"), "fr": ("De :", "Objet :", "Date :", "À :"),
    "de": ("Von:", "Betreff:", "Datum:", "An:"), "nl": ("Van:", "Onderwerp:", "Datum:", "Aan:"),
    "lt": ("Nuo:", "Tema:", "Data:", "Kam:"), "hu": ("Feladó:", "Tárgy:", "Dátum:", "Címzett:"),
    "en": ("From:", "Subject:", "Date:", "To:"),
}
IPHONE_SIG = {
    "pl": "Wysłane z iPhone’a", "ro": "Trimis de pe iPhone-ul meu", "es": "Enviado desde mi iPhone",
    "pt": "Enviado do meu iPhone", "it": "Inviato da iPhone", "fr": "Envoyé de mon iPhone",
    "de": "Von meinem iPhone gesendet", "nl": "Verstuurd vanaf mijn iPhone", "lt": "Išsiųsta iš „iPhone“",
    "hu": "iPhone-ról küldve", "en": "Sent from my iPhone",
}
HTML_LANG = {"pl": "PL", "ro": "RO", "es": "ES", "pt": "PT", "it": "IT", "fr": "FR", "de": "DE", "nl": "NL",
             "lt": "LT", "hu": "HU", "en": "EN-GB"}
LANG_NAMES = {"pl": "Polish", "ro": "Romanian", "es": "Spanish", "pt": "Portuguese", "it": "Italian",
              "fr": "French", "de": "German", "nl": "Dutch", "lt": "Lithuanian", "hu": "Hungarian",
              "en": "English"}


def ol_sent(lang, dt):
    """The date line of an Outlook header block."""
    wd = WD_FULL[lang][dt.weekday()]
    d, m, y, hm = dt.day, MON_FULL[lang][dt.month - 1], dt.year, dt.strftime("%H:%M")
    return {
        "pl": f"{wd}, {d} {m} {y} {hm}", "ro": f"{wd}, {d} {m} {y} {hm}",
        "es": f"{wd}, {d} de {m} de {y} {hm}", "pt": f"{wd}, {d} de {m} de {y} {hm}",
        "it": f"{wd} {d} {m} {y} {hm}", "fr": f"{wd} {d} {m} {y} {hm}", "de": f"{wd}, {d}. {m} {y} {hm}",
        "nl": f"{wd} {d} {m} {y} {hm}", "lt": f"{y} m. {m} {d} d., {wd} {hm}",
        "hu": f"{y}. {m} {d}., {wd} {hm}", "en": f"{wd}, {d} {m} {y} {hm}",
    }[lang]


def gm_date(lang, dt):
    """The date as Gmail writes it in a forwarded message's header (and, mostly, in its reply attribution)."""
    wa, d, y, hm = WD_AB[lang][dt.weekday()], dt.day, dt.year, dt.strftime("%H:%M")
    ma, mf = MON_AB[lang][dt.month - 1], MON_FULL[lang][dt.month - 1]
    return {
        "pl": f"{wa}, {d} {ma} {y} o {hm}", "ro": f"{wa}, {d} {ma} {y} la {hm}",
        "es": f"{wa}, {d} {ma} {y} a las {hm}", "pt": f"{wa}, {d} de {ma} de {y} às {hm}",
        "it": f"{wa} {d} {ma} {y} alle ore {hm}", "fr": f"{wa} {d} {ma} {y} à {hm}",
        "de": f"{wa}, {d}. {mf} {y} um {hm} Uhr", "nl": f"{wa} {d} {ma} {y} om {hm}",
        "lt": f"{dt:%Y-%m-%d}, {wa}, {hm}", "hu": f"{y}. {ma} {d}., {wa}, {hm}",
        "en": f"{wa}, {d} {ma} {y} at {hm}",
    }[lang]


def gm_attr(lang, dt, name, addr):
    """Gmail's reply attribution line."""
    wa, d, y, hm = WD_AB[lang][dt.weekday()], dt.day, dt.year, dt.strftime("%H:%M")
    ma, mf = MON_AB[lang][dt.month - 1], MON_FULL[lang][dt.month - 1]
    return {
        "pl": f"W dniu {wa}, {dt:%d}.{dt:%m}.{y} o {hm} {name} <{addr}> napisał(a):",
        "ro": f"În {wa}, {d} {ma} {y} la {hm}, {name} <{addr}> a scris:",
        "es": f"El {wa}, {d} {ma} {y} a las {hm}, {name} (<{addr}>) escribió:",
        "pt": f"Em {wa}, {d} de {ma} de {y} às {hm}, {name} <{addr}> escreveu:",
        "it": f"Il giorno {wa} {d} {ma} {y} alle ore {hm} {name} <{addr}> ha scritto:",
        "fr": f"Le {wa} {d} {ma} {y} à {hm}, {name} <{addr}> a écrit :",
        "de": f"Am {wa}, {d}. {mf} {y} um {hm} Uhr schrieb {name} <{addr}>:",
        "nl": f"Op {wa} {d} {ma} {y} om {hm} schreef {name} <{addr}>:",
        "lt": f"{dt:%Y-%m-%d}, {wa}, {hm} {name} <{addr}> rašė:",
        "hu": f"{name} <{addr}> ezt írta (időpont: {y}. {ma} {d}., {wa}, {hm}):",
        "en": f"On {wa}, {d} {ma} {y} at {hm}, {name} <{addr}> wrote:",
    }[lang]


def apple_attr(lang, dt, name, addr):
    """Apple Mail's (Mac, iPhone) reply attribution line."""
    d, y, hm = dt.day, dt.year, dt.strftime("%H:%M")
    ma, mf = MON_AB[lang][dt.month - 1], MON_FULL[lang][dt.month - 1]
    return {
        "pl": f"Wiadomość napisana przez {name} <{addr}> w dniu {d} {mf} {y}, o godz. {hm}:",
        "ro": f"Pe {d} {ma} {y}, la {hm}, {name} <{addr}> a scris:",
        "es": f"El {d} {ma} {y}, a las {hm}, {name} <{addr}> escribió:",
        "pt": f"Em {d} de {ma} de {y}, à(s) {hm}, {name} <{addr}> escreveu:",
        "it": f"Il giorno {d} {ma} {y}, alle ore {hm}, {name} <{addr}> ha scritto:",
        "fr": f"Le {d} {mf} {y} à {hm}, {name} <{addr}> a écrit :",
        "de": f"Am {dt:%d}.{dt:%m}.{y} um {hm} schrieb {name} <{addr}>:",
        "nl": f"Op {d} {ma} {y} om {hm} heeft {name} <{addr}> het volgende geschreven:",
        "lt": f"{dt:%Y-%m-%d}, {hm}, {name} <{addr}> rašė:",
        "hu": f"{y}. {ma} {d}. dátummal, {hm} időpontban {name} <{addr}> írta:",
        "en": f"On {d} {ma} {y}, at {hm}, {name} <{addr}> wrote:",
    }[lang]


def apple_date(lang, dt):
    d, y, hm, mf = dt.day, dt.year, dt.strftime("%H:%M:%S"), MON_FULL[lang][dt.month - 1]
    if lang == "de":
        return f"{d}. {mf} {y} um {hm} MEZ"
    if lang in ("es", "pt"):
        return f"{d} de {mf} de {y}, {hm} GMT"
    if lang == "hu":
        return f"{y}. {mf} {d}. {hm} GMT"
    if lang == "lt":
        return f"{y} m. {mf} {d} d. {hm} GMT"
    return f"{d} {mf} {y} {hm} GMT"


# ---------------------------------------------------------------------------------------------
# envelopes

PROGRAM = {"olb": "Outlook", "olo": "Outlook", "olh": "Outlook", "oln": "Outlook", "ola": "Outlook", "olq": "Outlook",
           "gmp": "Gmail", "gmh": "Gmail", "gmn": "Gmail",
           "apl": "other", "txt": "other", "bnh": "other", "bnq": "other"}


def fmt_addr(who):
    return f"{who[0]} <{who[1]}>"


def html_lines(text):
    return escape_html(text).replace("\n", "<br>")


def ol_html_paras(text):
    out = []
    for ln in text.split("\n"):
        out.append(f"<p class=MsoNormal>{escape_html(ln) if ln.strip() else '&nbsp;'}</p>")
    return "\n".join(out)


def ol_header_lines(lang, frm, dt, to, subj):
    lf, ls, lt, lsub = OL_LABELS[lang]
    return [(lf, fmt_addr(frm)), (ls, ol_sent(lang, dt)), (lt, fmt_addr(to)), (lsub, subj)]


def render(sc, kind, dt):
    """(subject, body, html, own) for one envelope kind. own is the text this generator's explicit check reads:
    the sender's own words (and, for a forward judged by what it carries, the forwarded mail too)."""
    lang, q, me = sc["lang"], sc.get("q"), sc["who"]
    comment = sc.get("comment", "")
    mode = sc["kind"]
    if mode == "new":
        subj, body = sc["subject"], comment
        if kind == "txt":
            return subj, body, False, subj + "\n" + body
        if kind == "oln":
            html = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
                    f'<body lang={HTML_LANG[lang]}><div class=WordSection1>\n{ol_html_paras(body)}\n</div></body></html>')
        else:
            html = f'<div dir="ltr">{html_lines(body)}</div>'
        return subj, html, True, subj + "\n" + body
    if mode == "raw":
        r = sc["raw"][kind]
        return r["subject"], r["body"], False, r["subject"] + "\n" + r["body"]
    fwd = mode == "forward"
    to = q.get("to", me)
    qsubj = q["subj"]
    if kind in ("olb", "olo", "olh"):
        subj = (OL_FW if fwd else OL_RE)[lang] + " " + qsubj
    else:
        subj = ("Fwd: " if fwd else "Re: ") + qsubj
    qtext = q["text"]
    if kind in ("olb", "olo"):
        sep = "________________________________" if kind == "olb" else OL_ORIGINAL[lang]
        head = "\n".join(f"{a} {b}" for a, b in ol_header_lines(lang, q["frm"], dt, to, qsubj))
        quote = f"{sep}\n{head}\n\n{qtext}"
        body = (comment + "\n\n" if comment else "") + quote
        html = False
    elif kind == "olh":
        head = "<br>\n".join(f"<b>{a}</b> {escape_html(b)}" for a, b in ol_header_lines(lang, q["frm"], dt, to, qsubj))
        quote = (f"<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\n"
                 f"<p class=MsoNormal>{head}</p>\n</div>\n<p class=MsoNormal>&nbsp;</p>\n{ol_html_paras(qtext)}")
        body = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
                f'<body lang={HTML_LANG[lang]} link="#0563C1" vlink="#954F72"><div class=WordSection1>\n'
                + (ol_html_paras(comment) + "\n<p class=MsoNormal>&nbsp;</p>\n" if comment else "")
                + quote + "\n</div></body></html>")
        html = True
    elif kind == "gmp":
        if fwd:
            quote = (f"{GM_FWD_SEP[lang]}\n{GM_FROM[lang]} {fmt_addr(q['frm'])}\nDate: {gm_date(lang, dt)}\n"
                     f"Subject: {qsubj}\nTo: <{to[1]}>\n\n\n{qtext}")
        else:
            quote = gm_attr(lang, dt, q["frm"][0], q["frm"][1]) + "\n\n" + quote_lines(qtext)
        body = (comment + "\n\n" if comment else "") + quote
        html = False
    elif kind == "gmh":
        if fwd:
            quote = (f'<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                     f'{escape_html(GM_FWD_SEP[lang])}<br>{GM_FROM[lang]} <strong class="gmail_sendername" dir="auto">'
                     f'{escape_html(q["frm"][0])}</strong> <span dir="auto">&lt;{q["frm"][1]}&gt;</span><br>'
                     f'Date: {escape_html(gm_date(lang, dt))}<br>Subject: {escape_html(qsubj)}<br>'
                     f'To: &lt;{to[1]}&gt;<br></div><br><br><div dir="ltr">{html_lines(qtext)}</div></div>')
        else:
            quote = (f'<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                     f'{escape_html(gm_attr(lang, dt, q["frm"][0], q["frm"][1]))}<br></div>'
                     f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                     f'rgb(204,204,204);padding-left:1ex">{html_lines(qtext)}</blockquote></div>')
        body = (f'<div dir="ltr">{html_lines(comment)}</div><br>' if comment else '<div dir="ltr"><br></div>') + quote
        html = True
    elif kind == "apl":
        sig = IPHONE_SIG[lang]
        if fwd:
            lf, ls, ld, lt = APPLE_LABELS[lang]
            quote = (f"{APPLE_FWD[lang]}\n\n" + quote_lines(
                f"{lf} {fmt_addr(q['frm'])}\n{ls} {qsubj}\n{ld} {apple_date(lang, dt)}\n{lt} {fmt_addr(to)}\n\n{qtext}"))
        else:
            quote = apple_attr(lang, dt, q["frm"][0], q["frm"][1]) + "\n\n" + quote_lines(qtext)
        body = (comment + "\n\n" if comment else "") + sig + "\n\n" + quote
        html = False
    else:
        raise ValueError(kind)
    own = comment
    if fwd and sc.get("voice") == "forwarded":
        own = subj + "\n" + comment + "\n" + qtext
    return subj, body, html, own


# ---------------------------------------------------------------------------------------------
# firms' senders (invented people; the firms are the two mailboxes and the directory of data/firms.csv)

CX_CR = ("Conexus Customer Relations", "complaints@conexus.co.uk")
CX_CS = ("Conexus Customer Services", "customerservices@conexus.co.uk")
CX_COL = ("Conexus Collections", "collections@conexus.co.uk")
PX_CR = ("PEXA Customer Resolution Team", "complaints@pexa.co.uk")
PX_SUP = ("PEXA Support", "support@pexa.co.uk")
PX_BILL = ("PEXA Billing", "billing@pexa.co.uk")
PX_ONB = ("PEXA Onboarding", "onboarding@pexa.co.uk")
PX_TRN = ("PEXA Training", "training@pexa.co.uk")

SCENARIOS = []


def S(sid, box, grp, lang, envs, kind, who, labels, note, **kw):
    sc = dict(sid=sid, box=box, grp=grp, lang=lang, envs=envs, kind=kind, who=who, labels=labels, note=note)
    sc.update(kw)
    SCENARIOS.append(sc)


L = short_labels


# =============================================================================================
# Group R, conexus: replies above Conexus's quoted mail

S("r01", "conexus", "R", "pl", ("olb", "olh"), "reply", ("Katarzyna Wróblewska", "kasia.wroblewska84@wp.pl"),
  L(), "An offer of instalments in answer to an arrears letter is an ordinary reply with no dissatisfaction, so "
  "complaint=false and category none.",
  q=dict(frm=CX_COL, subj="Arrears on your account {acct} - Northline Energy", text=(
      "Dear Ms Wroblewska,\n\nWe are writing about your Northline Energy account, which Northline has passed to "
      "Conexus to collect. The balance of £1,246.30 is still unpaid and we have not had a reply to our letter of "
      "12 January.\n\nPlease pay the balance, or contact us within 14 days to agree an affordable arrangement. You "
      "can call us on 0330 221 4870 (Monday to Friday, 8am to 8pm) or reply to this email.\n\nIf you are "
      "struggling with money, free and independent advice is available from MoneyHelper and StepChange.\n\n"
      "Yours sincerely,\nCollections Team\nConexus")),
  comment=("Dzień dobry,\n\nI can not pay everything now but I can pay £60 this Friday when my salary comes, and "
           "then £60 every month on the same day. Please confirm if this is ok and what referance I must write on "
           "the bank transfer.\n\nPozdrawiam\nKatarzyna Wróblewska"))

S("r02", "conexus", "R", "ro", ("olo", "olb"), "reply", ("Andrei Munteanu", "andrei.munteanu@yahoo.ro"),
  L(c=True, r="access", cat="fees_charges"),
  "A new grievance (an unexplained £85 collection cost to be removed) added to an open complaint; implicit because "
  "'complaint' is only in the firm's quoted acknowledgement and subject; a call recording is access.",
  q=dict(frm=CX_CR, subj="Your complaint {ref} - acknowledgement", text=(
      "Dear Mr Munteanu,\n\nThank you for your recent email. We have received your complaint about the "
      "letters sent to you about your Pennant Mobile account and have logged it under reference {ref}.\n\nWe aim "
      "to resolve complaints as quickly as possible, and in any case we will send you our final response within 8 "
      "weeks. If you have more information that may help our investigation, please reply to this email.\n\n"
      "Yours sincerely,\nNaomi Thurlow\nCustomer Relations, Conexus")),
  comment=("Bună ziua,\n\nOne more thing for your investigation. When I rang your office last week the agent told "
           "me the balance now include £85 'collection cost'. Nobody told me about this cost before and it was "
           "not on the Pennant bill. I want it removed and an explanation why it was added.\n\nPlease also send me "
           "the recording of that phone call.\n\nCu stimă,\nAndrei Munteanu"))

S("r03", "conexus", "R", "es", ("gmp", "gmh"), "reply", ("Javier Roldán Prieto", "javi.roldan.prieto@hotmail.es"),
  L(c=True, cat="debt_dispute"),
  "He rejects Conexus's final response and disputes owing the debt at all: a debt_dispute complaint, implicit "
  "(his own words never say complain); firm null because his grievance is Conexus's own decision to resume "
  "collection, which Conexus can review, and Pennant is only named as the creditor.",
  q=dict(frm=CX_CR, subj="Final response to your complaint {ref}", text=(
      "Dear Mr Roldán,\n\nWe have now completed our investigation into your complaint that the Pennant Mobile "
      "account ending 4471 is not yours.\n\nPennant Mobile has provided the account opening record, which shows "
      "that the contract was taken out online in April 2021 in your name and at your current address. On this "
      "evidence we do not uphold your complaint, and collection activity will resume in 14 days.\n\nIf you remain "
      "dissatisfied you may refer your complaint to the Financial Ombudsman Service within six months of the date "
      "of this letter.\n\nYours sincerely,\nCallum Reddaway\nCustomer Relations, Conexus")),
  comment=("Hola,\n\nI dont accept this answer. In April 2021 I was living in Valencia, not in the UK, I can send "
           "you my padrón certificate and my work contract from that time. An 'online record' with my name is "
           "not proof that I signed anything, anybody can type a name and an adress.\n\nPlease stop the "
           "collection until you look at this again, and send me the real contract with my signature, or close "
           "the account.\n\nSaludos,\nJavier Roldán"))

S("r04", "conexus", "R", "it", ("olh", "olo"), "reply", ("Giulia Ferraresi", "giulia.ferraresi@libero.it"),
  L(), "Sending the requested income and expenditure form is an ordinary answer; the health information is "
  "shared willingly and nothing is wrong, so complaint=false.",
  q=dict(frm=CX_CS, subj="Information needed for your payment plan - account {acct}", text=(
      "Dear Ms Ferraresi,\n\nThank you for speaking with us today. So that we can consider the reduced payment you "
      "proposed, please send us:\n\n- a completed income and expenditure form (attached), and\n- any evidence of "
      "the health condition you mentioned, if you are happy to share it.\n\nWe will put your account on hold for "
      "30 days while we wait for these. Any information you give us about your health will only be used to "
      "manage your account, in line with our privacy notice.\n\nKind regards,\nOwen Pettifer\nCustomer Services, "
      "Conexus")),
  comment=("Buongiorno Owen,\n\nas we spoke, here is the income and expenditure form filled in and the letter "
           "of my doctor from the hospital in Leicester. The £25 monthly is what I can afford for now, when I go "
           "back to full time work I will tell you.\n\nGrazie mille,\nGiulia Ferraresi"))

S("r05", "conexus", "R", "fr", ("olb", "olh"), "reply", ("Élodie Marchand", "elodie.marchand@orange.fr"),
  L(c=True, pd=True, br=True, r="informed,erasure", cat="personal_data"),
  "A payment reminder sent to her employer's shared mailbox exposed her debt to colleagues (breach), she asks "
  "where the address came from (informed) and for it to be deleted (erasure): an implicit personal_data complaint.",
  q=dict(frm=CX_COL, subj="Payment reminder - account {acct}", text=(
      "Dear Ms Marchand,\n\nThis is a reminder that the payment of £45.00 due under your arrangement on 28 "
      "February has not been received.\n\nPlease make the payment as soon as possible to keep your arrangement in "
      "place. If you cannot pay, please call us on 0330 221 4870 so we can discuss your options.\n\nCollections "
      "Team\nConexus")),
  comment=("Bonjour,\n\nThis reminder was not sent to my personal email. It went to accounts@maisonlaurent-"
           "bakery.co.uk, which is the shared mailbox of the bakery where I work, my manager and two colleagues "
           "read it every morning. Now everybody at my work know I have a debt and a missed payment. I was so "
           "ashamed I did not go to work yesterday.\n\nI never gave you this address. I want you to explain where "
           "you got it, and delete it from my file today. And I want to know what you will do about this.\n\n"
           "Élodie Marchand"))

S("r06", "conexus", "R", "de", ("olo", "olb"), "reply", ("Matthias Kästner", "m.kaestner@gmx.de"),
  L(), "A thank-you confirming the refund arrived and the matter is closed is not a complaint; the complaint "
  "wording is only in the firm's quoted final response.",
  q=dict(frm=CX_CR, subj="Our final response to your complaint {ref}", text=(
      "Dear Mr Kästner,\n\nThank you for your patience while we looked into your complaint about the trace fee "
      "added to your Sterling Credit account.\n\nWe agree that the £60 trace fee should not have been added, as "
      "you had given us your new address in writing. We have removed it, refunded the £60 you paid towards it to "
      "your card, and added £50 as an apology for the inconvenience. Your new balance is £914.20.\n\nIf you are "
      "not happy with this response, you can refer your complaint to the Financial Ombudsman Service within six "
      "months.\n\nYours sincerely,\nFiona Brackett\nCustomer Relations, Conexus")),
  comment=("Guten Tag Frau Brackett,\n\nthank you very much. The money is back on my card this morning and the new "
           "balance is correct in my online account. For me the matter is closed now.\n\nMit freundlichen "
           "Grüßen\nMatthias Kästner"))

S("r07", "conexus", "R", "nl", ("gmh", "gmp"), "reply", ("Sanne de Vries", "sanne.devries@ziggo.nl"),
  L(c=True, cat="debt_dispute", firm="lwt"),
  "The creditor kept billing her for two years after she sold the flat; only Lumen Water can correct its own bill, "
  "so an implicit debt_dispute complaint with about_other_firm=lwt.",
  q=dict(frm=CX_COL, subj="Your Lumen Water account {acct} - balance outstanding", text=(
      "Dear Ms de Vries,\n\nLumen Water has asked Conexus to collect the outstanding balance of £738.55 on your "
      "former account at 22 Pelham Court, Derby.\n\nPlease contact us within 14 days to pay or to agree a payment "
      "plan. If you think you do not owe this amount, tell us why and we will ask Lumen Water to review it.\n\n"
      "Collections Team\nConexus\n\nIf you are unhappy with how we have handled your account, our complaints "
      "procedure is at conexus.co.uk/complaints.")),
  comment=("Goedemiddag,\n\nThis amount is not right. I sold the flat at 22 Pelham Court in June 2023 and told "
           "Lumen the same week, I even sent them the completion statement from my solicitor. They kept sending "
           "bills in my name for almost two years for water I never used, I live in Rotterdam now.\n\nPlease tell "
           "Lumen to correct their bill and close this. I will not pay for the new owner's water.\n\nMet "
           "vriendelijke groet,\nSanne de Vries"))

S("r08", "conexus", "R", "lt", ("olb", "olo"), "reply", ("Rūta Petrauskienė", "ruta.petrauskiene@inbox.lt"),
  L(r="rectification,restriction"),
  "A calm correction of her name and date of birth (rectification) with a request not to pass the details on "
  "until corrected (restriction); no dissatisfaction or remedy for a failing, so not a complaint.",
  q=dict(frm=CX_CS, subj="Please confirm your details - account {acct}", text=(
      "Dear Customer,\n\nWe have recently taken over the collection of your Heathcote Bank overdraft. Before we "
      "discuss the account with you, please confirm your full name, date of birth and current postal address by "
      "replying to this email.\n\nConexus is a data controller for the personal data we hold about you. Our "
      "privacy notice at conexus.co.uk/privacy explains how we use it and your rights.\n\nCustomer Services\n"
      "Conexus")),
  comment=("Laba diena,\n\nMy correct details are: Rūta Petrauskienė (your letter says 'Ruta Petrauskas', that is "
           "the form of my husbands surname, not mine), date of birth 17/09/1986, not 1968 as on your letter, "
           "address 4 Ferncliff Road, Luton LU3 2HD.\n\nPlease correct this on your system. Until it is corrected, "
           "please do not send my details to credit reference agencies or to anybody else.\n\nPagarbiai,\n"
           "Rūta Petrauskienė"))

S("r09", "conexus", "R", "hu", ("gmp", "apl"), "reply", ("Zoltán Horváth", "horvath.zoltan77@freemail.hu"),
  L(c=True, ex=True, cat="collection_conduct"),
  "He rejects the final response about doorstep visits and says he will complain to the Ombudsman: explicit in his "
  "own words; the visits (7am, foot in the door) are collection_conduct.",
  q=dict(frm=CX_CR, subj="Final response - complaint {ref}", text=(
      "Dear Mr Horváth,\n\nWe have investigated your complaint about the visits made to your home by our field "
      "agent in relation to your Sterling Credit Loans account.\n\nOur records show four visits between 12 January "
      "and 2 February. Our field agents are instructed to visit between 8am and 8pm, and we have found no evidence "
      "that the agent acted outside our procedures. We therefore do not uphold your complaint.\n\nIf you remain "
      "unhappy, you can refer your complaint to the Financial Ombudsman Service within six months of this letter."
      "\n\nYours sincerely,\nCallum Reddaway\nCustomer Relations, Conexus")),
  comment=("Jó napot,\n\nYour records are wrong. Your agent came at 7 in the morning at least twice, my wife has the "
           "doorbell camera videos with the time on them. He also put his foot in the door when my son opened it, "
           "he is 15. This is not 'inside procedures'.\n\nI do not agree with your final response. Please look at "
           "the videos (I can send them) and change your decision, otherwise I will complain to the Financial "
           "Ombudsman.\n\nÜdvözlettel,\nHorváth Zoltán"))

S("r10", "conexus", "R", "pt", ("olb", "olh"), "reply", ("Rui Carvalho", "rui.carvalho@sapo.pt"),
  L(), "A question about paying early by bank transfer, written by a person in reply to an automated portal "
  "notice: an enquiry, not a complaint and not auto-generated.",
  q=dict(frm=("Conexus Online", "no-reply@conexus.co.uk"), subj="Planned maintenance - online payments",
         text=("Dear customer,\n\nOur online payment portal will be unavailable from 10pm this Saturday until 6am on "
               "Sunday while we carry out planned maintenance. Payments due during this time can be made the next "
               "day without any charge, or by phone on 0330 221 4870.\n\nThis is an automated message.\n\n"
               "Conexus")),
  comment=("Olá,\n\nMy payment of £30 is due on Saturday. If I pay by bank transfer on the Friday before, is that "
           "ok, and which sort code and account number do I use? My account is {acct}.\n\nObrigado,\nRui Carvalho"))

S("r11", "conexus", "R", "pl", ("olh", "olo"), "reply",
  ("Magdalena Zielińska", "m.zielinska@centrumporadpolonia.org.uk"),
  L(c=True, ex=True, r="access", tp=True, cat="collection_conduct"),
  "A debt adviser adds calls made during her client's Breathing Space and says 'I want to complain' (explicit, "
  "third_party, collection_conduct); copies of call recordings and notes are access; 'Breathing Space' is not a "
  "data breach.",
  q=dict(frm=CX_CR, subj="Your complaint on behalf of Mr Nowicki - {ref}", text=(
      "Dear Ms Zielińska,\n\nThank you for your email on behalf of your client, Mr Paweł Nowicki. We have received "
      "your complaint about the letters sent to him in January and logged it under reference {ref}.\n\nWe have "
      "noted the signed authority you provided and will correspond with you about this complaint. We will send "
      "our final response within 8 weeks.\n\nYours sincerely,\nNaomi Thurlow\nCustomer Relations, Conexus")),
  comment=("Dzień dobry,\n\nThere is a further and more serious problem. Mr Nowicki entered a Breathing Space on "
           "3 March (the notice was sent to you by the Insolvency Service the same day). Your collections team "
           "still called him on 9 March and 11 March, and on the second call the agent told him the protection "
           "'does not apply to this creditor'.\n\nPlease add this to the case: I want to complain about these "
           "calls as well, and I ask for a written explanation. Please also send us copies of all call "
           "recordings and account notes for Mr Nowicki from 1 March to today.\n\nZ poważaniem,\nMagdalena "
           "Zielińska\nDebt Adviser, Centrum Porad Polonia, Ealing"))

S("r12", "conexus", "R", "ro", ("gmh", "apl"), "reply", ("Ioana Dumitrescu", "elena.dumitrescu53@yahoo.ro"),
  L(c=True, tp=True, cat="debt_dispute", firm="wbc"),
  "A daughter with power of attorney, writing from her mother's account, says the council tax should never have "
  "been charged (care home exemption): the creditor's own bill is the root cause, so about_other_firm=wbc, "
  "third_party, implicit debt_dispute.",
  q=dict(frm=CX_COL, to=("Elena Dumitrescu", "elena.dumitrescu53@yahoo.ro"),
         subj="Council tax arrears - Westbury Council Tax Services - account {acct}", text=(
             "Dear Mrs Dumitrescu,\n\nWestbury Council Tax Services has instructed Conexus to collect unpaid "
             "council tax of £1,384.00 for the period 1 April 2024 to 31 March 2025 at 9 Mill Lane, Westbury.\n\n"
             "Please pay this amount or contact us within 14 days to discuss a payment arrangement. If you do not "
             "contact us, the council may take further recovery action.\n\nCollections Team\nConexus")),
  comment=("Bună ziua,\n\nI am the daughter of Mrs Elena Dumitrescu and I have lasting power of attorney for her "
           "(copy attached). I look after this email account for her because she has Alzheimer's and can not "
           "manage letters any more.\n\nMy mother moved into Oakfield care home in February 2024 and has been "
           "there since, the house at Mill Lane was empty. Someone who lives permanently in a care home does not "
           "pay council tax for the empty home, and the council was told this by the care home and by me. So this "
           "bill should not exist.\n\nPlease go back to the council and get it cancelled, and write to me, not to "
           "my mother, from now on.\n\nMulțumesc,\nIoana Dumitrescu"))

S("r13", "conexus", "R", "es", ("olo", "olh"), "reply", ("Lucía Fernández Ortega", "lucia.fernandez.o@outlook.es"),
  L(r="informed,automated_decision"),
  "Questions before using the online plan tool: where her data came from and on what basis (informed) and a "
  "person, not the tool, to decide (automated_decision); no dissatisfaction, so not a complaint.",
  q=dict(frm=CX_CS, subj="Set up your payment plan online - account {acct}", text=(
      "Dear Ms Fernández,\n\nYou can now set up an affordable payment plan online in a few minutes. Our plan tool "
      "asks about your income and outgoings, checks the information with a credit reference agency and tells you "
      "straight away what plan we can accept.\n\nStart here: conexus.co.uk/plan (you will need your account number "
      "{acct}).\n\nCustomer Services\nConexus")),
  comment=("Hola,\n\nBefore I put my income and bank details in your tool I want to understand some things, please "
           "answer by email:\n\n1. Where did you get my data in the first place, and from whom? I never had "
           "contact with Conexus before.\n2. What do you use the information from the credit reference agency "
           "for, and on what legal basis?\n3. If the tool says no to my offer, I want a person in your team to "
           "look at my situation and decide, not only the computer.\n\nThank you, then I will decide.\nLucía "
           "Fernández"))

S("r14", "conexus", "R", "de", ("gmp", "gmh"), "reply", ("Jonas Weidinger", "jonas.weidinger@web.de"),
  L(r="portability"),
  "A request for his full payment history as CSV or Excel to import into his adviser's budgeting software is "
  "portability; he is content with the statement, so not a complaint.",
  q=dict(frm=CX_CS, subj="Your annual statement - account {acct}", text=(
      "Dear Mr Weidinger,\n\nPlease find attached your annual statement for your Heathcote Bank loan account, "
      "which Conexus manages. It shows the payments we received in the last twelve months and your balance of "
      "£2,106.40.\n\nIf you have any questions about your statement, please reply to this email or call 0330 221 "
      "4870.\n\nCustomer Services\nConexus")),
  comment=("Hallo,\n\nthanks for the statement. The PDF is fine for reading, but I need the full list of all "
           "payments since the account started in 2022 as a CSV or Excel file, so I can import it into the budget "
           "software my debt adviser uses. Is this possible?\n\nViele Grüße\nJonas Weidinger"))

S("r15", "conexus", "R", "fr", ("apl", "gmp"), "reply", ("Thierry Lambert", "thierry.lambert62@free.fr"),
  L(c=True, cat="delay"),
  "A chaser nine weeks after the acknowledgement is a complaint about delay; implicit, because 'complaint' appears "
  "only in the subject and quote the firm wrote, never in his own words.",
  q=dict(frm=CX_CR, subj="Complaint {ref} - we have received your complaint", text=(
      "Dear Mr Lambert,\n\nThank you for contacting us. We have received your complaint about the handling of your "
      "Northline Energy account and logged it under reference {ref}.\n\nWe aim to resolve it as quickly as "
      "possible and will send you our final response within 8 weeks of receiving it.\n\nYours sincerely,\nNaomi "
      "Thurlow\nCustomer Relations, Conexus")),
  comment=("Bonjour,\n\nNine weeks now since this email and I have nothing. I called two times, each time they say "
           "'it is with the team'. You promised 8 weeks. I want the answer this week please, and an explanation "
           "why it is late.\n\nThierry Lambert"))


# =============================================================================================
# Group R, pexa: replies above PEXA's quoted mail

S("r16", "pexa", "R", "pl", ("olb", "olh"), "reply", ("Agnieszka Kubiak", "a.kubiak@nowakpartners-law.co.uk"),
  L(c=True, cat="platform_defect"),
  "A law firm adds a second failed settlement with the same error to its open complaint and asks for a call and "
  "costs: a continuing platform_defect complaint, implicit since 'complaint' is only in PEXA's quoted mail.",
  q=dict(frm=PX_CR, subj="Your complaint {ref} - acknowledgement", text=(
      "Dear Ms Kubiak,\n\nThank you for your recent email. We have received your complaint about the failed "
      "settlement on workspace {ws} and logged it under reference {ref}.\n\nOur platform team is reviewing the "
      "error logs for that settlement. We will send you a full response within 4 weeks, and we will let you know "
      "if we need more information.\n\nKind regards,\nHarriet Quayle\nCustomer Resolution Team, PEXA")),
  comment=("Dzień dobry Harriet,\n\nMore information for you: the same error ('Lodgement verification failed - "
           "code LV-212') came again this morning on a different workspace, {ws2}. Funds were not released "
           "untill 16:40 and our client, a first time buyer, waited with the removal van outside the property "
           "the whole afternoon.\n\nThis is the second failed settlement in ten days. We need somebody from your "
           "platform team to call us today, and we want to know what PEXA will do about our client's extra "
           "costs.\n\nPozdrawiam,\nAgnieszka Kubiak\nCompletions, Nowak Partners Solicitors"))

S("r17", "pexa", "R", "ro", ("olo", "olb"), "reply", ("Mihai Popescu", "mihai.popescu@carpathialaw.co.uk"),
  L(c=True, ex=True, cat="fees_charges"),
  "The settlement fee billed twice on one workspace, and the writer asks PEXA to 'take this as a formal "
  "complaint': explicit fees_charges; the firm is the customer, not a third party.",
  q=dict(frm=PX_BILL, subj="Invoice {inv} - payment due", text=(
      "Dear Customer,\n\nYour PEXA invoice {inv} for February is now available in the billing section of the "
      "platform. The total of £1,842.00 (including VAT) will be collected by direct debit on 15 March.\n\nIf you "
      "have a question about this invoice, please reply to this email quoting the invoice number.\n\nPEXA "
      "Billing")),
  comment=("Hello,\n\nOn this invoice the settlement fee for workspace {ws} is charged two times (lines 14 and 15, "
           "£64.80 each). It is one settlement only, for one client. Last year the same thing happened and it "
           "took three months to get the credit note.\n\nPlease take this as a formal complaint. I want the "
           "duplicate fee removed before the direct debit is taken, and a confirmation in writing.\n\nCu stimă,\n"
           "Mihai Popescu\nPractice Manager, Carpathia Law"))

S("r18", "pexa", "R", "es", ("olh", "olo"), "reply", ("Carmen Ibáñez", "c.ibanez@ibanezconveyancing.co.uk"),
  L(), "Sending the documents onboarding asked for is an ordinary answer; the privacy wording is only in PEXA's "
  "quoted request, so nothing is set.",
  q=dict(frm=PX_ONB, subj="Your PEXA application - documents needed", text=(
      "Dear Ms Ibáñez,\n\nThank you for applying to join PEXA. To complete our checks we need:\n\n1. a copy of "
      "your firm's current CLC licence, and\n2. proof of your firm's professional indemnity insurance for this "
      "year.\n\nPlease reply to this email with the documents attached. We will use them only to verify your "
      "application, as explained in our privacy notice, which also sets out your rights over your personal "
      "data.\n\nKind regards,\nPEXA Onboarding")),
  comment=("Hola,\n\nPlease find attached the CLC licence and the insurance certificate (valid until 30 "
           "September). If you need anything else, tell me.\n\nMany thanks,\nCarmen Ibáñez\nIbáñez Conveyancing "
           "Ltd"))

S("r19", "pexa", "R", "pt", ("gmp", "gmh"), "reply", ("Beatriz Nogueira", "beatriz.nogueira@hallwardconveyancing.co.uk"),
  L(), "Acknowledging a maintenance notice ('no problem for us') expresses no dissatisfaction: not a complaint.",
  q=dict(frm=PX_SUP, subj="Scheduled maintenance this Saturday", text=(
      "Dear PEXA user,\n\nThe PEXA platform will be unavailable this Saturday from 06:00 to 10:00 for scheduled "
      "maintenance. No settlements can be booked in this window. Workspaces, documents and settlement schedules "
      "will not be affected.\n\nWe apologise for any inconvenience.\n\nPEXA Platform Operations")),
  comment=("Hi,\n\nNoted, thank you. We have no completions on Saturday so there is no problem for us. Obrigada for "
           "the early notice.\n\nBeatriz Nogueira\nHallward Conveyancing"))

S("r20", "pexa", "R", "it", ("olb", "olo"), "reply", ("Francesca Bellini", "f.bellini@bellinicaruso.co.uk"),
  L(c=True, cat="training"),
  "She rejects PEXA's final response on a third cancelled training session and asks for a session this month and "
  "a refund: an implicit training complaint (her own words say 'not satisfied', never complain).",
  q=dict(frm=PX_CR, subj="Final response to your complaint {ref}", text=(
      "Dear Ms Bellini,\n\nThank you for your patience while we looked into your complaint about the cancelled "
      "training session on 4 February.\n\nThe session was cancelled at short notice because the trainer was "
      "taken ill, and we are sorry for the disruption this caused. We have offered your team places on our next "
      "available session.\n\nWe hope this resolves the matter. If you are not satisfied, please let us know "
      "within 8 weeks.\n\nKind regards,\nHarriet Quayle\nCustomer Resolution Team, PEXA")),
  comment=("Buongiorno,\n\nI understand people get ill, but this is not the full story. The 4 February session was "
           "the third one cancelled for our team since December, and the 'next available session' you offer is "
           "in May. Our two new paralegals still can not run a settlement alone, so I must supervise every "
           "workspace myself.\n\nWe are not satisfied with this answer. We need a session for them this month "
           "(remote is fine) and we want the training fee for the cancelled sessions refunded.\n\nCordiali "
           "saluti,\nFrancesca Bellini\nPartner, Bellini Caruso Solicitors"))

S("r21", "pexa", "R", "fr", ("olo", "olh"), "reply", ("Amélie Rousseau", "amelie@rousseau-conveyancing.co.uk"),
  L(c=True, r="automated_decision", cat="onboarding"),
  "An application refused by automated checks, with a demand that a person review it: an implicit onboarding "
  "complaint with automated_decision; the right sits beside a non-data grievance, so personal_data=false.",
  q=dict(frm=PX_ONB, subj="Your PEXA application {app}", text=(
      "Dear Ms Rousseau,\n\nThank you for your application to join PEXA as a sole practitioner.\n\nOur automated "
      "verification checks were unable to confirm your identity and your firm's details against the records we "
      "use, so we are unable to approve your application at this time. You may apply again after 90 days.\n\nFor "
      "information on how we use personal data in our checks, please see pexa.co.uk/privacy.\n\nPEXA "
      "Onboarding")),
  comment=("Bonjour,\n\nI do not accept this. I am a licensed conveyancer for 14 years, my firm is on the CLC "
           "register and my identity documents are valid. Your system probably can not read my name with the "
           "accent, it happened already with other websites.\n\nI ask that a real person in your team reviews my "
           "application and decides, not the automatic checks. Waiting 90 days is not possible: two of my "
           "clients' lenders only settle through PEXA and their completions are in April.\n\nCordialement,\n"
           "Amélie Rousseau\nRousseau Conveyancing"))

S("r22", "pexa", "R", "de", ("gmh", "gmp"), "reply", ("Stefan Hoffmann", "s.hoffmann@kingsleyhoffmann.co.uk"),
  L(br=True),
  "Another matter's statement, with buyers' names and bank details, was sent to the wrong firm (breach=true), but "
  "the writer reports it calmly and only asks for the right document, so complaint=false (like a neutral report).",
  q=dict(frm=PX_SUP, subj="Settlement statement for workspace {ws}", text=(
      "Hi Stefan,\n\nAs requested on the phone, please find attached the settlement statement for workspace {ws}."
      "\n\nKind regards,\nLeah Marchetti\nPEXA Support")),
  comment=("Hallo Leah,\n\njust so you know: the statement attached to your email is not for our workspace. It is "
           "for a different matter, the buyers' names, a property address in Cardiff and their bank account "
           "numbers are all on it, and we are not acting in that matter. I have deleted it from our system and "
           "not sent it to anybody.\n\nCould you please send the right statement for {ws} when you have a moment."
           "\n\nViele Grüße\nStefan Hoffmann\nKingsley Hoffmann LLP"))

S("r23", "pexa", "R", "nl", ("olb", "olo"), "reply", ("Pieter Janssen", "pieter.janssen@outlook.com"),
  L(c=True, cat="delay", firm="gfl"),
  "A buyer says his conveyancer, already referred by PEXA, still does not answer and completion is days away: a "
  "continuing implicit delay complaint purely about Greyfriars Law, about_other_firm=gfl.",
  q=dict(frm=PX_CR, subj="Your email about your purchase - {ref}", text=(
      "Dear Mr Janssen,\n\nThank you for your email. PEXA provides the platform your conveyancer uses to complete "
      "the purchase, but we are not able to deal with complaints about the service your conveyancer gives you.\n\n"
      "With the consent given in your email, we have passed your complaint to Greyfriars Law LLP, who act for "
      "you, and asked them to respond to you directly. Their complaints team can be contacted at "
      "complaints@greyfriarslaw.co.uk.\n\nKind regards,\nImogen Starling\nCustomer Resolution Team, PEXA")),
  comment=("Goedemorgen,\n\nThank you for passing it on, but nothing has changed. Greyfriars still do not reply to "
           "my emails or calls, and it is now 12 days since your email. Our completion is planned for Friday and "
           "the sellers' solicitor says they have not received the signed transfer from Greyfriars.\n\nIs there "
           "anything more you can do? Maybe you have a direct contact for the person handling my file there.\n\n"
           "Met vriendelijke groet,\nPieter Janssen"))

S("r24", "pexa", "R", "lt", ("olo", "olh"), "reply", ("Tomas Jonaitis", "t.jonaitis@baltichomeslaw.co.uk"),
  L(c=True, pd=True, r="rectification,access", cat="personal_data"),
  "His misspelt name is still on his user profile six weeks after PEXA promised to fix it: an implicit complaint "
  "about inaccurate data held and a request left undone (personal_data), asking for correction and a copy.",
  q=dict(frm=PX_SUP, subj="Re: User name incorrect", text=(
      "Hi Tomas,\n\nThanks for letting us know. I have raised a ticket with our user administration team to "
      "correct the spelling of your name on your user profile. They will be in touch once this is done.\n\nKind "
      "regards,\nImogen Starling\nPEXA Support\n\nNot happy with our service? You can make a complaint at "
      "pexa.co.uk/complaints.")),
  comment=("Laba diena,\n\nThat was six weeks ago and my name is still 'Tomas Jonaitys' on the platform. It is "
           "printed on every settlement statement our clients receive, and one lender already refused a document "
           "because the name did not match my ID. Nobody from user administration contacted me.\n\nPlease "
           "correct it this week. I would also like a copy of all the personal data PEXA holds about me as a user, "
           "so I can check nothing else is wrong.\n\nPagarbiai,\nTomas Jonaitis\nBaltic Homes Law"))

S("r25", "pexa", "R", "hu", ("gmp", "gmh"), "reply", ("Katalin Szabó", "katalin.szabo@harlowszabo.co.uk"),
  L(r="objection"),
  "She objects to her activity being profiled and used for product emails (objection) while accepting the "
  "dashboard itself; no dissatisfaction, so not a complaint.",
  q=dict(frm=("PEXA Insights", "insights@pexa.co.uk"),
         subj="Introducing PEXA Insights: your personal activity dashboard", text=(
             "Dear Katalin,\n\nFrom next month every PEXA user will have a personal activity dashboard. PEXA "
             "Insights uses your activity on the platform (logins, workspaces opened, time to settle) to build an "
             "engagement profile, which we also use to suggest training and relevant PEXA products to you by "
             "email.\n\nYou can read more about how we use personal data, and your rights, at pexa.co.uk/privacy."
             "\n\nThe PEXA Team")),
  comment=("Hello,\n\nThank you for the information. I object to my activity data being used to build a profile of "
           "me and to send me product emails, please do not process my data for these purposes. The dashboard "
           "for my own use is fine.\n\nKöszönöm,\nSzabó Katalin\nHarlow Szabó Solicitors"))

S("r26", "pexa", "R", "nl", ("olh", "olb"), "reply", ("Lotte Bakker", "lotte.bakker@kpnmail.nl"),
  L(r="erasure"),
  "A former user agrees with the deactivation and asks for her account and personal details to be deleted: "
  "erasure without a complaint.",
  q=dict(frm=PX_SUP, subj="Your PEXA user account will be deactivated", text=(
      "Dear Lotte,\n\nYour firm's PEXA administrator has told us that you have left Fenwick Ashby Solicitors. "
      "Your PEXA user account will be deactivated at the end of the month and you will no longer be able to log "
      "in.\n\nYour personal data will be kept in line with our retention policy. See pexa.co.uk/privacy for "
      "details and your rights.\n\nPEXA Support")),
  comment=("Hi,\n\nThanks for letting me know, that is right, I moved back to the Netherlands. After the "
           "deactivation please delete my user account and the personal details you hold on me (my mobile "
           "number, home address and the copy of my passport from onboarding), as far as you are allowed to. "
           "There is no need to keep them now.\n\nGroetjes,\nLotte Bakker"))

S("r27", "pexa", "R", "es", ("gmh", "apl"), "reply", ("Alejandro Vidal", "alejandro.vidal.m@gmail.com"),
  L(), "A seller's thanks after the lender fixed his figure and the sale completed: nothing is outstanding, so not "
  "a complaint, although PEXA's quoted mail speaks of his complaint.",
  q=dict(frm=PX_CR, subj="Your complaint about your redemption statement - {ref}", text=(
      "Dear Mr Vidal,\n\nThank you for your email about the redemption figure on your mortgage. As explained, PEXA "
      "cannot deal with complaints about your lender, so with your consent we have passed your complaint to "
      "Kestrel Building Society and asked them to contact you directly.\n\nKind regards,\nImogen Starling\n"
      "Customer Resolution Team, PEXA")),
  comment=("Hola Imogen,\n\nJust to say thank you. Kestrel called me two days after your email, they corrected the "
           "figure and we completed the sale yesterday without problems. Very happy with how quick you passed it "
           "on.\n\nMuchas gracias,\nAlejandro Vidal"))

S("r28", "pexa", "R", "it", ("olb", "olh"), "reply", ("Marco Rinaldi", "marco.rinaldi@tvmortgages.co.uk"),
  L(c=True, ex=True, cat="inaccurate_information"),
  "A lender's team leader wants 'to complain formally' about the wrong cut-off time support gave, which caused a "
  "failed completion: explicit inaccurate_information; Thames Valley is the complainant, so firm null.",
  q=dict(frm=PX_SUP, subj="Re: Settlement cut-off time", text=(
      "Hi Marco,\n\nThe latest time to book a same-day settlement is 15:30, and funds must be in the source "
      "account by then. Let me know if you need anything else.\n\nBest regards,\nLeah Marchetti\nPEXA Support")),
  comment=("Buongiorno Leah,\n\nWe planned our completions on your answer below. On Friday we booked workspace "
           "{ws} for 14:45 and the platform rejected it: 'after same-day cut-off (14:00)'. The funds came back to "
           "us, the completion moved to Monday and our borrower had to pay a hotel and the removal company again."
           "\n\nI want to complain formally about the wrong information your support gave us. Please explain why "
           "we were told 15:30, and confirm that PEXA will cover the borrower's costs (about £640, receipts "
           "available).\n\nDistinti saluti,\nMarco Rinaldi\nCompletions Team Leader, Thames Valley Mortgages"))

S("r29", "pexa", "R", "ro", ("olb", "olo"), "reply", ("Elena Stan", "elena.stan@ashgrovelegal.co.uk"),
  L(c=True, cat="wait_time"),
  "Nobody called back, then 52 and 40 minutes on hold and a dropped call: an implicit complaint about waiting to "
  "reach support (wait_time).",
  q=dict(frm=PX_SUP, subj="Your call with PEXA Support - case {case}", text=(
      "Hi Elena,\n\nThanks for calling PEXA Support today. As discussed, we have logged your request to reset the "
      "two-factor device on your user account under case {case}. A member of the team will call you back.\n\n"
      "PEXA Support\n\nNot happy with our service? You can make a complaint at pexa.co.uk/complaints.")),
  comment=("Hello,\n\nNobody called back. Today I tried the support line again and waited 52 minutes on hold, then "
           "the call dropped. Yesterday it was 40 minutes. I can not log in to sign our completions for tomorrow "
           "without the reset.\n\nPlease call me on 020 7946 0381 as soon as possible, this is urgent.\n\n"
           "Mulțumesc,\nElena Stan\nAshgrove Legal"))

S("r30", "pexa", "R", "pt", ("olh", "olb"), "reply", ("João Figueiredo", "joao.figueiredo@brookmereconveyancing.co.uk"),
  L(c=True, cat="usability"),
  "Supplying screenshots for his open complaint, he explains the screen works but its layout leads to wrong "
  "confirmations and asks for it to be made clearer: implicit usability (nothing is broken).",
  q=dict(frm=PX_CR, subj="Your complaint {ref} - information needed", text=(
      "Dear Mr Figueiredo,\n\nThank you for your complaint about the financial settlement screen. So that we can "
      "investigate, please send us screenshots of the screen at the point where the incorrect amount was "
      "confirmed, and the workspace numbers involved.\n\nKind regards,\nHarriet Quayle\nCustomer Resolution Team, "
      "PEXA")),
  comment=("Bom dia Harriet,\n\nScreenshots attached, workspaces {ws} and {ws2}. As you can see, the 'Confirm' "
           "button sits under the table of payees and is only visible when you scroll, while the 'Edit amount' "
           "field above it stays active. Twice my colleague typed the new amount, scrolled, and confirmed the old "
           "figure without noticing.\n\nNothing is broken, it is the layout. Please make the screen clearer, or "
           "at least show the amount again before confirming, and tell me when this will change.\n\nCom os "
           "melhores cumprimentos,\nJoão Figueiredo"))


# =============================================================================================
# Group F, conexus: forwards with little or no comment

S("f01", "conexus", "F", "pl", ("gmp", "gmh"), "forward", ("Bartosz Lewandowski", "bartek.lewandowski@o2.pl"),
  L(), "A forward with no comment at all, carrying the creditor's routine notice that the account has passed to "
  "Conexus: judged by what it carries, there is no dissatisfaction and no request, so not a complaint.",
  q=dict(frm=("Sterling Credit Loans", "customer.letters@sterlingcredit.co.uk"),
         subj="Notice of assignment - your loan account", text=(
             "Dear Mr Lewandowski,\n\nWe are writing to tell you that your loan account has been passed to "
             "Conexus, who will now manage it for us. From today please make all payments to Conexus and send any "
             "correspondence to them. Your balance of £3,412.90 has not changed.\n\nConexus will write to you "
             "separately. Their contact details are customerservices@conexus.co.uk and 0330 221 4870.\n\nSterling "
             "Credit Loans\nCustomer Relations")),
  comment="")

S("f02", "conexus", "F", "ro", ("olb", "olh"), "forward", ("Alina Constantin", "alina.constantin@yahoo.com"),
  L(c=True, ex=True, pd=True, br=True, tp=True, cat="collection_conduct"),
  "A daughter forwards her father's own email, which says 'I want to make a complaint' (explicit, judged by the "
  "forwarded author); the agent shouting the debt through the letterbox for neighbours to hear is a breach inside "
  "a collection_conduct complaint; written for him, so third_party.",
  voice="forwarded",
  q=dict(frm=("Gheorghe Constantin", "g.constantin1956@yahoo.ro"), to=("Conexus", "complaint@conexus.com"),
         subj="Complaint about your agent at my house", text=(
             "To Conexus,\n\nI want to make a complaint about your agent who came to my house last Sunday at about "
             "10 in the morning. My account number is {acct}.\n\nHe knocked very loud and when I did not open "
             "quickly he shouted through the letterbox that I owe money to Pennant Mobile and that he will come "
             "back with bailiffs. My neighbours on both sides were in their gardens and heard everything. One of "
             "them asked me later if I am in trouble. I am 69 years old and I was shaking all day.\n\nI want an "
             "apology, I want to know why he said bailiffs, and I do not want this man to come to my house again."
             "\n\nGheorghe Constantin")),
  comment="Hello, forwarding my father's email below, he sent it to a wrong address last week. Please reply to "
          "both of us.\n\nThank you,\nAlina Constantin")

S("f03", "conexus", "F", "es", ("olh", "olo"), "forward", ("Marta Gómez Ruiz", "marta.gomezruiz@hotmail.com"),
  L(c=True, cat="debt_dispute", firm="nte"),
  "She forwards the creditor's estimated final bill that Conexus is collecting and says the reading is wrong: only "
  "Northline can correct its bill, so an implicit debt_dispute with about_other_firm=nte.",
  q=dict(frm=("Northline Energy", "billing@northline-energy.co.uk"), subj="Your final bill", text=(
      "Dear Ms Gómez,\n\nThank you for letting us know you have moved out of 41 Cranbourne Street. Your final "
      "electricity bill is £612.47. This is based on an estimated closing reading of 48213.\n\nIf this bill is not "
      "paid within 28 days we may pass your account to a collection agency.\n\nNorthline Energy")),
  comment=("Hello, this is the bill you are now collecting from me (your letter ref {acct}). The reading is "
           "ESTIMATED. I sent Northline a photo of the meter on the day I left, the real reading was 45907, so the "
           "bill should be much lower. They never answerd. This debt is not correct, please send it back to them "
           "to fix.\n\nMarta Gómez"))

S("f04", "conexus", "F", "it", ("gmh", "gmp"), "forward", ("Davide Conti", "davide.conti@northgatemoneyadvice.org.uk"),
  L(r="access", tp=True),
  "A money adviser forwards his client's request for everything Conexus holds (letters, call notes, recordings): "
  "access made on her behalf (third_party), with no dissatisfaction, so not a complaint.",
  voice="forwarded",
  q=dict(frm=("Chiara Moretti", "chiara.moretti90@libero.it"),
         to=("Davide Conti", "davide.conti@northgatemoneyadvice.org.uk"), subj="for Conexus", text=(
             "Hi Davide,\n\nas we agreed at the appointment, please can you ask Conexus for a copy of everything "
             "they hold about me, the letters, the notes of phone calls and the recordings. My account with them "
             "is {acct}. I signed the authority form you gave me, it is attached.\n\nThank you,\nChiara")),
  comment=("Good afternoon,\n\nPlease see our client's request below. We act for Ms Moretti (signed authority "
           "attached) and ask that you send the information to us.\n\nKind regards,\nDavide Conti\nMoney Adviser, "
           "Northgate Money Advice"))

S("f05", "conexus", "F", "fr", ("gmp", "gmh"), "forward", ("Nathalie Girard", "nathalie.girard@laposte.net"),
  L(br=True),
  "A stranger forwards an arrears email about someone else's account that reached her inbox: a breach is "
  "described, but she is not dissatisfied and expects nothing, so complaint=false and personal_data=false.",
  q=dict(frm=CX_COL, to=("Darren Whitlock", "nathalie.girard@laposte.net"), subj="Your account {acct} - arrears",
         text=("Dear Mr Whitlock,\n\nYour Pennant Mobile account with Conexus is now £486.20 in arrears. Your last "
               "payment of £20.00 was received on 14 January.\n\nPlease call us on 0330 221 4870 within 7 days to "
               "bring your account up to date.\n\nCollections Team\nConexus")),
  comment=("Hello,\n\nI received this email but I am not Mr Whitlock and I don't know him. I think somebody wrote "
           "my email address wrong. I will delete it now, I just tell you so you can check his address.\n\n"
           "Nathalie Girard"))

S("f06", "conexus", "F", "de", ("olo", "gmp"), "forward", ("Felix Braun", "felix.braun@t-online.de"),
  L(c=True, cat="debt_dispute", firm="unknown"),
  "The creditor (Calderbrook Motor Finance, not in the directory) wrote the balance off, yet it was passed to "
  "Conexus: the root cause is the creditor's, so an implicit debt_dispute with firm unknown; 'your complaint' is "
  "the creditor's word in the forwarded letter, not his.",
  q=dict(frm=("Calderbrook Motor Finance", "settlements@calderbrookmotorfinance.co.uk"),
         subj="Voluntary termination of your agreement", text=(
             "Dear Mr Braun,\n\nFurther to your complaint of 9 December, we confirm that we accept the voluntary "
             "termination of your hire purchase agreement. As you have paid more than half of the total amount "
             "payable and returned the vehicle in good condition, there is nothing more to pay and the remaining "
             "balance of £2,310.00 will be written off.\n\nWe are sorry for the confusion earlier.\n\nCalderbrook "
             "Motor Finance\nCustomer Relations")),
  comment=("Guten Tag,\n\nsee below, Calderbrook wrote to me that the balance is written off when I gave back the "
           "car. Now you send me letters for exactly this £2,310. Calderbrook must have made a mistake when they "
           "gave you the account. Please ask them and stop this.\n\nFelix Braun"))

S("f07", "conexus", "F", "nl", ("apl", "gmp"), "forward", ("Daan Visser", "daan.visser@hotmail.nl"),
  L(c=True, tp=True, cat="collection_conduct"),
  "A son forwards his 82-year-old mother's own message: daily calls at dinner time that frighten her, please stop "
  "and talk to her son; judged by what it carries, an implicit collection_conduct complaint, third_party.",
  voice="forwarded",
  q=dict(frm=("Wilhelmina Visser", "w.visser1943@kpnmail.nl"), to=("Daan Visser", "daan.visser@hotmail.nl"),
         subj="those phone calls", text=(
             "Daan,\n\nCan you send this to the debt people, I can not find how.\n\nTo Conexus. Your lady phones me "
             "every day at dinner time, sometimes three times a day, about the Heathcote card. I told her my son "
             "helps me with the money now and she should phone him. I am 82 and I am frightened when the phone "
             "goes. Please stop phoning me and talk to my son.\n\nWilhelmina Visser")),
  comment="Hello, below is a message from my mother, Mrs W. Visser (account {acct}). I help her with her "
          "finances. Please reply to me.\n\nDaan Visser")

S("f08", "conexus", "F", "hu", ("olh", "olb"), "forward", ("Gábor Kiss", "kiss.gabor@citromail.hu"),
  L(c=True, cat="debt_dispute"),
  "The creditor confirms the account is settled, yet Conexus still chases it: Conexus's own conduct on a paid debt, "
  "so an implicit debt_dispute with firm null (Pennant is only the creditor).",
  q=dict(frm=("Pennant Mobile", "accounts@pennantmobile.co.uk"), subj="Your account is now closed", text=(
      "Dear Mr Kiss,\n\nThank you for your payment of £214.35. Your Pennant Mobile account ending 2208 is now "
      "settled in full and has been closed with a zero balance.\n\nThank you for being a Pennant customer.\n\n"
      "Pennant Mobile")),
  comment=("Hi,\n\nPennant say the account is paid and closed, see their email. Why you still send me letters and "
           "text messages asking for £214.35?? Stop this and confirm to me that the account is closed with you "
           "also.\n\nKiss Gábor"))


# =============================================================================================
# Group F, pexa: forwards with little or no comment

S("f09", "pexa", "F", "pl", ("olb", "olh"), "forward", ("Michał Grabowski", "michal.grabowski@interia.pl"),
  L(c=True, cat="delay", firm="ols"),
  "A buyer forwards his solicitors' weekly 'still waiting' email and asks PEXA to make them move: an implicit "
  "delay complaint purely about Orchard Lane Solicitors, about_other_firm=ols.",
  q=dict(frm=("Orchard Lane Solicitors", "conveyancing@orchardlanesolicitors.co.uk"),
         subj="17 Birchfield Avenue - update", text=(
             "Dear Mr Grabowski,\n\nWe are still waiting for your lender's funds and for the seller's solicitors "
             "to return the signed contract. We will update you as soon as we hear.\n\nKind regards,\nConveyancing "
             "Team\nOrchard Lane Solicitors")),
  comment=("This is what my solicitors send me every week for 3 weeks, same words. I call them, nobody answer. My "
           "lender told me the money is ready since 2 weeks. Your name is on their papers, can you please make "
           "them move? We must leave our flat at the end of the month.\n\nMichał"))

S("f10", "pexa", "F", "ro", ("gmp", "gmh"), "forward", ("Roxana Ionescu", "roxana@danielswright.co.uk"),
  L(c=True, ex=True, cat="platform_defect"),
  "An office manager forwards her senior partner's 'formal complaint' about a workspace frozen for three hours: "
  "explicit platform_defect judged by the forwarded mail; staff writing for their own firm are not third_party.",
  voice="forwarded",
  q=dict(frm=("Laurence Wright", "l.wright@danielswright.co.uk"), to=("Roxana Ionescu", "roxana@danielswright.co.uk"),
         subj="Formal complaint to PEXA - frozen workspace", text=(
             "Roxana,\n\nPlease send this to PEXA's complaints address for me, I'm in court all day.\n\nTo PEXA: we "
             "wish to make a formal complaint. On Tuesday afternoon workspace {ws} froze at the 'Ready to settle' "
             "stage for over three hours. Your status page showed no problems, support could only say 'we're "
             "looking into it', and the settlement missed the CHAPS window, so our client's chain was stuck until "
             "the next morning.\n\nWe expect a full explanation of the fault and a proposal for our client's "
             "losses.\n\nLaurence Wright\nSenior Partner, Daniels Wright Solicitors")),
  comment="Good morning, please see below from our senior partner.\n\nMany thanks,\nRoxana Ionescu\nOffice Manager")

S("f11", "pexa", "F", "es", ("olh", "olb"), "forward", ("Paloma Serrano", "p.serrano@kestrelbs.co.uk"),
  L(c=True, cat="fees_charges"),
  "A lender forwards PEXA's invoice and disputes a manual lodgement fee it never asked for: an implicit "
  "fees_charges complaint about PEXA's own fee; Kestrel is the complainant, so firm null.",
  q=dict(frm=PX_BILL, subj="Invoice {inv}", text=(
      "Dear Customer,\n\nYour PEXA invoice {inv} for February is attached. It includes 1 manual lodgement fee "
      "(£95.00 + VAT) for workspace {ws}.\n\nPEXA Billing")),
  comment=("Hi, see your invoice below. We never asked for a manual lodgement on {ws}, the lodgement went through "
           "the normal electronic route. Please remove the £95 fee and send us a corrected invoice.\n\nGracias,\n"
           "Paloma Serrano\nMortgage Operations, Kestrel Building Society"))

S("f12", "pexa", "F", "pt", ("gmh", "gmp"), "forward", ("Fernanda Almeida", "fernanda.almeida@gmail.com"),
  L(c=True, cat="fees_charges", firm="hcb"),
  "A borrower forwards her lender's redemption figure with an early repayment charge she was told would not apply "
  "and asks for it to be removed: implicit fees_charges purely about Heathcote Bank, about_other_firm=hcb.",
  q=dict(frm=("Heathcote Bank Mortgages", "mortgages@heathcotebank.co.uk"), subj="Your redemption figure", text=(
      "Dear Mrs Almeida,\n\nYour redemption figure for completion on 27 March is £161,904.33. This includes an "
      "early repayment charge of £3,218.00 (2% of the balance), as your fixed rate period ends on 30 November.\n\n"
      "Heathcote Bank Mortgages")),
  comment=("Olá, nobody at Heathcote told me about any early repayment charge when I asked them in January if I "
           "could sell this year, the adviser said 'no penalty'. Now they want £3,218 just before completion. "
           "This is not fair. Can you tell them to remove it?\n\nFernanda Almeida"))

S("f13", "pexa", "F", "it", ("olb", "gmp"), "forward", ("Alessandro Greco", "ale.greco@virgilio.it"),
  L(c=True, ex=True, cat="inaccurate_information", firm="unknown"),
  "A seller wants 'to complain' about his conveyancer (Fennick & Day, not in the directory), whose confirmed "
  "completion date was wrong: explicit inaccurate_information, firm unknown.",
  q=dict(frm=("Fennick & Day Conveyancing", "sales@fennickday.co.uk"), subj="Completion date confirmed", text=(
      "Dear Mr Greco,\n\nWe confirm that completion of your sale of Flat 3, 88 Linden Road is booked for Friday 20 "
      "March. Please arrange for the keys to be left with the estate agent.\n\nFennick & Day Conveyancing")),
  comment=("Hello, I want to complain about my conveyancer Fennick & Day. They sent me this confirmation, so I gave "
           "notice to my tenants and booked the van. Yesterday they say completion was never booked for the 20th, "
           "it is 'provisional' and maybe in April. Now my tenants must leave and I have nowhere to put them. They "
           "do not answer me. Please look at this.\n\nAlessandro Greco"))

S("f14", "pexa", "F", "de", ("gmp", "gmh"), "forward", ("Lukas Schneider", "l.schneider@eversleyschneider.co.uk"),
  L(), "A firm forwards a phishing email that imitates PEXA, for information; nobody clicked and no data was "
  "exposed, so no complaint and no breach.",
  q=dict(frm=("PEXA Security Team", "security@pexa-verify-login.com"),
         subj="Action required: verify your PEXA account", text=(
             "Dear user,\n\nWe detected unusual activity on your PEXA account. To avoid suspension, verify your "
             "login details within 24 hours using the link below:\n\nhxxps://pexa-verify-login.com/secure\n\nPEXA "
             "Security Team")),
  comment=("Hi, two of our staff got this today. It is not from you, I think? The link goes to a strange site. "
           "Nobody clicked it. Just so you are aware.\n\nLukas Schneider\nIT, Eversley Schneider LLP"))

S("f15", "pexa", "F", "lt", ("gmp", "gmh"), "forward", ("Mindaugas Kazlauskas", "mindaugas.kazlauskas@gmail.com"),
  L(c=True, pd=True, br=True, tp=True, cat="personal_data", firm="kbs"),
  "A brother forwards the buyer's own message: his lender sent his mortgage offer, payslips and passport to the "
  "estate agent; an implicit personal_data complaint with a breach, purely about Kestrel (kbs), third_party.",
  voice="forwarded",
  q=dict(frm=("Darius Kazlauskas", "darius.kazl@inbox.lt"),
         to=("Mindaugas Kazlauskas", "mindaugas.kazlauskas@gmail.com"), subj="Kestrel problem", text=(
             "Mindaugas, please send this to the PEXA people, my email keeps bouncing from them.\n\nHello PEXA. I "
             "am buying 5 Rowan Close with a mortgage from Kestrel Building Society. Kestrel sent my mortgage "
             "offer by email to the estate agent instead of to my solicitor, with my payslips, my bank statements "
             "and a copy of my passport attached. The estate agent told me himself. I am very upset, strangers have "
             "all my details now. I want Kestrel to explain how this happened and what they will do.\n\nDarius "
             "Kazlauskas")),
  comment="Laba diena, forwarding my brother's message below, he asked me to.\n\nMindaugas Kazlauskas")

S("f16", "pexa", "F", "hu", ("olb", "olh"), "forward", ("Eszter Varga", "e.varga@meridalebank.co.uk"),
  L(), "A lender forwards onboarding's request with the ID documents it asked for: an ordinary answer, not a "
  "complaint.",
  q=dict(frm=PX_ONB, to=("Eszter Varga", "e.varga@meridalebank.co.uk"), subj="New users - identity checks", text=(
      "Dear Eszter,\n\nTo set up the two new users you requested, please send us a certified copy of photo ID for "
      "each of them and confirm their job titles.\n\nPEXA Onboarding")),
  comment=("Hello, as requested below, attached are the certified ID copies for Anna Kovács and Peter Dunmore, both "
           "Mortgage Completions Officers.\n\nKöszönöm,\nEszter Varga\nMeridale Bank"))


# =============================================================================================
# Group C: controls in English mail programs, and new mail with no quote

CX_ACK_OKORO = ("Dear Ms Bramwell,\n\nThank you for your email on behalf of Mr Okoro. We have received your complaint "
                "about the calls made to him and logged it under reference {ref}. We will send our final response "
                "within 8 weeks.\n\nNaomi Thurlow\nCustomer Relations, Conexus")
OOO_TEXT = ("Thank you for your email. I am away from the office until Monday 16 March and will not be reading email. "
            "For urgent client matters please contact our advice line on 0300 330 1142 or email "
            "advice@eastfieldcab.org.uk.\n\nHelen Bramwell\nMoney Adviser, Eastfield Citizens Advice")

S("c01", "conexus", "C", "en", ("olb", "olh"), "reply", ("Gary Fenwick", "gary.fenwick@btinternet.com"),
  L(c=True, pd=True, br=True, r="rectification", cat="personal_data"),
  "A wrong flat number sent his letters to a neighbour who opened and read them (breach); he asks for the address "
  "to be corrected (rectification) and for action: implicit personal_data complaint ('complaint' only in the "
  "quoted acknowledgement).",
  q=dict(frm=CX_CR, subj="Your complaint {ref} - acknowledgement", text=(
      "Dear Mr Fenwick,\n\nThank you for your email. We have received your complaint about the missed-payment "
      "letters on your account and logged it under reference {ref}. We will send you our final response within 8 "
      "weeks.\n\nYours sincerely,\nNaomi Thurlow\nCustomer Relations, Conexus")),
  comment=("Hi Naomi,\n\nSomething else you need to look at. I've found out why I never got your letters: you've "
           "got me at Flat 12, 7 Harbour View, when I'm Flat 2. The man at Flat 12 knocked yesterday with a pile "
           "of them, opened, and said he'd read them thinking they were junk. So a stranger now knows my balance "
           "and who I owe.\n\nPlease correct my address to Flat 2 today and tell me what you're going to do about "
           "the letters he read.\n\nGary Fenwick"))

S("c02", "conexus", "C", "en", ("gmp", "gmh"), "reply", ("Shannon Doyle", "shannon.doyle92@gmail.com"),
  L(), "An instalment offer in answer to an arrears letter is an ordinary reply, not a complaint.",
  q=dict(frm=CX_COL, subj="Arrears on your account {acct}", text=(
      "Dear Ms Doyle,\n\nYour account balance of £422.10 is overdue. Please pay in full or contact us within 14 days "
      "to agree an affordable arrangement.\n\nCollections Team\nConexus")),
  comment="Hiya, I get paid on the 15th so I can do £30 then and £30 every month after. Is that ok?\n\nThanks\nShannon")

S("c03", "conexus", "C", "en", ("olo", "gmp"), "reply", ("Trevor Ashdown", "trevor.ashdown@outlook.com"),
  L(c=True, ex=True, cat="delay"),
  "Pleased with the outcome but 'I want to complain about how long it took' (13 weeks against the promised 8): "
  "explicit, delay.",
  q=dict(frm=CX_CR, subj="Your complaint {ref} - our final response", text=(
      "Dear Mr Ashdown,\n\nWe have now completed our investigation. We uphold your complaint about the duplicate "
      "payment taken from your account and have refunded £75.00 to your bank account.\n\nYours sincerely,\nFiona "
      "Brackett\nCustomer Relations, Conexus")),
  comment=("I'm glad it's sorted in the end, but I want to complain about how long it took. Your acknowledgement "
           "promised a reply within 8 weeks and this came after 13, with no update in between despite three "
           "calls from me. I'd like an explanation for the delay and some recognition of the time I spent "
           "chasing.\n\nTrevor Ashdown"))

S("c04", "conexus", "C", "en", ("txt", "gmn"), "new", ("Leanne Marsh", "leanne.marsh@yahoo.co.uk"),
  L(c=True, pd=True, br=True, cat="collection_conduct"),
  "A collector told her workplace receptionist he was chasing a debt: a breach inside a complaint about how the "
  "debt is pursued, so collection_conduct with personal_data and breach, implicit.",
  subject="Phone call to my work - account {acct}",
  comment=("Your collector rang my workplace this morning, got through to reception and told the receptionist he "
           "was calling 'about an overdue debt with Conexus' and asked her to fetch me. Half the office heard her "
           "repeat it. I've never given you my work number.\n\nI want to know why your staff thought this was "
           "acceptable and I want an assurance it won't happen again.\n\nLeanne Marsh"))

S("c05", "conexus", "C", "en", ("gmp", "gmh"), "forward", ("Robert Kealey", "rob.kealey@hotmail.co.uk"),
  L(c=True, cat="debt_dispute"),
  "He forwards the creditor's confirmation that nothing is owed while Conexus still chases: Conexus's own conduct "
  "on a debt not owed, so debt_dispute with firm null, implicit.",
  q=dict(frm=("Lumen Water", "accounts@lumenwater.co.uk"), subj="Account closure confirmation", text=(
      "Dear Mr Kealey,\n\nWe confirm that your account at 3 Tanner's Yard was closed on 18 October 2025 with a "
      "final balance of £0.00. No further payments are due.\n\nLumen Water")),
  comment=("Lumen's email below confirms I owe them nothing, yet you've sent me two letters this month asking for "
           "£311.80 on their behalf. Please close your file and confirm you've done so.\n\nRob Kealey"))

S("c06", "conexus", "C", "en", ("txt", "oln"), "new", ("Nadia Okafor", "nadia.okafor@gmail.com"),
  L(r="restriction"),
  "While the creditor reviews the interest, she asks Conexus not to report or use the balance (restriction); she "
  "is not dissatisfied with Conexus, so not a complaint.",
  subject="Account {acct} - balance being checked by Sterling Credit",
  comment=("Hello,\n\nI've asked Sterling Credit Loans to check whether the interest on this loan was calculated "
           "correctly and they've told me they'll reply within four weeks. While that's being looked at, please "
           "don't report the account to credit reference agencies or use the current balance for anything else. "
           "I'll let you know the outcome as soon as I hear.\n\nThanks,\nNadia Okafor"))

S("c07", "conexus", "C", "en", ("ola", "olq"), "raw", ("Helen Bramwell", "h.bramwell@eastfieldcab.org.uk"),
  L(auto=True),
  "An out-of-office from a money adviser (auto headers in one rendering, none in the other) is auto_generated; "
  "the complaint wording is only in the subject and quote, and third_party stays false.",
  headers={"ola": {"auto-submitted": "auto-replied", "x-auto-response-suppress": "All"}},
  raw={"ola": {"subject": "Automatic reply: Your complaint on behalf of Mr Okoro - {ref}", "body": OOO_TEXT},
       "olq": {"subject": "Automatic reply: Your complaint on behalf of Mr Okoro - {ref}",
               "body": OOO_TEXT + "\n\n" + quote_lines(CX_ACK_OKORO)}})

S("c08", "pexa", "C", "en", ("olb", "olo"), "reply", ("Hannah Pryce", "h.pryce@pryceandlowe.co.uk"),
  L(c=True, cat="fees_charges"),
  "Thanks for one credit note, but the same double settlement fee is on the next invoice and she asks for it to be "
  "credited and fixed: a continuing implicit fees_charges complaint.",
  q=dict(frm=PX_CR, subj="Your complaint {ref} - our response", text=(
      "Dear Ms Pryce,\n\nWe have looked into your complaint and agree that the settlement fee for workspace {ws} "
      "was charged twice. We have issued a credit note for £64.80, which will appear on your next invoice.\n\n"
      "Kind regards,\nHarriet Quayle\nCustomer Resolution Team, PEXA")),
  comment=("Thanks for sorting the first one. However, the March invoice has the same problem on workspace {ws2}: "
           "two settlement fees for one settlement. Could you credit that one as well, and check whatever is "
           "causing it so we're not doing this every month?\n\nHannah Pryce\nPryce & Lowe"))

S("c09", "pexa", "C", "en", ("gmp", "gmh"), "reply", ("Olivia Tran", "olivia.tran@kettleburnlaw.co.uk"),
  L(), "A practical question about a maintenance window is an enquiry, not a complaint.",
  q=dict(frm=PX_SUP, subj="Scheduled maintenance this Saturday", text=(
      "Dear PEXA user,\n\nThe PEXA platform will be unavailable this Saturday from 06:00 to 10:00 for scheduled "
      "maintenance. No settlements can be booked in this window.\n\nPEXA Platform Operations")),
  comment=("Hi, quick one: will workspaces still be visible during the window, so we can download completion "
           "statements on Saturday morning?\n\nThanks,\nOlivia"))

S("c10", "pexa", "C", "en", ("txt", "oln"), "new", ("Derek Halloran", "derek.halloran@sky.com"),
  L(c=True, ex=True, cat="service_quality", firm="mpc"),
  "An executor wants 'to complain' about his conveyancer's case handler hanging up on him: explicit "
  "service_quality purely about Marsh & Penrose (mpc), which PEXA must pass on.",
  subject="Complaint about my conveyancer - Marsh & Penrose",
  comment=("I'm selling my late mother's house and according to Marsh & Penrose the completion is going through "
           "PEXA. I want to complain about how their case handler has treated me. Twice this week she's hung up on "
           "me mid-sentence, and when I asked who her manager was she said 'that's not something I give out'. I'm "
           "the executor, I'm not trying to be difficult, I just need to know what's happening.\n\nPlease pass "
           "this on to whoever deals with it at their end and let me know you have.\n\nDerek Halloran"))

S("c11", "pexa", "C", "en", ("olo", "gmp"), "reply", ("Gemma Whitfield", "gemma.whitfield@outlook.com"),
  L(r="access"),
  "A former user asks for a copy of her personal data including support call recordings: access, no complaint.",
  q=dict(frm=PX_SUP, subj="Re: Leaving Ashby Moore", text=(
      "Hi Gemma,\n\nThanks for letting us know. Your user account has been deactivated at your firm's request.\n\n"
      "Best wishes,\nPEXA Support")),
  comment=("Thanks. Before I go, please could you send me a copy of the personal data PEXA holds about me, "
           "including any recordings of my calls to the support line? An emailed PDF is fine.\n\nBest wishes,\n"
           "Gemma"))

S("c12", "pexa", "C", "en", ("gmh", "gmp"), "reply", ("Ravi Sandhu", "ravi.sandhu@lowtherlegal.co.uk"),
  L(), "'No complaints at all' is praise, and booking places is a service request: not a complaint.",
  q=dict(frm=PX_TRN, subj="PEXA training: new dates for April", text=(
      "Dear Ravi,\n\nOur next 'Settling with PEXA' sessions run on 14 April and 28 April, 10:00 to 12:30, online. "
      "Reply to this email to book places.\n\nPEXA Training")),
  comment=("Hi, no complaints at all about the last session, the trainer was excellent. Could you book two places "
           "on the 14 April session for Jess Hardy and Tom Ellery?\n\nThanks,\nRavi"))

S("c13", "pexa", "C", "en", ("oln", "txt"), "new", ("Karen Oduya", "k.oduya@ridgewaymutual.co.uk"),
  L(c=True, cat="platform_defect"),
  "A third failed settlement this month with the same platform error, and a demand for an explanation, a fix and "
  "costs: implicit platform_defect.",
  subject="Settlement failed again - workspace {ws}",
  comment=("Our settlement on workspace {ws} failed at 11:02 today with 'Funds verification timeout'. This is the "
           "third time this month on the same account, and each time your support team tells us to rebook. Our "
           "borrower has now missed her completion slot twice.\n\nPlease explain what is going wrong and what you "
           "will do to fix it, and confirm PEXA will cover the extra bank charges we have incurred.\n\nKaren Oduya"
           "\nCompletions Manager, Ridgeway Mutual"))

BOUNCE_TEXT = ("** Address not found **\n\nYour message wasn't delivered to d.ferrand@ferrandlegal.co.uk because the "
               "address couldn't be found, or is unable to receive mail.\n\nThe response from the remote server "
               "was:\n550 5.1.1 The email account that you tried to reach does not exist.\n\n----- Original message "
               "-----\n\nFrom: PEXA Customer Resolution Team <complaints@pexa.co.uk>\nTo: "
               "d.ferrand@ferrandlegal.co.uk\nSubject: Final response to your complaint {ref}\n\nDear Mr Ferrand,\n\n"
               "We have completed our investigation into your complaint about the delayed lodgement on workspace "
               "{ws}...")

S("c14", "pexa", "C", "en", ("bnh", "bnq"), "raw", ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
  L(auto=True),
  "A delivery-failure notice for PEXA's final response is machine-made (with and without bounce headers): "
  "auto_generated, and the quoted complaint counts for nothing.",
  headers={"bnh": {"auto-submitted": "auto-replied", "return-path": "<>"}},
  raw={"bnh": {"subject": "Delivery Status Notification (Failure)", "body": BOUNCE_TEXT},
       "bnq": {"subject": "Delivery Status Notification (Failure)", "body": BOUNCE_TEXT}})


# =============================================================================================
# build, check, summary

OWN_TEXT = {}      # (source, env) -> the text this generator's explicit check reads
OVERRIDDEN = set()  # record ids whose shared explicit check was replaced by ours
START = datetime.datetime(2026, 2, 2, 0, 0)


def fill(text, refs):
    return text.format_map(refs) if text else text


def build(rng):
    records = []
    for sc in SCENARIOS:
        day = rng.randrange(0, 40)
        dt = START + datetime.timedelta(days=day)
        while dt.weekday() >= 5:
            dt += datetime.timedelta(days=1)
        dt = dt.replace(hour=rng.randrange(8, 18), minute=rng.randrange(0, 60), second=rng.randrange(0, 60))
        refs = {
            "ref": (f"CX-COMP-{rng.randrange(50000, 59999)}" if sc["box"] == "conexus"
                    else f"PX-C-{rng.randrange(20000, 29999)}"),
            "acct": f"CX-{rng.randrange(1000000, 9999999)}",
            "ws": f"31-{rng.randrange(80000, 89999)}",
            "ws2": f"31-{rng.randrange(80000, 89999)}",
            "inv": f"INV-2026-{rng.randrange(10000, 99999)}",
            "case": f"SR-{rng.randrange(400000, 499999)}",
            "app": f"APP-{rng.randrange(10000, 19999)}",
        }
        s2 = dict(sc)
        s2["comment"] = fill(sc.get("comment", ""), refs)
        if sc.get("subject"):
            s2["subject"] = fill(sc["subject"], refs)
        if sc.get("q"):
            s2["q"] = dict(sc["q"], subj=fill(sc["q"]["subj"], refs), text=fill(sc["q"]["text"], refs))
        if sc.get("raw"):
            s2["raw"] = {k: {"subject": fill(v["subject"], refs), "body": fill(v["body"], refs)}
                         for k, v in sc["raw"].items()}
        source = f"{PREFIX}-{sc['sid']}"
        assert len(set(sc["envs"])) == 2, sc["sid"]
        for kind in sc["envs"]:
            subj, body, html, own = render(s2, kind, dt)
            env = f"{kind}-{sc['lang']}"
            OWN_TEXT[(source, env)] = own
            records.append({"id": None, "mailbox": sc["box"], "from": fmt_addr(sc["who"]), "subject": subj,
                            "headers": dict(sc.get("headers", {}).get(kind, {})), "body": body, "html": html,
                            "labels": dict(sc["labels"], rights=list(sc["labels"]["rights"])),
                            "note": sc["note"], "source": source, "train_labels": ["complaint"], "_env": env})
    return records


def errors(rec):
    """record_errors, except that its explicit check (which reads new_text(), blind to localized quote marks and
    to an English Outlook header block) is replaced, where it disagrees, by this generator's own check on the
    sender's own words; our own check is applied to every complaint."""
    errs = record_errors(rec)
    lab = rec["labels"]
    own = OWN_TEXT[(rec["source"], rec["_env"])]
    own_has = "complain" in own.lower()
    shared = [e for e in errs if e.startswith("explicit=")]
    if shared and lab["complaint"] and own_has == lab["explicit"]:
        errs = [e for e in errs if not e.startswith("explicit=")]
        OVERRIDDEN.add(rec["id"])
    if lab["complaint"] and own_has != lab["explicit"]:
        errs.append(f"own check: explicit={lab['explicit']} but 'complain' in own words={own_has}")
    return errs


def summary(records, env_counts):
    by_src = {}
    for r in records:
        by_src.setdefault(r["source"], r)
    grp = {f"{PREFIX}-{sc['sid']}": sc["grp"] for sc in SCENARIOS}
    lang = {f"{PREFIX}-{sc['sid']}": sc["lang"] for sc in SCENARIOS}
    labs = [r["labels"] for r in records]
    out = [f"wrote {OUT}: {len(records)} emails, {len(by_src)} scenarios"]
    out.append("mailboxes (emails): " + str(dict(Counter(r["mailbox"] for r in records))))
    comp = [l for l in labs if l["complaint"]]
    out.append(f"complaints: {len(comp)} ({sum(l['explicit'] for l in comp)} explicit); breach: "
               f"{sum(l['breach'] for l in labs)}; auto_generated: {sum(l['auto_generated'] for l in labs)}; "
               f"third_party: {sum(l['third_party'] for l in labs)}; personal_data: "
               f"{sum(l['personal_data'] for l in labs)}")
    out.append("rights (emails): " + ", ".join(f"{r}={sum(r in l['rights'] for l in labs)}" for r in RIGHTS))
    out.append("about_other_firm (emails): " + str(dict(Counter(str(l["about_other_firm"]) for l in labs))))
    out.append("category (emails): " + str(dict(Counter(l["category"] for l in labs))))
    for g in "RFC":
        rs = [r for r in records if grp[r["source"]] == g]
        out.append(f"group {g}: {len({r['source'] for r in rs})} scenarios, {len(rs)} emails, "
                   f"{sum(r['labels']['complaint'] for r in rs)} complaints")
    out.append("language (emails): " + str(dict(Counter(lang[r["source"]] for r in records))))
    prog = Counter()
    for env, n in env_counts.items():
        prog[PROGRAM[env.split("-")[0]]] += n
    out.append("program (emails): " + str(dict(prog)))
    out.append("envelopes: " + str(dict(sorted(env_counts.items()))))
    out.append(f"records whose shared explicit check was replaced by the own check: {len(OVERRIDDEN)}")
    return "\n".join(out)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=errors)


if __name__ == "__main__":
    sys.exit(main())
