#!/usr/bin/env python3
"""Web-form relay judge set F: mail that a web form relays to the complaints mailbox, and the machine mail that
looks like it (stdlib only).

60 scenarios (30 per mailbox), each rendered twice with different envelopes: 120 emails.
* Group F (34): a form relay, each copy in the default notification of a real form product (Contact Form 7,
  WPForms, Gravity Forms, Ninja Forms, Formidable, Elementor, Fluent Forms, Jotform, Typeform, Cognito Forms,
  Wufoo, Formstack, HubSpot, Wix, Squarespace, Webflow, Dynamics 365, Salesforce web-to-case, a bespoke portal).
  A person wrote the submission, so auto_generated=false and every label follows what the submitter wrote.
* Group N (14): machine mail that looks like a relay: receipts, admin alerts without the submission, portal
  notifications, a form service's newsletter or billing mail. auto_generated=true.
* Group C (12): controls: the same kinds of people writing ordinary email (forwards, pasted reference lines).

`explicit` follows the submitter's own words (free text, own subject, or "Complaint" chosen as the topic); the
form's name and labels do not count. record_errors' explicit check reads the whole relayed form (and forwarded
letters), so `errors` below drops only that check where it disagrees with the submitter's own text and applies
its own check (explicit iff "complain" in the submitter's own text) to every complaint.

Run: .venv/bin/python data/make/make_web_form_judge_f.py  (writes data/trials/web_form_judge_f.jsonl)
"""
import collections
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import escape_html, record_errors, run_generator, short_labels  # noqa: E402

SEED = 20280426
PREFIX = "wff"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "web_form_judge_f.jsonl")

# per-record side data, keyed by id(record): the submitter's own text (for the explicit check) and the
# envelope facts for the summary (group, product, sender kind)
OWN = {}
META = {}

PRODUCT_NAMES = {
    "cf7": "Contact Form 7", "wpforms": "WPForms", "gravity": "Gravity Forms", "ninja": "Ninja Forms",
    "formidable": "Formidable Forms", "elementor": "Elementor Forms", "fluent": "Fluent Forms",
    "jotform": "Jotform", "typeform": "Typeform", "cognito": "Cognito Forms", "wufoo": "Wufoo",
    "formstack": "Formstack", "hubspot": "HubSpot forms", "wix": "Wix Forms", "squarespace": "Squarespace forms",
    "webflow": "Webflow forms", "dynamics": "Microsoft Dynamics 365", "salesforce": "Salesforce web-to-case",
    "portal": "bespoke portal form",
}

# ---------------------------------------------------------------------------------------------
# sites and forms

SITES = {
    "px_www": {"domain": "pexa.co.uk", "url": "https://www.pexa.co.uk", "title": "PEXA UK"},
    "px_support": {"domain": "support.pexa.co.uk", "url": "https://support.pexa.co.uk", "title": "PEXA Support"},
    "px_academy": {"domain": "academy.pexa.co.uk", "url": "https://academy.pexa.co.uk", "title": "PEXA Academy"},
    "cx_www": {"domain": "conexus-services.com", "url": "https://www.conexus-services.com", "title": "Conexus"},
    "cx_pay": {"domain": "pay.conexus-services.com", "url": "https://pay.conexus-services.com",
               "title": "Conexus Online Payments"},
    "cx_help": {"domain": "help.conexus-services.com", "url": "https://help.conexus-services.com",
                "title": "Conexus Help Centre"},
}

# form: site, form title, page path, [(label, key)]; "@yes" is a consent box the submitter ticked
FORMS = {
    "px_contact": ("px_www", "Contact us", "/contact-us/",
                   [("Your name", "name"), ("Your email", "email"), ("Subject", "subj"), ("Your message", "text")]),
    "px_complaint": ("px_www", "Make a complaint", "/complaints/make-a-complaint/",
                     [("First name", "first"), ("Last name", "last"), ("Email address", "email"),
                      ("Phone number", "phone"), ("Firm or organisation", "firm"),
                      ("Workspace or subscriber ID (if known)", "ref"),
                      ("What does your complaint relate to?", "topic"), ("Please tell us what happened", "text"),
                      ("What would you like us to do to put things right?", "text2"),
                      ("I have read the PEXA privacy notice", "@yes")]),
    "px_support": ("px_support", "Support enquiry", "/contact/",
                   [("Full name", "name"), ("Organisation", "firm"), ("Work email", "email"),
                    ("Telephone", "phone"), ("Workspace number or user ID", "ref"), ("Enquiry type", "topic"),
                    ("How can we help?", "text")]),
    "px_data": ("px_www", "Data protection request", "/privacy/data-request/",
                [("First name", "first"), ("Surname", "last"), ("Email", "email"), ("Postal address", "address"),
                 ("Type of request", "topic"), ("Details of your request", "text")]),
    "px_consumer": ("px_www", "Buying or selling a home? Get in touch", "/home-buyers-and-sellers/",
                    [("Name", "name"), ("Email", "email"), ("Phone", "phone"), ("Property address", "address"),
                     ("Your conveyancer or lender", "firm"), ("Your message", "text")]),
    "px_feedback": ("px_academy", "Course feedback", "/feedback/",
                    [("Name", "name"), ("Email address", "email"), ("Organisation", "firm"),
                     ("Course or session", "topic"), ("Your feedback", "text")]),
    "px_tf": ("px_www", "PEXA UK - tell us how we're doing", "",
              [("What's your name?", "name"), ("And your work email address?", "email"),
               ("Which firm are you with?", "firm"), ("What is this about?", "topic"),
               ("Tell us more in your own words", "text"), ("Is there anything you'd like us to do?", "text2")]),
    "px_portal": ("px_support", "Help & feedback", "/exchange/help",
                  [("User", "name"), ("Subscriber", "firm"), ("Login email", "email"), ("User ID", "ref"),
                   ("Category", "topic"), ("Description", "text")]),
    "cx_contact": ("cx_www", "Contact us", "/contact-us/",
                   [("Full name", "name"), ("Email address", "email"), ("Telephone number", "phone"),
                    ("Conexus reference", "ref"), ("Postcode", "postcode"), ("Reason for contact", "topic"),
                    ("Subject", "subj"), ("Your message", "text")]),
    "cx_complaint": ("cx_www", "Tell us if you're unhappy", "/help/tell-us-if-youre-unhappy/",
                     [("First name", "first"), ("Last name", "last"), ("Email", "email"), ("Phone", "phone"),
                      ("Account or reference number", "ref"), ("Address", "address"), ("What is it about?", "topic"),
                      ("What went wrong?", "text"), ("What would you like us to do?", "text2")]),
    "cx_complaint2": ("cx_www", "Complaints form", "/complaints/",
                      [("Name", "name"), ("Email", "email"), ("Telephone", "phone"), ("Reference number", "ref"),
                       ("Postcode", "postcode"), ("Nature of complaint", "topic"),
                       ("Details of your complaint", "text"), ("Desired outcome", "text2"),
                       ("I consent to Conexus processing my personal data to handle my complaint", "@yes")]),
    "cx_data": ("cx_www", "Data request", "/privacy/data-request/",
                [("Name", "name"), ("Date of birth", "dob"), ("Current address", "address"), ("Email", "email"),
                 ("Account reference (if you have one)", "ref"), ("What would you like to do?", "topic"),
                 ("Please give details", "text")]),
    "cx_pay": ("cx_pay", "Payment help", "/help",
               [("Name", "name"), ("Reference number", "ref"), ("Email", "email"), ("Mobile", "phone"),
                ("I need help with", "topic"), ("Message", "text")]),
    "cx_adviser": ("cx_www", "Advisers and representatives", "/advisers/",
                   [("Your name", "name"), ("Organisation", "firm"), ("Email", "email"), ("Phone", "phone"),
                    ("Client's name", "client"), ("Client's Conexus reference", "ref"),
                    ("Type of request", "topic"), ("Details", "text")]),
    "cx_tf": ("cx_www", "Conexus - get in touch", "",
              [("First things first, what's your name?", "name"),
               ("What's the best email to reach you on?", "email"),
               ("Do you have a reference number? (It starts CX)", "ref"), ("What's this about?", "topic"),
               ("Tell us what's happened", "text"), ("What would help put this right?", "text2")]),
}


def fields_of(sc, form_key):
    """[(label, value)] of the form as the submitter filled it (empty fields left out), and the submitter's own
    text shown (topic chosen, own subject, free texts)."""
    _, _, _, flds = FORMS[form_key]
    p = sc["p"]
    vals = dict(p)
    vals["name"] = p.get("name") or (p["first"] + " " + p["last"])
    if "first" not in p:
        vals["first"], _, vals["last"] = vals["name"].partition(" ")
    for k in ("subj", "topic", "text", "text2"):
        if sc.get(k):
            vals[k] = sc[k]
    keys = {k for _, k in flds}
    if "text2" in vals and "text2" not in keys:
        vals["text"] = vals["text"] + "\n\n" + vals.pop("text2")
    out, own = [], []
    for label, k in flds:
        if k == "@yes":
            out.append((label, "Yes"))
        elif vals.get(k):
            out.append((label, vals[k]))
            if k in ("subj", "topic", "text", "text2"):
                own.append(vals[k])
    return out, "\n".join(own)


def h(s):
    return escape_html(s).replace("\n", "<br>")


# ---------------------------------------------------------------------------------------------
# the products' default notifications: each returns (from, subject, headers, body, html)

def stamp(rng):
    """A submission time and an entry number (two draws)."""
    day = rng.randrange(2, 28)
    minute = rng.randrange(8 * 60, 21 * 60)
    return {"date": f"{day:02d}/04/2026", "long": f"April {day}, 2026", "time": f"{minute // 60}:{minute % 60:02d}",
            "n": rng.randrange(120, 9800), "day": day}


def r_cf7(sc, fk, rng, t):
    site = SITES[FORMS[fk][0]]
    p = sc["p"]
    name = p.get("name") or p["first"] + " " + p["last"]
    subj = sc.get("subj", "")
    text = sc["text"] + ("\n\n" + sc["text2"] if sc.get("text2") else "")
    body = (f"From: {name} <{p['email']}>\nSubject: {subj}\n\nMessage Body:\n{text}\n\n-- \n"
            f"This e-mail was sent from a contact form on {site['title']} ({site['url']})")
    own = "\n".join(x for x in (subj, text) if x)
    return (f"{site['title']} <wordpress@{site['domain']}>", f'{site["title"]} "{subj}"',
            {"reply-to": f"{name} <{p['email']}>"}, body, False, own)


def r_wpforms(sc, fk, rng, t):
    site = SITES[FORMS[fk][0]]
    flds, own = fields_of(sc, fk)
    rows = "".join(
        f'<tr><td style="padding:15px 0;border-top:1px solid #dddddd;"><strong>{escape_html(lb)}</strong><br>'
        f'{h(v)}</td></tr>\n' for lb, v in flds)
    body = ('<html><body style="background:#e9eaec;">\n<table width="600" align="center" style="background:#ffffff;">'
            f'<tr><td style="padding:30px;">\n<table width="100%">\n{rows}</table>\n</td></tr></table>\n'
            f'<p style="text-align:center;font-size:12px;color:#72777c;">Sent from '
            f'<a href="{site["url"]}/">{escape_html(site["title"])}</a></p>\n</body></html>')
    return (f"{site['title']} <wordpress@{site['domain']}>", f"New Entry: {FORMS[fk][1]}",
            {"reply-to": sc["p"]["email"]}, body, True, own)


def r_gravity(sc, fk, rng, t):
    site = SITES[FORMS[fk][0]]
    flds, own = fields_of(sc, fk)
    rows = "".join(
        f'<tr bgcolor="#EAF2FA"><td colspan="2"><font style="font-family: sans-serif; font-size:12px;">'
        f'<strong>{escape_html(lb)}</strong></font></td></tr>\n'
        f'<tr bgcolor="#FFFFFF"><td width="20">&nbsp;</td><td><font style="font-family: sans-serif; '
        f'font-size:12px;">{h(v)}</font></td></tr>\n' for lb, v in flds)
    body = ('<html><body>\n<table width="99%" border="0" cellpadding="1" cellspacing="0" bgcolor="#EAEAEA"><tr><td>\n'
            f'<table width="100%" border="0" cellpadding="5" cellspacing="0" bgcolor="#FFFFFF">\n{rows}'
            '</table>\n</td></tr></table>\n</body></html>')
    return (f"{site['title']} <wordpress@{site['domain']}>", f"New submission from {FORMS[fk][1]}", {}, body, True,
            own)


