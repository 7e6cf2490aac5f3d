#!/usr/bin/env python3
"""Web-form relay judge set C: mail that a web form relays to the complaints mailbox, and machine mail like it.

60 scenarios (30 pexa, 30 conexus), each rendered twice with different envelopes (120 emails):
* group F (34): a form relay: the web site's or the form service's address sends a person's submission
  ("Label: value" lines, an HTML two-column table or <p><strong>Label:</strong> value</p> lines);
* group N (14): machine mail that looks like it (form receipts, plugin admin alerts with no submission text,
  portal notifications, a form service's newsletter or billing mail);
* group C (12): controls: the same kinds of people writing ordinary email themselves.

Labels follow the labelling guide; a form relay carries a person's words, so it is not auto_generated and every
label is decided by what the submitter wrote. `explicit` is true only when the submitter calls it a complaint, in
the free text or by choosing "Complaint" as the topic; a form's own name or boilerplate ("Make a complaint",
"Details of your complaint") does not count. record_errors looks for "complain" anywhere in the new text, so for
form relays the errors function below drops only that check and applies the submitter-text check instead.

Usage: .venv/bin/python data/make/make_web_form_judge_c.py
Stdlib only; deterministic (SEED).
"""
import collections
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import escape_html, html_with_quote, record_errors, run_generator, short_labels  # noqa: E402

SEED = 20280223
PREFIX = "wfc"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "web_form_judge_c.jsonl")

FIRM = {"pexa": "PEXA", "conexus": "Conexus"}
DOM = {"pexa": "pexa.co.uk", "conexus": "conexus-uk.com"}
MONTHS = ("January", "February", "March")

# (source, _env) -> the submitter's own words (free-text fields and the chosen topic) of a form relay
SUBMITTER_TEXT = {}
# source -> group, layout and sender kind per record, for the summary
META = {}


# ---------------------------------------------------------------------------------------------
# form relay scenarios (group F)

class F:
    """A form submission: the person, the fields they filled in, their free text, and the labels."""

    def __init__(self, sid, mailbox, form, name, email, labs, note, *, topic=None, phone=None, address=None,
                 account=None, org=None, extra=(), message="", outcome=None, reply_to=True):
        self.sid, self.mailbox, self.form, self.name, self.email = sid, mailbox, form, name, email
        self.labs, self.note, self.topic, self.phone, self.address = labs, note, topic, phone, address
        self.account, self.org, self.extra, self.message, self.outcome = account, org, list(extra), message, outcome
        self.reply_to = reply_to


# form kind -> (form title per mailbox, message label per label set)
FORM_TITLES = {
    "contact": {"pexa": "Contact us", "conexus": "Contact us"},
    "complaint": {"pexa": "Make a complaint", "conexus": "Complaints form"},
    "data": {"pexa": "Data protection request", "conexus": "Your data rights"},
    "feedback": {"pexa": "Feedback", "conexus": "Tell us how we did"},
    "payment": {"pexa": "Billing query", "conexus": "Change my payment date"},
    "callback": {"pexa": "Request a call back", "conexus": "Request a call back"},
    "support": {"pexa": "Support request", "conexus": "Get in touch"},
}

LABELSETS = {
    "A": {"name": "Name", "email": "Email", "phone": "Phone", "address": "Address", "account": "Account number",
          "topic": "Reason for contact", "org": "Organisation", "outcome": "What would you like us to do?",
          "message": {"complaint": "Describe the issue", "data": "Details of your request", "feedback": "Comments",
                      "payment": "Additional information", "_": "Message"}},
    "B": {"name": "Full name", "email": "Email address", "phone": "Telephone number", "address": "Postal address",
          "account": "Reference number", "topic": "Enquiry type", "org": "Company", "outcome": "Desired outcome",
          "message": {"complaint": "Details of your complaint", "data": "Please describe your request",
                      "feedback": "Your feedback", "payment": "Anything else?", "_": "Details of your enquiry"}},
    "C": {"name": ("First name", "Last name"), "email": "Your email", "phone": "Contact number",
          "address": "Your address", "account": "Customer reference", "topic": "Topic", "org": "Firm name",
          "outcome": "How would you like this resolved?",
          "message": {"complaint": "Please tell us what went wrong", "data": "Your request", "feedback": "Comments",
                      "payment": "Comments", "_": "How can we help?"}},
    "D": {"name": "Your name", "email": "E-mail", "phone": "Phone number", "address": "Home address",
          "account": "Your account / reference no.", "topic": "Subject", "org": "Organisation name",
          "outcome": "What outcome are you looking for?",
          "message": {"complaint": "Tell us about your complaint", "data": "Request details",
                      "feedback": "Comments", "payment": "Message", "_": "Your message"}},
}

# envelope name -> (sender kind, layout, label set)
ENVS = {
    "cf7-plain": ("own", "plain", "A"),
    "cf7-html": ("own", "html_p", "D"),
    "gf-table": ("own", "html_table", "B"),
    "elementor-table": ("own", "html_table", "C"),
    "portal-plain": ("own", "plain", "B"),
    "svc-plain": ("service", "plain", "C"),
    "svc-table": ("service", "html_table", "A"),
    "svc-p": ("service", "html_p", "B"),
    "svc-plain2": ("service", "plain", "D"),
}
NO_REPLY_TO = ("elementor-table", "svc-plain2")
PAIRS = [("cf7-plain", "svc-table"), ("gf-table", "svc-plain"), ("cf7-html", "svc-plain2"),
         ("portal-plain", "svc-p"), ("elementor-table", "cf7-plain"), ("svc-table", "portal-plain"),
         ("svc-plain", "cf7-html"), ("svc-p", "gf-table"), ("svc-plain2", "elementor-table")]


def when(rng):
    """A submission date and time in early 2026."""
    m = rng.randrange(3)
    d = rng.randrange(1, 29)
    return f"{d} {MONTHS[m]} 2026", f"{rng.randrange(7, 23):02d}:{rng.randrange(60):02d}", (m + 1, d)


def ip(rng):
    return f"{rng.choice((81, 86, 92, 109, 151, 176, 212))}.{rng.randrange(1, 255)}.{rng.randrange(1, 255)}." \
           f"{rng.randrange(1, 255)}"


def fields_of(sc, ls):
    """[(label, value)] of the form in label set ls, the free text last."""
    kind = sc.form
    out = []
    if isinstance(ls["name"], tuple):
        first, _, last = sc.name.partition(" ")
        out += [(ls["name"][0], first), (ls["name"][1], last)]
    else:
        out.append((ls["name"], sc.name))
    out.append((ls["email"], sc.email))
    if sc.phone:
        out.append((ls["phone"], sc.phone))
    if sc.org:
        out.append((ls["org"], sc.org))
    if sc.address:
        out.append((ls["address"], sc.address))
    if sc.account:
        out.append((ls["account"], sc.account))
    if sc.topic:
        tl = {"data": "Request type", "payment": "Request"}.get(kind, ls["topic"])
        out.append((tl, sc.topic))
    out += list(sc.extra)
    msg_label = ls["message"].get(kind, ls["message"]["_"])
    out.append((msg_label, sc.message))
    if sc.outcome is not None:
        out.append((ls["outcome"], sc.outcome))
    return out


def html_table(rows, title, foot):
    cells = []
    for k, v in rows:
        val = escape_html(v).replace("\n", "<br>") if v else "&nbsp;"
        cells.append(f'<tr><td style="background:#eaf2fa;font-weight:bold;width:35%;padding:6px">{escape_html(k)}'
                     f'</td><td style="padding:6px">{val}</td></tr>')
    return ("<html><body>\n"
            f'<table width="100%" cellpadding="0" cellspacing="0" style="border:1px solid #dddddd">\n'
            f'<tr><td colspan="2" style="background:#33475b;color:#ffffff;padding:8px">'
            f"<strong>{escape_html(title)}</strong></td></tr>\n" + "\n".join(cells) + "\n</table>\n"
            + "".join(f'<p style="font-size:11px;color:#888888">{escape_html(f)}</p>\n' for f in foot)
            + "</body></html>")


def html_paras(rows, head, foot):
    ps = [f"<p>{escape_html(h)}</p>" for h in head]
    for k, v in rows:
        ps.append(f"<p><strong>{escape_html(colon(k))}</strong> {escape_html(v).replace(chr(10), '<br>') if v else ''}</p>")
    ps += [f"<p>{escape_html(f)}</p>" for f in foot]
    return "<html><body>\n" + "\n".join(ps) + "\n</body></html>"


def colon(label):
    """The label as the form prints it before a value: with a colon unless it ends in a question mark."""
    return label if label.endswith("?") else label + ":"


