#!/usr/bin/env python3
"""Labelled evaluation mail: replies and forwards from mail programs set to another language (set B).

60 scenarios (30 pexa, 30 conexus), each rendered twice with different envelopes: 120 emails.

* Group R (30): replies written above the firm's quoted earlier mail, under the reply marks of a mail program
  set to Polish, Romanian, Spanish, Portuguese, Italian, French, German, Dutch, Lithuanian or Hungarian
  (Outlook header blocks and "original message" lines with no ">" marks, Outlook HTML, Gmail attribution
  lines, Gmail HTML blockquotes, iPhone and Samsung mail).
* Group F (16): forwards with little or no comment, under the same programs' forward marks and prefixes.
* Group C (14): controls in English programs (English marks) and new mail with no quote.

Every label is decided by the labelling guide on the sender's own words: the firm's quoted letter is context,
and a forward with little comment is judged by what it carries (`fwd_voice` marks a forwarded mail written by
the complainant, whose words count as the sender's). record_errors' explicit check reads new_text(), which
cannot see where a localized mark (or an English Outlook "From:" block, a Gmail HTML blockquote, a forward
separator) starts the quote; `errors` below drops only that one check for such envelopes and applies its own
check on the sender's words instead.

Stdlib only. Usage: .venv/bin/python data/make/make_lang_header_judge_b.py
"""
import collections
import datetime
import os
import sys
import textwrap

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (RIGHTS, TYPO_WORD, edit_words, escape_html, html_with_quote,  # noqa: E402
                           quote_lines, record_errors, run_generator, short_labels)

SEED = 20280412
PREFIX = "lhb"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "lang_header_judge_b.jsonl")

MAILBOX_TO = {"pexa": ("PEXA Complaints", "complaints@pexa-platform.co.uk"),
              "conexus": ("Conexus Complaints", "complaints@conexus-services.com")}

# ---------------------------------------------------------------------------------------------
# firm senders (invented addresses)

PX_COMPLAINTS = ("PEXA Complaints Team", "complaints@pexa-platform.co.uk")
PX_RESOLUTION = ("PEXA Customer Resolution", "resolution@pexa-platform.co.uk")
PX_SUPPORT = ("PEXA Support", "support@pexa-platform.co.uk")
PX_BILLING = ("PEXA Billing", "billing@pexa-platform.co.uk")
PX_SERVICE = ("PEXA Service Updates", "service.updates@pexa-platform.co.uk")
PX_ONBOARD = ("PEXA Onboarding", "onboarding@pexa-platform.co.uk")
PX_NOTIFY = ("PEXA Notifications", "no-reply@pexa-platform.co.uk")
CX_RELATIONS = ("Conexus Customer Relations", "customerrelations@conexus-services.com")
CX_COLLECT = ("Conexus Collections", "collections@conexus-services.com")