def r_ninja(sc, fk, rng, t):
    site = SITES[FORMS[fk][0]]
    flds, own = fields_of(sc, fk)
    rows = "".join(f"<tr><td>{escape_html(lb)}:</td><td>{h(v)}</td></tr>" for lb, v in flds)
    body = f"<html><body>\n<table>{rows}</table>\n</body></html>"
    return (f"WordPress <wordpress@{site['domain']}>", "Ninja Forms Submission", {}, body, True, own)


def r_formidable(sc, fk, rng, t):
    site = SITES[FORMS[fk][0]]
    flds, own = fields_of(sc, fk)
    rows = "".join(
        f'<tr style="background-color:#ffffff;"><th style="text-align:left;padding:7px 9px;border-top:1px solid '
        f'#cccccc;">{escape_html(lb)}</th><td style="padding:7px 9px;border-top:1px solid #cccccc;">{h(v)}</td></tr>\n'
        for lb, v in flds)
    ip = f"81.{rng.randrange(2, 250)}.{rng.randrange(2, 250)}.{rng.randrange(2, 250)}"
    body = ('<html><body>\n<table cellspacing="0" style="font-size:14px;line-height:135%;border-bottom:1px solid '
            f'#cccccc;">\n<tbody>\n{rows}</tbody>\n</table>\n'
            f'<p>User Information<br>IP Address: {ip}<br>User-Agent (Browser/OS): Mozilla/5.0 (Windows NT 10.0; '
            f'Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0 Safari/537.36<br>Referrer: '
            f'{site["url"]}{FORMS[fk][2]}</p>\n</body></html>')
    return (f"{site['title']} <wordpress@{site['domain']}>",
            f"{FORMS[fk][1]} Form submitted on {site['title']}", {}, body, True, own)


def r_elementor(sc, fk, rng, t):
    site = SITES[FORMS[fk][0]]
    flds, own = fields_of(sc, fk)
    lines = "".join(f"{escape_html(lb)}: {h(v)}<br>" for lb, v in flds)
    ip = f"86.{rng.randrange(2, 250)}.{rng.randrange(2, 250)}.{rng.randrange(2, 250)}"
    body = (f"<html><body>\n{lines}<br>---<br><br>Date: {t['long']}<br>Time: {t['time']}<br>"
            f"Page URL: {site['url']}{FORMS[fk][2]}<br>User Agent: Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like "
            f"Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1<br>"
            f"Remote IP: {ip}<br>Powered by: Elementor<br>\n</body></html>")
    return (f"{site['title']} <email@{site['domain']}>", f'New message from "{site["title"]}"',
            {"reply-to": sc["p"]["email"]}, body, True, own)


def r_fluent(sc, fk, rng, t):
    site = SITES[FORMS[fk][0]]
    flds, own = fields_of(sc, fk)
    rows = "".join(
        f'<tr class="field-label"><th style="padding:6px 12px;background-color:#f8f8f8;text-align:left;">'
        f'<strong>{escape_html(lb)}</strong></th></tr><tr class="field-value"><td style="padding:6px 12px 12px 12px;">'
        f'{h(v)}</td></tr>\n' for lb, v in flds)
    body = (f'<html><body>\n<table class="ff_all_data" width="600" cellpadding="0" cellspacing="0"><tbody>\n{rows}'
            f'</tbody></table>\n<p style="font-size:12px;color:#999999;">This email has been sent from '
            f'{escape_html(site["title"])} ({site["url"]}). Powered by Fluent Forms.</p>\n</body></html>')
    return (f"{site['title']} <wordpress@{site['domain']}>", f"New Form Submission - {FORMS[fk][1]}", {}, body,
            True, own)


def r_jotform(sc, fk, rng, t):
    flds, own = fields_of(sc, fk)
    rows = "".join(
        f'<tr style="background-color:{"#f3f3f3" if i % 2 else "#ffffff"};"><td style="padding:5px;width:170px;'
        f'color:#57647e;font-weight:bold;">{escape_html(lb)}</td><td style="padding:5px;">{h(v)}</td></tr>\n'
        for i, (lb, v) in enumerate(flds))
    sid = f"59{rng.randrange(10 ** 15, 10 ** 16)}"
    body = (f'<html><body>\n<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #e6e6e6;">\n'
            f'<tr><td colspan="2" style="background:#0a1551;color:#ffffff;padding:12px;font-size:16px;">'
            f'{escape_html(FORMS[fk][1])}</td></tr>\n{rows}</table>\n'
            f'<p style="font-size:12px;"><a href="https://www.jotform.com/edit/{sid}">Edit Submission</a> | '
            f'<a href="https://www.jotform.com/inbox/">View in Jotform Inbox</a></p>\n'
            f'<p style="font-size:11px;color:#8d8fa8;">You can edit this submission and view all your submissions '
            f'easily.</p>\n</body></html>')
    return ("Jotform <noreply@jotform.com>", f"Re: {FORMS[fk][1]}", {"reply-to": sc["p"]["email"]}, body, True, own)


def r_typeform(sc, fk, rng, t):
    flds, own = fields_of(sc, fk)
    qa = "".join(f'<p style="margin:18px 0 4px 0;color:#5e5e5e;font-size:14px;">{escape_html(lb)}</p>'
                 f'<p style="margin:0;font-size:16px;color:#262627;">{h(v)}</p>\n' for lb, v in flds)
    body = (f'<html><body style="font-family:Helvetica,Arial,sans-serif;">\n<h2 style="font-weight:normal;">'
            f'{escape_html(FORMS[fk][1])}</h2>\n<p>You have a new response. Here it is:</p>\n{qa}'
            f'<p><a href="https://admin.typeform.com/form/results">See all responses</a></p>\n'
            f'<p style="font-size:11px;color:#8c8c8c;">You are receiving this email because you turned on '
            f'self-notifications for this typeform. Typeform S.L., Barcelona.</p>\n</body></html>')
    return ("Typeform <notifications@typeform.com>", f"New response to {FORMS[fk][1]}", {}, body, True, own)


def r_cognito(sc, fk, rng, t):
    flds, own = fields_of(sc, fk)
    rows = "".join(f'<tr><td style="padding:4px 8px;font-weight:bold;vertical-align:top;">{escape_html(lb)}</td>'
                   f'<td style="padding:4px 8px;">{h(v)}</td></tr>\n' for lb, v in flds)
    body = (f'<html><body>\n<h3>{escape_html(FORMS[fk][1])}</h3>\n<p>Entry #{t["n"]} was submitted on '
            f'{t["date"]} at {t["time"]}.</p>\n<table>\n{rows}</table>\n'
            f'<p><a href="https://www.cognitoforms.com/forms">View Entry</a></p>\n'
            f'<p style="font-size:11px;color:#999999;">Powered by Cognito Forms</p>\n</body></html>')
    return ("Cognito Forms <notifications@cognitoforms.com>", f"{FORMS[fk][1]} - Entry #{t['n']}",
            {"reply-to": sc["p"]["email"]}, body, True, own)


def r_wufoo(sc, fk, rng, t):
    flds, own = fields_of(sc, fk)
    rows = "".join(f'<tr><th style="text-align:left;padding:7px 9px;background:#f5f5f5;width:35%;">'
                   f'{escape_html(lb)}</th><td style="padding:7px 9px;">{h(v)}</td></tr>\n' for lb, v in flds)
    body = (f'<html><body>\n<table border="0" cellspacing="0" width="100%" style="border:1px solid #dedede;">\n'
            f'{rows}</table>\n<p style="font-size:11px;color:#777777;">This notification was sent from your Wufoo '
            f'form {escape_html(FORMS[fk][1])}. To stop receiving these, change the Notification Settings of the '
            f'form.</p>\n</body></html>')
    return ("Wufoo <no-reply@wufoo.com>", f"{FORMS[fk][1]} [#{t['n']}]", {"reply-to": sc["p"]["email"]}, body,
            True, own)


def r_formstack(sc, fk, rng, t):
    flds, own = fields_of(sc, fk)
    lines = "\n".join(f"{lb}: {v}" if "\n" not in v else f"{lb}:\n{v}" for lb, v in flds)
    body = (f"Formstack Submission For: {FORMS[fk][1]}\nSubmitted at {t['date']} {t['time']}\nIP Address: "
            f"{rng.randrange(2, 220)}.{rng.randrange(2, 250)}.{rng.randrange(2, 250)}.{rng.randrange(2, 250)}\n\n"
            f"{lines}\n\nCopyright © 2026 Formstack, LLC. All rights reserved. This is a customer service email.")
    return ("Formstack <noreply@formstack.com>", f"Formstack Submission For: {FORMS[fk][1]}", {}, body, False, own)


def r_hubspot(sc, fk, rng, t):
    site = SITES[FORMS[fk][0]]
    flds, own = fields_of(sc, fk)
    rows = "".join(f'<p style="margin:0 0 14px 0;"><span style="color:#516f90;">{escape_html(lb)}:</span><br>'
                   f'{h(v)}</p>\n' for lb, v in flds)
    body = (f'<html><body style="font-family:Helvetica,Arial,sans-serif;color:#33475b;">\n'
            f'<p>You\'ve got a new submission on <b>{escape_html(FORMS[fk][1])}</b> from the page '
            f'<a href="{site["url"]}{FORMS[fk][2]}">{escape_html(site["title"])}</a>.</p>\n{rows}'
            f'<p><a href="https://app.hubspot.com/contacts/">View contact record</a></p>\n'
            f'<p style="font-size:11px;color:#7c98b6;">You\'re receiving this email because you are set to be '
            f'notified of new form submissions. HubSpot, Inc., 2 Canal Park, Cambridge, MA 02141, USA.</p>\n'
            f'</body></html>')
    return ("HubSpot <noreply@notifications.hubspot.com>", f"New form submission on {FORMS[fk][1]}", {}, body,
            True, own)


def r_wix(sc, fk, rng, t):
    site = SITES[FORMS[fk][0]]
    flds, own = fields_of(sc, fk)
    rows = "".join(f'<p style="margin:0;color:#868686;font-size:13px;">{escape_html(lb)}</p>'
                   f'<p style="margin:0 0 16px 0;font-size:15px;">{h(v)}</p>\n' for lb, v in flds)
    body = (f'<html><body style="font-family:Helvetica,Arial,sans-serif;">\n<h2>You\'ve got a new form '
            f'submission</h2>\n<p>Someone just submitted {escape_html(FORMS[fk][1])} on your site '
            f'{escape_html(site["title"])}.</p>\n{rows}<p><a href="https://manage.wix.com/dashboard/">View '
            f'Submissions</a></p>\n<p style="font-size:11px;color:#999999;">This email was sent to you by Wix.com on '
            f'behalf of {escape_html(site["title"])}.</p>\n</body></html>')
    return (f"{site['title']} <no-reply@crm.wix.com>", f"New form submission: {FORMS[fk][1]}",
            {"reply-to": sc["p"]["email"]}, body, True, own)


def r_squarespace(sc, fk, rng, t):
    site = SITES[FORMS[fk][0]]
    flds, own = fields_of(sc, fk)
    lines = "\n\n".join(f"{lb}: {v}" for lb, v in flds)
    body = f"Sent via form submission from {site['title']}\n\n{lines}\n\n(Sent via {site['url'].split('//')[1]})"
    return ("Squarespace <form-submission@squarespace.info>", f"Form Submission - {FORMS[fk][1]}",
            {"reply-to": sc["p"]["email"]}, body, False, own)


def r_webflow(sc, fk, rng, t):
    site = SITES[FORMS[fk][0]]
    flds, own = fields_of(sc, fk)
    lines = "\n".join(f"{lb}: {v}" for lb, v in flds)
    body = (f"Your form, {FORMS[fk][1]}, just received a submission on your site, {site['title']}.\n\n{lines}\n\n"
            f"You can view all of your form submissions at https://webflow.com/dashboard/sites/forms\n\n"
            f"Webflow, Inc. 398 11th Street, San Francisco, CA 94103")
    return ("Webflow <no-reply-forms@webflow.com>", f"You have a new form submission on your Webflow site!",
            {"reply-to": sc["p"]["email"]}, body, False, own)


