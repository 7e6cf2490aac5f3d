#!/usr/bin/env python3
"""Judge set E for web-form relays: mail that a site's "Contact us" / "Make a complaint" / "Data request" /
"Feedback" form (or a firm's portal) emails to the complaints mailbox, the machine mail that looks like it, and
controls written by people themselves.

60 scenarios (30 per mailbox), each rendered twice with different envelopes: 120 emails.
* Group F (34): a form relay, each copy in the default notification of a real form product (one product a copy).
* Group N (14): machine mail: receipts with no submitter text, admin alerts without the submission, portal
  notifications, form services' billing, digests and newsletters.
* Group C (12): people writing ordinary email (several forward a firm's letter or paste reference lines).

Labels of a form relay follow what the submitter wrote; `explicit` is true exactly when the submitter calls it a
complaint (in their own text or by choosing "Complaint" as the topic): the form's own title, page address, subject
or footer does not count. record_errors looks for "complain" in the whole new text, so for form relays
`wfe_errors` drops that one check where it disagrees and applies the submitter-text check instead.

Stdlib only.  Usage: .venv/bin/python data/make/make_web_form_judge_e.py
"""
import collections
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (escape_html, html_with_quote, new_text, quote_lines, record_errors,  # noqa: E402
                           run_generator, short_labels)

SEED = 20280419
PREFIX = "wfe"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "web_form_judge_e.jsonl")

FIRM = {
    "pexa": {"site": "PEXA UK", "domain": "pexa.co.uk", "url": "https://www.pexa.co.uk",
             "admin": "web.admin@pexa.co.uk", "box": "complaints@pexa.co.uk", "crm": "pexa"},
    "conexus": {"site": "Conexus", "domain": "conexus-services.com", "url": "https://www.conexus-services.com",
                "admin": "webmaster@conexus-services.com", "box": "complaints@conexus-services.com",
                "crm": "conexus"},
}

# (source, env) -> the submitter's own text in that copy (topic choice, subject field, free texts)
SUBMITTER = {}
# (source, env) -> (group, product, html, sender kind)
META = {}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def slug(title):
    return "-".join("".join(ch if ch.isalnum() else " " for ch in title.lower()).split())


def when(rng):
    """A submission time between 10 and 27 April 2026 (after every date the texts mention): (day, month, hour,
    minute)."""
    return rng.randrange(10, 28), 4, rng.randrange(7, 22), rng.randrange(60)


def ip(rng):
    return f"{rng.choice(('192.0.2', '198.51.100', '203.0.113'))}.{rng.randrange(2, 250)}"


UAS = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 "
       "Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
       "Version/17.4 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 "
       "Mobile Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 "
       "Safari/605.1.15")


def h(s):
    """Escape a submitted value for an HTML body, keeping its line breaks."""
    return escape_html(s).replace("\n", "<br>")


# ---------------------------------------------------------------------------------------------
# form fields: the firm chose them, so labels vary from form to form

NAME_LABELS = (("Name",), ("First name", "Last name"), ("Full name",), ("Your name",))
EMAIL_LABELS = ("Email", "Email address", "Your email", "E-mail")
PHONE_LABELS = ("Phone", "Telephone", "Phone number", "Contact number", "Mobile")
ORG_LABELS = ("Firm / organisation", "Company", "Organisation name", "Firm name")
REF_LABELS = {"pexa": ("Workspace ID (if relevant)", "PEXA reference", "Workspace or invoice number"),
              "conexus": ("Account number", "Conexus reference", "Your account reference",
                          "Reference number (on your letter)")}
TOPIC_LABELS = ("Topic", "Reason for contact", "What is your enquiry about?", "Enquiry type", "Category",
                "Nature of your enquiry")
MSG_LABELS = ("Message", "Your message", "How can we help?", "Details", "Tell us what happened",
              "Please give details")
SECOND_LABELS = ("What would you like us to do?", "What outcome are you looking for?",
                 "How would you like us to put this right?")
SUBJ_LABELS = ("Subject", "Subject", "Summary", "Your subject")

TYPEFORM_Q = {"first": "First, what's your name?", "email": "Thanks {first}. What's the best email to reach you on?",
              "phone": "And a phone number, in case we need to call?", "org": "Which firm do you work for?",
              "ref": "Do you have a reference number? It's at the top of our letters.",
              "address": "What's your postal address?", "dob": "What's your date of birth?",
              "topic": "Which of these best describes why you're getting in touch?",
              "subj": "In a few words, what is it about?",
              "msg": "Tell us everything we need to know.", "second": "What would you like to happen next?"}


def fields_for(sc, mb, rng, product, keep_phone):
    """[(label, value)] of one copy's form, and the submitter's own text in it."""
    out, own = [], []
    if product == "typeform":
        q = TYPEFORM_Q
        out.append((q["first"], f"{sc['first']} {sc['last']}"))
        out.append((q["email"].format(first=sc["first"]), sc["email"]))
        for k in ("phone", "org", "ref", "address", "dob"):
            if sc.get(k) and (k != "phone" or keep_phone):
                out.append((q[k], sc[k]))
        if sc.get("topic"):
            out.append((q["topic"], sc["topic"]))
            own.append(sc["topic"])
        out.append((q["msg"], sc["msg"]))
        own.append(sc["msg"])
        if sc.get("second"):
            out.append((q["second"], sc["second"]))
            own.append(sc["second"])
        return out, own
    if product == "hubspot":
        names = ("First name", "Last name")
        email_l, phone_l = "Email", "Phone number"
    else:
        names = NAME_LABELS[rng.randrange(len(NAME_LABELS))]
        email_l = rng.choice(EMAIL_LABELS)
        phone_l = rng.choice(PHONE_LABELS)
    if len(names) == 2:
        out += [(names[0], sc["first"]), (names[1], sc["last"])]
    else:
        out.append((names[0], f"{sc['first']} {sc['last']}"))
    out.append((email_l, sc["email"]))
    if sc.get("phone") and keep_phone:
        out.append((phone_l, sc["phone"]))
    if sc.get("org"):
        out.append((rng.choice(ORG_LABELS), sc["org"]))
    if sc.get("address"):
        out.append((rng.choice(("Address", "Postal address", "Your address")), sc["address"]))
    if sc.get("dob"):
        out.append(("Date of birth", sc["dob"]))
    if sc.get("ref"):
        out.append((rng.choice(REF_LABELS[mb]), sc["ref"]))
    if sc.get("topic"):
        out.append((rng.choice(TOPIC_LABELS), sc["topic"]))
        own.append(sc["topic"])
    if product in SUBJECT_FIELD:
        out.append((rng.choice(SUBJ_LABELS), sc["subj"]))
        own.append(sc["subj"])
    out.append((rng.choice(MSG_LABELS), sc["msg"]))
    own.append(sc["msg"])
    if sc.get("second"):
        out.append((rng.choice(SECOND_LABELS), sc["second"]))
        own.append(sc["second"])
    return out, own


# products whose default form has a subject line the submitter types
SUBJECT_FIELD = {"cf7", "squarespace", "salesforce", "portal", "dynamics"}


# ---------------------------------------------------------------------------------------------
# the default notifications of the form products (each returns from, subject, headers, body, html)


def r_cf7(f, form, flds, sc, rng):
    extra = [(l, v) for l, v in flds if v not in (sc["email"], sc["subj"], sc["msg"], sc.get("second"))
             and l not in ("Name", "Your name", "Full name", "First name", "Last name")]
    lines = [f"From: {sc['first']} {sc['last']} <{sc['email']}>", f"Subject: {sc['subj']}"]
    lines += [f"{l}: {v}" for l, v in extra]
    lines += ["", "Message Body:", sc["msg"]]
    if sc.get("second"):
        lines += ["", [l for l, v in flds if v == sc["second"]][0], sc["second"]]
    lines += ["", "-- ", f"This e-mail was sent from a contact form on {f['site']} ({f['url']})"]
    return (f"{f['site']} <wordpress@{f['domain']}>", f'{f["site"]} "{sc["subj"]}"', {"reply-to": sc["email"]},
            "\n".join(lines), False)


def r_wpforms(f, form, flds, sc, rng):
    rows = "".join(
        f'<tr><td style="border-top:1px solid #dddddd;padding:15px 0 5px 0;"><strong>{escape_html(l)}</strong>'
        f'</td></tr>\n<tr><td style="padding:0 0 15px 0;">{h(v)}</td></tr>\n' for l, v in flds)
    body = ('<html><body style="background-color:#e9eaec;">\n<table align="center" border="0" cellpadding="0" '
            'cellspacing="0" width="600" style="background-color:#ffffff;padding:30px;">\n' + rows +
            f'</table>\n<p style="text-align:center;color:#72777c;font-size:12px;">Sent from '
            f'<a href="{f["url"]}">{escape_html(f["site"])}</a></p>\n</body></html>')
    return (f"{f['site']} <{f['admin']}>", f"New Entry: {form}", {"reply-to": sc["email"]}, body, True)


def r_gravity(f, form, flds, sc, rng):
    rows = "".join(
        f'<tr bgcolor="#EAF2FA"><td colspan="2"><font style="font-family: sans-serif; font-size:12px;">'
        f'<strong>{escape_html(l)}</strong></font></td></tr>\n<tr bgcolor="#FFFFFF"><td width="20">&nbsp;</td>'
        f'<td><font style="font-family: sans-serif; font-size:12px;">{h(v)}</font></td></tr>\n' for l, v in flds)
    body = ('<html><body>\n<table width="99%" border="0" cellpadding="1" cellspacing="0" bgcolor="#EAEAEA"><tr>'
            '<td>\n<table width="100%" border="0" cellpadding="5" cellspacing="0" bgcolor="#FFFFFF">\n' + rows +
            '</table>\n</td></tr></table>\n</body></html>')
    return (f"WordPress <{f['admin']}>", f"New submission from {form}", {}, body, True)


def r_ninja(f, form, flds, sc, rng):
    rows = "".join(f"<tr><td>{escape_html(l)}:</td><td>{h(v)}</td></tr>" for l, v in flds)
    body = f"<html><body><table><tbody>{rows}</tbody></table></body></html>"
    return (f"WordPress <wordpress@{f['domain']}>", "Ninja Forms Submission", {"reply-to": sc["email"]}, body, True)


def r_formidable(f, form, flds, sc, rng):
    rows = []
    for i, (l, v) in enumerate(flds):
        bg = "#ffffff" if i % 2 == 0 else "#f7f7f7"
        rows.append(f'<tr style="background-color:{bg};"><th style="text-align:left;padding:7px 9px;'
                    f'border-top:1px solid #dddddd;">{escape_html(l)}</th><td style="padding:7px 9px;'
                    f'border-top:1px solid #dddddd;">{h(v)}</td></tr>')
    body = ('<html><body>\n<table cellspacing="0" style="font-size:12px;line-height:135%;border-bottom:1px solid '
            '#dddddd;"><tbody>\n' + "\n".join(rows) + "\n</tbody></table>\n</body></html>")
    return (f"{f['site']} <{f['admin']}>", f"{form} Form submitted on {f['site']}", {"reply-to": sc["email"]},
            body, True)


def r_elementor(f, form, flds, sc, rng):
    d, m, hh, mm = when(rng)
    lines = [f"{escape_html(l)}: {h(v)}<br>" for l, v in flds]
    lines += ["<br>---<br><br>", f"Date: {MONTHS[m - 1]} {d}, 2026<br>",
              f"Time: {(hh - 1) % 12 + 1}:{mm:02d} {'am' if hh < 12 else 'pm'}<br>",
              f"Page URL: {f['url']}/{slug(form)}/<br>", f"User Agent: {rng.choice(UAS)}<br>",
              f"Remote IP: {ip(rng)}<br>", "Powered by: Elementor<br>"]
    return (f"{f['site']} <email@{f['domain']}>", f'New message from "{f["site"]}"', {"reply-to": sc["email"]},
            "<html><body>\n" + "\n".join(lines) + "\n</body></html>", True)