def plain_lines(rows, block_labels):
    """'Label: value' lines; long free text under its label on the next line."""
    out = []
    for k, v in rows:
        if k in block_labels:
            out.append(f"{colon(k)}\n{v if v else '(no answer)'}\n")
        else:
            out.append(f"{colon(k)} {v}")
    return "\n".join(out)


def render_form(sc, env, rng, n):
    """(from, subject, headers, body, html) of one form relay of scenario sc in envelope env."""
    _, layout, lsname = ENVS[env]
    ls = LABELSETS[lsname]
    firm, dom = FIRM[sc.mailbox], DOM[sc.mailbox]
    form = FORM_TITLES[sc.form][sc.mailbox]
    slug = form.lower().replace(" ", "-")
    rows = fields_of(sc, ls)
    date, tm, _ = when(rng)
    addr = ip(rng)
    entry = rng.randrange(1000, 9999)
    free = {rows[-1][0]} if sc.outcome is None else {rows[-1][0], rows[-2][0]}
    # Elementor-style and SubmitBox notifications here carry no reply-to: the submitter is only in the fields
    headers = {"reply-to": f"{sc.name} <{sc.email}>"} if sc.reply_to and env not in NO_REPLY_TO else {}
    html = layout != "plain"
    first = sc.name.split(" ")[0]
    if env == "cf7-plain":
        sender = f"WordPress <wordpress@{dom}>"
        subject = f'{firm} "{form}"'
        body = (f"From: {sc.name} <{sc.email}>\n"
                + plain_lines(rows[2:], free)
                + f"\n\n-- \nThis e-mail was sent from a contact form on {firm} (https://www.{dom})")
    elif env == "cf7-html":
        sender = f"{firm} Website <website@{dom}>"
        subject = f"New submission from {form}"
        body = html_paras(rows, [], ["--", f"This e-mail was sent from the {form} form on https://www.{dom}/{slug}/"])
    elif env == "gf-table":
        sender = f"{firm} <noreply@{dom}>"
        subject = f"New {form} form entry #{entry}"
        body = html_table(rows, form, [f"Submitted on {date} {tm}", f"IP address: {addr}",
                                       f"Source URL: https://www.{dom}/{slug}/"])
    elif env == "elementor-table":
        sender = f"{firm} Online <no-reply@{dom}>"
        subject = "Website enquiry"
        body = html_table(rows, f"New message from \"{form}\"",
                          ["---", f"Date: {date}", f"Time: {tm}", f"Page URL: https://www.{dom}/{slug}/",
                           f"Remote IP: {addr}", f"Powered by the {firm} web site"])
    elif env == "portal-plain":
        sender = f"{firm} Online Services <forms@portal.{dom}>"
        subject = f"[{firm}] {form}: {sc.topic}" if sc.topic else f"[{firm}] {form}"
        body = ("You have a new submission\n\n" + plain_lines(rows, free)
                + f"\n\nSubmitted on {date} {tm}\nIP address: {addr}\n"
                  f"This message was generated by the {firm} customer portal. Reply to contact the submitter.")
    elif env == "svc-plain":
        sender = "Formlark <notifications@formlark.io>"
        subject = f"New response: {form} ({firm})"
        body = (f"Formlark | {form}\nA new response was submitted on {date} at {tm}.\n\n"
                + "\n\n".join(f"{k}\n{v if v else '-'}" for k, v in rows)
                + f"\n\nResponse ID: fl_{entry}{rng.randrange(100, 999)}\n"
                  "You are receiving this because notifications are on for this form. Manage them at "
                  "https://app.formlark.io/settings/notifications")
    elif env == "svc-table":
        sender = "Webformly <noreply@webformly.net>"
        subject = f"Re: {form}"
        body = html_table(rows, form, [f"Submission ID {entry}{rng.randrange(10000, 99999)}, {date} {tm}",
                                       "Sent by Webformly. You can edit this notification in the form builder."])
    elif env == "svc-p":
        sender = "Quillform Notifications <forms@quillform.app>"
        subject = f"Website enquiry from {first}"
        body = html_paras(rows, [f"You have a new submission to {firm}: {form}."],
                          [f"Submitted {date}, {tm} (GMT)", f"IP: {addr}",
                           "Quillform, forms for small business. Unsubscribe from entry alerts in your account."])
    elif env == "svc-plain2":
        sender = "SubmitBox <no-reply@mail.submitbox.co>"
        subject = f"{form} submission #{entry}"
        body = (f"{firm} - {form}\n{'=' * (len(firm) + len(form) + 3)}\n\n" + plain_lines(rows, free)
                + f"\n\n---\nReceived {date} {tm} from {addr}\nDelivered by SubmitBox (https://submitbox.co)")
    else:
        raise ValueError(env)
    return sender, subject, headers, body, html


def submitter_words(sc):
    """What the submitter wrote or chose: the free-text fields and the topic."""
    return "\n".join(x for x in (sc.topic, sc.message, sc.outcome) if x)


# ---------------------------------------------------------------------------------------------
# machine mail (group N) and controls (group C): two hand-written renderings each

class N:
    def __init__(self, sid, mailbox, renders, note):
        """renders: two (env, sender_kind, layout, fn(rng) -> (from, subject, headers, body, html))."""
        self.sid, self.mailbox, self.renders, self.note = sid, mailbox, renders, note


class C:
    def __init__(self, sid, mailbox, senders, subjects, body, labs, note, body2=None):
        """Two renderings: plain from senders[0], HTML from senders[1] (body2, if given, for the HTML one)."""
        self.sid, self.mailbox, self.senders, self.subjects = sid, mailbox, senders, subjects
        self.body, self.body2, self.labs, self.note = body, body2, labs, note


L = short_labels
AUTO = short_labels(auto=True)


# ---------------------------------------------------------------------------------------------
# group F: PEXA