def r_dynamics(sc, fk, rng, t):
    site = SITES[FORMS[fk][0]]
    flds, own = fields_of(sc, fk)
    case = f"CAS-{rng.randrange(10000, 99999)}-{chr(65 + rng.randrange(26))}{rng.randrange(1, 9)}" \
           f"{chr(65 + rng.randrange(26))}{rng.randrange(1, 9)}"
    rows = "".join(f'<tr><td style="padding:3px 10px 3px 0;color:#605e5c;">{escape_html(lb)}</td>'
                   f'<td style="padding:3px 0;">{h(v)}</td></tr>\n' for lb, v in flds)
    body = (f'<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;">\n'
            f'<p>A new case has been created from a web form submission.</p>\n<table>\n'
            f'<tr><td style="padding:3px 10px 3px 0;color:#605e5c;">Case number</td><td>{case}</td></tr>\n'
            f'<tr><td style="padding:3px 10px 3px 0;color:#605e5c;">Origin</td><td>Web ({escape_html(FORMS[fk][1])})'
            f'</td></tr>\n{rows}</table>\n<p><a href="https://{site["domain"].split(".")[0]}.crm11.dynamics.com/main.aspx'
            f'?pagetype=entityrecord&amp;etn=incident">Open case in Dynamics 365</a></p>\n</body></html>')
    dom = site["domain"].split(".", 1)[1] if site["domain"].count(".") > 2 else site["domain"]
    return (f"{site['title']} Case Management <crm-noreply@{dom}>", f"New web case {case}: {FORMS[fk][1]}", {},
            body, True, own)


def r_salesforce(sc, fk, rng, t):
    flds, own = fields_of(sc, fk)
    case = f"{rng.randrange(10 ** 7, 10 ** 8):08d}"
    lines = "\n".join(f"{lb}: {v}" if "\n" not in v else f"{lb}:\n{v}" for lb, v in flds)
    mb = sc["mb"]
    team = "PEXA UK Customer Support" if mb == "pexa" else "Conexus Customer Services"
    body = (f"A new case has been submitted through the web form.\n\nCase Number: {case}\nCase Origin: Web\n"
            f"Status: New\nPriority: Medium\n\n{lines}\n\n"
            f"Click the link to view the case: https://{mb}uk.my.salesforce.com/500/{case}")
    return (f"{team} <noreply@salesforce.com>", f"New Web Case: {case}", {}, body, False, own)


def r_portal(sc, fk, rng, t):
    site = SITES[FORMS[fk][0]]
    flds, own = fields_of(sc, fk)
    lines = "\n".join(f"{lb}:\n{v}\n" if "\n" in v or len(v) > 60 else f"{lb}: {v}" for lb, v in flds)
    if sc["mb"] == "pexa":
        frm = "PEXA Exchange <no-reply@exchange.pexa.co.uk>"
        head = f"A user has sent a message through Help & feedback in PEXA Exchange ({t['date']} {t['time']})."
        foot = "PEXA Exchange - automated message. Please do not reply to this address."
        subj = f"[PEXA Exchange] Help & feedback: {sc.get('topic') or 'General'} (#{t['n']})"
    else:
        frm = "Conexus Online <noreply@conexus-services.com>"
        head = f"New message from the customer portal, received {t['date']} at {t['time']}."
        foot = "Conexus Online customer portal. Do not reply to this message."
        subj = f"Portal message {t['n']} - {sc.get('topic') or 'General enquiry'}"
    body = f"{head}\n\n{lines}\n\n{foot}"
    own_t = own
    return (frm, subj, {}, body, False, own_t)


RENDER = {"cf7": r_cf7, "wpforms": r_wpforms, "gravity": r_gravity, "ninja": r_ninja, "formidable": r_formidable,
          "elementor": r_elementor, "fluent": r_fluent, "jotform": r_jotform, "typeform": r_typeform,
          "cognito": r_cognito, "wufoo": r_wufoo, "formstack": r_formstack, "hubspot": r_hubspot, "wix": r_wix,
          "squarespace": r_squarespace, "webflow": r_webflow, "dynamics": r_dynamics, "salesforce": r_salesforce,
          "portal": r_portal}
FIRM_DOMAINS = ("pexa.co.uk", "conexus-services.com")


def sender_kind(frm):
    addr = frm.rsplit("<", 1)[1].rstrip(">").lower()
    return "firm web site" if addr.endswith(FIRM_DOMAINS) else "form service"



# ---------------------------------------------------------------------------------------------
# Group F: form relays (a person's words inside a product's default notification)

def F(sid, mb, p, copies, lab, rule, text, subj=None, topic=None, text2=None):
    return {"sid": sid, "mb": mb, "p": p, "copies": copies, "lab": lab, "rule": rule, "text": text, "subj": subj,
            "topic": topic, "text2": text2}