def r_fluent(f, form, flds, sc, rng):
    rows = "".join(
        f'<tr class="field-label"><th style="padding:6px 12px;background-color:#f8f8f8;text-align:left;">'
        f'<strong>{escape_html(l)}</strong></th></tr>\n<tr class="field-value"><td style="padding:6px 12px 12px '
        f'12px;">{h(v)}</td></tr>\n' for l, v in flds)
    body = ('<html><body>\n<table class="ff_all_data" width="600" cellpadding="0" cellspacing="0"><tbody>\n' + rows +
            f'</tbody></table>\n<p style="font-size:11px;color:#777777;">This email was sent from '
            f'<a href="{f["url"]}">{escape_html(f["site"])}</a> by Fluent Forms.</p>\n</body></html>')
    return (f"{f['site']} <wordpress@{f['domain']}>", f"New Form Submission - {form}", {"reply-to": sc["email"]},
            body, True)


def r_jotform(f, form, flds, sc, rng):
    sid = rng.randrange(10 ** 17, 10 ** 18)
    rows = "".join(
        f'<tr class="questionRow"><td class="questionColumn" style="padding:5px 10px;background:#f3f3fe;'
        f'width:170px;"><b>{escape_html(l)}</b></td><td class="valueColumn" style="padding:5px 10px;">{h(v)}</td>'
        f'</tr>\n' for l, v in flds)
    body = ('<html><body>\n<table width="600" cellpadding="0" cellspacing="0" style="font-family:Verdana,sans-serif;'
            f'font-size:13px;">\n<tr><td colspan="2" style="background:#0a1551;color:#ffffff;padding:16px;">'
            f'<h2 style="margin:0;">{escape_html(form)}</h2></td></tr>\n' + rows +
            f'</table>\n<p style="font-size:11px;color:#6f76a7;">You can <a href="https://www.jotform.com/edit/{sid}">'
            f'edit this submission</a> and <a href="https://www.jotform.com/inbox/24{sid % 10 ** 12}">view all '
            'your submissions</a> easily.</p>\n</body></html>')
    return ("Jotform <noreply@jotform.com>", f"Re: {form}", {"reply-to": sc["email"]}, body, True)