SCEN_F = [
    F("wfc-s001", "pexa", "contact", "Rhiannon Pryce", "r.pryce@greenhalghyates.co.uk",
      L(c=True, cat="platform_defect"),
      "A participant law firm reports a settlement that failed on a platform error and asks for an explanation and "
      "its costs: an implicit complaint (the submitter never calls it one), platform_defect, and the firm is the "
      "complainant, not the subject.",
      topic="Settlements", phone="0113 496 0274", org="Greenhalgh Yates LLP",
      message="Our sale at 9 Wharfedale Close was due to settle at 2.15pm on Friday. The workspace sat on "
              "'Settlement in progress' for over two hours, then dropped back to 'Ready' with error SET-0412 and "
              "no explanation. The money left the buyer's lender but did not reach our client until Monday "
              "morning, so she had to hand back keys she had already been given and her removal firm charged a "
              "£380 waiting fee.\n\nNobody on your support line could tell us what had happened. We need a "
              "written explanation of the fault and we expect PEXA to reimburse the £380."),
    F("wfc-s002", "pexa", "complaint", "Dominic Farrant", "d.farrant@kestrelbs.co.uk",
      L(c=True, cat="fees_charges"),
      "A lender disputes lodgement fees billed on withdrawn workspaces and wants a credit: an implicit complaint, "
      "fees_charges; the 'Make a complaint' form title and field labels are the form's words, not the "
      "submitter's, so explicit=false, and Kestrel is the complainant, so about_other_firm=null.",
      org="Kestrel Building Society", account="SUB-20417", extra=[("Area", "Invoices and fees")],
      message="Our February invoice charges the lodgement fee on 11 workspaces that were withdrawn before anything "
              "was lodged with HM Land Registry. Nothing was lodged, so no lodgement fee is due. Please credit "
              "them and send us a corrected invoice."),
    F("wfc-s003", "pexa", "contact", "Tomasz Wierzbicki", "tomasz@ashbyconway.co.uk",
      L(c=True, ex=True, cat="training"),
      "The submitter chose 'Complaint' as the reason for contact, which names his grievance a complaint "
      "(explicit=true); two failed webinar bookings and out-of-date workbooks give category training.",
      topic="Complaint", org="Ashby & Conway Conveyancing", phone="01604 555 218",
      message="I booked two new paralegals on the 'Lodgement essentials' webinar for the 12th and the joining link "
              "never came. We rebooked for the 19th, the trainer did not turn up and after 25 minutes we gave up. "
              "On top of that the workbook you sent shows screens that dont exist any more.\n\nPlease arrange a "
              "proper session for them this month, they can't work on live matters until they are trained."),
    F("wfc-s004", "pexa", "data", "Hester Abernethy", "hester.abernethy@outlook.com",
      L(r="access"),
      "A former user asks for a copy of the personal data PEXA holds about her, with no dissatisfaction: "
      "rights=[access], not a complaint.",
      topic="A copy of my personal data", extra=[("Are you a PEXA user?", "Former user (left practice in 2025)")],
      message="I used PEXA as a licensed conveyancer until last summer. Please send me a copy of the personal "
              "information you still hold about me, including my user profile, login history and any notes on "
              "my account. An electronic copy by email is fine."),
    F("wfc-s005", "pexa", "data", "Priyanka Dasgupta", "priyanka.dasgupta@hollinsmeyer.co.uk",
      L(r="portability"),
      "A user asks for her training records in a machine-readable file to load into another system: "
      "rights=[portability], a request without dissatisfaction, so not a complaint.",
      topic="Move my data to another service",
      message="I'm moving to a firm that keeps CPD records in its own learning system. Could you send my PEXA "
              "training history and completion certificates as a CSV or another machine-readable file so I can "
              "import them there? Thanks."),
    F("wfc-s006", "pexa", "contact", "Callum Reddaway", "callum.reddaway@gmail.com",
      L(c=True, cat="delay", firm="mpc"),
      "A home buyer's grievance is purely that his conveyancer (Marsh and Penrose, mpc) has gone silent while "
      "completion slips: an implicit complaint PEXA must forward, about_other_firm=mpc, category delay.",
      topic="Buying or selling a home", phone="07700 900 418",
      message="We are buying 14 Linnet Road and our solicitors, Marsh and Penrose, have not answered a single email "
              "or call in three weeks. The seller's side says they are ready and our mortgage offer runs out on "
              "the 30th. Your name is on the paperwork so can you please chase them, or tell me who I should go "
              "to? We are really worried we will lose the house."),
    F("wfc-s007", "pexa", "contact", "Imogen Stavely", "imogen.stavely@btinternet.com",
      L(c=True, tp=True, cat="inaccurate_information", firm="hcb"),
      "A daughter writes for her elderly father (third_party) about his lender's wrong redemption figure, "
      "a grievance purely about Heathcote Bank: implicit complaint, about_other_firm=hcb, inaccurate_information.",
      topic="Other", phone="01225 555 903",
      message="I am writing for my father, Mr Leonard Stavely, who is 84 and selling his flat; he has asked me to "
              "deal with this. His lender, Heathcote Bank, sent his solicitor a redemption figure about £6,000 "
              "higher than his last mortgage statement, and nobody at Heathcote will explain it. Completion has "
              "been put back a week because of it and he is very anxious.",
      outcome="A correct redemption figure, and please call me rather than my father."),
    F("wfc-s008", "pexa", "support", "Joel Harcastle", "joel.harcastle@pelhamstreetlegal.co.uk",
      L(br=True),
      "Another person's passport and bank statement showing in the wrong workspace is a breach (breach=true); the "
      "submitter is not dissatisfied and wants no reply, so complaint=false and personal_data=false.",
      topic="Workspace documents", org="Pelham Street Legal",
      message="Heads up: in workspace WS-7731902 (our purchase for Mr and Mrs Tennant) the documents tab shows a "
              "passport scan and a bank statement for someone called A. Okafor, who has nothing to do with our "
              "matter. Looks like they were attached to the wrong workspace. We have not downloaded or forwarded "
              "them. No need to reply, just thought you should know so it can be put right at your end."),
    F("wfc-s009", "pexa", "complaint", "Bethan Coyle", "bethan@coylemarr.co.uk",
      L(c=True, ex=True, pd=True, br=True, r="erasure", cat="personal_data"),
      "The submitter writes 'formal complaint' herself (explicit); her home address and mobile shown to other "
      "participants is a breach, so personal_data=true and category personal_data; 'remove ... from your system "
      "completely' is erasure.",
      org="Coyle & Marr Solicitors", extra=[("Area", "My account and personal details")],
      message="I want to make a formal complaint. Since the profile update in January the participants panel in "
              "every workspace shows my personal mobile number and my home address in Harrogate to every lender "
              "and law firm on the matter, instead of our office details. I reported it to support on 2 February "
              "and was told it would be fixed in the next release. It is still showing today, and last night an "
              "estate agent I have never dealt with rang me at home.",
      outcome="Remove my home address and personal mobile from your system completely, today."),
    F("wfc-s010", "pexa", "feedback", "Marcus Oyelaran", "m.oyelaran@lyndhurstlaw.co.uk",
      L(),
      "Praise for a support agent about a matter already resolved: not a complaint, no labels.",
      extra=[("How would you rate your experience?", "5 - Excellent")], org="Lyndhurst Law",
      message="Just wanted to say thanks to Gita in the support team. We had a Land Registry requisition late on a "
              "Friday and she talked us through the fix in ten minutes. Much appreciated."),
    F("wfc-s011", "pexa", "contact", "Lauren Achterberg", "lauren.a@fenwickridley.co.uk",
      L(),
      "A neutral how-to question about adding users: an enquiry, not a complaint.",
      topic="Account administration", org="Fenwick Ridley LLP",
      message="How do I add two new users to our subscriber account? Our admin login doesn't show the 'Invite user' "
              "button that the help guide mentions. Is there a different permission we need?"),
    F("wfc-s012", "pexa", "support", "Chidi Nwachukwu", "chidi@nwachukwulaw.co.uk",
      L(c=True, r="automated_decision", cat="onboarding"),
      "Repeated automatic rejection of a new firm's identity check, with lost business and a demand: an implicit "
      "complaint, category onboarding; 'a real person ... decide, not the automatic check' is automated_decision.",
      topic="Registration", org="Nwachukwu Property Law", phone="020 7946 0381",
      message="Good day. We applied to register our firm on 4 February. The online identity check for our director "
              "reject her three times, each time saying 'document not verified', but her passport is valid until "
              "2031. Nobody tell us why, the system only send the same email again. We have lost two instructions "
              "because we cannot use PEXA yet.\n\nPlease I want a real person in your team to look at her "
              "documents and decide, not the automatic check again."),
    F("wfc-s013", "pexa", "support", "Saskia Brannigan", "saskia@branniganlaw.co.uk",
      L(c=True, cat="usability"),
      "The upload page works as designed but makes tagging slow, and the submitter wants it changed: an implicit "
      "complaint, usability.",
      topic="Using the platform", org="Brannigan Law",
      message="The new upload page makes us tag every file one at a time through three drop-downs, with no way to "
              "tag a batch. A 40-page bundle now takes half an hour. Please change this or tell us a quicker way."),
    F("wfc-s014", "pexa", "contact", "Gareth Penhaligon", "gpenhaligon@trurolegal.co.uk",
      L(c=True, cat="wait_time"),
      "Four 40-minute queues ending in a dropped line, and a demand for a call back: an implicit complaint about "
      "reaching someone, wait_time.",
      topic="Technical support", phone="01872 555 640",
      message="rang support 4 times today, 40+ mins in the queue each time then the line just drops. need someone "
              "to call me back today pls, matter completes tmrw"),
    F("wfc-s015", "pexa", "contact", "Annika Solberg", "annika.solberg@protonmail.com",
      L(c=True, pd=True, r="informed,objection", cat="personal_data"),
      "A member of the public objects to unwanted marketing and asks where her address came from: an implicit "
      "complaint about data use (personal_data, category personal_data), rights informed and objection.",
      topic="My data",
      message="I have never used PEXA or worked in property, yet since March I get your 'Settlement insights' "
              "marketing email every week and the unsubscribe link just gives an error page. Where did you get my "
              "email address, and on what basis do you think you can send me this? I object to you using my "
              "details for marketing of any kind."),
    F("wfc-s016", "pexa", "data", "Olivia Tremayne", "o.tremayne@sandfordlegal.co.uk",
      L(r="rectification"),
      "A user asks for her name and email to be updated after marriage, with no dissatisfaction: "
      "rights=[rectification], not a complaint.",
      topic="Correct my details", org="Sandford Legal",
      message="I married in December and my surname is now Tremayne. My PEXA profile and signing certificate still "
              "show Olivia Hatherley and my old address o.hatherley@sandfordlegal.co.uk. Please update both to "
              "Olivia Tremayne, o.tremayne@sandfordlegal.co.uk."),
    F("wfc-s017", "pexa", "complaint", "Desmond Fairweather", "des.fairweather@gmail.com",
      L(c=True, ex=True, cat="fees_charges", firm="unknown"),
      "A seller's complaint (he writes 'I want to complain', explicit) is about extra charges from his own "
      "conveyancer, a firm outside the directory, even though the firm blames PEXA: about_other_firm=unknown, "
      "fees_charges.",
      phone="07700 900 772", extra=[("Which firm is this about?", "My conveyancer")],
      message="I want to complain about Brightwater Conveyancing, who are acting on my sale. They quoted a fixed "
              "fee of £950 and have now sent a completion statement with £640 of extra charges (a 'PEXA admin "
              "fee', an 'ID search' and a 'bank transfer fee') that were never mentioned. Their office says the "
              "charges come from you, but my lender tells me PEXA doesn't charge sellers anything. Please help me "
              "get these taken off."),
]