L = short_labels
F_SCENARIOS = [
    F(1, "pexa", {"first": "Harriet", "last": "Okonjo", "email": "h.okonjo@pellworthcrane.co.uk",
                  "phone": "0113 496 0274", "firm": "Pellworth & Crane Solicitors", "ref": "4471-2290"},
      [("cf7", "px_contact"), ("gravity", "px_complaint")],
      L(c=True, cat="platform_defect"),
      "a law firm's dissatisfaction with a stuck settlement plus a demand for an explanation and costs is an implicit "
      "complaint (platform_defect); the form's 'Make a complaint' title and labels are boilerplate, not her words",
      "Workspace 4471-2290 sat on 'Settlement in progress' from 11:40 until after 4pm yesterday and the funds did "
      "not move until this morning. Our buyers had a removal van outside the property and could not get the keys. "
      "This is the second time in a fortnight.\n\nI need someone to tell me what went wrong on your side, and who "
      "is going to cover the extra day's removal charge of £480.",
      subj="Settlement stuck for 5 hours - workspace 4471-2290"),
    F(2, "pexa", {"name": "Daniel Ferreira", "email": "dan.ferreira84@gmail.com", "phone": "07700 900418",
                  "address": "14 Wrenfield Close, Harrogate HG2 7PL", "firm": "Greyfriars Law"},
      [("wpforms", "px_consumer"), ("webflow", "px_consumer")],
      L(c=True, cat="delay", firm="gfl"),
      "a buyer's grievance is purely with his own solicitors (Greyfriars Law, gfl) going silent while exchange "
      "slips, so it is a complaint to forward (delay), implicit",
      "We are buying 14 Wrenfield Close and our solicitors Greyfriars Law have gone completely silent. Emails since "
      "2 March unanswered and the phone goes to voicemail. The sellers side say they are ready and the workspace is "
      "set up on your system but our side hasnt done their part. If we dont exchange by the end of the month we "
      "lose the house. Can you chase them or tell us who can?"),
    F(3, "pexa", {"first": "Colin", "last": "Mabry", "email": "accounts@ashdownconveyancing.co.uk",
                  "phone": "01273 555 0190", "firm": "Ashdown Conveyancing Ltd", "ref": "Subscriber 30-21877"},
      [("wufoo", "px_complaint"), ("formidable", "px_complaint")],
      L(c=True, ex=True, cat="fees_charges"),
      "the submitter calls it 'a formal complaint' in his own text about lodgement fees billed on withdrawn "
      "workspaces, so explicit, fees_charges",
      "I want to make a formal complaint about our April invoice. We have been charged the lodgement fee on three "
      "workspaces (5520-1187, 5520-1203 and 5520-1241) that were withdrawn before settlement because the sales fell "
      "through. Your fee schedule says no lodgement fee is payable on a withdrawn workspace. That is £87 we should "
      "not have paid.",
      topic="Billing and fees", text2="Credit the £87 and explain why it happened."),
    F(4, "pexa", {"name": "Agnieszka Wrobel", "email": "a.wrobel@lindhurstlegal.co.uk",
                  "firm": "Lindhurst Legal LLP"},
      [("typeform", "px_tf"), ("fluent", "px_feedback")],
      L(c=True, cat="training"),
      "a paralegal's non-native account of a webinar cancelled twice at short notice and outdated videos, with a "
      "request for a real date and updated material, is an implicit complaint about training",
      "Second time the webinar about refinance workspaces is cancelled only 20 minutes before the start. Both times "
      "I blocked my afternoon and now my manager ask me why I am still not certified. Also the videos in Academy "
      "show the old screens, the buttons are not in same place anymore so is not possible to follow them. Please "
      "give me a date which really happens and update the videos.",
      topic="Refinance workspaces (live webinar)"),
    F(5, "pexa", {"name": "Marcus Tiller", "email": "marcus@tillerconveyancing.co.uk", "phone": "01752 555 0143",
                  "firm": "Tiller Conveyancing", "ref": "Application ONB-77125"},
      [("hubspot", "px_support"), ("cognito", "px_support")],
      L(c=True, ex=True, cat="onboarding"),
      "the submitter chose 'Complaint' as the enquiry type, which counts as calling it a complaint (explicit); "
      "registration stuck in verification for five weeks is onboarding",
      "We submitted our registration on 3 February with every ID document you asked for. Five weeks later the "
      "status still says 'Verification pending' and nobody answers on the onboarding number. We cannot take on "
      "any purchase that needs PEXA until this is done. Please escalate it.",
      topic="Complaint"),
    F(6, "pexa", {"first": "Ruth", "last": "Adeyemi", "email": "ruth.adeyemi@outlook.com",
                  "address": "Flat 2, 61 Quayside Walk, Norwich NR1 1QH"},
      [("formidable", "px_data"), ("jotform", "px_data")],
      L(r="access,informed"),
      "a consumer asks for a copy of her data (access) and who it was shared with and why (informed), and says she "
      "is not unhappy, so not a complaint",
      "I sold my flat at 3B Carrow Mews last year and understand my details went through your platform. Please "
      "send me a copy of the personal data you hold about me, and tell me which organisations you have shared it "
      "with and for what purpose. I'm not unhappy about anything, I'm simply keeping my own records in order.",
      topic="Subject access request"),
    F(7, "pexa", {"name": "Owen Pritchard", "email": "o.pritchard@marshpenrose.co.uk", "phone": "01392 440 176",
                  "firm": "Marsh & Penrose Conveyancing", "ref": "U-0048812"},
      [("portal", "px_portal"), ("dynamics", "px_support")],
      L(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
      "a conveyancer's wrong name and registration number shown in PEXA's directory, not fixed after a call, is an "
      "implicit personal_data complaint; correct it = rectification, take the entry down until right = "
      "restriction; Marsh & Penrose is only his employer",
      "Your participant directory lists me as 'Owen Pritchett', with an SRA number that is not mine and my previous "
      "firm. Other firms have started sending workspace invitations to the wrong person, and one lender asked "
      "whether I am authorised at all. I reported this by phone a month ago and nothing has changed.\n\nPlease "
      "correct my name and number, and take my entry out of the directory until it is right.",
      topic="My profile"),
    F(8, "pexa", {"name": "Lucy Brennan", "email": "lucy.brennan@heathcotebank.co.uk"},
      [("elementor", "px_contact"), ("ninja", "px_contact")],
      L(br=True),
      "a lender's staff member reports another matter's ID scan and completion statement visible in their workspace "
      "(breach=true) but is neutral and asks for nothing for herself, so not a complaint (like a neighbour's "
      "report); Heathcote Bank is only her employer",
      "When we opened workspace 6610-0432 this morning the documents tab held a completion statement and a "
      "passport scan for a different matter (buyer surname Kowalczyk, a house in Luton). It is not ours and we "
      "should not be able to see it. We have not downloaded or shared it. No need to call me, I'm just flagging it "
      "so you can take it down and check how it got there.",
      subj="Someone else's documents in our workspace"),
    F(9, "pexa", {"first": "Graham", "last": "Oyelaran", "name": "Graham Oyelaran",
                  "email": "g.oyelaran@btinternet.com", "address": "7 Kingsbury Rise, Harpenden AL5 2JX",
                  "ref": "U-0019330"},
      [("wix", "px_data"), ("portal", "px_portal")],
      L(r="erasure"),
      "a retired user asks to close his account and delete his details with no dissatisfaction: erasure, not a "
      "complaint",
      "I retired from practice in January. Please close my user account and delete my personal details. Thanks.",
      topic="Delete my data"),
    F(10, "pexa", {"name": "Sophie Laidlaw", "email": "sophie.laidlaw@icloud.com", "phone": "07700 900733",
                   "address": "22 Brackley Gardens, Stamford PE9 1TW", "firm": "Harrowgate Mutual"},
      [("jotform", "px_consumer"), ("squarespace", "px_consumer")],
      L(c=True, cat="fees_charges", firm="unknown"),
      "a borrower's grievance is a last-minute charge added by her own lender (Harrowgate Mutual, not in the "
      "directory), so a complaint to forward with firm unknown, fees_charges, implicit",
      "My mortgage lender, Harrowgate Mutual, took a £295 'redemption administration charge' on the day we "
      "completed. It was never on any redemption statement I was sent. My solicitor says it came through the "
      "settlement on your system. Can somebody look at this? I don't think it's right that a lender can add a "
      "charge like that at the last minute."),
    F(11, "pexa", {"name": "Imran Siddiqui", "email": "imran.sidd@hotmail.co.uk", "phone": "07700 900256",
                   "address": "5 Poplar Row, Luton LU3 2DA"},
      [("ninja", "px_consumer"), ("wpforms", "px_consumer")],
      L(c=True, ex=True, cat="delay", firm="tvm"),
      "a buyer's grievance is purely his lender releasing funds late ('Thames Vally', tvm); 'who do I complain to' "
      "in his own text makes it explicit; delay",
      "completion was meant to be friday 12pm, Thames Vally didnt release the mortgage money till 4.15 so we sat in "
      "a car park with two kids waiting for keys. who do I complain to about them??"),
    F(12, "pexa", {"name": "Beth Carrick", "email": "beth@saltmarshconveyancing.co.uk",
                   "firm": "Saltmarsh Conveyancing", "ref": "7702-1934"},
      [("fluent", "px_support"), ("typeform", "px_tf")],
      L(),
      "a short thank-you for a support agent's help on a resolved lodgement: no dissatisfaction, not a complaint",
      "Just wanted to say thank you to Jordan on the support desk, who stayed on the line until our lodgement went "
      "through on Friday. Really appreciated.",
      topic="Feedback"),
    F(13, "pexa", {"name": "Nadia Quist", "email": "nquist@burrowskemp.co.uk"},
      [("cf7", "px_contact"), ("elementor", "px_contact")],
      L(),
      "a neutral one-line question about fees is an enquiry, not a complaint",
      "Is there a fee if we withdraw a workspace before the lender has joined it?",
      subj="Withdrawn workspace - any fee?"),
    F(14, "pexa", {"name": "Karen Hebden", "email": "karen.hebden@yahoo.co.uk", "phone": "07700 900871",
                   "address": "9 Larch Drive, Marple SK6 7BU", "firm": "Orchard Lane (my mother's solicitors)"},
      [("cognito", "px_consumer"), ("wufoo", "px_consumer")],
      L(c=True, tp=True, cat="service_quality", firm="ols"),
      "a daughter writes for her elderly mother (third_party) about the mother's solicitors Orchard Lane not "
      "calling back and brushing her off; PEXA is expressly not blamed, so ols, service_quality, implicit",
      "I am writing on behalf of my mother, Mrs Joan Hebden, who is 82 and is selling her bungalow at 9 Larch "
      "Drive, Marple. Her solicitors are Orchard Lane.\n\nShe has rung them six times in three weeks. Each time "
      "she is told the person dealing is 'in a meeting' and nobody rings back. Last week someone told her rather "
      "sharply that the sale 'is on the PEXA system, so ask them'. She is upset and confused by all of this.\n\nI "
      "don't think this is your fault, but please either tell me who at Orchard Lane she should speak to or pass "
      "this on to them."),
    F(15, "pexa", {"first": "Trevor", "last": "Ashby", "email": "t.ashby@ashbymarshlegal.co.uk",
                   "phone": "0114 496 0388", "firm": "Ashby Marsh Legal", "ref": "Subscriber 30-10452"},
      [("wufoo", "px_complaint"), ("gravity", "px_complaint")],
      L(c=True, ex=True, cat="usability"),
      "the partner says 'please treat this as a complaint' in his own text; the new screens work but are slow and "
      "error-prone to use, so usability",
      "Please treat this as a complaint from our practice.\n\nSince the new workspace screens went live on the "
      "14th, every one of my six conveyancers has struggled with them. The financial settlement schedule is now "
      "split over three tabs, so checking that the figures balance means flicking backwards and forwards and "
      "re-typing amounts. Last Tuesday one of my team entered a redemption figure on the wrong tab and we only "
      "caught it at the final check. The old single-page view did the same job in a third of the time.\n\nThe "
      "search box no longer finds a workspace by the client's surname, only by the workspace number, which our "
      "clients never quote. And the 'sign' button moves depending on the width of the window, so people keep "
      "clicking 'remove' instead.\n\nNothing is broken as such, but the redesign has made a routine job slower and "
      "riskier. We were not consulted and had no notice.",
      topic="Platform", text2="Restore the single-page settlement schedule view as an option, fix the surname "
      "search, and give participants notice before changing screens again."),
    F(16, "pexa", {"name": "Kelly Dunmore", "email": "kdunmore@fenwicksolicitors.co.uk", "phone": "01604 555 0172",
                   "firm": "Fenwick Solicitors", "ref": "8810-4427"},
      [("formstack", "px_support"), ("salesforce", "px_support")],
      L(c=True, cat="wait_time"),
      "three calls of 40+ minutes on hold then cut off, with a call-back demand, is an implicit complaint about "
      "waiting to reach someone (wait_time)",
      "rang the support line 3 times today, 40+ mins on hold each time and then cut of. settlement is tomorow. "
      "please call me back on the number above",
      topic="Settlement"),
    F(17, "pexa", {"name": "Dominic Ferrand", "email": "dominic.ferrand@castlegateconveyancing.co.uk",
                   "firm": "Castlegate Conveyancing"},
      [("dynamics", "px_support"), ("hubspot", "px_support")],
      L(c=True, pd=True, r="objection", cat="personal_data"),
      "marketing continuing after he unsubscribed is data used unexpectedly (implicit personal_data complaint), "
      "and 'I object to my details being used for marketing' is objection",
      "I unsubscribed from your marketing emails in January, but I am still getting the 'PEXA Insights' mailers and "
      "now calls from your sales team about add-on products. I object to my details being used for marketing of "
      "any kind. I use PEXA for work because our lenders require it, nothing more. Please confirm it has stopped.",
      topic="Account and user settings"),
]

F_SCENARIOS += [
    F(18, "conexus", {"name": "Leanne Corbett", "email": "leanne.corbett92@gmail.com", "phone": "07700 900512",
                      "ref": "CX-5120338"},
      [("portal", "cx_pay"), ("jotform", "cx_pay")],
      L(),
      "a request to move the monthly payment date is a routine service request, not a complaint",
      "Can you move my payment from the 1st to the 15th please, my pay date has changed.",
      topic="Changing my payment date"),
    F(19, "conexus", {"name": "Stephen Hallworth", "email": "steve.hallworth@talktalk.net", "phone": "0191 496 0655",
                      "ref": "CX-6604127", "postcode": "NE6 3RT"},
      [("cf7", "cx_contact"), ("formidable", "cx_contact")],
      L(c=True, cat="debt_dispute", firm="nte"),
      "the balance is wrong because the creditor (Northline Energy, nte) billed on estimates and has not re-billed; "
      "only the creditor can fix that root cause, so forward: implicit debt_dispute",
      "You have written to me about £612.40 owed to Northline Energy. That figure is made up of estimated bills. "
      "Northline never read the meter in 18 months, and when they finally did the reading was far lower than "
      "their estimates. I sent them photos of the meter and they agreed to re-bill me, but they have obviously "
      "passed the old balance to you anyway. Please get them to correct it - I am not paying a bill that is wrong.",
      subj="Northline account - the balance is wrong", topic="I dispute the debt"),
    F(20, "conexus", {"name": "Jason Pryce", "email": "jasonpryce77@gmail.com", "phone": "07700 900934",
                      "ref": "CX-7781025", "postcode": "CF24 2LN"},
      [("wpforms", "cx_contact"), ("elementor", "cx_contact")],
      L(c=True, cat="collection_conduct"),
      "five calls in a day, some to his workplace, called harassment with a demand to stop: implicit complaint "
      "about how the debt is pursued; 'stop ringing my work number' is a conduct remedy, not objection",
      "Your lot have rung me 5 times today, twice at work where my manager heard. I told the woman on tuesday I get "
      "paid on the 28th and will pay then. Its harrasment. Stop ringing my work number and only ring my mobile "
      "after 6.",
      subj="Phone calls", topic="Other"),
    F(21, "conexus", {"name": "Amara Nwosu", "email": "amara.nwosu@northgatedebtadvice.org.uk",
                      "phone": "0161 555 0128", "firm": "Northgate Debt Advice", "client": "Mr Paul Ridley",
                      "ref": "CX-3318072"},
      [("gravity", "cx_adviser"), ("cognito", "cx_adviser")],
      L(c=True, ex=True, tp=True, cat="collection_conduct"),
      "a money adviser raises 'a complaint on behalf of my client' (explicit, third_party) about arrears letters "
      "sent during a Breathing Space: collection_conduct; 'breach of the moratorium' is not a data breach",
      "I am raising a complaint on behalf of my client, Mr Paul Ridley, who entered a Breathing Space moratorium on "
      "4 March (moratorium reference BS-0098812). Your firm was notified through the Insolvency Service the same "
      "day.\n\nSince then Mr Ridley has received two arrears letters, dated 11 and 18 March, and a text message "
      "asking him to call you. This is a breach of the moratorium protections and has caused him considerable "
      "anxiety; he rang me in tears after the second letter.\n\nPlease confirm that all collection activity on his "
      "account has stopped, explain how this happened, and send your response to me.",
      topic="Breathing Space"),
    F(22, "conexus", {"name": "Shauna Byrne", "email": "shauna.byrne@outlook.com", "phone": "07700 900377",
                      "ref": "CX-2049981", "postcode": "L4 6TW"},
      [("salesforce", "cx_contact"), ("portal", "cx_pay")],
      L(c=True, r="automated_decision", cat="collection_conduct"),
      "an affordable offer rejected in seconds by the online tool, called unfair, with a demand that a person "
      "review it: implicit complaint about how the debt is pursued (collection_conduct) plus automated_decision; "
      "a right asked alongside a non-data grievance leaves personal_data false",
      "I put an offer of £25 a month in through your online plan tool and it came straight back 'offer not "
      "accepted' within a few seconds. Nobody has looked at my income and outgoings, it's just a computer saying "
      "no. I can't afford more than that with two kids. I want an actual person to look at my offer, not the "
      "system.",
      subj="Payment plan offer", topic="Payment plan"),
    F(23, "conexus", {"name": "Callum Reid", "email": "callum.reid@gmail.com", "phone": "07700 900168",
                      "ref": "CX-8890214", "postcode": "G31 2QX"},
      [("typeform", "cx_tf"), ("webflow", "cx_contact")],
      L(c=True, pd=True, r="informed", cat="personal_data"),
      "contact on a new number he never gave, with 'how did you get it, who gave it to you, what gives you the "
      "right': an implicit personal_data complaint (data obtained unexpectedly) asking for informed",
      "I got a text from you on my new mobile number. I only got this number three weeks ago and I have never given "
      "it to you or to the company you say I owe. How did you get it, who gave it to you, and what gives you the "
      "right to use it? I'm not happy about this at all.",
      subj="How did you get my number?", topic="Something else"),
    F(24, "conexus", {"name": "Mohammed Farah", "email": "m.farah@yahoo.com", "dob": "17/08/1986",
                      "address": "31 Tenterden Street, Bradford BD5 0AS", "ref": "CX-4455019"},
      [("jotform", "cx_data"), ("formstack", "cx_data")],
      L(r="access"),
      "a plain request for a copy of his data and call recordings, no dissatisfaction: access, not a complaint",
      "Please send me a copy of all the personal information you hold about me, including notes of phone calls and "
      "any call recordings. Email is fine.",
      topic="Get a copy of my data"),
    F(25, "conexus", {"name": "Ellen Marsh", "email": "ellenmarsh@sky.com", "ref": "CX-1183306",
                      "postcode": "BS7 8JH"},
      [("squarespace", "cx_contact"), ("fluent", "cx_contact")],
      L(),
      "a short thank-you for an agent who helped set up a plan: praise, not a complaint",
      "Thank you to Priya who helped me set up my plan last week. She was patient and kind and made a horrible phone "
      "call a lot easier.",
      subj="Thank you", topic="Feedback"),
    F(26, "conexus", {"first": "Natalie", "last": "Cross", "email": "natcross@protonmail.com",
                      "phone": "07700 900621", "ref": "CX-9012277", "address": "22 Fenby Road, Grimsby DN32 9QS",
                      "postcode": "DN32 9QS"},
      [("elementor", "cx_complaint"), ("ninja", "cx_complaint2")],
      L(c=True, pd=True, br=True, r="rectification", cat="personal_data"),
      "a debt letter sent to an old address she had told them she left, opened by her ex-partner: a disclosure "
      "(breach) and the main grievance (personal_data), implicit; 'update my address properly' is rectification; "
      "the 'Complaints form' title and labels are the form's, not hers",
      "I told you in January that I had moved to 22 Fenby Road. You have now sent a letter about my debt to my old "
      "address, where my ex-partner still lives. He opened it and now knows all about my finances, which is "
      "exactly what I was trying to avoid.",
      topic="Letters", text2="Update my address properly and tell me what you are going to do about this."),
    F(27, "conexus", {"name": "Gareth Lomas", "email": "garethlomas@btinternet.com", "phone": "01633 555 0117",
                      "ref": "CX-3370851", "postcode": "NP20 4LE"},
      [("wix", "cx_contact"), ("webflow", "cx_contact")],
      L(c=True, cat="debt_dispute", firm="unknown"),
      "the disputed balance is an exit charge the creditor (Brightwave Broadband, not in the directory) promised to "
      "waive; only the creditor can fix it, so firm unknown, debt_dispute, implicit",
      "The £180 you are chasing for Brightwave Broadband is an early cancellation charge. When I moved house "
      "Brightwave told me on the phone that the charge would be waived because they could not provide a service at "
      "my new address. They have gone back on that. I have the date and time of the call. This is their mistake, "
      "not a real debt.",
      subj="Brightwave - not a real debt", topic="I dispute the debt"),
    F(28, "conexus", {"name": "Robert Ainsley", "email": "rob.ainsley@gmail.com", "phone": "01524 555 0163",
                      "client": "Mrs Marion Ainsley", "ref": "CX-2290417", "postcode": "LA1 4XN",
                      "firm": "Husband and attorney"},
      [("cognito", "cx_adviser"), ("dynamics", "cx_contact")],
      L(tp=True),
      "a husband with power of attorney asks for his wife's account to be put on hold while she is in hospital: "
      "written on her behalf (third_party) but a service request with no dissatisfaction, not a complaint",
      "My wife, Marion Ainsley, was admitted to hospital last week and will be there for some time. I hold a lasting "
      "power of attorney for her finances and can send you a copy. Could you please put her account on hold and "
      "send any letters to me at our home address until she is back?",
      subj="Account on hold - my wife is in hospital", topic="Someone I help"),
    F(29, "conexus", {"name": "Tanya Whitlock", "email": "tanya.whitlock@hotmail.com", "phone": "07700 900284",
                      "ref": "CX-6678130", "postcode": "S8 0GB"},
      [("formstack", "cx_contact"), ("hubspot", "cx_contact")],
      L(c=True, cat="delay"),
      "four weeks without an answer on her income and expenditure form while letters keep coming is a 'still "
      "waiting' chaser: implicit complaint, delay",
      "I sent in my income and expenditure form on 2 April like your letter asked. Four weeks on I have heard "
      "nothing, but I'm still getting letters saying the full balance is due. Has anyone even looked at it? I need "
      "an answer before the next letter arrives.",
      subj="Income and expenditure form", topic="Payment plan"),
    F(30, "conexus", {"name": "Andrei Popescu", "email": "andrei.popescu81@yahoo.com", "phone": "07700 900049",
                      "ref": "CX-7204458", "postcode": "PE1 5DD"},
      [("squarespace", "cx_contact"), ("wufoo", "cx_complaint2")],
      L(c=True, ex=True, cat="debt_dispute"),
      "a long non-native message that says 'I write to make complaint' (explicit): Conexus is pursuing a loan "
      "already paid to Sterling Credit, which is Conexus's own conduct, so firm null, debt_dispute",
      "Hello, I write to make complaint. I receive from you three letters that I owe £1,240 to Sterling Credit for "
      "a loan. This loan I paid in full in November 2023, I have the bank statement and the letter from Sterling "
      "Credit which say the account is settled and zero balance.\n\nI call your office two times and the man tell "
      "me 'send the proof', and I send it by email on 12 of March. Nobody answer. Now new letter say you will pass "
      "to solicitor. This is very stressful for me and my wife, we are not people who dont pay.\n\nPlease stop this "
      "and confirm in writing the account is closed. Also I want to know why nobody read my email.",
      subj="Sterling Credit loan is paid", topic="Other", text2="Close the account and write to me."),
    F(31, "conexus", {"name": "Claire Hughes", "email": "claire.hughes.71@gmail.com", "dob": "02/05/1979",
                      "address": "8 Millbrook Lane, Belper DE56 1RH", "ref": "CX-5518290"},
      [("fluent", "cx_data"), ("salesforce", "cx_data")],
      L(c=True, pd=True, r="restriction", cat="personal_data"),
      "being matched to another person's Lumen Water account is inaccurate data used by Conexus (implicit "
      "personal_data complaint; Lumen is only the creditor named, so null); 'stop using my details until sorted' "
      "is restriction",
      "You are chasing me for a Lumen Water account at 41 Ashgrove Terrace, Derby. I have never lived there - I "
      "think you have matched me to a different Claire Hughes. I have had a letter and two calls, and your agent "
      "asked me to 'confirm' a date of birth that isn't mine. Until you have worked out who you actually mean, "
      "please stop using my details on this account and do not pass them to any credit reference agency.",
      topic="Restrict how my data is used"),
    F(32, "conexus", {"name": "Hassan Idris", "email": "h.idris@harbourmoneyadvice.org.uk", "phone": "0117 496 0742",
                      "firm": "Harbour Money Advice", "client": "Ms Dawn Fell", "ref": "CX-4471190"},
      [("dynamics", "cx_adviser"), ("wix", "cx_adviser")],
      L(r="portability", tp=True),
      "a money adviser asks on his client's behalf (third_party) for her transaction history as CSV or Excel to load "
      "into his case system: portability, with no dissatisfaction, so not a complaint",
      "We act for Ms Dawn Fell; her signed authority was sent with our email of 9 April. To build her budget on our "
      "case system we need her account transaction history with you in a machine-readable file (CSV or Excel), not "
      "a PDF statement. Please send it to me at the address above.",
      topic="Information request"),
    F(33, "conexus", {"name": "Declan Moyes", "email": "decmoyes@gmail.com", "phone": "07700 900995",
                      "ref": "CX-1029474", "postcode": "BT9 6FL"},
      [("salesforce", "cx_contact"), ("wpforms", "cx_pay")],
      L(c=True, cat="wait_time"),
      "three days of 50-minute holds and dropped calls with a call-back demand: implicit complaint about reaching "
      "someone (wait_time); short text",
      "3 days trying to ring you, 50 mins on hold each time then the line drops. Ring me back please.",
      subj="Can't get through", topic="Something else"),
    F(34, "conexus", {"first": "Priti", "last": "Shah", "email": "priti.shah@gmail.com", "phone": "07700 900703",
                      "ref": "CX-8816042", "address": "3 Beacon View, Leicester LE4 9PR"},
      [("formidable", "cx_complaint"), ("typeform", "cx_tf")],
      L(c=True, ex=True, cat="fees_charges"),
      "'I'd like to complain' in her own text makes it explicit; a tracing fee added on top of the balance is "
      "fees_charges",
      "I'd like to complain about the £45 'tracing fee' that appeared on my balance this month. You have had my "
      "address since day one - I have paid you £30 a month for two years from the same address. There was nothing "
      "to trace.",
      topic="Charges on my account", text2="Remove the fee."),
]

# ---------------------------------------------------------------------------------------------
# Group N: machine mail that looks like a relay (no person's words). Each copy: (env, product or kind, from,
# subject, headers, body, html).

PORTAL_SYS = "portal system notification"
AUTO = {"auto-submitted": "auto-generated"}
BULK = {"precedence": "bulk"}


def N(sid, mb, rule, copies):
    return {"sid": sid, "mb": mb, "rule": rule, "copies": copies}


def simple_html(paras, foot=None):
    out = ["<html><body>"] + [f"<p>{h(x)}</p>" for x in paras]
    if foot:
        out.append(f'<p style="font-size:11px;color:#888888;">{h(foot)}</p>')
    out.append("</body></html>")
    return "\n".join(out)


N_SCENARIOS = [
    N(35, "pexa", "a form's receipt with a reference number and no submitter's text is an autoresponder, so "
      "auto_generated and nothing else", [
        ("N-cf7-mail2", "cf7", "PEXA UK <wordpress@pexa.co.uk>", 'PEXA UK "We have received your enquiry"',
         {"reply-to": "PEXA UK <enquiries@pexa.co.uk>"},
         "Thank you for contacting PEXA UK.\n\nWe have received your enquiry; your reference is WEB-4821. A member "
         "of our team will reply within two business days.\n\n-- \nThis e-mail was sent from a contact form on "
         "PEXA UK (https://www.pexa.co.uk)", False),
        ("N-hubspot-followup", "hubspot", "PEXA UK <hello@pexa.co.uk>", "Thanks for getting in touch",
         {"auto-submitted": "auto-generated", "list-unsubscribe": "<https://hs.pexa.co.uk/hs/manage-preferences/"
          "unsubscribe?d=v2Kq8>"},
         simple_html(["Hi there,", "Thanks for getting in touch with PEXA UK. We've received your message and "
                      "logged it under reference WEB-4821.", "One of the team will get back to you within two "
                      "business days. In the meantime you may find an answer in our Help Centre.",
                      "The PEXA UK team"],
                     "PEXA UK, 2nd Floor, 1 Minster Court, London EC3R 7AA. Unsubscribe | Manage preferences"),
         True),
    ]),
    N(36, "pexa", "a form plugin's admin alert that only says a new entry exists and links to the dashboard carries "
      "no submission text, so it is a system notification: auto_generated", [
        ("N-ninja-alert", "ninja", "WordPress <wordpress@academy.pexa.co.uk>", "Ninja Forms Submission", {},
         "<html><body>\n<p>A new submission has been received for Course feedback.</p>\n<p>View it in your "
         "dashboard: <a href=\"https://academy.pexa.co.uk/wp-admin/admin.php?page=nf-submissions&amp;form_id=4\">"
         "https://academy.pexa.co.uk/wp-admin/admin.php?page=nf-submissions&amp;form_id=4</a></p>\n</body></html>",
         True),
        ("N-typeform-alert", "typeform", "Typeform <notifications@typeform.com>",
         "New response to PEXA UK - tell us how we're doing", {},
         simple_html(["PEXA UK - tell us how we're doing has a new response.",
                      "Responses are hidden in notifications for this typeform. See it in your Results panel: "
                      "https://admin.typeform.com/form/results"],
                     "You are receiving this email because you turned on self-notifications for this typeform."),
         True),
    ]),
    N(37, "pexa", "a portal password-reset message is a system notification, auto_generated", [
        ("N-portal-reset-plain", PORTAL_SYS, "PEXA Exchange <no-reply@exchange.pexa.co.uk>",
         "Reset your PEXA Exchange password", dict(AUTO),
         "Hello,\n\nWe received a request to reset the password for the PEXA Exchange user complaints@pexa.co.uk.\n\n"
         "Reset your password: https://exchange.pexa.co.uk/account/reset?token=8f2c41d9e0b7\n\nThis link expires in "
         "30 minutes. If you did not ask for this, you can ignore this email and your password will not change.\n\n"
         "PEXA Exchange - automated message. Please do not reply to this address.", False),
        ("N-portal-reset-html", PORTAL_SYS, "PEXA Exchange <security@exchange.pexa.co.uk>",
         "Your password reset code", {},
         simple_html(["Your one-time code to reset your PEXA Exchange password is 604 118.",
                      "Enter it on the reset screen within 10 minutes. Never share this code with anyone, including "
                      "PEXA staff."], "This is an automated security message from PEXA Exchange."), True),
    ]),
    N(38, "pexa", "a 'document uploaded' alert from a workspace or case system is a system notification, "
      "auto_generated", [
        ("N-portal-docupload", PORTAL_SYS, "PEXA Exchange <no-reply@exchange.pexa.co.uk>",
         "[PEXA Exchange] Document uploaded to workspace 5108-7734", {},
         "A document has been uploaded to a workspace you follow.\n\nWorkspace: 5108-7734\nDocument: "
         "Completion statement (v2).pdf\nUploaded by: a participant user\nTime: 14:06\n\nSign in to view it: "
         "https://exchange.pexa.co.uk/workspaces/5108-7734/documents\n\nPEXA Exchange - automated message. Please do "
         "not reply to this address.", False),
        ("N-dynamics-attach", "dynamics", "PEXA Support Case Management <crm-noreply@pexa.co.uk>",
         "Case CAS-40317-K8P2: new attachment added", {"auto-submitted": "auto-generated"},
         simple_html(["A new attachment was added to case CAS-40317-K8P2 (Origin: Web).",
                      "File: redemption_statement_scan.pdf (412 KB)",
                      "Open the case in Dynamics 365 to review it."],
                     "This notification was sent automatically by Microsoft Dynamics 365 Customer Service."), True),
    ]),
    N(39, "pexa", "a form service's newsletter is bulk mail, auto_generated, whatever its topic", [
        ("N-jotform-news", "jotform", "Jotform <newsletter@jotform.com>",
         "New: AI summaries for your form submissions",
         {"list-unsubscribe": "<https://www.jotform.com/unsubscribe/?e=c1a9>", "precedence": "bulk"},
         simple_html(["Hi there,", "This month at Jotform: AI summaries that turn long submissions into a short "
                      "brief, new conditional email notifications, and a GDPR checklist for forms that collect "
                      "personal data.", "Read the full product update on our blog."],
                     "You are receiving this email because you have a Jotform account. Unsubscribe | Jotform Inc., "
                     "4 Embarcadero Center, San Francisco, CA 94111"), True),
        ("N-wufoo-news", "wufoo", "Wufoo <newsletter@wufoo.com>", "Wufoo Wire: five forms that cut your inbox in half",
         {"list-unsubscribe": "<mailto:unsubscribe@wufoo.com>", "list-id": "Wufoo Wire <wire.wufoo.com>"},
         "WUFOO WIRE - April\n\nFive forms that cut your inbox in half\nRoute feedback, complaints and support "
         "requests to the right team automatically with rule-based notifications.\n\nTemplate of the month: "
         "customer feedback survey\n\nYou are receiving this because you subscribed to Wufoo Wire. Unsubscribe: "
         "https://www.wufoo.com/unsubscribe", False),
    ]),
    N(40, "pexa", "a form service's invoice or payment receipt is billing mail, auto_generated", [
        ("N-formstack-invoice", "formstack", "Formstack Billing <billing@formstack.com>",
         "Your Formstack invoice INV-2026-04-18823", {},
         "Hello,\n\nYour invoice for April 2026 is ready.\n\nPlan: Forms - Pro (annual)\nAmount: $1,188.00\n"
         "Charged to: Visa ending 4417\n\nView or download your invoice: https://www.formstack.com/admin/billing\n\n"
         "Thanks for using Formstack.\nCopyright © 2026 Formstack, LLC. All rights reserved.", False),
        ("N-cognito-receipt", "cognito", "Cognito Forms <billing@cognitoforms.com>",
         "Payment receipt - Cognito Forms Team plan", {"auto-submitted": "auto-generated"},
         simple_html(["Thanks for your payment.", "Organisation: PEXA UK Digital\nPlan: Team (monthly)\n"
                      "Amount paid: £39.00\nReceipt number: 2026-0418-7720"],
                     "Cognito Forms, Columbia, SC, USA. This is an automated receipt."), True),
    ]),
    N(41, "pexa", "a form service's usage alert about the form (even one named 'Make a complaint') is a system "
      "notification, auto_generated", [
        ("N-webflow-limit", "webflow", "Webflow <no-reply-forms@webflow.com>",
         "Your site is close to its form submission limit", {},
         "Your site, PEXA UK, has used 90% of this month's form submissions.\n\nForms on this site: Make a "
         "complaint, Contact us, Buying or selling a home? Get in touch\n\nOnce the limit is reached, new "
         "submissions will be blocked until 1 May. Upgrade your site plan to raise the limit: "
         "https://webflow.com/dashboard/sites/billing\n\nWebflow, Inc. 398 11th Street, San Francisco, CA 94103",
         False),
        ("N-wix-limit", "wix", "Wix <no-reply@wix.com>", "Action needed: form submissions storage almost full",
         {},
         simple_html(["Hi,", "Your site PEXA UK is close to the maximum number of stored form submissions for "
                      "its plan.", "Form: Make a complaint - 4,812 of 5,000 submissions stored.",
                      "Export or delete older submissions, or upgrade your plan, to keep receiving new ones."],
                     "This email was sent to you by Wix.com. 500 Terry A. Francois Blvd, San Francisco, CA 94158"),
         True),
    ]),
    N(42, "conexus", "a receipt that says 'we have received your complaint' and gives a reference, with none of the "
      "submitter's words, is an autoresponder: auto_generated, so not a complaint despite the word", [
        ("N-portal-receipt", "portal", "Conexus Online <noreply@conexus-services.com>",
         "We have received your complaint - reference CX-WEB-30917", {"auto-submitted": "auto-replied"},
         "Thank you. We have received your complaint and logged it under reference CX-WEB-30917.\n\nWe aim to "
         "acknowledge complaints within 24 hours and to resolve them by close of business on the next working day. "
         "If we cannot, we will write to you within 5 working days.\n\nConexus Online customer portal. Do not reply "
         "to this message.", False),
        ("N-gravity-confirm", "gravity", "Conexus <wordpress@conexus-services.com>",
         "Thank you - your form has been received", {},
         "<html><body>\n<p>Thank you for contacting Conexus.</p>\n<p>Your submission to <strong>Complaints form"
         "</strong> has been received. Your reference is <strong>CX-WEB-30917</strong>.</p>\n<p>Please keep this "
         "reference for your records. You do not need to reply to this email.</p>\n</body></html>", True),
    ]),
    N(43, "conexus", "an admin alert that a new entry exists, with a link and no submission text, is a system "
      "notification: auto_generated", [
        ("N-fluent-alert", "fluent", "Conexus Online Payments <wordpress@pay.conexus-services.com>",
         "New Form Submission - Payment help", {},
         "<html><body>\n<p>A new entry was submitted to Payment help (entry #482).</p>\n<p>View it in your dashboard: "
         "<a href=\"https://pay.conexus-services.com/wp-admin/admin.php?page=fluent_forms&amp;route=entries\">"
         "https://pay.conexus-services.com/wp-admin/admin.php?page=fluent_forms&amp;route=entries</a></p>\n"
         "<p style=\"font-size:12px;color:#999999;\">Powered by Fluent Forms.</p>\n</body></html>", True),
        ("N-formidable-alert", "formidable", "Conexus <wordpress@conexus-services.com>",
         "Contact us Form submitted on Conexus", {},
         "A new entry was submitted to Contact us.\n\nView it in your dashboard: "
         "https://www.conexus-services.com/wp-admin/admin.php?page=formidable-entries&frm_action=show&id=10233",
         False),
    ]),
    N(44, "conexus", "a payment-received message from the payment portal is a system notification, auto_generated",
      [
        ("N-portal-payment-plain", PORTAL_SYS, "Conexus Online Payments <receipts@pay.conexus-services.com>",
         "Payment received - thank you", dict(AUTO),
         "Thank you. We have received your payment.\n\nReference: CX-5120338\nAmount: £25.00\nDate: 15/04/2026\n"
         "Method: Debit card ending 0932\nTransaction ID: PAY-8841-20931\n\nYour new balance will show on your "
         "account within two working days.\n\nThis is an automated receipt. Please do not reply.", False),
        ("N-portal-payment-html", PORTAL_SYS, "Conexus Online <noreply@conexus-services.com>",
         "Your payment of £40.00 has been applied", {},
         simple_html(["Your payment of £40.00 made on 11/04/2026 has been applied to account CX-7781025.",
                      "Remaining balance: £1,162.18. Next scheduled payment: £40.00 on 11/05/2026."],
                     "Conexus Online customer portal. Do not reply to this message."), True),
    ]),
    N(45, "conexus", "a form service's periodic report of submission counts is an automated report, "
      "auto_generated", [
        ("N-hubspot-report", "hubspot", "HubSpot <noreply@notifications.hubspot.com>",
         "Your weekly forms report: Contact us", {"precedence": "bulk"},
         simple_html(["Here's how your forms performed last week.", "Contact us: 214 views, 37 submissions "
                      "(17.3% conversion)", "Advisers and representatives: 58 views, 9 submissions (15.5%)"],
                     "You're receiving this email because you subscribed to weekly form reports. HubSpot, Inc., 2 "
                     "Canal Park, Cambridge, MA 02141, USA."), True),
        ("N-formstack-report", "formstack", "Formstack <noreply@formstack.com>",
         "Monthly submission summary for Conexus", {},
         "Monthly submission summary - April 2026\n\nData request: 41 submissions\nTell us if you're unhappy: 63 "
         "submissions\nContact us: 312 submissions\n\nView analytics: https://www.formstack.com/admin/analytics\n\n"
         "Copyright © 2026 Formstack, LLC. All rights reserved.", False),
    ]),
    N(46, "conexus", "a delivery-failure alert from a form integration is a system notification, auto_generated",
      [
        ("N-webflow-webhook", "webflow", "Webflow <no-reply-forms@webflow.com>",
         "Form webhook failed on Conexus", {},
         "We couldn't deliver a form submission to your webhook.\n\nSite: Conexus\nForm: Contact us\nEndpoint: "
         "https://hooks.conexus-services.com/forms/intake\nResponse: 503 Service Unavailable (after 3 retries)\n\n"
         "The submission is still stored in your site's Forms tab.\n\nWebflow, Inc. 398 11th Street, San Francisco, "
         "CA 94103", False),
        ("N-wpforms-smtp", "wpforms", "Conexus <wordpress@conexus-services.com>",
         "[Conexus] WPForms: your site is having trouble sending emails", {"auto-submitted": "auto-generated"},
         simple_html(["Heads up! Notification emails from your site failed to send 6 times in the last 24 hours.",
                      "Last error: SMTP connect() failed.", "Check your mail settings in WPForms > Settings > "
                      "Email."], "This email was auto-generated and sent from Conexus."), True),
    ]),
    N(47, "conexus", "a portal sign-in alert and a case-status change notice are system notifications, "
      "auto_generated", [
        ("N-portal-signin", PORTAL_SYS, "Conexus Online <noreply@conexus-services.com>",
         "New sign-in to your Conexus Online account", dict(AUTO),
         "We noticed a new sign-in to your Conexus Online account.\n\nDevice: Chrome on Android\nLocation "
         "(approximate): Manchester, UK\nTime: 21/04/2026 22:14\n\nIf this was you, there is nothing to do. If not, "
         "reset your password at https://www.conexus-services.com/account/security\n\nConexus Online customer "
         "portal. Do not reply to this message.", False),
        ("N-salesforce-status", "salesforce", "Conexus Customer Services <noreply@salesforce.com>",
         "Case 00487213: status changed to Closed", {},
         "The status of case 00487213 has changed.\n\nOld status: Awaiting customer\nNew status: Closed\nCase "
         "Origin: Web\nClosed by: Automated rule (no response in 14 days)\n\nView the case: "
         "https://conexusuk.my.salesforce.com/500/00487213", False),
    ]),
    N(48, "conexus", "a website builder's renewal or billing notice is billing mail, auto_generated", [
        ("N-squarespace-billing", "squarespace", "Squarespace <no-reply@squarespace.com>",
         "Your Squarespace subscription renews soon", {},
         "Hi,\n\nYour Business plan for conexus-advice.squarespace.com will renew on 3 May 2026 for £276.00, "
         "charged to the card ending 5561.\n\nManage billing: https://account.squarespace.com/billing\n\n"
         "Squarespace, 225 Varick Street, New York, NY 10014", False),
        ("N-wix-billing", "wix", "Wix.com <billing@wix.com>", "Payment successful - Premium plan",
         {"auto-submitted": "auto-generated"},
         simple_html(["Your payment was successful.", "Site: Conexus Help Centre\nPlan: Business Basic (yearly)\n"
                      "Amount: £198.00\nOrder: 7731-2209-48"],
                     "Wix.com Ltd. This is an automated message, please do not reply."), True),
    ]),
]


def build_n(sc, rng):
    out = []
    for env, prod, frm, subj, headers, body, html in sc["copies"]:
        desc = PRODUCT_NAMES.get(prod, prod)
        note = f"{desc} machine mail: {sc['rule']}."
        out.append(record(sc["mb"], frm, subj, headers, body, html, short_labels(auto=True), note,
                          f"wff-s{sc['sid']:03d}", env, "", "N", desc))
    return out


# ---------------------------------------------------------------------------------------------
# Group C: controls, ordinary email written by the person (forwards and pasted reference lines).
# Each copy: (env, from, subject, headers, text, forwarded block or None, html, signature or None). The writer's
# own text is the subject plus `text`; the forwarded block is context only.

def gmail_fwd(frm, date, subj, to, body):
    return (f"---------- Forwarded message ---------\nFrom: {frm}\nDate: {date}\nSubject: {subj}\nTo: {to}\n\n"
            f"{body}")


def outlook_fwd(frm, date, subj, to, body):
    return f"________________________________\nFrom: {frm}\nSent: {date}\nTo: {to}\nSubject: {subj}\n\n{body}"


def html_mail(text, fwd=None, sig=None):
    paras = [x for x in text.split("\n\n") if x.strip()]
    out = ['<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt;">']
    out += [f"<p>{h(x)}</p>" for x in paras]
    if sig:
        out.append(f'<p style="color:#1f3864;">{h(sig)}</p>')
    if fwd:
        head, _, rest = fwd.partition("\n\n")
        out.append(f'<div style="border-top:solid #e1e1e1 1.0pt;padding-top:3pt;"><p>{h(head)}</p></div>')
        out += [f"<p>{h(x)}</p>" for x in rest.split("\n\n") if x.strip()]
    out.append("</body></html>")
    return "\n".join(out)


def C(sid, mb, lab, rule, copies):
    return {"sid": sid, "mb": mb, "lab": lab, "rule": rule, "copies": copies}


HEATHCOTE_MAIL = ("Dear Ms Varga,\n\nRedemption statement - mortgage account 40027715\n\nFurther to your "
                  "request, the amount required to redeem your mortgage on 24 April 2026 is £148,906.52, including "
                  "an early repayment charge of £4,212.00.\n\nIf you have any questions please reply to this email."
                  "\n\nKind regards\nRedemptions Team\nHeathcote Bank")
PEXA_WRONG_ATTACH = ("Hi Tom,\n\nAs discussed on the phone, please find attached the settlement statement for "
                     "workspace 3308-6621 so you can check the figures before tomorrow.\n\nKind regards\nMaya\n"
                     "PEXA UK Customer Support")
PEXA_INACTIVE = ("Hello,\n\nYour PEXA Exchange user account has not been used for 12 months and will be "
                 "deactivated on 30 April 2026. If you still need access, simply sign in before that date.\n\n"
                 "PEXA UK Customer Support")
CONEXUS_LETTER = ("Dear Mr Okafor\n\nAccount reference: CX-3901526\nClient: Pennant Mobile\nBalance: £356.88\n\n"
                  "We have been instructed to collect the above balance. Please pay in full or contact us within "
                  "14 days to discuss a repayment plan.\n\nIf you are unhappy with our service, our complaints "
                  "procedure is available at www.conexus-services.com/complaints.\n\nYours sincerely\nCollections "
                  "Team\nConexus")
LUMEN_THREAD = ("Dear Mrs Begum,\n\nThank you for your email. Our records show the account at 12 Wharf Street "
                "remained in your name until 30 November, so the charges up to that date are payable.\n\nLumen "
                "Water Customer Team\n\n"
                "From: Farida Begum, 2 Dec 2025\nI moved out of 12 Wharf Street on 15 August and gave you the "
                "final meter reading that day. Please close the account from that date.")

C_SCENARIOS = [
    C(49, "pexa", L(c=True, cat="platform_defect"),
      "a conveyancer's own email about a repeated lodgement error that lost a priority date, asking for a fix and "
      "an explanation, is an implicit complaint (platform_defect)", [
        ("C-outlook-html", "Rachel Dunne <r.dunne@cobhamfieldlaw.co.uk>", "Lodgement error again",
         {}, "Hello,\n\nFor the second time this week the lodgement for workspace 2217-9043 has failed with 'Error "
         "LR-502: unable to submit application'. HM Land Registry tell us nothing reached them. We lost the priority "
         "date on Tuesday's matter because of the same error.\n\nPlease can someone fix this today and tell me "
         "whether the Tuesday application needs anything more from us.",
         None, True, "Rachel Dunne\nAssociate, Cobhamfield Law"),
        ("C-plain-refs", "Rachel Dunne <rachel.dunne@cobhamfieldlaw.co.uk>", "Failed lodgement - 2217-9043", {},
         "Workspace: 2217-9043\nSubscriber ID: 30-18820\nError shown: LR-502 unable to submit application\n\n"
         "Second failed lodgement this week. Land Registry say nothing reached them, and we lost a priority date on "
         "Tuesday with the same error. I need this fixed today and an explanation, please.",
         None, False, "Rachel Dunne\nCobhamfield Law"),
    ]),
    C(50, "pexa", L(c=True, cat="inaccurate_information", firm="hcb"),
      "a seller forwards her lender's redemption email (Heathcote Bank, hcb) with an early repayment charge that "
      "should not apply; her grievance is purely the lender's figure, so forward with hcb, inaccurate_information, "
      "implicit", [
        ("C-gmail-fwd", "Ilona Varga <ilona.varga@gmail.com>", "Fwd: Redemption statement - mortgage account "
         "40027715", {},
         "Hi, I'm selling my house and my solicitor said the money goes through PEXA. The statement below from my "
         "bank says there's an early repayment charge of £4,212 but my fixed rate ended in January so there "
         "shouldn't be any charge at all. Can you stop them taking it or tell me who to speak to? Completion is "
         "next week.\n\nIlona",
         gmail_fwd("Heathcote Bank Redemptions <redemptions@heathcotebank.co.uk>", "Mon, 13 Apr 2026 at 10:42",
                   "Redemption statement - mortgage account 40027715", "ilona.varga@gmail.com", HEATHCOTE_MAIL),
         False, None),
        ("C-outlook-fwd-html", "Ilona Varga <i.varga@outlook.com>",
         "FW: Redemption statement - mortgage account 40027715",
         {}, "Hello PEXA,\n\nPlease see the email below from Heathcote Bank. They have added an early repayment "
         "charge of £4,212 although my fixed rate finished in January. My sale completes next week through your "
         "system. Who can stop this charge being taken?\n\nIlona Varga",
         outlook_fwd("Heathcote Bank Redemptions <redemptions@heathcotebank.co.uk>", "13 April 2026 10:42",
                     "Redemption statement - mortgage account 40027715", "Ilona Varga", HEATHCOTE_MAIL),
         True, None),
    ]),
    C(51, "pexa", L(),
      "a thank-you with pasted workspace references for a problem already fixed: no dissatisfaction, not a "
      "complaint", [
        ("C-plain-refs", "Sean Whitaker <sean@whitakerprobate.co.uk>", "Thanks - workspace 6630-1148", {},
         "Workspace: 6630-1148\nSettlement date: 17/04/2026\nSupport ticket: SR-288104\n\nJust a quick note to say "
         "thank you to Abi in your support team. The duplicate participant on this workspace was removed within the "
         "hour and settlement went through on time.", None, False, "Sean Whitaker\nWhitaker Probate Services"),
        ("C-html-sig", "Sean Whitaker <s.whitaker@whitakerprobate.co.uk>", "Thank you to Abi", {},
         "Hello,\n\nRe: workspace 6630-1148 (ticket SR-288104)\n\nA quick thank you to Abi, who removed the "
         "duplicate participant within the hour. Settlement completed on time on the 17th. Much appreciated.",
         None, True, "Sean Whitaker\nWhitaker Probate Services"),
    ]),
    C(52, "pexa", L(c=True, ex=True, pd=True, br=True, cat="personal_data"),
      "a conveyancer forwards a PEXA support email that attached another firm's clients' settlement statement and "
      "calls it a complaint in her own words: explicit, a disclosure (breach) and the main grievance "
      "(personal_data)", [
        ("C-outlook-fwd", "Tamsin Ogunleye <t.ogunleye@rivermeadlaw.co.uk>",
         "FW: Settlement statement 3308-6621 - sent to the wrong firm", {},
         "Dear PEXA,\n\nI am making a complaint about the email below. We are not on workspace 3308-6621 and we do "
         "not act for anyone in it. The attachment your support team sent us is another firm's settlement "
         "statement, with the buyers' names, their address and their bank details.\n\nWe have deleted it. Please "
         "confirm how this happened, whether the firm and their clients have been told, and what you are doing to "
         "stop it happening again.",
         outlook_fwd("PEXA UK Customer Support <support@pexa.co.uk>", "20 April 2026 16:05",
                     "Settlement statement 3308-6621", "Tom Ellery <t.ellery@rivermeadlaw.co.uk>", PEXA_WRONG_ATTACH),
         False, "Tamsin Ogunleye\nCompliance Officer, Rivermead Law"),
        ("C-gmail-fwd-html", "Tamsin Ogunleye <tamsin.ogunleye@rivermeadlaw.co.uk>",
         "Fwd: Settlement statement 3308-6621", {},
         "Hello,\n\nPlease treat this as a formal complaint. Your support team sent my colleague the settlement "
         "statement below for workspace 3308-6621, which is not ours - it shows another firm's clients' names, "
         "address and bank details. We have deleted it.\n\nI need to know how this happened, whether the clients "
         "have been told, and what you are changing.",
         gmail_fwd("PEXA UK Customer Support <support@pexa.co.uk>", "Mon, 20 Apr 2026 at 16:05",
                   "Settlement statement 3308-6621", "Tom Ellery <t.ellery@rivermeadlaw.co.uk>", PEXA_WRONG_ATTACH),
         True, "Tamsin Ogunleye\nCompliance Officer, Rivermead Law"),
    ]),
    C(53, "pexa", L(),
      "a consumer's neutral question, with pasted references, about how to tell that completion happened is an "
      "enquiry, not a complaint", [
        ("C-plain-refs", "Oliver Stanmore <olly.stanmore@gmail.com>", "Has my completion gone through?", {},
         "Hello,\n\nProperty: 48 Cedar Avenue, Worksop S80 1HG\nCompletion date: 24/04/2026\nMy solicitor: "
         "Greyfriars Law\n\nHow can I find out whether completion has happened on the day? Do you send anything to "
         "buyers, or do I just wait to hear from my solicitor?\n\nThanks\nOliver", None, False, None),
        ("C-html", "Oliver Stanmore <oliver.stanmore@icloud.com>", "Question about completion day", {},
         "Hi,\n\nWe are buying 48 Cedar Avenue in Worksop and completing on 24 April. Will PEXA tell us when the "
         "money has gone through, or is that always our solicitor?\n\nThank you,\nOliver Stanmore", None, True,
         None),
    ]),
    C(54, "pexa", L(r="portability,erasure"),
      "a former user forwards the deactivation notice and asks for her data as a CSV to import elsewhere "
      "(portability) and then deletion (erasure), with no dissatisfaction: not a complaint", [
        ("C-gmail-fwd", "Joanna Pike <joanna.pike.conveyancing@gmail.com>", "Fwd: Your PEXA Exchange account", {},
         "Hello,\n\nI have left practice, so I don't need the account below. Before you close it, please send me "
         "the list of workspaces I worked on and my user activity as a CSV file so I can load it into my new "
         "employer's records system. After that, please delete my account and personal details.\n\nJoanna Pike",
         gmail_fwd("PEXA UK Customer Support <support@pexa.co.uk>", "Tue, 7 Apr 2026 at 09:00",
                   "Your PEXA Exchange account", "joanna.pike.conveyancing@gmail.com", PEXA_INACTIVE),
         False, None),
        ("C-outlook-fwd-html", "Joanna Pike <j.pike@hallamconveyancing.co.uk>", "FW: Your PEXA Exchange account", {},
         "Hi,\n\nFurther to the email below: please export my user activity and workspace history as a CSV I can "
         "import elsewhere, and once that has been sent, delete my account and my personal details.\n\nThanks,\n"
         "Joanna",
         outlook_fwd("PEXA UK Customer Support <support@pexa.co.uk>", "07 April 2026 09:00",
                     "Your PEXA Exchange account", "Joanna Pike", PEXA_INACTIVE),
         True, None),
    ]),
    C(55, "conexus", L(c=True, cat="debt_dispute"),
      "a debtor forwards Conexus's letter and says the Pennant Mobile balance was already cleared; Conexus pursuing "
      "a paid debt is its own conduct, so null, debt_dispute, implicit (the complaints line is in the forwarded "
      "letter, not his words)", [
        ("C-outlook-fwd", "Chidi Okafor <chidi.okafor@gmail.com>", "FW: Account CX-3901526", {},
         "I paid this off. Pennant took the last £356.88 by direct debit on 2 March and sent me a closing "
         "statement showing £0.00. I don't know why you are writing to me for it now. Please check with them and "
         "stop the letters.\n\nChidi Okafor",
         outlook_fwd("Conexus Collections <collections@conexus-services.com>", "14 April 2026 08:30",
                     "Account CX-3901526", "chidi.okafor@gmail.com", CONEXUS_LETTER),
         False, None),
        ("C-gmail-fwd-html", "Chidi Okafor <c.okafor@yahoo.co.uk>", "Fwd: Account CX-3901526", {},
         "Hello,\n\nThis balance was paid. Pennant Mobile collected the final £356.88 on 2 March and their closing "
         "statement shows nothing owing. Please stop chasing me and confirm the account is closed.\n\nChidi",
         gmail_fwd("Conexus Collections <collections@conexus-services.com>", "Tue, 14 Apr 2026 at 08:30",
                   "Account CX-3901526", "c.okafor@yahoo.co.uk", CONEXUS_LETTER),
         True, None),
    ]),
    C(56, "conexus", L(r="access", tp=True),
      "a money adviser writes for her client (third_party), pasting his references, and asks for a copy of his "
      "data (access) and a 30-day hold; no dissatisfaction, so not a complaint", [
        ("C-plain-refs", "Bronwen Pryor <bronwen.pryor@valleysmoneyadvice.org.uk>", "Client: Mr Aled Harries", {},
         "Client name: Mr Aled Harries\nConexus reference: CX-6150093\nDate of birth: 30/09/1968\nAuthority: "
         "signed form attached\n\nDear Conexus,\n\nWe are now helping Mr Harries with his debts. Please hold "
         "collection on this account for 30 days while we prepare a financial statement, and send me a copy of the "
         "personal data you hold about him, including account notes and call recordings.",
         None, False, "Bronwen Pryor\nMoney Adviser, Valleys Money Advice"),
        ("C-html-sig", "Bronwen Pryor <b.pryor@valleysmoneyadvice.org.uk>", "Mr A Harries - CX-6150093", {},
         "Dear Sir or Madam,\n\nValleys Money Advice now acts for Mr Aled Harries (date of birth 30/09/1968); his "
         "signed authority is attached. Please place a 30-day hold on collection and provide a copy of all the "
         "personal data you hold on him, including notes and call recordings.",
         None, True, "Bronwen Pryor\nMoney Adviser\nValleys Money Advice"),
    ]),
    C(57, "conexus", L(c=True, ex=True, tp=True, cat="collection_conduct"),
      "a daughter writes for her mother with dementia (third_party) and calls it a complaint (explicit) about an "
      "agent pressing her mother into a card payment plan: collection_conduct", [
        ("C-plain", "Gemma Rowlands <gemma.rowlands@gmail.com>", "Calls to my mother", {},
         "To whom it may concern,\n\nI want to complain about the way your agent spoke to my mother, Mrs Eileen "
         "Rowlands (ref CX-2870146). She has dementia and I told your team this in February. On Thursday someone "
         "rang her, kept her on the phone for 25 minutes and got her to agree to pay £60 a month by card. She "
         "could not tell me afterwards who had called or what she had agreed.\n\nPlease cancel that arrangement, "
         "deal only with me from now on, and explain why your notes were ignored.\n\nGemma Rowlands (daughter)",
         None, False, None),
        ("C-html", "Gemma Rowlands <g.rowlands@btinternet.com>", "My mother, Mrs E Rowlands - CX-2870146", {},
         "Hello,\n\nI am writing to make a formal complaint on behalf of my mother, who has dementia. Your team "
         "were told in February. On Thursday an agent kept her on the phone for 25 minutes and took a card "
         "agreement for £60 a month that she does not remember making.\n\nCancel it, deal with me only, and tell "
         "me why the note on her account was ignored.\n\nGemma Rowlands", None, True, None),
    ]),
    C(58, "conexus", L(),
      "a payment-date change with pasted account number and date of birth is a routine request, not a complaint", [
        ("C-plain-refs", "Dean Kettley <deankettley@hotmail.com>", "Change payment date", {},
         "Account number: CX-7345120\nDate of birth: 12/12/1990\nPostcode: WV3 0QE\n\nHi, can my payment come out "
         "on the 20th instead of the 5th from next month? Thanks\nDean", None, False, None),
        ("C-html", "Dean Kettley <dean.kettley@gmail.com>", "Payment date CX-7345120", {},
         "Hello,\n\nPlease move my monthly payment to the 20th from May onwards. Account CX-7345120, date of birth "
         "12/12/1990.\n\nMany thanks,\nDean Kettley", None, True, None),
    ]),
    C(59, "conexus", L(c=True, cat="debt_dispute", firm="lwt"),
      "a debtor forwards her thread with Lumen Water, which kept billing after she moved out; the bill itself is "
      "the creditor's, so lwt, debt_dispute, implicit", [
        ("C-gmail-fwd", "Farida Begum <farida.begum@gmail.com>", "Fwd: Your account - 12 Wharf Street", {},
         "Hello, you've written to me for £143.60 for Lumen Water. Please read the emails below. I left 12 Wharf "
         "Street in August and gave them the reading, they billed me until November anyway. I am not paying for "
         "water I didn't use. Please send this back to them.\n\nFarida Begum",
         gmail_fwd("Lumen Water Customer Team <customers@lumenwater.co.uk>", "Fri, 5 Dec 2025 at 11:17",
                   "Re: Your account - 12 Wharf Street", "farida.begum@gmail.com", LUMEN_THREAD),
         False, None),
        ("C-outlook-fwd-html", "Farida Begum <f.begum@outlook.com>", "FW: Your account - 12 Wharf Street", {},
         "Dear Conexus,\n\nThe £143.60 you are asking for is Lumen Water billing me for three months after I moved "
         "out - see their reply below. I gave them my final reading on the day I left. Please return the account "
         "to them.\n\nFarida Begum",
         outlook_fwd("Lumen Water Customer Team <customers@lumenwater.co.uk>", "05 December 2025 11:17",
                     "RE: Your account - 12 Wharf Street", "Farida Begum", LUMEN_THREAD),
         True, None),
    ]),
    C(60, "conexus", L(c=True, ex=True, cat="delay"),
      "a chaser that says 'I made a complaint' three weeks ago with no acknowledgement: explicit, delay", [
        ("C-plain-refs", "Hugh Tennant <hugh.tennant@gmail.com>", "No reply to my complaint", {},
         "Reference: CX-5093317\nName: Hugh Tennant\nComplaint sent: 30 March 2026 by email\n\nI made a complaint "
         "three weeks ago about the charges on this account and have not even had an acknowledgement. Your own "
         "website says you acknowledge within 24 hours. When will I get a reply?\n\nHugh Tennant", None, False,
         None),
        ("C-html", "Hugh Tennant <htennant@outlook.com>", "CX-5093317 - still waiting", {},
         "Hello,\n\nI emailed my complaint about the charges on account CX-5093317 on 30 March. It is now three "
         "weeks later and nobody has acknowledged it, let alone replied. Please tell me who is dealing with it and "
         "when I will hear.\n\nHugh Tennant", None, True, None),
    ]),
]


def build_c(sc, rng):
    out = []
    for env, frm, subj, headers, text, fwd, html, sig in sc["copies"]:
        if html:
            body = html_mail(text, fwd, sig)
        else:
            body = text + ("\n\n" + sig if sig else "") + ("\n\n" + fwd if fwd else "")
        kind = "forward" if fwd else ("pasted references" if "-refs" in env else "own email")
        note = (f"Control: ordinary email written by the person ({kind}, {'HTML' if html else 'plain'}), not "
                f"machine mail; {sc['rule']}.")
        out.append(record(sc["mb"], frm, subj, headers, body, html, sc["lab"], note, f"wff-s{sc['sid']:03d}", env,
                          subj + "\n" + text, "C", "control (" + kind + ")"))
    return out


# ---------------------------------------------------------------------------------------------
# build, check, summary

def record(mb, frm, subj, headers, body, html, lab, note, source, env, own, group, product, layout_note=None):
    rec = {"id": None, "mailbox": mb, "from": frm, "subject": subj, "headers": dict(headers), "body": body,
           "html": html, "labels": dict(lab, rights=list(lab["rights"])), "note": note, "source": source,
           "train_labels": ["complaint"], "_env": env}
    OWN[id(rec)] = own
    META[id(rec)] = {"group": group, "product": product,
                     "kind": "person's own mailbox" if group == "C" else sender_kind(frm)}
    return rec


def build_f(sc, rng):
    out = []
    for prod, fk in sc["copies"]:
        t = stamp(rng)
        frm, subj, headers, body, html, own = RENDER[prod](sc, fk, rng, t)
        note = (f"{PRODUCT_NAMES[prod]} notification relaying what a person typed into the form, so not "
                f"auto_generated; {sc['rule']}.")
        out.append(record(sc["mb"], frm, subj, headers, body, html, sc["lab"], note, f"wff-s{sc['sid']:03d}",
                          f"F-{prod}", own, "F", PRODUCT_NAMES[prod]))
    return out


def build(rng):
    records = []
    for sc in F_SCENARIOS:
        records += build_f(sc, rng)
    for sc in N_SCENARIOS:
        records += build_n(sc, rng)
    for sc in C_SCENARIOS:
        records += build_c(sc, rng)
    srcs = collections.Counter(r["source"] for r in records)
    assert all(v == 2 for v in srcs.values()), srcs
    prods = collections.Counter(META[id(r)]["product"] for r in records if META[id(r)]["product"] in
                                PRODUCT_NAMES.values())
    assert max(prods.values()) <= 5, prods
    return records


OVERRIDDEN = set()


def std_explicit_error(e):
    return e.startswith("explicit=") and "'complain' in new text" in e


def errors(rec):
    """record_errors, except that its explicit check (which reads the whole relayed form or forwarded letter) is
    replaced by the same check on the submitter's own text where the two disagree; the own-text check is applied
    to every complaint."""
    errs = record_errors(rec)
    lab = rec["labels"]
    own = OWN[id(rec)]
    std = [e for e in errs if std_explicit_error(e)]
    if std:
        OVERRIDDEN.add(rec["id"])
        errs = [e for e in errs if not std_explicit_error(e)]
    if lab["complaint"] and ("complain" in own.lower()) != lab["explicit"]:
        errs.append(f"own-text check: explicit={lab['explicit']} but 'complain' in submitter's text="
                    f"{'complain' in own.lower()}")
    return errs


def summary(records, env_count):
    lines = [f"wrote {OUT}: {len(records)} emails, {len({r['source'] for r in records})} scenarios"]
    labs = [r["labels"] for r in records]
    lines.append(f"complaints {sum(l['complaint'] for l in labs)} (explicit {sum(l['explicit'] for l in labs)}), "
                 f"breach {sum(l['breach'] for l in labs)}, auto_generated {sum(l['auto_generated'] for l in labs)}, "
                 f"third_party {sum(l['third_party'] for l in labs)}, personal_data "
                 f"{sum(l['personal_data'] for l in labs)}")
    rc = collections.Counter(x for l in labs for x in l["rights"])
    lines.append("rights: " + ", ".join(f"{k} {v}" for k, v in sorted(rc.items())))
    lines.append("firms: " + ", ".join(f"{k} {v}" for k, v in sorted(collections.Counter(
        str(l["about_other_firm"]) for l in labs).items())))
    lines.append("categories: " + ", ".join(f"{k} {v}" for k, v in sorted(collections.Counter(
        l["category"] for l in labs).items())))
    for key in ("group", "product", "kind"):
        c = collections.Counter(META[id(r)][key] for r in records)
        lines.append(f"per {key}: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
    g = collections.Counter((META[id(r)]["group"], r["labels"]["complaint"]) for r in records)
    lines.append("complaints per group: " + ", ".join(f"{k[0]} {v}" for k, v in sorted(g.items()) if k[1]))
    lines.append("layout: " + ", ".join(f"{'HTML' if k else 'plain'} {v}" for k, v in sorted(collections.Counter(
        r["html"] for r in records).items())))
    lines.append("mailboxes: " + ", ".join(f"{k} {v}" for k, v in sorted(collections.Counter(
        r["mailbox"] for r in records).items())))
    lines.append(f"records whose record_errors explicit check was replaced by the own-text check: {len(OVERRIDDEN)} "
                 f"({', '.join(sorted(OVERRIDDEN))})")
    lines.append("envelopes: " + ", ".join(f"{k} {v}" for k, v in sorted(env_count.items())))
    return "\n".join(lines)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=errors)


if __name__ == "__main__":
    sys.exit(main())
