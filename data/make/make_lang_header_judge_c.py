#!/usr/bin/env python3
"""Labelled evaluation mail: replies and forwards from mail programs set to another language (set lang_header_judge_c).

60 scenarios (30 pexa, 30 conexus), each rendered twice with different envelopes (120 emails):
  R (30) replies written above the firm's quoted mail, under localized Outlook header blocks / "original message"
         lines (no ">" marks), localized Gmail attributions, or localized Apple Mail (iPhone) attributions;
  F (16) forwards with little or no comment, localized forward separators and subject prefixes;
  C (14) controls in English programs, and new mail with no quote.
The customer writes in English (often non-native); the program's marks are in Polish, Romanian, Spanish, Portuguese,
Italian, French, German, Dutch, Lithuanian or Hungarian. Every person, address and reference is invented.

record_errors() cuts the quoted history only at English marks ("On ... wrote:", ">", "-----Original Message"), so for a
localized mark (and for an English Outlook header block or an HTML quote it cannot see) its new_text still holds the
firm's quoted letter. errors() below keeps every other check, drops only its explicit check on a record with a quote or
forward, and applies our own: a complaint is explicit exactly when the sender's own words (subject plus the text the
sender wrote, and for a forward judged by what it carries, the forwarded mail of the customer or their relative)
contain "complain".

Stdlib only. Usage: .venv/bin/python data/make/make_lang_header_judge_c.py
"""
import collections
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (escape_html, html_with_quote, quote_lines, record_errors, run_generator,  # noqa: E402
                           short_labels, typo_segments)

SEED = 20280503
PREFIX = "lhc"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "lang_header_judge_c.jsonl")