def r_typeform(f, form, flds, sc, rng):
    qa = "".join(f'<p style="font-weight:bold;margin:18px 0 4px 0;">{escape_html(l)}</p>\n<p style="margin:0;">'
                 f'{h(v)}</p>\n' for l, v in flds)
    tid = "".join(rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
    body = (f'<html><body style="font-family:Helvetica,Arial,sans-serif;">\n<p>Your typeform <b>{escape_html(form)}'
            f'</b> has a new response.</p>\n' + qa +
            f'<p><a href="https://admin.typeform.com/form/{tid}/results#responses">See all responses</a></p>\n'
            '<p style="font-size:11px;color:#8c8c8c;">You are receiving this email because you turned on '
            'notifications for this typeform. Typeform S.L., Carrer Bac de Roda 163, 08018 Barcelona, Spain</p>\n'
            '</body></html>')
    return ("Typeform <notifications@typeform.io>", f"New response to {form}", {}, body, True)


def r_cognito(f, form, flds, sc, rng):
    n = rng.randrange(40, 900)
    rows = "".join(f'<tr><td style="padding:6px 10px;color:#555555;vertical-align:top;width:35%;">{escape_html(l)}'
                   f'</td><td style="padding:6px 10px;">{h(v)}</td></tr>\n' for l, v in flds)
    org = f["site"].replace(" ", "")
    body = (f'<html><body>\n<p>A new entry has been submitted to <b>{escape_html(form)}</b>.</p>\n'
            f'<table cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;font-size:14px;">\n' + rows +
            f'</table>\n<p><a href="https://www.cognitoforms.com/{org}/{slug(form).replace("-", "")}/entries/{n}">'
            'View Entry</a></p>\n<p style="font-size:11px;color:#999999;">Powered by Cognito Forms</p>\n'
            '</body></html>')
    return ("Cognito Forms <notifications@cognitoforms.com>", f"{form} - Entry #{n}", {}, body, True)


def r_wufoo(f, form, flds, sc, rng):
    n = rng.randrange(100, 3000)
    rows = "".join(f'<tr><th style="text-align:left;vertical-align:top;padding:7px 9px;border-bottom:1px solid '
                   f'#eeeeee;width:30%;">{escape_html(l)}</th><td style="padding:7px 9px;border-bottom:1px solid '
                   f'#eeeeee;">{h(v)}</td></tr>\n' for l, v in flds)
    acct = f["site"].lower().replace(" ", "")
    body = ('<html><body>\n<table border="0" cellspacing="0" cellpadding="0" width="100%" style="font-family:'
            '\'Lucida Grande\',Tahoma,Arial,sans-serif;font-size:12px;">\n' + rows +
            f'</table>\n<p style="font-size:11px;color:#999999;">This entry was submitted via '
            f'https://{acct}.wufoo.com/forms/{slug(form)}/ from {ip(rng)}.</p>\n</body></html>')
    return ("Wufoo <no-reply@wufoo.com>", f"{form} [#{n}]", {"reply-to": sc["email"]}, body, True)


def r_formstack(f, form, flds, sc, rng):
    d, m, hh, mm = when(rng)
    rows = "".join(f'<tr><td style="padding:4px 8px;vertical-align:top;"><b>{escape_html(l)}:</b></td>'
                   f'<td style="padding:4px 8px;">{h(v)}</td></tr>\n' for l, v in flds)
    body = (f'<html><body>\n<p>Formstack Submission For: [{escape_html(form)}]<br>\nSubmitted at {m:02d}/{d:02d}/26 '
            f'{(hh - 1) % 12 + 1}:{mm:02d} {"AM" if hh < 12 else "PM"}<br>\nIP Address: {ip(rng)}</p>\n<table>\n' +
            rows + '</table>\n<p style="font-size:10px;color:#888888;">Copyright &copy; 2026 Formstack, LLC. All rights '
            'reserved. This is a customer service email.</p>\n</body></html>')
    return ("Formstack <noreply@formstack.com>", f"Formstack Submission For: {form}", {}, body, True)


def r_hubspot(f, form, flds, sc, rng):
    rows = "".join(f'<p style="margin:0 0 10px 0;"><span style="color:#516f90;">{escape_html(l)}:</span> {h(v)}</p>\n'
                   for l, v in flds)
    cid = rng.randrange(10 ** 10, 10 ** 11)
    body = (f'<html><body style="font-family:Helvetica,Arial,sans-serif;">\n<h2>{escape_html(sc["first"])} '
            f'{escape_html(sc["last"])} submitted {escape_html(form)}</h2>\n<p>Page submitted on: '
            f'{f["url"]}/{slug(form)}</p>\n' + rows +
            f'<p><a href="https://app.hubspot.com/contacts/2{cid % 10 ** 7}/contact/{cid}">View contact</a></p>\n'
            '<p style="font-size:11px;color:#7c98b6;">HubSpot, Inc., 2 Canal Park, Cambridge, MA 02141, USA. '
            'You received this email because you are set up to get form submission notifications. '
            'Manage your notification preferences.</p>\n</body></html>')
    return ("HubSpot <noreply@notifications.hubspot.com>", f"New form submission on {form}", {}, body, True)


def r_wix(f, form, flds, sc, rng):
    rows = "".join(f'<p style="margin:0 0 14px 0;"><span style="color:#7a7a7a;font-size:13px;">{escape_html(l)}'
                   f'</span><br>{h(v)}</p>\n' for l, v in flds)
    body = (f'<html><body style="font-family:Helvetica,Arial,sans-serif;">\n<h2>You\'ve got a new submission</h2>\n'
            f'<p>Your form <b>{escape_html(form)}</b> on {escape_html(f["site"])} has a new submission.</p>\n' + rows +
            '<p><a href="https://manage.wix.com/dashboard/forms-submissions">View Submission</a></p>\n'
            '<p style="font-size:11px;color:#999999;">This message was sent to you by Wix.com, on behalf of '
            f'{escape_html(f["site"])}. Wix.com Ltd., 100 Gansevoort St, New York, NY 10014</p>\n</body></html>')
    return (f"{f['site']} <no-reply@crm.wix.com>", f"New form submission: {form}", {"reply-to": sc["email"]},
            body, True)


def r_squarespace(f, form, flds, sc, rng):
    lines = ["Sent via form submission from " + f["site"], ""]
    for l, v in flds:
        lines += [f"{l}: {v}", ""]
    lines += [f"(Sent via {f['site']}: {f['url']}/{slug(form)})"]
    return ("Squarespace <form-submission@squarespace.info>", f"Form Submission - {form}",
            {"reply-to": sc["email"]}, "\n".join(lines), False)


def r_webflow(f, form, flds, sc, rng):
    rows = "".join(f"<p><b>{escape_html(l)}</b>: {h(v)}</p>\n" for l, v in flds)
    site = f["site"].lower().replace(" ", "-")
    body = (f'<html><body style="font-family:Arial,sans-serif;">\n<p>Your form <b>{escape_html(form)}</b> on '
            f'{escape_html(f["site"])} received a new submission. Here are the details:</p>\n' + rows +
            f'<p style="font-size:12px;color:#888888;">You can view all your form submissions in the Forms tab of '
            f'your site settings: https://webflow.com/dashboard/sites/{site}/forms<br>Sent from Webflow.</p>\n'
            '</body></html>')
    return ("Webflow <no-reply-forms@webflow.com>", f"New form submission on {f['site']}: {form}",
            {"reply-to": sc["email"]}, body, True)


def r_salesforce(f, form, flds, sc, rng):
    case = f"000{rng.randrange(41000, 69999)}"
    lines = ["A new case has been created from the website.", "", f"Case Number: {case}", "Case Origin: Web",
             f"Web Form: {form}"]
    for l, v in flds:
        if v in (sc["msg"], sc.get("second")):
            continue
        lines.append(f"{l}: {v}")
    lines += ["Description:", sc["msg"]]
    if sc.get("second"):
        lines += ["", sc["second"]]
    lines += ["", "Priority: Medium", "Status: New", "",
              f"View the case: https://{f['crm']}.my.salesforce.com/500{rng.randrange(10 ** 11, 10 ** 12)}"]
    return (f"{f['site']} Customer Care <noreply@salesforce.com>", f"New web case {case}: {sc['subj']}", {},
            "\n".join(lines), False)


def r_dynamics(f, form, flds, sc, rng):
    case = f"CAS-{rng.randrange(10000, 99999)}-{''.join(rng.choice('ABCDEFGHJKLMNPQRSTVWXYZ0123456789') for _ in range(6))}"
    rows = "".join(f'<tr><td style="padding:4px 12px 4px 0;color:#605e5c;vertical-align:top;">{escape_html(l)}</td>'
                   f'<td style="padding:4px 0;">{h(v)}</td></tr>\n' for l, v in flds)
    body = (f'<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;">\n<p>A case was created '
            f'from a web form submission ({escape_html(form)}).</p>\n<table>\n<tr><td style="padding:4px 12px 4px 0;'
            f'color:#605e5c;">Case number</td><td>{case}</td></tr>\n<tr><td style="padding:4px 12px 4px 0;'
            f'color:#605e5c;">Origin</td><td>Web</td></tr>\n' + rows +
            f'</table>\n<p><a href="https://{f["crm"]}.crm11.dynamics.com/main.aspx?pagetype=entityrecord&amp;'
            f'etn=incident">Open this case in Dynamics 365 Customer Service</a></p>\n</body></html>')
    return (f"{f['site']} Customer Service <crm-noreply@{f['domain']}>", f"Case created: {sc['subj']} ({case})", {},
            body, True)


def r_portal(f, form, flds, sc, rng):
    ref = f"WEB-{rng.randrange(1000, 99999)}"
    d, m, hh, mm = when(rng)
    if f["crm"] == "pexa":
        lines = [f"Form: {form}", f"Reference: {ref}", f"Submitted: {d:02d}/{m:02d}/2026 {hh:02d}:{mm:02d}",
                 "Signed in: no", ""]
        for l, v in flds:
            lines.append(f"{l}:\n{v}\n" if "\n" in v or len(v) > 70 else f"{l}: {v}")
        lines += ["", "This message was generated by the PEXA website. Do not reply to this address; use the "
                  "email address above to contact the customer."]
        return ("PEXA Website <no-reply@portal.pexa.co.uk>", f"[{ref}] {form}: {sc['subj']}", {}, "\n".join(lines),
                False)
    rows = "".join(f'<tr><td style="padding:6px;border:1px solid #cccccc;background:#f2f5f8;width:30%;">'
                   f'{escape_html(l)}</td><td style="padding:6px;border:1px solid #cccccc;">{h(v)}</td></tr>\n'
                   for l, v in flds)
    body = (f'<html><body style="font-family:Arial,sans-serif;">\n<p><b>Conexus Online: new web form message</b>'
            f'<br>Form: {escape_html(form)}<br>Reference: {ref}<br>Received: {d:02d}/{m:02d}/2026 '
            f'{hh:02d}:{mm:02d}<br>Customer signed in: yes</p>\n<table cellspacing="0" style="border-collapse:'
            'collapse;">\n' + rows + '</table>\n<p style="font-size:11px;color:#666666;">Sent automatically by '
            'Conexus Online (my.conexus-services.com). Reply to the customer using the email address in the form.'
            '</p>\n</body></html>')
    return ("Conexus Online <noreply@my.conexus-services.com>", f"Web message {ref} - {sc['subj']}", {}, body, True)


RENDER = {"cf7": r_cf7, "wpforms": r_wpforms, "gravity": r_gravity, "ninja": r_ninja, "formidable": r_formidable,
          "elementor": r_elementor, "fluent": r_fluent, "jotform": r_jotform, "typeform": r_typeform,
          "cognito": r_cognito, "wufoo": r_wufoo, "formstack": r_formstack, "hubspot": r_hubspot, "wix": r_wix,
          "squarespace": r_squarespace, "webflow": r_webflow, "salesforce": r_salesforce, "dynamics": r_dynamics,
          "portal": r_portal}
PRODUCT_NAME = {"cf7": "Contact Form 7", "wpforms": "WPForms", "gravity": "Gravity Forms", "ninja": "Ninja Forms",
                "formidable": "Formidable Forms", "elementor": "Elementor Forms", "fluent": "Fluent Forms",
                "jotform": "Jotform", "typeform": "Typeform", "cognito": "Cognito Forms", "wufoo": "Wufoo",
                "formstack": "Formstack", "hubspot": "HubSpot forms", "wix": "Wix Forms",
                "squarespace": "Squarespace forms", "webflow": "Webflow forms",
                "salesforce": "Salesforce Web-to-Case", "dynamics": "Microsoft Dynamics 365",
                "portal": "the firm's own web portal",
                # products that only send machine mail in this set
                "gocardless": "GoCardless", "sharefile": "ShareFile", "msforms": "Microsoft Forms"}
# who sends: the firm's own web site or systems (WordPress plugins, the portal, its CRM) or a hosted form service
FIRM_SENT = {"cf7", "wpforms", "gravity", "ninja", "formidable", "elementor", "fluent", "salesforce", "dynamics",
             "portal"}
PLAIN = {"cf7", "squarespace", "salesforce"}

# F products: the two copies of each F scenario (hand-assigned; no product over 5 in the whole file)
F_CAPACITY = {"cf7": 5, "wpforms": 3, "gravity": 4, "ninja": 4, "formidable": 4, "elementor": 4, "fluent": 3,
              "jotform": 2, "typeform": 3, "cognito": 4, "wufoo": 4, "formstack": 4, "hubspot": 4, "wix": 4,
              "squarespace": 4, "webflow": 5, "salesforce": 3, "dynamics": 2, "portal": 2}
F_ORDER = list(F_CAPACITY)


def assign_products(n):
    """Two different products for each of n F scenarios, spread evenly (deterministic, no randomness)."""
    left = dict(F_CAPACITY)
    out = []
    for i in range(n):
        pair = []
        for _ in range(2):
            cands = [p for p in F_ORDER if left[p] > 0 and p not in pair]
            cands.sort(key=lambda p: (-left[p], (F_ORDER.index(p) - 7 * i) % len(F_ORDER)))
            pair.append(cands[0])
            left[pair[-1]] -= 1
        out.append(tuple(pair))
    return out


L = short_labels

# ---------------------------------------------------------------------------------------------
# Group F: what people typed into the forms. forms = the form's title in copy A and copy B (the firm's words).
F_SCENARIOS = [
    # ---------------- pexa
    dict(sid="wfe-s001", mb="pexa", forms=("Contact us", "Technical support"),
         first="Declan", last="Furlong", email="declan@furlonghaig.co.uk", phone="0113 496 0287",
         org="Furlong Haig Conveyancing", ref="31-44817", topic="Technical problem",
         subj="Settlement failed again",
         msg="Our 2pm settlement on workspace 31-44817 has failed for the second time this week and the buyer's "
             "money is now sitting in limbo. Someone needs to ring me back today and tell me what went wrong.",
         lab=L(c=True, cat="platform_defect"),
         rule="a repeated failed settlement with a demand for a call back is an implicit complaint (platform_defect); "
              "the sender's own firm is not the subject"),
    dict(sid="wfe-s002", mb="pexa", forms=("Contact us", "Customer enquiries"),
         first="Rosalind", last="Achebe", email="r.achebe@kestrelbs.co.uk", phone="0300 123 4488",
         org="Kestrel Building Society", ref="INV-88213", topic="Complaint",
         subj="Invoice INV-88213 duplicate lodgement fees",
         msg="Our March invoice (INV-88213) charges the lodgement fee twice on eleven workspaces. I raised this with "
             "your accounts team on 4 March and was told a credit note would follow within five days. Nothing has "
             "arrived and the direct debit is taken on the 28th.",
         second="Stop the duplicated amount being collected and send us a corrected invoice.",
         lab=L(c=True, ex=True, cat="fees_charges"),
         rule="choosing 'Complaint' as the topic makes it explicit; a fee billed twice is fees_charges, and Kestrel "
              "is the complainant, not the subject, so about_other_firm is null"),
    dict(sid="wfe-s003", mb="pexa", forms=("Make a complaint", "Contact us"),
         first="Tobias", last="Wren", email="t.wren@wrenadeyemi.co.uk", phone="020 7946 0134",
         org="Wren & Adeyemi Solicitors", topic="Support desk", subj="Support call on 12 March",
         msg="I am making a formal complaint about how your support desk dealt with me on 12 March. I rang at "
             "about 11.40 because our purchase workspace would not accept the buyer's lender details. The adviser "
             "talked over me, said \"that's not our problem\" twice and ended the call while I was still explaining. "
             "I then had to ring back and wait again while the buyer sat in our reception.\n\nI have used PEXA for "
             "three years and have never been spoken to like that.",
         second="An apology, and an explanation of what you will do so this does not happen to anyone else.",
         lab=L(c=True, ex=True, cat="service_quality"),
         rule="the submitter writes 'formal complaint' about a rude, unhelpful adviser: explicit, service_quality"),
    dict(sid="wfe-s004", mb="pexa", forms=("Make a complaint", "Feedback"),
         first="Marta", last="Kowalczyk", email="m.kowalczyk@baxendalelaw.co.uk",
         org="Baxendale Property Law", topic="Training",
         subj="New user training",
         msg="Hello, I booked the new user training three times now. First time the session was cancel one hour "
             "before, second time the link for the trainer did not work and nobody come, third time we are still "
             "waiting for the invite. Our two new paralegals can not use PEXA without this training and we have "
             "completions in April. Please give us a date which really happen and somebody to call me.",
         lab=L(c=True, cat="training"),
         rule="repeated cancelled training with a demand for a date is an implicit complaint (training)"),
    dict(sid="wfe-s005", mb="pexa", forms=("Contact us", "Home buyers and sellers"),
         first="Harriet", last="Oyelaran", email="harriet.oyelaran@gmail.com", phone="07700 900418",
         topic="Buying or selling a home", subj="Our solicitors are not replying",
         msg="We are buying 22 Fennel Close and our solicitor is Orchard Lane in Stockport. They told us we would "
             "exchange last Friday but since then nobody answers the phone or our emails, and our mortgage offer "
             "runs out on 30 April. The estate agent said they use your system. Can you get them to reply to us, or "
             "tell us who can?",
         lab=L(c=True, cat="delay", firm="ols"),
         rule="a home buyer's grievance purely about her own solicitor (Orchard Lane) going silent is a complaint "
              "PEXA must forward: about_other_firm=ols, category delay, implicit"),
    dict(sid="wfe-s006", mb="pexa", forms=("Make a complaint", "Contact us"),
         first="Stuart", last="Bellamy", email="stuart.bellamy@outlook.com", phone="07700 900562",
         subj="Extra fee on my conveyancing bill",
         msg="I sold my flat last month through Pemberton Clarke Conveyancing. Their final bill has a £180 "
             "\"electronic settlement fee\" that was never in the quote, and when I asked about it they said it is "
             "what PEXA charges them. I never agreed to it and want it explained and taken off.",
         lab=L(c=True, cat="fees_charges", firm="unknown"),
         rule="a seller disputes a fee his own conveyancer (not in the directory) added to the bill, PEXA being only "
              "the conveyancer's excuse: about_other_firm=unknown, fees_charges, implicit"),
    dict(sid="wfe-s007", mb="pexa", forms=("Contact us", "Make a complaint"),
         first="Nikhil", last="Raman", email="nikhil.raman@btinternet.com", phone="07700 900731",
         topic="Buying or selling a home", subj="My mother's completion on 20 March",
         msg="I am writing for my mother, Mrs Savita Raman, who is 81. She bought a bungalow at 4 Kiln Lane, "
             "Hexham, on 20 March. Her lender, Heathcote Bank, released the money almost five hours late, so the "
             "keys were only handed over at 6pm and she sat in the car with the removal van all afternoon. On the "
             "phone Heathcote told her \"the PEXA system was slow\" and would not say anything else.\n\nShe wants to "
             "complain about how she was treated and to get back the £240 the removal firm charged for waiting. "
             "Please pass this to whoever is responsible.",
         lab=L(c=True, ex=True, tp=True, cat="delay", firm="hcb"),
         rule="a son writes for his mother (third_party) and says she wants to complain (explicit); a borrower's "
              "complaint goes to her own lender even when it blames the platform (rule 10): hcb, delay"),
    dict(sid="wfe-s008", mb="pexa", forms=("Data request", "Your data rights"),
         first="Abigail", last="Thornbury", email="abi.thornbury@yahoo.co.uk",
         address="Flat 3, 18 Mill Road, Cambridge CB1 2AD", topic="Request a copy of my data",
         subj="Copy of my data",
         msg="I used to be a PEXA user at a firm that has since closed. Please send me a copy of the personal data "
             "you hold about me, including my user profile, my login history and any notes about me. My old user "
             "ID was ATHORN02.",
         lab=L(r="access"),
         rule="a neutral request for a copy of her data is access without dissatisfaction, so not a complaint"),
    dict(sid="wfe-s009", mb="pexa", forms=("Update your details", "Contact us"),
         first="Jennifer", last="Osei", email="j.osei@greyfriarslaw.co.uk", org="Greyfriars Law LLP",
         topic="Update my details", subj="Surname change",
         msg="I got married in February, please change the surname on my PEXA user profile from Lamb to Osei. Thanks!",
         lab=L(r="rectification"),
         rule="a routine request to update her name is rectification with no dissatisfaction; Greyfriars is only "
              "her employer"),
    dict(sid="wfe-s010", mb="pexa", forms=("Contact us", "Privacy and data"),
         first="Graham", last="Pettifer", email="graham.pettifer@tvmortgages.co.uk", phone="0118 496 0391",
         org="Thames Valley Mortgages", topic="Privacy / data protection", subj="Marketing emails - third request",
         msg="This is the third time I have asked. I still get PEXA \"product news\" and survey emails at my work "
             "address although I unticked marketing in my profile in January and replied to one of them in February "
             "to say so. I object to my details being used for marketing of any kind. Please confirm it has actually "
             "been switched off this time, and tell me why my first two requests were ignored.",
         lab=L(c=True, pd=True, r="objection", cat="personal_data"),
         rule="an objection to marketing that was ignored twice is a data-rights request handled badly: implicit "
              "complaint, personal_data, objection; Thames Valley is only his employer"),
    dict(sid="wfe-s011", mb="pexa", forms=("Contact us", "Report a security issue"),
         first="Olumide", last="Barker", email="o.barker@ashgrovelegal.co.uk", org="Ashgrove Legal",
         ref="31-50932", topic="Something else", subj="Another firm's client details sent to us",
         msg="Heads up: the workspace invitation email we got this morning for 31-50932 shows the full name, new "
             "address and mortgage amount of a buyer who isn't our client. It looks as if it was meant for Marsh & "
             "Penrose. I've deleted it on our side. No reply needed, but you will want to check how it happened.",
         lab=L(br=True),
         rule="another firm's client data sent to the wrong firm is a breach report, but the sender is not "
              "dissatisfied and wants no reply, so complaint=false (breach=true alone); 'deleted' is not erasure"),
    dict(sid="wfe-s012", mb="pexa", forms=("Make a complaint", "Privacy and data"),
         first="Fiona", last="Castellanos", email="fiona@castellanosrudd.co.uk", phone="0117 496 0650",
         org="Castellanos Rudd LLP", topic="Data protection", subj="Our fee statement sent to another firm",
         msg="I want to log a formal complaint. On 9 April your billing team emailed our monthly fee statement, "
             "which lists our clients' names and property addresses against each workspace, to someone at another "
             "law firm. We only know because their office manager sent it back to us.\n\nWe need to know how many "
             "of our statements have gone to the wrong place, since when, and what you have done to stop it. We "
             "will have to tell our clients.",
         lab=L(c=True, ex=True, pd=True, br=True, cat="personal_data"),
         rule="clients' names and addresses emailed to another firm is a breach and the main grievance: explicit "
              "('formal complaint'), personal_data, breach"),
    dict(sid="wfe-s013", mb="pexa", forms=("Contact us", "Customer enquiries"),
         first="Patrick", last="Nwosu", email="p.nwosu@lindqvistholt.co.uk", org="Lindqvist Holt Solicitors",
         topic="General enquiry", subj="Second admin user",
         msg="How do we add a second admin user to our subscription? Our practice manager leaves in May.",
         lab=L(), rule="a neutral how-to question is an enquiry, not a complaint"),
    dict(sid="wfe-s014", mb="pexa", forms=("Feedback", "Contact us"),
         first="Eleanor", last="Sampson", email="eleanor.sampson@ferrierco.co.uk", org="Ferrier & Co",
         topic="Compliment", subj="Thank you",
         msg="Just wanted to say thank you to Priya on the support line, who stayed on with us after 5pm on Friday "
             "until our lodgement went through. Brilliant service.",
         lab=L(), rule="praise with nothing wrong and nothing asked is not a complaint"),
    dict(sid="wfe-s015", mb="pexa", forms=("Feedback", "Make a complaint"),
         first="Rhys", last="Gallagher", email="rhys@gallagherconveyancing.co.uk", phone="029 2018 0442",
         org="Gallagher Conveyancing", subj="New financial settlement screen",
         msg="Since the update on 2 March the financial settlement schedule screen has become really hard work. "
             "Nothing crashes and the figures save, but:\n- every time you add a line item the list jumps back to "
             "the top, so on a schedule with 20 lines you scroll down 20 times\n- the account-type drop-down resets "
             "to \"Trust\" if you tab past it\n- the font for the sort code and account number is tiny and grey on "
             "grey\n\nLast week one of my team keyed the seller's account number into the wrong row because the "
             "rows are no longer shaded. We caught it in time, but only just. Can the old layout be switched back "
             "on for our firm, and is there a proper guide to the new screen? I'd like a reply from someone who "
             "can actually change it.",
         lab=L(c=True, cat="usability"),
         rule="the screen works but is error-prone to use, and a reply is asked for: implicit complaint, usability "
              "(not platform_defect)"),
    dict(sid="wfe-s016", mb="pexa", forms=("Data request", "Contact us"),
         first="Wojciech", last="Adamski", email="w.adamski84@gmail.com", address="27 Tanners Row, Leicester LE2 7QF",
         topic="Privacy / data protection", subj="My information in PEXA system",
         msg="Good day. My solicitor told me my details are in the PEXA system for my house purchase. I do not need "
             "a copy, but I would like to know which kind of information about me you keep, from where you get it, "
             "for what you use it, and how long you keep it. Thank you.",
         lab=L(r="informed"),
         rule="questions about the source, purpose and retention of his data, with no copy wanted, are the right "
              "to be informed; no dissatisfaction, so not a complaint"),
    dict(sid="wfe-s017", mb="pexa", forms=("Make a complaint", "Contact us"),
         first="Samantha", last="Iredale", email="samantha@iredalelaw.co.uk", phone="01524 496 077",
         org="Iredale Law", subj="Still no response",
         msg="This is the third time I have filled in this form. I sent my complaint about being overcharged for "
             "workspace fees on 3 March and was promised an answer within five business days. Five weeks on I have "
             "had nothing, not even an acknowledgement. Who is dealing with it?",
         lab=L(c=True, ex=True, cat="delay"),
         rule="a chaser about an unanswered complaint is a delay complaint, explicit because she writes 'my "
              "complaint'"),
    # ---------------- conexus
    dict(sid="wfe-s018", mb="conexus", forms=("Change payment date", "Manage my account"),
         first="Kerry", last="Dunmore", email="kerry.dunmore@hotmail.co.uk", phone="07700 900114", ref="CX-5528104",
         topic="Change my payment date", subj="Payment date",
         msg="Can you move my monthly payment from the 1st to the 18th please, my pay day has changed.",
         lab=L(), rule="a routine payment-date change is a service request, not a complaint"),
    dict(sid="wfe-s019", mb="conexus", forms=("Contact us", "Complaints"),
         first="Aaron", last="Pryce", email="aaron.pryce@gmail.com", phone="07700 900286", ref="CX-6120437",
         topic="Complaint", subj="Calls to my workplace",
         msg="Your agents have called my work number five times in two weeks, even though I told you in writing on "
             "2 March to use only my mobile and only after 6pm. My manager has started asking questions. I want "
             "this complaint looked at by someone senior and the calls to my work to stop today.",
         lab=L(c=True, ex=True, cat="collection_conduct"),
         rule="calls to his workplace against his instructions are collection_conduct; 'Complaint' topic and 'this "
              "complaint' make it explicit"),
    dict(sid="wfe-s020", mb="conexus", forms=("Complaints", "Contact us"),
         first="Bernadette", last="Kilbride", email="b.kilbride@sky.com", phone="07700 900347", ref="CX-3391875",
         subj="Account already paid",
         msg="I settled this account in full on 14 January, £412.60 by card over the phone to one of your team, "
             "confirmation 88CKL2. Since then I have had two letters and a text saying I owe the whole amount "
             "again. Your form will not let me attach anything but I can send my bank statement.",
         second="Close the account, confirm in writing that nothing is owed and stop the letters.",
         lab=L(c=True, cat="debt_dispute"),
         rule="a debt paid to Conexus and still pursued is debt_dispute about Conexus's own conduct (null firm), "
              "implicit"),
    dict(sid="wfe-s021", mb="conexus", forms=("Contact us", "Dispute a balance"),
         first="Dumitru", last="Ionescu", email="dumitru.ionescu91@yahoo.com", ref="CX-7004219",
         topic="Query about my balance", subj="Pennant Mobile bill not correct",
         msg="Hello. I receive letter from you about Pennant Mobile debt £286. But I finish my contract with Pennant "
             "in september, I send them the cancel letter and they confirm me by sms. They still make bills for "
             "october, november, december. This is not correct and I will not pay for phone I not use. They must "
             "correct the bill please.",
         lab=L(c=True, cat="debt_dispute", firm="pmt"),
         rule="the creditor kept billing after cancellation, which only the creditor can fix: about_other_firm=pmt, "
              "debt_dispute, implicit"),
    dict(sid="wfe-s022", mb="conexus", forms=("Contact us", "Complaints"),
         first="Shannon", last="Fairweather", email="shanfair@icloud.com", ref="CX-8851320",
         subj="Harbourside Fitness",
         msg="Got your letter about Harbourside Fitness. I cancelled that membership in june and have the email to "
             "prove it, they kept taking fees after. Not paying this, sort it out with them",
         lab=L(c=True, cat="debt_dispute", firm="unknown"),
         rule="a creditor outside the directory kept charging after cancellation: about_other_firm=unknown, "
              "debt_dispute, implicit"),
    dict(sid="wfe-s023", mb="conexus", forms=("Debt advisers", "Complaints"),
         first="Moira", last="Strachan", email="m.strachan@clearpathadvice.org.uk", phone="0141 496 0275",
         org="Clearpath Money Advice", ref="CX-4190862", topic="I'm a debt adviser", subj="Mr Lewis Okafor",
         msg="I am a debt adviser acting for Mr Lewis Okafor; his signed authority went to your team with our email "
             "of 18 March, together with his financial statement showing he can afford £10 a month. On 25 March one "
             "of your agents phoned Mr Okafor directly, ignored the statement and told him he had to pay £75 or "
             "\"it goes to court\". This is a formal complaint about that call.\n\nPlease also send us copies of "
             "all call recordings and account notes for Mr Okafor since 1 March.",
         lab=L(c=True, ex=True, tp=True, r="access", cat="collection_conduct"),
         rule="a money adviser's formal complaint about pressure on her client (third_party, explicit, "
              "collection_conduct) with a request for recordings and notes (access); personal_data stays false"),
    dict(sid="wfe-s024", mb="conexus", forms=("Contact us", "Help if you're struggling"),
         first="Lauren", last="Beckwith", email="lauren.beckwith@gmail.com", phone="07700 900659",
         ref="CX-2075513", topic="Someone I care for", subj="My dad Alan Beckwith",
         msg="My dad, Alan Beckwith, had a stroke in February and is in a rehab unit. I'm his daughter and I'm "
             "applying for power of attorney. Please could you put his account on hold for 60 days and write to me "
             "rather than him in the meantime? I can send a copy of the hospital letter.",
         lab=L(tp=True),
         rule="a daughter asks for a hold on her father's account: third_party, a service request with no "
              "dissatisfaction and no data right"),
    dict(sid="wfe-s025", mb="conexus", forms=("Contact us", "Complaints"),
         first="Cheryl", last="Anstruther", email="cheryl.anstruther@gmail.com", phone="07700 900823",
         ref="CX-2290146", topic="I don't recognise this debt", subj="Not my debt",
         msg="You have been writing to me for six weeks about a Sterling Credit loan I have never had. I have never "
             "been a customer of theirs. Maybe someone has the same name, but my date of birth is not theirs. I "
             "have phoned twice and been told it would be looked into. Delete my details from this account, confirm "
             "you have done it and stop sending the letters.",
         lab=L(c=True, pd=True, r="erasure", cat="personal_data"),
         rule="Conexus holds and uses her details against someone else's debt (inaccurate data) and she wants them "
              "deleted: implicit complaint, personal_data, erasure; Sterling is only the creditor named"),
    dict(sid="wfe-s026", mb="conexus", forms=("Contact us", "Payment plan help"),
         first="Ryan", last="Tolley", email="ryan.tolley@outlook.com", phone="07700 900992", ref="CX-4417762",
         topic="Payment plan", subj="Online plan refused",
         msg="I tried to set up a plan on your website for £20 a month. It just said \"Your proposal does not meet "
             "our affordability criteria\" and offered £65 a month or nothing. I cannot pay £65, I have two kids "
             "and rent. I want a real person to look at my figures, not the computer. Who do I talk to?",
         lab=L(c=True, r="automated_decision", cat="process"),
         rule="an automatic refusal he is unhappy with plus a demand for a human review: implicit complaint, "
              "automated_decision; the automated affordability rule is the grievance, so process, personal_data "
              "false"),
    dict(sid="wfe-s027", mb="conexus", forms=("Dispute a balance", "Data request"),
         first="Mehmet", last="Yilmaz", email="mehmet.yilmaz@gmail.com", ref="CX-6603158",
         topic="Query about my balance", subj="Lumen Water leak allowance",
         msg="Lumen Water are checking whether a leak allowance applies to my last two bills (their reference "
             "LW-339120). Until they confirm the balance, please do not use or pass on my details for anything on "
             "this account: no credit reference reporting and nothing sent to solicitors. I will pay whatever the "
             "confirmed amount is.",
         lab=L(r="restriction"),
         rule="a calm request to hold the use of his data until the creditor confirms the balance is restriction; "
              "no dissatisfaction is expressed, so not a complaint and Lumen is not a complaint subject"),
    dict(sid="wfe-s028", mb="conexus", forms=("Data request", "Contact us"),
         first="Pauline", last="Marchetti", email="p.marchetti@btinternet.com", ref="CX-3087741",
         topic="Privacy / data protection", subj="Use of my data",
         msg="I'm on a payment plan and happy with it. Your privacy notice says you may use customer data for "
             "\"analytics and product development\" and share it with \"carefully selected partners\". I object to "
             "my data being used for profiling, analytics or marketing, by you or by anyone you share it with. "
             "Please confirm.",
         lab=L(r="objection"),
         rule="a calm objection to profiling and marketing is a right without a complaint"),
    dict(sid="wfe-s029", mb="conexus", forms=("Complaints", "Contact us"),
         first="Danielle", last="Whitcombe", email="dani.whitcombe@gmail.com", phone="07700 900470",
         ref="CX-5741209", subj="You sent my details to my ex",
         msg="I want to make a complaint in the strongest possible terms. Yesterday my ex-partner sent me a "
             "screenshot of an email from you showing my balance, my new address and my payment plan. You sent it "
             "to HIS email address, which I had removed from my account in November after I left him. He was not "
             "supposed to know where I live.\n\nI want to know how this happened and what you are going to do now "
             "to keep me safe. Ring my mobile, do not email.",
         lab=L(c=True, ex=True, pd=True, br=True, cat="personal_data"),
         rule="her address and account sent to her ex-partner is a breach and the main grievance: explicit, "
              "personal_data, breach"),
    dict(sid="wfe-s030", mb="conexus", forms=("Contact us", "Manage my account"),
         first="Jordan", last="Mackie", email="jordanmackie@gmail.com", ref="CX-9014587",
         topic="Balance and settlement", subj="settlement",
         msg="how much is left on my acount and is there a discount if I pay it all in one go?",
         lab=L(), rule="a neutral balance and settlement question is an enquiry"),
    dict(sid="wfe-s031", mb="conexus", forms=("Feedback", "Contact us"),
         first="Gareth", last="Lowther", email="gareth.lowther@outlook.com", ref="CX-1639920",
         topic="Compliments and complaints", subj="Thanks to Tom",
         msg="Just want to say thanks to Tom who I spoke to on Monday. I'd just lost my job and he was really kind "
             "and set up a smaller payment without any fuss. Made a horrible week a bit easier.",
         lab=L(), rule="praise sent under a combined 'Compliments and complaints' topic is still praise: the topic "
                       "list's wording does not make it a complaint"),
    dict(sid="wfe-s032", mb="conexus", forms=("Complaints", "Contact us"),
         first="Abdirahman", last="Warsame", email="a.warsame@gmail.com", phone="07700 900518",
         subj="Nobody answer the phone",
         msg="I call you four time this week to make payment plan. Every time more than 40 minute waiting and then "
             "the line finish. Online chat also close at 5 when I finish work. I want to pay but nobody answer. "
             "Please call me on my mobile in the morning.",
         lab=L(c=True, cat="wait_time"),
         rule="long holds and dropped calls with a call-back demand are an implicit wait_time complaint"),
    dict(sid="wfe-s033", mb="conexus", forms=("Contact us", "Complaints"),
         first="Louise", last="Haverford", email="louise.haverford@gmail.com", ref="CX-1178034",
         topic="Charges on my account", subj="£45 charge",
         msg="My balance went up from £318.40 to £363.40 overnight. The letter says an \"account administration "
             "charge\" of £45 has been added. Nobody mentioned any charge when I agreed my plan in February. Please "
             "take it off and explain what it is for.",
         lab=L(c=True, cat="fees_charges"),
         rule="a charge Conexus added on top of the debt, with a demand to remove it, is an implicit fees_charges "
              "complaint"),
    dict(sid="wfe-s034", mb="conexus", forms=("Data request", "Contact us"),
         first="Imogen", last="Fairclough", email="imogen.fairclough@yahoo.co.uk", ref="CX-7316625",
         topic="Privacy / data protection", subj="Payment history as a file",
         msg="My money adviser uses a budgeting app that can import transaction files. Could you send me the full "
             "payment history on this account as a CSV file, or another spreadsheet format, so I can load it in? "
             "Email is fine.",
         lab=L(r="portability"),
         rule="her own payment history in a machine-readable file to load into another app is portability; she "
              "writes for herself (mentioning her adviser is not third_party) and is not dissatisfied"),
]


def render_f(sc, product, copy, rng):
    f = FIRM[sc["mb"]]
    form = sc["forms"][copy]
    keep_phone = copy == 0 or rng.random() < 0.5
    flds, own = fields_for(sc, sc["mb"], rng, product, keep_phone)
    sender, subject, headers, body, html = RENDER[product](f, form, flds, sc, rng)
    env = f"F-{product}"
    tail = ""
    if sc["lab"]["complaint"] and not sc["lab"]["explicit"] and "complain" in form.lower():
        tail = f"; the form's own title '{form}' is boilerplate, not the submitter's words, so explicit stays false"
    note = (f"{PRODUCT_NAME[product]} notification relaying the '{form}' form, labelled by what the submitter "
            f"wrote: {sc['rule']}{tail}.")
    note = note[0].upper() + note[1:]
    SUBMITTER[(sc["sid"], env)] = "\n".join(own)
    META[(sc["sid"], env)] = ("F", product, html, "firm web site" if product in FIRM_SENT else "form service")
    return {"id": None, "mailbox": sc["mb"], "from": sender, "subject": subject, "headers": headers, "body": body,
            "html": html, "labels": dict(sc["lab"], rights=list(sc["lab"]["rights"])), "note": note,
            "source": sc["sid"], "train_labels": ["complaint"], "_env": env}


# ---------------------------------------------------------------------------------------------
# Group N: machine mail that looks like a form relay. Each scenario: a function of rng giving two copies
# (product, from, subject, headers, body, html), and the note's rule.

def n_receipt_pexa(rng):
    ref = f"WEB-{rng.randrange(1000, 9999)}"
    a = ("jotform", "PEXA UK <noreply@jotform.com>", "Thank you for contacting PEXA", {"reply-to": "support@pexa.co.uk"},
         '<html><body style="font-family:Verdana,sans-serif;">\n<p>Hello,</p>\n<p>Thank you, we have received your '
         f'enquiry. Your reference is <b>{ref}</b>.</p>\n<p>A member of our team will be in touch within two business '
         'days. If your matter is about a settlement due today, please call the PEXA support line on 0330 094 '
         '0112.</p>\n<p>Kind regards,<br>PEXA UK</p>\n<p style="font-size:11px;color:#6f76a7;">This is an automated '
         'response. Powered by Jotform.</p>\n</body></html>', True)
    ref2 = f"WEB-{rng.randrange(1000, 9999)}"
    b = ("wpforms", "PEXA UK <web.admin@pexa.co.uk>", "We have received your message", {"auto-submitted": "auto-generated"},
         '<html><body style="background-color:#e9eaec;">\n<table align="center" width="600" style="background-color:'
         '#ffffff;padding:30px;"><tr><td>\n<p>Thank you for getting in touch with PEXA UK.</p>\n<p>We have received '
         f'your submission (entry {ref2}) and will reply within two business days. Please do not reply to this '
         'email.</p>\n</td></tr></table>\n<p style="text-align:center;color:#72777c;font-size:12px;">Sent from '
         '<a href="https://www.pexa.co.uk">PEXA UK</a></p>\n</body></html>', True)
    return a, b, ("a form's own receipt, with a reference and no submitter text, is an autoresponder: "
                  "auto_generated and nothing else")


def n_alert_pexa(rng):
    n1, n2 = rng.randrange(300, 900), rng.randrange(300, 900)
    a = ("formidable", "PEXA UK <web.admin@pexa.co.uk>", "Make a complaint Form submitted on PEXA UK", {},
         '<html><body>\n<p>A new entry was submitted to <b>Make a complaint</b>.</p>\n<p>For data protection '
         'reasons the answers are not included in this email. View the entry in your dashboard:<br>'
         f'<a href="https://www.pexa.co.uk/wp-admin/admin.php?page=formidable-entries&amp;frm_action=show&amp;id={n1}">'
         f'https://www.pexa.co.uk/wp-admin/admin.php?page=formidable-entries&amp;frm_action=show&amp;id={n1}</a></p>\n'
         '</body></html>', True)
    b = ("gravity", f"WordPress <web.admin@pexa.co.uk>", "New submission from Make a complaint", {},
         '<html><body>\n<p>A new entry (#' + str(n2) + ') has been submitted to the form "Make a complaint".</p>\n'
         '<p>Log in to view it: https://www.pexa.co.uk/wp-admin/admin.php?page=gf_entries&amp;view=entry&amp;id=4'
         f'&amp;lid={n2}</p>\n</body></html>', True)
    return a, b, ("an admin alert that only says an entry arrived, with no submission text, is a system "
                  "notification: auto_generated, even though the form is called 'Make a complaint'")


def n_password_pexa(rng):
    a = ("portal", "PEXA Exchange <no-reply@portal.pexa.co.uk>", "Reset your PEXA password", {},
         "Hello,\n\nWe received a request to reset the password for the PEXA user account linked to this email "
         "address.\n\nTo choose a new password, use this link within 30 minutes:\n"
         f"https://portal.pexa.co.uk/reset?token={rng.randrange(10 ** 15, 10 ** 16):x}\n\nIf you did not ask for "
         "this, you can ignore this email and your password will stay the same.\n\nPEXA UK\nThis mailbox is not "
         "monitored.", False)
    b = ("salesforce", "PEXA Support Community <noreply@salesforce.com>", "Your password has been reset",
         {"auto-submitted": "auto-generated", "x-auto-response-suppress": "All"},
         "Hi,\n\nThe password for your PEXA Support Community account was changed on "
         f"{rng.randrange(2, 28)}/04/2026. If you made this change, no action is needed.\n\nIf you didn't, "
         "contact your organisation's PEXA administrator straight away.\n\nThanks,\nPEXA Support Community", False)
    return a, b, "a password-reset notification from the portal is a system notification: auto_generated"


def n_upload_pexa(rng):
    ws = f"31-{rng.randrange(40000, 69999)}"
    a = ("sharefile", "ShareFile <mail@sf-notifications.com>", f"New file uploaded to Workspace {ws} documents",
         {"auto-submitted": "auto-generated"},
         '<html><body style="font-family:Arial,sans-serif;">\n<p>A file was uploaded to the folder <b>Workspace '
         f'{ws} documents</b>.</p>\n<p>File: Transfer_TR1_signed.pdf (412 KB)<br>Uploaded by: external user</p>\n'
         '<p><a href="https://pexa.sharefile.eu/d-s8f2">View folder</a></p>\n<p style="font-size:11px;color:#888;">'
         'You are receiving this notification because you subscribed to upload alerts for this folder.</p>\n'
         '</body></html>', True)
    b = ("dynamics", "PEXA Customer Service <crm-noreply@pexa.co.uk>", "Document received for your case", {},
         '<html><body style="font-family:Segoe UI,Arial,sans-serif;">\n<p>A document has been added to case '
         f'CAS-{rng.randrange(10000, 99999)}-K7P2QD from the customer portal.</p>\n<p>Document type: Supporting '
         'evidence<br>Status: Awaiting review</p>\n<p>Open the case in Dynamics 365 Customer Service to view it.</p>'
         '\n</body></html>', True)
    return a, b, "a document-uploaded notification carries no person's words: auto_generated"


def n_billing_pexa(rng):
    amt = rng.choice(("£59.00", "£83.00"))
    a = ("typeform", "Typeform <billing@typeform.com>", "Your Typeform receipt", {},
         '<html><body style="font-family:Helvetica,Arial,sans-serif;">\n<p>Thanks for your payment.</p>\n<p>Plan: '
         f'Plus (monthly)<br>Amount: {amt}<br>Account: digital.team@pexa.co.uk<br>Invoice: TF-'
         f'{rng.randrange(100000, 999999)}</p>\n<p>You can download your invoices from your account settings.</p>\n'
         '<p style="font-size:11px;color:#8c8c8c;">Typeform S.L., Carrer Bac de Roda 163, 08018 Barcelona, Spain</p>'
         '\n</body></html>', True)
    b = ("jotform", "Jotform <billing@jotform.com>", "Your Jotform subscription will renew soon", {},
         "Hi PEXA UK,\n\nYour Bronze plan (annual) renews automatically on 1 May 2026. We'll charge the card ending "
         f"{rng.randrange(1000, 9999)}.\n\nTo change or cancel your plan, visit https://www.jotform.com/myaccount/"
         "billing\n\nThe Jotform Team\n4 Embarcadero Center, Suite 780, San Francisco CA 94111", False)
    return a, b, "billing mail from a form service is machine mail: auto_generated"


def n_newsletter_pexa(rng):
    u = rng.randrange(10 ** 6, 10 ** 7)
    a = ("hubspot", "HubSpot <news@hubspot.com>", "5 form fields that cut your support tickets in half",
         {"precedence": "bulk", "list-unsubscribe": f"<https://hubspot.com/unsubscribe?u={u}>",
          "list-unsubscribe-post": "List-Unsubscribe=One-Click"},
         '<html><body>\n<h2>Smarter forms, happier customers</h2>\n<p>Asking for an order number up front, routing '
         'complaints to the right team automatically and confirming receipt instantly: five small changes that '
         'cut support tickets for teams like yours.</p>\n<p><a href="https://blog.hubspot.com/service/forms">Read '
         f'the guide</a></p>\n<p style="font-size:11px;">Unsubscribe: https://hubspot.com/unsubscribe?u={u}</p>\n'
         '</body></html>', True)
    b = ("wufoo", "Wufoo <newsletter@wufoo.com>", "What's new in Wufoo this spring", {"precedence": "list"},
         "What's new in Wufoo\n\n- Conditional logic for up to 50 rules per form\n- A new 'Data request' template "
         "to help you handle personal data requests\n- Email notifications now support custom reply-to fields\n\n"
         "Read more: https://www.wufoo.com/blog\n\nYou are receiving this because you have a Wufoo account. "
         "Manage email preferences: https://www.wufoo.com/preferences", False)
    return a, b, ("a form service's newsletter is auto_generated even when it talks about complaints or "
                  "personal data requests (rule 4)")


def n_limit_pexa(rng):
    a = ("cognito", "Cognito Forms <notifications@cognitoforms.com>", "You've used 90% of this month's entries", {},
         '<html><body>\n<p>Your organization <b>PEXAUK</b> has used 90% of the entries included in your plan this '
         'month. When the limit is reached, new entries to your forms (including <b>Contact us</b>) will not be '
         'accepted.</p>\n<p><a href="https://www.cognitoforms.com/admin/plan">Upgrade your plan</a></p>\n'
         '<p style="font-size:11px;color:#999999;">Cognito Forms</p>\n</body></html>', True)
    b = ("formstack", "Formstack <noreply@formstack.com>", "Action required: form submission limit reached",
         {"auto-submitted": "auto-generated"},
         "Hello,\n\nThe form \"Feedback\" on the PEXA UK account has reached its submission limit for this billing "
         "period. Visitors will see a message that the form is unavailable until the limit resets or the plan is "
         "upgraded.\n\nManage your plan: https://www.formstack.com/admin/account/billing\n\nFormstack, LLC", False)
    return a, b, "a usage-limit warning from a form service is a system notification: auto_generated"


def n_payment_conexus(rng):
    amt = rng.choice(("£25.00", "£40.00", "£15.00"))
    ref = f"CX-{rng.randrange(1000000, 9999999)}"
    a = ("gocardless", "GoCardless <help@gocardless.com>", f"Payment of {amt} to Conexus confirmed",
         {"auto-submitted": "auto-generated"},
         f"Hello,\n\nYour payment of {amt} to Conexus has been collected from your bank account.\n\nReference: "
         f"{ref}\nCharge date: {rng.randrange(1, 28)} April 2026\n\nIf you have any questions about this payment, "
         "contact Conexus directly. GoCardless collects payments on Conexus's behalf.\n\nGoCardless Ltd, Sutton "
         "Yard, 65 Goswell Road, London EC1V 7EN", False)
    b = ("portal", "Conexus Online <noreply@my.conexus-services.com>", "Payment received - thank you", {},
         '<html><body style="font-family:Arial,sans-serif;">\n<p>Thank you. We have received your payment of '
         f'<b>{amt}</b> on account <b>{ref}</b>.</p>\n<p>Your new balance will show in your account within 24 hours.'
         '</p>\n<p style="font-size:11px;color:#666666;">This email was sent automatically by Conexus Online. '
         'Please do not reply.</p>\n</body></html>', True)
    return a, b, "a payment-received confirmation is a system notification: auto_generated"


def n_receipt_conexus(rng):
    ref = f"CX-WEB-{rng.randrange(10000, 99999)}"
    a = ("ninja", "Conexus <wordpress@conexus-services.com>", "Thank you for contacting Conexus", {},
         '<html><body>\n<p>Thank you for contacting Conexus. We have received your message and your reference is '
         f'{ref}.</p>\n<p>We aim to reply within one working day. Please quote your reference if you call us.</p>\n'
         '</body></html>', True)
    b = ("fluent", "Conexus <wordpress@conexus-services.com>", f"Your message to Conexus - ref {ref}",
         {"auto-submitted": "auto-replied"},
         '<html><body>\n<p>Hi,</p>\n<p>Thanks, your form has been submitted successfully and our team will get back '
         f'to you. Reference: <b>{ref}</b>.</p>\n<p style="font-size:11px;color:#777777;">This email was sent from '
         '<a href="https://www.conexus-services.com">Conexus</a> by Fluent Forms.</p>\n</body></html>', True)
    return a, b, ("the submitter's receipt with a reference and none of their text is an autoresponder: "
                  "auto_generated")


def n_alert_conexus(rng):
    n1 = rng.randrange(1000, 5000)
    a = ("wpforms", "Conexus <webmaster@conexus-services.com>", "New Entry: Data request", {},
         '<html><body style="background-color:#e9eaec;">\n<table align="center" width="600" style="background-color:'
         f'#ffffff;padding:30px;"><tr><td>\n<p>Entry #{n1} was submitted to <b>Data request</b>.</p>\n<p>Entry '
         'details are not sent by email for this form. View the entry: https://www.conexus-services.com/wp-admin/'
         f'admin.php?page=wpforms-entries&amp;view=details&amp;entry_id={n1}</p>\n</td></tr></table>\n'
         '<p style="text-align:center;color:#72777c;font-size:12px;">Sent from <a href="https://www.conexus-services.'
         'com">Conexus</a></p>\n</body></html>', True)
    b = ("elementor", "Conexus <email@conexus-services.com>", 'New message from "Conexus"', {},
         '<html><body>\nA new submission was received from the Complaints form.<br>\nSubmissions are stored in the '
         'website dashboard under Elementor &gt; Submissions.<br>\n<br>---<br><br>\nPage URL: '
         'https://www.conexus-services.com/complaints/<br>\nPowered by: Elementor<br>\n</body></html>', True)
    return a, b, ("an admin alert saying only that an entry arrived carries no person's words: auto_generated, "
                  "whatever the form is called")


def n_datechange_conexus(rng):
    day = rng.choice((15, 18, 22, 28))
    a = ("portal", "Conexus Online <noreply@my.conexus-services.com>", "Your payment date has been changed",
         {"auto-submitted": "auto-generated"},
         '<html><body style="font-family:Arial,sans-serif;">\n<p>You changed your payment date in Conexus Online.</p>'
         f'\n<p>Your monthly payment will now be collected on the <b>{day}th</b> of each month, starting next month. '
         'Your payment amount has not changed.</p>\n<p>If you did not make this change, call us on 0333 016 4450.</p>'
         '\n</body></html>', True)
    b = ("dynamics", "Conexus Customer Service <crm-noreply@conexus-services.com>",
         "Payment arrangement updated", {},
         "Dear customer,\n\nThis is to confirm that the payment arrangement on your account has been updated. Next "
         f"payment due: {day} May 2026.\n\nThis message was generated automatically. Please do not reply to this "
         "email.\n\nConexus", False)
    return a, b, ("a confirmation that a payment date was changed is a system notification, not a person's "
                  "request: auto_generated")


def n_digest_conexus(rng):
    k = rng.randrange(3, 9)
    a = ("typeform", "Typeform <notifications@typeform.io>", f"Complaints form: {k} new responses today",
         {"precedence": "bulk"},
         '<html><body style="font-family:Helvetica,Arial,sans-serif;">\n<p>Your typeform <b>Complaints form</b> got '
         f'<b>{k}</b> new responses in the last 24 hours.</p>\n<p><a href="https://admin.typeform.com/">See '
         'responses</a></p>\n<p style="font-size:11px;color:#8c8c8c;">You are receiving this daily summary because '
         'you turned it on in your notification settings.</p>\n</body></html>', True)
    b = ("msforms", "Microsoft Forms <no-reply@forms.office.com>", "Weekly summary: Customer feedback",
         {"auto-submitted": "auto-generated"},
         f"Customer feedback received {k + 11} responses this week.\n\nAverage completion time: 03:41\n\n"
         "View results: https://forms.office.com/Pages/DesignPageV2.aspx\n\nMicrosoft respects your privacy. "
         "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052", False)
    return a, b, ("a response-count digest is a system notification: auto_generated, even for a form named "
                  "'Complaints form'")


def n_newsletter_conexus(rng):
    u = rng.randrange(10 ** 6, 10 ** 7)
    a = ("jotform", "Jotform <newsletter@jotform.com>", "How to handle customer complaints online (free templates)",
         {"list-unsubscribe": f"<https://www.jotform.com/unsubscribe/{u}>", "precedence": "bulk"},
         '<html><body style="font-family:Verdana,sans-serif;">\n<h2>Turn complaints into loyalty</h2>\n<p>Our new '
         'complaint form templates help you log every complaint, acknowledge it automatically and track it to a '
         'resolution.</p>\n<p><a href="https://www.jotform.com/form-templates/category/complaint">Browse '
         'templates</a></p>\n<p style="font-size:11px;">Unsubscribe from the Jotform newsletter: '
         f'https://www.jotform.com/unsubscribe/{u}</p>\n</body></html>', True)
    b = ("fluent", "Fluent Forms <newsletter@wpmanageninja.com>", "Fluent Forms 6.0: faster entries, new GDPR tools",
         {},
         '<html><body>\n<h2>Fluent Forms 6.0 is here</h2>\n<p>New in this release: automatic deletion of old '
         'entries, a personal data export tool for data requests, and a redesigned entries screen.</p>\n'
         '<p><a href="https://fluentforms.com/changelog">See what\'s new</a></p>\n<p style="font-size:11px;">You '
         'receive this email because you bought Fluent Forms Pro. Unsubscribe any time.</p>\n</body></html>', True)
    return a, b, ("a form vendor's newsletter is auto_generated; its talk of complaints and data requests sets "
                  "no label (rule 4)")


def n_secure_conexus(rng):
    a = ("salesforce", "Conexus Customer Portal <noreply@salesforce.com>", "You have a new secure message",
         {"auto-submitted": "auto-generated"},
         "Hello,\n\nThere is a new secure message waiting for you in the Conexus Customer Portal.\n\nFor your "
         "security we do not include the message in this email. Sign in to read it:\n"
         "https://conexus.my.site.com/customers/s/messages\n\nConexus", False)
    b = ("dynamics", "Conexus Customer Service <crm-noreply@conexus-services.com>",
         "New message on your case", {},
         '<html><body style="font-family:Segoe UI,Arial,sans-serif;">\n<p>A new message has been added to your case '
         f'CAS-{rng.randrange(10000, 99999)}-R4T8WX.</p>\n<p>Sign in to the customer portal to read and reply.</p>\n'
         '<p style="font-size:11px;color:#605e5c;">This is an automated message.</p>\n</body></html>', True)
    return a, b, "a 'new secure message' alert with no message text is a system notification: auto_generated"


N_SCENARIOS = [("wfe-s035", "pexa", n_receipt_pexa), ("wfe-s036", "pexa", n_alert_pexa),
               ("wfe-s037", "pexa", n_password_pexa), ("wfe-s038", "pexa", n_upload_pexa),
               ("wfe-s039", "pexa", n_billing_pexa), ("wfe-s040", "pexa", n_newsletter_pexa),
               ("wfe-s041", "pexa", n_limit_pexa), ("wfe-s042", "conexus", n_payment_conexus),
               ("wfe-s043", "conexus", n_receipt_conexus), ("wfe-s044", "conexus", n_alert_conexus),
               ("wfe-s045", "conexus", n_datechange_conexus), ("wfe-s046", "conexus", n_digest_conexus),
               ("wfe-s047", "conexus", n_newsletter_conexus), ("wfe-s048", "conexus", n_secure_conexus)]


def render_n(sid, mb, fn, rng):
    a, b, rule = fn(rng)
    out = []
    for product, sender, subject, headers, body, html in (a, b):
        env = f"N-{product}"
        META[(sid, env)] = ("N", product, html, "firm web site" if product in FIRM_SENT else "form service")
        out.append({"id": None, "mailbox": mb, "from": sender, "subject": subject, "headers": headers, "body": body,
                    "html": html, "labels": L(auto=True),
                    "note": f"{PRODUCT_NAME[product]} machine mail: {rule}.", "source": sid,
                    "train_labels": ["complaint"], "_env": env})
    return out


# ---------------------------------------------------------------------------------------------
# Group C: people writing ordinary email themselves. Copy A: plain text (Outlook-style forward, "> " quote);
# copy B: HTML from another address (Gmail-style forward, blockquote).
# fwd = (from, date, to, subject, text) of a forwarded message; quote = (from, date, text) of a quoted reply.

C_SCENARIOS = [
    dict(sid="wfe-s049", mb="pexa", frm=("Helena Brightwater <helena@brightwaterlegal.co.uk>",
                                         "Brightwater Legal Accounts <accounts@brightwaterlegal.co.uk>"),
         subject="Formal complaint - fee charged on a withdrawn workspace",
         text="Hello,\n\nPlease treat this as a formal complaint.\n\nWorkspace ID: 31-62290\nInvoice: INV-90417\n"
              "Subscriber ID: SUB-20418\n\nWe were charged the full workspace fee of £72 on 31-62290 although the "
              "workspace was withdrawn on 6 March, before anything was lodged. Your own fee schedule says withdrawn "
              "workspaces are not charged. I have asked for a refund through the billing page twice and both "
              "requests were closed without a reply.\n\nPlease credit the £72 and confirm by email.\n\nHelena "
              "Brightwater\nPractice Manager, Brightwater Legal",
         lab=L(c=True, ex=True, cat="fees_charges"),
         rule="a firm's own email with pasted reference lines calling itself a formal complaint about a platform "
              "fee: explicit, fees_charges"),
    dict(sid="wfe-s050", mb="pexa", frm=("Camille Delacroix <camille.delacroix@gmail.com>",
                                         "Camille Delacroix <c.delacroix@icloud.com>"),
         subject="Completion date moved AGAIN",
         text="Hi,\n\nSee below. This is the third completion date they have given us. We have been living out of "
              "boxes in my sister's spare room since February. I'm told PEXA is the system they use for the money, "
              "so please find out from them what is really going on and get them to complete.\n\nCamille Delacroix",
         fwd=("Client Care <clientcare@marshpenrose.co.uk>", "24 March 2026 17:52", "camille.delacroix@gmail.com",
              "Your purchase of 11 Alder Court",
              "Dear Ms Delacroix,\n\nWe write to let you know that we are not able to complete on 27 March as "
              "planned. We are still waiting for the seller's lender to confirm the redemption figure. We now expect "
              "completion on 10 April and will confirm as soon as we can.\n\nKind regards,\n\nConveyancing Team\n"
              "Marsh & Penrose Conveyancing"),
         lab=L(c=True, cat="delay", firm="mpc"),
         rule="a buyer's grievance about her own conveyancer's repeated slippage, the firm identified by the "
              "forwarded letter (@marshpenrose.co.uk): about_other_firm=mpc, delay, implicit"),
    dict(sid="wfe-s051", mb="pexa", frm=("Oliver Stanhope <o.stanhope@stanhopekerr.co.uk>",
                                         "Oliver Stanhope <oliver@stanhopekerr.co.uk>"),
         subject="Questions before we apply to join PEXA",
         text="Good morning,\n\nWe are a four-partner firm thinking of applying to join the platform this summer. "
              "Before we do, two data questions:\n\n1. Is the identity verification of our staff decided "
              "automatically? If any of us were declined, we would want a person at PEXA to review that decision, "
              "not the system.\n2. Which identity or credit reference agencies do you pass our staff's details to, "
              "for what purpose, and on what legal basis?\n\nMany thanks,\nOliver Stanhope\nStanhope Kerr LLP",
         lab=L(r="automated_decision,informed"),
         rule="neutral questions before joining: asking for a human review of any automated decision is "
              "automated_decision, and who receives the data and why is informed; no complaint"),
    dict(sid="wfe-s052", mb="pexa", frm=("Joseph Ambler <j.ambler@heathcotebank.co.uk>",
                                         "Joseph Ambler <joseph.ambler@heathcotebank.co.uk>"),
         subject="Re: PX-C-31842 duplicate training invoice",
         text="Thanks Joanne, the credit note has come through and the balance now shows as zero. All sorted from our "
              "side.\n\nBest wishes,\nJoe",
         quote=("PEXA Customer Resolution Team <complaints@pexa.co.uk>", "2 Apr 2026, at 16:20",
                "Dear Mr Ambler,\n\nFurther to your complaint about the duplicate invoice for your team's training "
                "session, we have raised a credit note for £350 against invoice INV-87701. It should show on your "
                "account within two working days.\n\nKind regards,\nJoanne Pike\nCustomer Resolution Team"),
         lab=L(),
         rule="thanks confirming a settled matter is not a complaint even though the quoted reply says complaint "
              "(rule 5)"),
    dict(sid="wfe-s053", mb="pexa", frm=("Rachel Addison <rachel.addison@hotmail.co.uk>",
                                         "Rachel Addison <r.addison@nhs.net>"),
         subject="My father's house sale",
         text="Dear PEXA,\n\nI am writing on behalf of my father, Mr Frank Addison, who is 88 and hard of hearing.\n\n"
              "Property: 9 Beech Grove, Ripon HG4 1LN\nHis conveyancer: Hartwell Property Lawyers\nHartwell "
              "reference: HPL/FA/2291\n\nHartwell keep phoning him instead of writing as I asked, talk too fast, and "
              "last week a paralegal told him to \"get someone sensible\" on the line. He was upset for days. He "
              "was told PEXA handles the money on the day, so I am writing to you as well. Please make sure this "
              "reaches someone at Hartwell who will deal with him properly, or tell me who I should contact.\n\n"
              "Rachel Addison",
         lab=L(c=True, tp=True, cat="service_quality", firm="unknown"),
         rule="a daughter writes for her father (third_party) about how his conveyancer, not in the directory, "
              "treats him: about_other_firm=unknown, service_quality, implicit"),
    dict(sid="wfe-s054", mb="pexa", frm=("Kwame Asante <k.asante@asantepartners.co.uk>",
                                         "Kwame Asante <kwame.asante@asantepartners.co.uk>"),
         subject="Wrong lodgement cut-off given by your support desk",
         text="Hello,\n\nI'd like this treated as a complaint. Below is what your support desk told us in writing on "
              "12 March. We relied on it, submitted at 3.15pm, and the application was not lodged until the next "
              "day, so our client's purchase completed a day late and we have had to pay £186 in late completion "
              "interest. Please confirm the correct times and tell us how you will put this right.\n\nKwame Asante\n"
              "Asante & Partners",
         fwd=("PEXA Support <support@pexa.co.uk>", "12 March 2026 10:41", "k.asante@asantepartners.co.uk",
              "RE: Same-day lodgement",
              "Hi Kwame,\n\nYes, anything submitted before 4pm will be lodged with HM Land Registry the same day.\n\n"
              "Thanks,\nDaniel\nPEXA Support"),
         lab=L(c=True, ex=True, cat="inaccurate_information"),
         rule="a forwarded support answer that gave the wrong cut-off, with the writer asking for it to be treated "
              "as a complaint: explicit, inaccurate_information"),
    dict(sid="wfe-s055", mb="conexus", frm=("Sandra Pollitt <sandra.pollitt@gmail.com>",
                                            "Sandra Pollitt <spollitt@talktalk.net>"),
         subject="Northline Energy bill",
         text="Hello\n\nI have forwarded your letter. That Northline bill was made up from estimated readings. I gave "
              "Northline actual meter readings in October and sent them photos, and the real figure should be "
              "about £150. They need to redo the bill before anyone chases me for £611.\n\nSandra Pollitt",
         fwd=("Conexus Collections <letters@conexus-services.com>", "18 March 2026 09:03", "sandra.pollitt@gmail.com",
              "Your account CX-6489173",
              "Dear Mrs Pollitt,\n\nAccount number: CX-6489173\nCreditor: Northline Energy\nBalance: £611.27\n\n"
              "Northline Energy has passed your account to us to collect. Please contact us within 14 days to pay "
              "in full or agree a plan.\n\nConexus"),
         lab=L(c=True, cat="debt_dispute", firm="nte"),
         rule="the creditor's bill from estimated readings is wrong and only the creditor can fix it: "
              "about_other_firm=nte, debt_dispute, implicit"),
    dict(sid="wfe-s056", mb="conexus", frm=("Tariq Mahmood <tariq.mahmood@northsidecab.org.uk>",
                                            "Northside Citizens Advice <debtteam@northsidecab.org.uk>"),
         subject="Breathing Space and change of address - Ms P Chaudhary",
         text="Dear Sir or Madam,\n\nClient: Ms Priya Chaudhary\nDate of birth: 12/07/1986\nAccount number: "
              "CX-3358201\nBreathing Space reference: BS-2026-044871\n\nI am a debt adviser at Northside Citizens "
              "Advice and act for the client above (signed authority attached). She entered a standard Breathing "
              "Space on 3 April, as the Insolvency Service notice will confirm.\n\nShe has also moved. Please update "
              "her address on your records to 41 Calder Street, Halifax HX1 2PG.\n\nRegards,\nTariq Mahmood\n"
              "Money Adviser",
         lab=L(tp=True, r="rectification"),
         rule="a money adviser writes for his client (third_party) with reference lines, a Breathing Space notice "
              "and an address update (rectification); no dissatisfaction, so no complaint"),
    dict(sid="wfe-s057", mb="conexus", frm=("Darren Cole <darrencole79@gmail.com>", "Darren Cole <d.cole@outlook.com>"),
         subject="payment date",
         text="Hi\n\nAccount number: CX-8260094\nDate of birth: 30/01/1979\n\nCould you change my payment date to "
              "the 25th from next month, I've started a new job and get paid later.\n\nThanks\nDarren",
         lab=L(), rule="pasted reference lines and a payment-date change: a service request, not a complaint"),
    dict(sid="wfe-s058", mb="conexus", frm=("Naomi Fletcher <naomi.fletcher@gmail.com>",
                                            "Naomi Fletcher <naomi.fletcher@yahoo.com>"),
         subject="Re: Your statement",
         text="I am complaining because the statement attached to your email is not mine. It belongs to a man in "
              "Swindon: his name, his address, his balance and his payment history. I have not opened anything else "
              "and I will delete it, but if I have his, who has got mine? I want an answer today.\n\nNaomi Fletcher",
         quote=("Conexus <statements@conexus-services.com>", "Tue, 7 Apr 2026 at 08:15",
                "Dear customer,\n\nPlease find attached your latest account statement.\n\nConexus"),
         lab=L(c=True, ex=True, pd=True, br=True, cat="personal_data"),
         rule="another customer's statement sent to her is a breach and her grievance is its handling: explicit "
              "('I am complaining'), personal_data, breach"),
    dict(sid="wfe-s059", mb="conexus", frm=("Craig Henshaw <craig.henshaw@gmail.com>",
                                            "Craig Henshaw <chenshaw@hotmail.co.uk>"),
         subject="Re: Your payment plan is set up",
         text="Two days after this email a man from your company came to my door at 8pm, in front of my kids, "
              "asking for £200 \"today\". I have a plan, you confirmed it below. Why was he sent? Make sure it does "
              "not happen again.\n\nCraig Henshaw",
         quote=("Conexus <no-reply@conexus-services.com>", "Mon, 16 Mar 2026 at 11:02",
                "Dear Mr Henshaw,\n\nThank you for setting up your payment plan. Your first payment of £30 is due on "
                "1 April.\n\nConexus"),
         lab=L(c=True, cat="collection_conduct"),
         rule="a doorstep visit despite a confirmed plan, with a demand for an explanation, is an implicit "
              "collection_conduct complaint; the quoted confirmation is context"),
    dict(sid="wfe-s060", mb="conexus", frm=("Martin Gallacher <martin.gallacher@btinternet.com>",
                                            "Martin Gallacher <m.gallacher@gallacherjoinery.co.uk>"),
         subject="Calls to my mother",
         text="Hello,\n\nAccount: CX-1047736\nCustomer: Mrs Irene Gallacher\nDate of birth: 03/09/1941\n\nMy mother "
              "has dementia. I told your team on 2 March, sent the consultant's letter and asked that all contact "
              "comes to me. Since then she has had at least four calls, and on Friday she agreed to pay £100 a "
              "month she does not have because she was frightened. I want that arrangement cancelled and the calls "
              "to her stopped.\n\nMartin Gallacher (son)",
         lab=L(c=True, tp=True, cat="collection_conduct"),
         rule="a son writes for his vulnerable mother (third_party) about calls after vulnerability was disclosed: "
              "implicit collection_conduct; 'stop the calls' is a conduct remedy, not objection"),
]


def render_c(sc, copy, rng):
    text, subject = sc["text"], sc["subject"]
    sender = sc["frm"][copy]
    if copy == 0:
        body, env = text, "C-plain"
        if sc.get("fwd"):
            fr, date, to, subj, ftext = sc["fwd"]
            body += ("\n\n________________________________\n" f"From: {fr}\nSent: {date}\nTo: {to}\nSubject: {subj}\n\n"
                     + ftext)
            subject, env = "FW: " + subject, "C-outlook-forward"
        elif sc.get("quote"):
            fr, date, qtext = sc["quote"]
            body += f"\n\nOn {date}, {fr} wrote:\n" + quote_lines(qtext)
            env = "C-plain-reply"
        html = False
    else:
        html = True
        env = "C-html"
        if sc.get("fwd"):
            fr, date, to, subj, ftext = sc["fwd"]
            paras = "".join(f"<p>{h(p)}</p>" for p in text.split("\n\n"))
            body = ("<html><body>\n<div dir=\"ltr\">" + paras + "</div>\n<div class=\"gmail_quote\">---------- "
                    f"Forwarded message ---------<br>From: {escape_html(fr)}<br>Date: {escape_html(date)}<br>"
                    f"Subject: {escape_html(subj)}<br>To: &lt;{escape_html(to)}&gt;<br><br>{h(ftext)}</div>\n"
                    "</body></html>")
            subject, env = "Fwd: " + subject, "C-gmail-forward"
        elif sc.get("quote"):
            fr, date, qtext = sc["quote"]
            body = html_with_quote(text, f"On {date}, {fr} wrote:\n" + quote_lines(qtext))
            env = "C-html-reply"
        else:
            body = html_with_quote(text)
    META[(sc["sid"], env)] = ("C", "person's own email", html, "a person")
    return {"id": None, "mailbox": sc["mb"], "from": sender, "subject": subject, "headers": {}, "body": body,
            "html": html, "labels": dict(sc["lab"], rights=list(sc["lab"]["rights"])),
            "note": f"A person's own email, not a form relay: {sc['rule']}.", "source": sc["sid"],
            "train_labels": ["complaint"], "_env": env}


# ---------------------------------------------------------------------------------------------

def build(rng):
    SUBMITTER.clear()
    META.clear()
    recs = []
    for sc, pair in zip(F_SCENARIOS, assign_products(len(F_SCENARIOS))):
        for copy, product in enumerate(pair):
            recs.append(render_f(sc, product, copy, rng))
    for sid, mb, fn in N_SCENARIOS:
        recs += render_n(sid, mb, fn, rng)
    for sc in C_SCENARIOS:
        for copy in (0, 1):
            recs.append(render_c(sc, copy, rng))
    per_product = collections.Counter(m[1] for m in META.values() if m[0] != "C")
    assert max(per_product.values()) <= 5, per_product
    assert all(len({META[k][1] for k in META if k[0] == sid}) == 2 for sid in {k[0] for k in META if META[k][0] == "F"})
    return recs


def checker_disagrees(rec):
    """Does record_errors' explicit check (any "complain" in the new text) disagree with the label?"""
    lab = rec["labels"]
    return lab["complaint"] and ("complain" in new_text(rec).lower()) != lab["explicit"]


def wfe_errors(rec):
    """record_errors, except that for a form relay whose boilerplate (form title, page address, subject the
    software writes) says "complain" the explicit check is replaced by the same check on the submitter's own
    text (topic chosen, subject typed, free texts)."""
    errs = record_errors(rec)
    key = (rec["source"], rec["_env"])
    if key in SUBMITTER:
        own = SUBMITTER[key]
        errs = [e for e in errs if not e.startswith("explicit=")]
        lab = rec["labels"]
        has = "complain" in own.lower()
        if lab["complaint"] and has != lab["explicit"]:
            errs.append(f"explicit={lab['explicit']} but 'complain' in the submitter's text={has}")
        for piece in own.split("\n"):
            if piece.strip() and piece not in rec["body"] and escape_html(piece) not in rec["body"] \
                    and piece not in rec["subject"]:
                errs.append(f"submitter text not in the body: {piece[:40]!r}")
    return errs


def summary(records, env_count):
    labs = [r["labels"] for r in records]
    comp = [l for l in labs if l["complaint"]]
    groups = collections.Counter(m[0] for m in META.values())
    lines = [f"wrote {len(records)} records ({len({r['source'] for r in records})} scenarios) to "
             f"{os.path.relpath(OUT, ROOT)}",
             f"groups (emails): {dict(groups)}",
             f"complaints {len(comp)} ({sum(l['explicit'] for l in comp)} explicit); "
             f"auto_generated {sum(l['auto_generated'] for l in labs)}; breach {sum(l['breach'] for l in labs)}; "
             f"third_party {sum(l['third_party'] for l in labs)}; personal_data {sum(l['personal_data'] for l in labs)}",
             "rights: " + str(dict(collections.Counter(x for l in labs for x in l["rights"]))),
             "about_other_firm: " + str(dict(collections.Counter(str(l["about_other_firm"]) for l in labs))),
             "categories: " + str(dict(collections.Counter(l["category"] for l in labs))),
             "per product: " + str(dict(collections.Counter(PRODUCT_NAME.get(m[1], m[1]) for m in META.values()))),
             "F per product: " + str(dict(collections.Counter(PRODUCT_NAME[m[1]] for m in META.values()
                                                               if m[0] == "F"))),
             "layout: " + str(dict(collections.Counter((m[0], "html" if m[2] else "plain") for m in META.values()))),
             "sender kind: " + str(dict(collections.Counter((m[0], m[3]) for m in META.values()))),
             f"records where record_errors' explicit check was replaced (form boilerplate says 'complain'): "
             f"{sum(checker_disagrees(r) for r in records)}",
             "envelopes: " + str(dict(sorted(env_count.items())))]
    return "\n".join(lines)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=wfe_errors)


if __name__ == "__main__":
    sys.exit(main())