# ---------------------------------------------------------------------------------------------
# group F: Conexus

SCEN_F += [
    F("wfc-s018", "conexus", "payment", "Kelly Amponsah", "kelly.amponsah@gmail.com",
      L(),
      "A routine request to move the monthly payment date, with no dissatisfaction: not a complaint.",
      account="CN-5521870", extra=[("Current payment date", "5th of the month"),
                                   ("New payment date", "29th of the month")],
      message="I changed jobs and now get paid on the 28th, so please move my £45 a month from the 5th to the 29th "
              "from next month. The amount stays the same."),
    F("wfc-s019", "conexus", "contact", "Ryan Holroyd", "ryanholroyd84@yahoo.co.uk",
      L(c=True, ex=True, cat="collection_conduct"),
      "The submitter chose 'Complaint' as the reason for contact (explicit); repeated calls to his workplace "
      "against his stated wishes are about how the debt is pursued: collection_conduct.",
      topic="Complaint", account="CN-3097716", phone="07700 900 153",
      message="Your agent rang me at work twice last week, on the office landline, after I told him on 3 March "
              "that I can only talk after 6pm on my mobile. My manager picked up the second call. It is "
              "embarrassing and it has to stop.",
      outcome="An apology, and a note on my account that I am only to be called on my mobile after 6pm."),
    F("wfc-s020", "conexus", "complaint", "Shauna Kilbride", "shauna.kilbride@hotmail.com",
      L(c=True, cat="debt_dispute"),
      "A debt already paid to the creditor is still being pursued by Conexus: an implicit complaint about "
      "Conexus's own collection, debt_dispute with about_other_firm=null (Pennant is only the creditor); the "
      "'Complaints form' title and field labels are the form's words, so explicit=false.",
      account="CN-8841027", extra=[("Original creditor", "Pennant Mobile")],
      message="I paid this Pennant Mobile bill in full in January, I have the receipt and the email from Pennant "
              "saying the account is closed. Why are you still writing to me demanding £212?? Sort it out."),
    F("wfc-s021", "conexus", "contact", "Farah Siddiqui", "f.siddiqui@calderbrookadvice.org.uk",
      L(c=True, ex=True, tp=True, cat="collection_conduct"),
      "A money adviser writes for her client (third_party) and asks for it to be treated as a formal complaint "
      "(explicit): letters and a visit warning during Breathing Space are collection_conduct.",
      topic="Breathing Space", org="Calderbrook Money Advice", account="CN-6093314", phone="01422 555 307",
      message="I am the money adviser for Mr Daniel Ashworth (your ref CN-6093314, date of birth 11/02/1979). He "
              "entered a standard Breathing Space on 16 February and you were notified through the Insolvency "
              "Service the same day; I also emailed you on 17 February. Since then he has had two letters from "
              "you asking for payment and a text on 2 March saying an agent may call at his home. He has an "
              "anxiety disorder and these have caused him real distress.\n\nPlease treat this as a formal "
              "complaint. I would like confirmation that all collection activity is on hold until the Breathing "
              "Space ends, an explanation of why it was not, and a written apology to Mr Ashworth."),
    F("wfc-s022", "conexus", "contact", "Agnieszka Kowalczyk", "a.kowalczyk90@wp.pl",
      L(c=True, cat="debt_dispute", firm="nte"),
      "The debt is wrong because the creditor, Northline Energy, kept billing estimates after she moved out: only "
      "the creditor can fix the root cause, so an implicit complaint with about_other_firm=nte, debt_dispute.",
      topic="My balance", account="CN-2906653",
      message="Hello, I get your letter about Northline Energy debt £486. I move out of the flat at 22 Dale Street "
              "in August 2024 and I give them the final meter reading and my new address. They still bill me by "
              "estimate until December, this is not my gas. Northline never answer me. Please you must check "
              "with them, I will not pay for gas I did not use."),
    F("wfc-s023", "conexus", "data", "Trevor Mallinson", "trevor.mallinson@gmail.com",
      L(r="access"),
      "A subject access request without any dissatisfaction: rights=[access], not a complaint.",
      topic="Subject access request", account="CN-1175482", address="31 Quarry Hill Road, Wakefield WF1 4RT",
      message="Under data protection law please send me a copy of all the personal data you hold about me, "
              "including notes of phone calls, copies of letters and any call recordings. Email to the address "
              "above is fine."),
    F("wfc-s024", "conexus", "data", "Hollie Grange", "hollie.grange@outlook.com",
      L(r="erasure,objection"),
      "A settled customer asks for her details to be deleted and objects to marketing, with no dissatisfaction: "
      "rights erasure and objection, not a complaint.",
      topic="Delete my data", account="CN-6638201",
      message="My account with you was settled in full last October and you sent me a letter confirming it. Now "
              "that nothing is owed I'd like you to delete my personal details. I also object to my details "
              "being used for marketing or passed to other companies for their marketing."),
    F("wfc-s025", "conexus", "contact", "Dean Whitlock", "deanwhitlock@gmail.com",
      L(c=True, r="automated_decision", cat="process"),
      "The online tool's fixed minimum rejected an affordable offer and he wants a person to decide: an implicit "
      "complaint whose grievance is the rule itself (process, my call over collection_conduct), and "
      "automated_decision.",
      topic="Payment plan", account="CN-4450918", phone="07700 900 284",
      message="your online plan tool refused my offer of £40 a month and says the minimum is £95. I can't afford "
              "£95, my hours got cut in January. I want a real person to look at my budget, not the computer. "
              "Please call me."),
    F("wfc-s026", "conexus", "complaint", "Natalie Brinkworth", "nat.brinkworth@gmail.com",
      L(c=True, pd=True, br=True, cat="personal_data"),
      "The debt and creditor were readable through the envelope window in a shared house, so her data was "
      "exposed (breach, personal_data, category personal_data); she never calls it a complaint, and the form's "
      "title does not count, so explicit=false.",
      account="CN-5072639", address="Flat 3, 18 Cromwell Terrace, Reading RG1 7LP",
      message="Your last letter came in a window envelope and through the window you could read 'FINAL NOTICE - "
              "Sterling Credit Loans - balance £1,930' under my name. I live in a shared house and everyone "
              "picks the post up off the mat. Two housemates have already asked me about it. This is my private "
              "business.",
      outcome="I want to know why this happened and to be told it won't happen again."),
    F("wfc-s027", "conexus", "contact", "Martin Ebdon", "martin.ebdon@btinternet.com",
      L(br=True),
      "Someone else's account details emailed to the wrong person is a breach (breach=true); the finder is not "
      "dissatisfied and asks nothing, so complaint=false; 'I've deleted it' is not an erasure request.",
      topic="Other",
      message="I got an email from you this morning meant for a Mr M. Ebden, with his account number and balance "
              "in it. Wrong person, I'm Ebdon. I've deleted it, just thought you should know."),
    F("wfc-s028", "conexus", "data", "Siobhan McGarrity", "siobhan.mcgarrity@gmail.com",
      L(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
      "Wrong date of birth and misspelt name held after two corrections, causing harm: an implicit complaint "
      "about inaccurate data (personal_data, category personal_data); 'correct both' is rectification and 'don't "
      "pass the wrong details to anyone until they are fixed' is restriction.",
      topic="Correct my details", account="CN-7219584",
      message="Your letters have my date of birth as 14/07/1986; it is 17/04/1986. My surname is also spelt "
              "McGarrety on the account. I have told your agents twice on the phone and it still hasn't changed, "
              "and now my bank's fraud team has stopped my payment to you because the details don't match. "
              "Please correct both, and don't pass the wrong details to anyone, including credit reference "
              "agencies, until they are fixed."),
    F("wfc-s029", "conexus", "contact", "Graham Pettifer", "graham.pettifer@icloud.com",
      L(tp=True),
      "A son with power of attorney asks how to act for his mother: written on her behalf (third_party) but a "
      "neutral enquiry, so not a complaint.",
      topic="Someone else's account", account="CN-4417730", phone="01603 555 871",
      message="I hold lasting power of attorney for my mother, Mrs Joan Pettifer, who has dementia. What do you "
              "need from me so that you can deal with me about her account instead of her? I can send a "
              "certified copy of the LPA."),
    F("wfc-s030", "conexus", "complaint", "Kieran Lusty", "kieranlusty@gmail.com",
      L(c=True, ex=True, cat="debt_dispute", firm="unknown"),
      "He writes 'I want to complain about' a gym, a creditor outside the directory, whose charges make up the "
      "debt: explicit, about_other_firm=unknown, debt_dispute.",
      account="CN-9904316", extra=[("Original creditor", "Fenwick Fitness")],
      message="I want to complain about Fenwick Fitness. I cancelled my membership in writing in June and they "
              "kept taking fees until I stopped the direct debit, then added a £75 'early exit' charge that was "
              "never in my contract. Now you're collecting £210 for them. I don't owe this and I have sent them my "
              "cancellation email three times."),
    F("wfc-s031", "conexus", "contact", "Jade Rowntree", "jaderowntree@hotmail.co.uk",
      L(c=True, cat="wait_time"),
      "Fifty-minute holds three days running and no chat agents, with a call-back demand: an implicit complaint "
      "about reaching someone, wait_time.",
      topic="Speak to someone", phone="07700 900 516", account="CN-3362078",
      message="tried ringing 3 days running, 50 mins on hold every time and your live chat says no agents "
              "avalable. ring me back on the number above pls"),
    F("wfc-s032", "conexus", "feedback", "Olumide Bakare", "olumide.bakare@gmail.com",
      L(),
      "Thanks for a helpful call: praise, not a complaint.",
      extra=[("How satisfied were you?", "Very satisfied")], account="CN-1048837",
      message="Darren on the phone was really patient with me yesterday and set up a plan I can actually afford. "
              "Thank you, I was dreading that call."),
    F("wfc-s033", "conexus", "contact", "Lee Varney", "leevarney77@gmail.com",
      L(c=True, ex=True, cat="fees_charges"),
      "He writes 'this is a complaint' himself (explicit) about a charge Conexus added to the balance: "
      "fees_charges.",
      topic="My balance", account="CN-5581490",
      message="this is a complaint, theres a £60 'administration charge' been added to my balance this month for "
              "no reason. i never agreed to any fee. take it off"),
    F("wfc-s034", "conexus", "callback", "Paula Dennehy", "pauladennehy@gmail.com",
      L(),
      "A person filled in the call-back form (name, number, best time) and left the message box empty: a "
      "person's submission, so not auto_generated (my call), and a routine service request, not a complaint.",
      phone="07700 900 639", account="CN-2287153", extra=[("Best time to call", "Weekday evenings")],
      message="", reply_to=False),
]

# ---------------------------------------------------------------------------------------------
# group N: machine mail that looks like a form relay (two renderings each)

NOTE_N = {
    "receipt": "A form's receipt with none of the submitter's text is an autoresponder: auto_generated, every other "
               "label empty.",
    "alert": "A form plugin's admin alert that carries no submission text is a system notification, even though "
             "the form's name says complaint or data: auto_generated, nothing else.",
    "portal": "A customer-portal system notification is machine mail: auto_generated, nothing else.",
    "service": "A form service's own billing or account mail to the firm is machine mail: auto_generated, nothing "
               "else.",
    "news": "A form service's newsletter is a mailing list, never a complaint, even when it talks about complaints "
            "and personal data: auto_generated, nothing else.",
}
AUTO_H = {"auto-submitted": "auto-generated"}


def dt(rng):
    date, tm, _ = when(rng)
    return f"{date} at {tm}"


def hp(*paras):
    """A simple HTML body, one <p> per paragraph (already escaped where needed)."""
    return "<html><body>\n" + "\n".join(f"<p>{p}</p>" for p in paras) + "\n</body></html>"


SCEN_N = [
    N("wfc-s035", "pexa", [
        ("receipt-own", "own", "plain", lambda rng: (
            "PEXA <noreply@pexa.co.uk>", "We've received your enquiry", dict(AUTO_H),
            f"Thank you for contacting PEXA.\n\nWe have received your enquiry and will reply within two business "
            f"days. Your reference is WEB-{rng.randrange(10000, 99999)}.\n\nPlease do not reply to this email; this "
            f"mailbox is not monitored.\n\nPEXA Customer Support\nhttps://www.pexa.co.uk/help", False)),
        ("receipt-svc", "service", "html", lambda rng: (
            "Formlark <notifications@formlark.io>", "Your response to PEXA: Contact us", {},
            hp("Thanks! Your response to <strong>Contact us</strong> has been recorded.",
               f"Reference: WEB-{rng.randrange(10000, 99999)}",
               "You can't reply to this message. Formlark &middot; https://formlark.io"), True)),
    ], NOTE_N["receipt"]),
    N("wfc-s036", "pexa", [
        ("alert-own", "own", "html", lambda rng: (
            "PEXA Website <wordpress@pexa.co.uk>", "New entry: Make a complaint", {},
            (lambda n: hp(f"A new entry was submitted to <strong>Make a complaint</strong> (entry #{n}).",
                          "For data protection reasons the answers are not included in this email. View the entry "
                          f"in your dashboard: https://www.pexa.co.uk/wp-admin/admin.php?page=form-entries&amp;id={n}"))
            (rng.randrange(1000, 9999)), True)),
        ("alert-svc", "service", "plain", lambda rng: (
            "Webformly <noreply@webformly.net>", "You have a new submission on 'Make a complaint'",
            {"auto-submitted": "auto-generated", "x-auto-response-suppress": "All"},
            f"Hi PEXA team,\n\nYour form 'Make a complaint' received a new submission on {dt(rng)}.\n\nSecure forms "
            f"don't include answers in notification emails. Log in to read it:\n"
            f"https://app.webformly.net/inbox/{rng.randrange(100000, 999999)}\n\nWebformly", False)),
    ], NOTE_N["alert"]),
    N("wfc-s037", "pexa", [
        ("reset-own-plain", "own", "plain", lambda rng: (
            "PEXA Portal <no-reply@portal.pexa.co.uk>", "Reset your PEXA password", dict(AUTO_H),
            "Hello,\n\nWe received a request to reset the password for the PEXA account registered to this email "
            "address. Use the link below within 30 minutes:\n\n"
            f"https://portal.pexa.co.uk/reset?token={rng.randrange(16 ** 12):012x}\n\nIf you didn't ask for "
            "this, you can ignore this email and your password will stay the same.\n\nPEXA", False)),
        ("reset-own-html", "own", "html", lambda rng: (
            "PEXA Security <security-noreply@pexa.co.uk>", "Password reset requested", {},
            hp("Hello,", f"A password reset was requested for your PEXA account on {dt(rng)}.",
               "<a href=\"https://portal.pexa.co.uk/reset\">Choose a new password</a>",
               "Didn't request this? No action is needed; the link expires in 30 minutes."), True)),
    ], NOTE_N["portal"]),
    N("wfc-s038", "pexa", [
        ("upload-own-plain", "own", "plain", lambda rng: (
            "PEXA Workspace Notifications <notifications@pexa.co.uk>",
            f"Document uploaded to workspace WS-{rng.randrange(1000000, 9999999)}", dict(AUTO_H),
            f"A document has been uploaded to your workspace.\n\nDocument: Completion_statement_v2.pdf\nUploaded "
            f"by: Greyfriars Law LLP\nWhen: {dt(rng)}\n\nLog in to PEXA to view it. You are receiving this because "
            "you are a participant in this workspace.", False)),
        ("upload-own-html", "own", "html", lambda rng: (
            "PEXA <notifications@pexa.co.uk>", "Workspace activity: 2 new documents",
            {"auto-submitted": "auto-generated", "precedence": "bulk"},
            hp("Activity in your workspaces today:",
               f"WS-{rng.randrange(1000000, 9999999)}: Transfer (TR1) uploaded by Marsh &amp; Penrose Conveyancing",
               f"WS-{rng.randrange(1000000, 9999999)}: Redemption statement uploaded by Kestrel Building Society",
               "Manage notification settings in your PEXA profile."), True)),
    ], NOTE_N["portal"]),
    N("wfc-s039", "pexa", [
        ("billing-svc-plain", "service", "plain", lambda rng: (
            "Quillform Billing <billing@quillform.app>", "Your Quillform receipt: Business plan, March 2026", {},
            f"Receipt QF-{rng.randrange(100000, 999999)}\n\nAccount: PEXA web team\nPlan: Business (annual, 12 "
            "forms, 5,000 entries a month)\nAmount paid: £468.00 (incl. VAT)\nCard ending 4417\n\nThanks for "
            "using Quillform. Download invoices at https://quillform.app/billing", False)),
        ("billing-svc-html", "service", "html", lambda rng: (
            "Quillform <no-reply@quillform.app>", "Payment received - thank you", dict(AUTO_H),
            hp("Hi PEXA web team,", f"We've received your payment of &pound;468.00 for invoice "
               f"QF-{rng.randrange(100000, 999999)}. Your Business plan renews on 1 March 2027.",
               "Questions about billing? Reply to billing@quillform.app."), True)),
    ], NOTE_N["service"]),
    N("wfc-s040", "pexa", [
        ("news-svc-html", "service", "html", lambda rng: (
            "Formlark <news@formlark.io>", "New in Formlark: GDPR-ready consent fields and a complaints template",
            {"list-unsubscribe": f"<https://formlark.io/u/{rng.randrange(16 ** 10):010x}>", "precedence": "bulk",
             "list-id": "Formlark product news <news.formlark.io>"},
            hp("<strong>What's new this month</strong>",
               "Our new complaints template helps regulated firms capture what went wrong and what the customer "
               "wants, and routes each entry to the right inbox.",
               "Consent fields now record exactly what each person agreed to, so handling personal data and "
               "subject access requests is simpler.",
               "<a href=\"https://formlark.io/blog\">Read the full update</a> &middot; Unsubscribe"), True)),
        ("news-svc-plain", "service", "plain", lambda rng: (
            "Formlark Team <hello@formlark.io>", "Formlark tips: cut spam on your contact form",
            {"list-unsubscribe": f"<mailto:unsubscribe-{rng.randrange(10 ** 6, 10 ** 7)}@formlark.io>"},
            "Hi there,\n\nThree quick ways to stop junk entries reaching your team: turn on the honeypot field, "
            "limit entries per IP address, and require email confirmation for feedback forms.\n\nHappy building,\n"
            "The Formlark team\n\nYou're getting this because you have a Formlark account. Unsubscribe: "
            "https://formlark.io/unsubscribe", False)),
    ], NOTE_N["news"]),
    N("wfc-s041", "pexa", [
        ("digest-own", "own", "plain", lambda rng: (
            "WordPress <wordpress@pexa.co.uk>", "[PEXA] Weekly form report: 14 new entries", {},
            "Form entries received 2 to 8 March 2026\n\nContact us: 9\nMake a complaint: 3\nData protection "
            f"request: 2\n\nSpam blocked: {rng.randrange(20, 90)}\n\nView all entries: "
            "https://www.pexa.co.uk/wp-admin/admin.php?page=form-entries\n\n-- \nThis report is sent every Monday "
            "by the forms plugin on PEXA (https://www.pexa.co.uk)", False)),
        ("digest-svc", "service", "html", lambda rng: (
            "Webformly <noreply@webformly.net>", "Your weekly Webformly summary",
            {"auto-submitted": "auto-generated", "list-unsubscribe": "<https://app.webformly.net/settings/email>"},
            hp("Here's how your forms did last week.",
               f"Make a complaint: {rng.randrange(2, 6)} submissions &middot; Contact us: {rng.randrange(6, 15)} "
               "submissions &middot; Feedback: 1 submission",
               "Open your inbox to read them. Change how often you get this summary in Settings."), True)),
    ], NOTE_N["alert"]),
    N("wfc-s042", "conexus", [
        ("payment-own", "own", "plain", lambda rng: (
            "Conexus Payments <payments@myaccount.conexus-uk.com>", "Payment received - thank you", dict(AUTO_H),
            f"We've received your payment of £25.00 to account CN-{rng.randrange(1000000, 9999999)} on "
            f"{dt(rng)}.\n\nYour new balance is £{rng.randrange(200, 2000)}.{rng.randrange(10, 99)}. Your next "
            "payment is due on the 5th.\n\nThis is an automated message, please do not reply.\nConexus", False)),
        ("payment-svc", "service", "html", lambda rng: (
            "PayTrail Receipts <receipts@paytrail.co.uk>", "Receipt for your payment to Conexus", {},
            hp("<strong>Payment successful</strong>", f"Merchant: Conexus<br>Amount: &pound;25.00<br>Reference: "
               f"CN-{rng.randrange(1000000, 9999999)}<br>Transaction: PT{rng.randrange(10 ** 8, 10 ** 9)}",
               "Keep this receipt for your records. PayTrail Ltd processes card payments on behalf of Conexus."),
            True)),
    ], NOTE_N["portal"]),
    N("wfc-s043", "conexus", [
        ("receipt-own", "own", "plain", lambda rng: (
            "Conexus <no-reply@conexus-uk.com>",
            f"We have received your complaint - reference CMP-{rng.randrange(10000, 99999)}",
            {"auto-submitted": "auto-replied"},
            "Thank you for contacting Conexus.\n\nWe have received your complaint and a member of our Customer "
            "Relations team will contact you by the end of the next working day. Please quote the reference above "
            "if you get in touch.\n\nThis mailbox is not monitored.", False)),
        ("receipt-svc", "service", "html", lambda rng: (
            "SubmitBox <no-reply@mail.submitbox.co>", "Confirmation: Complaints form", {},
            hp("Thank you, we've got your submission to <strong>Conexus - Complaints form</strong>.",
               f"Your reference is WEB-{rng.randrange(10000, 99999)}. Conexus will reply to the email address you "
               "gave.", "Delivered by SubmitBox"), True)),
    ], NOTE_N["receipt"]),
    N("wfc-s044", "conexus", [
        ("alert-own", "own", "plain", lambda rng: (
            "WordPress <wordpress@conexus-uk.com>", "[Conexus] New submission: Your data rights", {},
            "Someone has submitted the form \"Your data rights\".\n\nEntries to this form are stored encrypted and "
            "are not sent by email. View the entry:\nhttps://www.conexus-uk.com/wp-admin/admin.php?page=entries"
            f"&entry={rng.randrange(1000, 9999)}\n\n-- \nThis e-mail was sent by the forms plugin on Conexus "
            "(https://www.conexus-uk.com)", False)),
        ("alert-svc", "service", "plain", lambda rng: (
            "Formlark <notifications@formlark.io>", "New response waiting: Your data rights (Conexus)",
            dict(AUTO_H),
            f"A new response arrived on {dt(rng)}.\n\nAnswers are hidden for this form because it collects "
            "sensitive information. Open Formlark to view it: https://app.formlark.io/responses\n\nManage "
            "notifications at https://app.formlark.io/settings/notifications", False)),
    ], NOTE_N["alert"]),
    N("wfc-s045", "conexus", [
        ("upload-own-plain", "own", "plain", lambda rng: (
            "Conexus Online <notifications@myaccount.conexus-uk.com>", "A customer has uploaded a document",
            dict(AUTO_H),
            f"Account: CN-{rng.randrange(1000000, 9999999)}\nDocument: Income_and_expenditure.pdf (312 KB)\n"
            f"Uploaded: {dt(rng)} via the customer portal\n\nLog in to the case system to view it. This is an "
            "automatic notification.", False)),
        ("upload-own-html", "own", "html", lambda rng: (
            "Conexus Online <notifications@myaccount.conexus-uk.com>", "New upload: bank statement", {},
            hp(f"A new document was added to account CN-{rng.randrange(1000000, 9999999)}.",
               "Type: Bank statement<br>Source: customer portal",
               "Do not reply to this message."), True)),
    ], NOTE_N["portal"]),
    N("wfc-s046", "conexus", [
        ("billing-svc-plain", "service", "plain", lambda rng: (
            "SubmitBox Billing <billing@submitbox.co>", "Payment failed for your SubmitBox Pro subscription", {},
            f"Hello Conexus,\n\nWe couldn't take £39.00 for your SubmitBox Pro subscription (invoice "
            f"SB-{rng.randrange(10000, 99999)}). We'll try again in 3 days. To avoid your forms being paused, "
            "update your card at https://submitbox.co/account/billing\n\nSubmitBox", False)),
        ("billing-svc-html", "service", "html", lambda rng: (
            "SubmitBox <no-reply@mail.submitbox.co>", "Action needed: update your card", dict(AUTO_H),
            hp("Your SubmitBox Pro plan is past due.", f"Amount due: &pound;39.00 (invoice "
               f"SB-{rng.randrange(10000, 99999)})",
               "Forms will stop accepting entries 7 days after the due date."), True)),
    ], NOTE_N["service"]),
    N("wfc-s047", "conexus", [
        ("quota-svc-plain", "service", "plain", lambda rng: (
            "Webformly <noreply@webformly.net>", "Your form 'Contact us' has used 90% of this month's submissions",
            {"auto-submitted": "auto-generated"},
            f"Hi Conexus team,\n\nYour Contact us form has received {rng.randrange(900, 950)} of its 1,000 monthly "
            "submissions. When it reaches the limit, new visitors will see a 'form unavailable' message.\n\n"
            "Upgrade: https://app.webformly.net/upgrade\n\nWebformly", False)),
        ("quota-svc-html", "service", "html", lambda rng: (
            "Quillform Notifications <forms@quillform.app>", "You're close to your monthly limit", {},
            hp("Heads up!", f"Conexus forms have collected {rng.randrange(450, 495)} of 500 entries this month.",
               "Entries over the limit are kept but hidden until you upgrade."), True)),
    ], NOTE_N["service"]),
    N("wfc-s048", "conexus", [
        ("security-own-plain", "own", "plain", lambda rng: (
            "Conexus Online <security@myaccount.conexus-uk.com>", "Your password was changed", dict(AUTO_H),
            f"The password for your Conexus Online account was changed on {dt(rng)}.\n\nIf this was you, no "
            "action is needed. If not, call us on the number on your latest statement.\n\nConexus", False)),
        ("security-own-html", "own", "html", lambda rng: (
            "Conexus Online <security@myaccount.conexus-uk.com>", "New sign-in to your account", {},
            hp(f"We noticed a new sign-in to your Conexus Online account on {dt(rng)} from a Chrome browser on "
               "Windows.", "If this wasn't you, reset your password straight away."), True)),
    ], NOTE_N["portal"]),
]

# ---------------------------------------------------------------------------------------------
# group C: controls, written by a person (plain, then HTML from another address)

SCEN_C = [
    C("wfc-s049", "pexa",
      ("Harriet Lomax <h.lomax@quaysidelaw.co.uk>", "Harriet Lomax <harriet.lomax@quaysidelaw.co.uk>"),
      ("Complaint - wrong advice from your helpdesk", "Complaint about helpdesk advice, workspace WS-5512087"),
      "Dear PEXA,\n\nI am making a complaint about advice your helpdesk gave my assistant on 24 February. She "
      "asked whether a transfer signed by only one of two transferors could be lodged and the second signature "
      "added later, and was told yes. It can't: HM Land Registry rejected the application on 27 February, our "
      "client's registration has been held up by a week, and we paid for a second courier to collect the "
      "signature.\n\nPlease confirm what guidance your helpdesk staff are given on this, and refund the £48 "
      "courier cost.\n\nHarriet Lomax\nPartner, Quayside Law",
      L(c=True, ex=True, cat="inaccurate_information"),
      "A law firm calls it a complaint (explicit) about wrong guidance from PEXA's helpdesk that caused a "
      "rejection: inaccurate_information, and the firm is the complainant (about_other_firm=null)."),
    C("wfc-s050", "pexa",
      ("Noah Featherstone <noahfeatherstone@hotmail.co.uk>", "Noah Featherstone <n.featherstone@icloud.com>"),
      ("Orchard Lane", "How I was spoken to by Orchard Lane"),
      "Hi,\n\nI'm not sure you can do anything but I don't know who else to ask. I'm buying my first flat and "
      "Orchard Lane are my solicitors. When I rang yesterday to ask why the searches still aren't back, the woman "
      "I spoke to said I was 'wasting her time' and put the phone down on me. I'm paying them £1,400. Can someone "
      "tell them this isn't acceptable, or tell me who I should write to?\n\nNoah",
      L(c=True, cat="service_quality", firm="ols"),
      "A buyer's grievance is purely how his own solicitors (Orchard Lane, ols) treated him: an implicit "
      "complaint to forward, about_other_firm=ols, service_quality (the rudeness, not the searches, is the main "
      "cause)."),
    C("wfc-s051", "pexa",
      ("Fiona Ellingham <fiona.ellingham@gmail.com>", "Fiona Ellingham <fellingham@yahoo.co.uk>"),
      ("My user account - please hold off using my details", "User details after I left practice"),
      "Hello,\n\nI left Marlowe Davies Solicitors at the end of January and have retired from practice. My user "
      "profile may still be active under their subscription. Until Marlowe Davies confirm to you that I have "
      "left, please don't use my details for anything or show my name on any workspace. Could you also send me a "
      "copy of the personal data you hold about me, so I can see what is there?\n\nMany thanks,\nFiona "
      "Ellingham",
      L(r="restriction,access"),
      "No dissatisfaction: 'don't use my details ... until they confirm' is restriction and 'a copy of the "
      "personal data you hold' is access; not a complaint."),
    C("wfc-s052", "pexa",
      ("Victor Anand <victor.anand@tvmortgages.co.uk>", "Victor Anand <v.anand@tvmortgages.co.uk>"),
      ("Dual authorisation on small fund transfers", "Please rethink the dual sign-off rule"),
      "Hello,\n\nSince 1 February every funds authorisation, however small, needs a second signer from our side. "
      "Our completions team handles over 200 redemptions a week, many under £500 for fees and adjustments, and "
      "the second sign-off adds about a day to each because our signers sit in a different office. Two "
      "completions slipped last week for that reason alone.\n\nThe rule makes no sense for amounts this small. "
      "Please reconsider it, or let us set a threshold, and let me know by the end of the month.\n\nVictor "
      "Anand\nHead of Completions, Thames Valley Mortgages",
      L(c=True, cat="process"),
      "A lender objects to a PEXA rule itself (dual sign-off on every transfer) and wants it changed: an implicit "
      "complaint, process; TVM is the complainant, so about_other_firm=null."),
    C("wfc-s053", "pexa",
      ("Ruth Okonedo <ruth@okonedoconveyancing.co.uk>", "Ruth Okonedo <r.okonedo@okonedoconveyancing.co.uk>"),
      ("Training session yesterday", "Thanks for yesterday's session"),
      "Hi Paul,\n\nThanks for yesterday's session on the new lodgement screens. My team came away much more "
      "confident, and honestly no complaints at all about how it was run. Could you let me know when the "
      "follow-up on requisitions is scheduled? Two of my staff missed yesterday.\n\nRuth",
      L(),
      "Thanks plus a question about dates; 'no complaints at all' is praise, so not a complaint."),
    C("wfc-s054", "pexa",
      ("Ashok Varma <ashok.varma@gmail.com>", "Ashok Varma <ashok.varma@outlook.com>"),
      ("My mother's purchase - Thames Valley Mortgages", "Mortgage money not released for my mother's purchase"),
      "Dear Sir or Madam,\n\nI'm writing on behalf of my mother, Mrs Kamala Varma, who is buying a bungalow in "
      "Wokingham; she has asked me to handle this because her English is limited. Her lender, Thames Valley "
      "Mortgages, was meant to release the mortgage money for completion on 6 March. It still hasn't arrived, the "
      "sellers are threatening to pull out, and TVM just keep saying it is 'with the funds team'. Her solicitor "
      "says everything on PEXA is ready on their side.\n\nPlease can you make them act on this or tell us who "
      "can.\n\nAshok Varma",
      L(c=True, tp=True, cat="delay", firm="tvm"),
      "A son writes for his mother (third_party) about her lender's late release of funds, a grievance purely "
      "about Thames Valley Mortgages: implicit complaint to forward, about_other_firm=tvm, delay."),
    C("wfc-s055", "conexus",
      ("Craig Leatherbarrow <craigleatherbarrow@gmail.com>", "Craig Leatherbarrow <c.leatherbarrow@outlook.com>"),
      ("Sterling Credit loan - I shouldn't owe this", "Ref CN-3380215 - loan should never have been given"),
      "Hello,\n\nYou've written to me about £3,870 owed on a Sterling Credit loan. I took that loan in 2022 when "
      "I was on benefits and Sterling never checked whether I could afford it; the broker put down an income I "
      "didn't have. I've asked Sterling to look at it and heard nothing back. I don't think I should have to pay "
      "a loan that should never have been given to me. Please look into this with them.\n\nCraig "
      "Leatherbarrow\nRef CN-3380215",
      L(c=True, cat="debt_dispute", firm="scl"),
      "He disputes the debt because the creditor lent irresponsibly: only Sterling Credit Loans can fix that root "
      "cause, so an implicit complaint with about_other_firm=scl, debt_dispute."),
    C("wfc-s056", "conexus",
      ("Lorna Quigley <lorna.quigley@outlook.com>", "Lorna Quigley <lornaq@gmail.com>"),
      ("Income and expenditure form - still no reply", "Still waiting on my payment plan (CN-7720946)"),
      "Hi,\n\nI sent my income and expenditure form five weeks ago, as your agent asked, and emailed again on 20 "
      "February to check you had it. Nothing back. I was told the plan couldn't start until it had been reviewed, "
      "so I'm now two payments behind through no fault of my own. Please can somebody look at it and confirm the "
      "plan.\n\nLorna Quigley\nAccount CN-7720946",
      L(c=True, cat="delay"),
      "A 'still waiting' chaser five weeks on, with harm and a demand: an implicit complaint, delay."),
    C("wfc-s057", "conexus",
      ("Eleanor Mwangi <e.mwangi@brookfieldsolicitors.co.uk>", "Eleanor Mwangi <eleanor.mwangi@brookfieldsolicitors.co.uk>"),
      ("Our client Mr P Hargreaves - complaint", "Mr Peter Hargreaves, your ref CN-2259107: complaint"),
      "Dear Sirs,\n\nWe act for Mr Peter Hargreaves (your reference CN-2259107), who has authorised us to write to "
      "you. On 4 March he phoned to discuss repayment and the agent he spoke to was dismissive, talked over him "
      "and told him that 'people like him' always have an excuse. Mr Hargreaves found this upsetting and "
      "humiliating.\n\nPlease treat this letter as our client's formal complaint about the way he was spoken to. "
      "We ask that the call is reviewed, that he receives an apology, and that you confirm what action you will "
      "take.\n\nYours faithfully,\nEleanor Mwangi\nBrookfield Solicitors",
      L(c=True, ex=True, tp=True, cat="service_quality"),
      "A solicitor writes for her client (third_party) and calls it his formal complaint (explicit) about a rude "
      "agent on a repayment call: how he was served, service_quality."),
    C("wfc-s058", "conexus",
      ("Samira Haddad <samira.haddad@gmail.com>", "Samira Haddad <s.haddad@yahoo.com>"),
      ("Before I fill in your budget form", "Question about the budget form"),
      "Hello,\n\nYour letter asks me to fill in a budget form online. Before I do, can you explain what you will "
      "do with the information about my income and family, how long you keep it, and whether you share it with "
      "the creditor or anyone else? I'd like to understand that first.\n\nThank you,\nSamira Haddad",
      L(r="informed"),
      "Questions about the purpose, retention and sharing of her data, with no dissatisfaction: rights=[informed], "
      "not a complaint."),
    C("wfc-s059", "conexus",
      ("Connor Beattie <connor.beattie@live.co.uk>", "Connor Beattie <connorbeattie92@gmail.com>"),
      ("Formal complaint - you discussed my debt with my flatmate", "Formal complaint: my flatmate was told about my debt"),
      "I want to make a formal complaint. On Tuesday my flatmate answered my phone while I was in the shower. Your "
      "agent told him he was calling about my overdue Pennant Mobile account and that the balance was £640, and "
      "asked him to pass on a message. He had no right to hear any of that. I want to know why your agent didn't "
      "check who he was speaking to, and I want an apology.\n\nConnor Beattie",
      L(c=True, ex=True, pd=True, br=True, cat="personal_data"),
      "A formal complaint (explicit) that an agent disclosed the debt to a flatmate: a breach, personal_data, "
      "category personal_data; Pennant is only the creditor, so about_other_firm=null."),
    C("wfc-s060", "conexus",
      ("Bernadette Quinlan <bquinlan@gmail.com>", "Bernadette Quinlan <bernadette.quinlan@btinternet.com>"),
      ("Balance and bank transfer", "Paying off my account"),
      "Hi, could you tell me the balance on my account (CN-6615042) and whether I can pay it off by bank "
      "transfer? If so, which account details and reference should I use?\n\nThanks,\nBernadette",
      L(),
      "A neutral question about the balance and how to pay: an enquiry, not a complaint."),
]


# ---------------------------------------------------------------------------------------------
# build, check, summary

REC_META = {}  # id(record) -> (group, layout, sender kind); not written


def record(mailbox, sender, subject, headers, body, html, labs, note, source, env):
    return {"id": None, "mailbox": mailbox, "from": sender, "subject": subject, "headers": dict(headers),
            "body": body, "html": html, "labels": dict(labs, rights=list(labs["rights"])), "note": note,
            "source": source, "train_labels": ["complaint"], "_env": env}


def build(rng):
    recs = []
    for i, sc in enumerate(SCEN_F):
        for env in PAIRS[i % len(PAIRS)]:
            sender, subject, headers, body, html = render_form(sc, env, rng, i)
            rec = record(sc.mailbox, sender, subject, headers, body, html, sc.labs, sc.note, sc.sid, env)
            SUBMITTER_TEXT[(sc.sid, env)] = submitter_words(sc)
            REC_META[id(rec)] = ("F", ENVS[env][1], ENVS[env][0])
            recs.append(rec)
    for sc in SCEN_N:
        envs = [r[0] for r in sc.renders]
        assert len(envs) == 2 and envs[0] != envs[1], sc.sid
        for env, kind, layout, fn in sc.renders:
            sender, subject, headers, body, html = fn(rng)
            rec = record(sc.mailbox, sender, subject, headers, body, html, AUTO, sc.note, sc.sid, env)
            REC_META[id(rec)] = ("N", layout, kind)
            recs.append(rec)
    for sc in SCEN_C:
        rec = record(sc.mailbox, sc.senders[0], sc.subjects[0], {}, sc.body, False, sc.labs, sc.note, sc.sid,
                     "person-plain")
        REC_META[id(rec)] = ("C", "plain", "person")
        recs.append(rec)
        rec = record(sc.mailbox, sc.senders[1], sc.subjects[1], {}, html_with_quote(sc.body2 or sc.body), True,
                     sc.labs, sc.note, sc.sid, "person-html")
        REC_META[id(rec)] = ("C", "html", "person")
        recs.append(rec)
    return recs


def checker_explicit_error(rec):
    """record_errors' own explicit check message for rec, or None."""
    return next((e for e in record_errors(rec) if e.startswith("explicit=")), None)


def errors(rec):
    """record_errors, except that on a form relay the explicit check looks only at the submitter's own words
    (free text and chosen topic), not at the form's title, subject or field labels; plus group checks."""
    errs = record_errors(rec)
    key = (rec["source"], rec["_env"])
    lab = rec["labels"]
    if key in SUBMITTER_TEXT:
        errs = [e for e in errs if not e.startswith("explicit=")]
        if lab["complaint"]:
            has = "complain" in SUBMITTER_TEXT[key].lower()
            if has != lab["explicit"]:
                errs.append(f"explicit={lab['explicit']} but 'complain' in submitter's words={has}")
        if lab["auto_generated"]:
            errs.append("a form relay carries a person's words: not auto_generated")
    group = REC_META[id(rec)][0]
    if group == "N" and not lab["auto_generated"]:
        errs.append("group N must be auto_generated")
    if group == "C" and lab["auto_generated"]:
        errs.append("group C is written by a person")
    return errs


def summary(records, env_counts):
    n = len(records)
    labs = [r["labels"] for r in records]
    comp = [l for l in labs if l["complaint"]]
    meta = [REC_META[id(r)] for r in records]
    override = sum(1 for r, m in zip(records, meta) if m[0] == "F" and checker_explicit_error(r))
    lines = [f"wrote {os.path.relpath(OUT, ROOT)}: {n} emails, {len({r['source'] for r in records})} scenarios",
             f"mailboxes: {dict(sorted(collections.Counter(r['mailbox'] for r in records).items()))}",
             f"complaints: {len(comp)} ({sum(l['explicit'] for l in comp)} explicit); breach: "
             f"{sum(l['breach'] for l in labs)}; auto_generated: {sum(l['auto_generated'] for l in labs)}; "
             f"third_party: {sum(l['third_party'] for l in labs)}; personal_data: "
             f"{sum(l['personal_data'] for l in labs)}",
             "rights: " + ", ".join(f"{k}={v}" for k, v in sorted(
                 collections.Counter(x for l in labs for x in l["rights"]).items())),
             "firms: " + ", ".join(f"{k}={v}" for k, v in sorted(
                 collections.Counter(str(l["about_other_firm"]) for l in labs).items())),
             "categories: " + ", ".join(f"{k}={v}" for k, v in sorted(
                 collections.Counter(l["category"] for l in labs).items())),
             "groups: " + ", ".join(f"{k}={v}" for k, v in sorted(collections.Counter(m[0] for m in meta).items())),
             "layouts (F): " + ", ".join(f"{k}={v}" for k, v in sorted(
                 collections.Counter(m[1] for m in meta if m[0] == "F").items())),
             "senders (F): " + ", ".join(f"{k}={v}" for k, v in sorted(
                 collections.Counter(m[2] for m in meta if m[0] == "F").items())),
             "layouts (N): " + ", ".join(f"{k}={v}" for k, v in sorted(
                 collections.Counter(m[1] for m in meta if m[0] == "N").items())),
             "senders (N): " + ", ".join(f"{k}={v}" for k, v in sorted(
                 collections.Counter(m[2] for m in meta if m[0] == "N").items())),
             f"form relays where record_errors' explicit check was replaced by the submitter-text check: {override}",
             "envelopes: " + ", ".join(f"{k}={v}" for k, v in sorted(env_counts.items()))]
    return "\n".join(lines)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=errors)


if __name__ == "__main__":
    sys.exit(main())