# ---------------------------------------------------------------------------------------------
# language tables (January to April only: every quoted date in this set falls in 2026-01..04)

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
WD_ABBR = {
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
MON_FULL = {
    "pl": ["stycznia", "lutego", "marca", "kwietnia"],
    "ro": ["ianuarie", "februarie", "martie", "aprilie"],
    "es": ["enero", "febrero", "marzo", "abril"],
    "pt": ["janeiro", "fevereiro", "março", "abril"],
    "it": ["gennaio", "febbraio", "marzo", "aprile"],
    "fr": ["janvier", "février", "mars", "avril"],
    "de": ["Januar", "Februar", "März", "April"],
    "nl": ["januari", "februari", "maart", "april"],
    "lt": ["sausio", "vasario", "kovo", "balandžio"],
    "hu": ["január", "február", "március", "április"],
    "en": ["January", "February", "March", "April"],
}
MON_ABBR = {
    "pl": ["sty", "lut", "mar", "kwi"],
    "ro": ["ian.", "feb.", "mar.", "apr."],
    "es": ["ene", "feb", "mar", "abr"],
    "pt": ["jan.", "fev.", "mar.", "abr."],
    "it": ["gen", "feb", "mar", "apr"],
    "fr": ["janv.", "févr.", "mars", "avr."],
    "de": ["Jan.", "Feb.", "März", "Apr."],
    "nl": ["jan", "feb", "mrt", "apr"],
    "lt": ["saus.", "vas.", "kov.", "bal."],
    "hu": ["jan.", "febr.", "márc.", "ápr."],
    "en": ["Jan", "Feb", "Mar", "Apr"],
}
# Outlook header block labels: from, sent, to, cc, subject
OL_LABELS = {
    "pl": ("Od:", "Wysłano:", "Do:", "DW:", "Temat:"),
    "ro": ("De la:", "Trimis:", "Către:", "Cc:", "Subiect:"),
    "es": ("De:", "Enviado:", "Para:", "CC:", "Asunto:"),
    "pt": ("De:", "Enviado:", "Para:", "Cc:", "Assunto:"),
    "it": ("Da:", "Inviato:", "A:", "Cc:", "Oggetto:"),
    "fr": ("De :", "Envoyé :", "À :", "Cc :", "Objet :"),
    "de": ("Von:", "Gesendet:", "An:", "Cc:", "Betreff:"),
    "nl": ("Van:", "Verzonden:", "Aan:", "CC:", "Onderwerp:"),
    "lt": ("Nuo:", "Išsiųsta:", "Kam:", "Kopija:", "Tema:"),
    "hu": ("Feladó:", "Elküldve:", "Címzett:", "Másolatot kap:", "Tárgy:"),
    "en": ("From:", "Sent:", "To:", "Cc:", "Subject:"),
}
OL_ORIG = {
    "pl": "-----Wiadomość oryginalna-----", "ro": "-----Mesaj original-----", "es": "-----Mensaje original-----",
    "pt": "-----Mensagem original-----", "it": "-----Messaggio originale-----", "fr": "-----Message d'origine-----",
    "de": "-----Ursprüngliche Nachricht-----", "nl": "-----Oorspronkelijk bericht-----",
    "en": "-----Original Message-----",
}
# Outlook subject prefixes: [first rendering, second rendering]
OL_RE = {"pl": ["Odp:", "RE:"], "ro": ["RE:", "RE:"], "es": ["RE:", "RE:"], "pt": ["RES:", "RES:"],
         "it": ["R:", "RIF:"], "fr": ["RE:", "RE :"], "de": ["AW:", "AW:"], "nl": ["Antw:", "RE:"],
         "lt": ["ATS:", "ATS:"], "hu": ["Vá:", "Vá:"], "en": ["RE:", "RE:"]}
OL_FW = {"pl": "PD:", "ro": "FW:", "es": "RV:", "pt": "ENC:", "it": "I:", "fr": "TR:", "de": "WG:", "nl": "Doorst:",
         "lt": "PRS:", "hu": "TOV:", "en": "FW:"}
OL_AUTO = {"de": "Automatische Antwort: ", "fr": "Réponse automatique : "}
GM_FWD = {
    "pl": "---------- Wiadomość przekazana dalej ---------", "ro": "---------- Mesaj redirecționat ---------",
    "es": "---------- Mensaje reenviado ---------", "pt": "---------- Mensagem encaminhada ---------",
    "it": "---------- Messaggio inoltrato ---------", "fr": "---------- Message transféré ---------",
    "de": "---------- Weitergeleitete Nachricht ----------", "nl": "---------- Doorgestuurd bericht ---------",
    "lt": "---------- Persiųstas laiškas ---------", "hu": "---------- Továbbított üzenet ---------",
    "en": "---------- Forwarded message ---------",
}
# Gmail localizes only the From label of a forward's header lines
GM_FROM = {"pl": "Od:", "ro": "De la:", "es": "De:", "pt": "De:", "it": "Da:", "fr": "De :", "de": "Von:",
           "nl": "Van:", "lt": "Nuo:", "hu": "Feladó:", "en": "From:"}
IPHONE_SIG = {"pl": "Wysłane z iPhone'a", "ro": "Trimis de pe iPhone-ul meu", "es": "Enviado desde mi iPhone",
              "pt": "Enviado do meu iPhone", "it": "Inviato da iPhone", "fr": "Envoyé de mon iPhone",
              "de": "Von meinem iPhone gesendet", "nl": "Verstuurd vanaf mijn iPhone",
              "lt": "Išsiųsta iš mano iPhone", "hu": "Elküldve az iPhone-omról", "en": "Sent from my iPhone"}


def _parts(lang, d):
    return WD_FULL[lang][d.weekday()], WD_ABBR[lang][d.weekday()], MON_FULL[lang][d.month - 1], \
        MON_ABBR[lang][d.month - 1]


def ol_sent(lang, d, hm):
    """The Sent: value of a desktop Outlook header block."""
    wf, _, mf, _ = _parts(lang, d)
    day, y = d.day, d.year
    return {
        "pl": f"{wf}, {day} {mf} {y} {hm}", "ro": f"{wf}, {day} {mf} {y} {hm}",
        "es": f"{wf}, {day} de {mf} de {y} {hm}", "pt": f"{wf}, {day} de {mf} de {y} {hm}",
        "it": f"{wf} {day} {mf} {y} {hm}", "fr": f"{wf} {day} {mf} {y} {hm}", "de": f"{wf}, {day}. {mf} {y} {hm}",
        "nl": f"{wf} {day} {mf} {y} {hm}", "lt": f"{y} m. {mf} {day} d. {hm}", "hu": f"{y}. {mf} {day}., {wf} {hm}",
        "en": f"{wf}, {day} {mf} {y} {hm}",
    }[lang]


def gm_date(lang, d, hm):
    """Gmail's date as it writes it in an attribution line and a forward's Date: line."""
    _, wa, _, ma = _parts(lang, d)
    day, y = d.day, d.year
    return {
        "pl": f"{wa}, {day} {ma} {y} o {hm}", "ro": f"{wa}, {day} {ma} {y} la {hm}",
        "es": f"{wa}, {day} {ma} {y} a las {hm}", "pt": f"{wa}, {day} de {ma} de {y} às {hm}",
        "it": f"{wa} {day} {ma} {y} alle ore {hm}", "fr": f"{wa} {day} {ma} {y} à {hm}",
        "de": f"{wa}, {day}. {ma} {y} um {hm} Uhr", "nl": f"{wa} {day} {ma} {y} om {hm}",
        "lt": f"{y}-{d.month:02d}-{day:02d}, {wa}, {hm}", "hu": f"{y}. {ma} {day}., {wa}, {hm}",
        "en": f"{wa}, {day} {ma} {y} at {hm}",
    }[lang]


def gm_attr(lang, d, hm, n, a):
    """Gmail's reply attribution line."""
    g = gm_date(lang, d, hm)
    _, wa, _, _ = _parts(lang, d)
    return {
        "pl": f"W dniu {wa}, {d.day}.{d.month:02d}.{d.year} o {hm} {n} <{a}> napisał(a):",
        "ro": f"În {g}, {n} <{a}> a scris:", "es": f"El {g}, {n} (<{a}>) escribió:",
        "pt": f"Em {g}, {n} <{a}> escreveu:", "it": f"Il giorno {g} {n} <{a}> ha scritto:",
        "fr": f"Le {g}, {n} <{a}> a écrit :", "de": f"Am {g} schrieb {n} <{a}>:", "nl": f"Op {g} schreef {n} <{a}>:",
        "lt": f"{g} {n} <{a}> rašė:", "hu": f"{n} <{a}> ezt írta (időpont: {g}):", "en": f"On {g}, {n} <{a}> wrote:",
    }[lang]


def ap_attr(lang, d, hm, n, a):
    """Apple Mail (iPhone) reply attribution line."""
    _, _, mf, ma = _parts(lang, d)
    day, y, dd, mm = d.day, d.year, f"{d.day:02d}", f"{d.month:02d}"
    return {
        "pl": f"Wiadomość napisana przez {n} <{a}> w dniu {dd}.{mm}.{y}, o godz. {hm}:",
        "ro": f"Pe {day} {ma} {y}, la {hm}, {n} <{a}> a scris:",
        "es": f"El {day} {ma} {y}, a las {hm}, {n} <{a}> escribió:",
        "pt": f"Em {day} de {ma} de {y}, à(s) {hm}, {n} <{a}> escreveu:",
        "it": f"Il giorno {day} {ma} {y}, alle ore {hm}, {n} <{a}> ha scritto:",
        "fr": f"Le {day} {mf} {y} à {hm}, {n} <{a}> a écrit :",
        "de": f"Am {dd}.{mm}.{y} um {hm} schrieb {n} <{a}>:",
        "nl": f"Op {day} {ma} {y} om {hm} heeft {n} <{a}> het volgende geschreven:",
        "lt": f"{y}-{mm}-{dd} {hm}, {n} <{a}> rašė:",
        "hu": f"{y}. {ma} {day}. dátummal, {hm} időpontban {n} <{a}> írta:",
        "en": f"On {day} {ma} {y}, at {hm}, {n} <{a}> wrote:",
    }[lang]


# ---------------------------------------------------------------------------------------------
# envelopes

PROGRAM = {"ol": "Outlook", "gm": "Gmail", "ap": "Apple Mail (iPhone)", "ne": "new mail (no marks)"}
OWN = {}        # (source, env) -> the sender's own words (subject + own text, + carried forward)
HAS_QUOTE = set()  # (source, env) of records with a quoted or forwarded mail
STATS = []      # (group, mailbox, lang, program, html) per email
AFFECTED = []   # (source, env, lang) whose built-in explicit check was replaced by ours

OL_BORDER = '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
GM_BQ = ('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
         'rgb(204,204,204);padding-left:1ex">')


def ol_p(text):
    """Outlook's one <p class=MsoNormal> per line."""
    out = []
    for ln in text.split("\n"):
        out.append(f"<p class=MsoNormal>{escape_html(ln)}<o:p></o:p></p>" if ln else
                   "<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
    return "\n".join(out)


def gm_div(text):
    """Gmail's one <div> per line."""
    return "".join(f"<div>{escape_html(ln)}</div>" if ln else "<div><br></div>" for ln in text.split("\n"))


def ol_html_doc(lang, inner):
    code = {"en": "EN-GB"}.get(lang, lang.upper())
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>\n'
            f'</head>\n<body lang={code} link="#0563C1" vlink="#954F72">\n<div class=WordSection1>\n{inner}\n'
            '</div>\n</body>\n</html>')


def render(s, style, idx, rng, hm):
    """One rendering of scenario s in envelope style; returns the record."""
    lang, kind, q = s["lang"], s["kind"], s["q"]
    name, addr = s["frm"][:-1].split(" <")
    own = s["own"]
    if idx == 1 and s["grp"] in "RF" and kind != "auto" and own.strip():
        try:
            own = typo_segments([(own, None)], rng)[0][0]
        except ValueError:
            pass
    d = datetime.date(2026, *s["date"])
    headers = {}
    html = style.endswith("h")
    prog = style[:2]
    if kind == "new":
        subject = s["subj"]
        body = html_with_quote(own) if html else own
    else:
        to = q.get("to") or f"{name} <{addr}>"
        qn, qa, qs, qt = q["name"], q["addr"], q["subj"], q["text"]
        if kind in ("re", "auto"):
            if prog == "ol":
                subject = OL_RE[lang][idx] + " " + qs
            else:
                subject = "Re: " + qs
            if kind == "auto":
                subject = OL_AUTO[lang] + qs
                if idx == 0:
                    headers = {"auto-submitted": "auto-replied", "x-auto-response-suppress": "All"}
        else:
            subject = (OL_FW[lang] if prog == "ol" else "Fwd:") + " " + qs
        lab = OL_LABELS[lang]
        block = [(lab[0], f"{qn} <{qa}>"), (lab[1], ol_sent(lang, d, hm)), (lab[2], to), (lab[4], qs)]
        if style == "olb":      # Outlook plain text: rule and header block, no ">" marks
            head = "________________________________\n" + "\n".join(f"{k} {v}" for k, v in block)
            body = (own + "\n\n" if own else "") + head + "\n\n" + qt
        elif style == "olo":    # Outlook plain text: "original message" line
            head = OL_ORIG[lang] + "\n" + "\n".join(f"{k} {v}" for k, v in block)
            body = (own + "\n\n" if own else "") + head + "\n\n" + qt
        elif style == "olh":    # Outlook HTML: bold labels in <p class=MsoNormal>, no blockquote
            hb = "<br>\n".join(f"<b>{k}</b> {escape_html(v)}" for k, v in block)
            inner = (ol_p(own) + "\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" if own else "") + \
                f"<div>\n{OL_BORDER}\n<p class=MsoNormal>{hb}<o:p></o:p></p>\n</div>\n</div>\n" + \
                "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" + ol_p(qt)
            body = ol_html_doc(lang, inner)
        elif kind == "fw" and style == "gmp":
            head = f"{GM_FWD[lang]}\n{GM_FROM[lang]} {qn} <{qa}>\nDate: {gm_date(lang, d, hm)}\nSubject: {qs}\nTo: {to}"
            body = (own + "\n\n" if own else "") + head + "\n\n" + qt
        elif kind == "fw" and style == "gmh":
            attr = (f'{escape_html(GM_FWD[lang])}<br>{escape_html(GM_FROM[lang])} <strong class="gmail_sendername" '
                    f'dir="auto">{escape_html(qn)}</strong> <span dir="auto">&lt;{escape_html(qa)}&gt;</span><br>'
                    f'Date: {escape_html(gm_date(lang, d, hm))}<br>Subject: {escape_html(qs)}<br>'
                    f'To: {escape_html(to)}<br>')
            body = (f'<div dir="ltr">{gm_div(own) if own else ""}<br><br><div class="gmail_quote gmail_quote_container">'
                    f'<div dir="ltr" class="gmail_attr">{attr}</div><br><br>{gm_div(qt)}</div></div>')
        elif style == "gmp":    # Gmail plain text reply: attribution line and "> " quote
            body = own + "\n\n" + gm_attr(lang, d, hm, qn, qa) + "\n\n" + quote_lines(qt)
        elif style == "gmh" and lang == "en":   # English Gmail HTML: the checker-readable helper markup
            body = html_with_quote(own, gm_attr(lang, d, hm, qn, qa) + "\n" + quote_lines(qt))
        elif style == "gmh":    # localized Gmail HTML reply: gmail_attr div and blockquote.gmail_quote
            body = (f'<div dir="ltr">{gm_div(own)}</div><br><div class="gmail_quote gmail_quote_container">'
                    f'<div dir="ltr" class="gmail_attr">{escape_html(gm_attr(lang, d, hm, qn, qa))}<br></div>'
                    f'{GM_BQ}{gm_div(qt)}</blockquote></div>')
        elif style == "app":    # iPhone Mail reply: own text, signature, attribution, "> " quote
            body = own + "\n\n" + IPHONE_SIG[lang] + "\n\n" + ap_attr(lang, d, hm, qn, qa) + "\n\n" + quote_lines(qt)
        else:
            raise ValueError(style)
    env = f"{style}-{lang}"
    key = (s["sid"], env)
    assert key not in OWN, key
    OWN[key] = subject + "\n" + own + ("\n" + q["text"] if s.get("carry") else "")
    if kind != "new":
        HAS_QUOTE.add(key)
    if not html:
        assert own in body
    STATS.append((s["grp"], s["mailbox"], lang, PROGRAM[prog], html))
    return {"id": None, "mailbox": s["mailbox"], "from": s["frm"], "subject": subject, "headers": headers,
            "body": body, "html": html, "labels": dict(s["lab"], rights=list(s["lab"]["rights"])), "note": s["note"],
            "source": s["sid"], "train_labels": ["complaint"], "_env": env}


def errors(rec):
    """record_errors, with its explicit check replaced by ours on records with a quote or forward (see the module
    docstring); our check also runs on every other complaint."""
    e = record_errors(rec)
    lab = rec["labels"]
    key = (rec["source"], rec["_env"])
    if lab["complaint"]:
        builtin = [x for x in e if x.startswith("explicit=")]
        if builtin and key in HAS_QUOTE:
            e = [x for x in e if not x.startswith("explicit=")]
            AFFECTED.append((rec["source"], rec["_env"]))
        has = "complain" in OWN[key].lower()
        if has != lab["explicit"]:
            e.append(f"own check: explicit={lab['explicit']} but 'complain' in the sender's words={has}")
    return e


def build(rng):
    OWN.clear()
    HAS_QUOTE.clear()
    STATS.clear()
    recs = []
    ids = set()
    for n, s in enumerate(SCENARIOS, 1):
        s["sid"] = f"lhc-s{n:03d}"
        assert s["sid"] not in ids
        ids.add(s["sid"])
        hm = f"{rng.randrange(8, 18):02d}:{rng.randrange(0, 60):02d}"
        assert s["envs"][0] != s["envs"][1]
        for idx, style in enumerate(s["envs"]):
            recs.append(render(s, style, idx, rng, hm))
    return recs


def summary(records, env_counts):
    out = []
    n = len(records)
    labs = [r["labels"] for r in records]
    out.append(f"wrote {OUT}: {n} emails, {len({r['source'] for r in records})} scenarios")
    out.append(f"mailboxes: {dict(collections.Counter(r['mailbox'] for r in records))}; html: "
               f"{sum(r['html'] for r in records)}")
    comp = [x for x in labs if x["complaint"]]
    out.append(f"complaints: {len(comp)} ({sum(x['explicit'] for x in comp)} explicit); personal_data "
               f"{sum(x['personal_data'] for x in labs)}; breach {sum(x['breach'] for x in labs)}; third_party "
               f"{sum(x['third_party'] for x in labs)}; auto_generated {sum(x['auto_generated'] for x in labs)}")
    out.append("rights: " + ", ".join(f"{r} {c}" for r, c in sorted(collections.Counter(
        r for x in labs for r in x["rights"]).items())))
    out.append("about_other_firm: " + str(dict(collections.Counter(str(x["about_other_firm"]) for x in labs))))
    out.append("category: " + str(dict(collections.Counter(x["category"] for x in labs))))
    grp = collections.Counter(s[0] for s in STATS)
    group_of = {sc["sid"]: sc["grp"] for sc in SCENARIOS}
    for g in "RFC":
        gl = [r["labels"] for r in records if group_of[r["source"]] == g]
        out.append(f"group {g}: {len({r['source'] for r in records if group_of[r['source']] == g})} scenarios, "
                   f"{len(gl)} emails, complaints {sum(x['complaint'] for x in gl)} "
                   f"(explicit {sum(x['explicit'] for x in gl)}), breach {sum(x['breach'] for x in gl)}, "
                   f"auto {sum(x['auto_generated'] for x in gl)}, third_party {sum(x['third_party'] for x in gl)}, "
                   "rights " + str(dict(sorted(collections.Counter(r for x in gl for r in x["rights"]).items()))))
    out.append(f"emails per group: {dict(sorted(grp.items()))}")
    out.append(f"emails per language: {dict(sorted(collections.Counter(s[2] for s in STATS).items()))}")
    out.append(f"emails per program: {dict(sorted(collections.Counter(s[3] for s in STATS).items()))}")
    out.append("emails per group x program: " + str(dict(sorted(collections.Counter(
        (s[0], s[3]) for s in STATS).items()))))
    out.append(f"built-in explicit check replaced on {len(AFFECTED)} record(s): "
               + ", ".join(f"{a}/{b}" for a, b in sorted(AFFECTED)))
    out.append(f"envelopes: {dict(sorted(env_counts.items()))}")
    return "\n".join(out)


def S(mailbox, grp, lang, kind, envs, frm, own, lab, note, q=None, subj=None, date=(3, 3), carry=False):
    return {"mailbox": mailbox, "grp": grp, "lang": lang, "kind": kind, "envs": envs, "frm": frm, "own": own,
            "lab": lab, "note": note, "q": q, "subj": subj, "date": date, "carry": carry}


def Q(name, addr, subj, text, to=None):
    return {"name": name, "addr": addr, "subj": subj, "text": text, "to": to}


# ---------------------------------------------------------------------------------------------
# scenarios. Short labels: c complaint, ex explicit, pd personal_data, br breach, r rights, tp third_party,
# firm about_other_firm, auto auto_generated, cat category.

L = short_labels
PXC = ("PEXA Complaints Team", "complaints@pexa.co.uk")
CXC = ("Conexus Complaints Team", "complaints@conexus-services.com")
CXCOL = ("Conexus Collections", "collections@conexus-services.com")
CXCS = ("Conexus Customer Services", "customerservices@conexus-services.com")

SCENARIOS = [
    # ===================== group R: replies above the firm's quoted mail (pexa) =====================
    S("pexa", "R", "pl", "re", ("olb", "olh"), "Katarzyna Wróbel <k.wrobel@fenwickhale-law.co.uk>",
      "Hello,\n\nYour notice below said the settlments on Friday 6 March are not affected. This is not true. Our "
      "workspace WS-2026-48817 (14 Tern Street) stayed read-only until 11:40 on Friday and the settlement failed, the "
      "buyers could not move in and we paid the removal company for extra day (£420).\n\nI need written explanation "
      "what happend with the maintenance and how you will cover the cost. Please reply to me directly, not from "
      "generic inbox.\n\nPozdrawiam,\nKatarzyna Wróbel\nSenior Conveyancing Assistant, Fenwick Hale Solicitors",
      L(c=True, cat="platform_defect"),
      "Reply above a quoted maintenance notice: the platform stayed read-only past the window and a settlement "
      "failed, with costs and an explanation demanded, so an implicit complaint about a platform failure "
      "(platform_defect); the Polish Outlook header block is only the program's mark.",
      q=Q("PEXA Platform Notifications", "notices@pexa.co.uk",
          "Planned maintenance - Thursday 5 March 2026, 19:00 to 21:00",
          "Dear Participant,\n\nPEXA will carry out planned maintenance on Thursday 5 March 2026 between 19:00 and "
          "21:00. During this window workspaces will be read-only and lodgement will be paused. Settlements booked "
          "for Friday 6 March are not affected.\n\nThank you for your patience.\nPEXA Platform Operations"),
      date=(3, 2)),
    S("pexa", "R", "ro", "re", ("olo", "gmh"), "Andreea Popescu <andreea.popescu@brindleyward.co.uk>",
      "Hello Tomasz,\n\nPlease find attached the 3 screenshots you asked. First error appeard at 10:52, the second at "
      "11:07 and the last one at 11:31, all on 9 March. If you need the lodgement reference also let me know.\n\n"
      "Mulțumesc,\nAndreea Popescu\nBrindley Ward LLP",
      L(),
      "Borderline: the reply only supplies the screenshots the complaints team asked for on an open complaint; the new "
      "text adds no dissatisfaction, so it is correspondence on the case, not a new complaint (the quoted "
      "acknowledgement's 'your complaint' is context).",
      q=Q(*PXC, "We have received your complaint - PX-C-51208",
          "Dear Ms Popescu,\n\nThank you for your email of 9 March. We have received your complaint about the "
          "lodgement errors on workspace WS-2026-51930 and logged it under reference PX-C-51208.\n\nTo investigate, "
          "please send us screenshots of the error messages and the times they appeared. We will write to you with "
          "our response within 4 weeks.\n\nKind regards,\nTomasz Reed\nPEXA Complaints Team"),
      date=(3, 10)),
    S("pexa", "R", "es", "re", ("olb", "app"), "Javier Morales <javi.morales82@gmail.com>",
      "Hello,\n\nThank you for forward it. But Marsh & Penrose still did not contact me, 2 weeks now. I call them "
      "every day, the reception say the lady who has my file is on holiday and nobody else can see it. Completion "
      "is planned for 27 March and the seller agent says they will put the house back on the market if we miss "
      "it.\n\nCan you please push them or tell me who in their office I can speak?? I am very worried.\n\n"
      "Gracias,\nJavier Morales",
      L(c=True, firm="mpc", cat="delay"),
      "A home buyer's grievance is purely with his conveyancer (Marsh & Penrose, not answering for two weeks, "
      "completion at risk), so a complaint PEXA must forward: about_other_firm=mpc, category delay, implicit because "
      "'complaint' is only in PEXA's quoted letter.",
      q=Q("PEXA Customer Relations", "customer.relations@pexa.co.uk", "Your email about 9 Linnet Way",
          "Dear Mr Morales,\n\nThank you for contacting PEXA. PEXA provides the platform your conveyancer uses, but "
          "we cannot handle complaints about the service a law firm gives to its own clients. With your agreement of "
          "10 March we have forwarded your complaint to Marsh & Penrose Conveyancing, who act for you in the "
          "purchase, and they will respond to you directly.\n\nKind regards,\nPEXA Customer Relations"),
      date=(3, 11)),
    S("pexa", "R", "pt", "re", ("olh", "gmp"), "Rui Carvalho <rui.carvalho@tvmortgages.co.uk>",
      "Hello,\n\nI don't accept this answer and I want my complaint escalated to a manager. The second workspace was "
      "opened by your system automatically when the first one froze, our user did not create it, and your support "
      "ticket SR-220914 confirms the freeze. We should not pay twice for your fault.\n\nPlease refund the £38.40 "
      "and confirm in writing.\n\nCumprimentos,\nRui Carvalho\nOperations, Thames Valley Mortgages",
      L(c=True, ex=True, cat="fees_charges"),
      "An objection to PEXA's final response on a double workspace fee is a continuing complaint, explicit because "
      "the writer says 'my complaint'; the lender is the complainant, not the subject, so about_other_firm stays null "
      "(rule 8); category fees_charges.",
      q=Q(*PXC, "Final response - PX-C-49733",
          "Dear Mr Carvalho,\n\nWe have now completed our investigation into your complaint about the March platform "
          "invoice. Our records show that two workspaces were opened for the remortgage of 3 Copse Lane, and a fee is "
          "payable for each workspace. We are therefore unable to refund the second fee of £38.40.\n\nIf you are not "
          "satisfied with this response, please reply within 8 weeks.\n\nPEXA Complaints Team"),
      date=(3, 9)),
    S("pexa", "R", "it", "re", ("olb", "olo"), "Giulia Ferraro <g.ferraro@ashcombelegal.co.uk>",
      "Good morning,\n\nThis is the same email you send me on 2 Feb, 16 Feb and now again. I have uploaded the "
      "certifed IDs for both subscribers and the signed agreement three times, last time I sent them also by email and "
      "your colleague Sam confirmed he received it. Five weeks and our firm still can not go live, we had to pass two "
      "matters to another firm because of this.\n\nPlease check your system and tell me honestly what is missing, and "
      "activate us this week.\n\nGrazie,\nGiulia Ferraro\nPractice Manager, Ashcombe Legal",
      L(c=True, cat="onboarding"),
      "Repeated requests for documents already sent three times, five weeks without going live and lost work: an "
      "implicit complaint about joining the platform, so onboarding (the specific theme beats delay).",
      q=Q("PEXA Onboarding", "onboarding@pexa.co.uk", "Action needed: identity documents for your registration",
          "Hello Giulia,\n\nThank you for registering Ashcombe Legal Ltd on PEXA. Before we can activate your "
          "organisation we need a certified copy of photo ID for each subscriber and a signed participation "
          "agreement. Please upload these through the registration portal or reply to this email with them "
          "attached.\n\nKind regards,\nPEXA Onboarding Team"),
      date=(3, 2)),
    S("pexa", "R", "fr", "re", ("olh", "gmh"), "Élodie Martin <e.martin@carrowayhunt.co.uk>",
      "Bonjour,\n\nThank you for the course, it was very usefull. Small thing: my family name is Martin, not Marten, "
      "and it is written wrong on the certificate and also in my user profile in PEXA. Could you correct it in your "
      "records and send me a new certificate please?\n\nMerci beaucoup,\nÉlodie Martin",
      L(r="rectification"),
      "A friendly request to correct a misspelt name in the user profile is rectification; there is no "
      "dissatisfaction or remedy for a wrong, so not a complaint.",
      q=Q("PEXA Learning", "learning@pexa.co.uk", "Your certificate - Settlement Fundamentals",
          "Dear Elodie Marten,\n\nCongratulations on completing Settlement Fundamentals on 12 March 2026. Your "
          "certificate is attached and your user profile has been updated to show the course.\n\nPEXA Learning"),
      date=(3, 13)),
    S("pexa", "R", "de", "re", ("olo", "olb"), "Lukas Becker <lukas.becker@web.de>",
      "Hello,\n\nThat is correct, I left Northfield & Co at the end of February. Because I no longer use PEXA, please "
      "delete my user account and the personal data you keep about me (mobile number, ID document copy, signing "
      "certificate). Before you delete, please send me a copy of all the personal data you hold about me, including "
      "my login and signing history, for my own records.\n\nThank you and best regards,\nLukas Becker",
      L(r="access,erasure"),
      "A former user agrees with the deactivation and asks for a copy of his data (access) and then its deletion "
      "(erasure), with no dissatisfaction: rights without a complaint.",
      q=Q("PEXA Support", "support@pexa.co.uk", "Your PEXA user account has been deactivated",
          "Dear Lukas Becker,\n\nYour organisation administrator at Northfield & Co has deactivated your PEXA user "
          "account with effect from 27 February 2026. You can no longer sign in to PEXA. If you think this is a "
          "mistake, please contact your administrator.\n\nPEXA Support"),
      date=(3, 2)),
    S("pexa", "R", "nl", "re", ("olb", "gmh"), "Sanne de Vries <s.devries@marlowgate.co.uk>",
      "Hi,\n\nPayment for INV-2026-03318 was send on Friday 13 March by BACS, £612.00, the remittance advice is "
      "attached. Maybe it crossed with your reminder. Please let me know if you can not find it.\n\nMet vriendelijke "
      "groet,\nSanne de Vries\nAccounts Assistant, Marlowgate Solicitors",
      L(),
      "An ordinary answer to a payment reminder (paid, remittance attached): no dissatisfaction, not a complaint.",
      q=Q("PEXA Accounts", "accounts@pexa.co.uk", "Reminder: invoice INV-2026-03318 is overdue",
          "Dear Customer,\n\nOur records show that invoice INV-2026-03318 for £612.00, due on 28 February 2026, is "
          "still unpaid. Please arrange payment to the account shown on the invoice, quoting the invoice number.\n\n"
          "PEXA Accounts Receivable"),
      date=(3, 16)),
    S("pexa", "R", "lt", "re", ("olh", "gmp"), "Tomas Kazlauskas <t.kazlauskas@pellinglaw.co.uk>",
      "Hello,\n\nThank you, your support colleague Priya rang me this morning and fixed the lender invite, the "
      "workspace is ready now and we settle tomorow as planned. Everything is fine from our side, you can close "
      "this.\n\nAčiū,\nTomas",
      L(),
      "A thank-you confirming the problem is fixed and the case can close is not a complaint (rule 5), although the "
      "subject and the quoted acknowledgement say 'complaint'.",
      q=Q(*PXC, "We have received your complaint - PX-C-52014",
          "Dear Mr Kazlauskas,\n\nThank you for your email. We have received your complaint about being unable to add "
          "the lender to workspace WS-2026-52577 and have logged it under reference PX-C-52014. A member of our team "
          "will contact you within 3 business days.\n\nPEXA Complaints Team"),
      date=(3, 17)),
    S("pexa", "R", "hu", "re", ("olb", "app"), "Zsófia Nagy <zs.nagy@kingsbridgeconveyancing.co.uk>",
      "Hello,\n\nI do not understand this. I moved to the UK in 2023 so my credit file is short, this is probably why "
      "your system say no. I can not wait 30 days, I am the only person in our firm who will sign the settlements and "
      "we have five matters waiting.\n\nI want a person, not the automatic system, to check my identity. I can send "
      "passport, BRP and utility bills, or join a video call. Please answer soon.\n\nKöszönöm,\nZsófia Nagy",
      L(c=True, r="automated_decision", cat="onboarding"),
      "An automated identity check refused a new subscriber and five matters are stuck: an implicit complaint about "
      "registration (onboarding), with a request for a human decision (automated_decision); the right does not set "
      "personal_data.",
      q=Q("PEXA Onboarding", "onboarding@pexa.co.uk", "Your subscriber verification was not successful",
          "Hello Zsófia,\n\nWe were unable to verify your identity automatically using the details provided, so your "
          "subscriber access cannot be activated. Verification is carried out by our automated identity service "
          "against credit reference and electoral roll data. You may try again after 30 days.\n\nPEXA Onboarding "
          "Team"),
      date=(3, 12)),
]
SCENARIOS += [
    S("pexa", "R", "pl", "re", ("olo", "gmh"), "Michał Kowalski <michal.kowalski@hawthornellp.co.uk>",
      "Hello,\n\nJust to let you know, the PDF attached to this email is not our statement. It is a statement for "
      "another firm and it lists their clients names, property addresses and the completion amounts. I have deleted "
      "it from our mailbox and did not forward it to anybody.\n\nMaybe you should check who else got wrong "
      "attachments. No need to reply to me.\n\nMichał Kowalski\nHawthorne LLP",
      L(br=True),
      "Another firm's client data sent to the wrong recipient is a breach report (breach=true), but the writer "
      "expresses no grievance and wants no reply, so not a complaint (like a neighbour reporting a misdelivered "
      "letter).",
      q=Q("PEXA Accounts", "accounts@pexa.co.uk", "Your monthly statement - February 2026",
          "Dear Customer,\n\nPlease find attached your statement of platform fees for February 2026. If you have any "
          "questions, reply to this email.\n\nPEXA Accounts Receivable"),
      date=(3, 4)),
    S("pexa", "R", "es", "re", ("olo", "olh"), "Lucía Fernández <lucia.fernandez@granthamcole.co.uk>",
      "Hello,\n\nI complain also about how this was handled. Your acknowledgement promised an answer in 4 weeks and I "
      "receive this final response after 11 weeks, with three reminders from me. And it does not answer my main "
      "question: why the platform accepted the deed without the witness address if it is a required field?\n\n"
      "Please explain why it took so long and answer the question I asked.\n\nSaludos,\nLucía Fernández",
      L(c=True, ex=True, cat="delay"),
      "A new complaint about the handling of the earlier one, explicit ('I complain'); the main grievance is the "
      "11-week wait for the final response, so category delay, with the unanswered question part of the same "
      "complaint.",
      q=Q(*PXC, "Final response - PX-C-47105",
          "Dear Ms Fernández,\n\nThank you for your patience. We have investigated your complaint of 8 January about the "
          "rejected lodgement for 22 Furze Hill. HM Land Registry rejected the application because the transfer deed "
          "was missing a witness address, and we are satisfied the platform worked as designed.\n\nThis is our final "
          "response.\n\nPEXA Complaints Team"),
      date=(3, 25)),
    S("pexa", "R", "ro", "re", ("olh", "app"), "Ioana Dumitru <ioana.dumitru@heathcotebank.co.uk>",
      "Hello,\n\nI use the chat support almost every day. Before 1 April can you tell me please which of my personal "
      "data Telvance will see (my name, phone number, what I write in the chats)? Will it be transferred to India, "
      "on what legal basis, and how long will they keep my chat records?\n\nThank you,\nIoana Dumitru\nDigital "
      "Mortgages, Heathcote Bank",
      L(r="informed"),
      "Neutral questions about who will see the writer's own data, the transfer, the legal basis and retention ask "
      "for an explanation of processing (informed); no dissatisfaction, so not a complaint.",
      q=Q("PEXA Platform Notifications", "notices@pexa.co.uk", "Change to our support arrangements from 1 April 2026",
          "Dear Participant,\n\nFrom 1 April 2026, first-line support calls and chats will be handled by our partner "
          "Telvance Services, working from centres in the UK and India. Your service levels do not change.\n\n"
          "PEXA Customer Operations"),
      date=(3, 5)),
    S("pexa", "R", "it", "re", ("gmh", "olb"), "Marco Russo <m.russo@eldonmarsh.co.uk>",
      "Daniel,\n\nI did exactly what you wrote here and today HM Land Registry cancelled the application because the "
      "amended TR1 was never seen by them. Now we lost priority, the search expired and the client must pay for new "
      "searches, plus our time. A colleague at another firm tells me the correct way is to withdraw and relodge, so "
      "your advice was wrong.\n\nI need PEXA to confirm this in writing and tell me who will pay the extra "
      "costs.\n\nMarco Russo\nEldon Marsh Solicitors",
      L(c=True, cat="inaccurate_information"),
      "Wrong advice from PEXA support led to a cancelled application and extra costs, with written confirmation and "
      "costs demanded: an implicit complaint, inaccurate_information.",
      q=Q("PEXA Support", "support@pexa.co.uk", "Re: Lodgement query WS-2026-50642 [SR-231877]",
          "Hi Marco,\n\nThanks for calling. To correct the lodgement you do not need to withdraw it: simply upload the "
          "amended TR1 to the existing lodgement case and HM Land Registry will pick it up automatically.\n\nBest "
          "regards,\nDaniel\nPEXA Support"),
      date=(2, 24)),
    S("pexa", "R", "de", "auto", ("olb", "olh"), "Jonas Weber <j.weber@sandringhamlaw.co.uk>",
      "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 20. März 2026 nicht im Büro und habe keinen Zugriff "
      "auf meine E-Mails.\n\nThank you for your email. I am out of the office until 20 March 2026 with no access to "
      "email. For urgent completion matters please contact our team at completions@sandringhamlaw.co.uk.\n\nJonas "
      "Weber",
      L(auto=True),
      "A German Outlook out-of-office that quotes PEXA's complaint acknowledgement is auto-generated, with or without "
      "auto headers (rule 7): every other label empty.",
      q=Q(*PXC, "We have received your complaint - PX-C-52390",
          "Dear Mr Weber,\n\nWe have received your complaint about the workspace fee charged on 4 March and logged it "
          "under reference PX-C-52390. We will respond within 4 weeks.\n\nPEXA Complaints Team"),
      date=(3, 12)),
    # ===================== group R: replies above the firm's quoted mail (conexus) =====================
    S("conexus", "R", "pl", "re", ("olb", "gmp"), "Piotr Lewandowski <piotr.lew88@wp.pl>",
      "Dzień dobry,\n\nSorry for the late payment, I had problem with my employer and the salary came late this "
      "month. I can pay the £40 on Friday 13 March when I get paid, and the April payment will be normal on the 1st. "
      "Is it ok?\n\nPiotr Lewandowski",
      L(),
      "An ordinary answer to a payment reminder offering a date to pay: no dissatisfaction, not a complaint.",
      q=Q("Conexus Collections", "collections@conexus-services.com", "Payment reminder - account CX-7314602",
          "Dear Mr Lewandowski,\n\nWe have not received your instalment of £40.00 due on 1 March 2026 under your "
          "payment arrangement for Pennant Mobile. Please make the payment as soon as possible or contact us on "
          "0330 555 0142 if you are having difficulty.\n\nConexus Collections Team"),
      date=(3, 6)),
    S("conexus", "R", "ro", "re", ("olh", "olo"), "Mihai Ionescu <mihai.ionescu@yahoo.com>",
      "Hello,\n\nThis bill I paid already to Northline on 18 December 2025, the full £286.15 by card on their website, "
      "I have the confirmation email and my bank statement shows it (I attach both). So I owe nothing. This is the "
      "second letter from you and I told your colleague on the phone in February already.\n\nPlease check with "
      "Northline, close this account and confirm to me in writing that it is closed.\n\nMihai Ionescu",
      L(c=True, cat="debt_dispute"),
      "A debt already paid to the creditor is still being pursued by Conexus after he told them: an implicit "
      "complaint, debt_dispute, about_other_firm null because the grievance is Conexus's own pursuit (rule 10); the "
      "'complain' in the quoted letter's footer does not count.",
      q=Q("Conexus Collections", "collections@conexus-services.com", "Arrears notice - Northline Energy - CX-6650917",
          "Dear Mr Ionescu,\n\nNorthline Energy has instructed us to collect the outstanding balance of £286.15 on "
          "your former account at Flat 2, 41 Cromer Road. Please pay in full or contact us within 14 days to agree an "
          "arrangement.\n\nIf you are unhappy with our service, you can complain to us at "
          "complaints@conexus-services.com.\n\nConexus Collections Team"),
      date=(3, 3)),
    S("conexus", "R", "es", "re", ("olb", "gmh"), "Carmen Ruiz <carmen.ruiz.gar@hotmail.es>",
      "Hello,\n\nSince I made my complaint on 2 March your agents called me 7 times in one week, twice after 8 in the "
      "evening and once when I was at work and I had to go out from a meeting. I told them the account is under "
      "review and they should wait for the result but they keep pushing me to pay today.\n\nPlease stop these calls "
      "while you investigate and tell me why this happens.\n\nCarmen Ruiz",
      L(c=True, ex=True, cat="collection_conduct"),
      "A new grievance about call frequency and pressure while her complaint is open: collection_conduct, explicit "
      "because she refers to 'my complaint'; 'stop these calls' is a conduct remedy, not objection.",
      q=Q(*CXC, "Acknowledgement - CX-COMP-61874",
          "Dear Ms Ruiz,\n\nThank you for contacting us on 2 March 2026. We have received your complaint about the "
          "balance on your Sterling Credit Loans account and logged it under reference CX-COMP-61874. We aim to send "
          "you our final response within 8 weeks.\n\nConexus Complaints Team"),
      date=(3, 3)),
    S("conexus", "R", "pt", "re", ("olh", "gmp"), "Ana Sousa <ana.sousa.1990@sapo.pt>",
      "Good afternoon,\n\nI am sorry but I do not agree. The two payments were not missed, they were 3 days late "
      "because your direct debit changed date without telling me, and you took them both. The £85 is not in the "
      "original agreement with the creditor and nobody told me about any 'terms'.\n\nPlease remove the fee or send me "
      "the document where I agreed to it. Otherwise I go to the Ombudsman.\n\nObrigada,\nAna Sousa",
      L(c=True, cat="fees_charges"),
      "Disagreeing with the final response about an £85 fee Conexus added, with removal demanded: an implicit "
      "continuing complaint, fees_charges (a fee added on top, not the debt itself); 'complaint' appears only in the "
      "quoted letter and the attribution's address.",
      q=Q(*CXC, "Our final response - ref CX-COMP-60233",
          "Dear Ms Sousa,\n\nWe have investigated your complaint about the £85.00 administration fee added to your "
          "account. The fee was applied in line with our terms after two missed payments, and we are satisfied it was "
          "added correctly. This is our final response. If you remain dissatisfied you may refer your complaint to "
          "the Financial Ombudsman Service within six months.\n\nConexus Complaints Team"),
      date=(3, 9)),
    S("conexus", "R", "it", "re", ("olb", "olo"), "Francesca Greco <fra.greco@libero.it>",
      "Hello,\n\nThe form is completed and attached, with the payslips of February and March.\n\nAlso, a separate "
      "thing: please send me a copy of all the personal informations you hold about me, including the notes on my "
      "account and the recordings of my phone calls with you from January. I want to check what was said.\n\n"
      "Grazie mille,\nFrancesca Greco",
      L(r="access"),
      "Returns the requested form and asks for a copy of her data, notes and call recordings (access), with no "
      "dissatisfaction: not a complaint.",
      q=Q("Conexus Customer Services", "customerservices@conexus-services.com",
          "Income and expenditure form - CX-7028841",
          "Dear Ms Greco,\n\nTo set up an affordable payment plan we need to understand your circumstances. Please "
          "complete the attached income and expenditure form and return it with your last two payslips.\n\nConexus "
          "Customer Services"),
      date=(3, 10)),
    S("conexus", "R", "fr", "re", ("gmh", "olb"), "Camille Dubois <camille.dubois@orange.fr>",
      "Hello,\n\nThis is not my card. The account ending 7781 belongs to my former husband, Laurent Dubois, we are "
      "divorced since 2022 and I never signed for this card. You have put my name and my address on his debt, and "
      "now I receive letters and calls for something that is not mine.\n\nPlease correct your records so this "
      "account is not linked to me, and until it is corrected do not use my details for this debt in any way. I "
      "expect a confirmation.\n\nCamille Dubois",
      L(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
      "Borderline: Conexus holds and uses her details against her ex-husband's debt; the grievance is inaccurate "
      "personal data held by Conexus, so personal_data (category personal_data, firm null), with rectification and "
      "restriction asked; not debt_dispute because she does not dispute the debt, only that it is linked to her.",
      q=Q("Conexus Collections", "collections@conexus-services.com",
          "Outstanding balance - Heathcote Bank credit card - CX-6931150",
          "Dear Ms Camille Dubois,\n\nWe write about the outstanding balance of £2,310.44 on the Heathcote Bank credit "
          "card account ending 7781, which has been passed to us for collection. Please contact us to discuss "
          "repayment.\n\nConexus Collections Team"),
      date=(3, 4)),
    S("conexus", "R", "de", "re", ("olo", "app"), "Stefan Hoffmann <stefan.hoffmann@gmx.de>",
      "Hello,\n\nI never gave this email address to Sterling Credit, and also not my new mobile number which your "
      "colleague called yesterday. I changed both after I moved last year. So where did you get them? Who gave them "
      "to you and on what legal basis do you use them?\n\nI find this very unsettling and I expect a clear "
      "answer.\n\nStefan Hoffmann",
      L(c=True, pd=True, r="informed", cat="personal_data"),
      "Contact details obtained and used unexpectedly, with unease and an answer demanded: an implicit complaint about "
      "data handling (personal_data), asking for the source and legal basis (informed).",
      q=Q("Conexus Collections", "collections@conexus-services.com",
          "Notice of assignment - Sterling Credit Loans - CX-7102296",
          "Dear Mr Hoffmann,\n\nSterling Credit Loans has assigned your loan account to us. From today please make all "
          "payments to Conexus. You can reach us by phone, email or on our online portal.\n\nConexus Collections "
          "Team"),
      date=(3, 5)),
    S("conexus", "R", "nl", "re", ("olo", "olh"), "Daan Jansen <daan.jansen@ziggo.nl>",
      "Hello,\n\nThanks, the plan is fine for me.\n\nOne more thing: in the online portal there is a box 'share my "
      "details with partners for debt solution offers' which I did not tick. Please note that I object to my "
      "personal data being used for any marketing or passed to partners for offers, by you or anybody. Only contact "
      "me about this account.\n\nGroeten,\nDaan Jansen",
      L(r="objection"),
      "Content with the plan and objecting in advance to marketing use of his data: objection without a complaint "
      "(no grievance, nothing has gone wrong).",
      q=Q("Conexus Customer Services", "customerservices@conexus-services.com",
          "Your payment plan is confirmed - CX-6819034",
          "Dear Mr Jansen,\n\nThank you for setting up your payment plan of £60.00 a month from 1 April 2026. Your "
          "first payment will be collected by direct debit.\n\nConexus Customer Services"),
      date=(3, 11)),
    S("conexus", "R", "lt", "re", ("olb", "olh"),
      "Rūta Petrauskienė <ruta.petrauskiene@eastmidsmoneyadvice.org.uk>",
      "Hello,\n\nMr Vaitkus entered a Breathing Space on 2 March 2026, reference BS-2026-118442, and the notice was "
      "sent to you by the Insolvency Service the same day. But on 5 March he still received from you a letter "
      "demanding full payment in 7 days and two text messages. He is very anxious because of this.\n\nPlease confirm "
      "that all collection action has stopped, that the letter and texts were a mistake, and explain how it "
      "happened.\n\nRūta Petrauskienė\nDebt Adviser, East Mids Money Advice",
      L(c=True, tp=True, cat="collection_conduct"),
      "A money adviser writing for her client about collection contact during a Breathing Space: implicit complaint, "
      "third_party, collection_conduct.",
      q=Q("Conexus Collections", "collections@conexus-services.com",
          "Request for information - Mr Jonas Vaitkus - CX-7250318",
          "Dear Ms Petrauskiene,\n\nThank you for your letter of authority for Mr Vaitkus. We have placed a 30-day "
          "hold on the account. Please send us a financial statement within that period.\n\nConexus Collections "
          "Team"),
      date=(2, 26)),
    S("conexus", "R", "hu", "re", ("olh", "gmp"), "Gábor Kovács <gabor.kovacs77@freemail.hu>",
      "Hello,\n\nThe paper copy of this letter you sent to my old address, 12 Ash Grove, even though I told you my new "
      "address in January. The new tenant there opened it and read it, she knows me from the neighbourhood and now "
      "she told other people that I have a water debt. It is very embarrasing for me.\n\nWhy you still use the old "
      "address? I want an explanation and that you make sure this never happen again.\n\nKovács Gábor",
      L(c=True, pd=True, br=True, cat="personal_data"),
      "A demand sent to an old address and read by the new tenant is a disclosure (breach) and the grievance is the "
      "data handling itself: implicit complaint, personal_data and breach, category personal_data; Lumen Water is only "
      "the named creditor.",
      q=Q("Conexus Collections", "collections@conexus-services.com", "Final demand - Lumen Water - CX-6577420",
          "Dear Mr Kovacs,\n\nDespite previous letters, the balance of £431.90 owed to Lumen Water remains unpaid. "
          "Please pay within 14 days. A copy of this demand has also been sent by post.\n\nConexus Collections Team"),
      date=(3, 2)),
    S("conexus", "R", "pl", "re", ("app", "olb"), "Magdalena Wiśniewska <magda.wisniewska@onet.pl>",
      "Hello,\n\nThank you very much for your help yesterday, my mother is much calmer now and she says the new amount "
      "is ok for her. We received the letter also.\n\nBest regards,\nMagdalena Wiśniewska",
      L(tp=True),
      "A daughter thanking Conexus on her mother's behalf for a resolved matter: not a complaint (rule 5, the quoted "
      "'complaint' is history), but third_party because she writes for her mother.",
      q=Q("Conexus Customer Services", "customerservices@conexus-services.com", "Your mother's account - CX-6490273",
          "Dear Ms Wisniewska,\n\nThank you for speaking with us today on behalf of Mrs Halina Wisniewska. As agreed, "
          "we have reduced the monthly payment to £15.00 and noted that you may call on her behalf. We have also "
          "resolved her complaint about the earlier call, and our apology letter is in the post.\n\nConexus Customer "
          "Services"),
      date=(3, 18)),
    S("conexus", "R", "es", "re", ("gmh", "olo"), "Alejandro Torres <alex.torres.m@gmail.com>",
      "Hello,\n\nI want to complain about the person who handled this. Mr Reid promised to call me back before "
      "sending any answer, to see my documents, and he never did. When I called him on 10 March he said he is too "
      "busy for 'every small dispute' and ended the call while I was talking. Then this letter arrives without "
      "looking at my papers.\n\nI want somebody else to review it properly and an apology for how I was "
      "treated.\n\nAlejandro Torres",
      L(c=True, ex=True, cat="service_quality"),
      "An explicit complaint ('I want to complain') about how the complaint handler treated him (broken promise, "
      "dismissive, hung up): service_quality.",
      q=Q(*CXC, "Our final response - ref CX-COMP-61022",
          "Dear Mr Torres,\n\nWe have completed our investigation into your complaint about the balance on your "
          "Pennant Mobile account. We have confirmed with Pennant Mobile that the balance of £178.20 is correct. This "
          "is our final response.\n\nConexus Complaints Team"),
      date=(3, 12)),
    S("conexus", "R", "ro", "re", ("olb", "gmh"), "Elena Stan <elena.stan@gmail.com>",
      "Hello,\n\nNoted, the payment will be on time.\n\nI am using now a budgeting app from my debt charity and it can "
      "import the payments history. Can you send me my account history with all payments and charges as a CSV or "
      "Excel file, not PDF, so I can upload it directly?\n\nMulțumesc,\nElena Stan",
      L(r="portability"),
      "Asking for her payment history in a machine-readable file to load into another app is portability; an "
      "ordinary request, not a complaint.",
      q=Q("Conexus Collections", "collections@conexus-services.com", "Payment reminder - account CX-7188205",
          "Dear Ms Stan,\n\nThis is a reminder that your next payment of £25.00 is due on 1 April 2026.\n\nConexus "
          "Collections Team"),
      date=(3, 20)),
    S("conexus", "R", "it", "re", ("olh", "app"), "Alessandro Conti <a.conti@tiscali.it>",
      "Hello,\n\nThank you for confirm this. Now that the account is closed I would like you to delete all my personal "
      "data: my details, phone numbers, bank details and the notes. I do not want it kept any longer than needed. "
      "Please confirm when it's done.\n\nSaluti,\nAlessandro Conti",
      L(r="erasure"),
      "After the account is paid and closed he asks for his data to be deleted (erasure), without dissatisfaction: "
      "not a complaint.",
      q=Q("Conexus Customer Services", "customerservices@conexus-services.com", "Account CX-6302914 - paid in full",
          "Dear Mr Conti,\n\nWe are pleased to confirm that your account CX-6302914 (Northline Energy) has been paid "
          "in full and is now closed. No further payments are due.\n\nConexus Customer Services"),
      date=(3, 16)),
    S("conexus", "R", "fr", "auto", ("olb", "olh"),
      "Nathalie Lefèvre <n.lefevre@citizensadvice-wessex.org.uk>",
      "Bonjour, je suis absente du bureau jusqu'au 23 mars 2026 inclus.\n\nI am away from the office until 23 March "
      "2026 and will reply on my return. For urgent matters please call our advice line on 0300 555 0198.\n\n"
      "Nathalie Lefèvre",
      L(auto=True),
      "A French Outlook out-of-office from an adviser, quoting Conexus's complaint acknowledgement: auto-generated "
      "(rule 7), so not third_party and nothing else set, with or without auto headers.",
      q=Q(*CXC, "Your complaint - CX-COMP-62011",
          "Dear Ms Lefevre,\n\nThank you for your email on behalf of Mr Paul Garnier. We have received your complaint "
          "and will respond within 8 weeks.\n\nConexus Complaints Team"),
      date=(3, 13)),
]
SCENARIOS += [
    # ===================== group F: forwards with little or no comment (pexa) =====================
    S("pexa", "F", "pl", "fw", ("gmp", "olb"), "Agnieszka Kamińska <aga.kaminska@gmail.com>",
      "This is 4th time they move the date. Can PEXA do something??",
      L(c=True, firm="ols", cat="delay"),
      "A home buyer forwards her solicitor's fourth postponement with a short exasperated line: a complaint purely "
      "about Orchard Lane Solicitors (about_other_firm=ols), category delay, implicit.",
      q=Q("Harriet Blake", "h.blake@orchardlanesolicitors.co.uk", "17 Plover Close - completion date",
          "Dear Mrs Kaminska,\n\nI am sorry to tell you that we will not be able to complete on 20 March as planned. "
          "Due to our current workload the file will be picked up again next week and we will propose a new date "
          "then.\n\nKind regards,\nHarriet Blake\nOrchard Lane Solicitors"),
      date=(3, 16)),
    S("pexa", "F", "ro", "fw", ("olh", "gmh"), "Cristina Marin <cristina.marin@yahoo.co.uk>",
      "",
      L(),
      "Borderline: a seller forwards her lender's redemption figures with no words of her own; the forwarded letter "
      "is an ordinary statement and nothing expresses dissatisfaction, so not a complaint and no firm.",
      q=Q("Kestrel Building Society", "redemptions@kestrelbs.co.uk", "Your redemption figure - mortgage ending 5521",
          "Dear Mrs Marin,\n\nAs requested, the amount needed to repay your mortgage in full on 27 March 2026 is "
          "£143,908.62. This includes an early repayment charge of £2,874.10 and a redemption administration fee of "
          "£95.00.\n\nKestrel Building Society"),
      date=(3, 9)),
    S("pexa", "F", "es", "fw", ("olb", "gmp"), "Pablo Jiménez <p.jimenez@rowntreebarker.co.uk>",
      "For your attention, please treat below as from our firm.\n\nPablo Jiménez\nPractice Manager, Rowntree Barker",
      L(c=True, ex=True, cat="platform_defect"),
      "A practice manager forwards a colleague's account of two workspace crashes that stopped a settlement; the "
      "forwarded author says 'I want to complain' and the manager adopts it for the firm, so explicit, "
      "platform_defect; staff of the same firm, not third_party.",
      q=Q("Sofía Navarro", "s.navarro@rowntreebarker.co.uk", "PEXA again - 3 Heron Way",
          "Pablo,\n\nI want to complain to PEXA formally about today. The workspace for 3 Heron Way crashed twice, at "
          "13:50 and 14:20, while the funds were in, so settlement did not happen before the bank cut-off. The client "
          "had the removal lorry outside. Can you send this to them from the firm?\n\nSofía",
          to="Pablo Jiménez <p.jimenez@rowntreebarker.co.uk>"),
      date=(3, 13), carry=True),
    S("pexa", "F", "pt", "fw", ("gmh", "olh"), "Beatriz Almeida <bia.almeida@hotmail.com>",
      "Hello, is this charge really from PEXA? Greyfriars don't answer me for 3 weeks.",
      L(c=True, ex=True, firm="gfl", cat="fees_charges"),
      "A buyer forwards her own complaint to her conveyancer Greyfriars Law about an added platform charge: her "
      "forwarded words say 'complain', so explicit; a consumer's complaint about her own law firm goes to that firm "
      "(about_other_firm=gfl), fees_charges.",
      q=Q("Beatriz Almeida", "bia.almeida@hotmail.com", "Complaint - invoice for 6 Larch Gardens",
          "Dear Sir or Madam,\n\nI wish to complain about your final invoice. Your quote of 12 January said all "
          "platform costs were included, but the invoice adds a 'PEXA platform charge' of £180 plus VAT. I asked "
          "twice by phone and nobody explains it.\n\nPlease remove the charge or explain it.\n\nBeatriz Almeida",
          to="clientcare@greyfriarslaw.co.uk"),
      date=(2, 23), carry=True),
    S("pexa", "F", "it", "fw", ("olb", "gmp"), "Matteo Bianchi <matteo.bianchi@outlook.it>",
      "Hello, my mother wrote this below, she is 78 and doesn't use email much. Please help her.\n\nMatteo Bianchi",
      L(c=True, tp=True, firm="hcb", cat="delay"),
      "A son forwards his mother's own message: her buyer's mortgage funds from Heathcote Bank are late and nobody "
      "answers; a consumer complaint purely about the lender (hcb), delay, written on her behalf (third_party).",
      q=Q("Rosa Bianchi", "rosa.bianchi45@libero.it", "the bank and the flat",
          "Matteo, can you send this to the people of the computer system, I don't know how. I am buying the flat at "
          "5 Quayside and Heathcote Bank still did not send the mortgage money. My solicitor says they are waiting "
          "from Tuesday and the seller may cancel. Nobody at the bank answers the telephone. Someone must tell me when "
          "the money will arrive.\n\nMamma",
          to="Matteo Bianchi <matteo.bianchi@outlook.it>"),
      date=(3, 19), carry=True),
    S("pexa", "F", "fr", "fw", ("olh", "gmh"), "Antoine Moreau <a.moreau@wexcombe-law.co.uk>",
      "Funds left the lender at 11:02 (proof attached). Third time this month your system says this. Please explain "
      "and call me today.\n\nAntoine Moreau",
      L(c=True, cat="platform_defect"),
      "Forwarding PEXA's own automated 'settlement failed' notice with a short line: funds were sent, third false "
      "failure this month, explanation demanded; an implicit complaint, platform_defect (the forwarded notice is a "
      "machine message but the forward is a person's).",
      q=Q("PEXA Notifications", "no-reply@pexa.co.uk", "Settlement failed - WS-2026-53108",
          "Settlement for workspace WS-2026-53108 could not be completed: funds from the incoming lender were not "
          "received by 14:00.\n\nThis is an automated message. Please do not reply."),
      date=(3, 20)),
    S("pexa", "F", "de", "fw", ("gmp", "olb"), "Anna Schmidt <anna.schmidt@t-online.de>",
      "FYI. They are using your system for my sale.",
      L(c=True, ex=True, firm="unknown", cat="service_quality"),
      "A seller forwards her own complaint to her conveyancer (Ashdown & Clerke, not in the directory) about a rude "
      "receptionist: explicit from her forwarded words, about_other_firm unknown, service_quality.",
      q=Q("Anna Schmidt", "anna.schmidt@t-online.de", "Complaint about your receptionist",
          "Dear Ashdown & Clerke,\n\nI want to complain about how I was treated when I phoned on 9 March about my sale "
          "of 31 Beech Road. Your receptionist laughed about my accent, said I should 'learn English first' and put "
          "the phone down. I expect an apology and a call from the partner dealing with my file.\n\nAnna Schmidt",
          to="info@ashdownclerke.co.uk"),
      date=(3, 10), carry=True),
    S("pexa", "F", "lt", "fw", ("olh", "olb"), "Greta Jankauskaitė <greta.jankauskaite@gmail.com>",
      "Sent this to support last week, they told me to write to this address.\n\nGreta",
      L(r="erasure"),
      "A user forwards her own request to close her account and erase her data when she leaves her firm: erasure "
      "without any dissatisfaction, not a complaint.",
      q=Q("Greta Jankauskaitė", "greta.jankauskaite@gmail.com", "Leaving - my user account",
          "Hello,\n\nI am leaving Harlow & Finch on 30 April 2026 and will not use PEXA after that. Please close my "
          "user account then and erase my personal data, including my ID copy and mobile number. Please confirm in "
          "writing.\n\nGreta Jankauskaitė",
          to="support@pexa.co.uk"),
      date=(3, 11), carry=True),
    # ===================== group F: forwards with little or no comment (conexus) =====================
    S("conexus", "F", "pl", "fw", ("olb", "gmh"), "Tomasz Zieliński <tomek.zielinski@o2.pl>",
      "This is the bill you are chasing me for. I cancelled inside the 14 days cooling off, Pennant confirmed on the "
      "phone but never fixed it and they don't answer my emails. The £240 is not legal. Please talk to them.",
      L(c=True, firm="pmt", cat="debt_dispute"),
      "The debt is a creditor's own wrong charge (early termination after a cooling-off cancellation) that only "
      "Pennant can fix: about_other_firm=pmt, debt_dispute; implicit, since 'complain' is only in Pennant's forwarded "
      "bill.",
      q=Q("Pennant Mobile", "billing@pennantmobile.co.uk", "Your final bill",
          "Dear Tomasz,\n\nYour Pennant Mobile contract has ended. Your final bill of £268.40 includes an early "
          "termination charge of £240.00 and is due within 14 days.\n\nIf you are unhappy with your bill, you can "
          "complain to us through pennantmobile.co.uk/help.\n\nPennant Mobile"),
      date=(1, 27)),
    S("conexus", "F", "ro", "fw", ("gmp", "olh"), "Adrian Munteanu <adrian.munteanu@rightsteps-advice.org.uk>",
      "Forwarding our client's complaint below as he asked, our authority form is attached. Please reply to us.\n\n"
      "Adrian Munteanu\nRight Steps Advice",
      L(c=True, ex=True, pd=True, br=True, tp=True, cat="collection_conduct"),
      "An adviser forwards his client's own complaint: a doorstep agent told the client's son about the debt "
      "(disclosure, so breach and personal_data) within a grievance about home visits, so collection_conduct; "
      "explicit, third_party.",
      q=Q("Vasile Rusu", "vasile.rusu61@gmail.com", "letter to Conexus",
          "Dear Conexus,\n\nI want to complain about your agent who came to my house two times in March. The second "
          "time I was not home and he told my son at the door that I owe £1,900 to Sterling Credit and that bailiffs "
          "will come. My son did not know about my debts. I never agreed to home visits.\n\nVasile Rusu, account "
          "CX-7044519",
          to="Adrian Munteanu <adrian.munteanu@rightsteps-advice.org.uk>"),
      date=(3, 17), carry=True),
    S("conexus", "F", "es", "fw", ("olh", "gmp"), "Lorena Castillo <lorena.castillo@gmail.com>",
      "?",
      L(),
      "Borderline: Conexus's own assignment notice forwarded back with only '?'; judged by what it carries (a routine "
      "notice) and no dissatisfaction, so an enquiry at most, not a complaint; the notice's 'complain' line is not hers.",
      q=Q("Conexus Collections", "collections@conexus-services.com", "Notice of assignment - Pennant Mobile - CX-7301177",
          "Dear Ms Castillo,\n\nPennant Mobile has assigned your account to Conexus. The balance is £96.30. Please "
          "contact us to arrange payment. If you wish to complain about our service, please email "
          "complaints@conexus-services.com.\n\nConexus Collections Team"),
      date=(3, 6)),
    S("conexus", "F", "pt", "fw", ("gmh", "olb"), "Mariana Costa <mariana.costa@gmail.com>",
      "I write for my husband João Costa, he asked me. You still send him letters for this loan, ref CX-7266031, "
      "the last one on 4 March. See below, it is paid. Stop this and confirm the account is closed.\n\nMariana Costa",
      L(c=True, tp=True, cat="debt_dispute"),
      "A wife writes for her husband and forwards the creditor's settlement confirmation: Conexus still pursues a "
      "paid loan, so an implicit complaint, debt_dispute, firm null (Conexus's own pursuit), third_party.",
      q=Q("Sterling Credit Loans", "customer.relations@sterlingcredit.co.uk", "Account settled",
          "Dear Mr Costa,\n\nWe confirm that loan account SCL-448102 was settled in full on 15 January 2026 and no "
          "balance remains.\n\nSterling Credit Loans",
          to="João Costa <joao.costa77@gmail.com>"),
      date=(1, 20)),
    S("conexus", "F", "it", "fw", ("olb", "gmp"), "Chiara Romano <chiara.romano@virgilio.it>",
      "Hello, this email arrived to me but I am not Mr Harland and I do not know him. It has his address and bank "
      "details. I deleted it after forwarding to you. Just so you know.",
      L(br=True),
      "A stranger reports a Conexus email about someone else's debt sent to her: breach=true, but no grievance of her "
      "own and no remedy asked, so not a complaint.",
      q=Q("Conexus Collections", "collections@conexus-services.com", "Your account CX-7190054 - payment plan",
          "Dear Mr Harland,\n\nFurther to our call, your payment plan for the Northline Energy balance of £1,245.60 "
          "is £50.00 a month from 1 April 2026, paid from the account ending 3390. Your account is registered at 8 Mill "
          "Rise, Swindon SN2 7PL.\n\nConexus Collections Team",
          to="chiara.romano@virgilio.it"),
      date=(3, 18)),
    S("conexus", "F", "fr", "fw", ("olh", "olb"), "Julien Laurent <julien.laurent@free.fr>",
      "No reply after 5 weeks, not even an acknowledgement. This is not acceptable, the law says one month. Send the "
      "data now please.\n\nJulien Laurent",
      L(c=True, pd=True, r="access", cat="personal_data"),
      "He re-sends his own ignored request for a copy of his data: a data-rights request ignored is a personal_data "
      "complaint (implicit), the specific theme over delay, and the forwarded request still asks for access.",
      q=Q("Julien Laurent", "julien.laurent@free.fr", "Request for my data - CX-6875530",
          "Hello,\n\nPlease send me a copy of all the personal data you hold about me, including call recordings and "
          "account notes, for account CX-6875530.\n\nJulien Laurent",
          to="customerservices@conexus-services.com"),
      date=(2, 3), carry=True),
    S("conexus", "F", "de", "fw", ("gmp", "olh"), "Jan Fischer <jan.fischer@gmx.net>",
      "This is what you collect. Lumen estimate 4 times my normal use, my meter photo from 1 March shows 218 m³ and "
      "they use 391. They don't answer me. I won't pay this wrong bill.",
      L(c=True, firm="lwt", cat="debt_dispute"),
      "The root cause is the creditor's own estimated bill, which only Lumen can correct: about_other_firm=lwt, "
      "debt_dispute, implicit.",
      q=Q("Lumen Water", "billing@lumenwater.co.uk", "Your water bill - account LW-30617722",
          "Dear Mr Fischer,\n\nYour bill for the period 1 October 2025 to 31 March 2026 is £612.38, based on estimated "
          "readings. Payment is due by 20 March 2026.\n\nLumen Water"),
      date=(3, 4)),
    S("conexus", "F", "hu", "fw", ("gmh", "gmp"), "Eszter Tóth <eszter.toth@citromail.hu>",
      "Payment confirmation below for my plan, account CX-6718820. Thank you.\n\nTóth Eszter",
      L(),
      "A forwarded bank payment confirmation for a plan instalment: an ordinary matter, not a complaint.",
      q=Q("Harbourside Bank", "alerts@harboursidebank.co.uk", "Payment sent",
          "You sent £45.00 to CONEXUS SERVICES LTD on 6 March 2026 at 09:12. Reference: CX6718820.\n\nHarbourside "
          "Bank"),
      date=(3, 6)),
]
SCENARIOS += [
    # ===================== group C: English programs and new mail (pexa) =====================
    S("pexa", "C", "en", "re", ("olo", "olh"), "Gareth Lloyd <g.lloyd@pennardlegal.co.uk>",
      "Hi,\n\nThat was nine working days ago and nobody has called. I've rung the support line twice and been told "
      "the case handler will be in touch. We still aren't getting lodgement notifications, so my team are checking "
      "every workspace by hand.\n\nPlease have someone call me today.\n\nGareth Lloyd\nPennard Legal",
      L(c=True, cat="delay"),
      "A still-waiting chaser nine days after a promised call is a complaint about delay (rule 6), implicit: the "
      "word 'complaint' is only in the quoted acknowledgement.",
      q=Q(*PXC, "Acknowledgement - PX-C-51877",
          "Dear Mr Lloyd,\n\nWe have received your complaint about the missing lodgement notifications and logged it "
          "under PX-C-51877. A case handler will call you within 2 business days.\n\nPEXA Complaints Team"),
      date=(3, 4)),
    S("pexa", "C", "en", "re", ("gmp", "gmh"), "Fiona Grant <fiona.grant@tolleyandreeve.co.uk>",
      "Thanks very much - I can see the credit on the March invoice. Appreciate you sorting it so quickly.\n\nFiona",
      L(),
      "A thank-you for an upheld complaint, nothing still wrong: not a complaint (rule 5).",
      q=Q(*PXC, "Your complaint - our final response PX-C-50219",
          "Dear Ms Grant,\n\nWe have upheld your complaint about the duplicated workspace fee and credited £38.40 to "
          "your March invoice. We apologise for the inconvenience.\n\nPEXA Complaints Team"),
      date=(3, 19)),
    S("pexa", "C", "en", "new", ("new", "newh"), "Owen Pritchard <owen.pritchard@caldermoor.co.uk>",
      "Hello,\n\nI'd like to make a complaint about the Lodgement Masterclass on 11 March. Four of our conveyancers "
      "blocked out the whole afternoon, the trainer joined 35 minutes late, the screen share failed for most of the "
      "session and the recording you sent afterwards cuts off after 20 minutes. The workbook still shows the old "
      "lodgement screens.\n\nWe'd like the session rerun properly, or the £240 refunded.\n\nOwen Pritchard\nHead of "
      "Residential, Caldermoor Solicitors",
      L(c=True, ex=True, cat="training"),
      "New mail: an explicit complaint about a training session and its materials; the refund is the remedy, the "
      "theme is training.",
      subj="Complaint - Lodgement Masterclass on 11 March"),
    S("pexa", "C", "en", "new", ("new", "newh"), "Helen Marsh <helen.marsh62@btinternet.com>",
      "Dear PEXA,\n\nMy solicitor used your system for my house sale last year. Could you please tell me what personal "
      "information you hold about me, where you got it from and what you use it for? I'd also like a copy of it.\n\n"
      "Many thanks,\nHelen Marsh\n4 Rowan Court, Kendal",
      L(r="access,informed"),
      "New mail from a consumer: a copy of her data (access) and where it came from and what it is used for "
      "(informed), asked neutrally, so not a complaint.",
      subj="What information do you hold about me?"),
    S("pexa", "C", "en", "fw", ("gmp", "gmh"), "Daniel Okafor <dan.okafor@gmail.com>",
      "Hi, TVM sat on the funds request from my solicitor for three weeks and now say my offer has expired. The new "
      "rate is 0.6% higher. I need somebody to get this sorted before my completion falls through.\n\nDaniel",
      L(c=True, firm="tvm", cat="delay"),
      "A borrower forwards his lender's expiry notice and blames the lender's three-week delay: a consumer complaint "
      "purely about Thames Valley Mortgages (tvm), delay, implicit.",
      q=Q("Thames Valley Mortgages", "offers@tvmortgages.co.uk", "Your mortgage offer - application TVM-884120",
          "Dear Mr Okafor,\n\nYour mortgage offer for application TVM-884120 expired on 6 March 2026. If you still "
          "wish to proceed, a new application will be needed and the rate may differ.\n\nThames Valley Mortgages"),
      date=(3, 9)),
    S("pexa", "C", "en", "new", ("new", "newh"), "Ravi Chandran <ravi.chandran@millbeckconveyancing.co.uk>",
      "Hello,\n\nSince your update last week the participant directory shows my personal mobile number next to my "
      "name, and any user at any firm can see it. I only gave that number for two-factor sign-in, and I've now had "
      "calls from two firms I've never dealt with.\n\nPlease remove my mobile number from the directory straight away "
      "and delete it from your records altogether - I'll use the authenticator app instead. I'd also like to know how "
      "this happened.\n\nRavi Chandran\nMillbeck Conveyancing",
      L(c=True, pd=True, br=True, r="erasure", cat="personal_data"),
      "New mail: a personal number exposed to every platform user (breach) and used by strangers, with removal and an "
      "explanation demanded: implicit complaint, personal_data, erasure of the number.",
      subj="My mobile number is showing to every PEXA user"),
    S("pexa", "C", "en", "re", ("app", "gmp"), "Sarah Whitfield <sarah.whitfield@lanyonhart.co.uk>",
      "Thursday 19th at 2pm please. Thanks!\n\nSarah",
      L(),
      "An ordinary answer choosing a training session: not a complaint.",
      q=Q("PEXA Learning", "learning@pexa.co.uk", "Choose your session - Workspace Essentials",
          "Hello Sarah,\n\nPlease reply with the session you would like to attend: Tuesday 17 March at 10:00 or "
          "Thursday 19 March at 14:00.\n\nPEXA Learning"),
      date=(3, 10)),
    # ===================== group C: English programs and new mail (conexus) =====================
    S("conexus", "C", "en", "new", ("new", "newh"), "Maureen Doyle <mo.doyle@sky.com>",
      "To whom it may concern,\n\nI wish to make a formal complaint about the letters I've received from you this "
      "month. The debt is £64 for an old gym membership and I have already offered £10 a month. Despite that, your "
      "last two letters say in red capitals that 'enforcement agents may attend' and that my 'goods may be removed'. "
      "For £64. I have a heart condition and I haven't slept properly since.\n\nI want these letters stopped, an "
      "explanation of why you are threatening bailiffs over such a small amount, and my offer accepted.\n\nMaureen "
      "Doyle",
      L(c=True, ex=True, cat="collection_conduct"),
      "New mail: an explicit complaint about threatening letters to a vulnerable debtor: collection_conduct.",
      subj="Formal complaint - threatening letters, ref CX-7015583"),
    S("conexus", "C", "en", "re", ("olo", "olb"), "Kevin Marsh <kev.marsh@outlook.com>",
      "Hi, paid £25 this morning through the portal, confirmation number PAY-558102. Sorry it was late.\n\nKevin",
      L(),
      "An ordinary answer to a payment reminder: not a complaint.",
      q=Q("Conexus Collections", "collections@conexus-services.com", "Payment reminder - account CX-7222190",
          "Dear Mr Marsh,\n\nWe have not yet received your payment of £25.00 due on 1 March 2026. Please pay as soon "
          "as possible.\n\nConexus Collections Team"),
      date=(3, 5)),
    S("conexus", "C", "en", "fw", ("gmp", "olh"), "Lisa Hartley <lisa.hartley@yahoo.co.uk>",
      "Northline charged me £150 for applying for a warrant to fit a prepayment meter, but no warrant was ever applied "
      "for and nobody came - I was home the whole time and they never even wrote first. I've asked them three times "
      "to take it off and they won't. I'm not paying that part.",
      L(c=True, firm="nte", cat="debt_dispute"),
      "The disputed part of the debt is the creditor's own warrant fee, which only Northline can remove: "
      "about_other_firm=nte, debt_dispute (a creditor's charge that makes up the debt), implicit.",
      q=Q("Northline Energy", "accounts@northline-energy.co.uk", "Your account has been passed to Conexus",
          "Dear Ms Hartley,\n\nAs your final balance of £312.75 remains unpaid, we have passed your account to "
          "Conexus Services for collection. Your balance includes a warrant application fee of £150.00.\n\n"
          "Northline Energy"),
      date=(2, 27)),
    S("conexus", "C", "en", "re", ("app", "olo"), "Tom Ridley <tom.ridley@icloud.com>",
      "This is ridiculous. Your system has counted my partner's wages as mine and ignored my rent, so it's come up "
      "with £85 a month which I physically can't pay. I want a real person to look at my figures and make the "
      "decision, not the computer, and I want the £20 offer considered properly.",
      L(c=True, r="automated_decision", cat="process"),
      "Borderline category: the grievance is the automated affordability decision itself (a procedure rejecting his "
      "offer), so process rather than collection_conduct; implicit complaint with a request for a human decision "
      "(automated_decision).",
      q=Q("Conexus Online", "noreply@conexus-services.com", "Your payment offer - CX-6994021",
          "Your offer of £20.00 per month has not been accepted. Based on the information you provided, our system has "
          "calculated that you can afford £85.00 per month. Please log in to review your options.\n\nThis is an "
          "automated email."),
      date=(3, 16)),
    S("conexus", "C", "en", "new", ("new", "newh"), "Priya Shah <priya.shah@northgatedebtadvice.org.uk>",
      "Dear Conexus,\n\nI act for Mr Dennis Cole (signed authority attached). He has asked me to raise two points "
      "about his data.\n\nFirst, please tell us what information about him you share with credit reference agencies "
      "or other third parties, and on what basis. Second, he objects to his data being used for any profiling or "
      "scoring beyond what is needed to manage this account, and asks that you stop doing so.\n\nThis is not a "
      "complaint; he is happy with how the account is being handled.\n\nPriya Shah\nDebt Adviser, Northgate Debt "
      "Advice",
      L(tp=True, r="informed,objection"),
      "New mail from an adviser for her client: informed (what is shared and on what basis) and objection (to "
      "profiling), in a message that denies being a complaint and shows no dissatisfaction; third_party.",
      subj="Client: Mr Dennis Cole - CX-7119846 - data questions"),
    S("conexus", "C", "en", "re", ("olh", "olb"), "Jason Price <jason.price1984@gmail.com>",
      "I want to complain about where you sent this. I asked on the phone for the statement to go to my personal "
      "email, and instead you sent it to my old work address at Brenton Logistics - I left there in January and my "
      "old manager still monitors that inbox. He forwarded it to me this morning, so he's seen my debt, the balance "
      "and my home address.\n\nI want to know what you're doing about this. Please update my record so that only my "
      "personal email is on it.\n\nJason Price",
      L(c=True, ex=True, pd=True, br=True, r="rectification", cat="personal_data"),
      "A statement sent to a former employer's inbox and read there is a disclosure: explicit complaint, "
      "personal_data and breach, category personal_data, and correcting his contact record is rectification.",
      q=Q("Conexus Customer Services", "customerservices@conexus-services.com", "Your statement - account CX-6840377",
          "Dear Mr Price,\n\nPlease find attached your account statement as requested.\n\nConexus Customer Services",
          to="Jason Price <jason.price@brentonlogistics.co.uk>"),
      date=(3, 12)),
    S("conexus", "C", "en", "re", ("gmp", "gmh"), "Sandra Mills <sandra.mills@hotmail.co.uk>",
      "It is now 9 weeks since this and I still haven't had an answer. Meanwhile the hold seems to have ended, because "
      "I got a demand for the full £412 on Monday. Please tell me what is happening and put the account back on hold "
      "until you reply.\n\nSandra Mills",
      L(c=True, cat="delay"),
      "A still-waiting chaser nine weeks after the acknowledgement is a delay complaint (rule 6), implicit; putting "
      "the account back on hold is an account remedy, not the restriction right.",
      q=Q("Conexus Customer Services", "customerservices@conexus-services.com",
          "Acknowledgement - dispute ref CX-D-40711",
          "Dear Mrs Mills,\n\nThank you for your letter disputing the balance on your Pennant Mobile account. We have "
          "received your complaint and will respond within 8 weeks. We have placed the account on hold while we look "
          "into it.\n\nConexus Customer Services"),
      date=(1, 12)),
]


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=errors)


if __name__ == "__main__":
    sys.exit(main())