# ---------------------------------------------------------------------------------------------
# the languages' program marks

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
WD_SHORT = {
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
# months January to April (every date in this set falls in them)
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
MON_SHORT = {
    "pl": ["sty", "lut", "mar", "kwi"],
    "ro": ["ian.", "feb.", "mar.", "apr."],
    "es": ["ene", "feb", "mar", "abr"],
    "pt": ["jan.", "fev.", "mar.", "abr."],
    "it": ["gen", "feb", "mar", "apr"],
    "fr": ["janv.", "févr.", "mars", "avr."],
    "de": ["Jan.", "Feb.", "März", "Apr."],
    "nl": ["jan", "feb", "mrt", "apr"],
    "lt": ["01", "02", "03", "04"],
    "hu": ["jan.", "febr.", "márc.", "ápr."],
    "en": ["Jan", "Feb", "Mar", "Apr"],
}

# Outlook header block labels: from, sent, to, subject
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
OL_REPLY = {"pl": "Odp:", "ro": "RE:", "es": "RE:", "pt": "RES:", "it": "R:", "fr": "RE :", "de": "AW:",
            "nl": "Antw:", "lt": "ATS:", "hu": "Vá:", "en": "RE:"}
OL_FWD = {"pl": "PD:", "es": "RV:", "pt": "ENC:", "it": "I:", "fr": "TR:", "de": "WG:", "nl": "Doorst:",
          "lt": "PRS:", "en": "FW:"}
OL_AUTO = {"de": "Automatische Antwort:", "it": "Risposta automatica:"}
HTML_LANG = {"pl": "PL", "ro": "RO", "es": "ES", "pt": "PT", "it": "IT", "fr": "FR", "de": "DE", "nl": "NL",
             "lt": "LT", "hu": "HU", "en": "EN-GB"}
GMAIL_FWD = {
    "pl": "---------- Wiadomość przekazana dalej ---------", "ro": "---------- Mesaj redirecționat ---------",
    "es": "---------- Mensaje reenviado ---------", "pt": "---------- Mensagem encaminhada ---------",
    "it": "---------- Messaggio inoltrato ---------", "fr": "---------- Message transféré ---------",
    "de": "---------- Weitergeleitete Nachricht ----------", "nl": "---------- Doorgestuurd bericht ---------",
    "lt": "---------- Persiųstas laiškas ---------", "hu": "---------- Továbbított levél ----------",
    "en": "---------- Forwarded message ---------",
}
# Gmail localizes only the From label of a forwarded message's header
GMAIL_FROM = {"pl": "Od:", "ro": "De la:", "es": "De:", "pt": "De:", "it": "Da:", "fr": "De :", "de": "Von:",
              "nl": "Van:", "lt": "Nuo:", "hu": "Feladó:", "en": "From:"}
IPHONE_SIG = {"pl": "Wysłane z iPhone'a", "ro": "Trimis de pe iPhone-ul meu", "es": "Enviado desde mi iPhone",
              "pt": "Enviado do meu iPhone", "it": "Inviato da iPhone", "fr": "Envoyé de mon iPhone",
              "de": "Von meinem iPhone gesendet", "nl": "Verstuurd vanaf mijn iPhone", "en": "Sent from my iPhone"}
IPHONE_FWD = {"pl": "Początek przekazywanej wiadomości:", "ro": "Început mesaj redirecționat:",
              "es": "Inicio del mensaje reenviado:", "pt": "Início da mensagem reencaminhada:",
              "it": "Inizio messaggio inoltrato:", "fr": "Début du message réexpédié :",
              "de": "Anfang der weitergeleiteten Nachricht:", "nl": "Begin doorgestuurd bericht:",
              "en": "Begin forwarded message:"}
# iPhone forward header labels: from, date, to, subject
IPHONE_FWD_LABELS = {"pl": ("Od:", "Data:", "Do:", "Temat:"), "ro": ("De la:", "Dată:", "Către:", "Subiect:"),
                     "es": ("De:", "Fecha:", "Para:", "Asunto:"), "pt": ("De:", "Data:", "Para:", "Assunto:"),
                     "it": ("Da:", "Data:", "A:", "Oggetto:"), "fr": ("De :", "Date :", "À :", "Objet :"),
                     "de": ("Von:", "Datum:", "An:", "Betreff:"), "nl": ("Van:", "Datum:", "Aan:", "Onderwerp:"),
                     "en": ("From:", "Date:", "To:", "Subject:")}
SAMSUNG = {  # original-message line, labels (from, date, to, subject), signature
    "pl": ("-------- Oryginalna wiadomość --------", ("Od:", "Data:", "Do:", "Temat:"), "Wysłane z mojego Galaxy"),
    "de": ("-------- Ursprüngliche Nachricht --------", ("Von:", "Datum:", "An:", "Betreff:"),
           "Von meinem Galaxy gesendet"),
    "es": ("-------- Mensaje original --------", ("De:", "Fecha:", "Para:", "Asunto:"), "Enviado desde mi Galaxy"),
    "it": ("-------- Messaggio originale --------", ("Da:", "Data:", "A:", "Oggetto:"), "Inviato dal mio Galaxy"),
    "nl": ("-------- Oorspronkelijk bericht --------", ("Van:", "Datum:", "Aan:", "Onderwerp:"),
           "Verzonden vanaf mijn Galaxy"),
}


def parts(dt, lang):
    m = dt.month - 1
    return dict(d=dt.day, dd=f"{dt.day:02d}", mm=f"{dt.month:02d}", y=dt.year, t=dt.strftime("%H:%M"),
                wf=WD_FULL[lang][dt.weekday()], ws=WD_SHORT[lang][dt.weekday()], mf=MON_FULL[lang][m],
                ms=MON_SHORT[lang][m])


def outlook_sent(dt, lang):
    p = parts(dt, lang)
    return {
        "pl": "{wf}, {d} {mf} {y} {t}", "ro": "{wf}, {d} {mf} {y} {t}", "es": "{wf}, {d} de {mf} de {y} {t}",
        "pt": "{wf}, {d} de {mf} de {y} {t}", "it": "{wf} {d} {mf} {y} {t}", "fr": "{wf} {d} {mf} {y} {t}",
        "de": "{wf}, {d}. {mf} {y} {t}", "nl": "{wf} {d} {mf} {y} {t}", "lt": "{y} m. {mf} {d} d. {t}",
        "hu": "{y}. {mf} {d}., {wf} {t}", "en": "{dd} {mf} {y} {t}",
    }[lang].format(**p)


def gmail_date(dt, lang):
    p = parts(dt, lang)
    return {
        "pl": "{ws}, {d} {ms} {y} o {t}", "ro": "{ws}, {d} {ms} {y} la {t}", "es": "{ws}, {d} {ms} {y} a las {t}",
        "pt": "{ws}, {d} de {ms} de {y} às {t}", "it": "{ws} {d} {ms} {y} alle ore {t}",
        "fr": "{ws} {d} {ms} {y} à {t}", "de": "{ws}, {d}. {ms} {y} um {t} Uhr", "nl": "{ws} {d} {ms} {y} om {t}",
        "lt": "{y}-{mm}-{dd}, {ws}, {t}", "hu": "{y}. {ms} {d}., {ws}, {t}", "en": "{ws}, {d} {ms} {y} at {t}",
    }[lang].format(**p)


def gmail_attr(dt, lang, name, addr):
    p = parts(dt, lang)
    return {
        "pl": "W dniu {ws}, {d}.{mm}.{y} o {t} {n} <{a}> napisał(a):",
        "ro": "În {ws}, {d} {ms} {y} la {t}, {n} <{a}> a scris:",
        "es": "El {ws}, {d} {ms} {y} a las {t}, {n} (<{a}>) escribió:",
        "pt": "Em {ws}, {d} de {ms} de {y} às {t}, {n} <{a}> escreveu:",
        "it": "Il giorno {ws} {d} {ms} {y} alle ore {t} {n} <{a}> ha scritto:",
        "fr": "Le {ws} {d} {ms} {y} à {t}, {n} <{a}> a écrit :",
        "de": "Am {ws}, {d}. {ms} {y} um {t} Uhr schrieb {n} <{a}>:",
        "nl": "Op {ws} {d} {ms} {y} om {t} schreef {n} <{a}>:",
        "lt": "{y}-{mm}-{dd}, {ws}, {t} {n} <{a}> rašė:",
        "hu": "{n} <{a}> ezt írta (időpont: {y}. {ms} {d}., {ws}, {t}):",
        "en": "On {ws}, {d} {ms} {y} at {t}, {n} <{a}> wrote:",
    }[lang].format(n=name, a=addr, **p)


def iphone_attr(dt, lang, name, addr):
    p = parts(dt, lang)
    return {
        "pl": "Wiadomość napisana przez {n} <{a}> w dniu {d} {ms} {y}, o godz. {t}:",
        "ro": "Pe {d} {mf} {y}, la {t}, {n} <{a}> a scris:",
        "es": "El {d} {ms} {y}, a las {t}, {n} <{a}> escribió:",
        "pt": "Em {d} de {ms} de {y}, à(s) {t}, {n} <{a}> escreveu:",
        "it": "Il giorno {d} {ms} {y}, alle ore {t}, {n} <{a}> ha scritto:",
        "fr": "Le {d} {ms} {y} à {t}, {n} <{a}> a écrit :",
        "de": "Am {dd}.{mm}.{y} um {t} schrieb {n} <{a}>:",
        "nl": "Op {d} {ms} {y} om {t} heeft {n} <{a}> het volgende geschreven:",
        "en": "On {d} {ms} {y}, at {t}, {n} <{a}> wrote:",
    }[lang].format(n=name, a=addr, **p)


def iphone_fwd_date(dt, lang):
    p = parts(dt, lang)
    fmt = {"pt": "{d} de {mf} de {y} {t}:00 GMT", "es": "{d} de {mf} de {y}, {t}:00 GMT",
           "de": "{d}. {mf} {y} um {t}:00 GMT", "en": "{d} {mf} {y} at {t}:00 GMT"}.get(lang, "{d} {mf} {y} {t}:00 GMT")
    return fmt.format(**p)


def samsung_date(dt, lang):
    p = parts(dt, lang)
    return {"pl": "{dd}.{mm}.{y} {t} (GMT+00:00)", "de": "{dd}.{mm}.{yy} {t} (GMT+00:00)",
            "es": "{d}/{m}/{yy} {t} (GMT+00:00)", "it": "{dd}/{mm}/{yy} {t} (GMT+00:00)",
            "nl": "{dd}-{mm}-{y} {t} (GMT+00:00)"}[lang].format(yy=str(dt.year)[2:], m=dt.month, **p)


def fmt_addr(person):
    name, addr = person
    return f"{name} <{addr}>"


# ---------------------------------------------------------------------------------------------
# scenarios

def T(s):
    """A scenario text: dedented, and the hard-wrapped lines of each paragraph (70+ characters) joined, as
    mail programs send them; short lines (greetings, signatures, lists) stay as they are."""
    out = []
    for ln in textwrap.dedent(s).strip("\n").split("\n"):
        if out and len(out[-1]) >= 70 and ln.strip():
            out[-1] += " " + ln
        else:
            out.append(ln)
    return "\n".join(out)


SCENARIOS = []


def S(mb, grp, lang, kind, sender, envs, lab, note, *, own="", subject=None, orig=None, fwd_voice=False,
      headers1=None, auto=False, auto_quote=True):
    """One scenario. kind: reply, fwd or new. orig: the firm's quoted mail or the forwarded mail, a dict
    (frm, to, subject, when, text). own: the sender's own words (reply, forward comment or new mail)."""
    SCENARIOS.append(dict(source=f"{PREFIX}-s{len(SCENARIOS) + 1:03d}", mailbox=mb, group=grp, lang=lang, kind=kind,
                          sender=sender, envs=envs, labels=lab, note=note, own=T(own), subject=subject,
                          orig=(dict(orig, text=T(orig["text"])) if orig else None), fwd_voice=fwd_voice,
                          headers1=headers1 or {}, auto=auto))


def O(frm, to, subject, when, text):
    return dict(frm=frm, to=to, subject=subject, when=datetime.datetime(*when), text=text)


L = short_labels

# ============================== PEXA, group R ==============================

KW = ("Katarzyna Wróblewska", "k.wroblewska@hadleighmoss.co.uk")
S("pexa", "R", "pl", "reply", KW, ("outlook-block", "outlook-html"), L(),
  "Sending the screenshots PEXA asked for inside an open complaint is an ordinary answer with no new "
  "dissatisfaction; 'complaint' appears only in PEXA's quoted acknowledgement, so complaint=false.",
  orig=O(PX_COMPLAINTS, KW, "Acknowledgement - ref PXR-2026-04127", (2026, 2, 10, 9, 32), """
      Dear Ms Wróblewska,

      Thank you for contacting us on 9 February. We have received your complaint about the settlement on
      workspace 58-20431 that did not complete on 6 February, and we have logged it under reference
      PXR-2026-04127.

      To help our investigation, please send us screenshots of any error messages your team saw and the time
      the settlement was attempted. We aim to send you a full response within 4 weeks.

      Kind regards,
      Gemma Ashdown
      Customer Resolution, PEXA"""),
  own="""
      Dzień dobry Gemma,

      Please find attached the two screenshots from my colleague screen. The settlement was attempted at 11:52
      and again at 12:20, both times the same red banner on top of the page.

      If you need the workspace audit export too, tell me and I will send it.

      Pozdrawiam,
      Katarzyna Wróblewska
      Hadleigh Moss Solicitors""")

AM = ("Andrei Munteanu", "andrei.munteanu@calderpark-law.co.uk")
S("pexa", "R", "ro", "reply", AM, ("outlook-orig", "gmail-plain"), L(c=True, cat="fees_charges"),
  "Rejecting PEXA's final response and asking for the double lodgement fee back continues the complaint about "
  "a fee (implicit: 'complaint' is only in PEXA's quoted letter).",
  orig=O(PX_RESOLUTION, AM, "Final response - ref PXR-2026-03318", (2026, 2, 24, 16, 8), """
      Dear Mr Munteanu,

      Further to your complaint of 14 January about the platform fees on workspace 58-19872, we have now
      completed our review. Our records show one settlement fee and one lodgement fee for each registrable
      dealing, which is correct for a transfer with a new mortgage, so we are unable to uphold your complaint.

      This is our final response.

      Kind regards,
      Daniel Okafor
      Customer Resolution, PEXA"""),
  own="""
      Bună ziua Daniel,

      I do not agree with this. There was no new mortgage on 58-19872, the buyer paid cash - you can see it in
      the workspace, there is no lender participant at all. So the lodgement fee was charged two times for the
      same transfer, invoice INV-88120 line 2 and line 4.

      Please look again at the invoice and refund the £38 extra, or give me a call and explain wich fee is which.

      Andrei Munteanu
      Calder Park Law""")

LF = ("Lucía Fernández Ortega", "lucia.fernandez@hollybankmortgages.co.uk")
S("pexa", "R", "es", "reply", LF, ("outlook-block", "gmail-html"), L(c=True, ex=True, cat="platform_defect"),
  "Under the requested details the lender says in its own words 'I want to complain formally' about lodgements "
  "sent without the uploaded discharge, so an explicit complaint about a platform defect.",
  orig=O(PX_SUPPORT, LF, "Lodgement rejected - information needed, workspace 58-21655", (2026, 3, 3, 11, 47), """
      Hello,

      HM Land Registry has rejected the application lodged from workspace 58-21655. To help us check what
      happened, could you confirm the charge reference your team entered and whether the discharge was uploaded
      before or after settlement?

      Thanks,
      PEXA Support"""),
  own="""
      Hola,

      Charge ref is HB-2219-77 and the discharge was uploaded on the 27th, one day before settlement, I checked
      the audit log.

      But I have to say this: it is the second lodgement in a month that the platform sends to Land Registry
      with the discharge missing even though it is uploaded, and both times we had to pay again to re-lodge and
      explain to the borrower. I want to complain formally about this. Please investigate the system and refund
      us the two re-lodgement fees.

      Saludos,
      Lucía Fernández Ortega
      Post-completion team, Hollybank Mortgages""")

JC = ("João Pedro Carvalho", "jp.carvalho@ridgewayconveyancing.co.uk")
S("pexa", "R", "pt", "reply", JC, ("outlook-html", "iphone"), L(c=True, cat="platform_defect"),
  "Replying to a maintenance notice that the platform stayed down hours longer than announced, with costs "
  "and a demand for an explanation, is an implicit complaint about a platform defect.",
  orig=O(PX_SERVICE, JC, "Planned maintenance: Thursday 19 February 06:00-08:00", (2026, 2, 16, 8, 0), """
      Dear participant,

      The PEXA platform will be unavailable on Thursday 19 February between 06:00 and 08:00 for planned
      maintenance. Settlements booked after 08:00 will not be affected.

      This notice is sent to every registered user of your organisation. For information on how we process
      personal data, please see our privacy notice.

      PEXA Service Team"""),
  own="""
      Olá,

      You said it finish at 08:00. The platform was still down at 10:40, we could not sign and two of our
      purchases missed the time agreed with the sellers solicitors, one client had the removal van waiting
      outside all day.

      Nobody send an update. I need an explanation what happened and who will cover the costs of the clients,
      we had to pay the removal company £350 for the extra day.

      João Pedro Carvalho
      Ridgeway Conveyancing""")

GF = ("Giulia Ferraro", "accounts@ferraroandlane.co.uk")
S("pexa", "R", "it", "reply", GF, ("outlook-orig", "outlook-html"), L(),
  "Confirming that an overdue invoice was paid and sending the remittance is an ordinary answer to a payment "
  "reminder, not a complaint.",
  orig=O(PX_BILLING, GF, "Payment reminder - invoice INV-90413 overdue", (2026, 3, 2, 7, 15), """
      Dear customer,

      Our records show that invoice INV-90413 for £1,284.00 (platform fees, January 2026) was due on
      20 February and remains unpaid. Please arrange payment within 7 days to avoid your account being placed
      on hold.

      If you have already paid, please send us the remittance advice so we can match it.

      PEXA Billing"""),
  own="""
      Buongiorno,

      we paid this invoice by BACS on 24 February, reference FERRARO JAN26. Remittance advice attached. Please
      can you match it and let me know if anything else is needed.

      Grazie e cordiali saluti,
      Giulia Ferraro
      Accounts, Ferraro & Lane""")

EM = ("Élodie Marchand", "elodie.marchand.uk@gmail.com")
S("pexa", "R", "fr", "reply", EM, ("outlook-block", "gmail-html"), L(r="portability,objection"),
  "A leaving user asks for her own user data in a machine-readable file to load into her new employer's "
  "system (portability) and objects to marketing use of her email (objection), with no dissatisfaction: "
  "not a complaint.",
  orig=O(PX_ONBOARD, EM, "Your PEXA user account will be deactivated", (2026, 3, 9, 10, 2), """
      Dear Élodie,

      Your organisation administrator at Brookvale Legal has asked us to deactivate your PEXA user account with
      effect from 31 March 2026. After this date you will not be able to log in.

      Your personal data will be handled in line with our privacy notice. If you have any questions, reply to
      this email.

      PEXA Onboarding Team"""),
  own="""
      Bonjour,

      Yes, this is correct, I am leaving Brookvale at the end of March. Before the account closes, could you
      send me my own user data - profile details, training certificates and my sign-in history - as a CSV or
      another machine-readable file, so I can load my CPD record into the system of my new employer?

      Also I object to my email address being used for your newsletters and product surveys after I leave.

      Merci beaucoup,
      Élodie Marchand""")

MB = ("Matthias Bauer", "m.bauer@bauerconveyancing.co.uk")
S("pexa", "R", "de", "reply", MB, ("outlook-block", "samsung"),
  L(c=True, r="automated_decision", cat="onboarding"),
  "Above PEXA's acknowledgement the applicant reports a third automatic rejection and asks for a person, not "
  "the system, to decide: an implicit onboarding complaint with the automated_decision right ('complaint' is "
  "only in the quoted acknowledgement).",
  orig=O(PX_COMPLAINTS, MB, "We have received your message - ref PXR-2026-05002", (2026, 2, 24, 15, 41), """
      Dear Mr Bauer,

      Thank you for your email of 23 February. We have received your complaint about the time your onboarding
      application is taking and have logged it under reference PXR-2026-05002. A member of our team will
      contact you within 5 business days.

      Kind regards,
      PEXA Complaints Team"""),
  own="""
      Guten Tag,

      Thank you. Since my last email it got worse: this morning the verification system rejected my
      application a third time, again automatic, the message says only 'identity check not passed'. My
      passport is valid and my SRA number is correct, I checked it twice.

      I don't want the machine to decide this again. Please let a person from your team look at my documents
      and make the decision.

      Mit freundlichen Grüßen
      Matthias Bauer
      Bauer Conveyancing""")

SV = ("Sanne de Vries", "sanne.devries84@gmail.com")
S("pexa", "R", "nl", "reply", SV, ("outlook-html", "gmail-plain"), L(),
  "A consumer thanks PEXA for passing her complaint to her conveyancer and says it is sorted: a thank-you for "
  "a resolved matter, not a complaint (the complaint wording is only in PEXA's quoted letter).",
  orig=O(PX_COMPLAINTS, SV, "Your message about your purchase - passed to your conveyancer",
         (2026, 3, 5, 12, 20), """
      Dear Ms de Vries,

      Thank you for your email. PEXA provides the platform that conveyancers and lenders use to complete
      property transactions, and we cannot deal with complaints between a firm and its own clients. We have
      therefore forwarded your complaint to Marsh & Penrose Conveyancing, who act for you, and they will reply
      to you directly.

      You can contact them at clientcare@marshpenrose.co.uk.

      Kind regards,
      PEXA Complaints Team"""),
  own="""
      Goedemiddag,

      Just to let you know, Marsh & Penrose phoned me yesterday, they apologised and we have now a completion
      date on 27 March. So for me it is sorted. Thank you for passing it on so quick, I did not know where to go
      with this.

      Met vriendelijke groet,
      Sanne de Vries""")

TK = ("Tomas Kazlauskas", "tomas.k@marlowstreetlaw.co.uk")
S("pexa", "R", "lt", "reply", TK, ("outlook-block", "outlook-orig"), L(),
  "Giving the details PEXA asked for to add a new user is a routine service answer; 'access' here is a user "
  "role, not a data right, so no label is set.",
  orig=O(PX_SUPPORT, TK, "Request for information - user access for new starter", (2026, 1, 19, 14, 55), """
      Hello Tomas,

      To give your new colleague access to your organisation's account, please confirm her full name, work email
      address and the role she needs (Viewer, Preparer or Signer). Please note that Signer access requires a
      verified digital certificate.

      Kind regards,
      PEXA Support"""),
  own="""
      Laba diena,

      Her name is Rūta Petrauskienė, email r.petrauskiene@marlowstreetlaw.co.uk, she needs Preparer role for
      now. She will apply for the certificate next month, then we ask for Signer.

      Ačiū,
      Tomas Kazlauskas
      Marlow Street Law""")

EN = ("Eszter Nagy", "eszter.nagy@fenbridgebs.co.uk")
S("pexa", "R", "hu", "reply", EN, ("outlook-orig", "outlook-html"), L(),
  "The lender confirms the replacement training went well and nothing is outstanding: a thank-you closing a "
  "resolved complaint, so complaint=false despite the quoted final response.",
  orig=O(PX_RESOLUTION, EN, "Our response - ref PXR-2026-02215", (2026, 3, 4, 17, 3), """
      Dear Ms Nagy,

      Thank you for your patience while we looked into your complaint about the two cancelled discharge
      training sessions. We are sorry for the inconvenience. We have booked a dedicated session for your team
      on 12 March at 10:00 and updated the recorded modules you mentioned.

      We consider your complaint resolved, but please reply if anything remains outstanding.

      Kind regards,
      PEXA Customer Resolution"""),
  own="""
      Jó napot,

      The session on 12 March was very useful, the trainer answered all the questions of my team and the new
      videos are much clearer. Thank you, nothing outstanding from our side.

      Üdvözlettel,
      Eszter Nagy
      Fenbridge Building Society""")

MZ = ("Marek Zieliński", "marek.zielinski87@gmail.com")
S("pexa", "R", "pl", "reply", MZ, ("gmail-html", "outlook-orig"), L(c=True, cat="delay", firm="ols"),
  "A seller says Orchard Lane Solicitors still have not contacted him three weeks after PEXA passed on his "
  "complaint and exchange is slipping: an implicit complaint purely about the participant firm (ols), delay.",
  orig=O(PX_COMPLAINTS, MZ, "Your email about your sale - passed to Orchard Lane Solicitors",
         (2026, 2, 12, 11, 26), """
      Dear Mr Zieliński,

      Thank you for contacting us. PEXA is the platform used by conveyancers and lenders to complete
      transactions. Because your complaint concerns the service of your solicitor, we have forwarded it to
      Orchard Lane Solicitors, who are responsible for answering it. They should contact you directly.

      Kind regards,
      PEXA Complaints Team"""),
  own="""
      Dzień dobry,

      It is now 3 weeks since your email and nobody from Orchard Lane contact me. I call them every second day,
      reception says the lady handling my sale is 'in a meeting'. My buyer is threatening to pull out because we
      cant exchange, the draft contract is with them since January.

      Can you please chase them again or tell me who else I can go to? I am really worried I lose the buyer.

      Marek Zieliński""")

CR = ("Carmen Rodríguez Blanco", "c.rodriguez@lakesidelegal.co.uk")
S("pexa", "R", "es", "reply", CR, ("outlook-orig", "samsung"),
  L(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
  "A user's date of birth is held wrongly and keeps failing her certificate checks; she asks to correct it "
  "(rectification) and to stop using it until then (restriction): an implicit personal-data complaint about "
  "inaccurate data.",
  orig=O(PX_RESOLUTION, CR, "Your user record - information needed, ref PXR-2026-05530", (2026, 3, 10, 9, 12), """
      Dear Ms Rodríguez,

      Thank you for raising your complaint about your user record. So that we can investigate, please tell us
      which details you believe are wrong and the date you first noticed the problem.

      Kind regards,
      PEXA Customer Resolution"""),
  own="""
      Hola,

      The details: my user record shows date of birth 11/07/1986 but it is 07/11/1986 - day and month are
      swapped. I noticed on 2 February when my signing certificate renewal failed the identity match, and it
      failed again yesterday. I think your onboarding team typed the date from my form in the American order.

      Please correct my date of birth in your records, and until it is corrected please stop using it for the
      certificate checks - every failed check is written in my profile history and I do not want that to count
      against me.

      Saludos,
      Carmen Rodríguez Blanco
      Lakeside Legal""")

MBe = ("Marco Bellini", "marco.bellini@stonegatelaw.co.uk")
S("pexa", "R", "it", "reply", MBe, ("outlook-block", "gmail-html"), L(c=True, ex=True, cat="service_quality"),
  "The writer says 'I want to complain about the way your support team is closing tickets', so explicit; the "
  "main grievance is how support handles tickets (service_quality), the upload error being the background.",
  orig=O(PX_SUPPORT, MBe, "Ticket 771204 has been resolved", (2026, 3, 11, 18, 2), """
      Hello Marco,

      Your support ticket 771204 ('Error uploading discharge document') has been marked as resolved. If the
      problem continues, please reply to this email within 7 days and the ticket will be reopened.

      PEXA Support"""),
  own="""
      Buongiorno,

      The problem is NOT resolved. I still get 'error 500' when I upload the discharge PDF in workspace
      58-22107, today at 9:15 and 9:40. Nobody contacted me before closing the ticket. This is the fourth
      ticket for the same thing since January (766310, 768902, 770015, 771204) and every time it is closed
      without any answer.

      I want to complain about the way your support team is closing tickets without fixing them or even calling
      back. Please reopen it and have someone senior call me on 0113 555 0418.

      Cordiali saluti,
      Marco Bellini
      Stonegate Law""")

SH = ("Stefanie Hoffmann", "s.hoffmann@kingsmeadlaw.co.uk")
S("pexa", "R", "de", "reply", SH, ("outlook-block", "outlook-html"), L(auto=True),
  "An out-of-office auto-reply (German and English, 'Automatische Antwort') above PEXA's complaint response is "
  "auto-generated, with or without the Auto-Submitted header; every other label stays empty.",
  headers1={"auto-submitted": "auto-replied", "x-auto-response-suppress": "All"}, auto=True,
  orig=O(PX_RESOLUTION, SH, "Your complaint - our response, ref PXR-2026-04881", (2026, 3, 12, 15, 30), """
      Dear Ms Hoffmann,

      We have now completed our investigation into your complaint about the settlement delay on workspace
      58-20970. We found that a manual funds check held the settlement for 47 minutes, and we are sorry for the
      inconvenience this caused your client.

      Kind regards,
      PEXA Customer Resolution"""),
  own="""
      Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 20. März 2026 nicht im Büro und habe keinen
      Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an completions@kingsmeadlaw.co.uk.

      Thank you for your message. I am out of the office until 20 March 2026 with no access to email. For
      urgent matters please contact completions@kingsmeadlaw.co.uk.

      Stefanie Hoffmann
      Kingsmead Law""")

IP = ("Ioana Popescu", "ioana.popescu92@yahoo.com")
S("pexa", "R", "ro", "reply", IP, ("outlook-html", "gmail-plain"), L(c=True, cat="delay", firm="hcb"),
  "A borrower's complaint about a completion delayed five days goes to her lender Heathcote Bank (hcb), which "
  "serves her, even though she also blames the platform (rule 10); category delay, implicit.",
  orig=O(("PEXA Customer Support", "support@pexa-platform.co.uk"), IP, "Your enquiry about your completion",
         (2026, 3, 4, 16, 45), """
      Dear Ms Popescu,

      Thank you for your email. PEXA provides the platform that lenders and conveyancers use, but we do not
      hold information about individual borrowers' mortgages. For questions about when your mortgage funds
      will be released, please contact your lender or your conveyancer, who can see the status of the
      settlement.

      Kind regards,
      PEXA Customer Support"""),
  own="""
      Bună ziua,

      I did contact my lender. Heathcote Bank says the funds were ready on 6 March and the delay is because of
      the PEXA system. You say ask the lender. So each one sends me to the other and meanwhile my completion
      moved from 6 March to 11 March and I paid 5 nights hotel for me and two children, £610.

      Somebody has to take responsability for this. I want the hotel costs back and a clear answer who caused
      the delay.

      Cu stimă,
      Ioana Popescu""")

# ============================== Conexus, group R ==============================

PN = ("Paweł Nowak", "pawel.nowak.uk@gmail.com")
S("conexus", "R", "pl", "reply", PN, ("outlook-orig", "iphone"), L(),
  "Offering to pay a missed instalment on Friday and asking how to pay is an ordinary answer to an arrears "
  "letter, not a complaint.",
  orig=O(CX_COLLECT, PN, "Arrears on your account CNX-6624018", (2026, 3, 6, 8, 30), """
      Dear Mr Nowak,

      Re: Northline Energy - balance £486.20

      Your payment arrangement of £40 per month has been missed for February. Please make the payment, or
      contact us to discuss your circumstances, within 14 days of this letter.

      You can pay online at conexus-services.com/pay or call us on 0330 555 0190.

      Conexus Collections"""),
  own="""
      Dzień dobry,

      Sorry about February, I was paid late from my agency. I will pay the £40 on Friday 13 March and then the
      normal date from April. Is it ok if I pay by card on the website?

      Pozdrawiam
      Paweł Nowak""")

MD = ("Mihai Dumitrescu", "mihai.dumitrescu@outlook.com")
S("conexus", "R", "ro", "reply", MD, ("outlook-block", "gmail-html"), L(c=True, ex=True, cat="collection_conduct"),
  "The debtor writes 'since I sent my complaint you called me 6 more times', naming his grievance a complaint "
  "in his own words (explicit); the calls are collection_conduct.",
  orig=O(CX_RELATIONS, MD, "Acknowledgement - ref CNX-CR-41870", (2026, 3, 3, 10, 5), """
      Dear Mr Dumitrescu,

      Thank you for contacting us on 2 March. We have received your complaint about the number of calls to your
      mobile and recorded it under reference CNX-CR-41870. We will send you our final response within 8 weeks,
      and we aim to do so much sooner.

      Conexus Customer Relations"""),
  own="""
      Bună ziua,

      Since I sent my complaint you called me 6 more times, 4 of them yesterday, the last one at 20:55 when my
      kids were sleeping. I asked to be contacted only by email, it is written in my complaint.

      Please stop the calls now and confirm this by email.

      Mihai Dumitrescu""")

AMR = ("Alejandro Martín Ruiz", "a.martinruiz@hotmail.com")
S("conexus", "R", "es", "reply", AMR, ("outlook-html", "samsung"), L(c=True, r="restriction", cat="debt_dispute"),
  "Rejecting the final response because the Northline balance was paid and Conexus ignored the proof is an "
  "implicit debt_dispute about Conexus's own pursuit (firm null, as in lg-26); 'do not report it until it is "
  "checked' is restriction.",
  orig=O(CX_RELATIONS, AMR, "Our final response - ref CNX-CR-40233", (2026, 3, 2, 14, 12), """
      Dear Mr Martín Ruiz,

      We have investigated your complaint that the Northline Energy balance of £712.45 had already been paid.
      Northline Energy have confirmed to us that the balance remains outstanding, so we are not able to uphold
      your complaint and collection activity will resume.

      If you are unhappy with this final response you may refer your complaint to the Financial Ombudsman
      Service within six months.

      Conexus Customer Relations"""),
  own="""
      Hola,

      This is wrong. I paid Northline the full £712.45 on 28 November by bank transfer, reference NL 30098812,
      and I attach the bank statement again - I sent it to you in January also. You did not even look at it.

      Please check the payment with them properly and stop the collection. And until this is checked, do not
      report this 'debt' to the credit reference agencies, I am applying for a mortgage in May.

      Saludos,
      Alejandro Martín Ruiz""")

AP = ("Ana Sofia Pereira", "anasofia.pereira@gmail.com")
S("conexus", "R", "pt", "reply", AP, ("outlook-block", "gmail-plain"),
  L(c=True, pd=True, br=True, r="rectification", cat="personal_data"),
  "A reminder sent to an old address was opened by her ex-partner (a disclosure: breach) after she had given "
  "the new address; she demands an explanation and the correct address (rectification): implicit "
  "personal-data complaint.",
  orig=O(CX_COLLECT, AP, "Payment reminder - account CNX-6710334", (2026, 2, 20, 9, 0), """
      Dear Ms Pereira,

      We wrote to you on 3 February about your Pennant Mobile balance of £233.80. We have not yet received a
      payment. Please pay or contact us within 10 days.

      A copy of this reminder has also been sent to your postal address.

      Conexus Collections"""),
  own="""
      Olá,

      Your letter with this reminder went to 14 Cranmore Road, where I lived with my ex-partner until last
      summer. He opened it and now he is sending messages to my family about my debts. I gave you my new
      address on the phone in January, the agent said it was updated.

      How did this happen? I want an explanation, and please put my correct address, Flat 3, 22 Albion Street,
      Luton LU1 2PF, on my account today.

      Ana Sofia Pereira""")

FR = ("Francesca Romano", "francesca.romano@libero.it")
S("conexus", "R", "it", "reply", FR, ("outlook-orig", "gmail-html"), L(r="access", tp=True),
  "An attorney sends the power of attorney the firm asked for and requests a copy of all her father's "
  "personal data and call recordings (access, on his behalf: third_party), without dissatisfaction.",
  orig=O(CX_RELATIONS, FR, "Request for information - account CNX-6583120", (2026, 3, 9, 11, 40), """
      Dear Ms Romano,

      Thank you for telling us that you help your father, Mr Vittorio Romano, with his account. Before we can
      discuss the account with you, we need a copy of the Lasting Power of Attorney or a signed third-party
      authority from Mr Romano.

      Conexus Customer Relations"""),
  own="""
      Buonasera,

      Attached is the registered Lasting Power of Attorney for property and financial affairs, I am attorney
      for my father since 2024.

      Now that you have it, please send me a copy of all the personal data you hold about my father, including
      the notes of the calls and the recordings if you have them. He does not remember what was agreed on the
      phone and I want to understand the account.

      Grazie,
      Francesca Romano""")

JL = ("Julien Lefèvre", "j.lefevre.london@gmail.com")
S("conexus", "R", "fr", "reply", JL, ("outlook-orig", "iphone"), L(r="informed,objection"),
  "Asking where the firm got his number and email and on what basis (informed) and objecting to marketing "
  "(objection) after saying it is not a complaint: rights without dissatisfaction, complaint=false.",
  orig=O(CX_COLLECT, JL, "Your Pennant Mobile account has been passed to us", (2026, 3, 10, 13, 25), """
      Dear Mr Lefèvre,

      Pennant Mobile has passed your account to Conexus to collect the outstanding balance of £158.90. Please
      contact us to pay or to discuss an arrangement.

      Conexus processes your personal data to collect this debt. Our privacy notice explains your rights.

      Conexus Collections"""),
  own="""
      Bonjour,

      This is not a complaint, I will sort out the Pennant balance this month. But before I do, I would like to
      know where you got my mobile number and my email, because I never gave them to Pennant in this form, and
      on what legal basis you use them.

      Also I object to my details being used for any marketing or offers from you or your partners.

      Cordialement,
      Julien Lefèvre""")

LS = ("Lukas Schneider", "lukas.schneider.uk@gmx.net")
S("conexus", "R", "de", "reply", LS, ("outlook-html", "outlook-block"), L(),
  "Thanks for an upheld complaint with the corrected balance confirmed: the matter is settled, so not a "
  "complaint (rule 5).",
  orig=O(CX_RELATIONS, LS, "Our final response - ref CNX-CR-39915", (2026, 3, 5, 15, 50), """
      Dear Mr Schneider,

      Further to your complaint about the £50 administration fee added to your account, we have upheld your
      complaint. The fee has been removed and your balance is now £361.00. We apologise for the inconvenience.

      Conexus Customer Relations"""),
  own="""
      Guten Tag,

      Thank you, I see the new balance online and it is correct now. I appreciate the quick answer. My
      payments will continue as agreed.

      Viele Grüße
      Lukas Schneider""")

DB = ("Daan Bakker", "daan.bakker@outlook.com")
S("conexus", "R", "nl", "reply", DB, ("outlook-block", "samsung"), L(c=True, cat="debt_dispute", firm="lwt"),
  "The bill itself is wrong: Lumen Water kept billing after he moved out and ignores his proof, which only "
  "the creditor can fix, so an implicit complaint for lwt, debt_dispute.",
  orig=O(CX_COLLECT, DB, "Lumen Water - outstanding balance £418.66", (2026, 2, 26, 9, 45), """
      Dear Mr Bakker,

      Lumen Water has instructed us to collect the outstanding balance of £418.66 for water services at
      9 Ferndale Close, Derby. Please pay in full or contact us within 14 days to agree a payment plan.

      Conexus Collections"""),
  own="""
      Goedemorgen,

      This amount is not right. I moved out of Ferndale Close on 31 July and gave Lumen the final meter reading,
      but they kept billing me until January for a house where somebody else lives now. I have sent Lumen the
      tenancy end letter two times and they never answer.

      Please sort it out with them, I will not pay water for another person's house.

      Groeten,
      Daan Bakker""")

JP = ("Jonas Petrauskas", "jonas.petrauskas@gmail.com")
S("conexus", "R", "lt", "reply", JP, ("outlook-orig", "gmail-html"),
  L(c=True, pd=True, br=True, cat="personal_data"),
  "Below the acknowledgement of an earlier complaint he reports a new grievance: an agent told his mother "
  "about his debt (disclosure: breach); implicit personal-data complaint, the word 'complaint' only quoted.",
  orig=O(CX_RELATIONS, JP, "Acknowledgement - ref CNX-CR-42216", (2026, 3, 2, 16, 20), """
      Dear Mr Petrauskas,

      We have received your complaint about the amount of your payment plan and recorded it under reference
      CNX-CR-42216. We will respond within 8 weeks.

      Conexus Customer Relations"""),
  own="""
      Laba diena,

      Thank you for the letter. But something else happened on Tuesday. Your agent called my home number, my
      mother answered, and he told her I owe £1,140 to Sterling Credit and that it is 'with collectors'. My
      mother is 71 and she did not know anything, now she is very upset.

      Why he tells my debt to another person? I want this to be investigated and I want to know what you will
      do so it does not happen again.

      Jonas Petrauskas""")

GK = ("Gábor Kovács", "kovacs.gabor.uk@gmail.com")
S("conexus", "R", "hu", "reply", GK, ("outlook-block", "gmail-plain"), L(r="rectification"),
  "Returning the income and expenditure form with an offer and asking to update his address on the account "
  "(rectification) is an ordinary answer, not a complaint.",
  orig=O(CX_COLLECT, GK, "Income and expenditure form - account CNX-6802741", (2026, 3, 3, 12, 10), """
      Dear Mr Kovács,

      Thank you for your call. To agree an affordable payment plan, please complete the attached income and
      expenditure form and return it within 14 days.

      Conexus Collections"""),
  own="""
      Jó napot kívánok,

      The form is attached, filled. I work part-time in a warehouse and get universal credit, so I can offer
      £20 per month.

      Also I moved last week, my new address is 5 Linden Court, Peterborough PE1 3RG. Please update it on my
      account so the letters come to the right place.

      Köszönöm,
      Gábor Kovács""")

AL = ("Agnieszka Lewandowska", "a.lewandowska@northfieldmoneyadvice.org.uk")
S("conexus", "R", "pl", "reply", AL, ("outlook-block", "outlook-html"),
  L(c=True, tp=True, cat="collection_conduct"),
  "A money adviser reports a text and letter sent to her client during a confirmed Breathing Space and asks "
  "for an explanation: an implicit collection_conduct complaint written on the client's behalf (third_party).",
  orig=O(CX_RELATIONS, AL, "Breathing Space notification received - client Mr R. Kaczmarek",
         (2026, 2, 17, 10, 22), """
      Dear Ms Lewandowska,

      Thank you for your notification. We have recorded that your client, Mr Robert Kaczmarek (account
      CNX-6455019), entered a Breathing Space on 16 February 2026. All collection activity has been paused and
      interest and charges are frozen for the moratorium period.

      Conexus Customer Relations"""),
  own="""
      Dzień dobry,

      Despite your confirmation below, my client received a text from Conexus on 4 March asking him to 'call
      today to avoid further action', and a letter dated 5 March with the same wording. He was very distressed
      and rang me thinking the moratorium had failed.

      Please explain how this happened, confirm that all contact has stopped and that no charges were added,
      and tell me what you will do to make sure it does not happen again.

      Agnieszka Lewandowska
      Money Adviser, Northfield Money Advice""")

LG = ("Lucas García Navarro", "lucas.garcia.n@gmail.com")
S("conexus", "R", "es", "reply", LG, ("outlook-block", "gmail-plain"), L(r="erasure,objection"),
  "Accepting a settlement offer, asking to delete his mobile number (erasure) and objecting to offers and "
  "promotions (objection) carries no dissatisfaction: not a complaint.",
  orig=O(CX_COLLECT, LG, "A settlement offer for your account CNX-6391177", (2026, 3, 4, 9, 5), """
      Dear Mr García Navarro,

      For a limited time we can accept £300 in full and final settlement of your Sterling Credit Loans balance
      of £540.00. This offer is valid until 31 March 2026.

      To accept, reply to this email or call 0330 555 0190.

      Conexus Collections"""),
  own="""
      Hola,

      Thanks, I accept the £300 and will pay it on the 20th by card.

      Two other things. Please delete my mobile number from your records, I only want contact by email from
      now. And I object to you using my details to send me any other offers or promotions, also after the
      account is closed.

      Gracias,
      Lucas García Navarro""")

RJ = ("Rasa Jankauskienė", "rasa.jankauskiene@gmail.com")
S("conexus", "R", "lt", "reply", RJ, ("outlook-block", "gmail-plain"), L(c=True, ex=True, cat="debt_dispute"),
  "Objecting that the final response ignored 'the point of my complaint' (statute-barred debt) is explicit in "
  "her own words; the debt itself is challenged (debt_dispute) and the grievance is Conexus's answer (firm null).",
  orig=O(CX_RELATIONS, RJ, "Final response - ref CNX-CR-38871", (2026, 2, 27, 11, 0), """
      Dear Mrs Jankauskienė,

      Thank you for your complaint about the Sterling Credit Loans account ending 4471. Having reviewed the
      account, we are satisfied that the balance of £1,980.00 is owed, and collection will continue. This
      letter is our final response.

      If you remain dissatisfied you may contact the Financial Ombudsman Service within six months.

      Conexus Customer Relations"""),
  own="""
      Laba diena,

      Your answer does not talk about the point of my complaint at all. The last payment on this loan was in
      April 2019 and I never acknowledged the debt after that, so it is more than six years. I asked you to
      confirm that it is statute barred and to stop. You just wrote that it is owed.

      Please answer the actual question or I will go to the Ombudsman as your letter says.

      Pagarbiai,
      Rasa Jankauskienė""")

CD = ("Camille Dubois", "camille.dubois75@gmail.com")
S("conexus", "R", "fr", "reply", CD, ("outlook-html", "gmail-plain"),
  L(c=True, r="automated_decision", cat="process"),
  "The online planner's automatic £85 minimum refused her affordable offer; she calls it unfair and wants a "
  "person to review it (automated_decision). The rule itself is the grievance, so process; implicit.",
  orig=O(CX_COLLECT, CD, "Your payment plan proposal - decision", (2026, 3, 11, 19, 2), """
      Dear Ms Dubois,

      Thank you for using our online payment planner. Based on the information you provided, we are unable to
      accept your proposal of £20 per month. The minimum instalment for a balance of £2,140.00 is £85 per
      month.

      You can submit a new proposal at conexus-services.com/plan.

      Conexus Collections"""),
  own="""
      Bonjour,

      I can not pay £85, my rent and childcare take almost all my salary, I put every number in your planner
      honestly. The system refused in two seconds, nobody looked at it. It is not fair that a computer decides
      a minimum without looking at my budget.

      I want a real person to review my proposal and my income and expenses, not the planner.

      Camille Dubois""")

RE = ("Roberto Esposito", "r.esposito@harbourlogistics.co.uk")
S("conexus", "R", "it", "reply", RE, ("outlook-block", "outlook-html"), L(auto=True),
  "An out-of-office reply ('Risposta automatica') above a payment reminder is auto-generated, whether or not "
  "the Auto-Submitted header is present.",
  headers1={"auto-submitted": "auto-replied", "x-autoreply": "yes"}, auto=True,
  orig=O(CX_COLLECT, RE, "Payment reminder - account CNX-6549903", (2026, 3, 13, 8, 15), """
      Dear Mr Esposito,

      We have not received this month's payment of £55 towards your Heathcote Bank balance. Please pay within
      7 days or contact us if your circumstances have changed.

      Conexus Collections"""),
  own="""
      Sono fuori ufficio fino al 23 marzo con accesso limitato alla posta elettronica. Per questioni urgenti
      contattare dispatch@harbourlogistics.co.uk.

      I am out of the office until 23 March with limited access to email. For urgent matters please contact
      dispatch@harbourlogistics.co.uk.

      Roberto Esposito""")

# ============================== PEXA, group F ==============================

EK = ("Ewa Kamińska", "ewa.kaminska.uk@gmail.com")
S("pexa", "F", "pl", "fwd", EK, ("gmail-fwd", "outlook-fwd"), L(c=True, cat="delay", firm="mpc"),
  "A buyer forwards her conveyancer's third postponement with a short plea for help: an implicit complaint "
  "purely about Marsh & Penrose (mpc, named in the forwarded signature), category delay.",
  orig=O(("Oliver Grant", "o.grant@marshpenrose.co.uk"), EK, "Your purchase of 41 Weir Road - completion",
         (2026, 3, 10, 17, 36), """
      Dear Mrs Kamińska,

      I am sorry to tell you that we will not be able to complete on Friday as planned. Due to the current
      workload in our post-exchange team, the completion statement has not yet been prepared. We will be in
      touch with a new date as soon as possible.

      Kind regards,
      Oliver Grant
      Marsh & Penrose Conveyancing"""),
  own="""
      Third time they move the date. We gave notice on our flat, we have to leave on 31st. Please can somebody
      do something?""")

JM = ("Javier Morales", "j.morales@ashbyclarke.co.uk")
S("pexa", "F", "es", "fwd", JM, ("outlook-fwd", "outlook-fwd-html"), L(c=True, ex=True, cat="platform_defect"),
  "A partner forwards a colleague's note on a second failed settlement and asks PEXA to 'treat this as a "
  "formal complaint': explicit, platform_defect; staff writing for their own firm are not third_party.",
  orig=O(("Paula Santos", "p.santos@ashbyclarke.co.uk"), JM, "Settlement failed again - 58-22340",
         (2026, 3, 12, 13, 20), """
      Javier,

      The settlement on 58-22340 failed again at 13:05 with 'funds verification timeout'. The money is in the
      source account, Beacon confirmed it. This is the second failure this week and the clients are sitting in
      the car outside the property.

      Can you escalate with PEXA?

      Paula"""),
  own="""
      Please treat this as a formal complaint from Ashby Clarke. See Paula's note below - second failed
      settlement in a week. I expect a call today.

      Javier Morales
      Partner, Ashby Clarke LLP""")

RS = ("Rafael Souza", "rafael.souza.uk@gmail.com")
S("pexa", "F", "pt", "fwd", RS, ("gmail-fwd", "iphone-fwd"), L(),
  "A buyer forwards his lender's neutral letter and asks what PEXA is and whether he must sign up: an "
  "enquiry with no dissatisfaction, not a complaint.",
  orig=O(("Thames Valley Mortgages", "completions@tvmortgages.co.uk"), RS,
         "Your mortgage funds - settlement via PEXA", (2026, 3, 16, 10, 4), """
      Dear Mr Souza,

      Your mortgage advance of £212,500 will be released through the PEXA platform on your completion day.
      Your conveyancer will receive confirmation when settlement has taken place. You do not need to do
      anything.

      Thames Valley Mortgages"""),
  own="""
      Hello, I received this from my bank. What is PEXA and do I need to open an account with you or sign
      anything before the completion on 2 April? Thank you.""")

LM = ("Luca Moretti", "luca.moretti.uk@gmail.com")
S("pexa", "F", "it", "fwd", LM, ("gmail-fwd", "iphone-fwd"),
  L(c=True, ex=True, tp=True, cat="service_quality", firm="gfl"),
  "A son forwards his mother's own email, which says 'I want to complain about Greyfriars Law': judged by what "
  "it carries, an explicit service_quality complaint purely about gfl, sent on her behalf (third_party).",
  fwd_voice=True,
  orig=O(("Maria Moretti", "maria.moretti48@gmail.com"), ("Luca Moretti", "luca.moretti.uk@gmail.com"),
         "Greyfriars", (2026, 3, 15, 20, 12), """
      Luca, please send this to the people of the platform, I don't know how.

      To whom it may concern,

      I want to complain about Greyfriars Law who are handling the sale of my flat in Leith. Since January I
      have phoned eleven times and the lady always says the solicitor will call back, nobody does. When I went
      to the office on Monday the receptionist was rude and told me to stop coming in. I am 77 and I need this
      sale to move into sheltered housing.

      Maria Moretti"""),
  own="""
      From my mother, see below. Thank you.
      Luca""")

NG = ("Nathalie Girard", "n.girard@pembertonlegal.co.uk")
S("pexa", "F", "fr", "fwd", NG, ("outlook-fwd", "gmail-fwd"), L(br=True),
  "A conveyancer forwards a PEXA email with another firm's clients' details sent to her by mistake and says "
  "she deleted it, just so PEXA knows: a breach report without dissatisfaction (breach=true, complaint=false).",
  orig=O(PX_SUPPORT, NG, "Settlement statement - workspace 58-21980", (2026, 3, 11, 15, 58), """
      Hello,

      As requested, please find the settlement statement for workspace 58-21980 below.

      Buyers: Mr Kieran and Mrs Leanne Doyle
      Property: 12 Saxon Mews, Reading RG4 7PX
      Purchase price: £395,000
      Mortgage advance: £296,250 (Thames Valley Mortgages)

      PEXA Support"""),
  own="""
      Bonjour, I think this was sent to me by mistake - we are not acting in 58-21980 and I don't know these
      clients. I have deleted it from our system. Just so you know.

      Nathalie Girard
      Pemberton Legal""")

JW = ("Jan Weber", "jan.weber@cobaltbs.co.uk")
S("pexa", "F", "de", "fwd", JW, ("outlook-fwd", "gmail-fwd-html"),
  L(c=True, pd=True, br=True, cat="personal_data"),
  "A lender forwards the second PEXA notification this month carrying another lender's borrower details and "
  "demands to know how and what PEXA will do: implicit complaint, breach, category personal_data.",
  orig=O(PX_NOTIFY, ("Cobalt BS Completions", "completions@cobaltbs.co.uk"),
         "Settlement completed - workspace 58-22412", (2026, 3, 12, 12, 31), """
      Settlement has completed for workspace 58-22412.

      Borrower: Ms Hannah Pritchard
      Security address: 7 Larkspur Drive, Swindon SN3 6QE
      Redemption amount: £148,902.33 (Heathcote Bank)

      This is an automated message. Please do not reply."""),
  own="""
      Guten Tag,

      We are not a participant in 58-22412. This is the second notification this month with the details of
      another lender's borrower sent to our team mailbox (the first was on 2 March, workspace 58-22089).

      We need to know how this is happening, which other customers' data may have gone to the wrong firm, and
      what you are doing to stop it. Please reply in writing.

      Jan Weber
      Operations Manager, Cobalt Building Society""")

LJ = ("Lotte Jansen", "lotte.jansen@hotmail.com")
S("pexa", "F", "nl", "fwd", LJ, ("gmail-fwd", "outlook-fwd"), L(c=True, cat="fees_charges", firm="unknown"),
  "A buyer forwards her solicitor's late £595 'electronic completion' fee, not in her quote, and wants it "
  "removed: an implicit fees_charges complaint about a firm outside the directory (unknown).",
  orig=O(("Accounts - Fenwick Rowe", "accounts@fenwickrowe.co.uk"), LJ, "Completion statement - 3 Alder Way",
         (2026, 3, 13, 16, 40), """
      Dear Ms Jansen,

      Please find below your updated completion statement. Please note an additional fee of £595 + VAT for
      'electronic completion handling' has been added, which is payable before completion.

      Balance required from you: £18,714.00

      Fenwick Rowe Solicitors"""),
  own="""
      Hallo, my solicitor added this £595 'electronic completion' fee one week before completion and says it is
      because of PEXA. It was not in the quote I signed. Is this really a PEXA fee? If not I want it taken off,
      can you check with them?""")

PT = ("Péter Tóth", "peter.toth@greenhillconveyancing.co.uk")
S("pexa", "F", "hu", "fwd", PT, ("gmail-fwd", "gmail-fwd-html"), L(c=True, cat="fees_charges"),
  "Forwarding PEXA's invoice with a fee for a workspace the firm never joined, for the second month, and "
  "asking for it to be taken off is an implicit complaint about a fee (a billing error with a remedy asked).",
  orig=O(PX_BILLING, PT, "Invoice INV-91877 - February 2026", (2026, 3, 2, 7, 5), """
      Dear customer,

      Your invoice for February 2026 is attached.

      Workspace 58-21744 - settlement fee £32.00
      Workspace 58-21802 - settlement fee £32.00
      Workspace 58-21951 - settlement fee £32.00
      Total: £96.00 + VAT

      PEXA Billing"""),
  own="""
      58-21951 is not ours, we never opened or joined it. This is the second month you charge us for a
      workspace that isn't ours. Please take it off and send a corrected invoice.""")

# ============================== Conexus, group F ==============================

TW = ("Tomasz Wiśniewski", "t.wisniewski.uk@gmail.com")
S("conexus", "F", "pl", "fwd", TW, ("gmail-fwd", "outlook-fwd"), L(c=True, cat="debt_dispute", firm="pmt"),
  "The forwarded final bill's early termination charge is the debt Conexus chases; he cancelled in the "
  "cooling-off period, which only Pennant Mobile can correct: implicit, pmt, debt_dispute.",
  orig=O(("Pennant Mobile", "billing@pennantmobile.co.uk"), TW, "Your final bill", (2026, 1, 22, 9, 14), """
      Hi Tomasz,

      Your Pennant Mobile account has now closed. Your final bill is £276.40, which includes an early
      termination charge of £240.00.

      If this is not paid, your account may be passed to a collection agency.

      Pennant Mobile"""),
  own="""
      This is the bill you now chase me for. I cancelled within 14 days in the shop, I have the receipt from
      the shop. This charge should not exist. Please tell Pennant to cancel it.""")

CS = ("Cristina Stan", "cristina.stan@eastgatedebtadvice.org.uk")
S("conexus", "F", "ro", "fwd", CS, ("gmail-fwd", "iphone-fwd"),
  L(c=True, ex=True, tp=True, cat="collection_conduct"),
  "An adviser forwards her client's own email ('I want to make a complaint against Conexus') about a "
  "doorstep visit: explicit because the forwarded author says so, third_party, collection_conduct.",
  fwd_voice=True,
  orig=O(("Florin Georgescu", "florin.georgescu77@yahoo.com"), CS, "Conexus visit", (2026, 3, 9, 7, 48), """
      Hello Cristina,

      I want to make a complaint against Conexus, please send it for me. On Saturday a man from them came to
      my door at 8 in the morning, he knocked for ten minutes and shouted through the letterbox that they will
      take my car. My children were crying. I told him I have an adviser and he said that doesn't matter.

      Florin Georgescu
      Account CNX-6677210"""),
  own="""
      Please see below from our client, Mr Georgescu. His signed authority is on file with you since February.

      Cristina Stan
      Debt Adviser, Eastgate Debt Advice""")

SHe = ("Sofía Herrera", "sofia.herrera.uk@gmail.com")
S("conexus", "F", "es", "fwd", SHe, ("outlook-fwd", "gmail-fwd"), L(),
  "Forwarding the bank's payment confirmation and asking for the remaining balance is an ordinary matter, "
  "not a complaint.",
  orig=O(("Heathcote Bank", "alerts@heathcotebank.co.uk"), SHe, "Payment sent", (2026, 3, 12, 12, 57), """
      Your payment has been sent.

      To: CONEXUS SERVICES LTD
      Reference: CNX6519024
      Amount: £150.00
      Date: 12 March 2026

      Heathcote Bank Online Banking"""),
  own="""
      Hi, payment done today, see below. Can you confirm the balance left please?""")

MC = ("Mariana Costa", "mariana.costa.uk@gmail.com")
S("conexus", "F", "pt", "fwd", MC, ("gmail-fwd", "outlook-fwd"), L(r="access", tp=True),
  "A wife forwards, with no comment, her husband's own request for a copy of all his data and call "
  "recordings: judged by what it carries, access without dissatisfaction, sent on his behalf (third_party).",
  fwd_voice=True,
  orig=O(("Bruno Costa", "bruno.costa.work@gmail.com"), MC, "Conexus data", (2026, 3, 14, 21, 3), """
      Mari, can you send this to Conexus from your email, mine keeps bouncing.

      To Conexus,

      My name is Bruno Costa, account CNX-6490385. Please send me a copy of all the information you hold about
      me, including the recordings of the phone calls from January and February. Please send it by email to my
      wife Mariana at this address.

      Bruno Costa
      18 Palmer Street, Luton LU2 0JT"""),
  own="")

AR = ("Alessandro Ricci", "alessandro.ricci.uk@gmail.com")
S("conexus", "F", "it", "fwd", AR, ("outlook-fwd", "gmail-fwd"), L(c=True, cat="debt_dispute", firm="scl"),
  "He says the Sterling Credit loan was taken out in his name by someone else; only the creditor can "
  "investigate the fraud and correct the debt, so an implicit debt_dispute for scl.",
  orig=O(("Sterling Credit Loans", "collections@sterlingcredit.co.uk"), AR, "Your loan account SCL-55821904",
         (2026, 2, 18, 14, 0), """
      Dear Mr Ricci,

      We refer to your personal loan account SCL-55821904. The outstanding balance of £2,318.00 has been passed
      to Conexus, who will contact you to arrange repayment.

      Sterling Credit Loans"""),
  own="""
      I never took a loan from Sterling. I reported to them in December that somebody used my name, they still
      say I owe £2,318 and now you write to me too. I have the police reference 4410/26/1187. Please stop this
      until they investigate properly.""")

FW = ("Felix Wagner", "felix.wagner.uk@gmail.com")
S("conexus", "F", "de", "fwd", FW, ("gmail-fwd", "outlook-fwd-html"),
  L(c=True, pd=True, br=True, r="erasure", cat="personal_data"),
  "He forwards the third Conexus email this month with another debtor's account, address and balance (a "
  "disclosure: breach) and wants his email address deleted from that account (erasure): implicit "
  "personal-data complaint.",
  orig=O(CX_COLLECT, FW, "Your account CNX-6733581 - payment plan", (2026, 3, 16, 11, 22), """
      Dear Mr F. Wagner,

      Thank you for setting up your payment plan. Your Northline Energy balance of £903.17 will be repaid at £45
      per month starting 1 April 2026.

      Account: CNX-6733581
      Address on file: 27 Tillotson Road, Hull HU5 2LS

      Conexus Collections"""),
  own="""
      This is not me. I don't live in Hull and I have no account with Northline. This is the third email this
      month with this other Mr Wagner's details, so somebody put my email address on his account.

      Please delete my email address from his account and make sure his letters stop coming to me - I should
      not see his debts.""")

FV = ("Femke Visser", "femke.visser.uk@gmail.com")
S("conexus", "F", "nl", "fwd", FV, ("gmail-fwd-html", "outlook-fwd"), L(c=True, cat="debt_dispute"),
  "The forwarded Lumen letter shows a zero balance, yet Conexus keeps chasing £312: the creditor is merely "
  "named and the grievance is Conexus's own pursuit (firm null), an implicit debt_dispute.",
  orig=O(("Lumen Water", "accounts@lumenwater.co.uk"), FV, "Your final bill - account closed",
         (2026, 1, 21, 10, 10), """
      Dear Ms Visser,

      Thank you for letting us know you have moved. Your account for 2 Beech Terrace has been closed and your
      final balance is £0.00. No further payment is due.

      Lumen Water"""),
  own="""
      Lumen confirm I owe nothing (see below, from January). You still send me letters for £312 every two
      weeks. Please close this and stop writing to me.""")

VZ = ("Vytautas Žukauskas", "vytautas.zukauskas@gmail.com")
S("conexus", "F", "lt", "fwd", VZ, ("outlook-fwd", "gmail-fwd"), L(c=True, cat="collection_conduct"),
  "A forward with no comment of his own unanswered email about a collector calling his workplace: judged by "
  "what it carries, an implicit collection_conduct complaint ('complain' appears nowhere).",
  fwd_voice=True,
  orig=O(VZ, ("Conexus Collections", "m.hale@conexus-services.com"), "Calls at my work",
         (2026, 3, 2, 18, 40), """
      Hello,

      Your collector calls my work phone at the warehouse office almost every day, my manager answers and has
      to come and get me. I have told you two times I pay £30 every month on time by standing order. There is
      no reason for these calls.

      Please call only my mobile after 17:00 or write to me. I have not got any answer to my two emails.

      Vytautas Žukauskas
      CNX-6604492"""),
  own="")

# ============================== PEXA, group C (English programs, new mail) ==============================

RH = ("Rebecca Holt", "r.holt@thornburylegal.co.uk")
S("pexa", "C", "en", "reply", RH, ("outlook-orig", "gmail-plain"), L(),
  "Control: sending the rejection notice PEXA asked for under its complaint acknowledgement is an ordinary "
  "answer; the complaint wording is only quoted.",
  orig=O(PX_COMPLAINTS, RH, "Acknowledgement - ref PXR-2026-04630", (2026, 3, 3, 9, 50), """
      Dear Ms Holt,

      We have received your complaint about the lodgement rejection on workspace 58-20775 and logged it under
      reference PXR-2026-04630. Could you send us a copy of the HM Land Registry rejection notice so we can
      investigate?

      Kind regards,
      PEXA Complaints Team"""),
  own="""
      Hi,

      Rejection notice attached, together with the requisition letter dated 26 February. Let me know if you
      need anything else.

      Thanks,
      Rebecca Holt
      Thornbury Legal""")

DP = ("Daniel Price", "d.price@merrowfieldsolicitors.co.uk")
S("pexa", "C", "en", "reply", DP, ("gmail-plain", "outlook-block"), L(c=True, cat="usability"),
  "Control: told the signing screen 'works as designed', the firm says the design itself leads staff to sign "
  "the wrong version and wants to know what will change: an implicit usability complaint.",
  orig=O(PX_RESOLUTION, DP, "Our response - ref PXR-2026-03972", (2026, 3, 6, 14, 22), """
      Dear Mr Price,

      Thank you for your complaint about the new signing screen. We have reviewed the workflow with our product
      team and can confirm that it is working as designed: the signing option is available under the 'Actions'
      menu for each document.

      Kind regards,
      PEXA Customer Resolution"""),
  own="""
      'Working as designed' is exactly the problem. The sign option is now three clicks down under a menu that
      looks the same for every version, and two of my team signed a superseded TR1 last week because of it.

      Please put this to your product team properly and tell me what will change.

      Daniel Price
      Merrowfield Solicitors""")

HC = ("Harriet Cole", "h.cole@sandfordmutual.co.uk")
S("pexa", "C", "en", "new", HC, ("new-plain", "new-html"), L(c=True, ex=True, cat="wait_time"),
  "Control, new mail: 'I want to complain' about 48 minutes on hold to the helpdesk is an explicit complaint "
  "about waiting to reach someone (wait_time).",
  subject="Support line - 48 minutes on hold",
  own="""
      Hello,

      I want to complain about your helpdesk. This morning I was on hold for 48 minutes with a settlement due at
      12:00, and when someone finally answered the call dropped as soon as I gave the workspace number. Nobody
      called back.

      Please tell me what you are doing about phone waiting times, because this is not the first time.

      Harriet Cole
      Completions, Sandford Mutual""")

SA = ("Samuel Adeyemi", "samuel@adeyemiconveyancing.co.uk")
S("pexa", "C", "en", "new", SA, ("new-plain", "new-iphone"), L(r="informed,automated_decision"),
  "Control, new mail: a prospective member asks where the identity-check data comes from and how long the "
  "passport scan is kept (informed) and for a person to decide (automated_decision), with no dissatisfaction.",
  subject="Questions before we apply to join",
  own="""
      Hello,

      Before I submit our application to join the platform I'd like to understand a few things. When you verify
      my identity and practising certificate, where do you get the data you check against, and how long do you
      keep my passport scan?

      Also, if the check is done automatically, I would like my application to be looked at by a person rather
      than decided by the system alone. Is that possible?

      Many thanks,
      Samuel Adeyemi
      Adeyemi Conveyancing""")

GL = ("Gareth Lloyd", "gareth.lloyd@btinternet.com")
S("pexa", "C", "en", "fwd", GL, ("gmail-fwd", "outlook-fwd"), L(c=True, cat="platform_defect", firm="kbs"),
  "Control: a buyer forwards Kestrel's email blaming a platform issue for funds released a day late and wants "
  "his costs paid; a consumer complaint goes to the lender that serves him (kbs) even though it names PEXA "
  "(rule 10), categorised by what went wrong (platform_defect).",
  orig=O(("Completions Team", "completions@kestrelbs.co.uk"), GL, "Your mortgage completion",
         (2026, 3, 13, 16, 2), """
      Dear Mr Lloyd,

      We were unable to release your mortgage funds today because of a technical issue with the PEXA settlement
      platform. We expect to release the funds tomorrow morning.

      Kestrel Completions Team"""),
  own="""
      Got this from my lender at 4pm on completion day. We had the keys arranged and the removal men booked; we
      had to pay them £240 for an extra day and stay with my sister. Was your system actually down? Someone needs
      to pay for this.""")

NH = ("Nadia Hussain", "n.hussain@wyvernlaw.co.uk")
S("pexa", "C", "en", "reply", NH, ("outlook-block", "webmail-html"), L(c=True, cat="delay"),
  "Control: a chaser seven weeks after PEXA's acknowledgement is an implicit complaint about delay (rule 6); "
  "the writer never calls it a complaint herself, the word is only in the quoted acknowledgement.",
  orig=O(PX_COMPLAINTS, NH, "Acknowledgement - ref PXR-2026-02590", (2026, 1, 21, 11, 35), """
      Dear Ms Hussain,

      We have received your complaint about the duplicated workspace fees and logged it under reference
      PXR-2026-02590. We aim to send you our response within 4 weeks.

      Kind regards,
      PEXA Complaints Team"""),
  own="""
      Hello,

      It is now seven weeks since the email below and I have had nothing further - no response, no call, no
      update. Can someone please tell me today where this has got to and when I will have an answer?

      Nadia Hussain
      Wyvern Law""")

OB = ("Oliver Bennett", "o.bennett@castlegatesolicitors.co.uk")
S("pexa", "C", "en", "new", OB, ("new-plain", "new-html"), L(c=True, ex=True, pd=True, br=True, cat="personal_data"),
  "Control, new mail: 'this is a formal complaint' that support emailed the firm's clients' completion "
  "statement to another firm: explicit, breach and personal_data; Greyfriars is only the wrong recipient.",
  subject="Client data sent to another firm",
  own="""
      Dear PEXA,

      This is a formal complaint. On 9 March your support team emailed the completion statement for our clients
      Mr and Mrs Okoro (workspace 58-22261) to Greyfriars Law instead of to us. Greyfriars' cashier rang to tell
      us; it showed our clients' names, their new address, the purchase price and the mortgage details.

      Please confirm in writing how this happened, whether it has been reported to the ICO and what you are
      doing to stop it happening again.

      Oliver Bennett
      Compliance Partner, Castlegate Solicitors""")

# ============================== Conexus, group C ==============================

KS = ("Kelly Simpson", "kellysimpson88@gmail.com")
S("conexus", "C", "en", "reply", KS, ("gmail-plain", "iphone"), L(),
  "Control: offering to pay a missed £25 on the 28th is an ordinary answer to an arrears letter.",
  orig=O(CX_COLLECT, KS, "Arrears on your account CNX-6358820", (2026, 3, 9, 8, 20), """
      Dear Ms Simpson,

      Your payment of £25 due on 1 March has not been received. Please make the payment or contact us within
      14 days.

      Conexus Collections"""),
  own="""
      Hi, sorry I got paid late this month. I can pay the £25 on the 28th when my wages come in. Will that be ok?

      Kelly""")

GT = ("Graham Turner", "g.turner1962@outlook.com")
S("conexus", "C", "en", "reply", GT, ("outlook-orig", "webmail-html"), L(c=True, ex=True, cat="delay"),
  "Control: 'I made my complaint on 5 January' and nine weeks without a response: an explicit chaser, "
  "category delay (rule 6).",
  orig=O(CX_RELATIONS, GT, "Acknowledgement - ref CNX-CR-37702", (2026, 1, 6, 10, 0), """
      Dear Mr Turner,

      We have received your complaint about the letters sent to your previous address and will reply within
      8 weeks.

      Conexus Customer Relations"""),
  own="""
      I made my complaint on 5 January and your acknowledgement below said 8 weeks. It's now over nine weeks and
      I haven't had a response or even an update. Please send the final response this week.

      Graham Turner""")

PS = ("Priya Shah", "priya.shah@riversidecab.org.uk")
S("conexus", "C", "en", "new", PS, ("new-plain", "new-html"), L(c=True, ex=True, tp=True, cat="process"),
  "Control, new mail: an adviser raises 'a complaint' for her deaf client about the rule that plans can only be "
  "set up by phone: explicit, the rule itself is the grievance (process), third_party.",
  subject="Phone-only payment plans - my client Mr D. Ward",
  own="""
      Dear Conexus,

      I am writing on behalf of my client, Mr Desmond Ward (account CNX-6249967), who is profoundly deaf. I want
      to raise a complaint about your rule that a payment plan can only be set up by the customer personally
      over the phone. Mr Ward cannot use the phone, and your team refused to accept the plan by email or
      through me last week.

      Please change how you handle this for Mr Ward and confirm another way to set up the plan.

      Priya Shah
      Money Adviser, Riverside Citizens Advice""")

LMa = ("Leanne Marsh", "leanne.marsh@yahoo.co.uk")
S("conexus", "C", "en", "fwd", LMa, ("outlook-fwd", "gmail-fwd"), L(c=True, cat="debt_dispute", firm="wbc"),
  "Control: the council charged a year's council tax on a house she sold in June 2024; the charge making up "
  "the debt can only be fixed by the creditor, so an implicit debt_dispute for wbc.",
  orig=O(("Westbury Council Tax Services", "revenues@westbury.gov.uk"), LMa, "Council tax - 8 Hill View",
         (2026, 2, 19, 9, 30), """
      Dear Ms Marsh,

      Our records show council tax of £1,146.52 unpaid for 8 Hill View for the period 1 April 2024 to
      31 March 2025. This account has been passed to Conexus for collection.

      Westbury Council Tax Services"""),
  own="""
      The council are charging me for 8 Hill View for a whole year but I sold it in June 2024 - completion
      statement attached. I've written to them twice. I'm not paying for months I didn't own it, please sort this
      out with them.""")

HB = ("Hugh Barrett", "hugh.barrett@gmail.com")
S("conexus", "C", "en", "new", HB, ("new-plain", "new-iphone"), L(br=True),
  "Control, new mail: someone else's payment-plan email with her account, balance and address reached him; he "
  "deleted it and needs no reply: breach=true on a non-complaint, no right asked for himself (as lg-32).",
  subject="Your email reached the wrong person",
  own="""
      Hello,

      This morning I received an email from your collections team addressed to a Ms Joanne Barratt about a
      payment plan. It had her account number, her balance and her address in Grimsby. I'm not her; I think
      someone has mistyped her email address as mine.

      I've deleted it. No need to reply, but you'll want to check the email address you have for her.

      Hugh Barrett""")

MDo = ("Margaret Doyle", "margaret.doyle@talktalk.net")
S("conexus", "C", "en", "reply", MDo, ("gmail-plain", "gmail-html"), L(),
  "Control: thanks for an upheld complaint and a hold on collection, happy with the outcome: not a complaint "
  "(rule 5).",
  orig=O(CX_RELATIONS, MDo, "Our final response - ref CNX-CR-39120", (2026, 3, 10, 15, 15), """
      Dear Mrs Doyle,

      We have upheld your complaint about the calls you received during your stay in hospital. We have added a
      note to your account, put collection on hold for 60 days and refunded the £20 charge. We are sorry for the
      distress caused.

      Conexus Customer Relations"""),
  own="""
      Thank you for your letter and for the phone call from Sam. I'm happy with how this has been settled, and
      the 60 days will help while I get back on my feet.

      Margaret Doyle""")

CF = ("Craig Fletcher", "craig.fletcher@gmail.com")
S("conexus", "C", "en", "new", CF, ("new-plain", "new-html"),
  L(c=True, pd=True, r="informed,erasure", cat="personal_data"),
  "Control, new mail: after settling in 2024 he gets a letter at a new address he never gave; annoyed, he asks "
  "where it came from and why data is still kept (informed) and for deletion (erasure): implicit "
  "personal-data complaint (data obtained and used unexpectedly).",
  subject="Account settled in 2024 - why are you still writing to me?",
  own="""
      Hello,

      I settled my Pennant Mobile account with you in full in August 2024 and you confirmed it was closed. This
      week a letter from you arrived at my new flat asking me to 'confirm my details'. I moved in 2025 and never
      gave you this address, and I'm annoyed that you are still tracing me nearly two years after it was paid.

      Please tell me where you got my new address and why you are still keeping my information, and then
      delete everything you don't legally need to keep.

      Craig Fletcher""")

# ---------------------------------------------------------------------------------------------
# rendering

# envelopes whose quote or forward starts at a mark new_text() cannot see (or, for the iPhone forward, where
# its "> " cut hides a forwarded mail that carries the sender's words): the only envelopes where record_errors'
# explicit check may be replaced by the own check below
CHECKER_BLIND = {"outlook-block", "outlook-orig", "outlook-html", "gmail-html", "samsung", "outlook-fwd",
                 "outlook-fwd-html", "gmail-fwd", "gmail-fwd-html", "iphone-fwd"}
# English envelopes where new_text() finds the quote itself
ENGLISH_SEEN = {"outlook-orig", "gmail-plain", "iphone", "webmail-html", "new-plain", "new-html", "new-iphone"}


def program_of(kind):
    if kind.startswith("outlook"):
        return "Outlook"
    if kind.startswith("gmail"):
        return "Gmail"
    if kind.startswith("new"):
        return "new mail"
    return "other"


def paras(text):
    return [p for p in text.split("\n\n") if p.strip()]


def mso(text):
    """Outlook HTML paragraphs of text (an empty MsoNormal paragraph between them)."""
    out = []
    for i, p in enumerate(paras(text)):
        if i:
            out.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
        out.append(f"<p class=MsoNormal>{escape_html(p).replace(chr(10), '<br>')}<o:p></o:p></p>")
    return out


def gdivs(text):
    """Gmail HTML divs of text (a <div><br></div> between paragraphs)."""
    out = []
    for i, p in enumerate(paras(text)):
        if i:
            out.append("<div><br></div>")
        out.append("".join(f"<div>{escape_html(ln) if ln else '<br>'}</div>" for ln in p.split("\n")))
    return "".join(out)


def ol_label_html(label):
    return escape_html(label).replace(" :", "&nbsp;:")


def outlook_block_plain(lang, o, orig_line=False):
    fr, se, to, su = OL_LABELS[lang]
    head = OL_ORIGINAL[lang] if orig_line else "________________________________"
    return "\n".join([head, f"{fr} {fmt_addr(o['frm'])}", f"{se} {outlook_sent(o['when'], lang)}",
                      f"{to} {fmt_addr(o['to'])}", f"{su} {o['subject']}"])


def outlook_html(lang, own, o):
    fr, se, to, su = OL_LABELS[lang]
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
           f'<body lang={HTML_LANG[lang]} link="#0563C1" vlink="#954F72" style="word-wrap:break-word">'
           '<div class=WordSection1>']
    out += mso(own) if own.strip() else []
    out.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
    out.append("<div><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
               f"<p class=MsoNormal><b>{ol_label_html(fr)}</b> {escape_html(fmt_addr(o['frm']))}<br>"
               f"<b>{ol_label_html(se)}</b> {escape_html(outlook_sent(o['when'], lang))}<br>"
               f"<b>{ol_label_html(to)}</b> {escape_html(fmt_addr(o['to']))}<br>"
               f"<b>{ol_label_html(su)}</b> {escape_html(o['subject'])}<o:p></o:p></p></div></div>")
    out.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
    out += mso(o["text"])
    out.append("</div></body></html>")
    return "\n".join(out)


GMAIL_QUOTE_STYLE = "margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"


def gmail_reply_html(lang, own, o):
    attr = gmail_attr(o["when"], lang, *o["frm"])
    return (f'<div dir="ltr">{gdivs(own)}</div><br>'
            f'<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
            f'{escape_html(attr)}<br></div><blockquote class="gmail_quote" style="{GMAIL_QUOTE_STYLE}">'
            f'<div dir="ltr">{gdivs(o["text"])}</div></blockquote></div>')


def gmail_fwd_head(lang, o):
    return [GMAIL_FWD[lang], f"{GMAIL_FROM[lang]} {fmt_addr(o['frm'])}", f"Date: {gmail_date(o['when'], lang)}",
            f"Subject: {o['subject']}", f"To: {fmt_addr(o['to'])}"]


def gmail_fwd_html(lang, own, o):
    name, addr = o["frm"]
    head = (f'{escape_html(GMAIL_FWD[lang])}<br>{escape_html(GMAIL_FROM[lang])} '
            f'<strong class="gmail_sendername" dir="auto">{escape_html(name)}</strong> '
            f'<span dir="auto">&lt;{escape_html(addr)}&gt;</span><br>'
            f'Date: {escape_html(gmail_date(o["when"], lang))}<br>Subject: {escape_html(o["subject"])}<br>'
            f'To: {escape_html(fmt_addr(o["to"]))}<br>')
    top = f"{gdivs(own)}<br>" if own.strip() else ""
    return (f'<div dir="ltr">{top}<div class="gmail_quote gmail_quote_container">'
            f'<div dir="ltr" class="gmail_attr">{head}</div><br><br><div dir="ltr">{gdivs(o["text"])}</div>'
            f'</div></div>')


def iphone_fwd_plain(lang, o):
    fr, da, to, su = IPHONE_FWD_LABELS[lang]
    block = "\n".join([f"{fr} {fmt_addr(o['frm'])}", f"{da} {iphone_fwd_date(o['when'], lang)}",
                       f"{to} {fmt_addr(o['to'])}", f"{su} {o['subject']}", "", o["text"]])
    return IPHONE_FWD[lang] + "\n\n" + quote_lines(block)


# words a typo must not touch: the ones that carry a data-rights request or a decision the labels rest on
PROTECTED = {"object", "delete", "correct", "corrected", "update", "person", "decide", "decided", "decision",
             "system", "machine", "records", "recordings", "information", "personal", "machine-readable",
             "planner", "review", "investigate", "explanation", "mistake", "deleted", "refund", "statute"}


def add_typos(text, rng, p_second=0.25):
    """One letter-edit typo (two with probability p_second) in words of 6+ lower-case letters standing alone
    (TYPO_WORD), never in a "compl..." word or a PROTECTED one. Draws: one random(), one sample(), then the
    letter edits of edit_words in order from the last pick back."""
    cands = [(m.start(), m.end()) for m in TYPO_WORD.finditer(text)
             if "compl" not in m.group(0) and m.group(0) not in PROTECTED]
    k = 1 + (rng.random() < p_second)
    for a, b in sorted(rng.sample(cands, min(k, len(cands))), reverse=True):
        text = text[:a] + edit_words(text[a:b], rng, lambda w: True) + text[b:]
    return text


def with_prefix(prefix, subject):
    return f"{prefix} {subject}"


def render(sc, env, rng, typo):
    """One record of scenario sc in envelope env ("<lang>-<kind>")."""
    lang, kind = env.split("-", 1)
    own = sc["own"]
    if typo and own.strip() and not sc["auto"]:
        own = add_typos(own, rng)
    o = sc["orig"]
    html = False
    headers = dict(sc["headers1"]) if env == sc["envs"][0] else {}
    if sc["kind"] == "new":
        subject = sc["subject"]
        if kind == "new-plain":
            body = own
        elif kind == "new-html":
            body = html_with_quote(own)
            html = True
        else:  # new-iphone
            body = own + "\n\n" + IPHONE_SIG[lang]
    elif sc["kind"] == "reply":
        if sc["auto"]:
            prefix = OL_AUTO[lang]
        elif kind.startswith("outlook"):
            prefix = OL_REPLY[lang]
        else:
            prefix = "Re:"
        subject = with_prefix(prefix, o["subject"])
        if kind == "outlook-block":
            body = own + "\n\n" + outlook_block_plain(lang, o) + "\n\n" + o["text"]
        elif kind == "outlook-orig":
            body = own + "\n\n" + outlook_block_plain(lang, o, orig_line=True) + "\n\n" + o["text"]
        elif kind == "outlook-html":
            body, html = outlook_html(lang, own, o), True
        elif kind == "gmail-plain":
            body = own + "\n\n" + gmail_attr(o["when"], lang, *o["frm"]) + "\n\n" + quote_lines(o["text"])
        elif kind == "gmail-html":
            body, html = gmail_reply_html(lang, own, o), True
        elif kind == "iphone":
            body = (own + "\n\n" + IPHONE_SIG[lang] + "\n\n"
                    + quote_lines(iphone_attr(o["when"], lang, *o["frm"]) + "\n\n" + o["text"]))
        elif kind == "samsung":
            line, (fr, da, to, su), sig = SAMSUNG[lang]
            body = "\n".join([own, "", "", "", sig, "", "", line, f"{fr} {fmt_addr(o['frm'])}",
                              f"{da} {samsung_date(o['when'], lang)}", f"{to} {fmt_addr(o['to'])}",
                              f"{su} {o['subject']}", "", o["text"]])
        elif kind == "webmail-html":
            attr = f"On {parts(o['when'], lang)['d']} {MON_SHORT[lang][o['when'].month - 1]} {o['when'].year}, {o['frm'][0]} wrote:"
            body = html_with_quote(own, attr + "\n" + quote_lines(o["text"]))
            html = True
        else:
            raise ValueError(env)
    else:  # fwd
        prefix = OL_FWD[lang] if kind.startswith("outlook") else "Fwd:"
        subject = with_prefix(prefix, o["subject"])
        top = own + "\n\n" if own.strip() else "\n"
        if kind == "outlook-fwd":
            body = top + outlook_block_plain(lang, o) + "\n\n" + o["text"]
        elif kind == "outlook-fwd-html":
            body, html = outlook_html(lang, own, o), True
        elif kind == "gmail-fwd":
            body = top + "\n".join(gmail_fwd_head(lang, o)) + "\n\n\n" + o["text"]
        elif kind == "gmail-fwd-html":
            body, html = gmail_fwd_html(lang, own, o), True
        elif kind == "iphone-fwd":
            body = top + IPHONE_SIG[lang] + "\n\n" + iphone_fwd_plain(lang, o)
        else:
            raise ValueError(env)
    # the sender's own words: subject, own text and, for a forward of the complainant's own mail, that mail
    voice = subject + "\n" + own + ("\n" + o["subject"] + "\n" + o["text"] if sc["fwd_voice"] else "")
    check = own if not html else escape_html(own.split("\n")[0])
    assert check in body, (sc["source"], env)
    rec = {"id": None, "mailbox": sc["mailbox"], "from": fmt_addr(sc["sender"]), "subject": subject,
           "headers": headers, "body": body, "html": html, "labels": dict(sc["labels"], rights=list(sc["labels"]["rights"])),
           "note": sc["note"], "source": sc["source"], "train_labels": ["complaint"], "_env": env}
    META[(sc["source"], env)] = dict(voice=voice, kind=kind, lang=lang, group=sc["group"], blind=kind in CHECKER_BLIND
                                     and not (lang == "en" and kind in ENGLISH_SEEN))
    return rec


META = {}
DROPPED = []  # (source, env) whose record_errors explicit check was replaced by the own check


def errors(rec):
    """record_errors, with its explicit check replaced by the own check (on the sender's words) for envelopes
    whose quote or forward starts at a mark new_text() cannot see; the own check applies to every record."""
    key = (rec["source"], rec["_env"])
    meta = META[key]
    out = []
    for e in record_errors(rec):
        if e.startswith("explicit=") and meta["blind"]:
            DROPPED.append(key)
            continue
        out.append(e)
    lab = rec["labels"]
    if lab["complaint"]:
        has = "complain" in meta["voice"].lower()
        if has != lab["explicit"]:
            out.append(f"own check: explicit={lab['explicit']} but 'complain' in the sender's words={has}")
    return out


def build(rng):
    records = []
    for sc in SCENARIOS:
        assert len(sc["envs"]) == 2 and sc["envs"][0] != sc["envs"][1], sc["source"]
        for i, kind in enumerate(sc["envs"]):
            records.append(render(sc, f"{sc['lang']}-{kind}", rng, typo=(i == 1)))
    return records


def summary(records, env_counts):
    n = len(records)
    by_src = collections.OrderedDict()
    for sc in SCENARIOS:
        by_src[sc["source"]] = sc
    lines = [f"wrote {OUT}: {n} emails from {len(by_src)} scenarios"]
    labs = [r["labels"] for r in records]
    comp = [lab for lab in labs if lab["complaint"]]
    lines.append(f"complaints: {len(comp)} emails ({sum(lab['explicit'] for lab in comp)} explicit), "
                 f"non-complaints {n - len(comp)}; breach {sum(lab['breach'] for lab in labs)}; "
                 f"auto_generated {sum(lab['auto_generated'] for lab in labs)}; "
                 f"third_party {sum(lab['third_party'] for lab in labs)}; "
                 f"personal_data {sum(lab['personal_data'] for lab in labs)}")
    lines.append("rights (emails): " + ", ".join(f"{r} {sum(r in lab['rights'] for lab in labs)}" for r in RIGHTS))
    lines.append("about_other_firm (emails): " + str(dict(collections.Counter(
        str(lab["about_other_firm"]) for lab in labs))))
    lines.append("category (emails): " + str(dict(collections.Counter(lab["category"] for lab in labs))))
    for name, key in (("group", "group"), ("language", "lang")):
        c = collections.Counter(m[key] for m in META.values())
        lines.append(f"per {name} (emails): {dict(sorted(c.items()))}")
    c = collections.Counter(program_of(m["kind"]) for m in META.values())
    lines.append(f"per program (emails): {dict(sorted(c.items()))}")
    lines.append(f"envelopes: {dict(sorted(collections.Counter(m['kind'] for m in META.values()).items()))}")
    lines.append(f"record_errors explicit check replaced by the own check: {len(DROPPED)} records "
                 f"({dict(collections.Counter(k[1] for k in DROPPED))})")
    g = collections.Counter((sc["group"], sc["mailbox"]) for sc in SCENARIOS)
    lines.append(f"scenarios per group and mailbox: {dict(sorted(g.items()))}")
    return "\n".join(lines)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=errors)


if __name__ == "__main__":
    sys.exit(main())
